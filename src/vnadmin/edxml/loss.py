"""Loss accounting: which instrument fields an edXML header does not carry.

edXML has no element for the body (task list, citations, paragraphs), the archive line,
secrecy, circulation, the incoming stamp, a second signature block or abbreviations.
:func:`vnadmin.edxml.dumps_with_report` names exactly the fields a reader will not get back
(``embed=True`` carries them in vnadmin's own XML of the instrument), and the reader's
``EdxmlPackage.lost`` names what a package could not supply.
"""

from __future__ import annotations

import attrs

from vnadmin.model import DocumentKind, PartialDate

__all__ = ["NOT_CARRIED", "changed_fields"]

NOT_CARRIED: tuple[str, ...] = (
    "regime",  # not on the wire: inferred from the number style and the kind
    "issuer.abbreviation",
    "issuer.parent.abbreviation",
    "issuer.parent.organ_id",
    "issuer.parent.parent",
    "addressees*",  # only addressees with an OrganId travel (To), by name, id and parent name
    "body*",
    "archive",
    "secrecy",
    "circulation",
    "incoming",
    "reported",
)
"""Field paths (``fnmatch`` patterns) no edXML header carries: what a reader reports as
lost when vnadmin's copy of the instrument is not attached.  A second signature block has
no place either, but a header cannot tell that there was one: the reader names
``signatures`` only when the ``SignerInfo`` it has did not read."""

_LEAVES = (DocumentKind, PartialDate)


def changed_fields(before: object, after: object, path: str = "") -> tuple[str, ...]:
    """The field paths where ``after`` differs from ``before``, as finely as they align.

    Equal values give nothing; attrs instances of one class are compared field by field,
    tuples of one length item by item (``signatures[0].title``); anything else that
    differs is named whole (``body.tasks`` when the task lists differ in length).
    """
    if before == after:
        return ()
    kind = type(before)
    if attrs.has(kind) and kind is type(after) and not isinstance(before, _LEAVES):
        return tuple(
            found
            for field in attrs.fields(kind)
            for found in changed_fields(
                getattr(before, field.name),
                getattr(after, field.name),
                f"{path}.{field.name}" if path else field.name,
            )
        )
    if (
        isinstance(before, tuple)
        and isinstance(after, tuple)
        and len(before) == len(after)
        and path
    ):
        return tuple(
            found
            for index, (old, new) in enumerate(zip(before, after, strict=True))
            for found in changed_fields(old, new, f"{path}[{index}]")
        )
    return (path,)
