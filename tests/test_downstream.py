"""vnadmin as a new downstream project meets it: a fresh virtual environment,
``pip install "<checkout>[strategies]"``, a test suite of its own whose first line is the
README's ``from vnadmin.strategies import instruments``, and ``mypy --strict`` over it (our
mypy, pointed at that environment: installing it there would only cost time).

Our own suite imports hypothesis (conftest.py) and vnadmin from the source tree first, which
hid the import crash of issue 15; only an installed vnadmin in an environment of its own
shows what users get.  The environment costs about 20 seconds (pip's cache is reused);
``-m "not downstream"`` leaves it out of a quick run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SUITE = ROOT / "tests" / "fixtures" / "downstream" / "first_import.py"
CODEC_FIRST = ROOT / "tests" / "fixtures" / "downstream" / "json_first.py"
CONFTEST = """from hypothesis import settings

settings.register_profile("downstream", max_examples=20)
settings.load_profile("downstream")
"""
"""A second suite's conftest.py, as projects set their hypothesis profile: it imports
hypothesis before pytest collects a test file (written here: a conftest.py among our
fixtures would be loaded by our own suite)."""

pytestmark = pytest.mark.downstream


def _environment() -> dict[str, str]:
    """This process's environment without what points at our checkout or our settings."""
    dropped = ("PYTHONPATH", "VIRTUAL_ENV", "HYPOTHESIS_PROFILE", "PYTHONHOME")
    return {
        key: value
        for key, value in os.environ.items()
        if key not in dropped and not key.startswith("COV_CORE_")
    }


def _run(*command: str | Path, cwd: Path) -> str:
    result = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, f"{command}\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A downstream project with vnadmin installed from this checkout: (its python, its root)."""
    root = tmp_path_factory.mktemp("downstream")
    venv.create(root / "venv", with_pip=True)
    python = root / "venv" / ("Scripts" if os.name == "nt" else "bin") / "python"
    _run(python, "-m", "pip", "install", "--quiet", f"{ROOT}[strategies]", "pytest", cwd=root)
    (root / "tests").mkdir()
    shutil.copyfile(SUITE, root / "tests" / "test_first_import.py")
    (root / "profiled").mkdir()
    (root / "profiled" / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    shutil.copyfile(CODEC_FIRST, root / "profiled" / "test_json_first.py")
    return python, root


def test_the_suite_passes_under_default_settings(project: tuple[Path, Path]) -> None:
    python, root = project
    assert (
        (root / "tests" / "test_first_import.py")
        .read_text(encoding="utf-8")
        .startswith("from vnadmin.strategies import instruments\n")
    )
    out = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests", cwd=root)
    assert "2 passed" in out, out


def test_a_codec_imported_after_a_conftest_that_imports_hypothesis(
    project: tuple[Path, Path],
) -> None:
    python, root = project
    out = _run(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", "profiled", cwd=root)
    assert "2 passed" in out, out


def test_mypy_strict_accepts_it(project: tuple[Path, Path]) -> None:
    python, root = project  # our mypy, reading the project's environment, as its own would
    strict = ("-m", "mypy", "--strict", "--no-incremental", "--python-executable", python)
    out = _run(sys.executable, *strict, "tests", cwd=root)
    assert out.startswith("Success"), out


def test_importing_hypothesis_imports_no_vnadmin(project: tuple[Path, Path]) -> None:
    python, root = project  # the entry point is installed here, as in every user's project
    code = (
        "import sys, hypothesis;"
        "found = [m for m in sys.modules if m.split('.')[0] == 'vnadmin'];"
        "sys.exit(repr(found) if found else 0)"
    )
    _run(python, "-c", code, cwd=root)
    assert "vnadmin" in _run(python, "-m", "pip", "list", cwd=root)  # installed, not imported
