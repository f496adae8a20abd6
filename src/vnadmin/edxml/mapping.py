"""How instrument fields become edXML header fields and back (``docs/edxml.md``, "Mapping").

Each pair here is written by :mod:`vnadmin.edxml.writer` and read by
:mod:`vnadmin.edxml.reader`; identifiers go through :mod:`vnadmin.grammar`.
"""

from __future__ import annotations

import datetime

from vnadmin.edxml.model import Organ
from vnadmin.errors import GrammarError
from vnadmin.grammar import (
    format_authority,
    format_number,
    format_recipient,
    parse_authority,
    parse_number,
    parse_recipient,
)
from vnadmin.model import (
    Appendix,
    Authority,
    Contact,
    DocumentKind,
    DocumentNumber,
    Instrument,
    KindRegistry,
    NumberStyle,
    Organization,
    PartialDate,
    Regime,
    SignatureBlock,
    Urgency,
)
from vnadmin.normalize import fold

__all__ = [
    "ADMINISTRATIVE",
    "INSTRUMENT_ATTACHMENT",
    "INSTRUMENT_CONTENT_TYPE",
    "LEGAL_NORMATIVE",
    "PRIORITIES",
    "TYPE_CODES",
    "appendix_from_text",
    "appendix_text",
    "authorities_from_competence",
    "code_parts",
    "competence",
    "contact_of",
    "document_id",
    "document_type",
    "infer_regime",
    "kind_from_type_name",
    "now",
    "number_from_code",
    "organ_of",
    "organization_of",
    "place_text",
    "recipient_from_place",
    "sender_of",
]

INSTRUMENT_ATTACHMENT = "vnadmin-instrument.xml"
"""The name of the attachment holding vnadmin's XML of the whole instrument."""
INSTRUMENT_CONTENT_TYPE = "application/vnd.vnadmin+xml"
"""Its content type, by which readers recognise it (see :mod:`vnadmin.xml`)."""

ADMINISTRATIVE = 1
"""``DocumentType/Type`` of an administrative document (văn bản hành chính)."""
LEGAL_NORMATIVE = 2
"""``DocumentType/Type`` of a legal normative document (văn bản quy phạm pháp luật).

The axis accepts no other value (Bkav's gateway ``Checker.checkDocType`` refuses it); the
kind travels in ``TypeName`` only."""

TYPE_CODES: dict[str, int] = {
    code: number
    for number, code in enumerate(
        [
            "nghi-quyet",
            "quyet-dinh",
            "chi-thi",
            "quy-che",
            "quy-dinh",
            "thong-cao",
            "thong-bao",
            "huong-dan",
            "chuong-trinh",
            "ke-hoach",
            "phuong-an",
            "de-an",
            "du-an",
            "bao-cao",
            "bien-ban",
            "to-trinh",
            "hop-dong",
            "cong-van",
            "cong-dien",
            "ban-ghi-nho",
            "ban-thoa-thuan",
            "giay-uy-quyen",
            "giay-moi",
            "giay-gioi-thieu",
            "giay-nghi-phep",
            "phieu-gui",
            "phieu-chuyen",
            "phieu-bao",
            "thu-cong",
            "ban-sao-y",
            "ban-trich-sao",
            "ban-sao-luc",
            "ket-luan",
            "thong-tri",
            "hien-phap",
            "bo-luat",
            "luat",
            "phap-lenh",
            "lenh",
            "nghi-dinh",
            "thong-tu",
            "thong-tu-lien-tich",
            "nghi-quyet-lien-tich",
        ],
        start=1,
    )
}
"""Deprecated: vnadmin's own numbering of kinds, written as ``DocumentType/Type`` before
0.2.  The axis accepts only 1 and 2 (:func:`document_type`); nothing reads this table."""

PRIORITIES: dict[Urgency | None, int] = {
    None: 0,
    Urgency.URGENT: 1,
    Urgency.VERY_URGENT: 2,
    Urgency.FLASH: 3,
    Urgency.FLASH_TIMED: 4,
}
"""``OtherInfo/Priority``: 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ."""


def document_type(regime: Regime) -> int:
    """``DocumentType/Type``: 2 for a legal normative document, 1 for any other."""
    return LEGAL_NORMATIVE if regime is Regime.LEGAL else ADMINISTRATIVE


_GENERIC = frozenset(
    {"van ban", "van ban dien tu", "van ban dien tu moi", "van ban den", "van ban di"}
)
"""``TypeName`` s that name a document, not its kind (``Văn bản điện tử mới`` is how one
gateway announces a new electronic document)."""


def kind_from_type_name(name: str, kinds: KindRegistry) -> DocumentKind | None:
    """The kind a ``TypeName`` names, accent- and case-insensitively: the kind of that name;
    else the longest kind name it starts with (``Giấy mời họp`` is a Giấy mời, ``Thông báo
    kết luận`` a Thông báo); else the one kind it abbreviates (``CV``); else None (``Văn
    bản``).  ``Type`` never says the kind: producers put 1, 2 or their own codes there."""
    found = kinds.find(name)
    if found is not None:
        return found
    key = fold(name)
    if key in _GENERIC:
        return None
    starts = [kind for kind in kinds if key.startswith(fold(kind.name) + " ")]
    if starts:
        return max(starts, key=lambda kind: len(kind.name))
    short = key.replace(" ", "")
    named = {kind for kind in kinds for _, a in kind.abbreviations if a and fold(a) == short}
    return named.pop() if len(named) == 1 else None


