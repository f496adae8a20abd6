"""Strategies for assignments, tasks and task lists, labelled as real documents label them."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from hypothesis import strategies as st

from vnadmin.grammar import format_citation, format_deadline, format_recurrence
from vnadmin.grammar.labels import to_roman
from vnadmin.model import (
    Assignment,
    Citation,
    Deadline,
    DocumentKind,
    Frequency,
    Role,
    Task,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import (
    _check_flag,
    _check_int,
    _check_normalization,
    _check_sizes,
    _check_strategy,
    _members,
)
from vnadmin.strategies._citations import _citation
from vnadmin.strategies._common import (
    MAX_YEAR,
    Normalization,
    _capitalized,
    _Dates,
    _form,
    _forms,
    _index,
    _maybe,
    _or_none,
    _pick,
    _picks,
    _uncapitalized,
)
from vnadmin.strategies._deadlines import _DEADLINE_TYPES, _deadline
from vnadmin.strategies._text import _clause, _separator

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # points of a clause skip f, j, w, z and keep đ


_LABEL_SCHEMES = ("arabic", "letter", "roman", "article", "dash")


_CHILD_SCHEMES: dict[str, tuple[str, ...]] = {
    "roman": ("arabic",),
    "article": ("arabic",),
    "arabic": ("letter", "dash"),
    "letter": ("dash",),
    "dash": (),
}

_PATTERNS = (Role.LEAD, Role.EXECUTE, Role.ADVISE)
"""How the first actor of a task acts (or none is named)."""
_FREQUENCIES = tuple(Frequency)
_MAX_TASKS = 8
"""The default ``max_size`` of a task list: small, so that examples stay quick."""


def assignments(
    *, roles: Iterable[Role] | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Assignment]:
    """Who acts in a task and how: ``Sở Nội vụ`` leads, ``Công an tỉnh`` cooperates.

    ``roles`` restricts the roles drawn (None: every role).
    """
    chosen = tuple(Role) if roles is None else _members("roles", roles, Role)
    _check_normalization(normalization)
    return _assignments(chosen, normalization)


@st.composite
def _assignments(
    draw: st.DrawFn, roles: tuple[Role, ...], normalization: Normalization
) -> Assignment:
    return Assignment(
        role=_pick(draw, roles),
        actor=_form(draw, _pick(draw, vocab.ACTORS), normalization),
    )


def _label(scheme: str, index: int) -> str:
    """The ``index``-th label (from 0) of a label scheme."""
    if scheme == "arabic":
        return f"{index + 1}."
    if scheme == "letter":
        return f"{_LETTERS[index]})"
    if scheme == "roman":
        return f"{to_roman(index + 1)}."
    if scheme == "article":
        return f"Điều {index + 1}."
    return "-"


class _Shape(NamedTuple):
    """What a task holds besides its words, drawn at once: who acts and how, whether it
    has a deadline, a recurrence, an attachment note, how many citations, a last sentence."""

    roles: list[tuple[Role, str]]
    dated: bool
    recurrence: Frequency | None
    note: str | None
    citations: int
    more: bool


_CITATION_COUNTS = (0, 0, 0, 1, 1, 2)
"""How many instruments a task cites, by a drawn index: none half the time."""


def _shape(draw: st.DrawFn) -> _Shape:
    """A task's shape, in two draws; it shrinks to a task that names nobody and holds
    nothing but its sentence.

    One actor leads (maybe with a cooperating one), executes or advises, or none is named;
    reports may go to a third.  A task that asks for a report has a deadline.
    """
    actors = vocab.ACTORS
    size = len(actors)
    pattern, cooperates, reports, dated, recurrence, note, cited, more, *picks = _picks(
        draw,
        2 * len(_PATTERNS),
        2,
        2,
        2,
        2 * len(_FREQUENCIES),
        2 * len(vocab.ATTACHMENT_NOTES),
        len(_CITATION_COUNTS),
        2,
        size,
        size - 1,
        size - 2,
    )
    left = list(range(size))
    first, second, third = (actors[left.pop(pick)] for pick in picks)
    roles: list[tuple[Role, str]] = []
    lead = _or_none(pattern, _PATTERNS)
    if lead is not None:
        roles.append((lead, first))
    if lead is Role.LEAD and cooperates:
        roles.append((Role.COOPERATE, second))
    if reports:
        roles.append((Role.REPORT_TO, third))
    return _Shape(
        roles=roles,
        dated=bool(reports or dated),
        recurrence=_or_none(recurrence, _FREQUENCIES),
        note=_or_none(note, vocab.ATTACHMENT_NOTES),
        citations=_CITATION_COUNTS[cited],
        more=bool(more),
    )


def _task_text(
    draw: st.DrawFn,
    shape: _Shape,
    deadline: Deadline | None,
    cited: Sequence[Citation],
    multiline: bool | None,
) -> str:
    """A task in words (NFC): its actors, recurrence, deadline, then what it cites.

    ``Định kỳ hằng năm, Sở Nội vụ chủ trì, phối hợp với Công an tỉnh tăng cường ...
    trước ngày 05/12; báo cáo kết quả thực hiện gửi Bộ Nội vụ. Thực hiện theo Chỉ thị
    số 33/CT-TTg ...``  Deadlines, recurrences and citations are printed by the grammars.
    A last sentence may follow, after a line break when ``multiline`` is True (always
    then) or None (at times).
    """
    actor_of = dict(shape.roles)
    sentence = _uncapitalized(_clause(draw))
    if Role.LEAD in actor_of:
        partner = actor_of.get(Role.COOPERATE)
        partners = "" if partner is None else f", phối hợp với {partner}"
        sentence = f"{actor_of[Role.LEAD]} chủ trì{partners} {sentence}"
    elif Role.EXECUTE in actor_of:
        sentence = f"{actor_of[Role.EXECUTE]} {sentence}"
    elif Role.ADVISE in actor_of:
        sentence = f"{actor_of[Role.ADVISE]} tham mưu {sentence}"
    if deadline is not None:
        sentence += f" {format_deadline(deadline)}"
    if Role.REPORT_TO in actor_of:
        sentence += f"; báo cáo kết quả thực hiện gửi {actor_of[Role.REPORT_TO]}"
    if shape.recurrence is not None:
        sentence = f"{format_recurrence(shape.recurrence)}, {sentence}"
    text = f"{_capitalized(sentence)}."
    for citation in cited:
        text += f" Thực hiện theo {format_citation(citation)}."
    if multiline or shape.more:
        text += f"{_separator(draw, multiline)}{_clause(draw)}."
    return text


class _TaskOptions(NamedTuple):
    """What every task of a list is drawn with.  ``deadlines`` None draws the default
    deadlines, which name years from the instrument's issue on (:class:`_Dates`)."""

    max_subtasks: int
    multiline: bool | None
    deadlines: st.SearchStrategy[Deadline] | None
    normalization: Normalization


