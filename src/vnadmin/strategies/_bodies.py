"""Strategies for paragraphs and bodies: legal bases, background, tasks, closing items."""

from __future__ import annotations

import functools

from hypothesis import strategies as st

from vnadmin.grammar import format_citation
from vnadmin.model import (
    Assignment,
    Body,
    Paragraph,
    Role,
    Task,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_flag, _check_normalization, _check_strategy
from vnadmin.strategies._citations import _citations
from vnadmin.strategies._common import (
    MAX_YEAR,
    MIN_YEAR,
    Normalization,
    _form,
    _pick,
    _uncapitalized,
)
from vnadmin.strategies._deadlines import _DEADLINE_TYPES, _deadlines
from vnadmin.strategies._tasks import _task_lists, _task_options, task_lists
from vnadmin.strategies._text import _sentences


def paragraphs(
    *, preamble: bool = False, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Paragraph]:
    """Paragraphs outside the task list.

    With ``preamble``, a legal basis citing an instrument, printed by the citation grammar
    (``Căn cứ Luật Tiếp cận thông tin;``) and attached; otherwise a background paragraph.
    """
    _check_flag("preamble", preamble)
    _check_normalization(normalization)
    return _paragraphs(preamble, normalization)


@st.composite
def _paragraphs(draw: st.DrawFn, preamble: bool, normalization: Normalization) -> Paragraph:
    if not preamble:
        opening = _pick(draw, vocab.BACKGROUND_OPENINGS)
        text = f"{opening}, {_uncapitalized(_sentences(draw, 1, 2, multiline=False))}"
        return Paragraph(text=_form(draw, text, normalization))
    citation = draw(_citations(None, normalization))
    text = f"Căn cứ {format_citation(citation)};"
    return Paragraph(text=_form(draw, text, normalization), citations=[citation])


@st.composite
def _closing_tasks(draw: st.DrawFn, normalization: Normalization) -> Task:
    """An unlabelled closing assignment: ``Giao ... chủ trì, phối hợp với ...``."""
    actor, partners = _pick(draw, vocab.ACTORS), "các cơ quan liên quan"
    text = f"Giao {actor} chủ trì, phối hợp với {partners} {_pick(draw, vocab.CLOSING_PHRASES)}."
    return Task(
        text=_form(draw, text, normalization),
        assignments=[
            Assignment(role=Role.LEAD, actor=_form(draw, actor, normalization)),
            Assignment(role=Role.COOPERATE, actor=_form(draw, partners, normalization)),
        ],
    )


def bodies(
    *,
    tasks: st.SearchStrategy[tuple[Task, ...]] | None = None,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[Body]:
    """Bodies: legal bases, background, the task list (``tasks``, by default
    :func:`task_lists`) and at most one closing assignment."""
    _check_strategy("tasks", tasks)
    _check_normalization(normalization)
    if tasks is None:
        tasks = task_lists(normalization=normalization)
    return _bodies(tasks, normalization)


@functools.cache
def _issued_bodies(normalization: Normalization, year: int | None) -> st.SearchStrategy[Body]:
    """Default bodies of an instrument issued in ``year``: no deadline falls before it.

    Deadlines name later years only, or no year when ``MAX_YEAR`` leaves none.
    """
    first = MIN_YEAR if year is None else year + 1
    options = _task_options(
        3, False, _deadlines(_DEADLINE_TYPES, first, MAX_YEAR, normalization), normalization
    )
    return _bodies(_task_lists(options, 1, 8, 2), normalization)


@st.composite
def _bodies(
    draw: st.DrawFn, tasks: st.SearchStrategy[tuple[Task, ...]], normalization: Normalization
) -> Body:
    return Body(
        preamble=draw(
            st.lists(_paragraphs(True, normalization), max_size=2, unique_by=lambda p: p.text)
        ),
        background=draw(st.lists(_paragraphs(False, normalization), max_size=2)),
        tasks=draw(tasks),
        closing=draw(st.lists(_closing_tasks(normalization), max_size=1)),
    )
