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
from vnadmin.model import Citation, DocumentKind, DocumentNumber, KindRegistry, Regime
from vnadmin.normalize import fold
from vnadmin.text.lines import bounded, lowered, lowered_slice, word_starts
from vnadmin.text.vocabulary import DETERMINERS, DIRECTIVE_WORDS, VERBS, prefix_tree

__all__ = ["FoundCitation", "find_citations"]

_SO = r"[sS][ốôóồổỗộoỐÔÓỒỔỖỘO6]?(?![^\W\d_])"
"""``số`` as scans print it too: ``sỐ``, ``sô``, ``só``, ``s6``, and ``s`` whose vowel was lost."""
_NUMBER_LEAD = re.compile(rf"[ \t]*:?[ \t]*(?:{_SO}[ \t]*:?[ \t]*)?")
_DIGIT_LIKE = frozenset("0123456789lIO")
_SO_VOWELS = frozenset("ốôóồổỗộo6")
"""The second letter of ``số`` as scans print it too, lower-cased (``sô``, ``s6``)."""
_LEAD_WINDOW = 60
_SYMBOL_SO_FAR = re.compile(r"\(?\d[\d.]*/[^\W_]*(?:[-/&][^\W_]+)*[-/]")
"""A number and the start of its symbol, up to a dash or slash a wrap broke after."""
_MAX_SYMBOL = 40
_LOOK_ALIKES = frozenset("lIO")
_AFTER_NAME = frozenset(["", " ", "\t", ":"])
"""What follows a kind name that opens a citation (``các Văn bản: số 423/TTg-CĐS``)."""
_SYMBOL_STARTS = frozenset("ABCDĐEGHIKLMNOPQRSTUVXY")
_SYMBOL_STARTS_OR_DIGITS = _SYMBOL_STARTS | frozenset("0123456789")
_CONFUSED = re.compile(r"(?=[\dlIO]*\d)[\dlIO]{1,11}(?=[ \t]*/)")
_DIGITS = str.maketrans("lIO", "110")
_LIST_GAP = 300
"""How far back (characters) a bare ``số`` looks for the citation whose list it continues."""
_TOKEN = re.compile(  # the white space before a token, at once (atomic: a lookahead)
    r"(?=(\s*))\1(?:"  # then words first: most tokens are, and no other group opens so
    r"(?P<word>[^\s;:(),.…!?“”\"]+(?:\.(?=[\da-zđ])[^\s;:(),.…!?“”\"]+)*)"
    r"|(?P<quote>“[^“”\n]{0,400}”|\"[^\"\n]{0,400}\"|”[^”\n]{0,400}”)"
    r"|(?P<term>\((?:khóa|khoá|Khóa|Khoá|KHÓA|KHOÁ|nhiệm[ \t]+kỳ)[^()\n]{0,40}\))"
    r"|(?P<stop>[;:(])"
    r"|(?P<end>\./\.|\.{2,}|…|[.!?])"
    r"|(?P<comma>,)"
    r"|(?P<other>.))"
)
"""A token and the white space before it (group 1, so a token starts at ``end(1)``): a
run of white space is no token of its own to step over."""
_QUOTED = re.compile(r"[“”\"](?:(?<=[“”])[^“”\n]{0,400}”|(?<=\")[^\"\n]{0,400}\")")
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
_HELD_KINDS = frozenset(["giay-phep"])
"""Kinds a text names as papers someone holds (``Giấy phép lái xe``, ``Giấy phép xây
dựng``): cited by their number only, never by name."""
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
_CLAUSE_VERBS = frozenset(["trình", "gửi", "báo"])
"""Verbs that open the next clause after a comma (``... của Luật Đầu tư 2025, trình Chính
phủ trước ngày ...``): a name goes on after a comma only with more of itself."""
_LAW_STOPS = frozenset(["được", "nhằm", "để", "đã", "sẽ", "là", "đang", "thì", "mà", "nên", "gắn"])
"""Law names hold ``có``, ``theo``, ``của`` (``Pháp lệnh Ưu đãi người có công với cách
mạng``): fewer words end them."""
_LAWS = frozenset(["luat", "bo-luat", "phap-lenh", "hien-phap"])
_CONNECTORS = ("và", "hoặc", "cùng", "với", ",")
_ISSUER_VERBS = re.compile(r"(?:ban[ \t]+hành|phê[ \t]+duyệt|quy[ \t]+định|hướng[ \t]+dẫn)\b")
_JOINT = re.compile(r"[ \t]*(?:,|và|hoặc)[ \t]*")
_VERB_ABOUT = re.compile(r"(?:quy[ \t]+định|hướng[ \t]+dẫn)[ \t]+(?=về[ \t])")
_MAX_TOKENS = 160
_SPECIAL = re.compile(r"[;:(),!?…“”\".](?!(?<=\.)(?<!\s\.)[\da-zđ])")
"""Where a token other than a word may start (see :data:`_TOKEN`): a dot only after white
space or before what no word goes on with.  One set of characters first, so that the regex
engine skips to them instead of trying every character."""
_MAX_SPAN = 1200
_MAX_NESTING = 2
_NUL = ("\0",)
"""What precedes no kind name in a text (a ``str.endswith`` test that fails)."""


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

    lowered: frozenset[str]
    """Kind names in lower case: a number's lead is checked against them."""
    tail: int
    """The length of the shortest name: every name ends with that many letters of its own."""
    sizes: dict[str, tuple[int, ...]]
    """For each ending of ``tail`` letters, the lengths of the names that end so, longest
    first: the only lengths a text ending so may end with a name of."""
    titled: re.Pattern[str]
    """Kind names as a citation by name prints them (``Nghị quyết``, capital first), as one
    prefix tree (:func:`prefix_tree`): the regex engine skips to capital letters."""
    before: dict[str, tuple[str, ...]]
    """For each name in lower case, what precedes it where it ends a longer name (``bộ ``
    before ``luật``), for one ``str.endswith`` test; a NUL, which no text holds, for a name
    that ends none (built once, not at each candidate)."""
    by_name: dict[str, DocumentKind]
    """The kinds by folded name, as :meth:`KindRegistry.find` looks them up (a copy: the
    cache must not hold the registry, or it could never be freed)."""
    by_length: dict[int, tuple[str, ...]]
    """Folded names of six letters or more by length: the ones a misread name may be (a
    scan misreads a letter, not the first)."""
    reach: int
    """How far before a kind name the tests of a candidate look (a longer name's first
    words, ``pháp``, the character before): the text is lowered from there, not whole."""

    def named(self, name: str) -> DocumentKind | None:
        return self.by_name.get(fold(name))  # fold caches its keys


