"""Strategies for deadlines: by a date, within a period, or relative."""

from __future__ import annotations

import calendar
import functools
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
from vnadmin.strategies._common import MAX_YEAR, MIN_YEAR, Normalization, _form, _optional, _pick

_DEADLINE_TYPES: tuple[type[Deadline], ...] = (DateDeadline, PeriodDeadline, RelativeDeadline)


_INDEXED_PERIODS = (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.HALF)


def deadlines(
    *,
    types: Iterable[type[Deadline]] | None = None,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Deadline]:
    """Task deadlines: on a date (``trước ngày 05/12``, the year may be blank), a period
    (``trong quý II/2024``) or relative to an event (``trong 15 ngày kể từ ...``).

    ``types`` restricts them to some of DateDeadline, PeriodDeadline, RelativeDeadline;
    the years they name are in ``min_year..max_year``.
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
    _check_years(min_year, max_year)
    _check_normalization(normalization)
    return _deadlines(chosen, min_year, max_year, normalization)


@functools.cache
def _deadlines(
    types: tuple[type[Deadline], ...], min_year: int, max_year: int, normalization: Normalization
) -> st.SearchStrategy[Deadline]:
    """Deadlines of ``types``; with no year in ``min_year..max_year`` they name none."""
    years = st.integers(min_year, max_year) if min_year <= max_year else None
    found: list[st.SearchStrategy[Deadline]] = []
    if DateDeadline in types:
        found.append(_date_deadlines(years))
    if PeriodDeadline in types:
        found.append(_period_deadlines(years))
    if RelativeDeadline in types:
        found.append(_relative_deadlines(normalization))
    return st.one_of(found)


@st.composite
def _date_deadlines(draw: st.DrawFn, years: st.SearchStrategy[int] | None) -> DateDeadline:
    year = None if years is None else _optional(draw, years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(2000 if year is None else year, month)[1]))
    return DateDeadline(
        bound=draw(st.sampled_from(DeadlineBound)),
        date=PartialDate(day=day, month=month, year=year),
    )


@st.composite
def _period_deadlines(draw: st.DrawFn, years: st.SearchStrategy[int] | None) -> PeriodDeadline:
    units = tuple(PeriodUnit) if years is not None else _INDEXED_PERIODS
    unit = _pick(draw, units)
    if unit is PeriodUnit.YEAR:
        assert years is not None
        return PeriodDeadline(unit=unit, year=draw(years))
    top = {PeriodUnit.MONTH: 12, PeriodUnit.QUARTER: 4, PeriodUnit.HALF: 2}[unit]
    return PeriodDeadline(
        unit=unit,
        index=draw(st.integers(1, top)),
        year=None if years is None else _optional(draw, years),
    )


@st.composite
def _relative_deadlines(draw: st.DrawFn, normalization: Normalization) -> RelativeDeadline:
    return RelativeDeadline(text=_form(draw, _pick(draw, vocab.RELATIVE_DEADLINES), normalization))
