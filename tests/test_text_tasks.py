"""Who acts in a task, and by when, as real plans and letters print it: fields under a
task, actor headings, directives in later paragraphs, actors that stop at their verb.
Each text is typed for its rule; the expected actors are read off it."""

from __future__ import annotations

import pytest

from vnadmin.model import (
    DateDeadline,
    DeadlineBound,
    Frequency,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    RelativeDeadline,
    Role,
    Task,
)
from vnadmin.text import parse_text
from vnadmin.text.semantics import read_meaning, split_actors

PLAN = """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 12/KH-UBND
Hà Nam, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện công tác dân vận năm 2024

"""


def _tasks(body: str) -> tuple[Task, ...]:
    return parse_text(PLAN + body).instrument.body.tasks


def _roles(task: Task) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in task.assignments]


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in read_meaning(text, ()).assignments]


def test_fields_under_a_task_are_its_own() -> None:
    tasks = _tasks(
        """\
1. Tăng cường công tác tuyên truyền về dân vận.
a) Cơ quan chủ trì: Sở Nội vụ;
b) Cơ quan phối hợp: Sở Tư pháp, Đài Phát thanh và Truyền hình tỉnh;
c) Thời gian thực hiện: Quý II/2024.
2. Rà soát các văn bản sau sắp xếp.
a) Cơ quan thực hiện: Các cơ quan, đơn vị, địa phương b) Thời gian hoàn thành: Thường xuyên
"""
    )
    first, second = tasks
    assert first.subtasks == ()  # the points print fields, not subtasks ...
    assert "Cơ quan chủ trì: Sở Nội vụ" in first.text  # ... and stay in its text
    assert _roles(first) == [
        ("lead", "Sở Nội vụ"),
        ("cooperate", "Sở Tư pháp"),
        ("cooperate", "Đài Phát thanh và Truyền hình tỉnh"),
    ]
    assert first.deadline == PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024)
    assert _roles(second) == [("lead", "Các cơ quan, đơn vị, địa phương")]
    assert second.deadline == RelativeDeadline(text="Thường xuyên")


def test_the_planned_time_is_a_field_that_says_when() -> None:
    (task,) = _tasks(
        """\
1. Tập huấn cho cán bộ văn thư.
- Địa điểm: Hội trường Sở.
- Thời gian dự kiến: 8h00 ngày 28/12/2024
"""
    )
    assert task.deadline == DateDeadline(
        bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=28, month=12, year=2024)
    )


def test_an_actor_heading_names_who_acts() -> None:
    tasks = _tasks(
        """\
1. Phòng Công tác sinh viên
- Dự thảo kế hoạch trình Ban Giám hiệu.
- Phối hợp phòng Tài chính - Kế hoạch dự trù kinh phí.
2. Phòng Đào tạo: Sắp xếp lịch học phù hợp.
3. Đoàn Thanh niên: cử đại diện tham dự.
4. Sở Thông tin và Truyền thông, Báo Hà Nam:
Phối hợp với Sở Tư pháp thực hiện đưa tin tuyên truyền.
"""
    )
    assert _roles(tasks[0].subtasks[1]) == [
        ("execute", "Phòng Công tác sinh viên"),
        ("cooperate", "phòng Tài chính - Kế hoạch"),
    ]
    assert _roles(tasks[1]) == [("execute", "Phòng Đào tạo")]
    assert _roles(tasks[2]) == [("execute", "Đoàn Thanh niên")]
    assert _roles(tasks[3]) == [
        ("execute", "Sở Thông tin và Truyền thông"),
        ("execute", "Báo Hà Nam"),
        ("cooperate", "Sở Tư pháp"),
    ]


def test_a_later_paragraph_with_its_own_actor_is_a_subtask() -> None:
    task, _ = _tasks(
        """\
a) Các Bộ: Công Thương, Nội vụ, Y tế nghiên cứu đề xuất, có văn bản gửi Bộ Tư pháp \
trong ngày 30 tháng 4 năm 2026.

Trên cơ sở đó, Bộ Tư pháp tổng hợp, trình Chính phủ trước ngày 05 tháng 5 năm 2026.

Hồ sơ gồm dự thảo Nghị quyết và tờ trình.

b) Các Bộ, cơ quan ngang Bộ rà soát các thủ tục.
"""
    )
    # the plural names its members after a colon: one group acts
    assert [a.actor for a in task.assignments if a.role is Role.EXECUTE] == [
        "Các Bộ: Công Thương, Nội vụ, Y tế"
    ]
    assert task.deadline == DateDeadline(
        bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=30, month=4, year=2026)
    )
    (later,) = task.subtasks
    assert (later.label, _roles(later)) == (None, [("execute", "Bộ Tư pháp")])
    assert later.text.endswith("Hồ sơ gồm dự thảo Nghị quyết và tờ trình.")


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # the actor stops at its verb, or at what qualifies it
        (
            "Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh cụ thể hóa Nghị quyết.",
            [("execute", "Ban Cán sự đảng UBND tỉnh")],
        ),
        (
            "Sở Tài chính, Sở Xây dựng theo chức năng, nhiệm vụ hướng dẫn các huyện.",
            [("execute", "Sở Tài chính"), ("execute", "Sở Xây dựng")],
        ),
        (
            "Ủy ban nhân dân thị xã có nhiệm vụ giải phóng mặt bằng.",
            [("execute", "Ủy ban nhân dân thị xã")],
        ),
        # after a clause that sets the scene, or a heading of the clause
        (
            "Trên cơ sở đề xuất của Bộ Ngoại giao, Bộ Tài chính tổng hợp, trình Chính phủ.",
            [("execute", "Bộ Tài chính")],
        ),
        (
            "Thời hạn nộp hồ sơ: Các đơn vị nộp hồ sơ trước ngày 01/12/2025.",
            [("execute", "Các đơn vị")],
        ),
        # a plural that names no bodies is no actor
        ("Những nội dung liên quan đến việc khắc phục hậu quả: báo cáo kết quả.", []),
        # "giao" hands work to an actor, not a plan; a scan's "phôi hợp" still cooperates
        (
            "Sở Giáo dục và Đào tạo hoàn thành thủ tục để trình tỉnh giao kế hoạch vốn.",
            [("execute", "Sở Giáo dục và Đào tạo")],
        ),
        (
            "Đề nghị Tỉnh đoàn phôi hợp chặt chẽ với UBND huyện trong công tác huy động.",
            [("execute", "Tỉnh đoàn"), ("cooperate", "UBND huyện")],
        ),
        # "giao" hands a plan, not work to an actor: the lead is named in its own clause
        (
            "Đề nghị Sở Kế hoạch và Đầu tư tổng hợp, giao kế hoạch vốn cho các huyện; Sở Tài"
            " chính chủ trì thẩm định.",
            [("execute", "Sở Kế hoạch và Đầu tư"), ("lead", "Sở Tài chính")],
        ),
        # sent through a body: that body cooperates
        (
            "Các cơ quan gửi danh sách (thông qua Ban Dân tộc tỉnh) trước ngày 07/11/2024.",
            [("execute", "Các cơ quan"), ("cooperate", "Ban Dân tộc tỉnh")],
        ),
        (  # the body a lead works with cooperates; "trong tỉnh" still qualifies it
            "Giao Sở Tài chính chủ trì, làm việc trực tiếp với các huyện trong tỉnh để thống nhất.",
            [("lead", "Sở Tài chính"), ("cooperate", "các huyện trong tỉnh")],
        ),
        (  # a decision sent to a body for it to act
            "Gửi cho Kho bạc Nhà nước tỉnh để thu tiền phạt.",
            [("execute", "Kho bạc Nhà nước tỉnh")],
        ),
        (  # a household or a person acts; "bị" opens what is done to it
            "Hộ kinh doanh Nguyễn Văn An bị xử phạt phải nộp tiền phạt tại Kho bạc.",
            [("execute", "Hộ kinh doanh Nguyễn Văn An")],
        ),
    ],
)
def test_actors_in_running_text(text: str, roles: list[tuple[str, str]]) -> None:
    assert _read(text) == roles


def test_one_actor_for_the_heads_of_a_group() -> None:
    assert split_actors("Thủ trưởng các sở, ban, ngành tỉnh") == [
        "Thủ trưởng các sở, ban, ngành tỉnh"
    ]
    assert split_actors("Thủ trưởng các Sở, ban, ngành của tỉnh") == [
        "Thủ trưởng các Sở, ban, ngành của tỉnh"
    ]


