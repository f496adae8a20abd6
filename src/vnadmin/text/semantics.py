"""What a task asks: who acts and in which role, by when, how often, with what attached.

Roles come from the phrases of administrative Vietnamese: ``X chủ trì`` (lead), ``phối hợp
với Y`` (cooperate), ``báo cáo ... gửi Z`` (report to), ``Giao X tham mưu`` (advise),
``đề nghị X ...``, ``yêu cầu X ...`` or a task that opens with its actor (``Các cơ quan
truyền thông tăng cường ...``) (execute).  An actor phrase ends before the first verb of
what it is asked to do.  Deadlines and recurrences are searched with the grammar's
:data:`~vnadmin.grammar.deadlines.DEADLINE` and :data:`~vnadmin.grammar.deadlines.RECURRENCE`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.deadlines import (
    DEADLINE,
    RECURRENCE,
    deadline_from_match,
    parse_deadline_cell,
    recurrence_from_match,
    sets_a_time,
)
from vnadmin.model import Assignment, DateDeadline, Deadline, Frequency, Role
from vnadmin.normalize import fold
from vnadmin.text.lines import lowered, lowered_piece, word_starts
from vnadmin.text.vocabulary import ACTOR_HEADS, DETERMINERS, PERSON_INITIAL, PLACE_WORDS, VERBS

__all__ = [
    "ASK",
    "TaskMeaning",
    "actor_phrase",
    "asked_actors",
    "directs_someone",
    "gives_order",
    "is_actor",
    "read_meaning",
    "sentences",
    "split_actors",
]

_MAX_TEXT = 20_000
_WHEN_NEXT = ("sáng", "chiều", "tối", "trưa", "buổi", "lúc", "thứ", "chủ", *"0123456789")
"""How a time of day, a part of day or a weekday before a deadline's day starts."""
_DEADLINE_NEXT = {
    "trước": ("ngày", "hoặc", *_WHEN_NEXT),
    "chậm": ("nhất",),
    "không": ("muộn", "quá"),
    "vào": ("ngày", *_WHEN_NEXT),
    "bắt": ("đầu",),
    "trong": ("ngày", "quý", "quí", "tháng", "năm", "thời", "vòng", "sáu", *"0123456789"),
    "quý": ("i", "v", *"1234"),
    "quí": ("i", "v", *"1234"),
    "6": ("tháng",),
    "sáu": ("tháng",),
    "sau": ("khi", *"0123456789"),
    "đến": ("hết", "ngày", *_WHEN_NEXT),
    "hạn": ("cuối", "chót"),
    "hết": ("ngày", *_WHEN_NEXT),
    "từ": ("ngày", *"0123456789"),
}
"""Words a :data:`DEADLINE` phrase can start with, and how the next word starts (in lower
case): the grammar is tried only where both fit."""

_UNITS = ("ngày", "tuần", "tháng", "quý", "năm")
_RECURRENCE_NEXT = {"định": ("kỳ",), "hằng": _UNITS, "hàng": _UNITS, "mỗi": _UNITS}
"""Words a :data:`RECURRENCE` phrase starts with, and how the next word starts."""
_MAX_ACTOR_WORDS = 60  # a Prime Minister's dispatch lists some fifty words of heads
_MAX_CHARGED_WORDS = 100
"""How many words the actors charged with a text may have: a province's executing article
lists some seventy words of heads before ``chịu trách nhiệm thi hành``, a ministry's some
eighty-five."""
_SENTENCE_END = re.compile(r"[.!?…](?:(?<=\.)/\.)?(?=\s+[^\W\d_]|[^\W\d_]|$)")
"""A sentence's end (``./.`` too).  A pattern searched over running text opens with one set
of characters, not with alternatives that open differently (a dot, a set): the regex engine
then skips to where it can match instead of trying at every character (twice as fast here)."""
_LIST_BREAK = re.compile(r"[, \t](?:(?<=,)[ \t]+|(?<=[ \t])[ \t]*(?:và|cùng)[ \t]+)")  # , và cùng
_NEW_GROUP = ("các ", "những ", "mọi ", "thủ trưởng ", "lãnh đạo ", "người đứng đầu ")
_UNIT_NOUNS = (
    "doanh nghiệp",
    "địa phương",
    "thành phố",
    "thành ủy",
    "thành uỷ",
    "huyện ủy",
    "huyện uỷ",
    "tỉnh ủy",
    "tỉnh uỷ",
    "đảng uỷ",
    "quận ủy",
    "đoàn thể",
    "thị trấn",
    "đặc khu",
    "đảng ủy",
    "đảng bộ",
    "thị ủy",
    "cơ quan",
    "tổ chức",
    "đơn vị",
    "chi bộ",
    "thị xã",
    "phường",
    "trường",
    "huyện",
    "ngành",
    "phòng",
    "quận",
    "ban",
    "hội",
    "sở",
    "xã",
    "thị",
)
"""Unit nouns (lower case, longest first) that list kinds of one group after a comma;
``thị`` alone, after the ``thị ...`` units, is a thị xã (``UBND huyện, thị, thành phố``)."""
_UNITS_AFTER = tuple(unit + " " for unit in _UNIT_NOUNS)
"""A unit noun opening what follows another (``ngành địa phương``): two units of one list
whose comma was left out."""
_UNITS_BY_FIRST: dict[str, tuple[tuple[str, str], ...]] = {
    first: tuple((unit, unit + " ") for unit in _UNIT_NOUNS if unit[0] == first)
    for first in {unit[0] for unit in _UNIT_NOUNS}
}
"""The unit nouns (and each with its space) by first letter, in their order: only those
can open a text, and a test of all thirty-two at each break of a list was most of
:func:`split_actors`."""
_FRAGMENT_END = re.compile(r",| và | cùng ")
"""Where the first entry of what follows a list's break ends (``xã và đặc khu``)."""
_BODY_NOUNS = (
    *_UNIT_NOUNS,
    "bộ",
    "cấp",
    "cá nhân",
    "chủ đầu tư",
    "cơ sở",
    "khoa",
    "đồng chí",
    "thành viên",
    "ủy ban",
    "uỷ ban",
    "ubnd",
    "trung tâm",
    "cán bộ",
    "lực lượng",
    "bên",
    "hộ",
    "tổ",
    "nhà trường",
    "người",
    "tập đoàn",
    "tổng công ty",
    "công ty",
    "nhóm",
    "chủ rừng",
    "ông ",
    "tỉnh ",
    "tỉnh,",
)
"""What a plural names when it names bodies or people who act (``các sở``, ``các cấp ủy``)."""
_QUALIFIERS = (
    "của ",
    "ngang ",
    "khác có liên quan",
    "khác liên quan",
    "tỉnh ",
    "thành phố ",
    "huyện ",
    "quận ",
    "thị xã ",
    "trung ương ",
    "cấp ",
    "trong ",
    "trên ",
    "thuộc ",
    "trực thuộc ",
    "thành viên ",
    "tại ",
    "liên quan",
    "có liên quan",
    "ở ",
)
_RECURRING = rf"{RECURRENCE.pattern}|định[ \t]+kỳ"
"""A recurrence (the grammar's :data:`RECURRENCE`) or ``định kỳ`` alone, without regard to
case."""
_ADVERBIAL = re.compile(
    rf"(?:Theo[ \t]+đó|Đồng[ \t]+thời|Bên[ \t]+cạnh[ \t]+đó|Ngoài[ \t]+ra|Trong[ \t]+đó"
    rf"|{_RECURRING})(?:[ \t]*\([^()\n]{{1,40}}\))?[ \t]*,?[ \t]*",
    re.IGNORECASE,
)
"""Words that open a clause before its actor: linking adverbs, a recurrence (the
grammar's :data:`RECURRENCE`)."""
_OPENING_CLAUSE = re.compile(
    r"(?:Trên[ \t]+cơ[ \t]+sở|Căn[ \t]+cứ|Sau[ \t]+khi|Trước[ \t]+khi|Để|Nhằm|Đối[ \t]+với"
    r"|Trường[ \t]+hợp|Khi|Trong[ \t]+quá[ \t]+trình|Trong[ \t]+thời[ \t]+gian|Qua|Kể[ \t]+từ|Từ|Với"
    r"|Trước[ \t]+ngày|Chậm[ \t]+nhất|Kết[ \t]+thúc|Trong[ \t]+(?:năm|quý|tháng|tuần))"
    r"(?![^\W\d_])"
)
"""How a clause that sets the scene before the actor opens (``Trên cơ sở đó, Bộ Tư pháp
...``), or says first by when (``Trước ngày 15/10/2025, Sở Y tế báo cáo ...``)."""
_SCENE = 250
"""How far into a sentence (characters) the scene-setting clause may run."""
_HANDS = re.compile(  # giao, đề nghị, yêu cầu as words; their first letters first
    r"[gđy](?<![^\W\d_][gđy])(?:(?<=g)iao|(?<=đ)ề nghị|(?<=y)êu cầu)(?: cho)? "
)
_BRIEFING = re.compile(r"giao[ \t]+ban(?![^\W\d_])(?![ \t]+[A-ZĐ])")
"""``giao ban`` in lower case, no name after it: a briefing meeting (``họp giao ban``,
``hội nghị giao ban``), not work handed to a board."""
_ACTOR_REACH = 160
"""How far after its start an actor that hands work on (``Chủ tịch UBND tỉnh giao``) may
name the one it hands it to."""
_MATTER_REACH = 600
"""How long the matter a conclusion is about may run before its colon: a proposal it
answers is quoted whole (``Về đề nghị các bộ, ngành quan tâm sớm rà soát, ...: ...``)."""
_LABELLED_CLAUSE = re.compile(
    rf"(?:(?P<matter>(?:Về|Đối[ \t]+với)[ \t][^:\n]{{0,{_MATTER_REACH}}}?)"
    r"|[^\W\d_][^:\n]{0,60}?):[ \t]*(?=\S)"
)
"""A clause after a heading of its own (``Thời hạn nộp hồ sơ: Các đơn vị ...``), or after
the matter a conclusion is about, which may run long (``Về dự án nạo vét luồng ... tại
Khu kinh tế ...: Bộ Xây dựng ...``)."""
_MEMBERS = re.compile(r"(?:[Cc]ác|[Nn]hững)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?:[ \t]")
"""A plural that lists its members after a colon (``Các Bộ: Công Thương, Tài chính``)."""
_MEMBERS_AT = re.compile(r"(?:[Cc]ác|[Nn]hững)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?:[ \t]$")
"""The same plural ending just before a colon's space."""
_QUALIFIERS_OF_ACTORS = re.compile(
    r"[ \t](?:theo|căn[ \t]+cứ|trong[ \t]+(?:phạm[ \t]+vi|thời[ \t]+(?:gian|hạn))|với[ \t]+vai[ \t]+trò)"
    r"(?![^\W\d_])"
)
"""What qualifies an actor without naming it (``Sở Tài chính theo chức năng, nhiệm vụ``,
``Cục Tổ chức cán bộ trong thời gian 20 ngày ...``)."""
_PHRASES = re.compile(
    "ch[ủu] tr[ìi]|giao|đề nghị|yêu cầu|do |ph[ốôo]i h[ợơo]p|tham mưu|báo cáo|gửi|thông qua"
    "|làm việc|ủy quyền|uỷ quyền"
)
"""Role phrases, searched in squashed lower-case text (``phôi hợp``, ``chu trì``: as scans
print them too).  A plain alternation (no groups) so that the regex engine can skip
ahead by first character; what follows each phrase is checked with the small anchored
patterns below."""
_ROLE_OF_PHRASE = {
    "giao": "give",
    "ủy quyền": "give",
    "uỷ quyền": "give",
    "đề nghị": "ask",
    "yêu cầu": "ask",
    "do ": "anchor",
    "tham mưu": "advise",
    "báo cáo": "report",
    "gửi": "send",
    "thông qua": "channel",
    "làm việc": "with",
}
_AFTER = {
    "lead": re.compile(r"(?![^\W\d_])"),
    "give": re.compile(r"(?: cho)? "),
    "ask": re.compile(" "),
    "anchor": re.compile(""),
    "cooperate": re.compile(r" (?:chặt chẽ )?(?:(?:với|cùng) )?"),
    "channel": re.compile(" "),
    "with": re.compile(r" trực tiếp với "),
    "advise": re.compile(r"(?![^\W\d_])"),
    "report": re.compile(r"(?![^\W\d_])"),
    "send": re.compile(r" (?:(?:về|cho|đến|tới) )*"),
}
"""What follows each kind of role phrase.  ``làm việc trực tiếp với Y`` shares the work
with Y; ``làm việc với Y`` meets Y (the inspection team, the associations a department
manages): Y does not cooperate."""


