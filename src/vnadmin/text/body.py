"""The body's layout: legal bases and preamble, background, the task tree, closing items.

Paragraphs before the first top-level label are the preamble (a leading run that opens
with ``Căn cứ``, ``Thực hiện``, ...) and the background; labelled paragraphs form the
task tree (see :mod:`vnadmin.grammar.labels`), unlabelled ones inside it continue the task
above; unlabelled paragraphs after the last labelled one are closing items (``Giao ...
chủ trì``), unless that last item ends with a colon and so introduces them.  A body
without any label has no task list: its directive paragraphs become unlabelled tasks, and
so does an opening paragraph that gives an order after its legal basis or proposal
(``Theo đề nghị của ..., Chủ tịch UBND tỉnh giao Sở ... chủ trì ...``).

The document's own outline decides the top level: the highest shape it uses, in the order
parts (``Phần``), chapters, sections (``Mục``), articles (``Điều``), lettered parts
(``A.``), Roman sections, numbers (``1.``, then ``1.1.``), letters (``a)``), bullets.
Labels of lower shapes before the first top-level one belong to the background.  Below
the top, the first shape met opens a level, a new shape nests, a known shape closes back.
Labels are read in sequence: ``C.`` after ``B.`` is a lettered part, ``C)`` after ``b)``
a point a scan printed in capitals, a Roman numeral that does not follow the last one
(``C.`` = 100 after ``I.``) is none.  A label printed with a sub-label on its line
(``Điều 2: a) ...``) opens both.  Numbered lines inside a quotation of another instrument
(a paragraph opening with a quote after a colon, up to the closing quote) are not labels.
"""

from __future__ import annotations

import itertools
import re

import attrs

from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.grammar.deadlines import DEADLINE
from vnadmin.grammar.labels import LABEL, label_level, roman_value, to_roman
from vnadmin.model import KINDS, KindRegistry
from vnadmin.normalize import fold
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import MAX_SCAN, Block, Line, is_caps, lowered, starts_lower, word_starts
from vnadmin.text.semantics import actor_phrase, directs_someone, gives_order
from vnadmin.text.tables import TableRow
from vnadmin.text.vocabulary import (
    ACTOR_HEADS,
    CUT_AFTER,
    DIRECTIVE_WORDS,
    PREAMBLE,
    STATE_BANNER,
    VERBS,
)

__all__ = ["BodyLayout", "Node", "attachment_start", "lay_out", "list_goes_on"]


@attrs.define
class Node:
    """A task being built: its label, its level key, its own paragraphs, its subtasks."""

    label: str | None
    level: str | None
    blocks: list[Block]
    children: list[Node] = attrs.field(factory=list)


@attrs.define
class BodyLayout:
    preamble: list[Block] = attrs.field(factory=list)
    background: list[Block] = attrs.field(factory=list)
    tasks: list[Node] = attrs.field(factory=list)
    closing: list[Block] = attrs.field(factory=list)
    formula: str | None = None
    """The enacting formula before the tasks (``QUYẾT ĐỊNH:``), as printed."""


_SPECKS = re.compile(r"[„‚`´^~¬|_,'‘’]{1,4}[ \t]*")
"""Specks a scan prints before a label (``„ 3.``, ``,_b)``)."""
_FOOTNOTE_MARK = re.compile(r"\[(?<=\d\[)\d{1,3}\](?=[.:)])")
"""A footnote mark glued to a number (``8[7].``); it opens with its bracket, and the digit
before is looked back at from there (a look-behind first was tried at every character)."""
_LABEL_REACH = 16
"""How far into a paragraph a label's number and its footnote mark may reach."""
_LOOK_ALIKES = {"©": "c"}
"""Letters of point labels a scan reads as symbols (``©)`` for ``c)``)."""
_LETTERS = "abcdđefghijklmnopqrstuvwxyz"
_SECTION_RANKS = {"section-phần": 0, "section-chương": 1, "section-mục": 2}
_ROWS = 14
_QUOTES = '“"”«'
_CLOSING_QUOTES = "”\"`'’“»"
_BULLETS = "-–—+•●▪○◦·∙➢►"
_PREAMBLE_INITIALS = frozenset("CcTtXx")
"""The first letters of :data:`PREAMBLE`'s words (``Căn cứ``, ``Thực hiện``, ``Xét``)."""
_CUT_AFTER = re.compile(r"(?<![^\W\d_])(?:" + "|".join((*CUT_AFTER, "thuộc")) + ")$")
_NUMBERED = re.compile(r"\d{1,4}[ \t]?[.)](?=[ \t])")
_ROMAN_JUMP = 4
"""How far a misnumbered Roman section heading may jump ahead (``VI.`` after ``II.``)."""
_ARTICLE = re.compile(r"[*_ \t]*Điều[ \t]+(\d{1,3})(?![\d/])")
_BANNER_HINTS = ("NGHĨA VIỆT", "NGHIA VIET")
"""What the banner (``... CHỦ NGHĨA VIỆT NAM``) holds: found with ``str.find``, then the
line is checked."""


