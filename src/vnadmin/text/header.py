"""The header of an instrument: incoming stamp, banner, issuer block, number, place and date,
kind and subject, urgency, secrecy and circulation marks.

Header lines are classified one cell at a time (flattened two-column tables put the issuer
block and the banner on one line, or interleave them), so the reader does not depend on
the order a converter wrote them in.  It stops where the addressees (``Kính gửi``) or the
body (a legal basis, a numbered item, a long paragraph) begin.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

import attrs

from vnadmin.errors import GrammarError, MissingExtraError, UnknownKindError
from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.grammar.dates import SHORT_DATE, date_from_match, parse_date
from vnadmin.grammar.labels import LABEL
from vnadmin.grammar.marks import HANDLING_MARKS
from vnadmin.grammar.number_label import DAMAGED_SO, SO
from vnadmin.grammar.numbers import NUMBER, number_from_match
from vnadmin.grammar.printed import (
    BOOKLET_MONTH,
    CONGRESS_TERM,
    find_motto,
    split_banner,
    strip_decoration,
)
from vnadmin.grammar.subjects import VV
from vnadmin.localities import province
from vnadmin.model import (
    Circulation,
    DocumentKind,
    DocumentNumber,
    IncomingStamp,
    KindRegistry,
    Organization,
    PartialDate,
    Secrecy,
    Urgency,
)
from vnadmin.normalize import fold, tone_key
from vnadmin.text.accents import accented
from vnadmin.text.dateline import find_dateline, run_on_dateline
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.distribution import NOI_NHAN
from vnadmin.text.fuzzy import DIGIT_LOOKALIKES, allowed_edits, distance, letters
from vnadmin.text.lines import (
    MAX_SCAN,
    STROKE_SIGNS,
    Line,
    cells,
    ends_sentence,
    ends_with_symbol,
    is_caps,
    is_noise,
    is_strokes,
    squash,
    starts_lower,
)
from vnadmin.text.recipients import opens_addressees
from vnadmin.text.vocabulary import (
    ACTOR_HEADS,
    BASIS_OPENING,
    DRAFT_MARK,
    ENTERPRISE_BOARDS,
    MINISTRIES,
    MOTTO_WORDS,
    ORGAN_WORDS,
    PARTY_BANNER,
    PLACE_WORDS,
    PREAMBLE,
    STATE_BANNER,
    authority_organ,
    handling_marks,
    names_authority,
    names_office,
    opens_body,
)

__all__ = ["Header", "read_header", "read_stamp", "vv_kind"]

_STAMP = re.compile(r"(?:(?:CÔNG|VĂN)[ \t]+(?:VĂN|BẢN)[ \t]+)?ĐẾN\b[ \t]*[:.]?[ \t]*(?P<rest>.*)")
_STAMP_NUMBER = re.compile(rf"{SO}(?:[ \t]+đến)?[ \t]*[:.]?[ \t]*(?P<number>\d{{1,8}})\b")
_STAMP_DATE = re.compile(r"(?:Ngày|NGÀY|ngày)[ \t]*[:.]?[ \t]*(?P<date>.{0,40})")
_STAMP_ROUTING = re.compile(r"(?:Chuyển|CHUYỂN|chuyển)[ \t]*[:.]?[ \t]*(?P<routing>.{0,80})")
_NUMBER_LINE = re.compile(rf"(?P<lead>[^\W\d_][^\d:/]{{0,30}}?[ \t]+)?{SO}\b[ \t]*[:.]?[ \t]*")
_VIETNAMESE_MARKS = frozenset("\u0300\u0301\u0302\u0303\u0306\u0309\u031b\u0323")
"""The marks Vietnamese letters decompose to: tones, circumflex, breve, horn."""
_BLANK_NUMBER = re.compile(r"[ \t.…_]+(?=/)")
_FIELD_LABEL = re.compile(r"(?:và|VÀ)[ \t]+(?:ký|KÝ)[ \t]+(?:hiệu|HIỆU)")
_GLUED_SYMBOL = re.compile(r"(?P<digits>\d{1,5})(?=[^\W\d_a-zđ]{1,8}-[^\W\d_])[^\s/]+(?![^\s])")
_SPACED_JOINT = re.compile(r"(?<=[^\W_])[ \t]*([-–—‑−/])[ \t]*(?=[^\W_])")
"""A joint of a number's symbol as typed: spaced (``157/ QĐ- NĐ-UB``), or a typographic
dash a web page set for the hyphen (``TT–BTC``)."""
_DASHED_SYMBOL = re.compile(
    r"(?:(?<!\S)|(?<=\d[Il|])|(?<=\d)(?=[A-ZĐ])(?![Il|][^\W\d_]))"
    r"(?P<symbol>[^\W\d_]{1,8}(?:-[^\W\d_][^\W_]{1,10}){1,4})[ \t.]*$"
)
"""A symbol's dashed word ending a number line whose number and slash OCR misread: a word
of its own, glued to the digits by the slash read as a letter (``5~.9IQD-DHTD``) or by
none, the slash lost (``J0TB-KCN``; a capital of the alphabet after the digits, not OCR's
``Ø`` for a handwritten digit)."""
_LOOSE_SYMBOL = re.compile(
    r"(?:/[ \t]*\d{4}[ \t]*(?=/))?(?:-[ \t]*[^\W\d_][^\W_]*[ \t]*)?/[ \t]*[^\W\d_][^\s/]*"
)
"""A symbol after an unreadable number, with the year a legal normative number prints
before it (``66.9/2025/NQ-CP``: ``/2025/NQ-CP``)."""
_SUBJECT_START = re.compile(rf"(?:{VV.pattern}|(?:Về[ \t]+việc|VỀ[ \t]+VIỆC)(?=[ \t:.]|$))")
_SPECKED_VV = re.compile(rf"[^\w\s(\"“]{{1,2}}(?={VV.pattern})")
"""A scan's speck glued before the công văn lead (``'V/v báo cáo ...``): no sign opens it."""
_OF_ISSUER = re.compile(r"(?:CỦA|của|Của)[ \t]+(?P<issuer>.+)")
_OF_ISSUER_ABOUT = re.compile(r"(?P<of>(?:CỦA|Của)[ \t]+.+?)[ \t]+(?P<subject>về[ \t].+)")
"""A title's rest that names its issuer in capitals, then its subject in lower case
(``NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về đột phá ...``)."""
_PURPOSE = re.compile(r"(?:Để|Nhằm)[ \t]+[^\W\d_]")
"""A body's first sentence that opens with its purpose (``Để bảo đảm ...``), never a
subject's wrapped line, which goes on in lower case."""
_BULLETS = "-–+•* \t"
"""What a bulleted paragraph opens with, before its words."""
_SHORT_NAME = re.compile(r"\([^\W\d_][^\W_]{1,11}\)")
"""A body's short name in brackets on the line under its name (``(VINAMILK)``): the name's
end, never a body of its own."""
_ISSUER_JOINERS = ("VÀ ", "- ", "& ", "– ", "VỀ ", "THEO ")
"""What a line that goes on with the body's name above opens with (``BAN CHỈ ĐẠO`` / ``VỀ
PHÁT TRIỂN ...``, ``ĐOÀN KIỂM TRA`` / ``THEO QUYẾT ĐỊNH ...``)."""
_TAIL_WORDS = 2  # words of a name's end wrapped onto a line of its own (``VIỆT NAM``)
_UNIT_WORDS = frozenset(["TỈNH", "HUYỆN", "QUẬN", "XÃ", "PHƯỜNG", "PHỐ", "TRẤN", "THÀNH", "THỊ"])
"""The last word of a line that names an administrative unit without its name."""
_BODY_WORDS = frozenset(
    [
        "BỘ",
        "SỞ",
        "CỤC",
        "BAN",
        "VIỆN",
        "TRƯỜNG",
        "ĐẢNG",
        "ỦY",
        "UỶ",
        "ĐOÀN",
        "HỘI",
        "PHÒNG",
        "VỤ",
        "TỔNG",
        "CHI",
        "TỔ",
        "ĐỘI",
        "KHU",
        "TẬP",
        "NGÀNH",
        "ĐÀI",
        "TỈNH",
        "HUYỆN",
        "QUẬN",
        "XÃ",
        "PHƯỜNG",
        "THÀNH",
        "THỊ",
        "UBND",
        "HĐND",
    ]
)
"""Words that name a body or its level, as printed; with :data:`ORGAN_WORDS`, what a
parent line of the issuer's block holds."""
_ABBREVIATION = 8  # letters of the longest abbreviation a subject wraps onto a line
_OFFICES = frozenset(["thu tuong", "pho thu tuong", "chu tich", "bo truong"])
"""Offices whose holder issues in the office's name, printed over the body's name when
the cell is narrow (``THỦ TƯỚNG`` / ``CHÍNH PHỦ``)."""
_BARE_UNITS = frozenset(
    [
        "van phong",
        "trung tam",
        "truong dai hoc",
        "truong cao dang",
        "truong trung cap",
        "cong ty",
        "cong ty tnhh",
        "cong ty trach nhiem huu han",
        "cong ty co phan",
    ]
)
"""Units that are no name alone, only of the body named after them, printed over it when
the cell is narrow (``VĂN PHÒNG`` / ``CHÍNH PHỦ``; a company's form over its name:
``CÔNG TY TRÁCH NHIỆM HỮU HẠN`` / ``GIẢI PHÁP ...``)."""
_OWNED_ORGANS = frozenset(
    [
        "uy ban thuong vu",
        "ban thuong vu",
        "ban chap hanh",
        "thuong truc",
        "ban thuong truc",
        "doan chu tich",
        "dai hoi",
        "dai hoi dai bieu",
    ]
)
"""A collective body's organ, printed without the body it belongs to (folded): the line
below names that body and completes the name (``ỦY BAN THƯỜNG VỤ`` / ``QUỐC HỘI``,
``ĐẠI HỘI ĐẠI BIỂU`` / ``ĐẢNG BỘ TỈNH X``), it is no parent."""
_OPEN_WORDS = frozenset(["cua", "va", "ve", "cho", "voi", "tai", "theo", "thuoc", "tren"])
_NOT_UNITS = frozenset(["QUÂN", "THANH", "THI", "XA"])
"""Words that fold like a unit word and are none (``QUÂN KHU 3``, ``THANH TRA``) in a
line printed with its marks."""
_UNIT_OPENERS = frozenset(
    ["KHOA", "NHÀ", "BÁO", "NGÂN", "QUỸ", "TRẠM", "HẠT", "ĐỒN", "LỮ", "SƯ", "ĐẠI", "BẢO", "THUẾ"]
)
"""First words of a unit's name under a body's that neither list above holds (``KHOA
CÔNG NGHỆ``, ``NHÀ XUẤT BẢN``, ``BÁO ...``): a name of its own, never the rest of one."""
_UNIT_PHRASES = frozenset(["thanh pho", "thi xa", "thi tran"])
"""A unit's words (folded) that OCR printed without their marks (``THANH PHO CẦN THƠ``):
a unit however its first word reads."""
_FOLDED_BODY_WORDS = frozenset(fold(word) for word in _BODY_WORDS)
_VOWELS = frozenset("aeiouy")
_SYLLABLE_END = re.compile(r"(?:[aeiouy]|ch|c|m|ng|nh|n|p|t)$")
_ISSUER_SPECKS = "\"'`“”‘’«»~^ ._|"
"""Specks OCR reads before or after an issuer's name (``" ỦY BAN NHÂN DÂN``)."""
_SPECK_TAIL = re.compile(r"(?:[ \t]+\S(?!\S)){2,}$")
"""Single characters after a name, two or more: a stamp's digits or strokes OCR read."""
_UNION_BANNERS = frozenset(["doan tncs ho chi minh", "doan thanh nien cong san ho chi minh"])
"""The Youth Union's banner, printed over the right column of its documents (folded)."""
_BANNER_TAIL = " ".join(STATE_BANNER.split()[-4:])
"""The banner's last words (folded), wrapped onto a line of their own (``CHỦ NGHĨA VIỆT
NAM``)."""
_BANNER_LETTERS = STATE_BANNER.replace(" ", "")
_BANNER_REST = 30  # characters of that line, with the specks OCR read before the words
_MAX_HEADER_LINES = 40
_MOTTO_SIZE = 60  # characters of a line holding the motto, specks around it at most
_MAX_SUBJECT = 600
_SET_APART = 3  # lines of a subject's rest that a converter set apart by blank lines
_SET_APART_WIDTH = 90  # the widest of them: a subject's line, not a body's paragraph
_SET_APART_REACH = 16  # lines looked through for them: a Word file's empty paragraphs
# between the subject and Kính gửi are blank lines too, two each (a converter's, two or three)
_MAX_LEAD_IN = 12  # lines of a preamble paragraph looked at for its closing colon
_DATE_PARTS = ("day", "month", "year")
"""The parts of a date line a draft leaves blank."""
_MAX_EARLY_LINES = 15
_FRAGMENT = 60  # characters of a stamp or seal fragment OCR leaves among the header lines
_DATED_OPENING = re.compile(
    r"(?:(?:Sáng|Chiều|Tối|Vào)[ \t]+)?[Nn]gày[ \t]+\d{1,2}(?:[ \t]*[/.-][ \t]*\d{1,2}[ \t]*[/.-]"
    r"[ \t]*\d{4}|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})[ \t]*,"
)
"""A body sentence that opens with its date (``Ngày 12/11/2024, tại ...``), never a subject."""
_STAMP_FIELD = re.compile(
    r"N(?<![^\W\d_]N)(?:gày|GÀY)[ \t]*:|C(?<![^\W\d_]C)(?:huyển|HUYỂN)[ \t]*:"
    r"|G(?<![^\W\d_]G)(?:iờ|IỜ)[ \t]*:"
)
"""A field of a received stamp (``Ngày:``, ``Chuyển:``, ``Giờ:``), the word not inside
another.  Each alternative opens with its capital (the look-behind after it), so that the
regex engine skips to them: with :data:`_STAMP_TO`, what one pattern did trying every
character (a look-behind and a line start first)."""
_STAMP_TO = re.compile(r"(?:ĐẾN|ĐEN)\b")
"""A received stamp's ``ĐẾN`` opening a line."""
_RANGE_CUT = re.compile(
    r"(?s).*(?:\d[ \t]*[-–]\n[ \t]*\d|\d\n[ \t]*[-–][ \t]*\d|(?<![^\W_])(?:năm|NĂM)\n\d{4}(?!\d))"
)
"""The end of a subject line and the start of the next (after a line feed) where a line
cut a range of years or dates (``2021-`` / ``2025``, ``2021`` / ``– 2025``) or a year from
its ``năm``: the next line goes on with the subject whatever it looks like."""
_RANGE_DASH = re.compile(r"\d-$")
_STAMP_REACH = 30
_CLAUSE = re.compile(r",[ \t]+")
_APPROVAL = re.compile(r"(?:phe |y kien )?duyet(?: cua [^\W\d_][\w ]{0,60})?|da duyet")
"""An approver's box under the number (folded): its head (``DUYỆT``, ``PHÊ DUYỆT``,
``DUYỆT CỦA ...``) and the remark for the approver's hand (``(đã duyệt)``); the header
goes on under it (``Kính gửi``)."""
_HANDLING = frozenset(handling_marks())
"""The folded urgency, secrecy and circulation marks (``khan``, ``hoa toc``, ``mat``)."""
_NAMED_REACH = 2  # lines from a body's name ending with a kind to the number that goes on


