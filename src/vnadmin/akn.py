"""Akoma Ntoso 3.0 (OASIS LegalDocML) export, the bridge to the international tools.

:func:`dumps` writes an instrument as an ``akomaNtoso`` document: an ``act`` for legal
normative documents, a ``doc`` for the others, named as its ``FRBRsubtype`` (``chi-thi``,
``cong-van``).  The FRBR identifiers come from :mod:`vnadmin.frbr`, the eIds from the OASIS
naming convention (:mod:`vnadmin._akn_eids`); numbers, dates, citations and signing marks
are printed by :mod:`vnadmin.grammar`.  The legal structure (``Phần``, ``Chương``,
``Mục``, ``Điều``, khoản, điểm) is read from the task labels.  Values are written without the
printed labels of the layout (``Số:``, ``Kính gửi:``, ``Nơi nhận:``): ``class`` and
``name`` attributes say what each one is, and printing the labels is a renderer's job.
``docs/akn.md`` has the mapping, field by field, and the decisions for drafts and for
reported instruments.  The export is one way: AKN has no place for much of the model
(assignments, deadlines), so there is no ``loads``, and :data:`CODEC` declares what the export
leaves out (:func:`losses`) rather than measuring a round trip.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence

import attrs
from lxml import etree

from vnadmin._akn_eids import assign_eids
from vnadmin._codec import XML, Codec, check_sizes, expect, writer
from vnadmin._kinds import check_kinds
from vnadmin._walk import field_values
from vnadmin.errors import XMLEncodeError
from vnadmin.frbr import (
    COUNTRY,
    LANGUAGE,
    FrbrDate,
    FrbrWork,
    citation_work,
    frbr_date,
    instrument_work,
    issue_date,
)
from vnadmin.grammar.citations import format_citation
from vnadmin.grammar.dates import LONG_DATE, SHORT_DATE, date_from_match, format_long_date
from vnadmin.grammar.labels import LABEL
from vnadmin.grammar.marks import HANDLING_MARKS, format_authority
from vnadmin.grammar.numbers import NUMBER, format_number, number_from_match
from vnadmin.limits import Limits
from vnadmin.localities import province
from vnadmin.model import (
    KINDS,
    Citation,
    Instrument,
    KindRegistry,
    Organization,
    Regime,
    SignatureBlock,
    Task,
)
from vnadmin.model.kinds import slug
from vnadmin.normalize import fold

__all__ = ["CODEC", "MEDIA_TYPE", "NAMESPACE", "NOT_EXPORTED", "dumps", "losses", "to_element"]

NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
MEDIA_TYPE = "application/akn+xml"
_NSMAP: dict[str | None, str] = {None: NAMESPACE}
_VNADMIN = "vnadmin"
_ONTOLOGY = "/akn/ontology"


def _q(tag: str) -> str:
    return f"{{{NAMESPACE}}}{tag}"


def _add(
    parent: etree._Element, tag: str, text: str | None = None, **attributes: str
) -> etree._Element:
    element = etree.SubElement(parent, _q(tag), attributes)
    if text is not None:
        element.text = text
    return element


_TLC_KINDS = {
    "TLCOrganization": "organization",
    "TLCPerson": "person",
    "TLCRole": "role",
    "TLCLocation": "location",
}
"""The reference elements used, with the ontology class of their ``href``."""


class _References:
    """The ``TLC*`` entities a document mentions, each once, with an eId unique in it."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], str] = {}
        self._used: set[str] = set()
        self.entries: list[tuple[str, dict[str, str]]] = []

    def refer(
        self, element: str, name: str, *, short: str | None = None, href: str | None = None
    ) -> str:
        """``#eId`` of the entity named ``name``; names with the same slug are one entity,
        described by the first of them (``href`` defaults to the ontology's, by eId)."""
        kind = _TLC_KINDS[element]
        base = slug(name) or kind
        found = self._ids.get((element, base))
        if found is not None:
            return f"#{found}"
        eid, count = base, 1
        while eid in self._used:
            count += 1
            eid = f"{base}-{count}"
        self._used.add(eid)
        self._ids[(element, base)] = eid
        attributes = {
            "eId": eid,
            "href": href or f"{_ONTOLOGY}/{kind}/{COUNTRY}/{eid}",
            "showAs": name,
        }
        if short is not None:
            attributes["shortForm"] = short
        self.entries.append((element, attributes))
        return f"#{eid}"

    def location(self, place: str) -> str:
        """A place, known in the ontology by its province's code when it is a province."""
        found = province(place)
        href = None if found is None else f"{_ONTOLOGY}/location/{COUNTRY}-{found.code}"
        return self.refer("TLCLocation", place, href=href)

    def organization(self, organization: Organization) -> str:
        """An organisation, known in the ontology by its edXML ``organ_id`` if it has one."""
        organ_id = organization.organ_id
        return self.refer(
            "TLCOrganization",
            organization.name,
            short=organization.abbreviation,
            href=None if organ_id is None else f"{_ONTOLOGY}/organization/{COUNTRY}/{organ_id}",
        )


