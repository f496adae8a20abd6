"""Every rule fires on a document that breaks it (with its code and path) and stays silent on
one that does not.  The breaking documents are the well-formed ones of ``rule_examples``
with one thing changed, so each case also shows that no other rule fires by accident."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from rule_examples import (
    CHI_THI,
    CONG_VAN,
    NGHI_DINH,
    PARTY_CHI_THI,
    QUYET_DINH,
    SNV,
    TODAY,
    WELL_FORMED,
)
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
    Frequency,
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
    Secrecy,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)
from vnadmin.rules import RULES, Diagnostic, Severity, check
from vnadmin.rules import edxml as edxml_rules
from vnadmin.rules import presentation as presentation_rules


def run(instrument: Instrument, **options: Any) -> list[Diagnostic]:
    return check(instrument, today=TODAY, **options)


def number(base: Instrument, **changes: Any) -> Instrument:
    assert base.number is not None
    return attrs.evolve(base, number=attrs.evolve(base.number, **changes))


def signed(
    base: Instrument,
    *marks: tuple[SigningMark, str],
    title: str | None = "PHÓ GIÁM ĐỐC",
    name: str | None = "Vũ Ngọc Khánh",
) -> Instrument:
    authorities = [Authority(mark=m, applies_to=a) for m, a in marks]
    block = SignatureBlock(authorities=authorities, title=title, name=name)
    return attrs.evolve(base, signatures=[block])


def with_task(base: Instrument, task: Task) -> Instrument:
    return attrs.evolve(base, body=Body(tasks=[task]))


def deadline(day: int, month: int, year: int | None) -> DateDeadline:
    return DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=day, month=month, year=year)
    )


def amending(*items: tuple[str, str]) -> Instrument:
    """A thông tư of one article whose khoản are ``items`` (label, text): the shape of an
    amending text's list as read (NĐ 30 mục II.6 numbers khoản 1., 2., ...)."""
    article = Task(
        label="Điều 1.",
        text="Sửa đổi, bổ sung một số điều của Thông tư số 44/2022/TT-BTC",
        subtasks=tuple(Task(label=label, text=text) for label, text in items),
    )
    return tasked(CHI_THI, article)


def labelled(base: Instrument, *labels: str) -> Instrument:
    """``base`` with top-level tasks of these labels (texts from the label)."""
    return tasked(base, *(Task(label=x, text=f"Nội dung {x}") for x in labels))


def bases(base: Instrument, *texts: str) -> Instrument:
    """``base`` with these legal-basis lines as its preamble."""
    preamble = [Paragraph(text=text) for text in texts]
    return attrs.evolve(base, body=attrs.evolve(base.body, preamble=preamble))


