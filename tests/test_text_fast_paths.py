"""The reader's line fast paths against the rules written plainly.

The clean-up and the paragraphs take shortcuts that the regex engine or a C string method
allows (a pattern that opens with its mark, ``str.isprintable`` before a regex scan); the
oracles below are the rules as first written, the slow, obvious way.
"""

from __future__ import annotations

import re
import unicodedata
from unittest.mock import patch

from hypothesis import example, given
from hypothesis import strategies as st

from vnadmin.grammar.citations import _MARKER
from vnadmin.grammar.copies import COPY_FORM, COPY_FORM_FIRST
from vnadmin.model import KINDS
from vnadmin.text.body import _FOOTNOTE_MARK
from vnadmin.text.citations import _kind_words, _name_ending
from vnadmin.text.cleanup import _STARS, _section_run_on
from vnadmin.text.dateline import _RUN_ON_YEAR
from vnadmin.text.fields import _FIELD_LINE, _PRINTED, _field_lines
from vnadmin.text.fuzzy import fold_chars, letters
from vnadmin.text.header import _stamp_field
from vnadmin.text.lines import (
    _DATE_TAIL,
    _SYLLABLE,
    CELL_BREAK,
    MAX_SCAN,
    _abbreviation,
    _date_tail,
    is_noise,
    lowered,
    lowered_piece,
    lowered_slice,
    squash,
)
from vnadmin.text.opening import _FIRST_SECTION, _TITLES
from vnadmin.text.opening import _RUN_ON as _OPENING_RUN_ON
from vnadmin.text.reported import _CAPTION, _GLUED, _REPORTING, _Told
from vnadmin.text.semantics import _UNIT_NOUNS, sentences, split_actors
from vnadmin.text.tasks import _MAX_HEADING_WORDS, _heading, _opening_removed, _too_long

_RUN_ON = re.compile(
    r"(?<=[^\s*_])[ \t]*(?=(?:\*\*|__|\*|_|<(?:b|strong|em|i)>)[ \t]*"
    r"(?:Kính[ \t]+gửi|KÍNH[ \t]+GỬI|Nơi[ \t]+nhận|NƠI[ \t]+NHẬN)[ \t]*:)"
)
"""The run-on rule as one regex: after text (not a mark, not white space), the white space
before a bold or italic ``Kính gửi:`` or ``Nơi nhận:``."""
_ATOMS = st.sampled_from(
    [
        *("*", "**", "_", "__", " ", "\t", "a", ":", ".", "\u2009"),
        *("<b>", "<i>", "<em>", "Kính gửi", "KÍNH GỬI", "Nơi nhận", "NƠI\tNHẬN", "Kính", " gửi"),
    ]
)


@given(st.lists(_ATOMS, max_size=10).map("".join))
def test_section_run_on_is_the_plain_rule(text: str) -> None:
    found = _RUN_ON.search(text)
    assert _section_run_on(text) == ((found.start(), found.end()) if found else None)


@given(st.text(alphabet=st.sampled_from("ab ẹ\t\n\u00a0\u2009\u3000\u00ad\u200b\x1c"), max_size=12))
def test_squash_is_the_plain_rule(text: str) -> None:
    assert squash(text) == " ".join(text.split())


@given(
    st.text(alphabet=st.sampled_from("aAΣσςİẞĐđ Ệ\t.-"), max_size=12),
    st.integers(0, 14),
    st.integers(0, 14),
)
def test_lowered_slice_is_a_slice_of_the_lowered_text(text: str, start: int, end: int) -> None:
    # the capital sigma lowers by its neighbours, İ to two characters (kept as it is)
    assert lowered_slice(text, start, end) == lowered(text)[start:end]


@given(
    st.text(alphabet=st.sampled_from("aAΣσςİẞĐđ Ệ\t.-"), max_size=12),
    st.integers(0, 14),
    st.integers(0, 14),
)
@example("İ ΣA", 2, 4)
@example("AΣA", 0, 2)  # a final sigma in the piece, not in the text
def test_a_piece_lowered_is_read_from_the_text_lowered(text: str, start: int, end: int) -> None:
    piece = text[start:end]
    assert lowered_piece(piece, lowered(text), start) == lowered(piece)


