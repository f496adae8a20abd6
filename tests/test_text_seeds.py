"""The text parser on the four seed documents: golden values read from ``seeds/*.txt``.

Every expected value below was typed from reading the seed text (instruments.md section 7
lists what each seed shows), not copied from the parser.  The last tests compare the
parsed instruments with the hand-built ones in :mod:`vnadmin.samples`, field by field.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reading import codes as _codes
from vnadmin._walk import differences
from vnadmin.grammar import format_number
from vnadmin.model import (
    KINDS,
    Assignment,
    Authority,
    Citation,
    DateDeadline,
    DeadlineBound,
    Frequency,
    IncomingStamp,
    Instrument,
    NumberStyle,
    PartialDate,
    Recipient,
    Regime,
    Reporting,
    Role,
    SigningMark,
    Task,
)
from vnadmin.samples import SEEDS
from vnadmin.text import ParseResult, Severity, parse_text

SEED_DIR = Path(__file__).resolve().parent.parent / "src" / "vnadmin" / "seeds"


def _parse(code: str) -> ParseResult:
    (path,) = SEED_DIR.glob(f"{code}_*.txt")
    return parse_text(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def seed_000() -> ParseResult:
    return _parse("000")


@pytest.fixture(scope="module")
def seed_001() -> ParseResult:
    return _parse("001")


@pytest.fixture(scope="module")
def seed_003() -> ParseResult:
    return _parse("003")


@pytest.fixture(scope="module")
def seed_004() -> ParseResult:
    return _parse("004")


def _starts(tasks: tuple[Task, ...], *openings: str) -> None:
    assert len(tasks) == len(openings)
    for task, opening in zip(tasks, openings, strict=True):
        assert task.text.startswith(opening), (task.label, task.text[:60])


def _execute(*actors: str) -> tuple[Assignment, ...]:
    return tuple(Assignment(role=Role.EXECUTE, actor=actor) for actor in actors)


def _cited(
    citation: Citation,
    kind: str | None,
    number: str | None,
    date: tuple[int, int, int] | None,
    issuer: str | None,
) -> None:
    assert citation.kind == (None if kind is None else KINDS.get(kind))
    assert (format_number(citation.number) if citation.number else None) == number
    assert citation.date == (
        None if date is None else PartialDate(day=date[0], month=date[1], year=date[2])
    )
    assert citation.issuer == issuer


# Seed 000: công văn of Sở Tài chính Sóc Trăng --------------------------------------------

_000_ADDRESSEES = (
    "Chánh Văn phòng",
    "Chánh Thanh tra",
    "Trưởng các phòng chuyên môn thuộc Sở Tài chính, tỉnh Sóc Trăng",
)


def test_000_header(seed_000: ParseResult) -> None:
    doc = seed_000.instrument
    assert doc.regime is Regime.STATE
    assert doc.kind == KINDS.get("cong-van")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.abbreviation) == ("SỞ TÀI CHÍNH", "STC")
    assert doc.issuer.parent is not None
    assert doc.issuer.parent.name == "UBND TỈNH SÓC TRĂNG"
    assert doc.number is not None
    assert doc.number.number is None  # Số: /STC-VP
    assert (doc.number.issuer_abbreviation, doc.number.extra_parts) == ("STC", ("VP",))
    assert doc.number.style is NumberStyle.STATE
    assert doc.place == "Sóc Trăng"
    assert doc.date == PartialDate(month=1, year=2022)
    assert doc.subject == (
        "V/v tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền"
        " các cấp trong tình hình mới"
    )
    # One Kính gửi line naming three addressees, split (docs/text.md)
    assert tuple(a.name for a in doc.addressees) == _000_ADDRESSEES
    assert doc.incoming is None
    assert doc.reported is None


def test_000_body(seed_000: ParseResult) -> None:
    body = seed_000.instrument.body
    assert [p.text[:30] for p in body.preamble] == [
        "Thực hiện ý kiến chỉ đạo của đ",
        "Thực hiện Chỉ thị số 33/CT-TTg",
    ]
    assert [p.text[:25] for p in body.background] == ["Để tiếp tục thực hiện tốt"]
    assert [t.label for t in body.tasks] == ["1.", "2.", "3.", "4.", "5."]
    _starts(
        body.tasks,
        "Triển khai thực hiện Quyết định số 23-QĐ/TW",
        "Quán triệt các chủ trương",
        "Đẩy mạnh công tác tuyên truyền",
        "Triển khai có hiệu quả Chương trình tổng thể",
        "Thực hiện nghiêm túc quy định về đạo đức công vụ",
    )
    for task in body.tasks:  # no actor of its own: the addressees carry it out
        assert task.assignments == _execute(*_000_ADDRESSEES)
        assert task.deadline is None
    (closing,) = body.closing
    assert closing.label is None
    assert closing.text.startswith("Căn cứ nội dung Công văn này")
    assert closing.assignments == (
        *_execute("Chánh Văn phòng", "Chánh Thanh tra", "Trưởng các phòng chuyên môn thuộc Sở"),
        Assignment(role=Role.ADVISE, actor="Văn phòng"),
    )


def test_000_citations(seed_000: ParseResult) -> None:
    cited = seed_000.instrument.citations()
    assert len(cited) == 10
    _cited(cited[0], "cong-van", "6511/VP-VX", (9, 12, 2021), "Văn phòng Ủy ban nhân dân tỉnh")
    _cited(cited[1], "chi-thi", "33/CT-TTg", (26, 11, 2021), "Thủ tướng Chính phủ")
    _cited(cited[2], "nghi-quyet", None, None, "Đảng")
    assert cited[2].title == "Đại hội đại biểu toàn quốc lần thứ XIII"
    _cited(cited[3], "quyet-dinh", "23-QĐ/TW", (30, 7, 2021), "Bộ Chính trị")
    assert cited[3].subject == "Quy chế công tác dân vận của hệ thống chính trị"
    _cited(cited[4], "ket-luan", "114-KL/TW", (14, 7, 2015), "Ban Bí thư Trung ương Đảng")
    _cited(cited[5], "quy-che", "08-QC/TU", (29, 9, 2021), "Tỉnh ủy Sóc Trăng")
    _cited(cited[6], "ket-luan", "01-KL/TW", (18, 5, 2021), "Bộ Chính trị")
    _cited(cited[7], "chi-thi", "05-CT/TW", (15, 5, 2016), "Bộ Chính trị")
    _cited(cited[8], "chuong-trinh", None, None, None)
    assert cited[8].title == "tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030"
    _cited(cited[9], "nghi-quyet", "76/NQ-CP", (15, 7, 2021), "Chính phủ")
    lines = {
        format_number(s.citation.number): s.lines for s in seed_000.citations if s.citation.number
    }
    assert lines["33/CT-TTg"] == (19,)
    assert lines["76/NQ-CP"] == (29,)


def test_000_footer(seed_000: ParseResult) -> None:
    doc = seed_000.instrument
    (block,) = doc.signatures
    assert block.authorities == ()
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Dương Thị Kim Thúy")
    assert doc.distribution == (Recipient(name="Như trên"), Recipient(name="Ban Giám đốc"))
    assert doc.archive is not None
    assert doc.archive.units == ("VP",)


# Seed 001: công văn of Sở Nội vụ Tuyên Quang without issuer lines -------------------------


def test_001_header(seed_001: ParseResult) -> None:
    doc = seed_001.instrument
    assert doc.regime is Regime.STATE
    assert doc.kind == KINDS.get("cong-van")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.abbreviation, doc.issuer.parent) == (
        "Sở Nội vụ",
        "SNV",
        None,
    )
    inferred = [d for d in seed_001.diagnostics if d.code == "issuer-inferred"]
    assert inferred
    assert inferred[0].severity is Severity.WARNING
    assert doc.number is not None
    assert format_number(doc.number) == "/SNV-XDCQ&CTTN"
    assert doc.place == "Tuyên Quang"
    assert doc.date == PartialDate(month=6, year=2024)
    assert doc.subject == (
        "V/v tăng cường triển khai thực hiện công tác dân vận của cơ quan hành chính nhà nước"
        " và chính quyền các cấp"
    )
    assert [a.name for a in doc.addressees] == [
        "Các sở, ban, ngành",
        "Công an tỉnh",
        "Bộ Chỉ huy quân sự tỉnh",
        "Ủy ban nhân dân huyện, thành phố",
    ]


def test_001_tasks(seed_001: ParseResult) -> None:
    body = seed_001.instrument.body
    assert [p.text[:26] for p in body.preamble] == ["Thực hiện Văn bản số 2206/"]
    assert body.background == ()
    _starts(
        body.tasks,
        "Thường xuyên quán triệt",
        "Các cơ quan, đơn vị, địa phương cần",
        "Tiếp tục thực hiện tốt phong trào",
        "Tổ chức triển khai thực hiện có hiệu quả",
        "Tổ chức thực hiện tốt Luật",
        "Xây dựng và thực hiện tốt văn hóa công sở",
        "Chủ động phối hợp, tạo điều kiện",
        "Định kỳ hằng năm các sở",
    )
    third, seventh, eighth = body.tasks[2], body.tasks[6], body.tasks[7]
    assert "khuyến khích các tầng lớp nhân dân phát huy" in third.text  # page break joined
    assert "(khóa XI) “Quy định về việc" in seventh.text
    assert body.tasks[1].assignments == _execute("Các cơ quan, đơn vị, địa phương")
    assert eighth.assignments == (
        *_execute("các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"),
        Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ"),
    )
    assert eighth.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)
    )
    assert eighth.recurrence is Frequency.YEARLY
    assert eighth.attachment_notes == ("có đề cương đính kèm",)
    (closing,) = body.closing
    assert closing.text.startswith("Trong quá trình triển khai")
    assert closing.assignments == _execute("các cơ quan, đơn vị", "UBND các huyện, thành phố")


def test_001_citations(seed_001: ParseResult) -> None:
    cited = seed_001.instrument.citations()
    assert len(cited) == 16
    _cited(cited[0], None, "2206/UBND-NC", (23, 5, 2024), "Ủy ban nhân dân tỉnh")
    assert cited[0].subject == "thực hiện Văn bản số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ"
    _cited(cited[1], None, "2748/BNV-CTTN", (17, 5, 2024), "Bộ Nội vụ")
    _cited(cited[2], "chi-thi", "33/CT-TTg", (26, 11, 2021), "Chính phủ")
    _cited(
        cited[3],
        "chuong-trinh",
        "03-CTr/BDVTW-BCSĐCP",
        (15, 12, 2021),
        "Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ",
    )
    _cited(cited[4], "ket-luan", "01-KL/TW", (18, 5, 2021), "Bộ Chính trị")
    _cited(cited[5], "chi-thi", "05-CT/TW", (15, 5, 2016), "Bộ chính trị")
    assert (
        cited[5].subject == "đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    )
    assert [c.title for c in cited[6:8]] == [
        "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
        "đẩy mạnh cải cách hành chính xây dựng Chính quyền điện tử, hướng tới chính quyền số"
        " tỉnh Tuyên Quang giai đoạn 2021-2025, định hướng đến năm 2030",
    ]
    _cited(cited[8], "nghi-quyet", None, None, "Ủy ban Thường vụ Quốc hội")
    assert [(c.kind, c.title) for c in cited[9:11]] == [
        (KINDS.get("luat"), "Thực hiện dân chủ cơ sở"),
        (KINDS.get("luat"), "tiếp cận thông tin"),
    ]
    _cited(cited[11], "ke-hoach", "138/KH-UBND", (31, 12, 2019), None)
    _cited(cited[12], "quyet-dinh", "27/2008/QĐ-UBND", (24, 12, 2008), "UBND tỉnh")
    assert cited[12].number is not None
    assert cited[12].number.style is NumberStyle.LEGAL
    _cited(cited[13], "ke-hoach", "98/KH-UBND", (8, 8, 2019), "Ủy ban nhân dân tỉnh")
    _cited(cited[14], "quyet-dinh", "217-QĐ/TW", None, "Bộ Chính trị")
    _cited(cited[15], "quyet-dinh", "218-QĐ/TW", None, "Bộ Chính trị")
    assert (cited[14].term, cited[15].term) == ("khóa XI", "khóa XI")


def test_001_footer(seed_001: ParseResult) -> None:
    doc = seed_001.instrument
    (block,) = doc.signatures
    assert block.authorities == (Authority(mark=SigningMark.KT, applies_to="GIÁM ĐỐC"),)
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", "Vũ Ngọc Khánh")
    assert [r.name for r in doc.distribution] == ["Như trên", "UBND tỉnh", "Giám đốc, Phó GD Sở"]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "XDCQ&CTTN")
    assert "markup-removed" in _codes(seed_001)


# Seed 003: a Party chỉ thị as received by Sở Tài chính Hải Dương ---------------------------

_003_LEAD_IN = (
    "các cấp ủy đảng",
    "chính quyền",
    "Mặt trận Tổ quốc",
    "các tổ chức chính trị - xã hội",
    "thủ trưởng các sở, ban, ngành trong tỉnh",
)


def test_003_header_and_stamp(seed_003: ParseResult) -> None:
    doc = seed_003.instrument
    assert doc.regime is Regime.PARTY
    assert doc.kind == KINDS.get("chi-thi")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("BAN THƯỜNG VỤ TỈNH ỦY", None)
    assert (doc.number, doc.place, doc.date) == (None, None, None)
    assert doc.subject == (
        "về tiếp tục đổi mới, tăng cường công tác dân vận của cơ quan nhà nước và chính quyền"
        " các cấp trong tình hình mới"
    )
    assert doc.addressees == ()
    assert doc.incoming == IncomingStamp(
        receiver="SỞ TÀI CHÍNH HẢI DƯƠNG",
        number=4689,
        date=PartialDate(day=21, month=5, year=2022),
        routing="21/5/2022",
    )
    assert {"incoming-stamp", "issuer-from-title", "regime-inferred"} <= _codes(seed_003)


def test_003_body(seed_003: ParseResult) -> None:
    body = seed_003.instrument.body
    assert body.preamble == ()
    assert [p.text.split(",")[0] for p in body.background] == [
        "Trong những năm qua",
        "Tuy nhiên",
        "Để tiếp tục đổi mới",
    ]
    _starts(
        body.tasks,
        "Xác định rõ công tác dân vận",
        "Tiếp tục quán triệt",
        "Tổ chức triển khai, thực hiện tốt Quy chế",
        "Tăng cường cải cách hành chính",
        "Tăng cường công tác tiếp dân",
        "Thực hiện nghiêm Quy chế dân chủ",
        "Nâng cao vai trò",
        "Tăng cường công tác kiểm tra",
        "Các cơ quan truyền thông",
        "Hằng năm, các cơ quan nhà nước",
    )
    assert [t.label for t in body.tasks][-1] == "10."
    assert "lấy ý kiến cộng đồng, phản biện khoa học" in body.tasks[5].text  # page break
    assert body.tasks[0].assignments == _execute(*_003_LEAD_IN)  # the lead-in's units
    assert body.tasks[8].assignments == _execute("Các cơ quan truyền thông")
    assert body.tasks[9].recurrence is Frequency.YEARLY
    assert body.tasks[9].assignments == _execute(
        "các cơ quan nhà nước và chính quyền các cấp", "đơn vị sự nghiệp công lập"
    )
    giao, disseminate = body.closing
    assert giao.text.startswith("Giao Ban Dân vận Tỉnh ủy chủ trì")
    assert giao.assignments == (
        Assignment(role=Role.LEAD, actor="Ban Dân vận Tỉnh ủy"),
        Assignment(role=Role.COOPERATE, actor="các cơ quan liên quan"),
    )
    assert disseminate.text == "Chỉ thị này phổ biến đến Chi bộ."
    assert disseminate.assignments == ()


def test_003_citations_and_footer(seed_003: ParseResult) -> None:
    doc = seed_003.instrument
    assert [(c.kind, c.title) for c in doc.citations()[:3]] == [
        (
            KINDS.get("quy-che"),
            "tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân",
        ),
        (KINDS.get("quy-che"), "công tác dân vận của hệ thống chính trị"),
        (KINDS.get("quy-che"), "dân chủ ở cơ sở"),
    ]
    regulation = doc.citations()[3]
    _cited(regulation, "quy-dinh", None, None, "Ủy ban nhân dân tỉnh")
    assert regulation.subject is not None
    assert regulation.subject.startswith("Tiêu chí, thang điểm")
    (block,) = doc.signatures
    assert (block.authorities, block.title, block.name) == ((), None, "Phạm Xuân Thăng")
    assert doc.distribution[0] == Recipient(name="Văn phòng Trung ương Đảng", purpose="để báo cáo")
    assert [r.name for r in doc.distribution[1:]] == [
        "Ban Dân vận Trung ương",
        "Ban Thường vụ Tỉnh ủy",
        "Các ban, BCS đảng, đảng đoàn",
        "Các sở, ngành, MTTQ, các tổ chức chính trị - xã hội tỉnh",
        "Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc TU",
    ]
    assert doc.archive is not None
    assert doc.archive.units == ("Văn phòng Tỉnh ủy",)


# Seed 004: a news article reporting a directive --------------------------------------------

_004_ADDRESSEES = (
    "các sở, ban, ngành, đoàn thể cấp tỉnh",
    "UBND các huyện, thị xã, thành phố trong tỉnh",
)


def test_004_reported_instrument(seed_004: ParseResult) -> None:
    doc = seed_004.instrument
    assert doc.reported == Reporting(
        source="Baothanhhoa.vn",
        title="Triển khai thực hiện chủ đề “Năm đẩy mạnh phong trào thi đua Dân vận khéo”",
    )
    assert doc.regime is Regime.STATE
    assert doc.kind is None  # "văn bản chỉ đạo" names no kind
    assert doc.issuer is not None
    assert doc.issuer.name == "UBND tỉnh Thanh Hóa"
    assert tuple(a.name for a in doc.addressees) == _004_ADDRESSEES
    assert (doc.body.preamble, doc.body.background, doc.signatures) == ((), (), ())
    _starts(
        doc.body.tasks,
        "Theo đó, UBND tỉnh yêu cầu",
        "Tăng cường các hoạt động tuyên truyền",
        "Đẩy mạnh phong trào thi đua",
        "Tập trung hoàn thiện thể chế",
        "Thường xuyên tiếp xúc, đối thoại",
        "Thực hiện tốt việc lấy ý kiến",
        "Tăng cường kỷ luật, kỷ cương",
        "Tăng cường công tác kiểm tra, thanh tra",
        "Phối hợp với Ban Dân vận",
    )
    assert all(task.label is None for task in doc.body.tasks)
    assert doc.body.tasks[0].assignments == _execute(
        "các sở ban, ngành, đoàn thể cấp tỉnh", "UBND các huyện, thị xã, thành phố"
    )
    assert doc.body.tasks[1].assignments == _execute(*_004_ADDRESSEES)
    assert Assignment(role=Role.COOPERATE, actor="Ban Dân vận cấp ủy cùng cấp") in (
        doc.body.tasks[8].assignments
    )
    assert {"reported", "repeated-paragraph", "caption-skipped", "boilerplate-removed"} <= (
        _codes(seed_004)
    )


def test_004_citations(seed_004: ParseResult) -> None:
    cited = seed_004.instrument.citations()
    assert [(c.kind, c.title) for c in cited if c.number is None] == [
        (KINDS.get("chuong-trinh"), "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030"),
        (KINDS.get("luat"), "Tiếp cận thông tin"),
        (KINDS.get("luat"), "Tiếp công dân"),
    ]
    (resolution,) = [c for c in cited if c.number is not None]
    _cited(resolution, "nghi-quyet", "76/NQ-CP", (15, 7, 2021), "Chính phủ")


# The hand-built samples ----------------------------------------------------------------------


@pytest.mark.parametrize("code", ["000", "001", "003", "004"])
def test_parsed_seed_matches_the_hand_built_sample(code: str) -> None:
    parsed: Instrument = _parse(code).instrument
    assert differences(parsed, SEEDS[code]) == ()


@pytest.mark.parametrize("code", ["000", "001", "003", "004"])
def test_seeds_parse_without_errors(code: str) -> None:
    result = _parse(code)
    assert not [d for d in result.diagnostics if d.severity is Severity.ERROR]


def test_a_named_citation_with_a_number_is_not_reported_as_cited_by_name() -> None:
    # 001: "Chương trình phối hợp số 03-CTr/BDVTW-BCSĐCP ..." has a name and a number.
    by_name = [d.message for d in _parse("001").diagnostics if d.code == "citation-by-name"]
    assert by_name  # the laws and programmes cited by name alone are still reported
    assert not any("03-CTr" in message for message in by_name)
