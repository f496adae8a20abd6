"""vnadmin's copy of the instrument inside a Word document it wrote, and when to trust it.

The pages of a document print less than the model holds (a task's deadline is part of
its sentence, an edXML organ id is printed nowhere), so the writer attaches the whole
instrument as vnadmin XML in a custom XML part (``customXml/item1.xml``, the place Word
keeps data that travels with a document), with a digest of the text the pages show.

A document is often edited after it is written.  The reader trusts the copy only while the
text is the text it was written with: the digest of the pages' text then matches.  When
the text has changed, the copy is stale, and the reader reads the pages and says so.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from lxml import etree

from vnadmin._safexml import parse
from vnadmin.docx._python_docx import python_docx
from vnadmin.docx.walk import read_blocks
from vnadmin.errors import XMLDecodeError
from vnadmin.limits import Limits
from vnadmin.model import Instrument, KindRegistry
from vnadmin.pages.blocks import Block, Para
from vnadmin.xml import from_element, to_element

__all__ = ["COPY_NAMESPACE", "Copy", "attach_copy", "find_copy", "text_digest"]

COPY_NAMESPACE = "urn:vnadmin:docx:1.0"
_COPY = f"{{{COPY_NAMESPACE}}}copy"
_DIGEST = "text-sha256"
_PART = "/customXml/item%d.xml"


def text_digest(blocks: list[Block]) -> str:
    """The SHA-256 of the text the pages show, paragraph by paragraph in reading order."""
    digest = hashlib.sha256()
    for text in _texts(blocks):
        digest.update(text.encode("utf-8", "surrogatepass"))
        digest.update(b"\n")
    return digest.hexdigest()


def _texts(blocks: list[Block]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Para):
            yield block.text
        else:
            for row in block.rows:
                for cell in row:
                    yield from _texts(list(cell.blocks))


def attach_copy(document: Any, instrument: Instrument, kinds: KindRegistry) -> None:
    """Attach ``instrument`` to the python-docx ``document``, with the digest of its text."""
    docx = python_docx()
    root = etree.Element(_COPY, nsmap={None: COPY_NAMESPACE})  # type: ignore[dict-item]
    root.set(_DIGEST, text_digest(read_blocks(document)))
    root.append(to_element(instrument, kinds=kinds))
    blob = etree.tostring(root, encoding="UTF-8", xml_declaration=True)
    part = docx.opc.part.Part(
        document.part.package.next_partname(_PART), "application/xml", blob, document.part.package
    )
    document.part.relate_to(part, docx.opc.constants.RELATIONSHIP_TYPE.CUSTOM_XML)


class Copy:
    """The copy found in a document: the instrument, and whether the document's text is
    still the text it was written with."""

    def __init__(self, instrument: Instrument, current: bool) -> None:
        self.instrument = instrument
        self.current = current


def find_copy(
    document: Any, blocks: list[Block], kinds: KindRegistry, limits: Limits
) -> Copy | None:
    """vnadmin's copy in the python-docx ``document`` whose text is ``blocks``; ``None``
    when it has none.  A copy that does not read is no copy
    (:class:`~vnadmin.errors.XMLDecodeError` is not raised: the pages are read instead)."""
    docx = python_docx()
    custom = docx.opc.constants.RELATIONSHIP_TYPE.CUSTOM_XML
    for relationship in document.part.rels.values():
        if relationship.reltype != custom or relationship.is_external:
            continue
        try:
            root = parse(relationship.target_part.blob, limits)
        except XMLDecodeError:
            continue
        if root.tag != _COPY or len(root) != 1:
            continue
        try:
            instrument = from_element(root[0], kinds=kinds, limits=limits)
        except (XMLDecodeError, ValueError):
            continue
        return Copy(instrument, root.get(_DIGEST) == text_digest(blocks))
    return None