@per_registry
def _kind_words(registry: KindRegistry) -> _KindWords:
    names = {*(kind.name.lower() for kind in registry), GENERIC_KIND_WORD.lower()}
    ordered = tuple(sorted(names, key=len, reverse=True))
    by_name = {fold(kind.name): kind for kind in registry}
    tail = min(map(len, names))
    endings: dict[str, set[int]] = {}
    for name in names:
        endings.setdefault(name[-tail:], set()).add(len(name))
    return _KindWords(
        lowered=frozenset(names),
        tail=tail,
        sizes={ending: tuple(sorted(sizes, reverse=True)) for ending, sizes in endings.items()},
        titled=re.compile(prefix_tree(name[0].upper() + name[1:] for name in names)),
        before={
            n: tuple(m[: -len(n)] for m in ordered if len(m) > len(n) and m.endswith(n)) or _NUL
            for n in names
        },
        by_name=by_name,
        by_length={
            size: tuple(name for name in by_name if len(name) == size)
            for size in {len(name) for name in by_name if len(name) >= 6}
        },
        reach=max(map(len, names)) + len("pháp "),
    )


def _quoted(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _QUOTED.finditer(text)] if "”" in text or '"' in text else []


class _Lowered:
    """A text lowered in slices (:func:`~vnadmin.text.lines.lowered_slice`), each alone; but
    once whole, and kept, if it holds a capital sigma, whose lower case depends on the
    letters around it: a slice lowered the whole text each time, and a text with a sigma
    near each kind name took quadratic time."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._whole = lowered(text) if "Σ" in text else None

    def slice(self, start: int, end: int) -> str:
        """``lowered(text)[start:end]``."""
        if self._whole is not None:
            return self._whole[start:end]
        return lowered_slice(self._text, start, end)


def _candidates(text: str, words: _KindWords) -> list[_Candidate]:
    """The places a citation may start, in order: a kind name before a number (any
    case: ``NGHỊ QUYẾT SỐ 25-NQ/TW``), a kind name printed as a name (``Luật Tiếp cận
    thông tin``), a lower-case ``số`` before a number that no kind name leads."""
    found: list[_Candidate] = []
    bare: list[tuple[int, tuple[int, int]]] = []
    whole = _Lowered(text)
    slash = text.find("/")
    while slash >= 0:  # every number has a slash: read back from each to where one starts
        start = _number_start(text, slash)
        if start is not None:
            _numbered(text, whole, start, words, found, bare)
        slash = text.find("/", slash + 1)
    quotes: list[tuple[int, int]] | None = None
    for match in words.titled.finditer(text):
        start, end = match.span()
        if text[end : end + 1] not in _AFTER_NAME or (start and text[start - 1] in "_/-"):
            continue  # the tests that need no lowered text first
        # the text lowered around the name only (offsets in it: less ``reach``)
        reach = max(0, start - words.reach)
        low = whole.slice(reach, end + 1)
        if (
            not bounded(low, start - reach, end - reach)
            or low.endswith(
                words.before.get(low[start - reach : end - reach], _NUL), 0, start - reach
            )
            or _number_after(text, end) is not None  # a numbered citation, found above
        ):
            continue
        name = match.group(0)
        quotes = _quoted(text) if quotes is None else quotes
        if any(left < start < right for left, right in quotes):
            continue
        kind = words.named(name)
        if _named(text, start, name, kind, end):
            found.append(_Candidate(start, end, kind, False, name=name))
    found.sort(key=lambda candidate: candidate.start)
    return _with_bare_numbers(text, found, bare, words) if bare else found


def _number_start(text: str, slash: int) -> int | None:
    """Where the number whose first slash is at ``slash`` starts (``12`` in ``12/UBND``,
    ``23`` in ``23-QĐ/TW``), if a number can start there; a slash inside a number (the
    second of ``30/2020/NĐ-CP``) or a date starts none."""
    position = slash
    while position and text[position - 1] in " \t" and slash - position < 2:
        position -= 1
    if position and text[position - 1] not in _DIGIT_LIKE:  # a Party number: 23-QĐ/TW
        letters = position
        while letters and text[letters - 1].isalpha() and position - letters < 12:
            letters -= 1
        position = letters
        while position and text[position - 1] in " \t" and letters - position < 2:
            position -= 1
        if not (position and text[position - 1] in "-–"):
            return None
        position -= 1
        while position and text[position - 1] in " \t" and letters - position < 5:
            position -= 1
    end = position
    while position and text[position - 1] in _DIGIT_LIKE and end - position < 11:
        position -= 1
    if (
        position < end
        and text[position - 1 : position] == "."
        and text[position - 2 : position - 1].isdigit()
    ):
        position -= 1  # a sub-number's dot (66.7/2025/NQ-CP): its parent's digits lead
        while position and text[position - 1].isdigit() and end - position < 16:
            position -= 1
    if position == end or not any(char.isdigit() for char in text[position:end]):
        return None
    before = text[position - 1 : position]
    return None if before.isalnum() or (before in "/-._" and before) else position


def _numbered(
    text: str,
    whole: _Lowered,
    position: int,
    words: _KindWords,
    found: list[_Candidate],
    bare: list[tuple[int, tuple[int, int]]],
) -> None:
    """Read what leads a number that may start at ``position``: a kind name (a candidate),
    or a lower-case ``số`` alone (a bare number, for :func:`_with_bare_numbers`)."""
    window = max(0, position - _LEAD_WINDOW)
    # the text lowered from the lead's reach to the number only (offsets in it: less reach)
    reach = max(0, window - words.reach)
    low = whole.slice(reach, position + 1)
    lead = low[window - reach : position - reach].rstrip(" \t:")
    so = _so_before(lead)
    if so is not None:
        lead = lead[:so].rstrip(" \t:")
    name = _name_ending(lead, words)
    if name is None:
        if so is not None and text[window + so] == "s":
            number = _number_after(text, window + so)
            if number is not None and number[0] == position:
                bare.append((window + so, number))
        return
    start = window + len(lead) - len(name)
    end = start + len(name)
    if (
        not bounded(low, start - reach, end - reach)
        or (start and text[start - 1] in "_/-")
        or low.endswith(words.before.get(name, _NUL), 0, start - reach)
        or (low.endswith("pháp ", 0, start - reach) and text[start].islower())  # law in general
    ):
        if so is not None and text[window + so] == "s":
            number = _number_after(text, window + so)
            if number is not None:
                bare.append((window + so, number))
        return
    number = _number_after(text, end)
    if number is not None:
        printed = text[start:end]
        found.append(_Candidate(start, number[1], words.named(printed), True, number[0], printed))


def _so_before(lead: str) -> int | None:
    """Where a ``số`` (lower-cased, as scans print it too: ``sô``, ``s6``, and ``s`` whose
    vowel OCR lost) ending ``lead`` starts, if one does as a word of its own (a line break
    may follow it)."""
    end = len(lead) - 1 if lead[-1:] == "\n" else len(lead)
    if end >= 2 and lead[end - 1] in _SO_VOWELS and lead[end - 2] == "s":
        return None if lead[end - 3 : end - 2].isalnum() else end - 2
    if end >= 2 and lead[end - 1] == "s" and not lead[end - 2].isalnum():
        return end - 1
    return None


def _name_ending(lead: str, words: _KindWords) -> str | None:
    """The longest kind name (lower case) that ``lead`` ends with: a look-up per length of
    the names that end as it does, not a test per name."""
    for size in words.sizes.get(lead[-words.tail :], ()):
        if lead[-size:] in words.lowered:
            return lead[-size:]
    return None


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


def _with_bare_numbers(
    text: str,
    found: list[_Candidate],
    bare: list[tuple[int, tuple[int, int]]],
    words: _KindWords,
) -> list[_Candidate]:
    """Add a candidate for each number led by a lower-case ``số`` that no kind name leads
    (``bare``: where the ``số`` starts, where the number starts and ends).

    One that continues a list (``Công văn số 4643/UBND-KGVX ngày ...; số 4975/...``) is of
    the kind of the citation before it in the sentence; one after words that read as a
    kind name misprinted (``Thông tự``, ``Quyit dinh``) is of that kind; any other
    (``Mặt bằng số 26/QH-NĐ-UB``) is a ``Văn bản`` whose kind its symbol may tell.  One
    that follows a name (``Luật Đầu tư công số 58/2024/QH15``) is that name's number."""
    added: list[_Candidate] = []
    listed: _Candidate | None = None  # the last citation before the bare number
    index = 0
    for so, number in bare:
        while index < len(found) and found[index].start < so:
            if found[index].numbered or found[index].kind is not None:
                listed = found[index]
            index += 1
        if added and added[-1].start < so and (listed is None or listed.start < added[-1].start):
            listed = added[-1]
        previous = _continued(text, so, listed)
        if previous is not None and not previous.numbered:
            continue  # the name's own number
        start, kind, name = so, None, ""
        misread = _misread_kind(text, so, words)
        if misread is not None:
            start, kind = misread
            name = kind.name
        elif previous is not None:
            kind, name = previous.kind, previous.name
        added.append(_Candidate(start, number[1], kind, True, number[0], name))
    return sorted([*found, *added], key=lambda candidate: candidate.start)


