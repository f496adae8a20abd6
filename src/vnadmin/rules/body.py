"""Body rules (nội dung): how items are numbered, and the skeleton of a decision.

NĐ 30 Phụ lục I mục II.6 numbers a body by Phần and Chương in Roman numerals, Mục, then
``Điều 1.``, khoản ``1.`` and điểm ``a)`` (a body without articles: ``I.``, ``1.``, ``a)``,
then ``-`` and ``+``); decimal numbering (``1.1.``) has no place in it, and no number is
skipped or repeated.  The labels are kept as printed (:attr:`Task.label`), so these rules
read them.  A decision (mẫu 1.1 to 1.3 of Phụ lục III) lists its legal bases one per line,
each ending ``;`` and the last ``.``, closes them with ``Theo đề nghị của ...``, prints
``QUYẾT ĐỊNH:`` (a resolution ``QUYẾT NGHỊ:``) on a line of its own before its articles, and
its last article names who implements it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

import attrs

from vnadmin.grammar.labels import CAPITALS, LABEL, roman_value, to_roman
from vnadmin.grammar.printed import ENACTED_KINDS, ENACTING_VERB, enacting_formula
from vnadmin.model import Body, Regime, Task
from vnadmin.normalize import fold
from vnadmin.rules.kinds import consolidated, usable_kind
from vnadmin.rules.registry import Context, Finding, Rule, Severity, before_nd30, rule
from vnadmin.rules.tasks import walk_tasks

__all__ = ["RULES"]

_LAYOUT = "NĐ 30/2020 Phụ lục I, Phần I, mục II.6"
_TEMPLATES = "NĐ 30/2020 Phụ lục III, mẫu 1.1, 1.2, 1.3"
_NUMBERED = {Regime.STATE, Regime.LEGAL}
"""HD 36 numbers Party documents its own way (``1.1.1.`` is common there)."""
_DECISIONS = frozenset({"quyet-dinh", "nghi-quyet"})
_LETTERS = "abcdđeghiklmnopqrstuvxy"
"""The Vietnamese alphabet of điểm: ``đ`` follows ``d``; there is no f, j, w or z."""
_D_TO_E = (_LETTERS.index("d") + 1, _LETTERS.index("e") + 1)
_C_TO_DD = (_LETTERS.index("c") + 1, _LETTERS.index("đ") + 1)
"""``c)`` then ``đ)``: in a scan's text, the ``d)`` OCR read with a bar (a scan confuses
the two letters, and a list that skips ``d)`` is rare in print)."""
_PLAIN_BULLETS = frozenset("-–—+")
_BASIS = re.compile(r"căn\s+cứ\b", re.IGNORECASE)
_PROPOSAL = re.compile(
    r"(?:theo|xét|căn\s+cứ)\s+(?:đ\w\s+nghị|đề\s+xuất|tờ\s+trình)", re.IGNORECASE
)
"""``Theo đề nghị của ...``; a scan's OCR loses the tone of ``đề`` (``Theo đê nghị``)."""
_IMPLEMENTERS = re.compile(
    r"(?:chịu|có)\s+trách\s+nhiệm\s+(?:thi\s+hành|thực\s+hiện|tổ\s+chức\s+thực\s+hiện)"
    r"|thi\s+hành\s+(?:quyết|nghị)|tổ\s+chức\s+thực\s+hiện|chấp\s+hành"
    r"|căn\s+cứ\s+(?:quyết\s+định|nghị\s+quyết)(?:\s+này)?\s+(?:để\s+)?thi\s+hành",
    re.IGNORECASE,
)


@attrs.frozen
class _Label:
    """What a printed label says: the list it belongs to and its ordinal there (``None``
    for a bullet or a reference wrapped to a line start), whether it is decimal numbering,
    and what is wrong with its form."""

    ordinal: tuple[str, int] | None
    decimal: bool
    article: bool
    problem: str | None


_FIGURE = 4
"""Digits of a number at a line start that no list reaches: a figure wrapped there (a year
``2025.``, a telephone number's end ``6126)``), not a label."""


@functools.lru_cache(maxsize=1024)  # labels repeat: 1., 2., a), -
def _read(label: str) -> _Label | None:
    match = LABEL.fullmatch(label.strip())
    if match is None or len(match["arabic"] or "") >= _FIGURE:
        return None
    return _Label(
        ordinal=_ordinal(match),
        decimal=_is_decimal(match),
        article=bool(match["dieu"]),
        problem=_form_problem(label, match),
    )


def _labelled(
    context: Context, wanted: Callable[[_Label], bool]
) -> Iterator[tuple[str, Task, _Label]]:
    """The labelled tasks whose label is ``wanted``, with their paths, in document order;
    the paths are only worked out when one is."""
    body = context.instrument.body
    if not any(
        (label := _read(t.label)) is not None and wanted(label)
        for t in body.all_tasks()
        if t.label is not None
    ):
        return
    for path, task in walk_tasks(body.tasks, "body.tasks"):
        label = None if task.label is None else _read(task.label)
        if label is not None and wanted(label):
            yield path, task, label


