"""Every codec writes and reads kinds through one ``kinds=`` registry, and refuses to write a
kind outside it, since a reader with that registry could not read it back."""

from __future__ import annotations

import gc
import io
import weakref
from collections.abc import Callable

import attrs
import pytest

from vnadmin import edxml, xml
from vnadmin import json as vjson
from vnadmin.errors import (
    EncodeError,
    JSONDecodeError,
    UnknownKindError,
    UnregisteredKindError,
    XMLDecodeError,
)
from vnadmin.model import (
    KINDS,
    Body,
    Citation,
    DocumentKind,
    DocumentNumber,
    Instrument,
    KindRegistry,
    Paragraph,
    Regime,
    Task,
)
from vnadmin.samples import SEEDS
from vnadmin.text import parse_text, render_text, text_losses, text_projection

ORDER = DocumentKind(name="Lệnh điều động", abbreviations={Regime.STATE: "LĐĐ"})
REGISTRY = KindRegistry([*KINDS, ORDER])
CITED = Citation(kind=ORDER, number=DocumentNumber(number="7", issuer_abbreviation="UBND"))
INSTRUMENT = Instrument(
    regime=Regime.STATE,
    kind=ORDER,
    number=DocumentNumber(number="12", kind_abbreviation="LĐĐ", issuer_abbreviation="UBND"),
    subject="Điều động cán bộ",
    body=Body(
        preamble=[Paragraph(text="Căn cứ Lệnh điều động số 7/UBND;", citations=[CITED])],
        tasks=[Task(text="Điều động.", subtasks=[Task(text="Thi hành.", citations=[CITED])])],
    ),
)
"""The new kind as the instrument's own kind and in two citations, one in a subtask."""

ONLY_CITED = Instrument(regime=Regime.STATE, body=INSTRUMENT.body)


def _json(instrument: Instrument, kinds: KindRegistry) -> Instrument:
    return vjson.loads(vjson.dumps(instrument, kinds=kinds), kinds=kinds)


def _json_dict(instrument: Instrument, kinds: KindRegistry) -> Instrument:
    return vjson.from_dict(vjson.to_dict(instrument, kinds=kinds), kinds=kinds)


def _xml(instrument: Instrument, kinds: KindRegistry) -> Instrument:
    return xml.loads(xml.dumps(instrument, kinds=kinds), kinds=kinds)


def _xml_element(instrument: Instrument, kinds: KindRegistry) -> Instrument:
    return xml.from_element(xml.to_element(instrument, kinds=kinds), kinds=kinds)


def _xml_collection(instrument: Instrument, kinds: KindRegistry) -> Instrument:
    out = io.BytesIO()
    xml.dump_collection([instrument, instrument], out, kinds=kinds)
    first, second = xml.iter_load(out.getvalue(), kinds=kinds)
    assert first == second
    return first


def _edxml(instrument: Instrument, kinds: KindRegistry) -> Instrument:
    """The lossless form: the package carries vnadmin's copy of the whole instrument."""
    return edxml.loads(edxml.dumps(instrument, embed=True, kinds=kinds), kinds=kinds).instrument


CODECS: dict[str, Callable[[Instrument, KindRegistry], Instrument]] = {
    "json": _json,
    "json-dict": _json_dict,
    "xml": _xml,
    "xml-element": _xml_element,
    "xml-collection": _xml_collection,
    "edxml": _edxml,
}


@pytest.mark.parametrize("codec", sorted(CODECS))
def test_a_registered_kind_round_trips(codec: str) -> None:
    assert CODECS[codec](INSTRUMENT, REGISTRY) == INSTRUMENT


@pytest.mark.parametrize("codec", sorted(CODECS))
@pytest.mark.parametrize(
    ("instrument", "path"),
    [
        (INSTRUMENT, "Instrument.kind"),
        (ONLY_CITED, "Instrument.body.preamble[0].citations[0].kind"),
    ],
)
def test_an_unregistered_kind_is_refused(codec: str, instrument: Instrument, path: str) -> None:
    with pytest.raises(UnregisteredKindError) as caught:
        CODECS[codec](instrument, KINDS)
    error = caught.value
    assert isinstance(error, EncodeError)
    assert isinstance(error, UnknownKindError)
    assert error.code == "lenh-dieu-dong"
    assert error.path == path
    assert str(error) == (
        f"{path}: the kind 'Lệnh điều động' (lenh-dieu-dong) is not in vnadmin.KINDS: "
        "register it there, or pass kinds= a registry that holds it "
        "(to the writer and to every reader)"
    )


def test_the_field_is_found_in_a_subtask() -> None:
    within = Instrument(regime=Regime.STATE, body=Body(tasks=INSTRUMENT.body.tasks))
    for write in (vjson.dumps, xml.dumps, render_text):
        with pytest.raises(UnregisteredKindError) as caught:
            write(within)
        assert caught.value.path == "Instrument.body.tasks[0].subtasks[0].citations[0].kind"


def test_a_registry_without_the_kind_is_named() -> None:
    other = KindRegistry([KINDS.get("chi-thi")])
    with pytest.raises(UnregisteredKindError, match="is not in the kinds= registry"):
        vjson.dumps(INSTRUMENT, kinds=other)
    with pytest.raises(UnregisteredKindError, match="is not in the kinds= registry"):
        xml.dumps(INSTRUMENT, kinds=other)
    assert other.get("chi-thi") in other  # the registry itself is as given


