"""Instruments from the public strategies, in their default (valid) configuration, break no
rule at error level, checked on a day after every date they draw (docs/rules.md)."""

from __future__ import annotations

import datetime

from hypothesis import given

from vnadmin.model import Instrument
from vnadmin.rules import Severity, check
from vnadmin.strategies import instruments

STRATEGY_DATES_END = datetime.date(2030, 12, 31)
"""``instruments()`` draws dates of issue up to 2030 (and deadlines up to 2030)."""


@given(instruments())
def test_valid_instruments_have_no_errors(instrument: Instrument) -> None:
    found = check(instrument, today=STRATEGY_DATES_END)
    assert [str(d) for d in found if d.severity is Severity.ERROR] == []
