"""Tasks from the task tree: each node's text read for who acts, by when, what it cites.

A node's own paragraphs are its text.  Its first line may name its actor as a heading
(``Sở Nội vụ:`` above its points, ``Phòng Đào tạo: Sắp xếp lịch học ...``): that actor
acts where the text names none, in the task and its subtasks.  Points that print only
fields (``a) Cơ quan chủ trì: ...``, ``b) Thời gian thực hiện: ...``) are the task's own
fields, not subtasks: they join its text, and the fields give its lead, cooperating units
and deadline (:mod:`vnadmin.text.fields`).  A later paragraph that gives work of its own
(``Trên cơ sở đó, Bộ Tư pháp tổng hợp ...``) is an unlabelled subtask, with the
paragraphs after it that name no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from vnadmin.model import Assignment, Citation, Role, Task
from vnadmin.text.body import Node, list_goes_on
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.fields import Field, TaskFields, field_of, only_fields, read_fields
from vnadmin.text.lines import Block
from vnadmin.text.semantics import (
    ASK,
    actor_phrase,
    asked_actors,
    directs_someone,
    is_actor,
    read_meaning,
    split_actors,
)
from vnadmin.text.tables import TableRow
from vnadmin.text.vocabulary import ACTOR_HEADS, CUT_AFTER, VERBS

__all__ = ["build_tasks"]

_EXECUTING = (Role.EXECUTE, Role.LEAD, Role.ADVISE)
_MAX_HEADING_WORDS = 40
_MAX_CUT_NAME = 60
"""A name cut by the line is on a short line: a longer one ran to the margin."""
_MAX_NAMED_LINE = 16
"""The most words of a line above its points that only names who acts."""
_BROKEN_AFTER = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(
        (
            *CUT_AFTER,
            *("thuộc", "Sở", "Ban", "Bộ", "Cục", "Phòng", "Văn phòng", "Ủy ban", "Uỷ ban", "Chánh"),
        )
    )
    + r"|UBND)$"
)
"""The last word of a line a sentence cannot stop on: :data:`CUT_AFTER`, or a name's head."""
_ROLES = re.compile(r"chủ trì|phối hợp|trách nhiệm|tham mưu|thực hiện|đề nghị|yêu cầu|giao ")
"""What a line that only names its actors never says."""
_FIELDS_HEADING = re.compile(
    r"(?:Cơ quan|Đơn vị|Tổ chức|Phân công)"
    r"(?: (?:thực hiện|chủ trì)(?:(?:, | và |/)(?:thực hiện|phối hợp))?)?[ \t]*:?",
    re.IGNORECASE,
)
"""The heading of a point that lists a task's fields below it (``Cơ quan thực hiện:``)."""
_DUTY_WORDS = ("Trách nhiệm", "Nhiệm vụ", "TRÁCH NHIỆM", "NHIỆM VỤ")
"""The word of a heading of duties, in either case."""
_DUTY = f"(?:{'|'.join(_DUTY_WORDS)})"
_DUTIES_OPENING = re.compile(rf"{_DUTY}(?: chung| CHUNG)?(?: của| CỦA)? ")
"""What opens a heading of the duties of the actor an article or a point is about
(``Trách nhiệm của Vụ Pháp chế``)."""
_DUTIES = re.compile(rf"{_DUTY} (?:của|CỦA) ")
"""A heading of the duties of whoever it names after ``của`` (not ``Nhiệm vụ cụ thể:``)."""
_CHARGED = re.compile(
    r"[ \t]+(?:có|chịu)[ \t]+trách[ \t]+nhiệm[ \t]*$|[ \t]+có[ \t]+nhiệm[ \t]+vụ[ \t]*$"
)
"""A heading that ends by charging whoever it names before (``... có trách nhiệm:``)."""
_COPULA = re.compile(r"[ \t]*(?:[Ll]à|LÀ)[ \t]")
"""What says who the actor before a colon is, not its members (``Các sở, ngành: Là các
đơn vị được lấy ý kiến ...``)."""
_APPOSITION = re.compile(r"[ \t]+[-–][ \t]+(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]hường trực)(?![^\W\d_]).*$")
"""What a heading says its actor is, after a dash (``Sở Tài chính - Cơ quan thường trực
Ban Chỉ đạo``): the role, not the name."""
_APPROVES = re.compile(r"(?:Đồng[ \t]+ý|Thống[ \t]+nhất|Chấp[ \t]+thuận)(?![^\W\d_])")
"""How an item by which the issuer itself approves opens (``Đồng ý đề xuất của Sở ...``,
``Thống nhất việc học sinh trở lại trường ...``): a decision taken, no work for the
addressees."""
_HANDED = re.compile(r"(?:Đề nghị|Yêu cầu|Giao)[ \t]*:[ \t]*")
"""A heading that hands work before a colon and names the actors after it."""
_MEMBERS_END = re.compile(r"(?:^|[ \t])(?:[Cc]ác|[Nn]hững)[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?$")
"""A plural before a colon that lists its members (``Bộ trưởng các Bộ: Quốc phòng``)."""

