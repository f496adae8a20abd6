"""Signature blocks and Nơi nhận lists as scans and flattened pages print them: a heading
misread without its colon beside the signing mark, a heading lost, a title one letter
off, the signature column run onto an item or the archive line, purposes and dashes
damaged, a licence's annex after its list.

Each text is typed for the test in the shape such a source leaves; no real document is
copied.
"""

from __future__ import annotations

from reading import codes, said
from vnadmin.model import SigningMark
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.distribution import mend_purpose
from vnadmin.text.signature import mended_title, opens_with_title

LETTER = """\
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
TỈNH AN GIANG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/SNNMT-TL
An Giang, ngày 9 tháng 4 năm 2025

V/v kiểm tra an toàn hồ chứa nước mùa mưa

Kính gửi: Ủy ban nhân dân các huyện.

Sở Nông nghiệp và Môi trường đề nghị Ủy ban nhân dân các huyện kiểm tra an toàn các hồ
chứa nước trên địa bàn và báo cáo kết quả về Sở trước ngày 30/4/2025.

{footer}
"""


def _read(footer: str) -> ParseResult:
    return parse_text(LETTER.format(footer=footer))


def _listed(result: ParseResult) -> list[str]:
    return [
        f"{r.name} ({r.purpose})" if r.purpose else r.name for r in result.instrument.distribution
    ]


def _archive(result: ParseResult) -> list[str] | None:
    archive = result.instrument.archive
    return None if archive is None else list(archive.units)


def test_a_heading_one_letter_off_beside_the_signing_mark_opens_the_list() -> None:
    result = _read(
        "Nơi nhặn KT.GIÁM ĐỐC\n- Như trên PHÓ GIÁM ĐỐC\n- Lưu: VT, TL.\n\nNguyễn Hữu Tâm\n"
    )
    (block,) = result.instrument.signatures
    assert [a.mark for a in block.authorities] == [SigningMark.KT]
    assert block.title == "PHÓ GIÁM ĐỐC"
    assert block.name == "Nguyễn Hữu Tâm"
    assert _listed(result) == ["Như trên"]
    assert _archive(result) == ["VT", "TL"]
    assert "ocr-repaired" in codes(result)


def test_running_text_after_a_heading_like_phrase_is_no_heading() -> None:
    result = _read(
        "Nơi nhặn hồ sơ là bộ phận một cửa của huyện.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Hữu Tâm\n"
    )
    assert _listed(result) == ["Như trên"]
    assert not any("Nơi nhặn" in d.message for d in result.diagnostics)


def test_specks_before_the_heading_and_before_an_item_dash_are_dropped() -> None:
    result = _read(
        "' Nơi nhận:\n- Bộ Nông nghiệp;\nị - UBND tỉnh An Giang;\n: - Các huyện, thị xã,\n"
        "thành phố;\nỊ - Lưu: VT, TL.\nGIÁM ĐỐC\nNguyễn Hữu Tâm\n"
    )
    assert _listed(result) == [
        "Bộ Nông nghiệp",
        "UBND tỉnh An Giang",
        "Các huyện, thị xã, thành phố",
    ]
    assert _archive(result) == ["VT", "TL"]


def test_damaged_purposes_are_mended_and_said() -> None:
    result = _read(
        "Nơi nhận:\n- Cục Thủy lợi (đề b/c);\n- UBND các huyện (đề p⁄h):\n"
        "- Chi cục Thủy lợi (đê thực hiện);\n- Báo An Giang (để tb);\n- Lưu: VT.\n"
        "GIÁM ĐỐC\nNguyễn Hữu Tâm\n"
    )
    assert _listed(result) == [
        "Cục Thủy lợi (để b/c)",
        "UBND các huyện (để p/h)",
        "Chi cục Thủy lợi (để thực hiện)",
        "Báo An Giang (để tb)",  # printed without its slash: kept as printed
    ]
    assert sum("purpose" in message for message in said(result, "ocr-repaired")) == 3


