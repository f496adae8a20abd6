"""The text parser's rules on small documents written for each rule.

Each document below is typed in the layouts of NĐ 30 and HD 36 and of converted text in
the wild (flattened tables, markdown, web pages); the expected values are read off it.
"""

from __future__ import annotations

import datetime

import pytest

from vnadmin.grammar import format_number
from vnadmin.model import (
    KINDS,
    Appendix,
    Assignment,
    Authority,
    Circulation,
    Contact,
    DateDeadline,
    DeadlineBound,
    DrafterMark,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Recipient,
    Regime,
    Role,
    Secrecy,
    SigningMark,
    Urgency,
)
from vnadmin.rules import check
from vnadmin.text import Severity, parse_text
from vnadmin.text.cleanup import detect_legacy_encoding
from vnadmin.text.semantics import split_actors

DECISION = """\
ỦY BAN NHÂN DÂN\tCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BẮC NINH\tĐộc lập - Tự do - Hạnh phúc

Số: 27/2024/QĐ-UBND\tBắc Ninh, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc ban hành Quy chế làm việc
của Ủy ban nhân dân tỉnh

ỦY BAN NHÂN DÂN TỈNH BẮC NINH

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;
Theo đề nghị của Giám đốc Sở Nội vụ.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Ủy ban nhân dân tỉnh.
Điều 2. Trách nhiệm thi hành
1. Sở Nội vụ chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh hướng dẫn thực hiện.
2. Các sở, ban, ngành:
a) Rà soát quy chế của đơn vị, báo cáo UBND tỉnh trước ngày 15/6/2024;
b) Tổng kết việc thực hiện trong quý IV/2024.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Như Điều 3;\tKT. CHỦ TỊCH
- Bộ Nội vụ (để b/c);\tPHÓ CHỦ TỊCH
- Lưu: VT, NC, 02b.

\tNguyễn Văn An
"""


