"""Vietnamese text in the encodings that came before Unicode: VNI, TCVN3 (ABC) and VISCII,
and Windows-1258, turned into Unicode (NFC).

Documents typed in the 1990s and 2000s with the ``VNI-Times`` or ``.VnTime`` fonts, or saved
as VISCII, still circulate: as bytes, or as the characters a converter read those bytes as
(``Céng hoµ x· héi`` is TCVN3 read as Windows-1252, ``Coäng hoøa xaõ hoäi`` VNI) and then
saved as UTF-8.  :func:`guess` tells which encoding some bytes are in, :func:`repair` which
one such text came from; :func:`decode` and :func:`encode` apply one table.

Each encoding is one table from its bytes to Unicode.  VNI writes a vowel as the base
letter followed by a mark byte (``a`` + ``ù`` is á, ``a`` + ``á`` is ấ), so its table maps
sequences of one or two bytes.  TCVN3 has no tone-marked capitals: the ``.VnTimeH`` font
draws its lowercase bytes as capitals, so a word with two or more capitals around such a
byte (``CéNG``) is given back in capitals (``CỘNG``).

The encodings are told apart by reading the bytes each way and counting the words that
are Vietnamese syllables (an onset, a vowel group, a final, at most one tone mark): text in
the right encoding reads as syllables, the others as fragments.  No PyPI package was a fit
for a runtime dependency (see ``docs/cli.md``); the tables are checked against the
standards' letters by round trips and against ``viparse``'s tables in the tests.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from vnadmin.grammar.syllables import TONES, is_syllable

__all__ = [
    "ENCODINGS",
    "Decoded",
    "decode",
    "encode",
    "guess",
    "repair",
    "syllable_score",
]


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# The tables ------------------------------------------------------------------------------

_TCVN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}  # fmt: skip
"""TCVN 5712:1993 (VN3, the ABC ``.Vn`` fonts): the bytes that are not ASCII."""

_VISCII = {
    0x02: "Ẳ", 0x05: "Ẵ", 0x06: "Ẫ", 0x14: "Ỷ", 0x19: "Ỹ", 0x1E: "Ỵ",
    0x80: "Ạ", 0x81: "Ắ", 0x82: "Ằ", 0x83: "Ặ", 0x84: "Ấ", 0x85: "Ầ", 0x86: "Ẩ", 0x87: "Ậ",
    0x88: "Ẽ", 0x89: "Ẹ", 0x8A: "Ế", 0x8B: "Ề", 0x8C: "Ể", 0x8D: "Ễ", 0x8E: "Ệ", 0x8F: "Ố",
    0x90: "Ồ", 0x91: "Ổ", 0x92: "Ỗ", 0x93: "Ộ", 0x94: "Ợ", 0x95: "Ớ", 0x96: "Ờ", 0x97: "Ở",
    0x98: "Ị", 0x99: "Ỏ", 0x9A: "Ọ", 0x9B: "Ỉ", 0x9C: "Ủ", 0x9D: "Ũ", 0x9E: "Ụ", 0x9F: "Ỳ",
    0xA0: "Õ", 0xA1: "ắ", 0xA2: "ằ", 0xA3: "ặ", 0xA4: "ấ", 0xA5: "ầ", 0xA6: "ẩ", 0xA7: "ậ",
    0xA8: "ẽ", 0xA9: "ẹ", 0xAA: "ế", 0xAB: "ề", 0xAC: "ể", 0xAD: "ễ", 0xAE: "ệ", 0xAF: "ố",
    0xB0: "ồ", 0xB1: "ổ", 0xB2: "ỗ", 0xB3: "Ỡ", 0xB4: "Ơ", 0xB5: "ộ", 0xB6: "ờ", 0xB7: "ở",
    0xB8: "ị", 0xB9: "Ự", 0xBA: "Ứ", 0xBB: "Ừ", 0xBC: "Ử", 0xBD: "ơ", 0xBE: "ớ", 0xBF: "Ư",
    0xC0: "À", 0xC1: "Á", 0xC2: "Â", 0xC3: "Ã", 0xC4: "Ả", 0xC5: "Ă", 0xC6: "ẳ", 0xC7: "ẵ",
    0xC8: "È", 0xC9: "É", 0xCA: "Ê", 0xCB: "Ẻ", 0xCC: "Ì", 0xCD: "Í", 0xCE: "Ĩ", 0xCF: "ỳ",
    0xD0: "Đ", 0xD1: "ứ", 0xD2: "Ò", 0xD3: "Ó", 0xD4: "Ô", 0xD5: "ạ", 0xD6: "ỷ", 0xD7: "ừ",
    0xD8: "ử", 0xD9: "Ù", 0xDA: "Ú", 0xDB: "ỹ", 0xDC: "ỵ", 0xDD: "Ý", 0xDE: "ỡ", 0xDF: "ư",
    0xE0: "à", 0xE1: "á", 0xE2: "â", 0xE3: "ã", 0xE4: "ả", 0xE5: "ă", 0xE6: "ữ", 0xE7: "ẫ",
    0xE8: "è", 0xE9: "é", 0xEA: "ê", 0xEB: "ẻ", 0xEC: "ì", 0xED: "í", 0xEE: "ĩ", 0xEF: "ỉ",
    0xF0: "đ", 0xF1: "ự", 0xF2: "ò", 0xF3: "ó", 0xF4: "ô", 0xF5: "õ", 0xF6: "ỏ", 0xF7: "ọ",
    0xF8: "ụ", 0xF9: "ù", 0xFA: "ú", 0xFB: "ũ", 0xFC: "ủ", 0xFD: "ý", 0xFE: "ợ", 0xFF: "Ữ",
}  # fmt: skip
"""VISCII (RFC 1456): every byte that is not ASCII, and six control bytes it takes."""

_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_VNI_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_HAT_TONES = {"á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE_TONES = {"é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}


def _vni_table() -> dict[str, str]:
    """VNI Windows, as the bytes read as Windows-1252 (how its fonts are typed): a base letter
    and its marks (``â`` a circumflex, ``ê`` a breve; ``ô`` is ơ, ``ö`` ư, ``ñ`` đ), the
    i's and ỵ in one byte each (``í ì æ ó ò``, ``î``).  Capitals use the capital forms of
    the same bytes.  Where two spellings give one letter, the first is the one written."""
    table: dict[str, str] = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì"}
    table.update({"æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"})
    for vowel in "aeouyi":  # i and y with a tone mark byte: rarer spellings, read too
        for mark, tone in _VNI_TONES.items():
            table[vowel + mark] = vowel + tone
    for vowel in "aeo":
        table[vowel + "â"] = vowel + "\u0302"
        for mark, tone in _VNI_HAT_TONES.items():
            table[vowel + mark] = vowel + "\u0302" + tone
    table["aê"] = "a\u0306"
    for mark, tone in _VNI_BREVE_TONES.items():
        table["a" + mark] = "a\u0306" + tone
    for base, letter in (("ô", "o\u031b"), ("ö", "u\u031b")):
        for mark, tone in _VNI_TONES.items():
            table[base + mark] = letter + tone
    lower = {_nfc(key): _nfc(value) for key, value in table.items()}
    upper = {key.upper(): value.upper() for key, value in lower.items()}
    return {**lower, **upper}


_VNI = _vni_table()
"""VNI: sequences of one or two characters (the bytes read as Windows-1252) to a letter."""

ENCODINGS = ("VNI", "TCVN3", "VISCII", "Windows-1258")
"""The encodings :func:`decode` reads, in the order :func:`guess` prefers them on a tie."""


def _single(table: Mapping[int, str]) -> Mapping[str, str]:
    return MappingProxyType({_BYTE_CHARS[byte]: letter for byte, letter in table.items()})


# The character each byte reads as in Windows-1252 (Latin-1 where 1252 has none): the form
# legacy text takes in a Word file or after a wrong guess, and the key of every table.
_BYTE_CHARS = [bytes([b]).decode("cp1252", errors="replace") for b in range(256)]
_BYTE_CHARS = [c if c != "\ufffd" else chr(b) for b, c in enumerate(_BYTE_CHARS)]
_CHAR_BYTES = {char: byte for byte, char in enumerate(_BYTE_CHARS)} | {
    chr(byte): byte for byte in range(0x80, 0xA0)
}

_TABLES: dict[str, Mapping[str, str]] = {
    "VNI": MappingProxyType(_VNI),
    "TCVN3": _single(_TCVN3),
    "VISCII": _single(_VISCII),
}
_UNCANONICAL = str.maketrans({_BYTE_CHARS[byte]: chr(byte) for byte in range(0x80, 0xA0)})
"""Windows-1252's characters at 0x80-0x9F back to the Latin-1 ones of those bytes."""