def _rank(level: str) -> int:
    """The place of a shape in the outline, 0 the highest; a task table's rows rank below
    every printed label, so that a table nests under the item it is printed in."""
    if level.startswith("row-"):
        return _ROWS + _rank(level[4:])
    if level in _SECTION_RANKS:
        return _SECTION_RANKS[level]
    if level == "dieu":
        return 3
    if level.startswith("part"):
        return 4
    if level == "roman":
        return 5
    if level.startswith("arabic"):
        return 6
    if level.startswith("decimal"):
        return 6 + int(level[7:])
    if level == "letter":
        return 12
    return 13  # bullets


@attrs.define
class _Sequence:
    """The last Roman numeral, lettered part and point read: what the next label continues."""

    roman: int = 0
    part: str = ""
    letter: str = ""
    article: int = 0

    def level(self, match: re.Match[str], *, heading: bool = False) -> str | None:
        """The level of a label in this sequence (``None``: not a label here).  A Roman
        numeral that jumps ahead is a section misnumbered when a capital heading follows it
        (``V. TỔ CHỨC THỰC HIỆN`` after ``II.``)."""
        level = label_level(match)
        if level == "roman":
            value = roman_value(match["roman"]) or 0
            if value <= self.roman + 2:
                self.roman = value
                return level
            if len(match["roman"]) == 1:  # "C." after "B.": a lettered part
                capital = self._capital(match["roman"], match.group(0).rstrip()[-1])
                if capital is not None:
                    return capital
            if heading and 0 < self.roman < value <= self.roman + _ROMAN_JUMP:
                self.roman = value
                return level
            return None
        if level is not None and level.startswith("upper"):
            return self._capital(match["upper"], level[-1])
        if level == "letter":
            self.letter = match["letter"]
        if level == "dieu":
            number = _ARTICLE_NUMBER.search(match.group(0))
            value = int(number.group(0)) if number is not None else 0
            if self.article and value > self.article + _ARTICLE_JUMP:
                return None  # "Điều 85" after "Điều 23": an article another text numbers
            self.article = value or self.article
        return level

    def _capital(self, letter: str, close: str) -> str | None:
        low = letter.lower()
        if close == ")" and self.letter and 0 < _step(self.letter, low) <= 2:
            self.letter = low
            return "letter"
        if _step(self.part or "@", letter) in (0, 1) and (self.part or letter == "A"):
            self.part = letter
            return "part" + close
        return None


def _step(last: str, letter: str) -> int:
    """How many letters ``letter`` comes after ``last`` (``@`` stands before ``A``)."""
    if last == "@":
        return 1 if letter == "A" else -1
    order = _LETTERS.upper() if last.isupper() else _LETTERS
    if last not in order or letter not in order:
        return -1
    return order.index(letter) - order.index(last)


def _labels(block: Block, sequence: _Sequence) -> list[tuple[str, str, Block]]:
    """(label, level, block without the label) for a labelled paragraph: one, or two when
    a sub-label follows on the same line (``Điều 2: a) ...``); none for other paragraphs."""
    if isinstance(block, TableRow):
        return [(block.label or "", _row_level(block.label), block)]
    found = _label_at(block.text, sequence)
    if found is None:
        return []
    label, level, end = found
    rest = block.text[end:].strip()
    if level.startswith("section-") and rest and not is_caps(rest):
        return []  # "Mục 10 (thành phần gia đình): ..." names a field; headings are capitals
    inner = _label_at(rest, sequence) if rest else None
    if inner is None or inner[1].startswith("bullet"):
        return [(label, level, block.with_text(rest))]
    inner_label, inner_level, inner_end = inner
    inner_rest = block.with_text(rest[inner_end:].strip())
    if level.startswith("bullet"):
        if inner_level == "letter":  # "- a) ...": a stray dash before the point
            return [(inner_label, inner_level, inner_rest)]
        return [(label, level, block.with_text(rest))]
    if _rank(inner_level) <= _rank(level):
        return [(label, level, block.with_text(rest))]
    return [(label, level, block.with_text("")), (inner_label, inner_level, inner_rest)]


def _row_level(label: str | None) -> str:
    match = LABEL.match(label or "")
    level = label_level(match) if match is not None else None
    if level is not None and level.startswith("upper"):
        level = "part" + level[-1]
    return f"row-{level or 'none'}"


class LabelReader:
    """The labels opening paragraphs read in turn as the body's list reads them, outside a
    body (a news item retelling an instrument's items): a Roman numeral or a capital is one
    only in its sequence (``C. Ronaldo``, ``V. Lê Văn A`` open names), and a number with
    three digits after its point is a quantity (``1.500 hộ dân``), not a clause's label."""

    def __init__(self) -> None:
        self._sequence = _Sequence()

    def read(self, text: str) -> tuple[str, str, int] | None:
        """The label opening ``text``: as printed, its level, its end; ``None`` if none."""
        found = _label_at(text, self._sequence)
        if found is not None and found[1].startswith("decimal") and _THOUSANDS.search(found[0]):
            return None
        return found


