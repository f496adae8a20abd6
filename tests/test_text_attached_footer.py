"""The footer of a decision that issues a plan or rules printed after its signature.

A decision (quyết định) that issues a plan, rules or a programme prints it after its
signature and Nơi nhận list.  Crawls and PDF text layers join lines: the signer's name,
the signature's title or the archive line then runs on into the attached instrument's
title, issuer or tie line.  The footer must end there, or the plan's dashed lines are
read as Nơi nhận items (each one a VN-DIST-004 finding) and the signer is misread.  The
texts are typed for the test in the shapes those sources leave; no real document is
copied.
"""

from __future__ import annotations

import datetime

import pytest

from reading import codes as _codes
from vnadmin.grammar.appendices import ties
from vnadmin.rules import check
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line
from vnadmin.text.opening import cut_attached, opens_attached

TODAY = datetime.date(2026, 1, 5)

DECISION = """\
ỦY BAN NHÂN DÂN
HUYỆN AN LẠC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 318/QĐ-UBND
An Lạc, ngày 9 tháng 10 năm 2025

QUYẾT ĐỊNH
Ban hành Kế hoạch chuyển đổi số huyện An Lạc năm 2026

ỦY BAN NHÂN DÂN HUYỆN AN LẠC

Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Theo đề nghị của Trưởng phòng Văn hóa và Thông tin huyện.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số huyện An Lạc năm 2026.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Văn hóa và Thông tin huyện và
các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.

{footer}
"""

ITEMS = """\
Nơi nhận:
- Như Điều 3;
- Sở Khoa học và Công nghệ;
- Chủ tịch, các PCT UBND huyện;
- Lưu: VT, VHTT."""

PLAN_BODY = """\
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao hiệu quả chỉ đạo, điều hành của các cơ quan trên nền tảng số
- Bảo đảm 100% hồ sơ công việc được xử lý trên môi trường mạng
- Phấn đấu đến cuối năm 2026 mọi xã có điểm hỗ trợ dịch vụ công trực tuyến
2. Yêu cầu
- Các nhiệm vụ được giao cụ thể, rõ người, rõ việc, rõ thời gian hoàn thành
- Phòng Văn hóa và Thông tin huyện theo dõi, đôn đốc và báo cáo kết quả hằng quý
II. NHIỆM VỤ
1. Phòng Văn hóa và Thông tin huyện chủ trì xây dựng kho dữ liệu dùng chung, hoàn thành trong quý II năm 2026.
2. Ủy ban nhân dân các xã rà soát hạ tầng mạng tại trụ sở, báo cáo trước ngày 30 tháng 6 năm 2026."""

TIE = "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 9 tháng 10 năm 2025 của UBND huyện)"
SIGNATURE = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
NAME = "Trần Thị Bích"
TITLE = "KẾ HOẠCH\nChuyển đổi số huyện An Lạc năm 2026"


def _read(footer: str) -> ParseResult:
    return parse_text(DECISION.format(footer=footer))


def _list_findings(result: ParseResult) -> list[str]:
    return [d.code for d in check(result, today=TODAY) if d.code.startswith("VN-DIST")]


# Each shape: the list, then the signature, then the plan, as a source joined its lines.
SHAPES = {
    "name run on into the title": (
        f"{ITEMS}\n{SIGNATURE}\n{NAME} KẾ HOẠCH\nChuyển đổi số huyện An Lạc năm 2026\n"
        f"{TIE}\n{PLAN_BODY}"
    ),
    "name, title, tie and first section on one line": (
        f"{ITEMS}\n{SIGNATURE}\n{NAME} KẾ HOẠCH Chuyển đổi số huyện An Lạc năm 2026 {TIE}"
        f" {PLAN_BODY}"
    ),
    "the whole footer and the title on one line": (
        f"{ITEMS.replace(chr(10), ' ')} {SIGNATURE.replace(chr(10), ' ')} {NAME} KẾ HOẠCH"
        f" Chuyển đổi số huyện An Lạc năm 2026\n{TIE}\n{PLAN_BODY}"
    ),
    "the plan's own header run on after the name": (
        f"{ITEMS}\n{SIGNATURE}\n{NAME} ỦY BAN NHÂN DÂN HUYỆN AN LẠC CỘNG HÒA XÃ HỘI CHỦ NGHĨA"
        f" VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{TITLE}\n{TIE}\n{PLAN_BODY}"
    ),
    "the title on its own line in lower case": (
        f"{ITEMS}\n{SIGNATURE}\n{NAME}\nKế hoạch\nChuyển đổi số huyện An Lạc năm 2026\n"
        f"{TIE}\n{PLAN_BODY}"
    ),
}


