"""Task lists in the shapes real plans, conclusions and directives print them beyond the
common ones: points numbered ``(i)``, ``(ii)`` under a point that asks several bodies in
turn, a conclusion that quotes the proposal it answers, targets tabled with their lead, a
crawled table with a filler row, deadline cells spelt ``Quí IV-2025`` or holding a year
alone, lists that close with the related units, a report sent through a body.  Each text
is typed for its rule; the expected values are read off it."""

from __future__ import annotations

import pytest

from vnadmin.grammar import parse_deadline_cell
from vnadmin.grammar.labels import LABEL, label_level
from vnadmin.model import (
    DateDeadline,
    DeadlineBound,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Task,
)
from vnadmin.text import parse_text
from vnadmin.text.semantics import read_meaning, split_actors

NOTICE = """\
VĂN PHÒNG CHÍNH PHỦ
Số: 71/TB-VPCP
Hà Nội, ngày 12 tháng 11 năm 2025

THÔNG BÁO
Ý kiến chỉ đạo của Phó Thủ tướng tại buổi kiểm tra hai dự án thủy điện

"""
PLAN = """\
ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH
Số: 40/KH-UBND
Nam Định, ngày 03 tháng 12 năm 2025

KẾ HOẠCH
Chuyển đổi số trong các hợp tác xã năm 2026

I. MỤC TIÊU
1. Nâng cao năng lực số của các hợp tác xã.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ theo dõi việc thực hiện Kế hoạch.
"""
SIGNED = """
Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Hòa

"""


def _roles(task: Task) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in task.assignments]


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in read_meaning(text, ()).assignments]


# -- labels --------------------------------------------------------------------------------


@pytest.mark.parametrize("printed", ["(i)", "(ii)", "(iii)", "(iv)", "(vi)", "(ix)", "(x)"])
def test_a_small_roman_numeral_in_parentheses_is_a_label(printed: str) -> None:
    match = LABEL.match(f"{printed} Tổng công ty Điện lực miền Bắc báo cáo.")
    assert match is not None
    assert match["label"] == printed
    assert label_level(match) == "paren-roman"


@pytest.mark.parametrize("printed", ["(xii)", "(iiii)", "(I)", "(vv)"])
def test_other_letters_in_parentheses_are_no_label(printed: str) -> None:
    match = LABEL.match(f"{printed} Tổng công ty Điện lực miền Bắc báo cáo.")
    assert match is None or match["label"] != printed


def test_a_roman_index_before_a_small_letter_is_a_formula_s_no_label() -> None:
    # a formula's index wrapped to the start of a line ("A(i)" / "(i) là giá trị ...")
    match = LABEL.match("(i) là giá trị giới hạn của nhân phóng xạ i;")
    assert match is None or match["label"] != "(i)"


def test_points_numbered_i_ii_under_a_point_that_asks_several_bodies() -> None:
    text = (
        NOTICE
        + """\
1. Về dự án thủy điện Sông Lô
a) Ghi nhận nỗ lực của chủ đầu tư trong thời gian qua.
b) Để đưa nhà máy vào vận hành đúng tiến độ, đề nghị:
(i) Tổng công ty Phát điện 2 hoàn thành thử nghiệm tổ máy số 1 trong tháng 12 năm 2025.
(ii) Ủy ban nhân dân tỉnh Tuyên Quang phối hợp với chủ đầu tư bàn giao mặt bằng \
tuyến đường dây.
2. Về dự án thủy điện Nậm Mu
Giao Bộ Công Thương hướng dẫn chủ đầu tư hoàn thiện hồ sơ.
Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
"""
    )
    first = parse_text(text).instrument.body.tasks[0]
    asks = first.subtasks[1]
    assert asks.label == "b)"
    one, two = asks.subtasks
    assert (one.label, _roles(one)) == ("(i)", [("execute", "Tổng công ty Phát điện 2")])
    assert one.deadline == PeriodDeadline(unit=PeriodUnit.MONTH, index=12, year=2025)
    assert (two.label, _roles(two)) == (
        "(ii)",
        [("execute", "Ủy ban nhân dân tỉnh Tuyên Quang"), ("cooperate", "chủ đầu tư")],
    )


def test_a_first_item_whose_one_ocr_read_as_an_exclamation_mark() -> None:
    text = (
        PLAN
        + "III. PHÂN CÔNG\n"
        + "!. Giảng viên rà soát đề cương chi tiết học phần.\n"
        + "2. Trưởng bộ môn duyệt đề cương trước ngày 15/12/2025.\n"
    )
    result = parse_text(text)
    third = result.instrument.body.tasks[2]
    assert [task.label for task in third.subtasks] == ["1.", "2."]
    assert _roles(third.subtasks[0]) == [("execute", "Giảng viên")]
    said = [d.message for d in result.diagnostics if d.code == "ocr-repaired"]
    assert "'!.' read as '1.'" in said


