"""PDF files made from Word documents, as offices make them: LibreOffice in headless mode
where it is installed, and otherwise drawn with fpdf2 (the test group's PDF library) from
the document's paragraphs and tables, in a serif font of the machine that has Vietnamese
letters.  Either way the PDF reader meets glyphs at positions, not the Word file."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import docx
from fpdf import FPDF

from vnadmin.docx.libreoffice import convert, converter
from vnadmin.docx.walk import read_blocks
from vnadmin.pages import Para, Table
from vnadmin.presentation import Alignment

__all__ = [
    "FONTS",
    "drawn_pdf",
    "first_page",
    "next_object",
    "office_pdf",
    "signed_pdf",
    "stamped_pdf",
    "updated_pdf",
]

_FONT_FILES = (
    ("/usr/share/fonts/truetype/dejavu", "DejaVuSerif{}.ttf",
     {"": "", "B": "-Bold", "I": "-Italic", "BI": "-BoldItalic"}),
)  # fmt: skip
"""DejaVu Serif (Debian's fonts-dejavu-core, which fontconfig brings): Liberation Serif
1.07 lacks most Vietnamese letters."""


def _fonts() -> dict[str, Path] | None:
    for folder, pattern, styles in _FONT_FILES:
        found = {style: Path(folder) / pattern.format(name) for style, name in styles.items()}
        if all(path.is_file() for path in found.values()):
            return found
    return None


FONTS = _fonts()
"""A serif family with Vietnamese letters (regular, bold, italic, both), or ``None``."""

_ALIGN = {Alignment.CENTER: "C", Alignment.JUSTIFY: "J", Alignment.RIGHT: "R"}
_MM_PER_PT = 25.4 / 72
_DEJAVU = 0.87  # DejaVu Serif is wider than Times New Roman: scaled to wrap as Word wraps


def office_pdf(data: bytes) -> bytes:
    """The PDF of a Word document: LibreOffice's when installed, else :func:`drawn_pdf`."""
    return convert(data, "docx", "pdf") if converter() is not None else drawn_pdf(data)


def drawn_pdf(data: bytes) -> bytes:
    """A Word document drawn on A4 with fpdf2: each paragraph with its alignment, weight,
    style and size, tables cell beside cell, rules under bordered paragraphs."""
    assert FONTS is not None, "no serif TrueType font with Vietnamese letters on this machine"
    pdf = FPDF(format="A4", unit="mm")
    for style, path in FONTS.items():
        pdf.add_font("Serif", style, str(path))
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    for block in read_blocks(docx.Document(io.BytesIO(data))):
        _block(pdf, block, pdf.l_margin, pdf.epw)
    return bytes(pdf.output())


def _block(pdf: Any, block: Para | Table, x: float, width: float) -> None:
    if isinstance(block, Para):
        _paragraph(pdf, block, x, width)
        return
    columns = max(len(row) for row in block.rows)
    given = sum(block.widths)
    widths = (
        [width * part / given for part in block.widths]
        if given and len(block.widths) == columns
        else [width / columns] * columns
    )
    for row in block.rows:
        top, bottom = pdf.get_y(), pdf.get_y()
        left = x
        for cell, cell_width in zip(row, widths, strict=False):
            pdf.set_y(top)
            for inner in cell.blocks:
                _block(pdf, inner, left + 1, cell_width - 2)
            bottom = max(bottom, pdf.get_y())
            left += cell_width
        if block.bordered:  # each cell framed, so that the grid shows as Word draws it
            left = x
            for cell_width in widths:
                pdf.rect(left, top, cell_width, bottom - top)
                left += cell_width
        pdf.set_y(bottom)


def _paragraph(pdf: Any, para: Para, x: float, width: float) -> None:
    runs = [run for run in para.runs if run.text.strip()]
    size = next((run.size for run in runs if run.size), 14.0)
    style = ("B" if runs and all(r.bold for r in runs) else "") + (
        "I" if runs and all(r.italic for r in runs) else ""
    )
    pdf.set_font("Serif", style, size * _DEJAVU)
    height = size * _MM_PER_PT * 1.2
    pdf.set_x(x)
    if not para.text.strip():
        pdf.ln(height if not para.border_below else 1)
    else:
        align = _ALIGN.get(para.alignment, "L") if para.alignment is not None else "L"
        pdf.multi_cell(width, height, para.text, align=align)
        if para.alignment is Alignment.JUSTIFY:
            pdf.ln(2)  # the space Word leaves after a body paragraph
    if para.border_below:
        y = pdf.get_y() + 0.5
        pdf.line(x + width * 0.3, y, x + width * 0.7, y)
        pdf.set_y(y + 1)


_SIGNATURE_FIELD = b"/FT /Sig /T (Signature1) /V %(value)d 0 R /Subtype /Widget /Rect [0 0 0 0]"


def signed_pdf(data: bytes, field_entries: bytes = _SIGNATURE_FIELD) -> bytes:
    """``data`` (a PDF with a plain trailer, as fpdf2 writes it) signed as a signing tool
    leaves it: an incremental update that adds a signature field (``/FT /Sig``) with its
    value to the AcroForm.  The signature's bytes are zeros: what the reader looks at is
    that the file is signed, not whether the signature verifies.  ``field_entries``, the
    field's dictionary, may name the signature's object (``%(value)d``) and its own
    (``%(field)d``)."""
    value = next_object(data)
    field = value + 1
    return updated_pdf(
        data,
        {
            value: _SIGNATURE_VALUE,
            field: b"<< " + field_entries % {b"value": value, b"field": field} + b" >>",
        },
        [field],
    )


def stamped_pdf(data: bytes, stamps: Sequence[tuple[str, float, float]]) -> bytes:
    """``data`` (a PDF as fpdf2 writes it) signed as the government's signing tools sign it:
    for each stamp ``(text, x, y)``, a signature field on page 1 whose appearance draws
    ``text`` (Helvetica, 13 points) with its baseline at ``(x, y)``, points from the page's
    bottom left: the number and day the văn thư fills on the printed blanks as it signs."""
    size = next_object(data)
    number, page = first_page(data)
    objects = {size: _SIGNATURE_VALUE}
    fields = []
    for index, (text, x, y) in enumerate(stamps):
        field, shown = size + 1 + 2 * index, size + 2 + 2 * index
        drawn = b"BT /Helv 13 Tf 1 0 0 1 2 4 Tm (%s) Tj ET" % text.encode("ascii")
        objects[shown] = (
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 40 18] /Resources << /Font << /Helv"
            b" << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> /Length %d >>\n"
            b"stream\n%s\nendstream" % (len(drawn), drawn)
        )
        objects[field] = (
            b"<< /FT /Sig /T (VanThu%d) /V %d 0 R /Type /Annot /Subtype /Widget /F 132"
            b" /Rect [%.2f %.2f %.2f %.2f] /AP << /N %d 0 R >> /P %d 0 R >>"
            % (index, size, x - 2, y - 4, x + 38, y + 14, shown, number)
        )
        fields.append(field)
    annots = b" ".join(b"%d 0 R" % field for field in fields)
    objects[number] = page[:-2] + b"/Annots [" + annots + b"]\n>>"
    return updated_pdf(data, objects, fields)


