"""Reading edXML document packages from every producer variant of ``docs/edxml.md``.

Children are read in any order, by namespace URI (QCVN, the older ``e-doc.vn``, or none)
and local name; ``OrganInCharge``/``Business`` spellings, ``dd/MM/yyyy`` dates and bare
content ids are accepted.  Parsing is the hardened parser of :mod:`vnadmin._safexml`
under :class:`~vnadmin.edxml.PackageLimits`; an attachment over ``max_attachment`` is
refused on the length of its base64 text, before it is decoded.  When vnadmin's copy of
the instrument is attached, it is the instrument; otherwise the instrument is built from
the header and ``lost`` names what the header could not supply.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import functools
from collections.abc import Callable
from typing import NamedTuple, TypeVar

import attrs
from lxml import etree

from vnadmin import xml as vnadmin_xml
from vnadmin._problems import bad
from vnadmin._safexml import Source, problem
from vnadmin.edxml._tree import (
    DEFAULT_LIMITS,
    PackageLimits,
    Reader,
    open_package,
)
from vnadmin.edxml.loss import NOT_CARRIED
from vnadmin.edxml.mapping import (
    INSTRUMENT_CONTENT_TYPE,
    PRIORITIES,
    appendix_from_text,
    authorities_from_competence,
    contact_of,
    infer_regime,
    kind_from_type,
    number_from_code,
    organization_of,
    recipient_from_place,
)
from vnadmin.edxml.model import (
    Attachment,
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    EdxmlPackage,
    Organ,
    ReplacementInfo,
    SteeringType,
    TraceHeader,
    UpdateReceiver,
)
from vnadmin.errors import GrammarError, InvalidValueError, XMLDecodeError
from vnadmin.model import (
    KINDS,
    Appendix,
    DocumentKind,
    DocumentNumber,
    DrafterMark,
    Instrument,
    KindRegistry,
    PartialDate,
    Recipient,
    SignatureBlock,
    Urgency,
)

__all__ = ["loads"]

Kids = dict[str, list[etree._Element]]
T = TypeVar("T")
_URGENCY_OF_PRIORITY = {number: urgency for urgency, number in PRIORITIES.items()}
_WHITE_SPACE = b" \t\r\n"


def loads(
    source: Source, *, limits: PackageLimits = DEFAULT_LIMITS, kinds: KindRegistry = KINDS
) -> EdxmlPackage:
    """Read an edXML document package from bytes, text, a path or a binary file.

    :class:`~vnadmin.edxml.EdxmlDecodeError` (an ``XMLDecodeError``) lists every problem with its line and element
    path; a status package, the provincial ``go.vn`` format or anything unsafe is refused.
    """
    root = open_package(source, limits)
    reader = Reader(limits)
    found = reader.attempt(lambda: _read_package(reader, root, kinds))
    reader.fail_if_problems()
    assert found is not None
    return found


def _read_package(reader: Reader, root: etree._Element, kinds: KindRegistry) -> EdxmlPackage:
    kids = reader.children(root)
    envelope = reader.required(root, kids, "edXMLEnvelope")
    envelope_kids = reader.children(envelope)
    header = reader.required(envelope, envelope_kids, "edXMLHeader")
    header_kids = reader.children(header)
    message = reader.required(header, header_kids, "MessageHeader")
    message_kids = reader.children(message)
    if "StatusCode" in message_kids:
        bad(message, "this is a status package (StatusCode): read it with loads_status")

    traces_element = reader.single(header_kids, "TraceHeaderList")
    traces: tuple[TraceHeader, ...] = ()
    business = None
    if traces_element is not None:
        trace_kids = reader.children(traces_element)
        traces = _each(reader, trace_kids, "TraceHeader", _trace)
        business_element = reader.single(trace_kids, "Bussiness")
        if business_element is not None:
            business = reader.attempt(lambda: _business(reader, business_element))

    attachments, embedded = _attachments(reader, kids, envelope_kids, kinds)
    described = _message_header(reader, message, message_kids, kinds)
    reader.fail_if_problems()
    if embedded is not None:
        described = _prefer_header(described, embedded)
    return reader.build(
        message,
        lambda: attrs.evolve(
            described,
            traces=traces,
            business=business,
            attachments=attachments,
            signature=_signature(header),
        ),
    )


RELAYED = ("number", "date", "place", "subject")
"""Header fields a system on the way may change after the vnadmin copy was embedded (a draft
numbered when it is registered): where the header says otherwise, the header wins."""


def _prefer_header(described: EdxmlPackage, embedded: Instrument) -> EdxmlPackage:
    """The embedded instrument, with the header's value of each relayed field it updated."""
    header = described.instrument
    updated = tuple(
        name
        for name in RELAYED
        if getattr(header, name) is not None and getattr(header, name) != getattr(embedded, name)
    )
    instrument = attrs.evolve(embedded, **{name: getattr(header, name) for name in updated})
    return attrs.evolve(described, instrument=instrument, lost=(), updated=updated)


