"""Strategies for citations of other instruments, by number or by name."""

from __future__ import annotations

from hypothesis import strategies as st

from vnadmin.model import (
    KINDS,
    Citation,
    DocumentKind,
    Regime,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_flag, _check_normalization
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _form,
    _issuers,
    _kind_in,
    _kinds_of,
    _maybe,
    _optional,
    _pick,
)
from vnadmin.strategies._dates import _complete_dates
from vnadmin.strategies._kinds import regimes
from vnadmin.strategies._numbers import _document_number


def citations(
    *, by_name: bool | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Citation]:
    """Citations of other instruments, in the forms bodies use.

    By number (``Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về ...``,
    any regime's numbering, ``Văn bản số ...`` without a kind, a Party term ``khóa XI``)
    or, with ``by_name``, by kind and title (``Luật Tiếp cận thông tin``).  Titles,
    issuers and subjects avoid the words the citation grammar splits on (số, ngày, của,
    về, khóa) and parentheses.
    """
    _check_flag("by_name", by_name, optional=True)
    _check_normalization(normalization)
    return _citations(by_name, normalization)


@st.composite
def _citations(draw: st.DrawFn, by_name: bool | None, normalization: Normalization) -> Citation:
    if by_name is None:
        by_name = draw(st.booleans())
    if by_name:
        return _named_citation(draw, normalization)
    regime = draw(regimes())
    kinds: list[DocumentKind | None] = list(_kinds_of(regime))
    if regime is Regime.STATE:
        kinds.append(None)  # Văn bản số 2748/BNV-CTTN
    kind = _pick(draw, kinds)
    issuer = _pick(draw, _issuers(regime, kind))
    date = _optional(draw, _complete_dates())
    year = draw(st.integers(MIN_YEAR, MAX_YEAR)) if date is None or date.year is None else date.year
    mention = issuer.mention.format(p=_pick(draw, vocab.PROVINCES))
    subject = _maybe(draw, vocab.SUBJECTS)
    term = _maybe(draw, vocab.PARTY_TERMS) if regime is Regime.PARTY else None
    return Citation(
        kind=None if kind is None else _kind_in(draw, kind, normalization),
        number=_document_number(
            draw,
            regime=regime,
            kind=kind,
            issuer=issuer,
            year=year,
            blank=False,
            normalization=normalization,
        ),
        date=date,
        issuer=_form(draw, mention, normalization) if draw(st.booleans()) else None,
        term=None if term is None else _form(draw, term, normalization),
        subject=None if subject is None else _form(draw, subject, normalization),
    )


def _named_citation(draw: st.DrawFn, normalization: Normalization) -> Citation:
    code, titles, issuer = _pick(draw, vocab.CITED_BY_NAME)
    return Citation(
        kind=_kind_in(draw, KINDS.get(code), normalization),
        title=_form(draw, _pick(draw, titles), normalization),
        issuer=None if issuer is None else _form(draw, issuer, normalization),
    )
