"""The place-and-date line as scans and crawls leave it: damaged words and digits, a place of
the 2025 reform, the punctuation a scan puts after the place, a number cell run into it, a
stamp fragment above it.

Each header is typed for the test in its own words (no document is copied); the expected
values are read off the line printed in it.
"""

from __future__ import annotations

import pytest

from vnadmin.model import PartialDate
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.dateline import find_dateline

HEADER = """\
ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LONG AN                   Độc lập - Tự do - Hạnh phúc
Số: 41/UBND-VX                 {line}

V/v tổ chức hội nghị sơ kết

Kính gửi: Sở Y tế.

Đề nghị Sở Y tế chuẩn bị nội dung hội nghị.
"""


def _read(line: str) -> ParseResult:
    return parse_text(HEADER.format(line=line))


def _said(result: ParseResult, code: str) -> str:
    return " ".join(d.message for d in result.diagnostics if d.code == code)


@pytest.mark.parametrize(
    "line",
    [
        "Long An, ngàv 09 tháng 7 năm 2025",  # 'y' read as 'v'
        "Long An, ugày 09 tháng 7 năm 2025",  # 'n' read as 'u'
        "Long An, ngày 09 thág 7 năm 2025",  # a letter of 'tháng' lost
        "Long An, ngày 09 tbáng 7 năm 2025",  # 'h' read as 'b'
        "Long An, ngày 09 tháng 7 nărn 2025",  # 'm' read as 'rn'
        "Long An, ngày 09 tháng 7 năm ,2025",  # a speck before the year
        "Long An, ngày 09 tháng 7 năm 2025 ,.-_ !",  # a seal's rim after the year
    ],
)
def test_damaged_words_of_the_date_line_are_read(line: str) -> None:
    doc = _read(line).instrument
    assert (doc.place, doc.date) == ("Long An", PartialDate(day=9, month=7, year=2025))


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Long An, ngày l9 tháng 7 năm 2025", "'l9' as 19"),
        ("Long An, ngày O9 tháng 7 năm 2025", "'O9' as 9"),
        ("Long An, ngày 19 tháng I2 năm 2025", "'I2' as 12"),
        ("Long An, ngày 19 tháng 7 năm 2O25", "year '2O25' as 2025"),
        ("Long An, ngày 19 tháng 7 năm 2o25", "year '2o25' as 2025"),
    ],
)
def test_look_alike_letters_among_the_digits_are_read_and_said(line: str, said: str) -> None:
    result = _read(line)
    date = result.instrument.date
    assert date is not None
    assert (date.month, date.year) == (12 if "I2" in line else 7, 2025)
    assert date.day == (9 if "O9" in line else 19)
    assert said in _said(result, "date-repaired")


def test_a_year_the_grammar_cannot_read_is_never_dropped_silently() -> None:
    # 'năm 2O25': the grammar's year is four digits; the line is not taken without its year
    result = _read("Long An, ngày 19 tháng 7 năm 2O25")
    assert result.instrument.date == PartialDate(day=19, month=7, year=2025)


def test_a_look_alike_beside_a_day_not_read_is_left_unread() -> None:
    # a handwritten day ('#4') is not read; the month's 'I' beside it is not guessed either
    result = _read("Long An, ngày #4 tháng 0I năm 2025")
    assert result.instrument.date == PartialDate(year=2025)
    assert "date-unreadable" in {d.code for d in result.diagnostics}


