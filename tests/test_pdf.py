"""PDF documents: those made from Word documents (by LibreOffice where installed, and drawn
with fpdf2 always) read to the instrument their plain text reads to; a real letter that
travelled the national axis is read; a scan, a non-PDF and an oversized PDF are refused
saying why."""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest
from fpdf import FPDF

from vnadmin import docx, edxml, pdf, text
from vnadmin._walk import differences
from vnadmin.docx.libreoffice import convert_all, converter
from vnadmin.errors import PDFDecodeError
from vnadmin.limits import PDFLimits
from vnadmin.model import Instrument, Organization, PartialDate
from vnadmin.pdf._pdfplumber import pdfplumber
from vnadmin.pdf.stamps import stamped_chars
from vnadmin.rules import check
from vnadmin.samples import SEEDS, seed_text
from vnadmin.severity import Severity
from vnadmin.text import parse_text

pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
from office import office_document, plan_document
from pdfs import (
    FONTS,
    drawn_pdf,
    first_page,
    next_object,
    office_pdf,
    signed_pdf,
    stamped_pdf,
    updated_pdf,
)

REAL = Path(__file__).resolve().parent.parent.parent / "shared" / "edxml-real"

MAKERS: dict[str, Callable[[bytes], bytes]] = {"drawn": drawn_pdf, "libreoffice": office_pdf}


def _maker(how: str) -> Callable[[bytes], bytes]:
    if how == "libreoffice" and converter() is None:
        pytest.skip("LibreOffice is not installed: the drawn PDFs stand for it")
    if how == "drawn" and FONTS is None:
        pytest.skip("no serif TrueType font with Vietnamese letters to draw a PDF with")
    return MAKERS[how]


@functools.cache
def _printed() -> dict[str, bytes]:
    """LibreOffice's PDFs of the seeds written by vnadmin.docx and of the office-layout
    documents, made in one run (LibreOffice takes seconds to start)."""
    documents = {f"seed-{code}": docx.dumps(seed) for code, seed in SEEDS.items()}
    documents |= {f"office-{code}": office_document(code, SEEDS[code]) for code in ("000", "001")}
    documents["plan"] = plan_document()
    return convert_all(documents, "docx", "pdf")


def _pdf(name: str, data: bytes, how: str) -> bytes:
    maker = _maker(how)
    return _printed()[name] if how == "libreoffice" else maker(data)


def _seed_pdf(code: str, how: str) -> bytes:
    return _pdf(f"seed-{code}", docx.dumps(SEEDS[code]), how)


def _capitals(organization: Organization | None) -> Organization | None:
    if organization is None:
        return None
    return attrs.evolve(
        organization, name=organization.name.upper(), parent=_capitals(organization.parent)
    )


def _as_printed(instrument: Instrument) -> Instrument:
    """What the plain text of a Word page reads to: the issuer block in capitals."""
    printed = attrs.evolve(instrument, issuer=_capitals(instrument.issuer))
    return text.loads(text.dumps(printed))


@pytest.mark.parametrize("how", sorted(MAKERS))
@pytest.mark.parametrize("code", sorted(SEEDS))
def test_a_pdf_of_what_vnadmin_writes_reads_as_its_text(code: str, how: str) -> None:
    assert pdf.loads(_seed_pdf(code, how)) == _as_printed(SEEDS[code])


@pytest.mark.parametrize("how", sorted(MAKERS))
@pytest.mark.parametrize("code", ["000", "001"])
def test_a_pdf_of_an_office_document_reads_as_its_plain_text(code: str, how: str) -> None:
    made = _pdf(f"office-{code}", office_document(code, SEEDS[code]), how)
    text = parse_text(seed_text(code)).instrument
    # the office's template prints the banner 001's text lost with its header
    banner = ("printed.banner", "printed.motto") if code == "001" else ()
    assert differences(pdf.loads(made), text) == banner


@pytest.mark.parametrize("how", sorted(MAKERS))
def test_a_task_table_in_a_pdf_is_read_row_by_row(how: str) -> None:
    from test_docx_office import PLAN_TASKS

    found = pdf.loads(_pdf("plan", plan_document(), how))
    assert [(t.label, t.text, t.assignments, t.deadline) for t in found.body.all_tasks()] == (
        PLAN_TASKS
    )


def test_page_numbers_are_left_out() -> None:
    reading = pdf.read(_seed_pdf("001", "libreoffice"))  # three pages, numbered from 2
    (removed,) = [d for d in reading.diagnostics if d.code == "page-numbers-removed"]
    assert removed.message == "2 page number(s) left out"
    assert reading.instrument == _as_printed(SEEDS["001"])


