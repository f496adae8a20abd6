"""Strategies for the other parts of an instrument: incoming stamps, reportings,
appendices, contacts and drafter marks."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from vnadmin.grammar.labels import to_roman
from vnadmin.model import (
    Appendix,
    Contact,
    DrafterMark,
    IncomingStamp,
    PartialDate,
    Regime,
    Reporting,
)
from vnadmin.normalize import fold
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_normalization
from vnadmin.strategies._common import (
    MIN_YEAR,
    Normalization,
    _capitalized,
    _day,
    _flag,
    _form,
    _index,
    _latest_issue,
    _maybe,
    _pick,
    _picks,
)
from vnadmin.strategies._text import _person_name

_RECEIVERS = tuple(i for i in vocab.ISSUERS if i.regime is Regime.STATE and not i.central)
_CONTACT_FIELDS = ("address", "phone", "fax", "email", "website")
_STAMP_NUMBERS = st.integers(1, 99_999)


def incoming_stamps(*, normalization: Normalization = "NFC") -> st.SearchStrategy[IncomingStamp]:
    """``ĐẾN`` stamps a provincial receiver puts on its copy: number, date, routing.

    A stamp is dated, when it is, no later than 31 December of last year."""
    _check_normalization(normalization)
    first = datetime.date(MIN_YEAR, 1, 1)
    return st.composite(_incoming_stamp)(normalization, first, _latest_issue())


def _incoming_stamp(
    draw: st.DrawFn, normalization: Normalization, first: datetime.date, last: datetime.date
) -> IncomingStamp:
    """A stamp dated, when it is, from ``first`` (the issue) to ``last`` (VN-DATE-006)."""
    issuer = _pick(draw, _RECEIVERS)
    upper = _pick(draw, vocab.PROVINCES).upper()
    receiver = issuer.name.format(p=upper) if "{p}" in issuer.name else f"{issuer.name} {upper}"
    routing = _maybe(draw, vocab.ROUTINGS)
    return IncomingStamp(
        receiver=_form(draw, receiver, normalization),
        number=draw(_STAMP_NUMBERS),
        date=PartialDate.from_date(_day(draw, first, last)) if _flag(draw) else None,
        routing=None if routing is None else _form(draw, routing, normalization),
    )


def reportings(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Reporting]:
    """Where a reported instrument was read: a news site or portal, maybe a headline."""
    _check_normalization(normalization)
    return st.composite(_reporting)(normalization)


def _reporting(draw: st.DrawFn, normalization: Normalization) -> Reporting:
    title = _maybe(draw, vocab.SUBJECTS)
    return Reporting(
        source=_form(draw, _pick(draw, vocab.NEWS_SOURCES), normalization),
        title=None if title is None else _form(draw, _capitalized(title), normalization),
    )


def appendices(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Appendix]:
    """Appendices: ``Phụ lục I`` with an optional title."""
    _check_normalization(normalization)
    return _appendices(normalization)


@st.composite
def _appendices(draw: st.DrawFn, normalization: Normalization) -> Appendix:
    return _appendix(draw, 1 + draw(_index(10)), normalization)


def _appendix(draw: st.DrawFn, number: int, normalization: Normalization) -> Appendix:
    """Appendix ``number``: ``Phụ lục II``, numbered in order in an instrument (VN-APPX-001)."""
    title = _maybe(draw, vocab.APPENDIX_TITLES)
    return Appendix(
        label=_form(draw, f"Phụ lục {to_roman(number)}", normalization),
        title=None if title is None else _form(draw, title, normalization),
    )


def contacts(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Contact]:
    """Contact details of an issuer: some of address, phone, fax, e-mail and website."""
    _check_normalization(normalization)
    return _contacts(normalization)


@st.composite
def _contacts(draw: st.DrawFn, normalization: Normalization) -> Contact:
    abbreviation = _pick(draw, vocab.ISSUERS).abbreviation
    return _contact(draw, abbreviation, _pick(draw, vocab.PROVINCES), normalization)


def _contact(
    draw: st.DrawFn, abbreviation: str, place: str, normalization: Normalization
) -> Contact:
    """Contact details of the issuer abbreviated ``abbreviation``, in ``place``."""
    domain = fold(place).replace(" ", "") + ".gov.vn"
    given = 1 + draw(_index(2 ** len(_CONTACT_FIELDS) - 1))  # a non-empty set, as bits
    values = {
        "address": lambda: _form(
            draw, f"{1 + draw(_index(200))} {_pick(draw, vocab.STREETS)}, {place}", normalization
        ),
        "phone": lambda: _phone(draw),
        "fax": lambda: _phone(draw),
        "email": lambda: f"{fold(abbreviation).replace(' ', '')}@{domain}",
        "website": lambda: f"https://{domain}",
    }
    return Contact(
        **{field: values[field]() for bit, field in enumerate(_CONTACT_FIELDS) if given >> bit & 1}
    )


def _phone(draw: st.DrawFn) -> str:
    """A provincial landline: area code 0200 to 0299, subscriber 38xxxxx (one draw)."""
    area, subscriber = _picks(draw, 100, 100_000)
    return f"0{200 + area} 38{subscriber:05d}"


def drafter_marks(*, normalization: Normalization = "NFC") -> st.SearchStrategy[DrafterMark]:
    """Drafter marks: the typist's initials and maybe the number of copies (``PL.(300)``)."""
    _check_normalization(normalization)
    return st.composite(_drafter_mark)(normalization)


def _drafter_mark(draw: st.DrawFn, normalization: Normalization) -> DrafterMark:
    name = _person_name(draw, "NFC")
    initials = "".join(word[0] for word in name.split()).upper()
    copies = 1 + draw(_index(500)) if _flag(draw) else None
    return DrafterMark(initials=_form(draw, initials, normalization), copies=copies)
