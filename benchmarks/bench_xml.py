"""XML write and read speed: vnadmin.xml beside hand-written lxml, xsdata and pydantic-xml.

Run it directly (``PYTHONPATH=src python benchmarks/bench_xml.py``) or through
``nox -s benchmarks``.  The instruments are those of the JSON benchmark
(``benchmarks/instruments.py``): a chỉ thị of 10 tasks and one of 1,000 tasks.  Every
library writes and reads the very same XML document, the one ``vnadmin.xml.dumps`` writes:

- the floors: a hand-written lxml build of that document from the instrument
  (``SubElement`` calls, nothing else) then ``etree.tostring``; and ``etree.fromstring``
  (lxml's default parser) then a walk of the tree into plain dicts and lists;
- xsdata dataclasses and pydantic-xml models of the vocabulary, written below, with typed
  enums and integers (xsdata's default lxml event parser, and its lxml writer);
- ``vnadmin.xml.dumps`` (instrument to UTF-8 bytes) and ``vnadmin.xml.loads`` (bytes to
  instrument, through the hardened parser, every model validator run).

Write is typed object to indented UTF-8 XML with its declaration; read is XML bytes to
typed object (to dicts for the floor).  Times are medians of 21 timed batches, the batches
of every library taking turns; ratios are to the floor, to pydantic-xml and to xsdata.
"""

from __future__ import annotations

import enum
import platform
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import timing
from instruments import directive, varied
from lxml import etree
from pydantic_xml import BaseXmlModel, attr, element
from xsdata.formats.dataclass.parsers import XmlParser
from xsdata.formats.dataclass.serializers import XmlSerializer
from xsdata.formats.dataclass.serializers.config import SerializerConfig
from xsdata.formats.dataclass.serializers.writers import LxmlEventWriter

from vnadmin import xml as vxml
from vnadmin.model import (
    Citation,
    DateDeadline,
    DeadlineBound,
    DocumentNumber,
    Frequency,
    Instrument,
    PartialDate,
    PeriodDeadline,
    Regime,
    Role,
    SigningMark,
    Task,
    Urgency,
)

NS = vxml.NAMESPACE

# The floors ---------------------------------------------------------------------------------

_E = etree.SubElement


def _q(local: str) -> str:
    return f"{{{NS}}}{local}"


_NAMES = (
    "instrument kind issuer name abbreviation parent state-number legal-number party-number"
    " sequence year kind-abbreviation issuer-abbreviation extra-part place date subject"
    " addressees addressee body preamble paragraph text citation tasks task assignment"
    " date-deadline period-deadline quarter relative-deadline signatures signature"
    " authority title distribution recipient archive unit contact phone email"
)
T = {name: _q(name) for name in _NAMES.split(" ")}


def floor_write(instrument: Instrument) -> bytes:
    """The document of ``vnadmin.xml.dumps``, built by plain ``SubElement`` calls for the
    fields the benchmark instruments use."""
    root = etree.Element(T["instrument"], nsmap={None: NS})  # type: ignore[dict-item]
    root.set("regime", instrument.regime.value)
    if instrument.urgency is not None:
        root.set("urgency", instrument.urgency.value)
    assert instrument.kind is not None
    assert instrument.issuer is not None
    _E(root, T["kind"]).text = instrument.kind.code
    issuer = _E(root, T["issuer"])
    _E(issuer, T["name"]).text = instrument.issuer.name
    if instrument.issuer.abbreviation is not None:
        _E(issuer, T["abbreviation"]).text = instrument.issuer.abbreviation
    assert instrument.number is not None
    assert instrument.date is not None
    _floor_number(root, instrument.number)
    _E(root, T["place"]).text = instrument.place
    _floor_date(_E(root, T["date"]), instrument.date)
    _E(root, T["subject"]).text = instrument.subject
    addressees = _E(root, T["addressees"])
    for addressee in instrument.addressees:
        _E(_E(addressees, T["addressee"]), T["name"]).text = addressee.name
    body = _E(root, T["body"])
    preamble = _E(body, T["preamble"])
    for paragraph in instrument.body.preamble:
        item = _E(preamble, T["paragraph"])
        _E(item, T["text"]).text = paragraph.text
        for citation in paragraph.citations:
            _floor_citation(item, citation)
    tasks = _E(body, T["tasks"])
    for task in instrument.body.tasks:
        _floor_task(tasks, task)
    signature = _E(_E(root, T["signatures"]), T["signature"])
    (block,) = instrument.signatures
    for authority in block.authorities:
        _E(signature, T["authority"], mark=authority.mark.value).text = authority.applies_to
    _E(signature, T["title"]).text = block.title
    _E(signature, T["name"]).text = block.name
    distribution = _E(root, T["distribution"])
    for recipient in instrument.distribution:
        entry = _E(distribution, T["recipient"])
        if recipient.purpose is not None:
            entry.set("purpose", recipient.purpose)
        entry.text = recipient.name
    assert instrument.archive is not None
    assert instrument.contact is not None
    archive = _E(root, T["archive"], copies=str(instrument.archive.copies))
    for unit in instrument.archive.units:
        _E(archive, T["unit"]).text = unit
    contact = _E(root, T["contact"])
    _E(contact, T["phone"]).text = instrument.contact.phone
    _E(contact, T["email"]).text = instrument.contact.email
    return etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)


