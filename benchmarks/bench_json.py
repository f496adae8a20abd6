"""JSON encode and decode speed: vnadmin.json beside orjson on a plain dict, msgspec and pydantic.

Run it directly (``python benchmarks/bench_json.py``) or through ``nox -s benchmarks``.  Two
instruments: a realistic directive (Chỉ thị) of 10 tasks and a large one of 1,000 tasks.  Each
library works on the same JSON document:

- the floor: ``orjson.dumps`` of the plain dict that ``vnadmin.json.to_dict`` returns, and
  ``orjson.loads`` back to that dict (no typed objects at all);
- msgspec ``Struct`` and pydantic v2 ``BaseModel`` peers of the model, written below with the
  same fields, defaults omitted, the same tagged deadline union, typed enums and dates: they
  check JSON types, where vnadmin also runs the model's validators (NFC text, number and symbol
  grammar, calendar dates, ...);
- the floor with the model's checks (decode only): ``orjson.loads`` and a hand-written walk
  (:func:`walk`) that builds each object of the model with its constructor, so the model's
  converters and validators run and nothing else is checked;
- ``vnadmin.json.dumps`` (instrument to ``str``) and ``vnadmin.json.loads`` (``bytes`` to
  instrument).

Encode is typed object -> JSON; decode is JSON bytes -> typed object (-> dict for the floor).
Times are medians of 21 timed batches (``timeit``), the batches of all libraries taking turns;
ratios are to the floor and to pydantic.
"""

from __future__ import annotations

import datetime
import enum
import math
import platform
import sys
from collections.abc import Callable
from typing import Annotated, Any, Literal, Union

import msgspec
import orjson
import pydantic
import timing
from instruments import directive, varied

from vnadmin import json as vjson
from vnadmin.model import (
    KINDS,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Citation,
    Contact,
    DateDeadline,
    Deadline,
    DeadlineBound,
    DocumentNumber,
    Frequency,
    Instrument,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Recipient,
    Regime,
    RelativeDeadline,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)

# The peers: the same document shape in msgspec and pydantic ---------------------------------

Regime_ = enum.Enum("Regime_", {m.name: m.value for m in Regime}, type=str)  # type: ignore[misc]
Role_ = enum.Enum("Role_", {m.name: m.value for m in Role}, type=str)  # type: ignore[misc]
Bound_ = enum.Enum("Bound_", {m.name: m.value for m in DeadlineBound}, type=str)  # type: ignore[misc]
Unit_ = enum.Enum("Unit_", {m.name: m.value for m in PeriodUnit}, type=str)  # type: ignore[misc]
Frequency_ = enum.Enum("Frequency_", {m.name: m.value for m in Frequency}, type=str)  # type: ignore[misc]
Mark_ = enum.Enum("Mark_", {m.name: m.value for m in SigningMark}, type=str)  # type: ignore[misc]
Urgency_ = enum.Enum("Urgency_", {m.name: m.value for m in Urgency}, type=str)  # type: ignore[misc]
Style_ = enum.Enum("Style_", {m.name: m.value for m in NumberStyle}, type=str)  # type: ignore[misc]


class _S(msgspec.Struct, omit_defaults=True, forbid_unknown_fields=True):
    pass


class SDateParts(_S, kw_only=True):
    day: int | None = None
    month: int | None = None
    year: int | None = None


SDate = Union[datetime.date, SDateParts]  # noqa: UP007


class SOrganization(_S, kw_only=True):
    name: str
    abbreviation: str | None = None
    parent: SOrganization | None = None
    organ_id: str | None = None


class SNumber(_S, kw_only=True):
    number: str | None = None
    issuer_abbreviation: str
    kind_abbreviation: str | None = None
    extra_parts: list[str] = []
    year: int | None = None
    style: Style_ = Style_.STATE  # type: ignore[attr-defined]


class SCitation(_S, kw_only=True):
    kind: str | None = None
    number: SNumber | None = None
    title: str | None = None
    date: SDate | None = None
    issuer: str | None = None
    term: str | None = None
    subject: str | None = None


class SAssignment(_S, kw_only=True):
    role: Role_  # type: ignore[valid-type]
    actor: str


class SDateDeadline(_S, kw_only=True, tag="date", tag_field="type"):
    bound: Bound_  # type: ignore[valid-type]
    date: SDate


