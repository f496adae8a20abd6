"""What the reader could not read is one reader's diagnostic, not a cascade of rule findings.

A component the reader reports unread (``date-missing``, ``number-unreadable``) silences the
rules that need it; the other rules still run, and a document whose reader said nothing is
checked in full.
"""

from __future__ import annotations

import attrs
import pytest

from rule_examples import CHI_THI, QUYET_DINH, TODAY
from vnadmin.errors import InvalidValueError
from vnadmin.model import PartialDate
from vnadmin.rules import (
    COMPONENTS,
    RULES,
    Context,
    Finding,
    RuleSet,
    Severity,
    check,
    rule,
    unread_components,
)
from vnadmin.text import ParseResult, TextDiagnostic, parse_text, render_text


def said(*codes: str) -> tuple[TextDiagnostic, ...]:
    return tuple(
        TextDiagnostic(line=0, severity=Severity.WARNING, code=code, message="-") for code in codes
    )


UNDATED = attrs.evolve(CHI_THI, date=None, place=None, number=None)
"""A chỉ thị whose date line and number line were not read."""


@pytest.mark.parametrize(
    ("codes", "components"),
    [
        (("date-missing",), {"date", "place"}),  # the place is printed on the date line
        (("place-missing",), {"place"}),
        (  # a block not found has no title or name read either
            ("number-unreadable", "signature-missing"),
            {"number", "signature", "signature-title", "signature-name"},
        ),
        (("signature-title-missing",), {"signature-title"}),  # a part: the block was read
        (("signature-name-missing",), {"signature-name"}),
        (("addressees-empty",), {"addressees"}),  # a Kính gửi line that names no one
        (("regime-assumed",), {"regime"}),  # no banner nor number: state by default
        (("regime-inferred",), {"regime"}),  # no banner nor number: Party, by the issuer
        (("distribution-missing",), {"distribution", "archive"}),
        (("body-empty",), {"body"}),
        (("issuer-inferred",), {"issuer"}),  # no issuer lines: the body names it
        (("issuer-from-authority",), {"issuer"}),  # no issuer lines: the authority line
        (("issuer-from-title",), {"issuer"}),  # no issuer lines: QUYẾT ĐỊNH CỦA ...
        (("issuer-not-capitals", "citation-unreadable", "subject-truncated"), set()),
        (("tasks-missing", "stamp-incomplete"), set()),  # not components of the checker
        (("number-stamped", "date-stamped"), {"stamped"}),  # read: the e-signature's stamp
    ],
)
def test_components_are_named_by_code_stems(codes: tuple[str, ...], components: set[str]) -> None:
    assert unread_components(said(*codes)) == components


def test_a_reading_silences_the_rules_of_what_it_missed() -> None:
    alone = {d.code for d in check(UNDATED, today=TODAY)}
    assert {"VN-DATE-003", "VN-DATE-004", "VN-NUM-002"} <= alone
    reading = ParseResult(instrument=UNDATED, diagnostics=said("date-missing", "number-missing"))
    assert {d.code for d in check(reading, today=TODAY)} == alone - {
        "VN-DATE-003",
        "VN-DATE-004",
        "VN-NUM-002",
    }
    assert check(UNDATED, today=TODAY, unread=["date", "number"]) == check(reading, today=TODAY)


def test_a_reading_that_missed_nothing_is_checked_in_full() -> None:
    reading = ParseResult(instrument=UNDATED, diagnostics=said("citation-unreadable"))
    assert check(reading, today=TODAY) == check(UNDATED, today=TODAY)


def test_parse_result_from_text() -> None:
    # No signature block in the text: the reader says signature-missing, VN-SIGN-006 is silent.
    text = "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\n\nSố: 12/CT-UBND\nSóc Trăng, ngày 15 tháng 02 năm 2024"
    text += "\n\nCHỈ THỊ\nVề tăng cường công tác dân vận\n\n1. Các sở triển khai thực hiện."
    result = parse_text(text)
    assert "signature" in unread_components(result.diagnostics)
    assert "VN-SIGN-006" in {d.code for d in check(result.instrument, today=TODAY)}
    assert "VN-SIGN-006" not in {d.code for d in check(result, today=TODAY)}


