"""``vnadmin tasks --format ics`` read back by an independent iCalendar library (icalendar),
and the due dates of deadlines as ``docs/cli.md`` states them."""

from __future__ import annotations

import datetime
from pathlib import Path

import icalendar
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cli_support import EPOCH, seed_file, vnadmin_run
from vnadmin import json as vjson
from vnadmin.cli.ics import escape, fold, to_ics
from vnadmin.cli.tasklist import due_date, task_rows
from vnadmin.model import (
    Assignment,
    Body,
    DateDeadline,
    DeadlineBound,
    Frequency,
    Instrument,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Regime,
    RelativeDeadline,
    Role,
    Task,
)
from vnadmin.samples import SEEDS
from vnadmin.strategies import instruments

STAMP = datetime.datetime.fromtimestamp(EPOCH, datetime.timezone.utc)


def _calendar(data: bytes) -> icalendar.Calendar:
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.errors == []
    assert all(todo.errors == [] for todo in calendar.walk("VTODO"))
    return calendar


def _lines_are_crlf_and_short(data: bytes) -> None:
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert b"\n" not in b"".join(lines)  # no bare LF anywhere
    assert max(map(len, lines)) <= 75
    for line in lines:
        line.decode("utf-8")  # folding never splits a character


def test_seed_001_lands_in_a_calendar(tmp_path: Path) -> None:
    done = vnadmin_run("tasks", seed_file(tmp_path, "001"), "--format", "ics", "-q")
    assert done.returncode == 0, done.stderr
    _lines_are_crlf_and_short(done.stdout)
    calendar = _calendar(done.stdout)
    assert calendar.decoded("VERSION") == "2.0"
    todos = calendar.walk("VTODO")
    body = SEEDS["001"].body
    assert len(todos) == len(body.tasks) + len(body.closing)  # 8 tasks, 1 closing item
    assert len({todo.decoded("UID") for todo in todos}) == len(todos)
    assert {todo.decoded("DTSTAMP") for todo in todos} == {STAMP}
    for todo, task in zip(todos, [*body.tasks, *body.closing], strict=True):
        assert todo.decoded("DESCRIPTION").startswith(task.text)
        assert todo.decoded("SUMMARY").startswith(
            f"{task.label} " if task.label else task.text[:20]
        )
    # Task 8: "Định kỳ hằng năm ... báo cáo kết quả thực hiện gửi Sở Nội vụ (trước ngày 05/12)";
    # the công văn is dated June 2024, so the first deadline is the day before 5 December 2024.
    eighth = todos[7]
    assert eighth.decoded("DUE") == datetime.date(2024, 12, 4)
    assert eighth.decoded("DTSTART") == datetime.date(2024, 12, 4)
    assert eighth.decoded("RRULE")["FREQ"] == ["YEARLY"]
    assert "Báo cáo gửi: Sở Nội vụ" in eighth.decoded("DESCRIPTION").splitlines()
    assert "Thời hạn: trước ngày 05/12" in eighth.decoded("DESCRIPTION").splitlines()
    assert all("DUE" not in todo for todo in todos[:7])  # the other tasks have no deadline


def test_uids_are_stable_across_exports() -> None:
    rows = task_rows(SEEDS["003"], today=STAMP.date())
    later = STAMP + datetime.timedelta(days=30)
    first = _calendar(to_ics(SEEDS["003"], rows, now=STAMP).encode()).walk("VTODO")
    second = _calendar(to_ics(SEEDS["003"], rows, now=later).encode()).walk("VTODO")
    assert [t.decoded("UID") for t in first] == [t.decoded("UID") for t in second]
    assert [t.decoded("DTSTAMP") for t in second] == [later] * len(second)


def _task(text: str, **fields: object) -> Task:
    return Task(text=text, **fields)  # type: ignore[arg-type]


UNDATED = Instrument(
    regime=Regime.STATE,
    body=Body(
        tasks=[
            _task(
                "Sở Tài chính chủ trì; phối hợp với Sở Nội vụ, báo cáo \\ tổng hợp.",
                label="1.",
                assignments=[
                    Assignment(role=Role.LEAD, actor="Sở Tài chính"),
                    Assignment(role=Role.COOPERATE, actor="Sở Nội vụ"),
                ],
                deadline=PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2025),
                recurrence=Frequency.QUARTERLY,
                subtasks=[
                    _task(
                        "Gửi báo cáo vào ngày 05/12.",
                        label="a)",
                        deadline=DateDeadline(
                            bound=DeadlineBound.ON, date=PartialDate(day=5, month=12)
                        ),
                    ),
                    _task(
                        "Trả lời trong 15 ngày kể từ ngày nhận.",
                        label="b)",
                        deadline=RelativeDeadline(text="trong 15 ngày kể từ ngày nhận"),
                    ),
                ],
            )
        ],
        closing=[_task("Dòng một\ndòng hai.")],
    ),
)
"""An instrument without a date, whose tasks hold what iCalendar escapes (, ; \\ newline)."""


