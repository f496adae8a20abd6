"""What the grammars derive from a kind registry, built once per registry.

Reading a citation or a number needs the registry's kind names as one pattern and its
abbreviations by regime; rebuilding them on every call cost more than the reading.  A
registry only grows (:meth:`~vnadmin.model.KindRegistry.register` adds, never replaces),
so its size says whether what was derived from it is still current: kinds registered
later are seen on the next call.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

from vnadmin.model.kinds import KindRegistry

__all__ = ["per_registry"]

_T = TypeVar("_T")


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
