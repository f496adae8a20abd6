"""What the command line reads, and how it is told apart: every command reads its inputs
here, so ``parse``, ``convert``, ``check`` and ``tasks`` agree on what a file is.

An input is bounded before it is read: a file must be a regular file (a FIFO, a device or
``/dev/zero`` behind a symlink is refused, never opened for reading) no larger than the
limit (``--max-size``), and standard input is read no further than the limit.

Then its content says what it is, never its name:

- a Word or PDF document (a legacy ``.doc`` too) is read by its format
  (:mod:`vnadmin.docx`, :mod:`vnadmin.pdf`), which keeps what its page shows for the
  checker; another container of a document that is not text (OpenDocument, RTF, ZIP, OLE)
  is refused with what it is;
- other binary data (NUL bytes, control characters) is refused;
- text is decoded: UTF-8 (with or without a byte-order mark), UTF-16 and UTF-32 with one,
  and text in a legacy Vietnamese encoding (VNI, TCVN3, VISCII, Windows-1258), as bytes or
  as mojibake saved as UTF-8, is converted to Unicode with a warning naming the encoding
  (:mod:`vnadmin.legacy`);
- a JSON object or an XML document (not an HTML page) goes to its format's reader
  (:func:`vnadmin.cli.formats.detect`); an iCalendar file is refused; anything else is
  plain text for :func:`vnadmin.text.parse_text`, and a reading with an error, or with no
  part of an instrument in it (a README), fails.
"""

from __future__ import annotations

import codecs
import io
import re
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from vnadmin import legacy
from vnadmin._files import open_regular, what_is
from vnadmin.cli.batch import Note, Source
from vnadmin.cli.formats import FORMATS, InputError, detect
from vnadmin.errors import MissingExtraError
from vnadmin.model import Instrument
from vnadmin.presentation import Presentation
from vnadmin.severity import Severity

__all__ = [
    "CONTAINERS",
    "DEFAULT_MAX_SIZE",
    "Container",
    "Read",
    "check_file",
    "decode",
    "read_bytes",
    "read_input",
    "read_stdin",
]

DEFAULT_MAX_SIZE = 64 * 1024 * 1024
"""The largest input read by default (64 MiB): far above any real instrument or edXML
package, far below what would exhaust memory (a reading takes a few times its size)."""


# Reading, bounded ------------------------------------------------------------------------


def _size(number: int) -> str:
    for unit, factor in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if number >= factor:
            return f"{number / factor:.1f} {unit}"
    return f"{number} bytes"


def _too_big(size: int | None, limit: int) -> InputError:
    """Refusal of an input of ``size`` bytes (``None``: more than were read) over ``limit``."""
    said = f"more than {_size(limit)}" if size is None else _size(size)
    return InputError(f"{said}: over the limit of {_size(limit)} (--max-size raises it)")


def _not_regular(mode: int) -> InputError | None:
    refusal = what_is(mode)
    return None if refusal is None else InputError(f"{refusal}: not read")


def check_file(path: Path, limit: int) -> None:
    """:class:`InputError` unless ``path`` is a regular file of at most ``limit`` bytes
    (symbolic links followed); nothing is opened."""
    try:
        status = path.stat()
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    refusal = _not_regular(status.st_mode)
    if refusal is not None:
        raise refusal
    if status.st_size > limit:
        raise _too_big(status.st_size, limit)


def read_bytes(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.  It is opened
    without blocking (a FIFO put in its place cannot hang the command) and checked again
    once open."""
    check_file(path, limit)
    try:
        with open_regular(path) as file:
            data = file.read(limit + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror or error}") from None
    if len(data) > limit:
        raise _too_big(None, limit)
    return data


def read_stdin(limit: int) -> bytes:
    """Standard input, at most ``limit`` bytes (:class:`InputError` beyond)."""
    data = sys.stdin.buffer.read(limit + 1)
    if len(data) > limit:
        raise _too_big(None, limit)
    return data


def read_input(source: Source, limit: int) -> bytes:
    """The bytes of ``source``: given, or read from its file within ``limit``."""
    if source.data is not None:
        if len(source.data) > limit:
            raise _too_big(len(source.data), limit)
        return source.data
    assert source.path is not None
    return read_bytes(source.path, limit)


# What the content is ----------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Container:
    """A kind of file that holds a document in a form other than text: what it is called,
    how its content is recognised, and how it is read: ``form``, the vnadmin format that
    reads it whole (``docx``, ``pdf``: its reading keeps what the page shows, for the
    checker), or ``reader``, which gives the document's text (neither: the input is
    refused, saying what it is)."""

    name: str
    test: Callable[[bytes], bool]
    reader: Callable[[bytes], str] | None = None
    form: str | None = None


def _zip_holds(*names: str) -> Callable[[bytes], bool]:
    def test(data: bytes) -> bool:
        if not data.startswith(b"PK\x03\x04"):
            return False
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                held = set(archive.namelist())
        except (zipfile.BadZipFile, OSError, ValueError):
            return False
        return any(name in held for name in names)

    return test


CONTAINERS: tuple[Container, ...] = (
    Container(name="a PDF document", test=lambda data: data.startswith(b"%PDF-"), form="pdf"),
    Container(name="a Word document (.docx)", test=_zip_holds("word/document.xml"), form="docx"),
    Container(
        name="an OpenDocument text (.odt)",
        test=lambda data: data[30:77] == b"mimetypeapplication/vnd.oasis.opendocument.text",
    ),
    Container(name="a spreadsheet (.xlsx)", test=_zip_holds("xl/workbook.xml")),
    Container(
        name="a Word 97-2003 document or another OLE file (.doc, .xls)",
        test=lambda data: data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
        form="docx",  # converted by LibreOffice where installed, else refused saying so
    ),
    Container(name="an RTF document", test=lambda data: data.startswith(b"{\\rtf")),
    Container(name="a ZIP archive", test=lambda data: data.startswith(b"PK\x03\x04")),
)
"""The containers recognised, the most specific first.  A reader for one is added here
(``reader=``): its text then goes through the same reading as a text file."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Control bytes no text holds; VISCII's six letters among them (02 05 06 14 19 1E) are not.
_BINARY = re.compile(rb"[\x00\x01\x03\x04\x07\x08\x0e-\x13\x15-\x18\x1c\x1d\x1f]")
_SAMPLE = 65536