def test_a_draft_leaves_its_year_unfinished() -> None:
    result = _read("Long An, ngày     tháng     năm 20")
    assert (result.instrument.place, result.instrument.date) == ("Long An", PartialDate())


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Đặc khu Côn Đảo, ngày 09 tháng 7 năm 2025", "Đặc khu Côn Đảo"),  # 2025 reform
        ("Phường Bến Thành, ngày 09 tháng 7 năm 2025", "Phường Bến Thành"),
        ("Long An; ngày 09 tháng 7 năm 2025", "Long An"),  # the comma read as ';'
        ("Long An. ngày 09 tháng 7 năm 2025", "Long An"),  # or as a full stop
        ("TP. Tây Ninh, ngày 09 tháng 7 năm 2025", "TP. Tây Ninh"),  # an abbreviation's stop
        ("TP.HCM, ngày 09 tháng 7 năm 2025", "TP.HCM"),  # the city abbreviated
        ("TP HCM, ngày 09 tháng 7 năm 2025", "TP HCM"),
        ("Quận 3, ngày 09 tháng 7 năm 2025", "Quận 3"),  # a unit numbered in its name
        ("Bà Rịa - Vũng Tàu, ngày 09 tháng 7 năm 2025", "Bà Rịa - Vũng Tàu"),  # two names
        ("- Long An, ngày 09 tháng 7 năm 2025", "Long An"),  # a list's dash before it
        ("[Long An, ngày 09 tháng 7 năm 2025]", "Long An"),  # a crawl's bracket
        ("Long An， ngày 09 tháng 7 năm 2025", "Long An"),  # a full-width comma
    ],
)
def test_places_as_printed_without_the_scan_punctuation(line: str, place: str) -> None:
    doc = _read(line).instrument
    assert (doc.place, doc.date) == (place, PartialDate(day=9, month=7, year=2025))


def test_a_number_cell_that_lost_its_label_and_slash_is_cut_from_the_date() -> None:
    # OCR read 'Số: 12/TB-SYT' as 'sóQ2TB-SYT' and left a mark before the place
    text = HEADER.replace("Số: 41/UBND-VX                 {line}", "—— sóQ2TB-SYT ˆ {line}")
    result = parse_text(text.format(line="Long An, ngày 09 tháng 7 năm 2025"))
    doc = result.instrument
    assert (doc.place, doc.date) == ("Long An", PartialDate(day=9, month=7, year=2025))
    # the cell cut off is the number line, unread and said, never an issuer line
    assert doc.issuer is not None
    assert doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH LONG AN"
    assert doc.subject == "V/v tổ chức hội nghị sơ kết"
    assert "number-unreadable" in {d.code for d in result.diagnostics}


def test_a_stamp_fragment_between_the_issuer_and_the_number_line_is_passed() -> None:
    # a seal's letters read as a short line ending in '...': the header goes on below it
    text = HEADER.replace("Số: 41/UBND-VX", "Xo, Tg AA = mu...\nSố: 41/UBND-VX")
    result = parse_text(text.format(line="Long An, ngày 09 tháng 7 năm 2025"))
    doc = result.instrument
    assert doc.number is not None
    assert (doc.place, doc.date) == ("Long An", PartialDate(day=9, month=7, year=2025))
    assert "Xo, Tg AA" in _said(result, "line-skipped")


BELOW = """\
ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN HÒA                     Độc lập - Tự do - Hạnh phúc
Số: 7/UBND

V/v dọn vệ sinh đường làng

Kính gửi: Các thôn.

Đề nghị các thôn tổ chức dọn vệ sinh trước ngày 20/5/2025.

{below}
Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- Như trên;                                CHỦ TỊCH
- Lưu: VT.
                                           Trần Thị Hoa
{after}
"""


def test_a_date_line_printed_above_the_signature_is_read_and_said() -> None:
    below = "                                           Tân Hòa, ngày 12 tháng 5 năm 2025"
    result = parse_text(BELOW.format(below=below, after=""))
    doc = result.instrument
    assert (doc.place, doc.date) == ("Tân Hòa", PartialDate(day=12, month=5, year=2025))
    (said,) = [d for d in result.diagnostics if d.code == "date-below"]
    assert said.line == 11
    assert "date-missing" not in {d.code for d in result.diagnostics}


def test_a_date_line_printed_under_the_signature_is_read() -> None:
    result = parse_text(BELOW.format(below="", after="Tân Hòa, ngày 12 tháng 5 năm 2025"))
    assert result.instrument.date == PartialDate(day=12, month=5, year=2025)


def test_a_copy_date_below_the_body_is_never_the_documents() -> None:
    # the SAO Y block under the signature prints the copy's own number and date
    after = "SAO Y\nSố: 3/SY-UBND                     Tân Hòa, ngày 14 tháng 5 năm 2025"
    result = parse_text(BELOW.format(below="", after=after))
    assert result.instrument.date is None
    assert "date-missing" in {d.code for d in result.diagnostics}


