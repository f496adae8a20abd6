"""Grammar of a copy's block (bản sao): its form, number, place and time, and signer.

NĐ 30/2020 (Điều 25, Phụ lục I Phần II) copies a document in one of three forms, printed
in capitals: ``SAO Y``, ``SAO LỤC``, ``TRÍCH SAO``.  A paper copy prints under the
original the copying body, its form, its own number (``Số: 05/SY-UBND``, the symbol
opening with the form's abbreviation of Phụ lục III), its place and date, and who signs
it; an electronic copy prints the form, the copying body and the time it was signed
(``Thời gian ký: 06/06/2024 15:54:06 +07:00``).
"""

from __future__ import annotations

import re

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.dates import LONG_DATE, date_from_match
from vnadmin.grammar.number_label import SO
from vnadmin.grammar.numbers import NUMBER, number_from_match
from vnadmin.model import DocumentNumber, PartialDate
from vnadmin.normalize import nfc

__all__ = ["COPY_FORM", "COPY_FORMS", "COPY_FORM_FIRST", "SIGNED_AT", "CopyBlock", "read_copy"]

COPY_FORMS = {"SAO Y": "SY", "SAO LỤC": "SL", "TRÍCH SAO": "TrS"}
"""Each form of copy as NĐ 30 prints it, with the abbreviation its number carries."""
COPY_FORM = re.compile(
    r"(?:SAO[ \t]*Y(?:[ \t]+BẢN[ \t]+CHÍNH)?|SAO[ \t]+LỤC|TRÍCH[ \t]+SAO|BẢN[ \t]+SAO)",
    re.IGNORECASE,
)
"""A line naming the form of a copy, as printed right or wrong (``Sao y bản chính``,
``SAOY``)."""
COPY_FORM_FIRST = frozenset("SsſTtBb")
"""The letters a :data:`COPY_FORM` match opens with (``IGNORECASE`` takes the long ``ſ`` for
``s``): a line opening otherwise is none, without a regex call."""
SIGNED_AT = re.compile(r"Thời[ \t]+gian[ \t]+ký[ \t]*:?[ \t]*(?P<time>\S.*)", re.IGNORECASE)
"""The signing time of an electronic copy: ``Thời gian ký: 06/06/2024 15:54:06 +07:00``."""
_NUMBER_LINE = re.compile(rf"{SO}[ \t]*:?[ \t]*")


@attrs.frozen(kw_only=True)
class CopyBlock:
    """What a copy's block prints: the form line, the number, the date, the signing time
    of an electronic copy, and whether a line follows them (the copying body or signer)."""

    form: str | None
    number: DocumentNumber | None
    date: PartialDate | None
    signed_at: str | None
    others: int


def read_copy(lines: tuple[str, ...]) -> CopyBlock:
    """Read the lines of a copy's block in any order; what is not found is ``None``."""
    form = number = date = signed_at = None
    others = 0
    for raw in lines:
        line = nfc(raw).strip()
        if form is None and COPY_FORM.fullmatch(line):
            form = line
        elif number is None and (found := _number(line)) is not None:
            number = found
        elif date is None and (dated := LONG_DATE.search(line)) is not None:
            try:
                date = date_from_match(dated)
            except GrammarError:
                others += 1
        elif signed_at is None and (signed := SIGNED_AT.fullmatch(line)) is not None:
            signed_at = signed["time"]
        else:
            others += 1
    return CopyBlock(form=form, number=number, date=date, signed_at=signed_at, others=others)


def _number(line: str) -> DocumentNumber | None:
    lead = _NUMBER_LINE.match(line)
    if lead is None:
        return None
    match = NUMBER.match(line, lead.end())
    if match is None:
        return None
    try:
        return number_from_match(match)
    except ValueError:
        return None