def _each(
    reader: Reader,
    kids: Kids,
    name: str,
    read: Callable[[Reader, etree._Element], T],
) -> tuple[T, ...]:
    """Every child named ``name`` read with ``read``; problems recorded, failures left out."""
    found = (
        reader.attempt(functools.partial(read, reader, element)) for element in kids.get(name, [])
    )
    return tuple(value for value in found if value is not None)


def _signature(header: etree._Element) -> bytes | None:
    """The ``Signature`` child (XML-DSig or edXML namespace) as exclusive canonical XML."""
    for child in header:
        if isinstance(child.tag, str) and etree.QName(child).localname == "Signature":
            return etree.tostring(child, method="c14n", exclusive=True)
    return None


# --------------------------------------------------------------------------- MessageHeader


def _message_header(
    reader: Reader, message: etree._Element, kids: Kids, kinds: KindRegistry
) -> EdxmlPackage:
    """The package as its ``MessageHeader`` describes it: the instrument built from the
    header, the header's own fields, and in ``lost`` what the header could not supply."""
    sender_element = reader.attempt(lambda: reader.required(message, kids, "From"))
    sender = None
    if sender_element is not None:
        sender = reader.attempt(lambda: reader.organ(sender_element))
    receivers = _each(reader, kids, "To", Reader.organ)
    lost = list(NOT_CARRIED)

    number = reader.attempt(lambda: _number(reader, kids, kinds))
    place, day = reader.attempt(lambda: _promulgation(reader, kids)) or (None, None)
    date = None if day is None else PartialDate.from_date(day)
    if date is None:
        lost.append("date")  # written empty when partial

    kind, type_detail, unknown = reader.attempt(lambda: _document_type(reader, kids, kinds)) or (
        None,
        None,
        False,
    )
    if unknown:
        lost.append("kind")
    signatures = reader.attempt(lambda: _signer(reader, kids)) or ()
    distribution: tuple[Recipient, ...] = ()
    places = reader.attempt(lambda: reader.single(kids, "ToPlaces"))
    if places is not None:
        distribution = _each(reader, reader.children(places), "Place", _recipient)
    other = reader.attempt(lambda: _other_info(reader, kids)) or _Other()
    subject = reader.attempt(lambda: reader.child_text(kids, "Subject"))
    document_id = reader.attempt(lambda: reader.child_text(kids, "DocumentId"))
    content = reader.attempt(lambda: reader.child_text(kids, "Content"))
    due_date = reader.attempt(lambda: reader.date(reader.single(kids, "DueDate")))
    response_for = _each(reader, kids, "ResponseFor", Reader.response_for)
    steering = reader.attempt(lambda: _steering(reader, kids))
    reader.fail_if_problems()
    origin = sender or Organ()
    instrument = reader.build(
        message,
        lambda: Instrument(
            regime=infer_regime(number, kind),
            kind=kind,
            issuer=organization_of(origin),
            number=number,
            place=place,
            date=date,
            subject=subject,
            addressees=tuple(o for o in map(organization_of, receivers) if o is not None),
            signatures=signatures,
            distribution=distribution,
            urgency=other.urgency,
            appendices=other.appendices,
            contact=contact_of(origin),
            drafter=other.drafter,
        ),
    )
    return reader.build(
        message,
        lambda: EdxmlPackage(
            instrument=instrument,
            sender=origin,
            receivers=receivers,
            document_id=document_id,
            content=content,
            due_date=due_date,
            response_for=response_for,
            steering_type=steering,
            type_detail=type_detail,
            sphere_of_promulgation=other.sphere_of_promulgation,
            promulgation_amount=other.promulgation_amount,
            page_amount=other.page_amount,
            lost=lost,
        ),
    )


