"""``vnadmin.normalize.fold``'s fast path against the rule written plainly.

``fold`` drops the marks of Vietnamese letters with one regex pass and looks for the marks
of other scripts only among what is left outside ASCII; the key must stay the rule of its
docstring: NFC, then NFD without any combining character, ``đ`` read as ``d``, case folded,
white space collapsed and stripped.
"""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.normalize import fold, mostly_capitals, nfc


def _plain_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", nfc(text))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    bare = bare.replace("đ", "d").replace("Đ", "D").casefold()
    return re.sub(r"\s+", " ", bare).strip()


_LETTERS = "aăâđeêoôơuưyAĐƯ \t\n\u00a0\u2028ß“–İﬁ\u1e9e"
_MARKS = "\u0300\u0301\u0303\u0309\u0323\u034f\u0361\u0483\u05b0\u093c"
"""Vietnamese tone marks, then marks of other scripts (and U+034F, of class 0)."""


@given(st.text(alphabet=st.sampled_from(_LETTERS + _MARKS), max_size=16))
def test_fold_is_the_plain_rule_on_letters_and_marks(text: str) -> None:
    assert fold(text) == _plain_fold(text)


@given(st.text(max_size=16))
def test_fold_is_the_plain_rule_on_any_text(text: str) -> None:
    assert fold(text) == _plain_fold(text)


def test_fold_of_a_vietnamese_phrase() -> None:
    # typed from the words: accents and đ dropped, case folded, spaces collapsed
    assert fold("  Quyết  định\tĐiều chỉnh ") == "quyet dinh dieu chinh"


def test_mostly_capitals_tolerates_a_scans_lowered_letter() -> None:
    assert mostly_capitals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    assert mostly_capitals("CỘNG HÒA XÃ HỘi CHỦ NGHĨA VIỆT NAm")  # two of 27 letters
    assert not mostly_capitals("Cộng hòa xã hội chủ nghĩa Việt Nam")
    assert not mostly_capitals("Cộng Hòa Xã Hội Chủ Nghĩa Việt Nam")
    assert not mostly_capitals("- 12 -")  # no letter at all