Cite = Callable[[Block], list[Citation]]


def build_tasks(
    node: Node,
    defaults: Sequence[str],
    cite: Cite,
    diagnostics: Diagnostics,
    *,
    issued: int | None = None,
    addressed: bool = False,
) -> list[Task]:
    """The tasks of a node of the task tree: one, or its subtasks when it has no text and
    no label; ``defaults`` act where a task names no actor; ``cite`` reads a paragraph's
    citations; ``issued`` is the year of the instrument (a date long before it is no
    deadline).  ``addressed``: the defaults are whom the letter addresses or its lead-in
    asks, not actors a heading above named; an item by which the issuer itself approves
    (``Đồng ý ...``, ``Thống nhất ...``) is then done by no one of them."""
    blocks = _mend_cut_name([block for block in node.blocks if block.text])
    fielded = [child for child in node.children if _prints_fields(child)]
    children = [child for child in node.children if not _prints_fields(child)]
    own_blocks, later = _own_paragraphs(blocks)
    lines = _mend_breaks([block.text for block in own_blocks])
    lines += [_printed(child) for child in fielded]
    own = "\n".join(lines)
    fields = read_fields(own) if own else TaskFields()
    for block in own_blocks:
        if isinstance(block, TableRow):  # what the row's cells say
            fields.assignments[:0] = block.fields.assignments
            fields.deadline = block.fields.deadline or fields.deadline
            fields.recurrence = block.fields.recurrence or fields.recurrence
    heading, rest = _heading(own, has_children=bool(children or later))
    reading = _without(rest, fields, len(own) - len(rest))
    leads = [actor for role, actor in fields.assignments if role is Role.LEAD]
    headed = tuple(split_actors(_APPOSITION.sub("", heading))) if heading else ()
    approves = addressed and _APPROVES.match(reading) is not None
    meaning = read_meaning(
        reading,
        headed or (() if leads or approves else defaults),
        first_sentence_actor=not leads,
        issued=issued,
    )
    assignments = _merged(fields, meaning.assignments)
    actors = tuple(a.actor for a in assignments if a.role in _EXECUTING) or tuple(defaults)
    if children or later:  # "Ủy ban ... yêu cầu Chính phủ thực hiện các nhiệm vụ sau:"
        actors = asked_actors(own) or actors
    addressed = addressed and actors == tuple(defaults)
    subtasks = [
        task
        for group in later
        for task in build_tasks(
            Node(None, None, group), actors, cite, diagnostics, issued=issued, addressed=addressed
        )
    ]
    subtasks += [
        task
        for child in children
        for task in build_tasks(
            child, actors, cite, diagnostics, issued=issued, addressed=addressed
        )
    ]
    if not own:
        if node.label is None:
            return subtasks
        own = node.label  # "Điều 1." alone above its clauses: the heading keeps its place
    cited: dict[Citation, None] = {}
    for block in own_blocks:
        cited.update(dict.fromkeys(cite(block)))
    for child in fielded:
        for block in child.blocks:
            cited.update(dict.fromkeys(cite(block)))
    if meaning.past_dates and blocks:
        diagnostics.info(
            blocks[0].line,
            "deadline-past",
            f"{meaning.past_dates} date phrase(s) long before the instrument's date: what"
            " the task applies to, not deadlines",
        )
    if meaning.other_deadlines and blocks:
        diagnostics.info(
            blocks[0].line, "deadlines-several", "a task gives several deadlines; the first kept"
        )
    return [
        Task(
            label=node.label,
            text=own,
            subtasks=subtasks,
            assignments=assignments,
            deadline=fields.deadline or meaning.deadline,
            recurrence=fields.recurrence or meaning.recurrence,
            citations=list(cited),
            attachment_notes=meaning.attachment_notes,
        )
    ]


