"""Generated constructors: attrs' own, with each field's common case written in line.

attrs' ``__init__`` makes three calls a field: its converter, ``object.__setattr__`` and its
validator.  A model object of eight fields cost about 3 µs, most of it in those calls, and
the decoders and the text reader build tens of thousands of them.  :func:`checked` gives a
class a constructor that does the same work in the same order, with the common case of each
helper of :mod:`vnadmin.model._fields` written into it (its :class:`~._fields.Inline` form):
a field whose value passes the in-line test costs no call, one that does not goes to the
converter and the validator themselves, which say what is wrong as before.  Validators
without an in-line form (a class's own methods) are called as attrs calls them.  A class of
three fields or more sets them with plain stores rather than a call of each slot's setter:
for those stores its object is one of :func:`_building`'s subclass, which has the same slots
and no frozen ``__setattr__``.
"""

from __future__ import annotations

import importlib
import linecache
import sysconfig
from typing import Any, TypeVar

import attrs

from vnadmin.model._fields import INLINE

__all__ = ["checked"]

_C = TypeVar("_C", bound=type)
_ATTRS_CONFIG: Any = importlib.import_module("attr._config")
"""Where attrs keeps ``attrs.validators.set_disabled``'s flag, which its own constructors read
(a call of ``get_disabled`` cost more than some fields)."""


def checked(cls: _C) -> _C:
    """Give the frozen, slotted attrs class ``cls`` the constructor described above.

    It converts each argument, sets every field, then (unless attrs' validators are turned
    off) runs the validators in field order and ``__attrs_post_init__``: the first problem
    raised is the one attrs' constructor raises.
    """
    fields = attrs.fields(cls)
    names: dict[str, Any] = {"_NOTHING": attrs.NOTHING, "_config": _ATTRS_CONFIG}
    parameters, convert, store, assign, validate = [], [], [], [], []
    for index, field in enumerate(fields):
        if not field.init or not field.kw_only or field.alias is None:
            raise TypeError(f"{cls.__name__}.{field.name}: only keyword fields are generated")
        value, prefix = field.alias, f"_f{index}_"
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise TypeError(f"{cls.__name__}.{field.name}: a factory taking self")
            names[f"{prefix}factory"] = default.factory
            parameters.append(f"{value}=_NOTHING")
            convert.append(f"  if {value} is _NOTHING: {value} = {prefix}factory()")
        elif default is attrs.NOTHING:
            parameters.append(value)
        else:
            names[f"{prefix}default"] = default
            parameters.append(f"{value}={prefix}default")
        if field.converter is not None:
            convert.append(f"  {value} = {_code(field.converter, value, prefix + 'c_', names)}")
        names[f"{prefix}set"] = cls.__dict__[field.name].__set__  # the slot, as attrs sets it
        store.append(f"  {prefix}set(self, {value})")
        assign.append(f"    self.{field.name} = {value}")
        if field.validator is not None:
            names[f"{prefix}field"], names[f"{prefix}validate"] = field, field.validator
            call = f"{prefix}validate(self, {prefix}field, {value})"
            if field.validator in INLINE:
                test = _code(field.validator, value, prefix + "v_", names)
                validate.append(f"    if not {test}: {call}")
            else:
                validate.append(f"    {call}")
    if len(fields) >= _SWAPPED_FROM and not _FREE_THREADED:  # two changes cost less than the calls
        names.update(_cls=cls, _building=_building(cls), _set_class=_SET_CLASS)
        store = [
            "  if self.__class__ is _cls:",
            "    _set_class(self, _building)",
            *assign,
            "    self.__class__ = _cls",  # a store of the building class: no call
            "  else:",  # a plain subclass of the model's class
            *[f"  {line}" for line in store],
        ]
    lines = [
        f"def __init__(self, *, {', '.join(parameters)}):",
        *convert,
        *store,
        *(["  if _config._run_validators is True:", *validate] if validate else []),
    ]
    if hasattr(cls, "__attrs_post_init__"):
        lines.append("  self.__attrs_post_init__()")
    source, filename = "\n".join(lines), f"<vnadmin.model {cls.__name__}.__init__>"
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), names)
    init, generated = names["__init__"], vars(cls)["__init__"]  # attrs' own
    init.__annotations__ = dict(generated.__annotations__)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    init.__doc__ = generated.__doc__
    cls.__init__ = init  # type: ignore[misc]
    return cls


_SET_CLASS = object.__dict__["__class__"].__set__
_SWAPPED_FROM = 3
"""The fields from which a constructor sets them as an object of :func:`_building`'s class:
a call of a slot's setter costs about 0.9 k instructions (callgrind), the change of class
and back about 2 k, a plain attribute store a few dozen (a ``Task``: 14.1 k -> 9.9 k, a
``PartialDate`` 6.3 k -> 6.1 k; with two fields the setters cost less)."""
_FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
"""A CPython without the GIL stops every thread to change the class of an object held by
more than one reference, as a constructor's ``self`` always is (gh-120198, gh-145566):
there the constructors keep the setters."""


def _building(cls: type) -> type:
    """A subclass of ``cls`` with its slots and no frozen ``__setattr__``: a constructor
    makes its object one of these while it sets the fields, then makes it ``cls`` again
    before any validator runs.

    No one sees an object of it: the converters ran before the first change, the stores
    between the two cannot raise (slots given values already converted; an interrupt
    there fails the constructor, whose object is dropped), and the validators and
    ``__attrs_post_init__`` run after the second; so equality, hashing, pickling, copying
    and weak references only ever meet ``cls``.  Python allows the change because the two
    layouts are one (``__slots__ = ()``: no slot, no ``__dict__`` added).  An object of a
    subclass of ``cls`` (``self.__class__ is not cls``) keeps the setters: made ``cls``
    again, it would lose its class.  Only ``cls.__subclasses__()`` lists this class."""
    return type(
        f"{cls.__name__}Building",
        (cls,),
        {
            "__slots__": (),
            "__setattr__": object.__setattr__,
            "__delattr__": object.__delattr__,  # one C slot with __setattr__: both generic
            "__module__": cls.__module__,
        },
    )


def _code(helper: Any, value: str, prefix: str, names: dict[str, Any]) -> str:
    """The in-line form of ``helper`` on the variable ``value``, its names added to ``names``
    under ``prefix``; a call of ``helper`` when it has none."""
    inline = INLINE.get(helper)
    if inline is None:
        names[f"{prefix}call"] = helper
        return f"{prefix}call({value})"
    names.update({prefix + name: item for name, item in inline.names.items()})
    return f"({inline.written(value, prefix)})"
