"""Fields of a task printed by name: who leads, who cooperates, by when.

Plans print them as labelled lines under a task (``a) Cơ quan chủ trì: Sở Nội vụ;``,
``b) Cơ quan phối hợp: các sở, ngành;``, ``c) Thời gian thực hiện: Quý II/2025``) or as
the columns of a task table (``STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp |
Thời gian hoàn thành``).  One vocabulary names both: :func:`field_of` tells what a
column heading or a field name holds, :func:`read_fields` reads the fields printed in a
task's text, and :func:`assign` turns a field's value into assignments, a deadline or a
recurrence (the deadline by the grammar's :func:`~vnadmin.grammar.deadlines.parse_deadline_cell`).
"""

from __future__ import annotations

import enum
import re

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.deadlines import RECURRENCE, parse_deadline_cell
from vnadmin.model import Deadline, Frequency, RelativeDeadline, Role
from vnadmin.normalize import fold
from vnadmin.text.fuzzy import allowed_edits, distance, letters
from vnadmin.text.semantics import split_actors
from vnadmin.text.vocabulary import VERBS

__all__ = [
    "Field",
    "TaskFields",
    "assign",
    "field_of",
    "only_fields",
    "read_fields",
    "repaired_field",
]


class Field(enum.Enum):
    """What a field or column holds."""

    NUMBER = "number"  # STT
    CONTENT = "content"  # Nội dung
    LEAD = "lead"  # Cơ quan chủ trì
    COOPERATE = "cooperate"  # Cơ quan phối hợp
    LEAD_AND_COOPERATE = "lead_and_cooperate"  # Đơn vị chủ trì/phối hợp: the first leads
    WHEN = "when"  # Thời gian hoàn thành
    OTHER = "other"  # Sản phẩm, Ghi chú, ...


_BODIES = (
    "cơ quan",
    "đơn vị",
    "bộ phận",
    "cơ quan, đơn vị",
    "cơ quan/đơn vị",
    "cơ quan, đơn vị,",
    "đơn vị/cá nhân",
    "đơn vị, cá nhân",
    "cá nhân",
    "sở, ngành",
    "sở, ban, ngành",
)
_LEADS = (
    "chủ trì",
    "thực hiện",
    "đầu mối",
    "chủ trì thực hiện",
    "thực hiện chính",
    "chủ trì tham mưu",
    "chủ trì, tham mưu",
    "chủ trì tham mưu thực hiện",
    "tham mưu",
)
_COOPERATES = ("phối hợp", "phối hợp thực hiện")
_BOTH = ("chủ trì/phối hợp", "chủ trì, phối hợp", "chủ trì - phối hợp", "chủ trì và phối hợp")
_WHENS = (
    "thời gian thực hiện",
    "thời gian dự kiến",
    "thời gian hoàn thành",
    "thời hạn hoàn thành",
    "thời hạn thực hiện",
    "thời hạn",
    "thời điểm hoàn thành",
    "tiến độ thực hiện",
    "tiến độ hoàn thành",
    "tiến độ",
    "thời hạn ban hành",
    "thời hạn trình",
    "thời hạn trình ban hành",
    "thời hạn báo cáo",
    "thời hạn nộp",
    "thời gian trình",
    "thời gian ban hành",
    "thời gian báo cáo",
)
"""Names that say when (``Thời gian:`` alone is the time of a meeting, not a deadline)."""
_CONTENTS = ("nội dung thực hiện", "nội dung công việc", "nội dung nhiệm vụ")
"""Names of the field that says what is to be done, printed among the others (``- Nội
dung thực hiện: ...`` / ``- Cơ quan chủ trì: ...``): its value is the task's own text."""