def _prints_fields(node: Node) -> bool:
    """A point that prints only fields of its task (``a) Cơ quan chủ trì: Sở Nội vụ``), or
    only a heading of fields above points that do (``b) Cơ quan thực hiện:`` / ``- Đơn vị
    chủ trì: ...`` / ``- Đơn vị phối hợp: ...``)."""
    if node.label is None:
        return False
    if _listed_field(node) is not None:
        return True
    text = "\n".join(_mend_breaks([block.text for block in node.blocks if block.text]))
    if node.children:
        return _FIELDS_HEADING.fullmatch(text) is not None and all(
            _prints_fields(child) for child in node.children
        )
    return bool(text) and only_fields(text)


def _printed(node: Node) -> str:
    """The lines a point of fields prints, a heading above fields with its colon (``2.
    Cơ quan chủ trì, phối hợp:``: no sentence in which ``Cơ quan`` leads)."""
    text = " ".join(_mend_breaks([block.text for block in node.blocks if block.text]))
    listed = _listed_field(node)
    if listed is not None:
        return f"{node.label} {listed}" if node.label else listed
    if node.children and not text.endswith(":"):
        text += ":"
    printed = f"{node.label} {text}" if node.label else text
    return "\n".join([printed, *(_printed(child) for child in node.children)])


_LISTED_FIELDS = (Field.LEAD, Field.COOPERATE, Field.LEAD_AND_COOPERATE)


def _listed_field(node: Node) -> str | None:
    """A field a point names as a heading above the lines or points that list its values
    (``a) Cơ quan chủ trì`` / ``- Sở Nội vụ.`` / ``- Các sở, ngành liên quan.``), as the
    one line that prints it (``Cơ quan chủ trì: Sở Nội vụ; Các sở, ngành liên quan``);
    None unless each value only names someone (no points of its own, no verb first)."""
    if not node.blocks or len(node.blocks) + len(node.children) < 2:
        return None
    name = node.blocks[0].text.strip(" \t:")
    if field_of(name) not in _LISTED_FIELDS:
        return None
    listed = [[block.text] for block in node.blocks[1:]]
    for child in node.children:
        if child.children:
            return None
        listed.append([block.text for block in child.blocks])
    values: list[str] = []
    for first, *notes in listed:
        value = first.strip(" \t.;,")
        if (
            not all(note.startswith("(") for note in notes)  # "(... đồng thời là ...)"
            or not value
            or len(value.split()) > _MAX_HEADING_WORDS
            or _starts_with_verb(value)
        ):
            return None
        values.append(value)
    return f"{name}: {'; '.join(values)}"


def _mend_breaks(texts: list[str]) -> list[str]:
    """A task's paragraphs with a sentence a short crawl line broke inside a name put back
    together: the paragraph before ends on a word that cannot end a sentence (``phối hợp
    với Sở`` / ``Văn hóa, Thể thao và Du lịch ...``, ``với Ban`` / ``Tuyên giáo ...``)."""
    mended: list[list[str]] = []  # each paragraph's parts, joined once at the end: a
    for text in texts:  # string grown part by part is copied whole each time (quadratic)
        if mended and text[:1].isupper() and _broken(mended[-1][-1]):
            mended[-1].append(text)
        else:
            mended.append([text])
    return [" ".join(parts) for parts in mended]


