"""Helpers every strategy module shares: the normal form of drawn text, picks, and the
issuers, kinds and abbreviations of a regime."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Literal, TypeVar

from hypothesis import strategies as st

from vnadmin.model import (
    KINDS,
    DocumentKind,
    Regime,
)
from vnadmin.strategies import _vocabulary as vocab

Normalization = Literal["NFC", "NFD", "mixed"]
"""The normal form of the text an instance is built from."""


MIN_YEAR, MAX_YEAR = 1990, 2030
"""Years the strategies draw by default: the span the date and number grammars read."""


T = TypeVar("T")


_LEGISLATURES = tuple(  # (first year, term): QH8 from 1987 to QH16 from 2026
    zip((2026, 2021, 2016, 2011, 2007, 2002, 1997, 1992, 1987), range(16, 7, -1), strict=True)
)


def _form(draw: st.DrawFn, text: str, normalization: Normalization) -> str:
    """``text`` (NFC) in the requested normal form; ``mixed`` decomposes random words."""
    if normalization == "NFC":
        return text
    if normalization == "NFD":
        return unicodedata.normalize("NFD", text)
    words = text.split(" ")
    flags = draw(st.lists(st.booleans(), min_size=len(words), max_size=len(words)))
    return " ".join(
        unicodedata.normalize("NFD", word) if flag else word
        for word, flag in zip(words, flags, strict=True)
    )


def _forms(draw: st.DrawFn, texts: Iterable[str], normalization: Normalization) -> tuple[str, ...]:
    return tuple(_form(draw, text, normalization) for text in texts)


def _pick(draw: st.DrawFn, values: Sequence[T]) -> T:
    """One of ``values``; it shrinks to the first (an index is cheaper than sampled_from)."""
    return values[draw(st.integers(0, len(values) - 1))]


def _maybe(draw: st.DrawFn, values: Sequence[T]) -> T | None:
    """One of ``values`` or None (None is what it shrinks to)."""
    return _pick(draw, values) if draw(st.booleans()) else None


def _optional(draw: st.DrawFn, strategy: st.SearchStrategy[T]) -> T | None:
    """A value of ``strategy`` or None (None is what it shrinks to)."""
    return draw(strategy) if draw(st.booleans()) else None


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def _uncapitalized(text: str) -> str:
    return text[:1].lower() + text[1:]


def _legislature(year: int) -> int:
    """The National Assembly term sitting in ``year`` (QH15 from 2021)."""
    return next(term for start, term in _LEGISLATURES if year >= start)


def _kind_in(draw: st.DrawFn, kind: DocumentKind, normalization: Normalization) -> DocumentKind:
    """``kind`` itself, or an equal kind built from text in another normal form."""
    if normalization == "NFC":
        return kind
    return DocumentKind(
        name=_form(draw, kind.name, normalization),
        abbreviations=[
            (regime, None if abbreviation is None else _form(draw, abbreviation, normalization))
            for regime, abbreviation in kind.abbreviations
        ],
        code=kind.code,
        copy_form=kind.copy_form,
    )


def _kinds_of(regime: Regime) -> tuple[DocumentKind, ...]:
    """The registered kinds used in ``regime``, copy forms left out."""
    return tuple(kind for kind in KINDS if regime in kind.regimes and not kind.copy_form)


def _issuers(regime: Regime, kind: DocumentKind | None) -> tuple[vocab.Issuer, ...]:
    """Bodies that issue ``kind`` in ``regime``.

    A symbol without a kind abbreviation must not open with one (``STC-VP`` yes, ``TB-VP``
    no), or the number grammar could not tell the two apart.
    """
    found = tuple(i for i in vocab.ISSUERS if i.regime is regime)
    if kind is not None:
        found = tuple(i for i in found if not i.kinds or kind.code in i.kinds) or found
    if kind is None or kind.abbreviation(regime) is None:
        taken = KINDS.abbreviations(regime)
        found = tuple(i for i in found if i.abbreviation not in taken)
    return found


def _abbreviation(issuer: vocab.Issuer, year: int) -> str:
    """The issuer's symbol part; National Assembly bodies add their term (``QH13``)."""
    if issuer.term_numbered:
        return f"{issuer.abbreviation}{_legislature(year)}"
    return issuer.abbreviation


def _resolve(draw: st.DrawFn, flag: bool | None) -> bool:
    return draw(st.booleans()) if flag is None else flag
