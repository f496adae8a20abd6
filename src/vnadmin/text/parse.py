"""``parse_text``: plain text in, an :class:`~vnadmin.model.Instrument` and diagnostics out.

The readers run in document order (clean-up, stamp, header, addressees, body, footer) and
each records what it was unsure of.  Nothing here raises on any input: every reader works
on what it finds and leaves out what it cannot read, and a last guard turns an unexpected
failure into an ``internal-error`` diagnostic with an empty instrument.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from vnadmin.grammar.citations import format_citation
from vnadmin.grammar.esign import NAMING
from vnadmin.grammar.numbers import format_number
from vnadmin.model import (
    KINDS,
    Body,
    Citation,
    DocumentKind,
    DocumentNumber,
    Instrument,
    KindRegistry,
    NumberStyle,
    Organization,
    Paragraph,
    Regime,
    Reporting,
    SignatureBlock,
)
from vnadmin.normalize import fold
from vnadmin.text.accents import restore_accents, unaccented
from vnadmin.text.attached import attached_tasks
from vnadmin.text.body import LabelReader, Node, attachment_start, lay_out
from vnadmin.text.citations import read_citations
from vnadmin.text.cleanup import clean
from vnadmin.text.dateline import date_below, passage_date
from vnadmin.text.diagnostics import Diagnostics, TextDiagnostic
from vnadmin.text.footer import Footer, footer_start, read_footer
from vnadmin.text.fuzzy import distance, letters
from vnadmin.text.header import Header, read_header, read_stamp, vv_kind
from vnadmin.text.layout import recover_layout
from vnadmin.text.lines import Block, Line, first_paragraphs, is_caps, paragraphs
from vnadmin.text.opening import cut_attached
from vnadmin.text.page import PageTitle, Source, page_title, posted_source
from vnadmin.text.printed import find_copy, find_star, read_printed, say_unprinted
from vnadmin.text.recipients import opens_addressees, opens_recipients, read_addressees
from vnadmin.text.reported import ARTICLE_OPENING, looks_reported, read_report
from vnadmin.text.semantics import asked_actors
from vnadmin.text.tables import appendix_rows, table_blocks
from vnadmin.text.tasks import build_tasks
from vnadmin.text.vocabulary import PARTY_BODY_WORDS, STATE_BANNER

__all__ = ["CitationSite", "ParseResult", "parse_text"]

_CLAUSE_START = re.compile(r"[,;:.][ \t]+")
_DIRECTS = re.compile(
    r"(?P<org>(?:Sở|Ban|Bộ|Ủy[ \t]+ban|Uỷ[ \t]+ban|UBND|Phòng|Văn[ \t]+phòng|Cục"
    r"|Chi[ \t]+cục|Tổng[ \t]+cục|Tỉnh[ \t]+ủy|Thành[ \t]+ủy|Huyện[ \t]+ủy|Đảng[ \t]+ủy|Trung[ \t]+tâm"
    r"|Công[ \t]+an|Kho[ \t]+bạc|Thanh[ \t]+tra|Hội|Mặt[ \t]+trận|Đoàn|Trường)"
    r"(?:[ \t]+[^\s,;:.()]+){0,8}?)[ \t]+(?:đề[ \t]+nghị|yêu[ \t]+cầu|chỉ[ \t]+đạo|hướng[ \t]+dẫn"
    r"|thông[ \t]+báo|giao)(?![^\W\d_])"
)
_NOTIFIER = (
    r"(?:[Nn]hà[ \t]+trường|[Tt]rường|Sở|Ban|Bộ|Ủy[ \t]+ban|Uỷ[ \t]+ban|UBND"
    r"|Phòng|Văn[ \t]+phòng|Cục|Chi[ \t]+cục|Công[ \t]+ty|Trung[ \t]+tâm|Thường[ \t]+trực|Hội"
    r"|Đảng[ \t]+ủy|Tỉnh[ \t]+ủy|Huyện[ \t]+ủy|Thành[ \t]+ủy|Bệnh[ \t]+viện)"
    r"(?:[ \t]+(?!(?:sẽ|có|đã|được|chưa|phải|cần|không)(?![^\W\d_]))[^\s,;:.()]+){0,8}?"
)
_NOTIFIES = re.compile(
    r"(?:(?:Nay|Vậy)?[ \t,]*" + _NOTIFIER + r"[ \t]+(?:xin[ \t]+|trân[ \t]+trọng[ \t]+|kính[ \t]+)?"
    r"thông[ \t]+báo[ \t]+(?:đến|tới)"
    r"|Nay[ \t,]+" + _NOTIFIER + r"[ \t]+thông[ \t]+báo(?![ \t]+để))(?![^\W\d_])"
)
"""An issuer giving notice to someone in its own body, at a clause's start: ``Nay trường
Mẫu giáo X thông báo đến ...``, ``Nhà trường thông báo đến ...``, or what it announces
after the ``Nay`` that turns from the cause to the notice (``Nay UBND phường X thông báo
thời gian ...``); not a task (``đề nghị ... thông báo``), a promise (``Công ty sẽ có
thông báo tới``), nor the closing ``thông báo để ... biết`` a letter ends with too."""
_PASSED_KINDS = frozenset(
    ["hien-phap", "bo-luat", "luat", "phap-lenh", "nghi-quyet", "nghi-quyet-lien-tich"]
)
"""Kinds a body passes: without a date line, their date is in their passage sentence."""
_PASSAGE_LINES = 40  # lines at the end of the body looked at for it
_PASSAGE_AFTER = 3  # and lines of the footer, above the signature
_BELOW_BODY = 3  # the body's last lines, where a date line printed below it may be read
_BELOW_FOOTER = 30  # and lines of the footer
_ANNEX = "PHỤ LỤC"
"""An annex's heading: the body read for a passage sentence ends above it (an unsigned
instrument's annex runs on in its body)."""
_CONSOLIDATED = "van-ban-hop-nhat"
"""A consolidated text prints the kind line of the instrument it consolidates (``QUYẾT
ĐỊNH``); its own kind is in its symbol (``92/VBHN-BQP``)."""
_CONG_VAN = "cong-van"
"""A letter, always to someone: with no addressee read, the reader says so."""
_NEAR_HEADER = 4  # lines under the header where an unread Kính gửi is looked for
_SUBMITTED = frozenset(["to-trinh", "bao-cao"])
"""Kinds that submit to their addressee (a tờ trình asks, a báo cáo reports): their items
are not tasks the addressee is given."""


