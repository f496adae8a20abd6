"""The JSON document form as cattrs hooks; private to :mod:`vnadmin.json`.

Each model class is an object of its fields under their own (snake_case) names, in model
order, with fields at their default left out; a complete date is an ISO string and a partial
one an object of its parts; a kind is its registry code; a deadline carries a ``type`` tag.
Reading is as strict as writing: a document that spells out a default (``null``, ``[]``,
``"style": "state"``) is not one :func:`vnadmin.json.dumps` writes and is refused, so each
instrument has exactly one document.

Structuring hooks raise :class:`FormError` (a message and the step below the value) or let the
model's :class:`~vnadmin.errors.InvalidValueError` through.  With ``detailed_validation`` they
gather every problem into :class:`StructureError`, cattrs' exception group as cattrs' own hooks
build it: each problem's place is in cattrs' notes, so that ``cattrs.transform_error`` and
:attr:`StructureError.problems` read every problem with its path.
"""

from __future__ import annotations

import contextlib
import enum
import itertools
import json
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any, NoReturn, Union

import attrs
from cattrs import Converter
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from vnadmin._kinds import refused
from vnadmin.errors import MAX_KEPT, InvalidValueError, UnknownKindError, VnadminError
from vnadmin.model import (
    KINDS,
    Assignment,
    Citation,
    DateDeadline,
    DocumentKind,
    DocumentNumber,
    Instrument,
    KindRegistry,
    Organization,
    PartialDate,
    PeriodDeadline,
    RelativeDeadline,
)

__all__ = [
    "FORMAT_VERSION",
    "SHARED_VALUES",
    "FormError",
    "Step",
    "StructureError",
    "configure_converter",
    "problem_budget",
]

FORMAT_VERSION = "1.0"
"""The version of the document form, written first in every document: ``"vnadmin": "1.0"``."""

DEADLINE_TAGS: Mapping[str, type] = {
    "date": DateDeadline,
    "period": PeriodDeadline,
    "relative": RelativeDeadline,
}
_TAGS: Mapping[type, tuple[str, str]] = {
    Instrument: ("vnadmin", FORMAT_VERSION),
    **{cl: ("type", tag) for tag, cl in DEADLINE_TAGS.items()},
}
"""Classes whose object starts with a constant property: the format version, the deadline type."""

Step = Union[str, int]  # noqa: UP007 - a runtime alias on Python 3.10
StructureHook = Callable[[Any, Any], Any]
UnstructureHook = Callable[[Any], Any]


class FormError(VnadminError, ValueError):
    """A value is not in the document form: what is wrong, and the step below the value where
    it is (``steps``: a property name, when the problem is inside the value)."""

    def __init__(self, message: str, *steps: Step) -> None:
        super().__init__(message, *steps)
        self.message = message
        self.steps = steps

    def __str__(self) -> str:
        return self.message


class StructureError(VnadminError, ClassValidationError):
    """A value cannot be read into a model class: cattrs' :class:`~cattrs.errors.ClassValidationError`
    of every problem found, each placed by cattrs' notes, so ``cattrs.transform_error(error)``
    lists them as cattrs' own converters' errors are listed.  :attr:`problems` has vnadmin's
    messages, each at its JSON path below the value (``body.tasks[3].deadline``, ``$``)."""

    @property
    def problems(self) -> list[tuple[str, str]]:
        """``(path, message)`` pairs, one per path (the first problem found there)."""
        return self.first_problems(None)[0]

    def first_problems(self, limit: int | None) -> tuple[list[tuple[str, str]], int]:
        """The first ``limit`` of :attr:`problems` (all of them for ``None``), and how many
        more there are: only those kept are given a path."""
        found: dict[tuple[Step, ...], str] = {}
        for inner in self.exceptions:  # not this group's own notes: its place in a caller's value
            for steps, message in _walk(inner, ()):
                found.setdefault(steps, message)
        kept = [
            (_path(steps), message) for steps, message in itertools.islice(found.items(), limit)
        ]
        return kept, len(found) - len(kept)

    def __reduce__(self) -> tuple[Any, ...]:
        # cattrs' own groups inside (IterableValidationError) take a third argument that
        # tblib's exception pickler, which Dask installs for every exception class, drops:
        # they travel as _Group records and are rebuilt by their constructor.
        inner = [_Group.of(error) for error in self.exceptions]
        return _rebuild_structure, (type(self), self.message, inner, self.cl, self.__dict__)


