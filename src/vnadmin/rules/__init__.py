"""Checking instruments against the regulations: NĐ 30/2020 (state), HD 36 (Party), the Law
on legal normative documents, and on request the edXML constraints of QCVN 102:2016.

::

    from vnadmin.rules import check
    for diagnostic in check(instrument, strictness="draft"):
        print(diagnostic)

    check(parse_text(text))  # silent on what the text reader reported it could not read

Every rule lives in :data:`RULES`, one module per family; a :class:`RuleSet` is immutable,
so users derive their own with ``RULES.extend(...)``, ``.disable(...)``, ``.regrade(...)``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

import attrs

from vnadmin._hypothesis_plugin import register_if_hypothesis_is_loaded as _register_strategies
from vnadmin.errors import InvalidValueError
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.rules import (
    appendices,
    banner,
    body,
    copies,
    dates,
    distribution,
    edxml,
    issuer,
    kinds,
    markings,
    numbering,
    presentation,
    recipients,
    signature,
    subject,
    tasks,
)
from vnadmin.rules.reading import COMPONENTS, Read, to_components, unread_components, with_shared
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
    "COMPONENTS",
    "RULES",
    "CheckFunction",
    "Context",
    "Diagnostic",
    "DuplicateRuleError",
    "Finding",
    "Read",
    "Rule",
    "RuleFailedError",
    "RuleSet",
    "Severity",
    "Strictness",
    "UnknownRuleError",
    "check",
    "rule",
    "unread_components",
]

RULES = RuleSet(
    (
        *banner.RULES,
        *issuer.RULES,
        *numbering.RULES,
        *kinds.RULES,
        *dates.RULES,
        *subject.RULES,
        *recipients.RULES,
        *signature.RULES,
        *distribution.RULES,
        *markings.RULES,
        *body.RULES,
        *appendices.RULES,
        *copies.RULES,
        *tasks.RULES,
        *edxml.RULES,
        *presentation.RULES,
    )
)
"""Every rule vnadmin ships, in the order of the components they check."""


def check(
    instrument: Instrument | Read,
    *,
    rules: RuleSet = RULES,
    strictness: Strictness | str = Strictness.FINAL,
    today: datetime.date | None = None,
    profile: str | None = None,
    kinds: KindRegistry = KINDS,
    unread: Iterable[str] = (),
) -> list[Diagnostic]:
    """The diagnostics of ``rules`` on ``instrument``, rule by rule in the set's order.

    ``instrument`` may be what a reader returned (a :class:`vnadmin.text.ParseResult`): the
    components its diagnostics report unread (``date-missing``) are added to ``unread``, the
    :data:`COMPONENTS` the rules that need them keep silent on; an instrument without its
    printed forms (``Instrument.printed`` is ``None``) leaves ``printed`` unread.  A Word or PDF reading
    (:class:`vnadmin.docx.PageReading`) brings the presentation it measured, and the
    presentation rules (``VN-PRES-*``) check it.  ``strictness="draft"`` lets
    the number and the date stay blank; a document printed with its number and day both blank
    (``Số:    /UBND-VP``, ``ngày    tháng 11 năm 2025``) awaits registration and is checked as
    a draft by itself (``VN-NUM-010``, info), one of them blank stays an error.  ``today`` (default: the system date) is what "in the
    future" means.  ``profile="edxml"`` adds the rules of that profile.  ``kinds`` is the
    registry a kind must be in to be known.
    """
    missed = with_shared(to_components(unread, "check.unread"))
    printed = presentation.presentation_of(instrument)
    if not isinstance(instrument, Instrument):
        read = getattr(instrument, "instrument", None)
        if not isinstance(read, Instrument):
            raise InvalidValueError(
                "check.instrument", f"expected Instrument or a reader's result, got {instrument!r}"
            )
        missed |= unread_components(getattr(instrument, "diagnostics", ()))
        instrument = read
    if instrument.printed is None:
        missed |= {"printed"}  # nothing is known of the print: its rules keep silent
    if profile is not None and profile not in rules.profiles:
        known = ", ".join(sorted(rules.profiles)) or "none"
        raise InvalidValueError("check.profile", f"{profile!r} is not a profile (known: {known})")
    context = Context(
        instrument=instrument,
        strictness=to_member(Strictness, strictness, "check.strictness"),
        today=datetime.date.today() if today is None else today,
        profile=profile,
        kinds=kinds,
        reader_missed=missed,
    )
    if printed is not None:
        fields = attrs.asdict(context, recurse=False)
        context = presentation.PresentationContext(presentation=printed, **fields)
    return [diagnostic for r in rules for diagnostic in r.run(context)]


_register_strategies(__name__)  # st.from_type of these types, when hypothesis is imported
