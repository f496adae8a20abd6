"""The reader on a legal portal's page saved as plain text by a crawler, not as markdown.

A crawler that keeps a page's text (BeautifulSoup's ``get_text`` with a space, a tab or a
newline between the pieces, a content element's ``.text``) flattens the document's
two-column header table: a row's cells on one line with a space or a tab between them, or
each cell on a line of its own, the underline under the issuer left inside the line.  The
portal's own notices above the document run onto long lines.  Each page below is typed for
the test in that shape (no crawled page is copied); the expected values are read off it.
"""

from __future__ import annotations

import pytest

from vnadmin.grammar import format_number
from vnadmin.model import PartialDate
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.dateline import run_on_dateline

_NOTICE = (
    "Trang này thuộc quyền sở hữu của cổng thông tin pháp luật. Mọi hành vi sao chép, đăng"
    " tải lại nội dung mà không có sự đồng ý của cổng thông tin là vi phạm pháp luật về sở"
    " hữu trí tuệ. Các nội dung của văn bản được văn bản khác sửa đổi, hướng dẫn sẽ được"
    " làm nổi bật bằng các màu sắc. Đang tải văn bản..."
)
"""A portal's notices run together onto one long line above the document."""


def _page(first_row: str, second_row: str) -> str:
    return f"""\
Thông tư 12/2025/TT-BTC hướng dẫn quản lý kinh phí đào tạo cán bộ
{_NOTICE}
{first_row}
{second_row}
THÔNG TƯ
Hướng dẫn quản lý kinh phí đào tạo cán bộ
Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;
Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn quản lý kinh phí đào tạo cán bộ.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn việc quản lý kinh phí đào tạo cán bộ.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 20 tháng 3 năm 2025.
"""


def _header(result: ParseResult) -> tuple[object, ...]:
    doc = result.instrument
    return (
        doc.kind.name if doc.kind else None,
        doc.issuer.name if doc.issuer else None,
        format_number(doc.number) if doc.number else None,
        doc.place,
        doc.date,
    )


_READ = (
    "Thông tư",
    "BỘ TÀI CHÍNH",
    "12/2025/TT-BTC",
    "Hà Nội",
    PartialDate(year=2025, month=2, day=3),
)
_BANNER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
_MOTTO = "Độc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize(
    ("first_row", "second_row"),
    [
        (  # get_text(" "): each row on one line, its cells joined by a space
            f"BỘ TÀI CHÍNH ------- {_BANNER} {_MOTTO} ---------------",
            "Số: 12/2025/TT-BTC Hà Nội, ngày 3 tháng 2 năm 2025",
        ),
        (  # the cells of a row joined by a tab
            f"BỘ TÀI CHÍNH -------\t{_BANNER} {_MOTTO} ---------------",
            "Số: 12/2025/TT-BTC\tHà Nội, ngày 3 tháng 2 năm 2025",
        ),
        (  # each cell on a line of its own, its paragraphs joined by a space
            f"BỘ TÀI CHÍNH -------\n{_BANNER} {_MOTTO} ---------------",
            "Số: 12/2025/TT-BTC\nHà Nội, ngày 3 tháng 2 năm 2025",
        ),
    ],
    ids=["space", "tab", "cells"],
)
def test_a_header_table_flattened_under_a_portals_long_notice(
    first_row: str, second_row: str
) -> None:
    # Before, the notice's long line ended the header zone above the banner, so no cell
    # of the flattened rows was cut: no number, no date, no issuer, no kind.
    result = parse_text(_page(first_row, second_row))
    assert _header(result) == _READ
    printed = result.instrument.printed
    assert printed is not None
    assert printed.banner == _BANNER


def test_the_underline_left_inside_a_row_is_not_the_issuers() -> None:
    # The issuer's cell ends in its underline, which a row joined by spaces leaves between
    # the issuer and the banner: cut at the banner, the issuer kept the dashes.
    row = f"ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN -------- {_BANNER} {_MOTTO}"
    page = f"{row}\nSố: 45/QĐ-UBND Lạng Sơn, ngày 9 tháng 1 năm 2025\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n"
    found = parse_text(page).instrument
    assert found.issuer is not None
    assert found.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"
    assert found.number is not None
    assert format_number(found.number) == "45/QĐ-UBND"


