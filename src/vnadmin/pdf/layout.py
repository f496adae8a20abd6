"""A PDF's characters and drawings as the page blocks of :mod:`vnadmin.pages.blocks`.

A PDF keeps no paragraphs, cells or reading order, only glyphs at positions; the layout is
rebuilt from them:

- characters on one baseline make a line, a space where the gap says so; runs follow the
  font (a subset's ``ABCDEF+`` prefix dropped, bold and italic read from its name);
- page furniture goes: page numbers and lines repeated at the same place on several pages
  (running headers and footers) in the top and bottom margins, and footnotes, the smaller
  lines under the short rule Word draws above them;
- the header's two columns are found as the widest vertical gap no character crosses in the
  lines at the top of the first page, and become a two-cell table; so do the ``Nơi nhận``
  list and the signature beside it;
- blocks side by side at the end of a page's text (two parties' signatures, a consolidated
  text's authentication beside its number) become a two-cell table too;
- a signing tool's stamp drawn alone (its signer, agency and time) stands apart, line by
  line, where it is;
- ruled tables (a task table) are read cell by cell where pdfplumber finds their grid; in
  a ``Nơi nhận`` table, a narrow column of the items' dashes joins the cell beside it;
- the other lines are grouped into paragraphs at a label (``1.``, ``a)``, ``-``), a first-line
  indent (from where the paragraph's wrapped lines start: an item's text may hang under its
  label), a wider gap, or after a short line that ends a sentence; a centred title's or
  subject's lines go on as the lines of one paragraph.
"""

from __future__ import annotations

import bisect
import itertools
import re
import statistics
from collections.abc import Collection, Iterable, Iterator, Sequence

import attrs

from vnadmin.grammar.labels import LABEL
from vnadmin.grammar.marks import AUTHORITY_LINE
from vnadmin.grammar.subjects import VV
from vnadmin.normalize import fold
from vnadmin.pages.blocks import Block, Cell, Para, Run, Table
from vnadmin.presentation import Alignment

__all__ = ["Box", "Char", "Drawn", "PageText", "TableText", "page_blocks"]

_PAGE_NUMBER = re.compile(r"[-–—(\s]*(?:trang\s*)?\d{1,4}(?:\s*/\s*\d{1,4})?[-–—)\s]*", re.I)
_BULLETS = ("-", "+", "•", "–", "*")
_SENTENCE_END = (".", ";", ":", "!", "?", "…")
_FURNITURE = 0.1  # of the page height: the top and bottom bands where furniture stands
_HYPHENATED = re.compile(r"\w[-‐]$")
"""A line broken after a hyphen inside a word or number (``114-`` / ``KL/TW``): joined
without a space."""


@attrs.frozen
class Char:
    """A glyph: its text, box (points, from the top left), font family, weight, style and
    size; ``stamped`` when a form field's appearance draws it (a signing tool's stamp),
    not the page."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    font: str | None
    bold: bool
    italic: bool
    size: float
    stamped: bool = False


@attrs.frozen
class Drawn:
    """A horizontal line drawn on the page: a rule."""

    x0: float
    x1: float
    y: float


Box = tuple[float, float, float, float]
"""A rectangle on the page: x0, top, x1, bottom, in points from the top left."""


@attrs.frozen
class TableText:
    """A ruled table (the grid pdfplumber finds, or a framed box such as a stamp): its box
    and its cells' boxes, row by row (``None`` where a merged cell goes on)."""

    x0: float
    x1: float
    top: float
    bottom: float
    rows: tuple[tuple[Box | None, ...], ...]


@attrs.frozen
class PageText:
    """What a page gives: its number (from 1), size in points, glyphs, rules and tables."""

    number: int
    width: float
    height: float
    chars: tuple[Char, ...]
    drawn: tuple[Drawn, ...] = ()
    tables: tuple[TableText, ...] = ()


