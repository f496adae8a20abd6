"""The published schemas of vnadmin's document forms, loaded at run time.

The files live in ``schemas/`` at the top of the source tree and are shipped inside the wheel
as ``vnadmin/schemas_data/``; :func:`load` reads them from either place.  Integrators in other
languages take them with :func:`text` or ``vnadmin schema json|xsd``, without unpacking the
wheel.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, cast

from lxml import etree

from vnadmin._safexml import Limits, Source, element_path, parse
from vnadmin.errors import XMLDecodeError, XMLProblem

__all__ = ["FILES", "json_schema", "load", "text", "validate_xml", "xml_schema"]

FILES = {"json": "vnadmin.schema.json", "xsd": "vnadmin.xsd"}
"""The shipped schema of each form: the JSON Schema of :mod:`vnadmin.json`, the XML Schema of
:mod:`vnadmin.xml`."""


def load(name: str) -> bytes:
    """The schema file ``name`` (``vnadmin.schema.json``) as bytes, installed or in a checkout."""
    installed = resources.files("vnadmin") / "schemas_data" / name
    if installed.is_file():
        return installed.read_bytes()
    checkout = Path(__file__).resolve().parents[2] / "schemas" / name
    if checkout.is_file():
        return checkout.read_bytes()
    raise FileNotFoundError(f"no schema {name!r} in this installation of vnadmin")


def text(form: str) -> str:
    """The shipped schema of ``form`` (``"json"`` or ``"xsd"``, see :data:`FILES`) as text,
    exactly as shipped (UTF-8)."""
    if form not in FILES:
        raise ValueError(f"no schema of {form!r}: one of {', '.join(FILES)}")
    return load(FILES[form]).decode("utf-8")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the documents :func:`vnadmin.json.dumps` writes (a new dict
    on each call)."""
    schema: dict[str, Any] = json.loads(load("vnadmin.schema.json"))
    return schema


@functools.cache
def xml_schema() -> etree.XMLSchema:
    """The XML Schema (1.0) of the documents :func:`vnadmin.xml.dumps` writes, parsed once."""
    return etree.XMLSchema(etree.fromstring(load("vnadmin.xsd")))


def validate_xml(source: Source | etree._Element, *, limits: Limits | None = None) -> None:
    """Validate an instrument or a collection against :func:`xml_schema`, parsing it safely
    unless it is a tree already; :class:`~vnadmin.errors.XMLDecodeError` lists each schema
    error with its line and element path."""
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