# Running text: refs to cited instruments and complete dates --------------------------------


def _spans(
    text: str, citations: Sequence[Citation], cited_by: Instrument
) -> list[tuple[int, int, str, str]]:
    """``(start, end, tag, value)`` of the refs and dates to mark in ``text``, in order.

    A cited instrument is marked where the number grammar finds its number; a date where
    the date grammar finds a complete one, unless it falls inside a marked number.
    """
    works: list[tuple[Citation, FrbrWork]] = []
    for citation in citations:
        work = citation_work(citation, cited_by)
        if work is not None:
            works.append((citation, work))
    spans: list[tuple[int, int, str, str]] = []
    if works:
        for match in NUMBER.finditer(text):
            try:
                number = number_from_match(match)
            except ValueError:
                continue
            for citation, work in works:
                if citation.number == number:
                    spans.append((match.start(), match.end(), "ref", work.work))
                    break
    for pattern in (SHORT_DATE, LONG_DATE):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < s_end and s_start < end for s_start, s_end, _, _ in spans):
                continue
            try:
                date = date_from_match(match)
            except ValueError:
                continue
            if date.is_complete:
                spans.append((start, end, "date", date.to_date().isoformat()))
    return sorted(spans)


def _inline(
    parent: etree._Element,
    tag: str,
    text: str,
    citations: Sequence[Citation],
    cited_by: Instrument,
) -> None:
    """One block element per line of ``text``, with its refs and dates marked."""
    for line in text.split("\n"):
        block = _add(parent, tag)
        position, last = 0, None
        for start, end, kind, value in _spans(line, citations, cited_by):
            between = line[position:start]
            if last is None:
                block.text = between
            else:
                last.tail = between
            attribute = "href" if kind == "ref" else "date"
            last = _add(block, kind, line[start:end], **{attribute: value})
            position = end
        if last is None:
            block.text = line
        else:
            last.tail = line[position:]


# Identification ------------------------------------------------------------------------


def _frbr_date(parent: etree._Element, date: FrbrDate) -> None:
    _add(parent, "FRBRdate", date=date.date, name=date.name)


def _identification(
    meta: etree._Element, instrument: Instrument, work: FrbrWork, author: str
) -> None:
    identification = _add(meta, "identification", source=f"#{_VNADMIN}")
    issued = frbr_date(issue_date(instrument))
    frbr_work = _add(identification, "FRBRWork")
    _add(frbr_work, "FRBRthis", value=work.work_component)
    _add(frbr_work, "FRBRuri", value=work.work)
    if instrument.number is not None:
        _add(frbr_work, "FRBRalias", name="soKyHieu", value=format_number(instrument.number))
    if instrument.subject is not None:
        _add(frbr_work, "FRBRalias", name="title", value=" ".join(instrument.subject.split()))
    _frbr_date(frbr_work, issued)
    _add(frbr_work, "FRBRauthor", href=author)
    _add(frbr_work, "FRBRcountry", value=work.place)
    _add(frbr_work, "FRBRsubtype", value=work.subtype)
    _add(frbr_work, "FRBRnumber", value=work.number)

    expression = _add(identification, "FRBRExpression")
    _add(expression, "FRBRthis", value=work.expression_component)
    _add(expression, "FRBRuri", value=work.expression)
    _frbr_date(expression, issued)
    _add(expression, "FRBRauthor", href=author)
    if instrument.is_reported:
        _add(expression, "FRBRauthoritative", value="false")
    _add(expression, "FRBRlanguage", language=LANGUAGE)

    manifestation = _add(identification, "FRBRManifestation")
    _add(manifestation, "FRBRthis", value=work.manifestation)
    _add(manifestation, "FRBRuri", value=work.manifestation)
    _frbr_date(manifestation, issued)
    _add(manifestation, "FRBRauthor", href=f"#{_VNADMIN}")
    _add(manifestation, "FRBRformat", value=MEDIA_TYPE)


