"""vnadmin's own XML form: lossless, namespaced, described by ``schemas/vnadmin.xsd``.

``dumps``/``loads`` convert one instrument, ``to_element``/``from_element`` work on lxml
trees, and ``dump_collection``/``iter_load`` stream many instruments through one file.
Every field of the model round-trips.  Reading is safe by default (see
:mod:`vnadmin._safexml`): no DTD, no entities, no network, bounded by :class:`Limits`.
Problems are reported together, each with its line and element path.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import os
import re
from collections.abc import Callable, Iterable, Iterator
from typing import IO, Any, NoReturn, TypeVar

from lxml import etree

from vnadmin._codec import XML, Codec, check_sizes, expect, guarded, round_trip_losses, writer
from vnadmin._kinds import refused
from vnadmin._safexml import (
    Source,
    attribute_items,
    attribute_names,
    iter_children,
    parse,
    problem,
)
from vnadmin.errors import (
    InvalidValueError,
    UnknownKindError,
    XMLDecodeError,
    XMLEncodeError,
    XMLProblem,
)
from vnadmin.limits import Limits
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
    KindRegistry,
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

__all__ = [
    "CODEC",
    "NAMESPACE",
    "Limits",
    "dump_collection",
    "dumps",
    "from_element",
    "iter_load",
    "loads",
    "losses",
    "to_element",
]

NAMESPACE = "urn:vnadmin:xml:1.0"
"""The vocabulary's namespace; the version changes only with an incompatible change."""

_NSMAP = {None: NAMESPACE}
_DEFAULT_LIMITS = Limits()


def _q(local: str) -> str:
    return f"{{{NAMESPACE}}}{local}"


# Element names, qualified.
_ABBREVIATION = _q("abbreviation")
_ADDRESS = _q("address")
_ADDRESSEE = _q("addressee")
_ADDRESSEES = _q("addressees")
_APPENDICES = _q("appendices")
_APPENDIX = _q("appendix")
_ARCHIVE = _q("archive")
_ASSIGNMENT = _q("assignment")
_ATTACHMENT_NOTE = _q("attachment-note")
_AUTHORITY = _q("authority")
_BACKGROUND = _q("background")
_BODY = _q("body")
_CITATION = _q("citation")
_CLOSING = _q("closing")
_CONTACT = _q("contact")
_DATE = _q("date")
_DATE_DEADLINE = _q("date-deadline")
_DISTRIBUTION = _q("distribution")
_DRAFTER = _q("drafter")
_EMAIL = _q("email")
_EXTRA_PART = _q("extra-part")
_FAX = _q("fax")
_HALF = _q("half")
_INCOMING_STAMP = _q("incoming-stamp")
_INSTRUMENT = _q("instrument")
_INSTRUMENTS = _q("instruments")
_ISSUER = _q("issuer")
_ISSUER_ABBREVIATION = _q("issuer-abbreviation")
_KIND = _q("kind")
_KIND_ABBREVIATION = _q("kind-abbreviation")
_LEGAL_NUMBER = _q("legal-number")
_MONTH = _q("month")
_NAME = _q("name")
_PARAGRAPH = _q("paragraph")
_PARENT = _q("parent")
_PARTY_NUMBER = _q("party-number")
_PERIOD_DEADLINE = _q("period-deadline")
_PHONE = _q("phone")
_PLACE = _q("place")
_PREAMBLE = _q("preamble")
_QUARTER = _q("quarter")
_RECEIVER = _q("receiver")
_RECIPIENT = _q("recipient")
_RELATIVE_DEADLINE = _q("relative-deadline")
_REPORTED = _q("reported")
_ROUTING = _q("routing")
_SEQUENCE = _q("sequence")
_SIGNATURE = _q("signature")
_SIGNATURES = _q("signatures")
_SOURCE = _q("source")
_STATE_NUMBER = _q("state-number")
_SUBJECT = _q("subject")
_TASK = _q("task")
_TASKS = _q("tasks")
_TERM = _q("term")
_TEXT = _q("text")
_TITLE = _q("title")
_UNIT = _q("unit")
_WEBSITE = _q("website")
_YEAR = _q("year")

_NUMBER_TAG = {
    NumberStyle.STATE.value: _STATE_NUMBER,
    NumberStyle.LEGAL.value: _LEGAL_NUMBER,
    NumberStyle.PARTY.value: _PARTY_NUMBER,
}
_NUMBER_STYLE = {tag: NumberStyle(style) for style, tag in _NUMBER_TAG.items()}
_PERIOD_TAG = {
    PeriodUnit.MONTH.value: _MONTH,
    PeriodUnit.QUARTER.value: _QUARTER,
    PeriodUnit.HALF.value: _HALF,
}
_PERIOD_UNIT = {tag: PeriodUnit(unit) for unit, tag in _PERIOD_TAG.items()}


# --------------------------------------------------------------------------- writing


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
    check_sizes(instrument, len(data), limits)
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
            check_sizes(instrument, len(member), limits)
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
    while node is not None and node.tag != _INSTRUMENT:
        parent = node.getparent()
        if node.tag in (_TASK, _ADDRESSEE) and parent is not None:
            index = sum(1 for _ in node.itersiblings(node.tag, preceding=True))
            field = "subtasks" if parent.tag == _TASK else _local(parent.tag)
            steps.append(f"{field}[{index}]")
        elif node.tag not in (_TASKS, _CLOSING, _ADDRESSEES):
            steps.append(_local(node.tag))  # body, issuer, parent
        node = parent
    return ".".join(["Instrument", *reversed(steps)])


_Sub = etree.SubElement