def test_one_group_at_two_levels_is_one_actor() -> None:
    # "cấp"/"tuyến" and a place word after the comma qualify the group again: no new body
    assert split_actors("Các trạm y tế tuyến xã, tuyến huyện") == [
        "Các trạm y tế tuyến xã, tuyến huyện"
    ]
    assert split_actors("Sở Nội vụ, cấp ủy các cấp") == ["Sở Nội vụ", "cấp ủy các cấp"]


def test_headings_that_hand_work_or_list_many_bodies() -> None:
    tasks = _tasks(
        """\
1. Đề nghị Tòa án nhân dân tỉnh; Viện kiểm sát nhân dân tỉnh:
Phối hợp với cơ quan thi hành án dân sự trong việc thi hành án.
2. Sở Thông tin và Truyền thông, Đài Phát thanh và Truyền hình tỉnh, Báo Hà Nam, \
Cổng thông tin điện tử tỉnh, Trung tâm Văn hóa tỉnh:
Phối hợp với Sở Tư pháp thực hiện tuyên truyền.
3: Gửi cho Ủy ban nhân dân huyện Kim Bảng để biết và phối hợp thực hiện./.
"""
    )
    assert [task.label for task in tasks] == ["1.", "2.", "3:"]  # "3:" is a scan's "3."
    assert [a.actor for a in tasks[0].assignments if a.role is Role.EXECUTE] == [
        "Tòa án nhân dân tỉnh",
        "Viện kiểm sát nhân dân tỉnh",
    ]
    assert len([a for a in tasks[1].assignments if a.role is Role.EXECUTE]) == 5
    assert _roles(tasks[2]) == [("execute", "Ủy ban nhân dân huyện Kim Bảng")]


LETTER = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 88/UBND-VX
Hà Nam, ngày 12 tháng 4 năm 2024
V/v tham gia ý kiến dự thảo Thông tư

Kính gửi: Sở Y tế

{body}

Nơi nhận:
- Như trên;
- Lưu: VT, VX.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Bình
"""


def test_an_opening_paragraph_that_gives_an_order_is_a_task() -> None:
    # A cover letter's one paragraph opens with the proposal it answers, then orders.
    body = (
        "Theo đề nghị của Bộ Y tế tại Công văn số 1520/BYT-KHTC ngày 02/4/2024 về việc"
        " góp ý dự thảo Thông tư hướng dẫn quản lý kinh phí, bổ sung một số điều của Thông"
        " tư số 15/2023/TT-BYT (được gửi qua Hệ thống quản lý văn bản), Chủ tịch UBND tỉnh"
        " giao Sở Y tế chủ trì, phối hợp với Sở Tài chính nghiên cứu, góp ý dự thảo; báo"
        " cáo Bộ Y tế trước ngày 20/4/2024./."
    )
    result = parse_text(LETTER.format(body=body))
    (task,) = result.instrument.body.tasks
    assert ("lead", "Sở Y tế") in _roles(task)
    assert ("cooperate", "Sở Tài chính") in _roles(task)
    assert task.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=20, month=4, year=2024)
    )
    assert result.instrument.body.preamble == ()


@pytest.mark.parametrize(
    "opening",
    [
        "Căn cứ Quyết định số 12/QĐ-UBND ngày 01/02/2024 của UBND tỉnh về việc giao chỉ"
        " tiêu kế hoạch năm 2024;",
        "Xét đề nghị của Sở Tài chính, Sở Nội vụ.",
        "Thực hiện Công văn số 1/UBND ngày 01/01/2024 của UBND tỉnh, Sở Y tế thông báo"
        " kết quả như sau.",
    ],
)
def test_an_opening_paragraph_that_orders_nothing_is_no_task(opening: str) -> None:
    body = parse_text(LETTER.format(body=opening)).instrument.body
    assert body.tasks == ()
    assert len(body.preamble) == 1


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # when a text applies is no deadline (typed from NĐ-style closing articles)
        (
            "Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2024 đến hết ngày 31"
            " tháng 12 năm 2024.",
            None,
        ),
        ("Quyết định này có hiệu lực đến hết ngày 31/12/2024.", None),
        # a deadline in the next sentence is still one
        (
            "Quyết định này có hiệu lực kể từ ngày ký. Sở Tư pháp báo cáo trước ngày 15/12/2025.",
            PartialDate(day=15, month=12, year=2025),
        ),
        (
            "Sở Tài chính hoàn thành báo cáo trước ngày 31 tháng 12 năm 2025.",
            PartialDate(day=31, month=12, year=2025),
        ),
    ],
)
def test_a_period_of_validity_is_no_deadline(text: str, deadline: PartialDate | None) -> None:
    found = read_meaning(text, ["Sở Nội vụ"]).deadline
    if deadline is None:
        assert found is None
    else:
        assert isinstance(found, DateDeadline)
        assert found.date == deadline


def _leads(task: Task) -> list[str]:
    return [a.actor for a in task.assignments if a.role in (Role.EXECUTE, Role.LEAD)]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a naming verb after the unit noun it names is part of the name
        ("Ban chỉ đạo tỉnh theo dõi sát tình hình.", ["Ban chỉ đạo tỉnh"]),
        ("Cơ quan thanh tra khẩn trương ban hành kết luận.", ["Cơ quan thanh tra"]),
        # ... and so is one right before the role verb that follows the name
        (
            "Cục Hạ tầng xây dựng tham mưu việc rà soát hệ thống thoát nước.",
            ["Cục Hạ tầng xây dựng"],
        ),
        # ... as "chủ trì" is when what the body leads follows by name
        (
            "Yêu cầu các Cơ quan chủ trì Dự án, Tiểu dự án rà soát kế hoạch vốn.",
            ["các Cơ quan chủ trì Dự án, Tiểu dự án"],
        ),
        # "tổ chức" listed after a comma among bodies is a noun
        (
            "Các sở, ngành, tổ chức chính trị - xã hội, Ủy ban nhân dân các xã triển khai.",
            ["Các sở, ngành", "tổ chức chính trị - xã hội", "Ủy ban nhân dân các xã"],
        ),
        # a plural that lists its members after a colon is one actor
        (
            "Giám đốc các Sở: Y tế, Tư pháp chỉ đạo các đơn vị trực thuộc.",
            ["Giám đốc các Sở: Y tế, Tư pháp"],
        ),
        # "cần" after "hậu" and "đào tạo" after "giáo dục và" end no name in lower case
        ("Phòng Hậu cần bố trí xe đưa đón đoàn.", ["Phòng Hậu cần"]),
        (
            "Các sở giáo dục và đào tạo báo cáo kết quả tuyển sinh.",
            ["Các sở giáo dục và đào tạo"],
        ),
        # "theo đề nghị của ..." asks no one: the opening actor still acts
        (
            "Công an tỉnh hỗ trợ người dân theo đề nghị của địa phương.",
            ["Công an tỉnh"],
        ),
    ],
)
def test_actors_that_hold_verb_like_words(text: str, actors: list[str]) -> None:
    meaning = read_meaning(text, ("Ủy ban nhân dân tỉnh",))
    assert [a.actor for a in meaning.assignments if a.role is Role.EXECUTE] == actors


def test_a_qualified_lead_is_read_once() -> None:
    (task,) = _tasks(
        "1. Sở Tư pháp, Sở Nội vụ theo chức năng, nhiệm vụ được giao chủ trì, phối hợp với "
        "các cơ quan liên quan rà soát các văn bản.\n"
    )
    assert _roles(task) == [
        ("lead", "Sở Tư pháp"),
        ("lead", "Sở Nội vụ"),
        ("cooperate", "các cơ quan liên quan"),
    ]


def test_actor_headings_above_their_text() -> None:
    tasks = _tasks(
        """\
