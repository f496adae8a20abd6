"""The grammars on the printed forms of the field guide (instruments.md sections 3-6).

Expected parts are read off the printed forms themselves.
"""

from __future__ import annotations

import re

import pytest

from vnadmin import (
    KINDS,
    Authority,
    DateDeadline,
    DeadlineBound,
    DocumentKind,
    DocumentNumber,
    Frequency,
    GrammarError,
    KindRegistry,
    NumberStyle,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    RelativeDeadline,
    SigningMark,
)
from vnadmin.grammar import (
    format_citation,
    format_deadline,
    format_long_date,
    format_mark,
    format_number,
    format_short_date,
    format_symbol,
    parse_authority,
    parse_citation,
    parse_date,
    parse_deadline,
    parse_deadline_cell,
    parse_long_date,
    parse_mark,
    parse_number,
    parse_recurrence,
    parse_short_date,
)
from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.grammar.dates import FOLDED_WEEKDAY, WEEKDAY
from vnadmin.grammar.labels import roman_value, to_roman
from vnadmin.grammar.numbers import NUMBER, number_from_match
from vnadmin.grammar.subjects import is_vv_subject
from vnadmin.model import Regime
from vnadmin.normalize import fold

S, L, P = NumberStyle.STATE, NumberStyle.LEGAL, NumberStyle.PARTY


@pytest.mark.parametrize(
    ("printed", "number", "year", "kind", "issuer", "extra", "style"),
    [
        ("33/CT-TTg", "33", None, "CT", "TTg", (), S),
        ("12/UBND-VX", "12", None, None, "UBND", ("VX",), S),
        ("/STC-VP", None, None, None, "STC", ("VP",), S),
        ("/SNV-XDCQ&CTTN", None, None, None, "SNV", ("XDCQ&CTTN",), S),
        ("05/SY-UBND", "05", None, "SY", "UBND", (), S),
        ("01/QyĐ-BNV", "01", None, "QyĐ", "BNV", (), S),
        ("30/2020/NĐ-CP", "30", 2020, "NĐ", "CP", (), L),
        ("10/2016/TT-BTTTT", "10", 2016, "TT", "BTTTT", (), L),
        ("80/2015/QH13", "80", 2015, None, "QH13", (), L),
        ("27/2008/QĐ-UBND", "27", 2008, "QĐ", "UBND", (), L),
        ("23-QĐ/TW", "23", None, "QĐ", "TW", (), P),
        ("114-KL/TW", "114", None, "KL", "TW", (), P),
        ("15-CT/TU", "15", None, "CT", "TU", (), P),
        ("03-CTr/BDVTW-BCSĐCP", "03", None, "CTr", "BDVTW", ("BCSĐCP",), P),
        # a resolution's sub-number, a department with a dot, a unit joined by a dot
        ("08.3/2024/NQ-CP", "08.3", 2024, "NQ", "CP", (), L),
        ("4120/VPCP-V.II", "4120", None, None, "VPCP", ("V.II",), S),
        ("17/CT-UBND.VX", "17", None, "CT", "UBND.VX", (), S),
    ],
)
def test_numbers_in_every_style(
    printed: str,
    number: str | None,
    year: int | None,
    kind: str | None,
    issuer: str,
    extra: tuple[str, ...],
    style: NumberStyle,
) -> None:
    parsed = parse_number(printed)
    assert parsed == DocumentNumber(
        number=number,
        year=year,
        kind_abbreviation=kind,
        issuer_abbreviation=issuer,
        extra_parts=extra,
        style=style,
    )
    assert format_number(parsed) == printed


def test_number_symbol_alone() -> None:
    assert format_symbol(parse_number("23-QĐ/TW")) == "QĐ/TW"
    assert format_symbol(parse_number("33/CT-TTg")) == "CT-TTg"
    assert format_symbol(parse_number("/STC-VP")) == "STC-VP"


