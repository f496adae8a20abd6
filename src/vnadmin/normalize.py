"""Text normalisation at the boundaries, and comparison keys for Vietnamese words.

Every string the model stores goes through :func:`nfc`, so two instruments are equal
whatever the normal form of their input.  :func:`fold` and :func:`tone_key` are keys for
looking words up, never stored.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "mostly_capitals", "nfc", "squash", "tone_key"]

# U+00D0/U+00F0 (Icelandic eth) are look-alikes that converters and keyboards put where
# the Vietnamese letter Đ/đ (U+0110/U+0111) is meant; eth never occurs in Vietnamese.
_ETH = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}  # huyền, sắc, ngã, hỏi, nặng
_SPACE = re.compile(r"\s+")
_MARKS = re.compile(
    "["
    + "".join(chr(code) for code in range(0x300, 0x370) if unicodedata.combining(chr(code)))
    + "]"
)
"""The combining diacritical marks (U+0300-U+036F): every mark of a Vietnamese letter."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_OTHER_SPACE = re.compile(r"[^\S ]")  # white space other than the plain space


def nfc(text: str) -> str:
    """NFC-normalise ``text`` and map eth look-alikes to Đ/đ."""
    if text.isascii():
        return text
    if "\u00d0" in text or "\u00f0" in text:  # str.translate is slow: only when needed
        text = text.translate(_ETH)
    return unicodedata.normalize("NFC", text)


def squash(text: str) -> str:
    """Collapse white space runs to one space and strip: ``" ".join(text.split())``, without
    splitting a text that is so already (most are), which costs ten times the tests."""
    if "  " in text or "\t" in text or not text or text[0].isspace() or text[-1].isspace():
        return " ".join(text.split())
    # every white space character but the plain space is unprintable: the C test first
    if text.isprintable() or _OTHER_SPACE.search(text) is None:
        return text
    return " ".join(text.split())


def mostly_capitals(text: str) -> bool:
    """Whether ``text`` is printed in capitals, as far as a scan tells: at least five capital
    letters to each lower-case one (OCR leaves a lower-case letter or two in a title, a
    damaged mark a ``Xã`` in ``CỘNG HÒA XÃ HỘI``)."""
    upper = sum(map(str.isupper, text))
    return upper > 0 and sum(map(str.islower, text)) * 5 <= upper


def fold(text: str) -> str:
    """Accent-, case- and spacing-insensitive key: ``"Quyết  định"`` -> ``"quyet dinh"``."""
    return _fold(text)


@functools.lru_cache(maxsize=4096)  # the parsers fold the same kind names and words again and again
def _fold(text: str) -> str:
    # one regex pass drops the marks Vietnamese letters decompose to; a mark of another
    # script is rare, and looked for among what is left outside ASCII only
    bare = _MARKS.sub("", unicodedata.normalize("NFD", nfc(text))).replace("đ", "d")
    bare = bare.replace("Đ", "D")
    if not bare.isascii() and any(map(unicodedata.combining, _NON_ASCII.findall(bare))):
        bare = "".join(char for char in bare if not unicodedata.combining(char))
    return " ".join(bare.casefold().split())  # str.split's white space is the regex's \s


def tone_key(text: str) -> str:
    """Case-insensitive key that ignores where the tone mark sits (``hòa`` == ``hoà``).

    Each word keeps its letters and vowel marks and carries its tone as a suffix.
    """
    words = []
    for word in _SPACE.split(nfc(text).casefold().strip()):
        decomposed = unicodedata.normalize("NFD", word)
        tones = sorted(ch for ch in decomposed if ch in _TONES)
        letters = "".join(ch for ch in decomposed if ch not in _TONES)
        words.append(unicodedata.normalize("NFC", letters) + "".join(tones))
    return " ".join(words)