def test_a_kind_registered_after_first_use_is_found() -> None:
    registry = KindRegistry(KINDS)
    with pytest.raises(UnregisteredKindError):
        vjson.dumps(INSTRUMENT, kinds=registry)  # the registry's converters are made now
    registry.register(ORDER)
    assert _json(INSTRUMENT, registry) == INSTRUMENT


def test_readers_without_the_registry_refuse_the_code() -> None:
    with pytest.raises(JSONDecodeError, match="is not the code of a document kind"):
        vjson.loads(vjson.dumps(INSTRUMENT, kinds=REGISTRY))
    with pytest.raises(XMLDecodeError, match="no document kind has the code 'lenh-dieu-dong'"):
        xml.loads(xml.dumps(INSTRUMENT, kinds=REGISTRY))


def test_json_kinds_must_be_a_registry() -> None:
    with pytest.raises(TypeError, match="kinds: expected a KindRegistry, got dict"):
        vjson.dumps(INSTRUMENT, kinds={})  # type: ignore[arg-type]


def test_json_keeps_the_converters_of_a_few_registries_only() -> None:
    # Each registry gets converters of its own; a process that makes registries as it goes
    # must not keep them all alive.
    kept = []
    for _ in range(3 * vjson._REGISTRIES_KEPT):
        registry = KindRegistry(list(KINDS))
        assert (
            vjson.loads(vjson.dumps(SEEDS["000"], kinds=registry), kinds=registry) == SEEDS["000"]
        )
        kept.append(weakref.ref(registry))
        del registry
    gc.collect()
    assert sum(ref() is not None for ref in kept) == vjson._REGISTRIES_KEPT


def test_text_reads_a_registered_kind_back() -> None:
    text = render_text(INSTRUMENT, kinds=REGISTRY)
    parsed = parse_text(text, kinds=REGISTRY).instrument
    assert parsed.kind is ORDER  # from the kind line
    assert parsed.number == INSTRUMENT.number  # LĐĐ read as the kind's abbreviation
    assert parsed.body.citations() == (CITED,)  # cited by kind name and number
    assert text_projection(parsed, kinds=REGISTRY) == text_projection(INSTRUMENT, kinds=REGISTRY)
    # the kind and the cited kind are carried; only what text never carries is lost: the
    # bullets printed for unlabelled tasks, a citation its task's text does not print
    assert text_losses(INSTRUMENT, kinds=REGISTRY) == (
        "body.tasks[0].label",
        "body.tasks[0].subtasks[0].label",
        "body.tasks[0].subtasks[0].citations",
    )


def test_text_reads_the_kind_from_the_symbol() -> None:
    text = render_text(attrs.evolve(INSTRUMENT, kind=None, subject=None), kinds=REGISTRY)
    result = parse_text(text, kinds=REGISTRY)
    assert result.instrument.kind is ORDER
    assert any(d.code == "kind-from-symbol" for d in result.diagnostics)


def test_text_finds_a_registered_kind_cited_by_name() -> None:
    task = Task(label="1.", text="Các sở triển khai Lệnh điều động Mùa hè xanh của Ủy ban tỉnh.")
    text = render_text(Instrument(regime=Regime.STATE, body=Body(tasks=[task])))
    (site,) = parse_text(text, kinds=REGISTRY).citations
    assert site.citation == Citation(kind=ORDER, title="Mùa hè xanh", issuer="Ủy ban tỉnh")
    (site,) = parse_text(text).citations  # vnadmin.KINDS: read as the kind Lệnh
    assert site.citation.kind == KINDS.get("lenh")


@pytest.mark.parametrize(
    ("instrument", "path"),
    [
        (INSTRUMENT, "Instrument.kind"),
        (ONLY_CITED, "Instrument.body.preamble[0].citations[0].kind"),
    ],
)
def test_text_refuses_an_unregistered_kind(instrument: Instrument, path: str) -> None:
    for write in (render_text, text_losses):
        with pytest.raises(UnregisteredKindError, match=r"is not in vnadmin\.KINDS") as caught:
            write(instrument)
        assert caught.value.path == path
    other = KindRegistry([KINDS.get("chi-thi")])
    with pytest.raises(UnregisteredKindError, match="is not in the kinds= registry"):
        render_text(instrument, kinds=other)


def test_text_without_the_registry_does_not_read_the_kind() -> None:
    parsed = parse_text(render_text(INSTRUMENT, kinds=REGISTRY)).instrument
    assert parsed.kind is None  # LỆNH ĐIỀU ĐỘNG names no kind of vnadmin.KINDS
    assert parsed.number == DocumentNumber(
        number="12", issuer_abbreviation="LĐĐ", extra_parts=("UBND",)
    )  # LĐĐ is no kind's abbreviation: the first symbol part is the issuer's
    # "Lệnh điều động số 7/UBND" is read as the kind Lệnh (a law-level order) named
    # "điều động", the number after it
    (cited,) = parsed.body.citations()
    assert cited.kind == KINDS.get("lenh")
    assert cited.title == "điều động"
    assert cited.number == CITED.number


def test_text_sees_a_kind_registered_after_first_use() -> None:
    registry = KindRegistry(KINDS)
    text = render_text(INSTRUMENT, kinds=REGISTRY)
    assert parse_text(text, kinds=registry).instrument.kind is None
    registry.register(ORDER)
    assert parse_text(text, kinds=registry).instrument.kind is ORDER


def test_text_keeps_no_registry_alive() -> None:
    registry = KindRegistry([*KINDS, ORDER])
    assert parse_text(render_text(INSTRUMENT, kinds=registry), kinds=registry).instrument.kind
    kept = weakref.ref(registry)
    del registry
    gc.collect()
    assert kept() is None