def test_flattened_two_column_decision() -> None:
    result = parse_text(DECISION)
    doc = result.instrument
    assert doc.regime is Regime.LEGAL  # a number with its year
    assert doc.kind == KINDS.get("quyet-dinh")
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH BẮC NINH"  # a wrapped name, joined
    assert doc.issuer.parent is None
    assert doc.number is not None
    assert format_number(doc.number) == "27/2024/QĐ-UBND"
    assert (doc.place, doc.date) == ("Bắc Ninh", PartialDate(day=5, month=3, year=2024))
    assert doc.subject == "Về việc ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh"
    assert [p.text[:12] for p in doc.body.preamble] == [
        "Căn cứ Luật ",
        "Căn cứ Nghị ",
        "Theo đề nghị",
    ]
    assert [t.label for t in doc.body.tasks] == ["Điều 1.", "Điều 2.", "Điều 3."]
    article = doc.body.tasks[1]
    assert article.text == "Trách nhiệm thi hành"
    assert [t.label for t in article.subtasks] == ["1.", "2."]
    lead, units = article.subtasks
    assert lead.assignments == (
        Assignment(role=Role.LEAD, actor="Sở Nội vụ"),
        Assignment(role=Role.COOPERATE, actor="Văn phòng Ủy ban nhân dân tỉnh"),
    )
    assert [t.label for t in units.subtasks] == ["a)", "b)"]
    review, summary = units.subtasks
    assert review.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=6, year=2024)
    )
    assert Assignment(role=Role.EXECUTE, actor="Các sở, ban, ngành") in review.assignments
    assert Assignment(role=Role.REPORT_TO, actor="UBND tỉnh") in review.assignments
    assert summary.deadline == PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2024)
    cited = doc.citations()
    assert (cited[0].kind, cited[0].title) == (KINDS.get("luat"), "Tổ chức chính quyền địa phương")
    assert cited[0].date == PartialDate(day=19, month=6, year=2015)
    assert cited[1].number is not None
    assert format_number(cited[1].number) == "30/2020/NĐ-CP"
    assert cited[1].subject == "công tác văn thư"
    (block,) = doc.signatures
    assert block.authorities == (
        Authority(mark=SigningMark.TM, applies_to="ỦY BAN NHÂN DÂN"),
        Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH"),
    )
    assert (block.title, block.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn An")
    assert doc.distribution == (
        Recipient(name="Như Điều 3"),
        Recipient(name="Bộ Nội vụ", purpose="để b/c"),
    )
    assert doc.archive is not None
    assert (doc.archive.units, doc.archive.copies) == (("VT", "NC"), 2)
    assert doc.printed is not None
    assert doc.printed.formula == "QUYẾT ĐỊNH:"  # the enacting formula, kept as printed
    skipped = [d for d in result.diagnostics if d.code == "line-skipped"]
    assert any("ỦY BAN NHÂN DÂN TỈNH BẮC NINH" in d.message for d in skipped)  # authority


PARTY_PLAN = """\
ĐẢNG CỘNG SẢN VIỆT NAM
TỈNH ỦY HẢI DƯƠNG
*
Số 15-KH/TU
Hải Dương, ngày 10 tháng 02 năm 2023

KHẨN
MẬT

KẾ HOẠCH
thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ, đảng viên.
2. Bảo đảm thiết thực, hiệu quả.
II. NỘI DUNG
1. Ban Tuyên giáo Tỉnh ủy:
- Chủ trì, phối hợp với các cơ quan liên quan hướng dẫn học tập chuyên đề;
- Tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy định kỳ 6 tháng.
2. Các huyện ủy, thành ủy báo cáo kết quả gửi Ban Tuyên giáo Tỉnh ủy chậm nhất ngày 15/12/2023.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ THƯỜNG TRỰC

Trần Văn Bình
"""


def test_party_plan_with_sections() -> None:
    doc = parse_text(PARTY_PLAN).instrument
    assert doc.regime is Regime.PARTY
    assert doc.kind == KINDS.get("ke-hoach")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.abbreviation) == ("TỈNH ỦY HẢI DƯƠNG", "TU")
    assert doc.number is not None
    assert format_number(doc.number) == "15-KH/TU"
    assert doc.date == PartialDate(day=10, month=2, year=2023)
    assert (doc.urgency, doc.secrecy) == (Urgency.URGENT, Secrecy.CONFIDENTIAL)
    assert doc.subject == "thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị"
    sections = doc.body.tasks
    assert [(t.label, t.text) for t in sections] == [
        ("I.", "MỤC ĐÍCH, YÊU CẦU"),
        ("II.", "NỘI DUNG"),
    ]
    assert [t.label for t in sections[0].subtasks] == ["1.", "2."]
    department, districts = sections[1].subtasks
    assert department.text == "Ban Tuyên giáo Tỉnh ủy:"
    assert [t.label for t in department.subtasks] == ["-", "-"]
    guide, summary = department.subtasks
    # an actor heading: its subtasks are the heading's to do
    assert guide.assignments == (
        Assignment(role=Role.LEAD, actor="Ban Tuyên giáo Tỉnh ủy"),
        Assignment(role=Role.COOPERATE, actor="các cơ quan liên quan"),
    )
    assert summary.recurrence is not None
    assert districts.deadline == DateDeadline(
        bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=15, month=12, year=2023)
    )
    assert Assignment(role=Role.REPORT_TO, actor="Ban Tuyên giáo Tỉnh ủy") in districts.assignments
    (block,) = doc.signatures
    assert block.authorities == (Authority(mark=SigningMark.TM, applies_to="BAN THƯỜNG VỤ"),)
    assert (block.title, block.name) == ("PHÓ BÍ THƯ THƯỜNG TRỰC", "Trần Văn Bình")