@attrs.define
class Header:
    """What the header says; ``end`` is the index of the first line after it."""

    end: int = 0
    state_banner: bool = False
    party_banner: bool = False
    union_banner: bool = False
    party_banner_line: tuple[int, str] | None = None
    issuer_lines: list[tuple[int, str]] = attrs.field(factory=list)
    issuer_from_title: str | None = None
    number: DocumentNumber | None = None
    number_line: int = 0
    place: str | None = None
    date: PartialDate | None = None
    kind: DocumentKind | None = None
    kind_line: int = 0
    subject: str | None = None
    subject_line: int = 0
    subject_is_vv: bool = False
    unknown_title: str | None = None
    """A title of a kind the registry does not know, which the number's symbol abbreviates
    (``ĐỀ XUẤT`` over ``Số: 77/ĐX-K7``): no V/v makes the document a công văn then."""
    authority: str | None = None
    subject_rest: str | None = None
    urgency: Urgency | None = None
    secrecy: Secrecy | None = None
    circulation: Circulation | None = None
    printed: dict[str, str] = attrs.field(factory=dict)
    """The lines as printed, by the :class:`~vnadmin.model.Printed` field each fills."""
    signed: bool = False
    """The document is signed electronically: the signing stamps its number and date on the
    page, where a text layer leaves them blank."""

    def issuer(self) -> Organization | None:
        """The issuer block as an organisation: the last line is the issuer, each line above
        it the parent of the one below (a wrapped name is joined first)."""
        names = _join_wrapped([text for _, text in self.issuer_lines])
        organization: Organization | None = None
        for name in names:
            organization = Organization(name=name, parent=organization)
        return organization


_JOINT = re.compile(r"(?<=[^\W\d_])[ \t]+[-–][ \t]+(?P<head>[^\W\d_]+)")
"""A dash between two names in capitals: the issuers of a joint instrument, one name."""


def _joins_bodies(text: str) -> bool:
    """Whether a dash in ``text`` joins two bodies (``BỘ TƯ PHÁP - BỘ CÔNG AN``): the words
    after it open a body's name.  A dash inside one body's name (``TRUNG TÂM THÔNG TIN -
    THƯ VIỆN``, ``SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI``) joins nothing."""
    return any(
        match["head"].upper() in _BODY_WORDS
        or (text.isascii() and fold(match["head"]) in _FOLDED_BODY_WORDS)
        for match in _JOINT.finditer(text[:200])
    )


def _join_wrapped(lines: list[str]) -> list[str]:
    """The issuer lines as names, each wrapped name joined; a parent's name without the dash
    it ended with over a body of its own (:func:`_parent_dashed`)."""
    joined = [" ".join(lines[i] for i in group) for group in _wrapped_groups(lines)]
    return [*(name.rstrip(" -–") for name in joined[:-1]), *joined[-1:]]


def _wrapped_groups(lines: list[str]) -> list[list[int]]:
    """The issuer lines grouped into names: a line that goes on with the name above (a
    place word, a joiner; the last line, words that name no body: ``NGÂN HÀNG NHÀ NƯỚC``
    / ``VIỆT NAM``) joins its group."""
    groups: list[list[int]] = []
    last = ""
    joint_group = False  # the group holds a joint dash: the lines under it go on with it
    for index, text in enumerate(lines):
        first = fold(text).split(" ", 1)[0]
        second = fold(text).split(" ")[1:2]
        continues = (
            f"{text} ".startswith(_ISSUER_JOINERS)
            or CONGRESS_TERM.fullmatch(text)
            or _SHORT_NAME.fullmatch(text)
            or _joined_fields(text)
            or (
                first in PLACE_WORDS
                and (
                    text.isascii()
                    or text.split(" ", 1)[0].upper() not in _NOT_UNITS
                    or f"{first} {second[0] if second else ''}" in _UNIT_PHRASES
                )
                and not (second and second[0] in ("uy", "doan", "hoi"))
                # "THANH TRA", "QUAN SU" with or without marks: an organ's name, no unit's
                and not _organ_words(f"{first} {second[0] if second else ''}")
            )
        )
        last_line = index == len(lines) - 1  # the issuer's own line, under any parent
        # a word or two that name nothing, over a line that opens a body: the end of the
        # name above, wrapped beside the motto (``... VIỆN THÔNG VIỆT`` / ``NAM`` / ``BAN
        # ...``, ``TỔNG LIÊN ĐOÀN LAO ĐỘNG`` / ``VIỆT NAM`` / ``LIÊN ĐOÀN ...``)
        tail = (
            not last_line
            and len(text.split()) <= _TAIL_WORDS
            and _own_body(fold(lines[index + 1]))
            and not _names_body(text)
        )
        # the rest of a parent's name wrapped in its narrow cell, over the issuer's own
        # name (``TRUNG TÂM ĐIỀU ĐỘ`` / ``HỆ THỐNG ĐIỆN QUỐC GIA`` / ``TRUNG TÂM ...``)
        parent_rest = (
            not last_line
            and is_caps(text)
            and is_caps(last)
            and _own_body(fold(lines[index + 1]))
            and opens_body(fold(last))
            and _goes_on_unnamed(text, last)
        )
        dash = _joins_bodies(text)
        # a line that opens a body of its own and joins two in it (``VĂN PHÒNG HĐND -
        # UBND``) is a name under the one above when that one is whole (``UBND XÃ X``, not
        # ``HĐND TỈNH``: a joint name's first body, its dash lost at the line's end)
        own = _own_body(fold(text)) and last.rpartition(" ")[2] not in _UNIT_WORDS
        joint = joint_group or (dash and not own)
        if groups and (
            continues
            or joint  # "BỘ TƯ PHÁP - BỘ CÔNG AN - BỘ QUỐC" / "PHÒNG - BỘ TÀI CHÍNH": no parent
            or _open_name(last, fold(text))
            or (last_line and _goes_on_unnamed(text, last))
            or _placed_rest(last, text)
            or _dated_rest(last, text)
            or tail
            or parent_rest
        ):
            groups[-1].append(index)
            joint_group = joint
        else:
            groups.append([index])
            joint_group = dash
        last = " ".join(lines[i] for i in groups[-1]) if tail else text
    return _congress_groups(lines, groups)


def _organ_words(phrase: str) -> bool:
    """Whether a line's first two words, folded, name an organ (``thanh tra``), not a unit
    (``thanh pho``, an organ's word too: a city's people's committee)."""
    return phrase in ORGAN_WORDS and phrase not in _UNIT_PHRASES


def _congress_groups(lines: list[str], groups: list[list[int]]) -> list[list[int]]:
    """A congress's name is one, from ``ĐẠI HỘI`` to its term (``ĐẠI HỘI ĐẠI BIỂU`` / ``ĐOÀN
    TNCS HỒ CHÍ MINH`` / ``CÔNG AN TỈNH ...`` / ``LẦN THỨ I, NHIỆM KỲ ...``), whatever
    bodies it names between."""
    for end, group in enumerate(groups):
        if not any(CONGRESS_TERM.fullmatch(lines[i]) for i in group[1:]):
            continue
        opens = [at for at in range(end) if fold(lines[groups[at][0]]).startswith("dai hoi ")]
        if opens:
            merged = [i for part in groups[opens[-1] : end + 1] for i in part]
            return [*groups[: opens[-1]], merged, *groups[end + 1 :]]
    return groups


def _drop_repeated(header: Header, diagnostics: Diagnostics) -> None:
    """Read an issuer line printed twice in a row once (``BỘ Y TẾ`` / ``BỘ Y TẾ``: a web
    page's title over the document's own block): no body is its own parent."""
    kept = [header.issuer_lines[0]]
    for line, text in header.issuer_lines[1:]:
        if fold(text) == fold(kept[-1][1]):
            diagnostics.info(line, "issuer-repeated", f"{text[:40]!r} printed twice, read once")
            continue
        kept.append((line, text))
    header.issuer_lines = kept


