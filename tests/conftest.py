"""Hypothesis profiles: ``ci`` (default: moderate and derandomized, so that a CI run is
reproducible) and ``thorough`` (random, many examples: run by hand); and a check that no
test leaves the test process taking a signal otherwise than it found it."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None
)  # health checks on, too_slow included: the strategies must pass them as users meet them
settings.register_profile("dev", max_examples=20, deadline=None)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)


def pytest_configure(config: pytest.Config) -> None:
    """pytest-cov (7.1) starts coverage as it reads the command line and, in an xdist worker,
    whose command line still says ``-n``, again at session start without stopping the first:
    each worker traced every line twice, and ``no_cover`` paused only one of the two. Stop
    the first; the session's own is the one that reports."""
    controller = getattr(config.pluginmanager.get_plugin("_cov"), "cov_controller", None)
    if hasattr(config, "workerinput") and controller is not None:
        controller.cov.stop()


@pytest.fixture(autouse=True)
def _signals_as_found() -> Iterator[None]:
    """A test that changes how this process takes SIGINT, SIGTERM or SIGQUIT (the command
    line's handlers, a worker's set-up run here) must put it back: a test process left
    ignoring SIGINT passes the ignoring on to every command it starts, and a Ctrl-C test
    run after it fails far from the cause."""
    found = {number: signal.getsignal(number) for number in _SIGNALS}
    yield
    left = {
        signal.Signals(number).name: (handler, signal.getsignal(number))
        for number, handler in found.items()
        if signal.getsignal(number) != handler
    }
    assert not left, f"the test changed the handling of signals (was, now): {left}"
