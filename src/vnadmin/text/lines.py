"""Lines and paragraphs: the units every reader works on, with their line numbers.

A :class:`Line` is one cleaned line of the input; a :class:`Block` is a paragraph made of
one or more lines, whose text is joined with single spaces and which can say which input
line any character came from.  Paragraph joining undoes the breaks that converters put
into running text: a wrapped line, or a page break (a blank line in mid-sentence); a
number's symbol broken by a wrap (``186/KH-`` / ``UBND``) is joined without a space.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

from vnadmin.grammar.archive import ARCHIVE_LABEL
from vnadmin.grammar.labels import LABEL, roman_value
from vnadmin.normalize import squash
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.fuzzy import fold_chars
from vnadmin.text.vocabulary import BASIS_OPENING, CUT_AFTER, LOANWORDS

__all__ = [
    "CELL_BREAK",
    "NUMBERED_SECTION",
    "STROKE_SIGNS",
    "Block",
    "Line",
    "bounded",
    "cells",
    "ends_sentence",
    "ends_with_symbol",
    "first_paragraphs",
    "is_caps",
    "is_noise",
    "is_strokes",
    "lowered",
    "lowered_piece",
    "paragraphs",
    "squash",
    "starts_lower",
    "word_starts",
]

SECTION_START = re.compile(
    rf"(?:Nơi[ \t]+nhận|NƠI[ \t]+NHẬN|Kính[ \t]+gửi|KÍNH[ \t]+GỬI|Căn[ \t]+cứ|{ARCHIVE_LABEL}[ \t]*:)"
)
"""Paragraph openers that never continue the paragraph above them (and a formula in
capitals, ``QUYẾT ĐỊNH:``: see :func:`_formula`)."""

MAX_SCAN = 400
"""How much of a line the line-shape regexes look at: they never need more."""

_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?"
)
"""A Vietnamese syllable, folded: initial consonant, vowels, final consonant."""
_WORD = re.compile(r"[^\W\d_]{2,}")
_ASCII_WORD = re.compile(r"[a-z][a-z]+")
"""A word of two letters or more of a folded text that is ASCII (folded, lower case)."""
CELL_BREAK = re.compile(r"\t\t*|   +")
"""A cell break: tabs, or three spaces or more; each alternative opens with its character
(a repeat first, ``\\t+| {3,}``, was tried at every character of the line).  The header
rows of the layout stage are split by it too."""
_OPEN_LABELS = ("số:", " số", "ngày", "tháng", "năm")
_CONTINUED = ("tháng ", "năm ", "/")
_TERMINAL = frozenset(".;:!?…")
_OPEN_QUOTES = "“\"'‘*("
_DANGLING = frozenset(
    (
        *CUT_AFTER,
        "trong",
        "theo",
        "để",
        "những",
        "là",
        "hoặc",
        "hay",
        "từ",
        "đến",
        "cùng",
        "gắn",
        "được",
        "số",
        "ngày",
        "cứ",
    )
)
"""Words a paragraph cannot end on (:data:`CUT_AFTER` and more): a break after them is a
page break."""
_DATE_TAIL = re.compile(
    r"(?:^|\s)(?:(?P<year>năm|năm học|niên khóa|niên khoá)"
    r"|(?P<month>ngày \d{1,2} tháng)"
    r"|(?P<word>" + "|".join(sorted(_DANGLING - {"ngày"})) + r"))$"
)
"""The end of a line cut inside a date or a sentence (see :func:`_wants_number`)."""
_DATE_TAIL_LAST = frozenset(
    {"năm", "học", "khóa", "khoá", "tháng"} | {word.split()[-1] for word in _DANGLING}
)
"""The last words :data:`_DATE_TAIL` ends with: it is searched for only after one (it is
anchored at the end, and a search tries it at every character)."""
_GOES_ON = frozenset(";,.:)")
"""What a line opens with when it goes on with the sentence above (HTML turned into text
puts each link on a line of its own: ``Căn cứ Luật số`` / ``63/2025/QH15`` / ``;``)."""
_BROKEN_SYMBOL = re.compile(r"(?<![^\s(])\d[\d.]*/\S*[-/]$")
"""A line ending inside a number's symbol, at a dash or slash (``... số 186/KH-``)."""
_SYMBOL_GOES_ON = frozenset("ABCDĐEGHIKLMNOPQRSTUVXY0123456789")


