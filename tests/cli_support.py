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


class Terminal:
    """``python -m vnadmin ARGS`` on a pseudo-terminal, as from a shell: the terminal is its
    controlling terminal and its process group the foreground one, so typing Ctrl-C
    (:meth:`type`) sends SIGINT to it and its workers.  Standard input and error are the
    terminal; standard output too unless ``piped``."""

    def __init__(
        self, *args: str | Path, cwd: Path, piped: bool = False, env: dict[str, str] | None = None
    ) -> None:
        import fcntl
        import pty
        import termios
        import threading

        self.leader, follower = pty.openpty()

        def controlling_terminal() -> None:
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.process = subprocess.Popen(
            [sys.executable, "-m", "vnadmin", *map(str, args)],
            stdin=follower,
            stdout=subprocess.PIPE if piped else follower,
            stderr=follower,
            cwd=cwd,
            env=command_env() if env is None else env,
            start_new_session=True,
            preexec_fn=controlling_terminal,
        )
        os.close(follower)
        self._chunks: list[bytes] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.leader, 4096)
            except OSError:  # EIO: the terminal's other end has closed
                return
            if not chunk:
                return
            self._chunks.append(chunk)

    def type(self, keys: bytes) -> None:
        os.write(self.leader, keys)

    def wait(self, timeout: float = 120) -> tuple[int, bytes, bytes]:
        """The exit status, standard output (when piped) and what the terminal showed."""
        out = self.process.stdout.read() if self.process.stdout else b""
        status = self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        os.close(self.leader)
        return status, out, b"".join(self._chunks)
