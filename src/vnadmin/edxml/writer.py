"""Writing edXML document packages in the strict QCVN 102:2016 form.

Element order is the QCVN order of ``docs/edxml.md``; the envelope is written with the
``edXML:`` prefix, ``AttachmentEncoded`` in the default namespace (both the QCVN URI);
dates as ``yyyy/MM/dd`` and timestamps as ``yyyy/MM/dd HH:mm:ss``.  By default the
instrument also travels whole, as vnadmin XML in the attachment
:data:`~vnadmin.edxml.mapping.INSTRUMENT_ATTACHMENT`, so that nothing is lost; without it
the fields edXML cannot hold are named, never dropped silently.
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
from vnadmin._kinds import refused
from vnadmin._safexml import Limits, parse
from vnadmin._walk import differences
from vnadmin.edxml._tree import (
    format_date,
    format_timestamp,
    root_element,
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
    now,
    organ_of,
    place_text,
    sender_of,
    type_code,
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
    InvalidValueError,
    LossError,
    XMLDecodeError,
    XMLEncodeError,
)
from vnadmin.model import KINDS, Instrument, KindRegistry

__all__ = ["LossError", "dumps", "dumps_package", "dumps_with_report", "package"]

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
    embed: bool = True,
    kinds: KindRegistry = KINDS,
) -> bytes:
    """``instrument`` as an edXML package (UTF-8 bytes): :func:`package`, then
    :func:`dumps_package`.  With ``embed=False``, :class:`LossError` if edXML cannot carry
    the whole instrument (:func:`dumps_with_report` accepts the loss and names it)."""
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
    return dumps_package(built, embed=embed, kinds=kinds)


def dumps_package(
    package: EdxmlPackage, *, embed: bool = True, kinds: KindRegistry = KINDS
) -> bytes:
    """``package`` as edXML bytes; a package read by :func:`vnadmin.edxml.loads` is written
    back with its signature unchanged.  ``embed=False`` raises :class:`LossError` rather
    than lose a field (``kinds`` is the registry a reader will look kinds up in)."""
    result = dumps_with_report(package, embed=embed, kinds=kinds)
    if result.lost:
        raise LossError(result.lost)
    return result.data


def dumps_with_report(
    source: EdxmlPackage | Instrument, *, embed: bool = False, kinds: KindRegistry = KINDS
) -> DumpResult:
    """The package bytes and the instrument fields a reader will not get back from them.

    An :class:`~vnadmin.model.Instrument` is first made a package with :func:`package`'s
    defaults.  With ``embed=True`` nothing is lost; without, ``lost`` names exactly the
    fields (``body``, ``issuer.abbreviation``, ...) that differ after reading.  A kind outside
    ``kinds``, the registry readers will look kinds up in, is refused:
    :class:`~vnadmin.errors.UnregisteredKindError`.
    """
    built = source if isinstance(source, EdxmlPackage) else package(source)  # checks the type
    kind = built.instrument.kind
    if kind is not None and kind not in kinds:  # the header's TypeName would not be read back
        raise refused(kind, kinds, "Instrument.kind")
    carried = built.attachments
    if embed:
        carried = (*carried, _instrument_attachment(built.instrument, kinds))
    data = _serialize(built, carried)
    return DumpResult(data=data, lost=() if embed else _lost(built, kinds))


def _lost(package: EdxmlPackage, kinds: KindRegistry) -> tuple[str, ...]:
    """What reading the header back changes in the instrument (attachments play no part)."""
    header = _serialize(package, ())
    return differences(package.instrument, loads(header, kinds=kinds).instrument)


def _expect(name: str, value: object, kind: type, *, optional: bool = False) -> None:
    if not (isinstance(value, kind) or (optional and value is None)):
        raise InvalidValueError(f"package.{name}", f"expected {kind.__name__}, got {value!r}")


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
    instrument = package.instrument
    message = sub(header, "MessageHeader")
    write_organ(message, "From", package.sender, "sender")
    for index, receiver in enumerate(package.receivers):
        write_organ(message, "To", receiver, f"receivers[{index}]")

    code = sub(message, "Code")
    digits, notation = code_parts(instrument.number) if instrument.number else ("", "")
    sub(code, "CodeNumber", digits or None)
    sub(code, "CodeNotation", notation or None, path="instrument.number")

    promulgation = sub(message, "PromulgationInfo")
    sub(promulgation, "Place", instrument.place, path="instrument.place")
    date = instrument.date
    sub(
        promulgation,
        "PromulgationDate",
        format_date(date.to_date()) if date and date.is_complete else None,
    )

    kind = instrument.kind
    document_type = sub(message, "DocumentType")
    sub(document_type, "Type", str(type_code(kind)))
    sub(document_type, "TypeName", None if kind is None else kind.name)
    if package.type_detail is not None:
        sub(document_type, "TypeDetail", package.type_detail, path="type_detail")

    sub(message, "Subject", instrument.subject, path="instrument.subject")
    sub(message, "Content", package.content, path="content")

    signer = sub(message, "SignerInfo")
    if instrument.signatures:
        first, path = instrument.signatures[0], "instrument.signatures[0]"
        marks = competence(first, instrument.regime)
        sub(signer, "Competence", marks, path=f"{path}.authorities")
        sub(signer, "Position", first.title, path=f"{path}.title")
        sub(signer, "FullName", first.name, path=f"{path}.name")
    else:
        for local in ("Competence", "Position", "FullName"):
            sub(signer, local)

    if package.due_date is not None:
        sub(message, "DueDate", format_date(package.due_date))
    places = sub(message, "ToPlaces")
    for index, recipient in enumerate(instrument.distribution):
        sub(places, "Place", place_text(recipient), path=f"instrument.distribution[{index}]")
    _other_info(message, package)
    for index, response in enumerate(package.response_for):
        write_response_for(message, response, f"response_for[{index}]")
    if package.steering_type is not None:
        sub(message, "SteeringType", str(package.steering_type.value))
    sub(message, "DocumentId", package.document_id, path="document_id")


def _other_info(message: etree._Element, package: EdxmlPackage) -> None:
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
    amount = package.promulgation_amount if drafter is None else drafter.copies
    if amount is not None:
        sub(other, "PromulgationAmount", str(amount))
    if package.page_amount is not None:
        sub(other, "PageAmount", str(package.page_amount))
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