_SIGNED = render_text(CHI_THI)
"""A chỉ thị signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Huỳnh Thị Diễm Ngọc."""


def _codes(text: str) -> tuple[set[str], set[str], set[str]]:
    """The reader's codes, the checker's on the reading, and on the instrument alone."""
    result = parse_text(text)
    on_reading = {f"{d.code} {d.path}" for d in check(result, today=TODAY)}
    alone = {f"{d.code} {d.path}" for d in check(result.instrument, today=TODAY)}
    return {d.code for d in result.diagnostics}, on_reading, alone


def test_a_title_the_reader_says_it_did_not_find_is_its_diagnostic_alone() -> None:
    # The title PHÓ CHỦ TỊCH under KT. CHỦ TỊCH lost, as a PDF's text layer or an OCR loses it:
    # the reader says signature-title-missing; neither VN-SIGN-006 (no title) nor VN-SIGN-002
    # (KT. not signed by a deputy) adds to it, and the name is still checked.
    said_, on_reading, alone = _codes(_SIGNED.replace("PHÓ CHỦ TỊCH\n", ""))
    assert "signature-title-missing" in said_
    assert {"VN-SIGN-006 signatures[0].title", "VN-SIGN-002 signatures[0].title"} <= alone
    assert not {c for c in on_reading if c.startswith(("VN-SIGN-006", "VN-SIGN-002"))}


def test_a_name_the_reader_says_it_did_not_find_is_its_diagnostic_alone() -> None:
    said_, on_reading, alone = _codes(_SIGNED.replace("Huỳnh Thị Diễm Ngọc", ""))
    assert "signature-name-missing" in said_
    assert "VN-SIGN-006 signatures[0].name" in alone
    assert "VN-SIGN-006 signatures[0].name" not in on_reading


def test_a_well_read_signature_draws_no_signature_finding() -> None:
    said_, on_reading, _ = _codes(_SIGNED)
    assert not {c for c in said_ if c.startswith("signature-")}
    assert not {c for c in on_reading if c.startswith("VN-SIGN-")}


def test_a_regime_the_reader_assumed_draws_no_kind_outside_regime() -> None:
    # A crawl that lost its header block: a nghị định (legal normative) without banner or
    # number; the reader reads it as a state instrument by default and says regime-assumed,
    # so VN-KIND-003 (a nghị định is no state document) does not add to it.
    text = (
        "NGHỊ ĐỊNH\nQUY ĐỊNH VỀ CƯỠNG CHẾ THI HÀNH QUYẾT ĐỊNH XỬ PHẠT\n\n"
        "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;\n\n"
        "Theo đề nghị của Bộ trưởng Bộ Công an;\n\n"
        "Chính phủ ban hành Nghị định quy định về cưỡng chế.\n\n"
        "Điều 1. Phạm vi điều chỉnh\n\nNghị định này quy định về cưỡng chế.\n"
    )
    said_, on_reading, alone = _codes(text)
    assert "regime-assumed" in said_
    assert "VN-KIND-003 kind" in alone
    assert "VN-KIND-003 kind" not in on_reading


def test_an_appendix_tied_by_ban_hanh_kem_theo_is_read_tied() -> None:
    # NĐ 30 Phụ lục I mục III.1: the appendix repeats the instrument's number and date; a
    # title wrapped over two lines and then '(Ban hành kèm theo ...)', as crawled decisions
    # print it. The reader keeps the tie line, so VN-APPX-002 finds the header complete.
    appendix = (
        "\nPHỤ LỤC\nTỔNG HỢP CÁC NỘI DUNG CÔNG TÁC DÂN VẬN\nTRÊN ĐỊA BÀN TỈNH\n"
        "(Ban hành kèm theo Chỉ thị số 12/CT-UBND ngày 15 tháng 02 năm 2024 của Ủy ban"
        " nhân dân tỉnh Sóc Trăng)\n\nNội dung 1.\n"
    )
    result = parse_text(_SIGNED + appendix)
    assert result.instrument.printed is not None
    assert any(
        line.startswith("(Ban hành kèm theo") for line in result.instrument.printed.appendices
    )
    assert "VN-APPX-002" not in {d.code for d in check(result, today=TODAY)}