DISTRICT_LETTER = """\
ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN CHÂU THÀNH                          Độc lập - Tự do - Hạnh phúc
Số: 1234/UBND-VP                       Châu Thành, ngày 12 tháng 8 năm 2023
V/v triển khai thực hiện công tác
phòng, chống thiên tai năm 2023
Kính gửi:
- Trưởng các phòng, ban, ngành huyện;
- Chủ tịch UBND các xã, thị trấn.
Căn cứ Công văn số 567/UBND-KT ngày 01/8/2023 của UBND tỉnh về việc phòng, chống thiên tai;
Chủ tịch UBND huyện yêu cầu Thủ trưởng các cơ quan, đơn vị thực hiện tốt các nội dung sau:
1. Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan có liên quan\
 tham mưu UBND huyện kiện toàn Ban Chỉ huy phòng, chống thiên tai, hoàn thành trước ngày 30/8/2023.
2. UBND các xã, thị trấn:
a) Rà soát các khu vực có nguy cơ sạt lở;
b) Báo cáo kết quả về UBND huyện trước ngày 15/9/2023.
Yêu cầu Thủ trưởng các cơ quan, đơn vị triển khai thực hiện nghiêm túc./.
Nơi nhận:                                                    KT. CHỦ TỊCH
- Như trên;                                                  PHÓ CHỦ TỊCH
- TT. HU, TT. HĐND huyện (b/c);
- Lưu: VT.
                                                             Nguyễn Văn Bình
"""


def test_converted_letter_without_blank_lines() -> None:
    doc = parse_text(DISTRICT_LETTER).instrument
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.abbreviation) == (
        "ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH",
        "UBND",
    )
    assert (doc.place, doc.date) == ("Châu Thành", PartialDate(day=12, month=8, year=2023))
    assert doc.subject == "V/v triển khai thực hiện công tác phòng, chống thiên tai năm 2023"
    assert [a.name for a in doc.addressees] == [
        "Trưởng các phòng, ban, ngành huyện",
        "Chủ tịch UBND các xã, thị trấn",
    ]
    assert [p.text[:14] for p in doc.body.preamble] == ["Căn cứ Công vă"]
    assert [p.text[:14] for p in doc.body.background] == ["Chủ tịch UBND "]
    first, villages = doc.body.tasks
    assert first.assignments[0] == Assignment(
        role=Role.LEAD, actor="Phòng Nông nghiệp và Phát triển nông thôn"
    )
    assert first.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=30, month=8, year=2023)
    )
    assert [t.label for t in villages.subtasks] == ["a)", "b)"]
    for point in villages.subtasks:  # "2. UBND các xã, thị trấn:" heads its points
        assert point.assignments[0] == Assignment(role=Role.EXECUTE, actor="UBND các xã, thị trấn")
    (closing,) = doc.body.closing
    assert closing.assignments == (
        Assignment(role=Role.EXECUTE, actor="Thủ trưởng các cơ quan, đơn vị"),
    )
    (block,) = doc.signatures
    assert block.authorities == (Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH"),)
    assert (block.title, block.name) == ("PHÓ CHỦ TỊCH", "Nguyễn Văn Bình")
    assert doc.distribution[1] == Recipient(name="TT. HU, TT. HĐND huyện", purpose="b/c")


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("Số: /STC-VP", "/STC-VP"),
        ("Số: ......./KH-UBND", "/KH-UBND"),
        ("Số:    12/UBND-VX", "12/UBND-VX"),
        ("SỐ: 05/SY-UBND", "05/SY-UBND"),
        ("Số 15-CT/TU", "15-CT/TU"),
        ("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP"),
        ("Luật số: 80/2015/QH13", "80/2015/QH13"),
    ],
)
def test_number_lines_in_every_style(line: str, printed: str) -> None:
    doc = parse_text(f"SỞ NỘI VỤ\n{line}\nHà Nội, ngày 01 tháng 02 năm 2024\n").instrument
    assert doc.number is not None
    assert format_number(doc.number) == printed


def test_unreadable_number_line_is_a_warning_with_its_line() -> None:
    result = parse_text("SỞ NỘI VỤ\n\nSố: abc\n")
    assert result.instrument.number is None
    (warning,) = [d for d in result.diagnostics if d.code == "number-unreadable"]
    assert (warning.line, warning.severity) == (3, Severity.WARNING)


