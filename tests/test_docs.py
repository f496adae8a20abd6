"""Every Python example in README.md and docs/*.md runs, so the docs cannot rot."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _examples() -> list[tuple[str, int, str]]:
    found = []
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 2
            found.append((page.relative_to(ROOT).as_posix(), line, match.group(1)))
    return found


@pytest.mark.parametrize(
    ("page", "line", "code"), _examples(), ids=lambda v: str(v) if not str(v).count("\n") else ""
)
def test_example_runs(page: str, line: int, code: str) -> None:
    compiled = compile("\n" * (line - 1) + code, page, "exec", dont_inherit=True)  # as users run it
    exec(compiled, {"__name__": f"docs_example_{line}"})


def test_examples_were_found() -> None:
    assert len(_examples()) >= 4
