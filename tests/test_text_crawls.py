"""The reader on shapes that crawled, HTML-converted and OCR'd pages put documents in.

Each text is typed for the test in the shape a converter leaves (no real document is
copied); the expected values are read off the text above them.  Where a misreading made
the checker find a defect the document does not have, the test checks the reading too.
"""

from __future__ import annotations

import datetime

import pytest

from vnadmin.grammar import format_number
from vnadmin.model import DateDeadline, PartialDate, RelativeDeadline, SigningMark
from vnadmin.rules import check
from vnadmin.text import ParseResult, parse_text

TODAY = datetime.date(2026, 1, 5)


def _findings(result: ParseResult) -> list[str]:
    return [f"{d.code} {d.path}" for d in check(result, today=TODAY)]


# -- a bold run wrapped over the lines of the signature block -------------------------------

TAX_LETTER = """\
**CỤC THUẾ**
**THUẾ TỈNH AN GIANG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 1520/TAGI-NVDTPC
V/v kê khai thuế quý III năm 2025

*An Giang, ngày 12 tháng 8 năm 2025*

Kính gửi: Các doanh nghiệp trên địa bàn tỉnh An Giang.

Thuế tỉnh An Giang đề nghị các doanh nghiệp thực hiện các nội dung sau:

1. Kê khai thuế giá trị gia tăng quý III năm 2025 theo mẫu.

2. Nộp hồ sơ khai thuế trước ngày 30 tháng 10 năm 2025.

Thuế tỉnh An Giang thông báo để các doanh nghiệp biết, thực hiện./.

**Nơi nhận:**
- Như trên;
- Cục Thuế (để b/c);
- Lưu: VT, NVDTPC.

{signature}
"""


@pytest.mark.parametrize(
    ("signature", "marks", "title", "name"),
    [
        (  # the mark line wrapped inside its bold run, the title under it not bold
            "**KT. TRƯỞNG THUẾ\nTỈNH**\nPHÓ TRƯỞNG THUẾ TỈNH\n\n**Huỳnh Minh Giám**",
            [(SigningMark.KT, "TRƯỞNG THUẾ TỈNH")],
            "PHÓ TRƯỞNG THUẾ TỈNH",
            "Huỳnh Minh Giám",
        ),
        (  # the same in italics, a body's name wrapped after its first word
            "*KT. TRƯỞNG THUẾ\nTỈNH*\n*PHÓ TRƯỞNG THUẾ TỈNH*\n\nHuỳnh Minh Giám",
            [(SigningMark.KT, "TRƯỞNG THUẾ TỈNH")],
            "PHÓ TRƯỞNG THUẾ TỈNH",
            "Huỳnh Minh Giám",
        ),
        (  # one bold run over the mark and the title
            "**TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH**\n\n**Nguyễn Văn Phú**",
            [(SigningMark.TM, "ỦY BAN NHÂN DÂN")],
            "CHỦ TỊCH",
            "Nguyễn Văn Phú",
        ),
        (  # a mark line wrapped inside a word, then a second mark of the stack
            "**TM. ỦY BAN NHÂN\nDÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH**\n\nLê Văn Hòa",
            [(SigningMark.TM, "ỦY BAN NHÂN DÂN TỈNH"), (SigningMark.KT, "CHỦ TỊCH")],
            "PHÓ CHỦ TỊCH",
            "Lê Văn Hòa",
        ),
        (  # a mark alone on its line, its title wrapped under it, then the next mark
            "**TL.\nTRƯỞNG THUẾ TỈNH**\n**KT. TRƯỞNG PHÒNG NGHIỆP VỤ**\nPHÓ TRƯỞNG PHÒNG\n"
            "Đào Thu Hương",
            [(SigningMark.TL, "TRƯỞNG THUẾ TỈNH"), (SigningMark.KT, "TRƯỞNG PHÒNG NGHIỆP VỤ")],
            "PHÓ TRƯỞNG PHÒNG",
            "Đào Thu Hương",
        ),
        (  # every line of the stack cut by a narrow cell, the first inside its title
            "**TL. CỤC\nTRƯỞNG**\n**KT.\nTRƯỞNG PHÒNG NGHIỆP VỤ**\n**PHÓ\nTRƯỞNG PHÒNG**\n"
            "Đào Thu Hương",
            [(SigningMark.TL, "CỤC TRƯỞNG"), (SigningMark.KT, "TRƯỞNG PHÒNG NGHIỆP VỤ")],
            "PHÓ TRƯỞNG PHÒNG",
            "Đào Thu Hương",
        ),
        (  # a mark line wrapped after a comma inside the office's name
            "**TL. TRƯỞNG THUẾ TỈNH**\nKT. TRƯỞNG PHÒNG CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\n"
            "PHÓ TRƯỞNG PHÒNG\nĐào Thu Hương",
            [
                (SigningMark.TL, "TRƯỞNG THUẾ TỈNH"),
                (SigningMark.KT, "TRƯỞNG PHÒNG CHÍNH SÁCH, THUẾ QUỐC TẾ"),
            ],
            "PHÓ TRƯỞNG PHÒNG",
            "Đào Thu Hương",
        ),
    ],
    ids=["bold", "italic", "one-run", "stack", "bare-mark", "cut-stack", "comma"],
)
def test_a_mark_line_wrapped_in_the_signature_block(
    signature: str, marks: list[tuple[SigningMark, str]], title: str, name: str
) -> None:
    result = parse_text(TAX_LETTER.format(signature=signature))
    (block,) = result.instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == marks
    assert (block.title, block.name) == (title, name)
    assert [a.name for a in result.instrument.addressees] == [
        "Các doanh nghiệp trên địa bàn tỉnh An Giang"
    ]
    assert _findings(result) == []


def test_a_mark_in_a_party_spelling_alone_on_its_line_is_read_and_reported() -> None:
    # "T/UQ." alone, its title under it: the mark is read in any spelling the grammar
    # knows, and in a state letter the slash is the checker's to report (VN-SIGN-008).
    signature = "**T/UQ.\nCHỦ TỊCH**\nGIÁM ĐỐC SỞ NỘI VỤ\nTrần Văn Bình"
    result = parse_text(TAX_LETTER.format(signature=signature))
    (block,) = result.instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == [(SigningMark.TUQ, "CHỦ TỊCH")]
    assert (block.title, block.name) == ("GIÁM ĐỐC SỞ NỘI VỤ", "Trần Văn Bình")
    assert [f for f in _findings(result) if f.startswith("VN-SIGN")] == [
        "VN-SIGN-008 printed.signature_marks[0]"
    ]


def test_a_mark_line_wrapped_after_a_comma_is_no_title() -> None:
    # the line after "KT. TRƯỞNG PHÒNG CHÍNH SÁCH," goes on with the office's name: the
    # block prints no title of its own, which the reader says (and VN-SIGN-002 does not
    # read the office's last words as the signer's title)
    signature = (
        "**TL. TRƯỞNG THUẾ TỈNH**\nKT. TRƯỞNG PHÒNG CHÍNH SÁCH,\nTHUẾ QUỐC TẾ\nĐào Thu Hương"
    )
    result = parse_text(TAX_LETTER.format(signature=signature))
    (block,) = result.instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == [
        (SigningMark.TL, "TRƯỞNG THUẾ TỈNH"),
        (SigningMark.KT, "TRƯỞNG PHÒNG CHÍNH SÁCH, THUẾ QUỐC TẾ"),
    ]
    assert (block.title, block.name) == (None, "Đào Thu Hương")
    assert "signature-title-missing" in {d.code for d in result.diagnostics}
    assert not [f for f in _findings(result) if f.startswith("VN-SIGN")]


def test_a_title_wrapped_over_two_lines_stays_one_title() -> None:
    # the wrapped line names no office but no office follows it: it is the title's
    signature = "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHƯỜNG TRỰC\n\nLê Văn Hòa"
    (block,) = parse_text(TAX_LETTER.format(signature=signature)).instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == [(SigningMark.KT, "CHỦ TỊCH")]
    assert block.title == "PHÓ CHỦ TỊCH THƯỜNG TRỰC"


def test_the_tax_letter_reads_whole() -> None:
    result = parse_text(TAX_LETTER.format(signature="KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH"))
    doc = result.instrument
    assert doc.number is not None
    assert format_number(doc.number) == "1520/TAGI-NVDTPC"
    assert [t.label for t in doc.body.tasks] == ["1.", "2."]


# -- a bold label whose colon sits inside its markers ------------------------------------------

STAFF_LETTER = """\
| **ỦY BAN NHÂN DÂN TỈNH AN GIANG** **SỞ NỘI VỤ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** \
**Độc lập - Tự do - Hạnh phúc** |
|---|---|
| {number} | *An Giang, ngày 15 tháng 7 năm 2025* |

{subject_and_addressees}

Sở Nội vụ đề nghị Ủy ban nhân dân phường, xã và đặc khu rà soát số lượng cán bộ, công \
chức, báo cáo về Sở Nội vụ trước ngày 30 tháng 7 năm 2025./.

{distribution}
- Như trên;
- Lưu: VT, CCVC.

**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**

**Trần Văn Bình**
"""


