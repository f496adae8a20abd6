"""schemas/vnadmin.schema.json describes exactly what vnadmin.json writes and reads.

Every document dumps writes validates; documents changed in any way are refused by the schema
exactly when loads refuses them, both naming where; and each constraint of the schema (text,
symbol parts, numbers, dates, ranges, enums) accepts exactly the values the model accepts.
"""

from __future__ import annotations

import copy
import enum
import json
import os
import re
import shutil
import subprocess
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import Phase, example, given, settings
from hypothesis import strategies as st

from examples import EVERYTHING
from vnadmin import json as vjson
from vnadmin import schemas
from vnadmin import strategies as vs
from vnadmin.errors import JSONDecodeError
from vnadmin.model import (
    KINDS,
    Circulation,
    DeadlineBound,
    Frequency,
    NumberStyle,
    PeriodUnit,
    Regime,
    Role,
    Secrecy,
    SigningMark,
    Urgency,
)
from vnadmin.model.numbering import SYMBOL_PART
from vnadmin.normalize import nfc
from vnadmin.samples import SEED_000, SEEDS

SCHEMA = schemas.json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)
Steps = tuple[str | int, ...]


def _steps(path: str) -> Steps:
    """A path as vnadmin writes it (``body.tasks[3]["a b"]``; ``$`` for the root) as steps."""
    return tuple(
        int(index) if index else name or json.loads(quoted)
        for name, quoted, index in _STEP.findall(path.removeprefix("$"))
    )


_STEP = re.compile(r'\.?([A-Za-z_][A-Za-z0-9_]*)|\[("(?:[^"\\]|\\.)*")\]|\[(\d+)\]')


def _schema_error_steps(document: Any) -> list[Steps]:
    return [tuple(error.absolute_path) for error in VALIDATOR.iter_errors(document)]


def _loads_problem_steps(document: Any) -> list[Steps] | None:
    """The steps of each problem loads finds, ``None`` if it reads the document."""
    try:
        vjson.from_dict(document)
    except JSONDecodeError as error:
        return [_steps(path) for path, _ in error.problems]
    return None


def _near(found: Steps, changed: Steps) -> bool:
    """A problem at ``found`` is about a change at ``changed``: it is in the same object."""
    return changed[: len(found) - 1] == found[:-1] if found else True


def _minimal(**properties: Any) -> dict[str, Any]:
    return {"vnadmin": "1.0", "regime": "state", **properties}


def _agree(document: Any) -> bool:
    """Schema and loads agree: both accept ``document``, or both refuse it."""
    schema_accepts = VALIDATOR.is_valid(document)
    loads_accepts = _loads_problem_steps(document) is None
    assert schema_accepts == loads_accepts, (
        f"schema {'accepts' if schema_accepts else 'refuses'},"
        f" loads {'accepts' if loads_accepts else 'refuses'}: {document!r}"
    )
    return schema_accepts


# The schema itself ---------------------------------------------------------------------------


def test_schema_is_a_valid_2020_12_schema_with_an_id() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert SCHEMA["$id"].endswith(vjson.FORMAT_VERSION)
    assert SCHEMA["properties"]["vnadmin"]["const"] == vjson.FORMAT_VERSION