@attrs.frozen
class _Group:
    """A cattrs exception group as it travels in a pickle: rebuilt by its constructor."""

    cls: type[BaseValidationError]
    message: str
    exceptions: list[Any]
    cl: Any
    state: dict[str, Any]

    @classmethod
    def of(cls, error: BaseException) -> Any:
        """``error`` ready to pickle: a cattrs group of vnadmin's making as a record."""
        if not isinstance(error, BaseValidationError) or isinstance(error, VnadminError):
            return error
        inner = [cls.of(e) for e in error.exceptions]
        return cls(type(error), error.message, inner, error.cl, dict(error.__dict__))

    def rebuilt(self) -> BaseValidationError:
        exceptions = [_rebuilt(error) for error in self.exceptions]
        error = self.cls(self.message, exceptions, self.cl)
        error.__dict__.update(self.state)
        return error


def _rebuilt(error: Any) -> Any:
    return error.rebuilt() if isinstance(error, _Group) else error


def _rebuild_structure(
    cls: type[StructureError], message: str, inner: list[Any], cl: Any, state: dict[str, Any]
) -> StructureError:
    error = cls(message, [_rebuilt(e) for e in inner], cl)
    error.__dict__.update(state)
    return error


def _walk(error: BaseException, steps: tuple[Step, ...]) -> Iterator[tuple[tuple[Step, ...], str]]:
    """Each problem inside ``error``: the steps to it, read from cattrs' notes, and its message."""
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            steps = (*steps, note.name)
        elif isinstance(note, IterableValidationNote):
            steps = (*steps, note.index)
    if isinstance(error, BaseValidationError):
        for inner in error.exceptions:
            yield from _walk(inner, steps)
    elif isinstance(error, FormError):
        yield (*steps, *error.steps), error.message
    elif isinstance(error, ForbiddenExtraKeysError):
        for key in sorted(error.extra_fields):
            yield (*steps, key), "unknown property"
    elif isinstance(error, InvalidValueError):  # placed by _located: the notes name the field
        yield steps, error.message
    elif isinstance(error, KeyError):  # cattrs reading a required property
        yield steps, "required property missing"
    else:
        yield steps, str(error) or type(error).__name__


def _path(steps: tuple[Step, ...]) -> str:
    """``body.tasks[3].deadline``; a property that is not a name is quoted: ``body["a b"]``."""
    path = "".join(
        f"[{step}]"
        if isinstance(step, int)
        else f".{step}"
        if _NAME.fullmatch(step)
        else f"[{json.dumps(step, ensure_ascii=False)}]"
        for step in steps
    )
    return path[1:] if path.startswith(".") else path or "$"


_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_ITEM = re.compile(r"item (\d+): (.*)", re.DOTALL)


def _show(value: object) -> str:
    """A JSON value as a short JSON text, for messages (``from_dict`` may get other values)."""
    text = json.dumps(value, ensure_ascii=False, default=repr)
    return text if len(text) <= 40 else text[:37] + "..."


def _raise(problems: list[Exception], cl: Any) -> NoReturn:
    raise StructureError(
        f"While structuring {getattr(cl, '__name__', cl)}",
        [_located(problem, cl) for problem in problems],
        cl,
    )


