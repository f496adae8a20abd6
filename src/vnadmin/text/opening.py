"""Where an instrument attached after the footer opens: a plan, rules or a programme that a
decision issues (``KẾ HOẠCH`` / ``(Ban hành kèm theo Quyết định số ...)``), printed after
the signature and the Nơi nhận list.

The footer ends at the attached instrument's first line: its banner or issuer, its kind
title, the line that ties it to the instrument, or its first section (``I.``, ``Chương
I``, ``Điều 1.``).  A crawl or a PDF text layer that joined lines runs that opening on
after the footer's last words (``Nguyễn Văn An KẾ HOẠCH Triển khai ...``, ``PHÓ CHỦ TỊCH
ỦY BAN NHÂN DÂN TỈNH ...``): :func:`cut_attached` puts it back on a line of its own, so
that the footer reader sees the footer end and the attached instrument's reader its
head.
"""

from __future__ import annotations

import re

from vnadmin.grammar.appendices import TIE_MARKUP, ties
from vnadmin.grammar.archive import ARCHIVE_LABEL
from vnadmin.normalize import fold
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.distribution import read_archive
from vnadmin.text.lines import Line, is_caps, squash
from vnadmin.text.signature import is_name, known_title
from vnadmin.text.vocabulary import PRINTED_PARTY_BANNER, PRINTED_STATE_BANNER, opens_body

__all__ = ["cut_attached", "issuer_above", "opens_attached"]

_TITLES = (
    "KẾ HOẠCH",
    "QUY CHẾ",
    "QUY ĐỊNH",
    "CHƯƠNG TRÌNH",
    "PHỤ LỤC",
    "ĐỀ ÁN",
    "PHƯƠNG ÁN",
    "HƯỚNG DẪN",
    "ĐIỀU LỆ",
    "DANH MỤC",
    "DANH SÁCH",
)
"""The kind titles an instrument issued with another opens with (a plan, rules, a
programme, an annex, a list), printed in capitals."""
_FOLDED_TITLES = frozenset(fold(title) for title in _TITLES)
_ARCHIVE_LABEL = re.compile(ARCHIVE_LABEL)
"""The archive item's label, where the footer's last words end with it."""
_FIRST_SECTION = re.compile(
    r"(?:I[ \t]*\.|(?:Chương|CHƯƠNG|Phần|PHẦN)[ \t]+(?:I|1)\b\.?|(?:Điều|ĐIỀU)[ \t]+1[ \t]*\.)"
    r"(?=[ \t]|$)"
)
"""The attached body's first section or article: ``I. MỤC ĐÍCH``, ``Chương I``, ``Điều 1.``."""
_RUN_ON = re.compile(
    r"[ \t]((?:"
    + "|".join(re.escape(title) for title in sorted(_TITLES, key=len, reverse=True))
    + r"|CỘNG[ \t]+H(?:ÒA|OÀ)[ \t]+XÃ[ \t]+HỘI|ĐẢNG[ \t]+CỘNG[ \t]+SẢN"
    + r")(?=[ \t]|$)|\(|"
    + _FIRST_SECTION.pattern
    + ")",
    re.I,
)
"""Where an attached instrument may open inside a line (group 1, after a blank): its kind
title or banner in capitals, the parenthesis of its tie line, its first section (their case
checked after the match, the tie by the grammar's
:func:`~vnadmin.grammar.appendices.ties`).  The blank is matched, not looked behind at: the
regex engine skips to the blanks instead of trying the openings at every character, and no
opening ends with a blank, so ``finditer`` finds the same openings."""
_TITLE_FIRST = re.compile(
    "(?:" + "|".join(re.escape(title) for title in sorted(_TITLES, key=len, reverse=True)) + ")"
    r"(?=[ \t]|$)",
    re.I,
)
"""A kind title opening a line, the attached instrument's subject run on after it."""
_BANNERS = (fold(PRINTED_STATE_BANNER[0]), fold(PRINTED_PARTY_BANNER))
_NAME_WORDS = range(2, 6)
_TITLE_WORDS = range(1, 6)
_REACH = 60  # non-blank footer lines looked at: a footer is never longer
_TRIES = 6  # openings looked at in a line: past them, the line is no footer's
_TAIL = 160  # characters before an opening where the footer's last words are looked for
_WORD_START = re.compile(r"(?<=[ \t])\S")
_NEXT_CHARACTER = re.compile(r"[ \t]*(\S?)")


def opens_attached(text: str) -> bool:
    """Whether a line opens an attached instrument: its kind title alone in any case
    (``KẾ HOẠCH``, ``Quy chế``), its tie line (``(Ban hành kèm theo ...``), its first
    section (``I. MỤC TIÊU``, ``Chương I``, ``Điều 1.``) or its banner."""
    flat = squash(text).strip(TIE_MARKUP)
    if not flat:
        return False
    folded = fold(flat)
    if folded.rstrip(" .:") in _FOLDED_TITLES or ties(flat):
        return True
    title = _TITLE_FIRST.match(flat)
    if title is not None and is_caps(title.group()):
        return True  # "KẾ HOẠCH Chuyển đổi số ...": the title, its subject after it
    if any(banner in folded for banner in _BANNERS):
        return True
    section = _FIRST_SECTION.match(flat)
    if section is None:
        return False
    rest = flat[section.end() :].lstrip()
    return not rest or rest[:1].isupper()