@attrs.frozen(kw_only=True)
class CitationSite:
    """A cited instrument, once, with the input lines that cite it."""

    citation: Citation
    lines: tuple[int, ...]


@attrs.frozen(kw_only=True)
class ParseResult:
    """The instrument read from a text, what was uncertain or skipped, and where each
    citation was found."""

    instrument: Instrument
    diagnostics: tuple[TextDiagnostic, ...] = ()
    citations: tuple[CitationSite, ...] = ()


class _Citations:
    """Collects citations per paragraph and the lines citing each instrument."""

    def __init__(self, diagnostics: Diagnostics, kinds: KindRegistry) -> None:
        self._diagnostics = diagnostics
        self._kinds = kinds
        # each instrument once, with the lines citing it (a dict: an ordered set, so that
        # a law cited on every line stays linear to collect)
        self._sites: dict[tuple[str, ...], tuple[Citation, dict[int, None]]] = {}

    def read(self, block: Block) -> list[Citation]:
        found, failed = read_citations(block.text, self._kinds)
        for offset, message, kept in failed:
            if kept:
                self._diagnostics.info(
                    block.line_at(offset),
                    "citation-partly-read",
                    f"a citation was read up to its number: {message}",
                )
            else:
                self._diagnostics.warning(
                    block.line_at(offset),
                    "citation-unreadable",
                    f"a citation was not read: {message}",
                )
        citations: dict[Citation, None] = {}
        for item in found:
            citations[item.citation] = None
            key = _identity(item.citation)
            line = block.line_at(item.start)
            if key in self._sites:
                self._sites[key][1][line] = None
            else:
                self._sites[key] = (item.citation, {line: None})
            if (
                item.by_name
                and item.citation.kind is not None
                and item.citation.kind.code != "luat"
            ):
                self._diagnostics.info(
                    line,
                    "citation-by-name",
                    f"{format_citation(item.citation)!r} read as cited by name",
                )
        return list(citations)

    def sites(self) -> tuple[CitationSite, ...]:
        return tuple(
            CitationSite(citation=citation, lines=tuple(lines))
            for citation, lines in self._sites.values()
        )


def _identity(citation: Citation) -> tuple[str, ...]:
    kind = citation.kind.code if citation.kind is not None else ""
    if citation.number is not None:
        return (kind, format_number(citation.number))
    return (kind, fold(citation.title or ""))


def parse_text(text: str, *, kinds: KindRegistry = KINDS, signed: bool = False) -> ParseResult:
    """Read an instrument from plain text, the kinds of ``kinds`` (in the kind line, the
    number's symbol and citations); never raises (see the module doc).

    ``signed`` says the file the text comes from carries an electronic signature (a PDF's
    signature field), as a caption the text prints (``Ký bởi:``, ``Thời gian ký:``) says it
    too: a number or a day blank in the text is then the one the signature stamped on the
    page (``number-stamped``, ``date-stamped``), not a draft's blank."""
    diagnostics = Diagnostics()
    if not isinstance(text, str):
        diagnostics.error(0, "not-text", f"expected text, got {type(text).__name__}")
        return ParseResult(
            instrument=Instrument(regime=Regime.STATE), diagnostics=diagnostics.freeze()
        )
    try:
        instrument, sites = _parse(text, diagnostics, kinds, signed)
    except Exception as error:  # the last guard: the readers are written not to get here
        diagnostics.error(
            0,
            "internal-error",
            f"the parser failed ({type(error).__name__}: {error}); nothing kept",
        )
        instrument, sites = Instrument(regime=Regime.STATE), ()
    return ParseResult(instrument=instrument, diagnostics=diagnostics.freeze(), citations=sites)


