"""Grammar of the archive line that closes a distribution list: ``Lưu: VT, TXNK (30b).``

NĐ 30/2020 (Phụ lục I, mục II.9.b) prints ``Lưu: VT, <drafting unit>, <copies kept>``,
and the drafter's initials with the copies issued (``NVA.(30)``); a Party document prints
``Lưu VT, ...`` or ``Lưu Văn phòng Tỉnh ủy.``.  The reader meets the line whole, run on
after an item, split by a narrow cell, or with its label OCR damaged: each of them is an
anchor or a join of the patterns here, so the label is spelled once.
"""

from __future__ import annotations

import re

from vnadmin.model.kinds import Regime
from vnadmin.model.parties import ArchiveLine, DrafterMark
from vnadmin.normalize import fold

__all__ = [
    "ARCHIVE",
    "ARCHIVE_LABEL",
    "ARCHIVE_LEAD",
    "CLERKS",
    "DAMAGED_LABEL",
    "LABEL_WORD",
    "format_archive",
    "names_clerks",
]

LABEL_WORD = "Lưu"
"""The label as NĐ 30 prints it: what the reader restores a damaged label to."""
ARCHIVE_LABEL = "(?:Lưu|LƯU|lưu|Luu|LUU|luu)"
"""The label, as printed or with the diacritics a text layer lost (``Luu``)."""
CLERKS = r"VT(?![^\W\d_])"
"""The registry office (văn thư) the line names first, not a word opening with it."""
_CLERKS_NAMES = frozenset({"vt", fold("Văn thư")})


def names_clerks(unit: str) -> bool:
    """Whether an archive line's ``unit`` is the registry office: ``VT``, or the name it
    abbreviates written in full (``Lưu: Văn thư, NN (2)``, as the Government's office
    prints it)."""
    return fold(unit) in _CLERKS_NAMES


ARCHIVE = re.compile(
    rf"{ARCHIVE_LABEL}(?:[ \t]*:|;(?=[ \t]*{CLERKS})|\.?[ \t]+|\.?$)[ \t]*(?P<units>.*)"
)
"""The line from its label, its units after ``Lưu:``; ``Lưu.`` alone (a Party list's last
item) is one too, with no unit, or with what a scan made of its blank (``Lưu. Tư.``); so
is ``Lưu; VT, ...``, its colon a scan's OCR read as ``;`` (``Lưu; trữ hồ sơ`` is an item)."""
ARCHIVE_LEAD = rf"{ARCHIVE_LABEL}[ \t]*[:;]?[ \t]+{CLERKS}"
"""The label and ``VT`` after it (``Lưu: VT``, ``Lưu VT``): the archive line beyond doubt,
where other text runs around it."""
DAMAGED_LABEL = r"[Ll][^\W\d_]{1,3}"
"""The label as OCR may damage it (``Ltru``, ``LUll``, ``Lim``): a short word opening with
an L.  Only before a colon and ``VT`` is it the label, and its caller weighs the word."""


def format_archive(archive: ArchiveLine, drafter: DrafterMark | None, regime: Regime) -> str:
    """``Lưu: VT, VP, 02b, NVA.(30).`` (Party documents: ``Lưu VT, ...``): the units, the
    copies kept, and the drafter's initials with the copies issued (NĐ 30 Phụ lục I, mục
    II.9 điểm b and III.5)."""
    units = list(archive.units)
    if archive.copies is not None:
        units.append(f"{archive.copies:02d}b")
    if drafter is not None and drafter.copies is not None:
        units.append(f"{drafter.initials}.({drafter.copies})")
    lead = f"{LABEL_WORD} " if regime is Regime.PARTY else f"{LABEL_WORD}: "
    return f"{lead}{', '.join(units)}."
