"""Text bound for a terminal, made harmless: the control characters an input may carry
(ESC and the sequences it starts, which can retitle a window, fake a link or rewrite the
screen; other C0 and C1 controls; bidirectional overrides) shown as escapes instead."""

from __future__ import annotations

import re

__all__ = ["visible"]

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """``text`` with each control character but line feed and tab written as ``\\xNN`` (or
    ``\\uNNNN``), so that printing it cannot drive the terminal."""
    return _CONTROL.sub(
        lambda match: (
            f"\\x{ord(match[0]):02x}" if ord(match[0]) < 0x100 else f"\\u{ord(match[0]):04x}"
        ),
        text,
    )
