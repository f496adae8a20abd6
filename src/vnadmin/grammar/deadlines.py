"""Grammar of deadlines and recurrences in task text.

Deadlines: ``trước ngày 05/12``, ``trước 30/6/2025``, ``chậm nhất ngày 15/01/2025``,
``vào ngày 05/12/2024``, ``trong ngày 30 tháng 4 năm 2026``, ``đến hết ngày 09/6/2025``,
``trong quý II/2024``, ``trong tháng 6/2024``, ``trong 6 tháng đầu năm 2024``,
a span of dates (``từ 03/01/2021 đến 28/02/2021``, ``Từ ngày 03/03/2014 – 21/03/2014``:
due by its end, as a range in a cell is; not in parentheses, where it is the period a
report covers: ``(từ ngày 17/5 đến 23/5/2025)``),
``trong năm 2024`` (a quarter also spelt ``quí``, its year also after a dash: ``Quí
IV-2025``), and relative phrases ``trong thời hạn 15 ngày kể từ ...``,
``trong thời hạn 10 (mười) ngày, kể từ ...``, ``trước 30 ngày làm việc``,
``ngay sau khi kết thúc đợt kiểm tra``.  A table cell or a field that says when
(``Thời gian hoàn thành: Quý II/2025``) is read by :func:`parse_deadline_cell`.
Recurrences: ``định kỳ hằng năm`` (also ``hàng năm``), ``hằng quý``, ``6 tháng``, ...
"""

from __future__ import annotations

import re

from vnadmin.errors import GrammarError
from vnadmin.grammar.dates import (
    WEEKDAY,
    date_from_match,
    format_short_date,
    long_date_pattern,
    short_date_pattern,
)
from vnadmin.grammar.labels import roman_value, to_roman
from vnadmin.model.tasks import (
    DateDeadline,
    Deadline,
    DeadlineBound,
    Frequency,
    PeriodDeadline,
    PeriodUnit,
    RelativeDeadline,
)
from vnadmin.normalize import nfc

__all__ = [
    "BOUND_OPENINGS",
    "BOUND_PHRASES",
    "DEADLINE",
    "RECURRENCE",
    "deadline_from_match",
    "format_deadline",
    "format_recurrence",
    "parse_deadline",
    "parse_deadline_cell",
    "parse_recurrence",
    "recurrence_from_match",
    "sets_a_time",
]

