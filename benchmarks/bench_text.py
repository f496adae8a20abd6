"""Parse throughput of ``vnadmin.text.parse_text`` on the seed documents, against a floor.

The floor reads the file, NFC-normalises it and splits it into lines: what any text
reader must do.  Each figure is the median of repeated runs; the ratio is the parser's
time over the floor's.  Run it from the repository root::

    PYTHONPATH=src python benchmarks/bench_text.py [--repeats N]
"""

from __future__ import annotations

import argparse
import statistics
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from vnadmin.text import parse_text

SEEDS = Path(__file__).resolve().parent.parent / "src" / "vnadmin" / "seeds"
TARGET = 25.0
"""The parser should stay within this many times the floor."""


def _median(work: Callable[[], object], repeats: int) -> float:
    work()  # warm caches (compiled patterns, lru caches)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _floor(path: Path) -> list[str]:
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).splitlines()


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--repeats", type=int, default=200)
    repeats = options.parse_args().repeats
    print(f"{'seed':<28} {'KB':>5} {'floor µs':>9} {'parse µs':>9} {'ratio':>6} {'MB/s':>6}")
    total_floor = total_parse = 0.0
    total_bytes = 0
    for path in sorted(SEEDS.glob("*.txt")):
        size = path.stat().st_size
        floor = _median(lambda path=path: _floor(path), repeats)
        parse = _median(lambda path=path: parse_text(path.read_text(encoding="utf-8")), repeats)
        total_floor, total_parse, total_bytes = (
            total_floor + floor,
            total_parse + parse,
            total_bytes + size,
        )
        print(
            f"{path.name:<28} {size / 1024:5.1f} {floor * 1e6:9.0f} {parse * 1e6:9.0f}"
            f" {parse / floor:6.1f} {size / parse / 1e6:6.2f}"
        )
    ratio = total_parse / total_floor
    print(
        f"{'all seeds':<28} {total_bytes / 1024:5.1f} {total_floor * 1e6:9.0f}"
        f" {total_parse * 1e6:9.0f} {ratio:6.1f} {total_bytes / total_parse / 1e6:6.2f}"
    )
    print(f"target: within {TARGET:.0f}x of the floor: {'met' if ratio <= TARGET else 'not met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