def _drop_furniture(header: Header, diagnostics: Diagnostics) -> None:
    """Drop the lines above the issuer's block that name no body (a web page's title or
    menu in capitals right above it: ``VĂN BẢN PHÁP LUẬT``, ``TRANG CHỦ``): a parent
    names a body, and nothing above a line that does not belongs to the block."""
    texts = [text for _, text in header.issuer_lines]
    groups = _wrapped_groups(texts)
    for position in range(len(groups) - 2, -1, -1):
        name = " ".join(texts[i] for i in groups[position])
        if _names_body(name):
            continue
        cut = groups[position][-1] + 1
        dropped, header.issuer_lines = header.issuer_lines[:cut], header.issuer_lines[cut:]
        diagnostics.info(
            dropped[0][0],
            "issuer-noise-removed",
            f"{len(dropped)} line(s) above the issuer that name no body removed:"
            f" {dropped[-1][1][:40]!r}",
        )
        return


_SYLLABLE = re.compile(r"[^\W\d_]{1,7}")
_FIELDS = re.compile(r"[^\W\d_]{1,6}(?:&[^\W\d_]{1,6})+")
"""Fields' abbreviations joined by ``&`` (``GD&ĐT``, ``GNHT&TC``): words of a name, not a
line OCR ran together."""


def _goes_on_unnamed(text: str, above: str) -> bool:
    """The end of a name that names no body (``VIỆT NAM`` under ``NGÂN HÀNG NHÀ NƯỚC``):
    a few words, each a syllable; a line OCR or a broken font ran together
    (``TRtrONGD�IHQCTAYDO``) is an issuer of its own, damaged, not the end of the one above;
    fields' abbreviations joined by ``&`` are words (``THUỐC GNHT&TC``).
    Under a line that opens a body's name, its field wrapped (``TRUNG TÂM QUY HOẠCH &
    ĐIỀU TRA`` / ``TÀI NGUYÊN NƯỚC QUỐC GIA``): a few more words, a field's (``TÀI
    NGUYÊN``) but no body's or level's (``SỞ``, ``TỈNH``)."""
    words = text.split()
    if (
        not words
        or not all(_SYLLABLE.fullmatch(word) or _FIELDS.fullmatch(word) for word in words)
        or words[0].upper() in _UNIT_OPENERS  # "KHOA ĐIỆN TỬ": a unit under the body
    ):
        return False
    if len(words) <= 4 and not _names_body(text):
        return True
    return (
        len(words) <= _RESTS
        and is_caps(text)
        and is_caps(above)
        and opens_body(fold(above))
        and not _own_body(fold(text))
        and not any(word in _BODY_WORDS for word in text.upper().split())
    )


_PLACED_END = re.compile(r"[ \t](?:TP\.|TP[ \t]|THÀNH[ \t]+PHỐ|TỈNH|HUYỆN|QUẬN)[ \t]*\S")
"""A place ending a line after its first word (``... TP. HỒ CHÍ MINH``, ``... TỈNH X``)."""
_RESTS = 8  # words of a name's rest wrapped onto a line of its own, its place included


def _placed_rest(above: str, text: str) -> bool:
    """Whether ``text`` is the rest of the body's name above, down to the place that ends it
    (``TRƯỜNG ĐẠI HỌC CÔNG NGHIỆP`` / ``THỰC PHẨM TP. HỒ CHÍ MINH``): the line above opens a
    body and names no place, this one opens with no body's word (``KHOA ...``, ``SỞ ...``
    are bodies under it) nor one of the name above (``CỤC THUẾ`` / ``THUẾ TỈNH X``: the
    body's branch) and ends with a place."""
    words = text.split()
    return (
        len(words) <= _RESTS
        and _PLACED_END.search(text) is not None
        and opens_body(fold(above))
        and _PLACED_END.search(above) is None
        and not _own_body(fold(text))
        and not _names_body(words[0])
        and words[0].upper() not in _UNIT_OPENERS
        and fold(words[0]) not in fold(above).split()  # "CỤC THUẾ" / "THUẾ TỈNH X"
    )


_YEAR_END = re.compile(r"[ \t]NĂM[ \t]+\d{4}$")
"""A name ending with its year: a council or board set up for one year's round."""


def _dated_rest(above: str, text: str) -> bool:
    """Whether ``text`` is the rest of the body's name above, down to the year that ends it
    (``HỘI ĐỒNG XÉT THĂNG HẠNG`` / ``CDNN VIÊN CHỨC NĂM 2025``): the line above opens a
    body, this one opens none of its own and ends with ``NĂM`` and a year."""
    return (
        _YEAR_END.search(text) is not None
        and opens_body(fold(above))
        and _YEAR_END.search(above) is None
        and not _own_body(fold(text))
    )


def _names_body(name: str) -> bool:
    """Whether an issuer line names a body: a word of a body's name (``BỘ``, ``SỞ``, ``ỦY
    BAN``, ``TỈNH``, ``ĐẢNG``, ...; compared as printed, ``BẢN`` is no ``BAN``, unless
    the line lost all its marks) or an abbreviation (``UBND``, ``BHXH``)."""
    folded = fold(name).split()
    if name.isascii():
        named = any(word in _FOLDED_BODY_WORDS for word in folded)
    else:
        named = any(word in _BODY_WORDS for word in name.upper().split())
    return (
        named
        or any(_abbreviation(word.strip(".,-")) for word in folded)
        or any(f"{a} {b}" in ORGAN_WORDS for a, b in itertools.pairwise(folded))
    )


_FIELD_JOINER = re.compile(r"[ \t]*&[ \t]*|[ \t]+VÀ[ \t]+")


def _joined_fields(text: str) -> bool:
    """Whether an issuer line is only abbreviations joined by ``&`` or ``VÀ`` (``PCTT &
    TKCN``, ``GD&ĐT``): the fields the body named above works in, wrapped (``BAN CHỈ
    HUY`` / ``PCTT & TKCN``), never a body of its own, which its head opens (``SỞ``)."""
    pieces = _FIELD_JOINER.split(text[:80])
    return len(pieces) >= 2 and all(
        piece.isupper() and " " not in piece and _abbreviation(fold(piece)) for piece in pieces
    )


def _abbreviation(word: str) -> bool:
    """An abbreviation (folded): no vowel (``bhxh``, ``tp``) or an end no syllable has
    (``tand``, ``ubmttq``, ``hdnd``)."""
    return len(word) >= 2 and (not set(word) & _VOWELS or _SYLLABLE_END.search(word) is None)


def _open_name(name: str, following: str) -> bool:
    """Whether ``name`` stops where no name does, before the words that complete it: after
    ``VÀ``, a dash or a comma, after one word that is no abbreviation, after a collective
    body's organ (``ỦY BAN THƯỜNG VỤ`` / ``QUỐC HỘI``),
    or after an administrative unit's word (``ỦY BAN NHÂN DÂN TỈNH`` / ``HÀ NAM``: a crawl
    broke the line in a narrow cell), unless the next line opens a body of its own
    (``HUYỆN ỦY ...``, ``SỞ ...``)."""
    if name.endswith(("-", "–")) and _parent_dashed(name, following):
        return False
    if name.endswith(("VÀ", "-", "&", "–", ",")) or _folded_words(name) in _OWNED_ORGANS:
        return True
    if _held_or_bare(name) and not _own_body(following):
        return True  # "THỦ TƯỚNG" / "CHÍNH PHỦ": an office, the body it is held in below
    if " " not in name and not _abbreviation(fold(name)):
        return True  # one word, no body's name alone (an HTML page's spans: BỘ / TÀI / CHÍNH)
    return name.rpartition(" ")[2] in _UNIT_WORDS and not _own_body(following)


def _parent_dashed(name: str, following: str) -> bool:
    """Whether a name ending with a dash is whole, a unit's with its place (``UBND TỈNH
    KIÊN GIANG -``), over a body of its own with another head (``SỞ Y TẾ``): a speck OCR
    read beside the banner, the parent over its department; the same head (``BỘ TƯ PHÁP
    -`` / ``BỘ CÔNG AN``) is a joint name, wrapped."""
    words = name.rstrip(" -–").split()
    whole = any(word in _UNIT_WORDS for word in words[:-1]) and words[-1] not in _UNIT_WORDS
    return whole and _own_body(following) and fold(words[0]) != following.partition(" ")[0]


_BARE_LETTERS = tuple((word, allowed_edits(word)) for word in map(letters, _BARE_UNITS))


def _held_or_bare(name: str) -> bool:
    """Whether ``name`` is an office (``THỦ TƯỚNG``) or a bare unit (``VĂN PHÒNG``), or, in
    a line that lost its marks, a bare unit whose letters OCR misread within the edits the
    fixed words allow (``TRUONG BAI HOC``)."""
    if _folded_words(name) in _OFFICES | _BARE_UNITS:
        return True
    if not name.isascii():
        return False
    found = letters(name)
    return any(distance(found, word, edits) <= edits for word, edits in _BARE_LETTERS)


def _own_body(key: str) -> bool:
    """Whether a line (folded) names a body of its own, not the rest of the name above: it
    opens with a body's head or an administrative unit's word (``HUYỆN ỦY ...``, ``XÃ ...``)."""
    return opens_body(key) or key.partition(" ")[0] in PLACE_WORDS


def _folded_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def read_stamp(
    lines: list[Line], diagnostics: Diagnostics
) -> tuple[IncomingStamp | None, set[int]]:
    """The ``ĐẾN`` stamp a receiver put on its copy, anywhere before the body (the first
    30 lines, up to a legal basis or a numbered item), and the indexes of the lines it
    takes."""
    top: list[int] = []
    for index, line in enumerate(lines):
        if not line.text:
            continue
        if len(top) >= _STAMP_REACH or _starts_body(line.text):
            break
        top.append(index)
    for position, index in enumerate(top):
        if "ĐẾN" not in lines[index].text:
            continue  # the stamp's mark: no line without it opens a stamp
        found = [(cell_index, cell) for cell_index, cell in enumerate(cells(lines[index].text))]
        for cell_index, cell in found:
            match = _STAMP.fullmatch(cell)
            if match is None:
                continue
            used = {index}
            values: dict[str, str] = {}
            rest = [match["rest"], *(c for i, c in found if i > cell_index)]
            following = [(i, cells(lines[i].text)) for i in top[position + 1 : position + 4]]
            pending: str | None = None
            for line_index, texts in [(index, rest), *following]:
                for text in texts:
                    if not text:
                        continue
                    if pending is not None:
                        values.setdefault(pending, text)
                        pending = None
                        used.add(line_index)
                        continue
                    for key, pattern in (
                        ("number", _STAMP_NUMBER),
                        ("date", _STAMP_DATE),
                        ("routing", _STAMP_ROUTING),
                    ):
                        part = pattern.match(text)
                        if part is not None:
                            used.add(line_index)
                            if part[key].strip():
                                values.setdefault(key, part[key].strip())
                            else:
                                pending = key
                            break
            receiver = None
            if position > 0:
                above = lines[top[position - 1]]
                if is_caps(above.text) and len(above.text) <= 120:
                    receiver = squash(above.text)
                    used.add(top[position - 1])
            return _stamp(values, receiver, lines[index].number, diagnostics), used
    return None, set()


def _stamp(
    values: dict[str, str], receiver: str | None, line: int, diagnostics: Diagnostics
) -> IncomingStamp | None:
    number = values.get("number")
    if receiver is None or number is None:
        diagnostics.warning(
            line,
            "stamp-incomplete",
            "an incoming ĐẾN stamp without a receiver line above it or an arrival number"
            " was skipped",
        )
        return None
    date = None
    if "date" in values:
        try:
            date = parse_date(values["date"])
        except GrammarError:
            diagnostics.warning(line, "stamp-date", f"stamp date {values['date']!r} not read")
    diagnostics.info(
        line, "incoming-stamp", "an incoming ĐẾN stamp: this text is a receiver's copy"
    )
    try:
        return IncomingStamp(
            receiver=receiver, number=int(number), date=date, routing=values.get("routing")
        )
    except ValueError as error:
        diagnostics.warning(line, "stamp-incomplete", f"stamp not kept: {error}")
        return None


_STAMPED = (
    ": the document is signed electronically, and what its signed page shows there (stamped"
    " by the signature, or written by hand on the scan that was signed) is not in the text"
)