# Decoding and encoding -------------------------------------------------------------------

# Each step below runs in C over the whole text (str.translate, one regular expression),
# so a large input costs what decoding it must.
_CANONICAL = str.maketrans({chr(byte): _BYTE_CHARS[byte] for byte in range(0x80, 0xA0)})
"""Latin-1's C1 controls to the characters Windows-1252 has at those bytes."""
_TRANSLATIONS = {
    name: str.maketrans(dict(table)) for name, table in _TABLES.items() if name != "VNI"
}
_VNI_SEQUENCES = re.compile("|".join(map(re.escape, sorted(_VNI, key=len, reverse=True))))
"""VNI's sequences, two characters before one, read left to right in one pass."""
_NOT_A_BYTE = re.compile(f"[^{re.escape(''.join(_CHAR_BYTES))}]")
"""A character no legacy byte reads as: the text is not legacy bytes misread."""
_BYTE_RUN = re.compile(f"[{re.escape(''.join(_CHAR_BYTES))}]+")
_FOREIGN = 50
"""Legacy text may hold a few characters no byte reads as (a symbol font's bullet, an arrow
a converter put in): one in ``_FOREIGN`` of its characters beyond ASCII at most, kept as
they are, and a few in a short text.  Unicode Vietnamese has far more (every tone-marked
letter); the few it may have lose to its own reading by syllables."""
_FOREIGN_FEW = 3
_CAPITALS = re.compile(r"(?=[^\W\d_]*[A-Z][^\W\d_]*[A-Z])[^\W\d_]+")
"""Words with two capitals or more (``CéNG``), the only ones TCVN3 may have typed in capitals."""
_CAPITAL_LINE = re.compile(r"^(?=(?:[^A-Za-z\n]*[A-Z]){3})[^a-z\n]+$", re.MULTILINE)
"""A line whose letters below 0x80 are all capitals, three or more: typed whole in the
``.VnTimeH`` font, so its one-letter words (``ñY BAN``) are capitals too."""


def _as_chars(data: bytes) -> str:
    return data.decode("latin-1").translate(_CANONICAL)


def _capitalise_tcvn3(source: str, decoded: str) -> str:
    """Words typed in capitals around TCVN3's lowercase-only letters, in capitals."""
    if source == decoded or len(source) != len(decoded):
        return decoded

    def word(match: re.Match[str]) -> str:
        original = source[match.start() : match.end()]
        capitals = all(c.isupper() for c in original if c.isascii())
        return match[0].upper() if capitals and original != match[0] else match[0]

    decoded = _CAPITALS.sub(word, decoded)
    if len(decoded) != len(source):  # a capital of two letters (``ß``): the lines would slip
        return decoded
    pieces: list[str] = []  # joined once: a text of many capital lines is not copied per line
    at = 0
    for line in _CAPITAL_LINE.finditer(source):
        start, end = line.span()
        pieces += (decoded[at:start], decoded[start:end].upper())
        at = end
    pieces.append(decoded[at:])
    return "".join(pieces)


def _decode_chars(chars: str, encoding: str) -> str:
    """Legacy text as the characters of its bytes (see :data:`_BYTE_CHARS`), in Unicode."""
    if encoding == "Windows-1258":
        return _nfc(
            _BYTE_RUN.sub(lambda run: _back_to_bytes(run[0]).decode("cp1258", "replace"), chars)
        )
    if encoding == "VNI":
        return _nfc(_VNI_SEQUENCES.sub(lambda match: _VNI[match[0]], chars))
    decoded = chars.translate(_TRANSLATIONS[encoding])
    if encoding == "TCVN3":
        decoded = _capitalise_tcvn3(chars, decoded)
    return _nfc(decoded)


def _back_to_bytes(chars: str) -> bytes:
    """The bytes ``chars`` read as (see :data:`_BYTE_CHARS`)."""
    return chars.translate(_UNCANONICAL).encode("latin-1")


def decode(data: bytes, encoding: str) -> str:
    """The Unicode text (NFC) of ``data`` in ``encoding`` (one of :data:`ENCODINGS`)."""
    if encoding not in ENCODINGS:
        raise ValueError(f"{encoding!r} is none of {', '.join(ENCODINGS)}")
    return _decode_chars(_as_chars(data), encoding)


def _tone_apart(char: str) -> str:
    """A letter as Windows-1258 writes it: the letter without its tone, then the tone."""
    spelled = unicodedata.normalize("NFD", char)
    tones = "".join(TONES.findall(spelled))
    return _nfc(TONES.sub("", spelled)) + tones if tones else char


def encode(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``; :class:`ValueError` names a character it cannot hold (TCVN3
    has no tone-marked capitals).  Punctuation of Windows-1252 (“ ” – …) that the table
    leaves alone is written as its byte, as the old fonts did."""
    if encoding == "Windows-1258":  # precomposed letters, the tone marks combining
        try:
            return "".join(map(_tone_apart, _nfc(text))).encode("cp1258")
        except UnicodeEncodeError as error:
            raise ValueError(f"{encoding} has no {error.object[error.start]!r}") from None
    if encoding not in _TABLES:
        raise ValueError(f"{encoding!r} is none of {', '.join(ENCODINGS)}")
    table = _TABLES[encoding]
    reverse: dict[str, str] = {}
    for sequence, letter in table.items():
        reverse.setdefault(letter, sequence)
    out = bytearray()
    for char in _nfc(text):
        written = reverse.get(char)
        if written is None and char not in table and _CHAR_BYTES.get(char, 0xFF) < 0xA0:
            written = char  # ASCII, or Windows-1252 punctuation the table leaves alone
        if written is None:
            raise ValueError(f"{encoding} has no {char!r}")
        out.extend(_CHAR_BYTES[c] for c in written)
    return bytes(out)


# Telling the encodings apart -------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")


def syllable_score(text: str) -> tuple[int, int]:
    """How Vietnamese ``text`` reads: its words beyond ASCII that are syllables, and those
    that are not."""
    good = bad = 0
    for match in _WORD.finditer(text):
        word = match[0]
        if not word.isascii():
            if is_syllable(word):
                good += 1
            else:
                bad += 1
    return good, bad


@attrs.frozen(kw_only=True)
class Decoded:
    """Legacy text in Unicode, and the encoding it was in."""

    text: str
    encoding: str


_AT_LEAST = 3
"""Syllables a decoding must read before it is believed, and the share of the words beyond
ASCII they must be (two in three)."""


_SAMPLE = 32768
"""The characters the encodings are told apart on: a document's first pages."""


def _sample(text: str) -> str:
    """The start of ``text``, ending at a line break (a sequence is never cut in two)."""
    if len(text) <= _SAMPLE:
        return text
    end = text.rfind("\n", 0, _SAMPLE)
    return text[: end if end > 0 else _SAMPLE]


_SHARE = 10
"""Legacy text carries a legacy character in most of its words; text that is plain ASCII
but for a few symbols (an OCR layer that lost the accents and reads ``ề`` for ``«``) does
not: a decoding must give an accented syllable to at least one word in this many."""


def _best(chars: str, baseline: int, least: int = _AT_LEAST) -> Decoded | None:
    """The decoding of ``chars`` that reads most like Vietnamese, if it reads better than
    ``baseline`` (syllables less other words, on the same sample), mostly as syllables, and
    as at least ``least`` of them."""
    sample = _sample(chars)
    chosen: str | None = None
    best = baseline
    least = max(least, _AT_LEAST)
    for encoding in ENCODINGS:
        good, bad = syllable_score(_decode_chars(sample, encoding))
        if good - bad > best and good >= least and 3 * good >= 2 * (good + bad):
            chosen, best = encoding, good - bad
    if chosen is None:
        return None
    return Decoded(text=_decode_chars(chars, chosen), encoding=chosen)


def guess(data: bytes) -> Decoded | None:
    """``data`` (not UTF-8) decoded from the legacy encoding it reads best in, or ``None``
    when none reads as Vietnamese."""
    return _best(_as_chars(data), 0)


def repair(text: str) -> Decoded | None:
    """``text`` that is legacy bytes read as Windows-1252 or Latin-1 (mojibake saved as
    UTF-8), in Unicode; ``None`` when it reads better as it is or is not such text."""
    if text.isascii():
        return None
    sample = _sample(text)
    if _NOT_A_BYTE.search(sample) is not None:
        beyond = len(sample.encode("utf-8", "surrogatepass")) - len(sample)  # >= non-ASCII
        if len(_NOT_A_BYTE.findall(sample)) > max(_FOREIGN_FEW, beyond // _FOREIGN):
            return None
    good, bad = syllable_score(sample)
    words = sum(1 for _ in _WORD.finditer(sample))
    return _best(text.translate(_CANONICAL), max(good - bad, 0), words // _SHARE)
