"""The JSON codec: instruments to and from vnadmin's versioned JSON documents.

The document form is a public contract, described by ``schemas/vnadmin.schema.json``
(:func:`vnadmin.schemas.json_schema`) and in ``docs/json.md``.  :func:`dumps` writes the one
document of an instrument; :func:`loads` reads exactly the documents :func:`dumps` writes and
raises :class:`~vnadmin.errors.JSONDecodeError`, naming every problem by its JSON path, for
anything else.  ``orjson`` is used when installed; the output is the same without it.

As in cattrs' ``preconf`` modules, :func:`make_converter` builds a converter configured by
:func:`configure_converter`, for callers who nest instruments in their own classes.
:data:`CODEC` is the format's record (see ``docs/architecture.md``); JSON loses nothing, and
:func:`losses` proves it for one instrument.
"""

from __future__ import annotations

import json
import math
import threading
from typing import Any

from cattrs import Converter

from vnadmin._codec import UTF8, Codec, expect, round_trip_losses, writer
from vnadmin._jsonform import (
    FORMAT_VERSION,
    SHARED_VALUES,
    StructureError,
    configure_converter,
    problem_budget,
)
from vnadmin._walk import nested_message, too_deep_node
from vnadmin.errors import MAX_KEPT, JSONDecodeError
from vnadmin.limits import MAX_NESTING
from vnadmin.model import KINDS, Instrument, KindRegistry

try:
    import orjson
except ImportError:  # pragma: no cover - exercised by the stdlib tests instead
    orjson = None  # type: ignore[assignment]

__all__ = [
    "CODEC",
    "FORMAT_VERSION",
    "StructureError",
    "configure_converter",
    "dumps",
    "from_dict",
    "loads",
    "losses",
    "make_converter",
    "to_dict",
]


def make_converter(*, detailed_validation: bool = True, kinds: KindRegistry = KINDS) -> Converter:
    """A cattrs converter for vnadmin's JSON form, kinds written and read by their code in
    ``kinds``.

    As cattrs' own converters, it gathers every problem of a value into a group by default:
    a model class's is a :class:`StructureError` (a ``VnadminError`` and cattrs'
    ``ClassValidationError``), which ``cattrs.transform_error`` lists problem by problem with
    its path, and whose ``problems`` are vnadmin's messages at their JSON paths.  With
    ``detailed_validation=False`` it is faster and stops at the first problem, raising it
    bare, as cattrs does: a ``ValueError`` of vnadmin's (:class:`~vnadmin.errors.VnadminError`)
    or a ``KeyError`` for a missing property.
    """
    converter = Converter(
        forbid_extra_keys=True,
        prefer_attrib_converters=True,  # text goes to the model's NFC converters as read
        detailed_validation=detailed_validation,
    )
    configure_converter(converter, kinds=kinds)
    return converter


_FAST = make_converter(detailed_validation=False)
_DETAILED = make_converter()
_BY_REGISTRY: dict[int, tuple[KindRegistry, Converter, Converter]] = {}
"""The fast and detailed converters of the other registries used last (at most
:data:`_REGISTRIES_KEPT`, each held with its registry, so that its id stays its own).  Their
hooks look kinds up as they go, so a kind registered later is found."""
_REGISTRIES_KEPT = 8
_KEEPING = threading.Lock()
"""Threads take turns at :data:`_BY_REGISTRY`: two dropping the oldest at once raised a bare
KeyError with more than eight registries in use."""


def _converters(kinds: KindRegistry) -> tuple[Converter, Converter]:
    if kinds is KINDS:
        return _FAST, _DETAILED
    expect("kinds", kinds, KindRegistry)
    with _KEEPING:
        found = _BY_REGISTRY.pop(id(kinds), None)
        if found is None:
            found = (
                kinds,
                make_converter(detailed_validation=False, kinds=kinds),
                make_converter(kinds=kinds),
            )
        _BY_REGISTRY[id(kinds)] = found  # the most recent last
        while len(_BY_REGISTRY) > _REGISTRIES_KEPT:
            del _BY_REGISTRY[next(iter(_BY_REGISTRY))]
    return found[1], found[2]


