"""Task tables: tasks printed as the rows of a table, one task per row.

Plans and conclusions print their tasks in tables with columns such as ``STT | Nội dung
| Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành``.  A table is a task table
when its heading row names a content column and a column that says who or when (the
column names are :mod:`vnadmin.text.fields`' vocabulary); every other table (a member
list, the procedures of an annex) is left to the paragraphs.  Each row is a task: its
number cell is its label (``1`` reads ``1.``, ``I`` reads ``I.``), its content cell its
text, and the other cells its lead, cooperating units and deadline.  A row without a
number or content continues the cells of the row above (a cell wrapped over two rows), a
heading row printed again after a page break is skipped, and rows numbered ``I``, ``II``
group the numbered rows under them.

Tables reach the reader in four shapes, found here over the lines of the body:

- markdown rows (``| 1 | Ban hành kế hoạch | Sở Nội vụ | Quý II/2025 |``), read from the
  input lines (the clean-up reads markdown tables column by column for header tables);
- HTML tables (``<table><tr><td>...``, one or many lines), read with lxml;
- rows of cells separated by tabs or by runs of spaces (``pdftotext -layout``), a row's
  number on its first line or centred on its middle one, with or without a blank line
  between rows;
- rows flattened one cell per line: the heading cells on lines of their own, then each
  row's cells, a row opening with its number alone on its line; or one cell per group of
  lines between blank lines, where a crawl turned the cell rules into blank lines.

The rows replace the table's lines among the body's paragraphs, where the table stood.
Word and PDF pages give their tables as markdown rows; a reader that has a table's cells
otherwise may hand them to :func:`task_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs
from lxml import etree

from vnadmin.errors import GrammarError
from vnadmin.grammar.deadlines import BOUND_OPENINGS, parse_deadline_cell
from vnadmin.grammar.labels import LABEL, label_level, roman_value
from vnadmin.normalize import fold
from vnadmin.text.cleanup import physical_lines
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.fields import Field, TaskFields, assign, field_of, repaired_field
from vnadmin.text.lines import Block, Line, cells, paragraphs, squash
from vnadmin.text.markdown_rows import table_rows
from vnadmin.text.vocabulary import ACTOR_HEADS, CUT_AFTER, PERSON_INITIAL

__all__ = ["TableRow", "appendix_rows", "opens_table", "table_blocks", "task_rows"]

_HEADING_ROWS = 3  # how many rows at the top of a table may hold its heading
_HEADING_CELLS = 12  # a heading row of more cells, or of a longer cell, is read whole only
_HEADING_CELL = 60
_WHO = frozenset((Field.LEAD, Field.COOPERATE, Field.LEAD_AND_COOPERATE))
_WHO_OR_WHEN = _WHO | {Field.WHEN}
_MAX_CELL = 2_000
_NUMBER = re.compile(r"(?:\d{1,4}(?:\.\d{1,3}){0,3}|[IVXLC]{1,7}|[a-zđA-ZĐ])[.)]?")
"""What a number cell holds: ``1``, ``1.2``, ``II``, ``a``, with or without its dot."""
_COLUMN_NUMBER = re.compile(r"\(\d{1,2}\)")
"""A cell of the row that numbers a table's columns under its heading (``(1)``, ``(2)``)."""
_YEAR = re.compile(r"(?:19|20)\d\d")
"""A cell holding a year alone (``2025``) is a deadline's, not a row's number."""
_OPENING_NUMBER = re.compile(r"(?P<number>\d{1,3}|[IVXLC]{1,7}|[A-Z])\.[ \t]+(?=[^\W\d_])")
"""A group heading's number and its title in one cell of a table a crawl flattened
(``I. NÂNG CAO NHẬN THỨC``)."""
# What a shape needs somewhere in the text, searched at C speed before any line is read:
_PIPES = re.compile(r"\|[^\n|]*\|")
_NUMBER_HEADS = ("STT", "TT", "Stt", "stt", "Số thứ tự", "SỐ THỨ TỰ")
_ALL_NUMBER_HEADS = (*_NUMBER_HEADS, "Số TT", "SỐ TT")
_NUMBER_LINES = frozenset(f"{head}{end}" for head in _ALL_NUMBER_HEADS for end in ("", ".", ":"))
"""A number column's heading alone on its line: where a flattened table may start."""
_FIRST_ROW_REACH = 8  # lines under that heading (its other headings) to its first row's number
_CONTENT_WORD = re.compile(
    "Nội|nội|NỘI|Noi|noi|NOI|Nhiệm|nhiệm|NHIỆM|Nhiem|nhiem|Công|công|CÔNG|Hoạt|hoạt|HOẠT"
    "|Chỉ tiêu|chỉ tiêu|CHỈ TIÊU"
)
"""The first word of a content column's heading (``Nội dung``, ``Nhiệm vụ``, ...; a
plan's table of targets names each target's lead: ``TT | Chỉ tiêu | Chủ trì``)."""
_HTML_TABLE = re.compile(r"<table\b.*?</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW_TAG = re.compile(r"<tr\b", re.IGNORECASE)
_HTML_PARSER = etree.HTMLParser(no_network=True, recover=True, remove_comments=True)
_MARKUP = re.compile(r"\*\*|</?[a-z][^<>]{0,200}>|&nbsp;", re.IGNORECASE)


class TableRow(Block):
    """A row of a task table among the body's paragraphs: its text is its content cell,
    ``label`` its number (or ``None``), ``fields`` what its other cells say."""

    __slots__ = ("fields", "label")

    def __init__(self, text: str, line: int, label: str | None, fields: TaskFields) -> None:
        super().__init__(text, (0,), (line,))
        self.label = label
        self.fields = fields

    def with_text(self, text: str) -> TableRow:
        return TableRow(text, self.line, self.label, self.fields)


@attrs.frozen
class _Table:
    """A task table: the input lines it covers and its rows."""

    lines: frozenset[int]
    rows: tuple[TableRow, ...]
    repairs: tuple[tuple[int, str, Field], ...] = ()
    """Heading cells a scan damaged, read by their nearest column name: line, cell, field."""
    renumbered: tuple[tuple[int, str, str], ...] = ()
    """Row numbers a scan damaged, read as the number after the row above's: line, as
    printed, as read."""


def table_blocks(text: str, lines: Sequence[Line], diagnostics: Diagnostics) -> list[Block]:
    """The body's paragraphs, each task table's rows in place of its lines."""
    tables = _tables(text, lines)
    if not tables:
        return paragraphs(lines, diagnostics)
    covered = frozenset().union(*(table.lines for table in tables))
    rows = sorted((row for table in tables for row in table.rows), key=lambda row: row.line)
    for table in tables:
        diagnostics.info(
            min(table.lines),
            "task-table",
            f"a task table of {len(table.rows)} row(s): one task per row",
        )
        _say_repairs(table, diagnostics)
    for row in rows:
        for value in row.fields.unread:
            diagnostics.info(
                row.line, "task-table-cell", f"the deadline cell {value!r} names no date"
            )
    blocks = paragraphs([line for line in lines if line.number not in covered], diagnostics)
    merged: list[Block] = []
    position = 0
    for block in blocks:
        while position < len(rows) and rows[position].line < block.line:
            merged.append(rows[position])
            position += 1
        merged.append(block)
    merged.extend(rows[position:])
    return merged


def appendix_rows(text: str, lines: Sequence[Line], diagnostics: Diagnostics) -> list[TableRow]:
    """The rows of the task tables in ``lines`` (an appendix after the signature: a plan's
    ``Danh mục nhiệm vụ``), in order; the other lines are not read here."""
    tables = _tables(text, lines)
    for table in tables:
        diagnostics.info(
            min(table.lines),
            "appendix-tasks",
            f"a task table of {len(table.rows)} row(s) in the appendix: read as closing tasks",
        )
        _say_repairs(table, diagnostics)
    return sorted((row for table in tables for row in table.rows), key=lambda row: row.line)


def _say_repairs(table: _Table, diagnostics: Diagnostics) -> None:
    for line, cell, field in table.repairs:
        diagnostics.warning(
            line,
            "task-table-heading",
            f"the damaged column heading {cell!r} read as the {field.value} column",
        )
    for line, printed, number in table.renumbered:
        diagnostics.warning(
            line,
            "task-table-number",
            f"the damaged row number {printed!r} read as {number}, after the row above",
        )


def task_rows(rows: Sequence[tuple[int, Sequence[str]]]) -> tuple[TableRow, ...]:
    """The tasks of a table given as its rows of cells (each with its input line), or
    none when its heading makes it no task table: the entry for a reader that finds
    tables itself (a layout stage, Word and PDF pages)."""
    table = _task_table([(line, list(cells)) for line, cells in rows])
    return table.rows if table is not None else ()


def opens_table(lines: Sequence[Line], index: int) -> bool:
    """Whether ``lines[index]`` opens a table flattened one cell per line: the number
    column's heading alone on its line (``STT``, ``TT``) with a row's number alone (``1``,
    ``I``) on one of the lines below its other headings, or the first row's number alone
    (``1``, ``I``) with the second's (``2``, ``II``) below its cells.  No signature prints
    either: an annex with no heading after the signer's block starts there."""
    text = lines[index].text
    heading = text in _NUMBER_LINES
    if not heading and _row_value(text) != 1:
        return False
    below = [line.text for line in lines[index + 1 : index + 1 + _FIRST_ROW_REACH * 2]]
    texts = [text for text in below if text][:_FIRST_ROW_REACH]
    if heading:
        return any(_NUMBER.fullmatch(text) and not _YEAR.fullmatch(text) for text in texts)
    return any(_row_value(text) == 2 for text in texts)


def _row_value(text: str) -> int | None:
    """The value of a row's number alone on its line (``2``, ``02.``, ``II``), else ``None``."""
    bare = text.rstrip(".)")
    if bare.isascii() and bare.isdigit() and len(bare) <= 3:
        return int(bare)
    return roman_value(bare)


def _tables(text: str, lines: Sequence[Line]) -> list[_Table]:
    if not lines:
        return []
    first, last = lines[0].number, lines[-1].number
    found: list[_Table] = []
    raw: list[str] | None = None  # the text's own lines, split only for the shapes that read them
    if "|" in text and _PIPES.search(text) is not None:
        raw = physical_lines(text)
        found += _markdown_tables(raw, first, last)
    if "<t" in text or "<T" in text:
        found += _html_tables(text, first, last)
    if "\t" in text or "   " in text:
        raw = physical_lines(text) if raw is None else raw
        found += _laid_tables(lines, raw) + _cell_tables(lines, raw)
    if any(head in text for head in _NUMBER_HEADS):
        starts = [index for index, line in enumerate(lines) if line.text in _NUMBER_LINES]
        found += _flattened_tables(lines, starts) if starts else []
        grouped = _paragraph_cells(lines) if starts else []
        starts = [index for index, cell in enumerate(grouped) if cell.text in _NUMBER_LINES]
        found += _flattened_tables(grouped, starts, grouped=True) if starts else []
        found += _joined_tables(lines)
    kept: list[_Table] = []
    for table in sorted(found, key=lambda table: min(table.lines)):
        if not any(table.lines & other.lines for other in kept):
            kept.append(table)
    return kept


# -- shapes ---------------------------------------------------------------------------------


def _markdown_tables(raw: list[str], first: int, last: int) -> list[_Table]:
    """Tables of markdown rows (:func:`~vnadmin.text.markdown_rows.table_rows`: between
    edge pipes, or ``STT | Nội dung`` under a delimiter row).  A scan's table, whose rules
    OCR read as pipes between the cells, has no delimiter row: it is one when its heading
    row names a task table's columns, and goes on over blank lines and the lines of a
    wrapped cell (no pipe) while a row with a pipe follows them."""
    found: list[_Table] = []
    grid: list[tuple[int, list[str]]] = []
    scanned = False  # in a table read from a scan
    end = min(last, len(raw))
    rows = table_rows(raw[first - 1 : end])
    for number in range(first, end + 1):
        line = raw[number - 1].strip()
        if number - first in rows:
            scanned = False
        elif scanned and "|" in line:
            pass
        elif "|" in line and not grid and _columns([_clean(c) for c in line.split("|")]):
            scanned = True
        elif scanned and _pipe_follows(raw, number, end):
            if not line:
                continue
        else:
            found += _read([grid]) if grid else []
            grid, scanned = [], False
            continue
        row = [_clean(cell) for cell in line.strip("|").split("|")]
        if "|" not in line:  # a wrapped cell's line: no number, it continues the row above
            row = ["", *row]
        if not all(re.fullmatch(r":?-{2,}:?|", cell) for cell in row):
            grid.append((number, row))
    found += _read([grid]) if grid else []
    return found


_SCAN_WRAP = 3
"""How many lines without a pipe a scan's table row may wrap over."""


def _pipe_follows(raw: list[str], number: int, end: int) -> bool:
    """Whether a line with a pipe comes within a few lines after line ``number``."""
    return any(
        "|" in raw[after - 1] for after in range(number + 1, min(end, number + _SCAN_WRAP) + 1)
    )


def _html_tables(text: str, first: int, last: int) -> list[_Table]:
    found: list[_Table] = []
    for match in _HTML_TABLE.finditer(text):
        start_line = text.count("\n", 0, match.start()) + 1
        if not first <= start_line <= last:
            continue
        lines_of_rows = [
            start_line + text.count("\n", match.start(), row.start())
            for row in _ROW_TAG.finditer(text, match.start(), match.end())
        ]
        end_line = start_line + match.group(0).count("\n")
        grid = _html_grid(match.group(0))
        if not grid or len(grid) != len(lines_of_rows):
            continue
        rows = list(zip(lines_of_rows, grid, strict=True))
        for table in _read([rows]):
            found.append(_Table(frozenset(range(start_line, end_line + 1)), table.rows))
    return found


def _html_grid(html: str) -> list[list[str]]:
    """The cells of an HTML table, spans spread over the cells they cover."""
    try:
        root = etree.fromstring(html, _HTML_PARSER)
    except (etree.LxmlError, ValueError):
        return []
    if root is None:
        return []
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) filled by a rowspan above
    for index, tr in enumerate(root.iter("tr")):
        row: list[str] = []
        column = 0
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            while (index, column) in pending:
                row.append(pending.pop((index, column)))
                column += 1
            value = _clean(" ".join(cell.itertext()))
            span = _span(cell.get("colspan"))
            for offset in range(_span(cell.get("rowspan")) - 1):
                for spread in range(span):
                    pending[(index + offset + 1, column + spread)] = value
            row.extend([value] * span)
            column += span
        while (index, column) in pending:
            row.append(pending.pop((index, column)))
            column += 1
        grid.append(row)
    return grid


