"""The presentation rules, each with a document vnadmin wrote (silent) and the same document
altered in Word's own terms with python-docx (fires): the altered property is the only
change, as a clerk's slip would be.

The requirements are typed from NĐ 30/2020 Phụ lục I, Phần I (mục I: A4, margins 20-25 /
20-25 / 30-35 / 15-20 mm, Times New Roman; mục II: the banner 12-13 pt bold capitals, the
motto 13-14 pt bold with a rule under it, the place and date italic, Nơi nhận 12 pt bold
italic, the body single to 1.5 lines) and HD 36-HD/VPTW (Nơi nhận underlined).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import vnadmin as vn
from vnadmin import docx
from vnadmin.model import Instrument
from vnadmin.presentation import Component
from vnadmin.samples import SEEDS

python_docx = pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: E402 - after the skip
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Mm, Pt  # noqa: E402

STATE = SEEDS["000"]  # a công văn of Sở Tài chính Sóc Trăng
PARTY = SEEDS["003"]  # a chỉ thị of a provincial Party committee

Alter = Callable[[Any], None]


def _paragraphs(document: Any) -> Iterator[Any]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _paragraph(document: Any, opening: str) -> Any:
    return next(p for p in _paragraphs(document) if p.text.startswith(opening))


def _findings(instrument: Instrument, alter: Alter | None = None) -> list[vn.Diagnostic]:
    data = docx.dumps(instrument)
    if alter is not None:
        document = python_docx.Document(io.BytesIO(data))
        alter(document)
        buffer = io.BytesIO()
        document.save(buffer)
        data = buffer.getvalue()
    return [d for d in vn.check(docx.read(data)) if d.code.startswith("VN-PRES")]


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_what_vnadmin_writes_follows_the_layout(code: str) -> None:
    assert _findings(SEEDS[code]) == []


def _letter(document: Any) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)


def _landscape(document: Any) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Mm(297), Mm(210)


def _narrow_left(document: Any) -> None:
    document.sections[0].left_margin = Mm(20)


def _arial_body(document: Any) -> None:
    for run in _paragraph(document, "Thực hiện ý kiến").runs:
        run.font.name = "Arial"


def _small_banner(document: Any) -> None:
    _paragraph(document, "CỘNG HÒA").runs[0].font.size = Pt(11)


def _plain_issuer(document: Any) -> None:
    _paragraph(document, "SỞ TÀI CHÍNH").runs[0].font.bold = False


def _bold_number(document: Any) -> None:
    _paragraph(document, "Số:").runs[0].font.bold = True


def _upright_date(document: Any) -> None:
    _paragraph(document, "Sóc Trăng, ngày").runs[0].font.italic = False


def _plain_distribution_heading(document: Any) -> None:
    _paragraph(document, "Nơi nhận").runs[0].font.underline = False


def _motto_in_capitals(document: Any) -> None:
    _paragraph(document, "Độc lập").runs[0].font.all_caps = True


def _no_rule_under_motto(document: Any) -> None:
    motto = _paragraph(document, "Độc lập")
    rule = motto._p.getnext()
    rule.pPr.remove(rule.pPr.find(qn("w:pBdr")))


def _double_spaced(document: Any) -> None:
    _paragraph(document, "Thực hiện ý kiến").paragraph_format.line_spacing = 2.0


def _exactly_spaced(document: Any) -> None:
    _paragraph(document, "Thực hiện ý kiến").paragraph_format.line_spacing = Pt(30)


def _date_on_the_left(document: Any) -> None:
    _paragraph(document, "Sóc Trăng, ngày").alignment = WD_ALIGN_PARAGRAPH.LEFT


def _date_in_the_left_column(document: Any) -> None:
    date = _paragraph(document, "Sóc Trăng, ngày")
    number_cell = document.tables[0].rows[1].cells[0]
    number_cell._tc.append(date._p)


FIRES = [
    ("VN-PRES-001", STATE, _letter, "presentation.pages[0]", "not A4"),
    ("VN-PRES-001", STATE, _landscape, "presentation.pages[0]", "landscape"),
    ("VN-PRES-002", STATE, _narrow_left, "presentation.pages[0].margins.left", "30-35 mm"),
    ("VN-PRES-003", STATE, _arial_body, "presentation.body", "Arial, not Times New Roman"),
    ("VN-PRES-004", STATE, _small_banner, "presentation.banner", "11 pt; 12-13 pt required"),
    ("VN-PRES-005", STATE, _plain_issuer, "presentation.issuer", "not bold; bold required"),
    ("VN-PRES-005", STATE, _bold_number, "presentation.number", "bold; not bold required"),
    ("VN-PRES-006", STATE, _upright_date, "presentation.dateline", "not italic"),
    (
        "VN-PRES-006",
        PARTY,
        _plain_distribution_heading,
        "presentation.distribution_heading",
        "not underlined; underlined required",
    ),
    ("VN-PRES-007", STATE, _motto_in_capitals, "presentation.motto", "lower case required"),
    ("VN-PRES-008", STATE, _no_rule_under_motto, "presentation.motto", "no horizontal rule"),
    ("VN-PRES-009", STATE, _double_spaced, "presentation.body", "lines spaced 2"),
    ("VN-PRES-009", STATE, _exactly_spaced, "presentation.body", "30 pt apart"),
    ("VN-PRES-010", STATE, _date_on_the_left, "presentation.dateline", "center required"),
    ("VN-PRES-010", STATE, _date_in_the_left_column, "presentation.dateline", "right one"),
]


@pytest.mark.parametrize(
    ("code", "instrument", "alter", "path", "says"),
    FIRES,
    ids=[f"{code}-{alter.__name__.strip('_')}" for code, _, alter, _, _ in FIRES],
)
def test_an_altered_document_breaks_one_rule(
    code: str, instrument: Instrument, alter: Alter, path: str, says: str
) -> None:
    found = _findings(instrument, alter)
    assert [(d.code, d.path) for d in found] == [(code, path)], found
    assert says in found[0].message


def test_every_presentation_rule_fires_on_a_document() -> None:
    from vnadmin.rules.presentation import PAGE_ONLY

    assert {code for code, *_ in FIRES} == PAGE_ONLY


def test_a_finding_names_the_place_and_the_article() -> None:
    (found,) = _findings(STATE, _small_banner)
    assert found.message == (
        "banner at table 1, row 1, cell 2, paragraph 1: 11 pt; 12-13 pt required"
        " (NĐ 30/2020 Phụ lục I, Phần I, mục II.1 điểm b)"
    )


def test_spacing_within_the_range_is_fine() -> None:
    def one_and_a_half(document: Any) -> None:
        _paragraph(document, "Thực hiện ý kiến").paragraph_format.line_spacing = 1.5

    def exactly_17(document: Any) -> None:  # what many offices' templates set for 14 pt
        _paragraph(document, "Thực hiện ý kiến").paragraph_format.line_spacing = Pt(17)

    assert _findings(STATE, one_and_a_half) == []
    assert _findings(STATE, exactly_17) == []


def test_the_presentation_says_where_each_component_is() -> None:
    presentation = docx.read(docx.dumps(STATE)).presentation
    assert presentation is not None
    (banner,) = presentation.of(Component.BANNER)
    assert (banner.text, banner.sizes, banner.bold, banner.caps) == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        (13.0,),
        True,
        True,
    )
    assert banner.fonts == ("Times New Roman",)  # from the document defaults
    (page,) = presentation.pages
    assert (page.width, page.height) == (210.0, 297.0)
