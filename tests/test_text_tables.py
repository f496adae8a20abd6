"""Task tables in every shape a converter leaves them: one task per row, its lead,
cooperating units and deadline read from the columns.  Each table is typed for its
shape; the expected values are read off it."""

from __future__ import annotations

import pytest

from vnadmin.model import (
    DateDeadline,
    DeadlineBound,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    RelativeDeadline,
    Role,
    Task,
)
from vnadmin.text import parse_text
from vnadmin.text.tables import task_rows

HEAD = """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 12/KH-UBND
Hà Nam, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2025

I. MỤC ĐÍCH
1. Nâng cao chất lượng phục vụ.
II. NHIỆM VỤ CỤ THỂ
"""
TAIL = """
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai kế hoạch này./.
"""
EXPECTED = [
    (
        "1.",
        "Ban hành kế hoạch tuyên truyền",
        [("lead", "Sở Nội vụ"), ("cooperate", "Sở Tư pháp"), ("cooperate", "Báo Hà Nam")],
        PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2025),
    ),
    (
        "2.",
        "Tổ chức hội nghị sơ kết",
        [("lead", "Văn phòng UBND tỉnh"), ("cooperate", "Các sở, ban, ngành")],
        RelativeDeadline(text="Thường xuyên"),
    ),
    (
        "3.",
        "Báo cáo kết quả thực hiện",
        [("lead", "Sở Nội vụ")],
        DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=30, month=6, year=2025)),
    ),
]

MARKDOWN = """\
| STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Ban hành kế hoạch tuyên truyền | Sở Nội vụ | Sở Tư pháp; Báo Hà Nam | Quý II/2025 |
| 2 | Tổ chức hội nghị sơ kết | Văn phòng UBND tỉnh | Các sở, ban, ngành | Thường xuyên |
| 3 | Báo cáo kết quả thực hiện | Sở Nội vụ | | trước 30/6/2025 |
"""
BARE_PIPES = (
    "\n".join(  # the same rows without their edge pipes, as GFM allows
        line.strip().strip("|").strip() for line in MARKDOWN.splitlines()
    )
    + "\n"
)
HTML = (  # one line, as PDF-to-markdown converters print it; a heading over two rows
    "<table><tr><td rowspan=2>STT</td><td rowspan=2>Nội dung công việc</td>"
    "<td colspan=2>Cơ quan thực hiện</td><td rowspan=2>Thời gian hoàn thành</td></tr>"
    "<tr><td>Chủ trì</td><td>Phối hợp</td></tr>"
    "<tr><td>1</td><td>Ban hành kế hoạch tuyên truyền</td><td>Sở Nội vụ</td>"
    "<td>Sở Tư pháp, Báo Hà Nam</td><td>Quý II/2025</td></tr>"
    "<tr><td>2</td><td>Tổ chức hội nghị sơ kết</td><td>Văn phòng UBND tỉnh</td>"
    "<td>Các sở, ban, ngành</td><td>Thường xuyên</td></tr>"
    "<tr><td>3</td><td>Báo cáo kết quả thực hiện</td><td>Sở Nội vụ</td><td></td>"
    "<td>trước 30/6/2025</td></tr></table>\n"
)
TABS = (
    "TT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời gian thực hiện\n"
    "1\tBan hành kế hoạch tuyên truyền\tSở Nội vụ\tSở Tư pháp, Báo Hà Nam\tQuý II/2025\n"
    "2\tTổ chức hội nghị sơ kết\tVăn phòng UBND tỉnh\tCác sở, ban, ngành\tThường xuyên\n"
    "3\tBáo cáo kết quả thực hiện\tSở Nội vụ\t-\ttrước 30/6/2025\n"
)
FLATTENED = """\
STT
Nội dung
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn thành
1
Ban hành kế hoạch
tuyên truyền
Sở Nội vụ
Sở Tư pháp; Báo Hà Nam
Quý II/2025
2
Tổ chức hội nghị sơ kết
Văn phòng UBND tỉnh
Các sở, ban, ngành
Thường xuyên
3
Báo cáo kết quả thực hiện
Sở Nội vụ
-
trước 30/6/2025
"""


_FLATTENED_ROWS_1_2 = "1\n" + FLATTENED.split("\n1\n", 1)[1].split("\n3\n", 1)[0] + "\n"
"""The first two rows of :data:`FLATTENED`, without its heading."""