@attrs.define
class _Line:
    chars: list[Char]
    page: int

    @property
    def top(self) -> float:
        return min(c.top for c in self.chars)

    @property
    def bottom(self) -> float:
        return max(c.bottom for c in self.chars)

    @property
    def x0(self) -> float:
        return min(c.x0 for c in self.chars)

    @property
    def x1(self) -> float:
        return max(c.x1 for c in self.chars)

    @property
    def size(self) -> float:
        return statistics.median(c.size for c in self.chars)

    @property
    def text(self) -> str:
        return "".join(text for text, _ in _spaced(self.chars)).strip()


def _spaced(chars: Sequence[Char]) -> Iterator[tuple[str, Char]]:
    """The characters with the spaces their gaps stand for: a run of space glyphs narrower
    than two letters is one space between words (``Độc  lập  -   Tự do``, spaced out to
    fill a line), a wider one a gap, kept."""
    previous: Char | None = None
    spaces_from: float | None = None  # where the run of spaces this one goes on started
    for char in chars:
        if char.text.isspace():
            if spaces_from is None:
                spaces_from = char.x0
            elif char.x1 - spaces_from < 2 * max(char.size, 1.0):
                previous = char
                continue
        else:
            spaces_from = None
        if (
            previous is not None
            and not previous.text.isspace()
            and not char.text.isspace()
            and char.x0 - previous.x1 > 0.18 * max(char.size, 1.0)
        ):
            yield " ", previous
        yield char.text, char
        previous = char


def _lines(chars: Iterable[Char], page: int) -> list[_Line]:
    """Characters on one baseline, left to right; lines top to bottom."""
    lines: list[_Line] = []
    for char in sorted(chars, key=lambda c: (round(c.bottom, 1), c.x0)):
        if lines and abs(char.bottom - lines[-1].chars[-1].bottom) <= 0.35 * char.size:
            lines[-1].chars.append(char)
        else:
            lines.append(_Line([char], page))
    kept = []
    for line in lines:
        line.chars.sort(key=lambda c: c.x0)
        line.chars = _trimmed(_unhidden(line.chars))
        if line.chars:
            kept.append(line)
    return kept


_LEGIBLE = 2.0
"""Points: a glyph set smaller is no print anyone reads (a signing tool's anchor, a
one-point letter under the signer's name that would open it)."""


def _legible(char: Char) -> bool:
    return not 0 < char.size < _LEGIBLE


def _trimmed(chars: list[Char]) -> list[Char]:
    """``chars`` without the spaces they open or end with."""
    start, end = 0, len(chars)
    while start < end and chars[start].text.isspace():
        start += 1
    while end > start and chars[end - 1].text.isspace():
        end -= 1
    return chars[start:end]


def _unhidden(chars: list[Char]) -> list[Char]:
    """A line's glyphs (left to right) without the spaces whose middle stands inside a
    letter's box, a space another run of text draws over a word (``CỘ NG``): a space is a
    gap between words only where it stands between them."""
    letters = [c for c in chars if not c.text.isspace()]
    starts = [c.x0 for c in letters]  # left to right: those starting left of x, a prefix
    reach = list(itertools.accumulate((c.x1 for c in letters), max))  # the prefix's right

    def hidden(space: Char) -> bool:
        middle = (space.x0 + space.x1) / 2
        before = bisect.bisect_left(starts, middle)  # the letters with x0 < middle
        return before > 0 and reach[before - 1] > middle

    return [char for char in chars if not char.text.isspace() or not hidden(char)]