1. Sở Kế hoạch và Đầu tư
Căn cứ chức năng, nhiệm vụ, phối hợp với Sở Tài chính bố trí vốn.
2. Đề nghị Hội Nông dân tỉnh
Vận động hội viên tham gia các mô hình sản xuất.
3. Đề nghị: Liên minh Hợp tác xã tỉnh, Hội Doanh nhân trẻ tỉnh
a) Tuyên truyền tới các thành viên.
b) Tham gia ý kiến vào các chính sách.
4. Đề nghị Ủy ban Mặt trận
Tổ quốc Việt Nam tỉnh và các đoàn thể
- Tuyên truyền, vận động Nhân dân.
5. Ủy ban nhân dân các xã: Tân An, Phú Lộc
- Xây dựng kế hoạch triển khai tại địa phương.
6. Sở Công
Thương chịu trách nhiệm hướng dẫn các doanh nghiệp.
7. Sở Y tế kiểm tra an toàn thực phẩm.
"""
    )
    assert [_leads(task) for task in tasks] == [
        ["Sở Kế hoạch và Đầu tư"],
        ["Hội Nông dân tỉnh"],
        ["Liên minh Hợp tác xã tỉnh", "Hội Doanh nhân trẻ tỉnh"],
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các đoàn thể"],
        ["Ủy ban nhân dân các xã: Tân An, Phú Lộc"],
        ["Sở Công Thương"],
        ["Sở Y tế"],
    ]
    assert _roles(tasks[0])[1:] == [("cooperate", "Sở Tài chính")]


def test_a_point_that_heads_the_fields_below_it() -> None:
    (task,) = _tasks(
        """\
1.1. Xây dựng cơ sở dữ liệu về đất đai
a) Nhiệm vụ: Rà soát, chuẩn hóa dữ liệu đã có.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Sở Nông nghiệp và Môi trường.
- Đơn vị phối hợp: Sở Tư pháp, Ủy ban nhân dân các xã.
c) Thời gian thực hiện: Hoàn thành trong năm 2026.
"""
    )
    assert _roles(task)[:3] == [
        ("lead", "Sở Nông nghiệp và Môi trường"),
        ("cooperate", "Sở Tư pháp"),
        ("cooperate", "Ủy ban nhân dân các xã"),
    ]
    assert task.deadline == PeriodDeadline(unit=PeriodUnit.YEAR, year=2026)
    assert [sub.label for sub in task.subtasks] == ["a)"]  # the task's work, not its fields


def test_a_name_cut_by_the_line_is_mended() -> None:
    tasks = _tasks(
        """\
1. Văn phòng
Trung ương Đảng phối hợp theo dõi, đôn đốc việc thực hiện.
2. Đảng uỷ Quốc hội chỉ đạo rà soát các quy định có liên quan.
3. Thông tấn xã Việt Nam tăng cường đưa tin về kết quả thực hiện.
"""
    )
    assert [_leads(task) for task in tasks] == [
        ["Văn phòng Trung ương Đảng"],
        ["Đảng uỷ Quốc hội"],
        ["Thông tấn xã Việt Nam"],
    ]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        # a time of day before the day: the day is due
        (
            "Các tỉnh gửi báo cáo trước 17 giờ ngày 05/12/2025.",
            PartialDate(year=2025, month=12, day=5),
        ),
        ("Sở Y tế báo cáo chậm nhất 9h30 ngày 02/3/2026.", PartialDate(year=2026, month=3, day=2)),
        (
            "Các khoa nộp danh sách chậm nhất đến 10 giờ 30 ngày 12/6/2026.",
            PartialDate(year=2026, month=6, day=12),
        ),
        ("Các xã gửi báo cáo, hạn cuối ngày 05/4/2026.", PartialDate(year=2026, month=4, day=5)),
        # a date that bounds what the task applies to is no deadline
        ("Hồ sơ phát sinh trước ngày 01/01/2026 thì thực hiện theo quy định cũ.", None),
        ("Hộ gia đình đang sử dụng đất ổn định trước ngày 01/7/2014 được xem xét.", None),
        # nor is one that another text says, quoted
        ("Thực hiện đúng quy định: “Trước ngày 31/12/2025, các sở báo cáo”.", None),
        # work handed in before a date is due by it
        ("Sở Tư pháp nộp hồ sơ trước ngày 10/01/2026.", PartialDate(year=2026, month=1, day=10)),
    ],
)
def test_what_is_a_deadline_and_what_is_not(text: str, deadline: PartialDate | None) -> None:
    found = read_meaning(text, ()).deadline
    assert (found.date if isinstance(found, DateDeadline) else found) == deadline


@pytest.mark.parametrize(
    "opening",
    # bounds the grammar reads before a date, each with a time of day before the day (the
    # hour's pattern once listed three of them, and lost the deadline after the others)
    ["chậm nhất là vào", "chậm nhất là đến", "không muộn hơn", "trước hoặc trong", "đến hết"],
)
def test_a_time_of_day_after_any_bound_keeps_the_day(opening: str) -> None:
    found = read_meaning(f"Các sở gửi báo cáo {opening} 17 giờ ngày 30/9/2026.", ()).deadline
    assert isinstance(found, DateDeadline)
    assert found.date == PartialDate(year=2026, month=9, day=30)
    assert found.bound is DeadlineBound.NO_LATER_THAN


def test_a_unit_named_in_parentheses_is_part_of_the_name() -> None:
    assert _read(
        "Sở Tài chính chủ trì, phối hợp với Công an tỉnh (Phòng Cảnh sát kinh tế, môi "
        "trường) rà soát hồ sơ (có danh sách kèm theo)."
    ) == [
        ("lead", "Sở Tài chính"),
        ("cooperate", "Công an tỉnh (Phòng Cảnh sát kinh tế, môi trường)"),
    ]


def test_a_line_that_only_names_its_actor_and_a_sentence_broken_in_a_name() -> None:
    tasks = _tasks(
        """\
1. Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp
- Bố trí mặt bằng lắp đặt trạm viễn thông.
- Báo cáo tiến độ hằng quý.
2. Trung tâm Kiểm soát bệnh tật tỉnh
- Giám sát dịch bệnh sau lũ.
3. Sở Y tế tổ chức tập huấn, phối hợp với Sở
Giáo dục và Đào tạo thực hiện tại các trường học.
4. Sở Xây dựng kiểm tra an toàn công trình.
"""
    )
    assert _leads(tasks[0].subtasks[0]) == [
        "Các chủ đầu tư xây dựng và kinh doanh hạ tầng khu công nghiệp"
    ]
    assert _leads(tasks[1].subtasks[0]) == ["Trung tâm Kiểm soát bệnh tật tỉnh"]
    assert _roles(tasks[2]) == [
        ("execute", "Sở Y tế"),
        ("cooperate", "Sở Giáo dục và Đào tạo"),
    ]


def test_a_date_long_before_the_instrument_or_as_of_is_no_deadline() -> None:
    later = "Hộ gia đình có nhà ở tại vùng khó khăn trước ngày 01/7/2014 được xét hỗ trợ."
    assert read_meaning(later, (), issued=2025).deadline is None  # what it applies to
    assert read_meaning(later, ()).deadline is not None  # no year to compare: kept
    # a year mistyped in a deadline is left for the checker to find
    typo = "Các sở báo cáo trước ngày 15/01/2024."
    assert read_meaning(typo, (), issued=2025).deadline is not None
    # "tính đến hết ngày": as of, not by
    assert read_meaning("Giải ngân tính đến hết ngày 31/10/2025 đạt 72%.", ()).deadline is None


def test_a_heading_that_hands_work_to_the_heads_of_many_bodies() -> None:
    (task,) = _tasks(
        "1. Giao người đứng đầu các cơ quan chuyên môn, cơ quan hành chính khác, các đơn vị "
        "sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các "
        "xã, phường và đặc khu\n"
        "- Hoàn thành việc cập nhật cơ sở dữ liệu trước ngày 06 tháng 12 năm 2025.\n"
        "- Chịu trách nhiệm về tính chính xác của dữ liệu.\n"
    )
    assert _leads(task.subtasks[0]) == [
        "người đứng đầu các cơ quan chuyên môn",
        "cơ quan hành chính khác",
        "các đơn vị sự nghiệp công lập trực thuộc Ủy ban nhân dân tỉnh",
        "Chủ tịch Ủy ban nhân dân các xã, phường và đặc khu",
    ]


def test_an_actor_that_leads_the_points_under_it() -> None:
    (task,) = _tasks(
        """\
