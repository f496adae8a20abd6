"""What a public web page prints around a document it posts: its chrome and its title.

A portal, a school's or a company's site or a news site posts a document as a page: over
it, the site's chrome (a posting date with its weekday or clock, ``Thứ Ba | 16:58
24/03/2020``, ``Đăng lúc: ...``; a view counter, ``31 views``; a byline, ``bởi admin``; a
print link, ``In bài viết``; a breadcrumb, ``Trang chủ Thông tin ...``; a relative time,
``17 giờ trước``), then the page's title, which often is all that names the document's
kind and subject when the page gives its body without its header (``Thông báo về việc
hoãn ...``, ``Giấy mời dự Lễ ...``, ``Thông báo Khẩn ngày 18/10/2020``, ``Thành phố X
thông báo tạm dừng ...``).  The chrome is none of the document's fields; the title is read
only where a title stands (the first line under the chrome) and only when it opens with a
kind the registry knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.grammar.dates import FOLDED_WEEKDAY, SHORT_DATE, date_from_match
from vnadmin.grammar.marks import HANDLING_MARKS
from vnadmin.grammar.number_label import SO
from vnadmin.grammar.numbers import NUMBER
from vnadmin.grammar.subjects import SUBJECT_LEAD
from vnadmin.model import Citation, DocumentKind, KindRegistry, PartialDate, Urgency
from vnadmin.normalize import fold
from vnadmin.text.citations import find_citations
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line, is_caps, squash
from vnadmin.text.recipients import opens_addressees

__all__ = [
    "PageTitle",
    "Source",
    "drop_chrome",
    "is_chrome",
    "is_source_line",
    "page_title",
    "posted_source",
]

_CLOCK = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ \t]*(?:am|pm|sa|ch))?"
_DAY = r"\d{1,2}[/-]\d{1,2}[/-]\d{4}"  # an e-signature's time stamp prints dots: not here
_WEEKDAY = rf"(?:{FOLDED_WEEKDAY}|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_CHROME = re.compile(
    rf"(?:{_WEEKDAY}[ \t,|-]*(?:ngay[ \t]+)?(?:{_CLOCK}[ \t,|-]*)?{_DAY}(?:[ \t,|-]*{_CLOCK})?"
    rf"|(?:ngay[ \t]+)?{_DAY}[ \t,|-]*{_CLOCK}|{_CLOCK}[ \t,|-]*{_DAY}"
    r"|(?:dang[ \t]+luc|ngay[ \t]+dang|ngay[ \t]+cap[ \t]+nhat|cap[ \t]+nhat|thoi[ \t]+gian"
    r"[ \t]+dang|so[ \t]+luot[ \t]+xem|luot[ \t]+xem|luot[ \t]+truy[ \t]+cap)[ \t]*:?[ \t]*\d.*"
    r"|\d{1,7}[ \t]+(?:views?|luot[ \t]+xem)"
    r"|(?:boi|dang[ \t]+boi|posted[ \t]+by|nguoi[ \t]+dang)[ \t]*:?[ \t]*[^\W\d_][\w.]*"
    r"|in[ \t]+bai(?:[ \t]+viet)?|in[ \t]+trang|xem[ \t]+voi[ \t]+co[ \t]+chu.*"
    r"|tim[ \t]+kiem(?:[ \t]+tin[ \t]+tuc)?|trang[ \t]+chu[ \t]+\S.*"
    r"|\d{1,3}[ \t]+(?:giay|phut|gio|ngay|tuan|thang)[ \t]+truoc)"
    r"[ \t]*(?:\(gmt[ \t]*[+-][ \t]*\d{1,2}(?::?\d{2})?\))?[ \t.]*"
)
"""A line of a page's chrome (folded): a posting date with its weekday or its clock, a
labelled posting or update date, a view counter, a byline, a print or font-size link, a
search box, a breadcrumb, a relative posting time."""
_MAX_CHROME = 120
_REACH = 6
"""Non-blank lines at the top of a page where its chrome and its title are looked for."""
_MAX_TITLE = 250
_QUOTES = "“”\"'‘’«» \t:-–"
_SUBJECT_LEAD = re.compile(rf"(?:{SUBJECT_LEAD.pattern}|về[ \t]+việc)[ \t:.]*")
"""The subject's lead, or the ``về việc`` a title runs on after its kind's name."""
_URGENT = "|".join(printed for mark, printed in HANDLING_MARKS.items() if isinstance(mark, Urgency))
"""The urgency marks of grammar/marks (``KHẨN``, ``HỎA TỐC``), any case in a title."""
_DATED = re.compile(
    rf"(?:(?i:{_URGENT})[ \t]+)?(?:ngày|Ngày|NGÀY)[ \t]+{SHORT_DATE.pattern}[ \t.]*"
)
"""A title's rest that names the document by its date alone (``Khẩn ngày 18/10/2020``)."""
_NUMBER_LABEL = re.compile(rf"{SO}(?![^\W\d_])[ \t]*:?[ \t]*")
_ANNOUNCES = re.compile(r"[ \t](?P<verb>thông[ \t]+báo|hướng[ \t]+dẫn)[ \t]+(?P<rest>\S.*)")
"""The kinds a body's name announces as a verb, in a title: ``Thành phố X thông báo ...``."""
_MAX_NAME_WORDS = 8  # words of the body's name before the verb


@attrs.frozen
class PageTitle:
    """The kind a page's title names, with its subject or its date."""

    line: int
    text: str
    kind: DocumentKind
    subject: str | None = None
    date: PartialDate | None = None


