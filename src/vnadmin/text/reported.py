"""Reports of an instrument (a news article): what the report says the instrument is and asks.

An article has no banner, number line or distribution list; it says who issued what to
whom (``UBND tỉnh Thanh Hóa vừa có văn bản chỉ đạo gửi các sở, ban, ngành ...``) and
retells the tasks, often as one paragraph whose sentences were glued together when the
page's list lost its line breaks (``... quốc tế.Tăng cường ...``).  Each glued piece, each
labelled item or each later paragraph is one task.  The reporter's lead (told twice on
many pages), the headline, photo captions and the byline are not the instrument's text.
"""

from __future__ import annotations

import contextlib
import re

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.grammar.dates import SHORT_DATE, date_from_match, long_date_pattern
from vnadmin.model import DocumentKind, DocumentNumber, KindRegistry, Organization, PartialDate
from vnadmin.text.citations import find_citations
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Block, ends_sentence, lowered, word_starts
from vnadmin.text.semantics import split_actors
from vnadmin.text.vocabulary import ACTOR_HEADS, DIRECTIVE_WORDS

__all__ = ["Report", "looks_reported", "read_report"]

_SOURCE = re.compile(r"\((?P<source>[^()\n]{2,60})\)[ \t]*[-–—:][ \t]*")
_REPORTING = re.compile(  # one set first, out of IGNORECASE: the regex engine skips to it
    r"(?-i:[vVđĐmM])(?<![^\W\d_].)(?:(?<=v)ừa|(?<=đ)ã|(?<=m)ới)"
    r"[ \t]+(?:có|ban[ \t]+hành|ký[ \t]+ban[ \t]+hành|ký|gửi|ra)(?![^\W\d_])[ \t]*",
    re.IGNORECASE,
)
"""``vừa ban hành``, ``đã ký``, ``mới có`` in any case, as a word of its own.  Opened with
the look-behind (no letter before) and the words in any case, the pattern gave the engine
no character to skip to: it was tried at every character of an article's lead.  The first
letter is now one set (each letter's two cases: all that ``IGNORECASE`` matches for them),
the look-behind and the word's other letters after it."""
_DATED_LEAD = re.compile(
    rf"(?:\(?[^()\n]{{2,60}}\)[ \t]*[-–—:][ \t]*)?[Nn]gày(?:[ \t]+{SHORT_DATE.pattern}|"
    rf"{long_date_pattern('l', blanks=False)[4:]}),[ \t]+(?P<issuer>[^,.;\n]{{3,80}}?)[ \t]+"
    r"(?P<verb>(?:đã[ \t]+)?(?:ký[ \t]+)?ban[ \t]+hành)(?![^\W\d_])[ \t]*"
)
"""A news lead that opens with the date: ``Ngày 14/8/2024, UBND tỉnh ... ban hành ...``."""
_SEND = re.compile(r"(?<![^\W\d_])gửi[ \t]+(?:đến[ \t]+|tới[ \t]+|cho[ \t]+)?", re.IGNORECASE)
_CAPTION = re.compile(
    r"[ảẢpP](?:(?<=[ảẢ])(?i:nh)|(?<=[pP])(?i:hoto))(?i:[ \t]*(?::|minh[ \t]+họa))"
)
"""A photo caption's mark (``Ảnh: ...``, ``(ảnh minh họa)``, ``Photo:``), any case.  One set of
characters first (the letters the marks open with, each in its two cases), so that the
regex engine skips to them instead of trying every character."""
_GLUED = re.compile(r"[.!?…](?=[^\W\d_])(?:(?<=…)|(?<=[^\W_][.!?]))")
"""A stop glued to the next sentence's letter (``quốc tế.Tăng``): ``.``, ``!`` or ``?``
after a letter or digit, or ``…``.  One set of characters first, as above."""


