"""vnadmin XML's vocabulary, written once: the element names, what each element holds, and
which attribute or child holds each field of the model.

The writer writes these names in the order the content models give; the reader checks an
element against its :class:`Content`; ``schemas/vnadmin.xsd`` says the same for other
software, and the tests hold it to these content models.
"""

from __future__ import annotations

import enum
from typing import Any, TypeVar

import attrs
from lxml import etree

from vnadmin._problems import bad
from vnadmin.errors import quoted
from vnadmin.model import (
    Circulation,
    DeadlineBound,
    Frequency,
    NumberStyle,
    PeriodUnit,
    Regime,
    Role,
    Secrecy,
    SigningMark,
    Urgency,
)

NAMESPACE = "urn:vnadmin:xml:1.0"
"""The vocabulary's namespace; the version changes only with an incompatible change."""

NSMAP = {None: NAMESPACE}


def q(local: str) -> str:
    """The qualified name of ``local`` in :data:`NAMESPACE`."""
    return f"{{{NAMESPACE}}}{local}"


def local(tag: object) -> str:
    """The local name of a qualified one."""
    return str(tag).rpartition("}")[2]


# Element names, qualified.
ABBREVIATION = q("abbreviation")
ADDRESS = q("address")
ADDRESSEE = q("addressee")
ADDRESSEES = q("addressees")
APPENDICES = q("appendices")
APPENDIX = q("appendix")
APPENDIX_LINE = q("appendix-line")
ARCHIVE = q("archive")
ARCHIVE_LINE = q("archive-line")
ASSIGNMENT = q("assignment")
ATTACHMENT_NOTE = q("attachment-note")
AUTHORITY = q("authority")
BACKGROUND = q("background")
BANNER = q("banner")
BODY = q("body")
CIRCULATION_MARK = q("circulation-mark")
CITATION = q("citation")
CLOSING = q("closing")
CONTACT = q("contact")
COPY_LINE = q("copy-line")
DATE = q("date")
DATE_DEADLINE = q("date-deadline")
DATE_LINE = q("date-line")
DISTRIBUTION = q("distribution")
DISTRIBUTION_LINE = q("distribution-line")
DRAFTER = q("drafter")
EMAIL = q("email")
EXTRA_PART = q("extra-part")
FAX = q("fax")
FORMULA_LINE = q("formula-line")
HALF = q("half")
INCOMING_STAMP = q("incoming-stamp")
INSTRUMENT = q("instrument")
INSTRUMENTS = q("instruments")
ISSUER = q("issuer")
ISSUER_ABBREVIATION = q("issuer-abbreviation")
KIND = q("kind")
KIND_ABBREVIATION = q("kind-abbreviation")
LEGAL_NUMBER = q("legal-number")
MONTH = q("month")
MOTTO = q("motto")
NAME = q("name")
NUMBER_LINE = q("number-line")
PARAGRAPH = q("paragraph")
PARENT = q("parent")
PARTY_NUMBER = q("party-number")
PERIOD_DEADLINE = q("period-deadline")
PHONE = q("phone")
PLACE = q("place")
PREAMBLE = q("preamble")
PRINTED = q("printed")
QUARTER = q("quarter")
RECEIVER = q("receiver")
RECIPIENT = q("recipient")
RELATIVE_DEADLINE = q("relative-deadline")
REPORTED = q("reported")
ROUTING = q("routing")
SECRECY_MARK = q("secrecy-mark")
SEQUENCE = q("sequence")
SIGNATURE = q("signature")
SIGNATURE_MARK = q("signature-mark")
SIGNATURES = q("signatures")
SOURCE = q("source")
STAR = q("star")
STATE_NUMBER = q("state-number")
SUBJECT = q("subject")
TASK = q("task")
TASKS = q("tasks")
TERM = q("term")
TEXT = q("text")
TITLE = q("title")
UNIT = q("unit")
URGENCY_MARK = q("urgency-mark")
WEBSITE = q("website")
YEAR = q("year")