def _read_number(
    text: str, line: int, header: Header, diagnostics: Diagnostics, kinds: KindRegistry
) -> bool:
    """Read ``Số: 12/UBND-VX`` (any style, blank number, a kind word before ``số``)."""
    match = _NUMBER_LINE.match(text) or _damaged_number(text)
    if match is None:
        return False
    lead = (match.groupdict().get("lead") or "").strip()
    if lead and not kind_name_pattern(kinds=kinds).fullmatch(lead):
        return False
    rest = text[match.end() : match.end() + MAX_SCAN]
    if _FIELD_LABEL.match(rest):
        return False  # "Số và ký hiệu HS: ....": a stamp's or a form's field, no number
    rest = _BLANK_NUMBER.sub("", rest, count=1) if rest[:1] in " \t.…_" else rest
    rest = _SPACED_JOINT.sub(_joint, rest[:80]) + rest[80:]  # "157/ QĐ- NĐ-UB" as typed
    number = (
        NUMBER.match(rest)
        or _confusable_number(rest, line, diagnostics)
        or _slash_lost(rest, line, diagnostics)
    )
    if number is not None and number["state"] and _not_symbol(number):
        number = None  # "2/9. /CT-CS": a symbol opens with letters; digits are the number's;
        # "/Ö/BGDĐT-GDTrH": a handwritten number OCR read as letters no symbol is spelt with
    number = number or _specked_number(rest, line, diagnostics)
    if number is None:
        if header.number is None and not header.number_line:
            header.number_line = line
            symbol = _symbol_only(rest)
            kept = ""
            if symbol is not None:
                header.number = number_from_match(symbol, kinds=kinds)
                kept = "; the symbol is kept"
            diagnostics.warning(
                line,
                "number-unreadable",
                f"the number in {text[:80]!r} is not read{kept}",
            )
        return True
    if header.number is not None:
        diagnostics.warning(line, "number-repeated", "a second number line was ignored")
        return True
    try:
        header.number = number_from_match(number, kinds=kinds)
    except ValueError as error:
        diagnostics.warning(line, "number-unreadable", f"number not kept: {error}")
        return True
    header.number_line = line
    if header.number.number is None and header.signed:
        diagnostics.info(line, "number-stamped", f"the number blank in the text{_STAMPED}")
    trailing = rest[number.end() :].strip(" \t.;,")
    if trailing:
        diagnostics.warning(
            line, "number-trailing", f"text after the number was ignored: {trailing[:60]!r}"
        )
    return True


def _not_symbol(number: re.Match[str]) -> bool:
    """Whether what stands where a state number's symbol belongs is none: it opens with a
    digit, or, the number blank, holds a letter of no Vietnamese word (``/Ö/BGDĐT``: a
    scan's handwriting as OCR read it; a page's Cyrillic ``С`` in ``02/VBHN-BTС`` is a
    symbol's letter typed wrong)."""
    symbol = number["s_symbol"]
    if symbol[:1].isdigit():
        return True
    return not number["s_number"] and any(map(_foreign_letter, symbol))


def _foreign_letter(char: str) -> bool:
    if char.isascii() or not char.isalpha() or char in "đĐ":
        return False
    decomposed = unicodedata.normalize("NFD", char)
    return not decomposed[0].isascii() or not _VIETNAMESE_MARKS.issuperset(decomposed[1:])


def _damaged_number(text: str) -> re.Match[str] | None:
    """``Số`` glued to what OCR left of a number whose digits and slash it lost, a symbol's
    dashed word ending the cell (``—— sốJẢTB-ĐHTĐ``): a number line, never an issuer's,
    whatever is left of its number (a misread ``Số`` the layout stage repaired)."""
    damaged = DAMAGED_SO.match(text)
    return damaged if damaged is not None and ends_with_symbol(text[:80]) else None


def _joint(match: re.Match[str]) -> str:
    return "/" if match[1] == "/" else "-"


def _confusable_number(text: str, line: int, diagnostics: Diagnostics) -> re.Match[str] | None:
    """A number whose digits OCR read as look-alike letters (``l5/2023/QĐ-UBND``,
    ``O1/TTr-UBND``): the letters read as digits, when digits stand among them."""
    head = text[:12]
    slash = head.find("/")
    dash = head.find("-")
    end = min(cut for cut in (slash, dash, len(head)) if cut >= 0)
    printed = head[:end].strip()
    if not printed or not any(char.isdigit() for char in printed):
        return None
    digits = printed.translate(DIGIT_LOOKALIKES)
    if digits == printed or not digits.isdigit():
        return None
    match = NUMBER.match(digits + text[len(head[:end].rstrip()) :])
    if match is not None:
        diagnostics.info(line, "number-repaired", f"number {printed!r} read as {digits!r}")
    return match


def _slash_lost(text: str, line: int, diagnostics: Diagnostics) -> re.Match[str] | None:
    """A number glued to its symbol, the slash lost (``01NQ-HĐQLQ``): digits, then a
    dashed symbol in capitals, read with the slash, said."""
    glued = _GLUED_SYMBOL.match(text)
    if glued is None:
        return None
    match = NUMBER.match(f"{glued['digits']}/{text[glued.end('digits') :]}")
    if match is not None:
        diagnostics.info(line, "number-repaired", f"{glued.group()!r}: the slash lost, read")
    return match


_SPECKED_NUMBER = re.compile(r"(?P<speck>[^\w\s]|[^\W\d_])(?P<digits>\d{2,11})(?=[ \t]*/)")


def _specked_number(text: str, line: int, diagnostics: Diagnostics) -> re.Match[str] | None:
    """A handwritten number whose first stroke OCR read as a speck before its digits
    (``{242 /KH-SYT``, ``.42 /QĐ-BV``, ``/42/UBND``): the digits read, the speck dropped,
    the doubt said (the speck may be a digit OCR lost); one digit after a speck is too little
    of a number to read."""
    specked = _SPECKED_NUMBER.match(text)
    if specked is None:
        return None
    match = NUMBER.match(text, specked.start("digits"))  # its offsets are the text's
    if match is not None:
        diagnostics.warning(
            line,
            "number-doubtful",
            f"{specked.group().strip()!r}: {specked['speck']!r} before the digits dropped, the"
            f" number read as {specked['digits']!r}; the handwriting may hold more digits",
        )
    return match


def _symbol_only(text: str) -> re.Match[str] | None:
    """The symbol of a number line whose number is unreadable (``4@' /TB-UBND``, ``2/9.
    /CT-CS``): the last ``/`` (or Party ``-``) that a symbol follows."""
    for match in reversed(list(_LOOSE_SYMBOL.finditer(text[:80]))):
        symbol = NUMBER.fullmatch(match.group().replace(" ", "").rstrip(".,;"))
        if symbol is not None:
            return symbol
    if "/" not in text[:80]:  # the slash lost too (``53)f ITB-DHTD``): the dashed word ending
        # the line is the symbol, as printed
        last = _DASHED_SYMBOL.search(text[:80])
        if last is not None:
            return NUMBER.fullmatch(f"/{last['symbol']}")
    return None


def _read_dateline(text: str, line: int, header: Header, diagnostics: Diagnostics) -> bool:
    """Read ``Sóc Trăng, ngày tháng 01 năm 2022`` (parts may be blank or misread), or a
    short ``Hà Nội, 05/3/2024``."""
    found = find_dateline(text)
    if found is not None and not text[: found.start].strip(" \t,.-_*|;:'`~"):
        if header.date is not None:
            return False
        header.date = found.date
        place = found.place and _place_spelled(found.place, line, diagnostics)
        header.place = place or header.place
        if found.unreadable:
            diagnostics.warning(
                line,
                "date-unreadable",
                f"date part(s) {', '.join(found.unreadable)!r} not read: left blank",
            )
        if found.guessed:
            diagnostics.warning(
                line, "date-repaired", f"read through OCR damage: {', '.join(found.guessed)}"
            )
        blank = [part for part in _DATE_PARTS if getattr(found.date, part) is None]
        parts = " and ".join(blank)
        if blank and not found.unreadable and header.signed:
            diagnostics.info(
                line, "date-stamped", f"the date's {parts} blank in the text{_STAMPED}"
            )
        elif blank and not found.unreadable:
            diagnostics.info(
                line,
                "date-blank",
                f"the date line leaves its {parts} blank: a draft, or a part written by hand"
                " that the text lost",
            )
        return True
    head = text[:200]
    comma = head.find(",")
    short = SHORT_DATE.fullmatch(head[comma + 1 :].strip()) if comma > 0 else None
    if short is None:
        return False
    place = head[:comma].strip()
    if not place or len(place.split()) > 8 or any(char.isdigit() for char in place):
        return False
    if header.date is not None or header.place is not None:
        return False
    try:
        header.date = date_from_match(short)
    except GrammarError as error:
        diagnostics.warning(line, "date-unreadable", error.message)
        header.date = PartialDate()
    header.place = place
    return True


def _place_spelled(place: str, line: int, diagnostics: Diagnostics) -> str:
    """``place`` as the list of provinces spells it when OCR or a lost font changed only
    its marks (``Cân Thơ``, ``Can Tho``, a legacy layer's ``Can ThO'`` for ``Cần Thơ``),
    said; as printed otherwise, and without the list (the ``akn`` extra) as printed always."""
    bare = place.replace("'", "")  # a legacy OCR layer prints a horn as an apostrophe
    try:
        found = province(bare)
    except MissingExtraError:
        return place
    if found is None or fold(bare) != found.key or tone_key(place) == tone_key(found.name):
        return place
    diagnostics.info(
        line, "place-repaired", f"{place!r} read as {found.name!r}, the province's own name"
    )
    return found.name


def _parent_unread(
    header: Header, skipped: list[tuple[int, str]], diagnostics: Diagnostics
) -> None:
    """Say the issuer's parent is unread when a line in capitals was skipped above a lone
    issuer line and no banner was read: an OCR that damaged the banner past reading leaves
    the parent's name on the banner's line (``UBND THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI CHẾ€ ...``)."""
    if len(header.issuer_lines) != 1 or header.state_banner or header.party_banner:
        return
    first = header.issuer_lines[0][0]
    for number, flat in skipped:
        words = flat.split()[:2]
        if number < first and len(words) == 2 and all(word.isupper() for word in words):
            diagnostics.info(
                number,
                "issuer-parent-unreadable",
                f"{flat[:40]!r}, above the issuer, was not read: it may hold the parent's name",
            )
            return


