"""What only edXML holds: the parts of a QCVN 102:2016 package around the instrument.

Same style as :mod:`vnadmin.model`: frozen, slotted, keyword-only attrs classes whose
validators name the field.  The instrument itself is a :class:`vnadmin.model.Instrument`;
these classes hold the envelope (``From``/``To`` records, trace headers, business and staff
information, attachments, the signature) and the header fields the model has no place for
(``Content``, ``DueDate``, ``ResponseFor``, ``SteeringType`` ...).
"""

from __future__ import annotations

import datetime
import enum
import uuid
from typing import Any

import attrs

from vnadmin.errors import quoted
from vnadmin.model import Instrument
from vnadmin.model._fields import (
    TupleOf,
    fail,
    in_range,
    is_a,
    is_text,
    items,
    to_optional_text,
    to_text,
    to_texts,
)
from vnadmin.model.parties import ORGAN_ID

__all__ = [
    "Attachment",
    "Business",
    "BusinessDocType",
    "BusinessDocumentInfo",
    "ContentReading",
    "Disagreement",
    "DumpResult",
    "EdxmlPackage",
    "Organ",
    "ReplacementInfo",
    "ResponseFor",
    "SignatureStatus",
    "StaffInfo",
    "SteeringType",
    "TraceHeader",
    "Unread",
    "UpdateReceiver",
    "Verification",
]


def _optional_line() -> Any:
    return attrs.field(default=None, converter=to_optional_text, validator=is_text(optional=True))


def _check_organ_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, str) and ORGAN_ID.fullmatch(value)):
        fail(instance, attribute, f"{quoted(value)} is not an edXML OrganId (000.00.00.H41)")


def _optional_organ_id() -> Any:
    return attrs.field(default=None, converter=to_optional_text, validator=_check_organ_id)


def to_seconds(value: datetime.datetime) -> datetime.datetime:
    """edXML timestamps have whole seconds (``yyyy/MM/dd HH:mm:ss``)."""
    return value.replace(microsecond=0) if isinstance(value, datetime.datetime) else value


def naive_timestamp(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, datetime.datetime):
        fail(instance, attribute, f"expected datetime, got {quoted(value)}")
    if value.tzinfo is not None:
        fail(instance, attribute, "edXML timestamps carry no time zone: give a naive local time")


def _check_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, datetime.datetime) or not isinstance(value, datetime.date):
        fail(instance, attribute, f"expected a date (not a datetime), got {quoted(value)}")


@attrs.frozen(kw_only=True)
class Organ:
    """A ``From`` or ``To`` record: an organisation as the exchange axis knows it.

    ``organ_id`` is the OrganId (mã định danh, ``000.00.00.H41``); ``in_charge`` is
    ``OrganizationInCharge`` (the parent body, cơ quan chủ quản; older producers write
    ``OrganInCharge``).  Every field may be unknown; the writer then writes it empty.
    """

    organ_id: str | None = _optional_organ_id()
    in_charge: str | None = _optional_line()
    name: str | None = _optional_line()
    address: str | None = _optional_line()
    email: str | None = _optional_line()
    telephone: str | None = _optional_line()
    fax: str | None = _optional_line()
    website: str | None = _optional_line()


@attrs.frozen(kw_only=True)
class TraceHeader:
    """One hop of the package: who handled it and when (``TraceHeader``)."""

    organ_id: str | None = _optional_organ_id()
    timestamp: datetime.datetime = attrs.field(converter=to_seconds, validator=naive_timestamp)


@attrs.frozen(kw_only=True)
class StaffInfo:
    """The person handling the package (``StaffInfo``)."""

    department: str | None = _optional_line()
    staff: str | None = _optional_line()
    mobile: str | None = _optional_line()
    email: str | None = _optional_line()


class BusinessDocType(enum.Enum):
    """``BussinessDocType``: what the package does to the document it carries."""

    NEW = 0  # văn bản mới
    REVOKE = 1  # thu hồi
    UPDATE = 2  # cập nhật
    REPLACE = 3  # thay thế


