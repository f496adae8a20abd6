"""Who leads a task where real task lists name it in ways the common rules missed: an actor
before a colon and its duties (a plural whose colon opens no list of members, a person with
the title printed ``Ông.``), a heading about whoever it names (``Đối với ...``), a national
body work is handed to past an aside, an actor before how often it acts, establishments and
staff that open a sentence.  Each text is typed for its rule; the expected actors are read
off it."""

from __future__ import annotations

import pytest

from vnadmin.model import Task
from vnadmin.text import parse_text
from vnadmin.text.semantics import read_meaning

NOTICE = """\
TRƯỜNG ĐẠI HỌC KỸ THUẬT MIỀN TRUNG
Số: 88/TB-ĐHKT
Đà Nẵng, ngày 14 tháng 4 năm 2025

THÔNG BÁO
Tổ chức ngày hội việc làm năm 2025

"""


def _tasks(body: str) -> tuple[Task, ...]:
    return parse_text(NOTICE + body).instrument.body.tasks


def _actors(task: Task) -> list[str]:
    return [a.actor for a in task.assignments if a.role.value in ("lead", "execute")]


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in read_meaning(text, ()).assignments]


def test_an_actor_before_a_colon_and_its_duties() -> None:
    tasks = _tasks(
        """\
1. Phòng Hành chính tổng hợp:
- Chuẩn bị hội trường, âm thanh và nước uống.
- Bố trí người đón tiếp doanh nghiệp.
2. Các Khoa: Phổ biến lịch ngày hội đến sinh viên năm cuối.
3. Các Khoa:
- Cử cán bộ tham gia gian hàng tư vấn.
4. Ông. Trần Văn Bình - Trưởng ban: Phụ trách chung; ký các văn bản của Ban.
5. Đối với đơn vị được mời tham gia: Gửi danh sách vị trí tuyển dụng trước ngày 20/4/2025.
"""
    )
    first, second, third, fourth, fifth = tasks
    # "tổng hợp" names the office here: the heading alone on its line names it whole
    assert [_actors(point) for point in first.subtasks] == [["Phòng Hành chính tổng hợp"]] * 2
    # a plural before a colon: a verb going on in lower case says what it does ...
    assert _actors(second) == ["Các Khoa"]
    # ... and alone on its line above the points, it heads them
    assert _actors(third.subtasks[0]) == ["Các Khoa"]
    assert _actors(fourth) == ["Ông. Trần Văn Bình - Trưởng ban"]
    assert _actors(fifth) == ["đơn vị được mời tham gia"]


def test_headings_that_name_no_actor_of_the_points_below() -> None:
    tasks = _tasks(
        """\
1. Đối với cá nhân:
a) Danh hiệu "Lao động tiên tiến" được thưởng 0,3 lần mức lương cơ sở.
b) Giấy khen được thưởng 0,15 lần mức lương cơ sở.
2. Người đứng đầu đơn vị sử dụng lao động phê duyệt:
a) Danh sách người lao động được cử đi học.
b) Kế hoạch bồi dưỡng hằng năm.
"""
    )
    # whom a rule is about is no actor; a verb after lower-case words is no part of a name
    assert [_actors(point) for point in tasks[0].subtasks] == [[], []]
    head = "Người đứng đầu đơn vị sử dụng lao động"  # "phê duyệt" is what the head does
    assert [_actors(point) for point in tasks[1].subtasks] == [[head], [head]]


def test_a_heading_above_a_timetable_names_who_acts_in_it() -> None:
    task, _ = _tasks(
        """\
1. Đối với sinh viên năm thứ nhất

Từ 03/3 - 15/3/2025 (tuần 25 và 26): tiếp tục học trực tuyến theo thời khóa biểu.
2. Phòng Đào tạo cập nhật thời khóa biểu trên cổng thông tin.
"""
    )
    assert _actors(task) == ["sinh viên năm thứ nhất"]


def test_a_plural_s_members_after_its_colon_are_still_its_members() -> None:
    # "Xây dựng" opens the list of members: names in capitals go on after it, no duty
    (task,) = _tasks("1. Các Sở: Xây dựng, Tài chính rà soát hồ sơ các dự án.\n")
    assert _actors(task) == ["Các Sở: Xây dựng, Tài chính"]


def test_a_heading_about_whom_the_paragraph_below_concerns() -> None:
    tasks = _tasks(
        """\
1. Đối với Ban Quản lý ký túc xá

Trong thời hạn 05 ngày làm việc, kể từ ngày nhận đơn, Ban Quản lý ký túc xá xếp phòng.
2. Đối với bộ phận trực tiếp quản lý sinh viên, học viên

Tiếp nhận đơn và chuyển về Phòng Công tác sinh viên.
3. Phòng Công tác sinh viên tổng hợp kết quả xếp phòng.
"""
    )
    first, second, _ = tasks
    assert _actors(first) == ["Ban Quản lý ký túc xá"]
    # its verb-like words ("trực tiếp quản lý") name whom the heading is about
    assert ", ".join(_actors(second)) == "bộ phận trực tiếp quản lý sinh viên, học viên"


