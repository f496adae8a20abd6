"""Grammar of the subject lead of a công văn: ``V/v`` (về việc), as printed in the wild.

NĐ 30 Phụ lục I prints it ``V/v``; converted texts also give ``V/V``, ``v/v`` and ``V.v``.
``Về việc`` is not the same mark: other kinds open their subjects with it too.
"""

from __future__ import annotations

import re

__all__ = ["CANONICAL_VV", "DAMAGED_VV", "SUBJECT_LEAD", "VV", "is_vv_subject"]

CANONICAL_VV = "V/v"
"""The lead as NĐ 30 prints it."""

VV = re.compile(r"(?:V/v|V/V|v/v|V\.v)(?=[ \t:.]|$)")
"""The lead in any spelling met, at the start of a subject."""

SUBJECT_LEAD = re.compile(r"V/v|V/V|v/v|V\.v|Về[ \t]+việc|VỀ[ \t]+VIỆC")
"""What opens any kind's subject: the lead, glued or not to what follows (``V/vBáo cáo``),
or ``Về việc``."""

DAMAGED_VV = re.compile(r"V(?![/.]v|/V)(?:[íìịỉi1lI|\\]|[^\w\s])[vV](?=[ \t]+[a-zđà-ỹ])")
"""The lead as a scan's OCR reads it, its slash a letter or a sign (``VíV thông báo``,
``V1v``, ``V\\v``): a ``V``, one character, a ``v``, then a word in small letters; no
Vietnamese word is spelt so."""


def is_vv_subject(subject: str | None) -> bool:
    """Does ``subject`` open with the công văn lead, in any spelling?"""
    return subject is not None and VV.match(subject) is not None
