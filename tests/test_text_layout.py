"""The layout stage and the header and footer readers on each source shape real documents
come in (issue 23's list), one small text per shape, written here in that shape.

Each text is typed for the test (no corpus document is copied); the expected values are
read off the text above them.
"""

from __future__ import annotations

import datetime
import importlib.util

import pytest

from reading import codes as _codes
from reading import header as _header
from vnadmin.grammar import format_number
from vnadmin.grammar.appendices import ATTACHED_TO
from vnadmin.model import KINDS, PartialDate, Regime, SigningMark
from vnadmin.normalize import fold
from vnadmin.rules import check
from vnadmin.text import parse_text
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Block
from vnadmin.text.parse import _say_unaddressed

# -- two-column headers ----------------------------------------------------------------------

FLATTENED_ROW_BY_ROW = """\
ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
Số: 318

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

/UBND-TCD

V/v giải quyết đơn kiến nghị
Bến Tre, ngày 9 tháng 5 năm 2023

Kính gửi: Sở Tư pháp

Ủy ban nhân dân tỉnh đề nghị Sở Tư pháp xem xét, trả lời./.
"""


def test_header_flattened_row_by_row() -> None:
    # plain pdftotext: the left cell, then the right one; the number's symbol printed apart
    result = parse_text(FLATTENED_ROW_BY_ROW)
    assert _header(result) == (
        "ỦY BAN NHÂN DÂN TỈNH BẾN TRE",
        None,
        "318/UBND-TCD",
        "Bến Tre",
        PartialDate(day=9, month=5, year=2023),
        "Công văn",
        "V/v giải quyết đơn kiến nghị",  # the date line after it never continues it
    )
    assert "number-joined" in _codes(result)


SIDE_BY_SIDE = """\
      BỘ TÀI CHÍNH                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
   TỔNG CỤC HẢI QUAN                           Độc lập - Tự do - Hạnh phúc
                                                   ---------------
  Số:   1207 /TCHQ-GSQL                      Hà Nội, ngày 21 tháng 3 năm 2024
V/v thủ tục hải quan đối với
   hàng hóa quá cảnh

             Kính gửi: Cục Hải quan các tỉnh, thành phố.
"""


def test_header_side_by_side_as_pdftotext_layout_prints_it() -> None:
    result = parse_text(SIDE_BY_SIDE)
    assert _header(result) == (
        "TỔNG CỤC HẢI QUAN",
        "BỘ TÀI CHÍNH",
        "1207/TCHQ-GSQL",
        "Hà Nội",
        PartialDate(day=21, month=3, year=2024),
        "Công văn",
        "V/v thủ tục hải quan đối với hàng hóa quá cảnh",
    )


OCR_COLUMNS_JOINED = """\
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CỦ CHI Độc lập - Tự do - Hạnh phúc
Số: 45/QĐ-UBND Củ Chi, ngày 02 tháng 6 năm 2022
QUYẾT ĐỊNH
Về việc thành lập Tổ công tác
"""


def test_header_columns_joined_by_one_space_as_ocr_reads_them() -> None:
    assert _header(parse_text(OCR_COLUMNS_JOINED)) == (
        "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI",
        None,
        "45/QĐ-UBND",
        "Củ Chi",
        PartialDate(day=2, month=6, year=2022),
        "Quyết định",
        "Về việc thành lập Tổ công tác",
    )


def test_a_line_run_together_banner_number_and_date() -> None:
    text = (
        "SỞ Y TẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
        " Số: 9/SYT-VP Huế, ngày 3 tháng 4 năm 2024\nV/v báo cáo\n"
    )
    assert _header(parse_text(text))[:5] == (
        "SỞ Y TẾ",
        None,
        "9/SYT-VP",
        "Huế",
        PartialDate(day=3, month=4, year=2024),
    )


# -- markdown crawls -------------------------------------------------------------------------

MARKDOWN_CRAWL = """\
**ỦY BAN NHÂN DÂN**

**TỈNH NINH BÌNH**

|

**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**

**Độc lập - Tự do - Hạnh phúc**

|

Số: 77/KH-UBND

|

*Ninh Bình, ngày 7
tháng 8 năm 2024 *

**KẾ HOẠCH**

**Triển khai công tác chuyển đổi số**
"""


def test_markdown_crawl_with_cells_on_their_own_lines() -> None:
    # bars alone on their lines separate the cells; bold and italic open on one line and
    # close on a later one; the banner and the date line are broken across two lines
    result = parse_text(MARKDOWN_CRAWL)
    assert _header(result) == (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        None,
        "77/KH-UBND",
        "Ninh Bình",
        PartialDate(day=7, month=8, year=2024),
        "Kế hoạch",
        "Triển khai công tác chuyển đổi số",
    )
    assert result.instrument.regime is Regime.STATE


def test_party_banner_split_over_two_lines() -> None:
    text = "ĐẢNG BỘ TỈNH LÀO CAI\nHUYỆN ỦY BẢO THẮNG\n*\nĐẢNG CỘNG SẢN\nVIỆT NAM\nSố 12-TB/HU\n"
    doc = parse_text(text).instrument
    assert doc.regime is Regime.PARTY
    assert doc.issuer is not None
    assert doc.issuer.parent is not None
    assert (doc.issuer.name, doc.issuer.parent.name) == (
        "HUYỆN ỦY BẢO THẮNG",
        "ĐẢNG BỘ TỈNH LÀO CAI",
    )


_CONGRESS_HEADER = """\
41
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ
HUYỆN CẨM XUYÊN LẦN THỨ XXIII
NHIỆM KỲ 2020 - 2025
*
Số 02-NQ/ĐH

ĐẢNG CỘNG SẢN VIỆT NAM
Cẩm Xuyên, ngày 20 tháng 7 năm 2020

NGHỊ QUYẾT
ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN LẦN THỨ XXIII
"""


def test_congress_name_with_its_term_is_one_issuer() -> None:
    # the term's line is no noise above the number, and no body under the congress
    doc = parse_text(_CONGRESS_HEADER).instrument
    assert doc.issuer is not None
    assert doc.issuer.parent is None
    assert doc.issuer.name == (
        "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN CẨM XUYÊN LẦN THỨ XXIII NHIỆM KỲ 2020 - 2025"
    )


def test_congress_of_delegates_over_its_party_committee_is_no_parent() -> None:
    text = (
        "ĐẠI HỘI ĐẠI BIỂU          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG BỘ THÀNH PHỐ HUẾ\n"
        "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025     Huế, ngày 15 tháng 8 năm 2020\n"
        "\nBÁO CÁO\nkết quả bầu cử Ban Chấp hành\n"
    )
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert doc.issuer.parent is None
    assert (
        doc.issuer.name
        == "ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ THÀNH PHỐ HUẾ LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025"
    )


_BOOKLET = """\
ĐẢNG CỘNG SẢN VIỆT NAM
BAN CHẤP HÀNH ĐẢNG BỘ TỈNH HÀ NAM

KẾ HOẠCH
TỔ CHỨC ĐẠI HỘI CHI BỘ CƠ SỞ

LƯU HÀNH NỘI BỘ

THÁNG 5 - 2024

2
TỈNH ỦY HÀ NAM                 ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 57-KH/TU                 Hà Nam, ngày 6 tháng 5 năm 2024

KẾ HOẠCH
tổ chức đại hội chi bộ cơ sở nhiệm kỳ 2024 - 2027
"""


def test_booklet_cover_is_passed_and_the_header_under_it_read() -> None:
    result = parse_text(_BOOKLET)
    doc = result.instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("TỈNH ỦY HÀ NAM", None)
    assert doc.number is not None
    assert doc.number.number == "57"
    assert doc.date == PartialDate(year=2024, month=5, day=6)
    assert doc.subject == "tổ chức đại hội chi bộ cơ sở nhiệm kỳ 2024 - 2027"
    assert "cover-page" in _codes(result)


def test_month_line_without_a_header_under_it_is_no_cover() -> None:
    # the month ends a cover only when the document's own header follows it
    text = "TỈNH ỦY HÀ NAM\nTHÁNG 5 - 2024\n\nKẾ HOẠCH\nvề công tác tháng năm\n"
    result = parse_text(text)
    assert "cover-page" not in _codes(result)
    assert result.instrument.issuer is not None
    assert result.instrument.issuer.name == "TỈNH ỦY HÀ NAM"
    assert result.instrument.subject == "về công tác tháng năm"


def test_title_of_unknown_kind_under_a_congress_header_is_no_issuer() -> None:
    text = (
        "ĐẠI HỘI ĐẠI BIỂU          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG BỘ THÀNH PHỐ HUẾ\n"
        "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025     Huế, ngày 15 tháng 8 năm 2020\n"
        "\nLỊCH LÀM VIỆC\ncủa Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVI\n"
        "\n1. Ngày thứ nhất: khai mạc Đại hội và thảo luận văn kiện tại hội trường.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.issuer is not None
    assert doc.issuer.name.startswith("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ THÀNH PHỐ HUẾ")
    assert doc.issuer.parent is None
    assert doc.subject == "của Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVI"
    assert "title-unknown" in _codes(result)


def test_a_title_of_two_kinds_reads_the_one_the_registry_knows() -> None:
    # "Nội quy" is no kind of the decree; the rules of work after VÀ are
    text = (
        "ĐẠI HỘI ĐẠI BIỂU          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG BỘ THÀNH PHỐ HUẾ\n"
        "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025     Huế, ngày 15 tháng 8 năm 2020\n"
        "\nNỘI QUY VÀ QUY CHẾ LÀM VIỆC\ncủa Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVI\n"
        "\nĐiều 1. Đại biểu dự Đại hội đúng giờ và đủ các phiên họp.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.kind is not None
    assert doc.kind.name == "Quy chế"
    assert doc.subject == "của Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVI"
    (said,) = [d for d in result.diagnostics if d.code == "title-unknown"]
    assert "NỘI QUY VÀ QUY CHẾ LÀM VIỆC" in said.message


def test_a_title_of_one_unknown_kind_reads_no_kind() -> None:
    text = (
        "ĐẠI HỘI ĐẠI BIỂU          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "ĐẢNG BỘ THÀNH PHỐ HUẾ\n"
        "LẦN THỨ XVI, NHIỆM KỲ 2020 - 2025     Huế, ngày 15 tháng 8 năm 2020\n"
        "\nNỘI QUY VÀ LỊCH LÀM VIỆC\ncủa Đại hội đại biểu Đảng bộ thành phố Huế lần thứ XVI\n"
        "\nĐiều 1. Đại biểu dự Đại hội đúng giờ và đủ các phiên họp.\n"
    )
    result = parse_text(text)
    assert result.instrument.kind is None
    assert {"title-unknown", "kind-missing"} <= _codes(result)


_SCANNED_ROWS = """\
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HQ1 C
TỈNH NINH BÌNH Độc lập - Tư đo - Hạnh phúc

Số: 15 /KH-UBND Ninh Bình, ngày 3 tháng 4 năm 2021

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2021
"""


def test_scanned_issuer_rows_with_the_right_column_damaged_are_kept() -> None:
    # OCR ran each issuer line on into the banner and motto beside it, both misread
    result = parse_text(_SCANNED_ROWS)
    doc = result.instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", None)
    assert doc.number is not None
    assert doc.number.number == "15"
    assert "header-noise-removed" not in _codes(result)


def test_banner_tail_on_its_own_line_is_no_issuer() -> None:
    # the banner cut after "XÃ HỘI", its last words on the next line behind scan specks
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI\n"
        "\n"
        ": ] CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN ĐÔNG ANH Độc lập - Tự do - Hạnh phúc\n"
        "Số: 88/QĐ-UBND Đông Anh, ngày 9 tháng 1 năm 2023\n"
        "QUYẾT ĐỊNH\nVề việc thành lập tổ công tác\n"
    )
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH", None)


def test_company_form_over_its_name_is_one_issuer() -> None:
    text = (
        "CÔNG TY CỔ PHẦN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÂY DỰNG SÔNG ĐÀ 9       Độc lập - Tự do - Hạnh phúc\n"
        "Số: 14/2024/CV-SĐ9       Hà Nội, ngày 2 tháng 5 năm 2024\n"
        "V/v thanh toán khối lượng\n"
    )
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("CÔNG TY CỔ PHẦN XÂY DỰNG SÔNG ĐÀ 9", None)


def test_symbol_apart_from_its_number_with_a_spaced_dash_is_joined() -> None:
    text = (
        "ỦY BAN NHÂN DÂN\nXÃ TÂN AN\n\nSố: 215\n\n/UBND -VP\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Tân An, ngày 4 tháng 6 năm 2024\n\nV/v rà soát hộ nghèo\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("ỦY BAN NHÂN DÂN XÃ TÂN AN", None)
    assert doc.number is not None
    assert doc.number.number == "215"
    assert "number-joined" in _codes(result)


def test_underline_runs_glued_to_names_or_alone() -> None:
    text = (
        "BỘ NỘI VỤ-------\n_____\nSố: 5/BNV-VP\n-----\n"
        "--------------Hà Nội, ngày 2 tháng 3 năm 2024\nV/v góp ý\n"
    )
    assert _header(parse_text(text))[:4] == ("BỘ NỘI VỤ", None, "5/BNV-VP", "Hà Nội")


# -- legal portals and crawls run together ---------------------------------------------------

_PORTAL_DOCUMENT = """\
**CHÍNH PHỦ**
|
**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**
|
Số: 13/2025/NQ-CP
|
*Hà Nội, ngày 2 tháng 2 năm 2025*

**NGHỊ QUYẾT**
**Về phát triển nhà ở xã hội**

Điều 1. Giao Bộ Xây dựng chủ trì.
"""
_PORTAL_HEADER = (
    "CHÍNH PHỦ",
    None,
    "13/2025/NQ-CP",
    "Hà Nội",
    PartialDate(day=2, month=2, year=2025),
    "Nghị quyết",
    "Về phát triển nhà ở xã hội",
)


def test_a_portal_metadata_table_before_the_document_is_not_its_header() -> None:
    # the portal's own record (another number, another date) above the document's banner
    page = (
        "Trang chủ\nVăn bản pháp luật\nNghị quyết 12/2025/NQ-CP về nhà ở\n"
        "| Số hiệu: | 12/2025/NQ-CP | Loại văn bản: | Nghị quyết |\n|---|---|---|---|\n"
        "| Nơi ban hành: | Chính phủ | Người ký: | Nguyễn Văn A |\n"
        "| Ngày ban hành: | 01/02/2025 | Tình trạng: | Còn hiệu lực |\n\n"
    )
    result = parse_text(page + _PORTAL_DOCUMENT)
    assert _header(result) == _PORTAL_HEADER
    assert "portal-metadata-removed" in _codes(result)


def test_portal_metadata_printed_as_lines_above_the_banner() -> None:
    # text from HTML: each field name on a line, its value on the next, menus above
    page = (
        "Trang chủ\nVăn bản\nTìm kiếm\nVăn bản mới\nLiên hệ\nNghị quyết 12/2025/NQ-CP\n"
        "Số hiệu\n12/2025/NQ-CP\nLoại văn bản\nNghị quyết\nNgày ban hành\n01/02/2025\n"
    )
    result = parse_text(page + _PORTAL_DOCUMENT)
    assert _header(result) == _PORTAL_HEADER
    assert "portal-metadata-removed" in _codes(result)


def test_a_documents_own_table_naming_a_portal_field_is_kept() -> None:
    # "Chức danh" and "Ngành" head a column of the document's table, not a portal's record
    text = (
        "SỞ NỘI VỤ\nSố: 5/QĐ-SNV\nQUYẾT ĐỊNH\nVề thành lập tổ công tác\n"
        "Điều 1. Thành lập tổ công tác gồm:\n\n| Chức danh | Ngành |\n|---|---|\n"
        "| Tổ trưởng | Nội vụ |\n| Tổ viên | Tài chính |\n"
    )
    result = parse_text(text)
    assert "portal-metadata-removed" not in _codes(result)
    (article,) = result.instrument.body.tasks
    assert "Tổ viên" in article.text
    assert "Tài chính" in article.text


def test_an_issuer_broken_inside_a_word_and_one_run_into_its_parent() -> None:
    broken = "**ỦY BAN NHÂN\nDÂN**\n**TỈNH HÀ NAM**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
    assert _header(parse_text(broken + "Số: 5/KH-UBND\n"))[:3] == (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        None,
        "5/KH-UBND",
    )
    run = "UBND TỈNH HÀ NAM SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/SNV-VP\n"
    assert _header(parse_text(run))[:3] == ("SỞ NỘI VỤ", "UBND TỈNH HÀ NAM", "5/SNV-VP")


def test_a_number_line_split_by_a_cell_and_markdown_links_and_italics() -> None:
    text = (
        "SỞ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố:\n|\n542/SNV-VP\n"
        "Hà Nam, ngày 3 tháng 4 năm 2024\n"
        "V/v _chuyển đổi số_ theo [Kế hoạch 5/KH-UBND](http://x.vn/a) ![logo](http://x.vn/l.png)\n"
    )
    result = parse_text(text)
    assert _header(result)[2:4] == ("542/SNV-VP", "Hà Nam")
    assert _header(result)[6] == "V/v chuyển đổi số theo Kế hoạch 5/KH-UBND"
    assert "number-joined" in _codes(result)


def test_an_image_whose_file_name_holds_parentheses_is_dropped() -> None:
    # Word's "web page" names its picture folder after the file, parentheses and all, and
    # html2text escapes them.  Before, the image stayed a line of text above the date line
    # and the header's cells stopped at it: no place, date, kind nor subject.
    image = r"![](KH%20bau%20cu%20\(Hoa%20Son\)_files/image002.png)"
    text = (
        "ỦY BAN NHÂN DÂN XÃ HÒA SƠN\n\nSố: 16/KH-UBND\n\n"
        f"**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n{image}\n\n"
        "_Hòa Sơn, ngày 18 tháng 11 năm 2025_\n\n**KẾ HOẠCH**\n\n**Tổ chức hội nghị cử tri**\n\n"
        "Căn cứ Luật Bầu cử đại biểu Quốc hội.\n"
    )
    result = parse_text(text)
    assert _header(result)[3:] == (
        "Hòa Sơn",
        PartialDate(day=18, month=11, year=2025),
        "Kế hoạch",
        "Tổ chức hội nghị cử tri",
    )
    assert "image002" not in repr(result.instrument)


def test_the_signature_run_into_the_archive_line() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n"
        "- Lưu: VT, TCBC. GIÁM ĐỐC Nguyễn Văn Hải\n"
    )
    doc = parse_text(text).instrument
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TCBC")
    (block,) = doc.signatures
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Nguyễn Văn Hải")


def test_html_links_on_lines_of_their_own_do_not_cut_the_legal_basis() -> None:
    # text from HTML puts each linked number on a line, and the punctuation after it
    text = (
        "CHÍNH PHỦ\nSố: 5/2025/NQ-CP\nNGHỊ QUYẾT\nVề nhà ở\nCăn cứ\n"
        "Luật Tổ chức Chính phủ số\n63/2025/QH15\n;\n\nQUYẾT NGHỊ:\nĐiều 1. Giao Bộ Xây dựng.\n"
    )
    (basis,) = parse_text(text).instrument.body.preamble
    assert basis.text.startswith("Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15")
    assert [c.number.year for c in basis.citations if c.number] == [2025]


def test_a_date_line_broken_before_its_year_and_an_issuer_after_its_unit_word() -> None:
    text = (
        "**ỦY BAN NHÂN DÂN TỈNH**\n**HÀ NAM**\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n|\n"
        "Số: 12/KH-UBND\n|\n*Hà Nam, ngày 3 tháng 4\nnăm 2024*\n|\n**KẾ HOẠCH**\n"
        "**Triển khai chuyển đổi số năm 2024**\n"
    )
    result = parse_text(text)
    assert _header(result) == (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        None,
        "12/KH-UBND",
        "Hà Nam",
        PartialDate(day=3, month=4, year=2024),
        "Kế hoạch",
        "Triển khai chuyển đổi số năm 2024",
    )
    assert "date-joined" in _codes(result)


def test_a_signature_cell_whose_lines_a_crawl_ran_together() -> None:
    # each paragraph of the cell in a bold run of its own, the mark and title on one line
    text = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 12/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành quy chế\n"
        "Điều 1. Giao Sở Nội vụ thực hiện./.\n\n"
        "| **_Nơi nhận:_** - Như Điều 1; - Lưu: VT, NC. | **TM. ỦY BAN NHÂN DÂN CHỦ TỊCH**"
        " **Nguyễn Văn An** |\n| --- | --- |\n"
    )
    doc = parse_text(text).instrument
    (block,) = doc.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == [
        (SigningMark.TM, "ỦY BAN NHÂN DÂN")
    ]
    assert (block.title, block.name) == ("CHỦ TỊCH", "Nguyễn Văn An")
    assert [r.name for r in doc.distribution] == ["Như Điều 1"]


