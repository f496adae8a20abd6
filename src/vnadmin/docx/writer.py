"""``dumps``: an instrument as a Word document in the layout of NĐ 30/2020 Phụ lục I (state
and legal normative documents) or HD 36-HD/VPTW (Party documents).

The page is A4 with the regulation's margins, in Times New Roman.  Top to bottom: the
incoming stamp of a received copy (a framed box); the header, a borderless two-column
table (left: the parent body, the issuer and the rule under it, then the number, a công
văn's ``V/v`` subject and the handling marks; right: the banner and motto with the rule
under them, then the place and date); the kind name and subject with the rule under it;
``Kính gửi``; the body (legal bases, background, a decision's ``QUYẾT ĐỊNH:``, the numbered
task tree, closing items);
a borderless two-column table with the ``Nơi nhận`` list on the left and the signature
blocks on the right; contact details; appendix headings.  Each component takes the size,
weight, style and position :data:`vnadmin.presentation.REQUIREMENTS` give it.  Every
identifier is printed by its grammar, as the text layout prints it, so the Word reader
reads what the text reader reads.

Unless ``embed=False``, vnadmin's copy of the instrument travels in the document (a custom
XML part, :mod:`vnadmin.docx.copy`), so that reading gives back the very instrument.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import Any

from vnadmin._codec import XML, check_bytes, check_texts, expect, writer
from vnadmin._kinds import check_kinds
from vnadmin._walk import chain_names
from vnadmin.docx._python_docx import python_docx
from vnadmin.docx.copy import attach_copy
from vnadmin.docx.package import DEFAULT_LIMITS
from vnadmin.grammar.appendices import format_attached_to
from vnadmin.grammar.dates import format_date, format_long_date
from vnadmin.grammar.marks import HANDLING_MARKS, format_authority
from vnadmin.grammar.numbers import format_number
from vnadmin.grammar.printed import enacting_formula, format_distribution
from vnadmin.grammar.subjects import is_vv_subject
from vnadmin.limits import WordLimits
from vnadmin.model import (
    KINDS,
    Contact,
    IncomingStamp,
    Instrument,
    KindRegistry,
    Regime,
    Task,
)
from vnadmin.presentation import (
    A4,
    FONT,
    MARGINS,
    REQUIREMENTS,
    Alignment,
    Component,
    Requirement,
    writing_regime,
)
from vnadmin.text.render import CONTACT_LABELS, UNLABELLED
from vnadmin.text.semantics import split_actors
from vnadmin.text.vocabulary import PRINTED_PARTY_BANNER, PRINTED_STATE_BANNER

__all__ = ["dumps"]

_PAGE_WIDTH = A4[0] - MARGINS["left"][0] - MARGINS["right"][0]  # millimetres of text
_HEADER_COLUMNS = (62.0, _PAGE_WIDTH - 62.0)
_FOOTER_COLUMNS = (70.0, _PAGE_WIDTH - 70.0)
_FIRST_LINE = 12.7  # the body's first-line indent: one default tab (1.27 cm)
_BODY_SPACING = 1.15  # lines: between single and 1.5 (Phụ lục I, mục II.6 điểm b)
_PARAGRAPH_GAP = 6  # points between the body's paragraphs (at least 6 pt)
_SIGNING_SPACE = 3  # empty lines left for the signature and the seal


@writer(XML)
def dumps(
    instrument: Instrument,
    *,
    kinds: KindRegistry = KINDS,
    limits: WordLimits = DEFAULT_LIMITS,
    embed: bool = True,
) -> bytes:
    """The instrument as the bytes of a ``.docx`` file in the layout of its regime.

    With ``embed=True`` (the default) vnadmin's copy of the instrument is attached, and
    :func:`vnadmin.docx.loads` gives back an equal instrument; without it the document
    holds only what its pages print (:func:`vnadmin.docx.losses` says what that loses).
    :class:`~vnadmin.errors.UnregisteredKindError` for a kind outside ``kinds``;
    :class:`~vnadmin.errors.XMLEncodeError` naming the field for a character Word's XML
    cannot hold or a text longer than ``limits.max_text``; the ``docx`` extra is needed
    (:class:`~vnadmin.errors.MissingExtraError`).
    """
    if limits is not DEFAULT_LIMITS:
        expect("limits", limits, WordLimits)
    check_kinds(instrument, kinds)
    check_texts(instrument, limits)
    document = _Layout(instrument).document
    if embed:
        attach_copy(document, instrument, kinds)
    buffer = io.BytesIO()
    document.save(buffer)
    data = _reproducible(buffer.getvalue())
    check_bytes(len(data), limits)
    return data


def _reproducible(data: bytes) -> bytes:
    """The same package with every member dated 1980-01-01, so that the same instrument
    always makes the same bytes."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(member))
    return out.getvalue()