def test_the_header_columns_are_rebuilt() -> None:
    reading = pdf.read(_seed_pdf("000", "drawn"))
    lines = [line.text for line in reading.lines]
    left = lines.index("UBND TỈNH SÓC TRĂNG")
    assert lines[left : left + 3] == ["UBND TỈNH SÓC TRĂNG", "SỞ TÀI CHÍNH", "Số: /STC-VP"]
    assert reading.lines[left].where == "page 1, header, left column"


def test_a_signed_pdfs_blank_number_and_day_are_its_signatures_stamp() -> None:
    # seed 000 prints "Số: /STC-VP" and "ngày tháng 01 năm 2022": in a signed PDF the
    # signing tool stamped both on the page, and its text layer leaves them blank
    unsigned = pdf.read(_seed_pdf("000", "drawn"))
    signed = pdf.read(signed_pdf(_seed_pdf("000", "drawn")))
    assert signed.instrument == unsigned.instrument
    codes = {d.code: d.severity for d in signed.diagnostics if d.code.endswith("-stamped")}
    assert codes == {"number-stamped": Severity.INFO, "date-stamped": Severity.INFO}
    unsigned_codes = {d.code for d in check(unsigned)}
    assert "VN-NUM-010" in unsigned_codes  # both blank, unsigned: a draft awaiting registration
    assert not {"VN-NUM-002", "VN-DATE-002"} & unsigned_codes
    assert not {"VN-NUM-002", "VN-DATE-002", "VN-NUM-010"} & {d.code for d in check(signed)}


@pytest.mark.parametrize(
    "entries",
    [
        pytest.param(b"/FT /Sig /T (Signature1)", id="a signature field not signed yet"),
        pytest.param(b"/T (Group) /Kids [%(field)d 0 R]", id="a field that is its own kid"),
        pytest.param(b"/FT /Tx /V (Hello)", id="a text field"),
    ],
)
def test_a_pdf_without_a_signature_value_is_not_read_signed(entries: bytes) -> None:
    reading = pdf.read(signed_pdf(_seed_pdf("000", "drawn"), entries))
    codes = {d.code for d in reading.diagnostics}
    assert "date-blank" in codes
    assert not any(code.endswith("-stamped") for code in codes)
    assert "signature-unsought" not in codes  # every field was looked at, once


def test_a_form_too_large_to_search_for_a_signature_is_said() -> None:
    # the signature comes after 250 text fields, kids of one group: the reader stops at 200
    # and says it did not look further, rather than reading the blanks as plainly a draft's
    plain = b" ".join(b"<< /FT /Tx /T (f%d) >>" % n for n in range(250))
    entries = b"/T (Group) /Kids [<< /FT /Sig /V %(value)d 0 R >> " + plain + b"]"
    reading = pdf.read(signed_pdf(_seed_pdf("000", "drawn"), entries))
    (unsought,) = [d for d in reading.diagnostics if d.code == "signature-unsought"]
    assert (unsought.severity, unsought.where) == (Severity.WARNING, "document")
    assert "more than 200 form fields" in unsought.message
    assert not any(d.code.endswith("-stamped") for d in reading.diagnostics)


_LETTER = [
    "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Số:              /UBND-VP",
    "Nam Định, ngày            tháng 3 năm 2025",
    "V/v kiểm tra an toàn đê điều trước mùa mưa bão",
    "Kính gửi: Sở Nông nghiệp và Môi trường.",
    "Ủy ban nhân dân tỉnh đề nghị Sở kiểm tra các tuyến đê trước ngày 30/4/2025.",
    "KT. CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Trần Văn An",
]


def _blank_letter() -> tuple[bytes, dict[str, tuple[float, float]]]:
    """A one-page letter drawn with fpdf2 whose number and day are printed blank, and where
    each blank starts (points from the bottom left, on the line's baseline)."""
    assert FONTS is not None, "no serif TrueType font with Vietnamese letters on this machine"
    drawn = FPDF(format="A4", unit="mm")
    drawn.add_font("Serif", "", str(FONTS[""]))
    drawn.add_page()
    drawn.set_font("Serif", "", 13)
    blanks = {}
    for index, line in enumerate(_LETTER):
        y = 25 + 9 * index
        drawn.text(30, y, line)
        for head in ("Số: ", "Nam Định, ngày "):
            if line.startswith(head):
                x = 30 + drawn.get_string_width(head) + 1
                blanks[head.split()[-1]] = (x * 72 / 25.4, (297 - y) * 72 / 25.4)
    return bytes(drawn.output()), blanks