def _write_instrument(instrument: Instrument, writer: _Writer) -> etree._Element:
    top = writer.top
    root = etree.Element(_INSTRUMENT, nsmap=_NSMAP)  # type: ignore[arg-type]
    root.set("regime", instrument.regime._value_)
    if instrument.urgency is not None:
        root.set("urgency", instrument.urgency._value_)
    if instrument.secrecy is not None:
        root.set("secrecy", instrument.secrecy._value_)
    if instrument.circulation is not None:
        root.set("circulation", instrument.circulation._value_)
    if instrument.kind is not None:
        if instrument.kind not in writer.kinds:
            raise refused(instrument.kind, writer.kinds)
        _Sub(root, _KIND).text = instrument.kind.code
    if instrument.issuer is not None:
        _write_organization(root, _ISSUER, instrument.issuer, top + 1, writer)
    if instrument.number is not None:
        _write_number(root, instrument.number)
    if instrument.place is not None:
        _Sub(root, _PLACE).text = instrument.place
    if instrument.date is not None:
        _write_date(_Sub(root, _DATE), instrument.date)
    if instrument.subject is not None:
        _Sub(root, _SUBJECT).text = instrument.subject
    if instrument.addressees:
        group = _Sub(root, _ADDRESSEES)
        for addressee in instrument.addressees:
            _write_organization(group, _ADDRESSEE, addressee, top + 2, writer)
    _write_body(_Sub(root, _BODY), instrument.body, top + 1, writer)
    if instrument.signatures:
        group = _Sub(root, _SIGNATURES)
        for signature in instrument.signatures:
            _write_signature(group, signature)
    if instrument.distribution:
        group = _Sub(root, _DISTRIBUTION)
        for recipient in instrument.distribution:
            element = _Sub(group, _RECIPIENT)
            if recipient.purpose is not None:
                element.set("purpose", recipient.purpose)
            element.text = recipient.name
    if instrument.archive is not None:
        element = _Sub(root, _ARCHIVE)
        if instrument.archive.copies is not None:
            element.set("copies", str(instrument.archive.copies))
        for unit in instrument.archive.units:
            _Sub(element, _UNIT).text = unit
    if instrument.appendices:
        group = _Sub(root, _APPENDICES)
        for appendix in instrument.appendices:
            element = _Sub(group, _APPENDIX)
            element.set("label", appendix.label)
            if appendix.title is not None:
                _Sub(element, _TITLE).text = appendix.title
    if instrument.contact is not None:
        _write_contact(_Sub(root, _CONTACT), instrument.contact)
    if instrument.drafter is not None:
        element = _Sub(root, _DRAFTER)
        if instrument.drafter.copies is not None:
            element.set("copies", str(instrument.drafter.copies))
        element.text = instrument.drafter.initials
    if instrument.incoming is not None:
        _write_incoming(_Sub(root, _INCOMING_STAMP), instrument.incoming)
    if instrument.reported is not None:
        element = _Sub(root, _REPORTED)
        if instrument.reported.source is not None:
            _Sub(element, _SOURCE).text = instrument.reported.source
        if instrument.reported.title is not None:
            _Sub(element, _TITLE).text = instrument.reported.title
    if top + _INSTRUMENT_REACH > writer.max_depth:  # even the fixed shape may be too deep
        _check_depth(writer, root, top)
    return root


def _write_organization(
    parent: etree._Element, tag: str, organization: Organization, depth: int, writer: _Writer
) -> None:
    element = _Sub(parent, tag)
    if organization.organ_id is not None:
        element.set("organ-id", organization.organ_id)
    _Sub(element, _NAME).text = organization.name
    if organization.abbreviation is not None:
        _Sub(element, _ABBREVIATION).text = organization.abbreviation
    if depth + _ORGANIZATION_REACH > writer.max_depth:
        _check_depth(writer, element, depth)
    if organization.parent is not None:
        _write_organization(element, _PARENT, organization.parent, depth + 1, writer)


def _write_number(parent: etree._Element, number: DocumentNumber) -> None:
    element = _Sub(parent, _NUMBER_TAG[number.style._value_])
    if number.number is not None:
        _Sub(element, _SEQUENCE).text = number.number
    if number.year is not None:
        _Sub(element, _YEAR).text = str(number.year)
    if number.kind_abbreviation is not None:
        _Sub(element, _KIND_ABBREVIATION).text = number.kind_abbreviation
    _Sub(element, _ISSUER_ABBREVIATION).text = number.issuer_abbreviation
    for part in number.extra_parts:
        _Sub(element, _EXTRA_PART).text = part


def _write_date(element: etree._Element, date: PartialDate) -> None:
    if date.day is not None:
        element.set("day", str(date.day))
    if date.month is not None:
        element.set("month", str(date.month))
    if date.year is not None:
        element.set("year", str(date.year))


def _write_body(element: etree._Element, body: Body, depth: int, writer: _Writer) -> None:
    for tag, paragraphs in ((_PREAMBLE, body.preamble), (_BACKGROUND, body.background)):
        if paragraphs:
            group = _Sub(element, tag)
            for paragraph in paragraphs:
                item = _Sub(group, _PARAGRAPH)
                _Sub(item, _TEXT).text = paragraph.text
                for citation in paragraph.citations:
                    _write_citation(item, citation, writer)
    for tag, tasks in ((_TASKS, body.tasks), (_CLOSING, body.closing)):
        if tasks:
            group = _Sub(element, tag)
            for task in tasks:
                _write_task(group, task, depth + 2, writer)