def first_page(data: bytes) -> tuple[int, bytes]:
    """The object number and dictionary of page 1 of ``data`` (a PDF as fpdf2 writes it)."""
    page = re.search(rb"\n(\d+) 0 obj\s*(<<[^<>]*/Type /Page\n>>)\s*endobj", data)
    assert page is not None, "page 1 is not a plain object"
    return int(page.group(1)), page.group(2)


def next_object(data: bytes) -> int:
    """The first object number ``data``'s trailer leaves free: an update's objects follow."""
    return int(re.findall(rb"/Size (\d+)", data)[-1])


_SIGNATURE_VALUE = (
    b"<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached"
    b" /ByteRange [0 0 0 0] /Contents <" + b"0" * 64 + b"> /Name (So Tai chinh) >>"
)


def updated_pdf(data: bytes, objects: dict[int, bytes], fields: list[int]) -> bytes:
    """``data`` with an incremental update that writes ``objects`` (number: dictionary or
    stream) and gives the catalog an AcroForm of ``fields``."""
    root = int(re.findall(rb"/Root (\d+) 0 R", data)[-1])
    start = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    catalog = re.search(rb"\n%d 0 obj\s*(<<.*?>>)\s*endobj" % root, data, re.S)
    assert catalog is not None, "the catalog is not a plain object"
    listed = b" ".join(b"%d 0 R" % field for field in fields)
    form = b"/AcroForm << /Fields [" + listed + b"] /SigFlags 3 >>\n>>"
    objects = {**objects, root: catalog.group(1)[:-2] + form}
    update = bytearray(b"\n")
    offsets = {}
    for number, body in sorted(objects.items()):
        offsets[number] = len(data) + len(update)
        update += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data) + len(update)
    update += b"xref\n"
    for number, offset in sorted(offsets.items()):
        update += b"%d 1\n%010d 00000 n \n" % (number, offset)
    size = max(max(offsets) + 1, next_object(data))  # the trailer counts every object
    update += b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (size, root, start)
    update += b"startxref\n%d\n%%%%EOF\n" % xref
    return data + bytes(update)
