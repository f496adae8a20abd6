"""Reading vnadmin XML: every problem of a document reported at once, each with its line and
element path, the content of each element checked against its model in the vocabulary."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, NoReturn, TypeVar, cast

from lxml import etree

from vnadmin._codec import expect
from vnadmin._problems import BadError, Collector, FailedError, bad
from vnadmin._safexml import Source, attribute_items, attribute_names, iter_children, parse, problem
from vnadmin._walk import nested_message
from vnadmin.errors import InvalidValueError, UnknownKindError, XMLDecodeError, XMLProblem, quoted
from vnadmin.limits import MAX_NESTING, Limits
from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Citation,
    Contact,
    DateDeadline,
    Deadline,
    DocumentKind,
    DocumentNumber,
    DrafterMark,
    IncomingStamp,
    Instrument,
    KindRegistry,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Printed,
    Recipient,
    RelativeDeadline,
    Reporting,
    SignatureBlock,
    Task,
)
from vnadmin.xml._vocabulary import (
    ADDRESSEES_CONTENT,
    APPENDICES_CONTENT,
    APPENDIX_CONTENT,
    APPENDIX_NAMES,
    ARCHIVE_CONTENT,
    ARCHIVE_NAMES,
    BODY_CONTENT,
    BOUNDS,
    CIRCULATIONS,
    CITATION_CONTENT,
    CITATION_NAMES,
    CONTACT_CONTENT,
    CONTACT_NAMES,
    COPIES_ATTRIBUTES,
    DATE_ATTRIBUTES,
    DATE_DEADLINE,
    DATE_DEADLINE_ATTRIBUTES,
    DATE_NAMES,
    DISTRIBUTION_CONTENT,
    DRAFTER_NAMES,
    EMPTY_DATE,
    EMPTY_DATE_DEADLINE,
    FREQUENCIES,
    INCOMING_CONTENT,
    INCOMING_NAMES,
    INSTRUMENT,
    INSTRUMENT_ATTRIBUTES,
    INSTRUMENT_CONTENT,
    INSTRUMENT_NAMES,
    INSTRUMENT_REACH,
    INSTRUMENTS,
    LABEL_ATTRIBUTES,
    LEGAL_NUMBER,
    MARK_ATTRIBUTES,
    MARKS,
    NAMESPACE,
    NUMBER_ATTRIBUTES,
    NUMBER_CONTENT,
    NUMBER_NAMES,
    NUMBER_STYLE,
    ORGANIZATION_ATTRIBUTES,
    ORGANIZATION_CONTENT,
    ORGANIZATION_NAMES,
    ORGANIZATION_REACH,
    PARAGRAPH_CONTENT,
    PARAGRAPH_NAMES,
    PARAGRAPHS_CONTENT,
    PERIOD_CONTENT,
    PERIOD_DEADLINE,
    PERIOD_NAMES,
    PERIOD_UNIT,
    PRINTED_CONTENT,
    PRINTED_NAMES,
    PRINTED_REPEATED,
    PURPOSE_ATTRIBUTES,
    RECIPIENT_NAMES,
    REGIMES,
    REPORTED_CONTENT,
    REPORTED_NAMES,
    ROLE_ATTRIBUTES,
    ROLES,
    SECRECIES,
    SIGNATURE_CONTENT,
    SIGNATURE_NAMES,
    SIGNATURES_CONTENT,
    TASK_CONTENT,
    TASK_NAMES,
    TASK_REACH,
    TASKS_CONTENT,
    URGENCIES,
    Content,
    E,
    local,
)

__all__ = ["from_element", "iter_load", "loads"]

_DEFAULT_LIMITS = Limits()


def loads(
    source: Source, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> Instrument:
    """Read one ``<instrument>`` from XML bytes or text, a path or a binary file.

    Kinds are looked up by code in ``kinds``.  :class:`~vnadmin.errors.XMLDecodeError`
    lists every problem found, each with its line and element path.
    """
    expect("limits", limits, Limits)
    return from_element(parse(source, limits), kinds=kinds, limits=limits)


def from_element(
    element: etree._Element, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> Instrument:
    """Read an ``<instrument>`` element of an lxml tree (comments and PIs are ignored)."""
    if kinds is not KINDS:
        expect("kinds", kinds, KindRegistry)
    expect("limits", limits, Limits)
    reader = _Reader(limits, kinds)
    if element.tag != INSTRUMENT:
        raise XMLDecodeError([problem(element, f"expected <instrument> in {NAMESPACE}")])
    try:
        instrument = _read_instrument(reader, element)
    except BadError as error:
        reader.record(error)
    except FailedError:
        pass
    except RecursionError:
        reader.report(element, "nested too deeply to read")
    else:
        if not reader.count:
            return instrument
    raise XMLDecodeError(reader.problems, reader.more)


def iter_load(
    source: Source, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> Iterator[Instrument]:
    """Each instrument of an ``<instruments>`` file, read as a stream in bounded memory.

    ``limits.max_bytes`` applies to each instrument; ``max_depth`` counts from
    ``<instruments>``.  The first bad instrument stops the stream with its problems.
    """
    expect("limits", limits, Limits)
    for number, element in enumerate(iter_children(source, limits, INSTRUMENTS), 1):
        try:
            instrument = from_element(element, limits=limits, kinds=kinds)
        except XMLDecodeError as error:  # earlier members are gone: restore the position
            member = f"/instruments/instrument[{number}]"
            raise XMLDecodeError(
                [
                    XMLProblem(p.line, member + _MEMBER.sub("", p.path, count=1), p.message)
                    for p in error.problems
                ],
                error.more,
            ) from None
        yield instrument


_MEMBER = re.compile(r"\A/instruments/instrument(?:\[\d+\])?")
"""A member's path as the stream sees it: its position among the members still in memory."""