class Line(NamedTuple):
    """One cleaned input line: its 1-based number in the input and its text (stripped)."""

    number: int
    text: str


def lowered(text: str) -> str:
    """``text.lower()`` with the same length, so offsets in it are offsets in ``text``
    (the few characters whose lower case is longer are kept as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


def lowered_slice(text: str, start: int, end: int) -> str:
    """``lowered(text)[start:end]``, lowering only that slice: ``str.lower`` maps each
    character alone but the capital sigma, whose lower case depends on the letters
    around it (the whole text is lowered for a slice that holds one)."""
    piece = text[start:end]
    return lowered(text)[start:end] if "Σ" in piece else lowered(piece)


def lowered_piece(piece: str, low: str, start: int) -> str:
    """``lowered(piece)``, for a ``piece`` of a text found at ``start``, from ``low``, the
    whole text lowered: its slice, unless the piece holds a capital sigma (see
    :func:`lowered_slice`), lowered alone then."""
    return lowered(piece) if "Σ" in piece else low[start : start + len(piece)]


def bounded(low: str, start: int, end: int) -> bool:
    """Whether ``low[start:end]`` is a whole word sequence (no letter or digit either side)."""
    return (start == 0 or not low[start - 1].isalnum()) and (
        end >= len(low) or not low[end].isalnum()
    )


def word_starts(low: str, first_words: frozenset[str]) -> list[int]:
    """Offsets in the lowered text ``low`` where a word of ``first_words`` (lower case)
    stands: where a phrase grammar can match.  ``str.find`` runs at C speed, so the large
    alternations of the grammars are tried only at these few places."""
    found: list[int] = []
    for word in first_words:
        index = low.find(word)
        while index >= 0:
            if bounded(low, index, index + len(word)):
                found.append(index)
            index = low.find(word, index + 1)
    found.sort()
    return found


def ends_with_symbol(cell: str) -> bool:
    """Whether ``cell`` ends with a symbol of capitals joined by a dash (``12TB-ĐHTĐ``), a
    mark after it or not: the number cell of a line whose ``Số`` and slash OCR lost
    (``sốJẢTB-ĐHTĐ ˆ``)."""
    words = [word for word in cell.split() if any(map(str.isupper, word))]
    tail = _SYMBOL_TAIL.search(words[-1].rstrip("-—_.,;:")) if words else None
    last = tail.group() if tail is not None else ""  # after a speck glued before it: ``¡TB-DCT``
    return "-" in last and last.replace("-", "").isalnum() and sum(map(str.isupper, last)) >= 4


_SYMBOL_TAIL = re.compile(r"[^\W_][\w-]*$")


def cells(text: str) -> list[str]:
    """Split a line into the cells of a flattened table (tabs or runs of 3+ spaces).

    A run of spaces also stands for a blank number or date part (``Số:     /STC-VP``,
    ``ngày    tháng 01``): a cell ending in such a label is joined to the next one.
    """
    if "\t" not in text and "   " not in text:  # one cell: most lines
        stripped = text.strip()
        return [stripped] if stripped else []
    found: list[str] = []
    for cell in CELL_BREAK.split(text):
        cell = cell.strip()
        if not cell:
            continue
        last = found[-1].casefold() if found else ""
        if found and (
            last == "số" or last.endswith(_OPEN_LABELS) or cell.casefold().startswith(_CONTINUED)
        ):
            found[-1] = f"{found[-1]} {cell}"
        else:
            found.append(cell)
    return found


def is_caps(text: str) -> bool:
    """True when the text has letters and none is lower case (issuer lines, titles)."""
    return text.isupper()  # every cased letter upper case, and at least one


def is_noise(text: str) -> bool:
    """Whether a line is OCR noise (seal, stamp or signature strokes read as letters):
    fewer than half of its words of two letters or more are Vietnamese syllables,
    abbreviations in capitals or loanwords documents print (``Website``)."""
    head = text[:MAX_SCAN]
    # the words are found in the line folded: it has a letter where the line has one (over
    # every code point), and is most often ASCII, whose letters a range finds at once
    folded = fold_chars(head)
    words = [m.span() for m in (_ASCII_WORD if folded.isascii() else _WORD).finditer(folded)]
    if not words:
        return True
    good = sum(
        1
        for start, end in words
        if _SYLLABLE.fullmatch(folded, start, end)
        or _abbreviation(head[start:end], folded[start:end])
        or folded[start:end] in LOANWORDS
    )
    return good * 2 < len(words)


_STROKES_LINE = 80
STROKE_SIGNS = "^£ˆ°»«~¬`©®‹›¿⁄\\|{}<>=@#$_"
"""Signs no line of an administrative document's header prints: what OCR reads in the
strokes of a seal, a signature or an underline."""


def is_strokes(text: str) -> bool:
    """Whether a line is strokes OCR read as signs (``—— .S ——.S—' ` I BIÚC``, ``^ .^A ,À
    k4 £ ˆ Lá bÀ ˆ Ẩ ° Lá »``): fewer letters and digits than other signs, or a stroke
    sign in every eight characters."""
    if len(text) > _STROKES_LINE:
        return False  # a line of strokes is short; the body's lines are long
    signs = len(text) - text.count(" ")
    strokes = sum(1 for char in text if char in STROKE_SIGNS)
    return sum(map(str.isalnum, text)) * 2 < signs or (strokes >= 2 and strokes * 8 >= len(text))


def _abbreviation(word: str, bare: str) -> bool:
    """``UBND``, ``HĐND``: capitals of the Vietnamese alphabet (no f, j, w, z)."""
    return len(word) <= 12 and word.isupper() and not any(char in "fjwz" for char in bare)


def starts_lower(text: str) -> bool:
    """True when the first letter or digit of the text is a lower-case letter."""
    for char in text[:MAX_SCAN]:
        if char.isalnum():
            return char.islower()
        if char not in _OPEN_QUOTES and not char.isspace():
            return False
    return False


def ends_sentence(text: str) -> bool:
    """True when the text ends with sentence-final punctuation (closing quotes skipped)."""
    stripped = text.rstrip(" ”\"')*")
    return bool(stripped) and stripped[-1] in _TERMINAL


def _formula(text: str) -> bool:
    """A short line in capitals ending with a colon: an enacting formula (``QUYẾT ĐỊNH:``,
    ``CHỈ THỊ:``) or a heading that opens what follows."""
    stripped = text.rstrip()
    return 5 <= len(stripped) <= 31 and stripped[-1] == ":" and is_caps(stripped)


_LEADING_NUMBER = re.compile(r"(\d{1,4})(?!\d)")


_LABEL_WORD = re.compile(r"[ \t]*(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[ \t]*")
"""The word of an article's, a chapter's, a section's or a part's label, alone."""
_LABEL_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}(?!\d)|[IVXLC]{1,7}(?![^\W\d_])|thứ[ \t])")
"""What follows it on the next line: its number (``1.``, ``I``, ``thứ nhất``)."""


_REFERENCE_END = re.compile(r"[^\W\d_][ \t,]+Điều$")
"""A line that ends a sentence's reference on the word of an article (``Sửa đổi, bổ sung
Điều``, ``quy định tại Điều``): the number that follows on the next line is the
reference's, not a label.  Only ``Điều``: other words of labels end common words too
(``chi tiết``, ``danh mục``, ``thành phần``, ``thời điểm``)."""
_CLAUSE_END = re.compile(r"(?<![^\W\d_])(?:tại|của|theo)[ \t]+(?:khoản|điểm)[ \t]+[\w.,]{0,7}\w$")
_ARTICLE_ALONE = re.compile(r"Điều[ \t]+\d{1,3}[a-zđ]?[.;,]?")
"""An article's number alone on a line after a line that ends on a khoản or điểm
(``... tại khoản 3`` / ``Điều 1.``): the end of the reference a wrap cut, not a label."""
_LABEL_CUT_AFTER = 60
"""A line this long ran to the margin: a label word alone after it opens a label."""
_CUT_ORDINAL = re.compile(r"\d{1,3}|[IVXLC]{1,7}")
"""A label's number alone on its line, its stop cut off by an HTML span (``12`` / ``.``)."""
NUMBERED_SECTION = re.compile(r"(?:Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[ \t]+[IVXLC]{1,6}")
"""A chapter's, section's or part's label and its Roman numeral (``Chương II``): one an
HTML span cut goes on with the rest of its numeral (``I`` for ``Chương III``)."""
_OPENING_QUOTE = "“"
"""An opening quotation mark alone on its line opens the quotation of the line below (an
HTML span cut ``“`` from ``Điều 6. ...``, the new wording an amending article quotes); a
straight ``"`` alone may close one, and is left where it is."""


