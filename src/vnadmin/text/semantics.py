"""What a task asks: who acts and in which role, by when, how often, with what attached.

Roles come from the phrases of administrative Vietnamese: ``X chủ trì`` (lead), ``phối hợp
với Y`` (cooperate), ``báo cáo ... gửi Z`` (report to), ``Giao X tham mưu`` (advise),
``đề nghị X ...``, ``yêu cầu X ...`` or a task that opens with its actor (``Các cơ quan
truyền thông tăng cường ...``) (execute).  An actor phrase ends before the first verb of
what it is asked to do.  Deadlines and recurrences are searched with the grammar's
:data:`~vnadmin.grammar.deadlines.DEADLINE` and :data:`~vnadmin.grammar.deadlines.RECURRENCE`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.deadlines import (
    DEADLINE,
    RECURRENCE,
    deadline_from_match,
    recurrence_from_match,
)
from vnadmin.model import Assignment, DateDeadline, Deadline, Frequency, Role
from vnadmin.normalize import fold
from vnadmin.text.vocabulary import ACTOR_HEADS, DETERMINERS, PLACE_WORDS, VERBS

__all__ = [
    "TaskMeaning",
    "actor_phrase",
    "read_meaning",
    "sentences",
    "split_actors",
]

_MAX_TEXT = 20_000
_MAX_ACTOR_WORDS = 40
_SENTENCE_END = re.compile(r"(?:\./\.|[.!?…])(?=\s+[^\W\d_]|[^\W\d_]|$)")
_LIST_BREAK = re.compile(r",[ \t]+|[ \t]+và[ \t]+")
_NEW_GROUP = ("cac", "nhung", "moi", "thu truong", "lanh dao", "nguoi dung dau")
_UNIT_NOUNS = (
    "doanh nghiep",
    "dia phuong",
    "thanh pho",
    "doan the",
    "thi tran",
    "dang uy",
    "co quan",
    "to chuc",
    "don vi",
    "chi bo",
    "thi xa",
    "phuong",
    "truong",
    "huyen",
    "nganh",
    "phong",
    "quan",
    "ban",
    "hoi",
    "so",
    "xa",
)
"""Unit nouns (folded, longest first) that list kinds of one group after a comma."""
_QUALIFIERS = ("cap ", "trong ", "tren ", "thuoc ", "truc thuoc ", "tai ", "lien quan", "co lien quan", "o ")
_ADVERBIAL = re.compile(
    r"(?:Theo[ \t]+đó|Đồng[ \t]+thời|Bên[ \t]+cạnh[ \t]+đó|Ngoài[ \t]+ra|Trong[ \t]+đó"
    r"|(?:Định[ \t]+kỳ[ \t]+)?(?:hằng|hàng|mỗi)[ \t]+(?:ngày|tuần|tháng|quý|năm)"
    r"|Định[ \t]+kỳ(?:[ \t]+6[ \t]+tháng)?)[ \t]*,?[ \t]*",
    re.IGNORECASE,
)
_LEAD = re.compile(r"(?<![^\W\d_])chủ[ \t]+trì(?![^\W\d_])", re.IGNORECASE)
_ANCHOR = re.compile(
    r"(?<![^\W\d_])(?:giao(?:[ \t]+cho)?|đề[ \t]+nghị|yêu[ \t]+cầu|do)[ \t]+", re.IGNORECASE
)
_GIVE = re.compile(r"(?<![^\W\d_])giao(?:[ \t]+cho)?[ \t]+", re.IGNORECASE)
_ASK = re.compile(r"(?<![^\W\d_])(?:đề[ \t]+nghị|yêu[ \t]+cầu)[ \t]+", re.IGNORECASE)
_COOPERATE = re.compile(r"(?<![^\W\d_])phối[ \t]+hợp[ \t]+(?:chặt[ \t]+chẽ[ \t]+)?với[ \t]+", re.IGNORECASE)
_ADVISE = re.compile(r"(?<![^\W\d_])tham[ \t]+mưu(?![^\W\d_])", re.IGNORECASE)
_REPORT_SEND = re.compile(
    r"(?<![^\W\d_])báo[ \t]+cáo(?![^\W\d_])[^.;:\n]{0,160}?(?<![^\W\d_])gửi[ \t]+"
    r"(?:về[ \t]+|cho[ \t]+|đến[ \t]+|tới[ \t]+)*",
    re.IGNORECASE,
)
_SEND_REPORT = re.compile(
    r"(?<![^\W\d_])gửi[ \t]+(?:các[ \t]+)?báo[ \t]+cáo(?![^\W\d_])[^.;:\n]{0,100}?"
    r"(?<![^\W\d_])(?:về|cho|đến|tới)[ \t]+(?=[A-ZĐ])",
    re.IGNORECASE,
)
_REPORT_TO = re.compile(
    r"(?<![^\W\d_])báo[ \t]+cáo[ \t]+(?=(?:UBND|Ủy[ \t]+ban|Uỷ[ \t]+ban|Thường[ \t]+trực"
    r"|Ban[ \t]+Thường[ \t]+vụ|Chủ[ \t]+tịch|Thủ[ \t]+tướng|Bộ|Sở|Tỉnh[ \t]+ủy|Thành[ \t]+ủy"
    r"|Huyện[ \t]+ủy|Chính[ \t]+phủ|Ban[ \t]+Chỉ[ \t]+đạo)\b)"
)
_ACTOR_END = re.compile(r"[.;:(\n]|[ \t]+(?:để|trước|chậm[ \t]+nhất|trong|theo|qua|bằng|kèm)(?![^\W\d_])")
_ATTACHMENT = re.compile(r"(?<![^\W\d_])(?:đính[ \t]+kèm|kèm[ \t]+theo)(?![^\W\d_])", re.IGNORECASE)
_ROLE_ORDER = {Role.EXECUTE: 0, Role.LEAD: 1, Role.ADVISE: 2, Role.COOPERATE: 3, Role.REPORT_TO: 4}


@attrs.frozen
class TaskMeaning:
    """What :func:`read_meaning` found in one task's own text."""

    assignments: tuple[Assignment, ...]
    explicit: bool
    deadline: Deadline | None
    other_deadlines: int
    recurrence: Frequency | None
    attachment_notes: tuple[str, ...]


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

    ``;`` always separates.  ``và`` separates when what follows starts a new name: a
    capital letter (``Chánh Thanh tra``) or a plural determiner (``các ...``).  A comma
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
        for match in _LIST_BREAK.finditer(part):
            following = part[match.end() : match.end() + 60]
            if _separates(following, comma=match.group(0).startswith(",")):
                piece = part[start : match.start()].strip(" \t.,;:")
                if piece:
                    entries.append(piece)
                start = match.end()
        piece = part[start:].strip(" \t.,;:")
        if piece:
            entries.append(piece)
    return entries


