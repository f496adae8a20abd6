"""Severities are ordered by how much they matter."""

from __future__ import annotations

import pytest

from vnadmin.severity import Severity


def test_an_error_matters_more_than_a_warning_and_a_warning_more_than_info() -> None:
    assert Severity.ERROR > Severity.WARNING > Severity.INFO
    assert Severity.INFO < Severity.ERROR
    assert Severity.WARNING >= Severity.WARNING
    assert max([Severity.INFO, Severity.ERROR, Severity.WARNING]) is Severity.ERROR
    assert sorted(Severity) == [Severity.INFO, Severity.WARNING, Severity.ERROR]


def test_severities_compare_with_nothing_else() -> None:
    with pytest.raises(TypeError):
        assert Severity.ERROR > "warning"
    assert Severity.ERROR != "error"  # type: ignore[comparison-overlap]  # still an Enum