def is_chrome(text: str) -> bool:
    """Whether a line is a web page's chrome (see :data:`_CHROME`), not a document's."""
    return len(text) <= _MAX_CHROME and _CHROME.fullmatch(fold(text)) is not None


def drop_chrome(lines: list[Line], diagnostics: Diagnostics) -> None:
    """Blank the chrome lines among the first lines of ``lines`` (a page's posting date
    must not be read as the document's date line, nor a relative time as its subject's
    end), said."""
    seen = 0
    for at, line in enumerate(lines):
        if not line.text:
            continue
        seen += 1
        if seen > _REACH:
            return
        if is_chrome(line.text):
            diagnostics.info(
                line.number, "page-chrome-removed", f"a web page's chrome {line.text[:40]!r}"
            )
            lines[at] = Line(line.number, "")


def page_title(lines: Sequence[Line], kinds: KindRegistry) -> PageTitle | None:
    """The page's title: the first line of ``lines`` that is not chrome, when it opens
    with a kind name (or a body's name announcing one: ``... thông báo ...``), reads as a
    title (short, no sentence's stop at its end) and stands over the document: the next
    line that is not chrome opens its text (a sentence, ``Kính gửi``, the banner), not
    another heading (an article's: ``Nội dung chính``); ``None`` otherwise."""
    found: list[Line] = []  # the title, then the line under it
    seen = 0
    for line in lines:
        if not line.text:
            continue
        seen += 1
        if not found and seen > _REACH:
            return None
        if not is_chrome(line.text):
            found.append(line)
            if len(found) == 2:
                break
    if not found or (len(found) == 2 and not _opens_text(found[1].text)):
        return None
    return _title(found[0], kinds)


def _opens_text(text: str) -> bool:
    """Whether a line under a page's title opens the document it posts: a paragraph (a
    sentence's stop or a list's at its end, or too long for a heading), a line in capitals
    (the banner, a heading of the document), ``Kính gửi``."""
    return (
        text.rstrip().endswith((".", ";", ":", ",", "!", "…"))
        or len(text) > _MAX_TITLE
        or is_caps(text)
        or opens_addressees(text)
    )


def _title(line: Line, kinds: KindRegistry) -> PageTitle | None:
    text = line.text.strip()
    if (
        len(text) > _MAX_TITLE
        or text.endswith((".", ";", ":", ","))
        or "?" in text  # a question-and-answer page's title asks about a document
        or not text[:1].isupper()
    ):
        return None
    match = kind_name_pattern(kinds=kinds).match(text)
    if match is None:
        return _announced(line, text, kinds)
    kind = kinds.find(match.group(0))
    rest = text[match.end() :]
    if kind is None or (rest and not rest[0].isspace()):
        return None
    rest = rest.strip()
    if rest[:1].isdigit():
        return None  # "Kết luận 157-KL/TW ...": an instrument named by its number, the page's topic
    label = _NUMBER_LABEL.match(rest)
    if label is not None:  # "Công văn số 532/PGDĐT V/v ...": the subject after its number
        number = NUMBER.match(rest, label.end())
        if number is None:
            return None
        rest = rest[number.end() :]
    dated = _DATED.fullmatch(rest)
    if dated is not None:
        try:
            return PageTitle(line.number, text, kind, date=date_from_match(dated))
        except GrammarError:
            return None
    return PageTitle(line.number, text, kind, subject=_subject(rest))


def _announced(line: Line, text: str, kinds: KindRegistry) -> PageTitle | None:
    """``Thành phố X thông báo tạm dừng ...``: a body's name, a kind's name as its verb, the
    subject."""
    verb = _ANNOUNCES.search(text)
    if verb is None or len(text[: verb.start()].split()) > _MAX_NAME_WORDS:
        return None
    kind = kinds.find(verb["verb"])
    if kind is None:
        return None
    return PageTitle(line.number, text, kind, subject=_subject(verb["rest"]))


def _subject(rest: str) -> str | None:
    """A title's rest as the subject: quotes and a ``V/v`` or ``Về việc`` lead dropped."""
    rest = rest.strip(_QUOTES)
    lead = _SUBJECT_LEAD.match(rest)
    if lead is not None:
        rest = rest[lead.end() :]
    return rest.strip(_QUOTES) or None


_SOURCE = re.compile(
    r"\(?[ \t]*(?:Nguồn|NGUỒN)[ \t]*:[ \t]*(?P<source>[^()]{4,200}?)[ \t]*\)?[ \t.]*"
)
"""A page's source line (``(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)``)."""


def is_source_line(text: str) -> bool:
    """Whether a line is a page's source line (its number and date are the posted
    instrument's, no header row of the page's own)."""
    return _source(text) is not None


def _source(text: str) -> re.Match[str] | None:
    if not text.startswith(("(N", "N")):  # the cheap test first
        return None
    return _SOURCE.fullmatch(squash(text))  # a header row's tab, split by the layout


@attrs.frozen
class Source:
    """The instrument a page's source line names: the page posts it, it is not the page."""

    line: int
    text: str
    citation: Citation


def posted_source(lines: Sequence[Line], start: int, kinds: KindRegistry) -> Source | None:
    """The instrument the source line of a page (a line of ``lines`` from ``start``) names
    by its kind and number: the one the page posts, its own text or a rewording of it."""
    for line in lines[start:]:
        match = _source(line.text)
        if match is None:
            continue
        found = find_citations(match["source"], kinds)
        if found and found[0].start == 0 and found[0].citation.number is not None:
            return Source(line.number, match["source"], found[0].citation)
    return None
