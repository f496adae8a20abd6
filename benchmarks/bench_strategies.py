"""Generation by the public strategies: what a test suite pays per example it draws.

Run it directly (``python benchmarks/bench_strategies.py``) or as part of
``benchmarks/run.py``.  Each strategy runs inside a hypothesis test of ``EXAMPLES`` examples
(derandomized, generation only, no database: what a CI run of a user's suite does), and the
time of the whole run is divided by the examples drawn; the runs of the strategies take turns,
and the best of ``ROUNDS`` is kept.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

import timing
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from vnadmin import strategies as vs

EXAMPLES = 200
ROUNDS = 3
STRATEGIES: dict[str, Callable[[], st.SearchStrategy[Any]]] = {
    "document_numbers()": vs.document_numbers,
    "citations()": vs.citations,
    "tasks()": vs.tasks,
    "instruments()": vs.instruments,
}


def _run(strategy: st.SearchStrategy[Any]) -> Callable[[], int]:
    drawn = []

    @settings(
        max_examples=EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def test(value: Any) -> None:
        drawn.append(value)

    def run() -> int:
        drawn.clear()
        test()
        return len(drawn)

    return run


def measure() -> dict[str, float]:
    """Seconds per example drawn, for each strategy."""
    runs = {name: _run(make()) for name, make in STRATEGIES.items()}
    best: dict[str, float] = {}
    for _ in range(ROUNDS):
        for name, run in runs.items():
            start = time.perf_counter()
            count = run()
            seconds = (time.perf_counter() - start) / max(count, 1)
            best[name] = min(best.get(name, seconds), seconds)
    return best


def table(times: dict[str, float]) -> str:
    lines = [
        "### Generation by the strategies",
        "",
        "| strategy | per example | examples per second |",
        "|---|---:|---:|",
    ]
    for name, seconds in times.items():
        lines.append(
            f"| `vnadmin.strategies.{name}` | {timing.show(seconds)} | {1 / seconds:,.0f} |"
        )
    lines += ["", f"{EXAMPLES} examples a run (derandomized, generation only), best of {ROUNDS}."]
    return "\n".join(lines)


def main() -> None:
    print(table(measure()))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