def _broken(text: str) -> bool:
    """Whether ``text`` ends on a word of :data:`_BROKEN_AFTER`: looked for in its last
    characters only (the word's lookbehind still sees the one before), for a paragraph
    mended line after line grows, and a search of it whole each time was quadratic."""
    return _BROKEN_AFTER.search(text, max(0, len(text) - 20)) is not None


def _mend_cut_name(blocks: list[Block]) -> list[Block]:
    """A task's first paragraph that is a name cut by the line, the rest of the name
    opening the next one (``Văn phòng`` / ``Trung ương Đảng phối hợp ...``): one
    paragraph.  A heading above what its actor does (``Sở Tài chính`` / ``Căn cứ chức
    năng, ...``) is left as it is."""
    if len(blocks) < 2:
        return blocks
    first, second = blocks[0].text, blocks[1].text
    if (
        len(first) > _MAX_CUT_NAME
        or not second[:1].isupper()
        or _starts_with_verb(second)
        or _actor(first) is None
    ):
        return blocks
    joined = f"{first} {second}"
    phrase = actor_phrase(joined)
    if phrase is None or len(phrase) <= len(first) + 1:
        return blocks
    return [blocks[0].followed_by(blocks[1]), *blocks[2:]]


def _own_paragraphs(blocks: list[Block]) -> tuple[list[Block], list[list[Block]]]:
    """The task's own paragraphs, and the groups that begin where a later paragraph gives
    work of its own."""
    own: list[Block] = []
    later: list[list[Block]] = []
    for index, block in enumerate(blocks):
        if (
            index
            and directs_someone(block.text)
            and not only_fields(block.text)
            and not (block.text[:1].isupper() and _broken(blocks[index - 1].text))
            and not list_goes_on(blocks[index - 1].text, block.text)
        ):  # "phối hợp với Văn phòng" / "UBND tỉnh ...": the sentence goes on
            later.append([block])
        elif later:
            later[-1].append(block)
        else:
            own.append(block)
    return own, later


def _heading(text: str, *, has_children: bool) -> tuple[str | None, str]:
    """The actor a task's first line names as its heading, and the text after it:
    ``Sở Nội vụ:`` (or a bare ``Phòng CTCT-QLSV`` above subtasks or above the paragraph
    that says what it does) and ``Phòng Đào tạo: Sắp xếp lịch học ...``, whose text goes
    on with what that actor does.  A heading may hand the work on (``Đề nghị Ủy ban Mặt
    trận Tổ quốc tỉnh``, ``Đề nghị: ...``), list the members of a group (``Ủy ban nhân dân
    các xã: A, B``) or be wrapped onto a second line (``Đề nghị Ủy ban Mặt trận`` / ``Tổ
    quốc Việt Nam tỉnh``)."""
    if ":" in text:  # what _HANDED removes holds one; most task texts have none
        text = _HANDED.sub("", text, count=1)  # "Đề nghị: Hiệp hội Doanh nghiệp tỉnh, ..."
    first, _, after = text.partition("\n")
    head, colon, tail = first.partition(":")
    if colon and (not _MEMBERS_END.search(head) or _duties_follow(tail, has_children=has_children)):
        actor = _actor(_unhanded(head))  # "Đề nghị Tòa án nhân dân tỉnh:"
        if actor is None:
            actor = _named_heading(head, tail or after, has_children=has_children)
        duties = _DUTIES.match(head)
        if actor is None and duties is not None:  # "Trách nhiệm của đối tượng kiểm kê:"
            actor = _named(head[duties.end() :])
        charged = _CHARGED.search(head)
        if actor is None and charged is not None:  # "Người đứng đầu đơn vị ... có trách nhiệm:"
            actor = _named(head[: charged.start()], _MAX_HEADING_WORDS) if _is_named(head) else None
        listing = actor is not None and actor.lower().startswith(("các ", "những "))
        if actor is not None and (
            not tail.strip() or not listing or _starts_with_verb(tail) or _COPULA.match(tail)
        ):
            rest = f"{tail.strip()}\n{after}" if after else tail.strip()
            return actor, rest.strip()
        return None, text
    if colon and not tail.strip()[:1].isupper():
        return None, text
    if _too_long(first):  # no actor below, whatever follows (see _too_long)
        return None, text
    bare = _opening_removed(first).removesuffix(".")  # "Bà A - Nhân viên văn thư."
    actor = _actor(bare)
    concerning = _CONCERNING.match(bare)
    if actor is None and concerning is not None:
        actor = _concerned(bare[concerning.end() :], after, has_children=has_children)
    if not after and has_children and actor is None:
        actor = _named_line(bare)  # "Cục Kinh tế - Quản lý đầu tư xây dựng" above points
    if actor is not None and not after:
        return (actor, "") if has_children else (None, text)
    if actor is not None and _ends_heading(bare, after):
        return actor, after
    if actor is not None and after[:1].isupper() and _actor(bare + " " + after) is None:
        return None, f"{first} {after}"  # "Sở Công" / "Thương chịu ...": the name goes on
    second, _, rest = after.partition("\n")
    if second and (rest or has_children) and not _starts_with_verb(second):
        actor = _actor(f"{bare} {second}")  # a heading wrapped onto a second line
        if actor is not None and _ends_heading(actor, rest):
            return actor, rest
    return None, text


