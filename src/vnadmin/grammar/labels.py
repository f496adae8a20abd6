"""Grammar of ordinal labels of task lists and articles: ``1.``, ``a)``, ``-``, ``I.``, ``1.2.``, ``Điều 3.``.

The shape of a label says its level: the first shape met opens the outer level, a new
shape nests under the current one, a known shape closes back to its level.  This reads
``I. / 1. / a) / -`` and ``Điều 1. / 1. / a)`` alike without a fixed hierarchy.
"""

from __future__ import annotations

import re

__all__ = ["CAPITALS", "LABEL", "label_level", "roman_value", "to_roman"]

CAPITALS = "".join(
    char
    for start, end in ((0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00))
    for char in map(chr, range(start, end))
    if char.isupper()
)
"""Every capital of the Latin script Vietnamese is printed in (``A``, ``Đ``, ``Ấ``)."""

LABEL = re.compile(
    r"(?P<label>"
    r"(?P<dieu>[ĐD][iI][^\s\d][uúùủũụUÚÙỦŨỤ][ \t]*\d+[a-zđ]?)"
    r"(?:[ \t]*[.:](?:[ \t]*[-–])?|[ \t]+[-–]|(?=[ \t]*$))"
    r"|(?P<section>(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)[ \t]+(?:[IVXLC]{1,7}|\d+))[ \t]*[.:]?"
    r"|(?P<roman>[IVXLC]{1,7})(?:[ \t]*[.)]|-)"
    r"|(?P<upper>[A-ZĐ])[ \t]*(?P<upper_close>[.)])"
    r"|(?P<decimal>\d+(?:\.\d{1,3}){1,4})\.?"
    r"|(?P<arabic>\d+)(?:[ \t]*(?P<close>[.)])|:(?=[ \t]+\S))"
    r"|(?P<letter>[a-zđ])[ \t]*\)"
    r"|\((?P<paren>\d{1,2})\)"
    r"|\((?P<paren_roman>i{1,3}|iv|vi{0,3}|ix|x)\)(?=[ \t]+[" + CAPITALS + "])"
    r"|(?P<bullet>[-–—+•●▪○◦·∙➢►])"
    r")(?=[ \t]|$)"
)
"""A label at the start of a paragraph; it is followed by white space or the line end.

Numbers have any length (a list may run past ``999.``); the parts after the first of a
decimal label have at most three digits (``18.11.2024`` is a date).  ``Điều`` is read with its tone
or vowel marks misprinted or lost (``Điêu``, ``Điểu``, ``ĐIỀU``, ``Di~u``) and glued to
its number
(``Điều1:-``); it ends with ``.``, ``:`` or a dash, or is alone on its line (``Điều 5
Luật ...`` opening a wrapped line cites an article).  A single capital (``A.``, ``B)``) is a lettered part, or a point whose
letter a scan printed in capitals; which one, and whether ``C.`` is a Roman hundred or a
letter, only the labels around it tell (:mod:`vnadmin.text.body`); a Party resolution
prints its parts with a dash (``I- QUAN ĐIỂM CHỈ ĐẠO``).  ``3:`` is the
number ``3.`` as a scan prints it; ``(2)`` numbers the items of a conclusion notice, and
so does a small Roman numeral in parentheses (``(i)`` to ``(x)``) before a capital, under a
point that asks several bodies in turn (``b) ... đề nghị:`` / ``(i) Tập đoàn ...`` / ``(ii)
Chủ đầu tư ...``); before a small letter it is a formula's index (``(i) là giá trị ...``).
"""

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
    match is not a real label (``CC.`` that is no Roman numeral).  A single capital is
    ``upper.`` or ``upper)``, a Roman numeral of one letter (``I.``, ``C.``) ``roman``."""
    if match.group("dieu"):
        return "dieu"
    if match.group("section"):
        return "section-" + match["section"].split()[0].casefold()
    if match.group("roman"):
        return "roman" if roman_value(match["roman"]) else None
    if match.group("upper"):
        return "upper" + match["upper_close"]
    if match.group("decimal"):
        return "decimal" + str(match["decimal"].count("."))
    if match.group("arabic"):  # "3: Gửi cho ..." is a scan's "3."
        return "arabic" + (match["close"] or ".")
    if match.group("letter"):
        return "letter"
    if match.group("paren"):
        return "paren"
    if match.group("paren_roman"):
        return "paren-roman"
    bullet = match["bullet"]
    return "bullet-" if bullet in _DASHES else "bullet" + bullet
