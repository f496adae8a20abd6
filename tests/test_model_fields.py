"""The model's field validators, whose fast paths must say what the plain rules say.

The oracles below are the rules as the docstrings state them, written the slow, obvious way
(``str.strip``, ``calendar.monthrange``); the validators under test take shortcuts.
"""

from __future__ import annotations

import calendar
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.errors import InvalidValueError
from vnadmin.model import PartialDate
from vnadmin.model._fields import in_range, is_a, is_text, items, to_texts, to_tuple


@attrs.frozen
class _Holder:
    value: object = None


_FIELD = attrs.fields(_Holder).value
_TEXTS = st.text(alphabet=st.sampled_from(" \t\n\r\u00a0\u2003\u3000ab\u1ec7\u0301"), max_size=6)


def _text_rule(value: object, optional: bool, multiline: bool) -> bool:
    if value is None:
        return optional
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        return False
    return multiline or ("\n" not in value and "\r" not in value)


def _passes(validator: Any, value: object) -> bool:
    try:
        validator(_Holder(), _FIELD, value)
    except InvalidValueError:
        return False
    return True


@given(
    st.one_of(_TEXTS, st.none(), st.integers(), st.binary(max_size=2)), st.booleans(), st.booleans()
)
def test_is_text_agrees_with_the_rule(value: object, optional: bool, multiline: bool) -> None:
    validator = is_text(optional=optional, multiline=multiline)
    assert _passes(validator, value) == _text_rule(value, optional, multiline)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "must not be blank"),
        (" \u3000", "must not be blank"),
        (" a", "leading or trailing white space"),
        ("a\u00a0", "leading or trailing white space"),
        ("a\nb", "must be a single line"),
        (3, "expected text"),
    ],
)
def test_is_text_names_the_problem(value: object, message: str) -> None:
    with pytest.raises(InvalidValueError, match=message):
        is_text()(_Holder(), _FIELD, value)


@given(st.one_of(st.integers(-5, 20), st.booleans(), st.none(), st.floats(0, 5)), st.booleans())
def test_int_validators_reject_bool_and_non_int(value: object, optional: bool) -> None:
    is_int = type(value) is int
    assert _passes(is_a(int, optional=optional), value) == (is_int or (value is None and optional))
    in_bounds = is_int and 1 <= value <= 12  # type: ignore[operator]
    assert _passes(in_range(1, 12, optional=optional), value) == (
        in_bounds or (value is None and optional)
    )


@given(st.lists(st.one_of(st.integers(), st.text(max_size=2)), max_size=4))
def test_items_checks_every_item(values: list[object]) -> None:
    assert _passes(items(int), tuple(values)) == all(type(v) is int for v in values)
    assert not _passes(items(int), values)  # a list is not the tuple converters make


def test_converters_keep_what_the_validator_must_see() -> None:
    assert to_tuple([1, 2]) == (1, 2)
    assert to_tuple(iter([1])) == (1,)
    assert to_tuple("ab") == "ab"  # type: ignore[comparison-overlap]  # left for the validator
    assert to_texts(["Vie\u0302\u0323t"]) == ("Vi\u1ec7t",)
    assert to_texts(5) == 5  # type: ignore[arg-type,comparison-overlap]


@given(st.integers(1, 31), st.integers(1, 12), st.one_of(st.none(), st.integers(1000, 9999)))
def test_partial_date_ends_months_as_the_calendar_does(
    day: int, month: int, year: int | None
) -> None:
    last = calendar.monthrange(2000 if year is None else year, month)[1]
    try:
        PartialDate(day=day, month=month, year=year)
    except InvalidValueError:
        assert day > last
    else:
        assert day <= last