def _subschemas(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _subschemas(value)
    elif isinstance(node, list):
        for value in node:
            yield from _subschemas(value)


_PROBE = {"const", "enum", "type", "maximum"}
"""The keywords of a property in an if/then pair (``"day": {"type": "integer", "maximum": 30}``);
a property declared ``true`` or ``false`` is not described either."""


def test_every_property_and_definition_has_a_title_and_a_description() -> None:
    described = [
        (name, schema)
        for node in _subschemas(SCHEMA)
        for name, schema in node.get("properties", {}).items()
        if isinstance(schema, dict) and not set(schema) <= _PROBE  # not a declaration or probe
    ] + list(SCHEMA["$defs"].items())
    assert len(described) > 100
    untitled = [
        name
        for name, schema in described
        if not (schema.get("title") and schema.get("description"))
    ]
    assert untitled == []


def test_descriptions_use_the_vietnamese_terms() -> None:
    text = json.dumps(SCHEMA, ensure_ascii=False)
    for term in (
        "trích yếu",
        "Kính gửi",
        "Nơi nhận",
        "chủ trì",
        "phối hợp",
        "độ khẩn",
        "dấu ĐẾN",
        "V/v",
    ):
        assert term in text


def test_schema_is_loaded_from_the_shipped_file() -> None:
    assert json.loads(schemas.load("vnadmin.schema.json")) == SCHEMA
    with pytest.raises(FileNotFoundError, match=r"nothing\.xsd"):
        schemas.load("nothing.xsd")


@pytest.mark.parametrize(
    ("path", "model"),
    [
        ("properties.regime", Regime),
        ("properties.urgency", Urgency),
        ("properties.secrecy", Secrecy),
        ("properties.circulation", Circulation),
        ("$defs.Assignment.properties.role", Role),
        ("$defs.DateDeadline.properties.bound", DeadlineBound),
        ("$defs.PeriodDeadline.properties.unit", PeriodUnit),
        ("$defs.Task.properties.recurrence", Frequency),
        ("$defs.Authority.properties.mark", SigningMark),
        ("$defs.DocumentNumber.properties.style", NumberStyle),
    ],
)
def test_enums_are_the_model_values(path: str, model: type[enum.Enum]) -> None:
    node = SCHEMA
    for key in path.split("."):
        node = node[key]
    default = {NumberStyle.STATE.value} if model is NumberStyle else set()  # never written
    assert set(node["enum"]) == {member.value for member in model} - default


def test_kinds_are_the_registry_codes() -> None:
    assert SCHEMA["$defs"]["kind"]["enum"] == [kind.code for kind in KINDS]


# What dumps writes is valid ------------------------------------------------------------------


@pytest.mark.parametrize(
    "instrument", [*SEEDS.values(), EVERYTHING], ids=[*sorted(SEEDS), "everything"]
)
def test_documents_dumps_writes_are_valid(instrument: Any) -> None:
    assert list(VALIDATOR.iter_errors(json.loads(vjson.dumps(instrument)))) == []


@settings(max_examples=30)  # each example validates a whole instrument
@given(instrument=vs.instruments(drafts=None, received=True, normalization="mixed"))
def test_every_instrument_dumps_writes_is_valid(instrument: Any) -> None:
    assert list(VALIDATOR.iter_errors(json.loads(vjson.dumps(instrument)))) == []


# Refused by both, with paths -----------------------------------------------------------------


def _set(path: str, value: Any) -> Any:
    def change(document: dict[str, Any]) -> None:
        *parents, last = _steps(path)
        node: Any = document
        for step in parents:
            node = node[step]
        if value is _DELETE:
            del node[last]
        else:
            node[last] = value

    return change


_DELETE = object()
SEED = json.loads(vjson.dumps(SEED_000))


CHANGES: list[tuple[Any, str, str]] = [
    # wrong types
    (_set("regime", 1), "regime", "is not one of"),
    (_set("place", ["Sóc Trăng"]), "place", "expected text"),
    (_set("issuer", "SỞ TÀI CHÍNH"), "issuer", "expected an object"),
    (_set("addressees", {"name": "Sở"}), "addressees", "expected an array"),
    (
        _set("body.tasks[0].assignments[0].actor", 5),
        "body.tasks[0].assignments[0].actor",
        "expected text",
    ),
    (_set("date", 20220105), "date", "expected an ISO date"),
    (_set("date.month", "01"), "date.month", "expected an integer"),
    (_set("date.month", True), "date.month", "expected an integer"),
    (_set("number.extra_parts", "VP"), "number.extra_parts", "expected an array"),
    # missing required properties
    (_set("vnadmin", _DELETE), "vnadmin", "required property missing"),
    (_set("regime", _DELETE), "regime", "required property missing"),
    (_set("number.issuer_abbreviation", _DELETE), "number.issuer_abbreviation", "required"),
    (_set("body.tasks[2].text", _DELETE), "body.tasks[2].text", "required property missing"),
    (
        _set("body.tasks[2].assignments[0].role", _DELETE),
        "body.tasks[2].assignments[0].role",
        "required",
    ),
    (_set("signatures[0]", {}), "signatures[0].name", "names someone"),
    # unknown kinds and values
    (_set("kind", "cong-van-moi"), "kind", "not the code of a document kind"),
    (_set("kind", "Công văn"), "kind", "not the code of a document kind"),
    (
        _set("body.tasks[0].citations[0].kind", "qd"),
        "body.tasks[0].citations[0].kind",
        "not the code",
    ),
    (_set("vnadmin", "1.1"), "vnadmin", 'is not "1.0"'),
    (
        _set("body.tasks[1].assignments[0].role", "chu-tri"),
        "body.tasks[1].assignments[0].role",
        "not one of",
    ),
    # out-of-range and impossible dates
    (_set("date.month", 13), "date.month", "13 is not a month"),
    (_set("date.month", 0), "date.month", "0 is not a month"),
    (_set("date.year", 999), "date.year", "is not a 4-digit year"),
    (_set("date", {"day": 31, "month": 4}), "date.day", "31 is past the end of month 4"),
    (_set("date", {"day": 30, "month": 2}), "date.day", "30 is past the end of month 2"),
    (_set("date", "2023-02-29"), "date", "29 is past the end of 02/2023"),
    (_set("date", "2022-13-05"), "date", "13 is not a month"),
    (_set("date", "2022-1-05"), "date", "is not an ISO date"),
    (
        _set("body.preamble[0].citations[0].date", "2100-02-29"),
        "body.preamble[0].citations[0].date",
        "past the end",
    ),
    # unknown properties
    (_set("priority", "cao"), "priority", "unknown property"),
    (_set("body.tasks[0].owner", "VP"), "body.tasks[0].owner", "unknown property"),
    (_set("date.week", 1), "date.week", "unknown property"),
    (_set("number.Number", "12"), "number.Number", "unknown property"),
    # what is never written
    (_set("place", None), "place", "null is never written"),
    (_set("body.tasks[0].citations", []), "body.tasks[0].citations", "an empty array"),
    (_set("number.style", "state"), "number.style", "the default"),
    (_set("date", {"day": 5, "month": 1, "year": 2022}), "date", "written as an ISO date"),
    # the model's rules
    (_set("place", " Sóc Trăng"), "place", "leading or trailing white space"),
    (_set("place", "Sóc\nTrăng"), "place", "single line"),
    (_set("subject", "V/v ...\n"), "subject", "leading or trailing white space"),
    (_set("number.number", "5a"), "number.number", "is not a number"),
    (
        _set("number.extra_parts", ["VP", "V P"]),
        "number.extra_parts[1]",
        "is not a symbol part",
    ),
    (_set("number.year", 2022), "number.year", "only legal-style numbers carry a year"),
    (_set("archive.units", []), "archive.units", "at least one unit"),
    (
        _set("body.tasks[3].citations[1].number", _DELETE),
        "body.tasks[3].citations[1].number",
        "identified by",
    ),
]
"""Changes to seed 000's document that make it invalid: the change, the path loads names and
a part of its message."""


@pytest.mark.parametrize(("change", "path", "message"), CHANGES)
def test_changed_documents_are_refused_by_loads_and_by_the_schema(
    change: Any, path: str, message: str
) -> None:
    document = copy.deepcopy(SEED)
    change(document)
    with pytest.raises(JSONDecodeError) as caught:
        vjson.from_dict(document)
    problems = dict(caught.value.problems)
    assert message in problems.get(path, ""), problems
    errors = _schema_error_steps(document)
    assert errors, "the schema accepts it"
    assert any(_steps(path)[: len(found)] == found for found in errors), errors  # at or above


# Schema and loads agree on every change --------------------------------------------------------


def _locations(node: Any, steps: Steps = ()) -> Iterator[Steps]:
    yield steps
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _locations(value, (*steps, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _locations(value, (*steps, index))


nfc_text = st.text(max_size=12).map(nfc)
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 10**7 + 5)
    | st.floats(allow_nan=False, allow_infinity=False)
    | nfc_text,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(nfc_text, inner, max_size=3),
    max_leaves=8,
)


def _neighbours(value: Any) -> st.SearchStrategy[Any]:
    """Values near ``value``: just out of range, blank, padded, emptied, a wrong type."""
    if isinstance(value, bool) or value is None:
        return json_values
    if isinstance(value, int):
        return st.integers(value - 2, value + 2) | st.sampled_from(
            [0, -1, 13, 29, 30, 31, 999, 10000, float(value)]
        )
    if isinstance(value, str):
        return st.sampled_from(
            [
                "",
                " ",
                f"{value} ",
                f" {value}",
                f"{value}\n",
                f"a\n{value}",
                "zzz",
                value.upper(),
                "2024-02-29",
                "2023-02-29",
                "1999-12-31",
                "a&&b",
                "&a",
                "a&b",
                "a b",
                "12a",
                "05",
                "66.15",
                "66..1",
                "a.b",
                "a.",
            ]
        )
    if isinstance(value, list):
        return st.just([]) | st.just(value * 2) | st.just([*value[:1], None])
    return st.just({}) | json_values


@given(data=st.data())
@example(data=None)  # the seed itself
def test_schema_and_loads_agree_on_every_change(data: st.DataObject | None) -> None:
    documents = [json.loads(vjson.dumps(x)) for x in (*SEEDS.values(), EVERYTHING)]
    if data is None:
        assert all(_agree(document) for document in documents)
        return
    drawn = vs.instruments(drafts=None, received=True).map(vjson.to_dict)
    document = data.draw(st.sampled_from(documents) | drawn)
    steps = data.draw(st.sampled_from(list(_locations(document))))
    *parents, last = steps or ("",)
    node: Any = document
    for step in parents:
        node = node[step]
    value = node[last] if steps else document
    how = data.draw(st.sampled_from(["replace", "delete", "add"]))
    if how == "add" and isinstance(value, dict):
        value[data.draw(nfc_text)] = data.draw(json_values)
    elif how == "delete" and steps and isinstance(node, dict):
        del node[last]
    elif steps:
        node[last] = data.draw(_neighbours(value) | json_values)
    if not _agree(document):
        schema = _schema_error_steps(document)
        problems = _loads_problem_steps(document) or []
        assert any(_near(found, steps) or found[: len(steps)] == steps for found in schema), schema
        assert any(_near(found, steps) or found[: len(steps)] == steps for found in problems), (
            problems
        )


# Each constraint accepts exactly what the model accepts ----------------------------------------

_SPACES = (
    "\t\n\x0b\x0c\r\x1c\x1f \x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b"
)
_LETTERS = "aĐđỹQ&_-.09٣²ǅʰ中𝐀𝟘\u0301\u00d0"
texts = st.text(alphabet=st.sampled_from(_SPACES + _LETTERS) | st.characters(), max_size=8).map(nfc)


@given(value=texts)
@example(value="Sóc Trăng\n")
@example(value="Sóc Trăng\u2028")
@example(value="\ufeffSóc Trăng")
def test_single_line_text(value: str) -> None:
    _agree(_minimal(place=value))


@given(value=texts)
@example(value="V/v\ntăng cường")
@example(value="V/v\n")
def test_multi_line_text(value: str) -> None:
    _agree(_minimal(subject=value))


@given(value=texts)
@example(value="XDCQ&CTTN")
@example(value="V.I")
@example(value="V..I")
@example(value=".KT")
@example(value="QĐ")
@example(value="𝐀𝟘")
def test_symbol_parts(value: str) -> None:
    accepted = _agree(_minimal(number={"issuer_abbreviation": value}))
    assert accepted == bool(SYMBOL_PART.fullmatch(value))


def _class_members(letters: str) -> set[str]:
    """The members of a regex character class body made of characters and ``a-b`` ranges."""
    members: set[str] = set()
    index = 0
    while index < len(letters):
        if letters[index + 1 : index + 2] == "-":
            first, last = ord(letters[index]), ord(letters[index + 2])
            members.update(chr(code) for code in range(first, last + 1))
            index += 3
        else:
            members.add(letters[index])
            index += 1
    return members


def test_symbol_part_letters_and_digits_are_those_of_the_model() -> None:
    definition = SCHEMA["$defs"]["symbol_part"]
    letters = re.search(r"\[([^]]*)&\.\]\+", definition["pattern"])  # [<letters and digits>&.]+
    version = re.search(r"Unicode ([\d.]+)", definition["description"])
    assert letters is not None
    assert version is not None
    schema = _class_members(letters[1])
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    model = set("".join(SYMBOL_PART.findall(everything))) - {"&"}
    assert {"Q", "Đ", "y", "0", "ª", "𝐀"} <= schema
    if unicodedata.unidata_version == version[1]:
        assert schema == model
    else:  # another Python knows other letters: the schema may miss some, never add any
        assert schema - model == set()


@given(value=st.text(alphabet="0123456789٣ a\n", max_size=5))
def test_numbers(value: str) -> None:
    _agree(_minimal(number={"number": value, "issuer_abbreviation": "STC"}))


@given(value=st.text(alphabet="0A.zĐ \n", max_size=16))
@example(value="000.00.00.H41")
@example(value="1.2.3.4.5")
def test_organ_ids(value: str) -> None:
    _agree(_minimal(issuer={"name": "SỞ TÀI CHÍNH", "organ_id": value}))


@given(
    year=st.integers(990, 10010) | st.sampled_from([1900, 2000, 2023, 2024, 2100]),
    month=st.integers(0, 13),
    day=st.integers(0, 32),
)
def test_iso_dates(year: int, month: int, day: int) -> None:
    _agree(_minimal(date=f"{year:04d}-{month:02d}-{day:02d}"))


@given(
    parts=st.fixed_dictionaries(
        {},
        optional={
            "day": st.integers(-1, 32),
            "month": st.integers(-1, 13),
            "year": st.integers(998, 10001),
        },
    ),
    where=st.sampled_from(["date", "deadline"]),
)
def test_partial_dates(parts: dict[str, int], where: str) -> None:
    if where == "date":
        _agree(_minimal(date=parts))
    else:
        deadline = {"type": "date", "bound": "on", "date": parts}
        _agree(_minimal(body={"tasks": [{"text": "Báo cáo", "deadline": deadline}]}))


@given(
    unit=st.sampled_from([unit.value for unit in PeriodUnit]),
    index=st.none() | st.integers(-1, 13),
    year=st.none() | st.integers(999, 10000),
)
def test_period_deadlines(unit: str, index: int | None, year: int | None) -> None:
    deadline = {"type": "period", "unit": unit, "index": index, "year": year}
    deadline = {key: value for key, value in deadline.items() if value is not None}
    _agree(_minimal(body={"tasks": [{"text": "Báo cáo", "deadline": deadline}]}))


@given(
    style=st.sampled_from([None, "legal", "party", "state"]),
    year=st.none() | st.just(2020),
    kind=st.none() | st.just("NĐ"),
)
def test_number_styles(style: str | None, year: int | None, kind: str | None) -> None:
    number = {
        "number": "30",
        "issuer_abbreviation": "CP",
        "style": style,
        "year": year,
        "kind_abbreviation": kind,
    }
    _agree(_minimal(number={key: value for key, value in number.items() if value is not None}))


@given(
    where=st.sampled_from(
        [
            ("archive", "copies", {"units": ["VT"]}),
            ("drafter", "copies", {"initials": "PL."}),
            ("incoming", "number", {"receiver": "SỞ TÀI CHÍNH"}),
        ]
    ),
    value=st.integers(-1, 2)
    | st.integers(9_998, 10_002)
    | st.integers(999_998, 1_000_002)
    | st.integers(9_999_998, 10_000_002)
    | st.floats(-1, 3),
)
def test_counts(where: tuple[str, str, dict[str, Any]], value: float) -> None:
    name, field, rest = where
    _agree(_minimal(**{name: {**rest, field: value}}))


@given(
    present=st.sets(st.sampled_from(["kind", "number", "title", "subject", "issuer"])),
)
def test_what_identifies_a_citation(present: set[str]) -> None:
    values = {
        "kind": "luat",
        "number": {"issuer_abbreviation": "QH"},
        "title": "Đất đai",
        "subject": "về đất đai",
        "issuer": "Quốc hội",
    }
    citation = {key: values[key] for key in sorted(present)}
    _agree(_minimal(body={"preamble": [{"text": "Căn cứ Luật Đất đai;", "citations": [citation]}]}))


@given(present=st.sets(st.sampled_from(["authorities", "title", "name"])))
def test_what_a_signature_names(present: set[str]) -> None:
    values = {
        "authorities": [{"mark": "KT", "applies_to": "GIÁM ĐỐC"}],
        "title": "PHÓ GIÁM ĐỐC",
        "name": "Vũ Ngọc Khánh",
    }
    _agree(_minimal(signatures=[{key: values[key] for key in sorted(present)}]))


@given(present=st.sets(st.sampled_from(["address", "phone", "fax", "email", "website"])))
def test_contact_details(present: set[str]) -> None:
    _agree(_minimal(contact=dict.fromkeys(present, "x")))


# Another validator reads it: Ajv (JavaScript), in strict mode ----------------------------------

AJV = "ajv-cli@5.0.0"
"""Ajv's command line, from the npm registry, installed once into the user's cache folder."""


@pytest.fixture(scope="module")
def ajv() -> Path:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Ajv runs on Node.js, and node or npm is not on PATH")
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "vnadmin-tests"
    folder = cache / AJV.replace("@", "-")
    binary = folder / "node_modules" / ".bin" / "ajv"
    if not binary.exists():
        cache.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix="ajv-", dir=cache))
        command = [npm, "install", "--no-audit", "--no-fund", "--prefix", str(staging), AJV]
        subprocess.run(command, check=True, capture_output=True, timeout=600)
        try:
            staging.rename(folder)  # whole or not at all; another test worker may have won
        except OSError:
            shutil.rmtree(staging)
    return binary


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The schema this vnadmin ships (from the wheel, or the checkout), as a file."""
    path = tmp_path_factory.mktemp("schema") / "vnadmin.schema.json"
    path.write_bytes(schemas.load("vnadmin.schema.json"))
    return path


def _ajv_run(ajv: Path, schema: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(ajv), *args, "--spec=draft2020", "--strict=true", "-s", str(schema)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_ajv_compiles_the_schema_in_strict_mode(ajv: Path, shipped: Path) -> None:
    result = _ajv_run(ajv, shipped, "compile")
    assert result.returncode == 0, result.stdout + result.stderr


@settings(max_examples=1, phases=[Phase.generate])  # one Ajv run over ten; no shrinking runs
@given(generated=st.lists(vs.instruments(drafts=None, received=True), min_size=10, max_size=10))
def test_ajv_and_jsonschema_agree_on_every_document(
    ajv: Path, shipped: Path, generated: list[Any]
) -> None:
    documents = [json.loads(vjson.dumps(i)) for i in [*SEEDS.values(), EVERYTHING, *generated]]
    written = len(documents)
    for change, _, _ in CHANGES:
        documents.append(copy.deepcopy(SEED))
        change(documents[-1])
    with tempfile.TemporaryDirectory() as folder:
        for number, document in enumerate(documents):
            Path(folder, f"{number:03d}.json").write_text(json.dumps(document), "utf-8")
        result = _ajv_run(ajv, shipped, "validate", "-d", f"{folder}/*.json")
    said = re.findall(r"^(\S+\.json) (valid|invalid)$", result.stdout + result.stderr, re.M)
    verdicts = {int(Path(name).stem): verdict == "valid" for name, verdict in said}
    assert len(verdicts) == len(documents), result.stdout + result.stderr
    expected = {number: VALIDATOR.is_valid(document) for number, document in enumerate(documents)}
    differ = [documents[n] for n in expected if verdicts.get(n) != expected[n]]
    assert verdicts == expected, f"Ajv and jsonschema differ on {differ}"
    assert sum(expected.values()) == written  # what vnadmin writes is valid, every change is not
