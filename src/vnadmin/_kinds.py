"""Writers refuse a kind outside their ``kinds=`` registry: a reader would not know it.

Each writer tests a kind as it writes it (``kind in kinds``, a dict look-up) and raises
:func:`refused`; only then does :func:`located` walk the instrument for the field's path.
"""

from __future__ import annotations

from vnadmin._walk import field_values
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
    """``error`` again, its path now the field of the first kind in ``value`` (an attrs tree)
    that ``kinds`` lacks: ``Instrument.body.tasks[2].citations[0].kind``."""
    for here, item in field_values(value, type(value).__name__):
        if isinstance(item, DocumentKind) and item not in kinds:
            return refused(item, kinds, here)
    return error