def _span(value: str | None) -> int:
    return int(value) if value is not None and value.isdigit() and 0 < int(value) <= 50 else 1


def _cell_tables(lines: Sequence[Line], raw: list[str]) -> list[_Table]:
    """Rows whose cells are separated by tabs or runs of spaces, on consecutive lines
    (blank lines between rows are skipped).  Under a heading laid out by position
    (``pdftotext -layout``), a line of fewer cells puts each under the heading column it
    stands under (a cell left blank, a cell wrapped onto the next line), and a line of one
    cell that stands inside one column but the first continues the row above."""
    found: list[_Table] = []
    grid: list[tuple[int, list[str]]] = []
    heading: list[tuple[int, int]] = []  # the heading's cells' spans, once found
    for line in lines:
        if not line.text:
            continue
        row = cells(line.text) if "\t" in line.text or "   " in line.text else []
        placed = _placed(raw, line, heading) if heading and "\t" not in line.text else None
        if placed is not None and (len(row) >= 2 or len([c for c in placed if c]) == 1):
            row = placed
        if len(row) >= 2:
            grid.append((line.number, row))
            if not heading and len(grid) <= _HEADING_ROWS and _columns(row):
                heading = _spans(raw, line) or []
            continue
        found += _read([grid]) if len(grid) > 1 else []
        grid, heading = [], []
    found += _read([grid]) if len(grid) > 1 else []
    return found


