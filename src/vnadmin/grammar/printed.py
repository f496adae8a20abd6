"""The printed forms of an instrument's lines, as NĐ 30/2020 and HD 36-HD/VPTW print them.

:func:`format_printed` gives the :class:`~vnadmin.model.Printed` lines of an instrument as
its regime's layout prints its values: the banner and motto (Party: the banner and the
``*`` under the issuer block), ``Số: 12/UBND-VX`` (Party ``Số 15-CT/TU``), the place and
date line, the handling marks, a decision's enacting formula (``QUYẾT ĐỊNH:``), each signing mark, each Nơi nhận item with its ``;`` (Party:
``,``) and the archive line with its ``.``, and
each appendix's header with the line that repeats the instrument's number and date.
:func:`vnadmin.text.render_text` prints these lines, so the text reader reads them back.
:func:`motto_parts` reads a printed motto for the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import attrs

from vnadmin.grammar.appendices import format_attached_to
from vnadmin.grammar.archive import format_archive
from vnadmin.grammar.dates import format_long_date
from vnadmin.grammar.marks import HANDLING_MARKS, format_authority
from vnadmin.grammar.numbers import format_number
from vnadmin.grammar.recipients import format_recipient
from vnadmin.model import (
    Circulation,
    Instrument,
    Printed,
    Regime,
    Secrecy,
    Urgency,
)
from vnadmin.model.dates import PartialDate
from vnadmin.model.numbering import DocumentNumber
from vnadmin.normalize import fold

__all__ = [
    "BOOKLET_MONTH",
    "CONGRESS_TERM",
    "ENACTED_KINDS",
    "ENACTING_FORMULAS",
    "ENACTING_VERB",
    "GLUED_DASH",
    "MOTTO",
    "PARTY_BANNER",
    "STAR",
    "STATE_BANNER",
    "TYPOGRAPHIC_DASHES",
    "Motto",
    "enacting_formula",
    "find_motto",
    "format_date_line",
    "format_distribution",
    "format_number_line",
    "format_printed",
    "motto_parts",
    "printed_lines",
    "split_banner",
    "strip_decoration",
]

STATE_BANNER = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
"""Quốc hiệu (NĐ 30/2020 Phụ lục I, Phần I, mục II.1 điểm a); ``HOÀ`` is the same word."""
MOTTO = "Độc lập - Tự do - Hạnh phúc"
"""Tiêu ngữ: its phrases joined by hyphens with a space each side (mục II.1 điểm b)."""
PARTY_BANNER = "ĐẢNG CỘNG SẢN VIỆT NAM"
"""The banner of Party documents (HD 36-HD/VPTW)."""
STAR = "*"
"""The star a Party document prints under its issuer block (HD 36-HD/VPTW)."""
_ROMAN_OR_DIGITS = r"(?:[IVXLC]+|\d{1,2})"
_TERM_YEARS = r"NHIỆM[ \t]+KỲ[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4}"
CONGRESS_TERM = re.compile(
    rf"LẦN[ \t]+THỨ[ \t]+{_ROMAN_OR_DIGITS}(?:[ \t]*,?[ \t]*{_TERM_YEARS})?|{_TERM_YEARS}"
    rf"|KH(?:ÓA|OÁ)[ \t]+{_ROMAN_OR_DIGITS}"
)
"""A congress's or a committee's round and term, the last line of its name in a Party
issuer block (``ĐẠI HỘI ĐẠI BIỂU`` / ``ĐẢNG BỘ TỈNH X`` / ``LẦN THỨ I, NHIỆM KỲ 2025 -
2030``); matched whole."""
BOOKLET_MONTH = re.compile(r"THÁNG[ \t]+\d{1,2}[ \t]*(?:[-–/.]|NĂM)[ \t]*\d{4}|NĂM[ \t]+\d{4}")
"""The month (or year) a booklet's cover prints at its foot in capitals (``THÁNG 9 -
2025``): no header's date line, which names its day; matched whole."""
ENACTING_FORMULAS = {"quyet-dinh": "QUYẾT ĐỊNH:", "nghi-quyet": "QUYẾT NGHỊ:"}
"""The formula a state decision and resolution print on a line of their own after their
bases, centred, bold, in capitals (NĐ 30/2020 Phụ lục I, Phần I, mục II.6 điểm a; Phụ lục
III mẫu 1.1 to 1.3), by kind code.  A legal normative text enacts in a sentence instead
(``Chính phủ ban hành Nghị định ...``), a Party decision by HD 36's own forms."""


