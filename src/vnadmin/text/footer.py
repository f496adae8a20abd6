"""Where the body ends and what follows it: signature blocks, distribution, archive line,
contact details and appendix headings.

The body ends after the ``./.`` closing mark, or at the ``Nơi nhận`` heading, moved back
over any signature lines printed above it.  Footer lines are read one cell at a time,
since a flattened two-column footer puts the distribution list and the signature on the
same lines.
"""

from __future__ import annotations

import re

import attrs

from vnadmin.model import Appendix, ArchiveLine, Contact, DrafterMark, Recipient, SignatureBlock
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.distribution import NOI_NHAN, read_archive, read_recipient
from vnadmin.text.lines import Line, cells, squash, starts_lower
from vnadmin.text.recipients import BULLET
from vnadmin.text.signature import is_signature_line, read_signatures

__all__ = ["Footer", "footer_start", "read_footer"]

_APPENDIX = re.compile(
    r"(?:PHỤ[ \t]+LỤC|Phụ[ \t]+lục)(?:[ \t]+[IVXLC\d]{1,6}|[ \t]*$)[^a-zà-ỹ]{0,20}$"
)
_ATTACHED_TO = re.compile(r"\(?[ \t]*(?:Kèm|kèm|KÈM)[ \t]+theo")
_CONTACT = re.compile(
    r"(?P<key>Địa[ \t]+chỉ|Điện[ \t]+thoại|ĐT|Đt|Fax|FAX|E-?mail|Email|EMAIL|Website|Web)"
    r"[ \t]*:[ \t]*(?P<value>.+)"
)
_CONTACT_FIELDS = {
    "địa chỉ": "address",
    "điện thoại": "phone",
    "đt": "phone",
    "fax": "fax",
    "email": "email",
    "e-mail": "email",
    "website": "website",
    "web": "website",
}


@attrs.define
class Footer:
    signatures: list[SignatureBlock] = attrs.field(factory=list)
    distribution: list[Recipient] = attrs.field(factory=list)
    archive: ArchiveLine | None = None
    drafter: DrafterMark | None = None
    contact: Contact | None = None
    appendices: list[Appendix] = attrs.field(factory=list)


def footer_start(lines: list[Line], start: int) -> int:
    """Index of the first footer line in ``lines[start:]`` (``len(lines)`` if none)."""
    noi = next((i for i in range(start, len(lines)) if NOI_NHAN.match(lines[i].text)), None)
    close = next(
        (
            i
            for i in range(start, noi if noi is not None else len(lines))
            if lines[i].text.rstrip().endswith("/.")
        ),
        None,
    )
    candidate = close + 1 if close is not None else (noi if noi is not None else len(lines))
    index = candidate - 1
    signature_lines = 0
    while index >= start and (not lines[index].text or is_signature_line(lines[index].text)):
        signature_lines += bool(lines[index].text)
        index -= 1
    return index + 1 if signature_lines else candidate


def read_footer(lines: list[Line], start: int, diagnostics: Diagnostics) -> Footer:
    """Read ``lines[start:]`` as the footer."""
    footer = Footer()
    signature_cells: list[tuple[int, str]] = []
    contact: dict[str, str] = {}
    in_list = False
    appendix_from: int | None = None
    last_recipient = False
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.text:
            continue
        flat = squash(line.text)
        if _APPENDIX.match(flat) and (footer.signatures or signature_cells or footer.distribution):
            appendix_from = index
            break
        for cell in cells(line.text) or [flat]:
            heading = NOI_NHAN.match(cell)
            if heading is not None:
                in_list = True
                cell = heading["rest"].strip()
                if not cell:
                    continue
            archive = read_archive(cell)
            if archive is not None:
                if footer.archive is None:
                    footer.archive, drafter = archive
                    footer.drafter = footer.drafter or drafter
                last_recipient = False
                continue
            listed = in_list and cell.rstrip().endswith((";", ",")) and not is_signature_line(cell)
            if BULLET.match(cell) or listed:
                recipient = read_recipient(cell)
                if recipient is not None:
                    footer.distribution.append(recipient)
                    last_recipient = True
                continue
            if last_recipient and starts_lower(cell) and footer.distribution:
                previous = footer.distribution[-1]
                joined = read_recipient(f"{previous.name} {cell}")
                if joined is not None:
                    footer.distribution[-1] = joined
                continue
            last_recipient = False
            contact_match = _CONTACT.fullmatch(cell)
            if contact_match is not None:
                key = _CONTACT_FIELDS.get(contact_match["key"].casefold())
                if key is not None:
                    contact.setdefault(key, contact_match["value"].strip())
                    continue
            signature_cells.append((line.number, cell))
    blocks, skipped = read_signatures([cell for _, cell in signature_cells])
    footer.signatures = blocks
    where = {squash(cell): number for number, cell in reversed(signature_cells)}
    for text in skipped:
        diagnostics.info(
            where.get(text, 0), "line-skipped", f"footer text {text[:60]!r} was not read"
        )
    if contact:
        footer.contact = Contact(**contact)
    if appendix_from is not None:
        footer.appendices = _appendices(lines, appendix_from, diagnostics)
    return footer


def _appendices(lines: list[Line], start: int, diagnostics: Diagnostics) -> list[Appendix]:
    found: list[Appendix] = []
    content = 0
    index = start
    while index < len(lines):
        text = squash(lines[index].text)
        if text and _APPENDIX.match(text):
            title = None
            following = index + 1
            while following < len(lines) and not lines[following].text:
                following += 1
            if following < len(lines):
                candidate = squash(lines[following].text)
                if (
                    candidate
                    and not _ATTACHED_TO.match(candidate)
                    and not _APPENDIX.match(candidate)
                    and len(candidate) <= 300
                ):
                    title = candidate
                    index = following
            found.append(Appendix(label=text, title=title))
        elif text and not _ATTACHED_TO.match(text):
            content += 1
        index += 1
    if content:
        diagnostics.info(
            lines[start].number,
            "appendix-skipped",
            f"{content} line(s) of appendix content were not read",
        )
    return found
