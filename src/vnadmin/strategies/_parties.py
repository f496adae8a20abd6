"""Strategies for organisations, recipients, archive lines and signature blocks."""

from __future__ import annotations

from typing import Literal

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.model import (
    ArchiveLine,
    Authority,
    Organization,
    Recipient,
    Regime,
    SignatureBlock,
    SigningMark,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_normalization, _check_regime
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _abbreviation,
    _form,
    _forms,
    _maybe,
    _optional,
    _pick,
)
from vnadmin.strategies._text import _person_names

_CLERK = "CHÁNH VĂN PHÒNG"


def _organ_id(draw: st.DrawFn) -> str | None:
    """An edXML OrganId such as ``000.00.00.H41``, or None."""
    if not draw(st.booleans()):
        return None
    group = draw(st.integers(0, 99))
    unit = draw(st.integers(1, 99))
    return f"000.00.{group:02d}.{_pick(draw, 'GHK')}{unit:02d}"


def _issuer_organization(
    draw: st.DrawFn,
    issuer: vocab.Issuer,
    province: str,
    abbreviation: str,
    normalization: Normalization,
) -> Organization:
    upper = province.upper()
    parent = (
        None
        if issuer.parent is None
        else Organization(name=_form(draw, issuer.parent.format(p=upper), normalization))
    )
    return Organization(
        name=_form(draw, issuer.name.format(p=upper), normalization),
        abbreviation=_form(draw, abbreviation, normalization),
        parent=parent,
        organ_id=_organ_id(draw),
    )


def organizations(
    *,
    regime: Regime | None = None,
    form: Literal["issuer", "addressee"] = "issuer",
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Organization]:
    """Organisations: issuers as printed on the issuer line, or addressees (Kính gửi).

    Issuers are upper case with their parent body (``SỞ TÀI CHÍNH`` under ``UBND TỈNH SÓC
    TRĂNG``) and abbreviation, of ``regime`` if given; addressees are as written after
    ``Kính gửi`` (``Công an tỉnh``).  Either may carry an edXML OrganId.
    """
    _check_regime(regime)
    if form not in ("issuer", "addressee"):
        raise InvalidArgument(f"form={form!r} must be 'issuer' or 'addressee'")
    _check_normalization(normalization)
    if form == "addressee":
        return _addressees(normalization)
    return _organizations(regime, normalization)


@st.composite
def _organizations(
    draw: st.DrawFn, regime: Regime | None, normalization: Normalization
) -> Organization:
    issuer = _pick(draw, [i for i in vocab.ISSUERS if regime is None or i.regime is regime])
    abbreviation = _abbreviation(issuer, draw(st.integers(MIN_YEAR, MAX_YEAR)))
    return _issuer_organization(
        draw, issuer, _pick(draw, vocab.PROVINCES), abbreviation, normalization
    )


@st.composite
def _addressees(draw: st.DrawFn, normalization: Normalization) -> Organization:
    name = _pick(draw, vocab.ADDRESSEES).format(p=_pick(draw, vocab.PROVINCES))
    return Organization(
        name=_form(draw, name, normalization),
        organ_id=_organ_id(draw),
    )


def recipients(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Recipient]:
    """Distribution entries (Nơi nhận), some with a purpose (``để báo cáo``)."""
    _check_normalization(normalization)
    return _recipients(("Như trên", *vocab.RECIPIENTS), normalization)


@st.composite
def _recipients(draw: st.DrawFn, names: tuple[str, ...], normalization: Normalization) -> Recipient:
    purpose = _maybe(draw, vocab.PURPOSES)
    return Recipient(
        name=_form(draw, _pick(draw, names), normalization),
        purpose=None if purpose is None else _form(draw, purpose, normalization),
    )


def archive_lines(*, normalization: Normalization = "NFC") -> st.SearchStrategy[ArchiveLine]:
    """Archive lines: ``VT`` first, then drafting units, maybe a copy count (``Lưu: VT, VP``)."""
    _check_normalization(normalization)
    return _archive_lines(normalization)


@st.composite
def _archive_lines(draw: st.DrawFn, normalization: Normalization) -> ArchiveLine:
    units = draw(st.lists(st.sampled_from(vocab.DRAFTING_UNITS), max_size=2, unique=True))
    return ArchiveLine(
        units=_forms(draw, ("VT", *units), normalization),
        copies=_optional(draw, st.integers(1, 99)),
    )


def _signature(
    draw: st.DrawFn, issuer: vocab.Issuer, normalization: Normalization, *, bare: bool
) -> SignatureBlock:
    """A signature block of ``issuer``: marks in a valid order for its regime.

    ``TM.`` names the collective and comes first; ``KT.`` names the head and the signer is
    the deputy (``PHÓ ...``); ``TL.`` and ``TUQ.`` are signed by the chief of office;
    ``Q.`` names the head's office and the acting head signs with no title line under it.
    """
    head, deputy, collective = issuer.head, issuer.deputy, issuer.collective
    tm, kt, tl, tuq, q = (
        SigningMark.TM,
        SigningMark.KT,
        SigningMark.TL,
        SigningMark.TUQ,
        SigningMark.Q,
    )
    stacks: list[tuple[tuple[tuple[SigningMark, str], ...], str | None]] = [((), head)]
    if deputy is not None:
        stacks.append((((kt, head),), deputy))
    if collective is not None:
        stacks.append((((tm, collective),), head))
        if deputy is not None:
            stacks.append((((tm, collective), (kt, head)), deputy))
    if issuer.regime is Regime.STATE:
        stacks += [(((tl, head),), _CLERK), (((tuq, head),), _CLERK), (((q, head),), None)]
        if collective is not None:
            stacks.append((((tm, collective), (tl, head)), _CLERK))
            stacks.append((((tm, collective), (q, head)), None))
    if issuer.regime is Regime.PARTY and bare:
        stacks.append(((), None))  # a bare name, as in seed 003 (the checker warns)
    if issuer.regime is Regime.PARTY and collective is not None:
        stacks.append((((tl, collective),), _CLERK))
    marks, title = _pick(draw, stacks)
    return SignatureBlock(
        authorities=[
            Authority(mark=mark, applies_to=_form(draw, applies_to, normalization))
            for mark, applies_to in marks
        ],
        title=None if title is None else _form(draw, title, normalization),
        name=draw(_person_names(normalization)),
    )


def signature_blocks(
    *, regime: Regime | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[SignatureBlock]:
    """Signature blocks with signing marks in a valid order, a title (none under ``Q.``), a name.

    ``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``: ``TM.`` first, then at
    most one of ``KT.``, ``TL.``, ``TUQ.``, ``Q.``.  Party blocks may be a bare name, as in seed
    003 (those of :func:`instruments` never are: the checker warns about them).
    """
    _check_regime(regime)
    _check_normalization(normalization)
    return _signature_blocks(regime, normalization)


@st.composite
def _signature_blocks(
    draw: st.DrawFn, regime: Regime | None, normalization: Normalization
) -> SignatureBlock:
    issuer = _pick(draw, [i for i in vocab.ISSUERS if regime is None or i.regime is regime])
    return _signature(draw, issuer, normalization, bare=True)
