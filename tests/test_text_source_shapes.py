"""Header and footer fields on shapes real documents came in that the reader missed: a web
page's title over a crawl's header, a flattened footer row, OCR's misread vocabulary, an
HTML page's spans.  Each text is typed here in that shape; expected values are read off it.
"""

from __future__ import annotations

import pytest

from reading import codes, issuer_names
from vnadmin.model import PartialDate
from vnadmin.text import parse_text

# -- a crawl: the page's title over the header ---------------------------------------------

CRAWL_TITLED = """\
# Về việc cấp kinh phí cho chương trình khác của một tỉnh khác

| ỦY BAN NHÂN DÂN TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |
|---|---|
| Số: 411/QĐ-UBND | Hà Giang, ngày 4 tháng 3 năm 2024 |

QUYẾT ĐỊNH

BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp quản lý chợ.

Điều 2. Quyết định này có hiệu lực từ ngày ký./.

| Nơi nhận: - Như Điều 2; - Chủ tịch UBND tỉnh; - Lưu: VT, KT (2b) | CHỦ TỊCH Trần Văn Khải |
|---|---|
"""


def test_a_page_title_over_the_header_gives_way_to_the_subject_under_the_kind_line() -> None:
    result = parse_text(CRAWL_TITLED)
    doc = result.instrument
    assert doc.subject == "BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH"
    assert "subject-page-title" in codes(result)


def test_a_page_title_is_the_subject_when_nothing_is_printed_under_the_kind_line() -> None:
    text = CRAWL_TITLED.replace("BAN HÀNH QUY CHẾ PHỐI HỢP QUẢN LÝ CHỢ TRÊN ĐỊA BÀN TỈNH\n\n", "")
    result = parse_text(text)
    assert result.instrument.subject == (
        "Về việc cấp kinh phí cho chương trình khác của một tỉnh khác"
    )
    assert "subject-page-title" not in codes(result)


TITLE_THEN_NAME = """\
BAN CHỈ ĐẠO QUỐC GIA VỀ PHÒNG CHỐNG THIÊN TAI
Số: 88/KH-BCĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 2 tháng 4 năm 2024

KẾ HOẠCH
Ứng phó mùa mưa bão năm 2024

1. Các bộ rà soát phương án ứng phó trước ngày 30/5/2024./.

| Nơi nhận: - Các Bộ: Quốc phòng, Công an; - Văn phòng Chính phủ: các Vụ TH, NN. - Lưu: VT, BCĐ (3b) | TRƯỞNG BAN PHÓ THỦ TƯỚNG Lê Văn Thành |
|---|---|
"""


def test_a_flattened_footer_row_gives_its_items_archive_title_and_name() -> None:
    # the list's last item ends with a stop before the archive item, on the one line; the
    # signing cell prints the body's office, the signer's own title, then the name
    doc = parse_text(TITLE_THEN_NAME).instrument
    assert [r.name for r in doc.distribution] == [
        "Các Bộ: Quốc phòng, Công an",
        "Văn phòng Chính phủ: các Vụ TH, NN",
    ]
    assert doc.archive is not None
    assert (doc.archive.units, doc.archive.copies) == (("VT", "BCĐ"), 3)
    block = doc.signatures[-1]
    assert (block.title, block.name) == ("PHÓ THỦ TƯỚNG", "Lê Văn Thành")


def test_items_run_on_after_their_purpose_are_parted() -> None:
    text = TITLE_THEN_NAME.replace(
        "- Các Bộ: Quốc phòng, Công an; - Văn phòng Chính phủ: các Vụ TH, NN.",
        "- Thủ tướng Chính phủ; (báo cáo) - Bộ Tài chính; (để biết) - Các tỉnh;",
    )
    doc = parse_text(text).instrument
    assert [(r.name, r.purpose) for r in doc.distribution] == [
        ("Thủ tướng Chính phủ", "báo cáo"),
        ("Bộ Tài chính", "để biết"),
        ("Các tỉnh", None),
    ]


# -- a footer's list ---------------------------------------------------------------------------

