"""How much a finding matters; shared by the checker's diagnostics and the text parser's."""

from __future__ import annotations

import enum

__all__ = ["Severity"]


class Severity(enum.Enum):
    """An error breaks a rule or could not be read; a warning is likely wrong or a guess;
    info is worth knowing (an inference the text supports, a normal clean-up)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
