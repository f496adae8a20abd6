"""Clean-up of converted text before reading: encoding, markup remnants, web page furniture.

Text reaches vnadmin from Word and PDF converters, web pages and OCR.  This module turns it
into :class:`~vnadmin.text.lines.Line` objects that keep their input line numbers: NFC with
the eth look-alike mapped to Đ (:func:`vnadmin.normalize.nfc`), invisible characters
dropped, markdown and HTML remnants (``**``, ``*``, ``|``, ``<br>``) removed, markdown
tables read column by column, and web boilerplate (template placeholders such as
``{name}``, comment widgets, share buttons) dropped.  Text in the legacy TCVN3 (ABC) or VNI
encodings is detected and reported, not converted.
"""

from __future__ import annotations

import re

from vnadmin.normalize import fold, nfc
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line

__all__ = ["clean", "detect_legacy_encoding"]

_INVISIBLE = re.compile(  # and the noncharacters and lone surrogates the model refuses
    "[\x00-\x08\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff\u00ad\ufffe\uffff\ud800-\udfff]"
)
_SPACES = re.compile("[\u00a0\u2007\u202f\u3000]")
_BREAK_TAG = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|p|span|div|sup|sub|font|td|tr|th|table|tbody|thead|li|ul|ol|h[1-6])"
    r"(?:[ \t][^<>]{0,200})?>",
    re.IGNORECASE,
)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile("|".join(_ENTITIES))
_HEADING = re.compile(r"#{1,6}[ \t]+")
_STAR_BULLET = re.compile(r"\*[ \t]+(?=\S)")
_STARS = re.compile(r"(?<!\()\*+|\*+(?!\))")
_DECORATION = re.compile(r"[-_=~*•.…\s]+")
_TABLE_RULE = re.compile(r"\|?[ \t]*:?-{2,}:?[ \t]*(?:\|[ \t]*:?-{2,}:?[ \t]*)*\|?")
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]{0,30}\}")
_WIDGET = re.compile(
    r"(?:tra loi|chia se\b.{0,80}|tat \[x\]|gui binh luan|binh luan|y kien cua ban\b.{0,120}"
    r"|xem them\b.{0,80}|tin lien quan|bai viet lien quan|tin cung chuyen muc|in bai|luu bai"
    r"|facebook|zalo|twitter|tweet|like|share|dang nhap|quay lai|ve dau trang|ban in"
    r"|gui email|copy link|sao chep lien ket|theo doi|\d{1,6} (?:binh luan|y kien|luot xem"
    r"|luot thich))[ .!:]*"
)
_WIDGET_HEADS = frozenset(
    [
        "trả",
        "chia",
        "tắt",
        "gửi",
        "bình",
        "ý",
        "xem",
        "tin",
        "bài",
        "in",
        "lưu",
        "facebook",
        "zalo",
        "twitter",
        "tweet",
        "like",
        "share",
        "đăng",
        "quay",
        "về",
        "bản",
        "copy",
        "sao",
        "theo",
    ]
) | {""}
"""First words (lower case, digits stripped) of the lines :data:`_WIDGET` can match."""
_STRONG_WIDGET = re.compile(r"\d{1,6} binh luan|y kien cua ban\b.*|gui binh luan")

# Characters that never occur in Vietnamese Unicode text but fill TCVN3 and VNI text read
# as Windows-1252: TCVN3 puts tone-marked vowels in the symbol range, VNI follows a base
# letter with a mark character.
_TCVN3 = re.compile("[µ¸¶·¹¨»¾¼½©®ª«¬§¦Æ×ØÞ÷þ]")
_VNI = re.compile("[øûäöïñåëüÄÖÑØÛ]")
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def detect_legacy_encoding(text: str) -> str | None:
    """``"TCVN3"`` or ``"VNI"`` when the text looks encoded in one of them, else ``None``."""
    tcvn3 = len(_TCVN3.findall(text))
    vni = len(_VNI.findall(text))
    if max(tcvn3, vni) < 5:
        return None
    vietnamese = sum(1 for _ in _VIETNAMESE.finditer(text))
    if max(tcvn3, vni) < vietnamese:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