_THOUSANDS = re.compile(r"\.\d{3}(?!\d)")
"""A group of three digits after a point: the thousands of a quantity (``1.500``)."""


def _label_at(text: str, sequence: _Sequence) -> tuple[str, str, int] | None:
    """The label opening ``text`` (behind scan specks): as printed, its level, its end."""
    head = text[:MAX_SCAN]
    specks = _SPECKS.match(head)
    skipped = specks.end() if specks is not None else 0
    head = head[skipped:]
    if head[:1] in _BULLETS and head[1:2] not in ("", " ", "\t"):
        speck = _SPECKS.match(head, 1)  # "-_ Hội đồng ...": a dash, then a scan's speck
        if speck is not None and head[speck.end() - 1 : speck.end()].isspace():
            bullet = LABEL.match(head[:1])
            level = None if bullet is None else sequence.level(bullet)
            return None if level is None else (head[:1], level, skipped + speck.end())
    if head[:1] in _LOOK_ALIKES and head[1:2] == ")":
        head = _LOOK_ALIKES[head[0]] + head[1:]
    mark = _FOOTNOTE_MARK.search(head, 0, _LABEL_REACH)
    if mark is not None:  # "Điều 8[7]." in a consolidated text: the footnote mark goes
        head = head[: mark.start()] + head[mark.end() :]
        skipped += mark.end() - mark.start()
    match = LABEL.match(head)
    heading = (  # only a Roman numeral's level asks for it
        match is not None
        and match["roman"] is not None
        and is_caps(head[match.end() :].partition("\n")[0])
    )
    level = None if match is None else sequence.level(match, heading=heading)
    if match is None or level is None:
        return None
    label = " ".join(match["label"].split())
    if label[-2:-1] == " " and label[-1] in ".):":  # "Điều 4 .": a stop a link put apart
        label = label[:-2] + label[-1]
    return label, level, skipped + match.end()


def _quoted(blocks: list[Block]) -> set[int]:
    """Indices of paragraphs inside a quotation of another instrument: one that opens with
    a quote after a paragraph ending in a colon (``... quy định:`` / ``"1. ...``), up to
    the paragraph ending with a closing quote; an unclosed quotation ends before a legal
    basis (``Căn cứ ...``), a dashed item, or the next number of the list it is printed in
    (``3.`` after a quotation opened in item ``2.``)."""
    found: set[int] = set()
    index = 1
    while index < len(blocks):
        text = blocks[index].text.lstrip(" .…_")
        if text[:1] not in _QUOTES or not blocks[index - 1].text.rstrip().endswith(":"):
            index += 1
            continue
        back = range(index - 1, max(-1, index - 200), -1)
        resumed, point = _resumed(blocks, back)
        articles = (_ARTICLE.match(blocks[at].text) for at in back)
        last = next((found for found in articles if found), None)
        article = int(last[1]) + 1 if last is not None else None
        end = index
        while end < len(blocks):
            following = blocks[end].text
            printed = _POINT.match(following if end > index else following.lstrip(_QUOTES))
            if printed is not None and (end == index or printed[0] != point):
                point = None  # the quotation's own points (“b) ...”, c)): none resumes
            if end > index and (
                PREAMBLE.match(following)
                or following[:1] in _BULLETS
                or (resumed is not None and _number_of(following) == resumed)
                or (printed is not None and printed[0] == point)
                or (article is not None and _article_is(following, article))
            ):
                end -= 1
                break
            found.add(end)
            tail = following[1:] if end == index else following
            if tail.rstrip(" .;,:…)")[-1:] in _CLOSING_QUOTES:
                break
            end += 1
        index = end + 1
    return found


def _resumed(blocks: list[Block], back: range) -> tuple[str | None, str | None]:
    """The labels that resume the lists a quotation is printed in, looking ``back`` from
    it: the number after the nearest numbered paragraph (``3.`` after ``2.``), and the
    point after the nearest point when no number comes between (``b)`` after ``a) Sửa
    đổi khoản 2 như sau:``, its quotation left unclosed)."""
    point = None
    for at in back:
        text = blocks[at].text
        number = _number_of(text)
        if number:
            return _next_number(number), point
        found = _POINT.match(text)
        if point is None and found is not None and found["letter"] in _LETTERS[:-1]:
            point = f"{_LETTERS[_LETTERS.index(found['letter']) + 1]}) "
    return None, point


def _number_of(text: str) -> str | None:
    """The number a paragraph opens with (``3.`` in ``3. Sở Nội vụ ...``, ``3 .`` where a
    page printed the number as a link of its own), if it does."""
    match = _NUMBERED.match(text)
    return match.group(0).replace(" ", "").replace("\t", "") if match is not None else None


def _article_is(text: str, number: int) -> bool:
    """Whether a paragraph opens article ``number`` (``Điều 2.``): the instrument's own
    next article ends a quotation left unclosed in the one before."""
    match = _ARTICLE.match(text)
    return match is not None and int(match[1]) == number