def test_a_dot_in_running_text_goes_on_only_to_capitals_or_digits() -> None:
    """A sentence run on after a symbol (no space after its full stop) is not read into
    it; a department or sub-number with a dot is."""
    found = [
        NUMBER.search(text) for text in ("số 12/2021/NĐ-CP.Các sở", "số 9/VPCP-V.I.", "số 3.7/UBND")
    ]
    assert [match.group() if match else None for match in found] == [
        "12/2021/NĐ-CP",
        "9/VPCP-V.I",
        "3.7/UBND",
    ]
    assert NUMBER.search("mục 2.1.4/UBND") is None  # a third level is no number


def test_number_tolerates_spaces_around_slashes() -> None:
    assert parse_number(" 12 / UBND-VX ") == parse_number("12/UBND-VX")


@pytest.mark.parametrize(
    "bad",
    [
        "",
        "33",
        "CT-TTg",
        "33/",
        "33/CT--TTg",
        "33/CT-TTg/",
        "a/b c",
        "8./2024/NQ-CP",
        "8.3.1/2024/NQ-CP",
        ".3/2024/NQ-CP",
        "17/CT-UBND.",
        "17/CT-UBND..VX",
        "17/CT-.VX",
    ],
)
def test_number_rejects_non_numbers(bad: str) -> None:
    with pytest.raises(GrammarError, match="document number"):
        parse_number(bad)


@pytest.mark.parametrize(
    ("printed", "day", "month", "year"),
    [
        ("ngày 05 tháng 01 năm 2022", 5, 1, 2022),
        ("ngày tháng 01 năm 2022", None, 1, 2022),
        ("ngày tháng 6 năm 2024", None, 6, 2024),
        ("Ngày 26 tháng 11 năm 2021", 26, 11, 2021),
        ("ngày ... tháng ... năm 2024", None, None, 2024),
        ("ngày    tháng    năm", None, None, None),
    ],
)
def test_long_dates(printed: str, day: int | None, month: int | None, year: int | None) -> None:
    assert parse_long_date(printed) == PartialDate(day=day, month=month, year=year)


def test_long_date_format_follows_the_leading_zero_rule() -> None:
    # NĐ 30 Phụ lục I: days below 10 and months 1 and 2 take a leading zero.
    assert format_long_date(PartialDate(day=5, month=1, year=2022)) == "ngày 05 tháng 01 năm 2022"
    assert format_long_date(PartialDate(day=5, month=3, year=2022)) == "ngày 05 tháng 3 năm 2022"
    assert format_long_date(PartialDate(day=26, month=11, year=2021)) == (
        "ngày 26 tháng 11 năm 2021"
    )
    assert format_long_date(PartialDate(month=1, year=2022)) == "ngày tháng 01 năm 2022"


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("26/11/2021", PartialDate(day=26, month=11, year=2021)),
        ("15-7-2021", PartialDate(day=15, month=7, year=2021)),
        ("15.7.2021", PartialDate(day=15, month=7, year=2021)),
        ("05/12", PartialDate(day=5, month=12)),
        ("21/5/2022", PartialDate(day=21, month=5, year=2022)),
    ],
)
def test_short_dates(printed: str, expected: PartialDate) -> None:
    assert parse_short_date(printed) == expected
    assert parse_date(printed) == expected


def test_short_date_format() -> None:
    assert format_short_date(PartialDate(day=9, month=12, year=2021)) == "09/12/2021"
    assert format_short_date(PartialDate(day=30, month=7, year=2021)) == "30/7/2021"
    assert format_short_date(PartialDate(day=5, month=12)) == "05/12"
    with pytest.raises(GrammarError):
        format_short_date(PartialDate(month=12, year=2021))


@pytest.mark.parametrize("bad", ["15/7-2021", "32/01/2022", "29/02/2023", "1/13/2022", "26/11/21"])
def test_short_dates_reject_impossible_or_mixed(bad: str) -> None:
    with pytest.raises(GrammarError, match="date"):
        parse_short_date(bad)


@pytest.mark.parametrize(
    "printed", ["thứ Hai", "Thứ ba", "thứ tư", "Thứ Năm", "thứ Sáu", "THỨ BẢY", "thứ 7", "Chủ nhật"]
)
def test_a_weekday_reads_as_printed_and_folded(printed: str) -> None:
    assert re.fullmatch(WEEKDAY, printed.lower())
    assert re.fullmatch(FOLDED_WEEKDAY, fold(printed))
    assert re.fullmatch(FOLDED_WEEKDAY, fold(printed).replace(" ", ""))  # a crawl's lost space


