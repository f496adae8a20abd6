"""Hypothesis profiles: ``ci`` (default: moderate and derandomized, so that a CI run is
reproducible) and ``thorough`` (random, many examples: run by hand)."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=60, deadline=None, derandomize=True, database=None
)  # health checks on, too_slow included: the strategies must pass them as users meet them
settings.register_profile("dev", max_examples=20, deadline=None)
settings.register_profile(
    "thorough", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
