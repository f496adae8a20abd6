"""Strategies for paragraphs and bodies: legal bases, background, tasks, closing items.

A body's legal bases (căn cứ) end each with ``;`` and the last with ``.``, as NĐ 30 asks of
a decision (VN-BODY-004).  The body of an instrument follows its kind: a decision is in
articles, the last naming who implements it, and a quyết định names who proposed it
(``Theo đề nghị của ...``) after its bases (VN-BODY-005, VN-BODY-006).
"""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from vnadmin.grammar import format_citation
from vnadmin.grammar.printed import ENACTED_KINDS
from vnadmin.model import (
    Assignment,
    Body,
    Citation,
    DocumentKind,
    Paragraph,
    Regime,
    Role,
    Task,
)
from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_flag, _check_normalization, _check_strategy
from vnadmin.strategies._citations import _citation
from vnadmin.strategies._common import (
    Normalization,
    _Dates,
    _flag,
    _form,
    _pick,
    _uncapitalized,
)
from vnadmin.strategies._tasks import (
    _LABEL_SCHEMES,
    _MAX_TASKS,
    _articles,
    _counts,
    _siblings,
    _TaskOptions,
    task_lists,
)
from vnadmin.strategies._text import _sentences

_DECISIONS = frozenset({"quyet-dinh", "nghi-quyet"})
"""Kinds laid out as decisions (NĐ 30 Phụ lục III, mẫu 1.1 to 1.3), in state and legal
documents; a Party nghị quyết is not in articles."""
_PROPOSED = "quyet-dinh"
"""The kind that names who proposed it (VN-BODY-005)."""
_DEFAULT_TASKS = _TaskOptions(max_subtasks=3, multiline=False, deadlines=None, normalization="NFC")
_BASES = _counts(0, 2)
_DECISION_BASES = _counts(1, 2)
_BACKGROUND = _counts(0, 2)
_CLOSING = _counts(0, 1)


def paragraphs(
    *, preamble: bool | None = False, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Paragraph]:
    """Paragraphs outside the task list.

    ``preamble=True`` gives legal bases citing an instrument, printed by the citation
    grammar (``Căn cứ Luật Tiếp cận thông tin;``) and attached; ``False`` background
    paragraphs; ``None`` either.
    """
    _check_flag("preamble", preamble)
    _check_normalization(normalization)
    return _paragraphs(preamble, normalization)


@st.composite
def _paragraphs(draw: st.DrawFn, preamble: bool | None, normalization: Normalization) -> Paragraph:
    if _flag(draw, preamble):
        return _basis(draw, normalization, _Dates.standalone().cited, ";")
    return _background(draw, normalization)


def _basis(
    draw: st.DrawFn, normalization: Normalization, cited: datetime.date, ending: str
) -> Paragraph:
    """``Căn cứ <citation><ending>``, citing an instrument issued on or before ``cited``."""
    return _basis_of(draw, _citation(draw, None, normalization, cited), normalization, ending)


def _basis_of(
    draw: st.DrawFn, citation: Citation, normalization: Normalization, ending: str
) -> Paragraph:
    text = f"Căn cứ {format_citation(citation)}{ending}"
    return Paragraph(text=_form(draw, text, normalization), citations=[citation])


def _background(draw: st.DrawFn, normalization: Normalization) -> Paragraph:
    opening = _pick(draw, vocab.BACKGROUND_OPENINGS)
    count = 1 + _flag(draw)
    text = f"{opening}, {_uncapitalized(_sentences(draw, count, multiline=False))}"
    return Paragraph(text=_form(draw, text, normalization))


def _bases(
    draw: st.DrawFn,
    counts: st.SearchStrategy[list[None]],
    normalization: Normalization,
    cited: datetime.date,
    *,
    proposed: bool = False,
) -> list[Paragraph]:
    """Legal bases, each ending ``;`` and the last ``.``, of distinct texts; a proposed
    decision ends them with ``Theo đề nghị của ...``."""
    found: dict[str, Citation] = {}
    for _ in draw(counts):
        citation = _citation(draw, None, normalization, cited)
        found.setdefault(format_citation(citation), citation)
    last = None if proposed else len(found) - 1  # the proposal closes a decision's bases
    paragraphs = [
        _basis_of(draw, citation, normalization, "." if index == last else ";")
        for index, citation in enumerate(found.values())
    ]
    if proposed:
        text = f"Theo đề nghị của {_pick(draw, vocab.PROPOSERS)}."
        paragraphs.append(Paragraph(text=_form(draw, text, normalization)))
    return paragraphs


def _closing_task(draw: st.DrawFn, normalization: Normalization) -> Task:
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
    """Bodies: legal bases (each ending ``;``, the last ``.``), background, the task list
    (``tasks``; None: :func:`task_lists`) and at most one closing assignment."""
    _check_strategy("tasks", tasks)
    _check_normalization(normalization)
    if tasks is None:
        tasks = task_lists(normalization=normalization)
    return _bodies(tasks, normalization)


@st.composite
def _bodies(
    draw: st.DrawFn, tasks: st.SearchStrategy[tuple[Task, ...]], normalization: Normalization
) -> Body:
    return Body(
        preamble=_bases(draw, _BASES, normalization, _Dates.standalone().cited),
        background=[_background(draw, normalization) for _ in draw(_BACKGROUND)],
        tasks=draw(tasks),
        closing=[_closing_task(draw, normalization) for _ in draw(_CLOSING)],
    )


def _issued_body(
    draw: st.DrawFn,
    regime: Regime,
    kind: DocumentKind,
    dates: _Dates,
    normalization: Normalization,
) -> Body:
    """The default body of a ``kind`` instrument: what it cites predates it, its deadlines
    follow it (``dates``), and a decision is laid out as one (see the module)."""
    options = _DEFAULT_TASKS._replace(normalization=normalization)
    decision = kind.code in _DECISIONS and regime is not Regime.PARTY
    if decision:
        tasks = _articles(draw, options, dates, kind, max_size=_MAX_TASKS, depth=2)
    else:
        tasks = _siblings(
            draw, options, dates, schemes=_LABEL_SCHEMES, min_size=1, max_size=_MAX_TASKS, depth=2
        )
    return Body(
        preamble=_bases(
            draw,
            _DECISION_BASES if decision else _BASES,
            normalization,
            dates.cited,
            proposed=kind.code == _PROPOSED,
        ),
        background=[_background(draw, normalization) for _ in draw(_BACKGROUND)]
        + _enacting(draw, regime, kind, normalization),
        tasks=tasks,
        closing=[_closing_task(draw, normalization) for _ in draw(_CLOSING)],
    )


_ENACTING_AUTHORITY = {"nghi-dinh": "Chính phủ", "thong-tu-lien-tich": "Các Bộ trưởng"}
"""Who enacts in a legal text's sentence, by kind; a circular's minister, a decision's
council or chairman otherwise (the strategies do not tie the sentence to the issuer)."""


def _enacting(
    draw: st.DrawFn, regime: Regime, kind: DocumentKind, normalization: Normalization
) -> list[Paragraph]:
    """The sentence a decree, a circular or a legal normative decision enacts in after its
    bases (``Chính phủ ban hành Nghị định ...``), which ``VN-BODY-008`` asks for."""
    if regime is not Regime.LEGAL or kind.code not in ENACTED_KINDS:
        return []
    authority = _ENACTING_AUTHORITY.get(kind.code, "Cơ quan có thẩm quyền")
    text = f"{authority} ban hành {kind.name} này."
    return [Paragraph(text=_form(draw, text, normalization))]
