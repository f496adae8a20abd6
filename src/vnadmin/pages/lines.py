"""A page's blocks as the logical lines the text reader reads.

A Word document says exactly what converted text leaves to guesswork, where a paragraph
ends and which cell a line is in; a PDF's positions say nearly as much.  The lines keep that: a paragraph is one line (its manual line breaks
are lines of it), paragraphs are separated by a blank line, and a layout table (the header,
the signature and ``Nơi nhận`` table, the incoming stamp: borderless tables, or tables that
hold the banner, the number, the date or ``Nơi nhận``) is read cell after cell, row by row,
each cell's lines together and a blank line after it, so a cell's lines are never mixed
with its neighbour's.  Any other table (a task table) is printed as markdown rows, one row
a line and one cell between bars, the shape the text reader reads tables in.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from vnadmin.normalize import fold
from vnadmin.pages.blocks import Block, Cell, Para, Table

__all__ = ["Line", "logical_lines"]

_LAYOUT_WORDS = re.compile(
    r"cong hoa xa hoi|doc lap - tu do|dang cong san viet nam|\bso\b ?:|\bden\b|noi nhan"
    r"|\bngay\b.*\bthang\b"
)
"""What a layout table holds (folded): the banner, the motto, a number, a stamp, a date,
the distribution list."""


@attrs.frozen
class Line:
    """A logical line recovered from a page, and where it comes from (empty for a blank)."""

    text: str
    where: str = ""


def logical_lines(blocks: list[Block]) -> list[Line]:
    """The logical lines of ``blocks``, each with where it comes from."""
    lines: list[Line] = []
    for block in blocks:
        if isinstance(block, Para):
            lines.extend(_paragraph(block))
            lines.append(Line(""))
        elif _is_layout(block):
            lines.extend(_cells(block))
        else:
            lines.extend(_markdown(block))
            lines.append(Line(""))
    while lines and not lines[-1].text:
        lines.pop()
    return lines


def _paragraph(para: Para) -> Iterator[Line]:
    for text in para.text.split("\n"):
        yield Line(text.strip(), para.where if text.strip() else "")


def _is_layout(table: Table) -> bool:
    if not table.bordered:
        return True
    return any(_LAYOUT_WORDS.search(fold(text)) for text in _table_texts(table))


def _table_texts(table: Table) -> Iterator[str]:
    for row in table.rows:
        for cell in row:
            for block in cell.blocks:
                if isinstance(block, Para):
                    yield block.text
                else:
                    yield from _table_texts(block)


def _cells(table: Table) -> Iterator[Line]:
    """A layout table, cell after cell: each cell's lines, then a blank line."""
    for row in table.rows:
        for cell in row:
            for block in cell.blocks:
                if isinstance(block, Para):
                    yield from _paragraph(block)
                else:
                    yield from _cells(block) if _is_layout(block) else _markdown(block)
            yield Line("")


def _markdown(table: Table) -> Iterator[Line]:
    """A data table as markdown rows: ``| 1 | Ban hành kế hoạch | Sở Nội vụ | Quý II |``."""
    for index, row in enumerate(table.rows, 1):
        texts = [" ".join(_cell_text(cell).split()).replace("|", "/") for cell in row]
        if any(texts):
            yield Line(f"| {' | '.join(texts)} |", f"{table.where}, row {index}")


def _cell_text(cell: Cell) -> str:
    parts: list[str] = []
    for block in cell.blocks:
        if isinstance(block, Para):
            parts.append(block.text)
        else:
            parts.extend(_table_texts(block))
    return " ".join(parts)