class _Reader(Collector):
    """What reading one document needs: limits, kinds, the problems found so far, and the
    small values already built (frozen, so a repeated assignment or date is built once)."""

    __slots__ = (
        "assignments",
        "citations",
        "dates",
        "deadlines",
        "kinds",
        "max_depth",
        "max_text",
        "numbers",
    )

    def __init__(self, limits: Limits, kinds: KindRegistry) -> None:
        super().__init__()
        self.kinds = kinds
        self.max_depth = limits.max_depth
        self.max_text = limits.max_text
        self.assignments: dict[tuple[str, str], Assignment] = {}
        self.dates: dict[tuple[str | None, ...], PartialDate] = {}
        self.numbers: dict[tuple[str | None, ...], DocumentNumber] = {}
        # Keyed by the element's own bytes (a date deadline's attributes): the same bytes
        # read the same, valid, value.
        self.citations: dict[bytes, Citation] = {}
        self.deadlines: dict[object, Deadline] = {}


def _no_attributes(element: etree._Element) -> None:
    names = attribute_names(element)
    if names:
        bad(element, f"unexpected attribute {quoted(names[0])}", names[0])


def _attributes(
    element: etree._Element, allowed: frozenset[str], required: tuple[str, ...] = ()
) -> dict[str, str]:
    found = dict(attribute_items(element))
    if found and not allowed.issuperset(found):
        name = next(name for name in found if name not in allowed)
        bad(element, f"unexpected attribute {quoted(name)}", name)
    for name in required:
        if name not in found:
            bad(element, f"missing attribute {name!r}")
    return found


def _text(reader: _Reader, element: etree._Element) -> str:
    """The text of a leaf element; no children, no attributes, at most ``max_text`` long."""
    if len(element):
        return _mixed_text(reader, element)
    if attribute_names(element):
        _no_attributes(element)
    text = element.text
    if text is None:
        return ""
    if len(text) > reader.max_text:
        _too_long(reader, element)
    return text


def _own_text(reader: _Reader, element: etree._Element) -> str:
    """The text of an element without children whose attributes the caller has read."""
    if len(element):
        return _mixed_text(reader, element)
    text = element.text
    if text is None:
        return ""
    if len(text) > reader.max_text:
        _too_long(reader, element)
    return text


