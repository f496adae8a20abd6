"""Grammar of one distribution entry on one line: ``UBND tỉnh (để báo cáo)``, and of the
archive line that ends the list: ``Lưu: VT, VP, 02b, NVA.(30).``

The form edXML's ``ToPlaces/Place`` carries and its checker measures: the name, then the
purpose in a final parenthesis.
"""

from __future__ import annotations

from vnadmin.model.kinds import Regime
from vnadmin.model.parties import ArchiveLine, DrafterMark, Recipient

__all__ = ["format_archive", "format_recipient", "parse_recipient"]


def format_recipient(recipient: Recipient) -> str:
    """``Bộ trưởng (để báo cáo)``; the name alone when there is no purpose."""
    if recipient.purpose is None:
        return recipient.name
    return f"{recipient.name} ({recipient.purpose})"


def parse_recipient(text: str) -> Recipient:
    """A distribution entry; a final parenthesis after a space is its purpose."""
    name, opened, purpose = text.rpartition(" (")
    if opened and name.strip() and text.endswith(")") and purpose[:-1].strip():
        return Recipient(name=name.strip(), purpose=purpose[:-1].strip())
    return Recipient(name=text.strip())


def format_archive(archive: ArchiveLine, drafter: DrafterMark | None, regime: Regime) -> str:
    """``Lưu: VT, VP, 02b, NVA.(30).`` (Party documents: ``Lưu VT, ...``): the units, the
    copies kept, and the drafter's initials with the copies issued (NĐ 30 Phụ lục I, mục
    II.9 điểm b and III.5)."""
    units = list(archive.units)
    if archive.copies is not None:
        units.append(f"{archive.copies:02d}b")
    if drafter is not None and drafter.copies is not None:
        units.append(f"{drafter.initials}.({drafter.copies})")
    lead = "Lưu " if regime is Regime.PARTY else "Lưu: "
    return f"{lead}{', '.join(units)}."
