"""Writers refuse a kind outside their ``kinds=`` registry: a reader would not know it.

Each writer tests a kind as it writes it (``kind in kinds``, a dict look-up) and raises
:func:`refused`; only then does :func:`located` walk the instrument for the field's path.
A writer that does not write kinds one by one (text, Akoma Ntoso) calls :func:`check_kinds`
first.
"""

from __future__ import annotations

from vnadmin._walk import field_values
from vnadmin.errors import UnregisteredKindError
from vnadmin.model import KINDS, DocumentKind, Instrument, KindRegistry, Paragraph, Task

__all__ = ["check_kinds", "located", "refused"]


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


def check_kinds(instrument: Instrument, kinds: KindRegistry) -> None:
    """Refuse a kind outside ``kinds`` (the instrument's own or a citation's), naming its
    field: :class:`~vnadmin.errors.UnregisteredKindError`."""
    body = instrument.body
    holders: tuple[Paragraph | Task, ...] = (*body.preamble, *body.background, *body.all_tasks())
    cited = (citation.kind for holder in holders for citation in holder.citations)
    for kind in (instrument.kind, *cited):
        if kind is not None and kind not in kinds:
            raise located(refused(kind, kinds), instrument, kinds)
