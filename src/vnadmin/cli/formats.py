"""The formats the command line reads and writes, and how an input's format is told apart.

:data:`FORMATS` is a small registry: a format reads instruments, writes them, or both, and
an XML format says which root elements are its own.  Adding a codec to the command line is
adding one :class:`Format` to it.  :func:`detect` looks at the content, never at the file
name: a JSON object is vnadmin JSON, an XML document goes to the format of its root
namespace, anything else is plain text for :func:`~vnadmin.text.parse_text`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

import attrs

from vnadmin import akn, docx, edxml, pdf, text
from vnadmin import json as vjson
from vnadmin import xml as vxml
from vnadmin._codec import Codec, Reading
from vnadmin._files import open_regular
from vnadmin._safexml import root_name
from vnadmin.errors import DecodeError, VnadminError, XMLDecodeError
from vnadmin.model import Instrument

__all__ = [
    "CODECS",
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


Reader = Callable[[bytes], Reading]
Writer = Callable[[Instrument], bytes]


RootTest = Callable[[str, str], bool]


@attrs.frozen(kw_only=True)
class Format:
    """A format of the command line: its name (``--to``), the extension of the files it
    writes, its reader and writer (``None`` when it has none) and, for an XML format,
    ``root``: whether a document whose root element has this namespace (``""`` for none)
    and local name is in the format; ``lost``: the fields of an instrument its writer does
    not carry as they are, which the command notes.  Each is made from the format's own
    record (:func:`of`)."""

    name: str
    extension: str
    read: Reader | None = None
    write: Writer | None = None
    root: RootTest | None = None
    lost: Callable[[Instrument], Sequence[str]] | None = None
    starts: bytes | tuple[bytes, ...] = b""

    @classmethod
    def of(cls, codec: Codec) -> Format:
        """The command line's view of a format's record."""
        return cls(
            name=codec.name,
            extension=codec.extension,
            read=None if codec.loads is None else _reader(codec),
            write=None if codec.dumps is None else codec.encode,
            root=codec.root,
            lost=codec.losses,
            starts=codec.starts,
        )


def _reader(codec: Codec) -> Reader:
    """``codec``'s reading of a file; content it does not hold at all is an input no format
    reads (JSON without a ``"vnadmin"`` key)."""

    def read(data: bytes) -> Reading:
        try:
            return codec.read(data)
        except DecodeError:
            reason = None if codec.foreign is None else codec.foreign(data)
            if reason is not None:
                raise InputError(reason) from None
            raise

    return read


def decode_text(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); :class:`InputError` names the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        bad = data[error.start : error.start + 1].hex()
        raise InputError(f"not UTF-8 text: byte 0x{bad} at offset {error.start}") from None


def read_text(data: bytes) -> Reading:
    """Plain text read by :func:`~vnadmin.text.parse_text`, its diagnostics as notes."""
    read = FORMATS["text"].read
    assert read is not None
    return read(data)


CODECS: tuple[Codec, ...] = (
    vjson.CODEC,
    vxml.CODEC,
    edxml.CODEC,
    akn.CODEC,
    docx.CODEC,
    pdf.CODEC,
    text.CODEC,
)
"""Every format's record, as its module declares it; text, which reads any text, last."""

FORMATS: dict[str, Format] = {codec.name: Format.of(codec) for codec in CODECS}
"""The formats by name, collected from the format modules; text comes last, as the one that
reads anything else."""


def readable() -> list[str]:
    """The names of the formats the command line reads."""
    return [fmt.name for fmt in FORMATS.values() if fmt.read is not None]


def writable() -> list[str]:
    """The names of the formats the command line writes (the choices of ``--to``)."""
    return [fmt.name for fmt in FORMATS.values() if fmt.write is not None]


_BLANK = b"\xef\xbb\xbf \t\r\n"


def detect(data: bytes) -> Format:
    """The format of ``data``, told from how it starts and, for XML, its root element."""
    head = data.lstrip(_BLANK)[:16]
    if head.startswith(b"<"):
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
    return next(f for f in FORMATS.values() if f.root is None and head.startswith(f.starts))


def _root(data: bytes | BinaryIO) -> tuple[str, str]:
    """The namespace and local name of the root element, reading no further than its tag.

    Nothing is fetched or expanded (no DTD, no entities, no network): the format's own
    reader parses the document with its own safeguards afterwards.
    """
    try:
        return root_name(data)
    except XMLDecodeError as error:
        raise InputError(error.problems[0].message) from None


def is_collection(source: bytes | Path) -> bool:
    """Whether ``source`` is a vnadmin XML collection (``<instruments>``), which holds many
    instruments (:func:`vnadmin.xml.dump_collection`); a file is read only as far as its
    root element."""
    try:
        if isinstance(source, Path):
            with open_regular(source) as file:
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