_LAID_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
"""A cell of a line laid out by position: words one or two spaces apart."""


def _spans(raw: list[str], line: Line) -> list[tuple[int, int]] | None:
    """Where the cells of ``line`` stand in its input line, or ``None`` when the input
    line is not the line read (a clean-up changed it) or holds a tab."""
    printed = raw[line.number - 1] if line.number <= len(raw) else ""
    if "\t" in printed or squash(printed) != squash(line.text):
        return None
    return [(m.start(), m.end()) for m in _LAID_CELL.finditer(printed)]


def _placed(raw: list[str], line: Line, heading: list[tuple[int, int]]) -> list[str] | None:
    """The cells of ``line`` under the heading columns they stand under, when it has fewer
    cells than the heading and each stands under one column; a line of one cell only when
    it fits inside a column but the first (a wrapped cell, not a paragraph's line)."""
    spans = _spans(raw, line)
    if spans is None or not 0 < len(spans) < len(heading):
        return None
    printed = raw[line.number - 1]
    placed = [""] * len(heading)
    for start, end in spans:
        column = _column_of(start, end, heading)
        if len(spans) == 1 and (column == 0 or not _inside(start, end, heading, column)):
            return None
        placed[column] = f"{placed[column]} {printed[start:end]}".strip()
    return placed


def _column_of(start: int, end: int, heading: list[tuple[int, int]]) -> int:
    """The heading column a cell's span stands under: the one it overlaps most, else the
    nearest."""
    return max(
        range(len(heading)),
        key=lambda i: (
            min(end, heading[i][1]) - max(start, heading[i][0]),
            -abs(start + end - sum(heading[i])),
        ),
    )


def _inside(start: int, end: int, heading: list[tuple[int, int]], column: int) -> bool:
    """Whether a cell's span keeps between the columns either side of ``column``."""
    left = heading[column - 1][1] if column > 0 else -1
    right = heading[column + 1][0] if column + 1 < len(heading) else 10_000
    return left < start and end < right