NUMBER_TAG = {
    NumberStyle.STATE.value: STATE_NUMBER,
    NumberStyle.LEGAL.value: LEGAL_NUMBER,
    NumberStyle.PARTY.value: PARTY_NUMBER,
}
NUMBER_STYLE = {tag: NumberStyle(style) for style, tag in NUMBER_TAG.items()}
PERIOD_TAG = {
    PeriodUnit.MONTH.value: MONTH,
    PeriodUnit.QUARTER.value: QUARTER,
    PeriodUnit.HALF.value: HALF,
}
PERIOD_UNIT = {tag: PeriodUnit(unit) for unit, tag in PERIOD_TAG.items()}

E = TypeVar("E", bound=enum.Enum)


def codes(enumeration: type[E]) -> dict[str, E]:
    return {member.value: member for member in enumeration}


# Content models ------------------------------------------------------------------------------


@attrs.frozen
class Slot:
    """One place among an element's children: one of ``tags``, required or not, repeated or
    not."""

    tags: tuple[str, ...]
    required: bool
    repeated: bool


def one(*tags: str) -> Slot:
    """Exactly one of ``tags``."""
    return Slot(tags, required=True, repeated=False)


def optional(*tags: str) -> Slot:
    """At most one of ``tags``."""
    return Slot(tags, required=False, repeated=False)


def any_number(*tags: str) -> Slot:
    """Any number of ``tags``, none included."""
    return Slot(tags, required=False, repeated=True)


def at_least_one(*tags: str) -> Slot:
    """One or more of ``tags``."""
    return Slot(tags, required=True, repeated=True)


class Content:
    """The children an element allows, in order: its :class:`Slot` s.

    :meth:`split` returns one entry per slot: the element (or ``None``) for a single slot,
    the list of elements (or ``None``) for a repeated one.  Both it and :meth:`children`
    raise the problem of an element that breaks its content model.
    """

    __slots__ = ("_names", "_repeated", "_required", "_size", "_slot_of", "slots", "what")

    def __init__(self, what: str, *slots: Slot) -> None:
        self.what = what
        self.slots = slots
        self._slot_of: dict[str, int] = {}
        self._names: list[str] = []
        for index, slot in enumerate(slots):
            for tag in slot.tags:
                self._slot_of[tag] = index
            self._names.append(" or ".join(f"<{local(tag)}>" for tag in slot.tags))
        self._required = tuple(index for index, slot in enumerate(slots) if slot.required)
        self._repeated = tuple(slot.repeated for slot in slots)
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
                blank(child.tail, element)
            seen[slot] = True
            last = slot
            found.append((slot, child))
        if element.text is not None:
            blank(element.text, element)
        for slot in self._required:
            if not seen[slot]:
                bad(element, f"missing {self._names[slot]}")
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
                blank(child.tail, element)
            return
        name = f"<{local(child.tag)}>"
        if slot is None:
            where = "" if child.tag.startswith(f"{{{NAMESPACE}}}") else " (foreign element)"
            bad(child, f"unexpected {name}{where} in <{self.what}>")
        if slot < last:
            before = next(e for e in child.itersiblings(preceding=True) if isinstance(e.tag, str))
            bad(child, f"{name} is out of order: it belongs before <{local(before.tag)}>")
        bad(child, f"more than one {name}")


def blank(text: str, element: etree._Element) -> None:
    """Refuse text that is not white space between an element's children."""
    if text.strip(" \t\r\n"):
        bad(element, f"unexpected text {quoted(text.strip(), 40)} in <{local(element.tag)}>")


# The codes of the enumerations, as attribute values.
REGIMES = codes(Regime)
URGENCIES = codes(Urgency)
SECRECIES = codes(Secrecy)
CIRCULATIONS = codes(Circulation)
ROLES = codes(Role)
BOUNDS = codes(DeadlineBound)
FREQUENCIES = codes(Frequency)
MARKS = codes(SigningMark)
# The deepest fixed content below an element: instrument/body/preamble/paragraph/citation/
# legal-number/sequence, task/citation/legal-number/sequence, issuer/name.
INSTRUMENT_REACH = 6
TASK_REACH = 3
ORGANIZATION_REACH = 1