@writer(UTF8)
def to_dict(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> dict[str, Any]:
    """The document of ``instrument`` as plain JSON data (dicts, lists, strings, ints).

    A kind outside ``kinds`` cannot be written: :class:`~vnadmin.errors.UnregisteredKindError`.
    """
    return _to_dict(instrument, kinds)


def _to_dict(instrument: Instrument, kinds: KindRegistry) -> dict[str, Any]:
    converter = _FAST if kinds is KINDS else _converters(kinds)[0]
    result: dict[str, Any] = converter.unstructure(instrument, Instrument)
    return result


def from_dict(data: Any, *, kinds: KindRegistry = KINDS) -> Instrument:
    """The instrument of a decoded document, kinds looked up by code in ``kinds``;
    :class:`~vnadmin.errors.JSONDecodeError` lists every problem if ``data`` is not one
    :func:`to_dict` could have returned."""
    fast, detailed = (_FAST, _DETAILED) if kinds is KINDS else _converters(kinds)
    deep = _too_deep(data)
    if deep is not None:
        raise JSONDecodeError("vnadmin JSON document", [deep])
    try:
        instrument: Instrument = fast.structure(data, Instrument)
    except Exception:  # the fast path stops at the first problem: look again, in detail
        with problem_budget() as budget:
            try:
                instrument = detailed.structure(data, Instrument)
            except Exception as error:
                problems, more = (
                    error.first_problems(MAX_KEPT)
                    if isinstance(error, StructureError)
                    else ([("$", str(error) or type(error).__name__)], 0)
                )
                raise JSONDecodeError(
                    "vnadmin JSON document", problems, more=more, stopped=budget.spent
                ) from None
    return instrument


def _too_deep(data: Any) -> tuple[str, str] | None:
    """Where the trees of a decoded document nest deeper than
    :data:`~vnadmin.limits.MAX_NESTING`, measured before they are read (reading them is
    recursive), as (JSON path, message)."""
    if data.__class__ is not dict:
        return None
    body = data.get("body")
    if _within(_items(body, "tasks") + _items(body, "closing"), "subtasks", listed=True) and (
        _within(_item(data, "issuer") + _items(data, "addressees"), "parent", listed=False)
    ):
        return None  # the common case, measured without a call per node
    tasks = [
        ("body.tasks", _items(body, "tasks"), True),
        ("body.closing", _items(body, "closing"), True),
    ]
    path = too_deep_node(tasks, lambda task: _items(task, "subtasks"), "subtasks")
    if path is not None:
        return path, nested_message("tasks")
    organizations = [
        ("issuer", _item(data, "issuer"), False),
        ("addressees", _items(data, "addressees"), True),
    ]
    path = too_deep_node(
        organizations, lambda organization: _item(organization, "parent"), "parent"
    )
    return None if path is None else (path, nested_message("organisations"))


def _within(level: list[Any], key: str, *, listed: bool) -> bool:
    """Whether no node of the trees under ``level`` (JSON values; a node's children in the
    array at ``key`` if ``listed``, else the object at ``key``) lies more than
    :data:`~vnadmin.limits.MAX_NESTING` deep: the levels of :func:`too_deep_node`, each one
    comprehension with no call per node, for the common case where no path need be found."""
    for _ in range(MAX_NESTING):
        if not level:
            return True
        if listed:
            level = [
                child
                for node in level
                if node.__class__ is dict and (children := node.get(key)).__class__ is list
                for child in children
            ]
        else:
            level = [
                child
                for node in level
                if node.__class__ is dict and (child := node.get(key)).__class__ is dict
            ]
    return not level


def _items(value: Any, key: str) -> list[Any]:
    """``value[key]`` if ``value`` is an object and that an array, else no items."""
    found = value.get(key) if value.__class__ is dict else None
    return found if found.__class__ is list else []


def _item(value: Any, key: str) -> list[Any]:
    """``[value[key]]`` if ``value`` is an object and that an object, else no item."""
    found = value.get(key) if value.__class__ is dict else None
    return [found] if found.__class__ is dict else []


# Text ---------------------------------------------------------------------------------------


def _stdlib_dumps(data: dict[str, Any], pretty: bool) -> str:
    """``json.dumps``, refusing what orjson refuses: a lone surrogate (UnicodeEncodeError)."""
    if pretty:
        text = json.dumps(data, ensure_ascii=False, indent=2)
    else:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if not text.isascii():
        text.encode("utf-8")  # raises on a lone surrogate, which no UTF-8 text can hold
    return text


def _stdlib_loads(document: str | bytes | bytearray | memoryview) -> Any:
    """``json.loads``, refusing what orjson refuses: other encodings than UTF-8 (RFC 8259),
    NaN and infinities, and lone surrogates, which no UTF-8 text can hold."""
    text = document if isinstance(document, str) else bytes(document).decode("utf-8")
    text.encode("utf-8")  # raises on a lone surrogate
    data = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    if "\\u" in text:  # an escape may spell a lone surrogate
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    return data


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"{text} is too large a number")
    return number


