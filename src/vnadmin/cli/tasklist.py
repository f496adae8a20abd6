"""The task list of an instrument, flattened for ``vnadmin tasks``: one row per task, subtasks
and closing items included, with its actors by role, its deadline and when it falls due.

A deadline's due date is the last day it allows: ``vào``/``chậm nhất ngày 05/12/2024`` is
5 December, ``trước ngày 05/12/2024`` 4 December, ``trong quý II/2024`` 30 June.  A deadline
without a year (``trước ngày 05/12``, every year) falls due on its first occurrence on or
after the instrument's date, or after today when the instrument has no year.  A relative
deadline (``trong 15 ngày kể từ ...``) has no due date.
"""

from __future__ import annotations

import calendar
import csv
import datetime
import io
import json
import textwrap
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from vnadmin.cli.terminal import visible
from vnadmin.errors import InvalidValueError
from vnadmin.grammar import format_citation, format_deadline, format_recurrence
from vnadmin.model import (
    Citation,
    DateDeadline,
    Deadline,
    DeadlineBound,
    Instrument,
    PeriodDeadline,
    PeriodUnit,
    Role,
    Task,
)

__all__ = [
    "CSV_COLUMNS",
    "TASK_FORMATS",
    "TaskRow",
    "actors",
    "anchor_date",
    "defuse",
    "describe",
    "due_date",
    "task_rows",
    "to_json_lines",
]


@attrs.frozen(kw_only=True)
class TaskRow:
    """One task with its place in the list: ``id`` is ``1``, ``2.1`` (second task, first
    subtask) or ``c1`` (first closing item); ``parent`` is the id of the task it is under."""

    id: str
    parent: str | None
    task: Task
    due: datetime.date | None


def actors(task: Task) -> dict[Role, list[str]]:
    """The actors of ``task`` by role, roles in the order of :class:`~vnadmin.model.Role`."""
    found: dict[Role, list[str]] = {role: [] for role in Role}
    for assignment in task.assignments:
        found[assignment.role].append(assignment.actor)
    return {role: names for role, names in found.items() if names}


def anchor_date(instrument: Instrument, today: datetime.date) -> datetime.date:
    """Where a deadline without a year starts counting: the instrument's date, its blank
    parts taken as the first day or month, or ``today`` when it has no year."""
    date = instrument.date
    if date is None or date.year is None:
        return today
    return datetime.date(date.year, date.month or 1, date.day or 1)


def due_date(deadline: Deadline | None, anchor: datetime.date) -> datetime.date | None:
    """The last day ``deadline`` allows; ``None`` for no deadline or a relative one."""
    if isinstance(deadline, DateDeadline):
        day, month, year = deadline.date.day, deadline.date.month, deadline.date.year
        assert day is not None  # the model requires the day and the month
        assert month is not None
        early = datetime.timedelta(days=1 if deadline.bound is DeadlineBound.BEFORE else 0)
        return _first(lambda y: datetime.date(y, month, day) - early, year, anchor)
    if isinstance(deadline, PeriodDeadline):
        index = deadline.index or 1
        last_month = {
            PeriodUnit.MONTH: index,
            PeriodUnit.QUARTER: 3 * index,
            PeriodUnit.HALF: 6 * index,
            PeriodUnit.YEAR: 12,
        }[deadline.unit]
        return _first(
            lambda y: datetime.date(y, last_month, calendar.monthrange(y, last_month)[1]),
            deadline.year,
            anchor,
        )
    return None


def _first(
    on: Callable[[int], datetime.date], year: int | None, anchor: datetime.date
) -> datetime.date | None:
    """``on(year)``; without a year, the first ``on(y)`` on or after ``anchor``."""
    if year is not None:
        return on(year)
    for candidate in range(anchor.year, anchor.year + 9):  # 29 February recurs within 8 years
        try:
            due = on(candidate)
        except ValueError:  # 29 February of a common year
            continue
        if due >= anchor:
            return due
    return None  # pragma: no cover - only near year 9999


def task_rows(instrument: Instrument, *, today: datetime.date) -> list[TaskRow]:
    """Every task of ``instrument`` in reading order: tasks, their subtasks, closing items."""
    anchor = anchor_date(instrument, today)
    rows: list[TaskRow] = []
    stack: list[tuple[str, str | None, Task]] = [
        *((str(n), None, task) for n, task in enumerate(instrument.body.tasks, 1)),
        *((f"c{n}", None, task) for n, task in enumerate(instrument.body.closing, 1)),
    ]
    stack.reverse()  # popped from the end: the first task first
    while stack:
        position, parent, task = stack.pop()
        rows.append(
            TaskRow(id=position, parent=parent, task=task, due=due_date(task.deadline, anchor))
        )
        subtasks = [(f"{position}.{n}", position, sub) for n, sub in enumerate(task.subtasks, 1)]
        stack.extend(reversed(subtasks))
    return rows


def describe(instrument: Instrument) -> str:
    """The instrument as it would be cited (``Công văn số 12/UBND-VX ngày 05/12/2024 của ...``),
    or its issuer or reported title when a citation could not identify it."""
    issuer = instrument.issuer.name if instrument.issuer else None
    try:
        return format_citation(
            Citation(
                kind=instrument.kind,
                number=instrument.number,
                date=None
                if instrument.date is None or instrument.date.is_blank
                else instrument.date,
                issuer=issuer,
                subject=_subject(instrument.subject),
            )
        )
    except InvalidValueError:  # no number and no kind: nothing a citation could name
        reported = instrument.reported.title if instrument.reported else None
        return " ".join(part for part in (issuer, reported) if part) or "văn bản"


