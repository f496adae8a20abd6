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


def _check_flag(name: str, value: object, *, optional: bool = False) -> None:
    if isinstance(value, bool) or (optional and value is None):
        return
    allowed = "True, False or None" if optional else "True or False"
    raise InvalidArgument(f"{name}={value!r} must be {allowed}")


def _check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < low or (high is not None and value > high):
        upper = "" if high is None else f" and at most {high}"
        raise InvalidArgument(f"{name}={value} must be at least {low}{upper}")


def _check_sizes(min_size: int, max_size: int) -> None:
    _check_int("min_size", min_size, 0)
    _check_int("max_size", max_size, 0)
    if min_size > max_size:
        raise InvalidArgument(f"min_size={min_size} is greater than max_size={max_size}")


def _check_years(min_year: int, max_year: int) -> None:
    _check_int("min_year", min_year, 1000, 9999)
    _check_int("max_year", max_year, 1000, 9999)
    if min_year > max_year:
        raise InvalidArgument(f"min_year={min_year} is greater than max_year={max_year}")


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
