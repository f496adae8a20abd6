"""The ``vnadmin`` command: its arguments, and how each command turns them into jobs."""

from __future__ import annotations

import argparse
import datetime
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from vnadmin.cli.batch import Job, Outcome, Progress, Source, expand, run, summary
from vnadmin.cli.formats import FORMATS, is_collection, readable, writable
from vnadmin.cli.jobs import CheckJob, ConvertJob, Exchange, ParseJob, TasksJob
from vnadmin.cli.tasklist import TASK_FORMATS
from vnadmin.edxml import Organ
from vnadmin.rules import RULES, Strictness
from vnadmin.samples import seed_names, seed_text
from vnadmin.schemas import FILES, load

__all__ = ["DEFAULT_SEED", "build_parser", "main"]

DEFAULT_SEED = "001"
"""The sample ``vnadmin parse`` reads when given no file: a công văn with a full task list."""

_TASK_EXTENSIONS = {"table": ".txt", "csv": ".csv", "json": ".json", "ics": ".ics"}


def _default_seed_name() -> str:
    return next(name for name in seed_names() if name.startswith(DEFAULT_SEED))


class UsageError(Exception):
    """Arguments that cannot work together; the command exits with 2."""


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


def _sources(
    arguments: Sequence[str], output: str | None, extension: str | None
) -> tuple[list[Source], bool]:
    """The sources of a command and whether it runs as a batch (several inputs or a
    directory).  ``extension`` is that of the output files; ``None`` for a command that only
    writes to standard output."""
    if "-" in arguments:
        if len(arguments) > 1:
            raise UsageError("'-' (standard input) cannot be one of several inputs")
        data = sys.stdin.buffer.read()
        return [
            Source(name="<stdin>", data=data, output=_output(output, "stdin", extension))
        ], False
    batch = len(arguments) > 1 or any(Path(argument).is_dir() for argument in arguments)
    if not batch:
        path = Path(arguments[0])
        out = _output(output, path.stem, extension)
        return [Source(name=arguments[0], path=path, output=out)], False
    if extension is None or output in (None, "-"):
        if extension is not None:
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


def _refuse_clashes(sources: list[Source]) -> None:
    """Two inputs writing one output, or an output overwriting an input, are usage errors."""
    inputs = {source.path.resolve() for source in sources if source.path is not None}
    taken: dict[Path, str] = {}
    for source in sources:
        assert source.output is not None
        key = source.output.resolve()
        if key in inputs:
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


def _write_stdout(data: bytes) -> None:
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def _execute(
    command: str, job: Job, sources: list[Source], *, batch: bool, jobs: int | None, quiet: bool
) -> int:
    """Run ``job`` on every source; write outputs and notes in input order; in a batch, a
    progress bar on a terminal and the summary.  The exit code is the highest status."""
    progress = Progress(len(sources), enabled=batch and sys.stderr.isatty())
    workers = jobs if jobs is not None else (os.cpu_count() or 1)
    outcomes: list[Outcome] = []
    for outcome in run(job, sources, jobs=workers, done=progress.advance):
        outcomes.append(outcome)
        if outcome.notes and not quiet:
            progress.write("".join(f"{note}\n" for note in outcome.notes))
        if outcome.reason is not None and not batch:
            progress.write(f"vnadmin {command}: {outcome.name}: {outcome.reason}\n")
        if outcome.stdout:
            progress.clear()
            _write_stdout(outcome.stdout)
    progress.clear()
    if batch:
        sys.stderr.write(summary(command, outcomes))
    return max((outcome.status for outcome in outcomes), default=0)


def _parse(args: argparse.Namespace) -> int:
    extension = FORMATS[args.to].extension
    if not args.files:
        output = _output(args.output, "sample", extension)
        sample = Source(name="sample", data=seed_text(DEFAULT_SEED).encode(), output=output)
        sources, batch = [sample], False
    else:
        sources, batch = _sources(args.files, args.output, extension)
    return _execute(
        "parse", ParseJob(to=args.to), sources, batch=batch, jobs=args.jobs, quiet=args.quiet
    )


_VIETNAM = datetime.timezone(datetime.timedelta(hours=7), "ICT")


def _exchange(args: argparse.Namespace) -> Exchange | None:
    """The edXML options of ``convert``; the trace is stamped in Vietnam time, at
    ``SOURCE_DATE_EPOCH`` when set."""
    given = args.sender or args.receiver or args.force or args.embed
    if args.to != "edxml":
        if given:
            raise UsageError("--sender, --receiver, --force and --embed are for --to edxml")
        return None
    now = _now().astimezone(_VIETNAM).replace(tzinfo=None, microsecond=0)
    return Exchange(
        now=now,
        sender=None if args.sender is None else _organ("--sender", args.sender),
        receivers=tuple(_organ("--receiver", r) for r in args.receiver or ()),
        force=args.force,
        embed=args.embed,
    )


def _organ(option: str, value: list[str]) -> Organ:
    organ_id, name = value
    try:
        return Organ(organ_id=organ_id, name=name or None)
    except ValueError as error:
        raise UsageError(f"{option} {organ_id!r}: {error}") from None


