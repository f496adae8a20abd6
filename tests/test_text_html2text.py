"""Word pages saved as HTML and turned into text by ``html2text``: every table is printed
as rows without edge pipes (``cell | cell``) under a delimiter row (``---|---``), each
cell's paragraphs run together on the row's one line, and the rule Word draws under the
issuer's name left as an image.  The header and the signature block with Nơi nhận are
such tables.

Each text is typed for the test in the converter's shape (no real document is copied);
the expected values are read off the text above them.
"""

from __future__ import annotations

from reading import header as _header
from vnadmin.model import PartialDate
from vnadmin.text import parse_text
from vnadmin.text.markdown_rows import table_rows

PAGE = """\
ỦY BAN MTTQ VIỆT NAM XÃ HÒA AN **BAN THƯỜNG TRỰC** ![](ke_hoach_files/image001.png)Số: 21/KH-MTTQ-BTT |  **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** ![](ke_hoach_files/image002.png)_Hòa An, ngày 12 tháng 3 năm 2025_
---|---

**KẾ HOẠCH**

**Tổ chức tuyên truyền ngày hội toàn dân bảo vệ an ninh Tổ quốc**

Ban Thường trực Ủy ban MTTQ Việt Nam xã xây dựng kế hoạch tuyên truyền như sau.

** __** **_ Nơi nhận:_** **_ _** \\- Thường trực Đảng ủy xã (B/c); \\- Các chi hội đoàn thể; \\- Lưu: VT. **** |    TM. BAN THƯỜNG TRỰC **CHỦ TỊCH**           **Trần Thị Mai**      ****
---|---
**_ _** |
"""


def test_rows_without_edge_pipes_under_a_delimiter_row() -> None:
    lines = [
        "Mở đầu: tỷ lệ 3 | 4 trong câu văn.",  # a pipe with no delimiter row under it
        "",
        "Nơi nhận: - Như trên | KT. GIÁM ĐỐC",
        "---|---",
        "**_ _** |",
        "Đoạn văn sau bảng.",
        "| STT | Nội dung |",
        "|---|---|",
    ]
    assert table_rows(lines) == {2, 3, 4, 6, 7}


def test_a_lone_rule_under_a_line_with_a_pipe_is_no_delimiter_row() -> None:
    # "---" alone is a rule or a heading's underline, not a table of one column
    assert table_rows(["Tiêu đề | phụ", "---", "Nội dung"]) == frozenset()


def test_header_row_without_edge_pipes_read_column_by_column() -> None:
    result = parse_text(PAGE)
    issuer, parent, number, place, date, kind, _ = _header(result)
    assert (issuer, parent) == ("BAN THƯỜNG TRỰC", "ỦY BAN MTTQ VIỆT NAM XÃ HÒA AN")
    assert number == "21/KH-MTTQ-BTT"  # the image under the issuer ended its paragraph
    assert (place, date, kind) == ("Hòa An", PartialDate(day=12, month=3, year=2025), "Kế hoạch")


def test_signature_row_without_edge_pipes_keeps_distribution_and_signer() -> None:
    doc = parse_text(PAGE).instrument
    named = [f"{r.name} ({r.purpose})" if r.purpose else r.name for r in doc.distribution]
    assert named == ["Thường trực Đảng ủy xã (B/c)", "Các chi hội đoàn thể"]
    assert doc.archive is not None
    assert list(doc.archive.units) == ["VT"]
    block = doc.signatures[-1]
    assert (block.title, block.name) == ("CHỦ TỊCH", "Trần Thị Mai")
