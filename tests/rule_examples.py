"""Well-formed instruments, one per regime, written from the NĐ 30 / HD 36 templates.

Each is what the regulation asks for, so no rule may fire on it; tests break one thing at a
time with :func:`attrs.evolve` and expect exactly the rule for that thing to fire.  Their
printed forms are typed from the templates (NĐ 30 Phụ lục I mục II.1 to II.9, Phụ lục III
mẫu 1.2; HD 36 for the Party chỉ thị), not from what vnadmin formats.
"""

from __future__ import annotations

import datetime

from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Contact,
    DateDeadline,
    DeadlineBound,
    DocumentNumber,
    Instrument,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    Printed,
    Recipient,
    Regime,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
)

__all__ = [
    "CHI_THI",
    "CONG_VAN",
    "MOTTO",
    "NGHI_DINH",
    "PARTY_CHI_THI",
    "QUYET_DINH",
    "SNV",
    "STATE_BANNER",
    "TODAY",
    "WELL_FORMED",
]

TODAY = datetime.date(2024, 6, 1)

STATE_BANNER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
"""Quốc hiệu and tiêu ngữ as NĐ 30 Phụ lục I mục II.1 prints them."""

SNV = Organization(
    name="SỞ NỘI VỤ",
    abbreviation="SNV",
    parent=Organization(name="UBND TỈNH TUYÊN QUANG"),
    organ_id="000.00.12.H57",
)
"""Sở Nội vụ Tuyên Quang, with its edXML OrganId."""

CONG_VAN = Instrument(
    regime=Regime.STATE,
    kind=KINDS.get("cong-van"),
    issuer=SNV,
    number=DocumentNumber(number="05", issuer_abbreviation="SNV", extra_parts=["XDCQ&CTTN"]),
    place="Tuyên Quang",
    date=PartialDate(day=5, month=1, year=2024),
    subject="V/v tăng cường công tác dân vận",
    addressees=[
        Organization(name="Các sở, ban, ngành", organ_id="000.00.13.H57"),
        Organization(name="Công an tỉnh", organ_id="000.00.14.H57"),
    ],
    body=Body(
        tasks=[
            Task(
                label="1.",
                text="Báo cáo kết quả thực hiện gửi Sở Nội vụ trước ngày 05/12/2024.",
                assignments=[Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ")],
                deadline=DateDeadline(
                    bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12, year=2024)
                ),
            )
        ]
    ),
    signatures=[
        SignatureBlock(
            authorities=[Authority(mark=SigningMark.KT, applies_to="GIÁM ĐỐC")],
            title="PHÓ GIÁM ĐỐC",
            name="Vũ Ngọc Khánh",
        )
    ],
    distribution=[Recipient(name="Như trên"), Recipient(name="UBND tỉnh", purpose="để báo cáo")],
    archive=ArchiveLine(units=["VT", "XDCQ&CTTN"]),
    contact=Contact(email="snv@tuyenquang.gov.vn", phone="0207 3822 000"),
    printed=Printed(
        banner=STATE_BANNER,
        motto=MOTTO,
        number="Số: 05/SNV-XDCQ&CTTN",
        date="Tuyên Quang, ngày 05 tháng 01 năm 2024",
        signature_marks=["KT. GIÁM ĐỐC"],
        distribution=["- Như trên;", "- UBND tỉnh (để báo cáo);"],
        archive="- Lưu: VT, XDCQ&CTTN.",
    ),
)
"""A state công văn: no kind abbreviation, a V/v subject, Kính gửi, Lưu: VT."""

