"""Place and date rules (địa danh và thời gian ban hành).

Impossible dates (30 February) cannot be built in the model, and dates are integers there:
the leading zeros of ``ngày 05 tháng 01`` are read from the printed date line
(:attr:`Printed.date <vnadmin.model.Printed.date>`) with the date grammar.  The rest: a date
after today, blank parts in a final document, and the other dates a document prints that cannot follow it: an instrument it cites, the stamp
of its receiver.
"""

from __future__ import annotations

import calendar
import datetime
import re
from collections.abc import Iterator

from vnadmin.grammar.dates import format_day, format_month, printed_digits
from vnadmin.localities import seat_of
from vnadmin.model import Citation, PartialDate, Regime
from vnadmin.normalize import fold
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES", "earliest", "latest"]

_DATE = "Phụ lục I, Phần I, mục II.4; HD 36-HD/VPTW (địa danh và ngày tháng)"
_ND30_DATE = f"NĐ 30/2020 {_DATE}"
_PARTS = (("day", "ngày"), ("month", "tháng"), ("year", "năm"))


def earliest(date: PartialDate) -> datetime.date | None:
    """The first calendar day ``date`` can be; ``None`` without a year."""
    if date.year is None:
        return None
    return datetime.date(date.year, date.month or 1, date.day or 1)


def latest(date: PartialDate) -> datetime.date | None:
    """The last calendar day ``date`` can be; ``None`` without a year."""
    if date.year is None:
        return None
    month = date.month or 12
    return datetime.date(date.year, month, date.day or calendar.monthrange(date.year, month)[1])


@rule(
    "VN-DATE-001",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 15 khoản 1, {_DATE}; QCVN 102:2016/BTTTT (PromulgationDate)",
    summary="The date of issue is not after today",
    needs=("date",),
)
def future_date(context: Context) -> Iterator[Finding]:
    date = context.instrument.date
    first = None if date is None else earliest(date)
    if first is not None and first > context.today:
        yield Finding(
            "date",
            f"the date of issue (thời gian ban hành) {first.isoformat()} is after today"
            f" ({context.today.isoformat()})",
        )


@rule(
    "VN-DATE-002",
    Severity.ERROR,
    source=_ND30_DATE,
    summary="A final document's date has its day, month and year; only drafts leave parts blank",
    final_only=True,
    reports=False,
    needs=("date", "stamped"),  # signed electronically: the signature stamped the day
)
def partial_date(context: Context) -> Iterator[Finding]:
    """Not in a print the reader found damaged (a scan's OCR): a part filled in by hand on
    the signed copy (``ngày 05 tháng`` ``năm 2018``, the month written in ink) is lost to
    the text, as the reader's ``date-blank`` says, and is no draft's blank."""
    date = context.instrument.date
    if date is None or date.is_blank or context.print_in_doubt:
        return
    for part, word in _PARTS:
        if getattr(date, part) is None:
            yield Finding(f"date.{part}", f"the {part} ({word}) of the date is blank")


@rule(
    "VN-DATE-003",
    Severity.ERROR,
    source=_ND30_DATE,
    summary="A final document is dated; only drafts leave the date blank",
    final_only=True,
    reports=False,
    needs=("date",),
)
def missing_date(context: Context) -> Iterator[Finding]:
    date = context.instrument.date
    if date is None:
        yield Finding("date", "the date of issue (thời gian ban hành) is missing")
    elif date.is_blank:  # a date line printed blank: a draft's, or a signature's stamp
        yield Finding(
            "date", "the date of issue (thời gian ban hành) is missing", needs=("stamped",)
        )


@rule(
    "VN-DATE-004",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 8 khoản 2 điểm d, {_DATE}",
    summary="The place of issue (địa danh) is given",
    reports=False,
    needs=("place",),
)
def missing_place(context: Context) -> Iterator[Finding]:
    if context.instrument.place is None:
        yield Finding("place", "the place of issue (địa danh) is missing")


@rule(
    "VN-DATE-007",
    Severity.WARNING,
    regimes={Regime.STATE, Regime.LEGAL},
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.4",
    summary="The date line writes a zero before days 1-9 and months 1 and 2 only"
    " (ngày 05 tháng 01, tháng 4: not tháng 04)",
    needs=("printed", "date"),
)
def date_digits(context: Context) -> Iterator[Finding]:
    line = context.printed.date
    digits = None if line is None else printed_digits(line)
    if digits is None:
        return
    day, month, _ = digits
    if day is not None and day != format_day(int(day)):
        yield Finding(
            "printed.date",
            f"the day is printed ngày {format_day(int(day))}, not ngày {day}"
            " (a zero before days 1 to 9 only)",
        )
    if month is not None and 1 <= int(month) <= 12 and month != format_month(int(month)):
        yield Finding(
            "printed.date",
            f"the month is printed tháng {format_month(int(month))}, not tháng {month}"
            " (a zero before months 1 and 2 only)",
        )