def _next_number(label: str | None) -> str | None:
    """The number after ``label`` (``3.`` after ``2.``): where an unclosed quotation ends,
    the document's own list going on."""
    if label is None:
        return None
    digits = label.rstrip(".)")
    return f"{int(digits) + 1}{label[len(digits) :]}" if digits.isdigit() else None


_NAMED_WORDS = 16
"""The most words of an item that only names who does the paragraph below it."""


def _names_only(text: str) -> bool:
    """Whether a labelled item only names an actor (``9. Văn phòng Ủy ban nhân dân
    tỉnh``), a heading above the paragraph that says what it does."""
    label = LABEL.match(text)
    name = text[label.end() :].strip() if label is not None else ""
    return (
        0 < len(name.split()) <= _NAMED_WORDS
        and not re.search(r"[.:!?]", name)
        and ACTOR_HEADS.match(name) is not None
        and actor_phrase(name + " thực hiện") == name
    )


_TITLE_ALONE = re.compile(r"[^\W\d_][^.;:!?\n]{0,80}")
"""An article's title after its label, with no sentence of its own (``Tổ chức thực hiện``)."""


def _titled_article(text: str) -> bool:
    """Whether the last item is an article's title alone: the paragraph below it is its
    text (``Điều 4. Tổ chức thực hiện`` / ``Chánh Văn phòng ... chịu trách nhiệm thi
    hành ...``), no closing item."""
    label = LABEL.match(text)
    return (
        label is not None
        and label["dieu"] is not None
        and _TITLE_ALONE.fullmatch(text[label.end() :].strip()) is not None
    )


def _goes_on(text: str, following: str) -> bool:
    """Whether the paragraph ``following`` goes on with ``text``: cut in mid-sentence
    (:func:`_cut_off`) or in a list of actors (:func:`list_goes_on`)."""
    return _cut_off(text) or list_goes_on(text, following)


def list_goes_on(text: str, following: str) -> bool:
    """Whether ``following`` is the next entry of a list of actors ``text`` ends in
    (``Điều 3. Chánh Văn phòng ...; Giám đốc Sở ...;`` / ``Thủ trưởng các sở ... chịu
    trách nhiệm thi hành Quyết định này``): one sentence, though a line opened it.  Only
    names so far, no verb: a paragraph that says work and ends in ``;`` is one of a list
    of directives."""
    return (
        text.rstrip().endswith((";", ","))
        and ACTOR_HEADS.match(following) is not None
        and not _says_work(text)
    )


def _says_work(text: str) -> bool:
    """Whether ``text`` holds a verb: in lower case, or opening a sentence (``Quyết định
    này có hiệu lực ...``); a capitalised one after a word is a word of a name (``Giám đốc
    Sở Xây dựng``, ``Sở Giao thông vận tải``)."""
    low = lowered(text)
    for match in VERBS.finditer(low):
        start = match.start()
        if low[start - 1 : start].isalnum():
            continue
        before = text[:start].rstrip()
        if text[start].islower() or not before or before[-1] in ".:;!?":
            return True
    return False


def _cut_off(text: str) -> bool:
    """Whether a paragraph stops in mid-sentence, on a word a sentence cannot end on (a
    short crawl line cut it): the paragraph after it goes on with it."""
    return _CUT_AFTER.search(text[-30:]) is not None


_FORMULA_MARKUP = "*_#` \t"
"""What a page's markup puts about a formula line (``**QUYẾT ĐỊNH:**``, ``# QUYẾT ĐỊNH:``)."""
_FORMULA_SPELLED = frozenset({"quyếtđịnh", "quyếtnghị"})
"""The enacting formulas' words as spelled, in lower case, their spaces dropped."""
_FORMULA_WORDS = frozenset(map(fold, _FORMULA_SPELLED))
"""The same, folded (``Q U Y Ế T  Đ Ị N H``, a tone misread, read by its letters)."""


def _enacting_formula(block: Block) -> str | None:
    """The line of ``block`` without its markup if it is an enacting formula alone, printed
    right or wrong (``QUYẾT ĐỊNH:``, ``Quyết định :``, ``QUYẾT ĐỊNH``), else ``None``."""
    text = block.text.strip(_FORMULA_MARKUP)
    if len(text) > 40 or "\n" in text:
        return None
    words = "".join(fold(text.rstrip(" \t:")).split())
    return " ".join(text.split()) if words in _FORMULA_WORDS else None


def _misread(formula: str) -> bool:
    """Whether a formula read by its bare letters is misspelled in its marks (``QUYÉT
    ĐỊNH:``, a tone OCR misread): a scan's damage, said so that the body's print is in
    doubt.  A formula with no marks at all is a text that lost them all (said elsewhere)."""
    spelled = "".join(formula.rstrip(" \t:").casefold().split())
    return not formula.isascii() and spelled not in _FORMULA_SPELLED


def _is_formula(block: Block) -> bool:
    """An enacting formula or an authority line between header and body (``QUYẾT ĐỊNH:``)."""
    return is_caps(block.text) and len(block.text) <= 160


