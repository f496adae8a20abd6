"""Throughput of vnadmin.dask on this machine: documents per second on a LocalCluster of 1 and 2
worker processes, beside the same work in one plain process.

Run it directly (``python benchmarks/bench_dask.py [copies]``) or as part of
``benchmarks/run.py``.  The archive is ``copies`` copies of each seed document (400 files by
default), as text and as vnadmin JSON; each case is timed ``ROUNDS`` times, the rounds of the
cases taking turns, and the best is kept (a cluster's start and the workers' imports are
left out: every cluster reads a few files first).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from distributed import Client, LocalCluster

from vnadmin import dask as vd
from vnadmin import json as vjson
from vnadmin.text import parse_text

SEEDS = Path(vd.__file__).parent / "seeds"
ROUNDS = 3


def _archive(root: Path, copies: int) -> tuple[Path, Path]:
    texts, documents = root / "text", root / "json"
    texts.mkdir()
    documents.mkdir()
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text("utf-8")
        document = vjson.dumps(parse_text(text).instrument)
        for copy in range(copies):
            (texts / f"{copy:05d}-{path.name}").write_text(text, "utf-8")
            (documents / f"{copy:05d}-{path.stem}.json").write_text(document, "utf-8")
    return texts, documents


def _plain(texts: Path, documents: Path) -> dict[str, Callable[[], Any]]:
    return {
        "text": lambda: [parse_text(p.read_text("utf-8")) for p in sorted(texts.iterdir())],
        "json": lambda: [vjson.loads(p.read_bytes()) for p in sorted(documents.iterdir())],
        "text to Parquet": lambda: None,  # the plain process writes no Parquet
    }


def _on_dask(texts: Path, documents: Path, out: Path) -> dict[str, Callable[[], Any]]:
    return {
        "text": lambda: vd.read_text(texts).count().compute(),
        "json": lambda: vd.read_json(documents).count().compute(),
        "text to Parquet": lambda: vd.tasks_frame(
            vd.read_text(texts, include_path=True)
        ).to_parquet(out / f"tasks-{time.monotonic_ns()}"),
    }


def measure(copies: int = 100) -> dict[tuple[str, str], tuple[float, float]]:
    """Each case's documents per second of wall time and per CPU second (of the workers, or
    of the one plain process), on one plain process and on clusters of 1 and 2 workers."""
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        texts, documents = _archive(root, copies)
        count = len(list(texts.iterdir()))
        runs: dict[str, tuple[Client | None, dict[str, Callable[[], Any]]]] = {
            "one process, no Dask": (None, _plain(texts, documents))
        }
        clusters = []
        try:
            for workers in (1, 2):
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=":0",
                    silence_logs=logging.ERROR,
                )
                client = Client(cluster, set_as_default=False)
                clusters.append((cluster, client))
                run = f"{workers} worker{'s' if workers > 1 else ''}"
                runs[run] = (client, _on_dask(texts, documents, root))
                _with(client, lambda: vd.read_text(sorted(texts.iterdir())[:8]).count().compute())
            best: dict[tuple[str, str], tuple[float, float]] = {}
            for _ in range(ROUNDS):
                for run, (client, cases) in runs.items():
                    for name, case in cases.items():
                        if client is None and name == "text to Parquet":
                            continue
                        cpu = _cpu(client)
                        start = time.perf_counter()
                        _with(client, case)
                        wall = time.perf_counter() - start
                        used = _cpu(client) - cpu
                        was = best.get((run, name), (wall, used))
                        best[run, name] = (min(was[0], wall), min(was[1], used))
        finally:
            for cluster, client in clusters:
                client.close()
                cluster.close()
    return {case: (count / wall, count / cpu) for case, (wall, cpu) in best.items()}


def _cpu(client: Client | None) -> float:
    """CPU seconds used so far by this process, or by the workers of ``client``."""
    if client is None:
        return time.process_time()
    return sum(client.run(time.process_time).values())


def _with(client: Client | None, case: Callable[[], Any]) -> Any:
    if client is None:
        return case()
    with client.as_current():
        return case()


def table(rates: dict[tuple[str, str], tuple[float, float]], documents: int) -> str:
    lines = [
        "### vnadmin.dask: documents per second",
        "",
        "| run | case | per second | per CPU second |",
        "|---|---|---:|---:|",
    ]
    for (run, name), (wall, cpu) in rates.items():
        lines.append(f"| {run} | {name} | {wall:,.0f} | {cpu:,.0f} |")
    load = os.getloadavg()[0]
    lines += [
        "",
        f"{documents:,} documents (the four seeds, 6-10 KB of text each), best of {ROUNDS};"
        " a CPU second is the one process's, or the workers' together;"
        f" load average {load:.1f} on {os.cpu_count()} CPUs when measured.",
    ]
    return "\n".join(lines)


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    print(table(measure(copies), 4 * copies))


if __name__ == "__main__":
    main()
