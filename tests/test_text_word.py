"""Word documents as users turn them into text: ``antiword`` (a table's rows printed with
``|`` between cells, each cell wrapped to its column's width), ``catdoc`` (a table's cells
run together, a tab between them), python-docx with or without the tables.  In a Word
document the two-column header and the signature block with Nơi nhận are tables.

Each text is typed for the test in the converter's shape (no real document is copied);
the expected values are read off the text above them.
"""

from __future__ import annotations

from reading import codes as _codes
from reading import header as _header
from vnadmin.model import PartialDate
from vnadmin.text import parse_text

# -- antiword: fixed-width tables ---------------------------------------------------------

ANTIWORD = """\

|ỦY BAN NHÂN DÂN HUYỆN PHÚ |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM           |
|LỘC                       |Độc lập - Tự do - Hạnh phúc                  |
|Số: 77/UBND-VP            |Phú Lộc, ngày 03 tháng 7 năm 2024            |
|V/v rà soát hồ sơ đất đai |                                             |
|trên địa bàn các xã ven   |                                             |
|biển                      |                                             |

Kính gửi: Phòng Tài nguyên và Môi trường huyện.

Ủy ban nhân dân huyện đề nghị Phòng Tài nguyên và Môi trường rà soát hồ sơ
đất đai, báo cáo trước ngày 30/7/2024./.


|Nơi nhận:                     |KT. CHỦ TỊCH                             |
|- Như trên;                   |PHÓ CHỦ TỊCH                             |
|- Sở Tài nguyên và Môi trường |                                         |
|(để báo cáo);                 |                                         |
|- Lưu: VT.                    |                                         |
|                              |Hồ Văn Lâm                               |
"""


def test_antiword_table_cells_wrapped_to_their_width() -> None:
    # "LỘC" would not fit after "... HUYỆN PHÚ" in a column 26 wide: the cell wrapped it;
    # "PHÓ" would fit after "KT. CHỦ TỊCH": a line of its own
    result = parse_text(ANTIWORD)
    assert _header(result) == (
        "ỦY BAN NHÂN DÂN HUYỆN PHÚ LỘC",
        None,
        "77/UBND-VP",
        "Phú Lộc",
        PartialDate(day=3, month=7, year=2024),
        "Công văn",
        "V/v rà soát hồ sơ đất đai trên địa bàn các xã ven biển",
    )
    doc = result.instrument
    assert [(r.name, r.purpose) for r in doc.distribution] == [
        ("Như trên", None),
        ("Sở Tài nguyên và Môi trường", "để báo cáo"),
    ]
    assert [(s.title, s.name) for s in doc.signatures] == [("PHÓ CHỦ TỊCH", "Hồ Văn Lâm")]
    assert "cells-unwrapped" in _codes(result)


ANTIWORD_FULL_LINES = """\
|SỞ GIAO THÔNG VẬN TẢI TỈNH|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM           |
|TRUNG TÂM ĐĂNG KIỂM XE    |Độc lập - Tự do - Hạnh phúc                  |
|Số: 15/TB-TTĐK            |Vĩnh Long, ngày 02 tháng 4 năm 2025          |

THÔNG BÁO
Về lịch kiểm định xe cơ giới

Trung tâm thông báo lịch kiểm định xe cơ giới trong tháng 4./.
"""


def test_antiword_full_line_that_ends_a_paragraph() -> None:
    # "TRUNG" would not fit after the first line either, but it opens a body's name: the
    # parent and the issuer are two paragraphs of the cell
    result = parse_text(ANTIWORD_FULL_LINES)
    assert _header(result)[:4] == (
        "TRUNG TÂM ĐĂNG KIỂM XE",
        "SỞ GIAO THÔNG VẬN TẢI TỈNH",
        "15/TB-TTĐK",
        "Vĩnh Long",
    )
    assert "cells-unwrapped" not in _codes(result)


ANTIWORD_STAMP = """\
|CHI CỤC THUẾ KHU VỰC IV|
|ĐẾN Số: 512           |
|Ngày: 08/5/2025       |

|UBND TỈNH AN GIANG        |CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM           |
|SỞ TÀI CHÍNH              |Độc lập - Tự do - Hạnh phúc                  |
|Số: 230/STC-NS            |An Giang, ngày 06 tháng 5 năm 2025           |
|V/v quyết toán ngân sách  |                                             |

Kính gửi: Chi cục Thuế khu vực IV.

Sở Tài chính đề nghị Chi cục phối hợp quyết toán ngân sách năm 2024./.
"""


def test_antiword_stamp_fields_are_never_wrapped_lines() -> None:
    # "ĐẾN" would not fit after the receiver's name: still the stamp's own line
    result = parse_text(ANTIWORD_STAMP)
    stamp = result.instrument.incoming
    assert stamp is not None
    assert (stamp.receiver, stamp.number) == ("CHI CỤC THUẾ KHU VỰC IV", 512)
    assert _header(result)[:3] == ("SỞ TÀI CHÍNH", "UBND TỈNH AN GIANG", "230/STC-NS")


ANTIWORD_GRID = """\
Các đơn vị thực hiện:

|STT |Đơn vị   |Nhiệm vụ được giao                      |
|1   |Sở Y tế  |Kiểm tra an toàn thực phẩm              |
|2   |Sở Công  |Quản lý thị trường                      |
|    |Thương   |                                        |
"""


def test_antiword_grid_of_more_columns_is_left_as_printed() -> None:
    # three columns: "1" under "STT" and "Sở Y tế" under "Đơn vị" would not have fit
    # either, yet they are rows of their own; a grid's rows cannot be told from wraps
    result = parse_text(ANTIWORD_GRID)
    assert "cells-unwrapped" not in _codes(result)


