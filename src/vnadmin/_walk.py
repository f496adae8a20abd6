"""Walks over attrs trees (instruments): every field with its path, the string a writer
refused, the fields where two trees differ, the names of an issuer's chain of bodies.

Writers let their encoder refuse a value (lxml, orjson) and only then walk the instrument
to name the field, so that the happy path pays nothing.  Every walk is iterative, so a deep
task tree cannot exhaust the stack.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import cast

import attrs

from vnadmin.model import DocumentKind, Organization, PartialDate

__all__ = ["chain_names", "differences", "field_values", "unwritable"]


def chain_names(organization: Organization | None) -> list[str]:
    """The names of ``organization`` and the bodies above it, the topmost first, as the
    issuer block prints them (``UBND TỈNH SÓC TRĂNG``, ``SỞ TÀI CHÍNH``)."""
    names: list[str] = []
    while organization is not None:
        names.append(organization.name)
        organization = organization.parent
    return names[::-1]


def field_values(value: object, path: str) -> Iterator[tuple[str, object]]:
    """Every value in an attrs tree with its field path (``Instrument.body.tasks[0].text``),
    depth first in field order."""
    stack: list[tuple[str, object]] = [(path, value)]
    while stack:
        here, item = stack.pop()
        yield here, item
        if isinstance(item, tuple):
            stack.extend((f"{here}[{i}]", child) for i, child in reversed(list(enumerate(item))))
        elif attrs.has(type(item)):
            fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(item)))
            stack.extend((f"{here}.{f.name}", getattr(item, f.name)) for f in reversed(fields))


def unwritable(
    value: object, path: str, pattern: re.Pattern[str], medium: str
) -> tuple[str, str] | None:
    """The first string in an attrs tree with a character ``pattern`` finds, as (field path,
    message), the message saying it cannot be written in ``medium``; ``None`` if none has."""
    for here, item in field_values(value, path):
        if isinstance(item, str):
            bad = pattern.search(item)
            if bad is not None:
                code = ord(bad.group(0))
                return here, f"U+{code:04X} at {bad.start()} cannot be written in {medium}"
    return None


def differences(one: object, other: object) -> tuple[str, ...]:
    """The paths (``body.tasks[0].deadline``) where two attrs trees differ, in field order:
    as deep as both have the same class, or tuples of the same length.  A kind and a date
    are values, named whole (``date``, never ``date.day``).

    This is the one measure of loss: what a format loses of ``x`` is
    ``differences(x, loads(dumps(x)))``.
    """
    found: list[str] = []
    stack: list[tuple[str, object, object]] = [("", one, other)]
    while stack:
        here, a, b = stack.pop()
        if a == b:
            continue
        kind = type(a)
        if kind is type(b) and attrs.has(kind) and kind not in _VALUES:
            fields = attrs.fields(kind)
            stack.extend(
                (f"{here}.{f.name}" if here else f.name, getattr(a, f.name), getattr(b, f.name))
                for f in reversed(fields)
            )
        elif isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
            stack.extend((f"{here}[{i}]", a[i], b[i]) for i in reversed(range(len(a))))
        else:
            found.append(here)
    return tuple(found)


_VALUES = (DocumentKind, PartialDate)