def _laid_tables(lines: Sequence[Line], raw: list[str]) -> list[_Table]:
    """Tables laid out by position whose rows stand between blank lines, each row's number
    on any of its lines (``pdftotext -layout`` prints a cell centred in its row on the
    row's middle line, the other cells' lines above and below it).  Under a heading line
    whose first column numbers the rows, each group of lines between blank lines that
    holds one row number under that column is a row, each word under the heading column
    it stands under; a group that opens with a number is a row per number (cells at the
    top of their rows), a group of several numbers that opens otherwise is a row per
    number, each line the nearest number's (rows centred with no blank line between them,
    :func:`_centred_rows`).  The table ends at a group without a number.  A table is one
    of these when a row prints its number below its first line: the other tables laid
    out by position are :func:`_cell_tables`'."""
    found: list[_Table] = []
    for index, line in enumerate(lines):
        if "   " not in line.text or not line.text.lstrip().startswith(_ALL_NUMBER_HEADS):
            continue
        heading = cells(line.text)
        columns = _columns(heading)
        spans = _spans(raw, line)
        if columns.get(0) is not Field.NUMBER or spans is None or len(spans) != len(heading):
            continue
        rows, last, centred = _laid_rows(lines[index + 1 :], raw, spans, columns)
        if not centred:
            continue
        covered = frozenset(range(line.number, last + 1))
        for table in _read([[(line.number, heading), *rows]] if rows else []):
            found.append(_Table(covered, table.rows, table.repairs))
    return found


_LAID_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVXLC]{1,6})[.)]?(?= |$)")
"""A row's number where a laid-out row's line opens (``1``, ``01``, ``2.``, ``IV``)."""


def _laid_rows(
    lines: Sequence[Line],
    raw: list[str],
    heading: list[tuple[int, int]],
    columns: dict[int, Field],
) -> tuple[list[tuple[int, list[str]]], int, bool]:
    """The rows of a laid-out table below its heading, each with its number's line, the
    last line they cover, and whether a row prints its number below its first line."""
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.text:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    rows: list[tuple[int, Sequence[Line]]] = []
    last, centred = 0, False
    for group in groups:
        numbered = [i for i, line in enumerate(group) if _laid_number(raw, line, heading)]
        if not numbered:
            break
        if numbered[0] > 0 and len(numbered) > 1:
            rows += _centred_rows(group, numbered, raw, heading)
        else:
            starts = numbered if numbered[0] == 0 else [0]
            for start, end in zip(starts, [*starts[1:], len(group)], strict=True):
                rows.append((group[numbered[0] if start == 0 else start].number, group[start:end]))
        centred = centred or numbered[0] > 0
        last = group[-1].number
    edges = _left_edges(raw, [line for _, row in rows for line in row], heading)
    return [(n, _laid_cells(raw, row, heading, columns, edges)) for n, row in rows], last, centred


def _centred_rows(
    group: Sequence[Line], numbered: list[int], raw: list[str], heading: list[tuple[int, int]]
) -> list[tuple[int, Sequence[Line]]]:
    """The rows of a group of lines with no blank line between rows whose numbers stand
    centred in them: each line goes to the row whose number's line is nearest; a line
    as near to both goes to the row above when the line as far above that row's number
    holds a cell of the same column (a cell centred on the number), else to the row below.
    The lines before the first number are the first row's, those after the last the
    last row's."""
    owner = [0] * len(group)  # the index in ``numbered`` of each line's row
    below = 0  # the first number at or below the line, else the last
    for index in range(len(group)):
        while below < len(numbered) - 1 and numbered[below] < index:
            below += 1
        if below == 0 or numbered[below] < index:
            owner[index] = below
            continue
        up, down = index - numbered[below - 1], numbered[below] - index
        mirror = numbered[below - 1] - up  # the line as far above the number of the row above
        twin = up == down and mirror >= 0 and owner[mirror] == below - 1
        if twin:
            columns = _laid_columns(raw, group[index], heading)
            twin = bool(columns & _laid_columns(raw, group[mirror], heading))
        owner[index] = below - 1 if up < down or twin else below
    return [
        (group[at].number, [line for line, row in zip(group, owner, strict=True) if row == n])
        for n, at in enumerate(numbered)
    ]


def _laid_columns(raw: list[str], line: Line, heading: list[tuple[int, int]]) -> set[int]:
    """The heading columns the cells of a laid-out line stand under."""
    return {_column_of(start, end, heading) for start, end in _spans(raw, line) or ()}


def _left_edges(
    raw: list[str], lines: Sequence[Line], heading: list[tuple[int, int]]
) -> dict[int, int]:
    """Where each column's cells start, read off the lines of two cells or more: a cell
    stands left-aligned in its column, its heading centred over it."""
    edges: dict[int, int] = {}
    for line in lines:
        spans = _spans(raw, line) or []
        for start, end in spans if len(spans) > 1 else ():
            column = _column_of(start, end, heading)
            edges[column] = min(start, edges.get(column, start))
    return edges


def _laid_number(raw: list[str], line: Line, heading: list[tuple[int, int]]) -> bool:
    """Whether ``line`` prints a row number under the number column (left of the next)."""
    spans = _spans(raw, line)
    if not spans or spans[0][0] >= heading[1][0]:
        return False
    return _LAID_ROW_NUMBER.match(raw[line.number - 1], spans[0][0]) is not None


def _laid_cells(
    raw: list[str],
    lines: Sequence[Line],
    heading: list[tuple[int, int]],
    columns: dict[int, Field],
    edges: dict[int, int],
) -> list[str]:
    """The cells of a laid-out row: each word run under the heading column it stands
    under, or under a column further right whose cells start at or before it.  A run
    that reaches over two columns, as when the gap between two cells is a single space,
    is cut after a row number that opens it and after a deadline that opens the run's
    part under a column that says when."""
    placed = [""] * len(heading)
    for line in lines:
        printed = raw[line.number - 1]
        opened = set(range(len(heading)))  # the columns no span of this line went on yet
        for start, end in _spans(raw, line) or []:
            text = printed[start:end]
            number = _LAID_ROW_NUMBER.match(text) if start < heading[1][0] else None
            if number is not None and number.end() < len(text):
                placed[0] = f"{placed[0]} {number.group()}".strip()
                start += number.end() + 1
                text = text[number.end() + 1 :]
            column = max(
                (c for c, edge in edges.items() if edge <= start + 1),
                default=0,
            )
            column = max(column, _column_of(start, end, heading))
            cut = _opening_when(text) if columns.get(column) is Field.WHEN else 0
            if cut and column + 1 < len(heading) and end > heading[column + 1][0]:
                placed[column] = f"{placed[column]} {text[:cut]}".strip()
                text, column = text[cut:].strip(), column + 1
            who = columns.get(column) in _WHO and column in opened
            placed[column] = _cell_line(placed[column], text, who=who)
            opened.discard(column)
    return placed


_CONNECTORS = ("-", "–", "&", ",", "/", "(")


