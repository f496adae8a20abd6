"""A printed page as its readers recover it: paragraphs and tables, each run of text with
the formatting it shows.

The Word reader walks a document's XML into these blocks (:mod:`vnadmin.docx.walk`), the PDF
reader groups a page's words into them (:mod:`vnadmin.pdf.layout`); from there one
linearisation gives the text reader its lines (:mod:`vnadmin.pages.lines`) and one
measure finds each component's presentation (:mod:`vnadmin.pages.measure`).
"""

from __future__ import annotations

from typing import Union

import attrs

from vnadmin.presentation import Alignment, LineSpacing

__all__ = ["Block", "Cell", "Para", "Run", "Table"]


@attrs.frozen
class Run:
    """Text in one formatting: ``font`` (family), ``size`` (points) are ``None`` where no
    level of the document sets them."""

    text: str
    font: str | None = None
    size: float | None = None
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False


@attrs.frozen
class Para:
    """A paragraph: its runs, the label its automatic list numbering prints, how it is
    aligned and spaced, whether a border or a drawn line marks a rule at it, and where it
    is (``table 1, row 1, cell 2, paragraph 1``)."""

    runs: tuple[Run, ...]
    where: str
    label: str | None = None
    alignment: Alignment | None = None
    spacing: LineSpacing | None = None
    border_below: bool = False
    border_above: bool = False
    line_shape: bool = False

    @property
    def text(self) -> str:
        body = "".join(run.text for run in self.runs)
        return f"{self.label} {body}" if self.label else body


@attrs.frozen
class Cell:
    blocks: tuple[Block, ...]


@attrs.frozen
class Table:
    """A table, row by row, cell by cell; ``bordered`` when its cells show borders."""

    rows: tuple[tuple[Cell, ...], ...]
    where: str
    bordered: bool = False
    widths: tuple[float, ...] = ()
    """The columns' widths in millimetres, where the document says."""


Block = Union[Para, Table]  # noqa: UP007 - runtime alias