FOOTER = """\
SỞ XÂY DỰNG TỈNH NINH BÌNH
Số: 215/SXD-QLN
V/v kiểm tra an toàn nhà chung cư
Ninh Bình, ngày 6 tháng 5 năm 2025

Kính gửi: Ủy ban nhân dân các huyện

Sở Xây dựng đề nghị các huyện kiểm tra an toàn nhà chung cư trước ngày 30/5/2025./.

Nơi nhận:{gap}GIÁM ĐỐC
{items}
{archive}
Phạm Văn Hùng
{after}"""


def _footer(items: str, archive: str = "- Lưu: VT, QLN.", after: str = "", gap: str = "\t") -> str:
    return FOOTER.format(items=items, archive=archive, after=after, gap=gap)


def test_units_listed_after_a_colon_with_semicolons_stay_one_item_when_wrapped() -> None:
    items = "- Như trên;\n- Các phòng: QLN; KTXD; HTKT;\nQHKT; TTr; VP, Kế toán;\n- Giám đốc Sở;"
    doc = parse_text(_footer(items)).instrument
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "Các phòng: QLN; KTXD; HTKT; QHKT; TTr; VP, Kế toán",
        "Giám đốc Sở",
    ]


@pytest.mark.parametrize(
    ("line", "name", "purpose"),
    [
        ("- TT PVHCC; BQLDA;", "TT PVHCC; BQLDA", None),
        ("- Phòng TC-KH; QLĐT (p/h);", "Phòng TC-KH; QLĐT", "p/h"),
    ],
)
def test_two_units_under_one_dash_stay_one_item(line: str, name: str, purpose: str | None) -> None:
    # the second unit a single word, its own end ";": no signature column beside the list
    doc = parse_text(_footer(f"- Như trên;\n{line}\n- Giám đốc Sở;")).instrument
    assert [(r.name, r.purpose) for r in doc.distribution] == [
        ("Như trên", None),
        (name, purpose),
        ("Giám đốc Sở", None),
    ]


def test_an_item_wrapped_after_the_colon_heading_its_units_is_joined() -> None:
    items = "- Như trên;\n- Văn phòng Sở: Giám đốc, các Phó Giám đốc, các phòng:\nQLN, KTXD, HTKT;"
    doc = parse_text(_footer(items)).instrument
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "Văn phòng Sở: Giám đốc, các Phó Giám đốc, các phòng: QLN, KTXD, HTKT",
    ]


def test_a_heading_after_the_archive_line_opens_a_list_that_is_no_distribution() -> None:
    after = "Đính kèm:\n- Danh sách nhà chung cư cần kiểm tra.\n"
    doc = parse_text(_footer("- Như trên;\n- Giám đốc Sở;", after=after)).instrument
    assert [r.name for r in doc.distribution] == ["Như trên", "Giám đốc Sở"]


def test_an_archive_word_ocr_misread_is_read_and_said() -> None:
    result = parse_text(_footer("- Như trên;\n- Giám đốc Sở;", archive="- Ltru: VT, QLN."))
    doc = result.instrument
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "QLN")
    assert [r.name for r in doc.distribution] == ["Như trên", "Giám đốc Sở"]
    assert "ocr-repaired" in codes(result)


def test_an_archive_word_read_as_it_is_is_no_repair() -> None:
    result = parse_text(_footer("- Như trên;", archive="- Luu: VT, QLN."))
    assert result.instrument.archive is not None
    assert not any("archive" in d.message for d in result.diagnostics if d.code == "ocr-repaired")


def test_a_short_word_before_other_units_is_no_archive() -> None:
    # no VT among the units: an item (``Lào: ...``), not a misread Lưu
    result = parse_text(_footer("- Như trên;\n- Lào: ĐSQ, TLS;", archive="- Lưu: VT, QLN."))
    assert [r.name for r in result.instrument.distribution] == ["Như trên", "Lào: ĐSQ, TLS"]


def test_an_archive_line_with_a_semicolon_for_its_colon() -> None:
    doc = parse_text(_footer("- Như trên;", archive="- Lưu; VT, QLN.")).instrument
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "QLN")
    assert [r.name for r in doc.distribution] == ["Như trên"]