def _floor_number(parent: etree._Element, number: DocumentNumber) -> None:
    element = _E(parent, T["state-number"])
    _E(element, T["sequence"]).text = number.number
    _E(element, T["kind-abbreviation"]).text = number.kind_abbreviation
    _E(element, T["issuer-abbreviation"]).text = number.issuer_abbreviation


def _floor_date(element: etree._Element, date: PartialDate) -> None:
    if date.day is not None:
        element.set("day", str(date.day))
    if date.month is not None:
        element.set("month", str(date.month))
    if date.year is not None:
        element.set("year", str(date.year))


def _floor_citation(parent: etree._Element, citation: Citation) -> None:
    element = _E(parent, T["citation"])
    assert citation.kind is not None
    assert citation.number is not None
    assert citation.date is not None
    _E(element, T["kind"]).text = citation.kind.code
    _floor_number(element, citation.number)
    _floor_date(_E(element, T["date"]), citation.date)
    _E(element, T["issuer"]).text = citation.issuer


def _floor_task(parent: etree._Element, task: Task) -> None:
    element = _E(parent, T["task"])
    if task.label is not None:
        element.set("label", task.label)
    if task.recurrence is not None:
        element.set("recurrence", task.recurrence.value)
    _E(element, T["text"]).text = task.text
    for assignment in task.assignments:
        _E(element, T["assignment"], role=assignment.role.value).text = assignment.actor
    deadline = task.deadline
    if isinstance(deadline, DateDeadline):
        _floor_date(_E(element, T["date-deadline"], bound=deadline.bound.value), deadline.date)
    elif isinstance(deadline, PeriodDeadline):
        period = _E(element, T["period-deadline"])
        _E(period, T["quarter"]).text = str(deadline.index)
        _E(period, T["year"]).text = str(deadline.year)
    elif deadline is not None:
        _E(element, T["relative-deadline"]).text = deadline.text
    for citation in task.citations:
        _floor_citation(element, citation)
    for subtask in task.subtasks:
        _floor_task(element, subtask)


_LOCAL: dict[str, str] = {}


def floor_read(data: bytes) -> Any:
    """``etree.fromstring`` and a walk into dicts (attributes and children by local name)."""
    return _walk(etree.fromstring(data))


def _walk(element: etree._Element) -> Any:
    if not len(element):
        return {**element.attrib, "text": element.text} if element.attrib else element.text
    found: dict[str, Any] = dict(element.attrib)
    for child in element:
        tag = child.tag
        name = _LOCAL.get(tag)  # type: ignore[call-overload]
        if name is None:
            name = _LOCAL[tag] = tag.rpartition("}")[2]  # type: ignore[union-attr,index]
        items = found.get(name)
        if items is None:
            found[name] = [_walk(child)]
        else:
            items.append(_walk(child))
    return found


# The peers: the vocabulary in xsdata and pydantic-xml -----------------------------------------

