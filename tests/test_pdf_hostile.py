"""Stream bombs are normal input: a PDF whose compressed streams decode to far more than the
file holds is refused with a PDFDecodeError before pdfminer decodes them, fast and in
bounded memory (measured in a fresh interpreter with tests/probes.py, as the XML readers
are).  Without the bound, pdfminer took more than 120 s and 2.1 GB to refuse nothing
on the 300 MiB bomb below (measured by hand before the bound was written).

The files are written here object by object, so that each test says exactly which stream
is hostile and through which filters."""

from __future__ import annotations

import base64
import hashlib
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from probes import probe
from vnadmin import pdf
from vnadmin.errors import PDFDecodeError
from vnadmin.limits import PDFLimits
from vnadmin.pdf.streams import inflated

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")

_MiB = 2**20
_TEXT = b"BT /F1 12 Tf 72 720 Td (Cong van so 12/UBND-VP) Tj ET\n"


def _deflated(size: int, chunk: bytes = _TEXT) -> bytes:
    """``size`` bytes of ``chunk`` over and over, deflated."""
    deflater = zlib.compressobj(9)
    block = chunk * (_MiB // len(chunk))
    parts = [deflater.compress(block) for _ in range(size // len(block))]
    return b"".join([*parts, deflater.flush()])


def _pdf(
    contents: bytes, filters: str, image: bytes | None = None, *, encrypted: bool = False
) -> bytes:
    """A one-page PDF whose content stream is ``contents`` under ``filters`` (a /Filter
    value), with a Flate image ``image`` on the page when given; ``encrypted``: under the
    standard security handler (RC4, 40-bit) with an empty user password, as a PDF that only
    restricts printing is, so that it opens without a password."""
    trailer = b""
    if encrypted:
        contents, trailer = _encrypt(contents, objid=4)
    resources = b"/Font << /F1 5 0 R >>" + (b" /XObject << /Im1 6 0 R >>" if image else b"")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << " + resources + b" >> >>",
        b"<< /Length %d /Filter %s >>\nstream\n" % (len(contents), filters.encode())
        + contents
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    if image is not None:
        objects.append(
            b"<< /Type /XObject /Subtype /Image /Width 4096 /Height %d /ColorSpace /DeviceGray"
            b" /BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n"
            % (len(image) // 4096 or 1, len(image))
            + image
            + b"\nendstream"
        )
    data = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    table = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        trailer,
        table,
    )
    return data


# The standard security handler, revision 2 (PDF 1.7, 7.6.3), as the spec writes it.
_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out = bytearray(len(data))
    i = j = 0
    for n, byte in enumerate(data):
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out[n] = byte ^ box[(box[i] + box[j]) % 256]
    return bytes(out)


def _encrypt(stream: bytes, objid: int) -> tuple[bytes, bytes]:
    """``stream`` of object ``objid`` enciphered, and the trailer entries that say how
    (the Encrypt dictionary inline, the file identifier)."""
    owner = _rc4(hashlib.md5(b"owner" + _PAD[:27]).digest()[:5], _PAD)  # algorithm 3
    permissions = (-44).to_bytes(4, "little", signed=True)
    identifier = bytes(range(16))
    key = hashlib.md5(_PAD + owner + permissions + identifier).digest()[:5]  # algorithm 2
    user = _rc4(key, _PAD)  # algorithm 4
    object_key = hashlib.md5(key + objid.to_bytes(3, "little") + bytes(2)).digest()[:10]
    trailer = (
        b"/Encrypt << /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -44 >> /ID [<%s> <%s>] "
        % (
            owner.hex().encode(),
            user.hex().encode(),
            identifier.hex().encode(),
            identifier.hex().encode(),
        )
    )
    return _rc4(object_key, stream), trailer


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_plain_page_made_here_is_read(encrypted: bool) -> None:
    # The builder's own page reads, so the refusals below are the streams' doing.
    read = pdf.read(_pdf(zlib.compress(_TEXT), "/FlateDecode", encrypted=encrypted))
    assert "12/UBND-VP" in read.text


@pytest.mark.parametrize(("encrypted", "size"), [(False, 300 * _MiB), (True, 64 * _MiB)])
def test_a_stream_bomb_is_refused_fast_in_bounded_memory(
    tmp_path: Path, encrypted: bool, size: int
) -> None:
    # 300 MiB of page operators in a file of about half a MiB: over the default 16 MiB.
    # Enciphered, the bomb cannot be seen in the file's bytes; it was read whole (over 60 s
    # before this test's bound stopped it), since only an unencrypted file's streams were
    # measured.  It is smaller here because pdfminer deciphers RC4 in pure Python, at about
    # 20 microseconds a byte of the file, before anything can be measured.
    bomb = tmp_path / "bomb.pdf"
    bomb.write_bytes(_pdf(_deflated(size), "/FlateDecode", encrypted=encrypted))
    assert bomb.stat().st_size < _MiB
    found = probe(
        f"from vnadmin import pdf\nimport pdfplumber\ndata = Path({str(bomb)!r}).read_bytes()",
        "pdf.read(data)",
        timeout=60,
    )
    assert "decode to more than PDFLimits.max_inflated (16777216) bytes" in found["error"]
    assert found["seconds"] < 10
    assert found["grown_mib"] < 64


_CHAINS = [
    ("/FlateDecode", lambda data: data),
    ("[/A85 /Fl]", lambda data: base64.a85encode(data) + b"~>"),
    ("[/ASCIIHexDecode /FlateDecode]", lambda data: base64.b16encode(data) + b">"),
]


@pytest.mark.parametrize(("filters", "encode"), _CHAINS)
def test_every_filter_chain_pdfminer_decodes_is_measured(
    filters: str, encode: Callable[[bytes], bytes]
) -> None:
    # 16 blocks of whole copies of the page's text line: their exact length, counted.
    decoded = 16 * (_MiB // len(_TEXT)) * len(_TEXT)
    data = _pdf(encode(_deflated(16 * _MiB)), filters)
    assert inflated(data, 32 * _MiB) == decoded
    assert inflated(data, 4 * _MiB) == 4 * _MiB + _MiB  # counting stops a step past the bound
    with pytest.raises(PDFDecodeError, match=r"more than PDFLimits\.max_inflated \(8388608\)"):
        pdf.read(data, limits=PDFLimits(max_inflated=8 * _MiB))


def test_run_length_streams_are_counted_without_being_built() -> None:
    # Each pair (129, byte) stands for 128 bytes: 1 MiB of pairs decodes to 64 MiB.
    runs = bytes([129, 0x20]) * (_MiB // 2) + bytes([128])
    with pytest.raises(PDFDecodeError, match=r"more than PDFLimits\.max_inflated"):
        pdf.read(_pdf(runs, "/RunLengthDecode"), limits=PDFLimits(max_inflated=8 * _MiB))


def test_images_are_not_counted() -> None:
    # A text reading never decodes a page's images: a 24 MiB image under an 8 MiB bound
    # is read, and its page's text with it.
    image = _deflated(24 * _MiB, bytes(4096))
    read = pdf.read(
        _pdf(zlib.compress(_TEXT), "/FlateDecode", image=image),
        limits=PDFLimits(max_inflated=8 * _MiB),
    )
    assert "12/UBND-VP" in read.text


def test_a_damaged_stream_counts_what_decoded_before_the_damage() -> None:
    # pdfminer keeps what a damaged Flate stream inflated before the damage: so is it
    # counted, neither nothing (a bomb could hide behind a bad byte) nor an error.
    whole = _deflated(8 * _MiB)
    damaged = whole[: len(whole) // 2] + bytes(range(256)) * 4
    counted = inflated(_pdf(damaged, "/FlateDecode"), 32 * _MiB)
    assert _MiB <= counted < 8 * _MiB