def _write_task(parent: etree._Element, task: Task, depth: int, writer: _Writer) -> None:
    element = _Sub(parent, _TASK)
    if task.label is not None:
        element.set("label", task.label)
    if task.recurrence is not None:
        element.set("recurrence", task.recurrence._value_)
    _Sub(element, _TEXT).text = task.text
    for assignment in task.assignments:
        _Sub(element, _ASSIGNMENT, role=assignment.role._value_).text = assignment.actor
    deadline = task.deadline
    if deadline is not None:
        _write_deadline(element, deadline)
    for citation in task.citations:
        _write_citation(element, citation, writer)
    for note in task.attachment_notes:
        _Sub(element, _ATTACHMENT_NOTE).text = note
    if depth + _TASK_REACH > writer.max_depth:  # the task's own content: subtasks check theirs
        _check_depth(writer, element, depth)
    for subtask in task.subtasks:
        _write_task(element, subtask, depth + 1, writer)


def _write_deadline(parent: etree._Element, deadline: Deadline) -> None:
    if isinstance(deadline, DateDeadline):
        element = _Sub(parent, _DATE_DEADLINE, bound=deadline.bound._value_)
        _write_date(element, deadline.date)
    elif isinstance(deadline, PeriodDeadline):
        element = _Sub(parent, _PERIOD_DEADLINE)
        if deadline.index is not None:
            _Sub(element, _PERIOD_TAG[deadline.unit._value_]).text = str(deadline.index)
        if deadline.year is not None:
            _Sub(element, _YEAR).text = str(deadline.year)
    else:
        _Sub(parent, _RELATIVE_DEADLINE).text = deadline.text


def _write_citation(parent: etree._Element, citation: Citation, writer: _Writer) -> None:
    element = _Sub(parent, _CITATION)
    if citation.kind is not None:
        if citation.kind not in writer.kinds:
            raise refused(citation.kind, writer.kinds)
        _Sub(element, _KIND).text = citation.kind.code
    if citation.number is not None:
        _write_number(element, citation.number)
    if citation.title is not None:
        _Sub(element, _TITLE).text = citation.title
    if citation.date is not None:
        _write_date(_Sub(element, _DATE), citation.date)
    if citation.issuer is not None:
        _Sub(element, _ISSUER).text = citation.issuer
    if citation.term is not None:
        _Sub(element, _TERM).text = citation.term
    if citation.subject is not None:
        _Sub(element, _SUBJECT).text = citation.subject


def _write_signature(parent: etree._Element, signature: SignatureBlock) -> None:
    element = _Sub(parent, _SIGNATURE)
    for authority in signature.authorities:
        _Sub(element, _AUTHORITY, mark=authority.mark._value_).text = authority.applies_to
    if signature.title is not None:
        _Sub(element, _TITLE).text = signature.title
    if signature.name is not None:
        _Sub(element, _NAME).text = signature.name


def _write_contact(element: etree._Element, contact: Contact) -> None:
    for tag, value in (
        (_ADDRESS, contact.address),
        (_PHONE, contact.phone),
        (_FAX, contact.fax),
        (_EMAIL, contact.email),
        (_WEBSITE, contact.website),
    ):
        if value is not None:
            _Sub(element, tag).text = value


def _write_incoming(element: etree._Element, stamp: IncomingStamp) -> None:
    element.set("number", str(stamp.number))
    _Sub(element, _RECEIVER).text = stamp.receiver
    if stamp.date is not None:
        _write_date(_Sub(element, _DATE), stamp.date)
    if stamp.routing is not None:
        _Sub(element, _ROUTING).text = stamp.routing


# --------------------------------------------------------------------------- reading


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
    if element.tag != _INSTRUMENT:
        raise XMLDecodeError([problem(element, f"expected <instrument> in {NAMESPACE}")])
    try:
        instrument = _read_instrument(reader, element)
    except _BadError as bad:
        reader.problems.append(bad.problem)
    except _FailedError:
        pass
    except RecursionError:
        reader.problems.append(problem(element, "nested too deeply to read"))
    else:
        if not reader.problems:
            return instrument
    raise XMLDecodeError(reader.problems)


def iter_load(
    source: Source, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> Iterator[Instrument]:
    """Each instrument of an ``<instruments>`` file, read as a stream in bounded memory.

    ``limits.max_bytes`` applies to each instrument; ``max_depth`` counts from
    ``<instruments>``.  The first bad instrument stops the stream with its problems.
    """
    expect("limits", limits, Limits)
    for number, element in enumerate(iter_children(source, limits, _INSTRUMENTS), 1):
        try:
            instrument = from_element(element, limits=limits, kinds=kinds)
        except XMLDecodeError as error:  # earlier members are gone: restore the position
            member = f"/instruments/instrument[{number}]"
            raise XMLDecodeError(
                [
                    XMLProblem(p.line, member + _MEMBER.sub("", p.path, count=1), p.message)
                    for p in error.problems
                ]
            ) from None
        yield instrument


_MEMBER = re.compile(r"\A/instruments/instrument(?:\[\d+\])?")
"""A member's path as the stream sees it: its position among the members still in memory."""


class _BadError(Exception):
    """One problem, raised where it is found and recorded where reading can go on."""

    def __init__(self, found: XMLProblem) -> None:
        super().__init__(str(found))
        self.problem = found


class _FailedError(Exception):
    """A part could not be read; its problems are recorded already."""


class _Reader:
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
        "problems",
    )

    def __init__(self, limits: Limits, kinds: KindRegistry) -> None:
        self.kinds = kinds
        self.max_depth = limits.max_depth
        self.max_text = limits.max_text
        self.problems: list[XMLProblem] = []
        self.assignments: dict[tuple[str, str], Assignment] = {}
        self.dates: dict[tuple[str | None, ...], PartialDate] = {}
        self.numbers: dict[tuple[str | None, ...], DocumentNumber] = {}
        # Keyed by the element's own bytes (a date deadline's attributes): the same bytes
        # read the same, valid, value.
        self.citations: dict[bytes, Citation] = {}
        self.deadlines: dict[object, Deadline] = {}