def _is_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    return b"\x00" in sample or len(_BINARY.findall(sample)) * 100 > len(sample)


def decode(data: bytes) -> tuple[str, tuple[Note, ...]]:
    """The text of ``data`` and what was done to get it; :class:`InputError` for content
    that is not text (with what it is) or is in no encoding vnadmin knows."""
    for container in CONTAINERS:
        if container.test(data):
            if container.reader is None:
                raise InputError(
                    f"{container.name}: vnadmin reads text, JSON, XML, Word and PDF; save or"
                    " extract it as text first"
                )
            said = f"text: info: container: the text of {container.name}"
            return container.reader(data), (Note.info(said),)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"not {name} text after its byte-order mark: bad bytes at offset"
                    f" {error.start + len(bom)}"
                ) from None
            said = f"text: info: byte-order-mark: decoded from {name}"
            notes = () if name == "UTF-8" else (Note.info(said),)
            return _repaired(text, notes)
    if _is_binary(data):
        raise InputError("binary data, not text (no document format vnadmin reads)")
    try:
        return _repaired(data.decode("utf-8"), ())
    except UnicodeDecodeError as error:
        guessed = legacy.guess(data)
        if guessed is None:
            raise InputError(
                f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start}),"
                f" and not Vietnamese in {', '.join(legacy.ENCODINGS)} either"
            ) from None
        said = f"the text is in {guessed.encoding}; converted to Unicode"
        return guessed.text, (Note.warning(f"text: warning: legacy-encoding: {said}"),)


def _repaired(text: str, notes: tuple[Note, ...]) -> tuple[str, tuple[Note, ...]]:
    """``text``, or its Unicode form when it is legacy text saved as UTF-8."""
    if text.lstrip()[:1] in ("{", "<"):  # JSON and XML are never mojibake of a legacy font
        return text, notes
    repaired = legacy.repair(text)
    if repaired is None:
        return text, notes
    note = Note.warning(
        f"text: warning: legacy-encoding: the text is {repaired.encoding} read as another"
        " encoding and saved as UTF-8; converted to Unicode"
    )
    return repaired.text, (*notes, note)


# Reading an instrument --------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Read:
    """An instrument read from an input, with the notes of its reading."""

    instrument: Instrument
    notes: tuple[Note, ...] = ()
    diagnostics: tuple[Any, ...] = ()
    """The reader's own remarks (a text's), which tell the checker what it could not read."""
    presentation: Presentation | None = None
    """What a Word or PDF page shows, which the checker's presentation rules check."""


_HTML = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)
_FOUND = ("kind", "issuer", "number", "place", "subject", "addressees", "signatures",
          "distribution", "reported")  # fmt: skip
"""The parts of an instrument whose presence shows that a text is one (a README has none)."""


def read_instrument(data: bytes) -> Read:
    """The instrument in ``data``, whatever its format (see the module doc)."""
    for container in CONTAINERS:
        if container.form is not None and container.test(data):
            return _read_printed(data, container)
    text, notes = decode(data)
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise InputError("empty input: nothing to read")
    if stripped.startswith("BEGIN:VCALENDAR"):
        raise InputError("an iCalendar file (vnadmin tasks writes them), not an instrument")
    if stripped[:1] in ("{", "<") and not _HTML.match(stripped):
        utf8 = text.encode("utf-8")
        fmt = detect(utf8)
        if fmt.name != "text":
            assert fmt.read is not None  # detect returns readable formats only
            reading = fmt.read(utf8)
            return Read(
                instrument=reading.instrument,
                notes=(*notes, *(Note.warning(note) for note in reading.notes)),
                diagnostics=reading.diagnostics,
            )
    return _read_text(text, notes)


def _read_printed(data: bytes, container: Container) -> Read:
    """A Word or PDF document read by its format, which keeps what the page shows."""
    assert container.form is not None
    read = FORMATS[container.form].read
    assert read is not None
    try:
        reading = read(data)
    except MissingExtraError as error:
        raise InputError(f"{container.name}: {error}") from None
    said = (f"text: info: container: read as {container.name}",)
    return Read(
        instrument=reading.instrument,
        notes=tuple(Note.info(note) for note in (*said, *reading.notes)),
        diagnostics=reading.diagnostics,
        presentation=reading.presentation,
    )


def _read_text(text: str, notes: tuple[Note, ...]) -> Read:
    from vnadmin.text import parse_text  # the reader is heavy: imported when text comes

    result = parse_text(text)
    errors = [d for d in result.diagnostics if d.severity is Severity.ERROR]
    if errors:
        raise InputError("; ".join(f"{d.code}: {d.message}" for d in errors))
    instrument = result.instrument
    date = instrument.date
    if date is not None and not date.is_blank:
        found = True
    else:
        found = any(getattr(instrument, name) for name in _FOUND)
    if not found:
        raise InputError(
            "no instrument found: no issuer, kind, number, date, subject, addressee or"
            " signature (is it an administrative document?)"
        )
    said = tuple(Note(severity=d.severity, text=str(d)) for d in result.diagnostics)
    return Read(instrument=instrument, notes=(*notes, *said), diagnostics=result.diagnostics)