# What each element holds: its attributes, its children in order (Content), and which
# attribute (@name) or child holds each model field, to place a model error.
INSTRUMENT_ATTRIBUTES = frozenset({"regime", "urgency", "secrecy", "circulation"})
INSTRUMENT_CONTENT = Content(
    "instrument",
    optional(KIND),
    optional(ISSUER),
    optional(STATE_NUMBER, LEGAL_NUMBER, PARTY_NUMBER),
    optional(PLACE),
    optional(DATE),
    optional(SUBJECT),
    optional(ADDRESSEES),
    one(BODY),
    optional(SIGNATURES),
    optional(DISTRIBUTION),
    optional(ARCHIVE),
    optional(APPENDICES),
    optional(CONTACT),
    optional(DRAFTER),
    optional(INCOMING_STAMP),
    optional(REPORTED),
    optional(PRINTED),
)
INSTRUMENT_NAMES = {"place": PLACE, "subject": SUBJECT}
ORGANIZATION_ATTRIBUTES = frozenset({"organ-id"})
ORGANIZATION_CONTENT = Content("organization", one(NAME), optional(ABBREVIATION), optional(PARENT))
ORGANIZATION_NAMES = {
    "name": NAME,
    "abbreviation": ABBREVIATION,
    "parent": PARENT,
    "organ_id": "@organ-id",
}
ADDRESSEES_CONTENT = Content("addressees", at_least_one(ADDRESSEE))
NUMBER_CONTENT = {
    STATE_NUMBER: Content(
        "state-number",
        optional(SEQUENCE),
        optional(KIND_ABBREVIATION),
        one(ISSUER_ABBREVIATION),
        any_number(EXTRA_PART),
    ),
    LEGAL_NUMBER: Content(
        "legal-number",
        optional(SEQUENCE),
        one(YEAR),
        optional(KIND_ABBREVIATION),
        one(ISSUER_ABBREVIATION),
        any_number(EXTRA_PART),
    ),
    PARTY_NUMBER: Content(
        "party-number",
        optional(SEQUENCE),
        one(KIND_ABBREVIATION),
        one(ISSUER_ABBREVIATION),
        any_number(EXTRA_PART),
    ),
}
NUMBER_NAMES = {
    "number": SEQUENCE,
    "year": YEAR,
    "kind_abbreviation": KIND_ABBREVIATION,
    "issuer_abbreviation": ISSUER_ABBREVIATION,
    "extra_parts": EXTRA_PART,
}
DATE_ATTRIBUTES = frozenset({"day", "month", "year"})
DATE_NAMES = {"day": "@day", "month": "@month", "year": "@year"}
EMPTY_DATE = Content("date")
EMPTY_DATE_DEADLINE = Content("date-deadline")
BODY_CONTENT = Content(
    "body", optional(PREAMBLE), optional(BACKGROUND), optional(TASKS), optional(CLOSING)
)
PARAGRAPHS_CONTENT = Content("paragraphs", at_least_one(PARAGRAPH))
PARAGRAPH_CONTENT = Content("paragraph", one(TEXT), any_number(CITATION))
PARAGRAPH_NAMES = {"text": TEXT}
TASKS_CONTENT = Content("tasks", at_least_one(TASK))
TASK_CONTENT = Content(
    "task",
    one(TEXT),
    any_number(ASSIGNMENT),
    optional(DATE_DEADLINE, PERIOD_DEADLINE, RELATIVE_DEADLINE),
    any_number(CITATION),
    any_number(ATTACHMENT_NOTE),
    any_number(TASK),
)
TASK_NAMES = {
    "label": "@label",
    "text": TEXT,
    "recurrence": "@recurrence",
    "attachment_notes": ATTACHMENT_NOTE,
}
ROLE_ATTRIBUTES = frozenset({"role"})
DATE_DEADLINE_ATTRIBUTES = frozenset({"bound", "day", "month", "year"})
PERIOD_CONTENT = Content("period-deadline", optional(MONTH, QUARTER, HALF), optional(YEAR))
PERIOD_NAMES = {"index": MONTH, "year": YEAR}
CITATION_CONTENT = Content(
    "citation",
    optional(KIND),
    optional(STATE_NUMBER, LEGAL_NUMBER, PARTY_NUMBER),
    optional(TITLE),
    optional(DATE),
    optional(ISSUER),
    optional(TERM),
    optional(SUBJECT),
)
CITATION_NAMES = {"title": TITLE, "issuer": ISSUER, "term": TERM, "subject": SUBJECT}
SIGNATURES_CONTENT = Content("signatures", at_least_one(SIGNATURE))
SIGNATURE_CONTENT = Content("signature", any_number(AUTHORITY), optional(TITLE), optional(NAME))
SIGNATURE_NAMES = {"title": TITLE, "name": NAME}
MARK_ATTRIBUTES = frozenset({"mark"})
DISTRIBUTION_CONTENT = Content("distribution", at_least_one(RECIPIENT))
PURPOSE_ATTRIBUTES = frozenset({"purpose"})
RECIPIENT_NAMES = {"purpose": "@purpose"}
ARCHIVE_CONTENT = Content("archive", at_least_one(UNIT))
COPIES_ATTRIBUTES = frozenset({"copies"})
ARCHIVE_NAMES = {"units": UNIT, "copies": "@copies"}
DRAFTER_NAMES = {"copies": "@copies"}
APPENDICES_CONTENT = Content("appendices", at_least_one(APPENDIX))
APPENDIX_CONTENT = Content("appendix", optional(TITLE))
LABEL_ATTRIBUTES = frozenset({"label"})
APPENDIX_NAMES = {"label": "@label", "title": TITLE}
CONTACT_CONTENT = Content(
    "contact", optional(ADDRESS), optional(PHONE), optional(FAX), optional(EMAIL), optional(WEBSITE)
)
CONTACT_NAMES = {"address": ADDRESS, "phone": PHONE, "fax": FAX, "email": EMAIL, "website": WEBSITE}
INCOMING_CONTENT = Content("incoming-stamp", one(RECEIVER), optional(DATE), optional(ROUTING))
NUMBER_ATTRIBUTES = frozenset({"number"})
INCOMING_NAMES = {"receiver": RECEIVER, "number": "@number", "routing": ROUTING}
REPORTED_CONTENT = Content("reported", optional(SOURCE), optional(TITLE))
REPORTED_NAMES = {"source": SOURCE, "title": TITLE}
PRINTED_NAMES = {
    "banner": BANNER,
    "motto": MOTTO,
    "star": STAR,
    "number": NUMBER_LINE,
    "date": DATE_LINE,
    "urgency": URGENCY_MARK,
    "secrecy": SECRECY_MARK,
    "circulation": CIRCULATION_MARK,
    "formula": FORMULA_LINE,
    "signature_marks": SIGNATURE_MARK,
    "distribution": DISTRIBUTION_LINE,
    "archive": ARCHIVE_LINE,
    "appendices": APPENDIX_LINE,
    "copy": COPY_LINE,
}
"""The element of each field of :class:`~vnadmin.model.Printed`, in the order of its content:
one element per line, repeated for the fields that hold several."""
PRINTED_REPEATED = frozenset({"signature_marks", "distribution", "appendices", "copy"})
PRINTED_CONTENT = Content(
    "printed",
    *(
        (any_number if field in PRINTED_REPEATED else optional)(tag)
        for field, tag in PRINTED_NAMES.items()
    ),
)

CONTENTS = (
    INSTRUMENT_CONTENT,
    ORGANIZATION_CONTENT,
    ADDRESSEES_CONTENT,
    *NUMBER_CONTENT.values(),
    EMPTY_DATE,
    EMPTY_DATE_DEADLINE,
    BODY_CONTENT,
    PARAGRAPHS_CONTENT,
    PARAGRAPH_CONTENT,
    TASKS_CONTENT,
    TASK_CONTENT,
    PERIOD_CONTENT,
    CITATION_CONTENT,
    SIGNATURES_CONTENT,
    SIGNATURE_CONTENT,
    DISTRIBUTION_CONTENT,
    ARCHIVE_CONTENT,
    APPENDICES_CONTENT,
    APPENDIX_CONTENT,
    CONTACT_CONTENT,
    INCOMING_CONTENT,
    REPORTED_CONTENT,
    PRINTED_CONTENT,
)
"""Every content model, for the test that holds ``schemas/vnadmin.xsd`` to them."""
