"""The distribution list (``Nơi nhận:``) with its purposes, and the archive line (``Lưu:``).

Entries are ``- Như trên;``, ``- UBND tỉnh (để b/c);``; the purpose is a final parenthesis
that says what for (``(để báo cáo)``, ``(b/c)``).  The archive line is ``- Lưu: VT,
XDCQ&CTTN, 02b.`` in state documents and ``- Lưu Văn phòng Tỉnh ủy.`` in Party ones; the
drafting unit may carry the copies kept (``TXNK (30b)``, ``KTTH (02)``, ``TT(03)`` right
after VT), and a final ``NVA.(10)`` or ``NVA(10)`` after the drafting unit, written against
its initials, is the drafter's mark and the number of copies issued.
"""

from __future__ import annotations

import re

from vnadmin.grammar.archive import ARCHIVE, names_clerks
from vnadmin.model import ArchiveLine, DrafterMark, Recipient
from vnadmin.text.lines import squash
from vnadmin.text.recipients import BULLET

__all__ = [
    "LONE_DASH",
    "NOI_NHAN",
    "archive_file_code",
    "is_purpose",
    "mend_purpose",
    "read_archive",
    "read_recipient",
]

NOI_NHAN = re.compile(
    r"(?:Nơi|NƠI|nơi)[ \t]+(?:nhận|NHẬN)(?:[ \t]*:|[ \t]*$|(?=\t)|(?=[ \t]+[-–•+][ \t]))"
    r"[ \t]*(?P<rest>.*)"
)
"""The heading of the distribution list, where the body ends: ``Nơi nhận`` with its colon
or alone (entries may follow on the same line, or the signature column after a tab), not
running text (``Nơi nhận hồ sơ là ...``).  The layout stage writes the heading OCR
damaged (``Với nhận:``, ``(Nơi nhận:``) as printed, so the header, the body and the footer
all recognise it by this one pattern."""
LONE_DASH = re.compile(r"[-–—+•]")
"""An item's dash alone on its line (``Nơi nhận:`` / ``-`` / ``Thủ tướng``): a page's link
cut the item after it.  The clean-up keeps such a line, the footer joins it to the item."""

_DE = "(?:để|đề|đẻ|đê)"
"""``để`` (in order to), as printed or as a scan reads it, its tone or its hook turned."""
_PURPOSE_VERBS = (
    "báo cáo",
    "thực hiện",
    "phối hợp",
    "biết",
    "chỉ đạo",
    "theo dõi",
    "thi hành",
    "giám sát",
)
"""The verbs a purpose names (``để báo cáo``), after its ``để`` or alone (``(Phối hợp)``)."""


def _verbs(*, capital: bool) -> str:
    """The purposes' verbs as a pattern, spaces as runs of them, the first letter in
    either case too if ``capital``."""
    return "|".join(
        (f"[{verb[0].upper()}{verb[0]}]{verb[1:]}" if capital else verb).replace(" ", r"[ \t]+")
        for verb in _PURPOSE_VERBS
    )


_PURPOSE = re.compile(
    rf"\((?P<purpose>(?:Để|{_DE})[ \t][^()]{{1,60}}|[a-zđ]{{1,2}}/[a-zđ]{{1,2}}[^()]{{0,20}}"
    rf"|(?:{_verbs(capital=True)})(?:[ \t,][^()]{{0,40}})?)\)"
    r"[ \t.;,:]*$"
)
"""The purpose closing an item: ``(để báo cáo)``, ``(b/c)``, or its verb alone
(``(Báo cáo)``, ``(phối hợp)``), after the item's end too (``- Bộ Tài chính; (Báo cáo)``),
before a colon a scan read for its ``;``.
It opens with its parenthesis: searched from a run of spaces and commas before it, the
pattern read the rest of the run at each of its characters (quadratic in a long run)."""
_BEFORE_PURPOSE = " \t,;"
"""What separates a purpose from its item (``Bộ Tài chính, (để báo cáo)``)."""
_COPY_WORD = "(?:b|bản|B)"
"""The word a copy count is written with (``30b``, ``02 bản``)."""
_BLANK_COUNT = re.compile(rf"[ \t]*\([ \t.…]*{_COPY_WORD}?[ \t.…]*\)$")
"""A copy count left blank, to be written by hand (``KTTH (   b)``, ``NN (…)``)."""
_COPIES = re.compile(rf"\(?(?P<copies>\d{{1,4}})[ \t]*{_COPY_WORD}?\)?")
_INITIALS_DOTTED = r"[^\W\d_][^\W\d_.]{0,9}(?:\.[^\W\d_]{1,9}){0,2}"
"""A drafter's initials, a name after an initial too (``NVA``, ``Q.Cường``, ``M.Hg``)."""
_DRAFTER = re.compile(rf"(?P<initials>{_INITIALS_DOTTED})\.?[ \t]*\((?P<copies>\d{{1,6}})\)")
_DRAFTER_KEEPING = re.compile(
    rf"(?P<initials>{_INITIALS_DOTTED})\.?[ \t]*\([ \t]*(?P<kept>\d{{1,4}})[ \t]*{_COPY_WORD}[ \t]*\)"
)
"""The drafter after the line's stop with the copies kept, not issued (``Hiển (3b)``)."""
_END = " \t.;,"
_LEADING_BULLETS = re.compile(rf"(?:{BULLET.pattern}(?:[_~¬][ \t]*)*[ \t]*)+")
"""The bullets opening an item, and what a scan leaves of a dash after one (``-_~ Lưu``)."""
_FILE_CODE = re.compile(r"[ \t]*\([ \t]*(?P<code>[^\W\d_]{1,4}[ \t]*\d{1,4}(?:\.\d{1,4})+)[ \t]*\)")
_COUNTED_UNIT = re.compile(
    rf"(?P<unit>[^()]*[^\W_][^()]*?)(?:[ \t]*\([ \t]*(?P<copies>\d{{1,4}})[ \t]*{_COPY_WORD}[ \t]*\)"
    rf"|[ \t]+\((?P<kept>\d{{1,4}})\))(?:[ \t]*\.?[ \t]*(?P<initials>{_INITIALS_DOTTED}))?"
)
"""The drafting unit with the copies kept: ``TXNK (30b)``, or ``KTTH (02)`` apart from it
(the drafter's mark is written against its initials, ``NVA.(30)``), and the drafter's
initials after them (``CĐS (2).LHQ``, ``NN (2) Tuynh``, ``QHĐP (2b)Q.Cường``)."""
_LINE_END = re.compile(r"(?:(?<=[^\W_])|(?<=\)))\.[ \t]+(?=\S)")
"""The period ending the archive line, followed by something else on the same line."""