def _located(problem: Exception, cl: Any) -> Exception:
    """``problem`` placed in ``cl`` by a cattrs note, as cattrs places the problems of its own
    hooks: a :class:`FormError`'s step, the field an :class:`InvalidValueError` names (and the
    item, in a group of its own, when a validator of items names one)."""
    if any(isinstance(n, AttributeValidationNote) for n in getattr(problem, "__notes__", ())):
        return problem  # placed already, by the generated function of a field
    fields = attrs.fields_dict(cl) if attrs.has(cl) else {}
    if isinstance(problem, FormError) and problem.steps:
        step, *deeper = problem.steps
        return _noted(FormError(problem.message, *deeper), cl, step, fields)
    if isinstance(problem, InvalidValueError):
        name = problem.path.rpartition(".")[2]
        item = _ITEM.fullmatch(problem.message)
        if item:
            index, message = int(item[1]), item[2]
            inner = InvalidValueError(f"{problem.path}[{index}]", message)
            kind = getattr(fields.get(name), "type", Any)
            item_kind = typing.get_args(kind)[0] if _is_tuple(kind) else Any
            inner.__notes__ = [IterableValidationNote(f"@ index {index}", index, item_kind)]  # type: ignore[attr-defined]
            problem = IterableValidationError(f"While structuring {problem.path}", [inner], kind)
        return _noted(problem, cl, name, fields)
    return problem


def _noted(problem: Exception, cl: Any, step: Step, fields: dict[str, Any]) -> Exception:
    if isinstance(step, int):
        note: str = IterableValidationNote(f"@ index {step}", step, Any)
    else:
        kind = fields[step].type if step in fields else str  # else a tag: vnadmin, type
        where = getattr(cl, "__qualname__", repr(cl))
        note = AttributeValidationNote(f"Structuring class {where} @ attribute {step}", step, kind)
    problem.__notes__ = [*getattr(problem, "__notes__", []), note]  # type: ignore[attr-defined]
    return problem


def _integer(value: Any, _: object = None) -> int:
    """An int; an integral float too, since JSON (and JSON Schema) do not tell 1.0 from 1."""
    if value.__class__ is int or (value.__class__ is float and value.is_integer()):
        return int(value)
    raise FormError(f"expected an integer, got {_show(value)}")


def _without_none(cl: Any) -> Any:
    """``X`` for ``X | None``; any other type as it is."""
    if typing.get_origin(cl) in (Union, types.UnionType) and type(None) in typing.get_args(cl):
        rest = tuple(arg for arg in typing.get_args(cl) if arg is not type(None))
        return rest[0] if len(rest) == 1 else Union[rest]  # noqa: UP007 - a runtime union
    return cl


def _is_tuple(cl: Any) -> bool:
    return typing.get_origin(cl) is tuple


def _is_enum(cl: Any) -> bool:
    return isinstance(cl, type) and issubclass(cl, enum.Enum)


def _is_deadline(cl: Any) -> bool:
    return bool(_without_none(cl) == Union[tuple(DEADLINE_TAGS.values())])  # noqa: UP007


def _is_optional(cl: Any) -> bool:
    """``X | None`` for one type ``X``."""
    args = typing.get_args(cl)
    return (
        typing.get_origin(cl) in (Union, types.UnionType) and len(args) == 2 and type(None) in args
    )


def _is_model_class(cl: Any) -> bool:
    return attrs.has(cl) and cl.__module__.startswith("vnadmin.model.")


def _default(field: attrs.Attribute[Any]) -> Any:
    """The default value of a field (``attrs.NOTHING`` if it has none)."""
    factory = getattr(field.default, "factory", None)  # an attrs.Factory (Instrument.body)
    return field.default if factory is None else factory()


# Values shared within a document ------------------------------------------------------------

SHARED: frozenset[type] = frozenset(
    {
        Assignment,
        Citation,
        DateDeadline,
        DocumentNumber,
        Organization,
        PartialDate,
        PeriodDeadline,
        RelativeDeadline,
    }
)
"""Value classes that documents repeat (actors, cited instruments, dates, deadlines)."""

SHARED_VALUES: ContextVar[tuple[dict[Any, Any], Callable[[Any], Any]] | None] = ContextVar(
    "vnadmin_json_shared_values", default=None
)
"""While set, a :data:`SHARED` class's hook builds an object once per distinct JSON value.

It holds the values built so far and ``key``, which maps a JSON value to a hashable that
differs whenever the values differ in type or content (``orjson.dumps``: ``1``, ``1.0`` and
``true`` stay apart).  Only for data that came straight from a JSON parser: other Python
values could collide under such a key.  :func:`vnadmin.json.loads` sets it for one document
and resets it, as the XML reader keeps its values for one document.
"""