class _Layout:
    """The document being laid out, and what its regime asks of each component."""

    def __init__(self, instrument: Instrument) -> None:
        docx = python_docx()
        self.docx = docx
        self.instrument = instrument
        self.regime = instrument.regime
        self.table = REQUIREMENTS[writing_regime(instrument.regime)]
        self.document = docx.Document()
        self._page()
        self._stamp(instrument.incoming)
        self._header()
        self._title()
        self._addressees()
        self._body()
        self._footer()
        self._contact(instrument.contact)
        self._appendices()

    # Paper, fonts, paragraphs -------------------------------------------------------------------

    def _page(self) -> None:
        mm = self.docx.shared.Mm
        section = self.document.sections[0]
        section.page_width, section.page_height = mm(A4[0]), mm(A4[1])
        section.top_margin, section.bottom_margin = mm(MARGINS["top"][0]), mm(MARGINS["bottom"][0])
        section.left_margin, section.right_margin = mm(MARGINS["left"][0]), mm(MARGINS["right"][0])
        _set_defaults(self.docx, self.document)
        self._page_numbers(section)
        properties = self.document.core_properties
        properties.author = self.instrument.issuer.name if self.instrument.issuer else ""
        properties.title = " ".join((self.instrument.subject or "").split())[:255]
        properties.comments = "vnadmin"
        properties.last_modified_by = ""
        properties.revision = 1

    def _page_numbers(self, section: Any) -> None:
        """Page numbers from the second page on, centred at the top in Arabic numerals
        (Phụ lục I, Phần I, mục I.7): Word's PAGE field in the header of all but the first."""
        section.different_first_page_header_footer = True
        paragraph = section.header.paragraphs[0]
        _align(self.docx, paragraph, Alignment.CENTER)
        qn = self.docx.oxml.ns.qn
        for kind, text in (
            ("begin", None),
            (None, " PAGE "),
            ("separate", None),
            (None, "2"),
            ("end", None),
        ):
            run = paragraph.add_run()
            run.font.size = self.docx.shared.Pt(14)
            if kind is not None:
                mark = self.docx.oxml.OxmlElement("w:fldChar")
                mark.set(qn("w:fldCharType"), kind)
                run._r.append(mark)
            elif text == " PAGE ":
                code = self.docx.oxml.OxmlElement("w:instrText")
                code.set(qn("xml:space"), "preserve")
                code.text = text
                run._r.append(code)
            else:
                run.add_text(text)

    def paragraph(
        self,
        container: Any,
        text: str | Iterable[str],
        component: Component,
        *,
        alignment: Alignment | None = None,
        indent: float | None = None,
    ) -> Any:
        """A paragraph printing ``text`` (lines of it, broken inside the paragraph) as
        ``component`` asks; its alignment is the component's unless given."""
        need = self.table[component]
        paragraph = _new_paragraph(container)
        lines = [text] if isinstance(text, str) else list(text)
        run = paragraph.add_run()
        for index, line in enumerate(lines):
            if index:
                run.add_break()
            run.add_text(line)
        _format_run(self.docx, run, need)
        if need.caps and any(line != line.upper() for line in lines):
            run.font.all_caps = True  # printed in capitals, as the component is, whatever it holds
        form = paragraph.paragraph_format
        form.space_before = form.space_after = self.docx.shared.Pt(0)
        form.line_spacing = 1.0
        _align(self.docx, paragraph, alignment or need.alignment or Alignment.LEFT)
        if indent is not None:
            form.left_indent = self.docx.shared.Mm(indent)
        return paragraph

    def rule(self, container: Any, width: float, column: float) -> None:
        """A horizontal rule ``width`` mm long, centred in a column ``column`` mm wide."""
        paragraph = _new_paragraph(container)
        form = paragraph.paragraph_format
        side = self.docx.shared.Mm(max((column - width) / 2, 0))
        form.left_indent = form.right_indent = side
        form.space_before = form.space_after = self.docx.shared.Pt(0)
        form.line_spacing = 1.0
        _bottom_border(self.docx, paragraph)
        _mark_size(self.docx, paragraph, 2)

    def rule_under(self, container: Any, text: str, component: Component, column: float) -> None:
        """The rule a component's requirement draws under it: as long as the text under the
        banner, a third to a half of it under the issuer and the subject."""
        need = self.table[component]
        width = _text_width(text, need.size, bold=bool(need.bold))
        if component is not Component.MOTTO and component is not Component.BANNER:
            width = max(width * 0.4, 15.0)
        self.rule(container, min(width, column - 4), column)

    # The stamp and the header -------------------------------------------------------------------

    def _stamp(self, stamp: IncomingStamp | None) -> None:
        if stamp is None:
            return
        box = self.document.add_table(rows=1, cols=1)
        box.style = self.document.styles["Table Grid"]
        cell = box.rows[0].cells[0]
        _widths(self.docx, box, (55.0,))
        lines = [stamp.receiver, f"ĐẾN Số: {stamp.number}"]
        if stamp.date is not None:
            lines.append(f"Ngày: {format_date(stamp.date)}")
        if stamp.routing is not None:
            lines.append(f"Chuyển: {stamp.routing}")
        for line in lines:
            self.paragraph(cell, line, Component.CONTACT, alignment=Alignment.LEFT)
        self.document.add_paragraph()

    def _header(self) -> None:
        instrument = self.instrument
        party = self.regime is Regime.PARTY
        header = self.document.add_table(rows=2, cols=2)
        _widths(self.docx, header, _HEADER_COLUMNS)
        (issuer_cell, banner_cell), (number_cell, date_cell) = (r.cells for r in header.rows)
        left, right = _HEADER_COLUMNS
        names = chain_names(instrument.issuer)
        for index, name in enumerate(names):
            last = index == len(names) - 1
            self.paragraph(issuer_cell, name, Component.ISSUER if last else Component.PARENT)
        if party:
            if names:
                self.paragraph(issuer_cell, "*", Component.PARENT)
            self.paragraph(banner_cell, PRINTED_PARTY_BANNER, Component.BANNER)
            self.rule_under(banner_cell, PRINTED_PARTY_BANNER, Component.BANNER, right)
        else:
            if names:
                self.rule_under(issuer_cell, names[-1], Component.ISSUER, left)
            banner, motto = PRINTED_STATE_BANNER
            self.paragraph(banner_cell, banner, Component.BANNER)
            self.paragraph(banner_cell, motto, Component.MOTTO)
            self.rule_under(banner_cell, motto, Component.MOTTO, right)
        if instrument.number is not None:
            lead = "Số " if party else "Số: "
            self.paragraph(number_cell, lead + format_number(instrument.number), Component.NUMBER)
        if _subject_in_header(instrument):
            assert instrument.subject is not None
            lines = instrument.subject.splitlines()
            self.paragraph(number_cell, lines, Component.VV_SUBJECT)
        for mark in (instrument.urgency, instrument.secrecy, instrument.circulation):
            if mark is not None:
                self.paragraph(number_cell, HANDLING_MARKS[mark], Component.MARK)
        if instrument.date is not None:
            date = format_long_date(instrument.date)
            line = f"{instrument.place}, {date}" if instrument.place else date
            self.paragraph(date_cell, line, Component.DATELINE, alignment=Alignment.CENTER)

    def _title(self) -> None:
        instrument = self.instrument
        kind, subject = instrument.kind, instrument.subject
        if _subject_in_header(instrument):
            return
        document = self.document
        if kind is not None:
            line = self.paragraph(document, kind.name.upper(), Component.KIND)
            line.paragraph_format.space_before = self.docx.shared.Pt(12)
        if subject is not None:
            lines = subject.splitlines()
            self.paragraph(document, lines, Component.SUBJECT)
            self.rule_under(document, max(lines, key=len), Component.SUBJECT, _PAGE_WIDTH)

    def _addressees(self) -> None:
        names = [organization.name for organization in self.instrument.addressees]
        if not names:
            return
        document = self.document
        _gap(self.docx, document)
        if len(names) == 1 and split_actors(names[0]) == names:
            self.paragraph(document, f"Kính gửi: {names[0]}.", Component.ADDRESSEES, indent=25)
        else:
            self.paragraph(document, "Kính gửi:", Component.ADDRESSEES, indent=25)
            for index, name in enumerate(names):
                end = "." if index == len(names) - 1 else ";"
                self.paragraph(document, f"- {name}{end}", Component.ADDRESSEES, indent=50)
        _gap(self.docx, document)

    # The body --------------------------------------------------------------------------------

    def body_paragraph(self, text: str) -> None:
        paragraph = self.paragraph(self.document, text, Component.BODY)
        form = paragraph.paragraph_format
        form.first_line_indent = self.docx.shared.Mm(_FIRST_LINE)
        form.space_after = self.docx.shared.Pt(_PARAGRAPH_GAP)
        form.line_spacing = _BODY_SPACING

    def _body(self) -> None:
        body = self.instrument.body
        for paragraph in (*body.preamble, *body.background):
            self.body_paragraph(" ".join(paragraph.text.split()))
        formula = enacting_formula(self.instrument)
        if formula is not None:  # centred, bold, in capitals as the kind name (mục II.6)
            line = self.paragraph(self.document, formula, Component.KIND)
            line.paragraph_format.space_after = self.docx.shared.Pt(_PARAGRAPH_GAP)
        for task in body.tasks:
            self._task(task, 0)
        for task in body.closing:
            self._task(task, None)

    def _task(self, task: Task, depth: int | None) -> None:
        """A task and its subtasks, each labelled as the text layout labels it: closing
        items (``depth`` ``None``) unlabelled, unlabelled items of the list with a bullet."""
        first, *rest = task.text.split("\n")
        label = task.label
        if label is None and depth is not None:
            label = UNLABELLED[min(depth, len(UNLABELLED) - 1)]
        self.body_paragraph(f"{label} {first}" if label else first)
        for paragraph in rest:
            self.body_paragraph(paragraph)
        for subtask in task.subtasks:
            self._task(subtask, None if depth is None else depth + 1)

    # The footer ------------------------------------------------------------------------------

    def _footer(self) -> None:
        instrument = self.instrument
        blocks = instrument.signatures
        listed = bool(instrument.distribution) or instrument.archive is not None
        if not blocks and not listed:
            return
        _gap(self.docx, self.document)
        footer = self.document.add_table(rows=max(len(blocks), 1), cols=2)
        _widths(self.docx, footer, _FOOTER_COLUMNS)
        if listed:
            self._distribution(footer.rows[0].cells[0])
        for row, block in zip(footer.rows, blocks, strict=False):
            cell = row.cells[1]
            for authority in block.authorities:
                self.paragraph(cell, format_authority(authority, self.regime), Component.AUTHORITY)
            if block.title is not None:
                self.paragraph(cell, block.title, Component.AUTHORITY)
            for _ in range(_SIGNING_SPACE):
                _new_paragraph(cell)
            if block.name is not None:
                self.paragraph(cell, block.name, Component.SIGNER)

    def _distribution(self, cell: Any) -> None:
        instrument = self.instrument
        left = Alignment.LEFT
        self.paragraph(cell, "Nơi nhận:", Component.DISTRIBUTION_HEADING, alignment=left)
        entries, archive = format_distribution(instrument)
        for entry in (*entries, *([] if archive is None else [archive])):
            self.paragraph(cell, entry, Component.DISTRIBUTION, alignment=left)

    def _contact(self, contact: Contact | None) -> None:
        if contact is None:
            return
        _gap(self.docx, self.document)
        for field, label in CONTACT_LABELS:
            value = getattr(contact, field)
            if value is not None:
                self.paragraph(self.document, f"{label}: {value}", Component.CONTACT)

    def _appendices(self) -> None:
        attached = format_attached_to(self.instrument)  # (Kèm theo Quyết định số ...)
        for appendix in self.instrument.appendices:
            page_break = self.document.add_paragraph().add_run()
            page_break.add_break(self.docx.enum.text.WD_BREAK.PAGE)
            self.paragraph(self.document, appendix.label, Component.APPENDIX)
            if appendix.title is not None:
                self.paragraph(self.document, appendix.title, Component.APPENDIX)
            if attached is not None:
                self.paragraph(self.document, attached, Component.APPENDIX)