def _ends_open(text: str) -> bool:
    """Whether ``text`` stops a name or a phrase half way, its next line going on with it:
    on a word a sentence cannot stop on (``Sở Thông tin và``) or a connector (``Khoa Điện
    -``)."""
    return text.endswith(_CONNECTORS) or text.rsplit(" ", 1)[-1].lower() in CUT_AFTER


def _cell_line(cell: str, text: str, *, who: bool) -> str:
    """``cell`` with the text of its next line: in a column of who does it, a line that
    opens with a unit's head or a person's initial, under a line that ends no name half
    way, names another actor (one per line)."""
    if not cell:
        return text
    new_name = who and (ACTOR_HEADS.match(text) or PERSON_INITIAL.match(text)) is not None
    return f"{cell}; {text}" if new_name and not _ends_open(cell) else f"{cell} {text}"


_WORD = re.compile(r"\S+")


def _opening_when(text: str) -> int:
    """Where the words at the start of ``text`` that say when end (``Ngày 10/3/2025``,
    ``Từ 11/3 đến 20/3/2025``): the fewest that do, and the words with digits after
    them (with a time word between); 0 when none do or nothing is left after them."""
    words = list(_WORD.finditer(text))
    size = next(
        (n for n in range(1, min(6, len(words)) + 1) if _says_when(text[: words[n - 1].end()])),
        0,
    )
    if not size:
        return 0
    digits = [any(map(str.isdigit, word.group())) for word in words]
    while size < len(words) - 1:
        if digits[size]:
            size += 1
        elif _time_word(words[size].group()) and size + 1 < len(words) - 1 and digits[size + 1]:
            size += 2
        else:
            break
    return words[size - 1].end() if size < len(words) else 0


def _flattened_tables(
    lines: Sequence[Line], starts: list[int], *, grouped: bool = False
) -> list[_Table]:
    """Rows flattened one cell per line after heading cells on lines of their own, the
    first (a number column's) at one of ``starts``; ``grouped`` cells hold their wrapped
    lines already, so a row has at most one per column (what follows is not the table:
    a portal's links under the page)."""
    found: list[_Table] = []
    texts = [line.text for line in lines]
    done = 0
    for index in starts:
        heading = _heading_run(texts, index) if index >= done else []
        if not heading:
            continue
        fields = [_heading_field(text) for text in heading]
        width = len(heading)
        grid: list[tuple[int, list[str]]] = [(lines[index].number, heading)]
        position = index + width
        row: list[str] = []
        row_line = 0
        while position < len(lines):
            text = texts[position]
            if not any(map(str.isalnum, text)) or (not row and _COLUMN_NUMBER.fullmatch(text)):
                if row and not text and not grouped:
                    row.append("")  # perhaps an empty cell: see _cells_of
                position += 1  # blank, a filler cell ("…......", "-"), a column's number
                continue
            numbered = _NUMBER.fullmatch(text) is not None and not _YEAR.fullmatch(text)
            opening = None
            if not numbered and _NUMBER.fullmatch(_next_text(texts, position)):
                opening = _OPENING_NUMBER.match(text)  # a group's row, its numbered rows below
            filled = len(row) - row.count("")
            if (numbered or opening) and (not row or filled >= 2):
                if row:
                    grid.append((row_line, _fit(_cells_of(row, width), fields)))
                row, row_line = [text], lines[position].number
                if opening is not None:  # "I. NÂNG CAO NHẬN THỨC": number and content cells
                    row = [opening["number"], text[opening.end() :]]
            elif row and filled < (width if grouped else width * 3) and not _is_paragraph(text):
                row.append(text)
            else:
                break
            position += 1
        if row:
            grid.append((row_line, _fit(_cells_of(row, width), fields)))
        covered = range(lines[index].number, lines[position - 1].number + 1)
        for table in _read([grid]):
            found.append(_Table(frozenset(covered), table.rows))
        done = position
    return found


_JOINED_HEAD = re.compile(r"(?:STT|TT|Stt|Số TT)[ .:|]+\S")
"""A heading line whose cells OCR joined with single spaces (``STT Nội dung Đơn vị thực
hiện``) opens with the number column's heading and goes on."""
_ROW_NUMBER = re.compile(
    r"(?:(?P<number>\d{1,3}|[IVXLC]{1,6})[.,;:]+|(?P<bare>\d{1,3})(?=[ \t|]))[ \t]*(?:\|[ \t]*)?(?=\S)"
)
"""A row's number as OCR leaves it before its content (``2.``, ``9,``, ``14. |``, ``3 |``)."""
_MISREAD_NUMBER = re.compile(
    r"(?:(?P<number>[^\s|]{1,2})(?:[.,;:_]+[ \t]*|[ \t]*\|)|(?P<mixed>\d[^\W\d_])[ \t]+)[ \t]*(?=\S)"
)
"""What OCR may leave of a row's number (``S.``, ``§.``, ``._ |``, a figure and a letter
``0ó`` for ``06``): read as the next one."""
_PERSONS = frozenset(("Thầy", "Cô", "Ông", "Bà"))
_ROW_ACTOR = re.compile(
    rf"(?:Thầy|Cô)(?=[ \t]+[A-ZĐÀ-Ỹ])|Tổ(?![ \t]+(?:[Cc]hức|[Qq]uốc|hợp))\b|{ACTOR_HEADS.pattern}"
)
"""Where the cell of a row's unit or person starts (``Ban biên tập``, ``Thầy Nguyễn ...``,
``Tổ thẩm định``): a person's title is the leftmost, a unit's the rightmost outside
parentheses.  ``Tổ`` heads a unit only here, in a cell that holds one: in running text
it heads a title (``Tổ trưởng``) or a group whose name sentences carry on."""
_TIME_WORDS = frozenset(
    [word for opening in BOUND_OPENINGS for word in opening.split()]
    + "ngày quý tháng năm từ hằng hàng định kỳ tuần thường xuyên".split()  # noqa: SIM905
)
"""Words that go before a date in a cell that says when: a deadline's bound (``trước``,
``chậm nhất là``), ``ngày``, a period's or a recurrence's (``hằng quý``, ``thường xuyên``)."""
_FOLDED_TIME_WORDS = frozenset(map(fold, _TIME_WORDS))


