"""Task lists: the operative part of a directive, with who acts, by when and how often."""

from __future__ import annotations

import enum
from typing import Union

import attrs

from vnadmin.model._construct import checked
from vnadmin.model._fields import (
    TupleOf,
    fail,
    in_range,
    inline,
    is_a,
    is_text,
    items,
    to_optional_text,
    to_text,
    to_texts,
)
from vnadmin.model.citations import Citation
from vnadmin.model.dates import PartialDate
from vnadmin.model.numbering import MAX_YEAR, MIN_YEAR

__all__ = [
    "Assignment",
    "DateDeadline",
    "Deadline",
    "DeadlineBound",
    "Frequency",
    "PeriodDeadline",
    "PeriodUnit",
    "RelativeDeadline",
    "Role",
    "Task",
]


class Role(enum.Enum):
    """What an actor does in a task."""

    LEAD = "lead"  # chủ trì
    COOPERATE = "cooperate"  # phối hợp
    EXECUTE = "execute"  # thực hiện (the addressees when no one is named)
    ADVISE = "advise"  # tham mưu
    REPORT_TO = "report_to"  # báo cáo ... gửi <actor>


@checked
@attrs.frozen(kw_only=True)
class Assignment:
    """An actor and its role: ``Ban Dân vận Tỉnh ủy`` leads, ``Sở Nội vụ`` receives reports."""

    role: Role = attrs.field(validator=is_a(Role))
    actor: str = attrs.field(converter=to_text, validator=is_text())


class DeadlineBound(enum.Enum):
    """How a deadline date binds."""

    BEFORE = "before"  # trước ngày
    NO_LATER_THAN = "no_later_than"  # chậm nhất ngày, trước hoặc trong ngày
    ON = "on"  # vào ngày, ngày


@checked
@attrs.frozen(kw_only=True)
class DateDeadline:
    """A deadline on a date, possibly partial: ``trước ngày 05/12`` is every 5 December."""

    bound: DeadlineBound = attrs.field(validator=is_a(DeadlineBound))
    date: PartialDate = attrs.field(validator=is_a(PartialDate))

    @date.validator
    def _check_date(self, attribute: attrs.Attribute[PartialDate], value: PartialDate) -> None:
        if value.day is None or value.month is None:
            fail(self, attribute, "a deadline date gives at least the day and the month")


class PeriodUnit(enum.Enum):
    """Calendar periods a deadline can name."""

    MONTH = "month"  # trong tháng 6/2024
    QUARTER = "quarter"  # trong quý II/2024
    HALF = "half"  # 6 tháng đầu năm 2024
    YEAR = "year"  # trong năm 2024


_PERIOD_INDEX = {PeriodUnit.MONTH: 12, PeriodUnit.QUARTER: 4, PeriodUnit.HALF: 2}


@checked
@attrs.frozen(kw_only=True)
class PeriodDeadline:
    """A deadline that is a whole period: ``trong quý II/2024`` (quarter 2 of 2024)."""

    unit: PeriodUnit = attrs.field(validator=is_a(PeriodUnit))
    index: int | None = attrs.field(default=None, validator=in_range(1, 12, optional=True))
    year: int | None = attrs.field(
        default=None, validator=in_range(MIN_YEAR, MAX_YEAR, optional=True, what="a 4-digit year")
    )

    def __attrs_post_init__(self) -> None:
        if self.unit is PeriodUnit.YEAR:
            if self.index is not None:
                fail(self, attrs.fields(PeriodDeadline).index, "a year has no index")
            if self.year is None:
                fail(self, attrs.fields(PeriodDeadline).year, "a year deadline names its year")
            return
        top = _PERIOD_INDEX[self.unit]
        if self.index is None or not 1 <= self.index <= top:
            field = attrs.fields(PeriodDeadline).index
            fail(self, field, f"{self.index} is not a {self.unit.value} (1..{top})")


@checked
@attrs.frozen(kw_only=True)
class RelativeDeadline:
    """A deadline stated relative to an event, kept as its phrase (``trong 15 ngày kể từ ...``)."""

    text: str = attrs.field(converter=to_text, validator=is_text())


Deadline = Union[DateDeadline, PeriodDeadline, RelativeDeadline]  # noqa: UP007 - runtime alias
_DEADLINES = (DateDeadline, PeriodDeadline, RelativeDeadline)


class Frequency(enum.Enum):
    """How often a task recurs (``định kỳ hằng năm`` is yearly)."""

    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    HALF_YEARLY = "half_yearly"
    YEARLY = "yearly"


@inline("({v}.__class__ is tuple and not {v})")  # a task without subtasks costs no call
def _are_subtasks(
    instance: Task, attribute: attrs.Attribute[tuple[Task, ...]], value: object
) -> None:
    _are_tasks(instance, attribute, value)


@checked
@attrs.frozen(kw_only=True)
class Task:
    """One item of a task list, with its subtasks.

    ``label`` is the ordinal as printed (``1.``, ``a)``, ``I.``, ``Điều 3.``, ``-``), ``None``
    for unlabelled tasks (closing assignments, tasks read from a news report).
    ``attachment_notes`` are phrases such as ``có đề cương đính kèm``.
    """

    label: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    text: str = attrs.field(converter=to_text, validator=is_text(multiline=True))
    subtasks: tuple[Task, ...] = attrs.field(
        default=(), converter=TupleOf["Task"], validator=_are_subtasks
    )
    assignments: tuple[Assignment, ...] = attrs.field(
        default=(), converter=TupleOf[Assignment], validator=items(Assignment)
    )
    deadline: Deadline | None = attrs.field(default=None, validator=is_a(_DEADLINES, optional=True))
    recurrence: Frequency | None = attrs.field(
        default=None, validator=is_a(Frequency, optional=True)
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), converter=TupleOf[Citation], validator=items(Citation)
    )
    attachment_notes: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=is_text())
    )

    def walk(self) -> tuple[Task, ...]:
        """This task and all its descendants, depth first."""
        found: list[Task] = []
        stack: list[Task] = [self]
        while stack:
            task = stack.pop()
            found.append(task)
            stack.extend(reversed(task.subtasks))
        return tuple(found)


_are_tasks = items(Task)  # made once Task exists, for Task's own subtasks validator