@pytest.mark.parametrize(
    ("line", "marks", "title"),
    [
        ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH", [(SigningMark.KT, "CHỦ TỊCH")], "PHÓ CHỦ TỊCH"),
        (
            "TL. CHỦ TỊCH KT. CHÁNH VĂN PHÒNG PHÓ CHÁNH VĂN PHÒNG",
            [(SigningMark.TL, "CHỦ TỊCH"), (SigningMark.KT, "CHÁNH VĂN PHÒNG")],
            "PHÓ CHÁNH VĂN PHÒNG",
        ),
        ("KT. TỔNG GIÁM ĐỐC", [(SigningMark.KT, "TỔNG GIÁM ĐỐC")], None),
    ],
)
def test_a_signature_stack_run_into_one_line(
    line: str, marks: list[tuple[SigningMark, str]], title: str | None
) -> None:
    text = f"SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Lưu: VT.\n{line}\nLê Thị Mai\n"
    (block,) = parse_text(text).instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == marks
    assert (block.title, block.name) == (title, "Lê Thị Mai")


def test_a_crawl_with_a_converters_escapes_and_its_title_lines() -> None:
    # an HTML-to-markdown converter escapes what would be markup ("\-", "1\."), and a
    # reader service prints the page's title and address above the document
    text = (
        "Title: Quyết định 1520/QĐ-UBND năm 2024 phê duyệt kế hoạch\n\n"
        "URL Source: https://example.vn/van-ban/quyet-dinh-1520.aspx\n\nMarkdown Content:\n"
        "| **ỦY BAN NHÂN DÂN TỈNH NINH BÌNH** \\------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
        " NAM** **Độc lập - Tự do - Hạnh phúc** \\--------------- |\n| --- | --- |\n"
        "| Số: 1520/QĐ-UBND | _Ninh Bình, ngày 07 tháng 8 năm 2024_ |\n\n"
        "**QUYẾT ĐỊNH**\n\n**Phê duyệt kế hoạch chuyển đổi số**\n\n"
        "**Điều 1\\.** Phê duyệt kế hoạch.\n\n**Điều 2\\.** Giao Sở Nội vụ thực hiện.\n\n"
        "| **_Nơi nhận:_** \\- Như Điều 2; \\- Lưu: VT, VP3. | **KT. CHỦ TỊCH PHÓ CHỦ TỊCH**"
        " **Trần Văn Tùng** |\n| --- | --- |\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert _header(result) == (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        None,
        "1520/QĐ-UBND",
        "Ninh Bình",
        PartialDate(day=7, month=8, year=2024),
        "Quyết định",
        "Phê duyệt kế hoạch chuyển đổi số",
    )
    assert [task.label for task in doc.body.tasks] == ["Điều 1.", "Điều 2."]
    assert [r.name for r in doc.distribution] == ["Như Điều 2"]
    (block,) = doc.signatures
    assert (block.title, block.name) == ("PHÓ CHỦ TỊCH", "Trần Văn Tùng")


PANDOC_FOOTERS = [
    # a Word file converted by pandoc: the footer a grid table, each cell line closed by
    # markdown's hard line break
    """\
+------------------------------+------------------------------+
| ***Nơi nhận:\\***             | **TM. ỦY BAN NHÂN DÂN\\**      |
| - Sở Tài chính;\\              | **CHỦ TỊCH\\**                 |
| - Ban Dân tộc tỉnh;\\          | \\                             |
| - Các phòng chuyên môn thuộc | \\                             |
| UBND huyện;\\                  | **Hoàng Văn Long**           |
| - Lưu: VT.                   |                              |
+------------------------------+------------------------------+
""",
    # the same footer as a simple table: the columns side by side, a break after each
    """\
  -------------------------------- --------------------------------
  ***Nơi nhận:\\***                 **TM. ỦY BAN NHÂN DÂN\\**
  - Sở Tài chính;\\                  CHỦ TỊCH\\
  - Ban Dân tộc tỉnh;\\              **\\
  - Các phòng chuyên môn thuộc      \\
  UBND huyện;\\                      \\
  - Lưu: VT.                       Hoàng Văn Long**
  -------------------------------- --------------------------------
""",
]


@pytest.mark.parametrize("footer", PANDOC_FOOTERS)
def test_markdown_hard_line_breaks_are_no_text(footer: str) -> None:
    text = f"UBND HUYỆN BẢO LẠC\nSố: 8/TB-UBND\n\nNội dung thông báo.\n\n{footer}"
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == [
        "Sở Tài chính",
        "Ban Dân tộc tỉnh",
        "Các phòng chuyên môn thuộc UBND huyện",
    ]
    (block,) = doc.signatures
    assert (block.title, block.name) == ("CHỦ TỊCH", "Hoàng Văn Long")


@pytest.mark.parametrize(
    ("above", "issuer", "parent"),
    [
        # a page's title and menu in capitals right above the issuer name no body
        ("CƠ SỞ DỮ LIỆU VĂN BẢN\nTRANG CHỦ\nVĂN BẢN PHÁP LUẬT\nBỘ TÀI CHÍNH", "BỘ TÀI CHÍNH", None),
        ("BỘ QUỐC PHÒNG\nQUÂN KHU 3", "QUÂN KHU 3", "BỘ QUỐC PHÒNG"),
        (
            "KIỂM TOÁN NHÀ NƯỚC\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC I",
            "KIỂM TOÁN NHÀ NƯỚC KHU VỰC I",
            "KIỂM TOÁN NHÀ NƯỚC",
        ),
        ("BHXH VIỆT NAM\nBHXH TỈNH HÀ NAM", "BHXH TỈNH HÀ NAM", "BHXH VIỆT NAM"),
        ("UY BAN NHAN DAN TINH HA NAM\nSO NOI VU", "SO NOI VU", "UY BAN NHAN DAN TINH HA NAM"),
        # an underline of dashes of every width; a name an HTML page's spans cut per word
        ("CHÍNH PHỦ\n——-", "CHÍNH PHỦ", None),
        ("BỘ\nXÂY\nDỰNG", "BỘ XÂY DỰNG", None),
        ("BỘ NỘI VỤ,\nT\nHỂ THAO\nVÀ\nDU LỊCH", "BỘ NỘI VỤ, THỂ THAO VÀ DU LỊCH", None),
        # a collective body's organ over the body it belongs to: one name, no parent
        ("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI", "ỦY BAN THƯỜNG VỤ QUỐC HỘI", None),
        (
            "ĐẢNG BỘ TỈNH HÀ NAM\nBAN THƯỜNG VỤ\nTỈNH ỦY",
            "BAN THƯỜNG VỤ TỈNH ỦY",
            "ĐẢNG BỘ TỈNH HÀ NAM",
        ),
        (
            "**THƯỜNG TRỰC**\n**HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM**",
            "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM",
            None,
        ),
        # a school's name wrapped before the place that ends it, under its ministry
        (
            "BỘ Y TẾ\nTRƯỜNG ĐẠI HỌC DƯỢC\nLIỆU TP. CẦN THƠ",
            "TRƯỜNG ĐẠI HỌC DƯỢC LIỆU TP. CẦN THƠ",
            "BỘ Y TẾ",
        ),
        (
            "TRƯỜNG CAO ĐẲNG KỸ THUẬT\nCÔNG NGHỆ TỈNH NAM ĐỊNH\nKHOA ĐIỆN TỬ",
            "KHOA ĐIỆN TỬ",
            "TRƯỜNG CAO ĐẲNG KỸ THUẬT CÔNG NGHỆ TỈNH NAM ĐỊNH",
        ),
        # a unit under the school, which names a place of its own: no rest of the name
        (
            "TRƯỜNG ĐẠI HỌC CẦN THƠ\nKHOA SAU ĐẠI HỌC TP. CẦN THƠ",
            "KHOA SAU ĐẠI HỌC TP. CẦN THƠ",
            "TRƯỜNG ĐẠI HỌC CẦN THƠ",
        ),
        # the city's words as OCR read them without their marks
        ("ỦY BAN NHÂN DÂN\nTHANH PHO CẦN THƠ", "ỦY BAN NHÂN DÂN THANH PHO CẦN THƠ", None),
        # an office of two bodies under the commune's committee
        ("UBND XÃ AN HÒA\nVĂN PHÒNG HĐND - UBND", "VĂN PHÒNG HĐND - UBND", "UBND XÃ AN HÒA"),
        # a board of its own under the department, named with its year
        ("SỞ Y TẾ\nBAN CHỈ ĐẠO KIỂM TRA NĂM 2024", "BAN CHỈ ĐẠO KIỂM TRA NĂM 2024", "SỞ Y TẾ"),
    ],
)
def test_the_issuers_block_holds_bodies_only(above: str, issuer: str, parent: str | None) -> None:
    text = f"{above}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5/QĐ-BTC\nQUYẾT ĐỊNH\nVề x\n"
    assert _header(parse_text(text))[:2] == (issuer, parent)


def test_a_councils_name_wrapped_down_to_its_year() -> None:
    # a council set up for one year's round, its name wrapped in the left cell of a
    # layout header: the line ending with the year goes on with the name above it
    text = """\
SỞ NỘI VỤ TỈNH AN GIANG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 HỘI ĐỒNG THI TUYỂN                  Độc lập - Tự do - Hạnh phúc
  CDNN VIÊN CHỨC NĂM 2025        An Giang, ngày 13 tháng 4 năm 2025

      Số: 35 /BC-HĐTT
                                   BÁO CÁO
                    Kết quả kỳ thi tuyển viên chức năm 2025
"""
    assert _header(parse_text(text))[:3] == (
        "HỘI ĐỒNG THI TUYỂN CDNN VIÊN CHỨC NĂM 2025",
        "SỞ NỘI VỤ TỈNH AN GIANG",
        "35/BC-HĐTT",
    )


@pytest.mark.parametrize(
    ("head", "parent"),
    [
        ("BỆNH VIỆN ĐA KHOA TỈNH", "SỞ Y TẾ TỈNH QUẢNG NAM"),
        ("CHI CỤC THUẾ", "CỤC THUẾ TỈNH QUẢNG NAM"),
    ],
)
def test_a_word_wrapped_beside_the_motto_ends_the_parent(head: str, parent: str) -> None:
    # the parent's last word wrapped onto a line of its own beside the motto, above a body
    # whose head is two words (the one list of body heads): it ends the parent's name
    first, _, last = parent.rpartition(" ")
    text = f"""\
{first:<40}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
{last:<40}Độc lập - Tự do - Hạnh phúc
{head}
Số: 12/BVĐK-KHTH                        Quảng Nam, ngày 05 tháng 3 năm 2024

V/v khám sức khỏe định kỳ

Kính gửi: Các khoa, phòng.
"""
    assert _header(parse_text(text))[:2] == (head, parent)


@pytest.mark.parametrize(
    "dateline",
    [
        "Hà Nam, ngày 07/8/2024",  # the date printed short after ngày
        "HÀ NAM, NGÀY 07 THÁNG 8 NĂM 2024",  # the line in capitals
        "Hà Nam,\n\nngày 07 tháng 8 năm 2024",  # broken before ngày, a cell between
        "> Hà Nam, ngày 07 tháng 8 năm 2024",  # in a markdown quotation
    ],
)
def test_date_lines_as_crawls_and_transcriptions_print_them(dateline: str) -> None:
    text = (
        "**ỦY BAN NHÂN DÂN TỈNH HÀ NAM**\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n\n"
        f"Số: 12/KH-UBND\n\n{dateline}\n\n**KẾ HOẠCH**\n\n**Triển khai chuyển đổi số**\n"
    )
    doc = parse_text(text).instrument
    assert (doc.place.casefold() if doc.place else None, doc.date, doc.subject) == (
        "hà nam",
        PartialDate(day=7, month=8, year=2024),
        "Triển khai chuyển đổi số",
    )


def test_only_a_markdown_quotation_mark_opening_a_line_is_removed() -> None:
    text = "SỞ NỘI VỤ\nSố: 1/SNV\n\n1. Giữ tỷ lệ a > b ở các phòng.\n\n>= 5 phòng đạt.\n"
    body = parse_text(text).instrument.body
    assert [part.text for part in (*body.tasks, *body.closing)] == [
        "Giữ tỷ lệ a > b ở các phòng.",
        ">= 5 phòng đạt.",
    ]


def test_a_transcribed_header_table_with_line_breaks_and_rules_in_its_cells() -> None:
    # each column one cell, its lines broken by <br>, bold spanning them, rules drawn
    text = (
        "| **ỦY BAN NHÂN DÂN<br>TỈNH QUẢNG NGÃI**<br>--------<br>Số: 507/UBND-KGVX<br>V/v góp ý"
        " dự thảo | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc**<br>"
        "---------------<br>*Quảng Ngãi, ngày 24 tháng 01 năm 2025* |\n|---|---|\n\n"
        "Kính gửi: Sở Thông tin và Truyền thông\n"
    )
    assert _header(parse_text(text)) == (
        "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
        None,
        "507/UBND-KGVX",
        "Quảng Ngãi",
        PartialDate(day=24, month=1, year=2025),
        "Công văn",
        "V/v góp ý dự thảo",
    )