def _time_word(word: str) -> bool:
    """Whether ``word`` is one of :data:`_TIME_WORDS`: by its letters alone only when it is
    printed without marks (``thu ky`` may be ``thư ký``, ``ký`` is not ``kỳ``)."""
    low = word.lower()
    return low in _TIME_WORDS or (fold(word) == low and low in _FOLDED_TIME_WORDS)


_RULE = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}")
"""Where OCR parted two cells: a rule read as a pipe, or the spaces a clean-up left of it."""
_JOINED_WRAP = 6
"""How many lines a row of such a table may wrap over (a row whose number OCR lost too)."""
_WORDS = frozenset(("và", "vì", "là", "có", "ở", "do", "đi", "in", "of", "a", "an", "to"))
"""Short words that may open a wrapped line: no damaged number."""
_NAME_TAIL = re.compile(r"(?:[A-ZĐÀ-Ỹ][^\W\d_]*[ \t]*){1,4}")
"""A line of a few capitalised words: the rest of a person's or a unit's name wrapped."""


def _joined_tables(lines: Sequence[Line]) -> list[_Table]:
    """Tables whose heading cells OCR joined with single spaces on one line, each row on a
    line of its own from its number (cells joined too, or parted by a ``|`` where OCR read
    a rule), wrapped over the lines below it: the cells after the content are found from
    the end of the row, a deadline by the deadline grammar, a unit by how a unit's name
    starts.  A row number OCR damaged (``S.`` for ``3.``, ``II`` for ``11``) is read as
    the number after the row above's, and said."""
    found: list[_Table] = []
    done = 0
    for index, line in enumerate(lines):
        if index < done or not _JOINED_HEAD.match(line.text):
            continue
        heading, done = _wrapped_heading(lines, index)
        if heading is None:
            continue
        fields = [field for _, field in heading]
        rows = _JoinedRows(fields)
        while done < len(lines) and rows.wrapped <= _JOINED_WRAP and rows.take(lines[done]):
            done += 1
        grid = [(line.number, [name for name, _ in heading]), *rows.grid]
        covered = frozenset(range(line.number, rows.last + 1))
        for table in _read([grid]):
            found.append(_Table(covered, table.rows, table.repairs, tuple(rows.renumbered)))
    return found


class _JoinedRows:
    """The rows of a table of joined cells, taken line by line."""

    def __init__(self, fields: list[Field]) -> None:
        self.fields = fields
        self.grid: list[tuple[int, list[str]]] = []
        self.renumbered: list[tuple[int, str, str]] = []
        self.wrapped = 0  # lines the last row wrapped over
        self.widest = 0  # the longest row line: a wrapped cell's line is no longer
        self.last = 0  # the last line taken

    def take(self, line: Line) -> bool:
        """Take ``line`` as a row, a row's wrapped line or a blank; ``False`` where the
        table ends."""
        text = line.text
        if not text:
            return True
        above = self.grid[-1][1][0] if self.grid else ""
        label, end = self._number(line, above)
        if label is not None:
            self.grid.append((line.number, _row_cells(label, text[end:], self.fields)))
            self.wrapped, self.widest = 0, max(self.widest, len(text))
        elif self.grid and _wraps(text, self.widest):
            _wrap(self.grid[-1][1], text, self.fields)
            self.wrapped += 1
        else:
            return False
        self.last = line.number
        return True

    def _number(self, line: Line, above: str) -> tuple[str | None, int]:
        """The row number ``line`` opens with, repaired after the row numbered ``above``,
        and where it ends."""
        number = _ROW_NUMBER.match(line.text)
        if number is not None:
            label = number["number"] or number["bare"]
            if _ones_misread(label, above):  # "II" after 10
                self.renumbered.append((line.number, label, _after(above)))
                label = _after(above)
            return label, number.end()
        misread = _MISREAD_NUMBER.match(line.text)
        if misread is None or not above.isdigit():
            return None, 0
        left = misread["number"] or misread["mixed"]
        if left.lower() in _WORDS:
            return None, 0
        label = _after(above)
        self.renumbered.append((line.number, left, label))
        return label, misread.end()


def _wraps(text: str, widest: int) -> bool:
    """Whether a line without a number may be a row's wrapped cells: no heading, no
    sentence of its own, no longer than a row's line."""
    return not (_is_paragraph(text) or text.isupper() or len(text) > widest or _sentence(text))


def _sentence(text: str) -> bool:
    """Whether a line reads as a sentence of its own (a capital, a stop at its end)."""
    return len(text) > 40 and text[0].isupper() and text.endswith((".", ":", ";"))


def _ones_misread(label: str, above: str) -> bool:
    """Whether ``label`` is a number of ones OCR read as the letter I (``II`` for ``11``)
    after the row numbered ``above``."""
    return above.isdigit() and label.isalpha() and label.replace("I", "1") == _after(above)


def _after(number: str) -> str:
    """The row number after ``number``, as wide (``06`` after ``05``)."""
    return str(int(number) + 1).zfill(len(number))


def _wrapped_heading(
    lines: Sequence[Line], index: int
) -> tuple[list[tuple[str, Field]] | None, int]:
    """The heading that starts at ``lines[index]``, printed on that line or wrapped over
    the next non-blank ones (``STT Công việc Người thực hiện & kết`` / ``quả Thời gian``),
    and the index of the line after it."""
    printed = [i for i in range(index, len(lines)) if lines[i].text][:_HEADING_ROWS]
    for count in range(1, len(printed) + 1):
        text = " ".join(lines[i].text for i in printed[:count])
        heading = _heading_words(text.replace("|", " "))
        if heading is not None:
            return heading, printed[count - 1] + 1
    return None, index + 1


def _heading_words(text: str) -> list[tuple[str, Field]] | None:
    """The column names a heading line prints one after another, longest first, when all
    of its words are names and they make a task table's heading.  A name joined to the one
    before by ``&`` is the same column's (``Người thực hiện & kết quả``); OCR's specks
    (``_``, ``:``) are no words."""
    words = [word for word in text.split() if word == "&" or any(map(str.isalnum, word))]
    names: list[tuple[str, Field]] = []
    start = 0
    while start < len(words):
        joined = words[start] == "&" and bool(names)
        start += joined
        for end in range(min(len(words), start + 8), start, -1):
            name = " ".join(words[start:end])
            field = field_of(name)
            if field is not None:
                if not joined:
                    names.append((name, field))
                start = end
                break
        else:
            return None
    columns = {i: field for i, (_, field) in enumerate(names)}
    if len(names) < 3 or names[0][1] is not Field.NUMBER or not _names_tasks(columns):
        return None
    return names