def _rows(table: str) -> list[tuple[str | None, str, list[tuple[str, str]], object]]:
    tasks = parse_text(HEAD + table + TAIL).instrument.body.tasks
    assert [task.label for task in tasks] == ["I.", "II.", "III."]  # the table nests in II.
    return [_row(task) for task in tasks[1].subtasks]


def _table_tasks(table: str) -> tuple[Task, ...]:
    """The tasks read from ``table``'s rows, nested in the section II. of :data:`HEAD`."""
    return parse_text(HEAD + table + TAIL).instrument.body.tasks[1].subtasks


def _row(task: Task) -> tuple[str | None, str, list[tuple[str, str]], object]:
    roles = [(a.role.value, a.actor) for a in task.assignments]
    return task.label, task.text, roles, task.deadline


@pytest.mark.parametrize(
    "table",
    [MARKDOWN, BARE_PIPES, HTML, TABS, FLATTENED],
    ids=["md", "md-bare", "html", "tabs", "lines"],
)
def test_one_task_per_row(table: str) -> None:
    assert _rows(table) == EXPECTED


def test_a_row_wrapped_over_lines_and_a_heading_printed_again() -> None:
    table = (
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n"
        "|---|---|---|---|\n"
        "| I | Nhiệm vụ chung | | |\n"
        "| 1 | Ban hành kế hoạch | Sở Nội vụ | Quý II/2025 |\n"
        "| | tuyên truyền | | |\n"
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n"
        "| 2 | Tổ chức hội nghị | Sở Tư pháp | Năm 2025 |\n"
    )
    tasks = parse_text(HEAD + table + TAIL).instrument.body.tasks
    (group,) = tasks[1].subtasks  # the row numbered I groups the numbered rows
    assert group.label == "I."
    assert [_row(task)[:3] for task in group.subtasks] == [
        ("1.", "Ban hành kế hoạch tuyên truyền", [("lead", "Sở Nội vụ")]),
        ("2.", "Tổ chức hội nghị", [("lead", "Sở Tư pháp")]),
    ]


def test_a_table_that_lists_no_tasks_is_left_to_the_paragraphs() -> None:
    table = (
        "| STT | Họ và tên | Chức vụ |\n|---|---|---|\n| 1 | Nguyễn Văn An | Chủ tịch Hội đồng |\n"
    )
    result = parse_text(HEAD + table + TAIL)
    assert "task-table" not in {d.code for d in result.diagnostics}
    assert all(task.label != "1." for task in result.instrument.body.tasks[1].subtasks)


def test_a_body_that_is_a_table() -> None:
    letter = (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSố: 15/UBND-VX\nV/v giao nhiệm vụ\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh.\n\n"
        "Ủy ban nhân dân tỉnh giao nhiệm vụ như sau:\n\n" + MARKDOWN + "\n"
        "Đề nghị các đơn vị triển khai thực hiện./.\n"
    )
    body = parse_text(letter).instrument.body
    assert [_row(task) for task in body.tasks] == EXPECTED
    assert [task.text for task in body.closing] == ["Đề nghị các đơn vị triển khai thực hiện./."]


def test_rows_of_cells_from_a_reader_that_finds_tables() -> None:
    rows = task_rows(
        [
            (1, ["TT", "Nhiệm vụ", "Đơn vị chủ trì/phối hợp", "Tiến độ"]),
            (2, ["1", "Ban hành kế hoạch", "Sở Nội vụ; Sở Tư pháp", "Tháng 6/2025"]),
        ]
    )
    assert [(row.label, row.text, row.fields.assignments) for row in rows] == [
        ("1.", "Ban hành kế hoạch", [(Role.LEAD, "Sở Nội vụ"), (Role.COOPERATE, "Sở Tư pháp")])
    ]
    assert rows[0].fields.deadline == PeriodDeadline(unit=PeriodUnit.MONTH, index=6, year=2025)
    assert task_rows([(1, ["STT", "Họ và tên", "Chức vụ"]), (2, ["1", "An", "Ủy viên"])]) == ()


def test_a_deadline_cell_that_names_no_date_is_said() -> None:
    # "Theo kế hoạch" says when in words no deadline grammar reads: kept as its phrase, and
    # said
    text = (
        "UBND TỈNH HÀ NAM\nSố: 1/KH-UBND\nKẾ HOẠCH\nVề rà soát\n\n"
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát hồ sơ | Sở Nội vụ | Theo kế hoạch |\n"
        "| 2 | Báo cáo kết quả | Sở Tài chính | Quý II/2025 |\n"
    )
    result = parse_text(text)
    said = [(d.line, d.message) for d in result.diagnostics if d.code == "task-table-cell"]
    assert said == [(8, "the deadline cell 'Theo kế hoạch' names no date")]
    first, second = result.instrument.body.tasks
    assert first.deadline == RelativeDeadline(text="Theo kế hoạch")
    assert second.deadline is not None