def _bad(element: etree._Element, message: str, attribute: str | None = None) -> NoReturn:
    raise _BadError(problem(element, message, attribute))


def _local(tag: object) -> str:
    return str(tag).rpartition("}")[2]


class _Content:
    """The children an element allows, in order.

    Slots are written ``name`` (exactly one), ``name?``, ``name*``, ``name+``, and
    ``a|b|c?`` for a choice.  :meth:`split` returns one entry per slot: the element (or
    ``None``) for a single slot, the list of elements (or ``None``) for a repeated one.
    """

    __slots__ = ("_names", "_repeated", "_required", "_size", "_slot_of", "_what")

    def __init__(self, what: str, *slots: str) -> None:
        self._what = what
        self._slot_of: dict[str, int] = {}
        self._names: list[str] = []
        required = []
        repeated = []
        for index, slot in enumerate(slots):
            names = slot.rstrip("?*+")
            mark = slot[len(names) :]
            for name in names.split("|"):
                self._slot_of[_q(name)] = index
            self._names.append(" or ".join(f"<{name}>" for name in names.split("|")))
            if mark in ("", "+"):
                required.append(index)
            repeated.append(mark in ("*", "+"))
        self._required = tuple(required)
        self._repeated = tuple(repeated)
        self._size = len(slots)

    def children(self, element: etree._Element) -> list[tuple[int, etree._Element]]:
        """Each child with its slot, once the element's content is checked: children in
        order, none repeated that may not be, every required one, no stray text."""
        found = []
        last = 0
        seen = [False] * self._size
        slot_of = self._slot_of
        repeated = self._repeated
        for child in element:
            slot = slot_of.get(child.tag)
            if slot is None or slot < last or (seen[slot] and not repeated[slot]):
                self._misplaced(element, child, slot, last)
                continue
            if child.tail is not None:
                _blank(child.tail, element)
            seen[slot] = True
            last = slot
            found.append((slot, child))
        if element.text is not None:
            _blank(element.text, element)
        for slot in self._required:
            if not seen[slot]:
                _bad(element, f"missing {self._names[slot]}")
        return found

    def split(self, element: etree._Element) -> list[Any]:
        """:meth:`children` grouped: per slot the element, or the list of elements (``None``
        for an absent one)."""
        found: list[Any] = [None] * self._size
        repeated = self._repeated
        for slot, child in self.children(element):
            if not repeated[slot]:
                found[slot] = child
            elif found[slot] is None:
                found[slot] = [child]
            else:
                found[slot].append(child)
        return found

    def _misplaced(
        self, element: etree._Element, child: etree._Element, slot: int | None, last: int
    ) -> None:
        if not isinstance(child.tag, str):  # a comment or PI in a tree built by the caller
            if child.tail is not None:
                _blank(child.tail, element)
            return
        name = f"<{_local(child.tag)}>"
        if slot is None:
            where = "" if child.tag.startswith(f"{{{NAMESPACE}}}") else " (foreign element)"
            _bad(child, f"unexpected {name}{where} in <{self._what}>")
        if slot < last:
            before = next(e for e in child.itersiblings(preceding=True) if isinstance(e.tag, str))
            _bad(child, f"{name} is out of order: it belongs before <{_local(before.tag)}>")
        _bad(child, f"more than one {name}")


def _blank(text: str, element: etree._Element) -> None:
    if text.strip(" \t\r\n"):
        shown = text.strip()
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        _bad(element, f"unexpected text {shown!r} in <{_local(element.tag)}>")


def _no_attributes(element: etree._Element) -> None:
    names = attribute_names(element)
    if names:
        _bad(element, f"unexpected attribute {names[0]!r}", names[0])


def _attributes(
    element: etree._Element, allowed: frozenset[str], required: tuple[str, ...] = ()
) -> dict[str, str]:
    found = dict(attribute_items(element))
    if found and not allowed.issuperset(found):
        name = next(name for name in found if name not in allowed)
        _bad(element, f"unexpected attribute {name!r}", name)
    for name in required:
        if name not in found:
            _bad(element, f"missing attribute {name!r}")
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
            _bad(child, f"unexpected <{_local(child.tag)}> in <{_local(element.tag)}>")
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
    _bad(element, f"a text is longer than {reader.max_text} characters (Limits.max_text)")


def _int(value: str, element: etree._Element, attribute: str | None = None) -> int:
    """A positive integer as XML Schema reads one: ASCII digits, no sign, no leading zero."""
    if not (value.isascii() and value.isdigit() and value[0] != "0"):
        stripped = value.strip(" \t\r\n")  # xs:integer collapses surrounding white space
        if not (stripped and stripped.isascii() and stripped.isdigit() and stripped[0] != "0"):
            _bad(element, f"{value!r} is not a positive whole number", attribute)
        value = stripped
    return int(value)


def _int_text(reader: _Reader, element: etree._Element) -> int:
    return _int(_text(reader, element), element)


def _optional_int(value: str | None, element: etree._Element, attribute: str) -> int | None:
    return None if value is None else _int(value, element, attribute)


_E = TypeVar("_E", bound=enum.Enum)


def _codes(enumeration: type[_E]) -> dict[str, _E]:
    return {member.value: member for member in enumeration}


_REGIMES = _codes(Regime)
_URGENCIES = _codes(Urgency)
_SECRECIES = _codes(Secrecy)
_CIRCULATIONS = _codes(Circulation)
_ROLES = _codes(Role)
_BOUNDS = _codes(DeadlineBound)
_FREQUENCIES = _codes(Frequency)
_MARKS = _codes(SigningMark)


