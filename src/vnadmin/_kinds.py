"""Writers refuse a kind outside their ``kinds=`` registry: a reader would not know it.

Each writer tests a kind as it writes it (``kind in kinds``, a dict look-up) and raises
:func:`refused`; only then does :func:`located` walk the instrument for the field's path.
"""

from __future__ import annotations

from typing import cast

import attrs

from vnadmin.errors import UnregisteredKindError
from vnadmin.model import KINDS, DocumentKind, KindRegistry

__all__ = ["located", "refused"]


def refused(
    kind: DocumentKind, kinds: KindRegistry, path: str = "DocumentKind"
) -> UnregisteredKindError:
    """The error for ``kind``, missing from ``kinds``, at ``path``."""
    registry = "vnadmin.KINDS" if kinds is KINDS else "the kinds= registry"
    return UnregisteredKindError(path, kind.name, kind.code, registry)


def located(
    error: UnregisteredKindError, value: object, kinds: KindRegistry
) -> UnregisteredKindError:
    """``error`` again, its path now the field of the first kind in ``value`` (an attrs tree,
    walked without recursion) that ``kinds`` lacks: ``Instrument.body.tasks[2].citations[0].kind``."""
    stack: list[tuple[str, object]] = [(type(value).__name__, value)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, DocumentKind):
            if item not in kinds:
                return refused(item, kinds, here)
        elif isinstance(item, tuple):
            stack.extend((f"{here}[{i}]", child) for i, child in reversed(list(enumerate(item))))
        elif attrs.has(type(item)):
            fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(item)))
            stack.extend((f"{here}.{f.name}", getattr(item, f.name)) for f in reversed(fields))
    return error
