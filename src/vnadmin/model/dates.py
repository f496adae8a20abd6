"""Partial dates: any of day, month and year may be blank (``ngày tháng 01 năm 2022``)."""

from __future__ import annotations

import calendar
import datetime

import attrs

from vnadmin.model._construct import checked
from vnadmin.model._fields import fail, in_range
from vnadmin.model.numbering import MAX_YEAR, MIN_YEAR

__all__ = ["PartialDate"]

_LAST_DAY = (0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The last day of each month, 29 February included (a year may make it 28)."""


@checked
@attrs.frozen(kw_only=True)
class PartialDate:
    """A calendar date whose parts may be unknown.

    Whatever parts are given must fit together: 30 February is rejected; 29 February is
    accepted without a year and only in leap years with one.
    """

    day: int | None = attrs.field(
        default=None, validator=in_range(1, 31, optional=True, what="a day")
    )
    month: int | None = attrs.field(
        default=None, validator=in_range(1, 12, optional=True, what="a month")
    )
    year: int | None = attrs.field(
        default=None, validator=in_range(MIN_YEAR, MAX_YEAR, optional=True, what="a 4-digit year")
    )

    def __attrs_post_init__(self) -> None:
        if self.day is None or self.month is None or self.day <= 28:
            return
        last = _LAST_DAY[self.month]
        if self.month == 2 and self.year is not None and not calendar.isleap(self.year):
            last = 28
        if self.day > last:
            where = f"{self.month:02d}/{self.year}" if self.year else f"month {self.month}"
            fail(self, attrs.fields(PartialDate).day, f"{self.day} is past the end of {where}")

    @classmethod
    def from_date(cls, date: datetime.date) -> PartialDate:
        return cls(day=date.day, month=date.month, year=date.year)

    @property
    def is_complete(self) -> bool:
        return self.day is not None and self.month is not None and self.year is not None

    @property
    def is_blank(self) -> bool:
        return self.day is None and self.month is None and self.year is None

    def to_date(self) -> datetime.date:
        """The ``datetime.date``; ``ValueError`` if any part is blank."""
        if self.day is None or self.month is None or self.year is None:
            raise ValueError(f"{self!r} is partial and has no datetime.date")
        return datetime.date(self.year, self.month, self.day)
