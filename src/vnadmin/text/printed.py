"""``Instrument.printed`` of a text: the lines its components were read from, as printed.

The header keeps each line it reads a component from (the banner, the motto, the number and
date lines, a handling mark) and the footer each signing mark, Nơi nhận item, Lưu line and
Phụ lục header, and the body's layout the enacting formula before the tasks (``QUYẾT
ĐỊNH:``); :func:`read_printed` puts them together.  The star a Party document prints
under its issuer block is found in the text itself: the cleanup drops it with the other
rules and decorations (``*``, ``-----``).  So is a copy's block (bản sao), which stands
apart from the document copied: above its header (an electronic copy's ``SAO Y`` /
copying body / ``Thời gian ký: ...``) or under its end (a paper copy's form, number, place
and date, and signer), and which the header drops as noise above the banner.
"""

from __future__ import annotations

import re

from vnadmin.grammar.copies import COPY_FORM, COPY_FORM_FIRST, read_copy
from vnadmin.grammar.printed import MOTTO, PARTY_BANNER, STAR, STATE_BANNER, TYPOGRAPHIC_DASHES
from vnadmin.model import Printed, Regime
from vnadmin.normalize import nfc
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.footer import Footer
from vnadmin.text.header import Header

__all__ = ["find_copy", "find_star", "number_as_printed", "read_printed", "say_unprinted"]

_RULE = "-–_ "
"""What a converter may draw through the star's cell (``---*---``), spaces included."""
_DAMAGE = frozenset(
    {"ocr-repaired", "number-unreadable", "number-doubtful", "date-unreadable", "date-missing"}
)
"""What the reader says of a text layer a scan's OCR damaged (a number or a day it could
not read: a scan's handwriting, ``Số: #44 /TB-ĐHĐL``), or of a header it could not read at
all: the lines it did take are then not trusted for their punctuation."""
_TEXT_DAMAGE = frozenset({"legacy-encoding", "accents-missing"})
"""What the reader says of a text whose words it had to mend throughout (a legacy encoding,
lost accents): the body's labels, punctuation and words are not the print's."""
_BODY_DAMAGE = "ocr-repaired"
"""An OCR's misreading the reader mended: in the body, or with a number or date it could not
read (a scan's handwriting), it puts the body's print in doubt; alone in the header (a
crawl's ``SƠN`` wrapped before a title), not."""
_SCANNED = frozenset({"number-unreadable", "number-doubtful", "date-unreadable"})
"""What the reader says of a header whose number or date a scan left unreadable: an
``ocr-repaired`` anywhere then puts the body's print in doubt too."""
_HEAD = 30
"""The lines a header takes at most: the star is under the issuer block, at the top."""


def find_star(text: str) -> str | None:
    """The star under a Party issuer block, if one of the first lines of ``text`` prints
    one in a cell of its own."""
    if "*" not in text:  # most texts print none: not split into lines for nothing
        return None
    for line in text.splitlines()[:_HEAD]:
        if "*" in line and _star_cell(line):
            return STAR
    return None


def _star_cell(line: str) -> bool:
    """Whether a star in ``line`` stands in a cell of its own: a rule on each side of it
    (:data:`_RULE`), opened by the line's start, a tab or two spaces and closed by the
    line's end, a tab or two spaces.  Read with string methods, each piece once: a regex of
    runs that may hold spaces, after two spaces, backtracks over a long run of them."""
    pieces = line.split("*")
    last = len(pieces) - 1
    for index in range(last):
        before, after = pieces[index], pieces[index + 1]
        left, right = before.rstrip(_RULE), after.lstrip(_RULE)
        opens = (index == 0 and not left) or left.endswith("\t") or "  " in before[len(left) :]
        closes = (
            (index + 1 == last and not right)
            or right.startswith("\t")
            or "  " in after[: len(after) - len(right)]
        )
        if opens and closes:
            return True
    return False


_COPY_LINES = 12
"""The lines a copy's block takes at most after its form: the copying body, number, place
and date or signing time, the authority line, the signer's title and name."""
_MARKUP = "*_#|> \t"
"""What a page's markup puts about a line (``**SAO Y**``, a table's cell)."""
_BANNERS = (STATE_BANNER, PARTY_BANNER)
"""The banners, at which a copy's block above the copied document ends."""


