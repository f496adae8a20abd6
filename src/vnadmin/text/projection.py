"""What of an instrument the text layout carries: the projection a round trip keeps.

``parse_text(render_text(x)).instrument`` equals ``x`` on what :func:`text_projection`
keeps.  It drops what text does not print or prints only inside other text:

- what the readers derive from task text (assignments, deadline, recurrence, citations
  and attachment notes of tasks), and the ``reported`` mark (a rendering is an original);
- the lines as the document printed them (``printed``): a rendering prints the lines NĐ 30
  and HD 36 give the values (:func:`~vnadmin.grammar.printed.format_printed`), and the
  reader reads those back;
- edXML identifiers (``organ_id``), and the issuer's abbreviation other than the one the
  number line prints (``issuer_abbreviation`` of the number);
- a place without a date (the dateline prints both) and a drafter mark without its count
  of copies (it prints inside the archive line as ``NVA.(30)``).

Unlabelled items of a task list print with a bullet by depth (``-``, ``+``, ``•``), which
they then carry.  It moves what the reader places by rule: the later paragraphs of the task printed last
follow the last label, so they read as closing items; a paragraph's line breaks print as
spaces.

It normalises what the reader decides by rule rather than reads: the split between legal
bases and background (a leading run of ``Căn cứ``/``Thực hiện`` paragraphs is the
preamble), white space in a subject, the regime a number style and banner show, and a
kind named only by a ``V/v`` subject (công văn).
"""

from __future__ import annotations

import attrs

from vnadmin._walk import differences
from vnadmin.grammar.printed import format_printed
from vnadmin.grammar.subjects import is_vv_subject
from vnadmin.model import (
    KINDS,
    Body,
    Instrument,
    KindRegistry,
    NumberStyle,
    Organization,
    Paragraph,
    Regime,
    Task,
)
from vnadmin.text.header import vv_kind
from vnadmin.text.parse import parse_text
from vnadmin.text.render import UNLABELLED, render_text
from vnadmin.text.vocabulary import PREAMBLE

__all__ = ["text_losses", "text_projection"]


def _organization(
    organization: Organization | None, abbreviation: str | None
) -> Organization | None:
    if organization is None:
        return None
    return Organization(
        name=organization.name,
        abbreviation=abbreviation,
        parent=_organization(organization.parent, None),
    )


def _task(task: Task, depth: int = 0) -> Task:
    label = task.label or UNLABELLED[min(depth, len(UNLABELLED) - 1)]
    return Task(label=label, text=task.text, subtasks=[_task(t, depth + 1) for t in task.subtasks])


def _last_paragraphs(tasks: list[Task]) -> tuple[list[Task], list[str]]:
    """The task list without the paragraphs that end it after its last label: the later
    paragraphs of the task printed last (they read as closing items)."""
    if not tasks:
        return tasks, []
    last = tasks[-1]
    if last.subtasks:
        subtasks, moved = _last_paragraphs(list(last.subtasks))
        return [*tasks[:-1], attrs.evolve(last, subtasks=subtasks)], moved
    first, *rest = last.text.split("\n")
    if not rest or first.rstrip().endswith(":"):
        return tasks, []
    return [*tasks[:-1], attrs.evolve(last, text=first)], rest


def _body(body: Body) -> Body:
    paragraphs = [
        Paragraph(text=" ".join(p.text.split()), citations=p.citations)
        for p in (*body.preamble, *body.background)
    ]
    split = 0
    while split < len(paragraphs) and PREAMBLE.match(paragraphs[split].text):
        split += 1
    tasks, moved = _last_paragraphs([_task(task) for task in body.tasks])
    return Body(
        preamble=paragraphs[:split],
        background=paragraphs[split:],
        tasks=tasks,
        closing=[Task(text=text) for text in moved] + [Task(text=t.text) for t in body.closing],
    )


def text_projection(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> Instrument:
    """The part of ``instrument`` that survives rendering to text and parsing back, both
    with ``kinds``."""
    number = instrument.number
    regime = instrument.regime
    if regime is not Regime.PARTY:
        legal = number is not None and number.style is NumberStyle.LEGAL
        regime = Regime.LEGAL if legal else Regime.STATE
    subject = " ".join(instrument.subject.split()) if instrument.subject else None
    kind = instrument.kind
    if kind is None and is_vv_subject(subject):
        kind = vv_kind(kinds)
    if kind is None and subject is not None and not is_vv_subject(subject):
        subject = subject if instrument.addressees else None
    drafter = instrument.drafter
    if drafter is not None and (drafter.copies is None or instrument.archive is None):
        drafter = None
    projected = attrs.evolve(
        instrument,
        regime=regime,
        kind=kind,
        issuer=_organization(
            instrument.issuer, number.issuer_abbreviation if number is not None else None
        ),
        place=instrument.place if instrument.date is not None else None,
        subject=subject,
        addressees=[Organization(name=a.name) for a in instrument.addressees],
        body=_body(instrument.body),
        drafter=drafter,
        reported=None,
        printed=None,
    )
    return attrs.evolve(projected, printed=format_printed(projected))


def text_losses(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> tuple[str, ...]:
    """What of ``instrument`` text does not carry as it is, as field paths
    (``body.tasks[0].deadline``): the fields where ``parse_text(render_text(instrument))``
    differs, lost or read in from the printed text, both with ``kinds``.  Empty when text
    carries it all; the command line notes them on conversion to text.  A kind outside
    ``kinds``: :class:`~vnadmin.errors.UnregisteredKindError`, as :func:`render_text`."""
    text = render_text(instrument, kinds=kinds)
    return differences(instrument, parse_text(text, kinds=kinds).instrument)