def _orjson_dumps(data: dict[str, Any], pretty: bool) -> str:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if pretty else 0).decode()


def _orjson_loads(text: str | bytes | bytearray | memoryview) -> Any:
    return orjson.loads(text)


_dumps, _loads = (
    (_orjson_dumps, _orjson_loads) if orjson is not None else (_stdlib_dumps, _stdlib_loads)
)


@writer(UTF8)
def dumps(instrument: Instrument, *, kinds: KindRegistry = KINDS, pretty: bool = False) -> str:
    """The JSON document of ``instrument``: compact, or indented by two spaces if ``pretty``.

    Text is not escaped (Vietnamese stays readable).  Kinds are written by their code in
    ``kinds``: one outside it, which :func:`loads` with the same ``kinds`` could not read, is
    refused with :class:`~vnadmin.errors.UnregisteredKindError` (an ``UnknownKindError``).
    A text holding a lone surrogate, which no UTF-8 text can hold, is refused:
    :class:`~vnadmin.errors.EncodeError` names its field.
    """
    return _dumps(_to_dict(instrument, kinds), pretty)  # orjson refuses with a TypeError


_DOCUMENT = (str, bytes, bytearray, memoryview)


def loads(
    document: str | bytes | bytearray | memoryview, *, kinds: KindRegistry = KINDS
) -> Instrument:
    """The instrument of a JSON document (UTF-8 if bytes), kinds looked up by code in ``kinds``.

    :class:`~vnadmin.errors.JSONDecodeError` lists every problem with its JSON path.
    """
    expect("document", document, _DOCUMENT)
    try:
        data = _loads(document)
    except (ValueError, RecursionError) as error:  # orjson's and json's errors are ValueErrors
        doc, pos = getattr(error, "doc", ""), getattr(error, "pos", 0)  # a syntax error's place
        raise JSONDecodeError("JSON", [("$", str(error))], doc, pos) from None
    if orjson is None:
        return from_dict(data, kinds=kinds)
    token = SHARED_VALUES.set(({}, orjson.dumps))  # plain JSON: its orjson text is a faithful key
    try:
        return from_dict(data, kinds=kinds)
    finally:
        SHARED_VALUES.reset(token)


losses = round_trip_losses(dumps, loads)


def _foreign(document: bytes) -> str | None:
    """Why a JSON text is no vnadmin document at all: an object without a ``vnadmin`` key."""
    try:
        data = json.loads(document)
    except ValueError:  # malformed: the reader's own message says where
        return None
    if isinstance(data, dict) and "vnadmin" in data:
        return None
    return 'not a vnadmin JSON document: no "vnadmin" key'


CODEC = Codec(
    name="json",
    extension=".json",
    media_type="application/json",
    dumps=dumps,
    loads=loads,
    losses=losses,
    starts=b"{",
    decode_error=JSONDecodeError,
    foreign=_foreign,
    file_options={"pretty": True},
)
"""vnadmin JSON as one format among the others (see :mod:`vnadmin._codec`)."""
