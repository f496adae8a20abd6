"""A Word document as the reader needs it: its paragraphs and tables in reading order
(:mod:`vnadmin.pages.blocks`), each run with the formatting it shows once styles and
defaults are applied.

Word keeps formatting on several levels (the run, its character style, the paragraph's
style and the styles it is based on, the document defaults, the theme's fonts): a run's
size or boldness is the first level that sets it.  Text is what the page shows: tracked
deletions, hidden text and field codes are left out, field results and tracked insertions
kept, text in the capitals property is given in capitals, an automatic list number is
given as the label it prints (``1.``, ``a)``, ``-``), and the paragraphs of text boxes
follow the paragraph that anchors them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from typing import Any

from vnadmin._safexml import parse
from vnadmin.errors import WordDecodeError
from vnadmin.grammar.labels import to_roman
from vnadmin.limits import Limits
from vnadmin.pages.blocks import Block, Cell, Para, Run, Table
from vnadmin.presentation import Alignment, LineSpacing, Margins, Page

__all__ = ["read_blocks", "read_pages"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_V = "urn:schemas-microsoft-com:vml"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def w(name: str) -> str:
    return f"{{{W}}}{name}"


_P, _R, _T, _TBL, _TR, _TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
_VAL = w("val")
_SKIPPED = frozenset(
    w(name) for name in ("del", "moveFrom", "pPr", "rPr", "proofErr", "bookmarkStart")
)
_CONTAINERS = frozenset(
    w(name) for name in ("ins", "moveTo", "hyperlink", "smartTag", "sdt", "sdtContent", "fldSimple")
) | {w("customXml"), w("dir"), w("bdo")}
_BLOCK_CONTAINERS = frozenset({w("sdt"), w("sdtContent"), w("customXml")})
_ALIGNMENTS = {
    "left": Alignment.LEFT,
    "start": Alignment.LEFT,
    "center": Alignment.CENTER,
    "right": Alignment.RIGHT,
    "end": Alignment.RIGHT,
    "both": Alignment.JUSTIFY,
    "distribute": Alignment.JUSTIFY,
}
_FALSE = frozenset({"0", "false", "off"})
_LINE_GEOMETRIES = frozenset({"line", "straightConnector1"})


def _on(element: Any) -> bool:
    """A toggle property (``<w:b/>``, ``<w:b w:val="0"/>``) is on."""
    return element.get(_VAL, "true").lower() not in _FALSE


# Styles --------------------------------------------------------------------------------------


class Styles:
    """The style levels of a document, and the theme's fonts."""

    def __init__(self, styles: Any | None, theme: Any | None) -> None:
        self._by_id: dict[str, Any] = {}
        self._default_paragraph: str | None = None
        self._run_defaults: Any | None = None
        self._paragraph_defaults: Any | None = None
        if styles is not None:
            for style in styles.iter(w("style")):
                style_id = style.get(w("styleId"))
                if style_id is not None:
                    self._by_id[style_id] = style
                    if style.get(w("type")) == "paragraph" and _on_attribute(style, "default"):
                        self._default_paragraph = style_id
            defaults = styles.find(w("docDefaults"))
            if defaults is not None:
                self._run_defaults = defaults.find(f"{w('rPrDefault')}/{w('rPr')}")
                self._paragraph_defaults = defaults.find(f"{w('pPrDefault')}/{w('pPr')}")
        self._theme = _theme_fonts(theme)

    @functools.lru_cache(maxsize=512)  # noqa: B019 - one Styles per document, dropped with it
    def chain(self, style_id: str | None) -> tuple[Any, ...]:
        """The style ``style_id`` and those it is based on, nearest first."""
        found: list[Any] = []
        seen: set[str] = set()
        while style_id is not None and style_id not in seen and len(found) < 32:
            seen.add(style_id)
            style = self._by_id.get(style_id)
            if style is None:
                break
            found.append(style)
            based = style.find(w("basedOn"))
            style_id = None if based is None else based.get(_VAL)
        return tuple(found)

    def paragraph_levels(self, p_pr: Any | None) -> list[Any]:
        """The paragraph property elements that apply to a paragraph, nearest first."""
        style_id = self._default_paragraph
        levels: list[Any] = []
        if p_pr is not None:
            levels.append(p_pr)
            style = p_pr.find(w("pStyle"))
            if style is not None:
                style_id = style.get(_VAL)
        levels.extend(s.find(w("pPr")) for s in self.chain(style_id))
        levels.append(self._paragraph_defaults)
        return [level for level in levels if level is not None]

    def run_levels(self, p_pr: Any | None, r_pr: Any | None) -> list[Any]:
        """The run property elements that apply to a run, nearest first."""
        levels: list[Any] = []
        if r_pr is not None:
            levels.append(r_pr)
            style = r_pr.find(w("rStyle"))
            if style is not None:
                levels.extend(s.find(w("rPr")) for s in self.chain(style.get(_VAL)))
        style_id = self._default_paragraph
        if p_pr is not None:
            p_style = p_pr.find(w("pStyle"))
            if p_style is not None:
                style_id = p_style.get(_VAL)
        levels.extend(s.find(w("rPr")) for s in self.chain(style_id))
        levels.append(self._run_defaults)
        return [level for level in levels if level is not None]

    def font(self, levels: list[Any]) -> str | None:
        for level in levels:
            fonts = level.find(w("rFonts"))
            if fonts is None:
                continue
            for theme, plain in (("hAnsiTheme", "hAnsi"), ("asciiTheme", "ascii")):
                if fonts.get(w(theme)) is not None:
                    return self._theme.get(fonts.get(w(theme)), None)
                if fonts.get(w(plain)) is not None:
                    return str(fonts.get(w(plain)))
        return None