def attachment_start(lines: list[Line], start: int, end: int) -> int:
    """Where an instrument attached after the signature begins in ``lines[start:end]``
    (``end`` if none): a second national banner, once the body has begun (a legal basis or
    a numbered label: scan noise above an unread header may hold its words).  The
    ``Nơi nhận`` heading, OCR damaged or not, is the footer's (``footer_start``): the body
    ends there already."""
    begin = start
    while begin < end:
        text = lines[begin].text
        begin += 1
        if text[:1] in _PREAMBLE_INITIALS and PREAMBLE.match(text):
            break
        label = LABEL.match(text[:MAX_SCAN])
        if label and label["bullet"] is None:
            break
    else:
        return end
    joined = "\n".join(line.text for line in lines[begin:end])
    hits: list[int] = []
    for hint in _BANNER_HINTS:
        index = joined.find(hint)
        while index >= 0:
            hits.append(index)
            index = joined.find(hint, index + 1)
    for hit in sorted(hits):
        line_start = joined.rfind("\n", 0, hit) + 1
        line_end = joined.find("\n", hit)
        text = joined[line_start : line_end if line_end >= 0 else len(joined)]
        if STATE_BANNER in fold(text[:120]) and is_caps(text):
            return begin + joined.count("\n", 0, line_start)
    return end


def lay_out(
    blocks: list[Block], diagnostics: Diagnostics, kinds: KindRegistry = KINDS
) -> BodyLayout:
    """Arrange body paragraphs into preamble, background, task tree and closing."""
    layout = BodyLayout()
    blocks = _comma_labels(_split_articles(blocks, diagnostics), diagnostics)
    blocks = _roman_misreads(_point_misreads(blocks, diagnostics), diagnostics)
    blocks = _one_misreads(blocks, diagnostics)
    quoted = _quoted(blocks)
    sequence = _Sequence()
    labels = [[] if index in quoted else _labels(b, sequence) for index, b in enumerate(blocks)]
    firsts: dict[int, int] = {}  # each rank's first labelled paragraph
    for index, found in enumerate(labels):
        if found:
            firsts.setdefault(_rank(found[0][1]), index)
    if firsts:
        starts = [firsts[rank] for rank in sorted(firsts)]
        first = next((at for at in starts if not _late_division(labels, at)), starts[0])
        top = labels[first][0][1]  # of the shapes of that rank, the first met is the top
        last = max(i for i, found in enumerate(labels) if found)
        before, items, after = blocks[:first], blocks[first : last + 1], blocks[last + 1 :]
        if after and items[-1].text.rstrip().endswith(":"):
            items, after = items + after, []
        elif after and (_names_only(items[-1].text) or _titled_article(items[-1].text)):
            items, after = items + after[:1], after[1:]  # "9. Văn phòng UBND tỉnh" / its work
        taken = 0  # "2. Các tỉnh ủy ... trực thuộc" / "Trung ương cụ thể hóa ..."
        while taken < len(after) and _goes_on(
            (after[taken - 1] if taken else items[-1]).text, after[taken].text
        ):
            taken += 1  # counted, then cut once: a list rebuilt at each step was quadratic
        items, after = items + after[:taken], after[taken:]
        item_labels = labels[first : first + len(items)]
        item_labels += [[] for _ in range(len(items) - len(item_labels))]
    else:
        before, items, after, item_labels = blocks, [], [], []
        top = ""
    for block in before:
        formula = _enacting_formula(block)
        if formula is not None:  # the last one: a title line may open a headerless body
            layout.formula = formula
            if _misread(formula):
                diagnostics.info(
                    block.line, "ocr-repaired", f"{formula!r} read as the enacting formula"
                )
        elif _is_formula(block):
            diagnostics.info(
                block.line,
                "line-skipped",
                f"{block.text[:60]!r} (a formula or heading) was not read",
            )
        elif not layout.background and PREAMBLE.match(block.text):
            layout.preamble.append(block)
        elif not layout.background and _basis_goes_on(layout.preamble, block, kinds):
            if starts_lower(block.text):  # "...; số 118/2025/NĐ-CP ...": the same basis
                layout.preamble[-1] = layout.preamble[-1].followed_by(block)
            else:
                layout.preamble.append(block)
        else:
            layout.background.append(block)
    layout.tasks = _tree(items, item_labels, top)
    for block in after:
        if block.text.strip(" ./") and not _is_formula(block):
            layout.closing.append(block)
        else:
            diagnostics.info(block.line, "line-skipped", f"{block.text[:60]!r} after the tasks")
    if not firsts and (layout.background or layout.preamble):
        lead_ins, asked = _asked_below(layout.background)
        directive = [b for b in layout.preamble if gives_order(b.text)] + [
            b
            for b in layout.background
            if id(b) in asked
            or (id(b) not in lead_ins and word_starts(lowered(b.text), DIRECTIVE_WORDS))
        ]
        if directive:
            chosen = {id(b) for b in directive}
            timed, timing = _timed_directives(layout.background, chosen)
            layout.preamble = [b for b in layout.preamble if id(b) not in chosen]
            layout.background = [
                b for b in layout.background if id(b) not in chosen and id(b) not in timing
            ]
            layout.tasks = [Node(None, None, [timed.get(id(b), b)]) for b in directive]
            diagnostics.info(
                directive[0].line,
                "tasks-unlabelled",
                f"no numbered task list: {len(directive)} paragraph(s) that direct someone"
                " were read as unlabelled tasks",
            )
    if quoted:
        lines = sorted(blocks[index].line for index in quoted)
        diagnostics.info(
            lines[0],
            "quotation-not-tasks",
            f"{len(quoted)} paragraph(s) quote another instrument: their numbered lines"
            " are not tasks",
        )
    return layout


