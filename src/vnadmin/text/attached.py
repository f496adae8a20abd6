"""The tasks of a plan or a regulation issued with the instrument and printed after its
signature (``KẾ HOẠCH`` / ``(Ban hành kèm theo Quyết định số ...)``).

A decision that issues a plan carries the work in the plan: the keys of real documents
give the plan's tasks as the decision's.  They are read as closing tasks, so that the
count of the decision's own articles does not change.  Only a document that says it was
issued with this one is read: an attached draft, a form or a receipt slip gives no work.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnadmin.grammar.appendices import ties
from vnadmin.model import KindRegistry, Task
from vnadmin.normalize import fold
from vnadmin.text.body import Node, attachment_start, lay_out
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.footer import footer_start
from vnadmin.text.lines import Line
from vnadmin.text.tables import table_blocks
from vnadmin.text.tasks import Cite, build_tasks

__all__ = ["attached_tasks"]

_WORK_TITLES = (
    "ke hoach",
    "chuong trinh",
    "de an",
    "phuong an",
    "quy che",
    "quy dinh",
    "huong dan",
    "danh muc nhiem vu",
)
"""Titles (folded) of the attached documents that give work: a plan, a programme, a
scheme, rules, guidance; not a catalogue, a list of names or a form."""
_HEAD_LINES = 16
"""How many lines the attached document's header (banner, title, subject) may run."""


def attached_tasks(
    text: str,
    lines: Sequence[Line],
    start: int,
    cite: Cite,
    diagnostics: Diagnostics,
    kinds: KindRegistry,
    issued: int | None,
) -> list[Task]:
    """The tasks of the document attached at ``lines[start]``, if it was issued with the
    instrument and its title says it gives work; none otherwise."""
    head = [i for i in range(start, min(len(lines), start + _HEAD_LINES * 2)) if lines[i].text]
    issued_with = next((i for i in head[:_HEAD_LINES] if ties(lines[i].text)), None)
    if issued_with is None or not any(
        fold(lines[i].text).strip(" *#_").startswith(_WORK_TITLES) for i in head if i < issued_with
    ):
        return []
    body_start = issued_with + 1
    while body_start < len(lines) and lines[body_start - 1].text.count("(") > lines[
        body_start - 1
    ].text.count(")"):
        body_start += 1  # "(Ban hành kèm theo Quyết định số ..." wrapped onto the next line
    own = list(lines)
    end = footer_start(own, body_start)
    end = attachment_start(own, body_start, end)
    blocks = table_blocks(text, own[body_start:end], diagnostics)
    layout = lay_out(blocks, diagnostics, kinds)
    found = [
        task
        for node in (*layout.tasks, *(Node(None, None, [b]) for b in layout.closing))
        for task in build_tasks(node, (), cite, diagnostics, issued=issued)
    ]
    if found:
        diagnostics.info(
            lines[start].number,
            "attached-tasks",
            f"{len(found)} task(s) of the document issued with this one (lines"
            f" {lines[body_start].number}-{lines[end - 1].number}) read as closing tasks",
        )
    return found