def _promulgation(reader: Reader, kids: Kids) -> tuple[str | None, datetime.date | None]:
    element = reader.single(kids, "PromulgationInfo")
    if element is None:
        return None, None
    found = reader.children(element)
    return reader.child_text(found, "Place"), reader.date(reader.single(found, "PromulgationDate"))


def _document_type(
    reader: Reader, kids: Kids, kinds: KindRegistry
) -> tuple[DocumentKind | None, str | None, bool]:
    """The kind, the ``TypeDetail``, and whether a type was named that ``kinds`` lacks."""
    element = reader.single(kids, "DocumentType")
    if element is None:
        return None, None, False
    found = reader.children(element)
    name = reader.child_text(found, "TypeName")
    number = reader.integer(reader.single(found, "Type"))
    kind = kind_from_type(name, number, kinds)
    return (
        kind,
        reader.child_text(found, "TypeDetail"),
        kind is None and (name is not None or bool(number)),
    )


def _recipient(reader: Reader, element: etree._Element) -> Recipient:
    text = _required_text(reader, element)
    return reader.build(element, lambda: recipient_from_place(text))


def _required_text(reader: Reader, element: etree._Element) -> str:
    value = reader.text(element)
    if value is None:
        bad(element, "must not be empty")
    return value


def _number(reader: Reader, kids: Kids, kinds: KindRegistry) -> DocumentNumber | None:
    code = reader.single(kids, "Code")
    if code is None:
        return None
    code_kids = reader.children(code)
    digits = reader.child_text(code_kids, "CodeNumber")
    notation_element = reader.single(code_kids, "CodeNotation")
    notation = reader.text(notation_element)
    if notation is None:
        if digits is not None:
            bad(code, f"CodeNumber {digits!r} without a CodeNotation")
        return None
    assert notation_element is not None
    try:
        return number_from_code(digits, notation, kinds)
    except (GrammarError, InvalidValueError) as error:
        bad(
            notation_element,
            f"{digits or ''}/{notation} is not a number and symbol: {error.message}",
        )


def _signer(reader: Reader, kids: Kids) -> tuple[SignatureBlock, ...]:
    signer = reader.single(kids, "SignerInfo")
    if signer is None:
        return ()
    signer_kids = reader.children(signer)
    competence_element = reader.single(signer_kids, "Competence")
    competence = reader.text(competence_element)
    title = reader.child_text(signer_kids, "Position")
    name = reader.child_text(signer_kids, "FullName")
    if competence is None and title is None and name is None:
        return ()
    try:
        authorities = authorities_from_competence(competence)
    except (GrammarError, InvalidValueError) as error:
        assert competence_element is not None
        bad(
            competence_element,
            f"Competence {competence!r} is not a list of signing marks: {error.message}",
        )
    return (
        reader.build(
            signer, lambda: SignatureBlock(authorities=authorities, title=title, name=name)
        ),
    )


class _Other(NamedTuple):
    """``OtherInfo``: instrument fields (urgency, drafter, appendices) and package ones."""

    urgency: Urgency | None = None
    drafter: DrafterMark | None = None
    appendices: tuple[Appendix, ...] = ()
    sphere_of_promulgation: str | None = None
    page_amount: int | None = None
    promulgation_amount: int | None = None


def _other_info(reader: Reader, kids: Kids) -> _Other:
    other = reader.single(kids, "OtherInfo")
    if other is None:
        return _Other()
    found = reader.children(other)
    priority_element = reader.single(found, "Priority")
    priority = reader.integer(priority_element) or 0
    if priority not in _URGENCY_OF_PRIORITY:
        assert priority_element is not None
        bad(priority_element, f"Priority {priority} is not 0..4")
    typer = reader.child_text(found, "TyperNotation")
    amount = reader.integer(reader.single(found, "PromulgationAmount"))
    drafter = None
    if typer is not None:
        drafter = reader.build(other, lambda: DrafterMark(initials=typer, copies=amount or None))
    appendices: tuple[Appendix, ...] = ()
    appendixes = reader.single(found, "Appendixes")
    if appendixes is not None:
        appendices = _each(reader, reader.children(appendixes), "Appendix", _appendix)
    return _Other(
        urgency=_URGENCY_OF_PRIORITY[priority],
        drafter=drafter,
        appendices=appendices,
        sphere_of_promulgation=reader.child_text(found, "SphereOfPromulgation"),
        page_amount=reader.integer(reader.single(found, "PageAmount")),
        promulgation_amount=None if typer is not None else amount,
    )