@functools.cache
def _counts(low: int, high: int) -> st.SearchStrategy[list[None]]:
    """How many items a list has, as a list of that many Nones: it shrinks by deletion."""
    return st.lists(st.none(), min_size=low, max_size=high)


def _deadline_of(draw: st.DrawFn, options: _TaskOptions, dates: _Dates) -> Deadline:
    if options.deadlines is not None:
        return draw(options.deadlines)
    return _deadline(draw, _DEADLINE_TYPES, dates.deadlines, MAX_YEAR, options.normalization)


def _task(
    draw: st.DrawFn,
    options: _TaskOptions,
    dates: _Dates,
    *,
    label: str | None,
    child_schemes: tuple[str, ...],
    depth: int,
) -> Task:
    normalization = options.normalization
    shape = _shape(draw)
    deadline = _deadline_of(draw, options, dates) if shape.dated else None
    cited = [_citation(draw, None, normalization, dates.cited) for _ in range(shape.citations)]
    text = _task_text(draw, shape, deadline, cited, options.multiline)
    subtasks: tuple[Task, ...] = ()
    if depth > 1:
        subtasks = _siblings(
            draw,
            options,
            dates,
            schemes=child_schemes,
            min_size=0,
            max_size=options.max_subtasks,
            depth=depth - 1,
        )
    return Task(
        label=None if label is None else _form(draw, label, normalization),
        text=_form(draw, text, normalization),
        subtasks=subtasks,
        assignments=[
            Assignment(role=role, actor=_form(draw, actor, normalization))
            for role, actor in shape.roles
        ],
        deadline=deadline,
        recurrence=shape.recurrence,
        citations=cited,
        attachment_notes=_forms(draw, () if shape.note is None else (shape.note,), normalization),
    )


def _siblings(
    draw: st.DrawFn,
    options: _TaskOptions,
    dates: _Dates,
    *,
    schemes: tuple[str, ...],
    min_size: int,
    max_size: int,
    depth: int,
) -> tuple[Task, ...]:
    """A list of tasks labelled in one scheme, in sequence (``1.``, ``2.``; ``a)``, ``b)``)."""
    usable = tuple(s for s in schemes if s != "letter" or min_size <= len(_LETTERS))
    if not usable:
        return ()
    which, extra = _picks(draw, len(usable), max_size - min_size + 1)
    scheme = usable[which]
    count = min_size + extra
    if scheme == "letter":
        count = min(count, len(_LETTERS))
    return tuple(
        _task(
            draw,
            options,
            dates,
            label=_label(scheme, index),
            child_schemes=_CHILD_SCHEMES[scheme],
            depth=depth,
        )
        for index in range(count)
    )