class SPeriodDeadline(_S, kw_only=True, tag="period", tag_field="type"):
    unit: Unit_  # type: ignore[valid-type]
    index: int | None = None
    year: int | None = None


class SRelativeDeadline(_S, kw_only=True, tag="relative", tag_field="type"):
    text: str


class STask(_S, kw_only=True):
    label: str | None = None
    text: str
    subtasks: list[STask] = []
    assignments: list[SAssignment] = []
    deadline: SDateDeadline | SPeriodDeadline | SRelativeDeadline | None = None
    recurrence: Frequency_ | None = None  # type: ignore[valid-type]
    citations: list[SCitation] = []
    attachment_notes: list[str] = []


class SParagraph(_S, kw_only=True):
    text: str
    citations: list[SCitation] = []


class SBody(_S, kw_only=True):
    preamble: list[SParagraph] = []
    background: list[SParagraph] = []
    tasks: list[STask] = []
    closing: list[STask] = []


class SAuthority(_S, kw_only=True):
    mark: Mark_  # type: ignore[valid-type]
    applies_to: str


class SSignature(_S, kw_only=True):
    authorities: list[SAuthority] = []
    title: str | None = None
    name: str | None = None


class SRecipient(_S, kw_only=True):
    name: str
    purpose: str | None = None


class SArchive(_S, kw_only=True):
    units: list[str]
    copies: int | None = None


class SContact(_S, kw_only=True):
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None


class SInstrument(_S, kw_only=True):
    vnadmin: str
    regime: Regime_  # type: ignore[valid-type]
    kind: str | None = None
    issuer: SOrganization | None = None
    number: SNumber | None = None
    place: str | None = None
    date: SDate | None = None
    subject: str | None = None
    addressees: list[SOrganization] = []
    body: SBody | None = None
    signatures: list[SSignature] = []
    distribution: list[SRecipient] = []
    archive: SArchive | None = None
    urgency: Urgency_ | None = None  # type: ignore[valid-type]
    contact: SContact | None = None


class _P(pydantic.BaseModel):
    model_config = pydantic.ConfigDict(extra="forbid")


class PDateParts(_P):
    day: int | None = None
    month: int | None = None
    year: int | None = None


PDate = Union[datetime.date, PDateParts]  # noqa: UP007


class POrganization(_P):
    name: str
    abbreviation: str | None = None
    parent: POrganization | None = None
    organ_id: str | None = None


class PNumber(_P):
    number: str | None = None
    issuer_abbreviation: str
    kind_abbreviation: str | None = None
    extra_parts: list[str] = []
    year: int | None = None
    style: Style_ = Style_.STATE  # type: ignore[attr-defined]


class PCitation(_P):
    kind: str | None = None
    number: PNumber | None = None
    title: str | None = None
    date: PDate | None = None
    issuer: str | None = None
    term: str | None = None
    subject: str | None = None


class PAssignment(_P):
    role: Role_  # type: ignore[valid-type]
    actor: str


class PDateDeadline(_P):
    type: Literal["date"]
    bound: Bound_  # type: ignore[valid-type]
    date: PDate


class PPeriodDeadline(_P):
    type: Literal["period"]
    unit: Unit_  # type: ignore[valid-type]
    index: int | None = None
    year: int | None = None


class PRelativeDeadline(_P):
    type: Literal["relative"]
    text: str


PDeadline = Annotated[
    Union[PDateDeadline, PPeriodDeadline, PRelativeDeadline],  # noqa: UP007
    pydantic.Field(discriminator="type"),
]


class PTask(_P):
    label: str | None = None
    text: str
    subtasks: list[PTask] = []
    assignments: list[PAssignment] = []
    deadline: PDeadline | None = None
    recurrence: Frequency_ | None = None  # type: ignore[valid-type]
    citations: list[PCitation] = []
    attachment_notes: list[str] = []


class PParagraph(_P):
    text: str
    citations: list[PCitation] = []


class PBody(_P):
    preamble: list[PParagraph] = []
    background: list[PParagraph] = []
    tasks: list[PTask] = []
    closing: list[PTask] = []


class PAuthority(_P):
    mark: Mark_  # type: ignore[valid-type]
    applies_to: str


class PSignature(_P):
    authorities: list[PAuthority] = []
    title: str | None = None
    name: str | None = None