def _convert(args: argparse.Namespace) -> int:
    extension = FORMATS[args.to].extension
    exchange = _exchange(args)
    sources, batch = _sources(args.inputs, args.output, extension)
    if batch:
        _refuse_member_clashes(sources, extension)
    job = ConvertJob(to=args.to, exchange=exchange)
    return _execute("convert", job, sources, batch=batch, jobs=args.jobs, quiet=args.quiet)


def _check(args: argparse.Namespace) -> int:
    sources, batch = _sources(args.files, None, None)
    job = CheckJob(strictness=args.strict, profile=args.profile, format=args.format)
    return _execute("check", job, sources, batch=batch, jobs=args.jobs, quiet=args.quiet)


def _tasks(args: argparse.Namespace) -> int:
    sources, batch = _sources(args.files, args.output, _TASK_EXTENSIONS[args.format])
    job = TasksJob(format=args.format, now=_now())
    return _execute("tasks", job, sources, batch=batch, jobs=args.jobs, quiet=args.quiet)


def _schema(args: argparse.Namespace) -> int:
    _write_stdout(load(FILES[args.form]))
    return 0


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return number


def _common(parser: argparse.ArgumentParser, *, output: bool) -> None:
    if output:
        parser.add_argument(
            "-o",
            "--output",
            metavar="OUT",
            help="output file (one input) or directory (several inputs, or a directory);"
            " default: standard output",
        )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="worker processes for several inputs (default: the number of CPUs)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no parser diagnostics")


_FILES_HELP = "files or directories (all files in them); '-' reads standard input"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnadmin",
        description="Read, convert and check Vietnamese administrative instruments.",
        epilog="Exit status: 0 done, 1 findings of error severity (check), 2 bad usage or an"
        " input that failed.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="read instruments from plain text",
        description=(
            "Read an instrument and its task list from plain text. With no FILE, read the"
            f" bundled sample ({_default_seed_name()}); '-' reads standard input."
        ),
    )
    parse.add_argument("files", nargs="*", metavar="FILE", help=_FILES_HELP)
    parse.add_argument("--to", choices=writable(), default="json", help="output format")
    _common(parse, output=True)
    parse.set_defaults(run=_parse, parser=parse)

    convert = commands.add_parser(
        "convert",
        help="convert instruments between formats",
        description=(
            "Convert instruments between formats. The input format is told from the content:"
            f" a JSON object is vnadmin JSON, XML goes by its root namespace, anything else is"
            f" plain text. Reads: {', '.join(readable())}."
        ),
    )
    convert.add_argument("inputs", nargs="+", metavar="IN", help=_FILES_HELP)
    convert.add_argument("--to", choices=writable(), required=True, help="output format")
    exchange = convert.add_argument_group("edXML (--to edxml)")
    exchange.add_argument(
        "--sender",
        nargs=2,
        metavar=("ORGANID", "NAME"),
        help="the sending organ (From), instead of the instrument's issuer",
    )
    exchange.add_argument(
        "--receiver",
        nargs=2,
        action="append",
        metavar=("ORGANID", "NAME"),
        help="a receiving organ (To); repeat for several",
    )
    exchange.add_argument(
        "--force", action="store_true", help="write a package the axis would refuse"
    )
    exchange.add_argument(
        "--embed",
        action="store_true",
        help="attach vnadmin's copy of the whole instrument (for a vnadmin reader)",
    )
    _common(convert, output=True)
    convert.set_defaults(run=_convert, parser=convert)

    check = commands.add_parser(
        "check",
        help="check instruments against the regulations",
        description="Check instruments in any format vnadmin reads against NĐ 30/2020, HD 36"
        " and the Law on legal normative documents. Exit status 1 if any finding is an error.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help=_FILES_HELP)
    check.add_argument(
        "--strict",
        choices=[s.value for s in Strictness],
        default=Strictness.FINAL.value,
        help="draft: a blank number and date are fine (default: final)",
    )
    check.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="one line per finding, or one JSON object per input",
    )
    check.add_argument(
        "--profile", choices=sorted(RULES.profiles), help="add the rules of an opt-in profile"
    )
    _common(check, output=False)
    check.set_defaults(run=_check, parser=check)

    tasks = commands.add_parser(
        "tasks",
        help="list the tasks of instruments",
        description="List every task (subtasks and closing items too) with its actors by role,"
        " deadline, due date and recurrence; 'ics' writes iCalendar to-dos (VTODO).",
    )
    tasks.add_argument("files", nargs="+", metavar="FILE", help=_FILES_HELP)
    tasks.add_argument(
        "--format", choices=[*TASK_FORMATS, "ics"], default="table", help="output format"
    )
    _common(tasks, output=True)
    tasks.set_defaults(run=_tasks, parser=tasks)

    schema = commands.add_parser(
        "schema",
        help="print a schema of vnadmin's forms",
        description="Print the shipped JSON Schema (json) of vnadmin JSON documents or the XML"
        " Schema (xsd) of vnadmin XML documents, for validators in other languages.",
    )
    schema.add_argument("form", choices=sorted(FILES), help="which schema")
    schema.set_defaults(run=_schema, parser=schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except UsageError as error:
        args.parser.error(str(error))  # exits with 2
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    return code
