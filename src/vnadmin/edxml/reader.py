"""Reading edXML document packages from every producer variant of ``docs/edxml.md``.

Children are read in any order, by namespace URI (QCVN, the older ``e-doc.vn``, or none)
and local name; ``OrganInCharge``/``Business`` spellings, ``dd/MM/yyyy`` and ISO dates and
bare content ids are accepted.  A header value that does not read is kept in
``EdxmlPackage.unread`` with its line and path, never a reason to refuse the package.  Parsing is the hardened parser of :mod:`vnadmin._safexml`
under :class:`~vnadmin.edxml.PackageLimits`; an attachment over ``max_attachment`` is
refused on the length of its base64 text, before it is decoded.  When vnadmin's copy of
the instrument is attached, it is the instrument; otherwise the instrument is built from
the header and ``lost`` names what the header could not supply.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Callable
from typing import NamedTuple, TypeVar

import attrs
from lxml import etree

from vnadmin._problems import bad
from vnadmin._safexml import Source
from vnadmin.edxml._tree import (
    DEFAULT_LIMITS,
    Kids,
    PackageLimits,
    Reader,
    open_package,
)
from vnadmin.edxml.attachments import read_attachments
from vnadmin.edxml.contents import read_contents
from vnadmin.edxml.loss import NOT_CARRIED
from vnadmin.edxml.mapping import (
    PRIORITIES,
    appendix_from_text,
    authorities_from_competence,
    contact_of,
    infer_regime,
    kind_from_type_name,
    number_from_code,
    organization_of,
    recipient_from_place,
)
from vnadmin.edxml.model import (
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
from vnadmin.edxml.signing import verify
from vnadmin.errors import GrammarError, InvalidValueError, quoted
from vnadmin.model import (
    KINDS,
    Appendix,
    Authority,
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
from vnadmin.model.numbering import SEQUENCE

__all__ = ["loads"]

T = TypeVar("T")
_URGENCY_OF_PRIORITY = {number: urgency for urgency, number in PRIORITIES.items()}
_WHITE_SPACE = b" \t\r\n"


def loads(
    source: Source,
    *,
    kinds: KindRegistry = KINDS,
    limits: PackageLimits = DEFAULT_LIMITS,
    read_attachments: bool = False,
) -> EdxmlPackage:
    """Read an edXML document package from bytes, text, a path or a binary file.

    A value that does not read is kept in :attr:`~vnadmin.edxml.EdxmlPackage.unread` (and
    the instrument field it would fill is named in ``lost``): a well-formed package is never
    refused over one field.  A signed package's ``verification`` says whether its signature
    verifies (:func:`~vnadmin.edxml.verify`).  :class:`~vnadmin.edxml.EdxmlDecodeError` (an ``XMLDecodeError``)
    lists every structural problem with its line and element path; a status package, the
    provincial ``go.vn`` format or anything unsafe is refused.

    ``read_attachments=True`` reads the attached document (Word, PDF or text) into the
    instrument where vnadmin's copy is not attached: the body and task list, and what the
    header leaves empty; where the two disagree the header's value is kept and
    :attr:`~vnadmin.edxml.EdxmlPackage.contents` says so (:mod:`vnadmin.edxml.contents`).
    """
    root = open_package(source, limits)
    reader = Reader(limits)
    found = reader.attempt(lambda: _read_package(reader, root, kinds))
    reader.fail_if_problems()
    assert found is not None
    reader.note_unvisited()
    verification = None if found.signature is None else verify(source, limits=limits)
    found = attrs.evolve(found, unread=reader.unread, verification=verification)
    if read_attachments and found.lost:  # nothing is lost where vnadmin's copy came along
        found = read_contents(found, kinds)
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

    attachments, embedded = read_attachments(reader, kids, envelope_kids, kinds)
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
            signature=_signature(header, header_kids),
        ),
    )


RELAYED = ("number", "date", "place", "subject")
"""Header fields a system on the way may change after the vnadmin copy was embedded (a draft
numbered when it is registered): where the header says otherwise, the header wins."""


def _prefer_header(described: EdxmlPackage, embedded: Instrument) -> EdxmlPackage:
    """The embedded instrument, with the header's value of each relayed field it updated
    (a field the header did not fully read is taken from the copy)."""
    header = described.instrument
    updated = tuple(
        name
        for name in RELAYED
        if getattr(header, name) is not None
        and getattr(header, name) != getattr(embedded, name)
        and not any(lost == name or lost.startswith(f"{name}.") for lost in described.lost)
    )
    instrument = attrs.evolve(embedded, **{name: getattr(header, name) for name in updated})
    return attrs.evolve(described, instrument=instrument, lost=(), updated=updated)


def _each(
    reader: Reader,
    kids: Kids,
    name: str,
    read: Callable[[Reader, etree._Element], T | None],
) -> tuple[T, ...]:
    """Every child named ``name`` read with ``read``; problems recorded, failures and
    elements that read as nothing left out."""
    found = (
        reader.attempt(functools.partial(read, reader, element)) for element in kids.take(name)
    )
    return tuple(value for value in found if value is not None)


def _signature(header: etree._Element, kids: Kids) -> bytes | None:
    """The ``Signature`` child (XML-DSig or edXML namespace) as exclusive canonical XML."""
    kids.take("Signature")  # read here, in whichever namespace
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
    lost = list(NOT_CARRIED)
    sender_element = reader.single(kids, "From")
    origin = Organ()
    if sender_element is None:
        reader.note(message, "no From: the sender is unknown")
    else:
        origin = reader.attempt(lambda: reader.organ(sender_element)) or Organ()
        if reader.unread_at(sender_element, "OrganId"):
            lost.append("issuer.organ_id")
    receivers, addressees_lost = _receivers(reader, kids)
    lost.extend(addressees_lost)

    number, number_lost = reader.attempt(lambda: _number(reader, kids, kinds)) or (None, ())
    lost.extend(number_lost)
    place, day = reader.attempt(lambda: _promulgation(reader, kids)) or (None, None)
    date = None if day is None else PartialDate.from_date(day)
    if date is None:
        lost.append("date")  # written empty when partial, or not read

    kind, type_detail = reader.attempt(lambda: _document_type(reader, kids, kinds)) or (None, None)
    if kind is None and reader.unread_at(message, "DocumentType/TypeName"):
        lost.append("kind")
    signatures = reader.attempt(lambda: _signer(reader, kids)) or ()
    if reader.unread_at(message, "SignerInfo/Competence"):
        lost.append("signatures[0].authorities" if signatures else "signatures")
    distribution: tuple[Recipient, ...] = ()
    places = reader.attempt(lambda: reader.single(kids, "ToPlaces"))
    if places is not None:
        distribution = _each(reader, reader.children(places), "Place", _recipient)
    other = reader.attempt(lambda: _other_info(reader, kids)) or _Other()
    lost.extend(other.lost)
    subject = reader.attempt(lambda: reader.text(reader.single(kids, "Subject")))
    document_id = reader.attempt(lambda: reader.child_text(kids, "DocumentId"))
    content = reader.attempt(lambda: reader.text(reader.single(kids, "Content")))
    due_date = reader.attempt(lambda: reader.date(reader.single(kids, "DueDate")))
    response_for = _each(reader, kids, "ResponseFor", Reader.response_for)
    steering = reader.attempt(lambda: _steering(reader, kids))
    reader.fail_if_problems()
    addressees = tuple(o for o in map(organization_of, receivers) if o is not None)
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
            addressees=addressees,
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
            direction=other.direction,
            lost=lost,
        ),
    )


def _receivers(reader: Reader, kids: Kids) -> tuple[tuple[Organ, ...], list[str]]:
    """The ``To`` records, and ``addressees[i].organ_id`` for each addressee (a ``To`` with
    a name) whose OrganId did not read."""
    receivers: list[Organ] = []
    lost: list[str] = []
    named = 0  # the receivers with a name so far: the addressees
    for element in kids.take("To"):
        organ = reader.attempt(functools.partial(reader.organ, element))
        if organ is None:
            continue
        if organ.name is not None:
            if reader.unread_at(element, "OrganId"):
                lost.append(f"addressees[{named}].organ_id")
            named += 1
        receivers.append(organ)
    return tuple(receivers), lost


def _promulgation(reader: Reader, kids: Kids) -> tuple[str | None, datetime.date | None]:
    element = reader.single(kids, "PromulgationInfo")
    if element is None:
        return None, None
    found = reader.children(element)
    return reader.child_text(found, "Place"), reader.date(reader.single(found, "PromulgationDate"))


def _document_type(
    reader: Reader, kids: Kids, kinds: KindRegistry
) -> tuple[DocumentKind | None, str | None]:
    """The kind ``TypeName`` names (a name naming none is noted) and the ``TypeDetail``.

    ``Type`` says administrative (1) or legal normative (2), never the kind; another value
    is noted."""
    element = reader.single(kids, "DocumentType")
    if element is None:
        return None, None
    found = reader.children(element)
    reader.integer(reader.single(found, "Type"), 1, 2, "1 (administrative) or 2 (legal normative)")
    name_element = reader.single(found, "TypeName")
    name = reader.line_text(name_element)
    kind = None if name is None else kind_from_type_name(name, kinds)
    if name is not None and kind is None:
        assert name_element is not None
        reader.note(name_element, f"TypeName {quoted(name)} names no kind of the registry")
    return kind, reader.child_text(found, "TypeDetail")


def _recipient(reader: Reader, element: etree._Element) -> Recipient | None:
    text = reader.line_text(element)
    if text is None:
        reader.note(element, "an empty Place names no recipient")
        return None
    return reader.build(element, lambda: recipient_from_place(text))


def _number(
    reader: Reader, kids: Kids, kinds: KindRegistry
) -> tuple[DocumentNumber | None, tuple[str, ...]]:
    """The number of ``Code`` and the parts of it that did not read (``number.number``).

    ``CodeNumber`` is digits (or a sub-number, ``66.15``); a producer's other value (``74fass22``) is noted and the
    symbol is kept; a ``CodeNotation`` that is no symbol is noted, and so is the number."""
    code = reader.single(kids, "Code")
    if code is None:
        return None, ()
    code_kids = reader.children(code)
    digits_element = reader.single(code_kids, "CodeNumber")
    digits = reader.line_text(digits_element)
    notation_element = reader.single(code_kids, "CodeNotation")
    notation = reader.line_text(notation_element)
    usable = digits is None or SEQUENCE.fullmatch(digits) is not None
    if notation is None:
        if digits is not None:
            assert digits_element is not None
            reader.note(digits_element, f"CodeNumber {quoted(digits)} without a CodeNotation")
            return None, ("number",)
        return None, ()
    assert notation_element is not None
    try:
        symbol = number_from_code(None, notation, kinds)
    except (GrammarError, InvalidValueError) as error:
        for element in (digits_element, notation_element):
            if element is not None and reader.text(element) is not None:
                reader.note(
                    element,
                    f"{digits or ''}/{notation} is not a number and symbol: {error.message}",
                )
        return None, ("number",)
    if usable:
        if digits is None:
            return symbol, ()
        try:  # a Party or legal notation joins its digits differently
            return number_from_code(digits, notation, kinds), ()
        except (GrammarError, InvalidValueError):
            return attrs.evolve(symbol, number=digits), ()
    assert digits_element is not None
    assert digits is not None
    reader.note(digits_element, f"CodeNumber {quoted(digits)} is not a number (ASCII digits)")
    return symbol, ("number.number",)


def _signer(reader: Reader, kids: Kids) -> tuple[SignatureBlock, ...]:
    """The signer; a ``Competence`` that is no list of signing marks (``Quyền 1``,
    ``GIÁM ĐỐC``) is noted, and the rest of the signer kept."""
    signer = reader.single(kids, "SignerInfo")
    if signer is None:
        return ()
    signer_kids = reader.children(signer)
    competence_element = reader.single(signer_kids, "Competence")
    competence = reader.text(competence_element)
    title = reader.child_text(signer_kids, "Position")
    name = reader.child_text(signer_kids, "FullName")
    authorities: tuple[Authority, ...] = ()
    try:
        authorities = authorities_from_competence(competence)
    except (GrammarError, InvalidValueError) as error:
        assert competence_element is not None
        reader.note(
            competence_element,
            f"Competence {quoted(competence)} is not a list of signing marks: {error.message}",
        )
    if not authorities and title is None and name is None:
        return ()
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
    direction: bool | None = None
    lost: tuple[str, ...] = ()


_COPIES = 1_000_000


def _other_info(reader: Reader, kids: Kids) -> _Other:
    other = reader.single(kids, "OtherInfo")
    if other is None:
        return _Other()
    found = reader.children(other)
    lost = []
    priority_element = reader.single(found, "Priority")
    priority = reader.integer(priority_element, 0, 4, "a Priority (0..4)")
    if priority is None and reader.text(priority_element) is not None:
        lost.append("urgency")
    typer = reader.child_text(found, "TyperNotation")
    amount = reader.integer(
        reader.single(found, "PromulgationAmount"), 0, _COPIES, "a number of copies"
    )
    drafter = None
    if typer is not None:
        drafter = reader.build(other, lambda: DrafterMark(initials=typer, copies=amount or None))
        if reader.unread_at(other, "PromulgationAmount"):
            lost.append("drafter.copies")
    appendices: tuple[Appendix, ...] = ()
    appendixes = reader.single(found, "Appendixes")
    if appendixes is not None:
        appendices = _each(reader, reader.children(appendixes), "Appendix", _appendix)
    return _Other(
        urgency=_URGENCY_OF_PRIORITY[priority or 0],
        drafter=drafter,
        appendices=appendices,
        sphere_of_promulgation=reader.child_text(found, "SphereOfPromulgation"),
        page_amount=reader.integer(reader.single(found, "PageAmount"), 0, _COPIES, "a page count"),
        promulgation_amount=amount if drafter is None or drafter.copies is None else None,
        direction=_flag(reader, reader.single(found, "Direction")),
        lost=tuple(lost),
    )


def _flag(reader: Reader, element: etree._Element | None) -> bool | None:
    value = reader.text(element)
    if value is None or value.lower() in ("true", "false"):
        return None if value is None else value.lower() == "true"
    assert element is not None
    reader.note(element, f"{quoted(value)} is not true or false")
    return None


def _appendix(reader: Reader, element: etree._Element) -> Appendix | None:
    text = reader.line_text(element)
    if text is None:
        reader.note(element, "an empty Appendix names no appendix")
        return None
    return reader.build(element, lambda: appendix_from_text(text))


def _steering(reader: Reader, kids: Kids) -> SteeringType | None:
    value = reader.integer(reader.single(kids, "SteeringType"), 0, 3, "a SteeringType (0..3)")
    return None if value is None else SteeringType(value)


# --------------------------------------------------------------------------- TraceHeaderList


def _trace(reader: Reader, element: etree._Element) -> TraceHeader | None:
    """One hop; without a readable timestamp it is noted and left out."""
    kids = reader.children(element)
    timestamp_element = reader.single(kids, "Timestamp")
    timestamp = reader.timestamp(timestamp_element)
    organ_id = reader.organ_id(reader.single(kids, "OrganId"))
    if timestamp is None:
        if timestamp_element is None or reader.text(timestamp_element) is None:
            reader.note(element, "a TraceHeader without its Timestamp is left out")
        return None
    return reader.build(element, lambda: TraceHeader(organ_id=organ_id, timestamp=timestamp))


def _business(reader: Reader, element: etree._Element) -> Business:
    kids = reader.children(element)
    doc_type = reader.integer(
        reader.single(kids, "BussinessDocType"), 0, 3, "a BussinessDocType (0..3)"
    )
    replacements: tuple[ReplacementInfo, ...] = ()
    replacement_list = reader.single(kids, "ReplacementInfoList")
    if replacement_list is not None:
        replacements = _each(
            reader, reader.children(replacement_list), "ReplacementInfo", _replacement
        )
    return reader.build(
        element,
        lambda: Business(
            doc_type=BusinessDocType(doc_type or 0),
            reason=reader.text(reader.single(kids, "BussinessDocReason")),
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
            organ_id=reader.organ_id(reader.single(kids, "OrganId")),
            receiver_type=reader.child_text(kids, "ReceiverType"),
        ),
    )


def _replacement(reader: Reader, element: etree._Element) -> ReplacementInfo:
    kids = reader.children(element)
    organ_ids: tuple[str, ...] = ()
    organ_list = reader.single(kids, "OrganIdList")
    if organ_list is not None:
        organ_ids = _each(reader, reader.children(organ_list), "OrganId", Reader.organ_id)
    return reader.build(
        element,
        lambda: ReplacementInfo(
            document_id=reader.child_text(kids, "DocumentId"), organ_ids=organ_ids
        ),
    )