def test_the_task_table_of_a_plan_s_appendix() -> None:
    # a plan's "Danh mục nhiệm vụ" after the signature, crawled to markdown whose cell rules
    # became blank lines: each cell a group of lines, wrapped; the group's title shares
    # its cell with its number.  Its rows are the plan's tasks (closing tasks: the count
    # of the plan's own sections does not change).
    text = (
        HEAD
        + "1. Tổ chức thực hiện các nhiệm vụ tại Phụ lục kèm theo.\n"
        + """
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình

PHỤ LỤC
DANH MỤC NHIỆM VỤ

STT

Nội dung thực
hiện

Cơ quan chủ trì

Cơ quan phối hợp

Thời gian hoàn
thành

Sản phẩm

I. CÔNG TÁC
TUYÊN TRUYỀN

1

Biên soạn tài liệu
tuyên truyền

Sở Tư pháp

Sở Nội vụ; các xã

Trước ngày
30/6/2026

Tài liệu

2

Tổ chức hội nghị

Sở Nội vụ

Sở Tư pháp

Quý III/2026

Hội nghị

3

Tổng kết thực hiện

Sở Tư pháp

Các sở, ngành

2026

Báo cáo
Văn bản liên quan
Ban hành: 04/09/2025
"""
    )
    body = parse_text(text).instrument.body
    assert [task.label for task in body.tasks] == ["I.", "II."]
    (group,) = body.closing
    assert group.label == "I."
    first, second, third = group.subtasks  # a year alone is a deadline's cell, no row
    assert _row(first) == (
        "1.",
        "Biên soạn tài liệu tuyên truyền",
        [("lead", "Sở Tư pháp"), ("cooperate", "Sở Nội vụ"), ("cooperate", "các xã")],
        DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(year=2026, month=6, day=30)),
    )
    assert _row(second)[2:] == (
        [("lead", "Sở Nội vụ"), ("cooperate", "Sở Tư pháp")],
        PeriodDeadline(unit=PeriodUnit.QUARTER, index=3, year=2026),
    )
    # the last row ends with its last column: the portal's links below are no cell of it
    assert _row(third)[1:] == (
        "Tổng kết thực hiện",
        [("lead", "Sở Tư pháp"), ("cooperate", "Các sở, ngành")],
        PeriodDeadline(unit=PeriodUnit.YEAR, year=2026),
    )


def test_a_heading_a_scan_damaged_is_read_by_its_nearest_column_name_and_said() -> None:
    # OCR misreads a letter or two of the heading ("Nol", "trl", "Thot"); "STT" survives
    table = (
        "| STT | Nol dung | Co quan chu trl | Thot gian hoàn thành |\n|---|---|---|---|\n"
        "| 1 | Rà soát thủ tục | Sở Tư pháp | Quý III/2025 |\n"
    )
    result = parse_text(HEAD + table + TAIL)
    (row,) = result.instrument.body.tasks[1].subtasks
    assert _row(row) == (
        "1.",
        "Rà soát thủ tục",
        [("lead", "Sở Tư pháp")],
        PeriodDeadline(unit=PeriodUnit.QUARTER, index=3, year=2025),
    )
    said = sorted(d.message for d in result.diagnostics if d.code == "task-table-heading")
    assert said == [
        "the damaged column heading 'Co quan chu trl' read as the lead column",
        "the damaged column heading 'Nol dung' read as the content column",
        "the damaged column heading 'Thot gian hoàn thành' read as the when column",
    ]


def test_a_damaged_heading_names_no_column_of_another_table() -> None:
    # a member list: its headings are nowhere near a task table's, damaged or not
    table = "| STT | Họ và tên | Chúc vụ | Ghi chú |\n|---|---|---|---|\n| 1 | Lê Văn Nam | Ủy viên | |\n"
    result = parse_text(HEAD + table + TAIL)
    assert {"task-table", "task-table-heading"}.isdisjoint(d.code for d in result.diagnostics)