def _row_cells(number: str, text: str, fields: list[Field]) -> list[str]:
    """A row's cells from its number and the text after it."""
    parts = [part.strip() for part in _RULE.split(text)]
    if len(parts) == len(fields) - 1:
        return [number, *parts]
    rest = " ".join(part for part in parts if part)
    tail: list[str] = []
    for field in reversed(fields[fields.index(Field.CONTENT) + 1 :]):
        rest, cell = _split_end(rest, field)
        tail.insert(0, cell)
    return [number, *[""] * (fields.index(Field.CONTENT) - 1), rest, *tail]


def _split_end(text: str, field: Field) -> tuple[str, str]:
    """``text`` parted before the cell of ``field`` that ends it, if one is found."""
    words = text.split()
    if field is Field.WHEN:  # the shortest end that says when, and the words of time before it
        size = next(
            (n for n in range(1, min(6, len(words) - 1) + 1) if _says_when(" ".join(words[-n:]))),
            0,
        )
        while size and size < len(words) - 1 and _time_word(words[-size - 1]):
            size += 1
        return (" ".join(words[:-size]), " ".join(words[-size:])) if size else (text, "")
    if field not in _WHO_OR_WHEN:
        return text, ""
    starts: list[tuple[bool, int]] = []
    depth, counted = 0, 0  # parentheses open before the match, counted up to ``counted``
    ended = -1  # where the match before ends: a head right after it goes on its name
    for match in _ROW_ACTOR.finditer(text):
        depth += text.count("(", counted, match.start()) - text.count(")", counted, match.start())
        counted = match.start()
        follows = ended >= 0 and not text[ended:counted].strip()  # "Giám đốc Sở", "Ban Giám đốc"
        ended = match.end()
        if counted > 0 and depth == 0 and not follows:
            starts.append((match.group() in _PERSONS, counted))
    persons = [start for person, start in starts if person]
    if persons or starts:  # a person's title first (a name may hold "Đoàn"), else the last
        start = persons[0] if persons else starts[-1][1]
        return text[:start].strip(), text[start:].strip()
    return text, ""


def _wrap(row: list[str], text: str, fields: list[Field]) -> None:
    """A wrapped line's text onto the cells of ``row``: up to a parenthesis the content
    left open, onto the content; the rest onto the last unit's cell when that cell ends
    cut (``và thầy``) or the rest is a name's tail, or when that cell is empty and the
    rest opens with a unit's head under content that ends no phrase half way (the unit's
    cell printed below the row's text), else onto the content."""
    content = fields.index(Field.CONTENT)
    if row[content].count("(") > row[content].count(")") and ")" in text:
        cut = text.index(")") + 1
        row[content] = f"{row[content]} {text[:cut]}"
        text = text[cut:].strip()
    if not text:
        return
    last = len(fields) - 1
    cut_end = row[last].rsplit(" ", 1)[-1].lower() in (*CUT_AFTER, "thầy", "cô")
    if fields[last] is not Field.WHEN and row[last] and (cut_end or _NAME_TAIL.fullmatch(text)):
        row[last] = f"{row[last]} {text}"
    elif fields[last] in _WHO and not row[last] and _unit_below(row[content], text):
        row[last] = text
    else:
        row[content] = f"{row[content]} {text}"


def _unit_below(content: str, text: str) -> bool:
    """Whether ``text``, a line below a row whose unit's cell is empty, opens that cell:
    it opens with a unit's head, and the content above it ends no phrase half way (``phối
    hợp với`` / ``Sở Tài chính`` goes on the content)."""
    return (
        ACTOR_HEADS.match(text) is not None
        and not _ends_open(content)
        and content.count("(") <= content.count(")")
    )


def _next_text(texts: list[str], position: int) -> str:
    """The next non-blank text after ``position``."""
    return next((text for text in texts[position + 1 :] if text), "")


def _paragraph_cells(lines: Sequence[Line]) -> list[Line]:
    """The lines as cells a blank line separates, each wrapped over lines of its own (a
    table crawled to markdown whose cell rules became blank lines: ``Nội dung thực`` /
    ``hiện``), numbered by their last line (a table then covers its cells' every line)."""
    cells: list[Line] = []
    group: list[Line] = []
    for line in [*lines, Line(0, "")]:
        if line.text:
            group.append(line)
        elif group:
            cells.append(Line(group[-1].number, " ".join(part.text for part in group)))
            group = []
    return cells


def _heading_run(texts: list[str], start: int) -> list[str]:
    """Heading cells on consecutive lines from ``start``: a number column, then content
    and at least one column that says who or when."""
    run: list[str] = []
    for text in texts[start : start + 8]:
        if not text or _heading_field(text) is None:
            break
        run.append(text)
    fields = [_heading_field(text) for text in run]
    if len(run) < 3 or fields[0] is not Field.NUMBER or Field.CONTENT not in fields:
        return []
    return run


def _cells_of(row: list[str], width: int) -> list[str]:
    """A flattened row's cells, ``""`` standing for a blank line: where the blank lines
    inside it make it exactly as wide as the heading (whose cells stand on consecutive
    lines), each is an empty cell (``1`` / ``Rà soát ...`` / ``Thường xuyên`` / `` `` /
    ``Chi ủy``: no lead); otherwise they part nothing and are dropped."""
    while row and not row[-1]:
        row = row[:-1]
    return row if len(row) == width else [cell for cell in row if cell]


def _fit(row: list[str], heading: list[Field | None]) -> list[str]:
    """A row flattened one cell per line, as cells under ``heading``: a cell wrapped over
    several lines is taken to be the content cell's; when cells are missing (a blank
    placeholder is a blank line), a cell that says when goes under the column that does."""
    width, content = len(heading), heading.index(Field.CONTENT)
    if len(row) > width:
        extra = len(row) - width
        joined = " ".join(row[content : content + extra + 1])
        return [*row[:content], joined, *row[content + extra + 1 :]]
    if len(row) == width or Field.WHEN not in heading:
        return row + [""] * (width - len(row))
    fitted = [*row[: content + 1], *([""] * (width - content - 1))]
    free = [i for i in range(content + 1, width) if heading[i] is not Field.WHEN]
    for cell in row[content + 1 :]:
        if _says_when(cell):
            fitted[heading.index(Field.WHEN)] = cell
        elif free:
            fitted[free.pop(0)] = cell
    return fitted