def _shared(cl: type, hook: StructureHook) -> StructureHook:
    """``hook``, looking its result up first in the values of :data:`SHARED_VALUES`."""

    def structure(value: Any, _: object) -> Any:
        shared = SHARED_VALUES.get()
        if shared is None:
            return hook(value, cl)
        found, key_of = shared
        key = (cl, key_of(value))
        result = found.get(key)
        if result is None:
            result = found[key] = hook(value, cl)
        return result

    return structure


# Dates ---------------------------------------------------------------------------------------

_DATE_PARTS = ("day", "month", "year")


def _unstructure_date(date: PartialDate) -> str | dict[str, int]:
    day, month, year = date.day, date.month, date.year
    if day is not None and month is not None and year is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    parts = {}
    if day is not None:
        parts["day"] = day
    if month is not None:
        parts["month"] = month
    if year is not None:
        parts["year"] = year
    return parts


def _structure_date(value: Any, _: object) -> PartialDate:
    if value.__class__ is str:
        return _structure_iso_date(value)
    if value.__class__ is not dict:
        raise FormError(
            f"expected an ISO date (2022-01-05) or an object of day, month, year;"
            f" got {_show(value)}"
        )
    problems: list[Exception] = []
    parts: dict[str, int] = {}
    for key, part in value.items():
        if key not in _DATE_PARTS:
            problems.append(FormError("unknown property", key))
        elif part is None:
            problems.append(FormError("null is never written: leave it out", key))
        else:
            try:
                parts[key] = _integer(part)
            except FormError as problem:
                problems.append(FormError(problem.message, key))
    if len(parts) == 3 and not problems:
        problems.append(FormError("a complete date is written as an ISO date (2022-01-05)"))
    if problems:
        _raise(problems, PartialDate)
    try:
        return PartialDate(**parts)
    except InvalidValueError as error:  # 31 April: placed at its part
        _raise([error], PartialDate)


def _structure_iso_date(text: str) -> PartialDate:
    digits = text[:4] + text[5:7] + text[8:]
    if not (
        len(text) == 10 and text[4] == text[7] == "-" and digits.isascii() and digits.isdigit()
    ):
        raise FormError(f"{_show(text)} is not an ISO date (2022-01-05)")
    try:
        return PartialDate(year=int(text[:4]), month=int(text[5:7]), day=int(text[8:]))
    except ValueError as error:  # the model's InvalidValueError: name the string, not a part
        raise FormError(f"{_show(text)}: {getattr(error, 'message', error)}") from None


# Kinds, enums, deadlines ---------------------------------------------------------------------


def _kind_hooks(kinds: KindRegistry) -> tuple[UnstructureHook, StructureHook]:
    """A kind is its code in ``kinds``; one outside it cannot be written."""

    def unstructure(kind: DocumentKind) -> str:
        if kind not in kinds:
            raise refused(kind, kinds)  # vnadmin.json names the field
        return kind.code

    def structure(value: Any, _: object) -> DocumentKind:
        if value.__class__ is str:
            try:
                return kinds.get(value)
            except UnknownKindError:
                pass
        raise FormError(
            f"{_show(value)} is not the code of a document kind (chi-thi, cong-van, ...)"
        )

    return unstructure, structure


def _enum_hook(cl: type[enum.Enum]) -> StructureHook:
    by_value = {member.value: member for member in cl}
    choices = ", ".join(_show(value) for value in by_value)

    def structure(value: Any, _: object) -> enum.Enum:
        try:
            return by_value[value]
        except (KeyError, TypeError):  # TypeError: an unhashable value (array, object)
            raise FormError(f"{_show(value)} is not one of {choices}") from None

    return structure


