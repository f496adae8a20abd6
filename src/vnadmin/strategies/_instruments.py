"""The strategy for whole instruments, following the rules of their regime."""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterable
from typing import Any, NamedTuple

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.errors import UnknownKindError
from vnadmin.model import (
    KINDS,
    Body,
    Circulation,
    DocumentKind,
    Instrument,
    Organization,
    PartialDate,
    Recipient,
    Regime,
    Secrecy,
    Urgency,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._bodies import _issued_body
from vnadmin.strategies._checks import (
    _check_flag,
    _check_normalization,
    _check_regime,
    _check_strategy,
)
from vnadmin.strategies._common import (
    MIN_YEAR,
    RESOLUTION,
    Normalization,
    _abbreviation,
    _capitalized,
    _Dates,
    _flag,
    _form,
    _index,
    _issuers,
    _kind_in,
    _latest_issue,
    _maybe,
    _pick,
)
from vnadmin.strategies._components import (
    _appendix,
    _contact,
    _drafter_mark,
    _incoming_stamp,
    _reporting,
)
from vnadmin.strategies._dates import _partial_date
from vnadmin.strategies._numbers import _document_number
from vnadmin.strategies._parties import (
    _addressee,
    _archive_line,
    _issuer_organization,
    _recipient,
    _signature,
)
from vnadmin.strategies._printed import _printed_forms
from vnadmin.strategies._tasks import _counts

_PRINTED_URGENCIES = (Urgency.URGENT, Urgency.VERY_URGENT, Urgency.FLASH)  # not edXML's timed


_ADDRESSED_KINDS = frozenset({"cong-van", "cong-dien", "giay-moi", "thu-cong"})


def _kind_argument(value: object) -> DocumentKind:
    if isinstance(value, DocumentKind):
        return value
    if isinstance(value, str):
        try:
            return KINDS.get(value)
        except UnknownKindError as error:
            raise InvalidArgument(f"kinds: {error}") from None
    raise InvalidArgument(f"kinds: {value!r} is neither a DocumentKind nor a kind code")


def instruments(
    *,
    regime: Regime | None = None,
    kinds: Iterable[DocumentKind | str] | None = None,
    drafts: bool | None = False,
    received: bool | None = False,
    reported: bool | None = False,
    bodies: st.SearchStrategy[Body] | None = None,
    normalization: Normalization = "NFC",
    printed: bool | None = None,
) -> st.SearchStrategy[Instrument]:
    """Whole instruments that follow the rules of their regime.

    ``kinds`` (DocumentKind objects or codes such as ``"chi-thi"``) default to every
    registered kind except the copy forms; ``regime`` keeps the kinds used in it.  By
    default an instrument is issued: its number is filled, in its regime's style, with
    the kind's abbreviation in that regime; its date is complete, from 1990 to 31 December
    of last year (never after the day a test runs); a state công văn's subject starts with
    ``V/v`` (and no other kind's does); the signature's marks are in a valid order, the
    archive line names ``VT`` and the drafting unit, what the body cites predates it and no
    task deadline falls before it: :func:`vnadmin.rules.check` finds nothing to warn about
    (docs/strategies.md lists what that takes).  The flags say what every instrument is
    (True), none is (False) or some are (None): ``drafts`` are as seeds 000 and 001 are,
    with a blank number and a date missing a part (``ngày tháng 01 năm 2022``; check them
    with ``strictness="draft"``); ``received`` ones carry an incoming stamp, dated between
    the issue and 31 December of last year; ``reported`` ones were read from a news report;
    ``printed`` ones carry the lines they print (:func:`printed_forms`), as a document read
    from its text does, and the rules on printed forms check them.
    ``bodies`` replaces the default body (None), which is drawn for the instrument's kind
    and dates; a body of your own is taken as it is, so the rules on cited dates, deadlines
    and a decision's layout are then yours to keep.
    """
    _check_regime(regime)
    _check_flag("drafts", drafts)
    _check_flag("received", received)
    _check_flag("reported", reported)
    _check_flag("printed", printed)
    _check_strategy("bodies", bodies)
    _check_normalization(normalization)
    chosen = None
    if kinds is not None:
        if isinstance(kinds, (str, bytes)) or not isinstance(kinds, Iterable):
            raise InvalidArgument(f"kinds={kinds!r} must be a collection of kinds or codes")
        chosen = tuple(_kind_argument(value) for value in kinds)
        if not chosen:
            raise InvalidArgument("kinds must not be empty")
        if regime is not None:
            unused = [kind.name for kind in chosen if regime not in kind.regimes]
            if unused:
                raise InvalidArgument(f"{', '.join(unused)}: not used in {regime.value} documents")
    if not _by_regime(regime, chosen, len(KINDS)):
        raise InvalidArgument(f"no kind is used in regime={regime!r}")
    options = _Options(drafts, received, reported, printed, bodies, normalization, _latest_issue())
    return _instruments(regime, chosen, options)


class _Options(NamedTuple):
    """The arguments of :func:`instruments`, checked, and the latest day of issue."""

    drafts: bool | None
    received: bool | None
    reported: bool | None
    printed: bool | None
    bodies: st.SearchStrategy[Body] | None
    normalization: Normalization
    latest: datetime.date


@functools.cache
def _by_regime(
    regime: Regime | None, kinds: tuple[DocumentKind, ...] | None, registered: int
) -> dict[Regime, tuple[tuple[DocumentKind, tuple[vocab.Issuer, ...]], ...]]:
    """The kinds to draw by regime, each with its issuers: ``kinds`` or, when None, every
    kind of the ``registered`` kinds of :data:`vnadmin.KINDS` but the copy forms."""
    chosen = kinds or tuple(kind for kind in KINDS if not kind.copy_form)
    found = {
        r: tuple((kind, _issuers(r, kind)) for kind in chosen if r in kind.regimes)
        for r in Regime
        if regime is None or r is regime
    }
    return {r: pairs for r, pairs in found.items() if pairs}


_FIRST_DAY = datetime.date(MIN_YEAR, 1, 1)
_RECIPIENTS = _counts(0, 3)
_ADDRESSEES = _counts(1, 4)
_APPENDICES = _counts(0, 2)
_SECRECIES = tuple(Secrecy)
_CIRCULATIONS = tuple(Circulation)


def _subject(draw: st.DrawFn, regime: Regime, kind: DocumentKind) -> str:
    """The subject line (trích yếu), NFC."""
    if regime is Regime.STATE and kind.code == "cong-van":
        return f"V/v {_pick(draw, vocab.SUBJECTS)}"
    if regime is Regime.LEGAL and kind.abbreviation(regime) is None:
        return _capitalized(_pick(draw, vocab.LEGAL_TITLES.get(kind.code, vocab.SUBJECTS)))
    subject = _pick(draw, vocab.SUBJECTS)
    return f"Về {subject}" if _flag(draw) else _capitalized(subject)


def _unique(items: Iterable[Recipient | Organization]) -> list[Any]:
    """``items`` without a repeated name (the first kept)."""
    found: dict[str, Any] = {}
    for item in items:
        found.setdefault(item.name, item)
    return list(found.values())


def _dates(date: PartialDate, latest: datetime.date) -> _Dates:
    """What an instrument dated ``date`` cites predates it (VN-DATE-005), and its deadlines
    name later years (VN-TASK-001); a draft without a year cites up to ``latest``."""
    if date.year is None:
        return _Dates(cited=latest, deadlines=MIN_YEAR)
    first = datetime.date(date.year, date.month or 1, date.day or 1)
    return _Dates(cited=first, deadlines=date.year + 1)


@st.composite
def _instruments(
    draw: st.DrawFn,
    regime: Regime | None,
    kinds: tuple[DocumentKind, ...] | None,
    options: _Options,
) -> Instrument:
    normalization = options.normalization
    by_regime = _by_regime(regime, kinds, len(KINDS))
    regime = _pick(draw, tuple(by_regime))
    kind, issuers = _pick(draw, by_regime[regime])
    issuer = _pick(draw, issuers)
    province = _pick(draw, vocab.PROVINCES)
    draft = _flag(draw, options.drafts)
    date = _partial_date(draw, not draft, _FIRST_DAY, options.latest)
    year = date.year or MIN_YEAR + draw(_index(options.latest.year - MIN_YEAR + 1))
    dates = _dates(date, options.latest)
    abbreviation = _abbreviation(issuer, year)
    place = vocab.CITY if issuer.central else province
    addressees = []
    if kind.code in _ADDRESSED_KINDS:
        addressees = _unique(_addressee(draw, normalization) for _ in draw(_ADDRESSEES))
    distribution = [Recipient(name=_form(draw, "Như trên", normalization))] if addressees else []
    distribution += _unique(
        _recipient(draw, vocab.RECIPIENTS, normalization) for _ in draw(_RECIPIENTS)
    )
    number = _document_number(
        draw,
        regime=regime,
        kind=kind,
        issuer=issuer,
        year=year,
        blank=draft,
        normalization=normalization,
    )
    # The drafting unit: the one a công văn names in its number, else one of the issuer's.
    units = number.extra_parts if regime is Regime.STATE and number.extra_parts else ()
    drafter = units[0] if units else _pick(draw, issuer.units or vocab.DRAFTING_UNITS)
    body = (
        _issued_body(draw, regime, kind, dates, normalization)
        if options.bodies is None
        else draw(options.bodies)
    )
    first_received = _FIRST_DAY if date.year is None else dates.cited
    fields: dict[str, Any] = {
        "regime": regime,
        "kind": _kind_in(draw, kind, normalization),
        "issuer": _issuer_organization(draw, issuer, province, abbreviation, normalization),
        "number": number,
        "place": _form(draw, place, normalization),
        "date": date,
        "subject": _form(draw, _subject(draw, regime, kind), normalization),
        "addressees": addressees,
        "body": body,
        "signatures": [
            _signature(draw, issuer, normalization, bare=False, on_behalf=kind.code == RESOLUTION)
        ],
        "distribution": distribution,
        "archive": _archive_line(draw, drafter, normalization),
        "urgency": _maybe(draw, _PRINTED_URGENCIES),
        "secrecy": _maybe(draw, _SECRECIES),
        "circulation": _maybe(draw, _CIRCULATIONS),
        "appendices": [
            _appendix(draw, number, normalization)
            for number in range(1, len(draw(_APPENDICES)) + 1)
        ],
        "contact": _contact(draw, abbreviation, place, normalization) if _flag(draw) else None,
        "drafter": _drafter_mark(draw, normalization) if _flag(draw) else None,
        "incoming": (
            _incoming_stamp(draw, normalization, first_received, options.latest)
            if _flag(draw, options.received)
            else None
        ),
        "reported": _reporting(draw, normalization) if _flag(draw, options.reported) else None,
    }
    instrument = Instrument(**fields)
    if not _flag(draw, options.printed):
        return instrument
    # built again from the same arguments, as drawn (evolve would pass it the stored NFC)
    return Instrument(**fields, printed=_printed_forms(draw, instrument, normalization))