def test_a_scanned_table_whose_rules_ocr_read_as_pipes() -> None:
    # no edge pipes, no delimiter row, blank lines between rows and a content cell wrapped
    # onto a line of its own
    table = (
        "TT | Nội dung công việc | Thời gian thực hiện | Đơn vị chủ trì/phối hợp\n\n"
        "1 | Lập danh sách học viên | Trước ngày 10/8/2026 | Phòng Đào tạo; các khoa\n"
        "theo từng lớp\n\n"
        "2 | Tổng hợp kết quả | Tháng 9/2026 | Phòng Khảo thí\n\n"
    )
    first, second = _table_tasks(table)
    assert _row(first) == (
        "1.",
        "Lập danh sách học viên theo từng lớp",
        [("lead", "Phòng Đào tạo"), ("cooperate", "các khoa")],
        DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=10, month=8, year=2026)),
    )
    assert _row(second) == (
        "2.",
        "Tổng hợp kết quả",
        [("lead", "Phòng Khảo thí")],
        PeriodDeadline(unit=PeriodUnit.MONTH, index=9, year=2026),
    )


def test_a_line_of_pipes_that_names_no_task_columns_starts_no_table() -> None:
    text = HEAD + "Kết quả: đạt | không đạt | chưa đánh giá\n\n1 | 2 | 3\n" + TAIL
    assert "task-table" not in {d.code for d in parse_text(text).diagnostics}


LAYOUT = (  # pdftotext -layout: cells by position, headings centred over their columns
    "STT           Nội dung              Cơ quan chủ trì     Cơ quan phối hợp     Thời hạn\n"
    " 1    Lập danh mục hồ sơ lưu trữ    Văn phòng Sở        Phòng Tổ chức        Quý I/2026\n"
    "      theo từng lĩnh vực            Tư pháp\n"
    " 2    Chỉnh lý tài liệu tồn đọng    Chi cục Văn thư                          Năm 2026\n"
)


def test_a_layout_table_s_cells_go_under_the_columns_they_stand_under() -> None:
    # row 1 wraps its content and lead cells onto one line; row 2 leaves a cell blank
    first, second = _table_tasks(LAYOUT)
    assert _row(first) == (
        "1.",
        "Lập danh mục hồ sơ lưu trữ theo từng lĩnh vực",
        [("lead", "Văn phòng Sở Tư pháp"), ("cooperate", "Phòng Tổ chức")],
        PeriodDeadline(unit=PeriodUnit.QUARTER, index=1, year=2026),
    )
    assert _row(second) == (
        "2.",
        "Chỉnh lý tài liệu tồn đọng",
        [("lead", "Chi cục Văn thư")],
        PeriodDeadline(unit=PeriodUnit.YEAR, year=2026),
    )


def test_a_paragraph_after_a_layout_table_is_no_cell_of_it() -> None:
    # a line as wide as the page after the rows stands under no one column: a paragraph
    after = (
        "    Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả về Sở Nội vụ trước ngày 15.\n"
    )
    tasks = _table_tasks(LAYOUT + after)
    assert after.strip() in [task.text for task in tasks]
    assert [task.text for task in tasks if task.label] == [
        "Lập danh mục hồ sơ lưu trữ theo từng lĩnh vực",
        "Chỉnh lý tài liệu tồn đọng",
    ]


JOINED = """\
TT Nội dung Đơn vị thực hiện

1. Soạn đề cương chi tiết Phòng Quản lý khoa học

2. | Thu thập ảnh tư liệu (Ban Truyền thông cũ) Ban biên tập

S. Viết lời giới thiệu Thầy Lê Minh Quân và thầy
Trần Đức Hòa

4. | Hiệu đính bản dịch | Cô Phạm Thu Hà

5.   Trình Ban Giám hiệu duyệt   Tổ soạn thảo
"""


def test_a_scanned_heading_whose_cells_ocr_joined_with_single_spaces() -> None:
    # the heading and each row on one line, cells joined by single spaces (a "|" here and
    # there where OCR read a rule); the unit's cell found from the end of the row
    result = parse_text(HEAD + JOINED + TAIL)
    rows = [_row(task)[:3] for task in result.instrument.body.tasks[1].subtasks]
    assert rows == [
        ("1.", "Soạn đề cương chi tiết", [("lead", "Phòng Quản lý khoa học")]),
        # a unit named inside parentheses belongs to the content
        ("2.", "Thu thập ảnh tư liệu (Ban Truyền thông cũ)", [("lead", "Ban biên tập")]),
        # a person's title starts the cell; its name goes on below a cut "và thầy"
        ("3.", "Viết lời giới thiệu", [("lead", "Thầy Lê Minh Quân và thầy Trần Đức Hòa")]),
        ("4.", "Hiệu đính bản dịch", [("lead", "Cô Phạm Thu Hà")]),
        # cells parted by the spaces a rule left: the parts, not a unit's name, say where
        ("5.", "Trình Ban Giám hiệu duyệt", [("lead", "Tổ soạn thảo")]),
    ]
    said = [(d.line, d.message) for d in result.diagnostics if d.code == "task-table-number"]
    assert said == [(17, "the damaged row number 'S' read as 3, after the row above")]


