"""Batches: many inputs in worker processes, one bad file never costing the others, the same
output whatever ``--jobs``, a progress bar on a terminal only, a summary at the end."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from pathlib import Path

import attrs
import pytest

from cli_support import Terminal, command_env, seed_file, vnadmin_run
from vnadmin import json as vjson
from vnadmin.cli.batch import FAILED, Outcome, Source, expand, run
from vnadmin.model import Instrument
from vnadmin.samples import SEEDS, seed_text
from vnadmin.text import render_text

BROKEN = {
    17: b"\xff\xfeTCVN3 or UTF-16, not UTF-8",
    101: b'{"vnadmin": "1.0", "regime": "state", ',
    188: b'{"vnadmin": "1.0", "regime": "state", "date": {"day": 30, "month": 2}}',
}
CODES = sorted(SEEDS)


def _instrument(index: int) -> Instrument:
    """Input ``index``'s instrument: a seed, told apart from its copies by its place."""
    return attrs.evolve(SEEDS[CODES[index % 4]], place=f"Nơi số {index}")


def _archive(folder: Path, count: int) -> dict[str, Instrument]:
    """``count`` small inputs in ``folder``, JSON and (for every fifth) seed texts, and the
    three broken ones of :data:`BROKEN` when ``count`` reaches them."""
    folder.mkdir()
    expected: dict[str, Instrument] = {}
    for index in range(count):
        name = f"doc-{index:03d}"
        if index in BROKEN:
            (folder / f"{name}.json").write_bytes(BROKEN[index])
        elif index % 5 == 0:
            seed_file(folder, CODES[index % 4], f"{name}.txt")
            expected[name] = SEEDS[CODES[index % 4]]
        else:
            (folder / f"{name}.json").write_text(vjson.dumps(_instrument(index)), "utf-8")
            expected[name] = _instrument(index)
    return expected


def test_a_batch_of_200_with_3_broken_files(tmp_path: Path) -> None:
    expected = _archive(tmp_path / "in", 200)
    done = vnadmin_run(
        "convert", "in", "-o", "out", "--to", "text", "-q", "--jobs", "2", cwd=tmp_path
    )
    assert done.returncode == 1
    written = sorted(path.stem for path in (tmp_path / "out").iterdir())
    assert written == sorted(expected)
    assert len(written) == 197
    for name, instrument in expected.items():
        assert (tmp_path / "out" / f"{name}.txt").read_text("utf-8") == render_text(instrument)
    summary = done.stderr.decode().splitlines()
    assert summary[0] == "vnadmin convert: 200 inputs: 197 done, 3 failed"
    failures = [line for line in summary if line.startswith("  in/")]
    assert failures == [
        "  in/doc-017.json: no instrument found: no issuer, kind, number, date, subject,"
        " addressee or signature (is it an administrative document?)",
        "  in/doc-101.json: invalid JSON (1 problem):",
        "  in/doc-188.json: invalid vnadmin JSON document (1 problem):",
    ]
    assert "      date.day: 30 is past the end of month 2" in summary  # the reason, indented


def test_jobs_2_writes_what_jobs_1_writes(tmp_path: Path) -> None:
    _archive(tmp_path / "in", 24)
    (tmp_path / "in" / "sub").mkdir()
    seed_file(tmp_path / "in" / "sub", "003")
    runs = {}
    for jobs in ("1", "2"):
        converted = vnadmin_run(  # fresh: each run has a hash seed of its own
            "tasks",
            "in",
            "-o",
            f"out{jobs}",
            "--format",
            "csv",
            "--jobs",
            jobs,
            cwd=tmp_path,
            fresh=True,
        )
        checked = vnadmin_run(
            "check", "in", "--format", "json", "--jobs", jobs, cwd=tmp_path, fresh=True
        )
        files = {
            path.relative_to(tmp_path / f"out{jobs}").as_posix(): path.read_bytes()
            for path in (tmp_path / f"out{jobs}").rglob("*")
            if path.is_file()
        }
        runs[jobs] = (
            converted.returncode,
            converted.stderr,
            checked.returncode,
            checked.stdout,
            checked.stderr,
            files,
        )
    assert runs["1"] == runs["2"]
    returncode, _, check_code, check_out, _, files = runs["2"]
    assert (returncode, check_code) == (1, 1)  # doc-017 fails in both
    assert "sub/003.csv" in files  # a subdirectory's files keep their place
    assert len(files) == 24  # 25 inputs, one broken
    reports = [json.loads(line) for line in check_out.splitlines()]
    assert [report["file"] for report in reports] == [  # every input, the failed one too
        f"in/doc-{i:03d}.json" if i % 5 else f"in/doc-{i:03d}.txt" for i in range(24)
    ] + ["in/sub/003.txt"]
    assert [report["file"] for report in reports if report["failed"]] == ["in/doc-017.json"]