def test_a_heading_about_a_plural_of_named_units_names_them_above_their_points() -> None:
    (task,) = _tasks(
        """\
1. Đối với các Khoa, Trung tâm:
- Thông báo kế hoạch đến sinh viên.
- Cử cán bộ tham gia ngày hội.
"""
    )
    assert _actors(task) == ["các Khoa", "Trung tâm"]


def test_ub_abbreviates_uy_ban_before_a_name() -> None:
    assert _read("UB MTTQ xã tuyên truyền tới các hội viên.") == [("execute", "UB MTTQ xã")]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # a verb of publishing ends the newspaper's name
        (
            "Đề nghị Báo Quảng Ngãi đăng tin này trên hai số liên tiếp.",
            [("execute", "Báo Quảng Ngãi")],
        ),
        # a national body is named without a head word, an aside between it and its verb
        (
            "Giao Chính phủ, trên cơ sở kết quả giám sát, chỉ đạo các bộ khắc phục hạn chế.",
            [("execute", "Chính phủ")],
        ),
        # no name goes on after "Chính phủ": the lower-case word is what it is asked to do
        (
            "Giao Chính phủ quy định chi tiết các khoản chi được hỗ trợ.",
            [("execute", "Chính phủ")],
        ),
        # how often the actor acts, its deadline in parentheses, stand before the verb
        (
            "Các huyện, thị xã định kỳ hằng quý (trước ngày 20 tháng cuối quý) báo cáo Sở Nội vụ.",
            [("execute", "Các huyện, thị xã"), ("report_to", "Sở Nội vụ")],
        ),
        (
            "Cơ sở giáo dục nghề nghiệp chịu trách nhiệm về số liệu đã báo cáo.",
            [("execute", "Cơ sở giáo dục nghề nghiệp")],
        ),
        # a request the clause mentions, of no one, leaves the establishment the actor ...
        (
            "Cơ sở y tế chịu trách nhiệm về các khoản chi đã đề nghị thanh toán.",
            [("execute", "Cơ sở y tế")],
        ),
        # ... but an opener that runs into its request is no actor of a verb, and what a
        # body may not ask is no duty of a name cut at its first verb-like word
        ("Các đơn vị đề nghị bổ sung kinh phí kịp thời.", []),
        ("Cơ quan cấp phép không được yêu cầu người nộp hồ sơ bổ sung giấy tờ khác.", []),
        # a passive after an establishment says what it is
        ("Cơ sở y tế đã được cấp phép hoạt động theo quy định.", []),
        # what a law delegates, quoted, hands nothing on
        ("Danh mục do luật giao Chính phủ quy định theo từng thời kỳ.", []),
        # "họp" (to meet) ends the actor's phrase, before how often it meets
        (
            "Thường trực Hội đồng nhân dân họp thường kỳ mỗi tháng một lần.",
            [("execute", "Thường trực Hội đồng nhân dân")],
        ),
        # a database is no establishment: it acts in no task
        ("Cơ sở dữ liệu được cập nhật hằng tháng.", []),
        ("Toàn thể viên chức cần theo dõi lịch trực.", [("execute", "Toàn thể viên chức")]),
        # an establishment named with a condition says when a rule applies: no actor
        ("Cơ sở y tế khi phát hiện ca bệnh phải báo cáo ngay.", []),
        # what an officer is in charge of names the officer: the next verb acts
        (
            "Chuyên viên phụ trách tổng hợp lập danh sách người tham dự.",
            [("execute", "Chuyên viên phụ trách tổng hợp")],
        ),
    ],
)
def test_actors_that_open_a_sentence_the_vocabulary_did_not_name(
    text: str, roles: list[tuple[str, str]]
) -> None:
    assert _read(text) == roles


