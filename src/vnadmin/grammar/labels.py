"""Grammar of ordinal labels of task lists and articles: ``1.``, ``a)``, ``-``, ``I.``, ``1.2.``, ``Điều 3.``.

The shape of a label says its level: the first shape met opens the outer level, a new
shape nests under the current one, a known shape closes back to its level.  This reads
``I. / 1. / a) / -`` and ``Điều 1. / 1. / a)`` alike without a fixed hierarchy.
"""

from __future__ import annotations

import re

__all__ = ["LABEL", "label_level", "roman_value", "to_roman"]

LABEL = re.compile(
    r"(?P<label>"
    r"(?P<dieu>Điều[ \t]+\d{1,3}[a-zđ]?)[ \t]*[.:]?"
    r"|(?P<section>(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)[ \t]+(?:[IVXLC]{1,7}|\d{1,3}))[ \t]*[.:]?"
    r"|(?P<roman>[IVXLC]{1,7})[ \t]*[.)]"
    r"|(?P<decimal>\d{1,3}(?:\.\d{1,3}){1,4})\.?"
    r"|(?P<arabic>\d{1,3})[ \t]*(?P<close>[.)])"
    r"|(?P<letter>[a-zđ])[ \t]*\)"
    r"|(?P<bullet>[-–—+•●▪○◦·∙➢►])"
    r")(?=[ \t]|$)"
)
"""A label at the start of a paragraph; it is followed by white space or the line end."""

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_DASHES = "-–—"


def roman_value(text: str) -> int | None:
    """The value of a well-formed Roman numeral up to 399, else ``None``."""
    if not text or any(char not in _ROMAN for char in text):
        return None
    total = 0
    for index, char in enumerate(text):
        value = _ROMAN[char]
        following = _ROMAN[text[index + 1]] if index + 1 < len(text) else 0
        total += -value if value < following else value
    canonical = to_roman(total)
    return total if canonical == text else None


def to_roman(value: int) -> str:
    """The Roman numeral of ``value`` (1 to 399): ``4`` -> ``IV``."""
    parts = []
    for number, letters in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while value >= number:
            parts.append(letters)
            value -= number
    return "".join(parts)


def label_level(match: re.Match[str]) -> str | None:
    """The shape of a label match, the key its nesting level is found by; ``None`` when the
    match is not a real label (``C.`` that is no Roman numeral)."""
    if match.group("dieu"):
        return "dieu"
    if match.group("section"):
        return "section-" + match["section"].split()[0].casefold()
    if match.group("roman"):
        return "roman" if roman_value(match["roman"]) else None
    if match.group("decimal"):
        return "decimal" + str(match["decimal"].count("."))
    if match.group("arabic"):
        return "arabic" + match["close"]
    if match.group("letter"):
        return "letter"
    bullet = match["bullet"]
    return "bullet-" if bullet in _DASHES else "bullet" + bullet