@pytest.mark.parametrize(
    ("number", "subject_and_addressees", "distribution"),
    [
        (
            "**Số: **850/SNV-CCVC",
            "**V/v **rà soát số lượng cán bộ, công chức\n\n"
            "**Kính gửi: **Ủy ban nhân dân phường, xã và đặc khu",
            "**Nơi nhận: **",
        ),
        (
            "**Số:**850/SNV-CCVC",
            "*V/v* rà soát số lượng cán bộ, công chức\n\n*Kính gửi:* Ủy ban nhân dân phường, "
            "xã và đặc khu",
            "*Nơi nhận:*",
        ),
        (
            "__Số:__ 850/SNV-CCVC",
            "V/v rà soát số lượng cán bộ, công chức\n\n__Kính gửi:__ Ủy ban nhân dân phường, "
            "xã và đặc khu",
            "__Nơi nhận:__",
        ),
        (  # the crawl ran the addressees' paragraph onto the subject's line
            "Số: 850/SNV-CCVC",
            "V/v rà soát số lượng cán bộ, công chức **Kính gửi: **Ủy ban nhân dân phường, "
            "xã và đặc khu",
            "**Nơi nhận:**",
        ),
        (  # the same from HTML: one paragraph closed and the next opened on one line
            "Số: 850/SNV-CCVC",
            "<p>V/v rà soát số lượng cán bộ, công chức</p><p><strong>Kính gửi: </strong>Ủy ban "
            "nhân dân phường, xã và đặc khu</p>",
            "<p><strong>Nơi nhận:</strong></p>",
        ),
    ],
    ids=["space-inside", "italic", "underscores", "run-on", "html"],
)
def test_a_bold_label_with_its_colon_inside_the_markers(
    number: str, subject_and_addressees: str, distribution: str
) -> None:
    text = STAFF_LETTER.format(
        number=number, subject_and_addressees=subject_and_addressees, distribution=distribution
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.number is not None
    assert format_number(doc.number) == "850/SNV-CCVC"
    assert doc.subject == "V/v rà soát số lượng cán bộ, công chức"
    # one addressee: "xã" and "đặc khu" list the other kinds of the same group
    assert [a.name for a in doc.addressees] == ["Ủy ban nhân dân phường, xã và đặc khu"]
    assert [(r.name, r.purpose) for r in doc.distribution] == [("Như trên", None)]
    assert doc.archive is not None
    assert doc.archive.units == ("VT", "CCVC")
    assert _findings(result) == []  # no VN-RCPT-002 on "Như trên"


# -- a number line broken at its slash --------------------------------------------------------

DECREE = """\
CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
{number}
Hà Nội, ngày 20 tháng 11 năm 2025

NGHỊ ĐỊNH
Quy định chi tiết một số điều của Luật Lưu trữ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

Căn cứ Luật Lưu trữ số 33/2024/QH15;

Theo đề nghị của Bộ trưởng Bộ Nội vụ;

Chính phủ ban hành Nghị định quy định chi tiết một số điều của Luật Lưu trữ.

Điều 1. Phạm vi điều chỉnh

Nghị định này quy định chi tiết một số điều của Luật Lưu trữ.

Điều 2. Hiệu lực thi hành

Nghị định này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026.

Điều 3. Trách nhiệm thi hành

Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố \
trực thuộc trung ương chịu trách nhiệm thi hành Nghị định này./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Các bộ, cơ quan ngang bộ;
- Lưu: VT, TCCV.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Hòa Bình
"""


@pytest.mark.parametrize(
    "number",
    [
        "Số: 300\n/2025/NĐ-CP",  # HTML to text: the linked symbol on a line of its own
        "Số:\n300/2025/NĐ-CP",
        "Số: 300/\n2025/NĐ-CP",
        "**Số: 300**\n**/2025/NĐ-CP**",
    ],
)
def test_a_number_line_broken_at_its_slash(number: str) -> None:
    result = parse_text(DECREE.format(number=number))
    doc = result.instrument
    assert doc.number is not None
    assert format_number(doc.number) == "300/2025/NĐ-CP"
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("CHÍNH PHỦ", None)
    assert doc.kind is not None
    assert doc.kind.name == "Nghị định"
    assert _findings(result) == []  # a decree, checked as one (no VN-KIND-003)


def test_an_issuers_name_wrapped_before_words_that_name_no_body() -> None:
    # Before, the second line was read as the issuer and the first as its parent.
    page = DECREE.format(number="Số: 30/2025/TT-NHNN").replace(
        "CHÍNH PHỦ\n", "NGÂN HÀNG NHÀ NƯỚC\nVIỆT NAM\n", 1
    )
    issuer = parse_text(page).instrument.issuer
    assert issuer is not None
    assert (issuer.name, issuer.parent) == ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", None)


def test_words_an_html_page_cut_before_their_vowel() -> None:
    # A span around a word's first letters (a drop cap, a highlight) puts them on a line of
    # their own in the page's text.  Before, the issuer was 'CHÍNH PH', the number and the
    # date were lost.
    page = (
        DECREE.format(number="S\nố: 300/2025/NĐ-CP")
        .replace("CHÍNH PHỦ\n", "CHÍNH PH\nỦ\n", 1)
        .replace("Hà Nội, ngày", "Hà N\nội, ngày", 1)
    )
    result = parse_text(page)
    doc = result.instrument
    assert (doc.issuer and doc.issuer.name) == "CHÍNH PHỦ"
    assert (doc.number and format_number(doc.number)) == "300/2025/NĐ-CP"
    assert doc.place == "Hà Nội"
    assert doc.date is not None
    assert (doc.date.day, doc.date.month, doc.date.year) == (20, 11, 2025)
    assert "word-joined" in {d.code for d in result.diagnostics}


@pytest.mark.parametrize(
    ("wrapped", "glued"),
    [
        ("của Luật Lưu trữ, Nghị định số 12/BCĐ\nỦy ban", "BCĐỦy"),
        ("của Luật Lưu trữ, UBND TP\nỦy ban", "TPỦy"),
        ("của Luật Lưu trữ, TH\nanh", "THanh"),
    ],
)
def test_a_line_ending_in_an_abbreviation_is_no_cut_word(wrapped: str, glued: str) -> None:
    page = DECREE.format(number="Số: 300/2025/NĐ-CP").replace(
        "quy định chi tiết một số điều của Luật Lưu trữ.\n", f"{wrapped} nhân dân.\n", 1
    )
    assert wrapped in page
    result = parse_text(page)
    assert glued not in repr(result.instrument)
    assert "word-joined" not in {d.code for d in result.diagnostics}


@pytest.mark.parametrize(
    "number",
    [
        "Luật số: 55/2025/QH15",  # before: taken for a web page's title and removed
        "Luật số:\n55/2025/QH15",
        "Luật số: \n55\n/2025/QH15",  # an HTML page's spans, one per line
        "Số: \n55\n/2025/QH15",
        "Số:\n55\n/\n2025/QH15",
        "Số: \n55\n/20\n25\n/QH15",  # cut again inside the year, then before the symbol
        "Số: 55\n/2025\n/QH15",
    ],
)
def test_a_laws_number_line_above_the_banner(number: str) -> None:
    found = parse_text(LAW_PAGE.format(number=number)).instrument
    assert (found.number and format_number(found.number)) == "55/2025/QH15"
    assert (found.issuer and found.issuer.name) == "QUỐC HỘI"


def test_a_law_is_dated_by_its_passage_sentence() -> None:
    # A law prints no place-and-date line: before, it had no date (date-missing).
    result = parse_text(LAW_PAGE.format(number="Luật số: 55/2025/QH15"))
    date = result.instrument.date
    assert date is not None
    assert (date.day, date.month, date.year) == (20, 6, 2025)
    assert "date-from-passage" in {d.code for d in result.diagnostics}
    # the sentence after the body's closing mark, where the footer begins
    closed = LAW_PAGE.format(number="Luật số: 55/2025/QH15").replace(
        "phòng cháy, chữa cháy.\nLuật này", "phòng cháy, chữa cháy./.\nLuật này"
    )
    assert "./.\n" in closed
    closed_date = parse_text(closed).instrument.date
    assert closed_date is not None
    assert (closed_date.day, closed_date.month, closed_date.year) == (20, 6, 2025)
    # an annex after an unmarked signature runs on in the body: the sentence is above it
    annexed = LAW_PAGE.format(number="Luật số: 55/2025/QH15") + (
        "PHỤ LỤC\nDANH MỤC CƠ SỞ\n"
        + "".join(f"{n}. Cơ sở thứ {n} thuộc danh mục quản lý\n" for n in range(1, 60))
    )
    annexed_date = parse_text(annexed).instrument.date
    assert annexed_date is not None
    assert (annexed_date.day, annexed_date.month, annexed_date.year) == (20, 6, 2025)
    # a decision is dated by its date line only, never by what it says was passed
    decision = LAW_PAGE.format(number="Số: 55/QĐ-UBND").replace("LUẬT\n", "QUYẾT ĐỊNH\n")
    assert parse_text(decision).instrument.date is None


# -- a sentence hard-wrapped before a year -----------------------------------------------------

PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 45/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Nam, ngày 10 tháng 3 năm 2024

KẾ HOẠCH
Thực hiện chuyển đổi số năm 2024

1. Sở Thông tin và Truyền thông chủ trì triển khai nền tảng số dùng chung, hoàn thành \
đến hết ngày 31 tháng 12 năm
2024.

2. Các sở, ban, ngành báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15 tháng
12 năm 2024.

3. *Ủy ban nhân dân các huyện thực hiện số hóa hồ sơ, hoàn thành trước ngày 30 tháng 6 năm
2024.*

4. Trung tâm Phục vụ hành chính công thực hiện theo Quy chế ban hành ngày 12 tháng 3 năm
2023 của Ủy ban nhân dân tỉnh, báo cáo kết quả trong năm học
2024 - 2025.

5. Sở Nội vụ tổng hợp kết quả giai đoạn từ năm 2021 đến
2025.

Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT, KGVX.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Xuân Dưỡng
"""


def test_a_sentence_wrapped_before_a_year_is_no_numbered_item() -> None:
    result = parse_text(PLAN)
    tasks = result.instrument.body.tasks
    assert [t.label for t in tasks] == ["1.", "2.", "3.", "4.", "5."]
    assert tasks[0].text.endswith("đến hết ngày 31 tháng 12 năm 2024.")
    assert [
        (d.date.day, d.date.month, d.date.year)
        for d in (t.deadline for t in tasks[:3])
        if isinstance(d, DateDeadline)
    ] == [(31, 12, 2024), (15, 12, 2024), (30, 6, 2024)]
    assert tasks[4].text.endswith("từ năm 2021 đến 2025.")
    assert _findings(result) == []  # no VN-BODY-003 on "2024." after "1."


def test_an_item_ending_on_a_time_word_is_followed_by_the_next_label() -> None:
    # "hằng năm", "trong 15 ngày", "hằng tháng": no date is cut, the next number is a label
    body = (
        "1. Các sở báo cáo kết quả hằng năm\n2. Các huyện hoàn thành trong 15 ngày\n"
        "3. Sở Tài chính bố trí kinh phí hằng tháng\n4. Sở Nội vụ tổng hợp\n"
    )
    text = PLAN.replace(PLAN[PLAN.index("1. Sở") : PLAN.index("Nơi nhận")], body + "\n")
    tasks = parse_text(text).instrument.body.tasks
    assert [t.label for t in tasks] == ["1.", "2.", "3.", "4."]


# -- a portal's own notice after the document --------------------------------------------------

EXCHANGE_LETTER = """\
**SỞ GIAO DỊCH CHỨNG KHOÁN HÀ NỘI**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 215/SGDHN-TTGS
V/v tạm ngừng hệ thống giao dịch trái phiếu

*Hà Nội, ngày 05 tháng 6 năm 2025*

Kính gửi: Các thành viên giao dịch.

Sở Giao dịch Chứng khoán Hà Nội tạm ngừng hệ thống giao dịch trái phiếu từ ngày 10 \
tháng 6 năm 2025 và đề nghị các thành viên giao dịch thông báo cho khách hàng biết{close}

{footer}

{notice}
Cổng thông tin điện tử lưu trữ thông tin đăng ký của Quý Thành viên để cung cấp dịch vụ.

Quý Thành viên có thể yêu cầu xóa thông tin bất kỳ lúc nào tại mục Tài khoản.

Trân trọng cảm ơn Quý Thành viên.
"""
_SIGNATURE = "**KT. TỔNG GIÁM ĐỐC**\n**PHÓ TỔNG GIÁM ĐỐC**\n\n**Trần Anh Đào**"
_DISTRIBUTION = "**Nơi nhận:**\n- Như trên;\n- Lưu: VT, TTGS."


@pytest.mark.parametrize(
    ("close", "footer", "notice"),
    [
        (  # the notice's title in capitals, after the signature and the distribution
            "./.",
            f"{_SIGNATURE}\n\n{_DISTRIBUTION}",
            "**THÔNG BÁO **\n**về Lưu trữ, Sử dụng Thông tin Khách hàng**\n\n"
            "**Kính gửi:** Quý Thành viên,\n",
        ),
        (  # its title in lower case
            "./.",
            f"{_DISTRIBUTION}\n\n{_SIGNATURE}",
            "**Thông báo về lưu trữ, sử dụng thông tin khách hàng**\n\n"
            "**Kính gửi:** Quý Thành viên,\n",
        ),
        ("./.", f"{_DISTRIBUTION}\n\n{_SIGNATURE}", "**Kính gửi:** Quý Thành viên,\n"),
        (  # no closing mark and no distribution: the signature ends the document
            ".",
            _SIGNATURE,
            "**THÔNG BÁO **\n**về Lưu trữ, Sử dụng Thông tin Khách hàng**\n\n"
            "**Kính gửi:** Quý Thành viên,\n",
        ),
    ],
    ids=["capitals", "lower-case", "kinh-gui", "no-distribution"],
)
def test_a_portals_notice_after_the_document_is_not_the_documents(
    close: str, footer: str, notice: str
) -> None:
    text = EXCHANGE_LETTER.format(close=close, footer=footer, notice=notice)
    result = parse_text(text)
    doc = result.instrument
    assert [a.name for a in doc.addressees] == ["Các thành viên giao dịch"]
    (task,) = doc.body.tasks
    assert task.text.startswith("Sở Giao dịch Chứng khoán Hà Nội tạm ngừng")
    assert not any("Quý Thành viên" in p.text for p in doc.body.background)
    assert not any("Quý Thành viên" in t.text for t in doc.body.closing)
    (block,) = doc.signatures
    assert (block.title, block.name) == ("PHÓ TỔNG GIÁM ĐỐC", "Trần Anh Đào")
    first = notice.splitlines()[0].replace("*", "").strip()
    number = text.splitlines().index(notice.splitlines()[0]) + 1
    (dropped,) = [d for d in result.diagnostics if d.code == "attachment-skipped"]
    assert dropped.line == number  # the notice's first line, named: nothing lost silently
    assert first[:20] in dropped.message
    assert not [f for f in _findings(result) if f.startswith(("VN-RCPT", "VN-BODY", "VN-SIGN"))]


# -- a banner cut after its first word by a narrow cell, under a portal's record -----------

PORTAL_PAGE = """\
|
Đang tải văn bản...
#
**Số hiệu:**
|
1234/UBND-VP
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Tỉnh Bình Định
|
**Ngày ban hành:**
|
05/11/2025
|
|
ỦY BAN NHÂN DÂN
**TỈNH BÌNH ĐỊNH**
-------
|
**CỘNG
HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
---------------
|
|
Số: 1234/UBND-VP
*V/v tăng cường công tác
phòng cháy chữa cháy*
|
*Bình Định, ngày 05 tháng 11 năm 2025*
|
**Kính gửi:** Các sở, ban, ngành tỉnh

Để chủ động phòng ngừa cháy nổ trong mùa khô, Ủy ban nhân dân tỉnh yêu cầu:

1. Các sở, ban, ngành rà soát phương án phòng cháy tại cơ quan.

2. Công an tỉnh chủ trì kiểm tra việc thực hiện.

|
Nơi nhận:
- Như trên;
- Lưu: VT, NC.
|
**KT. CHỦ TỊCH
PHÓ CHỦ TỊCH**
**Trần Văn Bình**
|
"""


@pytest.mark.parametrize(
    "cut",
    ["**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**"],
)
def test_a_banner_cut_by_a_narrow_cell_under_a_portals_record(cut: str) -> None:
    # Before, the banner was not found, so the portal's record (Số hiệu, ...) above it was
    # read as the header: no date, no subject, no addressees, and a cascade of findings.
    page = PORTAL_PAGE.replace("**CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", cut)
    assert cut in page
    result = parse_text(page)
    found = result.instrument
    assert found.number is not None
    assert format_number(found.number) == "1234/UBND-VP"
    assert found.date is not None
    assert (found.date.day, found.date.month) == (5, 11)
    assert found.subject == "V/v tăng cường công tác phòng cháy chữa cháy"
    assert [a.name for a in found.addressees] == ["Các sở, ban, ngành tỉnh"]
    assert found.issuer is not None
    assert found.issuer.name == "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"
    assert found.printed is not None
    assert found.printed.banner == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert "portal-metadata-removed" in {d.code for d in result.diagnostics}
    assert not [f for f in _findings(result) if f.startswith(("VN-RCPT", "VN-DATE", "VN-SUBJ"))]


@pytest.mark.parametrize(
    ("whole", "cut"),
    [
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "*Bình\nĐịnh, ngày 05 tháng 11 năm 2025*"),
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "Bình\n|\nĐịnh, ngày 05 tháng 11 năm 2025"),
        ("**Kính gửi:** Các sở, ban, ngành tỉnh", "**Kính\ngửi:**\n|\nCác sở, ban, ngành tỉnh"),
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "*Bình Định, ngày\n05 tháng 11 năm 2025*"),
        # cut again after its first join, with its figures in bold
        (
            "*Bình Định, ngày 05 tháng 11 năm 2025*",
            "*Bình\nĐịnh**, ngày **05**\ntháng **11** năm **2025*",
        ),
        # cut after năm, before the year
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "*Bình Định, ngày 05 tháng 11 năm\n2025*"),
        (
            "*Bình Định, ngày 05 tháng 11 năm 2025*",
            "*Bình Định, ngày **05** tháng 11 năm\n2025**\n*",
        ),
        # cut after ngày, the month glued to tháng
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "*Bình Định, ngày\n05 tháng11 năm 2025*"),
        # cut after tháng, before the month; each word an HTML page's span
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "*Bình Định, ngày 05 tháng\n11 năm 2025*"),
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "Bình Định, ngày 05\ntháng\n11\nnăm 2025"),
        # a span for the day alone, and one cut inside the year
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "Bình Định, ngày\n05\ntháng 11 năm 20\n25"),
        ("*Bình Định, ngày 05 tháng 11 năm 2025*", "Bình Định, ngày\n05\ntháng\n11\nnăm 202\n5"),
    ],
)
def test_a_date_line_or_a_label_cut_by_a_narrow_cell(whole: str, cut: str) -> None:
    # Before, the cut place ended the header (no date, no addressees: VN-RCPT and
    # VN-DATE fired) and the cut label lost the addressees without a word.
    page = PORTAL_PAGE.replace(whole, cut)
    assert cut in page
    result = parse_text(page)
    found = result.instrument
    assert found.date is not None
    assert (found.date.day, found.date.month, found.date.year) == (5, 11, 2025)
    assert found.place == "Bình Định"
    assert [a.name for a in found.addressees] == ["Các sở, ban, ngành tỉnh"]
    codes = {d.code for d in result.diagnostics}
    assert codes & {"date-joined", "label-joined"}
    assert not [f for f in _findings(result) if f.startswith(("VN-RCPT", "VN-DATE"))]


def test_a_number_line_cut_after_a_dash_of_its_symbol() -> None:
    # Before, the symbol's last part (VP) was lost.
    page = PORTAL_PAGE.replace("Số: 1234/UBND-VP", "Số: 1234/UBND-\nVP")
    found = parse_text(page).instrument
    assert (found.number and format_number(found.number)) == "1234/UBND-VP"


@pytest.mark.parametrize(
    "line",
    [
        "Số: 1234/UBND-VP V/v tăng cường công tác phòng cháy chữa cháy",
        "Số: 1234/UBND-VP; V/v tăng cường công tác\nphòng cháy chữa cháy",
        "Số: 1234/UBND-VP - Về việc tăng cường công tác phòng cháy chữa cháy",
    ],
)
def test_a_subject_run_on_after_the_number(line: str) -> None:
    # Before, the subject was text after the number (number-trailing): no subject, and
    # without its V/v no kind.
    page = PORTAL_PAGE.replace(
        "Số: 1234/UBND-VP\n*V/v tăng cường công tác\nphòng cháy chữa cháy*", line
    )
    assert line in page
    found = parse_text(page).instrument
    assert (found.number and format_number(found.number)) == "1234/UBND-VP"
    assert (found.kind and found.kind.name) == "Công văn"
    assert found.subject is not None
    assert found.subject.endswith("tăng cường công tác phòng cháy chữa cháy")


def test_a_place_of_four_words_cut_after_its_third() -> None:
    # Before, only a place's first word or two were looked for as a cut place: the header
    # ended at the cut and the date was lost.
    page = PORTAL_PAGE.replace(
        "*Bình Định, ngày 05 tháng 11 năm 2025*",
        "*Thành phố Hồ Chí\nMinh, ngày 05 tháng 11 năm 2025*",
    )
    result = parse_text(page)
    found = result.instrument
    assert found.place == "Thành phố Hồ Chí Minh"
    assert found.date is not None
    assert (found.date.day, found.date.month, found.date.year) == (5, 11, 2025)
    assert "date-joined" in {d.code for d in result.diagnostics}


def test_a_portals_summary_above_the_document_ending_with_a_deadline() -> None:
    # Before, the summary's last item (a deadline, ``trước ngày 30/11/2025``) was taken
    # for the header's date line: the summary became the header, and kind, number, date
    # and issuer were all lost.
    summary = (
        "## Tăng cường phòng cháy chữa cháy mùa khô\n"
        "**Ngày 05/11/2025, UBND tỉnh Bình Định ban hành Công văn 1234/UBND-VP về việc"
        " tăng cường công tác phòng cháy chữa cháy.**\n"
        "Theo đó, các sở, ban, ngành thực hiện một số nhiệm vụ sau:\n"
        "- Rà soát phương án phòng cháy tại cơ quan, đơn vị;\n"
        "+ Báo cáo Ủy ban nhân dân tỉnh kết quả trước ngày 30/11/2025.\n"
        "Xem chi tiết tại Công văn 1234/UBND-VP ngày 05/11/2025.\n"
    )
    page = PORTAL_PAGE.replace("|\n|\nỦY BAN NHÂN DÂN\n", f"|\n{summary}|\nỦY BAN NHÂN DÂN\n")
    assert summary in page
    found = parse_text(page).instrument
    assert found.number is not None
    assert format_number(found.number) == "1234/UBND-VP"
    assert found.kind is not None
    assert found.kind.name == "Công văn"
    assert found.date is not None
    assert (found.date.day, found.date.month, found.date.year) == (5, 11, 2025)
    assert found.issuer is not None
    assert found.issuer.name == "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"


@pytest.mark.parametrize("cut", ["**Trần\nVăn Bình**", "**Trần Văn\nBình**"])
def test_a_signers_name_cut_by_a_narrow_cell(cut: str) -> None:
    # Before, the lone word was skipped: the signer was 'Văn Bình' or 'Trần Văn'.
    page = PORTAL_PAGE.replace("**Trần Văn Bình**", cut)
    assert cut in page
    signatures = parse_text(page).instrument.signatures
    assert [(s.title, s.name) for s in signatures] == [("PHÓ CHỦ TỊCH", "Trần Văn Bình")]


@pytest.mark.parametrize(
    "heading",
    [
        "**DANH SÁCH CÁC XÃ, PHƯỜNG**\n*(Ban hành kèm theo Công văn số 1234/UBND-VP)*",
        "**DANH\nSÁCH CÁC XÃ, PHƯỜNG**\n* (Ban hành\nkem theo Công văn số 1234/UBND-VP)*",
    ],
)
def test_an_annex_without_phu_luc_after_the_signature(heading: str) -> None:
    # Before, the annex's rows (Xã An Nhơn, ...) were read as signers' names: the last
    # signature block was a row of the table.
    annex = f"{heading}\n|\n**STT**\n|\n**Tên xã, phường**\n|\n1\n|\nXã An Nhơn\n|\n2\n|\nPhường Quy Nhơn\n|\n"
    page = PORTAL_PAGE + annex
    result = parse_text(page)
    signatures = result.instrument.signatures
    assert [(s.title, s.name) for s in signatures] == [("PHÓ CHỦ TỊCH", "Trần Văn Bình")]
    assert "attachment-skipped" in {d.code for d in result.diagnostics}


@pytest.mark.parametrize(
    "cut", ["**ỦY BAN\nNHÂN DÂN TỈNH BÌNH ĐỊNH**", "**ỦY BAN**\n**NHÂN DÂN TỈNH BÌNH ĐỊNH**"]
)
def test_a_councils_name_cut_between_its_halves(cut: str) -> None:
    # Before, ỦY BAN was read as the parent of 'NHÂN DÂN TỈNH BÌNH ĐỊNH'.
    page = PORTAL_PAGE.replace("ỦY BAN NHÂN DÂN\n**TỈNH BÌNH ĐỊNH**", cut)
    issuer = parse_text(page).instrument.issuer
    assert issuer is not None
    assert (issuer.name, issuer.parent) == ("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH", None)


def _fields(page: str) -> tuple[object, ...]:
    found = parse_text(page).instrument
    return (
        found.printed and found.printed.motto,
        [a.name for a in found.addressees],
        [r.name for r in found.distribution],
        found.archive and found.archive.units,
        [(b.title, b.name) for b in found.signatures],
    )


@pytest.mark.parametrize(
    ("whole", "cut"),
    [
        ("Độc lập - Tự do - Hạnh phúc", "Độc lập - Tự do\n- Hạnh phúc"),  # before: no motto
        ("Độc lập - Tự do - Hạnh phúc", "Độc lập -\nTự do - Hạnh phúc"),
        ("Nơi nhận:", "Nơi\nnhận:"),  # before: no distribution, no archive
        ("- Lưu: VT, NC.", "- Lưu:\nVT, NC."),  # before: no archive
        ("- Lưu: VT, NC.", "- Lưu: VT,\nNC."),  # before: NC lost
        # before: the addressee was 'Các sở'
        ("**Kính gửi:** Các sở, ban, ngành tỉnh", "**Kính gửi:** Các sở,\nban, ngành tỉnh"),
    ],
)
def test_a_footer_or_header_line_cut_by_a_narrow_cell_reads_as_whole(whole: str, cut: str) -> None:
    page = PORTAL_PAGE.replace(whole, cut)
    assert cut in page
    assert _fields(page) == _fields(PORTAL_PAGE)
    assert _fields(PORTAL_PAGE) == (
        "Độc lập - Tự do - Hạnh phúc",
        ["Các sở, ban, ngành tỉnh"],
        ["Như trên"],
        ("VT", "NC"),
        [("PHÓ CHỦ TỊCH", "Trần Văn Bình")],
    )


PARTY_PAGE = """\
|
ĐẢNG BỘ TỈNH BÌNH ĐỊNH
**HUYỆN ỦY TUY PHƯỚC**
*
|
**ĐẢNG CỘNG SẢN VIỆT NAM**
|
|
Số 120-KH/HU
|
*Tuy Phước, ngày 05 tháng 11 năm 2025*
|
**KẾ HOẠCH**
triển khai thực hiện Chỉ thị số 45-CT/TW
|
1. Các chi bộ quán triệt Chỉ thị đến đảng viên.
2. Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền.
|
**T/M BAN THƯỜNG VỤ**
**BÍ THƯ**
**Trần Văn Bình**
"""


@pytest.mark.parametrize(
    ("whole", "cut"),
    [
        ("Số 120-KH/HU", "Số 120-\nKH/HU"),  # before: the number was lost
        ("**HUYỆN ỦY TUY PHƯỚC**", "**HUYỆN\nỦY TUY PHƯỚC**"),  # before: HUYỆN was a parent
    ],
)
def test_a_party_header_cut_by_a_narrow_cell(whole: str, cut: str) -> None:
    page = PARTY_PAGE.replace(whole, cut)
    assert cut in page
    found = parse_text(page).instrument
    assert (found.number and format_number(found.number)) == "120-KH/HU"
    issuer = found.issuer
    assert issuer is not None
    assert issuer.name == "HUYỆN ỦY TUY PHƯỚC"
    assert (issuer.parent and issuer.parent.name) == "ĐẢNG BỘ TỈNH BÌNH ĐỊNH"


def test_a_parents_place_cut_after_its_first_word() -> None:
    # Before, the lone NỘI-like line ended the parent: the parent was lost.
    page = PORTAL_PAGE.replace(
        "ỦY BAN NHÂN DÂN\n**TỈNH BÌNH ĐỊNH**", "UBND TỈNH BÌNH\nĐỊNH\n**SỞ TÀI CHÍNH**"
    )
    issuer = parse_text(page).instrument.issuer
    assert issuer is not None
    assert issuer.name == "SỞ TÀI CHÍNH"
    assert issuer.parent is not None
    assert issuer.parent.name == "UBND TỈNH BÌNH ĐỊNH"


LAW_PAGE = """\
QUỐC HỘI
{number}
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
LUẬT
PHÒNG CHÁY, CHỮA CHÁY
Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;
Quốc hội ban hành Luật Phòng cháy, chữa cháy.
Chương I
NHỮNG QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về phòng cháy, chữa cháy.
Luật này được Quốc hội khóa XV, Kỳ họp thứ 9 thông qua ngày 20 tháng 6 năm 2025.
CHỦ TỊCH QUỐC HỘI
Trần Văn Bình
"""


DECISION_PAGE = (
    PORTAL_PAGE.replace("1234/UBND-VP", "1234/QĐ-UBND")
    .replace("*V/v tăng cường công tác\nphòng cháy chữa cháy*\n", "")
    .replace(
        "**Kính gửi:** Các sở, ban, ngành tỉnh",
        "**QUYẾT\nĐỊNH**\nVỀ VIỆC BAN HÀNH QUY CHẾ PHÒNG CHÁY\n**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n"
        "*Căn cứ Luật Tổ chức chính quyền địa phương;*\n**QUYẾT ĐỊNH:**\n"
        "**Điều 1.** Ban hành quy chế phòng cháy.",
    )
)


def test_a_kind_name_cut_after_its_first_word() -> None:
    # Before, QUYẾT and ĐỊNH were two lines: the kind was guessed (Công văn) and the lines
    # from ĐỊNH to the authority were read as the issuer.
    assert "**QUYẾT\nĐỊNH**" in DECISION_PAGE
    found = parse_text(DECISION_PAGE).instrument
    assert found.kind is not None
    assert found.kind.name == "Quyết định"
    assert found.issuer is not None
    assert found.issuer.name == "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH"
    assert found.subject == "VỀ VIỆC BAN HÀNH QUY CHẾ PHÒNG CHÁY"


RESOLUTION = """\
HỘI ĐỒNG NHÂN DÂN
THÀNH PHỐ HÀ NỘI
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 70/2025/NQ-HĐND
*Hà Nội, ngày 27
tháng 11 năm 2025 *


**NGHỊ QUYẾT**

VỀ
VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ LỆ PHÍ CẤP GIẤY PHÉP XÂY DỰNG, DI TÍCH LỊCH
SỬ, CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI TẠI NGHỊ QUYẾT SỐ
10/2023/NQ-HĐND NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI

*Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;*

**QUYẾT NGHỊ:**

Điều 1. Sửa đổi khoản 2 Điều 3.
"""


def test_a_line_joined_to_the_one_above_leaves_no_blank_line() -> None:
    # ``VỀ`` / ``VIỆC ...`` is joined; the emptied line used to read as a blank line, which
    # ended the subject after its second line.
    result = parse_text(RESOLUTION)
    assert result.instrument.subject == (
        "VỀ VIỆC SỬA ĐỔI, BỔ SUNG QUY ĐỊNH VỀ LỆ PHÍ CẤP GIẤY PHÉP XÂY DỰNG, DI TÍCH LỊCH SỬ,"
        " CÔNG TRÌNH VĂN HÓA TRÊN ĐỊA BÀN THÀNH PHỐ HÀ NỘI TẠI NGHỊ QUYẾT SỐ 10/2023/NQ-HĐND"
        " NGÀY 06 THÁNG 12 NĂM 2023 CỦA HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI"
    )
    assert "label-joined" in {d.code for d in result.diagnostics}


DECISION = """\
THỦ TƯỚNG CHÍNH PHỦ
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2623/QĐ-TTg
*Hà Nội, ngày 01 tháng 12 năm 2025*

**QUYẾT ĐỊNH**

**BAN HÀNH KẾ HOẠCH TRIỂN KHAI THI HÀNH LUẬT THỐNG KÊ**

**THỦ TƯỚNG CHÍNH PHỦ**

*Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm
2025; *

*Căn cứ Luật Thống kê ngày 26 tháng 6 năm
2025; *

*Theo đề nghị của Bộ trưởng
Bộ Tài chính.*

**QUYẾT ĐỊNH:**

**Điều 1.**
Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thống kê.
"""


def test_legal_bases_and_an_article_wrapped_by_a_narrow_cell() -> None:
    # A basis cut before its year, a proposal cut before the body's name, and an article's
    # label on a line of its own: before, the second basis and the proposal went to the
    # background and the article's text to the closing.
    body = parse_text(DECISION).instrument.body
    assert [p.text for p in body.preamble] == [
        "Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;",
        "Căn cứ Luật Thống kê ngày 26 tháng 6 năm 2025;",
        "Theo đề nghị của Bộ trưởng Bộ Tài chính.",
    ]
    assert body.background == ()
    assert [(t.label, t.text) for t in body.tasks] == [
        ("Điều 1.", "Ban hành kèm theo Quyết định này Kế hoạch triển khai thi hành Luật Thống kê.")
    ]
    assert body.closing == ()


def test_a_damaged_issuer_line_under_its_parent_stays_the_issuer() -> None:
    # A PDF whose font maps no diacritics runs the issuer's words together: the line names
    # no body the reader knows, yet it is the issuer under its parent, not the parent's end
    # (typed in the shape pdftotext -layout gives such a page).
    page = (
        "  BO GIAO DUC VA DAO TAO                 CONG HOA XA HOI CHU NGHIA VIET NAM\n"
        "  TRUONGDAIHQCTAYDO                            Doc lap - Tu do - Hanh phuc\n\n"
        "  So: 62/QD-DHTD                            Can Tho, ngay 12 thang 8 nam 2025\n\n"
        "                          QUYET DINH\n"
        "           Ve viec bo nhiem chuc vu Pho Giam doc Trung tam\n\n"
        "Dieu 1. Bo nhiem ong Nguyen Van A giu chuc vu Pho Giam doc.\n"
    )
    issuer = parse_text(page).instrument.issuer
    assert issuer is not None
    assert issuer.name == "TRUONGDAIHQCTAYDO"
    assert issuer.parent is not None
    assert issuer.parent.name == "BO GIAO DUC VA DAO TAO"


# -- a consolidated text ---------------------------------------------------------------------

CONSOLIDATED = """\
BỘ TƯ PHÁP
-------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 07/VBHN-BTP
Hà Nội, ngày 15 tháng 3 năm 2024
THÔNG TƯ
Hướng dẫn việc quản lý sổ hộ tịch
Thông tư số 04/2020/TT-BTP ngày 28 tháng 5 năm 2020 của Bộ trưởng Bộ Tư pháp, được sửa
đổi, bổ sung bởi Thông tư số 03/2023/TT-BTP ngày 02 tháng 8 năm 2023.
Điều 1. Phạm vi điều chỉnh
Thông tư này hướng dẫn việc quản lý sổ hộ tịch.
Điều 2. Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 15 tháng 7 năm 2020.
Nơi nhận:
- Văn phòng Chính phủ;
- Lưu: VT, HTQTCT.
XÁC THỰC VĂN BẢN HỢP NHẤT
BỘ TRƯỞNG
Lê Văn Hùng
"""


def test_a_consolidated_text_is_read_as_itself() -> None:
    # A consolidated text prints the kind line of what it consolidates; its symbol (VBHN)
    # names its own kind, and the minister's xác thực block signs it.
    result = parse_text(CONSOLIDATED)
    found = result.instrument
    assert (found.kind and found.kind.code) == "van-ban-hop-nhat"
    assert found.number is not None
    assert (format_number(found.number), found.number.issuer_abbreviation) == (
        "07/VBHN-BTP",
        "BTP",
    )
    assert (found.issuer and found.issuer.abbreviation) == "BTP"
    (block,) = found.signatures
    assert (block.title, block.name) == ("BỘ TRƯỞNG", "Lê Văn Hùng")
    assert "consolidated-text" in {d.code for d in result.diagnostics}
    # the instrument it consolidates is no kind of its own
    plain = parse_text(CONSOLIDATED.replace("07/VBHN-BTP", "07/2024/TT-BTP")).instrument
    assert (plain.kind and plain.kind.code) == "thong-tu"


def test_a_long_subject_on_one_line_under_the_kind_line() -> None:
    # A web page sets the trích yếu on one line, longer than a body's first paragraph may
    # be taken for one; before, the header ended above it (subject-missing).
    subject = "Sửa đổi, bổ sung một số điều của " + ", ".join(
        f"Thông tư số {n}/2023/TT-BTP ngày 0{n} tháng 3 năm 2023 của Bộ trưởng Bộ Tư pháp"
        for n in range(1, 6)
    )
    assert 300 < len(subject) < 600
    head, _, _ = CONSOLIDATED.partition("Thông tư số 04/2020")
    page = (
        head.replace("07/VBHN-BTP", "07/2024/TT-BTP").replace(
            "Hướng dẫn việc quản lý sổ hộ tịch", subject
        )
        + "Căn cứ Luật Hộ tịch;\nĐiều 1. Sửa đổi Điều 2.\n"
    )
    found = parse_text(page).instrument
    assert found.subject == subject
    # a long paragraph closed by a stop is the body, not a subject
    paragraph = subject + " được thực hiện như sau."
    assert parse_text(page.replace(subject, paragraph)).instrument.subject != paragraph


def test_a_year_cut_digit_by_digit() -> None:
    page = CONSOLIDATED.replace("năm 2024\n", "năm 20\n2\n4\n", 1)
    date = parse_text(page).instrument.date
    assert date is not None
    assert (date.day, date.month, date.year) == (15, 3, 2024)


# -- a web address at a sentence's end is no closing mark ---------------------------------


def test_a_web_address_ending_a_sentence_does_not_close_the_body() -> None:
    # "https://thuedientu.gdt.gov.vn/." ends with "/." like the closing mark "./."; taken
    # for it, the body ended there and its next item was read as the first Nơi nhận entry
    letter = TAX_LETTER.format(signature="KT. TRƯỞNG THUẾ TỈNH\nPHÓ TRƯỞNG THUẾ TỈNH\n\nLê Văn Hòa")
    letter = letter.replace(
        "2. Nộp hồ sơ",
        "2. Tra cứu hướng dẫn tại website: https://thuedientu.gdt.gov.vn/.\n- Hạn\n"
        "chế nộp hồ sơ giấy.\n\n3. Nộp hồ sơ",
    )
    result = parse_text(letter)
    doc = result.instrument
    assert [t.label for t in doc.body.tasks] == ["1.", "2.", "3."]
    assert [r.name for r in doc.distribution] == ["Như trên", "Cục Thuế"]  # (để b/c) apart
    assert _findings(result) == []


# -- an appendix's header: a long title, the tie under it, and what the content prints ----

ANNEXED_DECISION = """\
**ỦY BAN NHÂN DÂN**
**TỈNH VĨNH LONG**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 215/QĐ-UBND

*Vĩnh Long, ngày 18 tháng 11 năm 2025*

**QUYẾT ĐỊNH**
**Về việc công bố danh mục thủ tục hành chính**

**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**

*Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;*
*Theo đề nghị của Giám đốc Sở Tài chính.*

**QUYẾT ĐỊNH:**

**Điều 1.** Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
**Điều 2.** Quyết định này có hiệu lực kể từ ngày ký.
**Điều 3.** Giám đốc Sở Tài chính chịu trách nhiệm thi hành Quyết định này./.

**Nơi nhận:**
- Như Điều 3;
- Lưu: VT, KT.

**CHỦ TỊCH**

**Nguyễn Văn Phú**

**PHỤ LỤC I**
DANH MỤC THỦ TỤC HÀNH CHÍNH
TRONG LĨNH VỰC ĐẦU TƯ: THỦ TỤC CẤP TỈNH; THỦ TỤC CẤP XÃ;
THỦ TỤC LIÊN THÔNG GIỮA CÁC CƠ QUAN TRONG TỈNH VÀ CÁC CƠ QUAN
TRUNG ƯƠNG ĐƯỢC CẤP CÓ THẨM QUYỀN PHÊ DUYỆT THEO KẾ HOẠCH (GIAI ĐOẠN
2025-2030)
* {tie} Quyết định số
215/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân dân tỉnh)*

