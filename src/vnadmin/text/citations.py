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

import bisect
import re
import sys
from collections.abc import Iterable
from typing import Any

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.citations import (
    GENERIC_KIND_WORD,
    parse_citation,
    unquote,
)
from vnadmin.grammar.numbers import NUMBER
from vnadmin.grammar.registry import per_registry
from vnadmin.model import Citation, DocumentKind, DocumentNumber, KindRegistry, NumberStyle, Regime
from vnadmin.normalize import fold
from vnadmin.text.lines import bounded, lowered, word_starts
from vnadmin.text.vocabulary import DETERMINERS, DIRECTIVE_WORDS, VERBS

__all__ = ["FoundCitation", "find_citations"]

_SO = r"[sS][ốôóồổỗộoỐÔÓỒỔỖỘO6](?![^\W\d_])"
"""``số`` as scans print it too: ``sỐ``, ``sô``, ``só``, ``s6``."""
_NUMBER_LEAD = re.compile(rf"[ \t]*:?[ \t]*(?:{_SO}[ \t]*:?[ \t]*)?")
_BARE_NUMBER = re.compile(r"s[ốôóồổỗộoỐÔÓỒỔỖỘO6](?![^\W\d_])[ \t]*:?[ \t]*(?=[\dlIO])")
"""A lower-case ``số`` that no kind name leads: ``...; số 4975/UBND-KGVX``, ``Mặt bằng số
26/QH-NĐ-UB``, ``Thông tự số 03/2021/TT-BTC`` (a misread kind name)."""
_WRAPPED = re.compile(r"(?<=[^\W_])[-/][ \t]+(?=[A-ZĐ\d])")
_SYMBOL_SO_FAR = re.compile(r"\d[\d.]*/\S*[-/]")
_MAX_SYMBOL = 40
_LOOK_ALIKES = frozenset("lIO")
_AFTER_NAME = frozenset(["", " ", "\t", ":"])
"""What follows a kind name that opens a citation (``các Văn bản: số 423/TTg-CĐS``)."""
_SYMBOL_STARTS = frozenset("ABCDĐEGHIKLMNOPQRSTUVXY")
_CONFUSED = re.compile(r"(?=[\dlIO]*\d)[\dlIO]{1,11}(?=[ \t]*/)")
_DIGITS = str.maketrans("lIO", "110")
_REGIME_OF_STYLE = {
    NumberStyle.STATE: Regime.STATE,
    NumberStyle.LEGAL: Regime.LEGAL,
    NumberStyle.PARTY: Regime.PARTY,
}
_LIST_GAP = 300
"""How far back (characters) a bare ``số`` looks for the citation whose list it continues."""
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
_JOINT = re.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*")
_VERB_ABOUT = re.compile(r"(?:quy[ \t]+định|hướng[ \t]+dẫn)[ \t]+(?=về[ \t])")
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
    name: str = ""  # the kind name as printed; for a bare "số", the kind it continues
    titled: bool = False  # named by name, with an instrument named in its title
    end: int = 0
    nested: int | None = None  # index of the candidate this one runs into
    depth: int = 0  # how many citations nest inside this one
    issuer_verb: int | None = None


@attrs.frozen
class _KindWords:
    """What finding citations needs of a kind registry."""

    finder: re.Pattern[str]
    """Kind names in lower case as one prefix tree (:func:`_trie`): one pass finds them."""
    by_name: dict[str, DocumentKind]
    """The kinds by folded name, as :meth:`KindRegistry.find` looks them up (a copy: the
    cache must not hold the registry, or it could never be freed)."""

    def named(self, name: str) -> DocumentKind | None:
        return self.by_name.get(fold(name))  # fold caches its keys


@per_registry
def _kind_words(registry: KindRegistry) -> _KindWords:
    names = {*(kind.name.lower() for kind in registry), GENERIC_KIND_WORD.lower()}
    return _KindWords(
        finder=re.compile(_trie(names)),
        by_name={fold(kind.name): kind for kind in registry},
    )


def _quoted(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED.finditer(text)] if "”" in text or '"' in text else []


