"""The formats the command line reads and writes, and how an input's format is told apart.

:data:`FORMATS` is a small registry: a format reads instruments, writes them, or both, and
an XML format says which root elements are its own.  Adding a codec to the command line is
adding one :class:`Format` to it.  :func:`detect` looks at the content, never at the file
name: a JSON object is vnadmin JSON, an XML document goes to the format of its root
namespace, anything else is plain text for :func:`~vnadmin.text.parse_text`.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs
from lxml import etree

from vnadmin import akn, edxml
from vnadmin import json as vjson
from vnadmin import xml as vxml
from vnadmin.errors import JSONDecodeError, VnadminError
from vnadmin.model import Instrument
from vnadmin.text import TextDiagnostic, parse_text, render_text, text_losses

__all__ = [
    "FORMATS",
    "Format",
    "InputError",
    "Reading",
    "decode_text",
    "detect",
    "is_collection",
    "read_instrument",
    "read_text",
    "readable",
    "writable",
]


class InputError(VnadminError):
    """An input no format reads: not UTF-8 text, not well-formed XML, an unknown XML root."""


@attrs.frozen(kw_only=True)
class Reading:
    """An instrument read from an input, with what the text parser said about its reading
    (``line 3: warning: issuer-inferred: ...``) as notes and as ``diagnostics``, which tell
    the checker what the parser could not read; other formats say nothing."""

    instrument: Instrument
    notes: tuple[str, ...] = ()
    diagnostics: tuple[TextDiagnostic, ...] = ()


Reader = Callable[[bytes], Reading]
Writer = Callable[[Instrument], bytes]


RootTest = Callable[[str, str], bool]


@attrs.frozen(kw_only=True)
class Format:
    """A format of the command line: its name (``--to``), the extension of the files it
    writes, its reader and writer (``None`` when it has none) and, for an XML format,
    ``root``: whether a document whose root element has this namespace (``""`` for none)
    and local name is in the format; ``lost``: the fields of an instrument its writer cannot
    carry as they are (text, Akoma Ntoso), which the command notes."""

    name: str
    extension: str
    read: Reader | None = None
    write: Writer | None = None
    root: RootTest | None = None
    lost: Callable[[Instrument], Sequence[str]] | None = None


def decode_text(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); :class:`InputError` names the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise InputError(f"not UTF-8 text: byte 0x{bad} at offset {error.start}") from None


def read_text(data: bytes) -> Reading:
    """Plain text read by :func:`~vnadmin.text.parse_text`, its diagnostics as notes."""
    result = parse_text(decode_text(data))
    return Reading(
        instrument=result.instrument,
        notes=tuple(map(str, result.diagnostics)),
        diagnostics=result.diagnostics,
    )


def _write_text(instrument: Instrument) -> bytes:
    return render_text(instrument).encode("utf-8")


def _read_json(data: bytes) -> Reading:
    try:
        return Reading(instrument=vjson.loads(data))
    except JSONDecodeError:
        if not _has_vnadmin_key(data):
            raise InputError('not a vnadmin JSON document: no "vnadmin" key') from None
        raise


def _has_vnadmin_key(data: bytes) -> bool:
    try:
        document = json.loads(data)
    except ValueError:  # malformed: the codec's own message says where
        return True
    return isinstance(document, dict) and "vnadmin" in document


def _write_json(instrument: Instrument) -> bytes:
    return (vjson.dumps(instrument, pretty=True) + "\n").encode("utf-8")


def _read_xml(data: bytes) -> Reading:
    return Reading(instrument=vxml.loads(data))


def _read_edxml(data: bytes) -> Reading:
    """The package's instrument; the fields it could not supply (when it carries no copy of
    the whole instrument) are noted."""
    package = edxml.loads(data)
    return Reading(
        instrument=package.instrument,
        notes=tuple(f"edxml: not in the package: {field}" for field in package.lost),
    )


def _write_edxml(instrument: Instrument) -> bytes:
    """The package as the axis expects it; ``convert --to edxml`` builds it with its own
    options instead (sender, receivers, the axis checks)."""
    return edxml.dumps(instrument)


def _edxml_losses(instrument: Instrument) -> tuple[str, ...]:
    return edxml.losses(instrument)


_EDXML_NAMESPACES = {edxml.NAMESPACE, edxml.OLD_NAMESPACE, edxml.GO_NAMESPACE}


FORMATS: dict[str, Format] = {
    fmt.name: fmt
    for fmt in (
        Format(name="json", extension=".json", read=_read_json, write=_write_json),
        Format(
            name="xml",
            extension=".xml",
            read=_read_xml,
            write=vxml.dumps,
            root=lambda namespace, name: namespace == vxml.NAMESPACE,
        ),
        Format(
            name="edxml",
            extension=".edxml",
            read=_read_edxml,
            write=_write_edxml,
            lost=_edxml_losses,
            # Older producers wrote no namespace; go.vn's is another format, which the
            # edXML reader recognises and refuses with a message saying so.
            root=lambda namespace, name: (
                namespace in _EDXML_NAMESPACES or (namespace == "" and name == "edXML")
            ),
        ),
        Format(
            name="akn",
            extension=".akn.xml",
            write=akn.dumps,
            root=lambda namespace, name: namespace == akn.NAMESPACE,
            lost=akn.losses,
        ),
        Format(name="text", extension=".txt", read=read_text, write=_write_text, lost=text_losses),
    )
}
"""The formats by name; text comes last, as the one that reads anything else."""


def readable() -> list[str]:
    """The names of the formats the command line reads."""
    return [fmt.name for fmt in FORMATS.values() if fmt.read is not None]


def writable() -> list[str]:
    """The names of the formats the command line writes (the choices of ``--to``)."""
    return [fmt.name for fmt in FORMATS.values() if fmt.write is not None]


_BLANK = b"\xef\xbb\xbf \t\r\n"


def detect(data: bytes) -> Format:
    """The format of ``data``, told from its first character and, for XML, its root element."""
    start = data.lstrip(_BLANK)[:1]
    if start == b"{":
        return FORMATS["json"]
    if start == b"<":
        namespace, name = _root(data)
        if (namespace, name) == _COLLECTION:
            raise InputError(
                "<instruments> is a collection of instruments: `vnadmin convert` splits it"
                " into a file each"
            )
        root = f"{{{namespace}}}{name}" if namespace else name
        for fmt in FORMATS.values():
            if fmt.root is not None and fmt.root(namespace, name):
                if fmt.read is None:
                    raise InputError(
                        f"<{root}> is {fmt.name}: vnadmin writes it but does not read it"
                    )
                return fmt
        known = [fmt.name for fmt in FORMATS.values() if fmt.root and fmt.read]
        raise InputError(
            f"XML with root <{root}> is no format vnadmin reads"
            f" (XML formats it reads: {', '.join(known)})"
        )
    return FORMATS["text"]


def _root(data: bytes | BinaryIO) -> tuple[str, str]:
    """The namespace and local name of the root element, reading no further than its tag.

    Nothing is fetched or expanded (no DTD, no entities, no network): the format's own
    reader parses the document with its own safeguards afterwards.
    """
    events = etree.iterparse(
        io.BytesIO(data) if isinstance(data, bytes) else data,
        events=("start",),
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        huge_tree=False,
    )
    try:
        for _, element in events:
            qname = etree.QName(element)
            return qname.namespace or "", qname.localname
    except etree.XMLSyntaxError as error:
        raise InputError(f"not well-formed XML: {error}") from None
    raise InputError("XML without a root element")  # pragma: no cover - lxml raises first


def is_collection(source: bytes | Path) -> bool:
    """Whether ``source`` is a vnadmin XML collection (``<instruments>``), which holds many
    instruments (:func:`vnadmin.xml.dump_collection`); a file is read only as far as its
    root element."""
    try:
        if isinstance(source, Path):
            with source.open("rb") as file:
                return _root(file) == _COLLECTION
        return source.lstrip(_BLANK)[:1] == b"<" and _root(source) == _COLLECTION
    except (InputError, OSError):
        return False  # not XML after all, or unreadable: reading it whole says why


_COLLECTION = (vxml.NAMESPACE, "instruments")


def read_instrument(data: bytes) -> Reading:
    """The instrument of ``data`` in whatever format it is (see :func:`detect`)."""
    fmt = detect(data)
    assert fmt.read is not None  # detect returns readable formats only
    return fmt.read(data)
