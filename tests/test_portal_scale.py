"""The scale scorer's own reading of a portal's record and its comparisons.

``tests/portal_scale.py`` scores the reader against the record a legal portal prints above a
document; a scorer that misread the record would misreport the reader.  The records below
are typed for the test in the shape the crawls print them (no crawl is copied).
"""

from __future__ import annotations

from portal_scale import checks, portal_record, skip_reason, title_key
from vnadmin.text import parse_text

RECORD = """\
|
Đang tải văn bản...
#
**Số hiệu:**
|
1234/QĐ-UBND
|
|
**Loại văn bản:**
|
Quyết định
|
**Nơi ban hành:**
|
Tỉnh Bình Định
|
|
**Người ký:**
|
Trần Văn Bình
|
**Ngày ban hành:**
|
05/11/2025
|
|
**
Ngày hiệu lực:**
|
Đã biết
|
"""
DOCUMENT = """\
ỦY BAN NHÂN DÂN
TỈNH BÌNH ĐỊNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1234/QĐ-UBND
Bình Định, ngày 05 tháng 11 năm 2025
QUYẾT ĐỊNH
Về việc ban hành quy chế phòng cháy
CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH
Căn cứ Luật Tổ chức chính quyền địa phương;
QUYẾT ĐỊNH:
Điều 1. Ban hành quy chế phòng cháy.
Điều 2. Quyết định này có hiệu lực từ ngày ký./.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Bình
"""


def test_the_record_is_read_field_by_field() -> None:
    assert portal_record(RECORD + DOCUMENT) == {
        "number": "1234/QĐ-UBND",
        "kind": "Quyết định",
        "issuer": "Tỉnh Bình Định",
        "signer": "Trần Văn Bình",
        "date": "05/11/2025",
    }


def test_every_keyed_field_of_a_document_read_right_agrees() -> None:
    page = RECORD + DOCUMENT
    result = parse_text(page)
    assert checks(result, portal_record(page)) == dict.fromkeys(
        ("kind", "number", "symbol", "date", "issuer", "signer"), True
    )


def test_a_wrong_value_disagrees() -> None:
    page = RECORD + DOCUMENT.replace("Số: 1234/QĐ-UBND", "Số: 1243/QĐ-UBND")
    right = checks(parse_text(page), portal_record(page))
    assert (right["number"], right["symbol"]) == (False, True)


def test_pages_that_are_not_one_document_are_skipped_with_a_reason() -> None:
    assert skip_reason(DOCUMENT, {}) == "no portal record (article or page without metadata)"
    summary = RECORD + "## Tăng cường phòng cháy\nNgày 05/11/2025, UBND tỉnh ban hành ...\n"
    assert skip_reason(summary, portal_record(summary)) == (
        "document body absent (news summary of the document)"
    )
    assert skip_reason(RECORD + DOCUMENT, portal_record(RECORD + DOCUMENT)) is None


def test_a_page_title_keys_its_kind_and_number() -> None:
    assert title_key("Nghị định số 249/2025/NĐ-CP Quy định cơ chế thu hút chuyên gia") == {
        "kind": "Nghị định",
        "number": "249/2025/NĐ-CP",
    }
    assert title_key("Thông tư liên tịch 12/2024/TTLT-BTC-BNV hướng dẫn") == {
        "kind": "Thông tư liên tịch",
        "number": "12/2024/TTLT-BTC-BNV",
    }