CHI_THI = Instrument(
    regime=Regime.STATE,
    kind=KINDS.get("chi-thi"),
    issuer=Organization(name="ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", abbreviation="UBND"),
    number=DocumentNumber(number="12", kind_abbreviation="CT", issuer_abbreviation="UBND"),
    place="Sóc Trăng",
    date=PartialDate(day=15, month=2, year=2024),
    subject="Về tăng cường công tác dân vận",
    body=Body(
        tasks=[
            Task(
                label="I.",
                text="NHIỆM VỤ",
                subtasks=[
                    Task(
                        label="1.",
                        text="Các sở, ban, ngành tỉnh:",
                        subtasks=[
                            Task(
                                label="a)",
                                text="Rà soát quy chế dân vận của cơ quan:",
                                subtasks=[
                                    Task(label="-", text="Quy chế dân chủ ở cơ sở;"),
                                    Task(
                                        label="-",
                                        text="Quy chế phối hợp:",
                                        subtasks=[Task(label="+", text="với Mặt trận Tổ quốc.")],
                                    ),
                                ],
                            ),
                            Task(label="b)", text="Đưa công tác dân vận vào kế hoạch năm."),
                            Task(label="c)", text="Tăng cường đối thoại với nhân dân."),
                            Task(label="d)", text="Kiểm tra việc thực hiện quy chế."),
                            Task(label="đ)", text="Khen thưởng các điển hình."),
                        ],
                    ),
                    Task(label="2.", text="Ủy ban nhân dân các huyện triển khai Chỉ thị này."),
                ],
            ),
            Task(label="II.", text="TỔ CHỨC THỰC HIỆN"),
        ]
    ),
    signatures=[
        SignatureBlock(
            authorities=[
                Authority(mark=SigningMark.TM, applies_to="ỦY BAN NHÂN DÂN"),
                Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH"),
            ],
            title="PHÓ CHỦ TỊCH",
            name="Huỳnh Thị Diễm Ngọc",
        )
    ],
    distribution=[Recipient(name="Thủ tướng Chính phủ", purpose="để báo cáo")],
    archive=ArchiveLine(units=["VT", "NC"], copies=2),
    printed=Printed(
        banner=STATE_BANNER,
        motto=MOTTO,
        number="Số: 12/CT-UBND",
        date="Sóc Trăng, ngày 15 tháng 02 năm 2024",
        signature_marks=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"],
        distribution=["- Thủ tướng Chính phủ (để báo cáo);"],
        archive="- Lưu: VT, NC, 02b.",
    ),
)
"""A state chỉ thị numbered I., 1., a), -, + and signed TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH."""