def _subject_in_header(instrument: Instrument) -> bool:
    """A công văn's ``V/v`` subject stands under its number, as does a ``V/v`` subject
    without a kind (NĐ 30 Phụ lục I, mục II.5 điểm b, ô 5b)."""
    kind = instrument.kind
    return is_vv_subject(instrument.subject) and (kind is None or kind.code == "cong-van")


def _text_width(text: str, size: float, *, bold: bool) -> float:
    """About how many millimetres ``text`` takes in Times New Roman at ``size`` points."""
    capitals = sum(1 for char in text if char.isupper())
    ems = capitals * 0.68 + (len(text) - capitals) * (0.47 if bold else 0.44)
    return ems * size * 25.4 / 72


# python-docx details ---------------------------------------------------------------------------


def _set_defaults(docx: Any, document: Any) -> None:
    """Times New Roman everywhere (no theme font), single spacing, no space after."""
    qn = docx.oxml.ns.qn
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
    fonts = run.find(qn("w:rFonts"))
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)
    for size in (run.find(qn("w:sz")), run.find(qn("w:szCs"))):
        if size is not None:
            size.set(qn("w:val"), "28")
    language = run.find(qn("w:lang"))
    if language is not None:
        language.set(qn("w:val"), "vi-VN")
    spacing = defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "0")
    spacing.set(qn("w:line"), "240")


