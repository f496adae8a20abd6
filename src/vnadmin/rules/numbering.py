"""Number rules (số, ký hiệu): how the number is written and how the symbol is built.

The model keeps the digits as printed (``"05"``), so the leading zero is checked here; the
symbol parts are checked against the kind's abbreviation in the document's regime, and the
number line as printed (``Instrument.printed``) for the hyphens that join them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.grammar.printed import GLUED_DASH
from vnadmin.model import Instrument, NumberStyle, Regime
from vnadmin.normalize import fold
from vnadmin.rules.kinds import REGIME_NAMES, consolidated, usable_kind
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]

_ND30_NUMBER = "NĐ 30/2020 Phụ lục I, Phần I, mục II.3"
_NUMBER = "Phụ lục I, Phần I, mục II.3"
_PARTY_NUMBER = "HD 36-HD/VPTW (số và ký hiệu)"
_ASSEMBLY = re.compile(r"(?:UBTV)?QH\d{1,2}")
"""The National Assembly and its Standing Committee, by term (``QH15``, ``UBTVQH15``): their
laws, ordinances and resolutions are numbered ``254/2025/QH15`` (Luật Ban hành VBQPPL),
with no kind abbreviation."""


@rule(
    "VN-NUM-001",
    Severity.ERROR,
    regimes={Regime.STATE, Regime.PARTY},
    source=f"{_ND30_NUMBER} điểm c; {_PARTY_NUMBER}",
    summary="The number counts from 01; numbers below 10 take one leading zero (05, not 5 or 005)",
    needs=("number",),
)
def leading_zero(context: Context) -> Iterator[Finding]:
    """Not in a print the reader found damaged: its digits are not the print's (a scan's
    handwritten ``03`` read ``0``)."""
    number = context.instrument.number
    if number is None or number.value is None or context.print_in_doubt:
        return
    if number.value == 0:
        yield Finding("number.number", "the number (số) counts from 01, not 0")
    elif number.value < 10 and number.number != f"{number.value:02d}":
        yield Finding(
            "number.number",
            f"the number (số) {number.number!r} is written {number.value:02d}"
            " (one leading zero below 10)",
        )


@rule(
    "VN-NUM-008",
    Severity.INFO,
    regimes={Regime.STATE, Regime.PARTY},
    source=f"{_ND30_NUMBER} điểm c; {_PARTY_NUMBER}",
    summary="A number of 10 or more is printed without leading zeros (2124, not 02124)",
    needs=("number",),
)
def padded_number(context: Context) -> Iterator[Finding]:
    """Worth knowing, no breach: the regulation asks a zero of the numbers below 10 and says
    nothing of the others, and issuers' registers pad them (``02124/QĐ-UBND``)."""
    number = context.instrument.number
    if number is None or number.value is None or number.value < 10:
        return
    if number.number != str(number.value):
        yield Finding(
            "number.number",
            f"the number (số) {number.number!r} is {number.value}, printed with leading zeros",
        )


@rule(
    "VN-NUM-002",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 15 khoản 1, {_NUMBER}; {_PARTY_NUMBER}",
    summary="A final document has a number; only drafts leave it blank (Số: /STC-VP)",
    final_only=True,
    reports=False,
    needs=("number",),
)
def blank_number(context: Context) -> Iterator[Finding]:
    number = context.instrument.number
    if number is None:
        yield Finding("number", "the number and symbol (số, ký hiệu) are missing")
    elif number.number is None:
        yield Finding(
            "number.number",
            "the number (số) is blank; only a draft leaves it blank",
            needs=("stamped",),  # signed electronically: the signature stamped it
        )


@rule(
    "VN-NUM-003",
    Severity.ERROR,
    source=f"{_ND30_NUMBER} điểm b, Phụ lục III; {_PARTY_NUMBER}",
    summary="The symbol starts with the kind's abbreviation where the kind has one (QĐ-UBND)",
    needs=("number", "kind"),
)
def kind_abbreviation_missing(context: Context) -> Iterator[Finding]:
    """In a print the reader found damaged, a symbol that opens with the kind's abbreviation
    one letter of it doubled (``QĐĐ-BGDĐT``: a scan's OCR read ``Đ`` twice) opens with it."""
    instrument = context.instrument
    kind = usable_kind(instrument)
    number = instrument.number
    if kind is None or number is None or number.kind_abbreviation is not None:
        return
    if consolidated(instrument):
        return  # 92/VBHN-BQP: a consolidated text prints the kind it consolidates
    if instrument.regime is Regime.LEGAL and _ASSEMBLY.fullmatch(number.issuer_abbreviation):
        return  # 254/2025/QH15, 115/2025/UBTVQH15: no kind in the Assembly's symbols
    expected = kind.abbreviation(instrument.regime)
    if expected is None:
        return
    if context.print_in_doubt and _doubled(number.issuer_abbreviation, expected):
        return
    yield Finding(
        "number.kind_abbreviation",
        f"the symbol (ký hiệu) of a {kind.name} starts with {expected}"
        f" ({expected}-{number.issuer_abbreviation})",
    )


def _doubled(printed: str, abbreviation: str) -> bool:
    """Whether ``printed`` is ``abbreviation`` with one of its letters printed twice."""
    return len(printed) == len(abbreviation) + 1 and any(
        printed[at] == printed[at - 1] and printed[:at] + printed[at + 1 :] == abbreviation
        for at in range(1, len(printed))
    )