def _mixed_text(reader: _Reader, element: etree._Element) -> str:
    """A leaf's text when the caller's tree has comments or PIs inside it."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            bad(child, f"unexpected <{local(child.tag)}> in <{local(element.tag)}>")
        parts.append(child.tail or "")
    text = "".join(parts)
    if len(text) > reader.max_text:
        _too_long(reader, element)
    return text


def _optional_text(reader: _Reader, element: etree._Element | None) -> str | None:
    return None if element is None else _text(reader, element)


def _texts(reader: _Reader, elements: list[etree._Element] | None) -> tuple[str, ...]:
    return () if elements is None else tuple(_text(reader, element) for element in elements)


def _attribute_text(reader: _Reader, element: etree._Element, value: str | None) -> str | None:
    if value is not None and len(value) > reader.max_text:
        _too_long(reader, element)
    return value


def _required_attribute_text(reader: _Reader, element: etree._Element, value: str) -> str:
    if len(value) > reader.max_text:
        _too_long(reader, element)
    return value


def _too_long(reader: _Reader, element: etree._Element) -> NoReturn:
    bad(element, f"a text is longer than {reader.max_text} characters (Limits.max_text)")


_MAX_DIGITS = 18
"""Every number of the model has fewer digits; Python's ``int`` refuses more than 4,300."""


def _int(value: str, element: etree._Element, attribute: str | None = None) -> int:
    """A positive integer as XML Schema reads one: ASCII digits, no sign, no leading zero."""
    if not (value.isascii() and value.isdigit() and value[0] != "0"):
        stripped = value.strip(" \t\r\n")  # xs:integer collapses surrounding white space
        if not (stripped and stripped.isascii() and stripped.isdigit() and stripped[0] != "0"):
            bad(element, f"{quoted(value)} is not a positive whole number", attribute)
        value = stripped
    if len(value) > _MAX_DIGITS:
        bad(element, f"{quoted(value)} is too large a number", attribute)
    return int(value)


def _int_text(reader: _Reader, element: etree._Element) -> int:
    return _int(_text(reader, element), element)


def _optional_int(value: str | None, element: etree._Element, attribute: str) -> int | None:
    return None if value is None else _int(value, element, attribute)


def _enum(codes: dict[str, E], value: str, element: etree._Element, attribute: str) -> E:
    member = codes.get(value)
    if member is None:
        known = ", ".join(codes)
        bad(element, f"{quoted(value)} is not one of {known}", attribute)
    return member


def _optional_enum(
    codes: dict[str, E], value: str | None, element: etree._Element, attribute: str
) -> E | None:
    return None if value is None else _enum(codes, value, element, attribute)


def _located(element: etree._Element, error: InvalidValueError, names: dict[str, str]) -> BadError:
    """A model error placed on the attribute or child element that holds the field."""
    field = error.path.rpartition(".")[2]
    name = names.get(field, "")
    if name.startswith("@"):
        return BadError(element, error.message, name[1:])
    if name:
        child = next((c for c in element if c.tag == name), None)
        if child is not None:
            return BadError(child, error.message)
    return BadError(element, error.message)


def _too_deep(reader: _Reader, element: etree._Element, depth: int, reach: int) -> None:
    """Check depth exactly, but only where ``element``'s content (``reach`` below it) may
    pass ``max_depth``; elsewhere the vocabulary's fixed shape keeps it within bounds."""
    if depth + reach <= reader.max_depth:
        return
    stack = [(element, depth)]
    while stack:
        node, level = stack.pop()
        if level > reader.max_depth:
            bad(node, f"elements are nested more than {reader.max_depth} deep (Limits.max_depth)")
        stack.extend((child, level + 1) for child in node)