@pytest.mark.parametrize(
    ("row", "place"),
    [
        ("Số: 45/QĐ-UBNDLạng Sơn, ngày 9 tháng 1 năm 2025", "Lạng Sơn"),
        ("Số: 45/UBND-VPHuế, ngày 9 tháng 1 năm 2025", "Huế"),
        ("Số: 45/TTr-STCHà Nội, ngày 9 tháng 1 năm 2025", "Hà Nội"),
        ("Số: 45/CĐ-TTgHà Nội, ngày 9 tháng 1 năm 2025", "Hà Nội"),
        # a symbol ending in small letters before a space: ``Tg`` is no syllable
        ("Số: 45/CĐ-TTg Hà Nội, ngày 9 tháng 1 năm 2025", "Hà Nội"),
    ],
)
def test_a_number_glued_to_the_place_by_a_text_without_separators(row: str, place: str) -> None:
    # ``.text`` of a header table puts no space between the cells: the symbol's last
    # capital runs into the place's first word, which the symbol kept.
    page = (
        f"ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\n-------{_BANNER}\n{_MOTTO}\n---------------"
        f"\n{row}\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n"
    )
    found = parse_text(page).instrument
    assert found.number is not None
    assert format_number(found.number) == row[4:].partition(place)[0].strip()
    assert found.place == place
    assert found.date == PartialDate(year=2025, month=1, day=9)


@pytest.mark.parametrize("units", ["VT", "VT, KT.", "VT, TH (2b)."])
def test_a_signature_run_on_after_the_distribution_list(units: str) -> None:
    # The signature table's row joined with spaces: the signing cell follows the archive
    # item on the Nơi nhận line, and was read as part of it (no signer).
    page = f"""\
SỞ Y TẾ TỈNH CAO BẰNG ------- {_BANNER} {_MOTTO}
Số: 88/SYT-KHTC Cao Bằng, ngày 14 tháng 4 năm 2025
V/v báo cáo tiến độ giải ngân
Kính gửi: Các đơn vị trực thuộc.
Sở Y tế đề nghị các đơn vị báo cáo tiến độ giải ngân trước ngày 20 tháng 4 năm 2025.
Nơi nhận: - Như trên; - Giám đốc Sở; - Lưu: {units} KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Nông Thị Hà
"""
    result = parse_text(page)
    signatures = result.instrument.signatures
    assert [(s.title, s.name) for s in signatures] == [("PHÓ GIÁM ĐỐC", "Nông Thị Hà")]
    assert [a.mark.value for a in signatures[0].authorities] == ["KT"]
    assert [r.name for r in result.instrument.distribution] == ["Như trên", "Giám đốc Sở"]
    assert "signature-split" in {d.code for d in result.diagnostics}


def test_a_signature_glued_to_the_archive_item_by_a_text_without_separators() -> None:
    # ``.text`` puts nothing between the list's cell and the signature's: the mark ran
    # into the archive item's last unit, and its line was lost (no mark, a skipped line).
    page = f"""\
SỞ Y TẾ TỈNH CAO BẰNG
-------{_BANNER}
{_MOTTO}
Số: 88/SYT-KHTCCao Bằng, ngày 14 tháng 4 năm 2025
V/v báo cáo tiến độ giải ngân
Kính gửi:Các đơn vị trực thuộc.
Sở Y tế đề nghị các đơn vị báo cáo tiến độ giải ngân trước ngày 20 tháng 4 năm 2025.
Nơi nhận:
- Như trên;
- Giám đốc Sở;
- Lưu: VT, HàKT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nông Thị Hà
"""
    found = parse_text(page).instrument
    assert [(s.title, s.name) for s in found.signatures] == [("PHÓ GIÁM ĐỐC", "Nông Thị Hà")]
    assert [(a.mark.value, a.applies_to) for a in found.signatures[0].authorities] == [
        ("KT", "GIÁM ĐỐC")
    ]
    assert found.archive is not None
    assert found.archive.units == ("VT", "Hà")


@pytest.mark.parametrize("drafter", ["(3b)Q.Hương.", "(3b) KT.Lan.", "Q.Hương."])
def test_a_marks_letters_before_a_name_in_mixed_case_are_the_drafters(drafter: str) -> None:
    # The drafter's initial and given name end the archive line: letters a signing mark
    # spells, but what a mark opens is a title in capitals, and the signature is below.
    page = f"""\
SỞ Y TẾ TỈNH CAO BẰNG -------\t{_BANNER} {_MOTTO}
Số: 88/SYT-KHTC\tCao Bằng, ngày 14 tháng 4 năm 2025
V/v báo cáo tiến độ giải ngân
Kính gửi: Các đơn vị trực thuộc.
Sở Y tế đề nghị các đơn vị báo cáo tiến độ giải ngân trước ngày 20 tháng 4 năm 2025.
Nơi nhận:
- Như trên;
- Lưu: VT, KHTC {drafter}
Q. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nông Thị Hà
"""
    result = parse_text(page)
    found = result.instrument
    assert found.printed is not None
    assert found.printed.archive == f"- Lưu: VT, KHTC {drafter}"
    assert not {"signature-split", "line-skipped"} & {d.code for d in result.diagnostics}
    assert [(s.title, s.name) for s in found.signatures] == [("PHÓ GIÁM ĐỐC", "Nông Thị Hà")]
    assert [(a.mark.value, a.applies_to) for a in found.signatures[0].authorities] == [
        ("Q", "GIÁM ĐỐC")
    ]


