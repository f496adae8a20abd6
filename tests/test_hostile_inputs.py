"""Every reader takes every kind of input it names, and reads text as text (issue 14).

Without orjson, ``json.loads(bytearray)`` raised ``AttributeError``; ``xml.iter_load(str)``
applied the text's declared encoding to text already decoded (``latin-1``: refused as an
unsupported encoding; a declared single-byte encoding would garble the Vietnamese).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from vnadmin import json as vjson
from vnadmin import xml
from vnadmin.samples import SEEDS

SEED = SEEDS["003"]
JSON = vjson.dumps(SEED).encode()


@pytest.mark.parametrize("reader", ["orjson", "stdlib"])
@pytest.mark.parametrize("kind", [bytes, bytearray, memoryview, lambda data: data.decode()])
def test_json_reads_every_kind_of_document(
    reader: str, kind: Callable[[bytes], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    if reader == "stdlib":
        monkeypatch.setattr(vjson, "_loads", vjson._stdlib_loads)
    assert vjson.loads(kind(JSON)) == SEED


def test_json_wants_a_document() -> None:
    with pytest.raises(TypeError, match="document: expected a str or bytes"):
        vjson.loads(5)  # type: ignore[arg-type]


DECLARED = (
    "<?xml version='1.0' encoding='{}'?>"
    "<instruments xmlns='urn:vnadmin:xml:1.0'><instrument regime='state'>"
    "<place>Tuyên Quang</place><body/></instrument></instruments>"
)


@pytest.mark.parametrize("encoding", ["latin-1", "ISO-8859-1", "windows-1258", "UTF-16"])
def test_text_is_read_as_text_whatever_it_declares(encoding: str) -> None:
    text = DECLARED.format(encoding)
    assert [member.place for member in xml.iter_load(text)] == ["Tuyên Quang"]
    single = text.replace("<instruments xmlns='urn:vnadmin:xml:1.0'>", "").replace(
        "<instrument regime", "<instrument xmlns='urn:vnadmin:xml:1.0' regime"
    )
    assert xml.loads(single.replace("</instruments>", "")).place == "Tuyên Quang"
