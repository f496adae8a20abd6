"""Any bytes given to any reader end in an instrument or a vnadmin error, in time
proportional to their length (issue 14).

Each reader is fed arbitrary bytes and, more to the point, real documents of its own
format and of the others (the seed instruments written by every writer, a status
package, a collection) damaged by a few edits: a slice replaced by random bytes, deleted,
or repeated, the document cut short.  Whatever comes in, what goes out is a value or a
:class:`~vnadmin.errors.VnadminError`, never another exception, and never after more than a
second plus 100 µs a byte (loose for a busy machine: what the readers do takes a small
part of it, a superlinear path would not fit).
"""

from __future__ import annotations

import contextlib
import datetime
import io
import struct
import time
import zipfile
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pdfs import FONTS, drawn_pdf
from vnadmin import docx, edxml, text, xml
from vnadmin import json as vjson
from vnadmin.cli.formats import CODECS
from vnadmin.errors import VnadminError
from vnadmin.samples import SEEDS
from vnadmin.schemas import validate_xml

SEED = SEEDS["003"]
STATUS = edxml.dumps_status(
    edxml.StatusPackage(
        sender=edxml.Organ(organ_id="000.00.00.H41", name="Sở Nội vụ"),
        status=edxml.Status.DONE,
        timestamp=datetime.datetime(2024, 6, 1, 8, 30),
        description="Đã xử lý",
    )
)
DOCUMENTS = [
    *(
        codec.encode(instrument)
        for codec in CODECS
        if codec.dumps is not None  # PDF is read only
        for instrument in (SEED, SEEDS["000"])
    ),
    edxml.dumps(SEED, embed=True),  # vnadmin's copy attached
    *([] if FONTS is None else [drawn_pdf(docx.dumps(SEED))]),  # what offices make of it
    STATUS,
    b"".join(
        [b"<instruments xmlns='urn:vnadmin:xml:1.0'>"]
        + [xml.dumps(seed).split(b"\n", 1)[1] for seed in SEEDS.values()]
        + [b"</instruments>"]
    ),
]


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """A real document with one to four edits."""
    data = draw(st.sampled_from(DOCUMENTS))
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, min(len(data), start + 64)))
        edit = draw(st.sampled_from(["replace", "delete", "repeat", "cut"]))
        if edit == "replace":
            data = data[:start] + draw(st.binary(max_size=16)) + data[end:]
        elif edit == "delete":
            data = data[:start] + data[end:]
        elif edit == "repeat":
            data = data[:end] + data[start:end] * draw(st.integers(1, 50)) + data[end:]
        else:
            data = data[:start]
    return data


ANY_BYTES = st.one_of(st.binary(max_size=512), damaged())

READERS: dict[str, Callable[[bytes], Any]] = {
    "json.loads": vjson.loads,
    "xml.loads": xml.loads,
    "xml.iter_load": lambda data: list(xml.iter_load(data)),
    "schemas.validate_xml": validate_xml,
    "edxml.loads": edxml.loads,
    "edxml.loads_status": edxml.loads_status,
    "text.loads": text.CODEC.loads,  # type: ignore[dict-item]
    **{f"{codec.name} record": codec.loads for codec in CODECS if codec.loads is not None},
}


@pytest.mark.parametrize("reader", sorted(READERS))
@given(data=ANY_BYTES)
def test_any_bytes_end_in_a_value_or_a_vnadmin_error(reader: str, data: bytes) -> None:
    start = time.perf_counter()
    with contextlib.suppress(VnadminError):
        READERS[reader](data)
    seconds = time.perf_counter() - start
    assert seconds < 1 + 100e-6 * len(data), (len(data), seconds)


@given(data=ANY_BYTES)
def test_any_bytes_end_in_a_value_or_a_vnadmin_error_as_text(data: bytes) -> None:
    """The text reader takes text: the same bytes read leniently as UTF-8."""
    start = time.perf_counter()
    text.parse_text(data.decode("utf-8", errors="replace"))
    seconds = time.perf_counter() - start
    assert seconds < 1 + 100e-6 * len(data), (len(data), seconds)


def test_a_word_part_whose_stream_is_damaged_is_a_vnadmin_error() -> None:
    """What the any-bytes test met in a damaged .docx: zlib's bare error from a part's
    deflate stream (its first byte made an invalid block type)."""
    data = bytearray(docx.dumps(SEED))
    member = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    name_length, extra_length = struct.unpack_from("<HH", data, member.header_offset + 26)
    data[member.header_offset + 30 + name_length + extra_length] = 0xFF
    with pytest.raises(VnadminError, match=r"word/document\.xml: cannot be unpacked: Error -3"):
        docx.loads(bytes(data))
