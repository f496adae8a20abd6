"""Every ``$ command`` in docs/cli.md runs, in order, in one empty directory, and prints what
the page shows: the CLI reference cannot drift from the command.

A shown output is matched line by line: a line ``...`` stands for any number of lines,
``...`` inside a line for any text.  A command shown without output must print nothing and
succeed.  Standard error is merged into standard output, as a terminal shows them; CRLF
line ends (iCalendar) are compared as LF.  ``vnadmin`` is this test's own: a script on the
PATH that has a :mod:`cli_zygote` server started with this interpreter fork ``python -m
vnadmin`` with the script's streams, folder, environment and arguments.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from cli_support import ROOT, command_env

PAGE = ROOT / "docs" / "cli.md"
ZYGOTE = Path(__file__).with_name("cli_zygote.py")
BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[int, str, str]]:
    """(line, command, expected output) of each ``$`` line of the page, in order."""
    text = PAGE.read_text(encoding="utf-8")
    found: list[tuple[int, str, str]] = []
    for block in BLOCK.finditer(text):
        first = text.count("\n", 0, block.start()) + 2
        for offset, line in enumerate(block.group(1).splitlines()):
            if line.startswith("$ "):
                found.append((first + offset, line[2:], ""))
            else:
                number, command, shown = found[-1]
                found[-1] = (number, command, shown + line + "\n")
    return found


def _pattern(shown: str) -> re.Pattern[str]:
    parts = [
        r"(?:.*\n)*?" if line == "..." else ".*".join(map(re.escape, line.split("..."))) + r"\n"
        for line in shown.splitlines()
    ]
    return re.compile("".join(parts))


@pytest.mark.skipif(shutil.which("sh") is None, reason="the examples are POSIX shell lines")
def test_every_command_of_the_cli_page_prints_what_it_shows(tmp_path: Path) -> None:
    examples = _examples()
    assert len(examples) >= 15
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "vnadmin"
    server = Path(tempfile.mkdtemp()) / "vnadmin"  # a short path: a socket's is bounded
    script.write_text(
        f'#!/bin/sh\nexec "{sys.executable}" "{ZYGOTE}" --run "{server}" "$@"\n',
        encoding="utf-8",
    )
    script.chmod(0o755)
    env = command_env()
    env.pop("SOURCE_DATE_EPOCH")  # the page sets it where it matters
    env["PATH"] = f"{bin_dir}{':' + env['PATH'] if env.get('PATH') else ''}"
    work = tmp_path / "work"
    work.mkdir()
    zygote = subprocess.Popen(
        [sys.executable, ZYGOTE, "--listen", server], stdin=subprocess.DEVNULL, env=env
    )
    while not server.exists():  # bound: the server is listening
        assert zygote.poll() is None, "the server did not start"
        time.sleep(0.05)
    try:
        _run_examples(examples, work, env)
    finally:
        server.unlink()
        zygote.wait(timeout=60)
        server.parent.rmdir()


def _run_examples(examples: list[tuple[int, str, str]], work: Path, env: dict[str, str]) -> None:
    for line, command, shown in examples:
        done = subprocess.run(
            command,
            shell=True,
            cwd=work,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            check=False,
            timeout=300,
        )
        output = done.stdout.decode("utf-8").replace("\r\n", "\n")
        where = f"docs/cli.md line {line}: $ {command}"
        if not shown:
            assert (done.returncode, output) == (0, ""), where
        else:
            assert _pattern(shown).fullmatch(output), f"{where}\n--- printed:\n{output}"


def test_patterns_match_elided_lines_and_text() -> None:
    pattern = _pattern("first\n...\nla...st\n")
    assert pattern.fullmatch("first\nlast\n")
    assert pattern.fullmatch("first\na\nb\nla-and-st\n")
    assert not pattern.fullmatch("first\nlast\nmore\n")
    assert not pattern.fullmatch("other\nlast\n")