def test_a_finding_rests_on_the_parts_it_names() -> None:
    # A user's rule checking two parts: the part the reader missed is silenced, not the other.
    @rule("ACME-002", Severity.WARNING, source="-", summary="-")
    def two_parts(context: Context) -> list[Finding]:
        return [
            Finding("signatures[0].title", "title", needs={"signature-title"}),
            Finding("signatures[0].name", "name", needs={"signature-name"}),
        ]

    reading = ParseResult(instrument=CHI_THI, diagnostics=said("signature-title-missing"))
    found = check(reading, rules=RuleSet([two_parts]), today=TODAY)
    assert [d.path for d in found] == ["signatures[0].name"]
    with pytest.raises(InvalidValueError, match=r"Finding\.needs"):
        Finding("seal", "-", needs={"seal"})


def test_every_rule_needs_known_components() -> None:
    assert all(r.needs <= COMPONENTS for r in RULES)
    assert {c for r in RULES for c in r.needs} <= COMPONENTS


@pytest.mark.parametrize("unread", [["dates"], "date", [3]])
def test_unknown_components_are_refused(unread: object) -> None:
    with pytest.raises(InvalidValueError, match=r"check\.unread"):
        check(CHI_THI, unread=unread)  # type: ignore[arg-type]


def test_a_rule_needing_an_unknown_component_is_refused() -> None:
    with pytest.raises(InvalidValueError, match=r"Rule\.needs"):
        rule("ACME-001", Severity.INFO, source="-", summary="-", needs=["seal"])(lambda c: [])


def test_check_refuses_what_is_neither_an_instrument_nor_a_reading() -> None:
    with pytest.raises(InvalidValueError, match=r"check\.instrument"):
        check("Số: 12/CT-UBND")  # type: ignore[arg-type]


_SIGNED_QD = render_text(QUYET_DINH)
_E_COPY = "SAO Y\nVĂN PHÒNG UBND TỈNH QUẢNG NGÃI\nThời gian ký: 20/01/2024 15:54:06 +07:00\n\n"
"""An electronic copy's stamp above the document (NĐ 30 Phụ lục I Phần II): the form, the
copying body and the time it was signed; typed from the decree's description."""
_PAPER_COPY = (
    "\n\n____________________\n\nỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nSAO Y\nSố: 05/SY-UBND\n"
    "Quảng Ngãi, ngày 20 tháng 01 năm 2024\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nNguyễn Văn An\n"
)
"""A paper copy's block under the document, below a rule: its form, own number (SY of Phụ
lục III), place and date, and signer."""


def _copy_codes(text: str) -> set[str]:
    return {d.code for d in check(parse_text(text), today=TODAY) if d.code.startswith("VN-COPY")}


def test_an_electronic_copy_stamp_is_read_and_passes() -> None:
    result = parse_text(_E_COPY + _SIGNED_QD)
    assert result.instrument.printed is not None
    assert result.instrument.printed.copy == (
        "SAO Y",
        "VĂN PHÒNG UBND TỈNH QUẢNG NGÃI",
        "Thời gian ký: 20/01/2024 15:54:06 +07:00",
    )
    assert result.instrument.number == QUYET_DINH.number  # the stamp is not the header
    assert _copy_codes(_E_COPY + _SIGNED_QD) == set()


def test_a_copy_stamped_with_the_old_form_draws_vn_copy_001() -> None:
    # NĐ 30 Điều 25: SAO Y, SAO LỤC, TRÍCH SAO; SAO Y BẢN CHÍNH was the form before it
    stamped = _E_COPY.replace("SAO Y", "SAO Y BẢN CHÍNH", 1)
    assert _copy_codes(stamped + _SIGNED_QD) == {"VN-COPY-001"}