def _item(
    identification: etree._Element, instrument: Instrument, work: FrbrWork, refs: _References
) -> None:
    """The receiver's copy (FRBR item) with its ``ĐẾN`` stamp: number, date, routing."""
    stamp = instrument.incoming
    if stamp is None:
        return
    item = _add(identification, "FRBRItem")
    _add(item, "FRBRthis", value=work.manifestation)
    _add(item, "FRBRuri", value=work.manifestation)
    _add(item, "FRBRalias", name="soDen", value=str(stamp.number))
    if stamp.routing is not None:
        _add(item, "FRBRalias", name="chuyen", value=stamp.routing)
    received = frbr_date(stamp.date)
    event = "received" if received.name == "issued" else f"received-{received.name}"
    _add(item, "FRBRdate", date=received.date, name=event)
    receiver = refs.refer("TLCOrganization", stamp.receiver)
    _add(item, "FRBRauthor", href=receiver)


def _classification(meta: etree._Element, instrument: Instrument) -> None:
    classification = _add(meta, "classification", source=f"#{_VNADMIN}")
    marks: list[tuple[str, enum.Enum | None]] = [
        ("regime", instrument.regime),
        ("urgency", instrument.urgency),
        ("secrecy", instrument.secrecy),
        ("circulation", instrument.circulation),
    ]
    for dictionary, mark in marks:
        if mark is not None:
            value = str(mark.value)
            # the mark as NĐ 30 prints it; a regime has no printed form
            shown = HANDLING_MARKS.get(mark, value)  # type: ignore[call-overload]
            _add(classification, "keyword", value=value, showAs=shown, dictionary=dictionary)


def _references(meta: etree._Element, instrument: Instrument, refs: _References) -> None:
    references = _add(meta, "references", source=f"#{_VNADMIN}")
    linked: dict[str, Citation] = {}
    for citation in instrument.citations():
        work = citation_work(citation, instrument)
        if work is not None:
            linked.setdefault(work.work, citation)
    for href, citation in linked.items():
        _add(references, "activeRef", href=href, showAs=format_citation(citation))
    for element, attributes in refs.entries:
        _add(references, element, **attributes)


def _notes(meta: etree._Element, instrument: Instrument) -> None:
    """A reported instrument's note: where its text was read, and the report's title."""
    reported = instrument.reported
    if reported is None:
        return
    notes = _add(meta, "notes", source=f"#{_VNADMIN}")
    note = _add(notes, "note", eId="note_reported", **{"class": "reported"})
    if reported.source is None and reported.title is None:
        _add(note, "p")
    if reported.source is not None:
        _add(note, "p", reported.source, **{"class": "source"})
    if reported.title is not None:
        _add(note, "p", reported.title, **{"class": "title"})


# Front matter --------------------------------------------------------------------------


def _chain(organization: Organization) -> list[Organization]:
    found: list[Organization] = []
    current: Organization | None = organization
    while current is not None:
        found.append(current)
        current = current.parent
    return found[::-1]


def _preface(root: etree._Element, instrument: Instrument, refs: _References) -> None:
    preface = etree.Element(_q("preface"))
    if instrument.issuer is not None:
        *parents, issuer = _chain(instrument.issuer)
        for parent in parents:
            line = _add(preface, "p", **{"class": "parentOrganization"})
            _add(line, "organization", parent.name, refersTo=refs.organization(parent))
        line = _add(preface, "p", **{"class": "issuer"})
        _add(line, "docAuthority", issuer.name, refersTo=refs.organization(issuer))
    if instrument.number is not None:
        line = _add(preface, "p", **{"class": "number"})
        _add(line, "docNumber", format_number(instrument.number))
    if instrument.place is not None or instrument.date is not None:
        _dateline(_add(preface, "p", **{"class": "dateline"}), instrument, refs)
    if instrument.kind is not None:
        _add(_add(preface, "p", **{"class": "type"}), "docType", instrument.kind.name)
    if instrument.subject is not None:
        title = _add(_add(preface, "p", **{"class": "subject"}), "docTitle")
        _lines(title, instrument.subject)
    if instrument.addressees:
        container = _add(preface, "container", name="addressees")
        for addressee in instrument.addressees:
            line = _add(container, "p")
            _add(line, "organization", addressee.name, refersTo=refs.organization(addressee))
    if len(preface):
        root.append(preface)


