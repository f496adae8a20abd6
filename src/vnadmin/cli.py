"""The ``vnadmin`` command: read an instrument from text and write it in another form.

``vnadmin parse`` with no file reads a bundled seed document, so a fresh install shows what
the library does in one command.  Parser diagnostics go to standard error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vnadmin import json as vjson
from vnadmin.model import Instrument
from vnadmin.samples import seed_names, seed_text
from vnadmin.text import parse_text, render_text

DEFAULT_SEED = "001"
"""The sample ``vnadmin parse`` reads when given no file: a công văn with a full task list."""

WRITERS: dict[str, Callable[[Instrument], str]] = {
    "json": lambda instrument: vjson.dumps(instrument, pretty=True) + "\n",
    "text": render_text,
}


def _read(source: str | None) -> str:
    if source is None:
        return seed_text(DEFAULT_SEED)
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8-sig")


def _parse(args: argparse.Namespace) -> int:
    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as error:
        sys.stderr.write(f"vnadmin: cannot read {args.file}: {error}\n")
        return 2
    result = parse_text(text)
    if not args.quiet:
        for diagnostic in result.diagnostics:
            sys.stderr.write(f"{args.file or 'sample'}: {diagnostic}\n")
    sys.stdout.write(WRITERS[args.to](result.instrument))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="vnadmin", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    parse = commands.add_parser(
        "parse",
        help="read an instrument from text",
        description=(
            "Read an instrument and its task list from plain text. With no FILE, read the"
            f" bundled sample ({seed_names()[1]}); '-' reads standard input."
        ),
    )
    parse.add_argument("file", nargs="?", metavar="FILE", help="a UTF-8 text file, or -")
    parse.add_argument("--to", choices=sorted(WRITERS), default="json", help="output form")
    parse.add_argument("-q", "--quiet", action="store_true", help="do not print diagnostics")
    parse.set_defaults(run=_parse)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    code: int = args.run(args)
    return code
