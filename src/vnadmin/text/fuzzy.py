"""Approximate matching of the fixed vocabulary in damaged text (OCR, lost diacritics).

The words an administrative document prints in fixed form (the banner, the motto, kind
names, ``Số``, ``Kính gửi``, ``Nơi nhận``, signing titles) survive OCR with a letter or
two wrong, a tone mark misread (``QUYÉT``, ``CỌNG``) or a space lost (``TỜTRÌNH``).  They
are compared on their *letters*: folded (no accents, lower case, ``đ`` -> ``d``) and with
everything that is not a letter or digit dropped, by an edit distance bounded by the
length of the word.  The readers try an exact comparison first and this only when it
fails, on the few lines where such a word is expected.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = [
    "DIGIT_LOOKALIKES",
    "allowed_edits",
    "distance",
    "find_approx",
    "fold_chars",
    "letter_offsets",
    "letters",
]


def _fold_table() -> str:
    """Each accented Latin letter to its bare lower-case letter (``Ế`` -> ``e``), every other
    character of the Basic Multilingual Plane to itself, as a string indexed by code point:
    ``str.translate`` reads a character's entry from it with no hashing, a third faster than
    from a dict; a character beyond it is left as it is, as one a dict lacks."""
    table = {ord(char): "d" for char in "đĐðÐ"}
    for code in range(0xC0, 0x1F00):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[:1]
        if base != char and base.isascii() and base.isalpha():
            table[code] = base.lower()
    return "".join(table.get(code, chr(code)) for code in range(0x10000))


_FOLD = _fold_table()
DIGIT_LOOKALIKES = str.maketrans("OoIl|", "00111")
"""The letters OCR reads for digits (``l5`` for ``15``, ``O1`` for ``01``), as digits: the
number's and the date's digits are read through them."""
_NOT_LETTER = re.compile(r"[\W_]+")
_ASCII_NOT_LETTER = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not c.isalnum())
)
"""The ASCII characters :data:`_NOT_LETTER` finds, to delete."""


def fold_chars(text: str) -> str:
    """``text`` folded letter by letter (no accents, lower case, ``đ`` -> ``d``), the same
    length as ``text`` so that an offset in the result is an offset in ``text``."""
    if text.isascii():
        return text.lower()
    folded = text.translate(_FOLD).lower()
    return (
        folded
        if len(folded) == len(text)
        else "".join(char.lower()[:1] or char for char in text.translate(_FOLD))
    )


def letters(text: str) -> str:
    """The folded letters and digits of ``text``: ``TỜTRÌNH :`` -> ``totrinh``."""
    folded = fold_chars(text)
    if folded.isascii():  # most often: str.translate reads ASCII at once, a regex set does not
        return folded.translate(_ASCII_NOT_LETTER)
    return _NOT_LETTER.sub("", folded)


def letter_offsets(text: str) -> list[int]:
    """For each character of :func:`letters` of ``text``, its offset in ``text``."""
    return [index for index, char in enumerate(fold_chars(text)) if char.isalnum() and char != "_"]


def allowed_edits(word: str) -> int:
    """How many edits a damaged copy of ``word`` (folded letters) may carry: none for
    short words, about one in six letters for long phrases."""
    size = len(word)
    if size <= 4:
        return 0
    if size <= 9:
        return 1
    return max(2, size // 6)


def distance(a: str, b: str, limit: int) -> int:
    """The Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it exceeds
    ``limit`` (the rows stop early)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        best = i
        for j, other in enumerate(b, 1):
            cost = previous[j - 1] + (char != other)
            cost = min(cost, previous[j] + 1, current[j - 1] + 1)
            current.append(cost)
            best = min(best, cost)
        if best > limit:
            return limit + 1
        previous = current
    return previous[-1]


def find_approx(pattern: str, text: str, limit: int) -> tuple[int, int, int] | None:
    """The best approximate occurrence of ``pattern`` in ``text`` with at most ``limit``
    edits, as ``(edits, start, end)`` offsets in ``text``, or ``None``.

    Sellers' algorithm: an edit distance whose first row is all zeros, so an occurrence
    may start anywhere; the start is found by running it back from the best end.
    """
    if not pattern or len(text) < len(pattern) - limit:
        return None
    end, edits = _best_end(pattern, text, longest=False)
    if edits > limit:
        return None
    start_back, _ = _best_end(pattern[::-1], text[:end][::-1], longest=True)
    return edits, end - start_back, end


def _best_end(pattern: str, text: str, *, longest: bool) -> tuple[int, int]:
    """The end offset in ``text`` of the best occurrence of ``pattern`` and its edits;
    of equally good ends, the first, or the last with ``longest``."""
    column = list(range(len(pattern) + 1))
    best_end, best = 0, column[-1]
    for end, char in enumerate(text, 1):
        previous_diagonal = column[0]
        column[0] = 0
        for i, wanted in enumerate(pattern, 1):
            above = column[i]
            column[i] = min(above + 1, column[i - 1] + 1, previous_diagonal + (wanted != char))
            previous_diagonal = above
        if column[-1] < best or (longest and column[-1] == best):
            best_end, best = end, column[-1]
    return best_end, best
