"""The body's layout: legal bases and preamble, background, the task tree, closing items.

Paragraphs before the first label are the preamble (a leading run that opens with
``Căn cứ``, ``Thực hiện``, ...) and the background; labelled paragraphs form the task tree
(see :mod:`vnadmin.grammar.labels`), unlabelled ones inside it continue the task above;
unlabelled paragraphs after the last labelled one are closing items (``Giao ... chủ trì``),
unless that last item ends with a colon and so introduces them.  A body without any
label has no task list: its directive paragraphs become unlabelled tasks.
"""

from __future__ import annotations

import attrs

from vnadmin.grammar.labels import LABEL, label_level
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import MAX_SCAN, Block, is_caps, lowered, word_starts
from vnadmin.text.vocabulary import DIRECTIVE_WORDS, PREAMBLE

__all__ = ["BodyLayout", "Node", "lay_out"]


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


def _label(block: Block) -> tuple[str, str, Block] | None:
    """(label, level, block without the label) for a labelled paragraph."""
    match = LABEL.match(block.text[:MAX_SCAN])
    if match is None:
        return None
    level = label_level(match)
    if level is None:
        return None
    rest = block.text[match.end() :].strip()
    return " ".join(match["label"].split()), level, block.with_text(rest)


def _is_formula(block: Block) -> bool:
    """An enacting formula or an authority line between header and body (``QUYẾT ĐỊNH:``)."""
    return is_caps(block.text) and len(block.text) <= 160


def lay_out(blocks: list[Block], diagnostics: Diagnostics) -> BodyLayout:
    """Arrange body paragraphs into preamble, background, task tree and closing."""
    layout = BodyLayout()
    labels = [_label(block) for block in blocks]
    labelled = [index for index, label in enumerate(labels) if label is not None]
    if labelled:
        numbered = [i for i in labelled if not labels[i][1].startswith("bullet")]  # type: ignore[index]
        first = labelled[0]
        if numbered and numbered[0] > first:
            first = numbered[0]  # dashes before the first numbered item belong to the background
        last = labelled[-1]
        before, items, after = blocks[:first], blocks[first : last + 1], blocks[last + 1 :]
        if after and items[-1].text.rstrip().endswith(":"):
            items, after = items + after, []
    else:
        before, items, after = blocks, [], []
    for block in before:
        if _is_formula(block):
            diagnostics.info(
                block.line,
                "line-skipped",
                f"{block.text[:60]!r} (a formula or heading) was not read",
            )
        elif not layout.background and PREAMBLE.match(block.text):
            layout.preamble.append(block)
        else:
            layout.background.append(block)
    layout.tasks = _tree(items)
    for block in after:
        if block.text.strip(" ./") and not _is_formula(block):
            layout.closing.append(block)
        else:
            diagnostics.info(block.line, "line-skipped", f"{block.text[:60]!r} after the tasks")
    if not labelled and layout.background:
        directive = [b for b in layout.background if word_starts(lowered(b.text), DIRECTIVE_WORDS)]
        if directive:
            chosen = {id(b) for b in directive}
            layout.background = [b for b in layout.background if id(b) not in chosen]
            layout.tasks = [Node(None, None, [b]) for b in directive]
            diagnostics.info(
                directive[0].line,
                "tasks-unlabelled",
                f"no numbered task list: {len(directive)} paragraph(s) that direct someone"
                " were read as unlabelled tasks",
            )
    return layout


def _tree(blocks: list[Block]) -> list[Node]:
    roots: list[Node] = []
    stack: list[Node] = []
    for block in blocks:
        labelled = _label(block)
        if labelled is None:
            if not stack:
                continue
            owner = stack[-1]  # the paragraph continues the task printed just above it
            if owner.blocks and not owner.blocks[-1].text:
                owner.blocks[-1] = block  # "1." alone on its line: its text follows
            else:
                owner.blocks.append(block)
            continue
        label, level, rest = labelled
        node = Node(label, level, [rest])
        levels = [n.level for n in stack]
        if level in levels:
            del stack[levels.index(level) :]
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots
