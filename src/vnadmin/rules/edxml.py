"""edXML rules (QCVN 102:2016/BTTTT): what the national axis's gateways reject in a package.

They run only when asked, ``check(instrument, profile="edxml")``: an instrument that is never
exchanged need not fit edXML's field lengths.  The lengths are the nominal ones the public
validators apply; the checks a gateway applies before accepting a package (Bkav's
``Checker``: a CodeNumber, a readable PromulgationDate, ``Type`` 1 or 2, From and To, each
attachment's type matching its name) are here too.  :func:`vnadmin.edxml.check_package`
runs them on a package through a :class:`PackageContext`, which adds what only the package
holds; on an instrument alone those rules say nothing.  A date of issue in the future is
VN-DATE-001, which always runs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import attrs

from vnadmin._media import media_type
from vnadmin.grammar import format_recipient, format_symbol
from vnadmin.model import Organization
from vnadmin.rules.registry import CheckFunction, Context, Finding, Rule, RuleSet, Severity, rule

__all__ = ["PACKAGE_ONLY", "PROFILE", "RULES", "PackageContext", "for_packages"]

PROFILE = "edxml"
"""The profile that switches these rules on."""

_FUTURE_DATE = "VN-DATE-001"


@attrs.frozen(kw_only=True)
class PackageContext(Context):
    """A package as a gateway sees it: ``instrument`` is the instrument its header presents
    (``From`` as the issuer, the ``To`` records as the addressees), and the rest is what only
    the package holds: its attachments as (name, content type) pairs, and the header values
    the reader could not interpret as (path below ``MessageHeader``, text) pairs."""

    attachments: tuple[tuple[str, str], ...] = ()
    unread: tuple[tuple[str, str], ...] = ()

    def unread_at(self, path: str) -> str | None:
        return next((text for where, text in self.unread if where == path), None)


def for_packages(rules: RuleSet) -> RuleSet:
    """The rules :func:`vnadmin.edxml.check_package` runs: this profile's, and the date of
    issue in the future."""
    return RuleSet(r for r in rules if r.profile == PROFILE or r.code == _FUTURE_DATE)


def _edxml(
    code: str, severity: Severity, *, element: str, summary: str
) -> Callable[[CheckFunction], Rule]:
    return rule(
        code,
        severity,
        source=f"QCVN 102:2016/BTTTT validators ({element})",
        summary=f"edXML: {summary}",
        profile=PROFILE,
    )


def _longer(path: str, value: str | None, limit: int, element: str) -> Iterator[Finding]:
    if value is not None and len(value) > limit:
        yield Finding(path, f"edXML {element} holds at most {limit} characters, not {len(value)}")


def _organizations(context: Context) -> Iterator[tuple[str, Organization]]:
    """The issuer (edXML ``From``) and the addressees (``To``), with their paths."""
    instrument = context.instrument
    if instrument.issuer is not None:
        yield "issuer", instrument.issuer
    for index, addressee in enumerate(instrument.addressees):
        yield f"addressees[{index}]", addressee


@_edxml("VN-EDXML-001", Severity.ERROR, element="Subject", summary="the subject is ≤ 500 chars")
def subject_length(context: Context) -> Iterator[Finding]:
    yield from _longer("subject", context.instrument.subject, 500, "Subject")


@_edxml(
    "VN-EDXML-002",
    Severity.ERROR,
    element="PromulgationInfo/Place",
    summary="the place of issue is ≤ 50 chars",
)
def place_length(context: Context) -> Iterator[Finding]:
    yield from _longer("place", context.instrument.place, 50, "Place")


@_edxml(
    "VN-EDXML-003",
    Severity.ERROR,
    element="From/OrganName, To/OrganName",
    summary="issuer and addressee names are ≤ 200 chars",
)
def organization_name_length(context: Context) -> Iterator[Finding]:
    for path, organization in _organizations(context):
        yield from _longer(f"{path}.name", organization.name, 200, "OrganName")


@_edxml(
    "VN-EDXML-004",
    Severity.ERROR,
    element="Code/CodeNumber",
    summary="the number is ≤ 11 digits",
)
def number_length(context: Context) -> Iterator[Finding]:
    number = context.instrument.number
    if number is not None:
        yield from _longer("number.number", number.number, 11, "CodeNumber")


@_edxml(
    "VN-EDXML-005",
    Severity.ERROR,
    element="Code/CodeNotation",
    summary="the symbol is ≤ 30 chars",
)
def symbol_length(context: Context) -> Iterator[Finding]:
    number = context.instrument.number
    if number is not None:
        yield from _longer("number", format_symbol(number), 30, "CodeNotation")


@_edxml(
    "VN-EDXML-006",
    Severity.ERROR,
    element="ToPlaces/Place",
    summary="each distribution entry is ≤ 150 chars",
)
def to_place_length(context: Context) -> Iterator[Finding]:
    for index, recipient in enumerate(context.instrument.distribution):
        yield from _longer(
            f"distribution[{index}]", format_recipient(recipient), 150, "ToPlaces/Place"
        )


@_edxml(
    "VN-EDXML-007",
    Severity.ERROR,
    element="From/OrganAdd, Email, Telephone, Fax",
    summary="contact address ≤ 250, email ≤ 100, phone and fax ≤ 20 chars",
)
def contact_length(context: Context) -> Iterator[Finding]:
    contact = context.instrument.contact
    if contact is None:
        return
    yield from _longer("contact.address", contact.address, 250, "OrganAdd")
    yield from _longer("contact.email", contact.email, 100, "Email")
    yield from _longer("contact.phone", contact.phone, 20, "Telephone")
    yield from _longer("contact.fax", contact.fax, 20, "Fax")


@_edxml(
    "VN-EDXML-008",
    Severity.ERROR,
    element="From/Email",
    summary="the contact email is an address (name@domain.tld)",
)
def email_form(context: Context) -> Iterator[Finding]:
    contact = context.instrument.contact
    email = None if contact is None else contact.email
    if email is None:
        return
    local, at, domain = email.partition("@")
    if not (local and at and "." in domain.strip(".") and "@" not in domain) or any(
        ch.isspace() for ch in email
    ):
        yield Finding("contact.email", f"edXML Email {email!r} is not an email address")


@_edxml(
    "VN-EDXML-009",
    Severity.WARNING,
    element="OrganId",
    summary="an OrganId has four groups (000.00.00.H41)",
)
def organ_id_form(context: Context) -> Iterator[Finding]:
    for path, organization in _organizations(context):
        organ_id = organization.organ_id
        if organ_id is not None and organ_id.count(".") != 3:
            yield Finding(
                f"{path}.organ_id",
                f"edXML OrganId {organ_id!r} usually has four groups, as 000.00.00.H41",
            )


@_edxml(
    "VN-EDXML-010",
    Severity.ERROR,
    element="From/OrganId",
    summary="the issuer has an OrganId",
)
def issuer_organ_id(context: Context) -> Iterator[Finding]:
    issuer = context.instrument.issuer
    if issuer is None or issuer.organ_id is None:
        yield Finding("issuer.organ_id", "edXML From needs the issuer's OrganId (mã định danh)")


@_edxml(
    "VN-EDXML-011",
    Severity.ERROR,
    element="To",
    summary="at least one addressee has an OrganId (one To)",
)
def some_addressee(context: Context) -> Iterator[Finding]:
    if all(a.organ_id is None for a in context.instrument.addressees):
        yield Finding("addressees", "edXML needs at least one To: an addressee with an OrganId")


@_edxml(
    "VN-EDXML-012",
    Severity.ERROR,
    element="To/OrganId",
    summary="no two addressees share an OrganId",
)
def duplicate_addressee(context: Context) -> Iterator[Finding]:
    seen: Counter[str] = Counter()
    for index, addressee in enumerate(context.instrument.addressees):
        if addressee.organ_id is None:
            continue
        seen[addressee.organ_id] += 1
        if seen[addressee.organ_id] == 2:
            yield Finding(
                f"addressees[{index}].organ_id",
                f"edXML To/OrganId {addressee.organ_id!r} is given twice",
            )


@_edxml(
    "VN-EDXML-013",
    Severity.ERROR,
    element="Code, Subject, PromulgationDate",
    summary="number, symbol, subject and a full date of issue are present",
)
def required(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    sent = context.unread_at if isinstance(context, PackageContext) else (lambda path: None)
    if instrument.number is None and sent("Code/CodeNotation") is None:
        yield Finding("number", "edXML Code needs the number and symbol (CodeNumber, CodeNotation)")
    elif (
        instrument.number is not None
        and instrument.number.number is None
        and sent("Code/CodeNumber") is None  # a producer's own CodeNumber travels as sent
    ):
        yield Finding("number.number", "edXML CodeNumber is required; the number is blank")
    if instrument.subject is None:
        yield Finding("subject", "edXML Subject is required")
    if instrument.date is None or not instrument.date.is_complete:
        yield Finding("date", "edXML PromulgationDate needs a full date (day, month, year)")


@_edxml(
    "VN-EDXML-014",
    Severity.ERROR,
    element="DocumentType/Type",
    summary="Type is 1 (administrative) or 2 (legal normative)",
)
def document_type(context: Context) -> Iterator[Finding]:
    if isinstance(context, PackageContext):
        found = context.unread_at("DocumentType/Type")
        if found is not None:
            yield Finding(
                "document_type",
                f"edXML Type {found!r} as received: the axis accepts 1 (administrative) or 2 "
                "(legal normative); vnadmin writes one of them, the kind in TypeName",
            )


@_edxml(
    "VN-EDXML-015",
    Severity.ERROR,
    element="Attachment/ContentType",
    summary="an attachment's ContentType is the type of its name",
)
def attachment_type(context: Context) -> Iterator[Finding]:
    if not isinstance(context, PackageContext):
        return
    for index, (name, content_type) in enumerate(context.attachments):
        expected = media_type(name) or "application/octet-stream"
        if content_type.lower() != expected:
            yield Finding(
                f"attachments[{index}].content_type",
                f"edXML ContentType {content_type!r} of {name!r}: a gateway expects {expected!r}",
            )


_GATEWAY_VALUES = {
    "PromulgationInfo/PromulgationDate": "a date, written yyyy/MM/dd",
    "OtherInfo/Priority": "0, 1, 2, 3 or 4",
    "OtherInfo/PromulgationAmount": "a whole number, at least 0",
    "OtherInfo/PageAmount": "a whole number, at least 0",
    "From/OrganId": "an OrganId",
}


@_edxml(
    "VN-EDXML-016",
    Severity.ERROR,
    element="PromulgationDate, Priority, PromulgationAmount, PageAmount, From/OrganId",
    summary="the values a gateway parses read",
)
def gateway_values(context: Context) -> Iterator[Finding]:
    if not isinstance(context, PackageContext):
        return
    for path, text in context.unread:
        expected = _GATEWAY_VALUES.get(path)
        if expected is not None:
            yield Finding(path, f"edXML {path} {text!r} as received: a gateway expects {expected}")


PACKAGE_ONLY = frozenset({"VN-EDXML-014", "VN-EDXML-015", "VN-EDXML-016"})
"""The rules that read what only a package holds: silent on an instrument alone."""

RULES: tuple[Rule, ...] = (
    subject_length,
    place_length,
    organization_name_length,
    number_length,
    symbol_length,
    to_place_length,
    contact_length,
    email_form,
    organ_id_form,
    issuer_organ_id,
    some_addressee,
    duplicate_addressee,
    required,
    document_type,
    attachment_type,
    gateway_values,
)
