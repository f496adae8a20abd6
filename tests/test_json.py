"""vnadmin.json: round trips, the document form, golden documents, errors named by JSON path.

Expected documents are written from the issue's contract (ISO dates, partial dates as objects,
kinds by code, tagged deadlines, defaults left out), never taken from the output under test.
The schema's side of the contract is in test_json_schema.py.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from examples import EVERYTHING, smuggled
from vnadmin import json as vjson
from vnadmin import model
from vnadmin import strategies as vs
from vnadmin.errors import EncodeError, InvalidValueError, JSONDecodeError, UnknownKindError
from vnadmin.model import (
    Assignment,
    Body,
    Citation,
    DateDeadline,
    DeadlineBound,
    DocumentKind,
    DocumentNumber,
    Instrument,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Regime,
    RelativeDeadline,
    Role,
    SignatureBlock,
    Task,
)
from vnadmin.samples import SEED_000, SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden" / "json"


def _document(instrument: Instrument) -> dict[str, Any]:
    """The decoded document, read back by the stdlib: what an integrator sees."""
    result: dict[str, Any] = json.loads(vjson.dumps(instrument))
    return result


def _problems(document: Any) -> dict[str, str]:
    with pytest.raises(JSONDecodeError) as caught:
        vjson.from_dict(document)
    return dict(caught.value.problems)


# Round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seed_round_trips_compact_and_pretty(seed: str) -> None:
    instrument = SEEDS[seed]
    assert vjson.loads(vjson.dumps(instrument)) == instrument
    assert vjson.loads(vjson.dumps(instrument, pretty=True).encode()) == instrument


NORMALIZATIONS: st.SearchStrategy[vs.Normalization] = st.sampled_from(["NFC", "NFD", "mixed"])


@given(data=st.data())
def test_instruments_round_trip_and_orjson_writes_as_the_stdlib(data: st.DataObject) -> None:
    instrument = data.draw(
        vs.instruments(
            drafts=None, received=data.draw(st.booleans()), normalization=data.draw(NORMALIZATIONS)
        )
    )
    assert vjson.loads(vjson.dumps(instrument)) == instrument
    assert vjson.loads(vjson.dumps(instrument, pretty=True)) == instrument
    document = vjson.to_dict(instrument)
    for pretty in (False, True):
        assert vjson._orjson_dumps(document, pretty) == vjson._stdlib_dumps(document, pretty)


@settings(max_examples=20)  # big instruments: each is slow to draw
@given(
    instrument=vs.instruments(
        bodies=vs.bodies(tasks=vs.task_lists(min_size=3, max_size=8, max_depth=4, max_subtasks=3))
    )
)
def test_deep_task_trees_round_trip(instrument: Instrument) -> None:
    assert vjson.from_dict(vjson.to_dict(instrument)) == instrument


def _instrument_holding(value: object) -> Instrument:
    """A small instrument with ``value`` where its type belongs."""
    if isinstance(value, PartialDate):
        return Instrument(regime=Regime.STATE, date=value)
    if isinstance(value, SignatureBlock):
        return Instrument(regime=Regime.STATE, signatures=[value])
    if isinstance(value, Citation):
        paragraph = Paragraph(text="Căn cứ", citations=[value])
        return Instrument(regime=Regime.STATE, body=Body(preamble=[paragraph]))
    task = Task(text="Báo cáo", deadline=value)  # type: ignore[arg-type]
    return Instrument(regime=Regime.STATE, body=Body(tasks=[task]))


@given(value=vs.deadlines() | vs.partial_dates() | vs.citations() | vs.signature_blocks())
def test_dates_deadlines_citations_and_signatures_round_trip(value: object) -> None:
    instrument = _instrument_holding(value)
    assert vjson.loads(vjson.dumps(instrument)) == instrument


def test_every_model_class_round_trips() -> None:
    assert vjson.loads(vjson.dumps(EVERYTHING)) == EVERYTHING
    assert vjson.from_dict(vjson.to_dict(EVERYTHING)) == EVERYTHING


def test_every_model_class_is_in_the_round_trip() -> None:
    seen: set[type] = set()

    def walk(value: object) -> None:
        if attrs.has(type(value)):
            seen.add(type(value))
            for field in attrs.fields(type(value)):  # type: ignore[arg-type]
                walk(getattr(value, field.name))
        elif isinstance(value, tuple):
            for item in value:
                walk(item)

    walk(EVERYTHING)
    classes = {cl for cl in vars(model).values() if attrs.has(cl)}
    assert classes - seen == set()


# The document form ---------------------------------------------------------------------------


def test_minimal_instrument_is_version_and_regime() -> None:
    assert vjson.dumps(Instrument(regime=Regime.PARTY)) == '{"vnadmin":"1.0","regime":"party"}'


def test_format_version_comes_first() -> None:
    assert next(iter(vjson.to_dict(SEED_000).items())) == ("vnadmin", "1.0")


@pytest.mark.parametrize(
    ("date", "written"),
    [
        (PartialDate(day=5, month=1, year=2022), "2022-01-05"),
        (PartialDate(month=1, year=2022), {"month": 1, "year": 2022}),  # ngày tháng 01 năm 2022
        (PartialDate(day=29, month=2), {"day": 29, "month": 2}),
        (PartialDate(year=1000), {"year": 1000}),
        (PartialDate(), {}),
    ],
)
def test_dates_are_iso_when_complete_and_objects_of_their_parts_otherwise(
    date: PartialDate, written: object
) -> None:
    document = _document(Instrument(regime=Regime.STATE, date=date))
    assert document["date"] == written
    assert vjson.from_dict(document).date == date


def test_deadlines_are_tagged_by_type() -> None:
    tasks = [
        Task(
            text="a",
            deadline=DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)),
        ),
        Task(text="b", deadline=PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024)),
        Task(text="c", deadline=RelativeDeadline(text="trong 15 ngày")),
    ]
    document = _document(Instrument(regime=Regime.STATE, body=Body(tasks=tasks)))
    assert [task["deadline"] for task in document["body"]["tasks"]] == [
        {"type": "date", "bound": "before", "date": {"day": 5, "month": 12}},
        {"type": "period", "unit": "quarter", "index": 2, "year": 2024},
        {"type": "relative", "text": "trong 15 ngày"},
    ]


def test_kinds_are_written_by_code_and_enums_by_value() -> None:
    document = _document(EVERYTHING)
    assert (document["regime"], document["kind"]) == ("legal", "nghi-dinh")
    assert (document["urgency"], document["secrecy"]) == ("hoa_toc_hen_gio", "tuyet_mat")
    assert document["circulation"] == "xem_xong_tra_lai"
    assert document["signatures"][0]["authorities"][1] == {"mark": "KT", "applies_to": "THỦ TƯỚNG"}
    assert document["number"]["style"] == "legal"


def test_defaults_are_left_out() -> None:
    number = DocumentNumber(number="33", kind_abbreviation="CT", issuer_abbreviation="TTg")
    task = Task(text="Triển khai", assignments=[Assignment(role=Role.LEAD, actor="Sở Nội vụ")])
    document = _document(Instrument(regime=Regime.STATE, number=number, body=Body(tasks=[task])))
    assert document["number"] == {
        "number": "33",
        "issuer_abbreviation": "TTg",
        "kind_abbreviation": "CT",
    }
    assert document["body"] == {
        "tasks": [{"text": "Triển khai", "assignments": [{"role": "lead", "actor": "Sở Nội vụ"}]}]
    }


def test_fields_are_written_in_model_order() -> None:
    document = _document(EVERYTHING)
    assert list(document["number"]) == [f.name for f in attrs.fields(DocumentNumber)]
    task_fields = [f.name for f in attrs.fields(Task)]
    assert list(document["body"]["tasks"][0]) == [
        name for name in task_fields if name not in ("recurrence", "attachment_notes")
    ]


def test_vietnamese_text_is_not_escaped() -> None:
    text = vjson.dumps(SEED_000)
    assert "SỞ TÀI CHÍNH" in text
    assert "\\u" not in text
    assert vjson.dumps(SEED_000, pretty=True).startswith('{\n  "vnadmin": "1.0",\n  "regime"')


def test_an_unregistered_kind_cannot_be_written() -> None:
    kind = DocumentKind(name="Phiếu trình", abbreviations={Regime.STATE: "PTr"})
    with pytest.raises(UnknownKindError, match="Phiếu trình"):
        vjson.dumps(Instrument(regime=Regime.STATE, kind=kind))


@pytest.mark.parametrize("writer", ["orjson", "stdlib"])
def test_a_lone_surrogate_is_refused_naming_its_field(
    writer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if writer == "stdlib":
        monkeypatch.setattr(vjson, "_dumps", vjson._stdlib_dumps)
    with pytest.raises(InvalidValueError, match=r"Task.text: U\+DC80 at 5 is a lone surrogate"):
        Task(label="1.", text="Việc \udc80 cần làm")  # a Python string may hold one
    task = smuggled(Task(label="1.", text="Việc"), text="Việc \udc80 cần làm")
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[Task(text="Một"), task]))
    with pytest.raises(EncodeError) as caught:
        vjson.dumps(instrument)
    assert caught.value.path == "Instrument.body.tasks[1].text"
    assert caught.value.message == "U+DC80 at 5 cannot be written in UTF-8 (a lone surrogate)"


def test_to_dict_wants_an_instrument() -> None:
    with pytest.raises(TypeError, match="expected an Instrument"):
        vjson.to_dict(SEED_000.body)  # type: ignore[arg-type]


# Golden documents ----------------------------------------------------------------------------


def test_every_seed_has_its_golden_document() -> None:
    assert sorted(path.stem for path in GOLDEN.glob("*.json")) == sorted(SEEDS)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_golden_document_is_what_dumps_writes(seed: str) -> None:
    golden = (GOLDEN / f"{seed}.json").read_text(encoding="utf-8")
    assert vjson.dumps(SEEDS[seed], pretty=True) + "\n" == golden


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_golden_document_reads_as_the_seed(seed: str) -> None:
    assert vjson.loads((GOLDEN / f"{seed}.json").read_bytes()) == SEEDS[seed]


def test_golden_000_holds_the_seed_as_printed() -> None:
    # Số: /STC-VP (blank number), ngày tháng 01 năm 2022 (blank day), Lưu: VP.
    golden = json.loads((GOLDEN / "000.json").read_bytes())
    assert golden["number"] == {"issuer_abbreviation": "STC", "extra_parts": ["VP"]}
    assert golden["date"] == {"month": 1, "year": 2022}
    assert golden["archive"] == {"units": ["VP"]}
    cited = golden["body"]["preamble"][1]["citations"][0]  # Chỉ thị số 33/CT-TTg ngày 26/11/2021
    assert cited["number"] == {
        "number": "33",
        "issuer_abbreviation": "TTg",
        "kind_abbreviation": "CT",
    }
    assert cited["date"] == "2021-11-26"


# Errors --------------------------------------------------------------------------------------


def test_every_problem_is_listed_with_its_path() -> None:
    document = _document(SEED_000)
    tasks = document["body"]["tasks"]
    tasks[3]["deadline"] = {"type": "date", "bound": "before", "date": {"day": 5, "month": 13}}
    tasks[1]["label"] = None
    tasks[2]["text"] = 5
    tasks[0]["priority"] = "high"
    del document["regime"]
    document["number"]["style"] = "state"
    document["kind"] = "cong-van-moi"
    document["date"] = "2022-02-30"
    document["addressees"] = []
    tasks[4]["assignments"][0]["role"] = "boss"
    problems = _problems(document)
    assert problems == {
        "addressees": "an empty array is never written: leave it out",
        "regime": "required property missing",
        "kind": '"cong-van-moi" is not the code of a document kind (chi-thi, cong-van, ...)',
        "number.style": '"state", the default, is never written: leave it out',
        "date": '"2022-02-30": 30 is past the end of 02/2022',
        "body.tasks[0].priority": "unknown property",
        "body.tasks[1].label": "null is never written: leave it out",
        "body.tasks[2].text": "expected text, got 5",
        "body.tasks[3].deadline.date.month": "13 is not a month",
        "body.tasks[4].assignments[0].role": (
            '"boss" is not one of "lead", "cooperate", "execute", "advise", "report_to"'
        ),
    }


def test_the_message_lists_every_problem() -> None:
    document = _document(SEED_000)
    document["body"]["tasks"][3]["text"] = " "
    del document["regime"]
    with pytest.raises(JSONDecodeError) as caught:
        vjson.from_dict(document)
    assert str(caught.value).splitlines() == [
        "invalid vnadmin JSON document (2 problems):",
        "  regime: required property missing",
        "  body.tasks[3].text: must not be blank",
    ]


@pytest.mark.parametrize(
    ("document", "path", "message"),
    [
        (b"[", "$", "unexpected end of data"),
        (b'"\xff"', "$", "UTF-8"),
        ('{"vnadmin": NaN}', "$", ""),
        ("[]", "$", "expected an object, got []"),
        ('{"regime": "state"}', "vnadmin", "required property missing"),
        ('{"vnadmin": "2.0", "regime": "state"}', "vnadmin", '"2.0" is not "1.0"'),
        ('{"vnadmin": "1.0", "regime": "empire"}', "regime", '"empire" is not one of'),
        ('{"vnadmin": "1.0", "regime": "state", "body": {}}', "body", "the default"),
        (
            '{"vnadmin": "1.0", "regime": "state", "date": {"day": 1, "month": 2, "year": 2024}}',
            "date",
            "ISO",
        ),
        ('{"vnadmin": "1.0", "regime": "state", "date": "5/1/2022"}', "date", "is not an ISO date"),
        ('{"vnadmin": "1.0", "regime": "state", "date": {"month": 1.5}}', "date.month", "integer"),
        ('{"vnadmin": "1.0", "regime": "state", "date": {"week": 1}}', "date.week", "unknown"),
        ('{"vnadmin": "1.0", "regime": "state", "issuer": "UBND"}', "issuer", "expected an object"),
        (
            '{"vnadmin": "1.0", "regime": "state", "addressees": {"name": "x"}}',
            "addressees",
            "expected an array",
        ),
        (
            '{"vnadmin": "1.0", "regime": "state", "number": {"number": "5"}}',
            "number.issuer_abbreviation",
            "required",
        ),
        (
            '{"vnadmin": "1.0", "regime": "state", "archive": {"units": []}}',
            "archive.units",
            "at least one",
        ),
        (
            '{"vnadmin": "1.0", "regime": "state", "body": {"tasks": [{"text": "a", "deadline": {"bound": "on"}}]}}',
            "body.tasks[0].deadline.type",
            "required property missing",
        ),
        (
            '{"vnadmin": "1.0", "regime": "state", "body": {"tasks": [{"text": "a", "deadline": {"type": "week"}}]}}',
            "body.tasks[0].deadline.type",
            '"week" is not one of "date", "period", "relative"',
        ),
        (
            '{"vnadmin": "1.0", "regime": "state", "body": {"tasks": [{"text": "a", "deadline": {"type": ["date"]}}]}}',
            "body.tasks[0].deadline.type",
            '["date"] is not one of',
        ),
        (
            '{"vnadmin": "1.0", "regime": "state", "body": {"tasks": [{"text": "a", "deadline": "2024"}]}}',
            "body.tasks[0].deadline",
            'expected an object, got "2024"',
        ),
    ],
)
def test_malformed_and_invalid_documents_name_the_path(
    document: str | bytes, path: str, message: str
) -> None:
    with pytest.raises(JSONDecodeError) as caught:
        vjson.loads(document)
    problems = dict(caught.value.problems)
    assert path in problems, problems
    assert message in problems[path]


def test_integral_numbers_may_be_written_as_floats() -> None:
    # JSON (and JSON Schema) do not tell 1.0 from 1: a producer in JavaScript cannot.
    read = vjson.loads(
        '{"vnadmin": "1.0", "regime": "state", "date": {"month": 1.0, "year": 2022}}'
    )
    assert read.date == PartialDate(month=1, year=2022)


def test_text_is_normalised_as_it_is_read() -> None:
    decomposed = "So\u031b\u0309 Ta\u0300i chi\u0301nh"  # NFD: Sở Tài chính
    read = vjson.loads(json.dumps({"vnadmin": "1.0", "regime": "state", "place": decomposed}))
    assert read.place == "Sở Tài chính"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def _read(document: Any) -> Instrument | tuple[tuple[str, str], ...]:
    """The instrument, or the problems found."""
    try:
        return vjson.from_dict(document)
    except JSONDecodeError as error:
        return error.problems


def _is_read_or_explained(outcome: Instrument | tuple[tuple[str, str], ...]) -> bool:
    if isinstance(outcome, Instrument):
        return True
    return bool(outcome) and all(path and message for path, message in outcome)


@given(value=json_values)
def test_any_json_value_reads_or_raises_json_decode_error(value: Any) -> None:
    assert _is_read_or_explained(_read(value))


@given(data=st.data())
def test_a_property_set_to_any_value_reads_or_raises_json_decode_error(data: st.DataObject) -> None:
    document = _document(EVERYTHING)
    target = document
    while True:
        key = data.draw(st.sampled_from(sorted(target)))
        if not (isinstance(target[key], dict) and target[key]) or data.draw(st.booleans()):
            break
        target = target[key]
    target[key] = data.draw(json_values)
    assert _is_read_or_explained(_read(document))


# Values shared within a document ---------------------------------------------------------------


def _tasks_document(*tasks: dict[str, Any]) -> str:
    return json.dumps(
        {"vnadmin": "1.0", "regime": "state", "body": {"tasks": list(tasks)}}, ensure_ascii=False
    )


def _task(text: str, **fields: Any) -> dict[str, Any]:
    return {"text": text, **fields}


LEAD = {"role": "lead", "actor": "Sở Nội vụ"}


def test_equal_values_of_a_document_are_built_once() -> None:
    read = vjson.loads(
        _tasks_document(_task("Một.", assignments=[LEAD]), _task("Hai.", assignments=[LEAD]))
    )
    first, second = read.body.tasks
    assert first.assignments[0] is second.assignments[0]
    assert first.assignments[0] == Assignment(role=Role.LEAD, actor="Sở Nội vụ")


def test_a_repeated_list_of_values_is_built_once_and_kept_apart_from_its_items() -> None:
    # the tasks of a document often share their list of assignments whole; a list of one
    # assignment is not that assignment, and a list read again is refused as before if a
    # later task's differs (typed: the third task names a role that does not exist)
    cooperate = {"role": "cooperate", "actor": "Sở Tài chính"}
    read = vjson.loads(
        _tasks_document(
            _task("Một.", assignments=[LEAD, cooperate]),
            _task("Hai.", assignments=[LEAD, cooperate]),
            _task("Ba.", assignments=[LEAD]),
        )
    )
    first, second, third = read.body.tasks
    assert first.assignments is second.assignments
    assert first.assignments == (
        Assignment(role=Role.LEAD, actor="Sở Nội vụ"),
        Assignment(role=Role.COOPERATE, actor="Sở Tài chính"),
    )
    assert third.assignments == (first.assignments[0],)
    with pytest.raises(JSONDecodeError) as caught:
        vjson.loads(
            _tasks_document(
                _task("Một.", assignments=[LEAD]),
                _task("Hai.", assignments=[{"role": "boss", "actor": "Sở Nội vụ"}]),
            )
        )
    assert list(dict(caught.value.problems)) == ["body.tasks[1].assignments[0].role"]


def test_values_are_not_shared_between_documents() -> None:
    text = _tasks_document(_task("Một.", assignments=[LEAD]))
    one, other = vjson.loads(text), vjson.loads(text)
    assert one == other
    assert one.body.tasks[0].assignments[0] is not other.body.tasks[0].assignments[0]


def test_a_repeated_value_of_another_json_type_is_read_on_its_own() -> None:
    # 5 and 5.0 are one number in JSON; true is not a number: the third task is refused even
    # though a deadline of day 5 was read before it.
    def on_day(day: Any) -> dict[str, Any]:
        deadline = {"type": "date", "bound": "before", "date": {"day": day, "month": 12}}
        return _task("Việc.", deadline=deadline)

    read = vjson.loads(_tasks_document(on_day(5), on_day(5.0)))
    assert read.body.tasks[0].deadline == read.body.tasks[1].deadline
    with pytest.raises(JSONDecodeError) as caught:
        vjson.loads(_tasks_document(on_day(5), on_day(5.0), on_day(True)))
    assert list(dict(caught.value.problems)) == ["body.tasks[2].deadline.date.day"]


@given(data=st.data())
def test_loads_reads_every_document_as_from_dict_does(data: st.DataObject) -> None:
    # loads shares equal values within a document; from_dict (any Python data) does not.
    document = _document(EVERYTHING)
    tasks = document["body"]["tasks"]
    tasks.append(copy.deepcopy(data.draw(st.sampled_from(tasks))))  # a value seen twice
    target = data.draw(st.sampled_from(tasks))
    target[data.draw(st.sampled_from(sorted(target)))] = data.draw(json_values)
    text = json.dumps(document, ensure_ascii=False)  # may hold Infinity, which is not JSON

    def outcome(read: Any) -> object:
        try:
            return read()
        except JSONDecodeError as error:
            return error.problems
        except ValueError:
            return "not JSON"

    expected = outcome(lambda: vjson.from_dict(vjson._loads(text)))  # the same JSON parser
    got = outcome(lambda: vjson.loads(text))
    assert got == expected or (expected == "not JSON" and got[0][0] == "$")  # type: ignore[index]


# orjson and the standard library ----------------------------------------------------------------


@pytest.mark.parametrize("pretty", [False, True])
@pytest.mark.parametrize(
    "instrument", [*SEEDS.values(), EVERYTHING], ids=[*sorted(SEEDS), "everything"]
)
def test_orjson_and_stdlib_write_the_same_text(instrument: Instrument, pretty: bool) -> None:
    data = vjson.to_dict(instrument)
    assert vjson._orjson_dumps(data, pretty) == vjson._stdlib_dumps(data, pretty)


@given(text=st.text(min_size=1).map(str.strip).filter(bool), pretty=st.booleans())
def test_orjson_and_stdlib_escape_the_same(text: str, pretty: bool) -> None:
    data = {"vnadmin": "1.0", "regime": "state", "subject": text, "date": {"year": 2022}}
    assert vjson._orjson_dumps(data, pretty) == vjson._stdlib_dumps(data, pretty)


@given(data=st.data())
def test_orjson_and_stdlib_read_the_same(data: st.DataObject) -> None:
    document = _document(EVERYTHING)
    document[data.draw(st.sampled_from(sorted(document)))] = data.draw(json_values)
    text = json.dumps(document, ensure_ascii=data.draw(st.booleans()))

    def read(loads: Any) -> object:
        try:
            return vjson.from_dict(loads(text))
        except JSONDecodeError:
            return "not a vnadmin document"
        except ValueError:
            return "not JSON"

    assert read(vjson._orjson_loads) == read(vjson._stdlib_loads)


@given(document=st.one_of(st.text(), st.binary()))
def test_orjson_and_stdlib_refuse_the_same_text(document: str | bytes) -> None:
    def refuses(loads: Any) -> bool:
        try:
            loads(document)
        except ValueError:
            return True
        return False

    assert refuses(vjson._orjson_loads) == refuses(vjson._stdlib_loads)


@pytest.mark.parametrize(
    "document",
    ['"\\ud800"', '"\\udc00 x"', '"\ud800"', b"\xef\xbb\xbf{}", '{"a": Infinity}', "1e999"],
)
def test_orjson_and_stdlib_refuse_the_same(document: str | bytes) -> None:
    for loads in (vjson._orjson_loads, vjson._stdlib_loads):
        with pytest.raises(ValueError):  # noqa: PT011 - each library words it its own way
            loads(document)