def _new_paragraph(container: Any) -> Any:
    """A new paragraph at the end of ``container``; a new table cell's own empty paragraph
    is used first."""
    paragraphs = getattr(container, "paragraphs", [])
    if (
        hasattr(container, "_tc")
        and len(paragraphs) == 1
        and not paragraphs[0].text
        and not paragraphs[0]._p.xpath("./w:pPr")
    ):
        return paragraphs[0]
    return container.add_paragraph()


def _format_run(docx: Any, run: Any, need: Requirement) -> None:
    font = run.font
    font.size = docx.shared.Pt(need.size)
    font.bold = bool(need.bold)
    font.italic = bool(need.italic)
    if need.underline:
        font.underline = True


_JUSTIFICATION = {
    Alignment.LEFT: "LEFT",
    Alignment.CENTER: "CENTER",
    Alignment.RIGHT: "RIGHT",
    Alignment.JUSTIFY: "JUSTIFY",
}


def _align(docx: Any, paragraph: Any, alignment: Alignment) -> None:
    paragraph.alignment = getattr(docx.enum.text.WD_ALIGN_PARAGRAPH, _JUSTIFICATION[alignment])


def _gap(docx: Any, document: Any) -> None:
    """An empty line between parts of the page."""
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.line_spacing = 1.0