_PLAIN_CAPTION = re.compile(r"\(?(?:Ảnh|ẢNH|Photo)[ \t]*(?::|minh[ \t]+họa)", re.IGNORECASE)
"""The caption mark as first written: any case, an opening parenthesis before it or not."""
_PLAIN_GLUED = re.compile(r"(?:(?<=[^\W_])[.!?]|…)(?=[^\W\d_])")
_REPORT_ATOMS = st.sampled_from(
    [
        *("(", " ", "\t", ":", ".", "!", "?", "…", "_", "5", "a", "T", "Đ", "ſ", "K"),
        *("Ảnh", "ảnh", "ẢNH", "ẢnH", "Anh", "Photo", "PHOTO", "pHoTo", "minh", "MINH"),
        *("họa", "HỌA", "hoạ", " minh họa", "nh", "hoto"),
        *("(Ảnh:", "ẢNH:", "ảnh MINH HỌA", "PHOTO :", "Photo\tminh họa", "Anh:"),
    ]
)


@given(st.lists(_REPORT_ATOMS, max_size=10).map("".join))
def test_report_marks_are_the_plain_rules(text: str) -> None:
    # the caption is only asked whether it is there; a glued stop where it is
    assert (_CAPTION.search(text) is None) == (_PLAIN_CAPTION.search(text) is None)
    assert [m.span() for m in _GLUED.finditer(text)] == [
        m.span() for m in _PLAIN_GLUED.finditer(text)
    ]


@given(st.lists(st.text(alphabet=st.sampled_from("aA ßSs\t\n\u00a0ΣσςĐđ"), max_size=6), max_size=8))
@example(["Ab  c", "aB c"])
@example(["ß", "SS", "ss x"])
@example(["Σ", "ς", "σ"])
def test_a_paragraph_told_again_is_the_plain_rule(texts: list[str]) -> None:
    # folded only beside one of as many words: as if every paragraph were folded
    told, seen = _Told(), set()
    for text in texts:
        key = " ".join(text.casefold().split())
        assert told.again(text) == (key in seen)
        seen.add(key)


_LEAD_ATOMS = st.sampled_from(
    [
        *("quyết định", "quy định", "bộ luật", "luật", "văn bản", "thị", "định", "bản", "ật"),
        *(" ", "x", "các ", "nghị", "\n", "chỉ thị", "thông tư liên tịch", "tư"),
    ]
)


@given(st.lists(_LEAD_ATOMS, max_size=6).map("".join))
@example("bộ luật")
@example("ật")
def test_the_kind_name_a_lead_ends_with_is_the_plain_rule(lead: str) -> None:
    # looked up by its last letters: as if every kind name were tried, longest first
    words = _kind_words(KINDS)
    ending = [name for name in words.lowered if lead.endswith(name)]
    assert _name_ending(lead, words) == max(ending, key=len, default=None)


_PLAIN_OPENING = re.compile(
    r"(?:Đề[ \t]+nghị|đề[ \t]+nghị|Yêu[ \t]+cầu|yêu[ \t]+cầu|Giao)(?:[ \t]+cho)?[ \t]+"
    r"|(?:Trách nhiệm|Nhiệm vụ|TRÁCH NHIỆM|NHIỆM VỤ)(?: chung| CHUNG)?(?: của| CỦA)? "
)
"""What opens a heading before its actor, written plainly: the words, where the line opens."""
_HEADING_ATOMS = st.sampled_from(
    [
        *("Đề nghị", "Yêu cầu", "Giao", "Trách nhiệm", "Nhiệm vụ", "TRÁCH NHIỆM", "NHIỆM VỤ"),
        *(" cho", " của", " CỦA", " ", "\t", ":", "Đề", "nghị", "Giao cho", "x", "T", "N"),
        *(" chung", " CHUNG"),
        "yêu cầu",
    ]
)


@given(st.lists(_HEADING_ATOMS, max_size=10).map("".join))
@example("Trách nhiệm chung của Sở Y tế")
@example("NHIỆM VỤ CHUNG Sở")
def test_handing_words_are_the_plain_rule(text: str) -> None:
    # only where the line opens: inside a name the words are the name's ("Sở Giao thông")
    opening = _PLAIN_OPENING.match(text)
    assert _opening_removed(text) == (text[opening.end() :] if opening else text)


