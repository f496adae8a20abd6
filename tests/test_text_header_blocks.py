"""Issuer blocks, titles and subjects in shapes a new set of producers printed them: a
title glued to its subject, a Party title naming its issuer before the subject, a body's
short name on a line of its own, the banner cut by its column, three levels run on one
line, a congress's name split by its banner.  Each text is typed here in that shape;
expected values are read off it."""

from __future__ import annotations

import pytest

from reading import issuer_names
from vnadmin.text import parse_text

INVITATION = """\
UBND TỈNH BẮC NAM
SỞ NÔNG NGHIỆP
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Số: 211 /GM-SNN
Bắc Nam, ngày 3 tháng 9 năm 2024
Độc lập - Tự do - Hạnh phúc
GIẤY MỜI
Họp bàn phương án chống hạn vụ đông xuân
Để chủ động ứng phó với nắng hạn kéo dài, Sở Nông nghiệp tổ chức cuộc họp
như sau:
1. Thời gian: 8 giờ ngày 10/9/2024.
"""


def test_a_sentence_of_purpose_under_a_subject_opens_the_body() -> None:
    doc = parse_text(INVITATION).instrument
    assert doc.subject == "Họp bàn phương án chống hạn vụ đông xuân"


DECISION = """\
ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH ĐÔNG SƠN                   Độc lập - Tự do - Hạnh phúc
Số: 77/QĐ-UBND                Đông Sơn, ngày 5 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp;
Sở Nội vụ; Ủy ban nhân dân cấp xã

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐÔNG SƠN

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
"""


def test_a_subject_listing_bodies_goes_on_after_a_semicolon() -> None:
    doc = parse_text(DECISION).instrument
    assert doc.subject == (
        "Về việc công bố thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp;"
        " Sở Nội vụ; Ủy ban nhân dân cấp xã"
    )


@pytest.mark.parametrize(
    ("printed", "subject"),
    [
        pytest.param(  # a subject ending on a colon goes on with what it introduces
            "Về việc giới thiệu mẫu dấu và chữ ký:\nPhó Chánh Văn phòng Ủy ban nhân dân tỉnh",
            "Về việc giới thiệu mẫu dấu và chữ ký: Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
            id="colon",
        ),
        pytest.param(
            # a subject enumerating in brackets goes on with its next item: "(2)" opens a
            # body's item too, but after "(1) ...;" in the subject it is the next one
            "Về khắc phục (1) ngập úng;\n(2) ùn tắc giao thông trên địa bàn tỉnh",
            "Về khắc phục (1) ngập úng; (2) ùn tắc giao thông trên địa bàn tỉnh",
            id="bracketed-items",
        ),
    ],
)
def test_a_subject_wrapped_after_what_announces_more_goes_on(printed: str, subject: str) -> None:
    text = DECISION.replace(
        "Về việc công bố thủ tục hành chính thuộc thẩm quyền của Sở Tư pháp;\n"
        "Sở Nội vụ; Ủy ban nhân dân cấp xã",
        printed,
    )
    assert printed in text
    doc = parse_text(text).instrument
    assert doc.subject == subject


