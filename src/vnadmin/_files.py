"""Opening a path a reader was given: only a regular file, and never by blocking.

``open(path)`` on a FIFO waits for a writer that may never come, and a character device
(``/dev/zero``, ``/dev/urandom``) never ends; a path can name either, directly or by a
symbolic link, and can be swapped for one between a ``stat`` and the ``open``.  So every
reader that takes a path (XML, edXML, Word, PDF, the command line) opens it here: without
blocking, then checks what the open descriptor is, and refuses anything but a regular file
with an :class:`OSError` whose ``strerror`` says what the path is.
"""

from __future__ import annotations

import errno
import os
import stat
from typing import BinaryIO

__all__ = ["open_regular", "what_is"]

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def what_is(mode: int) -> str | None:
    """``None`` for a regular file, else what the ``st_mode`` ``mode`` is, for a refusal."""
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
    return f"{kind}, not a regular file"


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """``path`` open for reading in binary, once it is known to be a regular file.

    :class:`OSError` (``EINVAL``, ``strerror`` naming what it is) for anything else; the
    open itself does not block, so a FIFO is refused at once rather than waited on.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        refusal = what_is(os.fstat(fd).st_mode)
        if refusal is not None:
            raise OSError(errno.EINVAL, refusal, os.fspath(path))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)  # a regular file: blocking reads, as open() gives
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")
