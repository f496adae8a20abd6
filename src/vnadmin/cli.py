"""The ``vnadmin`` command.  For now it shows the bundled sample instruments."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence

from vnadmin.model import Instrument, Task
from vnadmin.samples import SEEDS


def _task_lines(task: Task, depth: int) -> Iterator[str]:
    head = f"{task.label} " if task.label else "- "
    first = task.text.split(". ")[0][:90]
    yield f"{'  ' * depth}{head}{first}"
    for child in task.subtasks:
        yield from _task_lines(child, depth + 1)


def outline(instrument: Instrument) -> str:
    """A short human-readable outline of an instrument."""
    lines = [f"regime:      {instrument.regime.value}"]
    if instrument.kind:
        lines.append(f"kind:        {instrument.kind.name}")
    if instrument.issuer:
        parent = instrument.issuer.parent
        lines.append(
            f"issuer:      {instrument.issuer.name}" + (f" ({parent.name})" if parent else "")
        )
    if instrument.number:
        number = instrument.number
        lines.append(f"number:      {number.number or '(blank)'} / {number.issuer_abbreviation}")
    if instrument.subject:
        lines.append(f"subject:     {instrument.subject}")
    for addressee in instrument.addressees:
        lines.append(f"addressee:   {addressee.name}")
    lines.append(f"tasks:       {len(instrument.body.tasks)}")
    for task in instrument.body.tasks:
        lines.extend("  " + line for line in _task_lines(task, 0))
    lines.append(f"citations:   {len(instrument.citations())}")
    for block in instrument.signatures:
        marks = " / ".join(f"{a.mark.value}. {a.applies_to}" for a in block.authorities)
        lines.append(f"signed:      {' / '.join(filter(None, [marks, block.title, block.name]))}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="vnadmin", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    sample = commands.add_parser("sample", help="show a bundled seed instrument")
    sample.add_argument("seed", nargs="?", default="000", choices=sorted(SEEDS))
    args = parser.parse_args(argv)
    sys.stdout.write(outline(SEEDS[args.seed]) + "\n")
    return 0
