"""The place-and-date line of the header, whole or as OCR left it.

``Quảng Ngãi, ngày 24 tháng 01 năm 2025`` is read with the grammar's ``LONG_DATE``; a
draft leaves parts blank (``ngày    tháng 01 năm 2022``).  Scans give more: a handwritten
day read as ``@3`` or ``0)``, ``tháng`` read ``thảng`` or ``thdng``, diacritics lost
(``Can ThO',ngay &0 thdng 5 nam 2025``), words glued (``ngày30``).  The line is then read
on its folded letters: ``ngay``, a month word within one edit of ``thang`` and a
four-digit year; a part that is not one or two digits is unreadable and left blank, and
said so.  The place is the run of capitalised words just before ``ngày``.
"""

from __future__ import annotations

import functools
import re

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.dates import LONG_DATE, SHORT_DATE, date_from_match, long_date_pattern
from vnadmin.model import PartialDate
from vnadmin.text.fuzzy import fold_chars
from vnadmin.text.vocabulary import PLACE_WORDS

__all__ = ["Dateline", "find_dateline", "passage_date"]

_WEEKDAY = re.compile(r"(?:thu[ \t]*(?:hai|ba|tu|nam|sau|bay|[2-7])|chu[ \t]*nhat)[ \t]*,?[ \t]*$")
_MONTH_WORD = re.compile(r"th[a-z]ng|thang|tha?ng")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_YEAR_WORD = re.compile(r"[ \t]*(?:n?[^\s\d]{0,3}a[mn]|n[^\s\d]m)[ \t.:]*$")
_BLANK = " \t.…_-"
_PLACE_UNITS = PLACE_WORDS | {"pho", "tran"}  # and the second words of "thành phố", "thị trấn"
_MAX_PLACE_WORDS = 7
_TRAILING = 4  # junk characters a scan may leave after the year (``năm 2024 |``)


@attrs.frozen
class Dateline:
    """A place-and-date line found in a cell: where it starts (the place, else ``ngày``),
    the place, the date, and the parts printed but not readable."""

    start: int
    place: str | None
    date: PartialDate
    unreadable: tuple[str, ...] = ()
    guessed: tuple[str, ...] = ()
    """Parts read through damage: a place whose letters OCR misread, a day with a stray
    letter glued before its digits (``ngaya16``)."""


@functools.lru_cache(maxsize=256)  # the layout stage and the header ask for the same cells
def find_dateline(cell: str) -> Dateline | None:
    """The place-and-date line that ends ``cell``, or ``None``."""
    if "ng" not in cell.lower():
        return None
    head = cell[:200]
    folded = fold_chars(head)
    at = folded.find("ngay")
    while at >= 0:
        if at == 0 or not folded[at - 1].isalpha():
            found = _read(head, folded, at)
            if found is not None:
                return found
        at = folded.find("ngay", at + 4)
    return None


def _read(cell: str, folded: str, at: int) -> Dateline | None:
    if _WEEKDAY.search(folded, max(0, at - 14), at) is not None:
        return None  # "Thứ Tư, ngày ...": a web page's date, no document prints its weekday
    match = LONG_DATE.match(cell, at)
    if match is not None and len(cell) - match.end() <= _TRAILING:
        try:
            date = PartialDate(
                day=_int(match["day"]), month=_int(match["month"]), year=_int(match["year"])
            )
        except ValueError:
            pass
        else:
            return Dateline(*_place(cell, at), date=date)
    month_word = _MONTH_WORD.search(folded, at + 4, at + 16)
    if month_word is None:
        return _short(cell, at)
    year = _YEAR.search(folded, month_word.end(), month_word.end() + 16)
    if year is None or len(cell) - year.end() > _TRAILING:
        return None
    day_text = cell[at + 4 : month_word.start()]
    month_text = cell[month_word.end() : year.start()]
    month_text = month_text[: len(month_text) - _year_word(fold_chars(month_text))]
    unreadable: list[str] = []
    guessed: list[str] = []
    day = _part(day_text, unreadable, guessed)
    month = _part(month_text, unreadable, guessed)
    year_value = _year(year.group(), guessed)
    try:
        date = PartialDate(day=day, month=month, year=year_value)
    except ValueError:
        unreadable.append(cell[at : year.end()])
        try:
            date = PartialDate(month=month, year=year_value)
        except ValueError:
            date = PartialDate(year=year_value)
    start, place = _place(cell, at)
    if place is None and (damaged := _damaged_place(cell, at)) is not None:
        start, place = damaged
        guessed.append(f"place {place!r}")
    return Dateline(start, place, date, tuple(unreadable), tuple(guessed))


def _short(cell: str, at: int) -> Dateline | None:
    """``Hà Nội, ngày 07/8/2024``: the date printed short after ``ngày`` (a portal's or a
    crawl's rewriting), with its year."""
    match = SHORT_DATE.match(
        cell, at + 4 + len(cell[at + 4 : at + 8]) - len(cell[at + 4 : at + 8].lstrip())
    )
    if match is None or match["year"] is None or len(cell) - match.end() > _TRAILING:
        return None
    try:
        date = date_from_match(match)
    except GrammarError:
        return None
    return Dateline(*_place(cell, at), date=date)


