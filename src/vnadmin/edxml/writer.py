"""Writing edXML document packages in the strict QCVN 102:2016 form the axis accepts.

``MessageHeader`` children are in the order VNPT's ``EdXML102`` library writes them
(``docs/edxml.md``); the envelope is written with the ``edXML:`` prefix,
``AttachmentEncoded`` in the default namespace (both the QCVN URI); dates as
``yyyy/MM/dd`` and timestamps as ``yyyy/MM/dd HH:mm:ss``; ``DocumentType/Type`` is 1 or 2
and the kind travels in ``TypeName``.  A package carries what a receiving system expects;
with ``embed=True`` the instrument also travels whole, as vnadmin XML in the attachment
:data:`~vnadmin.edxml.mapping.INSTRUMENT_ATTACHMENT`, for vnadmin-to-vnadmin exchange.
What the header alone cannot carry is named by :func:`dumps_with_report` and
:func:`losses`.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import uuid
from collections.abc import Iterable

import attrs
from lxml import etree

from vnadmin import xml as vnadmin_xml
from vnadmin._codec import check_sizes, expect
from vnadmin._kinds import refused
from vnadmin._safexml import Limits, parse
from vnadmin._walk import differences
from vnadmin.edxml._tree import (
    DEFAULT_LIMITS,
    format_date,
    format_timestamp,
    root_element,
    sent_values,
    serialize,
    sub,
    write_organ,
    write_response_for,
    write_staff,
)
from vnadmin.edxml.mapping import (
    INSTRUMENT_ATTACHMENT,
    INSTRUMENT_CONTENT_TYPE,
    PRIORITIES,
    appendix_text,
    code_parts,
    competence,
    document_id,
    document_type,
    now,
    organ_of,
    place_text,
    sender_of,
)
from vnadmin.edxml.model import (
    Attachment,
    Business,
    DumpResult,
    EdxmlPackage,
    Organ,
    ResponseFor,
    SteeringType,
    TraceHeader,
)
from vnadmin.edxml.reader import loads
from vnadmin.errors import (
    LossError,  # re-exported: no writer raises it any more (see losses)
    XMLDecodeError,
    XMLEncodeError,
)
from vnadmin.limits import PackageLimits
from vnadmin.model import KINDS, Instrument, KindRegistry

__all__ = ["LossError", "dumps", "dumps_package", "dumps_with_report", "losses", "package"]

_NEW = Business()
_SIGNATURE_LIMITS = Limits(max_bytes=2**20, max_depth=32)


def package(
    instrument: Instrument,
    *,
    sender: Organ | None = None,
    receivers: Iterable[Organ] = (),
    attachments: Iterable[Attachment] = (),
    traces: Iterable[TraceHeader] | None = None,
    business: Business | None = _NEW,
    signature: bytes | None = None,
    content: str | None = None,
    due_date: datetime.date | None = None,
    response_for: Iterable[ResponseFor] = (),
    steering_type: SteeringType | None = None,
) -> EdxmlPackage:
    """The package that sends ``instrument``.

    ``From`` is the issuer (OrganId, name, parent as ``OrganizationInCharge``) with the
    instrument's contact details; a field of ``sender`` replaces the instrument's.  ``To`` is
    every addressee with an OrganId, then the ``receivers`` (one with an addressee's OrganId
    completes that addressee's record).  ``traces`` default to one hop: the sender, now.
    The ``DocumentId`` is ``OrganId,yyyy/MM/dd,CodeNumber/CodeNotation``.
    """
    receivers = tuple(receivers)
    _expect("instrument", instrument, Instrument)
    _expect("sender", sender, Organ, optional=True)
    for index, receiver in enumerate(receivers):
        _expect(f"receivers[{index}]", receiver, Organ)
    origin = _merged(sender, sender_of(instrument))
    if traces is None:
        traces = (TraceHeader(organ_id=origin.organ_id, timestamp=now()),)
    return EdxmlPackage(
        instrument=instrument,
        sender=origin,
        receivers=_receivers(instrument, receivers),
        traces=traces,
        business=business,
        attachments=attachments,
        signature=signature,
        document_id=document_id(origin.organ_id, instrument.date, instrument.number),
        content=content,
        due_date=due_date,
        response_for=response_for,
        steering_type=steering_type,
    )


def dumps(
    instrument: Instrument,
    *,
    sender: Organ | None = None,
    receivers: Iterable[Organ] = (),
    attachments: Iterable[Attachment] = (),
    traces: Iterable[TraceHeader] | None = None,
    business: Business | None = _NEW,
    signature: bytes | None = None,
    content: str | None = None,
    due_date: datetime.date | None = None,
    response_for: Iterable[ResponseFor] = (),
    steering_type: SteeringType | None = None,
    embed: bool = False,
    kinds: KindRegistry = KINDS,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> bytes:
    """``instrument`` as an edXML package (UTF-8 bytes): :func:`package`, then
    :func:`dumps_package`.  What the header cannot carry is not in it: :func:`losses` and
    :func:`dumps_with_report` name it; ``embed=True`` adds vnadmin's copy of the whole
    instrument, for a vnadmin reader.  A package that a reader with ``limits`` would refuse
    (its size, a text's length) is refused here: :class:`~vnadmin.errors.XMLEncodeError`."""
    built = package(
        instrument,
        sender=sender,
        receivers=receivers,
        attachments=attachments,
        traces=traces,
        business=business,
        signature=signature,
        content=content,
        due_date=due_date,
        response_for=response_for,
        steering_type=steering_type,
    )
    return dumps_package(built, embed=embed, kinds=kinds, limits=limits)


def dumps_package(
    package: EdxmlPackage,
    *,
    embed: bool = False,
    kinds: KindRegistry = KINDS,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> bytes:
    """``package`` as edXML bytes; a package read by :func:`vnadmin.edxml.loads` is written
    back with its signature unchanged and the values it could not read as they came
    (``kinds`` is the registry a reader will look kinds up in)."""
    return dumps_with_report(package, embed=embed, kinds=kinds, limits=limits).data


def losses(
    source: EdxmlPackage | Instrument, *, embed: bool = False, kinds: KindRegistry = KINDS
) -> tuple[str, ...]:
    """The instrument fields a reader of the written package will not get back
    (``body.tasks``, ``issuer.abbreviation``): ``dumps_with_report(...).lost``."""
    return dumps_with_report(source, embed=embed, kinds=kinds).lost


def dumps_with_report(
    source: EdxmlPackage | Instrument,
    *,
    embed: bool = False,
    kinds: KindRegistry = KINDS,
    limits: PackageLimits = DEFAULT_LIMITS,
) -> DumpResult:
    """The package bytes and the instrument fields a reader will not get back from them.

    An :class:`~vnadmin.model.Instrument` is first made a package with :func:`package`'s
    defaults.  ``lost`` names exactly the fields (``body``, ``issuer.abbreviation``, ...)
    that differ after reading; with ``embed=True`` nothing is lost.  A kind outside
    ``kinds``, the registry readers will look kinds up in, is refused:
    :class:`~vnadmin.errors.UnregisteredKindError`; so is a package that a reader with
    ``limits`` would refuse (:class:`~vnadmin.errors.XMLEncodeError` names the field).
    """
    expect("limits", limits, PackageLimits)
    built = source if isinstance(source, EdxmlPackage) else package(source)  # checks the type
    kind = built.instrument.kind
    if kind is not None and kind not in kinds:  # the header's TypeName would not be read back
        raise refused(kind, kinds, "Instrument.kind")
    carried = built.attachments
    if embed:
        carried = (*carried, _instrument_attachment(built.instrument, kinds))
    data = _serialize(built, carried)
    check_sizes(built.instrument, data, limits)
    return DumpResult(data=data, lost=() if embed else _lost(built, kinds))


def _lost(package: EdxmlPackage, kinds: KindRegistry) -> tuple[str, ...]:
    """What reading the header back changes in the instrument (attachments play no part)."""
    header = _serialize(package, ())
    return differences(package.instrument, loads(header, kinds=kinds).instrument)


def _expect(name: str, value: object, kind: type, *, optional: bool = False) -> None:
    """The writers' one argument check (:func:`vnadmin._codec.expect`): a
    :class:`TypeError` naming the argument and the type expected."""
    if not (optional and value is None):
        expect(f"package.{name}", value, kind)


def _merged(chosen: Organ | None, derived: Organ) -> Organ:
    """``derived`` with every field ``chosen`` gives replaced."""
    if chosen is None:
        return derived
    given = {
        field.name: value
        for field in attrs.fields(Organ)
        if (value := getattr(chosen, field.name)) is not None
    }
    return attrs.evolve(derived, **given)


def _receivers(instrument: Instrument, receivers: Iterable[Organ]) -> tuple[Organ, ...]:
    """The addressees with an OrganId, completed by receivers of the same OrganId, then the
    other receivers (two receivers sharing an OrganId are both written: the checker says)."""
    addressed = [organ_of(a) for a in instrument.addressees if a.organ_id is not None]
    others = []
    for receiver in receivers:
        same = [i for i, organ in enumerate(addressed) if organ.organ_id == receiver.organ_id]
        if receiver.organ_id is None or not same:
            others.append(receiver)
        for index in same:
            addressed[index] = _merged(receiver, addressed[index])
    return (*addressed, *others)


def _instrument_attachment(instrument: Instrument, kinds: KindRegistry) -> Attachment:
    """vnadmin's lossless XML of the instrument; its content id follows from its content.

    Written with the default :class:`~vnadmin.xml.Limits`, those :func:`loads` reads it with.
    """
    payload = vnadmin_xml.dumps(instrument, kinds=kinds)
    digest = hashlib.sha256(payload).hexdigest()
    return Attachment(
        name=INSTRUMENT_ATTACHMENT,
        payload=payload,
        content_type=INSTRUMENT_CONTENT_TYPE,
        description="vnadmin: the whole instrument (urn:vnadmin:xml:1.0)",
        content_id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:vnadmin:instrument:{digest}")),
    )


# --------------------------------------------------------------------------- the tree


def _serialize(package: EdxmlPackage, attachments: tuple[Attachment, ...]) -> bytes:
    signature = None if package.signature is None else _signature(package.signature)
    return serialize(_tree(package, attachments), verbatim=signature)


def _tree(package: EdxmlPackage, attachments: tuple[Attachment, ...]) -> etree._Element:
    """The package without its signature, which :func:`_serialize` adds verbatim."""
    root, envelope, header = root_element()
    _message_header(header, package)
    _trace_header_list(header, package)
    manifest = sub(sub(envelope, "edXMLBody"), "edXMLManifest")
    manifest.set("version", "1.0")
    encoded = sub(root, "AttachmentEncoded")
    for index, attachment in enumerate(attachments):
        path = f"attachments[{index}]"
        reference = sub(manifest, "Reference")
        sub(reference, "ContentId", f"cid:{attachment.content_id}")
        sub(reference, "ContentType", attachment.content_type, path=f"{path}.content_type")
        sub(reference, "Description", attachment.description, path=f"{path}.description")
        sub(reference, "AttachmentName", attachment.name, path=f"{path}.name")
        element = sub(encoded, "Attachment")
        sub(element, "ContentId", f"cid:{attachment.content_id}")
        sub(element, "AttachmentName", attachment.name, path=f"{path}.name")
        sub(element, "Description", attachment.description, path=f"{path}.description")
        sub(element, "ContentType", attachment.content_type, path=f"{path}.content_type")
        sub(element, "ContentTransferEncoded", base64.b64encode(attachment.payload).decode("ascii"))
    return root


def _message_header(header: etree._Element, package: EdxmlPackage) -> None:
    """``MessageHeader`` in the order of VNPT's ``EdXML102`` (``docs/edxml.md``)."""
    instrument = package.instrument
    sent = sent_values(package.unread)
    message = sub(header, "MessageHeader")
    write_organ(message, "From", package.sender, "sender")
    for index, receiver in enumerate(package.receivers):
        write_organ(message, "To", receiver, f"receivers[{index}]")
    sub(message, "DocumentId", package.document_id, path="document_id")

    code = sub(message, "Code")
    digits, notation = code_parts(instrument.number) if instrument.number else ("", "")
    sub(code, "CodeNumber", digits or sent.get("Code/CodeNumber"), path="instrument.number")
    sub(code, "CodeNotation", notation or sent.get("Code/CodeNotation"), path="instrument.number")

    promulgation = sub(message, "PromulgationInfo")
    sub(promulgation, "Place", instrument.place, path="instrument.place")
    date = instrument.date
    day = format_date(date.to_date()) if date and date.is_complete else None
    sub(promulgation, "PromulgationDate", day or sent.get("PromulgationInfo/PromulgationDate"))

    kind = instrument.kind
    types = sub(message, "DocumentType")
    sub(types, "Type", str(document_type(instrument.regime)))
    if package.type_detail is not None:
        sub(types, "TypeDetail", package.type_detail, path="type_detail")
    name = None if kind is None else kind.name
    sub(types, "TypeName", name or sent.get("DocumentType/TypeName"), path="instrument.kind")

    sub(message, "Subject", instrument.subject, path="instrument.subject")
    sub(message, "Content", package.content, path="content")

    signer = sub(message, "SignerInfo")
    first = instrument.signatures[0] if instrument.signatures else None
    path = "instrument.signatures[0]"
    marks = None if first is None else competence(first, instrument.regime)
    sub(signer, "Competence", marks or sent.get("SignerInfo/Competence"), path=path)
    sub(signer, "Position", None if first is None else first.title, path=f"{path}.title")
    sub(signer, "FullName", None if first is None else first.name, path=f"{path}.name")

    due = None if package.due_date is None else format_date(package.due_date)
    if (due := due or sent.get("DueDate")) is not None:
        sub(message, "DueDate", due, path="due_date")
    _other_info(message, package, sent)
    for index, response in enumerate(package.response_for):
        write_response_for(message, response, f"response_for[{index}]")
    steering = None if package.steering_type is None else str(package.steering_type.value)
    if (steering := steering or sent.get("SteeringType")) is not None:
        sub(message, "SteeringType", steering, path="steering_type")
    places = sub(message, "ToPlaces")
    for index, recipient in enumerate(instrument.distribution):
        sub(places, "Place", place_text(recipient), path=f"instrument.distribution[{index}]")


def _other_info(message: etree._Element, package: EdxmlPackage, sent: dict[str, str]) -> None:
    instrument = package.instrument
    other = sub(message, "OtherInfo")
    sub(other, "Priority", str(PRIORITIES[instrument.urgency]))
    if package.sphere_of_promulgation is not None:
        sub(
            other,
            "SphereOfPromulgation",
            package.sphere_of_promulgation,
            path="sphere_of_promulgation",
        )
    drafter = instrument.drafter
    if drafter is not None:
        sub(other, "TyperNotation", drafter.initials, path="instrument.drafter.initials")
    held = None if drafter is None else drafter.copies
    amount = package.promulgation_amount if held is None else held
    copies = sent.get("OtherInfo/PromulgationAmount") if amount is None else str(amount)
    if copies is not None:
        sub(other, "PromulgationAmount", copies, path="promulgation_amount")
    pages = package.page_amount
    if (page_text := sent.get("OtherInfo/PageAmount") if pages is None else str(pages)) is not None:
        sub(other, "PageAmount", page_text, path="page_amount")
    if package.direction is not None:
        sub(other, "Direction", "true" if package.direction else "false")
    if instrument.appendices:
        appendixes = sub(other, "Appendixes")
        for index, appendix in enumerate(instrument.appendices):
            sub(
                appendixes,
                "Appendix",
                appendix_text(appendix),
                path=f"instrument.appendices[{index}]",
            )


def _trace_header_list(header: etree._Element, package: EdxmlPackage) -> None:
    traces = sub(header, "TraceHeaderList")
    for trace in package.traces:
        element = sub(traces, "TraceHeader")
        sub(element, "OrganId", trace.organ_id)
        sub(element, "Timestamp", format_timestamp(trace.timestamp))
    business = package.business
    if business is None:
        return
    element = sub(traces, "Bussiness")
    sub(element, "BussinessDocType", str(business.doc_type.value))
    sub(element, "BussinessDocReason", business.reason, path="business.reason")
    for index, info in enumerate(business.document_info):
        path = f"business.document_info[{index}]"
        info_element = sub(element, "BussinessDocumentInfo")
        sub(info_element, "DocumentInfo", info.document_info, path=f"{path}.document_info")
        sub(
            info_element,
            "DocumentReceiver",
            info.document_receiver,
            path=f"{path}.document_receiver",
        )
        receivers = sub(info_element, "ReceiverList")
        for number, receiver in enumerate(info.receivers):
            receiver_element = sub(receivers, "Receiver")
            sub(
                receiver_element,
                "ReceiverType",
                receiver.receiver_type,
                path=f"{path}.receivers[{number}].receiver_type",
            )
            sub(receiver_element, "OrganId", receiver.organ_id)
    sub(element, "DocumentId", business.document_id, path="business.document_id")
    for index, staff in enumerate(business.staff):
        write_staff(element, staff, f"business.staff[{index}]")
    if business.paper is not None:
        sub(element, "Paper", business.paper, path="business.paper")
    if business.replacements:
        replacements = sub(element, "ReplacementInfoList")
        for index, replacement in enumerate(business.replacements):
            replacement_element = sub(replacements, "ReplacementInfo")
            sub(
                replacement_element,
                "DocumentId",
                replacement.document_id,
                path=f"business.replacements[{index}].document_id",
            )
            organ_ids = sub(replacement_element, "OrganIdList")
            for organ_id in replacement.organ_ids:
                sub(organ_ids, "OrganId", organ_id)


def _signature(data: bytes) -> bytes:
    """The carried ``Signature`` element as exclusive canonical XML (already so when read)."""
    try:
        element = parse(data, _SIGNATURE_LIMITS)
    except XMLDecodeError as error:
        raise XMLEncodeError("EdxmlPackage.signature", f"not an XML element: {error}") from None
    name = etree.QName(element).localname
    if name != "Signature":
        raise XMLEncodeError(
            "EdxmlPackage.signature", f"expected a <Signature> element, got <{name}>"
        )
    return etree.tostring(element, method="c14n", exclusive=True)