def _enum(codes: dict[str, _E], value: str, element: etree._Element, attribute: str) -> _E:
    member = codes.get(value)
    if member is None:
        known = ", ".join(codes)
        _bad(element, f"{value!r} is not one of {known}", attribute)
    return member


def _optional_enum(
    codes: dict[str, _E], value: str | None, element: etree._Element, attribute: str
) -> _E | None:
    return None if value is None else _enum(codes, value, element, attribute)


def _located(element: etree._Element, error: InvalidValueError, names: dict[str, str]) -> _BadError:
    """A model error placed on the attribute or child element that holds the field."""
    field = error.path.rpartition(".")[2]
    name = names.get(field, "")
    if name.startswith("@"):
        return _BadError(problem(element, error.message, name[1:]))
    if name:
        tag = _q(name)
        child = next((c for c in element if c.tag == tag), None)
        if child is not None:
            return _BadError(problem(child, error.message))
    return _BadError(problem(element, error.message))


_Item = TypeVar("_Item")


def _each(
    reader: _Reader,
    elements: list[etree._Element] | None,
    read: Callable[[_Reader, etree._Element], _Item],
) -> tuple[_Item, ...]:
    """Read every element, recording each one's problems and going on to the next."""
    if elements is None:
        return ()
    items = []
    failed = False
    for element in elements:
        try:
            items.append(read(reader, element))
        except _BadError as bad:
            reader.problems.append(bad.problem)
            failed = True
        except _FailedError:
            failed = True
    if failed:
        raise _FailedError
    return tuple(items)


def _part(
    reader: _Reader,
    element: etree._Element | None,
    read: Callable[[_Reader, etree._Element], _Item],
) -> _Item | None:
    """Read an optional part, recording its problems (the caller fails later)."""
    if element is None:
        return None
    try:
        return read(reader, element)
    except _BadError as bad:
        reader.problems.append(bad.problem)
    except _FailedError:
        pass
    return None


def _too_deep(reader: _Reader, element: etree._Element, depth: int, reach: int) -> None:
    """Check depth exactly, but only where ``element``'s content (``reach`` below it) may
    pass ``max_depth``; elsewhere the vocabulary's fixed shape keeps it within bounds."""
    if depth + reach <= reader.max_depth:
        return
    stack = [(element, depth)]
    while stack:
        node, level = stack.pop()
        if level > reader.max_depth:
            _bad(node, f"elements are nested more than {reader.max_depth} deep (Limits.max_depth)")
        stack.extend((child, level + 1) for child in node)


# The deepest fixed content below an element: instrument/body/preamble/paragraph/citation/
# legal-number/sequence, task/citation/legal-number/sequence, issuer/name.
_INSTRUMENT_REACH = 6
_TASK_REACH = 3
_ORGANIZATION_REACH = 1

_INSTRUMENT_ATTRIBUTES = frozenset({"regime", "urgency", "secrecy", "circulation"})
_INSTRUMENT_CONTENT = _Content(
    "instrument",
    "kind?",
    "issuer?",
    "state-number|legal-number|party-number?",
    "place?",
    "date?",
    "subject?",
    "addressees?",
    "body",
    "signatures?",
    "distribution?",
    "archive?",
    "appendices?",
    "contact?",
    "drafter?",
    "incoming-stamp?",
    "reported?",
)
_INSTRUMENT_NAMES = {"place": "place", "subject": "subject"}


def _read_instrument(reader: _Reader, element: etree._Element) -> Instrument:
    _too_deep(reader, element, 1, _INSTRUMENT_REACH)
    attributes = _attributes(element, _INSTRUMENT_ATTRIBUTES, ("regime",))
    regime = _enum(_REGIMES, attributes["regime"], element, "regime")
    urgency = _optional_enum(_URGENCIES, attributes.get("urgency"), element, "urgency")
    secrecy = _optional_enum(_SECRECIES, attributes.get("secrecy"), element, "secrecy")
    circulation = _optional_enum(
        _CIRCULATIONS, attributes.get("circulation"), element, "circulation"
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
    ) = _INSTRUMENT_CONTENT.split(element)
    problems = len(reader.problems)
    read_kind = _part(reader, kind, _read_kind)
    read_issuer = _part(reader, issuer, _read_issuer)
    read_number = _part(reader, number, _read_number)
    read_place = _part(reader, place, _text)
    read_date = _part(reader, date, _read_date)
    read_subject = _part(reader, subject, _text)
    read_addressees = _part(reader, addressees, _read_addressees)
    read_body = _part(reader, body, _read_body)
    read_signatures = _part(reader, signatures, _read_signatures)
    read_distribution = _part(reader, distribution, _read_distribution)
    read_archive = _part(reader, archive, _read_archive)
    read_appendices = _part(reader, appendices, _read_appendices)
    read_contact = _part(reader, contact, _read_contact)
    read_drafter = _part(reader, drafter, _read_drafter)
    read_incoming = _part(reader, incoming, _read_incoming)
    read_reported = _part(reader, reported, _read_reported)
    if len(reader.problems) > problems or read_body is None:
        raise _FailedError
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
        )
    except InvalidValueError as error:
        raise _located(element, error, _INSTRUMENT_NAMES) from None


def _read_kind(reader: _Reader, element: etree._Element) -> DocumentKind:
    code = _text(reader, element)
    try:
        return reader.kinds.get(code)
    except UnknownKindError as error:
        _bad(element, str(error))


