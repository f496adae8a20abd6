"""Strategies for dates, partial (drafts) or complete."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from vnadmin.model import PartialDate
from vnadmin.strategies._checks import _check_flag, _check_years
from vnadmin.strategies._common import MAX_YEAR, MIN_YEAR, _day, _index

_PARTS = ("day", "month", "year")
_BLANKS = tuple(  # every set of blank parts, the empty one first
    frozenset(part for bit, part in enumerate(_PARTS) if mask >> bit & 1) for mask in range(8)
)


def partial_dates(
    *,
    complete: bool | None = None,
    min_year: int | None = None,
    max_year: int | None = None,
) -> st.SearchStrategy[PartialDate]:
    """Dates whose parts may be blank, as in drafts (``ngày tháng 01 năm 2022``).

    ``complete=True`` gives whole dates, ``False`` dates missing at least one part (possibly
    all), ``None`` either.  Years are in ``min_year..max_year`` (by default
    ``MIN_YEAR..MAX_YEAR``; a bound left out follows the other one).
    """
    _check_flag("complete", complete)
    first, last = _check_years(min_year, max_year, first=MIN_YEAR, last=MAX_YEAR)
    span = (datetime.date(first, 1, 1), datetime.date(last, 12, 31))
    return st.composite(_partial_date)(complete, *span)


def _partial_date(
    draw: st.DrawFn, complete: bool | None, first: datetime.date, last: datetime.date
) -> PartialDate:
    """A day from ``first`` to ``last`` with the parts ``complete`` asks for left blank."""
    day = _day(draw, first, last)
    if complete:
        return PartialDate.from_date(day)
    blank = _BLANKS[draw(_index(8)) if complete is None else 1 + draw(_index(7))]
    return PartialDate(
        day=None if "day" in blank else day.day,
        month=None if "month" in blank else day.month,
        year=None if "year" in blank else day.year,
    )