def test_a_document_converters_tables_comments_and_a_signature_cell_run_together() -> None:
    # a PDF-to-markdown converter: an HTML comment where a picture stood, the header and
    # the footer as padded tables, the signature cell's lines run into one
    text = (
        "<!-- image -->\n\n| ỦY BAN NHÂN DÂN TỈNH NINH BÌNH   | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        " Độc lập - Tự do - Hạnh phúc   |\n|------|------|\n"
        "| Số: 1520/QĐ-UBND                 | Ninh Bình, ngày 07 tháng 8 năm 2024     |\n\n"
        "## QUYẾT ĐỊNH\n\n## Về việc phê duyệt kế hoạch\n\nĐiều 1. Phê duyệt kế hoạch.\n\n"
        "<!-- image -->\n\n| Nơi nhận: - Như Điều 1; - Lưu: VT.   | KT. CHỦ TỊCH PHÓ CHỦ TỊCH"
        " Trần Văn Tùng   |\n|------|------|\n"
    )
    result = parse_text(text)
    assert _header(result)[:3] == ("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", None, "1520/QĐ-UBND")
    (block,) = result.instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == [(SigningMark.KT, "CHỦ TỊCH")]
    assert (block.title, block.name) == ("PHÓ CHỦ TỊCH", "Trần Văn Tùng")
    assert "header-noise-removed" not in _codes(result)


# -- PDF text ----------------------------------------------------------------------------------

_PAGE_LINES = "".join(
    f"Dòng thứ {i} của trang trong công văn, viết ra cho đủ một trang giấy.\n" for i in range(14)
)
PDF_PAGES = (
    "THÀNH ỦY ĐÀ NẴNG\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 85-CV/TU\n"
    "Đà Nẵng, ngày 4 tháng 4 năm 2024\n\nKính gửi: Các quận ủy, huyện ủy\n\n"
    + _PAGE_LINES
    + "\nCÔNG BÁO/Số 57/Ngày 10-4-2024\n\f2\n"
    + _PAGE_LINES
    + "\nCÔNG BÁO/Số 58/Ngày 10-4-2024\n\f3\n"
    + "Đề nghị các cấp ủy thực hiện./.\n"
    + "\nCÔNG BÁO/Số 59/Ngày 10-4-2024\n"
)


def test_pdf_running_headers_page_numbers_and_page_breaks() -> None:
    result = parse_text(PDF_PAGES)
    codes = _codes(result)
    assert {"running-lines-removed", "page-numbers-removed"} <= codes
    texts = [p.text for p in result.instrument.body.background]
    assert not any("CÔNG BÁO/Số" in text for text in texts)
    # the form feed no longer counts as a line: diagnostics cite the lines grep -n shows
    (noi,) = [d for d in result.diagnostics if d.code == "page-numbers-removed"]
    assert noi.line == 24


def test_a_line_closing_two_pages_of_six_is_not_running() -> None:
    # a plan whose two appendices each close with the issuing department's name: printed
    # by two page breaks of five, it is not a running line, and the header keeps its issuer
    words = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
    pages = [
        "".join(
            f"Đoạn {a} nói về việc {b} của kế hoạch.\n"
            for a, b in zip(words, words[p:] + words[:p], strict=True)
        )
        for p in range(6)
    ]
    text = (
        "UBND TỈNH ĐỒNG THÁP\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/KH-SGDĐT\nĐồng Tháp, ngày 14 tháng 4 năm 2026\nKẾ HOẠCH\nĐón đoàn kiểm tra\n"
        + "\f".join(pages[:4])
        + "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\f"
        + pages[4]
        + "SỞ GIÁO DỤC VÀ ĐÀO TẠO\n\f"
        + pages[5]
    )
    result = parse_text(text)
    assert _header(result)[:2] == ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND TỈNH ĐỒNG THÁP")
    assert "running-lines-removed" not in _codes(result)


def test_page_numbers_of_text_without_page_breaks() -> None:
    body = "".join(f"Đoạn văn thứ {i} của văn bản, viết ra cho đủ trang.\n" for i in range(30))
    text = f"SỞ NỘI VỤ\nSố: 1/SNV-VP\n\n{body[:700]}\n2\n\n{body[700:]}\n3\n"
    result = parse_text(text)
    assert "page-numbers-removed" in _codes(result)
    assert not any(p.text in ("2", "3") for p in result.instrument.body.background)


E_SIGNED = """\
Ký bởi: Sở Giáo dục và Đào tạo
Cơ quan: Tỉnh Hà Giang
Ngày ký: 12.03.2024 08:15:00 +07:00

TRUNG TÂM CÔNG
BÁO VÀ TIN HỌC
congbao@hagiang.gov.vn
12.03.2024 09:00:01
+07:00

UBND TỈNH HÀ GIANG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO             Độc lập - Tự do - Hạnh phúc
Số: 610/SGDĐT-VP                  Hà Giang, ngày 11 tháng 3 năm 2024
V/v tổ chức hội thi
"""


def test_e_signature_captions_and_the_gazette_e_stamp_are_not_the_header() -> None:
    result = parse_text(E_SIGNED)
    assert _header(result)[:4] == (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "UBND TỈNH HÀ GIANG",
        "610/SGDĐT-VP",
        "Hà Giang",
    )
    assert result.instrument.incoming is None  # an e-stamp is not an incoming stamp
    assert "e-signature-removed" in _codes(result)


def test_a_signed_copy_stamp_and_seal_noise_above_the_header() -> None:
    text = (
        "SAO Y\nBộ Xây dựng\nZ2 ⁄ k— ¬ 4GC\n"
        "BỘ XÂY DỰNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 88/QĐ-BXD Hà Nội, ngày 1 tháng 2 năm 2024\n"
    )
    result = parse_text(text)
    assert _header(result)[:3] == ("BỘ XÂY DỰNG", None, "88/QĐ-BXD")
    assert "header-noise-removed" in _codes(result)


