"""The model refuses what cannot be read, names the field, and accepts the edge values.

Expected kinds and abbreviations are typed from Nghị định 30/2020/NĐ-CP (Article 7 and
Phụ lục III) and Hướng dẫn 36-HD/VPTW.
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.errors import InvalidValueError, UnknownKindError, VnadminError
from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Citation,
    Contact,
    DateDeadline,
    DeadlineBound,
    DocumentKind,
    DocumentNumber,
    DrafterMark,
    IncomingStamp,
    Instrument,
    KindRegistry,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Recipient,
    Regime,
    RelativeDeadline,
    Reporting,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)

S, P, L = Regime.STATE, Regime.PARTY, Regime.LEGAL
LUAT = KINDS.get("luat")
N33 = DocumentNumber(number="33", kind_abbreviation="CT", issuer_abbreviation="TTg")


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# Refusals: (path the error must name, a constructor that must fail) ----------------------

Build = Callable[[], object]


def make(cls: Callable[..., object], **fields: object) -> Build:
    """A constructor call to run later, with values the type checker would refuse."""
    return lambda: cls(**fields)


REFUSED: dict[str, tuple[str, Build]] = {
    # PartialDate
    "month 13": ("PartialDate.month", make(PartialDate, month=13)),
    "month 0": ("PartialDate.month", make(PartialDate, month=0)),
    "month as text": ("PartialDate.month", make(PartialDate, month="1")),
    "day 32": ("PartialDate.day", make(PartialDate, day=32)),
    "day True": ("PartialDate.day", make(PartialDate, day=True)),
    "30 February": ("PartialDate.day", make(PartialDate, day=30, month=2, year=2024)),
    "30 February, no year": ("PartialDate.day", make(PartialDate, day=30, month=2)),
    "31 April, no year": ("PartialDate.day", make(PartialDate, day=31, month=4)),
    "29 February 2023": ("PartialDate.day", make(PartialDate, day=29, month=2, year=2023)),
    "29 February 1900": ("PartialDate.day", make(PartialDate, day=29, month=2, year=1900)),
    "year 999": ("PartialDate.year", make(PartialDate, year=999)),
    "year 10000": ("PartialDate.year", make(PartialDate, year=10_000)),
    # DocumentNumber
    "number with letters": (
        "DocumentNumber.number",
        make(DocumentNumber, number="12a", issuer_abbreviation="STC"),
    ),
    "empty number": (
        "DocumentNumber.number",
        make(DocumentNumber, number="", issuer_abbreviation="STC"),
    ),
    "number with a space": (
        "DocumentNumber.number",
        make(DocumentNumber, number=" 12", issuer_abbreviation="STC"),
    ),
    "non-ASCII digits": (
        "DocumentNumber.number",
        make(DocumentNumber, number="١٢", issuer_abbreviation="STC"),
    ),
    "number as int": (
        "DocumentNumber.number",
        make(DocumentNumber, number=12, issuer_abbreviation="STC"),
    ),
    "empty issuer part": (
        "DocumentNumber.issuer_abbreviation",
        make(DocumentNumber, issuer_abbreviation=""),
    ),
    "issuer part with a slash": (
        "DocumentNumber.issuer_abbreviation",
        make(DocumentNumber, issuer_abbreviation="UB/ND"),
    ),
    "issuer part with a space": (
        "DocumentNumber.issuer_abbreviation",
        make(DocumentNumber, issuer_abbreviation="UB ND"),
    ),
    "issuer part with a hyphen": (
        "DocumentNumber.issuer_abbreviation",
        make(DocumentNumber, issuer_abbreviation="STC-VP"),
    ),
    "leading ampersand": (
        "DocumentNumber.issuer_abbreviation",
        make(DocumentNumber, issuer_abbreviation="&CTTN"),
    ),
    "trailing ampersand": (
        "DocumentNumber.issuer_abbreviation",
        make(DocumentNumber, issuer_abbreviation="XDCQ&"),
    ),
    "empty kind part": (
        "DocumentNumber.kind_abbreviation",
        make(DocumentNumber, kind_abbreviation="", issuer_abbreviation="TTg"),
    ),
    "kind part with a space": (
        "DocumentNumber.kind_abbreviation",
        make(DocumentNumber, kind_abbreviation="Q Đ", issuer_abbreviation="TTg"),
    ),
    "empty extra part": (
        "DocumentNumber.extra_parts",
        make(DocumentNumber, issuer_abbreviation="STC", extra_parts=("",)),
    ),
    "extra part with a slash": (
        "DocumentNumber.extra_parts",
        make(DocumentNumber, issuer_abbreviation="STC", extra_parts=("VP", "X/Y")),
    ),
    "extra parts as one string": (
        "DocumentNumber.extra_parts",
        make(DocumentNumber, issuer_abbreviation="STC", extra_parts="VP"),
    ),
    "extra part not text": (
        "DocumentNumber.extra_parts",
        make(DocumentNumber, issuer_abbreviation="STC", extra_parts=(5,)),
    ),
    "legal style without year": (
        "DocumentNumber.year",
        make(
            DocumentNumber,
            number="30",
            kind_abbreviation="NĐ",
            issuer_abbreviation="CP",
            style=NumberStyle.LEGAL,
        ),
    ),
    "state style with a year": (
        "DocumentNumber.year",
        make(DocumentNumber, number="12", issuer_abbreviation="STC", year=2024),
    ),
    "party style with a year": (
        "DocumentNumber.year",
        make(
            DocumentNumber,
            number="23",
            kind_abbreviation="QĐ",
            issuer_abbreviation="TW",
            year=2021,
            style=NumberStyle.PARTY,
        ),
    ),
    "two-digit year": (
        "DocumentNumber.year",
        make(
            DocumentNumber,
            number="30",
            kind_abbreviation="NĐ",
            issuer_abbreviation="CP",
            year=20,
            style=NumberStyle.LEGAL,
        ),
    ),
    "party style without kind": (
        "DocumentNumber.kind_abbreviation",
        make(DocumentNumber, number="15", issuer_abbreviation="TU", style=NumberStyle.PARTY),
    ),
    "style as text": (
        "DocumentNumber.style",
        make(DocumentNumber, issuer_abbreviation="STC", style="state"),
    ),
    # Organization, Recipient, ArchiveLine, DrafterMark, Contact
    "empty name": ("Organization.name", make(Organization, name="")),
    "blank name": ("Organization.name", make(Organization, name=" \t ")),
    "name with leading space": ("Organization.name", make(Organization, name=" SỞ TÀI CHÍNH")),
    "name on two lines": (
        "Organization.name",
        make(Organization, name="UBND TỈNH\nSỞ TÀI CHÍNH"),
    ),
    "name with a carriage return": ("Organization.name", make(Organization, name="SỞ\rTC")),
    "name not text": ("Organization.name", make(Organization, name=5)),
    "blank abbreviation": (
        "Organization.abbreviation",
        make(Organization, name="X", abbreviation=" "),
    ),
    "parent not an organisation": (
        "Organization.parent",
        make(Organization, name="SỞ TÀI CHÍNH", parent="UBND TỈNH"),
    ),
    "organ id with five groups": (
        "Organization.organ_id",
        make(Organization, name="X", organ_id="000.00.00.00.H41"),
    ),
    "organ id with a space": (
        "Organization.organ_id",
        make(Organization, name="X", organ_id="H 41"),
    ),
    "organ id with an empty group": (
        "Organization.organ_id",
        make(Organization, name="X", organ_id="000..H41"),
    ),
    "empty organ id": ("Organization.organ_id", make(Organization, name="X", organ_id="")),
    "blank recipient": ("Recipient.name", make(Recipient, name="  ")),
    "blank purpose": ("Recipient.purpose", make(Recipient, name="UBND tỉnh", purpose="")),
    "archive with no unit": ("ArchiveLine.units", make(ArchiveLine, units=[])),
    "archive with a blank unit": ("ArchiveLine.units", make(ArchiveLine, units=["VT", " "])),
    "archive units as one string": ("ArchiveLine.units", make(ArchiveLine, units="VT, VP")),
    "archive units not a sequence": ("ArchiveLine.units", make(ArchiveLine, units=5)),
    "archive with 0 copies": ("ArchiveLine.copies", make(ArchiveLine, units=["VT"], copies=0)),
    "blank initials": ("DrafterMark.initials", make(DrafterMark, initials="")),
    "drafter 0 copies": ("DrafterMark.copies", make(DrafterMark, initials="PL", copies=0)),
    "contact with nothing": ("Contact.address", make(Contact)),
    "contact with a blank email": ("Contact.email", make(Contact, email=" ")),
    # Signature
    "empty signature block": ("SignatureBlock.name", make(SignatureBlock)),
    "authority as text": (
        "SignatureBlock.authorities",
        make(SignatureBlock, authorities=["KT. GIÁM ĐỐC"]),
    ),
    "blank signer title": ("SignatureBlock.title", make(SignatureBlock, title="", name="X")),
    "mark as text": (
        "Authority.mark",
        make(Authority, mark="KT", applies_to="GIÁM ĐỐC"),
    ),
    "unknown mark": (
        "Authority.mark",
        make(Authority, mark="K/T", applies_to="GIÁM ĐỐC"),
    ),
    "mark applies to nothing": (
        "Authority.applies_to",
        make(Authority, mark=SigningMark.KT, applies_to=""),
    ),
    # Citation
    "citation of nothing": ("Citation.number", make(Citation)),
    "citation by kind without title": ("Citation.number", make(Citation, kind=LUAT)),
    "citation by title without kind": (
        "Citation.number",
        make(Citation, title="Tiếp cận thông tin"),
    ),
    "citation by issuer only": (
        "Citation.number",
        make(Citation, kind=LUAT, issuer="Quốc hội"),
    ),
    "citation kind as code": (
        "Citation.kind",
        make(Citation, kind="luat", title="Tiếp cận thông tin"),
    ),
    "citation number as text": (
        "Citation.number",
        make(Citation, number="33/CT-TTg"),
    ),
    "citation date as tuple": (
        "Citation.date",
        make(Citation, number=N33, date=(26, 11, 2021)),
    ),
    "blank term": ("Citation.term", make(Citation, number=N33, term=" ")),
    # Deadlines
    "quarter 5": ("PeriodDeadline.index", make(PeriodDeadline, unit=PeriodUnit.QUARTER, index=5)),
    "half 3": ("PeriodDeadline.index", make(PeriodDeadline, unit=PeriodUnit.HALF, index=3)),
    "month 13 deadline": (
        "PeriodDeadline.index",
        make(PeriodDeadline, unit=PeriodUnit.MONTH, index=13),
    ),
    "quarter without index": (
        "PeriodDeadline.index",
        make(PeriodDeadline, unit=PeriodUnit.QUARTER),
    ),
    "year with index": (
        "PeriodDeadline.index",
        make(PeriodDeadline, unit=PeriodUnit.YEAR, index=1, year=2024),
    ),
    "year deadline without year": (
        "PeriodDeadline.year",
        make(PeriodDeadline, unit=PeriodUnit.YEAR),
    ),
    "period unit as text": (
        "PeriodDeadline.unit",
        make(PeriodDeadline, unit="quarter", index=2),
    ),
    "deadline without day": (
        "DateDeadline.date",
        make(DateDeadline, bound=DeadlineBound.BEFORE, date=PartialDate(month=12, year=2024)),
    ),
    "deadline without month": (
        "DateDeadline.date",
        make(DateDeadline, bound=DeadlineBound.BEFORE, date=PartialDate(day=5)),
    ),
    "deadline on a datetime.date": (
        "DateDeadline.date",
        make(DateDeadline, bound=DeadlineBound.ON, date=datetime.date(2024, 12, 5)),
    ),
    "bound as text": (
        "DateDeadline.bound",
        make(DateDeadline, bound="before", date=PartialDate(day=5, month=12)),
    ),
    "blank relative deadline": ("RelativeDeadline.text", make(RelativeDeadline, text="")),
    # Tasks
    "role as text": ("Assignment.role", make(Assignment, role="lead", actor="Sở Nội vụ")),
    "blank actor": ("Assignment.actor", make(Assignment, role=Role.LEAD, actor=" ")),
    "blank task": ("Task.text", make(Task, text="")),
    "label on two lines": ("Task.label", make(Task, label="1.\n2.", text="x")),
    "subtask as text": ("Task.subtasks", make(Task, text="x", subtasks=["a) y"])),
    "subtask a paragraph": (
        "Task.subtasks",
        make(Task, text="x", subtasks=[Paragraph(text="y")]),
    ),
    "subtasks not a sequence": ("Task.subtasks", make(Task, text="x", subtasks=5)),
    "assignment as pair": (
        "Task.assignments",
        make(Task, text="x", assignments=[(Role.LEAD, "Sở Nội vụ")]),
    ),
    "citation as text": ("Task.citations", make(Task, text="x", citations=["Luật"])),
    "blank attachment note": (
        "Task.attachment_notes",
        make(Task, text="x", attachment_notes=[""]),
    ),
    "attachment notes as one string": (
        "Task.attachment_notes",
        make(Task, text="x", attachment_notes="có đề cương đính kèm"),
    ),
    "deadline a date": (
        "Task.deadline",
        make(Task, text="x", deadline=PartialDate(day=5, month=12)),
    ),
    "recurrence as text": ("Task.recurrence", make(Task, text="x", recurrence="yearly")),
    # Body, Paragraph, Instrument parts
    "blank paragraph": ("Paragraph.text", make(Paragraph, text="\n")),
    "paragraph in tasks": ("Body.tasks", make(Body, tasks=[Paragraph(text="x")])),
    "task in preamble": ("Body.preamble", make(Body, preamble=[Task(text="x")])),
    "closing not a sequence": ("Body.closing", make(Body, closing=None)),
    "appendix without label": ("Appendix.label", make(Appendix, label="")),
    "arrival number 0": (
        "IncomingStamp.number",
        make(IncomingStamp, receiver="SỞ TÀI CHÍNH", number=0),
    ),
    "stamp date as text": (
        "IncomingStamp.date",
        make(IncomingStamp, receiver="SỞ", number=4689, date="21/5/2022"),
    ),
    "blank reporting source": ("Reporting.source", make(Reporting, source="")),
    "regime as text": ("Instrument.regime", make(Instrument, regime="state")),
    "kind as code": ("Instrument.kind", make(Instrument, regime=S, kind="chi-thi")),
    "number as text": ("Instrument.number", make(Instrument, regime=S, number="12/STC-VP")),
    "blank subject": ("Instrument.subject", make(Instrument, regime=S, subject=" ")),
    "addressee as text": ("Instrument.addressees", make(Instrument, regime=S, addressees=["Sở"])),
    "addressees as one string": (
        "Instrument.addressees",
        make(Instrument, regime=S, addressees="Sở"),
    ),
    "body as list": ("Instrument.body", make(Instrument, regime=S, body=[])),
    "recipient as signature": (
        "Instrument.signatures",
        make(Instrument, regime=S, signatures=[Recipient(name="X")]),
    ),
    "urgency as text": ("Instrument.urgency", make(Instrument, regime=S, urgency="khan")),
    "date as datetime.date": (
        "Instrument.date",
        make(Instrument, regime=S, date=datetime.date(2022, 1, 5)),
    ),
    "reported as text": ("Instrument.reported", make(Instrument, regime=S, reported="Báo")),
    # DocumentKind
    "code with spaces": (
        "DocumentKind.code",
        make(DocumentKind, name="Chỉ thị", abbreviations={S: "CT"}, code="Chi Thi"),
    ),
    "code with underscore": (
        "DocumentKind.code",
        make(DocumentKind, name="Chỉ thị", abbreviations={S: "CT"}, code="chi_thi"),
    ),
    "code with accents": (
        "DocumentKind.code",
        make(DocumentKind, name="Chỉ thị", abbreviations={S: "CT"}, code="chỉ-thị"),
    ),
    "name with no letters": (
        "DocumentKind.code",
        make(DocumentKind, name="!!!", abbreviations={S: "X"}),
    ),
    "blank kind name": (
        "DocumentKind.name",
        make(DocumentKind, name=" ", abbreviations={S: "X"}),
    ),
    "regime given twice": (
        "DocumentKind.abbreviations",
        make(DocumentKind, name="Chỉ thị", abbreviations=[(S, "CT"), (S, "CTh")]),
    ),
    "no regime": (
        "DocumentKind.abbreviations",
        make(DocumentKind, name="Chỉ thị", abbreviations={}),
    ),
    "abbreviation with a space": (
        "DocumentKind.abbreviations",
        make(DocumentKind, name="Quyết định", abbreviations={S: "Q Đ"}),
    ),
    "empty abbreviation": (
        "DocumentKind.abbreviations",
        make(DocumentKind, name="Quyết định", abbreviations={S: ""}),
    ),
    "kind regime as text": (
        "DocumentKind.abbreviations",
        make(DocumentKind, name="Chỉ thị", abbreviations=[("state", "CT")]),
    ),
    "abbreviations not pairs": (
        "DocumentKind.abbreviations",
        make(DocumentKind, name="Chỉ thị", abbreviations=5),
    ),
    "copy form as text": (
        "DocumentKind.copy_form",
        make(DocumentKind, name="Bản sao y", abbreviations={S: "SY"}, copy_form="yes"),
    ),
}


@pytest.mark.parametrize(("path", "build"), REFUSED.values(), ids=REFUSED.keys())
def test_invalid_value_is_refused_naming_the_field(path: str, build: Build) -> None:
    with pytest.raises(InvalidValueError) as raised:
        build()
    assert raised.value.path == path
    assert str(raised.value) == f"{path}: {raised.value.message}"
    assert raised.value.message


def test_errors_say_what_is_wrong() -> None:
    with pytest.raises(InvalidValueError, match=r"30 is past the end of 02/2023"):
        PartialDate(day=30, month=2, year=2023)
    with pytest.raises(InvalidValueError, match=r"29 is past the end of 02/2023"):
        PartialDate(day=29, month=2, year=2023)
    with pytest.raises(InvalidValueError, match=r"13 is not a month"):
        PartialDate(month=13)
    with pytest.raises(InvalidValueError, match=r"TM, KT, TL, TUQ, Q"):
        Authority(mark="K/T", applies_to="GIÁM ĐỐC")  # type: ignore[arg-type]
    with pytest.raises(InvalidValueError, match=r"'UB/ND' is not a symbol part"):
        DocumentNumber(issuer_abbreviation="UB/ND")
    for part in ("UBND.", ".KT", "V..I", "V.&I"):
        with pytest.raises(InvalidValueError, match=r"is not a symbol part"):
            DocumentNumber(issuer_abbreviation=part)
    for number in ("8.", ".3", "8.3.1", "8,3"):
        with pytest.raises(InvalidValueError, match=r"one inner dot"):
            DocumentNumber(number=number, issuer_abbreviation="CP")
    with pytest.raises(InvalidValueError, match=r"item 1: expected Organization, got 'Sở'"):
        Instrument(regime=S, addressees=[Organization(name="X"), "Sở"])  # type: ignore[list-item]
    with pytest.raises(InvalidValueError, match=r"5 is not a quarter \(1\.\.4\)"):
        PeriodDeadline(unit=PeriodUnit.QUARTER, index=5)


def test_errors_are_value_errors_of_the_library() -> None:
    with pytest.raises(InvalidValueError) as raised:
        PartialDate(month=13)
    assert isinstance(raised.value, VnadminError)
    assert isinstance(raised.value, ValueError)


def test_signing_marks_are_the_five_of_the_decree() -> None:
    assert [m.value for m in SigningMark] == ["TM", "KT", "TL", "TUQ", "Q"]
    with pytest.raises(ValueError, match="K/T"):
        SigningMark("K/T")


# Accepted edge values ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "month", "year"),
    [
        (29, 2, None),  # every 29 February, whatever the year
        (29, 2, 2024),
        (29, 2, 2000),
        (31, 12, 9999),
        (1, 1, 1000),
        (31, None, None),
        (None, 2, None),
        (None, None, 2022),
        (None, None, None),
    ],
)
def test_partial_dates_accepted(day: int | None, month: int | None, year: int | None) -> None:
    date = PartialDate(day=day, month=month, year=year)
    assert (date.day, date.month, date.year) == (day, month, year)


@given(
    day=st.none() | st.integers(-1, 33),
    month=st.none() | st.integers(-1, 14),
    year=st.none() | st.sampled_from([999, 1000, 1900, 2000, 2023, 2024, 9999, 10_000]),
)
def test_partial_date_accepts_exactly_the_calendar(
    day: int | None, month: int | None, year: int | None
) -> None:
    parts_in_range = (
        (day is None or 1 <= day <= 31)
        and (month is None or 1 <= month <= 12)
        and (year is None or 1000 <= year <= 9999)
    )
    if not parts_in_range:
        exists = False
    elif day is None or month is None:
        exists = True
    else:
        try:
            datetime.date(2000 if year is None else year, month, day)  # 2000: a leap year
            exists = True
        except ValueError:
            exists = False
    if exists:
        assert PartialDate(day=day, month=month, year=year).month == month
    else:
        with pytest.raises(InvalidValueError):
            PartialDate(day=day, month=month, year=year)


def test_partial_date_to_date_and_completeness() -> None:
    full = PartialDate(day=5, month=1, year=2022)
    assert full.is_complete
    assert not full.is_blank
    assert full.to_date() == datetime.date(2022, 1, 5)
    assert PartialDate.from_date(datetime.date(2021, 12, 9)) == PartialDate(
        day=9, month=12, year=2021
    )
    draft = PartialDate(month=1, year=2022)  # "ngày tháng 01 năm 2022"
    assert not draft.is_complete
    assert not draft.is_blank
    with pytest.raises(ValueError, match="partial"):
        draft.to_date()
    with pytest.raises(ValueError, match="partial"):
        PartialDate(day=5, month=12).to_date()
    assert PartialDate().is_blank
    assert not PartialDate().is_complete


def test_document_numbers_accepted() -> None:
    draft = DocumentNumber(issuer_abbreviation="SNV", extra_parts=["XDCQ&CTTN"])
    assert draft.is_blank
    assert draft.value is None
    assert draft.extra_parts == ("XDCQ&CTTN",)
    leading_zero = DocumentNumber(
        number="05", kind_abbreviation="QC", issuer_abbreviation="TU", style=NumberStyle.PARTY
    )
    assert leading_zero.number == "05"
    assert leading_zero.value == 5
    joint = DocumentNumber(
        number="03",
        kind_abbreviation="CTr",
        issuer_abbreviation="BDVTW",
        extra_parts=("BCSĐCP",),
        style=NumberStyle.PARTY,
    )
    assert joint.extra_parts == ("BCSĐCP",)
    law = DocumentNumber(
        number="80", year=2015, issuer_abbreviation="QH13", style=NumberStyle.LEGAL
    )
    sub_number = DocumentNumber(
        number="08.3",
        year=2024,
        kind_abbreviation="NQ",
        issuer_abbreviation="CP",
        style=NumberStyle.LEGAL,
    )
    assert (sub_number.number, sub_number.value) == ("08.3", None)  # no integer to check
    assert DocumentNumber(issuer_abbreviation="VPCP", extra_parts=["V.II"]).extra_parts == ("V.II",)
    assert (law.kind_abbreviation, law.year) == (None, 2015)
    assert (
        DocumentNumber(
            number="1", kind_abbreviation="QyĐ", issuer_abbreviation="UBND"
        ).kind_abbreviation
        == "QyĐ"
    )


def test_other_edge_values_accepted() -> None:
    assert PeriodDeadline(unit=PeriodUnit.MONTH, index=12).index == 12
    assert PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2024).year == 2024
    assert PeriodDeadline(unit=PeriodUnit.HALF, index=2).index == 2
    assert PeriodDeadline(unit=PeriodUnit.YEAR, year=2024).index is None
    every_year = DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=29, month=2))
    assert every_year.date.year is None
    assert Organization(name="X", organ_id="000.00.00.H41").organ_id == "000.00.00.H41"
    assert Organization(name="X", organ_id="H41").organ_id == "H41"
    assert Citation(kind=LUAT, title="Tiếp cận thông tin").number is None
    assert Citation(number=N33).kind is None  # "Văn bản số ..."
    assert SignatureBlock(name="Phạm Xuân Thăng").authorities == ()
    assert SignatureBlock(title="GIÁM ĐỐC").name is None
    assert Contact(website="https://sotaichinh.soctrang.gov.vn").address is None
    assert Task(text="dòng một\ndòng hai").text == "dòng một\ndòng hai"
    assert Instrument(regime=S, subject="V/v một\nhai").subject == "V/v một\nhai"
    assert IncomingStamp(receiver="SỞ TÀI CHÍNH", number=1).date is None
    assert Reporting().source is None
    bare = Instrument(regime=P)
    assert (bare.kind, bare.issuer, bare.number, bare.date) == (None, None, None, None)
    assert bare.body == Body()
    assert bare.addressees == ()
    assert not bare.is_reported
    assert Instrument(regime=S, urgency=Urgency.FLASH).urgency is Urgency.FLASH


def test_sequences_become_tuples() -> None:
    task = Task(
        text="x", assignments=[Assignment(role=Role.LEAD, actor="Sở")], attachment_notes=["a"]
    )
    assert isinstance(task.assignments, tuple)
    assert isinstance(task.attachment_notes, tuple)
    body = Body(tasks=(t for t in [task]))
    assert body.tasks == (task,)
    kind = DocumentKind(name="Thông điệp", abbreviations=[(L, None), (S, "TĐ")])
    assert kind.abbreviations == ((S, "TĐ"), (L, None))  # in Regime order, whatever the input


# Normal forms ------------------------------------------------------------------------------


def test_nfd_input_equals_nfc_input() -> None:
    name = "SỞ TÀI CHÍNH TỈNH SÓC TRĂNG"
    assert nfd(name) != name
    organization = Organization(name=nfd(name), abbreviation=nfd("Sở"))
    assert organization == Organization(name=name, abbreviation="Sở")
    assert hash(organization) == hash(Organization(name=name, abbreviation="Sở"))
    assert unicodedata.is_normalized("NFC", organization.name)
    text = "Định kỳ hằng năm báo cáo kết quả thực hiện gửi Sở Nội vụ"
    assert Task(text=nfd(text), attachment_notes=[nfd("có đề cương đính kèm")]) == Task(
        text=text, attachment_notes=["có đề cương đính kèm"]
    )
    assert Citation(kind=LUAT, title=nfd("Tiếp cận thông tin"), issuer=nfd("Quốc hội")) == Citation(
        kind=LUAT, title="Tiếp cận thông tin", issuer="Quốc hội"
    )
    assert Recipient(name=nfd("UBND tỉnh"), purpose=nfd("để báo cáo")) == Recipient(
        name="UBND tỉnh", purpose="để báo cáo"
    )
    assert ArchiveLine(units=[nfd("Văn phòng Tỉnh ủy")]).units == ("Văn phòng Tỉnh ủy",)
    assert DocumentKind(name=nfd("Chỉ thị"), abbreviations={S: "CT", P: "CT"}) == KINDS.get(
        "chi-thi"
    )


def test_eth_look_alike_becomes_d_with_stroke() -> None:
    eth, d_stroke = "\u00d0", "\u0110"
    organization = Organization(name=f"{eth}ẢNG CỘNG SẢN VIỆT NAM")
    assert organization.name == f"{d_stroke}ẢNG CỘNG SẢN VIỆT NAM"
    assert organization == Organization(name="ĐẢNG CỘNG SẢN VIỆT NAM")
    number = DocumentNumber(
        number="23", kind_abbreviation=f"Q{eth}", issuer_abbreviation="TW", style=NumberStyle.PARTY
    )
    assert number.kind_abbreviation == "Q\u0110"
    assert Task(text="\u00f0ẩy mạnh").text == "\u0111ẩy mạnh"


@given(
    st.text(
        alphabet="aăâeêioôơuưyđĐAĂÂÔƠƯ àáảãạằắẳẵặầấẩẫậềếểễệìíỉĩịồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
        min_size=1,
    )
)
def test_any_vietnamese_name_is_equal_in_nfc_and_nfd(text: str) -> None:
    name = text.strip()
    if not name:
        with pytest.raises(InvalidValueError):
            Organization(name=nfd(text))
        return
    assert Organization(name=nfd(name)) == Organization(name=unicodedata.normalize("NFC", name))


# The kind registry ------------------------------------------------------------------------

# NĐ 30/2020 Article 7 and Phụ lục III, as instruments.md section 2 tabulates them.
ND30_KINDS = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QyĐ",
    "Thông cáo": "TC",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công văn": None,
    "Công điện": "CĐ",
    "Bản ghi nhớ": "BGN",
    "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
    "Thư công": None,
}
COPY_FORMS = {"Bản sao y": "SY", "Bản trích sao": "TrS", "Bản sao lục": "SL"}
HD36_KINDS = [
    "Nghị quyết",
    "Quyết định",
    "Chỉ thị",
    "Kết luận",
    "Quy chế",
    "Quy định",
    "Thông tri",
    "Hướng dẫn",
    "Thông báo",
    "Báo cáo",
    "Kế hoạch",
    "Chương trình",
    "Đề án",
    "Tờ trình",
    "Công văn",
    "Biên bản",
]


def test_the_29_kinds_of_decree_30_with_their_abbreviations() -> None:
    assert len(ND30_KINDS) == 29
    for name, abbreviation in ND30_KINDS.items():
        kind = KINDS.find(name)
        assert kind is not None, name
        assert kind.name == name
        assert kind.abbreviation(S) == abbreviation, name
        assert not kind.copy_form
        if abbreviation is not None:
            assert KINDS.by_abbreviation(abbreviation, S) is kind
    state_kinds = {k.name for k in KINDS if S in k.regimes and not k.copy_form}
    # and consolidated texts (Pháp lệnh 01/2012/UBTVQH13) and licences (sector laws),
    # numbered as state documents are
    # and the letters titled by a name of their own (docs/model.md, Kinds)
    assert state_kinds == {*ND30_KINDS, "Văn bản hợp nhất", "Giấy phép", "Thư mời", "Thư ngỏ"}
    assert KINDS.by_abbreviation("TM", S) is KINDS.find("THƯ MỜI")
    assert KINDS.by_abbreviation("VBHN", S) is KINDS.find("Văn bản hợp nhất")
    assert KINDS.by_abbreviation("GP", S) is KINDS.find("giấy phép")


def test_copy_forms() -> None:
    for name, abbreviation in COPY_FORMS.items():
        kind = KINDS.by_abbreviation(abbreviation, S)
        assert kind is not None
        assert kind.name == name
        assert kind.copy_form
    assert {k.name for k in KINDS if k.copy_form} == set(COPY_FORMS)


def test_party_and_legal_kinds() -> None:
    for name in HD36_KINDS:
        kind = KINDS.find(name)
        assert kind is not None, name
        assert P in kind.regimes, name
    conclusion = KINDS.by_abbreviation("KL", P)
    assert conclusion is not None
    assert conclusion.name == "Kết luận"
    assert conclusion.regimes == {P}
    circular = KINDS.find("Thông tri")
    assert circular is not None
    assert circular.abbreviation(P) == "TT"
    with pytest.raises(UnknownKindError, match="not used in state"):
        circular.abbreviation(S)
    assert KINDS.by_abbreviation("QĐi", P) is KINDS.find("Quy định")
    for abbreviation, name in [
        ("NĐ", "Nghị định"),
        ("TT", "Thông tư"),
        ("TTLT", "Thông tư liên tịch"),
    ]:
        kind = KINDS.by_abbreviation(abbreviation, L)
        assert kind is not None
        assert kind.name == name
    law = KINDS.find("Luật")
    assert law is LUAT
    assert law.abbreviation(L) is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Chỉ thị", "Chỉ thị"),
        ("CHỈ THỊ", "Chỉ thị"),
        ("chi thi", "Chỉ thị"),
        ("  Chỉ   thị ", "Chỉ thị"),
        ("Bản thoả thuận", "Bản thỏa thuận"),  # tone on the other vowel
        ("GIẤY UỶ QUYỀN", "Giấy ủy quyền"),
        ("ÐỀ ÁN", "Đề án"),  # eth look-alike
        ("Quyết Định", "Quyết định"),
    ],
)
def test_find_ignores_case_accents_and_tone_placement(written: str, name: str) -> None:
    for form in (written, nfd(written)):  # and in NFD
        kind = KINDS.find(form)
        assert kind is not None
        assert kind.name == name


def test_find_of_an_unknown_name() -> None:
    assert KINDS.find("Chỉ thị mới") is None
    assert KINDS.find("") is None


@pytest.mark.parametrize(
    ("abbreviation", "regime", "name"),
    [
        ("QyĐ", S, "Quy định"),
        ("QYĐ", S, None),
        ("qyđ", S, None),
        ("QĐ", S, "Quyết định"),
        ("QyĐ", P, None),
        ("QĐi", P, "Quy định"),
        ("HD", S, "Hướng dẫn"),
        ("HĐ", S, "Hợp đồng"),
        ("ĐA", S, "Đề án"),
        ("DA", S, "Dự án"),
        ("CT", S, "Chỉ thị"),
        ("CTr", S, "Chương trình"),
        ("CTR", S, None),
        ("TTr", S, "Tờ trình"),
        ("TT", P, "Thông tri"),
        ("TT", L, "Thông tư"),
        ("CV", S, None),  # common in the wild, not in the decree
        ("CV", P, "Công văn"),
    ],
)
def test_by_abbreviation_keeps_case(abbreviation: str, regime: Regime, name: str | None) -> None:
    kind = KINDS.by_abbreviation(abbreviation, regime)
    assert (kind.name if kind else None) == name


def test_abbreviations_in_use_per_regime() -> None:
    state = KINDS.abbreviations(S)
    assert {"QyĐ", "CTr", "TTr", "TrS", "SY", "SL", "QĐ"} <= state
    assert "QĐi" not in state
    assert "CV" not in state
    assert {"QĐi", "KL", "TT", "CV"} <= KINDS.abbreviations(P)
    assert {"NĐ", "TT", "TTLT"} <= KINDS.abbreviations(L)


def test_get_by_code() -> None:
    assert KINDS.get("chi-thi") is KINDS.find("Chỉ thị")
    assert KINDS.get("ban-thoa-thuan").name == "Bản thỏa thuận"
    assert KINDS.get("de-an").name == "Đề án"
    with pytest.raises(UnknownKindError) as raised:
        KINDS.get("chi thi")
    assert isinstance(raised.value, VnadminError)
    assert isinstance(raised.value, KeyError)
    assert str(raised.value) == "no document kind has the code 'chi thi'"
    assert KINDS.get("chi-thi") in KINDS
    assert DocumentKind(name="Chỉ thị", abbreviations={S: "CT", P: "CT"}) in KINDS
    assert DocumentKind(name="Chỉ thị", abbreviations={S: "CT"}) not in KINDS
    assert "chi-thi" not in KINDS


def test_register_refuses_a_conflicting_kind() -> None:
    registry = KindRegistry(KINDS)
    size = len(registry)
    same_name = DocumentKind(name="CHỈ THỊ", abbreviations={S: "CHT"}, code="chi-thi-moi")
    with pytest.raises(InvalidValueError) as raised:
        registry.register(same_name)
    assert raised.value.path == "KindRegistry.register"
    same_code = DocumentKind(name="Chỉ thị khác", abbreviations={S: "CTK"}, code="chi-thi")
    with pytest.raises(InvalidValueError, match="chi-thi"):
        registry.register(same_code)
    assert registry.register(KINDS.get("chi-thi")) is KINDS.get("chi-thi")  # the same kind again
    assert len(registry) == size
    assert registry.get("chi-thi") == KINDS.get("chi-thi")


def test_user_registration() -> None:
    registry = KindRegistry(KINDS)
    size = len(registry)
    message = DocumentKind(name="Thông điệp", abbreviations={S: "TĐ"})
    assert message.code == "thong-diep"
    assert registry.register(message) is message
    assert len(registry) == size + 1
    assert registry.get("thong-diep") is message
    assert registry.find("thong diep") is message
    assert registry.by_abbreviation("TĐ", S) is message
    assert "TĐ" in registry.abbreviations(S)
    assert message in registry
    assert message not in KINDS  # the default registry is untouched
    assert KINDS.find("Thông điệp") is None
    assert len(KINDS) == size


# Task trees and citations ----------------------------------------------------------------


def test_walk_is_depth_first_in_document_order() -> None:
    first = Task(
        label="1.",
        text="một",
        subtasks=[
            Task(label="a)", text="a", subtasks=[Task(label="-", text="gạch")]),
            Task(label="b)", text="b"),
        ],
    )
    assert [t.label for t in first.walk()] == ["1.", "a)", "-", "b)"]
    assert first.walk()[0] is first
    body = Body(tasks=[first, Task(label="2.", text="hai")], closing=[Task(text="Giao ...")])
    assert [t.label for t in body.all_tasks()] == ["1.", "a)", "-", "b)", "2.", None]


def test_citations_once_each_in_order_of_first_appearance() -> None:
    c1 = Citation(number=N33, issuer="Thủ tướng Chính phủ")
    c2 = Citation(kind=LUAT, title="Tiếp cận thông tin")
    c3 = Citation(kind=LUAT, title="Tiếp công dân")
    c4 = Citation(
        number=DocumentNumber(number="76", kind_abbreviation="NQ", issuer_abbreviation="CP"),
        date=PartialDate(day=15, month=7, year=2021),
    )
    c1_again = Citation(number=N33, issuer="Thủ tướng Chính phủ")  # equal, not the same object
    body = Body(
        preamble=[Paragraph(text="Thực hiện ...", citations=[c1])],
        background=[Paragraph(text="Để ...", citations=[c2, c1_again])],
        tasks=[
            Task(
                label="1.", text="x", citations=[c3], subtasks=[Task(text="y", citations=[c2, c4])]
            )
        ],
        closing=[Task(text="Giao ...", citations=[c4, c1])],
    )
    assert body.citations() == (c1, c2, c3, c4)
    assert Instrument(regime=S, body=body).citations() == (c1, c2, c3, c4)
    assert Body().citations() == ()


def test_writers_refuse_trees_nested_past_the_stack_with_a_located_error() -> None:
    import sys

    from vnadmin import EncodeError, akn, check, xml
    from vnadmin import json as vjson
    from vnadmin.model import Body, Instrument, Regime, Task
    from vnadmin.text import render_text

    task = Task(label="1.", text="Việc")
    for _ in range(sys.getrecursionlimit() + 100):
        task = Task(label="a)", text="Việc con", subtasks=[task])
    deep = Instrument(regime=Regime.STATE, body=Body(tasks=[task]))
    for write in (vjson.dumps, xml.dumps, akn.dumps, render_text):
        with pytest.raises(EncodeError, match=r"tasks nest more than 100 deep") as raised:
            write(deep)
        assert raised.value.path == "Instrument.body.tasks[0]" + ".subtasks[0]" * 100
    check(deep)  # the checker walks the tree without recursion
