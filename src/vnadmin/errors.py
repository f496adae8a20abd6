"""One exception hierarchy. Every error says where the problem is: a field, a path or a line."""

from __future__ import annotations


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