def read_header(
    lines: list[Line],
    start: int,
    skip: set[int],
    diagnostics: Diagnostics,
    kinds: KindRegistry,
    *,
    signed: bool = False,
) -> Header:
    """Read the header from ``lines[start:]``, the kinds of ``kinds``; lines in ``skip`` (the
    stamp) are passed; ``signed``: see :attr:`Header.signed`."""
    header = Header(end=start, signed=signed)
    marks = handling_marks()
    subject: list[str] = []
    subject_at: list[int] = []  # the index of each subject line
    subject_open = False
    subject_line = 0
    early = False  # the subject read is printed over the header's rows
    titled = False  # the subject read opens on the kind line (``BIÊN BẢN HỌP ...``)
    above: tuple[list[str], list[int], int] | None = None  # that subject, set aside
    blank_before = False
    dated_at = 0  # the line the date was read on
    seen = 0
    skipped: list[tuple[int, str]] = []  # header lines not read, for the parent's sake
    index = start
    while index < len(lines):
        line = lines[index]
        if index in skip:
            index += 1
            continue
        text = line.text
        if not text:
            blank_before = True
            index += 1
            continue
        seen += 1
        flat = squash(text)
        if seen > _MAX_HEADER_LINES or opens_addressees(flat):
            break
        if _cover_ends(lines, index, flat, header):
            diagnostics.info(
                lines[start].number,
                "cover-page",
                f"lines {lines[start].number}-{line.number} are a booklet's cover (its month"
                f" {flat!r}): the header is read under it",
            )
            return read_header(lines, index + 1, skip, diagnostics, kinds, signed=signed)
        if (
            header.kind is not None
            and not subject
            and header.issuer_from_title is None
            and is_caps(flat)
            and _OF_ISSUER.fullmatch(flat)
        ):
            _title_issuer(flat, header)
            blank_before = False
            index += 1
            continue
        if subject_open and header.kind is not None and is_strokes(flat):
            diagnostics.info(line.number, "line-skipped", f"{flat[:40]!r}: strokes, not read")
            index += 1  # the seal's strokes around the subject, its underline read as signs
            continue
        row = cells(text) or [flat]
        dated = _dated_run_on(flat, header) if subject and subject_open and len(row) == 1 else None
        row = dated or row
        # a table row run together (catdoc): the subject's last line, a tab, the right
        # column's first line (the banner, or the date in a row of its own); or the date
        # line run on after the subject's line with a space (OCR)
        split = (
            bool(subject)
            and subject_open
            and ("\t" in text or dated is not None)
            and len(row) > 1
            and _opens_column(row[1])
        )
        fixed_row = any(map(_fixed, row))  # the banner or motto beside the subject's lines
        if split and _continues_subject(
            squash(row[0]), subject, blank_before=blank_before and dated is None
        ):  # the date beside it: a row of the two columns, the subject's line OCR set apart
            subject.append(squash(row[0]))
            subject_at.append(index)
            row = row[1:]
        elif (
            not split
            and subject_open
            and not fixed_row
            and _continues_subject(
                flat,
                subject,
                blank_before=blank_before and not _set_apart(lines, index, subject, header),
                header=header,
            )
            and (subject or not _lead_in(lines, index))
        ):
            if subject and flat[:1].isdigit() and _RANGE_DASH.search(subject[-1]):
                subject[-1] += flat  # a range cut after its dash: "2024-" / "2025"
            else:
                subject.append(flat)
                subject_at.append(index)
            subject_line = subject_line or line.number
            blank_before = False
            index += 1
            continue
        if subject:
            subject_open = False
        long_subject = not subject and subject_open and _one_line_subject(flat)
        # a row a crawl ran on after its date or number cell is the header's, however long
        body = (
            _starts_body(flat)
            and not (len(row) > 1 and _header_row(row[0], placed=True))
            and _damaged_number(row[0]) is None
        )
        if body and not long_subject and (subject or header.kind or header.number or header.date):
            break
        if body and not header.issuer_lines:
            break
        unread = specks = 0  # the cells not read: with letters, or specks (". .")
        numbered = False  # a cell of the row is the number line
        for position, cell in enumerate(row):
            untitled = header.kind is None
            if position and _banner_wrap(cell, header):
                kind = "banner"  # "SỞ TƯ PHÁP      NAM": the banner's word its column cut
            else:
                kind = _classify(cell, line.number, header, marks, diagnostics, kinds)
            if untitled and header.kind is not None and early and above is None:
                # a web page's title over the document (``# Về việc ...``), then its kind
                # line: the subject is the one under the kind line, if it prints one
                above = (subject, subject_at, subject_line)
                subject, subject_at, subject_line = [], [], 0
            if kind == "other" and position == 0 and len(row) > 1 and _left_issuer(cell, header):
                header.issuer_lines.append((line.number, squash(cell)))
                diagnostics.info(
                    line.number,
                    "issuer-damaged",
                    f"{cell[:60]!r}, left of the banner column, read as an issuer line",
                )
                kind = "issuer"
            if (
                kind == "issuer"
                and len(row) == 1
                and (
                    (
                        blank_before
                        and (_untitled(header, dated_at) or _titled_undated(lines, index, header))
                    )
                    or (not subject and _under_number_row(header, dated_at))
                )
            ):
                header.issuer_lines.pop()
                known = _second_kind(flat, kinds)
                read = f": read as {known.name!r}, the one the kinds know" if known else ""
                diagnostics.info(
                    line.number,
                    "title-unknown",
                    f"{flat[:60]!r}, capitals set apart under the issuer's block and the date:"
                    f" a title whose kind is not known, not an issuer line{read}",
                )
                if known is not None:
                    header.kind, header.kind_line = known, line.number
                kind, subject_open, subject_line = "title", True, 0  # its subject under it
            if kind == "issuer" and subject and header.number is not None and not titled:
                # capitals under the number and the V/v subject: a title the registry does
                # not know (``ĐỀ XUẤT``, ``DANH SÁCH``), an approver's box (``BAN GIÁM
                # HIỆU`` / ``DUYỆT``); the issuer's block stands above them
                _, title = header.issuer_lines.pop()
                diagnostics.info(
                    line.number,
                    "issuer-below-subject",
                    f"{title[:40]!r}, capitals under the number and subject, is not the issuer",
                )
                if _abbreviated(title, header.number):
                    header.unknown_title = title
                kind = "mark"
            if kind == "subject":
                early = early or not (subject or _placed(header))  # over the header's rows
                titled = titled or (header.kind_line == line.number and not subject)
                subject.append(header.subject_rest or squash(cell))
                subject_at.append(index)
                header.subject_rest = None
                subject_line = subject_line or line.number
                subject_open = True
            elif kind == "kind":
                subject_open = True
                subject_line = 0
            elif kind == "other" and any(map(str.isalnum, cell)):
                unread += 1
            elif kind == "other":
                specks += 1
            numbered = numbered or kind == "number"
            dated_at = line.number if kind == "date" else dated_at
        consumed = not unread and specks < len(row)  # specks beside what was read are no text
        if not consumed and (
            (fixed_row and (subject or header.kind is not None))  # a row of the header's
            or (numbered and header.date is None)  # the date beside the number, past reading
            or _skippable(flat, header, seen)
            or _fragment_before_row(lines, index, header, seen)
        ):
            diagnostics.info(line.number, "line-skipped", f"header line {flat[:60]!r} was not read")
            skipped.append((line.number, flat))
            index += 1
            blank_before = False
            continue
        if not consumed:
            if subject or header.kind is not None:
                if is_caps(flat) and len(flat) <= 150:
                    organ = authority_organ(flat)
                    if organ is not None and header.authority is None:
                        header.authority = organ  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."
                    diagnostics.info(
                        line.number, "line-skipped", f"header line {flat[:60]!r} was not read"
                    )
                    index += 1
                    blank_before = False
                    continue
                break
            if header.number is not None or header.date is not None:
                if len(flat) > 300:
                    break
                # a công văn subject printed without "V/v": it sits before Kính gửi
                if _addressees_follow(lines, index + 1):
                    subject.append(flat)
                    subject_at.append(index)
                    subject_line = line.number
                    subject_open = True
                    diagnostics.info(
                        line.number, "subject-without-vv", "a subject line without 'V/v' read"
                    )
                    index += 1
                    blank_before = False
                    continue
                break
            if _issuer_like(flat) and not (header.state_banner or header.party_banner):
                header.issuer_lines.append((line.number, flat))
                diagnostics.warning(
                    line.number,
                    "issuer-not-capitals",
                    f"{flat[:60]!r} read as an issuer line though not in capitals",
                )
                index += 1
                blank_before = False
                continue
            if len(flat) > 200 or header.issuer_lines:
                break
            diagnostics.info(line.number, "line-skipped", f"line {flat[:60]!r} before the header")
        blank_before = False
        index += 1
    header.end = index
    _mend_ministries(header, diagnostics)
    _parent_unread(header, skipped, diagnostics)
    if len(header.issuer_lines) > 1:
        _drop_repeated(header, diagnostics)
        _drop_furniture(header, diagnostics)
    if above is not None:
        below = (subject, subject_at, subject_line)
        subject, subject_at, subject_line = _above_or_below(above, below, diagnostics)
    if titled and len(subject) > 1 and _SUBJECT_START.match(subject[1]):
        # "BIÊN BẢN HỌP HỘI ĐỒNG ..." / "Về việc ...": the kind line's rest is the title's
        diagnostics.info(
            subject_line, "subject-after-title", f"{subject[0][:40]!r} read as the title's"
        )
        subject, subject_at = subject[1:], subject_at[1:]
        subject_line = lines[subject_at[0]].number
    if subject:
        twice = _printed_twice(subject)
        if twice is not None:  # a crawl's title over the page, then the document's own
            subject, subject_at = subject[twice:], subject_at[twice:]
            diagnostics.info(subject_line, "subject-repeated", "a subject printed twice read once")
        joined = squash(" ".join(subject))
        if len(joined) > _MAX_SUBJECT:
            cut = _runaway_cut(subject, subject_at)
            if cut is not None:  # the body's first paragraph, no blank line before it
                header.end = subject_at[cut]
                subject = subject[:cut]
                joined = squash(" ".join(subject))
            diagnostics.warning(
                subject_line,
                "subject-truncated",
                f"a subject running past {_MAX_SUBJECT} characters was cut"
                + (" where a line opens with a capital: the body's first" if cut else ""),
            )
        joined = joined.lstrip(STROKE_SIGNS + " ")  # a speck of the seal before it
        speck = _SPECKED_VV.match(joined)
        joined = joined[speck.end() :] if speck else joined
        header.subject = joined[:_MAX_SUBJECT].strip() or None
        header.subject_line = subject_line
        header.subject_is_vv = _SUBJECT_START.match(joined) is not None
    return header


_COVER_REACH = 8  # lines under a cover's month looked through for the document's header


def _cover_ends(lines: list[Line], index: int, flat: str, header: Header) -> bool:
    """Whether ``flat`` is the month at a booklet cover's foot (``THÁNG 9 - 2025``) with the
    document's own header under it (its banner, number or date line): what was read above
    (the banner, the committee that bound the booklet, the title) is the cover's."""
    if header.number is not None or header.date is not None or not BOOKLET_MONTH.fullmatch(flat):
        return False
    below = (line.text for line in lines[index + 1 : index + 1 + _COVER_REACH] if line.text)
    return any(_opens_column(squash(cell)) for text in below for cell in cells(text) or [text])


def _abbreviated(title: str, number: DocumentNumber | None) -> bool:
    """Whether the symbol of ``number`` opens with the initials of ``title``'s words (``ĐX``
    for ``ĐỀ XUẤT``), as NĐ 30 abbreviates a kind: the line is the document's own title."""
    words = title.split()
    if number is None or number.issuer_abbreviation is None or not 1 < len(words) < 5:
        return False
    return "".join(word[0] for word in words) == number.issuer_abbreviation.upper()


def _second_kind(title: str, kinds: KindRegistry) -> DocumentKind | None:
    """The kind a title of two instruments names after its ``VÀ`` when the kinds do not know
    the first (``NỘI QUY VÀ QUY CHẾ LÀM VIỆC``: Quy chế), else ``None``."""
    _, joined, second = title.partition(" VÀ ")
    return _kind_line(second.strip(), kinds) if joined else None


_MINISTRY_LETTERS = {letters(name): name for name in MINISTRIES}
_WORD = re.compile(r"[^\W\d_]+")


def _accent_key(text: str) -> str:
    """The words of ``text`` with their accents, tones wherever placed (``HOÁ`` is
    ``HÓA``), nothing else (``LAO ĐỘNG-THƯƠNG BINH`` is ``LAO ĐỘNG - THƯƠNG BINH``)."""
    return " ".join(map(tone_key, _WORD.findall(text)))


def _mend_ministries(header: Header, diagnostics: Diagnostics) -> None:
    """An issuer line in capitals whose letters are a ministry's but its accents are not
    (OCR: ``BỘ Y TẺ``) written as the ministry prints its name: said, as a name's repair
    that puts no doubt on the body's print. A line typed with no accents at all stays as
    printed."""
    for at, (line, text) in enumerate(header.issuer_lines):
        accented = is_caps(text) and not text.isascii()
        name = _MINISTRY_LETTERS.get(letters(text)) if accented else None
        if name is not None and _accent_key(text) != _accent_key(name):
            diagnostics.info(line, "issuer-repaired", f"{text!r} read as {name!r}")
            header.issuer_lines[at] = (line, name)


