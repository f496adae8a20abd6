"""Footnotes at a page's foot in a PDF's text: read as one line each, kept in the body with
what they cite, and no line of them an item of the outline.

The texts are typed for the test, shaped like ``pdftotext`` output of a report with
footnotes (a form feed at each page's end, the page's number at the next one's top).
"""

from __future__ import annotations

import datetime

from vnadmin.model import Task
from vnadmin.rules import check
from vnadmin.text import parse_text

HEAD = """\
UBND TỈNH BẾN TRE CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TƯ PHÁP Độc lập - Tự do - Hạnh phúc
Số: 118/BC-STP Bến Tre, ngày 15 tháng 3 năm 2026

BÁO CÁO
Thẩm định dự thảo Nghị quyết về chính sách thu hút nhân lực

Sở Tư pháp nhận được hồ sơ và các văn bản có liên quan1. Sở Tư pháp có ý kiến như sau:
1. Sự cần thiết ban hành Nghị quyết
Việc ban hành Nghị quyết là cần thiết, phù hợp thẩm quyền theo khoản 32 Điều 4
Luật Cán bộ, công chức.
2. Phạm vi điều chỉnh
Dự thảo quy định chính sách thu hút đối với người có tài năng.

"""
FOOTNOTES = """\
1 Luật Cán bộ, công chức số 80/2025/QH15; Nghị định số 179/2024/NĐ-CP ngày
31/12/2024 của Chính phủ quy định chính sách thu hút người có tài năng.

2 Điều 4. Chính sách đối với người có tài năng
3. Căn cứ vào quy định của Chính phủ, Hội đồng nhân dân cấp tỉnh quyết định chính
sách đối với đối tượng quy định tại khoản 1 Điều này.
\f                                   2

"""
TAIL = """\
3. Đối tượng áp dụng
Dự thảo xác định đối tượng áp dụng là phù hợp.
4. Ngôn ngữ, kỹ thuật trình bày
Dự thảo được trình bày đúng quy định.

Nơi nhận: GIÁM ĐỐC
- UBND tỉnh;
- Lưu: VT, XDKTVB.

Trần Minh Hòa
"""


def _labels(tasks: tuple[Task, ...]) -> list[str | None]:
    return [t.label for top in tasks for t in top.walk()]


def test_a_footnotes_quoted_khoan_is_no_item_of_the_outline() -> None:
    result = parse_text(HEAD + FOOTNOTES + TAIL)
    body = result.instrument.body
    assert _labels(body.tasks) == ["1.", "2.", "3.", "4."]
    assert "footnotes-joined" in {d.code for d in result.diagnostics}
    findings = check(result, today=datetime.date(2026, 12, 7))
    assert "VN-BODY-003" not in {f.code for f in findings}


def test_a_footnotes_words_and_citations_are_kept() -> None:
    body = parse_text(HEAD + FOOTNOTES + TAIL).instrument.body
    texts = " ".join(t.text for top in body.tasks for t in top.walk())
    assert "Hội đồng nhân dân cấp tỉnh quyết định chính sách" in texts
    numbers = {c.number.number for c in body.citations() if c.number is not None}
    assert {"80", "179"} <= numbers


def test_numbered_lines_at_a_page_foot_with_no_mark_above_are_read_as_printed() -> None:
    # nothing on the page marks a footnote 1: the lines are the page's own
    unmarked = HEAD.replace("có liên quan1.", "có liên quan.")
    result = parse_text(unmarked + FOOTNOTES + TAIL)
    assert "footnotes-joined" not in {d.code for d in result.diagnostics}
    assert _labels(result.instrument.body.tasks).count("3.") == 2
