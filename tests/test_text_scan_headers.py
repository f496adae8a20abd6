"""Headers as scans and old OCR layers leave them (issue 23, held-out set 11): specks of a
seal before ``Số``, ``Kính gửi`` and an addressee's dash, a ``V/v`` whose slash OCR read as
a letter, strokes between the number row and the kind line, a number whose digits OCR lost,
a banner row OCR set inside the body, the enacting authority under the number of a licence
that prints no kind line, a name's field wrapped under it, a person's paper under the
banner.

Each text is typed for the test in the shape such a source leaves; the expected values are
read off the text above them.
"""

from __future__ import annotations

import pytest

from reading import codes as _codes
from reading import header as _header
from reading import said as _said
from vnadmin.grammar.subjects import DAMAGED_VV
from vnadmin.model import PartialDate, Urgency
from vnadmin.text import parse_text
from vnadmin.text.dateline import find_dateline

SPECKS_IN_THE_MARGIN = (
    "CÔNG AN TỈNH KHÁNH HÒA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "\n"
    "PHÒNG CẢNH SÁT GIAO THÔNG Độc lập - Tự do - Hạnh phúc\n"
    "k) Số: 208 /CV-PC08 Nha Trang, ngày 9 tháng 10 năm 2022\n"
    "\n"
    "VíV phối hợp bảo đảm trật tự giao thông\n"
    "mùa lễ hội\n"
    "\n"
    "Rr: › Kính gửi: - Sở Giao thông vận tải;\n"
    "t4 = + - Ủy ban nhân dân các huyện;\n"
    "Qv- 7 i ả - Đài Phát thanh và Truyền hình tỉnh.\n"
    "\n"
    "Trong mùa lễ hội sắp tới, lượng phương tiện tham gia giao thông tăng cao.\n"
    "\n"
    "Phòng Cảnh sát giao thông đề nghị các đơn vị phối hợp thực hiện./.\n"
)


def test_specks_of_a_seal_in_the_margin_are_no_part_of_the_header() -> None:
    # a letter and a bracket before Số, signs before Kính gửi and before two dashes of the
    # list: the number row, the subject and the three addressees are read as printed
    result = parse_text(SPECKS_IN_THE_MARGIN)
    assert _header(result) == (
        "PHÒNG CẢNH SÁT GIAO THÔNG",
        "CÔNG AN TỈNH KHÁNH HÒA",
        "208/CV-PC08",
        "Nha Trang",
        PartialDate(day=9, month=10, year=2022),
        "Công văn",
        "V/v phối hợp bảo đảm trật tự giao thông mùa lễ hội",
    )
    assert [org.name for org in result.instrument.addressees] == [
        "Sở Giao thông vận tải",
        "Ủy ban nhân dân các huyện",
        "Đài Phát thanh và Truyền hình tỉnh",
    ]
    assert "'VíV' read as 'V/v'" in _said(result, "ocr-repaired")


@pytest.mark.parametrize("lead", ["V1v", "VíV", "V\\v", "V%v"])
def test_a_vv_lead_whose_slash_ocr_misread_is_the_lead(lead: str) -> None:
    assert DAMAGED_VV.match(f"{lead} tổ chức hội nghị") is not None


@pytest.mark.parametrize("text", ["V/v tổ chức", "V.v tổ chức", "Vĩnh Phúc", "VIV ABC", "Vív"])
def test_a_printed_lead_or_a_word_is_no_damaged_lead(text: str) -> None:
    assert DAMAGED_VV.match(text) is None


STROKES_UNDER_THE_NUMBER = (
    "TÒA ÁN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "HUYỆN CẦN GIỜ Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "Số: 41/2023/QĐST-DS Cần Giờ, ngày 14 tháng 3 năm 2023\n"
    "\n"
    ".x8\\ŒQ\\MWÉMM Bả 7 ¬\n"
    "— - QUYÉT ĐỊNH -\n"
    "\n"
    "CÔNG NHẬN SỰ THỎA THUẬN CỦA CÁC ĐƯƠNG SỰ\n"
    "\n"
    "Căn cứ Điều 212 của Bộ luật Tố tụng dân sự năm 2015;\n"
)


