"""Every hot path of vnadmin in one run, side by side with its floor and its peers.

Run it from the repository root (or through ``nox -s benchmarks``)::

    PYTHONPATH=src python benchmarks/run.py [--quick] [--skip-large] [--write-docs]

Sections, each a Markdown table:

- codecs for a 10-task and a 1,000-task chỉ thị (``benchmarks/instruments.py``), and the
  latter with no citation or deadline repeated between tasks: JSON
  encode/decode beside orjson on plain dicts (the floor), msgspec and pydantic v2
  (``bench_json``); XML write/read beside hand-written lxml (the floors), xsdata and
  pydantic-xml (``bench_xml``); edXML write/read (``bench_edxml``); ``vnadmin.check``;
- the four seed documents: ``parse_text`` beside NFC + splitlines (the floor), then check,
  JSON and XML on the instrument parsed;
- the hypothesis strategies: generation time per example, beside the budget of hypothesis'
  ``too_slow`` health check (``bench_strategies``);
- scaling: cost per task from 10 to 10,000 tasks, text parse cost per KB from 10 KB to
  1 MB, peak RSS of streaming an XML collection with ``vnadmin.xml.iter_load``,
  ``vnadmin parse --jobs``, ``vnadmin --help`` (start-up: what the command imports), and
  documents per second on Dask (``bench_dask``).

Times are medians of interleaved batches (``benchmarks/timing.py``).  ``--quick`` runs few,
short batches on small sizes (a smoke run; its figures mean little).  ``--write-docs``
replaces what lies between the runner's markers in ``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from importlib import metadata
from pathlib import Path
from subprocess import DEVNULL

import bench_dask
import bench_edxml
import bench_json
import bench_strategies
import bench_xml
import orjson
import timing
from instruments import directive, varied

from vnadmin import check, edxml
from vnadmin import json as vjson
from vnadmin import xml as vxml
from vnadmin.model import Instrument
from vnadmin.text import parse_text
from vnadmin.text.render import render_text

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "src" / "vnadmin" / "seeds"
DOCS = ROOT / "docs" / "performance.md"
BEGIN = "<!-- benchmarks/run.py: begin -->"
END = "<!-- benchmarks/run.py: end -->"
TODAY = datetime.date(2024, 4, 1)
"""``check``'s today: fixed, so that the deadline rules see the same instrument every run."""


def _row(*cells: object) -> str:
    return "| " + " | ".join(str(cell) for cell in cells) + " |"


def _head(*names: str) -> list[str]:
    return [_row(*names), "|---|" + "---:|" * (len(names) - 1)]


# Codecs -------------------------------------------------------------------------------------


def codecs(title: str, instrument: Instrument) -> list[str]:
    """JSON, XML, edXML and check tables for one instrument."""
    out = [f"### {title}", ""]
    size = len(vjson.dumps(instrument).encode())
    out += [_under(bench_json.table("JSON", size, bench_json.measure(instrument))), ""]
    size = len(vxml.dumps(instrument))
    out += [_under(bench_xml.table("XML", size, bench_xml.measure(instrument))), ""]
    out += [_under(bench_edxml.table("edXML", *bench_edxml.measure(instrument))), ""]
    (seconds,) = timing.medians({"check": lambda: check(instrument, today=TODAY)}).values()
    tasks = sum(1 for _ in _tasks(instrument))
    out += [
        "#### check",
        "",
        *_head("case", "time", "per task"),
        _row("vnadmin.check", timing.show(seconds), timing.show(seconds / max(tasks, 1))),
        "",
    ]
    return out


def _under(table: str) -> str:
    """An area's table one heading level down, under the instrument's heading."""
    return table.replace("### ", "#### ", 1)


def _tasks(instrument: Instrument) -> Iterator[object]:
    stack = list(instrument.body.tasks) + list(instrument.body.closing)
    while stack:
        task = stack.pop()
        yield task
        stack.extend(task.subtasks)


# Seeds --------------------------------------------------------------------------------------


def _floor(path: Path) -> list[str]:
    """What any text reader must do: read the file, NFC-normalise it, split it into lines."""
    return unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).splitlines()


def _parse(path: Path) -> object:
    return parse_text(path.read_text(encoding="utf-8"))


