"""The model's generated constructors do what attrs' own constructors do.

:func:`vnadmin.model._construct.checked` writes each field's common case in line; the oracle
here is attrs' way written plainly: convert each argument, set every field, run every
validator in field order (``attrs.validate``), then ``__attrs_post_init__``.  Both must build
equal objects, or refuse with the same message, for valid values and for values changed into
every kind of wrong one.  Each in-line form on its own must be narrower than its helper
(below): nothing ties the two but these tests, written as they are side by side.
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import vnadmin.edxml.model
import vnadmin.edxml.status
import vnadmin.model
import vnadmin.presentation
from vnadmin.errors import InvalidValueError
from vnadmin.model import Organization, PartialDate, Regime, Task, _construct
from vnadmin.model._construct import _code, checked
from vnadmin.model._fields import INLINE, Inline, in_range

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


_WRONG_VALUES = [
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
_WRONG = st.sampled_from(_WRONG_VALUES)


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
    assert str(inspect.signature(PartialDate)) == (
        "(*, day: 'int | None' = None, month: 'int | None' = None, year: 'int | None' = None)"
        " -> None"
    )
    with pytest.raises(InvalidValueError, match=r"PartialDate\.month: 13 is not a month"):
        PartialDate(month=13)


class _PlainTask(Task):
    """A subclass of a model class without attrs: it keeps the generated constructor."""


_SEEN: list[type] = []


@checked
@attrs.frozen(kw_only=True)
class _Wide:
    """Six fields: the generated constructor sets them as an object of another class."""

    a: int = attrs.field(validator=in_range(0, 9))
    b: int = 0
    c: int = 0
    d: int = 0
    e: int = 0
    f: int = attrs.field(default=0)

    @f.validator
    def _look(self, attribute: attrs.Attribute[int], value: int) -> None:
        _SEEN.append(type(self))


def test_an_object_is_of_its_own_frozen_class_once_built_and_while_it_is_checked() -> None:
    _SEEN.clear()
    wide = _Wide(a=1, b=2, f=6)
    assert type(wide) is _Wide
    assert attrs.astuple(wide) == (1, 2, 0, 0, 0, 6)
    assert [_Wide] == _SEEN
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        wide.b = 3  # type: ignore[misc]
    with pytest.raises(InvalidValueError, match=r"_Wide\.a: 10 is not in 0\.\.9"):
        _Wide(a=10)
    task = Task(label="1.", text="Báo cáo.")
    assert type(task) is Task
    assert (task.label, task.text) == ("1.", "Báo cáo.")
    plain = _PlainTask(label="a)", text="Phối hợp.")  # the subclass is kept, its fields set
    assert type(plain) is _PlainTask
    assert (plain.label, plain.text) == ("a)", "Phối hợp.")
    with pytest.raises(InvalidValueError, match=r"Task\.text: must not be blank"):
        _PlainTask(text=" ")
    assert [cls.__name__ for cls in _Wide.__subclasses__()] == ["_WideBuilding"]


def test_without_the_gil_an_object_never_changes_its_class(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # there a change of class stops every thread: the fields are set by the slots' setters
    monkeypatch.setattr(_construct, "_FREE_THREADED", True)

    @checked
    @attrs.frozen(kw_only=True)
    class Three:
        a: int = 0
        b: int = 0
        c: int = attrs.field(default=0, validator=in_range(0, 9))

    three = Three(a=1, b=2, c=3)
    assert (type(three), attrs.astuple(three), Three.__subclasses__()) == (Three, (1, 2, 3), [])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        three.a = 5  # type: ignore[misc]
    with pytest.raises(InvalidValueError, match=r"Three\.c: 10 is not in 0\.\.9"):
        Three(c=10)


# The in-line forms on their own: each must be narrower than its helper.  A converter's form
# is an expression giving what the converter gives; a validator's, a test that is true only
# of values the validator passes.  Both are evaluated as the constructors write them, by
# ``_code`` itself, over values of every shape and, where a form names a type or a pattern,
# values of that type or that pattern.

_USERS = (vnadmin.model, vnadmin.edxml.model, vnadmin.edxml.status, vnadmin.presentation)
"""The modules whose classes use the helpers: imported, every in-line form is registered."""
_ENTRIES = list(INLINE.items())
_IDS = [f"{index}-{helper.__name__}" for index, (helper, _) in enumerate(_ENTRIES)]
_ODD_CHARACTERS = " \t\n\r\x00\x1f\x7f\x85\u00a0\u2028\u200b\u3000\ud800\udfff\ufffe\uffff"
_TEXT = st.one_of(
    st.text(st.characters(exclude_categories=())),  # every code point, lone surrogates too
    st.text(st.sampled_from(_ODD_CHARACTERS + "aA0.&-/_\u00d0\u00f0\u0110\u1ec7e\u0301")),
    st.text().map(lambda text: unicodedata.normalize("NFD", text)),
    st.text().map(_Text),
)
_ANY = st.recursive(
    st.one_of(
        st.none(),
        _TEXT,
        st.integers(),
        st.sampled_from([-1, 0, 1, 12, 13, 31, 32, 999, 1000, 9999, 10_000, 10_000_000]),
        st.booleans(),
        st.floats(allow_nan=False),
        st.binary(max_size=3),
        st.sampled_from(_CLASSES).flatmap(st.from_type),
    ),
    lambda inner: st.one_of(st.tuples(inner), st.lists(inner, max_size=3).map(tuple)),
    max_leaves=4,
)


@attrs.frozen
class _Holder:
    value: object = None


_FIELD = attrs.fields(_Holder).value


def _in_line(helper: Any) -> Any:
    """``helper``'s in-line form as a function of one value, as the constructors write it."""
    names: dict[str, Any] = {}
    return eval(f"lambda value: {_code(helper, 'value', '_p_', names)}", names)


