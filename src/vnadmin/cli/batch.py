"""Running one command over many inputs: worker processes, order, progress and the summary.

:func:`run` hands each :class:`Source` to a job in a pool of worker processes and yields the
:class:`Outcome` s in input order, whatever order they finish in, so the output does not
depend on ``--jobs``.  A job never raises (a failure is an outcome with a reason); a worker
that dies outright (a crash, the out-of-memory killer) costs only its own input: the inputs
it took down with it are run again one at a time, each in a fresh worker.

Workers never outlive the command: they ignore Ctrl-C (the command decides, and stops
them), end on SIGTERM by unwinding (so a file being written is removed), and are sent
SIGTERM by the kernel when the command dies, even by SIGKILL (Linux's parent-death signal;
elsewhere a watch on the parent).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any, TextIO

import attrs

from vnadmin.severity import Severity

__all__ = [
    "DONE",
    "FAILED",
    "FINDINGS",
    "Job",
    "Note",
    "Outcome",
    "Progress",
    "Source",
    "expand",
    "run",
    "summary",
]

DONE, FINDINGS, FAILED = 0, 1, 2
"""Outcome statuses, the worst last: done, done with findings of error severity (``check``),
failed.  The command exits with 1 when any input is not done."""


@attrs.frozen
class Note:
    """A line a job adds to standard error (a reader's remark, a loss), and how much it
    matters: ``-q`` shows errors only, the default warnings too, ``-v`` everything."""

    severity: Severity
    text: str

    @classmethod
    def info(cls, text: str) -> Note:
        return cls(Severity.INFO, text)

    @classmethod
    def warning(cls, text: str) -> Note:
        return cls(Severity.WARNING, text)

    def __str__(self) -> str:
        return self.text


@attrs.frozen(kw_only=True)
class Source:
    """One input: a file (``path``) or bytes already read (``data``: standard input, the
    bundled sample), the ``name`` messages call it by, and where its output goes (``output``;
    ``None`` for standard output)."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    output: Path | None = None

    def read(self, limit: int | None = None) -> bytes:
        """The bytes of the input, refused beyond ``limit`` (see :mod:`vnadmin.cli.inputs`,
        which reads a file only when it is a regular file within the limit)."""
        from vnadmin.cli.inputs import DEFAULT_MAX_SIZE, read_input

        return read_input(self, DEFAULT_MAX_SIZE if limit is None else limit)


@attrs.frozen(kw_only=True)
class Outcome:
    """What a job did with one input: its status, what it writes to standard output, the
    lines it adds to standard error (parser diagnostics), and why it failed."""

    name: str
    status: int = DONE
    stdout: bytes = b""
    notes: tuple[Note, ...] = ()
    reason: str | None = None


Job = Callable[[Source], Outcome]


def expand(arguments: Sequence[str], *, skip: Path | None = None) -> list[tuple[Path, Path]]:
    """The files named by ``arguments``, each with the relative path its output keeps: a file
    keeps its name, a directory's files (recursively, hidden ones left out, sorted) their
    path below it.  ``skip`` is a directory never entered (the output directory)."""
    found: list[tuple[Path, Path]] = []
    for argument in arguments:
        path = Path(argument)
        if not path.is_dir():
            found.append((path, Path(path.name)))
            continue
        inside: list[tuple[Path, Path]] = []
        for folder, folders, files in os.walk(path):
            here = Path(folder)
            folders[:] = [
                name
                for name in folders
                if not name.startswith(".") and (skip is None or not _same(here / name, skip))
            ]
            inside.extend(
                (here / name, (here / name).relative_to(path))
                for name in files
                if not name.startswith(".")
            )
        found.extend(sorted(inside, key=lambda pair: pair[1].as_posix()))
    return found


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


class _Ended(BaseException):
    """SIGTERM in a worker that is running a job: unwinds the job (its ``finally`` clauses
    run), then the worker exits."""


_running = False
"""Whether this process (a worker) is running a job."""


def _guarded(job: Job, source: Source) -> Outcome:
    """``job(source)``, with anything it raises turned into a failed outcome."""
    global _running
    _running = True
    try:
        return job(source)
    except _Ended:  # unwound: the worker ends here (its pool would catch a SystemExit)
        os._exit(128 + signal.SIGTERM)
    except Exception as error:  # a job's own failures are outcomes; this is the last guard
        return Outcome(name=source.name, status=FAILED, reason=f"internal error: {error!r}")
    finally:
        _running = False


def _unwind(signum: int, frame: object) -> None:
    """SIGTERM in a worker: unwind the job it runs, or, idle, exit at once (an exception in
    the pool's own code could leave the worker waiting on a queue nobody feeds)."""
    if _running:
        raise _Ended(signum)
    os._exit(128 + signum)


def _watch(parent: int) -> None:
    """End this process when ``parent`` is gone: the kernel's parent-death signal on Linux,
    a thread watching the parent elsewhere."""
    if sys.platform.startswith("linux"):
        import ctypes

        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(1, signal.SIGTERM, 0, 0, 0) == 0:  # PR_SET_PDEATHSIG
                if os.getppid() != parent:  # it died before the signal was armed
                    os.kill(os.getpid(), signal.SIGTERM)
                return

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os.kill(os.getpid(), signal.SIGTERM)

    threading.Thread(target=watch, daemon=True).start()


def _worker_start() -> None:
    """Set up a worker: Ctrl-C is the command's to handle, SIGTERM unwinds, and the worker
    ends with the command."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _unwind)
    _watch(os.getppid())


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_start)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now (each removes what it was writing) and wait for them."""
    processes: dict[Any, Any] = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.terminate()
    pool.shutdown(wait=True, cancel_futures=True)


def run(
    job: Job,
    sources: Sequence[Source],
    *,
    jobs: int,
    done: Callable[[Outcome], None] = lambda outcome: None,
) -> Iterator[Outcome]:
    """The outcome of ``job`` on each source, in order; ``done`` is called as each finishes
    (in the order they finish).  ``jobs`` is the number of worker processes; with 1 the
    jobs run here, in this process.  Interrupted (Ctrl-C, SIGTERM), the workers are ended
    before the interruption goes on."""
    if jobs <= 1 or len(sources) <= 1:
        for source in sources:
            outcome = _guarded(job, source)
            done(outcome)
            yield outcome
        return
    finished: dict[int, Outcome] = {}
    orphans: list[int] = []
    pool = _pool(min(jobs, len(sources)))
    try:
        futures = {
            pool.submit(_guarded, job, source): index for index, source in enumerate(sources)
        }
        following = 0
        for future in as_completed(futures):
            index = futures[future]
            result = _result(future, sources[index])
            if result is None:
                orphans.append(index)
                continue
            finished[index] = result
            done(result)
            while following in finished:
                yield finished.pop(following)
                following += 1
    except BaseException:  # interrupted, or the reader stopped early: no work goes on
        _stop(pool)
        raise
    pool.shutdown(wait=True, cancel_futures=True)
    for index, outcome in _one_by_one(job, sources, sorted(orphans)):
        finished[index] = outcome
        done(outcome)
    yield from (finished[index] for index in sorted(finished))


def _result(future: Future[Outcome], source: Source) -> Outcome | None:
    """The future's outcome; ``None`` if its worker pool broke before it was done."""
    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as error:  # the outcome could not come back (it would not pickle)
        return Outcome(name=source.name, status=FAILED, reason=f"internal error: {error!r}")


def _one_by_one(
    job: Job, sources: Sequence[Source], indices: Iterable[int]
) -> Iterator[tuple[int, Outcome]]:
    """Each source in turn in a worker of its own: one that kills its worker is the culprit."""
    pool = _pool(1)
    try:
        for index in indices:
            source = sources[index]
            result = _result(pool.submit(_guarded, job, source), source)
            if result is None:
                result = Outcome(
                    name=source.name, status=FAILED, reason="the worker process died reading it"
                )
                pool.shutdown(wait=True)
                pool = _pool(1)
            yield index, result
    except BaseException:
        _stop(pool)
        raise
    pool.shutdown(wait=True)


class Progress:
    """The progress of a batch on standard error, shown only when it is a terminal: drawn by
    rich when it is installed (the ``progress`` extra), else a plain line.

    Other text goes through :meth:`write`, and :meth:`clear` takes the display down before
    anything is written to standard output; it comes back with the next input done.
    """

    def __init__(
        self, total: int, stream: TextIO | None = None, *, enabled: bool | None = None
    ) -> None:
        self.total = total
        self.count = 0
        self.stream = sys.stderr if stream is None else stream
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._drawn = 0.0
        self._shown = False
        self._rich: Any = _rich_progress(self.stream, total) if self.enabled else None

    def advance(self, outcome: Outcome) -> None:
        self.count += 1
        if not self.enabled:
            return
        if self._rich is not None:
            progress, task = self._rich
            progress.update(task, completed=self.count, description=outcome.name)
            if not self._shown:
                progress.start()
                self._shown = True
            return
        now = time.monotonic()
        if now - self._drawn >= 0.1 or self.count == self.total:
            self._drawn = now
            self._draw(outcome.name)

    def _width(self) -> int:
        """The terminal's width less one (a full line would wrap on some terminals)."""
        try:
            columns = os.get_terminal_size(self.stream.fileno()).columns
        except (AttributeError, ValueError, OSError):  # not a terminal after all
            columns = 0
        return columns - 1 if columns >= 20 else 79  # a new pseudo-terminal says 0

    def _draw(self, name: str) -> None:
        line = f"{self.count}/{self.total} {name}"
        width = self._width()
        self.stream.write("\r" + line[:width].ljust(width))
        self.stream.flush()
        self._shown = True

    def clear(self) -> None:
        if not self._shown:
            return
        if self._rich is not None:
            self._rich[0].stop()  # transient: it leaves nothing on the screen
        else:
            self.stream.write("\r" + " " * self._width() + "\r")
        self._shown = False

    def write(self, text: str) -> None:
        """Write ``text`` to the stream, the display taken down first."""
        self.clear()
        self.stream.write(text)
        self.stream.flush()


def _rich_progress(stream: TextIO, total: int) -> tuple[Any, Any] | None:
    """A rich progress bar on ``stream`` and its task, or ``None`` without rich."""
    try:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
        from rich.progress import Progress as RichProgress
    except ImportError:
        return None
    console = Console(file=stream, highlight=False)
    progress = RichProgress(
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}", markup=False),
        console=console,
        transient=True,
        redirect_stdout=False,
        redirect_stderr=False,
    )
    return progress, progress.add_task("", total=total)


def summary(command: str, outcomes: Sequence[Outcome]) -> str:
    """The closing report of a batch: how many inputs, done, with error findings, failed,
    and each failure with its reason (a reason of several lines stays indented)."""
    failed = [outcome for outcome in outcomes if outcome.status == FAILED]
    findings = sum(outcome.status == FINDINGS for outcome in outcomes)
    done = f"{len(outcomes) - len(failed)} done" + (
        f" ({findings} with errors)" if findings else ""
    )
    lines = [f"vnadmin {command}: {len(outcomes)} inputs: {done}, {len(failed)} failed"]
    for outcome in failed:
        reason = (outcome.reason or "failed").replace("\n", "\n    ")
        lines.append(f"  {outcome.name}: {reason}")
    return "\n".join(lines) + "\n"