_LABEL_STOPS = frozenset(".):")
"""How a label ends when text follows it (``Điều 1.``, ``a)``, ``Điều 1:``)."""


def _bare_label(text: str) -> bool:
    """A line that holds a label and nothing else (``Điều 1.``, ``II.``, ``a)``)."""
    found = LABEL.match(text)
    return found is not None and not text[found.end() :].strip()


def _dangling(text: str) -> bool:
    stripped = text.rstrip()
    if stripped.endswith((",", "-", "–")):
        return True
    last = stripped.rsplit(" ", 1)[-1].casefold()
    return last in _DANGLING


def _wants_number(text: str, number: str) -> bool:
    """A line cut where ``number`` goes on with it, so it is no label: a date cut before its
    year (``... ngày 31 tháng 12 năm`` / ``2024.``, ``năm học`` / ``2024.``) or its month
    (``ngày 15 tháng`` / ``12 năm 2024.``), or a sentence cut after a word it cannot stop on
    (``từ năm 2021 đến`` / ``2025.``).  A list item ending on ``hằng năm`` or ``trong 15
    ngày`` is followed by a label: the number must fit the date, and ``ngày`` is no cut."""
    tail = _date_tail(text)
    if tail is None:
        return False
    if tail["year"]:
        return len(number) == 4 and number[:2] in ("19", "20")
    if tail["month"]:
        return len(number) <= 2 and 1 <= int(number) <= 12
    return True