def _parse(
    text: str, diagnostics: Diagnostics, kinds: KindRegistry, signed: bool
) -> tuple[Instrument, tuple[CitationSite, ...]]:
    cleaned = clean(text, diagnostics)
    title = page_title(cleaned, kinds)  # before the layout takes it for noise over a header
    lines = recover_layout(cleaned, diagnostics, kinds)
    signed = signed or diagnostics.said("e-signature-removed")
    if not any(line.text for line in lines):
        diagnostics.error(0, "empty", "the text has nothing to read")
        return Instrument(regime=Regime.STATE), ()
    citations = _Citations(diagnostics, kinds)
    stamp, stamp_lines = read_stamp(lines, diagnostics)
    header = read_header(lines, 0, stamp_lines, diagnostics, kinds, signed=signed)
    _authenticated(lines, header, diagnostics, kinds)
    source = _posted(lines, header, diagnostics, kinds)
    if header.subject:  # what the subject cites is cited by the text (its first mention)
        citations.read(Block(header.subject, [0], [header.subject_line]))
    addressee_orgs, start = read_addressees(lines, header.end, diagnostics)
    # no header: an article starts at the top, and its opening says whether it is one
    if (
        not addressee_orgs
        and not _has_header(header, names=False)
        and stamp is None
        and looks_reported(first_paragraphs(lines, ARTICLE_OPENING))
    ):
        blocks = paragraphs(lines, diagnostics)
        return _reported(blocks, diagnostics, citations, kinds), citations.sites()
    end = footer_start(lines, start)
    lines = cut_attached(lines, end, diagnostics)
    body_end = attachment_start(lines, start, end)
    if body_end < end and _banner_displaced(header):
        diagnostics.info(
            lines[body_end].number,
            "banner-displaced",
            "the banner's row inside the body read as the header's, which has no banner (OCR"
            " set the row apart): no second document",
        )
        lines[body_end] = Line(lines[body_end].number, "")
        body_end = end
    if body_end < end:
        # a second header before the footer found: that footer is the second one's (a
        # second document's, a form's); this instrument's own ends before the header
        _say_second(lines, body_end, kinds, diagnostics)
        own = lines[:body_end]
        end = footer_start(own, start)
        footer = read_footer(own, end, diagnostics, kinds)
        body_end = min(body_end, end)
    else:
        footer = read_footer(lines, end, diagnostics, kinds)
        banner = next((at for at in range(end, len(lines)) if _is_banner(lines[at].text)), None)
        if banner is not None:  # after the signature: the footer says a form; a document?
            _say_second(lines, banner, kinds, diagnostics, documents_only=True)
    _byline(header, footer, lines, diagnostics)
    body = lines[start:body_end]
    if unaccented(text):
        body = restore_accents(body, diagnostics)
    layout = lay_out(table_blocks(text, body, diagnostics), diagnostics, kinds)
    number = header.number
    regime = _regime(header, number, diagnostics)
    # what names the kind, first to last: the header, the page's title, the page's source
    # line, the body's own notice; last, the form of a letter to addressees
    kind = _kind(header, number, regime, diagnostics, kinds)
    if title is not None:
        kind = _titled(header, kind, title, diagnostics)
    if kind is None and source is not None and source.citation.kind is not None:
        kind = source.citation.kind
        diagnostics.info(
            source.line, "kind-from-source", f"kind {kind.name} read from the page's source line"
        )
    if kind is None and not _has_header(header):
        kind = _notice_kind(body, diagnostics, kinds)
    if kind is None and addressee_orgs and regime is Regime.STATE:
        kind = _letter_kind(header, lines, body, diagnostics, kinds)
    preamble = [Paragraph(text=b.text, citations=citations.read(b)) for b in layout.preamble]
    background = [Paragraph(text=b.text, citations=citations.read(b)) for b in layout.background]
    addressees = [org.name for org in addressee_orgs]
    if kind is not None and kind.code in _SUBMITTED:
        addressees = []  # what a tờ trình or báo cáo lists is not work for the addressee
    opening = layout.preamble + layout.background  # before the tasks
    asked = _lead_in_actors(opening, diagnostics, named=bool(addressees))
    defaults = _addressed(asked, addressees) if asked else addressees
    issued = header.date.year if header.date is not None else None
    tasks = [
        task
        for node in layout.tasks
        for task in build_tasks(
            node, defaults, citations.read, diagnostics, issued=issued, addressed=True
        )
    ]
    closing = [
        task
        for block in layout.closing
        for task in build_tasks(
            Node(None, None, [block]), (), citations.read, diagnostics, issued=issued
        )
    ]
    appendix: list[Block] = list(
        appendix_rows(text, lines[end : attachment_start(lines, end, len(lines))], diagnostics)
    )
    if appendix:  # the plan's own task table after the signature ("Danh mục nhiệm vụ")
        closing += [
            task
            for node in lay_out(appendix, diagnostics, kinds).tasks
            for task in build_tasks(node, (), citations.read, diagnostics, issued=issued)
        ]
    if footer.attached is not None:  # a plan issued with this decision, after its signature
        closing += attached_tasks(
            text, lines, footer.attached, citations.read, diagnostics, kinds, issued
        )
    issuer = _issuer(header, number, opening, diagnostics)
    if not tasks and not closing and not preamble and not background:
        diagnostics.warning(0, "body-empty", "no body text was found")
    if header.date is None and kind is not None and kind.code in _PASSED_KINDS:
        # the sentence may stand after the body's closing ./., where the footer begins
        _passed_on(header, lines[start : end + _PASSAGE_AFTER], diagnostics)
    if header.date is None and start < body_end:
        _dated_below(header, lines[start:body_end], lines[body_end:], diagnostics)
    looked = next((line.number for line in lines[end:] if line.text), lines[-1].number)
    _say_missing(lines, header, kind, footer.signatures, looked, diagnostics)
    if not addressee_orgs:
        _say_unaddressed(lines[header.end : end], opening, kind, diagnostics)
        if not any(map(diagnostics.said, ("addressees-unreadable", "addressees-empty"))):
            near = [line for line in lines[header.end : end] if line.text][:_LABEL_REACH]
            _say_damaged_label(text, near[-1].number if near else looked, diagnostics)
    star = find_star(text)
    body_line = lines[start].number if start < len(lines) else looked
    say_unprinted(header, regime, star, diagnostics, body_line)
    instrument = Instrument(
        regime=regime,
        kind=kind,
        issuer=issuer,
        number=number,
        place=header.place,
        date=header.date,
        subject=header.subject,
        addressees=addressee_orgs,
        body=Body(preamble=preamble, background=background, tasks=tasks, closing=closing),
        signatures=footer.signatures,
        distribution=footer.distribution,
        archive=footer.archive,
        urgency=header.urgency,
        secrecy=header.secrecy,
        circulation=header.circulation,
        appendices=footer.appendices,
        contact=footer.contact,
        drafter=footer.drafter,
        incoming=stamp,
        printed=read_printed(header, footer, star, find_copy(text), layout.formula, text),
        reported=None
        if source is None
        else Reporting(source=source.text, title=title.text if title is not None else None),
    )
    return instrument, citations.sites()