_CONCERNING = re.compile(r"Đối[ \t]+với[ \t]+")
"""What opens a heading about whoever it names (``Đối với đơn vị được kiểm tra:``)."""
_DUTY_VERB_NEXT = re.compile(r"(?:[ \t]+và)?[ \t]+[a-zđà-ỹ]")
"""A lower-case word after the first verb of a colon's tail (``và`` skipped): what the actor
does goes on (``Thông báo đến sinh viên``), where members are names in capitals (``Xây
dựng, Tài chính``, ``Xây dựng và Công Thương``)."""


def _duties_follow(tail: str, *, has_children: bool) -> bool:
    """Whether what follows a plural's colon says what it does, not who its members are:
    nothing, above the points that say it (``Các Khoa:``), or a verb a lower-case word goes
    on from (``Các Khoa: Thông báo đến sinh viên ...``)."""
    tail = tail.strip()
    if not tail:
        return has_children
    verb = VERBS.match(tail.lower())
    return verb is not None and _DUTY_VERB_NEXT.match(tail, verb.end()) is not None


def _named_heading(head: str, tail: str, *, has_children: bool) -> str | None:
    """Whom a heading before a colon names, when its verb-like words name it and what it does
    follows: a name above its points that ends in such words (``Phòng Hành chính tổng
    hợp:``), or a heading about whoever it names before the duties (``Đối với đơn vị được
    kiểm tra: Chuẩn bị báo cáo ...``, :func:`_concerned`)."""
    concerning = _CONCERNING.match(head)
    if concerning is not None:
        return _concerned(head[concerning.end() :], tail, has_children=has_children)
    if tail.strip() or not has_children:
        return None
    return _name_ending_in_verb(head.strip())


def _name_ending_in_verb(line: str) -> str | None:
    """A body's name whose last words are verb-like, a capitalised word just before them
    (``Phòng Hành chính tổng hợp``): the words close the name, no verb follows it.  A line
    whose verb follows lower-case words says what someone does (``Người đứng đầu cơ quan
    chủ quản phê duyệt:``)."""
    if _named_line(line) is None:  # "Bộ trưởng Bộ Tài chính chủ trì:" gives a role
        return None
    words = line.split()
    for count in (1, 2):
        verb = " ".join(words[-count:]).lower()
        before = words[:-count]
        if (
            VERBS.fullmatch(verb) is not None
            and len(before) >= 2
            and any(word[:1].isupper() for word in before[-2:])
            and _actor(" ".join(before)) is not None
        ):
            return line
    return None


def _capitalised(text: str) -> str:
    """``text`` with its first letter a capital, as a heading names a body (``người đứng đầu``)."""
    return text[:1].upper() + text[1:]


_TIMED = re.compile(r"^[^:\n]{1,60}:[ \t]*")
"""The time a line of a timetable opens with (``Từ 07/02 - 19/02/2022 (tuần 28 và 29):``)
before what is done then."""


