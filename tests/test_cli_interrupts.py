"""A running batch interrupted every way it can be: Ctrl-C on its terminal, SIGTERM, SIGKILL,
a full disk, an output folder that becomes unwritable.  Each time the batch leaves no
partial or temporary file (every file in the output folder is a whole output), and no
worker process outlives it.

The full disk is RLIMIT_FSIZE: a write past the limit fails with EFBIG exactly where a full
disk fails with ENOSPC (``write(2)`` refusing the bytes), and it needs neither a mount nor
privileges.  The unwritable folder is made so while the batch runs by ``chmod``, or, for
root, who ignores modes, by ``chattr +i`` (immutable: no file can be added, by anyone).
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from cli_support import Terminal, command_env, seed_file
from vnadmin import json as vjson
from vnadmin.samples import SEEDS

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads worker processes from /proc"
)
INPUTS = 300
SIGNALLED = 3000
"""The batch a signal stops: long enough that it is still running when the signal comes,
however fast a parse has become (300 once took a second, and a batch ended before its ^C)."""


def _archive(count: int) -> Iterator[Path]:
    """A folder with an archive of ``count`` texts in ``in`` (hard links: cheap to make)."""
    with tempfile.TemporaryDirectory(prefix="vnadmin-cli-") as name:
        folder = Path(name)
        (folder / "in").mkdir()
        first = seed_file(folder / "in", "001", "00000.txt")
        for number in range(1, count):
            os.link(first, folder / "in" / f"{number:05d}.txt")
        yield folder


@pytest.fixture
def work() -> Iterator[Path]:
    """A folder with an archive of ``INPUTS`` texts in ``in``."""
    yield from _archive(INPUTS)


@pytest.fixture
def signalled() -> Iterator[Path]:
    """A folder with an archive of ``SIGNALLED`` texts in ``in``, for a batch a signal ends."""
    yield from _archive(SIGNALLED)


def _start(work: Path, preexec_fn: Callable[[], None] | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "vnadmin", "parse", "in", "-o", "out", "-q", "--jobs", "2"],
        cwd=work,
        env=command_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=preexec_fn,
    )


def _running(work: Path, pid: int, at_least: int = 10) -> list[int]:
    """Once the batch has written ``at_least`` outputs: its worker processes."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        out = work / "out"
        if out.is_dir() and sum(1 for _ in out.iterdir()) >= at_least:
            break
        time.sleep(0.01)
    else:
        pytest.fail("the batch did not start writing within 60 s")
    children = Path(f"/proc/{pid}/task").glob("*/children")
    return [int(child) for path in children for child in path.read_text().split()]


def _gone(pids: list[int], within: float = 10) -> bool:
    """Whether every process of ``pids`` has ended (a zombie has) within ``within`` s."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            if "State:\tZ" not in state:
                alive.append(pid)
        if not alive:
            return True
        time.sleep(0.05)
    return False


def _whole(out: Path) -> int:
    """How many outputs there are; each must be a whole one (no partial, no temporary)."""
    names = sorted(path.name for path in out.iterdir()) if out.is_dir() else []
    for name in names:
        assert not name.startswith("."), f"a temporary file stayed: {name}"
        assert vjson.loads((out / name).read_bytes()) == SEEDS["001"], name
    return len(names)


def test_ctrl_c_on_the_terminal_ends_a_batch_in_one_line_with_130(signalled: Path) -> None:
    terminal = Terminal("parse", "in", "-o", "out", "-q", "--jobs", "2", cwd=signalled)
    workers = _running(signalled, terminal.process.pid)
    assert len(workers) == 2
    terminal.type(b"\x03")  # the terminal sends SIGINT to the batch and its workers
    status, _, shown = terminal.wait()
    assert status == 130
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode())  # the progress bar's
    lines = text.replace("\r\n", "\n").strip().splitlines()
    assert lines[-1].startswith("vnadmin parse: interrupted (SIGINT) with ")
    assert lines[-1].endswith(f" of {SIGNALLED} inputs reported; every output written is whole")
    assert "Traceback" not in shown.decode()
    assert _gone(workers)
    assert 10 <= _whole(signalled / "out") < SIGNALLED


def test_sigterm_ends_a_batch_its_workers_and_leaves_whole_files(signalled: Path) -> None:
    batch = _start(signalled)
    workers = _running(signalled, batch.pid)
    batch.send_signal(signal.SIGTERM)
    _, err = batch.communicate(timeout=60)
    assert batch.returncode == 128 + signal.SIGTERM
    assert err.decode().startswith("vnadmin parse: interrupted (SIGTERM) with ")
    assert _gone(workers)
    assert 10 <= _whole(signalled / "out") < SIGNALLED


def test_sigkill_of_the_batch_ends_its_workers_and_leaves_whole_files(signalled: Path) -> None:
    batch = _start(signalled)
    workers = _running(signalled, batch.pid)
    assert len(workers) == 2
    batch.kill()
    batch.communicate(timeout=60)
    assert _gone(workers), "the workers outlived the batch"
    assert 10 <= _whole(signalled / "out") < SIGNALLED


def _file_size_limit(limit: int) -> None:
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_full_disk_fails_the_inputs_it_stops_and_leaves_no_partial_file(work: Path) -> None:
    size = len((vjson.dumps(SEEDS["001"], pretty=True) + "\n").encode())
    (work / "in" / "00007.txt").unlink()  # a shorter document: its output fits
    (work / "in" / "00007.txt").write_text("Số: 1/UBND\nV/v một việc\n", "utf-8")
    batch = _start(work, preexec_fn=lambda: _file_size_limit(size - 1))
    _, err = batch.communicate(timeout=120)
    assert batch.returncode == 1
    summary = err.decode().splitlines()
    assert summary[0] == f"vnadmin parse: {INPUTS} inputs: 1 done, {INPUTS - 1} failed"
    assert "  in/00000.txt: cannot write out/00000.json: File too large" in summary
    assert [path.name for path in (work / "out").iterdir()] == ["00007.json"]
    assert vjson.loads((work / "out" / "00007.json").read_bytes()).number is not None


def _unwritable(folder: Path, locked: bool) -> None:
    """``folder`` made unwritable (or writable again) for whoever runs this test."""
    if os.geteuid() != 0:
        folder.chmod(0o555 if locked else 0o755)
        return
    flag = "+i" if locked else "-i"
    subprocess.run(["chattr", flag, str(folder)], check=True, capture_output=True)


@pytest.mark.skipif(
    os.geteuid() == 0 and shutil.which("chattr") is None,
    reason="root ignores modes, and chattr (e2fsprogs) is not installed",
)
def test_an_output_folder_made_unwritable_fails_the_rest_and_keeps_the_written(
    work: Path,
) -> None:
    (work / "out").mkdir()
    batch = _start(work)
    _running(work, batch.pid)
    _unwritable(work / "out", True)
    try:
        _, err = batch.communicate(timeout=120)
    finally:
        _unwritable(work / "out", False)
    assert batch.returncode == 1
    written = _whole(work / "out")
    summary = err.decode().splitlines()[0]
    assert summary == f"vnadmin parse: {INPUTS} inputs: {written} done, {INPUTS - written} failed"
    assert "cannot write out/" in err.decode()
