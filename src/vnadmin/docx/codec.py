"""Word as one format among the others: ``dumps``, ``loads``, ``losses`` and the record.

A ``.docx`` file is recognised by its zip signature and its ``word/document.xml``; a
legacy ``.doc`` by its OLE2 signature, which the reader converts with LibreOffice when it
is installed and refuses, saying how to convert it, when it is not.
"""

from __future__ import annotations

import io
import zipfile

from vnadmin._codec import XML, Codec, Reading, writer
from vnadmin._walk import differences
from vnadmin.docx.libreoffice import converter
from vnadmin.docx.package import DEFAULT_LIMITS, OLE2, ZIP, Source
from vnadmin.docx.reader import loads, read
from vnadmin.docx.writer import dumps
from vnadmin.errors import WordDecodeError
from vnadmin.limits import WordLimits
from vnadmin.model import KINDS, Instrument, KindRegistry

__all__ = ["CODEC", "MEDIA_TYPE", "losses"]

MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@writer(XML)
def losses(
    instrument: Instrument,
    *,
    kinds: KindRegistry = KINDS,
    limits: WordLimits = DEFAULT_LIMITS,
    embed: bool = True,
) -> tuple[str, ...]:
    """The fields of ``instrument`` a round trip through Word does not give back, as field
    paths (``body.tasks[0].deadline``): none with vnadmin's copy attached (``embed=True``);
    without it, what the pages do not print as it is, which is what text loses."""
    data = dumps(instrument, kinds=kinds, limits=limits, embed=embed)
    return differences(instrument, loads(data, kinds=kinds, limits=limits))


def _reading(source: Source, *, kinds: KindRegistry = KINDS) -> Reading:
    """The command line's reading: a legacy .doc converted where LibreOffice is installed."""
    found = read(source, kinds=kinds, convert=converter() is not None)
    return Reading(
        instrument=found.instrument,
        notes=tuple(map(str, found.diagnostics)),
        diagnostics=found.diagnostics,
        presentation=found.presentation,
    )


def _foreign(data: bytes) -> str | None:
    """Why content that begins as a zip archive is no Word document."""
    if not data.startswith(ZIP):
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return "not a readable zip archive"
    if "word/document.xml" not in names:
        return "a zip archive that holds no Word document (no word/document.xml)"
    return None


CODEC = Codec(
    name="docx",
    extension=".docx",
    media_type=MEDIA_TYPE,
    dumps=dumps,
    loads=loads,
    losses=losses,
    starts=(ZIP, OLE2),
    limits=WordLimits,
    decode_error=WordDecodeError,
    foreign=_foreign,
    reading=_reading,
)
"""Word (``.docx``) as one format among the others (see :mod:`vnadmin._codec`)."""
