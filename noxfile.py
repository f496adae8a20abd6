"""Task sessions: tests, lint, typecheck, docs. Tools come from pyproject's dependency groups."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "venv"
nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.error_on_missing_interpreters = False

PYPROJECT = nox.project.load_toml("pyproject.toml")


def _group(name: str) -> list[str]:
    return list(nox.project.dependency_groups(PYPROJECT, name))


@nox.session
def tests(session: nox.Session) -> None:
    """Run the test suite with coverage (hypothesis profile from HYPOTHESIS_PROFILE, default ci)."""
    session.install(".", *_group("test"), *_group("bench"))  # bench: the runner's smoke test
    session.run(
        "pytest",
        "--numprocesses=auto",
        "--dist=worksteal",  # an idle worker takes tests queued on a busy one: none ends alone
        "--cov=vnadmin",
        "--cov-report=term",
        *session.posargs,
        env={"HYPOTHESIS_PROFILE": session.env.get("HYPOTHESIS_PROFILE", "ci")},
    )


@nox.session
def lint(session: nox.Session) -> None:
    """Ruff lint and format check."""
    session.install(*_group("lint"))
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over src and tests, and what it says of typing_tests/ (the errors a user's
    mypy must report)."""
    session.install("-e", ".", *_group("typecheck"))
    session.run("mypy", "--strict", "src", "tests")
    session.run("pytest", "-q", "-p", "no:cacheprovider", "tests/test_typing.py")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the documentation with warnings as errors."""
    session.install(".", *_group("docs"))
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def benchmarks(session: nox.Session) -> None:
    """Run benchmarks/run.py: every hot path beside its floor and peers (timings are reported,
    never asserted).  Pass its options after ``--``: ``nox -s benchmarks -- --write-docs``."""
    session.install(".[strategies]", *_group("bench"))  # strategies: bench_strategies
    session.run("python", "benchmarks/run.py", *session.posargs)
