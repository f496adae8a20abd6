"""LibreOffice in headless mode, when it is installed: it converts a legacy Word 97-2003
``.doc`` into ``.docx`` for the reader, and a ``.docx`` into PDF (the pictures in the docs,
the PDF tests).  Nothing here is needed to read or write ``.docx``: without LibreOffice a
``.doc`` is refused with a message that says how to convert it.

Each conversion runs in a fresh temporary directory with a profile of its own, so that
conversions can run side by side and leave nothing behind, and is stopped after
``timeout`` seconds.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

from vnadmin.errors import WordDecodeError
from vnadmin.limits import WordLimits

__all__ = ["convert", "convert_all", "convert_legacy", "converter"]

_PROGRAMS = ("soffice", "libreoffice")
_TIMEOUT = 120.0
_NAME = re.compile(r"[\w-]+", re.ASCII)


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
    return convert_all({"document": data}, source, target, timeout=timeout)["document"]


def convert_all(
    documents: Mapping[str, bytes], source: str, target: str, *, timeout: float = _TIMEOUT
) -> dict[str, bytes]:
    """Each of ``documents`` (by a name made of letters, digits, ``-`` and ``_``) converted
    in one run of LibreOffice, which takes seconds to start."""
    program = converter()
    if program is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    with tempfile.TemporaryDirectory(prefix="vnadmin-") as folder:
        here = Path(folder)
        given = []
        for name, data in documents.items():
            if not _NAME.fullmatch(name):
                raise ValueError(f"{name!r}: a document's name is letters, digits, - and _")
            path = here / f"{name}.{source}"
            path.write_bytes(data)
            given.append(str(path))
        command = [
            program,
            f"-env:UserInstallation={(here / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            str(here / "out"),
            *given,
        ]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, check=False)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"LibreOffice took more than {timeout:g} s") from None
        made = {name: here / "out" / f"{name}.{target}" for name in documents}
        if done.returncode != 0 or not all(path.is_file() for path in made.values()):
            said = [line for line in done.stderr.decode("utf-8", "replace").splitlines() if line]
            last = said[-1][:300] if said else f"exit status {done.returncode}"
            raise RuntimeError(f"LibreOffice could not convert it ({last})")
        return {name: path.read_bytes() for name, path in made.items()}


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