def _passed_on(header: Header, body: Sequence[Line], diagnostics: Diagnostics) -> None:
    """The date of a law, an ordinance or a resolution that prints no date line: the day
    its passage sentence at the end of the body (before any annex) says it was passed,
    said."""
    annex = next((at for at, line in enumerate(body) if line.text.startswith(_ANNEX)), None)
    found = None
    for end in dict.fromkeys((annex, None)):  # above the first annex, else the whole end
        kept = [line for line in body[:end] if line.text][-_PASSAGE_LINES:]
        found = passage_date("\n".join(line.text for line in kept))
        if found is not None:
            break
    if found is None:
        return
    date, offset = found
    text = "\n".join(line.text for line in kept)
    line = kept[text.count("\n", 0, offset)].number
    header.date = date
    diagnostics.info(
        line, "date-from-passage", f"no date line: the date {date} is the day it was passed"
    )


def _dated_below(
    header: Header, body: Sequence[Line], footer: Sequence[Line], diagnostics: Diagnostics
) -> None:
    """The place and date of a document whose header prints no date line, from the one
    printed below its body (the body's last lines, the footer above any annex), said."""
    tail = [line for line in body if line.text][-_BELOW_BODY:]
    annex = next((at for at, line in enumerate(footer) if line.text.startswith(_ANNEX)), None)
    found = date_below([*tail, *footer[:annex][:_BELOW_FOOTER]])
    if found is None:
        return
    dateline, line = found
    header.date, header.place = dateline.date, header.place or dateline.place
    diagnostics.info(
        line,
        "date-below",
        f"no date line in the header: the one printed below the body read ({dateline.place})",
    )


def _banner_displaced(header: Header) -> bool:
    """Whether the header read no banner: a banner among the body's lines is its own, the
    page's top row (the issuer's name beside the banner) that OCR set apart."""
    return not header.state_banner and not header.party_banner


def _say_missing(
    lines: Sequence[Line],
    header: Header,
    kind: DocumentKind | None,
    signatures: Sequence[SignatureBlock],
    footer: int,
    diagnostics: Diagnostics,
) -> None:
    """No silent loss: each component an instrument carries that the reader did not find
    is said, with the lines where it looked (the header's, the footer's from ``footer``)."""
    read = [line.number for line in lines[: header.end] if line.text]
    first, last = (read[0], read[-1]) if read else (0, 0)
    where = f"lines {first}-{last}" if read else "the text"
    if kind is None and header.unknown_title is None:  # an unknown title is said already
        diagnostics.warning(first, "kind-missing", f"no kind name, V/v or kind symbol in {where}")
    if header.number is None and not header.number_line:
        diagnostics.warning(first, "number-missing", f"no number line (Số ...) in {where}")
    if header.date is None:
        diagnostics.warning(first, "date-missing", f"no place-and-date line in {where}")
    elif header.place is None:
        diagnostics.info(first, "place-missing", "the date line names no place")
    if header.subject is None:
        diagnostics.warning(first, "subject-missing", f"no subject (trích yếu) in {where}")
    if not signatures:
        diagnostics.warning(footer, "signature-missing", "no signature block was found")
        return
    block = signatures[-1]
    if block.title is None:
        diagnostics.warning(0, "signature-title-missing", "the signature block has no title")
    if block.name is None:
        diagnostics.warning(0, "signature-name-missing", "the signature block has no name")


