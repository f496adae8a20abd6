"""What the parser says about its reading: uncertain, inferred or skipped parts, with lines.

A diagnostic never stops the parse; it tells the reader which parts of the instrument
are guesses and which parts of the text were left out.  Codes are stable strings, listed
in ``docs/text.md``.
"""

from __future__ import annotations

import attrs

from vnadmin.severity import Severity

__all__ = ["Diagnostics", "Severity", "TextDiagnostic"]


@attrs.frozen(kw_only=True)
class TextDiagnostic:
    """One remark on the text: where (1-based line, 0 for the whole text), how bad, what."""

    line: int
    severity: Severity
    code: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" if self.line else "text"
        return f"{where}: {self.severity.value}: {self.code}: {self.message}"


class Diagnostics:
    """An ordered collector the readers append to."""

    __slots__ = ("_items",)

    def __init__(self) -> None:
        self._items: list[TextDiagnostic] = []

    def info(self, line: int, code: str, message: str) -> None:
        self._items.append(
            TextDiagnostic(line=line, severity=Severity.INFO, code=code, message=message)
        )

    def warning(self, line: int, code: str, message: str) -> None:
        self._items.append(
            TextDiagnostic(line=line, severity=Severity.WARNING, code=code, message=message)
        )

    def error(self, line: int, code: str, message: str) -> None:
        self._items.append(
            TextDiagnostic(line=line, severity=Severity.ERROR, code=code, message=message)
        )

    def said(self, code: str) -> bool:
        """Whether a reader before this one said ``code`` (what it saw decides what a later
        reader makes of a blank: ``e-signature-removed``)."""
        return any(item.code == code for item in self._items)

    def freeze(self) -> tuple[TextDiagnostic, ...]:
        return tuple(sorted(self._items, key=lambda item: item.line))