1. Bộ trưởng Bộ Tài chính chủ trì:
(1) Phối hợp với Bộ Xây dựng rà soát thiệt hại, báo cáo Thủ tướng Chính phủ.
(2) Hoàn thiện dự thảo nghị quyết, trình Chính phủ trước ngày 26/11/2025.
"""
    )
    # "chủ trì:" after the actor's name is no field with an empty value: the actor leads,
    # and does each numbered point under it
    assert _roles(task) == [("lead", "Bộ trưởng Bộ Tài chính")]
    first, second = task.subtasks
    assert _roles(first)[:2] == [
        ("execute", "Bộ trưởng Bộ Tài chính"),
        ("cooperate", "Bộ Xây dựng"),
    ]
    assert isinstance(second.deadline, DateDeadline)


def test_an_actor_stops_at_an_adverb_or_a_deciding_verb() -> None:
    # "trực tiếp" before the verb, "quyết định" and "lập kế hoạch" as the verb; "công lập"
    # ends a unit's name and is no verb
    assert _read("Giao Phó Chủ tịch UBND tỉnh trực tiếp chỉ đạo công tác bầu cử.") == [
        ("execute", "Phó Chủ tịch UBND tỉnh")
    ]
    assert _read("Các đơn vị sự nghiệp công lập quyết định định mức của đơn vị mình.") == [
        ("execute", "Các đơn vị sự nghiệp công lập")
    ]
    assert _read("Sở Y tế lập kế hoạch tiêm chủng năm 2026.") == [("execute", "Sở Y tế")]


def test_the_actor_after_a_long_matter_of_a_conclusion() -> None:
    # a conclusion names the matter first, at any length, then who acts on it
    matter = "Về tuyến đê biển đoạn qua hai xã ven biển và khu neo đậu tránh trú bão của tỉnh"
    assert _read(f"{matter}: Sở Nông nghiệp và Môi trường khẩn trương rà soát hồ sơ.") == [
        ("execute", "Sở Nông nghiệp và Môi trường")
    ]


def test_groups_and_state_corporations_are_actors() -> None:
    assert _read("Giao Tập đoàn Điện lực Việt Nam làm việc với nhà đầu tư.")[:1] == [
        ("execute", "Tập đoàn Điện lực Việt Nam")
    ]
    assert _read(
        "Đề nghị các Tập đoàn: Dầu khí Việt Nam, Than - Khoáng sản Việt Nam tổ chức thực hiện."
    ) == [("execute", "các Tập đoàn: Dầu khí Việt Nam, Than - Khoáng sản Việt Nam")]
    assert _read("Bộ Công Thương chủ trì, phối hợp với Sở Công Thương, Tập đoàn Dệt May rà soát.")[
        1:
    ] == [("cooperate", "Sở Công Thương"), ("cooperate", "Tập đoàn Dệt May")]


def test_fields_of_an_advising_lead_and_partners_listed_after_a_semicolon() -> None:
    task, _ = _tasks(
        """\
1. Nâng cao chất lượng thẩm định dự thảo văn bản.
- Rà soát quy trình thẩm định.
Đơn vị chủ trì tham mưu thực hiện: Sở Tư pháp.
Đơn vị phối hợp thực hiện: Văn phòng UBND tỉnh; các cơ quan, đơn vị liên quan.
Thời gian thực hiện: Quý III/2026.
2. Tổ chức thực hiện.
"""
    )
    (point,) = task.subtasks
    assert _roles(point) == [
        ("lead", "Sở Tư pháp"),
        ("cooperate", "Văn phòng UBND tỉnh"),
        ("cooperate", "các cơ quan, đơn vị liên quan"),
    ]
    assert point.deadline == PeriodDeadline(unit=PeriodUnit.QUARTER, index=3, year=2026)


def test_a_heading_of_duties_names_whose_they_are() -> None:
    tasks = _tasks(
        """\
1. Trách nhiệm của Vụ trưởng Vụ Kế hoạch
a) Tổng hợp nhu cầu kinh phí của các đơn vị.
b) Báo cáo Bộ trưởng kết quả thực hiện.
2. Trách nhiệm của Vụ Tài chính: chủ trì, phối hợp với Văn phòng Bộ thẩm định dự toán.
"""
    )
    first, second = tasks
    assert [_leads(point) for point in first.subtasks] == [["Vụ trưởng Vụ Kế hoạch"]] * 2
    assert _roles(second) == [("lead", "Vụ Tài chính"), ("cooperate", "Văn phòng Bộ")]


def test_tổ_chức_listed_among_bodies_is_a_noun_and_qualifiers_end_an_actor() -> None:
    assert _read("Các sở, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành.") == [
        ("execute", "Các sở, tổ chức và cá nhân có liên quan")
    ]
    actors = _read("Cơ quan chuyên môn, tổ chức hành chính khác thuộc UBND tỉnh quyết định.")
    assert actors == [
        ("execute", "Cơ quan chuyên môn"),
        ("execute", "tổ chức hành chính khác thuộc UBND tỉnh"),
    ]
    # "trong phạm vi" qualifies the actor even when a comma follows it
    assert _read(
        "Giao Ban Pháp chế trong phạm vi, nhiệm vụ, quyền hạn giám sát việc thực hiện."
    ) == [("execute", "Ban Pháp chế")]


def test_a_when_field_without_a_date_keeps_its_phrase_unless_it_says_work() -> None:
    first, second, _ = _tasks(
        """\
1. Bồi dưỡng kỹ năng soạn thảo văn bản.
Đơn vị chủ trì: Sở Nội vụ.
Thời gian thực hiện: Giai đoạn 2026 - 2030 và các năm sau.
2. Số hóa hồ sơ lưu trữ.
Đơn vị chủ trì: Sở Khoa học và Công nghệ.
Thời gian thực hiện: Triển khai theo lộ trình của Bộ.
3. Tổ chức thực hiện.
"""
    )
    assert first.deadline == RelativeDeadline(text="Giai đoạn 2026 - 2030 và các năm sau")
    assert second.deadline is None  # a field that says what to do, not when


def test_the_time_a_timetable_line_opens_with_is_its_deadline() -> None:
    meaning = read_meaning("Tháng 3/2026: Phòng Đào tạo tổng hợp danh sách, báo cáo.", ())
    assert meaning.deadline == PeriodDeadline(unit=PeriodUnit.MONTH, index=3, year=2026)
    assert [a.actor for a in meaning.assignments] == ["Phòng Đào tạo"]
    # a heading that names no time gives none, nor one of a span long before the issue
    assert read_meaning("Từ khóa: hồ sơ điện tử, lưu trữ.", ()).deadline is None
    past = "Từ ngày 01-01-1995 đến 31-12-2005: ghi năm sinh theo hồ sơ gốc."
    assert read_meaning(past, (), issued=2025).deadline is None


def test_dashed_fields_with_what_is_to_be_done_are_the_task_s_fields() -> None:
    first, _ = _tasks(
        """\
1. Tập huấn nghiệp vụ văn thư
- Nội dung thực hiện: Tổ chức tập huấn cho văn thư các xã.
- Cơ quan chủ trì: Sở Nội vụ, Sở
Tài chính.
- Cơ quan phối hợp: Ủy ban nhân dân các xã, phường.
- Thời gian thực hiện: Tháng
9/2026.
2. Tổ chức thực hiện.
"""
    )
    assert first.subtasks == ()  # each dash prints a field of the task, the first its work
    assert "Tổ chức tập huấn cho văn thư các xã" in first.text
    assert _roles(first) == [
        ("lead", "Sở Nội vụ"),
        ("lead", "Sở Tài chính"),
        ("cooperate", "Ủy ban nhân dân các xã, phường"),
    ]
    assert first.deadline == PeriodDeadline(unit=PeriodUnit.MONTH, index=9, year=2026)


def test_partners_named_after_chủ_trì_cùng_and_lists_joined_by_cùng() -> None:
    assert _read("Sở Y tế chủ trì cùng Sở Tài chính và các xã, phường rà soát danh sách.") == [
        ("lead", "Sở Y tế"),
        ("cooperate", "Sở Tài chính"),
        ("cooperate", "các xã, phường"),
    ]
    assert split_actors(
        "Công an tỉnh, Ủy ban nhân dân các xã, đặc khu cùng các đơn vị liên quan"
    ) == [
        "Công an tỉnh",
        "Ủy ban nhân dân các xã, đặc khu",
        "các đơn vị liên quan",
    ]
    # two unit nouns of one list with their comma left out stay one entry
    assert split_actors("Bộ Tài chính, các bộ, ngành địa phương liên quan") == [
        "Bộ Tài chính",
        "các bộ, ngành địa phương liên quan",
    ]


def test_who_hands_work_on_does_not_do_it_and_a_lead_s_name_stops_at_its_verb() -> None:
    assert _read("Chủ tịch UBND tỉnh giao Sở Tài chính thực hiện kiểm tra.") == [
        ("execute", "Sở Tài chính")
    ]
    assert _read("Ban Thường vụ ủy quyền cho Ban Tổ chức xem xét hồ sơ.") == [
        ("execute", "Ban Tổ chức")
    ]
    # "Giao" in a name (accents lost: "Giao duc") hands nothing on
    assert _read("Sở Giao duc và Đào tạo khẩn trương hoàn thành thủ tục.") == [
        ("execute", "Sở Giao duc và Đào tạo")
    ]
    # a verb between the actor and "chủ trì": the actor still leads
    assert _read("Giám đốc Sở Y tế chỉ đạo chủ trì, phối hợp với Sở Tài chính rà soát.") == [
        ("lead", "Giám đốc Sở Y tế"),
        ("cooperate", "Sở Tài chính"),
    ]


def test_a_heading_of_duties_of_someone_named_without_a_body_s_head() -> None:
    first, second, _ = _tasks(
        """\