class PRecipient(_P):
    name: str
    purpose: str | None = None


class PArchive(_P):
    units: list[str]
    copies: int | None = None


class PContact(_P):
    address: str | None = None
    phone: str | None = None
    fax: str | None = None
    email: str | None = None
    website: str | None = None


class PInstrument(_P):
    vnadmin: str
    regime: Regime_  # type: ignore[valid-type]
    kind: str | None = None
    issuer: POrganization | None = None
    number: PNumber | None = None
    place: str | None = None
    date: PDate | None = None
    subject: str | None = None
    addressees: list[POrganization] = []
    body: PBody | None = None
    signatures: list[PSignature] = []
    distribution: list[PRecipient] = []
    archive: PArchive | None = None
    urgency: Urgency_ | None = None  # type: ignore[valid-type]
    contact: PContact | None = None


# The floor with the model's checks: a hand-written walk from the plain dict into the model ---


def _date(value: Any) -> PartialDate:
    if isinstance(value, str):
        return PartialDate(year=int(value[:4]), month=int(value[5:7]), day=int(value[8:]))
    return PartialDate(**value)


def _organization(value: dict[str, Any]) -> Organization:
    parent = value.get("parent")
    return Organization(
        name=value["name"],
        abbreviation=value.get("abbreviation"),
        parent=None if parent is None else _organization(parent),
        organ_id=value.get("organ_id"),
    )


def _number(value: dict[str, Any]) -> DocumentNumber:
    style = value.get("style")
    return DocumentNumber(
        number=value.get("number"),
        issuer_abbreviation=value["issuer_abbreviation"],
        kind_abbreviation=value.get("kind_abbreviation"),
        extra_parts=value.get("extra_parts", ()),
        year=value.get("year"),
        style=NumberStyle.STATE if style is None else NumberStyle(style),
    )


def _citation(value: dict[str, Any]) -> Citation:
    kind, number, date = value.get("kind"), value.get("number"), value.get("date")
    return Citation(
        kind=None if kind is None else KINDS.get(kind),
        number=None if number is None else _number(number),
        title=value.get("title"),
        date=None if date is None else _date(date),
        issuer=value.get("issuer"),
        term=value.get("term"),
        subject=value.get("subject"),
    )


def _deadline(value: dict[str, Any]) -> Deadline:
    if value["type"] == "date":
        return DateDeadline(bound=DeadlineBound(value["bound"]), date=_date(value["date"]))
    if value["type"] == "period":
        unit = PeriodUnit(value["unit"])
        return PeriodDeadline(unit=unit, index=value.get("index"), year=value.get("year"))
    return RelativeDeadline(text=value["text"])


def _task(value: dict[str, Any]) -> Task:
    deadline, recurrence = value.get("deadline"), value.get("recurrence")
    return Task(
        label=value.get("label"),
        text=value["text"],
        subtasks=[_task(t) for t in value.get("subtasks", ())],
        assignments=[
            Assignment(role=Role(a["role"]), actor=a["actor"]) for a in value.get("assignments", ())
        ],
        deadline=None if deadline is None else _deadline(deadline),
        recurrence=None if recurrence is None else Frequency(recurrence),
        citations=[_citation(c) for c in value.get("citations", ())],
        attachment_notes=value.get("attachment_notes", ()),
    )


def _paragraphs(values: list[dict[str, Any]]) -> list[Paragraph]:
    return [
        Paragraph(text=p["text"], citations=[_citation(c) for c in p.get("citations", ())])
        for p in values
    ]