def _separates(following: str, *, comma: bool) -> bool:
    if following[:1].isupper():
        return True
    key = fold(following)
    if key.startswith(tuple(word + " " for word in _NEW_GROUP)):
        return True
    if not comma:
        return False
    words = key.split()
    if len(words) >= 2 and words[0] in PLACE_WORDS and following.split()[1][:1].isupper():
        return False  # "..., tỉnh Sóc Trăng" qualifies the entry before it
    fragment = key.split(",")[0].strip()
    for unit in _UNIT_NOUNS:
        if fragment == unit:
            return False
        if fragment.startswith(unit + " "):
            return not (fragment[len(unit) + 1 :] + " ").startswith(_QUALIFIERS)
    return True


def _verb_start(text: str, position: int = 0) -> int | None:
    """Offset of the first verb at or after ``position`` that is not a noun after a
    determiner (``các tổ chức``)."""
    for match in VERBS.finditer(text, position):
        before = text[max(0, match.start() - 12) : match.start()].split()
        if before and before[-1].casefold() in DETERMINERS:
            continue
        if match.start() > position and match.group(0)[0].isupper():
            continue  # a capitalised word inside a phrase is a name (Chánh Thanh tra)
        return match.start()
    return None


def actor_phrase(text: str, position: int = 0) -> str | None:
    """The actor phrase starting at ``position``: up to the first verb, at most 40 words."""
    verb = _verb_start(text, position)
    if verb is None:
        return None
    phrase = text[position:verb].strip(" \t,")
    if not phrase or len(phrase.split()) > _MAX_ACTOR_WORDS or re.search(r"[.:!?()]", phrase):
        return None
    return phrase


def _object_phrase(text: str, position: int) -> str | None:
    """An actor named after a preposition (``phối hợp với Y``, ``gửi Z``): up to a verb, a
    stop word or punctuation."""
    rest = text[position : position + 300]
    cut = len(rest)
    stop = _ACTOR_END.search(rest)
    if stop is not None:
        cut = stop.start()
    verb = _verb_start(rest)
    if verb is not None:
        cut = min(cut, verb)
    phrase = rest[:cut].strip(" \t,")
    if not phrase or len(phrase.split()) > _MAX_ACTOR_WORDS:
        return None
    return phrase


def _clause_start(sentence: str) -> int:
    match = _ADVERBIAL.match(sentence)
    return match.end() if match is not None else 0