_BOUNDS = {
    "trước": DeadlineBound.BEFORE,
    "trong": DeadlineBound.NO_LATER_THAN,
    "đến hết": DeadlineBound.NO_LATER_THAN,
    "chậm nhất": DeadlineBound.NO_LATER_THAN,
    "chậm nhất là": DeadlineBound.NO_LATER_THAN,
    "chậm nhất vào": DeadlineBound.NO_LATER_THAN,
    "chậm nhất là vào": DeadlineBound.NO_LATER_THAN,
    "không muộn hơn": DeadlineBound.NO_LATER_THAN,
    "không quá": DeadlineBound.NO_LATER_THAN,
    "chậm nhất không quá": DeadlineBound.NO_LATER_THAN,
    "trước hoặc trong": DeadlineBound.NO_LATER_THAN,
    "chậm nhất đến": DeadlineBound.NO_LATER_THAN,
    "chậm nhất là đến": DeadlineBound.NO_LATER_THAN,
    "hạn cuối": DeadlineBound.NO_LATER_THAN,
    "hạn cuối là": DeadlineBound.NO_LATER_THAN,
    "hạn chót": DeadlineBound.NO_LATER_THAN,
    "hạn chót là": DeadlineBound.NO_LATER_THAN,
    "hết": DeadlineBound.NO_LATER_THAN,
    "đến": DeadlineBound.NO_LATER_THAN,
    "vào": DeadlineBound.ON,
}
BOUND_OPENINGS = tuple(_BOUNDS)
"""The bounds as printed (``trước``, ``chậm nhất là``): for a reader that meets their words
parted from the date, in the cells of a table that OCR joined."""
_BOUND_PATTERNS = {
    phrase: re.escape(phrase).replace(r"\ ", r"[ \t]+")
    for phrase in sorted(_BOUNDS, key=len, reverse=True)
}
BOUND_PHRASES = "|".join(_BOUND_PATTERNS.values())
"""The bounds a dated deadline opens with (``trước``, ``chậm nhất là``, ``hạn cuối``, ...),
longest first, as a pattern's alternatives: written once (in :data:`_BOUNDS`), so that
every phrase :data:`DEADLINE` or a reader's pattern matches has its bound."""
_BOUND_OF = tuple(
    (re.compile(pattern, re.IGNORECASE), _BOUNDS[phrase])
    for phrase, pattern in _BOUND_PATTERNS.items()
)
"""The bound of a printed opening, found by the pattern that matched it: without regard to
case ``i`` also matches ``ı`` and ``İ``, which ``str.lower`` keeps apart from it, so the
lowered opening is not always a key of :data:`_BOUNDS`."""
_BOUND_WORDS = {
    DeadlineBound.BEFORE: "trước",
    DeadlineBound.NO_LATER_THAN: "chậm nhất",
    DeadlineBound.ON: "vào",
}
_YEAR = r"(?:[ \t]*(?:/|năm|[-–])[ \t]*(?P<{}>\d{{4}}))?"
"""The year after a quarter or a month: ``II/2025``, ``II năm 2025``, ``IV-2025``."""

_PART_OF_DAY = r"(?:buổi[ \t]+)?(?:sáng|chiều|tối|trưa)"
_HOUR_OF_DAY = (
    r"(?:lúc[ \t]+)?\d{1,2}[ \t]*(?:giờ|h)(?:[ \t]*\d{1,2}(?:[ \t]*(?:phút|['’′]))?)?"
    r"(?![^\W\d_])"
)
_WHEN = rf"(?:(?:{_HOUR_OF_DAY}|{_PART_OF_DAY}|{WEEKDAY})[ \t]*,?[ \t]*){{1,3}}"
"""The time of day, part of day and weekday a dated deadline or an event may print
before its day (``vào sáng ngày 15/5/2026``, ``trước 17 giờ 00’ thứ Sáu, ngày ...``): the
model keeps the day."""
_DAYS = r"\d{1,2}(?:/\d{1,2}(?:/\d{4})?)?"

DEADLINE = re.compile(
    rf"(?P<date_deadline>(?P<bound>{BOUND_PHRASES})[ \t]+(?:(?:{_WHEN})?"
    rf"(?:ngày[ \t]*{short_date_pattern('s_')}|{long_date_pattern('l_', blanks=False)})"
    rf"|{WEEKDAY}[ \t]*\((?:ngày[ \t]*)?{short_date_pattern('w_')}\))"
    rf"|(?P<start>bắt[ \t]+đầu[ \t]+(?:từ|vào|lúc)[ \t]+(?=[^\n]{{0,8}}\d[ \t]*(?:giờ|h))"
    rf"{_WHEN}(?:ngày[ \t]*)?{short_date_pattern('e_')})"
    rf"|(?P<days>trong[ \t]+\d{{1,2}}[ \t]+ngày[ \t]+(?:ngày[ \t]+)?"
    rf"(?:{_DAYS}[ \t]*(?:,|và)[ \t]*)+(?:ngày[ \t]+)?{short_date_pattern('d_')})"
    r"|(?P<bare_bound>trước|chậm nhất(?: là)?|đến hết)[ \t]+"
    rf"{short_date_pattern('b_')}"
    rf"|(?<!\()(?P<span>từ)[ \t]+(?:ngày[ \t]+)?{short_date_pattern('f_')}[ \t]*"
    r"(?:[-–—]{1,3}|đến(?:[ \t]+hết)?)[ \t]*(?:ngày[ \t]+)?"
    rf"{short_date_pattern('r_')})"
    r"|(?P<quarter>(?:trong[ \t]+)?qu[ýí][ \t]+(?P<q_index>IV|I{1,3}|[1-4])"
    + _YEAR.format("q_year")
    + r")|(?P<half>(?:trong[ \t]+)?(?:6|sáu)[ \t]+tháng[ \t]+(?P<h_side>đầu|cuối)[ \t]+năm"
    r"(?:[ \t]+(?P<h_year>\d{4}))?)"
    r"|(?P<month_period>trong[ \t]+tháng[ \t]+(?P<m_index>\d{1,2})"
    + _YEAR.format("m_year")
    + r")|(?P<year_period>trong[ \t]+năm[ \t]+(?P<y_year>\d{4}))"
    r"|(?P<relative>(?:trong(?:[ \t]+thời[ \t]+hạn|[ \t]+vòng)?|sau|trước)[ \t]+\d{1,3}"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:ngày(?:[ \t]+làm[ \t]+việc)?|tuần|tháng)"
    r"(?:,?[ \t]+kể[ \t]+từ[ \t]+[^,;.\n]{1,200})?"
    r"|(?:ngay[ \t]+)?sau[ \t]+khi[ \t]+[^,;.\n]{1,200})",
    re.IGNORECASE,
)
"""Any deadline phrase; search it in task text."""

