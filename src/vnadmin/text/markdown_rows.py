"""Which lines of a text are the rows of a markdown table: the one place that says so for
every reader of markdown tables (the clean-up, which reads header and footer tables column
by column; the task-table reader).

A row is a line between edge pipes (``| UBND TỈNH X | CỘNG HÒA ... |``) or a line of a
table whose rows print no edge pipes (``Nơi nhận: ... | TM. ỦY BAN NHÂN DÂN ...``), as
GFM allows and ``html2text`` writes every table of a Word page: such a table is known by
its delimiter row (``---|---``) under its first row, and goes on while its lines hold a
pipe.  A pipe in running text with no delimiter row under it starts no table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["table_rows"]

_DELIMITER_ROW = re.compile(r"\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)+\|?")
"""A markdown table's delimiter row, of two cells or more (``---|---``, ``|:--|--:|``)."""


def _delimiter_row(line: str) -> bool:
    """Whether ``line`` is a table's delimiter row."""
    return "-" in line and "|" in line and _DELIMITER_ROW.fullmatch(line.strip()) is not None


def table_rows(lines: Sequence[str]) -> frozenset[int]:
    """The indices (from 0) in ``lines`` of the lines that are a markdown table's rows,
    its delimiter row included."""
    rows: set[int] = set()
    bare = False  # in a table whose rows print no edge pipes
    for index, raw in enumerate(lines):
        if "|" not in raw:
            bare = False
            continue
        line = raw.strip()
        if line.startswith("|") and line.count("|") >= 2:
            rows.add(index)
        elif (
            bare
            or _delimiter_row(line)
            or (index + 1 < len(lines) and _delimiter_row(lines[index + 1]))
        ):
            rows.add(index)
            bare = True
    return frozenset(rows)
