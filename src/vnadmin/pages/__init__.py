"""Printed pages (Word, PDF) as vnadmin reads them: the blocks their readers recover, the
logical lines the text reader reads, the presentation measured on them, and the reading
they return.

A Word or PDF reader undoes the page into :mod:`~vnadmin.pages.blocks` (paragraphs and
tables of formatted runs); :func:`logical_lines` turns them into the lines
:func:`vnadmin.text.parse_text` reads (:func:`read_lines`), so the body, the task list, the
signature and the distribution list go through the one semantic layer every input goes
through; :func:`measure` finds each component on the page and what it shows.
"""

from vnadmin.pages.blocks import Block, Cell, Para, Run, Table
from vnadmin.pages.lines import Line, logical_lines
from vnadmin.pages.measure import measure
from vnadmin.pages.reading import PageDiagnostic, PageReading, read_lines, read_page

__all__ = [
    "Block",
    "Cell",
    "Line",
    "PageDiagnostic",
    "PageReading",
    "Para",
    "Run",
    "Table",
    "logical_lines",
    "measure",
    "read_lines",
    "read_page",
]