@pytest.mark.parametrize(
    ("dateline", "place", "date"),
    [
        ("Sóc Trăng, ngày    tháng 01 năm 2022", "Sóc Trăng", PartialDate(month=1, year=2022)),
        ("Hà Nội, ngày 26 tháng 11 năm 2021", "Hà Nội", PartialDate(day=26, month=11, year=2021)),
        ("TP. Hồ Chí Minh, ngày ... tháng ... năm 2024", "TP. Hồ Chí Minh", PartialDate(year=2024)),
    ],
)
def test_place_and_partial_dates(dateline: str, place: str, date: PartialDate) -> None:
    doc = parse_text(f"SỞ Y TẾ\nSố: /SYT-VP\n{dateline}\n").instrument
    assert (doc.place, doc.date) == (place, date)


def test_both_banner_spellings_and_handling_marks() -> None:
    for banner in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"):
        text = f"SỞ TÀI CHÍNH\n{banner}\nĐộc lập - Tự do - Hạnh phúc\nHỎA TỐC\nLƯU HÀNH NỘI BỘ\n"
        doc = parse_text(text).instrument
        assert doc.issuer is not None
        assert doc.issuer.name == "SỞ TÀI CHÍNH"  # the banner is not an issuer line
        assert (doc.urgency, doc.circulation) == (Urgency.FLASH, Circulation.INTERNAL)


def test_addressee_forms() -> None:
    one = parse_text("SỞ NỘI VỤ\nSố: 12/SNV-VP\nV/v họp\n\nKính gửi: Sở Tài chính.\n").instrument
    assert [a.name for a in one.addressees] == ["Sở Tài chính"]
    listed = parse_text(
        "SỞ NỘI VỤ\nSố: 12/SNV-VP\nV/v họp\n\nKính gửi:\n-Các sở, ban, ngành;\n"
        "- Ủy ban nhân dân các huyện,\nthành phố.\n\nĐề nghị các đơn vị thực hiện.\n"
    ).instrument
    assert [a.name for a in listed.addressees] == [
        "Các sở, ban, ngành",
        "Ủy ban nhân dân các huyện, thành phố",  # an entry wrapped onto the next line
    ]


@pytest.mark.parametrize(
    ("text", "entries"),
    [
        (
            "Sở Tài chính, Sở Nội vụ và Kho bạc Nhà nước tỉnh",
            ["Sở Tài chính", "Sở Nội vụ", "Kho bạc Nhà nước tỉnh"],
        ),
        ("các sở, ban, ngành, đoàn thể cấp tỉnh", ["các sở, ban, ngành, đoàn thể cấp tỉnh"]),
        ("các cơ quan, đơn vị; UBND các huyện", ["các cơ quan, đơn vị", "UBND các huyện"]),
        ("Giám đốc Sở, các phòng thuộc Sở", ["Giám đốc Sở", "các phòng thuộc Sở"]),
        ("Văn phòng Sở, tỉnh Cà Mau", ["Văn phòng Sở, tỉnh Cà Mau"]),
        (
            "Sở Giáo dục và Đào tạo, Sở Tài nguyên và Môi trường và Công an tỉnh",
            ["Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường", "Công an tỉnh"],
        ),
    ],
)
def test_actor_lists(text: str, entries: list[str]) -> None:
    assert split_actors(text) == entries


def test_closing_assignment_and_colon_introduced_items() -> None:
    text = (
        "SỞ Y TẾ\nSố: 10/SYT-NV\nV/v phòng chống dịch\n\n"
        "1. Tăng cường giám sát dịch bệnh.\n\n"
        "2. Tổ chức thực hiện như sau:\n\n"
        "Trung tâm Kiểm soát bệnh tật chủ trì triển khai.\n\n"
        "Giao Phòng Nghiệp vụ Y chủ trì, phối hợp với Thanh tra Sở kiểm tra việc thực hiện./.\n"
    )
    body = parse_text(text).instrument.body
    assert [t.label for t in body.tasks] == ["1.", "2."]
    # "... như sau:" introduces the next paragraphs: they stay in item 2, each giving
    # work to its own actor ...
    assert [(t.label, t.text[:18]) for t in body.tasks[1].subtasks] == [
        (None, "Trung tâm Kiểm soá"),
        (None, "Giao Phòng Nghiệp "),
    ]
    assert body.closing == ()
    # ... and without the colon the last paragraph would be a closing item
    plain = parse_text(text.replace("như sau:", "tốt.")).instrument.body
    assert [t.text[:18] for t in plain.closing] == ["Trung tâm Kiểm soá", "Giao Phòng Nghiệp "]
    giao = plain.closing[1]
    assert giao.assignments == (
        Assignment(role=Role.LEAD, actor="Phòng Nghiệp vụ Y"),
        Assignment(role=Role.COOPERATE, actor="Thanh tra Sở"),
    )