_ORGANIZATION_ATTRIBUTES = frozenset({"organ-id"})
_ORGANIZATION_CONTENT = _Content("organization", "name", "abbreviation?", "parent?")
_ORGANIZATION_NAMES = {
    "name": "name",
    "abbreviation": "abbreviation",
    "parent": "parent",
    "organ_id": "@organ-id",
}


def _read_issuer(reader: _Reader, element: etree._Element) -> Organization:
    return _read_organization(reader, element, 2)


def _read_addressee(reader: _Reader, element: etree._Element) -> Organization:
    return _read_organization(reader, element, 3)


def _read_organization(reader: _Reader, element: etree._Element, depth: int) -> Organization:
    _too_deep(reader, element, depth, _ORGANIZATION_REACH)
    organ_id = _attributes(element, _ORGANIZATION_ATTRIBUTES).get("organ-id")
    name, abbreviation, parent = _ORGANIZATION_CONTENT.split(element)
    try:
        return Organization(
            name=_text(reader, name),
            abbreviation=_optional_text(reader, abbreviation),
            parent=None if parent is None else _read_organization(reader, parent, depth + 1),
            organ_id=organ_id,
        )
    except InvalidValueError as error:
        raise _located(element, error, _ORGANIZATION_NAMES) from None


_ADDRESSEES_CONTENT = _Content("addressees", "addressee+")


def _read_addressees(reader: _Reader, element: etree._Element) -> tuple[Organization, ...]:
    _no_attributes(element)
    (addressees,) = _ADDRESSEES_CONTENT.split(element)
    return _each(reader, addressees, _read_addressee)


_NUMBER_CONTENT = {
    _STATE_NUMBER: _Content(
        "state-number", "sequence?", "kind-abbreviation?", "issuer-abbreviation", "extra-part*"
    ),
    _LEGAL_NUMBER: _Content(
        "legal-number",
        "sequence?",
        "year",
        "kind-abbreviation?",
        "issuer-abbreviation",
        "extra-part*",
    ),
    _PARTY_NUMBER: _Content(
        "party-number", "sequence?", "kind-abbreviation", "issuer-abbreviation", "extra-part*"
    ),
}
_NUMBER_NAMES = {
    "number": "sequence",
    "year": "year",
    "kind_abbreviation": "kind-abbreviation",
    "issuer_abbreviation": "issuer-abbreviation",
    "extra_parts": "extra-part",
}


def _read_number(reader: _Reader, element: etree._Element) -> DocumentNumber:
    _no_attributes(element)
    tag = element.tag
    if tag == _LEGAL_NUMBER:
        sequence, year, kind, issuer, extra = _NUMBER_CONTENT[tag].split(element)
        year_text: str | None = _text(reader, year)
    else:
        sequence, kind, issuer, extra = _NUMBER_CONTENT[tag].split(element)
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
                style=_NUMBER_STYLE[tag],
            )
        except InvalidValueError as error:
            raise _located(element, error, _NUMBER_NAMES) from None
        reader.numbers[parts] = found
    return found


_DATE_ATTRIBUTES = frozenset({"day", "month", "year"})
_DATE_NAMES = {"day": "@day", "month": "@month", "year": "@year"}


def _read_date(reader: _Reader, element: etree._Element) -> PartialDate:
    if len(element) or element.text is not None:
        _EMPTY_DATE.split(element)
    attributes = _attributes(element, _DATE_ATTRIBUTES)
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
            raise _located(element, error, _DATE_NAMES) from None
        reader.dates[key] = found
    return found


_EMPTY_DATE = _Content("date")
_EMPTY_DATE_DEADLINE = _Content("date-deadline")

_BODY_CONTENT = _Content("body", "preamble?", "background?", "tasks?", "closing?")
_PARAGRAPHS_CONTENT = _Content("paragraphs", "paragraph+")
_PARAGRAPH_CONTENT = _Content("paragraph", "text", "citation*")
_TASKS_CONTENT = _Content("tasks", "task+")


def _read_body(reader: _Reader, element: etree._Element) -> Body:
    _no_attributes(element)
    preamble, background, tasks, closing = _BODY_CONTENT.split(element)
    problems = len(reader.problems)
    parts = (
        _part(reader, preamble, _read_paragraphs) or (),
        _part(reader, background, _read_paragraphs) or (),
        _part(reader, tasks, _read_tasks) or (),
        _part(reader, closing, _read_tasks) or (),
    )
    if len(reader.problems) > problems:
        raise _FailedError
    return Body(preamble=parts[0], background=parts[1], tasks=parts[2], closing=parts[3])


def _read_paragraphs(reader: _Reader, element: etree._Element) -> tuple[Paragraph, ...]:
    _no_attributes(element)
    (paragraphs,) = _PARAGRAPHS_CONTENT.split(element)
    return _each(reader, paragraphs, _read_paragraph)


def _read_paragraph(reader: _Reader, element: etree._Element) -> Paragraph:
    _no_attributes(element)
    text, citations = _PARAGRAPH_CONTENT.split(element)
    try:
        return Paragraph(
            text=_text(reader, text), citations=_each(reader, citations, _read_citation)
        )
    except InvalidValueError as error:
        raise _located(element, error, {"text": "text"}) from None


def _read_tasks(reader: _Reader, element: etree._Element) -> tuple[Task, ...]:
    _no_attributes(element)
    (tasks,) = _TASKS_CONTENT.split(element)
    return _each(reader, tasks, _read_top_task)


def _read_top_task(reader: _Reader, element: etree._Element) -> Task:
    return _read_task(reader, element, 4)


_TASK_CONTENT = _Content(
    "task",
    "text",
    "assignment*",
    "date-deadline|period-deadline|relative-deadline?",
    "citation*",
    "attachment-note*",
    "task*",
)
_TASK_NAMES = {
    "label": "@label",
    "text": "text",
    "recurrence": "@recurrence",
    "attachment_notes": "attachment-note",
}


