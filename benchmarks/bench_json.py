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
- ``vnadmin.json.dumps`` (instrument to ``str``) and ``vnadmin.json.loads`` (``bytes`` to
  instrument).

Encode is typed object -> JSON; decode is JSON bytes -> typed object (-> dict for the floor).
Times are medians of 21 timed batches (``timeit``), the batches of all libraries taking turns;
ratios are to the floor and to pydantic.
"""

from __future__ import annotations

import datetime
import enum
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
    DeadlineBound,
    Frequency,
    Instrument,
    NumberStyle,
    PeriodUnit,
    Regime,
    Role,
    SigningMark,
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
        ("vnadmin.json", "encode"): lambda: vjson.dumps(instrument),
        ("vnadmin.json", "decode"): lambda: vjson.loads(document),
    }
    median = timing.medians(cases)
    libraries = dict.fromkeys(library for library, _ in cases)
    return {
        library: (median[library, "encode"], median[library, "decode"]) for library in libraries
    }


def table(name: str, size: int, times: dict[str, tuple[float, float]]) -> str:
    floor, peer = times["orjson (dict)"], times["pydantic v2"]
    lines = [
        f"### {name} ({size:,} bytes of JSON)",
        "",
        "| library | encode | ×floor | ×pydantic | decode | ×floor | ×pydantic |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for library, (encode, decode) in times.items():
        lines.append(
            f"| {library} | {timing.show(encode)} | {encode / floor[0]:.2f} | {encode / peer[0]:.2f}"
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
