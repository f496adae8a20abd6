"""Hypothesis strategies for vnadmin's model, for vnadmin's tests and for downstream suites.

Every strategy yields valid model instances built from realistic Vietnamese text (unit
names, people, task sentences).  By default they are also *well-formed*: what
:mod:`vnadmin.grammar` prints they read back (numbers, dates, citations, deadlines,
signing marks), and an instrument follows the rules of its regime (kind, number style,
``V/v`` subject, signing marks, archive line, deadlines after the issue).  Task and
preamble texts print their deadlines, recurrences and citations through the grammars.
Options widen that: drafts (blank numbers, partial dates), multi-line task texts, bigger
task lists.

Text-producing strategies take ``normalization``: ``"NFD"`` builds each instance from
decomposed text and ``"mixed"`` from text whose words are decomposed at random.  The model
stores NFC, so such an instance equals the one built from NFC input; the normal form does
not change what is drawn, so for the same choices ``instruments(normalization="NFD")``
yields the instance ``instruments()`` yields.

This module imports hypothesis, which is an optional dependency (``vnadmin[strategies]``);
``import vnadmin`` never imports it.
"""

from __future__ import annotations

import calendar
import functools
import unicodedata
from collections.abc import Iterable, Sequence
from typing import Literal, NamedTuple, TypeVar

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin import _vocabulary as vocab
from vnadmin.errors import UnknownKindError
from vnadmin.grammar import format_citation, format_deadline, format_recurrence
from vnadmin.grammar.labels import to_roman
from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Circulation,
    Citation,
    Contact,
    DateDeadline,
    Deadline,
    DeadlineBound,
    DocumentKind,
    DocumentNumber,
    DrafterMark,
    Frequency,
    IncomingStamp,
    Instrument,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Recipient,
    Regime,
    RelativeDeadline,
    Reporting,
    Role,
    Secrecy,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)
from vnadmin.normalize import fold

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Normalization",
    "appendices",
    "archive_lines",
    "assignments",
    "bodies",
    "citations",
    "contacts",
    "deadlines",
    "document_kinds",
    "document_numbers",
    "drafter_marks",
    "incoming_stamps",
    "instruments",
    "organizations",
    "paragraphs",
    "partial_dates",
    "person_names",
    "recipients",
    "regimes",
    "reportings",
    "signature_blocks",
    "task_lists",
    "tasks",
    "vietnamese_text",
]

Normalization = Literal["NFC", "NFD", "mixed"]
"""The normal form of the text an instance is built from."""

MIN_YEAR, MAX_YEAR = 1990, 2030
"""Years the strategies draw by default: the span the date and number grammars read."""

T = TypeVar("T")

_NORMALIZATIONS = ("NFC", "NFD", "mixed")
_LEGISLATURES = tuple(  # (first year, term): QH8 from 1987 to QH16 from 2026
    zip((2026, 2021, 2016, 2011, 2007, 2002, 1997, 1992, 1987), range(16, 7, -1), strict=True)
)
_CLERK = "CHÁNH VĂN PHÒNG"
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # points of a clause skip f, j, w, z and keep đ
_PRINTED_URGENCIES = (Urgency.URGENT, Urgency.VERY_URGENT, Urgency.FLASH)  # not edXML's timed
_ADDRESSED_KINDS = frozenset({"cong-van", "cong-dien", "giay-moi", "thu-cong"})
_LABEL_SCHEMES = ("arabic", "letter", "roman", "article", "dash")
_CHILD_SCHEMES: dict[str, tuple[str, ...]] = {
    "roman": ("arabic",),
    "article": ("arabic",),
    "arabic": ("letter", "dash"),
    "letter": ("dash",),
    "dash": (),
}

# --------------------------------------------------------------------------- validation


def _check_normalization(value: object) -> None:
    if value not in _NORMALIZATIONS:
        raise InvalidArgument(f"normalization={value!r} must be one of 'NFC', 'NFD', 'mixed'")


def _check_regime(value: object, name: str = "regime") -> None:
    if value is not None and not isinstance(value, Regime):
        raise InvalidArgument(f"{name}={value!r} must be a vnadmin.Regime or None")


