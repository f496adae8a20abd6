"""Layout recovery: whatever shape a text came in, the lines of the page and the header's cells.

Real documents reach vnadmin as PDF text (columns side by side with ``pdftotext -layout``,
flattened row by row without it), OCR of scans (columns joined by a single space, stamps
and seal noise, misread letters), web pages and markdown.  This stage runs right after
clean-up, before any field is read, and undoes what those shapes did to the page, so the
readers after it meet one shape: the lines of the page in reading order, the cells of a
header row separated by a tab.  Each change it makes is a diagnostic.

- Page furniture: page-break markers, running headers and footers repeated at the page
  breaks, page numbers.
- E-signature captions (``Ký bởi: ...``, ``Cơ quan: ...``, ``Thời gian ký: ...``), the
  gazette centre's e-stamp (``TRUNG TÂM CÔNG BÁO VÀ TIN HỌC``, an e-mail address, a time
  stamp), and whatever noise stands above the header's first row.
- Columns: the banner, the motto, the Party banner and the place-and-date line start a
  cell of their own where OCR joined them to the left column with one space.
- Split fields: a number printed apart from its symbol (``Số: 542`` ... ``/TB-UBND``), a
  date line broken after ``ngày``.
- Underline runs glued to text (``BỘ NỘI VỤ-------``, ``----Căn cứ``).
- The fixed vocabulary as OCR misread it (``QUYÉT ĐỊNH``, ``CỌNG HÒA``, ``Só:``, ``Kinh
  gửi``, ``Với nhận``, ``Và việc``): recognised on its letters by an edit distance
  (:mod:`vnadmin.text.fuzzy`), written in its printed form, each repair reported.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Callable, Iterator

from vnadmin.grammar.archive import ARCHIVE_LABEL, CLERKS, DAMAGED_LABEL, LABEL_WORD
from vnadmin.grammar.esign import (
    ADDRESS,
    CAPTION,
    INTERLEAVED,
    NAMING,
    ORGAN,
    SIGNED_BY,
    TIMESTAMP,
)
from vnadmin.grammar.labels import LABEL
from vnadmin.grammar.marks import AUTHORITY_LINE, MARK_WORDS
from vnadmin.grammar.number_label import PRINTED_SO, SO, far_misread, number_label, printed_label
from vnadmin.grammar.printed import CONGRESS_TERM, motto_parts
from vnadmin.grammar.registry import per_registry
from vnadmin.grammar.subjects import CANONICAL_VV, DAMAGED_VV, SUBJECT_LEAD
from vnadmin.grammar.syllables import ONSETS, is_syllable
from vnadmin.model import KindRegistry
from vnadmin.normalize import fold, tone_key
from vnadmin.text.accents import accented
from vnadmin.text.cleanup import PAGE_BREAK
from vnadmin.text.dateline import DAY_WORD, find_dateline, opens_day_word, run_on_dateline
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.distribution import NOI_NHAN
from vnadmin.text.footnotes import join_footnotes
from vnadmin.text.fuzzy import (
    allowed_edits,
    distance,
    find_approx,
    fold_chars,
    letter_offsets,
    letters,
)
from vnadmin.text.lines import (
    CELL_BREAK,
    MAX_SCAN,
    NUMBERED_SECTION,
    Line,
    ends_with_symbol,
    is_caps,
    is_noise,
    is_strokes,
    squash,
)
from vnadmin.text.page import drop_chrome, is_source_line
from vnadmin.text.portal import metadata_lines
from vnadmin.text.recipients import BULLET
from vnadmin.text.vocabulary import (
    ACTOR_HEADS,
    BASIS_OPENING,
    ORGAN_WORDS,
    PLACE_WORDS,
    PREAMBLE,
    PRINTED_PARTY_BANNER,
    PRINTED_STATE_BANNER,
    handling_marks,
    names_authority,
    opens_body,
)

__all__ = ["recover_layout"]

_RULE_RUN = re.compile(r"^(?:[-_=~–—…]{3,}|_{2,})[ \t]*|[ \t]*(?:[-_=~–—…]{3,}|_{2,})$")
_RULE_CHARS = frozenset("-_=~–—…")
_PAGE_NUMBER = re.compile(r"[-–—( \t]*(?:trang[ \t]+)?(\d{1,3})(?:[ \t]*/[ \t]*\d{1,3})?[-–—) \t]*")
_CONTACT_KEY = re.compile(r"[ \t]*[a-z][a-z -]{0,15}:")
_GAZETTE = ("congbao", "tinhoc", "trungtamcong")
_CELL = re.compile(r"\S+(?: {1,2}\S+)*")
"""A cell of a layout line: words apart by two spaces at most (:data:`CELL_BREAK`)."""
_WRAPPED_NAME = 40  # characters of a signer's name wrapped onto the next line, at most
_STAMP_LINE = re.compile(
    r"(?:(?:cv|cong van|van ban) )?den\b|(?:so|ngay|chuyen|gio|luu ho so)(?:$|[ .:])"
)
"""The lines of an incoming stamp (folded): ``ĐẾN``, ``Số:``, ``Ngày:``, ``Chuyển:``."""
_SYMBOL_REST = re.compile(r"(?:\d{4}[ \t]*/[ \t]*)?[^\W\d_][^\s/]*(?:/[^\W_]\S*)?")
"""What follows a number line broken after its slash (``Số: 300/`` / ``2025/NĐ-CP``)."""
_BARE_SYMBOL = re.compile(rf"[-/][ \t]*{_SYMBOL_REST.pattern}(?:[ \t]?-[ \t]?[^\W\d_][^\s/]*)*")
"""A symbol printed apart from its number (``/TB-UBND``, ``-HD/BTCTU``, ``/2025/NĐ-CP``),
a space typed beside a joint's dash (``/UBND -TP``)."""
_BARE_NUMBER = re.compile(
    r"\d[\d.]{0,8}(?:[ \t]*/[ \t]*\d{4})?[ \t]*[-/][ \t]*[^\W\d_][^\s/]*(?:/[^\W_]\S*)?"
)
"""A number with its symbol, ``Số`` printed apart (``1520/QĐ-UBND``, ``45/2026/NĐ-CP``)."""
_LABELLED_NUMBER = re.compile(
    r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(?:số|SỐ)[ \t]*:[ \t]*(?:\d[\d.]{0,10})?"
)
"""A kind's number label, alone or with the digits only (``Luật số:``, ``Nghị quyết số: 66``)."""
_NUMBER_DIGITS = re.compile(r"\d[\d.]{0,10}")
_PAGE_TITLE = re.compile(
    rf"(?P<words>(?:[^\W\d_]+[ \t]+){{1,4}})(?:{SO}[ \t]*(?P<colon>:)?[ \t]*)?"
    r"\d[\d.]{0,8}/[^\W_]"
)
"""A kind name, then a number with its symbol: a page's title (``Quyết định 1520/QĐ-UBND``);
with a colon after ``số``, a law's own number line (``Luật số: 116/2025/QH15``)."""
_PLACE_ALONE = re.compile(r"(?:[^\W\d_][^\s,]{0,15}[ \t]){0,4}[^\W\d_][^\s,]{0,15}[ \t]*,")
"""A place alone with its comma (``Hà Nam,``): a date line broken before ``ngày``."""
_DAY_OPENS = re.compile(r"[ \t]*(?:\d{1,2}[ \t]*)?thang(?![^\W\d_])")
_LABEL_CUTS = {"kinh": "gui", "noi": "nhan", "ve": "viec"}
"""Labels a narrow cell cuts after their first word (``**Kính`` / ``gửi:**``): the first
word's letters, and what the next cell opens with."""
_PLACE_START = re.compile(r"[^\W\d_][^\W\d_]{1,12}(?:[ \t][^\W\d_][^\W\d_]{1,12}){0,3}")
"""The first words of a place cut by a narrow cell (``Tây``, ``Thành phố``, ``Thành phố Hồ
Chí``): up to four, as many as a place's name has but one; three or four not in capitals
(``ỦY BAN NHÂN DÂN`` is an issuer's line)."""
_OPEN_DATE = re.compile(
    DAY_WORD + r"[ \t]*(?P<day>\d{0,2})(?P<month>[ \t]*thang[ \t]*(?P<digits>\d{0,2})"
    r"(?P<year>[ \t]*nam(?P<cut>[ \t]*\d{1,3})?)?)?$"
)
_YEAR_OPENS = re.compile(r"[ \t]*\d{4}(?!\d)")
_MONTH_OPENS = re.compile(r"[ \t]*(?:\d{1,2}(?:[ \t]*nam|[ \t]*$)|nam[ \t]*\d{4}(?!\d))")
_PARTY_REST = re.compile(r"[^\W\d_][^\s/]{0,12}/[^\W_][^\s/]{0,20}")
"""What a Party number cut after its dash goes on with (``Số 120-`` / ``KH/HU``)."""
_SYMBOL_TAIL = re.compile(r"[^\W_][^\s/]{0,20}")
"""What a number line cut after a dash of its symbol goes on with (``UBND-`` / ``VP``)."""
_DAMAGED_NUMBER = re.compile(r"[Ss][oôốóồ6][ \t]*[:;][^\s]{0,30}[-/]")
"""A number line whose label and number a legacy OCR layer read in small letters, glued to
a symbol as damaged (``so:f60tCNa-usND``)."""
_NUMBERED = re.compile(
    rf"{SO}[ \t]*:?[ \t]*(?:[\d.…_ \t]*[/-]|[^\s/]{{1,5}}[ \t]*/[ \t]*[A-ZĐ]{{2}})"
)
"""A number line: its digits, or what OCR left of them before the slash and a symbol in
capitals (``Số: ¿7õ /GP-BTNMT``)."""
_SLASH_YEAR = re.compile(r"/[ \t]*\d{1,4}")
"""A year alone after its slash, whole or cut by an HTML page's span (``/2025``, ``/202``)."""
_OPEN_YEAR = re.compile(r"\d[ \t]*/[ \t]*(?P<digits>\d{1,4})")
"""A number line that ends in its year, no symbol yet (``Số: 18 /2025``, ``Số: 18 /202``)."""
_SUBJECT_AFTER = re.compile(rf"[ \t;,\-–]+({SUBJECT_LEAD.pattern})(?=[ \t:.]|$)")
"""A subject's lead run on after the number on its line: where the subject starts."""
_DIEU = re.compile(r"Điều[ \t]*\d")
_MAX_ZONE = 60  # non-blank lines: a header never runs longer
_JOINED_LINES = 2  # non-blank lines of a text whose line breaks a crawl dropped
_JOINED_LENGTH = 2000  # characters of such a line: a whole document, not a paragraph
_MAX_BLOCK = 15  # non-blank lines of issuer, number and stamps above the banner
_SHORT_TOP = 8  # non-blank lines above the banner that the header zone reads as it is
_MAX_ABOVE = 2000  # lines of a page before the document's banner
_RUN_ISSUERS = re.compile(
    r"(?P<parent>(?:.*?[ \t])?(?:TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ|XÃ|PHƯỜNG|BỘ"
    r"|(?:THÀNH|TỈNH|HUYỆN|QUẬN|THỊ|ĐẢNG)[ \t]+(?:ỦY|UỶ))(?:[ \t]+[^\W\d_]+){1,6}?)"
    r"[ \t]+(?P<issuer>(?=\S+[ \t]+\S)(?!BAN[ \t]+NHÂN[ \t]+DÂN)(?:SỞ|BAN|PHÒNG|CỤC|TỔNG[ \t]+CỤC|CHI[ \t]+CỤC|VĂN[ \t]+PHÒNG"
    r"|TRUNG[ \t]+TÂM|BỆNH[ \t]+VIỆN|TRƯỜNG|THANH[ \t]+TRA|CÔNG[ \t]+AN|KHO[ \t]+BẠC"
    r"|HỘI[ \t]+ĐỒNG|BỘ[ \t]+CHỈ[ \t]+HUY|(?:ĐẢNG|HUYỆN|THÀNH|QUẬN|THỊ|TỈNH)[ \t]+(?:ỦY|UỶ))"
    r"(?:[ \t]+\S+)*)"
)
"""A parent and its issuer on one line: the parent names a place, a ministry or a Party
committee (1 to 6 words), the issuer opens with a body's head (not the ``BAN NHÂN DÂN`` of
an ``ỦY BAN NHÂN DÂN``: ``ĐẢNG BỘ ỦY BAN NHÂN DÂN ...`` is one name)."""
_RUN_UNIT = re.compile(
    r"(?P<parent>(?:TỔNG[ \t]+)?CỤC(?:[ \t]+[^\W\d_]+){1,12}?)"
    r"[ \t]+(?P<issuer>(?:TRUNG[ \t]+TÂM|CHI[ \t]+CỤC)[ \t]+\S.*)"
)
"""A department (``CỤC``) and its unit run on after the ministry: the unit opens with a head
that no department's name holds (``TRUNG TÂM``, ``CHI CỤC``)."""
_ORGAN_STARTS = frozenset(word.partition(" ")[0] for word in ORGAN_WORDS)
_COUNCILS = frozenset(
    ["uy ban nhan dan", "hoi dong nhan dan"]
    + [f"{unit} uy" for unit in ("tinh", "thanh", "huyen", "quan", "thi", "dang")]
)
_COUNCIL_HEADS = frozenset(
    word
    for words in ("BAN ĐỒNG TỈNH THÀNH HUYỆN QUẬN THỊ ĐẢNG", "Ban Đồng Tỉnh Thành Huyện")
    for word in words.split()
)
"""The last word of a council's first half, as printed: the cheap test before folding."""
_PLACE_UNIT_WORDS = frozenset(["tinh", "pho", "huyen", "quan", "xa", "phuong", "tran"])
"""The last word of a unit before a place's name (``TỈNH``, ``THÀNH PHỐ``, ``THỊ TRẤN``)."""
_BANNER_HEADS = ("CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI", "ĐẢNG CỘNG SẢN")
_MAX_CELL = 200
_MIN_RUN_ON = 60  # characters of a kind line, a subject and a basis run on at the least
_SUBJECT_REACH = 600  # characters of a subject at most: the header cuts one longer
_LONGEST_KIND = 4  # words of the longest kind name (``NGHỊ QUYẾT LIÊN TỊCH``)
_OPENING_AFTER_SPACE = re.compile(r"[ \t]+(?=[CTX])")
"""A space before a capital that may open a legal basis or a proposal."""
_SPACE = re.compile(r"[ \t]+")
_RUNNING_MIN = 20  # a running header or footer line is at least this long
_PAGE_MIN_LINES = 12  # non-blank lines on a page before its number