@pytest.mark.parametrize(
    ("title", "name"), [("CHỦ TỊCH", "Đinh Văn Lộc"), ("GIÁM ĐỐC", "Lò Thị Mai")]
)
def test_a_signature_cell_without_a_mark_on_one_line(title: str, name: str) -> None:
    # The signing cell's paragraphs joined by a space: a known title with the name run on
    # after it, and no mark whose dot would show where the stack was joined.
    page = f"""\
SỞ Y TẾ TỈNH CAO BẰNG -------\t{_BANNER} {_MOTTO}
Số: 88/SYT-KHTC\tCao Bằng, ngày 14 tháng 4 năm 2025
V/v báo cáo tiến độ giải ngân
Kính gửi: Các đơn vị trực thuộc.
Sở Y tế đề nghị các đơn vị báo cáo tiến độ giải ngân trước ngày 20 tháng 4 năm 2025./.
Nơi nhận: - Như trên; - Lưu: VT.
{title} {name}
"""
    found = parse_text(page).instrument
    assert [(s.authorities, s.title, s.name) for s in found.signatures] == [((), title, name)]


@pytest.mark.parametrize("label", ["Số: ", "Số:\n"])
def test_a_glued_number_whose_date_line_the_cell_wrapped(label: str) -> None:
    # The cell's own line breaks kept, the cells glued: the date line, broken after its
    # day, is joined back only after the cells were cut, and the place stayed in the symbol.
    page = f"""\
BỘ GIAO THÔNG VẬN TẢI
-------{_BANNER}
{_MOTTO}
---------------
{label}315/QĐ-BGTVTHà Nội, ngày 12
tháng 3 năm 2025
QUYẾT ĐỊNH
Về việc giao kế hoạch vốn
"""
    result = parse_text(page)
    assert _header(result) == (
        "Quyết định",
        "BỘ GIAO THÔNG VẬN TẢI",
        "315/QĐ-BGTVT",
        "Hà Nội",
        PartialDate(year=2025, month=3, day=12),
    )


def test_a_page_joined_onto_one_line_is_said_to_be() -> None:
    # get_text(" ", strip=True) with whitespace squeezed: no line break is left, so no
    # row of the header can be told from the body; the reader says why it finds nothing.
    body = " ".join(
        f"Điều {n}. Các cơ quan thực hiện nhiệm vụ thứ {n} theo kế hoạch." for n in range(40)
    )
    page = (
        f"BỘ TÀI CHÍNH {_BANNER} {_MOTTO} Số: 12/2025/TT-BTC Hà Nội, ngày 3 tháng 2 năm 2025"
        f" THÔNG TƯ Hướng dẫn quản lý kinh phí {body} BỘ TRƯỞNG Hồ Đức Phớc"
    )
    assert "\n" not in page
    assert len(page) > 2000
    result = parse_text(page)
    joined = [d for d in result.diagnostics if d.code == "lines-joined"]
    assert [d.line for d in joined] == [1]
    short = parse_text("BỘ TÀI CHÍNH Số: 12/2025/TT-BTC Hà Nội, ngày 3 tháng 2 năm 2025")
    assert "lines-joined" not in {d.code for d in short.diagnostics}


def test_a_flattened_signature_row_ends_the_footer_before_an_annex() -> None:
    # The signing cell as one line after the list: the signer was not seen, so an annex
    # after it was read on as further signature blocks (its place names as signers).
    page = f"""\
ỦY BAN NHÂN DÂN TỈNH CAO BẰNG -------\t{_BANNER} {_MOTTO}
Số: 21/QĐ-UBND\tCao Bằng, ngày 14 tháng 4 năm 2025
QUYẾT ĐỊNH
Về việc công bố danh mục xã
Điều 1. Công bố danh mục xã kèm theo Quyết định này.
Điều 2. Quyết định này có hiệu lực từ ngày ký./.
Nơi nhận: - Như Điều 2; - Lưu: VT.\tKT. CHỦ TỊCH PHÓ CHỦ TỊCH Nông Văn Bình
DANH MỤC XÃ
(Kèm theo Quyết định số 21/QĐ-UBND ngày 14 tháng 4 năm 2025)
Xã Quang Trung
Xã Hưng Đạo
"""
    found = parse_text(page).instrument
    assert [(s.title, s.name) for s in found.signatures] == [("PHÓ CHỦ TỊCH", "Nông Văn Bình")]