ENACTING_VERB = re.compile(r"(?<![^\W\d_])ban\s+hành(?!\s+văn\s+bản\s+quy\s+phạm)", re.IGNORECASE)
"""The verb of a legal normative text's enacting sentence, which stands after its bases
instead of a formula: ``Chính phủ ban hành Nghị định ...``, ``Bộ trưởng Bộ Y tế ban hành
Thông tư ...``, ``Ủy ban nhân dân tỉnh ban hành Quyết định ...`` (not the Luật Ban hành văn
bản quy phạm pháp luật a basis cites)."""
ENACTED_KINDS = frozenset({"nghi-dinh", "thong-tu", "thong-tu-lien-tich", "quyet-dinh"})
"""The legal normative kinds that enact in that sentence after their bases; a law and a
resolution enact otherwise (a resolution by ``QUYẾT NGHỊ:``)."""


def enacting_formula(instrument: Instrument) -> str | None:
    """The enacting formula ``instrument`` prints after its bases, or ``None`` when its kind
    and regime print none (a công văn, a legal normative text)."""
    kind = instrument.kind
    if instrument.regime is not Regime.STATE or kind is None:
        return None
    return ENACTING_FORMULAS.get(kind.code)


def format_number_line(number: DocumentNumber, regime: Regime) -> str:
    """``Số: 12/UBND-VX``; Party documents ``Số 15-CT/TU`` (no colon)."""
    return ("Số " if regime is Regime.PARTY else "Số: ") + format_number(number)


def format_date_line(place: str | None, date: PartialDate) -> str:
    """``Sóc Trăng, ngày 05 tháng 01 năm 2022``; the date alone without a place."""
    printed = format_long_date(date)
    return printed if place is None else f"{place}, {printed}"


def format_distribution(instrument: Instrument) -> tuple[tuple[str, ...], str | None]:
    """The Nơi nhận items (``- Như trên;``, the last ``.`` when no archive line follows;
    HD 36 ends a Party document's items with a comma) and the archive line (``- Lưu: VT,
    VP.``)."""
    recipients = instrument.distribution
    archive = instrument.archive
    end = "," if instrument.regime is Regime.PARTY else ";"
    items = tuple(
        f"- {format_recipient(recipient)}"
        + ("." if index == len(recipients) - 1 and archive is None else end)
        for index, recipient in enumerate(recipients)
    )
    if archive is None:
        return items, None
    return items, f"- {format_archive(archive, instrument.drafter, instrument.regime)}"


def _appendix_lines(instrument: Instrument) -> Iterator[str]:
    attached = format_attached_to(instrument)
    for appendix in instrument.appendices:
        yield appendix.label
        if appendix.title is not None:
            yield appendix.title
        if attached is not None:
            yield attached


def _handling(mark: Urgency | Secrecy | Circulation | None) -> str | None:
    return None if mark is None else HANDLING_MARKS[mark]


