"""A path handed to a reader may name a FIFO, a device or a directory (issue 14).

``open()`` on a FIFO nobody writes to waits forever, and ``/dev/zero`` never ends: a reader
given such a path used to hang (``xml.loads(Path("fifo"))``).  Each public reader that takes
a path is called here in a fresh interpreter, so a hang is caught by the time bound rather
than hanging the suite, and must refuse at once with its own error naming what the path is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import command_env

_CALLS = {
    "xml.loads": "from vnadmin import xml; xml.loads(path)",
    "xml.iter_load": "from vnadmin import xml; list(xml.iter_load(path))",
    "schemas.validate_xml": "from vnadmin.schemas import validate_xml; validate_xml(path)",
    "edxml.loads": "from vnadmin import edxml; edxml.loads(path)",
    "edxml.loads_status": "from vnadmin import edxml; edxml.loads_status(path)",
    "edxml.verify": "from vnadmin import edxml; edxml.verify(path)",
    "docx.loads": "from vnadmin import docx; docx.loads(path)",
    "pdf.loads": "from vnadmin import pdf; pdf.loads(path)",
}

_EXTRAS = {"docx.loads": "docx", "pdf.loads": "pdfplumber"}

_RUN = """
import json, sys
from pathlib import Path
from vnadmin.errors import VnadminError
path = Path(sys.argv[1])
try:
    exec(sys.argv[2])
except VnadminError as error:
    print(json.dumps([type(error).__name__, str(error)]))
else:
    print(json.dumps(["accepted", ""]))
"""


def _call(call: str, path: Path) -> tuple[str, str]:
    done = subprocess.run(
        [sys.executable, "-c", _RUN, str(path), call],
        capture_output=True,
        text=True,
        timeout=20,  # a reader that opens a FIFO blocks: the bound turns it into a failure
        env=command_env(),
        check=True,
    )
    name, message = json.loads(done.stdout)
    return name, message


@pytest.fixture(scope="module")
def places(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("places")
    os.mkfifo(folder / "fifo")  # nobody ever writes to it
    (folder / "link").symlink_to("/dev/zero")
    return {
        "a FIFO (named pipe)": folder / "fifo",
        "a character device": folder / "link",
        "a directory": folder,
    }


@pytest.mark.parametrize("reader", list(_CALLS))
def test_a_path_that_is_no_regular_file_is_refused_at_once(
    reader: str, places: dict[str, Path]
) -> None:
    if reader in _EXTRAS:
        pytest.importorskip(_EXTRAS[reader], reason=f"{reader} needs its extra")
    for what, path in places.items():
        name, message = _call(_CALLS[reader], path)
        assert name != "accepted", (reader, what)
        assert f"{what}, not a regular file" in message, (reader, what, message)