def page_blocks(pages: Sequence[PageText]) -> tuple[list[Block], list[str]]:
    """The blocks of a document's pages in reading order, and what was left out (page
    numbers, running lines, footnotes) as remarks."""
    remarks: list[str] = []
    per_page: list[tuple[PageText, list[_Line]]] = []
    shown = [attrs.evolve(page, chars=tuple(filter(_legible, page.chars))) for page in pages]
    unseen = sum(len(page.chars) for page in pages) - sum(len(page.chars) for page in shown)
    if unseen:
        remarks.append(
            f"tiny-glyphs-removed: {unseen} glyph(s) set under {_LEGIBLE:g} points left out"
        )
    pages = shown
    for page in pages:
        chars = [c for c in page.chars if not any(_in(c, t) for t in page.tables)]
        per_page.append((page, _lines(chars, page.number)))
    _drop_furniture(per_page, remarks)
    items: list[tuple[int, float, Block]] = []
    for position, (page, lines) in enumerate(per_page):
        items.extend(_stamps(lines, page))
        per_page[position] = (page, [line for line in lines if not _stamped(line)])
    footer_page = _footer_page(per_page)
    body: list[_Line] = []
    for index, (page, lines) in enumerate(per_page):
        if index == 0:
            header, lines = _columns_at_top(lines, page)
            if header is not None:
                items.append((page.number, *header))
        if page.number == footer_page:
            footer, lines = _columns_at_foot(lines, page)
            if footer is not None:
                items.append((page.number, *footer))
        columns, lines = _side_by_side(lines, page)
        if columns is not None:
            items.append((page.number, *columns))
        items.extend(
            (page.number, table.top, _table(table, page, n))
            for n, table in enumerate(page.tables, 1)
        )
        body.extend(lines)
    by_number = {page.number: page for page in pages}
    items.extend(_paragraphs(body, by_number))
    blocks = [block for _, _, block in sorted(items, key=lambda item: (item[0], item[1]))]
    return blocks, remarks


def _stamped(line: _Line) -> bool:
    return all(char.stamped for char in line.chars)


def _stamps(lines: list[_Line], page: PageText) -> Iterator[tuple[int, float, Para]]:
    """The lines a signing tool's stamp draws alone (its signer, agency, time), a paragraph
    of lines for each run of them, where it stands: apart from the header's columns and
    the signature it lies over, as a viewer shows it.  A stamp on a line of the page's own
    text (a number filling the blank of ``Số:``) stays on it."""
    runs = [list(run) for stamped, run in itertools.groupby(lines, key=_stamped) if stamped]
    for run in runs:
        where = f"page {page.number}, stamp"
        yield page.number, run[0].top, _para(run, page, where, _extent(run), range(1, len(run)))


def _in(char: Char, table: TableText) -> bool:
    """Whether ``char``'s middle lies in ``table`` (or a cell): a glyph across a cell's edge
    (a line's first letter set against the rule) belongs to the cell that holds most of it,
    and to one cell only, the right edge left out."""
    across, down = (char.x0 + char.x1) / 2, (char.top + char.bottom) / 2
    return table.x0 <= across < table.x1 and table.top <= down <= table.bottom


# Page furniture -------------------------------------------------------------------------------


def _drop_furniture(per_page: list[tuple[PageText, list[_Line]]], remarks: list[str]) -> None:
    numbers = running = notes = 0
    seen: dict[str, set[int]] = {}
    for page, lines in per_page:
        for line in lines:
            if _in_band(line, page):
                seen.setdefault(_running_key(line.text), set()).add(page.number)
    repeated = {key for key, found in seen.items() if len(found) >= 2 and key}
    for position, (page, lines) in enumerate(per_page):
        kept: list[_Line] = []
        for line in lines:
            if _in_band(line, page) and _PAGE_NUMBER.fullmatch(line.text):
                numbers += 1
            elif _in_band(line, page) and _running_key(line.text) in repeated:
                running += 1
            else:
                kept.append(line)
        footnotes = _footnotes(kept, page)
        notes += len(footnotes)
        per_page[position] = (
            page,
            [line for line in kept if not any(line is f for f in footnotes)],
        )
    if numbers:
        remarks.append(f"page-numbers-removed: {numbers} page number(s) left out")
    if running:
        remarks.append(
            f"running-lines-removed: {running} running header or footer line(s) left out"
        )
    if notes:
        remarks.append(f"footnotes-removed: {notes} footnote line(s) left out")


def _in_band(line: _Line, page: PageText) -> bool:
    band = _FURNITURE * page.height
    return line.bottom <= band or line.top >= page.height - band


def _running_key(text: str) -> str:
    return re.sub(r"\d+", "#", fold(text)).strip()


def _footnotes(lines: list[_Line], page: PageText) -> list[_Line]:
    """The lines under a footnote separator: a short rule in the lower part of the page with
    only smaller text under it."""
    if not lines:
        return []
    body = statistics.median(line.size for line in lines)
    left = min(line.x0 for line in lines)
    for rule in sorted(page.drawn, key=lambda d: d.y):
        short = rule.x1 - rule.x0 < 0.4 * page.width and abs(rule.x0 - left) < 0.05 * page.width
        if not short or rule.y < 0.6 * page.height:
            continue
        under = [line for line in lines if line.top >= rule.y]
        if under and all(line.size < body - 0.9 for line in under):
            return under
    return []


