"""Marking rules: urgency and secrecy are enums in the model, so what is left is which values
a regime's page may carry, and how the page words them.  ``HỎA TỐC HẸN GIỜ`` is an edXML
priority (4), not a mark of NĐ 30, which knows KHẨN, THƯỢNG KHẨN and HỎA TỐC; the marks are
printed in capitals, in the words of the decree (``Hỏa tốc`` is not one)."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.grammar.marks import HANDLING_MARKS
from vnadmin.model import Urgency
from vnadmin.normalize import tone_key
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


_WORDED = {"urgency": "độ khẩn", "secrecy": "độ mật", "circulation": "phạm vi lưu hành"}


@rule(
    "VN-MARK-002",
    Severity.WARNING,
    source="NĐ 30/2020 Phụ lục I, Phần I, mục III.2, III.3 và III.4; Luật Bảo vệ bí mật nhà"
    " nước 2018 Điều 8 (MẬT, TỐI MẬT, TUYỆT MẬT)",
    summary="Độ mật, độ khẩn and circulation marks are printed in the decree's words, in"
    " capitals: MẬT, TỐI MẬT, TUYỆT MẬT; KHẨN, THƯỢNG KHẨN, HỎA TỐC",
    needs=("printed",),
)
def mark_wording(context: Context) -> Iterator[Finding]:
    lines, instrument = context.printed, context.instrument
    for field, term in _WORDED.items():
        line, value = getattr(lines, field), getattr(instrument, field)
        if line is None or value is None:
            continue
        wanted = HANDLING_MARKS[value]
        if tone_key(line) != tone_key(wanted) or line != line.upper():
            yield Finding(f"printed.{field}", f"the {term} mark is printed {wanted}, not {line!r}")


RULES: tuple[Rule, ...] = (timed_flash, mark_wording)