def test_only_an_abbreviated_purpose_is_mended() -> None:
    assert mend_purpose("đề p/h") == "để p/h"
    assert mend_purpose("để b/c") == "để b/c"
    assert mend_purpose("đề thực hiện") == "để thực hiện"
    assert mend_purpose("đẻ t⁄h") == "để t/h"
    assert mend_purpose("để ph") == "để ph"  # no slash: as printed
    assert mend_purpose("đề nghị phối hợp") == "đề nghị phối hợp"
    assert mend_purpose("để biết") == "để biết"


def test_an_item_ending_with_a_colon_for_its_semicolon_keeps_its_name() -> None:
    result = _read(
        "Nơi nhận:\n- Văn phòng Tỉnh ủy:\n- Sở Tài chính;\n- Lưu: VT.\nGIÁM ĐỐC\nNguyễn Hữu Tâm\n"
    )
    assert _listed(result) == ["Văn phòng Tỉnh ủy", "Sở Tài chính"]


def test_a_title_one_letter_off_is_read_as_printed_and_said() -> None:
    result = _read(
        "KT. BỘ TRƯỞNG\nNơi nhận: ““;#HỨ TRƯỞNG\n- Như trên;\n- Lưu: VT, TL.\n\nLê Minh Khoa\n"
    )
    (block,) = result.instrument.signatures
    assert block.title == "THỨ TRƯỞNG"
    assert any(d.code == "ocr-repaired" and "THỨ TRƯỞNG" in d.message for d in result.diagnostics)


def test_which_titles_are_mended() -> None:
    assert mended_title("QẦN yJ.HÓ CHỦ TỊCH") == "PHÓ CHỦ TỊCH"
    assert mended_title("GIÁM ĐÓC") is None  # its letters known_title reads, kept as printed
    assert mended_title("TH AM PHÁN") is None  # likewise (THẨM PHÁN, a space inside)
    assert mended_title("TL. CỤC TRƯỞNG l") is None  # a mark before it: a mark line
    assert mended_title("TRƯỞNG TRẠM") is None  # no title most signers hold is as near
    assert mended_title("PHO CHU TICH") is None  # a text without accents: left as it is


def test_a_mark_line_with_a_speck_after_it_keeps_its_mark() -> None:
    result = _read(
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nTL. GIÁM ĐỐC l\nCHÁNH VĂN PHÒNG\nLê Văn Hòa\n"
    )
    (block,) = result.instrument.signatures
    assert [a.mark for a in block.authorities] == [SigningMark.TL]
    assert block.title == "CHÁNH VĂN PHÒNG"


def test_items_each_running_on_into_the_signature_column_make_no_headless_list() -> None:
    result = _read(
        "Sở đề nghị các đơn vị thực hiện nghiêm túc.\n\n"
        "~ Bộ Nông nghiệp (để b/c); .TRƯỞNGCC * CÔ ({œ<e\n"
        "- UBND tỉnh (để p/h); ODNG PHÒNG\n- Các phòng (để t/h); ĐẠI HỌC Xin\n"
        "- Lưu: VT, TL, A TÊN {4\n"
    )
    assert _listed(result) == []
    assert "distribution-missing" in codes(result)


def test_a_list_whose_heading_was_lost_is_read_from_its_items_and_archive_line() -> None:
    result = _read(
        "Sở đề nghị các đơn vị thực hiện nghiêm túc.\n\n"
        "GIÁM ĐÓC\n\n~ Bộ Nông nghiệp;\n~ UBND tỉnh,\n\nKông\n\n\\&\n\n"
        "~ Các phòng thuộc Sở;\n~ Trang TTĐT Sở: Lê Thị Bích Hạnh\n- Lưu; VT, TL.\n"
    )
    (block,) = result.instrument.signatures
    assert block.title == "GIÁM ĐÓC"  # as printed: its accent misread, its letters known
    assert block.name == "Lê Thị Bích Hạnh"
    assert _listed(result) == ["Bộ Nông nghiệp", "UBND tỉnh", "Các phòng thuộc Sở", "Trang TTĐT Sở"]
    assert _archive(result) == ["VT", "TL"]
    assert {"distribution-heading-missing", "line-skipped"} <= codes(result)


def test_dashed_body_lines_without_an_archive_line_make_no_list() -> None:
    result = _read(
        "Các huyện cần:\n- kiểm tra cống;\n- báo cáo kịp thời.\n\nGIÁM ĐỐC\nNguyễn Hữu Tâm\n"
    )
    assert _listed(result) == []
    assert "distribution-heading-missing" not in codes(result)


