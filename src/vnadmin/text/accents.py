"""Text that lost every diacritic (a PDF font that drew them apart, a legacy OCR layer):
the words the readers look for are given their accents back, and only those.

``Can cu Nghi dinh so 12/2020/ND-CP ... So Tai chinh chu tri, phoi hop voi ...``: the
header's fixed words are compared folded, but the grammars are written in the printed
language (``Căn cứ``, ``chủ trì``, ``trước ngày``) and find nothing, not even where a
subject ends and the legal basis under it opens.  Rather
than a second, accentless copy of each grammar, the phrases they need are restored: a
closed list (:data:`vnadmin.text.vocabulary.ACCENTED_PHRASES`, the verbs that open a task,
the titles signers hold and the kind names) of which a phrase is kept only when its bare
form has one reading in administrative text (``chu tri`` is only ``chủ trì``; ``thu
truong`` is ``Thủ trưởng`` or ``Thứ trưởng`` and stays bare), and a few words read by what
follows them (``so`` before a digit is ``số``, before a capital ``Sở``).  The rest of the
text stays as printed, and the reader says how many phrases it restored.  The header stays
as printed too; where its subject ends is told by the line under it read with its phrases
restored (:func:`accented`).  A text with its accents is never touched, however many of its
words lost theirs.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from vnadmin.model.kinds import KINDS
from vnadmin.normalize import fold
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line
from vnadmin.text.vocabulary import (
    ACCENTED_PHRASES,
    AMBIGUOUS_BARE,
    PRINTED_TITLES,
    VERB_PHRASES,
    prefix_tree,
)

__all__ = ["accented", "restore_accents", "unaccented"]

_FEW_BEYOND_ASCII = 100
"""Vietnamese printed with its accents has a letter beyond ASCII in every few; a text with
fewer than one character in this many beyond ASCII has lost them."""
_BARE_WORDS = re.compile(r"\b(?:cua|cac|va|duoc|trong|theo|ngay|thuc hien|nhan dan|tinh)\b")
"""Words bare Vietnamese is full of (``của``, ``các``, ``và`` ...), and English is not."""
_AT_LEAST = 20
_SAMPLE = 20_000
_LETTER = r"[^\W\d_]"
_CONTEXT_WORDS = (
    # (bare word, printed word, a space needed before what follows, what follows it)
    ("so", "số", False, r"(?::[ \t]*)?\d"),
    ("so", "Sở", True, r"[A-Z](?![A-Z])"),  # Sở Tài chính, not trụ sở UBND
    ("bo", "Bộ", True, r"[A-Z]"),
    ("cuc", "Cục", True, r"[A-Z]"),
    ("phong", "Phòng", True, r"[A-Z]"),
    ("tinh", "tỉnh", False, r"[,;.)]|(?<=\s)[A-Z][a-z]"),  # Ban Dân tộc tỉnh, tỉnh Quảng Ngãi
    ("xa", "xã", True, r"[A-Z][a-z]"),
    ("ngay", "ngày", False, r"\d"),
    ("thang", "tháng", False, r"\d"),
    ("nam", "năm", False, r"\d{4}\b"),
    ("dieu", "Điều", True, r"\d"),
    ("khoan", "Khoản", True, r"\d"),
    ("diem", "Điểm", True, r"[a-zđ]\b"),
    ("chuong", "Chương", True, r"(?:[IVXLC]+|\d)\b"),
    ("muc", "Mục", True, r"(?:[IVXLC]+|\d)\b"),
    ("phan", "Phần", True, r"[IVXLC]+\b"),
    ("quy", "quý", True, r"(?:[IV]+|\d)\b"),
)
"""Words whose bare form has several readings, each read by what follows it, on its line or
at the start of the next (``Luat Du lieu so`` / ``60/2024/QH15``: a hard wrap, the break
the space), unless the next line opens with a list label (``... tru so`` / ``2. ...``)."""
_NEXT_LINE = r"[ \t]*\n(?![ \t]*\d+[.)](?:[ \t]|$))[ \t]*"


def unaccented(text: str) -> bool:
    """Whether ``text`` is Vietnamese that lost its accents: hardly a character beyond ASCII,
    and the words bare Vietnamese is full of.  Its first pages tell: a text loses its
    accents whole, so the rest of a long one is never copied to be counted."""
    sample = text[:_SAMPLE]
    beyond = len(sample.encode("utf-8", "surrogatepass")) - len(sample)  # >= the count
    if beyond * _FEW_BEYOND_ASCII > len(sample):
        return False
    words = _BARE_WORDS.finditer(sample.lower())
    return any(found >= _AT_LEAST for found, _ in enumerate(words, 1))


def accented(text: str) -> str:
    """``text`` with the readers' phrases in their accented form, if it is all ASCII (one
    line of a text that lost its accents); any other text as it is."""
    if not text.isascii():
        return text
    pattern, printed = _table()
    return pattern.sub(lambda match: _accent(match, printed), text)


def _accent(match: re.Match[str], printed: dict[str, str]) -> str:
    word = match.lastgroup
    accented = printed[fold(match[0])] if word is None else _CONTEXT[word]
    return _in_case_of(match[0], accented)


def restore_accents(lines: Sequence[Line], diagnostics: Diagnostics) -> list[Line]:
    """The body's ``lines`` with the readers' phrases in their accented form, each in the
    case it was printed in (``CHU TRI`` -> ``CHỦ TRÌ``); said once, with the count."""
    pattern, printed = _table()
    count = 0

    def accent(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return _accent(match, printed)

    # One text, so that a word at the end of a line is read by what opens the next.
    texts = pattern.sub(accent, "\n".join(line.text for line in lines)).split("\n")
    restored = [Line(line.number, text) for line, text in zip(lines, texts, strict=True)]
    first = next((line.number for line in lines if line.text), 0)
    diagnostics.warning(
        first,
        "accents-missing",
        f"the text has no diacritics (a font or an OCR layer lost them): {count} phrase(s) of "
        "the body the reader looks for were given their accents; the rest stays as printed",
    )
    return restored


_CONTEXT = {f"w{index}": printed for index, (_, printed, _, _) in enumerate(_CONTEXT_WORDS)}


@functools.cache
def _table() -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of every phrase to restore, and each phrase's printed form by its fold."""
    readings: dict[str, set[str]] = {}
    # a kind name before "nay" names the instrument itself ("Nghi quyet nay co hieu luc"),
    # never a citation: "nay" alone is "này" or "nay" (now) and stays bare
    kinds = [name for kind in KINDS for name in (kind.name, f"{kind.name} này")]
    for phrase in (*VERB_PHRASES, *PRINTED_TITLES, *kinds, "Điều này", "Khoản này"):
        readings.setdefault(fold(phrase), set()).add(phrase.lower())
    # The list's own reading wins over the others' (the verbs keep OCR's ``phôi hợp`` too).
    readings |= {fold(phrase): {phrase.lower()} for phrase in ACCENTED_PHRASES}
    context = {bare for bare, _, _, _ in _CONTEXT_WORDS}
    printed = {
        bare: next(iter(forms))
        for bare, forms in readings.items()
        if len(forms) == 1
        and bare not in context
        and bare not in AMBIGUOUS_BARE
        and bare not in forms  # a phrase with no accent has nothing to restore
    }
    # One tree of the phrases (the engine reads each place once), spaces as runs of spaces.
    alternatives = [prefix_tree(printed).replace(re.escape(" "), r"[ \t]+")]
    alternatives += [
        f"(?P<w{index}>{bare})(?=(?:[ \t]{'+' if spaced else '*'}|{_NEXT_LINE})(?-i:{follows}))"
        for index, (bare, _, spaced, follows) in enumerate(_CONTEXT_WORDS)
    ]
    body = "|".join(alternatives)
    return re.compile(rf"(?<!{_LETTER})(?:{body})(?!{_LETTER})", re.IGNORECASE), printed


def _in_case_of(printed: str, accented: str) -> str:
    """``accented`` in the case ``printed`` has, letter by letter (the two have the same
    letters but for accents); the spacing of ``printed`` is kept."""
    words = re.split(r"([ \t]+)", printed)
    letters = iter(accented.split())
    out = []
    for part in words:
        if not part or part[0] in " \t":
            out.append(part)
            continue
        target = next(letters, part)
        if len(target) != len(part):
            out.append(part)
            continue
        out.append(
            "".join(
                t.upper() if p.isupper() else t.lower() for p, t in zip(part, target, strict=True)
            )
        )
    return "".join(out)
