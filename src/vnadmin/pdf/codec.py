"""PDF as one format among the others: read only (``dumps`` and ``losses`` are ``None``)."""

from __future__ import annotations

from typing import Any

from vnadmin._codec import Codec, Reading
from vnadmin.errors import PDFDecodeError
from vnadmin.model import KINDS, KindRegistry
from vnadmin.pdf.reader import PDF, loads, read

__all__ = ["CODEC"]


def _reading(source: Any, *, kinds: KindRegistry = KINDS) -> Reading:
    found = read(source, kinds=kinds)
    return Reading(
        instrument=found.instrument,
        notes=tuple(map(str, found.diagnostics)),
        diagnostics=found.diagnostics,
        presentation=found.presentation,
    )


CODEC = Codec(
    name="pdf",
    extension=".pdf",
    media_type="application/pdf",
    dumps=None,
    loads=loads,
    losses=None,
    starts=PDF,
    decode_error=PDFDecodeError,
    reading=_reading,
)
"""PDF as one format among the others (see :mod:`vnadmin._codec`): vnadmin reads it only."""