def _ordinal(match: re.Match[str]) -> tuple[str, int] | None:
    """The list a label belongs to and its ordinal in it; ``None`` when it has no ordinal
    (a bullet) or is no label at all (``C.`` that is no Roman numeral)."""
    if match["dieu"]:
        number = match["dieu"].split()[-1]
        if not number.isdigit() or not match["label"].rstrip().endswith((".", ":")):
            return None  # ``Điều 5a`` inserted, or a reference wrapped to a line start
        return "dieu", int(number)
    if match["section"]:
        word, numeral = match["section"].split()
        value = int(numeral) if numeral.isdigit() else roman_value(numeral)
        return None if value is None else (f"section {word.casefold()}", value)
    if match["roman"]:
        value = roman_value(match["roman"])
        return None if value is None else ("roman", value)
    if match["arabic"]:
        return "arabic", int(match["arabic"])
    if match["letter"] and match["letter"] in _LETTERS:
        return "letter", _LETTERS.index(match["letter"]) + 1
    return None


def _is_decimal(match: re.Match[str]) -> bool:
    """A decimal label (``1.2.``), not an amount at a line start (``800.000 đồng``), a
    code (``8517.62``, a tariff heading) nor a figure below one (``0.5``, a score)."""
    groups = (match["decimal"] or "").split(".")
    return len(groups) > 1 and all(len(g) <= 2 and not g.startswith("0") for g in groups)


def _opens_an_item(task: Task) -> bool:
    """Whether a task's words open as an item's do, with a capital (``1.1. Tăng cường
    ...``): a figure wrapped to a line start (``1.82`` / ``inch, độ phân giải``, ``13.75``
    / ``± 3g``) goes on in lower case or with a sign, and a table's cell (a score ``1.5``)
    with the next cell alone on its line (``2`` / ``Tình trạng ...``, ``b`` / ``Tập ...``)."""
    text = task.text.lstrip(" \t*_\"“”'")
    first = text[:1]
    if _CELL.fullmatch(text.split("\n", 1)[0].strip(" \t*_")) and "\n" in text:
        return False
    return not first or first.isupper() or first.isdigit()


_CELL = re.compile(r"[a-zđ]|[IVX]{1,5}|\d+(?:[.,]\d+)*")
"""A table's cell alone on its line: a row's letter or number (``b``, ``II``), a figure."""
_TABLE_HEAD = re.compile(r"^[ \t*_|]*(?:STT|TT|Số[ \t]+TT)[ \t*_|]*$", re.MULTILINE)
"""The head of a table's numbering column (``STT``, số thứ tự) on a line of its own."""


def _in_a_table(path: str, tasks: dict[str, Task]) -> bool:
    """Whether the task at ``path`` is a row of a table whose head the text before it
    prints (``STT`` in an enclosing task's text or an earlier sibling's, at any level): a
    table numbers its rows as it likes (``1.1``, ``1.2`` under ``1`` / ``VỐN``); the body's
    numbering is not judged there."""
    path = _before(path)
    while path in tasks:
        if _TABLE_HEAD.search(tasks[path].text):
            return True
        path = _before(path)
    return False


def _before(path: str) -> str:
    """The path of the task printed just before the one at ``path`` in the outline: its
    sibling before, or for the first its parent (``body.tasks`` above the top level)."""
    siblings, _, index = path.rpartition("[")
    at = int(index.rstrip("]"))
    return f"{siblings}[{at - 1}]" if at else siblings.removesuffix(".subtasks")


def _form_problem(label: str, match: re.Match[str]) -> str | None:
    if match["dieu"] and match["label"].rstrip().endswith(":"):
        return "an article is numbered 'Điều n.' (a full stop, not a colon)"
    if match["section"]:
        word, numeral = match["section"].split()
        if word.casefold() in ("phần", "chương") and roman_value(numeral) is None:
            return f"{word} is numbered in Roman numerals ({word} I, {word} II)"
    if match["roman"] and label.rstrip().endswith(")"):
        return "a Roman numeral takes a full stop (I., II.)"
    if match["arabic"] and match["close"] == ")":
        return "a khoản takes a full stop (1., 2.); a) b) are for điểm"
    if match["bullet"] and match["bullet"] not in _PLAIN_BULLETS:
        return "below điểm come - (tiết) and + (tiểu tiết)"
    return None