def test_an_archive_line_behind_a_speck_with_seal_strokes_after_it() -> None:
    doc = parse_text(
        _footer("- Như trên;\n- Giám đốc Sở;", archive="' - Lưu Văn phòng Sở. &/ ỌC \\Ø")
    ).instrument
    assert doc.archive is not None
    assert doc.archive.units == ("Văn phòng Sở",)


def test_the_list_heading_with_a_letter_lost_keeps_its_colon() -> None:
    result = parse_text(_footer("- Như trên;", gap="\t").replace("Nơi nhận:", "NO'inh~n:"))
    assert [r.name for r in result.instrument.distribution] == ["Như trên"]
    assert result.instrument.archive is not None
    assert "ocr-repaired" in codes(result)


# -- the header ---------------------------------------------------------------------------------

SPECKS_BESIDE = """\
TRUONG DAI HOC THUY LOI\t.\t.
s6: 41/TB-DHTL\tHa Noi, ngay 5 thang 6 nam 2021
THONG BAO
Ve viec dang ky hoc phan hoc ky I

Nha truong thong bao lich dang ky hoc phan nhu sau:
1. Sinh vien dang ky truc tuyen tu ngay 10/6/2021./.
"""


def test_specks_beside_the_issuer_do_not_end_the_header() -> None:
    result = parse_text(SPECKS_BESIDE)
    doc = result.instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "TRUONG DAI HOC THUY LOI"
    assert doc.kind is not None
    assert doc.kind.code == "thong-bao"
    assert doc.number is not None
    assert doc.number.number == "41"
    assert doc.date == PartialDate(day=5, month=6, year=2021)


HTML_PAGE = """\
Công văn số 57 về thuế | Thư viện | Trang chủ
Công văn số 57/CĐ-TCT ngày 2/7/2025 của Tổng cục Thuế
Về thực hiện Nghị định số 99/2025/NĐ-CP ngày 30/6/2025 và Thông tư số 12/2025/TT-BTC\tngày 30/6/2025
BỘ TÀI CHÍNH
TỔNG CỤC THUẾ
-------
Số: 57/CĐ-TCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 02 tháng 7 năm 2025
CÔNG ĐIỆN
VỀ THỰC HIỆN NGHỊ ĐỊNH SỐ 99/2025/NĐ-CP
TỔNG CỤC TRƯỞNG TỔNG CỤC THUẾ
điện:
- Cục trưởng Cục Thuế các tỉnh, thành phố.
Đề nghị các đồng chí Cục trưởng triển khai ngay Nghị định số 99/2025/NĐ-CP./.
Nơi nhận:
- Như trên;
- Lưu: VT, CS.
KT. TỔNG CỤC TRƯỞNG
PHÓ TỔNG CỤC TRƯỞNG
Lê Văn Nam
"""


def test_a_page_summary_that_ends_on_a_date_is_no_header_row() -> None:
    # the page's own lines above the document: a sentence citing numbers, then a date
    doc = parse_text(HTML_PAGE).instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "TỔNG CỤC THUẾ"
    assert doc.number is not None
    assert doc.number.number == "57"
    assert (doc.place, doc.date) == ("Hà Nội", PartialDate(day=2, month=7, year=2025))
    assert doc.kind is not None
    assert doc.kind.code == "cong-dien"
    assert doc.subject == "VỀ THỰC HIỆN NGHỊ ĐỊNH SỐ 99/2025/NĐ-CP"


def test_a_telegram_whose_sender_and_dien_stand_on_two_lines() -> None:
    result = parse_text(HTML_PAGE)
    assert [o.name for o in result.instrument.addressees] == [
        "Cục trưởng Cục Thuế các tỉnh, thành phố"
    ]
    assert "label-joined" in codes(result)


BROKEN_FONT = """\
CÔNG AN TỈNH BẮC NINH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 77/TTr-CAT\tBắc Ninh, ngày 3 tháng 10 năm 2025
TỜ TRÌNH
V/v xin chç tr°¡ng tÕ chéc hÙi nghË
Kính gíi: Óng chí Chç tËch UBND tÉnh.

Công an tÉnh kính trình Chç tËch UBND tÉnh xem xét, cho ý ki¿n./.
"""


