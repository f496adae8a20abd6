"""What each command does with one input: read it, do the work, write the result.

A job is a small frozen object holding the command's options and called with a
:class:`~vnadmin.cli.batch.Source`; it is picklable, so it runs in a worker process as well
as here.  It never raises: what goes wrong becomes a failed
:class:`~vnadmin.cli.batch.Outcome` with the reason.  A job that has an output file writes it
itself, atomically (a temporary file renamed), so a failure leaves no half-written file and
no input's output waits for another's.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
from pathlib import Path

import attrs

from vnadmin import edxml
from vnadmin import xml as vxml
from vnadmin.cli.batch import DONE, FAILED, FINDINGS, Outcome, Source
from vnadmin.cli.formats import FORMATS, Reading, is_collection, read_instrument, read_text
from vnadmin.cli.ics import to_ics
from vnadmin.cli.tasklist import TASK_FORMATS, task_rows
from vnadmin.errors import VnadminError
from vnadmin.model import Instrument
from vnadmin.rules import Severity, check

__all__ = ["CheckJob", "ConvertJob", "EmptyTaskListError", "Exchange", "ParseJob", "TasksJob"]


class _JobFailedError(Exception):
    """Raised inside a job to end it with a failed outcome."""


def _read(source: Source) -> bytes:
    try:
        return source.read()
    except OSError as error:
        raise _JobFailedError(f"cannot read: {error.strerror or error}") from None


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise _JobFailedError(f"cannot write {path}: {error.strerror or error}") from None


def _notes(source: Source, reading: Reading) -> tuple[str, ...]:
    return tuple(f"{source.name}: {note}" for note in reading.notes)


@attrs.frozen(kw_only=True)
class _Job:
    """The shared frame: read, :meth:`work`, write or return the output, catch failures."""

    def __call__(self, source: Source) -> Outcome:
        notes: tuple[str, ...] = ()
        try:
            reading = self.read(_read(source))
            notes = _notes(source, reading)
            output, status = self.work(source, reading)
            notes += tuple(f"{source.name}: {note}" for note in self.losses(reading.instrument))
            if source.output is None:
                return Outcome(name=source.name, status=status, stdout=output, notes=notes)
            _write(source.output, output)
            return Outcome(name=source.name, status=status, notes=notes)
        except (_JobFailedError, VnadminError) as error:
            return Outcome(name=source.name, status=FAILED, notes=notes, reason=str(error))

    def read(self, data: bytes) -> Reading:
        return read_instrument(data)

    def work(self, source: Source, reading: Reading) -> tuple[bytes, int]:
        raise NotImplementedError

    def losses(self, instrument: Instrument) -> tuple[str, ...]:
        """Notes on what the output leaves out of the instrument: none, unless it is one."""
        return ()


@attrs.frozen(kw_only=True)
class _Writing(_Job):
    """A job that writes the instrument in the format ``to``, noting what it cannot carry
    (``text: not carried as it is: body.tasks[0].deadline``)."""

    to: str

    def work(self, source: Source, reading: Reading) -> tuple[bytes, int]:
        return _written(reading.instrument, self.to), DONE

    def losses(self, instrument: Instrument) -> tuple[str, ...]:
        lost = FORMATS[self.to].lost
        paths = () if lost is None else lost(instrument)
        return (f"{self.to}: not carried as it is: {', '.join(paths)}",) if paths else ()


def _written(instrument: Instrument, to: str) -> bytes:
    write = FORMATS[to].write
    assert write is not None  # --to offers writable formats only
    return write(instrument)


_DOCUMENTS = ("docx", "pdf")
"""The formats a document is printed in, which ``parse`` reads as it reads plain text."""


@attrs.frozen(kw_only=True)
class ParseJob(_Writing):
    """``vnadmin parse``: a document in (plain text, or a Word or PDF file told by its
    content), the instrument in the format ``to`` out."""

    def read(self, data: bytes) -> Reading:
        for name in _DOCUMENTS:
            printed = FORMATS[name]
            if printed.read is not None and data.startswith(printed.starts):
                return printed.read(data)
        return read_text(data)


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
        if is_collection(source.read() if source.path is None else source.path):
            return self._each(source)
        return super().__call__(source)

    def work(self, source: Source, reading: Reading) -> tuple[bytes, int]:
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
        notes: list[str] = []
        try:
            stream = source.read() if source.path is None else source.path
            for number, instrument in enumerate(vxml.iter_load(stream), 1):
                output = _written(instrument, self.to)
                _write(source.output.with_name(f"{base}-{number:04d}{fmt.extension}"), output)
                written = number
                notes += (f"{source.name}[{number}]: {n}" for n in self.losses(instrument))
        except (_JobFailedError, VnadminError, OSError) as error:
            if written:
                notes.append(f"{source.name}: {written} of its instruments written before this")
            return Outcome(name=source.name, status=FAILED, notes=tuple(notes), reason=str(error))
        last = f"{base}-{written:04d}{fmt.extension}"
        shown = f"{base}-0001{fmt.extension} to {last}" if written > 1 else last
        said = f"written as {shown}" if written else "nothing written"
        count = f"{written} instrument{'' if written == 1 else 's'}"
        notes.append(f"{source.name}: a collection of {count}, {said}")
        return Outcome(name=source.name, status=DONE, notes=tuple(notes))


@attrs.frozen(kw_only=True)
class CheckJob(_Job):
    """``vnadmin check``: the checker's diagnostics, one line each (``text``) or one JSON
    object per input (``json``); findings of error severity make the status 1.  Of a text,
    what the parser reported it could not read is its note, not the checker's finding."""

    strictness: str
    profile: str | None
    format: str

    def work(self, source: Source, reading: Reading) -> tuple[bytes, int]:
        found = check(reading, strictness=self.strictness, profile=self.profile)
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
            }
            return (json.dumps(document, ensure_ascii=False) + "\n").encode("utf-8"), status
        return "".join(f"{source.name}: {d}\n" for d in found).encode("utf-8"), status


class EmptyTaskListError(VnadminError):
    """An iCalendar object needs at least one component: an instrument without tasks has none."""


@attrs.frozen(kw_only=True)
class TasksJob(_Job):
    """``vnadmin tasks``: the task list as a table, CSV, JSON or iCalendar; ``now`` stamps
    the calendar and its date resolves deadlines without a year in undated instruments."""

    format: str
    now: datetime.datetime

    def work(self, source: Source, reading: Reading) -> tuple[bytes, int]:
        instrument = reading.instrument
        rows = task_rows(instrument, today=self.now.date())
        if self.format == "ics":
            if not rows:
                raise EmptyTaskListError("no tasks: an iCalendar object needs at least one")
            return to_ics(instrument, rows, now=self.now).encode("utf-8"), DONE
        return TASK_FORMATS[self.format](instrument, rows).encode("utf-8"), DONE