def _on_attribute(element: Any, name: str) -> bool:
    value = element.get(w(name))
    return value is not None and value.lower() not in _FALSE


def _theme_fonts(theme: Any | None) -> dict[str, str]:
    """The theme's major and minor Latin fonts by the names rFonts gives them."""
    if theme is None:
        return {}
    found: dict[str, str] = {}
    for kind, prefix in (("majorFont", "major"), ("minorFont", "minor")):
        latin = theme.find(f".//{{{_A}}}{kind}/{{{_A}}}latin")
        if latin is not None and latin.get("typeface"):
            for script in ("HAnsi", "Ascii", "EastAsia", "Bidi"):
                found[f"{prefix}{script}"] = latin.get("typeface")
    return found


def _first(levels: list[Any], name: str) -> Any | None:
    for level in levels:
        found = level.find(w(name))
        if found is not None:
            return found
    return None


def _toggle(levels: list[Any], *names: str) -> bool:
    for level in levels:
        for name in names:
            found = level.find(w(name))
            if found is not None:
                return _on(found)
    return False


# Numbering -------------------------------------------------------------------------------------


_BULLETS = {"-": "-", "–": "-", "—": "-", "+": "+", "*": "-", "o": "-"}


class Numbering:
    """Counts automatic list numbers as Word prints them: per abstract list, a counter per
    level, deeper levels restarting when a level advances."""

    def __init__(self, numbering: Any | None) -> None:
        self._abstract: dict[str, dict[int, Any]] = {}
        self._instances: dict[str, tuple[str, dict[int, int]]] = {}
        self._counts: dict[str, list[int | None]] = {}
        if numbering is None:
            return
        for abstract in numbering.iter(w("abstractNum")):
            levels = {int(lvl.get(w("ilvl"), "0")): lvl for lvl in abstract.iter(w("lvl"))}
            self._abstract[abstract.get(w("abstractNumId"), "")] = levels
        for num in numbering.iter(w("num")):
            ref = num.find(w("abstractNumId"))
            overrides = {}
            for override in num.iter(w("lvlOverride")):
                start = override.find(w("startOverride"))
                if start is not None:
                    overrides[int(override.get(w("ilvl"), "0"))] = int(start.get(_VAL, "1"))
            if ref is not None:
                self._instances[num.get(w("numId"), "")] = (ref.get(_VAL, ""), overrides)

    def label(self, num_id: str, level: int) -> str | None:
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        abstract_id, overrides = instance
        levels = self._abstract.get(abstract_id, {})
        lvl = levels.get(level)
        if lvl is None:
            return None
        counts = self._counts.setdefault(abstract_id, [None] * 10)
        if level >= len(counts):
            return None
        start = overrides.pop(level, None)
        current = counts[level]
        counts[level] = (
            start if start is not None else (_start(lvl) if current is None else current + 1)
        )
        for deeper in range(level + 1, len(counts)):
            counts[deeper] = None
        fmt = _value(lvl, "numFmt") or "decimal"
        text = _value(lvl, "lvlText") or ""
        if fmt == "bullet":
            return _BULLETS.get(text.strip(), "•") if text.strip() else None
        for index in range(level + 1):
            other = levels.get(index)
            count = counts[index] if counts[index] is not None else _start(other)
            shown = _format(_value(other, "numFmt") or "decimal", count or 0)
            text = text.replace(f"%{index + 1}", shown)
        return text.strip() or None


def _value(element: Any | None, name: str) -> str | None:
    if element is None:
        return None
    found = element.find(w(name))
    return None if found is None else found.get(_VAL)