def test_a_copy_stamp_above_the_header_is_not_the_kind() -> None:
    # a photocopy's rubber stamp "BẢN SAO" over the issuer: one letter short of the
    # copy form's name, yet no kind line; the decision's own title is
    text = (
        "BẢN SAO\n"
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/QĐ-UBND\tLong Xuyên, ngày 3 tháng 4 năm 2019\n\n"
        "QUYẾT ĐỊNH\nVề việc phê duyệt kế hoạch năm 2019\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Phê duyệt kế hoạch.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.kind is not None
    assert doc.kind.name == "Quyết định"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH AN GIANG"  # as printed
    assert doc.subject == "Về việc phê duyệt kế hoạch năm 2019"


# -- OCR ------------------------------------------------------------------------------------

OCR_MISREAD = """\
ỦY BAN NHÂN DÂN CỌNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH AN GIANG Độc lập - Tự do - Hạnh phúc
Só: l5/2023/QĐ-UBND An Giang, ngày @3 thảng 0I năm 2023
QUYÉT ĐỊNH
Và việc ban hành quy chế
"""


def test_ocr_confusables_in_the_fixed_words_are_repaired_and_said() -> None:
    result = parse_text(OCR_MISREAD)
    assert _header(result) == (
        "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
        None,
        "15/2023/QĐ-UBND",  # the look-alike letter in the digits read as a digit
        "An Giang",
        PartialDate(year=2023),  # a misread day and month are left blank, never guessed
        "Quyết định",
        "Về việc ban hành quy chế",
    )
    repairs = [d.message for d in result.diagnostics if d.code == "ocr-repaired"]
    assert any("QUYÉT ĐỊNH" in m for m in repairs)
    assert any("Và việc" in m for m in repairs)
    assert {"number-repaired", "date-unreadable"} <= _codes(result)


def test_a_handwritten_day_read_as_a_bar_leaves_the_number_row_its_date() -> None:
    text = (
        "UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31 /SXD-QLN Hà Nam, ngày | tháng 4 năm 2019\n"
        "V/v góp ý dự thảo quy chế\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.number is not None
    assert (format_number(doc.number), doc.place, doc.date) == (
        "31/SXD-QLN",
        "Hà Nam",
        PartialDate(month=4, year=2019),
    )
    assert {"date-joined", "date-blank"} <= _codes(result)
    assert "number-trailing" not in _codes(result)


def test_diacritics_lost_by_a_legacy_ocr_layer() -> None:
    text = (
        "BO Y TE                 CQNG HOA xA HQI CHU NGHiA VIET NAM\n"
        "BENH VIEN TINH            DQc lap - Tu do - Hanh phuc\n"
        "S6: 12/BV-KHTH           Lang Son, ngay 5 thdng 6 nam 2024\n"
        "THONGBAO\n"
    )
    result = parse_text(text)
    header = _header(result)
    assert header[:5] == (
        "BENH VIEN TINH",
        "BO Y TE",
        "12/BV-KHTH",
        # a province: spelled as the list spells it where the list (the akn extra) is
        "Lạng Sơn" if importlib.util.find_spec("vietnam_provinces") else "Lang Son",
        PartialDate(day=5, month=6, year=2024),
    )
    assert header[5] == "Thông báo"


LEGACY_LAYER_FLATTENED = (
    # a legacy OCR layer, plain pdftotext: the issuer column, then the banner's; capitals
    # with small letters mixed in, the motto too damaged for one edit distance, 'Số' read
    # '86', a stray letter glued to the day, 'năm' read 'ndm', the kind half in capitals
    "SO GrAo DlJC vA BAa TAO\n"
    "TRlfONG TRUNG HQC PHO THONG BA VI\n"
    "\n"
    "CQNG HOA XA HQI CHU NGHiA VI~T NAM\n"
    "fl(lc I,p - TV do - H,nh phuc\n"
    "\n"
    "86: 41/TB-THPT\n"
    "\n"
    "Ha NQi,ngayb9 thang 3 ndm 2024\n"
    "\n"
    "THONGBAo\n"
    "\n"
    "v~ lich hop phu huynh hoc sinh\n"
    "\n"
    "Nha truong thong bao lich hop phu huynh nhu sau:\n"
    "1. Thoi gian: 8h00 ngay 16/3/2024.\n"
    "2. Dia diem: Hoi truong.\n"
)


def test_a_legacy_ocr_layer_flattened_column_by_column() -> None:
    result = parse_text(LEGACY_LAYER_FLATTENED)
    assert _header(result)[:6] == (
        "TRlfONG TRUNG HQC PHO THONG BA VI",  # as printed: its letters are not guessed
        "SO GrAo DlJC vA BAa TAO",
        "41/TB-THPT",
        "Ha NQi",
        PartialDate(day=9, month=3, year=2024),  # 'b9': the digits after a stray letter
        "Thông báo",
    )
    repairs = " ".join(d.message for d in result.diagnostics if d.code == "ocr-repaired")
    assert "'86:' read as 'Số:'" in repairs
    assert "'THONGBAo' read as 'THÔNG BÁO'" in repairs
    assert "read as 'Độc lập - Tự do - Hạnh phúc'" in repairs
    said = {d.code: d.message for d in result.diagnostics}
    assert "'b9' as 9" in said["date-repaired"]
    assert "issuer-damaged" in said


LEGACY_LAYER_COLUMNS = (
    # the same kind of layer with pdftotext -layout: the two columns side by side, the
    # handwritten number and day unreadable, the place's second word misread in lower case
    "SO Y TE TINH HA GIANG               C(>NG HOA XA HOI can NGHiA VI~T NAM\n"
    "BENH VIEN DA KHOA                              DQc I~p - Tl,I'do - H~nh phuc\n"
    "   S6: {;5C; IB'C-BVDK                            Ha gi«ng, ngay 4? thang (; nam 2024\n"
    "\n"
    "\n"
    "                                       BAocAo\n"
    "   V/v ket qua kham suc khoe dinh ky nam 2024\n"
    "\n"
    "Benh vien bao cao ket qua nhu sau:\n"
)


def test_a_year_no_instrument_bears_is_read_through_its_look_alike_zero() -> None:
    # a damaged date line (glued words, an unreadable day and month): '2825' is the scan's
    # 2025; '2925' has no look-alike to mend and stays as printed
    for printed, year in (("2825", 2025), ("2065", 2065), ("2925", 2925)):
        result = parse_text(
            LEGACY_LAYER_FLATTENED.replace(
                "ngayb9 thang 3 ndm 2024", f"ngayOHthangif nam {printed}"
            )
        )
        assert result.instrument.date == PartialDate(year=year)
        said = " ".join(d.message for d in result.diagnostics if d.code == "date-repaired")
        assert (f"year '{printed}' as {year}" in said) is (printed != str(year))


def test_a_legacy_ocr_layer_in_columns() -> None:
    result = parse_text(LEGACY_LAYER_COLUMNS)
    header = _header(result)
    assert header[:2] == ("BENH VIEN DA KHOA", "SO Y TE TINH HA GIANG")
    assert header[3:6] == ("Ha gi«ng", PartialDate(year=2024), "Báo cáo")
    codes = _codes(result)
    assert {"number-unreadable", "date-unreadable", "date-repaired"} <= codes
    assert "legacy-encoding" not in codes  # '«' alone makes no legacy text


def test_a_mixed_case_line_is_a_kind_only_when_its_letters_are_the_name() -> None:
    # 'BAocAo' is the kind's letters, every one; 'ThongKe' is no kind name, and a word of
    # the body in mixed case is never read as one
    header = "UBND TINH HA GIANG        CQNG HOA XA HQI CHU NGHiA VI~T NAM\n"
    for line, kind in (("BAocAo", "Báo cáo"), ("ThongKe", None), ("BAocAoX", None)):
        result = parse_text(
            header + "S6: 5/UBND-VP      Ha Giang, ngay 2 thang 3 nam 2024\n" + line
        )
        assert _header(result)[5] == kind, line


def test_the_enacting_formula_read_through_ocr_keeps_its_colon() -> None:
    # the legal bases were misread too, so the header zone reaches the formula; the
    # formula still opens its own paragraph (though OCR left a parenthesis open above it,
    # 'h(Jc' for 'học'), and the article after it is a task
    text = (
        "BENH VIEN TINH            CQNG HOA xA HQI CHU NGHiA VIET NAM\n"
        "S6: 12/QD-BV              Lang Son, ngay 5 thdng 6 nam 2024\n"
        "QUYETDJNH\n"
        "v~ vi~c thanh lap t6 cong tac\n"
        "GIAM DOC BENH VIEN TINH\n"
        "Can Ctl Quyit dinh s6 12/QD-SYT ngay 01/02/2024 cua Vi~n Khoa h(Jc,'\n"
        "\n"
        "QUYETDJNH:\n"
        "Di~u 1. Thanh lap t6 cong tac.\n"
        "Di~u 2. Phong To chuc chiu trach nhiem thi hanh./.\n"
    )
    result = parse_text(text)
    assert [task.label for task in result.instrument.body.tasks] == ["Di~u 1.", "Di~u 2."]
    assert result.instrument.printed is not None
    assert result.instrument.printed.formula == "QUYẾT ĐỊNH:"


WRAPPED_SUBJECT = """\
ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc
Số: 507/QĐ-UBND Sơn La, ngày 3 tháng 4 năm 2026
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT ĐỀ ÁN NÂNG CAO ĐỜI SỐNG VĂN HÓA TỈNH
{wrapped} GIAI ĐOẠN 2026 - 2030
"""


@pytest.mark.parametrize(
    "wrapped", ["SƠN LA", "SỐNG CỦA NHÂN DÂN", "SỔ TAY VĂN HÓA CƠ SỞ", "SỞ HỮU TRÍ TUỆ"]
)
def test_a_subject_line_opening_like_so_is_no_number_line(wrapped: str) -> None:
    # a subject wrapped before a capital word that opens with the letters of 'Số' (the
    # province's SƠN, SỐNG, SỔ, SỞ) and ends on a dashed period: the word is no 'Số:' that
    # OCR damaged, so the subject keeps it and the print is not taken for damaged
    result = parse_text(WRAPPED_SUBJECT.format(wrapped=wrapped))
    header = _header(result)
    assert header[2] == "507/QĐ-UBND"
    subject = header[6]
    assert isinstance(subject, str)
    assert subject.endswith(f"VĂN HÓA TỈNH {wrapped} GIAI ĐOẠN 2026 - 2030")
    assert not {"ocr-repaired", "printed-unreadable", "number-repeated"} & _codes(result)


@pytest.mark.parametrize(
    ("printed", "said"),
    [("Sô: 61/KH-UBND", "'Sô:'"), ("Sồ 61/KH-UBND", "'Sồ'"), ("SỐ:61/KH-UBND", None)],
)
def test_a_misread_so_before_a_number_is_still_repaired(printed: str, said: str | None) -> None:
    # the accent of 'Số' misread, with its colon or a number right after it, is the number
    # line; 'SỐ' as printed needs no repair
    result = parse_text(
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "XÃ AN PHÚ Độc lập - Tự do - Hạnh phúc\n"
        f"{printed} An Phú, ngày 8 tháng 6 năm 2026\n"
        "KẾ HOẠCH\n"
        "Tổ chức Ngày hội đọc sách năm 2026\n"
    )
    assert _header(result)[2] == "61/KH-UBND"
    repairs = [d.message for d in result.diagnostics if d.code == "ocr-repaired"]
    assert repairs == ([] if said is None else [f"{said} read as 'Số:'"])


@pytest.mark.parametrize("label", ["So:", "SO:", "Sô:"])
def test_a_misread_so_whose_number_a_gap_cut_from_its_symbol_is_joined(label: str) -> None:
    # a form's blank between the number and its slash splits the cell ("So: 565" /
    # "/TB-UBND"): the label and its colon before digits alone are the number line's
    result = parse_text(
        "UY BAN NHAN DAN             CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "TINH QUANG NGAI                   Doc lap - Tu do - Hanh phuc\n"
        f"{label} 565    /TB-UBND             Quang Ngai, ngay 15 thang 11 nam 2024\n"
        "THONG BAO\n"
        "Ket luan cua Pho Chu tich UBND tinh\n"
    )
    assert _header(result)[2] == "565/TB-UBND"
    assert result.instrument.issuer is not None
    assert fold(result.instrument.issuer.name) == "uy ban nhan dan tinh quang ngai"


def test_an_unreadable_handwritten_number_keeps_its_symbol() -> None:
    result = parse_text("SỞ NỘI VỤ\nSố: 4@' /SNV-TCBC Hà Nội, ngày 1 tháng 2 năm 2024\n")
    number = result.instrument.number
    assert number is not None
    assert number.number is None
    assert format_number(number) == "/SNV-TCBC"
    assert "number-unreadable" in _codes(result)


def test_a_handwritten_number_a_scan_garbled_puts_the_print_in_doubt() -> None:
    # the only damage said is the number's: the archive line's lost stop is the scan's
    footer = "Nơi nhận:\n- Các khoa;\n- Lưu: VT, CTSV (01)\nHIỆU TRƯỞNG\n\nLê Văn An\n"
    text = "SỞ NỘI VỤ\nSố: #44 /TB-SNV    Hà Nội, ngày 04 tháng 9 năm 2025\n\nNội dung./.\n"
    result = parse_text(f"{text}\n{footer}")
    (doubt,) = [d for d in result.diagnostics if d.code == "printed-unreadable"]
    assert "number-doubtful" in doubt.message  # "#44": the speck may be a digit OCR lost
    assert "VN-DIST-004" not in {d.code for d in check(result, today=datetime.date(2026, 1, 5))}
    read = parse_text(f"{text.replace('#44 ', '44')}\n{footer}")
    assert "printed-unreadable" not in _codes(read)
    assert "VN-DIST-004" in {d.code for d in check(read, today=datetime.date(2026, 1, 5))}


@pytest.mark.parametrize(
    ("printed", "place"),
    [
        ("Cân Thơ", "Cần Thơ"),  # a tone mark misread by OCR
        ("Ha Noi", "Hà Nội"),  # every mark lost
        ("Can ThO'", "Cần Thơ"),  # a legacy layer's horn printed as an apostrophe
        ("Hà Nội", "Hà Nội"),  # as the list spells it: nothing to say
        ("Châu Thành", "Châu Thành"),  # no province: as printed
    ],
)
def test_a_province_on_the_date_line_is_spelled_as_the_list_spells_it(
    printed: str, place: str
) -> None:
    pytest.importorskip("vietnam_provinces", reason="the akn extra (the list) is not installed")
    result = parse_text(f"SỞ NỘI VỤ\nSố: 4/SNV-VP\n{printed}, ngày 1 tháng 2 năm 2024\n")
    assert result.instrument.place == place
    assert ("place-repaired" in _codes(result)) is (printed != place)


def test_a_number_whose_slash_ocr_lost_keeps_its_dashed_symbol() -> None:
    # the handwritten number and the slash after it misread: the symbol as printed
    result = parse_text("SỞ NỘI VỤ\nSố: 4@)f ITB-SNV    Hà Nội, ngày 1 tháng 2 năm 2024\n")
    number = result.instrument.number
    assert number is not None
    assert (number.number, format_number(number)) == (None, "/ITB-SNV")
    assert "number-unreadable" in _codes(result)
    # the slash read as a letter glued to the digits
    result = parse_text("SỞ NỘI VỤ\nSố: 5~.9IQD-SNV    Hà Nội, ngày 1 tháng 2 năm 2024\n")
    number = result.instrument.number
    assert number is not None
    assert (number.number, format_number(number)) == (None, "/QD-SNV")


# -- Party headers ------------------------------------------------------------------------

CENTRAL_PARTY = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 120-QĐ/TW

ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 3 tháng 6 năm 2023

QUY ĐỊNH
VỀ CÔNG TÁC KIỂM TRA
"""


def test_central_party_header_flattened() -> None:
    result = parse_text(CENTRAL_PARTY)
    assert _header(result) == (
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        None,
        "120-QĐ/TW",
        "Hà Nội",
        PartialDate(day=3, month=6, year=2023),
        "Quy định",  # QUY ĐỊNH is not QUYẾT ĐỊNH
        "VỀ CÔNG TÁC KIỂM TRA",
    )
    assert result.instrument.regime is Regime.PARTY


def test_the_partys_name_over_a_central_body_read_before_the_banners_column() -> None:
    # a page's cells in order: the issuer column (the Party's name over the body's), then
    # the banner's column with the same words
    text = (
        "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\n*\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
        "Số 01-NQ/TW\nHà Nội, ngày 01 tháng 01 năm 2024\n"
    )
    doc = parse_text(text).instrument
    assert doc.regime is Regime.PARTY
    assert doc.issuer is not None
    assert doc.issuer.parent is not None
    assert (doc.issuer.name, doc.issuer.parent.name) == (
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
    )


def test_party_number_and_date_printed_apart_in_a_draft() -> None:
    text = "THÀNH ỦY HUẾ\nBAN TỔ CHỨC\n*\nSố\n-HD/BTCTU\nĐẢNG CỘNG SẢN VIỆT NAM\nHuế, ngày\n\ntháng 8 năm 2025\nHƯỚNG DẪN\nThực hiện quy trình\n"
    result = parse_text(text)
    assert _header(result) == (
        "BAN TỔ CHỨC",
        "THÀNH ỦY HUẾ",
        "-HD/BTCTU",
        "Huế",
        PartialDate(month=8, year=2025),
        "Hướng dẫn",
        "Thực hiện quy trình",
    )
    assert {"number-joined", "date-joined"} <= _codes(result)


# -- signature blocks and footers ---------------------------------------------------------

FOOTER_SIGNATURE_BEFORE_LIST = """\
SỞ TƯ PHÁP
Số: 7/STP-VP
Hà Nội, ngày 1 tháng 2 năm 2024
V/v phổ biến pháp luật

Kính gửi: Các phòng

Đề nghị các phòng thực hiện./.

Nơi nhận:
K/T GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký, đóng dấu)
- Như trên, - Lưu VP,
- Ban Giám đốc (để báo
cáo),
- Các phòng chuyên môn
thuộc Sở,

Trần Văn Bình
"""


def test_footer_party_spelling_items_joined_and_wrapped() -> None:
    doc = parse_text(FOOTER_SIGNATURE_BEFORE_LIST).instrument
    (block,) = doc.signatures
    assert [a.mark for a in block.authorities] == [SigningMark.KT]
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", "Trần Văn Bình")
    assert [(r.name, r.purpose) for r in doc.distribution] == [
        ("Như trên", None),
        ("Ban Giám đốc", "để báo cáo"),
        ("Các phòng chuyên môn thuộc Sở", None),
    ]
    assert doc.archive is not None
    assert doc.archive.units == ("VP",)


OCR_FOOTER = """\
Nơi nhận: KT. CHỦ TỊCH
- Như trên; ÀN_ÿ,
- TT Tỉnh ủy; TT HĐND tỉnh;
- CT, PCT UBND tỉnh; SA ỀN PHÓ CHỦ TỊCH
- Sở Tài chính; z\\ sử ;)
- Lưu: VT, TH (Vi16). \\&@ vữa: ?/ 1
Lê Văn Năm
"""


def test_ocr_footer_with_the_signature_column_joined_and_seal_noise() -> None:
    doc = parse_text("SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\n" + OCR_FOOTER).instrument
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "TT Tỉnh ủy; TT HĐND tỉnh",
        "CT, PCT UBND tỉnh",
        "Sở Tài chính",
    ]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TH (Vi16)")
    (block,) = doc.signatures
    assert [a.mark for a in block.authorities] == [SigningMark.KT]
    assert (block.title, block.name) == ("PHÓ CHỦ TỊCH", "Lê Văn Năm")


@pytest.mark.parametrize("heading", ["Với nhận:", "Mới nhận:"])
def test_unmarked_items_and_misread_heading(heading: str) -> None:
    text = (
        f"SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\n{heading}\nBan Giám đốc;\n"
        "Các phòng (để t/h);\n- Luu: VT, TCCB.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert [(r.name, r.purpose) for r in doc.distribution] == [
        ("Ban Giám đốc", None),
        ("Các phòng", "để t/h"),
    ]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TCCB")
    assert "ocr-repaired" in _codes(result)


@pytest.mark.parametrize(
    "heading",
    [
        "(Nơi nhận:",
        "Noi nhan:",
        "Nơi nhân:",
        "Nơi nhậu:",
        "N0i nhận:",
        "Nơinhận:",
        "**Nơi nhận:**",
    ],
)
def test_body_and_footer_agree_where_the_footer_starts(heading: str) -> None:
    # the heading as OCR, a crawl or a parenthesis left it ends the body and opens the list
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV-VP\nHà Nam, ngày 3 tháng 4 năm 2024\nV/v góp ý\n"
        "Kính gửi: Các phòng\n\nĐề nghị các phòng thực hiện./.\n\n"
        f"{heading}\n- Như trên;\n- Lưu: VT, TH.\nGIÁM ĐỐC\n\nLê Thị Mai\n"
    )
    doc = parse_text(text).instrument
    body = doc.body.preamble + doc.body.background + doc.body.tasks + doc.body.closing
    assert [part.text for part in body] == ["Đề nghị các phòng thực hiện./."]
    assert [r.name for r in doc.distribution] == ["Như trên"]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TH")
    (block,) = doc.signatures
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Lê Thị Mai")


@pytest.mark.parametrize(
    ("line", "units", "copies", "initials"),
    [
        ("- Lưu: VT, TXNK (30b).", ("VT", "TXNK"), 30, None),
        ("- Lưu VT ( H1.25 )", ("VT",), None, None),
        ("- Lưu: VT, KGVX(bnt).", ("VT", "KGVX(bnt)"), None, None),
        # the copies kept written apart from the unit without "b" (the Government's print)
        ("- Lưu: VT, KTTH (02).", ("VT", "KTTH"), 2, None),
        # the drafter's mark is written against its initials: not a unit, no copies kept
        ("- Lưu: VT, VP, NVA.(30).", ("VT", "VP"), None, "NVA"),
        ("- Lưu: VT, TCCB, NVA(10).", ("VT", "TCCB"), None, "NVA"),
        # right after VT, the same shape is the drafting unit and its copies: the drafter's
        # mark follows the unit
        ("- Lưu: VT, TT(03)", ("VT", "TT"), 3, None),
        ("- Lưu: VT, CN(2). nmh", ("VT", "CN"), 2, None),
        # the copies kept, then the drafter's initials
        ("- Lưu: VT, CĐS (2).LHQ", ("VT", "CĐS"), 2, "LHQ"),
        ("- Lưu: Văn thư, NN (2) Tuynh", ("Văn thư", "NN"), 2, "Tuynh"),
        # the drafter's initial and given name, against the copies (its initial a mark's)
        ("- Lưu: VT, KHTC (3b)Q.Hương.", ("VT", "KHTC"), 3, "Q.Hương"),
        # the unit glued to VT by a full stop, a code of the file between them
        ("- Lưu: VT.KT13/11.", ("VT", "KT13/11"), None, None),
        ("- Lưu: VT (TC04/10).KT14/11.", ("VT", "(TC04/10)", "KT14/11"), None, None),
        # or by a hyphen (a university's 'Lưu: VT-TCHC.', a registry and its drafting unit)
        ("- Lưu: VT-TCHC.", ("VT", "TCHC"), None, None),
        ("- Lưu: VT, V.I.", ("VT", "V.I"), None, None),
        # the drafter's mark after the line's stop, with its copies or not; a signing mark
        # there is the signature column's
        ("- Lưu: VT, QLDN. H(4)", ("VT", "QLDN"), None, "H"),
        ("- Lưu VT, NN (03). Hg.", ("VT", "NN"), 3, "Hg"),
        # the drafter's name after the stop with the copies kept against it
        ("- Lưu VT, GDPT. Hiển (3b).", ("VT", "GDPT"), 3, "Hiển"),
        ("- Lưu: VT, KT. Lan (02 bản)", ("VT", "KT"), 2, "Lan"),
        ("- Lưu: VT, TH. KT.", ("VT", "TH"), None, None),
        # a scan's colons and dashes at the units' edges, the copies before them
        ("- Lưu:-VT,:ĐT (02b).:", ("VT", "ĐT"), 2, None),
    ],
)
def test_archive_line_copy_count_and_file_code(
    line: str, units: tuple[str, ...], copies: int | None, initials: str | None
) -> None:
    result = parse_text(f"SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n{line}\n")
    archive = result.instrument.archive
    assert archive is not None
    assert (archive.units, archive.copies) == (units, copies)
    drafter = result.instrument.drafter
    assert (drafter.initials if drafter is not None else None) == initials
    assert ("archive-file-code" in _codes(result)) == ("H1.25" in line)


def _signed(footer: str, signer: str = "GIÁM ĐỐC\n\nNguyễn Thị Hoa") -> str:
    """A decision of one article whose footer is ``footer`` (Nơi nhận), signed below it."""
    return f"SỞ NỘI VỤ\nSố: 1/QĐ-SNV\n\nĐiều 1. Nội dung./.\n\n{footer}\n{signer}\n"


def test_a_seal_speck_over_the_list_is_no_part_of_the_signers_name() -> None:
    # OCR of a scan: the signature column read into the list's lines, a one-letter speck
    # of the seal after one item, the name after the next; no surname is one letter
    text = (
        "SỞ NỘI VỤ\nSố: 1/QĐ-SNV\n\nĐiều 1. Nội dung./.\n\n"
        "Nơi nhận:                 KT. GIÁM ĐỐC\n- Như trên;                PHÓ GIÁM ĐỐC\n"
        "- Sở Tài chính; À\n- Sở Xây dựng; Trần Văn An\n- Lưu: VT.\n"
    )
    result = parse_text(text)
    (block,) = result.instrument.signatures
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", "Trần Văn An")
    assert any(d.code == "line-skipped" and "'À'" in d.message for d in result.diagnostics)


def test_a_list_dash_read_as_a_quotation_mark() -> None:
    # OCR of a scan read one item's dash as an opening quotation mark; its neighbours keep
    # theirs, so the mark is the list's dash (said as a repair)
    result = parse_text(
        _signed("Nơi nhận:\n- Như trên;\n“ Các phòng thuộc Sở (để t/h);\n- Lưu: VT, TC.\n")
    )
    names = [r.name for r in result.instrument.distribution]
    assert names == ["Như trên", "Các phòng thuộc Sở"]
    assert any(d.code == "ocr-repaired" and "dash" in d.message for d in result.diagnostics)
    # a quotation in a list with no dash is left as printed
    result = parse_text(_signed("Nơi nhận:\n“ Như trên ”;\nLưu: VT, TC.\n"))
    assert not any(d.code == "ocr-repaired" for d in result.diagnostics)


def test_seal_specks_before_a_mark_line_are_not_its_title() -> None:
    # OCR of a scan: strokes of the seal read as a few characters before the second mark
    text = _signed(
        "Nơi nhận: TL. CHỦ TỊCH\nˆ _i Lên, ' KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n"
        "- Như trên;\n- Lưu: VT.\n",
        signer="Lê Văn An",
    )
    result = parse_text(text)
    (block,) = result.instrument.signatures
    assert [a.mark.value for a in block.authorities] == ["TL", "KT"]
    assert (block.title, block.name) == ("PHÓ CHÁNH VĂN PHÒNG", "Lê Văn An")
    assert any(d.code == "line-skipped" and "Lên" in d.message for d in result.diagnostics)


def test_a_seal_speck_taken_for_a_bullet_is_no_item() -> None:
    # a PDF's OCR layer read in columns: the seal beside the list gives a middle dot
    # (a bullet) and specks with no word in them
    # (the signer's name is not in the layer: the specks are not taken for it either)
    result = parse_text(
        _signed(
            "Nơi nhận:\n- Như điều 3;                · \ufffd £)A I\n- HĐT;\n- Lưu: VT, TC.\n",
            signer="HIỆU TRƯỞNG",
        )
    )
    assert [r.name for r in result.instrument.distribution] == ["Như điều 3", "HĐT"]
    (block,) = result.instrument.signatures
    assert (block.title, block.name) == ("HIỆU TRƯỞNG", None)


def test_a_wrapped_first_item_of_nơi_nhận_is_joined() -> None:
    # The first item has no item before it to say how items end: in a dashed list, a line
    # without a dash that ends as an item ends goes on with it, as does one after an open
    # parenthesis (typed from the shapes of real crawls: "- Như" / "Điều 3;").
    text = _signed(
        "Nơi nhận:\n- Như\nĐiều 3;\n- Công ty TNHH Minh Long (số 12\nđường Lê Lợi, phường 7);\n"
        "- UBND tỉnh;\n- Lưu: VT.\n"
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == [
        "Như Điều 3",
        "Công ty TNHH Minh Long (số 12 đường Lê Lợi, phường 7)",
        "UBND tỉnh",
    ]
    assert doc.printed is not None
    assert doc.printed.distribution[0] == "- Như Điều 3;"


def test_an_item_wrapped_inside_its_address_after_an_abbreviation() -> None:
    # "TP." ends the first line inside the item's open parenthesis (a stray ")" before it):
    # the item goes on to its ";" on the next line
    text = _signed(
        "Nơi nhận:\nCông ty Cổ phần Minh Long) (số 12 Lê Lợi, phường 7, TP.\nHồ Chí Minh);\n"
        "- UBND tỉnh.\n- Lưu: VT.\n"
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == [
        "Công ty Cổ phần Minh Long) (số 12 Lê Lợi, phường 7, TP. Hồ Chí Minh)",
        "UBND tỉnh",
    ]


def test_items_cut_at_a_pages_links_are_joined() -> None:
    # an HTML page puts each link on a line of its own: in a dashed list whose items end
    # with ";", a line without a dash goes on with the item above, capital or not
    text = _signed(
        "Nơi nhận:\n- Các Phó Thủ tướng Chính phủ;\n- Ban\nChỉ đạo\nTrung ương về phòng, chống"
        " tham\nnhũng\n, tiêu cực;\n-\nHĐND\n, UBND các tỉnh;\n- Lưu: VT, KTTH.\n"
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == [
        "Các Phó Thủ tướng Chính phủ",
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực",
        "HĐND, UBND các tỉnh",
    ]


def test_an_items_dash_left_alone_by_a_link_opens_the_lines_below() -> None:
    # the first item's dash alone on its line, its words cut at each link (before any item
    # has ended), and a later one cut the same way: each line goes on with its dash's item
    text = _signed(
        "Nơi nhận:\n- \nThủ tướng\n\u00a0Chính phủ\n, các Phó Thủ tướng Chính phủ;\n"
        "- Ban Dân tộc;\n-\nVăn phòng\nChủ tịch nước;\n- Lưu: VT, KTTH.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert [r.name for r in doc.distribution] == [
        "Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ",
        "Ban Dân tộc",
        "Văn phòng Chủ tịch nước",
    ]
    assert doc.printed is not None
    assert doc.printed.distribution[0] == "- Thủ tướng Chính phủ, các Phó Thủ tướng Chính phủ;"
    assert doc.printed.distribution[2] == "- Văn phòng Chủ tịch nước;"
    assert "line-skipped" not in _codes(result)


def test_an_item_ending_with_a_full_stop_is_not_continued() -> None:
    # without an open parenthesis, a full stop ends the item: the next line is another
    text = _signed("Nơi nhận:\n- UBND tỉnh.\nSở Tài chính;\n- Lưu: VT.\n")
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["UBND tỉnh", "Sở Tài chính"]


def test_a_form_after_a_blank_archive_line_is_an_attachment() -> None:
    # a form's Nơi nhận ends with its Lưu line left blank for the user ("- Lưu:....."),
    # the representative's block, then the next form's own banner: the list ended there
    text = (
        "SỞ NỘI VỤ\nSố: 1/QĐ-SNV\n\nĐiều 1. Nội dung./.\n\nNơi nhận:\n- Như trên;\n"
        "- Các cơ quan liên quan khác;\n- Lưu:.....\nĐẠI DIỆN CƠ QUAN\n"
        "(Ký, ghi rõ họ tên, chức vụ và đóng dấu)\nTÊN CƠ QUAN\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "BÁO CÁO\nI. THÔNG TIN CHUNG DỰ ÁN\n1. Tên dự án:\n- Tổng mức vốn đầu tư: Theo đồng.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "Các cơ quan liên quan khác"]
    assert doc.printed is not None
    assert doc.printed.archive == "- Lưu:....."
    assert "attachment-skipped" in _codes(result)


def test_an_undashed_list_keeps_its_items_apart() -> None:
    # Without dashes nothing says a line wraps: each line ending as an item is one.
    text = _signed("Nơi nhận:\nNhư trên\nSở Tài chính;\nLưu: VT.\n")
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "Sở Tài chính"]


def test_attached_document_and_receipt_slip_after_the_signature() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 1/QĐ-SNV\n\nĐiều 1. Nội dung./.\n\nNơi nhận:\n- Như Điều 1;\n"
        "- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Thị Hoa\n\n"
        "Quyết định đã giao trực tiếp cho người nhận vào hồi ... giờ ... phút, ngày ......\n"
        "NGƯỜI NHẬN QUYẾT ĐỊNH\n(Ký, ghi rõ họ và tên)\n"
    )
    result = parse_text(text)
    (block,) = result.instrument.signatures
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Nguyễn Thị Hoa")
    assert "attachment-skipped" in _codes(result)


# -- other forms ------------------------------------------------------------------------------


def test_received_copy_with_an_incoming_stamp_before_the_body() -> None:
    text = (
        "UBND TỈNH BẮC GIANG\nSỞ NỘI VỤ\nSố: 3/SNV-VP\nBắc Giang, ngày 2 tháng 2 năm 2024\n"
        "V/v cử cán bộ\nVĂN PHÒNG UBND TỈNH\nĐẾN Số: 512\nNgày: 05/02/2024\n\n"
        "Kính gửi: Văn phòng UBND tỉnh\n"
    )
    stamp = parse_text(text).instrument.incoming
    assert stamp is not None
    assert (stamp.receiver, stamp.number) == ("VĂN PHÒNG UBND TỈNH", 512)
    assert stamp.date == PartialDate(day=5, month=2, year=2024)


def test_a_web_pages_typographic_dash_in_a_symbol_is_its_hyphen() -> None:
    text = (
        "BỘ TÀI CHÍNH\nSố: 45/2025/TT–BTC\nTHÔNG TƯ\nHướng dẫn quản lý\n"
        "Căn cứ Quyết định số 12/2024/QĐ–UBND ngày 03/4/2024 của Ủy ban nhân dân tỉnh;\n"
        "Điều 1. Giao Cục Tin học thực hiện.\n"
    )
    result = parse_text(text)
    assert _header(result)[2] == "45/2025/TT-BTC"
    assert [
        format_number(site.citation.number) for site in result.citations if site.citation.number
    ] == ["12/2024/QĐ-UBND"]


def test_kinh_gui_entries_a_crawl_ran_onto_its_line() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 12/SNV-VP\nV/v góp ý\n*Kính gửi:* - Các phòng thuộc Sở; - Văn phòng Sở."
        "\n\nSở Nội vụ đề nghị các đơn vị góp ý./.\n"
    )
    doc = parse_text(text).instrument
    assert [a.name for a in doc.addressees] == ["Các phòng thuộc Sở", "Văn phòng Sở"]
    (task,) = doc.body.tasks + doc.body.closing
    assert task.text == "Sở Nội vụ đề nghị các đơn vị góp ý./."


def test_cong_dien_recipients_after_dien() -> None:
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/CĐ-TTg\n"
        "Hà Nội, ngày 6 tháng 9 năm 2024\nCÔNG ĐIỆN\nVề việc ứng phó bão\n"
        "THỦ TƯỚNG CHÍNH PHỦ điện:\n- Bộ trưởng Bộ Quốc phòng;\n- Chủ tịch UBND các tỉnh.\n\n"
        "1. Các bộ theo dõi chặt chẽ diễn biến của bão.\n"
    )
    doc = parse_text(text).instrument
    assert doc.kind == KINDS.get("cong-dien")
    assert [a.name for a in doc.addressees] == ["Bộ trưởng Bộ Quốc phòng", "Chủ tịch UBND các tỉnh"]


def test_cong_dien_recipients_after_dien_cut_from_its_sender() -> None:
    # a page's narrow cell put the sender on a line of its own above "điện:": the
    # recipients were lost, and "Như trên" in the list then had none to refer to
    text = (
        "BỘ TÀI CHÍNH\nCỤC THUẾ\nSố: 12/CĐ-CT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Hà Nội, ngày 01 tháng 7 năm 2025\nCÔNG ĐIỆN\nVỀ TRIỂN KHAI NGHỊ ĐỊNH SỐ 175/2025/NĐ-CP\n"
        "CỤC TRƯỞNG CỤC THUẾ\nđiện:\n- Đồng chí Trưởng Thuế tỉnh, thành phố.\n"
        "1. Tuyên truyền, phổ biến Nghị định tới người nộp thuế.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, CS.\nCỤC TRƯỞNG\n\nMai Xuân Thành\n"
    )
    result = parse_text(text)
    assert [a.name for a in result.instrument.addressees] == [
        "Đồng chí Trưởng Thuế tỉnh, thành phố"
    ]
    assert "VN-RCPT-002" not in {d.code for d in check(result, today=datetime.date(2026, 1, 5))}
    # "điện:" under a line of running text is no recipients' line
    prose = parse_text(text.replace("CỤC TRƯỞNG CỤC THUẾ\n", "Cục trưởng Cục Thuế đã\n"))
    assert prose.instrument.addressees == ()


def test_a_recipients_line_left_in_the_body_is_said_unread() -> None:
    # a header read in the wrong place (a web page's title above it) leaves the công
    # điện's recipients line among the body's first paragraphs: unread, not absent
    opening = [
        Block("Ngày 30/6/2025, Chính phủ đã ban hành Nghị định số 175/2025/NĐ-CP.", [0], [20]),
        Block("CỤC TRƯỞNG CỤC THUẾ điện:", [0], [21]),
    ]
    diagnostics = Diagnostics()
    _say_unaddressed([], opening, None, diagnostics)
    assert [(d.code, d.line) for d in diagnostics.freeze()] == [("addressees-unreadable", 21)]
    diagnostics = Diagnostics()
    _say_unaddressed([], opening[:1], None, diagnostics)
    assert diagnostics.freeze() == ()
    # a web page's own notice in the body addresses its readers, not the instrument's
    notice = [Block("Kính gửi: Quý Thành viên,", [0], [145])]
    diagnostics = Diagnostics()
    _say_unaddressed([], notice, None, diagnostics)
    assert diagnostics.freeze() == ()


_DIEN = (
    "THỦ TƯỚNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/CĐ-TTg\n"
    "Hà Nội, ngày 6 tháng 9 năm 2024\nCÔNG ĐIỆN\nVề việc ứng phó bão\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n{entries}\n"
)


def test_cong_dien_entries_each_ending_with_a_stop() -> None:
    # each entry closed by a stop, the second wrapped over lines of its own
    entries = (
        "- Bộ trưởng các Bộ: Quốc phòng, Công an.\n"
        "- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố\nven biển: Nam Định, Thái Bình.\n"
        "\n1. Các bộ theo dõi chặt chẽ diễn biến của bão."
    )
    doc = parse_text(_DIEN.format(entries=entries)).instrument
    assert [a.name for a in doc.addressees] == [
        "Bộ trưởng các Bộ: Quốc phòng, Công an",
        "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển: Nam Định, Thái Bình",
    ]
    # a dashed body line after an entry ending with a stop names no actor: the list ended
    entries = "- Bộ trưởng Bộ Quốc phòng.\n- Tăng cường trực ban, theo dõi chặt chẽ diễn biến."
    doc = parse_text(_DIEN.format(entries=entries)).instrument
    assert [a.name for a in doc.addressees] == ["Bộ trưởng Bộ Quốc phòng"]


@pytest.mark.parametrize(
    ("office", "issuer"),
    [
        # a narrow cell breaks an office from the body it is held in: one issuer
        ("THỦ TƯỚNG\nCHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ"),
        # a unit that is no name alone, over the body it belongs to
        ("VĂN PHÒNG\nCHÍNH PHỦ", "VĂN PHÒNG CHÍNH PHỦ"),
        ("**VĂN PHÒNG\nCHÍNH PHỦ**\n--------", "VĂN PHÒNG CHÍNH PHỦ"),
        # a body of its own under a line that names none: that line is a page's furniture
        ("VĂN BẢN PHÁP LUẬT\nBỘ TÀI CHÍNH", "BỘ TÀI CHÍNH"),
    ],
)
def test_an_office_printed_over_its_body(office: str, issuer: str) -> None:
    text = (
        f"{office}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 12/QĐ-TTg\nHà Nội, ngày 2 tháng 3 năm 2025\nQUYẾT ĐỊNH\nVề việc phê duyệt đề án\n"
    )
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == (issuer, None)


def test_an_office_under_its_parent_stays_the_issuer() -> None:
    # the same unit as the last line of the block: the body above is its parent
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nVĂN PHÒNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 12/VP-TH\nQuảng Ngãi, ngày 2 tháng 3 năm 2025\nV/v họp\n"
    )
    issuer = parse_text(text).instrument.issuer
    assert issuer is not None
    assert issuer.parent is not None
    assert (issuer.name, issuer.parent.name) == ("VĂN PHÒNG", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI")


def test_draft_with_blank_number_and_day() -> None:
    text = "SỞ Y TẾ\nSố:      /QĐ-SYT\nĐà Lạt, ngày     tháng 9 năm 2025\nDỰ THẢO\nQUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n"
    header = _header(parse_text(text))
    assert header[2:6] == ("/QĐ-SYT", "Đà Lạt", PartialDate(month=9, year=2025), "Quyết định")


def test_title_and_subject_on_one_line_and_the_issuer_named_by_the_authority_line() -> None:
    text = (
        "# QUYẾT ĐỊNH BAN HÀNH QUY CHẾ LÀM VIỆC\n\n"
        "## HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC MỞ\n\nCăn cứ Luật Giáo dục đại học;\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert (doc.kind, doc.subject) == (KINDS.get("quyet-dinh"), "BAN HÀNH QUY CHẾ LÀM VIỆC")
    assert doc.issuer is not None
    assert doc.issuer.name == "TRƯỜNG ĐẠI HỌC MỞ"
    assert "issuer-from-authority" in _codes(result)


def test_news_report_under_site_front_matter() -> None:
    text = (
        '---json\n{\n  "title": "Hướng dẫn tuyên truyền",\n  "date": "2024-01-02T04:00:00Z"\n}\n'
        "---\n<p><strong>Ban Tuyên giáo Tỉnh ủy Hà Nam vừa có văn bản hướng dẫn tuyên truyền"
        " kỷ niệm ngày thành lập Đảng.</strong></p>\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.is_reported
    assert doc.regime is Regime.PARTY
    assert doc.kind == KINDS.get("huong-dan")
    assert doc.issuer is not None
    assert doc.issuer.name == "Ban Tuyên giáo Tỉnh ủy Hà Nam"
    assert doc.subject == "tuyên truyền kỷ niệm ngày thành lập Đảng"
    assert "front-matter-removed" in _codes(result)


@pytest.mark.parametrize(
    ("lead", "issuer", "number", "date"),
    [
        (
            "Thanh Hóa đẩy mạnh chuyển đổi số\n(Baothanhhoa.vn) - UBND tỉnh Thanh Hóa vừa ban"
            " hành Công văn số 1234/UBND-KGVX ngày 14/8/2024 về việc đẩy mạnh chuyển đổi số.",
            "UBND tỉnh Thanh Hóa",
            "1234/UBND-KGVX",
            PartialDate(day=14, month=8, year=2024),
        ),
        (
            "Ngày 14 tháng 8 năm 2024, UBND tỉnh Thanh Hóa đã ký ban hành Quyết định số"
            " 123/QĐ-UBND về việc phê duyệt kế hoạch chuyển đổi số.",
            "UBND tỉnh Thanh Hóa",
            "123/QĐ-UBND",
            PartialDate(day=14, month=8, year=2024),
        ),
        (
            "Ngày 14/8/2024, Sở Nội vụ ban hành Kế hoạch số 12/KH-SNV về cải cách hành chính.",
            "Sở Nội vụ",
            "12/KH-SNV",
            PartialDate(day=14, month=8, year=2024),
        ),
    ],
)
def test_news_leads_the_source_before_the_issuer_and_the_date_first(
    lead: str, issuer: str, number: str, date: PartialDate
) -> None:
    body = "\n\nTheo đó, các sở, ngành tăng cường rà soát hồ sơ.\n"
    doc = parse_text(lead + body).instrument
    assert doc.is_reported
    assert doc.issuer is not None
    assert (doc.issuer.name, format_number(doc.number) if doc.number else None, doc.date) == (
        issuer,
        number,
        date,
    )


@pytest.mark.parametrize(
    "page_date",
    ["Thứ Tư, ngày 07 tháng 8 năm 2024", "Hà Nội, ngày 14 tháng 8 năm 2024 | Lượt xem: 120"],
)
def test_a_web_pages_date_above_the_header_is_not_the_documents(page_date: str) -> None:
    text = (
        f"Trang chủ\n{page_date}\n\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 12/KH-UBND\nHà Nam, ngày 07 tháng 8 năm 2024\n"
        "KẾ HOẠCH\nTriển khai chuyển đổi số\n"
    )
    assert _header(parse_text(text)) == (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM",
        None,
        "12/KH-UBND",
        "Hà Nam",
        PartialDate(day=7, month=8, year=2024),
        "Kế hoạch",
        "Triển khai chuyển đổi số",
    )


_PORTAL_PAGE_DOCUMENT = """\
ỦY BAN NHÂN DÂN
TỈNH NINH BÌNH
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 1520/QĐ-UBND
Ninh Bình, ngày 07 tháng 8 năm 2024
QUYẾT ĐỊNH
VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Phê duyệt kế hoạch.
"""


@pytest.mark.parametrize(
    "above",
    [
        "",
        # the page's title in capitals: a kind name with the number
        "QUYẾT ĐỊNH 1520/QĐ-UBND NĂM 2024 PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ TỈNH NINH BÌNH\n",
        # the portal's record as field lines, a few only
        "Số hiệu: 1520/QĐ-UBND\nLoại văn bản: Quyết định\nNơi ban hành: Tỉnh Ninh Bình\n"
        "Ngày ban hành: 07/08/2024\n",
    ],
)
def test_a_portal_page_title_and_record_and_the_enacting_authority(above: str) -> None:
    # the authority line under the subject is no part of it
    assert _header(parse_text(above + _PORTAL_PAGE_DOCUMENT)) == (
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        None,
        "1520/QĐ-UBND",
        "Ninh Bình",
        PartialDate(day=7, month=8, year=2024),
        "Quyết định",
        "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ",
    )


def test_a_subject_line_that_stops_on_cua_goes_on_with_the_body_it_names() -> None:
    text = _PORTAL_PAGE_DOCUMENT.replace(
        "VỀ VIỆC PHÊ DUYỆT KẾ HOẠCH CHUYỂN ĐỔI SỐ\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
        "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA\nỦY BAN NHÂN DÂN TỈNH NINH BÌNH",
    )
    assert parse_text(text).instrument.subject == (
        "QUY ĐỊNH CHỨC NĂNG, NHIỆM VỤ CỦA ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"
    )


# -- no silent loss -------------------------------------------------------------------------


def test_each_missing_component_is_said_with_the_lines_where_the_reader_looked() -> None:
    result = parse_text("SỞ NỘI VỤ\n\nĐề nghị các phòng thực hiện tốt công tác./.\n")
    by_code = {d.code: d for d in result.diagnostics}
    for code in ("kind-missing", "number-missing", "date-missing", "subject-missing"):
        assert by_code[code].line == 1, code
        assert "lines 1-1" in by_code[code].message
    assert "signature-missing" in by_code


_LETTER = (
    "SỞ NỘI VỤ\nSố: 1/SNV-VP\nHà Nội, ngày 1 tháng 2 năm 2024\nV/v báo cáo\n\n"
    "Kính gửi: Các phòng\n\nĐề nghị các phòng thực hiện./.\n\n"
)


@pytest.mark.parametrize(
    ("signature", "marks", "title"),
    [
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)", [SigningMark.KT], "PHÓ GIÁM ĐỐC"),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n[Ký và đóng dấu]", [SigningMark.KT], "PHÓ GIÁM ĐỐC"),
        ("T/M. BAN THƯỜNG VỤ\nBÍ THƯ\n(Đã ký, đóng dấu)", [SigningMark.TM], "BÍ THƯ"),
        (
            "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            [SigningMark.TM, SigningMark.KT],
            "PHÓ CHỦ TỊCH",
        ),
        # the body's office above the signer's own: the title is the line above the name
        ("TRƯỞNG BAN\nPHÓ THỦ TƯỚNG", [], "PHÓ THỦ TƯỚNG"),
        # a title wrapped over two lines is one title
        (
            "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\nPHỤ TRÁCH",
            [SigningMark.KT],
            "PHÓ CHÁNH VĂN PHÒNG PHỤ TRÁCH",
        ),
    ],
)
def test_signature_blocks(signature: str, marks: list[SigningMark], title: str) -> None:
    text = f"{_LETTER}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n{signature}\nLê Văn An\n"
    (block,) = parse_text(text).instrument.signatures
    assert [a.mark for a in block.authorities] == marks
    assert (block.title, block.name) == (title, "Lê Văn An")


@pytest.mark.parametrize(
    "items",
    [
        "1. Như trên;\n2. UBND tỉnh (để b/c);\n3. Lưu: VT, VP.",  # numbered, not dashed
        "_- Như trên;_\n_- UBND tỉnh (để b/c);_\n_- Lưu: VT, VP._",  # each item in italics
    ],
)
def test_distribution_items_numbered_or_in_italics(items: str) -> None:
    text = f"SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n{items}\nGIÁM ĐỐC\n\nLê Văn An\n"
    doc = parse_text(text).instrument
    assert [(r.name, r.purpose) for r in doc.distribution] == [
        ("Như trên", None),
        ("UBND tỉnh", "để b/c"),
    ]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "VP")


def _distribution(items: str) -> list[tuple[str, str | None]]:
    text = f"SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n{items}\nGIÁM ĐỐC\n\nLê Văn An\n"
    return [(r.name, r.purpose) for r in parse_text(text).instrument.distribution]


def test_a_purpose_printed_after_the_items_end() -> None:
    # the purpose's verb alone in parentheses, after the item's semicolon
    items = "- UBND tỉnh; (Báo cáo)\n- Sở Tài chính (phối hợp);\n- Như trên;\n- Lưu: VT."
    assert _distribution(items) == [
        ("UBND tỉnh", "Báo cáo"),
        ("Sở Tài chính", "phối hợp"),
        ("Như trên", None),
    ]


def test_recipients_under_one_dash_wrap_onto_the_next_line() -> None:
    # one dash, two recipients after its semicolon, the line wrapped before the item ends
    items = (
        "- Báo tỉnh; Đài phát thanh và truyền hình tỉnh; Trang thông tin điện tử của\n"
        "Sở;\n- Lưu: VT, VP."
    )
    assert _distribution(items) == [
        ("Báo tỉnh; Đài phát thanh và truyền hình tỉnh; Trang thông tin điện tử của Sở", None)
    ]
    # the signature column OCR ran onto the item is still cut off it
    assert _distribution("- Như trên; PHÓ GIÁM ĐỐC\n- Lưu: VT.") == [("Như trên", None)]


def test_a_party_archive_line_without_units_is_no_recipient() -> None:
    assert _distribution("- Thường trực Huyện ủy,\n- Các chi bộ,\n- Lưu.") == [
        ("Thường trực Huyện ủy", None),
        ("Các chi bộ", None),
    ]


def test_an_annex_tied_by_a_dashed_line_after_the_signature_is_no_recipient() -> None:
    # a crawl's italic '* (Ban hành kèm theo ...)' under the annex title reads as a dash
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "GIÁM ĐỐC\n\nLê Văn An\n\nBẢNG ĐIỂM CHẤM\n"
        "- (Ban hành kèm theo Công văn số 1/SNV của Sở Nội vụ)\nTiêu chí 1\n"
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["Như trên"]


@pytest.mark.parametrize(
    "tie",
    [
        "(Ban hành kèm theo Công văn số 1/SNV của Sở Nội vụ)",
        "(KÈM THEO CÔNG VĂN SỐ 1/SNV)",  # in capitals
        "(Kem theo Cong van so 1/SNV)",  # the accents lost by a legacy layer
        "(Ban hành",  # the line cut after its first words
    ],
)
def test_the_footer_and_the_grammar_read_the_same_tie_lines(tie: str) -> None:
    # the annex under the signature is cut off the distribution by the line tying it,
    # whichever of the grammar's spellings it prints; the grammar reads each one too
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        f"GIÁM ĐỐC\n\nLê Văn An\n\nBẢNG ĐIỂM CHẤM\n{tie}\nTiêu chí 1\n"
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["Như trên"]
    assert ATTACHED_TO.match(tie) is not None


@pytest.mark.parametrize(
    ("lines", "name"),
    [
        ("- Lưu: VT, TH. Lê Văn An", "Lê Văn An"),  # the name OCR joined to the archive line
        ("- Lưu: VT, TH.\n\nTS. Lê Văn An", "TS. Lê Văn An"),  # a degree before the name
        ("- Lưu: VT, TH.\n\nThượng tá Lê Văn An", "Thượng tá Lê Văn An"),  # a rank
        ("- Lưu: VT, TH.\n\nPGS.TS Lê Văn An", "PGS.TS Lê Văn An"),  # no dot after the last
        ("- Lưu: VT, TH.\n\nThS Lê Thị Hà", "ThS Lê Thị Hà"),
        ("- Lưu: VT, TH.\n\nTSKH. Lê Văn An", "TSKH. Lê Văn An"),  # a degree the checker flags
    ],
)
def test_the_signers_name_after_the_archive_or_a_degree(lines: str, name: str) -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 12/SNV-VP\n\nSở Nội vụ đề nghị các đơn vị góp ý./.\n\n"
        f"Nơi nhận: KT. GIÁM ĐỐC\n- Như trên; PHÓ GIÁM ĐỐC\n{lines}\n"
    )
    doc = parse_text(text).instrument
    (block,) = doc.signatures
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", name)
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TH")


def test_signature_table_rendered_before_the_distribution_list() -> None:
    text = f"{_LETTER}KT. GIÁM ĐỐC\tNơi nhận:\nPHÓ GIÁM ĐỐC\t- Như trên;\nLê Văn An\t- Lưu: VT.\n"
    doc = parse_text(text).instrument
    (block,) = doc.signatures
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", "Lê Văn An")
    assert [r.name for r in doc.distribution] == ["Như trên"]


def test_an_annex_table_after_the_signature_is_not_a_signature() -> None:
    text = (
        f"{_LETTER}Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\nLê Văn An\n\n"
        "STT\tNỘI DUNG\tĐƠN VỊ THỰC HIỆN\nI\tTUYÊN TRUYỀN\tVĂN PHÒNG\nII\tKIỂM TRA\tTHANH TRA\n"
    )
    result = parse_text(text)
    (block,) = result.instrument.signatures
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Lê Văn An")
    assert "attachment-skipped" in _codes(result)


def test_stamp_fields_printed_over_the_subject_do_not_continue_it() -> None:
    text = (
        "UBND TỈNH PHÚ YÊN\nSố: 8/CT-UBND\nCHỈ THỊ\nVề việc tăng cường công tác phòng cháy\n"
        "trên địa bàn tỉnh\nTRUNG TÂM HÀNH CHÍNH CÔNG Ngày : 4/3 Sổ 12\n"
        "ĐẾN Chuyển: Trong thời gian qua, công tác phòng cháy đã có chuyển biến.\n"
    )
    assert parse_text(text).instrument.subject == (
        "Về việc tăng cường công tác phòng cháy trên địa bàn tỉnh"
    )


def test_an_item_in_capitals_that_names_no_office_after_a_cut_one() -> None:
    # a page cut at the right margin: items lost their dashes and ends
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Bộ Nội vụ;\nCT, các PCT UBND t\n"
        "UBMTTQVNTP\n- Lưu: VT.\n"
    )
    assert [r.name for r in parse_text(text).instrument.distribution] == [
        "Bộ Nội vụ",
        "CT, các PCT UBND t",
        "UBMTTQVNTP",
    ]


def test_a_title_ocr_joined_to_the_archive_line() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n"
        "- Lưu: VT, TH (ab55) GIÁM ĐỐC SỞ\n\nLê Thị Mai\n"
    )
    doc = parse_text(text).instrument
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TH (ab55)")
    (block,) = doc.signatures
    assert (block.title, block.name) == ("GIÁM ĐỐC SỞ", "Lê Thị Mai")


# -- the line after the kind line ------------------------------------------------------------

_AFTER_KIND = """\
ỦY BAN NHÂN DÂN
HUYỆN HÒA AN
Số: 17/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hòa An, ngày 3 tháng 4 năm 2024

