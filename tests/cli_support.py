"""Running the ``vnadmin`` command as a subprocess, installed (``nox -s tests``) or from the
source tree (``PYTHONPATH=src``): whichever ``vnadmin`` this test process imports."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import vnadmin
from vnadmin.samples import seed_text

__all__ = ["EPOCH", "ROOT", "command_env", "seed_file", "vnadmin_run"]

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
EPOCH = 1_733_011_200
"""``SOURCE_DATE_EPOCH`` for runs whose output carries the time: 2024-12-01T00:00:00Z."""


def command_env(**extra: str) -> dict[str, str]:
    """The environment of a ``vnadmin`` subprocess: this one, with ``src`` on the path when
    the package imported here is the source tree rather than an installed one."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": str(EPOCH), **extra}
    if Path(vnadmin.__file__).resolve().is_relative_to(SRC):
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    return env


def vnadmin_run(
    *args: str | Path,
    input: bytes | None = None,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m vnadmin ARGS`` with stdout and stderr captured as bytes."""
    return subprocess.run(
        [sys.executable, "-m", "vnadmin", *map(str, args)],
        input=input,
        capture_output=True,
        cwd=cwd,
        env=command_env() if env is None else env,
        check=False,
        timeout=300,
    )


def seed_file(folder: Path, code: str, name: str | None = None) -> Path:
    """The text of seed ``code`` written to ``folder`` (as ``<code>.txt`` unless named)."""
    path = folder / (name or f"{code}.txt")
    path.write_text(seed_text(code), encoding="utf-8")
    return path
