"""``read`` and ``loads``: a PDF document's text layer in, the instrument out.

pdfplumber (on pdfminer.six) gives each glyph with its font and position; the layout is
rebuilt from them (:mod:`vnadmin.pdf.layout`) into the page blocks the Word reader makes
too, whose logical lines the text reader reads; a page whose text runs sideways or upside
down is read turned back first (:func:`_turn`).  A scan has no text layer: a document
whose pages are all images is refused as such (vnadmin does no OCR), a scanned page among
text pages is said and passed.  The file, its pages and the text read are bounded
(:class:`~vnadmin.limits.PDFLimits`), and so is what its streams decode to, before
pdfminer decodes them (:mod:`vnadmin.pdf.streams`).
"""

from __future__ import annotations

import collections
import functools
import io
import math
import re
from typing import Any

from vnadmin._codec import expect, read_bounded
from vnadmin.errors import PDFDecodeError
from vnadmin.limits import PDFLimits
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.pages import PageDiagnostic, PageReading, measure, read_page
from vnadmin.pdf._pdfplumber import pdfplumber
from vnadmin.pdf.layout import Box, Char, Drawn, PageText, TableText, page_blocks
from vnadmin.pdf.stamps import MAX_ANNOTATIONS, MAX_WIDGETS, Stamps, stamped_chars
from vnadmin.pdf.streams import deciphered, inflated
from vnadmin.presentation import Page
from vnadmin.severity import Severity

__all__ = ["DEFAULT_LIMITS", "PDF", "loads", "read"]