def _asked_below(background: list[Block]) -> tuple[set[int], set[int]]:
    """The lead-ins of a body without a task list that ask someone with a colon (``Ủy ban
    nhân dân tỉnh yêu cầu:``), and the paragraphs right below each that direct someone
    (``Ủy ban nhân dân các huyện vận động nhân dân ...``): by their ids.  Those are the
    work asked; the lead-in is no task of its own."""
    lead_ins: set[int] = set()
    asked: set[int] = set()
    for before, block in itertools.pairwise(background):
        if (
            before.text.rstrip().endswith(":")
            and word_starts(lowered(before.text), DIRECTIVE_WORDS)
            and directs_someone(block.text)
        ):
            lead_ins.add(id(before))
            asked.add(id(block))
    return lead_ins, asked


_TIMING_WORDS = 20
"""The most words of a paragraph that only says by when the work above it is done."""


def _timed_directives(
    background: list[Block], chosen: set[int]
) -> tuple[dict[int, Block], set[int]]:
    """The directives of a body without a task list that the short paragraph after each
    times (``Đề nghị các trường rà soát ...`` / ``Các đơn vị thực hiện trước ngày
    24/3/2026.``): by each directive's id, the directive with that paragraph joined to it;
    and the ids of those paragraphs, no background.  Timing is a dated deadline in a short
    paragraph that directs no one of its own."""
    timed: dict[int, Block] = {}
    timing: set[int] = set()
    for before, block in itertools.pairwise(background):
        if (
            id(before) in chosen
            and id(block) not in chosen
            and len(block.text.split()) <= _TIMING_WORDS
            and any(match["date_deadline"] for match in DEADLINE.finditer(block.text))
        ):
            timed[id(before)] = before.followed_by(block)
            timing.add(id(block))
    return timed, timing


_ARTICLE_NUMBER = re.compile(r"\d{1,3}")
_ARTICLE_JUMP = 5
"""How far past the last article the next may be numbered (a scan misreads a digit):
further on, it is an article of another text quoted or cited at a line start."""
_SPLIT_ARTICLE = re.compile(
    r"(?P<word>[*_ \t]*Điều[ \t]+)(?P<head>\d{1,2})(?:[ \t]+(?P<tail>\d{1,2}))?(?![^\W_])"
)
_TAIL_DIGITS = re.compile(r"(?P<tail>\d{1,2})(?=[ \t]*[.:])")


def _split_articles(blocks: list[Block], diagnostics: Diagnostics) -> list[Block]:
    """An article whose number a page split into links of their own (``Điều 2`` / ``6.
    Trình bày ...``, ``Điều 1 5 . Lưu giữ ...``) read as one number where the two make the
    article after the last one read (``Điều 26`` after ``Điều 25``), and said."""
    mended: list[Block] = []
    last = 0
    index = 0
    while index < len(blocks):
        block = blocks[index]
        index += 1
        found = _SPLIT_ARTICLE.match(block.text)
        if found is None:
            mended.append(block)
            continue
        head, tail, rest = found["head"], found["tail"], block.text[found.end() :]
        if tail is None and not rest.strip() and index < len(blocks):
            later = _TAIL_DIGITS.match(blocks[index].text)  # "Điều 2" / "6. Trình bày ..."
            if later is not None and int(head + later["tail"]) == last + 1:
                tail, rest = later["tail"], blocks[index].text[later.end() :]
                block = block.followed_by(blocks[index])
                index += 1
        if tail is not None and int(head + tail) == last + 1:
            block = block.with_text(f"{found['word']}{head}{tail}{rest}")
            diagnostics.info(
                block.line, "label-joined", f"'Điều {head}' + '{tail}' read as 'Điều {head}{tail}'"
            )
            head += tail
        if (tail is None or head.endswith(tail)) and (
            not last or int(head) <= last + _ARTICLE_JUMP
        ):
            last = int(head)
        mended.append(block)
    return mended


_COMMA_LABEL = re.compile(r"(?P<number>\d{1,2}),[ \t]+(?=[^\W\d_])")
"""A number OCR read with a comma for its stop (``1, Cục Thuế tỉnh``); what follows opens
in capitals, as an item does (``9, khoản 10 Điều 3 ...`` is a list of numbers wrapped)."""


_DOT_LABEL = re.compile(r"(\d{1,3})\.")
_DASH_SPECK = re.compile(r"[-–—][ \t]+(?=\d{1,2},)")
"""A dash OCR read before a number with a comma for its stop (``- 1, Thực hiện ...``)."""
_ONE_MISREAD = re.compile(r"(?P<number>[!l])[.,][ \t]+(?=[^\W\d_])")
"""A first item's ``1`` OCR read as ``!`` or ``l`` (``!. Giảng viên ...``)."""


