"""Who issues, receives and handles a document: organisations, recipients, archive line."""

from __future__ import annotations

import re

import attrs

from vnadmin.errors import quoted
from vnadmin.model._construct import checked
from vnadmin.model._fields import (
    fail,
    in_range,
    inline,
    is_text,
    items,
    to_optional_text,
    to_text,
    to_texts,
)

__all__ = ["ArchiveLine", "Contact", "DrafterMark", "Organization", "Recipient"]

ORGAN_ID = re.compile(r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+){0,3}")
"""edXML OrganId shape, e.g. ``000.00.00.H41`` (at most four dot-separated groups)."""


@inline("{v} is None")  # a parent is an Organization: a call tells (it is defined below)
def _is_parent(
    instance: object, attribute: attrs.Attribute[Organization | None], value: object
) -> None:
    if value is not None and not isinstance(value, Organization):
        fail(instance, attribute, f"expected Organization, got {quoted(value)}")


@inline(
    "({v} is None or {v}.__class__ is str and {p}organ_id({v}) is not None)",
    organ_id=ORGAN_ID.fullmatch,
)
def _is_organ_id(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not (isinstance(value, str) and ORGAN_ID.fullmatch(value)):
        fail(instance, attribute, f"{quoted(value)} is not an edXML OrganId (000.00.00.H41)")


@checked
@attrs.frozen(kw_only=True)
class Organization:
    """A body named in a document: issuer (with its parent, cơ quan chủ quản) or addressee.

    ``name`` is kept as printed (issuer lines are upper case by rule).  ``organ_id`` is the
    edXML identifier (mã định danh) when known.
    """

    name: str = attrs.field(converter=to_text, validator=is_text())
    abbreviation: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    parent: Organization | None = attrs.field(default=None, validator=_is_parent)
    organ_id: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=_is_organ_id
    )


@checked
@attrs.frozen(kw_only=True)
class Recipient:
    """One entry of the distribution list (Nơi nhận), with its purpose: ``(để báo cáo)``."""

    name: str = attrs.field(converter=to_text, validator=is_text())
    purpose: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )


@checked
@attrs.frozen(kw_only=True)
class ArchiveLine:
    """The archive line closing the distribution list: ``Lưu: VT, XDCQ&CTTN, 02b``."""

    units: tuple[str, ...] = attrs.field(converter=to_texts, validator=items(str, each=is_text()))
    copies: int | None = attrs.field(
        default=None, validator=in_range(1, 10_000, optional=True, what="a number of copies")
    )

    @units.validator
    def _check_units(self, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
        if not value:
            fail(self, attribute, "an archive line names at least one unit (VT)")


@checked
@attrs.frozen(kw_only=True)
class DrafterMark:
    """Initials of the drafter or typist and the number of copies issued (``PL.(300)``)."""

    initials: str = attrs.field(converter=to_text, validator=is_text())
    copies: int | None = attrs.field(
        default=None, validator=in_range(1, 1_000_000, optional=True, what="a number of copies")
    )


@checked
@attrs.frozen(kw_only=True)
class Contact:
    """Contact details printed at the foot of a document; at least one is given."""

    address: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    phone: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    fax: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    email: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    website: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.address is self.phone is self.fax is self.email is self.website is None:
            fail(self, attrs.fields(Contact).address, "contact details need at least one field")