def _continued(text: str, position: int, last: _Candidate | None) -> _Candidate | None:
    """``last``, the citation before a bare ``số`` at ``position``, if the ``số`` continues
    its phrase: in the same sentence, not further than a list runs."""
    if last is None or position - last.head_end > _LIST_GAP:
        return None
    gap = text[last.head_end : position]
    if re.search(r"[.!?](?:\s|$)", gap):
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
        for size in (len(key) - 1, len(key), len(key) + 1):
            for name in words.by_length.get(size, ()):
                if name[0] == key[:1] and _near(key, name):  # scans keep the first letter
                    return window + tokens[-count], words.by_name[name]
    return None


def _near(key: str, name: str) -> bool:
    """``key`` equals ``name`` or is one substitution, insertion or deletion away."""
    if key == name:
        return True
    if abs(len(key) - len(name)) > 1:
        return False
    short, long = (key, name) if len(key) <= len(name) else (name, key)
    index = 0
    while index < len(short) and short[index] == long[index]:
        index += 1
    if len(short) == len(long):
        return short[index + 1 :] == long[index + 1 :]
    return short[index:] == long[index + 1 :]


def _named(text: str, start: int, name: str, kind: DocumentKind | None, end: int) -> bool:
    """Whether a kind word without a number opens a citation by name."""
    if kind is None or not name[0].isupper() or name[1:] != name[1:].lower():
        return False
    before = text[max(0, start - 40) : start].rstrip()
    previous_word = before.rsplit(None, 1)[-1].casefold() if before else ""
    if previous_word in DETERMINERS:
        return False
    if kind.code in _HELD_KINDS:
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


