"""What a PDF's streams inflate to, measured in bounded steps before pdfminer inflates them.

pdfminer.six decodes a stream whole (``zlib.decompress``, LZW, run-length) when a page
needs it, so a file of a few hundred kilobytes can ask for gigabytes: a stream bomb.  Before
the file is opened, each stream a text reading decodes (page contents, object and
cross-reference streams, fonts, character maps) goes through its filters here, a step of
at most one MiB at a time, its output counted against ``PDFLimits.max_inflated`` and
dropped.  Images are left out: a text reading never decodes them.  Streams are found by
their keywords, as a damaged file's are by pdfminer's fallback too; an encrypted file's
streams cannot be measured before they are deciphered (:func:`inflated` says so).
"""

from __future__ import annotations

import io
import re
import zlib
from collections.abc import Callable, Iterator

__all__ = ["inflated"]

_STEP = 1 << 20
_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_IMAGE = re.compile(rb"/Subtype\s*/Image\b")
_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)")
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_ENCRYPT = re.compile(rb"/Encrypt\b")
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


def inflated(data: bytes, limit: int) -> int | None:
    """The bytes the streams of the PDF ``data`` decode to together, counted until they
    pass ``limit`` (then a number above it); ``None`` for an encrypted file, whose streams
    are only readable once deciphered."""
    if _ENCRYPT.search(data) is not None:
        return None
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
        content = data[begin:end]
        size = 0
        for number, decode in enumerate(filters, 1):
            size, content = decode(content, limit - total, number < len(filters))
        total += size
        if total > limit:
            break
    return total
