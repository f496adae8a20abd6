"""The text a form field's appearance shows on the page: what a signing tool stamps.

A document signed with the government's signing tools has its number and day filled in as
it is signed: the văn thư's signature fields (``VanThuChoSo``, ``VanThuChoNgay``, ...) sit on
the blanks of ``Số:      /QĐ-UBND`` and ``ngày      tháng``, and each field's appearance
stream draws the digits.  A viewer, and ``pdftotext``, show them; the page's own content
stream, which pdfplumber reads, holds only the blanks.  Each widget's normal appearance is
rendered here with pdfminer's interpreter, placed where the field stands, and its glyphs
join the page's.  Bounded, and said when the bounds are passed: the annotations of a page
looked at (:data:`MAX_ANNOTATIONS`) and the widgets rendered (:data:`MAX_WIDGETS`).  A damaged
field (its appearance unreadable, or a visible signature field's missing) gives no glyph a
reader can trust, and is counted for the reader to say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

__all__ = ["MAX_ANNOTATIONS", "MAX_WIDGETS", "Stamps", "stamped_chars"]

MAX_ANNOTATIONS = 1000
"""Annotations of one page looked at: links, comments and fields."""
MAX_WIDGETS = 50
"""Widgets of one page whose appearance is rendered: a signed page has a few."""


class Stamps(NamedTuple):
    """What the widgets of a page draw; the box each one's glyphs fill, in the page's
    coordinates (``x0``, ``top``, ``x1``, ``bottom``: the blank it fills); how many
    annotations past the bounds were not looked at (each may have stamped something); how
    many fields with an appearance a turned page (``/Rotate``) holds, not drawn; and how
    many are damaged, their stamp lost."""

    chars: list[dict[str, Any]]
    boxes: list[tuple[float, float, float, float]]
    unread: int
    turned: int = 0
    damaged: int = 0


def stamped_chars(page: Any) -> Stamps:
    """The glyphs the appearances of ``page``'s widgets draw, as pdfplumber gives a page's
    own (``text``, ``x0``, ``x1``, ``top``, ``bottom``, ``fontname``, ``size``,
    ``upright``), in the page's coordinates.  None for a turned page (its glyphs would need
    its rotation too): its fields are counted, for the reader to say so."""
    from pdfminer.pdftypes import PDFStream, resolve1

    page_object = page.page_obj
    found: list[dict[str, Any]] = []
    turned = bool(getattr(page_object, "rotate", 0) % 360)
    x0, _, _, y1 = (float(v) for v in page_object.mediabox)
    try:  # pdfminer's own objects, resolved one by one: pdfplumber's annots resolve the
        # whole of each (its page, the page's parent, ...) and a cycle there is no error here
        annots = list(resolve1(page_object.annots) or ())
    except Exception:
        return Stamps(found, [], 0)
    boxes: list[tuple[float, float, float, float]] = []
    unread, rendered, kept_apart, damaged = max(0, len(annots) - MAX_ANNOTATIONS), 0, 0, 0
    for index, reference in enumerate(annots[:MAX_ANNOTATIONS]):
        try:
            annot = resolve1(reference)
            if _name(annot.get("Subtype")) != "Widget":
                continue
        except Exception:  # no annotation a reader can tell a field from
            continue
        try:
            appearances = resolve1(annot.get("AP"))
            appearance = resolve1(appearances.get("N")) if appearances is not None else None
            rect = [float(resolve1(v)) for v in resolve1(annot["Rect"])]
        except Exception:  # a damaged field shows nothing a reader can trust
            damaged += 1
            continue
        if _damaged(annot, appearances, appearance, rect):
            damaged += 1
            continue
        if not isinstance(appearance, PDFStream):
            continue  # a check box's states, or a field that draws nothing
        if turned:
            kept_apart += 1
            continue
        if rendered == MAX_WIDGETS:
            return Stamps(found, boxes, len(annots) - index, kept_apart, damaged)
        rendered += 1
        glyphs = _rendered(appearance, rect)
        if glyphs is None:
            damaged += 1
            continue
        drawn = len(found)
        found.extend(
            {
                "text": char.get_text(),
                "x0": char.x0 - x0,
                "x1": char.x1 - x0,
                "top": y1 - char.y1,
                "bottom": y1 - char.y0,
                "fontname": char.fontname,
                "size": char.size,
                "upright": char.upright,
            }
            for char in glyphs
        )
        if len(found) > drawn:  # the blank the glyphs fill, not the whole field
            glyphs = found[drawn:]
            boxes.append(
                (
                    min(c["x0"] for c in glyphs),
                    min(c["top"] for c in glyphs),
                    max(c["x1"] for c in glyphs),
                    max(c["bottom"] for c in glyphs),
                )
            )
    return Stamps(found, boxes, unread, kept_apart, damaged)


def _damaged(annot: Any, appearances: Any, appearance: Any, rect: Sequence[float]) -> bool:
    """Whether a widget is damaged: its rectangle is no four numbers, its appearance is
    named but is neither a stream nor a dictionary of states (a reference to no object, a
    stream cut short), or it is a signature field with an area on the page and no
    appearance at all (what it stamped is lost; an invisible signature has no area)."""
    from pdfminer.pdftypes import PDFStream

    if len(rect) != 4:
        return True
    if appearances is not None:
        return not isinstance(appearances, dict) or not isinstance(appearance, (PDFStream, dict))
    wide, high = abs(rect[2] - rect[0]), abs(rect[3] - rect[1])
    return wide * high > 0 and _field_type(annot) == "Sig"


def _field_type(annot: Any) -> str | None:
    """The field type (``/FT``) of a widget, its own or inherited from its field's parents
    (a few: a form nests fields shallowly, a hostile one in a cycle)."""
    from pdfminer.pdftypes import resolve1

    field = annot
    for _ in range(8):
        if not isinstance(field, dict):
            return None
        if field.get("FT") is not None:
            return _name(field.get("FT"))
        field = resolve1(field.get("Parent"))
    return None


def _name(value: Any) -> str | None:
    from pdfminer.pdftypes import resolve1

    return getattr(resolve1(value), "name", None)


def _rendered(appearance: Any, rect: Sequence[float]) -> list[Any] | None:
    """The glyphs (pdfminer's ``LTChar``) ``appearance`` draws once fitted to ``rect``, as
    PDF 32000 12.5.5 places a form's box: its ``BBox`` through its ``Matrix``, scaled and
    moved onto the field's rectangle; None when it cannot be drawn (damaged)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LTChar, LTContainer
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import apply_matrix_pt, mult_matrix

    try:
        box = [float(v) for v in resolve1(appearance.get("BBox"))]
        given = [float(v) for v in resolve1(appearance.get("Matrix", (1, 0, 0, 1, 0, 0)))]
        matrix = (given[0], given[1], given[2], given[3], given[4], given[5])
        corners = [apply_matrix_pt(matrix, (x, y)) for x in box[::2] for y in box[1::2]]
        left, bottom = min(x for x, _ in corners), min(y for _, y in corners)
        width = max(x for x, _ in corners) - left
        height = max(y for _, y in corners) - bottom
        rx0, ry0 = min(rect[0], rect[2]), min(rect[1], rect[3])
        sx = abs(rect[2] - rect[0]) / width if width else 1.0
        sy = abs(rect[3] - rect[1]) / height if height else 1.0
        fitted = (sx, 0.0, 0.0, sy, rx0 - sx * left, ry0 - sy * bottom)
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager)
        canvas = PDFPage(None, 0, {"MediaBox": [0, 0, 0, 0]}, None)  # type: ignore[arg-type]
        device.begin_page(canvas, (1.0, 0.0, 0.0, 1.0, 0.0, 0.0))
        PDFPageInterpreter(manager, device).render_contents(
            resolve1(appearance.get("Resources")) or {},
            [appearance],
            ctm=mult_matrix(matrix, fitted),
        )
        device.end_page(canvas)
    except Exception:  # a damaged appearance draws nothing a reader can trust
        return None
    glyphs = []
    waiting: list[Any] = [device.get_result()]
    while waiting:
        item = waiting.pop()
        if isinstance(item, LTChar):
            glyphs.append(item)
        elif isinstance(item, LTContainer):
            waiting.extend(reversed(list(item)))  # in the order drawn
    return glyphs
