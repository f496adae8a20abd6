"""The ``vnadmin`` command: parse, convert, check and list the tasks of instruments, one file
or a whole archive at a time.

``vnadmin parse`` with no file reads a bundled seed document, so a fresh install shows what
the library does in one command.  The formats the command reads and writes are a registry
(:mod:`vnadmin.cli.formats`); the work on each input is a job (:mod:`vnadmin.cli.jobs`) that
:mod:`vnadmin.cli.batch` runs in worker processes when there are many.  The reference is
``docs/cli.md``.
"""

from vnadmin.cli.main import DEFAULT_SEED, build_parser, main

__all__ = ["DEFAULT_SEED", "build_parser", "main"]