def test_a_paper_copy_under_the_document_is_read_and_passes() -> None:
    result = parse_text(_SIGNED_QD + _PAPER_COPY)
    assert result.instrument.printed is not None
    assert result.instrument.printed.copy[:3] == (
        "SAO Y",
        "Số: 05/SY-UBND",
        "Quảng Ngãi, ngày 20 tháng 01 năm 2024",
    )
    assert _copy_codes(_SIGNED_QD + _PAPER_COPY) == set()


def test_a_paper_copy_without_its_number_draws_vn_copy_002() -> None:
    numberless = _PAPER_COPY.replace("Số: 05/SY-UBND\n", "")
    assert _copy_codes(_SIGNED_QD + numberless) == {"VN-COPY-002"}


def test_a_copy_named_in_the_body_is_no_copy_block() -> None:
    # a list of papers to file names 'Bản sao' in lower case, with nothing of a copy's block
    listed = _SIGNED_QD.replace("a) Ngạch Thanh tra viên;", "Bản sao\n\na) Ngạch;", 1)
    assert listed != _SIGNED_QD
    result = parse_text(listed)
    assert result.instrument.printed is not None
    assert result.instrument.printed.copy == ()


_HEADER = (
    "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
)


def _banner_codes(header: str) -> set[str]:
    text = render_text(QUYET_DINH)
    assert text.startswith(_HEADER)
    result = parse_text(header + text[len(_HEADER) :])
    printed = result.instrument.printed
    assert printed is not None
    assert printed.banner is not None
    assert printed.motto is not None
    found = check(result, today=TODAY)
    return {d.code for d in found if d.code.startswith("VN-BANNER")}


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(  # a crawl's two-column header, bold
            "| **ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
            "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n",
            id="crawl",
        ),
        pytest.param(  # a scan's text layer: the columns flattened, a letter lowered or lost
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘi CHỦ NGHĨA VIỆT NAm\n"
            "TỈNH QUẢNG NGÃI Đôc lâp - Tư do - Hạnh phÚc\n",
            id="scan",
        ),
    ],
)
def test_a_correct_banner_as_a_crawl_or_a_scan_prints_it_draws_nothing(header: str) -> None:
    assert _banner_codes(header) == set()