def test_an_exclamation_mark_with_no_second_item_is_left_alone() -> None:
    result = parse_text(PLAN + "III. PHÂN CÔNG\n!. Giảng viên soạn đề cương.\n")
    body = result.instrument.body
    assert all(task.label != "1." for task in body.tasks[2].subtasks)
    # kept as printed, and nothing said of a repair: the "all" above holds of no points too
    kept = [t.text for t in body.closing] + [t.text for t in body.tasks[2].subtasks]
    assert "!. Giảng viên soạn đề cương." in kept
    assert not [d for d in result.diagnostics if d.code == "ocr-repaired"]


# -- who acts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "entries"),
    [
        # a body named by its own name, then the related units it works with
        (
            "Sở Tài chính và cơ quan, địa phương liên quan",
            ["Sở Tài chính", "cơ quan, địa phương liên quan"],
        ),
        (
            "Văn phòng Ban Chỉ huy, đơn vị có liên quan",
            ["Văn phòng Ban Chỉ huy", "đơn vị có liên quan"],
        ),
        ("Sở Nội vụ và đơn vị liên quan", ["Sở Nội vụ", "đơn vị liên quan"]),
        # ministry-level agencies are one kind of the group the ministries open
        (
            "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
            ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
        ),
        # a qualifier closes the group of provinces; the bodies after it are another
        (
            "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương, cơ quan, tổ chức khác "
            "có liên quan",
            [
                "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
                "cơ quan, tổ chức khác có liên quan",
            ],
        ),
        # unit nouns of one group stay one entry, with or without a body's head
        ("Sở, ban, ngành, địa phương liên quan", ["Sở, ban, ngành, địa phương liên quan"]),
        ("Cơ quan, địa phương liên quan", ["Cơ quan, địa phương liên quan"]),
        ("UBND các huyện, thị xã và thành phố", ["UBND các huyện, thị xã và thành phố"]),
        # places after a named head are that head's, whatever follows them
        (
            "Chủ tịch Ủy ban nhân dân tỉnh, thành phố có liên quan",
            ["Chủ tịch Ủy ban nhân dân tỉnh, thành phố có liên quan"],
        ),
        # "khác" alone does not join another kind to the group before it
        (
            "Doanh nghiệp, đơn vị phụ thuộc, tổ chức khác",
            ["Doanh nghiệp", "đơn vị phụ thuộc", "tổ chức khác"],
        ),
        (
            "UBND tỉnh, thành phố trực thuộc trung ương",
            ["UBND tỉnh, thành phố trực thuộc trung ương"],
        ),
    ],
)
def test_a_list_that_closes_with_the_related_units(printed: str, entries: list[str]) -> None:
    assert split_actors(printed) == entries


def test_a_report_sent_through_a_body_goes_to_it_and_a_list_sent_through_one_is_shared() -> None:
    assert _read(
        "Các sở, ngành báo cáo kết quả thực hiện thông qua Sở Nội vụ trước ngày 10 hằng tháng."
    ) == [("execute", "Các sở, ngành"), ("report_to", "Sở Nội vụ")]
    assert _read("Các đơn vị gửi danh sách đại biểu (thông qua Ban Dân tộc tỉnh) để đăng ký.") == [
        ("execute", "Các đơn vị"),
        ("cooperate", "Ban Dân tộc tỉnh"),
    ]


def test_the_bodies_a_quoted_proposal_names_are_not_asked_by_the_conclusion() -> None:
    proposal = (
        "Về đề nghị Bộ Nội vụ tham mưu ban hành cơ chế tiền lương riêng cho cán bộ cấp xã, "
        "phối hợp với các bộ, ngành sửa đổi quy định về cơ cấu tổ chức của các phòng chuyên môn "
        "theo hướng linh hoạt, phù hợp với đặc thù của từng địa phương miền núi"
    )
    assert _read(f"{proposal}: Bộ Tài chính nghiên cứu đề xuất của tỉnh.") == [
        ("execute", "Bộ Tài chính")
    ]
    # quoted short, the proposal is a matter all the same (not a heading of sixty letters)
    assert _read("Về đề nghị Bộ Nội vụ chủ trì rà soát: Bộ Tài chính nghiên cứu.") == [
        ("execute", "Bộ Tài chính")
    ]
    # what answers it opens with no actor: still none of the proposal's bodies acts
    assert _read(f"{proposal}: Về vấn đề này, Chính phủ đã có chỉ đạo.") == []
    # after a matter or a heading of its own, the lead's name opens the clause
    for heading in ("Về tiến độ dự án", "Thời hạn nộp hồ sơ"):
        assert _read(f"{heading}: Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát.") == [
            ("lead", "Sở Xây dựng"),
            ("cooperate", "Sở Tài chính"),
        ]


