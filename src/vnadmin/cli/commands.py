"""What each ``vnadmin`` command does with its arguments: the inputs it takes, the job it runs
on each, and what it says.

Outputs, findings and notes come out in the order of the inputs.  Notes (the reader's
remarks, what a format does not carry) go to standard error at ``warning`` and above by
default (``-q``: errors only, ``-v``: everything, ``--severity``); a batch groups them
under each file with a count.  Ctrl-C or SIGTERM ends a batch with one line, its workers
ended and no file half-written, and exit status 130 (143 for SIGTERM).
"""

from __future__ import annotations

import argparse
import datetime
import functools
import os
import re
import signal
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from vnadmin.cli.batch import DONE, Job, Note, Outcome, Progress, Source, expand, summary
from vnadmin.cli.batch import run as run_jobs
from vnadmin.cli.formats import FORMATS, is_collection
from vnadmin.cli.inputs import DEFAULT_MAX_SIZE, read_stdin
from vnadmin.cli.jobs import CheckJob, ConvertJob, Exchange, ParseJob, TasksJob
from vnadmin.cli.main import DEFAULT_SEED
from vnadmin.cli.tasklist import CSV_COLUMNS
from vnadmin.cli.terminal import visible
from vnadmin.errors import VnadminError
from vnadmin.severity import Severity

__all__ = ["Interrupted", "UsageError", "run"]

_TASK_EXTENSIONS = {
    "table": ".txt",
    "csv": ".csv",
    "json": ".json",
    "jsonl": ".jsonl",
    "ics": ".ics",
    "parquet": ".parquet",
}
_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
Runner = Callable[..., Iterator[Outcome]]
"""What runs a batch's jobs: ``runner(job, sources, jobs=N, done=...)`` yields the outcomes
in input order."""


class UsageError(Exception):
    """Arguments that cannot work together; the command says why in one line, exit 2."""


class Interrupted(BaseException):
    """SIGTERM, raised where the command is so that it unwinds as from Ctrl-C."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    raise Interrupted(signum)


def _now() -> datetime.datetime:
    """The time of this run: ``SOURCE_DATE_EPOCH`` (seconds, UTC) when set, for reproducible
    output, else the clock."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return datetime.datetime.fromtimestamp(int(epoch), datetime.timezone.utc)
        except (ValueError, OverflowError, OSError):
            raise UsageError(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds") from None
    return datetime.datetime.now(datetime.timezone.utc)


# Inputs and outputs -----------------------------------------------------------------------


def _stdin_source(output: str | None, extension: str | None, limit: int) -> Source:
    try:
        data = read_stdin(limit)
    except VnadminError as error:
        raise UsageError(f"standard input: {error}") from None
    return Source(name="<stdin>", data=data, output=_output(output, "stdin", extension))


def _sources(
    arguments: Sequence[str],
    output: str | None,
    extension: str | None,
    *,
    limit: int,
    stream: bool = False,
) -> tuple[list[Source], bool]:
    """The sources of a command and whether it runs as a batch (several inputs or a
    directory).  ``extension`` is that of the output files; ``None`` for a command that only
    writes to standard output; ``stream``: several inputs may write one stream there."""
    if "-" in arguments:
        if len(arguments) > 1:
            raise UsageError("'-' (standard input) cannot be one of several inputs")
        return [_stdin_source(output, extension, limit)], False
    batch = len(arguments) > 1 or any(Path(argument).is_dir() for argument in arguments)
    if not batch:
        path = Path(arguments[0])
        out = _output(output, path.stem, extension)
        sources = [Source(name=arguments[0], path=path, output=out)]
        if out is not None:
            _refuse_clashes(sources)
        return sources, False
    if extension is None or output in (None, "-"):
        if extension is not None and not stream:
            raise UsageError("several inputs write several outputs: give -o DIR")
        return [Source(name=str(path), path=path) for path, _ in expand(arguments)], True
    folder = Path(output)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"-o {output}: not a directory, and several inputs need one")
    pairs = expand(arguments, skip=folder)
    sources = [
        Source(name=str(path), path=path, output=folder / relative.with_suffix(extension))
        for path, relative in pairs
    ]
    _refuse_clashes(sources)
    return sources, True