def _concerned(named: str, after: str, *, has_children: bool) -> str | None:
    """Whom a heading ``Đối với ...`` names, when what follows gives them work: it opens with
    a capitalised verb (a lower-case one after the time of a timetable's line), or its first
    sentence names them again (``Đối với Ủy ban nhân dân cấp xã`` / ``Trong thời hạn 07
    ngày ..., Ủy ban nhân dân cấp xã có trách nhiệm ...``); with nothing after it, the
    points below do, under a name with no verb in it.  What a law's heading is about is
    often no actor: a person or an enterprise (``Đối với cá nhân:`` / ``a) Danh hiệu ...
    được tặng ...``; ``Đối với doanh nghiệp ...:`` / ``Quần chúng làm việc trong các doanh
    nghiệp ...``), those a provision defines (``Đối với các tổ chức quy định tại điểm b
    ...:``), aid (:data:`_SCOPE_WORDS`)."""
    named, after = named.strip(), after.strip()
    key = named.lower()
    if (
        not named
        or not _opens_name(_capitalised(named))
        or key.startswith(_SCOPE_WORDS)
        or "quy định" in key
    ):
        return None
    if not after:  # a rule's scope is named in lower case ("Đối với cơ quan tài chính:")
        named_so = (
            named[:1].isupper()
            or key.startswith(_STUDENTS_AND_STAFF)
            or _plural_of_names(named)  # "Đối với các Thôn, Tổ dân phố:"
        )
        return _actor(named) if has_children and named_so else None
    duty = _TIMED.sub("", after, count=1)
    timed = len(duty) < len(after)
    first = after.partition("\n")[0].partition(". ")[0]
    if not (
        (_starts_with_verb(duty) and (timed or duty[:1].isupper()))
        or named.lower() in first.lower()
    ):
        return None
    return _actor(named) or _named(named)


def _plural_of_names(named: str) -> bool:
    """Whether ``named`` is a plural before a capitalised name of bodies or settlements
    (``các Thôn``, ``các Sở``): the units a plan sets to work, not a rule's scope in lower
    case, nor capitalised things it applies to (``các Dự án đầu tư công``, ``các Chương
    trình mục tiêu quốc gia``)."""
    plural, _, rest = named.partition(" ")
    return (
        plural.lower() in ("các", "những")
        and rest[:1].isupper()
        and (ACTOR_HEADS.match(rest) is not None or rest.startswith(_SETTLEMENTS))
    )


_SETTLEMENTS = ("Thôn", "Tổ", "Ấp", "Bản", "Buôn", "Làng", "Xóm", "Khu", "Xã", "Phường", "Thị trấn")
"""The units of a commune and the commune's own level, capitalised as a plan names them
(``các Thôn, Tổ dân phố``, ``các Xã, thị trấn``): whom it sets to work; no actor's head."""


_SCOPE_WORDS = ("cá nhân", "doanh nghiệp", "hộ ", "người", "viện trợ", "báo cáo")
"""What a law's heading ``Đối với ...`` names as the scope of what follows: a person, an
enterprise, aid (``viện trợ``, no ``Viện``), a report (``Báo cáo ...``, no ``Báo``)."""
_STUDENTS_AND_STAFF = ("sinh viên", "học viên", "giảng viên", "cán bộ")
"""Whom a school's heading names in lower case above what they do (``Đối với sinh viên
các khóa ...``)."""


def _too_long(line: str) -> bool:
    """Whether ``line`` has too many words to name an actor (:func:`_actor`) even without
    the words :func:`_opening_removed` removes, three at most: most task texts open with a long
    sentence, and searching it for those words cost more than counting its first words."""
    return len(line.split(None, _MAX_HEADING_WORDS + 3)) > _MAX_HEADING_WORDS + 3


def _unhanded(line: str) -> str:
    """``line`` without the handing or duty words that open a heading (``Đề nghị``); as it
    is when it is too long to name an actor anyway (:func:`_too_long`)."""
    return line if _too_long(line) else _opening_removed(line)


