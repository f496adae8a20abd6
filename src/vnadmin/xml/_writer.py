"""Writing vnadmin XML: each field in the element the vocabulary names for it, in the order
of its content model, and nothing a reader with the same ``kinds`` and ``limits`` refuses."""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterable
from typing import IO

from lxml import etree

from vnadmin._codec import XML, check_sizes, expect, guarded, writer
from vnadmin._kinds import refused
from vnadmin.errors import XMLEncodeError
from vnadmin.limits import Limits
from vnadmin.model import (
    KINDS,
    Body,
    Citation,
    Contact,
    DateDeadline,
    Deadline,
    DocumentKind,
    DocumentNumber,
    IncomingStamp,
    Instrument,
    KindRegistry,
    Organization,
    PartialDate,
    PeriodDeadline,
    Printed,
    SignatureBlock,
    Task,
)
from vnadmin.xml._vocabulary import (
    ABBREVIATION,
    ADDRESS,
    ADDRESSEE,
    ADDRESSEES,
    APPENDICES,
    APPENDIX,
    ARCHIVE,
    ASSIGNMENT,
    ATTACHMENT_NOTE,
    AUTHORITY,
    BACKGROUND,
    BODY,
    CITATION,
    CLOSING,
    CONTACT,
    DATE,
    DATE_DEADLINE,
    DISTRIBUTION,
    DRAFTER,
    EMAIL,
    EXTRA_PART,
    FAX,
    INCOMING_STAMP,
    INSTRUMENT,
    INSTRUMENT_REACH,
    ISSUER,
    ISSUER_ABBREVIATION,
    KIND,
    KIND_ABBREVIATION,
    NAME,
    NAMESPACE,
    NSMAP,
    NUMBER_TAG,
    ORGANIZATION_REACH,
    PARAGRAPH,
    PARENT,
    PERIOD_DEADLINE,
    PERIOD_TAG,
    PHONE,
    PLACE,
    PREAMBLE,
    PRINTED,
    PRINTED_NAMES,
    PRINTED_REPEATED,
    RECEIVER,
    RECIPIENT,
    RELATIVE_DEADLINE,
    REPORTED,
    ROUTING,
    SEQUENCE,
    SIGNATURE,
    SIGNATURES,
    SOURCE,
    SUBJECT,
    TASK,
    TASK_REACH,
    TASKS,
    TERM,
    TEXT,
    TITLE,
    UNIT,
    WEBSITE,
    YEAR,
    local,
)

__all__ = ["dump_collection", "dumps", "to_element"]

_DEFAULT_LIMITS = Limits()