def test_kinh_gui_whose_second_word_a_broken_font_misprinted() -> None:
    doc = parse_text(BROKEN_FONT).instrument
    assert doc.subject == "V/v xin chç tr°¡ng tÕ chéc hÙi nghË"
    assert [o.name for o in doc.addressees] == ["Óng chí Chç tËch UBND tÉnh"]


# -- the issuer block ---------------------------------------------------------------------------


def _issuer_chain(text: str) -> list[str]:
    return issuer_names(parse_text(text).instrument)


HEADER = """\
{block}
Số: 12/{symbol}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Đà Nẵng, ngày 3 tháng 4 năm 2025

THÔNG BÁO
Về việc tổ chức hội nghị

Các đơn vị cử người dự hội nghị ngày 10/4/2025./.
"""


@pytest.mark.parametrize(
    ("block", "chain"),
    [
        (  # a board's name wrapped before its "VỀ ...", a team under it
            "BAN CHỈ ĐẠO\nVỀ PHÒNG CHỐNG THIÊN TAI\nTỔ GIÚP VIỆC",
            ["TỔ GIÚP VIỆC", "BAN CHỈ ĐẠO VỀ PHÒNG CHỐNG THIÊN TAI"],
        ),
        (  # a team named after the decision that set it up, the decision's number in it
            "SỞ Y TẾ\nĐOÀN KIỂM TRA\nTHEO QUYẾT ĐỊNH\nSỐ 77/QĐ-SYT",
            ["ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 77/QĐ-SYT", "SỞ Y TẾ"],
        ),
        (  # "TRƯỜNG ĐẠI HỌC" alone names no school: the line below completes it
            "ĐẠI HỌC QUỐC GIA HÀ NỘI\nTRƯỜNG ĐẠI HỌC\nKHOA HỌC TỰ NHIÊN\nPHÒNG ĐÀO TẠO",
            ["PHÒNG ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN", "ĐẠI HỌC QUỐC GIA HÀ NỘI"],
        ),
        (  # a labour federation under its national body, whose name ends with VIỆT NAM
            "TỔNG LIÊN ĐOÀN LAO ĐỘNG\nVIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG\nTỈNH QUẢNG NAM",
            ["LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG NAM", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"],
        ),
        (  # the issuer line printed twice by a page: no body is its own parent
            "BỘ CÔNG THƯƠNG\nBỘ CÔNG THƯƠNG",
            ["BỘ CÔNG THƯƠNG"],
        ),
        (  # specks and a stamp's digits around the names
            ". HỘI NÔNG DÂN VIỆT NAM _\nBAN CHẤP HÀNH TỈNH l 3 ` 5",
            ["BAN CHẤP HÀNH TỈNH", "HỘI NÔNG DÂN VIỆT NAM"],
        ),
    ],
)
def test_issuer_blocks_as_printed(block: str, chain: list[str]) -> None:
    assert _issuer_chain(HEADER.format(block=block, symbol="TB-X")) == chain


def test_the_youth_unions_banner_is_no_issuer() -> None:
    text = HEADER.format(block="BCH ĐOÀN TỈNH QUẢNG NAM", symbol="CV/TĐTN").replace(
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n",
        "ĐOÀN TNCS HỒ CHÍ MINH\n",
    )
    assert _issuer_chain(text) == ["BCH ĐOÀN TỈNH QUẢNG NAM"]


def test_a_running_line_on_two_pages_once_a_blank_page_between_is_no_running_line() -> None:
    # the decision's header and an attached rule's header print the same issuer lines;
    # two page breaks with nothing between them are one break
    body = "Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
    header = "BAN CHỈ ĐẠO\nVỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ\nTỔ GIÚP VIỆC\n"
    text = (
        f"{header}Số: 5/QĐ-TGV\nHà Tĩnh, ngày 2 tháng 8 năm 2025\nQUYẾT ĐỊNH\n"
        f"Về việc ban hành Quy chế làm việc\n{body}\f\n\f\n{header}QUY CHẾ LÀM VIỆC\n"
        "Điều 1. Tổ giúp việc họp mỗi tháng một lần.\n"
    )
    assert _issuer_chain(text) == [
        "TỔ GIÚP VIỆC",
        "BAN CHỈ ĐẠO VỀ PHÁT TRIỂN KHOA HỌC VÀ CÔNG NGHỆ",
    ]


# -- the signature ---------------------------------------------------------------------------


def test_the_signers_own_office_printed_under_the_name_is_no_second_block() -> None:
    text = _footer("- Như trên;").replace(
        "Phạm Văn Hùng\n", "Phạm Văn Hùng\nPHÓ GIÁM ĐỐC\nSỞ XÂY DỰNG\n"
    )
    result = parse_text(text)
    blocks = result.instrument.signatures
    assert [(b.title, b.name) for b in blocks] == [("GIÁM ĐỐC", "Phạm Văn Hùng")]


def test_a_signing_title_beside_a_wrapped_item_stays_in_the_signature() -> None:
    text = _footer(
        "- Như trên;\n- Văn phòng Sở (bố trí xe, kinh   \tTỔ TRƯỞNG\nphí cho Tổ công tác);"
    ).replace("Nơi nhận:\tGIÁM ĐỐC", "Nơi nhận:\tTM. TỔ CÔNG TÁC")
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "Văn phòng Sở (bố trí xe, kinh phí cho Tổ công tác)",
    ]
    block = doc.signatures[-1]
    assert (block.title, block.name) == ("TỔ TRƯỞNG", "Phạm Văn Hùng")