class _Phrase:
    """A role phrase found in a sentence: its role word, start and end (after its tail)."""

    __slots__ = ("end", "kind", "start")

    def __init__(self, kind: str, start: int, end: int) -> None:
        self.kind = kind
        self.start = start
        self.end = end


_ASKED_AS_NOUN = re.compile(
    r"(?<![^\W\d_])(?:theo|đơn|văn bản|công văn|tờ trình|phiếu trình)[ \t]+$"
)
"""What makes the ask after it a noun: ``theo đề nghị`` (as proposed), or a paper that
carries a request (``đơn đề nghị``, ``có văn bản đề nghị Bộ Tài chính``): whom it asks,
its sender asks, not the instrument."""


_DELEGATED = re.compile(r"(?<![^\W\d_])(?:luật|nghị định|pháp lệnh)[ \t]+$")
"""A law or decree right before ``giao``: the work it delegates, quoted, not handed on by
the text that quotes it.  Not a law by its name (``Luật Đất đai giao``): ``pháp luật của
nhà đầu tư ủy quyền``, ``Luật Đất đai chuyển giao cho ...`` hand work on all the same."""


def _phrases(low: str) -> list[_Phrase]:
    found = []
    for match in _PHRASES.finditer(low):
        start = match.start()
        if start and low[start - 1].isalnum():
            continue
        word = match.group(0)
        kind = _ROLE_OF_PHRASE.get(word) or ("lead" if word[0] == "c" else "cooperate")
        tail = _AFTER[kind].match(low, match.end())
        if tail is None:
            continue
        if kind == "give" and _DELEGATED.search(low, max(0, start - 14), start) is not None:
            continue  # "luật giao Chính phủ quy định": what a law delegates, no order here
        if kind == "ask" and (
            low.startswith("của", tail.end())
            or _ASKED_AS_NOUN.search(low, max(0, start - 12), start) is not None
        ):
            continue  # "theo đề nghị của địa phương", "có văn bản đề nghị Bộ ...": a noun
        found.append(_Phrase(kind, start, tail.end()))
        partner = _LEAD_WITH.match(low, tail.end()) if kind == "lead" else None
        if partner is not None:  # "Bộ Tài chính chủ trì cùng Bộ Xây dựng ..."
            found.append(_Phrase("cooperate", tail.end(), partner.end()))
    return found


_LEAD_REACH = 12
"""How far after a sentence's opening actor its ``chủ trì`` may stand, a verb between
(``Bộ trưởng Bộ Nội vụ chỉ đạo chủ trì``)."""
_LEAD_WITH = re.compile(r" (?:cùng|với)(?! vai trò) ")
"""A lead that names its partners without ``phối hợp`` (``chủ trì cùng Bộ Xây dựng``)."""
_REPORT_TO_HEADS = re.compile(
    r"(?:UBND|Ủy ban|Uỷ ban|Thường trực|Ban Thường vụ|Chủ tịch|Thủ tướng|Bộ|Sở|Tỉnh ủy"
    r"|Thành ủy|Huyện ủy|Chính phủ|Quốc hội|Ban Chỉ đạo)(?![^\W\d_])"
)
_ACTOR_END = re.compile(  # punctuation, or a space before a word that ends the actor
    r"[.;:()\n ](?:(?<! )|(?:để|trước|chậm nhất|trong(?! tỉnh| huyện| thành phố| xã| địa bàn)"
    r"|theo|qua|bằng|kèm|giúp(?! việc)|đồng thời|(?:về )?(?:kết quả|tình hình))(?![^\W\d_]))"
)
"""Where an actor named after a preposition ends (``trong tỉnh`` still qualifies it; ``phối
hợp với các Bộ giúp Chính phủ``: whom they help is no partner, ``Tổ giúp việc`` a name;
``phối hợp với các đơn vị đồng thời rà soát``, ``báo cáo UBND tỉnh kết quả``: an adverb,
what is reported)."""
_WINDOW = 640
"""How far from its start (characters) an actor phrase's verb is looked for: past the
longest list of heads charged with executing a text (:data:`_MAX_CHARGED_WORDS`)."""
_ATTACHMENT_WORDS = frozenset(["đính kèm", "kèm theo"])
_ROLE_ORDER = {Role.EXECUTE: 0, Role.LEAD: 1, Role.ADVISE: 2, Role.COOPERATE: 3, Role.REPORT_TO: 4}


@attrs.frozen
class TaskMeaning:
    """What :func:`read_meaning` found in one task's own text."""

    assignments: tuple[Assignment, ...]
    deadline: Deadline | None
    other_deadlines: int
    recurrence: Frequency | None
    attachment_notes: tuple[str, ...]
    past_dates: int = 0
    """Date phrases long before the instrument's date, not read as deadlines."""


