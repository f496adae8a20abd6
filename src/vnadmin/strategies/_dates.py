"""Strategies for dates, partial (drafts) or complete."""

from __future__ import annotations

import calendar
import functools

from hypothesis import strategies as st

from vnadmin.model import (
    PartialDate,
)
from vnadmin.strategies._checks import _check_flag, _check_years
from vnadmin.strategies._common import MAX_YEAR, MIN_YEAR


def partial_dates(
    *,
    complete: bool | None = None,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
) -> st.SearchStrategy[PartialDate]:
    """Dates whose parts may be blank, as in drafts (``ngày tháng 01 năm 2022``).

    ``complete=True`` gives whole dates, ``False`` dates missing at least one part (possibly
    all), ``None`` either.  Years are in ``min_year..max_year``.
    """
    _check_flag("complete", complete, optional=True)
    _check_years(min_year, max_year)
    return _partial_dates(complete, min_year, max_year)


@st.composite
def _partial_dates(
    draw: st.DrawFn, complete: bool | None, min_year: int, max_year: int
) -> PartialDate:
    year = draw(st.integers(min_year, max_year))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    if complete:
        return PartialDate(day=day, month=month, year=year)
    blank = draw(
        st.sets(st.sampled_from(("day", "month", "year")), min_size=int(complete is False))
    )
    return PartialDate(
        day=None if "day" in blank else day,
        month=None if "month" in blank else month,
        year=None if "year" in blank else year,
    )


@functools.cache
def _complete_dates() -> st.SearchStrategy[PartialDate]:
    return _partial_dates(True, MIN_YEAR, MAX_YEAR)
