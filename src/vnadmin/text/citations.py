"""Finding citations in running text; each span is read by :func:`vnadmin.grammar.parse_citation`.

A citation starts at a kind name (``Chỉ thị``, ``Văn bản``) followed by ``số <number>``
(or the number alone), or at a capitalised kind word followed by a name (``Luật Tiếp cận
thông tin``, ``Nghị quyết Đại hội ...``, ``Chương trình tổng thể ...``).  Where it ends is
decided here, token by token: at ``;``, ``:``, the end of a sentence, a parenthesis that
is not a term (``(khóa XI)``), a comma outside the subject, a quoted subject, the start of
the next citation, or a clause that names who acts (``..., Sở Nội vụ đề nghị``).  A
citation inside another's subject (``về tiếp tục thực hiện Chỉ thị số 05-CT/TW``) is kept
too, and the outer one ends where the inner one does.  Citations by name are not looked
for inside a numbered citation.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.citations import (
    GENERIC_KIND_WORD,
    kind_name_pattern,
    parse_citation,
    unquote,
)
from vnadmin.grammar.numbers import NUMBER
from vnadmin.grammar.registry import per_registry
from vnadmin.model import Citation, DocumentKind, KindRegistry
from vnadmin.normalize import fold
from vnadmin.text.lines import bounded, lowered, word_starts
from vnadmin.text.vocabulary import DETERMINERS, DIRECTIVE_WORDS, VERBS

__all__ = ["FoundCitation", "find_citations"]

_NUMBER_LEAD = re.compile(r"[ \t]*(?:số|Số|SỐ)?[ \t]*:?[ \t]*")
_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<quote>“[^“”\n]{0,400}”|\"[^\"\n]{0,400}\"|”[^”\n]{0,400}”)"
    r"|(?P<term>\((?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ|nhiệm[ \t]+kỳ)[^()\n]{0,40}\))"
    r"|(?P<stop>[;:(])"
    r"|(?P<end>\./\.|\.{2,}|…|[.!?])"
    r"|(?P<comma>,)"
    r"|(?P<word>[^\s;:(),.…!?“”\"]+(?:\.(?=[\da-zđ])[^\s;:(),.…!?“”\"]+)*)"
    r"|(?P<other>.)"
)
_QUOTED = re.compile(r"[“”][^“”\n]{0,400}”|\"[^\"\n]{0,400}\"")
_SELF = frozenset(["này", "nêu", "đó", "trên", "kèm"])
_VERB_KINDS = frozenset(
    [
        "bao-cao",
        "huong-dan",
        "thong-bao",
        "quyet-dinh",
        "quy-dinh",
        "ket-luan",
        "chi-thi",
        "to-trinh",
        "cong-dien",
    ]
)
"""Kinds whose name is also a verb: at the start of a clause they are not citations."""
_NAME_STOPS = frozenset(
    [
        "theo",
        "được",
        "có",
        "nhằm",
        "để",
        "gắn",
        "đã",
        "sẽ",
        "là",
        "đang",
        "thì",
        "mà",
        "nên",
        "do",
        "tại",
    ]
)
_LAW_STOPS = frozenset(["được", "nhằm", "để", "đã", "sẽ", "là", "đang", "thì", "mà", "nên", "gắn"])
"""Law names hold ``có``, ``theo``, ``của`` (``Pháp lệnh Ưu đãi người có công với cách
mạng``): fewer words end them."""
_LAWS = frozenset(["luat", "bo-luat", "phap-lenh", "hien-phap"])
_CONNECTORS = ("và", "hoặc", "cùng", "với", ",")
_ISSUER_VERBS = re.compile(r"(?:ban[ \t]+hành|phê[ \t]+duyệt|quy[ \t]+định|hướng[ \t]+dẫn)\b")
_MAX_TOKENS = 160
_MAX_SPAN = 1200
_MAX_NESTING = 2


@attrs.frozen
class FoundCitation:
    """A citation and its span in the text it was found in."""

    citation: Citation
    start: int
    end: int
    by_name: bool


@attrs.define
class _Candidate:
    start: int
    head_end: int
    kind: DocumentKind | None
    numbered: bool
    number_start: int = 0
    end: int = 0
    nested: int | None = None  # index of the candidate this one runs into
    depth: int = 0  # how many citations nest inside this one
    issuer_verb: int | None = None


@attrs.frozen
class _KindWords:
    """What finding citations needs of a kind registry."""

    pattern: re.Pattern[str]
    """The grammar's :func:`kind_name_pattern`, which confirms a name found."""
    names: tuple[str, ...]
    """Kind names in lower case, longest first: found with ``str.find`` (C speed)."""
    by_name: dict[str, DocumentKind]
    """The kinds by folded name, as :meth:`KindRegistry.find` looks them up (a copy: the
    cache must not hold the registry, or it could never be freed)."""

    def named(self, name: str) -> DocumentKind | None:
        return self.by_name.get(fold(name))  # fold caches its keys