def _deadline_structure_hook(converter: Converter) -> StructureHook:
    choices = ", ".join(_show(tag) for tag in DEADLINE_TAGS)
    hooks: dict[str, tuple[StructureHook, type]] = {}

    def structure(value: Any, cl: object) -> object:
        if value.__class__ is not dict:
            raise FormError(f"expected an object, got {_show(value)}")
        if not hooks:  # looked up on first use, once the classes' hooks can be made
            hooks.update(
                {t: (converter.get_structure_hook(c), c) for t, c in DEADLINE_TAGS.items()}
            )
        tag = value.get("type")
        found = hooks.get(tag) if tag.__class__ is str else None
        if found is None:
            if "type" not in value:
                _raise([FormError("required property missing", "type")], cl)
            _raise([FormError(f"{_show(tag)} is not one of {choices}", "type")], cl)
        hook, cl = found
        return hook(value, cl)

    return structure


def _deadline_unstructure_hook(converter: Converter) -> UnstructureHook:
    by_class = {cl: converter.get_unstructure_hook(cl) for cl in DEADLINE_TAGS.values()}
    return lambda deadline: by_class[deadline.__class__](deadline)


def _optional_hook(converter: Converter) -> Callable[[Any], StructureHook]:
    """``X | None`` is structured as ``X``: a document never holds ``null`` (the object's hook
    refuses it first), and cattrs' own hook would look up ``X``'s hook on every call."""

    def factory(cl: Any) -> StructureHook:
        inner = _without_none(cl)
        hook: StructureHook | None = None  # looked up on first use: an Organization's parent

        def structure(value: Any, _: object) -> Any:
            nonlocal hook
            if hook is None:
                hook = converter.get_structure_hook(inner)
            return hook(value, inner)

        return structure

    return factory


# Arrays --------------------------------------------------------------------------------------


class _Budget:
    """How many items of arrays failed so far in one document (see :func:`problem_budget`)."""

    __slots__ = ("failed",)

    def __init__(self) -> None:
        self.failed = 0

    @property
    def spent(self) -> bool:
        return self.failed >= MAX_KEPT


_BUDGET: ContextVar[_Budget | None] = ContextVar("vnadmin_json_problem_budget", default=None)


@contextlib.contextmanager
def problem_budget() -> Iterator[_Budget]:
    """Within, a detailed converter stops reading arrays once :data:`~vnadmin.errors.MAX_KEPT`
    of their items have failed in all: the problems of a document cost time and memory in
    proportion to that bound, not to the document (each failed item costs an exception
    group; 500,000 of them took minutes and a gigabyte)."""
    budget = _Budget()
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        _BUDGET.reset(token)


def _array_hook(converter: Converter) -> Callable[[Any], StructureHook]:
    """Tuples are JSON arrays.  Items of model classes are structured; strings go as they are
    to the model's converters and validators, which check them."""
    detailed = converter.detailed_validation

    def factory(cl: Any) -> StructureHook:
        item_type = typing.get_args(cl)[0]
        item: StructureHook | None = None  # looked up on first use: a Task holds Tasks

        def structure(value: Any, _: object) -> tuple[Any, ...]:
            nonlocal item
            if value.__class__ is not list:
                raise FormError(f"expected an array, got {_show(value)}")
            if item_type is str:
                return tuple(value)
            if item is None:
                item = converter.get_structure_hook(item_type)
            if not detailed:
                return tuple([item(element, item_type) for element in value])
            result, errors = [], []
            budget = _BUDGET.get()
            for index, element in enumerate(value):
                if budget is not None and budget.spent:
                    break
                try:
                    result.append(item(element, item_type))
                except Exception as error:
                    note = IterableValidationNote(f"@ index {index}", index, item_type)
                    error.__notes__ = [*getattr(error, "__notes__", []), note]  # type: ignore[attr-defined]
                    errors.append(error)
                    if budget is not None:
                        budget.failed += 1
            if errors:
                raise IterableValidationError(f"While structuring {cl!r}", errors, cl)
            return tuple(result)

        return structure

    return factory


# Model classes -------------------------------------------------------------------------------