def sentences(text: str) -> list[tuple[int, str]]:
    """Split running text into sentences with their offsets (glued ``.X`` included)."""
    found: list[tuple[int, str]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        piece = text[start : match.end()]
        if piece.strip():
            found.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
        start = match.end()
    if text[start:].strip():
        piece = text[start:]
        found.append((start + len(piece) - len(piece.lstrip()), piece.strip()))
    return found


def split_actors(text: str) -> list[str]:
    """Split a list of addressees or actors into entries.

    ``;`` always separates.  ``và`` separates when what follows starts a new name: the
    head of one (``Chánh Thanh tra``, ``Sở ...``, ``UBND ...``) or a plural determiner
    (``các ...``); other capitals go on a name (``Sở Giáo dục và Đào tạo``).  A comma
    separates too, except before a bare unit noun that lists another kind of the same
    group (``các sở, ban, ngành``; ``các huyện, thị xã, thành phố trong tỉnh``), possibly
    with a qualifier for the whole list (``cấp tỉnh``), and before a place qualifier
    (``..., tỉnh Sóc Trăng``).
    """
    entries: list[str] = []
    for part in text.split(";"):
        part = part.strip(" \t.,;:-–")
        if not part:
            continue
        start = 0
        counted, open_parens = 0, 0  # "(" less ")" in part[start:counted], counted once
        for match in _LIST_BREAK.finditer(part):
            at = match.start()
            open_parens += part.count("(", counted, at) - part.count(")", counted, at)
            counted = at
            if open_parens > 0:
                continue  # "Công an tỉnh (Phòng Cảnh sát ..., kinh tế)": inside the name
            following = part[match.end() : match.end() + 60]
            comma = match.group(0).startswith(",")
            if (
                _separates(following, comma=comma) or _new_kind(part[start:at], following)
            ) and not _joint_office(part[start:at], following):
                piece = part[start:at].strip(" \t.,;:")
                if piece:
                    entries.append(piece)
                start = counted = match.end()
                open_parens = 0
        piece = part[start:].strip(" \t.,;:")
        if piece:
            entries.append(piece)
    return [" ".join(entry.split()) for entry in entries if entry.strip(" \t\n.,;:")]


_RELATED = re.compile(r"[^;]{0,40}?(?<![^\W\d_])(?:có[ \t]+)?liên[ \t]+quan(?![^\W\d_])")
"""A group of units named by how they relate to the task (``cơ quan, địa phương liên
quan``), the entry a list of named bodies often closes with."""
_CLOSING_QUALIFIERS = ("trực thuộc trung ương", "có liên quan")
"""Qualifiers that close a group of units (``các tỉnh, thành phố trực thuộc trung ương``):
a unit noun after them opens another group."""
_QUALIFIER_SPAN = max(map(len, _CLOSING_QUALIFIERS))
_NAME_SPAN = 200
"""How much of an entry is read to tell a body named by its own name: longer than any body's
name, so that a list run on for pages is not read again at each of its commas."""


_JOINT_OFFICE = re.compile(
    r"Văn[ \t]+phòng[ \t]+(?:Đoàn[ \t]+ĐBQH|HĐND|Hội[ \t]+đồng[ \t]+nhân[ \t]+dân)"
)
_JOINT_OFFICE_OF = re.compile(
    r"UBND|Ủy[ \t]+ban[ \t]+nhân[ \t]+dân|Uỷ[ \t]+ban[ \t]+nhân[ \t]+dân|HĐND"
)


def _joint_office(before: str, following: str) -> bool:
    """Whether ``và`` or a comma joins the bodies one office serves (``Văn phòng HĐND và
    UBND``, ``Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh``): one name, not two entries."""
    return _JOINT_OFFICE.match(before.strip()) is not None and (
        _JOINT_OFFICE_OF.match(following) is not None
    )


def _new_kind(before: str, following: str) -> bool:
    """Whether a unit noun after ``và`` or a comma opens an entry of its own, though it
    would go on a group of units after another unit noun: after a body named by its own
    name (``Sở Tài chính và cơ quan, địa phương liên quan``), the related units it works
    with; after a group its qualifier closed (``..., thành phố trực thuộc trung ương, cơ
    quan, tổ chức khác có liên quan``)."""
    key = following.lower()
    if fold(key.split(" ", 1)[0]) in PLACE_WORDS:
        return False  # "Giám đốc Công an tỉnh, thành phố": the places of one head
    if not any(
        key.startswith(unit) and not key[len(unit) : len(unit) + 1].isalpha()
        for unit, _ in _UNITS_BY_FIRST.get(key[:1], ())
    ):
        return False
    # ``before`` grows while a list is not split: only its tail and its head are read, so
    # a long unsplit list costs linear time, not the square of its length
    if before.rstrip()[-_QUALIFIER_SPAN:].lower().endswith(_CLOSING_QUALIFIERS):
        return True
    if _RELATED.match(key) is None:
        return False
    words = before[:_NAME_SPAN].split()
    named = words[:1] != [] and words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:])
    return named and "các" not in (word.lower() for word in words)


_LEVELS = frozenset(["cap", "tuyen"])
"""Words of a level (``cấp``, ``tuyến``) before a place word: a qualifier after a comma."""
_NAME_GOES_ON = ("giúp việc", "chữa bệnh")
"""Words after a comma inside one name: ``cơ quan tham mưu, giúp việc``, ``cơ sở khám
bệnh, chữa bệnh``."""


def _separates(following: str, *, comma: bool) -> bool:
    if following[:1].isupper():
        # a new name opens with the head of one (Chánh, Sở, UBND, ...); other capitals
        # go on a name (Sở Giáo dục và Đào tạo, Phòng Nông nghiệp và Phát triển nông thôn)
        return (
            ACTOR_HEADS.match(following) is not None or PERSON_INITIAL.match(following) is not None
        )
    key = following.lower()
    if key.startswith(_NEW_GROUP):
        return True
    if not comma or key.startswith(_NAME_GOES_ON):
        return False
    words = following.split()
    if len(words) >= 2 and fold(words[0]) in PLACE_WORDS and words[-1][:1].isupper():
        return False  # "..., tỉnh Sóc Trăng" qualifies the entry before it
    if len(words) >= 2 and fold(words[0]) in _LEVELS and fold(words[1]) in PLACE_WORDS:
        return False  # "các đơn vị tuyến tỉnh, tuyến huyện": one group at two levels
    fragment = _FRAGMENT_END.split(key, maxsplit=1)[0].strip()  # "xã và đặc khu": one list
    for unit, spaced in _UNITS_BY_FIRST.get(fragment[:1], ()):
        if fragment == unit:
            return False
        if fragment.startswith(spaced):
            rest = fragment[len(unit) + 1 :] + " "
            # "ngành địa phương liên quan": two units of one list, the comma left out
            return not rest.startswith(_QUALIFIERS) and not rest.startswith(_UNITS_AFTER)
    return True


_NAMING_HEADS = (
    "ban",
    "cơ quan",
    "tổ",
    "đoàn",
    "hội đồng",
    "bộ phận",
    "bộ môn",
    "lực lượng",
    "ban chỉ đạo",
    "bcđ",
)


def _after_naming_head(low: str, at: int) -> bool:
    """Whether a word of :data:`_NAMING_HEADS` ends ``low`` just before ``at`` (its space
    between): the word at ``at`` goes on its name (``Ban chỉ đạo``, ``Hội đồng Phối hợp``;
    after a steering committee, what it steers: ``BCĐ xây dựng Đề án ...``)."""
    head = low[max(0, at - 13) : at].rstrip()
    return any(head == h or head.endswith(" " + h) for h in _NAMING_HEADS)


_NAME_VERBS = frozenset(
    [
        "chỉ đạo",
        "quản lý",
        "thanh tra",
        "kiểm tra",
        "thẩm định",
        "giám sát",
        "xây dựng",
        "đào tạo",
        "tuyên truyền",
        "tiếp nhận",
        "hỗ trợ",
        "khảo sát",
    ]
)
"""Verbs that name a body after a unit noun (``Ban chỉ đạo``, ``cơ quan thanh tra``,
``Đoàn kiểm tra``) or inside a longer name (``Cục Kết cấu hạ tầng xây dựng``)."""
_NOUN_PAIRS = frozenset(
    [
        ("thiết", "bị"),
        ("hậu", "cần"),
        ("dục", "thường xuyên"),
        ("dục và", "đào tạo"),
        ("giao", "thông báo"),
        ("văn phòng", "đăng ký"),
        ("đứng đầu", "tổ chức"),
        ("truyền", "đưa"),
        ("của", "tổ chức"),
        ("cơ sở", "đào tạo"),
        *((noun, "họp") for noun in ("kỳ", "phiên", "cuộc", "buổi", "phòng")),
    ]
)
"""Verb-like words that end a noun with the word before them (``Thiết bị y tế``, ``Phòng
Hậu cần``, ``các sở giáo dục và đào tạo`` printed in lower case, ``Vụ Giáo dục Thường
xuyên``, ``cơ sở giáo dục thường xuyên``, ``Cơ sở đào tạo``, ``kỳ
họp``, ``người đứng đầu tổ chức``, ``người đứng đầu của tổ chức thành viên``, ``Văn phòng
đăng ký``, ``giao thông`` before ``báo cáo``), or a verb with the verb before it (``truyền
đưa``, to transmit).  A verb may start inside the pair (``giao thông báo cáo``): the search
goes on there."""
_ROLE_NEXT = re.compile(
    r"[ \t]+(?:chủ[ \t]+trì|phối[ \t]+hợp|tham[ \t]+mưu|chịu[ \t]+trách|có[ \t]+trách)(?![^\W\d_])"
)
"""A role verb: a naming verb right before it ends a name (``Cục Kết cấu hạ tầng xây dựng
tham mưu``), for a body does not do two things in a row without a comma."""
_GROUP_NOUN = re.compile(
    r"[ \t]*(?:[,;]|$|chính[ \t]+trị|xã[ \t]+hội|đoàn[ \t]+thể|cá[ \t]+nhân|và(?![^\W\d_])"
    r"|hành[ \t]+chính|khác|(?:có[ \t]+)?liên[ \t]+quan|từ[ \t]|thuộc[ \t]|đảng(?![^\W\d_]))"
)
"""What follows ``tổ chức`` listed after a comma among bodies (``các sở, ngành, tổ chức chính trị - xã
hội``, ``cơ quan, đơn vị, tổ chức, cá nhân``): the noun, not the verb."""


_ADVISORY_BODY = re.compile(r",?[ \t]+giúp[ \t]+việc(?![^\W\d_])")
"""``giúp việc`` after ``tham mưu``: with ``cơ quan`` before, the name of the bodies that
advise and assist a Party committee (``các cơ quan tham mưu, giúp việc của Tỉnh ủy``,
``Các cơ quan chuyên trách tham mưu giúp việc Tỉnh ủy``), not what they do."""


_NOT_AGENTS = frozenset(["được", "đã", "bị", "sẽ", "phải", "cần", "có trách nhiệm"])
"""Verbs after ``người`` that are no agent noun: ``người`` before any other names who does
it (``người hướng dẫn``, ``người quản lý``), as a determiner makes a noun of the verb after
it (``các tổ chức``); before these the person is the subject (``người được giao``)."""