@per_registry
def _kind_words(registry: KindRegistry) -> _KindWords:
    names = {*(kind.name.lower() for kind in registry), GENERIC_KIND_WORD.lower()}
    return _KindWords(
        pattern=kind_name_pattern(kinds=registry),
        names=tuple(sorted(names, key=len, reverse=True)),
        by_name={fold(kind.name): kind for kind in registry},
    )


def _quoted(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED.finditer(text)] if "”" in text or '"' in text else []


def _candidates(text: str, words: _KindWords) -> list[_Candidate]:
    found: list[_Candidate] = []
    quotes = _quoted(text)
    name_end = 0
    for start in _name_starts(lowered(text), words.names):
        match = words.pattern.match(text, start)
        if match is None or start < name_end or (start and text[start - 1] in "_/-"):
            continue  # "luật" inside "Bộ luật", "lệnh" inside "Pháp lệnh"
        name_end = match.end()
        name = match.group(0)
        lead = _NUMBER_LEAD.match(text, match.end())
        assert lead is not None
        number = NUMBER.match(text, lead.end(), lead.end() + 80)
        if number is not None and (number["l_number"] or number["p_number"] or number["s_number"]):
            end = number.end()
            if end < len(text) and (text[end].isalnum() or text[end] in "&"):
                continue
            found.append(_Candidate(start, end, words.named(name), True, lead.end()))
            continue
        kind = words.named(name)
        if any(left < start < right for left, right in quotes):
            continue
        if _named(text, start, name, kind, match.end()):
            found.append(_Candidate(start, match.end(), kind, False))
    return found


def _name_starts(low: str, names: tuple[str, ...]) -> list[int]:
    starts: set[int] = set()
    for name in names:
        index = low.find(name)
        while index >= 0:
            if bounded(low, index, index + len(name)):
                starts.add(index)
            index = low.find(name, index + 1)
    return sorted(starts)


def _named(text: str, start: int, name: str, kind: DocumentKind | None, end: int) -> bool:
    """Whether a kind word without a number opens a citation by name."""
    if kind is None or not name[0].isupper() or name[1:] != name[1:].lower():
        return False
    before = text[max(0, start - 40) : start].rstrip()
    previous_word = before.rsplit(None, 1)[-1].casefold() if before else ""
    if previous_word in DETERMINERS:
        return False
    if kind.code in _VERB_KINDS and (not before or before[-1] in ".;:!?-–•+)"):
        return False
    following = text[end : end + 40].split(None, 1)
    if not following:
        return False
    word = following[0].strip(",.;:").casefold()
    return (
        bool(word)
        and word not in _SELF
        and word not in _NAME_STOPS
        and word
        not in (
            "số",
            "về",
            "và",
            "hoặc",
        )
    )


def _scan(text: str, candidate: _Candidate, starts: dict[int, int], numbered: list[bool]) -> None:
    """Set ``candidate.end`` (and ``nested``) by reading the tokens after its head."""
    limit = min(len(text), candidate.head_end + _MAX_SPAN)
    in_subject = False
    in_issuer = False
    end = candidate.head_end
    last_word = ""
    count = 0
    law = candidate.kind is not None and candidate.kind.code in _LAWS
    stops = _LAW_STOPS if law else _NAME_STOPS
    for token in _TOKEN.finditer(text, candidate.head_end, limit):
        kind = token.lastgroup
        if kind == "space":
            continue
        count += 1
        if count > _MAX_TOKENS:
            break
        if kind == "quote":
            if not in_subject and candidate.numbered:
                end = token.end()  # a quoted subject without "về" ends the citation
                break
            end = token.end()
            if in_subject and last_word == "về" and not candidate.numbered:
                break
            last_word = "”"
            continue
        if kind == "term":
            end = token.end()
            continue
        if kind in ("stop", "end"):
            break
        if kind == "comma":
            if _comma_ends(text, token.end(), starts, in_subject, candidate):
                break
            last_word = ","
            continue
        if kind == "other":
            end = token.end()
            continue
        word = token.group(0)
        folded = word.casefold()
        other = starts.get(token.start())
        if other is not None and candidate.numbered and not numbered[other]:
            if last_word in _CONNECTORS:
                break
            other = None
        if other is not None:
            if last_word in _CONNECTORS or not (in_subject or last_word == "của"):
                break
            candidate.nested = other
            end = token.start()
            break
        if not candidate.numbered and (
            folded in stops or (last_word == "và" and _verb_at(text, token.start()))
        ):
            if last_word == "và":
                end = _trim_connector(text, candidate.start, end)
            break
        if folded == "về" and not in_subject:
            in_subject = True
        elif folded in ("của", "giữa") and not in_subject:
            in_issuer = True
        elif in_issuer and not in_subject and _ISSUER_VERBS.match(text, token.start()):
            candidate.issuer_verb = token.start()
            in_subject = True
        end = token.end()
        last_word = folded
    candidate.end = _trim_connector(text, candidate.start, end)


def _verb_at(text: str, position: int) -> bool:
    return VERBS.match(lowered(text[position : position + 40])) is not None


def _directs(clause: str) -> bool:
    return bool(word_starts(lowered(clause), DIRECTIVE_WORDS))


