"""Addressees: ``Kính gửi: X`` on one line, or ``Kính gửi:`` over a ``- ...;`` list.

A one-line list naming several addressees is split with
:func:`~vnadmin.text.semantics.split_actors` (``Chánh Văn phòng, Chánh Thanh tra và
Trưởng các phòng ...`` is three); an entry of a dashed list is kept whole, commas and all
(``- Ủy ban nhân dân huyện, thành phố;`` is one).
"""

from __future__ import annotations

import re

from vnadmin.grammar.labels import LABEL
from vnadmin.model import Organization
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import MAX_SCAN, Line, is_caps, is_noise, squash, starts_lower
from vnadmin.text.portal import metadata_lines
from vnadmin.text.semantics import split_actors
from vnadmin.text.vocabulary import ACTOR_HEADS, PREAMBLE, VERBS, is_title

__all__ = ["BULLET", "JOINED_ITEMS", "opens_addressees", "opens_recipients", "read_addressees"]

_KINH_GUI = re.compile(
    r"(?:Đồng[ \t]+)?(?:Kính|KÍNH|kính)[ \t]+(?:gửi|GỬI|gởi|GỞI)[ \t]*:?[ \t]*(?P<rest>.*)",
    re.IGNORECASE,
)
_DIEN_ALONE = re.compile(r"(?:điện|ĐIỆN)[ \t]*:[ \t]*(?P<rest>.*)")
"""``điện:`` and the recipients after it, its sender on the line above (a narrow cell)."""
_DIEN = re.compile(r"(?P<sender>[^\W\d_][^:]{0,160}?)[ \t]+" + _DIEN_ALONE.pattern)
"""The line of a công điện that opens its recipients: ``THỦ TƯỚNG CHÍNH PHỦ điện:``."""
BULLET = re.compile(r"[-–—+•●▪○◦·∙➢►*][ \t]*(?=\S)")
"""A list entry's bullet (entries in Kính gửi and Nơi nhận lists, space optional)."""
JOINED_ITEMS = re.compile(r"(?<=[,;.)])[ \t]+(?=[-–+•][ \t]+\S)|(?<=;)(?=[-–+•][^\W\d_])")
"""Where list entries a crawl ran onto one line meet (``- Như trên; - Lưu: VT.``), or a
paste from a word processor ran them together with no space at all (``-A (để b/c);-B;``:
a dash glued to its item's first letter right after a ``;``)."""
_ENTRY_END = " \t.;,:"
_RECORD_REACH = 60
"""Lines after the header where a portal's record ending above the addressees is looked for."""
_WORDS = re.compile(r"[^\W\d_]+")
_NOISE_BEFORE_BULLET = re.compile(r"(?P<noise>[^-–+•\s][^\n]{0,40}?)[ \t]+(?=[-–+•][ \t]+\S)")


def _entry(text: str) -> str:
    bullet = BULLET.match(text)
    while bullet is not None:  # "+ - Sở ...": a speck read as a bullet before the dash
        text = text[bullet.end() :]
        bullet = BULLET.match(text)
    return squash(text).strip(_ENTRY_END)


def opens_addressees(text: str) -> bool:
    """Whether a line opens the addressees: ``Kính gửi``, or a công điện's ``... điện:``."""
    return _KINH_GUI.match(squash(text[:MAX_SCAN])) is not None or opens_recipients(text)


def opens_recipients(text: str) -> bool:
    """Whether a line opens a công điện's recipients: its sender in capitals, ``điện:``
    (``THỦ TƯỚNG CHÍNH PHỦ điện:``)."""
    text = squash(text[:MAX_SCAN])
    return (
        "điện" in text.casefold()
        and _DIEN.fullmatch(text) is not None
        and is_caps(text.split(":")[0].rsplit(" ", 1)[0])
    )


