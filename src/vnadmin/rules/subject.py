"""Subject rules (trích yếu): every kind whose template has one states its subject; a state
công văn states it after ``V/v`` (NĐ 30), and no other kind starts its subject so."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.grammar.subjects import CANONICAL_VV, is_vv_subject
from vnadmin.model import Regime
from vnadmin.rules.kinds import usable_kind
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["CONG_VAN", "RULES"]

CONG_VAN = "cong-van"
"""Code of the công văn kind, which has no kind name on the page and a ``V/v`` subject."""

_SOURCE = "NĐ 30/2020 Phụ lục I, Phần I, mục II.5"
_WITHOUT_SUBJECT = frozenset(
    {
        "cong-van",  # VN-SUBJ-001 asks for its V/v line
        "giay-moi",  # mẫu 1.7: the meeting's subject only "nếu có"
        "giay-gioi-thieu",
        "giay-nghi-phep",
        "giay-uy-quyen",
        "phieu-gui",
        "phieu-chuyen",
        "phieu-bao",
        "thu-cong",
        "hop-dong",
        "ban-ghi-nho",
        "ban-thoa-thuan",
    }
)
"""Kinds whose templates (NĐ 30 Phụ lục III) have no trích yếu line, or an optional one."""
_GARBLED_VV = re.compile(r"V[^\w\s]")
"""``V⁄% Góp ý ...``: a ``V/v`` whose slash and ``v`` a scan's OCR misread."""
_VV_ALLOWED = frozenset({CONG_VAN, "cong-dien"})
"""Kinds whose subject may open with ``V/v``: the công văn (mục II.5.b), and the công điện,
a message sent like one, which the Government's own công điện print ``V/V ...`` under
their kind name (mẫu 1.5 shows the subject there without prescribing how it opens)."""


@rule(
    "VN-SUBJ-001",
    Severity.ERROR,
    regimes={Regime.STATE},
    source=_SOURCE,
    summary="A công văn states its subject after V/v",
    reports=False,
    needs=("subject", "kind"),
)
def cong_van_subject(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind = usable_kind(instrument)
    if kind is None or kind.code != CONG_VAN:
        return
    if instrument.subject is None:
        yield Finding("subject", "a công văn states its subject (trích yếu) after V/v")
    elif not instrument.subject.startswith(CANONICAL_VV + " "):
        if context.print_in_doubt and _GARBLED_VV.match(instrument.subject):
            return  # the OCR's V/v, not the drafter's choice
        yield Finding(
            "subject",
            f"a công văn subject (trích yếu) starts with 'V/v ', not {instrument.subject[:12]!r}",
        )


@rule(
    "VN-SUBJ-002",
    Severity.ERROR,
    source=_SOURCE,
    summary="Only a công văn (and a công điện) starts its subject with V/v",
    needs=("subject", "kind"),
)
def other_subject(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind = usable_kind(instrument)
    subject = instrument.subject
    if kind is None or kind.code in _VV_ALLOWED or subject is None:
        return
    if is_vv_subject(subject):
        yield Finding(
            "subject",
            f"only a công văn starts its subject with V/v; a {kind.name} follows its kind name"
            " (tên loại) with the subject",
        )


@rule(
    "VN-SUBJ-003",
    Severity.ERROR,
    source="NĐ 30/2020 Điều 8 khoản 2 điểm đ, Phụ lục I, Phần I, mục II.5;"
    " HD 36-HD/VPTW (trích yếu nội dung)",
    summary="Every kind whose template has a trích yếu states its subject under the kind name"
    " (not the giấy and phiếu forms, agreements, thư công)",
    reports=False,
    needs=("subject", "kind"),
)
def subject_missing(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind = usable_kind(instrument)
    if kind is None or kind.copy_form or kind.code in _WITHOUT_SUBJECT:
        return
    if instrument.subject is None:
        yield Finding(
            "subject",
            f"a {kind.name} states its subject (trích yếu) on the line under its kind name",
        )


RULES: tuple[Rule, ...] = (cong_van_subject, other_subject, subject_missing)
