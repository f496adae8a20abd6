"""LibreOffice in headless mode, when it is installed: it converts a legacy Word 97-2003
``.doc`` into ``.docx`` for the reader, and a ``.docx`` into PDF (the pictures in the docs,
the PDF tests).  Nothing here is needed to read or write ``.docx``: without LibreOffice a
``.doc`` is refused with a message that says how to convert it.

Each conversion runs in a fresh temporary directory with a profile of its own, so that
conversions can run side by side and leave nothing behind, and is stopped after
``timeout`` seconds.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from vnadmin.errors import WordDecodeError
from vnadmin.limits import WordLimits

__all__ = ["convert", "convert_legacy", "converter"]

_PROGRAMS = ("soffice", "libreoffice")
_TIMEOUT = 120.0


def converter() -> str | None:
    """The path of LibreOffice's ``soffice``, or ``None`` when it is not installed."""
    for program in _PROGRAMS:
        found = shutil.which(program)
        if found is not None:
            return found
    return None


def convert(data: bytes, source: str, target: str, *, timeout: float = _TIMEOUT) -> bytes:
    """``data``, a document with the extension ``source`` (``doc``), converted by
    LibreOffice to ``target`` (``docx``, ``pdf``).  :class:`RuntimeError` when LibreOffice
    is not installed or fails."""
    program = converter()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="vnadmin-") as folder:
        here = Path(folder)
        given = here / f"document.{source}"
        given.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(here / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(here / "out"),
            str(given),
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"LibreOffice took more than {timeout:g} s") from None
        made = here / "out" / f"document.{target}"
        if done.returncode != 0 or not made.is_file():
            said = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if line]
            last = said[-1][:300] if said else f"exit status {done.returncode}"
            raise RuntimeError(f"LibreOffice could not convert it ({last})")
        return made.read_bytes()


def convert_legacy(data: bytes, limits: WordLimits) -> bytes:
    """A legacy ``.doc`` as ``.docx``; :class:`~vnadmin.errors.WordDecodeError` when
    LibreOffice is missing or fails, or the result is larger than ``limits.max_bytes``."""
    try:
        converted = convert(data, "doc", "docx")
    except RuntimeError as error:
        raise WordDecodeError(
            [("file", f"a legacy Word 97-2003 .doc file that could not be converted: {error}")]
        ) from None
    if len(converted) > limits.max_bytes:
        raise WordDecodeError(
            [("file", f"converted to more than WordLimits.max_bytes ({limits.max_bytes}) bytes")]
        )
    return converted
