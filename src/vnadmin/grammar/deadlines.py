"""Grammar of deadlines and recurrences in task text.

Deadlines: ``trước ngày 05/12``, ``chậm nhất ngày 15/01/2025``, ``vào ngày 05/12/2024``,
``trong quý II/2024``, ``trong tháng 6/2024``, ``trong 6 tháng đầu năm 2024``,
``trong năm 2024``, and relative phrases ``trong thời hạn 15 ngày kể từ ...``,
``ngay sau khi kết thúc đợt kiểm tra``.
Recurrences: ``định kỳ hằng năm`` (also ``hàng năm``), ``hằng quý``, ``6 tháng``, ...
"""

from __future__ import annotations

import re

from vnadmin.errors import GrammarError
from vnadmin.grammar.dates import (
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
    "DEADLINE",
    "RECURRENCE",
    "deadline_from_match",
    "format_deadline",
    "format_recurrence",
    "parse_deadline",
    "parse_recurrence",
    "recurrence_from_match",
]

_BOUNDS = {
    "trước": DeadlineBound.BEFORE,
    "chậm nhất": DeadlineBound.NO_LATER_THAN,
    "chậm nhất là": DeadlineBound.NO_LATER_THAN,
    "chậm nhất vào": DeadlineBound.NO_LATER_THAN,
    "chậm nhất là vào": DeadlineBound.NO_LATER_THAN,
    "không muộn hơn": DeadlineBound.NO_LATER_THAN,
    "trước hoặc trong": DeadlineBound.NO_LATER_THAN,
    "vào": DeadlineBound.ON,
}
_BOUND_WORDS = {
    DeadlineBound.BEFORE: "trước",
    DeadlineBound.NO_LATER_THAN: "chậm nhất",
    DeadlineBound.ON: "vào",
}
_YEAR = r"(?:[ \t]*(?:/|năm)[ \t]*(?P<{}>\d{{4}}))?"

DEADLINE = re.compile(
    r"(?P<date_deadline>(?P<bound>trước hoặc trong|trước|chậm nhất(?: là)?(?: vào)?"
    r"|không muộn hơn|vào)[ \t]+"
    rf"(?:ngày[ \t]*{short_date_pattern('s_')}|{long_date_pattern('l_', blanks=False)}))"
    r"|(?P<quarter>(?:trong[ \t]+)?quý[ \t]+(?P<q_index>IV|I{1,3}|[1-4])"
    + _YEAR.format("q_year")
    + r")|(?P<half>(?:trong[ \t]+)?(?:6|sáu)[ \t]+tháng[ \t]+(?P<h_side>đầu|cuối)[ \t]+năm"
    r"(?:[ \t]+(?P<h_year>\d{4}))?)"
    r"|(?P<month_period>trong[ \t]+tháng[ \t]+(?P<m_index>\d{1,2})"
    + _YEAR.format("m_year")
    + r")|(?P<year_period>trong[ \t]+năm[ \t]+(?P<y_year>\d{4}))"
    r"|(?P<relative>(?:trong(?:[ \t]+thời[ \t]+hạn|[ \t]+vòng)?|sau)[ \t]+\d{1,3}[ \t]+"
    r"(?:ngày(?:[ \t]+làm[ \t]+việc)?|tuần|tháng)(?:[ \t]+kể[ \t]+từ[ \t]+[^,;.\n]{1,200})?"
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
            bound = _BOUNDS[" ".join(match["bound"].lower().split())]
            date = date_from_match(match, "l_" if match.group("l_day") else "s_")
            return DateDeadline(bound=bound, date=date)
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
