"""Strategies for deadlines: by a date, within a period, or relative."""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.model import (
    DateDeadline,
    Deadline,
    DeadlineBound,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    RelativeDeadline,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_normalization, _check_years
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _form,
    _pick,
    _picks,
)

_DEADLINE_TYPES: tuple[type[Deadline], ...] = (DateDeadline, PeriodDeadline, RelativeDeadline)


_BOUNDS = tuple(DeadlineBound)
_INDEXED_PERIODS = (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.HALF)
_PERIOD_COUNTS = {PeriodUnit.MONTH: 12, PeriodUnit.QUARTER: 4, PeriodUnit.HALF: 2}
_LEAP_YEAR = 2000
"""Days are drawn in a leap year's calendar; 29 February falls back to the 28th in others."""


def deadlines(
    *,
    types: Iterable[type[Deadline]] | None = None,
    min_year: int | None = None,
    max_year: int | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Deadline]:
    """Task deadlines: on a date (``trước ngày 05/12``, the year may be blank), a period
    (``trong quý II/2024``) or relative to an event (``trong 15 ngày kể từ ...``).

    ``types`` restricts them to some of DateDeadline, PeriodDeadline, RelativeDeadline
    (None: all three); the years they name are in ``min_year..max_year`` (by default
    ``MIN_YEAR..MAX_YEAR``; a bound left out follows the other one).
    """
    if types is None:
        chosen = _DEADLINE_TYPES
    else:
        if isinstance(types, (str, bytes)) or not isinstance(types, Iterable):
            raise InvalidArgument(f"types={types!r} must be a collection of deadline classes")
        chosen = tuple(types)
        if not chosen or any(t not in _DEADLINE_TYPES for t in chosen):
            raise InvalidArgument(
                f"types={types!r} must name some of DateDeadline, PeriodDeadline, RelativeDeadline"
            )
    first, last = _check_years(min_year, max_year, first=MIN_YEAR, last=MAX_YEAR)
    _check_normalization(normalization)
    return st.composite(_deadline)(chosen, first, last, normalization)


def _deadline(
    draw: st.DrawFn,
    types: tuple[type[Deadline], ...],
    min_year: int,
    max_year: int,
    normalization: Normalization,
) -> Deadline:
    """A deadline of one of ``types``; with no year in ``min_year..max_year`` it names none.

    Each kind is one draw after the choice of kind, and shrinks to its first form: before
    1 January with no year, in month 1, the first relative phrase.
    """
    kind = _pick(draw, types)
    years = max(0, max_year - min_year + 1)
    if kind is RelativeDeadline:
        text = _pick(draw, vocab.RELATIVE_DEADLINES)
        return RelativeDeadline(text=_form(draw, text, normalization))
    if kind is DateDeadline:
        bound, day, year = _picks(draw, len(_BOUNDS), 366, 2 * years or 1)
        named = min_year + year - years if years and year >= years else None
        date = datetime.date(_LEAP_YEAR, 1, 1) + datetime.timedelta(days=day)
        last = calendar.monthrange(_LEAP_YEAR if named is None else named, date.month)[1]
        return DateDeadline(
            bound=_BOUNDS[bound],
            date=PartialDate(day=min(date.day, last), month=date.month, year=named),
        )
    units = tuple(PeriodUnit) if years else _INDEXED_PERIODS
    unit, index, year = _picks(draw, len(units), 12, 2 * years or 1)
    if units[unit] is PeriodUnit.YEAR:
        return PeriodDeadline(unit=PeriodUnit.YEAR, year=min_year + year % years)
    return PeriodDeadline(
        unit=units[unit],
        index=1 + index % _PERIOD_COUNTS[units[unit]],
        year=min_year + year - years if years and year >= years else None,
    )