@pytest.mark.parametrize("footer", SHAPES.values(), ids=SHAPES.keys())
def test_the_footer_ends_where_the_plan_begins(footer: str) -> None:
    result = _read(footer)
    instrument = result.instrument
    assert [r.name for r in instrument.distribution] == [
        "Như Điều 3",
        "Sở Khoa học và Công nghệ",
        "Chủ tịch, các PCT UBND huyện",
    ]
    assert instrument.archive is not None
    assert instrument.archive.units == ("VT", "VHTT")
    (block,) = instrument.signatures
    assert (block.title, block.name) == ("PHÓ CHỦ TỊCH", NAME)
    assert [a.applies_to for a in block.authorities] == ["ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert _list_findings(result) == []
    assert not [d for d in result.diagnostics if "footer text" in d.message]


def test_a_run_on_opening_is_said_and_the_plan_gives_its_tasks() -> None:
    result = _read(SHAPES["name run on into the title"])
    split = [d for d in result.diagnostics if d.code == "attachment-split"]
    assert len(split) == 1
    assert "KẾ HOẠCH" in split[0].message
    assert "attached-tasks" in _codes(result)  # the tie line found on a line of its own


def test_the_signature_title_run_on_into_the_plans_issuer() -> None:
    # a PDF text layer without the signer's name: the title runs on into the next page
    footer = (
        f"{ITEMS}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN AN LẠC CỘNG HÒA XÃ HỘI CHỦ"
        f" NGHĨA VIỆT NAM\n{TITLE}\n{TIE}\n{PLAN_BODY}"
    )
    instrument = _read(footer).instrument
    (block,) = instrument.signatures
    assert block.title == "PHÓ CHỦ TỊCH"
    assert len(instrument.distribution) == 3


def test_a_forms_issuer_above_its_banner_is_no_title_of_the_signature() -> None:
    # a scan's OCR lost the signer's name under the seal; the attached form's header
    # prints its issuer on a line of its own, then its banner
    footer = (
        f"{ITEMS}\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nPHÒNG VĂN HÓA VÀ THÔNG TIN\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "BẢNG ĐĂNG KÝ NHU CẦU\n- Tên đơn vị: ........\n"
    )
    result = _read(footer)
    (block,) = result.instrument.signatures
    assert block.title == "PHÓ CHỦ TỊCH"
    skipped = [d for d in result.diagnostics if d.code == "attachment-skipped"]
    assert len(skipped) == 1
    assert "PHÒNG VĂN HÓA" in skipped[0].message


def test_a_schedules_title_after_the_archive_line_ends_the_list() -> None:
    # the signature lost to the seal; an attached schedule's dashed rows are no items
    footer = (
        f"{ITEMS}\n\nLỊCH TIẾP NHẬN HỒ SƠ KHEN THƯỞNG NĂM 2025\nSáng 12/12/2025\n"
        "- Phòng Văn hóa; Phòng Nội vụ\n- 7h30 - 9h00\n"
    )
    result = _read(footer)
    assert [r.name for r in result.instrument.distribution] == [
        "Như Điều 3",
        "Sở Khoa học và Công nghệ",
        "Chủ tịch, các PCT UBND huyện",
    ]
    assert "attachment-skipped" in _codes(result)


def test_the_archive_line_run_on_into_the_title() -> None:
    footer = (
        f"{SIGNATURE}\n{NAME}\n{ITEMS} QUY CHẾ Làm việc của tổ công nghệ số cộng đồng\n"
        f"{TIE}\n{PLAN_BODY}"
    )
    result = _read(footer)
    assert result.instrument.archive is not None
    assert result.instrument.archive.units == ("VT", "VHTT")
    assert len(result.instrument.distribution) == 3
    assert _list_findings(result) == []


def test_the_plans_first_section_ends_the_footer_without_a_title() -> None:
    # the plan's title lost with its page: its first section follows the archive line
    result = _read(f"{SIGNATURE}\n{NAME}\n{ITEMS}\n{PLAN_BODY}")
    assert len(result.instrument.distribution) == 3
    assert _list_findings(result) == []


def test_after_the_archive_line_only_plain_items_are_taken() -> None:
    # a list that prints Lưu before its last item keeps it; the plan's lines are not items
    footer = f"{ITEMS}\n- Cổng thông tin điện tử huyện.\n{SIGNATURE}\n{NAME}"
    names = [r.name for r in _read(footer).instrument.distribution]
    assert names[-1] == "Cổng thông tin điện tử huyện"
    dashed = (
        f"{ITEMS}\n- Nâng cao hiệu quả chỉ đạo, điều hành của các cơ quan trên nền tảng số"
        f" trong toàn huyện. Bảo đảm hồ sơ được xử lý trên môi trường mạng\n{SIGNATURE}\n{NAME}"
    )
    assert len(_read(dashed).instrument.distribution) == 3


def test_a_list_of_body_text_is_said_and_not_checked_item_by_item() -> None:
    # what the reader took for the list reads as the plan's lines: it says so, once
    body_items = "\n".join(
        f"- nội dung thứ {n} của kế hoạch được triển khai tới các xã trong huyện"
        for n in range(1, 6)
    )
    footer = f"Nơi nhận:\n- Như Điều 3;\n{body_items}\n- Lưu: VT, VHTT.\n{SIGNATURE}\n{NAME}"
    result = _read(footer)
    doubtful = [d for d in result.diagnostics if d.code == "distribution-unreadable"]
    assert len(doubtful) == 1
    assert "5 of the 6" in doubtful[0].message
    assert _list_findings(result) == []


def test_a_plain_list_is_not_in_doubt() -> None:
    result = _read(f"{ITEMS}\n{SIGNATURE}\n{NAME}")
    assert "distribution-unreadable" not in _codes(result)
    assert "attachment-split" not in _codes(result)


def test_a_defect_in_a_plain_list_is_still_reported() -> None:
    footer = ITEMS.replace("- Sở Khoa học và Công nghệ;", "- Sở Khoa học và Công nghệ")
    assert _list_findings(_read(f"{footer}\n{SIGNATURE}\n{NAME}")) == ["VN-DIST-004"]


@pytest.mark.parametrize(
    "text",
    [
        "KẾ HOẠCH",
        "**QUY CHẾ**",
        "Quy định",
        "PHỤ LỤC",
        "ĐỀ ÁN",
        "(Ban hành kèm theo Quyết định số 12/QĐ-UBND)",
        "(Kèm theo Kế hoạch số 5/KH-UBND)",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "Chương I",
        "Điều 1. Phạm vi điều chỉnh",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    ],
)
def test_what_opens_an_attached_instrument(text: str) -> None:
    assert opens_attached(text)


@pytest.mark.parametrize(
    "text",
    [
        "- Như Điều 1;",
        "II. NHIỆM VỤ",
        "Kế hoạch này được triển khai tới các xã",
        "- Các sở, ban, ngành kèm theo danh sách;",
        "PHÓ CHỦ TỊCH",
        "Trần Thị Bích",
    ],
)
def test_what_does_not_open_one(text: str) -> None:
    assert not opens_attached(text)


@pytest.mark.parametrize(
    ("text", "at", "tie"),
    [
        ("(Ban hành kèm theo Quyết định số 41/QĐ-UBND ngày 2/3/2026)", 0, True),
        ("* (Ban hành kèm theo Quyết định số 41/QĐ-UBND)", 0, True),  # a crawl's italics
        ("- (Kèm theo Kế hoạch số 9/KH-UBND)", 0, True),  # read as a list's dash
        ("[Kèm theo Công văn số 77/UBND-VX]", 0, True),
        ("**(Ban hành", 0, True),  # the line cut after it
        ("Kèm theo Quyết định số 41/QĐ-UBND", 0, True),  # printed without its parenthesis
        ("(kem theo Quyet dinh so 41/QD-UBND)", 0, True),  # its accents lost
        ("Lê Thị Hoa (Kèm theo Quyết định số 41/QĐ-UBND)", 11, True),  # run on after a name
        ("Lê Thị Hoa (Kèm theo Quyết định số 41/QĐ-UBND)", 0, False),
        ("Ban hành Kế hoạch phòng chống thiên tai năm 2026", 0, False),
        ("- Các phòng ban kèm theo danh sách;", 0, False),
        ("(Kèm theo:", 0, False),  # a heading of enclosures, not a tie
    ],
)
def test_one_tie_line_for_the_footer_the_plan_and_the_cut(text: str, at: int, tie: bool) -> None:
    # one grammar for every reader that asks whether a line ties an attached instrument
    assert ties(text, at) is tie


def test_a_tie_without_its_parenthesis_opens_the_attached_instrument() -> None:
    # as the footer's annex test and the plan's reader take it
    assert opens_attached("Kèm theo Quyết định số 41/QĐ-UBND ngày 2 tháng 3 năm 2026")


def _cut(*texts: str) -> list[str]:
    lines = [Line(number, text) for number, text in enumerate(texts, 1)]
    return [line.text for line in cut_attached(lines, 0, Diagnostics())]


def test_a_signature_naming_a_programme_is_not_cut() -> None:
    # the title of a steering committee holds a kind name: it is no attached instrument
    texts = ("KT. TRƯỞNG BAN CHỈ ĐẠO CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA", "PHÓ TRƯỞNG BAN", NAME)
    assert _cut(*texts) == list(texts)


def test_only_the_first_opening_is_cut() -> None:
    cut = _cut(f"{NAME} KẾ HOẠCH Chuyển đổi số {TIE} I. MỤC ĐÍCH Nâng cao hiệu quả")
    assert cut == [NAME, "KẾ HOẠCH Chuyển đổi số", TIE, "I. MỤC ĐÍCH Nâng cao hiệu quả"]
