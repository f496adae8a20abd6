"""Generation time per example of the public hypothesis strategies.

Run it directly (``python benchmarks/bench_strategies.py``) or through ``nox -s benchmarks``.
Each case is a ``@given`` test with an empty body under fixed examples (derandomized, no
database, generation only), so its time is hypothesis drawing the values and vnadmin
building them, as a user's test pays it.  Hypothesis fails a test with ``FailedHealthCheck:
Input generation is slow`` when its first 10 valid examples take more than a second to
draw (with the default 200 ms deadline): 100 ms an example is the budget, and the last
column says how much of it a case spends on this machine at this moment.

Times are medians of 21 timed runs of every case, the cases taking turns.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable
from typing import Any

import timing
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from vnadmin import strategies as vs

EXAMPLES = 20
"""Examples per timed run."""
BUDGET = 0.1
"""Seconds an example may take to draw before hypothesis' too_slow health check fails."""

CASES: dict[str, st.SearchStrategy[Any]] = {
    "`instruments()`": vs.instruments(),
    "`instruments(drafts=None, received=None, reported=None)`": vs.instruments(
        drafts=None, received=None, reported=None
    ),
    "`instruments(bodies=...)`, 10 to 12 tasks (docs/strategies.md)": vs.instruments(
        kinds=["chi-thi", "ke-hoach"],
        bodies=vs.bodies(tasks=vs.task_lists(min_size=10, max_size=12)),
    ),
    "`task_lists()`": vs.task_lists(),
    "`citations()`": vs.citations(),
    "`document_numbers()`": vs.document_numbers(),
}


def _run(strategy: st.SearchStrategy[Any], examples: int, seen: list[int]) -> Callable[[], None]:
    """A test that draws ``examples`` values of ``strategy`` and counts them in ``seen``."""

    @settings(
        max_examples=examples,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def draw(value: Any) -> None:
        seen.append(1)

    return draw


def measure(examples: int = EXAMPLES) -> dict[str, float]:
    """Median seconds per example of each case."""
    seen: dict[str, list[int]] = {name: [] for name in CASES}
    runs = {name: _run(strategy, examples, seen[name]) for name, strategy in CASES.items()}
    drawn = {}
    for name, run in runs.items():  # once untimed, to count the examples a run draws
        run()
        drawn[name] = len(seen[name])
    medians = timing.medians(runs)
    return {name: medians[name] / drawn[name] for name in CASES}


def table(times: dict[str, float]) -> str:
    lines = [
        "### Hypothesis strategies",
        "",
        "| strategy | per example | of the health check's budget |",
        "|---|---:|---:|",
    ]
    for name, seconds in times.items():
        lines.append(f"| {name} | {timing.show(seconds)} | {seconds / BUDGET:.0%} |")
    return "\n".join(lines)


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}")
    print()
    print(table(measure()))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
