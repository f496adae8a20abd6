"""The header's two columns of a PDF's first page, rebuilt from the glyphs' positions (drawn
here glyph by glyph, no PDF file needed): what each column holds, and what stands apart
from them."""

from __future__ import annotations

from vnadmin.pages.blocks import Para, Table
from vnadmin.pdf.layout import Char, PageText, page_blocks

SIZE = 13.0
STEP = 5.5


def _line(text: str, x0: float, top: float, *, stamped: bool = False) -> list[Char]:
    return [
        Char(ch, x0 + i * STEP, x0 + (i + 1) * STEP, top, top + SIZE, "Times", False, False, SIZE,
             stamped)
        for i, ch in enumerate(text)
    ]  # fmt: skip


_RIGHT = [
    ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 320.0),
    ("Độc lập - Tự do - Hạnh phúc", 340.0),
    ("An Giang, ngày 3 tháng 2 năm 2025", 325.0),
]


def _header(left: list[str], above: tuple[str, ...] = ()) -> list[Para | Table]:
    """The blocks of a first page whose header prints ``left`` in its left column (from
    x = 60) and the banner, motto and date in its right one, 16 pt apart, under the lines
    ``above`` a signing tool stamps over the right column, and a body line."""
    chars: list[Char] = []
    for n, text in enumerate(above):
        chars += _line(text, 380.0, 20.0 + 12 * n, stamped=True)
    for n, text in enumerate(left):
        chars += _line(text, 60.0, 80.0 + 16 * n)
    for n, (text, x0) in enumerate(_RIGHT):
        chars += _line(text, x0, 80.0 + 16 * n)
    chars += _line("Sở Tài chính đề nghị các đơn vị báo cáo trước ngày 10/02/2025.", 60.0, 260.0)
    page = PageText(number=1, width=595.0, height=842.0, chars=tuple(chars))
    blocks, _ = page_blocks([page])
    return blocks


def _columns(blocks: list[Para | Table]) -> list[list[str]]:
    (header,) = [b for b in blocks if isinstance(b, Table)]
    return [[p.text for p in cell.blocks if isinstance(p, Para)] for cell in header.rows[0]]


def test_a_summary_s_wraps_are_one_paragraph_whatever_letter_opens_them() -> None:
    left = [
        "ỦY BAN NHÂN DÂN",
        "TỈNH AN GIANG",
        "Số: 12/UBND-KT",
        "V/v góp ý dự thảo sửa đổi một số điều của",
        "Quyết định số 15/2024/QĐ-UBND về",
        "Chương trình phát triển đô thị",
    ]
    found_left, found_right = _columns(_header(left))
    assert found_left[-1] == (
        "V/v góp ý dự thảo sửa đổi một số điều của Quyết định số 15/2024/QĐ-UBND về"
        " Chương trình phát triển đô thị"
    )
    assert found_right[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


def test_a_column_s_line_ends_at_its_last_letter_not_at_the_gap() -> None:
    # the summary's first line shares its baseline with the date: its spaces run on
    left = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "V/v trả lời đề nghị của    ", "Sở Tài chính"]
    found_left, _ = _columns(_header(left))
    assert found_left[-1] == "V/v trả lời đề nghị của Sở Tài chính"


def test_a_stamp_above_the_header_stands_apart_line_by_line() -> None:
    stamp = ["TRUNG TÂM CÔNG BÁO", "congbao@angiang.gov.vn", "03.02.2025 10:21:11 +07:00"]
    left = ["ỦY BAN NHÂN DÂN", "TỈNH AN GIANG", "Số: 12/UBND-KT"]
    blocks = _header(left, tuple(stamp))
    first = blocks[0]
    assert isinstance(first, Para)
    assert first.text.split("\n") == stamp
    assert first.where == "page 1, stamp"
    found_left, found_right = _columns(blocks)
    assert found_right == [text for text, _ in _RIGHT]  # the banner opens its column
    assert found_left == ["ỦY BAN NHÂN DÂN TỈNH AN GIANG", "Số: 12/UBND-KT"]


def _last_page(rows: list[tuple[str, str]], after: tuple[str, ...] = ()) -> list[Para | Table]:
    """The blocks of a second page: a body line, ``rows`` printed as two columns (from
    x = 80 and x = 340, 16 pt apart; an empty side prints nothing), then ``after``."""
    chars = _line("Biên bản được lập thành 04 bản có giá trị pháp lý như nhau./.", 60.0, 100.0)
    top = 130.0
    for one, other in rows:
        chars += _line(one, 80.0, top) + _line(other, 340.0, top)
        top += 16.0
    for text in after:
        chars += _line(text, 60.0, top)
        top += 16.0
    empty = PageText(number=1, width=595.0, height=842.0, chars=())
    page = PageText(number=2, width=595.0, height=842.0, chars=tuple(chars))
    blocks, _ = page_blocks([empty, page])
    return blocks


_SIGNATURES = [
    ("ĐẠI DIỆN BÊN A", "ĐẠI DIỆN BÊN B"),
    ("GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"),
    ("Lê Văn Thắng", "Phạm Xuân Phường"),
]


def test_signatures_side_by_side_at_the_end_are_two_columns() -> None:
    blocks = _last_page(_SIGNATURES)
    assert [b.where for b in blocks] == ["page 2, line 1", "page 2, columns 1"]
    one, other = (" / ".join(column) for column in _columns(blocks))
    assert one.startswith("ĐẠI DIỆN BÊN A")
    assert one.endswith("/ Lê Văn Thắng")
    assert "PHÓ" not in one
    assert other.startswith("ĐẠI DIỆN BÊN B")
    assert other.endswith("/ Phạm Xuân Phường")


def test_pairs_set_out_by_tabs_in_the_text_stay_lines() -> None:
    pairs = [("- Ông Lê Văn Thắng", "Chức vụ: Giám đốc"), ("- Ông Võ Văn Long", "Chức vụ: Kế toán")]
    blocks = _last_page(
        pairs, ("Hai bên thống nhất các nội dung sau đây và cùng ký vào biên bản này.",)
    )
    assert not [b for b in blocks if isinstance(b, Table)]
    assert "- Ông Lê Văn Thắng Chức vụ: Giám đốc" in [b.text for b in blocks if isinstance(b, Para)]
