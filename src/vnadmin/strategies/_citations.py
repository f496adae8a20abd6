"""Strategies for citations of other instruments, by number or by name."""

from __future__ import annotations

import datetime
import functools

from hypothesis import strategies as st

from vnadmin.model import (
    KINDS,
    Citation,
    DocumentKind,
    PartialDate,
    Regime,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_flag, _check_normalization
from vnadmin.strategies._common import (
    MIN_YEAR,
    Normalization,
    _day,
    _form,
    _index,
    _issuers,
    _kind_in,
    _kinds_of,
    _latest_issue,
    _or_none,
    _pick,
    _picks,
)
from vnadmin.strategies._numbers import _document_number

_REGIMES = tuple(Regime)
_FIRST_DAY = datetime.date(MIN_YEAR, 1, 1)


def citations(
    *, by_name: bool | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Citation]:
    """Citations of other instruments, in the forms bodies use.

    By number (``Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về ...``,
    any regime's numbering, ``Văn bản số ...`` without a kind, a Party term ``khóa XI``)
    or, with ``by_name=True``, by kind and title (``Luật Tiếp cận thông tin``); ``None``
    draws either.  A cited instrument is dated, when it is, no later than an instrument is
    issued (31 December of last year), and a legal number's year is that of its date.
    Titles, issuers and subjects avoid the words the citation grammar splits on (số, ngày,
    của, về, khóa) and parentheses.
    """
    _check_flag("by_name", by_name)
    _check_normalization(normalization)
    return st.composite(_citation)(by_name, normalization, _latest_issue())


@functools.cache
def _citable(
    regime: Regime, registered: int
) -> tuple[tuple[DocumentKind | None, vocab.Issuer], ...]:
    """Every (kind, issuer) a citation of ``regime`` may name, for the ``registered`` kinds
    of :data:`vnadmin.KINDS` (a registry only grows, so its size tells its state)."""
    kinds: list[DocumentKind | None] = list(_kinds_of(regime))
    if regime is Regime.STATE:
        kinds.append(None)  # Văn bản số 2748/BNV-CTTN
    return tuple((kind, issuer) for kind in kinds for issuer in _issuers(regime, kind))


def _citation(
    draw: st.DrawFn, by_name: bool | None, normalization: Normalization, latest: datetime.date
) -> Citation:
    """A citation of an instrument issued on or before ``latest``."""
    named, regime, dated, province, subject, term, shown = _picks(
        draw,
        2,
        len(_REGIMES),
        2,
        len(vocab.PROVINCES),
        2 * len(vocab.SUBJECTS),
        2 * len(vocab.PARTY_TERMS),
        2,
    )
    if named if by_name is None else by_name:
        code, title, issuer_name = _pick(draw, _NAMED)
        return Citation(
            kind=_kind_in(draw, KINDS.get(code), normalization),
            title=_form(draw, title, normalization),
            issuer=None if issuer_name is None else _form(draw, issuer_name, normalization),
        )
    kind, issuer = _pick(draw, _citable(_REGIMES[regime], len(KINDS)))
    date = _day(draw, _FIRST_DAY, latest) if dated else None
    year = date.year if date is not None else MIN_YEAR + draw(_index(latest.year - MIN_YEAR + 1))
    term_text = _or_none(term, vocab.PARTY_TERMS) if _REGIMES[regime] is Regime.PARTY else None
    subject_text = _or_none(subject, vocab.SUBJECTS)
    mention = issuer.mention.format(p=vocab.PROVINCES[province])
    return Citation(
        kind=None if kind is None else _kind_in(draw, kind, normalization),
        number=_document_number(
            draw,
            regime=_REGIMES[regime],
            kind=kind,
            issuer=issuer,
            year=year,
            blank=False,
            normalization=normalization,
        ),
        date=None if date is None else PartialDate.from_date(date),
        issuer=_form(draw, mention, normalization) if shown else None,
        term=None if term_text is None else _form(draw, term_text, normalization),
        subject=None if subject_text is None else _form(draw, subject_text, normalization),
    )


_NAMED = tuple(
    (code, title, issuer) for code, titles, issuer in vocab.CITED_BY_NAME for title in titles
)
"""Every instrument cited by name: kind code, title, the issuer named after it (or None)."""