1. Thủ tục cấp giấy chứng nhận đầu tư.

**PHỤ LỤC II**
MẪU ĐƠN ĐỀ NGHỊ
*(Kèm theo Quyết định số 215/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân \
dân tỉnh)*

Kèm theo văn bản đề nghị xem
xét hồ sơ là các giấy tờ sau:

**PHẦN
PHỤ LỤC**
1. Phụ lục các kết quả tính toán

*(Ban hành kèm theo Thông tư số 37/2025/TT-BNNMT ngày 02/7/2025 của Bộ trưởng)*
"""


@pytest.mark.parametrize(
    "tie", ["(Ban hành kèm theo", "(Ban hành kèm", "(Ban hành theo", "(Kèm theo"]
)
def test_an_appendix_header_read_within_the_header(tie: str) -> None:
    # a title over five lines above the tie (the last of figures), the tie's italics read as a
    # bullet; what the content prints (a form's sentence opening "Kèm theo", a form's own
    # "PHẦN PHỤ LỤC" heading and its tie to a circular) is no appendix header
    result = parse_text(ANNEXED_DECISION.format(tie=tie))
    doc = result.instrument
    assert [a.label for a in doc.appendices] == ["PHỤ LỤC I", "PHỤ LỤC II"]
    assert doc.printed is not None
    assert doc.printed.appendices == (
        "PHỤ LỤC I",
        "DANH MỤC THỦ TỤC HÀNH CHÍNH",
        f"{tie} Quyết định số 215/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân"
        " dân tỉnh)",
        "PHỤ LỤC II",
        "MẪU ĐƠN ĐỀ NGHỊ",
        "(Kèm theo Quyết định số 215/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân"
        " dân tỉnh)",
    )
    assert not [f for f in _findings(result) if f.startswith("VN-APPX")]


def test_an_appendix_tied_to_another_number_is_still_found() -> None:
    text = ANNEXED_DECISION.format(tie="(Kèm theo").replace(
        "215/QĐ-UBND ngày", "251/QĐ-UBND ngày", 1
    )
    assert "VN-APPX-002 printed.appendices[2]" in _findings(parse_text(text))


PLAIN_TIE_DECISION = """\
ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 77/QĐ-UBND
Hà Giang, ngày 5 tháng 3 năm 2026
QUYẾT ĐỊNH
Phê duyệt danh mục công trình thủy lợi
Điều 1. Phê duyệt danh mục công trình tại Phụ lục kèm theo.
Điều 2. Quyết định này có hiệu lực từ ngày ký./.
Nơi nhận:
- Như Điều 2;
- Lưu: VT, NN.
CHỦ TỊCH
Hoàng Văn Sơn
PHỤ LỤC
DANH MỤC CÔNG TRÌNH THỦY LỢI
Kèm theo Quyết định số 77/QĐ-UBND ngày 5 tháng 3 năm 2026
{rest}
STT Tên công trình Địa điểm
"""
"""An appendix whose tie is printed without parentheses, the issuer on the lines below."""


@pytest.mark.parametrize(
    ("rest", "issuer"),
    [
        ("của Chủ tịch Ủy ban nhân dân tỉnh", " của Chủ tịch Ủy ban nhân dân tỉnh"),
        (
            "của Chủ tịch Ủy ban\nnhân dân tỉnh Hà Giang",
            " của Chủ tịch Ủy ban nhân dân tỉnh Hà Giang",
        ),
        ("Biểu số 01", ""),  # the content's first line, not the tie's
    ],
)
def test_an_appendix_tie_without_parentheses_wraps_in_lower_case(rest: str, issuer: str) -> None:
    result = parse_text(PLAIN_TIE_DECISION.format(rest=rest))
    doc = result.instrument
    assert doc.printed is not None
    tie = "Kèm theo Quyết định số 77/QĐ-UBND ngày 5 tháng 3 năm 2026"
    assert doc.printed.appendices == ("PHỤ LỤC", "DANH MỤC CÔNG TRÌNH THỦY LỢI", tie + issuer)
    assert ("VN-APPX-002 printed.appendices[2]" in _findings(result)) == (not issuer)


# -- a crawl that lost the document's header: the portal's record, then Kính gửi ---------

HEADERLESS_LETTER = """\
**Số hiệu:**
|
5706/CT-CS
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
Cục Thuế
|
**Ngày ban hành:**
|
03/12/2025
|
**Tình trạng:**
|
Đã biết
|
{opening}
|
- Thuế thành phố Hà Nội;
- Công ty Cổ phần Minh Long.
Cục Thuế nhận được công văn của Công ty Cổ phần Minh Long đề nghị hướng dẫn chính sách thuế.
Cục Thuế đề nghị Thuế thành phố Hà Nội hướng dẫn Công ty thực hiện./.
|
Nơi nhận:
- Như trên;
- Lưu: VT, CS.
|
**KT. CỤC TRƯỞNG**
**PHÓ CỤC TRƯỞNG**
**Đặng Ngọc Minh**
"""


def test_the_addressees_under_a_portals_record_are_read() -> None:
    result = parse_text(HEADERLESS_LETTER.format(opening="**Kính gửi: **"))
    assert [a.name for a in result.instrument.addressees] == [
        "Thuế thành phố Hà Nội",
        "Công ty Cổ phần Minh Long",
    ]
    assert "portal-metadata-removed" in {d.code for d in result.diagnostics}
    assert not [f for f in _findings(result) if f.startswith("VN-RCPT")]


def test_a_portals_record_without_addressees_under_it_is_left_as_it_was() -> None:
    # no Kính gửi below the record: nothing to read past it, and Như trên has nothing to
    # refer to
    result = parse_text(HEADERLESS_LETTER.format(opening="Về việc hướng dẫn chính sách thuế:"))
    assert result.instrument.addressees == ()
    assert "VN-RCPT-002 distribution[0]" in _findings(result)


def test_an_appendix_tie_cut_at_a_pages_links_is_joined() -> None:
    # the page puts each link of the tie on a line of its own: the pieces go on while its
    # parenthesis is open, "09" and "/2026/..." glued as printed
    pieces = "(Kèm theo Quyết định số\n215\n/QĐ-UBND ngày 18 tháng 11 năm 2025\ncủa Chủ tịch Ủy ban nhân dân tỉnh)"
    text = ANNEXED_DECISION.format(tie="(Kèm theo").replace(
        "*(Kèm theo Quyết định số 215/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân"
        " dân tỉnh)*",
        pieces,
    )
    assert pieces in text
    result = parse_text(text)
    assert result.instrument.printed is not None
    assert result.instrument.printed.appendices[5] == (
        "(Kèm theo Quyết định số 215/QĐ-UBND ngày 18 tháng 11 năm 2025 của Chủ tịch Ủy ban nhân"
        " dân tỉnh)"
    )
    assert not [f for f in _findings(result) if f.startswith("VN-APPX")]


def test_a_cited_number_the_line_cut_from_the_subject_ends_the_subject() -> None:
    # A crawl's header cell wraps the subject before the number it cites; the number alone
    # is in capitals but names no body (typed in the shape of a thuvienphapluat page).
    page = (
        "|\n**SỞ TÀI CHÍNH**\n--------\n|\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 120/STC-NS\n"
        "*V/v hướng dẫn thực hiện Nghị định\n15/2025/NĐ-CP*\n|\n"
        "*Sóc Trăng, ngày 18 tháng 11 năm 2025*\n|\n"
        "**Kính gửi: **Ủy ban nhân dân các huyện.\n"
        "Sở Tài chính đề nghị các đơn vị báo cáo trước ngày 30/11/2025.\n"
    )
    doc = parse_text(page).instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "SỞ TÀI CHÍNH"
    assert doc.issuer.parent is None
    assert doc.subject == "V/v hướng dẫn thực hiện Nghị định 15/2025/NĐ-CP"


def test_a_mark_line_cut_before_its_last_word_keeps_it() -> None:
    # A Politburo conclusion's block: the mark's body cut by a narrow cell, and no title
    # (a central Party body's signer prints none); typed in a crawl's shape.
    page = (
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 15-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 18 tháng 11 năm 2025\nKẾT LUẬN\nCỦA BỘ CHÍNH TRỊ\n"
        "về định hướng công tác cán bộ\n"
        "1. Các cấp ủy, tổ chức đảng quán triệt và thực hiện nghiêm Kết luận này.\n"
        "Nơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương Đảng.\n"
        "**T/M BỘ CHÍNH\nTRỊ**\nNguyễn Văn An\n"
    )
    (block,) = parse_text(page).instrument.signatures
    assert [(a.mark, a.applies_to) for a in block.authorities] == [(SigningMark.TM, "BỘ CHÍNH TRỊ")]
    assert block.title is None
    assert block.name == "Nguyễn Văn An"


def test_each_ministry_of_a_joint_circular_signs_for_its_minister() -> None:
    # "BỘ QUỐC PHÒNG" under "KT. BỘ TRƯỞNG" ends the mark: PHÒNG holds "pho" but is no
    # deputy's title (typed in the shape of a vbpl.vn joint circular).
    page = (
        "BỘ TƯ PHÁP - BỘ QUỐC PHÒNG\nSố: 12/2025/TTLT-BTP-BQP\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 10 tháng 6 năm 2025\nTHÔNG TƯ LIÊN TỊCH\n"
        "Hướng dẫn phối hợp trợ giúp pháp lý\nĐiều 1. Phạm vi điều chỉnh\n"
        "Thông tư liên tịch này hướng dẫn việc phối hợp.\nĐiều 2. Hiệu lực thi hành\n"
        "Thông tư liên tịch này có hiệu lực thi hành kể từ ngày ký./.\n"
        "KT. BỘ TRƯỞNG\nBỘ TƯ PHÁP\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn Bình\n"
        "KT. BỘ TRƯỞNG\nBỘ QUỐC PHÒNG\nTHỨ TRƯỞNG\n(Đã ký)\nThượng tướng Trần Văn Cường\n"
        "Nơi nhận:\n- Các Bộ, cơ quan ngang Bộ;\n- Lưu: VT, BTP, BQP.\n"
    )
    blocks = parse_text(page).instrument.signatures
    assert [(b.authorities[0].applies_to, b.title) for b in blocks] == [
        ("BỘ TRƯỞNG BỘ TƯ PHÁP", "THỨ TRƯỞNG"),
        ("BỘ TRƯỞNG BỘ QUỐC PHÒNG", "THỨ TRƯỞNG"),
    ]


def test_a_plan_s_start_date_is_no_deadline() -> None:
    # "Thời gian thực hiện: Từ 01/7/2025." says when the work starts; a plan issued in
    # November is not late for it (typed in the shape of a provincial plan).
    page = (
        "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 45/KH-UBND\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "An Giang, ngày 20 tháng 11 năm 2025\nKẾ HOẠCH\n"
        "Nâng cao năng lực xây dựng pháp luật\nI. NHIỆM VỤ\n"
        "1. Rà soát văn bản quy phạm pháp luật\nĐơn vị chủ trì thực hiện: Sở Tư pháp.\n"
        "Đơn vị phối hợp: Sở Tài chính.\nThời gian thực hiện: Từ 01/7/2025.\n"
        "2. Tập huấn nghiệp vụ\nĐơn vị chủ trì thực hiện: Sở Nội vụ.\n"
        "Thời gian thực hiện: Trước 30/12/2025.\n"
        "Nơi nhận:\n- Các sở, ngành;\n- Lưu: VT, NC.\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n"
        "PHÓ CHỦ TỊCH\nNguyễn Văn An\n"
    )
    result = parse_text(page)
    (task,) = [t for t in result.instrument.body.all_tasks() if t.label == "1."]
    assert task.deadline == RelativeDeadline(text="Từ 01/7/2025")
    found = check(result, today=datetime.date(2025, 12, 1))
    assert "VN-TASK-001" not in {d.code for d in found}


def test_a_party_banner_cut_after_its_first_word_opens_the_document() -> None:
    # A whole portal page: its record of the document as lines (key, then value), then the
    # document, whose narrow cell cut the Party banner after ĐẢNG (typed in that shape).
    record = (
        "**Số hiệu:**\n|\n45-KL/TU\n|\n|\n**Loại văn bản:**\n|\nVăn bản khác\n|\n"
        "**Nơi ban hành:**\n|\nTỉnh ủy An Giang\n|\n|\n**Ngày ban hành:**\n|\n18/11/2025\n|\n|\n"
    )
    document = (
        "**BAN\nTHƯỜNG VỤ TỈNH ỦY**\n*\n|\n**ĐẢNG\nCỘNG SẢN VIỆT NAM**\n---------------\n|\n|\n"
        "Số 45-KL/TU\n|\n*An Giang, ngày 18\ntháng 11 năm 2025*\n|\n**KẾT LUẬN **\n"
        "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nVỀ CÔNG TÁC CÁN BỘ NĂM 2026\n-----\n"
        "1. Các cấp ủy, tổ chức đảng quán triệt và thực hiện nghiêm Kết luận này.\n"
    )
    result = parse_text("|\nVăn bản này chưa cập nhật nội dung Tiếng Anh\n|\n" + record + document)
    doc = result.instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "BAN THƯỜNG VỤ TỈNH ỦY"
    assert doc.number is not None
    assert format_number(doc.number) == "45-KL/TU"
    assert doc.place == "An Giang"
    assert doc.date == PartialDate(day=18, month=11, year=2025)
    assert "portal-metadata-removed" in {d.code for d in result.diagnostics}


def test_a_joint_header_wrapped_inside_a_name_is_one_issuer() -> None:
    # The issuers of a joint circular joined by dashes, the line cut inside BỘ QUỐC PHÒNG
    # (typed in the shape of a vbpl.vn page): one issuer, no parent.
    page = (
        "BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC\nPHÒNG - BỘ TÀI CHÍNH\n"
        "Số: 12/2025/TTLT-BTP-BCA-BQP-BTC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 6 năm 2025\n"
        "THÔNG TƯ LIÊN TỊCH\nHướng dẫn phối hợp trợ giúp pháp lý\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư liên tịch này hướng dẫn việc phối hợp.\n"
    )
    issuer = parse_text(page).instrument.issuer
    assert issuer is not None
    assert issuer.name == "BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC PHÒNG - BỘ TÀI CHÍNH"
    assert issuer.parent is None


def test_a_joint_header_wrapped_after_its_last_dash_is_one_issuer() -> None:
    # Three bodies joined by dashes over four lines, the last two lines without a dash
    # (the third body's name wrapped twice): one issuer, no parent.
    page = (
        "HỘI ĐỒNG NHÂN DÂN TỈNH\nỦY BAN NHÂN DÂN TỈNH - BAN THƯỜNG TRỰC\nỦY BAN MẶT TRẬN\n"
        "TỔ QUỐC VIỆT NAM TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 5/NQLT-HĐND-UBND-MTTQ\n"
        "Hà Giang, ngày 10 tháng 6 năm 2025\nNGHỊ QUYẾT LIÊN TỊCH\nHướng dẫn hiệp thương\n"
        "Điều 1. Phạm vi điều chỉnh\nNghị quyết liên tịch này hướng dẫn việc hiệp thương.\n"
    )
    issuer = parse_text(page).instrument.issuer
    assert issuer is not None
    assert issuer.name == (
        "HỘI ĐỒNG NHÂN DÂN TỈNH ỦY BAN NHÂN DÂN TỈNH - BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN"
        " TỔ QUỐC VIỆT NAM TỈNH"
    )
    assert issuer.parent is None


def test_a_letter_to_addressees_whose_symbol_names_no_kind_is_a_cong_van() -> None:
    # No kind line and a subject without V/v: the number's symbol is the issuer's and its
    # drafting unit's (NĐ 30 Phụ lục III), and the letter is sent to someone.
    page = (
        "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\n**SỞ TƯ PHÁP**\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 812/STP-HCTP\nCần Thơ, ngày 3 tháng 9 năm 2025\n"
        "*Về hướng dẫn chứng thực bản sao điện tử*\n"
        "**Kính gửi: **Ủy ban nhân dân các phường, xã.\n"
        "Sở Tư pháp đề nghị các phường, xã thực hiện chứng thực theo quy định.\n"
    )
    result = parse_text(page)
    kind = result.instrument.kind
    assert kind is not None
    assert kind.code == "cong-van"
    assert "kind-from-form" in {d.code for d in result.diagnostics}


def test_a_consolidated_text_is_numbered_and_dated_by_its_authentication_block() -> None:
    # A consolidated text prints the instrument it consolidates at the top and its own
    # number, date and issuer only in the block that authenticates it (typed in the shape
    # of a vbpl.vn page).
    page = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "________________________\nTHÔNG TƯ\nQUY ĐỊNH THỦ TỤC CẤP GIẤY CHỨNG NHẬN THUYỀN VIÊN\n"
        "Thông tư số 20/2016/TT-BGTVT ngày 10 tháng 8 năm 2016 của Bộ trưởng Bộ Giao thông"
        " vận tải quy định thủ tục cấp giấy chứng nhận thuyền viên, được sửa đổi, bổ sung bởi:\n"
        "1. Thông tư số 30/2025/TT-BXD ngày 29 tháng 12 năm 2025 của Bộ trưởng Bộ Xây dựng.\n"
        "Căn cứ Bộ luật Hàng hải Việt Nam năm 2015;\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định thủ tục cấp giấy chứng nhận.\n"
        "Điều 2. Hiệu lực thi hành\nThông tư này có hiệu lực kể từ ngày 01 tháng 10 năm 2016.\n"
        "BỘ XÂY DỰNG\n_____________\nSố: 15/VBHN-BXD\nXÁC THỰC VĂN BẢN HỢP NHẤT\n"
        "Hà Nội, ngày 05 tháng 3 năm 2026\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n(Đã ký)\nNguyễn Văn Bình\n"
    )
    result = parse_text(page)
    doc = result.instrument
    assert doc.kind is not None
    assert doc.kind.code == "van-ban-hop-nhat"
    assert doc.number is not None
    assert format_number(doc.number) == "15/VBHN-BXD"
    assert (doc.place, doc.date) == ("Hà Nội", PartialDate(day=5, month=3, year=2026))
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("BỘ XÂY DỰNG", None)
    assert "consolidated-authentication" in {d.code for d in result.diagnostics}


def test_a_dashed_addressee_wrapped_before_a_capital_stays_one_addressee() -> None:
    # A narrow cell wraps an addressee before a name in capitals ("... cơ quan thuộc" /
    # "Chính phủ;"): the short end closes the entry (typed in a crawl's shape).
    page = (
        "BỘ NỘI VỤ\nSố: 10989/BNV-TCBC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nHà Nội, ngày 10 tháng 11 năm 2025\n"
        "V/v đề xuất biên chế giai đoạn 2026-2031\n**Kính gửi:**\n|\n"
        "- Các bộ, cơ quan ngang bộ, cơ quan thuộc\nChính phủ;\n"
        "- Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương.\n|\n"
        "Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ, Bộ Nội vụ đề nghị các cơ quan"
        " đề xuất biên chế.\n"
    )
    doc = parse_text(page).instrument
    assert [a.name for a in doc.addressees] == [
        "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
    ]


def test_an_appendix_label_in_title_case_after_the_signer_is_no_second_signer() -> None:
    # a portal's page prints the label 'Phụ Lục' right under the signer's name, its tie below
    text = (
        "BỘ TƯ PHÁP\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số: 03/2026/TT-BTP\n"
        "Hà Nội, ngày 09 tháng 01 năm 2026\n"
        "THÔNG TƯ\n"
        "Quy định tiêu chí chất lượng dịch vụ công\n"
        "Điều 1. Phạm vi điều chỉnh\n"
        "Thông tư này quy định tiêu chí chất lượng dịch vụ công.\n"
        "Điều 2. Hiệu lực thi hành\n"
        "Thông tư này có hiệu lực kể từ ngày 01 tháng 3 năm 2026./.\n"
        "KT. BỘ TRƯỞNG\n"
        "THỨ TRƯỞNG\n"
        "Trần Văn Bình\n"
        "Phụ Lục\n"
        "TIÊU CHÍ CHẤT LƯỢNG DỊCH VỤ CÔNG\n"
        "(Kèm theo Thông tư số 03/2026/TT-BTP ngày 09 tháng 01 năm 2026 của Bộ trưởng)\n"
        "STT\n"
        "Tiêu chí\n"
    )
    blocks = parse_text(text).instrument.signatures
    assert [(b.title, b.name) for b in blocks] == [("THỨ TRƯỞNG", "Trần Văn Bình")]


# -- labels and references an HTML page's spans cut onto lines of their own -----------------

AMENDING_DECREE = """\
CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 301/2025/NĐ-CP
Hà Nội, ngày 20 tháng 11 năm 2025

