"""Grammar of Vietnamese dates: the long dateline form and the short forms found in bodies.

Long: ``ngày 05 tháng 01 năm 2022``; any part may be blank (``ngày tháng 01 năm 2022``).
NĐ 30 Phụ lục I writes days below 10 and months 1 and 2 with a leading zero; the
formatters follow it.  Short: ``26/11/2021``, ``15-7-2021``, ``05/12`` (no year).
Other grammars embed these patterns through the builders, with prefixed group names.
"""

from __future__ import annotations

import re

from vnadmin.errors import GrammarError
from vnadmin.model.dates import PartialDate
from vnadmin.normalize import nfc

__all__ = [
    "FOLDED_WEEKDAY",
    "LONG_DATE",
    "SHORT_DATE",
    "WEEKDAY",
    "date_from_match",
    "format_date",
    "format_day",
    "format_long_date",
    "format_month",
    "format_short_date",
    "long_date_pattern",
    "parse_date",
    "parse_long_date",
    "parse_short_date",
    "printed_digits",
    "short_date_pattern",
]

WEEKDAY = r"(?:thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ[ \t]+nhật)(?![^\W\d_])"
"""A weekday a date may print before its day (``thứ Sáu, ngày ...``), in lower case."""
FOLDED_WEEKDAY = r"(?:thu[ \t]*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu[ \t]*nhat)"
""":data:`WEEKDAY` on folded text, its space lost too (``Thứ2``, a crawl's ``Chủnhật``)."""

_FILL = r"[ \t.…_]{0,60}"  # bounded: dotted-out blanks are short, hostile runs are not
_FILL_CHARS = " \t.…_"


def short_date_pattern(prefix: str = "") -> str:
    """``DD/MM/YYYY``, ``DD-MM-YYYY``, ``DD.MM.YYYY`` or ``DD/MM``: one separator throughout."""
    p = prefix
    return (
        rf"(?<!\d)(?P<{p}day>\d{{1,2}})(?P<{p}sep>[/.-])(?P<{p}month>\d{{1,2}})"
        rf"(?:(?P={p}sep)(?P<{p}year>\d{{4}}))?(?!\d)"
    )


def long_date_pattern(prefix: str = "", *, blanks: bool = True) -> str:
    """``ngày DD tháng MM năm YYYY``; with ``blanks`` any part may be blank or dotted out,
    without, the day and month are required and the year may be left off."""
    p = prefix
    if blanks:
        # Each filler is followed by a digit or a word, never by another filler, so a
        # run of dots can be split only one way: no backtracking blow-up.
        return (
            rf"ngày{_FILL}(?:(?P<{p}day>\d{{1,2}}){_FILL})?tháng{_FILL}"
            rf"(?:(?P<{p}month>\d{{1,2}}){_FILL})?năm{_FILL}(?P<{p}year>\d{{4}})?"
        )
    return (
        rf"ngày[ \t]+(?P<{p}day>\d{{1,2}})[ \t]+tháng[ \t]+(?P<{p}month>\d{{1,2}})"
        rf"(?:[ \t]+năm[ \t]+(?P<{p}year>\d{{4}}))?"
    )


LONG_DATE = re.compile(long_date_pattern(), re.IGNORECASE)
SHORT_DATE = re.compile(short_date_pattern())


def date_from_match(match: re.Match[str], prefix: str = "") -> PartialDate:
    """Build the date from the ``day``/``month``/``year`` groups (prefixed) of a match."""

    def part(name: str) -> int | None:
        value = match.group(prefix + name)
        return None if value is None else int(value)

    try:
        return PartialDate(day=part("day"), month=part("month"), year=part("year"))
    except ValueError as error:
        raise GrammarError("date", match.group(0), str(error)) from None


def parse_long_date(text: str) -> PartialDate:
    """Parse ``ngày 05 tháng 01 năm 2022`` (parts may be blank)."""
    match = LONG_DATE.fullmatch(nfc(text).strip().rstrip(_FILL_CHARS))
    if match is None:
        raise GrammarError("date", text, "not of the form 'ngày DD tháng MM năm YYYY'")
    return date_from_match(match)


def parse_short_date(text: str) -> PartialDate:
    """Parse ``26/11/2021``, ``15-7-2021`` or ``05/12``."""
    match = SHORT_DATE.fullmatch(nfc(text).strip())
    if match is None:
        raise GrammarError("date", text, "not of the form 'DD/MM/YYYY' or 'DD/MM'")
    return date_from_match(match)


def parse_date(text: str) -> PartialDate:
    """Parse a date in either the long or the short form."""
    stripped = nfc(text).strip()
    if stripped[:4].casefold() == "ngày":
        return parse_long_date(stripped)
    return parse_short_date(stripped)


def printed_digits(text: str) -> tuple[str | None, str | None, str | None] | None:
    """The digits of the day, month and year as a date line prints them (``Sóc Trăng,
    ngày 5 tháng 04 năm 2022`` -> ``("5", "04", "2022")``), ``None`` for a blank part;
    ``None`` when ``text`` holds no long date.  The rules compare them with
    :func:`format_day` and :func:`format_month`."""
    match = LONG_DATE.search(nfc(text)[:200])
    if match is None:
        return None
    return match["day"], match["month"], match["year"]


def format_day(day: int) -> str:
    """A day as NĐ 30 prints it: ``05``, ``26``."""
    return f"{day:02d}"


def format_month(month: int) -> str:
    """A month as NĐ 30 prints it: ``01``, ``02``, then ``3`` ... ``12``."""
    return f"{month:02d}" if month <= 2 else str(month)


def format_long_date(date: PartialDate) -> str:
    """``ngày 05 tháng 01 năm 2022``; a blank part leaves just its word."""
    day = f"ngày {format_day(date.day)}" if date.day is not None else "ngày"
    month = f"tháng {format_month(date.month)}" if date.month is not None else "tháng"
    year = f"năm {date.year}" if date.year is not None else "năm"
    return f"{day} {month} {year}"


def format_date(date: PartialDate) -> str:
    """``21/5/2022`` when the day and the month are known, the long form otherwise (``ngày
    tháng 01 năm 2022``): how a stamp or a table cell prints a date."""
    if date.day is not None and date.month is not None:
        return format_short_date(date)
    return format_long_date(date)


def format_short_date(date: PartialDate) -> str:
    """``26/11/2021``, ``09/12/2021``, ``05/12``: needs at least a day and a month."""
    if date.day is None or date.month is None:
        raise GrammarError("date", repr(date), "the short form needs a day and a month")
    head = f"{format_day(date.day)}/{format_month(date.month)}"
    return head if date.year is None else f"{head}/{date.year}"
