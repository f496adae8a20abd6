"""The archive line's grammar (``Lưu: VT, ...``), and the places that anchor or join it.

The label is spelled once, in :mod:`vnadmin.grammar.archive`: whatever spelling it reads,
the reader's archive line, the footer's join after an item, the layout stage's dashed
archive item and the paragraph opener all read it too.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.grammar.archive import (
    ARCHIVE,
    ARCHIVE_LABEL,
    ARCHIVE_LEAD,
    CLERKS,
    DAMAGED_LABEL,
    format_archive,
    names_clerks,
)
from vnadmin.model import ArchiveLine, DrafterMark, Regime
from vnadmin.strategies import archive_lines
from vnadmin.text.distribution import read_archive
from vnadmin.text.footer import _ARCHIVE_JOINED, _DAMAGED_ARCHIVE
from vnadmin.text.layout import _ARCHIVE_LINE, _MISREAD_ARCHIVE
from vnadmin.text.lines import SECTION_START

_SPELLINGS = ("Lưu", "LƯU", "lưu", "Luu", "LUU", "luu")
"""The label as a state document prints it, in capitals, and with its diacritics lost."""


@pytest.mark.parametrize("label", _SPELLINGS)
def test_every_spelling_is_the_label(label: str) -> None:
    assert re.fullmatch(ARCHIVE_LABEL, label)


@pytest.mark.parametrize("word", ["Lưư", "Lu", "Lưu trữ"])
def test_other_words_are_not_the_label(word: str) -> None:
    assert re.fullmatch(ARCHIVE_LABEL, word) is None


@pytest.mark.parametrize(
    ("line", "units"),
    [
        ("Lưu: VT, KHTC (02b).", "VT, KHTC (02b)."),
        ("Lưu VT, Văn phòng Tỉnh ủy.", "VT, Văn phòng Tỉnh ủy."),
        ("Lưu; VT, QLĐT.", "VT, QLĐT."),  # the colon read as a semicolon
        ("Lưu.", ""),  # a Party list's last item, no unit
        ("LUU : VT", "VT"),
    ],
)
def test_the_line_gives_its_units(line: str, units: str) -> None:
    match = ARCHIVE.fullmatch(line)
    assert match is not None
    assert match["units"] == units


def test_a_semicolon_after_the_label_needs_the_registry_office() -> None:
    assert ARCHIVE.fullmatch("Lưu; trữ hồ sơ") is None
    assert ARCHIVE.fullmatch("Lưu;VT") is not None


@pytest.mark.parametrize("text", ["Lưu: VT", "Lưu VT,", "LƯU ; VT.", "luu: VT(02)"])
def test_the_lead_is_the_label_and_the_registry_office(text: str) -> None:
    assert re.match(ARCHIVE_LEAD, text)


@pytest.mark.parametrize("text", ["Lưu: VTTH", "Lưu:VT", "Lưu hồ sơ VT", "Lưu: Văn thư"])
def test_a_lead_needs_vt_as_a_word_after_a_space(text: str) -> None:
    assert re.match(ARCHIVE_LEAD, text) is None


@pytest.mark.parametrize(
    ("unit", "named"),
    [
        ("VT", True),
        ("vt", True),
        ("Văn thư", True),
        ("VĂN THƯ", True),
        ("VP", False),
        ("VTTH", False),
    ],
)
def test_the_registry_office_is_vt_or_its_name_in_full(unit: str, named: bool) -> None:
    # the reader's drafter check and the checker's VN-DIST rules ask this one question
    assert names_clerks(unit) is named


@pytest.mark.parametrize(("text", "found"), [("VT, TH", True), ("VT2", True), ("VTTH", False)])
def test_the_registry_office_is_vt_alone(text: str, found: bool) -> None:
    assert (re.match(CLERKS, text) is not None) is found


@pytest.mark.parametrize("word", ["Ltru", "LUll", "Lim", "lưu", "Lu"])
def test_a_damaged_label_is_a_short_word_opening_with_an_l(word: str) -> None:
    assert re.fullmatch(DAMAGED_LABEL, word)


@pytest.mark.parametrize("word", ["Lương", "L", "Tưu", "L1u"])
def test_a_longer_or_other_word_is_not_a_damaged_label(word: str) -> None:
    assert re.fullmatch(DAMAGED_LABEL, word) is None


@pytest.mark.parametrize("label", _SPELLINGS)
def test_each_place_reads_the_label_the_grammar_reads(label: str) -> None:
    line = f"- {label}: VT, KHĐT."
    assert read_archive(line) == (ArchiveLine(units=["VT", "KHĐT"]), None)
    assert _ARCHIVE_LINE.match(line)
    assert SECTION_START.match(line[2:])
    joined = f"- Sở Tài chính: TH, DT. {line}"
    assert _ARCHIVE_JOINED.split(joined) == ["- Sở Tài chính: TH, DT.", line]


def test_the_places_for_a_damaged_label_agree() -> None:
    line = "- Ltru: VT, KHĐT."
    footer = _DAMAGED_ARCHIVE.match(line)
    layout = _MISREAD_ARCHIVE.match(line)
    assert footer is not None
    assert layout is not None
    assert footer["label"] == layout["word"] == "Ltru"


def test_format_prints_the_state_and_the_party_form() -> None:
    archive = ArchiveLine(units=["VT", "TCCB"], copies=5)
    drafter = DrafterMark(initials="LTH", copies=20)
    assert format_archive(archive, drafter, Regime.STATE) == "Lưu: VT, TCCB, 05b, LTH.(20)."
    assert format_archive(archive, None, Regime.PARTY) == "Lưu VT, TCCB, 05b."


@given(archive_lines(), st.sampled_from(Regime))
def test_what_is_formatted_is_read_back(archive: ArchiveLine, regime: Regime) -> None:
    line = format_archive(archive, None, regime)
    assert re.match(ARCHIVE_LEAD, line)
    assert read_archive(line) == (archive, None)