def _read_task(reader: _Reader, element: etree._Element, depth: int) -> Task:
    """The hottest reader: one pass over the children, each read as it comes."""
    if depth + _TASK_REACH > reader.max_depth:
        _too_deep(reader, element, depth, _TASK_REACH)
    label = recurrence = None
    for name, value in attribute_items(element):
        if name == "label":
            label = _attribute_text(reader, element, value)
        elif name == "recurrence":
            recurrence = _enum(_FREQUENCIES, value, element, "recurrence")
        else:
            _bad(element, f"unexpected attribute {name!r}", name)
    text = ""
    deadline: Deadline | None = None
    assignments: list[Assignment] = []
    citations: list[Citation] = []
    notes: list[str] = []
    subtasks: list[Task] = []
    failed = False
    for slot, child in _TASK_CONTENT.children(element):
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
        except _BadError as bad:
            reader.problems.append(bad.problem)
            failed = True
        except _FailedError:
            failed = True
    if failed:
        raise _FailedError
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
        raise _located(element, error, _TASK_NAMES) from None


_ROLE_ATTRIBUTES = frozenset({"role"})


def _read_assignment(reader: _Reader, element: etree._Element) -> Assignment:
    attributes = attribute_items(element)
    if len(attributes) == 1 and attributes[0][0] == "role":
        role = attributes[0][1]
    else:
        role = _attributes(element, _ROLE_ATTRIBUTES, ("role",))["role"]
    actor = _own_text(reader, element)
    found = reader.assignments.get((role, actor))
    if found is None:
        try:
            found = Assignment(role=_enum(_ROLES, role, element, "role"), actor=actor)
        except InvalidValueError as error:
            raise _BadError(problem(element, error.message)) from None
        reader.assignments[role, actor] = found
    return found


def _read_deadline(reader: _Reader, element: etree._Element) -> Deadline:
    tag = element.tag
    if tag == _DATE_DEADLINE:  # all in its attributes: they are the key
        if len(element) or element.text is not None:
            _EMPTY_DATE_DEADLINE.split(element)
        key: object = tuple(attribute_items(element))
    else:
        key = etree.tostring(element, with_tail=False)
    found = reader.deadlines.get(key)
    if found is None:
        if tag == _DATE_DEADLINE:
            found = _read_date_deadline(reader, element)
        elif tag == _PERIOD_DEADLINE:
            found = _read_period_deadline(reader, element)
        else:
            try:
                found = RelativeDeadline(text=_text(reader, element))
            except InvalidValueError as error:
                raise _BadError(problem(element, error.message)) from None
        reader.deadlines[key] = found
    return found


_DATE_DEADLINE_ATTRIBUTES = frozenset({"bound", "day", "month", "year"})


def _read_date_deadline(reader: _Reader, element: etree._Element) -> DateDeadline:
    attributes = _attributes(element, _DATE_DEADLINE_ATTRIBUTES, ("bound", "day", "month"))
    bound = _enum(_BOUNDS, attributes["bound"], element, "bound")
    try:
        return DateDeadline(bound=bound, date=_partial_date(reader, attributes, element))
    except InvalidValueError as error:
        raise _BadError(problem(element, error.message)) from None


_PERIOD_CONTENT = _Content("period-deadline", "month|quarter|half?", "year?")
_PERIOD_NAMES = {"index": "month", "year": "year"}


def _read_period_deadline(reader: _Reader, element: etree._Element) -> PeriodDeadline:
    _no_attributes(element)
    period, year = _PERIOD_CONTENT.split(element)
    try:
        return PeriodDeadline(
            unit=PeriodUnit.YEAR if period is None else _PERIOD_UNIT[period.tag],
            index=None if period is None else _int_text(reader, period),
            year=None if year is None else _int_text(reader, year),
        )
    except InvalidValueError as error:
        names = _PERIOD_NAMES if period is None else {**_PERIOD_NAMES, "index": _local(period.tag)}
        raise _located(element, error, names) from None


_CITATION_CONTENT = _Content(
    "citation",
    "kind?",
    "state-number|legal-number|party-number?",
    "title?",
    "date?",
    "issuer?",
    "term?",
    "subject?",
)
_CITATION_NAMES = {"title": "title", "issuer": "issuer", "term": "term", "subject": "subject"}


def _read_citation(reader: _Reader, element: etree._Element) -> Citation:
    key = etree.tostring(element, with_tail=False)
    found = reader.citations.get(key)
    if found is None:
        found = reader.citations[key] = _read_new_citation(reader, element)
    return found


def _read_new_citation(reader: _Reader, element: etree._Element) -> Citation:
    _no_attributes(element)
    kind, number, title, date, issuer, term, subject = _CITATION_CONTENT.split(element)
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
        raise _located(element, error, _CITATION_NAMES) from None


_SIGNATURES_CONTENT = _Content("signatures", "signature+")
_SIGNATURE_CONTENT = _Content("signature", "authority*", "title?", "name?")
_MARK_ATTRIBUTES = frozenset({"mark"})


def _read_signatures(reader: _Reader, element: etree._Element) -> tuple[SignatureBlock, ...]:
    _no_attributes(element)
    (signatures,) = _SIGNATURES_CONTENT.split(element)
    return _each(reader, signatures, _read_signature)


def _read_signature(reader: _Reader, element: etree._Element) -> SignatureBlock:
    _no_attributes(element)
    authorities, title, name = _SIGNATURE_CONTENT.split(element)
    try:
        return SignatureBlock(
            authorities=_each(reader, authorities, _read_authority),
            title=_optional_text(reader, title),
            name=_optional_text(reader, name),
        )
    except InvalidValueError as error:
        raise _located(element, error, {"title": "title", "name": "name"}) from None