@attrs.frozen(kw_only=True)
class UpdateReceiver:
    """A receiver changed by an update (``ReceiverList/Receiver``)."""

    organ_id: str | None = _optional_organ_id()
    receiver_type: str | None = _optional_line()


@attrs.frozen(kw_only=True)
class BusinessDocumentInfo:
    """What an update changes (``BussinessDocumentInfo``): producers send ``0``/``1`` flags
    for the document information and its receivers, and the receivers concerned."""

    document_info: str | None = _optional_line()
    document_receiver: str | None = _optional_line()
    receivers: tuple[UpdateReceiver, ...] = attrs.field(
        default=(), converter=TupleOf[UpdateReceiver], validator=items(UpdateReceiver)
    )


@attrs.frozen(kw_only=True)
class ReplacementInfo:
    """A document replaced by this one, and the organisations it went to."""

    document_id: str | None = _optional_line()
    organ_ids: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=_check_organ_id)
    )


@attrs.frozen(kw_only=True)
class Business:
    """``Bussiness`` (sic): the kind of transaction, its reason and who handles it."""

    doc_type: BusinessDocType = attrs.field(
        default=BusinessDocType.NEW, validator=is_a(BusinessDocType)
    )
    reason: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True, multiline=True)
    )
    document_info: tuple[BusinessDocumentInfo, ...] = attrs.field(
        default=(), converter=TupleOf[BusinessDocumentInfo], validator=items(BusinessDocumentInfo)
    )
    document_id: str | None = _optional_line()
    staff: tuple[StaffInfo, ...] = attrs.field(
        default=(), converter=TupleOf[StaffInfo], validator=items(StaffInfo)
    )
    paper: str | None = _optional_line()
    replacements: tuple[ReplacementInfo, ...] = attrs.field(
        default=(), converter=TupleOf[ReplacementInfo], validator=items(ReplacementInfo)
    )


def _new_content_id() -> str:
    return str(uuid.uuid4())


def _check_content_id(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    is_text()(instance, attribute, value)
    assert isinstance(value, str)
    if value.lower().startswith("cid:"):
        fail(
            instance, attribute, f"{quoted(value)}: give the id without 'cid:' (the writer adds it)"
        )
    if any(ch.isspace() for ch in value):
        fail(instance, attribute, f"{quoted(value)}: a content id has no white space")


@attrs.frozen(kw_only=True)
class Attachment:
    """A file carried in ``AttachmentEncoded`` and listed in the manifest.

    ``content_id`` is written as ``cid:<content_id>``; it defaults to a fresh UUID.
    """

    name: str = attrs.field(converter=to_text, validator=is_text())
    payload: bytes = attrs.field(validator=is_a(bytes), repr=False)
    content_type: str = attrs.field(
        default="application/octet-stream", converter=to_text, validator=is_text()
    )
    description: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True, multiline=True)
    )
    content_id: str = attrs.field(factory=_new_content_id, validator=_check_content_id)


@attrs.frozen(kw_only=True)
class ResponseFor:
    """The document this one answers (``ResponseFor``): its sender, code, date and id."""

    organ_id: str | None = _optional_organ_id()
    code: str | None = _optional_line()
    promulgation_date: datetime.date | None = attrs.field(default=None, validator=_check_date)
    document_id: str | None = _optional_line()


class SteeringType(enum.Enum):
    """``SteeringType``: producers often send 0, which the guide leaves undefined."""

    UNSPECIFIED = 0
    NOT_A_DIRECTIVE = 1
    DIRECTIVE = 2
    REPORT_ON_DIRECTIVE = 3