def _in_name(text: str, low: str, start: int, end: int) -> bool:
    """Whether the verb-like word ``low[start:end]`` is part of a name here: a naming verb
    after the unit noun it names (``Ban chỉ đạo``; ``cơ quan chủ trì`` when what it leads
    follows by name, ``Cơ quan chủ trì Dự án``) or right before a role verb (``hạ tầng
    xây dựng tham mưu``), ``tham mưu, giúp việc`` after ``cơ quan`` (:data:`_ADVISORY_BODY`),
    or ``tổ chức`` listed after a comma among bodies."""
    word = low[start:end]
    if word == "tham mưu" and _ADVISORY_BODY.match(low, end):
        return low.endswith(("cơ quan ", "cơ quan chuyên trách "), 0, start)
    if word in _NAME_VERBS or (word == "chủ trì" and text[end + 1 : end + 2].isupper()):
        if _after_naming_head(low, start):
            return True
        if word != "chỉ đạo" and _ROLE_NEXT.match(low, end):  # "Ban" names what chỉ đạo
            return True
    if not low.startswith("tổ chức", start):
        return False
    if low.startswith(" của ", end) and low.endswith("cơ quan ", 0, start):
        return True  # "cơ quan tổ chức của cấp ủy": the organisation board
    return low.endswith(", ", 0, start) and _GROUP_NOUN.match(low, end) is not None


_CAPITAL_ROLE = re.compile(
    r"\s(?:Là|Giúp(?!\s+việc)|Phối\s+hợp|Chủ\s+trì|Chịu\s+trách\s+nhiệm|Có\s+trách\s+nhiệm"
    r"|Có\s+nhiệm\s+vụ|Phụ\s+trách)(?![^\W\d_])|,\s+(?:phụ\s+trách|là)(?![^\W\d_])"
    rf"|\s(?=[HĐM])(?i:{_RECURRING})(?=\s*,)"
)
"""A role word printed with a capital after a name: the first word of what the actor does,
its line run on after the name (``Phòng Nông nghiệp và Môi trường`` / ``Là cơ quan
thường trực ...``, ``Văn phòng HĐND và UBND`` / ``Phối hợp tham mưu ...``).  No name
holds one, but after a naming head (``Hội đồng Phối hợp``, ``Tổ Giúp việc``).  After a
comma, ``phụ trách`` and ``là`` say what the person named does (``Đồng chí Nguyễn Văn
A, phụ trách ...``); without one, ``phụ trách`` is part of an office (``Phó Chủ tịch
phụ trách kinh tế``).  A recurrence (:data:`_RECURRING`) with a capital and its comma
opens what the actor does, its heading's line run on into it (``Sở Tài chính`` /
``Hằng năm, trên cơ sở ...``)."""


_UNIT_NAME_WORDS = _NAME_VERBS | frozenset(
    [
        "tổ chức",
        "hướng dẫn",
        "tổng hợp",
        "nghiên cứu",
        "vận động",
        "bồi dưỡng",
        "thống kê",
        "đăng ký",
        "phát hành",
        "xử lý",
        "bảo đảm",
        "đảm bảo",
        "đánh giá",
        "lãnh đạo",
        "phổ biến",
        "ứng dụng",
        "chuyển",
        "giải quyết",
        "biên soạn",
        "cung cấp",
        "quyết định",
        "thông báo",
        "báo cáo",
    ]
)
"""Verbs that may name a unit or an instrument with a capital (``Phòng Tổng hợp``, ``Văn
phòng Đăng ký đất đai``, ``Trung tâm Ứng dụng ...``, ``ký Quyết định số ...``): only the
others end a name they follow."""
_IN_TITLE = ("-", "–", "kiêm")
"""Words after which a capitalised verb goes on an office (``Phó Tư lệnh kiêm Tham mưu
trưởng``, ``Khoa Chỉ huy - Tham mưu``)."""


def _ends_name(text: str, position: int, start: int, verb: str) -> bool:
    """Whether the capitalised verb at ``start`` opens what the unit named from ``position``
    does (``Thanh tra Sở`` / ``Đưa nội dung ...``, ``Phòng Nội vụ Tham mưu ...``), its
    heading run on into its first line: a verb no unit is named by, after a name that
    already has its own capitalised word after its head (``Ban Tham mưu`` is a name).
    Not a word of a place (``Cần Thơ``: one word before a capital), nor ``Tham mưu``
    after a capital (``Bộ Tổng Tham mưu``) or before ``trưởng`` (an office)."""
    if verb in _UNIT_NAME_WORDS or text[start - 1 : start] not in (" ", "\t"):
        return False
    named = text[position:start]
    entry = max(named.rfind(","), named.rfind(";"), named.rfind(" và "))
    words = named[entry + 1 :].split()  # this entry's own: "..., Hội Làm vườn" is a name
    words = words[1:] if entry >= 0 and words[:1] == ["và"] else words
    after = text[start + len(verb) : start + len(verb) + 12].split()
    if not words or words[-1] in _IN_TITLE or (after and after[0].lower() == "trưởng"):
        return False
    if (" " not in verb and after and after[0][:1].isupper()) or (
        verb == "tham mưu" and words[-1][:1].isupper()
    ):
        return False
    return any(word[:1].isupper() for word in words[1:])


def _verb_start(
    text: str, low: str, position: int, limit: int, *, name_first: bool = False
) -> int | None:
    """Offset of the first verb in ``text[position:limit]`` that is a verb here: not a noun
    after a determiner (``các tổ chức``), not a capitalised word inside a name (``Chánh
    Thanh tra``) unless it gives a role (:data:`_CAPITAL_ROLE`) or ends the name before it
    (:func:`_ends_name`), not a word that names a body with the noun before it (``Ban chỉ
    đạo``)."""
    found = None
    at = position
    while (match := VERBS.search(low, at, limit)) is not None:
        start, at = match.start(), match.end()
        if start and low[start - 1].isalnum():
            continue
        before = low[max(0, start - 12) : start].split()
        verb = match.group(0)
        if before and (
            (before[-1], verb) in _NOUN_PAIRS or (" ".join(before[-2:]), verb) in _NOUN_PAIRS
        ):
            at = low.find(" ", start, at) + 1 or at  # "giao thông báo cáo": báo cáo is one
            continue
        if before and (
            before[-1] in DETERMINERS
            or (before[-1] == "người" and verb not in _NOT_AGENTS)
            or before[-2:] == ["phụ", "trách"]  # "Chuyên viên phụ trách tổng hợp": its charge
        ):
            continue
        if (
            (start > position or name_first)
            and text[start].isupper()
            and not _ends_name(text, position, start, verb)
        ):
            continue
        if start > position and _in_name(text, low, start, match.end()):
            continue
        found = start
        break
    for role in _CAPITAL_ROLE.finditer(text, position, limit if found is None else found):
        if not _after_naming_head(low, role.start()):
            return role.start() + (role.group(0)[0] != ",")
    return found


def _qualified(low: str, start: int, end: int) -> int:
    """Where the actor phrase ``low[start:end]`` ends before what qualifies it."""
    found = _QUALIFIERS_OF_ACTORS.search(low, start, end + 1)
    return found.start() if found is not None else end


_HEAD_SPAN = 40
"""More than the longest head of :data:`ACTOR_HEADS` with the word its lookahead reads."""


def _head_not_verb(text: str, low: str, position: int) -> bool:
    """A word that opens both a name and a verb opens the name when the verb is no longer
    (``Lãnh đạo các sở``, ``đề nghị lãnh đạo các đơn vị`` in lower case), not when it is
    (``Ban hành kế hoạch``: ``Ban`` + ``hành``) or names no one (``Lãnh đạo, chỉ đạo thực
    hiện ...``)."""
    piece = text[position : position + _HEAD_SPAN]
    head = ACTOR_HEADS.match(piece[:1].upper() + piece[1:])
    verb = VERBS.match(low, position)
    return (
        head is not None
        and verb is not None
        and verb.end() <= position + head.end()
        and not text.startswith(",", position + head.end())
    )


_SIR_OR_MADAM = re.compile(r"(?<=[Ôô]ng)[ \t]*\([Bb]à\)|^(?:Ông|Bà)\.(?=[ \t]+[A-ZĐ])")
"""The ``(bà)`` of ``Các ông (bà) ...``, who execute a decision, and the dot a title may be
printed with before the name (``Ông. Hoàng Văn A - Trưởng đoàn``): a name's part, no aside
or sentence end."""


_ROLE_ASIDE = re.compile(
    r"[ \t]*\((?:[Cc]ơ[ \t]+quan[ \t]+)?(?:[Tt]hường[ \t]+trực|[Đđ]ồng[ \t]+thời[ \t]+là)[^()]{0,160}\)"
)
"""The role an actor holds, in parentheses after its name (``Giám đốc Sở Y tế (Thường
trực Ban Chỉ đạo phòng, chống dịch) chủ động ...``): an aside, not the name, and its words
are no verb of the actor."""


def actor_phrase(text: str, position: int = 0, low: str | None = None) -> str | None:
    """The actor phrase starting at ``position``: up to the first verb, at most 60 words
    (80 before ``chịu trách nhiệm``), without the aside that gives its role."""
    if low is None:
        low = lowered(text)
    limit = min(len(text), position + _WINDOW)
    verb = _verb_start(text, low, position, limit)
    if verb == position and _head_not_verb(text, low, position):  # "Lãnh đạo các sở ..."
        verb = _verb_start(text, low, text.find(" ", position) + 1 or len(text), position + _WINDOW)
    aside = _ROLE_ASIDE.search(text, position, limit) if "(" in text[position:limit] else None
    if aside is not None and (verb is None or aside.start() < verb < aside.end()):
        verb = _verb_start(text, low, aside.end() - 1, limit)  # after its ")"
    verb = _national_end(text, position, verb)
    if verb is None:
        return None
    verb = _adverbial_before(low, position, verb)
    phrase = text[position : _qualified(low, position, verb)].strip(" \t,")
    if aside is not None and aside.end() <= verb:
        phrase = _ROLE_ASIDE.sub("", phrase, count=1)
    charged = low.startswith("chịu trách nhiệm", verb)
    if not phrase or len(phrase.split()) > (_MAX_CHARGED_WORDS if charged else _MAX_ACTOR_WORDS):
        return None
    listed = _MEMBERS.search(phrase)  # "Bộ trưởng các Bộ: Công Thương, ..." names members
    if re.search(r"[.:!?()]", _SIR_OR_MADAM.sub("", phrase[listed.end() if listed else 0 :])):
        return None
    return _without_repeated_office(phrase)


