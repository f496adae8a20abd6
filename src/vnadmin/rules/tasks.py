"""Task rules: deadlines that fit the instrument, and report-to tasks that say by when.

No regulation spells these out; they are the consistency any reader of a task list expects,
and the source column says so.
"""

from __future__ import annotations

import calendar
import datetime
from collections.abc import Iterator

from vnadmin.model import DateDeadline, Deadline, PeriodDeadline, PeriodUnit, Role, Task
from vnadmin.rules.dates import earliest, latest
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES", "deadline_end", "walk_tasks"]

_MONTHS_IN = {PeriodUnit.MONTH: 1, PeriodUnit.QUARTER: 3, PeriodUnit.HALF: 6}


def walk_tasks(tasks: tuple[Task, ...], path: str) -> Iterator[tuple[str, Task]]:
    """Each task with its field path (``body.tasks[2].subtasks[0]``), depth first.

    Iterative, like :meth:`Task.walk`, so a deep tree cannot exhaust the stack."""
    stack = [(f"{path}[{index}]", task) for index, task in reversed(list(enumerate(tasks)))]
    while stack:
        here, task = stack.pop()
        yield here, task
        stack.extend(
            (f"{here}.subtasks[{index}]", child)
            for index, child in reversed(list(enumerate(task.subtasks)))
        )


def deadline_end(deadline: Deadline) -> datetime.date | None:
    """The last day a deadline allows, when it names a year; ``None`` otherwise."""
    if isinstance(deadline, DateDeadline):
        return latest(deadline.date)
    if isinstance(deadline, PeriodDeadline) and deadline.year is not None:
        if deadline.unit is PeriodUnit.YEAR or deadline.index is None:
            return datetime.date(deadline.year, 12, 31)
        month = deadline.index * _MONTHS_IN[deadline.unit]
        return datetime.date(deadline.year, month, calendar.monthrange(deadline.year, month)[1])
    return None


def _all_tasks(context: Context) -> Iterator[tuple[str, Task]]:
    body = context.instrument.body
    yield from walk_tasks(body.tasks, "body.tasks")
    yield from walk_tasks(body.closing, "body.closing")


@rule(
    "VN-TASK-001",
    Severity.WARNING,
    source="consistency (no regulation): a deadline cannot fall before the issue",
    summary="No task deadline (thời hạn) falls before the date of issue",
)
def deadline_before_issue(context: Context) -> Iterator[Finding]:
    date = context.instrument.date
    issued = None if date is None else earliest(date)
    if issued is None:
        return
    for path, task in _all_tasks(context):
        end = None if task.deadline is None else deadline_end(task.deadline)
        if end is not None and end < issued:
            yield Finding(
                f"{path}.deadline",
                f"the deadline (thời hạn) ends {end.isoformat()}, before the document is issued"
                f" ({issued.isoformat()})",
            )


@rule(
    "VN-TASK-002",
    Severity.INFO,
    source="consistency (no regulation): a report is due by a date",
    summary="A task that asks for a report (báo cáo ... gửi) says by when",
)
def report_without_deadline(context: Context) -> Iterator[Finding]:
    for path, task in _all_tasks(context):
        reports_to = [a.actor for a in task.assignments if a.role is Role.REPORT_TO]
        if reports_to and task.deadline is None:
            yield Finding(
                f"{path}.deadline",
                f"the task asks for a report to {reports_to[0]} (báo cáo) without a deadline",
            )


RULES: tuple[Rule, ...] = (deadline_before_issue, report_without_deadline)