# Columns --------------------------------------------------------------------------------------


def _river(lines: Sequence[_Line], left: float, right: float) -> tuple[float, float] | None:
    """The widest vertical gap between ``left`` and ``right`` (a fifth in from each) that no
    character of ``lines`` crosses, at least 6 pt wide."""
    span = right - left
    low, high = left + 0.2 * span, left + 0.8 * span
    covered = sorted((c.x0, c.x1) for line in lines for c in line.chars if not c.text.isspace())
    best: tuple[float, float] | None = None
    reach = left
    for x0, x1 in [*covered, (right, right)]:  # the last: the gap after every character
        if x0 > reach:
            gap = (max(reach, low), min(x0, high))
            if gap[1] - gap[0] >= 6 and (best is None or gap[1] - gap[0] > best[1] - best[0]):
                best = gap
        reach = max(reach, x1)
    return best


def _sides(line: _Line, split: float) -> tuple[list[Char], list[Char]]:
    """The glyphs of ``line`` left and right of ``split``, each side without the spaces
    that open or end it (a column's last word is no wider for the gap after it)."""
    middle = [c for c in line.chars if c.x0 < split < c.x1 and not c.text.isspace()]
    if middle:
        raise ValueError("crosses")
    return (
        _trimmed([c for c in line.chars if c.x1 <= split]),
        _trimmed([c for c in line.chars if c.x0 >= split]),
    )


def _columns_at_top(
    lines: list[_Line], page: PageText
) -> tuple[tuple[float, Table] | None, list[_Line]]:
    """The header's two columns, as a table of one row, and the lines after it."""
    if len(lines) < 2:
        return None, lines
    left, right = _extent(lines)
    zone: list[_Line] = []
    river: tuple[float, float] | None = None
    for line in lines:
        if fold(line.text).startswith(("kinh gui", "dong kinh gui")):
            break
        trial = _river([*zone, line], left, right)
        if trial is None or (river is not None and not _beside(line, trial, left, right)):
            break
        zone.append(line)
        river = trial
    two_sided = (
        river is not None and any(line.x0 < river[0] and line.x1 > river[1] for line in zone)
    ) or (river is not None and {_side(line, river) for line in zone} >= {"left", "right"})
    if river is None or len(zone) < 2 or not two_sided:
        return None, lines
    split = (river[0] + river[1]) / 2
    table = _two_columns(zone, split, page, "header")
    return (zone[0].top, table), lines[len(zone) :]


def _side(line: _Line, river: tuple[float, float]) -> str:
    if line.x1 <= river[0] + 0.5:
        return "left"
    if line.x0 >= river[1] - 0.5:
        return "right"
    return "both"


def _beside(line: _Line, river: tuple[float, float], left: float, right: float) -> bool:
    """A line on one side of the river stands in that column, not centred on the page (a
    kind name such as ``CHỈ THỊ`` is centred on the page, not in the right column)."""
    side = _side(line, river)
    if side == "both":
        return True
    middle = (line.x0 + line.x1) / 2
    column = (left + river[0]) / 2 if side == "left" else (river[1] + right) / 2
    return abs(middle - column) < abs(middle - (left + right) / 2)


def _two_columns(zone: Sequence[_Line], split: float, page: PageText, name: str) -> Table:
    """``zone`` split at ``split`` into a table of one row and two cells, a line a
    paragraph."""
    left_lines: list[_Line] = []
    right_lines: list[_Line] = []
    for line in zone:
        try:
            on_left, on_right = _sides(line, split)
        except ValueError:
            (left_lines if (line.x0 + line.x1) / 2 < split else right_lines).append(line)
            continue
        if on_left:
            left_lines.append(_Line(on_left, line.page))
        if on_right:
            right_lines.append(_Line(on_right, line.page))
    cells = tuple(
        Cell(
            tuple(
                _para(group, page, f"page {page.number}, {name}, {side} column", _extent(column))
                for group in _cell_paragraphs(column)
            )
        )
        for side, column in (("left", left_lines), ("right", right_lines))
    )
    return Table(rows=(cells,), where=f"page {page.number}, {name}")