Regime_ = enum.Enum("Regime_", {m.name: m.value for m in Regime}, type=str)  # type: ignore[misc]
Urgency_ = enum.Enum("Urgency_", {m.name: m.value for m in Urgency}, type=str)  # type: ignore[misc]
Role_ = enum.Enum("Role_", {m.name: m.value for m in Role}, type=str)  # type: ignore[misc]
Bound_ = enum.Enum("Bound_", {m.name: m.value for m in DeadlineBound}, type=str)  # type: ignore[misc]
Frequency_ = enum.Enum("Frequency_", {m.name: m.value for m in Frequency}, type=str)  # type: ignore[misc]
Mark_ = enum.Enum("Mark_", {m.name: m.value for m in SigningMark}, type=str)  # type: ignore[misc]


def _el(name: str | None = None, **extra: Any) -> Any:
    metadata_ = {"type": "Element", "namespace": NS, **extra}
    if name is not None:
        metadata_["name"] = name
    return metadata_


def _at(name: str | None = None) -> dict[str, Any]:
    return {"type": "Attribute"} | ({"name": name} if name else {})


@dataclass
class XDate:
    day: int | None = field(default=None, metadata=_at())
    month: int | None = field(default=None, metadata=_at())
    year: int | None = field(default=None, metadata=_at())


@dataclass
class XOrganization:
    name: str | None = field(default=None, metadata=_el())
    abbreviation: str | None = field(default=None, metadata=_el())
    parent: XOrganization | None = field(default=None, metadata=_el())
    organ_id: str | None = field(default=None, metadata=_at("organ-id"))


@dataclass
class XNumber:
    sequence: str | None = field(default=None, metadata=_el())
    year: int | None = field(default=None, metadata=_el())
    kind_abbreviation: str | None = field(default=None, metadata=_el("kind-abbreviation"))
    issuer_abbreviation: str | None = field(default=None, metadata=_el("issuer-abbreviation"))
    extra_part: list[str] = field(default_factory=list, metadata=_el("extra-part"))


@dataclass
class XCitation:
    kind: str | None = field(default=None, metadata=_el())
    state_number: XNumber | None = field(default=None, metadata=_el("state-number"))
    legal_number: XNumber | None = field(default=None, metadata=_el("legal-number"))
    party_number: XNumber | None = field(default=None, metadata=_el("party-number"))
    title: str | None = field(default=None, metadata=_el())
    date: XDate | None = field(default=None, metadata=_el())
    issuer: str | None = field(default=None, metadata=_el())
    term: str | None = field(default=None, metadata=_el())
    subject: str | None = field(default=None, metadata=_el())


@dataclass
class XAssignment:
    value: str = field(default="", metadata={"type": "Text"})
    role: Role_ | None = field(default=None, metadata=_at())  # type: ignore[valid-type]


@dataclass
class XDateDeadline:
    bound: Bound_ | None = field(default=None, metadata=_at())  # type: ignore[valid-type]
    day: int | None = field(default=None, metadata=_at())
    month: int | None = field(default=None, metadata=_at())
    year: int | None = field(default=None, metadata=_at())


@dataclass
class XPeriodDeadline:
    month: int | None = field(default=None, metadata=_el())
    quarter: int | None = field(default=None, metadata=_el())
    half: int | None = field(default=None, metadata=_el())
    year: int | None = field(default=None, metadata=_el())


@dataclass
class XTask:
    text: str | None = field(default=None, metadata=_el())
    assignment: list[XAssignment] = field(default_factory=list, metadata=_el())
    date_deadline: XDateDeadline | None = field(default=None, metadata=_el("date-deadline"))
    period_deadline: XPeriodDeadline | None = field(default=None, metadata=_el("period-deadline"))
    relative_deadline: str | None = field(default=None, metadata=_el("relative-deadline"))
    citation: list[XCitation] = field(default_factory=list, metadata=_el())
    attachment_note: list[str] = field(default_factory=list, metadata=_el("attachment-note"))
    task: list[XTask] = field(default_factory=list, metadata=_el())
    label: str | None = field(default=None, metadata=_at())
    recurrence: Frequency_ | None = field(default=None, metadata=_at())  # type: ignore[valid-type]