def test_a_number_and_day_a_signing_tool_stamped_are_read() -> None:
    # the government's signing tools fill the blanks of "Số:" and "ngày" with fields whose
    # appearance draws the digits: a viewer and pdftotext show them, the page's text is blank
    blank, where = _blank_letter()
    unsigned = pdf.read(blank)
    assert unsigned.instrument.number is not None
    assert unsigned.instrument.number.number is None
    assert unsigned.instrument.date == PartialDate(day=None, month=3, year=2025)
    stamped = pdf.read(stamped_pdf(blank, [("47", *where["Số:"]), ("09", *where["ngày"])]))
    assert stamped.instrument.number is not None
    number = stamped.instrument.number
    assert (number.number, number.issuer_abbreviation) == ("47", "UBND")
    assert stamped.instrument.date == PartialDate(day=9, month=3, year=2025)
    shown = [" ".join(line.text.split()) for line in stamped.lines]
    assert "Số: 47 /UBND-VP" in shown  # the blank's own spaces give way to the stamp
    assert "Nam Định, ngày 09 tháng 3 năm 2025" in shown
    assert not any(d.code.endswith("-stamped") for d in stamped.diagnostics)


@pytest.mark.parametrize(
    ("bound", "stamps", "unread"),
    [
        pytest.param("MAX_WIDGETS", 22, 2, id="past the fields drawn"),
        pytest.param("MAX_ANNOTATIONS", 23, 3, id="past the annotations looked at"),
    ],
)
def test_fields_past_the_bounds_are_said_unread(
    bound: str, stamps: int, unread: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    import vnadmin.pdf.stamps

    monkeypatch.setattr(vnadmin.pdf.stamps, bound, 20)  # the other stays above the count
    blank, _ = _blank_letter()
    many = [("1", 40.0 + 20 * n, 40.0) for n in range(stamps)]
    reading = pdf.read(stamped_pdf(blank, many))
    (said,) = [d for d in reading.diagnostics if d.code == "stamps-unread"]
    assert (said.where, said.severity) == ("page 1", Severity.WARNING)
    assert said.message.startswith(f"{unread} annotation(s) past the first")


def test_a_turned_page_is_read_turned_back_with_its_fields() -> None:
    # a page turned by /Rotate shows its glyphs sideways; pdftotext reads them, and so does
    # the reader, turning the page back, its stamped number and day with it
    blank, where = _blank_letter()
    stamped = stamped_pdf(blank, [("47", *where["Số:"]), ("09", *where["ngày"])])
    number, _ = first_page(blank)
    page = re.findall(rb"\n%d 0 obj\s*(<<.*?>>)\s*endobj" % number, stamped, re.S)[-1]
    size = next_object(blank)
    turned = updated_pdf(stamped, {number: page[:-2] + b"/Rotate 90\n>>"}, [size + 1, size + 3])
    with pdfplumber().open(io.BytesIO(turned)) as opened:
        stamps = stamped_chars(opened.pages[0])
    assert (stamps.chars, stamps.turned) == ([], 2)  # as shown, the page is turned
    reading = pdf.read(turned)
    assert reading.instrument.number is not None
    assert (reading.instrument.number.number, reading.instrument.date) == (
        "47",
        PartialDate(day=9, month=3, year=2025),
    )
    codes = [d.code for d in reading.diagnostics]
    assert "page-turned" in codes
    assert not {"sideways-glyphs-unread", "stamps-unread"} & set(codes)


def test_a_field_whose_appearance_draws_itself_draws_nothing() -> None:
    blank, _ = _blank_letter()
    number, page = first_page(blank)
    shown = next_object(blank)
    field = shown + 1
    loop = b"/X Do"
    objects = {
        shown: b"<< /Type /XObject /Subtype /Form /BBox [0 0 40 18] /Resources << /XObject"
        b" << /X %d 0 R >> >> /Length %d >>\nstream\n%s\nendstream" % (shown, len(loop), loop),
        field: b"<< /FT /Tx /T (A) /Type /Annot /Subtype /Widget /Rect [100 100 140 118]"
        b" /AP << /N %d 0 R >> >>" % shown,
        number: page[:-2] + b"/Annots [%d 0 R]\n>>" % field,
    }
    reading = pdf.read(updated_pdf(blank, objects, [field]))
    assert reading.instrument == pdf.read(blank).instrument


@pytest.mark.parametrize(
    ("entries", "damaged"),
    [
        pytest.param(
            b"/Rect [100 700 140 718] /AP << /N 9999 0 R >>", True, id="no such appearance"
        ),
        pytest.param(
            b"/Rect [100 700 140 718] /AP << /N (47) >>", True, id="a string for a stream"
        ),
        pytest.param(b"/Rect [100 700 140 718]", True, id="a visible signature drawing nothing"),
        pytest.param(b"/Rect [0 0 0 0]", False, id="an invisible signature"),
    ],
)
def test_a_damaged_signature_field_is_said(entries: bytes, damaged: bool) -> None:
    # a signing tool's field whose appearance is lost stamped a number or day the page no
    # longer shows: said, where an invisible signature (no area on the page) is no loss
    blank, _ = _blank_letter()
    number, page = first_page(blank)
    field = next_object(blank)
    objects = {
        field: b"<< /FT /Sig /T (VanThuChoSo) /Type /Annot /Subtype /Widget " + entries + b" >>",
        number: page[:-2] + b"/Annots [%d 0 R]\n>>" % field,
    }
    reading = pdf.read(updated_pdf(blank, objects, [field]))
    said = [d for d in reading.diagnostics if d.code == "stamps-unread"]
    assert [(d.where, d.severity) for d in said] == (
        [("page 1", Severity.WARNING)] if damaged else []
    )
    assert all(d.message.startswith("1 form field(s) damaged") for d in said)
    assert reading.instrument == pdf.read(blank).instrument


def _attachment(package: str, index: int) -> bytes:
    path = REAL / package
    if not path.is_file():
        pytest.skip(f"the real edXML packages are not at {REAL}")
    return edxml.loads(path.read_bytes()).attachments[index].payload


def test_a_real_letter_from_the_axis_is_read() -> None:
    # Petrolimex's công văn 2440/PLX-HĐQT of 13 October 2025, as a PDF that travelled the
    # national axis (knobstick.edxml); the values are typed from its first page.
    found = pdf.loads(_attachment("vpcp__knobstick.edxml__9a7bb06", 0))
    assert found.issuer is not None
    assert found.issuer.name == "TẬP ĐOÀN XĂNG DẦU VIỆT NAM"
    assert found.number is not None
    assert (found.number.number, found.number.issuer_abbreviation) == ("2440", "PLX")
    assert (found.place, found.date) == ("Hà Nội", PartialDate(day=13, month=10, year=2025))
    assert found.subject == "Về việc xin phép cử cán bộ đi công tác nước ngoài"
    assert [a.name for a in found.addressees] == ["Bộ Tài chính"]
    assert [s.name for s in found.signatures] == ["Phạm Văn Thanh"]


def test_a_scan_is_refused_as_a_scan() -> None:
    # CNNL's công văn 9087 as it travelled the axis: three page images, no text layer
    with pytest.raises(PDFDecodeError, match="a scan: its 3 page"):
        pdf.loads(_attachment("vpcp__knobstick_1_.edxml__cdc3ce5", 0))


def test_what_is_no_pdf_or_too_large_is_refused() -> None:
    with pytest.raises(PDFDecodeError, match="not a PDF document"):
        pdf.loads(b"\xff\xf4\xad\xae)\xe0\x16\xba")  # the 2019 package's '.PDF' attachment
    made = _seed_pdf("001", "drawn")
    with pytest.raises(PDFDecodeError, match=r"more than PDFLimits\.max_pages \(1\)"):
        pdf.loads(made, limits=PDFLimits(max_pages=1))
    with pytest.raises(PDFDecodeError, match=r"more than PDFLimits\.max_text \(100\)"):
        pdf.loads(made, limits=PDFLimits(max_text=100))
    with pytest.raises(PDFDecodeError, match=r"more than PDFLimits\.max_bytes \(1000\)"):
        pdf.loads(made, limits=PDFLimits(max_bytes=1000))
    with pytest.raises(TypeError, match="limits: expected a PDFLimits, got int"):
        pdf.loads(made, limits=5)  # type: ignore[arg-type]


def test_font_names_say_family_weight_and_style() -> None:
    from vnadmin.pdf.reader import font_style

    assert font_style("FAAABA+TimesNewRomanPS-BoldItalicMT") == ("Times New Roman", True, True)
    assert font_style("TimesNewRomanPSMT") == ("Times New Roman", False, False)
    assert font_style("BAAAAA+LiberationSerif-Bold") == ("Liberation Serif", True, False)
    assert font_style("Times New Roman,Italic") == ("Times New Roman", False, True)