def _abbreviations(instrument: Instrument) -> set[str]:
    """The issuer's abbreviation and the initials of its name, folded (``CỤC THUẾ``: ``ct``)."""
    issuer = instrument.issuer
    if issuer is None:
        return set()
    initials = "".join(word[0] for word in fold(issuer.name).split() if word[0].isalpha())
    return {initials} | ({fold(issuer.abbreviation)} if issuer.abbreviation else set())


@rule(
    "VN-NUM-004",
    Severity.ERROR,
    source=f"{_ND30_NUMBER} điểm b, Phụ lục III",
    summary="A kind without abbreviation (công văn, thư công, luật) has none in its symbol",
    needs=("number", "kind"),
)
def kind_abbreviation_forbidden(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind = usable_kind(instrument)
    number = instrument.number
    if kind is None or number is None or number.kind_abbreviation is None:
        return
    if kind.abbreviation(instrument.regime) is None:
        actual = number.kind_abbreviation
        if fold(actual) in _abbreviations(instrument):
            return  # CT-CS of CỤC THUẾ: the issuer's abbreviation, then the drafting unit
        wild = " (CV is common in the wild but not in the decree)" if actual == "CV" else ""
        yield Finding(
            "number.kind_abbreviation",
            f"a {kind.name} symbol (ký hiệu) has no kind abbreviation: drop {actual}{wild}",
        )


@rule(
    "VN-NUM-005",
    Severity.ERROR,
    source=f"{_ND30_NUMBER} điểm b; {_PARTY_NUMBER}",
    summary="Party documents number as 15-CT/TU, state and legal ones as 12/UBND-VX",
    needs=("number",),
)
def number_style(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    number = instrument.number
    if number is None:
        return
    party_style = number.style is NumberStyle.PARTY
    if (instrument.regime is Regime.PARTY) != party_style:
        shown = "15-CT/TU" if instrument.regime is Regime.PARTY else "12/UBND-VX"
        yield Finding(
            "number.style",
            f"{REGIME_NAMES[instrument.regime]} documents write the number as {shown},"
            f" not in {number.style.value} style",
        )


@rule(
    "VN-NUM-006",
    Severity.ERROR,
    source="Luật Ban hành VBQPPL 2015 Điều 8; NĐ 30/2020 Phụ lục I, Phần I, mục II.3",
    summary="Only legal normative documents carry the year in their number (30/2020/NĐ-CP)",
    needs=("number",),
)
def number_year(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    number = instrument.number
    if number is None:
        return
    if instrument.regime is Regime.LEGAL and number.year is None:
        yield Finding(
            "number.year",
            "a legal normative document (văn bản quy phạm pháp luật) carries the year of"
            " issue in its number (30/2020/NĐ-CP)",
        )
    elif instrument.regime is not Regime.LEGAL and number.year is not None:
        yield Finding(
            "number.year",
            "only legal normative documents carry the year in their number;"
            f" {REGIME_NAMES[instrument.regime]} documents do not",
        )


@rule(
    "VN-NUM-007",
    Severity.ERROR,
    regimes={Regime.LEGAL},
    source="Luật Ban hành VBQPPL 2015 Điều 8 khoản 1",
    summary="The year in a legal normative number is the year of issue",
    needs=("number", "date"),
)
def number_year_matches_date(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    number, date = instrument.number, instrument.date
    if number is None or number.year is None or date is None or date.year is None:
        return
    if number.year != date.year:
        yield Finding(
            "number.year",
            f"the number carries the year {number.year} but the document is dated {date.year}",
        )


@rule(
    "VN-NUM-009",
    Severity.INFO,
    regimes={Regime.STATE, Regime.LEGAL},
    source=f"{_ND30_NUMBER} điểm b (gạch nối (-) không cách chữ)",
    summary="The symbol's groups are joined by hyphens (12/QĐ-UBND), not en dashes (QĐ–UBND)",
    needs=("printed", "number"),
)
def symbol_dashes(context: Context) -> Iterator[Finding]:
    """Info, not a warning: web pages set en dashes in symbols themselves, so a page's dash
    does not tell the document's misprint from the portal's typography."""
    line = context.printed.number
    if line is not None and GLUED_DASH.search(line):
        fixed = GLUED_DASH.sub("-", line)
        yield Finding(
            "printed.number",
            f"{line!r}: the symbol's groups are joined by hyphens (gạch nối -): {fixed!r}",
        )


@rule(
    "VN-NUM-010",
    Severity.INFO,
    source=f"NĐ 30/2020 Điều 15 khoản 1, Điều 16; {_NUMBER}",
    summary="A document printed with its number and day both blank awaits registration: it is"
    " checked as a draft",
)
def unregistered(context: Context) -> Iterator[Finding]:
    """Info, not an error: the văn thư fills the number and the day together when it
    registers the document, so both blank is a draft or an unregistered copy (a conclusion
    sent for comment), not a final document that forgot one; one blank stays VN-NUM-002 or
    VN-DATE-002."""
    if context.unregistered:
        yield Finding(
            "number.number",
            "the number (số) and the day (ngày) are both blank: a draft awaiting registration,"
            " checked as a draft",
        )


RULES: tuple[Rule, ...] = (
    leading_zero,
    blank_number,
    unregistered,
    kind_abbreviation_missing,
    kind_abbreviation_forbidden,
    number_style,
    number_year,
    number_year_matches_date,
    padded_number,
    symbol_dashes,
)