def test_an_undated_instrument_in_a_calendar(tmp_path: Path) -> None:
    source = tmp_path / "undated.json"
    source.write_text(vjson.dumps(UNDATED), encoding="utf-8")
    done = vnadmin_run("tasks", source, "--format", "ics")
    assert done.returncode == 0, done.stderr
    _lines_are_crlf_and_short(done.stdout)
    first, sub_a, sub_b, closing = _calendar(done.stdout).walk("VTODO")
    # "trong quý II/2025": due on the last day of the quarter, every three months.
    assert first.decoded("DUE") == datetime.date(2025, 6, 30)
    assert first.decoded("RRULE")["FREQ"] == ["MONTHLY"]
    assert first.decoded("RRULE")["INTERVAL"] == [3]
    assert first.decoded("DESCRIPTION").startswith(UNDATED.body.tasks[0].text + "\n")
    assert "Chủ trì: Sở Tài chính" in first.decoded("DESCRIPTION")
    # "vào ngày 05/12" without a year in an undated instrument: the next 5 December after
    # the run's date (1 December 2024).
    assert sub_a.decoded("DUE") == datetime.date(2024, 12, 5)
    assert "RRULE" not in sub_a
    assert "DTSTART" not in sub_a
    assert sub_a.decoded("RELATED-TO") == first.decoded("UID")
    assert "DUE" not in sub_b  # a relative deadline has no date
    assert "Thời hạn: trong 15 ngày kể từ ngày nhận" in sub_b.decoded("DESCRIPTION")
    assert closing.decoded("DESCRIPTION").startswith("Dòng một\ndòng hai.")
    assert "RELATED-TO" not in closing


@pytest.mark.parametrize(
    ("deadline", "anchor", "due"),
    [
        # "chậm nhất ngày 15/01/2025" and "vào ngày 15/01/2025": that day.
        (DateDeadline(bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=15, month=1, year=2025)), None, datetime.date(2025, 1, 15)),
        (DateDeadline(bound=DeadlineBound.ON, date=PartialDate(day=15, month=1, year=2025)), None, datetime.date(2025, 1, 15)),
        # "trước ngày 01/01/2025": the day before, in the year before.
        (DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=1, month=1, year=2025)), None, datetime.date(2024, 12, 31)),
        # "trước ngày 05/12" in a document of 10 December 2024: next year's.
        (DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)), datetime.date(2024, 12, 10), datetime.date(2025, 12, 4)),
        # "vào ngày 29/02" from March 2025: the next leap year.
        (DateDeadline(bound=DeadlineBound.ON, date=PartialDate(day=29, month=2)), datetime.date(2025, 3, 1), datetime.date(2028, 2, 29)),
        # "trong tháng 2/2024", "trong 6 tháng đầu năm 2024", "trong năm 2024".
        (PeriodDeadline(unit=PeriodUnit.MONTH, index=2, year=2024), None, datetime.date(2024, 2, 29)),
        (PeriodDeadline(unit=PeriodUnit.HALF, index=1, year=2024), None, datetime.date(2024, 6, 30)),
        (PeriodDeadline(unit=PeriodUnit.YEAR, year=2024), None, datetime.date(2024, 12, 31)),
        # "trong quý IV" from a document of 31 December 2024: that very day.
        (PeriodDeadline(unit=PeriodUnit.QUARTER, index=4), datetime.date(2024, 12, 31), datetime.date(2024, 12, 31)),
        (RelativeDeadline(text="ngay sau khi kết thúc đợt kiểm tra"), None, None),
        (None, None, None),
    ],
)  # fmt: skip
def test_due_dates(
    deadline: DateDeadline | PeriodDeadline | RelativeDeadline | None,
    anchor: datetime.date | None,
    due: datetime.date | None,
) -> None:
    assert due_date(deadline, anchor or datetime.date(2000, 1, 1)) == due


@given(st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=300))
def test_fold_keeps_every_octet_within_75(line: str) -> None:
    folded = fold(line)
    physical = folded.split("\r\n ")
    assert "".join(physical) == line
    assert all(
        len(part.encode("utf-8")) <= (75 if i == 0 else 74) for i, part in enumerate(physical)
    )


_TEXTS = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]) | st.sampled_from(",;\\\n")
)


@given(_TEXTS)
def test_escaped_and_folded_text_reads_back_in_icalendar(text: str) -> None:
    line = fold("DESCRIPTION:" + escape(text))
    data = f"BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\n{line}\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    (todo,) = _calendar(data.encode("utf-8")).walk("VTODO")
    assert todo.decoded("DESCRIPTION") == text


@given(instruments(drafts=None, reported=None))
def test_any_task_list_reads_back(instrument: Instrument) -> None:
    rows = task_rows(instrument, today=STAMP.date())
    assume(rows)
    data = to_ics(instrument, rows, now=STAMP).encode("utf-8")
    _lines_are_crlf_and_short(data)
    todos = _calendar(data).walk("VTODO")
    assert [todo.decoded("DESCRIPTION").split("\n\n")[0] for todo in todos] == [
        row.task.text.replace("\r\n", "\n") for row in rows
    ]
    for todo, row in zip(todos, rows, strict=True):
        assert (todo.decoded("DUE") if "DUE" in todo else None) == row.due
        assert ("RRULE" in todo) == (row.due is not None and row.task.recurrence is not None)
