"""How much a finding matters; shared by the checker's diagnostics and the text parser's."""

from __future__ import annotations

import enum
import functools

__all__ = ["Severity"]


@functools.total_ordering
class Severity(enum.Enum):
    """An error breaks a rule or could not be read; a warning is likely wrong or a guess;
    info is worth knowing (an inference the text supports, a normal clean-up).

    Severities are ordered by how much they matter: ``Severity.ERROR > Severity.WARNING >
    Severity.INFO``, so ``max(d.severity for d in found)`` is the worst finding and
    ``severity >= Severity.WARNING`` a threshold.
    """

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return _RANK[self] < _RANK[other]


_RANK = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}
