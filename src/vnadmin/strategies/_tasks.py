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
from vnadmin.strategies._citations import _citations
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _capitalized,
    _form,
    _forms,
    _maybe,
    _optional,
    _pick,
    _uncapitalized,
)
from vnadmin.strategies._deadlines import _DEADLINE_TYPES, _deadlines
from vnadmin.strategies._text import _clause

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # points of a clause skip f, j, w, z and keep đ


_LABEL_SCHEMES = ("arabic", "letter", "roman", "article", "dash")


_CHILD_SCHEMES: dict[str, tuple[str, ...]] = {
    "roman": ("arabic",),
    "article": ("arabic",),
    "arabic": ("letter", "dash"),
    "letter": ("dash",),
    "dash": (),
}


def assignments(
    *, roles: Iterable[Role] | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Assignment]:
    """Who acts in a task and how: ``Sở Nội vụ`` leads, ``Công an tỉnh`` cooperates."""
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


def _roles(draw: st.DrawFn, actors: Sequence[str]) -> list[tuple[Role, str]]:
    """Give three distinct actors the roles of one task, in a pattern task texts use.

    One actor leads (maybe with a cooperating one), executes or advises, or none is named;
    reports may go to a third.
    """
    first, second, third = actors
    roles: list[tuple[Role, str]] = []
    pattern = _maybe(draw, (Role.LEAD, Role.EXECUTE, Role.ADVISE))
    if pattern is not None:
        roles.append((pattern, first))
    if pattern is Role.LEAD and draw(st.booleans()):
        roles.append((Role.COOPERATE, second))
    if draw(st.booleans()):
        roles.append((Role.REPORT_TO, third))
    return roles


def _task_text(
    draw: st.DrawFn,
    actors: Sequence[tuple[Role, str]],
    recurrence: Frequency | None,
    deadline: Deadline | None,
    cited: Sequence[Citation],
    multiline: bool,
) -> str:
    """A task in words (NFC): its actors, recurrence, deadline, then what it cites.

    ``Định kỳ hằng năm, Sở Nội vụ chủ trì, phối hợp với Công an tỉnh tăng cường ...
    trước ngày 05/12; báo cáo kết quả thực hiện gửi Bộ Nội vụ. Thực hiện theo Chỉ thị
    số 33/CT-TTg ...``  Deadlines, recurrences and citations are printed by the grammars.
    """
    actor_of = dict(actors)
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
    if recurrence is not None:
        sentence = f"{format_recurrence(recurrence)}, {sentence}"
    text = f"{_capitalized(sentence)}."
    for citation in cited:
        text += f" Thực hiện theo {format_citation(citation)}."
    for _ in draw(st.lists(st.none(), max_size=1)):
        separator = "\n" if multiline and draw(st.booleans()) else " "
        text += f"{separator}{_clause(draw)}."
    return text


class _TaskOptions(NamedTuple):
    """What every task of a list is drawn with; strategies made once, as making them costs."""

    max_subtasks: int
    multiline: bool
    deadlines: st.SearchStrategy[Deadline]
    normalization: Normalization
    actors: st.SearchStrategy[list[str]]
    citations: st.SearchStrategy[list[Citation]]
    notes: st.SearchStrategy[list[str]]


@functools.cache
def _task_options(
    max_subtasks: int,
    multiline: bool,
    deadlines: st.SearchStrategy[Deadline] | None,
    normalization: Normalization,
) -> _TaskOptions:
    return _TaskOptions(
        max_subtasks=max_subtasks,
        multiline=multiline,
        deadlines=(
            _deadlines(_DEADLINE_TYPES, MIN_YEAR, MAX_YEAR, normalization)
            if deadlines is None
            else deadlines
        ),
        normalization=normalization,
        actors=st.lists(st.sampled_from(vocab.ACTORS), min_size=3, max_size=3, unique=True),
        citations=st.lists(_citations(None, normalization), max_size=2),
        notes=st.lists(st.sampled_from(vocab.ATTACHMENT_NOTES), max_size=1),
    )


