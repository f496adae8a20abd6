"""A ``.docx`` file as the zip package it is, opened only when it is safe to open.

Before python-docx sees a byte: the file is bounded (:class:`~vnadmin.limits.WordLimits`);
the zip directory is read and every member's declared size, its growth when unpacked and
their count and total are checked (a zip bomb is refused without unpacking it; Python's
zipfile stops unpacking a member at its declared size); each XML part is parsed by the
hardened parser (no DTD, no entities, bounded depth and text); and a relationship to an
external target that a word processor would fetch (a remote template, a linked picture or
object, a subdocument) is refused.  External hyperlinks are kept: they are fetched by
nobody, and real documents link their e-mail and website.

A legacy Word 97-2003 ``.doc`` file is told apart by its OLE2 signature: it needs
converting (:func:`vnadmin.docx.legacy.convert`).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from typing import Any

from vnadmin._codec import read_bounded
from vnadmin._safexml import parse
from vnadmin.errors import WordDecodeError, XMLDecodeError
from vnadmin.limits import WordLimits

__all__ = ["DEFAULT_LIMITS", "OLE2", "ZIP", "Source", "check_package", "read_source"]

DEFAULT_LIMITS = WordLimits()
ZIP = b"PK\x03\x04"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""The signature of an OLE2 compound file: a Word 97-2003 ``.doc`` (or ``.xls``)."""

Source = Any
"""What the Word reader reads: bytes, a path, or a binary file open for reading."""

_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"
_HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
_XML_PARTS = (".xml", ".rels")


def _fail(where: str, message: str) -> WordDecodeError:
    return WordDecodeError([(where, message)])


def read_source(source: Source, limits: WordLimits) -> bytes:
    """The bytes of ``source`` (bytes, a path or a binary file), no more than
    ``limits.max_bytes`` of them read."""
    return read_bounded(source, limits.max_bytes, _fail, "WordLimits.max_bytes")


def check_package(data: bytes, limits: WordLimits) -> None:
    """Refuse ``data`` unless it is a Word package that is safe to open (see the module)."""
    if data.startswith(OLE2):
        raise _fail(
            "file",
            "a legacy Word 97-2003 .doc file (OLE2), not a .docx: convert it first"
            " (soffice --headless --convert-to docx FILE.doc), or read it with"
            " vnadmin.docx.loads(..., convert=True) where LibreOffice is installed",
        )
    if not data.startswith(ZIP):
        raise _fail(
            "file", f"not a Word document: a .docx is a zip archive, this begins {data[:8]!r}"
        )
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise _fail("file", f"not a readable zip archive: {error}") from None
    with archive:
        members = archive.infolist()
        _check_sizes(members, limits)
        if "word/document.xml" not in {member.filename for member in members}:
            held = ", ".join(sorted(archive.namelist())[:5])
            raise _fail(
                "file", f"a zip archive without word/document.xml: not a Word document ({held})"
            )
        for member in members:
            if member.filename.endswith(_XML_PARTS):
                root = _parse_part(archive, member, limits)
                if member.filename.endswith(".rels"):
                    _check_relationships(member.filename, root)


def _check_sizes(members: list[zipfile.ZipInfo], limits: WordLimits) -> None:
    if len(members) > limits.max_parts:
        raise _fail(
            "file", f"{len(members)} members, more than WordLimits.max_parts ({limits.max_parts})"
        )
    total = 0
    for member in members:
        size = member.file_size
        if size > limits.max_part:
            raise _fail(
                member.filename,
                f"unpacks to {size} bytes, more than WordLimits.max_part ({limits.max_part})",
            )
        if size > 1024 * 1024 and size > limits.max_ratio * max(member.compress_size, 1):
            raise _fail(
                member.filename,
                f"grows {size // max(member.compress_size, 1)} times when unpacked, more than"
                f" WordLimits.max_ratio ({limits.max_ratio}): a zip bomb",
            )
        total += size
    if total > limits.max_unpacked:
        raise _fail(
            "file",
            f"unpacks to {total} bytes, more than WordLimits.max_unpacked ({limits.max_unpacked})",
        )


def _parse_part(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limits: WordLimits) -> Any:
    try:
        with archive.open(member) as file:
            data = file.read(limits.max_part + 1)
    except (  # a CRC, a bad method, a damaged stream, an encrypted member
        zipfile.BadZipFile,
        OSError,
        ValueError,
        EOFError,
        zlib.error,
        NotImplementedError,
        RuntimeError,
    ) as error:
        raise _fail(member.filename, f"cannot be unpacked: {error}") from None
    try:
        return parse(data, limits.xml)
    except XMLDecodeError as error:
        raise WordDecodeError(
            [(f"{member.filename}, {where}", message) for where, message in error.problems]
        ) from None


def _check_relationships(part: str, root: Any) -> None:
    for relationship in root.iter(f"{{{_RELATIONSHIPS}}}Relationship"):
        if relationship.get("TargetMode") != "External":
            continue
        kind = relationship.get("Type", "")
        if kind == _HYPERLINK:
            continue
        raise _fail(
            part,
            f"relationship {relationship.get('Id')} points outside the document"
            f" ({kind.rsplit('/', 1)[-1]} at {relationship.get('Target', '')[:100]!r}):"
            " an external template, picture or object a word processor would fetch is refused",
        )
