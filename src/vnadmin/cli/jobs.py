"""What each command does with one input: read it, do the work, write the result.

A job is a small frozen object holding the command's options and called with a
:class:`~vnadmin.cli.batch.Source`; it is picklable, so it runs in a worker process as well
as here.  It never raises: what goes wrong becomes a failed
:class:`~vnadmin.cli.batch.Outcome` with the reason.  A job that has an output file writes it
itself, atomically, so a failure or an interruption leaves no half-written file and no
input's output waits for another's: on Linux the data goes to an unnamed file
(``O_TMPFILE``) that is linked into place only once whole, so not even SIGKILL leaves a
temporary file behind; elsewhere a hidden temporary file is renamed into place, and removed
on any failure or interruption.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import json
import os
from pathlib import Path

import attrs

from vnadmin import _tasktable, edxml
from vnadmin import xml as vxml
from vnadmin.cli.batch import DONE, FAILED, FINDINGS, Note, Outcome, Source
from vnadmin.cli.formats import FORMATS, is_collection
from vnadmin.cli.ics import to_ics
from vnadmin.cli.inputs import DEFAULT_MAX_SIZE, Read, check_file, read_input, read_instrument
from vnadmin.cli.tasklist import TASK_FORMATS, task_rows, to_csv, to_json_lines
from vnadmin.errors import VnadminError
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.rules import Severity, check

__all__ = [
    "CheckJob",
    "ConvertJob",
    "EmptyTaskListError",
    "Exchange",
    "ParseJob",
    "TasksJob",
    "write_whole",
]


class _JobFailedError(Exception):
    """Raised inside a job to end it with a failed outcome."""


def _write(path: Path, data: bytes) -> None:
    """``data`` as the file ``path``, whole or not at all."""
    try:
        write_whole(path, data)
    except OSError as error:
        raise _JobFailedError(f"cannot write {path}: {error.strerror or error}") from None


def write_whole(path: Path, data: bytes) -> None:
    """``data`` as the file ``path``, whole or not at all; :class:`OSError` if it cannot be."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not _write_unnamed(path, data):
        _write_renamed(path, data)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_unnamed(path: Path, data: bytes) -> bool:
    """Write through an unnamed file linked into place once whole; ``False`` where the
    system has no such files (then nothing was written)."""
    flag = getattr(os, "O_TMPFILE", 0)
    if not flag or not Path("/proc/self/fd").is_dir():
        return False
    try:
        fd = os.open(path.parent, flag | os.O_WRONLY, 0o666 & ~_umask())
    except OSError:  # a file system without them
        return False
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        _write_all(fd, data)
        # A directory fd makes os.link call linkat(2), which follows the /proc link.
        link = functools.partial(os.link, f"/proc/self/fd/{fd}", src_dir_fd=folder)
        try:
            link(path)
        except FileExistsError:  # replace the old file by renaming over it
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            link(temporary)
            try:
                os.replace(temporary, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    temporary.unlink()
                raise
    finally:
        os.close(fd)
        os.close(folder)
    return True


def _write_renamed(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except BaseException:  # a failure, or an interruption: no temporary file stays
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _named(source: Source, notes: tuple[Note, ...]) -> tuple[Note, ...]:
    return tuple(attrs.evolve(note, text=f"{source.name}: {note.text}") for note in notes)


@attrs.frozen(kw_only=True)
class _Job:
    """The shared frame: read (:mod:`vnadmin.cli.inputs`: bounded, told apart by content),
    :meth:`work`, write or return the output, catch failures.  ``max_size`` is the largest
    input read."""

    max_size: int = DEFAULT_MAX_SIZE
    kinds: KindRegistry = attrs.field(default=KINDS, init=False, repr=False)
    """``vnadmin.KINDS`` as this process has it, carried to each worker with the job: it
    unpickles as the worker's ``KINDS`` with the kinds registered here added, so a worker
    started afresh (``spawn``) reads and writes the kinds its caller registered."""

    def __call__(self, source: Source) -> Outcome:
        notes: tuple[Note, ...] = ()
        try:
            reading = read_instrument(read_input(source, self.max_size))
            notes = _named(source, reading.notes)
            output, status = self.work(source, reading)
            losses = self.losses(reading.instrument)
            notes += _named(source, tuple(map(Note.warning, losses)))
            if source.output is None:
                return Outcome(name=source.name, status=status, stdout=output, notes=notes)
            _write(source.output, output)
            return Outcome(name=source.name, status=status, notes=notes)
        except (_JobFailedError, VnadminError) as error:
            return self.failed(source, notes, str(error))

    def failed(self, source: Source, notes: tuple[Note, ...], reason: str) -> Outcome:
        """The outcome of an input that could not be done."""
        return Outcome(name=source.name, status=FAILED, notes=notes, reason=reason)

    def work(self, source: Source, reading: Read) -> tuple[bytes, int]:
        raise NotImplementedError

    def losses(self, instrument: Instrument) -> tuple[str, ...]:
        """Notes on what the output leaves out of the instrument: none, unless it is one."""
        return ()


@attrs.frozen(kw_only=True)
class _Writing(_Job):
    """A job that writes the instrument in the format ``to``, noting what it cannot carry
    (``text: not carried as it is: body.tasks[0].deadline``)."""

    to: str

    def work(self, source: Source, reading: Read) -> tuple[bytes, int]:
        return _written(reading.instrument, self.to), DONE

    def losses(self, instrument: Instrument) -> tuple[str, ...]:
        lost = FORMATS[self.to].lost
        paths = () if lost is None else lost(instrument)
        return (f"{self.to}: not carried as it is: {', '.join(paths)}",) if paths else ()


def _written(instrument: Instrument, to: str) -> bytes:
    write = FORMATS[to].write
    assert write is not None  # --to offers writable formats only
    return write(instrument)


@attrs.frozen(kw_only=True)
class ParseJob(_Writing):
    """``vnadmin parse``: an instrument in, in the format ``to`` out.  It reads what
    ``convert`` reads (plain text, mostly), told apart the same way."""


@attrs.frozen(kw_only=True)
class Exchange:
    """How ``convert --to edxml`` sends a package over the axis: from ``sender`` to the
    ``receivers`` (OrganId, name), traced at ``now`` (a naive Vietnam time); a package the
    axis would refuse is written only with ``force``; ``embed`` adds vnadmin's copy."""

    now: datetime.datetime
    sender: edxml.Organ | None = None
    receivers: tuple[edxml.Organ, ...] = ()
    force: bool = False
    embed: bool = False

    def package(self, instrument: Instrument) -> edxml.EdxmlPackage:
        built = edxml.package(instrument, sender=self.sender, receivers=self.receivers)
        trace = edxml.TraceHeader(organ_id=built.sender.organ_id, timestamp=self.now)
        return attrs.evolve(built, traces=(trace,))

    def refusals(self, package: edxml.EdxmlPackage) -> list[str]:
        """What a gateway would refuse in ``package``: its errors, as ``code path: message``."""
        found = edxml.check_package(package, today=self.now.date())
        return [f"{d.code} {d.path}: {d.message}" for d in found if d.severity is Severity.ERROR]


@attrs.frozen(kw_only=True)
class ConvertJob(_Writing):
    """``vnadmin convert``: any format in (told from the content), the format ``to`` out.

    A vnadmin XML collection (``<instruments>``) is read as a stream and each instrument
    written to a file of its own, numbered after the output's name: ``out-0001.json``, ...
    """

    exchange: Exchange | None = None

    def __call__(self, source: Source) -> Outcome:
        if source.path is not None:
            try:
                check_file(source.path, self.max_size)
            except VnadminError as error:
                return self.failed(source, (), str(error))
        held = source.data if source.path is None else source.path
        if held is not None and is_collection(held):
            return self._each(source)
        return super().__call__(source)

    def work(self, source: Source, reading: Read) -> tuple[bytes, int]:
        if self.exchange is None:
            return super().work(source, reading)
        package = self.exchange.package(reading.instrument)
        refused = self.exchange.refusals(package)
        if refused and not self.exchange.force:
            raise _JobFailedError(
                "the axis would refuse this package (--force writes it anyway): "
                + "; ".join(refused)
            )
        return edxml.dumps_package(package, embed=self.exchange.embed), DONE

    def losses(self, instrument: Instrument) -> tuple[str, ...]:
        """What the output leaves out; for a package written with ``--force``, also what
        the axis would refuse in it."""
        if self.exchange is None:
            return super().losses(instrument)
        package = self.exchange.package(instrument)
        notes = [f"edxml: the axis would refuse: {r}" for r in self.exchange.refusals(package)]
        lost = () if self.exchange.embed else edxml.losses(package)
        if lost:
            notes.append(f"edxml: not carried as it is: {', '.join(lost)}")
        return tuple(notes)

    def _each(self, source: Source) -> Outcome:
        if source.output is None:
            reason = "a collection of instruments (<instruments>) writes a file each: give -o"
            return Outcome(name=source.name, status=FAILED, reason=reason)
        fmt = FORMATS[self.to]
        name = source.output.name
        base = name.removesuffix(fmt.extension)
        written = 0
        notes: list[Note] = []
        try:
            stream = source.data if source.path is None else source.path
            assert stream is not None
            for number, instrument in enumerate(vxml.iter_load(stream), 1):
                output = _written(instrument, self.to)
                _write(source.output.with_name(f"{base}-{number:04d}{fmt.extension}"), output)
                written = number
                notes += (
                    Note.warning(f"{source.name}[{number}]: {n}") for n in self.losses(instrument)
                )
        except (_JobFailedError, VnadminError, OSError) as error:
            if written:
                notes.append(
                    Note.warning(f"{source.name}: {written} of its instruments written before this")
                )
            return self.failed(source, tuple(notes), str(error))
        last = f"{base}-{written:04d}{fmt.extension}"
        shown = f"{base}-0001{fmt.extension} to {last}" if written > 1 else last
        said = f"written as {shown}" if written else "nothing written"
        count = f"{written} instrument{'' if written == 1 else 's'}"
        notes.append(Note.warning(f"{source.name}: a collection of {count}, {said}"))
        return Outcome(name=source.name, status=DONE, notes=tuple(notes))


@attrs.frozen(kw_only=True)
class CheckJob(_Job):
    """``vnadmin check``: the checker's diagnostics, one line each (``text``) or one JSON
    object per input (``json``); findings of error severity make the status 1.  Of a text,
    what the parser reported it could not read is its note, not the checker's finding."""

    strictness: str
    profile: str | None
    format: str
    least: str = "info"
    """The least severity of the findings written (``-q``: errors)."""

    def failed(self, source: Source, notes: tuple[Note, ...], reason: str) -> Outcome:
        """A failed input is said in JSON too, so a consumer sees every input."""
        outcome = super().failed(source, notes, reason)
        if self.format != "json":
            return outcome
        document = {"file": source.name, "diagnostics": [], "failed": reason}
        return attrs.evolve(outcome, stdout=_json_line(document))

    def work(self, source: Source, reading: Read) -> tuple[bytes, int]:
        found = check(reading, strictness=self.strictness, profile=self.profile)
        ranks = [s.value for s in (Severity.INFO, Severity.WARNING, Severity.ERROR)]
        found = [d for d in found if ranks.index(d.severity.value) >= ranks.index(self.least)]
        status = FINDINGS if any(d.severity is Severity.ERROR for d in found) else DONE
        if self.format == "json":
            document = {
                "file": source.name,
                "diagnostics": [
                    {
                        "code": d.code,
                        "severity": d.severity.value,
                        "path": d.path,
                        "message": d.message,
                        "source": d.source,
                    }
                    for d in found
                ],
                "failed": None,
            }
            return _json_line(document), status
        return "".join(f"{source.name}: {d}\n" for d in found).encode("utf-8"), status


def _json_line(document: object) -> bytes:
    return (json.dumps(document, ensure_ascii=False) + "\n").encode("utf-8")


class EmptyTaskListError(VnadminError):
    """An iCalendar object needs at least one component: an instrument without tasks has none."""


@attrs.frozen(kw_only=True)
class TasksJob(_Job):
    """``vnadmin tasks``: the task list as a table, CSV, JSON or iCalendar, or its rows of
    :mod:`vnadmin._tasktable` as an Arrow stream (``parquet``: the command writes one file
    of them all); ``now`` stamps the calendar and its date resolves deadlines without a
    year in undated instruments."""

    format: str
    now: datetime.datetime
    stream: bool = False
    """Part of one stream of several inputs: CSV rows with a ``source`` column and no header
    (the command writes it once), JSON Lines."""

    def work(self, source: Source, reading: Read) -> tuple[bytes, int]:
        instrument = reading.instrument
        rows = task_rows(instrument, today=self.now.date())
        if self.format == "parquet":
            tasks = _tasktable.records(instrument, source=source.name, today=self.now.date())
            return _tasktable.arrow_stream(tasks), DONE
        if self.format == "jsonl":
            return to_json_lines(instrument, rows, source=source.name).encode("utf-8"), DONE
        if self.format == "csv" and self.stream:
            text = to_csv(instrument, rows, source=source.name, header=False)
            return text.encode("utf-8"), DONE
        if self.format == "ics":
            if not rows:
                raise EmptyTaskListError("no tasks: an iCalendar object needs at least one")
            return to_ics(instrument, rows, now=self.now).encode("utf-8"), DONE
        return TASK_FORMATS[self.format](instrument, rows).encode("utf-8"), DONE
