"""Headers that OCR damaged (issue 23): the number line whose ``Số`` it misread is never the
issuer, a banner damaged past the phrase's edits still cuts the issuer's line it runs on
after, and neither the motto nor a date line run on after a subject's line is the subject.

Each text is typed for the test in the shape such a scan leaves; the expected values are
read off the text above them.
"""

from __future__ import annotations

import pytest

from reading import codes as _codes
from reading import header as _header
from reading import said as _said
from vnadmin.grammar.number_label import number_label
from vnadmin.model import PartialDate
from vnadmin.text import parse_text

# -- the number line is never an issuer ------------------------------------------------------

MISREAD_SO_BESIDE_THE_DATE = (
    "UBND HUYỆN ĐÔNG ANH                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO          Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "   Sá: JQ /BCĐ-PCLB                  Đông Anh, ngày 7 tháng 9 năm 2021\n"
    "V/v chuẩn bị ứng phó bão số 5\n"
    "\n"
    "Kính gửi: Các xã, thị trấn\n"
    "\n"
    "Ban Chỉ đạo đề nghị các xã chuẩn bị lực lượng ứng phó./.\n"
)


def test_a_number_line_whose_so_ocr_misread_is_read_as_the_number_not_the_issuer() -> None:
    # a handwritten number read "JQ", "Số" read "Sá": left of the date, yet no issuer line
    result = parse_text(MISREAD_SO_BESIDE_THE_DATE)
    assert _header(result)[:5] == (
        "BAN CHỈ ĐẠO PHÒNG CHỐNG LỤT BÃO",
        "UBND HUYỆN ĐÔNG ANH",
        "/BCĐ-PCLB",  # the symbol kept, the number not guessed
        "Đông Anh",
        PartialDate(day=7, month=9, year=2021),
    )
    assert _said(result, "ocr-repaired") == ["'Sá:' read as 'Số:'"]
    assert "number-unreadable" in _codes(result)
    assert "issuer-damaged" not in _codes(result)


NO_ISSUER_LINE = (
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "56: ]+4 /TB-UBND\n"
    "Lạng Sơn, ngày 3 tháng 4 năm 2024\n"
    "THÔNG BÁO\n"
    "Về việc lịch tiếp công dân tháng 4\n"
    "\n"
    "Lịch tiếp công dân được niêm yết tại trụ sở./.\n"
)


def test_when_the_issuer_line_is_lost_none_is_taken_and_it_is_said() -> None:
    # "Số" read "56", the number's digits lost; the issuer's lines not in the text at all
    result = parse_text(NO_ISSUER_LINE)
    issuer, parent, number, place, date, kind, subject = _header(result)
    assert (issuer, parent, number) == (None, None, "/TB-UBND")
    assert (place, date, kind) == ("Lạng Sơn", PartialDate(day=3, month=4, year=2024), "Thông báo")
    assert subject == "Về việc lịch tiếp công dân tháng 4"
    assert "issuer-missing" in _codes(result)
    assert _said(result, "ocr-repaired") == ["'56:' read as 'Số:'"]


def test_a_speck_before_so_leaves_the_number_readable() -> None:
    text = (
        "SỞ Y TẾ TỈNH PHÚ THỌ\n"
        "1 Số: 318/SYT-NVY\n"
        "V/v báo cáo tình hình dịch bệnh\n"
        "Phú Thọ, ngày 2 tháng 3 năm 2022\n"
    )
    result = parse_text(text)
    assert _header(result)[:3] == ("SỞ Y TẾ TỈNH PHÚ THỌ", None, "318/SYT-NVY")


@pytest.mark.parametrize(
    ("cell", "label"),
    [
        ("Số: 45/SGDĐT-VP", "Số"),  # as printed
        ("Só: l5/2023/QĐ-UBND", "Só"),  # a letter away
        ("86: 41/TB-THPT", "86"),  # the S read as an 8, before a colon
        ("Sá: JQ /BCĐ-PCLB", "Sá"),  # further: only before a slash and a symbol
        ("S? : 7 /TB-UBND", "S?"),
        ("56: ]+4 /TB-UBND", "56"),
        ("1 Số: 318/SYT-NVY", "Số"),  # a speck before it
    ],
)
def test_the_so_label_is_read_printed_or_misread(cell: str, label: str) -> None:
    match = number_label(cell)
    assert match is not None
    assert match["so"] == label


