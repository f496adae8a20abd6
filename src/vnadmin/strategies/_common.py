"""Helpers every strategy module shares: the normal form of drawn text, picks, the dates a
value keeps to, and the issuers, kinds and abbreviations of a regime.

Drawing is the cost of a strategy: hypothesis spends some 15 µs on every draw and far more
on a strategy it has not seen, so the helpers here draw once where they can (:func:`_pick`,
:func:`_maybe` and :func:`_picks` are one draw each) from strategies made once, and the
strategy modules build values with plain functions that take ``draw`` rather than with
nested ``@st.composite`` strategies.  ``benchmarks/bench_strategies.py`` measures it.
"""

from __future__ import annotations

import datetime
import functools
import math
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple, TypeVar

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
"""Years the strategies draw by default: the span the date and number grammars read.  Dates
of issue end earlier, at :func:`_latest_issue`."""


T = TypeVar("T")


_LEGISLATURES = tuple(  # (first year, term): QH8 from 1987 to QH16 from 2026
    zip((2026, 2021, 2016, 2011, 2007, 2002, 1997, 1992, 1987), range(16, 7, -1), strict=True)
)
_BOOLEANS = st.booleans()
_UNIFORM = 2048
"""The widest range :func:`_picks` draws at once: hypothesis draws integers uniformly in
ranges of a few thousand values, and favours small ones in wider ranges."""


def _latest_issue() -> datetime.date:
    """The last day an instrument is drawn as issued: 31 December of last year.

    Never after the day a test runs, so ``check(instrument)`` finds no date in the future;
    and the same all year, so that a derandomized run draws the same values from January to
    December (a bound that moved every day would move the values with it).
    """
    return datetime.date(datetime.date.today().year - 1, 12, 31)


class _Dates(NamedTuple):
    """The dates the parts of one instrument keep to: what it cites was issued on or before
    ``cited``, and the deadlines of its tasks name years from ``deadlines`` (none when that
    is after ``MAX_YEAR``).  The rules behind them: VN-DATE-005 and VN-TASK-001."""

    cited: datetime.date
    deadlines: int

    @classmethod
    def standalone(cls) -> _Dates:
        """For parts drawn on their own: cited instruments issued by the latest issue date."""
        return cls(cited=_latest_issue(), deadlines=MIN_YEAR)


@functools.cache
def _index(size: int) -> st.SearchStrategy[int]:
    """``0 .. size - 1``, made once per size."""
    return st.integers(0, size - 1)


def _form(draw: st.DrawFn, text: str, normalization: Normalization) -> str:
    """``text`` (NFC) in the requested normal form; ``mixed`` decomposes random words."""
    if normalization == "NFC":
        return text
    if normalization == "NFD":
        return unicodedata.normalize("NFD", text)
    words = text.split(" ")
    flags = draw(_index(2 ** len(words)))  # a bit per word, one draw
    return " ".join(
        unicodedata.normalize("NFD", word) if flags >> place & 1 else word
        for place, word in enumerate(words)
    )


def _forms(draw: st.DrawFn, texts: Iterable[str], normalization: Normalization) -> tuple[str, ...]:
    return tuple(_form(draw, text, normalization) for text in texts)


def _pick(draw: st.DrawFn, values: Sequence[T]) -> T:
    """One of ``values``; it shrinks to the first (an index is cheaper than sampled_from)."""
    return values[draw(_index(len(values)))]


def _picks(draw: st.DrawFn, *sizes: int) -> tuple[int, ...]:
    """An index below each of ``sizes``, drawn as the digits of as few integers as keep
    uniform (:data:`_UNIFORM` values each): the first index is the most significant digit,
    so a draw shrinks to the first choice of each in order."""
    found: list[int] = []
    group: list[int] = []
    for size in (*sizes, 0):
        if size and math.prod(group) * size <= _UNIFORM:
            group.append(size)
            continue
        value = draw(_index(math.prod(group))) if group else 0
        digits = []
        for base in reversed(group):
            value, digit = divmod(value, base)
            digits.append(digit)
        found.extend(reversed(digits))
        group = [size]
    return tuple(found)


def _maybe(draw: st.DrawFn, values: Sequence[T]) -> T | None:
    """One of ``values`` or, half the time, None (what it shrinks to), in one draw."""
    return _or_none(draw(_index(2 * len(values))), values)


def _or_none(index: int, values: Sequence[T]) -> T | None:
    """What :func:`_maybe` makes of an index below ``2 * len(values)`` (for :func:`_picks`)."""
    return None if index < len(values) else values[index - len(values)]


def _flag(draw: st.DrawFn, value: bool | None = None) -> bool:
    """``value``, or a drawn boolean when it is None (the convention of every flag)."""
    return draw(_BOOLEANS) if value is None else value


def _optional(draw: st.DrawFn, strategy: st.SearchStrategy[T]) -> T | None:
    """A value of ``strategy`` or None (None is what it shrinks to)."""
    return draw(strategy) if draw(_BOOLEANS) else None


def _day(draw: st.DrawFn, first: datetime.date, last: datetime.date) -> datetime.date:
    """A day from ``first`` to ``last``, drawn as a year and a day in it; it shrinks to
    ``first``."""
    span = (last - first).days + 1
    year, day = _picks(draw, -(-span // 366), 366)
    return first + datetime.timedelta(days=(year * 366 + day) % span)


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
    """The registered kinds used in ``regime``, copy forms left out (read from
    :data:`vnadmin.KINDS` each time: a user may register kinds)."""
    return tuple(kind for kind in KINDS if regime in kind.regimes and not kind.copy_form)


RESOLUTION = "nghi-quyet"
"""A nghị quyết: the act of a collective body, signed ``TM.`` that body (VN-SIGN-007)."""


def _issuers(regime: Regime, kind: DocumentKind | None) -> tuple[vocab.Issuer, ...]:
    """Bodies that issue ``kind`` in ``regime``.

    A symbol without a kind abbreviation must not open with one (``STC-VP`` yes, ``TB-VP``
    no), or the number grammar could not tell the two apart.  A resolution is passed by a
    collective body or an elected assembly, never by a single head (a Sở has none).
    """
    found = tuple(i for i in vocab.ISSUERS if i.regime is regime)
    if kind is not None:
        found = tuple(i for i in found if not i.kinds or kind.code in i.kinds) or found
        if kind.code == RESOLUTION:
            found = tuple(i for i in found if i.collective or i.assembly) or found
    if kind is None or kind.abbreviation(regime) is None:
        taken = KINDS.abbreviations(regime)
        found = tuple(i for i in found if i.abbreviation not in taken)
    return found


def _abbreviation(issuer: vocab.Issuer, year: int) -> str:
    """The issuer's symbol part; National Assembly bodies add their term (``QH13``)."""
    if issuer.term_numbered:
        return f"{issuer.abbreviation}{_legislature(year)}"
    return issuer.abbreviation