def _without_stamp_noise(text: str) -> str:
    """A list entry after what a stamp over it left on its line (``lBẾN way.O415.].202,....
    - Chủ tịch ...``): the noise before the bullet dropped."""
    match = _NOISE_BEFORE_BULLET.match(text)
    if match is None or not (is_noise(match["noise"]) or _specks(match["noise"])):
        return text
    return text[match.end() :]


def _specks(text: str) -> bool:
    """Whether ``text`` is specks a seal left in the margin (``KA- 41 t ể``): letters in
    ones and twos, a digit or a sign among them; no name has no longer word."""
    return (
        all(len(word) <= 2 for word in _WORDS.findall(text)) and not text.replace(" ", "").isalpha()
    )


def _after_portal_record(lines: list[Line], start: int, diagnostics: Diagnostics) -> int:
    """Where the addressees may open after ``start``: past the portal's record of the
    document (``Loại văn bản`` / ``Công văn`` / ... / ``Tình trạng`` / ``Đã biết``) when a
    crawl that lost the document's header prints it there and ``Kính gửi`` right after it;
    ``start`` otherwise.  The record is the portal's, not the document's: it is said so."""
    window = lines[start : start + _RECORD_REACH]
    rows = metadata_lines([line.text for line in window])
    if not rows or any(line.text for line in window[: rows[0]]):
        return start
    after = rows[-1] + 1
    while after < len(window) and not window[after].text:
        after += 1
    if after >= len(window) or not opens_addressees(window[after].text):
        return start
    diagnostics.info(
        window[rows[0]].number,
        "portal-metadata-removed",
        f"a legal portal's record of the document ({after - rows[0]} line(s): Loại văn bản,"
        " Tình trạng, ...) above the addressees was not read as the document's",
    )
    return start + after


_ENTRY_LENGTH = 300  # an addressee entry is a line or three
_OPENED_ENTRY = 150  # a second entry after the one on the Kính gửi line: a line or two
_BLANK = re.compile(r"[.…_]{4,}")
_SPECKS_AFTER_BLANK = 12  # characters after a blank's dots that OCR read from a stain
_WRAPPED_END = 60
"""The longest end of a dashed entry a narrow cell wraps onto the next line."""


def _goes_on(text: str) -> bool:
    """Whether a line without a dash ends the dashed entry above it: it opens in lower case
    (``cáo)``), or is a short end that closes an entry (``Chính phủ;``, ``Việt Nam;``)."""
    if starts_lower(text):
        return True
    return (
        len(text) <= _WRAPPED_END
        and text.endswith((";", "."))
        and not PREAMBLE.match(text)
        and not LABEL.match(text)
    )


def _cut_after_comma(entries: list[str], text: str) -> bool:
    """Whether a line without a dash goes on with the last dashed entry, which stops on a
    comma where the entry before it ends otherwise (``- Đồng chí X - Phó Chủ tịch UBND
    tỉnh,`` / ``Chủ tịch Hội đồng ...``): the entry's next office, not the body (no legal
    basis, no label)."""
    return (
        len(entries) > 1
        and entries[-1].endswith(",")
        and not entries[-2].endswith(",")
        and len(text) <= _ENTRY_LENGTH
        and not PREAMBLE.match(text)
        and not LABEL.match(text)
    )


_LIST_AFTER_COLON = re.compile(r":[ \t]*[^\W\d_][^:;.]*,[^:;.]*$")
"""A line that stops inside a list of names opened by a colon (``... các tỉnh: Hưng Yên,
Ninh``): no stop, a comma after the colon."""
_LIST_END_LENGTH = 120


def _list_goes_on(above: str, text: str) -> bool:
    """Whether ``text`` ends the list of names a narrow cell cut ``above`` in (``Bình, Bắc
    Ninh, Phú Thọ.``): a short line that closes with a stop, after a line cut mid-list."""
    return (
        _LIST_AFTER_COLON.search(above) is not None
        and len(text) <= _LIST_END_LENGTH
        and text.endswith((".", ";"))
        and not BULLET.match(text)
        and not PREAMBLE.match(text)
        and not LABEL.match(text)
    )


