"""The legacy Vietnamese encodings (:mod:`vnadmin.legacy`): each table round-trips its whole
repertoire, agrees with two independent implementations (``viparse``'s tables, the
``viscii-codec`` codec), decodes text typed as the old fonts wrote it, and is told apart
from the others and from Unicode."""

from __future__ import annotations

import importlib.util
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import legacy
from vnadmin.samples import seed_names, seed_text
from vnadmin.text.cleanup import detect_legacy_encoding

LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
"""The Vietnamese alphabet, every tone-marked vowel written out (typed, not computed)."""
ALPHABET = LOWER + LOWER.upper()
TCVN3_ALPHABET = LOWER + "ĂÂÊÔƠƯĐ"
"""TCVN3 has no tone-marked capitals (the ``.VnTimeH`` font draws lowercase as capitals, and
a word of capitals around them reads back in capitals): its text is lowercase here."""
REPERTOIRE = {
    "VNI": ALPHABET,
    "TCVN3": TCVN3_ALPHABET,
    "VISCII": ALPHABET,
    "Windows-1258": ALPHABET,
}
PUNCTUATION = " ,.;:-/()0123456789\n"


def test_the_alphabet_is_the_134_tone_marked_letters_and_the_plain_ones() -> None:
    assert len(LOWER) == 89  # 12 vowels x 6 tones (72) + đ + 16 consonants
    assert all(unicodedata.is_normalized("NFC", letter) for letter in ALPHABET)


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_every_letter_of_an_encoding_round_trips(encoding: str) -> None:
    for letter in REPERTOIRE[encoding]:
        assert legacy.decode(legacy.encode(letter, encoding), encoding) == letter, letter


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
@given(data=st.data())
def test_text_of_an_encodings_letters_round_trips(encoding: str, data: st.DataObject) -> None:
    text = data.draw(st.text(st.sampled_from(REPERTOIRE[encoding] + PUNCTUATION), max_size=60))
    assert legacy.decode(legacy.encode(text, encoding), encoding) == text


def test_a_letter_an_encoding_lacks_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match="TCVN3 has no 'Ộ'"):
        legacy.encode("CỘNG", "TCVN3")
    with pytest.raises(ValueError, match="is none of"):
        legacy.decode(b"x", "VPS")


def test_text_typed_in_the_old_fonts_reads_as_unicode() -> None:
    # Typed byte by byte from the fonts' layouts: .VnTime (TCVN3), VNI-Times, VISCII.
    tcvn3 = "Céng hoµ x· héi chñ nghÜa ViÖt Nam; nhµ n\xadíc".encode("cp1252")
    assert legacy.decode(tcvn3, "TCVN3") == "Cộng hoà xã hội chủ nghĩa Việt Nam; nhà nước"
    assert legacy.decode("CéNG HOµ".encode("cp1252"), "TCVN3") == "CỘNG HOÀ"
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam; Ñoäc laäp".encode("cp1252")
    assert legacy.decode(vni, "VNI") == "Cộng hòa xã hội chủ nghĩa Việt Nam; Độc lập"
    viscii = b"C\xb5ng h\xf2a x\xe3 h\xb5i ch\xfc ngh\xeea Vi\xaet Nam"
    assert legacy.decode(viscii, "VISCII") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    windows = b"C\xf4\xf2ng ho\xcca"  # ô then a combining dot below, o then a grave
    assert legacy.decode(windows, "Windows-1258") == "Cộng hòa"


def _seed() -> str:
    return seed_text(seed_names()[1][:3])


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_a_document_in_each_encoding_is_recognised_as_bytes_and_as_mojibake(
    encoding: str,
) -> None:
    text = _seed() if encoding != "TCVN3" else _seed().lower()
    text = "".join(c for c in text if c in REPERTOIRE[encoding] + PUNCTUATION)
    data = legacy.encode(text, encoding)
    guessed = legacy.guess(data)
    assert guessed is not None
    assert (guessed.encoding, guessed.text) == (encoding, text)
    mojibake = data.decode("latin-1") if encoding == "VISCII" else data.decode("cp1252")
    repaired = legacy.repair(mojibake)
    assert repaired is not None
    assert (repaired.encoding, repaired.text) == (encoding, text)


def test_unicode_and_other_languages_are_left_alone() -> None:
    assert legacy.repair(_seed()) is None
    assert legacy.repair("Plain English text, nothing to repair.") is None
    assert legacy.repair("Café crème, façade, naïve, über, señor, smörgåsbord.") is None
    assert legacy.guess(b"\x00\x01\x02\xff\xfe binary") is None


@pytest.mark.skipif(
    importlib.util.find_spec("viparse") is None,
    reason="viparse (test group, Python 3.11+) is not installed",
)
@pytest.mark.parametrize(
    ("theirs", "ours"), [("tcvn3", "TCVN3"), ("vni", "VNI"), ("viscii", "VISCII")]
)
def test_every_sequence_viparse_converts_reads_the_same_here(theirs: str, ours: str) -> None:
    from viparse.normalize.encodings import CHARMAPS

    for sequence, letter in CHARMAPS[theirs].pairs:
        data = bytes(ord(c) if ord(c) < 256 else c.encode("cp1252")[0] for c in sequence)
        assert legacy.decode(data, ours) == letter, sequence


@pytest.mark.skipif(
    importlib.util.find_spec("viscii") is None, reason="viscii-codec (test group) is not installed"
)
def test_every_viscii_byte_reads_as_the_viscii_codec_reads_it() -> None:
    import viscii  # noqa: F401  (registers the codec)

    for byte in range(256):
        assert legacy.decode(bytes([byte]), "VISCII") == bytes([byte]).decode("viscii"), byte


def test_mojibake_keeps_the_few_characters_no_byte_reads_as() -> None:
    # An arrow and a check mark from a symbol font inside VNI and Windows-1258 text.
    vni = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam \u2192 Ñoäc laäp \u2713"
    repaired = legacy.repair(vni)
    assert repaired is not None
    assert repaired.text == "Cộng hòa xã hội chủ nghĩa Việt Nam \u2192 Độc lập \u2713"
    windows = legacy.encode("Cộng hòa xã hội chủ nghĩa Việt Nam", "Windows-1258")
    repaired = legacy.repair(windows.decode("cp1252") + " \u2192 2025")
    assert repaired is not None
    assert repaired.encoding == "Windows-1258"
    assert repaired.text == "Cộng hòa xã hội chủ nghĩa Việt Nam \u2192 2025"


def test_unicode_text_is_never_taken_for_mojibake() -> None:
    text = seed_text(seed_names()[0][:3])
    assert legacy.repair(text) is None
    assert legacy.repair(text[:40]) is None  # a few letters beyond the bytes, a short text


def test_an_ocr_layer_without_accents_is_not_taken_for_legacy_bytes() -> None:
    # A layer that lost every accent keeps a few symbols where a mark was ('€', '§'):
    # read in VISCII each makes a syllable (k€t, c§u), but legacy text has a legacy
    # character in most of its words, not in one of hundreds.
    line = "Truong da to chuc khao sat y kien cua nguoi hoc ve cac dich vu ho tro.\n"
    text = "k€t qua khao sat, yeu c§u, m§u phieu, k€ hoach, v€ viec, xu§t ban\n" + line * 60
    assert legacy.repair(text) is None
    assert detect_legacy_encoding(text + "«§¬«§¬") is None  # TCVN3's marks, as few
    # the same symbols in every word are legacy text, and still found
    assert detect_legacy_encoding("Quy\u00b8t \u00aeÞnh " * 40) == "TCVN3"