NGHỊ ĐỊNH
Sửa đổi, bổ sung một số điều của các nghị định về lưu trữ

Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;

Theo đề nghị của Bộ trưởng Bộ Nội vụ;

Chính phủ ban hành Nghị định sửa đổi, bổ sung một số điều của các nghị định về lưu trữ.

Chương I
SỬA ĐỔI NGHỊ ĐỊNH VỀ LƯU TRỮ
Điều 1. Sửa đổi, bổ sung Điều
7
“
Điều 7. Thời hạn nộp lưu
1. Hồ sơ được nộp lưu trong thời hạn 01 năm.
2. Giải thích từ ngữ:
a) Hồ sơ là tập văn bản.
b) Mô tả nội dung công việc: là các bước lập hồ sơ.
c) Danh mục là bảng kê hồ sơ.
3. Hồ sơ điện tử được nộp lưu qua hệ thống.
4
.
Cơ quan lưu trữ tiếp nhận hồ sơ.”
Chương I
I
ĐIỀU KHOẢN THI HÀNH
Điều 2. Hiệu lực thi hành
1. Nghị định này có hiệu lực từ ngày 01 tháng 01 năm 2026.
2. Thay thế cụm từ “lưu trữ lịch sử” tại khoản 3
Điều 1.
3. Các Bộ trưởng chịu trách nhiệm thi hành Nghị định này./.