_BEHALF = re.compile(
    r"(?-i:[tT])(?<![^\W\d_].)hay[ \t]+mặt[ \t]+(?P<body>[^,;.]{3,80}),", re.IGNORECASE
)
"""``thay mặt Ban Thường vụ Tỉnh ủy,`` before the verb: the body a signer signed for, the
issuer.  Its first letter a set of its own, as :data:`_REPORTING`'s, for the engine to skip
to."""
_ABOUT = re.compile(r"[ \t,]+(?:về[ \t]+việc|V/v)[ \t:]+", re.IGNORECASE)
"""``về việc`` after an instrument's name or its addressees: its subject follows."""
_YEAR = re.compile(r"^[ \t]+năm[ \t]+\d{4}(?!\d)")
"""The year a report gives after an instrument's number (``Công văn 10325/SNV năm 2025``)."""
_BARE_NUMBER = re.compile(r"số[ \t]+(?P<number>\d{1,6})(?![\d/.-])", re.IGNORECASE)
"""A number a report gives without a symbol (``Công văn số 468``)."""
_DAY_BEFORE = re.compile(rf"(?<![^\W\d_])ngày[ \t]+{SHORT_DATE.pattern}", re.IGNORECASE)
"""The day a lead names in its opening clause (``Chiều nay ngày 26/3/2020, ... đã ký``), not
a cited instrument's day further on (``... tại Thông báo số 31 ngày 25/2/2021, ...``)."""
_MIN_SUBJECT_WORDS = 4  # words after "văn bản" that say what it is about ("chỉ đạo" does not)
_OPENING_CLAUSE = 40  # characters of a lead's opening clause that names its day


@attrs.define
class Report:
    """What an article says about the instrument it reports."""

    source: str | None = None
    title: str | None = None
    issuer: Organization | None = None
    kind: DocumentKind | None = None
    number: DocumentNumber | None = None
    date: PartialDate | None = None
    subject: str | None = None
    addressees: list[str] = attrs.field(factory=list)
    tasks: list[Block] = attrs.field(factory=list)


ARTICLE_OPENING = 4
"""How many paragraphs open an article: :func:`looks_reported` reads no further."""


def looks_reported(blocks: list[Block]) -> bool:
    """Whether paragraphs read as an article: a ``(Source) -`` lead or a ``vừa ban hành``
    sentence among the first paragraphs."""
    head = blocks[:ARTICLE_OPENING]
    return bool(head) and (
        _SOURCE.match(head[0].text) is not None
        or any(_lead(block.text) is not None for block in head)
    )


_MAX_HEADLINE = 250
_MIN_HEADLINE_WORDS = 3


def _headline(text: str) -> bool:
    """Whether a paragraph may be the article's headline: it ends no sentence, has a few
    words or more, and is no longer than a headline."""
    return (
        len(text) <= _MAX_HEADLINE
        and len(text.split()) > _MIN_HEADLINE_WORDS
        and not ends_sentence(text)
    )


def _lead(text: str) -> tuple[int, int, re.Match[str] | None] | None:
    """Where a lead's reporting verb starts and ends (``vừa ban hành``), and the dated
    lead's match when it opens with the date; ``None`` if ``text`` is no lead."""
    dated = _DATED_LEAD.match(text[:400])
    if dated is not None:
        return dated.start("verb"), dated.end(), dated
    match = _REPORTING.search(text[:3000])
    return (match.start(), match.end(), None) if match is not None else None


def _glued_pieces(block: Block) -> list[Block]:
    pieces: list[Block] = []
    start = 0
    for match in _GLUED.finditer(block.text):
        cut = match.end()
        if not block.text[cut].isupper():
            continue
        pieces.append(block.with_text(block.text[start:cut].strip()))
        start = cut
    pieces.append(block.with_text(block.text[start:].strip()))
    return [piece for piece in pieces if piece.text]


