"""Grammar of signing marks: ``TM.``/``KT.``/``TL.``/``TUQ.``/``Q.`` and the Party ``T/M``, ``K/T``, ``T/L``, ``T/U.Q``."""

from __future__ import annotations

import re

import attrs

from vnadmin.errors import GrammarError
from vnadmin.model.instrument import Circulation, Secrecy, Urgency
from vnadmin.model.kinds import Regime
from vnadmin.model.signature import Authority, SigningMark
from vnadmin.normalize import nfc

__all__ = [
    "AUTHORITY_LINE",
    "DEGREES",
    "HANDLING_MARKS",
    "MARK_WORDS",
    "PrintedMark",
    "format_authority",
    "format_mark",
    "parse_authority",
    "parse_mark",
    "read_printed_mark",
]

HANDLING_MARKS: dict[Urgency | Secrecy | Circulation, str] = {
    Urgency.URGENT: "KHẨN",
    Urgency.VERY_URGENT: "THƯỢNG KHẨN",
    Urgency.FLASH: "HỎA TỐC",
    Urgency.FLASH_TIMED: "HỎA TỐC HẸN GIỜ",
    Secrecy.CONFIDENTIAL: "MẬT",
    Secrecy.SECRET: "TỐI MẬT",
    Secrecy.TOP_SECRET: "TUYỆT MẬT",
    Circulation.INTERNAL: "LƯU HÀNH NỘI BỘ",
    Circulation.RETURN_AFTER_READING: "XEM XONG TRẢ LẠI",
}
"""Urgency, secrecy and circulation marks as printed (NĐ 30 Article 8, Phụ lục I)."""

DEGREES = r"(?:P?GS|GSTS|TSKH|TS|ThS|Ths|BSCKII|BSCKI|BS|DS|KS|CN|NGND|NGƯT|NSND|NSƯT|TTND|TTƯT)"
"""A degree (học hàm, học vị) or title of honour as abbreviated before a signer's name
(``PGS.TS.``, ``ThS``, ``NGƯT.``): the reader takes it as part of the name, the checker
flags it (NĐ 30/2020 Phụ lục I, Phần I, mục II.7)."""

_STATE = {
    SigningMark.TM: "TM.",
    SigningMark.KT: "KT.",
    SigningMark.TL: "TL.",
    SigningMark.TUQ: "TUQ.",
    SigningMark.Q: "Q.",
}
_PARTY = {
    SigningMark.TM: "T/M",
    SigningMark.KT: "K/T",
    SigningMark.TL: "T/L",
    SigningMark.TUQ: "T/U.Q",
    SigningMark.Q: "Q.",
}
_SPELLINGS = {
    "TM": SigningMark.TM,
    "T/M": SigningMark.TM,
    "KT": SigningMark.KT,
    "K/T": SigningMark.KT,
    "TL": SigningMark.TL,
    "T/L": SigningMark.TL,
    "TUQ": SigningMark.TUQ,
    "T/UQ": SigningMark.TUQ,
    "T/U.Q": SigningMark.TUQ,
    "T.UQ": SigningMark.TUQ,
    "Q": SigningMark.Q,
}
MARK_WORDS = r"T/U\.Q|T/UQ|T\.UQ|TUQ|T/M|K/T|T/L|TM|KT|TL|Q"
"""Every spelling of a signing mark, longest first, as a pattern's alternatives."""
_MARK = rf"(?P<mark>{MARK_WORDS})"
AUTHORITY_LINE = re.compile(
    rf"{_MARK}(?:\.[ \t]*|[ \t]+)(?P<applies_to>\S.*)",
    re.IGNORECASE,
)
"""A line of the signature stack: a mark then what it applies to (``KT. GIÁM ĐỐC``)."""
_PRINTED_LINE = re.compile(
    rf"{_MARK}(?P<dot>\.?)(?P<gap>[ \t]*)(?P<applies_to>\S.*)", re.IGNORECASE
)


@attrs.frozen
class PrintedMark:
    """A signing mark as a line prints it: the mark, its spelling with its dot (``KT.``,
    ``K/T``, ``Kt``) and the white space between it and what it applies to."""

    mark: SigningMark
    spelling: str
    gap: str


def read_printed_mark(text: str) -> PrintedMark | None:
    """The mark of a printed stack line (``KT.CHỦ TỊCH``, ``T/M BAN THƯỜNG VỤ``), or
    ``None`` when the line is no mark line."""
    match = _PRINTED_LINE.fullmatch(nfc(text).strip())
    if match is None or not (match["dot"] or match["gap"]):
        return None
    return PrintedMark(
        mark=parse_mark(match["mark"]),
        spelling=match["mark"] + match["dot"],
        gap=match["gap"],
    )


def parse_mark(text: str) -> SigningMark:
    """The mark in either regime's spelling, with or without its final dot."""
    key = nfc(text).strip().upper()
    mark = _SPELLINGS.get(key[:-1] if key.endswith(".") and key[:-1] in _SPELLINGS else key)
    if mark is None:
        raise GrammarError("signing mark", text, "not TM., KT., TL., TUQ., Q. or T/M, K/T, T/L")
    return mark


def format_mark(mark: SigningMark, regime: Regime = Regime.STATE) -> str:
    """``KT.`` for state and legal documents, ``K/T`` for Party documents."""
    return (_PARTY if regime is Regime.PARTY else _STATE)[mark]


def parse_authority(text: str) -> Authority:
    """Parse one stack line such as ``KT. GIÁM ĐỐC`` or ``T/M BAN THƯỜNG VỤ``."""
    match = AUTHORITY_LINE.fullmatch(nfc(text).strip())
    if match is None:
        raise GrammarError("signing mark", text, "not a mark followed by a title or body")
    return Authority(mark=parse_mark(match["mark"]), applies_to=match["applies_to"].strip())


def format_authority(authority: Authority, regime: Regime = Regime.STATE) -> str:
    return f"{format_mark(authority.mark, regime)} {authority.applies_to}"