def test_strokes_between_the_number_row_and_the_kind_line_do_not_end_the_header() -> None:
    result = parse_text(STROKES_UNDER_THE_NUMBER)
    assert _header(result)[5:] == ("Quyết định", "CÔNG NHẬN SỰ THỎA THUẬN CỦA CÁC ĐƯƠNG SỰ")
    assert "kind-missing" not in _codes(result)


BANNER_ROW_SET_APART = (
    "Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "Số: ¿4ñ /GP-BCT Hà Nội, ngày 2 tháng 11 năm 2019\n"
    "\n"
    "BỘ TRƯỞNG BỘ CÔNG THƯƠNG\n"
    "\n"
    "Căn cứ Luật Điện lực ngày 3 tháng 12 năm 2004;\n"
    "\n"
    "Căn cứ Nghị định số 98/2017/NĐ-CP ngày 18 tháng 8 năm 2017 của Chính phủ quy định\n"
    "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công Thương;\n"
    "\n"
    "Căn cứ Nghị định số 137/2013/NĐ-CP ngày 21 tháng 10 năm 2013 của Chính phủ quy\n"
    "định chi tiết thi hành một số điều của Luật Điện lực;\n"
    "\n"
    "Xét hồ sơ đề nghị cấp giấy phép của Công ty Điện lực Bình Minh nộp ngày 5 tháng 9\n"
    "năm 2019 và hồ sơ bổ sung nộp ngày 20 tháng 9 năm 2019;\n"
    "\n"
    "Theo đề nghị của Cục trưởng Cục Điều tiết điện lực,\n"
    "\n"
    "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "\n"
    "QUYẾT ĐỊNH:\n"
    "\n"
    "Điều 1. Cấp giấy phép hoạt động điện lực cho Công ty Điện lực Bình Minh.\n"
    "\n"
    "Điều 2. Công ty Điện lực Bình Minh báo cáo kết quả hoạt động trước ngày 31/12/2020.\n"
    "\n"
    "Nơi nhận:\n"
    "- Như Điều 2;\n"
    "- Lưu: VT.\n"
    "\n"
    "BỘ TRƯỞNG\n"
    "\n"
    "Trần Văn Bình\n"
)


def test_a_number_whose_digits_ocr_lost_opens_the_document_and_its_banner_row_is_the_headers() -> (
    None
):
    # OCR printed the page's top row (issuer, banner) among the legal basis: the number line
    # above it opens the document, the row is no second one, the articles under it are read
    result = parse_text(BANNER_ROW_SET_APART)
    assert _header(result)[:5] == (
        "BỘ CÔNG THƯƠNG",  # the body of who enacts it, no issuer line above the number
        None,
        "/GP-BCT",
        "Hà Nội",
        PartialDate(day=2, month=11, year=2019),
    )
    assert "issuer-from-authority" in _codes(result)
    assert "banner-displaced" in _codes(result)
    assert "attachment-skipped" not in _codes(result)
    assert [task.label for task in result.instrument.body.tasks] == ["Điều 1.", "Điều 2."]
    preamble = " ".join(paragraph.text for paragraph in result.instrument.body.preamble)
    assert "Căn cứ Luật Điện lực" in preamble


def test_the_enacting_authority_under_the_number_is_no_issuer_line() -> None:
    text = "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n" + BANNER_ROW_SET_APART.replace(
        "BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n", ""
    )
    result = parse_text(text)
    assert _header(result)[:2] == ("BỘ CÔNG THƯƠNG", None)
    assert "'BỘ TRƯỞNG BỘ CÔNG THƯƠNG': who enacts it, no issuer" in _said(result, "line-skipped")