@pytest.mark.parametrize(
    ("sentence", "kind", "number", "issuer", "subject"),
    [
        (
            "theo Công văn số 6511/VP-VX ngày 09/12/2021 của Văn phòng Ủy ban nhân dân tỉnh.",
            "cong-van",
            "6511/VP-VX",
            "Văn phòng Ủy ban nhân dân tỉnh",
            None,
        ),
        (
            "thực hiện Nghị quyết số 76/NQ-CP ngày 15-7-2021 của Chính phủ; đổi mới",
            "nghi-quyet",
            "76/NQ-CP",
            "Chính phủ",
            None,
        ),
        (
            "tại Kế hoạch số 138/KH-UBND ngày 31/12/2019 về thực hiện Đề án văn hóa công vụ;",
            "ke-hoach",
            "138/KH-UBND",
            None,
            "thực hiện Đề án văn hóa công vụ",
        ),
        (
            "Căn cứ Thông tư 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức;",
            "thong-tu",
            "01/2011/TT-BNV",
            "Bộ Nội vụ",
            "hướng dẫn thể thức",
        ),
        (
            "Thực hiện Văn bản số 99/UBND-KT, ngày 02/01/2024 của UBND tỉnh về việc họp, Sở đề nghị:",
            None,
            "99/UBND-KT",
            "UBND tỉnh",
            "họp",
        ),
    ],
)
def test_citations_in_running_text(
    sentence: str, kind: str | None, number: str, issuer: str | None, subject: str | None
) -> None:
    text = f"SỞ NỘI VỤ\nSố: 1/SNV-VP\nV/v a\n\n1. Triển khai {sentence}\n"
    (citation,) = parse_text(text).instrument.body.tasks[0].citations
    assert citation.kind == (None if kind is None else KINDS.get(kind))
    assert citation.number is not None
    assert format_number(citation.number) == number
    assert (citation.issuer, citation.subject) == (issuer, subject)


def test_citations_once_per_instrument_with_their_lines() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV-VP\nV/v a\n\n"
        "1. Quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n\n"
        "2. Thực hiện Luật Cán bộ, công chức và Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ"
        " tướng Chính phủ.\n"
    )
    result = parse_text(text)
    assert len(result.instrument.citations()) == 2
    directive = [s for s in result.citations if s.citation.number is not None]
    assert [s.lines for s in directive] == [(5, 7)]
    law = [s.citation for s in result.citations if s.citation.number is None]
    assert [(c.kind, c.title) for c in law] == [(KINDS.get("luat"), "Cán bộ, công chức")]


def test_generic_mentions_and_self_references_are_not_citations() -> None:
    text = (
        "SỞ NỘI VỤ\nSố: 1/SNV-VP\nV/v a\n\n"
        "1. Quán triệt các nghị quyết của Đảng, thực hiện Công văn này và quy định của pháp luật.\n"
        "2. Báo cáo kết quả thực hiện về Sở Nội vụ.\n"
    )
    assert parse_text(text).instrument.citations() == ()


