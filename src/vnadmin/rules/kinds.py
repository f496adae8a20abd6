"""Kind rules (thể loại văn bản): the kind is given, registered, used in the regime, and the
kind abbreviation in the symbol is the kind's own (NĐ 30 Article 7 and Phụ lục III).

Symbols confuse look-alike abbreviations: QĐ/QyĐ, ĐA/DA, HD/HĐ, CT/CTr are each two real
kinds, so using the wrong one is "the abbreviation of another kind"; ``QD`` (no Đ) or ``Qđ``
belong to no kind and are reported with the abbreviation they resemble.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.model import DocumentKind, Instrument, Regime
from vnadmin.normalize import fold
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["REGIME_NAMES", "RULES", "consolidated", "usable_kind"]

REGIME_NAMES = {
    Regime.STATE: "state (NĐ 30)",
    Regime.PARTY: "Party (HD 36)",
    Regime.LEGAL: "legal normative",
}
"""How messages name a regime."""

_ND30_KINDS = "NĐ 30/2020 Điều 7, Phụ lục III; HD 36-HD/VPTW; Luật Ban hành VBQPPL 2015 Điều 4"
_ND30_ABBREVIATIONS = "NĐ 30/2020 Phụ lục III; HD 36-HD/VPTW (số và ký hiệu)"


def consolidated(instrument: Instrument) -> bool:
    """Whether the instrument is a consolidated text (văn bản hợp nhất, ``92/VBHN-BQP``):
    titled by the kind it consolidates (``QUYẾT ĐỊNH``) and reproducing that instrument's
    own bases and formulas as they were issued, with footnotes to the amending ones."""
    number = instrument.number
    return number is not None and "VBHN" in (number.kind_abbreviation, number.issuer_abbreviation)


_IN_PRACTICE = {("quy-dinh", Regime.PARTY): "QĐ"}
"""Abbreviations the issuers use beside the guidance's, by (kind code, regime): the Central
Committee, the Politburo and the Secretariat number their regulations ``-QĐ/TW`` (hundreds
of real citations from 2011 to 2025), HD 36's ``QĐi`` hardly ever; neither is a fault."""


def usable_kind(instrument: Instrument) -> DocumentKind | None:
    """The instrument's kind if it has one that its regime uses, else ``None``."""
    kind = instrument.kind
    if kind is None or instrument.regime not in kind.regimes:
        return None
    return kind


@rule(
    "VN-KIND-001",
    Severity.ERROR,
    source="NĐ 30/2020 Điều 8 khoản 2 điểm đ; HD 36-HD/VPTW (tên loại văn bản)",
    summary="The kind (tên loại) is given",
    reports=False,
    needs=("kind",),
)
def kind_missing(context: Context) -> Iterator[Finding]:
    if context.instrument.kind is None:
        yield Finding("kind", "the kind of the document (tên loại văn bản) is not given")


@rule(
    "VN-KIND-002",
    Severity.ERROR,
    source=_ND30_KINDS,
    summary="The kind is one of the registered kinds",
    needs=("kind",),
)
def kind_unknown(context: Context) -> Iterator[Finding]:
    kind = context.instrument.kind
    if kind is not None and kind not in context.kinds:
        yield Finding("kind", f"{kind.name!r} ({kind.code}) is not a registered kind (thể loại)")


