"""The published schemas of vnadmin's document forms, loaded at run time.

The files live in ``schemas/`` at the top of the source tree and are shipped inside the wheel
as ``vnadmin/schemas_data/``; :func:`load` reads them from either place.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["json_schema", "load"]


def load(name: str) -> bytes:
    """The schema file ``name`` (``vnadmin.schema.json``) as bytes, installed or in a checkout."""
    installed = resources.files("vnadmin") / "schemas_data" / name
    if installed.is_file():
        return installed.read_bytes()
    checkout = Path(__file__).resolve().parents[2] / "schemas" / name
    if checkout.is_file():
        return checkout.read_bytes()
    raise FileNotFoundError(f"no schema {name!r} in this installation of vnadmin")


def json_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of the documents :func:`vnadmin.json.dumps` writes (a new dict
    on each call)."""
    schema: dict[str, Any] = json.loads(load("vnadmin.schema.json"))
    return schema
