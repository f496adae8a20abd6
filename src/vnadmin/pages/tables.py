"""Task tables on a page: one task per row, its lead, cooperating units and deadline from
the columns.

Plans print their tasks as a table (``STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp
| Thời gian hoàn thành``).  A table is a task table when its heading row names a content
column and a column that says who or when.  Its rows reach the text reader as labelled
paragraphs (``1. Tổ chức quán triệt ...``), so the task tree and the meaning of each task's
sentence are read as for any list; then :func:`with_columns` adds what only the columns
say: the actors (``split_actors``) in their roles and the deadline or recurrence (the
deadline grammar, a cell such as ``Quý II/2024``, ``Tháng 6/2024`` or ``15/12/2024``
read as the phrase it abbreviates).

The text reader does not read tables yet; when it does (from rows of cells), the rows go
to it as they are and this module goes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.deadlines import parse_deadline, parse_recurrence
from vnadmin.model import Assignment, Body, Deadline, Frequency, Instrument, Role, Task
from vnadmin.normalize import fold
from vnadmin.pages.blocks import Cell, Para, Table
from vnadmin.text.semantics import split_actors

__all__ = ["TaskRow", "row_line", "task_rows", "with_columns"]

_COLUMNS = (
    ("number", re.compile(r"^(?:stt|tt|so tt|so thu tu)$")),
    ("lead", re.compile(r"chu tri")),
    ("cooperate", re.compile(r"phoi hop")),
    ("execute", re.compile(r"thuc hien|trach nhiem")),
    ("deadline", re.compile(r"thoi gian|thoi han|hoan thanh|tien do")),
    ("content", re.compile(r"noi dung|nhiem vu|cong viec|giai phap|hoat dong")),
)
"""What a heading cell (folded) says its column holds, tried in this order."""
_ROLES = {"lead": Role.LEAD, "cooperate": Role.COOPERATE, "execute": Role.EXECUTE}
_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,7}|[a-zđ])[.)]?", re.IGNORECASE)
_DEADLINE_LEADS = ("", "trong ", "vào ngày ")


@attrs.frozen
class TaskRow:
    """A row of a task table: its label (``1.``, ``I.``), content, the columns' actors by
    role, and the deadline cell."""

    label: str | None
    content: str
    actors: tuple[tuple[Role, str], ...]
    deadline: str | None
    where: str


def _text(cell: Cell) -> str:
    return " ".join(" ".join(b.text for b in cell.blocks if isinstance(b, Para)).split())


def _columns(heading: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, text in enumerate(heading):
        key = fold(text).strip(" .:")
        for name, pattern in _COLUMNS:
            if name not in found and pattern.search(key):
                found[name] = index
                break
    return found


def task_rows(table: Table) -> list[TaskRow] | None:
    """The rows of ``table`` if it is a task table (its first row names a content column
    and one of lead, cooperating units, executors or deadline), else ``None``."""
    if len(table.rows) < 2:
        return None
    columns = _columns([_text(cell) for cell in table.rows[0]])
    if "content" not in columns or not set(columns) & {"lead", "cooperate", "execute", "deadline"}:
        return None
    rows: list[TaskRow] = []
    for index, row in enumerate(table.rows[1:], 2):
        cells = [_text(cell) for cell in row]
        value = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        if not any(value.values()):
            continue
        number = _NUMBER.fullmatch(value.get("number", ""))
        if number is None and rows and not value.get("number"):
            rows[-1] = _continued(rows[-1], value)  # a cell wrapped onto the next row
            continue
        label = f"{number.group(1)}." if number is not None else None
        actors = tuple(
            (_ROLES[name], actor)
            for name in ("lead", "cooperate", "execute")
            for actor in split_actors(value.get(name, ""))
        )
        rows.append(
            TaskRow(
                label=label,
                content=value["content"],
                actors=actors,
                deadline=value.get("deadline") or None,
                where=f"{table.where}, row {index}",
            )
        )
    return rows or None


def _continued(row: TaskRow, value: dict[str, str]) -> TaskRow:
    more = " ".join(filter(None, (row.content, value.get("content", ""))))
    return attrs.evolve(row, content=more)


def row_line(row: TaskRow) -> str:
    """The row as the labelled paragraph the text reader reads."""
    return f"{row.label} {row.content}" if row.label else row.content


def _deadline(cell: str) -> Deadline | Frequency | None:
    """The deadline or recurrence a deadline cell says, the phrase it abbreviates read
    (``Tháng 6/2024`` as ``trong tháng 6/2024``); ``None`` when it says neither."""
    for lead in _DEADLINE_LEADS:
        try:
            return parse_deadline(lead + cell[:1].lower() + cell[1:] if lead else cell)
        except GrammarError:
            continue
    try:
        return parse_recurrence(cell)
    except GrammarError:
        return None


def with_columns(instrument: Instrument, rows: Sequence[TaskRow]) -> tuple[Instrument, list[str]]:
    """``instrument`` with the columns of ``rows`` added to the tasks read from them, and
    remarks on the cells that said no deadline (``Thường xuyên``)."""
    if not rows:
        return instrument, []
    remarks: list[str] = []
    wanted = {(row.label, " ".join(row.content.split())): row for row in rows}

    def mended(task: Task) -> Task:
        subtasks = tuple(mended(t) for t in task.subtasks)
        row = wanted.get((task.label, " ".join(task.text.split())))
        if row is None:
            return attrs.evolve(task, subtasks=subtasks) if subtasks != task.subtasks else task
        extra = [
            Assignment(role=role, actor=actor)
            for role, actor in row.actors
            if Assignment(role=role, actor=actor) not in task.assignments
        ]
        changes: dict[str, object] = {
            "subtasks": subtasks,
            "assignments": (*task.assignments, *extra),
        }
        if row.deadline is not None:
            found = _deadline(row.deadline)
            if isinstance(found, Frequency):
                changes["recurrence"] = found
            elif found is not None:
                changes["deadline"] = found
            else:
                remarks.append(f"{row.where}: the deadline cell {row.deadline!r} names no date")
        return attrs.evolve(task, **changes)  # type: ignore[arg-type]

    body = instrument.body
    new_body = Body(
        preamble=body.preamble,
        background=body.background,
        tasks=[mended(t) for t in body.tasks],
        closing=[mended(t) for t in body.closing],
    )
    return attrs.evolve(instrument, body=new_body), remarks