def test_a_notice_s_subjects_who_hang_flags_or_announce() -> None:
    """A flag-day notice opens each point with who hangs the flag (``treo cờ``); an office
    that ``trân trọng thông báo`` is the office, not the office and its courtesy."""
    assert _read(
        "Các cơ quan, đơn vị, trường học trên địa bàn huyện treo cờ Tổ quốc trong ngày 30/4/2026."
    ) == [("execute", "Các cơ quan, đơn vị"), ("execute", "trường học trên địa bàn huyện")]
    assert _read("Văn phòng Sở Nội vụ trân trọng thông báo để các đơn vị biết.") == [
        ("execute", "Văn phòng Sở Nội vụ")
    ]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        (  # a clause that says when ends on its year, no comma
            "Trong thời gian nghỉ hè năm 2026 các trường học bố trí lịch trực bảo vệ.",
            "các trường học",
        ),
        ("Trước ngày 20/5/2026 Phòng Tài chính báo cáo kết quả.", "Phòng Tài chính"),
        (  # "Thì" printed with a capital ends the clause as "thì" does
            "Kể từ học kỳ II Thì các khoa thực hiện theo lịch mới.",
            "các khoa",
        ),
    ],
)
def test_a_clause_that_says_when_ends_without_a_comma(text: str, actor: str) -> None:
    assert _read(text) == [("execute", actor)]


def test_a_comma_after_thi_parts_its_own_words() -> None:
    """After a capitalised ``Thì`` as after ``thì``, a comma parts the main clause's own
    words: the plural after it is no subject set apart by a scene."""
    assert _read("Kể từ năm học mới Thì việc đánh giá theo Thông tư, các trường báo cáo.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Vụ trưởng Vụ Giáo dục Thường xuyên tổng hợp kết quả.",
        "Giám đốc Trung tâm giáo dục thường xuyên tỉnh tổng hợp kết quả.",
    ],
)
def test_continuing_education_is_a_name_not_an_adverb(text: str) -> None:
    """``thường xuyên`` (regularly) after ``giáo dục`` names continuing education, in
    either case: the actor runs to the verb after it."""
    actor = text.split(" tổng hợp")[0]
    assert _read(text) == [("execute", actor)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Văn Phòng Sở phối hợp với Phòng Kế hoạch bố trí kinh phí.", "Văn Phòng Sở"),
        ("Đề nghị Quý ngân hàng kê khai tài sản bảo đảm theo mẫu.", "Quý ngân hàng"),
        ("Các tổ chuyên môn đều xây dựng kế hoạch bồi dưỡng.", "Các tổ chuyên môn"),
        ("Quý cơ quan vui lòng gửi ý kiến về Sở.", "Quý cơ quan"),
    ],
)
def test_an_actor_ends_before_a_declaration_an_adverb_or_a_courtesy(text: str, actor: str) -> None:
    """``kê khai`` (declare) is work asked; ``đều`` (all) and ``vui lòng`` (please) open
    what the actor does; an office may print ``Văn Phòng`` with a capital."""
    assert actor in [name for role, name in _read(text) if role in ("execute", "lead")]


def test_what_a_steering_committee_steers_is_its_name() -> None:
    """A naming verb after ``Ban Chỉ đạo`` or its initials says what it steers: the name
    goes on to the verb of the sentence."""
    assert _read("Các thành viên BCĐ xây dựng nông thôn mới nghiên cứu dự thảo.") == [
        ("execute", "Các thành viên BCĐ xây dựng nông thôn mới")
    ]
    assert _read("Ban Chỉ đạo xây dựng Đề án số hóa báo cáo UBND tỉnh.") == [
        ("execute", "Ban Chỉ đạo xây dựng Đề án số hóa"),
        ("report_to", "UBND tỉnh"),
    ]


def test_a_ministry_s_long_list_of_heads_charged_with_executing() -> None:
    """A ministry's executing article names some eighty-five words of heads before
    ``chịu trách nhiệm thi hành``: the whole list executes."""
    heads = (
        "Chánh Văn phòng, Vụ trưởng Vụ Pháp chế, Vụ trưởng Vụ Tổ chức cán bộ, Vụ trưởng Vụ"
        " Kế hoạch - Tài chính, Cục trưởng Cục Quản lý chất lượng, Cục trưởng Cục Công"
        " nghệ thông tin, Thủ trưởng các đơn vị có liên quan thuộc Bộ, Chủ tịch Ủy ban nhân"
        " dân các tỉnh, thành phố trực thuộc Trung ương, Giám đốc các đại học, học viện,"
        " Hiệu trưởng các trường đại học và Giám đốc các sở giáo dục và đào tạo"
    )
    assert 80 < len(heads.split()) <= 100
    found = read_meaning(f"{heads} chịu trách nhiệm thi hành Thông tư này.", ()).assignments
    assert ", ".join(a.actor for a in found) == heads.replace(" và Giám đốc", ", Giám đốc")


def test_a_heading_about_a_plural_of_named_things_names_no_actor() -> None:
    (task,) = _tasks(
        """\
1. Đối với các Dự án đầu tư công:
- Đẩy nhanh tiến độ giải ngân.
- Hoàn thành quyết toán trong năm.
"""
    )
    assert "các Dự án đầu tư công" not in _actors(task)
    assert _actors(task) == []  # and neither the heading nor its points names anyone else