1. Trách nhiệm của đơn vị sử dụng tài sản:
- Lập danh sách tài sản, hoàn thành trước ngày 15/10/2026.
2. Nhiệm vụ cụ thể:
- Rà soát hồ sơ.
3. Tổ chức thực hiện.
"""
    )
    assert _leads(first.subtasks[0]) == ["đơn vị sử dụng tài sản"]
    assert _leads(second.subtasks[0]) == []  # "cụ thể" names no one


def test_a_field_that_names_when_a_text_is_issued_or_submitted_says_when() -> None:
    first, _ = _tasks(
        """\
1. Xây dựng quy chế quản lý dữ liệu
- Cơ quan chủ trì: Sở Khoa học và Công nghệ.
- Thời hạn trình: trước
ngày 30 tháng 9 năm 2026.
2. Tổ chức thực hiện.
"""
    )
    assert first.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(year=2026, month=9, day=30)
    )


def test_a_heading_that_charges_whoever_it_names_before() -> None:
    first, second, _ = _tasks(
        """\
1. Trung tâm Kiểm định thiết bị y tế có trách nhiệm: chủ trì, phối hợp với Sở Y tế kiểm tra.
2. Người đứng đầu cơ sở khám bệnh thực hiện kiểm định định kỳ, đột xuất có trách nhiệm:
a) Lập hồ sơ thiết bị.
b) Báo cáo Sở Y tế.
3. Tổ chức thực hiện.
"""
    )
    # "thiết bị" is a noun: the name goes on
    assert _roles(first) == [
        ("lead", "Trung tâm Kiểm định thiết bị y tế"),
        ("cooperate", "Sở Y tế"),
    ]
    charged = "Người đứng đầu cơ sở khám bệnh thực hiện kiểm định định kỳ, đột xuất"
    assert [", ".join(_leads(point)) for point in second.subtasks] == [charged, charged]


def test_the_role_a_heading_gives_its_actor_after_a_dash_is_not_its_name() -> None:
    first, second = _tasks(
        """\
1. Sở Nội vụ - Cơ quan thường trực Hội đồng thi đua
- Tổng hợp hồ sơ khen thưởng.
2. Phòng Tài chính - Kế hoạch
- Bố trí kinh phí.
"""
    )
    assert _leads(first.subtasks[0]) == ["Sở Nội vụ"]
    assert _leads(second.subtasks[0]) == ["Phòng Tài chính - Kế hoạch"]  # a name's dash


def test_a_when_field_that_names_a_recurrence_among_other_words_keeps_them() -> None:
    first, _ = _tasks(
        """\
1. Tập huấn nghiệp vụ.
Đơn vị chủ trì: Sở Tư pháp.
Thời gian thực hiện: Theo kế hoạch công tác hằng năm.
2. Tổ chức thực hiện.
"""
    )
    assert first.deadline == RelativeDeadline(text="Theo kế hoạch công tác hằng năm")
    assert first.recurrence is Frequency.YEARLY


def test_a_heading_that_says_what_its_actors_are_and_the_tax_office_as_an_actor() -> None:
    first, second, _ = _tasks(
        """\
1. Các sở, ban, ngành, địa phương: Là các đơn vị được lấy ý kiến, có trách nhiệm:
a) Rà soát hồ sơ dự án.
2. Thuế tỉnh Hà Nam
a) Cung cấp thông tin nghĩa vụ thuế của nhà đầu tư.
3. Tổ chức thực hiện.
"""
    )
    assert ", ".join(_leads(first.subtasks[0])) == "Các sở, ban, ngành, địa phương"
    assert _leads(second.subtasks[0]) == ["Thuế tỉnh Hà Nam"]


def test_a_long_list_of_heads_is_one_actor_phrase() -> None:
    heads = (
        "Bộ trưởng, Thủ trưởng các cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban"
        " nhân dân các tỉnh, thành phố trực thuộc Trung ương, Chủ tịch Hội đồng thành viên,"
        " Tổng giám đốc các tập đoàn kinh tế, tổng công ty nhà nước và các đơn vị liên quan"
    )
    assert len(heads.split()) > 40
    found = _read(f"{heads} khẩn trương triển khai các nội dung sau.")
    assert ", ".join(actor for _, actor in found) == heads.replace(" và các đơn", ", các đơn")


def test_work_handed_before_the_lead_s_clause_and_partners_listed_as_members() -> None:
    found = _read(
        "Giao Sở Y tế tiếp thu ý kiến tại cuộc họp, chủ trì, phối hợp với các Sở: Tài chính,"
        " Nội vụ và các đơn vị liên quan rà soát danh sách."
    )
    assert found == [
        ("execute", "Sở Y tế"),
        ("cooperate", "các Sở: Tài chính, Nội vụ"),
        ("cooperate", "các đơn vị liên quan"),
    ]


def test_an_actor_in_lower_case_after_a_recurrence_with_its_time_in_parentheses() -> None:
    found = _read(
        "Định kỳ hằng năm (vào cuối quý III), cơ quan tổ chức của cấp ủy lập dự trù kinh phí."
    )
    assert found == [("execute", "cơ quan tổ chức của cấp ủy")]


def test_a_clause_that_sets_the_scene_before_chủ_trì_names_no_lead() -> None:
    found = read_meaning(
        "Trên cơ sở chức năng, nhiệm vụ, chủ trì, phối hợp với các cơ quan liên quan rà soát.",
        ("Sở Tài chính",),
    ).assignments
    assert [(a.role.value, a.actor) for a in found] == [
        ("lead", "Sở Tài chính"),  # the actor above, not "Trên cơ sở chức năng"
        ("cooperate", "các cơ quan liên quan"),
    ]
    assert _read("Căn cứ kết quả kiểm tra, Sở Y tế chủ trì, phối hợp với Sở Nội vụ rà soát.") == [
        ("lead", "Sở Y tế"),
        ("cooperate", "Sở Nội vụ"),
    ]


def test_a_partner_s_name_cut_by_the_line_before_a_capital_goes_on() -> None:
    first, _ = _tasks(
        """\
1. Sở Nội vụ
a) Chủ trì, phối hợp với Văn phòng

UBND tỉnh và các cơ quan liên quan xây dựng quy trình nội bộ;
2. Tổ chức thực hiện.
"""
    )
    (point,) = first.subtasks
    assert point.subtasks == ()  # "UBND tỉnh ..." goes on with the sentence, no new task
    assert _roles(point) == [
        ("lead", "Sở Nội vụ"),
        ("cooperate", "Văn phòng UBND tỉnh"),
        ("cooperate", "các cơ quan liên quan"),
    ]


TO_HOSPITALS = """\
SỞ Y TẾ TỈNH KON TUM
Số: 415/SYT-NVY
V/v phòng, chống dịch sốt xuất huyết
Kon Tum, ngày 10 tháng 6 năm 2025

Kính gửi:
- Giám đốc các bệnh viện tuyến tỉnh;
- Giám đốc Trung tâm Y tế các huyện.

"""


def test_the_actor_a_lead_in_asks_does_the_items_rather_than_the_addressees() -> None:
    tasks = parse_text(
        TO_HOSPITALS
        + """\
