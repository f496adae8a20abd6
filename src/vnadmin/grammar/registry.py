"""What the grammars derive from a kind registry, built once per registry, and how they
take it: ``kinds=``, keyword only, as every codec does.

Reading a citation or a number needs the registry's kind names as one pattern and its
abbreviations by regime; rebuilding them on every call cost more than the reading.  A
registry only grows (:meth:`~vnadmin.model.KindRegistry.register` adds, never replaces),
so its size says whether what was derived from it is still current: kinds registered
later are seen on the next call.
"""

from __future__ import annotations

import functools
import inspect
import warnings
import weakref
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

from vnadmin.model.kinds import KindRegistry

__all__ = ["kinds_keyword", "per_registry"]

_T = TypeVar("_T")
_P = ParamSpec("_P")


def per_registry(build: Callable[[KindRegistry], _T]) -> Callable[[KindRegistry], _T]:
    """Cache ``build(registry)`` per registry object, rebuilt when the registry grows."""
    built: weakref.WeakKeyDictionary[KindRegistry, tuple[int, _T]] = weakref.WeakKeyDictionary()
    # the registry asked for last, checked first: looking up a weak key costs more
    last: list[tuple[weakref.ref[KindRegistry], int, _T] | None] = [None]

    @functools.wraps(build)
    def cached(registry: KindRegistry) -> _T:
        size = len(registry)
        recent = last[0]
        if recent is not None and recent[0]() is registry and recent[1] == size:
            return recent[2]
        entry = built.get(registry)
        if entry is None or entry[0] != size:
            entry = built[registry] = (size, build(registry))
        last[0] = (weakref.ref(registry), size, entry[1])
        return entry[1]

    return cached


def kinds_keyword(function: Callable[_P, _T]) -> Callable[_P, _T]:
    """Let ``function(..., *, kinds=...)`` be called as it was before ``kinds=``: with the
    registry after the other arguments, or as ``registry=``; both are deprecated."""
    positional = sum(
        1
        for parameter in inspect.signature(function).parameters.values()
        if parameter.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
    )
    name = function.__name__

    @functools.wraps(function)
    def accepting(*args: Any, **kwargs: Any) -> _T:
        if len(args) > positional or "registry" in kwargs:
            registry = args[positional] if len(args) > positional else kwargs.pop("registry")
            warnings.warn(
                f"{name}: pass the registry as kinds=, keyword only",
                DeprecationWarning,
                stacklevel=2,
            )
            args, kwargs = args[:positional], {**kwargs, "kinds": registry}
        return function(*args, **kwargs)

    return accepting
