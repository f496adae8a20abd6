"""Argument checks: a strategy refuses a bad argument at once, with hypothesis'
``InvalidArgument`` naming it."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.model import (
    Regime,
)
from vnadmin.strategies._common import T

_NORMALIZATIONS = ("NFC", "NFD", "mixed")


def _check_normalization(value: object) -> None:
    if value not in _NORMALIZATIONS:
        raise InvalidArgument(f"normalization={value!r} must be one of 'NFC', 'NFD', 'mixed'")


def _check_regime(value: object, name: str = "regime") -> None:
    if value is not None and not isinstance(value, Regime):
        raise InvalidArgument(f"{name}={value!r} must be a vnadmin.Regime or None")


def _check_flag(name: str, value: object) -> None:
    """A flag says what the drawn values are: True every one, False none, None either."""
    if value is not None and not isinstance(value, bool):
        raise InvalidArgument(f"{name}={value!r} must be True, False or None")


def _check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < low or (high is not None and value > high):
        upper = "" if high is None else f" and at most {high}"
        raise InvalidArgument(f"{name}={value} must be at least {low}{upper}")


def _check_bounds(
    names: tuple[str, str],
    low: int,
    high: int | None,
    *,
    default: int,
    least: int,
    most: int | None = None,
) -> int:
    """Check a lower and an upper bound; the upper bound left None is ``default`` or, when
    the lower bound is above that, the lower bound (hypothesis' rule for defaults that
    depend on another argument).  Returns the upper bound."""
    _check_int(names[0], low, least, most)
    if high is None:
        return max(default, low)
    _check_int(names[1], high, least, most)
    if low > high:
        raise InvalidArgument(f"{names[0]}={low} is greater than {names[1]}={high}")
    return high


def _check_sizes(min_size: int, max_size: int | None, *, default: int) -> int:
    return _check_bounds(("min_size", "max_size"), min_size, max_size, default=default, least=0)


def _check_years(
    min_year: int | None, max_year: int | None, *, first: int, last: int
) -> tuple[int, int]:
    """``min_year`` and ``max_year``, each defaulting to ``first`` and ``last`` or to the
    other bound when that is beyond the default."""
    names = ("min_year", "max_year")
    if min_year is None:
        if max_year is None:
            return first, last
        _check_int("max_year", max_year, 1000, 9999)
        return min(first, max_year), max_year
    return min_year, _check_bounds(names, min_year, max_year, default=last, least=1000, most=9999)


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy or None")


def _members(name: str, values: object, kind: type[T]) -> tuple[T, ...]:
    """``values`` as a non-empty tuple of ``kind``, or InvalidArgument."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidArgument(f"{name}={values!r} must be a collection of {kind.__name__}")
    found = tuple(values)
    if not found:
        raise InvalidArgument(f"{name} must not be empty")
    for value in found:
        if not isinstance(value, kind):
            raise InvalidArgument(f"{name}: {value!r} is not a {kind.__name__}")
    return found