RECURRENCE = re.compile(
    r"(?:định[ \t]+kỳ[ \t]+)?(?P<word>hằng|hàng|mỗi)[ \t]+"
    r"(?P<unit>ngày|tuần|tháng|quý|năm)"
    r"|định[ \t]+kỳ[ \t]+(?P<half>6|sáu)[ \t]+tháng",
    re.IGNORECASE,
)
"""A recurrence phrase: ``định kỳ hằng năm``, ``hàng quý``, ``định kỳ 6 tháng``."""

_FREQUENCY_OF_UNIT = {
    "ngày": Frequency.DAILY,
    "tuần": Frequency.WEEKLY,
    "tháng": Frequency.MONTHLY,
    "quý": Frequency.QUARTERLY,
    "năm": Frequency.YEARLY,
}
_PHRASE_OF_FREQUENCY = {
    Frequency.DAILY: "hằng ngày",
    Frequency.WEEKLY: "hằng tuần",
    Frequency.MONTHLY: "hằng tháng",
    Frequency.QUARTERLY: "hằng quý",
    Frequency.HALF_YEARLY: "định kỳ 6 tháng",
    Frequency.YEARLY: "định kỳ hằng năm",
}


def _int(match: re.Match[str], name: str) -> int | None:
    value = match.group(name)
    return None if value is None else int(value)


def deadline_from_match(match: re.Match[str]) -> Deadline:
    """Build the deadline from a match of :data:`DEADLINE`."""
    text = match.group(0)
    try:
        if match.group("date_deadline"):
            if match["span"]:  # "từ 03/01/2021 đến 28/02/2021": due by the span's end
                return DateDeadline(
                    bound=DeadlineBound.NO_LATER_THAN, date=date_from_match(match, "r_")
                )
            if match["start"]:  # "bắt đầu từ 14 giờ ngày ...": the day of the event
                return DateDeadline(bound=DeadlineBound.ON, date=date_from_match(match, "e_"))
            if match["days"]:  # "trong 2 ngày 26/9 và 27/9/2026": due by the last
                return DateDeadline(
                    bound=DeadlineBound.NO_LATER_THAN, date=date_from_match(match, "d_")
                )
            opening = match["bound"] or match["bare_bound"]
            bound = next(bound for pattern, bound in _BOUND_OF if pattern.fullmatch(opening))
            prefix = next(p for p in ("l_", "s_", "w_", "b_") if match[f"{p}day"])
            return DateDeadline(bound=bound, date=date_from_match(match, prefix))
        if match.group("quarter"):
            index = match["q_index"].upper()
            quarter = int(index) if index.isdigit() else roman_value(index)
            return PeriodDeadline(
                unit=PeriodUnit.QUARTER, index=quarter, year=_int(match, "q_year")
            )
        if match.group("half"):
            side = 1 if match["h_side"].lower() == "đầu" else 2
            return PeriodDeadline(unit=PeriodUnit.HALF, index=side, year=_int(match, "h_year"))
        if match.group("month_period"):
            return PeriodDeadline(
                unit=PeriodUnit.MONTH, index=_int(match, "m_index"), year=_int(match, "m_year")
            )
        if match.group("year_period"):
            return PeriodDeadline(unit=PeriodUnit.YEAR, year=_int(match, "y_year"))
    except ValueError as error:
        raise GrammarError("deadline", text, str(error)) from None
    return RelativeDeadline(text=" ".join(text.split()))