def test_a_joined_table_s_deadline_is_read_from_the_end_of_its_row() -> None:
    table = (
        "STT Nội dung công việc Đơn vị chủ trì Thời hạn\n"
        "10. Rà soát quy chế nội bộ Phòng Tổ chức Quý IV/2025\n"
        "II. Cập nhật cơ sở dữ liệu Trung tâm Thông tin trước ngày 15/12/2025\n"
        "12. Tổng kết năm Văn phòng Thường xuyên\n"
    )
    result = parse_text(HEAD + table + TAIL)
    rows = [_row(task) for task in result.instrument.body.tasks[1].subtasks]
    assert rows == [
        (
            "10.",
            "Rà soát quy chế nội bộ",
            [("lead", "Phòng Tổ chức")],
            PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2025),
        ),
        (  # a number of ones OCR read as the letter I, after row 10: no roman section
            "11.",
            "Cập nhật cơ sở dữ liệu",
            [("lead", "Trung tâm Thông tin")],
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=12, year=2025)),
        ),
        ("12.", "Tổng kết năm", [("lead", "Văn phòng")], RelativeDeadline(text="Thường xuyên")),
    ]
    said = [d.message for d in result.diagnostics if d.code == "task-table-number"]
    assert said == ["the damaged row number 'II' read as 11, after the row above"]


def test_a_joined_heading_of_another_table_starts_none() -> None:
    # a member list's heading joined the same way names no task columns: its rows stay
    table = "STT Họ và tên Chức vụ\n1. Ông Lý Văn Sơn Phó Trưởng phòng\n"
    result = parse_text(HEAD + table + TAIL)
    assert "task-table" not in {d.code for d in result.diagnostics}


WRAPPED_HEADING = """\
STT Nội dung công việc Người thực hiện & kết
quả Thời gian
01 Lập danh sách học viên | Phòng Tổ chức cán bộ Trước ngày 05/4/2025
02 Tổ chức lớp tập huấn nghiệp vụ Tổ thư ký Tháng 5/2025
0ó | Tổng kết khóa học Ban Giám đốc Quý III/2025
"""


def test_a_joined_heading_that_ocr_wrapped_over_two_lines() -> None:
    # the lead column's name wraps ("& kết" / "quả") and the deadline's stands on the
    # second line; "Tổ thư ký" heads a unit (its "ký" is no "kỳ" of a deadline), "Tổ chức"
    # starts the content, "Ban Giám đốc" is one name, and the third row's number, read
    # "0ó", is the one after 02, as wide
    result = parse_text(HEAD + WRAPPED_HEADING + TAIL)
    rows = [_row(task) for task in result.instrument.body.tasks[1].subtasks]
    assert rows == [
        (
            "01.",
            "Lập danh sách học viên",
            [("lead", "Phòng Tổ chức cán bộ")],
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=4, year=2025)),
        ),
        (
            "02.",
            "Tổ chức lớp tập huấn nghiệp vụ",
            [("lead", "Tổ thư ký")],
            PeriodDeadline(unit=PeriodUnit.MONTH, index=5, year=2025),
        ),
        (
            "03.",
            "Tổng kết khóa học",
            [("lead", "Ban Giám đốc")],
            PeriodDeadline(unit=PeriodUnit.QUARTER, index=3, year=2025),
        ),
    ]
    said = [(d.line, d.message) for d in result.diagnostics if d.code == "task-table-number"]
    assert said == [(15, "the damaged row number '0ó' read as 03, after the row above")]


def test_a_wrapped_heading_s_second_line_may_hold_only_specks_and_the_wrapped_word() -> None:
    # the deadline column before the unit's; OCR left a rule and specks on the second line;
    # a title and the unit after it are one name
    table = (
        "STT Công việc Thời gian Người thực hiện & kết\n"
        "| _ _ quả :\n"
        "\n"
        "1 Rà soát hồ sơ dự thầu | 02/6/2025 Tổ chuyên gia\n"
        "2 Phê duyệt kết quả Trước ngày 20/6/2025 Giám đốc Sở\n"
    )
    tasks = _table_tasks(table)
    assert [_row(task) for task in tasks[:2]] == [
        (
            "1.",
            "Rà soát hồ sơ dự thầu",
            [("lead", "Tổ chuyên gia")],
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=2, month=6, year=2025)
            ),
        ),
        (
            "2.",
            "Phê duyệt kết quả",
            [("lead", "Giám đốc Sở")],
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=20, month=6, year=2025)),
        ),
    ]


