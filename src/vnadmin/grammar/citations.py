"""Grammar of citations: ``Kind [title] [số N] [ngày D] [của issuer] [(term)] [về subject]``.

Covers every form of the field guide's section 5, from ``Chỉ thị số 33/CT-TTg ngày
26/11/2021 của Thủ tướng Chính phủ về ...`` to ``Luật Tiếp cận thông tin`` and
``Quyết định số 217-QĐ/TW của Bộ Chính trị (khóa XI)``.  Parts are read left to right
and a marker word only opens a part that comes later in that order, so ``của`` inside a
subject stays in the subject; ``giữa`` (joint issuers) opens the issuer like ``của``, and
neither opens it before a kind name (``Luật sửa đổi, bổ sung một số điều của Luật Đất
đai`` is one title: instruments are issued by bodies, not by instruments), and the number
and date that follow the named instrument are its own, so they stay in the title too
(``... của Luật Đất đai số 45/2013/QH13``).  Kinds that also open the names of bodies
(``của Chương trình phát triển Liên hợp quốc``) still open the issuer.
Finding citations in running text is the text parser's job; this module reads and
writes one citation.
"""

from __future__ import annotations

import functools
import re

from vnadmin.errors import GrammarError, quoted
from vnadmin.grammar.dates import (
    LONG_DATE,
    SHORT_DATE,
    date_from_match,
    format_long_date,
    format_short_date,
)
from vnadmin.grammar.numbers import NUMBER, format_number, number_from_match
from vnadmin.grammar.registry import kinds_keyword, per_registry
from vnadmin.model.citations import Citation
from vnadmin.model.dates import PartialDate
from vnadmin.model.kinds import KINDS, DocumentKind, KindRegistry
from vnadmin.normalize import nfc, squash

__all__ = [
    "GENERIC_KIND_WORD",
    "format_citation",
    "kind_name_pattern",
    "parse_citation",
    "unquote",
]

GENERIC_KIND_WORD = "Văn bản"
"""What a citation of unknown kind is called (``Văn bản số 2748/BNV-CTTN``)."""

_ORDER = {"title": 0, "number": 1, "date": 2, "issuer": 3, "term": 4, "subject": 5}
_MARKER = re.compile(  # one set of characters first: the regex engine skips to them
    r"[ \t(](?=[ \t(sncgv]|(?<=\())(?:(?<=[ \t])[ \t]*(?:(?P<number>số)[ \t]+|(?P<date>ngày)[ \t]+"
    r"|(?P<issuer>của|giữa)[ \t]+|(?P<subject>về)[ \t]+)|(?P<term>(?<=\()|[ \t]*\())",
    re.IGNORECASE,
)
"""A marker word between spaces, or an opening parenthesis (spaces before it included).
The look-ahead after the space is what may follow it (the markers' first letters, a
space, a parenthesis): most words of a citation open otherwise, and one set test turns
them away before the alternatives are tried one by one."""
_SYMBOL_CHAR = re.compile(r"[^\W_]|[&/-]")
_QUOTED = re.compile(r'[ \t]*(“[^”]*”|"[^"]*")[ \t]*$')


@functools.lru_cache(maxsize=8)
def _kind_names(names: frozenset[str]) -> re.Pattern[str]:
    alternatives = sorted(names, key=len, reverse=True)
    body = "|".join(re.escape(name) for name in alternatives)
    return re.compile(rf"(?:{body})(?=[ \t]|$)", re.IGNORECASE)


@kinds_keyword
def kind_name_pattern(*, kinds: KindRegistry = KINDS) -> re.Pattern[str]:
    """Every kind name of ``kinds`` and ``Văn bản``, longest first, any case."""
    return _registry_kind_names(kinds)


@per_registry
def _registry_kind_names(registry: KindRegistry) -> re.Pattern[str]:
    return _kind_names(frozenset([*(kind.name for kind in registry), GENERIC_KIND_WORD]))


@kinds_keyword
def parse_citation(text: str, *, kinds: KindRegistry = KINDS) -> Citation:
    """Parse one whole citation, e.g. ``Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị``,
    kinds named as in ``kinds``."""
    registry = kinds
    text = squash(nfc(text))
    head = _registry_kind_names(registry).match(text)
    if head is None:
        raise GrammarError("citation", text, "does not start with a kind name or 'Văn bản'")
    kind = registry.find(head.group(0))
    values: dict[str, object] = {}
    open_part, open_start, position = "title", head.end(), head.end()
    named_within = False  # an instrument named in the title keeps its number and date
    while (marker := _MARKER.search(text, position)) is not None:
        part = marker.lastgroup
        assert part is not None
        if _ORDER[part] <= _ORDER[open_part]:
            position = marker.end()
            continue
        if part == "issuer" and (within := _cited_within(text, marker.end(), registry)):
            position, named_within = within, True
            continue
        read = _read(part, text, marker, registry)
        if read is None or (named_within and part in ("number", "date")):
            position = marker.end() if read is None else read[1]
            continue
        value, end = read
        _close(values, open_part, text[open_start : marker.start()], text)
        if value is not None:
            values[part] = value
        open_part, open_start, position = part, end, end
        quoted = _QUOTED.match(text, end)
        if quoted is not None and part in ("number", "date", "term"):
            # a quoted subject without "về": (khóa XI) “Quy định về ...”
            values["subject"] = unquote(quoted.group(1))
            open_part, open_start = "subject", quoted.end()
            break
    rest = text[open_start:]
    # a quoted subject closes the text: looked for only when a quote does (a search tries
    # every character)
    tail = _QUOTED.search(rest) if rest.rstrip(" \t\n").endswith(("”", '"')) else None
    if tail is not None and open_part in ("title", "issuer") and tail.start() > 0:
        values["subject"] = unquote(tail.group(1))  # của Bộ Chính trị “về đẩy mạnh ...”
        rest = rest[: tail.start()]
    _close(values, open_part, rest, text)
    try:
        return Citation(kind=kind, **values)  # type: ignore[arg-type]
    except ValueError as error:
        raise GrammarError("citation", text, str(error)) from None


