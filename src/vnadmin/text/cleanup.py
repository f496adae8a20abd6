"""Clean-up of converted text before reading: encoding, markup remnants, web page furniture.

Text reaches vnadmin from Word and PDF converters, web pages and OCR.  This module turns it
into :class:`~vnadmin.text.lines.Line` objects that keep their input line numbers: NFC with
the eth look-alike mapped to Đ (:func:`vnadmin.normalize.nfc`), invisible characters
dropped, markdown and HTML remnants (``**``, ``*``, ``_``, ``|``, ``<br>``, links and
images) removed, markdown tables read column by column, and web boilerplate (template
placeholders such as ``{name}``, comment widgets, share buttons) dropped, and the words a
Word page's converter split before their first letter outside Latin-1 joined
(:mod:`vnadmin.text.rejoin`).  Text in the legacy TCVN3 (ABC) or VNI encodings is detected
and reported, not converted.
"""

from __future__ import annotations

import html
import itertools
import re

from vnadmin import legacy
from vnadmin.grammar.printed import GLUED_DASH
from vnadmin.normalize import fold, nfc
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.distribution import LONE_DASH, NOI_NHAN
from vnadmin.text.lines import MAX_SCAN, Line
from vnadmin.text.markdown_rows import table_rows
from vnadmin.text.portal import metadata_table
from vnadmin.text.rejoin import rejoin_split_words
from vnadmin.text.vocabulary import opens_body

__all__ = ["PAGE_BREAK", "clean", "detect_legacy_encoding", "physical_lines"]

PAGE_BREAK = "\f"
"""The text of a line that marks a page break (a form feed in PDF text): the layout stage
reads page breaks from it, then blanks it."""