def test_a_wrapped_heading_of_another_table_starts_none() -> None:
    # a member list's heading wrapped the same way names no task columns: its rows stay
    table = "STT Họ và tên Chức vụ Nhiệm\nvụ được giao\n1. Ông Lý Văn Sơn Phó Trưởng phòng\n"
    result = parse_text(HEAD + table + TAIL)
    assert "task-table" not in {d.code for d in result.diagnostics}


def test_a_flattened_table_with_a_row_that_numbers_its_columns() -> None:
    # a converter flattened the table one cell per line; under its heading a row numbers
    # the columns "(1)" to "(4)"; the lead column names the departments that lead
    table = """\
TT
Tên nhiệm vụ
Sở, ngành chủ trì tham mưu
Đơn vị phối hợp thực hiện
Thời gian thực hiện

(1)
(2)
(3)
(4)
"""
    rows = _rows(table + _FLATTENED_ROWS_1_2)
    assert [row[2:] for row in rows] == [
        (
            [("lead", "Sở Nội vụ"), ("cooperate", "Sở Tư pháp"), ("cooperate", "Báo Hà Nam")],
            PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2025),
        ),
        (
            [("lead", "Văn phòng UBND tỉnh"), ("cooperate", "Các sở, ban, ngành")],
            RelativeDeadline(text="Thường xuyên"),
        ),
    ]


CENTRED = (  # pdftotext -layout of a table whose cells stand centred in their rows
    "TT       Nội dung công việc        Đơn vị chủ trì   Đơn vị phối hợp   Thời gian thực hiện\n"
    "\n"
    " 1   Rà soát thủ tục hành chính     Sở Tư pháp                        Tháng 4/2025\n"
    "\n"
    "     Xây dựng cơ sở dữ liệu                           Sở Thông tin và\n"
    " 2                                  Sở Nội vụ                         Quý III/2025\n"
    "     văn bản của tỉnh                                 Truyền thông\n"
    "\n"
    " 3   Tổng kết thực hiện Đề án       Văn phòng UBND   Các sở, ngành     Trước 15/12/2025\n"
    "                                    tỉnh\n"
)


def test_a_layout_table_whose_row_numbers_stand_in_the_middle_of_their_rows() -> None:
    # row 2's number is on its middle line: the lines above it are its own, not row 1's;
    # row 3's number is on its first line and its lead cell wraps below it
    tasks = _table_tasks(CENTRED)
    assert [_row(task) for task in tasks] == [
        (
            "1.",
            "Rà soát thủ tục hành chính",
            [("lead", "Sở Tư pháp")],
            PeriodDeadline(unit=PeriodUnit.MONTH, index=4, year=2025),
        ),
        (
            "2.",
            "Xây dựng cơ sở dữ liệu văn bản của tỉnh",
            [("lead", "Sở Nội vụ"), ("cooperate", "Sở Thông tin và Truyền thông")],
            PeriodDeadline(unit=PeriodUnit.QUARTER, index=3, year=2025),
        ),
        (
            "3.",
            "Tổng kết thực hiện Đề án",
            [("lead", "Văn phòng UBND tỉnh"), ("cooperate", "Các sở, ngành")],
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=12, year=2025)),
        ),
    ]


SCHEDULE = (  # the date column before the content; a row whose cells one space parts
    "     TT    Thời gian                     Nội dung\n"
    "\n"
    "      1 Ngày 10/3/2025 Văn phòng gửi lịch trực đến các phòng\n"
    "\n"
    "          Từ 11/3/2025     Các phòng cử người trực theo lịch\n"
    "      2\n"
    "          đến 20/3/2025    đã gửi\n"
)


def test_a_layout_row_whose_number_and_date_run_into_its_content() -> None:
    tasks = _table_tasks(SCHEDULE)
    assert [(task.label, task.text) for task in tasks] == [
        ("1.", "Văn phòng gửi lịch trực đến các phòng"),
        ("2.", "Các phòng cử người trực theo lịch đã gửi"),
    ]
    # the date cell, not the content, holds "Ngày 10/3/2025"; a span ends at its last day
    assert [task.deadline for task in tasks] == [
        DateDeadline(
            bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=10, month=3, year=2025)
        ),
        DateDeadline(
            bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=20, month=3, year=2025)
        ),
    ]


