"""Who acts, as decisions, directives and letters from producers no earlier set used
print it: the executing clause after the sentence that opens its article, an actor's
role in parentheses after its name, the head of a body in lower case, the courtesy
``Quý`` before a body, a lower-case ``giao`` inside a name, a list of names whose
capitalised words look like verbs, and a Party resolution's parts labelled ``I-``.  Each
text is typed for its rule; the expected values are read off it."""

from __future__ import annotations

import pytest

from vnadmin.grammar.labels import LABEL, label_level
from vnadmin.text import parse_text
from vnadmin.text.body import list_goes_on
from vnadmin.text.semantics import read_meaning

DECISION = """\
ỦY BAN NHÂN DÂN TỈNH HẬU GIANG
Số: 118/QĐ-UBND
Hậu Giang, ngày 04 tháng 3 năm 2025

QUYẾT ĐỊNH
Về việc công bố danh mục thủ tục hành chính

QUYẾT ĐỊNH:
Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Giao thông vận tải, Giám đốc Sở Xây dựng;

Chủ tịch UBND cấp huyện và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
"""


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in read_meaning(text, ()).assignments]


@pytest.mark.parametrize("executes", ["thi hành", "thí hành"])
def test_the_executing_clause_after_the_article_s_first_sentence(executes: str) -> None:
    text = (
        "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng phòng Tài vụ"
        f" và các phòng liên quan chịu trách nhiệm {executes} Quyết định này."
    )
    assert _read(text) == [
        ("execute", "Chánh Văn phòng"),
        ("execute", "Trưởng phòng Tài vụ"),
        ("execute", "các phòng liên quan"),
    ]


def test_the_executing_clause_ends_its_actors_before_thi_hanh() -> None:
    text = (
        "Quyết định có hiệu lực kể từ ngày ký. Các ông (bà) Trưởng phòng Đào tạo và những"
        " thành viên có tên trong Điều 1 thi hành quyết định này."
    )
    assert _read(text) == [
        ("execute", "Các ông (bà) Trưởng phòng Đào tạo"),
        ("execute", "những thành viên có tên trong Điều 1"),
    ]


def test_a_second_sentence_that_executes_nothing_names_no_actor() -> None:
    text = "Quyết định này có hiệu lực kể từ ngày ký. Sở Tài chính bố trí kinh phí."
    assert _read(text) == []


def test_an_actor_s_role_in_parentheses_is_no_part_of_its_name() -> None:
    text = (
        "Giám đốc Sở Y tế (Thường trực Ban Chỉ đạo phòng, chống dịch bệnh tỉnh) chủ động"
        " tổ chức thực hiện công tác phòng dịch."
    )
    assert _read(text) == [("execute", "Giám đốc Sở Y tế")]


def test_a_unit_named_in_parentheses_is_no_role_aside() -> None:
    text = "Công an tỉnh (Phòng Cảnh sát kinh tế) chủ động điều tra các vụ việc."
    assert ("execute", "Công an tỉnh") not in _read(text)


def test_a_lower_case_head_after_the_clause_that_sets_the_scene() -> None:
    text = (
        "Căn cứ Kế hoạch này, thủ trưởng các cơ quan, đơn vị trên địa bàn huyện xây dựng"
        " kế hoạch cụ thể."
    )
    assert _read(text) == [("execute", "thủ trưởng các cơ quan, đơn vị trên địa bàn huyện")]


def test_a_lower_case_leadership_asked_to_act() -> None:
    text = "Đề nghị lãnh đạo các phòng chỉ đạo bộ phận chuyên môn góp ý vào dự thảo."
    assert _read(text) == [("execute", "lãnh đạo các phòng")]


def test_the_courtesy_quý_before_a_body_names_whom_a_letter_asks() -> None:
    text = "Cục Quản lý thị trường đề nghị Quý cơ quan nghiên cứu, góp ý vào dự thảo."
    assert _read(text) == [("execute", "Quý cơ quan")]


def test_quý_before_a_numeral_is_a_quarter_no_actor() -> None:
    assert _read("Quý I năm 2026 hoàn thành việc rà soát.") == []


def test_a_lower_case_giao_inside_a_name_hands_nothing_on() -> None:
    text = "Cục trưởng Cục Cảnh sát giao thông chịu trách nhiệm theo dõi việc thực hiện."
    assert _read(text) == [("execute", "Cục trưởng Cục Cảnh sát giao thông")]


def test_a_partner_ends_before_the_verb_thể_chế_hoá() -> None:
    text = "Bộ Tư pháp phối hợp với Văn phòng Chính phủ thể chế hoá các chủ trương."
    assert ("cooperate", "Văn phòng Chính phủ") in _read(text)


def test_names_whose_capitals_look_like_verbs_go_on_to_the_next_entry() -> None:
    assert list_goes_on(
        "Giám đốc Sở Giao thông vận tải, Giám đốc Sở Xây dựng;",
        "Chủ tịch UBND cấp huyện chịu trách nhiệm thi hành Quyết định này.",
    )
    assert not list_goes_on(
        "Sở Nội vụ xây dựng kế hoạch;", "Sở Tài chính bố trí kinh phí thực hiện."
    )


def test_an_executing_article_a_blank_line_splits_is_one_task() -> None:
    closing = parse_text(DECISION).instrument.body
    article = next(t for t in (*closing.tasks, *closing.closing) if t.label == "Điều 3.")
    actors = [a.actor for a in article.assignments]
    assert actors[:3] == [
        "Chánh Văn phòng Ủy ban nhân dân tỉnh",
        "Giám đốc Sở Giao thông vận tải",
        "Giám đốc Sở Xây dựng",
    ]
    assert "Chủ tịch UBND cấp huyện" in actors


@pytest.mark.parametrize("label", ["I-", "II-", "IV-"])
def test_a_party_resolution_s_parts_labelled_with_a_dash(label: str) -> None:
    match = LABEL.match(f"{label} NHIỆM VỤ, GIẢI PHÁP")
    assert match is not None
    assert match["label"] == label
    assert label_level(match) == "roman"


def test_a_dash_after_a_word_is_no_label() -> None:
    assert LABEL.match("IV-2025 là thời hạn cuối") is None


def test_a_lower_case_head_a_copula_defines_acts_in_nothing() -> None:
    text = (
        "Đối với khiếu nại phức tạp, thủ trưởng cơ quan thuế là người giải quyết khiếu nại lần đầu."
    )
    assert _read(text) == []


def test_phòng_ngừa_opens_what_is_done_not_a_room() -> None:
    assert _read("Phòng ngừa vi phạm về an toàn giao thông, bảo vệ tính mạng người dân.") == []


def test_a_sentence_that_opens_with_a_verb_ends_the_list_of_names() -> None:
    assert not list_goes_on(
        "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở;",
        "Giám đốc Trung tâm Y tế chịu trách nhiệm thi hành Quyết định này.",
    )


def test_kể_từ_sets_the_scene_before_the_actor() -> None:
    text = "Kể từ ngày 01/3/2026 đến hết ngày 15/3/2026, Hội đồng có trách nhiệm chấm đề án."
    assert _read(text) == [("execute", "Hội đồng")]


def test_đưa_ends_an_actor_s_name() -> None:
    text = "Phòng Kinh tế đưa nội dung này vào kế hoạch kiểm tra năm 2026."
    assert _read(text) == [("execute", "Phòng Kinh tế")]
