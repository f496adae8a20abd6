"""The distribution list (``Nơi nhận:``) with its purposes, and the archive line (``Lưu:``).

Entries are ``- Như trên;``, ``- UBND tỉnh (để b/c);``; the purpose is a final parenthesis
that says what for (``(để báo cáo)``, ``(b/c)``).  The archive line is ``- Lưu: VT,
XDCQ&CTTN, 02b.`` in state documents and ``- Lưu Văn phòng Tỉnh ủy.`` in Party ones; a
final ``NVA(10)`` is the drafter's initials and the number of copies issued.
"""

from __future__ import annotations

import re

from vnadmin.model import ArchiveLine, DrafterMark, Recipient
from vnadmin.text.lines import squash
from vnadmin.text.recipients import BULLET

__all__ = ["NOI_NHAN", "read_archive", "read_recipient"]

NOI_NHAN = re.compile(r"(?:Nơi|NƠI|nơi)[ \t]+(?:nhận|NHẬN)[ \t]*:?[ \t]*(?P<rest>.*)")
"""The heading of the distribution list; entries may follow on the same line."""

_PURPOSE = re.compile(
    r"[ \t,;]*\((?P<purpose>(?:để|Để|đề)[ \t][^()]{1,60}|[a-zđ]{1,2}/[a-zđ]{1,2}[^()]{0,20})\)"
    r"[ \t.;,]*$"
)
_ARCHIVE = re.compile(r"(?:Lưu|LƯU|lưu|Luu|LUU|luu)(?:[ \t]*:|[ \t]+|$)[ \t]*(?P<units>.*)")
_COPIES = re.compile(r"\(?(?P<copies>\d{1,4})[ \t]*(?:b|bản|B)?\)?")
_DRAFTER = re.compile(
    r"(?P<initials>[^\W\d_][^\W\d_.]{0,9}(?:\.[^\W\d_]{1,9}){0,2})\.?[ \t]*\((?P<copies>\d{1,6})\)"
)
_END = " \t.;,"
_LEADING_BULLETS = re.compile(rf"(?:{BULLET.pattern}[ \t]*)+")
_LINE_END = re.compile(r"(?:(?<=[^\W_])|(?<=\)))\.[ \t]+(?=\S)")
"""The period ending the archive line, followed by something else on the same line."""


def _unbulleted(text: str) -> str:
    """``text`` without the bullet(s) opening it (``- ``, ``* - ``)."""
    match = _LEADING_BULLETS.match(text)
    return text[match.end() :] if match is not None else text


def read_recipient(text: str) -> Recipient | None:
    """One entry of the list, bullet and final punctuation removed."""
    text = _unbulleted(squash(text))
    purpose = None
    match = _PURPOSE.search(text)
    if match is not None:
        purpose = squash(match["purpose"])
        text = text[: match.start()]
    name = text.strip(_END)
    if not name:
        return None
    return Recipient(name=name, purpose=purpose)


def read_archive(text: str) -> tuple[ArchiveLine | None, DrafterMark | None] | None:
    """The archive line (``Lưu: VT, VP.``), or ``None`` if ``text`` is not one."""
    text = _unbulleted(squash(text))
    match = _ARCHIVE.fullmatch(text)
    if match is None:
        return None
    listed = _LINE_END.split(match["units"], maxsplit=1)[0]  # what OCR joined after it goes
    units = [unit.strip(_END) for unit in listed.strip(_END).split(",")]
    units = [unit for unit in units if unit]
    copies = None
    drafter = None
    if units:
        drafted = _DRAFTER.fullmatch(units[-1])
        if drafted is not None and len(units) > 1:
            drafter = DrafterMark(initials=drafted["initials"], copies=int(drafted["copies"]))
            units.pop()
    if units:
        counted = _COPIES.fullmatch(units[-1])
        if counted is not None and len(units) > 1 and 0 < int(counted["copies"]) <= 10_000:
            copies = int(counted["copies"])
            units.pop()
    archive = ArchiveLine(units=units, copies=copies) if units else None
    return archive, drafter