def _cell_paragraphs(lines: list[_Line]) -> list[list[_Line]]:
    """A column's lines as paragraphs: a line goes on the one above when it continues it
    (it opens in lower case or with a digit after a line that ends no sentence, or both
    are in capitals and the one above fills the column: a wrapped name; or the paragraph
    is a công văn's ``V/v`` summary, whose wraps may open with a name) and nothing starts
    a new one (a label, a dash, a signing mark, a change of weight or size, a wider gap);
    an issuer over its parent body, a signature's lines, each entry of ``Nơi nhận``, a
    stamp's lines stay apart."""
    if not lines:
        return []
    left, right = _extent(lines)
    groups: list[list[_Line]] = [[lines[0]]]
    for line in lines[1:]:
        previous = groups[-1][-1]
        text = line.text
        full = previous.x1 - previous.x0 >= 0.9 * (right - left)
        wrapped = (
            _continues(text, previous.text)
            or (full and _capitals(previous.text) and _capitals(text))
            or VV.match(groups[-1][0].text) is not None  # a summary's wraps: ... của / Quyết định
        )
        apart = (
            not wrapped
            or line.top - previous.bottom > 0.8 * line.size
            or LABEL.match(text[:400]) is not None
            or text.startswith(_BULLETS)
            or AUTHORITY_LINE.match(text) is not None
            or AUTHORITY_LINE.match(previous.text) is not None
            or _style(previous.chars[-1]) != _style(line.chars[0])
        )
        if apart:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def _continues(text: str, before: str) -> bool:
    """A line that goes on the line above: it opens in lower case or with a digit, after a
    line that ends no sentence and is no heading in capitals."""
    return (
        (text[:1].islower() or text[:1].isdigit())
        and not before.endswith(_SENTENCE_END)
        and not _capitals(before)
    )


def _capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return bool(letters) and all(char.isupper() for char in letters)


def _style(char: Char) -> tuple[bool, bool, float]:
    return char.bold, char.italic, round(char.size)


def _extent(lines: Sequence[_Line]) -> tuple[float, float]:
    if not lines:
        return 0.0, 1.0
    return min(line.x0 for line in lines), max(line.x1 for line in lines)


def _footer_page(per_page: list[tuple[PageText, list[_Line]]]) -> int | None:
    found = None
    for page, lines in per_page:
        if any("noi nhan" in fold(line.text) for line in lines):
            found = page.number
    return found


def _columns_at_foot(
    lines: list[_Line], page: PageText
) -> tuple[tuple[float, Table] | None, list[_Line]]:
    """The ``Nơi nhận`` list and the signature beside it, as a table of one row."""
    start = max(i for i, line in enumerate(lines) if "noi nhan" in fold(line.text))
    left, right = _extent(lines)
    zone = lines[start:]
    river = _river(zone, left, right)
    if river is None:
        return None, lines
    while start > 0 and _side(lines[start - 1], river) == "right":
        start -= 1
    zone = lines[start:]
    river = _river(zone, left, right)
    if river is None:
        return None, lines
    split = (river[0] + river[1]) / 2
    kept: list[_Line] = []
    for line in zone:
        if any(c.x0 < split < c.x1 and not c.text.isspace() for c in line.chars):
            break
        kept.append(line)
    table = _two_columns(kept, split, page, "signature")
    return (kept[0].top, table), lines[:start] + lines[start + len(kept) :]