def _drawable(kind: type) -> bool:
    """Whether ``st.from_type(kind)`` draws valid objects: not for an attrs class of another
    package than the model's (edXML's), which has no strategy of its own, so that
    hypothesis fills its fields with any text and its validators refuse it."""
    return not attrs.has(kind) or kind.__module__.startswith("vnadmin.model")


def _relevant(inline: Inline) -> st.SearchStrategy[Any]:
    """Values of the types and of the patterns that ``inline`` names, and values of any shape."""
    found = [_ANY]
    for name in inline.names.values():
        kinds = name if isinstance(name, tuple) else (name,) if isinstance(name, type) else ()
        found.extend(st.from_type(kind) for kind in kinds if _drawable(kind))
        if isinstance(getattr(name, "__self__", None), re.Pattern):
            found.append(st.from_regex(name.__self__, fullmatch=name.__name__ == "fullmatch"))
    return st.one_of(found)


class _Int(int):
    """A subclass of ``int``: never the common case."""


_EDGES = [
    *_WRONG_VALUES,
    *(f"a{odd}" for odd in _ODD_CHARACTERS),
    *(f"{odd}a" for odd in _ODD_CHARACTERS),
    *(f"a{odd}b" for odd in _ODD_CHARACTERS),
    *("e\u0301", "\u00f0", "a_b", "a&b", "a.b", "a..b", ".a", "a.", "0.1", "1.2.3", "\u0661"),
    *("000.00.00.H41", "1.2.3.4.5", "x", _Int(5), False, (None,), ((),), ("",)),
]
"""Values at the edges of the rules: hand-picked, since a broad strategy seldom draws them."""


def _edges(inline: Inline) -> list[Any]:
    """:data:`_EDGES` and, about each number that ``inline`` writes, the numbers beside it."""
    numbers = {int(number) for number in re.findall(r"-?[0-9]+", inline.code)}
    return [*_EDGES, *(n + step for n in sorted(numbers) for step in (-1, 0, 1))]


def _check(helper: Any, value: object) -> None:
    """A converter's form gives what it gives; a validator's passes only what it passes."""
    in_line = _in_line(helper)
    if len(inspect.signature(helper).parameters) == 1:  # a converter
        got, expected = _result(in_line, value), _result(helper, value)
        assert got == expected
        assert type(got[1]) is type(expected[1])
    elif in_line(value):  # a validator, which the form says passes the value
        helper(_Holder(), _FIELD, value)


def _result(function: Any, *arguments: Any) -> tuple[str, Any]:
    try:
        return "returned", function(*arguments)
    except Exception as error:  # the kind and the words are compared
        return type(error).__name__, str(error)


def test_every_in_line_form_of_a_constructor_is_tested_below_as_what_it_is() -> None:
    classes = {cls for module in _USERS for cls in vars(module).values() if attrs.has(cls)}
    fields = [field for cls in classes for field in attrs.fields(cls)]
    converters = {field.converter for field in fields if field.converter in INLINE}
    validators = {field.validator for field in fields if field.validator in INLINE}
    assert len(converters) > 10
    assert len(validators) > 40
    assert converters | validators <= {helper for helper, _ in _ENTRIES}
    for helper in converters | validators:  # how _check tells them apart
        assert len(inspect.signature(helper).parameters) == (1 if helper in converters else 3)


@pytest.mark.parametrize(("helper", "inline"), _ENTRIES, ids=_IDS)
@settings(max_examples=40)
@given(data=st.data())
def test_an_in_line_form_is_narrower_than_its_helper(
    helper: Any, inline: Inline, data: st.DataObject
) -> None:
    _check(helper, data.draw(_relevant(inline)))


@pytest.mark.parametrize(("helper", "inline"), _ENTRIES, ids=_IDS)
def test_an_in_line_form_is_narrower_than_its_helper_at_the_edges(
    helper: Any, inline: Inline
) -> None:
    for value in _edges(inline):
        _check(helper, value)