@attrs.frozen(kw_only=True)
class Unread:
    """A part of a package the reader could not interpret, kept as sent with where and why.

    ``path`` is the element path (``/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code/
    CodeNumber``), ``line`` its line, ``text`` its text as sent (``None`` for an element
    without text), ``message`` what the reader made of it.  Real producers send such values
    (a ``CodeNumber`` of ``74fass22``, a ``Competence`` of ``Quyền 1``); the reference
    parsers keep them as text too, so a package is never refused over one of them.
    """

    path: str = attrs.field(converter=to_text, validator=is_text())
    line: int | None = attrs.field(
        default=None, validator=in_range(1, 2**31, optional=True, what="a line number")
    )
    text: str | None = attrs.field(default=None, validator=is_a(str, optional=True))
    message: str = attrs.field(converter=to_text, validator=is_text(multiline=True))

    def __str__(self) -> str:
        where = ", ".join(p for p in (self.line and f"line {self.line}", self.path) if p)
        return f"{where}: {self.message}"


class SignatureStatus(enum.Enum):
    """What :func:`verify` found."""

    VALID = "valid"  # the digest and the signature value verify with the carried certificate
    INVALID = "invalid"  # they do not: the package is not what was signed
    UNCHECKED = "unchecked"  # not checked: signxml is missing, or the package was a stream


@attrs.frozen(kw_only=True)
class Verification:
    """A package's signature as :func:`verify` found it, and its signer's certificate.

    ``expired`` compares the certificate's end of validity with the time of the check: the
    real packages of the axis carry certificates that have long expired, which says nothing
    of whether the package is what was signed.
    """

    status: SignatureStatus = attrs.field(validator=is_a(SignatureStatus))
    message: str = attrs.field(converter=to_text, validator=is_text(multiline=True))
    signature_method: str | None = attrs.field(default=None, converter=to_optional_text)
    digest_method: str | None = attrs.field(default=None, converter=to_optional_text)
    subject: str | None = attrs.field(default=None, converter=to_optional_text)
    issuer: str | None = attrs.field(default=None, converter=to_optional_text)
    not_before: datetime.datetime | None = attrs.field(
        default=None, validator=is_a(datetime.datetime, optional=True)
    )
    not_after: datetime.datetime | None = attrs.field(
        default=None, validator=is_a(datetime.datetime, optional=True)
    )
    expired: bool | None = attrs.field(default=None, validator=is_a(bool, optional=True))

    @property
    def valid(self) -> bool:
        return self.status is SignatureStatus.VALID


@attrs.frozen(kw_only=True)
class Disagreement:
    """A field the header and the attachment both give, differently: the header's kept."""

    field: str = attrs.field(converter=str)
    header: str = attrs.field(converter=str)
    attachment: str = attrs.field(converter=str)


@attrs.frozen(kw_only=True)
class ContentReading:
    """How the package's document was read: ``attachment`` names the attachment read
    (``None`` when none read), ``taken`` the fields it gave, ``disagreements`` where it
    and the header differ (the header kept), ``notes`` the reader's remarks and why other
    attachments were not read."""

    attachment: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    taken: tuple[str, ...] = attrs.field(default=(), converter=to_texts, validator=items(str))
    disagreements: tuple[Disagreement, ...] = attrs.field(
        default=(), converter=TupleOf[Disagreement], validator=items(Disagreement)
    )
    notes: tuple[str, ...] = attrs.field(default=(), converter=to_texts, validator=items(str))


