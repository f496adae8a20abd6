"""The signature block: stacked authority marks, the signer's title and name."""

from __future__ import annotations

import enum

import attrs

from vnadmin.errors import quoted
from vnadmin.model._construct import checked
from vnadmin.model._fields import TupleOf, fail, is_text, items, to_optional_text, to_text

__all__ = ["Authority", "SignatureBlock", "SigningMark"]


class SigningMark(enum.Enum):
    """Authority marks (NĐ 30 Article 13; HD 36 writes them with slashes: T/M, K/T, T/L)."""

    TM = "TM"  # thay mặt: on behalf of a collective body
    KT = "KT"  # ký thay: a deputy signs for the head
    TL = "TL"  # thừa lệnh: by order
    TUQ = "TUQ"  # thừa ủy quyền: by written authorisation
    Q = "Q"  # quyền: acting head


@checked
@attrs.frozen(kw_only=True)
class Authority:
    """One line of the stack: a mark and what it applies to (``KT.`` + ``GIÁM ĐỐC``)."""

    mark: SigningMark = attrs.field()
    applies_to: str = attrs.field(converter=to_text, validator=is_text())

    @mark.validator
    def _check_mark(self, attribute: attrs.Attribute[SigningMark], value: object) -> None:
        if not isinstance(value, SigningMark):
            known = ", ".join(m.value for m in SigningMark)
            fail(self, attribute, f"{quoted(value)} is not a signing mark (one of {known})")


@checked
@attrs.frozen(kw_only=True)
class SignatureBlock:
    """Who signs: the authority stack (outermost first), the signer's title and name.

    Seed 000 signs with a title and no mark, seed 003 with a bare name; both are blocks.
    """

    authorities: tuple[Authority, ...] = attrs.field(
        default=(), converter=TupleOf[Authority], validator=items(Authority)
    )
    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    name: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if not self.authorities and self.title is None and self.name is None:
            fail(self, attrs.fields(SignatureBlock).name, "a signature block names someone")
