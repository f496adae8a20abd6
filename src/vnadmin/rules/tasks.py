"""Task rules: deadlines that fit the instrument, and report-to tasks that say by when.

No regulation spells these out; they are the consistency any reader of a task list expects,
and the source column says so.  A date before the issue is a deadline gone wrong only where
the words set a time to act by: not a date in a quoted article, nor the bound of a past
fact, a state or a condition (``đã sử dụng ổn định trước ngày 01/7/2004``, ``đang sử dụng
đất ... trước ngày 01/7/2014``, ``Trường hợp ... nhận được trước ngày ...``) or of a period
(``từ ngày ... đến trước ngày ...``), nor the date a figure stands at (``tính đến hết ngày
...``) or a period named bare (``sơ kết 6 tháng đầu năm``), which VN-TASK-001 leaves alone.
A report asked for without a date is often no gap: the regulation sets the date (``theo quy định``), the report recurs (``định kỳ hằng quý``),
answers an event (``trường hợp vướng mắc, kịp thời báo cáo``), is a standing duty
(``thường xuyên``), or the date is stated once for several tasks (the parent task, another
article, the closing); VN-TASK-002 reads the task in that context.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator

from vnadmin.grammar.deadlines import DEADLINE, RECURRENCE, sets_a_time
from vnadmin.model import DateDeadline, Deadline, PeriodDeadline, PeriodUnit, Regime, Role, Task
from vnadmin.rules.dates import earliest, latest
from vnadmin.rules.kinds import consolidated
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES", "deadline_end", "walk_tasks"]

_MONTHS_IN = {PeriodUnit.MONTH: 1, PeriodUnit.QUARTER: 3, PeriodUnit.HALF: 6}

_WORD = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
_DATED_ELSEWHERE = re.compile(
    _WORD.format(
        "|".join(
            (
                r"theo\s+(?:đúng\s+)?(?:quy\s+định|quy\s+chế|hướng\s+dẫn|yêu\s+cầu)",
                r"định\s+kỳ|(?:từng|mỗi|các)\s+đợt",
                r"(?:trước|sau)\s+\d{1,3}\s+(?:ngày|tuần|tháng)",
                r"thường\s+xuyên|thường\s+kỳ|liên\s+tục",
                r"nếu|trường\s+hợp|khi\s+có|khi\s+cần|phát\s+sinh|kịp\s+thời",
                r"vướng\s+mắc|khó\s+khăn|vượt\s+thẩm\s+quyền",
            )
        )
    ),
    re.IGNORECASE,
)
"""Words that put a report's date outside the task or state it relative to an event: the
regulation (``theo quy định``), a period (``định kỳ``, ``từng đợt``), ``trước 15 ngày``
before an event, a standing duty (``thường xuyên``), an event (``trường hợp``, ``kịp
thời``, ``phát sinh vướng mắc``)."""
_REPORT = re.compile(_WORD.format(r"báo\s+cáo"), re.IGNORECASE)


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


_BOUND_OPENING = re.compile(r"trước|chậm|không|vào|trong|đến|sau|ngay", re.IGNORECASE)
"""How a phrase that sets a time opens; a period named bare (``sơ kết công tác 6 tháng đầu
năm 2025``, ``kết quả quý III/2025``) is what a report covers, not when it is due."""


def _a_time_to_act(task: Task, end: datetime.date) -> bool:
    """Whether the date phrase of the task's words that names ``end``'s year (any, when none
    does) is a time to act by: opened by a bound (``trước``, ``trong``, ``chậm nhất``) and
    set as one by its words (:func:`~vnadmin.grammar.deadlines.sets_a_time`, which the
    reader follows too).  A deadline the words do not show (a table's column) is taken as
    one."""
    phrases = list(DEADLINE.finditer(task.text))
    found = [m for m in phrases if str(end.year) in m.group()] or phrases
    for match in found:
        if _BOUND_OPENING.match(match.group()) and sets_a_time(task.text, match.start(), past=True):
            return True
    return not found


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
    regimes={Regime.STATE, Regime.PARTY},
    source="consistency (no regulation): a deadline cannot fall before the issue",
    summary="No task deadline (thời hạn) falls before the date of issue (not in legal normative"
    " or consolidated texts, whose provisions bound past facts by dates)",
    needs=("body", "date"),
)
def deadline_before_issue(context: Context) -> Iterator[Finding]:
    """A legal normative text's provisions bound facts by past dates as its transitional
    rules do (``hợp đồng được ký kết trước ngày 01/7/2024``, ``người hoạt động cách mạng
    trước ngày 01/01/1945``): what it sets to do by a date is not told from them by words,
    so the rule reads the directives, plans and letters of the state and Party regimes."""
    if consolidated(context.instrument):
        return
    date = context.instrument.date
    issued = None if date is None else earliest(date)
    if issued is None:
        return
    for path, task in _all_tasks(context):
        end = None if task.deadline is None else deadline_end(task.deadline)
        if end is not None and end < issued and _a_time_to_act(task, end):
            yield Finding(
                f"{path}.deadline",
                f"the deadline (thời hạn) ends {end.isoformat()}, before the document is issued"
                f" ({issued.isoformat()})",
            )


def _dated(task: Task) -> bool:
    """Whether ``task`` states a date or a period, in the model or in its words."""
    return task.deadline is not None or DEADLINE.search(task.text) is not None


def _dated_in_context(task: Task) -> bool:
    """Whether the task's own words put its date elsewhere or make it recur."""
    return (
        task.recurrence is not None
        or RECURRENCE.search(task.text) is not None
        or _DATED_ELSEWHERE.search(task.text) is not None
    )


def _tasks_with_ancestors(
    tasks: tuple[Task, ...], path: str
) -> Iterator[tuple[str, Task, tuple[Task, ...]]]:
    """Each task with its path and the tasks above it, depth first."""
    stack: list[tuple[str, Task, tuple[Task, ...]]] = [
        (f"{path}[{index}]", task, ()) for index, task in reversed(list(enumerate(tasks)))
    ]
    while stack:
        here, task, above = stack.pop()
        yield here, task, above
        stack.extend(
            (f"{here}.subtasks[{index}]", child, (*above, task))
            for index, child in reversed(list(enumerate(task.subtasks)))
        )


@rule(
    "VN-TASK-002",
    Severity.INFO,
    source="consistency (no regulation): a report is due by a date",
    summary="A task that asks for a report (báo cáo ... gửi) says by when, unless its context"
    " does: theo quy định, a recurrence, an event (trường hợp, kịp thời), a standing duty"
    " (thường xuyên), or a reporting date stated by its parent, another article or the closing",
    needs=("body",),
)
def report_without_deadline(context: Context) -> Iterator[Finding]:
    body = context.instrument.body
    reporting_dated: bool | None = None  # worked out once, if a task needs it
    for root, tasks in (("body.tasks", body.tasks), ("body.closing", body.closing)):
        for path, task, above in _tasks_with_ancestors(tasks, root):
            reports_to = [a.actor for a in task.assignments if a.role is Role.REPORT_TO]
            if not reports_to or _dated(task) or _dated_in_context(task):
                continue
            if any(map(_dated, above)) or any(map(_dated, task.walk())):
                continue
            if reporting_dated is None:
                reporting_dated = any(
                    _dated(t) and _REPORT.search(t.text) for t in body.all_tasks()
                )
            if reporting_dated:
                return  # the reporting date is stated once, in another task or the closing
            yield Finding(
                f"{path}.deadline",
                f"the task asks for a report to {reports_to[0]} (báo cáo) without a deadline,"
                " and nothing around it gives one",
            )


RULES: tuple[Rule, ...] = (deadline_before_issue, report_without_deadline)