_BANNER = letters(PRINTED_STATE_BANNER[0])
_MOTTO = letters(PRINTED_STATE_BANNER[1])
_BANNER_HEAD = letters(PRINTED_STATE_BANNER[0].rsplit(" ", 2)[0])
"""The banner without its last two words (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA``)."""
_DAMAGED_TAIL = 12  # characters where the banner's last words stood, as OCR left them
_PARTY = letters(PRINTED_PARTY_BANNER)
_LUU = letters(LABEL_WORD)
_FIXED = (
    ("banner", _BANNER, PRINTED_STATE_BANNER[0]),
    ("motto", _MOTTO, PRINTED_STATE_BANNER[1]),
    ("party", _PARTY, PRINTED_PARTY_BANNER),
)
_FOLDED_BANNER = fold_chars(PRINTED_STATE_BANNER[0])
_FOLDED_PARTY = fold_chars(PRINTED_PARTY_BANNER)
_PRINTED_MOTTO = PRINTED_STATE_BANNER[1]
_MOTTO_LENGTH = 2 * len(_PRINTED_MOTTO)
_MOTTO_EDITS = 4  # edits of the motto's last two parts, together, a damaged motto may carry
_, _FREEDOM, _HAPPINESS = map(letters, motto_parts(_PRINTED_MOTTO).phrases)
_TRAILING_SPECKS = re.compile(r"(?:[ \t]+[^\w \t]{1,3})+$")
"""Specks OCR leaves after a line's last word (``TỜ TRÌNH ~``)."""
_SHORT_WORDS = frozenset(["va", "ve", "vv", "so", "du", "bo", "uy"])
"""Words of one or two letters a line may open with before a kind name (``VÀ``, ``V/V``,
``SỐ``, ``DỰ``, ``BỘ``, ``SỞ``): no speck."""
_MIXED_KIND = 24  # a kind name in mixed case stands alone in its cell
_KINH_GUI_HINTS = ("gửi", "gởi", "gui")
"""What OCR keeps of ``gửi``, in any case (``GỬI``, ``gUi``)."""
_KINH = ("Kính ", "KÍNH ")
"""``Kính`` kept whole before a ``gửi`` OCR misread beyond its hints (``Kính gíi:``)."""
_LEADING_NOISE = " \t¬—–-|_.,;'\"`~*()"
_KINH_GUI_SPECKS = 2  # specks of a seal OCR read before ``Kính gửi``, at most
_PRINTED_KINH_GUI = ("Kính gửi", "KÍNH GỬI", "Đồng kính gửi", "ĐỒNG KÍNH GỬI", "Kính gởi")
_KEY_WORDS = {
    "banner": ("conghoa", "xahoi", "chunghia"),
    "motto": ("doclap", "tudoh", "hanhphuc"),
    "party": ("dangcong", "congsan"),
}
_KEYS = re.compile("|".join(key for keys in _KEY_WORDS.values() for key in keys))
_FOLDED_FIXED = frozenset(fold_chars(printed) for _, _, printed in _FIXED)
_KINH_GUI = ("kinhgui", "kinhgoi", "dongkinhgui")
_NOI_NHAN = "noinhan"
_DIEN_ALONE = ("điện:", "ĐIỆN:", "điện :", "ĐIỆN :")
_NOI_ALONE = frozenset(["Nơi", "NƠI", "**Nơi", "**NƠI"])
_NHAN_COLON = re.compile(r"(?=\S{0,2}[^\w\s]|\S{0,2}\d)[^\sNnVv]\S{0,2}[ \t]+nhận[ \t]*:")
"""``Nơi nhận:`` with its first word OCR damaged beyond the letters it keeps (``s4 nhận:``):
a short token holding a digit or a sign (``Đã nhận:`` is words), ``nhận`` and the colon,
at the start of a line over a list's dash."""
"""``Nơi nhận`` cut after its first word by a narrow cell: the first word alone."""
_RULE_STARTS = ("---", "___", "===", "~~~", "–––", "———", "…", "__")
_LIST_REACH = 40  # lines under Nơi nhận where its items are looked at
_MISREAD_DASH = re.compile(r"[“”\"‘’`][ \t]+(?=[^\W\d_])")
"""A list's dash OCR read as a quotation mark, before the item's first word."""
_ARCHIVE_LINE = re.compile(rf"[-–][ \t]*{ARCHIVE_LABEL}\b")
"""The dashed archive line that ends a Nơi nhận list (``- Lưu: VT``)."""
_MISREAD_ARCHIVE = re.compile(
    rf"[-–][ \t]*(?P<word>{DAMAGED_LABEL})[ \t]*:(?=[ \t]*(?:[^\W_]{{1,12}}[ \t]*,[ \t]*)*{CLERKS})"
)
"""A dashed item opening with a short word, a colon and units, ``VT`` among them: the
archive item, whatever OCR made of ``Lưu`` (:func:`_archive_word` measures the word)."""
_MARK_AFTER = re.compile(rf"(?:{MARK_WORDS})\.[ \t]*(?!(?:{MARK_WORDS})\.)(?P<title>[^\W\d_]{{2}})")
"""A signing mark opening a cell that a flattened row ran on after the archive item
(``... Lưu: VT. KT. CHỦ TỊCH ...``); not a unit of the archive item (``Lưu: VT, KT.``)
that a mark follows.  The title it applies to is printed in capitals: a mark's letters
before a name in mixed case are the drafter's initials (``Lưu: VT, QHĐP (2b)Q.Cường.``)."""
_VE_VIEC = re.compile("v[a-z]?vi[a-z]?c")  # "Về việc" with a letter or two misread


def recover_layout(lines: list[Line], diagnostics: Diagnostics, kinds: KindRegistry) -> list[Line]:
    """The logical lines of ``lines`` (cleaned), header cells separated by tabs."""
    drop_chrome(lines, diagnostics)
    index = _Index(lines)
    _one_line(index.texts, lines, diagnostics)
    if cut := _cut_words(lines, index.texts, diagnostics):
        lines, index = cut, _Index(cut)
    if split := _run_on_title(lines, diagnostics, kinds):
        lines, index = split, _Index(split)
    lines = _pages(lines, index, diagnostics)
    lines, captions = _captions(lines, index, diagnostics)
    for glued in index.glued_rules():
        lines[glued] = _unglue(lines[glued])
    begin, banner = _document_start(lines, index, diagnostics)
    zone = _header_end(lines, begin, banner)
    rows = [_cells(lines[row].text) for row in range(zone)]
    filled = [bool(row) for row in rows]
    _split_phrases(rows, zone)
    _split_names(rows, zone)
    _split_kinds(rows, zone, kinds)
    joined = {row for row in range(zone) if filled[row] and not rows[row]}
    anchors = _columns(lines, rows, begin, zone, diagnostics, kinds)
    _above_header(lines, rows, {at for at in anchors if at >= begin}, captions, diagnostics)
    filled = [any(row) for row in rows]
    unjoined = [set(row) for row in rows]
    _joins(lines, rows, zone, diagnostics)
    if _split_joined(lines, rows, unjoined, diagnostics):
        _joins(lines, rows, zone, diagnostics)  # ``Số:`` / the number cut off the date
    joined |= {row for row in range(zone) if filled[row] and not any(rows[row])}
    for row in range(zone):
        lines[row] = Line(lines[row].number, "\t".join(cell for cell in rows[row] if cell))
    _footer_words(lines, index, diagnostics)
    _sender_cut(lines, index, diagnostics)
    # A line all of whose text went into the line above is gone, not a blank line: a blank
    # line ends a subject or an issuer block (``VỀ`` / ``VIỆC SỬA ĐỔI ...`` / ``SỬ, ...``).
    return [line for row, line in enumerate(lines) if row not in joined] if joined else lines


def _one_line(texts: list[str], lines: list[Line], diagnostics: Diagnostics) -> None:
    """Say so when the whole text stands on a line or two: a crawl that joined every piece
    of the page with a space (``get_text(" ", strip=True)``, whitespace squeezed) leaves
    no line to tell the header's rows, the body and the signature apart."""
    filled = [at for at, text in enumerate(texts) if text]
    if not filled or len(filled) > _JOINED_LINES:
        return
    longest = max(filled, key=lambda at: len(texts[at]))
    if len(texts[longest]) >= _JOINED_LENGTH:
        diagnostics.warning(
            lines[longest].number,
            "lines-joined",
            f"the text is {len(filled)} line(s), one of {len(texts[longest])} characters:"
            " its line breaks were lost (a crawl joined the page's pieces with spaces), so"
            " the header, the body and the signature cannot be told apart",
        )


_VOWELS = frozenset("aeiouy")
_FIRST_CHAR = operator.itemgetter(slice(0, 1))
_VOWEL_LETTERS = frozenset(
    char for char in map(chr, range(0x41, 0x1EFA)) if char.isalpha() and fold_chars(char) in _VOWELS
)
"""Every letter, with its marks, whose bare letter is a vowel (``ố``, ``Ủ``, ``ạ``)."""


def _run_on_title(lines: list[Line], diagnostics: Diagnostics, kinds: KindRegistry) -> list[Line]:
    """The lines, with the kind line a crawl ran the subject and the body's first paragraph
    onto (``QUYẾT ĐỊNH Về việc ban hành ... CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ... Căn cứ Luật
    ...``) cut into the lines the document prints: the kind and its subject, the enacting
    authority in capitals if printed, the preamble; empty when no line is one."""
    seen = 0
    for at, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > _MAX_ZONE:
            return []
        pieces = _title_pieces(line.text, kinds)
        if pieces is None:
            continue
        diagnostics.info(
            line.number,
            "subject-split",
            f"the kind line ran on into the body: cut before {pieces[-1][:30]!r}",
        )
        return [*lines[:at], *(Line(line.number, piece) for piece in pieces), *lines[at + 1 :]]
    return []


def _title_pieces(text: str, kinds: KindRegistry) -> list[str] | None:
    """``text`` cut as :func:`_run_on_title` cuts it, or ``None`` when it is no kind line
    with a subject and a preamble run on: a kind name in capitals opens it, two words of
    subject at least follow, then a legal basis or proposal (``Căn cứ``, ``Theo đề nghị``,
    ``Xét``) opening with its capital after a space."""
    if len(text) < _MIN_RUN_ON or not text.lstrip("*_ \t")[:1].isupper():
        return None
    end = _title_end(text, kinds)
    if not end:
        return None
    for basis in _OPENING_AFTER_SPACE.finditer(text, end, end + _SUBJECT_REACH):
        at = basis.end()
        if not (BASIS_OPENING.match(text, at) or text.startswith("Xét ", at)):
            continue
        head, rest = text[: basis.start()].rstrip(), text[at:]
        if len(head[end:].split()) < 2:
            continue
        for space in _SPACE.finditer(head, end):
            tail = head[space.end() :]
            if tail.isupper() and names_authority(tail) and space.start() > end:
                return [head[: space.start()], tail, rest]  # the authority in capitals
        return [head, rest]
    return None


