"""The benchmark runner runs: ``benchmarks/run.py --quick`` prints every table it promises.

Timings are never asserted (the machine is shared); only that the run succeeds and that
each section and each library appears in a Markdown table.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_quick_run_prints_every_table() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for heading in (
        "#### JSON",
        "#### XML",
        "#### edXML",
        "#### check",
        "### The four seeds",
        "### Hypothesis strategies",
        "### Cost per task",
        "### Text parse by size",
        "### `vnadmin parse --jobs`",
        "### `vnadmin --help`",
        "### vnadmin.dask: documents per second",
    ):
        assert heading in out, heading
    for library in (
        "| orjson (dict) |",
        "| msgspec |",
        "| pydantic v2 |",
        "| vnadmin.json |",
        "| lxml (floor) |",
        "| xsdata |",
        "| pydantic-xml |",
        "| vnadmin.xml |",
        "| edxml, header only |",
        "| vnadmin.check |",
        "| `instruments()` |",
    ):
        assert library in out, library
    seeds = sorted(p.name[:3] for p in (ROOT / "src" / "vnadmin" / "seeds").glob("*.txt"))
    rows = [line for line in out.splitlines() if line.startswith("| ")]
    assert all(any(row.startswith(f"| {seed} |") for row in rows) for seed in seeds)
    for row in rows:  # a well-formed table: every row as wide as its header
        assert row.endswith(" |"), row