def walk(value: dict[str, Any]) -> Instrument:
    """The instrument of a decoded document of the benchmark's shape, each object built by
    its constructor (the model's converters and validators run), nothing else checked: what
    any decoder into this model must at least do."""
    body = value.get("body", {})
    kind, issuer, number, date = (value.get(k) for k in ("kind", "issuer", "number", "date"))
    archive, urgency, contact = (value.get(k) for k in ("archive", "urgency", "contact"))
    return Instrument(
        regime=Regime(value["regime"]),
        kind=None if kind is None else KINDS.get(kind),
        issuer=None if issuer is None else _organization(issuer),
        number=None if number is None else _number(number),
        place=value.get("place"),
        date=None if date is None else _date(date),
        subject=value.get("subject"),
        addressees=[_organization(o) for o in value.get("addressees", ())],
        body=Body(
            preamble=_paragraphs(body.get("preamble", [])),
            background=_paragraphs(body.get("background", [])),
            tasks=[_task(t) for t in body.get("tasks", ())],
            closing=[_task(t) for t in body.get("closing", ())],
        ),
        signatures=[
            SignatureBlock(
                authorities=[
                    Authority(mark=SigningMark(a["mark"]), applies_to=a["applies_to"])
                    for a in s.get("authorities", ())
                ],
                title=s.get("title"),
                name=s.get("name"),
            )
            for s in value.get("signatures", ())
        ],
        distribution=[
            Recipient(name=r["name"], purpose=r.get("purpose"))
            for r in value.get("distribution", ())
        ],
        archive=None if archive is None else ArchiveLine(**archive),
        urgency=None if urgency is None else Urgency(urgency),
        contact=None if contact is None else Contact(**contact),
    )


# The run ------------------------------------------------------------------------------------


def measure(instrument: Instrument) -> dict[str, tuple[float, float]]:
    """(encode, decode) median seconds per call for each library.

    Batches of every library and direction take turns, so that the load of a shared machine
    falls on all of them alike and the ratios stay steady even when the times do not.
    """
    document = vjson.dumps(instrument).encode()
    plain = orjson.loads(document)
    struct = msgspec.json.decode(document, type=SInstrument)
    model = PInstrument.model_validate_json(document)
    for produced in (  # every library writes the same document
        orjson.dumps(plain),
        msgspec.json.encode(struct),
        model.model_dump_json(exclude_defaults=True).encode(),
    ):
        assert orjson.loads(produced) == plain, "the peers do not write vnadmin's document"
    cases: dict[tuple[str, str], Callable[[], Any]] = {
        ("orjson (dict)", "encode"): lambda: orjson.dumps(plain),
        ("orjson (dict)", "decode"): lambda: orjson.loads(document),
        ("msgspec", "encode"): lambda: msgspec.json.encode(struct),
        ("msgspec", "decode"): lambda: msgspec.json.decode(document, type=SInstrument),
        ("pydantic v2", "encode"): lambda: model.model_dump_json(exclude_defaults=True),
        ("pydantic v2", "decode"): lambda: PInstrument.model_validate_json(document),
        (WALK, "decode"): lambda: walk(orjson.loads(document)),
        ("vnadmin.json", "encode"): lambda: vjson.dumps(instrument),
        ("vnadmin.json", "decode"): lambda: vjson.loads(document),
    }
    assert walk(plain) == instrument, "the walk does not build the instrument"
    median = timing.medians(cases)
    libraries = dict.fromkeys(library for library, _ in cases)
    return {
        library: (median.get((library, "encode"), math.nan), median[library, "decode"])
        for library in libraries
    }


WALK = "orjson + the model's constructors"
"""The floor with the model's checks: :func:`walk` (decode only)."""


def table(name: str, size: int, times: dict[str, tuple[float, float]]) -> str:
    floor, peer = times["orjson (dict)"], times["pydantic v2"]
    lines = [
        f"### {name} ({size:,} bytes of JSON)",
        "",
        "| library | encode | ×floor | ×pydantic | decode | ×floor | ×pydantic |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for library, (encode, decode) in times.items():
        written = (
            ("", "", "")
            if math.isnan(encode)
            else (timing.show(encode), f"{encode / floor[0]:.2f}", f"{encode / peer[0]:.2f}")
        )
        lines.append(
            f"| {library} | {' | '.join(written)}"
            f" | {timing.show(decode)} | {decode / floor[1]:.2f} | {decode / peer[1]:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    print(
        f"Python {platform.python_version()} on {platform.machine()} ({platform.processor() or platform.platform()});"
        f" orjson {orjson.__version__}, msgspec {msgspec.__version__}, pydantic {pydantic.VERSION}"
    )
    for name, instrument in (
        ("Directive, 10 tasks", directive(10)),
        ("Large directive, 1,000 tasks", directive(1000)),
        ("Large directive, 1,000 tasks, no value repeated", varied(1000)),
    ):
        size = len(vjson.dumps(instrument).encode())
        print()
        print(table(name, size, measure(instrument)))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
