"""What a legal portal prints around the document: its metadata table.

A page of a legal portal, crawled to markdown or turned from HTML into text, shows the
portal's own record of the document before it (``Số hiệu``, ``Loại văn bản``, ``Nơi ban
hành``, ``Người ký``, ``Ngày ban hành``, ``Tình trạng``, ...).  That record is the portal's
reading, not the document: it must not become its number, issuer or subject.  It is
printed as a table (read here cell by cell) or, in text from HTML, as each key on a line
of its own with its value on the next.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnadmin.text.fuzzy import fold_chars

__all__ = ["metadata_lines", "metadata_table", "portal_field"]

_FIELDS = (
    "so hieu",
    "ky hieu",
    "loai van ban",
    "noi ban hanh",
    "co quan ban hanh",
    "cap ban hanh",
    "nguoi ky",
    "chuc danh",
    "ngay ban hanh",
    "ngay hieu luc",
    "ngay co hieu luc",
    "ngay het hieu luc",
    "ngay cong bao",
    "ngay dang cong bao",
    "so cong bao",
    "tinh trang",
    "tinh trang hieu luc",
    "hieu luc",
    "linh vuc",
    "nganh",
    "trich yeu",
    "nguon thu thap",
    "pham vi",
    "thong tin ap dung",
)
"""The portal's field names, folded (``Nơi ban hành`` -> ``noi ban hanh``)."""
_FIRST_LETTERS = frozenset(field[0] for field in _FIELDS)
_MAX_FIELD_LINE = 160
_REACH = 4
"""Lines from one field of the table to the next (its value between them)."""


def portal_field(text: str) -> tuple[bool, bool]:
    """Whether ``text`` opens with one of the portal's field names (``Số hiệu:``, ``Loại
    văn bản``), and whether its value follows on the same line."""
    if len(text) > _MAX_FIELD_LINE:
        return False, False
    head = fold_chars(text[:40]).lstrip(" *_|")
    if head[:1] not in _FIRST_LETTERS:
        return False, False
    for field in _FIELDS:
        if head.startswith(field):
            rest = head[len(field) :]
            if not rest or rest[0] in ": \t|":
                value = rest.lstrip(" \t:|*_")
                return True, bool(value) or len(text) > 40
    return False, False


def metadata_table(rows: Sequence[Sequence[str]]) -> bool:
    """Whether a table is a portal's record: a field name opens a cell in two rows or more,
    and in half the rows at least (a document's own table names such a field in its header
    row only: ``| Chức danh | Ngành |``)."""
    keyed = sum(any(portal_field(cell)[0] for cell in row) for row in rows)
    return keyed >= 2 and 2 * keyed >= len(rows)


def metadata_lines(texts: Sequence[str]) -> list[int]:
    """The indexes of the lines of a portal's metadata table printed as lines: runs of two
    fields or more, each within a few lines of the last, with the value that follows a
    field alone on its line."""
    found: list[int] = []
    run: list[int] = []
    fields = 0
    for at, text in enumerate(texts):
        if not text or text[:1] not in _STARTS:
            continue
        field, valued = portal_field(text)
        if not field:
            continue
        if run and at - run[-1] > _REACH:
            found.extend(run if fields >= 2 else ())
            run, fields = [], 0
        run.append(at)
        fields += 1
        if not valued:
            value = next(
                (i for i in range(at + 1, min(len(texts), at + _REACH + 1)) if texts[i]), None
            )
            if value is not None and not portal_field(texts[value])[0]:
                run.append(value)
    found.extend(run if fields >= 2 else ())
    return found


_STARTS = frozenset("SsKkLlNnCcTtHhPp*_|")
"""The first characters of a line that may open with a field name: a cheap test first."""