def test_a_date_in_a_sentence_of_the_body_is_no_date_line() -> None:
    below = "Tân Hòa, ngày 12 tháng 5 năm 2025 các thôn đã họp bàn."
    result = parse_text(BELOW.format(below=below, after=""))
    assert result.instrument.date is None


@pytest.mark.parametrize(
    ("line", "blank"),
    [
        ("Long An, ngày      tháng 7 năm 2025", "day"),  # a handwritten day the scan lost
        ("Long An, ngày ... tháng ... năm 2025", "day and month"),  # a draft
    ],
)
def test_a_blank_day_or_month_is_said(line: str, blank: str) -> None:
    result = _read(line)
    assert result.instrument.date is not None
    assert result.instrument.date.year == 2025
    assert f"leaves its {blank} blank" in _said(result, "date-blank")


def test_a_whole_date_says_nothing_blank() -> None:
    assert "date-blank" not in {
        d.code for d in _read("Long An, ngày 09 tháng 7 năm 2025").diagnostics
    }


def test_a_year_neither_digits_nor_their_look_alikes_is_said() -> None:
    # 'ò' folds to 'o' but is no digit's look-alike: the year is not read, and said
    result = _read("Long An, ngày 09 tháng 7 năm 2ò25")
    assert result.instrument.date == PartialDate(day=9, month=7)
    assert "'2ò25'" in _said(result, "date-unreadable")


@pytest.mark.parametrize(
    "line",
    [
        "Long An, ngày ^wháng{ năm 2025",  # 't' of 'tháng' read as 'w', the day and month
        "Long An, ngày “ Šhánghăm 2025",  # handwritten and lost; 'n' of 'năm' read as 'h'
        "Long An, ngà tháng năm 2025",  # 'ngày' lost its last letter, nothing written in
    ],
)
def test_a_date_line_whose_words_a_scan_damaged_keeps_its_place_and_year(line: str) -> None:
    doc = _read(line).instrument
    assert (doc.place, doc.date) == ("Long An", PartialDate(year=2025))


def test_a_number_cell_whose_slash_a_speck_replaced_is_cut_from_the_date() -> None:
    """``Só;|6Ẩ ¡TB-DCT``: the number's digits and slash unreadable, a speck glued to the
    symbol; the date line run on after it is still the date line."""
    text = HEADER.replace("Số: 41/UBND-VX                 {line}", "{line}")
    doc = parse_text(
        text.format(line="Só;|6Ẩ ¡UB-VXTT Long An, ngày 09 tháng 7 năm 2025")
    ).instrument
    assert (doc.place, doc.date) == ("Long An", PartialDate(day=9, month=7, year=2025))


# -- the year and the day as a scan of a handwritten or faint date line leaves them --------


@pytest.mark.parametrize(
    ("line", "unread"),
    [
        ("Hà Nội, ngày 21 tháng 4 năm 201]", "'201]'"),  # the last digit read as a bracket
        ("Hà Nội, ngày 21 tháng 4 năm 201].", "'201].'"),  # and a speck after it
        ("Hà Nội, ngày 21 tháng 4 nãm 201]", "'201]'"),  # the year word misread as well
        ("Hà Nội, ngày 21 tháng 4 năm 2 0]8", "'2 0]8'"),  # cut and damaged
    ],
)
def test_a_year_past_reading_keeps_the_day_and_month_and_says_so(line: str, unread: str) -> None:
    # no digit is made up for the bracket: the year stays blank, the rest of the date holds
    result = _read(line)
    assert (result.instrument.place, result.instrument.date) == (
        "Hà Nội",
        PartialDate(day=21, month=4),
    )
    assert unread in _said(result, "date-unreadable")


def test_words_after_the_year_word_are_no_damaged_year() -> None:
    # a body sentence that names the month of a year in words is no date line
    assert find_dateline("Hà Nội, ngày 21 tháng 4 năm 20 nay đã họp") is None


