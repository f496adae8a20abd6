"""Place and date rules (địa danh và thời gian ban hành).

Impossible dates (30 February) cannot be built in the model, and dates are integers there,
so the leading zeros of ``ngày 05 tháng 01`` are the text parser's business, not these rules'.
What is left: a date after today, and blank parts in a final document.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator

from vnadmin.model import PartialDate
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES", "earliest", "latest"]

_DATE = "Phụ lục I, Phần I, mục II.4; HD 36-HD/VPTW (địa danh và ngày tháng)"
_ND30_DATE = f"NĐ 30/2020 {_DATE}"
_PARTS = (("day", "ngày"), ("month", "tháng"), ("year", "năm"))


def earliest(date: PartialDate) -> datetime.date | None:
    """The first calendar day ``date`` can be; ``None`` without a year."""
    if date.year is None:
        return None
    return datetime.date(date.year, date.month or 1, date.day or 1)


def latest(date: PartialDate) -> datetime.date | None:
    """The last calendar day ``date`` can be; ``None`` without a year."""
    if date.year is None:
        return None
    month = date.month or 12
    return datetime.date(date.year, month, date.day or calendar.monthrange(date.year, month)[1])


@rule(
    "VN-DATE-001",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 15 khoản 1, {_DATE}; QCVN 102:2016/BTTTT (PromulgationDate)",
    summary="The date of issue is not after today",
)
def future_date(context: Context) -> Iterator[Finding]:
    date = context.instrument.date
    first = None if date is None else earliest(date)
    if first is not None and first > context.today:
        yield Finding(
            "date",
            f"the date of issue (thời gian ban hành) {first.isoformat()} is after today"
            f" ({context.today.isoformat()})",
        )


@rule(
    "VN-DATE-002",
    Severity.ERROR,
    source=_ND30_DATE,
    summary="A final document's date has its day, month and year; only drafts leave parts blank",
    final_only=True,
    reports=False,
)
def partial_date(context: Context) -> Iterator[Finding]:
    date = context.instrument.date
    if date is None or date.is_blank:
        return
    for part, word in _PARTS:
        if getattr(date, part) is None:
            yield Finding(f"date.{part}", f"the {part} ({word}) of the date is blank")


@rule(
    "VN-DATE-003",
    Severity.ERROR,
    source=_ND30_DATE,
    summary="A final document is dated; only drafts leave the date blank",
    final_only=True,
    reports=False,
)
def missing_date(context: Context) -> Iterator[Finding]:
    date = context.instrument.date
    if date is None or date.is_blank:
        yield Finding("date", "the date of issue (thời gian ban hành) is missing")


@rule(
    "VN-DATE-004",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 8 khoản 2 điểm d, {_DATE}",
    summary="The place of issue (địa danh) is given",
    reports=False,
)
def missing_place(context: Context) -> Iterator[Finding]:
    if context.instrument.place is None:
        yield Finding("place", "the place of issue (địa danh) is missing")


RULES: tuple[Rule, ...] = (future_date, partial_date, missing_date, missing_place)
