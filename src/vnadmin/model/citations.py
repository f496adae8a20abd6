"""Citations of other instruments, by number (``Chỉ thị số 33/CT-TTg``) or by name (``Luật``)."""

from __future__ import annotations

import attrs

from vnadmin.model._construct import checked
from vnadmin.model._fields import fail, is_a, is_text, to_optional_text
from vnadmin.model.dates import PartialDate
from vnadmin.model.kinds import DocumentKind
from vnadmin.model.numbering import DocumentNumber

__all__ = ["Citation"]


@checked
@attrs.frozen(kw_only=True)
class Citation:
    """A reference to another instrument.

    What identifies it is a ``number``, or a ``kind`` with a ``title`` for instruments cited
    by name (``Luật`` + ``Tiếp cận thông tin``) or with a ``subject`` (``Nghị quyết của Ủy ban
    Thường vụ Quốc hội về sắp xếp ...``); everything else is optional.  ``kind`` is
    ``None`` for the generic ``Văn bản số ...``.  ``term`` is a Party term (``khóa XI``).
    """

    kind: DocumentKind | None = attrs.field(
        default=None, validator=is_a(DocumentKind, optional=True)
    )
    number: DocumentNumber | None = attrs.field(
        default=None, validator=is_a(DocumentNumber, optional=True)
    )
    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    date: PartialDate | None = attrs.field(default=None, validator=is_a(PartialDate, optional=True))
    issuer: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    term: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    subject: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.number is None and (self.kind is None or (self.title or self.subject) is None):
            fail(
                self,
                attrs.fields(Citation).number,
                "a citation is identified by a number, or by a kind with a title or a subject",
            )
