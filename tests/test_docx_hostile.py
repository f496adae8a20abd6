"""Hostile Word files are normal input: refused with a WordDecodeError that says why, fast and
in bounded memory, measured in a fresh interpreter with tests/probes.py, as the XML readers
are.  Each file is a document vnadmin wrote with one part made hostile."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from probes import probe
from vnadmin import docx
from vnadmin.errors import WordDecodeError
from vnadmin.limits import WordLimits
from vnadmin.samples import SEEDS

pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")

_MiB = 2**20


def _probe(path: Path) -> dict[str, Any]:
    """Read the Word file ``path`` in a fresh interpreter, docx warmed up first."""
    return probe(
        "from vnadmin import docx\nfrom vnadmin.samples import SEEDS\n"
        'docx.loads(docx.dumps(SEEDS["000"]))',
        f"docx.loads({str(path)!r})",
    )


def _rewritten(
    path: Path, change: Callable[[zipfile.ZipFile, zipfile.ZipFile], None] | None = None
) -> Path:
    """A document vnadmin wrote, its members copied into ``path`` and ``change`` applied
    (it sees the source and writes what it adds; members it writes are not copied)."""
    source = zipfile.ZipFile(io.BytesIO(docx.dumps(SEEDS["000"])))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        if change is not None:
            change(source, target)
        written = set(target.namelist())
        for member in source.infolist():
            if member.filename not in written:
                target.writestr(member, source.read(member))
    return path


def _zeros(target: zipfile.ZipFile, name: str, size: int) -> None:
    with target.open(name, "w", force_zip64=True) as member:
        for _ in range(size // _MiB):
            member.write(bytes(_MiB))


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    bomb = _rewritten(
        tmp_path / "bomb.docx", lambda _, t: _zeros(t, "word/media/x.bin", 200 * _MiB)
    )
    assert bomb.stat().st_size < 1 * _MiB  # 200 MiB of zeros in a small file
    found = _probe(bomb)
    assert (
        "word/media/x.bin: unpacks to 209715200 bytes, more than WordLimits.max_part"
        in found["error"]
    )
    assert found["seconds"] < 2
    assert found["grown_mib"] < 30


def test_a_member_that_grows_a_thousand_times_is_a_zip_bomb(tmp_path: Path) -> None:
    bomb = _rewritten(tmp_path / "grows.docx", lambda _, t: _zeros(t, "word/media/x.bin", 8 * _MiB))
    found = _probe(bomb)
    assert "word/media/x.bin: grows" in found["error"]
    assert "more than WordLimits.max_ratio (200): a zip bomb" in found["error"]
    assert found["grown_mib"] < 30


def test_a_member_bigger_than_it_says_stops_at_what_it_says(tmp_path: Path) -> None:
    # The directory says 1,000 bytes; the data unpacks to 4 MiB.  zipfile stops at the
    # declared size and the CRC then fails: the part cannot be unpacked.
    path = _rewritten(
        tmp_path / "lies.docx",
        lambda _, t: t.writestr("word/lies.xml", "<a>" + " " * (4 * _MiB) + "</a>"),
    )
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/lies.xml")
    local = info.header_offset
    data[local + 22 : local + 26] = (1000).to_bytes(4, "little")  # local header: its size
    name = b"word/lies.xml"
    entry = bytes(data).rindex(b"PK\x01\x02", 0, bytes(data).rindex(name))
    data[entry + 24 : entry + 28] = (1000).to_bytes(4, "little")  # central directory: its size
    path.write_bytes(bytes(data))
    found = _probe(path)
    assert "word/lies.xml: cannot be unpacked: Bad CRC-32" in found["error"]
    assert found["grown_mib"] < 30


def test_too_many_members_are_refused(tmp_path: Path) -> None:
    def many(_: zipfile.ZipFile, target: zipfile.ZipFile) -> None:
        for index in range(2100):
            target.writestr(f"word/media/{index}.bin", b"x")

    with pytest.raises(WordDecodeError, match=r"more than WordLimits\.max_parts \(2000\)"):
        docx.loads(_rewritten(tmp_path / "many.docx", many))


def test_a_part_nested_too_deeply_is_refused(tmp_path: Path) -> None:
    deep = "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
    deep += "<w:body>" + "<w:sdt><w:sdtContent>" * 3000 + "</w:sdtContent></w:sdt>" * 3000
    deep += "</w:body></w:document>"
    path = _rewritten(tmp_path / "deep.docx", lambda _, t: t.writestr("word/document.xml", deep))
    found = _probe(path)
    assert found["error"].startswith("invalid Word document (1 problem):\n  word/document.xml")
    assert "elements are nested deeper than libxml2 allows" in found["error"]
    assert found["grown_mib"] < 30


def test_entities_are_refused(tmp_path: Path) -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
        "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>"
        "<w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = _rewritten(
        tmp_path / "laughs.docx", lambda _, t: t.writestr("word/document.xml", laughs)
    )
    with pytest.raises(WordDecodeError, match="a DOCTYPE declaration is refused"):
        docx.loads(path)


_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"


def _with_relationship(
    kind: str, target: str
) -> Callable[[zipfile.ZipFile, zipfile.ZipFile], None]:
    def change(source: zipfile.ZipFile, written: zipfile.ZipFile) -> None:
        rels = source.read("word/_rels/document.xml.rels").decode()
        added = f'<Relationship Id="rIdX" Type="{kind}" Target="{target}" TargetMode="External"/>'
        written.writestr(
            "word/_rels/document.xml.rels",
            rels.replace("</Relationships>", added + "</Relationships>"),
        )

    return change


def test_an_external_template_is_refused(tmp_path: Path) -> None:
    path = _rewritten(
        tmp_path / "template.docx", _with_relationship(_TEMPLATE, "http://example.invalid/t.dotm")
    )
    with pytest.raises(WordDecodeError) as caught:
        docx.loads(path)
    assert caught.value.problems == (
        (
            "word/_rels/document.xml.rels",
            "relationship rIdX points outside the document (attachedTemplate at"
            " 'http://example.invalid/t.dotm'): an external template, picture or object a"
            " word processor would fetch is refused",
        ),
    )


def test_an_external_hyperlink_is_kept(tmp_path: Path) -> None:
    hyperlink = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    path = _rewritten(tmp_path / "link.docx", _with_relationship(hyperlink, "mailto:vp@stc.gov.vn"))
    assert docx.loads(path) == SEEDS["000"]


def test_a_paragraph_longer_than_max_text_is_refused() -> None:
    data = docx.dumps(SEEDS["000"], embed=False)
    with pytest.raises(WordDecodeError, match=r"more than WordLimits\.max_text \(500\)"):
        docx.loads(data, limits=WordLimits(max_text=500))