def test_a_page_break_in_a_layout_table_keeps_the_rows_after_it() -> None:
    # a form feed opens the second page: lines are counted as grep counts them
    broken = CENTRED.replace("\n     Xây dựng", "\n\f     Xây dựng")
    tasks = _table_tasks(broken)
    assert [task.text for task in tasks][1] == "Xây dựng cơ sở dữ liệu văn bản của tỉnh"


PACKED = (  # pdftotext -layout of a table with no blank line between its rows, numbers centred
    "TT      Công việc                  Phụ trách           Ghi chú\n"
    "                                   C. Lan              Nhận từ 7h00\n"
    "        Đón tiếp đại biểu và                           tại cổng chính\n"
    "01      xếp chỗ ngồi theo sơ       T. Minh             Mặc áo dài\n"
    "        đồ hội trường\n"
    "                                   C. Thu              đúng giờ\n"
    "                                   T.Hùng,             Mượn từ 6h30\n"
    "02      Chuẩn bị âm thanh, ánh     T.Nam,              trả sau buổi lễ\n"
    "        sáng và máy chiếu          T.Quang Vinh\n"
    "        Viết kịch bản và dẫn       Phòng Công tác\n"
    "03\n"
    "        chương trình               sinh viên\n"
    "04      In giấy mời                C.Hoa\n"
)


def test_a_layout_table_with_no_blank_line_between_rows_whose_numbers_stand_centred() -> None:
    # each line goes to the row whose number it stands nearest; the line of "C. Thu" is as
    # near to 02 but mirrors row 01's first line, in the same columns; one person per line
    # in the "Phụ trách" cell, the first leads, the others help; a wrapped name stays one
    tasks = _table_tasks(PACKED)
    assert [_row(task)[:3] for task in tasks] == [
        (
            "01.",
            "Đón tiếp đại biểu và xếp chỗ ngồi theo sơ đồ hội trường",
            [("lead", "C. Lan"), ("cooperate", "T. Minh"), ("cooperate", "C. Thu")],
        ),
        (
            "02.",
            "Chuẩn bị âm thanh, ánh sáng và máy chiếu",
            [("lead", "T.Hùng"), ("cooperate", "T.Nam"), ("cooperate", "T.Quang Vinh")],
        ),
        ("03.", "Viết kịch bản và dẫn chương trình", [("lead", "Phòng Công tác sinh viên")]),
        ("04.", "In giấy mời", [("lead", "C.Hoa")]),
    ]


def test_a_joined_row_whose_unit_cell_ocr_printed_below_its_text() -> None:
    # row 2's unit cell stands on the lines under the row's text (OCR read the cell lower
    # than the row), the first unit it names leads; row 3's content goes on with "với":
    # the unit after it is the content's
    table = (
        "STT Công việc Thời gian Người thực hiện\n"
        "1 Lập danh sách đề xuất | 03/3/2025 Phòng Kế hoạch\n"
        "2 | Họp thông qua danh sách | 10/3/2025\n"
        "\n"
        "đề xuất\n"
        "\n"
        "Hội đồng thẩm định, Văn phòng và\n"
        "tổ thư ký\n"
        "3 Trao đổi thông tin với | 14/3/2025\n"
        "Sở Tài chính để thống nhất\n"
    )
    rows = [_row(task)[:3] for task in _table_tasks(table)]
    assert rows == [
        ("1.", "Lập danh sách đề xuất", [("lead", "Phòng Kế hoạch")]),
        (
            "2.",
            "Họp thông qua danh sách đề xuất",
            [("lead", "Hội đồng thẩm định"), ("cooperate", "Văn phòng và tổ thư ký")],
        ),
        ("3.", "Trao đổi thông tin với Sở Tài chính để thống nhất", []),
    ]


STOPPED = (  # pdftotext -layout, a who-column's name cut by the margin on a dash or "các"
    "TT      Công việc                  Phụ trách                Thời gian\n"
    "\n"
    "        Rà soát hồ sơ đăng ký      Văn phòng HĐND -\n"
    "01      hộ kinh doanh              UBND xã                  Tháng 3/2025\n"
    "\n"
    "        Niêm yết công khai kết     Thủ trưởng các\n"
    "02      quả tại trụ sở             Phòng chuyên môn         Tháng 4/2025\n"
    "\n"
    "        Tổng hợp ý kiến của        Văn phòng HĐND\n"
    "03      người dân                  UBND xã                  Tháng 5/2025\n"
)


