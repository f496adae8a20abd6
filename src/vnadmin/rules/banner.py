"""Banner rules: Quốc hiệu and tiêu ngữ (state and legal documents), ``ĐẢNG CỘNG SẢN VIỆT
NAM`` and the star under the issuer block (Party documents), as printed.

They read :class:`~vnadmin.model.Printed` and keep silent when the print is unknown.  The
words are compared without their tone and vowel marks (``HÒA`` and ``HOÀ`` are one word,
and a scan's ``CỌNG HÓA`` is no misprint a clerk made); what is checked exactly is what a
typist gets wrong: capitals (the Quốc hiệu in capitals, the motto's phrases with a capital
first letter only, not ``ĐỘC LẬP`` nor ``Tự Do``), and the hyphens of the motto, each with a
space either side, where word processors put an en dash (``Độc lập – Tự do – Hạnh phúc``)
or a typist none.  Capitals are judged as a scan prints them: a letter or two that OCR
lowered in a line of capitals (``XÃ HỘi``) leaves it in capitals.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.grammar.printed import MOTTO, PARTY_BANNER, STAR, STATE_BANNER, Motto, motto_parts
from vnadmin.model import Regime
from vnadmin.normalize import fold, mostly_capitals
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]

_BANNER = "NĐ 30/2020 Phụ lục I, Phần I, mục II.1"
_STATE = {Regime.STATE, Regime.LEGAL}
_PARTY_SOURCE = "HD 36-HD/VPTW (tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM; tên cơ quan ban hành, dấu sao)"
_EN_DASH = "–"
"""What a word processor makes of `` - `` as it is typed: a misprint of the motto's hyphen.
Other dashes (``—``) and a space lost on one side are what a scan's text layer makes of
a hyphen, so the rule cannot tell them from a misprint, and keeps silent."""
_MOTTO_WORDS = fold(" ".join(motto_parts(MOTTO).phrases))


def _same_words(text: str, canonical: str) -> bool:
    return fold(text) == fold(canonical)


@rule(
    "VN-BANNER-001",
    Severity.ERROR,
    regimes=_STATE,
    source=f"{_BANNER} điểm a, b (Quốc hiệu và Tiêu ngữ)",
    summary="The Quốc hiệu (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM) and the tiêu ngữ (Độc lập -"
    " Tự do - Hạnh phúc) are printed, in these words",
    reports=False,
    needs=("printed", "banner", "motto"),
)
def state_banner(context: Context) -> Iterator[Finding]:
    lines = context.printed
    if lines.banner is None:
        yield Finding("printed.banner", f"the Quốc hiệu ({STATE_BANNER}) is not printed")
    elif not _same_words(lines.banner, STATE_BANNER):
        yield Finding("printed.banner", f"the Quốc hiệu reads {STATE_BANNER}, not {lines.banner!r}")
    if lines.motto is None:
        yield Finding("printed.motto", f"the tiêu ngữ ({MOTTO}) is not printed under the Quốc hiệu")
    elif _the_motto(lines.motto) is None:
        yield Finding("printed.motto", f"the tiêu ngữ reads {MOTTO}, not {lines.motto!r}")


@rule(
    "VN-BANNER-002",
    Severity.WARNING,
    regimes=_STATE,
    source=f"{_BANNER} điểm a, b (chữ in hoa; giữa các cụm từ có gạch nối (-), có cách chữ)",
    summary="The Quốc hiệu is in capitals; the tiêu ngữ's phrases open with a capital, their"
    " other letters in lower case (not ĐỘC LẬP - TỰ DO - HẠNH PHÚC, nor Độc Lập - Tự Do -"
    " Hạnh Phúc), joined by hyphens with a space either side (Độc lập - Tự do - Hạnh phúc;"
    " en dashes: VN-BANNER-005)",
    needs=("printed",),
)
def banner_form(context: Context) -> Iterator[Finding]:
    lines = context.printed
    banner, motto = lines.banner, lines.motto
    if banner is not None and _same_words(banner, STATE_BANNER) and not mostly_capitals(banner):
        yield Finding("printed.banner", f"the Quốc hiệu is printed in capitals: {STATE_BANNER}")
    parts = _the_motto(motto)
    if parts is None:
        return
    separators = parts.separators
    en_dashes = any(_EN_DASH in separator for separator in separators)  # VN-BANNER-005
    if not en_dashes and (not separators or all(separator == "-" for separator in separators)):
        yield Finding(
            "printed.motto",
            f"the tiêu ngữ joins its phrases with hyphens, a space either side: {MOTTO}",
        )
    if motto is not None and mostly_capitals(motto):
        yield Finding(
            "printed.motto",
            f"the tiêu ngữ is not printed in capitals; each phrase opens with a capital: {MOTTO}",
        )
    elif not all(map(_capitalised, parts.phrases)):
        yield Finding(
            "printed.motto",
            f"each phrase of the tiêu ngữ opens with a capital letter, and its other words"
            f" are in lower case: {MOTTO}, not {motto!r}",
        )


def _capitalised(phrase: str) -> bool:
    """Whether a phrase of the motto opens with a capital and its other words with a lower-case
    letter (``Tự do``; not ``tự do`` nor ``Tự Do``).  A word's other letters are not looked
    at: a scan's damaged mark lowers or raises one (``Hạnh phÚc``) where the typist did not."""
    heads = [next((char for char in word if char.isalpha()), "") for word in phrase.split()]
    return bool(heads) and heads[0].isupper() and not any(head.isupper() for head in heads[1:])


