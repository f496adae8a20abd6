"""Recipient rules: a state công văn names its addressees (``Kính gửi``), and ``Như trên`` in the
distribution list points back at them."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.model import Regime
from vnadmin.normalize import fold
from vnadmin.rules.kinds import usable_kind
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule
from vnadmin.rules.subject import CONG_VAN

__all__ = ["RULES"]

_AS_ABOVE = fold("Như trên")


@rule(
    "VN-RCPT-001",
    Severity.ERROR,
    regimes={Regime.STATE},
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.9.a",
    summary="A công văn names its addressees after Kính gửi",
    reports=False,
    needs=("addressees", "kind"),
)
def cong_van_addressees(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind = usable_kind(instrument)
    if kind is not None and kind.code == CONG_VAN and not instrument.addressees:
        yield Finding("addressees", "a công văn names its addressees after Kính gửi")


@rule(
    "VN-RCPT-002",
    Severity.ERROR,
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.9.b",
    summary="Như trên in the distribution list needs addressees (Kính gửi) to refer to",
    needs=("addressees", "distribution"),
)
def as_above_needs_addressees(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    if instrument.addressees:
        return
    for index, recipient in enumerate(instrument.distribution):
        if fold(recipient.name) == _AS_ABOVE:
            yield Finding(
                f"distribution[{index}]",
                "Như trên (as above) refers to the addressees, but there is no Kính gửi",
            )


RULES: tuple[Rule, ...] = (cong_van_addressees, as_above_needs_addressees)
