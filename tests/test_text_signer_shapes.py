"""Shapes of the signature and of what a page prints after it, that forms typed by hand,
scans and crawls leave: the signer's title and name on one line joined by a dash, a
table printed after the signature with no heading above it, a Nơi nhận item whose dash
a scan read as a tilde before a word of no Vietnamese spelling (``Website``).

Each text is typed for the test in the shape such a source leaves; no real document is
copied.
"""

from __future__ import annotations

import pytest

from reading import codes
from vnadmin.model import SignatureBlock
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.lines import Line, is_noise
from vnadmin.text.tables import opens_table

NOTICE = """\
TRƯỜNG THCS HÒA BÌNH
TỔ KHOA HỌC TỰ NHIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 07/TB-TKHTN
Hòa Bình, ngày 12 tháng 9 năm 2025

THÔNG BÁO
Về lịch sinh hoạt chuyên môn học kỳ I

Tổ Khoa học tự nhiên thông báo lịch sinh hoạt chuyên môn vào chiều thứ Năm hằng tuần
tại phòng họp số 2; các thành viên của tổ tham dự đầy đủ.

{footer}
"""


def _read(footer: str) -> ParseResult:
    return parse_text(NOTICE.format(footer=footer))


def _signer(result: ParseResult) -> SignatureBlock:
    (block,) = result.instrument.signatures
    return block


# -- the title and the name on one line --------------------------------------------------

DASHED = {
    "capitals, a spaced dash, under the list": (
        "Nơi nhận:\n- Các thành viên của tổ;\n- Lưu: Tổ KHTN.\n\nTỔ TRƯỞNG - Đặng Văn Lực",
        "TỔ TRƯỞNG",
        "Đặng Văn Lực",
    ),
    "sentence case, the dash glued to the title, no list": (
        "Tổ trưởng- Phan Thị Ngọc Lan",
        "Tổ trưởng",
        "Phan Thị Ngọc Lan",
    ),
    "a deputy's title, an en dash, no list": (
        "Phó Hiệu trưởng – Võ Minh Tâm",
        "Phó Hiệu trưởng",
        "Võ Minh Tâm",
    ),
}


@pytest.mark.parametrize(("footer", "title", "name"), DASHED.values(), ids=DASHED.keys())
def test_a_title_and_a_name_joined_by_a_dash_are_read_apart(
    footer: str, title: str, name: str
) -> None:
    result = _read(f"{footer}\n")
    block = _signer(result)
    assert (block.title, block.name) == (title, name)
    assert "signature-missing" not in codes(result)


def test_a_dashed_item_naming_a_person_stays_in_the_list() -> None:
    footer = (
        "Nơi nhận:\n- Phó Hiệu trưởng - Võ Minh Tâm (để b/c);\n- Lưu: Tổ KHTN.\n\n"
        "TỔ TRƯỞNG\nĐặng Văn Lực\n"
    )
    result = _read(footer)
    assert [r.name for r in result.instrument.distribution] == ["Phó Hiệu trưởng - Võ Minh Tâm"]
    assert (_signer(result).title, _signer(result).name) == ("TỔ TRƯỞNG", "Đặng Văn Lực")


# -- a table after the signature, no heading above it -----------------------------------

LIST = "Nơi nhận:\n- Các thành viên của tổ;\n- Lưu: Tổ KHTN.\n"

ANNEXES = {
    "a number column and a table of names": (
        "TỔ TRƯỞNG\nĐặng Văn Lực\n",
        "STT\nHọ và tên\nNhiệm vụ\n1\nNguyễn Thị Hằng\nThư ký\n2\nTrần Quốc Bảo\nThành viên\n",
    ),
    "a number column and cells in capitals": (
        "TỔ TRƯỞNG\n",
        "TT\nNỘI DUNG\nTHỜI GIAN\n1\nHỌP TỔ\nTUẦN 1\n2\nDỰ GIỜ\nTUẦN 3\n",
    ),
    "rows numbered in Roman figures": (
        "TỔ TRƯỞNG\nĐặng Văn Lực\n",
        "I\nSINH HOẠT CHUYÊN MÔN\nII\nBỒI DƯỠNG HỌC SINH GIỎI\nIII\nKIỂM TRA ĐÁNH GIÁ\n",
    ),
    "rows numbered in Roman figures under a title without a name": (
        "TỔ TRƯỞNG\n",
        "I\nSINH HOẠT CHUYÊN MÔN\nII\nBỒI DƯỠNG HỌC SINH GIỎI\n",
    ),
}


