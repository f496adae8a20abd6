"""What only the print shows: each component's line as the document prints it.

The typed fields hold values (a date is three integers, a signing mark an enum member), so
they cannot say that a date line prints ``tháng 04``, a state document signs ``T/M``, the
motto has en dashes, a decision prints ``Quyết định :`` for ``QUYẾT ĐỊNH:`` or a Nơi nhận
item lacks its ``;``.  :class:`Printed` keeps those lines
beside the values, NFC and on one line each, for the rules that check the printed form
(:mod:`vnadmin.rules`); the text reader fills it from what it reads, and
:func:`vnadmin.grammar.printed.format_printed` gives the forms NĐ 30 and HD 36 print.

``Instrument.printed`` is ``None`` when nothing is known of the print (an instrument built
by hand or read from edXML): the rules on printed forms then keep silent.  Inside a
:class:`Printed`, ``None`` or an empty tuple says the document prints no such line.
"""

from __future__ import annotations

import attrs

from vnadmin.model._construct import checked
from vnadmin.model._fields import is_text, items, to_optional_text, to_texts

__all__ = ["Printed"]


@checked
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

    banner: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """Quốc hiệu (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM``), or ``ĐẢNG CỘNG SẢN VIỆT NAM``."""
    motto: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """Tiêu ngữ: ``Độc lập - Tự do - Hạnh phúc``."""
    star: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """The line under a Party issuer block: ``*``."""
    number: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """The number line: ``Số: 12/UBND-VX``, ``Số 15-CT/TU``."""
    date: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """The place and date line: ``Sóc Trăng, ngày 05 tháng 01 năm 2022``."""
    urgency: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """Độ khẩn: ``HỎA TỐC``."""
    secrecy: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """Độ mật: ``MẬT``."""
    circulation: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """Phạm vi lưu hành: ``LƯU HÀNH NỘI BỘ``."""
    formula: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """The enacting formula on its own line after the bases: ``QUYẾT ĐỊNH:``, ``QUYẾT NGHỊ:``."""
    signature_marks: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=is_text())
    )
    """The authority lines of the signature blocks, in order: ``KT. CHỦ TỊCH``."""
    distribution: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=is_text())
    )
    """The Nơi nhận items with their bullet and punctuation: ``- Như trên;``."""
    archive: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    """The archive line that closes Nơi nhận: ``- Lưu: VT, VP.``."""
    appendices: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=is_text())
    )
    """Every line of the appendix headers: ``Phụ lục I``, its title, ``(Kèm theo ...)``."""
    copy: tuple[str, ...] = attrs.field(
        default=(), converter=to_texts, validator=items(str, each=is_text())
    )
    """The lines of a copy's block (bản sao): ``SAO Y``, its number, place and date, signer."""