def issuer_above(lines: list[Line], index: int, start: int) -> int:
    """Where an attached instrument whose banner stands on ``lines[index]`` begins: at the
    line above it (from ``start`` on) when that line names a body in capitals (its issuer,
    printed left of the banner, which a scan's OCR put on a line of its own: ``SỞ Y TẾ
    TỈNH X`` / ``CỘNG HÒA ...``), else at the banner."""
    folded = fold(squash(lines[index].text))
    if not any(folded.startswith(banner) for banner in _BANNERS):
        return index
    above = next((at for at in range(index - 1, start - 1, -1) if lines[at].text), None)
    if above is None:
        return index
    text = squash(lines[above].text)
    return above if is_caps(text) and opens_body(fold(text)) else index


def cut_attached(lines: list[Line], start: int, diagnostics: Diagnostics) -> list[Line]:
    """``lines`` with the first attached instrument's opening that a crawl ran on after the
    footer's last words (the signer's name, the signature's title, the archive line) in
    ``lines[start:]`` cut onto a line of its own, and its tie line and first section
    after it (said); ``lines`` itself when none is run on."""
    seen = 0
    for index in range(start, len(lines)):
        text = lines[index].text
        if not text:
            continue
        seen += 1
        if seen > _REACH:
            return lines
        cut = _run_on(text)
        if cut is None:
            if opens_attached(text):
                return lines
            continue
        pieces = [text[:cut].rstrip(), *_head_pieces(text[cut:].strip())]
        number = lines[index].number
        diagnostics.info(
            number,
            "attachment-split",
            f"an attached instrument's opening {text[cut : cut + 40]!r} run on after the"
            " footer read as a line of its own",
        )
        return [*lines[:index], *(Line(number, piece) for piece in pieces), *lines[index + 1 :]]
    return lines


def _run_on(text: str) -> int | None:
    """Where in ``text`` an attached instrument opens after the footer's last words."""
    tried = 0
    for match in _RUN_ON.finditer(text):
        if not _in_case(text, match):
            continue
        tried += 1
        if tried > _TRIES:
            return None
        at = match.start(1)
        if _ends_footer(text[max(0, at - _TAIL) : at]):
            return at
        issuer = _issuer_before(text, at) if _is_banner(match[1]) else None
        if issuer is not None:
            return issuer
    return None


def _in_case(text: str, match: re.Match[str]) -> bool:
    """A kind title or a banner in capitals, a tie line in any case, a first section in
    capitals with a capital after it (``I. MỤC TIÊU``, ``Điều 1. Phạm vi``): group 1 of
    ``match``."""
    opening = match[1]
    if opening == "(":
        return ties(text, match.start(1))
    if fold(opening) in _FOLDED_TITLES or _is_banner(opening):
        return is_caps(opening)
    after = _NEXT_CHARACTER.match(text, match.end())
    return opening[:1].isupper() and after is not None and after[1].isupper()


def _is_banner(opening: str) -> bool:
    return fold(opening).startswith(("cong hoa", "dang cong"))


def _ends_footer(head: str) -> bool:
    """Whether ``head`` ends as a footer ends: on the signer's name, a signature's title
    (``PHÓ CHỦ TỊCH``), or the archive line (``- Lưu: VT, KT.``).  ``head`` is the line's
    last :data:`_TAIL` characters at most: a word cut at its start is not looked at."""
    words = head.split()
    if len(head) >= _TAIL and words and not head[:1].isspace():
        words = words[1:]
    if not words:
        return False
    for size in _NAME_WORDS:
        if size <= len(words) and is_name(" ".join(words[-size:])):
            return True
    for size in _TITLE_WORDS:
        tail = " ".join(words[-size:])
        if size <= len(words) and is_caps(tail) and known_title(tail) == tail:
            return True
    labels = [label.start() for label in _ARCHIVE_LABEL.finditer(head)]
    return bool(labels) and read_archive(head[labels[-1] :].rstrip()) is not None  # the last


def _issuer_before(text: str, banner: int) -> int | None:
    """The start of the attached instrument's issuer printed before its banner, after the
    footer's last words (``PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA ...``)."""
    begin = max(0, banner - _TAIL)
    for word in _WORD_START.finditer(text, begin, banner):
        at = word.start()
        issuer = text[at:banner].strip()
        if (
            is_caps(issuer)
            and opens_body(fold(issuer))
            and _ends_footer(text[max(0, at - _TAIL) : at])
        ):
            return at
    return None


def _head_pieces(tail: str) -> list[str]:
    """The attached instrument's head run on in ``tail``: its title, its tie line (to
    its closing parenthesis) and what follows from its first section, each a line."""
    tie = next((at for at, char in enumerate(tail) if char == "(" and ties(tail, at)), None)
    if tie is None:
        return [tail]
    pieces = [tail[:tie].rstrip()] if tail[:tie].strip() else []
    rest = tail[tie:]
    close = rest.find(")")
    if close < 0:
        return [*pieces, rest]
    pieces.append(rest[: close + 1])
    body = rest[close + 1 :].strip()
    return [*pieces, body] if body else pieces