QUYẾT ĐỊNH
{line}
Điều 1. Giao Phòng Nội vụ thực hiện.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
        "Theo đề nghị của Trưởng phòng Nội vụ.",
        "Ngày 02/4/2024, tại trụ sở Ủy ban, Chủ tịch chủ trì cuộc họp.",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN HÒA AN",
        "Nơi nhận:",
        # a preamble that leads into the list with a colon, over lines of its own
        "Thực hiện Công văn số 215/SNV-TCBC ngày 01/4/2024 của Sở Nội vụ về việc rà soát\n"
        "biên chế năm 2024, Ủy ban nhân dân huyện hướng dẫn\nnhư sau:",
    ],
)
def test_a_line_that_opens_the_body_or_the_footer_is_not_the_subject(line: str) -> None:
    # the subject line is missing: the reader says so rather than take the next line
    result = parse_text(_AFTER_KIND.format(line=line))
    assert result.instrument.subject is None
    assert "subject-missing" in _codes(result)


def test_a_subject_may_open_like_a_preamble() -> None:
    # "Thực hiện ..." opens a preamble paragraph and many a hướng dẫn's subject
    line = "Thực hiện quy trình tiếp nhận hồ sơ một cửa"
    assert parse_text(_AFTER_KIND.format(line=line)).instrument.subject == line


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        # a wrapped subject whose next line opens with a preamble's words in lower case
        (
            "Quy định về phối hợp\nthực hiện thủ tục đăng ký hộ tịch\nCăn cứ Luật Hộ tịch;",
            "Quy định về phối hợp thực hiện thủ tục đăng ký hộ tịch",
        ),
        # a meeting's notice: the body's first sentence opens with its date, no blank line
        (
            "Kết luận của Chủ tịch tại cuộc họp về\ncông tác cải cách hành chính\n"
            "Ngày 05/3/2024, Chủ tịch chủ trì cuộc họp.",
            "Kết luận của Chủ tịch tại cuộc họp về công tác cải cách hành chính",
        ),
        (
            "Kết luận của Chủ tịch tại cuộc họp\n"
            "Ngày 5 tháng 3 năm 2024, tại trụ sở, Chủ tịch chủ trì cuộc họp.",
            "Kết luận của Chủ tịch tại cuộc họp",
        ),
        # the subject wrapped before one abbreviation, which stands alone on its line
        ("Về việc hoàn thuế\nGTGT\nCăn cứ Luật Thuế;", "Về việc hoàn thuế GTGT"),
        # a heading in capitals of several words under it is no part of it
        (
            "Về việc hoàn thuế\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN\nCăn cứ Luật Thuế;",
            "Về việc hoàn thuế",
        ),
    ],
    ids=[
        "preamble-words-in-lower-case",
        "dated-opening-short",
        "dated-opening-long",
        "an-abbreviation-alone",
        "a-heading-in-capitals",
    ],
)
def test_where_a_wrapped_subject_ends(lines: str, subject: str) -> None:
    assert parse_text(_AFTER_KIND.format(line=lines)).instrument.subject == subject