def _opening_removed(line: str) -> str:
    """``line`` without the words that open a heading before the actor it names: work
    handed on (:data:`~vnadmin.text.semantics.ASK`: ``Đề nghị Ủy ban Mặt trận Tổ quốc
    tỉnh``) or duties (``Trách nhiệm của Vụ Pháp chế``).  Only where the line opens with
    them: inside a name the words are the name's (``Sở Giao thông vận tải``)."""
    opening = ASK.match(line) or _DUTIES_OPENING.match(line)
    return line[opening.end() :] if opening is not None else line


def _named_line(line: str) -> str | None:
    """A line above its points that only names who acts: it opens with an actor's head,
    gives no role (``chủ trì``, ``phối hợp``, ``trách nhiệm``) and no sentence; its
    verb-like words name the body (``Các chủ đầu tư xây dựng và kinh doanh hạ tầng``)."""
    line = line.strip()
    if (
        not _opens_name(line)
        or len(line.split()) > _MAX_NAMED_LINE
        or re.search(r"[.;:!?]", line)
        or _ROLES.search(line.lower())
    ):
        return None
    return line


def _ends_heading(actor: str, after: str) -> bool:
    """Whether the line after an actor's name opens what it does (``Xây dựng kế hoạch
    ...``), not the rest of its name cut by the line (``Sở Công`` / ``Thương chịu ...``)."""
    if not after or _starts_with_verb(after):
        return True
    following = after.partition("\n")[0]
    if not following[:1].isupper() or _actor(f"{actor} {following}") is not None:
        return False  # "Ban Quản lý Khu kinh tế" / "Đông Nam": the name goes on
    joined = actor_phrase(f"{actor} {following}")
    return joined is None or len(joined) <= len(actor)


def _actor(candidate: str) -> str | None:
    candidate = candidate.strip()
    if (
        not candidate
        or len(candidate.split()) > _MAX_HEADING_WORDS
        or not _opens_name(_capitalised(candidate))  # "Giao người đứng đầu"
        or actor_phrase(candidate + " thực hiện") != candidate
    ):
        return None
    return candidate


def _opens_name(text: str) -> bool:
    """Whether ``text`` opens with an actor's head; a plural (``Các``, ``Những``) only
    before a body (``Các sở``, ``Các tỉnh``) or a capital (``Các Phó Chánh án``): ``Các
    vi phạm và hình thức xử lý`` names no one."""
    if is_actor(text, 0):
        return True
    head = ACTOR_HEADS.match(text)
    return head is not None and text[head.end() :].lstrip()[:1].isupper()


def _named(candidate: str, words: int = _MAX_NAMED_LINE) -> str | None:
    """Whoever a heading of duties names after ``của``, with or without the head of a
    body's name, its verb-like words naming it (``đối tượng thực hiện kiểm kê``): a short
    phrase, no sentence."""
    candidate = candidate.strip()
    if not candidate or len(candidate.split()) > words or re.search(r"[.;!?]", candidate):
        return None
    return candidate


def _is_named(head: str) -> bool:
    """Whether a heading opens with the name of a body or an office."""
    return ACTOR_HEADS.match(_capitalised(head)) is not None


def _starts_with_verb(text: str) -> bool:
    return VERBS.match(text.strip().lower()) is not None


def _without(text: str, fields: TaskFields, shift: int) -> str:
    """``text`` (which starts ``shift`` characters into the task's text) with its fields
    blanked out: ``Cơ quan chủ trì: ...`` is no sentence in which ``Cơ quan`` leads."""
    if not fields.spans:
        return text
    chars = list(text)
    for start, end in fields.spans:
        for index in range(max(0, start - shift), max(0, end - shift)):
            chars[index] = " "
    return "".join(chars)


def _merged(fields: TaskFields, read: tuple[Assignment, ...]) -> tuple[Assignment, ...]:
    if not fields.assignments:
        return read
    merged = dict.fromkeys(fields.assignments)
    merged.update(dict.fromkeys((a.role, a.actor) for a in read))
    return tuple(Assignment(role=role, actor=actor) for role, actor in merged)
