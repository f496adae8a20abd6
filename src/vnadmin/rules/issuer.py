"""Issuer rules (tên cơ quan, tổ chức ban hành): the issuer is named, a subordinate body under
its direct parent (cơ quan chủ quản), and the symbol uses the issuer's abbreviation."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.model import Regime
from vnadmin.normalize import fold
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
    needs=("issuer",),
)
def issuer_missing(context: Context) -> Iterator[Finding]:
    if context.instrument.issuer is None:
        yield Finding("issuer", "the issuer (tên cơ quan, tổ chức ban hành) is not named")


@rule(
    "VN-ISS-002",
    Severity.WARNING,
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.3 điểm b",
    summary="The symbol names the issuer by the issuer's own abbreviation",
    needs=("issuer", "number"),
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


_SUBORDINATE = tuple(
    fold(word) + " "
    for word in (
        "Sở",
        "Cục",
        "Chi cục",
        "Tổng cục",
        "Vụ",
        "Phòng",
        "Chi nhánh",
        "Trung tâm",
        "Ban",
        "Văn phòng",
        "Trường",
    )
)
"""First words of bodies that always sit under a direct parent (a Sở under the UBND tỉnh, a
Cục under its Bộ, a Trường under its Bộ or đại học)."""
_TOP_LEVEL = frozenset(
    fold(name)
    for name in (
        "Văn phòng Chính phủ",
        "Văn phòng Quốc hội",
        "Văn phòng Chủ tịch nước",
        "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh",
    )
)
"""Bodies with those first words that have no parent line (NĐ 30 mục II.2 exempts them)."""
_NATIONAL = re.compile(r"ban chi dao (?:quoc gia|trung uong)\b")
"""A national steering committee (``BAN CHỈ ĐẠO QUỐC GIA VỀ ...``, ``BAN CHỈ ĐẠO TRUNG ƯƠNG
...``), headed by a member of the Government: no body above it to print (folded)."""


@rule(
    "VN-ISS-003",
    Severity.WARNING,
    regimes={Regime.STATE},
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.2 (tên cơ quan, tổ chức chủ quản trực tiếp)",
    summary="A subordinate issuer (Sở, Cục, Ban, Phòng, Trường ...) is printed under its direct"
    " parent (UBND TỈNH ..., BỘ ...)",
    reports=False,
    needs=("issuer", "issuer-parent"),
)
def parent_line(context: Context) -> Iterator[Finding]:
    issuer = context.instrument.issuer
    if issuer is None or issuer.parent is not None:
        return
    name = fold(issuer.name)
    if name.startswith(_SUBORDINATE) and name not in _TOP_LEVEL and not _NATIONAL.match(name):
        yield Finding(
            "issuer.parent",
            f"{issuer.name} is printed under its direct parent (cơ quan chủ quản),"
            " on the line above it",
        )


RULES: tuple[Rule, ...] = (issuer_missing, issuer_abbreviation, parent_line)