def _subject(subject: str | None) -> str | None:
    """The subject without its lead word (``V/v``, ``Về``), as citations print it after ``về``."""
    if subject is None:
        return None
    head, _, rest = subject.partition(" ")
    return rest if head.lower() in {"v/v", "về"} and rest else subject


# Output ---------------------------------------------------------------------------------------

_ROLE_COLUMNS = [role.value for role in Role]


def _cells(row: TaskRow) -> dict[str, str]:
    task = row.task
    return {
        "id": row.id,
        "label": task.label or "",
        "text": task.text,
        **{role.value: "; ".join(names) for role, names in actors(task).items()},
        "deadline": format_deadline(task.deadline) if task.deadline else "",
        "due": row.due.isoformat() if row.due else "",
        "recurrence": format_recurrence(task.recurrence) if task.recurrence else "",
    }


CSV_COLUMNS = ["id", "label", "text", *_ROLE_COLUMNS, "deadline", "due", "recurrence"]
"""The columns of ``tasks --format csv``; a stream of several inputs puts ``source`` first."""

_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def defuse(cell: str) -> str:
    """A CSV cell a spreadsheet will not run: one that starts like a formula (``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return) is prefixed with ``'``, as OWASP recommends
    against CSV injection.  JSON keeps the text as it is."""
    return f"'{cell}" if cell.startswith(_FORMULA) else cell


def to_csv(
    instrument: Instrument, rows: list[TaskRow], *, source: str | None = None, header: bool = True
) -> str:
    """One CSV record per task (RFC 4180); several actors of one role are joined by ``; ``.
    With ``source``, a first column names the input (a stream of several inputs)."""
    columns = CSV_COLUMNS if source is None else ["source", *CSV_COLUMNS]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, restval="")
    if header:
        writer.writeheader()
    for row in rows:
        cells = _cells(row) if source is None else {"source": source, **_cells(row)}
        writer.writerow({name: defuse(value) for name, value in cells.items()})
    return out.getvalue()


def _task_json(row: TaskRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "parent": row.parent,
        "label": row.task.label,
        "text": row.task.text,
        "actors": {role.value: names for role, names in actors(row.task).items()},
        "deadline": format_deadline(row.task.deadline) if row.task.deadline else None,
        "due": row.due.isoformat() if row.due else None,
        "recurrence": row.task.recurrence.value if row.task.recurrence else None,
    }


def to_json_lines(instrument: Instrument, rows: list[TaskRow], *, source: str) -> str:
    """One JSON object per task and line (JSON Lines), each with its ``source`` (the input)
    and ``instrument`` (as cited), then the fields of ``json``'s tasks."""
    cited = describe(instrument)
    return "".join(
        json.dumps({"source": source, "instrument": cited, **_task_json(row)}, ensure_ascii=False)
        + "\n"
        for row in rows
    )


def to_json(instrument: Instrument, rows: list[TaskRow]) -> str:
    """``{"instrument": ..., "tasks": [...]}``; recurrences by their model value (``yearly``)."""
    tasks = [_task_json(row) for row in rows]
    document = {"instrument": describe(instrument), "tasks": tasks}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


_WIDTHS = {"#": 4, "task": 40, "actors": 28, "when": 20}
_TEXT_LINES = 3


def to_table(instrument: Instrument, rows: list[TaskRow]) -> str:
    """A table for the terminal: task text cut to three lines (CSV and JSON keep it whole),
    control characters shown as escapes (:func:`~vnadmin.cli.terminal.visible`)."""
    lines = [describe(instrument), ""]
    lines.extend(_table_lines({column: [column] for column in _WIDTHS}))
    lines.append("  ".join("-" * width for width in _WIDTHS.values()))
    for row in rows:
        task = row.task
        width = _WIDTHS["task"]
        text = textwrap.wrap(f"{task.label} {task.text}" if task.label else task.text, width)
        if len(text) > _TEXT_LINES:
            last = textwrap.shorten(" ".join(text[_TEXT_LINES - 1 :]), width, placeholder=" …")
            text = [*text[: _TEXT_LINES - 1], last]
        when = [format_deadline(task.deadline)] if task.deadline else []
        if row.due:
            when.append(f"(due {row.due.isoformat()})")
        if task.recurrence:
            when.append(format_recurrence(task.recurrence))
        cells = {
            "#": [row.id],
            "task": text,
            "actors": [
                line
                for role, names in actors(task).items()
                for line in textwrap.wrap(
                    f"{role.value}: {'; '.join(names)}", _WIDTHS["actors"], subsequent_indent="  "
                )
            ],
            "when": [line for phrase in when for line in textwrap.wrap(phrase, _WIDTHS["when"])],
        }
        lines.extend(_table_lines(cells))
    lines.append(f"{len(rows)} task{'s' if len(rows) != 1 else ''}")
    return visible("\n".join(lines) + "\n")


def _table_lines(cells: dict[str, list[str]]) -> Iterator[str]:
    height = max(len(lines) for lines in cells.values())
    for index in range(height):
        parts = [
            (lines[index] if index < len(lines) else "").ljust(_WIDTHS[column])
            for column, lines in cells.items()
        ]
        yield "  ".join(parts).rstrip()


TASK_FORMATS: dict[str, Callable[[Instrument, list[TaskRow]], str]] = {
    "table": to_table,
    "csv": to_csv,
    "json": to_json,
}
"""The text forms of a task list; ``ics`` is :func:`vnadmin.cli.ics.to_ics`."""
