"""Strategies for regimes and document kinds."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.model import (
    KINDS,
    DocumentKind,
    Regime,
)
from vnadmin.strategies._checks import _check_flag, _check_normalization, _check_regime
from vnadmin.strategies._common import Normalization, _kind_in, _pick


def regimes() -> st.SearchStrategy[Regime]:
    """Regimes: state (NĐ 30), Party (HD 36) and legal normative documents."""
    return st.sampled_from(Regime)


def document_kinds(
    *,
    regime: Regime | None = None,
    copy_forms: bool | None = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[DocumentKind]:
    """Kinds registered in :data:`vnadmin.KINDS` when called, used in ``regime`` if given.

    Copy forms (bản sao y, trích sao, sao lục) are left out; ``copy_forms=True`` draws
    only them, ``None`` any kind.  Under ``NFD`` or ``mixed`` each kind is rebuilt from
    decomposed text and equals the registered one.
    """
    _check_regime(regime)
    _check_flag("copy_forms", copy_forms)
    _check_normalization(normalization)
    regimes_ = (regime,) if regime is not None else tuple(Regime)
    found = tuple(
        kind
        for kind in KINDS
        if kind.regimes & set(regimes_) and copy_forms in (None, kind.copy_form)
    )
    if not found:
        raise InvalidArgument(f"no kind is registered for {regime=}, {copy_forms=}")
    return _document_kinds(found, normalization)


@st.composite
def _document_kinds(
    draw: st.DrawFn, found: tuple[DocumentKind, ...], normalization: Normalization
) -> DocumentKind:
    return _kind_in(draw, _pick(draw, found), normalization)
