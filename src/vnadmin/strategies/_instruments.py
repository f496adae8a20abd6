"""The strategy for whole instruments, following the rules of their regime."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.errors import UnknownKindError
from vnadmin.model import (
    KINDS,
    Body,
    Circulation,
    DocumentKind,
    Instrument,
    Recipient,
    Regime,
    Secrecy,
    Urgency,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._bodies import _issued_bodies
from vnadmin.strategies._checks import (
    _check_flag,
    _check_normalization,
    _check_regime,
    _check_strategy,
)
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _abbreviation,
    _capitalized,
    _form,
    _issuers,
    _kind_in,
    _maybe,
    _optional,
    _pick,
    _resolve,
)
from vnadmin.strategies._components import (
    _appendices,
    _contacts,
    _drafter_marks,
    _incoming_stamps,
    _reportings,
)
from vnadmin.strategies._dates import _complete_dates, _partial_dates
from vnadmin.strategies._numbers import _document_number
from vnadmin.strategies._parties import (
    _addressees,
    _archive_lines,
    _issuer_organization,
    _recipients,
    _signature,
)

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
    received: bool = False,
    reported: bool | None = False,
    bodies: st.SearchStrategy[Body] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Instrument]:
    """Whole instruments that follow the rules of their regime.

    ``kinds`` (DocumentKind objects or codes such as ``"chi-thi"``) default to every
    registered kind except the copy forms; ``regime`` keeps the kinds used in it.  By
    default an instrument is issued: its number is filled, in its regime's style, with
    the kind's abbreviation in that regime; its date is complete and within
    ``MIN_YEAR..MAX_YEAR``; a state công văn's subject starts with ``V/v`` (and no other
    kind's does); the signature's marks are in a valid order, the archive line names
    ``VT`` and no task deadline falls before the issue: :func:`vnadmin.rules.check`
    warns about nothing.  ``drafts=True`` gives drafts as seeds 000 and 001 are, with a blank number
    and a date missing a part (``ngày tháng 01 năm 2022``); ``None`` mixes drafts in.  ``received`` adds an incoming stamp; ``reported=True`` marks the instrument as read from a
    news report (``None`` mixes those in); ``bodies`` replaces
    the default :func:`bodies` (pass bigger task lists there).
    """
    _check_regime(regime)
    _check_flag("drafts", drafts, optional=True)
    _check_flag("received", received)
    _check_flag("reported", reported, optional=True)
    _check_strategy("bodies", bodies)
    _check_normalization(normalization)
    if kinds is None:
        chosen = tuple(kind for kind in KINDS if not kind.copy_form)
    else:
        if isinstance(kinds, (str, bytes)) or not isinstance(kinds, Iterable):
            raise InvalidArgument(f"kinds={kinds!r} must be a collection of kinds or codes")
        chosen = tuple(_kind_argument(value) for value in kinds)
        if not chosen:
            raise InvalidArgument("kinds must not be empty")
        if regime is not None:
            unused = [kind.name for kind in chosen if regime not in kind.regimes]
            if unused:
                raise InvalidArgument(f"{', '.join(unused)}: not used in {regime.value} documents")
    by_regime = {
        r: tuple(kind for kind in chosen if r in kind.regimes)
        for r in Regime
        if regime is None or r is regime
    }
    by_regime = {r: found for r, found in by_regime.items() if found}
    if not by_regime:
        raise InvalidArgument(f"no kind is used in regime={regime!r}")
    return _instruments(by_regime, drafts, received, reported, bodies, normalization)


def _subject(draw: st.DrawFn, regime: Regime, kind: DocumentKind) -> str:
    """The subject line (trích yếu), NFC."""
    if regime is Regime.STATE and kind.code == "cong-van":
        return f"V/v {_pick(draw, vocab.SUBJECTS)}"
    if regime is Regime.LEGAL and kind.abbreviation(regime) is None:
        return _capitalized(_pick(draw, vocab.LEGAL_TITLES.get(kind.code, vocab.SUBJECTS)))
    subject = _pick(draw, vocab.SUBJECTS)
    return _pick(draw, (f"Về {subject}", _capitalized(subject)))


@st.composite
def _instruments(
    draw: st.DrawFn,
    by_regime: dict[Regime, tuple[DocumentKind, ...]],
    drafts: bool | None,
    received: bool,
    reported: bool | None,
    bodies: st.SearchStrategy[Body] | None,
    normalization: Normalization,
) -> Instrument:
    regime = _pick(draw, tuple(by_regime))
    kind = _pick(draw, by_regime[regime])
    issuer = _pick(draw, _issuers(regime, kind))
    province = _pick(draw, vocab.PROVINCES)
    draft = _resolve(draw, drafts)
    date = draw(_partial_dates(False, MIN_YEAR, MAX_YEAR) if draft else _complete_dates())
    year = draw(st.integers(MIN_YEAR, MAX_YEAR)) if date.year is None else date.year
    abbreviation = _abbreviation(issuer, year)
    place = vocab.CITY if issuer.central else province
    addressees = []
    if kind.code in _ADDRESSED_KINDS:
        addressees = draw(
            st.lists(_addressees(normalization), min_size=1, max_size=4, unique_by=lambda o: o.name)
        )
    distribution = [Recipient(name=_form(draw, "Như trên", normalization))] if addressees else []
    distribution += draw(
        st.lists(
            _recipients(vocab.RECIPIENTS, normalization), max_size=3, unique_by=lambda r: r.name
        )
    )
    appendix_count = len(draw(st.lists(st.none(), max_size=2)))
    return Instrument(
        regime=regime,
        kind=_kind_in(draw, kind, normalization),
        issuer=_issuer_organization(draw, issuer, province, abbreviation, normalization),
        number=_document_number(
            draw,
            regime=regime,
            kind=kind,
            issuer=issuer,
            year=year,
            blank=draft,
            normalization=normalization,
        ),
        place=_form(draw, place, normalization),
        date=date,
        subject=_form(draw, _subject(draw, regime, kind), normalization),
        addressees=addressees,
        body=draw(_issued_bodies(normalization, date.year) if bodies is None else bodies),
        signatures=[_signature(draw, issuer, normalization, bare=False)],
        distribution=distribution,
        archive=draw(_archive_lines(normalization)),
        urgency=_maybe(draw, _PRINTED_URGENCIES),
        secrecy=_maybe(draw, tuple(Secrecy)),
        circulation=_maybe(draw, tuple(Circulation)),
        appendices=[
            draw(_appendices(number, normalization)) for number in range(1, appendix_count + 1)
        ],
        contact=_optional(draw, _contacts(abbreviation, place, normalization)),
        drafter=_optional(draw, _drafter_marks(normalization)),
        incoming=draw(_incoming_stamps(normalization)) if received else None,
        reported=draw(_reportings(normalization)) if _resolve(draw, reported) else None,
    )