_UNIT_PREFIX = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|thi tran|xa|phuong)\s+")
"""A unit word the place may print before the name (``TP. Hồ Chí Minh``, ``Thành phố Huế``)."""


@rule(
    "VN-DATE-008",
    Severity.WARNING,
    regimes={Regime.STATE},
    source=f"{_ND30_DATE}, điểm a (địa danh: tên đơn vị hành chính nơi cơ quan đóng trụ sở)",
    summary="The place of issue names the local unit the issuer sits in (Quảng Ngãi for a Sở"
    " of tỉnh Quảng Ngãi, Củ Chi for UBND huyện Củ Chi)",
    reports=False,
    needs=("issuer", "place"),
)
def place_of_the_seat(context: Context) -> Iterator[Finding]:
    """Only where the issuer's names (or its parents') name a local unit: a body of the
    centre or one whose names place nothing is not judged."""
    instrument = context.instrument
    place, issuer = instrument.place, instrument.issuer
    if place is None or issuer is None:
        return
    wanted = seat_of(issuer)
    printed = _UNIT_PREFIX.sub("", fold(place).strip(" .,"))
    if wanted is None or not printed or wanted in printed or printed in wanted:
        return
    if _initials(printed) == wanted or _initials(wanted) == printed:
        return  # TP.HCM in the issuer's names, Thành phố Hồ Chí Minh on the date line
    yield Finding(
        "place",
        f"the place (địa danh) {place!r} is not the unit the issuer sits in ({wanted!r}, folded)",
    )


def _initials(name: str) -> str:
    """The initials of a folded name of several words (``hcm`` for ``ho chi minh``)."""
    words = name.split()
    return "".join(word[0] for word in words) if len(words) > 1 else ""


def _cited(context: Context) -> Iterator[tuple[str, Citation]]:
    """Each citation with its field path, paragraphs first, then tasks depth first."""
    body = context.instrument.body
    for name in ("preamble", "background"):
        for p, paragraph in enumerate(getattr(body, name)):
            for c, citation in enumerate(paragraph.citations):
                yield f"body.{name}[{p}].citations[{c}]", citation
    for name in ("tasks", "closing"):
        stack = [(f"body.{name}[{t}]", task) for t, task in enumerate(getattr(body, name))]
        stack.reverse()
        while stack:
            path, task = stack.pop()
            for c, citation in enumerate(task.citations):
                yield f"{path}.citations[{c}]", citation
            stack.extend(
                (f"{path}.subtasks[{s}]", sub)
                for s, sub in reversed(list(enumerate(task.subtasks)))
            )


@rule(
    "VN-DATE-005",
    Severity.WARNING,
    source="consistency (no regulation): an instrument cites what was issued before it",
    summary="No cited instrument is dated after the document (after today when it is undated)",
)
def citation_after_issue(context: Context) -> Iterator[Finding]:
    """A number that carries a later year than the date (``45/2025/TT-BYT`` dated 2015, which
    VN-NUM-007 reports) puts the date in doubt: the document is of the number's year at
    least, and citations of that year are not held against it one by one.  A date the reader
    could not read whole (``ngày 0 tháng 3``: a scan's damage) bounds nothing: the parts it
    kept may be misread too, and only today does."""
    date = None if "date" in context.reader_missed else context.instrument.date
    issued = None if date is None else latest(date)
    year = None if context.instrument.number is None else context.instrument.number.year
    if issued is not None and year is not None and issued.year < year <= context.today.year:
        issued = datetime.date(year, 12, 31)
    bound, what = (context.today, "today") if issued is None else (issued, "the document")
    for path, citation in _cited(context):
        first = None if citation.date is None else earliest(citation.date)
        if first is not None and first > bound:
            yield Finding(
                f"{path}.date",
                f"a cited instrument is dated {first.isoformat()}, after {what}"
                f" ({bound.isoformat()})",
            )


@rule(
    "VN-DATE-006",
    Severity.WARNING,
    source="NĐ 30/2020 Điều 20 to 22 (văn bản đến); consistency: a copy is received after"
    " its issue",
    summary="The receiver's stamp (ĐẾN) is not dated before the document nor after today",
)
def stamp_date(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    stamp = instrument.incoming
    if stamp is None or stamp.date is None:
        return
    received_first, received_last = earliest(stamp.date), latest(stamp.date)
    issued = None if instrument.date is None else earliest(instrument.date)
    if received_first is not None and received_first > context.today:
        yield Finding(
            "incoming.date",
            f"the stamp (ĐẾN) is dated {received_first.isoformat()}, after today"
            f" ({context.today.isoformat()})",
        )
    elif received_last is not None and issued is not None and received_last < issued:
        yield Finding(
            "incoming.date",
            f"the stamp (ĐẾN) is dated {received_last.isoformat()}, before the document"
            f" ({issued.isoformat()})",
        )


RULES: tuple[Rule, ...] = (
    future_date,
    partial_date,
    missing_date,
    missing_place,
    citation_after_issue,
    stamp_date,
    date_digits,
    place_of_the_seat,
)