@pytest.mark.parametrize("bad", ["thứ tám", "thứ 8", "chủ tịch", "thứ bậc"])
def test_no_weekday_but_the_seven(bad: str) -> None:
    assert not re.fullmatch(WEEKDAY, bad)
    assert not re.fullmatch(FOLDED_WEEKDAY, fold(bad))
    assert not re.match(WEEKDAY, "thứ tự")  # folded, "thu tu" is the weekday too


def test_impossible_long_date_names_the_problem() -> None:
    with pytest.raises(GrammarError, match="month"):
        parse_long_date("ngày 05 tháng 13 năm 2022")


@pytest.mark.parametrize(
    ("printed", "expected", "canonical"),
    [
        (
            "trước ngày 05/12",
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)),
            "trước ngày 05/12",
        ),
        (
            "trước ngày 05/12/2024",
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12, year=2024)),
            "trước ngày 05/12/2024",
        ),
        (
            "chậm nhất ngày 15 tháng 01 năm 2025",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=15, month=1, year=2025)
            ),
            "chậm nhất ngày 15/01/2025",
        ),
        (
            "Chậm nhất là ngày 20/6/2024",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=20, month=6, year=2024)
            ),
            "chậm nhất ngày 20/6/2024",
        ),
        (
            "trong quý II/2024",
            PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024),
            "trong quý II/2024",
        ),
        (
            "trong quý 4 năm 2024",
            PeriodDeadline(unit=PeriodUnit.QUARTER, index=4, year=2024),
            "trong quý IV/2024",
        ),
        (
            "trong tháng 6/2024",
            PeriodDeadline(unit=PeriodUnit.MONTH, index=6, year=2024),
            "trong tháng 6/2024",
        ),
        (
            "6 tháng cuối năm 2024",
            PeriodDeadline(unit=PeriodUnit.HALF, index=2, year=2024),
            "trong 6 tháng cuối năm 2024",
        ),
        (
            "trong năm 2025",
            PeriodDeadline(unit=PeriodUnit.YEAR, year=2025),
            "trong năm 2025",
        ),
        (
            "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản",
            RelativeDeadline(text="trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản"),
            "trong thời hạn 15 ngày làm việc kể từ ngày nhận được văn bản",
        ),
        (  # without "ngày": as table cells and hurried letters print it
            "trước 30/6/2025",
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=30, month=6, year=2025)),
            "trước ngày 30/6/2025",
        ),
        (
            "trong ngày 30 tháng 4 năm 2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=30, month=4, year=2026)
            ),
            "chậm nhất ngày 30/4/2026",
        ),
        (
            "đến hết ngày 09/6/2025",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=9, month=6, year=2025)
            ),
            "chậm nhất ngày 09/6/2025",
        ),
        (  # a number printed in figures and words, a comma before "kể từ"
            "trong thời hạn 10 (mười) ngày, kể từ ngày nhận được Quyết định",
            RelativeDeadline(text="trong thời hạn 10 (mười) ngày, kể từ ngày nhận được Quyết định"),
            "trong thời hạn 10 (mười) ngày, kể từ ngày nhận được Quyết định",
        ),
        (
            "trước 30 ngày làm việc",
            RelativeDeadline(text="trước 30 ngày làm việc"),
            "trước 30 ngày làm việc",
        ),
        (  # the last day a letter gives, or the end of a span of days, is due
            "hạn cuối ngày 20 tháng 10 năm 2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=20, month=10, year=2026)
            ),
            "chậm nhất ngày 20/10/2026",
        ),
        (
            "hết ngày 14/3/2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=14, month=3, year=2026)
            ),
            "chậm nhất ngày 14/3/2026",
        ),
        (
            "đến ngày 31/8/2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=31, month=8, year=2026)
            ),
            "chậm nhất ngày 31/8/2026",
        ),
        (  # a span of days in running text is due by its end, as in a cell
            "từ 04/5/2026 đến 22/5/2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=22, month=5, year=2026)
            ),
            "chậm nhất ngày 22/5/2026",
        ),
        (  # a scan's dash between the days, doubled
            "Từ ngày 11/8/2026 —- 29/8/2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=29, month=8, year=2026)
            ),
            "chậm nhất ngày 29/8/2026",
        ),
        (
            "hạn chót là ngày 16/11/2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=16, month=11, year=2026)
            ),
            "chậm nhất ngày 16/11/2026",
        ),
    ],
)
def test_deadlines(printed: str, expected: object, canonical: str) -> None:
    assert parse_deadline(printed) == expected
    assert format_deadline(parse_deadline(printed)) == canonical