_TASK_ATOMS = st.sampled_from([" Sở Nội vụ", " các sở, ngành", " thực hiện", "\n", ":", "."])


@given(
    st.lists(_HEADING_ATOMS, max_size=8).map("".join),
    st.integers(_MAX_HEADING_WORDS - 6, _MAX_HEADING_WORDS + 6),
    st.lists(st.one_of(_HEADING_ATOMS, _TASK_ATOMS), max_size=8).map("".join),
    st.booleans(),
)
@example("Đề nghị cho", _MAX_HEADING_WORDS, "x", False)
@example("xTrách nhiệm của", _MAX_HEADING_WORDS, ": b", True)
def test_a_heading_too_long_is_read_as_without_the_shortcut(
    head: str, words: int, tail: str, has_children: bool
) -> None:
    # _too_long lets the heading reader skip looking at a long line's opening words
    # (the old way: never too long); removing them leaves more words than an actor has
    text = f"{head} {' '.join(['Sở'] * words)}{tail}"
    first = text.partition("\n")[0]
    if _too_long(first):
        assert len(_opening_removed(first).split()) > _MAX_HEADING_WORDS
    with patch("vnadmin.text.tasks._too_long", lambda line: False):
        plain = _heading(text, has_children=has_children)
    assert _heading(text, has_children=has_children) == plain


_PLAIN_CELL_BREAK = re.compile(r"\t+| {3,}")
_PLAIN_FOOTNOTE_MARK = re.compile(r"(?<=\d)\[\d{1,3}\](?=[.:)])")
"""A cell break and a glued footnote mark as first written: a repeat, a look-behind first."""


@given(st.text(alphabet=st.sampled_from(" \t\na1[].:)"), max_size=16), st.integers(0, 16))
@example("Điều 8[7]. a\t\tb   c  d", 16)
@example("[1]. 2[3]: x", 5)
def test_cell_breaks_and_footnote_marks_are_the_plain_rules(text: str, end: int) -> None:
    assert CELL_BREAK.split(text) == _PLAIN_CELL_BREAK.split(text)
    found = _FOOTNOTE_MARK.search(text, 0, end)
    plain = _PLAIN_FOOTNOTE_MARK.search(text, 0, end)
    assert (found and found.span()) == (plain and plain.span())


_PLAIN_WORD = re.compile(r"[^\W\d_]{2,}")


def _plain_is_noise(text: str) -> bool:
    """``is_noise`` as first written: the words of the line and of the line folded, apart."""
    head = text[:MAX_SCAN]
    words = _PLAIN_WORD.findall(head)
    if not words:
        return True
    folded = _PLAIN_WORD.findall(fold_chars(head))
    good = sum(
        1
        for word, bare in zip(words, folded, strict=False)
        if _SYLLABLE.fullmatch(bare) or _abbreviation(word, bare)
    )
    return good * 2 < len(words)


_NOISE_ATOMS = st.sampled_from(
    [
        *("UBND", "Sở", "Nội", "vụ", "ngày", "QUYẾT", "ĐỊNH", "xyz", "Bk", "HĐND", "fw"),
        *(" ", "  ", "\t", "-", "_", "1", "2a", ".", ",", "Σ", "ΣA", "İ", "\u0301", "ª", "ß"),
        *("Ω", "文字", "٣", "ǅ", "\u212a", "Ð"),
    ]
)


@given(st.lists(_NOISE_ATOMS, max_size=14).map("".join))
@example("ÐÐ Σος ab\u0301c")
def test_noise_is_the_plain_rule(text: str) -> None:
    assert is_noise(text) == _plain_is_noise(text)


_PLAIN_MARKER = re.compile(
    r"[ \t(](?:(?<=[ \t])[ \t]*(?:(?P<number>số)[ \t]+|(?P<date>ngày)[ \t]+"
    r"|(?P<issuer>của|giữa)[ \t]+|(?P<subject>về)[ \t]+)|(?P<term>(?<=\()|[ \t]*\())",
    re.IGNORECASE,
)
"""A citation's marker as first written, without the look-ahead that turns words away."""
_MARKER_ATOMS = st.sampled_from(
    [
        *("số", "SỐ", "ſố", "ngày", "NGÀY", "của", "CỦA", "giữa", "về", "VỀ", "Về"),
        *(" ", "\t", "(", ")", "x", "c", "s", "N", "g", "v", "Sở", "khóa"),
    ]
)