@pytest.mark.parametrize(
    ("first", "item", "title"),
    [
        ("- Ban Chỉ đạo ở cơ sở tỉnh TRƯỞNG BAN", "Ban Chỉ đạo ở cơ sở tỉnh", "TRƯỞNG BAN"),
        ("- UBND tỉnh Gia Lai: PHÓ GIÁM ĐỐC,", "UBND tỉnh Gia Lai", "PHÓ GIÁM ĐỐC"),
    ],
)
def test_a_signing_title_run_onto_the_first_item_goes_to_the_signature(
    first: str, item: str, title: str
) -> None:
    # a scan's OCR joins the columns with one space: the title beside the first item
    text = _footer(f"{first}\n- Giám đốc Sở;").replace("Nơi nhận:\tGIÁM ĐỐC", "Nơi nhận:")
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == [item, "Giám đốc Sở"]
    block = doc.signatures[-1]
    assert (block.title, block.name) == (title, "Phạm Văn Hùng")


@pytest.mark.parametrize(
    "first",
    [
        "- Như Điều 3 KỰ/T PHÓ CHỦ TỊCH",  # a damaged mark before the title: OCR strokes
        "- Sở Nội vụ: PHÓ CHỦ TỊCH;",  # the item's own end after the capitals
    ],
)
def test_capitals_that_may_be_no_title_beside_an_item_stay_in_it(first: str) -> None:
    text = _footer(f"{first}\n- Giám đốc Sở;")
    doc = parse_text(text).instrument
    assert doc.signatures[-1].title == "GIÁM ĐỐC"
    assert doc.distribution[0].name == first[2:].rstrip(";")


def test_a_title_typed_in_sentence_case_over_the_list() -> None:
    # a form of the 1990s: the office in capitals, the title in small letters, the name,
    # then the list; a line of the body ending the paragraph above is no title
    text = (
        "UBND TỈNH LẠNG SƠN\nSố: 42/QĐ\n\nQUYẾT ĐỊNH\nVề việc nâng bậc lương\n\n"
        "Điều 1. Nâng bậc lương cho ông Hoàng Văn Sơn.\n"
        "Điều 2. Ông Hoàng Văn Sơn chịu trách nhiệm thi hành quyết định này.\n\n"
        "BAN TỔ CHỨC CHÍNH QUYỀN TỈNH\nTrưởng ban\n\nLý Văn Hòa\n\n"
        "Nơi nhận:\n- Như Điều 2;\n- Lưu VT.\n"
    )
    doc = parse_text(text).instrument
    block = doc.signatures[-1]
    assert (block.title, block.name) == ("Trưởng ban", "Lý Văn Hòa")
    assert [r.name for r in doc.distribution] == ["Như Điều 2"]