def _check_flag(name: str, value: object, *, optional: bool = False) -> None:
    if isinstance(value, bool) or (optional and value is None):
        return
    allowed = "True, False or None" if optional else "True or False"
    raise InvalidArgument(f"{name}={value!r} must be {allowed}")


def _check_int(name: str, value: object, low: int, high: int | None = None) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgument(f"{name}={value!r} must be an int")
    if value < low or (high is not None and value > high):
        upper = "" if high is None else f" and at most {high}"
        raise InvalidArgument(f"{name}={value} must be at least {low}{upper}")


def _check_sizes(min_size: int, max_size: int) -> None:
    _check_int("min_size", min_size, 0)
    _check_int("max_size", max_size, 0)
    if min_size > max_size:
        raise InvalidArgument(f"min_size={min_size} is greater than max_size={max_size}")


def _check_years(min_year: int, max_year: int) -> None:
    _check_int("min_year", min_year, 1000, 9999)
    _check_int("max_year", max_year, 1000, 9999)
    if min_year > max_year:
        raise InvalidArgument(f"min_year={min_year} is greater than max_year={max_year}")


def _check_strategy(name: str, value: object) -> None:
    if value is not None and not isinstance(value, st.SearchStrategy):
        raise InvalidArgument(f"{name}={value!r} must be a hypothesis strategy or None")


def _members(name: str, values: object, kind: type[T]) -> tuple[T, ...]:
    """``values`` as a non-empty tuple of ``kind``, or InvalidArgument."""
    if isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        raise InvalidArgument(f"{name}={values!r} must be a collection of {kind.__name__}")
    found = tuple(values)
    if not found:
        raise InvalidArgument(f"{name} must not be empty")
    for value in found:
        if not isinstance(value, kind):
            raise InvalidArgument(f"{name}: {value!r} is not a {kind.__name__}")
    return found


# ------------------------------------------------------------------------------ helpers


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


# ------------------------------------------------------------------------------ scalars


def regimes() -> st.SearchStrategy[Regime]:
    """Regimes: state (NĐ 30), Party (HD 36) and legal normative documents."""
    return st.sampled_from(Regime)