def _class_structure_hook(converter: Converter) -> Callable[[Any], StructureHook]:
    """Fast: one generated function per class (:func:`_fast_structure_fn`).  Detailed: cattrs'
    generated function, behind checks that name every property not in the written form."""

    def factory(cl: Any) -> StructureHook:
        fields = attrs.fields(attrs.resolve_types(cl))
        required = {f.name for f in fields if f.default is attrs.NOTHING}
        omitted = {  # the JSON of each default: never written
            f.name: [] if _is_tuple(f.type) else converter.unstructure(_default(f))
            for f in fields
            if f.name not in required
        }
        tag = _TAGS.get(cl)
        if not converter.detailed_validation:
            return _fast_structure_fn(converter, cl, omitted, tag)
        arrays: dict[str, Any] = {  # their attrs converters would take any iterable
            f.name: override(struct_hook=converter.get_structure_hook(f.type))
            for f in fields
            if _is_tuple(f.type)
        }
        generated = make_dict_structure_fn(cl, converter, **arrays)
        known = {f.name for f in fields}

        def structure_detailed(value: Any, _: object) -> Any:
            if value.__class__ is not dict:
                _raise([FormError(f"expected an object, got {_show(value)}")], cl)
            problems: list[Exception] = []
            if tag is not None:
                if value.get(tag[0]) != tag[1]:
                    problems.append(_tag_problem(value, tag))
                value = {k: v for k, v in value.items() if k != tag[0]}
            flagged = set()
            for key, item in value.items():
                if key not in known:
                    continue  # cattrs reports it as unknown
                if item is None:
                    what = "the property is required" if key in required else "leave it out"
                    problems.append(FormError(f"null is never written: {what}", key))
                elif key in omitted and item == omitted[key]:
                    what = "an empty array" if item == [] else f"{_show(item)}, the default,"
                    problems.append(FormError(f"{what} is never written: leave it out", key))
                else:
                    continue
                flagged.add(key)
            try:
                if not problems:
                    return generated(value, cl)
                generated({k: v for k, v in value.items() if k not in flagged}, cl)  # what else
            except ClassValidationError as error:
                problems += error.exceptions
            _raise(problems, cl)

        return structure_detailed

    return factory