def _comma_ends(
    text: str, position: int, starts: dict[int, int], in_subject: bool, candidate: _Candidate
) -> bool:
    rest = text[position : position + 200]
    stripped = rest.lstrip()
    if position + (len(rest) - len(stripped)) in starts:
        return True
    clause = re.split(r"[,;:.()]", stripped, maxsplit=1)[0]
    if stripped.startswith("ngày") and candidate.numbered and not in_subject:
        return False
    if in_subject:
        return _directs(clause)
    if candidate.numbered:
        return True
    first = stripped.split(None, 1)[0].casefold() if stripped else ""
    return first in _NAME_STOPS or _directs(clause)


def _trim_connector(text: str, start: int, end: int) -> int:
    span = text[start:end].rstrip(" \t,")
    for connector in (" và", " hoặc", " cùng", " với"):
        if span.endswith(connector):
            span = span[: -len(connector)].rstrip(" \t,")
    return start + len(span)


def _spans(text: str, words: _KindWords) -> list[_Candidate]:
    """Candidates with their ends, the by-name ones inside a numbered citation left out."""
    candidates = _candidates(text, words)
    starts = {candidate.start: index for index, candidate in enumerate(candidates)}
    numbered = [candidate.numbered for candidate in candidates]
    for candidate in reversed(candidates):  # inner citations end before outer ones read them
        _scan(text, candidate, starts, numbered)
        if candidate.nested is not None:
            inner = candidates[candidate.nested]
            if inner.end - candidate.start <= _MAX_SPAN and inner.depth < _MAX_NESTING:
                candidate.end = max(candidate.end, inner.end)
                candidate.depth = inner.depth + 1
            else:  # a chain of citations each inside the next: cut, keep spans short
                candidate.nested = None
    spans = [(c.start, c.end) for c in candidates if c.numbered]
    return [
        c
        for c in candidates
        if c.numbered or not any(left < c.start < right for left, right in spans)
    ]


def find_citations(text: str, kinds: KindRegistry) -> list[FoundCitation]:
    """Every citation in ``text`` of a kind in ``kinds`` (or ``Văn bản``) with its span, in
    order of position."""
    return read_citations(text, kinds)[0]


def read_citations(
    text: str, kinds: KindRegistry
) -> tuple[list[FoundCitation], list[tuple[int, str]]]:
    """The citations in ``text`` of a kind in ``kinds`` (or ``Văn bản``), and the numbered
    spans that did not parse (offset, why)."""
    found: list[FoundCitation] = []
    failed: list[tuple[int, str]] = []
    for candidate in _spans(text, _kind_words(kinds)):
        try:
            read = _parse(text, candidate, kinds)
        except GrammarError as error:
            if candidate.numbered:
                failed.append((candidate.start, error.message))
            continue
        if read is not None:
            found.append(read)
    return found, failed


def _span_text(text: str, candidate: _Candidate) -> str:
    if candidate.numbered:
        head = text[candidate.start : candidate.number_start].rstrip(" \t:")
        if not head.casefold().endswith("số"):
            head = f"{head} số"
        elif head[-2:] != "số":
            head = head[:-2] + "số"
        span = f"{head} {text[candidate.number_start : candidate.end]}"
    else:
        span = text[candidate.start : candidate.end]
    if candidate.issuer_verb is not None:
        cut = candidate.issuer_verb - candidate.end  # negative offset from the span end
        tail = span[cut:] if cut < 0 else ""
        if tail:
            span = f"{span[:cut].rstrip()} về {tail}"
    return re.sub(r",[ \t]*(?=ngày\b)", " ", span)


def _parse(text: str, candidate: _Candidate, kinds: KindRegistry) -> FoundCitation | None:
    span = _span_text(text, candidate)
    citation = parse_citation(span, kinds=kinds)
    changes: dict[str, Any] = {}
    if citation.subject is not None:
        changes["subject"] = _clean_subject(citation.subject)
    if citation.title is not None:
        changes["title"] = unquote(citation.title).strip(" .,…") or None
    if not candidate.numbered:
        title = changes.get("title", citation.title)
        issuer = citation.issuer
        if issuer is not None and title and issuer[:1].islower():  # "... của mình": no body
            title, issuer = f"{title} của {issuer}", None
        subject = changes.get("subject", citation.subject)
        if title is None and subject is None:
            return None  # "Hướng dẫn của Sở Nội vụ": nothing identifies it
        changes.update(title=title, issuer=issuer, subject=subject)
    changes = {name: value for name, value in changes.items() if getattr(citation, name) != value}
    if changes:  # most citations come out of the grammar as they stay: no second build
        try:
            citation = attrs.evolve(citation, **changes)
        except ValueError:
            return None
    return FoundCitation(citation, candidate.start, candidate.end, citation.number is None)


def _clean_subject(subject: str) -> str | None:
    """A subject as the instrument names it: quotes, the marker ``về`` left inside quotes
    (``“về đẩy mạnh ...”``), the ``việc`` of ``về việc`` and final dots dropped."""
    subject = unquote(subject.strip().rstrip(" .,…"))
    for lead in ("về ", "việc "):
        if subject[: len(lead)].casefold() == lead:
            subject = subject[len(lead) :]
    return subject.strip().rstrip(" .,…") or None