def test_actors_that_end_before_a_verb_of_gathering_or_a_body_s_naming_verb() -> None:
    assert _read("Cán bộ chuyên viên các Khoa tập hợp đề thi gửi về Trung tâm Khảo thí.")[:1] == [
        ("execute", "Cán bộ chuyên viên các Khoa")
    ]
    assert _read("Trưởng bộ môn quản lý học phần có trách nhiệm duyệt đề thi.") == [
        ("execute", "Trưởng bộ môn quản lý học phần")
    ]


# -- deadlines -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "deadline"),
    [
        ("Quí IV-2025", PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2025)),
        ("Quý II - 2026", PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2026)),
        ("trong quí I/2026", PeriodDeadline(unit=PeriodUnit.QUARTER, index=1, year=2026)),
        ("Tháng 6-2026", PeriodDeadline(unit=PeriodUnit.MONTH, index=6, year=2026)),
        ("2027", PeriodDeadline(unit=PeriodUnit.YEAR, year=2027)),
        # years from one to another are due by the last, as a range of dates is
        ("2026 - 2027", PeriodDeadline(unit=PeriodUnit.YEAR, year=2027)),
        ("năm 2026-2030", PeriodDeadline(unit=PeriodUnit.YEAR, year=2030)),
    ],
)
def test_deadline_cells_as_plans_print_them(cell: str, deadline: PeriodDeadline) -> None:
    assert parse_deadline_cell(cell) == (deadline, None)


def test_a_year_alone_opening_a_line_is_a_record_no_deadline() -> None:
    # a timetable's line opens with when it is due; a year alone opens a record of the past
    text = PLAN + "III. THÀNH TÍCH\n- 2019: Bằng khen của Thủ tướng Chính phủ.\n"
    (record,) = parse_text(text).instrument.body.tasks[2].subtasks
    assert record.deadline is None
    timetable = PLAN + "III. TIẾN ĐỘ\n- Tháng 3-2026: Sở Nội vụ tổng hợp kết quả.\n"
    (step,) = parse_text(timetable).instrument.body.tasks[2].subtasks
    assert step.deadline == PeriodDeadline(unit=PeriodUnit.MONTH, index=3, year=2026)


def test_a_quarter_spelt_quí_in_running_text() -> None:
    meaning = read_meaning("Sở Tư pháp hoàn thành rà soát trong quí III/2026.", ())
    assert meaning.deadline == PeriodDeadline(unit=PeriodUnit.QUARTER, index=3, year=2026)


# -- tables ----------------------------------------------------------------------------------


def test_a_table_of_targets_names_each_target_s_lead() -> None:
    table = (
        "| TT | Chỉ tiêu | Chủ trì |\n|---|---|---|\n"
        "| 1 | Tỷ lệ hợp tác xã dùng hóa đơn điện tử đạt 90% | Sở Tài chính |\n"
        "| 2 | 100% hợp tác xã có tài khoản số | Sở Khoa học và Công nghệ |\n"
    )
    closing = parse_text(PLAN + SIGNED + "PHỤ LỤC\n" + table).instrument.body.closing
    assert [(task.label, _roles(task)) for task in closing] == [
        ("1.", [("lead", "Sở Tài chính")]),
        ("2.", [("lead", "Sở Khoa học và Công nghệ")]),
    ]