def _date_tail(text: str) -> re.Match[str] | None:
    """``_DATE_TAIL.search`` over the end of ``text``, casefolded: searched for only after
    a word it ends with (:data:`_DATE_TAIL_LAST`)."""
    end = text[-40:].casefold()
    last = end.rsplit(None, 1)[-1:]
    return _DATE_TAIL.search(end) if last and last[0] in _DATE_TAIL_LAST else None


class _Paragraph:
    """A paragraph being built line by line; what the join rule needs is kept up to date
    so that joining stays linear however long the paragraph grows."""

    __slots__ = ("bare", "basis", "caps", "glued", "lines", "open_parens", "open_quotes", "parts")

    def __init__(self, line: Line, text: str, label: re.Match[str] | None) -> None:
        self.parts = [text]
        # the first line's label (``label``: LABEL's match of its first MAX_SCAN characters,
        # read once for the join rule) and whether it opens a legal basis, once asked
        if len(text) > MAX_SCAN:
            label = LABEL.match(text)
        self.bare = label is not None and not text[label.end() :].strip()
        self.basis: bool | None = None
        self.glued = [False]  # each part joined to the one before without a space
        self.lines = [line.number]
        self.caps = is_caps(text)
        self.open_parens = text.count("(") - text.count(")")
        self.open_quotes = text.count("“") - text.count("”")

    def closes_label(self, stop: str, *, after_sentence: bool) -> bool:
        """Take ``stop`` when the paragraph so far is a bare label that an HTML span cut
        from it (``Điều 5`` / ``.``, or ``12`` / ``.`` ``after_sentence``, the paragraph
        before it ended: not a unit's superscript, ``cm`` / ``2`` / ``.``): the label's text
        then follows on its line below."""
        if len(self.parts) == 1:
            if not self.bare and not (
                after_sentence and _CUT_ORDINAL.fullmatch(self.parts[0]) is not None
            ):
                return False
        elif not self._bare_pair():
            return False
        self.parts[-1] += stop
        if len(self.parts) == 1:
            self.bare = _bare_label(self.parts[0])
            self.basis = None
        return True

    def _cut_numeral(self, following: str) -> bool:
        """Whether ``following`` is the rest of a Roman numeral an HTML span cut from the
        label above (``Chương II`` / ``I``): glued, it reads one numeral (``III``)."""
        if len(self.parts) != 1 or NUMBERED_SECTION.fullmatch(self.parts[0]) is None:
            return False
        if _CUT_ORDINAL.fullmatch(following) is None or not following.isalpha():
            return False
        return roman_value(self.parts[0].rsplit(None, 1)[-1] + following) is not None

    def _bare_pair(self) -> bool:
        """Whether the paragraph is a label cut in two by its links (``Điều`` / ``5``)."""
        return len(self.parts) == 2 and _bare_label(" ".join(self.parts))

    def add(self, line: Line, text: str) -> None:
        last = self.parts[-1]
        self.glued.append(  # a number's symbol a wrap broke: "186/KH-" / "UBND"
            (
                last[-1:] in "-/"
                and text[:1] in _SYMBOL_GOES_ON
                and _BROKEN_SYMBOL.search(last[-40:]) is not None
            )
            or self._cut_numeral(text)
        )
        self.parts.append(text)
        self.lines.append(line.number)
        self.caps = self.caps and is_caps(text)
        self.open_parens += text.count("(") - text.count(")")
        self.open_quotes += text.count("“") - text.count("”")

    def opens_basis(self) -> bool:
        """Whether the paragraph opens a legal basis or a proposal (``Căn cứ ...``)."""
        if self.basis is None:
            self.basis = BASIS_OPENING.match(self.parts[0]) is not None
        return self.basis

    def joins(self, following: str, label: re.Match[str] | None, *, blank_between: bool) -> bool:
        """Whether ``following`` continues this paragraph (see the module doc); ``label``:
        LABEL's match of its first MAX_SCAN characters."""
        last = self.parts[-1]
        head = following[:MAX_SCAN]
        if self.open_parens > 0 and ")" in head[:40] and "(" not in head[:40]:
            return True  # "... (khóa" / "XI) ...": the parenthesis closes on the next line
        number = _LEADING_NUMBER.match(head)
        if number is not None and _wants_number(last, number[1]):
            return True  # "... năm" / "2024." or "2025;": a date cut before its year, no label
        if _LABEL_NUMBER.match(head) and _REFERENCE_END.search(last[-12:]):
            return True  # "Sửa đổi, bổ sung Điều" / "9": a link cut the reference's number
        if _ARTICLE_ALONE.fullmatch(following) and _CLAUSE_END.search(last[-24:]):
            return True  # "... tại khoản 3" / "Điều 1.": the article the reference names
        if _LABEL_WORD.fullmatch(following) and len(last) >= _LABEL_CUT_AFTER:
            return False  # "...;" / "Điều" / "3" / ".": a label cut apart by its links
        if len(self.parts) == 1 and _LABEL_WORD.fullmatch(last) and _LABEL_NUMBER.match(head):
            return True  # "**Điều" / "1. Phạm vi điều chỉnh**": a narrow cell cut the label
        if self._cut_numeral(following):
            return True  # "Chương II" / "I": one numeral, III
        if label or SECTION_START.match(head) or _formula(following):
            return False
        if self.bare if len(self.parts) == 1 else self._bare_pair():
            # "**Điều 1.**" / "Ban hành kèm theo ...": the label's text below it; a label
            # printed without its stop ("Điều 1" / "Ban hành ...") stays a paragraph alone
            return last.rstrip()[-1:] in _LABEL_STOPS or head.lstrip()[:1] in _LABEL_STOPS
        if ends_sentence(last):
            return False
        if self.caps and not starts_lower(following):
            return False
        if starts_lower(following) or self.open_parens > 0 or self.open_quotes > 0:
            return True
        if following[:1] in _GOES_ON:  # "63/2025/QH15" / ";": a link cut the sentence
            return True
        if _dangling(last):
            return True
        if not blank_between and self.opens_basis() and not BASIS_OPENING.match(head):
            return True  # a legal basis or proposal goes on to its ";" or "." (a narrow cell)
        return not blank_between and len(last) >= 60

    def block(self) -> Block:
        if not any(self.glued):
            starts = []
            offset = 0
            for part in self.parts:
                starts.append(offset)
                offset += len(part) + 1
            return Block(" ".join(self.parts), starts, self.lines)
        pieces: list[str] = []
        starts = []
        for part, glued in zip(self.parts, self.glued, strict=True):
            if pieces and not glued:
                pieces.append(" ")
            starts.append(sum(map(len, pieces)))
            pieces.append(part)
        return Block("".join(pieces), starts, self.lines)