def parse_deadline(text: str) -> Deadline:
    """Parse a whole deadline phrase."""
    match = DEADLINE.fullmatch(" ".join(nfc(text).split()))
    if match is None:
        raise GrammarError("deadline", text, "not a deadline phrase")
    return deadline_from_match(match)


_CELL = re.compile(
    r"(?P<ongoing>thường[ \t]+xuyên|liên[ \t]+tục)"
    r"|(?P<c_month>tháng[ \t]+(?P<cm_index>\d{1,2})[ \t]*(?:/|năm|[-–])[ \t]*(?P<cm_year>\d{4}))"
    r"|(?P<c_year>năm[ \t]+(?P<cy_year>\d{4})(?:[ \t]*[-–][ \t]*(?P<cy_end>\d{4}))?)",
    re.IGNORECASE,
)
_CELL_DATE = re.compile(
    f"{short_date_pattern('s_')}|{long_date_pattern('l_', blanks=False)}", re.IGNORECASE
)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d(?:[ \t]*[-–][ \t]*(?P<end>(?:19|20)\d\d))?")
"""A cell holding a year alone (``2025`` under ``Thời gian hoàn thành``): due within it;
or years from one to another (``2026 - 2027``): due by the last, as a range of dates is."""
_SINCE = re.compile(r"(?:[Tt]ừ|TỪ|[Kk]ể[ \t]+từ)[ \t]+(?:ngày[ \t]+)?\d")
"""A cell that gives when a task starts (``Từ 01/7/2025``), not when it is due."""


def parse_deadline_cell(text: str) -> tuple[Deadline | None, Frequency | None]:
    """What a table cell or a field that says when holds (``Thời gian hoàn thành: ...``).

    Cells print deadlines without the words running text puts around them: ``Quý II/2025``,
    ``trước 30/6/2025``, a date alone (``30/6/2025``, due by then), a range
    (``29/6/2026 - 09/7/2026``: due by its end), ``Năm 2025`` or a year alone
    (``2025``; ``2026 - 2027``, ``năm 2026 - 2027``: by the last), ``Tháng 6/2025``,
    ``Thường xuyên`` or a start alone (``Từ 01/7/2025``: no date it is due by), kept as
    their phrase, a recurrence (``Hằng năm``), or a deadline phrase of running text.  Raises :class:`~vnadmin.errors.GrammarError` when the cell
    says none of these."""
    text = " ".join(nfc(text).split())
    found = RECURRENCE.search(text)
    recurrence = recurrence_from_match(found) if found is not None else None
    deadline: Deadline | None = None
    phrase = DEADLINE.search(text)
    dates = list(_CELL_DATE.finditer(text))
    cell = _CELL.search(text)
    if phrase is not None and phrase["relative"] is None:
        deadline = deadline_from_match(phrase)
    elif len(dates) == 1 and _SINCE.match(text):
        deadline = RelativeDeadline(text=text.rstrip(" ."))  # when it starts: no deadline
    elif dates:
        last = dates[-1]
        date = date_from_match(last, "s_" if last["s_day"] else "l_")
        try:
            deadline = DateDeadline(bound=DeadlineBound.NO_LATER_THAN, date=date)
        except ValueError as error:
            raise GrammarError("deadline", text, str(error)) from None
    elif cell is not None and cell["ongoing"]:
        deadline = RelativeDeadline(text=cell["ongoing"])
    elif (years := _BARE_YEAR.fullmatch(text)) is not None:
        deadline = PeriodDeadline(unit=PeriodUnit.YEAR, year=int(years["end"] or text[:4]))
    elif cell is not None:
        unit = PeriodUnit.MONTH if cell["c_month"] else PeriodUnit.YEAR
        index = _int(cell, "cm_index")
        year = (
            _int(cell, "cm_year")
            if cell["c_month"]
            else _int(cell, "cy_end") or _int(cell, "cy_year")
        )
        try:
            deadline = PeriodDeadline(unit=unit, index=index, year=year)
        except ValueError as error:
            raise GrammarError("deadline", text, str(error)) from None
    elif phrase is not None:
        deadline = deadline_from_match(phrase)
    if deadline is None and recurrence is None:
        raise GrammarError("deadline", text, "no deadline or recurrence in the cell")
    return deadline, recurrence


