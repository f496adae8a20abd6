"""How instrument fields become edXML header fields and back (``docs/edxml.md``, "Mapping").

Each pair here is written by :mod:`vnadmin.edxml.writer` and read by
:mod:`vnadmin.edxml.reader`; identifiers go through :mod:`vnadmin.grammar`.
"""

from __future__ import annotations

import datetime

from vnadmin.edxml.model import Organ
from vnadmin.errors import GrammarError
from vnadmin.grammar import format_authority, format_number, parse_authority, parse_number
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
    Recipient,
    Regime,
    SignatureBlock,
    Urgency,
)

__all__ = [
    "INSTRUMENT_ATTACHMENT",
    "INSTRUMENT_CONTENT_TYPE",
    "PRIORITIES",
    "TYPE_CODES",
    "appendix_from_text",
    "appendix_text",
    "authorities_from_competence",
    "code_parts",
    "competence",
    "contact_of",
    "document_id",
    "infer_regime",
    "kind_from_type",
    "now",
    "number_from_code",
    "organ_of",
    "organization_of",
    "place_text",
    "recipient_from_place",
    "sender_of",
    "type_code",
]

INSTRUMENT_ATTACHMENT = "vnadmin-instrument.xml"
"""The name of the attachment holding vnadmin's XML of the whole instrument."""
INSTRUMENT_CONTENT_TYPE = "application/vnd.vnadmin+xml"
"""Its content type, by which readers recognise it (see :mod:`vnadmin.xml`)."""

TYPE_CODES: dict[str, int] = {
    "nghi-quyet": 1,
    "quyet-dinh": 2,
    "chi-thi": 3,
    "quy-che": 4,
    "quy-dinh": 5,
    "thong-cao": 6,
    "thong-bao": 7,
    "huong-dan": 8,
    "chuong-trinh": 9,
    "ke-hoach": 10,
    "phuong-an": 11,
    "de-an": 12,
    "du-an": 13,
    "bao-cao": 14,
    "bien-ban": 15,
    "to-trinh": 16,
    "hop-dong": 17,
    "cong-van": 18,
    "cong-dien": 19,
    "ban-ghi-nho": 20,
    "ban-thoa-thuan": 21,
    "giay-uy-quyen": 22,
    "giay-moi": 23,
    "giay-gioi-thieu": 24,
    "giay-nghi-phep": 25,
    "phieu-gui": 26,
    "phieu-chuyen": 27,
    "phieu-bao": 28,
    "thu-cong": 29,
    "ban-sao-y": 30,
    "ban-trich-sao": 31,
    "ban-sao-luc": 32,
    "ket-luan": 33,
    "thong-tri": 34,
    "hien-phap": 35,
    "bo-luat": 36,
    "luat": 37,
    "phap-lenh": 38,
    "lenh": 39,
    "nghi-dinh": 40,
    "thong-tu": 41,
    "thong-tu-lien-tich": 42,
    "nghi-quyet-lien-tich": 43,
}
"""``DocumentType/Type`` by kind code: vnadmin's own numbering (no national table is
public), NĐ 30 Article 7 order, then the copy forms, the Party-only and the legal kinds.
A kind outside the table is written as 0 with its ``TypeName``; readers go by ``TypeName``
first."""

_KIND_OF_TYPE = {number: code for code, number in TYPE_CODES.items()}

PRIORITIES: dict[Urgency | None, int] = {
    None: 0,
    Urgency.URGENT: 1,
    Urgency.VERY_URGENT: 2,
    Urgency.FLASH: 3,
    Urgency.FLASH_TIMED: 4,
}
"""``OtherInfo/Priority``: 0 normal, 1 khẩn, 2 thượng khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ."""


def type_code(kind: DocumentKind | None) -> int:
    return 0 if kind is None else TYPE_CODES.get(kind.code, 0)


def kind_from_type(
    type_name: str | None, number: int | None, kinds: KindRegistry
) -> DocumentKind | None:
    """The kind named ``TypeName`` in ``kinds``, else the kind of ``Type`` in the table."""
    if type_name is not None:
        found = kinds.find(type_name)
        if found is not None:
            return found
    code = _KIND_OF_TYPE.get(number or 0)
    if code is None:
        return None
    return next((kind for kind in kinds if kind.code == code), None)


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


def place_text(recipient: Recipient) -> str:
    """A ``ToPlaces/Place``: ``UBND tỉnh (để báo cáo)``."""
    if recipient.purpose is None:
        return recipient.name
    return f"{recipient.name} ({recipient.purpose})"


def recipient_from_place(text: str) -> Recipient:
    """A distribution entry; a final parenthesis is its purpose."""
    name, opened, purpose = text.rpartition(" (")
    if opened and name.strip() and text.endswith(")") and purpose[:-1].strip():
        return Recipient(name=name.strip(), purpose=purpose[:-1].strip())
    return Recipient(name=text)


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
    """The organisation a ``From``/``To`` names; None without an ``OrganName``."""
    if organ.name is None:
        return None
    parent = None if organ.in_charge is None else Organization(name=organ.in_charge)
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