def _start(lvl: Any | None) -> int:
    value = _value(lvl, "start")
    return int(value) if value and value.isdigit() else 1


def _format(fmt: str, count: int) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        value = max(count, 1)
        while value:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < count < 4000:
        roman = to_roman(count)
        return roman.lower() if fmt == "lowerRoman" else roman
    if fmt == "decimalZero":
        return f"{count:02d}"
    return str(count)


# The walk ------------------------------------------------------------------------------------


class _Walker:
    def __init__(self, styles: Styles, numbering: Numbering, max_text: int) -> None:
        self.styles = styles
        self.numbering = numbering
        self.max_text = max_text

    def blocks(self, parent: Any, where: str) -> Iterator[Block]:
        paragraphs = tables = 0
        for child in _block_children(parent):
            if child.tag == _P:
                paragraphs += 1
                place = f"{where}paragraph {paragraphs}"
                yield self.paragraph(child, place)
                for index, box in enumerate(_text_boxes(child), 1):
                    yield from self.blocks(box, f"{place}, text box {index}, ")
            else:
                tables += 1
                yield self.table(child, f"{where}table {tables}")

    def table(self, element: Any, where: str) -> Table:
        rows = []
        for r, row in enumerate(_children(element, _TR), 1):
            cells = tuple(
                Cell(tuple(self.blocks(cell, f"{where}, row {r}, cell {c}, ")))
                for c, cell in enumerate(_children(row, _TC), 1)
            )
            rows.append(cells)
        return Table(
            rows=tuple(rows),
            where=where,
            bordered=_bordered(element, self.styles),
            widths=_widths(element),
        )

    def paragraph(self, element: Any, where: str) -> Para:
        p_pr = element.find(w("pPr"))
        levels = self.styles.paragraph_levels(p_pr)
        runs: list[Run] = []
        line = False
        for run in _runs(element):
            found = self.run(run, p_pr)
            if found is not None:
                runs.append(found)
            line = line or _draws_line(run)
        borders = _first(levels, "pBdr")
        length = sum(len(run.text) for run in runs)
        if length > self.max_text:
            raise WordDecodeError(
                [(where, f"{length} characters, more than WordLimits.max_text ({self.max_text})")]
            )
        return Para(
            runs=tuple(runs),
            where=where,
            label=self._label(levels),
            alignment=_alignment(levels),
            spacing=_spacing(levels),
            border_below=borders is not None and _drawn(borders.find(w("bottom"))),
            border_above=borders is not None and _drawn(borders.find(w("top"))),
            line_shape=line,
        )

    def _label(self, levels: list[Any]) -> str | None:
        num = _first(levels, "numPr")
        if num is None:
            return None
        num_id, level = _value(num, "numId"), _value(num, "ilvl")
        if num_id is None or num_id == "0":
            return None
        return self.numbering.label(num_id, int(level) if level and level.isdigit() else 0)

    def run(self, element: Any, p_pr: Any | None) -> Run | None:
        levels = self.styles.run_levels(p_pr, element.find(w("rPr")))
        if _toggle(levels, "vanish"):
            return None
        text = _run_text(element)
        if not text:
            return None
        caps = _toggle(levels, "caps", "smallCaps")
        size = _value(_first_with(levels, "sz"), "sz")
        underline = _first(levels, "u")
        return Run(
            text=text.upper() if caps else text,
            font=self.styles.font(levels),
            size=int(size) / 2 if size and size.isdigit() else None,
            bold=_toggle(levels, "b"),
            italic=_toggle(levels, "i"),
            underline=underline is not None and underline.get(_VAL, "single") != "none",
            caps=caps,
        )


def _first_with(levels: list[Any], name: str) -> Any | None:
    for level in levels:
        if level.find(w(name)) is not None:
            return level
    return None


def _block_children(parent: Any) -> Iterator[Any]:
    for child in parent:
        if child.tag in (_P, _TBL):
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _block_children(child)


