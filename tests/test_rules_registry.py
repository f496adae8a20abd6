"""The rule registry: users extend, disable and re-grade rules; check() validates its input."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest

from rule_examples import CHI_THI, CONG_VAN, PARTY_CHI_THI, TODAY
from vnadmin.errors import InvalidValueError, VnadminError
from vnadmin.model import ArchiveLine, Regime, Urgency
from vnadmin.rules import (
    RULES,
    Context,
    DuplicateRuleError,
    Finding,
    Rule,
    RuleFailedError,
    RuleSet,
    Severity,
    UnknownRuleError,
    check,
    rule,
)


@rule(
    "ACME-001",
    Severity.WARNING,
    source="Quy chế văn thư của ACME, Điều 4",
    summary="Our documents are marked KHẨN",
    regimes={Regime.STATE},
)
def marked_urgent(context: Context) -> Iterator[Finding]:
    if context.instrument.urgency is None:
        yield Finding("urgency", "ACME documents carry an urgency mark (độ khẩn)")


def test_extend_adds_a_users_rule() -> None:
    mine = RULES.extend(marked_urgent)
    (found,) = check(CHI_THI, rules=mine, today=TODAY)
    assert (found.code, found.path, found.severity) == ("ACME-001", "urgency", Severity.WARNING)
    assert found.source == "Quy chế văn thư của ACME, Điều 4"
    assert check(attrs.evolve(CHI_THI, urgency=Urgency.URGENT), rules=mine, today=TODAY) == []


def test_a_users_rule_keeps_to_its_regimes() -> None:
    assert check(PARTY_CHI_THI, rules=RULES.extend(marked_urgent), today=TODAY) == []


def test_extend_leaves_the_default_set_alone() -> None:
    before = len(RULES)
    assert len(RULES.extend(marked_urgent)) == before + 1
    assert len(RULES) == before
    assert "ACME-001" not in RULES


def test_extend_refuses_a_code_twice() -> None:
    with pytest.raises(DuplicateRuleError, match="VN-NUM-001"):
        RULES.extend(attrs.evolve(marked_urgent, code="VN-NUM-001"))


def test_disable_silences_a_rule() -> None:
    archive_vp = attrs.evolve(CONG_VAN, archive=ArchiveLine(units=["VP"]))
    assert [d.code for d in check(archive_vp, today=TODAY)] == ["VN-DIST-002"]
    quiet = RULES.disable("VN-DIST-002")
    assert "VN-DIST-002" not in quiet
    assert len(quiet) == len(RULES) - 1
    assert check(archive_vp, rules=quiet, today=TODAY) == []


def test_disable_refuses_an_unknown_code() -> None:
    with pytest.raises(UnknownRuleError, match="VN-NOPE-001"):
        RULES.disable("VN-NOPE-001")


def test_regrade_changes_the_severity_of_findings() -> None:
    bare = attrs.evolve(CHI_THI, signatures=[])
    (before,) = check(bare, today=TODAY)
    assert before.severity is Severity.WARNING
    (after,) = check(bare, rules=RULES.regrade(before.code, "error"), today=TODAY)
    assert (after.code, after.severity) == (before.code, Severity.ERROR)
    assert RULES[before.code].severity is Severity.WARNING


def test_regrade_refuses_unknown_codes_and_severities() -> None:
    with pytest.raises(UnknownRuleError):
        RULES.regrade("VN-NOPE-001", Severity.INFO)
    with pytest.raises(InvalidValueError, match=r"Rule\.severity"):
        RULES.regrade("VN-NUM-001", "fatal")


def test_rules_are_grouped_by_regime_and_profile() -> None:
    party = RULES.for_regime(Regime.PARTY)
    assert "VN-DIST-002" not in party  # Lưu: VT is a state rule
    assert "VN-NUM-005" in party
    assert all(Regime.PARTY in r.regimes for r in party)
    edxml = RULES.for_profile("edxml")
    assert len(edxml) > 0
    assert all(r.code.startswith("VN-EDXML-") for r in edxml)
    assert RULES.profiles == {"edxml"}
    assert len(RULES.for_profile(None)) + len(edxml) == len(RULES)


def test_codes_are_unique_and_every_rule_cites_a_source() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(r.source and r.summary for r in RULES)


def test_a_failing_users_rule_is_named() -> None:
    def broken(context: Context) -> Iterator[Finding]:
        raise KeyError("oops")

    bad = Rule(
        code="ACME-002",
        severity=Severity.ERROR,
        regimes=set(Regime),
        source="-",
        summary="-",
        check=broken,
    )
    with pytest.raises(RuleFailedError, match="ACME-002"):
        check(CHI_THI, rules=RuleSet([bad]), today=TODAY)


def test_a_rule_code_has_no_spaces() -> None:
    with pytest.raises(InvalidValueError, match=r"Rule\.code"):
        attrs.evolve(marked_urgent, code="ACME 003")


def test_ruleset_holds_rules_only() -> None:
    with pytest.raises(TypeError):
        RuleSet(["VN-NUM-001"])  # type: ignore[list-item]


@pytest.mark.parametrize(
    ("options", "where"),
    [
        ({"strictness": "published"}, r"check\.strictness"),
        ({"profile": "edXML"}, r"check\.profile"),
    ],
)
def test_check_names_a_bad_option(options: dict[str, str], where: str) -> None:
    with pytest.raises(InvalidValueError, match=where):
        check(CHI_THI, **options)  # type: ignore[arg-type]


def test_check_takes_instruments_only() -> None:
    with pytest.raises(InvalidValueError, match=r"check\.instrument"):
        check("Số: 12/CT-UBND")  # type: ignore[arg-type]


def test_errors_belong_to_the_hierarchy() -> None:
    for error in (UnknownRuleError, DuplicateRuleError, RuleFailedError):
        assert issubclass(error, VnadminError)


def test_unknown_rule_error_reads_plainly() -> None:
    with pytest.raises(UnknownRuleError) as caught:
        RULES["VN-NOPE-001"]
    assert str(caught.value) == "no rule has the code 'VN-NOPE-001'"


def test_diagnostic_prints_path_code_and_source() -> None:
    (found,) = check(attrs.evolve(CHI_THI, place=None), today=TODAY)
    text = str(found)
    assert text.startswith("place: error VN-DATE-004: ")
    assert found.source in text
