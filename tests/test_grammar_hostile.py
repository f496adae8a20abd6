"""Grammar patterns stay linear on input built to make regexes backtrack, and every parse
function normalises its input (NFD, the eth look-alike) before reading it."""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

import pytest

from vnadmin import KINDS, PartialDate
from vnadmin.grammar import (
    parse_authority,
    parse_citation,
    parse_date,
    parse_deadline,
    parse_long_date,
    parse_number,
    parse_recurrence,
)
from vnadmin.grammar.dates import LONG_DATE, SHORT_DATE
from vnadmin.grammar.deadlines import DEADLINE
from vnadmin.grammar.numbers import NUMBER

HOSTILE: dict[str, tuple[Callable[[str], object], str]] = {
    # Before the fix: 2.9 s for 8,000 digits (every start re-scanned the run of digits).
    "digits for NUMBER": (NUMBER.search, "1" * 50_000),
    "digits and slashes for NUMBER": (NUMBER.search, "12/" * 20_000),
    # Before the fix: 1.4 s for 400 dots (two fillers side by side split a run many ways).
    "dotted blanks for LONG_DATE": (LONG_DATE.search, "ngày" + "." * 5_000 + "tháng" + "." * 5_000),
    "repeated ngày for LONG_DATE": (LONG_DATE.search, "ngày " * 20_000),
    "digits for SHORT_DATE": (SHORT_DATE.search, "1" * 50_000),
    "kể từ without punctuation": (DEADLINE.search, "trong 5 ngày kể từ " * 5_000),
    "sau khi without punctuation": (DEADLINE.search, "sau khi " * 10_000),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_patterns_fail_fast_on_hostile_text(name: str) -> None:
    search, text = HOSTILE[name]
    started = time.perf_counter()
    search(text)
    # A bound on time, as for the XML attacks: linear scans of these take milliseconds.
    assert time.perf_counter() - started < 1.0


def test_whole_citation_parse_is_fast_on_repeated_markers() -> None:
    started = time.perf_counter()
    citation = parse_citation("Chỉ thị số 33/CT-TTg của " + "của về " * 5_000 + "Bộ")
    assert time.perf_counter() - started < 1.0
    assert citation.issuer is not None


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_parse_functions_read_nfd_input() -> None:
    assert parse_long_date(_nfd("ngày 05 tháng 01 năm 2022")) == PartialDate(
        day=5, month=1, year=2022
    )
    assert parse_date(_nfd("ngày tháng 6 năm 2024")) == PartialDate(month=6, year=2024)
    assert parse_deadline(_nfd("trước ngày 05/12")) == parse_deadline("trước ngày 05/12")
    assert parse_recurrence(_nfd("định kỳ hằng năm")) is parse_recurrence("định kỳ hằng năm")
    assert parse_citation(_nfd("Luật Tiếp cận thông tin")).kind == KINDS.get("luat")
    assert parse_authority(_nfd("KT. GIÁM ĐỐC")) == parse_authority("KT. GIÁM ĐỐC")


def test_eth_look_alike_is_read_as_the_vietnamese_letter() -> None:
    # U+00D0 where Đ (U+0110) is meant: the kind is still recognised.
    number = parse_number("12/Q\u00d0-UBND")
    assert number.kind_abbreviation == "QĐ"
    assert number.issuer_abbreviation == "UBND"


def test_legal_style_numbers_of_state_kinds() -> None:
    # Chỉ thị of a provincial People's Committee were legal normative before 2015.
    number = parse_number("05/2012/CT-UBND")
    assert (number.kind_abbreviation, number.issuer_abbreviation, number.year) == (
        "CT",
        "UBND",
        2012,
    )


@pytest.mark.parametrize("printed", ["kt. giám đốc", "KT.GIÁM ĐỐC", "K/T  GIÁM ĐỐC"])
def test_authority_lines_ignore_case_and_spacing(printed: str) -> None:
    authority = parse_authority(printed)
    assert authority.mark.value == "KT"
    assert authority.applies_to.upper() == "GIÁM ĐỐC"