def format_deadline(deadline: Deadline) -> str:
    """The canonical phrase: ``trước ngày 05/12``, ``trong quý II/2024``, ..."""
    if isinstance(deadline, DateDeadline):
        return f"{_BOUND_WORDS[deadline.bound]} ngày {format_short_date(deadline.date)}"
    if isinstance(deadline, RelativeDeadline):
        return deadline.text
    year = deadline.year
    if deadline.unit is PeriodUnit.YEAR:
        return f"trong năm {year}"
    if deadline.unit is PeriodUnit.HALF:
        side = "đầu" if deadline.index == 1 else "cuối"
        return f"trong 6 tháng {side} năm" + (f" {year}" if year else "")
    assert deadline.index is not None
    head = (
        f"trong quý {to_roman(deadline.index)}"
        if deadline.unit is PeriodUnit.QUARTER
        else f"trong tháng {deadline.index}"
    )
    return head + (f"/{year}" if year else "")


def recurrence_from_match(match: re.Match[str]) -> Frequency:
    if match.group("half"):
        return Frequency.HALF_YEARLY
    return _FREQUENCY_OF_UNIT[match["unit"].lower()]


def parse_recurrence(text: str) -> Frequency:
    """Parse ``định kỳ hằng năm``, ``hàng quý``, ``định kỳ 6 tháng`` ..."""
    match = RECURRENCE.fullmatch(" ".join(nfc(text).split()))
    if match is None:
        raise GrammarError("recurrence", text, "not a recurrence phrase")
    return recurrence_from_match(match)


def format_recurrence(frequency: Frequency) -> str:
    return _PHRASE_OF_FREQUENCY[frequency]


# -- whether a date phrase sets a time to act by ----------------------------------------------

