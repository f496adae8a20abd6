"""Field helpers shared by the model classes: NFC converters and validators that name the field.

attrs validators receive ``(instance, attribute, value)``; every failure here becomes an
:class:`~vnadmin.errors.InvalidValueError` whose path is ``Class.field``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import attrs

from vnadmin.errors import InvalidValueError
from vnadmin.normalize import nfc

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def fail(instance: object, attribute: attrs.Attribute[Any], message: str) -> NoReturn:
    raise InvalidValueError(f"{type(instance).__name__}.{attribute.name}", message)


def to_text(value: str) -> str:
    """Converter: NFC-normalise; a non-string passes through for the validator to reject."""
    return nfc(value) if isinstance(value, str) else value


def to_optional_text(value: str | None) -> str | None:
    return nfc(value) if isinstance(value, str) else value


def _not_a_sequence(values: object) -> bool:
    return isinstance(values, str) or not isinstance(values, Iterable)


def to_texts(values: Iterable[str]) -> tuple[str, ...]:
    """Converter: NFC each item; a string or a non-iterable passes through for the validator."""
    if type(values) is tuple or type(values) is list:  # the common cases, without the ABC check
        return tuple([nfc(v) if type(v) is str else v for v in values])
    if _not_a_sequence(values):
        return values  # type: ignore[return-value]  # the validator reports it, value readable
    return tuple(nfc(v) if isinstance(v, str) else v for v in values)


def to_tuple(values: Iterable[Any]) -> tuple[Any, ...]:
    """Converter: any iterable to a tuple (the attrs mypy plugin cannot follow a TypeVar here).

    A string or a non-iterable passes through for the validator to reject.
    """
    if type(values) is tuple:
        return values
    if type(values) is list or not _not_a_sequence(values):
        return tuple(values)
    return values  # type: ignore[return-value]  # the validator reports it


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
            fail(instance, attribute, f"expected {_type_name(kind)}, got {value!r}")

    return check


def _is_int(optional: bool) -> Validator:
    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is int or (value is None and optional):
            return
        if isinstance(value, bool) or not isinstance(value, int):
            fail(instance, attribute, f"expected int, got {value!r}")

    return check


def _text_problem(value: Any, multiline: bool) -> str | None:
    """What is wrong with ``value`` as text, or ``None`` (the one place the rules are written)."""
    if not isinstance(value, str):
        return f"expected text, got {value!r}"
    if not value or value[0].isspace() or value[-1].isspace():  # str.strip strips isspace()
        if not value.strip():
            return "must not be blank"
        return f"{value!r} has leading or trailing white space"
    if not multiline and ("\n" in value or "\r" in value):
        return f"{value!r} must be a single line"
    return None


def is_text(*, optional: bool = False, multiline: bool = False) -> Validator:
    """Validator: a string with visible content; single-line unless ``multiline``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if (  # the common case in one expression, without a call
            type(value) is str
            and value
            and not value[0].isspace()
            and not value[-1].isspace()
            and (multiline or ("\n" not in value and "\r" not in value))
        ) or (value is None and optional):
            return
        problem = _text_problem(value, multiline)
        if problem is not None:
            fail(instance, attribute, problem)

    return check


def items(kind: type | tuple[type, ...], *, each: Validator | None = None) -> Validator:
    """Validator: a tuple whose items are all ``kind`` (and pass ``each``)."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            fail(instance, attribute, f"expected a sequence, got {value!r}")
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
                    f"item {index}: expected {_type_name(kind)}, got {item!r}",
                )
            if each is not None:
                try:
                    each(instance, attribute, item)
                except InvalidValueError as error:
                    fail(instance, attribute, f"item {index}: {error.message}")

    return check


def in_range(low: int, high: int, *, optional: bool = False, what: str = "") -> Validator:
    """Validator: an int within ``[low, high]``."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) is int and low <= value <= high:  # the common case, in one test
            return
        if value is None and optional:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            fail(instance, attribute, f"expected int, got {value!r}")
        if not low <= value <= high:
            fail(instance, attribute, f"{value} is not {what or f'in {low}..{high}'}")

    return check