# A crawler that joins a block's paragraphs runs the line under the date onto it: the
# addressees, or the kind name with the subject (and, on a long page, the first basis).

_SUBJECT = (
    "VỀ CƠ CHẾ, CHÍNH SÁCH HỖ TRỢ ĐÀO TẠO NGHỀ VÀ GIẢI QUYẾT VIỆC LÀM CHO NGƯỜI LAO ĐỘNG"
    " TẠI CÁC KHU CÔNG NGHIỆP, KHU KINH TẾ VÀ CỤM CÔNG NGHIỆP TRÊN ĐỊA BÀN CẢ NƯỚC GIAI"
    " ĐOẠN 2025 - 2030"
)


@pytest.mark.parametrize(
    "rows",
    [
        "Số: 12/BTC-TCT V/v hướng dẫn quyết toán thuế\n"
        "Hà Nội, ngày 13 tháng 02 năm 2025 Kính gửi: Cục Thuế các tỉnh, thành phố.",
        f"Số: 12/QĐ-BTC Hà Nội, ngày 13 tháng 02 năm 2025 QUYẾT ĐỊNH {_SUBJECT}",
        f"Số: 12/QĐ-BTC\nHà Nội, ngày 13 tháng 02 năm 2025 QUYẾT ĐỊNH {_SUBJECT} Căn cứ Luật"
        " Tổ chức Chính phủ ngày 18 tháng 02 năm 2025; Luật Ngân sách nhà nước ngày 25 tháng"
        " 6 năm 2015;",
    ],
    ids=["addressees run on", "kind and subject run on", "the first basis run on too"],
)
def test_a_date_line_the_next_paragraph_runs_on_after_is_read(rows: str) -> None:
    page = (
        "BỘ TÀI CHÍNH ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
        f" ---------------\n{rows}\nĐiều 1. Giao Cục Thuế hướng dẫn các đơn vị thực hiện.\n"
    )
    instrument = parse_text(page).instrument
    assert (instrument.place, instrument.date) == (
        "Hà Nội",
        PartialDate(day=13, month=2, year=2025),
    )


def test_a_dated_sentence_without_a_place_is_no_date_line() -> None:
    """``Ngày 24 tháng 6 năm 1977 Hội đồng ...`` opens a body's sentence: a date line has
    its place, so the subject's first basis is not cut there."""
    assert run_on_dateline("Ngày 24 tháng 6 năm 1977 Hội đồng Chính phủ đã ra Quyết định") is None
    assert run_on_dateline("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024 Luật Nhà ở") is None
    line = "Huế, ngày 7 tháng 8 năm 2024 Kính gửi: Sở Nội vụ"
    assert run_on_dateline(line) == line.index(" Kính gửi")


_RUN_ON_TITLE = """\
ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 215/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phú Thọ, ngày 18 tháng 02 năm 2020
QUYẾT ĐỊNH Về việc thành lập Tổ công tác rà soát thủ tục hành chính năm 2020{authority}\
 {basis} ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2015; Theo đề nghị của\
 Giám đốc Sở Tư pháp, QUYẾT ĐỊNH: Điều 1. Thành lập Tổ công tác. Điều 2. Quyết định này có\
 hiệu lực kể từ ngày ký.
"""
"""A crawl that ran the kind line, the subject and the preamble onto one line."""


@pytest.mark.parametrize("basis", ["Căn cứ Luật", "Theo đề nghị của Sở về Luật", "Xét Luật"])
@pytest.mark.parametrize("authority", ["", " CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ"])
def test_a_subject_run_on_into_the_preamble_is_cut_before_it(authority: str, basis: str) -> None:
    result = parse_text(_RUN_ON_TITLE.format(authority=authority, basis=basis))
    doc = result.instrument
    assert doc.subject == "Về việc thành lập Tổ công tác rà soát thủ tục hành chính năm 2020"
    assert doc.date == PartialDate(day=18, month=2, year=2020)
    said = " ".join(d.message for d in result.diagnostics if d.code == "subject-split")
    assert f"cut before '{basis}" in said


def test_a_subject_naming_a_basis_in_lower_case_is_not_cut() -> None:
    # 'căn cứ' inside the subject, in lower case, opens no preamble: the subject is whole
    text = _RUN_ON_TITLE.format(authority="", basis="Căn cứ Luật").replace(
        "năm 2020 Căn cứ", "năm 2020 làm căn cứ xây dựng kế hoạch\nCăn cứ"
    )
    doc = parse_text(text).instrument
    assert doc.subject == (
        "Về việc thành lập Tổ công tác rà soát thủ tục hành chính năm 2020 làm căn cứ xây"
        " dựng kế hoạch"
    )