def _assignments(text: str, *, first: bool) -> list[tuple[int, Role, str]]:
    found: list[tuple[int, Role, str]] = []
    for offset, sentence in sentences(text):
        if len(sentence) > 3000:
            sentence = sentence[:3000]
        leads = list(_LEAD.finditer(sentence))
        for lead in leads:
            anchors = [a for a in _ANCHOR.finditer(sentence, 0, lead.start())]
            start = anchors[-1].end() if anchors else _clause_start(sentence)
            phrase = sentence[start : lead.start()].strip(" \t,")
            if phrase and len(phrase.split()) <= _MAX_ACTOR_WORDS and _verb_start(phrase) is None:
                found.extend((offset + start, Role.LEAD, a) for a in split_actors(phrase))
            elif not phrase:
                found.append((offset + lead.start(), Role.LEAD, ""))
        for give in _GIVE.finditer(sentence):
            phrase = actor_phrase(sentence, give.end())
            if phrase is None or any(lead.start() > give.end() for lead in leads):
                continue
            role = Role.ADVISE if _ADVISE.search(sentence, give.end()) else Role.EXECUTE
            found.extend((offset + give.end(), role, a) for a in split_actors(phrase))
        for ask in _ASK.finditer(sentence):
            phrase = actor_phrase(sentence, ask.end())
            if phrase is not None and not any(
                lead.start() > ask.end() and lead.start() - ask.end() <= len(phrase) + 2
                for lead in leads
            ):
                found.extend((offset + ask.end(), Role.EXECUTE, a) for a in split_actors(phrase))
        if first and offset == 0:
            start = _clause_start(sentence)
            if ACTOR_HEADS.match(sentence, start) and not _ASK.search(sentence[:200]):
                phrase = actor_phrase(sentence, start)
                if phrase is not None and not _LEAD.search(sentence, start, start + len(phrase) + 12):
                    found.extend((start, Role.EXECUTE, a) for a in split_actors(phrase))
        for cooperate in _COOPERATE.finditer(sentence):
            phrase = _object_phrase(sentence, cooperate.end())
            if phrase is not None:
                found.extend(
                    (offset + cooperate.end(), Role.COOPERATE, a) for a in split_actors(phrase)
                )
        for pattern in (_REPORT_SEND, _SEND_REPORT, _REPORT_TO):
            for report in pattern.finditer(sentence):
                if pattern is _REPORT_TO and re.search(
                    r"(?:để|tổng[ \t]+hợp)[ \t]*$", sentence[max(0, report.start() - 20) : report.start()]
                ):
                    continue
                phrase = _object_phrase(sentence, report.end())
                if phrase is not None and phrase[:1].isupper():
                    found.extend(
                        (offset + report.end(), Role.REPORT_TO, a) for a in split_actors(phrase)
                    )
    return found


def _boundary(text: str, position: int) -> bool:
    return position == 0 or not text[position - 1].isalnum()


def read_meaning(text: str, defaults: Sequence[str], *, first_sentence_actor: bool = True) -> TaskMeaning:
    """Read a task's own text; ``defaults`` act when the task names no actor itself."""
    text = text[:_MAX_TEXT]
    raw = _assignments(text, first=first_sentence_actor)
    assignments: list[tuple[int, Role, str]] = []
    for offset, role, actor in raw:
        if actor:
            assignments.append((offset, role, actor))
        else:  # "Chủ trì, phối hợp ..." under an actor heading: the inherited actor leads
            assignments.extend((offset, role, a) for a in defaults)
    explicit = any(role in (Role.EXECUTE, Role.LEAD, Role.ADVISE) for _, role, a in raw if a)
    if not any(role in (Role.EXECUTE, Role.LEAD, Role.ADVISE) for _, role, _ in assignments):
        assignments = [(-1, Role.EXECUTE, a) for a in defaults] + assignments
    seen: dict[tuple[Role, str], int] = {}
    for offset, role, actor in assignments:
        seen.setdefault((role, actor), offset)
    ordered = sorted(seen.items(), key=lambda item: (_ROLE_ORDER[item[0][0]], item[1]))
    deadlines: list[Deadline] = []
    for match in DEADLINE.finditer(text):
        if not _boundary(text, match.start()):
            continue
        try:
            deadlines.append(deadline_from_match(match))
        except GrammarError:
            continue
    dated = [d for d in deadlines if isinstance(d, DateDeadline)]
    deadline = dated[0] if dated else (deadlines[0] if deadlines else None)
    recurrence = None
    for match in RECURRENCE.finditer(text):
        if _boundary(text, match.start()):
            recurrence = recurrence_from_match(match)
            break
    return TaskMeaning(
        assignments=tuple(Assignment(role=role, actor=actor) for (role, actor), _ in ordered),
        explicit=explicit,
        deadline=deadline,
        other_deadlines=len({repr(d) for d in deadlines}) - (1 if deadline else 0),
        recurrence=recurrence,
        attachment_notes=_attachments(text),
    )


def _attachments(text: str) -> tuple[str, ...]:
    notes: dict[str, None] = {}
    for match in _ATTACHMENT.finditer(text):
        open_paren = text.rfind("(", max(0, match.start() - 200), match.start())
        close_paren = text.find(")", match.end(), match.end() + 200)
        if open_paren >= 0 and close_paren >= 0 and ")" not in text[open_paren : match.start()]:
            note = text[open_paren + 1 : close_paren]
        else:
            left = max(text.rfind(mark, 0, match.start()) for mark in ",;.:(")
            right_candidates = [
                i for i in (text.find(mark, match.end()) for mark in ",;.)") if i >= 0
            ]
            right = min(right_candidates) if right_candidates else len(text)
            note = text[left + 1 : right]
        note = " ".join(note.split()).strip(" .,;")
        if note and len(note.split()) <= 20:
            notes[note] = None
    return tuple(notes)