_ADVERBIAL_AFTER_ACTOR = re.compile(
    rf"[ \t](?:{_RECURRING})(?![^\W\d_])"
    r"|,[ \t]*(?:trên[ \t]+cơ[ \t]+sở|dựa[ \t]+(?:trên|vào))(?![^\W\d_])",
    re.IGNORECASE,
)


def _adverbial_before(low: str, position: int, verb: int) -> int:
    """Where the actor phrase from ``position`` ends: at a recurrence before its verb, which
    says how often the actor does it (``Các sở, ngành định kỳ hàng năm (trước ngày 10/12)
    báo cáo ...``), or at an aside on what it acts on (``Giao Chính phủ, trên cơ sở ...,
    tổ chức ...``); else at the verb."""
    found = _ADVERBIAL_AFTER_ACTOR.search(low, position, verb)
    return found.start() if found is not None and found.start() > position else verb


_LOWER_NEXT = re.compile(r"[ \t]+[^\W\d_A-ZĐÀ-Ỹ]")


def _national_end(text: str, position: int, verb: int | None) -> int | None:
    """Where an actor phrase opening with a national body ends: after its name, before a
    lower-case word (``Giao Chính phủ quy định chi tiết ...``), for no qualifier follows
    these names; else at ``verb``."""
    national = _NATIONAL.match(text, position)
    if national is None or _LOWER_NEXT.match(text, national.end()) is None:
        return verb
    return national.end() if verb is None else min(verb, national.end())


_OFFICE_DASH = re.compile(r"[ \t][-–][ \t]+")
_MAX_REPEATED = 4