def _scan(
    text: str,
    candidate: _Candidate,
    starts: dict[int, int],
    numbered: list[bool],
    order: list[int],
) -> None:
    """Set ``candidate.end`` (and ``nested``) by reading the tokens after its head.

    In the subject of a numbered citation only punctuation and the start of another
    citation (``order``: the candidates' starts, sorted) can end the span: the words in
    between are stepped over at once rather than read one by one."""
    limit = min(len(text), candidate.head_end + _MAX_SPAN)
    in_subject = False
    in_issuer = False
    end = candidate.head_end
    last_word = ""
    count = 0
    by_number = candidate.numbered
    law = candidate.kind is not None and candidate.kind.code in _LAWS
    stops = _LAW_STOPS if law else _NAME_STOPS
    position = candidate.head_end
    while True:
        jump = walk = None
        for token in _TOKEN.finditer(text, position, limit):
            kind = token.lastgroup
            start = token.end(1)
            if kind == "word":  # most tokens are: read below, with the words after it
                if in_subject and by_number:
                    jump = start  # words of a subject: step over them
                else:
                    walk = start
                break
            count += 1
            if count > _MAX_TOKENS:
                break
            if kind == "quote":
                if not in_subject and by_number:
                    end = token.end()  # a quoted subject without "về" ends the citation
                    break
                end = token.end()
                if in_subject and last_word == "về" and not by_number:
                    break
                last_word = "”"
                continue
            if kind == "term":
                end = token.end()
                continue
            if kind == "stop" or kind == "end":
                break
            if kind == "comma":
                if _comma_ends(text, token.end(), starts, in_subject, candidate):
                    break
                last_word = ","
                continue
            # other
            if text[start] == ")":
                break  # the parenthesis the citation is printed in closes
            end = token.end()
        if walk is not None:
            # the words up to the next punctuation, as the word tokens they are (no token
            # but a word starts before it: see _SPECIAL), one loop turn each, no regex
            special = _SPECIAL.search(text, walk, limit)
            at, done = walk, False
            for piece in text[walk : special.start() if special is not None else limit].split():
                start = text.find(piece, at)
                at = start + len(piece)
                count += 1
                if count > _MAX_TOKENS:
                    done = True
                    break
                folded = piece.casefold()
                other = starts.get(start)
                if other is not None:
                    if by_number and not numbered[other]:
                        if last_word in _CONNECTORS:
                            done = True
                            break
                    else:
                        if last_word in _CONNECTORS or not (in_subject or last_word == "của"):
                            done = True
                            break
                        candidate.nested = other
                        candidate.titled = not by_number and not in_subject
                        end = start
                        done = True
                        break
                if not by_number and (
                    folded in stops or (last_word == "và" and _verb_at(text, start))
                ):
                    if last_word == "và":
                        end = _trim_connector(text, candidate.start, end)
                    done = True
                    break
                if not in_subject:
                    if folded == "về":
                        in_subject = True
                    elif folded in ("của", "giữa"):
                        in_issuer = True
                    elif (
                        (in_issuer or (by_number and count <= 3))
                        and text[start] in "bphq"  # what an issuer verb opens with
                        and _ISSUER_VERBS.match(text, start)
                    ):
                        candidate.issuer_verb = start
                        in_subject = True
                end = at
                last_word = folded
                if in_subject and by_number:
                    break  # the subject's words are stepped over from the next one
            if done:
                break
            position = at
            continue
        if jump is None:
            break
        stepped = _step_words(text, jump, limit, starts, order, _MAX_TOKENS - count)
        if stepped is None:  # the next token starts another citation: read it one by one
            position = _read_one_word(text, jump)
            other = starts[jump]
            count += 1
            if count > _MAX_TOKENS:
                break
            if not numbered[other] and last_word not in _CONNECTORS:
                end, last_word = position, text[jump:position].casefold()
                continue
            if numbered[other] and last_word not in _CONNECTORS:
                candidate.nested = other
                end = jump
            break
        words, word_end, last = stepped
        count += words
        if words:
            end, last_word = word_end, last
        if count >= _MAX_TOKENS:
            break
        position = word_end
    candidate.end = _trim_connector(text, candidate.start, end)


