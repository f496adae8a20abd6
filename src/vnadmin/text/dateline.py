"""The place-and-date line of the header, whole or as OCR left it.

``Quảng Ngãi, ngày 24 tháng 01 năm 2025`` is read with the grammar's ``LONG_DATE``; a
draft leaves parts blank (``ngày    tháng 01 năm 2022``).  Scans give more: a handwritten
day read as ``@3`` or ``0)``, ``tháng`` read ``thảng`` or ``thdng``, diacritics lost
(``Can ThO',ngay &0 thdng 5 nam 2025``), words glued (``ngày30``), letters for digits
(``l5``, ``O3``, ``2O25``).  The line is then read on its folded letters: ``ngay`` or a
misreading of it (``ngàv``), a month word within one edit of ``thang`` and a four-digit
year; a day or month with a look-alike letter among its digits is read as the digits when
that completes both (said), a part that is not one or two digits is unreadable and left
blank, and said so.  The place is the run of capitalised words just before ``ngày``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.copies import COPY_FORM
from vnadmin.grammar.dates import (
    FOLDED_WEEKDAY,
    LONG_DATE,
    SHORT_DATE,
    date_from_match,
    long_date_pattern,
)
from vnadmin.model import PartialDate
from vnadmin.text.fuzzy import DIGIT_LOOKALIKES, fold_chars
from vnadmin.text.lines import Line, cells
from vnadmin.text.vocabulary import PLACE_WORDS

__all__ = [
    "DAY_WORD",
    "Dateline",
    "date_below",
    "find_dateline",
    "opens_day_word",
    "passage_date",
    "run_on_dateline",
]

_WEEKDAY = re.compile(rf"{FOLDED_WEEKDAY}[ \t]*,?[ \t]*$")
DAY_WORD = r"[nu][ \t]?[gq][ \t]?[ad](?:[yvwj]|(?=[ \t]))"
"""``ngày`` on folded text (:func:`~vnadmin.text.fuzzy.fold_chars`), the one pattern every
reader of the date line looks for it with.  Like the other fixed words it is compared on its
folded letters (``Ngày``, ``NGÀY``, ``ngáy``, ``ngảy``, bare ``ngay`` are one word), with a
crawl's space inside it (``ng ày``) and the letters a scan misreads in it: ``ngàv``,
``ngàW``, ``ugày``, ``nqày``, ``ngà`` with its last letter lost, and a legacy OCR layer's
``ngdy`` (its ``à`` read ``d``, as in ``thdng`` and ``ndm``)."""
_DAY_WORD = re.compile(DAY_WORD)
_MONTH_WORD = re.compile(r"th[a-z]ng|t[a-z]ang|thag|[a-z]hang")
"""``tháng`` folded, or one letter of it misread or lost (``thdng``, ``tbáng``, ``thág``,
``wháng``)."""
_YEAR = re.compile(r"(?<!\d)[12li][\doli]{3}(?!\d)")
"""Four digits, some of them possibly their look-alike letters (``2O25``), on folded text."""
_YEAR_WORD = re.compile(r"[ \t]*(?:n?[^\s\d]{0,3}a(?:rn|[mn])|n[^\s\d]?m)[ \t.:,]*$")
_YEAR_WORD_AFTER = re.compile(r"(?<![a-z])(?:n?[^\s\d]{0,3}a(?:rn|[mn])|n[^\s\d]?m)(?![a-z])")
"""``năm`` folded, or as a scan misreads it (``nãm``, ``nărn``, ``ndm``, a broken font's
``nm`` that lost its vowel), inside the line."""
_WORD = re.compile(r"[^\W\d_]{2}")
_MONTH_REACH = 10  # characters of the month's digits and the year word after ``tháng``
_YEAR_REMAINS = 8  # characters a damaged year and the specks after it take at most
_BLANK = " \t.…_-"
_PLACE_UNITS = PLACE_WORDS | {"pho", "tran", "dac", "khu"}
"""And the second words of ``thành phố``, ``thị trấn``, and the ``đặc khu`` of 2025."""
_NUMBERED_UNITS = {"quan", "phuong"}
"""Units numbered in their names (``Quận 1``, ``Phường 5``)."""
_PLACE_ABBREVIATIONS = {"tp", "hcm", "tphcm", "tx", "tt"}
"""Places abbreviated in capitals (``TP.HCM``, ``TP HCM``, ``TX. Kỳ Anh``)."""
_PLACE_PUNCTUATION = ",;，"  # a comma, a scan's semicolon for it, a full-width comma
_PLACE_OPENING = "[(*_"  # what a crawl or a scan puts before the place
_DASHES = {"-", "–", "—"}
_MAX_PLACE_WORDS = 7
_TRAILING = 4  # junk characters a scan may leave after the year (``năm 2024 |``)
_TRAILING_MARKS = 16  # or marks and punctuation, not a letter or digit among them


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
    head = cell[:200]
    folded = fold_chars(head)
    for word in _DAY_WORD.finditer(folded):
        at = word.start()
        if at == 0 or not folded[at - 1].isalpha():
            found = _read(head, folded, at, word.end())
            if found is not None:
                return _said_day_word(found, head[at : word.end()])
    return None


def opens_day_word(cell: str) -> bool:
    """Whether ``cell`` opens with ``ngày`` as :data:`DAY_WORD` reads it (the rest of a date
    line broken after its place: ``Hà Nam,`` / ``ngày 12 ...``)."""
    return _DAY_WORD.match(fold_chars(cell[:8])) is not None


def _said_day_word(found: Dateline, printed: str) -> Dateline:
    """``found``, its day word noted among the repairs when the scan or crawl changed more
    than its case: its letters, its tone mark or a space inside it (``ngáy``, ``ng ày``)."""
    if printed.casefold() == "ngày":
        return found
    return attrs.evolve(found, guessed=(f"{printed!r} as 'ngày'", *found.guessed))


_RUN_ON_YEAR = re.compile(r"(?-i:[nN])(?<!\w.)[aă]m\s+\d{4}(?=[\s,.]+[^\W\d_])", re.IGNORECASE)
"""A year after ``năm`` that more words follow: where a place-and-date line may end.  Its
first letter is one set outside ``IGNORECASE`` (both cases, all it matches for ``n``), the
word boundary a look-behind after it: the regex engine skips to the letter, where ``\\b``
first had it try every character."""


def run_on_dateline(cell: str) -> int | None:
    """Where a place-and-date line with its place ends when the next cell runs on after its
    year on the same line (a crawl joined the header's cells and the paragraph under them:
    ``Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi: ...``, ``... năm 2024 QUYẾT ĐỊNH VỀ
    ...``): the end of the year, if what follows opens with a capital, else ``None``."""
    for year in _RUN_ON_YEAR.finditer(cell, 0, min(len(cell), 200)):
        if not cell[year.end() :].lstrip(" \t,.")[:1].isupper():
            continue  # a sentence going on (``năm 2024 của ...``): no line read
        found = find_dateline(cell[: year.end()])
        if found is not None and found.place is not None:
            return year.end()
    return None


def _read(cell: str, folded: str, at: int, end: int) -> Dateline | None:
    """The date line whose day word spans ``at``-``end``, or ``None``."""
    if _WEEKDAY.search(folded, max(0, at - 14), at) is not None:
        return None  # "Thứ Tư, ngày ...": a web page's date, no document prints its weekday
    exact, rest = _exact(cell, at)
    if exact is not None and (exact.date.year is not None or not _printed(rest)):
        return exact
    month_word = _MONTH_WORD.search(folded, end, end + 12)
    if month_word is None:
        return exact or _short(cell, at, end)
    year = _year_at(cell, folded, month_word.end())
    year_text: str | None = None  # the year's digits, or None when past reading
    if year is not None and _trailing(cell, year.end()):
        year_start, year_end = year.span()
        year_text = cell[year_start:year_end]
    elif exact is not None:
        # the year left unfinished (a draft's ``năm 20``) or no year at all: said, not read
        return attrs.evolve(exact, unreadable=(rest.strip(),))
    else:
        damaged = _damaged_year(cell, folded, month_word.end())
        if damaged is None:
            return None
        year_start, year_end = damaged, len(cell)
    day_text = cell[end : month_word.start()]
    month_text = cell[month_word.end() : year_start]
    month_text = month_text[: len(month_text) - _year_word(fold_chars(month_text))]
    unreadable: list[str] = []
    guessed: list[str] = []
    day = _part(day_text, unreadable, guessed, lookalikes=True)
    month = _part(month_text, unreadable, guessed, lookalikes=True)
    if unreadable:
        # a look-alike letter is read as a digit only where that completes the day and
        # month: beside a part not read (a handwritten day) it is left unread too
        unreadable.clear()
        guessed.clear()
        day = _part(day_text, unreadable, guessed, lookalikes=False)
        month = _part(month_text, unreadable, guessed, lookalikes=False)
    year_value = None if year_text is None else _year(year_text, guessed)
    if year_text is None:  # printed, but no year can be read in it: said, never guessed
        unreadable.append(cell[year_start:].strip())
    try:
        date = PartialDate(day=day, month=month, year=year_value)
    except ValueError:
        unreadable.append(cell[at:year_end])
        try:
            date = PartialDate(month=month, year=year_value)
        except ValueError:
            date = PartialDate(year=year_value)
    start, place = _place(cell, at)
    if place is None and (misread := _damaged_place(cell, at)) is not None:
        start, place = misread
        guessed.append(f"place {place!r}")
    return Dateline(start, place, date, tuple(unreadable), tuple(guessed))


def _damaged_year(cell: str, folded: str, start: int) -> int | None:
    """Where the year of a line starts whose year word stands after the month ending at
    ``start`` but whose year a scan damaged past reading (``năm 201]``, ``năm 2 019``): a
    few characters ending the cell, two digits among them, the first a digit or its
    look-alike, no word; ``None`` when what follows is no such year (``năm nay``, a
    sentence)."""
    word = _YEAR_WORD_AFTER.search(folded, start, start + _MONTH_REACH)
    if word is None:
        return None
    remains = cell[word.end() :].strip()
    if (
        len(remains) > _YEAR_REMAINS
        or sum(char.isdigit() for char in remains) < 2
        or not remains[:1].translate(DIGIT_LOOKALIKES).isdigit()
        or _WORD.search(remains) is not None
    ):
        return None
    return len(cell) - len(cell[word.end() :].lstrip())


def _exact(cell: str, at: int) -> tuple[Dateline | None, str]:
    """The line read by the grammar's ``LONG_DATE`` (parts possibly blank), or ``None``,
    and what follows it (where a year the grammar could not read, ``2O25``, stands)."""
    match = LONG_DATE.match(cell, at)
    if match is None or not _trailing(cell, match.end()):
        return None, ""
    try:
        date = PartialDate(
            day=_int(match["day"]), month=_int(match["month"]), year=_int(match["year"])
        )
    except ValueError:
        return None, ""
    return Dateline(*_place(cell, at), date=date), cell[match.end() :]


def _short(cell: str, at: int, end: int) -> Dateline | None:
    """``Hà Nội, ngày 07/8/2024``: the date printed short after ``ngày`` (a portal's or a
    crawl's rewriting), with its year; never after ``Ngày:``, a stamp's label."""
    gap = cell[end : end + 4]
    match = SHORT_DATE.match(cell, end + len(gap) - len(gap.lstrip()))
    if match is None or match["year"] is None or not _trailing(cell, match.end()):
        return None
    try:
        date = date_from_match(match)
    except GrammarError:
        return None
    return Dateline(*_place(cell, at), date=date)


def _year_at(cell: str, folded: str, start: int) -> re.Match[str] | None:
    """The year after the month word ending at ``start``: four digits, or a scan's reading
    of them with at most two look-alike letters (``2O25``; ``2ò25`` is none)."""
    for year in _YEAR.finditer(folded, start, start + 16):
        printed = cell[year.start() : year.end()]
        if printed.translate(DIGIT_LOOKALIKES).isdecimal() and (
            sum(char.isdigit() for char in printed) >= 2
        ):
            return year
    return None


def _trailing(cell: str, end: int) -> bool:
    """Whether what follows the year at ``end`` is what a scan leaves after a date line:
    a few characters, or marks and punctuation only (a seal's rim, ``.,-_ !``)."""
    rest = cell[end:]
    return len(rest) <= _TRAILING or (len(rest) <= _TRAILING_MARKS and not _printed(rest))


def _printed(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit (a year LONG_DATE could not read)."""
    return any(char.isalnum() for char in text)


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
    digits = text.translate(DIGIT_LOOKALIKES)
    if digits != text:
        guessed.append(f"year {text!r} as {digits}")
        text = digits
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


def _part(text: str, unreadable: list[str], guessed: list[str], *, lookalikes: bool) -> int | None:
    """A day or month as printed: digits, blank (a draft), digits with a look-alike letter
    among them (``l5``, ``O3``; with ``lookalikes``), after one stray letter that OCR
    glued to ``ngày`` or before one stray sign (guessed, said), or unreadable (said): a
    letter set apart from ``ngày`` is a digit misread, never a speck."""
    stripped = text.strip(_BLANK)
    if not stripped:
        return None
    digits = stripped.translate(DIGIT_LOOKALIKES)
    if (
        lookalikes
        and digits != stripped
        and digits.isdigit()
        and len(digits) <= 2
        and int(digits)
        and any(char.isdigit() for char in stripped)
    ):
        guessed.append(f"{stripped!r} as {int(digits)}")  # ``l5``, ``O3``: look-alike letters
        return int(digits)
    glued = _GLUED_DIGITS.fullmatch(stripped)
    if glued is not None and glued.start("digits") > 0 and text[:1].isspace():
        glued = None  # ``ngày S6``: a letter apart from ``ngày`` stands in a digit's place
    if glued is not None:
        value = int(glued["digits"] or glued["two"])
        if value:
            if glued.start("digits") > 0 or glued["speck"]:
                guessed.append(f"{stripped!r} as {value}")
            return value
    unreadable.append(stripped)
    return None


_GLUED_DIGITS = re.compile(
    r"(?:[^\W\d_](?=\d))?(?P<digits>[0-9]{1,2})|(?P<two>[0-9]{2})(?P<speck>[^\w\s])"
)
"""A day or month as OCR glued it: after one stray letter (``ngaya16``), or two digits
before one stray sign (``18§``: a stroke of the seal over it; after one digit, ``4?``, the
sign may be a second digit written by hand)."""
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
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = word.strip(_PLACE_PUNCTUATION)
        if not kept and bare.endswith("."):
            bare = bare[:-1]  # "Hà Tĩnh. ngày": a comma read as a full stop (no "TP." ends it)
        if not bare:
            continue
        if len(kept) >= _MAX_PLACE_WORDS:
            break
        if bare in _DASHES:
            if not kept:
                break
            kept.append(bare)  # "Bà Rịa - Vũng Tàu": a dash between two names
            continue
        numbered = bare.isdigit() and len(bare) <= 2 and index > 0
        if not (
            _place_word(bare, capitals=capitals)
            or (numbered and fold_chars(words[index - 1]) in _NUMBERED_UNITS)
        ):
            break
        kept.append(bare)
        if word.endswith(",") and len(kept) > 1:
            break  # "…/UBND-VX, Hà Nội": a comma inside the run ends it
    while kept and kept[-1] in _DASHES:
        kept.pop()  # "- Hà Nội": a list's dash before the place
    if not kept:
        return at, None
    kept.reverse()
    start = before.rfind(kept[0], 0, at)
    return max(start, 0), " ".join([kept[0].lstrip(_PLACE_OPENING), *kept[1:]])


def _place_word(word: str, *, capitals: bool = False) -> bool:
    if any(char.isdigit() for char in word) or "/" in word:
        return False
    first = next((char for char in word if char.isalpha()), "")
    if not (first.isupper() or first.islower()):
        return False  # no letter, or a mark a scan left (``ˆ``, a modifier letter)
    if first.islower():
        return fold_chars(word) in _PLACE_UNITS
    letters = [char for char in word if char.isalpha()]
    return (
        capitals
        or len(letters) == 1
        or any(char.islower() for char in letters)
        or word.endswith(".")
        or fold_chars(word).replace(".", "") in _PLACE_ABBREVIATIONS
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


def date_below(lines: Sequence[Line]) -> tuple[Dateline, int] | None:
    """The place-and-date line of a document that prints none in its header but below its
    body (above or beside the signature, or under it: a form's, a minutes', an older
    document's habit), and its line; ``None`` if ``lines`` (the body's last lines and the
    footer) hold none.  A cell that is the whole line, with its place and year, is one; a
    copy's block ends the search (``SAO Y``: the date under it is the copy's)."""
    for line in lines:
        if COPY_FORM.match(line.text.strip(" \t*_|")) is not None:
            return None
        for cell in cells(line.text):
            found = find_dateline(cell.strip(" *_|"))
            if (
                found is not None
                and found.start == 0
                and found.place is not None
                and found.date.year is not None
            ):
                return found, line.number
    return None
