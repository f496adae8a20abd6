"""One depth limit for every reader and writer: vnadmin.limits.MAX_NESTING (issue 14).

``json.loads`` used to accept task trees 126 to 328 deep that ``json.dumps`` then refused
with orjson's bare ``TypeError: Recursion limit reached``; XML read what its limits allowed.
Now every reader refuses a tree nested deeper than 100 with a DecodeError naming the place,
every writer refuses to write one with an EncodeError naming the field, and every format
writes and reads back a tree exactly 100 deep.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from probes import probe
from vnadmin import akn, edxml, xml
from vnadmin import json as vjson
from vnadmin.errors import DecodeError, EncodeError
from vnadmin.limits import MAX_NESTING
from vnadmin.model import Body, Instrument, Organization, Regime, Task
from vnadmin.text import render_text

TASKS = "tasks nest more than 100 deep (vnadmin.limits.MAX_NESTING)"
ORGANISATIONS = "organisations nest more than 100 deep (vnadmin.limits.MAX_NESTING)"
XML_LIMITS = xml.Limits(max_depth=1000)  # elements: XML's own bound, raised out of the way


def tasks(levels: int) -> Instrument:
    """A second top-level task ``levels`` deep, the first a plain one."""
    task = Task(text="lá")
    for _ in range(levels - 1):
        task = Task(text="cành", subtasks=[task])
    return Instrument(regime=Regime.STATE, body=Body(tasks=[Task(text="một"), task]))


def organisations(levels: int) -> Instrument:
    """A second addressee with ``levels - 1`` parents above it."""
    organization = Organization(name="Bộ Nội vụ")
    for _ in range(levels - 1):
        organization = Organization(name="Sở Nội vụ", parent=organization)
    return Instrument(regime=Regime.STATE, addressees=[Organization(name="UBND"), organization])


def edxml_embedding(instrument: Instrument) -> object:
    """The edXML record's writer, vnadmin's copy of the instrument attached."""
    assert edxml.CODEC.dumps is not None
    return edxml.CODEC.dumps(instrument, embed=True)


WRITERS: dict[str, Callable[[Instrument], object]] = {
    "json": vjson.dumps,
    "json.to_dict": vjson.to_dict,
    "xml": lambda instrument: xml.dumps(instrument, limits=XML_LIMITS),
    "xml.to_element": lambda instrument: xml.to_element(instrument, limits=XML_LIMITS),
    "edxml, the copy embedded": edxml_embedding,
    "akn": lambda instrument: akn.dumps(instrument, limits=XML_LIMITS),
    "text": render_text,
}


def test_the_limit_is_100() -> None:
    assert MAX_NESTING == 100


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_every_writer_refuses_a_tree_one_level_too_deep(writer: str) -> None:
    for instrument, path, message in (
        (tasks(101), "Instrument.body.tasks[1]" + ".subtasks[0]" * 100, TASKS),
        (organisations(101), "Instrument.addressees[1]" + ".parent" * 100, ORGANISATIONS),
    ):
        with pytest.raises(EncodeError) as raised:
            WRITERS[writer](instrument)
        assert (raised.value.path, raised.value.message) == (path, message)


def test_a_tree_100_deep_goes_through_every_format() -> None:
    """Every format but edXML, whose embedded copy is vnadmin XML within the default
    Limits (tasks up to 60 deep, as docs/xml.md says)."""
    for instrument in (tasks(100), organisations(100)):
        for name, write in WRITERS.items():
            if not name.startswith("edxml"):
                write(instrument)
        assert vjson.loads(vjson.dumps(instrument)) == instrument
        assert xml.loads(WRITERS["xml"](instrument), limits=XML_LIMITS) == instrument  # type: ignore[arg-type]


@pytest.mark.parametrize("levels", [101, 126, 200, 328, 500])
def test_json_refuses_a_tree_too_deep_naming_it(levels: int) -> None:
    """126 to 328 deep is what json.loads accepted and json.dumps could not write."""
    inner = '{"text":"lá"}'
    for _ in range(levels - 1):
        inner = f'{{"text":"cành","subtasks":[{inner}]}}'
    document = f'{{"vnadmin":"1.0","regime":"state","body":{{"closing":[{inner}]}}}}'
    with pytest.raises(DecodeError) as raised:
        vjson.loads(document)
    assert raised.value.problems == (("body.closing[0]" + ".subtasks[0]" * 100, TASKS),)


@pytest.mark.parametrize(
    "form",
    [
        str,
        str.encode,
        lambda text: bytearray(text.encode()),
        lambda text: memoryview(text.encode()),
    ],
)
def test_json_refuses_the_smallest_trees_too_deep_in_every_form(
    form: Callable[[str], str | bytes | bytearray | memoryview],
) -> None:
    """The fewest objects that nest a tree too deep (101 tasks in a body, 101 organisations
    in a chain, as few ``{`` as possible) are refused, whatever form the text comes in."""
    task = '{"text":"lá"}'
    for _ in range(MAX_NESTING):
        task = f'{{"text":"cành","subtasks":[{task}]}}'
    issuer = '{"name":"Bộ"}'
    for _ in range(MAX_NESTING):
        issuer = f'{{"name":"Sở","parent":{issuer}}}'
    for document, problem in [
        (f'{{"vnadmin":"1.0","regime":"state","body":{{"tasks":[{task}]}}}}', TASKS),
        (f'{{"vnadmin":"1.0","regime":"state","issuer":{issuer}}}', ORGANISATIONS),
    ]:
        with pytest.raises(DecodeError) as raised:
            vjson.loads(form(document))
        assert [message for _, message in raised.value.problems] == [problem]


def test_json_refuses_organisations_too_deep_naming_them() -> None:
    document = vjson.dumps(organisations(100)).replace(
        '"name":"Bộ Nội vụ"', '"name":"Bộ Nội vụ","parent":{"name":"Chính phủ"}'
    )
    with pytest.raises(DecodeError) as raised:
        vjson.loads(document)
    assert raised.value.problems == (("addressees[1]" + ".parent" * 100, ORGANISATIONS),)


def test_xml_refuses_a_tree_too_deep_whatever_its_limits() -> None:
    leaf = "<text>lá</text>".encode()
    data = WRITERS["xml"](tasks(100))
    assert isinstance(data, bytes)
    deeper = data.replace(leaf, leaf + b"<task><text>x</text></task>")
    with pytest.raises(DecodeError) as raised:
        xml.loads(deeper, limits=XML_LIMITS)
    ((where, message),) = raised.value.problems
    assert where.endswith("/instrument/body/tasks/task[2]" + "/task" * 100)
    assert message == TASKS


def test_the_deepest_json_attack_is_refused_fast() -> None:
    """orjson reads 1,024 levels: a tree 500 deep is refused before it is read."""
    setup = (
        'inner = \'{"text":"x"}\'\n'
        'for _ in range(499): inner = \'{"text":"x","subtasks":[\' + inner + \']}\'\n'
        'data = \'{"vnadmin":"1.0","regime":"state","body":{"tasks":[\' + inner + \']}}\''
    )
    result = probe(setup, "vjson.loads(data)")
    assert TASKS in result["error"]
    assert result["seconds"] < 2, result