def test_antiword_list_item_under_a_full_line() -> None:
    # "-" would not fit after an item that fills the column without its ";": still an
    # item of its own
    line = "|- Hội Nông dân huyện Hòa Vang |" + " " * 41 + "|"
    text = ANTIWORD.replace("|- Sở Tài nguyên", f"{line}\n|- Sở Tài nguyên")
    result = parse_text(text)
    assert "cells-unwrapped" in _codes(result)
    assert [r.name for r in result.instrument.distribution] == [
        "Như trên",
        "Hội Nông dân huyện Hòa Vang",
        "Sở Tài nguyên và Môi trường",
    ]


ALIGNED_MARKDOWN = """\
| ỦY BAN NHÂN DÂN TỈNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
| SỞ XÂY DỰNG          | Độc lập - Tự do - Hạnh phúc        |
| Số: 9/SXD-QLN        | Gia Lai, ngày 14 tháng 3 năm 2025  |

Kính gửi: Ủy ban nhân dân các huyện.

Sở Xây dựng đề nghị các huyện báo cáo tình hình nhà ở./.
"""


def test_markdown_table_is_not_a_fixed_width_one() -> None:
    # a pretty-printed markdown table pads its cells with spaces: every row is a row
    result = parse_text(ALIGNED_MARKDOWN)
    assert _header(result)[:3] == ("SỞ XÂY DỰNG", "ỦY BAN NHÂN DÂN TỈNH", "9/SXD-QLN")
    assert "cells-unwrapped" not in _codes(result)


# -- catdoc: cells run together with a tab ------------------------------------------------

CATDOC = """\
UBND TỈNH HẬU GIANG

SỞ Y TẾ

\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Số: 402/SYT-NVY

V/v tăng cường phòng chống dịch sốt xuất huyết trên
địa bàn tỉnh, BHYT, TTYT\tVị Thanh, ngày 12 tháng 8 năm 2024

Kính gửi: Trung tâm Y tế các huyện.

Sở Y tế đề nghị các đơn vị triển khai phòng chống dịch./.
"""


def test_catdoc_subject_then_date_cell_on_one_line() -> None:
    # the left cell's last line, a tab, the right cell: the date ends the subject, and a
    # list of abbreviations goes on with the subject above it
    result = parse_text(CATDOC)
    assert _header(result) == (
        "SỞ Y TẾ",
        "UBND TỈNH HẬU GIANG",
        "402/SYT-NVY",
        "Vị Thanh",
        PartialDate(day=12, month=8, year=2024),
        "Công văn",
        "V/v tăng cường phòng chống dịch sốt xuất huyết trên địa bàn tỉnh, BHYT, TTYT",
    )


CATDOC_ONE_ROW = """\
BỘ TƯ PHÁP

Số: 61/BTP-VP

V/v hướng dẫn công tác thi đua khen thưởng của các đơn
vị thuộc Bộ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Độc lập - Tự do - Hạnh phúc

Hà Nội, ngày 09 tháng 1 năm 2025

Kính gửi: Các đơn vị thuộc Bộ.

Bộ Tư pháp hướng dẫn công tác thi đua khen thưởng năm 2025./.
"""


def test_catdoc_one_row_header_banner_after_the_subject() -> None:
    # a header table of one row: the whole left cell, a tab, the whole right cell
    result = parse_text(CATDOC_ONE_ROW)
    assert _header(result) == (
        "BỘ TƯ PHÁP",
        None,
        "61/BTP-VP",
        "Hà Nội",
        PartialDate(day=9, month=1, year=2025),
        "Công văn",
        "V/v hướng dẫn công tác thi đua khen thưởng của các đơn vị thuộc Bộ",
    )


# -- a centred subject wrapped inside a range ---------------------------------------------

RANGE_CUT = """\
BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
\tĐộc lập - Tự do - Hạnh phúc
Số: 88/KH-BNNMT\tHà Nội, ngày 20 tháng 1 năm 2026

                              KẾ HOẠCH
   Triển khai chương trình giống cây trồng giai đoạn 2026
                 – 2030 và tầm nhìn đến năm
                          2035

Bộ giao các Cục triển khai Kế hoạch này./.
"""


def test_subject_wrapped_inside_a_range_or_before_its_year() -> None:
    # "– 2030" is no dash item and "2035" no noise: the range and the year go on
    result = parse_text(RANGE_CUT)
    assert result.instrument.subject == (
        "Triển khai chương trình giống cây trồng giai đoạn 2026 – 2030 và tầm nhìn đến năm 2035"
    )


def test_subject_wrapped_after_a_range_dash() -> None:
    text = RANGE_CUT.replace(
        "giai đoạn 2026\n                 – 2030", "giai đoạn (2026-\n                 2030)"
    )
    result = parse_text(text)
    assert result.instrument.subject is not None
    assert "giai đoạn (2026-2030) và tầm nhìn" in result.instrument.subject


# -- python-docx paragraphs only: the header table is gone ---------------------------------

PARAGRAPHS_ONLY = """\
Kính gửi: Các phòng chuyên môn.

Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Sở đề nghị các phòng rà soát hồ sơ./.

"""


def test_paragraphs_without_the_header_table_say_what_is_missing() -> None:
    result = parse_text(PARAGRAPHS_ONLY)
    assert _header(result)[:5] == (None, None, None, None, None)
    assert {"issuer-missing", "number-missing", "date-missing"} <= _codes(result)