class _Told:
    """The paragraphs an article told so far, to skip one told again (the lead, on many
    pages), case and spacing aside.  Folding the case of Vietnamese costs about a hundred
    instructions a character, and two paragraphs are equal only with as many words: a
    paragraph is folded only when one of as many words was told before."""

    def __init__(self) -> None:
        self._first: dict[int, list[str]] = {}  # the first paragraph of each word count
        self._folded: dict[int, set[str]] = {}  # all of them, folded, once there are two

    def again(self, text: str) -> bool:
        """Whether ``text`` was told before; it is told now."""
        words = text.split()
        first = self._first.setdefault(len(words), words)
        if first is words:
            return False
        folded = self._folded.get(len(words))
        if folded is None:
            folded = self._folded[len(words)] = {" ".join(first).casefold()}
        key = " ".join(words).casefold()  # casefold keeps white space, and makes none
        if key in folded:
            return True
        folded.add(key)
        return False


def read_report(blocks: list[Block], diagnostics: Diagnostics, kinds: KindRegistry) -> Report:
    """Read an article's paragraphs (already joined) into a :class:`Report`."""
    report = Report()
    seen = _Told()
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        text = block.text
        source = _SOURCE.match(text) if index == 0 else None
        if source is not None:
            report.source = source["source"].strip()
            text = text[source.end() :]
            block = block.with_text(text)
        if seen.again(text):
            diagnostics.info(block.line, "repeated-paragraph", "a repeated paragraph was skipped")
            continue
        kept.append(block)
    lead_index = next((i for i, b in enumerate(kept) if _lead(b.text) is not None), None)
    if lead_index is not None:
        _read_lead(kept[lead_index], report, diagnostics, kinds)
    # the headline stands right over the lead, under the site's name or a banner
    headline = next((i for i in reversed(range(lead_index or 0)) if _headline(kept[i].text)), None)
    if headline is not None:
        report.title = kept[headline].text
    started = False
    for index, block in enumerate(kept):
        if index in (lead_index, headline):
            continue
        if _CAPTION.search(block.text):
            diagnostics.info(block.line, "caption-skipped", "a photo caption was skipped")
            continue
        if not ends_sentence(block.text):
            if report.title is None and _headline(block.text):
                report.title = block.text
            else:
                diagnostics.info(block.line, "line-skipped", f"{block.text[:40]!r} was not read")
            continue
        if not started and not word_starts(lowered(block.text), DIRECTIVE_WORDS):
            diagnostics.info(
                block.line, "reporter-text", "a paragraph of the reporter's own was not read"
            )
            continue
        started = True
        report.tasks.extend(_glued_pieces(block))
    if not report.tasks:
        diagnostics.warning(
            kept[0].line if kept else 0, "tasks-missing", "the report states no task"
        )
    return report


