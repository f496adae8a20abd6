"""What the edXML writer, reader and status codec share: names, limits, dates, tree access.

Elements are matched by namespace URI and local name, never by prefix: the QCVN namespace,
the older ``e-doc.vn`` one and no namespace at all are read alike, and the spellings of
older producers (``OrganInCharge``, ``Business...``) are folded into the QCVN names.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from lxml import etree

from vnadmin._codec import expect
from vnadmin._problems import Collector
from vnadmin._problems import bad as bad  # the readers of edxml/ raise their problems with it
from vnadmin._safexml import Source, line, parse, problem
from vnadmin.edxml.model import Organ, ResponseFor, StaffInfo, Unread
from vnadmin.errors import (
    EdxmlDecodeError,
    InvalidValueError,
    XMLDecodeError,
    XMLEncodeError,
    XMLProblem,
    quoted,
)
from vnadmin.limits import PackageLimits
from vnadmin.model.parties import ORGAN_ID

__all__ = [
    "GO_NAMESPACE",
    "NAMESPACE",
    "OLD_NAMESPACE",
    "EdxmlDecodeError",
    "PackageLimits",
]

NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
"""QCVN 102:2016/BTTTT: the namespace vnadmin writes."""
OLD_NAMESPACE = "http://www.e-doc.vn/Schema/"
"""The namespace of older producers, read like :data:`NAMESPACE`."""
GO_NAMESPACE = "http://www.go.vn/eDoc"
"""A provincial format (root ``EdXMLEnvelope``) that is not QCVN 102: recognised, refused."""

_READ_NAMESPACES = frozenset({NAMESPACE, OLD_NAMESPACE, None})
_ALIASES = {
    "OrganInCharge": "OrganizationInCharge",
    "Business": "Bussiness",
    "BusinessDocType": "BussinessDocType",
    "BusinessDocReason": "BussinessDocReason",
    "BusinessDocumentInfo": "BussinessDocumentInfo",
}
ORGAN_FIELDS = (
    ("OrganId", "organ_id"),
    ("OrganizationInCharge", "in_charge"),
    ("OrganName", "name"),
    ("OrganAdd", "address"),
    ("Email", "email"),
    ("Telephone", "telephone"),
    ("Fax", "fax"),
    ("Website", "website"),
)
"""``From``/``To`` children in QCVN order, with the :class:`Organ` field each fills."""
STAFF_FIELDS = (
    ("Department", "department"),
    ("Staff", "staff"),
    ("Mobile", "mobile"),
    ("Email", "email"),
)

DEFAULT_LIMITS = PackageLimits()


# --------------------------------------------------------------------------- dates


def format_date(date: datetime.date) -> str:
    """``yyyy/MM/dd``, the form QCVN 102 writers use."""
    return f"{date.year:04d}/{date.month:02d}/{date.day:02d}"


def format_timestamp(moment: datetime.datetime) -> str:
    """``yyyy/MM/dd HH:mm:ss``."""
    return f"{format_date(moment)} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d}"


_DATE_FORMATS = ("%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d")
_TIME_FORMATS = (*(f"{day} %H:%M:%S" for day in _DATE_FORMATS), "%Y-%m-%dT%H:%M:%S")


_DATE_CHARACTERS = re.compile(r"[\d/\-:Tt\s]+")
"""All a date or timestamp of :data:`_TIME_FORMATS` can hold: other text fails them all,
without the cost of trying each."""


def _strptime(text: str, formats: Iterable[str]) -> datetime.datetime | None:
    if not _DATE_CHARACTERS.fullmatch(text):
        return None
    for form in formats:
        try:
            return datetime.datetime.strptime(text, form)
        except ValueError:
            continue
    return None


def parse_wire_date(text: str) -> datetime.date | None:
    """``yyyy/MM/dd``, the older ``dd/MM/yyyy`` or ISO ``yyyy-MM-dd``; a timestamp's date
    part too; else None."""
    found = _strptime(text, _DATE_FORMATS) or _strptime(text, _TIME_FORMATS)
    return None if found is None else found.date()


def parse_timestamp(text: str) -> datetime.datetime | None:
    """``yyyy/MM/dd HH:mm:ss`` or its ``dd/MM/yyyy`` and ISO forms (a bare date is midnight)."""
    return _strptime(text, _TIME_FORMATS) or _strptime(text, _DATE_FORMATS)


# --------------------------------------------------------------------------- writing


def q(local: str) -> str:
    return f"{{{NAMESPACE}}}{local}"


def sub(
    parent: etree._Element, local: str, text: str | None = None, *, path: str = ""
) -> etree._Element:
    """A child in the QCVN namespace, with ``text`` (``path`` names the field on failure)."""
    element = etree.SubElement(parent, q(local))
    if text is not None:
        try:
            element.text = text
        except ValueError:
            raise XMLEncodeError(
                path or local, f"{text[:40]!r} holds a character XML 1.0 cannot carry"
            ) from None
    return element


def write_organ(parent: etree._Element, tag: str, organ: Organ, path: str) -> None:
    """``From`` or ``To`` with all eight children, empty when unknown."""
    element = sub(parent, tag)
    for local, name in ORGAN_FIELDS:
        sub(element, local, getattr(organ, name), path=f"{path}.{name}")


def write_staff(parent: etree._Element, staff: StaffInfo, path: str) -> None:
    element = sub(parent, "StaffInfo")
    for local, name in STAFF_FIELDS:
        sub(element, local, getattr(staff, name), path=f"{path}.{name}")


def write_response_for(parent: etree._Element, response: ResponseFor, path: str) -> None:
    element = sub(parent, "ResponseFor")
    sub(element, "OrganId", response.organ_id)
    sub(element, "Code", response.code, path=f"{path}.code")
    date = response.promulgation_date
    sub(element, "PromulgationDate", None if date is None else format_date(date))
    sub(element, "DocumentId", response.document_id, path=f"{path}.document_id")


def root_element() -> tuple[etree._Element, etree._Element, etree._Element]:
    """``edXML`` (default namespace) and its ``edXML:edXMLEnvelope`` and ``edXMLHeader``."""
    root = etree.Element(q("edXML"), nsmap={None: NAMESPACE})  # type: ignore[dict-item]
    envelope = etree.SubElement(root, q("edXMLEnvelope"), nsmap={"edXML": NAMESPACE})
    return root, envelope, sub(envelope, "edXMLHeader")


_PLACEHOLDER = "vnadmin: the carried signature"


def serialize(root: etree._Element, *, verbatim: bytes | None = None) -> bytes:
    """UTF-8 bytes, indented; ``verbatim`` (canonical XML of a header child) is spliced in
    byte for byte at the end of ``edXMLHeader``: inserted as a tree it would take the
    host's namespace prefix and indentation, and a signature must not change."""
    if verbatim is not None:
        root[0][0].append(etree.Comment(_PLACEHOLDER))
    etree.indent(root)
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    if verbatim is None:
        return data
    return data.replace(f"<!--{_PLACEHOLDER}-->".encode(), verbatim, 1)