@given(st.lists(_MARKER_ATOMS, max_size=12).map("".join), st.integers(0, 12))
@example("Quyết định (khóa XI) số 5 ngày 1", 0)
@example("Sở x VỀ y", 0)
def test_citation_markers_are_the_plain_rule(text: str, position: int) -> None:
    found, plain = _MARKER.search(text, position), _PLAIN_MARKER.search(text, position)
    assert (found and (found.span(), found.lastgroup)) == (
        plain and (plain.span(), plain.lastgroup)
    )


@given(st.text(alphabet=st.sampled_from("aB1 .!?…/\nđ"), max_size=16))
def test_sentences_keep_every_character_at_its_offset(text: str) -> None:
    found = sentences(text)
    assert all(text.startswith(sentence, offset) for offset, sentence in found)
    assert [offset for offset, _ in found] == sorted({offset for offset, _ in found})
    assert "".join("".join(s.split()) for _, s in found) == "".join(text.split())


def test_sentences_end_on_stops_before_a_letter() -> None:
    # "./." closes a document; "..." and "1.2" go on; a stop glued to a letter ends one
    assert sentences("Xong./. Tiếp... Hết!Rồi? 1.2 a…b") == [
        (0, "Xong./."),
        (8, "Tiếp..."),
        (16, "Hết!"),
        (20, "Rồi? 1.2 a…"),
        (31, "b"),
    ]


_PLAIN_STARS = re.compile(r"(?<!\()\*+|\*+(?!\))")
_PLAIN_STAMP_FIELD = re.compile(
    r"(?<![^\W\d_])(?:Ngày|NGÀY|Chuyển|CHUYỂN|Giờ|GIỜ)[ \t]*:|^(?:ĐẾN|ĐEN)\b"
)
"""Stars and a stamp's field as first written: a look-behind first, a line start."""
_STAMP_ATOMS = st.sampled_from(
    [
        *("Ngày", "NGÀY", "Chuyển", "CHUYỂN", "Giờ", "GIỜ", "ĐẾN", "ĐEN", "N", "C", "G", "x"),
        *(" ", "\t", ":", "1", "_", "\n", "ĐẾNx"),
    ]
)


@given(st.text(alphabet=st.sampled_from("(*) a\n"), max_size=14))
@example("(*) ** (** *)")
def test_stars_are_the_plain_rule(text: str) -> None:
    assert _STARS.sub("", text) == _PLAIN_STARS.sub("", text)
    assert [m.span() for m in _STARS.finditer(text)] == [
        m.span() for m in _PLAIN_STARS.finditer(text)
    ]


@given(st.lists(_STAMP_ATOMS, max_size=8).map("".join))
@example("xNgày: 1")
@example("ĐẾN 5")
def test_stamp_fields_are_the_plain_rule(text: str) -> None:
    assert _stamp_field(text) == (_PLAIN_STAMP_FIELD.search(text) is not None)


@given(st.text(alphabet=st.sampled_from("aZ9 _-:.Đặ\u0301ß文٣\t"), max_size=12))
@example("TỜTRÌNH : 1_2")
def test_letters_are_the_plain_rule(text: str) -> None:
    assert letters(text) == re.sub(r"[\W_]+", "", fold_chars(text))


def _plain_fold(char: str) -> str:
    """A character folded as first written: an accented Latin letter (decomposed, its base
    an ASCII letter) to that letter in lower case, ``đ`` and its look-alikes to ``d``."""
    if char in "đĐðÐ":
        return "d"
    base = unicodedata.normalize("NFD", char)[:1]
    if 0xC0 <= ord(char) < 0x1F00 and base != char and base.isascii() and base.isalpha():
        return base.lower()
    return char


def test_folding_every_character_is_the_plain_rule() -> None:
    # the fold table is a string indexed by code point: each one, and those beyond it
    every = "".join(map(chr, range(0x110000)))
    assert fold_chars(every) == "".join(map(_plain_fold, every)).lower()
    assert fold_chars("Ế\U0001d400ð") == "e\U0001d400d"