def _read_instrument(reader: _Reader, element: etree._Element) -> Instrument:
    _too_deep(reader, element, 1, INSTRUMENT_REACH)
    attributes = _attributes(element, INSTRUMENT_ATTRIBUTES, ("regime",))
    regime = _enum(REGIMES, attributes["regime"], element, "regime")
    urgency = _optional_enum(URGENCIES, attributes.get("urgency"), element, "urgency")
    secrecy = _optional_enum(SECRECIES, attributes.get("secrecy"), element, "secrecy")
    circulation = _optional_enum(
        CIRCULATIONS, attributes.get("circulation"), element, "circulation"
    )
    (
        kind,
        issuer,
        number,
        place,
        date,
        subject,
        addressees,
        body,
        signatures,
        distribution,
        archive,
        appendices,
        contact,
        drafter,
        incoming,
        reported,
        printed,
    ) = INSTRUMENT_CONTENT.split(element)
    problems = reader.count
    read_kind = reader.part(_read_kind, kind)
    read_issuer = reader.part(_read_issuer, issuer)
    read_number = reader.part(_read_number, number)
    read_place = reader.part(_text, place)
    read_date = reader.part(_read_date, date)
    read_subject = reader.part(_text, subject)
    read_addressees = reader.part(_read_addressees, addressees)
    read_body = reader.part(_read_body, body)
    read_signatures = reader.part(_read_signatures, signatures)
    read_distribution = reader.part(_read_distribution, distribution)
    read_archive = reader.part(_read_archive, archive)
    read_appendices = reader.part(_read_appendices, appendices)
    read_contact = reader.part(_read_contact, contact)
    read_drafter = reader.part(_read_drafter, drafter)
    read_incoming = reader.part(_read_incoming, incoming)
    read_reported = reader.part(_read_reported, reported)
    read_printed = reader.part(_read_printed, printed)
    if reader.count > problems or read_body is None:
        raise FailedError
    try:
        return Instrument(
            regime=regime,
            urgency=urgency,
            secrecy=secrecy,
            circulation=circulation,
            kind=read_kind,
            issuer=read_issuer,
            number=read_number,
            place=read_place,
            date=read_date,
            subject=read_subject,
            addressees=read_addressees or (),
            body=read_body,
            signatures=read_signatures or (),
            distribution=read_distribution or (),
            archive=read_archive,
            appendices=read_appendices or (),
            contact=read_contact,
            drafter=read_drafter,
            incoming=read_incoming,
            reported=read_reported,
            printed=read_printed,
        )
    except InvalidValueError as error:
        raise _located(element, error, INSTRUMENT_NAMES) from None


def _read_kind(reader: _Reader, element: etree._Element) -> DocumentKind:
    code = _text(reader, element)
    try:
        return reader.kinds.get(code)
    except UnknownKindError as error:
        bad(element, str(error))


def _read_issuer(reader: _Reader, element: etree._Element) -> Organization:
    return _read_organization(reader, element, 2, 1)


def _read_addressee(reader: _Reader, element: etree._Element) -> Organization:
    return _read_organization(reader, element, 3, 1)


def _read_organization(
    reader: _Reader, element: etree._Element, depth: int, level: int
) -> Organization:
    """An organisation whose element is ``depth`` deep, ``level`` deep among its parents."""
    _too_deep(reader, element, depth, ORGANIZATION_REACH)
    if level > MAX_NESTING:
        bad(element, nested_message("organisations"))
    organ_id = _attributes(element, ORGANIZATION_ATTRIBUTES).get("organ-id")
    name, abbreviation, parent = ORGANIZATION_CONTENT.split(element)
    try:
        return Organization(
            name=_text(reader, name),
            abbreviation=_optional_text(reader, abbreviation),
            parent=None
            if parent is None
            else _read_organization(reader, parent, depth + 1, level + 1),
            organ_id=organ_id,
        )
    except InvalidValueError as error:
        raise _located(element, error, ORGANIZATION_NAMES) from None


def _read_number(reader: _Reader, element: etree._Element) -> DocumentNumber:
    _no_attributes(element)
    tag = element.tag
    if tag == LEGAL_NUMBER:
        sequence, year, kind, issuer, extra = NUMBER_CONTENT[tag].split(element)
        year_text: str | None = _text(reader, year)
    else:
        sequence, kind, issuer, extra = NUMBER_CONTENT[tag].split(element)
        year_text = None
    number = _optional_text(reader, sequence)
    kind_abbreviation = _optional_text(reader, kind)
    issuer_abbreviation = _text(reader, issuer)
    extra_parts = _texts(reader, extra)
    parts = (tag, number, year_text, kind_abbreviation, issuer_abbreviation, *extra_parts)
    found = reader.numbers.get(parts)
    if found is None:
        try:
            found = DocumentNumber(
                number=number,
                year=None if year_text is None else _int(year_text, year),
                kind_abbreviation=kind_abbreviation,
                issuer_abbreviation=issuer_abbreviation,
                extra_parts=extra_parts,
                style=NUMBER_STYLE[tag],
            )
        except InvalidValueError as error:
            raise _located(element, error, NUMBER_NAMES) from None
        reader.numbers[parts] = found
    return found


