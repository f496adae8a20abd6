"""The model's generated constructors do what attrs' own constructors do.

:func:`vnadmin.model._construct.checked` writes each field's common case in line; the oracle
here is attrs' way written plainly: convert each argument, set every field, run every
validator in field order (``attrs.validate``), then ``__attrs_post_init__``.  Both must build
equal objects, or refuse with the same message, for valid values and for values changed into
every kind of wrong one.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnadmin.model
from vnadmin.errors import InvalidValueError
from vnadmin.model import Organization, PartialDate, Regime, Task

_CLASSES = sorted(
    (
        cls
        for cls in vars(vnadmin.model).values()
        if attrs.has(cls) and cls.__init__.__code__.co_filename.startswith("<vnadmin.model")
    ),
    key=lambda cls: cls.__name__,
)


class _Text(str):
    """A subclass of ``str``: never the common case, always the converter's."""


_WRONG = st.sampled_from(
    [
        None,
        "",
        " ",
        " a",
        "a ",
        "a\nb",
        "a\u00a0",
        "x\x00",
        "\ud800",
        unicodedata.normalize("NFD", "Việt Nam"),
        "\u00d0\u00f4ng",
        "VT",
        "V P",
        "05",
        "1.",
        _Text("Sở Nội vụ"),
        0,
        -1,
        13,
        29,
        31,
        2024,
        10_001,
        True,
        1.0,
        b"VT",
        (),
        [],
        ("VT",),
        ["VT", "NC"],
        (" VT",),
        ("VT", 5),
        Regime.STATE,
        PartialDate(day=5, month=12),
        Organization(name="Sở Nội vụ"),
        (Organization(name="Sở Nội vụ"),),
        [Task(text="a")],
        (Task(text="a"), "b"),
    ]
)


def _attrs_way(cls: type, arguments: dict[str, Any]) -> object:
    """An object of ``cls`` built as attrs' own constructor builds it."""
    built: Any = object.__new__(cls)
    for field in attrs.fields(cls):
        if field.alias in arguments:
            value = arguments[field.alias]
        elif field.default is attrs.NOTHING:
            raise TypeError(f"missing a required argument: {field.alias!r}")
        elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            value = field.default.factory()
        else:
            value = field.default
        if field.converter is not None:
            value = field.converter(value)
        object.__setattr__(built, field.name, value)
    if not attrs.validators.get_disabled():
        attrs.validate(built)
    post_init = getattr(built, "__attrs_post_init__", None)
    if post_init is not None:
        post_init()
    return built


def _outcome(build: Any) -> tuple[str, Any]:
    try:
        return "built", build()
    except (InvalidValueError, TypeError, ValueError, AttributeError, KeyError) as error:
        return type(error).__name__, str(error)


@pytest.mark.parametrize("cls", _CLASSES, ids=lambda cls: cls.__name__)
@settings(max_examples=25)
@given(data=st.data())
def test_a_generated_constructor_builds_or_refuses_as_attrs_does(
    cls: type, data: st.DataObject
) -> None:
    valid = data.draw(st.from_type(cls))
    arguments = {field.alias: getattr(valid, field.name) for field in attrs.fields(cls)}
    for field in attrs.fields(cls):
        change = data.draw(st.sampled_from(["keep", "keep", "wrong", "leave out"]))
        if change == "wrong":
            arguments[field.alias] = data.draw(_WRONG)
        elif change == "leave out":
            del arguments[field.alias]
    disabled = data.draw(st.booleans())
    with attrs.validators.disabled() if disabled else _enabled():
        generated = _outcome(lambda: cls(**arguments))
        expected = _outcome(lambda: _attrs_way(cls, arguments))
    if expected[0] == "TypeError" and "missing a required argument" in expected[1]:
        assert generated[0] == "TypeError"  # in Python's words, not the oracle's
    else:
        assert generated == expected


class _enabled:  # noqa: N801 - a context manager that changes nothing
    def __enter__(self) -> None:
        return None

    def __exit__(self, *_: object) -> None:
        return None


def test_every_model_class_with_a_constructor_of_its_own_is_generated() -> None:
    assert {cls.__name__ for cls in _CLASSES} >= {"Instrument", "Task", "PartialDate"}
    assert len(_CLASSES) == 22  # every class of vnadmin.model but DocumentKind


def test_a_generated_constructor_keeps_its_signature_and_its_tracebacks() -> None:
    import inspect

    assert str(inspect.signature(PartialDate)) == (
        "(*, day: 'int | None' = None, month: 'int | None' = None, year: 'int | None' = None)"
        " -> None"
    )
    with pytest.raises(InvalidValueError, match=r"PartialDate\.month: 13 is not a month"):
        PartialDate(month=13)