def _widths(docx: Any, table: Any, widths: tuple[float, ...]) -> None:
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = docx.shared.Mm(width)
        for cell in column.cells:
            cell.width = docx.shared.Mm(width)


def _mark_size(docx: Any, paragraph: Any, points: int) -> None:
    """The size of an empty paragraph's mark, which sets its height."""
    qn = docx.oxml.ns.qn
    mark = docx.oxml.OxmlElement("w:rPr")
    size = docx.oxml.OxmlElement("w:sz")
    size.set(qn("w:val"), str(points * 2))
    mark.append(size)
    paragraph._p.get_or_add_pPr().append(mark)


def _bottom_border(docx: Any, paragraph: Any) -> None:
    qn = docx.oxml.ns.qn
    properties = paragraph._p.get_or_add_pPr()
    borders = docx.oxml.OxmlElement("w:pBdr")
    bottom = docx.oxml.OxmlElement("w:bottom")
    for name, value in (
        ("w:val", "single"),
        ("w:sz", "6"),
        ("w:space", "1"),
        ("w:color", "000000"),
    ):
        bottom.set(qn(name), value)
    borders.append(bottom)
    # w:pBdr comes after w:ind and w:jc in the schema order python-docx keeps: insert it
    # before them so Word does not complain
    properties.insert_element_before(
        borders, "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:spacing", "w:ind", "w:jc"
    )
