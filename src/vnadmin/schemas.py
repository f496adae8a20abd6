"""The schemas vnadmin ships, and validation against them.

The files live in ``schemas/`` at the top of the source tree; the wheel carries them as
``vnadmin/_schemas/``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path
from typing import cast

from lxml import etree

from vnadmin._safexml import Limits, Source, element_path, parse
from vnadmin.errors import XMLDecodeError, XMLProblem

__all__ = ["load", "validate_xml", "xml_schema"]

_PLACES = (
    Path(__file__).with_name("_schemas"),  # installed from a wheel
    Path(__file__).resolve().parents[2] / "schemas",  # a source checkout
)


def load(name: str) -> bytes:
    """The bytes of the schema file ``name`` (``vnadmin.xsd``)."""
    for place in _PLACES:
        path = place / name
        if path.is_file():
            return path.read_bytes()
    raise FileNotFoundError(f"vnadmin ships no schema named {name!r}")


@functools.cache
def xml_schema() -> etree.XMLSchema:
    """The XML Schema of vnadmin's XML (``schemas/vnadmin.xsd``), parsed once."""
    return etree.XMLSchema(etree.fromstring(load("vnadmin.xsd")))


def validate_xml(source: Source | etree._Element, *, limits: Limits | None = None) -> None:
    """Validate an instrument or collection against the schema; parsed safely if not a tree.

    :class:`~vnadmin.errors.XMLDecodeError` lists each schema error with line and path.
    """
    root = source if isinstance(source, etree._Element) else parse(source, limits or Limits())
    schema = xml_schema()
    if schema.validate(root):
        return
    tree = root.getroottree()
    problems = []
    for entry in cast("Iterable[etree._LogEntry]", schema.error_log):
        found = tree.xpath(entry.path) if entry.path else []
        element = found[0] if isinstance(found, list) and found else None
        path = element_path(element) if isinstance(element, etree._Element) else entry.path or ""
        problems.append(XMLProblem(entry.line or None, path, entry.message))
    raise XMLDecodeError(problems)
