"""Text as one format among the others: ``dumps``, ``loads``, ``losses`` and the record.

``dumps`` is :func:`~vnadmin.text.render_text`, ``losses`` is
:func:`~vnadmin.text.text_losses`; ``loads`` is :func:`~vnadmin.text.parse_text`'s
instrument, from text or UTF-8 bytes.  The reader never refuses a text; bytes that are not
UTF-8 are no text (:class:`~vnadmin.errors.DecodeError`).
"""

from __future__ import annotations

from vnadmin._codec import Codec, Reading
from vnadmin.errors import DecodeError
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.text.parse import parse_text
from vnadmin.text.projection import text_losses
from vnadmin.text.render import render_text

__all__ = ["CODEC", "dumps", "loads", "losses"]

dumps = render_text
losses = text_losses


def _text(source: str | bytes) -> str:
    if isinstance(source, str):
        return source
    try:
        return source.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DecodeError("text", [(f"offset {error.start}", _not_utf8(source, error))]) from None


def _not_utf8(data: bytes, error: UnicodeDecodeError) -> str:
    return f"not UTF-8 text: byte 0x{data[error.start : error.start + 1].hex()} at offset {error.start}"


def _foreign(data: bytes) -> str | None:
    """Why bytes are no text at all: not UTF-8."""
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _not_utf8(data, error)
    return None


def loads(source: str | bytes, *, kinds: KindRegistry = KINDS) -> Instrument:
    """The instrument :func:`~vnadmin.text.parse_text` reads in ``source`` (text, or UTF-8
    bytes whose byte-order mark is dropped), kinds looked up in ``kinds``."""
    return parse_text(_text(source), kinds=kinds).instrument


def _reading(source: str | bytes, *, kinds: KindRegistry = KINDS) -> Reading:
    result = parse_text(_text(source), kinds=kinds)
    return Reading(
        instrument=result.instrument,
        notes=tuple(map(str, result.diagnostics)),
        diagnostics=result.diagnostics,
    )


CODEC = Codec(
    name="text",
    extension=".txt",
    media_type="text/plain; charset=utf-8",
    dumps=dumps,
    loads=loads,
    losses=losses,
    decode_error=DecodeError,
    foreign=_foreign,
    reading=_reading,
)
"""Plain text as one format among the others (see :mod:`vnadmin._codec`): it reads any text,
so it is recognised last."""