def test_stamp_footer_contact_and_appendices() -> None:
    text = (
        "UBND TỈNH CÀ MAU\nCÔNG VĂN ĐẾN\nSố: 215\nNgày: 03/4/2024\nChuyển: Phòng Tổng hợp\n\n"
        "SỞ XÂY DỰNG\nSố: 40/SXD-VP\nCà Mau, ngày 01 tháng 4 năm 2024\nV/v báo cáo\n\n"
        "Kính gửi: Ủy ban nhân dân tỉnh Cà Mau.\n\n"
        "Sở Xây dựng đề nghị các đơn vị báo cáo kết quả trước ngày 15/12/2024./.\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT, VP, NVA.(30).\n\nGIÁM ĐỐC\n\nLê Thị Hoa\n\n"
        "Địa chỉ: 12 Lê Lợi, Cà Mau\nĐiện thoại: 0290 3812345\n\n"
        "PHỤ LỤC I\nBiểu tổng hợp kết quả\n1. Số liệu\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.incoming is not None
    assert (doc.incoming.receiver, doc.incoming.number) == ("UBND TỈNH CÀ MAU", 215)
    assert doc.incoming.date == PartialDate(day=3, month=4, year=2024)
    assert doc.incoming.routing == "Phòng Tổng hợp"
    assert doc.issuer is not None
    assert doc.issuer.name == "SỞ XÂY DỰNG"
    assert doc.drafter == DrafterMark(initials="NVA", copies=30)
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "VP")
    assert doc.contact == Contact(address="12 Lê Lợi, Cà Mau", phone="0290 3812345")
    assert doc.appendices == (Appendix(label="PHỤ LỤC I", title="Biểu tổng hợp kết quả"),)
    assert "appendix-skipped" in {d.code for d in result.diagnostics}
    # no numbered list: the paragraph that directs is an unlabelled task
    (task,) = doc.body.tasks
    assert task.label is None
    assert task.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=12, year=2024)
    )
    assert task.assignments == (Assignment(role=Role.EXECUTE, actor="các đơn vị"),)


def test_markup_and_web_furniture_are_removed() -> None:
    text = (
        "| **SỞ NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |\n"
        "|---|---|\n"
        "| Số: 12/SNV-VP | Độc lập - Tự do - Hạnh phúc |\n\n"
        "# V/v *tăng cường* kỷ cương<br>hành chính\n\n"
        "1. Thực hiện nghiêm kỷ luật.\n\n"
        "Chia sẻ\n{name} - {time}\n0 bình luận\nTin mới nhất\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "SỞ NỘI VỤ"
    assert doc.number is not None
    assert format_number(doc.number) == "12/SNV-VP"
    assert doc.subject == "V/v tăng cường kỷ cương hành chính"
    assert [t.text for t in doc.body.tasks] == ["Thực hiện nghiêm kỷ luật."]
    codes = {d.code for d in result.diagnostics}
    assert {"markup-removed", "boilerplate-removed", "web-tail-removed"} <= codes


def test_legacy_encodings_are_detected() -> None:
    tcvn3 = (
        "UBND tØnh Sãc Tr¨ng\nSë Tµi chÝnh\n"
        "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\n"
    )
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam Ñoäc laäp - Töï do - Haïnh phuùc"
    assert detect_legacy_encoding(tcvn3) == "TCVN3"
    assert detect_legacy_encoding(vni) == "VNI"
    assert detect_legacy_encoding("Cộng hòa xã hội chủ nghĩa Việt Nam") is None


def test_legacy_font_text_is_converted_and_read() -> None:
    # A công văn typed in .VnTime / .VnTimeH (TCVN3), as its PDF text layer shows it, with
    # an arrow from a symbol font no legacy byte holds; typed byte by byte.
    tcvn3 = (
        "UBND TØNH SãC TR¡NG\nSë TµI CHÝNH\nSè: 12/STC-NS\n"
        "V/v b¸o c¸o quyÕt to¸n \u2192 n¨m 2024\n"
        "CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\n"
        "Sãc Tr¨ng, ngµy 05 th¸ng 3 n¨m 2025\n"
        "KÝnh göi: C¸c së, ban, ngµnh tØnh.\n"
    )
    result = parse_text(tcvn3)
    (said,) = [d for d in result.diagnostics if d.code == "legacy-encoding"]
    assert said.severity is Severity.WARNING
    assert "TCVN3" in said.message
    doc = result.instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "SỞ TÀI CHÍNH"
    assert doc.place == "Sóc Trăng"
    assert doc.subject == "V/v báo cáo quyết toán \u2192 năm 2024"


def test_legacy_looking_text_that_reads_in_no_encoding_is_said() -> None:
    marks = "µ¸¶·¹ ¨»¾¼½ ©®ª«¬ " * 3 + "Cộng hòa xã hội"
    (error,) = [d for d in parse_text(marks).diagnostics if d.code == "legacy-encoding"]
    assert error.severity is Severity.ERROR


def test_eth_look_alike_and_nfd_input_read_as_nfc() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "ÐẢNG ỦY XÃ AN BÌNH\nSố 05-CT/ÐU\n")
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "ĐẢNG ỦY XÃ AN BÌNH"  # U+0110, composed
    assert doc.number is not None
    assert format_number(doc.number) == "05-CT/ĐU"
    assert doc.regime is Regime.PARTY