def test_a_speck_glued_before_the_vv_lead_is_dropped() -> None:
    text = (
        "ỦY BAN NHÂN DÂN             CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH ĐÔNG SƠN                   Độc lập - Tự do - Hạnh phúc\n"
        "Số: 77/UBND-VP                Đông Sơn, ngày 5 tháng 3 năm 2025\n"
        "'V/v báo cáo số liệu quý I\n"
        "\nKính gửi: Các sở, ban, ngành tỉnh.\n"
        "\nỦy ban nhân dân tỉnh đề nghị các đơn vị báo cáo trước ngày 10/4/2025.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject == "V/v báo cáo số liệu quý I"
    assert doc.kind is not None
    assert doc.kind.code == "cong-van"


PARTY_RESOLUTION = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 12-NQ/TW
Hà Nội, ngày 4 tháng 5 năm 2025

NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về phát triển kinh tế biển

I. TÌNH HÌNH
Kinh tế biển đã có bước phát triển.
"""


def test_a_title_naming_its_issuer_keeps_the_subject_after_it() -> None:
    doc = parse_text(PARTY_RESOLUTION).instrument
    assert doc.kind is not None
    assert doc.kind.name == "Nghị quyết"
    assert doc.subject == "về phát triển kinh tế biển"


GLUED_PLAN = """\
TỔ DÂN PHỐ AN HÒA
Số: 3/KH-TDP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
An Hòa, ngày 2 tháng 6 năm 2025
KẾ HOẠCHVệ sinh môi trường khu dân cư năm 2025
Căn cứ tình hình thực tế của tổ dân phố;
"""


def test_a_title_glued_to_its_subject_is_read_as_both() -> None:
    doc = parse_text(GLUED_PLAN).instrument
    assert doc.kind is not None
    assert doc.kind.name == "Kế hoạch"
    assert doc.subject == "Vệ sinh môi trường khu dân cư năm 2025"


def test_capitals_alone_are_no_glued_title() -> None:
    # a space after the title, the subject's first word in capitals: nothing glued, the
    # subject read whole as printed (the != alone held for any reading of VỆ in capitals)
    doc = parse_text(GLUED_PLAN.replace("KẾ HOẠCHVệ", "KẾ HOẠCH VỆ")).instrument
    assert doc.kind is not None
    assert doc.kind.name == "Kế hoạch"
    assert doc.subject != "Vệ sinh môi trường khu dân cư năm 2025"
    assert doc.subject == "VỆ sinh môi trường khu dân cư năm 2025"


COMPANY = """\
CÔNG TY CỔ PHẦN THỰC PHẨM NAM VIỆT    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
(NAVIFOOD)                          Độc lập - Tự do - Hạnh phúc
Số: 14/NQ-HĐQT
TP. Hồ Chí Minh, ngày 8 tháng 4 năm 2024

NGHỊ QUYẾT
Về việc chi trả cổ tức năm 2023
"""


def test_a_short_name_in_brackets_ends_the_name_above() -> None:
    doc = parse_text(COMPANY).instrument
    assert issuer_names(doc) == ["CÔNG TY CỔ PHẦN THỰC PHẨM NAM VIỆT (NAVIFOOD)"]


LAYOUT_LETTER = """\
       UBND TỈNH TÂY BẮC                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
          SỞ XÂY DỰNG                                        NAM
                                             Độc lập - Tự do - Hạnh phúc
          Số: 90 /SXD-VP
V/v góp ý dự thảo quy hoạch              Tây Bắc, ngày 9 tháng 8 năm 2024

            Kính gửi: Sở Tài chính tỉnh Tây Bắc.

      Sở Xây dựng đề nghị Sở Tài chính góp ý dự thảo quy hoạch.
"""


def test_the_banners_wrapped_word_beside_the_issuer_is_not_its_name() -> None:
    doc = parse_text(LAYOUT_LETTER).instrument
    assert issuer_names(doc) == ["SỞ XÂY DỰNG", "UBND TỈNH TÂY BẮC"]


THREE_LEVELS = """\
## BỘ TÀI CHÍNH CỤC QUẢN LÝ GIÁ VÀ TÀI SẢN CÔNG **TRUNG TÂM THẨM ĐỊNH GIÁ TẠI TP. CẦN THƠ**

## **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc**

*Cần Thơ, ngày 2 tháng 7 năm 2025*

Số: 5512/TB-TT2

## **Kính gửi:** Công ty TNHH Sông Hậu
"""


def test_a_ministry_its_department_and_its_unit_on_one_line_are_three_levels() -> None:
    doc = parse_text(THREE_LEVELS).instrument
    assert issuer_names(doc)[:2] == [
        "TRUNG TÂM THẨM ĐỊNH GIÁ TẠI TP. CẦN THƠ",
        "CỤC QUẢN LÝ GIÁ VÀ TÀI SẢN CÔNG",
    ]


PARTY_INTRODUCTION = """\
ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH
ĐẢNG ỦY SỞ Y TẾ BẮC tRUNG
*
Số 5-GGT/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Bắc Trung, ngày 3 tháng 3 năm 2026
GIẤY GIỚI THIỆU

Kính gửi: Đảng ủy phường An Bình.
"""


def test_a_party_committee_of_a_peoples_committee_is_one_name() -> None:
    doc = parse_text(PARTY_INTRODUCTION).instrument
    assert issuer_names(doc) == ["ĐẢNG ỦY SỞ Y TẾ BẮC tRUNG", "ĐẢNG BỘ ỦY BAN NHÂN DÂN TỈNH"]


SCHOOL_NOTICE = """\
UBND HUYỆN ĐÔNG ANH
TRƯỜNG MẦM NON HOA SEN

HƯỞNG ỨNG
Ngày hội đọc sách của nhà trường năm 2025

Nhằm khuyến khích thói quen đọc sách của trẻ, nhà trường phát động ngày hội đọc sách.
"""


def test_an_unknown_title_under_an_undated_block_is_no_issuer_line() -> None:
    doc = parse_text(SCHOOL_NOTICE).instrument
    assert issuer_names(doc) == ["TRƯỜNG MẦM NON HOA SEN", "UBND HUYỆN ĐÔNG ANH"]
    assert doc.subject == "Ngày hội đọc sách của nhà trường năm 2025"


WEB_PLAN = """\
| **SỞ GIÁO DỤC VÀ ĐÀO TẠO NAM HÀ** **Trường THPT Lê Lợi** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨAVIỆTNAM** **Độc lập – Tự do – Hạnh phúc** |
|---|---|

**KẾ HOẠCH HOẠT ĐỘNG**

Căn cứ nhiệm vụ năm học 2024 - 2025 của nhà trường;
"""


def test_a_banner_that_lost_its_spaces_is_no_issuer() -> None:
    doc = parse_text(WEB_PLAN).instrument
    assert issuer_names(doc) == ["Trường THPT Lê Lợi", "SỞ GIÁO DỤC VÀ ĐÀO TẠO NAM HÀ"]


CONGRESS = """\
ĐẠI HỘI ĐẠI BIỂU
ĐOÀN TNCS HỒ CHÍ MINH
ĐOÀN TNCS HỒ CHÍ MINH
TRƯỜNG ĐẠI HỌC MIỀN TÂY
LẦN THỨ V, NHIỆM KỲ 2024 - 2027
Cần Thơ, ngày 9 tháng 10 năm 2024
***
CHƯƠNG TRÌNH ĐẠI HỘI
"""


def test_a_congress_name_split_by_the_union_banner_is_one_name() -> None:
    doc = parse_text(CONGRESS).instrument
    assert issuer_names(doc) == [
        "ĐẠI HỘI ĐẠI BIỂU ĐOÀN TNCS HỒ CHÍ MINH TRƯỜNG ĐẠI HỌC MIỀN TÂY LẦN THỨ V,"
        " NHIỆM KỲ 2024 - 2027"
    ]


DRAFT_LETTER = """\
BỘ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
CỤC HÓA CHẤT
Độc lập - Tự do - Hạnh phúc

Số:

/HC-P2

Hà Nội, ngày

tháng

năm 2025

V/v góp ý dự thảo thông tư

Kính gửi: Các đơn vị trực thuộc.
"""


def test_a_draft_date_line_in_three_pieces_is_one() -> None:
    doc = parse_text(DRAFT_LETTER).instrument
    assert doc.place == "Hà Nội"
    assert doc.date is not None
    assert (doc.date.day, doc.date.month, doc.date.year) == (None, None, 2025)
    assert doc.subject == "V/v góp ý dự thảo thông tư"


BOARD_RESOLUTION = """\
CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG HẢI    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                   Độc lập - Tự do - Hạnh phúc
Số: 07/NQ-HĐQT
Hải Phòng, ngày 12 tháng 5 năm 2023

NGHỊ QUYẾT

HỘI ĐỒNG QUẢN TRỊ CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG HẢI

- Căn cứ Luật Doanh nghiệp số 59/2020/QH14;
- Căn cứ Điều lệ Công ty;

QUYẾT NGHỊ

Điều 1. Thông qua kế hoạch kinh doanh năm 2023.
"""


def test_the_board_under_a_companys_title_enacts_it_and_is_no_subject() -> None:
    doc = parse_text(BOARD_RESOLUTION).instrument
    assert doc.subject is None
    assert issuer_names(doc) == ["CÔNG TY CỔ PHẦN CƠ KHÍ ĐÔNG HẢI"]


WEB_TITLE_SET_APART = """\
| **PHÒNG GIÁO DỤC HUYỆN ĐÔNG HÀ** **Trường THCS Kim Đồng** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập – Tự do – Hạnh phúc** |
|---|---|

**KẾ HOẠCH HOẠT ĐỘNG**

**TỔ NGỮ VĂN - LỊCH SỬ**

**_Năm học 2023 – 2024_**

\\- _Căn cứ nhiệm vụ năm học 2023 - 2024 của Phòng Giáo dục;_

Tổ Ngữ văn - Lịch sử lập kế hoạch như sau:
"""


def test_a_title_in_capitals_set_apart_by_a_web_page_goes_on_to_its_basis() -> None:
    doc = parse_text(WEB_TITLE_SET_APART).instrument
    assert doc.subject == "HOẠT ĐỘNG TỔ NGỮ VĂN - LỊCH SỬ Năm học 2023 – 2024"


AUTHORITY_CUT = """\
CHỦ TỊCH NƯỚC
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 12/2025/QĐ-CTN
Hà Nội, ngày 2 tháng 9 năm 2025
QUYẾT ĐỊNH
VỀ VIỆC TẶNG HUÂN CHƯƠNG LAO ĐỘNG
__________
CHỦ TỊCH
      NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Căn cứ Hiến pháp năm 2013;
QUYẾT ĐỊNH:
Điều 1. Tặng Huân chương Lao động hạng Ba cho 5 tập thể.
"""


def test_the_enacting_office_cut_in_two_does_not_go_on_with_a_title_in_capitals() -> None:
    doc = parse_text(AUTHORITY_CUT).instrument
    assert doc.subject == "VỀ VIỆC TẶNG HUÂN CHƯƠNG LAO ĐỘNG"


FIELDS_WRAPPED = """\
{parent}        {body}
         {fields}
Số: 04/KH-BCH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Phú, ngày 2 tháng 6 năm 2025
KẾ HOẠCH
Ứng phó mùa mưa bão năm 2025
Ban Chỉ huy xây dựng kế hoạch ứng phó mùa mưa bão như sau:
"""


def test_the_fields_a_body_works_in_wrapped_under_its_name_are_its_name() -> None:
    # "BAN CHỈ HUY" / "PCTT & TKCN": the abbreviations joined by "&" are no body below it
    for fields in ("PCTT & TKCN", "PCTT&TKCN", "PCTT VÀ TKCN"):
        text = FIELDS_WRAPPED.format(parent="UBND XÃ TÂN PHÚ", body="BAN CHỈ HUY", fields=fields)
        doc = parse_text(text).instrument
        assert issuer_names(doc) == [f"BAN CHỈ HUY {fields}", "UBND XÃ TÂN PHÚ"]


def test_a_body_whose_name_holds_an_ampersand_is_still_a_body_of_its_own() -> None:
    text = FIELDS_WRAPPED.format(parent="UBND TỈNH TÂN PHÚ", body="", fields="SỞ GD&ĐT")
    doc = parse_text(text).instrument
    assert issuer_names(doc) == ["SỞ GD&ĐT", "UBND TỈNH TÂN PHÚ"]


def test_a_parent_s_name_wrapped_in_its_cell_over_the_issuer_s_is_one_name() -> None:
    text = """\
TRUNG TÂM ĐIỀU HÀNH
MẠNG LƯỚI CẤP NƯỚC QUỐC GIA
TRUNG TÂM ĐIỀU HÀNH
MẠNG LƯỚI CẤP NƯỚC MIỀN BẮC
Số: 12/KH-ĐHMB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nội, ngày 01 tháng 3 năm 2024
KẾ HOẠCH
Công tác an toàn năm 2024
"""
    assert issuer_names(parse_text(text).instrument) == [
        "TRUNG TÂM ĐIỀU HÀNH MẠNG LƯỚI CẤP NƯỚC MIỀN BẮC",
        "TRUNG TÂM ĐIỀU HÀNH MẠNG LƯỚI CẤP NƯỚC QUỐC GIA",
    ]