@rule(
    "VN-BODY-001",
    Severity.WARNING,
    regimes=_NUMBERED,
    source=f"{_LAYOUT} (phần, chương, mục, điều, khoản, điểm)",
    summary="No decimal numbering (1.1., 2.3.1.) in an article: khoản are 1., 2., điểm a), b)",
    needs=("body", "body-text"),
)
def decimal_numbering(context: Context) -> Iterator[Finding]:
    """One finding for the document, at its first decimal label: the numbering is one
    choice of its drafter, not a defect of each item (a plan numbered 1.1. to 9.12. drew a
    finding per item).  Inside an article (``Điều 3.`` / ``3.1.``), where mục II.6 names
    the khoản ``1.``, ``2.``; elsewhere VN-BODY-009 says it."""
    yield from _decimal_finding(context, in_articles=True)


@rule(
    "VN-BODY-009",
    Severity.INFO,
    regimes=_NUMBERED,
    source=f"{_LAYOUT} (phần, mục, khoản, điểm of a body without articles)",
    summary="A body without articles (a plan, a report) numbers its sub-items 1.1., 1.2.:"
    " mục II.6 gives I., 1., a), then - and +",
    needs=("body", "body-text"),
)
def decimal_outline(context: Context) -> Iterator[Finding]:
    """Worth knowing, not a warning: the decree's outline of a body without articles has
    no decimal labels, yet plans, reports and proposals of ministries and provinces number
    their sub-items ``1.1.``, ``1.2.`` (about one page in twenty on the portals, and the
    documents keyed correct on their pages do), so a clerk is told, not warned."""
    yield from _decimal_finding(context, in_articles=False)


def _decimal_finding(context: Context, *, in_articles: bool) -> Iterator[Finding]:
    """The one finding for the decimal labels inside articles, or outside them: at the
    first, counting the others."""
    found = [
        (path, task)
        for path, task, _ in _labelled(context, lambda label: label.decimal)
        if _opens_an_item(task)
    ]
    if found:
        tasks = dict(walk_tasks(context.instrument.body.tasks, "body.tasks"))
        found = [
            (path, task)
            for path, task in found
            if not _in_a_table(path, tasks) and _in_an_article(path, tasks) == in_articles
        ]
    if found:
        (path, task), others = found[0], len(found) - 1
        also = f" and {others} other label(s) are" if others else " is"
        yield Finding(
            f"{path}.label",
            f"{task.label!r}{also} decimal numbering: number khoản 1., 2., điểm a), b),"
            " then - and +",
        )


def _in_an_article(path: str, tasks: dict[str, Task]) -> bool:
    """Whether the task at ``path`` lies inside an article: an enclosing task is labelled
    ``Điều n.``."""
    while ".subtasks[" in path:
        path = path.rpartition(".subtasks[")[0]
        label = tasks[path].label
        read = None if label is None else _read(label)
        if read is not None and read.article:
            return True
    return False


def _strip(label: str | None) -> str:
    return (label or "").strip()


@rule(
    "VN-BODY-002",
    Severity.WARNING,
    regimes=_NUMBERED,
    source=f"{_LAYOUT} (phần, chương, mục, điều, khoản, điểm)",
    summary="Items are numbered as mục II.6 prints them: Phần/Chương I, Điều 1., I., 1., a), -, +",
    needs=("body", "body-text"),
)
def label_form(context: Context) -> Iterator[Finding]:
    """``1)`` right after ``k)`` (its sibling, or its parent where the reader nested the
    new shape) is the point ``l)`` typed with the digit its letter looks like, not a khoản
    closed by a parenthesis."""
    found = list(_labelled(context, lambda label: label.problem is not None))
    tasks = dict(walk_tasks(context.instrument.body.tasks, "body.tasks")) if found else {}
    for path, task, label in found:
        before = tasks.get(_before(path))
        if _strip(task.label) == "1)" and before is not None and _strip(before.label) == "k)":
            continue
        yield Finding(f"{path}.label", f"{task.label!r}: {label.problem}")


_FAR = 20
"""A label this far past the one before is no skipped item but a figure wrapped to a line
start (``2025.``, the year that ends a sentence); the list goes on from the one before."""


def _sequence_problem(kind: str, previous: int, value: int) -> str | None:
    """What is wrong with ``value`` right after ``previous`` in one list.

    A list may start again at 1 (an attached regulation, a new chapter's Mục), and ``đ)`` may
    be left out between ``d)`` and ``e)`` as many issuers do.  Where a list starts is not
    judged: a first item lost by the reader would make every later one look wrong.
    """
    if value in (1, previous + 1) or (kind == "letter" and (previous, value) == _D_TO_E):
        return None
    if value == previous:
        return f"repeats {_shown(kind, previous)}"
    if value > previous:
        missing = _shown(kind, previous + 1)
        return f"follows {_shown(kind, previous)}: {missing} is missing"
    return f"follows {_shown(kind, previous)}: the order goes back"


def _shown(kind: str, value: int) -> str:
    if kind == "letter":
        return f"{_LETTERS[value - 1]})" if value <= len(_LETTERS) else str(value)
    if kind == "dieu":
        return f"Điều {value}"
    if kind in ("roman", "section phần", "section chương"):
        return to_roman(value) if 0 < value < 400 else str(value)
    return str(value)