def _output(output: str | None, stem: str, extension: str | None) -> Path | None:
    """Where the output of a single input goes: ``None`` for standard output (no ``-o``, or
    ``-o -``), the file ``-o`` names, or ``stem`` + ``extension`` in the directory it names
    (one that exists, or any name ending in ``/``)."""
    if output is None or output == "-":
        return None
    path = Path(output)
    folder = path.is_dir() or output.endswith(("/", os.sep))
    return path / f"{stem}{extension}" if folder and extension is not None else path


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of an existing file (two names of one file share them)."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _refuse_clashes(sources: list[Source]) -> None:
    """Two inputs writing one output, or an output overwriting an input (by any of its
    names), are usage errors."""
    paths = [source.path for source in sources if source.path is not None]
    inputs = {path.resolve() for path in paths} | {_identity(path) for path in paths}
    inputs.discard(None)
    taken: dict[Path, str] = {}
    for source in sources:
        assert source.output is not None
        key = source.output.resolve()
        if key in inputs or _identity(source.output) in inputs:
            raise UsageError(f"{source.name}: its output {source.output} would overwrite an input")
        if key in taken:
            raise UsageError(f"{taken[key]} and {source.name} would both write {source.output}")
        taken[key] = source.name


def _refuse_member_clashes(sources: list[Source], extension: str) -> None:
    """A collection writes ``<name>-0001<ext>``, ``<name>-0002<ext>``, ... beside its output:
    a usage error if another input of the batch, or its output, has such a name there."""
    for source in sources:
        if source.path is None or source.output is None or not is_collection(source.path):
            continue
        base = source.output.name.removesuffix(extension)
        members = re.compile(rf"{re.escape(base)}-\d{{4,}}{re.escape(extension)}")
        folder = source.output.parent.resolve()
        for other in sources:
            for path in (other.path, other.output) if other is not source else ():
                clash = path is not None and members.fullmatch(path.name)
                if clash and path is not None and path.parent.resolve() == folder:
                    raise UsageError(
                        f"{source.name} is a collection, written as {base}-0001{extension},"
                        f" ...: it would overwrite {path}"
                    )


# Saying things ----------------------------------------------------------------------------


def _least(args: argparse.Namespace, default: Severity) -> Severity:
    """The least severity shown: ``-v`` info, ``-q`` error, ``--severity``, else ``default``."""
    if args.verbose:
        return Severity.INFO
    if args.quiet:
        return Severity.ERROR
    return Severity(args.severity) if args.severity else default


def _shown(notes: Sequence[Note], least: Severity) -> list[Note]:
    return [note for note in notes if _RANK[note.severity] >= _RANK[least]]


def _grouped(outcome: Outcome, least: Severity) -> str:
    """A batch's notes on one input: a line with the counts, the notes shown below it."""
    shown = _shown(outcome.notes, least)
    if not shown:
        return ""
    counts = Counter(note.severity for note in outcome.notes)
    said = ", ".join(
        f"{counts[s]} {s.value}{'s' if counts[s] > 1 and s is not Severity.INFO else ''}"
        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[s]
    )
    prefix = f"{outcome.name}: "
    lines = [f"{outcome.name}: {said}"]
    lines += [f"  {note.text.removeprefix(prefix)}" for note in shown]
    return "".join(f"{line}\n" for line in lines)


