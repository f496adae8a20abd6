"""Which field holds the string a writer refused: for the writers' error messages.

Writers let their encoder refuse a string (lxml, orjson) and only then walk the instrument
to name the field, so that the happy path pays nothing.
"""

from __future__ import annotations

import re
from typing import cast

import attrs

__all__ = ["unwritable"]


def unwritable(
    value: object, path: str, pattern: re.Pattern[str], medium: str
) -> tuple[str, str] | None:
    """The first string in an attrs tree with a character ``pattern`` finds, as (field path,
    message), the message saying it cannot be written in ``medium``; ``None`` if none has.

    The walk is iterative, so a deep task tree cannot exhaust the stack.
    """
    stack: list[tuple[str, object]] = [(path, value)]
    while stack:
        here, item = stack.pop()
        if isinstance(item, str):
            bad = pattern.search(item)
            if bad is not None:
                code = ord(bad.group(0))
                return here, f"U+{code:04X} at {bad.start()} cannot be written in {medium}"
        elif isinstance(item, tuple):
            stack.extend((f"{here}[{i}]", child) for i, child in reversed(list(enumerate(item))))
        elif attrs.has(type(item)):
            fields = attrs.fields(cast("type[attrs.AttrsInstance]", type(item)))
            stack.extend((f"{here}.{f.name}", getattr(item, f.name)) for f in reversed(fields))
    return None
