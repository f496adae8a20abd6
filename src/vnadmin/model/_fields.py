"""Field helpers shared by the model classes: NFC converters and validators that name the field.

attrs validators receive ``(instance, attribute, value)``; every failure here becomes an
:class:`~vnadmin.errors.InvalidValueError` whose path is ``Class.field``.

The attrs mypy plugin types each ``__init__`` parameter as its converter's first parameter,
so every converter is typed for its field's items: ``TupleOf[Task]`` takes ``Iterable[Task]``
and :func:`to_texts` takes :class:`Texts`, which a lone ``str`` is not.
"""

from __future__ import annotations

import functools
import re
import sys
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, NoReturn, Protocol, TypeVar

import attrs

from vnadmin.errors import InvalidValueError, quoted
from vnadmin.normalize import nfc

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]
_F = TypeVar("_F", bound=Callable[..., Any])


class Inline(NamedTuple):
    """A helper's common case as Python source, written into the constructors that
    :func:`vnadmin.model._construct.checked` generates, so that a field costs no call there.

    ``code`` is an expression of the field's value, written ``{v}``, and of ``names``, each
    written ``{p}name`` (the prefix keeps the fields of a class apart).  A converter's gives
    what the converter returns; a validator's is true only when the validator would pass the
    value (when false, the validator itself runs and says why).
    """

    code: str
    names: Mapping[str, Any]

    def written(self, value: str, prefix: str) -> str:
        """``code`` on the variable ``value``, its names written under ``prefix``."""
        return self.code.replace("{v}", value).replace("{p}", prefix)


INLINE: dict[Callable[..., Any], Inline] = {}
"""The :class:`Inline` form of each converter and validator made here that has one."""


def _inline(function: _F, code: str, **names: Any) -> _F:
    INLINE[function] = Inline(code, names)
    return function


def inline(code: str, **names: Any) -> Callable[[_F], _F]:
    """Decorator: the :class:`Inline` form of a validator or converter defined elsewhere."""
    return functools.partial(_inline, code=code, **names)


def _or_none(code: str, optional: bool) -> str:
    return f"({{v}} is None or {code})" if optional else code


def fail(instance: object, attribute: attrs.Attribute[Any], message: str) -> NoReturn:
    raise InvalidValueError(f"{type(instance).__name__}.{attribute.name}", message)


def to_text(value: str) -> str:
    """Converter: NFC-normalise; a non-string passes through for the validator to reject."""
    return nfc(value) if isinstance(value, str) else value


def to_optional_text(value: str | None) -> str | None:
    return nfc(value) if isinstance(value, str) else value


_MODULE = sys.modules[__name__]  # nfc looked up as it is called, as the converters do
_TEXT = (
    "({v} if {v}.isascii() else {p}module.nfc({v})) if {v}.__class__ is str else {p}convert({v})"
)
_inline(to_text, _TEXT, module=_MODULE, convert=to_text)
_inline(
    to_optional_text, "{v} if {v} is None else " + _TEXT, module=_MODULE, convert=to_optional_text
)


def _not_a_sequence(values: object) -> bool:
    return isinstance(values, str) or not isinstance(values, Iterable)


class Texts(Protocol):
    """Strings in order, but not one string: ``["VT", "TH"]``, ``("VT",)``, not ``"VT"``.

    A ``str`` is an ``Iterable[str]`` and a ``Sequence[str]`` to the type checker; it is not
    one of these, since ``str.__contains__`` takes only a ``str`` and this any object.  Lists,
    tuples and other sequences are; a generator is not (pass ``tuple(...)`` of it).
    """

    def __contains__(self, value: object, /) -> bool: ...
    def __getitem__(self, index: int, /) -> str: ...
    def __iter__(self) -> Iterator[str]: ...
    def __len__(self) -> int: ...


def to_texts(texts: Texts) -> tuple[str, ...]:
    """Converter: NFC each item; a string or a non-iterable passes through for the validator."""
    values: Any = texts  # whatever the caller passed, checked at run time below
    if type(values) is tuple or type(values) is list:  # the common cases, without the ABC check
        return tuple([nfc(v) if type(v) is str else v for v in values])
    if _not_a_sequence(values):
        return values  # type: ignore[no-any-return]  # the validator reports it, value readable
    return tuple(nfc(v) if isinstance(v, str) else v for v in values)


_inline(
    to_texts, "{v} if {v}.__class__ is tuple and not {v} else {p}convert({v})", convert=to_texts
)


