"""edXML packages read with their attached document (``read_attachments=True``): the body
and tasks come from the attachment, the header's values stand where the two disagree and
the disagreement is said; every real package's attachment is read or said unreadable."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

from vnadmin import docx, edxml, text
from vnadmin.edxml import Attachment, Disagreement, Organ
from vnadmin.samples import SEEDS

pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "edxml-real"
WORD = docx.MEDIA_TYPE


def _package(name: str) -> bytes:
    path = REAL / name
    if not path.is_file():
        pytest.skip(f"the real edXML packages are not at {REAL}")
    return path.read_bytes()


def _sent(attachments: list[Attachment]) -> bytes:
    return edxml.dumps(
        SEEDS["001"],
        sender=Organ(organ_id="000.00.12.H57", name="Sở Nội vụ tỉnh Tuyên Quang"),
        receivers=[Organ(organ_id="000.00.00.H56", name="Sở Tài chính tỉnh Tuyên Quang")],
        attachments=attachments,
    )


def test_the_attached_word_document_gives_the_body_and_the_tasks() -> None:
    page = docx.dumps(SEEDS["001"], embed=False)  # as an office sends it: no vnadmin copy
    data = _sent([Attachment(name="1234-SNV.docx", payload=page, content_type=WORD)])
    header = edxml.loads(data)
    assert header.instrument.body.tasks == ()  # the header has none
    assert header.contents is None  # not asked to read the attachment
    found = edxml.loads(data, read_attachments=True)
    assert found.contents is not None
    assert found.contents.attachment == "1234-SNV.docx"
    assert "body" in found.contents.taken
    assert found.instrument.body == text.loads(text.dumps(SEEDS["001"])).body
    assert not any(path.startswith("body") for path in found.lost)
    # the header names the addressees the package goes To; the letter names four: kept
    assert found.instrument.addressees == header.instrument.addressees
    (addressees,) = [d for d in found.contents.disagreements if d.field == "addressees"]
    assert addressees.attachment.startswith("Các sở, ban, ngành; Công an tỉnh")


def test_where_header_and_document_disagree_the_header_stands() -> None:
    renumbered = attrs.evolve(SEEDS["001"], subject="V/v góp ý dự thảo")
    page = docx.dumps(renumbered, embed=False)
    data = _sent([Attachment(name="a.docx", payload=page, content_type=WORD)])
    found = edxml.loads(data, read_attachments=True)
    assert found.instrument.subject == SEEDS["001"].subject
    assert found.contents is not None
    assert (
        Disagreement(
            field="subject", header=SEEDS["001"].subject or "", attachment="V/v góp ý dự thảo"
        )
        in found.contents.disagreements
    )


def test_a_real_letter_is_read_from_its_pdf() -> None:
    # Petrolimex's công văn 2440/PLX-HĐQT (knobstick.edxml): a PDF and a .doc attached
    found = edxml.loads(_package("vpcp__knobstick.edxml__9a7bb06"), read_attachments=True)
    assert found.contents is not None
    assert found.contents.attachment is not None
    assert found.contents.attachment.endswith("_Approved.pdf")
    background = [p.text for p in found.instrument.body.background]
    assert background[0].startswith("Tập đoàn Xăng dầu Việt Nam (Petrolimex) xin chân thành")
    (subject,) = [d for d in found.contents.disagreements if d.field == "subject"]
    assert (subject.header, subject.attachment) == (
        "Vv xin phép cử cán bộ đi công tác nước ngoài",  # the header's, kept
        "Về việc xin phép cử cán bộ đi công tác nước ngoài",  # the letter's
    )


@pytest.mark.parametrize(
    ("package", "said"),
    [
        ("vpcp__knobstick_1_.edxml__cdc3ce5", "VBDi_2025_09087.pdf: a PDF document that was not read"),
        ("bkav__edoc-service_src_main_resources_edoc_new.edxml__273a442",
         "1896_QD-TTg_m_294779.doc: an XML or HTML file, not a document"),
    ],
)  # fmt: skip
def test_what_did_not_read_is_said(package: str, said: str) -> None:
    found = edxml.loads(_package(package), read_attachments=True)
    assert found.contents is not None
    assert found.contents.attachment is None
    assert any(note.startswith(said) for note in found.contents.notes), found.contents.notes