def _read_authority(reader: _Reader, element: etree._Element) -> Authority:
    mark = _attributes(element, _MARK_ATTRIBUTES, ("mark",))["mark"]
    try:
        return Authority(
            mark=_enum(_MARKS, mark, element, "mark"), applies_to=_own_text(reader, element)
        )
    except InvalidValueError as error:
        raise _BadError(problem(element, error.message)) from None


_DISTRIBUTION_CONTENT = _Content("distribution", "recipient+")
_PURPOSE_ATTRIBUTES = frozenset({"purpose"})


def _read_distribution(reader: _Reader, element: etree._Element) -> tuple[Recipient, ...]:
    _no_attributes(element)
    (recipients,) = _DISTRIBUTION_CONTENT.split(element)
    return _each(reader, recipients, _read_recipient)


def _read_recipient(reader: _Reader, element: etree._Element) -> Recipient:
    purpose = _attributes(element, _PURPOSE_ATTRIBUTES).get("purpose")
    try:
        return Recipient(
            name=_own_text(reader, element), purpose=_attribute_text(reader, element, purpose)
        )
    except InvalidValueError as error:
        names = {"purpose": "@purpose"}
        raise _located(element, error, names) from None


_ARCHIVE_CONTENT = _Content("archive", "unit+")
_COPIES_ATTRIBUTES = frozenset({"copies"})


def _read_archive(reader: _Reader, element: etree._Element) -> ArchiveLine:
    copies = _attributes(element, _COPIES_ATTRIBUTES).get("copies")
    (units,) = _ARCHIVE_CONTENT.split(element)
    try:
        return ArchiveLine(
            units=_texts(reader, units), copies=_optional_int(copies, element, "copies")
        )
    except InvalidValueError as error:
        raise _located(element, error, {"units": "unit", "copies": "@copies"}) from None


_APPENDICES_CONTENT = _Content("appendices", "appendix+")
_APPENDIX_CONTENT = _Content("appendix", "title?")
_LABEL_ATTRIBUTES = frozenset({"label"})


def _read_appendices(reader: _Reader, element: etree._Element) -> tuple[Appendix, ...]:
    _no_attributes(element)
    (appendices,) = _APPENDICES_CONTENT.split(element)
    return _each(reader, appendices, _read_appendix)


def _read_appendix(reader: _Reader, element: etree._Element) -> Appendix:
    label = _attributes(element, _LABEL_ATTRIBUTES, ("label",))["label"]
    (title,) = _APPENDIX_CONTENT.split(element)
    try:
        return Appendix(
            label=_required_attribute_text(reader, element, label),
            title=_optional_text(reader, title),
        )
    except InvalidValueError as error:
        raise _located(element, error, {"label": "@label", "title": "title"}) from None


_CONTACT_CONTENT = _Content("contact", "address?", "phone?", "fax?", "email?", "website?")
_CONTACT_NAMES = {name: name for name in ("address", "phone", "fax", "email", "website")}


def _read_contact(reader: _Reader, element: etree._Element) -> Contact:
    _no_attributes(element)
    address, phone, fax, email, website = _CONTACT_CONTENT.split(element)
    try:
        return Contact(
            address=_optional_text(reader, address),
            phone=_optional_text(reader, phone),
            fax=_optional_text(reader, fax),
            email=_optional_text(reader, email),
            website=_optional_text(reader, website),
        )
    except InvalidValueError as error:
        raise _located(element, error, _CONTACT_NAMES) from None


def _read_drafter(reader: _Reader, element: etree._Element) -> DrafterMark:
    copies = _attributes(element, _COPIES_ATTRIBUTES).get("copies")
    try:
        return DrafterMark(
            initials=_own_text(reader, element), copies=_optional_int(copies, element, "copies")
        )
    except InvalidValueError as error:
        raise _located(element, error, {"copies": "@copies"}) from None


_INCOMING_CONTENT = _Content("incoming-stamp", "receiver", "date?", "routing?")
_NUMBER_ATTRIBUTES = frozenset({"number"})


def _read_incoming(reader: _Reader, element: etree._Element) -> IncomingStamp:
    number = _attributes(element, _NUMBER_ATTRIBUTES, ("number",))["number"]
    receiver, date, routing = _INCOMING_CONTENT.split(element)
    try:
        return IncomingStamp(
            receiver=_text(reader, receiver),
            number=_int(number, element, "number"),
            date=None if date is None else _read_date(reader, date),
            routing=_optional_text(reader, routing),
        )
    except InvalidValueError as error:
        names = {"receiver": "receiver", "number": "@number", "routing": "routing"}
        raise _located(element, error, names) from None


_REPORTED_CONTENT = _Content("reported", "source?", "title?")


def _read_reported(reader: _Reader, element: etree._Element) -> Reporting:
    _no_attributes(element)
    source, title = _REPORTED_CONTENT.split(element)
    try:
        return Reporting(source=_optional_text(reader, source), title=_optional_text(reader, title))
    except InvalidValueError as error:
        raise _located(element, error, {"source": "source", "title": "title"}) from None


losses = round_trip_losses(dumps, loads)

CODEC = Codec(
    name="xml",
    extension=".xml",
    media_type="application/xml",
    dumps=dumps,
    loads=loads,
    losses=losses,
    starts=b"<",
    root=lambda namespace, name: namespace == NAMESPACE,
    limits=Limits,
    decode_error=XMLDecodeError,
)
"""vnadmin XML as one format among the others (see :mod:`vnadmin._codec`)."""