_INITIALS = re.compile(r"[^\W\d_a-zđ][^\W\d_]{0,4}")
"""A drafter's initials alone: a capital, four letters more at most (``Hg``, ``TA``)."""
_MARKS = frozenset(["KT", "TM", "TL", "TUQ", "Q"])
"""Signing marks, which the signature column beside the archive line may start with."""


_GLUED_TO_VT = re.compile(r"VT(?:[ \t]*(?P<code>\([^()]{1,20}\)))?[.-](?=[^\W\d_])")
"""``VT`` with the unit after it glued by a full stop or a hyphen instead of a comma
(``VT.KT13/11``, ``VT-TCHC``, ``VT (TC04/10).KT14/11``, a file code between them)."""


_UNIT_OPENING = ":-–"
"""What a scan leaves before an archive line's unit (``Lưu:-VT,:ntphong``): no unit opens so."""


def _unit(text: str) -> str:
    """One unit of an archive line without the stops at its edges, nor the colon or dash a
    scan left there (``Lưu:-VT,:ntphong (02b).:``)."""
    return text.strip(_END).lstrip(_UNIT_OPENING).rstrip(":").strip(_END)


def _glued(unit: str) -> list[str]:
    """``unit``, or ``VT`` and the unit glued to it (and the code between)."""
    match = _GLUED_TO_VT.match(unit)
    if match is None:
        return [unit]
    return ["VT", *([match["code"]] if match["code"] else []), unit[match.end() :]]


def _unit_named(unit: str) -> bool:
    """Whether ``unit`` names a unit other than the registry office (VT, Văn thư): a
    drafter's mark (``NVA(10)``) follows the drafting unit, never VT alone."""
    return not names_clerks(squash(unit))


def _unbulleted(text: str) -> str:
    """``text`` without the bullet(s) opening it (``- ``, ``* - ``)."""
    match = _LEADING_BULLETS.match(text)
    return text[match.end() :] if match is not None else text


def read_recipient(text: str) -> Recipient | None:
    """One entry of the list, bullet and final punctuation removed."""
    text = _unbulleted(squash(text))
    purpose = None
    match = _PURPOSE.search(text)
    if match is not None:
        purpose = squash(match["purpose"])
        text = text[: match.start()].rstrip(_BEFORE_PURPOSE)
    name = text.rstrip(_END + ":").lstrip(_END)  # "- Các Sở (để p/h):", ";" read as ":"
    if not name:
        return None
    return Recipient(name=name, purpose=purpose)


_SLASHES = "/⁄∕"
_ABBREVIATED_PURPOSE = re.compile(
    rf"{_DE}[ \t]+(?P<verb>[a-zđ])[ \t]*[{_SLASHES}][ \t]*(?P<object>[a-zđ]{{1,2}})"
)
"""A purpose abbreviated (``để p/h``, ``để t/h``, ``để b/c``) as a scan read it: ``để``
damaged (``đề``, ``đê``), the slash read as a fraction slash (``p⁄h``).  One printed
without its slash (``để tb``) is kept as printed."""
_SPELLED_PURPOSE = re.compile(
    rf"{_DE}[ \t]+(?P<verb>{_verbs(capital=False)})(?P<rest>(?:[ \t,].*)?)"
)
"""A purpose spelled out after a damaged ``để`` (``đề thực hiện``)."""


