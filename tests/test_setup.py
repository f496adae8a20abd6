"""The README's set-up commands are what CI runs, and they need no system-wide pip: Debian and
Ubuntu refuse ``pip install`` into their Python (PEP 668, "externally managed")."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SET_UP = README[README.index("## Set-up on a fresh machine") :].split("\n## ")[0]
COMMANDS = re.findall(r"^```sh\n(.*?)\n```", SET_UP, re.MULTILINE | re.DOTALL)


def test_ci_runs_exactly_the_readmes_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    test_command = next(command for command in COMMANDS if "nox -s tests" in command)
    assert script[-1] == test_command


def test_each_command_makes_its_own_environment() -> None:
    assert len(COMMANDS) == 2
    for command in COMMANDS:
        assert command.startswith("python3 -m venv .venv && .venv/bin/pip install ")
        assert "python3 -m pip" not in command  # the system Python's pip: refused on Debian