_WORD = r"(?<![^\W\d_])(?:{})(?![^\W\d_])"
_HELD = re.compile(
    _WORD.format(
        r"phát\s+sinh|hình\s+thành|xảy\s+ra|ổn\s+định|sử\s+dụng|được\s+cấp|thời\s+điểm"
        r"|trường\s+hợp"
    ),
    re.IGNORECASE,
)
"""Words of a clause that says what already happened or holds: a date phrase after one, in
its part after the last comma, bounds what the task applies to (``hồ sơ phát sinh trước
ngày 01/01/2026``, ``đang sử dụng đất ổn định trước ngày 01/7/2014``), not when work is
due."""
_HELD_BEFORE_ISSUE = re.compile(
    _WORD.format(
        r"đã|đang|từ\s+ngày\s+[^;]{1,60}?\s+đến|áp\s+dụng\s+từ|có\s+hiệu\s+lực|thời\s+điểm"
    ),
    re.IGNORECASE,
)
"""Words that make a date before the instrument's own the bound of a past fact, a state or
a period anywhere in its clause (``đã sử dụng đất ổn định trước ngày 01/7/2004``, ``từ ngày
19/02/2025 đến trước ngày 01/10/2025``): a date already past asks for stronger words to be
a time to act by than a date to come."""
_CONDITION = re.compile(_WORD.format(r"trường\s+hợp|nếu|đối\s+với"), re.IGNORECASE)
_ACTION = re.compile(
    _WORD.format(r"báo\s+cáo|gửi|hoàn\s+thành|hoàn\s+tất|nộp|trình|xong|tổng\s+hợp|kết\s+thúc"),
    re.IGNORECASE,
)
"""A condition (``Trường hợp cá nhân nhận được thu nhập trước ngày ...``) bounds a fact with
a date already past, unless an action to finish follows it before the date (``Trường hợp
vướng mắc, báo cáo trước ngày ...``)."""
_PERIOD_FROM = re.compile(
    r"(?<![^\W\d_])từ\s+ngày\s+[\d/.\-]+(?:\s+tháng\s+\d+\s+năm\s+\d+)?\s*$", re.IGNORECASE
)
"""``từ ngày 01/7/2024`` just before ``đến hết ngày 31/12/2024``: the end of a period."""
_AS_OF = re.compile(r"(?<![^\W\d_])tính(?:\s+đến)?\s$", re.IGNORECASE)
"""``tính`` just before ``đến hết ngày ...``: the date a figure stands at."""
_VALIDITY = re.compile(r"hiệu\s+lực", re.IGNORECASE)
_VALIDITY_REACH = 80
"""How far before a date ``hiệu lực`` in its sentence makes it when a text applies (``có
hiệu lực thi hành từ ngày 01/7/2024 đến hết ngày 31/12/2024``)."""
_CLAUSE_REACH = 120
_QUOTE_REACH = 600
"""How far back a quotation inside a task's text may have opened (it quotes a clause)."""


def sets_a_time(text: str, start: int, *, past: bool = False) -> bool:
    """Whether the date phrase at ``start`` of a task's ``text`` sets a time to act by, as
    the words before it tell: not inside a quotation (another text's date), not when a text
    applies (``có hiệu lực ... đến hết ngày``), not the date a figure stands at (``tính đến
    hết ngày``), not the bound of what already happened or holds (:data:`_HELD`).  A date
    already ``past`` (before the instrument's own date) asks for more: not the end of a
    period (``từ ngày ... đến hết ngày``), no word of a past fact in its clause
    (:data:`_HELD_BEFORE_ISSUE`), no condition without an action to finish.

    The reader reads no deadline from a phrase that sets no time, and VN-TASK-001 reports
    no deadline before the issue by one: the decision is made here, once."""
    before = text[max(0, start - _QUOTE_REACH) : start]
    if before.count("“") > before.count("”") or (past and text[:start].count('"') % 2):
        return False
    window = text[max(0, start - _CLAUSE_REACH) : start]
    sentence = window[max(window.rfind(". "), window.rfind("; ")) + 1 :]
    if _VALIDITY.search(sentence, max(0, len(sentence) - _VALIDITY_REACH)):
        return False
    if _AS_OF.search(window[-12:]):
        return False
    part = max(window.rfind(mark) for mark in (",", ";", ". ", ":", "\n"))
    if _HELD.search(window, part + 1):
        return False
    if not past:
        return True
    clause = re.split(r"[;.:]\s", text[:start])[-1]
    if _HELD_BEFORE_ISSUE.search(clause) or _PERIOD_FROM.search(clause):
        return False
    conditions = list(_CONDITION.finditer(clause))
    return not conditions or _ACTION.search(clause, conditions[-1].end()) is not None