@pytest.mark.parametrize(
    "cell",
    ["542/SNV-VP", "SƠN LA", "SỐNG CỦA NHÂN DÂN", "Sá: chưa rõ", "56: các xã", "S6: 12 người"],
)
def test_a_number_or_a_word_opening_like_so_is_no_so_label(cell: str) -> None:
    # a number whose first digit is a 5, a word of its own, a label with no symbol after it
    assert number_label(cell) is None


def test_a_body_named_with_a_slash_is_still_an_issuer() -> None:
    # a slash after a body's words is a name's, not a number line whose "Số" OCR misread
    text = (
        "SỞ GD/ĐT TỈNH CÀ MAU\n"
        "Số: 45/SGDĐT-VP\n"
        "V/v lịch thi học kỳ\n"
        "Cà Mau, ngày 6 tháng 12 năm 2023\n"
    )
    assert _header(parse_text(text))[:3] == ("SỞ GD/ĐT TỈNH CÀ MAU", None, "45/SGDĐT-VP")


# -- a banner damaged past the phrase's edits ----------------------------------------------

BANNER_TAIL_DAMAGED = (
    # a signature's caption printed over the banner's last words; the motto with an em dash
    "UBND QUẬN CẦU GIẤY CỘNG HÒA XÃ HỘI CHỦ NGHĨ \\Š 17 NĂM\n"
    "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập — Tự do - Hạnh phúc\n"
    "\n"
    "1 Số: 212/TNMT | Cầu Giấy, ngày 5 tháng 6 năm 2021\n"
    "V/v kiểm tra vệ sinh môi trường\n"
    "\n"
    "Kính gửi: Các phường trên địa bàn quận\n"
    "\n"
    "Phòng Tài nguyên và Môi trường đề nghị các phường tổ chức kiểm tra./.\n"
)


def test_the_issuer_is_cut_from_a_banner_whose_last_words_are_damaged() -> None:
    result = parse_text(BANNER_TAIL_DAMAGED)
    assert _header(result)[:5] == (
        "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
        "UBND QUẬN CẦU GIẤY",
        "212/TNMT",
        "Cầu Giấy",
        PartialDate(day=5, month=6, year=2021),
    )
    repairs = " ".join(_said(result, "ocr-repaired"))
    assert "'CỘNG HÒA XÃ HỘI CHỦ NGHĨ \\\\Š 17 NĂM' read as" in repairs
    assert "banner-missing" not in _codes(result)


BANNER_EVERY_WORD_DAMAGED = (
    # a legacy OCR layer: no word of the banner whole, the motto's dashes em dashes
    "UBND HUYEN GIA LAM            CQNG HOA XA HQI CI-IU NGHIA VIET NAM\n"
    "BAN QUAN LY DU AN             Dôc 1ap — Tv do — ll4nh phuc\n"
    "\n"
    "   S6: 77/BQLDA-KH              Gia Lam, ngay 12 thang 5 nam 2022\n"
    "V/v ban giao mat bang thi cong\n"
    "\n"
    "Kinh gui: UBND cac xa\n"
    "\n"
    "Ban Quan ly du an de nghi cac xa phoi hop./.\n"
)


def test_a_banner_and_motto_damaged_in_every_word_are_read_and_said() -> None:
    result = parse_text(BANNER_EVERY_WORD_DAMAGED)
    assert _header(result)[:3] == ("BAN QUAN LY DU AN", "UBND HUYEN GIA LAM", "77/BQLDA-KH")
    repairs = " ".join(_said(result, "ocr-repaired"))
    assert "'CQNG HOA XA HQI CI-IU NGHIA VIET NAM' read as" in repairs
    assert "'Dôc 1ap — Tv do — ll4nh phuc' read as" in repairs
    assert not {"banner-missing", "motto-missing"} & _codes(result)