def test_a_heading_two_letters_off_is_repaired_when_alone_with_its_colon() -> None:
    # A PDF whose font maps no diacritics printed the heading "Nui nh{in:" over items
    # without dashes: the list and its archive line were lost, and nothing said so.
    text = _signed("Nui nh{in:\n-\nHDT, BGH;\nCác đơn vị liên quan (để t/h);\nLuu: VT, TC-HC.\n")
    result = parse_text(text)
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["HDT, BGH", "Các đơn vị liên quan"]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TC-HC")
    assert "ocr-repaired" in _codes(result)


@pytest.mark.parametrize("line", ["Nui nh{in hồ sơ tại bộ phận một cửa.", "Mọi nhận xét:"])
def test_words_two_letters_off_the_heading_are_no_heading(line: str) -> None:
    # Two misread letters are allowed only to the heading alone with its colon.
    text = f"SỞ NỘI VỤ\nSố: 1/SNV\n\nĐề nghị các phòng thực hiện.\n{line}\n"
    result = parse_text(text)
    assert "ocr-repaired" not in _codes(result)


def test_a_list_not_found_is_said() -> None:
    result = parse_text(_signed(""))
    assert result.instrument.distribution == ()
    assert "distribution-missing" in _codes(result)


_SCANNED_DECISION = """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 93/QĐ-TTg
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 20 tháng 5 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

THỦ TƯỚNG CHÍNH PHỦ
Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025,

Căn cứ Nghị định số 79/2022/NĐ-CP ngày 06 tháng 10 năm 2022 của Chính phủ;

Theo đề nghị của Bộ trưởng Bộ Nội vụ.
{formula}

Điều 1. Thành lập Tổ công tác.
Điều 2. Bộ trưởng Bộ Nội vụ chịu trách nhiệm thi hành Quyết định này./.
"""