_AMENDING = re.compile(
    r"\W*(?:sửa\s+đổi|bổ\s+sung|thay\s+thế|thay|bãi\s+bỏ|bỏ|đổi\s+tên)\b", re.IGNORECASE
)
_AMENDING_LETTERS = re.compile(r"\W*(?:sua doi|bo sung|thay the|bai bo|doi ten)\b")
"""The same words on their letters alone (:func:`~vnadmin.normalize.fold`): a scan's OCR
misreads their tones (``Sửa đôi, bỗ sung``); ``bỏ`` and ``thay`` alone are left out, their
letters being other words' too (``bộ``, ``bố``)."""


def _amending(text: str) -> bool:
    """Whether an item opens with an amending verb, as printed or as a scan read it."""
    return _AMENDING.match(text) is not None or (
        _AMENDING_LETTERS.match(fold(text[:_VERB_REACH])) is not None
    )


_VERB_REACH = 24  # how far into an item its amending verb is looked for on its letters
_QUOTES_NEXT = re.compile(r"như\s+sau\s*:", re.IGNORECASE)
"""An amending item that quotes the new wording after it (``1. Sửa đổi, bổ sung Điều 3 như
sau:`` / ``1. ...`` / ``2. ...``): the quoted khoản come as its siblings (the first may be
read into it), numbered their own way, until the next amending item (``2. Sửa đổi, bổ sung
Điều 6 ...``)."""
_HEADING = 400  # how far into an item its amending heading (... như sau:) is looked for


def _siblings(tasks: tuple[Task, ...], path: str, scanned: bool) -> Iterator[tuple[str, str]]:
    """Gaps and repeats among sibling labels of one shape, lists below included; the khoản
    an amending item quotes after it are not counted in its list, the points it quotes
    below it are those it amends (``Sửa đổi điểm a, c và đ khoản 3 ...``: ``a)``, ``c)``,
    ``đ)`` are no gap), and an amending heading
    right after other items of its list (``3. Sửa đổi ... Điều 7 như sau:`` after a quoted article's
    own ``1.`` to ``3.``, which a reader may nest under the quoted ``Điều 3.``) resumes it
    unjudged.  In a ``scanned`` text, ``đ)`` right after ``c)`` is its ``d)``.

    A label the reader kept in a text rather than as an item is no gap
    (:func:`_kept_in_text`); what else excuses a label that seems out of place is
    :class:`_List`'s.

    Iterative, like :meth:`Task.walk`, so a deep tree cannot exhaust the stack."""
    stack: list[tuple[tuple[Task, ...], str, bool, str]] = [(tasks, path, False, "")]
    while stack:
        siblings, here, chosen, parent = stack.pop()
        lists: dict[str, _List] = {}
        for index, task in enumerate(siblings):
            label = None if task.label is None else _read(task.label)
            found = None if label is None else label.ordinal
            if found is None or found[0] == "dieu":
                continue
            kind, value = found
            amending = _amending(task.text)
            heading = amending and _quotes(task.text)
            items = lists.setdefault(kind, _List(kind))
            if items.quoting is not None:
                if value <= items.quoting or not amending:
                    items.hold(value)
                    continue  # the quoted text's own numbering
                items.quoting = None  # the next amending item
            before = items.last
            if before is not None and value > before + _FAR:
                continue
            if scanned and kind == "letter" and (before, value) == _C_TO_DD:
                value -= 1
            kept = chosen or (
                before is not None
                and _kept_in_text(kind, range(before + 1, value), parent, siblings[index - 1])
            )
            problem = items.judge(value, kept, passage=_quoted(siblings, index, parent))
            if problem is not None and not (heading and items.after_item):
                yield f"{here}[{index}].label", f"{task.label!r} {problem}"
            items.last, items.after_item = value, not heading
            if heading:
                items.quoting = value
        stack.extend(
            (
                task.subtasks,
                f"{here}[{index}].subtasks",
                _amending(task.text) and _quotes(task.text),
                task.text,
            )
            for index, task in reversed(list(enumerate(siblings)))
            if task.subtasks
        )