Nơi nhận:
- Ban Bí thư Trung ương Đảng;
- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính
- Bộ Tư pháp;
- Lưu: VT, TCCV.

TM. CHÍNH PHỦ
KT. THỦ TƯỚNG
PHÓ THỦ TƯỚNG

Nguyễn Hòa Bình
"""


def test_an_amending_decrees_labels_and_quotes_cut_by_spans_read_whole() -> None:
    # Before: "Chương I" / "I" repeated chapter I, "khoản 3" / "Điều 1." was read as an
    # article, the term defined as "Mô tả nội dung công việc:" was taken for a field and
    # went into the item above (a VN-BODY-003 gap), and the unit's item without its ";"
    # before its ministry drew VN-DIST-004.
    result = parse_text(AMENDING_DECREE)
    chapters = result.instrument.body.tasks
    assert [t.label for t in chapters] == ["Chương I", "Chương II"]
    articles = [t.label for chapter in chapters for t in chapter.subtasks]
    assert articles == ["Điều 1.", "Điều 2."]
    first = chapters[0].subtasks[0]
    assert first.text == "Sửa đổi, bổ sung Điều 7\n“Điều 7. Thời hạn nộp lưu"
    assert [t.label for t in first.subtasks] == ["1.", "2.", "3.", "4."]
    assert [t.label for t in first.subtasks[1].subtasks] == ["a)", "b)", "c)"]
    second = chapters[1].subtasks[0]
    assert [t.label for t in second.subtasks] == ["1.", "2.", "3."]
    assert second.subtasks[1].text.endswith("tại khoản 3 Điều 1.")
    assert _findings(result) == []


def test_an_opening_quote_alone_at_the_end_is_kept() -> None:
    text = AMENDING_DECREE.replace("Nguyễn Hòa Bình\n", "Nguyễn Hòa Bình\n“\n")
    assert "“" in repr(parse_text(text))


def test_a_units_superscript_cut_onto_its_line_is_no_label() -> None:
    # "300 cm" / "2" / "." is cm² and the sentence's stop (an HTML page's <sup>), not a
    # khoản "2." cut from its stop: that only follows a sentence that ended.
    text = AMENDING_DECREE.replace(
        "1. Hồ sơ được nộp lưu trong thời hạn 01 năm.",
        "1. Hồ sơ được nộp lưu trên diện tích 300 cm\n2\n.",
    )
    first = parse_text(text).instrument.body.tasks[0].subtasks[0]
    assert [t.label for t in first.subtasks] == ["1.", "2.", "3.", "4."]
    assert first.subtasks[0].text.startswith("Hồ sơ được nộp lưu trên diện tích 300 cm")


def test_a_chapters_numeral_before_a_title_opening_with_a_vowel_is_no_cut_word() -> None:
    # "Chương V" / "ƯU ĐÃI ...": before, read as a word a span cut ("VƯU"), and the chapter
    # was lost (VN-BODY-003: Chương VI follows IV).
    text = AMENDING_DECREE.replace("Chương I\nSỬA ĐỔI", "Chương IV\nSỬA ĐỔI", 1).replace(
        "Chương I\nI\nĐIỀU KHOẢN", "Chương V\nƯU ĐÃI VÀ ĐIỀU KHOẢN", 1
    )
    result = parse_text(text)
    assert [t.label for t in result.instrument.body.tasks] == ["Chương IV", "Chương V"]
    assert result.instrument.body.tasks[1].text.startswith("ƯU ĐÃI VÀ ĐIỀU KHOẢN")


# -- a page's title over the document, the subject printed a second time ---------------------

TITLED_PAGE = """\
*Nguồn: https://example.vn/van-ban/quyet-dinh-88-qd-ubnd.aspx*