def seeds() -> list[str]:
    """Per seed: parse (file read included) against its floor, then check, JSON and XML on the parsed instrument.

    The JSON floor is orjson on ``to_dict``'s dict; the XML read floor is lxml's parse and a
    walk into dicts.  The peers' models cover only the benchmark directive's fields.
    """
    out = [
        "### The four seeds",
        "",
        *_head(
            "seed",
            "KB",
            "parse",
            "×floor",
            "check",
            "JSON encode",
            "×floor",
            "JSON decode",
            "×floor",
            "XML write",
            "XML read",
            "×floor",
        ),
    ]
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        instrument = parse_text(text).instrument
        plain = vjson.to_dict(instrument)
        document = vjson.dumps(instrument).encode()
        xml = vxml.dumps(instrument)
        t = timing.medians(
            {
                "floor": lambda path=path: _floor(path),
                "parse": lambda path=path: _parse(path),
                "check": lambda i=instrument: check(i, today=TODAY),
                "orjson encode": lambda plain=plain: orjson.dumps(plain),
                "encode": lambda i=instrument: vjson.dumps(i),
                "orjson decode": lambda d=document: orjson.loads(d),
                "decode": lambda d=document: vjson.loads(d),
                "write": lambda i=instrument: vxml.dumps(i),
                "lxml read": lambda x=xml: bench_xml.floor_read(x),
                "read": lambda x=xml: vxml.loads(x),
            }
        )
        out.append(
            _row(
                path.name[:3],
                f"{len(text.encode()) / 1024:.1f}",
                timing.show(t["parse"]),
                f"{t['parse'] / t['floor']:.1f}",
                timing.show(t["check"]),
                timing.show(t["encode"]),
                f"{t['encode'] / t['orjson encode']:.1f}",
                timing.show(t["decode"]),
                f"{t['decode'] / t['orjson decode']:.1f}",
                timing.show(t["write"]),
                timing.show(t["read"]),
                f"{t['read'] / t['lxml read']:.2f}",
            )
        )
    return [*out, ""]


# Strategies ---------------------------------------------------------------------------------


def strategies(quick: bool) -> list[str]:
    """Generation time per example of the public hypothesis strategies (``bench_strategies``)."""
    examples = 5 if quick else bench_strategies.EXAMPLES
    return [bench_strategies.table(bench_strategies.measure(examples)), ""]


# Scaling ------------------------------------------------------------------------------------


def per_task(sizes: tuple[int, ...]) -> list[str]:
    """Cost per task of every codec, of check and of parsing the rendered text, by size (edXML:
    a package of the instrument alone with vnadmin's copy, ``edxml.dumps(x, embed=True)``).

    The batches of every size take turns, so that a change of the machine's load between
    sizes does not read as a change of the cost per task.
    """
    columns = (
        "JSON encode",
        "JSON decode",
        "XML write",
        "XML read",
        "edXML write",
        "edXML read",
        "check",
        "parse (text)",
    )
    cases: dict[tuple[int, str], Callable[[], object]] = {}
    for tasks in sizes:
        instrument = directive(tasks)
        document = vjson.dumps(instrument).encode()
        xml = vxml.dumps(instrument)
        package = edxml.dumps(instrument, embed=True)
        text = render_text(instrument)
        functions: tuple[Callable[[], object], ...] = (
            lambda i=instrument: vjson.dumps(i),
            lambda d=document: vjson.loads(d),
            lambda i=instrument: vxml.dumps(i),
            lambda x=xml: vxml.loads(x),
            lambda i=instrument: edxml.dumps(i, embed=True),
            lambda p=package: edxml.loads(p),
            lambda i=instrument: check(i, today=TODAY),
            lambda text=text: parse_text(text),
        )
        cases.update({(tasks, name): f for name, f in zip(columns, functions, strict=True)})
    t = timing.medians(cases)
    out = ["### Cost per task", "", *_head("tasks", *columns)]
    for tasks in sizes:
        out.append(_row(f"{tasks:,}", *(timing.show(t[tasks, c] / tasks) for c in columns)))
    return [*out, ""]