@attrs.define
class _List:
    """Where one list of sibling labels stands (the labels of one shape, ``1.`` or ``a)``).

    Besides the label before (``last``), it keeps what excuses a label that seems out of
    place:

    - the list's next item ``held`` by an amending item's quotation after the quoted
      text's own labels (``66. Sửa đổi Điều 145 như sau:`` / ``1.`` / ``2.`` / ``67. Các Phụ
      lục ...`` / ``68. Thay thế ...``); a ``3.`` right after ``2. Sửa đổi khoản 3 như
      sau:``, or after the quoted ``2.``, is the quotation's;
    - the label before one found out of place, so that one slip is one finding (``6.``,
      ``5.``, ``7.``: ``7.`` is right after ``6.``);
    - the label before an item printed right after a quoted passage left open (``...
      quy định:`` / ``“Điều 4. ...`` / ``2.`` / ``2.``: the first ``2.`` may be the quoted
      article's khoản);
    - where the list stood when another started at 1 inside it (a table's rows read as its
      siblings), so that it resumes with the number after that one (``1.`` / rows ``1.``
      to ``9.`` / ``2.``)."""

    kind: str
    last: int | None = None
    after_item: bool = False  # the last label was no amending heading's
    quoting: int | None = None  # the amending item whose quotation runs
    quoted_last: int | None = None  # the quoted text's last label
    held: int | None = None
    misplaced: int | None = None
    passage: int | None = None  # the label before an item right after a quoted passage
    outer: list[int] = attrs.Factory(list)

    def hold(self, value: int) -> None:
        """A label read while an amending item's quotation runs: the list's next item when
        it follows the quoted labels out of their order (``1.``, ``2.``, then ``67.``)."""
        quoted, self.quoted_last = self.quoted_last, value
        following = self.quoting is not None and value == self.quoting + 1
        if following and quoted is not None and value != quoted + 1:
            self.held = value

    def judge(self, value: int, kept: bool, *, passage: bool = False) -> str | None:
        """What is wrong with ``value`` after the list's last label; ``kept``: the labels
        between are printed in a text the reader kept (or amended points are quoted);
        ``passage``: the item comes right after a quoted passage left open."""
        before, held, self.held, self.quoted_last = self.last, self.held, None, None
        misplaced, self.misplaced = self.misplaced, None
        after_passage, self.passage = self.passage, before if passage else None
        if before is None or kept:
            return None
        problem = _sequence_problem(self.kind, before, value)
        if value == 1 and before >= 1:
            self.outer.append(before)  # a list starting again (1 is never out of place)
        if problem is None or (held is not None and before + 1 == held == value - 1):
            return None
        if self.outer and value == self.outer[-1] + 1:
            self.outer.pop()
            return None
        excused = (b for b in (misplaced, after_passage) if b is not None)
        if any(_sequence_problem(self.kind, b, value) is None for b in excused):
            return None
        self.misplaced = before
        return problem


def _quoted(siblings: tuple[Task, ...], index: int, parent: str) -> bool:
    """Whether the text printed right before ``siblings[index]`` (the last of the item
    before, or the parent's) leaves a quoted passage open: its last quotation mark opens
    one at a line start or after a colon (``quy định:`` / ``“Điều 4. Đối tượng ...``), not
    a name quoted in a sentence whose closing mark an OCR lost (``Đề án “Tiếp nhận ...``)."""
    if index == 0:
        before = parent
    else:
        task = siblings[index - 1]
        while task.subtasks:
            task = task.subtasks[-1]
        before = task.text
    if before.count("“") <= before.count("”"):
        return False
    return _OPENS_PASSAGE.search(before[: before.rfind("“")]) is not None


_OPENS_PASSAGE = re.compile(r"(?:^|[\n:])[ \t*_]*$")
"""What precedes a quoted passage's opening mark: a line start, or a colon."""


_RUN_ON = re.compile(
    r";[ \t]+(?P<label>[a-zđ]\)|\d{1,3}\.)(?=[ \t]+\S)"
    r"|(?<=[^\W\d_]\.)[ \t]+(?P<sentence>\d{1,3}\.)(?=[ \t]+[" + CAPITALS + "])"
)
"""A label run on after the end of the item before it: a point's after its ``;`` (``a)
...; b) ...``), a khoản's after a sentence's full stop, a capital opening its words (``...
trong hồ sơ. 4. Trong thời hạn ...``: a page that lost the paragraph between them)."""
_STRAY_COMMA = re.compile(r"^(?P<label>\d{1,3}\.),(?=[ \t]+\S)", re.MULTILINE)
"""A khoản's label printed with a stray comma after its stop (``4., Phạt tiền ...``), which
the label grammar does not read as a label: the reader leaves the line in the item before."""
_GLUED = re.compile(r"^(?P<label>[a-zđ]\)|\d{1,3}\.)(?=[^\W\d_])", re.MULTILINE)
"""A label glued to its item's first word at a line start (``k)Thực hiện ...``, a page's
link that ate the space), which the task reader leaves in the item before."""