_TAIL_ATOMS = st.sampled_from(
    [
        *("năm", "NĂM", "năm học", "niên khóa", "ngày 15 tháng", "tháng", "từ", "đến", "và"),
        *(" ", "\n", "\t", "\u00a0", "x", "(", "2024", "của", "với", "phối hợp với"),
    ]
)


@given(st.lists(_TAIL_ATOMS, max_size=8).map("".join))
@example("Sửa đổi từ năm 2021 đến")
@example("ngày 15 tháng\n")
def test_the_end_of_a_line_cut_before_a_number_is_the_plain_rule(text: str) -> None:
    # the tail is searched for only after a word it ends with: as if searched for always
    found, plain = _date_tail(text), _DATE_TAIL.search(text[-40:].casefold())
    assert (found and (found.span(), found.lastgroup)) == (
        plain and (plain.span(), plain.lastgroup)
    )


class _EveryUnit(dict[str, tuple[tuple[str, str], ...]]):
    """The unit nouns whatever a text opens with: each tried, as first written."""

    def get(self, key: str, default: object = None) -> tuple[tuple[str, str], ...]:
        return tuple((unit, unit + " ") for unit in _UNIT_NOUNS)


_LIST_ATOMS = st.sampled_from(
    [
        *("các ", "sở", "ban", "ngành", ", ", " và ", "; ", "thành phố", "thị xã", "huyện"),
        *("Sở Tài chính", "UBND ", "đơn vị", "cơ quan", " liên quan", "tỉnh ", "x", "2"),
    ]
)


@given(st.lists(_LIST_ATOMS, max_size=12).map("".join))
@example("Sở Tài chính và cơ quan, địa phương liên quan")
@example("các sở, ban, ngành, đoàn thể cấp tỉnh, UBND các huyện, thị xã")
@example("các ban, sở liên quan, Sở Tài chính và xã, phường")
def test_unit_nouns_tried_by_first_letter_are_the_plain_rule(text: str) -> None:
    # only the unit nouns that open with a text's first letter can open it
    with patch("vnadmin.text.semantics._UNITS_BY_FIRST", _EveryUnit()):
        plain = split_actors(text)
    assert split_actors(text) == plain


_FIELD_ATOMS = st.sampled_from(
    [
        *("Cơ quan chủ trì", "CƠ QUAN PHỐI HỢP", "chủ trì", "Phối hợp", "thời hạn", "Đơn vị"),
        *("Thời gian hoàn thành", "tiến độ", "chủ trì, phối hợp", "x", "Sở", "2"),
        *(":", ":", " ", "\t", "\n", ";", ", ", "-", "a) "),
    ]
)


@given(st.lists(_FIELD_ATOMS, max_size=14).map("".join))
@example("a) Cơ quan chủ trì: Sở Nội vụ;\nb) Cơ quan phối hợp  :\tcác sở; Thời hạn: Quý II")
@example("Xchủ trì: chủ trì:: phối hợp \t : thời hạn")
def test_field_lines_before_colons_are_the_plain_scan(text: str) -> None:
    # names hold no colon, and every match ends at one: the few characters before it suffice
    assert not any(":" in name for name in _PRINTED)
    plain = [(match.span(), match["name"]) for match in _FIELD_LINE.finditer(text)]
    assert [(match.span(), match["name"]) for match in _field_lines(text)] == plain


_PLAIN_REPORTING = re.compile(
    r"(?<![^\W\d_])(?:vừa|đã|mới)[ \t]+(?:có|ban[ \t]+hành|ký[ \t]+ban[ \t]+hành|ký|gửi|ra)"
    r"(?![^\W\d_])[ \t]*",
    re.IGNORECASE,
)
"""The reporting verb of a news lead as first written: the look-behind first."""
_LEAD_ATOMS = st.sampled_from(
    [
        *("vừa", "VỪA", "vỪa", "đã", "ĐÃ", "Đã", "mới", "MỚI", "Mới", "v", "M", "đ"),
        *(" ", "\t", " ban", "BAN", " hành", " HÀNH", " ký", "có", " gửi", "ra", "x", "2", "_"),
    ]
)


