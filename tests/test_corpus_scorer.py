"""The corpus scorer reads keys written by hand: a key's printed text is not a checked value,
so a phrase whose digits make no date, or a citation whose symbol was not printed, is scored
without raising (a held-out set's keys stopped the scorer on both).  A key may label a task
with the items it stands under (``Điều 2.3.``) and join several leads with ``;``: the scorer
reads both as the key means them (held-out set 6 keyed some twenty tasks the first way)."""

from __future__ import annotations

from typing import Any

from corpus import _candidates, _key_citations, _label, _same_deadline, _task_fields
from vnadmin.model import Assignment, Body, Instrument, Regime, Role, Task


def _plan(*tasks: Task) -> Instrument:
    return Instrument(regime=Regime.STATE, body=Body(tasks=tasks))


def _led(label: str, actor: str) -> Task:
    return Task(
        text=f"{actor} thực hiện.",
        label=label,
        assignments=(Assignment(role=Role.LEAD, actor=actor),),
    )


def test_a_deadline_phrase_whose_digits_make_no_date_is_compared_as_text() -> None:
    task = Task(text="Họp lúc 10h00-10h30.")
    assert _same_deadline(task, "10h00-10h30") is False


def test_a_citation_keyed_without_a_symbol_is_kept_by_its_number() -> None:
    assert _key_citations([{"number": "18", "symbol": None, "year": None}]) == {("18", "", None)}


def test_a_key_label_with_the_article_above_finds_the_clause_under_that_article() -> None:
    first = Task(text="Điều 1. Mức chi.", label="Điều 1.", subtasks=(_led("2.", "Sở Y tế"),))
    second = Task(
        text="Điều 2. Thực hiện.", label="Điều 2.", subtasks=(_led("2.", "Sở Tài chính"),)
    )
    found = list(_candidates(_plan(first, second), _label("Điều 2.2.")))
    assert [t.assignments[0].actor for t in found] == ["Sở Tài chính"]


def test_a_key_label_with_a_lettered_part_above_finds_the_item_of_that_part() -> None:
    part_c = Task(text="C. Ưu tiên.", label="C.", subtasks=(_led("1.", "Bộ Nội vụ"),))
    part_d = Task(text="D. Tổ chức.", label="D.", subtasks=(_led("1.", "Bộ Quốc phòng"),))
    found = list(_candidates(_plan(part_c, part_d), _label("D.1.")))
    assert [t.assignments[0].actor for t in found] == ["Bộ Quốc phòng"]


def test_a_printed_decimal_label_still_matches_itself() -> None:
    found = list(_candidates(_plan(_led("3.1.", "Phòng Đào tạo")), _label("3.1.")))
    assert len(found) == 1


def test_leads_joined_with_a_semicolon_in_the_key_match_the_same_actors() -> None:
    task = Task(
        text="Sở Y tế và Sở Xây dựng thực hiện.",
        label="6.",
        assignments=(
            Assignment(role=Role.LEAD, actor="Sở Y tế"),
            Assignment(role=Role.LEAD, actor="Sở Xây dựng"),
        ),
    )
    expected: dict[str, Any] = {"lead": "Sở Y tế; Sở Xây dựng", "cooperate": [], "deadline": None}
    assert _task_fields(task, expected, lambda text: text)["lead"] is True


def test_a_key_label_finds_an_article_printed_with_a_colon() -> None:
    found = list(_candidates(_plan(_led("Điều 3:", "Hội đồng quản trị")), _label("Điều 3")))
    assert [t.assignments[0].actor for t in found] == ["Hội đồng quản trị"]