def _the_motto(motto: str | None) -> Motto | None:
    """The printed motto's phrases and separators, when its words are the tiêu ngữ's (other
    words, or none: VN-BANNER-001)."""
    if motto is None:
        return None
    parts = motto_parts(motto)
    return parts if fold(" ".join(parts.phrases)) == _MOTTO_WORDS else None


@rule(
    "VN-BANNER-005",
    Severity.INFO,
    regimes=_STATE,
    source=f"{_BANNER} điểm b (giữa các cụm từ có gạch nối (-))",
    summary="The tiêu ngữ's phrases are joined by hyphens, not en dashes (Độc lập – Tự do –"
    " Hạnh phúc is a word processor's typesetting of it)",
    needs=("printed",),
)
def motto_dashes(context: Context) -> Iterator[Finding]:
    """Information, not a warning: a word processor turns `` - `` into an en dash as it is
    typed, and a portal's page keeps the dash the document was typeset with; the motto
    reads the same, and correct documents print it so as often as not."""
    parts = _the_motto(context.printed.motto)
    if parts is not None and any(_EN_DASH in separator for separator in parts.separators):
        yield Finding(
            "printed.motto",
            f"the tiêu ngữ joins its phrases with hyphens (gạch nối -), not en dashes: {MOTTO}",
        )


@rule(
    "VN-BANNER-003",
    Severity.ERROR,
    regimes={Regime.PARTY},
    source=_PARTY_SOURCE,
    summary="A Party document prints ĐẢNG CỘNG SẢN VIỆT NAM, in capitals",
    reports=False,
    needs=("printed", "banner"),
)
def party_banner(context: Context) -> Iterator[Finding]:
    banner = context.printed.banner
    if banner is None:
        yield Finding("printed.banner", f"the Party's name ({PARTY_BANNER}) is not printed")
    elif not _same_words(banner, PARTY_BANNER) or not mostly_capitals(banner):
        yield Finding("printed.banner", f"the banner reads {PARTY_BANNER}, not {banner!r}")


@rule(
    "VN-BANNER-004",
    Severity.WARNING,
    regimes={Regime.PARTY},
    source=_PARTY_SOURCE,
    summary="A Party document prints a star (*) under its issuer block",
    reports=False,
    needs=("printed", "issuer", "star"),
)
def party_star(context: Context) -> Iterator[Finding]:
    lines = context.printed
    if context.instrument.issuer is not None and lines.star is None:
        yield Finding("printed.star", f"a star ({STAR}) is printed under the issuer block")
    elif lines.star is not None and lines.star.strip("-– ") != STAR:
        yield Finding("printed.star", f"the line under the issuer block is a star ({STAR})")


RULES: tuple[Rule, ...] = (state_banner, banner_form, motto_dashes, party_banner, party_star)