@pytest.mark.parametrize(
    ("line", "date", "said"),
    [
        ("Hà Nội, ngày 21 tháng 4 năm 20l8", PartialDate(day=21, month=4, year=2018), "20l8"),
        ("Hà Nội, ngày 21 tháng 4 năm 2O19", PartialDate(day=21, month=4, year=2019), "2O19"),
        ("Hà Nội, ngàyl5 tháng 4 năm 2019", PartialDate(day=15, month=4, year=2019), "'l5'"),
    ],
)
def test_look_alike_letters_glued_or_in_the_year_are_read_and_named(
    line: str, date: PartialDate, said: str
) -> None:
    result = _read(line)
    assert result.instrument.date == date
    assert said in _said(result, "date-repaired")


def test_a_year_word_misread_reads_its_year() -> None:
    assert _read("Hà Nội, ngày 21 tháng 4 nãm 2019").instrument.date == PartialDate(
        day=21, month=4, year=2019
    )


@pytest.mark.parametrize(
    ("day", "code"),
    [
        ("..", "date-blank"),  # dotted out for a hand that never wrote
        ("/", "date-unreadable"),  # a pen stroke read as a slash
        ("2⁄12", "date-unreadable"),  # a fraction slash among the digits: no day to take
        ("#&", "date-unreadable"),  # the scan's guess at a handwritten day
    ],
)
def test_a_handwritten_day_not_read_keeps_the_month_and_year(day: str, code: str) -> None:
    result = _read(f"Hà Nội, ngày {day} tháng 4 năm 2019")
    assert result.instrument.date == PartialDate(month=4, year=2019)
    assert code in {d.code for d in result.diagnostics}


# -- the day word: one pattern, whatever the scan or the crawl did to it -------------------


@pytest.mark.parametrize(
    ("word", "repaired"),
    [
        ("ngày", False),
        ("Ngày", False),
        ("NGÀY", False),
        ("ngáy", True),  # the tone mark misread
        ("ngảy", True),
        ("ngay", True),  # its marks lost in an accented text
        ("ng ày", True),  # a crawl's space inside the word
    ],
)
def test_every_spelling_of_the_day_word_reads_the_line(word: str, repaired: bool) -> None:
    result = _read(f"Hà Nội, {word} 21 tháng 4 năm 2019")
    assert (result.instrument.place, result.instrument.date) == (
        "Hà Nội",
        PartialDate(day=21, month=4, year=2019),
    )
    assert (f"{word!r} as 'ngày'" in _said(result, "date-repaired")) is repaired


PAGE = """\
Cổng thông tin điện tử
Hà Nội, ngày 30 tháng 9 năm 2024 | Lượt xem: 57
BỘ TƯ PHÁP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 88/BTP-VP
{line}

V/v rà soát văn bản

Kính gửi: Các Vụ thuộc Bộ.

Đề nghị các Vụ rà soát văn bản.
"""


@pytest.mark.parametrize(
    "line",
    [
        "Huế, ngáy 21 tháng 4 năm 2019",
        "Huế, ng ày 21 tháng 4 năm 2019",
        "Huế, Ngày 21\ntháng 4 năm 2019",  # the document's date line broken over two lines
        "Huế, ngày\n21 tháng 4 năm 2019",
        "Huế, ngảy 21 tháng 4\nnăm 2019",
    ],
)
def test_the_page_date_above_the_banner_never_stands_for_the_documents(line: str) -> None:
    result = parse_text(PAGE.format(line=line))
    assert (result.instrument.place, result.instrument.date) == (
        "Huế",
        PartialDate(day=21, month=4, year=2019),
    )
    assert "web page's date line" in _said(result, "header-noise-removed")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Long An, ngày S6 tháng 7 năm 2025", None),  # a handwritten 2 read as S: not read
        ("Long An, ngàyb6 tháng 7 năm 2025", 6),  # a speck glued to 'ngày': the digit read
    ],
)
def test_a_letter_set_apart_from_ngay_is_a_digit_misread(line: str, day: int | None) -> None:
    result = _read(line)
    assert result.instrument.date == PartialDate(day=day, month=7, year=2025)
    assert ("'S6'" in _said(result, "date-unreadable")) is (day is None)
