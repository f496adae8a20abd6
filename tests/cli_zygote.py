"""A server of ``python -m vnadmin`` processes for the command-line tests.

Started once per test process (``python cli_zygote.py FD``), it imports what every command
imports, then forks a child for each run it is sent on the socket FD (or on each connection
to the socket it listens on: ``--listen PATH``, for ``--run PATH ARGS``, a ``vnadmin`` of a
shell's own): the child takes the
run's standard streams, working directory, environment and arguments and runs ``vnadmin`` as
``__main__`` (as ``python -m vnadmin`` does), exiting as the interpreter exits.  A run then
costs a fork instead of an interpreter start and vnadmin's imports (about half a second of
CPU each).  The server answers each run with the child's pid, then its wait status; it ends
when the test process closes the socket.
"""

from __future__ import annotations

import io
import json
import os
import runpy
import signal
import socket
import sys

STREAMS = ("stdin", "stdout", "stderr")


def _become_the_command(request: dict[str, object], fds: list[int]) -> None:
    """In the child: stand in the run's streams and folder, then run ``vnadmin``; its
    ``sys.exit`` (or exception) ends this process as it ends an interpreter."""
    for target, fd in enumerate(fds):
        os.dup2(fd, target)
        os.close(fd)
    env = request["env"]
    assert isinstance(env, dict)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(str(request["cwd"]))
    sys.path[0] = os.getcwd()  # python -m puts the working folder first
    args = request["args"]
    assert isinstance(args, list)
    sys.argv = ["-m", *map(str, args)]  # runpy sets argv[0] to the module's file
    for fd, name in enumerate(STREAMS):  # new streams, as the interpreter makes at start
        old = getattr(sys, name)
        raw = io.FileIO(fd, "rb" if fd == 0 else "wb", closefd=False)
        buffered = io.BufferedReader(raw) if fd == 0 else io.BufferedWriter(raw)
        stream = io.TextIOWrapper(
            buffered,
            encoding=old.encoding,
            errors=old.errors,
            line_buffering=fd == 2 or (fd == 1 and raw.isatty()),
        )
        setattr(sys, name, stream)
        setattr(sys, f"__{name}__", stream)
    runpy.run_module("vnadmin", run_name="__main__", alter_sys=True)


def serve(channel: socket.socket) -> None:
    """Fork a child for each run received; return (in the server) when the socket closes."""
    while True:
        message, fds, _, _ = socket.recv_fds(channel, 1 << 20, len(STREAMS))
        if not message:
            return
        pid = os.fork()
        if pid == 0:
            channel.close()
            _become_the_command(json.loads(message), fds)
            return
        for fd in fds:
            os.close(fd)
        channel.sendall(pid.to_bytes(8, "little"))
        _, status = os.waitpid(pid, 0)
        channel.sendall(status.to_bytes(8, "little", signed=True))


def _preload() -> None:
    import vnadmin.cli.batch
    import vnadmin.cli.commands  # noqa: F401 (the modules every command imports, batch too)


def listen(path: str) -> None:
    """Serve each connection to ``path`` in turn, until the socket file is removed."""
    _preload()
    with socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as listener:
        listener.bind(f"{path}.binding")
        listener.listen()
        os.rename(f"{path}.binding", path)  # there once it takes connections
        listener.settimeout(1)
        while os.path.exists(path):
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                connection.settimeout(None)
                serve(connection)


def run(path: str, args: list[str]) -> None:
    """A command line's ``vnadmin``: this process's streams, folder and environment sent to
    the server at ``path``; it exits as the run does."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET) as channel:
        channel.connect(path)
        request = {"args": args, "cwd": os.getcwd(), "env": dict(os.environ)}
        socket.send_fds(channel, [json.dumps(request).encode()], [0, 1, 2])
        channel.recv(8)  # the pid
        status = int.from_bytes(channel.recv(8), "little", signed=True)
    code = os.waitstatus_to_exitcode(status)
    if code < 0:  # killed by a signal: so is this process, as a shell sees it
        signal.signal(-code, signal.SIG_DFL)
        os.kill(os.getpid(), -code)
    sys.exit(code)


if __name__ == "__main__":
    if sys.argv[1] == "--listen":
        listen(sys.argv[2])
    elif sys.argv[1] == "--run":
        run(sys.argv[2], sys.argv[3:])
    else:
        _preload()
        serve(socket.socket(socket.AF_UNIX, socket.SOCK_SEQPACKET, fileno=int(sys.argv[1])))