def _say_unaddressed(
    lines: Sequence[Line],
    opening: Sequence[Block],
    kind: DocumentKind | None,
    diagnostics: Diagnostics,
) -> None:
    """No addressee read: a ``Kính gửi`` line among the first lines under the header
    (``lines``) the reader could not read from, or a paragraph before the body's tasks
    (``opening``) that opens a công điện's recipients (a header read in the wrong place
    leaves them in the body: ``CỤC TRƯỞNG CỤC THUẾ điện:``); or a công văn, which is always
    addressed, that prints none.  A ``Kính gửi`` far below is a quoted form's or a web
    page's (``Kính gửi: Quý Thành viên``)."""
    if diagnostics.said("addressees-empty"):
        return
    near = [line for line in lines if line.text][:_NEAR_HEADER]
    at = next((line.number for line in near if opens_addressees(line.text)), None)
    sent = next((block.line for block in opening if opens_recipients(block.text)), None)
    if at is not None:
        diagnostics.warning(
            at, "addressees-unreadable", "a 'Kính gửi' line whose addressees were not read"
        )
    elif sent is not None:
        diagnostics.warning(
            sent,
            "addressees-unreadable",
            "a công điện's recipients line (... điện:) left in the body: its recipients were"
            " not read",
        )
    elif kind is not None and kind.code == _CONG_VAN:
        diagnostics.warning(0, "addressees-missing", "a công văn with no 'Kính gửi' line")


_LABEL_BEFORE_COLON = re.compile(r"[|_~*>\W]{0,3}(?P<label>[^:.]{4,12})[:.]")
_KINH_GUI_LETTERS = "kinhgui"
_KINH_PHI_LETTERS = "kinhphi"  # Kinh phí: a label of its own, two letters from it
_LABEL_REACH = 10  # lines under the header where a damaged Kính gửi label is looked for
_LABEL_EDITS = 2  # letters of Kính gửi a scan may lose or misread


def _say_damaged_label(text: str, last: int, diagnostics: Diagnostics) -> None:
    """No addressee read: a line of ``text`` down to line ``last`` that opens with what
    OCR may have made of ``Kính gửi:`` (``K Ình ii: Chủ te UBND ...``), said with its line;
    not read, for a label that far from its letters may be another's (``Kinh phí:``).
    The text as given is searched: the clean-up may have taken the line for a stamp's."""
    for number, line in enumerate(text.split("\n")[:last], 1):
        label = _LABEL_BEFORE_COLON.match(line.strip())
        if label is None:
            continue
        spelt = letters(label["label"])
        if spelt[:1] != "k" or spelt == _KINH_PHI_LETTERS:
            continue
        edits = distance(spelt, _KINH_GUI_LETTERS, _LABEL_EDITS)
        if edits <= _LABEL_EDITS:
            seen = "is a Kính gửi line" if edits == 0 else "may be the Kính gửi line, damaged"
            diagnostics.warning(
                number,
                "addressees-unreadable",
                f"{line.strip()[:50]!r} {seen}: its addressees were not read",
            )
            return


def _byline(
    header: Header, footer: Footer, lines: Sequence[Line], diagnostics: Diagnostics
) -> None:
    """A name alone closing a page that prints no document's header (no banner, number
    line or issuer) and no Nơi nhận: the poster's byline, not a signer, whose block has a
    title or a mark. Dropped, said."""
    if (
        header.state_banner
        or header.party_banner
        or header.number_line
        or header.issuer_lines
        or footer.distribution
        or len(footer.signatures) != 1
    ):
        return
    (block,) = footer.signatures
    if block.name is None or block.title is not None or block.authorities:
        return
    named = next((at for at in reversed(range(len(lines))) if block.name in lines[at].text), 0)
    above = next((line.text for line in reversed(lines[:named]) if line.text.strip()), "")
    if NAMING.match(fold(above.strip())):
        return  # "Người ký" / the name: a portal's record names the signer
    footer.signatures = []
    diagnostics.info(
        lines[named].number if lines else 0,
        "byline-skipped",
        f"{block.name!r}, a name alone closing a page with no document's header, no title"
        " and no Nơi nhận: the poster's byline, not a signer",
    )


def _has_header(header: Header, *, names: bool = True) -> bool:
    """Whether the header read any of its rows; without ``names``, issuer lines alone are
    none (a page's site name or headline over an article, read as a name: no banner,
    number, date, kind or subject stands with them)."""
    return bool(
        header.state_banner
        or header.party_banner
        or header.number_line
        or header.date is not None
        or header.kind is not None
        or header.subject
        or (names and header.issuer_lines)
    )


def _regime(header: Header, number: DocumentNumber | None, diagnostics: Diagnostics) -> Regime:
    if header.party_banner:
        return Regime.PARTY
    style = number.style if number is not None else None
    if style is NumberStyle.LEGAL:
        return Regime.LEGAL
    if header.state_banner:
        return Regime.STATE
    if style is NumberStyle.PARTY:
        return Regime.PARTY
    if style is NumberStyle.STATE:
        return Regime.STATE
    names = [text for _, text in header.issuer_lines]
    if header.issuer_from_title:
        names.append(header.issuer_from_title)
    if any(word in fold(name) for name in names for word in PARTY_BODY_WORDS):
        diagnostics.info(0, "regime-inferred", "no banner or number: a Party body issues it")
        return Regime.PARTY
    diagnostics.info(0, "regime-assumed", "no banner or number: read as a state instrument")
    return Regime.STATE