@pytest.mark.parametrize(
    ("formula", "misread"),
    [("QUYÉT ĐỊNH:", True), ("QUYẾT ĐỊNH:", False), ("Quyết định:", False)],
)
def test_an_enacting_formula_ocr_misread_puts_the_body_print_in_doubt(
    formula: str, misread: bool
) -> None:
    # A scan's OCR misread the tone of the formula (and, as it does, ';' as ','): the
    # formula is read and its misreading said, and the body's stops are not judged.
    result = parse_text(_SCANNED_DECISION.format(formula=formula))
    assert result.instrument.printed is not None
    assert result.instrument.printed.formula == formula
    assert ("body-text-unreadable" in _codes(result)) is misread
    found = {d.code for d in check(result, today=datetime.date(2026, 1, 5))}
    assert ("VN-BODY-004" in found) is not misread


def test_a_heading_with_nothing_read_under_it_leaves_the_list_unread() -> None:
    # A scan whose small italic list OCR lost: "Nơi nhận:" is read, the signature column
    # beside it, and nothing under it.  The list is lost, not empty: the reader says so,
    # and the checker does not report a missing Lưu line.
    result = parse_text(_signed("Nơi nhận: KT. GIÁM ĐỐC\n", "PHÓ GIÁM ĐỐC\n\nTrần Văn An"))
    assert result.instrument.distribution == ()
    (lost,) = [d for d in result.diagnostics if d.code == "distribution-unreadable"]
    assert lost.line == 6  # the heading's line, after the article and a blank line
    assert "distribution-missing" not in _codes(result)
    found = {d.code for d in check(result, today=datetime.date(2026, 1, 5))}
    assert "VN-DIST-001" not in found
    listed = parse_text(_signed("Nơi nhận:\n- Như trên;\n- Sở Tài chính.\n"))
    assert "distribution-unreadable" not in _codes(listed)  # a list without Lưu is read
    assert "VN-DIST-001" in {d.code for d in check(listed, today=datetime.date(2026, 1, 5))}


@pytest.mark.parametrize("label", ["Ltru", "Lim", "Lưu"])
def test_an_archive_label_ocr_damaged_before_vt_is_read(label: str) -> None:
    # A legacy OCR layer reads "Lưu" as "Ltru": with its colon and VT after it, it is the
    # archive line, said repaired; the canonical label is read without a word.
    result = parse_text(_signed(f"Nơi nhận:\n- Như trên;\n- {label}: VT, ĐT.\n"))
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["Như trên"]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "ĐT")
    assert ("ocr-repaired" in _codes(result)) is (label != "Lưu")


def test_an_archive_line_run_on_after_an_item_ending_with_a_stop_is_read() -> None:
    # a crawl's table cell runs the list onto one line; the item before Lưu ends with '.'
    # (its own defect): the archive line is still read, and the stop is reported
    footer = "Nơi nhận: - Như trên; - Các Vụ: TH, KGVX. - Lưu: VT, TH (2b). | THỦ TƯỚNG\n"
    result = parse_text(_signed(footer))
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "Các Vụ: TH, KGVX"]
    assert doc.archive is not None
    assert (doc.archive.units, doc.archive.copies) == (("VT", "TH"), 2)
    assert doc.printed is not None
    assert doc.printed.distribution[-1] == "- Các Vụ: TH, KGVX."  # its stop, as printed
    assert "VN-DIST-001" not in {d.code for d in check(result, today=datetime.date(2026, 1, 5))}


def test_an_archive_line_with_its_count_left_blank_is_read_whole() -> None:
    # the copy count is left for the hand ("KTTH (   b)"): the blank run split the line as
    # two columns, and the archive line was read "- Lưu: VT, KTTH (" without its stop
    result = parse_text(_signed("Nơi nhận:\n- Như trên;\n- Lưu: VT, KTTH (   b).\n"))
    doc = result.instrument
    assert doc.archive is not None
    assert (doc.archive.units, doc.archive.copies) == (("VT", "KTTH"), None)
    assert doc.printed is not None
    assert doc.printed.archive == "- Lưu: VT, KTTH ( b)."


def test_an_archive_colon_read_as_a_semicolon_is_read() -> None:
    result = parse_text(_signed("Nơi nhận:\n- Như trên;\n- Lưu; VT, NSTH.\n"))
    assert result.instrument.archive is not None
    assert result.instrument.archive.units == ("VT", "NSTH")
    item = parse_text(_signed("Nơi nhận:\n- Như trên;\n- Lưu; trữ hồ sơ.\n"))
    assert item.instrument.archive is None  # no VT after it: no archive line


def test_a_word_opening_with_l_before_other_units_is_no_archive_line() -> None:
    result = parse_text(_signed("Nơi nhận:\n- Như trên;\n- Lãnh: Sở Tài chính.\n"))
    assert result.instrument.archive is None
    assert "ocr-repaired" not in _codes(result)


def test_a_heading_whose_first_word_ocr_wrecked_opens_the_list_over_its_dashes() -> None:
    # "s4 nhận: TL. CHỦ TỊCH" (the heading with the signature column beside it) over
    # "- Như trên;": the list, its archive line and the signer were lost.  Words ("Đã
    # nhận:") are no wreck of the heading.
    text = _signed(
        "s4 nhận: TL. CHỦ TỊCH\n- Như trên;\n- PCT UBND tỉnh;\n- Lưu: VT, TTHC.",
        "CHÁNH VĂN PHÒNG\n\nLê Thị Mai",
    )
    result = parse_text(text)
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "PCT UBND tỉnh"]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TTHC")
    assert "ocr-repaired" in _codes(result)
    words = parse_text(
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nKết quả tiếp nhận hồ sơ như sau.\nĐã nhận:\n- 05 hồ sơ;\n"
        "- 02 đơn.\n"
    )
    assert "ocr-repaired" not in _codes(words)


# -- a page that holds a second document ------------------------------------------------------

FIRST = """\
SỞ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 214/QĐ-SYT
Vinh, ngày 11 tháng 9 năm 2023
QUYẾT ĐỊNH
Về việc giao chỉ tiêu tiêm chủng
Điều 1. Giao chỉ tiêu tiêm chủng năm 2023 cho các trung tâm y tế.
Điều 2. Quyết định này có hiệu lực từ ngày ký.
"""
SECOND = """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 87/KH-SGDĐT
Vinh, ngày 20 tháng 9 năm 2023
KẾ HOẠCH
Tổ chức hội thi giáo viên giỏi
1. Các trường xây dựng kế hoạch hội thi.
Nơi nhận:
- Các trường trung học;
- Lưu: VT.
GIÁM ĐỐC
Đặng Quốc Bảo
"""


def test_a_second_document_is_said_and_its_fields_kept_apart() -> None:
    # The first document's footer is lost (a crawl cut it); the second's is its own.
    result = parse_text(FIRST + SECOND)
    doc = result.instrument
    assert _header(result)[2:4] == ("214/QĐ-SYT", "Vinh")
    assert (doc.kind and doc.kind.name) == "Quyết định"
    assert [task.label for task in doc.body.tasks] == ["Điều 1.", "Điều 2."]
    assert (doc.signatures, doc.distribution) == ((), ())
    second = [d for d in result.diagnostics if d.code == "second-document"]
    assert len(second) == 1
    assert "87/KH-SGDĐT" in second[0].message
    assert "signature-missing" in _codes(result)


def test_a_second_document_after_the_signature_is_said() -> None:
    signed = FIRST + "Nơi nhận:\n- Các trung tâm y tế;\n- Lưu: VT.\nGIÁM ĐỐC\nHồ Thị Lan\n"
    result = parse_text(signed + SECOND)
    doc = result.instrument
    (block,) = doc.signatures
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Hồ Thị Lan")
    assert [r.name for r in doc.distribution] == ["Các trung tâm y tế"]
    (second,) = [d for d in result.diagnostics if d.code == "second-document"]
    assert "87/KH-SGDĐT" in second.message


def test_a_form_in_an_annex_lends_the_instrument_no_footer() -> None:
    # No Nơi nhận of its own: a template decision in the annex (a banner above it) prints
    # one, and its signing lines; neither is the instrument's.
    signed = FIRST + "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n(Đã ký)\nHồ Thị Lan\n"
    form = (
        "PHỤ LỤC\nMẫu số 02\nTÊN CƠ QUAN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: ..../QĐ-....\nQUYẾT ĐỊNH\nVề việc ........\n"
        "Điều 1. ........\nNơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n"
        "CHỨC DANH NGƯỜI KÝ\n(Chữ ký, dấu)\nHọ và tên\n"
    )
    result = parse_text(signed + form)
    doc = result.instrument
    (block,) = doc.signatures
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", "Hồ Thị Lan")
    assert doc.distribution == ()
    assert "second-document" not in _codes(result)  # a blank number: a form, no document
    assert "attachment-skipped" in _codes(result)


_OFFICE_LETTER = (
    "VĂN PHÒNG CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Số: 12/VPCP-NN\nHà Nội, ngày 2 tháng 3 năm 2025\nV/v xử lý kiến nghị\n{kinh_gui}"
    "Văn phòng Chính phủ thông báo để các cơ quan biết.\n"
)


@pytest.mark.parametrize(
    ("kinh_gui", "addressees"),
    [
        # a narrow cell cut the list of names after its colon: its last line ends it
        (
            "Kính gửi: Chủ tịch Ủy ban nhân dân các tỉnh: Hà Nam, Ninh\nBình, Nam Định.\n",
            ["Chủ tịch Ủy ban nhân dân các tỉnh: Hà Nam, Ninh Bình, Nam Định"],
        ),
        (
            "Kính gửi:\nChủ tịch Ủy ban nhân dân các tỉnh: Hà Nam, Ninh\nBình, Nam Định.\n",
            ["Chủ tịch Ủy ban nhân dân các tỉnh: Hà Nam, Ninh Bình, Nam Định"],
        ),
        # no list cut: the line under the addressee is the body's
        (
            "Kính gửi: Sở Tài chính\nNgày 5 tháng 3 năm 2025, Sở nhận được đề nghị.\n",
            ["Sở Tài chính"],
        ),
        (
            "Kính gửi: Các tỉnh: Hà Nam, Ninh Bình\nXét đề nghị của Bộ, Thủ tướng đồng ý.\n",
            ["Các tỉnh: Hà Nam, Ninh Bình"],
        ),
    ],
)
def test_an_addressee_cut_inside_its_list_of_names(kinh_gui: str, addressees: list[str]) -> None:
    doc = parse_text(_OFFICE_LETTER.format(kinh_gui=kinh_gui)).instrument
    assert [a.name for a in doc.addressees] == addressees


# -- shapes met on documents the reader was not tuned to -------------------------------------


def test_a_dash_inside_one_bodys_name_joins_no_issuers() -> None:
    # a unit whose own name holds a dash, under its parent: no joint header
    text = (
        "ĐẠI HỌC VÙNG TÂY BẮC\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRUNG TÂM HỌC LIỆU - THƯ VIỆN\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 7/TTr-TTHL\tSơn La, ngày 2 tháng 3 năm 2025\n\nTỜ TRÌNH\nVề việc mua sách\n\n"
        "Kính gửi: Giám đốc Đại học\n\nTrung tâm kính trình./.\n"
    )
    issuer = parse_text(text).instrument.issuer
    assert issuer is not None
    assert issuer.name == "TRUNG TÂM HỌC LIỆU - THƯ VIỆN"
    assert issuer.parent is not None
    assert issuer.parent.name == "ĐẠI HỌC VÙNG TÂY BẮC"


def test_the_last_word_of_a_parent_wrapped_beside_the_motto() -> None:
    # pdftotext -layout: the parent's last word lands on the motto's row, the issuer below
    text = (
        "TỔNG CÔNG TY BƯU ĐIỆN VIỆT        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "NAM                                Độc lập - Tự do - Hạnh phúc\n"
        "BAN TÀI CHÍNH\n"
        "Số: 3/TB-BTC                       Hà Nội, ngày 5 tháng 6 năm 2025\n\n"
        "THÔNG BÁO\nVề lịch nghỉ hè\n\nBan Tài chính thông báo lịch nghỉ./.\n"
    )
    issuer = parse_text(text).instrument.issuer
    assert issuer is not None
    assert issuer.name == "BAN TÀI CHÍNH"
    assert issuer.parent is not None
    assert issuer.parent.name == "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM"


@pytest.mark.parametrize("kind_line", ["_ĐÒ TỜTRÌNH ~", "TỜ TRÌNH ~", "' Ô TỜ TRÌNH"])
def test_a_kind_name_between_specks_of_a_seal(kind_line: str) -> None:
    # OCR reads a hand mark or the seal before or after the kind name as a letter or two
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HUYỆN SƠN TỊNH\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 15/TTr-UBND\tSơn Tịnh, ngày 4 tháng 1 năm 2025\n"
        f"{kind_line}\nVề việc đề nghị cấp kinh phí\n\nKính gửi: Sở Tài chính\n\n"
        "Ủy ban nhân dân huyện kính trình./.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.kind is not None
    assert doc.kind.name == "Tờ trình"
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH"
    assert doc.subject == "Về việc đề nghị cấp kinh phí"


@pytest.mark.parametrize("kind_line", [": ,OUYẾT ĐỊNH", "OUYÉT ĐỊNH"])
def test_a_kind_name_whose_first_letter_lost_its_tail(kind_line: str) -> None:
    # OCR reads Q for O: the kind line is no issuer line under the header's office
    text = (
        "THỦ TƯỚNG CHÍNH PHỦ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 7/2025/QĐ-TTg\tHà Nội, ngày 4 tháng 2 năm 2025\n\n"
        f"{kind_line}\nVề việc thành lập Hội đồng\n\nĐiều 1. Thành lập Hội đồng.\n"
    )
    doc = parse_text(text).instrument
    assert doc.kind is not None
    assert doc.kind.name == "Quyết định"
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("THỦ TƯỚNG CHÍNH PHỦ", None)


def test_a_line_of_words_after_a_short_word_is_no_kind_line() -> None:
    # "VÀ" before a kind's name is a word of a subject in capitals, not a speck
    text = (
        "SỞ NÔNG NGHIỆP\nSố: 4/QĐ-SNN\n\nQUYẾT ĐỊNH\nPHÊ DUYỆT QUY HOẠCH\nVÀ KẾ HOẠCH\n\n"
        "Điều 1. Phê duyệt.\n"
    )
    doc = parse_text(text).instrument
    assert doc.kind is not None
    assert doc.kind.name == "Quyết định"


@pytest.mark.parametrize("damaged", ["__ ~", "._ - ", "~ ", "« "])
def test_a_list_dash_a_scan_damaged(damaged: str) -> None:
    items = f"- Như trên;\n{damaged}Ủy ban MTTQ tỉnh;\n- Lưu: VT."
    assert _distribution(items) == [("Như trên", None), ("Ủy ban MTTQ tỉnh", None)]
    text = f"SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n{items}\nGIÁM ĐỐC\n\nLê Văn An\n"
    assert "ocr-repaired" in _codes(parse_text(text))


def test_seal_strokes_after_an_items_end_are_no_second_item() -> None:
    # the signature column's seal read on the item's line: signs no recipient's name holds
    items = "- Thường trực HĐND tỉnh; CS tốc ° = ,\n- Công an tỉnh;\n- Lưu: VT."
    assert _distribution(items) == [("Thường trực HĐND tỉnh", None), ("Công an tỉnh", None)]


def test_seal_strokes_in_the_header_are_no_issuer_subject_or_addressee() -> None:
    # a scan's seal and underlines read as signs: under the issuer, between the kind name
    # and the subject, under the subject, before "Kính gửi"
    text = (
        '" SỞ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'
        "BỆNH VIỆN ĐA KHOA TỈNH\tĐộc lập - Tự do - Hạnh phúc\n"
        "—— .S ——.S—' ` I BÚC\n"
        "Số: 21/BC-BV\tVinh, ngày 8 tháng 5 năm 2025\n"
        "BÁO CÁO\n"
        "^ .^A ,À k4 £ ˆ Lá bÀ ˆ Ẩ ° »\n"
        "Vệ việc khám sức khỏe định kỳ\n"
        "——————.-....ẽI\n"
        "x© Kính gửi:\n- Sở Y tế;\n- Sở Tài chính.\n\n"
        "Bệnh viện báo cáo kết quả khám sức khỏe./.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent and doc.issuer.parent.name) == (
        "BỆNH VIỆN ĐA KHOA TỈNH",
        "SỞ Y TẾ",
    )
    assert doc.subject == "Về việc khám sức khỏe định kỳ"
    assert [a.name for a in doc.addressees] == ["Sở Y tế", "Sở Tài chính"]
    assert "line-skipped" in _codes(result)


