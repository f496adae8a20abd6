"""One exception hierarchy. Every error says where the problem is: a field, a path or a line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple


class VnadminError(Exception):
    """Base class of every error vnadmin raises on purpose."""


class InvalidValueError(VnadminError, ValueError):
    """A model value breaks a rule; ``path`` names the field (``DocumentNumber.number``)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class GrammarError(VnadminError, ValueError):
    """Text does not match an identifier grammar (a number, a date, a citation)."""

    def __init__(self, grammar: str, text: str, message: str) -> None:
        shown = text if len(text) <= 80 else text[:77] + "..."
        super().__init__(f"{grammar}: {shown!r}: {message}")
        self.grammar = grammar
        self.text = text
        self.message = message


class UnknownKindError(VnadminError, KeyError):
    """A document kind is not in the registry."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


class XMLProblem(NamedTuple):
    """One thing wrong in an XML document: where it is (line and element path) and what."""

    line: int | None
    path: str
    message: str

    def __str__(self) -> str:
        where = ", ".join(part for part in (self.line and f"line {self.line}", self.path) if part)
        return f"{where}: {self.message}" if where else self.message


class XMLDecodeError(VnadminError, ValueError):
    """XML that is not a well-formed, safe and valid vnadmin document; ``problems`` lists why."""

    def __init__(self, problems: Sequence[XMLProblem]) -> None:
        self.problems = tuple(problems)
        shown = "\n".join(f"  {problem}" for problem in self.problems[:20])
        more = len(self.problems) - 20
        if more > 0:
            shown += f"\n  ... and {more} more"
        count = len(self.problems)
        head = str(self.problems[0]) if count == 1 else f"{count} problems:\n{shown}"
        super().__init__(head)


class XMLEncodeError(VnadminError, ValueError):
    """A model value XML cannot hold (a control character); ``path`` names the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message