@pytest.mark.parametrize(
    "opening",
    [
        "chậm nhất là đến",
        "Chậm nhất   là vào",
        "chậm nhất đến",
        "hạn cuối là",
        "trước hoặc trong",
        "không muộn hơn",
    ],
)
def test_every_opening_of_a_dated_deadline_has_its_bound(opening: str) -> None:
    """The pattern and the table of bounds once disagreed on ``chậm nhất là đến``: the
    lookup raised a KeyError, and a whole page was lost to it."""
    found = parse_deadline(f"{opening} ngày 30/9/2026")
    assert isinstance(found, DateDeadline)
    assert found.date == PartialDate(day=30, month=9, year=2026)
    assert found.bound is DeadlineBound.NO_LATER_THAN


@pytest.mark.parametrize("opening", ["hạn cuố\u0131", "HẠN CUỐ\u0130 LÀ"])
def test_an_opening_the_pattern_matches_without_regard_to_case_has_its_bound(
    opening: str,
) -> None:
    """Matched without regard to case, ``i`` is also the dotless ``ı`` and the dotted ``İ``,
    which ``str.lower`` keeps apart from it: the lookup raised a KeyError and a page whose
    field said ``Thời hạn: HẠN CUỐİ NGÀY ...`` was lost."""
    found = parse_deadline(f"{opening} ngày 30/9/2026")
    assert isinstance(found, DateDeadline)
    assert found.bound is DeadlineBound.NO_LATER_THAN


@pytest.mark.parametrize(
    ("printed", "end"),
    [
        (
            "từ ngày 09 tháng 02 năm 2026 đến ngày 15 tháng 02 năm 2026",
            PartialDate(day=15, month=2, year=2026),
        ),
        ("Từ ngày 2/3/2026 đến 5/3/2026", PartialDate(day=5, month=3, year=2026)),
    ],
)
def test_a_start_followed_by_an_end_is_due_by_the_end(printed: str, end: PartialDate) -> None:
    """A span is due by its last day, its days printed short or long."""
    found, _ = parse_deadline_cell(printed)
    assert found == DateDeadline(bound=DeadlineBound.NO_LATER_THAN, date=end)


@pytest.mark.parametrize(
    ("printed", "bound", "day"),
    [
        ("vào sáng ngày 21/4/2026", DeadlineBound.ON, PartialDate(day=21, month=4, year=2026)),
        (  # an hour with its minutes marked by a prime, a weekday and its comma
            "trước 16 giờ 30’ thứ Năm, ngày 7/5/2026",
            DeadlineBound.BEFORE,
            PartialDate(day=7, month=5, year=2026),
        ),
        (
            "vào lúc 7h30 chủ nhật ngày 10 tháng 5 năm 2026",
            DeadlineBound.ON,
            PartialDate(day=10, month=5, year=2026),
        ),
        (  # the weekday, its day in parentheses
            "vào thứ Sáu (15/5/2026)",
            DeadlineBound.ON,
            PartialDate(day=15, month=5, year=2026),
        ),
        (  # an event's start at an hour: its day
            "bắt đầu từ 8 giờ 00 thứ Hai, ngày 18/5/2026",
            DeadlineBound.ON,
            PartialDate(day=18, month=5, year=2026),
        ),
        (  # days named after their count: due by the last
            "trong 3 ngày 19, 20 và 21/5/2026",
            DeadlineBound.NO_LATER_THAN,
            PartialDate(day=21, month=5, year=2026),
        ),
        (
            "chậm nhất không quá ngày 29/5/2026",
            DeadlineBound.NO_LATER_THAN,
            PartialDate(day=29, month=5, year=2026),
        ),
    ],
)
def test_a_time_of_day_or_a_weekday_before_the_day(
    printed: str, bound: DeadlineBound, day: PartialDate
) -> None:
    """Letters that call a meeting or set a holiday print the hour, the part of the day and
    the weekday before the day; the deadline is the day."""
    assert parse_deadline(printed) == DateDeadline(bound=bound, date=day)