def test_a_subject_running_on_into_the_body_stops_at_its_first_capital() -> None:
    # OCR with --psm 6 prints no blank line between the subject and the body's first
    # sentence: the subject runs on; past its length it stops where a line opens a sentence
    body = "\n".join(
        f"bản tin thứ {n} của các cơ quan, đơn vị trong tỉnh về công tác phòng chống thiên tai"
        for n in range(12)
    )
    text = (
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH GIA LAI\tĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 3/CT-UBND\tGia Lai, ngày 6 tháng 3 năm 2025\n"
        "CHỈ THỊ\nVề việc tăng cường công tác phòng chống thiên tai\n"
        "trên địa bàn tỉnh Gia Lai\n"
        f"Trong thời gian qua, {body}.\n"
    )
    result = parse_text(text)
    assert result.instrument.subject == (
        "Về việc tăng cường công tác phòng chống thiên tai trên địa bàn tỉnh Gia Lai"
    )
    assert "subject-truncated" in _codes(result)


LAYOUT_STAMP = """\
UBND TỈNH BẮC NINH                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TÀI CHÍNH                                  Độc lập - Tự do - Hạnh phúc

Số: 715/STC-QLG                         Bắc Ninh, ngày 14 tháng 11 năm 2023
V/v rà soát giá dịch vụ

Kính gửi: Các sở, ban, ngành tỉnh.

Sở Tài chính đề nghị các đơn vị rà soát giá dịch vụ trước ngày 30/11/2023./.
Nơi nhận:                                        KT. GIÁM ĐỐC
- Như trên;                                      PHÓ GIÁM ĐỐC
                                                   Ký bởi Sở Tài chính
- UBND tỉnh (b/c);                                 Tỉnh Bắc Ninh
                                                   vanthu_stc@bacninh.gov.vn
- Giám đốc Sở;                                     Giờ ký: 2023-11-
                                                   14T09:05:12.1234567+07:00
- Lưu: VT, QLG.                                  Trần Thị Hoa
"""
"""A ``pdftotext -layout`` page of an e-signed letter: the signing tool's stamp is printed
under the signer's title, and its lines fall between and beside the Nơi nhận items."""


def test_an_e_signature_stamp_in_the_right_column_of_a_layout_page_is_no_item() -> None:
    result = parse_text(LAYOUT_STAMP)
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "UBND tỉnh", "Giám đốc Sở"]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "QLG")
    (signature,) = doc.signatures
    assert (signature.title, signature.name) == ("PHÓ GIÁM ĐỐC", "Trần Thị Hoa")
    (said,) = [d for d in result.diagnostics if d.code == "e-signature-removed"]
    for piece in ("Ký bởi Sở Tài chính", "Tỉnh Bắc Ninh", "Giờ ký: 2023-11-"):
        assert repr(piece) in said.message  # what was dropped is named
    assert not {"VN-DIST-004"} & {d.code for d in check(result, today=datetime.date(2024, 1, 1))}


@pytest.mark.parametrize(
    "signed_by",
    ["     bởi Sở Tài chính", "  bởi Sở Tài chính"],  # where it stood after Ký, or in its place
)
def test_a_stamp_whose_ky_the_text_layer_glued_into_the_title_is_no_item(signed_by: str) -> None:
    """The signed page overlays the stamp on the title: the text layer sets its ``Ký`` inside
    ``GIÁM`` ``ĐỐC`` and its ``bởi ...`` on the next line."""
    text = LAYOUT_STAMP.replace("PHÓ GIÁM ĐỐC\n", "PHÓ GIÁMKýĐỐC\n").replace(
        "  Ký bởi Sở Tài chính", signed_by
    )
    assert "GIÁMKýĐỐC" in text
    assert f"{signed_by}\n" in text
    assert "Ký bởi" not in text
    result = parse_text(text)
    doc = result.instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "UBND tỉnh", "Giám đốc Sở"]
    (signature,) = doc.signatures
    assert (signature.title, signature.name) == ("PHÓ GIÁM ĐỐC", "Trần Thị Hoa")
    title, stamp = [d for d in result.diagnostics if d.code == "e-signature-removed"]
    assert "'bởi Sở Tài chính'" in stamp.message
    assert "PHÓ GIÁMKýĐỐC" in title.message
    assert not {"VN-DIST-004"} & {d.code for d in check(result, today=datetime.date(2024, 1, 1))}


def test_a_cell_opening_with_boi_far_from_a_stamp_is_text() -> None:
    """``bởi`` opens a stamp's piece only beside a caption: without one the line is kept."""
    text = LAYOUT_STAMP.replace("PHÓ GIÁM ĐỐC\n", "PHÓ GIÁMKýĐỐC\n")
    for caption in ("vanthu_stc@bacninh.gov.vn", "Giờ ký: 2023-11-", "14T09:05:12.1234567+07:00"):
        text = text.replace(caption, "")
    text = text.replace("  Ký bởi Sở Tài chính", "     bởi Sở Tài chính")
    result = parse_text(text)
    assert "e-signature-removed" not in _codes(result)


def test_a_stamp_caption_beside_an_item_takes_the_caption_only() -> None:
    text = LAYOUT_STAMP.replace(
        "- Như trên;                                      PHÓ GIÁM ĐỐC",
        "- Như trên;                                      Thời gian ký: 14.11.2023 09:05:12",
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution][:2] == ["Như trên", "UBND tỉnh"]


def test_a_caption_ky_inside_one_word_joins_its_halves() -> None:
    text = LAYOUT_STAMP.replace("PHÓ GIÁM ĐỐC\n", "PHÓ GIKýÁM ĐỐC\n")
    (signature,) = parse_text(text).instrument.signatures
    assert signature.title == "PHÓ GIÁM ĐỐC"


def test_ky_inside_capitals_far_from_a_stamp_is_text() -> None:
    text = "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\nGIÁMKýĐỐC\nLê Văn An\n"
    result = parse_text(text)
    assert "e-signature-removed" not in _codes(result)


def test_signed_by_in_a_sentence_is_no_stamp() -> None:
    # "ký bởi" in running text, and a "Ký bởi" line with no caption near it, stay text
    text = LAYOUT_STAMP.replace(
        "Sở Tài chính đề nghị",
        "Văn bản được ký bởi Giám đốc Sở.\nKý bởi Giám đốc Sở, văn bản này\nđề nghị",
    )
    result = parse_text(text)
    read = result.instrument.body
    body = " ".join([p.text for p in read.background] + [t.text for t in read.tasks])
    assert "ký bởi Giám đốc Sở" in body
    assert "Ký bởi Giám đốc Sở, văn bản này" in body


def test_an_e_signature_caption_run_onto_the_archive_line() -> None:
    # the text layer of an e-signed copy: the caption beside the list, on the archive line
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\nNơi nhận: GIÁM ĐỐC\n- Như trên;\n"
        "- Lưu: VT, TCCB. Cơ quan: Sở Nội vụ tỉnh Lào Cai\nLê Văn An\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "TCCB")
    assert "e-signature-removed" in _codes(result)


def test_a_speck_before_a_subject_is_none_of_it() -> None:
    # the seal's stroke read where "V/v" was printed
    text = (
        "SỞ Y TẾ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 9/SYT-KHTC\tVinh, ngày 2 tháng 6 năm 2025\n"
        "⁄ Góp ý dự thảo quy chế chi tiêu nội bộ\n\nKính gửi: Các bệnh viện\n\n"
        "Sở Y tế đề nghị các đơn vị góp ý./.\n"
    )
    assert parse_text(text).instrument.subject == "Góp ý dự thảo quy chế chi tiêu nội bộ"


def test_a_ministry_whose_name_is_near_a_kinds_is_no_kind_line() -> None:
    # "BỘ CÔNG AN": a body's word, then letters an edit away from "CÔNG VĂN"
    text = (
        "BỘ CÔNG AN\n_______\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/2025/TT-BCA\n"
        "Hà Nội, ngày 3 tháng 4 năm 2025\nTHÔNG TƯ\nQuy định về trang phục\n"
        "Điều 1. Phạm vi.\n"
    )
    doc = parse_text(text).instrument
    assert doc.kind is not None
    assert doc.issuer is not None
    assert (doc.kind.name, doc.issuer.name) == ("Thông tư", "BỘ CÔNG AN")


CITED_NUMBER_WRAP = """\
    CHÍNH PHỦ              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     ________                 Độc lập - Tự do - Hạnh phúc
Số: 12/2026/NĐ-CP                 Hà Nội, ngày 9 tháng 2 năm 2026
                               NGHỊ ĐỊNH
       Hướng dẫn thi hành một số điều của Nghị quyết
 số 77/2025/QH15 của Quốc hội về thí điểm chính sách
       phát triển nhà ở xã hội
     Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;
"""


def test_a_subject_line_cut_before_a_cited_number_goes_on() -> None:
    # the subject's second line opens with the cited resolution's 'số' in lower case: no
    # second number line, and the subject keeps its three lines
    result = parse_text(CITED_NUMBER_WRAP)
    header = _header(result)
    assert header[2] == "12/2026/NĐ-CP"
    assert header[6] == (
        "Hướng dẫn thi hành một số điều của Nghị quyết số 77/2025/QH15 của Quốc hội về "
        "thí điểm chính sách phát triển nhà ở xã hội"
    )
    assert "number-repeated" not in _codes(result)


def test_a_number_line_in_capitals_after_a_subject_is_still_a_second_number() -> None:
    # a second 'Số:' with its capital is a number line, not the subject's words
    text = CITED_NUMBER_WRAP.replace(" số 77/2025/QH15", "Số: 77/2025/NĐ-CP\n của Quốc hội")
    result = parse_text(text)
    assert _header(result)[2] == "12/2026/NĐ-CP"
    assert "77/2025" not in str(_header(result)[6])


SET_APART = """\
ỦY BAN NHÂN DÂN            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  HUYỆN ĐỨC TRỌNG            Độc lập - Tự do - Hạnh phúc

Số: 214/UBND-VX          Đức Trọng, ngày 2 tháng 3 năm 2026

V/v tổ chức kiểm tra an toàn thực phẩm

{rest}

{after}
"""


_DATED = "Ngày 25 tháng 02 năm 2026, Ủy ban nhân dân huyện họp về an toàn thực phẩm."


@pytest.mark.parametrize(
    ("rest", "after"),
    [
        ("Tết Nguyên đán năm 2026", "Kính gửi: Phòng Y tế huyện."),
        ("Trường Mầm non Hoa Sen\n\ntrên địa bàn huyện", "Kính gửi: Phòng Y tế huyện."),
        # a Word file's paragraphs, each with a blank line after it, and empty ones between
        ("Tết Nguyên đán năm 2026", "\n\n\n\n\n\nKính gửi: Phòng Y tế huyện."),
        # a notice: no Kính gửi, and the rule under the subject is no text in a Word file
        ("Trường Mầm non Hoa Sen\n\ntrên địa bàn huyện", f"\n\n\n\n{_DATED}"),
        ("Tết Nguyên đán năm 2026", "Căn cứ Luật An toàn thực phẩm ngày 17 tháng 6 năm 2010;"),
    ],
)
def test_a_subjects_lines_set_apart_by_blank_lines_are_joined(rest: str, after: str) -> None:
    # a Word file saved as text, or read as Word, puts a blank line between the subject's
    # lines; short lines with no full stop up to what closes a header (Kính gửi, the body's
    # first dated sentence or legal basis) are the subject's rest
    result = parse_text(SET_APART.format(rest=rest, after=after))
    assert _header(result)[6] == "V/v tổ chức kiểm tra an toàn thực phẩm " + " ".join(
        rest.split("\n\n")
    )


@pytest.mark.parametrize(
    ("rest", "after"),
    [  # a paragraph with its full stop, or no closing line after it: the body
        ("Tết Nguyên đán năm 2026.", "Kính gửi: Phòng Y tế huyện."),
        ("Ủy ban nhân dân huyện đề nghị các xã thực hiện", "Trân trọng./."),
    ],
)
def test_a_paragraph_after_a_subject_that_closes_no_header_stays_apart(
    rest: str, after: str
) -> None:
    result = parse_text(SET_APART.format(rest=rest, after=after))
    assert _header(result)[6] == "V/v tổ chức kiểm tra an toàn thực phẩm"


DRAFT = """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:        /QĐ-SNV
{mark}

Hà Nam, ngày       tháng 8 năm 2026

QUYẾT ĐỊNH

Về việc thành lập Tổ công tác cải cách hành chính

{rest}

{authority}

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
"""


@pytest.mark.parametrize("mark", ["DỰ THẢO", "Dự thảo lần 2", "DỰ THẢO 3"])
def test_a_drafts_mark_in_the_header_is_no_part_of_the_issuer(mark: str) -> None:
    # a text box or a boxed line under the number; the issuer's column goes on above it
    result = parse_text(
        DRAFT.format(mark=mark, rest="của Sở Nội vụ", authority="GIÁM ĐỐC SỞ NỘI VỤ")
    )
    assert _header(result)[:2] == ("SỞ NỘI VỤ", "ỦY BAN NHÂN DÂN TỈNH HÀ NAM")
    assert "draft-mark" in _codes(result)


def test_a_team_leaders_authority_closes_a_subject_set_apart() -> None:
    # a working team's decision is enacted by its leader: TỔ TRƯỞNG is a title of office
    result = parse_text(
        DRAFT.format(
            mark="",
            rest="năm 2026 của tỉnh Hà Nam",
            authority="TỔ TRƯỞNG TỔ CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
        )
    )
    assert _header(result)[6] == (
        "Về việc thành lập Tổ công tác cải cách hành chính năm 2026 của tỉnh Hà Nam"
    )


@pytest.mark.parametrize(
    "between",
    [
        "ĐỀ XUẤT\n",  # a title no kind of the registry has
        "DANH SÁCH\n",
        "BAN GIÁM HIỆU\nDUYỆT\n(đã duyệt)\n\nĐỀ XUẤT\n",  # the approver's box over it
    ],
)
def test_capitals_under_the_number_and_subject_are_not_the_issuer(between: str) -> None:
    text = (
        "TRƯỜNG ĐẠI HỌC CẦN THƠ\nKHOA NÔNG NGHIỆP\nSố: 77/ĐX-KNN\n"
        "Cần Thơ, ngày 24 tháng 12 năm 2024\nV/v cử sinh viên dự giải bóng đá\n\n"
        f"{between}Kính gửi: Ban Giám hiệu Trường Đại học Cần Thơ\n\nKhoa đề nghị như sau.\n"
    )
    result = parse_text(text)
    assert _header(result)[:2] == ("KHOA NÔNG NGHIỆP", "TRƯỜNG ĐẠI HỌC CẦN THƠ")
    (addressee,) = result.instrument.addressees
    assert addressee.name == "Ban Giám hiệu Trường Đại học Cần Thơ"
    assert "issuer-below-subject" in _codes(result)


@pytest.mark.parametrize(
    ("between", "kind"),
    [
        ("ĐỀ XUẤT\n", None),  # the symbol ĐX abbreviates it: the document's own title
        ("BAN GIÁM HIỆU\nDUYỆT\n(đã duyệt)\n\nĐỀ XUẤT\n", None),
        ("DANH SÁCH\n", "Công văn"),  # DS is not the symbol's: the V/v reads
    ],
)
def test_a_title_the_symbol_abbreviates_keeps_the_v_v_from_the_kind(
    between: str, kind: str | None
) -> None:
    text = (
        "TRƯỜNG ĐẠI HỌC CẦN THƠ\nKHOA NÔNG NGHIỆP\nSố: 77/ĐX-KNN\n"
        "Cần Thơ, ngày 24 tháng 12 năm 2024\nV/v cử sinh viên dự giải bóng đá\n\n"
        f"{between}Kính gửi: Ban Giám hiệu Trường Đại học Cần Thơ\n\nKhoa đề nghị như sau.\n"
    )
    result = parse_text(text)
    found = result.instrument.kind
    assert (found.name if found else None) == kind
    assert ("kind-unknown" in _codes(result)) is (kind is None)
    assert "kind-missing" not in _codes(result)


@pytest.mark.parametrize(
    ("title", "number", "code"),
    [
        ("THƯ NGỎ", "", "thu-ngo"),  # an open letter, printed without a number
        ("THƯ MỜI", "Số: 12/TM-UBND\n", "thu-moi"),
    ],
)
def test_letters_titled_by_a_name_of_their_own_read_that_kind(
    title: str, number: str, code: str
) -> None:
    # Thư ngỏ and Thư mời are no kinds of Phụ lục III: the registry holds them as titled.
    header = (
        "ỦY BAN NHÂN DÂN HUYỆN AN PHÚ\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "{number}An Phú, ngày 02 tháng 01 năm 2024\n"
        "\n{title}\n{subject}\n"
        "\nỦy ban nhân dân huyện trân trọng gửi tới toàn thể nhân dân lời chào năm mới.\n"
    )
    result = parse_text(header.format(title=title, number=number, subject="Về đón Tết Nguyên đán"))
    assert result.instrument.kind is not None
    assert result.instrument.kind.code == code
    assert result.instrument.subject == "Về đón Tết Nguyên đán"