def test_a_title_in_small_letters_under_the_heading_stays_an_item() -> None:
    # a page's link cut "Thủ tướng Chính phủ" in the list: no signature's title
    text = (
        "BỘ TÀI CHÍNH\nSố: 5/2025/TT-BTC\n\nTHÔNG TƯ\nQuy định phí\n\n"
        "Điều 1. Thông tư này có hiệu lực từ ngày ký./.\n\nNơi nhận:\nThủ tướng\n"
        "Chính phủ;\n- Bộ Tư pháp;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nLê Văn An\n"
    )
    doc = parse_text(text).instrument
    assert doc.printed is not None
    assert doc.printed.distribution[0] == "Thủ tướng"  # the list's line, however it is joined
    assert doc.distribution[0].name.startswith("Thủ tướng")
    assert [(b.title, b.name) for b in doc.signatures] == [("THỨ TRƯỞNG", "Lê Văn An")]


def test_a_party_lists_bare_archive_item_with_a_scans_speck_after_it() -> None:
    doc = parse_text(_footer("- Như trên;", archive="-Lưu. Tư.")).instrument
    assert [r.name for r in doc.distribution] == ["Như trên"]
    assert doc.archive is not None
    assert doc.archive.units == ("Tư",)


def test_a_group_leader_who_holds_an_office_signs_with_it() -> None:
    text = (
        _footer("- Như trên;")
        .replace("\tGIÁM ĐỐC\n", "\tTỔ TRƯỞNG\n")
        .replace("Phạm Văn Hùng\n", "GIÁM ĐỐC SỞ NỘI VỤ\nPhạm Văn Hùng\n")
    )
    block = parse_text(text).instrument.signatures[-1]
    assert (block.title, block.name) == ("GIÁM ĐỐC SỞ NỘI VỤ", "Phạm Văn Hùng")


def test_an_archive_units_initial_with_its_stop_inside_parentheses() -> None:
    doc = parse_text(_footer("- Như trên;", archive="- Lưu: VT, QLN(H. Lan).")).instrument
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "QLN(H. Lan)")


# -- the kind line and the subject ----------------------------------------------------------

INVITATION = """\
ỦY BAN NHÂN DÂN TỈNH GIA LAI
Số: 31/GM-UBND
Gia Lai, ngày 8 tháng 5 năm 2026
{title}
{opening}
1. Thời gian: 8 giờ 00, ngày 12/5/2026.
2. Địa điểm: Phòng họp số 1, UBND tỉnh./.
"""


def test_a_title_whose_rest_is_one_word_prints_its_subject_below() -> None:
    text = INVITATION.format(
        title="GIẤY MỜI HỌP", opening="Về tình hình giải ngân vốn đầu tư công năm 2026."
    )
    assert parse_text(text).instrument.subject == (
        "Về tình hình giải ngân vốn đầu tư công năm 2026."
    )


def test_a_notice_opening_with_its_sentence_over_the_first_item_has_no_subject() -> None:
    opening = (
        "Thực hiện Chương trình công tác tháng 5/2026, Ủy ban nhân dân tỉnh tổ chức\n"
        "họp đánh giá tiến độ giải ngân vốn đầu tư công."
    )
    result = parse_text(INVITATION.format(title="GIẤY MỜI", opening=opening))
    assert result.instrument.subject is None
    assert "subject-missing" in codes(result)


def test_a_subject_that_cites_and_ends_with_a_stop_over_the_first_part_is_kept() -> None:
    # no one acts after a comma in it: a subject, not the notice's opening sentence
    text = INVITATION.format(
        title="KẾ HOẠCH", opening="Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."
    ).replace("1. Thời gian", "I. MỤC ĐÍCH\n1. Thời gian")
    assert parse_text(text).instrument.subject == "Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị."


def test_a_title_and_its_subject_below_it_the_title_line_gives_no_subject() -> None:
    text = INVITATION.format(
        title="BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA",
        opening="Về việc xét khen thưởng năm 2025\n\nHôm nay, ngày 8/5/2026, Hội đồng họp.",
    )
    result = parse_text(text)
    assert result.instrument.subject == "Về việc xét khen thưởng năm 2025"
    assert "subject-after-title" in codes(result)