@pytest.mark.parametrize("garbage", ["", "   \n\n\t", "\x00\x01\x02", "|||***", "{name}"])
def test_garbage_gives_an_empty_instrument_and_says_why(garbage: str) -> None:
    result = parse_text(garbage)
    assert result.instrument.regime is Regime.STATE
    assert result.instrument.body.tasks == ()
    assert "empty" in {d.code for d in result.diagnostics}


def test_non_text_input_is_a_diagnostic() -> None:
    result = parse_text(b"bytes")  # type: ignore[arg-type]
    assert [d.code for d in result.diagnostics] == ["not-text"]


@pytest.mark.parametrize(
    ("formula", "printed", "fires"),
    [
        ("QUYẾT ĐỊNH:", "QUYẾT ĐỊNH:", False),
        ("**QUYẾT ĐỊNH:**", "QUYẾT ĐỊNH:", False),  # a page's bold markup is not the print's
        ("Quyết định :", "Quyết định :", True),
        ("QUYẾT ĐỊNH", "QUYẾT ĐỊNH", True),
        ("", None, True),
    ],
)
def test_the_enacting_formula_is_kept_as_printed(
    formula: str, printed: str | None, fires: bool
) -> None:
    # NĐ 30 Phụ lục I mục II.6 điểm a: QUYẾT ĐỊNH: alone on its line after the bases; a
    # state decision (no year in its number: not a legal normative text) is checked for it.
    text = DECISION.replace("27/2024/QĐ-UBND", "27/QĐ-UBND").replace("QUYẾT ĐỊNH:", formula)
    result = parse_text(text)
    assert result.instrument.printed is not None
    assert result.instrument.printed.formula == printed
    assert result.instrument.body.tasks[0].label == "Điều 1."
    found = {d.code for d in check(result, today=datetime.date(2024, 6, 1))}
    assert ("VN-BODY-007" in found) is fires


@pytest.mark.parametrize(
    ("line", "printed", "fires"),
    [
        ("Số: 27/QĐ–UBND", "Số: 27/QĐ–UBND", True),
        ("Số: 27   /QĐ—UBND", "Số: 27 /QĐ—UBND", True),  # the spaces as read, the dash printed
        ("Số: 27/QĐ-UBND", "Số: 27/QĐ-UBND", False),
    ],
)
def test_the_number_line_keeps_the_dashes_it_prints(line: str, printed: str, fires: bool) -> None:
    # The cleanup reads an en dash between letters as the symbol's hyphen, so the number is
    # read; the number line's print keeps the dash for VN-NUM-009 (NĐ 30 mục II.3 điểm b).
    text = DECISION.replace("Số: 27/2024/QĐ-UBND", line)
    result = parse_text(text)
    doc = result.instrument
    assert doc.number is not None
    assert (doc.number.number, doc.number.kind_abbreviation) == ("27", "QĐ")
    assert doc.number.issuer_abbreviation == "UBND"
    assert doc.printed is not None
    assert doc.printed.number == printed
    found = {d.code for d in check(result, today=datetime.date(2024, 6, 1))}
    assert ("VN-NUM-009" in found) is fires