@dataclass
class XParagraph:
    text: str | None = field(default=None, metadata=_el())
    citation: list[XCitation] = field(default_factory=list, metadata=_el())


@dataclass
class XParagraphs:
    paragraph: list[XParagraph] = field(default_factory=list, metadata=_el())


@dataclass
class XTasks:
    task: list[XTask] = field(default_factory=list, metadata=_el())


@dataclass
class XBody:
    preamble: XParagraphs | None = field(default=None, metadata=_el())
    background: XParagraphs | None = field(default=None, metadata=_el())
    tasks: XTasks | None = field(default=None, metadata=_el())
    closing: XTasks | None = field(default=None, metadata=_el())


@dataclass
class XAddressees:
    addressee: list[XOrganization] = field(default_factory=list, metadata=_el())


@dataclass
class XAuthority:
    value: str = field(default="", metadata={"type": "Text"})
    mark: Mark_ | None = field(default=None, metadata=_at())  # type: ignore[valid-type]


@dataclass
class XSignature:
    authority: list[XAuthority] = field(default_factory=list, metadata=_el())
    title: str | None = field(default=None, metadata=_el())
    name: str | None = field(default=None, metadata=_el())


@dataclass
class XSignatures:
    signature: list[XSignature] = field(default_factory=list, metadata=_el())


@dataclass
class XRecipient:
    value: str = field(default="", metadata={"type": "Text"})
    purpose: str | None = field(default=None, metadata=_at())


@dataclass
class XDistribution:
    recipient: list[XRecipient] = field(default_factory=list, metadata=_el())


@dataclass
class XArchive:
    unit: list[str] = field(default_factory=list, metadata=_el())
    copies: int | None = field(default=None, metadata=_at())


@dataclass
class XContact:
    address: str | None = field(default=None, metadata=_el())
    phone: str | None = field(default=None, metadata=_el())
    fax: str | None = field(default=None, metadata=_el())
    email: str | None = field(default=None, metadata=_el())
    website: str | None = field(default=None, metadata=_el())


@dataclass
class XInstrument:
    class Meta:
        name = "instrument"
        namespace = NS

    kind: str | None = field(default=None, metadata=_el())
    issuer: XOrganization | None = field(default=None, metadata=_el())
    state_number: XNumber | None = field(default=None, metadata=_el("state-number"))
    legal_number: XNumber | None = field(default=None, metadata=_el("legal-number"))
    party_number: XNumber | None = field(default=None, metadata=_el("party-number"))
    place: str | None = field(default=None, metadata=_el())
    date: XDate | None = field(default=None, metadata=_el())
    subject: str | None = field(default=None, metadata=_el())
    addressees: XAddressees | None = field(default=None, metadata=_el())
    body: XBody | None = field(default=None, metadata=_el())
    signatures: XSignatures | None = field(default=None, metadata=_el())
    distribution: XDistribution | None = field(default=None, metadata=_el())
    archive: XArchive | None = field(default=None, metadata=_el())
    contact: XContact | None = field(default=None, metadata=_el())
    regime: Regime_ | None = field(default=None, metadata=_at())  # type: ignore[valid-type]
    urgency: Urgency_ | None = field(default=None, metadata=_at())  # type: ignore[valid-type]


_NSMAP = {"": NS}


class _P(BaseXmlModel, nsmap=_NSMAP, skip_empty=True):
    pass


class PDate(_P, tag="date"):
    day: int | None = attr(default=None)
    month: int | None = attr(default=None)
    year: int | None = attr(default=None)


class POrganization(_P):
    organ_id: str | None = attr(name="organ-id", default=None)
    name: str = element()
    abbreviation: str | None = element(default=None)
    parent: POrganization | None = element(tag="parent", default=None)


class PNumber(_P):
    sequence: str | None = element(default=None)
    year: int | None = element(default=None)
    kind_abbreviation: str | None = element(tag="kind-abbreviation", default=None)
    issuer_abbreviation: str = element(tag="issuer-abbreviation")
    extra_part: list[str] = element(tag="extra-part", default_factory=list)


