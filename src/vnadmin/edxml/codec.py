"""edXML as one format among the others, at the level of the instrument.

The package API (:func:`~vnadmin.edxml.dumps` with a sender and receivers,
:func:`~vnadmin.edxml.loads` returning an :class:`~vnadmin.edxml.EdxmlPackage`) stays as it
is; the record's ``dumps`` takes the same options and ``limits=``, its ``loads`` returns the
package's instrument and its reading notes what the package could not supply.  Its
``losses`` are :func:`~vnadmin.edxml.losses`: what a round trip through the header changes,
the instrument travelling without vnadmin's copy unless ``embed=True``.
"""

from __future__ import annotations

from typing import Any

from vnadmin._codec import XML, Codec, Reading, expect, writer
from vnadmin._safexml import Source
from vnadmin.edxml._tree import DEFAULT_LIMITS, GO_NAMESPACE, NAMESPACE, OLD_NAMESPACE
from vnadmin.edxml.reader import loads as load_package
from vnadmin.edxml.writer import dumps as dump_package
from vnadmin.edxml.writer import losses as package_losses
from vnadmin.errors import EdxmlDecodeError
from vnadmin.limits import PackageLimits
from vnadmin.model import KINDS, Instrument, KindRegistry

__all__ = ["CODEC"]


@writer(XML)
def _dumps(
    instrument: Instrument,
    /,
    *,
    kinds: KindRegistry = KINDS,
    limits: PackageLimits = DEFAULT_LIMITS,
    **options: Any,
) -> bytes:
    """:func:`vnadmin.edxml.dumps` with its ``options`` and ``limits``."""
    expect("limits", limits, PackageLimits)
    return dump_package(instrument, kinds=kinds, limits=limits, **options)


@writer(XML)
def _losses(instrument: Instrument, /, *, kinds: KindRegistry = KINDS) -> tuple[str, ...]:
    return package_losses(instrument, kinds=kinds)


def _loads(
    source: Source, *, kinds: KindRegistry = KINDS, limits: PackageLimits = DEFAULT_LIMITS
) -> Instrument:
    return load_package(source, kinds=kinds, limits=limits).instrument


def _reading(
    source: Source, *, kinds: KindRegistry = KINDS, limits: PackageLimits = DEFAULT_LIMITS
) -> Reading:
    package = load_package(source, kinds=kinds, limits=limits)
    notes = tuple(f"edxml: not in the package: {field}" for field in package.lost)
    return Reading(instrument=package.instrument, notes=notes)


_NAMESPACES = frozenset({NAMESPACE, OLD_NAMESPACE, GO_NAMESPACE})


def _root(namespace: str, name: str) -> bool:
    # Older producers wrote no namespace; go.vn's is another format, which the reader
    # recognises and refuses with a message saying so.
    return namespace in _NAMESPACES or (namespace == "" and name == "edXML")


CODEC = Codec(
    name="edxml",
    extension=".edxml",
    media_type="application/xml",
    dumps=_dumps,
    loads=_loads,
    losses=_losses,
    starts=b"<",
    root=_root,
    limits=PackageLimits,
    decode_error=EdxmlDecodeError,
    reading=_reading,
)
"""edXML as one format among the others (see :mod:`vnadmin._codec`): what the header cannot
carry is lost unless vnadmin's copy travels with it (``embed=True``)."""
