"""Grammar of one distribution entry on one line: ``UBND tỉnh (để báo cáo)`` (the archive
line that ends the list has its own, :mod:`vnadmin.grammar.archive`).

The form edXML's ``ToPlaces/Place`` carries and its checker measures: the name, then the
purpose in a final parenthesis.
"""

from __future__ import annotations

from vnadmin.model.parties import Recipient

__all__ = ["format_recipient", "parse_recipient"]


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
