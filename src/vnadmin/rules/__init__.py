"""Checking instruments against the regulations: NĐ 30/2020 (state), HD 36 (Party), the Law
on legal normative documents, and on request the edXML constraints of QCVN 102:2016.

::

    from vnadmin.rules import check
    for diagnostic in check(instrument, strictness="draft"):
        print(diagnostic)

Every rule lives in :data:`RULES`, one module per family; a :class:`RuleSet` is immutable,
so users derive their own with ``RULES.extend(...)``, ``.disable(...)``, ``.regrade(...)``.
"""

from __future__ import annotations

import datetime

from vnadmin.errors import InvalidValueError
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.rules import (
    dates,
    distribution,
    edxml,
    issuer,
    kinds,
    markings,
    numbering,
    recipients,
    signature,
    subject,
    tasks,
)
from vnadmin.rules.registry import (
    ALL_REGIMES,
    CheckFunction,
    Context,
    Diagnostic,
    DuplicateRuleError,
    Finding,
    Rule,
    RuleFailedError,
    RuleSet,
    Severity,
    Strictness,
    UnknownRuleError,
    rule,
    to_member,
)

__all__ = [
    "ALL_REGIMES",
    "RULES",
    "CheckFunction",
    "Context",
    "Diagnostic",
    "DuplicateRuleError",
    "Finding",
    "Rule",
    "RuleFailedError",
    "RuleSet",
    "Severity",
    "Strictness",
    "UnknownRuleError",
    "check",
    "rule",
]

RULES = RuleSet(
    (
        *issuer.RULES,
        *numbering.RULES,
        *kinds.RULES,
        *dates.RULES,
        *subject.RULES,
        *recipients.RULES,
        *signature.RULES,
        *distribution.RULES,
        *markings.RULES,
        *tasks.RULES,
        *edxml.RULES,
    )
)
"""Every rule vnadmin ships, in the order of the components they check."""


def check(
    instrument: Instrument,
    *,
    rules: RuleSet = RULES,
    strictness: Strictness | str = Strictness.FINAL,
    today: datetime.date | None = None,
    profile: str | None = None,
    kinds: KindRegistry = KINDS,
) -> list[Diagnostic]:
    """The diagnostics of ``rules`` on ``instrument``, rule by rule in the set's order.

    ``strictness="draft"`` lets the number and the date stay blank.  ``today`` (default: the
    system date) is what "in the future" means.  ``profile="edxml"`` adds the rules of that
    profile.  ``kinds`` is the registry a kind must be in to be known.
    """
    if not isinstance(instrument, Instrument):
        raise InvalidValueError("check.instrument", f"expected Instrument, got {instrument!r}")
    if profile is not None and profile not in rules.profiles:
        known = ", ".join(sorted(rules.profiles)) or "none"
        raise InvalidValueError("check.profile", f"{profile!r} is not a profile (known: {known})")
    context = Context(
        instrument=instrument,
        strictness=to_member(Strictness, strictness, "check.strictness"),
        today=datetime.date.today() if today is None else today,
        profile=profile,
        kinds=kinds,
    )
    return [diagnostic for r in rules for diagnostic in r.run(context)]
