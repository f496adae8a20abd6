"""The public cattrs converter's errors, as cattrs users meet them: a vnadmin error that is
cattrs' exception group, which ``cattrs.transform_error`` lists problem by problem."""

from __future__ import annotations

import json
from typing import Any

import attrs
import cattrs
import pytest
from cattrs.errors import ClassValidationError

from vnadmin import json as vjson
from vnadmin.errors import JSONDecodeError, VnadminError
from vnadmin.json import StructureError, make_converter
from vnadmin.model import Instrument
from vnadmin.samples import SEED_000


def _broken() -> dict[str, Any]:
    """Seed 000's document with seven problems, each at a path typed below from this edit."""
    document = vjson.to_dict(SEED_000)
    tasks = document["body"]["tasks"]
    del document["regime"]
    document["kind"] = "cong-van-moi"
    document["date"] = {"day": 31, "month": 4}
    document["number"]["extra_parts"] = ["V P"]
    tasks[0]["priority"] = "high"
    tasks[2]["deadline"] = {"bound": "before"}
    tasks[3]["deadline"] = {"type": "date", "bound": "before", "date": {"day": 5, "month": 13}}
    return document


PATHS = {
    "regime",
    "kind",
    "number.extra_parts[0]",
    "date.day",
    "body.tasks[0].priority",
    "body.tasks[2].deadline.type",
    "body.tasks[3].deadline.date.month",
}


def _structure_error(converter: cattrs.Converter, data: Any, cl: type) -> BaseException:
    with pytest.raises(ClassValidationError) as caught:
        converter.structure(data, cl)
    return caught.value


def test_the_converter_raises_a_vnadmin_error_that_is_cattrs_group() -> None:
    error = _structure_error(make_converter(), _broken(), Instrument)
    assert isinstance(error, StructureError)
    assert isinstance(error, VnadminError)


CATTRS_PATHS = PATHS - {"body.tasks[0].priority"} | {"body.tasks[0]"}
"""cattrs reports unknown properties at their object."""


def test_transform_error_lists_every_problem_with_its_path() -> None:
    lines = cattrs.transform_error(_structure_error(make_converter(), _broken(), Instrument))
    where = {line.rpartition(" @ ")[2] for line in lines}
    assert where == {f"$.{path}" for path in CATTRS_PATHS}
    # cattrs' own wording for a missing and an unknown property
    assert "required field missing @ $.regime" in lines
    assert "extra fields found (priority) @ $.body.tasks[0]" in lines


def test_problems_are_vnadmins_messages_at_json_paths() -> None:
    error = _structure_error(make_converter(), _broken(), Instrument)
    assert isinstance(error, StructureError)
    problems = dict(error.problems)
    assert set(problems) == PATHS
    assert problems["date.day"] == "31 is past the end of month 4"
    assert problems["body.tasks[3].deadline.date.month"] == "13 is not a month"
    with pytest.raises(JSONDecodeError) as caught:
        vjson.from_dict(_broken())
    assert list(caught.value.problems) == error.problems  # from_dict reports the same


@attrs.frozen
class Envelope:
    """A class of a user's own holding an instrument."""

    sender: str
    document: Instrument


def test_an_instrument_nested_in_a_users_class_is_reported_below_its_field() -> None:
    converter = make_converter()
    good = converter.structure({"sender": "A", "document": vjson.to_dict(SEED_000)}, Envelope)
    assert good.document == SEED_000
    error = _structure_error(converter, {"sender": "A", "document": _broken()}, Envelope)
    where = {line.rpartition(" @ ")[2] for line in cattrs.transform_error(error)}
    assert where == {f"$.document.{path}" for path in CATTRS_PATHS}


def test_not_an_object_is_a_problem_at_the_root() -> None:
    error = _structure_error(make_converter(), [], Instrument)
    assert isinstance(error, StructureError)
    assert error.problems == [("$", "expected an object, got []")]
    assert cattrs.transform_error(error) == ["invalid value @ $"]


def test_the_fast_converter_raises_the_first_problem_bare_as_a_vnadmin_value_error() -> None:
    document = vjson.to_dict(SEED_000)
    document["regime"] = "empire"
    with pytest.raises(VnadminError) as caught:
        make_converter(detailed_validation=False).structure(document, Instrument)
    assert isinstance(caught.value, ValueError)
    assert '"empire" is not one of' in str(caught.value)


def test_json_decode_error_is_the_standard_librarys() -> None:
    with pytest.raises(json.JSONDecodeError) as caught:
        vjson.loads('{"vnadmin": "1.0",\n "regime": "state",}')
    error = caught.value
    assert isinstance(error, JSONDecodeError)
    assert error.doc.startswith('{"vnadmin"')
    # at the trailing comma (orjson) or the brace after it (the standard library), line 2
    assert error.pos in (37, 38)
    assert error.doc[error.pos] in ",}"
    assert (error.lineno, error.colno) == (2, error.pos - 18)
    assert error.msg == str(error)
    with pytest.raises(json.JSONDecodeError) as caught:
        vjson.loads('{"vnadmin": "1.0"}')
    assert (caught.value.doc, caught.value.pos) == ("", 0)  # JSON, but not vnadmin's: a path
    assert dict(caught.value.problems) == {"regime": "required property missing"}  # type: ignore[attr-defined]