Sở Y tế đề nghị Thủ trưởng các đơn vị y tế triển khai một số nội dung sau:
1. Rà soát cơ số thuốc, hóa chất phòng dịch.
2. Báo cáo số ca mắc hằng tuần.
"""
    ).instrument.body.tasks
    assert [_roles(t) for t in tasks] == [[("execute", "Thủ trưởng các đơn vị y tế")]] * 2


def test_the_addressees_still_do_the_items_when_the_lead_in_asks_no_one() -> None:
    tasks = parse_text(
        TO_HOSPITALS
        + """\
Để chủ động phòng, chống dịch, Sở Y tế thông báo một số nội dung sau:
1. Rà soát cơ số thuốc, hóa chất phòng dịch.
"""
    ).instrument.body.tasks
    assert _roles(tasks[0]) == [
        ("execute", "Giám đốc các bệnh viện tuyến tỉnh"),
        ("execute", "Giám đốc Trung tâm Y tế các huyện"),
    ]


def test_a_lead_in_with_no_verb_asks_the_actors_up_to_its_colon() -> None:
    tasks = parse_text(
        """\
THỦ TƯỚNG CHÍNH PHỦ
Số: 07/CT-TTg
Hà Nội, ngày 02 tháng 4 năm 2025

CHỈ THỊ
Về tăng cường phòng, chống thiên tai

Để chủ động ứng phó với mùa mưa bão, Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh ven biển:
1. Kiểm tra hệ thống đê điều trước mùa mưa.
"""
    ).instrument.body.tasks
    assert _roles(tasks[0]) == [("execute", "Chủ tịch Ủy ban nhân dân các tỉnh ven biển")]


def test_a_clause_that_asks_an_actor_hands_it_to_the_items_under_it() -> None:
    (article,) = _tasks(
        """\
Điều 2.

Quốc hội yêu cầu Chính phủ, Thủ tướng Chính phủ khẩn trương thực hiện các giải pháp sau đây:

1. Hoàn thiện quy hoạch vùng sản xuất.

2. Bố trí vốn cho các công trình thủy lợi.
"""
    )
    asked = [("execute", "Chính phủ"), ("execute", "Thủ tướng Chính phủ")]
    assert [_roles(t) for t in article.subtasks] == [asked] * 2


def test_an_actor_the_lead_in_asks_by_a_short_name_keeps_the_addressee_full_name() -> None:
    tasks = parse_text(
        """\
SỞ CÔNG THƯƠNG TỈNH YÊN BÁI
Số: 212/SCT-QLNL
V/v vận hành an toàn đập thủy điện mùa lũ
Yên Bái, ngày 03 tháng 7 năm 2025

Kính gửi: Công ty cổ phần Thủy điện Ngòi Hút.

Để bảo đảm an toàn hạ du, Sở Công Thương đề nghị Công ty thực hiện các nội dung sau:
1. Kiểm tra cửa van và thiết bị quan trắc trước ngày 15/7/2025.
"""
    ).instrument.body.tasks
    assert _roles(tasks[0]) == [("execute", "Công ty cổ phần Thủy điện Ngòi Hút")]


def test_a_lead_in_with_no_verb_ends_its_actors_before_what_it_asks_for() -> None:
    tasks = parse_text(
        """\
BỘ Y TẾ
Số: 88/BYT-DP
V/v giám sát bệnh tay chân miệng
Hà Nội, ngày 12 tháng 5 năm 2025

Kính gửi: Sở Y tế các tỉnh Tây Nguyên.

Để kiểm soát dịch, Bộ Y tế đề nghị Sở Y tế các tỉnh, thành phố trực thuộc Trung ương một số nội dung sau:
1. Tăng cường giám sát tại trường mầm non.
"""
    ).instrument.body.tasks
    assert _roles(tasks[0]) == [("execute", "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương")]


def test_a_field_named_above_a_list_of_units_gives_them_to_its_task() -> None:
    (part,) = _tasks(
        """\
I. PHỔ BIẾN, QUÁN TRIỆT KẾ HOẠCH

1. Nội dung

a) Tổ chức hội nghị phổ biến kế hoạch đến cán bộ chủ chốt;

b) Đăng tải kế hoạch trên cổng thông tin điện tử của tỉnh.

2. Cơ quan chủ trì, phối hợp

a) Cơ quan chủ trì

- Sở Nội vụ.

- Ủy ban nhân dân các huyện; Ủy ban nhân dân các xã.

b) Cơ quan phối hợp

Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; các hội đoàn thể tỉnh.

3. Thời gian thực hiện: Quý II/2024.
"""
    )
    assert _roles(part) == [
        ("lead", "Sở Nội vụ"),
        ("lead", "Ủy ban nhân dân các huyện"),
        ("lead", "Ủy ban nhân dân các xã"),
        ("cooperate", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
        ("cooperate", "các hội đoàn thể tỉnh"),
    ]
    assert part.deadline == PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024)
    (content,) = part.subtasks  # the points of fields are no subtasks
    assert content.text == "Nội dung"


def test_points_under_a_field_name_that_say_work_stay_subtasks() -> None:
    (part,) = _tasks(
        """\
I. KIỂM TRA VIỆC THỰC HIỆN

1. Đơn vị thực hiện

- Kiểm tra hồ sơ tại các xã.

- Tổng hợp kết quả báo cáo.
"""
    )
    (unit,) = part.subtasks
    assert [task.text for task in unit.subtasks] == [
        "Kiểm tra hồ sơ tại các xã.",
        "Tổng hợp kết quả báo cáo.",
    ]


def test_a_lead_in_naming_just_the_addressees_keeps_their_list() -> None:
    tasks = parse_text(
        """\
SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM ĐỊNH
Số: 96/SGDĐT-CTTT
V/v phòng chống nắng nóng cho học sinh
Nam Định, ngày 20 tháng 5 năm 2025

Kính gửi:
- UBND các xã, phường;
- Các trường, trung tâm trực thuộc.

Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường, các trường, trung tâm trực thuộc thực hiện một số nội dung sau:
- Điều chỉnh giờ học thể dục ngoài trời.
"""
    ).instrument.body.tasks
    assert _roles(tasks[0]) == [
        ("execute", "UBND các xã, phường"),
        ("execute", "Các trường, trung tâm trực thuộc"),
    ]


def test_whom_partners_help_is_no_partner() -> None:
    assert _read(
        "Sở Tư pháp chủ trì, phối hợp với các sở, ngành giúp Ủy ban nhân dân tỉnh rà soát văn bản."
    ) == [
        ("lead", "Sở Tư pháp"),
        ("cooperate", "các sở, ngành"),
    ]


def test_the_members_of_a_committee_are_one_group() -> None:
    assert split_actors(
        "các Bộ, ngành thành viên Ban Chỉ đạo quốc gia; Ủy ban nhân dân các tỉnh"
    ) == [
        "các Bộ, ngành thành viên Ban Chỉ đạo quốc gia",
        "Ủy ban nhân dân các tỉnh",
    ]


def test_a_lead_in_that_asks_for_no_one_gives_no_actor() -> None:
    (task,) = _tasks(
        """\
Căn cứ tình hình và yêu cầu nhiệm vụ cải cách hành chính năm 2024, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:

1. Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh.
"""
    )
    assert task.assignments == ()


def test_a_task_that_hands_its_points_to_a_unit_in_its_last_sentence() -> None:
    (task,) = _tasks(
        """\
1. Thống nhất tổ chức Hội nghị đối thoại doanh nghiệp theo đề xuất của Sở Công Thương. Giao Trung tâm Xúc tiến Thương mại tỉnh:
- Chuẩn bị nội dung, thành phần hội nghị.
- Tổng hợp kiến nghị của doanh nghiệp.
"""
    )
    assert [_roles(point) for point in task.subtasks] == [
        [("execute", "Trung tâm Xúc tiến Thương mại tỉnh")]
    ] * 2


def test_a_sentence_may_say_by_when_before_who_acts() -> None:
    assert _read("Trước ngày 15/10/2025, Sở Y tế báo cáo UBND tỉnh kết quả thực hiện.") == [
        ("execute", "Sở Y tế"),
        ("report_to", "UBND tỉnh"),
    ]
    assert _read("Kết thúc năm 2025, Chính phủ báo cáo Quốc hội về tình hình thực hiện.") == [
        ("execute", "Chính phủ"),
        ("report_to", "Quốc hội"),
    ]


def test_the_last_unit_heading_keeps_the_paragraph_below_it() -> None:
    body = parse_text(
        """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 45/TB-UBND