def _kept_in_text(kind: str, skipped: range, parent: str, previous: Task) -> bool:
    """Whether the labels a list seems to skip are printed in a text the reader kept rather
    than read as items: at a line start of the parent's text after its first line (the
    points the task reader folds into a task as its fields, ``3. Thời gian thực hiện:
    ...`` between ``2.`` and ``4.``), run on after an item's end in the item before (a
    page that joined ``a) ...; b) ...`` on one line), glued to its first word at a line
    start of the item before (``k)Thực hiện``), or printed with a stray comma at a line
    start of the item before or of its last points (``4., Phạt tiền``)."""
    if not skipped:
        return False
    lines = parent.split("\n")[1:]
    labels = [m["label"] for line in lines if (m := LABEL.match(line)) is not None]
    labels += [m["label"] or m["sentence"] for m in _RUN_ON.finditer(previous.text)]
    labels += [m["label"] for m in _GLUED.finditer(previous.text) if m.start()]
    labels += [m["label"] for t in previous.walk() for m in _STRAY_COMMA.finditer(t.text)]
    kept = {found.ordinal for label in labels if (found := _read(label)) is not None}
    return all((kind, value) in kept for value in skipped)


def _quotes(text: str) -> bool:
    """Whether an amending item quotes the new wording after its heading: ``như sau:``, or
    a quotation it opens and leaves open (``Bổ sung khoản 9, 10 và 11 ... “9. ...``, the
    rest quoted below it)."""
    head = text[:_HEADING]
    return _QUOTES_NEXT.search(head) is not None or text.count("“") > text.count("”")


@rule(
    "VN-BODY-003",
    Severity.ERROR,
    regimes=_NUMBERED,
    source=f"{_LAYOUT} (số thứ tự của điều, khoản, điểm)",
    summary="No article, khoản or điểm number is skipped or repeated (Điều 1, Điều 3)",
    needs=("body", "body-text"),
)
def numbering_sequence(context: Context) -> Iterator[Finding]:
    """Not in a consolidated text: it drops the points later repealed and marks its labels
    with footnotes (``Điều 8[7].``), so its gaps are the consolidation's."""
    if consolidated(context.instrument):
        return
    tasks = context.instrument.body.tasks
    articles: list[tuple[int, str, int]] = []
    amending = ""  # the words of the last article kept, which may amend the next one's
    previous = ""  # the words of the item before (a khoản "1. Sửa đổi, bổ sung Điều 4 ...")
    for index, task in enumerate(t for top in tasks for t in top.walk()):
        label = None if task.label is None else _read(task.label)
        before, previous = previous, task.text
        if task.label is None or label is None:
            continue
        if label.ordinal is None:
            bare = _BARE_ARTICLE.fullmatch(task.label.strip()) if label.article else None
            if bare is None or not articles or int(bare[1]) != articles[-1][2] + 1:
                continue  # "Điều 3" without its stop: a reference wrapped to a line start
            value = int(bare[1])  # ... unless it is the next article, its stop cut off
        elif label.ordinal[0] != "dieu":
            continue
        else:
            value = label.ordinal[1]
        if articles and value > articles[-1][2] + _FAR:
            continue
        if _amends(amending, value) or _amends(before, value):
            amending = ""  # "Điều 6. Sửa đổi, bổ sung Điều 9" / "Điều 9. ...": quoted, once
            continue
        articles.append((index, task.label, value))
        amending = task.text
    wrong = _article_problems(articles)
    if wrong:  # the paths, in the same depth-first order
        for index, (path, _) in enumerate(walk_tasks(tasks, "body.tasks")):
            if index in wrong:
                yield Finding(f"{path}.label", wrong[index])
    for path, message in _siblings(tasks, "body.tasks", context.print_in_doubt):
        yield Finding(path, message)


def _article_problems(articles: list[tuple[int, str, int]]) -> dict[int, str]:
    """What is wrong after each article (by its index in the walk): a gap, a repeat, an
    order going back; two articles printed in each other's place (``Điều 51.``, ``Điều
    53.``, ``Điều 52.``, ``Điều 54.``) are one finding, at the first of them, not three."""
    wrong: dict[int, str] = {}
    values = [value for _, _, value in articles]
    skip = set()
    for at in range(1, len(articles)):
        if at in skip:
            continue
        before, (index, printed, value) = values[at - 1], articles[at]
        if at + 1 < len(values) and value == before + 2 and values[at + 1] == before + 1:
            wrong[index] = (
                f"{printed!r} and {articles[at + 1][1]!r} are printed in each other's place"
            )
            skip.add(at + 1)
            if at + 2 < len(values) and values[at + 2] == before + 3:
                skip.add(at + 2)
            continue
        problem = _sequence_problem("dieu", before, value)
        if problem is not None:
            wrong[index] = f"{printed!r} {problem}"
    return wrong


_BARE_ARTICLE = re.compile(r"Điều[ \t]+(\d{1,3})", re.IGNORECASE)
"""An article label printed without its stop (a page's link cut ``Điều 3`` from ``. ...``)."""
_AMENDS = re.compile(
    r"(?:sửa\s+đổi|bổ\s+sung|thay\s+thế)(?:[\s,]+(?:và\s+)?(?:sửa\s+đổi|bổ\s+sung|thay\s+thế))*"
    r"\s+Điều\s+(?P<number>\d+)(?![\w])",
    re.IGNORECASE,
)
"""An amending article's heading that amends another instrument's article whole (``Sửa đổi,
bổ sung Điều 9``, not ``... khoản 11 Điều 4``), whose new wording it then quotes under that
article's own label."""


