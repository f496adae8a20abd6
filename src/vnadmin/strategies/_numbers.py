"""Strategies for document numbers, in the style of their regime."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import strategies as st

from vnadmin.model import (
    DocumentKind,
    DocumentNumber,
    NumberStyle,
    Regime,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_flag, _check_normalization, _members
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _abbreviation,
    _flag,
    _form,
    _forms,
    _index,
    _issuers,
    _kinds_of,
    _pick,
)

_NUMBERS = st.integers(1, 9999)


def _number_digits(draw: st.DrawFn, *, dotted: bool = False) -> str:
    """1 to 9999, with the leading zero NĐ 30 puts on numbers below 10 (``05``); when
    ``dotted`` (resolutions), at times a sub-number under a parent number (``66.15``)."""
    digits = f"{draw(_NUMBERS):02d}"
    if dotted and _flag(draw):
        return f"{digits}.{draw(_NUMBERS)}"
    return digits


def _document_number(
    draw: st.DrawFn,
    *,
    regime: Regime,
    kind: DocumentKind | None,
    issuer: vocab.Issuer,
    year: int,
    blank: bool,
    normalization: Normalization,
) -> DocumentNumber:
    """The number of a ``kind`` document of ``issuer``, in the style of ``regime``."""
    kind_abbreviation = None if kind is None else kind.abbreviation(regime)
    joint = kind is not None and kind.code.endswith("lien-tich")
    # Công văn name their drafting unit; joint documents their co-issuers (Party: at times).
    required = (regime is Regime.STATE and kind_abbreviation is None) or (
        regime is Regime.LEGAL and joint
    )
    extra: tuple[str, ...] = ()
    if issuer.units and (required or (regime is Regime.PARTY and _flag(draw))):
        extra = (_pick(draw, issuer.units),)
    return DocumentNumber(
        number=None if blank else _number_digits(draw, dotted=kind_abbreviation == "NQ"),
        issuer_abbreviation=_form(draw, _abbreviation(issuer, year), normalization),
        kind_abbreviation=(
            None if kind_abbreviation is None else _form(draw, kind_abbreviation, normalization)
        ),
        extra_parts=_forms(draw, extra, normalization),
        year=year if regime is Regime.LEGAL else None,
        style=NumberStyle.of(regime),
    )


def document_numbers(
    *,
    styles: Iterable[NumberStyle] | None = None,
    blank: bool | None = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[DocumentNumber]:
    """Document numbers (số, ký hiệu) of the given styles (all three by default).

    The kind abbreviation is a registered one of the style's regime, or absent (công văn,
    laws) with an issuer abbreviation that is not a kind abbreviation; legal numbers carry
    a year in ``MIN_YEAR..MAX_YEAR``.  ``blank=True`` gives drafts' blank numbers
    (``Số: /STC-VP``), ``None`` mixes blank and filled.
    """
    chosen = tuple(NumberStyle) if styles is None else _members("styles", styles, NumberStyle)
    _check_flag("blank", blank)
    _check_normalization(normalization)
    return _document_numbers(chosen, blank, normalization)


@st.composite
def _document_numbers(
    draw: st.DrawFn,
    styles: tuple[NumberStyle, ...],
    blank: bool | None,
    normalization: Normalization,
) -> DocumentNumber:
    regime = _pick(draw, styles).regime
    kind = _pick(draw, _kinds_of(regime))
    return _document_number(
        draw,
        regime=regime,
        kind=kind,
        issuer=_pick(draw, _issuers(regime, kind)),
        year=MIN_YEAR + draw(_index(MAX_YEAR - MIN_YEAR + 1)),
        blank=_flag(draw, blank),
        normalization=normalization,
    )