# --------------------------------------------------------------------------- reading


def local_name(element: etree._Element) -> str | None:
    """The QCVN local name of an element of a namespace read as edXML, else None."""
    if not isinstance(element.tag, str):
        return None
    qname = etree.QName(element)
    if qname.namespace not in _READ_NAMESPACES:
        return None
    return _ALIASES.get(qname.localname, qname.localname)


T = TypeVar("T")


class Kids(dict[str, list[etree._Element]]):
    """The edXML children of one element by QCVN local name, in document order within each
    name; :meth:`take` remembers which names were read, so the rest can be reported."""

    def __init__(self, element: etree._Element) -> None:
        super().__init__()
        self.element = element
        self.used: set[str] = set()

    def take(self, name: str) -> list[etree._Element]:
        self.used.add(name)
        return self.get(name, [])


_NULLS = frozenset({"null", "none", "nil", "undefined"})
"""What producers print for a value they do not have (Java's ``null``)."""


def sent_values(unread: Iterable[Unread]) -> dict[str, str]:
    """The values a reader could not interpret, as sent, by their path below
    ``MessageHeader`` (``Code/CodeNumber``): a writer writes them back where the package
    leaves the field empty."""
    found = {}
    for item in unread:
        _, marker, below = item.path.partition("/edXMLHeader/MessageHeader/")
        if marker and item.text:
            found[below] = item.text
    return found