@attrs.frozen(kw_only=True)
class EdxmlPackage:
    """An edXML document package: the instrument and everything around it on the wire.

    ``sender`` and ``receivers`` are the ``From`` and ``To`` records as written on the wire.
    ``signature`` is the ``Signature`` element as canonical XML bytes (exclusive C14N),
    carried through unchanged.  ``attachments`` are the caller's files; vnadmin's own copy
    of the instrument (see :data:`vnadmin.edxml.INSTRUMENT_ATTACHMENT`) is never among them.
    ``direction`` is VNPT's ``OtherInfo/Direction`` flag (``true``/``false``), carried as sent.
    ``promulgation_amount`` is used when the instrument's drafter mark holds no count of
    copies (none, or the ``0`` producers send) (which carries
    the number of copies otherwise).  ``lost`` is set by the reader: the instrument fields
    the package could not supply (empty when vnadmin's copy restored the whole instrument).
    ``verification`` is set by the reader when the package is signed: a
    :class:`~vnadmin.edxml.Verification` saying whether the signature verifies (it takes no
    part in equality: it describes the bytes read, not the package).
    ``unread`` is set by the reader too: each value it could not interpret, kept as sent
    with its line and path; a writer writes such a value back where the package leaves the
    field empty (a ``CodeNumber`` of ``74fass22`` travels on as it came).
    ``updated`` names the fields (number, date, place, subject) whose header value differed
    from vnadmin's copy and was kept, as when a system on the way numbered a draft.
    ``contents`` is set by ``loads(..., read_attachments=True)``: how the attached document
    was read into the instrument (it takes no part in equality, as ``verification``).
    """

    instrument: Instrument = attrs.field(validator=is_a(Instrument))
    sender: Organ = attrs.field(factory=Organ, validator=is_a(Organ))
    receivers: tuple[Organ, ...] = attrs.field(
        default=(), converter=TupleOf[Organ], validator=items(Organ)
    )
    traces: tuple[TraceHeader, ...] = attrs.field(
        default=(), converter=TupleOf[TraceHeader], validator=items(TraceHeader)
    )
    business: Business | None = attrs.field(default=None, validator=is_a(Business, optional=True))
    attachments: tuple[Attachment, ...] = attrs.field(
        default=(), converter=TupleOf[Attachment], validator=items(Attachment)
    )
    signature: bytes | None = attrs.field(
        default=None, validator=is_a(bytes, optional=True), repr=False
    )
    document_id: str | None = _optional_line()
    content: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True, multiline=True)
    )
    due_date: datetime.date | None = attrs.field(default=None, validator=_check_date)
    response_for: tuple[ResponseFor, ...] = attrs.field(
        default=(), converter=TupleOf[ResponseFor], validator=items(ResponseFor)
    )
    steering_type: SteeringType | None = attrs.field(
        default=None, validator=is_a(SteeringType, optional=True)
    )
    type_detail: str | None = _optional_line()
    sphere_of_promulgation: str | None = _optional_line()
    promulgation_amount: int | None = attrs.field(
        default=None, validator=in_range(0, 1_000_000, optional=True, what="a number of copies")
    )
    page_amount: int | None = attrs.field(
        default=None, validator=in_range(0, 1_000_000, optional=True, what="a page count")
    )
    direction: bool | None = attrs.field(default=None, validator=is_a(bool, optional=True))
    lost: tuple[str, ...] = attrs.field(default=(), converter=to_texts, validator=items(str))
    updated: tuple[str, ...] = attrs.field(default=(), converter=to_texts, validator=items(str))
    unread: tuple[Unread, ...] = attrs.field(
        default=(), converter=TupleOf[Unread], validator=items(Unread)
    )
    verification: Verification | None = attrs.field(
        default=None, eq=False, repr=False, validator=is_a(Verification, optional=True)
    )
    contents: ContentReading | None = attrs.field(
        default=None, eq=False, validator=is_a(ContentReading, optional=True)
    )

    @attachments.validator
    def _check_attachments(
        self, attribute: attrs.Attribute[tuple[Attachment, ...]], value: tuple[Attachment, ...]
    ) -> None:
        seen: set[str] = set()
        for attachment in value:
            if attachment.content_id in seen:
                fail(self, attribute, f"content id {attachment.content_id!r} is used twice")
            seen.add(attachment.content_id)


@attrs.frozen(kw_only=True)
class DumpResult:
    """A written package and the instrument fields it does not carry (``lost``).

    ``lost`` holds field paths of the instrument (``body``, ``issuer.abbreviation``,
    ``signatures[1]``): exactly those whose value a reader of ``data`` does not get back.
    """

    data: bytes = attrs.field(validator=is_a(bytes), repr=False)
    lost: tuple[str, ...] = attrs.field(default=(), converter=to_texts, validator=items(str))
