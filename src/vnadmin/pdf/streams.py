"""What a PDF's streams inflate to, measured in bounded steps before pdfminer inflates them.

pdfminer.six decodes a stream whole (``zlib.decompress``, LZW, run-length) when a page
needs it, so a file of a few hundred kilobytes can ask for gigabytes: a stream bomb.  Before
the file is opened, each stream a text reading decodes (page contents, object and
cross-reference streams, fonts, character maps) goes through its filters here, a step of
at most one MiB at a time, its output counted against ``PDFLimits.max_inflated`` and
dropped.  Images are left out: a text reading never decodes them.  Streams are found by
their keywords, as a damaged file's are by pdfminer's fallback too.

An encrypted file (many official PDFs carry an owner password that only restricts printing
or copying, and open without a password) hides its streams until they are deciphered: its
cross-reference streams, never encrypted, are measured from the bytes like any file's, and
the others once pdfminer has opened the document and before any page is read
(:func:`deciphered`).
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable, Iterator
from typing import Any

__all__ = ["deciphered", "inflated"]

_STEP = 1 << 20
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_WINDOW = 1 << 16
"""How far before ``stream`` its dictionary is looked for."""

Decoder = Callable[[bytes, int, bool], tuple[int, bytes]]
"""A filter: the size of the data decoded, stopped once it passes the room given, and the
data itself when another filter follows (else nothing is kept)."""


def _counted(parts: Iterator[bytes], room: int, keep: bool) -> tuple[int, bytes]:
    """The size of what ``parts`` decode to, read until it passes ``room``, and the parts
    when ``keep``.  A damaged stream ends where it breaks, as pdfminer keeps what decoded
    before the damage: so is it counted."""
    kept: list[bytes] = []
    size = 0
    try:
        for part in parts:
            size += len(part)
            if keep:
                kept.append(part)
            if size > room:
                break
    except Exception:  # zlib's or pdfminer's refusal of damaged data
        pass
    return size, b"".join(kept)


def _inflated(data: bytes) -> Iterator[bytes]:
    inflater = zlib.decompressobj()
    pending = data
    while pending and not inflater.eof:
        yield inflater.decompress(pending, _STEP)
        pending = inflater.unconsumed_tail


def _flate(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    return _counted(_inflated(data), room, keep)


def _lzw(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    from pdfminer.lzw import LZWDecoder  # pdfminer.six comes with the pdf extra

    return _counted(LZWDecoder(io.BytesIO(data)).run(), room, keep)


def _runlength(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    """Run-length data grows at most 64 times; when that could pass ``room`` the runs are
    added up first, without building them."""
    from pdfminer.runlength import rldecode

    if len(data) * 64 > room:
        size = index = 0
        while index < len(data) and size <= room and data[index] != 128:
            length = data[index]
            size += length + 1 if length < 128 else 257 - length
            index += length + 2 if length < 128 else 2
        if size > room or not keep:
            return size, b""
    decoded = rldecode(data)
    return len(decoded), decoded


def _ascii85(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    from pdfminer.ascii85 import ascii85decode

    decoded = ascii85decode(data)  # shorter than its input
    return len(decoded), decoded


def _asciihex(data: bytes, room: int, keep: bool) -> tuple[int, bytes]:
    from pdfminer.ascii85 import asciihexdecode

    decoded = asciihexdecode(data)  # half its input
    return len(decoded), decoded


_DECODERS: dict[bytes, Decoder] = {
    b"FlateDecode": _flate,
    b"Fl": _flate,
    b"LZWDecode": _lzw,
    b"LZW": _lzw,
    b"RunLengthDecode": _runlength,
    b"RL": _runlength,
    b"ASCII85Decode": _ascii85,
    b"A85": _ascii85,
    b"ASCIIHexDecode": _asciihex,
    b"AHx": _asciihex,
}
"""The filters pdfminer decodes; the image codecs (DCT, JPX, JBIG2, CCITT) it leaves."""


def _filters(dictionary: bytes) -> list[Decoder]:
    found = _FILTER.search(dictionary)
    if found is None:
        return []
    names = _NAME.findall(found.group(1))
    return [_DECODERS[name] for name in names if name in _DECODERS]


def inflated(data: bytes, limit: int) -> int:
    """The bytes the streams of the PDF ``data`` decode to together, counted until they
    pass ``limit`` (then a number above it).  An encrypted file's streams other than its
    cross-reference streams count for nothing here: :func:`deciphered` measures them."""
    total = 0
    start = 0
    for found in _STREAM.finditer(data):
        begin = found.end()
        if begin < start:  # the keyword inside a stream already measured
            continue
        end = data.find(b"endstream", begin)
        end = len(data) if end < 0 else end
        window = data[max(start, found.start() - _WINDOW) : found.start()]
        dictionary = window[window.rfind(b"obj") + 1 :]  # from the object's own keyword
        start = end
        filters = _filters(dictionary)
        if not filters or _IMAGE.search(dictionary) is not None:
            continue
        total += _decoded(data[begin:end], filters, limit - total)
        if total > limit:
            break
    return total


def _decoded(content: bytes, filters: list[Decoder], room: int) -> int:
    size = 0
    for number, decode in enumerate(filters, 1):
        size, content = decode(content, room, number < len(filters))
    return size


def deciphered(document: Any, limit: int) -> int:
    """What the streams of an encrypted PDF decode to together once deciphered, counted
    until they pass ``limit``.  ``document`` is pdfminer's ``PDFDocument``, opened (its
    cross-reference streams already decoded) but no object stream or page read yet: each
    stream object is deciphered, which never grows it, and decoded in bounded steps."""
    from pdfminer.pdftypes import PDFStream, resolve1

    total = 0
    for objid, genno in _stream_candidates(document):
        try:
            stream = document.getobj(objid)
        except Exception:  # a damaged object: pdfminer will refuse or skip it the same way
            continue
        if not isinstance(stream, PDFStream) or stream.rawdata is None:
            continue
        if getattr(resolve1(stream.get("Subtype")), "name", None) == "Image":
            continue
        names = [getattr(name, "name", "") for name, _ in stream.get_filters()]
        filters = [_DECODERS[key] for key in (n.encode() for n in names) if key in _DECODERS]
        if not filters:
            continue
        content = stream.rawdata
        if stream.decipher is not None:
            content = stream.decipher(objid, genno, content, stream.attrs)
        total += _decoded(content, filters, limit - total)
        if total > limit:
            break
    return total


def _stream_candidates(document: Any) -> Iterator[tuple[int, int]]:
    """The objects of every cross-reference table not stored in an object stream: only
    those can be streams, and reading one never decodes an object stream."""
    seen: set[int] = set()
    for xref in document.xrefs:
        for objid in xref.get_objids():
            if objid in seen:
                continue
            seen.add(objid)
            try:
                in_stream, _, genno = xref.get_pos(objid)
            except KeyError:
                continue
            if in_stream is None:
                yield objid, genno
