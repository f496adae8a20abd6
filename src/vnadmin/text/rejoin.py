"""Words a converter split before their first letter outside Latin-1, joined back.

A Word file saved as a web page puts a run of letters Latin-1 lacks (``ư``, ``ơ``, ``ă``,
``Ộ``, ``ệ``: most Vietnamese vowels with a mark) in a span of its own, and ``html2text``
and its like print a space at the span's edge: ``C ỘNG HÒA``, ``L ương Minh``, ``QUY ẾT
ĐỊNH``, ``Tri ển khai``.  Left so, no fixed word of the header is found.

The pieces are two syllables by the spelling's grammar alone (``ương`` and ``ển`` are
spelled as syllables are), so the pieces cannot be judged one pair at a time.  What tells
the artefact is its count: such a text splits many words, and several of them after a
lone onset (``C``, ``TH``, ``Ng``), which is no word.  A text with three different words
so split has the shape; only there are its words joined: a head that is an onset, and a
head that is an open syllable of Latin-1 letters (``QUY``, ``nhi``) whose rest is no word
that follows one (``do ảnh hưởng``, ``cho ăn``).  Elsewhere a lone letter before a word is
the text's (``điểm b ở trên``): nothing is joined.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from vnadmin.grammar.syllables import ONSETS, is_syllable
from vnadmin.normalize import fold
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line

__all__ = ["rejoin_split_words"]

_LATIN1_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ffĐđ"
"""The letters a head is printed in: Latin-1's, and ``Đ`` (``Đ ộc lập``)."""


def _vowels(start: int, end: int) -> str:
    return "".join(
        char
        for char in map(chr, range(start, end))
        if char.isalpha() and fold(char) in ("a", "e", "i", "o", "u", "y")
    )


_MARKED_VOWELS = _vowels(0x100, 0x1EFA)
"""The vowel letters outside Latin-1 (``ư``, ``ơ``, ``ă``, ``ộ``, ``Ế``...)."""
_GAP = re.compile(rf" [{_MARKED_VOWELS}]")
"""The space of a split (the match's start), before a vowel outside Latin-1.  It opens with
the space, which the regex engine skips to (an alternation or a look-behind first is tried
at every character); the vowel is matched, not looked ahead at, which scans a fifth
faster, and no split's space is a vowel, so no match is lost."""
_D_GAPS = tuple(re.compile(rf"{d} (?=[{_vowels(0x41, 0x100)}])") for d in "Đđ")
"""A lone ``Đ``, which is outside Latin-1, split before any vowel (``Đ iều``): its space
is one after the match's start."""
_HEAD = re.compile(rf"(?<![^\W_])[{_LATIN1_LETTER}]{{1,5}}\Z")
"""The word of Latin-1 letters before a split's space (searched for up to it)."""
_REST = re.compile(r"[^\W\d_]{1,6}(?![^\W_])")
"""The word after a split's space."""


class _Split(NamedTuple):
    start: int
    end: int
    head: str
    rest: str


def _splits(text: str) -> Iterator[_Split]:
    """The splits of ``text``: a head, one space, a rest (see :data:`_GAP`)."""
    gaps = [gap.start() for gap in _GAP.finditer(text)]
    for d_gap in _D_GAPS:
        gaps += (found.start() + 1 for found in d_gap.finditer(text))
    for space in sorted(gaps):
        head = _HEAD.search(text, max(0, space - 5), space)
        rest = _REST.match(text, space + 1)
        if head is None or rest is None or (text[space + 1] < "\u0100" and len(head[0]) > 1):
            continue
        yield _Split(head.start(), rest.end(), head[0], rest[0])


_MORE = re.compile(rf" ([{_MARKED_VOWELS}][^\W\d_]{{0,5}})(?![^\W_])")
"""What goes on after a join, split again (``đư`` ``ợc``)."""
_SHAPE = 3
"""Different words split after a lone onset that show a text has the shape."""
_FOLLOWERS = frozenset(["ảnh", "ăn", "ạ", "ất", "ấy", "ốc", "ồn", "ổn", "ống", "ở"])
"""Words opening with such a vowel that follow an open syllable and join it in a syllable
of the grammar (``do ảnh hưởng``, ``cho ăn``, ``khu ổn định``, ``thu ở``): never joined
after one."""


def _joined(head: str, rest: str) -> str | None:
    """``head`` and ``rest`` as one word, if one syllable in one case (``CỘNG``, ``Lương``)."""
    word = head + rest
    tail = word[1:]
    if not (tail.islower() or tail.isupper()) or (word[0].islower() and tail.isupper()):
        return None
    return word if is_syllable(word) else None


def _onset_split(found: _Split) -> str | None:
    """The word a lone onset and its rest make (``TH`` ``ƯỜNG``), or ``None``."""
    if fold(found.head) not in ONSETS:
        return None
    return _joined(found.head, found.rest)


def _any_split(found: _Split) -> str | None:
    """The word a split makes in a text that has the shape: after a lone onset, or after an
    open syllable when its rest is no word that follows one (``QUY`` ``ẾT``)."""
    head, rest = found.head, found.rest
    if fold(head) not in ONSETS and (fold(head[-1]) not in "aeiouy" or rest.lower() in _FOLLOWERS):
        return None
    return _joined(head, rest)


def _join_line(text: str) -> tuple[str, list[str]]:
    """``text`` with its split words joined, and the splits as printed.  A word split
    twice (``đ ư ợc``, a PDF's letter spacing) joins whole."""
    pieces: list[str] = []
    splits: list[str] = []
    done = 0
    for split in _splits(text):
        if split.start < done:
            continue  # the rest of a word joined twice
        word = _any_split(split)
        if word is None:
            continue
        at = split.end
        while (more := _MORE.match(text, at)) and (longer := _joined(word, more[1])):
            word, at = longer, more.end()
        pieces += (text[done : split.start], word)
        splits.append(text[split.start : at])
        done = at
    return "".join(pieces) + text[done:], splits


def rejoin_split_words(lines: list[Line], diagnostics: Diagnostics) -> list[Line]:
    """``lines`` with the words a converter split before their first letter outside
    Latin-1 joined, if the text has the shape (see the module); said once, with a count
    and the first join."""
    whole = "\n".join(line.text for line in lines)  # one scan: most texts have no split
    found = {word.casefold() for split in _splits(whole) if (word := _onset_split(split))}
    if len(found) < _SHAPE:
        return lines
    joined: list[Line] = []
    count = 0
    first: tuple[int, str] | None = None
    for line in lines:
        text, splits = _join_line(line.text) if " " in line.text else (line.text, [])
        joined.append(Line(line.number, text) if splits else line)
        count += len(splits)
        if splits and first is None:
            first = (line.number, splits[0])
    if first is not None:
        diagnostics.info(
            first[0],
            "word-rejoined",
            f"{count} word(s) a converter split before their first letter outside Latin-1"
            f" joined back (first {first[1]!r}), the text showing the split in"
            f" {len(found)} different words",
        )
    return joined
