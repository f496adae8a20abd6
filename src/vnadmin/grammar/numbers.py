"""Grammar of document numbers: ``33/CT-TTg``, ``30/2020/NĐ-CP``, ``80/2015/QH13``, ``23-QĐ/TW``,
``66.15/2026/NQ-CP``, ``11554/VPCP-V.I``.

The one place that reads and writes numbers.  A blank number (drafts: ``/STC-VP``) parses
to ``number=None``.  The first symbol group is the kind abbreviation when the registry
knows it for the style's regime (``CT`` in ``CT-TTg``); otherwise it is the issuer
(``STC`` in ``STC-VP``), so strategies never give an issuer a kind's abbreviation.
"""

from __future__ import annotations

import re

from vnadmin.errors import GrammarError
from vnadmin.grammar.registry import kinds_keyword, per_registry
from vnadmin.model.kinds import KINDS, KindRegistry, Regime
from vnadmin.model.numbering import SYMBOL_PART, DocumentNumber, NumberStyle
from vnadmin.normalize import nfc

__all__ = ["NUMBER", "format_number", "format_symbol", "number_from_match", "parse_number"]

_LOWER = "".join(c for c in map(chr, range(0x250)) if c.islower()) + "".join(
    chr(c) for c in range(0x1E01, 0x1F00, 2)
)
"""The lower-case Latin letters Vietnamese is written in (Latin-1, Extended-A and B, and
the Extended Additional block, whose odd code points are lower case)."""
_PART = SYMBOL_PART.pattern
_PRINTED_PART = rf"[^\W_]+(?:&[^\W_]+|\.[^\W_{_LOWER}]+(?![^\W_]))*"
"""A symbol part as text prints it: a dot goes on to capitals or digits alone (``V.I``,
``UBND.KT``), so a sentence run on after a symbol (``NĐ-CP.Trường``) is not read into it."""
_H = r"[ \t]*"
_DIGITS = r"(?:\d{1,11}(?:\.\d{1,4}(?!\d))?)?"
"""edXML CodeNumber holds at most 11 digits; a sub-number adds one dotted group (``66.15``)."""


def _number_pattern(part: str) -> re.Pattern[str]:
    groups = rf"{part}(?:-{part})*"
    return re.compile(
        rf"(?<!\d)(?<!\d\.)(?:"
        rf"(?P<legal>(?P<l_number>{_DIGITS}){_H}/{_H}(?P<l_year>\d{{4}}){_H}/{_H}(?P<l_symbol>{groups}))"
        rf"|(?P<party>(?P<p_number>{_DIGITS}){_H}[-–]{_H}(?P<p_kind>{part}){_H}/{_H}(?P<p_symbol>{groups}))"
        rf"|(?P<state>(?P<s_number>{_DIGITS}){_H}/{_H}(?P<s_symbol>{groups})))"
    )


NUMBER = _number_pattern(_PRINTED_PART)
"""A number and symbol in any style; search it in text after ``Số``/``số``.  A Party
number's dash may be printed as an en dash (``08 –HD/BTCTU``).

It never starts inside a run of digits, so a search over a long run of digits is linear.
"""
_EXACT = _number_pattern(_PART)
"""The same, for a whole value: any part the model holds (``V.i``) reads back."""


@kinds_keyword
def number_from_match(match: re.Match[str], *, kinds: KindRegistry = KINDS) -> DocumentNumber:
    """Build the number from a match of :data:`NUMBER` (or of a whole value), kind abbreviations as in ``kinds``."""
    if match.group("legal"):
        style, digits, symbol = NumberStyle.LEGAL, match["l_number"], match["l_symbol"]
        year: int | None = int(match["l_year"])
    elif match.group("party"):
        style, digits, symbol = NumberStyle.PARTY, match["p_number"], match["p_symbol"]
        year = None
    else:
        style, digits, symbol = NumberStyle.STATE, match["s_number"], match["s_symbol"]
        year = None
    parts = symbol.split("-")
    if style is NumberStyle.PARTY:
        kind: str | None = match["p_kind"]
    elif len(parts) > 1 and _is_kind(parts[0], style, kinds):
        kind = parts.pop(0)
    else:
        kind = None
    return DocumentNumber(
        number=digits or None,
        kind_abbreviation=kind,
        issuer_abbreviation=parts[0],
        extra_parts=tuple(parts[1:]),
        year=year,
        style=style,
    )


def _is_kind(part: str, style: NumberStyle, registry: KindRegistry) -> bool:
    """Is ``part`` a kind abbreviation?  Years were also printed on state kinds that were
    legal normative before 2015 (``05/2012/CT-UBND``), so legal style accepts both."""
    abbreviations = _abbreviations(registry)
    if part in abbreviations[style.regime]:
        return True
    return style is NumberStyle.LEGAL and part in abbreviations[Regime.STATE]


@per_registry
def _abbreviations(registry: KindRegistry) -> dict[Regime, frozenset[str]]:
    return {regime: registry.abbreviations(regime) for regime in Regime}


@kinds_keyword
def parse_number(text: str, *, kinds: KindRegistry = KINDS) -> DocumentNumber:
    """Parse a number and symbol such as ``12/UBND-VX`` (without the ``Số:`` label), kind
    abbreviations as in ``kinds``."""
    match = _EXACT.fullmatch(nfc(text).strip())
    if match is None:
        raise GrammarError("document number", text, "not a number/symbol in any style")
    return number_from_match(match, kinds=kinds)


def format_symbol(number: DocumentNumber) -> str:
    """The symbol alone (ký hiệu): ``CT-TTg``, ``QĐ/TW`` for Party numbers."""
    issuers = "-".join((number.issuer_abbreviation, *number.extra_parts))
    if number.style is NumberStyle.PARTY:
        return f"{number.kind_abbreviation}/{issuers}"
    if number.kind_abbreviation is None:
        return issuers
    return f"{number.kind_abbreviation}-{issuers}"


def format_number(number: DocumentNumber) -> str:
    """The canonical printed form: ``33/CT-TTg``, ``/STC-VP``, ``30/2020/NĐ-CP``, ``23-QĐ/TW``."""
    digits = number.number or ""
    if number.style is NumberStyle.PARTY:
        return f"{digits}-{format_symbol(number)}"
    if number.style is NumberStyle.LEGAL:
        return f"{digits}/{number.year}/{format_symbol(number)}"
    return f"{digits}/{format_symbol(number)}"