class PCitation(_P, tag="citation"):
    kind: str | None = element(default=None)
    state_number: PNumber | None = element(tag="state-number", default=None)
    legal_number: PNumber | None = element(tag="legal-number", default=None)
    party_number: PNumber | None = element(tag="party-number", default=None)
    title: str | None = element(default=None)
    date: PDate | None = element(tag="date", default=None)
    issuer: str | None = element(default=None)
    term: str | None = element(default=None)
    subject: str | None = element(default=None)


class PAssignment(_P, tag="assignment"):
    role: Role_ = attr()  # type: ignore[valid-type]
    actor: str


class PDateDeadline(_P, tag="date-deadline"):
    bound: Bound_ = attr()  # type: ignore[valid-type]
    day: int = attr()
    month: int = attr()
    year: int | None = attr(default=None)


class PPeriodDeadline(_P, tag="period-deadline"):
    month: int | None = element(default=None)
    quarter: int | None = element(default=None)
    half: int | None = element(default=None)
    year: int | None = element(default=None)


class PTask(_P, tag="task"):
    label: str | None = attr(default=None)
    recurrence: Frequency_ | None = attr(default=None)  # type: ignore[valid-type]
    text: str = element()
    assignment: list[PAssignment] = element(default_factory=list)
    date_deadline: PDateDeadline | None = element(default=None)
    period_deadline: PPeriodDeadline | None = element(default=None)
    relative_deadline: str | None = element(tag="relative-deadline", default=None)
    citation: list[PCitation] = element(default_factory=list)
    attachment_note: list[str] = element(tag="attachment-note", default_factory=list)
    task: list[PTask] = element(default_factory=list)


class PParagraph(_P, tag="paragraph"):
    text: str = element()
    citation: list[PCitation] = element(default_factory=list)


class PParagraphs(_P):
    paragraph: list[PParagraph] = element(default_factory=list)


class PTasks(_P):
    task: list[PTask] = element(default_factory=list)


class PBody(_P, tag="body"):
    preamble: PParagraphs | None = element(tag="preamble", default=None)
    background: PParagraphs | None = element(tag="background", default=None)
    tasks: PTasks | None = element(tag="tasks", default=None)
    closing: PTasks | None = element(tag="closing", default=None)


class PAddressees(_P, tag="addressees"):
    addressee: list[POrganization] = element(tag="addressee", default_factory=list)


class PAuthority(_P, tag="authority"):
    mark: Mark_ = attr()  # type: ignore[valid-type]
    applies_to: str


class PSignature(_P, tag="signature"):
    authority: list[PAuthority] = element(default_factory=list)
    title: str | None = element(default=None)
    name: str | None = element(default=None)


class PSignatures(_P, tag="signatures"):
    signature: list[PSignature] = element(default_factory=list)


class PRecipient(_P, tag="recipient"):
    purpose: str | None = attr(default=None)
    name: str


class PDistribution(_P, tag="distribution"):
    recipient: list[PRecipient] = element(default_factory=list)


class PArchive(_P, tag="archive"):
    copies: int | None = attr(default=None)
    unit: list[str] = element(tag="unit", default_factory=list)


class PContact(_P, tag="contact"):
    address: str | None = element(default=None)
    phone: str | None = element(default=None)
    fax: str | None = element(default=None)
    email: str | None = element(default=None)
    website: str | None = element(default=None)


class PInstrument(_P, tag="instrument"):
    regime: Regime_ = attr()  # type: ignore[valid-type]
    urgency: Urgency_ | None = attr(default=None)  # type: ignore[valid-type]
    kind: str | None = element(default=None)
    issuer: POrganization | None = element(tag="issuer", default=None)
    state_number: PNumber | None = element(tag="state-number", default=None)
    legal_number: PNumber | None = element(tag="legal-number", default=None)
    party_number: PNumber | None = element(tag="party-number", default=None)
    place: str | None = element(default=None)
    date: PDate | None = element(tag="date", default=None)
    subject: str | None = element(default=None)
    addressees: PAddressees | None = element(default=None)
    body: PBody = element()
    signatures: PSignatures | None = element(default=None)
    distribution: PDistribution | None = element(default=None)
    archive: PArchive | None = element(default=None)
    contact: PContact | None = element(default=None)


