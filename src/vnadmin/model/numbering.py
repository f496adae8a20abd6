"""Document numbers (số, ký hiệu) held as parts; their grammar is in vnadmin.grammar.numbers."""

from __future__ import annotations

import enum
import re
from typing import Any

import attrs

from vnadmin.errors import quoted
from vnadmin.model._construct import checked
from vnadmin.model._fields import (
    fail,
    in_range,
    inline,
    is_a,
    items,
    to_optional_text,
    to_text,
    to_texts,
)
from vnadmin.model.kinds import Regime

__all__ = ["SEQUENCE", "SYMBOL_PART", "DocumentNumber", "NumberStyle"]

SYMBOL_PART = re.compile(r"[^\W_]+(?:[&.][^\W_]+)*")
"""One group of a symbol: letters and digits, ``&`` or ``.`` inside (``XDCQ&CTTN``, the
department ``V.I`` of ``VPCP-V.I``, ``UBND.KT``)."""
SEQUENCE = re.compile(r"[0-9]+(?:\.[0-9]+)?")
"""The number (số) as printed: ASCII digits, leading zeros kept (``05``), or one dotted
sub-number under a parent number (``66.15``: the Government numbers the resolutions it
issues under resolution 66 so)."""

MIN_YEAR, MAX_YEAR = 1000, 9999


class NumberStyle(enum.Enum):
    """How the number and symbol are joined; each regime numbers in its own style."""

    STATE = "state"  # 33/CT-TTg, 12/STC-VP
    LEGAL = "legal"  # 30/2020/NĐ-CP, 80/2015/QH13: with the year of issue
    PARTY = "party"  # 23-QĐ/TW, 03-CTr/BDVTW-BCSĐCP

    @property
    def regime(self) -> Regime:
        """The regime that numbers in this style: NĐ 30 (state), HD 36 (Party), the Law on
        legal normative documents (legal)."""
        return _REGIME_OF_STYLE[self]

    @classmethod
    def of(cls, regime: Regime) -> NumberStyle:
        """The style ``regime`` numbers in."""
        return _STYLE_OF_REGIME[regime]


_REGIME_OF_STYLE = {
    NumberStyle.STATE: Regime.STATE,
    NumberStyle.LEGAL: Regime.LEGAL,
    NumberStyle.PARTY: Regime.PARTY,
}
_STYLE_OF_REGIME = {regime: style for style, regime in _REGIME_OF_STYLE.items()}


@inline(
    "({v} is None or {v}.__class__ is str and {p}symbol({v}) is not None)",
    symbol=SYMBOL_PART.fullmatch,
)
def _symbol_part(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not value:
        fail(instance, attribute, f"empty symbol part ({quoted(value)})")
    if not SYMBOL_PART.fullmatch(value):
        fail(
            instance,
            attribute,
            f"{quoted(value)} is not a symbol part (letters, digits, inner & or .)",
        )


@inline(
    "({v} is None or {v}.__class__ is str and {p}sequence({v}) is not None)",
    sequence=SEQUENCE.fullmatch,
)
def _is_sequence(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is None:
        return
    if not (isinstance(value, str) and SEQUENCE.fullmatch(value)):
        fail(
            instance,
            attribute,
            f"{quoted(value)} is not a number (ASCII digits, one inner dot: 66.15;"
            " or None if blank)",
        )


@checked
@attrs.frozen(kw_only=True)
class DocumentNumber:
    """Number and symbol of a document.

    ``number`` keeps the digits as printed (``"05"``: the leading zero is a rule that the
    checker reads; ``"66.15"``, a sub-number, see :data:`SEQUENCE`) and is ``None`` when blank, as in drafts (``Số: /STC-VP``).  The symbol
    is ``kind_abbreviation`` (absent in công văn and laws), ``issuer_abbreviation`` and the
    ``extra_parts`` after it (drafting unit or co-issuers).
    """

    number: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_is_sequence
    )
    issuer_abbreviation: str = attrs.field(converter=to_text, validator=_symbol_part)
    kind_abbreviation: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_symbol_part
    )
    extra_parts: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=_symbol_part)
    )
    year: int | None = attrs.field(
        default=None, validator=in_range(MIN_YEAR, MAX_YEAR, optional=True, what="a 4-digit year")
    )
    style: NumberStyle = attrs.field(default=NumberStyle.STATE, validator=is_a(NumberStyle))

    def __attrs_post_init__(self) -> None:
        if (self.style is NumberStyle.LEGAL) is (self.year is None):  # fields looked up on failure
            year_field = attrs.fields(DocumentNumber).year
            if self.year is None:
                fail(self, year_field, "a legal-style number carries its year (30/2020/NĐ-CP)")
            fail(self, year_field, f"only legal-style numbers carry a year, not {self.style.value}")
        if self.style is NumberStyle.PARTY and self.kind_abbreviation is None:
            fail(
                self,
                attrs.fields(DocumentNumber).kind_abbreviation,
                "a Party number names its kind before the slash (15-CT/TU)",
            )

    @property
    def is_blank(self) -> bool:
        """True when the number is left blank (a draft or an unregistered copy)."""
        return self.number is None

    @property
    def value(self) -> int | None:
        """The number as an integer, ``None`` if blank or a dotted sub-number (``66.15``)."""
        return None if self.number is None or "." in self.number else int(self.number)
