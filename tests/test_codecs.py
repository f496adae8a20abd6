"""Every format has the same face: one test per property, run over every format's record.

A format module declares ``CODEC`` (``vnadmin._codec.Codec``); these tests hold every
record to the contract of ``docs/architecture.md``: the round trip, the loss report, the
argument check, the error types, ``kinds=`` and ``limits=``.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examples import EVERYTHING, smuggled
from vnadmin import _codec, akn, docx, edxml, pdf, text, xml
from vnadmin import errors as vnadmin_errors
from vnadmin import json as vjson
from vnadmin import strategies as vs
from vnadmin._codec import Codec, Dumps, Losses
from vnadmin.cli.formats import CODECS as RECORDS
from vnadmin.errors import DecodeError, EncodeError, UnregisteredKindError, VnadminError
from vnadmin.model import (
    KINDS,
    Body,
    Citation,
    DocumentKind,
    Instrument,
    KindRegistry,
    Paragraph,
    PartialDate,
    Printed,
    Regime,
    RelativeDeadline,
    Task,
)

CODECS = {codec.name: codec for codec in RECORDS}
READERS = sorted(name for name, codec in CODECS.items() if codec.loads is not None)
LOSSLESS = {"json": {}, "xml": {}, "edxml": {"embed": True}, "docx": {}}
"""The formats that carry every field of the model, with the options that make them do so
(edXML in the copy of the instrument it attaches, Word in the copy it attaches by
default)."""
XML_BASED = sorted(name for name, codec in CODECS.items() if codec.limits is not None)
WRITERS = sorted(name for name, codec in CODECS.items() if codec.dumps is not None)
ROUND_TRIPS = sorted(set(READERS) & set(WRITERS))
XML_TEXT = ["akn", "edxml", "xml"]
"""The formats written as XML text, whose size refusals are decided on the bytes written (a
Word file is a zip: its writer walks the instrument for its texts)."""


def _dumps(codec: Codec) -> Dumps:
    assert codec.dumps is not None, f"vnadmin writes no {codec.name}"
    return codec.dumps


def _losses(codec: Codec) -> Losses:
    assert codec.losses is not None, f"vnadmin writes no {codec.name}"
    return codec.losses


ORDER = DocumentKind(name="Lệnh điều động", abbreviations={Regime.STATE: "LĐĐ"})
REGISTRY = KindRegistry([*KINDS, ORDER])
CITING = Instrument(
    regime=Regime.STATE,
    body=Body(
        preamble=[
            Paragraph(
                text="Căn cứ Lệnh điều động Mùa hè;",
                citations=[Citation(kind=ORDER, title="Mùa hè")],
            )
        ]
    ),
)
"""An instrument citing a kind outside vnadmin.KINDS."""


def test_each_format_module_owns_its_record() -> None:
    assert CODECS == {
        "json": vjson.CODEC,
        "xml": xml.CODEC,
        "edxml": edxml.CODEC,
        "akn": akn.CODEC,
        "docx": docx.CODEC,
        "pdf": pdf.CODEC,
        "text": text.CODEC,
    }
    assert list(CODECS)[-1] == "text"  # it reads any text, so it is tried last
    assert len({codec.extension for codec in CODECS.values()}) == len(CODECS)
    assert akn.CODEC.loads is None  # written only, and the record says so
    assert pdf.CODEC.dumps is None
    assert pdf.CODEC.losses is None
    assert (xml.CODEC.dumps, xml.CODEC.loads) == (xml.dumps, xml.loads)
    assert (vjson.CODEC.dumps, vjson.CODEC.loads) == (vjson.dumps, vjson.loads)
    assert (text.CODEC.dumps, akn.CODEC.dumps) == (text.render_text, akn.dumps)


# The round trip and the loss report ------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(LOSSLESS))
@settings(max_examples=20)  # each format's own tests run the full count
@given(instrument=vs.instruments(drafts=None, received=True, reported=None))
def test_a_lossless_format_gives_back_what_it_was_given(name: str, instrument: Instrument) -> None:
    codec = CODECS[name]
    assert codec.loads is not None
    assert codec.loads(_dumps(codec)(instrument, **LOSSLESS[name])) == instrument
    if not LOSSLESS[name]:
        assert _losses(codec)(instrument) == ()


@pytest.mark.parametrize("name", ROUND_TRIPS)
def test_every_reader_reads_back_the_instrument_using_every_class(name: str) -> None:
    codec = CODECS[name]
    assert codec.loads is not None
    again = codec.loads(_dumps(codec)(EVERYTHING))
    lost = _losses(codec)(EVERYTHING)
    assert (again == EVERYTHING) == (lost == ())
    for path in lost:  # each named field did change
        assert _at(again, path) != _at(EVERYTHING, path), path
    assert codec.read(codec.encode(EVERYTHING)).instrument == again


def _at(value: object, path: str) -> object:
    for step in path.replace("[", ".[").split("."):
        value = value[int(step[1:-1])] if step.startswith("[") else getattr(value, step)  # type: ignore[index]
    return value


def test_the_losses_of_text_are_what_its_layout_does_not_print() -> None:
    # A deadline its task's text does not say is not in the printed text (NĐ 30 has no
    # place for it apart from the text), and an unlabelled item prints with a bullet.
    task = Task(text="Tổng hợp kết quả.", deadline=RelativeDeadline(text="khi cần"))
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task]))
    assert _losses(text.CODEC)(instrument) == ("body.tasks[0].label", "body.tasks[0].deadline")
    # The layout prints the forms NĐ 30 asks for, not a document's misprints: a date line
    # printed 'tháng 04' is named lost.
    misprinted = Instrument(
        regime=Regime.STATE,
        date=PartialDate(day=5, month=4, year=2024),
        printed=Printed(date="ngày 05 tháng 04 năm 2024"),
    )
    assert [p for p in _losses(text.CODEC)(misprinted) if p.startswith("printed")]


def test_a_written_only_format_declares_what_it_does_not_export() -> None:
    task = Task(text="Tổng hợp kết quả.", deadline=RelativeDeadline(text="khi cần"))
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task, Task(text="Báo cáo.")]))
    assert _losses(akn.CODEC)(instrument) == ("body.tasks[0].deadline",)
    assert _losses(akn.CODEC)(EVERYTHING)  # every field akn.NOT_EXPORTED names is set there


# The argument check ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_says_it_wants_an_instrument(name: str) -> None:
    codec = CODECS[name]
    calls: tuple[Callable[..., object], ...] = (_dumps(codec), _losses(codec), codec.encode)
    for call in calls:
        with pytest.raises(TypeError, match=r"^expected an Instrument, got str$"):
            call("Chỉ thị")


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_says_it_wants_a_registry(name: str) -> None:
    with pytest.raises(TypeError, match=r"^kinds: expected a KindRegistry, got dict$"):
        _dumps(CODECS[name])(EVERYTHING, kinds={})


@pytest.mark.parametrize("name", XML_BASED)
def test_every_xml_writer_and_reader_says_it_wants_limits(name: str) -> None:
    codec = CODECS[name]
    limits = codec.limits
    assert limits is not None
    expected = f"^limits: expected a {limits.__name__}, got int$"
    with pytest.raises(TypeError, match=expected):
        _dumps(codec)(EVERYTHING, limits=5)
    if codec.loads is not None:
        data = _dumps(codec)(EVERYTHING)
        with pytest.raises(TypeError, match=expected):
            codec.loads(data, limits=5)


# The error types ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", READERS)
def test_every_reader_refuses_with_its_own_decode_error(name: str) -> None:
    codec = CODECS[name]
    assert codec.loads is not None
    assert codec.decode_error is not None
    assert issubclass(codec.decode_error, DecodeError)
    with pytest.raises(codec.decode_error) as caught:
        codec.loads(b"\xff\xfe not a document")
    assert isinstance(caught.value, VnadminError)
    assert caught.value.problems  # each says where


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_names_the_field_it_cannot_encode(name: str) -> None:
    # A lone surrogate is no UTF-8 and no XML; XML 1.0 cannot hold U+000B either.
    # The subject, which every format carries (an edXML header too).
    # The model refuses both (tests/test_hostile_values.py): they are smuggled past it here.
    for bad in ("\ud800", "\x0b") if name in XML_BASED else ("\ud800",):
        instrument = smuggled(Instrument(regime=Regime.STATE), subject=f"V/v triển{bad}khai")
        with pytest.raises(EncodeError) as caught:
            CODECS[name].encode(instrument)
        # edXML's writer names the field itself, in lower case (instrument.subject)
        assert caught.value.path.casefold() == "instrument.subject"


@pytest.mark.parametrize("name", XML_BASED)
def test_every_xml_writer_refuses_what_its_limits_refuse(name: str) -> None:
    codec = CODECS[name]
    assert codec.limits is not None
    small = codec.limits(max_text=20)
    with pytest.raises(EncodeError) as caught:
        _dumps(codec)(EVERYTHING, limits=small)
    assert caught.value.path.startswith("Instrument.")
    assert "max_text" in caught.value.message
    if codec.loads is not None:  # and its reader with those limits refuses it too
        with pytest.raises(DecodeError):
            codec.loads(_dumps(codec)(EVERYTHING), limits=small)


@pytest.mark.parametrize("name", XML_TEXT)
def test_every_xml_writer_sizes_a_document_without_walking_it(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # every format writes more than max_text of these 200 tasks, but no text comes near it: the
    # refusals are decided on the bytes, and the instrument is not walked for them.
    codec = CODECS[name]
    assert codec.limits is not None
    tasks = [Task(label=f"{n}.", text=f"Nhiệm vụ thứ {n} của các sở.") for n in range(1, 201)]
    instrument = Instrument(regime=Regime.STATE, subject="V/v", body=Body(tasks=tasks))
    limits = codec.limits(max_text=1000)
    walked: list[object] = []

    def walk(*args: object) -> Iterator[tuple[str, object]]:
        walked.append(args)
        return iter(())

    monkeypatch.setattr(_codec, "field_values", walk)
    assert len(_dumps(codec)(instrument, limits=limits)) > 1000
    assert walked == []


@settings(max_examples=60)
@given(st.binary(max_size=60).map(lambda b: bytes(c % 3 + 59 for c in b)), st.integers(0, 30))
def test_the_longest_run_without_a_tag_is_measured_exactly(data: bytes, limit: int) -> None:
    # bytes of ";<=": the plain answer is the longest piece between two "<"
    longest = max(len(piece) for piece in data.split(b"<"))
    assert _codec._longest_run_exceeds(data, limit) == (longest > limit)


def test_a_text_longer_in_bytes_than_max_text_but_not_in_characters_is_written() -> None:
    # 40 characters of ễ are 120 bytes of UTF-8: the bytes ask for a walk, which finds none
    limits = xml.Limits(max_text=40)
    fits = Instrument(regime=Regime.STATE, body=Body(tasks=[Task(label="1.", text="ễ" * 40)]))
    assert xml.loads(xml.dumps(fits, limits=limits), limits=limits) == fits


# Kinds ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", WRITERS)
def test_every_writer_refuses_a_kind_outside_its_registry(name: str) -> None:
    codec = CODECS[name]
    ordered = attrs.evolve(CITING, kind=ORDER, subject="Điều động cán bộ")
    cases = [(ordered, "Instrument.kind")]
    if name != "edxml":  # an edXML header carries no citation: it has none to refuse
        cases.append((CITING, "Instrument.body.preamble[0].citations[0].kind"))
    for instrument, path in cases:
        for call in (_dumps(codec), _losses(codec)):
            with pytest.raises(UnregisteredKindError) as caught:
                call(instrument)
            assert caught.value.path == path
        _dumps(codec)(instrument, kinds=REGISTRY)  # written with a registry that holds it


@pytest.mark.parametrize("name", ROUND_TRIPS)
def test_every_reader_reads_a_kind_of_its_registry(name: str) -> None:
    codec = CODECS[name]
    assert codec.loads is not None
    instrument = attrs.evolve(CITING, kind=ORDER, subject="Điều động cán bộ")
    again = codec.loads(_dumps(codec)(instrument, kinds=REGISTRY), kinds=REGISTRY)
    assert again.kind is ORDER


def test_a_record_is_a_frozen_value() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        vjson.CODEC.name = "other"  # type: ignore[misc]
    assert isinstance(vjson.CODEC, Codec)
    assert dict(vjson.CODEC.file_options) == {"pretty": True}


# The binary readers' source ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "limits"),
    [(docx, "WordLimits"), (pdf, "PDFLimits")],
    ids=["docx", "pdf"],
)
def test_a_binary_reader_takes_its_source_one_way(
    module: ModuleType, limits: str, tmp_path: Path
) -> None:
    # Word and PDF read bytes, a path or a binary file through one bounded read: each refuses
    # a missing path and a file over its bound with its own error, and a text file as a type.
    loads = module.loads
    bound = getattr(module, limits)(max_bytes=8)
    error = {docx: vnadmin_errors.WordDecodeError, pdf: vnadmin_errors.PDFDecodeError}[module]
    missing = str(tmp_path / "missing")
    with pytest.raises(error, match=r"missing: cannot be read: No such file or directory"):
        loads(missing)
    with pytest.raises(error, match=rf"more than {limits}\.max_bytes \(8\) bytes; pass limits="):
        loads(
            io.BytesIO(b"%PDF-1.7 and more" if module is pdf else b"PK\x03\x04 and more"),
            limits=bound,
        )
    with pytest.raises(TypeError, match="expected a binary file, got one that reads str"):
        loads(io.StringIO("text"))
    with pytest.raises(TypeError, match="expected bytes, a path or a binary file, got int"):
        loads(5)