def find_copy(text: str) -> tuple[str, ...]:
    """The lines of a copy's block in ``text``, or ``()``: from a line that names the form of
    a copy alone (``SAO Y``, ``TRÍCH SAO``, printed right or wrong), its markup and trailing
    marks stripped, to the first blank line after it or a banner.  A form line counts when it
    is printed in capitals or the lines under it give the copy's number, date or signing
    time, so that a list item ``Bản sao`` in the body is not taken for one."""
    lines = text.splitlines()
    for at, raw in enumerate(lines):
        form = raw.strip(_MARKUP).rstrip(" \t.,:;„\"'")
        if len(form) > 30 or form[:1] not in COPY_FORM_FIRST or COPY_FORM.fullmatch(form) is None:
            continue
        block = [form]
        for following in lines[at + 1 : at + 1 + _COPY_LINES]:
            line = following.strip(_MARKUP)
            if not line:
                if len(block) > 1:
                    break
                continue
            if line.upper().startswith(_BANNERS):
                break
            block.append(line)
        read = read_copy(tuple(block))
        if form.isupper() or read.number or read.date or read.signed_at:
            return tuple(block)
    return ()


_LIKE = {"-": f"([-{TYPOGRAPHIC_DASHES}])", " ": r"\s+"}
"""What a character of the number line as read stands for in the text: a hyphen for any
dash (kept, to be put back), a space for the run of spaces or tabs the header collapsed."""
_LONGEST_LINE = 200
"""A number line longer than this is no number line as printed: it is kept as read."""


def number_as_printed(text: str, line: int, cell: str) -> str:
    """The number line ``cell`` the header read at ``line`` (1-based) of ``text``, with the
    dashes the text prints in it (``Số: 12/QĐ–UBND``); ``cell`` itself when that line does
    not print it (a number the header joined from two lines, a line it mended)."""
    if not any(dash in text for dash in TYPOGRAPHIC_DASHES) or len(cell) > _LONGEST_LINE:
        return cell
    lines = text.splitlines()
    if not 0 < line <= len(lines) or len(lines[line - 1]) > _LONGEST_LINE * 4:
        return cell
    pattern = "".join(_LIKE.get(char) or re.escape(char) for char in " ".join(cell.split()))
    found = re.search(pattern, nfc(lines[line - 1]))
    if found is None or all(dash == "-" for dash in found.groups()):
        return cell
    dashes = iter(found.groups())  # the cell as read (its spaces), the text's dashes
    return "".join(next(dashes) if char == "-" else char for char in " ".join(cell.split()))


def read_printed(
    header: Header,
    footer: Footer,
    star: str | None,
    copy: tuple[str, ...] = (),
    formula: str | None = None,
    text: str = "",
) -> Printed:
    """The lines the header and the footer read their components from, the star and a
    copy's block found in the text (:func:`find_star`, :func:`find_copy`), the enacting
    formula the body's layout found before its tasks, and the number line with the dashes
    ``text`` prints in it (:func:`number_as_printed`)."""
    lines = header.printed
    number = lines.get("number")
    if number is not None and text:
        number = number_as_printed(text, header.number_line, number)
    return Printed(
        banner=lines.get("banner"),
        motto=lines.get("motto"),
        star=star,
        number=number,
        date=lines.get("date"),
        urgency=lines.get("urgency"),
        secrecy=lines.get("secrecy"),
        circulation=lines.get("circulation"),
        formula=formula,
        signature_marks=footer.printed.marks,
        distribution=footer.printed.items,
        archive=footer.printed.archive,
        appendices=footer.printed.appendices,
        copy=copy,
    )


def say_unprinted(
    header: Header, regime: Regime, star: str | None, diagnostics: Diagnostics, body_line: int
) -> None:
    """Say each line of the banner the header did not find (no silent loss): the rules on
    the banner then keep silent on what the reader may have missed (``banner-missing``);
    and say a text whose words the reader mended (``body-text-unreadable``), whose body's
    labels and punctuation the body rules then do not judge (``body_line``: where the body
    begins)."""
    line = header.number_line
    found = header.printed
    said = diagnostics.freeze()
    codes = {d.code for d in said}
    damaged = sorted(codes & _DAMAGE)
    if damaged:
        diagnostics.info(
            line,
            "printed-unreadable",
            f"the text shows damage ({', '.join(damaged)}): its punctuation, dashes and"
            " digits are not taken for the print's",
        )
    scanned = bool(codes & _SCANNED)
    mended = sorted(
        {
            d.code
            for d in said
            if d.code in _TEXT_DAMAGE
            or (d.code == _BODY_DAMAGE and (scanned or d.line >= body_line))
        }
    )
    if mended:
        diagnostics.info(
            line,
            "body-text-unreadable",
            f"the text was mended ({', '.join(mended)}): the body's labels, punctuation and"
            " words are not taken for the print's",
        )
    if regime is Regime.PARTY:
        if "banner" not in found:
            diagnostics.info(line, "banner-missing", f"no {PARTY_BANNER} line in the header")
        if star is None:
            diagnostics.info(line, "star-missing", f"no star ({STAR}) under the issuer block")
        return
    if "banner" not in found:
        diagnostics.info(line, "banner-missing", f"no Quốc hiệu ({STATE_BANNER}) in the header")
    if "motto" not in found:
        diagnostics.info(line, "motto-missing", f"no tiêu ngữ ({MOTTO}) in the header")
