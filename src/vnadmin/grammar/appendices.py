"""Grammar of appendix headers: ``Phụ lục I``, its title, ``(Kèm theo Quyết định số ...)``.

An appendix (phụ lục) prints its label (``Phụ lục`` and a Roman numeral when there are
several), its title, and a line that ties it to the instrument it is attached to by that
instrument's kind, number, date and issuer (NĐ 30/2020 Phụ lục I, Phần I, mục III.1):
``(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024 của Ủy ban nhân dân
tỉnh)``.
"""

from __future__ import annotations

import re

from vnadmin.errors import GrammarError
from vnadmin.grammar.citations import GENERIC_KIND_WORD, parse_citation
from vnadmin.grammar.dates import format_long_date
from vnadmin.grammar.numbers import format_number
from vnadmin.model import Citation, Instrument
from vnadmin.normalize import nfc

__all__ = [
    "APPENDIX_LABEL",
    "ATTACHED_TO",
    "TIE_MARKUP",
    "appendix_headers",
    "format_attached_to",
    "left_blank",
    "parse_attached_to",
    "ties",
]

APPENDIX_LABEL = re.compile(
    r"(?:PHỤ[ \t]+LỤC|Phụ[ \t]+lục)(?:[ \t]+[IVXLC\d]{1,6}|[ \t]*$)[^a-zà-ỹ]{0,20}$"
)
"""An appendix label line: ``Phụ lục``, ``PHỤ LỤC II``, ``Phụ lục 3.``."""
ATTACHED_TO = re.compile(
    r"\(?[ \t]*(?:(?:Ban[ \t]+h[àa]nh[ \t]+k[èe]m(?:[ \t]+theo)?|(?:Phụ[ \t]+lục[ \t]+)?k[èe]m[ \t]+theo"
    r"|Ban[ \t]+h[àa]nh[ \t]+theo)(?:[ \t]+|$)|Ban[ \t]+h[àa]nh[ \t]*$)",
    re.IGNORECASE,
)
"""How the line tying an appendix to its instrument opens: ``(Kèm theo``, ``(Ban hành kèm
theo``, ``(Phụ lục kèm theo`` (a licence's annex), ``(Ban hành kèm`` without its
``theo``, ``(Ban hành theo``, their accents lost
(``kem theo``), or the line cut after ``(Ban hành``."""
TIE_MARKUP = " \t*_#>[]-–•+"
"""What a crawl or a list leaves before a tie line (``* (Ban hành kèm theo``, ``[Kèm theo``,
``- (Kèm theo``), and about the title above it (``**QUY CHẾ**``)."""


def ties(text: str, at: int = 0) -> bool:
    """Whether ``text``, from ``at``, is the line that ties an attached instrument or an
    annex to the one issuing it (:data:`ATTACHED_TO`), past what a crawl or a list leaves
    before it: the one test the footer, the attached instrument's reader and the cut of a
    run-on opening share."""
    start = len(text) - len(text[at:].lstrip(TIE_MARKUP))
    return ATTACHED_TO.match(text, start) is not None


def format_attached_to(instrument: Instrument) -> str | None:
    """``(Kèm theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2024 của ỦY BAN NHÂN DÂN
    ...)``, the line an appendix of ``instrument`` prints, read back by the citation
    grammar; ``None`` for an instrument without a number, which nothing identifies."""
    number = instrument.number
    if number is None:
        return None
    kind, date, issuer = instrument.kind, instrument.date, instrument.issuer
    words = [GENERIC_KIND_WORD if kind is None else kind.name, f"số {format_number(number)}"]
    if date is not None:
        words.append(format_long_date(date))
    if issuer is not None:
        words.append(f"của {issuer.name}")
    return f"(Kèm theo {' '.join(words)})"


_NUMBER_AFTER_KIND = re.compile(
    r"^(?P<kind>[^\d/:,()]*?[^\W\d_])[ \t]+(?:(?P<so>(?i:số))[ \t]*:?[ \t]*)?"
    r"(?P<number>\d[\w.]*/[^\s,;)]+)[ \t]*,?"
)
"""The kind and the number of an attached-to line as clerks print them: ``Quyết định số
12/QĐ-UBND``, also ``số: 12/...``, without ``số`` (``Kế hoạch 235/KH-UBND``) and with a
comma before the date (``số 12/QĐ-UBND, ngày ...``)."""


_BARE_DATE = re.compile(r"\d{1,2}(?:[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm|/\d{1,2}/)[ \t]*\d{4}")
"""A date printed after the number without its ``ngày``."""
_SPACED_SLASH = re.compile(r"(?<=\d)[ \t]+/[ \t]*(?=\d)|(?<=\d)/[ \t]+(?=\d)")
"""A short date typed with spaces about its slashes (``ngày 28 /11 /2025``)."""


def parse_attached_to(text: str) -> Citation:
    """The instrument an attached-to line names; :class:`~vnadmin.errors.GrammarError` when
    it names none.  The line is read in the forms clerks print it (``số:``, no ``số``, a
    comma after the number, spaces about a date's slashes, a date without its ``ngày``): NĐ
    30 asks that it repeat the
    number and date, not one punctuation of them."""
    text = nfc(text).strip()
    match = ATTACHED_TO.match(text)
    if match is None:
        raise GrammarError("appendix header", text, "does not open with '(Kèm theo'")
    rest = _SPACED_SLASH.sub("/", text[match.end() :].rstrip(" \t).;"))
    cited = _NUMBER_AFTER_KIND.match(rest)
    if cited is not None:
        tail = rest[cited.end() :].lstrip()
        if _BARE_DATE.match(tail):
            tail = f"ngày {tail}"  # "số 349/2025/NĐ-CP 30 tháng 12 năm 2025": ngày left out
        rest = f"{cited['kind']} số {cited['number']}" + (f" {tail}" if tail else "")
    return parse_citation(rest)


_BLANK = re.compile(
    r"(?<![^\W\d_])(?:số[ \t]*:?[ \t]*[.…]*[ \t]*/|ngày[ \t]*[.…]*[ \t]*(?:tháng|/))",
    re.IGNORECASE,
)
"""A number or a day left blank in a tie: ``số /QĐ-UBND``, ``số: …/QĐ-UBND``, ``ngày tháng
11 năm 2025``, ``ngày / /2025``, ``ngày/11/2025``."""


def left_blank(text: str) -> bool:
    """Whether an attached-to line leaves the instrument's number or day blank, for the
    registry to fill in when it numbers and dates the instrument at issue."""
    return ATTACHED_TO.match(nfc(text).strip()) is not None and _BLANK.search(text) is not None


def appendix_headers(lines: tuple[str, ...]) -> list[tuple[int, int | None]]:
    """The index of each appendix's label line among the header lines of the appendices (in
    print order), with the index of its attached-to line (``None`` when it prints none)."""
    found: list[tuple[int, int | None]] = []
    for index, line in enumerate(lines):
        if APPENDIX_LABEL.match(line.strip()):
            found.append((index, None))
        elif found and found[-1][1] is None and ATTACHED_TO.match(line.strip()):
            found[-1] = (found[-1][0], index)
    return found