def code_parts(number: DocumentNumber) -> tuple[str, str]:
    """``CodeNumber`` and ``CodeNotation``: ``42`` and ``CVD-VP``; ``30`` and ``2020/NĐ-CP``
    (the year of a legal number stays in the notation); ``23`` and ``QĐ/TW`` (Party)."""
    digits = number.number or ""
    return digits, format_number(number)[len(digits) + 1 :]


def number_from_code(digits: str | None, notation: str, kinds: KindRegistry) -> DocumentNumber:
    """The number of ``CodeNumber``/``CodeNotation``: joined with ``/``, or with ``-`` for
    a Party notation (``QĐ/TW``); :class:`GrammarError` if neither reads."""
    try:
        return parse_number(f"{digits or ''}/{notation}", kinds=kinds)
    except GrammarError:
        return parse_number(f"{digits or ''}-{notation}", kinds=kinds)


def infer_regime(number: DocumentNumber | None, kind: DocumentKind | None) -> Regime:
    """edXML does not say the regime: a legal or Party number says it, else the kind's only
    regime, else state."""
    if number is not None and number.style is NumberStyle.LEGAL:
        return Regime.LEGAL
    if number is not None and number.style is NumberStyle.PARTY:
        return Regime.PARTY
    if kind is not None and Regime.STATE not in kind.regimes and len(kind.regimes) == 1:
        return next(iter(kind.regimes))
    return Regime.STATE


def document_id(
    organ_id: str | None, date: PartialDate | None, number: DocumentNumber | None
) -> str:
    """``OrganId,yyyy/MM/dd,CodeNumber/CodeNotation``; unknown parts are left empty."""
    day = ""
    if date is not None and date.is_complete:
        day = f"{date.year:04d}/{date.month:02d}/{date.day:02d}"
    code = "/".join(code_parts(number)) if number is not None else ""
    return f"{organ_id or ''},{day},{code}"


def competence(signature: SignatureBlock, regime: Regime) -> str | None:
    """``Competence``: the authority marks, one per line (``KT. Cục trưởng``)."""
    lines = [format_authority(authority, regime) for authority in signature.authorities]
    return "\n".join(lines) or None


def authorities_from_competence(text: str | None) -> tuple[Authority, ...]:
    """The marks of a ``Competence``; :class:`GrammarError` for a line that is not one."""
    if text is None:
        return ()
    return tuple(parse_authority(part) for part in text.splitlines() if part.strip())


place_text = format_recipient
"""A ``ToPlaces/Place``: ``UBND tỉnh (để báo cáo)`` (:mod:`vnadmin.grammar.recipients`)."""
recipient_from_place = parse_recipient


def appendix_text(appendix: Appendix) -> str:
    """An ``Appendixes/Appendix``: ``Phụ lục I`` or ``Phụ lục I: Danh sách ...``."""
    return appendix.label if appendix.title is None else f"{appendix.label}: {appendix.title}"


def appendix_from_text(text: str) -> Appendix:
    label, colon, title = text.partition(": ")
    if colon and label.strip() and title.strip():
        return Appendix(label=label.strip(), title=title.strip())
    return Appendix(label=text)


def sender_of(instrument: Instrument) -> Organ:
    """``From`` as the instrument gives it: the issuer, its parent and the contact details."""
    issuer, contact = instrument.issuer, instrument.contact
    return Organ(
        organ_id=None if issuer is None else issuer.organ_id,
        in_charge=None if issuer is None or issuer.parent is None else issuer.parent.name,
        name=None if issuer is None else issuer.name,
        address=None if contact is None else contact.address,
        email=None if contact is None else contact.email,
        telephone=None if contact is None else contact.phone,
        fax=None if contact is None else contact.fax,
        website=None if contact is None else contact.website,
    )


def organ_of(addressee: Organization) -> Organ:
    """A ``To`` for an addressee: its OrganId, name and parent's name."""
    return Organ(
        organ_id=addressee.organ_id,
        in_charge=None if addressee.parent is None else addressee.parent.name,
        name=addressee.name,
    )


def organization_of(organ: Organ) -> Organization | None:
    """The organisation a ``From``/``To`` names; None without an ``OrganName``.

    ``OrganizationInCharge`` is its parent body, unless it repeats the name (as producers
    write it when the organ has no parent, or do not know it)."""
    if organ.name is None:
        return None
    parent = None
    if organ.in_charge is not None and fold(organ.in_charge) != fold(organ.name):
        parent = Organization(name=organ.in_charge)
    return Organization(name=organ.name, organ_id=organ.organ_id, parent=parent)


def contact_of(organ: Organ) -> Contact | None:
    """The contact details of a ``From``; None when it gives none."""
    values = {
        "address": organ.address,
        "phone": organ.telephone,
        "fax": organ.fax,
        "email": organ.email,
        "website": organ.website,
    }
    if all(value is None for value in values.values()):
        return None
    return Contact(**values)


def now() -> datetime.datetime:
    """Now, to the second: the default trace timestamp."""
    return datetime.datetime.now().replace(microsecond=0)
