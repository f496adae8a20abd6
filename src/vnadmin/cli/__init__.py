"""The ``vnadmin`` command: parse, convert, check and list the tasks of instruments, one file
or a whole archive at a time.

The arguments are :mod:`vnadmin.cli.main` (cheap to import: ``--help`` loads nothing else);
what each command does is :mod:`vnadmin.cli.commands`.  Every input is read and told apart
by :mod:`vnadmin.cli.inputs`; the formats are a registry (:mod:`vnadmin.cli.formats`); the
work on each input is a job (:mod:`vnadmin.cli.jobs`) that :mod:`vnadmin.cli.batch` runs in
worker processes when there are many.  The reference is ``docs/cli.md``.
"""

from vnadmin.cli.main import DEFAULT_SEED, build_parser, main

__all__ = ["DEFAULT_SEED", "build_parser", "main"]
