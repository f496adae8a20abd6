"""Word documents as offices lay them out (tests/office.py: a one-row header table, an
underscore rule, Word's automatic numbering, a signature table), read to the instrument
the plain text of the same document reads to: the seeds, read from their text."""

from __future__ import annotations

import pytest

from vnadmin import docx
from vnadmin._walk import differences
from vnadmin.model import (
    Assignment,
    DateDeadline,
    DeadlineBound,
    Instrument,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Role,
)
from vnadmin.samples import SEEDS, seed_text
from vnadmin.text import parse_text

pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
from office import NOTICE_SUBJECT, notice_document, office_document, plan_document


@pytest.mark.parametrize("code", ["000", "001"])
def test_an_office_document_reads_as_its_plain_text(code: str) -> None:
    reading = docx.read(office_document(code, SEEDS[code]))
    text = parse_text(seed_text(code)).instrument
    # the office's template prints the banner 001's text lost with its header
    banner = ("printed.banner", "printed.motto") if code == "001" else ()
    assert differences(reading.instrument, text) == banner
    assert "vnadmin-copy" not in {d.code for d in reading.diagnostics}


def test_automatic_numbering_prints_its_labels() -> None:
    # The body's tasks are in Word's "List Number" style: their labels are not in the text
    reading = docx.read(office_document("000", SEEDS["000"]))
    assert [task.label for task in reading.instrument.body.tasks] == ["1.", "2.", "3.", "4.", "5."]
    numbered = [line.text for line in reading.lines if line.text[:2] == "1."]
    assert numbered[0].startswith("1. Triển khai thực hiện Quyết định số 23-QĐ/TW")


def test_the_cells_of_the_header_are_kept_apart() -> None:
    lines = [line.text for line in docx.read(office_document("000", SEEDS["000"])).lines]
    left = lines.index("SỞ TÀI CHÍNH")
    assert lines[left + 1 : left + 3] == ["_____________", "Số:      /STC-VP"]
    assert lines[lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") - 1] == ""  # a cell apart


def _plan_tasks(
    instrument: Instrument,
) -> list[tuple[str | None, str, tuple[Assignment, ...], object]]:
    return [(t.label, t.text, t.assignments, t.deadline) for t in instrument.body.all_tasks()]


PLAN_TASKS = [
    (
        "1.",
        "Tổ chức quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
        (
            Assignment(role=Role.LEAD, actor="Văn phòng Sở"),
            Assignment(role=Role.COOPERATE, actor="Các phòng chuyên môn"),
        ),
        PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024),
    ),
    (
        "2.",
        "Tổng hợp, báo cáo kết quả thực hiện công tác dân vận",
        (
            Assignment(role=Role.LEAD, actor="Phòng Xây dựng chính quyền"),
            Assignment(role=Role.COOPERATE, actor="Văn phòng Sở"),
        ),
        DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=12, year=2024)),
    ),
]
"""The plan's task table (tests/office.py PLAN_ROWS), typed from its cells: STT, content,
lead, cooperating units, deadline (``Quý II/2024``, ``Trước ngày 15/12/2024``)."""


def test_a_task_table_is_read_row_by_row() -> None:
    reading = docx.read(plan_document())
    assert _plan_tasks(reading.instrument) == PLAN_TASKS
    assert reading.instrument.number is not None
    assert reading.instrument.kind is not None
    assert reading.instrument.kind.code == "ke-hoach"


def test_a_subject_typed_one_paragraph_a_line_is_one_subject() -> None:
    # each paragraph is a logical line with a blank line after it: the subject's lines,
    # set apart so, end where the body's dated first sentence begins
    reading = docx.read(notice_document())
    assert reading.instrument.subject == " ".join(NOTICE_SUBJECT)
    assert reading.instrument.body.background[0].text.startswith("Ngày 12 tháng 9 năm 2026")