def _comma_goes_on(above: str, text: str) -> bool:
    """Whether ``text`` ends a Kính gửi line cut after a comma (``Hiệu trưởng các trường
    Mầm non, Tiểu học,`` / ``THCS trên địa bàn thị xã.``): a short line that closes with a
    stop, no sentence of the body, no list entry."""
    return (
        above.endswith(",")
        and len(text) <= _LIST_END_LENGTH
        and text.endswith((".", ";"))
        and not BULLET.match(text)
        and not PREAMBLE.match(text)
        and not LABEL.match(text)
    )


_NAME_RUN = re.compile(r"[^\W\d_][^:;.()]*[,.;]?")
_NAME_WORDS = 4  # words of a place's name in a list of them (``Bà Rịa - Vũng Tàu``)


def _names_go_on(above: str, text: str) -> bool:
    """Whether ``text`` goes on with a list of names that runs over several lines (``...
    các tỉnh, thành phố An Giang, Cần Thơ,`` / ``Cà Mau, Cao Bằng, ...,`` / ``Tháp, Vĩnh
    Long.``): the line above holds a comma and stops inside the list, this one is short
    names between commas, no sentence."""
    if "," not in above or above.endswith((".", ";", ":")) or len(text) > _LIST_END_LENGTH:
        return False
    if _NAME_RUN.fullmatch(text) is None or PREAMBLE.match(text) or LABEL.match(text):
        return False
    names = text.rstrip(".,;").split(",")
    return len(names) > 1 and all(0 < len(name.split()) <= _NAME_WORDS for name in names)


def _next(text: str, *, all_dotted: bool, opened: bool) -> bool:
    """Whether a dashed line after entries that each ended with ``.`` (``all_dotted``) is
    one more of them (a công điện's ``- Bộ trưởng các Bộ: ....`` / ``- Bí thư Tỉnh ủy
    ....``): it opens with an actor and is no longer than an entry; body text after the
    list does not. After the one entry the Kính gửi line ``opened`` with its dash on its
    own line, a short line that closes like it, with no field's colon and no verb first,
    is the second entry (``- HT các trường học.``): the dash there promised a list."""
    if not all_dotted:
        return False
    entry = _entry(text)
    if opened and len(entry) <= _OPENED_ENTRY and text.endswith((".", ";")):
        return not (
            ":" in entry
            or PREAMBLE.match(entry)
            or LABEL.match(entry)
            or VERBS.match(entry.lower())
        )
    return len(entry) <= _ENTRY_LENGTH and ACTOR_HEADS.match(entry) is not None


def _sender_above(lines: list[Line], index: int) -> re.Match[str] | None:
    """``điện:`` alone on its line, its sender in capitals on the line above (``CỤC TRƯỞNG
    CỤC THUẾ`` / ``điện:``, a page's narrow cell): a công điện's recipients open there."""
    match = _DIEN_ALONE.fullmatch(squash(lines[index].text[:MAX_SCAN]))
    above = next((line.text for line in reversed(lines[:index]) if line.text), "")
    return match if match is not None and is_caps(squash(above)) else None


_STACKED_LENGTH = 70
"""The longest line of an addressee stacked under the first: body text runs wider."""


def _stacked(above: str, text: str, following: tuple[int, str] | None) -> bool:
    """Whether ``text`` is one more addressee under the one above, each on its own line
    without a dash (``Kính gửi: Cổng thông tin điện tử Quốc gia ...`` / ``Cổng thông tin
    điện tử Sở Y tế``): the line above ends no sentence, this one is short and opens with
    an actor (an office, a unit), holds no verb (the body's first sentence, ``Tòa án
    nhân dân huyện X đang giải quyết ...``, does) nor goes on in lower case below, ends
    no sentence (``Khoa đề nghị như sau.``), and is no legal basis nor label."""
    return (
        above[-1:] not in ".:,"
        and (following is None or not starts_lower(following[1]))
        and VERBS.search(text) is None
        and len(text) <= _STACKED_LENGTH
        and text[-1:] not in ":,."
        and ACTOR_HEADS.match(text) is not None
        and not PREAMBLE.match(text)
        and not LABEL.match(text)
    )