def printed_lines(instrument: Instrument) -> dict[str, Any]:
    """The fields of :func:`format_printed` by name, before a :class:`~vnadmin.model.Printed`
    is built of them (the strategies build it of other normal forms of the same lines)."""
    party = instrument.regime is Regime.PARTY
    number, date = instrument.number, instrument.date
    distribution, archive = format_distribution(instrument)
    return {
        "banner": PARTY_BANNER if party else STATE_BANNER,
        "motto": None if party else MOTTO,
        "star": STAR if party else None,
        "number": None if number is None else format_number_line(number, instrument.regime),
        "date": None if date is None else format_date_line(instrument.place, date),
        "urgency": _handling(instrument.urgency),
        "secrecy": _handling(instrument.secrecy),
        "circulation": _handling(instrument.circulation),
        "formula": enacting_formula(instrument),
        "signature_marks": tuple(
            format_authority(authority, instrument.regime)
            for block in instrument.signatures
            for authority in block.authorities
        ),
        "distribution": distribution,
        "archive": archive,
        "appendices": tuple(_appendix_lines(instrument)),
    }


def format_printed(instrument: Instrument) -> Printed:
    """The lines of ``instrument`` as its regime's layout prints its values."""
    return Printed(**printed_lines(instrument))


TYPOGRAPHIC_DASHES = "–—‑−"
"""The dashes a web page or a word processor sets where the print has a hyphen."""
GLUED_DASH = re.compile(f"(?<=[^\\W_])[{TYPOGRAPHIC_DASHES}](?=[^\\W_])")
"""A typographic dash between two letters or digits: the hyphen of a symbol
(``12/QĐ–UBND``) or a range (``2021–2025``)."""


@attrs.frozen
class Motto:
    """A printed motto read: its phrases and what separates them, as printed."""

    phrases: tuple[str, ...]
    separators: tuple[str, ...]


_DASHES = re.compile(r"[ \t]*[-‐‑‒–—―−]+[ \t]*")


def motto_parts(text: str) -> Motto:
    """The phrases of a printed motto and the separators between them, as printed:
    ``Độc lập – Tự do-Hạnh phúc`` -> (``Độc lập``, ``Tự do``, ``Hạnh phúc``) and
    (`` – ``, ``-``)."""
    phrases = _DASHES.split(text.strip())
    return Motto(
        phrases=tuple(phrase.strip() for phrase in phrases),
        separators=tuple(match.group(0) for match in _DASHES.finditer(text.strip())),
    )


_DECORATION = " \t-_–—=*.·"
"""What a converter leaves around the banner and the motto: their underline, rules, dots."""


def find_motto(text: str) -> str | None:
    """The tiêu ngữ in a printed line, from ``Độc lập`` to ``Hạnh phúc``, without what a
    flattened header put before or after it (the issuer column, seal noise, an underline);
    ``None`` when the line holds no such span."""
    words = text.split()
    keys = [fold(word) for word in words]
    start = next(
        (
            i
            for i in range(len(words) - 1)
            if keys[i].endswith("doc") and keys[i + 1].startswith("lap")
        ),
        None,
    )
    end = next((i for i in range(len(words) - 1, -1, -1) if "phuc" in keys[i]), None)
    if start is None or end is None or end <= start:
        return None
    first, last = words[start], words[end]
    if len(keys[start]) == len(first):  # fold kept one letter per letter: cut what precedes
        first = first[len(first) - 3 :]
    if len(keys[end]) == len(last):
        last = last[: keys[end].index("phuc") + 4]
    return " ".join([first, *words[start + 1 : end], last])


def split_banner(text: str, size: int = len(STATE_BANNER.split())) -> tuple[str, str | None]:
    """The Quốc hiệu of a printed line that opens with it, and the tiêu ngữ printed after it
    on the same line, if any (a flattened header): ``CỘNG HÒA ... VIỆT NAM Độc lập - ...``
    -> (``CỘNG HÒA ... VIỆT NAM``, ``Độc lập - ...``).  ``size``: the words the Quốc hiệu
    fills, fewer when spaces between them were lost (``CHỦ NGHĨAVIỆTNAM``)."""
    words = text.split()
    return " ".join(words[:size]), find_motto(" ".join(words[size:]))


def strip_decoration(text: str) -> str:
    """A printed line without the rules and underlines around it."""
    return text.strip(_DECORATION) or text
