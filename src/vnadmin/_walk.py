"""Walks over attrs trees (instruments): every field with its path, the string a writer
refused, the fields where two trees differ, a tree nested too deep, the names of an issuer's
chain of bodies.

Writers let their encoder refuse a value (lxml, orjson) and only then walk the instrument
to name the field, so that the happy path pays nothing.  Every walk is iterative, so a deep
task tree cannot exhaust the stack.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any, cast

import attrs

from vnadmin.limits import MAX_NESTING
from vnadmin.model import DocumentKind, Instrument, Organization, PartialDate, Printed, Task

__all__ = ["chain_names", "differences", "field_values", "too_deep", "unwritable"]


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
    are values, named whole (``date``, never ``date.day``).  A print ``one`` does not know
    (``printed`` is ``None``) is no difference from the lines ``other`` read: nothing of
    ``one`` is lost there.

    This is the one measure of loss: what a format loses of ``x`` is
    ``differences(x, loads(dumps(x)))``.
    """
    found: list[str] = []
    stack: list[tuple[str, object, object]] = [("", one, other)]
    while stack:
        here, a, b = stack.pop()
        if a == b or (a is None and isinstance(b, Printed)):
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


Children = Callable[[Any], Sequence[Any]]
Roots = tuple[str, Sequence[Any], bool]
"""Trees' roots: the path of the field holding them, the nodes, whether it is a list."""


def too_deep_node(roots: Sequence[Roots], children: Children, field: str) -> str | None:
    """The path of the first node nested more than :data:`~vnadmin.limits.MAX_NESTING` deep
    in the trees of ``roots`` (a root is 1 deep), where ``children`` gives the nodes below a
    node, its ``field`` (``.subtasks[2]``, or ``.parent`` for a field of one node).

    Iterative, so that any depth is measured: level by level first, which costs little, and
    only in a tree too deep again, to build the path of the node found.
    """
    level = [node for _, nodes, _ in roots for node in nodes]
    depth = 0
    while level and depth < MAX_NESTING:
        level = [child for node in level for child in children(node)]
        depth += 1
    if not level:
        return None
    # Each entry: the parent's entry, the node, its depth, and its step (a root's path, or
    # its index among its parent's children).
    stack: list[tuple[Any, Any, int, str | int]] = [
        (None, node, 1, f"{path}[{index}]" if listed else path)
        for path, nodes, listed in reversed(roots)
        for index, node in reversed(list(enumerate(nodes)))
    ]
    while stack:
        entry = stack.pop()
        _, node, depth, _ = entry
        if depth > MAX_NESTING:
            steps = []
            while entry is not None:
                entry, _, _, step = entry
                steps.append(step if isinstance(step, str) else f".{field}[{step}]")
            return "".join(reversed(steps)).replace(".parent[0]", ".parent")
        stack.extend(
            (entry, child, depth + 1, index)
            for index, child in reversed(list(enumerate(children(node))))
        )
    raise AssertionError("unreachable: the levels found a node too deep")  # pragma: no cover


def nested_message(what: str) -> str:
    """Why a tree is refused: ``what`` (tasks, organisations) nest too deep."""
    return f"{what} nest more than {MAX_NESTING} deep (vnadmin.limits.MAX_NESTING)"


def too_deep(instrument: Instrument) -> tuple[str, str] | None:
    """The field of ``instrument`` nested deeper than every reader reads, as (field path,
    message), or ``None`` (see :data:`~vnadmin.limits.MAX_NESTING`)."""
    body = instrument.body
    tasks = [
        ("Instrument.body.tasks", body.tasks, True),
        ("Instrument.body.closing", body.closing, True),
    ]
    path = too_deep_node(tasks, _subtasks, "subtasks")
    if path is not None:
        return path, nested_message("tasks")
    issuer = () if instrument.issuer is None else (instrument.issuer,)
    organizations = [
        ("Instrument.issuer", issuer, False),
        ("Instrument.addressees", instrument.addressees, True),
    ]
    path = too_deep_node(organizations, _parent, "parent")
    return None if path is None else (path, nested_message("organisations"))


def _subtasks(task: Task) -> Sequence[Task]:
    return task.subtasks


def _parent(organization: Organization) -> Sequence[Organization]:
    return () if organization.parent is None else (organization.parent,)
