"""Lines a scan damaged past reading that hold a component: the reader says the component is
unread (not missing), so the checker does not report its absence.

Each text is typed for the test in its own words, shaped like an OCR'd page.
"""

from __future__ import annotations

import datetime

import pytest

from reading import codes as _codes
from vnadmin.rules import check
from vnadmin.text import ParseResult, parse_text

PARENT_ON_THE_BANNER_LINE = """\
UBND THÀNH PHỐ CẦN THƠ CỘNG HÒA XÃ HỘI CHẾ€ x/Á ÏA VIỆiPNÑAM
SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc

Số: 214/SXD-QLN Cần Thơ, ngày 12 tháng 5 năm 2024
V/v rà soát nhà ở xuống cấp

Kính gửi: Ủy ban nhân dân các huyện.

Sở Xây dựng đề nghị các huyện rà soát nhà ở xuống cấp trên địa bàn.

Nơi nhận: KT. GIÁM ĐỐC
- Như trên; PHÓ GIÁM ĐỐC
- Lưu: VT, QLN.

Trần Văn Bình
"""

ARCHIVE_PAST_READING = """\
UBND TỈNH GIA LAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ XÂY DỰNG Độc lập - Tự do - Hạnh phúc

Số: 214/SXD-QLN Cần Thơ, ngày 12 tháng 5 năm 2024
V/v rà soát nhà ở xuống cấp

Kính gửi: Ủy ban nhân dân các huyện.

Sở Xây dựng đề nghị các huyện rà soát nhà ở xuống cấp trên địa bàn.

Nơi nhận: GIÁM ĐỐC
- Như trên;
- UBND tỉnh;

rưu: VI. QLN se s-

Trần Văn Bình
"""


def _findings(result: ParseResult) -> set[str]:
    return {f.code for f in check(result, today=datetime.date(2026, 1, 1))}


def test_a_parent_line_run_into_a_damaged_banner_is_read() -> None:
    # the body's name opens the row, the banner's first words cut it off (read10)
    result = parse_text(PARENT_ON_THE_BANNER_LINE)
    issuer = result.instrument.issuer
    assert issuer is not None
    assert issuer.parent is not None
    assert (issuer.name, issuer.parent.name) == ("SỞ XÂY DỰNG", "UBND THÀNH PHỐ CẦN THƠ")
    assert "VN-ISS-003" not in _findings(result)


def test_a_parent_line_run_into_a_banner_past_reading_is_said_unread() -> None:
    # the parent's own name damaged too (UBND read as VBNÐ): no body opens the row
    damaged = "VBNÐ THẢNH PHÓ CẦN THƠ CỘNG HÒA XÃ HỘI CHẾ€ x/Á ÏA VIỆiPNÑAM\n"
    result = parse_text(damaged + PARENT_ON_THE_BANNER_LINE.split("\n", 1)[1])
    issuer = result.instrument.issuer
    assert issuer is not None
    assert (issuer.name, issuer.parent) == ("SỞ XÂY DỰNG", None)
    assert "issuer-parent-unreadable" in _codes(result)
    assert "VN-ISS-003" not in _findings(result)


def test_a_sos_parent_line_dropped_for_good_is_still_reported() -> None:
    # no line at all above the Sở: the parent is missing, not lost
    result = parse_text(PARENT_ON_THE_BANNER_LINE.split("\n", 1)[1])
    assert "issuer-parent-unreadable" not in _codes(result)
    assert "VN-ISS-003" in _findings(result)


@pytest.mark.parametrize(
    "damaged",
    [
        "rưu: VI. QLN se s-",
        # its colon lost too, after specks of the seal: "Lưu VT, CĐN" as a scan left it
        "có x lau Vi CGIĐÓN, nphụe.",
    ],
)
def test_an_archive_line_past_reading_is_said_unread(damaged: str) -> None:
    result = parse_text(ARCHIVE_PAST_READING.replace("rưu: VI. QLN se s-", damaged))
    assert result.instrument.archive is None
    assert "archive-unreadable" in _codes(result)
    assert "VN-DIST-001" not in _findings(result)


def test_a_list_without_its_archive_line_is_still_reported() -> None:
    result = parse_text(ARCHIVE_PAST_READING.replace("rưu: VI. QLN se s-\n", ""))
    assert "archive-unreadable" not in _codes(result)
    assert "VN-DIST-001" in _findings(result)


def test_specks_before_the_mark_on_the_heading_line_make_no_item() -> None:
    # the rule under the body read as a dash and an underscore before the signing mark
    text = PARENT_ON_THE_BANNER_LINE.replace("Nơi nhận: KT. GIÁM ĐỐC", "Nơi nhận: —_ KT. GIÁM ĐỐC")
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["Như trên"]
    (signature,) = doc.signatures
    assert signature.title == "PHÓ GIÁM ĐỐC"


def test_the_signs_inside_a_mark_on_the_heading_line_are_kept() -> None:
    # no specks before the mark: its slash is printed, not a speck to take away
    text = PARENT_ON_THE_BANNER_LINE.replace("Nơi nhận: KT. GIÁM ĐỐC", "Nơi nhận: K/T GIÁM ĐỐC")
    doc = parse_text(text).instrument
    assert [r.name for r in doc.distribution] == ["Như trên"]
    assert doc.printed is not None
    assert doc.printed.signature_marks == ("K/T GIÁM ĐỐC",)


PARTY_MARK_ON_THE_HEADING_LINE = """\
HUYỆN ỦY LONG MỸ ĐẢNG CỘNG SẢN VIỆT NAM
*
Số 112-TB/HU Long Mỹ, ngày 14 tháng 8 năm 2025

THÔNG BÁO
về thời gian tổ chức hội nghị Ban Chấp hành

Ban Chấp hành Đảng bộ huyện thông báo thời gian tổ chức hội nghị như sau.

Nơi nhận: T/M BAN CHẤP HÀNH
- Các chi bộ, đảng bộ cơ sở, BÍ THƯ
- Lưu Văn phòng Huyện ủy.

Lê Văn Tâm
"""


def test_the_slash_of_a_party_mark_on_the_heading_line_is_no_speck() -> None:
    # only the signs before the first word are specks: T/M keeps its slash
    result = parse_text(PARTY_MARK_ON_THE_HEADING_LINE)
    printed = result.instrument.printed
    assert printed is not None
    assert printed.signature_marks == ("T/M BAN CHẤP HÀNH",)
    assert "VN-SIGN-008" not in _findings(result)