def _write_stdout(data: bytes) -> None:
    sys.stdout.flush()
    if sys.stdout.isatty():  # what an input holds must not drive the terminal
        data = visible(data.decode("utf-8", "replace")).encode("utf-8")
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _execute(
    command: str,
    job: Job,
    sources: list[Source],
    *,
    batch: bool,
    args: argparse.Namespace,
    header: bytes = b"",
    titled: bool = False,
    runner: Runner = run_jobs,
    collect: Callable[[bytes], None] | None = None,
) -> int:
    """Run ``job`` on every source; write outputs and notes in input order; in a batch, a
    progress display on a terminal and the summary.  ``header`` starts the standard output
    of a stream, ``titled`` puts each input's name above its output; ``collect``, when
    given, takes each output instead.  ``runner`` runs the jobs (:func:`vnadmin.cli.batch.run`,
    or :func:`vnadmin.cli.on_dask.run`).  Exit status: 0 when every input is done, 1 when
    one failed or has findings of error severity, 130 (143) when interrupted."""
    least = _least(args, Severity.WARNING)
    progress = Progress(len(sources), enabled=batch and sys.stderr.isatty())
    workers = args.jobs if args.jobs is not None else (os.cpu_count() or 1)
    outcomes: list[Outcome] = []
    hidden = 0
    pending = header
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        for outcome in runner(job, sources, jobs=workers, done=progress.advance):
            outcomes.append(outcome)
            said = (
                _grouped(outcome, least)
                if batch
                else "".join(f"{note}\n" for note in _shown(outcome.notes, least))
            )
            hidden += len(outcome.notes) - len(_shown(outcome.notes, least))
            if outcome.reason is not None and not batch:
                said += f"vnadmin {command}: {outcome.name}: {outcome.reason}\n"
            if said:
                progress.write(visible(said))
            if outcome.stdout and collect is not None:
                collect(outcome.stdout)
            elif outcome.stdout:
                progress.clear()
                title = f"==> {outcome.name} <==\n".encode() if titled else b""
                _write_stdout(pending + title + outcome.stdout)
                pending = b""
    except (KeyboardInterrupt, Interrupted) as error:
        progress.clear()
        signum = error.signum if isinstance(error, Interrupted) else signal.SIGINT
        reported = f"{progress.count} of {len(sources)} inputs reported"
        sys.stderr.write(
            f"vnadmin {command}: interrupted ({signal.Signals(signum).name}) with {reported};"
            " every output written is whole\n"
        )
        return 128 + signum
    finally:
        signal.signal(signal.SIGTERM, previous)
    progress.clear()
    clean = all(outcome.status == DONE for outcome in outcomes)
    if batch and not (args.quiet and clean):  # -q: a summary only of what went wrong
        text = summary(command, outcomes)
        if hidden and not args.quiet:
            text = text.replace(
                "\n", f"; {hidden} notes below {least.value} not shown (-v shows them)\n", 1
            )
        sys.stderr.write(visible(text))
    return 0 if clean else 1


# The commands ------------------------------------------------------------------------------


def _limit(args: argparse.Namespace) -> int:
    return int(args.max_size) if args.max_size is not None else DEFAULT_MAX_SIZE


def _parse(args: argparse.Namespace) -> int:
    extension = FORMATS[args.to].extension
    limit = _limit(args)
    if args.sample and args.files:
        raise UsageError("--sample reads the bundled sample: give no FILE with it")
    if args.files:
        sources, batch = _sources(args.files, args.output, extension, limit=limit)
    elif args.sample or sys.stdin is None or sys.stdin.isatty():
        from vnadmin.samples import seed_text

        if not args.sample:
            sys.stderr.write(
                f"vnadmin parse: no FILE: reading the bundled sample (seed {DEFAULT_SEED});"
                " give FILE, or pipe text in\n"
            )
        output = _output(args.output, "sample", extension)
        sample = Source(name="sample", data=seed_text(DEFAULT_SEED).encode(), output=output)
        sources, batch = [sample], False
    else:
        sources, batch = [_stdin_source(args.output, extension, limit)], False
    job = ParseJob(to=args.to, max_size=limit)
    return _execute("parse", job, sources, batch=batch, args=args)


_VIETNAM = datetime.timezone(datetime.timedelta(hours=7), "ICT")


def _exchange(args: argparse.Namespace) -> Exchange | None:
    """The edXML options of ``convert``; the trace is stamped in Vietnam time, at
    ``SOURCE_DATE_EPOCH`` when set."""
    from vnadmin.edxml import Organ

    given = args.sender or args.receiver or args.force or args.embed
    if args.to != "edxml":
        if given:
            raise UsageError("--sender, --receiver, --force and --embed are for --to edxml")
        return None

    def organ(option: str, value: list[str]) -> Organ:
        organ_id, name = value
        try:
            return Organ(organ_id=organ_id, name=name or None)
        except ValueError as error:
            raise UsageError(f"{option} {organ_id!r}: {error}") from None

    now = _now().astimezone(_VIETNAM).replace(tzinfo=None, microsecond=0)
    return Exchange(
        now=now,
        sender=None if args.sender is None else organ("--sender", args.sender),
        receivers=tuple(organ("--receiver", r) for r in args.receiver or ()),
        force=args.force,
        embed=args.embed,
    )