@pytest.mark.parametrize(("signature", "table"), ANNEXES.values(), ids=ANNEXES.keys())
def test_a_table_after_the_signature_is_no_title_nor_name(signature: str, table: str) -> None:
    result = _read(f"{LIST}{signature}{table}")
    block = _signer(result)
    assert block.title == "TỔ TRƯỞNG"
    assert block.name == ("Đặng Văn Lực" if "Đặng" in signature else None)
    assert "attachment-skipped" in codes(result)
    if block.name is None:
        assert "signature-name-missing" in codes(result)  # said, not filled from the table


def test_a_mark_alone_over_a_table_keeps_no_cell() -> None:
    table = "STT\nĐơn vị\nĐịa chỉ\n1\nTrường Tiểu học Hòa Bình\nThôn Đông\n"
    result = _read(f"{LIST}TM. TỔ KHOA HỌC TỰ NHIÊN\n{table}")
    block = _signer(result)
    assert [a.applies_to for a in block.authorities] == ["TỔ KHOA HỌC TỰ NHIÊN"]
    assert (block.title, block.name) == (None, None)
    assert {"signature-title-missing", "signature-name-missing"} <= codes(result)


def test_a_speck_read_as_a_roman_one_is_no_table_nor_part_of_the_name() -> None:
    result = _read(f"{LIST}TỔ TRƯỞNG\nĐặng Văn Lực\nI\n")
    assert _signer(result).name == "Đặng Văn Lực"
    assert "attachment-skipped" not in codes(result)


def _lines(*texts: str) -> list[Line]:
    return [Line(number, text) for number, text in enumerate(texts, 1)]


@pytest.mark.parametrize(
    ("texts", "opens"),
    [
        (("STT", "Họ và tên", "1", "Lê An"), True),
        (("TT.", "NỘI DUNG", "THỜI GIAN", "I", "HỌP TỔ"), True),
        (("1.", "Họp tổ", "2.", "Dự giờ"), True),
        (("I", "Họp tổ", "II", "Dự giờ"), True),
        (("STT", "Họ và tên", "Nhiệm vụ"), False),  # a heading with no row below it
        (("I", "PHÓ CHỦ TỊCH", "Lê An"), False),  # a speck, no second row
        (("1", "Họp tổ", "3", "Dự giờ"), False),  # not the next row's number
        (("TT", "2025"), False),  # a year is no row's number
    ],
)
def test_what_opens_a_table_flattened_one_cell_per_line(
    texts: tuple[str, ...], opens: bool
) -> None:
    assert opens_table(_lines(*texts), 0) is opens


# -- a list item the noise test took for seal strokes -----------------------------------


@pytest.mark.parametrize("bullet", ["-", "~"])
def test_an_item_naming_a_website_is_kept(bullet: str) -> None:
    footer = (
        f"Nơi nhận:\n- Ban Giám hiệu (để b/c);\n{bullet} Website (để tb);\n- Lưu: Tổ KHTN.\n"
        "TỔ TRƯỞNG\nĐặng Văn Lực\n"
    )
    result = _read(footer)
    items = [(r.name, r.purpose) for r in result.instrument.distribution]
    assert items == [("Ban Giám hiệu", "để b/c"), ("Website", "để tb")]


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Website", False),
        ("Email các tổ viên", False),
        ("Wbxt qzkr", True),  # strokes of a seal: no syllable, no loanword
        ("Zalo Wbxt qzkr vbn", True),  # one loanword among strokes is still noise
    ],
)
def test_loanwords_documents_print_are_no_noise(text: str, noise: bool) -> None:
    assert is_noise(text) is noise


def test_who_drew_the_paper_up_signs_under_that_part() -> None:
    footer = "Nơi nhận:\n- Các thành viên của tổ;\n- Lưu: VT.\nNgười lập kế hoạch\n\nTrần Thị Mai\n"
    (block,) = _read(footer).instrument.signatures
    assert (block.title, block.name) == ("Người lập kế hoạch", "Trần Thị Mai")