def pydantic_xml_write(model: PInstrument) -> bytes:
    written = model.to_xml(
        skip_empty=True,
        exclude_none=True,
        pretty_print=True,
        encoding="UTF-8",
        xml_declaration=True,
    )
    assert isinstance(written, bytes)
    return written


def xsdata_write(serializer: XmlSerializer, instrument: XInstrument) -> bytes:
    return serializer.render(instrument, ns_map={None: NS}).encode()


# The run ------------------------------------------------------------------------------------


def _canonical(data: bytes) -> str:
    tree = etree.fromstring(data, etree.XMLParser(remove_blank_text=True)).getroottree()
    return str(etree.canonicalize(tree))


def measure(instrument: Instrument) -> dict[str, tuple[float, float]]:
    """(write, read) median seconds per call for each library.

    Batches of every library and direction take turns, so that the load of a shared machine
    falls on all of them alike and the ratios stay steady even when the times do not.
    """
    document = vxml.dumps(instrument)
    xsdata_parser = XmlParser()
    xsdata_serializer = XmlSerializer(
        config=SerializerConfig(pretty_print=True), writer=LxmlEventWriter
    )
    xsdata_object = xsdata_parser.from_bytes(document, XInstrument)
    pydantic_object = PInstrument.from_xml(document)
    for produced in (  # every library writes the same document
        floor_write(instrument),
        xsdata_write(xsdata_serializer, xsdata_object),
        pydantic_xml_write(pydantic_object),
    ):
        assert _canonical(produced) == _canonical(document), "a peer writes another document"
    cases: dict[tuple[str, str], Callable[[], Any]] = {
        ("lxml (floor)", "write"): lambda: floor_write(instrument),
        ("lxml (floor)", "read"): lambda: floor_read(document),
        ("xsdata", "write"): lambda: xsdata_write(xsdata_serializer, xsdata_object),
        ("xsdata", "read"): lambda: xsdata_parser.from_bytes(document, XInstrument),
        ("pydantic-xml", "write"): lambda: pydantic_xml_write(pydantic_object),
        ("pydantic-xml", "read"): lambda: PInstrument.from_xml(document),
        ("vnadmin.xml", "write"): lambda: vxml.dumps(instrument),
        ("vnadmin.xml", "read"): lambda: vxml.loads(document),
    }
    median = timing.medians(cases)
    libraries = dict.fromkeys(library for library, _ in cases)
    return {library: (median[library, "write"], median[library, "read"]) for library in libraries}


def table(name: str, size: int, times: dict[str, tuple[float, float]]) -> str:
    floor, pydantic, xsdata = times["lxml (floor)"], times["pydantic-xml"], times["xsdata"]
    lines = [
        f"### {name} ({size:,} bytes of XML)",
        "",
        "| library | write | ×floor | ×pydantic-xml | ×xsdata"
        " | read | ×floor | ×pydantic-xml | ×xsdata |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for library, (write, read) in times.items():
        lines.append(
            f"| {library} | {timing.show(write)} | {write / floor[0]:.2f} | {write / pydantic[0]:.2f}"
            f" | {write / xsdata[0]:.2f} | {timing.show(read)} | {read / floor[1]:.2f}"
            f" | {read / pydantic[1]:.2f} | {read / xsdata[1]:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("lxml", "xsdata", "pydantic-xml", "pydantic")
    )
    print(f"Python {platform.python_version()} on {platform.machine()}; {versions}")
    print(f"libxml2 {'.'.join(map(str, etree.LIBXML_VERSION))}")
    for name, instrument in (
        ("Directive, 10 tasks", directive(10)),
        ("Large directive, 1,000 tasks", directive(1000)),
        ("Large directive, 1,000 tasks, no value repeated", varied(1000)),
    ):
        size = len(vxml.dumps(instrument))
        print()
        print(table(name, size, measure(instrument)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