def _candidates(text: str, words: _KindWords) -> list[_Candidate]:
    found: list[_Candidate] = []
    quotes = _quoted(text)
    name_end = 0
    low = lowered(text)
    for start, end in _name_starts(low, words.finder):
        if start < name_end or (start and text[start - 1] in "_/-"):
            continue  # "luật" inside "Bộ luật", "lệnh" inside "Pháp lệnh"
        if text[end : end + 1] not in _AFTER_NAME:
            continue
        if low.endswith("pháp ", 0, start) and text[start].islower():
            continue  # "pháp luật" is law in general, not a law
        name_end = end
        name = text[start:end]
        number = _number_after(text, end)
        if number is not None:
            found.append(_Candidate(start, number[1], words.named(name), True, number[0], name))
            continue
        kind = words.named(name)
        if any(left < start < right for left, right in quotes):
            continue
        if _named(text, start, name, kind, end):
            found.append(_Candidate(start, end, kind, False, name=name))
    if "/" in text:
        found = _with_bare_numbers(text, found, words)
    return found


def _number_after(text: str, position: int) -> tuple[int, int] | None:
    """(start, end) of a number and symbol led by ``số`` (or not) at ``position``; its
    digits may be misread (``l5/2023/QĐ-UBND``, see :func:`_digits`)."""
    lead = _NUMBER_LEAD.match(text, position)
    assert lead is not None
    start = lead.end()
    number = NUMBER.match(text, start, start + 80)
    if number is None and text[start : start + 1] in _LOOK_ALIKES:
        confused = _CONFUSED.match(text, start)
        if confused is not None:
            digits = _digits(confused[0])
            number = NUMBER.match(digits + text[confused.end() : start + 80])
            if number is not None:
                return _number_end(text, start + number.end(), number)
    if number is None:
        return None
    return _number_end(text, number.end(), number)


def _number_end(text: str, end: int, number: re.Match[str]) -> tuple[int, int] | None:
    if not (number["l_number"] or number["p_number"] or number["s_number"]):
        return None
    if end < len(text) and (text[end].isalnum() or text[end] in "&"):
        return None
    return number.start() if number.string is text else end - number.end(), end


def _digits(run: str) -> str:
    """The digits a scan misread as letters (``l5`` is 15, ``I3`` is 13, ``2O`` is 20)."""
    return run.translate(_DIGITS)


def _with_bare_numbers(text: str, found: list[_Candidate], words: _KindWords) -> list[_Candidate]:
    """Add a candidate for each number led by a lower-case ``số`` that no kind name leads.

    One that continues a list (``Công văn số 4643/UBND-KGVX ngày ...; số 4975/...``) is of
    the kind of the citation before it in the sentence; one after words that read as a
    kind name misprinted (``Thông tự``, ``Quyit dinh``) is of that kind; any other
    (``Mặt bằng số 26/QH-NĐ-UB``) is a ``Văn bản`` whose kind its symbol may tell.  One
    that follows a name (``Luật Đầu tư công số 58/2024/QH15``) is that name's number."""
    taken = {candidate.number_start for candidate in found if candidate.numbered}
    added: list[_Candidate] = []
    for match in _BARE_NUMBER.finditer(text):
        if match.end() in taken or (match.start() and text[match.start() - 1].isalnum()):
            continue
        number = _number_after(text, match.end())
        if number is None or number[0] != match.end():
            continue
        previous = _previous(text, match.start(), [*found, *added])
        if previous is not None and not previous.numbered:
            continue  # the name's own number
        start, kind, name = match.start(), None, ""
        misread = _misread_kind(text, match.start(), words)
        if misread is not None:
            start, kind = misread
            name = kind.name
        elif previous is not None:
            kind, name = previous.kind, previous.name
        added.append(_Candidate(start, number[1], kind, True, number[0], name))
    if not added:
        return found
    return sorted([*found, *added], key=lambda candidate: candidate.start)


def _previous(text: str, position: int, before: list[_Candidate]) -> _Candidate | None:
    """The citation of a known kind whose phrase a bare ``số`` at ``position`` continues:
    the last one before it in the sentence, not further than a list runs."""
    previous = [c for c in before if c.start < position and (c.numbered or c.kind)]
    if not previous:
        return None
    last = max(previous, key=lambda candidate: candidate.start)
    gap = text[last.head_end : position]
    if len(gap) > _LIST_GAP or re.search(r"[.!?](?:\s|$)", gap):
        return None
    if not last.numbered and re.search(r"[;:()]", gap):
        return None  # a name ends at these; its number would follow it directly
    return last