OLD_LAYER_SAO_Y = (
    "UY BAN NHAN DAN\n"
    "TINH QUANG NAM\n"
    "\n"
    "CONG HOA XA HOI CHU NGHIA VIET NAM\n"
    "\n"
    "S& 2?1Q /UBND-KGVX\n"
    "\n"
    "Quang Nam, ngay 5 thang 9 nam 2022\n"
    "\n"
    "V/v trien khai Ke hoach so 12-KH/TU\n"
    "ngay 3/8/2022 ye cong tac phong chong\n"
    "thien tai tinh Quang Nam\n"
    "\n"
    "an\n"
    "h\n"
    "\n"
    "KInh gUi:\n"
    "- Cac so, ban, nganh;\n"
    "- UBND cac huyen, thi xa.\n"
    "\n"
    "Thuc hien Ke hoach so 12-KH/TU, UBND tinh yeu cau cac don vi thuc hien./.\n"
)


def test_an_old_layers_label_and_kinh_gui_in_any_case_after_specks_are_read() -> None:
    result = parse_text(OLD_LAYER_SAO_Y)
    assert _header(result)[:3] == ("UY BAN NHAN DAN TINH QUANG NAM", None, "/UBND-KGVX")
    assert [org.name for org in result.instrument.addressees] == [
        "Cac so, ban, nganh",
        "UBND cac huyen, thi xa",
    ]
    assert "addressees-unreadable" not in _codes(result)


def test_a_subject_line_ocr_garbled_past_its_syllables_goes_on_with_the_subject() -> None:
    text = OLD_LAYER_SAO_Y.replace("thien tai tinh Quang Nam", "thrc tiQn tf3i tnh Qng Nm")
    subject = parse_text(text).instrument.subject
    assert subject is not None
    assert subject.endswith("phong chong thrc tiQn tf3i tnh Qng Nm")


def test_a_bodys_field_wrapped_under_its_first_line_is_one_name() -> None:
    text = (
        " BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TRUNG TÂM QUAN TRẮC & CẢNH BÁO           Độc lập - Tự do - Hạnh phúc\n"
        "   TÀI NGUYÊN ĐẤT QUỐC GIA\n"
        "\n"
        "     Số: 7/QĐ-TTQT                   Hà Nội, ngày 4 tháng 2 năm 2025\n"
        "\n"
        "                           QUYẾT ĐỊNH\n"
        "              Về việc giao nhiệm vụ quan trắc năm 2025\n"
    )
    assert _header(parse_text(text))[:2] == (
        "TRUNG TÂM QUAN TRẮC & CẢNH BÁO TÀI NGUYÊN ĐẤT QUỐC GIA",
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    )


def test_a_persons_paper_under_the_banner_and_date_has_no_issuer() -> None:
    text = (
        "|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM          |\n"
        "|Độc lập - Tự do - Hạnh phúc                 |\n"
        "|                                            |\n"
        "|Hải Phòng, ngày 12 tháng 05 năm 2024        |\n"
        "\n"
        "\n"
        "                 BẢN TỰ KIỂM ĐIỂM CÁ NHÂN\n"
        "\n"
        "      Kính gửi:  Ban Giám đốc Công ty.\n"
        "\n"
        "      Tôi tên là Lê Thị Hoa, nhân viên phòng Kế toán.\n"
    )
    result = parse_text(text)
    assert result.instrument.issuer is None
    assert result.instrument.date == PartialDate(day=12, month=5, year=2024)
    assert "title-unknown" in _codes(result)


def test_a_legacy_layers_day_word_read_d_for_its_a_opens_the_date() -> None:
    found = find_dateline("Hai Phong, ngdy 21 thdng 7 ndm 2016")
    assert found is not None
    assert (found.place, found.date) == ("Hai Phong", PartialDate(day=21, month=7, year=2016))


def test_a_symbol_glued_to_the_digits_its_slash_lost_is_kept() -> None:
    text = (
        "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\n"
        "Số: Q5TB-KCN Hưng Yên, ngày 3 tháng 7 năm 2013\n"
        "THÔNG BÁO\n"
        "Về việc góp ý quy chế lương\n"
    )
    result = parse_text(text)
    assert _header(result)[2] == "/TB-KCN"
    assert "number-unreadable" in _codes(result)