class Block:
    """A paragraph: text joined from one or more lines, and where each line starts in it."""

    __slots__ = ("_lines", "_starts", "text")

    def __init__(self, text: str, starts: Sequence[int], lines: Sequence[int]) -> None:
        self.text = text
        self._starts = tuple(starts)
        self._lines = tuple(lines)

    @property
    def line(self) -> int:
        """The input line the paragraph starts on."""
        return self._lines[0]

    def line_at(self, offset: int) -> int:
        """The input line of the character at ``offset`` in :attr:`text`."""
        index = bisect.bisect_right(self._starts, offset) - 1
        return self._lines[max(index, 0)]

    def followed_by(self, other: Block) -> Block:
        """This paragraph with ``other`` after it, a space between (a sentence broken
        where a paragraph could end, ``...;`` / ``số 118/2025/NĐ-CP ...``)."""
        offset = len(self.text) + 1
        return Block(
            f"{self.text} {other.text}",
            self._starts + tuple(offset + start for start in other._starts),
            self._lines + other._lines,
        )

    def with_text(self, text: str) -> Block:
        """The same lines with the text replaced (offsets kept; used for trimmed copies)."""
        return Block(text, self._starts, self._lines)

    def __repr__(self) -> str:
        return f"Block(line={self.line}, text={self.text[:40]!r})"