def reporting(task_text: str, **fields: Any) -> Task:
    """A task asking for a report to Sở Nội vụ, with no deadline of its own."""
    assignments = [Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ")]
    return Task(text=task_text, assignments=assignments, **fields)


def bases_then(base: Instrument, bases_: tuple[str, ...], *background: str) -> Instrument:
    """``base`` with these legal-basis lines, then these background paragraphs (a line
    the reader cut, an enacting formula)."""
    return attrs.evolve(
        base,
        body=attrs.evolve(
            base.body,
            preamble=[Paragraph(text=text) for text in bases_],
            background=[Paragraph(text=text) for text in background],
        ),
    )


def articles(base: Instrument, *items: tuple[str, str]) -> Instrument:
    """``base`` with top-level tasks of these (label, text) pairs."""
    return tasked(base, *(Task(label=label, text=text) for label, text in items))


def tasked(base: Instrument, *tasks: Task) -> Instrument:
    """``base`` with these top-level tasks."""
    return attrs.evolve(base, body=attrs.evolve(base.body, tasks=tasks))


DECREE = NGHI_DINH
"""A decree with articles, for the rules of what stands before them."""
DECREE_BASES = ("Căn cứ Luật Tổ chức Chính phủ;", "Theo đề nghị của Bộ trưởng Bộ Nội vụ;")


def cites(base: Instrument, date: PartialDate) -> Instrument:
    citation = Citation(
        kind=KINDS.get("quyet-dinh"),
        number=DocumentNumber(number="12", kind_abbreviation="QĐ", issuer_abbreviation="UBND"),
        date=date,
    )
    paragraph = Paragraph(text="Căn cứ Quyết định số 12/QĐ-UBND;", citations=[citation])
    return attrs.evolve(base, body=attrs.evolve(base.body, preamble=[paragraph]))


def legal_chi_thi(year: int, date: PartialDate | None) -> Instrument:
    """A chỉ thị numbered with its ``year`` (``01/2013/CT-UBND``) in the legal regime."""
    return attrs.evolve(
        number(CHI_THI, year=year, style=NumberStyle.LEGAL), regime=Regime.LEGAL, date=date
    )


def stamped(base: Instrument, date: PartialDate) -> Instrument:
    return attrs.evolve(
        base, incoming=IncomingStamp(receiver="SỞ TÀI CHÍNH HẢI DƯƠNG", number=4689, date=date)
    )


def printing(base: Instrument, **lines: Any) -> Instrument:
    """``base`` whose printed forms (typed in rule_examples.py) have ``lines`` changed."""
    assert base.printed is not None
    return attrs.evolve(base, printed=attrs.evolve(base.printed, **lines))


CHI_THI_AS_DECISION = printing(
    attrs.evolve(CHI_THI, kind=KINDS.get("quyet-dinh")), formula="QUYẾT ĐỊNH:"
)
"""CHI_THI as a quyết định, printing the formula one prints before its articles."""
APPENDED = attrs.evolve(QUYET_DINH, appendices=[Appendix(label="Phụ lục", title="DANH SÁCH")])
"""QUYET_DINH with one appendix, whose header NĐ 30 Phụ lục I mục III.1 ties to it."""
ATTACHED = (
    "(Kèm theo Quyết định số 86/QĐ-UBND ngày 16 tháng 01 năm 2024 của Chủ tịch Ủy ban nhân"
    " dân tỉnh Quảng Ngãi)"
)
COPY = ("SAO Y", "Số: 05/SY-VP", "Quảng Ngãi, ngày 20 tháng 01 năm 2024", "CHÁNH VĂN PHÒNG")
"""A paper copy's block as NĐ 30 Phụ lục I Phần II prints it (form, number, date, signer)."""

REPORTED = Reporting(source="Baothanhhoa.vn")
TM, KT, TL, TUQ = SigningMark.TM, SigningMark.KT, SigningMark.TL, SigningMark.TUQ
THONG_DIEP = DocumentKind(name="Thông điệp", abbreviations={Regime.STATE: None})
"""A kind not in the default registry."""
OWN_KINDS = KindRegistry([*KINDS, THONG_DIEP])
THONG_DIEP_DOC = number(attrs.evolve(CHI_THI, kind=THONG_DIEP), kind_abbreviation=None)
CV_PARTY = attrs.evolve(
    PARTY_CHI_THI,
    kind=KINDS.get("cong-van"),
    number=DocumentNumber(
        number="123", kind_abbreviation="CV", issuer_abbreviation="TU", style=NumberStyle.PARTY
    ),
)


@attrs.frozen
class Fires:
    code: str
    id: str
    instrument: Instrument
    path: str
    options: dict[str, Any] = attrs.field(factory=dict)
    also: frozenset[str] = frozenset()
    """Other rules that rightly fire on the same document."""


@attrs.frozen
class Silent:
    code: str
    id: str
    instrument: Instrument
    options: dict[str, Any] = attrs.field(factory=dict)


DRAFT = {"strictness": "draft"}
assert CONG_VAN.date is not None
UNREGISTERED = attrs.evolve(
    number(CONG_VAN, number=None), date=attrs.evolve(CONG_VAN.date, day=None)
)
"""Số:    /STC-VP and ngày    tháng 01 năm 2024: a draft awaiting registration."""
EDXML = {"profile": "edxml"}
EDXML_DRAFT = {"profile": "edxml", "strictness": "draft"}

FIRES = [
    # issuer
    Fires("VN-ISS-001", "no issuer", attrs.evolve(CONG_VAN, issuer=None), "issuer"),
    Fires(
        "VN-ISS-002",
        "symbol names another issuer",
        number(CONG_VAN, issuer_abbreviation="STC"),
        "number.issuer_abbreviation",
    ),
    # number
    Fires("VN-NUM-001", "5 without zero", number(CONG_VAN, number="5"), "number.number"),
    Fires("VN-NUM-001", "005 padded", number(CONG_VAN, number="005"), "number.number"),
    Fires("VN-NUM-001", "zero", number(CONG_VAN, number="0"), "number.number"),
    Fires("VN-NUM-008", "02124 padded", number(CONG_VAN, number="02124"), "number.number"),
    # NĐ 30 Phụ lục I mục II.3 điểm b: the symbol's groups are joined by a hyphen (-)
    Fires(
        "VN-NUM-009",
        "an en dash in the symbol",
        printing(QUYET_DINH, number="Số: 86/QĐ–UBND"),
        "printed.number",
    ),
    Fires(
        "VN-NUM-001",
        "Party 7",
        number(PARTY_CHI_THI, number="7"),
        "number.number",
    ),
    Fires("VN-NUM-002", "blank number", number(CONG_VAN, number=None), "number.number"),
    Fires("VN-NUM-002", "no number", attrs.evolve(CHI_THI, number=None), "number"),
    # NĐ 30 Điều 15-16: the văn thư fills the number and the day together at registration
    Fires("VN-NUM-010", "number and day both blank", UNREGISTERED, "number.number"),
    Fires(
        "VN-NUM-003",
        "chỉ thị without CT",
        number(CHI_THI, kind_abbreviation=None),
        "number.kind_abbreviation",
    ),
    Fires(  # the Government's resolutions do carry NQ: 01/2025/NQ-CP
        "VN-NUM-003",
        "a Nghị quyết 01/2025/CP",
        attrs.evolve(number(NGHI_DINH, kind_abbreviation=None), kind=KINDS.get("nghi-quyet")),
        "number.kind_abbreviation",
    ),
    Fires(  # on a clean page QĐĐ is no QĐ: a symbol typed wrong
        "VN-NUM-003",
        "CTT-UBND in a clean print",
        number(CHI_THI, kind_abbreviation=None, issuer_abbreviation="CTT", extra_parts=("UBND",)),
        "number.kind_abbreviation",
        also=frozenset({"VN-ISS-002"}),
    ),
    Fires(  # a damaged print excuses a letter printed twice, not another abbreviation
        "VN-NUM-003",
        "CTD-UBND in a damaged print",
        number(CHI_THI, kind_abbreviation=None, issuer_abbreviation="CTD", extra_parts=("UBND",)),
        "number.kind_abbreviation",
        {"unread": ["printed"]},
        also=frozenset({"VN-ISS-002"}),
    ),
    Fires(
        "VN-NUM-004",
        "công văn with CV",
        number(CONG_VAN, kind_abbreviation="CV"),
        "number.kind_abbreviation",
    ),
    Fires(  # CT is not the initials of SỞ NỘI VỤ: a chỉ thị's abbreviation
        "VN-NUM-004",
        "công văn with CT",
        number(CONG_VAN, kind_abbreviation="CT"),
        "number.kind_abbreviation",
    ),
    Fires(
        "VN-NUM-005",
        "Party in state style",
        number(PARTY_CHI_THI, style=NumberStyle.STATE),
        "number.style",
    ),
    Fires(
        "VN-NUM-005",
        "state in Party style",
        number(CHI_THI, style=NumberStyle.PARTY),
        "number.style",
    ),
    Fires(
        "VN-NUM-006",
        "state number with year",
        number(CHI_THI, year=2024, style=NumberStyle.LEGAL),
        "number.year",
    ),
    Fires(
        "VN-NUM-006",
        "legal number without year",
        number(NGHI_DINH, year=None, style=NumberStyle.STATE),
        "number.year",
    ),
    Fires("VN-NUM-007", "year 2019 in 2020", number(NGHI_DINH, year=2019), "number.year"),
    # kind
    Fires("VN-KIND-001", "no kind", attrs.evolve(CONG_VAN, kind=None), "kind"),
    Fires("VN-KIND-002", "unregistered kind", THONG_DIEP_DOC, "kind"),
    Fires(
        "VN-KIND-003",
        "Kết luận in a state document",
        number(attrs.evolve(CHI_THI, kind=KINDS.get("ket-luan")), kind_abbreviation="KL"),
        "kind",
    ),
    Fires(
        "VN-KIND-003",
        "Nghị định in a state document",
        number(attrs.evolve(CHI_THI, kind=KINDS.get("nghi-dinh")), kind_abbreviation="NĐ"),
        "kind",
    ),
    Fires(  # a chỉ thị numbered with its year after the 2015 law: no legal normative kind
        "VN-KIND-003",
        "05/2017/CT-UBND of 2017",
        legal_chi_thi(2017, PartialDate(day=3, month=8, year=2017)),
        "kind",
    ),
    Fires(
        "VN-KIND-004",
        "chỉ thị as CTr",
        number(CHI_THI, kind_abbreviation="CTr"),
        "number.kind_abbreviation",
    ),
    Fires(
        "VN-KIND-004",
        "quyết định as QyĐ",
        number(CHI_THI_AS_DECISION, kind_abbreviation="QyĐ"),
        "number.kind_abbreviation",
    ),
    Fires(
        "VN-KIND-004",
        "đề án as DA",
        number(attrs.evolve(CHI_THI, kind=KINDS.get("de-an")), kind_abbreviation="DA"),
        "number.kind_abbreviation",
    ),
    Fires(
        "VN-KIND-004",
        "hướng dẫn as HĐ",
        number(attrs.evolve(CHI_THI, kind=KINDS.get("huong-dan")), kind_abbreviation="HĐ"),
        "number.kind_abbreviation",
    ),
    Fires(
        "VN-KIND-005",
        "QD without Đ",
        number(CHI_THI_AS_DECISION, kind_abbreviation="QD"),
        "number.kind_abbreviation",
    ),
    Fires(
        "VN-KIND-005",
        "CV with no kind",
        number(attrs.evolve(CONG_VAN, kind=None), kind_abbreviation="CV"),
        "number.kind_abbreviation",
        also=frozenset({"VN-KIND-001"}),
    ),
    # place and date
    Fires(
        "VN-DATE-001",
        "2099",
        attrs.evolve(CHI_THI, date=PartialDate(day=1, month=1, year=2099)),
        "date",
    ),
    Fires(
        "VN-DATE-001",
        "tomorrow",
        attrs.evolve(CHI_THI, date=PartialDate(day=2, month=6, year=2024)),
        "date",
    ),
    Fires(
        "VN-DATE-001",
        "partial, next year",
        attrs.evolve(CHI_THI, date=PartialDate(month=1, year=2025)),
        "date",
        also=frozenset({"VN-DATE-002"}),
    ),
    Fires(
        "VN-DATE-002",
        "no day",
        attrs.evolve(CHI_THI, date=PartialDate(month=2, year=2024)),
        "date.day",
    ),
    Fires(
        "VN-DATE-002",
        "no month",
        attrs.evolve(CHI_THI, date=PartialDate(day=15, year=2024)),
        "date.month",
    ),
    Fires("VN-DATE-003", "no date", attrs.evolve(CHI_THI, date=None), "date"),
    Fires("VN-DATE-003", "blank date", attrs.evolve(CHI_THI, date=PartialDate()), "date"),
    Fires("VN-DATE-004", "no place", attrs.evolve(CHI_THI, place=None), "place"),
    Fires(  # NĐ 30 mục II.4.a: the place is the unit the issuer sits in (tỉnh Quảng Ngãi)
        "VN-DATE-008",
        "UBND tỉnh Quảng Ngãi dated at Hà Nội",
        attrs.evolve(QUYET_DINH, place="Hà Nội"),
        "place",
    ),
    Fires(  # initials that are not the place's: TP.HCM dated at Hà Nội
        "VN-DATE-008",
        "ĐẠI HỌC QUỐC GIA TP.HCM dated at Hà Nội",
        attrs.evolve(
            QUYET_DINH,
            issuer=Organization(name="ĐẠI HỌC QUỐC GIA TP.HCM"),
            place="Hà Nội",
        ),
        "place",
    ),
    # subject
    Fires(
        "VN-SUBJ-001",
        "công văn with Về việc",
        attrs.evolve(CONG_VAN, subject="Về việc tăng cường công tác dân vận"),
        "subject",
    ),
    Fires(
        "VN-SUBJ-001",
        "công văn with V/V",
        attrs.evolve(CONG_VAN, subject="V/V tăng cường công tác dân vận"),
        "subject",
    ),
    Fires(
        "VN-SUBJ-001", "công văn without subject", attrs.evolve(CONG_VAN, subject=None), "subject"
    ),
    Fires(  # a print the reader trusts: V⁄% is what the drafter printed
        "VN-SUBJ-001",
        "V⁄% in a print read whole",
        attrs.evolve(CONG_VAN, subject="V⁄% tăng cường công tác dân vận"),
        "subject",
    ),
    Fires(
        "VN-SUBJ-002",
        "chỉ thị with V/v",
        attrs.evolve(CHI_THI, subject="V/v tăng cường công tác dân vận"),
        "subject",
    ),
    # recipients
    Fires(
        "VN-RCPT-001",
        "công văn without Kính gửi",
        attrs.evolve(CONG_VAN, addressees=[], distribution=[Recipient(name="UBND tỉnh")]),
        "addressees",
    ),
    Fires(
        "VN-RCPT-002",
        "Như trên without Kính gửi",
        attrs.evolve(
            CHI_THI, distribution=[Recipient(name="UBND tỉnh"), Recipient(name="Như trên")]
        ),
        "distribution[1]",
    ),
    Fires(
        "VN-RCPT-002",
        "như trên in lower case",
        attrs.evolve(CHI_THI, distribution=[Recipient(name="như trên")]),
        "distribution[0]",
    ),
    # signature
    Fires(
        "VN-SIGN-001",
        "TM. GIÁM ĐỐC",
        signed(CHI_THI, (TM, "GIÁM ĐỐC"), title="GIÁM ĐỐC"),
        "signatures[0].authorities[0].applies_to",
    ),
    Fires(
        "VN-SIGN-001",
        "TM. CHỦ TỊCH",
        signed(CHI_THI, (TM, "CHỦ TỊCH"), title="CHỦ TỊCH"),
        "signatures[0].authorities[0].applies_to",
    ),
    Fires(
        "VN-SIGN-002",
        "KT. GIÁM ĐỐC / GIÁM ĐỐC",
        signed(CONG_VAN, (KT, "GIÁM ĐỐC"), title="GIÁM ĐỐC"),
        "signatures[0].title",
    ),
    Fires(
        "VN-SIGN-002",
        "KT. / THỦ TRƯỞNG (the head, not the deputy THỨ TRƯỞNG)",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="THỦ TRƯỞNG"),
        "signatures[0].title",
    ),
    Fires(  # the head's THỦ with a typo after it is still the head, not THỨ
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / THỦ TRỬỞNG",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="THỦ TRỬỞNG"),
        "signatures[0].title",
    ),
    Fires(  # a unit's letters after P. are no deputy's title (P.KT is a unit)
        "VN-SIGN-002",
        "KT. GIÁM ĐỐC / P KẾ TOÁN",
        signed(CONG_VAN, (KT, "GIÁM ĐỐC"), title="P KẾ TOÁN"),
        "signatures[0].title",
    ),
    Fires(  # in a print read whole, the title is what it says
        "VN-SIGN-002",
        "KT. CHÁNH VĂN PHÒNG / VĂN PHÒNG",
        signed(CONG_VAN, (KT, "CHÁNH VĂN PHÒNG"), title="VĂN PHÒNG"),
        "signatures[0].title",
    ),
    Fires(  # a head's title behind specks stays a head's: BỘ is more than one letter off
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / %C BỘ TRƯỞNG in a damaged print",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="%C BỘ TRƯỞNG"),
        "signatures[0].title",
        {"unread": ["printed"]},
    ),
    Fires(  # on a clean page the specks and the letter are what was printed
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / %C VIHỨ TRƯỞNG in a clean print",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="%C VIHỨ TRƯỞNG"),
        "signatures[0].title",
    ),
    Fires(  # two letters off is another title, not the mark's misread
        "VN-SIGN-002",
        "KT. GIAM D6C / GIAM SAT in a damaged print",
        signed(CONG_VAN, (KT, "GIAM D6C"), title="GIAM SAT"),
        "signatures[0].title",
        {"unread": ["printed"]},
    ),
    Fires(  # the head's whole title under KT. stays the head's, damaged print or not
        "VN-SIGN-002",
        "KT. GIÁM ĐỐC / GIÁM ĐỐC in a damaged print",
        signed(CONG_VAN, (KT, "GIÁM ĐỐC"), title="GIÁM ĐỐC"),
        "signatures[0].title",
        {"unread": ["printed"]},
    ),
    Fires(
        "VN-SIGN-002",
        "KT. without title",
        signed(CONG_VAN, (KT, "GIÁM ĐỐC"), title=None),
        "signatures[0].title",
        also=frozenset({"VN-SIGN-006"}),
    ),
    Fires(
        "VN-SIGN-003",
        "KT. before TL.",
        signed(CHI_THI, (KT, "CHỦ TỊCH"), (TL, "CHỦ TỊCH"), title="PHÓ CHỦ TỊCH"),
        "signatures[0].authorities[0]",
    ),
    Fires(
        "VN-SIGN-003",
        "TM. second",
        signed(CHI_THI, (TL, "CHỦ TỊCH"), (TM, "ỦY BAN NHÂN DÂN"), title="CHÁNH VĂN PHÒNG"),
        "signatures[0].authorities[1]",
    ),
    Fires(
        "VN-SIGN-003",
        "TM. twice",
        signed(CHI_THI, (TM, "ỦY BAN NHÂN DÂN"), (TM, "ỦY BAN NHÂN DÂN"), title="CHỦ TỊCH"),
        "signatures[0].authorities[1]",
    ),
    Fires(
        "VN-SIGN-004",
        "TL. with TUQ.",
        signed(CONG_VAN, (TL, "GIÁM ĐỐC"), (TUQ, "GIÁM ĐỐC"), title="CHÁNH VĂN PHÒNG"),
        "signatures[0].authorities[1]",
    ),
    Fires(
        "VN-SIGN-004",
        "TUQ. passed to KT.",
        signed(CONG_VAN, (TUQ, "GIÁM ĐỐC"), (KT, "TRƯỞNG PHÒNG"), title="PHÓ TRƯỞNG PHÒNG"),
        "signatures[0].authorities[0]",
    ),
    Fires(  # môi trường is not a school (trường): the body's first word tells
        "VN-SIGN-005",
        "TS. signing for a Sở of the environment",
        attrs.evolve(
            CHI_THI,
            issuer=Organization(name="SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", abbreviation="SNNMT"),
            signatures=[attrs.evolve(CHI_THI.signatures[0], name="TS. Lê An")],
        ),
        "signatures[0].name",
        also=frozenset({"VN-ISS-002", "VN-ISS-003"}),  # the instrument's symbol is UBND's
    ),
    Fires(
        "VN-SIGN-005",
        "TS.",
        attrs.evolve(CHI_THI, signatures=[attrs.evolve(CHI_THI.signatures[0], name="TS. Lê An")]),
        "signatures[0].name",
    ),
    Fires(
        "VN-SIGN-005",
        "PGS.TS.",
        attrs.evolve(
            CHI_THI, signatures=[attrs.evolve(CHI_THI.signatures[0], name="PGS.TS. Lê An")]
        ),
        "signatures[0].name",
    ),
    Fires(
        "VN-SIGN-005",
        "TTƯT.",  # a title of honour the reader takes before a name
        attrs.evolve(CHI_THI, signatures=[attrs.evolve(CHI_THI.signatures[0], name="TTƯT. Lê An")]),
        "signatures[0].name",
    ),
    Fires(
        "VN-SIGN-005",
        "Thạc sĩ",
        attrs.evolve(
            CHI_THI, signatures=[attrs.evolve(CHI_THI.signatures[0], name="Thạc sĩ Lê An")]
        ),
        "signatures[0].name",
    ),
    Fires(
        "VN-SIGN-006",
        "bare name (seed 003)",
        signed(PARTY_CHI_THI, title=None, name="Phạm Xuân Thăng"),
        "signatures[0].title",
    ),
    Fires(
        "VN-SIGN-006",
        "title without name",
        signed(CHI_THI, title="CHỦ TỊCH", name=None),
        "signatures[0].name",
    ),
    Fires("VN-SIGN-006", "unsigned", attrs.evolve(CHI_THI, signatures=[]), "signatures"),
    Fires(
        "VN-SIGN-006",
        "Q. not the last mark: the title is missing",
        signed(CHI_THI, (SigningMark.Q, "GIÁM ĐỐC"), (SigningMark.TL, "GIÁM ĐỐC"), title=None),
        "signatures[0].title",
    ),
    # distribution
    Fires("VN-DIST-001", "no Lưu line", attrs.evolve(CONG_VAN, archive=None), "archive"),
    Fires(
        "VN-DIST-002",
        "Lưu: VP (seed 000)",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["VP"])),
        "archive.units",
    ),
    Fires(  # in a print read whole, VI is no VT
        "VN-DIST-002",
        "Lưu: VI, PC04",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["VI", "PC04"])),
        "archive.units",
    ),
    # markings
    Fires(
        "VN-MARK-001",
        "HỎA TỐC HẸN GIỜ on the page",
        attrs.evolve(CONG_VAN, urgency=Urgency.FLASH_TIMED),
        "urgency",
    ),
    # tasks
    Fires(
        "VN-TASK-001",
        "deadline a month before",
        with_task(CONG_VAN, Task(text="Báo cáo.", deadline=deadline(5, 12, 2023))),
        "body.tasks[0].deadline",
    ),
    Fires(  # đến hết ngày without the start of a period: a time to act by, too early
        "VN-TASK-001",
        "báo cáo đến hết ngày 31/12/2023",
        with_task(
            CONG_VAN,
            Task(
                text="Các đơn vị gửi báo cáo đến hết ngày 31/12/2023.",
                deadline=deadline(31, 12, 2023),
            ),
        ),
        "body.tasks[0].deadline",
    ),
    Fires(  # the words set a time to act by, a year too early (CONG_VAN: 05/01/2024)
        "VN-TASK-001",
        "gửi báo cáo trước ngày 05/12/2023",
        with_task(
            CONG_VAN,
            Task(text="Gửi báo cáo trước ngày 05/12/2023.", deadline=deadline(5, 12, 2023)),
        ),
        "body.tasks[0].deadline",
    ),
    Fires(  # a quoted passage earlier in the task does not hide the task's own date
        "VN-TASK-001",
        "a quotation, then the task's date",
        with_task(
            CONG_VAN,
            Task(
                text="Thực hiện “Điều 5. Chế độ báo cáo” và báo cáo trước ngày 05/12/2023.",
                deadline=deadline(5, 12, 2023),
            ),
        ),
        "body.tasks[0].deadline",
    ),
    Fires(  # a condition, then the action to finish by a date a year too early
        "VN-TASK-001",
        "Trường hợp vướng mắc, báo cáo trước ngày 05/12/2023",
        with_task(
            CONG_VAN,
            Task(
                text="Trường hợp có vướng mắc, các đơn vị báo cáo Sở Nội vụ trước ngày 05/12/2023.",
                deadline=deadline(5, 12, 2023),
            ),
        ),
        "body.tasks[0].deadline",
    ),
    Fires(  # a period opened by its bound is a time to act by
        "VN-TASK-001",
        "hoàn thành trong 6 tháng đầu năm 2023",
        with_task(
            CONG_VAN,
            Task(
                text="Hoàn thành việc rà soát trong 6 tháng đầu năm 2023.",
                deadline=PeriodDeadline(unit=PeriodUnit.HALF, index=1, year=2023),
            ),
        ),
        "body.tasks[0].deadline",
    ),
    Fires(
        "VN-TASK-001",
        "subtask deadline",
        with_task(
            CONG_VAN,
            Task(
                label="1.",
                text="Triển khai.",
                subtasks=[
                    Task(label="a)", text="Rà soát."),
                    Task(label="b)", text="Tổng hợp.", deadline=deadline(1, 1, 2024)),
                ],
            ),
        ),
        "body.tasks[0].subtasks[1].deadline",
    ),
    Fires(
        "VN-TASK-001",
        "closing item, quarter IV/2023",
        attrs.evolve(
            CONG_VAN,
            body=Body(
                closing=[
                    Task(
                        text="Giao Văn phòng tổng hợp.",
                        deadline=PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2023),
                    )
                ]
            ),
        ),
        "body.closing[0].deadline",
    ),
    Fires(
        "VN-TASK-002",
        "report to without deadline",
        with_task(
            CONG_VAN,
            Task(
                text="Báo cáo kết quả gửi Sở Nội vụ.",
                assignments=[Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ")],
            ),
        ),
        "body.tasks[0].deadline",
    ),
    # edXML
    Fires(
        "VN-EDXML-001",
        "subject of 501",
        attrs.evolve(CONG_VAN, subject="V/v " + "a" * 497),
        "subject",
        EDXML,
    ),
    Fires(
        "VN-EDXML-002",
        "place of 51",
        attrs.evolve(CONG_VAN, place="P" * 51),
        "place",
        EDXML,
        also=frozenset({"VN-DATE-008"}),  # no place the issuer sits in
    ),
    Fires(
        "VN-EDXML-003",
        "addressee name of 201",
        attrs.evolve(CONG_VAN, addressees=[*CONG_VAN.addressees[:1], Organization(name="B" * 201)]),
        "addressees[1].name",
        EDXML,
    ),
    Fires(
        "VN-EDXML-003",
        "issuer name of 201",
        attrs.evolve(CONG_VAN, issuer=attrs.evolve(SNV, name="S" * 201)),
        "issuer.name",
        EDXML,
    ),
    Fires(
        "VN-EDXML-004",
        "12 digits",
        number(CONG_VAN, number="123456789012"),
        "number.number",
        EDXML,
    ),
    Fires(
        "VN-EDXML-005",
        "symbol of 31",
        number(CONG_VAN, extra_parts=["X" * 27]),  # SNV-XXX...: 3 + 1 + 27
        "number",
        EDXML,
    ),
    Fires(
        "VN-EDXML-006",
        "entry of 151 with its purpose",
        attrs.evolve(CONG_VAN, distribution=[Recipient(name="N" * 138, purpose="để báo cáo")]),
        "distribution[0]",
        EDXML,
    ),
    Fires(
        "VN-EDXML-007",
        "phone of 21",
        attrs.evolve(CONG_VAN, contact=Contact(phone="0" * 21)),
        "contact.phone",
        EDXML,
    ),
    Fires(
        "VN-EDXML-008",
        "email without @",
        attrs.evolve(CONG_VAN, contact=Contact(email="snv.tuyenquang.gov.vn")),
        "contact.email",
        EDXML,
    ),
    Fires(
        "VN-EDXML-008",
        "email without a dotted domain",
        attrs.evolve(CONG_VAN, contact=Contact(email="snv@localhost")),
        "contact.email",
        EDXML,
    ),
    Fires(
        "VN-EDXML-009",
        "OrganId of one group",
        attrs.evolve(CONG_VAN, addressees=[Organization(name="Công an tỉnh", organ_id="H57")]),
        "addressees[0].organ_id",
        EDXML,
    ),
    Fires(
        "VN-EDXML-010",
        "issuer without OrganId",
        attrs.evolve(CONG_VAN, issuer=attrs.evolve(SNV, organ_id=None)),
        "issuer.organ_id",
        EDXML,
    ),
    Fires(
        "VN-EDXML-011",
        "no addressee with OrganId",
        attrs.evolve(CONG_VAN, addressees=[Organization(name="Các sở, ban, ngành")]),
        "addressees",
        EDXML,
    ),
    Fires(
        "VN-EDXML-012",
        "OrganId twice",
        attrs.evolve(
            CONG_VAN,
            addressees=[
                Organization(name="Sở A", organ_id="000.00.13.H57"),
                Organization(name="Sở B", organ_id="000.00.13.H57"),
            ],
        ),
        "addressees[1].organ_id",
        EDXML,
    ),
    Fires(
        "VN-EDXML-013",
        "blank number in a draft",
        number(CONG_VAN, number=None),
        "number.number",
        EDXML_DRAFT,
    ),
    Fires(
        "VN-EDXML-013",
        "partial date in a draft",
        attrs.evolve(CONG_VAN, date=PartialDate(month=1, year=2024)),
        "date",
        EDXML_DRAFT,
    ),
    Fires(
        "VN-EDXML-013",
        "no subject",
        attrs.evolve(CONG_VAN, subject=None),
        "subject",
        EDXML,
        also=frozenset({"VN-SUBJ-001"}),
    ),
    # subject: every kind that has a trích yếu
    Fires("VN-SUBJ-003", "chỉ thị without subject", attrs.evolve(CHI_THI, subject=None), "subject"),
    Fires(
        "VN-SUBJ-003",
        "quyết định without subject",
        attrs.evolve(QUYET_DINH, subject=None),
        "subject",
    ),
    Fires(
        "VN-SUBJ-002",
        "quyết định titled V/V",
        attrs.evolve(QUYET_DINH, subject="V/V bổ nhiệm vào ngạch Thanh tra viên"),
        "subject",
    ),
    # issuer: a subordinate body under its parent
    Fires(
        "VN-ISS-003",
        "Sở without UBND tỉnh",
        attrs.evolve(CONG_VAN, issuer=attrs.evolve(SNV, parent=None)),
        "issuer.parent",
    ),
    Fires(
        "VN-ISS-003",
        "Trường without its Bộ",
        attrs.evolve(
            CHI_THI, issuer=Organization(name="TRƯỜNG ĐẠI HỌC TÂY ĐÔ", abbreviation="UBND")
        ),
        "issuer.parent",
    ),
    Fires(  # a province's steering committee sits under its UBND
        "VN-ISS-003",
        "Ban Chỉ đạo of a province without UBND tỉnh",
        attrs.evolve(
            CHI_THI,
            issuer=Organization(name="BAN CHỈ ĐẠO PHÒNG, CHỐNG THIÊN TAI", abbreviation="UBND"),
        ),
        "issuer.parent",
    ),
    # archive line: the drafting unit
    Fires(
        "VN-DIST-003",
        "Lưu: VT alone",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["VT"], copies=2)),
        "archive.units",
    ),
    Fires(  # the registry office written in full is still the registry office alone
        "VN-DIST-003",
        "Lưu: Văn thư alone",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["Văn thư"])),
        "archive.units",
    ),
    # signature: a resolution is signed on behalf of the body
    Fires(
        "VN-SIGN-007",
        "nghị quyết of the Government signed KT. THỦ TƯỚNG",
        attrs.evolve(
            number(
                signed(NGHI_DINH, (KT, "THỦ TƯỚNG"), title="PHÓ THỦ TƯỚNG", name="Lê Minh Khái"),
                kind_abbreviation="NQ",
            ),
            kind=KINDS.get("nghi-quyet"),
        ),
        "signatures[0].authorities",
    ),
    # body numbering
    Fires(
        "VN-BODY-009",
        "1.1.",
        labelled(CHI_THI, "1.", "1.1.", "1.2."),
        "body.tasks[1].label",
    ),
    Fires("VN-BODY-009", "2.3.1", labelled(CHI_THI, "2.3.1"), "body.tasks[0].label"),
    Fires(  # rows under no table's head: the plan's own decimal numbering
        "VN-BODY-009",
        "1. / 1.1 / 1.2 without STT",
        tasked(
            CHI_THI,
            Task(
                label="1.",
                text="Nâng cao năng lực tài chính:",
                subtasks=[
                    Task(label="1.1", text="Tăng vốn điều lệ theo lộ trình."),
                    Task(label="1.2", text="Giảm tỷ lệ nợ xấu."),
                ],
            ),
        ),
        "body.tasks[0].subtasks[0].label",
    ),
    Fires(  # a figure wrapped first, then the decimal numbering of the plan
        "VN-BODY-009",
        "1.82 / inch, then 1.1.",
        tasked(
            CHI_THI,
            Task(label="1.82", text="inch, độ phân giải."),
            Task(label="1.1.", text="Tăng cường công tác tuyên truyền."),
        ),
        "body.tasks[1].label",
    ),
    Fires(  # mục II.6 names the khoản of an article 1., 2.: a decimal one is a departure
        "VN-BODY-001",
        "Điều 3. / 3.1. / 3.2.",
        tasked(
            QUYET_DINH,
            Task(
                label="Điều 3.",
                text="Tổ chức thực hiện",
                subtasks=[
                    Task(label="3.1.", text="Sở Tài chính bố trí kinh phí."),
                    Task(label="3.2.", text="Sở Nội vụ theo dõi, kiểm tra."),
                ],
            ),
        ),
        "body.tasks[0].subtasks[0].label",
    ),
    Fires("VN-BODY-002", "1) 2)", labelled(CHI_THI, "1)", "2)"), "body.tasks[0].label"),
    Fires("VN-BODY-002", "i) 1)", labelled(CHI_THI, "i)", "1)"), "body.tasks[1].label"),
    Fires(
        "VN-BODY-002",
        "Điều 1: with a colon",
        labelled(QUYET_DINH, "Điều 1:", "Điều 2.", "Điều 3."),
        "body.tasks[0].label",
        also=frozenset({"VN-BODY-006"}),
    ),
    Fires("VN-BODY-002", "Chương 1", labelled(NGHI_DINH, "Chương 1"), "body.tasks[0].label"),
    Fires("VN-BODY-002", "bullet •", labelled(CHI_THI, "•"), "body.tasks[0].label"),
    Fires(
        "VN-BODY-003",
        "Điều 1, Điều 3",
        tasked(
            QUYET_DINH,
            QUYET_DINH.body.tasks[0],
            attrs.evolve(QUYET_DINH.body.tasks[2], label="Điều 3."),
        ),
        "body.tasks[1].label",
    ),
    Fires("VN-BODY-003", "1., 2., 2.", labelled(CHI_THI, "1.", "2.", "2."), "body.tasks[2].label"),
    Fires(  # no quotation opened before the second 2.: it repeats the list's 2.
        "VN-BODY-003",
        "1. / - ... quy định: / 2. / 2.",
        tasked(
            CONG_VAN,
            Task(
                label="1.",
                text="Về việc đăng ký thuế:",
                subtasks=[Task(label="-", text="Tại Điều 4 Thông tư số 86/2024/TT-BTC.")],
            ),
            Task(label="2.", text="Người nộp thuế đăng ký trực tiếp với cơ quan thuế."),
            Task(label="2.", text="Về việc thanh toán không dùng tiền mặt:"),
        ),
        "body.tasks[2].label",
    ),
    Fires(  # the rows started again at 1, but the list then skips to 3.
        "VN-BODY-003",
        "1. / rows 1. 2. / 4.",
        labelled(CHI_THI, "1.", "1.", "2.", "4."),
        "body.tasks[3].label",
    ),
    Fires(  # k) is nowhere in the item before: the list skips it
        "VN-BODY-003",
        "i) ... / l)",
        articles(
            CHI_THI,
            ("i)", "Thu hồi nguồn phóng xạ;\nThực hiện tháo dỡ nguồn bức xạ;"),
            ("l)", "Các hoạt động khác phục vụ nghiên cứu."),
        ),
        "body.tasks[1].label",
    ),
    Fires(  # amending a khoản of Điều 3 quotes no Điều 3: the article after Điều 1 is missing
        "VN-BODY-003",
        "Điều 1. Sửa đổi khoản 2 Điều 3 / Điều 3.",
        articles(
            QUYET_DINH,
            ("Điều 1.", "Sửa đổi, bổ sung khoản 2 Điều 3 như sau:"),
            ("Điều 3.", "Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này."),
        ),
        "body.tasks[1].label",
    ),
    Fires(  # the amendment is quoted once: the same number again is the amending text's own
        "VN-BODY-003",
        "Điều 1. Sửa đổi Điều 2 / Điều 2. / Điều 2.",
        articles(
            QUYET_DINH,
            ("Điều 1.", "Sửa đổi, bổ sung Điều 2 như sau:"),
            ("Điều 2.", "Hồ sơ đề nghị gồm các giấy tờ sau."),
            ("Điều 2.", "Quyết định này có hiệu lực kể từ ngày ký."),
            ("Điều 2.", "Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này."),
        ),
        "body.tasks[3].label",
    ),
    Fires(  # the amending items' own list still has no gap
        "VN-BODY-003",
        "1. Sửa đổi Điều 3 như sau: / 2. / 3. Sửa đổi Điều 6",
        articles(
            QUYET_DINH,
            ("1.", "Sửa đổi, bổ sung Điều 3 như sau:"),
            ("1.", "Hàng giả gồm các loại hàng hóa sau."),
            ("2.", "Bảo vệ quyền sở hữu trí tuệ là việc áp dụng các biện pháp."),
            ("3.", "Sửa đổi, bổ sung Điều 6 như sau:"),
        ),
        "body.tasks[3].label",
    ),
    Fires(  # an article label without its stop still counts when it is the next one
        "VN-BODY-003",
        "Điều 1., Điều 2, Điều 4.",
        labelled(QUYET_DINH, "Điều 1.", "Điều 2", "Điều 4."),
        "body.tasks[2].label",
        also=frozenset({"VN-BODY-006"}),  # labelled() gives no article naming implementers
    ),
    Fires(  # a figure skipped over, the gap after it still seen
        "VN-BODY-003",
        "1., 2025., 3.",
        labelled(CHI_THI, "1.", "2025.", "3."),
        "body.tasks[2].label",
    ),
    Fires("VN-BODY-003", "a), c)", labelled(CHI_THI, "a)", "c)"), "body.tasks[1].label"),
    Fires(  # an item that amends nothing: its points are its own list
        "VN-BODY-003",
        "1. ... như sau: / a), c)",
        tasked(
            CHI_THI,
            Task(
                label="1.",
                text="Các sở thực hiện như sau:",
                subtasks=[Task(label=x, text=f"Nội dung {x}") for x in ("a)", "c)")],
            ),
        ),
        "body.tasks[0].subtasks[1].label",
    ),
    Fires(  # in a print read whole, đ) after c) skips d)
        "VN-BODY-003", "c), đ)", labelled(CHI_THI, "b)", "c)", "đ)"), "body.tasks[2].label"
    ),
    Fires(  # two amending items with a gap between them: the amending list's own numbering
        "VN-BODY-003",
        "1. Sửa đổi ..., 3. Sửa đổi ...",
        amending(
            ("1.", "Sửa đổi, bổ sung khoản 1 Điều 1 như sau:"),
            ("3.", "Sửa đổi, bổ sung Điều 7 như sau:"),
        ),
        "body.tasks[0].subtasks[1].label",
    ),
    Fires(  # a scan's tones lost on the verbs: still amending items, their own gap seen
        "VN-BODY-003",
        "1. Sửa đôi ..., 3. Sửa đôi ...",
        amending(
            ("1.", "Sửa đôi, bỗ sung khoản 1 Điều 1 như sau:"),
            ("3.", "Sửa đối, bồ sung Điều 7 như sau:"),
        ),
        "body.tasks[0].subtasks[1].label",
    ),
    Fires("VN-BODY-003", "II., I.", labelled(CHI_THI, "I.", "III.", "II."), "body.tasks[1].label"),
    Fires(
        "VN-BODY-004",
        "the last basis ends with ;",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra;", "Theo đề nghị của Giám đốc Sở Nội vụ;"),
        "body.preamble[1].text",
    ),
    Fires(  # mục II.6.a: each basis ends with ';', the last with '.', not ',' before QUYẾT ĐỊNH:
        "VN-BODY-004",
        "the last basis ends with ,",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra;", "Theo đề nghị của Giám đốc Sở Nội vụ,"),
        "body.preamble[1].text",
    ),
    Fires(  # before NĐ 30 a ',' or a '.' ended the bases, never a ';'
        "VN-BODY-004",
        "the last basis ends with ;, in 2011",
        attrs.evolve(
            bases(QUYET_DINH, "Căn cứ Luật Ngân sách nhà nước;", "Xét đề nghị của Sở Tài chính;"),
            date=PartialDate(day=28, month=12, year=2011),
        ),
        "body.preamble[1].text",
        also=frozenset({"VN-APPX-002"}),  # its appendices still repeat the date of 2024
    ),
    Fires(
        "VN-BODY-004",
        "a basis ends with .",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra.", "Theo đề nghị của Giám đốc Sở Nội vụ."),
        "body.preamble[0].text",
    ),
    Fires(  # a cut line joined to its rest is judged by where the rest ends
        "VN-BODY-004",
        "Theo đề xuất của Giám đốc Sở / Tài chính;",
        bases_then(
            QUYET_DINH,
            ("Căn cứ Luật Thanh tra;", "Theo đề xuất của Giám đốc Sở"),
            "Tài chính tại Tờ trình số 45/TTr-STC;",
            "Sở Tài chính đã lấy ý kiến các cơ quan.",
        ),
        "body.preamble[1].text",
    ),
    Fires(  # without an enacting formula after them, the last basis ends with '.'
        "VN-BODY-004",
        "Theo đề nghị ...; then prose",
        bases_then(
            QUYET_DINH,
            ("Căn cứ Luật Tổ chức Chính phủ;", "Theo đề nghị của Bộ trưởng Bộ Tư pháp;"),
            "Bộ Tư pháp đã thẩm định dự thảo.",
        ),
        "body.preamble[1].text",
    ),
    Fires(  # the bases of a collective body end with its Trên cơ sở line, and with a '.'
        "VN-BODY-004",
        "Trên cơ sở ... ends with ;",
        bases(
            QUYET_DINH,
            "Căn cứ Luật Tổ chức Chính phủ;",
            "Xét đề nghị của Bộ trưởng Bộ Tài chính;",
            "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ;",
        ),
        "body.preamble[2].text",
    ),
    Fires(
        "VN-BODY-005",
        "no Theo đề nghị",
        bases(QUYET_DINH, "Căn cứ Luật Tổ chức chính quyền địa phương;", "Căn cứ Luật Thanh tra."),
        "body.preamble",
    ),
    Fires(
        "VN-BODY-006",
        "the last article is the entry into force",
        attrs.evolve(
            QUYET_DINH,
            body=attrs.evolve(QUYET_DINH.body, tasks=QUYET_DINH.body.tasks[:2]),
        ),
        "body.tasks[1]",
    ),
    # NĐ 30 Phụ lục I mục II.6 điểm a, Phụ lục III mẫu 1.1-1.3: QUYẾT ĐỊNH: alone, in capitals
    Fires("VN-BODY-007", "no QUYẾT ĐỊNH:", printing(QUYET_DINH, formula=None), "printed.formula"),
    Fires(
        "VN-BODY-007",
        "Quyết định: in lower case",
        printing(QUYET_DINH, formula="Quyết định:"),
        "printed.formula",
    ),
    Fires(
        "VN-BODY-007",
        "a space before the colon",
        printing(QUYET_DINH, formula="QUYẾT ĐỊNH :"),
        "printed.formula",
    ),
    Fires("VN-BODY-007", "no colon", printing(QUYET_DINH, formula="QUYẾT ĐỊNH"), "printed.formula"),
    Fires(
        "VN-BODY-008",
        "a decree's bases, then its articles",
        bases_then(DECREE, DECREE_BASES),
        "body.background",
    ),
    Fires(  # the verb in a basis cites another instrument: it enacts nothing
        "VN-BODY-008",
        "ban hành in a basis only",
        bases_then(
            DECREE,
            ("Căn cứ Quyết định số 12/2020/QĐ-TTg ban hành Quy chế làm việc;", *DECREE_BASES),
        ),
        "body.background",
    ),
    # appendices
    Fires(
        "VN-APPX-001",
        "Phụ lục I, Phụ lục III",
        attrs.evolve(
            CHI_THI, appendices=[Appendix(label="Phụ lục I"), Appendix(label="Phụ lục III")]
        ),
        "appendices[1].label",
    ),
    Fires(
        "VN-APPX-001",
        "two unnumbered",
        attrs.evolve(CHI_THI, appendices=[Appendix(label="Phụ lục"), Appendix(label="Phụ lục")]),
        "appendices[0].label",
    ),
    # other dates
    Fires(
        "VN-DATE-005",
        "cites a decision of the next month",
        cites(CHI_THI, PartialDate(day=1, month=3, year=2024)),
        "body.preamble[0].citations[0].date",
    ),
    Fires(  # the number's year bounds the doubt: a citation of the year after still fires
        "VN-DATE-005",
        "dated 2010, numbered 2020, cites 2021",
        cites(
            attrs.evolve(NGHI_DINH, date=PartialDate(day=5, month=3, year=2010)),
            PartialDate(day=1, month=6, year=2021),
        ),
        "body.preamble[0].citations[0].date",
        also=frozenset({"VN-NUM-007"}),
    ),
    Fires(
        "VN-DATE-005",
        "undated, cites one dated after today",
        cites(attrs.evolve(CHI_THI, date=None), PartialDate(day=1, month=1, year=2025)),
        "body.preamble[0].citations[0].date",
        also=frozenset({"VN-DATE-003"}),
    ),
    Fires(
        "VN-DATE-006",
        "received before it was issued",
        stamped(CHI_THI, PartialDate(day=1, month=2, year=2024)),
        "incoming.date",
    ),
    Fires(
        "VN-DATE-006",
        "received after today",
        stamped(CHI_THI, PartialDate(day=2, month=6, year=2024)),
        "incoming.date",
    ),
    # printed forms (Instrument.printed): what only the print shows
    Fires("VN-BANNER-001", "no Quốc hiệu", printing(CONG_VAN, banner=None), "printed.banner"),
    Fires("VN-BANNER-001", "no tiêu ngữ", printing(CHI_THI, motto=None), "printed.motto"),
    Fires(
        "VN-BANNER-001",
        "another motto",
        printing(NGHI_DINH, motto="Độc lập - Tự do"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-005",
        "en dashes in the motto",
        printing(CONG_VAN, motto="Độc lập – Tự do – Hạnh phúc"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-002",
        "hyphens without spaces",
        printing(CONG_VAN, motto="Độc lập-Tự do-Hạnh phúc"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-002",
        "Quốc hiệu in lower case",
        printing(QUYET_DINH, banner="Cộng hòa xã hội chủ nghĩa Việt Nam"),
        "printed.banner",
    ),
    Fires(  # mục II.1 điểm b: only the first letter of each phrase is a capital
        "VN-BANNER-002",
        "tiêu ngữ in capitals",
        printing(CONG_VAN, motto="ĐỘC LẬP - TỰ DO - HẠNH PHÚC"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-002",
        "tiêu ngữ with every word capitalised",
        printing(CHI_THI, motto="Độc Lập - Tự Do - Hạnh Phúc"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-002",
        "Hạnh Phúc",
        printing(NGHI_DINH, motto="Độc lập - Tự do - Hạnh Phúc"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-002",
        "a phrase in lower case",
        printing(QUYET_DINH, motto="Độc lập - tự do - Hạnh phúc"),
        "printed.motto",
    ),
    Fires(
        "VN-BANNER-002",
        "Quốc hiệu with every word capitalised",
        printing(CONG_VAN, banner="Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam"),
        "printed.banner",
    ),
    Fires(
        "VN-BANNER-003", "no Party banner", printing(PARTY_CHI_THI, banner=None), "printed.banner"
    ),
    Fires(
        "VN-BANNER-003",
        "the state banner on a Party document",
        printing(PARTY_CHI_THI, banner="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        "printed.banner",
    ),
    Fires("VN-BANNER-004", "no star", printing(PARTY_CHI_THI, star=None), "printed.star"),
    Fires(
        "VN-DATE-007",
        "tháng 04",
        printing(CONG_VAN, date="Tuyên Quang, ngày 05 tháng 04 năm 2024"),
        "printed.date",
    ),
    Fires(
        "VN-DATE-007",
        "ngày 5",
        printing(CONG_VAN, date="Tuyên Quang, ngày 5 tháng 01 năm 2024"),
        "printed.date",
    ),
    Fires(
        "VN-DATE-007",
        "tháng 2",
        printing(CHI_THI, date="Sóc Trăng, ngày 15 tháng 2 năm 2024"),
        "printed.date",
    ),
    Fires(
        "VN-SIGN-008",
        "T/M in a state document",
        printing(CHI_THI, signature_marks=["T/M ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]),
        "printed.signature_marks[0]",
    ),
    Fires(
        "VN-SIGN-008",
        "TM. in a Party document",
        printing(PARTY_CHI_THI, signature_marks=["TM. BAN THƯỜNG VỤ"]),
        "printed.signature_marks[0]",
    ),
    Fires(
        "VN-SIGN-009",
        "KT.CHỦ TỊCH",
        printing(CHI_THI, signature_marks=["TM. ỦY BAN NHÂN DÂN", "KT.CHỦ TỊCH"]),
        "printed.signature_marks[1]",
    ),
    Fires(
        "VN-DIST-004",
        "an item without its ;",
        printing(CONG_VAN, distribution=["- Như trên", "- UBND tỉnh (để báo cáo);"]),
        "printed.distribution[0]",
    ),
    Fires(  # a ministry's item after another unit's is no continuation of it
        "VN-DIST-004",
        "a unit without its ; before another unit",
        printing(CONG_VAN, distribution=["- Cục Kiểm tra văn bản", "- Sở Tư pháp;"]),
        "printed.distribution[0]",
    ),
    Fires(
        "VN-DIST-004",
        "Lưu without its .",
        printing(QUYET_DINH, archive="- Lưu: VT, NC"),
        "printed.archive",
    ),
    Fires(
        "VN-MARK-002",
        "Khẩn in lower case",
        printing(attrs.evolve(CONG_VAN, urgency=Urgency.URGENT), urgency="Khẩn"),
        "printed.urgency",
    ),
    Fires(
        "VN-MARK-002",
        "MẬT printed for TỐI MẬT",
        printing(attrs.evolve(CONG_VAN, secrecy=Secrecy.SECRET), secrecy="MẬT"),
        "printed.secrecy",
    ),
    Fires(
        "VN-APPX-002",
        "an appendix of another number",
        printing(APPENDED, appendices=["Phụ lục", "DANH SÁCH", ATTACHED.replace("86/", "68/")]),
        "printed.appendices[2]",
    ),
    Fires(  # the forms clerks print are read, so a wrong number in them is still told
        "VN-APPX-002",
        "another number, printed 'số:'",
        printing(
            APPENDED,
            appendices=[
                "PHỤ LỤC",
                "(Kèm theo Quyết định số: 68/QĐ-UBND ngày 16/01/2024 của UBND tỉnh)",
            ],
        ),
        "printed.appendices[1]",
    ),
    Fires(
        "VN-APPX-002",
        "another date, no 'số' and a comma after the number",
        printing(
            APPENDED,
            appendices=[
                "PHỤ LỤC",
                "(Kèm theo Quyết định 86/QĐ-UBND, ngày 17/01/2024 của UBND tỉnh)",
            ],
        ),
        "printed.appendices[1]",
    ),
    Fires(  # the decision's own kind with its number left blank: its tie, not filled in
        "VN-APPX-003",
        "a blank number in the decision's tie",
        printing(
            APPENDED,
            appendices=["PHỤ LỤC", "(Kèm theo Quyết định số …/QĐ-UBND ngày 16/01/2024)"],
        ),
        "printed.appendices[1]",
    ),
    Fires(
        "VN-APPX-003",
        "a blank day in the decision's tie",
        printing(
            APPENDED,
            appendices=["PHỤ LỤC", "(Kèm theo Quyết định số 86/QĐ-UBND ngày tháng 01 năm 2024)"],
        ),
        "printed.appendices[1]",
    ),
    Fires(
        "VN-APPX-002",
        "an appendix not tied to the decision",
        printing(APPENDED, appendices=["Phụ lục", "DANH SÁCH"]),
        "printed.appendices[0]",
    ),
    Fires(
        "VN-COPY-001",
        "SAO Y BẢN CHÍNH",
        printing(QUYET_DINH, copy=("SAO Y BẢN CHÍNH", *COPY[1:])),
        "printed.copy",
    ),
    Fires(
        "VN-COPY-002",
        "a copy without its number",
        printing(QUYET_DINH, copy=(COPY[0], *COPY[2:])),
        "printed.copy",
    ),
    Fires(
        "VN-COPY-002",
        "a SAO Y numbered as a TRÍCH SAO",
        printing(QUYET_DINH, copy=(COPY[0], "Số: 05/TrS-VP", *COPY[2:])),
        "printed.copy",
    ),
    Fires(  # a full stop then a number before a small letter is a sentence, no khoản
        "VN-BODY-003",
        "3. ... năm. 4. trong ... / 5.",
        articles(
            CHI_THI,
            ("3.", "Báo cáo gửi trước quý. 4. trong năm, các Sở rà soát."),
            ("5.", "Ủy ban nhân dân cấp xã niêm yết kết quả."),
        ),
        "body.tasks[1].label",
    ),
    Fires(  # a stray comma after another number than the one skipped excuses nothing
        "VN-BODY-003",
        "3. / b) ... / 6., ... / 5.",
        tasked(
            CHI_THI,
            Task(
                label="3.",
                text="Phạt tiền từ 10.000.000 đồng đối với một trong các hành vi sau:",
                subtasks=[
                    Task(label="b)", text="Không báo cáo định kỳ.\n6., Phạt tiền từ 20.000.000."),
                ],
            ),
            Task(label="5.", text="Biện pháp khắc phục hậu quả: buộc nộp lại giấy phép."),
        ),
        "body.tasks[1].label",
    ),
]

SILENT = [
    Silent("VN-ISS-001", "issuer named", CONG_VAN),
    Silent("VN-ISS-001", "news report", attrs.evolve(CONG_VAN, issuer=None, reported=REPORTED)),
    Silent("VN-ISS-002", "same abbreviation", CONG_VAN),
    Silent(
        "VN-ISS-002",
        "issuer without abbreviation",
        attrs.evolve(CONG_VAN, issuer=Organization(name="SỞ NỘI VỤ")),
    ),
    Silent("VN-NUM-001", "05", CONG_VAN),
    Silent("VN-NUM-001", "12", CHI_THI),
    Silent(  # the reader said the scan's print is damaged: a handwritten 03 read 0
        "VN-NUM-001", "0 in a damaged print", number(CONG_VAN, number="0"), {"unread": ["printed"]}
    ),
    Silent("VN-NUM-001", "02124: no breach of the zero below 10", number(CONG_VAN, number="02124")),
    Silent("VN-NUM-008", "2124", number(CONG_VAN, number="2124")),
    Silent(  # a ministry's consolidated text of a decree is titled Nghị định
        "VN-KIND-003",
        "81/VBHN-BNNMT titled NGHỊ ĐỊNH",
        attrs.evolve(
            number(
                CHI_THI, kind_abbreviation=None, issuer_abbreviation="VBHN", extra_parts=("BNNMT",)
            ),
            kind=KINDS.get("nghi-dinh"),
        ),
    ),
    Silent(  # the National Assembly's resolutions carry no kind in their symbol
        "VN-NUM-003",
        "254/2025/QH15, a Nghị quyết",
        attrs.evolve(
            number(NGHI_DINH, kind_abbreviation=None, issuer_abbreviation="QH15"),
            kind=KINDS.get("nghi-quyet"),
        ),
    ),
    Silent(  # the scan's OCR read a letter twice (QĐÐ for QĐ), and the reader said so
        "VN-NUM-003",
        "CTT-UBND in a damaged print",
        number(CHI_THI, kind_abbreviation=None, issuer_abbreviation="CTT", extra_parts=("UBND",)),
        {"unread": ["printed"]},
    ),
    Silent(  # a consolidated text is titled by the kind it consolidates
        "VN-NUM-003",
        "92/VBHN-BQP titled QUYẾT ĐỊNH",
        number(
            QUYET_DINH, kind_abbreviation=None, issuer_abbreviation="VBHN", extra_parts=("BQP",)
        ),
    ),
    Silent("VN-NUM-008", "05", CONG_VAN),
    Silent("VN-NUM-009", "hyphens in the symbol", QUYET_DINH),
    Silent(
        "VN-NUM-009",
        "an en dash between the number and the date",
        printing(QUYET_DINH, number="Số: 86/QĐ-UBND – Quảng Ngãi"),
    ),
    Silent("VN-NUM-001", "15-CT/TU", PARTY_CHI_THI),
    Silent("VN-NUM-001", "blank number", number(CONG_VAN, number=None)),
    Silent("VN-NUM-002", "numbered", CONG_VAN),
    Silent("VN-NUM-002", "blank in a draft", number(CONG_VAN, number=None), DRAFT),
    Silent(  # the reader saw the document signed electronically: the signature stamped it
        "VN-NUM-002",
        "stamped by the e-signature",
        number(CONG_VAN, number=None),
        {"unread": ["stamped"]},
    ),
    Silent("VN-NUM-002", "missing in a draft", attrs.evolve(CHI_THI, number=None), DRAFT),
    Silent("VN-NUM-002", "news report", attrs.evolve(CHI_THI, number=None, reported=REPORTED)),
    Silent("VN-NUM-002", "blank with the day: awaiting registration", UNREGISTERED),
    Silent("VN-DATE-002", "day blank with the number: awaiting registration", UNREGISTERED),
    Silent(
        "VN-DATE-003",
        "date and number blank: awaiting registration",
        attrs.evolve(UNREGISTERED, date=PartialDate()),
    ),
    Silent("VN-NUM-010", "numbered and dated", CONG_VAN),
    Silent("VN-NUM-010", "number blank, day printed", number(CONG_VAN, number=None)),
    Silent(
        "VN-NUM-010",
        "day blank, numbered",
        attrs.evolve(CONG_VAN, date=UNREGISTERED.date),
    ),
    Silent("VN-NUM-010", "asked for as a draft", UNREGISTERED, DRAFT),
    Silent("VN-NUM-010", "digits the reader lost", UNREGISTERED, {"unread": ["number", "date"]}),
    Silent("VN-NUM-010", "stamped by the e-signature", UNREGISTERED, {"unread": ["stamped"]}),
    Silent("VN-NUM-003", "CT-UBND", CHI_THI),
    Silent("VN-NUM-003", "công văn needs none", CONG_VAN),
    Silent("VN-NUM-004", "SNV-XDCQ&CTTN", CONG_VAN),
    Silent("VN-NUM-004", "Party công văn has CV", CV_PARTY),
    # NĐ 30 Phụ lục I mục II.3.b: a công văn's symbol is the issuer's abbreviation, then the
    # drafting unit: CT-CS of CỤC THUẾ (2191/CT-CS) names no chỉ thị.
    Silent(
        "VN-NUM-004",
        "CT-CS of CỤC THUẾ",
        attrs.evolve(
            number(CONG_VAN, kind_abbreviation="CT"), issuer=Organization(name="CỤC THUẾ")
        ),
    ),
    Silent("VN-NUM-005", "state style", CHI_THI),
    Silent("VN-NUM-005", "Party style", PARTY_CHI_THI),
    Silent("VN-NUM-005", "legal style", NGHI_DINH),
    Silent("VN-NUM-006", "legal with year", NGHI_DINH),
    Silent("VN-NUM-006", "state without year", CHI_THI),
    Silent("VN-NUM-007", "2020 in 2020", NGHI_DINH),
    Silent("VN-KIND-001", "công văn", CONG_VAN),
    Silent("VN-KIND-001", "news report", attrs.evolve(CONG_VAN, kind=None, reported=REPORTED)),
    Silent("VN-KIND-002", "registered", CONG_VAN),
    Silent("VN-KIND-002", "user's registry", THONG_DIEP_DOC, {"kinds": OWN_KINDS}),
    Silent("VN-KIND-003", "chỉ thị in state", CHI_THI),
    Silent(  # a people's committee's chỉ thị was legal normative until 1 July 2016
        "VN-KIND-003",
        "01/2013/CT-UBND of 2013",
        legal_chi_thi(2013, PartialDate(day=16, month=10, year=2013)),
    ),
    Silent(  # the scan's day and year blotted: the number's year tells
        "VN-KIND-003",
        "01/2013/CT-UBND, its date unread",
        legal_chi_thi(2013, None),
    ),
    Silent(
        "VN-KIND-003",
        "Kết luận in Party",
        number(attrs.evolve(PARTY_CHI_THI, kind=KINDS.get("ket-luan")), kind_abbreviation="KL"),
    ),
    Silent("VN-KIND-004", "CT", CHI_THI),
    Silent(
        "VN-KIND-004",
        "QĐ",
        number(CHI_THI_AS_DECISION, kind_abbreviation="QĐ"),
    ),
    Silent(
        "VN-KIND-004",
        "Party quy định QĐi",
        number(attrs.evolve(PARTY_CHI_THI, kind=KINDS.get("quy-dinh")), kind_abbreviation="QĐi"),
    ),
    Silent(  # as the Central Committee numbers its regulations: 366-QĐ/TW
        "VN-KIND-004",
        "Party quy định QĐ",
        number(attrs.evolve(PARTY_CHI_THI, kind=KINDS.get("quy-dinh")), kind_abbreviation="QĐ"),
    ),
    Silent(
        "VN-KIND-005",
        "QĐ",
        number(CHI_THI_AS_DECISION, kind_abbreviation="QĐ"),
    ),
    Silent("VN-KIND-005", "Party CV", CV_PARTY),
    Silent("VN-DATE-001", "dated today", attrs.evolve(CHI_THI, date=PartialDate.from_date(TODAY))),
    Silent(
        "VN-DATE-001",
        "partial, this year",
        attrs.evolve(CHI_THI, date=PartialDate(year=2024)),
        DRAFT,
    ),
    Silent("VN-DATE-002", "complete", CHI_THI),
    Silent(
        "VN-DATE-002",
        "no day in a draft (seed 000)",
        attrs.evolve(CHI_THI, date=PartialDate(month=1, year=2022)),
        DRAFT,
    ),
    Silent(
        "VN-DATE-002",
        "the day stamped by the e-signature",
        attrs.evolve(CHI_THI, date=PartialDate(month=1, year=2022)),
        {"unread": ["stamped"]},
    ),
    Silent(  # a scan's OCR lost the month written in ink on the signed copy
        "VN-DATE-002",
        "no month in a damaged print",
        attrs.evolve(CHI_THI, date=PartialDate(day=5, year=2018)),
        {"unread": ["printed"]},
    ),
    Silent("VN-DATE-003", "dated", CHI_THI),
    Silent(
        "VN-DATE-003",
        "the date stamped by the e-signature",
        attrs.evolve(CHI_THI, date=PartialDate()),
        {"unread": ["stamped"]},
    ),
    Silent("VN-DATE-003", "undated draft", attrs.evolve(CHI_THI, date=None), DRAFT),
    Silent("VN-DATE-004", "placed", CHI_THI),
    Silent("VN-DATE-004", "news report", attrs.evolve(CHI_THI, place=None, reported=REPORTED)),
    Silent("VN-DATE-008", "Quảng Ngãi for UBND tỉnh Quảng Ngãi", QUYET_DINH),
    Silent(  # the unit word the place may print before the name
        "VN-DATE-008",
        "TP. Quảng Ngãi",
        attrs.evolve(QUYET_DINH, place="TP. Quảng Ngãi"),
    ),
    Silent(  # the issuer's names abbreviate the city the date line spells out
        "VN-DATE-008",
        "TP. Hồ Chí Minh under ĐẠI HỌC QUỐC GIA TP.HCM",
        attrs.evolve(
            QUYET_DINH,
            issuer=Organization(
                name="TRƯỜNG ĐẠI HỌC KHOA HỌC TỰ NHIÊN",
                parent=Organization(name="ĐẠI HỌC QUỐC GIA TP.HCM"),
            ),
            place="TP. Hồ Chí Minh",
        ),
    ),
    Silent(  # a body of the centre: its names place nothing
        "VN-DATE-008",
        "a ministry",
        attrs.evolve(QUYET_DINH, issuer=Organization(name="BỘ NỘI VỤ"), place="Hà Nội"),
    ),
    Silent(  # the reader said the scan's print is damaged: đ) after c) is the OCR's d)
        "VN-BODY-003",
        "c), đ) in a damaged print",
        labelled(CHI_THI, "b)", "c)", "đ)", "e)"),
        {"unread": ["printed"]},
    ),
    Silent("VN-SUBJ-001", "V/v", CONG_VAN),
    Silent(  # the reader said the scan's print is damaged: V⁄% is the OCR's V/v
        "VN-SUBJ-001",
        "V⁄% in a damaged print",
        attrs.evolve(CONG_VAN, subject="V⁄% tăng cường công tác dân vận"),
        {"unread": ["printed"]},
    ),
    Silent(
        "VN-SUBJ-001",
        "V/v then a line break",
        attrs.evolve(CONG_VAN, subject="V/v tăng cường triển khai\nthực hiện công tác dân vận"),
    ),
    Silent("VN-SUBJ-002", "Về ...", CHI_THI),
    Silent("VN-SUBJ-002", "công văn", CONG_VAN),
    Silent(  # the Government's công điện print V/V under their kind name
        "VN-SUBJ-002",
        "công điện with V/V",
        attrs.evolve(
            number(CHI_THI, kind_abbreviation="CĐ"),
            kind=KINDS.get("cong-dien"),
            subject="V/V chủ động phòng, tránh, ứng phó mưa lũ",
        ),
    ),
    Silent("VN-RCPT-001", "Kính gửi", CONG_VAN),
    Silent("VN-RCPT-001", "chỉ thị needs none", CHI_THI),
    Silent("VN-RCPT-002", "Như trên with Kính gửi", CONG_VAN),
    Silent("VN-RCPT-002", "no Như trên", CHI_THI),
    Silent(
        "VN-SIGN-001",
        "collective bodies",
        attrs.evolve(
            CHI_THI,
            signatures=[
                SignatureBlock(authorities=[Authority(mark=TM, applies_to=body)], title="CHỦ TỊCH")
                for body in (
                    "ỦY BAN NHÂN DÂN",
                    "HỘI ĐỒNG NHÂN DÂN",
                    "THƯỜNG TRỰC HĐND",
                    "BAN THƯỜNG VỤ",
                    "BAN CHẤP HÀNH",
                    "TỈNH ỦY",
                    "ĐẢNG ỦY",
                    "CHÍNH PHỦ",
                    "ĐOÀN CHỦ TỊCH",
                    "UBND",
                )
            ],
        ),
    ),
    Silent("VN-SIGN-002", "PHÓ GIÁM ĐỐC", CONG_VAN),
    Silent(  # P. abbreviates PHÓ
        "VN-SIGN-002",
        "KT. CHỦ TỊCH / P.CHỦ TỊCH",
        signed(CONG_VAN, (KT, "CHỦ TỊCH"), title="P.CHỦ TỊCH"),
    ),
    Silent(  # a clerk's typo after THỨ leaves the deputy a deputy
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / THỨ TRỬỞNG THUỜNG TRỰC in a clean print",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="THỨ TRỬỞNG THUỜNG TRỰC"),
    ),
    Silent(
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / THỨ TRƯỞNG",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="THỨ TRƯỞNG"),
    ),
    Silent(  # the reader said the scan's print is damaged: THỨ TRƯƠNG is its THỨ TRƯỞNG
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / THỨ TRƯƠNG in a damaged print",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="THỨ TRƯƠNG"),
        {"unread": ["printed"]},
    ),
    Silent(  # the seal over the title: its letters glued before, the T of THỨ turned
        "VN-SIGN-002",
        "KT. BỘ TRƯỞNG / %C VIHỨ TRƯỞNG in a damaged print",
        signed(CONG_VAN, (KT, "BỘ TRƯỞNG"), title="%C VIHỨ TRƯỞNG"),
        {"unread": ["printed"]},
    ),
    Silent(  # the OCR lost the deputy's "PHÓ CHÁNH": the title left is the mark's end
        "VN-SIGN-002",
        "KT. CHANH VAN PHONG / VAN PHONG in a damaged print",
        signed(CONG_VAN, (KT, "CHANH VAN PHONG"), title="VAN PHONG"),
        {"unread": ["printed"]},
    ),
    Silent(  # the OCR lost the deputy's "PHO" and misread the mark's O: the block is damaged
        "VN-SIGN-002",
        "KT. GIAM D6C / GIAM DOC in a damaged print",
        signed(CONG_VAN, (KT, "GIAM D6C"), title="GIAM DOC"),
        {"unread": ["printed"]},
    ),
    Silent("VN-SIGN-003", "TM. then KT.", CHI_THI),
    Silent(
        "VN-SIGN-003",
        "TL. then KT. (NĐ 30 Điều 13 khoản 4)",
        signed(CONG_VAN, (TL, "BỘ TRƯỞNG"), (KT, "VỤ TRƯỞNG"), title="PHÓ VỤ TRƯỞNG"),
    ),
    Silent(
        "VN-SIGN-004",
        "TUQ. alone",
        signed(CONG_VAN, (TUQ, "GIÁM ĐỐC"), title="TRƯỞNG PHÒNG TỔ CHỨC CÁN BỘ"),
    ),
    Silent("VN-SIGN-005", "plain name", CHI_THI),
    Silent(  # NĐ 30 mục II.7: education, health, science and the armed forces keep the title
        "VN-SIGN-005",
        "PGS.TS. signing for a university",
        attrs.evolve(
            CHI_THI,
            issuer=Organization(name="TRƯỜNG ĐẠI HỌC TÂY NGUYÊN", abbreviation="ĐHTN"),
            signatures=[attrs.evolve(CHI_THI.signatures[0], name="PGS.TS. Lê An")],
        ),
    ),
    Silent(
        "VN-SIGN-005",
        "TS. signing for a hospital under its Sở",
        attrs.evolve(
            CHI_THI,
            issuer=Organization(
                name="BỆNH VIỆN ĐA KHOA TỈNH", parent=Organization(name="SỞ Y TẾ TỈNH GIA LAI")
            ),
            signatures=[attrs.evolve(CHI_THI.signatures[0], name="TS. Lê An")],
        ),
    ),
    Silent(
        "VN-SIGN-005",
        "name starting Tô",
        attrs.evolve(CHI_THI, signatures=[attrs.evolve(CHI_THI.signatures[0], name="Tô Sơn Hà")]),
    ),
    Silent("VN-SIGN-006", "title and name", CHI_THI),
    Silent(  # NĐ 30 Phụ lục I, II.7: Q. is written before the head's title; no title follows
        "VN-SIGN-006",
        "Q. GIÁM ĐỐC and a name",
        signed(CHI_THI, (SigningMark.Q, "GIÁM ĐỐC"), title=None),
    ),
    Silent(
        "VN-SIGN-006",
        "TM. ỦY BAN NHÂN DÂN, Q. CHỦ TỊCH and a name",
        signed(
            CHI_THI,
            (SigningMark.TM, "ỦY BAN NHÂN DÂN"),
            (SigningMark.Q, "CHỦ TỊCH"),
            title=None,
        ),
    ),
    Silent(
        "VN-SIGN-006",
        "bare name in a draft",
        signed(PARTY_CHI_THI, title=None, name="Phạm Xuân Thăng"),
        DRAFT,
    ),
    Silent("VN-DIST-001", "Lưu: VT", CONG_VAN),
    Silent(
        "VN-DIST-001",
        "an archive line past reading",
        attrs.evolve(CONG_VAN, archive=None),
        {"unread": ["archive"]},
    ),
    Silent(  # the date read through damage: its month may be misread too
        "VN-DATE-005",
        "cites the next month, the date not read whole",
        cites(CHI_THI, PartialDate(day=1, month=3, year=2024)),
        {"unread": ["date"]},
    ),
    Silent("VN-DIST-001", "Party document", attrs.evolve(PARTY_CHI_THI, archive=None)),
    Silent("VN-DIST-002", "Lưu: VT, XDCQ&CTTN", CONG_VAN),
    # NĐ 30 Phụ lục I mục II.9.b: VT abbreviates Văn thư cơ quan; the Government's office
    # writes it in full (crawled công điện of 2025: 'Lưu: Văn thư, NN (2)').
    Silent(
        "VN-DIST-002",
        "Lưu: Văn thư, NN",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["Văn thư", "NN"], copies=2)),
    ),
    Silent("VN-DIST-002", "Party Lưu Văn phòng Tỉnh ủy", PARTY_CHI_THI),
    Silent(  # a crawl without banner nor number: a Party guide's 'Lưu HC-TĐKT' read as state's
        "VN-DIST-002",
        "Lưu HC-TĐKT, the regime only assumed",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["HC-TĐKT"])),
        {"unread": ["regime"]},
    ),
    Silent(  # the reader said the scan's print is damaged: VI is the OCR's VT
        "VN-DIST-002",
        "Lưu: VI, PC04 in a damaged print",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["VI", "PC04"])),
        {"unread": ["printed"]},
    ),
    Silent("VN-MARK-001", "HỎA TỐC", attrs.evolve(CONG_VAN, urgency=Urgency.FLASH)),
    Silent(
        "VN-MARK-001",
        "HỎA TỐC HẸN GIỜ for edXML",
        attrs.evolve(CONG_VAN, urgency=Urgency.FLASH_TIMED),
        EDXML,
    ),
    Silent("VN-TASK-001", "deadline after issue", CONG_VAN),
    # Dates the reader took as deadlines whose words set no time to act by (crawled land and
    # tax documents of 2025): a quoted article's date, the bound of a past fact or period.
    *(
        Silent(
            "VN-TASK-001",
            why,
            with_task(CONG_VAN, Task(text=text, deadline=deadline(1, 10, 2023))),
        )
        for why, text in (
            (
                "a date inside a quoted article",
                "Tại khoản 2 Điều 9 Nghị quyết quy định: “Các khoản thu nhập phát sinh"
                " trước ngày 01/10/2023 được miễn thuế”.",
            ),
            (
                "a quoted date, then another date to act by",
                "Thực hiện “các khoản thu nhập trước ngày 01/10/2023 được miễn thuế” và báo"
                " cáo trước ngày 05/12/2026.",
            ),
            (
                "the bound of a past fact (đã)",
                "Đất đã được sử dụng ổn định trước ngày 01/10/2023 thì được bồi thường.",
            ),
            (
                "the end of a period (từ ngày ... đến trước ngày)",
                "Thu nhập từ ngày 19/02/2023 đến trước ngày 01/10/2023 thì không tính thuế.",
            ),
            (
                "a state that began before (đang sử dụng)",
                "Hộ gia đình đang sử dụng đất có vi phạm trước ngày 01/10/2023 mà chưa có giấy"
                " tờ thì được xem xét.",
            ),
            (
                "a point in time (tại thời điểm)",
                "Cơ sở được đưa vào sử dụng tại thời điểm trước ngày 01/10/2023 phải khắc phục.",
            ),
            (
                "a condition (Trường hợp ... nhận được ... trước ngày)",
                "Trường hợp cá nhân nhận được tiền lương, tiền công trước ngày 01/10/2023 thì"
                " tính vào thu nhập chịu thuế.",
            ),
            (
                "a condition (Đối với ... trước ngày)",
                "Đối với diện tích nhận chuyển quyền vượt hạn mức trước ngày 01/10/2023 thì"
                " bồi thường theo giá đất.",
            ),
            (
                "the date a figure stands at (tính đến hết ngày)",
                "Giải ngân vốn đầu tư công tính đến hết ngày 01 tháng 10 năm 2023 đạt 72% kế"
                " hoạch.",
            ),
        )
    ),
    Silent(  # a decree's transitional provision bounds a past fact by a date
        "VN-TASK-001",
        "a decree: hợp đồng được ký kết trước ngày 01/7/2019",
        with_task(
            NGHI_DINH,
            Task(
                text="Hợp đồng được ký kết trước ngày 01/7/2019 được tiếp tục thực hiện.",
                deadline=deadline(1, 7, 2019),
            ),
        ),
    ),
    Silent(  # a tax ruling on a past period: từ ngày ... đến hết ngày ... ends the period
        "VN-TASK-001",
        "từ ngày 01/7/2023 đến hết ngày 31/12/2023",
        with_task(
            CONG_VAN,
            Task(
                text="Căn cứ quy định trên, từ ngày 01/7/2023 đến hết ngày 31/12/2023, hàng"
                " hóa bán ra thuộc đối tượng được giảm thuế.",
                deadline=deadline(31, 12, 2023),
            ),
        ),
    ),
    Silent(  # the period a conference or report covers, named bare, is no time to act by
        "VN-TASK-001",
        "sơ kết 6 tháng đầu năm 2023",
        with_task(
            CONG_VAN,
            Task(
                text="Thực hiện Kết luận tại Hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
                deadline=PeriodDeadline(unit=PeriodUnit.HALF, index=1, year=2023),
            ),
        ),
    ),
    Silent(
        "VN-TASK-001",
        "on the day of issue",
        with_task(CONG_VAN, Task(text="Báo cáo.", deadline=deadline(5, 1, 2024))),
    ),
    Silent(
        "VN-TASK-001",
        "every 5 December (no year)",
        with_task(CONG_VAN, Task(text="Báo cáo.", deadline=deadline(5, 12, None))),
    ),
    Silent(
        "VN-TASK-001",
        "quarter I/2024",
        with_task(
            CONG_VAN,
            Task(
                text="Báo cáo.",
                deadline=PeriodDeadline(unit=PeriodUnit.QUARTER, index=1, year=2024),
            ),
        ),
    ),
    Silent("VN-TASK-002", "report with deadline", CONG_VAN),
    Silent(
        "VN-EDXML-001", "without the profile", attrs.evolve(CONG_VAN, subject="V/v " + "a" * 497)
    ),
    Silent(
        "VN-EDXML-001", "subject of 500", attrs.evolve(CONG_VAN, subject="V/v " + "a" * 496), EDXML
    ),
    Silent("VN-EDXML-002", "place of 50", attrs.evolve(CONG_VAN, place="P" * 50), EDXML),
    Silent("VN-EDXML-003", "short names", CONG_VAN, EDXML),
    Silent("VN-EDXML-004", "11 digits", number(CONG_VAN, number="12345678901"), EDXML),
    Silent("VN-EDXML-005", "symbol of 30", number(CONG_VAN, extra_parts=["X" * 26]), EDXML),
    Silent(
        "VN-EDXML-006",
        "entry of 150",
        attrs.evolve(CONG_VAN, distribution=[Recipient(name="N" * 137, purpose="để báo cáo")]),
        EDXML,
    ),
    Silent("VN-EDXML-007", "short contact", CONG_VAN, EDXML),
    Silent("VN-EDXML-008", "snv@tuyenquang.gov.vn", CONG_VAN, EDXML),
    Silent("VN-EDXML-009", "000.00.12.H57", CONG_VAN, EDXML),
    Silent("VN-EDXML-010", "issuer OrganId", CONG_VAN, EDXML),
    Silent("VN-EDXML-011", "two To", CONG_VAN, EDXML),
    Silent("VN-EDXML-012", "distinct OrganIds", CONG_VAN, EDXML),
    Silent("VN-EDXML-013", "complete", CONG_VAN, EDXML),
    Silent("VN-SUBJ-003", "chỉ thị with subject", CHI_THI),
    Silent(
        "VN-SUBJ-003",
        "giấy mời has none",
        number(
            attrs.evolve(CHI_THI, kind=KINDS.get("giay-moi"), subject=None), kind_abbreviation="GM"
        ),
    ),
    Silent("VN-SUBJ-003", "news report", attrs.evolve(CHI_THI, subject=None, reported=REPORTED)),
    Silent("VN-ISS-003", "Sở under UBND tỉnh", CONG_VAN),
    Silent("VN-ISS-003", "UBND tỉnh has no parent", CHI_THI),
    Silent(
        "VN-ISS-003",
        "a Sở whose parent line the reader could not read",
        attrs.evolve(CONG_VAN, issuer=attrs.evolve(SNV, parent=None)),
        {"unread": ["issuer-parent"]},
    ),
    Silent(  # chaired by a Deputy Prime Minister: no parent line above it
        "VN-ISS-003",
        "Ban Chỉ đạo quốc gia has no parent",
        attrs.evolve(
            CHI_THI,
            issuer=Organization(
                name="BAN CHỈ ĐẠO QUỐC GIA VỀ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ",
                abbreviation="UBND",
            ),
        ),
    ),
    Silent(
        "VN-ISS-003",
        "Văn phòng Chính phủ has no parent",
        attrs.evolve(CHI_THI, issuer=Organization(name="VĂN PHÒNG CHÍNH PHỦ", abbreviation="UBND")),
    ),
    Silent("VN-DIST-003", "Lưu: VT, XDCQ&CTTN", CONG_VAN),
    Silent("VN-DIST-003", "Party archive", PARTY_CHI_THI),
    Silent(
        "VN-DIST-003",
        "Lưu: VT alone, the regime only assumed",
        attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["VT"])),
        {"unread": ["regime"]},
    ),
    Silent(
        "VN-DIST-001",
        "no Lưu line, the regime only assumed",
        attrs.evolve(CONG_VAN, archive=None),
        {"unread": ["regime"]},
    ),
    Silent(
        "VN-SIGN-007",
        "nghị quyết signed TM. CHÍNH PHỦ",
        attrs.evolve(number(NGHI_DINH, kind_abbreviation="NQ"), kind=KINDS.get("nghi-quyet")),
    ),
    Silent(
        "VN-SIGN-007",
        "HĐND resolution signed by its chair",
        attrs.evolve(
            number(
                signed(CHI_THI, title="CHỦ TỊCH", name="Bùi Thị Quỳnh Vân"), kind_abbreviation="NQ"
            ),
            kind=KINDS.get("nghi-quyet"),
            issuer=Organization(name="HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI", abbreviation="UBND"),
        ),
    ),
    Silent("VN-SIGN-007", "not a resolution", QUYET_DINH),
    Silent(  # the reader read the block without its title: the TM. line above it is lost too
        "VN-SIGN-007",
        "a block read without its title",
        attrs.evolve(
            number(
                signed(NGHI_DINH, (KT, "THỦ TƯỚNG"), title="PHÓ THỦ TƯỚNG", name="Lê Minh Khái"),
                kind_abbreviation="NQ",
            ),
            kind=KINDS.get("nghi-quyet"),
        ),
        {"unread": ["signature-title"]},
    ),
    Silent("VN-BODY-009", "I., 1., a)", CHI_THI),
    Silent(  # a plan's sub-items are information (VN-BODY-009), no warning
        "VN-BODY-001",
        "a plan's 1. / 1.1. / 1.2.",
        tasked(
            CHI_THI,
            Task(
                label="1.",
                text="Công tác tuyên truyền",
                subtasks=[
                    Task(label="1.1.", text="Tổ chức hội nghị quán triệt."),
                    Task(label="1.2.", text="Đăng tin trên cổng thông tin."),
                ],
            ),
        ),
    ),
    Silent(  # inside an article the departure is VN-BODY-001's, said once
        "VN-BODY-009",
        "Điều 3. / 3.1.",
        tasked(
            QUYET_DINH,
            Task(
                label="Điều 3.",
                text="Tổ chức thực hiện",
                subtasks=[Task(label="3.1.", text="Sở Tài chính bố trí kinh phí.")],
            ),
        ),
    ),
    Silent(  # an amending item after a quoted article's khoản, which the reader nested
        "VN-BODY-003",
        "quoted 1., 2., 3., then 3. Sửa đổi",
        amending(
            ("1.", "Quản lý kinh phí."),
            ("2.", "Sử dụng kinh phí."),
            ("3.", "Quyết toán kinh phí."),
            ("3.", "Sửa đổi, bổ sung một số khoản của Điều 7 như sau:"),
        ),
    ),
    Silent(  # the reader said the print is damaged (an OCR): '4..', 'I1.' are not the drafter's
        "VN-BODY-009",
        "1.1. in a damaged text",
        labelled(CHI_THI, "1.", "1.1.", "1.2."),
        {"unread": ["body-text"]},
    ),
    Silent(
        "VN-BODY-003",
        "a), c) in a damaged text",
        labelled(CHI_THI, "a)", "c)"),
        {"unread": ["body-text"]},
    ),
    Silent(
        "VN-BODY-004",
        "a basis ends with , in a damaged text",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra,", "Theo đề nghị của Giám đốc Sở Nội vụ."),
        {"unread": ["body-text"]},
    ),
    Silent("VN-BODY-009", "an amount at a line start", labelled(CHI_THI, "800.000")),
    Silent("VN-BODY-009", "Party 1.1.", labelled(PARTY_CHI_THI, "1.", "1.1.")),
    Silent("VN-BODY-009", "a tariff heading 8517.62", labelled(CHI_THI, "1.", "8517.62")),
    Silent(  # a measure wrapped to a line start, its words going on in lower case
        "VN-BODY-009",
        "1.82 / inch",
        tasked(
            CHI_THI,
            Task(label="1.", text="Thông số kỹ thuật của thiết bị:"),
            Task(label="1.82", text="inch, độ phân giải 480 x 408 pixels."),
            Task(label="13.75", text="± 3g/chiếc."),
        ),
    ),
    Silent(  # a table's score, the next cell alone on its line: no decimal numbering
        "VN-BODY-009",
        "1.5 / 2 / Tình trạng ...",
        articles(
            CHI_THI,
            ("1.", "Tiêu chí chấm điểm tài liệu quan trắc:"),
            ("1.5", "2\nTình trạng vật lý của tài liệu quan trắc"),
            ("0.5", "b\nTập giản đồ thiếu chữ ký"),
        ),
    ),
    Silent(  # the head STT closes the item before the rows, which the reader made siblings
        "VN-BODY-009",
        "1. ... STT / 1.1 / 1.2 as its siblings",
        tasked(
            CHI_THI,
            Task(label="1.", text="Chỉ tiêu giao cho các đơn vị:\nSTT\nChỉ tiêu\nKết quả"),
            Task(label="1.1", text="Tỷ lệ hồ sơ giải quyết đúng hạn\n%\n98"),
            Task(label="1.2", text="Số cuộc kiểm tra\ncuộc\n12"),
        ),
    ),
    Silent(  # a table's rows numbered 1.1, 1.2 under the head STT printed above them
        "VN-BODY-001",
        "STT / 1.1 / 1.2 in a table",
        tasked(
            CHI_THI,
            Task(
                label="Điều 12.",
                text="Ngưỡng tính điểm như sau:\nSTT\nChỉ tiêu\nĐơn vị tính\n1\nVỐN",
                subtasks=[
                    Task(label="1.1", text="Tỷ lệ an toàn vốn\n%\n15,00"),
                    Task(label="1.2", text="Tỷ lệ vốn cấp 1 so với tổng tài sản\n%\n8,00"),
                ],
            ),
        ),
    ),
    Silent("VN-BODY-002", "Điều 1., 1., a)", QUYET_DINH),
    Silent(  # the point l) typed with the digit 1, under k) or after it
        "VN-BODY-002",
        "i), k), 1)",
        tasked(
            CHI_THI,
            Task(label="i)", text="Thu hồi nguồn phóng xạ đã qua sử dụng;"),
            Task(
                label="k)",
                text="Tháo dỡ, tẩy xạ nguồn bức xạ;",
                subtasks=[Task(label="1)", text="Các hoạt động khác theo quy định.")],
            ),
            Task(label="1)", text="Các hoạt động khác theo quy định."),
        ),
    ),
    Silent("VN-BODY-002", "Chương I, Mục 1", labelled(NGHI_DINH, "Chương I", "Mục 1.")),
    Silent("VN-BODY-002", "Party 1)", labelled(PARTY_CHI_THI, "1)", "2)")),
    Silent("VN-BODY-003", "Điều 1. to 3.", QUYET_DINH),
    Silent("VN-BODY-003", "d) then e), no đ)", labelled(CHI_THI, "a)", "b)", "c)", "d)", "e)")),
    Silent("VN-BODY-003", "a second list from 1.", labelled(CHI_THI, "1.", "2.", "1.", "2.")),
    Silent(  # a consolidated text drops the repealed points: its gaps are the consolidation's
        "VN-BODY-003",
        "Điều 1, Điều 3 in 92/VBHN-BQP",
        number(
            labelled(QUYET_DINH, "Điều 1.", "Điều 3."),
            kind_abbreviation=None,
            issuer_abbreviation="VBHN",
            extra_parts=("BQP",),
        ),
    ),
    Silent(  # an amending decree quotes the article it amends under that article's label
        "VN-BODY-003",
        "Điều 1. Sửa đổi, bổ sung Điều 9 / Điều 9. / Điều 2.",
        articles(
            QUYET_DINH,
            ("Điều 1.", "Sửa đổi, bổ sung Điều 9 như sau:"),
            ("Điều 9.", "Hồ sơ đề nghị gồm các giấy tờ sau."),
            ("Điều 2.", "Sửa đổi, bổ sung Điều 10 như sau:"),
            ("Điều 10.", "Thời hạn giải quyết là 05 ngày làm việc."),
            ("Điều 3.", "Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này."),
        ),
    ),
    Silent(  # a khoản of the amending article quotes the article it amends whole
        "VN-BODY-003",
        "Điều 1. / 1. Sửa đổi, bổ sung Điều 4 như sau: / Điều 4. / Điều 2.",
        articles(
            QUYET_DINH,
            ("Điều 1.", "Sửa đổi, bổ sung một số điều của Quyết định số 12/2020/QĐ-UBND"),
            ("1.", "Sửa đổi, bổ sung Điều 4 như sau:"),
            ("Điều 4.", "Trách nhiệm của các sở, ngành."),
            ("Điều 2.", "Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này."),
        ),
    ),
    Silent(  # an amending item quotes the new khoản as its siblings, numbered their own way
        "VN-BODY-003",
        "1. Sửa đổi Điều 3 như sau: / 2. / 3. / 2. Sửa đổi Điều 6",
        articles(
            QUYET_DINH,
            ("1.", "Sửa đổi, bổ sung Điều 3 như sau: “1. Hàng giả gồm các loại hàng hóa sau."),
            ("2.", "Bảo vệ quyền sở hữu trí tuệ là việc áp dụng các biện pháp."),
            ("3.", "Tạm dừng làm thủ tục hải quan là biện pháp.”"),
            ("2.", "Sửa đổi, bổ sung Điều 6 như sau:"),
            ("1.", "Hồ sơ đề nghị gồm các giấy tờ sau."),
            ("3.", "Bỏ cụm từ “thanh tra” tại khoản 10 Điều 7."),
            ("4.", "Bãi bỏ Điều 8."),
        ),
    ),
    Silent(  # a scan lost the tones of the second heading's verbs (Sửa đôi, bỗ sung)
        "VN-BODY-003",
        "1. Sửa đổi ... như sau: / 2. Sửa đôi ... như sau: / 3. Thay thế",
        articles(
            QUYET_DINH,
            ("1.", "Sửa đổi, bổ sung một số khoản của Điều 3 như sau:"),
            ("2.", "Sửa đôi, bỗ sung một số khoản của Điều 4 như sau:"),
            ("3.", "Thay thế cụm từ “cấp huyện” tại khoản 5 Điều 37."),
        ),
    ),
    Silent(  # the quoted article is in the amending article's words: the next Điều 4 is its own
        "VN-BODY-003",
        "Điều 3. Sửa đổi Điều 4 “Điều 4. ...”, Điều 4., Điều 5.",
        articles(
            QUYET_DINH,
            ("Điều 3.", "Sửa đổi, bổ sung Điều 4\n“Điều 4. Trách nhiệm của các sở.”"),
            ("Điều 4.", "Sửa đổi, bổ sung Điều 7."),
            ("Điều 5.", "Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này."),
        ),
    ),
    Silent(  # the points an amending item quotes are those it amends: a), c), đ)
        "VN-BODY-003",
        "1. Sửa đổi điểm a, c và đ khoản 3 như sau: / a) c) đ)",
        tasked(
            QUYET_DINH,
            Task(
                label="1.",
                text="Sửa đổi, bổ sung điểm a, c và đ khoản 3 Điều 43 như sau:",
                subtasks=[Task(label=x, text=f"Nội dung mới của điểm {x}") for x in "a)c)đ)"[::2]],
            ),
            Task(label="2.", text="Bãi bỏ khoản 5 Điều 43."),
        ),
    ),
    Silent(  # a quotation the item opens and leaves open: its khoản follow as its siblings
        "VN-BODY-003",
        "3. Bổ sung khoản 9, 10 “9. ... / 10. ...”",
        articles(
            QUYET_DINH,
            ("1.", "Sửa đổi khoản 6 Điều 78."),
            ("2.", "Sửa đổi khoản 7 Điều 78."),
            ("3.", "Bổ sung khoản 9 và 10 vào sau khoản 8 Điều 78 “9. Đại lý phải báo cáo."),
            ("10.", "Phương tiện phân phối là trang thông tin điện tử.”"),
        ),
    ),
    Silent(  # a khoản quoted after "... quy định:" / "“Điều 4. ...", read as a sibling
        "VN-BODY-003",
        "1. / - ... quy định: “Điều 4. ... / 2. (quoted) / 2.",
        tasked(
            CONG_VAN,
            Task(
                label="1.",
                text="Về việc đăng ký thuế:",
                subtasks=[
                    Task(
                        label="-",
                        text="Tại Điều 4 Thông tư số 86/2024/TT-BTC quy định:\n“Điều 4. Đối"
                        " tượng đăng ký thuế\n1. Đối tượng đăng ký thuế bao gồm:",
                    )
                ],
            ),
            Task(label="2.", text="Người nộp thuế đăng ký trực tiếp với cơ quan thuế."),
            Task(label="2.", text="Về việc thanh toán không dùng tiền mặt:"),
        ),
    ),
    Silent(  # the list's next item among an amended article's quoted khoản, not amending
        "VN-BODY-003",
        "5. Sửa đổi Điều 14 như sau: / 1. / 2. / 6. Các Phụ lục ... / 7. Thay thế",
        articles(
            QUYET_DINH,
            ("5.", "Sửa đổi, bổ sung Điều 14 như sau:"),
            ("1.", "Tổ chức thực hiện kiểm tra sau thông quan."),
            ("2.", "Xử lý kết quả kiểm tra sau thông quan."),
            ("6.", "Các Phụ lục được sửa đổi, bổ sung như sau:"),
            ("7.", "Thay thế cụm từ “Tổng cục Hải quan” bằng cụm từ “Cục Hải quan”."),
        ),
    ),
    Silent(  # a table's rows numbered from 1 read as siblings: the list resumes with 2.
        "VN-BODY-003",
        "1. / rows 1. 2. 3. / 2.",
        labelled(CHI_THI, "1.", "1.", "2.", "3.", "2."),
    ),
    Silent(  # k) glued to its first word, left in the item before by the reader
        "VN-BODY-003",
        "i) ... / k)Thực hiện ... / l)",
        articles(
            CHI_THI,
            ("i)", "Thu hồi nguồn phóng xạ;\nk)Thực hiện tháo dỡ nguồn bức xạ;"),
            ("l)", "Các hoạt động khác phục vụ nghiên cứu."),
        ),
    ),
    Silent(  # the next article's label with its stop cut off by a page's link
        "VN-BODY-003",
        "Điều 1., Điều 2, Điều 3.",
        labelled(QUYET_DINH, "Điều 1.", "Điều 2", "Điều 3."),
    ),
    Silent(  # a telephone number's end wrapped to a line start is no khoản "1)"
        "VN-BODY-002", "6126) after 1.", labelled(CHI_THI, "1.", "6126)", "2.")
    ),
    Silent(  # a sentence's year wrapped to a line start is no seventh item skipped to 2025
        "VN-BODY-003", "2025. after 2.", labelled(CHI_THI, "1.", "2.", "2025.", "3.")
    ),
    Silent(
        "VN-BODY-003", "Điều 3 wrapped to a line start", labelled(QUYET_DINH, "Điều 1.", "Điều 3")
    ),
    Silent(  # a page joined b) onto a)'s line after its end: b) is printed
        "VN-BODY-003",
        "a) ...; b) ... / c)",
        articles(
            CHI_THI,
            ("a)", "Biến động giá trên thị trường; b) Thực hiện các khoản thanh toán;"),
            ("c)", "Hoạt động chia, tách, hợp nhất các tổ chức."),
        ),
    ),
    Silent(  # a page lost the paragraph between two khoản: "4." runs on after a full stop
        "VN-BODY-003",
        "3. ... hồ sơ. 4. Trong thời hạn ... / 5.",
        articles(
            CHI_THI,
            ("3.", "Sở Tư pháp thẩm định hồ sơ. 4. Trong thời hạn 10 ngày, Sở trả lời."),
            ("5.", "Ủy ban nhân dân cấp xã niêm yết kết quả."),
        ),
    ),
    Silent(  # "4.," with a stray comma is no label to the reader: left in 3.'s last point
        "VN-BODY-003",
        "3. / b) ... / 4., Phạt tiền ... / 5.",
        tasked(
            CHI_THI,
            Task(
                label="3.",
                text="Phạt tiền từ 10.000.000 đồng đối với một trong các hành vi sau:",
                subtasks=[
                    Task(label="a)", text="Không lập sổ theo dõi;"),
                    Task(
                        label="b)",
                        text="Không báo cáo định kỳ.\n4., Phạt tiền từ 20.000.000 đồng.",
                    ),
                ],
            ),
            Task(label="5.", text="Biện pháp khắc phục hậu quả: buộc nộp lại giấy phép."),
        ),
    ),
    Silent(  # the reader folded "3." into the article's text as its field: 3 is printed
        "VN-BODY-003",
        "Điều 1. ... / 3. Thời gian thực hiện: ... between 2. and 4.",
        tasked(
            QUYET_DINH,
            Task(
                label="Điều 1.",
                text="Hỗ trợ học phí cho học sinh:\n3. Thời gian thực hiện: năm học 2026.",
                subtasks=[
                    Task(label="1.", text="Đối tượng: học sinh trung học cơ sở."),
                    Task(label="2.", text="Mức hỗ trợ: theo Nghị quyết của tỉnh."),
                    Task(label="4.", text="Nguồn kinh phí: ngân sách tỉnh."),
                ],
            ),
            *QUYET_DINH.body.tasks[1:],
        ),
    ),
    Silent("VN-BODY-004", "; then .", QUYET_DINH),
    # NĐ 30 Phụ lục I mục II.6.a: each basis ends ';', the last '.'; a Government resolution
    # of 2025 (crawled) ends its bases with 'Trên cơ sở ý kiến biểu quyết ...', so the
    # proposal before it ends ';'.
    Silent(
        "VN-BODY-004",
        "Xét đề nghị ...; Trên cơ sở ... .",
        bases(
            QUYET_DINH,
            "Căn cứ Luật Tổ chức Chính phủ;",
            "Xét đề nghị của Bộ trưởng Bộ Tài chính;",
            "Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.",
        ),
    ),
    Silent(  # the reader cut the proposal's line; its rest ends the bases with '.'
        "VN-BODY-004",
        "Theo đề xuất của Giám đốc Sở / Tài chính.",
        bases_then(
            QUYET_DINH,
            ("Căn cứ Luật Thanh tra;", "Theo đề xuất của Giám đốc Sở"),
            "Tài chính tại Tờ trình số 45/TTr-STC.",
        ),
    ),
    Silent(  # the form of a legal normative text: the bases, then the enacting formula
        "VN-BODY-004",
        "Theo đề nghị ...; then ... ban hành Quyết định",
        bases_then(
            QUYET_DINH,
            ("Căn cứ Luật Tổ chức Chính phủ;", "Theo đề nghị của Bộ trưởng Bộ Tư pháp;"),
            "Thủ tướng Chính phủ ban hành Quyết định quy định lộ trình áp dụng quy chuẩn.",
        ),
    ),
    Silent(  # a consolidated text reproduces the bases of 2008 as they were issued
        "VN-BODY-004",
        "92/VBHN-BQP",
        number(
            bases(QUYET_DINH, "Căn cứ Luật Tổ chức Chính phủ;", "Xét đề nghị của Bộ trưởng,"),
            kind_abbreviation=None,
            issuer_abbreviation="VBHN",
            extra_parts=("BQP",),
        ),
    ),
    Silent(
        "VN-BODY-004",
        "not a decision",
        bases(CHI_THI, "Căn cứ Kế hoạch số 12/KH-UBND, Ủy ban nhân dân tỉnh chỉ thị"),
    ),
    Silent(  # TT 01/2011, in force until NĐ 30 (5 March 2020): the last basis ends ','
        "VN-BODY-004",
        "Xét đề nghị ..., in 2011",
        attrs.evolve(
            bases(QUYET_DINH, "Căn cứ Luật Ngân sách nhà nước;", "Xét đề nghị của Sở Tài chính,"),
            date=PartialDate(day=28, month=12, year=2011),
        ),
    ),
    Silent("VN-BODY-005", "Theo đề nghị", QUYET_DINH),
    Silent(  # a scan's OCR lost the tone of đề
        "VN-BODY-005",
        "Theo đê nghị (OCR)",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra;", "Theo đê nghị của Giám đốc Sở Nội vụ."),
    ),
    Silent(
        "VN-BODY-004",
        "Theo đê nghị ... . (OCR)",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra;", "Theo đê nghị của Giám đốc Sở Nội vụ."),
    ),
    Silent(
        "VN-BODY-005",
        "Xét đề nghị",
        bases(QUYET_DINH, "Căn cứ Luật Thanh tra;", "Xét đề nghị của Trưởng phòng Đào tạo."),
    ),
    Silent("VN-BODY-005", "no legal basis read", bases(QUYET_DINH)),
    Silent("VN-BODY-006", "Điều 3 names the implementers", QUYET_DINH),
    # NĐ 30 Phụ lục III mẫu 1.3: the last article names who implements; provinces print it
    # '... có liên quan căn cứ Quyết định thi hành./.' (crawled decisions of 2025).
    Silent(
        "VN-BODY-006",
        "căn cứ Quyết định thi hành",
        tasked(
            QUYET_DINH,
            *QUYET_DINH.body.tasks[:2],
            Task(
                label="Điều 3.",
                text="Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng các cơ quan,"
                " đơn vị có liên quan căn cứ Quyết định thi hành./.",
            ),
        ),
    ),
    Silent("VN-BODY-006", "chỉ thị", CHI_THI),
    Silent(
        "VN-BODY-006",
        "implementers in the closing",
        attrs.evolve(
            QUYET_DINH,
            body=attrs.evolve(
                QUYET_DINH.body,
                tasks=QUYET_DINH.body.tasks[:2],
                closing=[Task(text="Giám đốc Sở Nội vụ tổ chức thực hiện Quyết định này.")],
            ),
        ),
    ),
    Silent("VN-BODY-007", "QUYẾT ĐỊNH:", QUYET_DINH),
    Silent(
        "VN-BODY-007", "its letters spaced out", printing(QUYET_DINH, formula="Q U Y Ế T  Đ Ị N H:")
    ),
    Silent("VN-BODY-007", "a scan's QUYÉT", printing(QUYET_DINH, formula="QUYÉT ĐỊNH:")),
    Silent(
        "VN-BODY-007",
        "a resolution's QUYẾT NGHỊ:",
        printing(attrs.evolve(QUYET_DINH, kind=KINDS.get("nghi-quyet")), formula="QUYẾT NGHỊ:"),
    ),
    # a legal normative text enacts in a sentence (... ban hành Quyết định ...)
    Silent(
        "VN-BODY-007",
        "a legal normative decision",
        printing(attrs.evolve(QUYET_DINH, regime=Regime.LEGAL), formula=None),
    ),
    Silent("VN-BODY-007", "a công văn", CONG_VAN),
    Silent(
        "VN-BODY-007",
        "no articles read",
        printing(attrs.evolve(QUYET_DINH, body=Body()), formula=None),
    ),
    Silent("VN-BODY-007", "the print unknown", attrs.evolve(QUYET_DINH, printed=None)),
    Silent(
        "VN-BODY-008",
        "Chính phủ ban hành Nghị định ...",
        bases_then(DECREE, DECREE_BASES, "Chính phủ ban hành Nghị định về công tác văn thư."),
    ),
    Silent(  # the form before 2025: the proposal runs on into the sentence after a comma
        "VN-BODY-008",
        "Theo đề nghị ..., Bộ trưởng ... ban hành Thông tư",
        bases_then(
            attrs.evolve(DECREE, kind=KINDS.get("thong-tu")),
            (
                "Căn cứ Nghị định số 29/2025/NĐ-CP;",
                "Theo đề nghị của Vụ trưởng Vụ Pháp chế, Bộ trưởng Bộ Tư pháp ban hành Thông tư"
                " quy định về công tác văn thư.",
            ),
        ),
    ),
    Silent("VN-BODY-008", "no bases read", bases_then(DECREE, ())),
    Silent(  # NĐ 30's form of a decision: VN-BODY-007
        "VN-BODY-008",
        "a decision printing QUYẾT ĐỊNH:",
        bases_then(
            printing(attrs.evolve(DECREE, kind=KINDS.get("quyet-dinh")), formula="QUYẾT ĐỊNH:"),
            DECREE_BASES,
        ),
    ),
    Silent("VN-APPX-001", "no appendix", CHI_THI),
    Silent(  # the second PHỤ LỤC is a heading of the form the first one annexes
        "VN-APPX-001",
        "a form's own PHỤ LỤC inside an appendix",
        printing(
            attrs.evolve(
                QUYET_DINH, appendices=[Appendix(label="Phụ lục"), Appendix(label="PHỤ LỤC")]
            ),
            appendices=["Phụ lục", "MẪU BÁO CÁO", ATTACHED, "PHỤ LỤC", "(Liệt kê các tài liệu)"],
        ),
    ),
    Silent(
        "VN-APPX-002",
        "a form's own PHỤ LỤC after a tied appendix",
        printing(APPENDED, appendices=["Phụ lục", "MẪU BÁO CÁO", ATTACHED, "PHỤ LỤC"]),
    ),
    Silent(  # left for the registry to fill in at issue: VN-APPX-003 tells it
        "VN-APPX-002",
        "a blank number and day in the decision's tie",
        printing(
            APPENDED,
            appendices=["PHỤ LỤC", "(Kèm theo Quyết định số /QĐ-UBND ngày / /2024 của UBND tỉnh)"],
        ),
    ),
    Silent(  # a consolidated text reproduces the appendix of the decree it consolidates
        "VN-APPX-002",
        "PHỤ LỤC / MẪU ... in 81/VBHN-BNNMT",
        printing(
            number(
                APPENDED, kind_abbreviation=None, issuer_abbreviation="VBHN", extra_parts=("BNNMT",)
            ),
            appendices=["PHỤ LỤC", "MẪU BIÊN BẢN KIỂM TRA"],
        ),
    ),
    Silent("VN-APPX-003", "a tie filled in", printing(APPENDED, appendices=["PHỤ LỤC", ATTACHED])),
    Silent(  # an annexed form's template, tied to a report of another kind yet to be made
        "VN-APPX-002",
        "Kèm theo Báo cáo số … in a form",
        printing(
            APPENDED,
            appendices=[
                "PHỤ LỤC",
                "(Kèm theo Quyết định số 86/QĐ-UBND ngày 16/01/2024 của UBND tỉnh)",
                "PHỤ LỤC",
                "(Kèm theo Báo cáo số … /BC- … ngày … tháng … năm … của ….)",
            ],
        ),
    ),
    Silent(
        "VN-APPX-001",
        "one unnumbered",
        attrs.evolve(CHI_THI, appendices=[Appendix(label="PHỤ LỤC")]),
    ),
    Silent(
        "VN-APPX-001",
        "Phụ lục I, PHỤ LỤC II",
        attrs.evolve(
            CHI_THI, appendices=[Appendix(label="Phụ lục I"), Appendix(label="PHỤ LỤC II")]
        ),
    ),
    Silent(
        "VN-DATE-005",
        "cites one issued before",
        cites(CHI_THI, PartialDate(day=1, month=1, year=2024)),
    ),
    Silent(  # a decree numbered 30/2020/NĐ-CP whose date was read as 2010: the number
        # says 2020, and its citations of 2020 are not held against it (VN-NUM-007 says it)
        "VN-DATE-005",
        "dated 2010, numbered 2020, cites 2020",
        cites(
            attrs.evolve(NGHI_DINH, date=PartialDate(day=5, month=3, year=2010)),
            PartialDate(day=1, month=6, year=2020),
        ),
    ),
    Silent(
        "VN-DATE-005",
        "cites one of the same month",
        cites(CHI_THI, PartialDate(month=2, year=2024)),
    ),
    Silent(
        "VN-DATE-006",
        "received the next day",
        stamped(CHI_THI, PartialDate(day=16, month=2, year=2024)),
    ),
    Silent("VN-DATE-006", "no stamp", CHI_THI),
    Silent(
        "VN-TASK-002",
        "theo quy định",
        with_task(CONG_VAN, reporting("Báo cáo kết quả gửi Sở Nội vụ theo quy định.")),
    ),
    Silent(
        "VN-TASK-002",
        "a recurrence",
        with_task(CONG_VAN, reporting("Báo cáo gửi Sở Nội vụ.", recurrence=Frequency.QUARTERLY)),
    ),
    Silent(
        "VN-TASK-002",
        "định kỳ in the words",
        with_task(CONG_VAN, reporting("Định kỳ 6 tháng báo cáo kết quả gửi Sở Nội vụ.")),
    ),
    Silent(
        "VN-TASK-002",
        "an event (trường hợp vướng mắc)",
        with_task(CONG_VAN, reporting("Trường hợp có vướng mắc, kịp thời báo cáo Sở Nội vụ.")),
    ),
    Silent(
        "VN-TASK-002",
        "a standing duty",
        with_task(CONG_VAN, reporting("Thường xuyên báo cáo Sở Nội vụ tình hình thực hiện.")),
    ),
    Silent(
        "VN-TASK-002",
        "the parent task's deadline",
        with_task(
            CONG_VAN,
            Task(
                label="1.",
                text="Tổng kết công tác dân vận trước ngày 05/12/2024:",
                deadline=deadline(5, 12, 2024),
                subtasks=[reporting("Báo cáo gửi Sở Nội vụ.", label="a)")],
            ),
        ),
    ),
    Silent(
        "VN-TASK-002",
        "the closing states the reporting date",
        attrs.evolve(
            CONG_VAN,
            body=Body(
                tasks=[reporting("Báo cáo kết quả gửi Sở Nội vụ.", label="1.")],
                closing=[
                    Task(
                        text="Các đơn vị gửi báo cáo trước ngày 05/12/2024.",
                        deadline=deadline(5, 12, 2024),
                    )
                ],
            ),
        ),
    ),
    Silent(
        "VN-TASK-002",
        "a relative deadline",
        with_task(
            CONG_VAN,
            reporting(
                "Báo cáo gửi Sở Nội vụ.",
                deadline=RelativeDeadline(text="trong 15 ngày kể từ ngày kết thúc"),
            ),
        ),
    ),
    Silent("VN-EDXML-014", "an instrument alone", CONG_VAN, EDXML),
    Silent("VN-EDXML-015", "an instrument alone", CONG_VAN, EDXML),
    Silent("VN-EDXML-016", "an instrument alone", CONG_VAN, EDXML),
    # the presentation rules read a printed document: tests/test_docx_presentation.py
    *(
        Silent(code, "an instrument alone", CONG_VAN)
        for code in sorted(presentation_rules.PAGE_ONLY)
    ),
    Silent(
        "VN-BANNER-001", "CỘNG HOÀ", printing(CONG_VAN, banner="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    ),
    Silent("VN-BANNER-001", "print unknown", attrs.evolve(CONG_VAN, printed=None)),
    Silent("VN-BANNER-002", "the motto of NĐ 30", CHI_THI),
    Silent(  # a scan lowers a letter or two of a line in capitals, or raises one
        "VN-BANNER-002",
        "OCR's damaged letters",
        printing(
            QUYET_DINH,
            banner="CỘNG HÒA XÃ HỘi CHỦ NGHĨA VIỆT NAm",
            motto="Độc lập - Tự do - Hạnh phÚc",
        ),
    ),
    Silent(  # a scan's lost marks: the words are the motto's, their capitals right
        "VN-BANNER-002",
        "OCR's lost marks",
        printing(
            CONG_VAN,
            banner="CONG HOA XA HOI CHU NGHIA VIET NAM",
            motto="Đôc lâp - Tư do - Hanh phuc",
        ),
    ),
    Silent(
        "VN-BANNER-003", "a scan's Đảng", printing(PARTY_CHI_THI, banner="ĐẢNG CỘNG SẢN VIỆT NAm")
    ),
    Silent(  # VN-BANNER-005 tells the dashes
        "VN-BANNER-002", "en dashes", printing(CONG_VAN, motto="Độc lập – Tự do – Hạnh phúc")
    ),
    Silent("VN-BANNER-005", "hyphens", CHI_THI),
    Silent("VN-BANNER-003", "ĐẢNG CỘNG SẢN VIỆT NAM", PARTY_CHI_THI),
    Silent("VN-BANNER-004", "a star under the issuer", PARTY_CHI_THI),
    Silent("VN-DATE-007", "ngày 05 tháng 3", NGHI_DINH),
    Silent("VN-DATE-007", "ngày 16 tháng 01", QUYET_DINH),
    Silent(
        "VN-DATE-007",
        "a draft's blank day",
        printing(CONG_VAN, date="Tuyên Quang, ngày    tháng 01 năm 2024"),
    ),
    Silent("VN-SIGN-008", "TM. / KT.", CHI_THI),
    Silent("VN-SIGN-008", "T/M in a Party document", PARTY_CHI_THI),
    Silent("VN-SIGN-009", "KT. CHỦ TỊCH", CHI_THI),
    Silent("VN-DIST-004", "; then .", CONG_VAN),
    Silent("VN-DIST-004", "Party items", printing(PARTY_CHI_THI, distribution=["- Ban Dân vận,"])),
    Silent(  # "Cục ... - Bộ ...;" wrapped at its dash
        "VN-DIST-004",
        "a unit, its ministry on the next line",
        printing(CONG_VAN, distribution=["- Cục Kiểm tra văn bản", "- Bộ Tư pháp;"]),
    ),
    Silent(  # a page's link cut the item: its rest, from its comma, on a line of its own
        "VN-DIST-004",
        "Thủ tướng / , các Phó Thủ tướng Chính phủ;",
        printing(
            CONG_VAN,
            distribution=["Thủ tướng", ", các Phó Thủ tướng Chính phủ;", "- Bộ Tư pháp;"],
        ),
    ),
    Silent(
        "VN-MARK-002",
        "HỎA TỐC",
        printing(attrs.evolve(CONG_VAN, urgency=Urgency.FLASH), urgency="HỎA TỐC"),
    ),
    Silent(
        "VN-APPX-002",
        "the header repeats the decision",
        printing(APPENDED, appendices=["Phụ lục", "DANH SÁCH", ATTACHED]),
    ),
    Silent(
        "VN-APPX-002",
        "Ban hành kèm theo, a short date",
        printing(
            APPENDED,
            appendices=[
                "PHỤ LỤC",
                "(Ban hành kèm theo Quyết định số 86/QĐ-UBND ngày 16/01/2024 của UBND tỉnh)",
            ],
        ),
    ),
    # NĐ 30 Phụ lục I mục III.1 asks the header to repeat the number and date; how a clerk
    # punctuates them (crawled decisions of 2025: 'số: 2916/QĐ-UBND', 'Quyết định
    # 1610/QĐ-TTPVHCC', 'số 2682/QĐ-UBND, ngày ...') is not a defect of this rule.
    *(
        Silent(
            "VN-APPX-002",
            f"the header repeats the decision as {form}",
            printing(APPENDED, appendices=["PHỤ LỤC", f"(Kèm theo {form} của UBND tỉnh)"]),
        )
        for form in (
            "Quyết định số: 86/QĐ-UBND ngày 16/01/2024",
            "Quyết định 86/QĐ-UBND ngày 16 tháng 01 năm 2024",
            "Quyết định số 86/QĐ-UBND, ngày 16/01/2024",
            "quyết định số 86/QĐ-UBND ngày 16/01/2024",
            "Quyết định số 86/QĐ-UBND ngày 16 /01 /2024",
            "Quyết định số 86/QĐ-UBND 16 tháng 01 năm 2024",  # the date without its ngày
        )
    ),
    Silent("VN-COPY-001", "SAO Y", printing(QUYET_DINH, copy=COPY)),
    Silent("VN-COPY-002", "a paper copy", printing(QUYET_DINH, copy=COPY)),
    Silent(
        "VN-COPY-001",
        "SAO Y BẢN CHÍNH before NĐ 30",
        printing(
            QUYET_DINH,
            copy=("SAO Y BẢN CHÍNH", "Số: 05/SY-VP", "Quảng Ngãi, ngày 20 tháng 01 năm 2019"),
        ),
    ),
    Silent(
        "VN-COPY-002",
        "an electronic copy",
        printing(
            QUYET_DINH,
            copy=("SAO Y", "VĂN PHÒNG UBND TỈNH", "Thời gian ký: 20/01/2024 15:54:06 +07:00"),
        ),
    ),
]


def test_two_articles_swapped_are_one_finding() -> None:
    # mục II.6 numbers articles in order: Điều 52 printed after Điều 53 is one slip of the
    # page, not a gap, an order going back and a second gap
    swapped = labelled(QUYET_DINH, "Điều 1.", "Điều 3.", "Điều 2.", "Điều 4.")
    found = [d for d in run(swapped) if d.code == "VN-BODY-003"]
    assert [d.path for d in found] == ["body.tasks[1].label"]
    assert "each other's place" in found[0].message


def test_one_label_out_of_place_is_one_finding() -> None:
    # mục II.6 numbers khoản in order: '5.' printed between '6.' and '7.' is one slip, not
    # an order going back and then a gap
    slipped = labelled(CHI_THI, "1.", "2.", "3.", "4.", "5.", "6.", "5.", "7.")
    found = [d for d in run(slipped) if d.code == "VN-BODY-003"]
    assert [d.path for d in found] == ["body.tasks[6].label"]
    assert "goes back" in found[0].message


def test_appendices_numbered_one_other_way_are_one_finding() -> None:
    # NĐ 30 Phụ lục I Phần II mục I.1 numbers appendices I, II, III: PHỤ LỤC 1 to 3 is one
    # choice of the drafter, reported once at its first label
    arabic = [Appendix(label=f"PHỤ LỤC {n}") for n in (1, 2, 3)]
    found = [d for d in run(attrs.evolve(CHI_THI, appendices=arabic)) if d.code == "VN-APPX-001"]
    assert [d.path for d in found] == ["appendices[0].label"]
    assert "2 other label(s)" in found[0].message


@pytest.mark.parametrize("case", FIRES, ids=lambda c: f"{c.code} {c.id}")
def test_rule_fires(case: Fires) -> None:
    found = run(case.instrument, **case.options)
    mine = [d for d in found if d.code == case.code]
    assert case.path in [d.path for d in mine], found
    rule = RULES[case.code]
    assert all(d.severity is rule.severity and d.source == rule.source for d in mine)
    assert all(d.message for d in mine)
    assert {d.code for d in found} == {case.code} | case.also, found


@pytest.mark.parametrize("case", SILENT, ids=lambda c: f"{c.code} {c.id}")
def test_rule_stays_silent(case: Silent) -> None:
    found = run(case.instrument, **case.options)
    assert case.code not in {d.code for d in found}, found


def test_every_rule_has_both_cases() -> None:
    codes = {r.code for r in RULES}
    # the package-only rules fire on packages: tests/test_edxml.py
    assert {
        c.code for c in FIRES
    } == codes - edxml_rules.PACKAGE_ONLY - presentation_rules.PAGE_ONLY
    assert {c.code for c in SILENT} == codes


@pytest.mark.parametrize("name", sorted(WELL_FORMED))
@pytest.mark.parametrize("strictness", ["final", "draft"])
def test_well_formed_documents_are_clean(name: str, strictness: str) -> None:
    assert run(WELL_FORMED[name], strictness=strictness) == []


def test_well_formed_cong_van_is_clean_for_edxml() -> None:
    assert run(CONG_VAN, profile="edxml") == []


def test_kind_confusion_names_both_kinds() -> None:
    (found,) = run(number(CHI_THI, kind_abbreviation="CTr"))
    assert "Chương trình" in found.message
    assert "CT" in found.message


def test_look_alike_abbreviation_is_suggested() -> None:
    qd = number(CHI_THI_AS_DECISION, kind_abbreviation="QD")
    (found,) = run(qd)
    assert "QĐ" in found.message


def test_party_messages_use_party_marks() -> None:
    party = signed(PARTY_CHI_THI, (TM, "BÍ THƯ"), title="BÍ THƯ")
    (found,) = run(party)
    assert found.code == "VN-SIGN-001"
    assert found.message.startswith("T/M ")


def test_today_defaults_to_the_system_date() -> None:
    far = attrs.evolve(CHI_THI, date=PartialDate(day=1, month=1, year=9999))
    assert [d.code for d in check(far)] == ["VN-DATE-001"]


def test_report_without_deadline_is_info() -> None:
    assert RULES["VN-TASK-002"].severity is Severity.INFO
