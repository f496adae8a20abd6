"""The ``vnadmin`` command: its arguments.  What each command does is in
:mod:`vnadmin.cli.commands`, imported only when a command runs, so ``vnadmin --help``
answers without loading the codecs, the reader or the rules."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Sequence

__all__ = ["DEFAULT_SEED", "build_parser", "main"]

DEFAULT_SEED = "001"
"""The sample ``vnadmin parse`` reads when given no file: a công văn with a full task list."""

WRITES = ("json", "xml", "edxml", "akn", "docx", "text")
"""The formats ``--to`` offers (:func:`vnadmin.cli.formats.writable`; a test holds them equal)."""
READS = ("json", "xml", "edxml", "docx", "pdf", "text")
"""The formats read (:func:`vnadmin.cli.formats.readable`; a test holds them equal)."""
STRICTNESS = ("draft", "final")
"""The values of :class:`vnadmin.rules.Strictness` (a test holds them equal)."""
PROFILES = ("edxml",)
"""The opt-in rule profiles (``vnadmin.rules.RULES.profiles``; a test holds them equal)."""
SCHEMAS = ("json", "xsd")
"""The schemas ``vnadmin schema`` prints (``vnadmin.schemas.FILES``; a test holds them equal)."""
TASK_FORMATS = ("table", "csv", "json", "jsonl", "ics", "parquet")
SEVERITIES = ("info", "warning", "error")

_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vnadmin")
    except PackageNotFoundError:  # run from a source tree
        from vnadmin import __version__

        return __version__


class _Version(argparse.Action):
    """``--version``, looked up only when asked for."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help="print the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        sys.stdout.write(f"vnadmin {_version()}\n")
        parser.exit()


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return number


def _size(value: str) -> int:
    match = re.fullmatch(r"(\d+)\s*([kmg]?)i?b?", value.strip().lower())
    if match is None or int(match[1]) < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a size (as 200K, 64M or 1G)")
    return int(match[1]) * _UNITS[match[2]]


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
    said = parser.add_argument_group("what is said on standard error")
    loud = said.add_mutually_exclusive_group()
    loud.add_argument(
        "-q", "--quiet", action="store_true", help="errors only: no info and no warnings"
    )
    loud.add_argument("-v", "--verbose", action="store_true", help="everything, info included")
    loud.add_argument(
        "--severity",
        choices=SEVERITIES,
        help="the least severity shown (default: warning; check's findings: info)",
    )
    parser.add_argument(
        "--max-size",
        type=_size,
        metavar="SIZE",
        help="refuse inputs larger than this, before reading them (default: 64M)",
    )


_FILES_HELP = "files or directories (all files in them); '-' reads standard input"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnadmin",
        description="Read, convert and check Vietnamese administrative instruments.",
        epilog="Exit status: 0 every input done, 1 an input failed or (check) has findings of"
        " error severity, 2 bad usage, 130 interrupted.",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse = commands.add_parser(
        "parse",
        help="read instruments from plain text",
        description=(
            "Read an instrument and its task list from plain text (or any format convert"
            " reads, told apart the same way). With no FILE, read standard input when it is"
            f" not a terminal, else the bundled sample (seed {DEFAULT_SEED});"
            " '-' reads standard input."
        ),
    )
    parse.add_argument("files", nargs="*", metavar="FILE", help=_FILES_HELP)
    parse.add_argument(
        "--sample", action="store_true", help=f"read the bundled sample (seed {DEFAULT_SEED})"
    )
    parse.add_argument("--to", choices=WRITES, default="json", help="output format")
    _common(parse, output=True)

    convert = commands.add_parser(
        "convert",
        help="convert instruments between formats",
        description=(
            "Convert instruments between formats. The input format is told from the content:"
            " a JSON object is vnadmin JSON, XML goes by its root namespace, anything else is"
            f" plain text. Reads: {', '.join(READS)}. Never writes over one of its inputs."
        ),
    )
    convert.add_argument("inputs", nargs="+", metavar="IN", help=_FILES_HELP)
    convert.add_argument("--to", choices=WRITES, required=True, help="output format")
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
    engine = convert.add_argument_group("where the work runs")
    engine.add_argument(
        "--engine",
        choices=("processes", "dask"),
        default="processes",
        help="local worker processes (--jobs), or a Dask cluster (needs vnadmin[dask])",
    )
    engine.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler (tcp://host:8786); without it, a local cluster of --jobs workers",
    )
    _common(convert, output=True)

    check = commands.add_parser(
        "check",
        help="check instruments against the regulations",
        description="Check instruments in any format vnadmin reads against NĐ 30/2020, HD 36"
        " and the Law on legal normative documents. Exit status 1 if any finding is an error"
        " or an input could not be read.",
    )
    check.add_argument("files", nargs="+", metavar="FILE", help=_FILES_HELP)
    check.add_argument(
        "--strict",
        choices=STRICTNESS,
        default="final",
        help="draft: a blank number and date are fine (default: final)",
    )
    check.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="one line per finding, or one JSON object per input (JSON Lines)",
    )
    check.add_argument("--profile", choices=PROFILES, help="add the rules of an opt-in profile")
    _common(check, output=False)

    tasks = commands.add_parser(
        "tasks",
        help="list the tasks of instruments",
        description="List every task (subtasks and closing items too) with its actors by role,"
        " deadline, due date and recurrence; 'ics' writes iCalendar to-dos (VTODO). Several"
        " inputs without -o write one stream: tables one after another, CSV with a 'source'"
        " column, JSON Lines. 'parquet' writes every task of every input to one Parquet file"
        " (-o FILE; needs vnadmin[parquet]).",
    )
    tasks.add_argument("files", nargs="+", metavar="FILE", help=_FILES_HELP)
    tasks.add_argument("--format", choices=TASK_FORMATS, default="table", help="output format")
    _common(tasks, output=True)

    schema = commands.add_parser(
        "schema",
        help="print a schema of vnadmin's forms",
        description="Print the shipped JSON Schema (json) of vnadmin JSON documents or the XML"
        " Schema (xsd) of vnadmin XML documents, for validators in other languages.",
    )
    schema.add_argument("form", choices=SCHEMAS, help="which schema")
    for name, sub in commands.choices.items():
        sub.set_defaults(run=name)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = build_parser().parse_args(argv)
    from vnadmin.cli.commands import UsageError, run

    try:
        return run(args)
    except UsageError as error:  # one line, not the whole usage
        sys.stderr.write(f"vnadmin {args.command}: error: {error}\n")
        return 2
    except BrokenPipeError:  # the reader went away (| head): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