def paragraphs(lines: Iterable[Line], diagnostics: Diagnostics | None = None) -> list[Block]:
    """Group lines into paragraphs, joining wrapped lines and page breaks."""
    return [paragraph.block() for paragraph in _grouped(lines, diagnostics)]


def first_paragraphs(lines: Iterable[Line], count: int) -> list[Block]:
    """The first ``count`` paragraphs of :func:`paragraphs`, reading no line beyond them
    (and saying nothing: a look at the opening, not the reading)."""
    return [paragraph.block() for paragraph in itertools.islice(_grouped(lines, None), count)]


def _grouped(lines: Iterable[Line], diagnostics: Diagnostics | None) -> Iterator[_Paragraph]:
    """Each paragraph once it is whole: when the next one starts, or the lines end."""
    current: _Paragraph | None = None
    blank_between = False
    quote, held = "", None  # an opening quotation mark alone on the line above, its line
    ended = True  # whether the paragraph before the current one ended its sentence
    for line in lines:
        text = squash(line.text) if line.text else ""  # half the lines are blank
        if not text:
            blank_between = True
            continue
        if text == _OPENING_QUOTE:
            quote, held = quote + text, line
            continue  # "“" / "Điều 6. ...": it opens the quotation below
        text, quote = quote + text, ""
        if text in (".", ":"):  # a stop on a line of its own
            if current is not None and current.closes_label(text, after_sentence=ended):
                blank_between = False
            continue  # "Điều 5" / "." takes it ("Điều 5."); elsewhere it is a speck
        label = LABEL.match(text[:MAX_SCAN])  # read once: for the join and the paragraph
        if current is not None and current.joins(text, label, blank_between=blank_between):
            if blank_between and diagnostics is not None:
                diagnostics.info(
                    line.number,
                    "page-break-joined",
                    "a paragraph broken by a blank line in mid-sentence was joined back",
                )
            current.add(line, text)
        else:
            if current is not None:
                ended = ends_sentence(current.parts[-1])
                yield current
            current = _Paragraph(line, text, label)
        blank_between = False
    if quote and held is not None:  # nothing below it: kept where it was printed
        if current is not None:
            yield current
        current = _Paragraph(held, quote, None)
    if current is not None:
        yield current
