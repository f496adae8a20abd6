"""Hand-built instruments shared by the codec tests: EVERYTHING uses every model class;
:func:`smuggled` makes a value the model refuses, to test the guards behind the model."""

from __future__ import annotations

from typing import TypeVar

import attrs

from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Circulation,
    Citation,
    Contact,
    DateDeadline,
    DeadlineBound,
    DocumentNumber,
    DrafterMark,
    Frequency,
    IncomingStamp,
    Instrument,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Printed,
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

__all__ = ["EVERYTHING"]

EVERYTHING = Instrument(
    regime=Regime.LEGAL,
    kind=KINDS.get("nghi-dinh"),
    issuer=Organization(
        name="CHÍNH PHỦ",
        abbreviation="CP",
        organ_id="000.00.00.G01",
        parent=Organization(name="NHÀ NƯỚC", parent=Organization(name="CỘNG HÒA")),
    ),
    number=DocumentNumber(
        number="30",
        year=2020,
        kind_abbreviation="NĐ",
        issuer_abbreviation="CP",
        extra_parts=["XDCQ&CTTN", "BNV"],
        style=NumberStyle.LEGAL,
    ),
    place="Hà Nội",
    date=PartialDate(day=5, month=3, year=2020),
    subject="Về công tác văn thư\nvà lưu trữ",
    addressees=[Organization(name="Các bộ, cơ quan ngang bộ")],
    body=Body(
        preamble=[
            Paragraph(
                text="Căn cứ Luật Tổ chức Chính phủ;",
                citations=[
                    Citation(kind=KINDS.get("luat"), title="Tổ chức Chính phủ"),
                    Citation(
                        kind=KINDS.get("nghi-quyet"),
                        subject="sắp xếp đơn vị hành chính",
                        issuer="Ủy ban Thường vụ Quốc hội",
                        term="khóa XV",
                    ),
                ],
            )
        ],
        background=[Paragraph(text="Theo đề nghị của Bộ trưởng Bộ Nội vụ.")],
        tasks=[
            Task(
                label="Điều 1.",
                text="Phạm vi điều chỉnh",
                subtasks=[
                    Task(
                        label="1.",
                        text="Khoản một",
                        subtasks=[Task(label="a)", text="Điểm a", attachment_notes=["có mẫu"])],
                        deadline=DateDeadline(
                            bound=DeadlineBound.NO_LATER_THAN,
                            date=PartialDate(day=15, month=6, year=2024),
                        ),
                    ),
                    Task(
                        label="2.",
                        text="Khoản hai",
                        deadline=PeriodDeadline(unit=PeriodUnit.YEAR, year=2025),
                        recurrence=Frequency.QUARTERLY,
                    ),
                ],
                assignments=[
                    Assignment(role=Role.LEAD, actor="Bộ Nội vụ"),
                    Assignment(role=Role.COOPERATE, actor="Bộ Tư pháp"),
                    Assignment(role=Role.REPORT_TO, actor="Thủ tướng Chính phủ"),
                ],
                deadline=RelativeDeadline(text="trong 15 ngày kể từ ngày nhận"),
                citations=[
                    Citation(
                        number=DocumentNumber(
                            number="23",
                            kind_abbreviation="QĐ",
                            issuer_abbreviation="TW",
                            style=NumberStyle.PARTY,
                        ),
                        date=PartialDate(month=7, year=2021),
                    )
                ],
            )
        ],
        closing=[Task(text="Giao Văn phòng tổng hợp.")],
    ),
    signatures=[
        SignatureBlock(
            authorities=[
                Authority(mark=SigningMark.TM, applies_to="CHÍNH PHỦ"),
                Authority(mark=SigningMark.KT, applies_to="THỦ TƯỚNG"),
            ],
            title="PHÓ THỦ TƯỚNG",
            name="Trương Hòa Bình",
        ),
        SignatureBlock(name="Nguyễn Văn A"),
    ],
    distribution=[Recipient(name="Ban Bí thư Trung ương Đảng", purpose="để báo cáo")],
    archive=ArchiveLine(units=["VT", "TCCV"], copies=2),
    urgency=Urgency.FLASH_TIMED,
    secrecy=Secrecy.TOP_SECRET,
    circulation=Circulation.RETURN_AFTER_READING,
    appendices=[
        Appendix(label="Phụ lục I", title="Thể thức văn bản"),
        Appendix(label="Phụ lục II"),
    ],
    contact=Contact(email="vanthu@chinhphu.vn", website="chinhphu.vn"),
    drafter=DrafterMark(initials="PL.", copies=300),
    incoming=IncomingStamp(receiver="SỞ TÀI CHÍNH HẢI DƯƠNG", number=4689, date=PartialDate()),
    reported=Reporting(source="Baothanhhoa.vn"),
    printed=Printed(
        banner="CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        motto="Độc lập – Tự do – Hạnh phúc",
        number="Số: 30/2020/NĐ-CP",
        date="Hà Nội, ngày 05 tháng 03 năm 2020",
        urgency="HỎA TỐC HẸN GIỜ",
        secrecy="TUYỆT MẬT",
        circulation="XEM XONG TRẢ LẠI",
        signature_marks=["TM. CHÍNH PHỦ", "KT.THỦ TƯỚNG"],
        distribution=["- Ban Bí thư Trung ương Đảng (để báo cáo);"],
        archive="- Lưu: VT, TCCV, 02b, PL.(300).",
        appendices=["Phụ lục I", "THỂ THỨC VĂN BẢN", "Phụ lục II"],
        copy=["SAO Y", "Số: 05/SY-VP", "Hà Nội, ngày 06 tháng 3 năm 2020"],
    ),
)
"""Every model class and every optional component, with each kind of deadline and date; its
printed forms carry misprints a document may have (an en dash, tháng 03, KT.THỦ TƯỚNG)."""


T = TypeVar("T")


def smuggled(value: T, **fields: object) -> T:
    """A copy of the attrs ``value`` with ``fields`` set past its validators: a value the
    model refuses (a control character in a text), for testing what stands behind the model
    (a writer naming the field its encoder refuses)."""
    copy = attrs.evolve(value)  # type: ignore[misc]
    for name, field in fields.items():
        object.__setattr__(copy, name, field)
    return copy
