"""What a downstream ``mypy --strict`` says of code using vnadmin, as attrs and cattrs test it.

Each file of ``typing_tests/`` marks on its lines the errors (``# E: message  [code]``) and
revealed types (``# N: Revealed type is "..."``) mypy must report; every other line must
check clean.  mypy runs in this environment, so it reads the vnadmin this test imports (the
checkout or the installed package), with the project's mypy settings.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "typing_tests").glob("*.py"))
_EXPECTED = re.compile(r"#\s*([EN]): (.*)$")
_REPORTED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): (?P<kind>error|note): (?P<message>.*)$")

Finding = tuple[int, str, str]  # line, E or N, message


def expected(case: Path) -> list[Finding]:
    found = []
    for number, line in enumerate(case.read_text(encoding="utf-8").splitlines(), 1):
        match = _EXPECTED.search(line)
        if match:
            found.append((number, match[1], match[2].strip()))
    return found


@pytest.fixture(scope="module")
def reported() -> dict[Path, list[Finding]]:
    """mypy's errors on every case and its revealed types (notes that explain an error are not
    findings of their own), from one run over all the cases."""
    pytest.importorskip("mypy", reason="the typing tests need mypy (the test dependency group)")
    options = ["--show-error-codes", "--no-error-summary", "--hide-error-context", "--no-pretty"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", *options, "--cache-dir", "/dev/null", *map(str, CASES)],
        capture_output=True,
        text=True,
        cwd=ROOT,  # pyproject.toml: strict, Python 3.10
        check=False,
        timeout=300,
    )
    assert result.returncode in (0, 1), result.stderr or result.stdout
    found: dict[Path, list[Finding]] = {case: [] for case in CASES}
    for line in result.stdout.splitlines():
        match = _REPORTED.match(line)
        assert match, f"unexpected mypy output: {line}"
        kind = "E" if match["kind"] == "error" else "N"
        if kind == "E" or match["message"].startswith("Revealed type is"):
            found[(ROOT / match["file"]).resolve()].append(
                (int(match["line"]), kind, match["message"])
            )
    return found


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_mypy_reports_what_the_comments_say(
    case: Path, reported: dict[Path, list[Finding]]
) -> None:
    want, got = expected(case), reported[case]
    shown = "\n".join(f"line {n}: {k}: {m}" for n, k, m in sorted(set(want) ^ set(got)))
    assert sorted(got) == sorted(want), f"differences (expected or reported, not both):\n{shown}"


def test_the_cases_hold_deliberate_mistakes() -> None:
    """A typing test that expects nothing proves nothing."""
    assert CASES
    for case in CASES:
        assert any(kind == "E" for _, kind, _ in expected(case)), case.name