@pytest.mark.parametrize(
    "motto", ["ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "**Độc Lập - Tự Do - Hạnh Phúc**"]
)
def test_a_motto_in_the_wrong_capitals_is_read_as_printed_and_drawn(motto: str) -> None:
    # NĐ 30 Phụ lục I mục II.1 điểm b: Độc lập - Tự do - Hạnh phúc
    assert _banner_codes(_HEADER.replace("Độc lập - Tự do - Hạnh phúc", motto)) == {"VN-BANNER-002"}


def test_a_quoc_hieu_in_lower_case_is_read_and_drawn() -> None:
    lower = _HEADER.replace(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam"
    )
    assert _banner_codes(lower) == {"VN-BANNER-002"}


_CAPTION = (
    "Ký bởi: Sở Nội vụ\nEmail: snv@quangngai.gov.vn\nThời gian ký: 16.01.2024 09:12:40 +07:00\n"
)
"""The caption a signing tool prints beside the signature's image (its text layer)."""


def _unnumbered(caption: str) -> str:
    """QUYET_DINH with its number and day left blank in the text, ``caption`` under it."""
    text = render_text(QUYET_DINH)
    blank = text.replace("Số: 86/QĐ-UBND", "Số:      /QĐ-UBND").replace(
        "ngày 16 tháng", "ngày    tháng"
    )
    assert blank.count("   ") >= 2
    return blank.replace("Quảng Ngãi, ngày", f"{caption}Quảng Ngãi, ngày", 1)


def test_a_number_and_day_blank_in_an_e_signed_text_are_the_signatures_stamp() -> None:
    result = parse_text(_unnumbered(_CAPTION))
    assert result.instrument.number is not None
    assert result.instrument.number.number is None
    assert result.instrument.date == PartialDate(month=1, year=2024)
    stamped = {d.code: d.severity for d in result.diagnostics if d.code.endswith("-stamped")}
    assert stamped == {"number-stamped": Severity.INFO, "date-stamped": Severity.INFO}
    assert "date-blank" not in {d.code for d in result.diagnostics}
    found = check(result, today=TODAY)
    assert not {"VN-NUM-002", "VN-DATE-002"} & {d.code for d in found}, found


def test_a_number_and_day_blank_in_an_unsigned_text_are_a_drafts() -> None:
    result = parse_text(_unnumbered(""))
    assert "date-blank" in {d.code for d in result.diagnostics}
    assert not any(d.code.endswith("-stamped") for d in result.diagnostics)
    found = {d.code for d in check(result, today=TODAY)}
    assert "VN-NUM-010" in found  # both blank: checked as a draft awaiting registration
    assert not {"VN-NUM-002", "VN-DATE-002"} & found
    assert not {"VN-NUM-002", "VN-DATE-002", "VN-NUM-010"} & {
        d.code for d in check(result, today=TODAY, strictness="draft")
    }


def test_a_number_blank_in_a_dated_text_stays_an_error() -> None:
    text = _unnumbered("").replace("ngày    tháng", "ngày 16 tháng")
    found = {d.code for d in check(parse_text(text), today=TODAY)}
    assert "VN-NUM-002" in found
    assert not {"VN-NUM-010", "VN-DATE-002"} & found


def test_a_number_a_scan_read_as_foreign_letters_is_unread_not_blank() -> None:
    # a number written by hand on the scan, read by OCR as a letter no Vietnamese word has
    text = render_text(QUYET_DINH).replace("Số: 86/QĐ-UBND", "Số: /Ü/QĐ-UBND")
    result = parse_text(text)
    number = result.instrument.number
    assert number is not None
    assert (number.number, number.kind_abbreviation, number.issuer_abbreviation) == (
        None,
        "QĐ",
        "UBND",
    )
    assert "number-unreadable" in {d.code for d in result.diagnostics}
    assert "VN-NUM-002" not in {d.code for d in check(result, today=TODAY)}


def test_a_number_with_its_digits_keeps_a_symbol_letter_typed_from_another_alphabet() -> None:
    # a web page's symbol typed with a Cyrillic "С" for the Latin C: the number is there
    text = render_text(QUYET_DINH).replace("Số: 86/QĐ-UBND", "Số: 86/QĐ-UBNС")
    result = parse_text(text)
    assert result.instrument.number is not None
    assert result.instrument.number.number == "86"
    assert "number-unreadable" not in {d.code for d in result.diagnostics}


def _points(*edits: tuple[str, str]) -> ParseResult:
    """CHI_THI (points a) to đ) under item 1) with ``edits`` made to its text."""
    text = render_text(CHI_THI)
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    return parse_text(text)


def test_a_point_letter_a_scan_misread_between_its_neighbours_is_read_and_said() -> None:
    result = _points(("c) Tăng cường", "e) Tăng cường"))  # b), e), d): the c) as OCR read it
    (item,) = [t for t in result.instrument.body.tasks[0].subtasks if t.label == "1."]
    assert [point.label for point in item.subtasks] == ["a)", "b)", "c)", "d)", "đ)"]
    repaired = [d for d in result.diagnostics if d.code == "ocr-repaired"]
    assert len(repaired) == 1
    assert "'e)'" in repaired[0].message
    assert "VN-BODY-003" not in {d.code for d in check(result, today=TODAY)}


@pytest.mark.parametrize(
    "edits",
    [
        (("c) Tăng cường đối thoại với nhân dân.\n\n", ""),),  # a), b), d): c) left out
        (("đ) Khen thưởng các điển hình.\n\n", ""), ("d) Kiểm tra", "đ) Kiểm tra")),
        # d), d), e): a typed page's d) for đ), a repeat, not a letter a scan misread
        (("đ) Khen thưởng các điển hình.", "d) Khen thưởng.\n\ne) Báo cáo kết quả."),),
    ],
)
def test_a_point_skipped_in_a_typed_text_is_still_a_finding(
    edits: tuple[tuple[str, str], ...],
) -> None:
    # no neighbour asks for another letter: the list as printed skips one
    result = _points(*edits)
    assert "ocr-repaired" not in {d.code for d in result.diagnostics}
    assert "VN-BODY-003" in {d.code for d in check(result, today=TODAY)}