def _names() -> dict[str, Field]:
    names: dict[str, Field] = {}
    for body in _BODIES:
        for lead in _LEADS:
            names[f"{body} {lead}"] = Field.LEAD
        for cooperate in _COOPERATES:
            names[f"{body} {cooperate}"] = Field.COOPERATE
        for both in _BOTH:
            names[f"{body} {both}"] = Field.LEAD_AND_COOPERATE
    names.update(
        dict.fromkeys(("chủ trì", "chủ trì thực hiện", "đơn vị chủ trì thực hiện"), Field.LEAD)
    )
    names.update(dict.fromkeys(_BOTH, Field.LEAD_AND_COOPERATE))
    names["phối hợp"] = Field.COOPERATE
    names.update(dict.fromkeys(_WHENS, Field.WHEN))
    names.update(dict.fromkeys(_CONTENTS, Field.CONTENT))
    return names


_PRINTED = _names()
"""Field names as printed (lower case), in the lines of a task."""
_FOLDED = {fold(name): field for name, field in _PRINTED.items()}
_COLUMNS = {
    "stt": Field.NUMBER,
    "tt": Field.NUMBER,
    "so tt": Field.NUMBER,
    "noi dung": Field.CONTENT,
    "noi dung cong viec": Field.CONTENT,
    "noi dung cong viec thuc hien": Field.CONTENT,
    "noi dung nhiem vu": Field.CONTENT,
    "nhiem vu": Field.CONTENT,
    "ten nhiem vu": Field.CONTENT,
    "cong viec": Field.CONTENT,
    "nhiem vu, giai phap": Field.CONTENT,
    "hoat dong": Field.CONTENT,
    "noi dung thuc hien": Field.CONTENT,
    "noi dung cong tac": Field.CONTENT,
    "chi tieu": Field.CONTENT,
    "thoi gian": Field.WHEN,
    "ngay": Field.WHEN,  # a timetable's day: STT | Ngày | Công việc
    # a column of who does it, persons or units: the first named leads, the others help
    "nguoi thuc hien": Field.LEAD_AND_COOPERATE,
    "thuc hien": Field.LEAD_AND_COOPERATE,
    "phu trach": Field.LEAD_AND_COOPERATE,
    "nguoi phu trach": Field.LEAD_AND_COOPERATE,
    "san pham": Field.OTHER,
    "san pham du kien": Field.OTHER,
    "san pham dau ra": Field.OTHER,
    "ket qua du kien": Field.OTHER,
    "ket qua": Field.OTHER,
    "ghi chu": Field.OTHER,
    "kinh phi": Field.OTHER,
    "nguon kinh phi": Field.OTHER,
}
"""Column headings beyond the field names (folded): a table's number and content."""
_FIELD_LINE = re.compile(
    r"(?<![^\W\d_])(?P<name>"
    + "|".join(re.escape(name) for name in sorted(_PRINTED, key=len, reverse=True))
    + r")[ \t]*:[ \t]*",
    re.IGNORECASE,
)
_LONGEST_NAME = max(map(len, _PRINTED))
_FIELD_WORDS = (
    "chủ trì",
    "phối hợp",
    "thực hiện",
    "hoàn thành",
    "thời hạn",
    "tiến độ",
    "đầu mối",
    "nội dung",
    "dự kiến",
)
"""Words one of which every field name holds: a text without any prints no field."""
_VALUE_END = re.compile(r"[;\n]")
_LINE_END = re.compile(r"\n")
"""Where the value of a field other than when ends: at its line's end, for a list of units
goes on after ``;``."""


def _wrapped(first: str, field: Field) -> bool:
    """Whether a line that starts with ``first`` goes on with the value of ``field`` above:
    a small letter (``Sở Tư`` / ``pháp; ...``), or a figure after a field that says when
    (``Tháng`` / ``12/2025``); not a capital, a dash, or a page number among units."""
    return first.islower() or (first.isdigit() and field is Field.WHEN)


_TRAILING_LABEL = re.compile(r"[\s,.;:-]*(?:(?<=\s)(?:[^\W\d_]{1,2}[ \t]*\)|\d{1,3}))?[\s,.;:-]*$")
"""What a scan leaves after a value: the next point's label (``b)``), a page number."""


