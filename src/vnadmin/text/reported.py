"""Reports of an instrument (a news article): what the report says the instrument is and asks.

An article has no banner, number line or distribution list; it says who issued what to
whom (``UBND tỉnh Thanh Hóa vừa có văn bản chỉ đạo gửi các sở, ban, ngành ...``) and
retells the tasks, often as one paragraph whose sentences were glued together when the
page's list lost its line breaks (``... quốc tế.Tăng cường ...``).  Each glued piece, each
labelled item or each later paragraph is one task.  The reporter's lead (told twice on
many pages), the headline, photo captions and the byline are not the instrument's text.
"""

from __future__ import annotations

import re

import attrs

from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.model import DocumentKind, DocumentNumber, KindRegistry, Organization, PartialDate
from vnadmin.text.citations import find_citations
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Block, ends_sentence, lowered, word_starts
from vnadmin.text.semantics import split_actors
from vnadmin.text.vocabulary import DIRECTIVE_WORDS

__all__ = ["Report", "looks_reported", "read_report"]

_SOURCE = re.compile(r"\((?P<source>[^()\n]{2,60})\)[ \t]*[-–—:][ \t]*")
_REPORTING = re.compile(
    r"(?<![^\W\d_])(?:vừa|đã|mới)[ \t]+(?:có|ban[ \t]+hành|ký[ \t]+ban[ \t]+hành|ký|gửi|ra)"
    r"(?![^\W\d_])[ \t]*",
    re.IGNORECASE,
)
_SEND = re.compile(r"(?<![^\W\d_])gửi[ \t]+(?:đến[ \t]+|tới[ \t]+|cho[ \t]+)?", re.IGNORECASE)
_CAPTION = re.compile(r"\(?(?:Ảnh|ẢNH|Photo)[ \t]*(?::|minh[ \t]+họa)", re.IGNORECASE)
_GLUED = re.compile(r"(?<=[^\W_][.!?])(?=[^\W\d_])|(?<=[…])(?=[^\W\d_])")


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


def looks_reported(blocks: list[Block]) -> bool:
    """Whether paragraphs read as an article: a ``(Source) -`` lead or a ``vừa ban hành``
    sentence among the first paragraphs."""
    head = blocks[:4]
    return bool(head) and (
        _SOURCE.match(head[0].text) is not None
        or any(_REPORTING.search(block.text[:2000]) for block in head)
    )


def _glued_pieces(block: Block) -> list[Block]:
    pieces: list[Block] = []
    start = 0
    for match in _GLUED.finditer(block.text):
        if not block.text[match.start()].isupper():
            continue
        pieces.append(block.with_text(block.text[start : match.start()].strip()))
        start = match.start()
    pieces.append(block.with_text(block.text[start:].strip()))
    return [piece for piece in pieces if piece.text]


def read_report(blocks: list[Block], diagnostics: Diagnostics, kinds: KindRegistry) -> Report:
    """Read an article's paragraphs (already joined) into a :class:`Report`."""
    report = Report()
    seen: set[str] = set()
    kept: list[Block] = []
    for index, block in enumerate(blocks):
        text = block.text
        source = _SOURCE.match(text) if index == 0 else None
        if source is not None:
            report.source = source["source"].strip()
            text = text[source.end() :]
            block = block.with_text(text)
        key = " ".join(text.casefold().split())
        if key in seen:
            diagnostics.info(block.line, "repeated-paragraph", "a repeated paragraph was skipped")
            continue
        seen.add(key)
        kept.append(block)
    lead_index = next((i for i, b in enumerate(kept) if _REPORTING.search(b.text[:3000])), None)
    if lead_index is not None:
        _read_lead(kept[lead_index], report, diagnostics, kinds)
    started = False
    for index, block in enumerate(kept):
        if index == lead_index:
            continue
        if _CAPTION.search(block.text):
            diagnostics.info(block.line, "caption-skipped", "a photo caption was skipped")
            continue
        if not ends_sentence(block.text):
            if report.title is None and len(block.text) <= 250 and len(block.text.split()) > 3:
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
    match = _REPORTING.search(text[:3000])
    if match is None:
        return
    left = max(text.rfind(mark, 0, match.start()) for mark in ",;:.")
    issuer = text[left + 1 : match.start()].strip()
    if issuer[:1].isupper() and len(issuer.split()) <= 12:
        report.issuer = Organization(name=issuer)
        diagnostics.info(block.line, "issuer-reported", f"issuer {issuer!r} as the report names it")
    end = len(text)
    for mark in ".;":
        found = text.find(mark, match.end())
        if found >= 0:
            end = min(end, found)
    what = text[match.end() : end]
    send = _SEND.search(what)
    named = what[: send.start()] if send is not None else what
    cited = find_citations(named, kinds)
    if cited and cited[0].start < 40:
        citation = cited[0].citation
        report.kind, report.number, report.date = citation.kind, citation.number, citation.date
        report.subject = citation.subject
    else:
        kind = kind_name_pattern(kinds=kinds).search(named)
        if kind is not None and kind.start() < 20:
            report.kind = kinds.find(kind.group(0))
            rest = named[kind.end() :].strip()
            if rest[:3].casefold() == "về ":
                report.subject = rest
    if send is not None:
        report.addressees = split_actors(what[send.end() :])