def _amends(text: str, value: int) -> bool:
    """Whether ``text`` (an article's words) amends article ``value`` of another instrument
    and quotes it below, under its own label: not when its words hold the quotation
    (``Sửa đổi, bổ sung Điều 4`` / ``“Điều 4. ...``), and the next ``Điều 4.`` is this one's."""
    head = text[:300]
    return any(int(match["number"]) == value for match in _AMENDS.finditer(head)) and (
        re.search(rf"“[ \t]*Điều[ \t]+{value}(?!\d)", head) is None
    )


def _is_decision(context: Context) -> bool:
    """A decision whose skeleton NĐ 30 sets: not a consolidated text, which reproduces the
    bases and formulas of the decision it consolidates as they were issued."""
    kind = usable_kind(context.instrument)
    return kind is not None and kind.code in _DECISIONS and not consolidated(context.instrument)


_GROUNDS = re.compile(r"trên\s+cơ\s+sở\b", re.IGNORECASE)
"""``Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ``: the last line of a
collective body's bases, after the proposal."""


@rule(
    "VN-BODY-004",
    Severity.WARNING,
    regimes={Regime.STATE},
    source=f"{_LAYOUT} điểm a (căn cứ ban hành); before 5 March 2020 TT 01/2011/TT-BNV",
    summary="A decision's legal bases end each with ; and the last with . (, before NĐ 30)",
    needs=("body", "body-text"),
)
def basis_punctuation(context: Context) -> Iterator[Finding]:
    """The bases are read line by line as the reader split them: a line it cut (``Trên cơ
    sở ... các Thành viên`` / ``Chính phủ,``) is judged by where it ends.  Before an enacting
    formula (``Thủ tướng Chính phủ ban hành Quyết định ...``, the form of a legal normative
    text) the last basis ends with ``;`` as the others do.  A document dated before NĐ 30
    took effect may end it with ``,`` before ``QUYẾT ĐỊNH:``, the form of TT 01/2011."""
    if not _is_decision(context):
        return
    lines, enacted = _basis_lines(context.instrument.body)
    closing = ".," if before_nd30(context.instrument.date) else "."
    for position, (path, text) in enumerate(lines):
        last = position == len(lines) - 1
        wanted = closing if last and not enacted else ";"
        if text[-1:] not in wanted:
            which = "the last legal basis" if last else "a legal basis that is not the last"
            yield Finding(path, f"{which} (căn cứ) ends with {text[-1:]!r}, not {wanted[0]!r}")


_ENACTING = re.compile(
    r"[^.;:]{0,120}?\bban\s+hành\s+(?:quyết\s+định|nghị\s+định|thông\s+tư|nghị\s+quyết)",
    re.IGNORECASE,
)
"""The enacting formula after the bases of a legal normative text: ``Chính phủ ban hành
Nghị định ...``, ``Thủ tướng Chính phủ ban hành Quyết định ...``."""


def _basis_lines(body: Body) -> tuple[list[tuple[str, str]], bool]:
    """The legal-basis lines (path of their first paragraph, text) among the preamble and
    the background that follows it, a line the reader cut joined to its rest (a paragraph
    right after a line that ends without punctuation); and whether an enacting formula
    follows them."""
    paragraphs = [
        *((f"body.preamble[{i}].text", p.text) for i, p in enumerate(body.preamble)),
        *((f"body.background[{i}].text", p.text) for i, p in enumerate(body.background)),
    ]
    found: list[tuple[str, str]] = []
    last_at = -2
    enacted = False
    for at, (path, text) in enumerate(paragraphs):
        text = text.rstrip()
        if _BASIS.match(text) or _PROPOSAL.match(text) or _GROUNDS.match(text):
            found.append((path, text))
            last_at = at
        elif found and at == last_at + 1 and found[-1][1][-1:].isalnum():
            found[-1] = (found[-1][0], f"{found[-1][1]} {text}")
            last_at = at
        elif found and at == last_at + 1 and _ENACTING.match(text) is not None:
            enacted = True
            break
        elif found and path.startswith("body.background"):
            break  # the background's own prose
    return found, enacted


@rule(
    "VN-BODY-005",
    Severity.WARNING,
    regimes={Regime.STATE},
    source=f"{_TEMPLATES} (Theo đề nghị của ...)",
    summary="A quyết định names who proposed it (Theo đề nghị của ...) after its legal bases",
    needs=("body", "body-text"),
)
def proposal(context: Context) -> Iterator[Finding]:
    kind = usable_kind(context.instrument)
    body = context.instrument.body
    if kind is None or kind.code != "quyet-dinh" or consolidated(context.instrument):
        return
    if not any(_BASIS.match(p.text) for p in body.preamble):
        return  # no legal bases read: nothing to place the proposal after
    if not any(_PROPOSAL.search(p.text) for p in (*body.preamble, *body.background)):
        yield Finding("body.preamble", "the legal bases are not followed by 'Theo đề nghị của ...'")


