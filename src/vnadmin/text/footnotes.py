"""Footnotes at a page's foot, read as one line each.

A PDF's text puts a page's footnotes between its last line and the page break, in the
flow: ``2 Điều 4. Cơ chế thu hút ...`` / ``4. Căn cứ vào quy định ...`` quotes an article
of a law, and its ``4.`` would be read as an item of the document's own outline.  A
footnote opens with its number and a space (``1 Luật Ngân sách ...``), never with a
label's stop; the page above it carries the number as a mark glued to a word
(``có liên quan1.``; ``khoản 4²`` reads ``khoản 42``); the footnotes of a document are
numbered from 1 on, page after page.  Each is joined into one line where it was printed,
so its words and the instruments it cites are kept, and no line of it opens an item.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line

__all__ = ["join_footnotes"]

_START = re.compile(r"(?P<number>\d{1,2})[ \t]+(?P<first>[^\W\d_])")
"""A footnote's first line: its number, a space, a word (``2 Điều 4. ...``), whose first
letter is a capital."""
_REACH = 16
"""The most lines, blank ones included, a page's footnotes take above its break."""


def join_footnotes(lines: list[Line], ends: Iterable[int], diagnostics: Diagnostics) -> None:
    """Join in place each footnote printed right above one of the page ends ``ends`` (the
    indexes of page breaks and of page numbers alone on their lines, which the caller
    blanks): the lines of footnote ``n`` become one line, on the first of them."""
    expected, page = 1, 0
    joined: list[int] = []
    for end in sorted(set(ends)):
        starts = _footnotes(lines, page, end, expected)
        stops = [*starts[1:], end] if starts else []
        for at, stop in zip(starts, stops, strict=True):
            texts = [lines[row].text for row in range(at, stop) if lines[row].text]
            lines[at] = Line(lines[at].number, " ".join(texts))
            for row in range(at + 1, stop):
                lines[row] = Line(lines[row].number, "")
            joined.append(lines[at].number)
        expected += len(starts)
        page = end + 1
    if joined:
        diagnostics.info(
            joined[0],
            "footnotes-joined",
            f"{len(joined)} footnote(s) at a page's foot read as one line each: their"
            " numbered lines are no items of the document's outline",
        )


def _footnotes(lines: list[Line], page: int, end: int, expected: int) -> list[int]:
    """Where the footnotes above ``end`` start, numbered ``expected`` on: each after a
    blank line, the first marked on the page above (``[]`` when they are not)."""
    bottom = end
    while bottom > page and not lines[bottom - 1].text:
        bottom -= 1
    top = max(page + 1, bottom - _REACH)
    numbered = [
        (at, int(found["number"]))
        for at in range(top, bottom)
        if not lines[at - 1].text
        and (found := _START.match(lines[at].text)) is not None
        and found["first"].isupper()
    ]
    for first, (at, number) in enumerate(numbered):
        numbers = [number for _, number in numbered[first:]]
        if numbers == list(range(expected, expected + len(numbers))) and _marked(
            lines, page, at, expected
        ):
            return [at for at, _ in numbered[first:]]
    return []


def _marked(lines: list[Line], page: int, at: int, number: int) -> bool:
    """Whether the page above the footnotes marks footnote ``number``: glued to a word
    (``liên quan1.``), or, past the first, to a figure (``khoản 42`` for ``4²``)."""
    glued = r"[^\W\d_]" if number == 1 else r"\w"
    mark = re.compile(rf"(?<={glued})[”\"’)]?{number}(?!\d)")
    return any(mark.search(lines[row].text) for row in range(page, at))