def _untitled(header: Header, dated_at: int) -> bool:
    """Whether the issuer line just read, alone on its row and set apart by a blank line,
    is a title in capitals the kinds do not name (``NỘI QUY ...``): the header has no
    number (a Party congress prints none) and its issuer block ended by the date's row,
    which closes it, or it has no issuer block and the line names no body (``BẢN ĐÁNH GIÁ
    ...`` under the banner and a person's date line)."""
    lines = header.issuer_lines
    if header.number is not None or dated_at <= 0 or not lines or lines[-1][0] <= dated_at:
        return False
    if len(lines) == 1:  # no issuer block: a person's own paper (a self-assessment) under
        # the banner and date, its title in words (not OCR's ``CHUONGT~PHOIHQP``), no body
        title = lines[-1][1]
        return all(char.isalpha() or char == " " for char in title) and not _names_body(title)
    return lines[-2][0] <= dated_at


def _under_number_row(header: Header, dated_at: int) -> bool:
    """Whether the issuer line just read stands under the number and the date, the issuer
    block above them both, no title read yet: a title in capitals the kinds do not name or
    OCR misread (``THƯ MỚI``, ``[HA TỐC``), not a body's name; the block closed at the
    number's row."""
    lines = header.issuer_lines
    if header.kind is not None or header.date is None or not header.number_line or len(lines) < 2:
        return False
    last = lines[-1][0]
    return last > max(header.number_line, dated_at) and lines[-2][0] < header.number_line


def _titled_undated(lines: list[Line], index: int, header: Header) -> bool:
    """Whether the issuer line just read, set apart by a blank line under an issuer block of
    two lines or more, is a title the kinds do not name in a header with neither number nor
    date (a school's notice: ``TRƯỜNG ...`` / blank / ``TUYÊN TRUYỀN``): its subject follows
    in sentence case, a line no longer than a subject's."""
    if header.number is not None or header.date is not None or len(header.issuer_lines) < 3:
        return False
    if f"{header.issuer_lines[-1][1]} ".startswith(_ISSUER_JOINERS):
        return False  # "VÀ TRUYỀN THÔNG ...": the name above goes on
    below = next((squash(line.text) for line in lines[index + 1 :] if line.text.strip()), "")
    return (
        below[:1].isupper()
        and not is_caps(below)
        and len(below) <= _SET_APART_WIDTH
        and not _starts_body(below)
        and not _header_row(below)
        and not _fixed(below)
        and not opens_addressees(below)
        and not is_noise(below)
    )


def _placed(header: Header) -> bool:
    """Whether a row of the header is read: the banner, an issuer line, the number, the date."""
    return bool(
        header.state_banner
        or header.party_banner
        or header.issuer_lines
        or header.number_line
        or header.date is not None
    )


def _above_or_below(
    above: tuple[list[str], list[int], int],
    below: tuple[list[str], list[int], int],
    diagnostics: Diagnostics,
) -> tuple[list[str], list[int], int]:
    """The subject of a page that prints a title over the document's header and the
    document's own subject under its kind line: the one below, the title said dropped when
    the two differ (a crawl's title may name another document); the title, if nothing is
    printed below.  The two read as one (:func:`_printed_twice`) where they agree."""
    lines, at, line = above
    if not below[0]:
        return above
    if _subject_key(" ".join(lines)) == _subject_key(" ".join(below[0])):
        return [*lines, *below[0]], [*at, *below[1]], line
    diagnostics.info(
        line,
        "subject-page-title",
        f"{squash(' '.join(lines))[:60]!r} above the header is a page's title, not the"
        " subject under the kind line",
    )
    return below


def _printed_twice(subject: list[str]) -> int | None:
    """Where a subject printed twice starts again: a web page's title (``# V/v ...``) over
    the document's own, in capitals or with a ``V/v`` the title lacks; ``None`` if once."""
    for cut in range(1, len(subject)):
        if _subject_key(" ".join(subject[:cut])) == _subject_key(" ".join(subject[cut:])):
            return cut
    return None


def _subject_key(text: str) -> str:
    """A subject's words, whatever its case, its ``V/v`` and its closing stop."""
    text = squash(text)
    start = _SUBJECT_START.match(text)
    return fold(text[start.end() if start else 0 :].strip(" .;:")).replace(" ", "")


def _runaway_cut(subject: list[str], at: list[int]) -> int | None:
    """Where a subject that ran on past its length stops: the first line after its first
    that opens with a capital, on a line of its own (a wrapped subject goes on in lower
    case; OCR without blank lines runs the body's first sentence on)."""
    for cut in range(1, len(subject)):
        if subject[cut][:1].isupper() and at[cut] != at[cut - 1]:
            return cut
    return None


def _left_issuer(cell: str, header: Header) -> bool:
    """The left cell of a two-column row above the number, mostly in capitals: an issuer
    line OCR damaged (``TRUONG D~I HQC TAYl>O``)."""
    if header.number_line or header.date is not None or header.kind is not None:
        return False
    if DAMAGED_SO.match(cell) is not None:
        return False  # "—— sốJẢTB-ĐHTĐ": the number cell, its digits and slash lost
    upper = sum(map(str.isupper, cell))
    return len(cell) <= 120 and upper >= 4 and sum(map(str.islower, cell)) * 3 <= upper * 2


def _skippable(text: str, header: Header, seen: int) -> bool:
    """A header line not read that does not end the header: OCR noise (seal, stamp,
    signature strokes, before or after the number and date), or a short line among the first ones, before the number, date or
    kind is found (a stamp or caption fragment between the issuer and the number)."""
    if len(text) <= 120 and (is_noise(text) or is_strokes(text)):
        return True  # strokes read as signs (``.c0\\ŸU\\WUÉ Lê 1 ¬``) fall anywhere too
    found = header.number_line or header.date is not None or header.kind is not None
    if found and _specks(text):
        return True  # between the date row and the kind line
    return (
        not found
        and seen <= _MAX_EARLY_LINES
        and len(text) <= _FRAGMENT
        and not ends_sentence(text)
        and not _issuer_like(text)
    )


_SPECKS_ROW = 8  # characters of a row of a seal's specks (``,do A I``) at most
_SPECK_WORD = re.compile(r"[^\W\d_]{3,}")


def _specks(text: str) -> bool:
    """Whether a short line holds specks only, no word of three letters (``,do A I``,
    ``ou``): a seal's strokes between the header's rows, read as letters, once a row of the
    header is read (above it, a web page's short lines are no specks)."""
    return len(text) <= _SPECKS_ROW and _SPECK_WORD.search(text) is None


def _fragment_before_row(lines: list[Line], index: int, header: Header, seen: int) -> bool:
    """A short line not read before the number or date, whatever its punctuation, when the
    next line holds the number line or the place-and-date line: a stamp or seal fragment
    OCR put inside the header (``TC, The TT = ma...``), not the end of the header."""
    text = squash(lines[index].text)
    if (
        header.number_line
        or header.date is not None
        or header.kind is not None
        or seen > _MAX_EARLY_LINES
        or len(text) > _FRAGMENT
        or _issuer_like(text)
    ):
        return False
    following = next((line.text for line in lines[index + 1 : index + 3] if line.text), "")
    return _header_row(following, placed=True)


def _issuer_like(text: str) -> bool:
    """A short line that names a body, printed without capitals (``Sở Nội vụ``)."""
    return (
        len(text) <= 120
        and len(text.split()) <= 12
        and text[:1].isupper()
        and not text.rstrip().endswith((".", ";", ":", ","))
        and ACTOR_HEADS.match(text) is not None
    )


def _addressees_follow(lines: list[Line], index: int) -> bool:
    for line in lines[index : index + 12]:
        if line.text:
            if opens_addressees(line.text):
                return True
            if len(line.text) > 300 or LABEL.match(line.text) or PREAMBLE.match(line.text):
                return False
    return False


def _lead_in(lines: list[Line], index: int) -> bool:
    """Whether the line at ``index`` opens a preamble that leads into the body (``Thực hiện
    Công văn số ... , UBND tỉnh mời ... như sau:``), not a subject that opens the same way
    (``Thực hiện Nghị quyết số ...``): its paragraph ends with a colon, or with a stop
    right over a numbered item."""
    if not PREAMBLE.match(lines[index].text):
        return False
    read: list[str] = []
    numbered = False
    for line in lines[index : index + _MAX_LEAD_IN]:
        if not line.text or (read and _starts_body(line.text)):
            numbered = bool(line.text) and LABEL.match(line.text[:MAX_SCAN]) is not None
            break
        read.append(line.text)
    last = read[-1].rstrip() if read else ""
    # a meeting's notice: "Thực hiện ..., UBND tỉnh tổ chức họp ... ." / "1. Chủ trì: ...":
    # a sentence, someone acting after its opening clause, over the first numbered item
    return last.endswith(":") or (numbered and last.endswith(".") and _acts(" ".join(read)))


def _acts(sentence: str) -> bool:
    """Whether an actor opens a clause after a comma in ``sentence`` (``Thực hiện ...,
    Ủy ban nhân dân tỉnh tổ chức ...``): a sentence, not a subject that cites."""
    return any(
        ACTOR_HEADS.match(sentence, comma.end()) is not None for comma in _CLAUSE.finditer(sentence)
    )


def _one_line_subject(text: str) -> bool:
    """A subject a web page set on one line under the kind line, longer than a body's
    first paragraph may be taken for one: no legal basis or label, no closing stop."""
    return (
        len(text) <= _MAX_SUBJECT
        and not PREAMBLE.match(text)
        and not LABEL.match(text[:MAX_SCAN])
        and not text.rstrip().endswith((".", ";", ":"))
    )


def _stamp_field(text: str) -> bool:
    """Whether ``text`` holds a field of a received stamp or opens with its ``ĐẾN``."""
    return _STAMP_FIELD.search(text) is not None or _STAMP_TO.match(text) is not None


def _starts_body(text: str) -> bool:
    return bool(PREAMBLE.match(text) or LABEL.match(text[:MAX_SCAN])) or len(text) > 300