def to_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable to a tuple; typed per field as :class:`TupleOf`.

    A string or a non-iterable passes through for the validator to reject.
    """
    if type(values) is tuple:
        return values
    if type(values) is list or not _not_a_sequence(values):
        return tuple(values)
    return values  # type: ignore[return-value]  # the validator reports it


def _tuple_inline(converter: Callable[..., Any]) -> None:
    _inline(converter, "{v} if {v}.__class__ is tuple else {p}convert({v})", convert=converter)


_tuple_inline(to_tuple)

_T = TypeVar("_T")

if TYPE_CHECKING:

    class TupleOf(Generic[_T]):
        """Converter of a tuple field of ``_T`` items: ``converter=TupleOf[Task]``.

        The attrs mypy plugin reads a generic class given its item type as a converter taking
        ``Iterable[_T]`` (it cannot bind a generic function's TypeVar to the field's type).
        """

        def __init__(self, values: Iterable[_T], /) -> None: ...

else:

    class TupleOf:
        """At run time ``TupleOf[Task]`` is :func:`to_tuple` itself (the same code, no extra
        call on the decoders' hot path), annotated ``Iterable[Task]`` for ``__init__``."""

        def __class_getitem__(cls, item: type | str) -> Callable[[Iterable[Any]], tuple[Any, ...]]:
            name = item if isinstance(item, str) else item.__name__
            converter = types.FunctionType(
                to_tuple.__code__, to_tuple.__globals__, f"to_tuple_of_{name}"
            )
            converter.__doc__ = to_tuple.__doc__
            converter.__annotations__ = {
                "values": f"Iterable[{name}]",
                "return": f"tuple[{name}, ...]",
            }
            _tuple_inline(converter)
            return converter


def _type_name(kind: type | tuple[type, ...]) -> str:
    if isinstance(kind, tuple):
        return " or ".join(k.__name__ for k in kind)
    return kind.__name__


def is_a(kind: type | tuple[type, ...], *, optional: bool = False) -> Validator:
    """Validator: the value is an instance of ``kind`` (or ``None`` when optional)."""
    if kind is int:  # bool is an int that no field means
        return _is_int(optional)

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, kind) and not (value is None and optional):
            fail(instance, attribute, f"expected {_type_name(kind)}, got {quoted(value)}")

    test = "{v}.__class__ in {p}kind" if isinstance(kind, tuple) else "{v}.__class__ is {p}kind"
    return _inline(check, _or_none(test, optional), kind=kind)  # a subclass: check says


def _is_int(optional: bool) -> Validator:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is int or (value is None and optional):
            return
        if isinstance(value, bool) or not isinstance(value, int):
            fail(instance, attribute, f"expected int, got {quoted(value)}")

    return _inline(check, _or_none("{v}.__class__ is int", optional))


UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
"""A character no format can carry: XML 1.0 holds no control character but tab and line
breaks, and neither U+FFFE nor U+FFFF; UTF-8 holds no lone surrogate.  Text holding one is
refused, so that every writer can write every instrument.  Written as the few it names rather
than as the complement of XML's ``Char``: the same set (a test holds them equal), and a
strategy drawn from it (``st.from_regex``) is built in a millisecond, not in ten seconds."""


def _text_problem(value: Any, multiline: bool) -> str | None:
    """What is wrong with ``value`` as text, or ``None`` (the one place the rules are written)."""
    if not isinstance(value, str):
        return f"expected text, got {quoted(value)}"
    unwritable = UNWRITABLE.search(value)
    if unwritable is not None:
        code, at = ord(unwritable.group()), unwritable.start()
        what = (
            "a control character"
            if code < 0x20
            else "a lone surrogate"
            if 0xD800 <= code <= 0xDFFF
            else "a noncharacter"
        )
        return f"U+{code:04X} at {at} is {what}, which no format can carry"
    if not value or value[0].isspace() or value[-1].isspace():  # str.strip strips isspace()
        if not value.strip():
            return "must not be blank"
        return f"{quoted(value)} has leading or trailing white space"
    if not multiline and ("\n" in value or "\r" in value):
        return f"{quoted(value)} must be a single line"
    return None


@functools.cache  # one function per rule: generated from the source of its common case
def is_text(*, optional: bool = False, multiline: bool = False) -> Validator:
    """Validator: a string with visible content, every character of it writable
    (:data:`UNWRITABLE`); single-line unless ``multiline``."""
    common = _or_none(  # isprintable() is quicker than the pattern, and false for line breaks
        "({v}.__class__ is str and {v} and not {v}[0].isspace() and not {v}[-1].isspace()"
        " and ({v}.isprintable() or "
        + ("" if multiline else "'\\n' not in {v} and '\\r' not in {v} and ")
        + "{p}unwritable({v}) is None))",
        optional,
    )
    form = Inline(common, {"unwritable": UNWRITABLE.search})
    source = (
        "def check(instance, attribute, value):\n"
        f"  if not {form.written('value', '')}:\n"
        f"    found = problem(value, {multiline})\n"
        "    if found is not None:\n"
        "      fail(instance, attribute, found)\n"
    )
    namespace: dict[str, Any] = {**form.names, "problem": _text_problem, "fail": fail}
    exec(compile(source, f"<vnadmin.model is_text {optional} {multiline}>", "exec"), namespace)
    check: Validator = namespace["check"]
    return _inline(check, form.code, **form.names)


def items(kind: type | tuple[type, ...], *, each: Validator | None = None) -> Validator:
    """Validator: a tuple whose items are all ``kind`` (and pass ``each``)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            fail(instance, attribute, f"expected a sequence, got {quoted(value)}")
        if each is None:  # the common case: one isinstance per item, the index only on failure
            for item in value:
                if not isinstance(item, kind):
                    break
            else:
                return
        for index, item in enumerate(value):
            if not isinstance(item, kind):
                fail(
                    instance,
                    attribute,
                    f"item {index}: expected {_type_name(kind)}, got {quoted(item)}",
                )
            if each is not None:
                try:
                    each(instance, attribute, item)
                except InvalidValueError as error:
                    fail(instance, attribute, f"item {index}: {error.message}")

    return _inline(check, "({v}.__class__ is tuple and not {v})")  # items: check looks


def in_range(low: int, high: int, *, optional: bool = False, what: str = "") -> Validator:
    """Validator: an int within ``[low, high]``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is int and low <= value <= high:  # the common case, in one test
            return
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            fail(instance, attribute, f"expected int, got {quoted(value)}")
        if not low <= value <= high:
            fail(instance, attribute, f"{value} is not {what or f'in {low}..{high}'}")

    test = f"({{v}}.__class__ is int and {int(low)!r} <= {{v}} <= {int(high)!r})"
    return _inline(check, _or_none(test, optional))