def _side_by_side(
    lines: list[_Line], page: PageText
) -> tuple[tuple[float, Table] | None, list[_Line]]:
    """Blocks printed side by side at the end of a page's text, as a table of one row, and
    the lines above them: where a line holds a gap no sentence has (wider than three
    letters) and the lines from it to the page's last keep to either side of that gap, they
    are two columns (the signatures of two parties, a consolidated text's authentication
    beside its number), read one column after the other.  Pairs set out by tabs in the text
    (``- Ông ...`` / ``Chức vụ: ...``) stay lines."""
    left, right = _extent(lines)
    # a zone down to the last line parts where all the lines from its first do; the more
    # lines, the narrower their river: where the lines from one have none, those from any
    # line above have none either, so the search starts at the first that has one
    start = bisect.bisect_left(
        range(len(lines)), True, key=lambda at: _river(lines[at:], left, right) is not None
    )
    for at in range(start, len(lines)):
        zone = _beside_zone(lines[at:], left, right)
        if zone is not None and at + len(zone[0]) == len(lines):  # down to the page's last
            zone_lines, split = zone
            table = _two_columns(zone_lines, split, page, "columns 1")
            return (zone_lines[0].top, table), lines[:at]
    return None, lines


def _beside_zone(lines: list[_Line], left: float, right: float) -> tuple[list[_Line], float] | None:
    """The lines from the first of ``lines`` that stand in two columns, and where they
    part; ``None`` unless the first line has a gap wider than three letters and two of
    them stand on both sides."""
    first = lines[0]
    wide = 3 * first.size  # a median over the line's glyphs: once, not per pair of them
    gaps = [
        (a.x1, b.x0)
        for a, b in itertools.pairwise(c for c in first.chars if not c.text.isspace())
        if b.x0 - a.x1 > wide
    ]
    if not gaps:
        return None
    river = max(gaps, key=lambda gap: gap[1] - gap[0])
    zone = [first]
    for line in lines[1:]:
        if line.top - zone[-1].bottom > 12 * line.size:  # room for a signature, no more
            break
        trial = _river([*zone, line], left, right)
        if trial is None or trial[1] < river[0] or trial[0] > river[1]:
            break
        if not _beside(line, trial, left, right):
            break
        zone.append(line)
        river = trial
    both = sum(1 for line in zone if line.x0 < river[0] and line.x1 > river[1])
    if len(zone) < 2 or both < 2:
        return None
    return zone, (river[0] + river[1]) / 2


# Paragraphs ---------------------------------------------------------------------------------------