Hà Nam, ngày 12 tháng 5 năm 2025

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cụm công nghiệp

Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nhiệm vụ sau:
1. Sở Công Thương
Khảo sát, đề xuất phương án mở rộng cụm công nghiệp Kim Bảng.
2. Văn phòng Ủy ban nhân dân tỉnh
Theo dõi, đôn đốc các cơ quan thực hiện Thông báo này.
Trên đây là kết luận của Chủ tịch Ủy ban nhân dân tỉnh, đề nghị các cơ quan biết, thực hiện./.
"""
    ).instrument.body
    first, second = body.tasks
    assert _roles(first) == [("execute", "Sở Công Thương")]  # "Khảo sát" opens its work
    assert _roles(second) == [("execute", "Văn phòng Ủy ban nhân dân tỉnh")]
    assert "Theo dõi, đôn đốc" in second.text
    (closing,) = body.closing
    assert closing.text.startswith("Trên đây là kết luận")


def test_a_heading_of_common_duties_names_who_does_the_points() -> None:
    (task,) = _tasks(
        """\
1. Trách nhiệm chung của các sở, ngành
- Lãnh đạo, chỉ đạo thực hiện nghiêm quy định về khoáng sản.
- Kiểm tra việc chấp hành pháp luật trong lĩnh vực được giao.
"""
    )
    assert [_roles(point) for point in task.subtasks] == [[("execute", "các sở, ngành")]] * 2


def test_an_article_that_lists_who_executes_it_over_two_paragraphs() -> None:
    body = parse_text(
        """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 16/2026/QĐ-UBND
Hà Nam, ngày 12 tháng 5 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế quản lý cụm công nghiệp

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý cụm công nghiệp.

Điều 2. Quyết định này có hiệu lực từ ngày 01 tháng 6 năm 2026.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Công Thương;

Thủ trưởng các sở, ban, ngành thuộc tỉnh chịu trách nhiệm thi hành Quyết định này./.
"""
    ).instrument.body
    article = body.tasks[-1]
    assert article.subtasks == ()
    assert _roles(article) == [
        ("execute", "Chánh Văn phòng Ủy ban nhân dân tỉnh"),
        ("execute", "Giám đốc Sở Công Thương"),
        ("execute", "Thủ trưởng các sở, ban, ngành thuộc tỉnh"),
    ]
    assert body.closing == ()


def test_a_last_article_cut_after_its_first_word_is_read_whole() -> None:
    body = parse_text(
        """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 17/2026/QĐ-UBND
Hà Nam, ngày 12 tháng 5 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế phối hợp

Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.

Điều 2. Chánh

Văn phòng UBND tỉnh; Giám đốc Sở Y tế chịu trách nhiệm thi hành Quyết định này./.
"""
    ).instrument.body
    assert _roles(body.tasks[-1]) == [
        ("execute", "Chánh Văn phòng UBND tỉnh"),
        ("execute", "Giám đốc Sở Y tế"),
    ]
    assert body.closing == ()


def test_a_role_word_with_a_capital_ends_the_name_run_on_before_it() -> None:
    # a flattened page joins the heading with the first line of the work under it
    assert _read("Phòng Tư pháp Là cơ quan đầu mối tham mưu UBND xã tổ chức thực hiện.") == [
        ("execute", "Phòng Tư pháp")
    ]
    assert _read("Văn phòng HĐND và UBND Phối hợp theo dõi việc thực hiện Kế hoạch.") == [
        ("execute", "Văn phòng HĐND và UBND")
    ]
    assert _read("Phó Chủ tịch UBND xã phụ trách văn hóa Giúp Chủ tịch UBND xã chỉ đạo.") == [
        ("execute", "Phó Chủ tịch UBND xã phụ trách văn hóa")  # no comma: his office
    ]
    # a naming head keeps its capitalised role word: the council's name goes on
    assert _read("Hội đồng Phối hợp liên ngành xã tổ chức tập huấn.") == [
        ("execute", "Hội đồng Phối hợp liên ngành xã")
    ]


def test_a_person_named_with_the_office_held_acts() -> None:
    tasks = _tasks(
        """\
1. Đ/c Trần Văn Bình - Phó Giám đốc Trung tâm
- Tiếp nhận hồ sơ thủ tục hành chính lĩnh vực đất đai.
2. Đồng chí Lê Thị Hoa, phụ trách công tác văn thư, lưu trữ của cơ quan.
"""
    )
    first, second = tasks
    assert _roles(first.subtasks[0]) == [("execute", "Đ/c Trần Văn Bình - Phó Giám đốc Trung tâm")]
    assert _roles(second) == [("execute", "Đồng chí Lê Thị Hoa")]  # what she does follows
    (clerk,) = _tasks(
        """\
1. Bà Nguyễn Thị Lan - Nhân viên văn thư.
- Tiếp nhận, đăng ký văn bản đến của cơ quan.
"""
    )
    assert _roles(clerk) == [("execute", "Bà Nguyễn Thị Lan - Nhân viên văn thư")]  # her dot
    # the heading run on into the line below it, which opens with the office as its subject
    assert _read("Ông Trần Văn Nam – Trưởng phòng Trưởng phòng chịu trách nhiệm rà soát.") == [
        ("execute", "Ông Trần Văn Nam – Trưởng phòng")  # the office named once
    ]
    assert _read("Bà Lê Thị Hà - Phó Trưởng phòng Phó Trưởng phòng theo dõi thi đua.") == [
        ("execute", "Bà Lê Thị Hà - Phó Trưởng phòng")
    ]


def test_a_briefing_meeting_is_no_board_handed_work() -> None:
    assert _read("Định kỳ tổ chức họp giao ban để đánh giá tiến độ thực hiện.") == []
    assert _read("Sở Nội vụ chủ trì hội nghị giao ban, kiểm điểm tiến độ.") == [
        ("lead", "Sở Nội vụ")
    ]


def test_a_case_or_an_example_names_no_one_who_acts() -> None:
    # "Trường hợp" opens a condition, no school; an example's person is asked nothing
    assert _read("Trường hợp hồ sơ chưa đầy đủ, Bộ phận một cửa hướng dẫn bổ sung.") == [
        ("execute", "Bộ phận một cửa")
    ]
    assert _read("Trường hợp cần thiết thì tổ chức họp trực tuyến.") == []
    assert _read("Ví dụ: Ông Nguyễn Văn A, chuyên viên, được hưởng phụ cấp 0,3.") == []
    assert _read("Các trường hợp vi phạm bị xử lý theo quy định.") == []


def test_a_handing_word_inside_a_heading_s_name_is_the_name_s() -> None:
    first, second = _tasks(
        """\
1. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh
Vận động Nhân dân chấp hành quy định về trật tự an toàn giao thông.
2. Sở Giao thông vận tải:
Rà soát hệ thống biển báo trên các tuyến đường tỉnh.
"""
    )
    assert _roles(first) == [("execute", "Ủy ban Mặt trận Tổ quốc tỉnh")]  # asked: opens it
    assert _roles(second) == [("execute", "Sở Giao thông vận tải")]  # not "Sở thông vận tải"


def test_the_executors_of_a_decision_under_its_last_article_s_title() -> None:
    body = parse_text(
        """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 18/QĐ-UBND
Hà Nam, ngày 12 tháng 5 năm 2026

QUYẾT ĐỊNH
Về việc bổ sung dự toán năm 2026