def test_a_who_cell_line_that_stops_a_name_half_way_goes_on_below() -> None:
    # a line of the "Phụ trách" column that ends on a dash or on "các" is cut inside one
    # name: the unit's head on the next line goes on it; after a whole name it opens another
    tasks = _table_tasks(STOPPED)
    assert [_row(task)[:3] for task in tasks] == [
        ("01.", "Rà soát hồ sơ đăng ký hộ kinh doanh", [("lead", "Văn phòng HĐND - UBND xã")]),
        (
            "02.",
            "Niêm yết công khai kết quả tại trụ sở",
            [("lead", "Thủ trưởng các Phòng chuyên môn")],
        ),
        (
            "03.",
            "Tổng hợp ý kiến của người dân",
            [("lead", "Văn phòng HĐND"), ("cooperate", "UBND xã")],
        ),
    ]


def test_a_unit_below_a_row_whose_content_left_a_parenthesis_open_is_the_content() -> None:
    # row 1's content opens "(qua" and closes it lines below: the unit's head between is
    # inside the parenthesis, no cell of who does the row
    table = (
        "STT Công việc Thời gian Người thực hiện\n"
        "1 | Gửi hồ sơ xin ý kiến (qua | 17/3/2025\n"
        "\n"
        "Văn phòng một cửa hoặc\n"
        "bưu điện) để tổng hợp\n"
        "2 Tổng hợp ý kiến góp ý | 24/3/2025 Phòng Kế hoạch\n"
    )
    assert [_row(task)[:3] for task in _table_tasks(table)] == [
        ("1.", "Gửi hồ sơ xin ý kiến (qua Văn phòng một cửa hoặc bưu điện) để tổng hợp", []),
        ("2.", "Tổng hợp ý kiến góp ý", [("lead", "Phòng Kế hoạch")]),
    ]


def test_a_who_cell_line_spaced_wide_is_one_name() -> None:
    # pdftotext -layout spreads a justified line of the "Phụ trách" cell: "Trường", a
    # unit's head, is the same line's and goes on "Hội đồng"; the next line opens another
    table = (
        "TT      Công việc                  Phụ trách              Thời gian\n"
        "\n"
        "        Thông qua kế hoạch năm     Hội đồng    Trường\n"
        "01      học 2025-2026              Ban Giám hiệu          Tháng 9/2025\n"
    )
    assert [_row(task)[:3] for task in _table_tasks(table)] == [
        (
            "01.",
            "Thông qua kế hoạch năm học 2025-2026",
            [("lead", "Hội đồng Trường"), ("cooperate", "Ban Giám hiệu")],
        )
    ]


def test_a_flattened_row_s_blank_line_is_its_empty_cell() -> None:
    # a converter gave each cell a line of its own and an empty cell a blank line: the
    # first row names no lead, only those who carry it out
    table = """\
STT
Nội dung
Thời gian
Chủ trì
Phối hợp
1
Rà soát danh sách cán bộ
Thường xuyên

Phòng Tổ chức
2
Tổ chức hội nghị sơ kết
Quý II/2025
Văn phòng
Các phòng
"""
    assert [row[2] for row in _rows(table)] == [
        [("cooperate", "Phòng Tổ chức")],
        [("lead", "Văn phòng"), ("cooperate", "Các phòng")],
    ]


def test_a_column_of_who_carries_it_out_beside_the_lead_s_cooperates() -> None:
    table = """\
| STT | Nội dung | Chủ trì | Thực hiện |
|---|---|---|---|
| 1 | Tổ chức hội nghị sơ kết | Văn phòng | Phòng Tổ chức; Phòng Kế hoạch |
"""
    assert [row[2] for row in _rows(table)] == [
        [("lead", "Văn phòng"), ("cooperate", "Phòng Tổ chức"), ("cooperate", "Phòng Kế hoạch")]
    ]


def test_a_timetable_s_day_column_says_when() -> None:
    table = """\
| STT | Ngày | Công việc |
|---|---|---|
| 1 | 24/03/2025 | Phòng Đào tạo gửi danh sách sinh viên về các khoa. |
"""
    assert [(row[2], row[3]) for row in _rows(table)] == [
        (
            [("execute", "Phòng Đào tạo")],
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=24, month=3, year=2025)
            ),
        )
    ]
