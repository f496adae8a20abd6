"""Checking a package as public edXML validators do, with the rules of :mod:`vnadmin.rules`.

The ``VN-EDXML-*`` rules (and ``VN-DATE-001``, a date of issue in the future) read an
instrument; a package's ``From`` and ``To`` may differ from its instrument's issuer and
addressees (explicit ``sender``/``receivers``, or vnadmin's copy of the instrument).  So
the rules run on the instrument as the header presents it, and each diagnostic names the
package part: ``sender.organ_id`` (VN-EDXML-010, From needs an OrganId),
``receivers`` (VN-EDXML-011, at least one To), ``receivers[2].organ_id`` (VN-EDXML-012,
a To given twice), ``instrument.subject`` ...
"""

from __future__ import annotations

import datetime
import re

import attrs

from vnadmin.edxml.mapping import contact_of
from vnadmin.edxml.model import EdxmlPackage, Organ
from vnadmin.model import Organization
from vnadmin.rules import RULES, Diagnostic, RuleSet
from vnadmin.rules import check as check_instrument
from vnadmin.rules.edxml import PROFILE

__all__ = ["check_package"]

_FUTURE_DATE = "VN-DATE-001"
_CONTACT_FIELDS = {
    "address": "address",
    "phone": "telephone",
    "fax": "fax",
    "email": "email",
    "website": "website",
}
_ADDRESSEE = re.compile(r"addressees\[(\d+)\]")


def check_package(
    package: EdxmlPackage, *, rules: RuleSet = RULES, today: datetime.date | None = None
) -> list[Diagnostic]:
    """The edXML diagnostics of ``package``, with paths into the package."""
    receivers = [(index, _organization(organ)) for index, organ in enumerate(package.receivers)]
    named = [(index, organization) for index, organization in receivers if organization is not None]
    view = attrs.evolve(
        package.instrument,
        issuer=_organization(package.sender),
        addressees=[organization for _, organization in named],
        contact=contact_of(package.sender),
    )
    chosen = RuleSet(r for r in rules if r.profile == PROFILE or r.code == _FUTURE_DATE)
    found = check_instrument(view, rules=chosen, profile=PROFILE, today=today)
    positions = [index for index, _ in named]
    return [attrs.evolve(d, path=_package_path(d.path, positions)) for d in found]


def _organization(organ: Organ) -> Organization | None:
    """The organisation a ``From``/``To`` record stands for, named by its OrganId if need be."""
    name = organ.name or organ.organ_id
    if name is None:
        return None
    parent = None if organ.in_charge is None else Organization(name=organ.in_charge)
    return Organization(name=name, organ_id=organ.organ_id, parent=parent)


def _package_path(path: str, positions: list[int]) -> str:
    head, dot, rest = path.partition(".")
    if head == "issuer":
        return f"sender{dot}{rest}"
    if head == "contact":
        return f"sender.{_CONTACT_FIELDS.get(rest, rest)}" if rest else "sender"
    if head == "addressees":
        return "receivers"
    match = _ADDRESSEE.fullmatch(head)
    if match is not None:
        return f"receivers[{positions[int(match[1])]}]{dot}{rest}"
    return f"instrument.{path}"