def _title_end(text: str, kinds: KindRegistry) -> int:
    """The end of the kind name in capitals that opens ``text`` (the longest), or 0."""
    opening = len(text) - len(text.lstrip("*_ \t"))
    words = text[opening:].split(" ", _LONGEST_KIND)[:_LONGEST_KIND]
    end = 0
    for count in range(1, len(words) + 1):
        name = " ".join(words[:count])
        if not name.isupper():
            break
        found = letters(name)
        if any(word == found for _, word, _ in _kind_table(kinds).get(found[:1], ())):
            end = opening + len(name)
    return end


def _cut_words(lines: list[Line], texts: list[str], diagnostics: Diagnostics) -> list[Line]:
    """Join a word an HTML page's span cut before its vowel (``CHÍNH PH`` / ``Ủ``, ``S`` /
    ``ố: 309/2025/NĐ-CP``, ``Hà N`` / ``ội, ngày ...``): a line ending in a syllable's
    opening consonants alone, the next opening with a vowel, in capitals only if the
    consonants are; or cut inside its opening consonants, on a line of capitals of its own
    (``T`` / ``HỂ``).  The lines joined, or none if no word was cut."""
    # the cheap test first, at C speed: the lines that open with a vowel
    opens = map(_VOWEL_LETTERS.__contains__, map(_FIRST_CHAR, texts))
    cuts = [
        at
        for at in itertools.compress(range(len(texts)), opens)
        if at and _word_cut(texts[at - 1], texts[at])
    ]
    # and a line of one or two letters: an opening cut inside its consonants (T / HỂ)
    short = map((3).__gt__, map(len, texts))
    onsets = [
        at + 1
        for at in itertools.compress(range(len(texts) - 1), short)
        if _onset_cut(texts[at], texts[at + 1])
    ]
    if onsets:
        cuts = sorted({*cuts, *onsets})
    if not cuts:
        return []
    joined = list(lines)
    for at in reversed(cuts):  # from the end: a line cut twice joins whole
        head, tail = joined[at - 1], joined[at]
        joined[at - 1] = Line(head.number, head.text + tail.text)
        del joined[at]
    first = lines[cuts[0]]
    diagnostics.info(
        first.number,
        "word-joined",
        f"{len(cuts)} word(s) cut inside by the page's markup joined:"
        f" {lines[cuts[0] - 1].text[-12:]!r} / {first.text[:12]!r}",
    )
    return joined


def _onset_cut(head: str, tail: str) -> bool:
    """A line of capitals holding the first letters of a syllable's opening, the next going
    on with the rest of it, then its vowel (``T`` / ``HỂ``, ``NG`` / ``HỊ``)."""
    if not (head.isalpha() and head.isupper() and tail[:1].isupper()):
        return False
    rest = next((at for at, char in enumerate(tail[:4]) if char in _VOWEL_LETTERS), 0)
    return rest > 0 and fold(head + tail[:rest]) in ONSETS


_NUMBERED_HEADING = re.compile(rf"{NUMBERED_SECTION.pattern}$")
"""A chapter's, section's or part's label whose Roman numeral ends the line: no word cut."""


def _word_cut(head: str, tail: str) -> bool:
    if not head[-1:].isalpha() or len(head) > _MAX_CELL:
        return False
    fragment = head[-4:].rpartition(" ")[2]
    if len(fragment) > 3 or (len(fragment) < len(head) and head[-len(fragment) - 1] != " "):
        return False  # the cheap test first: a token of three letters at most
    if fold(fragment) not in ONSETS or _NUMBERED_HEADING.search(head[-12:]):
        return False  # "Chương V" / "ƯU ĐÃI ...": a chapter's numeral, its title below
    if tail[:1].isupper():
        return fragment.isupper()  # CHÍNH PH / Ủ
    return len(fragment) == 1 or not fragment.isupper()  # S / ố, Hà N / ội, Ngh / ị; not TH / anh


class _Index:
    """The cleaned lines' texts, with the cheap tests (substrings, ends) that find the few
    lines each rule looks at (captions, page numbers, rules, a misread Nơi nhận): a loop of
    C-speed tests, not a pattern tried at every character."""

    def __init__(self, lines: list[Line]) -> None:
        self.texts = [line.text for line in lines]
        # what no line holds, no line is tested for (a one-character sign, or a word found
        # early: searching a long text for a word it lacks costs about 1 ns a character)
        self.joined = "\n".join(self.texts)

    def page_breaks(self) -> list[int]:
        return [at for at, text in enumerate(self.texts) if text == PAGE_BREAK]

    def page_numbers(self) -> list[int]:
        return [
            at
            for at, text in enumerate(self.texts)
            if 0 < len(text) <= 16 and (text[-1].isdigit() or text[-1] in "-–—)")
        ]

    def captions(self) -> list[int]:
        return [
            at for at, text in enumerate(self.texts) if ":" in text or "@" in text or "gov" in text
        ]

    def glued_rules(self) -> list[int]:
        return [
            at
            for at, text in enumerate(self.texts)
            if text.startswith(_RULE_STARTS) or text.endswith(_RULE_STARTS)
        ]

    def banners(self) -> Iterator[int]:
        """Lines holding the state or Party banner in its printed words (whole, or the
        first half of a banner broken over two lines)."""
        if "CỘNG" not in self.joined:  # in every banner, whole or cut
            return
        above = -1  # the last line with text
        for at, text in enumerate(self.texts[:_MAX_ABOVE]):
            if ("XÃ HỘI" in text or "CỘNG SẢN" in text) and (
                _BANNER_HEADS[0] in text or _BANNER_HEADS[1] in text or _BANNER_HEADS[2] in text
            ):
                yield at
            elif (
                above >= 0 and "CỘNG" in self.texts[above] and _banner_cut(self.texts[above], text)
            ):
                yield above  # a narrow cell's ``**CỘNG HÒA XÃ`` / ``HỘI CHỦ NGHĨA VIỆT NAM**``
            elif (
                above >= 0
                and text.lstrip(" *_").startswith("CỘNG SẢN VIỆT NAM")
                and self.texts[above].rstrip(" *_").endswith("ĐẢNG")
            ):
                yield above  # ``**ĐẢNG`` / ``CỘNG SẢN VIỆT NAM**``
            if text.strip():
                above = at

    def nhan_colon(self) -> list[int]:
        """Lines that may open with a word OCR wrecked, then ``nhận:``."""
        return [at for at, text in enumerate(self.texts) if "nhận" in text[1:16]]

    def noi_nhan(self) -> list[int]:
        return [
            at
            for at, text in enumerate(self.texts)
            if (text.find("nh", 1, 12) > 0 or text.startswith(("Nơi n", "NƠI N")))
            and text.lstrip(_HEADING_SPECKS)[:1] in "NnVvMm"  # N read as V or M
            and not text.startswith(("Nơi nhận", "NƠI NHẬN"))
        ]


def _banner_cut(head: str, tail: str) -> bool:
    """Whether ``head`` and ``tail`` are the state banner cut after any of its words (a
    narrow table cell: ``**CỘNG`` / ``HÒA XÃ HỘI ...``, ``**CỘNG HÒA XÃ`` / ``HỘI ...``)."""
    if "CỘNG" not in head or not ("NGHĨA" in tail or "VIỆT NAM" in tail) or len(head) > 40:
        return False  # the cheap test first
    return _fixed_across(head, tail)


def _unglue(line: Line) -> Line:
    """A line without the underline run glued to its start or end (``----Căn cứ``)."""
    stripped = _RULE_RUN.sub("", line.text)
    return Line(line.number, stripped) if stripped.strip() else line


def _cells(text: str) -> list[str]:
    """The cells of a header row, underline runs glued to their ends stripped
    (``BỘ NỘI VỤ-------``, ``--------------Hà Nội, ngày ...``)."""
    found = []
    for cell in CELL_BREAK.split(text):
        cell = _unruled(cell)
        if cell.strip():
            found.append(cell.strip())
    return found


def _unruled(cell: str) -> str:
    """``cell`` without the underline runs at its ends (the whole run kept when alone)."""
    if cell[:1] in _RULE_CHARS or cell[-1:] in _RULE_CHARS:
        stripped = _RULE_RUN.sub("", cell).strip()
        return stripped if stripped else cell
    return cell


# -- page furniture ------------------------------------------------------------------------


