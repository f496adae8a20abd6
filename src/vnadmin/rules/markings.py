"""Marking rules: urgency and secrecy are enums in the model, so what is left is which values
a regime's page may carry.  ``HỎA TỐC HẸN GIỜ`` is an edXML priority (4), not a mark of
NĐ 30, which knows KHẨN, THƯỢNG KHẨN and HỎA TỐC."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.model import Urgency
from vnadmin.rules.edxml import PROFILE
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]


@rule(
    "VN-MARK-001",
    Severity.WARNING,
    source="NĐ 30/2020 Phụ lục I, Phần I, mục III.3; QCVN 102:2016/BTTTT (Priority 4)",
    summary="HỎA TỐC HẸN GIỜ is an edXML priority, not an urgency mark of the page",
)
def timed_flash(context: Context) -> Iterator[Finding]:
    if context.instrument.urgency is Urgency.FLASH_TIMED and context.profile != PROFILE:
        yield Finding(
            "urgency",
            "HỎA TỐC HẸN GIỜ is an edXML priority; the page marks KHẨN, THƯỢNG KHẨN or HỎA TỐC",
        )


RULES: tuple[Rule, ...] = (timed_flash,)