def _without_repeated_office(phrase: str) -> str:
    """``phrase`` without the office it named after a dash printed again at its end: a
    person's heading run on into the first line below it, which opens with the office as
    its subject (``Ông Trần Văn A – Trưởng phòng`` / ``Trưởng phòng chịu trách nhiệm
    ...``).  No name repeats its own office."""
    dash = _OFFICE_DASH.search(phrase)
    if dash is None:
        return phrase
    office = phrase[dash.end() :].split()
    for count in range(min(_MAX_REPEATED, len(office) // 2), 0, -1):
        if office[-count:] == office[:count] and office[-count][:1].isupper():
            return phrase[: phrase.rstrip().rfind(office[-count])].rstrip()
    return phrase


ASK = re.compile(r"(?<![^\W\d_])(?:[Đđ]ề[ \t]+nghị|[Yy]êu[ \t]+cầu|Giao)(?:[ \t]+cho)?[ \t]+")
"""What hands work to someone named after it, in a lead-in or opening a heading: ``đề
nghị``, ``yêu cầu``, a sentence's ``Giao`` (a lower-case ``giao`` inside a sentence is
read with :data:`_HANDS`), each with its ``cho``."""


def asked_actors(text: str, *, named: bool = True) -> tuple[str, ...]:
    """The actors a lead-in asks to do the items under it: ``Sở đề nghị Thủ trưởng các đơn
    vị thực hiện một số nội dung sau:`` up to the verb, ``Thủ tướng yêu cầu Chủ tịch Ủy ban
    nhân dân các tỉnh:`` up to the colon that ends it.  Empty unless the text ends with a
    colon: only a lead-in hands its actors to the items below it.  Where they would stand
    before other actors (``named``), what is asked must open like a name (``các``, ``Sở``,
    ``Thủ trưởng``, ``Chính phủ`` ...): ``yêu cầu kỹ thuật``, ``đề nghị của`` ask no one."""
    text = text.rstrip()
    if not text.endswith(":"):
        return ()
    asked: tuple[str, ...] = ()
    for match in ASK.finditer(text):  # the last that asks someone: "... . Giao Sở X:"
        at = match.end()
        headed = ACTOR_HEADS.match(text, at) or _NATIONAL.match(text, at)
        if not (headed if named else headed or _names_actor(text, at)):
            continue  # "yêu cầu nhiệm vụ ...", "đề nghị của ...": no one asked
        phrase = actor_phrase(text, at)
        if phrase is None and headed:  # no verb: the phrase runs to what is asked
            matters = _ASKED_MATTERS.search(text, at)
            tail = text[at : matters.start() if matters else -1].strip(" \t,")
            if len(tail.split()) <= _MAX_ACTOR_WORDS and not re.search(r"[.:;!?()]", tail):
                phrase = tail
        if phrase:
            asked = tuple(split_actors(phrase))
    return asked


_ASKED_MATTERS = re.compile(
    r"[ \t]+(?:(?:một[ \t]+số|các|những)[ \t]+)?(?:nội[ \t]+dung|công[ \t]+việc|việc"
    r"|nhiệm[ \t]+vụ|vấn[ \t]+đề|giải[ \t]+pháp|biện[ \t]+pháp)(?![^\W\d_])"
)
"""What a lead-in with no verb asks after its actors (``đề nghị UBND các tỉnh một số nội
dung sau:``): the actors end before it."""
_NATIONAL = re.compile(r"Chính[ \t]+phủ|Quốc[ \t]+hội")
"""National bodies whose names open with no head word."""


_PARENTHESIS = 160
"""How long a unit named in parentheses after a body may be (``(Phòng Cảnh sát ...)``)."""


def _object_phrase(text: str, low: str, position: int) -> str | None:
    """An actor named after a preposition (``phối hợp với Y``, ``gửi Z``): up to a verb, a
    stop word or punctuation."""
    limit = min(len(text), position + 300)
    cut = limit
    stop = _ACTOR_END.search(low, position, limit)
    while stop is not None and text[stop.start()] in "(:":
        at = stop.start()
        if text[at] == ":":  # "các Sở: Tài chính, Kế hoạch và Đầu tư": the members go on
            if not _MEMBERS.match(text, max(position, at - 30), at + 2) and not _MEMBERS_AT.search(
                text, position, at + 2
            ):
                break
            stop = _ACTOR_END.search(low, at + 1, limit)
            continue
        close = text.find(")", at, at + _PARENTHESIS)
        if close < 0 or not is_actor(text, at + 1):
            break  # "(để báo cáo)", "(có danh sách kèm theo)": the name ended
        stop = _ACTOR_END.search(low, close + 1, limit)  # "Công an tỉnh (Phòng Cảnh sát ...)"
    if stop is not None:
        cut = stop.start()
    verb = _verb_start(text, low, position, cut, name_first=True)
    if verb is not None:
        cut = verb
    phrase = text[position:cut].strip(" \t,")
    if not phrase or len(phrase.split()) > _MAX_ACTOR_WORDS:
        return None
    return phrase


def _names_actor(text: str, position: int) -> bool:
    """Whether an actor is named at ``position``, whatever the case of its first letter
    (``phối hợp phòng Tài chính - Kế hoạch``), a national body too (``Giao Chính phủ``)."""
    head = text[position : position + 40]
    return bool(head) and (
        is_actor(head[0].upper() + head[1:], 0) or _NATIONAL.match(head) is not None
    )


def is_actor(text: str, position: int) -> bool:
    """Whether a name of a body or an office starts at ``position``: a head (``Sở``,
    ``UBND``, ``Thủ trưởng``) or a plural of bodies (``các sở``, ``những đơn vị``, not
    ``những nội dung``)."""
    head = ACTOR_HEADS.match(text, position)
    if head is None:
        return False
    if text[position : head.end()].lower() not in DETERMINERS:
        return True
    following = lowered(text[head.end() : head.end() + 30]).lstrip()
    if following.startswith("trường hợp"):
        return False  # "các trường hợp": cases, no schools
    return following.startswith(_BODY_NOUNS)


def _clause_start(sentence: str) -> int:
    match = _ADVERBIAL.match(sentence)
    return match.end() if match is not None else 0


def _actor_start(sentence: str, low: str) -> int | None:
    """Where a sentence's own actor starts, if it opens with one: after linking adverbs,
    a clause that sets the scene (``Trên cơ sở đề xuất của Bộ Ngoại giao, Bộ Tài chính
    ...``: at the first comma an actor follows) or a heading of its own (``Thời hạn nộp
    hồ sơ: Các đơn vị ...``)."""
    start = _clause_start(sentence)
    labelled = _labelled(sentence, start)
    if (
        is_actor(sentence, start)
        or (start and _names_actor(sentence, start))
        or _subject(sentence, low, start)
    ):
        if labelled is not None and actor_phrase(sentence, start, low) is None:
            return labelled.end()  # "Các ông (bà): Chánh Văn phòng ...; Giám đốc Sở ..."
        return start  # after "Định kỳ hằng năm," the actor's name is in lower case
    if labelled is not None:
        return labelled.end()
    if _OPENING_CLAUSE.match(sentence, start) is None:
        return None
    comma = sentence.find(",", start, start + _SCENE)
    then = _THEN.search(sentence, start, comma if comma >= 0 else start + _SCENE)
    if then is not None:  # "Kể từ nhiệm kỳ 2026 - 2031 thì việc bổ nhiệm ...": no actor
        if is_actor(sentence, then.end()):
            return then.end()
        scene = sentence[then.end() : then.end() + 40]
        if _OPENING_CLAUSE.match(scene[:1].upper() + scene[1:]):
            comma = sentence.find(",", then.end(), then.end() + _SCENE)  # "thì trên cơ sở ..., X"
        else:  # its clause names no one; one after a semicolon may ("...; căn cứ ..., X")
            clause = sentence.find(";", then.end(), start + _SCENE)
            comma = sentence.find(",", clause, start + _SCENE) if clause >= 0 else -1
    for number in _NUMBER_END.finditer(sentence, start, comma if comma >= 0 else start + _SCENE):
        if is_actor(sentence, number.end()):
            return number.end()  # "Trong thời gian nghỉ Tết năm 2026 các trường ..."
    while comma >= 0:
        after = comma + 1
        while sentence[after : after + 1] in (" ", "\t"):
            after += 1
        if (
            is_actor(sentence, after)
            or _NATIONAL.match(sentence, after)
            or _head_of_body(sentence, after)
        ):
            return after  # "Kết thúc năm 2013, Chính phủ báo cáo ..."
        comma = sentence.find(",", comma + 1, start + _SCENE)
    return None


_NUMBER_END = re.compile(
    r"(?<![^\W\d_])(?:(?:năm|ngày|tháng|quý)[ \t]+[\dIV]{1,4}|\d{1,2}/\d{1,2}(?:/\d{4})?)[ \t]+"
)
"""A day, a month, a quarter or a year and the space after it: a clause that says when
(``Trong thời gian nghỉ Tết năm 2026``, ``Trước ngày 15/10``) may end on it without a comma,
its actor straight after it."""
_THEN = re.compile(r"(?<![^\W\d_])[Tt]hì[ \t]+")
"""``thì``, which ends the clause that sets the scene without a comma: what follows is the
main clause, whose subject opens right after it (``Kể từ ngày ... thì việc ...``); the
commas after it part its own words, no scene from its actor."""


_SUBJECT_HEADS = re.compile(
    r"(?:Toàn[ \t]+thể|Chuyên[ \t]+viên|Cơ[ \t]+sở(?=[ \t]+(?:khám|y[ \t]+tế|giáo[ \t]+dục|đào[ \t]+tạo"
    r"|cai[ \t]+nghiện|bảo[ \t]+trợ)))(?![^\W\d_])"
)
"""Who may open a sentence as its subject though no heading or list names them so: all the
staff (``Toàn thể cán bộ, giáo viên ...``), an officer (``Chuyên viên phụ trách ...``), an
establishment (``Cơ sở khám bệnh, chữa bệnh``, ``Cơ sở giáo dục``; not ``Cơ sở dữ liệu``,
a database).  Only where a verb follows them in the sentence: a heading of that name
(``Cơ sở y tế: ...``) describes, it assigns nothing."""


_CONDITION = re.compile(r"[ \t](?:khi|nếu|trong[ \t]+trường[ \t]+hợp|đối[ \t]+với)(?![^\W\d_])")


_DESCRIBES = re.compile(r"[ \t,]*(?:đã[ \t]+)?(?:được|bị)(?![^\W\d_])")
"""A passive after the subject: what it is, not what it does (``Cơ sở khám bệnh, chữa
bệnh đã được cấp có thẩm quyền cho phép ...``)."""


_CUT_LIST = re.compile(r"(?:[ \t](?:và|hoặc|có)|,)$")
"""A phrase ending on a list's joint or a relative ``có``: a verb-like noun cut it (``Cơ sở
khám bệnh, chữa bệnh và`` | ``tổ chức khác ...``, ``Cơ sở giáo dục đại học có`` | ``đào
tạo ngành ...``)."""


def _subject(sentence: str, low: str, start: int) -> bool:
    """Whether one of :data:`_SUBJECT_HEADS` opens the sentence at ``start`` as who acts: its
    phrase ends at a verb and sets no condition (``Cơ sở kinh doanh khi nhận khoản tiền
    ...`` says when a rule applies), its verb follows it straight (not a qualifier, ``...
    theo quy định của Luật ...``, nor a comma) and is no passive (:data:`_DESCRIBES`)."""
    if _SUBJECT_HEADS.match(sentence, start) is None:
        return False
    phrase = actor_phrase(sentence, start, low)
    if phrase is None or _CONDITION.search(phrase) is not None or _CUT_LIST.search(phrase):
        return False
    end = start + len(phrase)
    if not low.startswith(" ", end) or VERBS.match(low, end + 1) is None:
        return False  # "Cơ sở giáo dục ... theo quy định ... hoạt động ...": what it is
    return _DESCRIBES.match(low, end) is None


_HEAD_OF_BODY = re.compile(
    r"(?:thủ[ \t]+trưởng|giám[ \t]+đốc|chủ[ \t]+tịch|hiệu[ \t]+trưởng|người[ \t]+đứng[ \t]+đầu)"
    r"[ \t]+(?=\S)"
)
"""The head of a body in lower case after the clause that sets the scene (``Căn cứ Kế
hoạch này, thủ trưởng các cơ quan ... xây dựng ...``): no verb opens so."""


def _head_of_body(sentence: str, at: int) -> bool:
    """Whether the head of a body in lower case acts at ``at``: not one a copula defines
    (``thủ trưởng cơ quan quản lý thuế là người giải quyết ...``)."""
    if _HEAD_OF_BODY.match(sentence, at) is None:
        return False
    phrase = actor_phrase(sentence, at)
    return phrase is not None and _COPULA_INSIDE.search(phrase) is None


_COPULA_INSIDE = re.compile(r"[ \t]là[ \t]")


_PROPOSAL = re.compile(
    r"Về[ \t]+(?:việc[ \t]+)?(?:đề[ \t]+nghị|kiến[ \t]+nghị|đề[ \t]+xuất)(?![^\W\d_])"
)
"""The matter of a conclusion that is a proposal it answers (``Về đề nghị Bộ Khoa học và
Công nghệ phối hợp ...:``)."""


_EXAMPLE = re.compile(r"(?:Ví[ \t]+dụ|VD)[ \t]*:")
"""An example's label: whoever it names after the colon is asked nothing."""


def _labelled(sentence: str, start: int) -> re.Match[str] | None:
    """The heading or matter a sentence opens with at ``start``, when an actor follows its
    colon."""
    if sentence.find(":", start, start + _MATTER_REACH + 20) < 0 or _EXAMPLE.match(sentence, start):
        return None
    labelled = _LABELLED_CLAUSE.match(sentence, start)
    return labelled if labelled is not None and is_actor(sentence, labelled.end()) else None


def _matter_end(sentence: str, start: int, heading: re.Match[str] | None) -> int:
    """Where the matter a sentence opens with at ``start`` ends, when an actor follows it
    (``heading``, :func:`_labelled`) or the matter is a proposal (``Về đề nghị Bộ Nội vụ
    tham mưu ...: Bộ Nội vụ nghiên cứu ...``): the bodies the matter names are the
    proposal's, not the task's.  ``0`` when the sentence opens otherwise."""
    if (
        heading is None
        and _PROPOSAL.match(sentence, start) is not None
        and sentence.find(":", start, start + _MATTER_REACH + 20) >= 0
    ):
        heading = _LABELLED_CLAUSE.match(sentence, start)  # what it asks, of no one here
    return heading.end() if heading is not None and heading["matter"] else 0


def directs_someone(paragraph: str) -> bool:
    """Whether a paragraph gives work of its own: its first sentence opens with an actor
    (after linking words or a clause that sets the scene) or hands work to one (``...,
    giao Bộ Tài chính chủ trì``, ``Đề nghị Sở Y tế ...``)."""
    end = _SENTENCE_END.search(paragraph, 0, 3000)
    first = paragraph[: end.end() if end is not None else 3000].strip()
    low = lowered(first)
    start = _actor_start(first, low)
    if start is not None and actor_phrase(first, start, low) is not None:
        return True
    return any(is_actor(first, match.end()) for match in _HANDS.finditer(low, 0, _SCENE))


def gives_order(paragraph: str) -> bool:
    """Whether a paragraph that opens with a legal basis or a proposal goes on to give an
    order: after a comma of its first sentence, an actor hands work on (``Theo đề nghị của
    ..., Chủ tịch UBND tỉnh giao Sở ... chủ trì``, ``Thực hiện ..., Sở Nội vụ đề nghị các
    phòng ...``) or work is handed to one (``..., giao Sở Y tế ...``).  The opening clause
    may cite instruments at length, so the whole first sentence is looked at; a proposal
    that only names who proposed (``Xét đề nghị của Sở Tài chính, Sở Nội vụ.``) or a
    clause that announces (``..., Sở Tài chính thông báo như sau:``) gives no order."""
    end = _SENTENCE_END.search(paragraph, 0, 3000)
    first = paragraph[: end.end() if end is not None else 3000]
    low = lowered(first)
    comma = first.find(",")
    while comma >= 0:
        after = comma + 1
        while first[after : after + 1] in (" ", "\t"):
            after += 1
        hands = _HANDS.match(low, after)
        if hands is not None and is_actor(first, hands.end()):
            return True
        if is_actor(first, after):
            for verb in _HANDS.finditer(low, after, after + _ACTOR_REACH):
                actor = first[after : verb.start()]
                if is_actor(first, verb.end()) and not re.search(r"[,.;:()]", actor):
                    return True
                break
        comma = first.find(",", comma + 1)
    return False


def _assignments(text: str, low: str, *, first: bool) -> list[tuple[int, Role, str]]:
    """The assignments of a task's text; ``low`` is the text lowered, whose slices each
    sentence reads (the text was lowered once per sentence, and again whole)."""
    found: list[tuple[int, Role, str]] = []
    start = 0
    for index, paragraph in enumerate(text.split("\n")):
        _paragraph_assignments(paragraph, low, start, found, first=first and index == 0)
        start += len(paragraph) + 1
    return found


def _paragraph_assignments(
    text: str, whole: str, base: int, found: list[tuple[int, Role, str]], *, first: bool
) -> None:
    for offset, sentence in sentences(text):
        sentence = sentence[:3000]
        low = lowered_piece(sentence, whole, base + offset)
        read = len(found)
        clause = _clause_start(sentence)
        heading = _labelled(sentence, clause) if ":" in sentence else None
        opens_matter = sentence.startswith(("Về", "Đối"))
        matter = _matter_end(sentence, clause, heading) if opens_matter else 0
        phrases = [p for p in _phrases(low) if p.start >= matter]
        named_from = heading.end() if heading is not None else clause
        leads = [  # "Cơ quan chủ trì Dự án" names a body: it leads nothing here
            p.start
            for p in phrases
            if p.kind == "lead" and not _in_name(sentence, low, p.start, p.end)
        ]
        anchors = [  # where a lead's name may start: after "giao", "đề nghị" that name one
            p.end
            for p in phrases
            if p.kind == "anchor" or (p.kind in ("give", "ask") and _names_actor(sentence, p.end))
        ]
        advises = [p.start for p in phrases if p.kind == "advise"]
        reports = [p.start for p in phrases if p.kind == "report"]
        unnamed: list[int] = []  # leads whose name ran into a verb ("X chỉ đạo chủ trì")
        for lead in leads:
            index = bisect.bisect_right(anchors, lead) - 1
            # after a heading of its own the lead's name opens its clause ("Về ...: Sở X chủ trì")
            start = anchors[index] if index >= 0 else named_from if named_from <= lead else clause
            semicolon = sentence.rfind(";", start, lead)  # a lead's name is within its clause
            start = semicolon + 1 if semicolon >= 0 else start
            # "Bộ Công an theo chức năng, nhiệm vụ chủ trì": the qualifier names no one
            phrase = sentence[start : _qualified(low, start, lead)].strip(" \t,")
            if _OPENING_CLAUSE.match(phrase):  # "Trên cơ sở chức năng, nhiệm vụ, chủ trì"
                rest = phrase[phrase.rfind(",") + 1 :].strip() if "," in phrase else ""
                phrase = rest if rest and _names_actor(rest, 0) else ""
            if not phrase:
                found.append((base + offset + lead, Role.LEAD, ""))
            elif (
                len(phrase.split()) <= _MAX_ACTOR_WORDS
                and _verb_start(phrase, lowered(phrase), 0, len(phrase)) is None
            ):
                found.extend((base + offset + start, Role.LEAD, a) for a in split_actors(phrase))
            else:
                unnamed.append(lead)
        named = [lead for lead in leads if lead not in unnamed]
        last_lead = named[-1] if named else -1  # a lead whose name ran into a verb: see giao
        for match in phrases:
            group = match.kind
            if group in ("give", "ask"):
                if (
                    (last_lead > match.end and ";" not in low[match.end : last_lead])
                    or not _names_actor(sentence, match.end)
                    or _BRIEFING.match(sentence, match.start)
                ):
                    continue  # "Giao X chủ trì": read as the lead above; "giao kế hoạch"
                asked = actor_phrase(sentence, match.end, low)
                if asked is None:
                    continue
                role = Role.EXECUTE
                if group == "give" and any(a > match.end for a in advises):
                    role = Role.ADVISE
                found.extend((base + offset + match.end, role, a) for a in split_actors(asked))
            elif group in ("cooperate", "channel", "with"):
                if not low.endswith(("với ", "cùng "), 0, match.end) and not (
                    is_actor if group == "channel" else _names_actor
                )(sentence, match.end):
                    continue  # "phối hợp triển khai", "thông qua Nghị quyết": no partner
                # (through a body by its name as printed: "thông qua cổng thông tin" is none)
                partner = _object_phrase(sentence, low, match.end)
                if partner is not None:
                    # "báo cáo UBND tỉnh ... thông qua Sở Nội vụ": where the report goes
                    role = Role.COOPERATE
                    if group == "channel" and _after_report(phrases, match.start):
                        role = Role.REPORT_TO
                    found.extend(
                        (base + offset + match.end, role, a) for a in split_actors(partner)
                    )
            elif group == "send":
                after_report = any(match.start - _REPORT_REACH <= r < match.start for r in reports)
                report_next = low.startswith("báo cáo", match.end)
                if not (after_report or report_next):
                    if match.start == _clause_start(sentence):  # "Gửi cho X để thực hiện"
                        handed = _object_phrase(sentence, low, match.end)
                        if handed is not None and _names_actor(handed, 0):
                            found.extend(
                                (base + offset + match.end, Role.EXECUTE, a)
                                for a in split_actors(handed)
                            )
                    continue
                position = match.end
                if report_next:  # "gửi báo cáo về Z"
                    towards = re.search(
                        r" (?:về|cho|đến|tới) (?=[^\W\d_])", low[position : position + 100]
                    )
                    if towards is None:
                        continue
                    position += towards.end()
                _report_to(sentence, low, position, base + offset, found)
            elif group == "report" and _REPORT_TO_HEADS.match(sentence, match.end + 1):
                before = low[max(0, match.start - 20) : match.start].split()
                if before and before[-1] in ("để", "hợp"):
                    continue  # "để tổng hợp báo cáo Bộ Nội vụ": the issuer's own report
                _report_to(sentence, low, match.end + 1, base + offset, found)
        if first and (offset == 0 or _EXECUTES.search(low) is not None):
            actor_start = _actor_start(sentence, low)
            opening = None if actor_start is None else actor_phrase(sentence, actor_start, low)
            if actor_start is not None and not _asks_someone(
                sentence, low, phrases, actor_start, opening
            ):
                executes = _EXECUTES.search(low, actor_start)
                if executes is not None and (
                    opening is None or actor_start + len(opening) > executes.start()
                ):  # "... những thành viên có tên trong Điều 1 thi hành quyết định này"
                    opening = _executors(sentence, actor_start, executes.start())
                if opening is not None and any(
                    p.kind == "give"
                    and actor_start < p.start <= actor_start + len(opening) + 1
                    and sentence[p.start].islower()  # not "Sở Giao thông", "Sở Giao duc"
                    and not _GIAO_OF_NAME.match(low, p.start)  # not "Cảnh sát giao thông"
                    for p in phrases
                ):
                    opening = None  # "Chủ tịch UBND tỉnh giao Sở X ...": X does it
                if opening is not None and _conditioned(sentence, actor_start + len(opening)):
                    opening = None  # "..., các đơn vị ... chưa gửi hồ sơ thì không phải ..."
                if opening is not None:
                    near = [
                        lead
                        for lead in leads
                        if actor_start <= lead <= actor_start + len(opening) + _LEAD_REACH
                    ]
                    after = actor_start + len(opening) + 1  # a verb between: "X chỉ đạo chủ trì"
                    verbed = bool(near) and all(lead in unnamed and lead > after for lead in near)
                    if not near or verbed:  # no lead read above, or this actor is the lead
                        opener = Role.LEAD if verbed else Role.EXECUTE
                        found.extend((base + actor_start, opener, a) for a in split_actors(opening))
        if len(found) == read:
            trailing = _trailing_actor(sentence, low)
            if trailing is not None:
                found.extend(
                    (base + offset + trailing.start("actor"), Role.EXECUTE, a)
                    for a in split_actors(trailing["actor"])
                )


def _conditioned(sentence: str, end: int) -> bool:
    """Whether the actor ending at ``end`` is the subject of a condition whose rule asks it
    nothing: ``thì không`` follows in its clause (``Kể từ ngày ..., các đơn vị ... mà chưa
    gửi hồ sơ thì không phải thực hiện ...``).  Who meets a condition does what follows a
    plain ``thì`` (``Doanh nghiệp muốn đổi tên thì có văn bản ...``)."""
    then = _NOTHING_ASKED.search(sentence, end)
    return then is not None and ";" not in sentence[end : then.start()]


_NOTHING_ASKED = re.compile(_THEN.pattern + r"không(?![^\W\d_])")
"""A :data:`_THEN` whose rule denies (``thì không phải``)."""


_CHARGED_NEXT = re.compile(r"[ \t,]*(?:chịu|có)[ \t]+trách[ \t]+nhiệm(?![^\W\d_])")
"""The duty an actor is charged with by name (``... chịu trách nhiệm về ...``)."""


def _asks_someone(
    sentence: str, low: str, phrases: Sequence[_Phrase], start: int, opening: str | None
) -> bool:
    """Whether the actor opening a sentence at ``start`` asks someone to act (``Sở Y tế đề
    nghị các đơn vị ...``): they act, not the opener.  An ask that names no one leaves the
    opener the actor only where the opener is charged with a duty by name (``Cơ sở khám
    bệnh, chữa bệnh chịu trách nhiệm về chi phí đã đề nghị thanh toán``): elsewhere a law
    says what one may not ask or need not ask for (``... không được yêu cầu ...``), and the
    opener's phrase (``opening``, read once by the caller) is often a condition, not a name."""
    asks = [p for p in phrases if p.kind == "ask" and p.start < 200]
    if not asks or any(_names_actor(sentence, p.end) for p in asks):
        return bool(asks)
    return opening is None or _CHARGED_NEXT.match(low, start + len(opening)) is None


def _executors(sentence: str, start: int, end: int) -> str | None:
    """The actor phrase at ``start`` that names who executes, up to the executing clause at
    ``end``: read as a phrase a verb would end, for the words of the clause are no verb
    (``thi hành``) or a scan misprinted them (``thi hành quyêt định này``)."""
    return actor_phrase(f"{sentence[:end].rstrip()} thực hiện", start)


_GIAO_OF_NAME = re.compile(r"giao[ \t]+thông(?![^\W\d_])")
"""``giao thông`` (traffic), a word of names in lower case (``Cục Cảnh sát giao thông``):
no work handed on."""
_EXECUTES = re.compile(
    r"th[iíì][ \t]+hành[ \t]+(?:quy[eêế]t[ \t]+định|nghị[ \t]+quyết|chỉ[ \t]+thị|thông[ \t]+tư"
    r"|văn[ \t]+bản)[ \t]+này"
)
"""The clause that names who executes an instrument (``Chánh Văn phòng ... chịu trách
nhiệm thi hành Quyết định này``; a scan's ``thí hành``, ``quyêt định`` too): its opening
actor executes, though a sentence before it opens the article (``Quyết định có hiệu lực
kể từ ngày ký.``)."""


_TRAILING_VERBS = ("thực hiện", "trình bày", "chủ trì", "phụ trách")
"""The verbs an item of a programme ends on after who does it."""
_TRAILING = re.compile(
    r"[ \t][-–][ \t]+(?P<actor>[^-–.;:()“”\"]{3,150}?)[ \t]+(?:hỗ[ \t]+trợ[ \t]+|phối[ \t]+hợp[ \t]+)?"
    + "(?:{})".format("|".join(verb.replace(" ", r"[ \t]+") for verb in _TRAILING_VERBS))
    + r"[ \t]*[.;]?$"
)
"""Who does an item of a programme, named after a dash at its end (``Phân tích đề thi năm
2025 – Trường THPT A thực hiện``, ``Tham luận ... - Trường THPT B hỗ trợ thực hiện``)."""


def _trailing_actor(sentence: str, low: str) -> re.Match[str] | None:
    """The actor a sentence that names none before names after a dash at its end, when it
    reads as a name alone."""
    if not low.rstrip(" \t.;").endswith(_TRAILING_VERBS):
        return None
    match = _TRAILING.search(sentence)
    if match is None or not is_actor(sentence, match.start("actor")):
        return None
    actor = match["actor"]
    if _verb_start(actor, lowered(actor), 0, len(actor), name_first=True) is not None:
        return None  # "– Văn phòng tổng hợp ý kiến thực hiện": no name alone
    return match


_REPORT_REACH = 170
"""How far before ``gửi`` or ``thông qua`` the ``báo cáo`` they carry may stand."""


def _after_report(phrases: Sequence[_Phrase], position: int) -> bool:
    """Whether ``báo cáo`` comes just before ``position``: a channel named after it
    (``báo cáo UBND tỉnh kết quả thông qua Sở Nội vụ``) is where the report goes, no
    partner.  What is sent through a body (``gửi danh sách (thông qua Ban Dân tộc)``) is
    gathered by it: a partner."""
    return any(
        p.kind == "report" and position - _REPORT_REACH <= p.start < position for p in phrases
    )


def _report_to(
    sentence: str, low: str, position: int, offset: int, found: list[tuple[int, Role, str]]
) -> None:
    phrase = _object_phrase(sentence, low, position)
    if phrase is not None and phrase[:1].isupper():
        found.extend((offset + position, Role.REPORT_TO, a) for a in split_actors(phrase))


def _phrase_starts(low: str, words: dict[str, tuple[str, ...]]) -> list[int]:
    """Where a phrase may start in the lowered text: a word of ``words`` followed by one
    of its next words.  Most words are in no text: ``in`` says so, a cheaper call than
    ``str.find``, which parses its arguments and makes an int."""
    found: list[int] = []
    for word, following in words.items():
        if word not in low:
            continue
        index = low.find(word)
        while index >= 0:
            after = index + len(word)
            if (
                (index == 0 or not low[index - 1].isalnum())
                and low[after : after + 1] == " "
                and low.startswith(following, after + 1)
            ):
                found.append(index)
            index = low.find(word, after)
    found.sort()
    return found


def _long_before(deadline: Deadline, issued: int | None) -> bool:
    """Whether a date deadline falls more than a year before the year of issue."""
    if issued is None or not isinstance(deadline, DateDeadline):
        return False
    year = deadline.date.year
    return year is not None and year < issued - 1


def read_meaning(
    text: str,
    defaults: Sequence[str],
    *,
    first_sentence_actor: bool = True,
    issued: int | None = None,
) -> TaskMeaning:
    """Read a task's own text; ``defaults`` act when the task names no actor itself.  A date
    more than a year before the year the instrument was ``issued`` is what the task applies
    to (``đất sử dụng trước ngày 01/7/2014``), never when it is due: it is no deadline (a
    deadline a few months early is left for the checker, a year mistyped)."""
    text = text[:_MAX_TEXT]
    low = lowered(text)
    raw = _assignments(text, low, first=first_sentence_actor)
    assignments: list[tuple[int, Role, str]] = []
    for offset, role, actor in raw:
        if actor:
            assignments.append((offset, role, actor))
        else:  # "Chủ trì, phối hợp ..." under an actor heading: the inherited actor leads
            assignments.extend((offset, role, a) for a in defaults)
    if not any(role in (Role.EXECUTE, Role.LEAD, Role.ADVISE) for _, role, _ in assignments):
        assignments = [(-1, Role.EXECUTE, a) for a in defaults] + assignments
    seen: dict[tuple[Role, str], int] = {}
    for offset, role, actor in assignments:
        seen.setdefault((role, actor), offset)
    for role, actor in list(seen):  # who leads a task does not also execute it
        if role is Role.EXECUTE and (Role.LEAD, actor) in seen:
            del seen[(role, actor)]
    ordered = sorted(seen.items(), key=lambda item: (_ROLE_ORDER[item[0][0]], item[1]))
    deadlines: list[Deadline] = []
    past = 0
    for start in _phrase_starts(low, _DEADLINE_NEXT):
        if not sets_a_time(text, start):
            continue  # "hồ sơ phát sinh trước ngày 01/01/2026": what it applies to
        match = DEADLINE.match(text, start, start + 300)
        if match is None:
            continue
        try:
            found = deadline_from_match(match)
        except GrammarError:
            continue
        if _long_before(found, issued):
            past += 1
            continue
        deadlines.append(found)
    dated = [d for d in deadlines if isinstance(d, DateDeadline)]
    deadline = dated[0] if dated else (deadlines[0] if deadlines else None)
    if deadline is None:
        heading = _time_heading(text)
        if heading is not None and not _long_before(heading, issued):
            deadline = heading  # not a span long past ("Từ ngày ... 1998 đến ... 2009:")
    recurrence = None
    for start in _phrase_starts(low, _RECURRENCE_NEXT):
        match = RECURRENCE.match(text, start, start + 60)
        if match is not None:
            recurrence = recurrence_from_match(match)
            break
    return TaskMeaning(
        assignments=tuple(_assignment(role, actor) for (role, actor), _ in ordered),
        deadline=deadline,
        other_deadlines=len({repr(d) for d in deadlines}) - (1 if deadline else 0),
        recurrence=recurrence,
        attachment_notes=_attachments(text, low),
        past_dates=past,
    )


_TIME_HEADING = re.compile(
    r"(?:[Tt]háng|THÁNG|[Qq]uý|QUÝ|[Tt]ừ|TỪ|[Tt]rước|TRƯỚC|[Nn]gày|\d)[^:\n]{1,60}?:[ \t]"
)
"""The time a line of a timetable opens with, before what is done then (``Tháng 11/2025:
Ban Biên tập tổng hợp ...``)."""


def _time_heading(text: str) -> Deadline | None:
    """The deadline a timetable's line opens with, if it reads as one."""
    heading = _TIME_HEADING.match(text)
    if heading is None or heading.group(0)[:4].isdigit():
        return None  # "1988: Huy chương vàng ...": a year alone opens a record of the past
    try:
        deadline, _ = parse_deadline_cell(heading.group(0).rstrip(" \t:"))
    except GrammarError:
        return None
    return deadline


@functools.lru_cache(maxsize=1024)
def _assignment(role: Role, actor: str) -> Assignment:
    """The tasks of an instrument name the same actors again and again (the addressees
    execute every task without its own actor): each pair is built and checked once."""
    return Assignment(role=role, actor=actor)


def _attachments(text: str, low: str) -> tuple[str, ...]:
    if "kèm" not in low:  # both phrases hold it: most tasks attach nothing
        return ()
    notes: dict[str, None] = {}
    for start in word_starts(low, _ATTACHMENT_WORDS):
        word_end = start + 8  # "đính kèm" and "kèm theo" are both 8 characters long
        window_start = max(0, start - 200)
        open_paren = text.rfind("(", window_start, start)
        close_paren = text.find(")", word_end, word_end + 200)
        if open_paren >= 0 and close_paren >= 0 and ")" not in text[open_paren:start]:
            note = text[open_paren + 1 : close_paren]
        else:
            left = max(text.rfind(mark, window_start, start) for mark in ",;.:(")
            left = left if left >= 0 else window_start - 1
            limit = min(len(text), word_end + 200)
            right = min(
                [i for i in (text.find(mark, word_end, limit) for mark in ",;.)") if i >= 0]
                or [limit]
            )
            note = text[left + 1 : right]
        note = " ".join(note.split()).strip(" .,;")
        if note and len(note.split()) <= 20:
            notes[note] = None
    return tuple(notes)