def _misread_kind(text: str, position: int, words: _KindWords) -> tuple[int, DocumentKind] | None:
    """Where the words before ``position`` start and the kind they name, when they read as
    a kind name a scan misprinted: the same letters (``Thông tự``) or one letter off
    (``Quyit dinh``, ``KS hoach``)."""
    window = max(0, position - 40)
    before = text[window:position].rstrip()
    tokens = [match.start() for match in re.finditer(r"\S+", before)]
    for count in (3, 2, 1):
        if len(tokens) < count:
            continue
        key = fold(before[tokens[-count] :]).strip(" .,;:-")
        for name, kind in words.by_name.items():
            if len(name) >= 6 and _near(key, name):
                return window + tokens[-count], kind
    return None


def _near(key: str, name: str) -> bool:
    """``key`` equals ``name`` or is one substitution, insertion or deletion away."""
    if key == name:
        return True
    if abs(len(key) - len(name)) > 1:
        return False
    if len(key) == len(name):
        return sum(a != b for a, b in zip(key, name, strict=True)) == 1
    short, long = (key, name) if len(key) < len(name) else (name, key)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _name_starts(low: str, finder: re.Pattern[str]) -> list[tuple[int, int]]:
    """Where a kind name (lower case) stands as whole words in the lowered text."""
    starts: list[tuple[int, int]] = []
    match = finder.search(low)
    while match is not None:
        if bounded(low, match.start(), match.end()):
            starts.append(match.span())
            match = finder.search(low, match.end())
        else:  # inside a longer word: a name may still start within it
            match = finder.search(low, match.start() + 1)
    return starts


def _trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (the longest at a place), with shared prefixes
    factored out, so that the regex engine tries each place once, not once per word."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


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
            if token.group(0) == ")":
                break  # the parenthesis the citation is printed in closes
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
            candidate.titled = not candidate.numbered and not in_subject
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
        elif (
            (in_issuer or (candidate.numbered and count <= 3))
            and not in_subject
            and _ISSUER_VERBS.match(text, token.start())
        ):
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
    """Candidates with their ends, the by-name ones inside another citation's span left
    out: inside a numbered citation, or in the title of one named by name (``Luật sửa
    đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức`` is one law)."""
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
                if candidate.titled and not inner.numbered:
                    _name_more(text, candidate, candidates, starts)
            else:  # a chain of citations each inside the next: cut, keep spans short
                candidate.nested = None
    kept: list[_Candidate] = []
    covered = -1  # the end of the furthest-reaching span opened so far
    for candidate in candidates:
        if candidate.numbered or candidate.start >= covered:
            kept.append(candidate)
        if candidate.numbered or candidate.titled:
            covered = max(covered, candidate.end)
    return kept


def _name_more(
    text: str, candidate: _Candidate, candidates: list[_Candidate], starts: dict[int, int]
) -> None:
    """Extend a title that names instruments (``... của Luật Cán bộ, công chức``) over the
    ones named after it (``và Luật Viên chức``)."""
    while True:
        joint = _JOINT.match(text, candidate.end)
        following = None if joint is None else starts.get(joint.end())
        if following is None or candidates[following].numbered:
            return
        if candidates[following].end - candidate.start > _MAX_SPAN:
            return
        candidate.end = candidates[following].end


def find_citations(text: str, kinds: KindRegistry) -> list[FoundCitation]:
    """Every citation in ``text`` of a kind in ``kinds`` (or ``Văn bản``) with its span, in
    order of position."""
    return read_citations(text, kinds)[0]


def read_citations(
    text: str, kinds: KindRegistry
) -> tuple[list[FoundCitation], list[tuple[int, str, bool]]]:
    """The citations in ``text`` of a kind in ``kinds`` (or ``Văn bản``), and the numbered
    spans that did not parse (offset, why, whether the kind and number were kept)."""
    view, shifts = _mended(text)
    found: list[FoundCitation] = []
    failed: list[tuple[int, str, bool]] = []
    for candidate in _spans(view, _kind_words(kinds)):
        try:
            read = _parse(view, candidate, kinds)
        except GrammarError as error:
            if not candidate.numbered:
                continue
            # what follows the number did not read ("ngày 08/6/20210", a clause the span
            # ran into): the instrument is still identified by its kind and number
            where = _original(shifts, candidate.start)
            candidate.end, candidate.issuer_verb = candidate.head_end, None
            try:
                read = _parse(view, candidate, kinds)
            except GrammarError:
                failed.append((where, error.message, False))
                continue
            failed.append((where, error.message, True))
        if read is not None:
            if shifts:
                read = attrs.evolve(
                    read, start=_original(shifts, read.start), end=_original(shifts, read.end)
                )
            found.append(read)
    return found, failed