def _paragraphs(
    lines: list[_Line], pages: dict[int, PageText]
) -> Iterator[tuple[int, float, Para]]:
    """The body's lines, page after page, as paragraphs: a paragraph goes on over a page
    break when nothing starts a new one at the top of the next page."""
    if not lines:
        return
    left, right = _margins(lines)
    pitches = sorted(
        b.top - a.top for a, b in itertools.pairwise(lines) if b.page == a.page and b.top > a.top
    )
    pitch = pitches[len(pitches) // 4] if pitches else 0.0  # a line's, not a paragraph's
    groups: list[list[_Line]] = []
    broken: list[set[int]] = []  # each paragraph's lines printed after a line break
    wraps_at: float | None = None  # where the paragraph's later lines start, the leftmost
    for line in lines:
        if groups and not _starts(line, groups[-1], wraps_at, (left, right), pitch):
            previous = groups[-1][-1]
            if _centred(previous, left, right) and not _continues(line.text, previous.text):
                broken[-1].add(len(groups[-1]))
            groups[-1].append(line)
            wraps_at = line.x0 if wraps_at is None else min(wraps_at, line.x0)
        else:
            groups.append([line])
            broken.append(set())
            wraps_at = None
    for group, breaks in zip(groups, broken, strict=True):
        first = group[0]
        number = sum(1 for line in lines if line.page == first.page and line.top <= first.top)
        where = f"page {first.page}, line {number}"
        page = pages[group[-1].page]
        yield first.page, first.top, _para(group, page, where, (left, right), breaks)


def _margins(lines: Sequence[_Line]) -> tuple[float, float]:
    """Where the body's lines start and end: the leftmost start, and the end most long lines
    reach (a justified body's right edge, whatever a wider table or drawing does)."""
    left = min(line.x0 for line in lines)
    widest = max(line.x1 for line in lines) - left
    ends = sorted(round(line.x1) for line in lines if line.x1 - left > 0.6 * widest)
    return left, float(ends[len(ends) // 2]) if ends else left + widest


def _starts(
    line: _Line,
    group: list[_Line],
    wraps_at: float | None,
    edges: tuple[float, float],
    pitch: float,
) -> bool:
    """Whether ``line`` opens a paragraph after ``group``, the paragraph so far, whose lines
    after the first start at ``wraps_at`` or further right (``None`` for one line)."""
    left, right = edges
    previous = group[-1]
    text, before = line.text, previous.text
    size = line.size
    if (
        line.page == previous.page and pitch and line.top - previous.top > 1.25 * pitch
    ):  # 6 pt or more between paragraphs
        return True
    if text.startswith(_BULLETS) and _wrapped_before_dash(line, previous, wraps_at, right):
        return False
    if LABEL.match(text[:400]) or text.startswith(_BULLETS):
        return True
    if _capitals(before) and not _capitals(text):
        return True  # a heading in capitals ends (CHỈ THỊ, then its subject)
    if _continues(text, before):
        return False  # a paragraph opens in capitals: this line goes on
    if _centred(previous, left, right) and _centred(line, left, right):
        return _capitals(text) != _capitals(before) or AUTHORITY_LINE.match(text) is not None
    if previous.x1 < right - 6 * size:  # a short line ends its paragraph: wraps fill the line
        return True
    if previous.x0 > left + 2 * size and previous.x1 < right - 2 * size:  # a centred line's last
        return True
    if before.endswith(_SENTENCE_END) and _indented(line, group[0], wraps_at, left):
        return True
    return abs(size - previous.size) > 1


def _centred(line: _Line, left: float, right: float) -> bool:
    """A line centred between ``left`` and ``right``, in from both by more than a letter: a
    title's or a subject's, whose lines go on at the same pitch (each printed on a line of
    its own: ``Về việc cho phép ... (cũ),`` / ``Đoàn Luật sư ...``)."""
    middle = (line.x0 + line.x1) / 2
    return (
        abs(middle - (left + right) / 2) < 0.06 * (right - left)
        and line.x0 > left + line.size
        and line.x1 < right - line.size
    )


def _indented(line: _Line, first: _Line, wraps_at: float | None, left: float) -> bool:
    """Whether ``line`` starts at a first-line indent: further right than where the
    paragraph's wrapped lines start.  After a paragraph of one line, further right than the
    left edge; where that line opens with a label or a dash, only at the label's own indent,
    a new paragraph's (``c) ... quyết định.`` / ``Đối với ...``), since wrapped lines may
    hang under its text (``4. Tổ chức ...`` / ``đoạn 2021-2025 ...``)."""
    size = line.size
    if wraps_at is not None:
        return line.x0 > wraps_at + 0.8 * size
    if LABEL.match(first.text[:400]) or first.text.startswith(_BULLETS):
        return line.x0 > left + 0.8 * size and abs(line.x0 - first.x0) < 0.8 * size
    return line.x0 > left + 0.8 * size


def _wrapped_before_dash(
    line: _Line, previous: _Line, wraps_at: float | None, right: float
) -> bool:
    """Whether a line that opens with a dash is a wrap inside a phrase, not a new item: the
    line above fills the measure and stops on no punctuation (``... các đoàn thể chính
    trị`` / ``- xã hội và Nhân dân ...``), and this line starts where the paragraph's
    wrapped lines start."""
    return (
        wraps_at is not None  # never for a paragraph of one line
        and abs(line.x0 - wraps_at) < 0.5 * line.size
        and previous.x1 > right - 2 * previous.size
        and not previous.text.rstrip().endswith(_SENTENCE_END)
    )


def _para(
    lines: list[_Line],
    page: PageText,
    where: str,
    bounds: tuple[float, float],
    broken: Collection[int] = (),
) -> Para:
    """``lines`` as a paragraph: wrapped lines, but for those whose index is in ``broken``,
    printed after a line break."""
    runs: list[Run] = []
    for index, line in enumerate(lines):
        if index in broken:
            runs.append(Run(text="\n"))
        elif index and not _HYPHENATED.search(lines[index - 1].text):
            runs.append(Run(text=" "))  # a wrapped line: the paragraph goes on
        runs.extend(_runs(line.chars))
    last = lines[-1]
    return Para(
        runs=tuple(_merged(runs)),
        where=where,
        alignment=_alignment(lines, *bounds),
        border_below=any(
            0 <= d.y - last.bottom <= max(last.size, 6) and d.x0 < last.x1 and d.x1 > last.x0
            for d in page.drawn
        ),
    )


def _runs(chars: Sequence[Char]) -> Iterator[Run]:
    for text, char in _spaced(chars):
        yield Run(
            text=text,
            font=char.font,
            size=round(char.size * 2) / 2,
            bold=char.bold,
            italic=char.italic,
        )


def _merged(runs: Iterable[Run]) -> Iterator[Run]:
    current: Run | None = None
    for run in runs:
        if current is not None and (run.text.isspace() or _same_style(current, run)):
            current = attrs.evolve(current, text=current.text + run.text)
            continue
        if current is not None:
            yield current
        current = run
    if current is not None:
        yield current


def _same_style(one: Run, other: Run) -> bool:
    return (one.font, one.size, one.bold, one.italic) == (
        other.font,
        other.size,
        other.bold,
        other.italic,
    )


def _alignment(lines: list[_Line], left: float, right: float) -> Alignment | None:
    """How the lines stand between ``left`` and ``right``: centred when each is as far from
    both; justified when all but the last reach both; left when they start at ``left`` (or
    its first-line indent) and some stop short; unknown for a single line that fills
    neither way."""
    width = right - left
    centre = (left + right) / 2
    if all(
        abs((line.x0 + line.x1) / 2 - centre) < 0.06 * width and line.x1 - line.x0 < 0.9 * width
        for line in lines
    ):
        return Alignment.CENTER
    if len(lines) < 2:
        return None
    if all(abs(line.x1 - right) < 3 for line in lines[:-1]):
        return Alignment.JUSTIFY
    if all(line.x0 - left < 2 * line.size for line in lines):
        return Alignment.LEFT
    return None


def _table(table: TableText, page: PageText, number: int) -> Table:
    where = f"page {page.number}, table {number}"
    listing = any(
        "noi nhan" in fold(line.text)
        for line in _lines((ch for ch in page.chars if _in(ch, table)), page.number)
    )
    rows = []
    for r, row in enumerate(table.rows, 1):
        held = [
            (c, box, [ch for ch in page.chars if _in(ch, _cell(box))])
            for c, box in enumerate(row, 1)
            if box is not None
        ]
        cells = []
        for c, box, chars in _dashes_joined(held, page.number) if listing else held:
            place = f"{where}, row {r}, cell {c}"
            groups = _cell_paragraphs(_lines(chars, page.number))
            cells.append(
                Cell(tuple(_para(group, page, place, (box[0], box[2])) for group in groups))
            )
        rows.append(tuple(cells))
    return Table(rows=tuple(rows), where=where, bordered=True)


def _cell(box: Box) -> TableText:
    x0, top, x1, bottom = box
    return TableText(x0=x0, x1=x1, top=top, bottom=bottom, rows=())


_Held = tuple[int, Box, list[Char]]
"""A cell of a ruled table's row: its column, its box and the glyphs it holds."""


def _dashes_joined(held: list[_Held], page: int) -> list[_Held]:
    """A ``Nơi nhận`` table's row with its items' dashes in a narrow cell of their own (a
    rule drawn just after them: pdfplumber makes it a column, and an item's first letter
    may fall left of it) joined to the cell after it, so that each item is read whole."""
    joined: list[_Held] = []
    for column, box, chars in held:
        if joined and _dash_column(joined[-1][2], page):
            column, (x0, top, _, bottom), before = joined.pop()
            box = (x0, min(top, box[1]), box[2], max(bottom, box[3]))
            chars = [*before, *chars]
        joined.append((column, box, chars))
    return joined


def _dash_column(chars: list[Char], page: int) -> bool:
    """Whether a cell holds only dashes opening items, each with at most a letter or two
    of the item's first word beside it."""
    texts = [line.text.strip() for line in _lines(chars, page)]
    texts = [text for text in texts if text]
    return bool(texts) and all(
        text.startswith(_BULLETS) and len(text.replace(" ", "")) <= 3 for text in texts
    )