def _read_lead(block: Block, report: Report, diagnostics: Diagnostics, kinds: KindRegistry) -> None:
    text = block.text
    lead = _lead(text)
    if lead is None:
        return
    verb, after, dated = lead
    left = max(text.rfind(mark, 0, verb) for mark in ",;:.")
    source = _SOURCE.search(text, 0, verb)
    if source is not None and source.end() > left:
        # "Thanh Hóa đẩy mạnh ... (Baothanhhoa.vn) - UBND tỉnh ... vừa ban hành ..."
        report.source = report.source or source["source"].strip()
        left = source.end() - 1
    issuer = text[left + 1 : verb].strip()
    behalf = _BEHALF.search(text, 0, verb)
    if behalf is not None:  # "thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư ... đã ký"
        issuer = behalf["body"].strip()
    if issuer[:1].isupper() and len(issuer.split()) <= 12:
        report.issuer = Organization(name=issuer)
        diagnostics.info(block.line, "issuer-reported", f"issuer {issuer!r} as the report names it")
    end = len(text)
    for mark in ".;":
        found = text.find(mark, after)
        if found >= 0:
            end = min(end, found)
    what = text[after:end]
    send = _SEND.search(what)
    about = _ABOUT.search(what, send.end()) if send is not None else None
    if about is not None:  # "... gửi các huyện ủy về việc tạm dừng ...": what it is about
        what, report.subject = what[: about.start()], what[about.end() :].strip() or None
    else:
        report.subject = _about_past_list(text, end, kinds)
    named = what[: send.start()] if send is not None else what
    cited = find_citations(named, kinds)
    if cited and cited[0].start < 40:
        citation = cited[0].citation
        report.kind, report.number, report.date = citation.kind, citation.number, citation.date
        report.subject = citation.subject or report.subject or _named_after(named[cited[0].end :])
    else:
        generic = 0  # "văn bản hướng dẫn nội dung ...": the kind follows the word, ends here
        for word in kind_name_pattern(kinds=kinds).finditer(named, 0, 60):
            if word.start() >= (30 if generic else 20):
                break
            named_kind = kinds.find(word.group(0))
            if named_kind is None:
                generic = generic or word.end()
                continue
            report.kind = named_kind
            rest = named[word.end() :].strip().rstrip(".")
            bare = _BARE_NUMBER.match(rest)
            if bare is not None:  # "Công văn số 468 về việc ...": no symbol, no number kept
                diagnostics.info(
                    block.line,
                    "number-unsymbolled",
                    f"the report gives the number {bare['number']} without its symbol: not kept",
                )
                report.subject = report.subject or _named_after(rest[bare.end() :])
            elif rest[:3].casefold() == "về " or (generic and rest):
                report.subject = report.subject or rest
            break
        rest = named[generic:]
        if report.kind is None and generic and len(rest.split()) >= _MIN_SUBJECT_WORDS:
            report.subject = report.subject or _named_after(rest)  # "văn bản triệu tập ..."
    if send is not None:
        report.addressees = split_actors(what[send.end() :])
    if report.date is None and dated is not None:
        with contextlib.suppress(GrammarError):  # "Ngày 31/2, ...": no date to give
            report.date = date_from_match(dated, "l" if dated["lday"] else "")
    opening = text[: min(verb, _OPENING_CLAUSE)].partition(",")[0]
    day = _DAY_BEFORE.search(opening) if report.date is None else None
    if day is not None:  # "Chiều nay ngày 26/3/2020, ... đã ký": the day it was signed
        with contextlib.suppress(GrammarError):
            report.date = date_from_match(day)


def _about_past_list(text: str, end: int, kinds: KindRegistry) -> str | None:
    """The subject a ``về việc`` gives later in the lead's sentence, past the ``;`` that
    ``end`` stops at (``công văn 250/UBND-VX đề nghị A; B; C về việc tăng cường ...``: the
    addressees listed in prose), no other instrument named between; ``None`` if none, or
    if a piece past a ``;`` names no body: a task's (``...; báo cáo kết quả về việc ...``)."""
    if text[end : end + 1] != ";":
        return None
    stop = text.find(".", end)
    stop = len(text) if stop < 0 else stop
    about = _ABOUT.search(text, end, stop)
    if about is None or find_citations(text[end : about.start()], kinds):
        return None
    listed = text[end + 1 : about.start()].split(";")
    if not all(ACTOR_HEADS.match(piece.strip()) for piece in listed):
        return None
    return text[about.end() : stop].strip() or None


def _named_after(rest: str) -> str | None:
    """What follows an instrument's name in a report as its subject, its lead dropped: what
    ``về việc`` opens (``, về việc ...``), or words in lower case right after the name or
    its year (``mời tiếp dân ...``, ``năm 2025 về ...``); ``None`` for anything else (``,
    trong đó ...``, the rest of the reporter's sentence)."""
    rest = _YEAR.sub("", rest, count=1)
    lead = _ABOUT.match(rest)
    if lead is not None:
        rest = rest[lead.end() :]
    elif not rest[:1].isspace() or not rest.strip()[:1].islower():
        return None
    return rest.strip().rstrip(".") or None