DEFAULT_LIMITS = PDFLimits()
PDF = b"%PDF-"
_MM = 25.4 / 72
_SUBSET = re.compile(r"^[A-Z]{6}\+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PS_MT = re.compile(r"(?:PS)?(?:MT)?$")
"""The PostScript and Monotype marks that end a base font's name (``TimesNewRomanPSMT``)."""


def _fail(where: str, message: str) -> PDFDecodeError:
    return PDFDecodeError([(where, message)])


def _bytes(source: Any, limits: PDFLimits) -> bytes:
    data = read_bounded(source, limits.max_bytes, _fail, "PDFLimits.max_bytes")
    if not data.lstrip(b"\x00\t\n\r ")[:5] == PDF:
        raise _fail("file", f"not a PDF document: it begins {data[:8]!r}, not %PDF-")
    return data


def font_style(fontname: str) -> tuple[str | None, bool, bool]:
    """The family, boldness and italics a PDF font name says (``ABCDEF+TimesNewRomanPS-
    BoldItalicMT``: Times New Roman, bold, italic)."""
    name = _SUBSET.sub("", fontname)
    lower = name.casefold()
    bold = any(word in lower for word in ("bold", "black", "heavy", "semibold"))
    italic = "italic" in lower or "oblique" in lower
    base = re.split(r"[-,]", name, maxsplit=1)[0]
    family = _CAMEL.sub(" ", _PS_MT.sub("", base)).strip()
    return (family or None), bold, italic


def _page_text(page: Any, stamps: Stamps) -> tuple[PageText, int]:
    """The page's glyphs, with what its fields' appearances draw (``stamps``: the blanks
    they fill lose their spaces), its drawn rules and its tables, from what is drawn to be
    seen (:func:`_shown`); and how many glyphs it sets sideways, not read."""
    drawing = page.filter(_shown)
    chars = []
    sideways = 0
    stamped = len(page.chars)
    for index, char in enumerate((*page.chars, *stamps.chars)):
        if not char.get("upright", True) or _direction(char):
            sideways += 1
            continue
        if not char.get("text"):
            continue
        if char["text"].isspace() and any(map(functools.partial(_within_box, char), stamps.boxes)):
            continue
        family, bold, italic = font_style(str(char.get("fontname", "")))
        chars.append(
            Char(
                text=char["text"],
                x0=float(char["x0"]),
                x1=float(char["x1"]),
                top=float(char["top"]),
                bottom=float(char["bottom"]),
                font=family,
                bold=bold,
                italic=italic,
                size=float(char.get("size") or 0.0),
                stamped=index >= stamped,
            )
        )
    drawn = tuple(
        Drawn(x0=float(line["x0"]), x1=float(line["x1"]), y=float(line["top"]))
        for line in (*drawing.lines, *drawing.rects)
        if abs(float(line["bottom"]) - float(line["top"])) < 2
        and float(line["x1"]) - float(line["x0"]) > 10
    )
    tables = [
        TableText(
            x0=float(table.bbox[0]),
            top=float(table.bbox[1]),
            x1=float(table.bbox[2]),
            bottom=float(table.bbox[3]),
            rows=tuple(tuple(_box(cell) for cell in row.cells) for row in table.rows),
        )
        for table in drawing.find_tables()
    ]
    tables.extend(_framed(drawing, tables))
    shown = PageText(
        number=int(page.page_number),
        width=float(page.width),
        height=float(page.height),
        chars=tuple(chars),
        drawn=drawn,
        tables=tuple(tables),
    )
    return shown, sideways


def _direction(char: dict[str, Any]) -> int:
    """The quarter turns (0 to 3, counterclockwise) of ``char``'s baseline on the page as
    shown, from its text matrix: 0 for a glyph set upright, 1 for one that runs up the
    page; a glyph without a matrix (a stamp's) is taken upright."""
    matrix = char.get("matrix")
    if not matrix:
        return 0
    return round(math.atan2(float(matrix[1]), float(matrix[0])) / (math.pi / 2)) % 4


def _turn(page: Any) -> int:
    """The quarter turns a page's text is set at when most of its glyphs run one way other
    than upright (a landscape annex printed sideways, a page turned by ``/Rotate``): the
    page is read turned back by them.  0 when upright glyphs are as many as any other."""
    ways = collections.Counter(
        _direction(char) for char in page.chars if not str(char.get("text", " ")).isspace()
    )
    way, count = max(ways.items(), key=lambda item: (item[1], -item[0]), default=(0, 0))
    return way if count > ways[0] else 0


def _turned(pdf: Any, page: Any, turns: int) -> Any:
    """``page`` read again shown turned clockwise by ``turns`` quarter turns more than its
    ``/Rotate`` says (pdfminer turns it as a viewer would), so that its glyphs stand
    upright."""
    from pdfplumber.page import Page

    shown = page.page_obj
    rotate = (int(getattr(shown, "rotate", 0) or 0) + 90 * turns) % 360
    shown.rotate = rotate
    shown.attrs = {**shown.attrs, "Rotate": rotate}
    page.close()
    return Page(pdf, shown, page_number=page.page_number, initial_doctop=page.initial_doctop)


def _shown(thing: dict[str, Any]) -> bool:
    """Whether a page object shows on the paper: a glyph, or a line or box stroked or filled
    in a colour other than white.  Word shades a paragraph or a run with white boxes and
    draws a table's hidden borders in white; as edges they would make a table no one sees
    of the lines they stand behind."""
    if thing.get("object_type") not in ("line", "rect", "curve"):
        return True
    return bool(
        (thing.get("stroke") and not _white(thing.get("stroking_color")))
        or (thing.get("fill") and not _white(thing.get("non_stroking_color")))
    )


def _white(colour: Any) -> bool:
    """Whether a PDF colour is white: grey 1, RGB (1, 1, 1) or CMYK (0, 0, 0, 0); no colour
    set is the default black, a pattern is no white."""
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not colour:
        return False
    if not all(isinstance(part, (int, float)) for part in colour):
        return False
    if len(colour) == 4:
        return all(part <= 0.01 for part in colour)
    return len(colour) in (1, 3) and all(part >= 0.99 for part in colour)


def _within_box(char: dict[str, Any], box: tuple[float, float, float, float]) -> bool:
    """Whether the middle of ``char`` lies in ``box`` (``x0``, ``top``, ``x1``, ``bottom``)."""
    x = (float(char["x0"]) + float(char["x1"])) / 2
    y = (float(char["top"]) + float(char["bottom"])) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _box(cell: Any) -> Box | None:
    return (
        None if cell is None else (float(cell[0]), float(cell[1]), float(cell[2]), float(cell[3]))
    )


_MAX_EDGES = 400  # edges looked at for frames: a page of drawings holds no stamp


def _framed(page: Any, tables: list[TableText]) -> list[TableText]:
    """Boxes framed by four drawn edges, which pdfplumber's table finder passes over (it
    wants two cells): a received copy's stamp, a boxed urgency mark."""
    edges = page.edges
    if len(edges) > _MAX_EDGES:
        return []
    across = [e for e in edges if e.get("orientation") == "h"]
    down = [e for e in edges if e.get("orientation") == "v"]
    found: list[TableText] = []
    for upper in across:
        for lower in across:
            if lower["top"] - upper["top"] < 8:
                continue
            if abs(upper["x0"] - lower["x0"]) > 2 or abs(upper["x1"] - lower["x1"]) > 2:
                continue
            sides = {
                round(e["x0"])
                for e in down
                if e["top"] <= upper["top"] + 2
                and e["bottom"] >= lower["top"] - 2
                and min(abs(e["x0"] - upper["x0"]), abs(e["x0"] - upper["x1"])) < 2
            }
            box = (float(upper["x0"]), float(upper["top"]), float(upper["x1"]), float(lower["top"]))
            if len(sides) < 2 or any(_within(box, t) for t in (*tables, *found)):
                continue
            found.append(TableText(x0=box[0], top=box[1], x1=box[2], bottom=box[3], rows=((box,),)))
    return found


def _within(box: Box, table: TableText) -> bool:
    x0, top, x1, bottom = box
    return (
        table.x0 - 2 <= x0
        and x1 <= table.x1 + 2
        and table.top - 2 <= top
        and bottom <= table.bottom + 2
    )


_MAX_FIELDS = 200
"""Form fields looked at for a signature: a signed document has a few.  Past them the reader
says it stopped looking (``signature-unsought``)."""


def _signed(document: Any) -> bool | None:
    """Whether the PDF carries an electronic signature: a signature field (``/FT /Sig``)
    with its value, in the AcroForm's fields or their kids.  A signing tool stamps the
    number and the date on the page as it signs; the text layer leaves them blank.  ``None``
    when the form has more than :data:`_MAX_FIELDS` fields and none of those is one; a field
    met again (a hostile form's cycle of ``/Kids``) is not looked at twice."""
    from pdfminer.pdftypes import PDFObjRef, resolve1  # pdfplumber's own reader, there with it

    try:
        form = resolve1(document.catalog.get("AcroForm"))
        waiting = list(resolve1(form.get("Fields")) or ()) if isinstance(form, dict) else []
        seen: set[int] = set()
        for _ in range(_MAX_FIELDS):
            while waiting and isinstance(waiting[-1], PDFObjRef) and waiting[-1].objid in seen:
                waiting.pop()
            if not waiting:
                return False
            reference = waiting.pop()
            if isinstance(reference, PDFObjRef):
                seen.add(reference.objid)
            field = resolve1(reference)
            if not isinstance(field, dict):
                continue
            kind = getattr(resolve1(field.get("FT")), "name", None)
            if kind == "Sig" and field.get("V") is not None:
                return True
            waiting.extend(resolve1(field.get("Kids")) or ())
    except Exception:  # a damaged form is no signature the reader can see
        return False
    return None if waiting else False


_PAGE_NOTES = {
    "page-turned": (
        Severity.INFO,
        "its text runs turned by {degrees}° (a landscape page set sideways, or one turned by"
        " /Rotate): read turned back",
    ),
    "stamps-unread": (
        Severity.WARNING,
        "{unread}: a number or date a signing tool stamped there is not read",
    ),
    "sideways-glyphs-unread": (
        Severity.INFO,
        "{glyphs} glyph(s) set sideways (a vertical stamp or margin note among upright text)"
        " not read",
    ),
    "scanned": (Severity.WARNING, "an image without a text layer: not read"),
}
"""What a page's remarks say, by code: one place for them all, each filled by
:func:`_page_note`."""


def _page_note(number: int, code: str, **values: object) -> PageDiagnostic:
    severity, message = _PAGE_NOTES[code]
    return _note(f"page {number}", severity, code, message.format(**values))


def _unread_stamps(stamps: Stamps) -> str:
    """What of a page's stamps was not drawn, and why."""
    unread = (
        [
            f"{stamps.unread} annotation(s) past the first {MAX_ANNOTATIONS}, or past"
            f" {MAX_WIDGETS} form fields drawn, not looked at"
        ]
        if stamps.unread
        else []
    )
    if stamps.turned:
        unread.append(f"{stamps.turned} form field(s) of a turned page (/Rotate) not drawn")
    if stamps.damaged:
        unread.append(
            f"{stamps.damaged} form field(s) damaged (an appearance missing or unreadable)"
            " not drawn"
        )
    return "; ".join(unread)


def _bomb(limits: PDFLimits) -> PDFDecodeError:
    return _fail(
        "file",
        f"its streams decode to more than PDFLimits.max_inflated ({limits.max_inflated})"
        " bytes: a stream bomb",
    )


def read(
    source: Any, *, kinds: KindRegistry = KINDS, limits: PDFLimits = DEFAULT_LIMITS
) -> PageReading:
    """Read a PDF (bytes, a path or a binary file) into its instrument, the reader's remarks,
    what its pages show and the logical lines the text reader read.

    :class:`~vnadmin.errors.PDFDecodeError` for what is no PDF, an encrypted one, one over
    ``limits``, or a scan without a text layer."""
    if limits is not DEFAULT_LIMITS:
        expect("limits", limits, PDFLimits)
    data = _bytes(source, limits)
    plumber = pdfplumber()
    grown = inflated(data, limits.max_inflated)
    if grown > limits.max_inflated:
        raise _bomb(limits)
    notes: list[PageDiagnostic] = []
    try:
        with plumber.open(io.BytesIO(data)) as pdf:
            if pdf.doc.decipher is not None:  # encrypted: its streams measured deciphered
                grown += deciphered(pdf.doc, limits.max_inflated - grown)
                if grown > limits.max_inflated:
                    raise _bomb(limits)
            if len(pdf.pages) > limits.max_pages:
                raise _fail(
                    "file",
                    f"{len(pdf.pages)} pages, more than PDFLimits.max_pages ({limits.max_pages})",
                )
            signed = _signed(pdf.doc)
            pages = []
            scanned = []
            count = sideways = 0
            for page in pdf.pages:
                turns = _turn(page)
                if turns:  # read as a reader turns the paper
                    page = _turned(pdf, page, turns)
                    notes.append(_page_note(page.page_number, "page-turned", degrees=90 * turns))
                stamps = stamped_chars(page)  # what a signing tool stamped on the blanks
                if stamps.unread or stamps.turned or stamps.damaged:
                    unread = _unread_stamps(stamps)
                    notes.append(_page_note(page.page_number, "stamps-unread", unread=unread))
                text, turned = _page_text(page, stamps)
                if turned:  # a turned page, a vertical stamp: not read
                    sideways += turned
                    notes.append(
                        _page_note(page.page_number, "sideways-glyphs-unread", glyphs=turned)
                    )
                count += len(text.chars)
                if count > limits.max_text:
                    raise _fail(
                        "file", f"more than PDFLimits.max_text ({limits.max_text}) characters"
                    )
                if not page.chars and page.images:  # the fields' text on a scan at most
                    scanned.append(text.number)
                pages.append(text)
                page.close()
    except PDFDecodeError:
        raise
    except Exception as error:  # pdfminer's refusals: encrypted, damaged, not a PDF after all
        raise _fail("file", f"pdfplumber cannot read it: {type(error).__name__}: {error}") from None
    if len(scanned) == len(pages) or not any(page.chars for page in pages):
        if scanned:
            raise _fail(
                "file",
                f"a scan: its {len(scanned)} page(s) are images without a text layer; vnadmin"
                " does no OCR (run OCR first, e.g. ocrmypdf, and read the result)",
            )
        raise _fail(
            "file",
            f"no text on any page ({sideways} glyph(s) set sideways, not read)"
            if sideways
            else "no text on any page",
        )
    notes.extend(_page_note(number, "scanned") for number in scanned)
    blocks, remarks = page_blocks(pages)
    for remark in remarks:
        code, _, message = remark.partition(": ")
        notes.append(_note("document", Severity.INFO, code, message))
    if signed is None:
        notes.append(
            _note(
                "document",
                Severity.WARNING,
                "signature-unsought",
                f"more than {_MAX_FIELDS} form fields: an electronic signature among the"
                " others was not looked for (a blank number or day reads as a draft's)",
            )
        )
    instrument, diagnostics, lines = read_page(blocks, kinds=kinds, signed=bool(signed))
    presentation = measure(
        blocks,
        tuple(Page(width=page.width * _MM, height=page.height * _MM) for page in pages),
        instrument,
    )
    return PageReading(
        instrument=instrument,
        diagnostics=(*notes, *diagnostics),
        presentation=presentation,
        lines=lines,
    )


def _note(where: str, severity: Severity, code: str, message: str) -> PageDiagnostic:
    return PageDiagnostic(where=where, severity=severity, code=code, message=message)


def loads(
    source: Any, *, kinds: KindRegistry = KINDS, limits: PDFLimits = DEFAULT_LIMITS
) -> Instrument:
    """The instrument of a PDF document (see :func:`read`)."""
    return read(source, kinds=kinds, limits=limits).instrument
