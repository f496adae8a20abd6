"""The shipped schemas, as an integrator in another language takes them: printed by
``vnadmin schema json|xsd`` (a subprocess, as a shell runs it) or :func:`vnadmin.schemas.text`."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from cli_support import vnadmin_run
from vnadmin import schemas
from vnadmin import xml as vxml
from vnadmin.samples import SEED_000


@pytest.mark.parametrize("form", ["json", "xsd"])
def test_the_command_prints_the_shipped_schema_byte_for_byte(form: str) -> None:
    result = vnadmin_run("schema", form)
    assert result.returncode == 0, result.stderr
    assert result.stdout == schemas.load(schemas.FILES[form])
    assert result.stdout.decode("utf-8") == schemas.text(form)


def test_what_is_printed_is_the_schema_the_codecs_use() -> None:
    printed = json.loads(vnadmin_run("schema", "json").stdout)
    assert printed == schemas.json_schema()
    assert printed["$id"] == "urn:vnadmin:schema:json:1.0"
    xsd = etree.XMLSchema(etree.fromstring(vnadmin_run("schema", "xsd").stdout))
    assert xsd.validate(etree.fromstring(vxml.dumps(SEED_000)))


def test_an_unknown_form_is_refused() -> None:
    result = vnadmin_run("schema", "yaml")
    assert result.returncode == 2
    assert b"invalid choice: 'yaml'" in result.stderr
    with pytest.raises(ValueError, match="one of json, xsd"):
        schemas.text("yaml")