def _fast_structure_fn(
    converter: Converter, cl: Any, omitted: dict[str, Any], tag: tuple[str, str] | None
) -> StructureHook:
    """A function that checks an object is in the written form and builds ``cl`` from it.

    It stops at the first problem with a bare :class:`FormError` (or the model's error, or a
    ``KeyError`` for a required property missing): :func:`vnadmin.json.from_dict` then reads
    the document again in detail.  It may refuse more than the detailed pass, never less.
    Text goes as it is to the model's converters (cattrs' ``prefer_attrib_converters``), the
    rest to its hook.  What a small document pays on every value is written into the
    function rather than called: the array of a tuple field, the hook of an optional field's
    class (not the optional hook around it), the class of a deadline by its tag, the member
    of an enumeration, the constructor's keywords (no dict of them: the object made by
    ``object.__new__`` and given to the class's ``__init__``, as calling the class does,
    since a call of a class with keywords builds a dict of them, 3.2 k of a ``Task``'s
    13.5 k instructions), and for a :data:`SHARED` class the look-up in
    :data:`SHARED_VALUES`, which also holds each distinct array of such values once (a
    document gives many tasks the same list of assignments).  The count of the properties
    read must be the object's size: the others are unknown.
    """
    name = f"structure_{cl.__name__}"
    names: dict[str, Any] = {"cl": cl, "FormError": FormError, "_show": _show}
    lines = [
        f"def {name}(o, _=None):",
        "  if o.__class__ is not dict:",
        "    raise FormError(f'expected an object, got {_show(o)}')",
    ]
    if cl in SHARED:
        names["shared_values"] = SHARED_VALUES.get
        lines += [
            "  shared = shared_values()",
            "  if shared is not None:",
            "    found, key_of = shared",
            "    key = (cl, key_of(o))",
            "    built = found.get(key)",
            "    if built is not None:",
            "      return built",
        ]
    if tag is not None:
        names.update(tag=tag, _tag_problem=_tag_problem)
        lines += [f"  if o.get({tag[0]!r}) != {tag[1]!r}:", "    raise _tag_problem(o, tag)"]
    shared_arrays = [  # arrays of shared values: documents repeat whole lists of them too
        field.name
        for field in attrs.fields(cl)
        if _is_tuple(_without_none(field.type))
        and typing.get_args(_without_none(field.type))[0] in SHARED
    ]
    if shared_arrays and cl not in SHARED:
        names["shared_values"] = SHARED_VALUES.get
        lines.append("  shared = shared_values()")
    lines.append(f"  n = {1 if tag else 0}")  # the properties read
    own: list[str] = []  # hooks of the class itself (Organization.parent, Task.subtasks)
    arguments = []
    for field in attrs.fields(cl):
        key, kind = field.name, _without_none(field.type)
        item = typing.get_args(kind)[0] if _is_tuple(kind) else kind
        result = f"x_{key}"
        arguments.append(f"{field.alias}={result}")
        read = []
        if field.converter is not None and not _is_tuple(kind):
            read.append(f"{result} = v")  # text: the model's converter and validators check it
        elif item is str:
            read.append(f"{result} = tuple(v)")  # each text checked by the model
        elif _is_enum(kind) and all(m.value.__class__ is str for m in kind):
            names[f"e_{key}"] = {member.value: member for member in kind}
            names[f"h_{key}"], names[f"t_{key}"] = converter.get_structure_hook(kind), kind
            read += [  # a member looked up in line; the hook says what is wrong
                f"{result} = e_{key}.get(v) if v.__class__ is str else None",
                f"if {result} is None:",
                f"  {result} = h_{key}(v, t_{key})",
            ]
        else:
            hook, names[f"t_{key}"] = f"h_{key}", item
            if item is cl:
                own.append(hook)
            else:
                names[hook] = converter.get_structure_hook(item)
            value = f"{hook}(v, t_{key})"
            if _is_tuple(kind):
                value = f"tuple([{hook}(x, t_{key}) for x in v])"
            if _is_deadline(kind):  # the class's function found by its tag here, not in a call
                names[f"u_{key}"] = {
                    tag: converter.get_structure_hook(tagged)
                    for tag, tagged in DEADLINE_TAGS.items()
                }
                read += [
                    f"u = u_{key}.get(v.get('type')) if v.__class__ is dict else None",
                    f"{result} = {value} if u is None else u(v)",
                ]
            elif key in shared_arrays:  # built once per document, keyed apart from items
                names[f"a_{key}"] = kind
                read += [
                    "if shared is None:",
                    f"  {result} = {value}",
                    "else:",  # names apart from a shared class's own key and object
                    f"  array = (a_{key}, shared[1](v))",
                    f"  {result} = shared[0].get(array)",
                    f"  if {result} is None:",
                    f"    {result} = shared[0][array] = {value}",
                ]
            else:
                read.append(f"{result} = {value}")
        if _is_tuple(kind):
            read[:0] = ["if v.__class__ is not list:", "  raise FormError('expected an array')"]
        if key not in omitted:
            lines += [f"  v = o[{key!r}]", "  if v is None:", "    raise FormError('null')"]
            lines += [f"  {line}" for line in read]
            lines.append("  n += 1")
            continue
        default = field.default
        factory = getattr(default, "factory", None)  # an attrs.Factory (Instrument.body)
        if default is None or default == ():
            absent = repr(default)
        else:
            names[f"m_{key}"], absent = default if factory is None else factory, f"m_{key}"
            absent += "" if factory is None else "()"
        names[f"d_{key}"] = omitted[key]  # the JSON of the default, never written
        refused = "v is None" if omitted[key] is None else f"v is None or v == d_{key}"
        lines += [
            f"  if {key!r} in o:",
            f"    v = o[{key!r}]",
            f"    if {refused}:",  # null, or the default spelled out: never written
            "      raise FormError('not in the written form')",
            *[f"    {line}" for line in read],
            "    n += 1",
            "  else:",
            f"    {result} = {absent}",
        ]
    lines += [
        "  if len(o) != n:",
        "    raise FormError('unknown property')",
    ]
    if cl.__new__ is object.__new__:  # what calling the class does, without its dict of keywords
        names.update(new=object.__new__, init=cl.__init__)
        lines += ["  built = new(cl)", f"  init(built, {', '.join(arguments)})"]
    else:
        lines.append(f"  built = cl({', '.join(arguments)})")
    if cl in SHARED:
        lines += ["  if shared is not None:", "    found[key] = built"]
    lines.append("  return built")
    exec(compile("\n".join(lines), f"<vnadmin.json {name}>", "exec"), names)
    function: StructureHook = names[name]
    names.update(dict.fromkeys(own, function))
    return function


