"""The one way every benchmark times its cases: medians of interleaved batches.

Batches of every case take turns, so that the load of a shared machine falls on all of them
alike and the ratios stay steady even when the times do not.  ``benchmarks/run.py --quick``
lowers :data:`REPEAT` and :data:`BATCH` for a smoke run.
"""

from __future__ import annotations

import statistics
import timeit
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

__all__ = ["BATCH", "REPEAT", "medians", "show"]

REPEAT = 21
"""Timed batches per case; the median batch is reported."""
BATCH = 0.05
"""Seconds a batch should take (the number of calls per batch is set from one call)."""

_K = TypeVar("_K", bound=Hashable)


def _batch_size(function: Callable[[], Any]) -> int:
    return max(1, int(BATCH / max(timeit.timeit(function, number=1), 1e-7)))


def medians(cases: dict[_K, Callable[[], Any]]) -> dict[_K, float]:
    """Median seconds per call of each case, over :data:`REPEAT` interleaved batches."""
    sizes = {case: _batch_size(function) for case, function in cases.items()}
    samples: dict[_K, list[float]] = {case: [] for case in cases}
    for _ in range(REPEAT):
        for case, function in cases.items():
            samples[case].append(timeit.timeit(function, number=sizes[case]) / sizes[case])
    return {case: statistics.median(times) for case, times in samples.items()}


def show(seconds: float) -> str:
    """``812.4 µs`` or ``1.23 ms`` or ``2.05 s``."""
    if seconds < 1e-3:
        return f"{seconds * 1e6:,.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:,.2f} ms"
    return f"{seconds:,.2f} s"
