"""The document a package carries: its main attachment read into the instrument.

An edXML header carries no body and no task list: the instrument itself travels as an
attached ``.docx``, ``.doc``, ``.pdf`` or text file.  With ``loads(...,
read_attachments=True)`` the first attachment that reads as a document (told by its
content, not its name: a Word package, an OLE2 ``.doc`` converted by LibreOffice where
installed, a PDF with a text layer, UTF-8 text) gives what the header lacks: the body and
its tasks always, any other field the header left empty.  Where both say something and
they disagree, the header's value is kept and the disagreement reported
(:class:`ContentReading`), as the axis routes on the header.  What each attachment that
did not read was is said too (a scan, an XML file named ``.doc``, a missing extra).
"""

from __future__ import annotations

from collections.abc import Callable
from fnmatch import fnmatch
from typing import Any

import attrs

from vnadmin.edxml.model import Attachment, ContentReading, Disagreement, EdxmlPackage
from vnadmin.errors import DecodeError, MissingExtraError
from vnadmin.grammar.dates import format_long_date
from vnadmin.grammar.numbers import format_number
from vnadmin.model import (
    Appendix,
    Body,
    DocumentNumber,
    Instrument,
    KindRegistry,
    Organization,
    PartialDate,
    SignatureBlock,
)
from vnadmin.text import parse_text

__all__ = ["read_contents"]

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PDF = b"%PDF-"
_NEVER_TAKEN = frozenset({"regime", "reported"})
"""Fields an attachment never gives: the header's regime stands (its own reading), and a
document attached to a package is no news report."""


def _word(data: bytes, kinds: KindRegistry) -> tuple[Instrument, tuple[str, ...]]:
    from vnadmin import docx
    from vnadmin.docx.libreoffice import converter

    found = docx.read(data, kinds=kinds, convert=converter() is not None)
    return found.instrument, tuple(map(str, found.diagnostics))


def _pdf(data: bytes, kinds: KindRegistry) -> tuple[Instrument, tuple[str, ...]]:
    from vnadmin import pdf

    found = pdf.read(data, kinds=kinds)
    return found.instrument, tuple(map(str, found.diagnostics))


def _text(data: bytes, kinds: KindRegistry) -> tuple[Instrument, tuple[str, ...]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DecodeError("text", [("file", f"not UTF-8 text (offset {error.start})")]) from None
    found = parse_text(text, kinds=kinds)
    return found.instrument, tuple(map(str, found.diagnostics))


def _reader(
    data: bytes,
) -> tuple[str, Callable[[bytes, KindRegistry], tuple[Instrument, tuple[str, ...]]]] | str:
    """What the attachment is, and its reader; or why it is no document vnadmin reads."""
    head = data.lstrip(b" \t\r\n\xef\xbb\xbf")[:8]
    if head.startswith(_ZIP):
        return "a zip archive (a Word document?)", _word
    if head.startswith(_OLE2):
        return "a Word 97-2003 document", _word
    if head.startswith(_PDF):
        return "a PDF document", _pdf
    if head.startswith(b"<"):
        return "an XML or HTML file, not a document"
    if b"\x00" in data[:4096]:
        return "binary data of no format vnadmin reads"
    return "text", _text


def read_contents(package: EdxmlPackage, kinds: KindRegistry) -> EdxmlPackage:
    """``package`` with its main attachment read into its instrument (see the module)."""
    notes: list[str] = []
    for attachment in package.attachments:
        found = _read(attachment, kinds, notes)
        if found is not None:
            document, remarks = found
            return _merged(package, attachment, document, (*notes, *remarks))
    return attrs.evolve(package, contents=ContentReading(notes=notes))


def _read(
    attachment: Attachment, kinds: KindRegistry, notes: list[str]
) -> tuple[Instrument, tuple[str, ...]] | None:
    what = _reader(attachment.payload)
    if isinstance(what, str):
        notes.append(f"{attachment.name}: {what}")
        return None
    name, read = what
    try:
        document, remarks = read(attachment.payload, kinds)
    except (DecodeError, MissingExtraError) as error:
        notes.append(f"{attachment.name}: {name} that was not read: {error}")
        return None
    if not _holds_instrument(document):
        notes.append(f"{attachment.name}: {name} with nothing of an instrument in it")
        return None
    return document, tuple(f"{attachment.name}: {remark}" for remark in remarks)


def _holds_instrument(document: Instrument) -> bool:
    """A body, or what identifies an instrument (kind, number, a date): a capitalised line
    alone (``LOCAL AGGREGATE``, a test file's) is none."""
    body = document.body
    date = document.date
    return bool(
        body.preamble
        or body.background
        or body.all_tasks()
        or document.kind
        or document.number
        or (date is not None and not date.is_blank)
    )


def _empty(value: object) -> bool:
    return value is None or value == () or value == Body()


def _lost(package: EdxmlPackage, name: str) -> bool:
    """Whether the header did not give ``name`` at all (``date`` written empty), not merely
    a part of it (an issuer without its abbreviation keeps the header's issuer)."""
    return any(fnmatch(name, pattern) for pattern in package.lost)


def _merged(
    package: EdxmlPackage, attachment: Attachment, document: Instrument, notes: tuple[str, ...]
) -> EdxmlPackage:
    header = package.instrument
    taken: dict[str, Any] = {}
    disagreements: list[Disagreement] = []
    for field in attrs.fields(Instrument):
        name = field.name
        ours, theirs = getattr(header, name), getattr(document, name)
        if name in _NEVER_TAKEN or _empty(theirs) or ours == theirs:
            continue
        if _empty(ours) or (_lost(package, name) and name != "addressees"):
            taken[name] = theirs
        else:
            disagreements.append(
                Disagreement(field=name, header=_shown(ours), attachment=_shown(theirs))
            )
    instrument = attrs.evolve(header, **taken)
    lost = tuple(path for path in package.lost if not any(_under(path, name) for name in taken))
    contents = ContentReading(
        attachment=attachment.name, taken=tuple(taken), disagreements=disagreements, notes=notes
    )
    return attrs.evolve(package, instrument=instrument, lost=lost, contents=contents)


def _under(path: str, name: str) -> bool:
    return path == name or path.startswith((f"{name}.", f"{name}[", f"{name}*"))


def _shown(value: object) -> str:
    """A value as a clerk would say it: a number and a date as printed, bodies by name."""
    if isinstance(value, DocumentNumber):
        text = format_number(value)
    elif isinstance(value, PartialDate):
        text = format_long_date(value)
    elif isinstance(value, Organization):
        text = value.name
    elif isinstance(value, tuple) and all(isinstance(v, Organization) for v in value):
        text = "; ".join(v.name for v in value)
    elif isinstance(value, tuple) and all(isinstance(v, SignatureBlock) for v in value):
        text = "; ".join(
            " ".join(filter(None, (*(a.applies_to for a in v.authorities), v.title, v.name)))
            for v in value
        )
    elif isinstance(value, tuple) and all(isinstance(v, Appendix) for v in value):
        text = "; ".join(v.label for v in value)
    else:
        text = str(value.value if hasattr(value, "value") else value)
    return text if len(text) <= 200 else text[:199] + "…"
