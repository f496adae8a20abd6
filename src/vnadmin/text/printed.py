"""``Instrument.printed`` of a text: the lines its components were read from, as printed.

The header keeps each line it reads a component from (the banner, the motto, the number and
date lines, a handling mark) and the footer each signing mark, Nơi nhận item, Lưu line and
Phụ lục header; :func:`read_printed` puts them together.  The star a Party document prints
under its issuer block is found in the text itself: the cleanup drops it with the other
rules and decorations (``*``, ``-----``).
"""

from __future__ import annotations

from vnadmin.grammar.printed import MOTTO, PARTY_BANNER, STAR, STATE_BANNER
from vnadmin.model import Printed, Regime
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.footer import Footer
from vnadmin.text.header import Header

__all__ = ["find_star", "read_printed", "say_unprinted"]

_RULE = "-–_ "
"""What a converter may draw through the star's cell (``---*---``), spaces included."""
_DAMAGE = frozenset({"ocr-repaired", "date-unreadable", "date-missing"})
"""What the reader says of a text layer a scan's OCR damaged, or of a header it could not
read at all: the lines it did take are then not trusted for their punctuation."""
_HEAD = 30
"""The lines a header takes at most: the star is under the issuer block, at the top."""


def find_star(text: str) -> str | None:
    """The star under a Party issuer block, if one of the first lines of ``text`` prints
    one in a cell of its own."""
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


def read_printed(header: Header, footer: Footer, star: str | None) -> Printed:
    """The lines the header and the footer read their components from."""
    lines = header.printed
    return Printed(
        banner=lines.get("banner"),
        motto=lines.get("motto"),
        star=star,
        number=lines.get("number"),
        date=lines.get("date"),
        urgency=lines.get("urgency"),
        secrecy=lines.get("secrecy"),
        circulation=lines.get("circulation"),
        signature_marks=footer.printed.marks,
        distribution=footer.printed.items,
        archive=footer.printed.archive,
        appendices=footer.printed.appendices,
    )


def say_unprinted(
    header: Header, regime: Regime, star: str | None, diagnostics: Diagnostics
) -> None:
    """Say each line of the banner the header did not find (no silent loss): the rules on
    the banner then keep silent on what the reader may have missed (``banner-missing``)."""
    line = header.number_line
    found = header.printed
    damaged = sorted({d.code for d in diagnostics.freeze()} & _DAMAGE)
    if damaged:
        diagnostics.info(
            line,
            "printed-unreadable",
            f"the text shows damage ({', '.join(damaged)}): its punctuation, dashes and"
            " digits are not taken for the print's",
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