class Reader(Collector):
    """Reads an edXML tree, collecting problems so that one error lists them all.

    A value that does not read (a date that is no date, a ``Priority`` of 9) is not a
    problem: it is kept as :class:`~vnadmin.edxml.Unread` in :attr:`unread`, and reading goes
    on without it.  Problems are what make a package unreadable: its structure.
    """

    def __init__(self, limits: PackageLimits) -> None:
        super().__init__()
        self.limits = limits
        self.unread: list[Unread] = []
        self._unread_paths: set[str] = set()
        self._seen: list[Kids] = []

    def fail_if_problems(self) -> None:
        if self.count:
            raise EdxmlDecodeError(self.problems, self.more)

    def note(self, element: etree._Element, message: str) -> None:
        """Keep ``element``'s text as sent, with why it was not read."""
        value = None if len(element) else (element.text or "").strip()
        path = self.paths(element)
        self.unread.append(Unread(path=path, line=line(element), text=value, message=message))
        self._unread_paths.add(path)

    def unread_at(self, element: etree._Element, relative: str) -> bool:
        """Whether the value at ``relative`` below ``element`` was noted as unread."""
        return f"{self.paths(element)}/{relative}" in self._unread_paths

    def children(self, element: etree._Element) -> Kids:
        """The edXML children by QCVN local name, in document order within each name."""
        found = Kids(element)
        for child in element:
            name = local_name(child)
            if name is not None:
                found.setdefault(name, []).append(child)
        self._seen.append(found)
        return found

    def note_unvisited(self) -> None:
        """Note each edXML element no reader took: vnadmin has no place for it."""
        for kids in self._seen:
            for name, elements in kids.items():
                if name not in kids.used:
                    for element in elements:
                        self.note(element, f"vnadmin does not read {name}: it is not kept")

    def single(self, kids: Kids, name: str) -> etree._Element | None:
        """The one child named ``name`` (None if absent); a repeated one is a problem."""
        found = kids.take(name)
        if len(found) > 1:
            bad(found[1], f"{name} is given {len(found)} times; edXML allows one")
        return found[0] if found else None

    def required(self, element: etree._Element, kids: Kids, name: str) -> etree._Element:
        found = self.single(kids, name)
        if found is None:
            bad(element, f"missing {name}")
        return found

    def text(self, element: etree._Element | None) -> str | None:
        """The element's text, stripped; None when absent or blank (or when the element
        holds elements instead, which is noted)."""
        if element is None:
            return None
        if len(element):
            self.note(element, f"{local_name(element)} holds elements where text is expected")
            return None
        value = (element.text or "").strip()
        if len(value) > self.limits.max_text:
            bad(
                element,
                f"the text is longer than {self.limits.max_text} characters (PackageLimits.max_text)",
            )
        return value or None

    def line_text(self, element: etree._Element | None) -> str | None:
        """A one-line field's text; line breaks in it are read as spaces, and noted."""
        value = self.text(element)
        if value is None or ("\n" not in value and "\r" not in value):
            return value
        assert element is not None
        self.note(element, "a one-line field holds line breaks: they were read as spaces")
        return " ".join(value.split())

    def child_text(self, kids: Kids, name: str) -> str | None:
        return self.line_text(self.single(kids, name))

    def integer(self, element: etree._Element | None, low: int, high: int, what: str) -> int | None:
        """A whole number in ``low..high``; anything else is noted and read as None."""
        value = self.text(element)
        if value is None:
            return None
        assert element is not None
        if value.isascii() and value.lstrip("-").isdigit() and len(value) < 20:
            number = int(value)
            if low <= number <= high:
                return number
        self.note(element, f"{quoted(value)} is not {what}")
        return None

    def date(self, element: etree._Element | None) -> datetime.date | None:
        value = self.text(element)
        if value is None:
            return None
        assert element is not None
        found = parse_wire_date(value)
        if found is None:
            self.note(
                element, f"{quoted(value)} is not a date (yyyy/MM/dd, dd/MM/yyyy or yyyy-MM-dd)"
            )
        return found

    def timestamp(self, element: etree._Element | None) -> datetime.datetime | None:
        value = self.text(element)
        if value is None:
            return None
        assert element is not None
        found = parse_timestamp(value)
        if found is None:
            self.note(element, f"{quoted(value)} is not a timestamp (yyyy/MM/dd HH:mm:ss)")
        return found

    def organ_id(self, element: etree._Element | None) -> str | None:
        """An OrganId; ``null`` and values of another shape are noted and read as None."""
        value = self.line_text(element)
        if value is None:
            return None
        assert element is not None
        if value.lower() in _NULLS:
            self.note(element, f"OrganId {quoted(value)} stands for no value")
            return None
        if not ORGAN_ID.fullmatch(value):
            self.note(element, f"{quoted(value)} is not an edXML OrganId (000.00.00.H41)")
            return None
        return value

    def build(self, element: etree._Element, make: Callable[[], T]) -> T:
        """``make()``; a model value it refuses becomes a problem located at ``element``."""
        try:
            return make()
        except InvalidValueError as error:
            bad(element, error.message)

    def organ(self, element: etree._Element) -> Organ:
        kids = self.children(element)
        values = {
            name: self.child_text(kids, local) for local, name in ORGAN_FIELDS if name != "organ_id"
        }
        organ_id = self.organ_id(self.single(kids, "OrganId"))
        return self.build(element, lambda: Organ(organ_id=organ_id, **values))

    def staff(self, element: etree._Element) -> StaffInfo:
        kids = self.children(element)
        values = {name: self.child_text(kids, local) for local, name in STAFF_FIELDS}
        return self.build(element, lambda: StaffInfo(**values))

    def response_for(self, element: etree._Element) -> ResponseFor | None:
        """The document answered; None (noted) when the element names none, as an empty
        ``<ResponseFor/>`` some producers write."""
        kids = self.children(element)
        organ_id = self.organ_id(self.single(kids, "OrganId"))
        code = self.child_text(kids, "Code")
        date = self.date(self.single(kids, "PromulgationDate"))
        document_id = self.child_text(kids, "DocumentId")
        if organ_id is None and code is None and date is None and document_id is None:
            self.note(element, "an empty ResponseFor names no document")
            return None
        return self.build(
            element,
            lambda: ResponseFor(
                organ_id=organ_id, code=code, promulgation_date=date, document_id=document_id
            ),
        )


