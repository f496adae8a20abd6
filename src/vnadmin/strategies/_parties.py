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
    _flag,
    _form,
    _forms,
    _index,
    _or_none,
    _pick,
    _picks,
)
from vnadmin.strategies._text import _person_name

_CLERK = "CHÁNH VĂN PHÒNG"


def _organ_id(draw: st.DrawFn) -> str | None:
    """An edXML OrganId such as ``000.00.00.H41``, or None (one draw)."""
    given, group, letter, unit = _picks(draw, 2, 100, 3, 99)
    return f"000.00.{group:02d}.{'GHK'[letter]}{unit + 1:02d}" if given else None


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
    form: Literal["issuer", "addressee"] | None = "issuer",
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Organization]:
    """Organisations: issuers as printed on the issuer line, or addressees (Kính gửi).

    ``form="issuer"`` gives issuers, upper case with their parent body (``SỞ TÀI CHÍNH``
    under ``UBND TỈNH SÓC TRĂNG``) and abbreviation, of ``regime`` if given;
    ``"addressee"`` addressees as written after ``Kính gửi`` (``Công an tỉnh``); ``None``
    either.  Either may carry an edXML OrganId.
    """
    _check_regime(regime)
    if form not in ("issuer", "addressee", None):
        raise InvalidArgument(f"form={form!r} must be 'issuer', 'addressee' or None")
    _check_normalization(normalization)
    issuers = tuple(i for i in vocab.ISSUERS if regime is None or i.regime is regime)
    return _organizations(issuers, form, normalization)


@st.composite
def _organizations(
    draw: st.DrawFn,
    issuers: tuple[vocab.Issuer, ...],
    form: Literal["issuer", "addressee"] | None,
    normalization: Normalization,
) -> Organization:
    if form == "addressee" or (form is None and _flag(draw)):
        return _addressee(draw, normalization)
    issuer = _pick(draw, issuers)
    abbreviation = _abbreviation(issuer, MIN_YEAR + draw(_index(MAX_YEAR - MIN_YEAR + 1)))
    return _issuer_organization(
        draw, issuer, _pick(draw, vocab.PROVINCES), abbreviation, normalization
    )


def _addressee(draw: st.DrawFn, normalization: Normalization) -> Organization:
    name, province = _picks(draw, len(vocab.ADDRESSEES), len(vocab.PROVINCES))
    text = vocab.ADDRESSEES[name].format(p=vocab.PROVINCES[province])
    return Organization(name=_form(draw, text, normalization), organ_id=_organ_id(draw))


def recipients(*, normalization: Normalization = "NFC") -> st.SearchStrategy[Recipient]:
    """Distribution entries (Nơi nhận), some with a purpose (``để báo cáo``)."""
    _check_normalization(normalization)
    return st.composite(_recipient)(("Như trên", *vocab.RECIPIENTS), normalization)


def _recipient(draw: st.DrawFn, names: tuple[str, ...], normalization: Normalization) -> Recipient:
    name, purpose = _picks(draw, len(names), 2 * len(vocab.PURPOSES))
    found = _or_none(purpose, vocab.PURPOSES)
    return Recipient(
        name=_form(draw, names[name], normalization),
        purpose=None if found is None else _form(draw, found, normalization),
    )


def archive_lines(*, normalization: Normalization = "NFC") -> st.SearchStrategy[ArchiveLine]:
    """Archive lines: ``VT`` first, then the drafting unit and maybe another, maybe a copy
    count (``Lưu: VT, VP.(30)``)."""
    _check_normalization(normalization)
    return _archive_lines(normalization)


@st.composite
def _archive_lines(draw: st.DrawFn, normalization: Normalization) -> ArchiveLine:
    return _archive_line(draw, _pick(draw, vocab.DRAFTING_UNITS), normalization)


def _archive_line(draw: st.DrawFn, drafter: str, normalization: Normalization) -> ArchiveLine:
    """``Lưu: VT, <drafter>``, maybe with another unit and a copy count: the registry office
    and the drafting unit (NĐ 30 Phụ lục I, mục II.9.b; VN-DIST-002, VN-DIST-003)."""
    other, copies = _picks(draw, 2 * len(vocab.DRAFTING_UNITS), 2 * 99)
    units = ["VT", drafter]
    extra = _or_none(other, vocab.DRAFTING_UNITS)
    if extra is not None and extra != drafter:
        units.append(extra)
    return ArchiveLine(
        units=_forms(draw, units, normalization),
        copies=_or_none(copies, range(1, 100)),
    )


def _signature(
    draw: st.DrawFn,
    issuer: vocab.Issuer,
    normalization: Normalization,
    *,
    bare: bool,
    on_behalf: bool = False,
) -> SignatureBlock:
    """A signature block of ``issuer``: marks in a valid order for its regime.

    ``TM.`` names the collective and comes first; ``KT.`` names the head and the signer is
    the deputy (``PHÓ ...``); ``TL.`` and ``TUQ.`` are signed by the chief of office;
    ``Q.`` names the head's office and the acting head signs with no title line under it.
    ``on_behalf`` (a resolution) keeps the blocks that open with ``TM.``, unless the issuer
    is an assembly, whose chair signs in their own name (VN-SIGN-007).
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
    if on_behalf and issuer.collective is not None and not issuer.assembly:
        stacks = [stack for stack in stacks if stack[0] and stack[0][0][0] is tm]
    marks, title = _pick(draw, stacks)
    return SignatureBlock(
        authorities=[
            Authority(mark=mark, applies_to=_form(draw, applies_to, normalization))
            for mark, applies_to in marks
        ],
        title=None if title is None else _form(draw, title, normalization),
        name=_person_name(draw, normalization),
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