def _is_banner(text: str) -> bool:
    """The national banner on a line of its own (the cheap test first)."""
    return (
        ("NGHĨA VIỆT" in text or "NGHIA VIET" in text)
        and STATE_BANNER in fold(text[:120])
        and is_caps(text)
    )


def _say_second(
    lines: list[Line],
    start: int,
    kinds: KindRegistry,
    diagnostics: Diagnostics,
    *,
    documents_only: bool = False,
) -> None:
    """Say that what begins at ``lines[start]`` (a second national banner) is not read: a
    second document when it has a header of its own (a kind and a filled number), else
    (unless the footer said so already) an attached instrument or form."""
    second = read_header(lines, start, set(), Diagnostics(), kinds)
    where = f"lines {lines[start].number}-{lines[-1].number}"
    if second.kind is not None and second.number is not None and not second.number.is_blank:
        diagnostics.warning(
            lines[start].number,
            "second-document",
            f"{where} hold a second document ({second.kind.name} {format_number(second.number)}):"
            " not read, nor its footer",
        )
        return
    if documents_only:
        return
    diagnostics.info(
        lines[start].number,
        "attachment-skipped",
        f"{where} follow a second header (an attached instrument or form): not read as the"
        " body or the footer",
    )


_AUTHENTICATION = "xac thuc van ban hop nhat"
_AUTHENTICATION_REACH = 4
"""Lines above ``XÁC THỰC VĂN BẢN HỢP NHẤT`` its block may start at (issuer, rule, Số)."""


def _authenticated(
    lines: list[Line], header: Header, diagnostics: Diagnostics, kinds: KindRegistry
) -> None:
    """A consolidated text printed with its own number, issuer and date only in the block
    that authenticates it at the end (``BỘ XÂY DỰNG`` / ``Số: 07/VBHN-BXD`` / ``XÁC THỰC
    VĂN BẢN HỢP NHẤT`` / ``Hà Nội, ngày ...``): the header above names the text it
    consolidates, so the block's number, date and issuer are the instrument's, and said."""
    at = next(
        (
            index
            for index in range(len(lines) - 1, header.end - 1, -1)
            if ("NHẤT" in lines[index].text or "nhất" in lines[index].text)
            and fold(lines[index].text).strip(" *_:") == _AUTHENTICATION
        ),
        None,
    )
    if at is None:
        return
    begin = at
    while begin > 0 and at - begin < _AUTHENTICATION_REACH:
        text = lines[begin - 1].text
        if text and not is_caps(text) and not text.startswith(("Số", "SỐ")):
            break  # the body's last sentence: the block starts below it
        begin -= 1
    # the block ends with its date line, under the phrase: the signing block follows
    block = read_header(lines[: at + 2], begin, set(), Diagnostics(), kinds)
    if block.number is None or (header.number is not None and header.number_line >= begin):
        return
    header.number, header.number_line = block.number, block.number_line
    header.printed["number"] = block.printed.get("number", header.printed.get("number", ""))
    if block.date is not None:
        header.date, header.place = block.date, block.place
        if "date" in block.printed:
            header.printed["date"] = block.printed["date"]
    issuer = [(line, text) for line, text in block.issuer_lines if line != lines[at].number]
    if issuer:  # the lines above the number, not the phrase itself
        header.issuer_lines = issuer
    diagnostics.info(
        lines[at].number,
        "consolidated-authentication",
        "the number, date and issuer of a consolidated text read from the block that"
        " authenticates it (XÁC THỰC VĂN BẢN HỢP NHẤT); the header names the text it"
        " consolidates",
    )


def _kind(
    header: Header,
    number: DocumentNumber | None,
    regime: Regime,
    diagnostics: Diagnostics,
    kinds: KindRegistry,
) -> DocumentKind | None:
    symbol_kind = (
        None
        if number is None or number.kind_abbreviation is None
        else kinds.by_abbreviation(number.kind_abbreviation, regime)
    )
    if (
        header.kind is not None
        and symbol_kind is not None
        and symbol_kind.code == _CONSOLIDATED
        and header.kind is not symbol_kind
    ):
        diagnostics.info(
            header.number_line,
            "consolidated-text",
            f"a consolidated text (VBHN) of a {header.kind.name}: its kind line names the"
            " instrument it consolidates",
        )
        return symbol_kind
    if header.kind is not None:
        return header.kind
    if header.unknown_title is not None:
        diagnostics.warning(
            header.number_line,
            "kind-unknown",
            f"the title {header.unknown_title[:40]!r}, which the symbol abbreviates, names a kind"
            " the registry does not know: no kind read",
        )
        return None
    if header.subject_is_vv:
        return vv_kind(kinds)
    if symbol_kind is not None:
        diagnostics.info(
            header.number_line, "kind-from-symbol", f"kind {symbol_kind.name} read from the symbol"
        )
    return symbol_kind


