"""Running the ``vnadmin`` command as a subprocess, installed (``nox -s tests``) or from the
source tree (``PYTHONPATH=src``): whichever ``vnadmin`` this test process imports."""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
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
    fresh: bool = False,
) -> subprocess.CompletedProcess[bytes]:
    """``python -m vnadmin ARGS`` with stdout and stderr captured as bytes: forked from this
    process's :mod:`cli_zygote` unless the run is ``fresh`` (an interpreter of its own, with
    its own hash seed) or given an ``env`` of its own (read by an interpreter as it starts)."""
    command = [sys.executable, "-m", "vnadmin", *map(str, args)]
    if fresh or env is not None:
        return subprocess.run(
            command,
            input=input,
            capture_output=True,
            cwd=cwd,
            env=command_env() if env is None else env,
            check=False,
            timeout=TIMEOUT,
        )
    return _zygote().run(command, input, Path.cwd() if cwd is None else cwd)


TIMEOUT = 300


class _Zygote:
    """The client of a :mod:`cli_zygote` server (a subprocess of this process)."""

    def __init__(self) -> None:
        self.env = command_env()
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        self.server = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("cli_zygote.py")), str(theirs.fileno())],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            env=self.env,
            pass_fds=[theirs.fileno()],
        )
        theirs.close()
        self.channel = ours
        self.lock = threading.Lock()

    def close(self) -> None:
        self.channel.close()
        self.server.wait(timeout=TIMEOUT)

    def run(
        self, command: list[str], input: bytes | None, cwd: Path
    ) -> subprocess.CompletedProcess[bytes]:
        env = command_env()
        started = {k for k in {*env, *self.env} if k.startswith(("PYTHON", "LC_", "LANG"))}
        if any(env.get(k) != self.env.get(k) for k in started):  # an interpreter of its own
            return vnadmin_run(*command[3:], input=input, cwd=cwd, fresh=True)
        request = json.dumps({"args": command[3:], "cwd": str(cwd), "env": env}).encode()
        stdin_read, stdin_write = os.pipe()
        out_read, out_write = os.pipe()
        err_read, err_write = os.pipe()
        given = [0 if input is None else stdin_read, out_write, err_write]
        with self.lock:
            socket.send_fds(self.channel, [request], given)
            for fd in (stdin_read, out_write, err_write):
                os.close(fd)
            pid = int.from_bytes(self.channel.recv(8), "little")
            outputs: dict[int, bytes] = {}
            threads = [
                threading.Thread(target=_feed, args=(stdin_write, input or b"")),
                threading.Thread(target=_drain, args=(out_read, outputs)),
                threading.Thread(target=_drain, args=(err_read, outputs)),
            ]
            for thread in threads:
                thread.start()
            self.channel.settimeout(TIMEOUT)
            try:
                status = int.from_bytes(self.channel.recv(8), "little", signed=True)
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                raise subprocess.TimeoutExpired(command, TIMEOUT) from None
            for thread in threads:
                thread.join()
        return subprocess.CompletedProcess(
            command, os.waitstatus_to_exitcode(status), outputs[out_read], outputs[err_read]
        )


def _feed(fd: int, data: bytes) -> None:
    with contextlib.suppress(BrokenPipeError), open(fd, "wb") as stream:
        stream.write(data)  # the command may stop reading, or never read


def _drain(fd: int, outputs: dict[int, bytes]) -> None:
    with open(fd, "rb") as stream:
        outputs[fd] = stream.read()


_ZYGOTES: list[_Zygote] = []


def _zygote() -> _Zygote:
    """This process's server, started at its first run (again if it has died)."""
    if not _ZYGOTES or _ZYGOTES[0].server.poll() is not None:
        _ZYGOTES[:] = [_Zygote()]
        atexit.register(_ZYGOTES[0].close)
    return _ZYGOTES[0]


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
            # as a shell starts a foreground job: ^C and ^\ at their defaults, whatever
            # this test process inherited (a test run whose SIGINT was ignored, as some
            # runners and libraries leave it, passed the ignoring on and ^C did nothing)
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            signal.signal(signal.SIGQUIT, signal.SIG_DFL)

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