QUYET_DINH = Instrument(
    regime=Regime.STATE,
    kind=KINDS.get("quyet-dinh"),
    issuer=Organization(name="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", abbreviation="UBND"),
    number=DocumentNumber(number="86", kind_abbreviation="QĐ", issuer_abbreviation="UBND"),
    place="Quảng Ngãi",
    date=PartialDate(day=16, month=1, year=2024),
    subject="Về việc bổ nhiệm vào ngạch Thanh tra viên",
    body=Body(
        preamble=[
            Paragraph(text="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
            Paragraph(text="Căn cứ Luật Thanh tra ngày 14 tháng 11 năm 2022;"),
            Paragraph(text="Theo đề nghị của Giám đốc Sở Nội vụ."),
        ],
        tasks=[
            Task(
                label="Điều 1.",
                text="Bổ nhiệm ông Bạch Đăng Ngọc vào ngạch Thanh tra viên:",
                subtasks=[
                    Task(
                        label="1.",
                        text="Ngạch và mã số:",
                        subtasks=[
                            Task(label="a)", text="Ngạch Thanh tra viên;"),
                            Task(label="b)", text="Mã số 04.025."),
                        ],
                    ),
                    Task(label="2.", text="Bậc 5/9, hệ số 3,66 kể từ ngày 01 tháng 01 năm 2024."),
                ],
            ),
            Task(label="Điều 2.", text="Quyết định này có hiệu lực thi hành kể từ ngày ký."),
            Task(
                label="Điều 3.",
                text="Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ và ông Bạch Đăng"
                " Ngọc chịu trách nhiệm thi hành Quyết định này.",
            ),
        ],
    ),
    signatures=[
        SignatureBlock(
            authorities=[Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH")],
            title="PHÓ CHỦ TỊCH",
            name="Trần Phước Hiền",
        )
    ],
    distribution=[Recipient(name="Như Điều 3"), Recipient(name="Thanh tra tỉnh")],
    archive=ArchiveLine(units=["VT", "NC"]),
    appendices=[Appendix(label="Phụ lục", title="DANH SÁCH THANH TRA VIÊN")],
    printed=Printed(
        banner=STATE_BANNER,
        motto=MOTTO,
        number="Số: 86/QĐ-UBND",
        date="Quảng Ngãi, ngày 16 tháng 01 năm 2024",
        formula="QUYẾT ĐỊNH:",
        signature_marks=["KT. CHỦ TỊCH"],
        distribution=["- Như Điều 3;", "- Thanh tra tỉnh;"],
        archive="- Lưu: VT, NC.",
        appendices=[
            "Phụ lục",
            "DANH SÁCH THANH TRA VIÊN",
            "(Kèm theo Quyết định số 86/QĐ-UBND ngày 16 tháng 01 năm 2024 của Chủ tịch Ủy ban"
            " nhân dân tỉnh Quảng Ngãi)",
        ],
    ),
)
"""A state quyết định as mẫu 1.2: Căn cứ ...; / Theo đề nghị của ... . / QUYẾT ĐỊNH: / Điều 1.-3., the last
naming who implements it; khoản 1., điểm a); a Phụ lục whose header repeats its number and
date (NĐ 30 Phụ lục I mục III.1)."""

PARTY_CHI_THI = Instrument(
    regime=Regime.PARTY,
    kind=KINDS.get("chi-thi"),
    issuer=Organization(name="TỈNH ỦY HẢI DƯƠNG", abbreviation="TU"),
    number=DocumentNumber(
        number="15", kind_abbreviation="CT", issuer_abbreviation="TU", style=NumberStyle.PARTY
    ),
    place="Hải Dương",
    date=PartialDate(day=21, month=5, year=2022),
    subject="về tiếp tục đổi mới công tác dân vận",
    signatures=[
        SignatureBlock(
            authorities=[Authority(mark=SigningMark.TM, applies_to="BAN THƯỜNG VỤ")],
            title="BÍ THƯ",
            name="Phạm Xuân Thăng",
        )
    ],
    distribution=[Recipient(name="Ban Dân vận Trung ương")],
    archive=ArchiveLine(units=["Văn phòng Tỉnh ủy"]),
    printed=Printed(
        banner="ĐẢNG CỘNG SẢN VIỆT NAM",
        star="*",
        number="Số 15-CT/TU",
        date="Hải Dương, ngày 21 tháng 5 năm 2022",
        signature_marks=["T/M BAN THƯỜNG VỤ"],
        distribution=["- Ban Dân vận Trung ương,"],
        archive="- Lưu Văn phòng Tỉnh ủy.",
    ),
)
"""A Party chỉ thị: 15-CT/TU, T/M BAN THƯỜNG VỤ, Lưu Văn phòng Tỉnh ủy (no VT)."""

NGHI_DINH = Instrument(
    regime=Regime.LEGAL,
    kind=KINDS.get("nghi-dinh"),
    issuer=Organization(name="CHÍNH PHỦ", abbreviation="CP"),
    number=DocumentNumber(
        number="30",
        kind_abbreviation="NĐ",
        issuer_abbreviation="CP",
        year=2020,
        style=NumberStyle.LEGAL,
    ),
    place="Hà Nội",
    date=PartialDate(day=5, month=3, year=2020),
    subject="Về công tác văn thư",
    body=Body(
        preamble=[
            Paragraph(text="Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"),
            Paragraph(text="Theo đề nghị của Bộ trưởng Bộ Nội vụ;"),
        ],
        background=[Paragraph(text="Chính phủ ban hành Nghị định về công tác văn thư.")],
        tasks=[
            Task(
                label="Điều 1.",
                text="Phạm vi điều chỉnh\nNghị định này quy định về công tác văn thư.",
            ),
            Task(
                label="Điều 2.",
                text="Trách nhiệm thi hành\nCác Bộ trưởng chịu trách nhiệm thi hành Nghị định này.",
            ),
        ],
    ),
    signatures=[
        SignatureBlock(
            authorities=[Authority(mark=SigningMark.TM, applies_to="CHÍNH PHỦ")],
            title="THỦ TƯỚNG",
            name="Nguyễn Xuân Phúc",
        )
    ],
    distribution=[Recipient(name="Ban Bí thư Trung ương Đảng")],
    archive=ArchiveLine(units=["VT", "TCCV"]),
    printed=Printed(
        banner=STATE_BANNER,
        motto=MOTTO,
        number="Số: 30/2020/NĐ-CP",
        date="Hà Nội, ngày 05 tháng 3 năm 2020",
        signature_marks=["TM. CHÍNH PHỦ"],
        distribution=["- Ban Bí thư Trung ương Đảng;"],
        archive="- Lưu: VT, TCCV.",
    ),
)
"""A legal normative nghị định, 30/2020/NĐ-CP: its bases, its enacting sentence, two articles."""

WELL_FORMED = {
    "cong-van": CONG_VAN,
    "chi-thi": CHI_THI,
    "quyet-dinh": QUYET_DINH,
    "party-chi-thi": PARTY_CHI_THI,
    "nghi-dinh": NGHI_DINH,
}
