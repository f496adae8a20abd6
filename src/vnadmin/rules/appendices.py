"""Appendix rules (phụ lục): several appendices are numbered in Roman numerals, in order.

What the model keeps of an appendix is its label and title; the header that repeats the
instrument's number, date and issuer (``Kèm theo Quyết định số ...``) is not kept yet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.grammar.labels import roman_value, to_roman
from vnadmin.model import Regime
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]

_LABEL = re.compile(r"phụ\s+lục\s+(?P<numeral>[IVXLC]+)\.?", re.IGNORECASE)


@rule(
    "VN-APPX-001",
    Severity.WARNING,
    regimes={Regime.STATE, Regime.LEGAL},
    source="NĐ 30/2020 Phụ lục I, Phần II, mục I.1 (phụ lục)",
    summary="Two appendices or more are numbered Phụ lục I, II, ... in order",
    needs=("body",),
)
def appendix_numbers(context: Context) -> Iterator[Finding]:
    appendices = context.instrument.appendices
    if len(appendices) < 2:
        return
    for index, appendix in enumerate(appendices):
        match = _LABEL.fullmatch(appendix.label.strip())
        value = None if match is None else roman_value(match["numeral"].upper())
        if value != index + 1:
            yield Finding(
                f"appendices[{index}].label",
                f"{appendix.label!r}: appendix {index + 1} of {len(appendices)} is labelled"
                f" Phụ lục {to_roman(index + 1)}",
            )


RULES: tuple[Rule, ...] = (appendix_numbers,)
