"""What only the print shows: each component's line as the document prints it.

The typed fields hold values (a date is three integers, a signing mark an enum member), so
they cannot say that a date line prints ``tháng 04``, a state document signs ``T/M``, the
motto has en dashes or a Nơi nhận item lacks its ``;``.  :class:`Printed` keeps those lines
beside the values, NFC and on one line each, for the rules that check the printed form
(:mod:`vnadmin.rules`); the text reader fills it from what it reads, and
:func:`vnadmin.grammar.printed.format_printed` gives the forms NĐ 30 and HD 36 print.

``Instrument.printed`` is ``None`` when nothing is known of the print (an instrument built
by hand or read from edXML): the rules on printed forms then keep silent.  Inside a
:class:`Printed`, ``None`` or an empty tuple says the document prints no such line.
"""

from __future__ import annotations

import attrs

from vnadmin.model._fields import is_text, items, to_optional_text, to_texts

__all__ = ["Printed"]


def _line() -> str | None:
    return attrs.field(default=None, converter=to_optional_text, validator=is_text(optional=True))


def _lines() -> tuple[str, ...]:
    return attrs.field(default=(), converter=to_texts, validator=items(str, each=is_text()))


@attrs.frozen(kw_only=True)
class Printed:
    """The printed form of the components whose print the rules check, line by line.

    ``signature_marks`` lists the authority lines of every signature block in order
    (``TM. ỦY BAN NHÂN DÂN``, ``KT. CHỦ TỊCH``); ``distribution`` the items of Nơi nhận
    with their bullet and final punctuation (``- Như trên;``), ``archive`` the line that
    closes it (``- Lưu: VT, VP.``); ``appendices`` every line of the appendix headers
    (``Phụ lục I``, its title, ``(Kèm theo Quyết định số ...)``); ``copy`` the lines of a
    copy's block (``SAO Y``, its number, place and time, signer).
    """

    banner: str | None = _line()
    """Quốc hiệu (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``), or ``ĐẢNG CỘNG SẢN VIỆT NAM``."""
    motto: str | None = _line()
    """Tiêu ngữ: ``Độc lập - Tự do - Hạnh phúc``."""
    issuer: tuple[str, ...] = _lines()
    """The issuer block of the header, parent lines first (empty: the header names none)."""
    star: str | None = _line()
    """The line under a Party issuer block: ``*``."""
    number: str | None = _line()
    """The number line: ``Số: 12/UBND-VX``, ``Số 15-CT/TU``."""
    date: str | None = _line()
    """The place and date line: ``Sóc Trăng, ngày 05 tháng 01 năm 2022``."""
    urgency: str | None = _line()
    """Độ khẩn: ``HỎA TỐC``."""
    secrecy: str | None = _line()
    """Độ mật: ``MẬT``."""
    circulation: str | None = _line()
    """Phạm vi lưu hành: ``LƯU HÀNH NỘI BỘ``."""
    authority: str | None = _line()
    """A decision's line naming who decides: ``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI``."""
    formula: str | None = _line()
    """A decision's formula before its articles: ``QUYẾT ĐỊNH:``."""
    signature_marks: tuple[str, ...] = _lines()
    distribution: tuple[str, ...] = _lines()
    archive: str | None = _line()
    appendices: tuple[str, ...] = _lines()
    copy: tuple[str, ...] = _lines()