def open_package(source: Source, limits: PackageLimits) -> etree._Element:
    """Parse safely and check the root: an edXML root in a namespace read as edXML.

    The provincial ``go.vn/eDoc`` format is refused with a message that says what it is.
    """
    expect("limits", limits, PackageLimits)
    try:
        root = parse(source, limits.xml)
    except XMLDecodeError as error:
        raise EdxmlDecodeError([_restated(found) for found in error.problems], error.more) from None
    qname = etree.QName(root)
    if qname.namespace == GO_NAMESPACE or qname.localname == "EdXMLEnvelope":
        raise EdxmlDecodeError(
            [
                problem(
                    root,
                    f"a provincial eDoc package ({GO_NAMESPACE}, root EdXMLEnvelope) is not "
                    "QCVN 102:2016 edXML; vnadmin does not read that format",
                )
            ]
        )
    if qname.namespace not in _READ_NAMESPACES or qname.localname.lower() != "edxml":
        raise EdxmlDecodeError(
            [
                problem(
                    root,
                    f"expected an <edXML> package in {NAMESPACE}, found <{qname.localname}> in {qname.namespace}",
                )
            ]
        )
    _check_depth(root, limits.max_depth)
    return root


_TOO_LONG = (
    "a text is longer than the parser allows: an attachment over "
    "PackageLimits.max_attachment, or another text over max_text"
)
_RESTATED = (
    ("(Limits.max_text)", _TOO_LONG),
    ("(Limits.max_bytes)", "(PackageLimits.max_bytes)"),
    ("(Limits.max_depth)", "(PackageLimits.max_depth)"),
)


def _restated(found: XMLProblem) -> XMLProblem:
    """The parser names its own limits; say which package limit to raise instead."""
    for needle, instead in _RESTATED:
        if needle in found.message:
            message = instead if instead is _TOO_LONG else found.message.replace(needle, instead)
            return XMLProblem(found.line, found.path, message)
    return found


def _check_depth(root: etree._Element, max_depth: int) -> None:
    depth = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > max_depth:
            raise EdxmlDecodeError(
                [
                    problem(
                        element,
                        f"elements are nested more than {max_depth} deep (PackageLimits.max_depth)",
                    )
                ]
            )
