"""Grammar of a Vietnamese syllable: an onset, a vowel group, a final, at most one tone mark.

Every word of Vietnamese is one syllable so spelled.  Text that is not so spelled shows
damage: a legacy encoding read as Windows-1252 (``Céng``, :mod:`vnadmin.legacy`), or a
word a converter cut in two (``C ỘNG``, :mod:`vnadmin.text.rejoin`; ``CHÍNH PH`` / ``Ủ``,
:mod:`vnadmin.text.layout`).  The grammar is the spelling's, not a dictionary's: it also
takes syllables no word uses (``ngệp``).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["ONSETS", "TONES", "is_syllable"]

ONSETS = frozenset(
    [
        "b",
        "c",
        "ch",
        "d",
        "đ",
        "g",
        "gh",
        "gi",
        "h",
        "k",
        "kh",
        "l",
        "m",
        "n",
        "ng",
        "ngh",
        "nh",
        "p",
        "ph",
        "q",
        "qu",
        "r",
        "s",
        "t",
        "th",
        "tr",
        "v",
        "x",
    ]
)
"""The consonants a syllable opens with (lower case): what a word cut before its vowel
ends in."""
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui"
    " uô uơ uy ưa ưi ưu ươ yê iêu oai oay oao oeo uây uôi uya uyê uyu ươi ươu yêu"
)


def _longest_first(letters: str) -> tuple[int, str]:
    return -len(letters), letters


_SYLLABLE = re.compile(
    rf"(?:{'|'.join(sorted(ONSETS, key=_longest_first))})?"
    rf"(?:{'|'.join(sorted(_NUCLEI.split(), key=_longest_first))})"
    r"(?:ch|ng|nh|[cmnpt])?"
)
TONES = re.compile("[\u0300\u0301\u0303\u0309\u0323]")
"""The five tone marks, as NFD spells them apart from their vowel."""


def is_syllable(word: str) -> bool:
    """Whether ``word`` (any case, NFC or not) is spelled as a Vietnamese syllable."""
    spelled = unicodedata.normalize("NFD", word.lower())
    if len(TONES.findall(spelled)) > 1:
        return False
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", TONES.sub("", spelled))) is not None