def _comma_labels(blocks: list[Block], diagnostics: Diagnostics) -> list[Block]:
    """A paragraph opening ``N,`` where another opens ``N+1.`` is the list's item N,
    its stop misread by OCR: read as ``N.``, and said; so is one opening ``!.`` or ``l.``
    where another opens ``2.``: its ``1`` misread."""
    numbered = {int(found[1]) for block in blocks if (found := _DOT_LABEL.match(block.text))}
    mended = []
    for block in blocks:
        dash = _DASH_SPECK.match(block.text)  # "- 1, Thực hiện ...": a speck before it too
        text = block.text[dash.end() :] if dash is not None else block.text
        found = _COMMA_LABEL.match(text) or _ONE_MISREAD.match(text)
        if found is not None and text[found.end()].isupper():
            printed = found["number"]
            number = printed if printed.isdigit() else "1"
            if int(number) + 1 in numbered:
                stop = text[len(printed)]
                block = block.with_text(f"{number}.{text[len(printed) + 1 :]}")
                before = dash.group(0) if dash is not None else ""
                diagnostics.info(
                    block.line, "ocr-repaired", f"'{before}{printed}{stop}' read as '{number}.'"
                )
        mended.append(block)
    return mended


_POINT = re.compile(r"(?P<letter>[a-zđ])\)[ \t]")
_POINT_MISREADS = {"c": "e", "e": "c", "d": "đ", "đ": "d"}
"""A point's letter, and the letter a scan's OCR reads it as (a stroke lost or added)."""


def _point_misreads(blocks: list[Block], diagnostics: Diagnostics) -> list[Block]:
    """A point whose letter breaks the list where the points on each side of it want the
    letter OCR reads as it (``b)``, ``e)``, ``d)``: ``c)`` read as ``e)``) is that point: read
    so, and said, so that no rule takes the scan's misreading for the document's.  Not a
    letter repeated: a typed page prints ``d)`` twice where it means ``đ)``, its own defect."""
    points = [(index, found) for index, b in enumerate(blocks) if (found := _POINT.match(b.text))]
    mended = list(blocks)
    for (_, before), (index, point), (_, after) in zip(
        points, points[1:], points[2:], strict=False
    ):
        last, printed = before["letter"], point["letter"]
        if _step(last, after["letter"]) != 2 or _step(last, printed) in (0, 1):
            continue  # a letter repeated (``d)``, ``d)``, ``e)``) is a typist's as well
        wanted = _LETTERS[_LETTERS.index(last) + 1]
        if _POINT_MISREADS.get(wanted) != printed:
            continue
        block = mended[index]
        mended[index] = block.with_text(wanted + block.text[1:])
        diagnostics.info(
            block.line,
            "ocr-repaired",
            f"'{printed})' read as '{wanted})', between '{last})' and '{after['letter']})'",
        )
    return mended


_ROMAN_LABEL = re.compile(r"(?P<roman>[IVX]{1,5})\.[ \t]")
_ROMAN_MISREAD = re.compile(r"(?P<printed>[IlH1|]{1,4})\.[ \t]+(?=[^\W\d_])")
"""What OCR leaves of a section's ``II.`` or ``III.`` (``H.``, ``IH.``, ``Il.``): each
stroke read as ``I``, ``l``, ``1`` or ``|``, two of them joined as ``H``."""


def _roman_misreads(blocks: list[Block], diagnostics: Diagnostics) -> list[Block]:
    """A section heading whose Roman numeral OCR misread (``H. Đối tượng``, ``IH. Nội
    dung`` after ``I.``) is the section after the last one read when its strokes make that
    numeral: read so, and said.  Only after a Roman section, none of the strokes all
    figures (``11.`` is a number), and not after a lettered part (``H.`` after ``G.``)."""
    mended = list(blocks)
    last = 0  # the last Roman section read; 0 after a lettered part
    for index, block in enumerate(blocks):
        roman = _ROMAN_LABEL.match(block.text)
        value = roman_value(roman["roman"]) if roman is not None else None
        if value:
            last = value
            continue
        misread = _ROMAN_MISREAD.match(block.text) if last else None
        printed = misread["printed"] if misread is not None else ""
        wanted = to_roman(last + 1)
        if printed and not printed.isdigit() and _strokes(printed) == wanted:
            mended[index] = block.with_text(wanted + block.text[len(printed) :])
            diagnostics.info(
                block.line,
                "ocr-repaired",
                f"'{printed}.' read as '{wanted}.' after '{to_roman(last)}.'",
            )
            last += 1
            continue
        label = LABEL.match(block.text)
        if label is not None and label_level(label) in _PARTS:
            last = 0
    return mended


_ONE_AS_I = re.compile(r"I\.[ \t]+(?=[^\W\d_])")
_TWO = re.compile(r"2\.[ \t]")