def test_a_filler_row_of_a_crawled_table_ends_no_table() -> None:
    # cells one group of lines each between blank lines (the crawl's rules), a product
    # column left blank in the second row, and a row of dots the crawl kept between rows
    cells = [
        "STT",
        "Nội dung",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian hoàn thành",
        "Sản phẩm",
        "1",
        "Xây dựng cơ sở dữ liệu hợp tác xã",
        "Sở Khoa học và Công nghệ",
        "Sở Tài chính và cơ quan, địa phương liên quan",
        "Quí IV-2026",
        "Cơ sở dữ liệu",
        "…...........................",
        "2",
        "Tập huấn kỹ năng số",
        "Liên minh Hợp tác xã tỉnh",
        "Sở Nội vụ",
        "2026",
    ]
    closing = parse_text(PLAN + SIGNED + "PHỤ LỤC\n\n" + "\n\n".join(cells) + "\n").instrument
    first, second = closing.body.closing
    assert _roles(first) == [
        ("lead", "Sở Khoa học và Công nghệ"),
        ("cooperate", "Sở Tài chính"),
        ("cooperate", "cơ quan, địa phương liên quan"),
    ]
    assert first.deadline == PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2026)
    assert (second.label, _roles(second)) == (
        "2.",
        [("lead", "Liên minh Hợp tác xã tỉnh"), ("cooperate", "Sở Nội vụ")],
    )
    assert second.deadline == PeriodDeadline(unit=PeriodUnit.YEAR, year=2026)


LETTER = """\
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN AN LÃO
Số: 77/PGDĐT
An Lão, ngày 02 tháng 4 năm 2026
V/v rà soát hồ sơ thư viện

Kính gửi: Hiệu trưởng các trường Tiểu học.

Đề nghị Hiệu trưởng các trường rà soát hồ sơ thư viện của đơn vị mình theo mẫu đính kèm.
{timing}
"""


def test_a_short_paragraph_after_a_letter_s_directive_times_it() -> None:
    """A letter without a task list that says by when in a paragraph of its own: the date is
    the directive's, not background."""
    timing = "Các đơn vị hoàn thành trước ngày 15/4/2026."
    body = parse_text(LETTER.format(timing=timing)).instrument.body
    (task,) = body.tasks
    assert task.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=4, year=2026)
    )
    assert not body.background


def test_a_long_paragraph_after_a_directive_stays_background() -> None:
    timing = (
        "Năm học trước, thư viện các trường đã được kiểm tra và công nhận đạt chuẩn theo kế"
        " hoạch của Sở, nhiều trường bổ sung được sách tham khảo trước ngày 15/4/2025 nhờ"
        " nguồn xã hội hóa."
    )
    body = parse_text(LETTER.format(timing=timing)).instrument.body
    (task,) = body.tasks
    assert task.deadline is None
    assert len(body.background) == 1


APPROVAL = """\
ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN
Số: 512/UBND-KT
Phú Yên, ngày 09 tháng 3 năm 2026
V/v điều chỉnh lịch thu gom rác thải

Kính gửi: Sở Nông nghiệp và Môi trường.

Xét đề nghị của Sở Nông nghiệp và Môi trường tại Tờ trình số 40/TTr-SNNMT, UBND tỉnh có ý kiến như sau:
1. Đồng ý điều chỉnh lịch thu gom rác thải tại các xã ven biển từ ngày 15/3/2026.
2. Giao Sở Nông nghiệp và Môi trường thông báo lịch mới đến các xã.
3. Ủy ban nhân dân các xã:
a) Thống nhất lịch thu gom với đơn vị vệ sinh môi trường.
"""


def test_what_the_issuer_approves_is_no_work_for_the_addressee() -> None:
    """``Đồng ý ...`` is the issuer's own decision: the addressee does not do it; an actor
    named by a heading above (``Ủy ban nhân dân các xã:``) still does what follows it."""
    first, second, third = parse_text(APPROVAL).instrument.body.tasks
    assert first.assignments == ()
    assert [a.actor for a in second.assignments] == ["Sở Nông nghiệp và Môi trường"]
    assert [a.actor for a in third.subtasks[0].assignments] == ["Ủy ban nhân dân các xã"]


ASKED_BELOW = """\
ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: 301/UBND-VHXH
Bến Tre, ngày 20 tháng 4 năm 2026
V/v treo cờ Tổ quốc dịp lễ 30/4

Kính gửi: UBND các huyện, thành phố.

Nhân dịp kỷ niệm ngày Giải phóng miền Nam, Ủy ban nhân dân tỉnh yêu cầu:

Ủy ban nhân dân các huyện, thành phố vận động nhân dân treo cờ Tổ quốc từ ngày 28/4 đến hết ngày 01/5/2026.
"""


def test_what_a_lead_in_asks_below_its_colon_is_the_task() -> None:
    """A letter without a task list that asks with a colon: the paragraph below that
    directs someone is the task, the lead-in none of its own."""
    (task,) = parse_text(ASKED_BELOW).instrument.body.tasks
    assert task.text.startswith("Ủy ban nhân dân các huyện, thành phố vận động")
    assert [a.actor for a in task.assignments] == ["Ủy ban nhân dân các huyện, thành phố"]