def mend_purpose(purpose: str) -> str:
    """``purpose`` as printed when a scan damaged its ``để`` or its abbreviation's slash
    (``đề p⁄h`` is ``để p/h``, ``đề thực hiện`` is ``để thực hiện``); ``purpose`` itself
    otherwise.  ``đề`` before another word (``đề nghị``) is that word: only before an
    abbreviation of a letter or two, or a verb of the purposes, is it mended."""
    match = _ABBREVIATED_PURPOSE.fullmatch(purpose)
    if match is not None:
        return f"để {match['verb']}/{match['object']}"
    spelled = _SPELLED_PURPOSE.fullmatch(purpose)
    if spelled is not None:
        return f"để {spelled['verb']}{spelled['rest']}"
    return purpose


def is_purpose(text: str) -> bool:
    """Whether ``text`` is a purpose in parentheses alone, printed after its item's end."""
    return _PURPOSE.match(text, len(text) - len(text.lstrip(_BEFORE_PURPOSE))) is not None


def archive_file_code(text: str) -> str | None:
    """The file code an archive line prints in parentheses (``Lưu VT ( H1.25 )``), if
    any: read_archive leaves it out of the units."""
    match = ARCHIVE.fullmatch(_unbulleted(squash(text)))
    code = _FILE_CODE.search(match["units"]) if match is not None else None
    return code["code"] if code is not None else None


def read_archive(text: str) -> tuple[ArchiveLine | None, DrafterMark | None] | None:
    """The archive line (``Lưu: VT, VP.``), or ``None`` if ``text`` is not one."""
    text = _unbulleted(squash(text))
    match = ARCHIVE.fullmatch(text)
    if match is None:
        return None
    listed, *after = _line_end(match["units"])  # what OCR joined goes
    listed = _FILE_CODE.sub("", listed)  # "( H1.25 )" files the copy: it is not a unit
    units = [part for unit in listed.strip(_END).split(",") for part in _glued(_unit(unit))]
    units = [unit for unit in units if unit]
    if units and (blank := _BLANK_COUNT.search(units[-1])) is not None and blank.start():
        units[-1] = units[-1][: blank.start()]  # "KTTH (   b)": the count left for the hand
    copies = None
    drafter = None
    if units:
        last = units[-1]  # "TXNK (30b)": the unit and the copies
        counted = _COUNTED_UNIT.fullmatch(last) if "(" in last and len(last) <= 80 else None
        kept = 0 if counted is None else int(counted["copies"] or counted["kept"])
        if counted is not None and 0 < kept <= 10_000:
            units[-1] = counted["unit"]
            copies = kept
            if counted["initials"]:
                drafter = DrafterMark(initials=counted["initials"])
    if units:
        drafted = _DRAFTER.fullmatch(units[-1])
        if drafted is not None and not any(map(_unit_named, units[:-1])):
            units[-1] = drafted["initials"]  # "Lưu: VT, TT(03)": the drafting unit, its copies
            copies = int(drafted["copies"])
        elif drafted is not None:
            drafter = DrafterMark(initials=drafted["initials"], copies=int(drafted["copies"]))
            units.pop()
    if units and copies is None:
        counted = _COPIES.fullmatch(units[-1])
        if counted is not None and len(units) > 1 and 0 < int(counted["copies"]) <= 10_000:
            copies = int(counted["copies"])
            units.pop()
    if after and drafter is None:
        drafter, kept_after = _drafter_after(after[0])
        copies = kept_after if copies is None else copies
    archive = ArchiveLine(units=units, copies=copies) if units else None
    return archive, drafter


def _line_end(units: str) -> list[str]:
    """The archive line's units, and what follows its stop if anything does; a stop inside
    a parenthesis ends an initial (``CN(M. Cường)``), not the line."""
    depth, counted = 0, 0
    for stop in _LINE_END.finditer(units):
        piece = units[counted : stop.start()]
        depth, counted = depth + piece.count("(") - piece.count(")"), stop.start()
        if depth <= 0:
            return [units[: stop.start()], units[stop.end() :]]
    return [units]


def _drafter_after(text: str) -> tuple[DrafterMark | None, int | None]:
    """The drafter's mark printed after the archive line's stop (``Lưu: VT, QLDN3. H(4)``,
    ``Lưu VT, NN (03). Hg.``): initials, with the copies or not; not a signing mark.  With
    it, the copies kept when they follow the drafter (``Lưu VT, GDPT. Hiển (3b).``)."""
    text = text.strip(_END)
    counted = _DRAFTER.fullmatch(text)
    if counted is not None:
        return DrafterMark(initials=counted["initials"], copies=int(counted["copies"])), None
    keeping = _DRAFTER_KEEPING.fullmatch(text)
    if keeping is not None and int(keeping["kept"]) > 0:
        return DrafterMark(initials=keeping["initials"]), int(keeping["kept"])
    if _INITIALS.fullmatch(text) and text.upper() not in _MARKS:
        return DrafterMark(initials=text), None
    return None, None