def _appendix(reader: Reader, element: etree._Element) -> Appendix:
    text = _required_text(reader, element)
    return reader.build(element, lambda: appendix_from_text(text))


def _steering(reader: Reader, kids: Kids) -> SteeringType | None:
    element = reader.single(kids, "SteeringType")
    value = reader.integer(element)
    if value is None:
        return None
    assert element is not None
    try:
        return SteeringType(value)
    except ValueError:
        bad(element, f"SteeringType {value} is not 0..3")


# --------------------------------------------------------------------------- TraceHeaderList


def _trace(reader: Reader, element: etree._Element) -> TraceHeader:
    kids = reader.children(element)
    timestamp = reader.timestamp(reader.single(kids, "Timestamp"))
    if timestamp is None:
        bad(element, "a TraceHeader needs its Timestamp")
    organ_id = reader.child_text(kids, "OrganId")
    return reader.build(element, lambda: TraceHeader(organ_id=organ_id, timestamp=timestamp))


def _business(reader: Reader, element: etree._Element) -> Business:
    kids = reader.children(element)
    doc_type_element = reader.single(kids, "BussinessDocType")
    doc_type = reader.integer(doc_type_element) or 0
    try:
        kind = BusinessDocType(doc_type)
    except ValueError:
        assert doc_type_element is not None
        bad(doc_type_element, f"BussinessDocType {doc_type} is not 0..3")
    replacements: tuple[ReplacementInfo, ...] = ()
    replacement_list = reader.single(kids, "ReplacementInfoList")
    if replacement_list is not None:
        replacements = _each(
            reader, reader.children(replacement_list), "ReplacementInfo", _replacement
        )
    return reader.build(
        element,
        lambda: Business(
            doc_type=kind,
            reason=reader.child_text(kids, "BussinessDocReason"),
            document_info=_each(reader, kids, "BussinessDocumentInfo", _document_info),
            document_id=reader.child_text(kids, "DocumentId"),
            staff=_each(reader, kids, "StaffInfo", Reader.staff),
            paper=reader.child_text(kids, "Paper"),
            replacements=replacements,
        ),
    )


def _document_info(reader: Reader, element: etree._Element) -> BusinessDocumentInfo:
    kids = reader.children(element)
    receivers: tuple[UpdateReceiver, ...] = ()
    receiver_list = reader.single(kids, "ReceiverList")
    if receiver_list is not None:
        receivers = _each(reader, reader.children(receiver_list), "Receiver", _update_receiver)
    return reader.build(
        element,
        lambda: BusinessDocumentInfo(
            document_info=reader.child_text(kids, "DocumentInfo"),
            document_receiver=reader.child_text(kids, "DocumentReceiver"),
            receivers=receivers,
        ),
    )


def _update_receiver(reader: Reader, element: etree._Element) -> UpdateReceiver:
    kids = reader.children(element)
    return reader.build(
        element,
        lambda: UpdateReceiver(
            organ_id=reader.child_text(kids, "OrganId"),
            receiver_type=reader.child_text(kids, "ReceiverType"),
        ),
    )


def _replacement(reader: Reader, element: etree._Element) -> ReplacementInfo:
    kids = reader.children(element)
    organ_ids: tuple[str, ...] = ()
    organ_list = reader.single(kids, "OrganIdList")
    if organ_list is not None:
        organ_ids = _each(reader, reader.children(organ_list), "OrganId", _required_text)
    return reader.build(
        element,
        lambda: ReplacementInfo(
            document_id=reader.child_text(kids, "DocumentId"), organ_ids=organ_ids
        ),
    )


# --------------------------------------------------------------------------- attachments


def _content_id(text: str) -> str:
    """``cid:<id>`` or a bare id, as the bare id."""
    return text[4:].strip() if text[:4].lower() == "cid:" else text