_INVISIBLE = re.compile(  # and the noncharacters and lone surrogates the model refuses
    "[\x00-\x08\x0e-\x1f\x7f\u200b-\u200f\u2060\ufeff\u00ad\ufffe\uffff\ud800-\udfff]"
)
_SPACES = re.compile("[\u00a0\u2007\u202f\u3000]")
_BREAK_TAG = re.compile(r"<br[ \t]*/?>|</(?:p|div|h[1-6])>[ \t]*(?=<)", re.IGNORECASE)
"""A line break inside a line: ``<br>``, and the end of a paragraph a converter ran onto
the next one (``...</p><p><strong>Kính gửi: </strong>...``)."""
_MARKED_SECTION = re.compile(
    r"(?:\*\*|__|\*|_|<(?:b|strong|em|i)>)[ \t]*"
    r"(?:Kính[ \t]+gửi|KÍNH[ \t]+GỬI|Nơi[ \t]+nhận|NƠI[ \t]+NHẬN)[ \t]*:"
)
"""A bold or italic ``Kính gửi:`` or ``Nơi nhận:``; opening with its mark, the regex engine
skips to the marks of a line instead of trying every character."""
_ESCAPE = re.compile(r"\\([-\\`*_{}\[\]()#+.!|>~=<])|(?<!\S[ \t])\\(?=[ \t]|$)")
r"""A character a converter to markdown escaped so that it stays text (``\-``, ``\*``,
``1\.``, ``\_\_\_``): the character it stands for.  A backslash that ends a line or a
table cell's line (``TỔNG BÍ THƯ\``, ``- Chính phủ;\``), glued to its text or alone in
its column, is markdown's hard line break: nothing of the text (one a word's space apart,
``Lưu VT. An \``, is a scan's speck, kept for what it is)."""
_COMMENT = re.compile(r"<!--.{0,200}?-->")
"""An HTML comment (a converter's ``<!-- image -->`` where a picture stood)."""
_QUOTE = re.compile(r"(?:>[ \t]*)+(?=[^\W\d_]|[*_#(\[-])")
"""Markdown's quotation marks before a line (``> Hà Nội, ngày ...``)."""
_BOLD_RUNS = re.compile(r"(?<=\S\*\*)[ \t]+(?=\*\*\S)")
_HTML_TAG = re.compile(
    r"</?(?:b|i|u|s|em|strong|p|span|div|sup|sub|font|td|tr|th|table|tbody|thead|li|ul|ol|h[1-6])"
    r"(?:[ \t][^<>]{0,200})?>",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#[0-9]{1,6}|#[xX][0-9A-Fa-f]{1,5});")
_LINE_BREAKS = re.compile("\r\n|[\n\r\v\x1c\x1d\x1e\x85\u2028\u2029]")
_HEADING = re.compile(r"#{1,6}[ \t]+")
_STAR_BULLET = re.compile(r"\*[ \t]+(?=\S)")
_STARS = re.compile(r"\*(?:(?<!\(\*)\**|\**(?!\)))")
"""A run of stars, but ``(*)``'s: not after ``(``, or not before ``)``.  It opens with the
star (the look-behind after it): the regex engine skips to stars, where a look-behind
first was tried at every character of the line."""
_DECORATION = re.compile(r"[-–—_=~*•.…\s]+")
_FENCE = re.compile(r"(?:---|\+\+\+)[ \t]*(?:json|yaml|toml)?")
_MAX_FRONT_MATTER = 200
_LOOSE_BAR = re.compile(r"(?<![^\W_])\|")
_TARGET = r"[^()\s]{0,1000}(?:\([^()\s]{0,300}\)[^()\s]{0,1000}){0,2}(?:[ \t]+\"[^\"]{0,300}\")?\)"
"""A link's target and title, up to its closing parenthesis: parentheses in the target
come in pairs (a Word page's ``KH%20\\(Lương%20Minh\\)_files/image001.png``)."""
_IMAGE = re.compile(rf"!\[[^\]\n]{{0,300}}\]\({_TARGET}")
_LINK = re.compile(rf"\[([^\[\]\n]{{0,300}})\]\({_TARGET}")
"""Markdown images (dropped: an icon or a logo is no text of the document) and links (their
text kept: a crawl links every cited number)."""
_CELL_IMAGE = re.compile(rf"(?<=\S)[ \t]*{_IMAGE.pattern}[ \t]*(?=\S)")
"""An image between two texts of a table cell (:func:`_cell_breaks`)."""
_UNDERSCORES = re.compile(
    r"(?<![\w_])_(?=[^\W_]|[-–+•(][ \t]*[^\W_])|(?<=[^\W_]|[.,;:)])_(?![\w_])"
)
"""Markdown's ``_italic_`` marks: one underscore glued to a word's start or end, not a run
(``Số: ___/QĐ``), not inside a word (``doc_01``), not a scan's speck before a space."""
_DOUBLE_UNDERSCORES = re.compile(r"(?<![\w_])__(?=[^\W_])|(?<=[^\W_]|[.,;:)])__(?![\w_])")
"""Markdown's ``__bold__`` marks, glued to a word as the single ones are."""
_DECORATION_STARTS = frozenset("-–—_=~*•.…")
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
_LEGACY = re.compile("[µ¸¶·¹¨»¾¼½©®ª«¬§¦Æ×ØÞ÷þøûäöïñåëüÄÖÑÛ]")
_SUSPECT = re.compile(f"{_INVISIBLE.pattern[:-1]}{_SPACES.pattern[1:-1]}{_LEGACY.pattern[1:]}")
"""Any invisible character, odd space or legacy-encoding mark: the three looked for at once."""
_VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")
_LEGACY_SHARE = 100
"""A legacy font puts a mark in most words, one character in a few; a text with fewer than
one in this many is Unicode with a few stray symbols (an OCR layer's ``«``, ``§``)."""


def detect_legacy_encoding(text: str) -> str | None:
    """``"TCVN3"`` or ``"VNI"`` when the text looks encoded in one of them, else ``None``."""
    if _LEGACY.search(text) is None:  # one scan: the usual case, Unicode text
        return None
    tcvn3 = len(_TCVN3.findall(text))
    vni = len(_VNI.findall(text))
    if max(tcvn3, vni) < 5 or max(tcvn3, vni) * _LEGACY_SHARE < len(text):
        return None
    vietnamese = sum(1 for _ in _VIETNAMESE.finditer(text))
    if max(tcvn3, vni) < vietnamese:
        return None
    return "TCVN3" if tcvn3 >= vni else "VNI"


def _unicode(text: str, encoding: str, diagnostics: Diagnostics) -> str:
    """Text typed in a legacy font and read as Windows-1252 (a PDF text layer of a
    ``.VnTime`` or ``VNI-Times`` document, a Word file saved as UTF-8), in Unicode: read as
    it is, no word of it would be found.  Said either way."""
    repaired = legacy.repair(text)
    if repaired is None:
        diagnostics.error(
            0,
            "legacy-encoding",
            f"the text looks {encoding}-encoded (letters read as symbols) and does not read "
            "as Vietnamese in any legacy encoding; names, numbers and dates will not be read",
        )
        return text
    diagnostics.warning(
        0,
        "legacy-encoding",
        f"the text is {repaired.encoding} read as another encoding (letters shown as "
        "symbols); converted to Unicode before reading",
    )
    return repaired.text


def _section_run_on(head: str) -> tuple[int, int] | None:
    """Where a bold or italic ``Kính gửi:`` or ``Nơi nhận:`` that a crawl ran onto the line
    above it (``V/v góp ý **Kính gửi: **Sở Nội vụ``) starts: the white space before its
    mark, after the text it ran onto; the paragraph it opens starts there."""
    found = _MARKED_SECTION.search(head)
    while found is not None:
        end = found.start()
        start = len(head[:end].rstrip(" \t"))
        if start and not head[start - 1].isspace() and head[start - 1] not in "*_":
            return start, end
        found = _MARKED_SECTION.search(head, end + 1)
    return None


def _table_cells(text: str) -> list[str]:
    return [cell.strip() for cell in text.strip().strip("|").split("|")]


def _tight_bars(raw: str) -> tuple[int, ...]:
    """Where a table row has its bars, if each cell's text starts right after its bar, as
    ``antiword`` prints it (``|UBND TỈNH X    |CỘNG HÒA ...|``); empty if any cell's text
    is set off by a space, as markdown sets it (``| UBND TỈNH X | ... |``)."""
    bars = tuple(at for at, char in enumerate(raw) if char == "|")
    for left, right in itertools.pairwise(bars):
        if raw[left + 1] == " " and raw[left + 1 : right].strip():
            return ()
    return bars


def _unwrap(table: list[tuple[int, list[str]]], bars: tuple[int, ...]) -> list[int]:
    """Join the lines of a fixed-width table of two columns (the header's, the
    signature's) that the width wrapped: ``antiword`` prints a Word table as rows of
    ``|``-separated cells padded to one width per column, each paragraph of a cell wrapped
    to its width.  A cell line goes on in the line under it when that line's first word
    would not have fit after it; a line the next word would have fit on ended its
    paragraph (``UBND TỈNH X`` / ``SỞ TÀI CHÍNH``).  A table of more columns is a grid
    whose rows cannot be told from wraps: it is left as it is.  The line numbers of the
    lines joined."""
    joined = []
    for column, (left, right) in enumerate(itertools.pairwise(bars)):
        width = right - left - 1
        above: list[str] | None = None  # the row whose cell the lines go on in
        last = 0  # the length of the cell's last line
        for number, row in table:
            cell = row[column] if column < len(row) else ""
            if not cell:
                above = None
                continue
            if above is not None and _wrapped(above[column], last, cell, width):
                above[column] = f"{above[column]} {cell}"
                row[column] = ""
                joined.append(number)
            else:
                above = row
            last = len(cell)
    return joined


_ITEM_OPENERS = frozenset(["ĐẾN", "ĐEN", "-", "–", "+", "•"])
"""What opens a line of its own in a cell: an incoming stamp's word under the receiver's
name, a list item's dash."""


def _wrapped(above: str, last: int, cell: str, width: int) -> bool:
    """Whether the cell line ``cell`` goes on with the text ``above`` (whose last line is
    ``last`` long) in a column ``width`` wide: its first word would not have fit on that
    line, which ends no sentence or item (``.``, ``;``, ``:``), and it opens no field (a
    label and its colon in its first two words, ``Ngày:``, ``Nơi nhận:``; an incoming
    stamp's ``ĐẾN``; a list item's dash) nor a body's name of its own (``BỘ GIÁO DỤC VÀ
    ĐÀO TẠO`` / ``TRƯỜNG ĐẠI HỌC ...`` fills the line as well)."""
    words = cell.split(None, 2)
    if last + 1 + len(words[0]) <= width or above.endswith((".", ";", ":")):
        return False
    if words[0] in _ITEM_OPENERS or any(word.endswith(":") for word in words[:2]):
        return False
    key = fold(" ".join(words[:2]))
    return not opens_body(key)


def _cell_breaks(cell: str) -> str:
    """A table cell whose paragraphs a converter ran together: a line break between two
    each in bold of its own (``**TM. ỦY BAN NHÂN DÂN** **CHỦ TỊCH** **Nguyễn Văn A**``),
    and for an image between two texts, the rule a Word page draws under the issuer's
    name, which ends its paragraph (``... **BAN THƯỜNG TRỰC** ![](x_files/image001.png)Số:
    12/KH-BTT``)."""
    if "** " in cell:
        cell = _BOLD_RUNS.sub("<br>", cell)
    return _CELL_IMAGE.sub("<br>", cell) if "![" in cell else cell


_MARKS = {"\\": "\\", "<": "<", "&": "&", "#": "#", "](": "]", "_": "_", "*": "*", "|": "|"}
"""What :func:`_inline` looks for in a line, by the character that the whole text must hold
for a line of it to hold it (a ``]`` and a ``(`` may meet once an invisible character
between them is dropped)."""
_EVERY_MARK = frozenset(_MARKS)


def _marks(text: str) -> frozenset[str]:
    """The marks of :data:`_MARKS` a line of ``text`` may hold: one scan of the whole text
    for each, not one of each line."""
    return frozenset(mark for mark, sign in _MARKS.items() if sign in text)


def _inline(text: str, marks: frozenset[str] = _EVERY_MARK) -> tuple[str, bool]:
    """Remove inline remnants from one line; say whether anything was removed.  ``marks``:
    those the line may hold (:func:`_marks`)."""
    original = text
    if "\\" in marks and "\\" in text:  # a converter's escapes: "\- Như trên;", "1\. Rà soát"
        text = _ESCAPE.sub(r"\1", text)
    if "<" in marks and "<" in text:
        text = _HTML_TAG.sub("", _COMMENT.sub("", text) if "<!--" in text else text)
    if "&" in marks and "&" in text:
        text = _ENTITY.sub(lambda match: html.unescape(match.group(0)), text).replace("\xa0", " ")
        marks = _EVERY_MARK  # an entity may stand for any mark (&ast;, &lowbar;)
    if "#" in marks and "#" in text:
        text = _HEADING.sub("", text, count=1) if _HEADING.match(text) else text
    if text[:1] == ">" and (quote := _QUOTE.match(text)) is not None:
        text = text[quote.end() :]
    if "](" in marks and "](" in text:
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "_" in marks and "_" in text:
        text = _UNDERSCORES.sub("", _DOUBLE_UNDERSCORES.sub("", text) if "__" in text else text)
    if "*" in marks and "*" in text:
        text = text.replace("**", "")
        if _STAR_BULLET.match(text):
            text = "- " + text[_STAR_BULLET.match(text).end() :]  # type: ignore[union-attr]
        text = _STARS.sub("", text)
    if "|" in marks and "|" in text:
        text = _LOOSE_BAR.sub(" ", text)  # a table rule; glued to a letter or digit, OCR's 1 or l
    return text.strip(), text != original.strip()


def _is_decoration(text: str) -> bool:
    """A separator line: only rule characters (``-----``, ``——-``, ``*``, ``___``), not ``./.``, nor
    a lone ``.``: the stop of a label an HTML span put on a line of its own (``Điều 5`` /
    ``.``), which the paragraphs glue back or drop."""
    return (
        text != "."
        and text[:1] in _DECORATION_STARTS
        and "/" not in text
        and _DECORATION.fullmatch(text) is not None
    )


def _item_dash(text: str, lines: list[Line]) -> bool:
    """Whether ``text`` is a Nơi nhận item's dash alone on its line (a page's link cut the
    item after it: ``Nơi nhận:`` / ``-`` / ``Thủ tướng``, ``... tiêu cực;`` / ``-`` /
    ``HĐND``): one dash, under the heading or an item ended by ``;``; kept for the list."""
    if LONE_DASH.fullmatch(text) is None:
        return False
    above = next((line.text for line in reversed(lines) if line.text), "")
    heading = NOI_NHAN.match(above)
    return above.endswith(";") or (heading is not None and not heading["rest"])


def _is_widget(text: str) -> tuple[bool, bool]:
    """(web furniture, strong sign of a page tail) for one line."""
    if "{" in text and _PLACEHOLDER.search(text[:400]):
        return True, True
    if (
        len(text) > 160
        or text[:12].lower().split(" ", 1)[0].strip("0123456789[") not in _WIDGET_HEADS
    ):
        return False, False
    key = fold(text)
    if _WIDGET.fullmatch(key):
        return True, _STRONG_WIDGET.fullmatch(key) is not None
    return False, False


def physical_lines(text: str) -> list[str]:
    """The lines of ``text``; a form feed is a page break, not a line break (``grep -n``
    and editors count lines so, and diagnostics cite those numbers)."""
    if "\f" not in text:
        return text.splitlines()
    found = _LINE_BREAKS.split(text)
    if found and not found[-1]:
        found.pop()
    return found


def _front_matter(lines: list[str]) -> int:
    """How many lines open the text as a static site's front matter (``---`` or
    ``---json`` ... ``---``, ``+++`` ... ``+++``): metadata of the page, not its text."""
    first = next((index for index, line in enumerate(lines[:5]) if line.strip()), None)
    if first is None or _FENCE.fullmatch(lines[first].strip()) is None:
        return 0
    fence = lines[first].strip()[:3]
    for index in range(first + 1, min(len(lines), first + _MAX_FRONT_MATTER)):
        if lines[index].strip() == fence:
            return index + 1
    return 0


def clean(text: str, diagnostics: Diagnostics) -> list[Line]:
    """The cleaned lines of ``text`` (blank lines kept: they separate paragraphs)."""
    # One scan for the three kinds of odd character; most texts hold none.  NFC neither makes
    # nor removes an invisible character or an odd space (checked over every code point).
    suspects = "".join(set(_SUSPECT.findall(text)))
    encoding = detect_legacy_encoding(text) if _LEGACY.search(suspects) else None
    # Legacy text is read before NFC, which would take its byte Ð for the letter Đ.
    if encoding is not None:
        text = _unicode(text, encoding, diagnostics)
        suspects = "".join(set(_SUSPECT.findall(text)))
    text = nfc(text)
    physical = physical_lines(text)
    matter = _front_matter(physical)
    if matter:
        diagnostics.info(
            1, "front-matter-removed", f"{matter} line(s) of site front matter (metadata) removed"
        )
    lines: list[Line] = [Line(index, "") for index in range(1, matter + 1)]
    table: list[tuple[int, list[str]]] = []
    table_bars: list[tuple[int, ...]] = []  # where each row has its bars, if set tight
    unwrapped: list[int] = []
    marked: list[int] = []
    widgets: list[int] = []
    portals: list[int] = []
    tail_from: int | None = None

    def flush_table() -> None:
        # A markdown table read column by column: header tables put the issuer block in
        # the first column and the banner in the second, footer tables the distribution
        # list and the signature.  A portal's metadata table is not the document's.
        if metadata_table([row for _, row in table]):
            portals.extend(number for number, _ in table)
            lines.extend(Line(number, "") for number, _ in table)
            table.clear()
            return
        if len(table) > 1 and len(table_bars[0]) == 3 and len(set(table_bars)) == 1:
            unwrapped.extend(_unwrap(table, table_bars[0]))
        table_bars.clear()
        width = max(len(row) for _, row in table)
        for column in range(width):
            for number, row in table:
                if column < len(row) and row[column]:
                    lines.extend(
                        Line(number, "" if _is_decoration(part) else part.strip())
                        for part in _BREAK_TAG.split(row[column])
                    )  # a rule drawn in the cell (<br>-------) is a blank line
        table.clear()

    invisible = _INVISIBLE.search(suspects) is not None
    spaces = _SPACES.findall(suspects)  # the odd spaces the text holds, each once
    # what a line may hold, looked for once in the whole text (a line holds no more)
    feeds = "\f" in text
    dashes = "–" in text or "—" in text or "‑" in text or "−" in text
    sections = "gửi" in text or "nhận" in text or "GỬI" in text or "NHẬN" in text
    tags = "<" in text
    marks = _marks(text)
    rows = table_rows(physical) if "|" in marks else frozenset()
    for index, raw in enumerate(physical[matter:], start=matter + 1):
        if feeds and "\f" in raw:  # the page ends here: the marker goes where the form feed was
            before, _, raw = raw.rpartition("\f")
            if before.strip():
                lines.append(Line(index, before.replace("\f", "").strip()))
            lines.append(Line(index, PAGE_BREAK))
        if invisible:
            raw = _INVISIBLE.sub("", raw)
        for space in spaces:
            if space in raw:  # a line without one is not scanned for any
                raw = _SPACES.sub(" ", raw)
                break
        raw = raw.strip()
        if dashes and ("–" in raw or "—" in raw or "‑" in raw or "−" in raw):
            raw = GLUED_DASH.sub("-", raw)  # "QĐ–UBND": a web page's typography in a symbol
        if index - 1 in rows:
            if not _TABLE_RULE.fullmatch(raw):
                table.append(
                    (index, [_inline(_cell_breaks(cell), marks)[0] for cell in _table_cells(raw)])
                )
                table_bars.append(_tight_bars(raw))
            marked.append(index)
            continue
        if table:
            flush_table()
        if not raw:  # a blank line: nothing below can make it anything else
            lines.append(Line(index, ""))
            continue
        broken = tags  # a line may hold a break tag
        if (
            sections
            and ("gửi" in raw or "nhận" in raw or "GỬI" in raw or "NHẬN" in raw)
            and (run_on := _section_run_on(raw[:MAX_SCAN]))
        ):
            raw = f"{raw[: run_on[0]]}<br>{raw[run_on[1] :]}"
            broken = True
        for part in _BREAK_TAG.split(raw) if broken and "<" in raw else (raw,):
            part, changed = _inline(part, marks)
            if changed:
                marked.append(index)
            if _is_decoration(part) and not _item_dash(part, lines):
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
    if unwrapped:
        diagnostics.info(
            unwrapped[0],
            "cells-unwrapped",
            f"{len(unwrapped)} line(s) of a fixed-width table (antiword) that a cell's width"
            " wrapped joined to the line above",
        )
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
    if portals:
        diagnostics.info(
            portals[0],
            "portal-metadata-removed",
            f"a legal portal's record of the document ({len(portals)} line(s): Số hiệu, Loại"
            " văn bản, ...) removed: the document's own header is read",
        )
    if widgets:
        diagnostics.info(
            widgets[0],
            "boilerplate-removed",
            f"{len(widgets)} line(s) of web page furniture removed (template placeholders,"
            " comment and share widgets)",
        )
    return rejoin_split_words(lines, diagnostics)
