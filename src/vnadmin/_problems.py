"""The XML readers' kit for reporting every problem of a document at once.

A reader raises :class:`BadError` where it finds a problem (:func:`bad`), and a
:class:`Collector` records it where reading can go on with the next part, so that one
:class:`~vnadmin.errors.XMLDecodeError` lists them all.  A part that failed after recording
its problems raises :class:`FailedError`.  vnadmin XML and edXML read with it.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import NoReturn, TypeVar

from lxml import etree

from vnadmin._safexml import problem
from vnadmin.errors import XMLProblem

__all__ = ["BadError", "Collector", "FailedError", "bad"]

T = TypeVar("T")
C = TypeVar("C", bound="Collector")


class BadError(Exception):
    """One problem, raised where it is found and recorded where reading can go on."""

    def __init__(self, found: XMLProblem) -> None:
        super().__init__(str(found))
        self.problem = found


class FailedError(Exception):
    """A part could not be read; its problems are recorded already."""


def bad(element: etree._Element, message: str, attribute: str | None = None) -> NoReturn:
    """Raise the problem ``message`` at ``element`` (or one of its attributes)."""
    raise BadError(problem(element, message, attribute))


class Collector:
    """The problems found so far in one document; a reader's state derives from it, and its
    read functions take it first: ``read(reader, element)``."""

    def __init__(self) -> None:
        self.problems: list[XMLProblem] = []

    def attempt(self, read: Callable[[], T]) -> T | None:
        """``read()``, or ``None`` with its problems recorded."""
        try:
            return read()
        except BadError as error:
            self.problems.append(error.problem)
        except FailedError:
            pass
        return None

    def part(
        self: C, read: Callable[[C, etree._Element], T], element: etree._Element | None
    ) -> T | None:
        """``read(self, element)`` for an optional part: ``None`` when it is absent or has
        problems (recorded; the caller fails later)."""
        return None if element is None else self.attempt(functools.partial(read, self, element))

    def each(
        self: C, read: Callable[[C, etree._Element], T], elements: Iterable[etree._Element] | None
    ) -> tuple[T, ...]:
        """``read(self, element)`` for every element, the problems of each recorded before
        going on to the next; :class:`FailedError` at the end if any had one."""
        if elements is None:
            return ()
        found = []
        failed = False
        for element in elements:
            try:
                found.append(read(self, element))
            except BadError as error:
                self.problems.append(error.problem)
                failed = True
            except FailedError:
                failed = True
        if failed:
            raise FailedError
        return tuple(found)