def test_a_subject_in_parentheses_under_a_title_of_two_lines() -> None:
    text = INVITATION.format(
        title="NGHỊ QUYẾT CỦA HỘI ĐỒNG QUẢN LÝ QUỸ\nBẢO TRỢ TRẺ EM TỈNH",
        opening="(Về việc sửa đổi Điều lệ Quỹ bảo trợ trẻ em)",
    )
    assert parse_text(text).instrument.subject == "Về việc sửa đổi Điều lệ Quỹ bảo trợ trẻ em"


SET_APART = """\
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: /UBND-NC
Nghệ An, ngày tháng 10 năm 2025
V/v triển khai thực hiện


Công văn số 81/BCA-C04


của Bộ Công an






Kính gửi: Công an tỉnh

Ủy ban nhân dân tỉnh giao Công an tỉnh triển khai thực hiện./.
"""


def test_a_subjects_lines_set_apart_by_several_blank_lines() -> None:
    doc = parse_text(SET_APART).instrument
    assert doc.subject == "V/v triển khai thực hiện Công văn số 81/BCA-C04 của Bộ Công an"
    assert [o.name for o in doc.addressees] == ["Công an tỉnh"]


def test_the_subjects_first_line_run_on_to_the_date_is_parted_from_it() -> None:
    # OCR joined the left column's subject line and the right column's date line with a
    # space, the date broken after "ngày"
    text = (
        "BỘ CÔNG AN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 96/BCA-C04\nV/v dự kiến kế hoạch Hà Nội, ngày\ntháng 12 năm 2025\n"
        "đầu tư công năm 2026\n\nKính gửi: Bộ Tài chính\n\nBộ Công an đề nghị Bộ Tài chính"
        " tổng hợp./.\n"
    )
    doc = parse_text(text).instrument
    assert (doc.place, doc.date) == ("Hà Nội", PartialDate(month=12, year=2025))
    assert doc.subject == "V/v dự kiến kế hoạch đầu tư công năm 2026"


# -- number and date as OCR left them ------------------------------------------------------------

STAMPED = """\
{above}
HỘI KHUYẾN HỌC TỈNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BAN ĐẠI DIỆN\tĐộc lập - Tự do - Hạnh phúc
{number}\t{date}
KẾ HOẠCH
Tổ chức tuyên dương khuyến học năm 2025

1. Các chi hội lập danh sách trước ngày 15/3/2025./.
"""


def test_a_stamps_number_field_is_no_number_line_and_a_lost_slash_is_read() -> None:
    text = STAMPED.format(
        above="Số và ký hiệu HS :..........",
        number="Số: 07KH-BĐD",
        date="Bình Định, ngày 2 tháng 3 năm 2025",
    )
    result = parse_text(text)
    number = result.instrument.number
    assert number is not None
    assert (number.number, number.kind_abbreviation, number.issuer_abbreviation) == (
        "07",
        "KH",
        "BĐD",
    )
    assert "number-repaired" in codes(result)


@pytest.mark.parametrize(
    ("number", "expected"),
    [("Số: {315 /KH-BĐD", "315"), ("Số:.27 /KH-BĐD", "27"), ("Số: /64/KH-BĐD", "64")],
)
def test_a_speck_before_a_handwritten_numbers_digits_is_dropped(number: str, expected: str) -> None:
    text = STAMPED.format(above="", number=number, date="Bình Định, ngày 2 tháng 3 năm 2025")
    result = parse_text(text)
    read = result.instrument.number
    assert read is not None
    assert (read.number, read.kind_abbreviation, read.issuer_abbreviation) == (
        expected,
        "KH",
        "BĐD",
    )
    assert {"number-doubtful", "printed-unreadable"} <= codes(result)


def test_one_digit_after_a_speck_is_no_number() -> None:
    text = STAMPED.format(
        above="", number="Số: ‡5 /KH-BĐD", date="Bình Định, ngày 2 tháng 3 năm 2025"
    )
    read = parse_text(text).instrument.number
    assert read is not None
    assert read.number is None


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Bình Định, ngày 18§ tháng 02 năm 2025", PartialDate(day=18, month=2, year=2025)),
        ("; Bình Định, ngày 0⁄; tháng 3 năm 2025", PartialDate(month=3, year=2025)),
        ("Bình Định, ngày 24 tháng 10 nm 2025", PartialDate(day=24, month=10, year=2025)),
    ],
)
def test_date_lines_a_seal_or_a_stamp_marked(date: str, expected: PartialDate) -> None:
    text = STAMPED.format(above="", number="Số: 07/KH-BĐD", date=date)
    doc = parse_text(text).instrument
    assert (doc.place, doc.date) == ("Bình Định", expected)