def _continues_subject(
    text: str, subject: list[str], *, blank_before: bool, header: Header | None = None
) -> bool:
    if subject and _RANGE_CUT.match(f"{subject[-1][-12:]}\n{text[:8]}") and not _header_row(text):
        return True  # a range or a year a line cut: "(23/11/1940-" / "23/11/2020)"
    if _cited_number(text, subject, header):
        return True  # "... của Nghị quyết" / "số 254/2025/QH15 của Quốc hội ...": no number line
    noise = is_noise(text) and not _garbled_wrap(text, subject)
    # once the date line is read, a date alone under the subject is the day it names
    # (``Về cho học sinh nghỉ học`` / ``Ngày 26/11/2018``), no second date line; not a
    # clause's end (``ngày 26/11/2024;``: a legal basis the subject ran into)
    dated = (
        header is not None
        and header.date is not None
        and not text.rstrip().endswith((".", ";", ":", ","))
    )
    if _header_row(text, placed=dated) or noise or _stamp_field(text[:MAX_SCAN]) or _fixed(text):
        return False  # a date or number line, wherever a flattened table put it; noise;
        # a field of an incoming stamp printed over the subject (Ngày:, Chuyển:); the
        # banner or the motto, which a right column prints beside the subject's lines
    if is_strokes(text):
        return False  # the underline under the subject, read with a speck or two
    opening = accented(text)  # "Can cu ...": a text that lost its accents opens a body too
    if not subject:  # the first line after the kind line is the subject, unless it opens
        # the body (a legal basis, a dated sentence, the signer's authority) or the footer
        return (
            (len(text) <= 300 or _one_line_subject(text))
            and not LABEL.match(text[:MAX_SCAN])
            and not BASIS_OPENING.match(opening)
            and not _DATED_OPENING.match(opening)
            and not NOI_NHAN.match(opening)
            and not (
                is_caps(text)
                and (authority_organ(text) is not None or fold(text).startswith(ENTERPRISE_BOARDS))
            )
        )
    if len(text) > 300 or _SUBJECT_START.match(text):
        return False
    if LABEL.match(text[:MAX_SCAN]) and not _enumeration_goes_on(subject[-1], text):
        return False
    if (PREAMBLE.match(opening) or _PURPOSE.match(opening)) and not starts_lower(text):
        return False  # "Căn cứ ...", "Thực hiện ...", "Để bảo đảm ...": the body's first
        # paragraph; not "... về phối hợp" / "thực hiện ..."
    if text[:1].isupper() and _DATED_OPENING.match(opening):
        return False  # "Ngày 03/01/2025, ...": the body of a meeting's notice, never wrapped
        # subject words (a subject cut before a date goes on with "ngày" in lower case)
    if sum(len(part) for part in subject) > _MAX_SUBJECT:
        return False
    if blank_before and len(text) <= _SPECK_LINE:
        return False  # "an" set apart under the subject: a seal's speck, no word of it
    if starts_lower(text):
        return True
    if blank_before:
        return False
    last = subject[-1]
    if _bare_number(text):  # a cited number the line cut from its kind (Nghị định / 15/...)
        return not last.rstrip().endswith((".", ";", ":"))
    if is_caps(text) and _names_authority(text, header) and not _open_end(last):
        return False  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...", "CHÍNH PHỦ": who enacts it
    if last.rstrip().endswith((";", ":")) and not is_caps(text) and not opens_addressees(text):
        return True  # a subject that lists bodies, one a line: "... của Sở Giao thông vận
        # tải;" / "Sở Xây dựng; ..."; or names what it introduces: "... chức danh và chữ ký:"
        # / "Phó Giám đốc Sở ..." (a subject never ends with ";" or ":")
    if last.rstrip().endswith((".", ";", ":")):
        return False
    # a line in capitals under a subject that is not is a heading or an issuer, unless it
    # is one abbreviation the subject wrapped onto ("V/v thuế suất thuế" / "GTGT")
    return not (is_caps(text) and not is_caps(last)) or _abbreviation_alone(text)


_ENUMERATOR = re.compile(r"\((\d{1,2})\)")
"""An item's number in brackets inside a subject that enumerates (``(1) Tình trạng ...;``)."""


def _enumeration_goes_on(last: str, text: str) -> bool:
    """Whether ``text`` opens with the next item of the enumeration the subject's last line
    began (``... (1) ngập úng;`` / ``(2) ùn tắc ...``): the subject's, not a body's label."""
    numbers = _ENUMERATOR.findall(last)
    return bool(numbers) and text.startswith(f"({int(numbers[-1]) + 1})")


_GARBLED_WORDS = 4  # words of a subject's line OCR garbled, at least: a seal's are fewer
_SPECK_LINE = 3  # characters of a speck a seal leaves on a line of its own, at most


def _garbled_wrap(text: str, subject: list[str]) -> bool:
    """Whether a line OCR garbled past its syllables (``trrc Thành üy ti Hi nghj tf3ng``)
    goes on with the subject above: it opens in small letters after a line with no stop,
    a few words long, as a seal's specks never are."""
    return (
        bool(subject)
        and starts_lower(text)
        and len(text.split()) >= _GARBLED_WORDS
        and not subject[-1].rstrip().endswith((".", ";", ":"))
    )


def _set_apart(lines: list[Line], index: int, subject: list[str], header: Header) -> bool:
    """Whether the paragraph at ``index``, after a blank line, is the rest of a subject a
    converter set apart (``V/v triển khai thực hiện`` / blank / ``Công văn số ...``, a title
    in capitals: ``KẾ HOẠCH HOẠT ĐỘNG`` / blank / ``TỔ NGỮ VĂN``): a few
    short lines, no sentence's stop, then the blank and what closes a header: the addressees
    (``Kính gửi``), the rule printed under the subject (``_____``), the enacting authority in
    capitals, or the body's first legal basis or dated sentence (``Ngày 19 tháng 6 năm 2026,
    ...``: a Word file's rule is no text)."""
    if not subject or subject[-1].rstrip().endswith((".", ";", ":")):
        return False
    seen = 0
    for line in lines[index : index + _SET_APART_REACH]:
        flat = squash(line.text)
        if not flat or (seen and _folded_words(flat) in _HANDLING):
            continue  # an urgency mark over Kính gửi (``KHẨN``) is no line of the subject
        if (
            opens_addressees(flat)
            or is_strokes(flat)
            or (is_caps(flat) and _names_authority(flat, header))
            or (seen and (BASIS_OPENING.match(flat.lstrip(_BULLETS)) or _DATED_OPENING.match(flat)))
        ):
            return seen > 0  # the basis may open with a bullet ("- Căn cứ ...")
        seen += 1
        if (
            seen > _SET_APART
            or len(flat) > _SET_APART_WIDTH
            or len(flat) <= _SPECK_LINE  # a seal's speck (``an``), no word of a subject
            # a title in capitals goes on in capitals, never with a signer's office (``CHỦ
            # TỊCH`` / ``NƯỚC ...``: the enacting authority cut in two)
            or (is_caps(flat) and (not is_caps(subject[-1]) or names_office(fold(flat))))
            or flat.endswith((".", ";", ":"))
            or LABEL.match(flat[:MAX_SCAN])
            or PREAMBLE.match(flat)
            or _header_row(flat, placed=header.date is not None)
        ):
            return False
    return False


def _cited_number(text: str, subject: list[str], header: Header | None) -> bool:
    """A subject line that opens with ``số`` in lower case under a subject, once the number
    line is read: the number of an instrument the subject cites, which the line cut from its
    kind name; the number line prints ``Số`` with a capital."""
    return (
        bool(subject)
        and header is not None
        and header.number is not None
        and text.startswith("số ")
        and not subject[-1].rstrip().endswith((".", ";", ":"))
    )


def _abbreviation_alone(text: str) -> bool:
    """A line that is one abbreviation (``GTGT``, ``BHXH``, ``TNCN.``) or a list of them
    (``TTHC, ĐKKD``), nothing else."""
    return all(
        " " not in word and 2 <= len(word) <= _ABBREVIATION and _abbreviation(fold(word))
        for word in text.strip(" \t.,;)").split(", ")
    )


def _bare_number(text: str) -> bool:
    """Whether ``text`` is a document's number alone (``15/2025/NĐ-CP``): in capitals, yet
    no issuer's line; under a subject, the end of a citation the line cut."""
    return NUMBER.fullmatch(text.strip(" .,;:()")) is not None


def _names_authority(text: str, header: Header | None) -> bool:
    """Whether a line in capitals under the subject is the enacting authority's: a title
    and its body (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...``, ``BỘ TRƯỞNG BỘ Y TẾ``), or a
    collective body (``ỦY BAN NHÂN DÂN TỈNH ...``, ``CHÍNH PHỦ``), or the issuer's name."""
    if len(text) > 150:
        return False
    if names_authority(text):
        return True
    if header is None or not header.issuer_lines:
        return False
    return fold(text) == fold(" ".join(name for _, name in header.issuer_lines))


def _open_end(line: str) -> bool:
    """A subject line that stops on a word the next one must complete (``... CỦA``)."""
    return fold(line.rstrip().rpartition(" ")[2]) in _OPEN_WORDS


def _opens_column(cell: str) -> bool:
    """Whether a cell opens the header's right column: the banner or the Party banner in
    capitals, or a header row's number line or place-and-date line with its place (not a
    date a sentence names, ``ngày 01/11/2024 của ...``)."""
    if _banner_words(_folded_words(cell[:MAX_SCAN])):
        return is_caps(cell)
    return _header_row(cell, placed=True)


def _header_row(text: str, *, placed: bool = False) -> bool:
    """A line holding a number line or a whole place-and-date line (with ``placed``, one
    naming its place: a cell ``ngày 25 tháng 5 năm 1979`` may be a sentence's end)."""
    for cell in cells(text):
        number = _NUMBER_LINE.match(cell)
        if number is not None and not number["lead"] and "/" in cell:
            return True
        end = run_on_dateline(cell)  # a date line the next cell runs on after: it holds
        found = find_dateline(cell if end is None else cell[:end])  # its place
        if (
            found is not None
            and not cell[: found.start].strip()
            and (found.place is not None or not placed)
        ):
            return True
    return False


_AT_PLACE = frozenset(["tai", "o"])
"""Words a sentence names a place after (``tổ chức tại Hà Nội, ngày ...``): the date of
an event the subject names, not the header's date line."""


def _dated_run_on(text: str, header: Header) -> list[str] | None:
    """A subject's line with the place-and-date line run on after it, the two columns'
    text joined with a space (OCR: ``Bộ Khoa học và Công nghệ Hà Nội, ngày J tháng 0l năm
    2012``): the subject's part and the date line's, while no date line is read; a place
    named after ``tại`` is an event's, and the line is left whole."""
    if header.date is not None:
        return None
    found = find_dateline(text)
    if found is None or found.place is None or found.start == 0:
        return None
    before = text[: found.start].rstrip()
    if not before or fold(before).rpartition(" ")[2] in _AT_PLACE:
        return None
    return [before, text[found.start :]]


def _fixed(text: str) -> bool:
    """Whether ``text`` is the right column's fixed line, never a subject's: the banner or
    the Party banner in capitals (the phrase in a sentence is in lower case: ``... nước
    Cộng hòa xã hội chủ nghĩa Việt Nam ...``), or the motto."""
    words = _folded_words(text[:MAX_SCAN])
    if _banner_words(words):
        return is_caps(text)
    return _motto_words(words)


def _squeezed_banner(cell: str, words: str) -> int:
    """How many of ``cell``'s words hold the banner printed with spaces lost between its
    words (``CỘNG HÒA XÃ HỘI CHỦ NGHĨAVIỆTNAM``, a web page's export); 0 when it holds no
    such banner."""
    if words.startswith(STATE_BANNER) or not words.replace(" ", "").startswith(_BANNER_LETTERS):
        return 0
    parts = cell.split()
    read = 0
    for at, part in enumerate(parts, 1):
        read += len(_folded_words(part).replace(" ", ""))
        if read >= len(_BANNER_LETTERS):
            whole = read == len(_BANNER_LETTERS) and is_caps(" ".join(parts[:at]))
            return at if whole else 0
    return 0


def _caps_slipped(text: str) -> bool:
    """Whether ``text`` is a line in capitals but for one word's first letter, which a
    character style set in capitals left as typed (``ĐẢNG ỦY ĐẠI HỌC ĐÀ nẴNG``)."""
    words = text.split()
    slipped = [word for word in words if not word.isupper() and any(map(str.isalpha, word))]
    return (
        len(slipped) == 1
        and len(words) >= 3
        and slipped[0].isalpha()
        and slipped[0][:1].islower()
        and slipped[0][1:].isupper()
        and len(slipped[0]) > 2
    )


def _banner_wrap(cell: str, header: Header) -> bool:
    """Whether a cell right of another, once the banner is read, holds the banner's last
    word or two, which its column wrapped (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT`` / ``NAM``)."""
    words = _folded_words(cell)
    return (
        header.state_banner
        and is_caps(cell)
        and 0 < len(words.split()) <= _TAIL_WORDS
        and STATE_BANNER.endswith(f" {words}")
    )


def _banner_words(words: str) -> bool:
    """Whether a line's folded words are the banner's or the Party banner's."""
    return words.startswith(STATE_BANNER) or words == PARTY_BANNER


def _motto_words(words: str) -> bool:
    """Whether a line's folded words hold the motto's, specks around them at most."""
    return len(words) < _MOTTO_SIZE and all(word in words for word in MOTTO_WORDS)