def _articles(
    draw: st.DrawFn,
    options: _TaskOptions,
    dates: _Dates,
    kind: DocumentKind,
    *,
    max_size: int,
    depth: int,
) -> tuple[Task, ...]:
    """A decision's articles (``Điều 1.`` ...), the last naming who implements it:
    ``Điều 3. Chánh Văn phòng ... chịu trách nhiệm thi hành Quyết định này.`` (NĐ 30 Phụ lục
    III, mẫu 1.1 to 1.3; VN-BODY-006)."""
    articles = _siblings(
        draw,
        options,
        dates,
        schemes=("article",),
        min_size=1,
        max_size=max(1, max_size - 1),
        depth=depth,
    )
    size = len(vocab.IMPLEMENTERS)
    first, second = _picks(draw, size, size - 1)
    left = list(vocab.IMPLEMENTERS)
    named = [left.pop(first), left.pop(second)]
    text = f"{named[0]} và {_uncapitalized(named[1])} chịu trách nhiệm thi hành {kind.name} này."
    normalization = options.normalization
    last = Task(
        label=_form(draw, _label("article", len(articles)), normalization),
        text=_form(draw, text, normalization),
        assignments=[
            Assignment(role=Role.EXECUTE, actor=_form(draw, actor, normalization))
            for actor in named
        ],
    )
    return (*articles, last)


def _check_task_options(
    max_depth: int,
    max_subtasks: int,
    multiline: bool | None,
    deadlines: st.SearchStrategy[Deadline] | None,
    normalization: Normalization,
) -> _TaskOptions:
    _check_int("max_depth", max_depth, 1)
    _check_int("max_subtasks", max_subtasks, 0)
    _check_flag("multiline", multiline)
    _check_strategy("deadlines", deadlines)
    _check_normalization(normalization)
    return _TaskOptions(max_subtasks, multiline, deadlines, normalization)


def tasks(
    *,
    max_depth: int = 2,
    max_subtasks: int = 3,
    multiline: bool | None = False,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Task]:
    """One task, labelled (``1.``, ``a)``, ``I.``, ``Điều 3.``, ``-``) or not, with subtasks.

    ``max_depth`` counts levels: 1 is a task without subtasks, 2 (the default) allows
    subtasks without their own.  Sibling subtasks are labelled in sequence in one scheme
    that differs from the parent's (``I.`` > ``1.`` > ``a)`` > ``-``).  The text says
    what the task holds (``Sở Nội vụ chủ trì, phối hợp với ... trước ngày 05/12``) and
    never starts with something label-like; ``multiline=True`` puts a line break in every
    task's text, ``None`` in some.  Deadlines are drawn from ``deadlines`` (None:
    :func:`deadlines`); a task that asks for a report always has one.  What a task cites
    was issued by 31 December of last year.
    """
    options = _check_task_options(max_depth, max_subtasks, multiline, deadlines, normalization)
    return _tasks(options, max_depth)


@st.composite
def _tasks(draw: st.DrawFn, options: _TaskOptions, max_depth: int) -> Task:
    scheme = _maybe(draw, _LABEL_SCHEMES)
    label = None
    if scheme is not None:
        last = len(_LETTERS) if scheme == "letter" else 30
        label = _label(scheme, draw(_index(last)))
    return _task(
        draw,
        options,
        _Dates.standalone(),
        label=label,
        child_schemes=_LABEL_SCHEMES if scheme is None else _CHILD_SCHEMES[scheme],
        depth=max_depth,
    )


def task_lists(
    *,
    min_size: int = 1,
    max_size: int | None = None,
    max_depth: int = 2,
    max_subtasks: int = 3,
    multiline: bool | None = False,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[tuple[Task, ...]]:
    """Task lists of ``min_size..max_size`` top-level tasks, labelled in sequence.

    All siblings share one label scheme (``1.``, ``2.``, ...; ``a)``, ``b)``, ...; ``I.``,
    ``II.``; ``Điều 1.``, ``Điều 2.``; ``-``); see :func:`tasks` for the other options.
    ``max_size`` defaults to 8 (or ``min_size`` when that is more), and a task has at most
    ``max_subtasks`` (3) subtasks: lists stay small unless asked.
    """
    high = _check_sizes(min_size, max_size, default=_MAX_TASKS)
    options = _check_task_options(max_depth, max_subtasks, multiline, deadlines, normalization)
    return _task_lists(options, min_size, high, max_depth)


@st.composite
def _task_lists(
    draw: st.DrawFn, options: _TaskOptions, min_size: int, max_size: int, max_depth: int
) -> tuple[Task, ...]:
    return _siblings(
        draw,
        options,
        _Dates.standalone(),
        schemes=_LABEL_SCHEMES,
        min_size=min_size,
        max_size=max_size,
        depth=max_depth,
    )