def field_of(heading: str) -> Field | None:
    """What a column heading or field name holds (``Cơ quan chủ trì`` leads), if known."""
    key = fold(heading).strip(" .:*")
    return _FOLDED.get(key) or _COLUMNS.get(key)


_HEADING_LETTERS = {letters(name): field for name, field in (*_FOLDED.items(), *_COLUMNS.items())}
"""The column vocabulary by its letters alone (``thoigianhoanthanh``), for damaged headings."""
_LONGEST_HEADING = max(map(len, _HEADING_LETTERS)) + 6


def repaired_field(heading: str) -> Field | None:
    """What a column heading a scan damaged holds (``Thot gian hoàn thành``, ``Co quan chu
    trl``): the field of the vocabulary name nearest its letters, within the edits a name
    of its length allows (none for ``STT``), when no name of another field is as near."""
    key = letters(heading)
    if not 5 <= len(key) <= _LONGEST_HEADING:
        return None
    best, found = _LONGEST_HEADING, set[Field]()
    for name, field in _HEADING_LETTERS.items():
        limit = min(allowed_edits(name), best)
        if limit == 0 or abs(len(name) - len(key)) > limit:
            continue
        edits = distance(key, name, limit)
        if edits > limit:
            continue
        if edits < best:
            best, found = edits, {field}
        elif edits == best:
            found.add(field)
    return found.pop() if len(found) == 1 else None


@attrs.define
class TaskFields:
    """The fields printed in a task's text, and where they are (to leave them out of the
    reading of its sentences)."""

    assignments: list[tuple[Role, str]] = attrs.field(factory=list)
    deadline: Deadline | None = None
    recurrence: Frequency | None = None
    spans: list[tuple[int, int]] = attrs.field(factory=list)
    contents: list[tuple[int, int]] = attrs.field(factory=list)
    """Where a field says what is to be done: read as the task's sentences."""
    unread: list[str] = attrs.field(factory=list)
    """Values of a field that says when which name no date (``Theo kế hoạch``): the
    deadline keeps the first as its phrase."""


def _field_named(printed: str) -> Field:
    """The field a name :data:`_FIELD_LINE` matched names.  Matched without regard to case,
    ``i`` is also the dotless ``ı``, which folding keeps apart from it: such a name is found
    by the printed name that matches it."""
    field = _FOLDED.get(fold(printed))
    if field is not None:
        return field
    return next(
        field
        for name, field in _PRINTED.items()
        if re.fullmatch(re.escape(name), printed, re.IGNORECASE)
    )


def read_fields(text: str) -> TaskFields:
    """The fields a task's text prints by name (``Cơ quan chủ trì: Sở Nội vụ``)."""
    found = TaskFields()
    if ":" not in text:
        return found
    low = text.lower()
    if not any(word in low for word in _FIELD_WORDS):
        return found
    matches = [m for m in _field_lines(text) if not _names_its_actor(text, m)]
    for index, match in enumerate(matches):
        limit = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        field = _field_named(match["name"])
        # a list of units goes on after ";" (``Sở Tư pháp; các cơ quan liên quan``)
        ends = _VALUE_END if field is Field.WHEN else _LINE_END
        stop = ends.search(text, match.end(), limit)
        end = stop.start() if stop is not None else limit
        while end < limit and text[end] == "\n" and _wrapped(text[end + 1 : end + 2], field):
            stop = ends.search(text, end + 1, limit)  # "Tháng" / "12/2025": a wrapped value
            end = stop.start() if stop is not None else limit
        value = _TRAILING_LABEL.sub("", text[match.end() : end])
        if field is Field.CONTENT:
            found.contents.append((match.start(), end))
            continue
        found.spans.append((match.start(), end))
        assign(found, field, value)
    return found