def _next_text(lines: list[Line], index: int) -> tuple[int, str] | None:
    """The first line with text at or after ``index``, squashed, with its index."""
    for at in range(index, min(len(lines), index + 3)):
        text = squash(lines[at].text)
        if text:
            return at, text
    return None


_TILDE_DASH = re.compile(r"[~¬][ \t]*(?=[^\W\d_])")
"""A list entry's dash that OCR read as a tilde (``~ Giám đốc Sở ...``)."""
_DASHES = frozenset("-–—+•")
_SPECK = 2  # characters of a speck a scan leaves on a line of its own


def _dash_mended(text: str, number: int, diagnostics: Diagnostics) -> str:
    """``text`` with an entry's dash read back where OCR printed a tilde, said."""
    damaged = _TILDE_DASH.match(text)
    if damaged is None:
        return text
    diagnostics.info(number, "ocr-repaired", f"{damaged.group()!r} read as a list's dash")
    return "- " + text[damaged.end() :]


def _speck_before_list(lines: list[Line], index: int, text: str) -> bool:
    """Whether ``text``, between ``Kính gửi:`` and the dashed list below it, is a speck
    OCR read (``n``): a sign or two, no word, a dashed entry next."""
    if len(text) > _SPECK or text[:1].isupper() or text.isdigit():
        return False
    following = _next_text(lines, index + 1)
    return following is not None and BULLET.match(following[1]) is not None


_SPECK_LINES = 4  # lines of specks a seal leaves between the subject and Kính gửi


def _past_specks(lines: list[Line], index: int, diagnostics: Diagnostics) -> int:
    """The ``Kính gửi`` line after a few lines of a speck or two each (``an`` / ``h``: a
    seal's strokes OCR read between the subject and the addressees), the specks said;
    ``index`` when no such line follows them."""
    specks: list[int] = []
    at = index
    while at < len(lines) and len(specks) <= _SPECK_LINES:
        text = lines[at].text.strip()
        if text and len(text) > _SPECK + 1:
            break
        if text:
            specks.append(at)
        at += 1
    if not specks or at >= len(lines) or not opens_addressees(lines[at].text):
        return index
    for speck in specks:
        diagnostics.info(
            lines[speck].number, "line-skipped", f"{lines[speck].text!r} above Kính gửi: a speck"
        )
    return at


