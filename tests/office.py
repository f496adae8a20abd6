"""Word documents laid out as offices lay them out, built with python-docx, not by vnadmin.

What offices do that vnadmin's writer does not: a one-row header table whose left cell
stacks the issuer block, an underscore rule, the number (with spaces where a draft's
number is blank) and the V/v subject, and whose right cell holds the banner, the motto
with a border under it, an empty line and the italic date; the body in Word's own
automatic numbering (the "List Number" style), so the labels are not in the text; a
``Kính gửi`` line with a tab; a two-column signature table with ``Nơi nhận`` on the left;
and, in a plan, the tasks as a bordered table (STT, content, lead, cooperating units,
deadline).  The texts are those of the seeds, so a reading can be compared with the
reading of the seeds' plain text.
"""

from __future__ import annotations

import io
from typing import Any

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from vnadmin.model import Instrument, Task

__all__ = ["NOTICE_SUBJECT", "PLAN_ROWS", "notice_document", "office_document", "plan_document"]

_CENTER = WD_ALIGN_PARAGRAPH.CENTER


def _document() -> Any:
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    return document


def _line(container: Any, text: str, *, bold: bool = False, italic: bool = False,
          size: float | None = None, align: Any = _CENTER) -> Any:  # fmt: skip
    cell = getattr(container, "_tc", None) is not None
    fresh = cell and len(container.paragraphs) == 1 and not container.paragraphs[0].text
    paragraph = container.paragraphs[0] if fresh and not container.paragraphs[0]._p.pPr else None
    if paragraph is None:
        paragraph = container.add_paragraph()
    paragraph.alignment = align
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size is not None:
        run.font.size = Pt(size)
    return paragraph


def _border_below(paragraph: Any) -> None:
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), "6")
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _header(document: Any, left: list[tuple[str, bool]], date: str) -> None:
    table = document.add_table(rows=1, cols=2)
    issuer_cell, banner_cell = table.rows[0].cells
    for text, bold in left:
        _line(issuer_cell, text, bold=bold, size=13)
    _line(banner_cell, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=13)
    _border_below(_line(banner_cell, "Độc lập - Tự do - Hạnh phúc", bold=True))
    _line(banner_cell, "")
    _line(banner_cell, date, italic=True)


