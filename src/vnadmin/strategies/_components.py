"""Strategies for the other parts of an instrument: incoming stamps, reportings,
appendices, contacts and drafter marks."""

from __future__ import annotations

from hypothesis import strategies as st

from vnadmin.grammar.labels import to_roman
from vnadmin.model import (
    Appendix,
    Contact,
    DrafterMark,
    IncomingStamp,
    Regime,
    Reporting,
)
from vnadmin.normalize import fold
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_normalization
from vnadmin.strategies._common import Normalization, _capitalized, _form, _maybe, _optional, _pick
from vnadmin.strategies._dates import _complete_dates
from vnadmin.strategies._text import _person_names


def incoming_stamps(*, normalization: Normalization = "NFC") -> st.SearchStrategy[IncomingStamp]:
    """``ĐẾN`` stamps a provincial receiver puts on its copy: number, date, routing."""
    _check_normalization(normalization)
    return _incoming_stamps(normalization)


@st.composite
def _incoming_stamps(draw: st.DrawFn, normalization: Normalization) -> IncomingStamp:
    issuer = _pick(draw, [i for i in vocab.ISSUERS if i.regime is Regime.STATE and not i.central])
    upper = _pick(draw, vocab.PROVINCES).upper()
    receiver = issuer.name.format(p=upper) if "{p}" in issuer.name else f"{issuer.name} {upper}"
    routing = _maybe(draw, vocab.ROUTINGS)
    return IncomingStamp(
        receiver=_form(draw, receiver, normalization),
        number=draw(st.integers(1, 99_999)),
        date=_optional(draw, _complete_dates()),
        routing=None if routing is None else _form(draw, routing, normalization),
    )


def reportings(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Reporting]:
    """Where a reported instrument was read: a news site or portal, maybe a headline."""
    _check_normalization(normalization)
    return _reportings(normalization)


@st.composite
def _reportings(draw: st.DrawFn, normalization: Normalization) -> Reporting:
    title = _maybe(draw, vocab.SUBJECTS)
    return Reporting(
        source=_form(draw, _pick(draw, vocab.NEWS_SOURCES), normalization),
        title=None if title is None else _form(draw, _capitalized(title), normalization),
    )


def appendices(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Appendix]:
    """Appendices: ``Phụ lục I`` with an optional title."""
    _check_normalization(normalization)
    return _appendices(None, normalization)


@st.composite
def _appendices(draw: st.DrawFn, number: int | None, normalization: Normalization) -> Appendix:
    if number is None:
        number = draw(st.integers(1, 10))
    title = _maybe(draw, vocab.APPENDIX_TITLES)
    return Appendix(
        label=_form(draw, f"Phụ lục {to_roman(number)}", normalization),
        title=None if title is None else _form(draw, title, normalization),
    )


def contacts(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Contact]:
    """Contact details of an issuer: some of address, phone, fax, e-mail and website."""
    _check_normalization(normalization)
    return _contacts(None, None, normalization)


@st.composite
def _contacts(
    draw: st.DrawFn,
    abbreviation: str | None,
    place: str | None,
    normalization: Normalization,
) -> Contact:
    if abbreviation is None:
        abbreviation = _pick(draw, vocab.ISSUERS).abbreviation
    if place is None:
        place = _pick(draw, vocab.PROVINCES)
    domain = fold(place).replace(" ", "") + ".gov.vn"
    given = draw(
        st.sets(st.sampled_from(("address", "phone", "fax", "email", "website")), min_size=1)
    )
    number = draw(st.integers(1, 200))
    values = {
        "address": _form(draw, f"{number} {_pick(draw, vocab.STREETS)}, {place}", normalization),
        "phone": f"0{draw(st.integers(200, 299))} {draw(st.integers(3_800_000, 3_899_999))}",
        "fax": f"0{draw(st.integers(200, 299))} {draw(st.integers(3_800_000, 3_899_999))}",
        "email": f"{fold(abbreviation).replace(' ', '')}@{domain}",
        "website": f"https://{domain}",
    }
    return Contact(**{field: values[field] for field in given})


def drafter_marks(*, normalization: Normalization = "NFC") -> st.SearchStrategy[DrafterMark]:
    """Drafter marks: the typist's initials and maybe the number of copies (``PL.(300)``)."""
    _check_normalization(normalization)
    return _drafter_marks(normalization)


@st.composite
def _drafter_marks(draw: st.DrawFn, normalization: Normalization) -> DrafterMark:
    name = draw(_person_names("NFC"))
    initials = "".join(word[0] for word in name.split()).upper()
    return DrafterMark(
        initials=_form(draw, initials, normalization),
        copies=_optional(draw, st.integers(1, 500)),
    )