def _read_date(reader: _Reader, element: etree._Element) -> PartialDate:
    if len(element) or element.text is not None:
        EMPTY_DATE.split(element)
    attributes = _attributes(element, DATE_ATTRIBUTES)
    return _partial_date(reader, attributes, element)


def _partial_date(
    reader: _Reader, attributes: dict[str, str], element: etree._Element
) -> PartialDate:
    key = (attributes.get("day"), attributes.get("month"), attributes.get("year"))
    found = reader.dates.get(key)
    if found is None:
        day, month, year = key
        try:
            found = PartialDate(
                day=_optional_int(day, element, "day"),
                month=_optional_int(month, element, "month"),
                year=_optional_int(year, element, "year"),
            )
        except InvalidValueError as error:
            raise _located(element, error, DATE_NAMES) from None
        reader.dates[key] = found
    return found


def _read_body(reader: _Reader, element: etree._Element) -> Body:
    _no_attributes(element)
    preamble, background, tasks, closing = BODY_CONTENT.split(element)
    problems = reader.count
    parts = (
        reader.part(_read_paragraphs, preamble) or (),
        reader.part(_read_paragraphs, background) or (),
        reader.part(_read_tasks, tasks) or (),
        reader.part(_read_tasks, closing) or (),
    )
    if reader.count > problems:
        raise FailedError
    return Body(preamble=parts[0], background=parts[1], tasks=parts[2], closing=parts[3])


def _read_paragraph(reader: _Reader, element: etree._Element) -> Paragraph:
    _no_attributes(element)
    text, citations = PARAGRAPH_CONTENT.split(element)
    try:
        return Paragraph(text=_text(reader, text), citations=reader.each(_read_citation, citations))
    except InvalidValueError as error:
        raise _located(element, error, PARAGRAPH_NAMES) from None


_TOP_TASK = 4
"""The depth of a top-level task's element: instrument, body, tasks, task."""


def _read_top_task(reader: _Reader, element: etree._Element) -> Task:
    return _read_task(reader, element, _TOP_TASK)


def _read_task(reader: _Reader, element: etree._Element, depth: int) -> Task:
    """The hottest reader: one pass over the children, each read as it comes."""
    if depth + TASK_REACH > reader.max_depth:
        _too_deep(reader, element, depth, TASK_REACH)
    if depth - _TOP_TASK >= MAX_NESTING:
        bad(element, nested_message("tasks"))
    label = recurrence = None
    for name, value in attribute_items(element):
        if name == "label":
            label = _attribute_text(reader, element, value)
        elif name == "recurrence":
            recurrence = _enum(FREQUENCIES, value, element, "recurrence")
        else:
            bad(element, f"unexpected attribute {quoted(name)}", name)
    text = ""
    deadline: Deadline | None = None
    assignments: list[Assignment] = []
    citations: list[Citation] = []
    notes: list[str] = []
    subtasks: list[Task] = []
    failed = False
    for slot, child in TASK_CONTENT.children(element):
        try:
            if slot == 1:
                assignments.append(_read_assignment(reader, child))
            elif slot == 0:
                text = _text(reader, child)
            elif slot == 5:
                subtasks.append(_read_task(reader, child, depth + 1))
            elif slot == 3:
                citations.append(_read_citation(reader, child))
            elif slot == 2:
                deadline = _read_deadline(reader, child)
            else:
                notes.append(_text(reader, child))
        except BadError as error:
            reader.record(error)
            failed = True
        except FailedError:
            failed = True
    if failed:
        raise FailedError
    try:
        return Task(  # tuples: the model's converters take them as they are
            label=label,
            text=text,
            assignments=tuple(assignments),
            deadline=deadline,
            recurrence=recurrence,
            citations=tuple(citations),
            attachment_notes=tuple(notes),
            subtasks=tuple(subtasks),
        )
    except InvalidValueError as error:
        raise _located(element, error, TASK_NAMES) from None


def _read_assignment(reader: _Reader, element: etree._Element) -> Assignment:
    attributes = attribute_items(element)
    if len(attributes) == 1 and attributes[0][0] == "role":
        role = attributes[0][1]
    else:
        role = _attributes(element, ROLE_ATTRIBUTES, ("role",))["role"]
    actor = _own_text(reader, element)
    found = reader.assignments.get((role, actor))
    if found is None:
        try:
            found = Assignment(role=_enum(ROLES, role, element, "role"), actor=actor)
        except InvalidValueError as error:
            raise BadError(element, error.message) from None
        reader.assignments[role, actor] = found
    return found