def _children(parent: Any, tag: str) -> Iterator[Any]:
    """The ``tag`` children of ``parent``, content controls looked through."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in _BLOCK_CONTAINERS:
            yield from _children(child, tag)


def _runs(paragraph: Any) -> Iterator[Any]:
    for child in paragraph:
        if child.tag == _R:
            yield child
        elif child.tag in _CONTAINERS:
            yield from _runs(child)


_TEXT_TAGS = {
    w("t"): None,
    w("tab"): "\t",
    w("cr"): "\n",
    w("noBreakHyphen"): "-",
    w("softHyphen"): "",
}


def _run_text(run: Any) -> str:
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == w("br"):
            parts.append("" if child.get(w("type")) in ("page", "column") else "\n")
        elif tag in _TEXT_TAGS:
            parts.append(_TEXT_TAGS[tag] or "")
        elif tag == w("sym"):
            parts.append(_symbol(child.get(w("char"), "")))
    return "".join(parts)


def _symbol(code: str) -> str:
    try:
        value = int(code, 16)
    except ValueError:
        return ""
    if value >= 0xF000:  # a symbol font's private-use code: its ASCII position
        value -= 0xF000
    return chr(value) if 0x20 <= value < 0x110000 and not 0xD800 <= value < 0xE000 else ""


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """The text box contents anchored in ``paragraph``, each once (a drawing and its VML
    fallback hold the same box)."""
    for box in paragraph.iter(w("txbxContent")):
        if any(a.tag == f"{{{_MC}}}Fallback" for a in box.iterancestors()):
            continue
        if any(a.tag == w("txbxContent") for a in box.iterancestors()):
            continue
        yield box


def _draws_line(run: Any) -> bool:
    for element in run.iter(f"{{{_A}}}prstGeom", f"{{{_V}}}line"):
        if element.tag == f"{{{_V}}}line" or element.get("prst") in _LINE_GEOMETRIES:
            return True
    return False


def _drawn(border: Any | None) -> bool:
    return border is not None and border.get(_VAL, "none") not in ("none", "nil")


def _alignment(levels: list[Any]) -> Alignment | None:
    value = _value(_first_with(levels, "jc"), "jc")
    return Alignment.LEFT if value is None else _ALIGNMENTS.get(value)  # Word's default


def _spacing(levels: list[Any]) -> LineSpacing | None:
    for level in levels:
        spacing = level.find(w("spacing"))
        if spacing is None or spacing.get(w("line")) is None:
            continue
        line = spacing.get(w("line"), "")
        if not line.lstrip("-").isdigit():
            return None
        if spacing.get(w("lineRule"), "auto") == "auto":
            return LineSpacing(lines=round(int(line) / 240, 2))
        return LineSpacing(points=round(int(line) / 20, 1))
    return LineSpacing(lines=1.0)


def _widths(table: Any) -> tuple[float, ...]:
    """The widths of the table's grid columns, in millimetres (twentieths of a point)."""
    grid = table.find(w("tblGrid"))
    if grid is None:
        return ()
    found = []
    for column in grid.findall(w("gridCol")):
        value = column.get(w("w"), "")
        if not value.isdigit():
            return ()
        found.append(round(int(value) / 20 * 25.4 / 72, 1))
    return tuple(found)


def _bordered(table: Any, styles: Styles) -> bool:
    levels = []
    properties = table.find(w("tblPr"))
    if properties is not None:
        levels.append(properties)
        style = properties.find(w("tblStyle"))
        if style is not None:
            levels.extend(s.find(w("tblPr")) for s in styles.chain(style.get(_VAL)))
    for level in levels:
        if level is None:
            continue
        borders = level.find(w("tblBorders"))
        if borders is not None:
            return any(_drawn(border) for border in borders)
    return any(
        _drawn(b) for b in table.iter(w("top"), w("bottom")) if b.getparent().tag == w("tcBorders")
    )


def read_blocks(document: Any, *, max_text: int = 2**31) -> list[Block]:
    """The paragraphs and tables of a python-docx ``Document``, in reading order;
    :class:`~vnadmin.errors.WordDecodeError` for a paragraph longer than ``max_text``."""
    part = document.part
    styles = Styles(document.styles.element, _theme(part))
    numbering = Numbering(_numbering(part))
    return list(_Walker(styles, numbering, max_text).blocks(document.element.body, ""))


_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_THEME = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"


def _related(part: Any, kind: str) -> Any | None:
    """The XML of the part ``part`` relates to as ``kind`` (checked when the package was
    opened), or ``None``."""
    for relationship in part.rels.values():
        if relationship.reltype == kind and not relationship.is_external:
            return parse(relationship.target_part.blob, Limits())
    return None


def _theme(part: Any) -> Any | None:
    return _related(part, _THEME)


def _numbering(part: Any) -> Any | None:
    return _related(part, _NUMBERING)


def read_pages(document: Any) -> tuple[Page, ...]:
    """The paper and margins of each section, in millimetres."""
    pages = []
    for section in document.sections:
        if section.page_width is None or section.page_height is None:
            continue
        margins = None
        if None not in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        ):
            margins = Margins(
                top=section.top_margin.mm,
                bottom=section.bottom_margin.mm,
                left=section.left_margin.mm,
                right=section.right_margin.mm,
            )
        pages.append(
            Page(width=section.page_width.mm, height=section.page_height.mm, margins=margins)
        )
    return tuple(pages)