def _table_cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def _inline(text: str) -> tuple[str, bool]:
    """Remove inline remnants from one line; say whether anything was removed."""
    original = text
    if "<" in text:
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = _ENTITY.sub(lambda match: _ENTITIES[match.group(0)], text)
    if "#" in text:
        text = _HEADING.sub("", text, count=1) if _HEADING.match(text) else text
    if "*" in text:
        text = text.replace("**", "")
        if _STAR_BULLET.match(text):
            text = "- " + text[_STAR_BULLET.match(text).end() :]  # type: ignore[union-attr]
        text = _STARS.sub("", text)
    if "|" in text:
        text = text.replace("|", " ")
    return text.strip(), text != original.strip()


def _is_decoration(text: str) -> bool:
    """A separator line: only rule characters (``-----``, ``*``, ``___``), not ``./.``."""
    return bool(text) and "/" not in text and _DECORATION.fullmatch(text) is not None


def _is_widget(text: str) -> tuple[bool, bool]:
    """(web furniture, strong sign of a page tail) for one line."""
    if _PLACEHOLDER.search(text[:400]):
        return True, True
    if len(text) > 160 or text.lower().split(" ", 1)[0].strip("0123456789[") not in _WIDGET_HEADS:
        return False, False
    key = fold(text)
    if _WIDGET.fullmatch(key):
        return True, _STRONG_WIDGET.fullmatch(key) is not None
    return False, False


def clean(text: str, diagnostics: Diagnostics) -> list[Line]:
    """The cleaned lines of ``text`` (blank lines kept: they separate paragraphs)."""
    text = nfc(text)
    encoding = detect_legacy_encoding(text)
    if encoding is not None:
        diagnostics.error(
            0,
            "legacy-encoding",
            f"the text looks {encoding}-encoded (letters read as symbols); convert it to "
            "Unicode first: names, numbers and dates will not be read correctly",
        )
    lines: list[Line] = []
    table: list[tuple[int, list[str]]] = []
    marked: list[int] = []
    widgets: list[int] = []
    tail_from: int | None = None

    def flush_table() -> None:
        # A markdown table read column by column: header tables put the issuer block in
        # the first column and the banner in the second, footer tables the distribution
        # list and the signature.
        width = max(len(row) for _, row in table)
        for column in range(width):
            for number, row in table:
                if column < len(row) and row[column]:
                    lines.extend(Line(number, part) for part in _BREAK_TAG.split(row[column]))
        table.clear()

    invisible = _INVISIBLE.search(text) is not None
    spaces = _SPACES.search(text) is not None
    for index, raw in enumerate(text.splitlines(), start=1):
        if invisible:
            raw = _INVISIBLE.sub("", raw)
        if spaces:
            raw = _SPACES.sub(" ", raw)
        raw = raw.strip()
        if raw.startswith("|") and raw.count("|") >= 2:
            if not _TABLE_RULE.fullmatch(raw):
                table.append((index, [_inline(cell)[0] for cell in _table_cells(raw)]))
            marked.append(index)
            continue
        if table:
            flush_table()
        for part in _BREAK_TAG.split(raw) if "<" in raw else (raw,):
            part, changed = _inline(part)
            if changed:
                marked.append(index)
            if _is_decoration(part):
                lines.append(Line(index, ""))
                continue
            widget, strong = _is_widget(part)
            if widget:
                widgets.append(index)
                if strong and tail_from is None:
                    tail_from = len(lines)
                lines.append(Line(index, ""))
                continue
            lines.append(Line(index, part))
    if table:
        flush_table()
    if marked:
        diagnostics.info(
            marked[0],
            "markup-removed",
            f"markdown, HTML or table remnants removed on {len(marked)} line(s)",
        )
    if tail_from is not None:
        rest = lines[tail_from:]
        if not any(fold(line.text[:20]).startswith("noi nhan") for line in rest):
            cut = next((line.number for line in rest), 0)
            dropped = sum(1 for line in rest if line.text)
            del lines[tail_from:]
            if dropped:
                diagnostics.info(
                    cut,
                    "web-tail-removed",
                    f"{dropped} line(s) of web page tail after the comment widget removed",
                )
    if widgets:
        diagnostics.info(
            widgets[0],
            "boilerplate-removed",
            f"{len(widgets)} line(s) of web page furniture removed (template placeholders,"
            " comment and share widgets)",
        )
    return lines