def _says_when(cell: str) -> bool:
    try:
        parse_deadline_cell(cell)
    except GrammarError:
        return False
    return True


def _is_paragraph(text: str) -> bool:
    label = LABEL.match(text)
    return label is not None and len(text) > label.end() + 1


# -- reading a grid --------------------------------------------------------------------------


def _read(grids: Iterable[list[tuple[int, list[str]]]]) -> list[_Table]:
    found: list[_Table] = []
    for grid in grids:
        table = _task_table(grid)
        if table is not None:
            found.append(table)
    return found


def _task_table(grid: list[tuple[int, list[str]]]) -> _Table | None:
    """The task table a grid of cells holds, if its heading makes it one."""
    top = next((i for i, (_, row) in enumerate(grid[:_HEADING_ROWS]) if _columns(row)), None)
    if top is None:
        return None
    columns = _columns(grid[top][1])
    line, heading = grid[top]
    repairs = tuple(
        (line, heading[i], field) for i, field in columns.items() if field_of(heading[i]) is None
    )
    below = top + 1
    while below < len(grid) and _heading_again(grid[below][1], columns):
        columns = {**columns, **_columns(grid[below][1], sub=True)}  # "Chủ trì" | "Phối hợp"
        below += 1
    columns = _beside_lead(columns)
    rows: list[list[str]] = []
    lines: list[int] = []
    for number, cells_ in grid[below:]:
        if _heading_again(cells_, columns):
            continue  # the heading printed again after a page break
        if rows and not _cell(cells_, columns, Field.NUMBER) and not _starts_row(cells_, columns):
            rows[-1] = _joined(rows[-1], cells_, columns)
            continue
        rows.append(list(cells_))
        lines.append(number)
    read = (_row(cells_, line, columns) for cells_, line in zip(rows, lines, strict=True))
    built = tuple(row for row in read if row is not None)
    if not built:
        return None
    return _Table(frozenset(number for number, _ in grid), built, repairs)


def _columns(row: Sequence[str], *, sub: bool = False) -> dict[int, Field]:
    """The columns a heading row names, when it names a task table's: content and a
    column that says who or when (a sub-heading row: any column it names).  When the
    names printed whole do not make one, and one is (``STT`` survives a scan), the
    others are read by their nearest column name (:func:`~vnadmin.text.fields.repaired_field`)."""
    columns = {i: f for i, cell in enumerate(row) if (f := field_of(cell)) is not None}
    if sub or (columns and _names_tasks(columns) and any(map(_CONTENT_WORD.search, row))):
        return columns
    if not columns or len(row) > _HEADING_CELLS or any(len(cell) > _HEADING_CELL for cell in row):
        return {}
    repaired = {i: f for i, cell in enumerate(row) if (f := _heading_field(cell)) is not None}
    return repaired if _names_tasks(repaired) else {}


def _beside_lead(columns: dict[int, Field]) -> dict[int, Field]:
    """A column of who does it beside one that leads (``Chủ trì | Thực hiện``) lists those
    who carry the task out under the lead: they cooperate, none of them leads."""
    if Field.LEAD not in columns.values():
        return columns
    return {
        i: Field.COOPERATE if field is Field.LEAD_AND_COOPERATE else field
        for i, field in columns.items()
    }


def _names_tasks(columns: dict[int, Field]) -> bool:
    """Whether a heading's columns are a task table's: content, and who or when."""
    named = set(columns.values())
    return Field.CONTENT in named and bool(named & _WHO_OR_WHEN)


def _heading_field(cell: str) -> Field | None:
    """What a heading cell names, printed whole or damaged by a scan."""
    return field_of(cell) or repaired_field(cell)


def _heading_again(row: Sequence[str], columns: dict[int, Field]) -> bool:
    named = [field_of(cell) for cell in row if cell]
    return bool(named) and all(field is not None for field in named) and len(named) >= 2


def _cell(row: Sequence[str], columns: dict[int, Field], field: Field) -> str:
    return " ".join(row[i] for i, f in columns.items() if f is field and i < len(row) and row[i])


def _starts_row(row: Sequence[str], columns: dict[int, Field]) -> bool:
    """A row without a number starts a task when its content cell is filled and no
    column before it: a wrapped cell leaves the content cell empty or fills only some."""
    return bool(_cell(row, columns, Field.CONTENT)) and len([c for c in row if c]) == len(row)


def _joined(row: list[str], more: Sequence[str], columns: dict[int, Field]) -> list[str]:
    """A row with the cells of a line that continues it: cell by cell when the line has
    as many, else its text goes on the content cell."""
    if len(more) != len(row):
        content = next(i for i, f in columns.items() if f is Field.CONTENT)
        more = [" ".join(filter(None, more)) if i == content else "" for i in range(len(row))]
    return [f"{a} {b}".strip() if b else a for a, b in zip(row, more, strict=True)]


def _row(row: Sequence[str], line: int, columns: dict[int, Field]) -> TableRow | None:
    content = _cell(row, columns, Field.CONTENT)
    if not content:
        return None
    fields = TaskFields()
    for index, field in sorted(columns.items()):
        if field in (Field.NUMBER, Field.CONTENT, Field.OTHER) or index >= len(row):
            continue
        assign(fields, field, row[index])
    return TableRow(content[:_MAX_CELL], line, _label(_cell(row, columns, Field.NUMBER)), fields)


def _label(number: str) -> str | None:
    """A number cell as a label: ``1`` reads ``1.``, ``II`` reads ``II.``, ``a`` ``a)``."""
    number = number.strip()
    if not _NUMBER.fullmatch(number):
        return None
    if number[-1] in ".)":
        return number
    if number.isalpha() and len(number) == 1 and number.islower():
        return f"{number})"
    if number.isalpha() and not roman_value(number):
        return f"{number}."
    label = f"{number}."
    match = LABEL.match(label)
    return label if match is not None and label_level(match) is not None else None


def _clean(cell: str) -> str:
    return squash(_MARKUP.sub(" ", cell))