def read_addressees(
    lines: list[Line], start: int, diagnostics: Diagnostics
) -> tuple[list[Organization], int]:
    """Addressees from the ``Kính gửi`` block at or after ``start`` (blank lines skipped),
    and the index of the first line after the block."""
    index = _after_portal_record(lines, start, diagnostics)
    while index < len(lines) and not lines[index].text:
        index += 1
    if index >= len(lines):
        return [], start
    index = _past_specks(lines, index, diagnostics)
    match = (
        _KINH_GUI.match(squash(lines[index].text))
        or _DIEN.fullmatch(squash(lines[index].text[:MAX_SCAN]))
        or _sender_above(lines, index)
    )
    if match is None:
        return [], start
    first_line = lines[index].number
    names: list[str] = []
    raw: list[str] = []  # the dashed entries as printed, to join a wrapped one
    # whether every entry before the last ended with "." (only the last is joined to):
    # kept as they come, for a check over all of them at each was quadratic
    dotted_before = True
    rest = match["rest"].strip()
    rest = "" if rest in _DASHES else rest  # "Kính gửi: -": the first item's dash alone
    blank = _BLANK.match(rest)
    if blank is not None and len(rest[blank.end() :].strip(" .-")) <= _SPECKS_AFTER_BLANK:
        # "Kính gửi: ............": a form's blank, a speck or two after it
        diagnostics.warning(first_line, "addressees-empty", "a 'Kính gửi' line left blank")
        return [], index + 1
    listed = False
    wrapped: list[str] = []  # the lines the Kính gửi line wraps onto: read once, at its end
    stacked: list[str] = []  # addressees one a line below the first, no dash before them
    if rest:
        if BULLET.match(rest):
            for entry in JOINED_ITEMS.split(rest):  # "- Các phòng; - Văn phòng Sở."
                dotted_before = dotted_before and (not raw or raw[-1].endswith("."))
                names.append(_entry(entry))
                raw.append(entry)
            listed = True
        else:
            names.extend(split_actors(rest))
    index += 1
    while index < len(lines):
        text = _without_stamp_noise(squash(lines[index].text))
        if not text:
            index += 1
            continue
        if not names and not rest and _speck_before_list(lines, index, text):
            diagnostics.info(
                lines[index].number, "line-skipped", f"{text!r} above the Kính gửi list: a speck"
            )
            index += 1
            continue
        text = _dash_mended(text, lines[index].number, diagnostics)
        if BULLET.match(text):
            if (rest and not listed) or (
                raw
                and raw[-1].endswith(".")
                and not _next(text, all_dotted=dotted_before, opened=len(raw) == 1 and bool(rest))
            ):
                break  # the list ended (one line, or an entry ending in "."): body text
            dotted_before = dotted_before and (not raw or raw[-1].endswith("."))
            names.append(_entry(text))
            raw.append(text)
            listed = True
        elif (
            names
            and listed
            and not raw[-1].endswith((";", "."))
            and (_goes_on(text) or _cut_after_comma(raw, text))
        ):
            raw[-1] = f"{raw[-1]} {text}"
            names[-1] = _entry(raw[-1])
        elif (
            rest
            and not listed
            and (wrapped or [rest])[-1][-1:] not in ".;:"
            and (
                starts_lower(text)
                or _list_goes_on((wrapped or [rest])[-1], text)
                or _names_go_on((wrapped or [rest])[-1], text)
                or _comma_goes_on((wrapped or [rest])[-1], text)
                or (not wrapped and is_title(rest) and ACTOR_HEADS.match(text))
            )
        ):
            # "Kính gửi: Các sở," / "ban, ngành tỉnh": a narrow cell; "Kính gửi: Bộ
            # trưởng" / "Bộ Công Thương": a title alone, its body below it
            wrapped.append(text)
        elif (
            rest
            and not listed
            and not wrapped
            and _stacked((stacked or [rest])[-1], text, _next_text(lines, index + 1))
        ):
            stacked.append(text)
            names.extend(split_actors(text))
        else:
            if wrapped:
                names, wrapped = split_actors(" ".join([rest, *wrapped])), []
            if (
                not names
                and len(text) <= 300
                and not PREAMBLE.match(text)
                and not LABEL.match(text)
            ):
                following = _next_text(lines, index + 1)
                if following is not None and _list_goes_on(text, following[1]):
                    text, index = f"{text} {following[1]}", following[0]
                names.extend(split_actors(text))  # "Kính gửi:" with the addressee below it
                index += 1
            break
        index += 1
    if wrapped:
        names = split_actors(" ".join([rest, *wrapped]))
    organizations = []
    for name in names:
        if name:
            organizations.append(Organization(name=name))
    if not organizations:
        diagnostics.warning(first_line, "addressees-empty", "a 'Kính gửi' line names no one")
    elif not listed and not stacked and len(organizations) > 1:
        diagnostics.info(
            first_line,
            "addressees-split",
            f"a one-line Kính gửi list was split into {len(organizations)} addressees",
        )
    return organizations, index