def _dateline(line: etree._Element, instrument: Instrument, refs: _References) -> None:
    """``<location>Sóc Trăng</location>, <docDate date=...>ngày 05 tháng 01 năm 2022</docDate>``;
    a partial date stays text, as ``docDate`` needs a whole one."""
    place, date = instrument.place, instrument.date
    if place is not None:
        location = _add(line, "location", place, refersTo=refs.location(place))
        if date is not None:
            location.tail = ", "
    if date is None:
        return
    printed = format_long_date(date)
    if date.is_complete:
        _add(line, "docDate", printed, date=date.to_date().isoformat())
    elif place is None:
        line.text = printed
    else:
        location.tail = f", {printed}"


def _lines(element: etree._Element, text: str) -> None:
    """Text over several lines, broken by ``eol`` elements."""
    first, *rest = text.split("\n")
    element.text = first
    for line in rest:
        _add(element, "eol").tail = line


def _preamble(root: etree._Element, instrument: Instrument) -> None:
    """Legal bases (``Căn cứ``, ``Thực hiện``) as citations, the issuer's proposal (``Theo
    đề nghị của ...``) and background paragraphs as recitals, the enacting formula
    (``... ban hành Quyết định ...``, ``QUYẾT ĐỊNH:``) as ``formula name="enactingFormula"``;
    in the order of the text, neighbours of one kind in one container."""
    body = instrument.body
    paragraphs = [
        *((paragraph, _preamble_role(paragraph.text, basis=True)) for paragraph in body.preamble),
        *(
            (paragraph, _preamble_role(paragraph.text, basis=False))
            for paragraph in body.background
        ),
    ]
    if not paragraphs:
        return
    preamble = _add(root, "preamble")
    group, current = preamble, ""
    for paragraph, role in paragraphs:
        if role != current:
            current = role
            if role == "formula":
                group = _add(preamble, "formula", name="enactingFormula")
            else:
                group = _add(preamble, f"{role}s")
        parent = group if role == "formula" else _add(group, role)
        _inline(parent, "p", paragraph.text, paragraph.citations, instrument)


_ENACTED = "|".join(sorted((re.escape(fold(kind.name)) for kind in KINDS), key=len, reverse=True))
_FORMULA = re.compile(
    rf"^(?:\S+ ){{0,12}}?ban hanh (?:kem theo )?(?:{_ENACTED})(?! so\b)(?!\w)"
    r"|^(?:quyet dinh|quyet nghi|nghi quyet|chi thi|ket luan|thong tu|nghi dinh)\s*[:.]?$"
)
"""An enacting formula, folded: ``Chính phủ ban hành Nghị định ...`` (not ``ban hành Nghị
quyết số 43``, a mention of another instrument), or the kind alone: ``QUYẾT ĐỊNH:``."""
_RECITAL = re.compile(r"^(?:theo|xet) (?:de nghi|y kien|to trinh)|^xet ")
"""A basis paragraph that is a proposal or a consideration, not a legal basis."""


def _preamble_role(text: str, *, basis: bool) -> str:
    folded = fold(text)
    if _FORMULA.match(folded):
        return "formula"
    return "citation" if basis and not _RECITAL.match(folded) else "recital"


# The body: legal structure and task lists -------------------------------------------------

_STRUCTURE = {"phan": "part", "chuong": "chapter", "muc": "section"}
"""``Phần``, ``Chương``, ``Mục``: the divisions above the article."""
_DIVISIONS = frozenset(_STRUCTURE.values())
_SENTENCE_END = (".", ";", ":", ",", "!", "?", "…")
_HEADING_LENGTH = 200


def _element(task: Task, parent: str | None) -> str:
    """The AKN element of a task: ``Phần``/``Chương``/``Mục``/``Điều N.`` are a part,
    chapter, section and article; a top-level item, an article's clause (khoản) or an item
    of a division is a paragraph; anything deeper a point (điểm)."""
    label = task.label
    match = None if label is None else LABEL.fullmatch(label.strip())
    if match is not None and match.group("dieu") is not None:
        return "article"
    if match is not None and match.group("section") is not None:
        return _STRUCTURE[fold(match["section"].split()[0])]
    if parent is None or parent in ("article", "hcontainer") or parent in _DIVISIONS:
        return "paragraph"
    return "point"


