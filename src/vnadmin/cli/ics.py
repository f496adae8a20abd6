"""A task list as an iCalendar stream (RFC 5545): one VTODO per task, so deadlines land in a
calendar.

Each VTODO has a UID that stays the same when the same instrument is exported again (a hash
of what identifies the instrument, then the task's id), so a calendar updates its to-dos
instead of duplicating them; DTSTAMP is the export time (``SOURCE_DATE_EPOCH`` when set, for
reproducible output).  SUMMARY is the task's label and the start of its text, DESCRIPTION
the whole text, the actors by role (chủ trì, phối hợp, ...), the deadline as printed and the
instrument.  DUE is the deadline's due date (see :mod:`vnadmin.cli.tasklist`) as a DATE; a
recurring task with a due date gets an RRULE and, as RFC 5545 requires, a DTSTART (its due
date).  A subtask is RELATED-TO its parent.  Lines end in CRLF and are folded at 75 octets.
"""

from __future__ import annotations

import datetime
import hashlib
import textwrap
from collections.abc import Iterator

from vnadmin import __version__
from vnadmin.cli.tasklist import TaskRow, actors, describe
from vnadmin.grammar import format_deadline, format_recurrence
from vnadmin.model import Frequency, Instrument, Role

__all__ = ["escape", "fold", "to_ics"]

_RRULE = {
    Frequency.DAILY: "FREQ=DAILY",
    Frequency.WEEKLY: "FREQ=WEEKLY",
    Frequency.MONTHLY: "FREQ=MONTHLY",
    Frequency.QUARTERLY: "FREQ=MONTHLY;INTERVAL=3",
    Frequency.HALF_YEARLY: "FREQ=MONTHLY;INTERVAL=6",
    Frequency.YEARLY: "FREQ=YEARLY",
}
_ROLE_WORDS = {
    Role.LEAD: "Chủ trì",
    Role.COOPERATE: "Phối hợp",
    Role.EXECUTE: "Thực hiện",
    Role.ADVISE: "Tham mưu",
    Role.REPORT_TO: "Báo cáo gửi",
}
_SUMMARY_WIDTH = 80


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for plain, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(plain, escaped)
    return text


def fold(line: str) -> str:
    """``line`` folded into lines of at most 75 octets (RFC 5545 3.1), never inside a
    character; each continuation line starts with one space, which counts."""
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, 75
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, 74
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _uid_stem(instrument: Instrument) -> str:
    """A hash of what identifies the instrument: how it is cited, and its subject."""
    identity = f"{describe(instrument)}\n{instrument.subject or ''}"
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:20]


def _summary(row: TaskRow) -> str:
    text = f"{row.task.label} {row.task.text}" if row.task.label else row.task.text
    return textwrap.shorten(text, _SUMMARY_WIDTH, placeholder=" …")


def _description(row: TaskRow, source: str) -> str:
    task = row.task
    lines = [task.text, ""]
    lines.extend(f"{_ROLE_WORDS[role]}: {'; '.join(names)}" for role, names in actors(task).items())
    if task.deadline is not None:
        lines.append(f"Thời hạn: {format_deadline(task.deadline)}")
    if task.recurrence is not None:
        lines.append(f"Định kỳ: {format_recurrence(task.recurrence)}")
    lines.append(f"Văn bản: {source}")
    return "\n".join(lines)


def _todo(row: TaskRow, *, stem: str, stamp: str, source: str) -> Iterator[str]:
    yield "BEGIN:VTODO"
    yield f"UID:{stem}-{row.id}@vnadmin"
    yield f"DTSTAMP:{stamp}"
    yield f"SUMMARY:{escape(_summary(row))}"
    yield f"DESCRIPTION:{escape(_description(row, source))}"
    if row.due is not None:
        due = row.due.strftime("%Y%m%d")
        if row.task.recurrence is not None:
            yield f"DTSTART;VALUE=DATE:{due}"
        yield f"DUE;VALUE=DATE:{due}"
        if row.task.recurrence is not None:
            yield f"RRULE:{_RRULE[row.task.recurrence]}"
    if row.parent is not None:
        yield f"RELATED-TO:{stem}-{row.parent}@vnadmin"
    yield "STATUS:NEEDS-ACTION"
    yield "END:VTODO"


def to_ics(instrument: Instrument, rows: list[TaskRow], *, now: datetime.datetime) -> str:
    """The VCALENDAR of ``rows`` (from :func:`~vnadmin.cli.tasklist.task_rows`), stamped
    ``now`` (an aware datetime)."""
    stamp = now.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    stem, source = _uid_stem(instrument), describe(instrument)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//vnadmin//vnadmin {__version__}//VI",
        "CALSCALE:GREGORIAN",
    ]
    for row in rows:
        lines.extend(_todo(row, stem=stem, stamp=stamp, source=source))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)