def _field_lines(text: str) -> list[re.Match[str]]:
    """The matches of :data:`_FIELD_LINE` in ``text``, as ``finditer`` finds them.  Its
    look-behind and its names in any case leave the regex engine no character to skip to,
    so a scan of the whole text tries the names at every character; but every match ends
    at a colon (names hold none), so only the few characters before each colon are tried."""
    found: list[re.Match[str]] = []
    end = 0
    colon = text.find(":")
    while colon >= 0:
        name_end = colon  # a name may end before blanks
        while name_end > end and text[name_end - 1] in " \t":
            name_end -= 1
        after = colon + 1
        while text[after : after + 1] in (" ", "\t"):
            after += 1
        match = _FIELD_LINE.search(text, max(end, name_end - _LONGEST_NAME), after)
        if match is not None:
            found.append(match)
            end = match.end()
        colon = text.find(":", after)
    return found


_BARE_NAMES = frozenset(("chủ trì", "chủ trì thực hiện", "phối hợp", *_BOTH))
_LINE_OPENING = re.compile(r"[\W\d_]{0,6}(?:[^\W\d_]{1,2}\))?[\W\d_]*$")
"""What may stand before a field on its line: a label, a dash, specks."""


def _names_its_actor(text: str, match: re.Match[str]) -> bool:
    """Whether a bare role name is no field but ends a heading that names its actor
    before it (``Bộ trưởng Bộ Tài chính chủ trì:`` above the points it leads)."""
    if match["name"].lower() not in _BARE_NAMES:
        return False
    start = max(text.rfind("\n", 0, match.start()), text.rfind(";", 0, match.start())) + 1
    return _LINE_OPENING.match(text[start : match.start()]) is None  # after a field: a field


def assign(fields: TaskFields, field: Field, value: str) -> None:
    """Add what one field's value says to ``fields``."""
    value = " ".join(value.split()).strip(" ,.;:-")
    if not value:
        return
    if field is Field.WHEN:
        try:
            deadline, recurrence = parse_deadline_cell(value)
        except GrammarError:
            fields.unread.append(value)
            if not _says_work(value):  # no date in it: kept as the phrase printed
                fields.deadline = fields.deadline or RelativeDeadline(text=value)
            return
        if deadline is None and not RECURRENCE.fullmatch(value) and not _says_work(value):
            deadline = RelativeDeadline(text=value)  # "Theo kế hoạch ... hằng năm": as printed
        fields.deadline = fields.deadline or deadline
        fields.recurrence = fields.recurrence or recurrence
        return
    actors = split_actors(value)
    if field is Field.LEAD_AND_COOPERATE:
        actors = [a for part in re.split(r"[;/]", value) for a in split_actors(part)]
        fields.assignments.extend(
            (Role.LEAD if index == 0 else Role.COOPERATE, actor)
            for index, actor in enumerate(actors)
        )
    elif field in (Field.LEAD, Field.COOPERATE):
        role = Role.LEAD if field is Field.LEAD else Role.COOPERATE
        fields.assignments.extend((role, actor) for actor in actors)


_TIME_WORDS = ("hoàn thành", "thường xuyên")
"""Words of the verb list that open a phrase of time (``Hoàn thành trong quý II``)."""


def _says_work(value: str) -> bool:
    """Whether a field that should say when opens with what to do instead (``Triển khai
    theo lộ trình của Bộ``): no phrase of time."""
    low = value.lower()
    return VERBS.match(low) is not None and not low.startswith(_TIME_WORDS)


def only_fields(text: str) -> bool:
    """Whether ``text`` prints nothing but fields (and a scan's specks between them), each
    opening its line or following another: ``b) Mô tả nội dung công việc: là ...`` defines
    a term whose name ends as a field's does, and is no field."""
    fields = read_fields(text)
    if not fields.spans and not fields.contents:
        return False
    rest = list(text)
    for start, end in (*fields.spans, *fields.contents):
        rest[start:end] = " " * (end - start)
    blanked = "".join(rest)
    for start, _ in (*fields.spans, *fields.contents):
        opening = blanked[blanked.rfind("\n", 0, start) + 1 : start]
        if _LINE_OPENING.match(opening) is None:
            return False
    return not re.search(r"[^\W\d_]{3,}", blanked)