def _read_deadline(reader: _Reader, element: etree._Element) -> Deadline:
    tag = element.tag
    if tag == DATE_DEADLINE:  # all in its attributes: they are the key
        if len(element) or element.text is not None:
            EMPTY_DATE_DEADLINE.split(element)
        key: object = tuple(attribute_items(element))
    else:
        key = etree.tostring(element, with_tail=False)
    found = reader.deadlines.get(key)
    if found is None:
        if tag == DATE_DEADLINE:
            found = _read_date_deadline(reader, element)
        elif tag == PERIOD_DEADLINE:
            found = _read_period_deadline(reader, element)
        else:
            try:
                found = RelativeDeadline(text=_text(reader, element))
            except InvalidValueError as error:
                raise BadError(element, error.message) from None
        reader.deadlines[key] = found
    return found


def _read_date_deadline(reader: _Reader, element: etree._Element) -> DateDeadline:
    attributes = _attributes(element, DATE_DEADLINE_ATTRIBUTES, ("bound", "day", "month"))
    bound = _enum(BOUNDS, attributes["bound"], element, "bound")
    try:
        return DateDeadline(bound=bound, date=_partial_date(reader, attributes, element))
    except InvalidValueError as error:
        raise BadError(element, error.message) from None


def _read_period_deadline(reader: _Reader, element: etree._Element) -> PeriodDeadline:
    _no_attributes(element)
    period, year = PERIOD_CONTENT.split(element)
    try:
        return PeriodDeadline(
            unit=PeriodUnit.YEAR if period is None else PERIOD_UNIT[period.tag],
            index=None if period is None else _int_text(reader, period),
            year=None if year is None else _int_text(reader, year),
        )
    except InvalidValueError as error:
        names = PERIOD_NAMES if period is None else {**PERIOD_NAMES, "index": period.tag}
        raise _located(element, error, names) from None


def _read_citation(reader: _Reader, element: etree._Element) -> Citation:
    key = etree.tostring(element, with_tail=False)
    found = reader.citations.get(key)
    if found is None:
        found = reader.citations[key] = _read_new_citation(reader, element)
    return found


def _read_new_citation(reader: _Reader, element: etree._Element) -> Citation:
    _no_attributes(element)
    kind, number, title, date, issuer, term, subject = CITATION_CONTENT.split(element)
    try:
        return Citation(
            kind=None if kind is None else _read_kind(reader, kind),
            number=None if number is None else _read_number(reader, number),
            title=_optional_text(reader, title),
            date=None if date is None else _read_date(reader, date),
            issuer=_optional_text(reader, issuer),
            term=_optional_text(reader, term),
            subject=_optional_text(reader, subject),
        )
    except InvalidValueError as error:
        raise _located(element, error, CITATION_NAMES) from None


def _read_signature(reader: _Reader, element: etree._Element) -> SignatureBlock:
    _no_attributes(element)
    authorities, title, name = SIGNATURE_CONTENT.split(element)
    try:
        return SignatureBlock(
            authorities=reader.each(_read_authority, authorities),
            title=_optional_text(reader, title),
            name=_optional_text(reader, name),
        )
    except InvalidValueError as error:
        raise _located(element, error, SIGNATURE_NAMES) from None


def _read_authority(reader: _Reader, element: etree._Element) -> Authority:
    mark = _attributes(element, MARK_ATTRIBUTES, ("mark",))["mark"]
    try:
        return Authority(
            mark=_enum(MARKS, mark, element, "mark"), applies_to=_own_text(reader, element)
        )
    except InvalidValueError as error:
        raise BadError(element, error.message) from None


def _read_recipient(reader: _Reader, element: etree._Element) -> Recipient:
    purpose = _attributes(element, PURPOSE_ATTRIBUTES).get("purpose")
    try:
        return Recipient(
            name=_own_text(reader, element), purpose=_attribute_text(reader, element, purpose)
        )
    except InvalidValueError as error:
        raise _located(element, error, RECIPIENT_NAMES) from None