def _pages(lines: list[Line], index: _Index, diagnostics: Diagnostics) -> list[Line]:
    """Blank page-break markers, the running lines printed at page breaks, page numbers
    (a copy of ``lines``: the stage works on its own list from here)."""
    lines = list(lines)
    breaks = index.page_breaks()
    drop: set[int] = set(breaks)
    running = 0
    if len(breaks) >= 2:
        near: dict[str, set[int]] = {}
        page, last = 0, breaks[0]
        for at in breaks:
            # breaks with no text between them (a blank page) are one break: the lines
            # around them are one page's
            page += any(line.text and line.text != PAGE_BREAK for line in lines[last:at])
            last = at
            for other in _around(lines, at, 3):
                key = _running_key(lines[other].text)
                if key is not None:
                    near.setdefault(key, set()).add(page)
        # by at least half the page breaks: not an appendix's issuer line closing two
        # pages of six, which is also the header's issuer line
        least = max(2, (page + 2) // 2)
        repeated = {key for key, pages in near.items() if len(pages) >= least}
        for at, line in enumerate(lines):
            key = _running_key(line.text) if repeated else None
            if key in repeated:
                drop.add(at)
                running += 1
    numbers = _page_numbers(lines, index, set(breaks))
    join_footnotes(lines, [*breaks, *numbers], diagnostics)
    drop.update(numbers)
    if running:
        diagnostics.info(
            0, "running-lines-removed", f"{running} running header or footer line(s) removed"
        )
    if numbers:
        diagnostics.info(
            lines[numbers[0]].number,
            "page-numbers-removed",
            f"{len(numbers)} page number(s) removed",
        )
    for at in drop:
        lines[at] = Line(lines[at].number, "")
    return lines


def _around(lines: list[Line], index: int, reach: int) -> Iterator[int]:
    """The indexes of up to ``reach`` non-blank lines on each side of ``index``."""
    for step in (-1, 1):
        found, other = 0, index + step
        while 0 <= other < len(lines) and found < reach:
            if lines[other].text and lines[other].text != PAGE_BREAK:
                found += 1
                yield other
            other += step


def _running_key(text: str) -> str | None:
    flat = squash(text)
    if len(flat) < _RUNNING_MIN or LABEL.match(flat[:MAX_SCAN]):
        return None
    return re.sub(r"\d+", "#", fold(flat))


def _page_numbers(lines: list[Line], index: _Index, breaks: set[int]) -> list[int]:
    """Lines holding only a page number: next to a page break, or, in text without page
    breaks, numbers counting up from 2, each a page's worth of lines after the last, and
    not following the number before it by less than a page (the row numbers of a table
    flattened one cell per line: ``1`` ... ``2`` ... ``3``)."""
    found: list[int] = []
    expected, filled_at_last = 2, 0
    filled, counted_to = 0, 0  # lines holding text before ``counted_to``
    last_value, filled_at_value = -1, 0  # the last number alone on its line, and where
    for at in index.page_numbers():
        filled += sum(1 for line in lines[counted_to:at] if line.text)
        counted_to = at
        match = _PAGE_NUMBER.fullmatch(fold(lines[at].text))
        if match is None:
            continue
        if _labels_number(lines, at):
            continue
        value = int(match[1])
        counted = value == last_value + 1 and filled - filled_at_value <= _PAGE_MIN_LINES
        last_value, filled_at_value = value, filled
        by_break = any(other in breaks for other in _neighbours(lines, at))
        if by_break or (
            not breaks
            and not counted
            and value == expected
            and filled - filled_at_last > _PAGE_MIN_LINES
        ):
            found.append(at)
            expected, filled_at_last = value + 1, filled
    return found


_LABEL_WORD_END = re.compile(r"(?:Điều|ĐIỀU|Chương|CHƯƠNG|Mục|MỤC|Phần|PHẦN)[ \t*]*$")


def _labels_number(lines: list[Line], at: int) -> bool:
    """Whether the number alone at ``at`` is a label's, cut from it by a page that prints
    each link on a line of its own: after ``Điều`` (``Điều`` / ``2`` / ``. Hiệu lực``) or
    before the label's stop (``3`` / ``. Bổ sung ...``)."""
    before, after = (lines[other].text for other in _neighbours_or_none(lines, at))
    return bool(_LABEL_WORD_END.search(before)) or after.lstrip()[:1] in (".", ")")


def _neighbours_or_none(lines: list[Line], index: int) -> tuple[int, int]:
    """The nearest non-blank line before and after ``index`` (``index`` where none)."""
    before = after = index
    for other in _neighbours(lines, index):
        if other < index:
            before = other
        else:
            after = other
    return before, after


def _neighbours(lines: list[Line], index: int) -> Iterator[int]:
    """The nearest non-blank line (a page break counts) on each side of ``index``."""
    for step in (-1, 1):
        other = index + step
        while 0 <= other < len(lines) and not lines[other].text:
            other += step
        if 0 <= other < len(lines):
            yield other


# -- e-signature captions ------------------------------------------------------------------


def _caption_kind(text: str) -> str | None:
    """``"caption"`` for an e-signature caption line, ``"beside"`` for a line of the stamp
    that is one only beside a caption (``Cơ quan:``, ``Ký bởi`` without its colon),
    ``"gazette"`` for a line of the gazette centre's e-stamp, else ``None``."""
    if len(text) > 60 and (len(text) > _MAX_CELL or ":" not in text[:60]):
        return None  # captions are short lines or open with their key
    keyed = ":" in text
    if not (keyed or "@" in text or "gov" in text or len(text) <= 60):
        return None
    folded = fold_chars(text[:60])
    if keyed and CAPTION.search(folded):
        return "caption"
    words = text.count(" ") + 1
    if words > 10:
        return None
    folded = fold_chars(text) if len(text) > 60 else folded
    contact = _CONTACT_KEY.match(folded) is not None  # "Email: ...": a contact line
    if keyed and words <= 8 and not contact and TIMESTAMP.search(folded):
        return "caption"
    if words <= 6 and not contact and ("@" in text or "gov" in text) and ADDRESS.search(folded):
        # a stamp's address line; a dashed one is a list's item naming a site (``- Đăng
        # web, trang sxd.ninhbinh.gov.vn;``)
        return None if BULLET.match(text) else "caption"
    if (keyed and ORGAN.match(folded)) or SIGNED_BY.match(text):
        return "beside"
    if words <= 10 and ("bao" in folded or "hoc" in folded or "tam" in folded):
        found = letters(text)
        if any(word in found for word in _GAZETTE):
            return "gazette"
    return None


def _stamp_piece(text: str) -> tuple[str, int] | None:
    """The kind of the e-signature stamp's piece a line holds (:func:`_caption_kind`), and
    where it starts: 0 for the whole line, or the first cell of it in the right-hand column
    of a layout page, beside a Nơi nhận item (``- Vụ GDTC;`` ... ``Giờ ký: 2020-07-``)."""
    if "\t" not in text and "   " not in text:
        kind = _caption_kind(text.strip())
        return None if kind is None else (kind, 0)
    found = [(cell.start(), _caption_kind(cell.group())) for cell in _CELL.finditer(text)]
    kinds = [kind for _, kind in found if kind is not None]
    if not kinds:
        return None
    start = next(at for at, kind in found if kind is not None)
    return ("caption" if "caption" in kinds else kinds[0]), start


def _wrapped_signer(lines: list[Line], at: int, pieces: dict[int, int]) -> tuple[int, int] | None:
    """The signer's or organ's name a narrow column wrapped under the stamp's piece at
    ``at`` (``Ký bởi Sở Giáo dục và Đào tạo`` / ``Thành phố Hà Nội``): the last cell of the
    next line, short, in words and capitals, with another piece of the stamp right under
    it; its line and where it starts."""
    if not NAMING.match(fold_chars(lines[at].text[pieces[at] :].lstrip()[:12])):
        return None
    below = next(iter(_around_below(lines, at)), None)
    if below is None or below in pieces:
        return None
    after = next(iter(_around_below(lines, below)), None)
    if after is None or after not in pieces:
        return None
    text = lines[below].text
    cell = list(_CELL.finditer(text))[-1]
    name = cell.group()
    if (
        len(name) > _WRAPPED_NAME
        or not name[:1].isupper()
        or name.rstrip()[-1:] in ".,;:"
        or BULLET.match(name)
        or any(sign in name for sign in ":@/")
        or any(len(word) < 2 for word in name.split())  # "Â Ô Á g": a seal's specks
    ):
        return None
    return below, cell.start()


def _around_below(lines: list[Line], index: int) -> Iterator[int]:
    return (other for other in _around(lines, index, 1) if other > index)


def _captions(
    lines: list[Line], index: _Index, diagnostics: Diagnostics
) -> tuple[list[Line], set[int]]:
    """Blank the e-signature stamp and the gazette e-stamp: whole lines, or the cells of a
    layout page's right-hand column from the stamp's first on (a ``beside`` or gazette piece
    only next to a caption: elsewhere they are text; a signer's name wrapped under its
    caption with it); the indexes of the lines cut, and a diagnostic quoting what went."""
    pieces: dict[int, int] = {}  # line index -> where its piece of the stamp starts
    for at in index.captions():
        piece = _stamp_piece(lines[at].text)
        if piece is not None and piece[0] == "caption":
            pieces[at] = piece[1]
    near = {other for at in pieces for other in _around(lines, at, 2)} - pieces.keys()
    for at in sorted(near):
        piece = _stamp_piece(lines[at].text)
        if piece is not None:
            pieces[at] = piece[1]
    for at in sorted(pieces):
        wrapped = _wrapped_signer(lines, at, pieces)
        if wrapped is not None:
            pieces[wrapped[0]] = wrapped[1]
    if not pieces:
        return lines, set()
    dropped = [squash(lines[at].text[start:]) for at, start in sorted(pieces.items())]
    diagnostics.info(
        lines[min(pieces)].number,
        "e-signature-removed",
        f"{len(pieces)} line(s) of e-signature captions and stamps removed: "
        + "; ".join(repr(piece[:40]) for piece in dropped),
    )
    # the lines beside the stamp, found before its lines are blanked: over blank lines,
    # each look would walk the whole run of a long stamp
    stamp_lines = {other for piece in pieces for other in _around(lines, piece, 2)}
    for at, start in pieces.items():
        lines[at] = Line(lines[at].number, lines[at].text[:start].rstrip())
    for at in sorted(stamp_lines | pieces.keys()):
        if "Ký" not in lines[at].text:
            continue
        mended = INTERLEAVED.sub(_without_caption, lines[at].text)
        if mended != lines[at].text:
            diagnostics.info(
                lines[at].number,
                "e-signature-removed",
                f"the e-signature caption's 'Ký' set inside {lines[at].text.strip()!r} removed",
            )
            lines[at] = Line(lines[at].number, mended)
    return lines, set(pieces)


def _without_caption(found: re.Match[str]) -> str:
    """Two words of capitals without the stamp's ``Ký`` set between them (a space: ``GIÁM
    ĐỐC``), or one word's halves (joined); anything else as it was."""
    head, tail = found.group(1), found.group(2)
    if not (head.isupper() and tail.isupper()):
        return found.group()
    if is_syllable(head + tail):
        return head + tail
    if is_syllable(head) and is_syllable(tail):
        return f"{head} {tail}"
    return found.group()


def _document_start(lines: list[Line], index: _Index, diagnostics: Diagnostics) -> tuple[int, int]:
    """Where the document's header block starts, in a page that holds more than the
    document (a portal's banner, menus, title, summary and metadata above it): the lines
    in capitals, numbers and stamps right above the first banner line.  0 when the banner
    opens the text, or is not printed in its exact words (OCR: the stage reads from the
    top).  The portal's metadata printed as lines above the banner is blanked.  With it,
    the banner's line when the header is read from above it (else 0)."""
    for at in index.banners():
        portal = metadata_lines([line.text for line in lines[:at]])
        for row in portal:
            lines[row] = Line(lines[row].number, "")
        if portal:
            diagnostics.info(
                lines[portal[0]].number,
                "portal-metadata-removed",
                f"a legal portal's record of the document ({len(portal)} line(s): Số hiệu,"
                " Loại văn bản, ...) removed: the document's own header is read",
            )
        titles = _page_titles(lines, at)
        if sum(1 for row, line in enumerate(lines[:at]) if line.text and row not in titles) <= (
            _SHORT_TOP
        ):
            _blank_titles(lines, titles, diagnostics)
            _page_dates(lines, at, diagnostics)
            return 0, at  # a few lines above the banner: stamps or noise, read from the top
        start, seen = at, 0
        while start > 0 and seen < _MAX_BLOCK:
            text = "" if start - 1 in titles else lines[start - 1].text
            if text and not all(_header_matter(cell) for cell in _cells(text)):
                break
            seen += bool(text)
            start -= 1
        if seen >= _MAX_BLOCK or any(_document_line(line.text) for line in lines[:start]):
            return 0, 0  # the document began above: this banner opens an attached one
        _blank_titles(lines, titles, diagnostics)
        return start, at
    return 0, 0


def _page_titles(lines: list[Line], banner: int) -> list[int]:
    """A page's titles above the banner: a kind name with the document's number
    (``QUYẾT ĐỊNH 1520/QĐ-UBND NĂM 2024 PHÊ DUYỆT ...``), which no header prints on one
    line (its kind line stands alone under the banner)."""
    found = []
    for at in range(banner):
        text = lines[at].text
        if not text or not text[:1].isupper() or "/" not in text[:80] or "ĐẾN" in text.upper():
            continue  # an incoming stamp's number is the stamp's
        match = _PAGE_TITLE.match(text)
        if match is None or match["colon"] or fold(match["words"]).strip() in ("so", "so:"):
            continue
        found.append(at)
    return found


def _blank_titles(lines: list[Line], titles: list[int], diagnostics: Diagnostics) -> None:
    """Blank the page's titles above the banner, once it opens the document: said."""
    for at in titles:
        diagnostics.info(
            lines[at].number,
            "header-noise-removed",
            f"a web page's title above the banner removed: {lines[at].text[:40]!r}",
        )
        lines[at] = Line(lines[at].number, "")


def _page_dates(lines: list[Line], banner: int, diagnostics: Diagnostics) -> None:
    """Blank a date line above the banner when the document's own follows it: the web
    page's date (``Hà Nội, ngày 14 tháng 8 năm 2024 | Lượt xem: 120``), not the header's."""
    above = [at for at in range(banner) if any(map(find_dateline, _cells(lines[at].text)))]
    if not above:
        return
    below = (line.text for line in lines[banner + 1 : banner + 1 + _MAX_BLOCK])
    if not any(find_dateline(c) or _open_dateline(c) for text in below for c in _cells(text)):
        return  # the document's own, whole or broken over lines (``Huế, ngày 12`` / ``tháng``)
    for at in above:
        diagnostics.info(
            lines[at].number,
            "header-noise-removed",
            f"a web page's date line above the banner removed: {lines[at].text[:40]!r}",
        )
        lines[at] = Line(lines[at].number, "")


def _document_line(text: str) -> bool:
    """A line only a document prints, never a web page around it: its number line, its
    ``Kính gửi`` or ``Nơi nhận``."""
    return bool(
        text[:1] in "SsKkNn"
        and (
            _NUMBERED.match(text[:60])
            or text.startswith(_PRINTED_KINH_GUI)
            or NOI_NHAN.match(text) is not None
        )
    )


def _header_end(lines: list[Line], begin: int, banner: int) -> int:
    """Index of the line after the header zone that opens at ``begin``: the addressees,
    the legal basis, the first article or numbered item, a long paragraph (not a long
    subject under its kind line), or 60 lines in.  Never above the ``banner`` line: a web
    page's long notice run onto one line above it is noise of the header, not its end."""
    seen = 0
    previous = ""
    for index in range(begin, len(lines)):
        text = lines[index].text
        if not text:
            continue
        seen += 1
        if index < banner:
            previous = text
            continue
        if seen > _MAX_ZONE or (
            len(text) > 250 and not _titles(previous) and run_on_dateline(text) is None
        ):  # a long paragraph, not a date line a crawl ran the kind and subject on after
            return index
        previous = text
        opening = accented(text)  # "Can cu ...": a text that lost its accents
        if seen > 2 and (
            PREAMBLE.match(opening)
            or _DIEU.match(opening)
            or (_is_label(text) and number_label(text) is None)  # not 86: 12/TB-UBND
        ):
            return index
        low = text[:40].casefold()
        hinted = "ửi" in low or "ui" in low
        if (hinted or text.startswith(_KINH)) and _kinh_gui(text.strip()) is not None:
            return index + 1
    return len(lines)


def _titles(text: str) -> bool:
    """Whether ``text`` may be the kind line a subject follows (``THÔNG TƯ``): short, in
    capitals.  A web page sets a long subject on one line under it."""
    return len(text) <= 40 and is_caps(text)


def _is_label(text: str) -> bool:
    match = LABEL.match(text)
    return match is not None and match["bullet"] is None


def _kinh_gui(text: str) -> str | None:
    """``text`` with its ``Kính gửi`` lead in printed form if it opens with one (misread,
    or after stamp noise), else ``None``."""
    if text.startswith(_PRINTED_KINH_GUI):
        return text
    head = text[:40]
    kinh = head.startswith(_KINH)  # "gửi" misread, "Kính" whole: "Kính gíi:"
    if not kinh and not any(hint in head.casefold() for hint in _KINH_GUI_HINTS):
        return None
    stripped = head.lstrip(_LEADING_NOISE)
    for _ in range(_KINH_GUI_SPECKS):
        speck, _, after = stripped.partition(" ")
        if len(speck) > 3 or speck.isalpha() or not after:
            break
        stripped = after.lstrip(_LEADING_NOISE)  # specks of the seal before it (``x© Kính
        # gửi:``, ``NI: › Kính gửi:``)
    found = letters(stripped)
    if not kinh and "gu" not in found[:9] and "go" not in found[:9]:
        return None
    for word in _KINH_GUI:
        piece = found[: len(word)]
        if len(piece) < len(word) or distance(piece, word, 1) > 1:
            continue
        end = letter_offsets(stripped)[len(word) - 1] + 1
        if stripped[end : end + 1].isalnum():
            continue  # the word runs on: not the lead
        rest = (stripped[end:] + text[40:]).lstrip(" \t:")
        return f"Kính gửi: {rest}".rstrip()
    return None


def _split_phrases(rows: list[list[str]], zone: int) -> None:
    """Join a banner or motto broken over two lines (``ĐẢNG CỘNG SẢN`` / ``VIỆT NAM``,
    ``**CỘNG HÒA XÃ HỘI`` / ``CHỦ NGHĨA VIỆT NAM**``, a narrow cell's ``**CỘNG`` / ``HÒA XÃ
    HỘI CHỦ NGHĨA VIỆT NAM**``): the end of one line's last cell and the next line's first
    cell."""
    filled = [index for index in range(zone) if rows[index]]
    for index, following in itertools.pairwise(filled):
        if not rows[index] or not rows[following]:
            continue  # emptied by a join just made
        head, tail = rows[index][-1], rows[following][0]
        if len(head) > 60 or not (head[-1:].isupper() or head[:1] in "ĐD"):
            continue  # the phrases are in capitals, cut at a word; the motto opens with Đ
        if _fixed_across(head, tail):
            rows[index][-1] = f"{head} {tail}"
            del rows[following][0]


def _fixed_across(head: str, tail: str) -> bool:
    """Whether ``head`` ends and ``tail`` begins one of the fixed phrases cut at a word; a
    short first part (``CỘNG`` / ``HÒA XÃ HỘI ...``) only when the two make it whole."""
    start = letters(head)
    if len(start) < 4:
        return False
    whole = start + letters(tail)
    for _, word, _ in _FIXED:
        cut = word.find(start) if start != word else -1
        if len(start) < 6 and (cut != 0 or whole != word):
            continue
        if cut >= 0 and whole[cut:] == word[cut:] and word.endswith(whole[len(start) :]):
            return True
    return False


def _split_names(rows: list[list[str]], zone: int) -> None:
    """Join an issuer line broken inside a word of two syllables (``**ỦY BAN NHÂN`` /
    ``DÂN **``: a narrow table cell), between a council's halves (``ỦY BAN`` / ``NHÂN
    DÂN ...``) or inside its place's name (``UBND THÀNH PHỐ HÀ`` / ``NỘI``), the next
    line's first cell to this one's."""
    filled = [index for index in range(zone) if rows[index]]
    for index, following in itertools.pairwise(filled):
        if not rows[index] or not rows[following]:
            continue
        head, tail = rows[index][0], rows[following][0]
        if len(head) > 80 or len(tail) > 80:
            continue
        last = head.rpartition(" ")[2]
        organ = fold_chars(last) in _ORGAN_STARTS  # few lines end with a word's first syllable
        if not (
            (organ and fold_chars(f"{last} {tail.partition(' ')[0]}") in ORGAN_WORDS)
            or (" " not in tail and _place_cut(head, tail, rows[following]))
            or (last in _COUNCIL_HEADS and _council_cut(head, tail))
        ):
            continue
        if is_caps(head) and is_caps(tail):
            rows[index][0] = f"{head} {tail}"
            del rows[following][0]


def _council_cut(head: str, tail: str) -> bool:
    """Whether a people's committee or council's name, or a Party committee's, is cut
    between its halves (``ỦY BAN`` / ``NHÂN DÂN TỈNH ...``, ``HUYỆN`` / ``ỦY TUY PHƯỚC``;
    not ``TỈNH`` / ``ỦY BAN KIỂM TRA``)."""
    before, after = fold(head).split()[-2:], fold(tail).split()[:3]
    if after[1:2] == ["ban"] and after[:1] == ["uy"]:
        return False
    return any(
        " ".join(before[-size:] + after[:taken]) in _COUNCILS for size in (1, 2) for taken in (1, 2)
    )


def _place_cut(head: str, tail: str, cells: list[str]) -> bool:
    """Whether a parent's place name is cut after its first word (``UBND THÀNH PHỐ HÀ`` /
    ``NỘI``): the line above ends with a unit word and one word, and the line below is
    that one word alone, no unit word."""
    if len(cells) != 1 or " " in tail or len(tail) > 8:
        return False
    words = fold(head).split()
    folded = fold(tail)
    return len(words) >= 3 and words[-2] in _PLACE_UNIT_WORDS and folded not in _PLACE_UNIT_WORDS


def _split_kinds(rows: list[list[str]], zone: int, kinds: KindRegistry) -> None:
    """Join a kind's name a narrow cell cut after its first word (``**QUYẾT`` / ``ĐỊNH**``,
    ``KẾ`` / ``HOẠCH``): a line in capitals that is a name's first word, and the next line
    opening with the rest of that name, a word of its own."""
    filled = [index for index in range(zone) if rows[index]]
    for index, following in itertools.pairwise(filled):
        if not rows[index] or not rows[following] or len(rows[index]) != 1:
            continue
        head, tail = rows[index][0], rows[following][0]
        if len(head) > 8 or " " in head.strip() or not head.isupper():
            continue  # the cheap test first: a lone word in capitals
        start = letters(head)
        for _, word, _ in _kind_table(kinds).get(start[:1], ()):
            rest = word[len(start) :]
            if len(word) <= len(start) or not word.startswith(start) or not tail.isupper():
                continue
            tail_letters = letters(tail)
            offsets = letter_offsets(tail)
            if tail_letters.startswith(rest) and (
                len(tail_letters) == len(rest) or offsets[len(rest)] > offsets[len(rest) - 1] + 1
            ):
                rows[index][0] = f"{head} {tail}"
                del rows[following][0]
                break


def _columns(
    lines: list[Line],
    rows: list[list[str]],
    begin: int,
    zone: int,
    diagnostics: Diagnostics,
    kinds: KindRegistry,
) -> set[int]:
    """Split the zone's cells at the fixed phrases and the date line, repair the fixed
    words; the index of the first line from ``begin`` holding a banner, motto, number or
    date line."""
    anchors: set[int] = set()
    after_kind = False
    for index in range(zone):
        cells = rows[index]
        if not cells or is_source_line(lines[index].text):
            continue  # a page's source line: the posted instrument's number, no header row
        number = lines[index].number
        split: list[str] = []
        for cell in cells:
            for part in _split_cell(cell, number, diagnostics):
                # a row flattened with spaces leaves the issuer's underline inside the
                # line: ``BỘ NỘI VỤ ------ CỘNG HÒA ...`` cut at the banner ends in it
                split.extend(_split_issuers(_unruled(part)))
        cells = split
        repaired: list[str] = []
        anchoring: list[str] = []
        kind_here = False
        for position, cell in enumerate(cells):
            if after_kind and position == 0:
                cell = _subject_lead(cell, number, diagnostics)
            label = number_label(cell)
            # a label misread far (``Sá:``) anchors no header: what stands above it, a
            # banner and rules as damaged, is kept, never dropped as noise
            far = cell if label is not None and far_misread(label) else None
            cell = _number_head(cell, label, number, diagnostics)
            cell = _vv_lead(cell, number, diagnostics)
            cell, named = _kind_word(cell, number, diagnostics, kinds)
            kind_here = kind_here or named
            if position == 0 and index == zone - 1:
                said = _kinh_gui(cell)
                if said is not None and said != cell:
                    diagnostics.info(number, "ocr-repaired", f"{cell[:40]!r} read as 'Kính gửi'")
                    cell = said
            repaired.append(cell)
            anchoring.append(cell if far is None else far)
        # strokes of the seal between the kind name and the subject: the subject is below
        after_kind = kind_here or (after_kind and all(map(is_strokes, repaired)))
        rows[index] = repaired
        if not anchors and index >= begin and any(map(_anchor, anchoring)):
            anchors.add(index)  # the first row of the header is all that is asked for
    return anchors


def _anchor(cell: str) -> bool:
    words = fold_chars(cell)
    if words.startswith(_FOLDED_BANNER) or words == _FOLDED_PARTY or printed_label(cell):
        return True
    found = find_dateline(cell)
    # a date that ends a sentence (``Báo cáo ... trước ngày 30/11/2025.``) is no date line:
    # one opens its cell, or has its place
    return found is not None and (found.start == 0 or found.place is not None)


def _split_issuers(cell: str) -> list[str]:
    """An issuer and its parent run together on one line (a crawl dropped the break
    between them: ``UBND TỈNH HÀ NAM SỞ NỘI VỤ``, ``BỘ TÀI CHÍNH CỤC THUẾ``), cut where the
    issuer's own head follows a place or a ministry name."""
    if len(cell) > 120 or " " not in cell or not is_caps(cell):
        return [cell]
    match = _RUN_ISSUERS.fullmatch(cell)
    if match is None:
        return [cell]
    unit = _RUN_UNIT.fullmatch(match["issuer"])  # three levels: ministry, its department,
    # the department's unit (``BỘ TƯ PHÁP CỤC ĐĂNG KÝ ... TRUNG TÂM ĐĂNG KÝ ...``)
    if unit is not None:
        return [match["parent"], unit["parent"], unit["issuer"]]
    return [match["parent"], match["issuer"]]


def _split_cell(cell: str, line: int, diagnostics: Diagnostics) -> list[str]:
    """``cell`` cut where a fixed phrase or the place-and-date line starts or ends."""
    if len(cell) > _MAX_CELL:  # a paragraph, unless a crawl ran it on after a date line
        end = run_on_dateline(cell)
        if end is None:
            return [cell]
        return [*_split_cell(cell[:end], line, diagnostics), cell[end:].strip()]
    folded = fold_chars(cell)
    if folded in _FOLDED_FIXED:
        return [cell]  # the banner, motto or Party banner, alone in its cell: the usual case
    if _KEYS.search(folded.replace(" ", "")) is None:
        if _banner_alone(cell):
            diagnostics.info(line, "ocr-repaired", f"{cell!r} read as {PRINTED_STATE_BANNER[0]!r}")
            return [PRINTED_STATE_BANNER[0]]
        if _damaged_motto(cell):
            diagnostics.info(line, "ocr-repaired", f"{cell[:60]!r} read as {_PRINTED_MOTTO!r}")
            return [_PRINTED_MOTTO]
        return _split_date(cell, line, diagnostics)
    found = letters(cell)
    caps = _caps_letters(cell)
    for name, word, printed in _FIXED:
        limit = allowed_edits(word)
        if len(found) < len(word) - limit:
            continue
        start = found.find(word)
        if start >= 0:
            edits, end = 0, start + len(word)
        else:
            if (name != "motto" and not caps) or not _plausible(found, name):
                continue
            approx = find_approx(word, found, limit)
            if approx is None:
                continue
            edits, start, end = approx
        offsets = letter_offsets(cell)
        left = cell[: offsets[start]].strip()
        right = cell[offsets[end - 1] + 1 :].strip()
        phrase = cell[offsets[start] : offsets[end - 1] + 1]
        if edits and not _same_word(phrase, printed):
            diagnostics.info(line, "ocr-repaired", f"{phrase[:60]!r} read as {printed!r}")
            phrase = printed
        if name == "motto" and right and not right[0].isalnum():
            right = right.lstrip(" |.")
        pieces = [*_split_cell(left, line, diagnostics)] if left else []
        pieces.append(phrase)
        if right:
            pieces.extend(_split_cell(right, line, diagnostics))
        return pieces
    head = _COLUMN_HEAD.search(cell)
    if head is not None and is_caps(cell[: head.start()]) and _opens_name(cell[: head.start()]):
        printed = _PRINTED_MOTTO if head["motto"] else PRINTED_STATE_BANNER[0]
        damaged = cell[head.start() :].strip()
        diagnostics.info(line, "ocr-repaired", f"{damaged[:60]!r} read as {printed!r}")
        return [*_split_cell(cell[: head.start()].strip(), line, diagnostics), printed]
    if caps:
        cut = _damaged_banner(cell, found, line, diagnostics)
        if cut is not None:
            return [*_split_cell(cell[:cut], line, diagnostics), PRINTED_STATE_BANNER[0]]
    return _split_date(cell, line, diagnostics)


_BANNER_EDITS = allowed_edits(_BANNER)
_COLUMN_HEAD = re.compile(
    r"[ \t]+(?:CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ\b|(?P<motto>Độc[ \t]+lập[ \t]*[-–]))"
)
"""The banner's or the motto's first words, whatever OCR made of the rest, after a body's
name in capitals on one line: the right column run on after the issuer's."""


def _banner_alone(cell: str) -> bool:
    """The banner alone in its cell in capitals, every word of it damaged by a legacy OCR
    layer (``CQNG HOA xA HQI CT-lU NGHIA VIET NAM``): no word whole for the search inside
    a cell to start from, but the whole cell within the phrase's edits."""
    if len(cell) > 2 * len(PRINTED_STATE_BANNER[0]) or not _legacy_caps(cell):
        return False
    return distance(letters(cell), _BANNER, _BANNER_EDITS) <= _BANNER_EDITS


def _damaged_banner(cell: str, found: str, line: int, diagnostics: Diagnostics) -> int | None:
    """Where the banner starts in a cell in capitals that runs it on after an issuer's
    line, its last words damaged past the phrase's edits (a signature's caption printed
    over them: ``UBND QUẬN X CỘNG HÒA XÃ HỘI CHỦ NGHĨ \\Š 22 NĂM``): its first words within
    their edits, a few characters after them; ``None`` otherwise.  What stands before it is
    the issuer's line, kept; the banner is read as printed, said."""
    approx = find_approx(_BANNER_HEAD, found, allowed_edits(_BANNER_HEAD))
    if approx is None:
        return None
    _, start, end = approx
    offsets = letter_offsets(cell)
    tail = cell[offsets[end - 1] + 1 :].strip()
    if start == 0 or not tail or len(tail) > _DAMAGED_TAIL:
        return None
    diagnostics.info(
        line,
        "ocr-repaired",
        f"{cell[offsets[start] :][:60]!r} read as {PRINTED_STATE_BANNER[0]!r}, its last words"
        " damaged",
    )
    return offsets[start]


def _split_date(cell: str, line: int, diagnostics: Diagnostics) -> list[str]:
    """``cell`` cut where a place-and-date line that ends it starts, and a number line
    where the subject run on after it starts (``Số: 12/UBND-VP V/v ...``)."""
    date = find_dateline(cell)
    if date is not None and date.start > 0:
        start = _glued_place(cell, date.start)
        left = cell[:start].strip()
        if left and (
            is_caps(left)
            or printed_label(left)
            or "/" in left
            or ends_with_symbol(left)
            or (len(left) <= 2 and left.isalpha() and date.place is not None)  # a seal speck
        ):
            return [*_split_cell(left, line, diagnostics), cell[start:].strip()]
    if printed_label(cell):
        lead = _SUBJECT_AFTER.search(cell, 4)
        if lead is not None:
            number = cell[: lead.start()].rstrip(" \t;,-–")  # a date line may run on too
            return [*_split_date(number, line, diagnostics), cell[lead.start(1) :]]
    if date is None:
        end = run_on_dateline(cell)
        if end is not None:
            return [*_split_date(cell[:end], line, diagnostics), cell[end:].strip()]
    return [cell]


def _date_inside(cell: str) -> bool:
    """Whether a cell a join made ends in a place-and-date line: glued to a symbol, or
    after the subject's first line OCR ran it on with a space (``V/v dự kiến ... Hà Nội,
    ngày`` / ``tháng 12 năm 2025``)."""
    if _glued_date(cell):
        return True
    if SUBJECT_LEAD.match(cell) is None:
        return False
    date = find_dateline(cell)
    return date is not None and date.start > 0 and date.place is not None


def _glued_date(cell: str) -> bool:
    """Whether ``cell`` ends in a place-and-date line glued to a symbol before it."""
    if "/" not in cell:
        return False
    date = find_dateline(cell)
    return date is not None and date.start > 0 and _glued_place(cell, date.start) != date.start


def _glued_place(cell: str, start: int) -> int:
    """Where the place-and-date line found at ``start`` really starts: at the place's
    first word when a text without separators glued it to the symbol before it
    (``Số: 12/QĐ-UBNDBắc Ninh, ngày ...``: ``Bắc`` opens at the last capital of the
    symbol's last part, small letters after it making a syllable, two letters of the part
    before it)."""
    end = start
    while end > 0 and cell[end - 1] in " \t":
        end -= 1
    begin = max(cell.rfind(" ", 0, end), cell.rfind("\t", 0, end)) + 1
    if "/" not in cell[:end]:
        return start
    for at in range(end - 2, begin, -1):
        if (
            cell[at].isupper()
            and (word := cell[at + 1 : end].rstrip(",")).isalpha()
            and word.islower()
            and cell[at - 2 : at].isalpha()
            and any(vowel in fold(word) for vowel in _VOWELS)
        ):
            # a syllable has its vowel: ``TTg`` ends a symbol, ``Hà`` opens a place; a
            # symbol's part keeps two letters at least (``KH-TTra Kiên Giang``: ``T`` none)
            return at
    return start


def _damaged_motto(cell: str) -> bool:
    """The motto as a legacy OCR layer leaves it (``DQc I~p - Tl,I'do - H~nh phuc``, ``f)c
    1p — Tr do — ll3nh phüc``): too damaged for one edit distance over the phrase, but three
    parts between two dashes (any dash), the first of a word's length, the last two within
    :data:`_MOTTO_EDITS` of ``Tự do`` and ``Hạnh phúc`` together, two or three each."""
    if len(cell) > _MOTTO_LENGTH:
        return False
    parts = motto_parts(cell).phrases
    if len(parts) != 3:
        return False
    first, free, happy = map(letters, parts)
    free_edits = distance(free, _FREEDOM, 2)
    return (
        3 <= len(first) <= 9
        and free_edits <= 2
        and free_edits + distance(happy, _HAPPINESS, 3) <= _MOTTO_EDITS
    )


def _same_word(printed: str, canonical: str) -> bool:
    """The same words, whatever the case and where the tone mark sits (``HOÀ``/``HÒA``)."""
    return printed.casefold() == canonical.casefold() or tone_key(printed) == tone_key(canonical)


def _plausible(found: str, name: str) -> bool:
    """A cheap filter before the edit distance: one of the phrase's longer words is whole
    in ``found`` (OCR rarely damages every word of it)."""
    return any(word in found for word in _KEY_WORDS[name])


def _number_head(
    cell: str, match: re.Match[str] | None, line: int, diagnostics: Diagnostics
) -> str:
    """``Số:`` as OCR misread it at the start of a number cell (``Só:``, ``S6:``, ``86:``,
    ``Sá:``, ``56:``, ``1 Số:``; ``match``), repaired and said: the header reads it as
    printed."""
    if match is None:
        return cell
    rest = cell[match.end() :]
    so = match["so"]
    if so in PRINTED_SO and not any(map(str.isalnum, cell[: match.start("so")])):
        return cell if match.start("so") == 0 else f"{so} {rest}".rstrip()
    diagnostics.info(line, "ocr-repaired", f"{cell[: match.end()].strip()!r} read as 'Số:'")
    return f"Số: {rest}"


def _kind_word(
    cell: str, line: int, diagnostics: Diagnostics, kinds: KindRegistry
) -> tuple[str, bool]:
    """A cell in capitals that opens with a kind name, the name written as printed (OCR
    misreads it: ``QUYÉT ĐỊNH``, ``TỜTRÌNH``, ``THONGBAO``), and whether it does.  A
    legacy OCR layer mixes small letters into it (``BAocAo``, ``THONGBAo``): a short cell
    half in capitals is the name only when its letters are the name's, every one."""
    if len(cell) > 120:
        return cell, False
    mixed = not (cell[:8].isupper() and _caps_letters(cell))
    if mixed and not _mixed_caps(cell):
        return cell, False
    stripped = cell.strip(" \t_-–—.:;,'`\"|")
    if not stripped[-1:].isalnum():
        stripped = _TRAILING_SPECKS.sub("", stripped)
    found = letters(stripped)
    if mixed:
        names = _kind_table(kinds).get(found[:1], ())
        whole = next((name for name, word, _ in names if word == found), None)
        if whole is None:
            return cell, False
        diagnostics.info(line, "ocr-repaired", f"{stripped!r} read as {whole.upper()!r}")
        return whole.upper(), True
    table = _kind_table(kinds)
    best: tuple[int, str, int] | None = None
    lookalike = table.get(_LOOKALIKE.get(found[:1], ""), ())
    for name, word, limit in (*table.get(found[:1], ()), *lookalike):
        if found.startswith(word):
            best = (0, name, len(word))  # the longest name first: the first exact wins
            break
        if limit and len(word) - limit <= len(found) <= len(word) + limit:
            edits = distance(found, word, limit)
            if edits <= limit and (best is None or edits < best[0]):
                best = (edits, name, len(found))
    if best is None:
        return _after_speck(cell, stripped, line, diagnostics, kinds)
    edits, name, end = best
    offsets = letter_offsets(stripped)
    if end < len(found) and not (offsets[end] > offsets[end - 1] + 1):
        return cell, False  # the name runs on into a longer word (CHỈ THỊ in CHỈ THỊNH)
    printed = stripped[: offsets[end - 1] + 1]
    same = _same_word(printed, name)
    if same and stripped == cell:
        return cell, True
    rest = stripped[offsets[end - 1] + 1 :]
    if not same:
        diagnostics.info(line, "ocr-repaired", f"{printed!r} read as {name.upper()!r}")
    # the enacting formula (QUYẾT ĐỊNH:) keeps its colon; one after a space is scan noise
    formula = ":" if cell.rstrip().endswith(":") and cell.rstrip()[-2:-1].isalpha() else ""
    return f"{name.upper()}{rest}".rstrip(" :") + formula, True


def _after_speck(
    cell: str, stripped: str, line: int, diagnostics: Diagnostics, kinds: KindRegistry
) -> tuple[str, bool]:
    """A kind name alone on its line behind a speck of the seal or a hand mark that OCR read
    as a letter or two (``ĐÒ TỜTRÌNH ~``): the name, the speck reported; else ``cell``.
    The line shows the damage (a sign at an end), and the rest is the name's letters,
    every one: ``BỘ CÔNG AN``, ``SỞ KẾ HOẠCH`` are no speck and a kind."""
    speck, _, rest = stripped.partition(" ")
    folded = letters(speck)
    ends = cell.strip()
    damaged = not (ends[:1].isalnum() and ends[-1:].isalnum())
    if not damaged or len(folded) > 2 or folded in _SHORT_WORDS or not rest:
        return cell, False
    found = letters(rest)
    if all(word != found for _, word, _ in _kind_table(kinds).get(found[:1], ())):
        return cell, False  # more than a kind name behind it: a line of words
    diagnostics.info(line, "line-skipped", f"{speck!r} before the kind name")
    return _kind_word(rest, line, diagnostics, kinds)


_LOOKALIKE = {"o": "q"}
"""The first letter OCR reads for another one (``OUYẾT ĐỊNH``: a Q's tail lost): a kind
name is looked for under both, within its edits."""


@per_registry
def _kind_table(kinds: KindRegistry) -> dict[str, list[tuple[str, str, int]]]:
    """The kind names by the first letter of their letters: (name, letters, edits allowed),
    the longest first.  A copy's form allows none: a copy prints it in its own block, or a
    stamp near to it (``BẢN SAO`` above the header), never misread for it in a title."""
    table: dict[str, list[tuple[str, str, int]]] = {}
    for kind in kinds:
        word = letters(kind.name)
        edits = 0 if kind.copy_form else allowed_edits(word)
        table.setdefault(word[:1], []).append((kind.name, word, edits))
    for entries in table.values():
        entries.sort(key=lambda entry: -len(entry[1]))
    return table


def _legacy_caps(text: str) -> bool:
    """A line in capitals as a legacy OCR layer leaves it, small letters here and there
    (``TRlfONG D~I HQC TAY DO``, ``BO GrAo Dl)C vA BAa TAO``): capitals two in three."""
    upper = sum(map(str.isupper, text))
    return upper >= 4 and sum(map(str.islower, text)) * 2 <= upper


def _mixed_caps(cell: str) -> bool:
    """A short cell at least half of whose letters are capitals (``BAocAo``)."""
    if len(cell) > _MIXED_KIND:
        return False
    upper = sum(map(str.isupper, cell))
    return upper >= 2 and upper * 2 >= upper + sum(map(str.islower, cell))


def _caps_letters(cell: str) -> bool:
    """Mostly capitals: OCR leaves a lower-case letter or two in a line in capitals."""
    lower = sum(map(str.islower, cell))
    if lower * 6 > len(cell):
        return False
    upper = sum(map(str.isupper, cell))
    return upper >= 4 and lower * 5 <= upper


def _vv_lead(cell: str, line: int, diagnostics: Diagnostics) -> str:
    """``cell`` with a subject lead OCR misread (``VíV thông báo ...``) as printed, said."""
    damaged = DAMAGED_VV.match(cell)
    if damaged is None:
        return cell
    diagnostics.info(line, "ocr-repaired", f"{damaged.group()!r} read as {CANONICAL_VV!r}")
    return CANONICAL_VV + cell[damaged.end() :]


def _subject_lead(cell: str, line: int, diagnostics: Diagnostics) -> str:
    """The line under the kind name: ``Về việc`` as OCR misread it (``Và việc``,
    ``v~vi~c``), a stray dash before it, or stamp noise before it on the same line."""
    match = SUBJECT_LEAD.search(cell[:80])
    if match is not None:
        if match.start() > 0:
            diagnostics.info(line, "line-skipped", f"{cell[: match.start()]!r} before the subject")
        return cell[match.start() :]
    words = cell.split(" ", 2)
    for count in (2, 1):
        head = " ".join(words[:count])
        if len(head) <= 10 and _VE_VIEC.fullmatch(letters(head)) and len(words) > count:
            diagnostics.info(line, "ocr-repaired", f"{head!r} read as 'Về việc'")
            return "Về việc " + " ".join(words[count:])
    return cell


def _above_header(
    lines: list[Line],
    rows: list[list[str]],
    anchors: set[int],
    captions: set[int],
    diagnostics: Diagnostics,
) -> None:
    """Blank what stands above the header's first row and is not header matter (stamps,
    seal noise, captions left over): the header block is the run of issuer lines, number,
    stamp and mark lines directly above the first banner, motto or number row, up to an
    e-signature caption."""
    if not anchors:
        return
    index = min(anchors) - 1
    while index >= 0 and index not in captions:
        if rows[index] and not _matter_row(rows[index]):
            above = _name_above_damage(rows, index, captions)
            if above is None:
                break
            index = above
        index -= 1
    dropped = [i for i in range(index + 1) if rows[i]]
    if not dropped:
        return
    diagnostics.info(
        lines[dropped[0]].number,
        "header-noise-removed",
        f"{len(dropped)} line(s) above the header removed (a web page's furniture, stamps,"
        " seal or OCR noise):"
        f" {' '.join(rows[dropped[0]])[:40]!r}",
    )
    for i in dropped:
        rows[i] = []


_DAMAGED_ROWS = 4  # rows a legacy OCR layer garbled between the issuer's name and the date
_GARBLED_WORDS = 3  # words of such a row at least: a row of a speck or two stops the walk


def _name_above_damage(rows: list[list[str]], index: int, captions: set[int]) -> int | None:
    """The row of the issuer's name (``UY BAN NHAN DAN``) above the rows from ``index`` up
    that a legacy OCR layer garbled past knowing (the banner as ``ceNG HoA x,l ugr``, the
    number as ``so:f60tCNa-usND``) or that hold the motto alone; ``None`` when a row
    between is none of these (a speck: ``.``), or no name stands within reach: a web
    page's lines."""
    for at in range(index, max(-1, index - _DAMAGED_ROWS - 1), -1):
        if at in captions:
            return None
        text = " ".join(rows[at])
        if not text:
            continue
        if at < index and _opens_name(text):
            return at
        garbled = is_noise(text) and len(text.split()) >= _GARBLED_WORDS  # not a speck
        motto = rows[at] == [_PRINTED_MOTTO]  # alone in its row, no speck beside it
        if not (garbled or motto or _DAMAGED_NUMBER.match(text)):
            return None
    return None


def _matter_row(row: list[str]) -> bool:
    """Whether a row above the header's first anchor is header matter: its cells are, but
    for specks beside them (``TRƯỜNG ĐẠI HỌC ...`` / ``.`` / ``.``), and the motto beside
    a line that opens a body's name (the issuer's, beside it under a banner OCR damaged
    past reading).  A motto alone on its row, or beside the rest of a name, says nothing
    of the rows above it, whose banner may be too damaged to be known and would be read
    as an issuer."""
    worded = [cell for cell in row if any(map(str.isalnum, cell))]
    if worded and _opens_name(worded[0]):
        return True  # the issuer column's line, its banner or motto beside it damaged
    named = [cell for cell in worded if letters(cell) != _MOTTO]
    if len(named) < len(worded) and not any(opens_body(fold(cell)) for cell in named):
        return False
    return bool(named) and all(map(_header_matter, named))


_NAME_HEAD = 2  # words in capitals a row opens with that name a body: its issuer column


def _opens_name(cell: str) -> bool:
    """Whether ``cell`` opens with a body's name in capitals, two words or more (``ỦY BAN
    NHÂN DÂN``, ``THÀNH PHỐ HẢI PHÒNG``), whatever follows it: the right column's banner
    or motto that OCR ran on after it, or damaged past reading (``... Độc lập - ÌNheoz``)."""
    head = " ".join(itertools.takewhile(is_caps, cell.split()))
    key = fold(head)
    return len(head.split()) >= _NAME_HEAD and (
        opens_body(key) or key.partition(" ")[0] in PLACE_WORDS
    )


def _numbers(text: str, numbered: re.Match[str]) -> bool:
    """Whether the ``Số ...`` found in ``text`` opens a number line: a few words before it
    at most (a kind's name, ``Văn bản hợp nhất số``; a stamp's specks), not a sentence that
    cites a number (``Về triển khai thực hiện Nghị định số 175/...``)."""
    return len(text[: numbered.start()].split()) <= _LONGEST_KIND


def _header_matter(cell: str) -> bool:
    text = squash(cell)
    if text in ("*", "***") or CONGRESS_TERM.fullmatch(text):
        return True  # the Party's star, a congress's term under its name (``NHIỆM KỲ ...``)
    if _caption_kind(text) is not None:
        return False
    words = fold(text)
    numbered = _NUMBERED.search(text[:60])
    if _anchor(text) or _BARE_SYMBOL.fullmatch(text) or (numbered and _numbers(text, numbered)):
        return True
    if (text[:1].isdigit() or ":" in text) and (
        _LABELLED_NUMBER.fullmatch(text)
        or _NUMBER_DIGITS.fullmatch(text)
        or _BARE_NUMBER.fullmatch(text)
    ):
        return True  # a number cut by an HTML page's spans: "Luật số:" / "116" / "/2025/QH15"
    if words in handling_marks():
        return True
    if _STAMP_LINE.match(words):
        return True
    if SUBJECT_LEAD.match(text) or AUTHORITY_LINE.fullmatch(text[:200]):
        return True
    if len(text) <= 120 and (is_caps(text) or _legacy_caps(text)):
        letter = sum(1 for char in text if char.isalpha() or char == " ")
        return letter * 10 >= len(text) * 8
    return len(text) <= 120 and ACTOR_HEADS.match(text) is not None


def _joins(lines: list[Line], rows: list[list[str]], zone: int, diagnostics: Diagnostics) -> None:
    """Join a number printed apart from its symbol and a date line broken after ``ngày``
    or its month."""
    cells = [(index, position) for index in range(zone) for position in range(len(rows[index]))]
    # from the last cell up, each joined as long as it goes on: a line cut twice (``Bình`` /
    # ``Định, ngày 5`` / ``tháng 11 năm 2025``) is whole when its first part is looked at
    for at in reversed(range(len(cells))):
        index, position = cells[at]
        while rows[index][position] and _join_next(lines, rows, cells, at, diagnostics):
            pass


def _split_joined(
    lines: list[Line], rows: list[list[str]], unjoined: list[set[str]], diagnostics: Diagnostics
) -> bool:
    """Cut again a cell that a join made (not one of ``unjoined``, each row's cells before
    the joins) when it holds a number with the date line glued to it (a text without
    separators: ``Số: 9/UBNDHuế, ngày 7`` / ``tháng 8 năm 2024``); whether one was."""
    split = False
    for index, before in enumerate(unjoined):
        cells = rows[index]
        if any(cell not in before and _date_inside(cell) for cell in cells):
            rows[index] = [
                piece
                for cell in cells
                for piece in (
                    _split_date(cell, lines[index].number, diagnostics)
                    if cell not in before and _date_inside(cell)
                    else [cell]
                )
            ]
            split = split or len(rows[index]) > len(cells)
    return split


def _join_next(
    lines: list[Line],
    rows: list[list[str]],
    cells: list[tuple[int, int]],
    at: int,
    diagnostics: Diagnostics,
) -> bool:
    """Join to cell ``at`` the next cell that continues it, if any: whether one did."""
    index, position = cells[at]
    cell = rows[index][position]
    wanted: Callable[[str], bool]
    if not cell:
        return False
    glue = False  # a span cut inside a run of digits: joined without a space
    year = _OPEN_YEAR.search(cell) if cell.count("/") == 1 else None
    if printed_label(cell) and year is not None and year.end() == len(cell):
        # "Số: 18" / "/202" / "5" / "/TT-BVHTTDL": the year's cut digits, then the symbol
        cut = 4 - len(year["digits"])
        wanted = _digits_of(cut) if cut else _is_bare_symbol
        reach, code, glue = 3, "number-joined", cut > 0
    elif printed_label(cell) and cell.endswith("/") and cell.count("/") == 1:
        wanted, reach, code = _is_symbol_rest, 12, "number-joined"  # "Số: 300/"
    elif printed_label(cell) and cell.endswith("-"):
        # "Số: 12/UBND-" / "VP"; a Party number's "Số 120-" / "KH/HU"
        wanted = _is_symbol_tail if "/" in cell else _is_party_rest
        reach, code = 3, "number-joined"
    elif (
        (printed_label(cell) or _LABELLED_NUMBER.fullmatch(cell))
        and "/" not in cell
        and not _has_party_dash(cell)
    ):
        # "Số: 542" wants its symbol; "Số:" alone, its whole number (a cell between) or its
        # digits alone (an HTML page's span: "Luật số:" / "116" / "/2025/QH15")
        bare = not any(char.isdigit() for char in cell)
        wanted, reach, code = _number_rest if bare else _symbol_rest, 12, "number-joined"
    elif opens := _open_dateline(cell):
        wanted = {"ngay": _day_opens, "year": _year_opens, "month": _month_opens}.get(
            opens
        ) or _opens(opens)
        reach, code = 4, "date-joined"
        if opens.isdigit():  # "năm 202" / "5": the year's cut digits, glued
            wanted, glue = _digits_of(len(opens)), True
    elif cell.endswith(",") and _PLACE_ALONE.fullmatch(cell):
        wanted, reach, code = opens_day_word, 4, "date-joined"  # "Hà Nam," / "ngày ..."
    elif len(cell) <= 12 and (second := _LABEL_CUTS.get(letters(cell))) is not None:
        wanted, reach, code = _opens(second), 3, "label-joined"  # "**Kính" / "gửi:**"
    elif _PLACE_START.fullmatch(cell) and (cell.count(" ") < 2 or not cell.isupper()):
        wanted, reach, code = _place_rest(cell), 3, "date-joined"  # "Tây" / "Ninh, ngày"
    else:
        return False
    looked = 1
    for other, other_position in cells[at + 1 :]:
        candidate = rows[other][other_position]
        if not candidate:
            continue  # joined already (a line cut several times): no step of the reach
        if looked >= reach:
            break
        looked += 1
        if wanted(candidate):
            joined = f"{cell}{'' if glue else ' '}{candidate}"
            rows[index][position], rows[other][other_position] = _number_apart(joined, code)
            diagnostics.info(
                lines[index].number,
                code,
                f"{candidate!r} (line {lines[other].number}) continues {cell!r}",
            )
            return True
    return False


def _number_apart(joined: str, code: str) -> tuple[str, str]:
    """A joined cell as its two cells: a number row's cell whose date line a speck cut
    before the month (``Số: 27/STTTT Phú Thọ, ngày |`` / ``tháng 12 năm 2011``, the
    handwritten day read as a table's bar) keeps the number, the date line goes on to the
    next; any other joined cell is one."""
    if code == "date-joined" and printed_label(joined):
        found = find_dateline(joined)
        if found is not None and found.start > 0:
            start = _glued_place(joined, found.start)
            return joined[:start].rstrip(), joined[start:]
    return joined, ""


def _place_rest(head: str) -> Callable[[str], bool]:
    """Whether a cell is the rest of a place-and-date line cut inside its place by a narrow
    cell (``Tây`` / ``Ninh, ngày 01 tháng 12 năm 2025``): it reads as one with its place
    opening the cell, and joined to ``head`` it reads with ``head`` in the place."""

    def rest(cell: str) -> bool:
        if ", " not in cell[:24]:
            return False
        alone, joined = find_dateline(cell), find_dateline(f"{head} {cell}")
        return (
            alone is not None
            and alone.start == 0
            and joined is not None
            and joined.start == 0
            and joined.place is not None
            and joined.place.startswith(head)
        )

    return rest


def _is_party_rest(cell: str) -> bool:
    return _PARTY_REST.fullmatch(cell) is not None


def _is_symbol_tail(cell: str) -> bool:
    return _SYMBOL_TAIL.fullmatch(cell) is not None


def _is_bare_symbol(cell: str) -> bool:
    return _BARE_SYMBOL.fullmatch(cell) is not None


def _is_symbol_rest(cell: str) -> bool:
    return _SYMBOL_REST.fullmatch(cell) is not None


def _symbol_rest(cell: str) -> bool:
    """What goes on from ``Số: 121``: its symbol, the slash before it alone on a line, or
    its year alone (``/2025``, cut: ``/202``)."""
    return cell == "/" or _is_bare_symbol(cell) or _SLASH_YEAR.fullmatch(cell) is not None


def _number_rest(cell: str) -> bool:
    return _is_bare_number(cell) or _NUMBER_DIGITS.fullmatch(cell) is not None


def _is_bare_number(cell: str) -> bool:
    return _BARE_SYMBOL.fullmatch(cell) is not None or _BARE_NUMBER.fullmatch(cell) is not None


def _day_opens(cell: str) -> bool:
    """Whether ``cell`` goes on from ``ngày``: a day then its month, the month of a day
    left blank (a draft's ``ngày    tháng 6 năm 2024``), or a day alone (an HTML page's
    span: ``ngày`` / ``13`` / ``tháng 02 năm 2026``)."""
    return _DAY_OPENS.match(fold_chars(cell[:16])) is not None or (
        len(cell) <= 2 and cell.isascii() and cell.isdigit()
    )


def _digits_of(count: int) -> Callable[[str], bool]:
    """Whether a cell is up to ``count`` digits alone (the rest of a year a span cut, or
    the next part of it: ``năm 20`` / ``2`` / ``5``)."""
    return lambda cell: len(cell) <= count and cell.isascii() and cell.isdigit()


def _month_opens(cell: str) -> bool:
    """Whether ``cell`` goes on from ``tháng``: a month, then ``năm`` or nothing (an
    HTML page's span: ``tháng`` / ``12`` / ``năm 2025``), or the year when the month is
    left blank for a stamp (``ngày`` / ``tháng`` / ``năm 2026``, each on its own line)."""
    return _MONTH_OPENS.match(fold_chars(cell[:12])) is not None


def _year_opens(cell: str) -> bool:
    """Whether ``cell`` goes on from ``năm``: a year."""
    return _YEAR_OPENS.match(cell[:8]) is not None


def _opens(word: str) -> Callable[[str], bool]:
    return lambda cell: fold_chars(cell[:8]).startswith(word)


def _open_dateline(cell: str) -> str:
    """The word the next part of a place-and-date line broken before its month or year
    opens with (``Hà Nội, ngày 7`` / ``tháng 8 năm 2025``: ``thang``; ``Huế, ngày 7 tháng 8``
    / ``năm 2024``: ``nam``), ``month`` when it is broken after ``tháng`` (``... ngày 5
    tháng`` / ``11 năm 2025``), ``year`` when it is broken after ``năm`` (``... tháng 11 năm``
    / ``2025``), or ``ngay`` when it is broken right after ``ngày``, before the day (``Đắk
    Lắk, ngày`` / ``26 tháng 11 năm 2025``, or a blank day's ``tháng``); empty when
    ``cell`` is no such line."""
    folded = fold_chars(cell[-50:]).rstrip(" .,")
    match = _OPEN_DATE.search(folded)
    if match is None or (match.start() > 0 and "," not in folded[: match.start()]):
        return ""
    if match["cut"]:
        return "0" * (4 - len(match["cut"].strip()))  # how many of the year's digits follow
    if match["year"]:
        return "year"
    if match["month"]:
        return "nam" if match["digits"] else "month"
    return "thang" if match["day"] else "ngay"


def _has_party_dash(cell: str) -> bool:
    return re.search(r"\d[ \t]*-[ \t]*[^\W\d_]", cell) is not None


# -- the footer's fixed words --------------------------------------------------------------


def _sender_cut(lines: list[Line], index: _Index, diagnostics: Diagnostics) -> None:
    """A công điện's ``điện:`` cut from its sender by a web page's spans (``CỤC TRƯỞNG CỤC
    THUẾ`` / ``điện:``): joined to the line in capitals above, the one line that opens its
    recipients."""
    for at in [at for at, text in enumerate(index.texts) if text.startswith(_DIEN_ALONE)]:
        above = next((i for i in range(at - 1, max(-1, at - 3), -1) if lines[i].text), None)
        if above is None or not is_caps(lines[above].text) or len(lines[above].text) > 150:
            continue
        joined = f"{lines[above].text.rstrip()} {lines[at].text}"
        lines[above], lines[at] = Line(lines[above].number, joined), Line(lines[at].number, "")
        diagnostics.info(lines[at].number, "label-joined", f"'điện:' continues {joined[:40]!r}")


_NOI_WORD = re.compile(r"(?:Nơi|NƠI)[ \t]")
_HEADING_SPECKS = " \t([_-–—*#>'\"`‘’“”|"
"""What a scan or a crawl leaves before a heading (``' Nơi nhận:``, ``(Nơi nhận:``)."""


def _dashed_below(lines: list[Line], at: int) -> bool:
    """Whether the first line with text below ``lines[at]`` opens with a list's dash."""
    below = next((line.text for line in lines[at + 1 : at + 3] if line.text), "")
    return BULLET.match(below) is not None


def _mark_beside(lines: list[Line], at: int, after: str) -> str:
    """What follows a heading read one letter off ``Nơi nhận`` without its colon, when it
    is a signing mark line (``Nơi nhện KT.TRƯỞNG BAN``) over a list's dash: the signature
    column beside the heading, which running text never prints; ``""`` otherwise."""
    after = after.strip()
    if not after[:1].isupper() or not _dashed_below(lines, at):
        return ""
    return after if AUTHORITY_LINE.fullmatch(after[:200]) is not None else ""


def _footer_words(lines: list[Line], index: _Index, diagnostics: Diagnostics) -> None:
    """``Nơi nhận`` as OCR misread it (``Với nhận``, ``Mới nhận:``, ``NO'inh(in:``, ``(Nơi
    nhận:``), or cut by a narrow cell after its first word (``Nơi`` / ``nhận:``)."""
    alone = () if _NOI_ALONE.isdisjoint(index.texts) else index.texts  # at C speed first
    for at in [at for at, text in enumerate(alone) if text in _NOI_ALONE]:
        text = lines[at].text
        following = lines[at + 1].text if at + 1 < len(lines) else ""
        if text == index.texts[at] and following.startswith(("nhận", "NHẬN")):
            lines[at] = Line(lines[at].number, f"{text.lstrip('*')} {following}")
            lines[at + 1] = Line(lines[at + 1].number, "")
            diagnostics.info(lines[at].number, "label-joined", f"{following!r} continues {text!r}")
    for at in index.nhan_colon():
        text = lines[at].text
        following = lines[at + 1].text if at + 1 < len(lines) else ""
        cut = _NHAN_COLON.match(text)  # "s4 nhận: TL. CHỦ TỊCH" over "- Như trên;"
        if cut is not None and BULLET.match(following):
            lines[at] = Line(lines[at].number, "Nơi nhận:" + text[cut.end() :])
            diagnostics.info(
                lines[at].number, "ocr-repaired", f"{cut.group()!r} read as 'Nơi nhận:'"
            )
    for at in index.noi_nhan():
        text = lines[at].text
        head = text[:16]
        if head.startswith(("Nơi nhận", "NƠI NHẬN")):
            continue
        stripped = head.lstrip(_HEADING_SPECKS)
        found = letters(stripped)
        colon = stripped.find(":")
        edits = 2 if _NOI_WORD.match(stripped) and _dashed_below(lines, at) else 1
        if colon > 0 and distance(letters(stripped[:colon]), _NOI_NHAN, edits) <= edits:
            # "NO'inh~n:": a letter lost, the colon kept; "Nơi niiận:" over "- Như trên;":
            # two in its second word, the first intact and the list's dash below
            found, off, end = _NOI_NHAN, 0, colon
        elif len(found) < 7 or (off := distance(found[:7], _NOI_NHAN, 2)) > 2:
            continue
        else:
            end = letter_offsets(stripped)[6] + 1
        rest = stripped[end:]
        has_colon = rest.lstrip().startswith(":")
        beside = _mark_beside(lines, at, rest + text[16:]) if not has_colon and off <= 1 else ""
        if beside:  # "Nơi nhện KT.TRƯỞNG BAN" over "- Như trên": the signature column's mark
            lines[at] = Line(lines[at].number, f"Nơi nhận: {beside}")
            diagnostics.info(lines[at].number, "ocr-repaired", f"{head!r} read as 'Nơi nhận:'")
            continue
        if not has_colon and (found[:7] != _NOI_NHAN or (rest + text[16:]).strip()):
            continue  # a heading has its colon, or stands alone: not "nơi nhận hồ sơ ..."
        if off == 2 and not (has_colon and found[0] == "n" and not rest.lstrip()[1:].strip()):
            continue  # two letters misread ("Nui nh{in:"): the heading alone, with its colon
        lines[at] = Line(
            lines[at].number, "Nơi nhận:" + rest.lstrip().removeprefix(":") + text[16:]
        )
        diagnostics.info(lines[at].number, "ocr-repaired", f"{head!r} read as 'Nơi nhận:'")
    for at, line in enumerate(lines):
        if line.text.startswith(("Nơi nhận", "NƠI NHẬN")):
            _signature_run_on(lines, at, diagnostics)
            _list_dashes(lines, at + 1, diagnostics)
            _archive_word(lines, at + 1, diagnostics)


def _signature_run_on(lines: list[Line], at: int, diagnostics: Diagnostics) -> None:
    """The signature table's row flattened: the signature cell run on after the archive
    item of the distribution list, with a space (the list on one line: ``Nơi nhận: - Như
    trên; - Lưu: VT. KT. GIÁM ĐỐC ...``) or with nothing between (``- Lưu: VT, HàKT.
    GIÁM ĐỐC``), cut before its mark as a cell of its own."""
    for row in range(at, min(len(lines), at + _LIST_REACH)):
        text = lines[row].text
        archive = _ARCHIVE_LINE.search(text)
        if archive is None:
            continue
        if "\t" in text[archive.end() :]:
            return
        for mark in _MARK_AFTER.finditer(text, archive.end()):
            before = text[mark.start() - 1]
            if not mark["title"].isupper():
                continue
            if before in " \t" or before.islower() or before == ")":
                cut = mark.start()
                lines[row] = Line(lines[row].number, f"{text[:cut].rstrip()}\t{text[cut:]}")
                diagnostics.info(
                    lines[row].number,
                    "signature-split",
                    f"the signature {text[cut : cut + 30]!r} run on after the archive item"
                    " read as a cell of its own",
                )
                return
        return


def _archive_word(lines: list[Line], start: int, diagnostics: Diagnostics) -> None:
    """The archive item of a Nơi nhận list whose ``Lưu`` OCR misread (``- Ltru: VT, DT.``,
    ``- LUll: ĐT, VT``): a short word opening with an L, two letters off ``luu`` at most,
    then a colon and the units, the registry office's ``VT`` among them."""
    for at in range(start, min(len(lines), start + _LIST_REACH)):
        text = lines[at].text
        if _ARCHIVE_LINE.match(text):
            return
        misread = _MISREAD_ARCHIVE.match(text)
        if misread is None:
            continue
        word = letters(misread["word"])
        if word == _LUU or len(word) < 3 or distance(word, _LUU, 2) > 2:
            continue  # read as it is (``Luu:``), too short to tell (``Lu``), or another word
        lines[at] = Line(lines[at].number, f"- {LABEL_WORD}:{text[misread.end() :]}")
        diagnostics.info(
            lines[at].number,
            "ocr-repaired",
            f"{misread['word']!r} read as the archive's {LABEL_WORD!r}",
        )
        return


def _list_dashes(lines: list[Line], start: int, diagnostics: Diagnostics) -> None:
    """The dashes of a Nơi nhận list that OCR read as a quotation mark (``“ Các đơn vị
    ...;``), in a list whose other items keep theirs: up to its archive line."""
    end = min(len(lines), start + _LIST_REACH)
    items = [at for at in range(start, end) if lines[at].text]
    if not any(lines[at].text.startswith(("- ", "-\t")) for at in items):
        return
    for at in items:
        text = lines[at].text
        if _ARCHIVE_LINE.match(text):
            return
        misread = _MISREAD_DASH.match(text)
        if misread is not None:
            lines[at] = Line(lines[at].number, "- " + text[misread.end() :])
            diagnostics.info(
                lines[at].number, "ocr-repaired", f"{misread.group()!r} read as a list's dash"
            )