@pytest.mark.parametrize(
    "bad", ["bắt đầu từ ngày 01/6/2026", "trong 2 ngày", "vào thứ Hai", "vào sáng 2/3"]
)
def test_no_day_no_dated_deadline(bad: str) -> None:
    """A start without an hour is when something applies; a count or a weekday alone, a
    day without ``ngày``, give no day."""
    try:
        found = parse_deadline(bad)
    except GrammarError:
        return
    assert not isinstance(found, DateDeadline)


def test_relative_deadline_after_an_event() -> None:
    assert parse_deadline("ngay sau khi kết thúc đợt kiểm tra") == RelativeDeadline(
        text="ngay sau khi kết thúc đợt kiểm tra"
    )


@pytest.mark.parametrize(
    "bad", ["kịp thời", "trước ngày 35/12", "trong quý V/2024", "vào 2/3", "thường xuyên"]
)
def test_deadlines_reject_non_deadlines(bad: str) -> None:
    with pytest.raises(GrammarError):
        parse_deadline(bad)


@pytest.mark.parametrize(
    ("cell", "deadline", "recurrence"),
    [
        ("Quý II/2025", PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2025), None),
        (
            "trước 30/6/2025",
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=30, month=6, year=2025)),
            None,
        ),
        (  # a date alone in a "Thời gian hoàn thành" column: done by then
            "30/6/2025",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=30, month=6, year=2025)
            ),
            None,
        ),
        (  # a range: done by its end
            "29/6/2026 - 09/7/2026",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=9, month=7, year=2026)
            ),
            None,
        ),
        ("Năm 2025", PeriodDeadline(unit=PeriodUnit.YEAR, year=2025), None),
        ("Tháng 9/2025", PeriodDeadline(unit=PeriodUnit.MONTH, index=9, year=2025), None),
        ("Thường xuyên", RelativeDeadline(text="Thường xuyên"), None),
        # when a task starts, with no end: kept as its phrase, no date it is due by
        ("Từ 01/7/2025.", RelativeDeadline(text="Từ 01/7/2025"), None),
        ("kể từ ngày 15/3/2025", RelativeDeadline(text="kể từ ngày 15/3/2025"), None),
        (  # a start and an end: due by the end
            "Từ 01/7/2025 đến 31/12/2025",
            DateDeadline(
                bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=31, month=12, year=2025)
            ),
            None,
        ),
        ("Hằng năm", None, Frequency.YEARLY),
        (
            "Hoàn thành trước ngày 15/7/2026",
            DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=15, month=7, year=2026)),
            None,
        ),
    ],
)
def test_deadline_cells(cell: str, deadline: object, recurrence: Frequency | None) -> None:
    assert parse_deadline_cell(cell) == (deadline, recurrence)


@pytest.mark.parametrize("bad", ["", "Sở Nội vụ", "Thường", "30/02/2025"])
def test_deadline_cells_without_a_deadline(bad: str) -> None:
    with pytest.raises(GrammarError):
        parse_deadline_cell(bad)


@pytest.mark.parametrize(
    ("printed", "frequency"),
    [
        ("Định kỳ hằng năm", Frequency.YEARLY),
        ("hàng năm", Frequency.YEARLY),
        ("hằng quý", Frequency.QUARTERLY),
        ("định kỳ 6 tháng", Frequency.HALF_YEARLY),
        ("hằng tháng", Frequency.MONTHLY),
        ("hằng tuần", Frequency.WEEKLY),
    ],
)
def test_recurrences(printed: str, frequency: Frequency) -> None:
    assert parse_recurrence(printed) is frequency