def test_a_title_run_onto_the_first_item_after_its_semicolon_is_the_signers() -> None:
    result = _read(
        "Nơi nhận: TL. BỘ TRƯỞNG\n- Như trên; VỤ TRƯỞNG VỤ KẾ HOẠCH,\n- Bộ trưởng (để b/c);\n"
        "- Lưu: VT, KH.\n\nZ Phạm Quốc Bảo\n"
    )
    (block,) = result.instrument.signatures
    assert [a.mark for a in block.authorities] == [SigningMark.TL]
    assert block.title == "VỤ TRƯỞNG VỤ KẾ HOẠCH,"
    assert block.name == "Phạm Quốc Bảo"
    assert _listed(result) == ["Như trên", "Bộ trưởng (để b/c)"]


def test_what_opens_with_a_title() -> None:
    assert opens_with_title("VỤ TRƯỞN G VỤ KHOA HỌC,")
    assert not opens_with_title("GIÁM ĐỐC")  # the title alone: known_title's
    assert not opens_with_title("UBND TỈNH;")
    assert not opens_with_title("BỘ TRƯỞNG BỘ CÔNG THƯƠNG;")  # an item, its ";"


def test_an_archive_line_with_a_damaged_dash_and_no_colon_is_the_archive() -> None:
    result = _read(
        "Nơi nhận: PHÓ TRƯỞNG PHÒNG\n- Như trên;\n\n-_~ Lưu PA03 (Đ2).\n\nNguyễn Văn Sơn\n"
    )
    assert _listed(result) == ["Như trên"]
    assert _archive(result) == ["PA03 (Đ2)"]


LICENCE = """\
BỘ CÔNG THƯƠNG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/GP-BCT
Hà Nội, ngày 3 tháng 6 năm 2024

GIẤY PHÉP
Khai thác đá vôi tại mỏ Núi Trắng

Điều 1. Cho phép Công ty cổ phần Đá Núi Trắng khai thác đá vôi tại mỏ Núi Trắng, xã
Tân Lập, huyện Bắc Sơn, tỉnh Lạng Sơn.

Điều 2. Công ty có trách nhiệm thực hiện đúng các quy định của pháp luật./.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
Nơi nhận:
- UBND tỉnh Lạng Sơn;
- Công ty CP Đá Núi Trắng;
- Lưu: HS, VT, ¬ Trần Quang Vinh

BỘ CÔNG THƯƠNG
TỌA ĐỘ KHU VỰC KHAI THÁC MỎ NÚI TRẮNG,
XÃ TÂN LẬP, HUYỆN BẮC SƠN, TỈNH LẠNG SƠN
(Phụ lục kèm theo Giấy phép khai thác số 41/GP-BCT ngày 3 tháng 6 năm 2024)
Điểm góc X(m) Y(m)
1 2430850 673620
"""


def test_a_licences_annex_and_the_name_on_the_archive_line() -> None:
    result = parse_text(LICENCE)
    (block,) = result.instrument.signatures
    assert block.title == "THỨ TRƯỞNG"
    assert block.name == "Trần Quang Vinh"
    assert _archive(result) == ["HS", "VT"]
    assert "attachment-skipped" in codes(result)


NOTICE = """\
THÔNG BÁO
VỀ LỊCH BẢO VỆ ĐỒ ÁN

Bộ môn thông báo lịch bảo vệ đồ án tốt nghiệp học kỳ 2.
Tài liệu tham khảo: https://khoa.example.edu.vn/tai-lieu-do-an-
tot-nghiep/.
Sinh viên nộp đồ án trước ngày 10/5/2025./.

Nơi nhận:
- Sinh viên khóa 2021;
- Lưu: VP.
TRƯỞNG BỘ MÔN
Trần Thị Mai
"""


def test_a_web_address_wrapped_before_its_stop_is_no_closing_mark() -> None:
    result = parse_text(NOTICE)
    assert "Sinh viên nộp đồ án" in repr(result.instrument.body)
    assert not any("Sinh viên nộp" in d.message for d in result.diagnostics)
    assert _listed(result) == ["Sinh viên khóa 2021"]