OLD_LAYER_GARBLED_ROWS = (
    "UY BAN NHAN DAN\n"
    "TINH BINH DUONG\n"
    "\n"
    "cgNG HoA x,l ugr cnu Ncnia vtpr xlrvr\n"
    "DQc lqp - Trl do - Hqnh phric\n"
    "\n"
    "so:f12tCNa-usND\n"
    "\n"
    "Thu Dau Mot,ngdy 3 thdng 4 ndm 2024\n"
    "\n"
    "ou\n"
    ",do A I\n"
    "\n"
    "GIAY MOI\n"
    "\n"
    "Uy ban nhan dan tinh to chuc buoi lam viec ve cong tac chuyen doi so.\n"
)


def test_the_issuer_above_rows_an_old_layer_garbled_stays_the_headers() -> None:
    # the date anchors the header; the banner and number rows above it are past knowing,
    # the motto stands alone: the issuer's name above them is kept, and the specks under
    # the date do not end the header before the kind line
    result = parse_text(OLD_LAYER_GARBLED_ROWS)
    issuer, _, _, _, date, kind, _ = _header(result)
    assert (issuer, date, kind) == (
        "UY BAN NHAN DAN TINH BINH DUONG",
        PartialDate(day=3, month=4, year=2024),
        "Giấy mời",
    )
    assert "header-noise-removed" not in _codes(result)


def test_a_letter_no_symbol_is_spelt_with_after_the_digits_keeps_no_symbol() -> None:
    # "Ø" is OCR's reading of a handwritten digit, not a symbol's first capital
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n"
        "Số1§4ØBGDĐT-GDTX Hà Nội, ngày 8 tháng 5 năm 2026\n"
        "V/v khảo sát thiết bị dạy học\n"
    )
    assert _header(parse_text(text))[2] is None


@pytest.mark.parametrize(
    ("parent", "issuer"),
    [
        (": _ UBND TỈNH HÀ NAM š", "SỞ XÂY DỰNG"),  # a colon, a stroke, a foreign letter
        ("UBND TỈNH HÀ NAM", "..SỞ XÂY DỰNG ¬"),  # a sign after the name
    ],
)
def test_specks_around_an_issuer_line_are_no_part_of_its_name(parent: str, issuer: str) -> None:
    text = (
        f"{parent} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{issuer} Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31/SXD-QLN Hà Nam, ngày 5 tháng 4 năm 2019\n"
        "V/v góp ý dự thảo quy chế\n"
    )
    assert _header(parse_text(text))[:2] == ("SỞ XÂY DỰNG", "UBND TỈNH HÀ NAM")


def test_a_title_the_kinds_do_not_know_under_the_number_row_is_no_issuer_line() -> None:
    text = (
        "UBND TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31/SXD-QLN Hà Nam, ngày 5 tháng 4 năm 2019\n"
        "PHIẾU GÓP Ý\n"
        "Về dự thảo quy chế quản lý nhà ở\n"
        "\n"
        "Sở Xây dựng đề nghị các đơn vị góp ý.\n"
    )
    result = parse_text(text)
    assert _header(result) == (
        "SỞ XÂY DỰNG",
        "UBND TỈNH HÀ NAM",
        "31/SXD-QLN",
        "Hà Nam",
        PartialDate(day=5, month=4, year=2019),
        None,
        "Về dự thảo quy chế quản lý nhà ở",
    )
    assert "title-unknown" in _codes(result)


@pytest.mark.parametrize("parent", ["SỞ Y TẾ TỈNH HÀ NAM", "SO Y TE TINH HA NAM"])
def test_an_inspectorate_under_its_department_is_a_body_of_its_own(parent: str) -> None:
    # THANH TRA opens with the letters of THÀNH (a city), but names an organ; the
    # inspectorate's symbol ends in small letters before the place (TTra Hà Nam)
    text = (
        f"{parent} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "THANH TRA Độc lập - Tự do - Hạnh phúc\n"
        "Số: 14/KH-TTra Hà Nam, ngày 3 tháng 8 năm 2021\n"
        "KẾ HOẠCH\n"
        "Thanh tra việc cấp chứng chỉ hành nghề\n"
    )
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert doc.issuer.parent is not None
    assert (doc.issuer.name, doc.issuer.parent.name) == ("THANH TRA", parent)
    assert doc.number is not None
    assert doc.number.issuer_abbreviation == "TTra"
    assert doc.place == "Hà Nam"