def _convert(args: argparse.Namespace) -> int:
    extension = FORMATS[args.to].extension
    exchange = _exchange(args)
    limit = _limit(args)
    sources, batch = _sources(args.inputs, args.output, extension, limit=limit)
    if batch:
        _refuse_member_clashes(sources, extension)
    job = ConvertJob(to=args.to, exchange=exchange, max_size=limit)
    if args.engine != "dask":
        if args.scheduler is not None:
            raise UsageError("--scheduler is for --engine dask")
        return _execute("convert", job, sources, batch=batch, args=args)
    from vnadmin.cli.on_dask import run as on_dask

    runner = functools.partial(on_dask, address=args.scheduler)
    return _execute("convert", job, sources, batch=batch, args=args, runner=runner)


def _check(args: argparse.Namespace) -> int:
    limit = _limit(args)
    sources, batch = _sources(args.files, None, None, limit=limit)
    job = CheckJob(
        strictness=args.strict,
        profile=args.profile,
        format=args.format,
        least=_least(args, Severity.INFO).value,
        max_size=limit,
    )
    return _execute("check", job, sources, batch=batch, args=args)


def _tasks(args: argparse.Namespace) -> int:
    limit = _limit(args)
    if args.format == "parquet":
        return _tasks_parquet(args, limit)
    stream = args.format in ("table", "csv", "jsonl")
    sources, batch = _sources(
        args.files, args.output, _TASK_EXTENSIONS[args.format], limit=limit, stream=stream
    )
    streaming = batch and all(source.output is None for source in sources)
    job = TasksJob(format=args.format, now=_now(), stream=streaming, max_size=limit)
    header = b""
    if streaming and args.format == "csv":
        header = (",".join(["source", *CSV_COLUMNS]) + "\r\n").encode()
    titled = streaming and args.format == "table"
    return _execute("tasks", job, sources, batch=batch, args=args, header=header, titled=titled)


def _tasks_parquet(args: argparse.Namespace, limit: int) -> int:
    """Every task of every input in one Parquet file: each job sends its rows back as an
    Arrow stream, and the file is written once they are all in (whole, or not at all)."""
    from vnadmin import _tasktable
    from vnadmin.cli.jobs import write_whole

    if args.output in (None, "-"):
        raise UsageError("--format parquet writes one file: give -o FILE")
    try:
        _tasktable.schema()  # pyarrow is there
    except VnadminError as error:
        raise UsageError(str(error)) from None
    if Path(args.output).is_dir():
        raise UsageError(f"-o {args.output}: a directory; --format parquet writes one file")
    sources, batch = _sources(args.files, None, None, limit=limit)
    job = TasksJob(format="parquet", now=_now(), max_size=limit)
    parts: list[bytes] = []
    status = _execute("tasks", job, sources, batch=batch, args=args, collect=parts.append)
    if status >= 128:  # interrupted: nothing is written
        return status
    try:  # what was read is written, its failures said above
        write_whole(Path(args.output), _tasktable.parquet(parts))
    except OSError as error:
        sys.stderr.write(f"vnadmin tasks: cannot write {args.output}: {error.strerror or error}\n")
        return 1
    return status


def _schema(args: argparse.Namespace) -> int:
    from vnadmin.schemas import FILES, load

    _write_stdout(load(FILES[args.form]))
    return 0


_COMMANDS = {
    "parse": _parse,
    "convert": _convert,
    "check": _check,
    "tasks": _tasks,
    "schema": _schema,
}


def run(args: argparse.Namespace) -> int:
    """Run the command ``args`` holds (from :func:`vnadmin.cli.main.build_parser`)."""
    return _COMMANDS[args.run](args)
