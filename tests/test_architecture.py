"""docs/architecture.md names where each concern lives: every public name it lists imports
from the module it names, in a fresh interpreter as a user meets it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "docs" / "architecture.md"
ROW = re.compile(r"^\| [^|]+ \| `(vnadmin[\w.]*)` \| (`.+`) \|$", re.MULTILINE)


def _places() -> list[tuple[str, list[str]]]:
    text = PAGE.read_text(encoding="utf-8")
    section = text.split("## Where each concern lives", 1)[1]
    return [(module, re.findall(r"`(\w+)`", names)) for module, names in ROW.findall(section)]


def test_the_page_names_a_place_for_every_concern() -> None:
    modules = [module for module, _ in _places()]
    assert len(modules) >= 12
    for module in ("vnadmin.json", "vnadmin.xml", "vnadmin.edxml", "vnadmin.akn", "vnadmin.text"):
        assert module in modules, module


def test_every_public_name_imports_from_the_module_the_page_names() -> None:
    code = "\n".join(
        f"from {module} import {', '.join(names)}\n"
        f"assert not any(name.startswith('_') for name in {names!r})"
        for module, names in _places()
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(ROOT / "src"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_every_format_the_page_names_has_its_record() -> None:
    from vnadmin.cli.formats import CODECS

    named = {module for module, names in _places() if "CODEC" in names}
    assert named == {f"vnadmin.{codec.name}" for codec in CODECS}