def document_kinds(
    *,
    regime: Regime | None = None,
    copy_forms: bool = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[DocumentKind]:
    """Kinds registered in :data:`vnadmin.KINDS` when called, used in ``regime`` if given.

    Copy forms (bản sao y, trích sao, sao lục) are left out unless ``copy_forms``.  Under
    ``NFD`` or ``mixed`` each kind is rebuilt from decomposed text and equals the
    registered one.
    """
    _check_regime(regime)
    _check_flag("copy_forms", copy_forms)
    _check_normalization(normalization)
    regimes_ = (regime,) if regime is not None else tuple(Regime)
    found = tuple(
        kind
        for kind in KINDS
        if kind.regimes & set(regimes_) and (copy_forms or not kind.copy_form)
    )
    if not found:
        raise InvalidArgument(f"no kind is registered for regime={regime!r}")
    return _document_kinds(found, normalization)


@st.composite
def _document_kinds(
    draw: st.DrawFn, found: tuple[DocumentKind, ...], normalization: Normalization
) -> DocumentKind:
    return _kind_in(draw, _pick(draw, found), normalization)


def partial_dates(
    *,
    complete: bool | None = None,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
) -> st.SearchStrategy[PartialDate]:
    """Dates whose parts may be blank, as in drafts (``ngày tháng 01 năm 2022``).

    ``complete=True`` gives whole dates, ``False`` dates missing at least one part (possibly
    all), ``None`` either.  Years are in ``min_year..max_year``.
    """
    _check_flag("complete", complete, optional=True)
    _check_years(min_year, max_year)
    return _partial_dates(complete, min_year, max_year)


@st.composite
def _partial_dates(
    draw: st.DrawFn, complete: bool | None, min_year: int, max_year: int
) -> PartialDate:
    year = draw(st.integers(min_year, max_year))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    if complete:
        return PartialDate(day=day, month=month, year=year)
    blank = draw(
        st.sets(st.sampled_from(("day", "month", "year")), min_size=int(complete is False))
    )
    return PartialDate(
        day=None if "day" in blank else day,
        month=None if "month" in blank else month,
        year=None if "year" in blank else year,
    )


@functools.cache
def _complete_dates() -> st.SearchStrategy[PartialDate]:
    return _partial_dates(True, MIN_YEAR, MAX_YEAR)


def person_names(*, normalization: Normalization = "NFC") -> st.SearchStrategy[str]:
    """Vietnamese full names: family, middle and given name (``Nguyễn Văn An``)."""
    _check_normalization(normalization)
    return _person_names(normalization)


@st.composite
def _person_names(draw: st.DrawFn, normalization: Normalization) -> str:
    name = " ".join(
        _pick(draw, part) for part in (vocab.FAMILY_NAMES, vocab.MIDDLE_NAMES, vocab.GIVEN_NAMES)
    )
    return _form(draw, name, normalization)


def _clause(draw: st.DrawFn) -> str:
    """A capitalised task clause without final punctuation (NFC)."""
    clause = f"{_pick(draw, vocab.TASK_VERBS)} {_pick(draw, vocab.TASK_OBJECTS)}"
    qualifier = _maybe(draw, vocab.QUALIFIERS)
    return clause if qualifier is None else f"{clause} {qualifier}"


def vietnamese_text(
    *,
    min_sentences: int = 1,
    max_sentences: int = 3,
    multiline: bool = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[str]:
    """Administrative prose: sentences of realistic task phrases, stripped and non-blank.

    With ``multiline`` sentences may be separated by a line break instead of a space.
    """
    _check_int("min_sentences", min_sentences, 1)
    _check_int("max_sentences", max_sentences, 1)
    if min_sentences > max_sentences:
        raise InvalidArgument(
            f"min_sentences={min_sentences} is greater than max_sentences={max_sentences}"
        )
    _check_flag("multiline", multiline)
    _check_normalization(normalization)
    return _vietnamese_text(min_sentences, max_sentences, multiline, normalization)


@st.composite
def _vietnamese_text(
    draw: st.DrawFn,
    min_sentences: int,
    max_sentences: int,
    multiline: bool,
    normalization: Normalization,
) -> str:
    return _form(draw, _sentences(draw, min_sentences, max_sentences, multiline), normalization)


def _sentences(draw: st.DrawFn, low: int, high: int, multiline: bool) -> str:
    count = len(draw(st.lists(st.none(), min_size=low, max_size=high)))
    text = f"{_clause(draw)}."
    for _ in range(count - 1):
        separator = "\n" if multiline and draw(st.booleans()) else " "
        text += f"{separator}{_clause(draw)}."
    return text


# ---------------------------------------------------------------------------- numbering


def _number_digits(draw: st.DrawFn) -> str:
    """1 to 9999, with the leading zero NĐ 30 puts on numbers below 10 (``05``)."""
    return f"{draw(st.integers(1, 9999)):02d}"


def _document_number(
    draw: st.DrawFn,
    *,
    regime: Regime,
    kind: DocumentKind | None,
    issuer: vocab.Issuer,
    year: int,
    blank: bool,
    normalization: Normalization,
) -> DocumentNumber:
    """The number of a ``kind`` document of ``issuer``, in the style of ``regime``."""
    kind_abbreviation = None if kind is None else kind.abbreviation(regime)
    joint = kind is not None and kind.code.endswith("lien-tich")
    # Công văn name their drafting unit; joint documents their co-issuers (Party: at times).
    required = (regime is Regime.STATE and kind_abbreviation is None) or (
        regime is Regime.LEGAL and joint
    )
    extra: tuple[str, ...] = ()
    if issuer.units and (required or (regime is Regime.PARTY and draw(st.booleans()))):
        extra = (_pick(draw, issuer.units),)
    return DocumentNumber(
        number=None if blank else _number_digits(draw),
        issuer_abbreviation=_form(draw, _abbreviation(issuer, year), normalization),
        kind_abbreviation=(
            None if kind_abbreviation is None else _form(draw, kind_abbreviation, normalization)
        ),
        extra_parts=_forms(draw, extra, normalization),
        year=year if regime is Regime.LEGAL else None,
        style=NumberStyle.of(regime),
    )


def document_numbers(
    *,
    styles: Iterable[NumberStyle] | None = None,
    blank: bool | None = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[DocumentNumber]:
    """Document numbers (số, ký hiệu) of the given styles (all three by default).

    The kind abbreviation is a registered one of the style's regime, or absent (công văn,
    laws) with an issuer abbreviation that is not a kind abbreviation; legal numbers carry
    a year in ``MIN_YEAR..MAX_YEAR``.  ``blank=True`` gives drafts' blank numbers
    (``Số: /STC-VP``), ``None`` mixes blank and filled.
    """
    chosen = tuple(NumberStyle) if styles is None else _members("styles", styles, NumberStyle)
    _check_flag("blank", blank, optional=True)
    _check_normalization(normalization)
    return _document_numbers(chosen, blank, normalization)


@st.composite
def _document_numbers(
    draw: st.DrawFn,
    styles: tuple[NumberStyle, ...],
    blank: bool | None,
    normalization: Normalization,
) -> DocumentNumber:
    regime = _pick(draw, styles).regime
    kind = _pick(draw, _kinds_of(regime))
    return _document_number(
        draw,
        regime=regime,
        kind=kind,
        issuer=_pick(draw, _issuers(regime, kind)),
        year=draw(st.integers(MIN_YEAR, MAX_YEAR)),
        blank=_resolve(draw, blank),
        normalization=normalization,
    )


# ------------------------------------------------------------------------------ parties


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


# ---------------------------------------------------------------------------- citations


def citations(
    *, by_name: bool | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Citation]:
    """Citations of other instruments, in the forms bodies use.

    By number (``Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về ...``,
    any regime's numbering, ``Văn bản số ...`` without a kind, a Party term ``khóa XI``)
    or, with ``by_name``, by kind and title (``Luật Tiếp cận thông tin``).  Titles,
    issuers and subjects avoid the words the citation grammar splits on (số, ngày, của,
    về, khóa) and parentheses.
    """
    _check_flag("by_name", by_name, optional=True)
    _check_normalization(normalization)
    return _citations(by_name, normalization)


@st.composite
def _citations(draw: st.DrawFn, by_name: bool | None, normalization: Normalization) -> Citation:
    if by_name is None:
        by_name = draw(st.booleans())
    if by_name:
        return _named_citation(draw, normalization)
    regime = draw(regimes())
    kinds: list[DocumentKind | None] = list(_kinds_of(regime))
    if regime is Regime.STATE:
        kinds.append(None)  # Văn bản số 2748/BNV-CTTN
    kind = _pick(draw, kinds)
    issuer = _pick(draw, _issuers(regime, kind))
    date = _optional(draw, _complete_dates())
    year = draw(st.integers(MIN_YEAR, MAX_YEAR)) if date is None or date.year is None else date.year
    mention = issuer.mention.format(p=_pick(draw, vocab.PROVINCES))
    subject = _maybe(draw, vocab.SUBJECTS)
    term = _maybe(draw, vocab.PARTY_TERMS) if regime is Regime.PARTY else None
    return Citation(
        kind=None if kind is None else _kind_in(draw, kind, normalization),
        number=_document_number(
            draw,
            regime=regime,
            kind=kind,
            issuer=issuer,
            year=year,
            blank=False,
            normalization=normalization,
        ),
        date=date,
        issuer=_form(draw, mention, normalization) if draw(st.booleans()) else None,
        term=None if term is None else _form(draw, term, normalization),
        subject=None if subject is None else _form(draw, subject, normalization),
    )


def _named_citation(draw: st.DrawFn, normalization: Normalization) -> Citation:
    code, titles, issuer = _pick(draw, vocab.CITED_BY_NAME)
    return Citation(
        kind=_kind_in(draw, KINDS.get(code), normalization),
        title=_form(draw, _pick(draw, titles), normalization),
        issuer=None if issuer is None else _form(draw, issuer, normalization),
    )


# -------------------------------------------------------------------------------- tasks


def assignments(
    *, roles: Iterable[Role] | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Assignment]:
    """Who acts in a task and how: ``Sở Nội vụ`` leads, ``Công an tỉnh`` cooperates."""
    chosen = tuple(Role) if roles is None else _members("roles", roles, Role)
    _check_normalization(normalization)
    return _assignments(chosen, normalization)


@st.composite
def _assignments(
    draw: st.DrawFn, roles: tuple[Role, ...], normalization: Normalization
) -> Assignment:
    return Assignment(
        role=_pick(draw, roles),
        actor=_form(draw, _pick(draw, vocab.ACTORS), normalization),
    )


_DEADLINE_TYPES: tuple[type[Deadline], ...] = (DateDeadline, PeriodDeadline, RelativeDeadline)
_INDEXED_PERIODS = (PeriodUnit.MONTH, PeriodUnit.QUARTER, PeriodUnit.HALF)


def deadlines(
    *,
    types: Iterable[type[Deadline]] | None = None,
    min_year: int = MIN_YEAR,
    max_year: int = MAX_YEAR,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Deadline]:
    """Task deadlines: on a date (``trước ngày 05/12``, the year may be blank), a period
    (``trong quý II/2024``) or relative to an event (``trong 15 ngày kể từ ...``).

    ``types`` restricts them to some of DateDeadline, PeriodDeadline, RelativeDeadline;
    the years they name are in ``min_year..max_year``.
    """
    if types is None:
        chosen = _DEADLINE_TYPES
    else:
        if isinstance(types, (str, bytes)) or not isinstance(types, Iterable):
            raise InvalidArgument(f"types={types!r} must be a collection of deadline classes")
        chosen = tuple(types)
        if not chosen or any(t not in _DEADLINE_TYPES for t in chosen):
            raise InvalidArgument(
                f"types={types!r} must name some of DateDeadline, PeriodDeadline, RelativeDeadline"
            )
    _check_years(min_year, max_year)
    _check_normalization(normalization)
    return _deadlines(chosen, min_year, max_year, normalization)


@functools.cache
def _deadlines(
    types: tuple[type[Deadline], ...], min_year: int, max_year: int, normalization: Normalization
) -> st.SearchStrategy[Deadline]:
    """Deadlines of ``types``; with no year in ``min_year..max_year`` they name none."""
    years = st.integers(min_year, max_year) if min_year <= max_year else None
    found: list[st.SearchStrategy[Deadline]] = []
    if DateDeadline in types:
        found.append(_date_deadlines(years))
    if PeriodDeadline in types:
        found.append(_period_deadlines(years))
    if RelativeDeadline in types:
        found.append(_relative_deadlines(normalization))
    return st.one_of(found)


@st.composite
def _date_deadlines(draw: st.DrawFn, years: st.SearchStrategy[int] | None) -> DateDeadline:
    year = None if years is None else _optional(draw, years)
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, calendar.monthrange(2000 if year is None else year, month)[1]))
    return DateDeadline(
        bound=draw(st.sampled_from(DeadlineBound)),
        date=PartialDate(day=day, month=month, year=year),
    )


@st.composite
def _period_deadlines(draw: st.DrawFn, years: st.SearchStrategy[int] | None) -> PeriodDeadline:
    units = tuple(PeriodUnit) if years is not None else _INDEXED_PERIODS
    unit = _pick(draw, units)
    if unit is PeriodUnit.YEAR:
        assert years is not None
        return PeriodDeadline(unit=unit, year=draw(years))
    top = {PeriodUnit.MONTH: 12, PeriodUnit.QUARTER: 4, PeriodUnit.HALF: 2}[unit]
    return PeriodDeadline(
        unit=unit,
        index=draw(st.integers(1, top)),
        year=None if years is None else _optional(draw, years),
    )


@st.composite
def _relative_deadlines(draw: st.DrawFn, normalization: Normalization) -> RelativeDeadline:
    return RelativeDeadline(text=_form(draw, _pick(draw, vocab.RELATIVE_DEADLINES), normalization))


def _label(scheme: str, index: int) -> str:
    """The ``index``-th label (from 0) of a label scheme."""
    if scheme == "arabic":
        return f"{index + 1}."
    if scheme == "letter":
        return f"{_LETTERS[index]})"
    if scheme == "roman":
        return f"{to_roman(index + 1)}."
    if scheme == "article":
        return f"Điều {index + 1}."
    return "-"


def _roles(draw: st.DrawFn, actors: Sequence[str]) -> list[tuple[Role, str]]:
    """Give three distinct actors the roles of one task, in a pattern task texts use.

    One actor leads (maybe with a cooperating one), executes or advises, or none is named;
    reports may go to a third.
    """
    first, second, third = actors
    roles: list[tuple[Role, str]] = []
    pattern = _maybe(draw, (Role.LEAD, Role.EXECUTE, Role.ADVISE))
    if pattern is not None:
        roles.append((pattern, first))
    if pattern is Role.LEAD and draw(st.booleans()):
        roles.append((Role.COOPERATE, second))
    if draw(st.booleans()):
        roles.append((Role.REPORT_TO, third))
    return roles


def _task_text(
    draw: st.DrawFn,
    actors: Sequence[tuple[Role, str]],
    recurrence: Frequency | None,
    deadline: Deadline | None,
    cited: Sequence[Citation],
    multiline: bool,
) -> str:
    """A task in words (NFC): its actors, recurrence, deadline, then what it cites.

    ``Định kỳ hằng năm, Sở Nội vụ chủ trì, phối hợp với Công an tỉnh tăng cường ...
    trước ngày 05/12; báo cáo kết quả thực hiện gửi Bộ Nội vụ. Thực hiện theo Chỉ thị
    số 33/CT-TTg ...``  Deadlines, recurrences and citations are printed by the grammars.
    """
    actor_of = dict(actors)
    sentence = _uncapitalized(_clause(draw))
    if Role.LEAD in actor_of:
        partner = actor_of.get(Role.COOPERATE)
        partners = "" if partner is None else f", phối hợp với {partner}"
        sentence = f"{actor_of[Role.LEAD]} chủ trì{partners} {sentence}"
    elif Role.EXECUTE in actor_of:
        sentence = f"{actor_of[Role.EXECUTE]} {sentence}"
    elif Role.ADVISE in actor_of:
        sentence = f"{actor_of[Role.ADVISE]} tham mưu {sentence}"
    if deadline is not None:
        sentence += f" {format_deadline(deadline)}"
    if Role.REPORT_TO in actor_of:
        sentence += f"; báo cáo kết quả thực hiện gửi {actor_of[Role.REPORT_TO]}"
    if recurrence is not None:
        sentence = f"{format_recurrence(recurrence)}, {sentence}"
    text = f"{_capitalized(sentence)}."
    for citation in cited:
        text += f" Thực hiện theo {format_citation(citation)}."
    for _ in draw(st.lists(st.none(), max_size=1)):
        separator = "\n" if multiline and draw(st.booleans()) else " "
        text += f"{separator}{_clause(draw)}."
    return text


class _TaskOptions(NamedTuple):
    """What every task of a list is drawn with; strategies made once, as making them costs."""

    max_subtasks: int
    multiline: bool
    deadlines: st.SearchStrategy[Deadline]
    normalization: Normalization
    actors: st.SearchStrategy[list[str]]
    citations: st.SearchStrategy[list[Citation]]
    notes: st.SearchStrategy[list[str]]


@functools.cache
def _task_options(
    max_subtasks: int,
    multiline: bool,
    deadlines: st.SearchStrategy[Deadline] | None,
    normalization: Normalization,
) -> _TaskOptions:
    return _TaskOptions(
        max_subtasks=max_subtasks,
        multiline=multiline,
        deadlines=(
            _deadlines(_DEADLINE_TYPES, MIN_YEAR, MAX_YEAR, normalization)
            if deadlines is None
            else deadlines
        ),
        normalization=normalization,
        actors=st.lists(st.sampled_from(vocab.ACTORS), min_size=3, max_size=3, unique=True),
        citations=st.lists(_citations(None, normalization), max_size=2),
        notes=st.lists(st.sampled_from(vocab.ATTACHMENT_NOTES), max_size=1),
    )


def _task(
    draw: st.DrawFn,
    options: _TaskOptions,
    *,
    label: str | None,
    child_schemes: tuple[str, ...],
    depth: int,
) -> Task:
    normalization = options.normalization
    actors = _roles(draw, draw(options.actors))
    if any(role is Role.REPORT_TO for role, _ in actors):
        deadline: Deadline | None = draw(options.deadlines)  # a report is due by a date
    else:
        deadline = _optional(draw, options.deadlines)
    recurrence = _maybe(draw, tuple(Frequency))
    cited = draw(options.citations)
    text = _task_text(draw, actors, recurrence, deadline, cited, options.multiline)
    subtasks: tuple[Task, ...] = ()
    if depth > 1:
        subtasks = _siblings(
            draw,
            options,
            schemes=child_schemes,
            min_size=0,
            max_size=options.max_subtasks,
            depth=depth - 1,
        )
    return Task(
        label=None if label is None else _form(draw, label, normalization),
        text=_form(draw, text, normalization),
        subtasks=subtasks,
        assignments=[
            Assignment(role=role, actor=_form(draw, actor, normalization)) for role, actor in actors
        ],
        deadline=deadline,
        recurrence=recurrence,
        citations=cited,
        attachment_notes=_forms(draw, draw(options.notes), normalization),
    )


def _siblings(
    draw: st.DrawFn,
    options: _TaskOptions,
    *,
    schemes: tuple[str, ...],
    min_size: int,
    max_size: int,
    depth: int,
) -> tuple[Task, ...]:
    """A list of tasks labelled in one scheme, in sequence (``1.``, ``2.``; ``a)``, ``b)``)."""
    usable = tuple(s for s in schemes if s != "letter" or min_size <= len(_LETTERS))
    if not usable:
        return ()
    scheme = _pick(draw, usable)
    top = min(max_size, len(_LETTERS)) if scheme == "letter" else max_size
    count = len(draw(st.lists(st.none(), min_size=min_size, max_size=top)))
    return tuple(
        _task(
            draw,
            options,
            label=_label(scheme, index),
            child_schemes=_CHILD_SCHEMES[scheme],
            depth=depth,
        )
        for index in range(count)
    )


def _check_task_options(
    max_depth: int,
    max_subtasks: int,
    multiline: bool,
    deadlines: st.SearchStrategy[Deadline] | None,
    normalization: Normalization,
) -> _TaskOptions:
    _check_int("max_depth", max_depth, 1)
    _check_int("max_subtasks", max_subtasks, 0)
    _check_flag("multiline", multiline)
    _check_strategy("deadlines", deadlines)
    _check_normalization(normalization)
    return _task_options(max_subtasks, multiline, deadlines, normalization)


def tasks(
    *,
    max_depth: int = 2,
    max_subtasks: int = 3,
    multiline: bool = False,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Task]:
    """One task, labelled (``1.``, ``a)``, ``I.``, ``Điều 3.``, ``-``) or not, with subtasks.

    ``max_depth`` counts levels: 1 is a task without subtasks, 2 (the default) allows
    subtasks without their own.  Sibling subtasks are labelled in sequence in one scheme
    that differs from the parent's (``I.`` > ``1.`` > ``a)`` > ``-``).  The text says
    what the task holds (``Sở Nội vụ chủ trì, phối hợp với ... trước ngày 05/12``) and
    never starts with something label-like; with ``multiline`` it may hold a line break.
    Deadlines are drawn from ``deadlines`` (default :func:`deadlines`); a task that asks
    for a report always has one.
    """
    options = _check_task_options(max_depth, max_subtasks, multiline, deadlines, normalization)
    return _tasks(options, max_depth)


@st.composite
def _tasks(draw: st.DrawFn, options: _TaskOptions, max_depth: int) -> Task:
    scheme = _maybe(draw, _LABEL_SCHEMES)
    label = None
    if scheme is not None:
        last = len(_LETTERS) - 1 if scheme == "letter" else 29
        label = _label(scheme, draw(st.integers(0, last)))
    return _task(
        draw,
        options,
        label=label,
        child_schemes=_LABEL_SCHEMES if scheme is None else _CHILD_SCHEMES[scheme],
        depth=max_depth,
    )


def task_lists(
    *,
    min_size: int = 1,
    max_size: int = 8,
    max_depth: int = 2,
    max_subtasks: int = 3,
    multiline: bool = False,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[tuple[Task, ...]]:
    """Task lists of ``min_size..max_size`` top-level tasks, labelled in sequence.

    All siblings share one label scheme (``1.``, ``2.``, ...; ``a)``, ``b)``, ...; ``I.``,
    ``II.``; ``Điều 1.``, ``Điều 2.``; ``-``); see :func:`tasks` for the other options.
    The defaults keep lists small (at most 8 tasks with at most 3 subtasks each).
    """
    _check_sizes(min_size, max_size)
    options = _check_task_options(max_depth, max_subtasks, multiline, deadlines, normalization)
    return _task_lists(options, min_size, max_size, max_depth)


@st.composite
def _task_lists(
    draw: st.DrawFn, options: _TaskOptions, min_size: int, max_size: int, max_depth: int
) -> tuple[Task, ...]:
    return _siblings(
        draw, options, schemes=_LABEL_SCHEMES, min_size=min_size, max_size=max_size, depth=max_depth
    )


# --------------------------------------------------------------------------------- body


def paragraphs(
    *, preamble: bool = False, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Paragraph]:
    """Paragraphs outside the task list.

    With ``preamble``, a legal basis citing an instrument, printed by the citation grammar
    (``Căn cứ Luật Tiếp cận thông tin;``) and attached; otherwise a background paragraph.
    """
    _check_flag("preamble", preamble)
    _check_normalization(normalization)
    return _paragraphs(preamble, normalization)


@st.composite
def _paragraphs(draw: st.DrawFn, preamble: bool, normalization: Normalization) -> Paragraph:
    if not preamble:
        opening = _pick(draw, vocab.BACKGROUND_OPENINGS)
        text = f"{opening}, {_uncapitalized(_sentences(draw, 1, 2, multiline=False))}"
        return Paragraph(text=_form(draw, text, normalization))
    citation = draw(_citations(None, normalization))
    text = f"Căn cứ {format_citation(citation)};"
    return Paragraph(text=_form(draw, text, normalization), citations=[citation])


@st.composite
def _closing_tasks(draw: st.DrawFn, normalization: Normalization) -> Task:
    """An unlabelled closing assignment: ``Giao ... chủ trì, phối hợp với ...``."""
    actor, partners = _pick(draw, vocab.ACTORS), "các cơ quan liên quan"
    text = f"Giao {actor} chủ trì, phối hợp với {partners} {_pick(draw, vocab.CLOSING_PHRASES)}."
    return Task(
        text=_form(draw, text, normalization),
        assignments=[
            Assignment(role=Role.LEAD, actor=_form(draw, actor, normalization)),
            Assignment(role=Role.COOPERATE, actor=_form(draw, partners, normalization)),
        ],
    )


def bodies(
    *,
    tasks: st.SearchStrategy[tuple[Task, ...]] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Body]:
    """Bodies: legal bases, background, the task list (``tasks``, by default
    :func:`task_lists`) and at most one closing assignment."""
    _check_strategy("tasks", tasks)
    _check_normalization(normalization)
    if tasks is None:
        tasks = task_lists(normalization=normalization)
    return _bodies(tasks, normalization)


@functools.cache
def _issued_bodies(normalization: Normalization, year: int | None) -> st.SearchStrategy[Body]:
    """Default bodies of an instrument issued in ``year``: no deadline falls before it.

    Deadlines name later years only, or no year when ``MAX_YEAR`` leaves none.
    """
    first = MIN_YEAR if year is None else year + 1
    options = _task_options(
        3, False, _deadlines(_DEADLINE_TYPES, first, MAX_YEAR, normalization), normalization
    )
    return _bodies(_task_lists(options, 1, 8, 2), normalization)


@st.composite
def _bodies(
    draw: st.DrawFn, tasks: st.SearchStrategy[tuple[Task, ...]], normalization: Normalization
) -> Body:
    return Body(
        preamble=draw(
            st.lists(_paragraphs(True, normalization), max_size=2, unique_by=lambda p: p.text)
        ),
        background=draw(st.lists(_paragraphs(False, normalization), max_size=2)),
        tasks=draw(tasks),
        closing=draw(st.lists(_closing_tasks(normalization), max_size=1)),
    )


# ------------------------------------------------------------------------ other components


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


# ---------------------------------------------------------------------------- instruments


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