@rule(
    "VN-BODY-006",
    Severity.WARNING,
    regimes={Regime.STATE},
    source=f"{_TEMPLATES} (điều cuối: ... chịu trách nhiệm thi hành)",
    summary="A decision's last article names who implements it (... chịu trách nhiệm thi hành)",
    needs=("body", "body-text"),
)
def implementers(context: Context) -> Iterator[Finding]:
    if not _is_decision(context):
        return
    articles = list(_labelled(context, lambda label: label.article))
    if not articles:
        return
    path, last, _ = articles[-1]
    texts = [t.text for t in last.walk()] + [t.text for t in context.instrument.body.closing]
    if not any(_IMPLEMENTERS.search(text) for text in texts):
        yield Finding(
            path,
            f"the last article ({last.label}) does not name who implements the decision"
            " (... chịu trách nhiệm thi hành)",
        )


_SPACE_BEFORE_COLON = re.compile(r"\s:$")


@rule(
    "VN-BODY-007",
    Severity.WARNING,
    regimes={Regime.STATE},
    source=f"{_LAYOUT} điểm a; {_TEMPLATES} (QUYẾT ĐỊNH:)",
    summary="A decision prints QUYẾT ĐỊNH: (a resolution QUYẾT NGHỊ:) on a line of its own,"
    " in capitals, after its bases",
    needs=("printed", "body", "body-text"),
)
def enacting_formula_line(context: Context) -> Iterator[Finding]:
    """The words are compared without their tone marks and spaces (a scan's ``QUYÉT``, a
    formula printed with its letters spaced out); what is checked exactly is what a typist
    gets wrong: the capitals and the colon, with no space before it.  Silent on a decision
    whose tasks were not read: the formula stands before its articles."""
    wanted = enacting_formula(context.instrument)
    if wanted is None or not _is_decision(context) or not context.instrument.body.tasks:
        return
    printed = context.printed.formula
    if printed is None:
        yield Finding("printed.formula", f"no {wanted!r} on a line of its own before the articles")
        return
    words = "".join(fold(printed.rstrip(" \t:")).split())
    if words != "".join(fold(wanted.rstrip(":")).split()):
        yield Finding("printed.formula", f"the formula reads {wanted!r}, not {printed!r}")
    elif printed != printed.upper() or not printed.endswith(":"):
        yield Finding("printed.formula", f"{printed!r}: the formula is printed {wanted!r}")
    elif _SPACE_BEFORE_COLON.search(printed):
        yield Finding("printed.formula", f"{printed!r}: no space before the colon ({wanted!r})")


@rule(
    "VN-BODY-008",
    Severity.WARNING,
    regimes={Regime.LEGAL},
    source="Luật Ban hành VBQPPL; NĐ 34/2016/NĐ-CP Phụ lục I (mẫu nghị định, quyết định,"
    " thông tư: ... ban hành Nghị định ...)",
    summary="A decree, a circular or a legal normative decision enacts in a sentence after its"
    " bases: Chính phủ ban hành Nghị định ..., Bộ trưởng ... ban hành Thông tư ...",
    needs=("body", "body-text"),
)
def enacting_sentence(context: Context) -> Iterator[Finding]:
    """Asked only where the bases were read and articles follow them.  The sentence is
    found by its verb after the bases (``... ban hành Thông tư ...``, a form the proposal's
    line may run on into: ``Theo đề nghị của ..., Bộ trưởng ... ban hành Thông tư``); in a
    basis, only after its last ``;`` (a basis cites instruments ``ban hành`` too).  A
    decision printing ``QUYẾT ĐỊNH:`` follows NĐ 30's form, which VN-BODY-007 checks."""
    instrument = context.instrument
    kind = usable_kind(instrument)
    body = instrument.body
    if kind is None or kind.code not in ENACTED_KINDS or consolidated(instrument):
        return
    paragraphs = [p.text for p in (*body.preamble, *body.background)]
    if not body.tasks or not any(_BASIS.match(text) for text in paragraphs):
        return
    if instrument.printed is not None and instrument.printed.formula is not None:
        return
    for text in paragraphs:
        start = text.rfind(";") + 1 if _BASIS.match(text) else 0
        if ENACTING_VERB.search(text, start):
            return
    yield Finding(
        "body.background",
        f"no enacting sentence after the legal bases (... ban hành {kind.name} ...)",
    )


RULES: tuple[Rule, ...] = (
    decimal_numbering,
    decimal_outline,
    label_form,
    numbering_sequence,
    basis_punctuation,
    proposal,
    implementers,
    enacting_formula_line,
    enacting_sentence,
)