@pytest.mark.parametrize(
    ("printed", "mark", "applies_to"),
    [
        ("TM. ỦY BAN NHÂN DÂN", SigningMark.TM, "ỦY BAN NHÂN DÂN"),
        ("KT. GIÁM ĐỐC", SigningMark.KT, "GIÁM ĐỐC"),
        ("TL. BỘ TRƯỞNG", SigningMark.TL, "BỘ TRƯỞNG"),
        ("TUQ. CHỦ TỊCH", SigningMark.TUQ, "CHỦ TỊCH"),
        ("Q. GIÁM ĐỐC", SigningMark.Q, "GIÁM ĐỐC"),
        ("T/M BAN THƯỜNG VỤ", SigningMark.TM, "BAN THƯỜNG VỤ"),
        ("K/T BÍ THƯ", SigningMark.KT, "BÍ THƯ"),
        ("T/L BAN THƯỜNG VỤ", SigningMark.TL, "BAN THƯỜNG VỤ"),
    ],
)
def test_authority_lines(printed: str, mark: SigningMark, applies_to: str) -> None:
    assert parse_authority(printed) == Authority(mark=mark, applies_to=applies_to)


def test_marks_print_per_regime() -> None:
    assert format_mark(SigningMark.KT, Regime.STATE) == "KT."
    assert format_mark(SigningMark.KT, Regime.PARTY) == "K/T"
    assert parse_mark("k/t") is SigningMark.KT
    with pytest.raises(GrammarError, match="signing mark"):
        parse_mark("XX.")


def _kind(code: str) -> object:
    return KINDS.get(code)


@pytest.mark.parametrize(
    ("printed", "kind", "number", "date", "issuer", "term", "subject", "title"),
    [
        (
            "Công văn số 6511/VP-VX ngày 09/12/2021 của Văn phòng Ủy ban nhân dân tỉnh",
            "cong-van",
            "6511/VP-VX",
            (9, 12, 2021),
            "Văn phòng Ủy ban nhân dân tỉnh",
            None,
            None,
            None,
        ),
        (
            "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ",
            "chi-thi",
            "33/CT-TTg",
            (26, 11, 2021),
            "Thủ tướng Chính phủ",
            None,
            None,
            None,
        ),
        (
            "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị",
            "quyet-dinh",
            "23-QĐ/TW",
            (30, 7, 2021),
            "Bộ Chính trị",
            None,
            None,
            None,
        ),
        (
            "Nghị quyết số 76/NQ-CP ngày 15-7-2021 của Chính phủ",
            "nghi-quyet",
            "76/NQ-CP",
            (15, 7, 2021),
            "Chính phủ",
            None,
            None,
            None,
        ),
        (
            "Kế hoạch số 138/KH-UBND ngày 31/12/2019 về thực hiện Đề án văn hóa công vụ",
            "ke-hoach",
            "138/KH-UBND",
            (31, 12, 2019),
            None,
            None,
            "thực hiện Đề án văn hóa công vụ",
            None,
        ),
        (
            "Quyết định số 27/2008/QĐ-UBND ngày 24/12/2008 của UBND tỉnh",
            "quyet-dinh",
            "27/2008/QĐ-UBND",
            (24, 12, 2008),
            "UBND tỉnh",
            None,
            None,
            None,
        ),
        (
            "Quyết định số 217-QĐ/TW của Bộ Chính trị (khóa XI)",
            "quyet-dinh",
            "217-QĐ/TW",
            None,
            "Bộ Chính trị",
            "khóa XI",
            None,
            None,
        ),
        (
            "Văn bản số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ",
            None,
            "2748/BNV-CTTN",
            (17, 5, 2024),
            "Bộ Nội vụ",
            None,
            None,
            None,
        ),
        (
            "Luật Thực hiện dân chủ cơ sở",
            "luat",
            None,
            None,
            None,
            None,
            None,
            "Thực hiện dân chủ cơ sở",
        ),
        ("Luật tiếp cận thông tin", "luat", None, None, None, None, None, "tiếp cận thông tin"),
        (
            "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng",
            "nghi-quyet",
            None,
            None,
            "Đảng",
            None,
            None,
            "Đại hội đại biểu toàn quốc lần thứ XIII",
        ),
        (
            "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị"
            " số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
            "ket-luan",
            "01-KL/TW",
            (18, 5, 2021),
            "Bộ Chính trị",
            None,
            "tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
            None,
        ),
        (
            "Quyết định số 218-QĐ/TW của Bộ Chính trị (khóa XI) “Quy định về việc góp ý”",
            "quyet-dinh",
            "218-QĐ/TW",
            None,
            "Bộ Chính trị",
            "khóa XI",
            "Quy định về việc góp ý",
            None,
        ),
    ],
)
def test_citations_of_the_guide(
    printed: str,
    kind: str | None,
    number: str | None,
    date: tuple[int, int, int] | None,
    issuer: str | None,
    term: str | None,
    subject: str | None,
    title: str | None,
) -> None:
    citation = parse_citation(printed)
    assert citation.kind == (None if kind is None else KINDS.get(kind))
    assert (citation.number and format_number(citation.number)) == number
    assert citation.date == (
        None if date is None else PartialDate(day=date[0], month=date[1], year=date[2])
    )
    assert (citation.issuer, citation.term, citation.subject, citation.title) == (
        issuer,
        term,
        subject,
        title,
    )
    assert parse_citation(format_citation(citation)) == citation