def _step_words(
    text: str, start: int, limit: int, starts: dict[int, int], order: list[int], room: int
) -> tuple[int, int, str] | None:
    """Step over the words from ``start`` up to punctuation, another citation's start or
    ``limit``, at most ``room`` of them: (how many, where the last ends, it casefolded);
    ``None`` when a citation starts at ``start`` itself."""
    if start in starts:
        return None
    special = _SPECIAL.search(text, start, limit)
    stop = special.start() if special is not None else limit
    following = bisect.bisect_right(order, start)
    if following < len(order) and order[following] < stop:
        stop = order[following]
    pieces = text[start:stop].split()
    if len(pieces) > room:
        pieces = pieces[:room]
    if not pieces:
        return 0, start, ""
    last = pieces[-1]
    last_end = text.find(last, start + sum(len(p) for p in pieces[:-1]))
    return len(pieces), last_end + len(last), last.casefold()


def _read_one_word(text: str, start: int) -> int:
    match = _TOKEN.match(text, start)
    return match.end() if match is not None else start + 1


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
    return first in _NAME_STOPS or first in _CLAUSE_VERBS or _directs(clause)


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
    order = sorted(starts)
    for candidate in reversed(candidates):  # inner citations end before outer ones read them
        _scan(text, candidate, starts, numbered, order)
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
    inside a symbol closed (``186/KH-`` / ``UBND``, ``09/BB- VPHC``)."""
    if "/" not in text:
        return text, []  # no number to mend: every number has a slash
    breaks = sorted(_wrap_breaks(text, "- ") + _wrap_breaks(text, "/ "))
    if not breaks:
        return text, []
    parts: list[str] = []
    shifts: list[tuple[int, int]] = []
    last = removed = 0
    for start, end in breaks:
        parts.append(text[last:start])
        last = end
        removed += end - start
        shifts.append((last - removed, removed))
    parts.append(text[last:])
    return "".join(parts), shifts


def _wrap_breaks(text: str, mark: str) -> list[tuple[int, int]]:
    """The white space a hard wrap left after ``mark`` (a symbol's ``-`` or ``/``, then a
    space) inside a number and symbol: ``186/KH-`` / ``UBND``, ``26/`` / ``QH-NĐ-UB``."""
    found: list[tuple[int, int]] = []
    index = text.find(mark)
    while index >= 0:
        end = index + 1
        while end < len(text) and text[end] in " \t":
            end += 1
        if end < len(text) and text[end] in _SYMBOL_STARTS_OR_DIGITS:
            window = max(0, index - _MAX_SYMBOL)
            token = 1 + max(text.rfind(" ", window, index), text.rfind("\t", window, index))
            if _SYMBOL_SO_FAR.fullmatch(text, token or window, index + 1):
                found.append((index + 1, end))
        index = text.find(mark, end)
    return found


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
    citation = parse_citation(span, kinds=kinds)
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
    regimes = [number.style.regime, Regime.STATE]
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