def test_a_bare_unit_whose_letters_ocr_misread_takes_the_lines_under_it() -> None:
    # "TRƯỜNG ĐẠI HỌC" without its marks and its Đ read "B", the name's rest spread over
    # two lines by the seal's dots: one issuer under the ministry
    text = (
        "BO CONG THUONG              CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "TRUONG BAI HOC\n"
        "       . DIEN\n"
        "            . LUC            Doc lap - Tu do - Hanh phuc\n"
        "   So: 41/TB-DHDL              Ha Noi, ngay 5 thang 6 nam 2021\n"
    )
    assert _header(parse_text(text))[:2] == ("TRUONG BAI HOC DIEN LUC", "BO CONG THUONG")


# -- what is never the subject -------------------------------------------------------------


def test_the_motto_beside_a_subjects_line_is_not_the_subject() -> None:
    # a Word table read row by row: the subject's line, the banner cell, then the motto
    text = (
        "BỘ NỘI VỤ\n"
        "Số: 415/BNV-TCCB\n"
        "V/v tuyển dụng công chức năm 2024\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 4 tháng 3 năm 2024\n"
        "\n"
        "Kính gửi: Các Sở Nội vụ\n"
        "\n"
        "Bộ Nội vụ đề nghị các Sở báo cáo nhu cầu tuyển dụng./.\n"
    )
    result = parse_text(text)
    assert _header(result)[3:] == (
        "Hà Nội",
        PartialDate(day=4, month=3, year=2024),
        "Công văn",
        "V/v tuyển dụng công chức năm 2024",
    )
    assert "motto-missing" not in _codes(result)


DATE_RUN_ON_AFTER_THE_SUBJECT = (
    # OCR joined the subject's second line and the date cell beside it with one space, and
    # set the line apart by a blank one; the handwritten day read "J", the month "0l"
    "BỘ TÀI CHÍNH — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Số: 88 /BTC-TCT Độc lập - Tự do - Hạnh phúc\n"
    "\n"
    "V/v triển khai chỉ thị của Bộ trưởng\n"
    "\n"
    "Bộ Tài chính về thu ngân sách Hà Nội, ngày J tháng 0l năm 2023\n"
    "\n"
    "Kính gửi: Cục Thuế các tỉnh, thành phố\n"
    "\n"
    "Bộ Tài chính hướng dẫn như sau./.\n"
)


def test_a_date_line_run_on_after_the_subjects_line_is_the_date_line() -> None:
    result = parse_text(DATE_RUN_ON_AFTER_THE_SUBJECT)
    assert _header(result)[3:] == (
        "Hà Nội",
        PartialDate(year=2023),  # the day past reading, and so the month beside it
        "Công văn",
        "V/v triển khai chỉ thị của Bộ trưởng Bộ Tài chính về thu ngân sách",
    )
    assert "'J, 0l'" in " ".join(_said(result, "date-unreadable"))


def test_an_events_place_and_date_in_the_subject_stay_the_subjects() -> None:
    text = (
        "BỘ Y TẾ\n"
        "Số: 12/BYT-KHTC\n"
        "V/v cử cán bộ dự hội nghị\n"
        "tổ chức tại Đà Nẵng, ngày 5 tháng 6 năm 2024\n"
        "Hà Nội, ngày 20 tháng 5 năm 2024\n"
        "\n"
        "Kính gửi: Các Sở Y tế\n"
    )
    assert _header(parse_text(text))[3:] == (
        "Hà Nội",
        PartialDate(day=20, month=5, year=2024),
        "Công văn",
        "V/v cử cán bộ dự hội nghị tổ chức tại Đà Nẵng, ngày 5 tháng 6 năm 2024",
    )


def test_a_damaged_motto_is_read_whatever_dashes_part_its_phrases() -> None:
    # the same legacy layer, its phrases parted by a doubled hyphen and a minus sign: the
    # motto's own grammar says what parts it, and the damaged motto is read as with one dash
    text = BANNER_EVERY_WORD_DAMAGED.replace(
        "Dôc 1ap — Tv do — ll4nh phuc", "Dôc 1ap -- Tv do − ll4nh phuc"
    )
    result = parse_text(text)
    assert "'Dôc 1ap -- Tv do − ll4nh phuc' read as" in " ".join(_said(result, "ocr-repaired"))
    assert "motto-missing" not in _codes(result)
