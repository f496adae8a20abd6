"""Issuer rules (tên cơ quan, tổ chức ban hành): the issuer is named, and the symbol uses its
abbreviation."""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]


@rule(
    "VN-ISS-001",
    Severity.ERROR,
    source=(
        "NĐ 30/2020 Điều 8 khoản 2 điểm b; Phụ lục I, Phần I, mục II.2;"
        " HD 36-HD/VPTW (tên cơ quan ban hành)"
    ),
    summary="The issuer (tên cơ quan, tổ chức ban hành) is named",
    reports=False,
)
def issuer_missing(context: Context) -> Iterator[Finding]:
    if context.instrument.issuer is None:
        yield Finding("issuer", "the issuer (tên cơ quan, tổ chức ban hành) is not named")


@rule(
    "VN-ISS-002",
    Severity.WARNING,
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.3 điểm b",
    summary="The symbol names the issuer by the issuer's own abbreviation",
)
def issuer_abbreviation(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    issuer, number = instrument.issuer, instrument.number
    if issuer is None or issuer.abbreviation is None or number is None:
        return
    if number.issuer_abbreviation != issuer.abbreviation:
        yield Finding(
            "number.issuer_abbreviation",
            f"the symbol (ký hiệu) names the issuer {number.issuer_abbreviation},"
            f" but {issuer.name} is abbreviated {issuer.abbreviation}",
        )


RULES: tuple[Rule, ...] = (issuer_missing, issuer_abbreviation)
