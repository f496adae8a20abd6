"""Loss accounting: which instrument fields an edXML header does not carry.

edXML has no element for the body (task list, citations, paragraphs), the archive line,
secrecy, circulation, the incoming stamp, a second signature block, abbreviations or the
lines as the document prints them (``Instrument.printed``).
:func:`vnadmin.edxml.dumps_with_report` names exactly the fields a reader will not get back
(``embed=True`` carries them in vnadmin's own XML of the instrument), and the reader's
``EdxmlPackage.lost`` names what a package could not supply.
"""

from __future__ import annotations

from vnadmin._walk import differences

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
    "printed",  # the lines as printed: the header carries values, not their print
)
"""Field paths (``fnmatch`` patterns) no edXML header carries: what a reader reports as
lost when vnadmin's copy of the instrument is not attached.  A second signature block has
no place either, but a header cannot tell that there was one: the reader names
``signatures`` only when the ``SignerInfo`` it has did not read."""


def changed_fields(before: object, after: object, path: str = "") -> tuple[str, ...]:
    """The field paths where ``after`` differs from ``before`` (under ``path``), as finely as
    they align: the one measure of loss every format shares (``vnadmin._walk.differences``).
    """
    found = differences(before, after)
    if not path:
        return found
    return tuple(f"{path}{'.' if step and step[0] != '[' else ''}{step}" for step in found)