Điều 1. Bổ sung dự toán năm 2026 cho Sở Y tế.
Điều 2. Tổ chức thực hiện
Chánh Văn phòng UBND tỉnh, Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.
"""
    ).instrument.body
    assert body.closing == ()  # the paragraph is the article's, not a closing item
    (executors,) = body.tasks[-1].subtasks
    assert _roles(executors) == [
        ("execute", "Chánh Văn phòng UBND tỉnh"),
        ("execute", "Giám đốc Sở Tài chính"),
    ]


def test_the_sirs_or_madams_who_execute_a_decision() -> None:
    assert _read("Các ông (bà) có tên tại Điều 1 căn cứ Quyết định thi hành./.") == [
        ("execute", "Các ông (bà) có tên tại Điều 1")
    ]
    assert _read("Các Ông (Bà): Chánh Văn phòng Sở; Trưởng phòng Tổ chức chịu trách nhiệm.") == [
        ("execute", "Chánh Văn phòng Sở"),  # named after the colon, one by one
        ("execute", "Trưởng phòng Tổ chức"),
    ]


def test_who_sends_a_paper_acts_and_whom_the_paper_asks_does_not() -> None:
    assert _read("Cục Thuế có văn bản đề nghị Kho bạc Nhà nước hoàn trả trong 05 ngày.") == [
        ("execute", "Cục Thuế")  # the paper asks Kho bạc, the instrument does not
    ]
    assert _read("Sở Xây dựng cho ý kiến về thiết kế cơ sở của dự án.") == [
        ("execute", "Sở Xây dựng")
    ]
    assert _read("Hộ gia đình gửi đơn đề nghị Ủy ban nhân dân cấp xã xác nhận.") == [
        ("execute", "Hộ gia đình")  # who sends the application acts; it asks the commune
    ]
    # "theo đề nghị" with no "của": as proposed, the one who proposed is asked nothing
    assert _read("Theo đề nghị Sở Tài chính, UBND tỉnh giao Sở Xây dựng thẩm định dự án.") == [
        ("execute", "Sở Xây dựng")
    ]
    assert _read("Doanh nghiệp muốn đổi tên thì có văn bản gửi Sở Tài chính.") == [
        ("execute", "Doanh nghiệp")
    ]
    assert _read(
        "Sở Nội vụ trong thời hạn 10 ngày, kể từ ngày nhận hồ sơ, có văn bản trả lời."
    ) == [
        ("execute", "Sở Nội vụ")  # by when it answers, not its name
    ]


def test_an_item_of_a_programme_names_who_does_it_after_a_dash_at_its_end() -> None:
    tasks = _tasks(
        """\
1. Báo cáo tình hình tuyển sinh năm 2025 – Trường THCS Hòa Bình thực hiện.
2. Tham luận “Đổi mới phương pháp dạy học” - Trường THCS Tân An hỗ trợ thực hiện.
3. Trao đổi ý kiến về đề án – Văn phòng tổng hợp ý kiến thực hiện.
4. Giới thiệu sách mới - thực hiện.
"""
    )
    assert [_leads(task) for task in tasks] == [
        ["Trường THCS Hòa Bình"],
        ["Trường THCS Tân An"],
        [],  # a verb after the dash ("tổng hợp"): the words there are no name alone
        [],  # nothing names an actor after the dash
    ]


def test_a_heading_that_opens_with_các_names_an_actor_only_when_bodies_follow() -> None:
    tasks = _tasks(
        """\
1. Các vi phạm và hình thức xử lý
- Khiển trách thí sinh nhìn bài của người khác.
- Lập biên bản thí sinh mang tài liệu vào phòng thi.
2. Các đơn vị trực thuộc
- Rà soát danh sách thí sinh dự thi.
3. Các Phó Trưởng ban
- Theo dõi việc coi thi tại các điểm thi.
4. Các tỉnh, thành phố:
- Báo cáo số thí sinh dự thi.
"""
    )
    assert [_leads(task) for task in tasks] == [
        [],
        ["Các đơn vị trực thuộc"],
        ["Các Phó Trưởng ban"],  # a title in capitals after the plural names persons
        ["Các tỉnh, thành phố"],
    ]
    assert [_leads(sub) for sub in tasks[0].subtasks] == [[], []]


def test_the_heads_charged_with_a_decision_may_run_past_sixty_words() -> None:
    # a province's executing article lists some seventy words of heads before "chịu trách
    # nhiệm thi hành": more than an actor phrase may hold before another verb (60)
    sở = ("Nội vụ", "Tài chính", "Tư pháp", "Xây dựng", "Y tế", "Công Thương")
    heads = [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        *(f"Giám đốc Sở {name}" for name in sở),
        "Giám đốc Sở Giáo dục và Đào tạo",
        "Giám đốc Sở Nông nghiệp và Môi trường",
        "Thủ trưởng các cơ quan, đơn vị có liên quan",
        "Chủ tịch Ủy ban nhân dân các xã, phường",
    ]
    listed = ", ".join(heads)
    assert 60 < len(listed.split()) <= 80
    assert _read(f"{listed} chịu trách nhiệm thi hành Quyết định này.") == [
        ("execute", head) for head in heads
    ]


def test_an_actor_ends_before_what_it_will_do() -> None:
    assert _read("Sở Y tế sẽ tổ chức các đoàn kiểm tra tại một số huyện.") == [
        ("execute", "Sở Y tế")
    ]


@pytest.mark.parametrize("recurrence", ["Hằng năm", "Định kỳ hằng năm", "Mỗi quý", "Định kỳ"])
def test_a_recurrence_opens_what_a_heading_actor_does(recurrence: str) -> None:
    # the heading "2. Sở Xây dựng" ran into its paragraph on one line
    text = f"Sở Xây dựng {recurrence}, trên cơ sở đề xuất của các huyện, bố trí kinh phí."
    assert _read(text)[:1] == [("execute", "Sở Xây dựng")]


def test_the_advisory_bodies_of_a_party_committee_are_one_name() -> None:
    assert _read(
        "Các cơ quan tham mưu, giúp việc của Huyện ủy, Đảng ủy các xã quán triệt Nghị quyết."
    ) == [
        ("execute", "Các cơ quan tham mưu, giúp việc của Huyện ủy"),
        ("execute", "Đảng ủy các xã"),
    ]
    assert _read("Văn phòng tham mưu, giúp việc Ban Thường vụ theo dõi.") == [
        ("execute", "Văn phòng")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Khoa lập danh sách sinh viên đủ điều kiện bảo vệ.", "Khoa"),
        ("Sinh viên nộp báo cáo thực tập trước ngày 20/6/2026.", "Sinh viên"),
        ("Hiệu trưởng các trường phổ biến nội quy.", "Hiệu trưởng các trường"),
        ("Học viên và người hướng dẫn thực hiện đúng quy chế.", "Học viên và người hướng dẫn"),
    ],
)
def test_a_schools_units_and_staff_open_a_task(text: str, actor: str) -> None:
    assert _read(text) == [("execute", actor)]


def test_meeting_a_body_is_no_cooperation_working_directly_with_it_is() -> None:
    assert _read("Văn phòng Sở bố trí phòng họp, làm việc với Đoàn kiểm tra.") == [
        ("execute", "Văn phòng Sở")
    ]
    assert _read("Sở Tài chính làm việc trực tiếp với các huyện để thống nhất.") == [
        ("execute", "Sở Tài chính"),
        ("cooperate", "các huyện"),
    ]


def test_a_partner_ends_before_what_they_do_together() -> None:
    assert _read(
        "Chi cục Thống kê phối hợp với Trung tâm Y tế và UBND các phường, xã chia sẻ số liệu."
    )[1:] == [("cooperate", "Trung tâm Y tế"), ("cooperate", "UBND các phường, xã")]


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Các khoa tổ chức cho sinh viên đăng ký chuyên ngành từ 04/01/2027 đến 26/02/2027.",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=26, month=2, year=2027)
            ),
        ),
        ("Báo cáo tiến độ (từ ngày 17/5 đến 23/5/2027) đã gửi các sở, ngành.", None),
        (
            "Các đơn vị gửi mẫu chữ ký về Văn phòng, hạn chót là ngày 10/10/2027.",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=10, month=10, year=2027)
            ),
        ),
    ],
)
def test_spans_starts_and_last_days_in_running_text(text: str, deadline: object) -> None:
    assert read_meaning(text, ()).deadline == deadline


def test_a_comma_inside_a_fixed_name_does_not_split_it() -> None:
    assert split_actors("Cơ sở khám bệnh, chữa bệnh, Bảo hiểm xã hội tỉnh") == [
        "Cơ sở khám bệnh, chữa bệnh",
        "Bảo hiểm xã hội tỉnh",
    ]
    assert split_actors("các cơ quan tham mưu, giúp việc của Tỉnh ủy, Ban Tổ chức") == [
        "các cơ quan tham mưu, giúp việc của Tỉnh ủy",
        "Ban Tổ chức",
    ]


def test_a_verb_after_nguoi_names_who_does_it() -> None:
    assert _read("Chủ sở hữu hoặc người quản lý công trình thực hiện bảo trì.") == [
        ("execute", "Chủ sở hữu hoặc người quản lý công trình")
    ]
    assert _read("Những người được chỉ định thực hiện nhiệm vụ.") == [("execute", "Những người")]