def _split_heading(task: Task, tag: str) -> tuple[list[str], list[str]]:
    """A task's heading lines and its other lines.  A division's text is its heading; an
    article's first line is when more follows and it reads as a title, not a sentence
    (``Điều 1. Phạm vi điều chỉnh``, unlike ``Điều 2. Quyết định này có hiệu lực ...``)."""
    lines = task.text.split("\n")
    if tag in _DIVISIONS:
        return lines, []
    first = lines[0].rstrip()
    if (
        tag == "article"
        and (len(lines) > 1 or task.subtasks)
        and len(first) <= _HEADING_LENGTH
        and not first.endswith(_SENTENCE_END)
    ):
        return lines[:1], lines[1:]
    return [], lines


def _task(parent: etree._Element, task: Task, parent_tag: str | None, cited_by: Instrument) -> None:
    tag = _element(task, parent_tag)
    element = _add(parent, tag)
    if task.label is not None:
        _add(element, "num", task.label)
    heading, lines = _split_heading(task, tag)
    if heading:
        _lines(_add(element, "heading"), "\n".join(heading))
    if lines:
        block = _add(element, "intro" if task.subtasks else "content")
        _inline(block, "p", "\n".join(lines), task.citations, cited_by)
    elif not task.subtasks:  # the schema wants content or subdivisions
        _add(_add(element, "content"), "p")
    for subtask in task.subtasks:
        _task(element, subtask, tag, cited_by)


def _main(root: etree._Element, instrument: Instrument) -> None:
    main = _add(root, "body" if instrument.regime is Regime.LEGAL else "mainBody")
    body = instrument.body
    for task in body.tasks:
        _task(main, task, None, instrument)
    if body.closing:
        closing = _add(main, "hcontainer", name="closing")
        for task in body.closing:
            _task(closing, task, "hcontainer", instrument)
    if not len(main):
        empty = _add(main, "hcontainer", name="empty")
        _add(_add(empty, "content"), "p")


# Back matter -----------------------------------------------------------------------------


def _signature(
    conclusions: etree._Element, block: SignatureBlock, regime: Regime, refs: _References
) -> None:
    container = _add(conclusions, "blockContainer", **{"class": "signature"})
    for authority in block.authorities:
        _add(container, "p", format_authority(authority, regime), **{"class": "authority"})
    if block.title is None and block.name is None:
        return
    signature = _add(_add(container, "p"), "signature")
    if block.title is not None:
        _add(signature, "role", block.title, refersTo=refs.refer("TLCRole", block.title))
    if block.title is not None and block.name is not None:
        _add(signature, "eol")
    if block.name is not None:
        _add(signature, "person", block.name, refersTo=refs.refer("TLCPerson", block.name))


def _values(parent: etree._Element, name: str, values: Sequence[tuple[str, str | None]]) -> None:
    """A named container of classed values, the ones that are set."""
    container = _add(parent, "container", name=name)
    for kind, value in values:
        if value is not None:
            _add(container, "p", value, **{"class": kind})


def _conclusions(root: etree._Element, instrument: Instrument, refs: _References) -> None:
    conclusions = etree.Element(_q("conclusions"))
    for block in instrument.signatures:
        _signature(conclusions, block, instrument.regime, refs)
    if instrument.distribution:
        container = _add(conclusions, "container", name="distribution")
        for recipient in instrument.distribution:
            line = _add(container, "p", recipient.name, **{"class": "recipient"})
            if recipient.purpose is not None:
                line.text = f"{recipient.name} "
                _add(line, "span", recipient.purpose, **{"class": "purpose"})
    archive = instrument.archive
    if archive is not None:
        copies = None if archive.copies is None else str(archive.copies)
        _values(
            conclusions,
            "archive",
            [*(("unit", unit) for unit in archive.units), ("copies", copies)],
        )
    drafter = instrument.drafter
    if drafter is not None:
        copies = None if drafter.copies is None else str(drafter.copies)
        _values(conclusions, "drafter", [("initials", drafter.initials), ("copies", copies)])
    contact = instrument.contact
    if contact is not None:
        _values(
            conclusions,
            "contact",
            [(field.name, getattr(contact, field.name)) for field in attrs.fields(type(contact))],
        )
    for appendix in instrument.appendices:
        _values(conclusions, "appendix", [("label", appendix.label), ("title", appendix.title)])
    if len(conclusions):
        root.append(conclusions)