def test_citation_by_kind_issuer_and_subject() -> None:
    citation = parse_citation(
        "Quy định của Ủy ban nhân dân tỉnh về “Tiêu chí, thang điểm và phương pháp đánh giá”"
    )
    assert citation.kind == KINDS.get("quy-dinh")
    assert (citation.number, citation.title) == (None, None)
    assert citation.issuer == "Ủy ban nhân dân tỉnh"
    assert citation.subject == "Tiêu chí, thang điểm và phương pháp đánh giá"
    assert parse_citation(format_citation(citation)) == citation


def test_citation_joint_issuers_with_giua() -> None:
    citation = parse_citation(
        "Chương trình phối hợp số 03-CTr/BDVTW-BCSĐCP ngày 15/12/2021 giữa Ban Dân vận Trung"
        " ương và Ban cán sự đảng Chính phủ về công tác dân vận"
    )
    assert citation.title == "phối hợp"
    assert citation.issuer == "Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ"
    assert citation.subject == "công tác dân vận"


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        # bodies whose names open with a kind word still issue (UNDP, a project's board)
        (
            "Quyết định số 1/QĐ-CTMT của Chương trình mục tiêu quốc gia về giảm nghèo",
            "Chương trình mục tiêu quốc gia",
        ),
        ("Quyết định số 1/QĐ-BQLDA của Dự án Phát triển đô thị", "Dự án Phát triển đô thị"),
        (
            "Quyết định phê duyệt của Chương trình phát triển Liên hợp quốc",
            "Chương trình phát triển Liên hợp quốc",
        ),
    ],
)
def test_a_body_named_like_a_kind_is_an_issuer(text: str, issuer: str) -> None:
    citation = parse_citation(text)
    assert citation.issuer == issuer
    assert parse_citation(format_citation(citation)) == citation


@pytest.mark.parametrize(
    ("text", "title", "issuer"),
    [
        # amending laws are named after what they amend: "của" opens no issuer there
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai",
            "sửa đổi, bổ sung một số điều của Luật Đất đai",
            None,
        ),
        (
            "Nghị định sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP của Chính phủ",
            "sửa đổi, bổ sung một số điều của Nghị định số 30/2020/NĐ-CP",
            "Chính phủ",
        ),
        # the number and date after the named instrument are its own
        (
            "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13",
            "sửa đổi, bổ sung một số điều của Luật Đất đai số 45/2013/QH13",
            None,
        ),
        (
            "Nghị định quy định chi tiết một số điều của Luật Đất đai ngày 29/11/2013",
            "quy định chi tiết một số điều của Luật Đất đai ngày 29/11/2013",
            None,
        ),
    ],
)
def test_an_instrument_named_in_a_title_is_no_issuer(
    text: str, title: str, issuer: str | None
) -> None:
    citation = parse_citation(text)
    assert (citation.title, citation.number, citation.issuer) == (title, None, issuer)
    assert format_citation(citation) == text