def test_a_councils_name_wrapped_before_its_fields_abbreviation_is_one_name() -> None:
    text = (
        "SỞ Y TẾ TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "HỘI ĐỒNG THẨM ĐỊNH MUA Độc lập - Tự do - Hạnh phúc\n"
        "VẬT TƯ TB&HC\n"
        "Số: 12/GM-HĐTĐ Hà Nam, ngày 3 tháng 8 năm 2021\n"
        "GIẤY MỜI\n"
        "Họp thẩm định kế hoạch mua sắm\n"
    )
    assert _header(parse_text(text))[:2] == (
        "HỘI ĐỒNG THẨM ĐỊNH MUA VẬT TƯ TB&HC",
        "SỞ Y TẾ TỈNH HÀ NAM",
    )


def test_a_seals_fragment_between_the_issuer_block_and_the_number_is_no_issuer() -> None:
    text = (
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HÀ NAM Độc lập - Tự do - Hạnh phúc\n"
        "\n"
        "IS]\n"
        "Số: 31/UBND-KSTT Hà Nam, ngày 5 tháng 4 năm 2019\n"
        "V/v rà soát thủ tục hành chính\n"
    )
    result = parse_text(text)
    assert _header(result)[:2] == ("ỦY BAN NHÂN DÂN TỈNH HÀ NAM", None)
    assert "line-skipped" in _codes(result)


@pytest.mark.parametrize(
    ("first", "second", "issuer", "parent"),
    [
        # a speck read as a dash beside the banner: the province's committee over its department
        ("UBND TỈNH HÀ NAM -", "SỞ Y TẾ", "SỞ Y TẾ", "UBND TỈNH HÀ NAM"),
        # the same head: a joint name wrapped after its dash
        ("BỘ TƯ PHÁP -", "BỘ CÔNG AN", "BỘ TƯ PHÁP - BỘ CÔNG AN", None),
    ],
)
def test_a_dash_ending_a_whole_units_name_over_a_department_joins_nothing(
    first: str, second: str, issuer: str, parent: str | None
) -> None:
    text = (
        f"{first} CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"{second} Độc lập - Tự do - Hạnh phúc\n"
        "Số: 31/TB-SYT Hà Nam, ngày 5 tháng 4 năm 2019\n"
        "THÔNG BÁO\n"
        "Về việc tuyển sinh năm 2019\n"
    )
    assert _header(parse_text(text))[:2] == (issuer, parent)


def _flash(mark_line: str) -> str:
    """An invitation letter whose urgency mark, under the number row, is ``mark_line``."""
    return (
        "UBND TỈNH AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12 /GM-SYT An Giang, ngày 3 tháng 5 năm 2024\n"
        f"{mark_line}\n"
        "GIẤY MỜI\n"
        "\n"
        "Họp bàn công tác phòng chống dịch\n"
        "\n"
        "Sở Y tế kính mời các đơn vị dự họp.\n"
    )


def test_an_urgency_mark_ocr_damaged_is_the_mark_and_the_title_under_it_is_read() -> None:
    result = parse_text(_flash("[HA TỐC"))  # HỎA TỐC, its Ỏ lost and its bracket a speck
    doc = result.instrument
    assert doc.urgency is Urgency.FLASH
    assert doc.subject == "Họp bàn công tác phòng chống dịch"
    assert "ocr-repaired" in _codes(result)


@pytest.mark.parametrize("line", ["KHAI", "HA TÂY", "NƠI MẤT", "Ha tốc"])
def test_a_short_word_or_another_phrase_is_no_handling_mark(line: str) -> None:
    # KHẨN has four letters: one off it is another word (KHAI); HA TÂY is two off HỎA TỐC;
    # NƠI MẤT is one off TỐI MẬT, which is not guessed; a mark is printed in capitals
    doc = parse_text(_flash(line)).instrument
    assert (doc.urgency, doc.secrecy) == (None, None)