def _tag_problem(value: dict[str, Any], tag: tuple[str, str]) -> FormError:
    key, expected = tag
    if key not in value:
        return FormError("required property missing", key)
    return FormError(f"{_show(value[key])} is not {_show(expected)}", key)


def _class_unstructure_hook(converter: Converter) -> Callable[[Any], UnstructureHook]:
    """Generated functions that write the fields in model order, each left out at its default.

    cattrs' own generator writes required fields first and tests defaults with ``!=`` (an attrs
    ``__eq__`` call for objects); these test ``is not None`` and emptiness, three times faster.
    """

    def factory(cl: Any) -> UnstructureHook:
        name = f"unstructure_{cl.__name__}"
        tag = _TAGS.get(cl)
        lines = [f"def {name}(instance):", f"  res = {dict([tag]) if tag else {}!r}"]
        names: dict[str, Any] = {}
        own: list[str] = []  # hooks of the class itself (Task.subtasks, Organization.parent)
        for field in attrs.fields(attrs.resolve_types(cl)):
            key, kind = field.name, _without_none(field.type)
            item = typing.get_args(kind)[0] if _is_tuple(kind) else kind
            if item in (str, int):
                value = "list(v)" if _is_tuple(kind) else "v"
            elif _is_enum(kind):
                value = "v._value_"  # the attribute behind .value, a slower property
            else:
                hook = f"h_{key}"
                if item is cl:
                    own.append(hook)
                else:
                    names[hook] = converter.get_unstructure_hook(item)
                value = f"[{hook}(x) for x in v]" if _is_tuple(kind) else f"{hook}(v)"
            lines.append(f"  v = instance.{key}")
            default = names[f"d_{key}"] = _default(field)
            if default is attrs.NOTHING:
                lines.append(f"  res[{key!r}] = {value}")
                continue
            if default is None:
                test = "v is not None"
            elif default == ():
                test = "v"
            elif isinstance(default, enum.Enum):
                test = f"v is not d_{key}"
            else:
                test = f"v != d_{key}"
            lines += [f"  if {test}:", f"    res[{key!r}] = {value}"]
        lines.append("  return res")
        exec(compile("\n".join(lines), f"<vnadmin.json {name}>", "exec"), names)
        function: UnstructureHook = names[name]
        names.update(dict.fromkeys(own, function))
        return function

    return factory


def configure_converter(converter: Converter, *, kinds: KindRegistry = KINDS) -> None:
    """Register on ``converter`` the hooks that write and read vnadmin's JSON form, kinds
    by their code in ``kinds``."""
    converter.register_structure_hook(int, _integer)
    converter.register_structure_hook_factory(_is_enum, _enum_hook)
    converter.register_structure_hook_factory(_is_optional, _optional_hook(converter))
    converter.register_structure_hook_factory(_is_tuple, _array_hook(converter))
    converter.register_structure_hook_factory(_is_model_class, _class_structure_hook(converter))
    converter.register_unstructure_hook_factory(_is_model_class, _class_unstructure_hook(converter))
    converter.register_structure_hook(
        PartialDate,
        _structure_date if converter.detailed_validation else _shared(PartialDate, _structure_date),
    )
    converter.register_unstructure_hook(PartialDate, _unstructure_date)
    unstructure_kind, structure_kind = _kind_hooks(kinds)
    converter.register_structure_hook(DocumentKind, structure_kind)
    converter.register_unstructure_hook(DocumentKind, unstructure_kind)
    converter.register_structure_hook_factory(
        _is_deadline, lambda _: _deadline_structure_hook(converter)
    )
    converter.register_unstructure_hook_factory(
        _is_deadline, lambda _: _deadline_unstructure_hook(converter)
    )