@rule(
    "VN-KIND-003",
    Severity.ERROR,
    source=f"{_ND30_KINDS}; before 1 July 2016 Luật Ban hành VBQPPL của HĐND, UBND 2004 Điều 1",
    summary="The kind is used in the document's regime (no Kết luận in state documents)",
    needs=("kind", "regime"),
)
def kind_outside_regime(context: Context) -> Iterator[Finding]:
    """A people's committee's chỉ thị numbered with its year (``01/2013/CT-UBND``) was a
    legal normative document until the 2015 law took effect (Luật Ban hành VBQPPL của
    HĐND, UBND 2004 Điều 1): issued before 1 July 2016, it is one."""
    instrument = context.instrument
    kind = instrument.kind
    if consolidated(instrument):
        return  # 81/VBHN-BNNMT: a ministry consolidates a Nghị định, titled as such
    if kind is None or instrument.regime in kind.regimes:
        return
    if (
        instrument.regime is Regime.LEGAL
        and kind.code in _LEGAL_UNTIL_2016
        and _issued_before_2016_law(instrument)
    ):
        return
    used = ", ".join(REGIME_NAMES[r] for r in sorted(kind.regimes, key=list(Regime).index))
    yield Finding(
        "kind",
        f"{kind.name} is not a kind of {REGIME_NAMES[instrument.regime]} documents"
        f" (it is used in: {used})",
    )


_LEGAL_UNTIL_2016 = frozenset({"chi-thi"})
"""Kinds that were legal normative before Luật Ban hành VBQPPL 2015 (in force 1 July 2016)."""
_LAW_2015_IN_FORCE = (2016, 7)


def _issued_before_2016_law(instrument: Instrument) -> bool:
    """Whether the instrument was issued before the 2015 law took effect, by its date's year
    and month, or, where the date was not read (a scan's blotted day), its number's year."""
    date, number = instrument.date, instrument.number
    if date is not None and date.year is not None:
        return (date.year, date.month or 1) < _LAW_2015_IN_FORCE
    year = None if number is None else number.year
    return year is not None and year < _LAW_2015_IN_FORCE[0]


@rule(
    "VN-KIND-004",
    Severity.ERROR,
    source=_ND30_ABBREVIATIONS,
    summary="The kind abbreviation in the symbol is not another kind's (QĐ/QyĐ, ĐA/DA, HD/HĐ, CT/CTr;"
    " a Party quy định numbered -QĐ/TW, as the Central Committee numbers them, is not wrong)",
    needs=("kind", "number"),
)
def abbreviation_of_another_kind(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind = usable_kind(instrument)
    number = instrument.number
    if kind is None or number is None or number.kind_abbreviation is None:
        return
    expected = kind.abbreviation(instrument.regime)
    actual = number.kind_abbreviation
    if expected is None or actual in (expected, _IN_PRACTICE.get((kind.code, instrument.regime))):
        return
    other = context.kinds.by_abbreviation(actual, instrument.regime)
    if other is not None and other != kind:
        yield Finding(
            "number.kind_abbreviation",
            f"{actual} is the abbreviation (chữ viết tắt) of {other.name};"
            f" a {kind.name} is {expected}",
        )


@rule(
    "VN-KIND-005",
    Severity.ERROR,
    source=_ND30_ABBREVIATIONS,
    summary="The kind abbreviation in the symbol is a registered one (QD without Đ is not)",
    needs=("kind", "number"),
)
def abbreviation_unknown(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    number = instrument.number
    if number is None or number.kind_abbreviation is None:
        return
    kind = instrument.kind
    if kind is not None and (
        instrument.regime not in kind.regimes or kind.abbreviation(instrument.regime) is None
    ):
        return  # a kind outside its regime is VN-KIND-003, one without abbreviation VN-NUM-004
    actual = number.kind_abbreviation
    known = context.kinds.abbreviations(instrument.regime)
    if actual in known:
        return
    alike = sorted(a for a in known if fold(a) == fold(actual))
    hint = f"; did you mean {' or '.join(alike)}?" if alike else ""
    yield Finding(
        "number.kind_abbreviation",
        f"{actual} is not a kind abbreviation (chữ viết tắt tên loại) of"
        f" {REGIME_NAMES[instrument.regime]} documents{hint}",
    )


RULES: tuple[Rule, ...] = (
    kind_missing,
    kind_unknown,
    kind_outside_regime,
    abbreviation_of_another_kind,
    abbreviation_unknown,
)