def _body(document: Any, instrument: Instrument) -> None:
    body = instrument.body
    for paragraph in (*body.preamble, *body.background):
        _line(document, paragraph.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)
    for task in body.tasks:
        _task(document, task)
    for task in body.closing:
        _line(document, task.text, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def _task(document: Any, task: Task) -> None:
    first, *rest = task.text.split("\n")
    numbered = document.add_paragraph(first, style="List Number")
    numbered.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for more in rest:
        _line(document, more, align=WD_ALIGN_PARAGRAPH.JUSTIFY)


def _signature(document: Any, listed: list[str], signer: list[str]) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    _line(left, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
    for entry in listed:
        _line(left, entry, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    *titles, name = signer
    for title in titles:
        _line(right, title, bold=True)
    for _ in range(3):
        _line(right, "")
    _line(right, name, bold=True)


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def office_document(code: str, instrument: Instrument) -> bytes:
    """Seed ``code`` (000 or 001) as an office would type it in Word."""
    document = _document()
    if code == "000":
        _header(
            document,
            [("UBND TỈNH SÓC TRĂNG", False), ("SỞ TÀI CHÍNH", True), ("_____________", False),
             ("Số:      /STC-VP", False),
             ("V/v tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước,"
              " chính quyền các cấp trong tình hình mới", False)],
            "Sóc Trăng, ngày      tháng 01 năm 2022",
        )  # fmt: skip
        _line(document, "")
        _line(
            document,
            "Kính gửi:\tChánh Văn phòng, Chánh Thanh tra và Trưởng các phòng chuyên môn"
            " thuộc Sở Tài chính, tỉnh Sóc Trăng.",
            align=WD_ALIGN_PARAGRAPH.LEFT,
        )
        _body(document, instrument)
        _signature(
            document,
            ["- Như trên;", "- Ban Giám đốc;", "- Lưu: VP."],
            ["GIÁM ĐỐC", "Dương Thị Kim Thúy"],
        )
    else:
        _header(
            document,
            [("Số:     /SNV-XDCQ&CTTN", False),
             ("V/v tăng cường triển khai thực hiện công tác dân vận của cơ quan hành chính"
              " nhà nước và chính quyền các cấp", False)],
            "Tuyên Quang, ngày      tháng 6 năm 2024",
        )  # fmt: skip
        _line(document, "Kính gửi:", align=WD_ALIGN_PARAGRAPH.LEFT)
        for entry in ("- Các sở, ban, ngành;", "- Công an tỉnh;", "- Bộ Chỉ huy quân sự tỉnh;",
                      "- Ủy ban nhân dân huyện, thành phố."):  # fmt: skip
            _line(document, entry, align=WD_ALIGN_PARAGRAPH.LEFT)
        _body(document, instrument)
        _signature(
            document,
            ["- Như trên;", "- UBND tỉnh;", "- Giám đốc, Phó GD Sở;", "- Lưu: VT, XDCQ&CTTN."],
            ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Vũ Ngọc Khánh"],
        )
    return _saved(document)


PLAN_ROWS = (
    ("1", "Tổ chức quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
     "Văn phòng Sở", "Các phòng chuyên môn", "Quý II/2024"),
    ("2", "Tổng hợp, báo cáo kết quả thực hiện công tác dân vận",
     "Phòng Xây dựng chính quyền", "Văn phòng Sở", "Trước ngày 15/12/2024"),
)  # fmt: skip
"""The task table of :func:`plan_document`: number, content, lead, cooperating, deadline."""


def plan_document() -> bytes:
    """A kế hoạch whose tasks are a bordered table, as plans print them."""
    document = _document()
    _header(
        document,
        [("UBND TỈNH TUYÊN QUANG", False), ("SỞ NỘI VỤ", True), ("Số: 12/KH-SNV", False)],
        "Tuyên Quang, ngày 05 tháng 3 năm 2024",
    )
    _line(document, "KẾ HOẠCH", bold=True)
    _line(document, "Thực hiện công tác dân vận năm 2024", bold=True)
    _line(
        document,
        "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ, Sở Nội vụ"
        " ban hành Kế hoạch như sau:",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    table = document.add_table(rows=1, cols=5)
    table.style = document.styles["Table Grid"]
    headings = ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian hoàn thành")  # fmt: skip
    for cell, text in zip(table.rows[0].cells, headings, strict=True):
        _line(cell, text, bold=True)
    for row in PLAN_ROWS:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _line(cell, text, align=WD_ALIGN_PARAGRAPH.LEFT)
    _signature(
        document, ["- UBND tỉnh (để b/c);", "- Lưu: VT, XDCQ."], ["GIÁM ĐỐC", "Nguyễn Văn An"]
    )
    return _saved(document)


NOTICE_SUBJECT = (
    "Kết luận của Phó Chủ tịch Ủy ban nhân dân tỉnh",
    "Trần Văn Bình tại cuộc họp về tiến độ xây dựng",
    "Trường Trung học phổ thông chuyên của tỉnh",
)
"""The subject of :func:`notice_document`, one paragraph a line."""


def notice_document() -> bytes:
    """A conclusion notice whose subject is typed as three centred paragraphs, a rule of
    underscores under it, an empty paragraph, then the body's dated first sentence."""
    document = _document()
    _header(
        document,
        [("UBND TỈNH HÀ NAM", False), ("VĂN PHÒNG", True), ("Số:       /TB-VP", False)],
        "Hà Nam, ngày      tháng 9 năm 2026",
    )
    _line(document, "THÔNG BÁO", bold=True)
    for line in NOTICE_SUBJECT:
        _line(document, line, bold=True)
    _line(document, "_____________")
    _line(document, "")
    _line(
        document,
        "Ngày 12 tháng 9 năm 2026, Phó Chủ tịch Ủy ban nhân dân tỉnh Trần Văn Bình chủ trì"
        " cuộc họp về tiến độ xây dựng Trường Trung học phổ thông chuyên của tỉnh.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    _line(
        document,
        "1. Sở Xây dựng đôn đốc nhà thầu hoàn thành hạng mục nhà học trước ngày 30/11/2026.",
        align=WD_ALIGN_PARAGRAPH.JUSTIFY,
    )
    _signature(
        document,
        ["- Sở Xây dựng;", "- Lưu: VT."],
        ["KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "Lê Thị Hoa"],
    )
    return _saved(document)
