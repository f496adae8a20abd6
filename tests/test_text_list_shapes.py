"""Shapes of the Kính gửi and Nơi nhận lists, and of the date line, that scans and pastes
leave: the reader reads them or says, with its line, what it could not read.

Each text is typed for the test in the shape a source leaves (a word processor's paste
that runs the Nơi nhận items together, OCR that writes a list's dash as a tilde or a
mark's stop as a comma, a PDF text layer that breaks a date line left blank for a
stamp); no real document is copied.
"""

from __future__ import annotations

import pytest

from reading import codes
from vnadmin.model import SigningMark
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.parse import _say_damaged_label

LETTER = """\
ỦY BAN NHÂN DÂN
HUYỆN BÌNH AN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 214/UBND-VP
Bình An, ngày 3 tháng 3 năm 2026

V/v rà soát hộ nghèo năm 2026

{addressees}

Ủy ban nhân dân huyện đề nghị các đơn vị rà soát danh sách hộ nghèo và gửi kết quả
về Phòng Lao động trước ngày 20/3/2026.

Trân trọng./.

{footer}
"""

FOOTER = """\
Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def _read(addressees: str = "Kính gửi: Phòng Lao động huyện.", footer: str = FOOTER) -> ParseResult:
    return parse_text(LETTER.format(addressees=addressees, footer=footer))


def _addressees(result: ParseResult) -> list[str]:
    return [org.name for org in result.instrument.addressees]


def _distribution(result: ParseResult) -> list[str]:
    return [recipient.name for recipient in result.instrument.distribution]


def _marks(result: ParseResult) -> list[SigningMark]:
    return [
        authority.mark for block in result.instrument.signatures for authority in block.authorities
    ]


def test_items_glued_without_spaces_are_parted() -> None:
    footer = (
        "Nơi nhận:\n"
        "-Ban Chỉ huy quân sự xã (để b/c);-Ủy ban nhân dân xã (để b/c);-Các tổ viên;-Lưu: TDP.\n"
        "TM. TỔ XUNG KÍCH\nTỔ TRƯỞNG\nLê Văn Cường\n"
    )
    result = _read(footer=footer)
    assert _distribution(result) == [
        "Ban Chỉ huy quân sự xã",
        "Ủy ban nhân dân xã",
        "Các tổ viên",
    ]
    assert result.instrument.distribution[0].purpose == "để b/c"
    assert result.instrument.archive is not None
    assert list(result.instrument.archive.units) == ["TDP"]


def test_a_hyphen_inside_an_item_parts_nothing() -> None:
    footer = "Nơi nhận:\n- Phòng Kinh tế-Hạ tầng;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Văn Bình\n"
    assert _distribution(_read(footer=footer)) == ["Phòng Kinh tế-Hạ tầng"]


def test_items_above_their_heading_are_the_list() -> None:
    footer = (
        "- Như trên;\n\n- Sở Tài chính (để báo cáo);\n\n- Lưu: VT, LĐ.\n\n"
        "Nơi nhận: KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n"
    )
    text = LETTER.format(addressees="Kính gửi: Phòng Lao động huyện.", footer=footer)
    result = parse_text(text.replace("Trân trọng./.", "Trân trọng."))  # the stop OCR lost
    assert _distribution(result) == ["Như trên", "Sở Tài chính"]
    assert result.instrument.archive is not None
    assert list(result.instrument.archive.units) == ["VT", "LĐ"]
    assert "distribution-unreadable" not in codes(result)
    assert all("Sở Tài chính" not in task.text for task in result.instrument.body.tasks)


def test_dashed_body_lines_above_a_heading_without_archive_stay_body() -> None:
    footer = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nTrần Văn Bình\n"
    addressees = "Kính gửi: Phòng Lao động huyện."
    text = LETTER.format(addressees=addressees, footer=footer).replace(
        "Trân trọng./.", "- Rà soát hộ cận nghèo;\n- Báo cáo kết quả.\n\nTrân trọng./."
    )
    result = parse_text(text)
    assert _distribution(result) == ["Như trên"]


def test_tilde_dashes_and_a_lone_dash_after_the_label() -> None:
    addressees = "Kính gửi: -\n~ Giám đốc Sở Y tế.\n~ Giám đốc Sở Tài chính."
    result = _read(addressees)
    assert _addressees(result) == ["Giám đốc Sở Y tế", "Giám đốc Sở Tài chính"]
    assert "ocr-repaired" in codes(result)


def test_a_speck_between_the_label_and_the_list_is_skipped() -> None:
    addressees = "Kính gửi:\n\nn\n- Báo Bình An;\n- Đài Phát thanh huyện Bình An."
    result = _read(addressees)
    assert _addressees(result) == ["Báo Bình An", "Đài Phát thanh huyện Bình An"]
    assert "line-skipped" in codes(result)


def test_addressees_stacked_one_a_line_without_dashes() -> None:
    addressees = (
        "Kính gửi: Cổng thông tin điện tử tỉnh Bình An\n"
        "Cổng thông tin điện tử Sở Tài chính\n\n"
        "Cổng thông tin điện tử huyện Bình An"
    )
    assert _addressees(_read(addressees)) == [
        "Cổng thông tin điện tử tỉnh Bình An",
        "Cổng thông tin điện tử Sở Tài chính",
        "Cổng thông tin điện tử huyện Bình An",
    ]


def test_the_body_first_sentence_is_no_stacked_addressee() -> None:
    addressees = (
        "Kính gửi: Ban biên tập Báo Bình An\n\n"
        "Tòa án nhân dân huyện Bình An đang giải quyết vụ việc\n"
        "dân sự số 12/2026 về yêu cầu tìm kiếm người vắng mặt."
    )
    assert _addressees(_read(addressees)) == ["Ban biên tập Báo Bình An"]


def test_a_short_first_sentence_is_no_stacked_addressee() -> None:
    addressees = "Kính gửi: Phòng Lao động huyện\n\nPhòng Tài chính đề nghị như sau."
    assert _addressees(_read(addressees)) == ["Phòng Lao động huyện"]


def test_a_title_alone_goes_on_with_its_body_below() -> None:
    addressees = "Kính gửi: Bộ trưởng\nBộ Công Thương"
    assert _addressees(_read(addressees)) == ["Bộ trưởng Bộ Công Thương"]


def test_a_damaged_label_is_said_with_its_line() -> None:
    addressees = "K Ình ii: Chủ te UBND các xã,"
    result = _read(addressees)
    assert _addressees(result) == []
    said = [d for d in result.diagnostics if d.code == "addressees-unreadable"]
    assert [d.line for d in said] == [11]  # the line under the subject and a blank


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("| Kính gửi. Ban Lãnh đạo Sở", True),  # a speck before it, its colon read as a stop
        ("K Ình ii: Chủ te UBND các xã,", True),
        ("Kinh phí: từ ngân sách huyện.", False),
        ("Kết luận: đồng ý.", False),
    ],
)
def test_what_a_scan_made_of_the_label(line: str, said: bool) -> None:
    diagnostics = Diagnostics()
    _say_damaged_label(f"TRƯỜNG TIỂU HỌC AN BÌNH\n\n{line}\nNội dung.", 3, diagnostics)
    found = [d.line for d in diagnostics.freeze() if d.code == "addressees-unreadable"]
    assert found == ([3] if said else [])


def test_kinh_phi_is_no_damaged_label() -> None:
    text = LETTER.format(addressees="Kinh phí: từ ngân sách huyện.", footer=FOOTER)
    result = parse_text(text.replace("V/v rà soát", "Về việc rà soát"))
    assert "addressees-unreadable" not in codes(result)


def test_a_blank_label_is_not_said_damaged() -> None:
    result = _read("Kính gửi: ..............................")
    assert "addressees-empty" in codes(result)
    assert "addressees-unreadable" not in codes(result)


@pytest.mark.parametrize(
    "footer",
    [
        "Nơi nhận: + KT, CHỦ TỊCH\n- Như trên;\n- Lưu: VT.\nPHÓ CHỦ TỊCH\nTrần Văn Bình\n",
        "Nơi nhận:\n- Như trên, KT, CHỦ TỊCH\n- Lưu: VT. PHÓ CHỦ TỊCH\nTrần Văn Bình\n",
    ],
)
def test_a_mark_whose_stop_ocr_read_as_a_comma(footer: str) -> None:
    result = _read(footer=footer)
    assert _marks(result) == [SigningMark.KT]
    assert _distribution(result) == ["Như trên"]
    assert result.instrument.signatures[-1].title == "PHÓ CHỦ TỊCH"


def test_the_unit_kt_in_a_list_of_units_stays_in_its_item() -> None:
    footer = (
        "Nơi nhận:\n- Như trên;\n- VP UBND huyện: LĐVP, TH, KT, TTPVHCC;\n- Lưu: VT.\n"
        "CHỦ TỊCH\nTrần Văn Bình\n"
    )
    result = _read(footer=footer)
    assert _distribution(result) == ["Như trên", "VP UBND huyện: LĐVP, TH, KT, TTPVHCC"]
    assert _marks(result) == []


def test_a_date_line_left_blank_broken_line_by_line() -> None:
    text = LETTER.format(addressees="Kính gửi: Phòng Lao động huyện.", footer=FOOTER).replace(
        "Bình An, ngày 3 tháng 3 năm 2026", "Bình An, ngày\n\ntháng\n\nnăm 2026"
    )
    result = parse_text(text)
    assert result.instrument.place == "Bình An"
    date = result.instrument.date
    assert date is not None
    assert (date.day, date.month, date.year) == (None, None, 2026)
    assert "date-blank" in codes(result)


def test_a_dash_on_the_kinh_gui_line_opens_a_list_a_second_dashed_line_goes_on() -> None:
    # The first entry ends with a stop; the second opens with an abbreviation (HT).
    result = _read(
        "Kính gửi: - Trưởng thôn các thôn trong xã.\n- HT các trường học trên địa bàn xã."
    )
    assert _addressees(result) == [
        "Trưởng thôn các thôn trong xã",
        "HT các trường học trên địa bàn xã",
    ]
    # a dashed line that opens with what is asked is the body's: the list ended
    result = _read("Kính gửi: - Trưởng thôn các thôn trong xã.\n- Tổ chức họp dân trước ngày 5/3.")
    assert _addressees(result) == ["Trưởng thôn các thôn trong xã"]


def test_a_purpose_in_a_column_of_its_own_is_the_items_on_its_left() -> None:
    # A PDF's text layer sets the purpose apart after the item's end, the signature right.
    footer = (
        "Nơi nhận:                                        KT. CHỦ TỊCH\n"
        "- UBND tỉnh;                 (để b/c)            PHÓ CHỦ TỊCH\n"
        "- Các xã, thị trấn;\n"
        "- Lưu: VT.\n"
        "                                                  Trần Văn Bình\n"
    )
    result = _read(footer=footer)
    assert [(r.name, r.purpose) for r in result.instrument.distribution] == [
        ("UBND tỉnh", "để b/c"),
        ("Các xã, thị trấn", None),
    ]
