"""Where a glyph of a ruled table goes (drawn here glyph by glyph, no PDF file needed): to
the one cell that holds its middle, so that a letter set against a cell's rule is neither
lost nor read twice.  What is a ruled table (a small PDF drawn with fpdf2): boxes and rules
drawn in white show nothing and rule no table."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from vnadmin.pages.blocks import Para, Table
from vnadmin.pdf.layout import Char, PageText, TableText, page_blocks

if TYPE_CHECKING:
    from fpdf import FPDF

SIZE = 13.0
STEP = 7.0


def _glyphs(text: str, x0: float, top: float) -> list[Char]:
    return [
        Char(ch, x0 + i * STEP, x0 + (i + 1) * STEP, top, top + SIZE, "Times", False, False, SIZE)
        for i, ch in enumerate(text)
    ]


def _cells(start: float) -> list[str]:
    """The texts of a one-row table of two cells, split at x = 300, whose right cell's text
    'Nơi nhận:' starts at ``start``, and any text left outside the table."""
    table = TableText(
        x0=50.0, x1=550.0, top=400.0, bottom=440.0,
        rows=(((50.0, 400.0, 300.0, 440.0), (300.0, 400.0, 550.0, 440.0)),),
    )  # fmt: skip
    chars = (*_glyphs("Như trên", 60.0, 410.0), *_glyphs("Nơi nhận:", start, 410.0))
    page = PageText(number=1, width=595.0, height=842.0, chars=chars, tables=(table,))
    blocks, _ = page_blocks([page])
    assert not [b for b in blocks if isinstance(b, Para)]  # every glyph is the table's
    (found,) = [b for b in blocks if isinstance(b, Table)]
    return [" ".join(p.text for p in cell.blocks if isinstance(p, Para)) for cell in found.rows[0]]


@pytest.mark.parametrize(
    "start",
    [
        pytest.param(302.0, id="inside the cell"),
        pytest.param(297.0, id="its first letter across the rule"),
    ],
)
def test_a_glyph_goes_to_the_cell_that_holds_its_middle(start: float) -> None:
    assert _cells(start) == ["Như trên", "Nơi nhận:"]


def test_a_glyph_over_the_rule_by_more_than_half_is_the_left_cells() -> None:
    # the 'N' stands from 294 to 301: its middle is left of the rule
    assert _cells(294.0) == ["Như trên N", "ơi nhận:"]


def _page() -> FPDF:
    """An A4 page in a serif font with Vietnamese letters, 13 pt, to draw a test PDF on;
    the test skips where pdfplumber or such a font is missing."""
    pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
    from fpdf import FPDF

    from pdfs import FONTS

    if FONTS is None:
        pytest.skip("no serif TrueType font with Vietnamese letters to draw a PDF with")
    drawn = FPDF(format="A4", unit="mm")
    drawn.add_font("Serif", "", str(FONTS[""]))
    drawn.add_page()
    drawn.set_font("Serif", "", 13)
    return drawn


def _shaded(colour: int) -> bytes:
    """A page of three body lines, each drawn on a box filled in grey ``colour`` (255:
    white, as Word shades a paragraph) and the three stroked round in that colour."""
    drawn = _page()
    drawn.set_fill_color(colour)
    drawn.set_draw_color(colour)
    for index, line in enumerate(
        ["Sở Tài chính tổng hợp ý kiến của các sở,", "ngành và báo cáo Ủy ban nhân dân", "tỉnh."]
    ):
        drawn.rect(30, 100 + 7 * index, 150, 7, style="F")
        drawn.text(31, 105 + 7 * index, line)
    drawn.rect(30, 100, 150, 21, style="D")
    return bytes(drawn.output())


def test_white_boxes_behind_the_lines_make_no_table() -> None:
    from vnadmin import pdf

    shaded = pdf.read(_shaded(255))
    assert [line.text for line in shaded.lines if line.text] == [
        "Sở Tài chính tổng hợp ý kiến của các sở, ngành và báo cáo Ủy ban nhân dân tỉnh."
    ]
    ruled = pdf.read(_shaded(0))  # the same boxes drawn in black: a table of three rows
    assert [line.where for line in ruled.lines if line.text] == [
        f"page 1, table 1, row {n}" for n in (1, 2, 3)
    ]


_ITEMS = ["- Như trên;", "- Sở Tài chính;", "- Lưu: VT, NN."]


def _ruled_footer(rule: float, heading: str = "Nơi nhận:") -> bytes:
    """A letter whose ``Nơi nhận`` list and signature stand in a ruled table, with a rule
    drawn down the list at ``rule`` mm, just after the items' dashes (at 22 mm)."""
    drawn = _page()
    for index, line in enumerate(
        ["ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", "Số: 47/UBND-VP", "Kính gửi: Sở Tài chính."]
    ):
        drawn.text(30, 25 + 9 * index, line)
    drawn.text(30, 70, "Đề nghị Sở Tài chính rà soát dự toán năm 2025.")
    drawn.rect(20, 90, 170, 40)
    drawn.line(20, 98, 190, 98)
    drawn.line(100, 90, 100, 130)
    drawn.line(rule, 98, rule, 130)
    drawn.text(22, 96, heading)
    drawn.text(120, 96, "KT. CHỦ TỊCH")
    drawn.set_font("Serif", "", 11)
    for index, item in enumerate(_ITEMS):
        drawn.text(22, 104 + 6 * index, item)
    drawn.set_font("Serif", "", 13)
    drawn.text(120, 104, "PHÓ CHỦ TỊCH")
    drawn.text(120, 126, "Trần Văn An")
    return bytes(drawn.output())


@pytest.mark.parametrize(
    "rule",
    [
        pytest.param(24.5, id="the dashes alone left of the rule"),
        pytest.param(26.0, id="the dashes and first letters left of it"),
    ],
)
def test_a_nơi_nhận_tables_dash_column_joins_its_items(rule: float) -> None:
    from vnadmin import pdf

    reading = pdf.read(_ruled_footer(rule))
    shown = [line.text for line in reading.lines if line.where.endswith("row 2, cell 1")]
    assert shown == _ITEMS
    found = reading.instrument
    assert [r.name for r in found.distribution] == ["Như trên", "Sở Tài chính"]
    assert found.archive is not None
    assert found.archive.units == ("VT", "NN")
    assert [s.name for s in found.signatures] == ["Trần Văn An"]
    assert "line-skipped" not in {d.code for d in reading.diagnostics}


def test_a_dash_column_of_another_table_stays_a_column() -> None:
    # the same table without the Nơi nhận heading is a data table: its cells as drawn
    from vnadmin import pdf

    reading = pdf.read(_ruled_footer(24.5, heading="Ghi chú:"))
    rows = [line.text for line in reading.lines if line.where == "page 1, table 1, row 2"]
    assert rows == ["| - - - | Như trên; Sở Tài chính; Lưu: VT, NN. | PHÓ CHỦ TỊCH Trần Văn An |"]