def test_citations_and_numbers_follow_a_registry_that_grows() -> None:
    # The grammar keeps the kind-name pattern and the abbreviation sets per registry; a
    # kind registered after a first parse must be found by the next one.
    registry = KindRegistry(KINDS)
    printed = "Thông điệp số 05/TĐ-UBND ngày 02/01/2024 của Ủy ban nhân dân tỉnh"
    with pytest.raises(GrammarError, match="kind name"):
        parse_citation(printed, kinds=registry)
    assert parse_number("05/TĐ-UBND", kinds=registry).kind_abbreviation is None
    message = registry.register(DocumentKind(name="Thông điệp", abbreviations={Regime.STATE: "TĐ"}))
    citation = parse_citation(printed, kinds=registry)
    assert citation.kind is message
    assert citation.number == DocumentNumber(
        number="05", kind_abbreviation="TĐ", issuer_abbreviation="UBND"
    )
    assert citation.issuer == "Ủy ban nhân dân tỉnh"
    with pytest.raises(GrammarError, match="kind name"):
        parse_citation(printed)  # the default registry does not know it
    assert parse_number("05/TĐ-UBND").kind_abbreviation is None


def test_a_registry_passed_as_before_kinds_still_works_and_is_deprecated() -> None:
    registry = KindRegistry(KINDS)
    registry.register(DocumentKind(name="Thông điệp", abbreviations={Regime.STATE: "TĐ"}))
    number = parse_number("05/TĐ-UBND", kinds=registry)
    assert number.kind_abbreviation == "TĐ"
    with pytest.warns(DeprecationWarning, match="^parse_number: pass the registry as kinds="):
        assert parse_number("05/TĐ-UBND", registry) == number  # type: ignore[call-arg]
    with pytest.warns(DeprecationWarning, match="^parse_number: "):
        assert parse_number("05/TĐ-UBND", registry=registry) == number  # type: ignore[call-arg]
    match = NUMBER.fullmatch("05/TĐ-UBND")
    assert match is not None
    with pytest.warns(DeprecationWarning, match="^number_from_match: "):
        assert number_from_match(match, registry) == number  # type: ignore[call-arg]
    printed = "Thông điệp số 05/TĐ-UBND"
    with pytest.warns(DeprecationWarning, match="^parse_citation: "):
        assert parse_citation(printed, registry) == parse_citation(printed, kinds=registry)  # type: ignore[call-arg]
    with pytest.warns(DeprecationWarning, match="^kind_name_pattern: "):
        assert kind_name_pattern(registry) is kind_name_pattern(kinds=registry)  # type: ignore[call-arg]


@pytest.mark.parametrize("bad", ["", "số 33/CT-TTg", "Hôm nay trời đẹp", "Chỉ thị"])
def test_citation_needs_a_kind_and_an_identity(bad: str) -> None:
    with pytest.raises(GrammarError, match="citation"):
        parse_citation(bad)


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("V/v tăng cường công tác dân vận", True),
        ("V/V tăng cường", True),
        ("v/v tăng cường", True),
        ("V.v tăng cường", True),
        ("V/v", True),
        ("Về việc tăng cường", False),  # Quyết định also opens its subject so
        ("V/vtăng cường", False),
        (None, False),
    ],
)
def test_cong_van_subject_lead(subject: str | None, expected: bool) -> None:
    assert is_vv_subject(subject) is expected


@pytest.mark.parametrize(("value", "roman"), [(1, "I"), (4, "IV"), (9, "IX"), (14, "XIV")])
def test_roman_numerals(value: int, roman: str) -> None:
    assert to_roman(value) == roman
    assert roman_value(roman) == value
    assert roman_value("IIII") is None