def _mended(text: str) -> tuple[str, list[tuple[int, int]]]:
    """``text`` with what scans and wraps do to numbers undone, and where it shifted
    (offset in the result, characters removed before it): the break a hard wrap left
    inside a symbol closed (``186/KH-`` / ``UBND``, ``09/BB- VPHC``), and a dash printed
    as an en or em dash (``08 –HD/BTCTU``)."""
    if "/" not in text:
        return text, []  # no number to mend: every number has a slash
    if "–" in text or "—" in text:
        text = _dashes(text)
    if "- " not in text and "/ " not in text and "-\t" not in text and "/\t" not in text:
        return text, []
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = removed = 0
    for match in _WRAPPED.finditer(text):
        window = max(0, match.start() - _MAX_SYMBOL)
        token_start = 1 + max(
            text.rfind(" ", window, match.start()), text.rfind("\t", window, match.start())
        )
        if not _SYMBOL_SO_FAR.fullmatch(text, token_start or window, match.start() + 1):
            continue
        parts.append(text[last : match.start() + 1])
        last = match.end()
        removed += match.end() - match.start() - 1
        shifts.append((last - removed, removed))
    if not shifts:
        return text, []
    parts.append(text[last:])
    return "".join(parts), shifts


def _dashes(text: str) -> str:
    """An en or em dash between a number and its symbol printed as ``-`` (same length)."""
    chars: list[str] | None = None
    for dash in "–—":
        index = text.find(dash)
        while index >= 0:
            before = text[max(0, index - 2) : index].rstrip(" \t")
            after = text[index + 1 : index + 3].lstrip(" \t")
            if before[-1:].isdigit() and after[:1] in _SYMBOL_STARTS:
                chars = chars if chars is not None else list(text)
                chars[index] = "-"
            index = text.find(dash, index + 1)
    return text if chars is None else "".join(chars)


def _original(shifts: list[tuple[int, int]], offset: int) -> int:
    """The offset in the original text of ``offset`` in the unwrapped one."""
    index = bisect.bisect_right(shifts, (offset, sys.maxsize)) - 1
    return offset + (shifts[index][1] if index >= 0 else 0)


def _span_text(text: str, candidate: _Candidate) -> str:
    if candidate.numbered:
        head = candidate.name or GENERIC_KIND_WORD
        number = text[candidate.number_start : candidate.end]
        if number[:1] in _LOOK_ALIKES:
            run = _CONFUSED.match(number)
            number = _digits(run[0]) + number[run.end() :] if run else number
        span = f"{head} số {number}"
    else:
        span = text[candidate.start : candidate.end]
    if candidate.issuer_verb is not None:
        cut = candidate.issuer_verb - candidate.end  # negative offset from the span end
        tail = span[cut:] if cut < 0 else ""
        about = _VERB_ABOUT.match(tail)
        if about is not None:  # "quy định về X": the subject is X
            span = f"{span[:cut].rstrip()} {tail[about.end() :]}"
        elif tail:
            span = f"{span[:cut].rstrip()} về {tail}"
    return re.sub(r",[ \t]*(?=ngày\b)", " ", span)


def _parse(text: str, candidate: _Candidate, kinds: KindRegistry) -> FoundCitation | None:
    span = _span_text(text, candidate)
    citation = parse_citation(span, kinds)
    changes: dict[str, Any] = {}
    if candidate.numbered and not candidate.name and citation.number is not None:
        changes["kind"] = _kind_of_symbol(citation.number, kinds)  # "... số 15/2020/TT-BNV"
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


def _kind_of_symbol(number: DocumentNumber, kinds: KindRegistry) -> DocumentKind | None:
    """The kind a number's symbol names (``TT`` in ``15/2020/TT-BNV``), if it names one."""
    abbreviation = number.kind_abbreviation
    if abbreviation is None:
        return None
    regimes = [_REGIME_OF_STYLE[number.style], Regime.STATE]
    return next(
        (k for r in regimes if (k := kinds.by_abbreviation(abbreviation, r)) is not None), None
    )


def _clean_subject(subject: str) -> str | None:
    """A subject as the instrument names it: quotes, the marker ``về`` left inside quotes
    (``“về đẩy mạnh ...”``), the ``việc`` of ``về việc`` and final dots dropped."""
    subject = unquote(subject.strip().rstrip(" .,…"))
    for lead in ("về ", "việc "):
        if subject[: len(lead)].casefold() == lead:
            subject = subject[len(lead) :]
    return subject.strip().rstrip(" .,…") or None