def _read_archive(reader: _Reader, element: etree._Element) -> ArchiveLine:
    copies = _attributes(element, COPIES_ATTRIBUTES).get("copies")
    (units,) = ARCHIVE_CONTENT.split(element)
    try:
        return ArchiveLine(
            units=_texts(reader, units), copies=_optional_int(copies, element, "copies")
        )
    except InvalidValueError as error:
        raise _located(element, error, ARCHIVE_NAMES) from None


def _read_appendix(reader: _Reader, element: etree._Element) -> Appendix:
    label = _attributes(element, LABEL_ATTRIBUTES, ("label",))["label"]
    (title,) = APPENDIX_CONTENT.split(element)
    try:
        return Appendix(
            label=_required_attribute_text(reader, element, label),
            title=_optional_text(reader, title),
        )
    except InvalidValueError as error:
        raise _located(element, error, APPENDIX_NAMES) from None


def _read_contact(reader: _Reader, element: etree._Element) -> Contact:
    _no_attributes(element)
    address, phone, fax, email, website = CONTACT_CONTENT.split(element)
    try:
        return Contact(
            address=_optional_text(reader, address),
            phone=_optional_text(reader, phone),
            fax=_optional_text(reader, fax),
            email=_optional_text(reader, email),
            website=_optional_text(reader, website),
        )
    except InvalidValueError as error:
        raise _located(element, error, CONTACT_NAMES) from None


def _read_drafter(reader: _Reader, element: etree._Element) -> DrafterMark:
    copies = _attributes(element, COPIES_ATTRIBUTES).get("copies")
    try:
        return DrafterMark(
            initials=_own_text(reader, element), copies=_optional_int(copies, element, "copies")
        )
    except InvalidValueError as error:
        raise _located(element, error, DRAFTER_NAMES) from None


def _read_incoming(reader: _Reader, element: etree._Element) -> IncomingStamp:
    number = _attributes(element, NUMBER_ATTRIBUTES, ("number",))["number"]
    receiver, date, routing = INCOMING_CONTENT.split(element)
    try:
        return IncomingStamp(
            receiver=_text(reader, receiver),
            number=_int(number, element, "number"),
            date=None if date is None else _read_date(reader, date),
            routing=_optional_text(reader, routing),
        )
    except InvalidValueError as error:
        raise _located(element, error, INCOMING_NAMES) from None


def _read_reported(reader: _Reader, element: etree._Element) -> Reporting:
    _no_attributes(element)
    source, title = REPORTED_CONTENT.split(element)
    try:
        return Reporting(source=_optional_text(reader, source), title=_optional_text(reader, title))
    except InvalidValueError as error:
        raise _located(element, error, REPORTED_NAMES) from None


def _read_printed(reader: _Reader, element: etree._Element) -> Printed:
    _no_attributes(element)
    found = PRINTED_CONTENT.split(element)
    values = {
        field: _texts(reader, lines) if field in PRINTED_REPEATED else _optional_text(reader, lines)
        for (field, _), lines in zip(PRINTED_NAMES.items(), found, strict=True)
    }
    try:
        return Printed(**cast("dict[str, Any]", values))  # each field's type, by its tag
    except InvalidValueError as error:
        raise _located(element, error, PRINTED_NAMES) from None


# Lists: an element that holds one child, repeated, and no attribute.

_Item = TypeVar("_Item")


def _list_of(
    content: Content, read: Callable[[_Reader, etree._Element], _Item]
) -> Callable[[_Reader, etree._Element], tuple[_Item, ...]]:
    def read_list(reader: _Reader, element: etree._Element) -> tuple[_Item, ...]:
        _no_attributes(element)
        (items,) = content.split(element)
        return reader.each(read, items)

    return read_list


_read_addressees = _list_of(ADDRESSEES_CONTENT, _read_addressee)
_read_paragraphs = _list_of(PARAGRAPHS_CONTENT, _read_paragraph)
_read_tasks = _list_of(TASKS_CONTENT, _read_top_task)
_read_signatures = _list_of(SIGNATURES_CONTENT, _read_signature)
_read_distribution = _list_of(DISTRIBUTION_CONTENT, _read_recipient)
_read_appendices = _list_of(APPENDICES_CONTENT, _read_appendix)