def test_the_letters_patterns_open_with_are_every_case_of_them() -> None:
    # the sets that open the reporting verb and the run-on year (``năm``) hold all that
    # IGNORECASE matches for their letters
    for letter in "vđmn":
        plain = re.compile(letter, re.IGNORECASE)
        matched = {chr(code) for code in range(0x2200) if plain.fullmatch(chr(code))}
        assert matched == {letter, letter.upper()}


@given(st.lists(_LEAD_ATOMS, max_size=10).map("".join), st.integers(0, 12))
@example("UBND tỉnh VỪA BAN HÀNH kế hoạch", 0)
@example("Xvừa ký văn bản, đã\tgửi", 0)
def test_the_reporting_verb_is_the_plain_rule(text: str, position: int) -> None:
    plain = _PLAIN_REPORTING.search(text, position)
    found = _REPORTING.search(text, position)
    assert (found and (found.span(), found.group())) == (plain and (plain.span(), plain.group()))


_PLAIN_RUN_ON_YEAR = re.compile(r"(?i)\bn[aă]m\s+\d{4}(?=[\s,.]+[^\W\d_])")
"""The year a place-and-date line runs on after, as first written: a word boundary first."""
_YEAR_ATOMS = st.sampled_from(
    [
        *("năm", "NĂM", "Năm", "nam", "nĂm", "n", "N", "ă", "x", "_", "2024", "20", "1"),
        *(" ", "\t", "\n", ",", ".", "Hà Nội", "ngày"),
    ]
)


@given(st.lists(_YEAR_ATOMS, max_size=10).map("".join), st.integers(0, 40))
@example("Hà Nội, ngày 13 tháng 02 năm 2017 Kính gửi", 200)
@example("xnăm 2024 Quyết định, NĂM 2025. Về", 200)
def test_the_run_on_year_is_the_plain_rule(text: str, end: int) -> None:
    plain = [(m.span(), m.group()) for m in _PLAIN_RUN_ON_YEAR.finditer(text, 0, end)]
    assert [(m.span(), m.group()) for m in _RUN_ON_YEAR.finditer(text, 0, end)] == plain


_PLAIN_OPENING_RUN_ON = re.compile(
    r"(?<=[ \t])(?:"
    + "|".join(re.escape(title) for title in sorted(_TITLES, key=len, reverse=True))
    + r"|CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI|ĐẢNG[ \t]+CỘNG[ \t]+SẢN"
    + r")(?=[ \t]|$)|(?<=[ \t])\(|(?<=[ \t])"
    + _FIRST_SECTION.pattern,
    re.I,
)
"""Where an attached instrument opens inside a line, as first written: each opening after a
look-behind for its blank."""
_OPENING_ATOMS = st.sampled_from(
    [
        *(" ", "\t", "\n", "(", ".", "x", "1", "I", "I.", "Điều 1.", "CHƯƠNG I", "Phần 1"),
        *("KẾ HOẠCH", "kế hoạch", "QUY CHẾ", "PHỤ LỤC", "Cộng hòa xã hội", "ĐẢNG CỘNG SẢN"),
        *("Nguyễn Văn An", "CHỦ TỊCH"),
    ]
)


@given(st.lists(_OPENING_ATOMS, max_size=10).map("".join))
@example("Nguyễn Văn An KẾ HOẠCH Triển khai (Ban hành kèm theo")
@example(" ( (I. Điều 1.\tCỘNG HOÀ  XÃ HỘI")
def test_the_opening_run_on_is_the_plain_rule(text: str) -> None:
    plain = [(m.span(), m.group()) for m in _PLAIN_OPENING_RUN_ON.finditer(text)]
    found = [(m.span(1), m[1]) for m in _OPENING_RUN_ON.finditer(text)]
    assert found == plain


def test_a_copy_form_opens_with_one_of_its_first_letters() -> None:
    # every code point before the rest of each form: those that make a form are the set's
    rests = ("AO Y", "ao lục", "RÍCH SAO", "ẢN SAO")
    opening = {
        char
        for char in map(chr, range(0x110000))
        if any(COPY_FORM.fullmatch(char + rest) for rest in rests)
    }
    assert opening == COPY_FORM_FIRST
