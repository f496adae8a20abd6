"""Pages whose text is set turned (drawn with fpdf2): a page whose glyphs mostly run one
way other than upright (a landscape annex printed sideways) is read turned back, as
pdftotext reads it and a reader turns the paper; a few sideways glyphs among upright text
(a vertical stamp or margin note) are still not read, and said."""

from __future__ import annotations

import pytest

pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")
from fpdf import FPDF

from pdfs import FONTS
from vnadmin import pdf
from vnadmin.severity import Severity

_ANNEX = [
    "Phụ lục",
    "DANH MỤC CÔNG TRÌNH ĐÊ ĐIỀU CẦN KIỂM TRA",
    "1. Tuyến đê hữu sông Hồng đoạn qua xã Yên Phú.",
    "2. Kè chống sạt lở bờ sông Đáy đoạn qua xã Phú Mỹ.",
]


def _drawn(angle: float, stamp: str = "") -> bytes:
    """A page of the annex's lines drawn turned counterclockwise by ``angle`` degrees round
    the page's middle, and ``stamp`` set up the page's left margin."""
    assert FONTS is not None, "no serif TrueType font with Vietnamese letters on this machine"
    drawn = FPDF(format="A4", unit="mm")
    drawn.add_font("Serif", "", str(FONTS[""]))
    drawn.add_page()
    drawn.set_font("Serif", "", 13)
    with drawn.rotation(angle, 105, 148.5):
        for index, line in enumerate(_ANNEX):
            drawn.text(40, 130 + 9 * index, line)
    if stamp:
        with drawn.rotation(90, 12, 200):
            drawn.text(12, 200, stamp)
    return bytes(drawn.output())


def _lines(reading: pdf.PageReading) -> list[str]:
    return [" ".join(line.text.split()) for line in reading.lines if line.text.strip()]


@pytest.mark.parametrize("angle", [90, 180, 270])
def test_a_page_set_turned_reads_as_the_upright_page(angle: int) -> None:
    upright = pdf.read(_drawn(0))
    turned = pdf.read(_drawn(angle))
    assert _lines(turned) == _lines(upright)
    assert "Kè chống sạt lở bờ sông Đáy đoạn qua xã Phú Mỹ." in " ".join(_lines(turned))
    (said,) = [d for d in turned.diagnostics if d.code == "page-turned"]
    assert (said.where, said.severity) == ("page 1", Severity.INFO)
    assert f"turned by {angle}°" in said.message
    assert "page-turned" not in {d.code for d in upright.diagnostics}


def test_a_vertical_stamp_among_upright_text_is_said_not_read() -> None:
    reading = pdf.read(_drawn(0, stamp="BẢN SAO"))
    assert "BẢN SAO" not in " ".join(_lines(reading))
    assert _lines(reading) == _lines(pdf.read(_drawn(0)))
    (said,) = [d for d in reading.diagnostics if d.code == "sideways-glyphs-unread"]
    assert said.message.startswith("7 glyph(s) set sideways")  # B, Ả, N, the space, S, A, O
    assert "page-turned" not in {d.code for d in reading.diagnostics}
