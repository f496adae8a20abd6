"""Rules as data: a rule is a small frozen object with a code, a severity and its source.

A rule's check function sees a :class:`Context` and yields :class:`Finding` s (a path and a
message); the engine turns each into a :class:`Diagnostic` carrying the rule's code, severity
and source, so re-grading a rule changes its diagnostics without touching its code.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

import attrs

from vnadmin.errors import (
    DuplicateRuleError,
    InvalidValueError,
    RuleFailedError,
    UnknownRuleError,
)
from vnadmin.model import Instrument, KindRegistry, PartialDate, Printed, Regime
from vnadmin.rules.reading import to_components
from vnadmin.severity import Severity

__all__ = [
    "ALL_REGIMES",
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
    "before_nd30",
    "rule",
    "to_member",
]

ALL_REGIMES = frozenset(Regime)
E = TypeVar("E", bound=enum.Enum)


class Strictness(enum.Enum):
    """A draft (dự thảo) may leave its number and date blank; a final document may not."""

    DRAFT = "draft"
    FINAL = "final"


_ND30_IN_FORCE = datetime.date(2020, 3, 5)
"""The day NĐ 30/2020 took effect (Điều 38): its forms hold for documents from then."""


def before_nd30(date: PartialDate | None) -> bool:
    """Whether ``date`` is a whole date before NĐ 30 took effect (TT 01/2011 forms held)."""
    return date is not None and date.is_complete and date.to_date() < _ND30_IN_FORCE


@attrs.frozen(kw_only=True)
class Context:
    """What a check function sees: the instrument and how it is being checked."""

    instrument: Instrument
    strictness: Strictness
    today: datetime.date
    profile: str | None
    kinds: KindRegistry
    reader_missed: frozenset[str] = frozenset()
    """Components the reader reported it could not read (``date``, ``signature``)."""

    @property
    def unregistered(self) -> bool:
        """Asked for as final, but printed with its number and day both blank
        (``Số:    /UBND-VP``, ``ngày    tháng 11 năm 2025``) and read so (no signature's
        stamp, no digits the reader lost): the văn thư fills both when it registers the
        document (NĐ 30 Điều 15 khoản 1, Điều 16), so it is a draft or an unregistered copy,
        not a final document that forgot one of them, and is checked as a draft."""
        number, date = self.instrument.number, self.instrument.date
        return (
            self.strictness is Strictness.FINAL
            and number is not None
            and number.number is None
            and date is not None
            and date.day is None
            and not {"stamped", "number", "date"} & self.reader_missed
        )

    @property
    def final(self) -> bool:
        """Whether the instrument is checked as a final document: asked for as one, and not
        awaiting registration."""
        return self.strictness is Strictness.FINAL and not self.unregistered

    @property
    def print_in_doubt(self) -> bool:
        """Whether the reader said the print it read is damaged (``printed-unreadable``, a
        scan's OCR): its lines are kept, but their punctuation and digits are not the
        document's.  ``False`` for an instrument whose print is simply unknown."""
        return "printed" in self.reader_missed and self.instrument.printed is not None

    @property
    def printed(self) -> Printed:
        """The instrument's printed forms, for a rule that names ``printed`` in its
        ``needs`` (which keeps it silent when they are unknown)."""
        found = self.instrument.printed
        if found is None:
            raise InvalidValueError("Context.printed", "the print of this instrument is unknown")
        return found


def _finding_needs(value: Iterable[str]) -> frozenset[str]:
    return to_components(value, "Finding.needs")


@attrs.frozen
class Finding:
    """What a check function reports: the field path (``number.number``) and a message.

    ``needs`` names the components this one finding rests on, beyond its rule's: a rule
    that checks several parts (the signer's title and name) keeps silent on the part the
    reader reported unread and still reports the others."""

    path: str
    message: str
    needs: frozenset[str] = attrs.field(default=frozenset(), converter=_finding_needs, kw_only=True)


CheckFunction = Callable[[Context], Iterable[Finding]]


@attrs.frozen(kw_only=True)
class Diagnostic:
    """One finding of one rule, with everything needed to act on it."""

    code: str
    severity: Severity
    message: str
    path: str
    source: str

    def __str__(self) -> str:
        return f"{self.path}: {self.severity.value} {self.code}: {self.message} [{self.source}]"


def to_member(kind: type[E], value: E | str, path: str) -> E:
    """``value`` as a member of the enum ``kind`` (by value); an error names ``path``."""
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(str(m.value) for m in kind)
        raise InvalidValueError(path, f"{value!r} is not one of {known}") from None


def _to_severity(value: Severity | str) -> Severity:
    return to_member(Severity, value, "Rule.severity")


def _to_regimes(value: Iterable[Regime]) -> frozenset[Regime]:
    return frozenset(value)


def _to_needs(value: Iterable[str]) -> frozenset[str]:
    return to_components(value, "Rule.needs")


def _check_code(instance: object, attribute: attrs.Attribute[str], value: object) -> None:
    if not (isinstance(value, str) and value and not any(ch.isspace() for ch in value)):
        raise InvalidValueError("Rule.code", f"{value!r} is not a code (VN-NUM-001)")


@attrs.frozen(kw_only=True)
class Rule:
    """A regulation turned into a check.

    ``regimes`` are the regimes of the instruments it applies to.  ``profile`` names an
    opt-in group (``"edxml"``): such a rule runs only when :func:`vnadmin.rules.check` is
    asked for that profile.  ``final_only`` rules stay silent on drafts, and rules with
    ``reports=False`` on reported instruments (a news article does not reproduce the
    number, date or archive line of what it reports).  ``needs`` names the components
    (:data:`vnadmin.rules.reading.COMPONENTS`) a finding rests on: when the reader reported
    one of them unread, the rule stays silent and the reader's diagnostic is the report.
    """

    code: str = attrs.field(validator=_check_code)
    severity: Severity = attrs.field(converter=_to_severity)
    regimes: frozenset[Regime] = attrs.field(converter=_to_regimes)
    source: str
    summary: str
    check: CheckFunction = attrs.field(repr=False)
    profile: str | None = None
    final_only: bool = False
    reports: bool = True
    needs: frozenset[str] = attrs.field(default=frozenset(), converter=_to_needs)

    def applies(self, context: Context) -> bool:
        """Whether this rule runs on ``context`` (regime, profile, strictness, reporting)."""
        instrument = context.instrument
        return (
            instrument.regime in self.regimes
            and (self.profile is None or self.profile == context.profile)
            and (not self.final_only or context.final)
            and (self.reports or not instrument.is_reported)
            and not self.needs & context.reader_missed
        )

    def run(self, context: Context) -> Iterator[Diagnostic]:
        """The diagnostics of this rule on ``context`` (none when it does not apply)."""
        if not self.applies(context):
            return
        try:
            findings = list(self.check(context))
        except Exception as error:  # a user's rule: say which one failed
            raise RuleFailedError(f"rule {self.code} failed: {error!r}") from error
        for finding in findings:
            if finding.needs & context.reader_missed:
                continue  # the reader said this part is unread: its diagnostic is the report
            yield Diagnostic(
                code=self.code,
                severity=self.severity,
                message=finding.message,
                path=finding.path,
                source=self.source,
            )


def rule(
    code: str,
    severity: Severity,
    *,
    source: str,
    summary: str,
    regimes: Iterable[Regime] = ALL_REGIMES,
    profile: str | None = None,
    final_only: bool = False,
    reports: bool = True,
    needs: Iterable[str] = (),
) -> Callable[[CheckFunction], Rule]:
    """Decorator: turn a check function into a :class:`Rule`."""

    def make(check: CheckFunction) -> Rule:
        return Rule(
            code=code,
            severity=severity,
            regimes=frozenset(regimes),
            source=source,
            summary=summary,
            check=check,
            profile=profile,
            final_only=final_only,
            reports=reports,
            needs=frozenset(needs),
        )

    return make


def _to_rules(value: Iterable[Rule]) -> tuple[Rule, ...]:
    return tuple(value)


@attrs.frozen
class RuleSet:
    """An ordered, immutable set of rules keyed by code.

    Changing it makes a new set, so the default set cannot be altered by accident::

        mine = RULES.disable("VN-DIST-002").regrade("VN-SIGN-005", Severity.ERROR)
    """

    rules: tuple[Rule, ...] = attrs.field(converter=_to_rules)

    @rules.validator
    def _check_rules(self, attribute: attrs.Attribute[tuple[Rule, ...]], value: object) -> None:
        assert isinstance(value, tuple)
        seen: set[str] = set()
        for item in value:
            if not isinstance(item, Rule):
                raise TypeError(f"RuleSet.rules: expected Rule, got {item!r}")
            if item.code in seen:
                raise DuplicateRuleError(f"RuleSet.rules: two rules have the code {item.code!r}")
            seen.add(item.code)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __contains__(self, code: object) -> bool:
        return any(r.code == code for r in self.rules)

    def __getitem__(self, code: str) -> Rule:
        for candidate in self.rules:
            if candidate.code == code:
                return candidate
        raise UnknownRuleError(f"no rule has the code {code!r}")

    @property
    def profiles(self) -> frozenset[str]:
        """The opt-in profiles the rules name (``{"edxml"}``)."""
        return frozenset(r.profile for r in self.rules if r.profile is not None)

    def for_regime(self, regime: Regime) -> RuleSet:
        """The rules that apply to instruments of ``regime``."""
        return RuleSet(r for r in self.rules if regime in r.regimes)

    def for_profile(self, profile: str | None) -> RuleSet:
        """The rules of one opt-in profile; ``None`` for the rules that always run."""
        return RuleSet(r for r in self.rules if r.profile == profile)

    def extend(self, *rules: Rule) -> RuleSet:
        """A new set with ``rules`` added at the end; a code already present is an error."""
        return RuleSet((*self.rules, *rules))

    def disable(self, *codes: str) -> RuleSet:
        """A new set without the rules of ``codes``; an unknown code is an error."""
        for code in codes:
            self[code]
        return RuleSet(r for r in self.rules if r.code not in codes)

    def regrade(self, code: str, severity: Severity | str) -> RuleSet:
        """A new set where the rule ``code`` reports with ``severity``."""
        self[code]
        return RuleSet(
            attrs.evolve(r, severity=severity) if r.code == code else r for r in self.rules
        )