def _one_misreads(blocks: list[Block], diagnostics: Diagnostics) -> list[Block]:
    """An ``I.`` right under a Roman section's heading whose list goes on at ``2.`` before
    the next section is the point ``1.`` OCR read as a Roman one (``I. MỤC ĐÍCH`` / ``I.
    Mục đích:`` / ``2. Yêu cầu:``): read so, and said."""
    mended = list(blocks)
    for index, block in enumerate(blocks[1:], start=1):
        above = blocks[index - 1].text
        if not _ONE_AS_I.match(block.text) or _ROMAN_LABEL.match(above) is None:
            continue
        for later in blocks[index + 1 :]:
            if _ROMAN_LABEL.match(later.text) or _ONE_AS_I.match(later.text):
                break
            if _TWO.match(later.text):
                mended[index] = block.with_text("1" + block.text[1:])
                diagnostics.info(block.line, "ocr-repaired", "'I.' read as '1.' before '2.'")
                break
    return mended


def _strokes(printed: str) -> str:
    """A Roman numeral's strokes as OCR printed them, read back (``IH`` reads ``III``)."""
    return printed.replace("H", "II").translate(_STROKES)


_STROKES = str.maketrans("l1|", "III")
_PARTS = frozenset(("upper.", "upper)"))
"""The shapes of a lettered part (``A.``, ``B)``): ``H.`` after ``G.`` is one."""


_CITED_NUMBER = re.compile(r"[ \t]+(?:số[ \t]*:?[ \t]*)?\d", re.IGNORECASE)
_NUMBER_LISTED = re.compile(r"số[ \t]+\d{1,6}[/-]")
_BY_NAME = ("Luật ", "Bộ luật ", "Pháp lệnh ")
"""The kinds a basis cites by name, without a number (``Luật sửa đổi, bổ sung ...;``)."""


def _basis_goes_on(preamble: list[Block], block: Block, kinds: KindRegistry) -> bool:
    """A legal basis printed without its ``Căn cứ`` under one that ends with ``;``
    (``Căn cứ Nghị định số 63/2010/NĐ-CP ...;`` / ``Nghị định số 48/2013/NĐ-CP ...;``): it
    opens with a kind name and its number, or with the next number of a list the basis
    above opened (``... của Chính phủ: số 63/...;`` / ``số 118/2025/NĐ-CP ...``), and the
    bases go on after it, or with a law cited by its name and ends as a basis ends
    (``Căn cứ Luật Ban hành văn bản ...;`` / ``Luật sửa đổi, bổ sung ...;``); or the rest
    of the basis above, in lower case after a ``;`` its subject holds."""
    if not preamble or not preamble[-1].text.rstrip(" *_").endswith(";"):
        return False
    if starts_lower(block.text):
        return True  # "... về phân quyền, phân cấp;" / "phân định thẩm quyền ...;": a subject
        # that holds a ';' wrapped after it
    if _NUMBER_LISTED.match(block.text):
        return True  # "Căn cứ các Nghị định của Chính phủ: số 63/...;" / "số 118/...;"
    named = kind_name_pattern(kinds=kinds).match(block.text)
    if named is None:
        return False
    return _CITED_NUMBER.match(block.text, named.end()) is not None or (
        block.text.startswith(_BY_NAME) and block.text.rstrip(" *_").endswith(";")
    )


def _late_division(labels: list[list[tuple[str, str, Block]]], first: int) -> bool:
    """Whether the division (``Phần``, ``Chương``, ``Mục``) first met at ``first`` is met
    past its first number and after numbered labels (bullets and points do not count):
    ``Phần II`` after sections ``I.`` to ``VI.`` whose ``Phần I`` was not read as one,
    ``Chương II`` of a draft a report quotes.  The document's own outline is the one before
    it, so the division is not the top level."""
    label, level, _ = labels[first][0]
    if level not in _SECTION_RANKS:
        return False
    number = label.rstrip(" .:)").rsplit(None, 1)[-1]
    value = int(number) if number.isdigit() else roman_value(number)
    numbered = (found and _rank(found[0][1]) < _rank("letter") for found in labels[:first])
    return value is not None and value > 1 and any(numbered)


def _tree(blocks: list[Block], labels: list[list[tuple[str, str, Block]]], top: str) -> list[Node]:
    roots: list[Node] = []
    stack: list[Node] = []
    for block, found in zip(blocks, labels, strict=True):
        if not found:
            if not stack:
                continue
            owner = stack[-1]  # the paragraph continues the task printed just above it
            if isinstance(owner.blocks[0], TableRow):  # ... or, after a table, the one above it
                owner = next(
                    (n for n in reversed(stack) if not isinstance(n.blocks[0], TableRow)), owner
                )
            if owner.blocks and not owner.blocks[-1].text:
                owner.blocks[-1] = block  # "1." alone on its line: its text follows
            else:
                owner.blocks.append(block)
            continue
        for label, level, rest in found:
            node = Node(label or None, level, [rest])
            levels = [n.level for n in stack]
            if level == top:
                stack.clear()
            elif level in levels:
                del stack[levels.index(level) :]
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
    return roots