@writer(XML)
def dumps(
    instrument: Instrument, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> bytes:
    """The instrument as a UTF-8 XML document with its declaration, indented.

    It is one :func:`loads` with the same ``kinds`` and ``limits`` reads: besides what
    :func:`to_element` refuses, :class:`~vnadmin.errors.XMLEncodeError` for a document
    larger than ``limits.max_bytes`` or a text longer than ``limits.max_text``.
    """
    expect("limits", limits, Limits)
    data = etree.tostring(
        _to_element(instrument, _Writer(kinds, limits, 1)),
        encoding="UTF-8",
        xml_declaration=True,
        pretty_print=True,
    )
    check_sizes(instrument, data, limits)
    return data


@writer(XML)
def to_element(
    instrument: Instrument, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> etree._Element:
    """The instrument as an lxml ``<instrument>`` element (the namespace declared on it).

    Nothing is written that :func:`from_element` with the same ``kinds`` and ``limits``
    would refuse, sizes aside (:func:`dumps` checks them on the bytes it writes):
    :class:`~vnadmin.errors.UnregisteredKindError` for a kind outside ``kinds``;
    :class:`~vnadmin.errors.XMLEncodeError` if tasks or parent organisations nest deeper
    than ``limits.max_depth`` (or than Python's recursion limit), or if a text holds a
    character XML 1.0 cannot carry (a control character other than tab and line breaks).
    """
    expect("limits", limits, Limits)
    return _to_element(instrument, _Writer(kinds, limits, 1))


def dump_collection(
    instruments: Iterable[Instrument],
    target: str | os.PathLike[str] | IO[bytes],
    *,
    kinds: KindRegistry = KINDS,
    limits: Limits = _DEFAULT_LIMITS,
) -> None:
    """Write ``<instruments>`` to a path or binary file, one instrument at a time.

    Each instrument is refused as by :func:`dumps`, its depth counted from
    ``<instruments>`` as :func:`iter_load` counts it, and its bytes as ``max_bytes`` bounds
    each member.
    """
    expect("limits", limits, Limits)
    if kinds is not KINDS:
        expect("kinds", kinds, KindRegistry)
    writer = _Writer(kinds, limits, 2)
    with contextlib.ExitStack() as stack:
        if isinstance(target, (str, os.PathLike)):
            target = stack.enter_context(open(target, "wb"))
        target.write(_COLLECTION_START)
        for instrument in instruments:
            expect("instruments[]", instrument, Instrument)
            write = functools.partial(_to_element, instrument, writer)
            element = guarded(write, instrument, kinds, XML)
            member = etree.tostring(
                element, encoding="UTF-8", xml_declaration=False, pretty_print=True
            )
            check_sizes(instrument, member, limits)
            target.write(member)
        target.write(b"</instruments>\n")


_COLLECTION_START = (
    f"<?xml version='1.0' encoding='UTF-8'?>\n<instruments xmlns=\"{NAMESPACE}\">\n".encode()
)


class _Writer:
    """What writing needs: the registry readers will use, and where depth starts and ends."""

    __slots__ = ("kinds", "max_depth", "top")

    def __init__(self, kinds: KindRegistry, limits: Limits, top: int) -> None:
        self.kinds = kinds
        self.max_depth = limits.max_depth
        self.top = top  # the depth of <instrument>: 2 in a collection


class _TooDeepError(Exception):
    """The content of ``element`` (a task, an organisation, the instrument) reaches ``depth``."""

    def __init__(self, element: etree._Element, depth: int) -> None:
        super().__init__(depth)
        self.element = element
        self.depth = depth


def _to_element(instrument: Instrument, writer: _Writer) -> etree._Element:
    """The element of ``instrument``; the caller's guard names a field lxml refuses."""
    try:
        return _write_instrument(instrument, writer)
    except _TooDeepError as deep:
        counted = " counted from <instruments>" if writer.top > 1 else ""
        raise XMLEncodeError(
            _field_path(deep.element),
            f"nested too deeply to read back: elements would nest {deep.depth} deep, more than "
            f"Limits.max_depth ({writer.max_depth}){counted}; pass limits= with a larger "
            "max_depth to the writer and to the reader",
        ) from None


def _check_depth(writer: _Writer, element: etree._Element, depth: int) -> None:
    """:class:`_TooDeepError` if anything written in ``element`` (at ``depth``) is too deep."""
    stack = [(element, depth)]
    while stack:
        node, level = stack.pop()
        if level > writer.max_depth:
            raise _TooDeepError(element, level)
        stack.extend((child, level + 1) for child in node)


def _field_path(element: etree._Element) -> str:
    """The model path of a task, organisation or instrument element being written:
    ``Instrument.body.tasks[0].subtasks[2]``, ``Instrument.addressees[1].parent``."""
    steps = []
    node: etree._Element | None = element
    while node is not None and node.tag != INSTRUMENT:
        parent = node.getparent()
        if node.tag in (TASK, ADDRESSEE) and parent is not None:
            index = sum(1 for _ in node.itersiblings(node.tag, preceding=True))
            field = "subtasks" if parent.tag == TASK else local(parent.tag)
            steps.append(f"{field}[{index}]")
        elif node.tag not in (TASKS, CLOSING, ADDRESSEES):
            steps.append(local(node.tag))  # body, issuer, parent
        node = parent
    return ".".join(["Instrument", *reversed(steps)])


_Sub = etree.SubElement


def _write_instrument(instrument: Instrument, writer: _Writer) -> etree._Element:
    top = writer.top
    root = etree.Element(INSTRUMENT, nsmap=NSMAP)  # type: ignore[arg-type]
    root.set("regime", instrument.regime._value_)
    if instrument.urgency is not None:
        root.set("urgency", instrument.urgency._value_)
    if instrument.secrecy is not None:
        root.set("secrecy", instrument.secrecy._value_)
    if instrument.circulation is not None:
        root.set("circulation", instrument.circulation._value_)
    if instrument.kind is not None:
        _write_kind(root, instrument.kind, writer)
    if instrument.issuer is not None:
        _write_organization(root, ISSUER, instrument.issuer, top + 1, writer)
    if instrument.number is not None:
        _write_number(root, instrument.number)
    if instrument.place is not None:
        _Sub(root, PLACE).text = instrument.place
    if instrument.date is not None:
        _write_date(_Sub(root, DATE), instrument.date)
    if instrument.subject is not None:
        _Sub(root, SUBJECT).text = instrument.subject
    if instrument.addressees:
        group = _Sub(root, ADDRESSEES)
        for addressee in instrument.addressees:
            _write_organization(group, ADDRESSEE, addressee, top + 2, writer)
    _write_body(_Sub(root, BODY), instrument.body, top + 1, writer)
    if instrument.signatures:
        group = _Sub(root, SIGNATURES)
        for signature in instrument.signatures:
            _write_signature(group, signature)
    if instrument.distribution:
        group = _Sub(root, DISTRIBUTION)
        for recipient in instrument.distribution:
            element = _Sub(group, RECIPIENT)
            if recipient.purpose is not None:
                element.set("purpose", recipient.purpose)
            element.text = recipient.name
    if instrument.archive is not None:
        element = _Sub(root, ARCHIVE)
        if instrument.archive.copies is not None:
            element.set("copies", str(instrument.archive.copies))
        for unit in instrument.archive.units:
            _Sub(element, UNIT).text = unit
    if instrument.appendices:
        group = _Sub(root, APPENDICES)
        for appendix in instrument.appendices:
            element = _Sub(group, APPENDIX)
            element.set("label", appendix.label)
            if appendix.title is not None:
                _Sub(element, TITLE).text = appendix.title
    if instrument.contact is not None:
        _write_contact(_Sub(root, CONTACT), instrument.contact)
    if instrument.drafter is not None:
        element = _Sub(root, DRAFTER)
        if instrument.drafter.copies is not None:
            element.set("copies", str(instrument.drafter.copies))
        element.text = instrument.drafter.initials
    if instrument.incoming is not None:
        _write_incoming(_Sub(root, INCOMING_STAMP), instrument.incoming)
    if instrument.reported is not None:
        element = _Sub(root, REPORTED)
        if instrument.reported.source is not None:
            _Sub(element, SOURCE).text = instrument.reported.source
        if instrument.reported.title is not None:
            _Sub(element, TITLE).text = instrument.reported.title
    if instrument.printed is not None:
        _write_printed(_Sub(root, PRINTED), instrument.printed)
    if top + INSTRUMENT_REACH > writer.max_depth:  # even the fixed shape may be too deep
        _check_depth(writer, root, top)
    return root


def _write_printed(element: etree._Element, printed: Printed) -> None:
    """One element per printed line, in the order of the vocabulary."""
    for field, tag in PRINTED_NAMES.items():
        value = getattr(printed, field)
        for line in value if field in PRINTED_REPEATED else () if value is None else (value,):
            _Sub(element, tag).text = line


def _write_kind(parent: etree._Element, kind: DocumentKind, writer: _Writer) -> None:
    """The kind's code, which the reader looks up in the same registry: refused if absent."""
    if kind not in writer.kinds:
        raise refused(kind, writer.kinds)
    _Sub(parent, KIND).text = kind.code


def _write_organization(
    parent: etree._Element, tag: str, organization: Organization, depth: int, writer: _Writer
) -> None:
    element = _Sub(parent, tag)
    if organization.organ_id is not None:
        element.set("organ-id", organization.organ_id)
    _Sub(element, NAME).text = organization.name
    if organization.abbreviation is not None:
        _Sub(element, ABBREVIATION).text = organization.abbreviation
    if depth + ORGANIZATION_REACH > writer.max_depth:
        _check_depth(writer, element, depth)
    if organization.parent is not None:
        _write_organization(element, PARENT, organization.parent, depth + 1, writer)


def _write_number(parent: etree._Element, number: DocumentNumber) -> None:
    element = _Sub(parent, NUMBER_TAG[number.style._value_])
    if number.number is not None:
        _Sub(element, SEQUENCE).text = number.number
    if number.year is not None:
        _Sub(element, YEAR).text = str(number.year)
    if number.kind_abbreviation is not None:
        _Sub(element, KIND_ABBREVIATION).text = number.kind_abbreviation
    _Sub(element, ISSUER_ABBREVIATION).text = number.issuer_abbreviation
    for part in number.extra_parts:
        _Sub(element, EXTRA_PART).text = part


def _write_date(element: etree._Element, date: PartialDate) -> None:
    if date.day is not None:
        element.set("day", str(date.day))
    if date.month is not None:
        element.set("month", str(date.month))
    if date.year is not None:
        element.set("year", str(date.year))


def _write_body(element: etree._Element, body: Body, depth: int, writer: _Writer) -> None:
    for tag, paragraphs in ((PREAMBLE, body.preamble), (BACKGROUND, body.background)):
        if paragraphs:
            group = _Sub(element, tag)
            for paragraph in paragraphs:
                item = _Sub(group, PARAGRAPH)
                _Sub(item, TEXT).text = paragraph.text
                for citation in paragraph.citations:
                    _write_citation(item, citation, writer)
    for tag, tasks in ((TASKS, body.tasks), (CLOSING, body.closing)):
        if tasks:
            group = _Sub(element, tag)
            for task in tasks:
                _write_task(group, task, depth + 2, writer)


def _write_task(parent: etree._Element, task: Task, depth: int, writer: _Writer) -> None:
    element = _Sub(parent, TASK)
    if task.label is not None:
        element.set("label", task.label)
    if task.recurrence is not None:
        element.set("recurrence", task.recurrence._value_)
    _Sub(element, TEXT).text = task.text
    for assignment in task.assignments:
        _Sub(element, ASSIGNMENT, role=assignment.role._value_).text = assignment.actor
    deadline = task.deadline
    if deadline is not None:
        _write_deadline(element, deadline)
    for citation in task.citations:
        _write_citation(element, citation, writer)
    for note in task.attachment_notes:
        _Sub(element, ATTACHMENT_NOTE).text = note
    if depth + TASK_REACH > writer.max_depth:  # the task's own content: subtasks check theirs
        _check_depth(writer, element, depth)
    for subtask in task.subtasks:
        _write_task(element, subtask, depth + 1, writer)


def _write_deadline(parent: etree._Element, deadline: Deadline) -> None:
    if isinstance(deadline, DateDeadline):
        element = _Sub(parent, DATE_DEADLINE, bound=deadline.bound._value_)
        _write_date(element, deadline.date)
    elif isinstance(deadline, PeriodDeadline):
        element = _Sub(parent, PERIOD_DEADLINE)
        if deadline.index is not None:
            _Sub(element, PERIOD_TAG[deadline.unit._value_]).text = str(deadline.index)
        if deadline.year is not None:
            _Sub(element, YEAR).text = str(deadline.year)
    else:
        _Sub(parent, RELATIVE_DEADLINE).text = deadline.text


def _write_citation(parent: etree._Element, citation: Citation, writer: _Writer) -> None:
    element = _Sub(parent, CITATION)
    if citation.kind is not None:
        _write_kind(element, citation.kind, writer)
    if citation.number is not None:
        _write_number(element, citation.number)
    if citation.title is not None:
        _Sub(element, TITLE).text = citation.title
    if citation.date is not None:
        _write_date(_Sub(element, DATE), citation.date)
    if citation.issuer is not None:
        _Sub(element, ISSUER).text = citation.issuer
    if citation.term is not None:
        _Sub(element, TERM).text = citation.term
    if citation.subject is not None:
        _Sub(element, SUBJECT).text = citation.subject


def _write_signature(parent: etree._Element, signature: SignatureBlock) -> None:
    element = _Sub(parent, SIGNATURE)
    for authority in signature.authorities:
        _Sub(element, AUTHORITY, mark=authority.mark._value_).text = authority.applies_to
    if signature.title is not None:
        _Sub(element, TITLE).text = signature.title
    if signature.name is not None:
        _Sub(element, NAME).text = signature.name


def _write_contact(element: etree._Element, contact: Contact) -> None:
    for tag, value in (
        (ADDRESS, contact.address),
        (PHONE, contact.phone),
        (FAX, contact.fax),
        (EMAIL, contact.email),
        (WEBSITE, contact.website),
    ):
        if value is not None:
            _Sub(element, tag).text = value


def _write_incoming(element: etree._Element, stamp: IncomingStamp) -> None:
    element.set("number", str(stamp.number))
    _Sub(element, RECEIVER).text = stamp.receiver
    if stamp.date is not None:
        _write_date(_Sub(element, DATE), stamp.date)
    if stamp.routing is not None:
        _Sub(element, ROUTING).text = stamp.routing