def text_scaling(sizes_kb: tuple[int, ...]) -> list[str]:
    """Parse time per KB of rendered directives, by size (the sizes' batches take turns)."""
    per_kb = len(render_text(directive(100)).encode()) / 1024 / 100
    out = ["### Text parse by size", "", *_head("KB", "tasks", "parse", "per KB", "×floor")]
    with tempfile.TemporaryDirectory() as directory:
        paths = {}
        cases: dict[tuple[int, str], Callable[[], object]] = {}
        for kb in sizes_kb:
            tasks = max(1, round(kb / per_kb))
            path = paths[kb] = Path(directory) / f"{tasks}.txt"
            path.write_text(render_text(directive(tasks)), encoding="utf-8")
            cases[kb, "floor"] = lambda path=path: _floor(path)
            cases[kb, "parse"] = lambda path=path: _parse(path)
        t = timing.medians(cases)
        for kb, path in paths.items():
            size = path.stat().st_size / 1024
            out.append(
                _row(
                    f"{size:,.0f}",
                    f"{int(path.stem):,}",
                    timing.show(t[kb, "parse"]),
                    timing.show(t[kb, "parse"] / size),
                    f"{t[kb, 'parse'] / t[kb, 'floor']:.1f}",
                )
            )
    return [*out, ""]


_STREAM = """
import pathlib, resource, sys
from vnadmin import xml
count = sum(1 for _ in xml.iter_load(pathlib.Path(sys.argv[1])))
status = pathlib.Path("/proc/self/status")
peak = [line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM:")]
print(count, peak[0] if peak else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
"""Linux keeps ``ru_maxrss`` across exec (the runner's own peak would show): VmHWM does not."""


def streaming(counts: tuple[int, ...]) -> list[str]:
    """Peak RSS of a fresh interpreter that streams collections of growing size."""
    out = [
        "### Streaming an XML collection (`iter_load`)",
        "",
        *_head("instruments", "file", "read", "peak RSS"),
    ]
    instrument = directive(1)
    with tempfile.TemporaryDirectory() as directory:
        for count in counts:
            path = Path(directory) / f"collection-{count}.xml"
            vxml.dump_collection((instrument for _ in range(count)), path)
            start = datetime.datetime.now()
            result = subprocess.run(
                [sys.executable, "-c", _STREAM, str(path)],
                check=True,
                capture_output=True,
                text=True,
                env=_env(),
            )
            seconds = (datetime.datetime.now() - start).total_seconds()
            read, peak_kb = (int(n) for n in result.stdout.split())
            assert read == count, f"streamed {read} of {count} instruments"
            out.append(
                _row(
                    f"{count:,}",
                    f"{path.stat().st_size / 2**20:,.1f} MB",
                    timing.show(seconds),
                    f"{peak_kb / 1024:,.1f} MB",
                )
            )
    return [*out, ""]


def _env() -> dict[str, str]:
    paths = [str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in paths if p)}


def jobs(copies: int, rounds: int = 5) -> list[str]:
    """``vnadmin parse`` over a directory with ``--jobs 1`` and ``--jobs 2``, beside the
    machine's own ceiling: two ``--jobs 1`` processes at once, each on half the inputs."""
    out = ["### `vnadmin parse --jobs`", ""]
    command = [sys.executable, "-m", "vnadmin", "parse", "--quiet"]
    out += _head("run", "documents", "wall time", "speed-up")
    with tempfile.TemporaryDirectory() as directory:
        root = Path(directory)
        seeds = sorted(SEEDS.glob("*.txt"))
        inputs, halves = root / "in", (root / "half-a", root / "half-b")
        for folder in (inputs, *halves):
            folder.mkdir()
        for index in range(copies * len(seeds)):
            seed = seeds[index % len(seeds)]
            name = f"{index // len(seeds):04d}-{seed.name}"
            (inputs / name).write_bytes(seed.read_bytes())
            (halves[index % 2] / name).write_bytes(seed.read_bytes())
        runs = {
            "`--jobs 1`": [[*command, "--jobs", "1", "-o", str(root / "out-1"), str(inputs)]],
            "`--jobs 2`": [[*command, "--jobs", "2", "-o", str(root / "out-2"), str(inputs)]],
            "two `--jobs 1` at once, half each (the ceiling)": [
                [*command, "--jobs", "1", "-o", str(root / f"out-{h.name}"), str(h)] for h in halves
            ],
        }
        times: dict[str, float] = {}
        for _ in range(rounds):  # the runs take turns; the best of each
            for name, processes in runs.items():
                start = time.perf_counter()
                running = [
                    subprocess.Popen(p, env=_env(), stdout=DEVNULL, stderr=DEVNULL)
                    for p in processes
                ]
                assert all(process.wait() == 0 for process in running), name
                seconds = time.perf_counter() - start
                times[name] = min(times.get(name, seconds), seconds)
        written = [len(list((root / f"out-{s}").iterdir())) for s in ("1", "2", "half-a", "half-b")]
        assert written[:2] == [copies * len(seeds)] * 2
        assert sum(written[2:]) == written[0]
        first = times["`--jobs 1`"]
        for name, seconds in times.items():
            out.append(
                _row(name, copies * len(seeds), timing.show(seconds), f"{first / seconds:.2f}")
            )
    load = os.getloadavg()[0]
    out += [
        "",
        f"Load average {load:.1f} on {os.cpu_count()} CPUs when measured (best of {rounds}).",
    ]
    return [*out, ""]


