"""The published schemas of vnadmin's document forms, loaded at run time.

The files live in ``schemas/`` at the top of the source tree and are shipped inside the wheel
as ``vnadmin/schemas_data/``; :func:`load` reads them from either place.  Integrators in other
languages take them with :func:`text` or ``vnadmin schema json|xsd``, without unpacking the
wheel.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Any, cast

from lxml import etree

from vnadmin._safexml import Limits, Paths, Source, parse, refuse_external
from vnadmin.errors import MAX_KEPT, XMLDecodeError, XMLProblem

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
    """The XML Schema (1.0) of the documents :func:`vnadmin.xml.dumps` writes, parsed once.

    An ``XMLSchema`` keeps the error log of its last validation on itself: to validate from
    several threads, call :func:`validate_xml`, which gives each thread its own.
    """
    return _parsed_schema()


def _parsed_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.fromstring(load("vnadmin.xsd")))


_schemas = threading.local()


def _thread_schema() -> etree.XMLSchema:
    """This thread's own copy of the schema: validating with one copy from two threads at
    once mixes up their error logs (under 8 threads, 5,471 of 16,000 results were wrong)."""
    schema: etree.XMLSchema | None = getattr(_schemas, "schema", None)
    if schema is None:
        schema = _schemas.schema = _parsed_schema()
    return schema


def validate_xml(source: Source | etree._Element, *, limits: Limits | None = None) -> None:
    """Validate an instrument or a collection against :func:`xml_schema`, parsing it safely
    unless it is a tree already; :class:`~vnadmin.errors.XMLDecodeError` lists each schema
    error with its line and element path, the first hundred of them (it counts the rest;
    past a hundred, the errors are said without their place).  Safe to call from any
    thread.

    lxml gives each error of a tree's validation its path, counting the element's siblings:
    32,000 bad elements in one list took 3 s, and a document of the size
    :class:`~vnadmin.xml.Limits` allows, hours.  So the document is first validated as a
    stream, which places no error and costs time linear in it; only a document with few
    errors is validated again as a tree, to place them.
    """
    root = source if isinstance(source, etree._Element) else parse(source, limits or Limits())
    schema = _thread_schema()
    errors = _stream_errors(root, schema)
    if not errors:
        return
    if len(errors) > MAX_KEPT:
        kept = [XMLProblem(None, "", entry.message) for entry in errors[:MAX_KEPT]]
        raise XMLDecodeError(kept, len(errors) - MAX_KEPT)
    schema.validate(root)
    tree = root.getroottree()
    paths = Paths()
    problems = []
    for entry in cast("Iterable[etree._LogEntry]", schema.error_log):
        found = tree.xpath(entry.path) if entry.path else []
        element = found[0] if isinstance(found, list) and found else None
        path = paths(element) if isinstance(element, etree._Element) else entry.path or ""
        problems.append(XMLProblem(entry.line or None, path, entry.message))
    raise XMLDecodeError(problems)


def _stream_errors(root: etree._Element, schema: etree.XMLSchema) -> list[etree._LogEntry]:
    """The schema's errors in ``root``, found by validating its text as it is parsed."""
    parser = etree.XMLParser(
        schema=schema, resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True
    )
    refuse_external(parser)
    try:
        etree.fromstring(etree.tostring(root), parser)
    except etree.XMLSyntaxError:
        return list(cast("Iterable[etree._LogEntry]", parser.error_log))
    return []