# The document ----------------------------------------------------------------------------


_DEFAULT_LIMITS = Limits()


@writer(XML)
def to_element(
    instrument: Instrument, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> etree._Element:
    """The ``akomaNtoso`` element of an instrument.

    :class:`~vnadmin.errors.XMLEncodeError` (an ``EncodeError``) names the field of a string
    XML cannot hold, or says the document nests deeper than ``limits.max_depth`` or than
    Python's recursion limit; :class:`~vnadmin.errors.UnregisteredKindError` names a kind
    outside ``kinds``.
    """
    expect("limits", limits, Limits)
    check_kinds(instrument, kinds)
    root = _document(instrument)
    _check_depth(root, limits)
    return root


def _check_depth(root: etree._Element, limits: Limits) -> None:
    """Refuse a document an XML reader with ``limits`` would refuse for its depth."""
    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > limits.max_depth:
            raise XMLEncodeError(
                "Instrument",
                f"elements would nest more than Limits.max_depth ({limits.max_depth}) deep; "
                "pass limits= with a larger max_depth",
            )


def _document(instrument: Instrument) -> etree._Element:
    work = instrument_work(instrument)
    refs = _References()
    refs.refer("TLCOrganization", _VNADMIN, href=f"{_ONTOLOGY}/organization/{_VNADMIN}")
    author = "" if instrument.issuer is None else refs.organization(instrument.issuer)

    root = etree.Element(_q("akomaNtoso"), nsmap=_NSMAP)  # type: ignore[arg-type]  # lxml-stubs lack the default namespace
    document = _add(root, "act" if work.doctype == "act" else "doc", name=work.subtype)
    meta = _add(document, "meta")
    _preface(document, instrument, refs)
    _preamble(document, instrument)
    _main(document, instrument)
    _conclusions(document, instrument, refs)
    assign_eids(document)

    _identification(meta, instrument, work, author)
    _item(meta[0], instrument, work, refs)
    _classification(meta, instrument)
    _references(meta, instrument, refs)
    _notes(meta, instrument)
    return root


def _indent(element: etree._Element, level: int = 0) -> None:
    """Indent the structure by two spaces; a ``p``, ``num`` or ``heading`` holds running
    text, whose white space is content, and is left as it is."""
    if not len(element) or etree.QName(element).localname in ("p", "num", "heading"):
        return
    element.text = "\n" + "  " * (level + 1)
    for child in element:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    element[-1].tail = "\n" + "  " * level


NOT_EXPORTED = ("assignments", "deadline", "recurrence", "attachment_notes")
"""The fields of a task Akoma Ntoso has no element for (its text says them, if anything)."""


@writer(XML)
def losses(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> tuple[str, ...]:
    """What the export leaves out of ``instrument``, as field paths
    (``body.tasks[0].deadline``): each task's :data:`NOT_EXPORTED` fields that are set, and
    ``printed``, the lines as the document printed them (Akoma Ntoso marks up values).
    A kind outside ``kinds`` is refused, as :func:`dumps` refuses it."""
    check_kinds(instrument, kinds)
    tasks = tuple(
        f"{path}.{name}"
        for path, value in field_values(instrument.body, "body")
        if isinstance(value, Task)
        for name in NOT_EXPORTED
        if getattr(value, name) not in (None, ())
    )
    return tasks if instrument.printed is None else (*tasks, "printed")


@writer(XML)
def dumps(
    instrument: Instrument, *, kinds: KindRegistry = KINDS, limits: Limits = _DEFAULT_LIMITS
) -> bytes:
    """The instrument as an Akoma Ntoso 3.0 document: indented UTF-8 with a declaration.

    Refused as :func:`to_element` refuses, and besides for a document larger than
    ``limits.max_bytes`` or a text longer than ``limits.max_text``.
    """
    root = to_element(instrument, kinds=kinds, limits=limits)
    _indent(root)
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"
    check_sizes(instrument, data, limits)
    return data


CODEC = Codec(
    name="akn",
    extension=".akn.xml",
    media_type=MEDIA_TYPE,
    dumps=dumps,
    loads=None,  # written only: Akoma Ntoso has no place for much of the model
    losses=losses,
    starts=b"<",
    root=lambda namespace, name: namespace == NAMESPACE,
    limits=Limits,
)
"""Akoma Ntoso as one format among the others (see :mod:`vnadmin._codec`): written only,
its losses declared."""