def startup(rounds: int = 10) -> list[str]:
    """``vnadmin --help`` beside an interpreter that does nothing (the floor), and the modules
    each imports: the command line loads what a subcommand needs only when it runs."""
    out = ["### `vnadmin --help`", ""]
    out += _head("run", "wall time", "modules imported", "over the floor")
    probe = "import sys; {}; print(len(sys.modules))"
    runs = {
        "`python -c pass` (the floor)": probe.format("pass"),
        "`vnadmin --help`": probe.format(
            "from vnadmin.cli import main\ntry: main(['--help'])\nexcept SystemExit: pass"
        ),
        "`import vnadmin.text` (what `parse` needs)": probe.format("import vnadmin.text"),
    }
    best: dict[str, float] = {}
    modules: dict[str, int] = {}
    for _ in range(rounds):  # the runs take turns; the best of each
        for name, code in runs.items():
            start = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-c", code], env=_env(), capture_output=True, check=True
            )
            seconds = time.perf_counter() - start
            best[name] = min(best.get(name, seconds), seconds)
            modules[name] = int(done.stdout.split()[-1])
    floor = next(iter(best.values()))
    for name, seconds in best.items():
        out.append(_row(name, timing.show(seconds), modules[name], timing.show(seconds - floor)))
    return [*out, "", f"Best of {rounds}; load average {os.getloadavg()[0]:.1f}.", ""]


# The run ------------------------------------------------------------------------------------


def _versions() -> str:
    names = ("orjson", "msgspec", "pydantic", "lxml", "xsdata", "pydantic-xml", "attrs", "cattrs")
    found = ", ".join(f"{name} {metadata.version(name)}" for name in names)
    load = ", ".join(f"{n:.1f}" for n in os.getloadavg())
    return (
        f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs,"
        f" load average {load}; {found}; median of {timing.REPEAT} batches of"
        f" about {timing.BATCH * 1000:.0f} ms."
    )


def report(quick: bool, skip_large: bool) -> str:
    copies = 2 if quick else 100
    sections: list[Callable[[], list[str]]] = [
        lambda: codecs("Directive, 10 tasks", directive(10)),
        lambda: [] if quick else codecs("Large directive, 1,000 tasks", directive(1000)),
        lambda: (
            [] if quick else codecs("Large directive, 1,000 tasks, no value repeated", varied(1000))
        ),
        seeds,
        lambda: strategies(quick),
        lambda: per_task((10, 100) if quick else (10, 100, 1000, 10000)),
        lambda: text_scaling((10,) if quick else (10, 100, 1000)),
        lambda: [] if skip_large else streaming((1000, 100_000)),
        lambda: jobs(2, rounds=1) if quick else jobs(100),
        lambda: startup(2 if quick else 10),
        lambda: [bench_dask.table(bench_dask.measure(copies), 4 * copies), ""],
    ]
    lines = [_versions(), ""]
    print(lines[0], flush=True)
    for section in sections:
        part = section()
        print("\n".join(part), flush=True)
        lines += part
    return "\n".join(lines).rstrip() + "\n"


def write_docs(tables: str, path: Path = DOCS) -> None:
    """Replace what lies between the markers in ``path`` (the prose around them stays)."""
    text = path.read_text(encoding="utf-8")
    head, begin, rest = text.partition(BEGIN)
    _, end, tail = rest.partition(END)
    if not begin or not end:
        raise SystemExit(f"{path}: the markers {BEGIN} and {END} are missing")
    path.write_text(f"{head}{BEGIN}\n\n{tables}\n{END}{tail}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--quick", action="store_true", help="a fast smoke run, small sizes")
    options.add_argument(
        "--skip-large", action="store_true", help="skip the 100,000-instrument stream"
    )
    options.add_argument("--write-docs", action="store_true", help="update docs/performance.md")
    args = options.parse_args(argv)
    if args.quick:
        timing.REPEAT, timing.BATCH = 3, 0.005
        bench_dask.ROUNDS = 1
    tables = report(args.quick, args.skip_large or args.quick)
    if args.write_docs:
        write_docs(tables)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
