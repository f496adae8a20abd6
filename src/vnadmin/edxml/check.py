"""Checking a package before it is sent, as the national axis's gateways check it.

The ``VN-EDXML-*`` rules live with the other rules (:mod:`vnadmin.rules.edxml`); this module
presents a package to them as a :class:`~vnadmin.rules.edxml.PackageContext` (``From`` as
the issuer, the ``To`` records as the addressees, the attachments and the values the reader
could not interpret) and names each diagnostic by the package part: ``sender.organ_id``
(VN-EDXML-010, From needs an OrganId), ``receivers`` (VN-EDXML-011, at least one To),
``receivers[2].organ_id`` (VN-EDXML-012, a To given twice), ``attachments[0].content_type``
(VN-EDXML-015), ``instrument.subject`` ...
"""

from __future__ import annotations

import datetime
import re

import attrs

from vnadmin.edxml.mapping import contact_of
from vnadmin.edxml.model import EdxmlPackage, Organ
from vnadmin.model import KINDS, Organization
from vnadmin.rules import RULES, Diagnostic, RuleSet, Strictness
from vnadmin.rules.edxml import PROFILE, PackageContext, for_packages

__all__ = ["check_package"]

_CONTACT_FIELDS = {
    "address": "address",
    "phone": "telephone",
    "fax": "fax",
    "email": "email",
    "website": "website",
}
_ADDRESSEE = re.compile(r"addressees\[(\d+)\]")
_PACKAGE_PARTS = ("attachments", "document_type", "From/", "PromulgationInfo/", "OtherInfo/")
_MESSAGE_HEADER = "/edXMLHeader/MessageHeader/"


def check_package(
    package: EdxmlPackage, *, rules: RuleSet = RULES, today: datetime.date | None = None
) -> list[Diagnostic]:
    """The diagnostics of the axis checks on ``package``, with paths into the package."""
    receivers = [(index, _organization(organ)) for index, organ in enumerate(package.receivers)]
    named = [(index, organization) for index, organization in receivers if organization is not None]
    view = attrs.evolve(
        package.instrument,
        issuer=_organization(package.sender),
        addressees=[organization for _, organization in named],
        contact=contact_of(package.sender),
    )
    context = PackageContext(
        instrument=view,
        strictness=Strictness.FINAL,
        today=datetime.date.today() if today is None else today,
        profile=PROFILE,
        kinds=KINDS,
        attachments=tuple((a.name, a.content_type) for a in package.attachments),
        unread=tuple(
            (unread.path.partition(_MESSAGE_HEADER)[2], unread.text)
            for unread in package.unread
            if _MESSAGE_HEADER in unread.path and unread.text is not None
        ),
    )
    positions = [index for index, _ in named]
    return [
        attrs.evolve(d, path=_package_path(d.path, positions))
        for r in for_packages(rules)
        for d in r.run(context)
    ]


def _organization(organ: Organ) -> Organization | None:
    """The organisation a ``From``/``To`` record stands for, named by its OrganId if need be."""
    name = organ.name or organ.organ_id
    if name is None:
        return None
    parent = None if organ.in_charge is None else Organization(name=organ.in_charge)
    return Organization(name=name, organ_id=organ.organ_id, parent=parent)


def _package_path(path: str, positions: list[int]) -> str:
    if path.startswith(_PACKAGE_PARTS):
        return path
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
