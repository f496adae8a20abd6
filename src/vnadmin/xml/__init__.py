"""vnadmin's own XML form: lossless, namespaced, described by ``schemas/vnadmin.xsd``.

``dumps``/``loads`` convert one instrument, ``to_element``/``from_element`` work on lxml
trees, and ``dump_collection``/``iter_load`` stream many instruments through one file.
Every field of the model round-trips.  Reading is safe by default (see
:mod:`vnadmin._safexml`): no DTD, no entities, no network, bounded by :class:`Limits`.
Problems are reported together, each with its line and element path.

The vocabulary (names, content models) is written once, in ``_vocabulary``; the writer
(``_writer``) and the reader (``_reader``) use it.  :data:`CODEC` is the format's record.
"""

from vnadmin._codec import Codec, round_trip_losses
from vnadmin.errors import XMLDecodeError
from vnadmin.limits import Limits
from vnadmin.xml._reader import from_element, iter_load, loads
from vnadmin.xml._vocabulary import NAMESPACE
from vnadmin.xml._writer import dump_collection, dumps, to_element

__all__ = [
    "CODEC",
    "NAMESPACE",
    "Limits",
    "dump_collection",
    "dumps",
    "from_element",
    "iter_load",
    "loads",
    "losses",
    "to_element",
]

losses = round_trip_losses(dumps, loads)

CODEC = Codec(
    name="xml",
    extension=".xml",
    media_type="application/xml",
    dumps=dumps,
    loads=loads,
    losses=losses,
    starts=b"<",
    root=lambda namespace, name: namespace == NAMESPACE,
    limits=Limits,
    decode_error=XMLDecodeError,
)
"""vnadmin XML as one format among the others (see :mod:`vnadmin._codec`)."""