def _read(
    part: str, text: str, marker: re.Match[str], registry: KindRegistry
) -> tuple[object, int] | None:
    """Read the value a marker opens; ``None`` when the marker is just a word in the text."""
    if part == "number":
        match = NUMBER.match(text, marker.end())
        if match is None or _SYMBOL_CHAR.match(text, match.end()):
            return None
        return number_from_match(match, kinds=registry), match.end()
    if part == "date":
        if _BOUND_BEFORE.search(text, max(0, marker.start() - 20), marker.start() + 1):
            return None  # "... kể từ ngày 01 tháng 01 năm 2026": when, not the cited date
        match = SHORT_DATE.match(text, marker.end()) or LONG_DATE.match(text, marker.start("date"))
        if match is None:
            return None
        end = len(text[: match.end()].rstrip(" \t"))  # a blank year's filler: not the space
        return date_from_match(match), end
    if part == "term":
        close = text.find(")", marker.end())
        if close < 0 or not text[marker.end() : close].strip():
            return None
        return text[marker.end() : close].strip(), close + 1
    return None, marker.end()  # issuer and subject: free text up to the next marker


_BOUND_BEFORE = re.compile(r"(?<![^\W\d_])(?:từ|đến|hết|trước|sau|nhất)[ \t]*$", re.IGNORECASE)
"""Words a date of time opens after (``kể từ ngày``, ``đến hết ngày``, ``trước ngày``,
``chậm nhất ngày``): the date when something holds or is due, which follows a cited
instrument's name (``các văn bản hướng dẫn Luật kể từ ngày ...``) and is not its date."""


def _cited_within(text: str, start: int, registry: KindRegistry) -> int | None:
    """The end of the kind name (and its number) that ``của`` opens at ``start``, if one
    does: ``... một số điều của Nghị định số 30/2020/NĐ-CP`` names an instrument, not an
    issuer (instruments are issued by bodies), and its number is its own."""
    head = _registry_kind_names(registry).match(text, start)
    if head is None or _names_bodies(registry.find(head.group(0))):
        return None
    lead = _NUMBER_WORD.match(text, head.end())
    number = None if lead is None else NUMBER.match(text, lead.end())
    return head.end() if number is None else number.end()


_NUMBER_WORD = re.compile(r"[ \t]+số[ \t]+", re.IGNORECASE)


def _names_bodies(kind: DocumentKind | None) -> bool:
    """Kinds whose name also opens the names of bodies that issue instruments: the
    Chương trình phát triển Liên hợp quốc (UNDP), a Dự án's management board."""
    return kind is not None and kind.code in ("chuong-trinh", "du-an")


def _close(values: dict[str, object], part: str, segment: str, text: str) -> None:
    segment = segment.strip()
    if part in ("title", "issuer", "subject"):
        if segment:
            values[part] = unquote(segment)
    elif segment:
        raise GrammarError("citation", text, f"unexpected {quoted(segment)} after the {part}")


def unquote(text: str) -> str:
    """Drop quotes that wrap a whole title or subject: they are typography, not content.

    Converted texts also open with a closing quote (seed 000: ``”Dân vận khéo”``)."""
    text = text.strip()
    if len(text) > 2 and text[0] in '“”"' and text[-1] in '”"':
        return text[1:-1].strip() or text
    return text


def format_citation(citation: Citation) -> str:
    """The canonical phrase: kind, title, ``số``, ``ngày``, ``của``, ``(term)``, ``về``."""
    words = [_kind_word(citation.kind)]
    if citation.title:
        words.append(citation.title)
    if citation.number:
        words.append(f"số {format_number(citation.number)}")
    if citation.date:
        words.append(_date_words(citation.date))
    if citation.issuer:
        words.append(f"của {citation.issuer}")
    if citation.term:
        words.append(f"({citation.term})")
    if citation.subject:
        words.append(f"về {citation.subject}")
    return " ".join(words)


def _kind_word(kind: DocumentKind | None) -> str:
    return GENERIC_KIND_WORD if kind is None else kind.name


def _date_words(date: PartialDate) -> str:
    if date.day is not None and date.month is not None:
        return f"ngày {format_short_date(date)}"
    return format_long_date(date)