# {title}

| ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc --------------- |
|---|---|
| Số: 88/{symbol} {own_in_cell} | Tuy Hòa, ngày 6 tháng 3 năm 2026 |

{own_below}

Kính gửi: Sở Tài chính tỉnh Phú Yên.

Sở Tài chính rà soát, báo cáo trước ngày 30/3/2026.
"""


@pytest.mark.parametrize(
    ("title", "symbol", "own_in_cell", "own_below"),
    [
        (  # the title as the page prints it, the subject again in the number's cell
            "V/v cấp kinh phí sửa chữa trường học",
            "UBND-KT",
            "V/v cấp kinh phí sửa chữa trường học.",
            "",
        ),
        (  # a decision's title in sentence case, its subject in capitals under the kind
            "Về việc cấp kinh phí sửa chữa trường học",
            "QĐ-UBND",
            "",
            "QUYẾT ĐỊNH\n\nVỀ VIỆC CẤP KINH PHÍ SỬA CHỮA TRƯỜNG HỌC",
        ),
    ],
)
def test_a_subject_printed_by_the_page_and_the_document_is_read_once(
    title: str, symbol: str, own_in_cell: str, own_below: str
) -> None:
    result = parse_text(
        TITLED_PAGE.format(title=title, symbol=symbol, own_in_cell=own_in_cell, own_below=own_below)
    )
    subject = result.instrument.subject
    assert subject is not None
    assert subject.casefold().count("kinh phí") == 1
    assert subject.casefold().rstrip(".").endswith("cấp kinh phí sửa chữa trường học")
    assert "subject-repeated" in {d.code for d in result.diagnostics}


def test_a_subject_that_repeats_only_its_start_is_kept_whole() -> None:
    # two lines that share their first words are one subject, not a repeat
    result = parse_text(
        "BỘ Y TẾ\nSố: 5/BYT-KH\nV/v tăng cường phòng chống dịch\n"
        "tăng cường phòng chống dịch bệnh mùa mưa\n\nKính gửi: Sở Y tế các tỉnh.\n"
    )
    assert result.instrument.subject == (
        "V/v tăng cường phòng chống dịch tăng cường phòng chống dịch bệnh mùa mưa"
    )
    assert "subject-repeated" not in {d.code for d in result.diagnostics}


# -- no addressee read: said ------------------------------------------------------------------

LETTER = """\
SỞ Y TẾ TỈNH BẮC KẠN
Số: 31/SYT-NV
{opening}
Đề nghị các đơn vị báo cáo trước ngày 15/4/2026.
Nơi nhận:
- Lưu: VT.
GIÁM ĐỐC
Hoàng Văn Nam
"""


@pytest.mark.parametrize(
    ("opening", "said"),
    [
        ("V/v báo cáo dịch sốt xuất huyết", "addressees-missing"),  # a letter is to someone
        (  # a paragraph the header did not take stands before 'Kính gửi': said, with its line
            "GIẤY MỜI HỌP\n\nCăn cứ Kế hoạch số 12/KH-SYT.\n\nKính gửi: Trung tâm Y tế huyện.",
            "addressees-unreadable",
        ),
        ("V/v báo cáo dịch sốt xuất huyết\nKính gửi: Trung tâm Y tế huyện.", None),
    ],
)
def test_a_letter_with_no_addressee_read_says_so(opening: str, said: str | None) -> None:
    result = parse_text(LETTER.format(opening=opening))
    found = [d for d in result.diagnostics if d.code.startswith("addressees-")]
    assert [d.code for d in found] == ([] if said is None else [said])
    assert bool(result.instrument.addressees) is (said is None)
    if said == "addressees-unreadable":
        assert found[0].line == 7  # the 'Kính gửi' line