def _damaged_mark(cell: str, words: str) -> str | None:
    """The urgency mark a scan damaged in a cell of its own, in capitals (``[HA TỐC`` for
    ``HỎA TỐC``): as many words, the letters one edit off, for a mark long enough that one
    edit makes no other word (not ``KHẨN``).  Secrecy marks are left: one edit makes
    ``TỐI MẬT`` of a record's ``NƠI MẤT``."""
    found = letters(words)
    if not found or len(found) > _LONGEST_MARK or not is_caps(cell):
        return None
    count = words.count(" ")
    for key, wanted in _URGENCY_LETTERS.items():
        if key.count(" ") == count and allowed_edits(wanted) and distance(found, wanted, 1) <= 1:
            return key
    return None


_URGENCY_LETTERS = {
    fold(printed): letters(printed)
    for mark, printed in HANDLING_MARKS.items()
    if isinstance(mark, Urgency)
}
_LONGEST_MARK = max(map(len, _URGENCY_LETTERS.values())) + 1


def _classify(
    cell: str,
    line: int,
    header: Header,
    marks: dict[str, Urgency | Secrecy | Circulation],
    diagnostics: Diagnostics,
    kinds: KindRegistry,
) -> str:
    """Read one header cell into ``header``; say what it was."""
    cell = squash(cell)
    words = _folded_words(cell[:MAX_SCAN])
    printed = header.printed
    squeezed = _squeezed_banner(cell, words)
    if words.startswith(STATE_BANNER) or squeezed:
        header.state_banner = True
        # as printed, in fewer words when its spaces were lost
        banner, motto = split_banner(cell, squeezed) if squeezed else split_banner(cell)
        printed.setdefault("banner", banner)
        if motto is not None:
            printed.setdefault("motto", motto)
        return "banner"
    if header.state_banner and len(words) <= _BANNER_REST and words.endswith(_BANNER_TAIL):
        return "banner"  # the banner's last words on a line of their own, OCR specks before
    if words == PARTY_BANNER:
        if not header.party_banner:
            header.party_banner, header.party_banner_line = True, (line, cell)
            printed.setdefault("banner", strip_decoration(cell))
            return "banner"
        first = header.party_banner_line
        if header.issuer_lines and first is not None and header.issuer_lines[0][0] > first[0]:
            # the issuer column read first (a page's cells in order): the first one stood
            # over the body's name, its parent; this one is the banner's column
            header.issuer_lines.insert(0, first)
            header.party_banner_line = (line, cell)
            return "banner"
        header.issuer_lines.append((line, cell))  # printed again: the parent line of a
        return "issuer"  # central Party body, under the banner
    if _motto_words(words):
        motto = find_motto(cell)
        if motto is not None:
            printed.setdefault("motto", motto)
        return "banner"
    mark_words = words if words in marks else _damaged_mark(cell, words)
    if mark_words is not None:
        mark = marks[mark_words]
        if mark_words != words:
            printed_mark = HANDLING_MARKS[mark]
            diagnostics.info(line, "ocr-repaired", f"{cell!r} read as {printed_mark!r}")
        if isinstance(mark, Urgency):
            header.urgency = mark
            printed.setdefault("urgency", cell)
        elif isinstance(mark, Secrecy):
            header.secrecy = mark
            printed.setdefault("secrecy", cell)
        else:
            header.circulation = mark
            printed.setdefault("circulation", cell)
        return "mark"
    if DRAFT_MARK.fullmatch(words):
        diagnostics.info(line, "draft-mark", f"{cell!r}: a draft's mark, not the header's text")
        return "mark"
    if _names_instrument(cell, line, header, kinds):
        number, name = header.issuer_lines[-1]  # "ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH" / "SỐ 12/QĐ-SCT":
        header.issuer_lines[-1] = (number, f"{name} {cell}")  # the body's name holds a number
        return "issuer"
    if _read_number(cell, line, header, diagnostics, kinds):
        printed.setdefault("number", cell)
        return "number"
    if _read_dateline(cell, line, header, diagnostics):
        printed.setdefault("date", strip_decoration(cell))
        return "date"
    if _SUBJECT_START.match(cell) and header.subject is None:
        return "subject"
    if cell.startswith("(") and cell.endswith(")") and _SUBJECT_START.match(cell, 1):
        header.subject_rest = cell[1:-1].strip()  # "(Về việc ...)" under a long title
        return "subject"
    kind = _kind_line(cell, kinds) if header.kind is None and cell[:1].isupper() else None
    if kind is not None:
        header.kind, header.kind_line = kind, line
        rest = cell[len(kind.name) :].strip()
        about = _issuer_about(rest)
        if about is not None:
            _title_issuer(about["of"], header)
            header.subject_rest = about["subject"]
            return "subject"
        if rest and _OF_ISSUER.fullmatch(rest):
            return _title_issuer(rest, header)
        if rest and " " not in rest and is_caps(rest):
            return "kind"  # "GIẤY MỜI HỌP", "BÁO CÁO NHANH": a word of the title, no subject
        if rest:
            header.subject_rest = rest  # the subject printed on the title's line
            return "subject"
        return "kind"
    if words in _UNION_BANNERS and not header.union_banner:
        header.union_banner = True  # printed twice, it is also the issuer's name's middle
        return "banner"  # the Youth Union's banner over its documents, no issuer of them
    if BOOKLET_MONTH.fullmatch(cell):
        diagnostics.info(line, "line-skipped", f"{cell!r}: a month, no body's name")
        return "mark"  # a cover's month, its header not under it: no issuer line
    if header.number is not None and _APPROVAL.fullmatch(words):
        diagnostics.info(line, "approval-box", f"{cell!r}: an approver's box, not the header's")
        return "mark"
    name = _unspecked(_SPECK_TAIL.sub("", cell)) if header.kind is None else cell
    if is_caps(cell) or is_caps(name) or _caps_slipped(name):
        if header.kind is not None:
            of = _OF_ISSUER.fullmatch(cell)
            if of is not None and header.issuer_from_title is None:
                return _title_issuer(cell, header)
            return "other"
        organ = _enacts(cell, header)
        if organ is not None and header.issuer_lines:
            header.authority = header.authority or organ
            diagnostics.info(line, "line-skipped", f"{cell[:60]!r}: who enacts it, no issuer")
            return "mark"
        if organ is not None:
            header.issuer_lines.append((line, organ))
            diagnostics.info(
                line,
                "issuer-from-authority",
                f"no issuer line above the number: the issuer is the body of who enacts it"
                f" ({organ[:60]!r})",
            )
            return "issuer"
        if (
            2 <= len(name) <= 120
            and not _bare_number(name)
            and not is_strokes(cell)
            and not _seal_fragment(name, header)
        ):
            # a bare number, seal strokes name no body; specks around the name are none of
            # it (``" ỦY BAN NHÂN DÂN``, ``. TRƯỜNG ĐẠI HỌC``, ``HỘI NÔNG DÂN _``, a stamp's
            # digits after it: ``LIÊN ĐOÀN LAO ĐỘNG l 3 ` 5 ```)
            header.issuer_lines.append((line, name))
            return "issuer"
    elif cell.isascii() and _left_issuer(cell, header):
        header.issuer_lines.append((line, cell))
        diagnostics.info(
            line,
            "issuer-damaged",
            f"{cell[:60]!r}, capitals but for letters a legacy OCR layer misread, read as an "
            "issuer line",
        )
        return "issuer"
    return "other"


def _seal_fragment(name: str, header: Header) -> bool:
    """Whether a few characters in capitals under an issuer line hold a sign no name prints
    (``IS]``, ``A|``): a seal's fragment OCR read, not a body's name nor its rest."""
    return (
        bool(header.issuer_lines)
        and len(name) <= _SPECKS_ROW
        and any(char in _FRAGMENT_SIGNS for char in name)
    )


_FRAGMENT_SIGNS = frozenset(STROKE_SIGNS + "[]")


def _unspecked(cell: str) -> str:
    """``cell`` without the specks a seal or the page's edge left around a body's name:
    the characters :data:`_ISSUER_SPECKS` and the words at either end that hold no letter
    of Vietnamese nor digit (``: _ UBND TỈNH ... š``, ``SỞ Y TẾ ¬``); a joiner at either
    end (``-``, ``&``) is the name's, wrapped from the line above or on to the next."""
    words = cell.strip(_ISSUER_SPECKS).split()
    while words and _speck(words[0]):
        words.pop(0)
    while words and _speck(words[-1]):
        words.pop()
    return " ".join(words).strip(_ISSUER_SPECKS)


_NAME_JOINERS = frozenset(["-", "–", "&"])


def _speck(word: str) -> bool:
    return word not in _NAME_JOINERS and not any(
        char.isdigit() or (char.isalpha() and not _foreign_letter(char)) for char in word
    )


def _enacts(cell: str, header: Header) -> str | None:
    """The body of the enacting authority a line in capitals under the number and date
    names, no kind line read (``BỘ TRƯỞNG BỘ ...`` over a licence's legal basis): a title
    and its body; ``None`` if it is none."""
    if not header.number_line and header.date is None:
        return None
    return authority_organ(cell)


def _names_instrument(cell: str, line: int, header: Header, kinds: KindRegistry) -> bool:
    """Whether ``cell`` (``SỐ 1050/QĐ-SCT``, in capitals, no colon) ends an issuer line just
    above that ends with a kind name (``THEO QUYẾT ĐỊNH``): a body named after the
    instrument that set it up (an inspection team), not the document's number line."""
    if not cell.startswith("SỐ ") or not header.issuer_lines or header.number_line:
        return False
    number, name = header.issuer_lines[-1]
    return line - number <= _NAMED_REACH and any(
        kind.end() == len(name) and name[kind.start() - 1 : kind.start()] in ("", " ")
        for kind in kind_name_pattern(kinds=kinds).finditer(name)
    )


def _title_issuer(text: str, header: Header) -> str:
    of = _OF_ISSUER.fullmatch(text)
    if of is not None:
        header.issuer_from_title = of["issuer"].strip()
    return "title"


def _kind_line(cell: str, kinds: KindRegistry) -> DocumentKind | None:
    """The kind a title line in capitals names (``CHỈ THỊ``, ``QUYẾT ĐỊNH VỀ ...``)."""
    match = kind_name_pattern(kinds=kinds).match(cell)
    if match is None:
        match = kind_name_pattern(kinds=kinds).fullmatch(cell[: _glued_at(cell)])
        if match is None:
            return None
    kind = kinds.find(match.group(0))
    if kind is None:
        return None
    rest = cell[match.end() :].strip()
    if not rest:
        return kind if is_caps(cell) else None
    if not match.group(0).isupper() or not any(char.isalpha() for char in rest):
        return None
    if _issuer_about(rest) is not None:
        return kind  # "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về ...": who issues it, then the subject
    if rest.startswith(("VỀ", "CỦA", "V/V")) or rest.split()[0] in ("NĂM", "THỰC"):
        return kind if is_caps(cell) else None
    # a title and its subject on one line ("QUYẾT ĐỊNH BAN HÀNH ...", "KẾ HOẠCH Thực hiện
    # ..."): a name of two words or more opens no body's name
    return kind if " " in kind.name else None


def _issuer_about(rest: str) -> re.Match[str] | None:
    """``rest`` of a title line as its issuer in capitals, then its subject (``CỦA BỘ CHÍNH
    TRỊ`` / ``về ...``); ``None`` if it is not."""
    about = _OF_ISSUER_ABOUT.fullmatch(rest)
    return about if about is not None and is_caps(about["of"]) else None


def _glued_at(cell: str) -> int:
    """Where a title in capitals meets the subject glued to it, the paragraph break lost in
    a paste (``KẾ HOẠCHPhân công ...``): the capital that a lower-case letter follows; 0 when
    there is none."""
    for at in range(1, len(cell) - 1):
        if cell[at].isupper() and cell[at + 1].islower():
            return at if cell[at - 1].isupper() and is_caps(cell[:at]) else 0
    return 0


def vv_kind(kinds: KindRegistry) -> DocumentKind | None:
    """The kind a ``V/v`` subject names: công văn, if ``kinds`` has it."""
    try:
        return kinds.get("cong-van")
    except UnknownKindError:
        return None
