"""The XML readers' kit for reporting every problem of a document at once.

A reader raises :class:`BadError` where it finds a problem (:func:`bad`), and a
:class:`Collector` records it where reading can go on with the next part, so that one
:class:`~vnadmin.errors.XMLDecodeError` lists them all.  A part that failed after recording
its problems raises :class:`FailedError`.  vnadmin XML and edXML read with it.

However many problems a document holds, reporting them costs time linear in the document:
paths come from one :class:`~vnadmin._safexml.Paths` per document, and past the first
:data:`~vnadmin.errors.MAX_KEPT` problems a collector only counts (the error says ``and 31,990 more``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import NoReturn, TypeVar

from lxml import etree

from vnadmin._safexml import Paths, problem
from vnadmin.errors import MAX_KEPT, XMLProblem

__all__ = ["BadError", "Collector", "FailedError", "bad"]

T = TypeVar("T")
C = TypeVar("C", bound="Collector")


class BadError(Exception):
    """One problem, raised where it is found and recorded where reading can go on: its
    element (or one of its attributes) and message, located when it is recorded."""

    def __init__(self, element: etree._Element, message: str, attribute: str | None = None):
        super().__init__(message)
        self.element = element
        self.message = message
        self.attribute = attribute


class FailedError(Exception):
    """A part could not be read; its problems are recorded already."""


def bad(element: etree._Element, message: str, attribute: str | None = None) -> NoReturn:
    """Raise the problem ``message`` at ``element`` (or one of its attributes)."""
    raise BadError(element, message, attribute)


class Collector:
    """The problems found so far in one document; a reader's state derives from it, and its
    read functions take it first: ``read(reader, element)``."""

    def __init__(self) -> None:
        self.problems: list[XMLProblem] = []
        self.more = 0
        self.paths = Paths()

    @property
    def count(self) -> int:
        """The problems found so far, kept or only counted."""
        return len(self.problems) + self.more

    def problem(
        self, element: etree._Element, message: str, attribute: str | None = None
    ) -> XMLProblem:
        """A problem at ``element`` (or one of its attributes), its path from :attr:`paths`."""
        return problem(element, message, attribute, self.paths)

    def record(self, error: BadError) -> None:
        """Keep ``error``'s problem, or only count it past :data:`~vnadmin.errors.MAX_KEPT`."""
        if len(self.problems) < MAX_KEPT:
            self.problems.append(self.problem(error.element, error.message, error.attribute))
        else:
            self.more += 1

    def report(self, element: etree._Element, message: str) -> None:
        """Record the problem ``message`` at ``element`` and read on."""
        self.record(BadError(element, message))

    def attempt(self, read: Callable[[], T]) -> T | None:
        """``read()``, or ``None`` with its problems recorded."""
        try:
            return read()
        except BadError as error:
            self.record(error)
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
                self.record(error)
                failed = True
            except FailedError:
                failed = True
        if failed:
            raise FailedError
        return tuple(found)