# -- addressees ---------------------------------------------------------------------------------

LETTER = """\
BỘ NỘI VỤ
Số: 44/BNV-TCBC
V/v rà soát biên chế
Hà Nội, ngày 5 tháng 6 năm 2025

{addressees}

Bộ Nội vụ đề nghị các cơ quan rà soát biên chế trước ngày 30/6/2025./.
"""


def test_a_list_of_names_wrapped_over_several_lines_is_one_addressee() -> None:
    addressees = (
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố Hà Giang, Cao Bằng,\n"
        "Bắc Kạn, Lạng Sơn, Tuyên Quang, Lào Cai, Yên Bái,\n"
        "Thái Nguyên, Phú Thọ, Bắc Giang, Quảng\nNinh, Hòa Bình."
    )
    doc = parse_text(LETTER.format(addressees=addressees)).instrument
    assert [o.name for o in doc.addressees] == [
        "Ủy ban nhân dân các tỉnh, thành phố Hà Giang, Cao Bằng, Bắc Kạn, Lạng Sơn, Tuyên"
        " Quang, Lào Cai, Yên Bái, Thái Nguyên, Phú Thọ, Bắc Giang, Quảng Ninh, Hòa Bình"
    ]


def test_a_dashed_addressee_cut_after_a_comma_goes_on_below() -> None:
    addressees = (
        "Kính gửi:\n- Đồng chí Lê Văn Bình - Chủ tịch UBND tỉnh:\n"
        "- Đồng chí Trần Thị Mai - Phó Chủ tịch UBND tỉnh,\n"
        "Chủ tịch Hội đồng thi đua - khen thưởng cấp\ntỉnh."
    )
    doc = parse_text(LETTER.format(addressees=addressees)).instrument
    assert [o.name for o in doc.addressees] == [
        "Đồng chí Lê Văn Bình - Chủ tịch UBND tỉnh",
        "Đồng chí Trần Thị Mai - Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng thi đua - khen"
        " thưởng cấp tỉnh",
    ]


def test_a_list_whose_entries_all_end_with_a_comma_ends_before_the_body() -> None:
    addressees = (
        "Kính gửi:\n- Sở Tài chính,\n- Sở Xây dựng,\n"
        "Để kịp thời tổng hợp số liệu biên chế năm 2025, Bộ Nội vụ gửi kèm biểu mẫu."
    )
    doc = parse_text(LETTER.format(addressees=addressees)).instrument
    assert [o.name for o in doc.addressees] == ["Sở Tài chính", "Sở Xây dựng"]


def test_a_kinh_gui_left_blank_names_no_one() -> None:
    result = parse_text(LETTER.format(addressees="Kính gửi: ........................-«cŸẰ. ."))
    assert result.instrument.addressees == ()
    assert "addressees-empty" in codes(result)


def test_an_item_that_names_a_web_address_is_no_seal_noise() -> None:
    doc = parse_text(_footer("- Như trên;\n\n- Đăng web, trang sxd.ninhbinh.gov.vn;")).instrument
    assert [r.name for r in doc.distribution] == [
        "Như trên",
        "Đăng web, trang sxd.ninhbinh.gov.vn",
    ]


@pytest.mark.parametrize("dash", ["-", "–", "—", "+", "•"])
def test_an_item_s_dash_alone_under_the_heading_stays_the_item_s(dash: str) -> None:
    # whatever dash the list prints, one cut from its item by a page's link is the item's
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV\n\nNội dung./.\n\n"
        f"Nơi nhận:\n{dash}\nUBND tỉnh;\n- Sở Tài chính;\n- Lưu: VT.\n"
    )
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["UBND tỉnh", "Sở Tài chính"]
    assert doc.printed is not None
    assert doc.printed.distribution == ("- UBND tỉnh;", "- Sở Tài chính;")