def _posted(
    lines: list[Line], header: Header, diagnostics: Diagnostics, kinds: KindRegistry
) -> Source | None:
    """A page that posts an instrument's body under its title, no header, with a source line
    naming it (``(Nguồn: Thông báo số 81/TB-UBND ngày 08/6/2021)``): the page rewords or
    reposts it, the line gives its number and date; the line is blanked (no citation of
    the text, no task), and said."""
    if header.number is not None or header.state_banner or header.party_banner:
        return None
    source = posted_source(lines, header.end, kinds)
    if source is None:
        return None
    at = next(index for index, line in enumerate(lines) if line.number == source.line)
    lines[at] = Line(source.line, "")
    header.number, header.number_line = source.citation.number, source.line
    header.date = header.date or source.citation.date
    diagnostics.info(
        source.line,
        "posted-source",
        f"the page's source line names what it posts ({source.text[:60]!r}): its number and"
        " date read from it; the page is not the instrument itself",
    )
    return source


def _titled(
    header: Header, kind: DocumentKind | None, title: PageTitle, diagnostics: Diagnostics
) -> DocumentKind | None:
    """What the page's title names that the document's own header does not print (a page
    that posts the body alone): its kind, when the header names none and has no number
    (a numbered letter's page title is the site's label for it, not its kind); its subject
    and its date when the header has none; each said."""
    if kind is None and header.number is None:
        kind = title.kind
        diagnostics.info(
            title.line, "kind-from-page-title", f"kind {kind.name} read from the page's title"
        )
    if header.subject is None and title.subject is not None:
        header.subject, header.subject_line = title.subject, title.line
        diagnostics.info(
            title.line, "subject-from-page-title", "subject read from the page's title"
        )
    if header.date is None and title.date is not None:
        header.date = title.date
        diagnostics.info(title.line, "date-from-page-title", "date read from the page's title")
    return kind


def _opens_with_addressees(lines: Sequence[Line]) -> bool:
    """Whether the text's first line is its ``Kính gửi`` (a title above it names a kind)."""
    first = next((line.text for line in lines if line.text.strip()), "")
    return opens_addressees(first.strip())


def _notice_kind(
    body: Sequence[Line], diagnostics: Diagnostics, kinds: KindRegistry
) -> DocumentKind | None:
    """The kind of a body printed without its header (a portal's post of it) when its
    issuer says it gives notice (``Nay trường ... thông báo đến``): a thông báo. Said."""
    for line in body:
        text = line.text[:4000]
        for start in (0, *(clause.end() for clause in _CLAUSE_START.finditer(text))):
            if _NOTIFIES.match(text, start):
                diagnostics.info(
                    line.number,
                    "kind-from-body",
                    "no header: the issuer gives notice in the body (thông báo)",
                )
                return kinds.find("Thông báo")
    return None


def _letter_kind(
    header: Header,
    lines: Sequence[Line],
    body: Sequence[Line],
    diagnostics: Diagnostics,
    kinds: KindRegistry,
) -> DocumentKind | None:
    """A State text to addressees that names no kind is a công văn (NĐ 30: the one kind with
    no kind line, Phụ lục III: its symbol is its issuer's, no kind's) when it is numbered,
    or, without a header, when it opens with its ``Kính gửi``. Said."""
    number = header.number
    if number is not None and number.number and header.unknown_title is None:
        diagnostics.info(
            header.number_line,
            "kind-from-form",
            "no kind line: a numbered letter to addressees whose symbol names no kind is a"
            " công văn",
        )
        return vv_kind(kinds)
    if not _has_header(header) and _opens_with_addressees(lines):
        diagnostics.info(
            body[0].number if body else 0,
            "kind-from-form",
            "no header: a text to addressees that names no kind is a công văn",
        )
        return vv_kind(kinds)
    return None


def _issuer(
    header: Header,
    number: DocumentNumber | None,
    paragraphs_before: Sequence[Block],
    diagnostics: Diagnostics,
) -> Organization | None:
    abbreviation = number.issuer_abbreviation if number is not None else None
    issuer = header.issuer()
    if issuer is None and header.issuer_from_title:
        issuer = Organization(name=header.issuer_from_title)
        diagnostics.info(
            header.kind_line, "issuer-from-title", "the issuer is named by the title (CỦA ...)"
        )
    if issuer is None and header.authority is not None:
        issuer = Organization(name=header.authority)
        diagnostics.info(
            header.kind_line,
            "issuer-from-authority",
            "no issuer lines: the issuer is the body the authority line names",
        )
    if issuer is None:
        issuer = _inferred_issuer(abbreviation, paragraphs_before, diagnostics)
    if issuer is None:
        diagnostics.warning(
            0, "issuer-missing", "no issuer lines and no sentence naming the issuer"
        )
        return None
    if abbreviation is not None:
        issuer = attrs.evolve(issuer, abbreviation=abbreviation)
    return issuer


def _initials(name: str) -> str:
    return "".join(word[0] for word in fold(name).upper().split() if word[0].isalpha())