def test_parse_and_tasks_batches_need_an_output_directory(tmp_path: Path) -> None:
    first, second = seed_file(tmp_path, "000"), seed_file(tmp_path, "001")
    done = vnadmin_run("tasks", first, second, "--format", "json")
    assert done.returncode == 2
    assert b"several inputs write several outputs: give -o DIR" in done.stderr
    clash = vnadmin_run("parse", first, tmp_path / "000.txt", "-o", tmp_path / "out")
    assert clash.returncode == 2
    assert b"would both write" in clash.stderr


def test_outputs_never_overwrite_inputs(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(vjson.dumps(SEEDS["000"]), "utf-8")
    seed_file(tmp_path, "001", "b.txt")
    done = vnadmin_run("convert", tmp_path, "-o", tmp_path, "--to", "json")
    assert done.returncode == 2
    assert b"would overwrite an input" in done.stderr


def test_the_output_directory_inside_the_input_is_not_read(tmp_path: Path) -> None:
    seed_file(tmp_path, "000")
    for _ in range(2):  # the second run must not read the first run's output
        done = vnadmin_run("parse", tmp_path, "-o", tmp_path / "json", "--severity", "error")
        assert done.returncode == 0, done.stderr
        assert done.stderr.decode().startswith("vnadmin parse: 1 inputs: 1 done, 0 failed; ")
    assert vjson.loads((tmp_path / "json" / "000.json").read_bytes()) == SEEDS["000"]


def test_expand_sorts_and_skips_hidden_files(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", ".hidden.txt", "z/c.txt", ".git/d.txt"]:
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [
        (p.relative_to(tmp_path).as_posix(), r.as_posix()) for p, r in expand([str(tmp_path)])
    ] == [
        ("a.txt", "a.txt"),
        ("b.txt", "b.txt"),
        ("z/c.txt", "z/c.txt"),
    ]


@attrs.frozen
class _Crashing:
    """A job whose worker dies on one input: ``os._exit`` is what a segfault looks like."""

    fatal: str

    def __call__(self, source: Source) -> Outcome:
        if source.name == self.fatal:
            os._exit(3)
        return Outcome(name=source.name, stdout=source.name.encode())


def test_a_dying_worker_costs_only_its_own_input() -> None:
    sources = [Source(name=f"s{i}", data=b"") for i in range(12)]
    seen: list[str] = []
    outcomes = list(run(_Crashing("s5"), sources, jobs=2, done=lambda o: seen.append(o.name)))
    assert [o.name for o in outcomes] == [f"s{i}" for i in range(12)]
    assert [o.status for o in outcomes].count(FAILED) == 1
    assert outcomes[5].reason == "the worker process died reading it"
    assert [o.stdout for o in outcomes if o.status != FAILED] == [
        f"s{i}".encode() for i in range(12) if i != 5
    ]
    assert sorted(seen) == sorted(o.name for o in outcomes)


def _on_a_terminal(args: list[str], cwd: Path, *, rich: bool) -> bytes:
    """What a terminal shows of ``vnadmin ARGS`` (standard output piped), with rich
    installed or hidden (a module on the path that refuses to import)."""
    env = command_env()
    if not rich:
        (cwd.parent / "no-rich").mkdir(exist_ok=True)
        (cwd.parent / "no-rich" / "rich.py").write_text("raise ImportError('hidden')\n")
        env["PYTHONPATH"] = os.pathsep.join(
            [str(cwd.parent / "no-rich"), env.get("PYTHONPATH", "")]
        )
    _, _, shown = Terminal(*args, cwd=cwd, piped=True, env=env).wait()
    return shown


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
@pytest.mark.skipif(importlib.util.find_spec("rich") is None, reason="rich (test group) missing")
def test_a_progress_display_on_a_terminal_and_none_when_piped(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for code in CODES:
        seed_file(tmp_path / "in", code)
    args = ["check", ".", "--strict", "draft", "-q", "--jobs", "2"]
    drawn = _on_a_terminal(args, tmp_path / "in", rich=True)
    assert b"\x1b[" in drawn  # rich draws the bar with control sequences, then erases it
    assert b"4/4" in drawn
    assert drawn.rstrip().endswith(b"4 inputs: 4 done (1 with errors), 0 failed")
    plain = _on_a_terminal(args, tmp_path / "in", rich=False)
    assert b"\r4/4 " in plain  # without rich, a counter line
    assert b"\x1b[" not in plain
    assert plain.rstrip().endswith(b"4 inputs: 4 done (1 with errors), 0 failed")
    piped = vnadmin_run(*args, cwd=tmp_path / "in")
    assert b"\r" not in piped.stderr
    assert piped.stderr == b"vnadmin check: 4 inputs: 4 done (1 with errors), 0 failed\n"
    assert piped.returncode == 1
    # The seed texts parse to the seeds: 000 has an error (archive line without VT); 003's
    # transcription has no number or date line, which the reader says (warnings, not shown).
    assert [line.split(b":")[0] for line in piped.stdout.splitlines()] == [b"000.txt"]
    assert seed_text("000")  # the bundled texts are what the files hold
