"""Instruments from the public strategies, in their default (valid) configuration, break no
rule at error level."""

from __future__ import annotations

import datetime

from hypothesis import given

from vnadmin.model import Instrument
from vnadmin.rules import Severity, check
from vnadmin.strategies import instruments


@given(instruments())
def test_valid_instruments_have_no_errors(instrument: Instrument) -> None:
    found = check(instrument, today=datetime.date(9999, 12, 31))
    assert [str(d) for d in found if d.severity is Severity.ERROR] == []