def _inferred_issuer(
    abbreviation: str | None, blocks: Sequence[Block], diagnostics: Diagnostics
) -> Organization | None:
    found: list[tuple[str, int]] = []
    for block in blocks:
        text = block.text[:4000]
        # tried where a clause starts only, not at every character
        for start in (0, *(clause.end() for clause in _CLAUSE_START.finditer(text))):
            match = _DIRECTS.match(text, start)
            if match is not None:
                found.append((" ".join(match["org"].split()), block.line))
    if not found:
        return None
    target = fold(abbreviation or "").upper()
    for name, line in found:
        if target and _initials(name) == target:
            diagnostics.warning(
                line,
                "issuer-inferred",
                f"no issuer lines: issuer {name!r} inferred from the body, agreeing with the"
                f" symbol ({abbreviation})",
            )
            return Organization(name=name)
    name, line = found[0]
    diagnostics.warning(
        line, "issuer-inferred", f"no issuer lines: issuer {name!r} inferred from the body only"
    )
    return Organization(name=name)


def _lead_in_actors(
    blocks: Sequence[Block], diagnostics: Diagnostics, *, named: bool
) -> tuple[str, ...]:
    """The actors the last lead-in before the items asks (``đề nghị các đơn vị triển khai
    một số nội dung sau:``): they do the items that name no actor, before the addressees,
    whom the letter may ask through their heads or as a group."""
    block = next((b for b in reversed(blocks) if b.text.rstrip().endswith(":")), None)
    actors = asked_actors(block.text, named=named) if block is not None else ()
    if block is not None and actors:
        diagnostics.info(
            block.line,
            "actors-from-lead-in",
            "tasks without an actor go to those the lead-in names",
        )
    return actors


def _addressed(asked: Sequence[str], addressees: Sequence[str]) -> list[str]:
    """The actors a lead-in asks by the names the ``Kính gửi`` gives them: the addressees
    when it names just them (``đề nghị các đơn vị, cơ sở giáo dục trực thuộc`` above that
    very list), an addressee's full name where the lead-in gives its start (``đề nghị Công
    ty thực hiện`` asks ``Công ty cổ phần ...``; ``UBND các tỉnh`` stands for ``Ủy ban
    nhân dân các tỉnh, thành phố ...``), not the head of a list (``các Bộ`` is not ``các
    Bộ, ngành ...``)."""
    if _name_key("; ".join(asked)) == _name_key("; ".join(addressees)):
        return list(addressees)
    named: dict[str, None] = {}
    keys = [(_spelt_out(name), name) for name in addressees]
    for actor in asked:
        key = _spelt_out(actor)
        full = next(
            (name for folded, name in keys if folded == key or folded.startswith(key + " ")),
            actor,
        )
        named[full] = None
    return list(named)


def _spelt_out(name: str) -> str:
    """``name`` folded, ``UBND`` spelt out: the two ways a letter prints the same body."""
    return fold(name).replace("ubnd", "uy ban nhan dan")


def _name_key(names: str) -> str:
    return letters(_spelt_out(names))


def _reported_nodes(blocks: list[Block]) -> list[Node]:
    """The tasks a report retells, as a tree: the instrument's own label printed before an
    item (``1.``, ``a)``, ``-``) is its label, not the first words of its text, whose actor
    opens after it; the first shape is the top, a new shape nests under the item above and
    a known one closes back to its level.  An unlabelled piece is a task of its own."""
    top: list[Node] = []
    open_: list[Node] = []  # the labelled items the next one may nest under, outermost first
    labels = LabelReader()  # a name's initial or a quantity opens no item
    for block in blocks:
        found = labels.read(block.text)
        rest = block.text[found[2] :].lstrip() if found is not None else ""
        if found is None or not rest:
            top.append(Node(None, None, [block]))
            open_ = []
            continue
        label, level, _ = found
        node = Node(label, level, [block.with_text(rest)])
        levels = [item.level for item in open_]
        open_ = open_[: levels.index(level)] if level in levels else open_
        (open_[-1].children if open_ else top).append(node)
        open_.append(node)
    return top


def _reported(
    blocks: list[Block], diagnostics: Diagnostics, citations: _Citations, kinds: KindRegistry
) -> Instrument:
    report = read_report(blocks, diagnostics, kinds)
    diagnostics.info(
        blocks[0].line if blocks else 0,
        "reported",
        "the text reports an instrument (a news article); it is not the instrument itself",
    )
    first = blocks[0].line if blocks else 0
    if report.kind is None:  # no silent loss: what the report did not name is said
        diagnostics.warning(
            first, "kind-missing", "the report names the instrument by no kind the kinds know"
        )
    if report.subject is None:
        diagnostics.warning(first, "subject-missing", "the report says no subject of it")
    tasks = [
        task
        for node in _reported_nodes(report.tasks)
        for task in build_tasks(node, report.addressees, citations.read, diagnostics)
    ]
    regime = Regime.STATE
    if report.issuer is not None and any(
        word in fold(report.issuer.name) for word in PARTY_BODY_WORDS
    ):
        regime = Regime.PARTY
    return Instrument(
        regime=regime,
        kind=report.kind,
        issuer=report.issuer,
        number=report.number,
        date=report.date,
        subject=report.subject,
        addressees=[Organization(name=name) for name in report.addressees],
        body=Body(tasks=tasks),
        reported=Reporting(source=report.source, title=report.title),
    )
