"""The hand-built seed instruments against the seed documents they were read from.

Expected values are typed here from reading ``seeds/*.txt``, and a few dumb scans of the
files tie ``vnadmin.samples`` to the real documents: every string the samples hold is in
the text, and the numbered items the text shows are the tasks the samples hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from vnadmin.grammar import format_number
from vnadmin.model import (
    Assignment,
    Authority,
    Citation,
    DateDeadline,
    DeadlineBound,
    DocumentNumber,
    Frequency,
    IncomingStamp,
    Instrument,
    NumberStyle,
    PartialDate,
    Regime,
    Reporting,
    Role,
    SigningMark,
    Task,
)
from vnadmin.samples import SEED_000, SEED_001, SEED_003, SEED_004, SEEDS

SEED_DIR = Path(__file__).resolve().parent.parent / "src" / "vnadmin" / "seeds"


def seed_text(code: str) -> str:
    (path,) = SEED_DIR.glob(f"{code}_*.txt")
    return path.read_text(encoding="utf-8")


def cleaned(text: str) -> str:
    """The seed text without markdown and table remnants, white space collapsed."""
    return re.sub(r"\s+", " ", text.replace("*", "").replace("|", ""))


def first_words(text: str, count: int) -> str:
    return " ".join(text.split()[:count])


# Numbers typed from the text ------------------------------------------------------------


def state(number: str | None, issuer: str, *extra: str, kind: str | None = None) -> DocumentNumber:
    return DocumentNumber(
        number=number, kind_abbreviation=kind, issuer_abbreviation=issuer, extra_parts=extra
    )


def party(number: str, kind: str, issuer: str, *extra: str) -> DocumentNumber:
    return DocumentNumber(
        number=number,
        kind_abbreviation=kind,
        issuer_abbreviation=issuer,
        extra_parts=extra,
        style=NumberStyle.PARTY,
    )


def legal(number: str, year: int, kind: str, issuer: str) -> DocumentNumber:
    return DocumentNumber(
        number=number,
        year=year,
        kind_abbreviation=kind,
        issuer_abbreviation=issuer,
        style=NumberStyle.LEGAL,
    )


# The seed set ----------------------------------------------------------------------------


def test_the_four_seeds_are_registered() -> None:
    assert SEEDS == {"000": SEED_000, "001": SEED_001, "003": SEED_003, "004": SEED_004}
    assert all(isinstance(seed, Instrument) for seed in SEEDS.values())
    assert sorted(path.name[:3] for path in SEED_DIR.glob("*.txt")) == sorted(SEEDS)


def strings_of(seed: Instrument) -> Iterator[tuple[str, str]]:
    """Every piece of text a seed holds, with where it is held."""
    if seed.subject:
        yield "subject", seed.subject
    if seed.issuer:
        yield "issuer", seed.issuer.name
        if seed.issuer.parent:
            yield "issuer parent", seed.issuer.parent.name
    for addressee in seed.addressees:
        yield "addressee", addressee.name
    for paragraph in (*seed.body.preamble, *seed.body.background):
        yield "paragraph", paragraph.text
    for task in seed.body.all_tasks():
        yield f"task {task.label}", task.text
        for assignment in task.assignments:
            yield f"actor of task {task.label}", assignment.actor
        for note in task.attachment_notes:
            yield f"attachment note of task {task.label}", note
    for citation in seed.citations():
        for field in ("title", "issuer", "term", "subject"):
            value = getattr(citation, field)
            if value is not None:
                yield f"citation {field}", value
    for block in seed.signatures:
        for authority in block.authorities:
            yield "authority", authority.applies_to
        for value in (block.title, block.name):
            if value is not None:
                yield "signature", value
    for recipient in seed.distribution:
        yield "recipient", recipient.name
        if recipient.purpose is not None:
            yield "purpose", recipient.purpose
    if seed.archive:
        for unit in seed.archive.units:
            yield "archive unit", unit
    if seed.incoming:
        yield "incoming receiver", seed.incoming.receiver
    if seed.reported and seed.reported.title:
        yield "reported title", seed.reported.title


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_every_string_a_seed_holds_is_in_its_document(code: str) -> None:
    document = cleaned(seed_text(code))
    held = list(strings_of(SEEDS[code]))
    assert len(held) > 20
    missing = [(where, text) for where, text in held if text not in document]
    assert missing == []


@pytest.mark.parametrize("code", ["000", "001", "003"])
def test_numbered_items_of_the_document_are_the_tasks(code: str) -> None:
    # A dumb scan: lines that start with "N. " and the two words after the label.
    found = re.findall(r"^(\d+)\. (\S+ \S+)", seed_text(code), flags=re.MULTILINE)
    held = [(task.label, first_words(task.text, 2)) for task in SEEDS[code].body.tasks]
    assert held == [(f"{label}.", words) for label, words in found]


def test_reported_tasks_are_the_glued_paragraphs_of_the_article() -> None:
    # The article lost the spaces between its paragraphs: split where a sentence end is
    # followed at once by the next word.
    (operative,) = [line for line in seed_text("004").splitlines() if line.startswith("Theo đó")]
    paragraphs = re.split(r"(?<=[.…])(?=\S)", operative.strip())
    assert [task.text for task in SEED_004.body.tasks] == paragraphs


def test_page_breaks_are_joined_back() -> None:
    tasks_001 = {task.label: task.text for task in SEED_001.body.tasks}
    assert "khuyến khích các tầng lớp nhân dân phát huy" in tasks_001["3."]
    assert "của Bộ Chính trị (khóa XI) “Quy định về việc" in tasks_001["7."]
    tasks_003 = {task.label: task.text for task in SEED_003.body.tasks}
    assert "lấy ý kiến cộng đồng, phản biện khoa học" in tasks_003["6."]
    for seed in SEEDS.values():
        for task in seed.body.all_tasks():
            assert "\n" not in task.text
            assert "  " not in task.text
            assert "*" not in task.text


# First words of every task, typed from the documents -------------------------------------

FIRST_WORDS = {
    "000": [
        "Triển khai thực hiện Quyết định",
        "Quán triệt các chủ trương,",
        "Đẩy mạnh công tác tuyên truyền,",
        "Triển khai có hiệu quả",
        "Thực hiện nghiêm túc quy định",
    ],
    "001": [
        "Thường xuyên quán triệt, triển khai",
        "Các cơ quan, đơn vị,",
        "Tiếp tục thực hiện tốt",
        "Tổ chức triển khai thực hiện",
        "Tổ chức thực hiện tốt",
        "Xây dựng và thực hiện",
        "Chủ động phối hợp, tạo",
        "Định kỳ hằng năm các",
    ],
    "003": [
        "Xác định rõ công tác",
        "Tiếp tục quán triệt và",
        "Tổ chức triển khai, thực",
        "Tăng cường cải cách hành",
        "Tăng cường công tác tiếp",
        "Thực hiện nghiêm Quy chế",
        "Nâng cao vai trò, trách",
        "Tăng cường công tác kiểm",
        "Các cơ quan truyền thông",
        "Hằng năm, các cơ",
    ],
    "004": [
        "Theo đó, UBND tỉnh yêu",
        "Tăng cường các hoạt động",
        "Đẩy mạnh phong trào thi",
        "Tập trung hoàn thiện thể",
        "Thường xuyên tiếp xúc, đối",
        "Thực hiện tốt việc lấy",
        "Tăng cường kỷ luật, kỷ",
        "Tăng cường công tác kiểm",
        "Phối hợp với Ban Dân",
    ],
}
CLOSING_FIRST_WORDS = {
    "000": ["Căn cứ nội dung Công"],
    "001": ["Trong quá trình triển khai"],
    "003": ["Giao Ban Dân vận Tỉnh", "Chỉ thị này phổ biến"],
    "004": [],
}
LABELLED = {"000": True, "001": True, "003": True, "004": False}


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_tasks_in_order_with_their_first_words(code: str) -> None:
    body = SEEDS[code].body
    expected = FIRST_WORDS[code]
    assert len(body.tasks) == len(expected)
    for index, (task, words) in enumerate(zip(body.tasks, expected, strict=True), start=1):
        assert first_words(task.text, len(words.split())) == words
        assert task.label == (f"{index}." if LABELLED[code] else None)
        assert task.subtasks == ()
    closing = [first_words(task.text, 4) for task in body.closing]
    assert closing == [first_words(words, 4) for words in CLOSING_FIRST_WORDS[code]]
    assert all(task.label is None for task in body.closing)


# Seed 000 ---------------------------------------------------------------------------------


def test_seed_000_heading() -> None:
    seed = SEED_000
    assert seed.regime is Regime.STATE
    assert seed.kind is not None
    assert seed.kind.code == "cong-van"
    assert seed.issuer is not None
    assert seed.issuer.name == "SỞ TÀI CHÍNH"
    assert seed.issuer.abbreviation == "STC"
    assert seed.issuer.parent is not None
    assert seed.issuer.parent.name == "UBND TỈNH SÓC TRĂNG"
    assert seed.number == state(None, "STC", "VP")
    assert seed.number.is_blank
    assert seed.place == "Sóc Trăng"
    assert seed.date == PartialDate(month=1, year=2022)
    assert not seed.date.is_complete
    assert seed.subject == (
        "V/v tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền"
        " các cấp trong tình hình mới"
    )
    assert [a.name for a in seed.addressees] == [
        "Chánh Văn phòng",
        "Chánh Thanh tra",
        "Trưởng các phòng chuyên môn thuộc Sở Tài chính, tỉnh Sóc Trăng",
    ]
    assert len(seed.body.preamble) == 2
    assert len(seed.body.background) == 1
    assert seed.incoming is None
    assert not seed.is_reported


def test_seed_000_actors() -> None:
    addressees = ["Chánh Văn phòng", "Chánh Thanh tra"]
    for task in SEED_000.body.tasks:
        assert [a.role for a in task.assignments] == [Role.EXECUTE] * 3
        assert [a.actor for a in task.assignments][:2] == addressees
        assert task.deadline is None
        assert task.recurrence is None
    (closing,) = SEED_000.body.closing
    assert closing.assignments[-1] == Assignment(role=Role.ADVISE, actor="Văn phòng")
    assert closing.text.endswith("theo quy định./.")


def test_seed_000_foot() -> None:
    (block,) = SEED_000.signatures
    assert block.authorities == ()
    assert (block.title, block.name) == ("GIÁM ĐỐC", "Dương Thị Kim Thúy")
    assert [(r.name, r.purpose) for r in SEED_000.distribution] == [
        ("Như trên", None),
        ("Ban Giám đốc", None),
    ]
    assert SEED_000.archive is not None
    assert (SEED_000.archive.units, SEED_000.archive.copies) == (("VP",), None)


# Seed 001 ---------------------------------------------------------------------------------


def test_seed_001_heading() -> None:
    seed = SEED_001
    assert seed.regime is Regime.STATE
    assert seed.kind is not None
    assert seed.kind.code == "cong-van"
    assert seed.issuer is not None
    assert (seed.issuer.name, seed.issuer.abbreviation) == ("Sở Nội vụ", "SNV")
    assert seed.issuer.parent is None  # no issuer lines in the text
    assert seed.number == state(None, "SNV", "XDCQ&CTTN")
    assert seed.number.extra_parts == ("XDCQ&CTTN",)
    assert seed.place == "Tuyên Quang"
    assert seed.date == PartialDate(month=6, year=2024)
    assert seed.subject == (
        "V/v tăng cường triển khai thực hiện công tác dân vận của cơ quan hành chính nhà nước"
        " và chính quyền các cấp"
    )
    assert [a.name for a in seed.addressees] == [
        "Các sở, ban, ngành",
        "Công an tỉnh",
        "Bộ Chỉ huy quân sự tỉnh",
        "Ủy ban nhân dân huyện, thành phố",
    ]
    assert len(seed.body.preamble) == 1
    assert seed.body.background == ()


def test_seed_001_yearly_report_to_the_issuer() -> None:
    task = SEED_001.body.tasks[7]
    assert task.label == "8."
    assert task.recurrence is Frequency.YEARLY
    assert task.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)
    )
    assert Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ") in task.assignments
    executing = [a.actor for a in task.assignments if a.role is Role.EXECUTE]
    assert executing == ["các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"]
    assert task.attachment_notes == ("có đề cương đính kèm",)
    others = SEED_001.body.tasks[:7]
    assert all(t.deadline is None and t.recurrence is None for t in others)
    assert all(t.attachment_notes == () for t in others)


def test_seed_001_tasks_without_an_actor_go_to_those_the_lead_in_asks() -> None:
    # "Sở Nội vụ đề nghị các cơ quan, đơn vị, UBND huyện, thành phố triển khai thực hiện
    # một số nội dung công tác sau:" names who does the items, the second as the last
    # addressee "Ủy ban nhân dân huyện, thành phố" names it in full
    asked = [
        (Role.EXECUTE, "các cơ quan, đơn vị"),
        (Role.EXECUTE, "Ủy ban nhân dân huyện, thành phố"),
    ]
    for index in (0, 2, 3, 4, 5, 6):
        task = SEED_001.body.tasks[index]
        assert [(a.role, a.actor) for a in task.assignments] == asked
    assert [a.actor for a in SEED_001.body.tasks[1].assignments] == [
        "Các cơ quan, đơn vị, địa phương"
    ]


def test_seed_001_foot() -> None:
    (block,) = SEED_001.signatures
    assert block.authorities == (Authority(mark=SigningMark.KT, applies_to="GIÁM ĐỐC"),)
    assert (block.title, block.name) == ("PHÓ GIÁM ĐỐC", "Vũ Ngọc Khánh")
    assert [r.name for r in SEED_001.distribution] == [
        "Như trên",
        "UBND tỉnh",
        "Giám đốc, Phó GD Sở",
    ]
    assert all(r.purpose is None for r in SEED_001.distribution)
    assert SEED_001.archive is not None
    assert SEED_001.archive.units == ("VT", "XDCQ&CTTN")


# Seed 003 ---------------------------------------------------------------------------------


def test_seed_003_heading() -> None:
    seed = SEED_003
    assert seed.regime is Regime.PARTY
    assert seed.kind is not None
    assert seed.kind.code == "chi-thi"
    assert seed.issuer is not None
    assert seed.issuer.name == "BAN THƯỜNG VỤ TỈNH ỦY"
    assert seed.number is None
    assert seed.date is None
    assert seed.place is None
    assert seed.addressees == ()
    assert seed.subject == (
        "về tiếp tục đổi mới, tăng cường công tác dân vận của cơ quan nhà nước và chính quyền"
        " các cấp trong tình hình mới"
    )
    assert seed.incoming == IncomingStamp(
        receiver="SỞ TÀI CHÍNH HẢI DƯƠNG",
        number=4689,
        date=PartialDate(day=21, month=5, year=2022),
        routing="21/5/2022",
    )
    assert seed.body.preamble == ()
    assert [first_words(p.text, 3) for p in seed.body.background] == [
        "Trong những năm",
        "Tuy nhiên, việc",
        "Để tiếp tục",
    ]


def test_seed_003_actors_and_recurrence() -> None:
    lead_in = [
        "các cấp ủy đảng",
        "chính quyền",
        "Mặt trận Tổ quốc",
        "các tổ chức chính trị - xã hội",
        "thủ trưởng các sở, ban, ngành trong tỉnh",
    ]
    tasks = SEED_003.body.tasks
    for task in tasks[:8]:
        assert [(a.role, a.actor) for a in task.assignments] == [
            (Role.EXECUTE, actor) for actor in lead_in
        ]
    assert [a.actor for a in tasks[8].assignments] == ["Các cơ quan truyền thông"]
    assert [a.actor for a in tasks[9].assignments] == [
        "các cơ quan nhà nước và chính quyền các cấp",
        "đơn vị sự nghiệp công lập",
    ]
    assert tasks[9].recurrence is Frequency.YEARLY
    assert [t.recurrence for t in tasks[:9]] == [None] * 9
    assert all(t.deadline is None for t in tasks)
    closing, spread = SEED_003.body.closing
    assert closing.assignments == (
        Assignment(role=Role.LEAD, actor="Ban Dân vận Tỉnh ủy"),
        Assignment(role=Role.COOPERATE, actor="các cơ quan liên quan"),
    )
    assert spread.text == "Chỉ thị này phổ biến đến Chi bộ."
    assert spread.assignments == ()


def test_seed_003_foot() -> None:
    (block,) = SEED_003.signatures
    assert (block.authorities, block.title, block.name) == ((), None, "Phạm Xuân Thăng")
    assert [(r.name, r.purpose) for r in SEED_003.distribution] == [
        ("Văn phòng Trung ương Đảng", "để báo cáo"),
        ("Ban Dân vận Trung ương", None),
        ("Ban Thường vụ Tỉnh ủy", None),
        ("Các ban, BCS đảng, đảng đoàn", None),
        ("Các sở, ngành, MTTQ, các tổ chức chính trị - xã hội tỉnh", None),
        ("Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc TU", None),
    ]
    assert SEED_003.archive is not None
    assert SEED_003.archive.units == ("Văn phòng Tỉnh ủy",)


# Seed 004 ---------------------------------------------------------------------------------


def test_seed_004_is_a_report() -> None:
    seed = SEED_004
    assert seed.is_reported
    assert seed.reported == Reporting(
        source="Baothanhhoa.vn",
        title="Triển khai thực hiện chủ đề “Năm đẩy mạnh phong trào thi đua Dân vận khéo”",
    )
    assert seed.regime is Regime.STATE
    assert seed.kind is None
    assert seed.issuer is not None
    assert seed.issuer.name == "UBND tỉnh Thanh Hóa"
    assert seed.issuer.parent is None
    assert [a.name for a in seed.addressees] == [
        "các sở, ban, ngành, đoàn thể cấp tỉnh",
        "UBND các huyện, thị xã, thành phố trong tỉnh",
    ]
    assert (seed.number, seed.date, seed.place, seed.subject) == (None, None, None, None)
    assert (seed.signatures, seed.distribution, seed.archive) == ((), (), None)
    assert (seed.body.preamble, seed.body.background, seed.body.closing) == ((), (), ())


def test_seed_004_keeps_no_web_page_furniture() -> None:
    held = " ".join(text for _, text in strings_of(SEED_004))
    for furniture in ("{name}", "{time}", "bình luận", "Chia sẻ", "(Ảnh:", "Baothanhhoa.vn)"):
        assert furniture not in held


# Citations, where they are and what they hold --------------------------------------------


def cited(citation: Citation) -> tuple[object, ...]:
    kind = None if citation.kind is None else citation.kind.code
    return (kind, citation.number, citation.date, citation.issuer, citation.title, citation.term)


def citations_by_place(seed: Instrument) -> dict[str, list[tuple[object, ...]]]:
    places: dict[str, list[tuple[object, ...]]] = {}
    for part in ("preamble", "background"):
        for index, paragraph in enumerate(getattr(seed.body, part), start=1):
            if paragraph.citations:
                places[f"{part} {index}"] = [cited(c) for c in paragraph.citations]
    numbered: list[tuple[str, Task]] = [(f"task {t.label}", t) for t in seed.body.tasks]
    if not any(t.label for t in seed.body.tasks):
        numbered = [(f"task #{i}", t) for i, t in enumerate(seed.body.tasks, start=1)]
    numbered += [(f"closing {i}", t) for i, t in enumerate(seed.body.closing, start=1)]
    for place, task in numbered:
        if task.citations:
            places[place] = [cited(c) for c in task.citations]
    return places


def d(day: int, month: int, year: int) -> PartialDate:
    return PartialDate(day=day, month=month, year=year)


EXPECTED_CITATIONS: dict[str, dict[str, list[tuple[object, ...]]]] = {
    "000": {
        "preamble 1": [
            (
                "cong-van",
                state("6511", "VP", "VX"),
                d(9, 12, 2021),
                "Văn phòng Ủy ban nhân dân tỉnh",
                None,
                None,
            ),
        ],
        "preamble 2": [
            (
                "chi-thi",
                state("33", "TTg", kind="CT"),
                d(26, 11, 2021),
                "Thủ tướng Chính phủ",
                None,
                None,
            ),
        ],
        "background 1": [
            ("nghi-quyet", None, None, "Đảng", "Đại hội đại biểu toàn quốc lần thứ XIII", None),
        ],
        "task 1.": [
            ("quyet-dinh", party("23", "QĐ", "TW"), d(30, 7, 2021), "Bộ Chính trị", None, None),
            (
                "ket-luan",
                party("114", "KL", "TW"),
                d(14, 7, 2015),
                "Ban Bí thư Trung ương Đảng",
                None,
                None,
            ),
            ("quy-che", party("08", "QC", "TU"), d(29, 9, 2021), "Tỉnh ủy Sóc Trăng", None, None),
        ],
        "task 3.": [
            ("ket-luan", party("01", "KL", "TW"), d(18, 5, 2021), "Bộ Chính trị", None, None),
            ("chi-thi", party("05", "CT", "TW"), d(15, 5, 2016), "Bộ Chính trị", None, None),
        ],
        "task 4.": [
            (
                "chuong-trinh",
                None,
                None,
                None,
                "tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030",
                None,
            ),
            ("nghi-quyet", state("76", "CP", kind="NQ"), d(15, 7, 2021), "Chính phủ", None, None),
        ],
    },
    "001": {
        "preamble 1": [
            (None, state("2206", "UBND", "NC"), d(23, 5, 2024), "Ủy ban nhân dân tỉnh", None, None),
            (None, state("2748", "BNV", "CTTN"), d(17, 5, 2024), "Bộ Nội vụ", None, None),
        ],
        "task 1.": [
            ("chi-thi", state("33", "TTg", kind="CT"), d(26, 11, 2021), "Chính phủ", None, None),
            (
                "chuong-trinh",
                party("03", "CTr", "BDVTW", "BCSĐCP"),
                d(15, 12, 2021),
                "Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ",
                "phối hợp",  # "Chương trình phối hợp số 03-CTr/..."
                None,
            ),
        ],
        "task 3.": [
            ("ket-luan", party("01", "KL", "TW"), d(18, 5, 2021), "Bộ Chính trị", None, None),
            ("chi-thi", party("05", "CT", "TW"), d(15, 5, 2016), "Bộ chính trị", None, None),
        ],
        "task 4.": [
            (
                "chuong-trinh",
                None,
                None,
                None,
                "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
                None,
            ),
            (
                "de-an",
                None,
                None,
                None,
                "đẩy mạnh cải cách hành chính xây dựng Chính quyền điện tử, hướng tới chính quyền số tỉnh Tuyên Quang giai đoạn 2021-2025, định hướng đến năm 2030",
                None,
            ),
            (
                "nghi-quyet",
                None,
                None,
                "Ủy ban Thường vụ Quốc hội",
                None,
                None,
            ),
        ],
        "task 5.": [
            ("luat", None, None, None, "Thực hiện dân chủ cơ sở", None),
            ("luat", None, None, None, "tiếp cận thông tin", None),
        ],
        "task 6.": [
            ("ke-hoach", state("138", "UBND", kind="KH"), d(31, 12, 2019), None, None, None),
            (
                "quyet-dinh",
                legal("27", 2008, "QĐ", "UBND"),
                d(24, 12, 2008),
                "UBND tỉnh",
                None,
                None,
            ),
            (
                "ke-hoach",
                state("98", "UBND", kind="KH"),
                d(8, 8, 2019),
                "Ủy ban nhân dân tỉnh",
                None,
                None,
            ),
        ],
        "task 7.": [
            ("quyet-dinh", party("217", "QĐ", "TW"), None, "Bộ Chính trị", None, "khóa XI"),
            ("quyet-dinh", party("218", "QĐ", "TW"), None, "Bộ Chính trị", None, "khóa XI"),
        ],
    },
    "003": {
        "background 1": [
            (
                "quy-che",
                None,
                None,
                None,
                "tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân",
                None,
            ),
        ],
        "background 2": [
            (
                "quy-che",
                None,
                None,
                None,
                "tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân",
                None,
            ),
        ],
        "task 3.": [
            ("quy-che", None, None, None, "công tác dân vận của hệ thống chính trị", None),
        ],
        "task 6.": [("quy-che", None, None, None, "dân chủ ở cơ sở", None)],
        "task 10.": [
            (
                "quy-dinh",
                None,
                None,
                "Ủy ban nhân dân tỉnh",
                None,
                None,
            ),
        ],
    },
    "004": {
        "task #3": [
            (
                "chuong-trinh",
                None,
                None,
                None,
                "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030",
                None,
            ),
            ("nghi-quyet", state("76", "CP", kind="NQ"), d(15, 7, 2021), "Chính phủ", None, None),
        ],
        "task #4": [
            ("luat", None, None, None, "Tiếp cận thông tin", None),
            ("luat", None, None, None, "Tiếp công dân", None),
        ],
    },
}


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_citations_where_the_text_makes_them(code: str) -> None:
    assert citations_by_place(SEEDS[code]) == EXPECTED_CITATIONS[code]


SUBJECT_STARTS: dict[tuple[object, ...], str] = {
    # (number, year, kind abbreviation, issuer abbreviation, extra parts): first words
    ("6511", None, None, "VP", ("VX",)): "tăng cường, đổi mới",
    ("33", None, "CT", "TTg", ()): "tiếp tục tăng cường",
    ("23", None, "QĐ", "TW", ()): "Quy chế công tác",
    ("114", None, "KL", "TW", ()): "nâng cao hiệu quả",
    ("08", None, "QC", "TU", ()): "công tác dân vận",
    ("01", None, "KL", "TW", ()): "tiếp tục thực hiện",
    ("05", None, "CT", "TW", ()): "đẩy mạnh học tập",
    ("2206", None, None, "UBND", ("NC",)): "thực hiện Văn bản",
    ("03", None, "CTr", "BDVTW", ("BCSĐCP",)): "công tác dân vận",
    ("138", None, "KH", "UBND", ()): "thực hiện Đề án",
    ("27", 2008, "QĐ", "UBND", ()): "ban hành Quy chế",
    ("98", None, "KH", "UBND", ()): "tổ chức thực hiện",
    ("217", None, "QĐ", "TW", ()): "Quy chế giám sát",
    ("218", None, "QĐ", "TW", ()): "Quy định về việc",
}


def test_cited_subjects_are_kept_without_their_lead_words() -> None:
    found: dict[tuple[object, ...], list[str]] = {}
    for seed in SEEDS.values():
        for citation in seed.citations():
            if citation.number is not None and citation.subject is not None:
                n = citation.number
                key = (n.number, n.year, n.kind_abbreviation, n.issuer_abbreviation, n.extra_parts)
                found.setdefault(key, []).append(citation.subject)
    assert set(found) == set(SUBJECT_STARTS)
    for parts, subjects in found.items():
        assert all(subject.startswith(SUBJECT_STARTS[parts]) for subject in subjects), parts


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_numbers_as_printed_are_in_the_document(code: str) -> None:
    document = cleaned(seed_text(code))
    seed = SEEDS[code]
    numbers = [c.number for c in seed.citations() if c.number is not None]
    if seed.number is not None:
        assert f"Số: {format_number(seed.number)}" in document
    assert all(format_number(number) in document for number in numbers)


def test_repeated_citation_is_listed_once() -> None:
    listed = SEED_003.citations()
    assert len(listed) == 4
    assert [c.title for c in listed][:2] == [
        "tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân",
        "công tác dân vận của hệ thống chính trị",
    ]
    assert len(SEED_001.citations()) == 16
    assert len(SEED_000.citations()) == 10


def test_citations_identified_by_kind_issuer_and_subject() -> None:
    # 001 task 4: "Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính ..."
    # 003 task 10: "Quy định của Ủy ban nhân dân tỉnh về “Tiêu chí, thang điểm ...”"
    subjects = {
        (c.kind.code if c.kind else None, c.issuer): c.subject
        for seed in ("001", "003")
        for c in SEEDS[seed].citations()
        if c.number is None and c.title is None
    }
    assert subjects == {
        ("nghi-quyet", "Ủy ban Thường vụ Quốc hội"): (
            "sắp xếp đơn vị hành chính cấp xã tỉnh Tuyên Quang giai đoạn 2023-2025"
        ),
        ("quy-dinh", "Ủy ban nhân dân tỉnh"): (
            "Tiêu chí, thang điểm và phương pháp đánh giá công tác dân vận của các cơ quan"
            " hành chính nhà nước, chính quyền các cấp tỉnh Hải Dương"
        ),
    }