def _year_word(folded: str) -> int:
    """The length of the ``năm`` word (or what OCR left of it) ending ``folded``."""
    match = _YEAR_WORD.search(folded)
    return len(folded) - match.start() if match is not None else 0


def _int(text: str | None) -> int | None:
    return None if text is None else int(text)


_YEARS = range(1945, 2100)
"""The years a dated instrument of the state founded in 1945 can bear."""
_ZERO_LOOKALIKES = "86"
"""Digits a scan reads for a ``0`` (its loop closed or cut)."""


def _year(text: str, guessed: list[str]) -> int:
    """The year of a damaged date line: as printed, unless no instrument bears it and
    exactly one of its look-alike digits read as ``0`` gives a year one can (``2825`` is
    ``2025``; guessed, said)."""
    printed = int(text)
    if printed in _YEARS:
        return printed
    found = {
        int(text[:i] + "0" + text[i + 1 :])
        for i, digit in enumerate(text)
        if digit in _ZERO_LOOKALIKES
    }
    plausible = [year for year in found if year in _YEARS]
    if len(plausible) != 1:
        return printed
    guessed.append(f"year {text!r} as {plausible[0]}")
    return plausible[0]


def _part(text: str, unreadable: list[str], guessed: list[str]) -> int | None:
    """A day or month as printed: digits, blank (a draft), digits after one stray letter
    that OCR glued to ``ngày`` (guessed, said), or unreadable (said)."""
    stripped = text.strip(_BLANK)
    if not stripped:
        return None
    glued = _GLUED_DIGITS.fullmatch(stripped)
    if glued is not None:
        value = int(glued["digits"])
        if value:
            if glued.start("digits"):
                guessed.append(f"{stripped!r} as {value}")
            return value
    unreadable.append(stripped)
    return None


_GLUED_DIGITS = re.compile(r"(?:[^\W\d_](?=\d))?(?P<digits>[0-9]{1,2})")
_DAMAGED_PLACE = re.compile(r"[A-Z][^\s\d,]{1,11}(?:[ \t]+[^\s\d,]{1,12}){0,2}")
"""What stands alone before ``ngày`` on a date line whose place OCR misread (``Can tn«``):
one to three words without digits, the first a capital."""


def _damaged_place(cell: str, at: int) -> tuple[int, str] | None:
    """The place of a date line that :func:`_place` could not read: everything before
    ``ngày``, when it is a short run of words opening the cell."""
    before = cell[:at].rstrip(" \t,")
    start = len(before) - len(before.lstrip())
    if _DAMAGED_PLACE.fullmatch(before, start) is None:
        return None
    return start, before[start:]


def _place(cell: str, at: int) -> tuple[int, str | None]:
    """Where the place starts before ``ngày`` at ``at``, and the place."""
    before = cell[:at]
    words = before.replace(",", ", ").split()
    capitals = cell[at : at + 4].isupper()  # "HÀ NỘI, NGÀY ...": a line in capitals
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(",")
        if not bare:
            continue
        if len(kept) >= _MAX_PLACE_WORDS or not _place_word(bare, capitals=capitals):
            break
        kept.append(bare)
        if word.endswith(",") and len(kept) > 1:
            break  # "…/UBND-VX, Hà Nội": a comma inside the run ends it
    if not kept:
        return at, None
    kept.reverse()
    start = before.rfind(kept[0].split()[0], 0, at)
    return max(start, 0), " ".join(kept)


def _place_word(word: str, *, capitals: bool = False) -> bool:
    if any(char.isdigit() for char in word) or "/" in word:
        return False
    first = next((char for char in word if char.isalpha()), "")
    if not first:
        return False
    if first.islower():
        return fold_chars(word) in _PLACE_UNITS
    letters = [char for char in word if char.isalpha()]
    return (
        capitals
        or len(letters) == 1
        or any(char.islower() for char in letters)
        or word.endswith(".")
    )


_PASSED = re.compile(
    r"\bnày\b[^.;]{0,300}?\bthông[ \t]+qua[ \t]+(?P<date>" + long_date_pattern(blanks=False) + ")",
    re.IGNORECASE,
)
"""The sentence in which an instrument passed by a body says when (``Luật này được Quốc hội
... thông qua ngày 10 tháng 12 năm 2025``): its own name (``này``), then the date."""
_PASSAGE_REACH = 4_000  # characters at the end of the body where the sentence stands


def passage_date(text: str) -> tuple[PartialDate, int] | None:
    """The date an instrument printing no date line gives itself in its passage sentence,
    and where it starts in ``text`` (the end of the body); ``None`` if it gives none."""
    found = None
    for match in _PASSED.finditer(text, max(0, len(text) - _PASSAGE_REACH)):
        found = match  # the last: an earlier one may quote another instrument's
    if found is None or found["year"] is None:
        return None
    try:
        return date_from_match(found), found.start("date")
    except GrammarError:
        return None