def _attachments(
    reader: Reader, kids: Kids, envelope_kids: Kids, kinds: KindRegistry
) -> tuple[tuple[Attachment, ...], Instrument | None]:
    """The attachments, completed from the manifest, and vnadmin's copy of the instrument."""
    references: dict[str, etree._Element] = {}
    body = reader.attempt(lambda: reader.single(envelope_kids, "edXMLBody"))
    manifest = (
        None
        if body is None
        else reader.attempt(lambda: reader.single(reader.children(body), "edXMLManifest"))
    )
    if manifest is not None:
        for reference in reader.children(manifest).get("Reference", []):
            content_id = reader.attempt(functools.partial(_reference_id, reader, reference))
            if content_id is not None:
                references[content_id] = reference
    encoded = reader.attempt(lambda: reader.single(kids, "AttachmentEncoded"))
    elements = [] if encoded is None else reader.children(encoded).get("Attachment", [])
    found: list[Attachment] = []
    instrument = None
    for element in elements:
        attachment = reader.attempt(functools.partial(_attachment, reader, element, references))
        if attachment is None:
            continue
        if attachment.content_type != INSTRUMENT_CONTENT_TYPE:
            found.append(attachment)
        elif instrument is not None:
            reader.problems.append(
                problem(element, "vnadmin's copy of the instrument is attached twice")
            )
        else:
            instrument = _embedded(reader, element, attachment, kinds)
    for content_id, reference in references.items():
        reader.problems.append(
            problem(reference, f"the manifest lists cid:{content_id}, which no Attachment carries")
        )
    return tuple(found), instrument


def _reference_id(reader: Reader, reference: etree._Element) -> str:
    content_id = reader.child_text(reader.children(reference), "ContentId")
    if content_id is None:
        bad(reference, "a manifest Reference needs its ContentId")
    return _content_id(content_id)


def _attachment(
    reader: Reader, element: etree._Element, references: dict[str, etree._Element]
) -> Attachment:
    kids = reader.children(element)
    raw_id = reader.child_text(kids, "ContentId")
    if raw_id is None:
        bad(element, "an Attachment needs its ContentId")
    content_id = _content_id(raw_id)
    reference = references.pop(content_id, None)
    listed = {} if reference is None else reader.children(reference)

    def field(name: str) -> str | None:
        return reader.child_text(kids, name) or reader.child_text(listed, name)

    name = field("AttachmentName")
    if name is None:
        bad(element, f"attachment cid:{content_id} has no AttachmentName")
    payload = _payload(reader, element, kids, name)
    return reader.build(
        element,
        lambda: Attachment(
            name=name,
            payload=payload,
            content_type=field("ContentType") or "application/octet-stream",
            description=field("Description"),
            content_id=content_id,
        ),
    )


def _payload(reader: Reader, element: etree._Element, kids: Kids, name: str) -> bytes:
    """The decoded content, refused on the length of its base64 text when too big."""
    encoded = reader.single(kids, "ContentTransferEncoded")
    if encoded is None:
        bad(element, f"attachment {name!r} has no ContentTransferEncoded")
    text = encoded.text or ""
    limit = reader.limits.max_attachment
    characters = len(text) - sum(text.count(space) for space in " \t\r\n")
    if characters > 4 * ((limit + 2) // 3):
        bad(
            encoded,
            f"attachment {name!r} holds about {characters * 3 // 4} bytes, more than "
            f"{limit} (PackageLimits.max_attachment); it was not decoded",
        )
    try:
        payload = base64.b64decode(
            text.encode("ascii").translate(None, _WHITE_SPACE), validate=True
        )
    except (UnicodeEncodeError, binascii.Error):
        bad(encoded, f"attachment {name!r}: ContentTransferEncoded is not base64")
    if len(payload) > limit:
        bad(
            encoded,
            f"attachment {name!r} holds {len(payload)} bytes, more than {limit} (PackageLimits.max_attachment)",
        )
    return payload


def _embedded(
    reader: Reader, element: etree._Element, attachment: Attachment, kinds: KindRegistry
) -> Instrument | None:
    """vnadmin's copy of the instrument; its problems are located inside the attachment."""
    try:
        return vnadmin_xml.loads(attachment.payload, kinds=kinds)
    except XMLDecodeError as error:
        for found in error.problems:
            where = ", ".join(p for p in (found.line and f"line {found.line}", found.path) if p)
            reader.problems.append(
                problem(element, f"in {attachment.name} ({where}): {found.message}")
            )
        return None