def _task(
    draw: st.DrawFn,
    options: _TaskOptions,
    *,
    label: str | None,
    child_schemes: tuple[str, ...],
    depth: int,
) -> Task:
    normalization = options.normalization
    actors = _roles(draw, draw(options.actors))
    if any(role is Role.REPORT_TO for role, _ in actors):
        deadline: Deadline | None = draw(options.deadlines)  # a report is due by a date
    else:
        deadline = _optional(draw, options.deadlines)
    recurrence = _maybe(draw, tuple(Frequency))
    cited = draw(options.citations)
    text = _task_text(draw, actors, recurrence, deadline, cited, options.multiline)
    subtasks: tuple[Task, ...] = ()
    if depth > 1:
        subtasks = _siblings(
            draw,
            options,
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
            Assignment(role=role, actor=_form(draw, actor, normalization)) for role, actor in actors
        ],
        deadline=deadline,
        recurrence=recurrence,
        citations=cited,
        attachment_notes=_forms(draw, draw(options.notes), normalization),
    )


def _siblings(
    draw: st.DrawFn,
    options: _TaskOptions,
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
    scheme = _pick(draw, usable)
    top = min(max_size, len(_LETTERS)) if scheme == "letter" else max_size
    count = len(draw(st.lists(st.none(), min_size=min_size, max_size=top)))
    return tuple(
        _task(
            draw,
            options,
            label=_label(scheme, index),
            child_schemes=_CHILD_SCHEMES[scheme],
            depth=depth,
        )
        for index in range(count)
    )


def _check_task_options(
    max_depth: int,
    max_subtasks: int,
    multiline: bool,
    deadlines: st.SearchStrategy[Deadline] | None,
    normalization: Normalization,
) -> _TaskOptions:
    _check_int("max_depth", max_depth, 1)
    _check_int("max_subtasks", max_subtasks, 0)
    _check_flag("multiline", multiline)
    _check_strategy("deadlines", deadlines)
    _check_normalization(normalization)
    return _task_options(max_subtasks, multiline, deadlines, normalization)


def tasks(
    *,
    max_depth: int = 2,
    max_subtasks: int = 3,
    multiline: bool = False,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Task]:
    """One task, labelled (``1.``, ``a)``, ``I.``, ``Điều 3.``, ``-``) or not, with subtasks.

    ``max_depth`` counts levels: 1 is a task without subtasks, 2 (the default) allows
    subtasks without their own.  Sibling subtasks are labelled in sequence in one scheme
    that differs from the parent's (``I.`` > ``1.`` > ``a)`` > ``-``).  The text says
    what the task holds (``Sở Nội vụ chủ trì, phối hợp với ... trước ngày 05/12``) and
    never starts with something label-like; with ``multiline`` it may hold a line break.
    Deadlines are drawn from ``deadlines`` (default :func:`deadlines`); a task that asks
    for a report always has one.
    """
    options = _check_task_options(max_depth, max_subtasks, multiline, deadlines, normalization)
    return _tasks(options, max_depth)


@st.composite
def _tasks(draw: st.DrawFn, options: _TaskOptions, max_depth: int) -> Task:
    scheme = _maybe(draw, _LABEL_SCHEMES)
    label = None
    if scheme is not None:
        last = len(_LETTERS) - 1 if scheme == "letter" else 29
        label = _label(scheme, draw(st.integers(0, last)))
    return _task(
        draw,
        options,
        label=label,
        child_schemes=_LABEL_SCHEMES if scheme is None else _CHILD_SCHEMES[scheme],
        depth=max_depth,
    )


def task_lists(
    *,
    min_size: int = 1,
    max_size: int = 8,
    max_depth: int = 2,
    max_subtasks: int = 3,
    multiline: bool = False,
    deadlines: st.SearchStrategy[Deadline] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[tuple[Task, ...]]:
    """Task lists of ``min_size..max_size`` top-level tasks, labelled in sequence.

    All siblings share one label scheme (``1.``, ``2.``, ...; ``a)``, ``b)``, ...; ``I.``,
    ``II.``; ``Điều 1.``, ``Điều 2.``; ``-``); see :func:`tasks` for the other options.
    The defaults keep lists small (at most 8 tasks with at most 3 subtasks each).
    """
    _check_sizes(min_size, max_size)
    options = _check_task_options(max_depth, max_subtasks, multiline, deadlines, normalization)
    return _task_lists(options, min_size, max_size, max_depth)


@st.composite
def _task_lists(
    draw: st.DrawFn, options: _TaskOptions, min_size: int, max_size: int, max_depth: int
) -> tuple[Task, ...]:
    return _siblings(
        draw, options, schemes=_LABEL_SCHEMES, min_size=min_size, max_size=max_size, depth=max_depth
    )
