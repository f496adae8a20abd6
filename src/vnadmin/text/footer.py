"""Where the body ends and what follows it: signature blocks, distribution, archive line,
contact details and appendix headings.

The body ends after the ``./.`` closing mark, or at the ``Nơi nhận`` heading, moved back
over any signature lines printed above it.  Footer lines are read one cell at a time,
since a flattened two-column footer puts the distribution list and the signature on the
same lines.
"""

from __future__ import annotations

import itertools
import re

import attrs

from vnadmin.grammar.appendices import ATTACHED_TO, TIE_MARKUP, ties
from vnadmin.grammar.archive import ARCHIVE_LEAD, CLERKS, DAMAGED_LABEL, LABEL_WORD
from vnadmin.grammar.citations import kind_name_pattern
from vnadmin.grammar.esign import CAPTION_AFTER
from vnadmin.grammar.labels import LABEL
from vnadmin.grammar.marks import MARK_WORDS
from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Contact,
    DrafterMark,
    KindRegistry,
    Recipient,
    SignatureBlock,
)
from vnadmin.normalize import fold, mostly_capitals
from vnadmin.text.dateline import find_dateline
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.distribution import (
    LONE_DASH,
    NOI_NHAN,
    archive_file_code,
    is_purpose,
    mend_purpose,
    read_archive,
    read_recipient,
)
from vnadmin.text.lines import Line, cells, is_caps, is_noise, squash, starts_lower
from vnadmin.text.opening import issuer_above, opens_attached
from vnadmin.text.recipients import BULLET, JOINED_ITEMS, opens_addressees
from vnadmin.text.signature import (
    is_full_name,
    is_name,
    is_signature_line,
    known_title,
    mark_lines,
    mended_title,
    opens_with_title,
    plain_title,
    read_authority,
    read_signatures,
    title_after_item,
)
from vnadmin.text.tables import opens_table
from vnadmin.text.vocabulary import DRAFT_MARK, names_office

__all__ = ["Footer", "footer_start", "read_footer"]

_APPENDIX = re.compile(
    r"(?:PHỤ[ \t]+LỤC|Phụ[ \t]+[lL]ục)(?:[ \t]+[IVXLC\d]{1,6}|[ \t]*$)[^a-zà-ỹ]{0,20}$"
)
"""An appendix's label on its own line, in capitals or not (``Phụ Lục`` as a portal's page
prints it): what follows the signature from there is the appendix, not its footer."""
_ANNEX_REACH = 3  # lines of an annex's title in capitals above its "kèm theo" line
_TIE_PIECES = 4  # lines a tie line's pieces run over, its parenthesis open
_MAX_TIE = 300
_HEADER_REACH = 10
_MAX_SIGNING_CELL = 120  # characters of a signing cell's mark, title and name on one line
"""Lines below an appendix's label where its title (wrapped over up to eight lines) and the
line that ties it to the instrument are looked for."""
_CONTACT = re.compile(
    r"(?P<key>Địa[ \t]+chỉ|Điện[ \t]+thoại|ĐT|Đt|Fax|FAX|E-?mail|Email|EMAIL|Website|Web)"
    r"[ \t]*:[ \t]*(?P<value>.+)"
)
_DATED_TITLE = re.compile(r"(?:\S+[ \t]+){4,}NĂM[ \t]+(?:19|20)\d\d$")
"""A title in capitals of five words or more ending with its year (``LỊCH TIẾP NHẬN HỒ SƠ
KHEN THƯỞNG NĂM 2017``): what a signature never prints."""
_NEW_TITLE = re.compile(r"[ \t]*(?:$|về[ \t]|V/v[ \t]|số[ \t])", re.IGNORECASE)
"""What follows a kind name that opens a title (``Thông báo về ...``, ``Quyết định số``)."""
_MARK_STARTS = frozenset("KTQ")
"""The letters a signing mark (``KT.``, ``TM.``, ``TL.``, ``TUQ.``, ``Q.``, ``K/T``) opens with."""
_CONTACT_FIELDS = {
    "địa chỉ": "address",
    "điện thoại": "phone",
    "đt": "phone",
    "fax": "fax",
    "email": "email",
    "e-mail": "email",
    "website": "website",
    "web": "website",
}


@attrs.define
class Printing:
    """The footer's lines as printed: each signing mark, Nơi nhận item (bullet and final
    punctuation kept), the Lưu line, and the lines of the appendix headers."""

    marks: list[str] = attrs.field(factory=list)
    items: list[str] = attrs.field(factory=list)
    archive: str | None = None
    appendices: list[str] = attrs.field(factory=list)


@attrs.define
class Footer:
    signatures: list[SignatureBlock] = attrs.field(factory=list)
    distribution: list[Recipient] = attrs.field(factory=list)
    archive: ArchiveLine | None = None
    drafter: DrafterMark | None = None
    contact: Contact | None = None
    appendices: list[Appendix] = attrs.field(factory=list)
    attached: int | None = None
    """Index of the first line of a document attached after the signature, if any."""
    printed: Printing = attrs.field(factory=Printing)
    """The lines as printed that the components above were read from."""


def footer_start(lines: list[Line], start: int) -> int:
    """Index of the first footer line in ``lines[start:]`` (``len(lines)`` if none)."""
    noi = next((i for i in range(start, len(lines)) if NOI_NHAN.match(lines[i].text)), None)
    close = next(
        (
            i
            for i in range(start, noi if noi is not None else len(lines))
            if _closes(lines, i, start)
        ),
        None,
    )
    candidate = close + 1 if close is not None else (noi if noi is not None else None)
    if candidate is not None and candidate == noi:
        candidate = _items_above(lines, start, noi)
    if candidate is None:
        headless = _headless_list(lines, start)
        candidate = min(
            _signature_block(lines, start),
            len(lines) if headless is None else headless,
            _dated_signature(lines, start),
        )
    index = candidate - 1
    signature_lines = 0
    while index >= start and (
        not lines[index].text
        or is_signature_line(lines[index].text)
        or plain_title(lines[index].text)
    ):
        signature_lines += bool(lines[index].text)
        index -= 1
    return index + 1 if signature_lines else candidate


def _items_above(lines: list[Line], start: int, noi: int) -> int:
    """Where the list begins when its items stand above its heading, the Lưu line last
    (``- Như Điều 3;`` / ... / ``- Lưu: VT, VP.`` / ``Nơi nhận: KT. BỘ TRƯỞNG``): OCR of
    a page's two columns wrote the list's small print before the heading beside the
    signature.  ``noi`` (the heading) when no archive line stands right above it."""
    above = [i for i in range(start, noi) if lines[i].text]
    if not above or read_archive(lines[above[-1]].text) is None:
        return noi
    first = noi
    for index in reversed(above):
        if not BULLET.match(lines[index].text):
            break
        first = index
    return first


_ITEM_DASH = re.compile(rf"(?:{BULLET.pattern}|[~¬][ \t]*(?=[^\W\d_]))")
"""An item's dash, or the tilde a scan reads for it (``~ Sở Y tế;``)."""
_HEADLESS_ARCHIVE = re.compile(rf"(?:[-–—+•~¬_][ \t]*)*{ARCHIVE_LEAD}")
_HEADLESS_ITEMS = 2  # dashed items above an archive line whose list lost its heading
_SPECK_LINE = 6  # characters of a line a seal or a stain leaves between the items


_MAX_DATELINE = 70  # characters of a place-and-date line standing alone
_PLACE = 30  # characters of the place before its date, the comma after it
_DATED_REACH = 4  # lines from a place-and-date line to the signer's name, at most
_STACK_LINE = 60  # characters of a signature line between them


def _dated_signature(lines: list[Line], start: int) -> int:
    """Without ``./.``, ``Nơi nhận`` nor a mark: the place-and-date line the signature
    stands under, when the signer's name follows it within a few short lines (``Cần Thơ,
    ngày 17 tháng 8 năm 2020`` / ``P.Trưởng Bộ môn`` / ``Võ Huỳnh Trâm``, a notice typed
    without a header); ``len(lines)`` if none."""
    for index in range(start, len(lines)):
        text = squash(lines[index].text)
        if not text[:1].isupper() or len(text) > _MAX_DATELINE:
            continue
        dated = find_dateline(text)
        place = text[: dated.start].rstrip() if dated is not None else ""
        if not place.endswith(",") or len(place) > _PLACE:  # "Cần thơ, ngày ...": its place
            continue
        below = [squash(line.text) for line in lines[index + 1 :] if line.text][:_DATED_REACH]
        for text in below:
            if is_name(text):
                return index
            if len(text) > _STACK_LINE or text.endswith((".", ";", ":")):
                break
    return len(lines)


def _headless_list(lines: list[Line], start: int) -> int | None:
    """Where a Nơi nhận list whose heading a scan lost begins: the dashed items (two at
    least, half of them ending as items end) right above its archive line (``~ Bộ Giáo dục và Đào tạo;`` / ... / ``- Lưu;
    VT, CTrTT.``), specks of the seal between them; ``None`` if no archive line closes
    dashed items after ``start``."""
    archive = next(
        (
            at
            for at in range(len(lines) - 1, start - 1, -1)
            if _HEADLESS_ARCHIVE.match(squash(lines[at].text))
        ),
        None,
    )
    if archive is None:
        return None
    first, items, ended = archive, 0, 0
    for at in range(archive - 1, start - 1, -1):
        text = squash(lines[at].text)
        if _ITEM_DASH.match(text):
            first, items, ended = at, items + 1, ended + text.endswith((";", ",", ".", ")"))
        elif text and len(text) > _SPECK_LINE and not is_noise(text):
            break
    # half the items at least end as items end: a list, not the signature column run
    # onto each of them (a page flattened by OCR, past reading without its heading)
    return first if items >= _HEADLESS_ITEMS and 2 * ended >= items else None


def _headless_heading(lines: list[Line], start: int, diagnostics: Diagnostics) -> int | None:
    """Where the footer's list opens without its heading (:func:`_headless_list`), said;
    ``None`` when a ``Nơi nhận`` heading is printed."""
    if any(NOI_NHAN.match(line.text) for line in lines[start:]):
        return None
    first = _headless_list(lines, start)
    if first is not None:
        diagnostics.info(
            lines[first].number,
            "distribution-heading-missing",
            "no Nơi nhận heading: the dashed items above the archive line read as the list",
        )
    return first


def _closes(lines: list[Line], index: int, start: int) -> bool:
    """Whether ``lines[index]`` ends with the closing mark ``./.`` (or ``/.``), not with a
    web address ending its sentence, on its line (``tại website:
    https://moitruongthudo.vn/.``) or cut on the line above it (``https://
    abc.vn/bai-12-refactor-code-`` / ``page-object-model/.``)."""
    text = lines[index].text.rstrip()
    if not text.endswith("/.") or _address(_last_word(text)):
        return False
    above = _last_word(next((line.text for line in reversed(lines[start:index]) if line.text), ""))
    return not (_address(above) and above.endswith(("-", "/", "_", ".")))


def _last_word(text: str) -> str:
    return text.rsplit(None, 1)[-1].casefold() if text.strip() else ""


def _address(word: str) -> bool:
    return "://" in word or word.startswith("www.")


def _signature_block(lines: list[Line], start: int) -> int:
    """Without ``./.`` or ``Nơi nhận``: the first mark line whose block (signature lines
    only) ends on the signer's name, else ``len(lines)``.  What a page prints after the
    signature (its own notice) is then no body text but what :func:`read_footer` says it
    dropped."""
    for index in range(start, len(lines)):
        if lines[index].text[:1] not in _MARK_STARTS or read_authority(lines[index].text) is None:
            continue
        seen = 0
        for later in range(index + 1, min(len(lines), index + 12)):
            text = lines[later].text
            if not text:
                continue
            if is_name(squash(text)):
                return index
            seen += 1
            if seen > 4 or not is_signature_line(text):
                break
    return len(lines)


def read_footer(
    lines: list[Line], start: int, diagnostics: Diagnostics, kinds: KindRegistry = KINDS
) -> Footer:
    """Read ``lines[start:]`` as the footer, up to an attached document (``kinds`` names
    the kinds whose title opens one)."""
    footer = Footer()
    reader = _ListReader(footer, diagnostics)
    signature_cells: list[tuple[int, str]] = []
    contact: dict[str, str] = {}
    appendix_from: int | None = None
    signed = False
    headless = _headless_heading(lines, start, diagnostics)
    for index in range(start, len(lines)):
        if index == headless:
            reader.heading_line = lines[index].number
        line = lines[index]
        if not line.text:
            continue
        flat = squash(line.text)
        if _APPENDIX.match(flat) and (footer.signatures or signature_cells or footer.distribution):
            appendix_from = index
            break
        listed = footer.archive is not None or footer.printed.archive is not None
        if (
            (signed or listed)
            and (
                opens_attached(line.text)
                or _attachment(line.text, signed, kinds)
                or _annex_opens(lines, index, signed=signed)
            )
        ) or ((signed or listed or signature_cells) and opens_table(lines, index)):
            begin = issuer_above(lines, index, start)
            if begin < index:  # its issuer above its banner: taken for the signature's
                signature_cells = [c for c in signature_cells if c[0] < lines[begin].number]
                index, line, flat = begin, lines[begin], squash(lines[begin].text)
            rest = sum(1 for later in lines[index:] if later.text)
            diagnostics.info(
                line.number,
                "attachment-skipped",
                f"{rest} line(s) after the signature not read as the footer: an attached"
                f" document or form ({flat[:40]!r})",
            )
            footer.attached = index
            break
        beside = False  # a cell right of the Nơi nhận heading: the signature column's
        for position, cell in enumerate(cells(line.text) or [flat]):
            read = [cell] if beside else reader.read(cell, line.number, right=position > 0)
            heading = NOI_NHAN.match(cell)
            beside = beside or (heading is not None and not heading["rest"].strip())
            for residue in read:
                contact_match = _CONTACT.fullmatch(residue)
                if contact_match is not None:
                    key = _CONTACT_FIELDS.get(contact_match["key"].casefold())
                    if key is not None:
                        contact.setdefault(key, contact_match["value"].strip())
                        continue
                signature_cells.append((line.number, residue))
                signed = signed or is_name(residue) or _signs(residue)
    _say_missing(footer, reader, lines, start, diagnostics)
    _say_doubtful(reader.raw, lines, start, diagnostics)
    for number, code in reader.file_codes:
        diagnostics.info(
            number, "archive-file-code", f"{code!r} in the archive line is a file code, not a unit"
        )
    signature_cells = _mend_titles(signature_cells, diagnostics)
    blocks, skipped = read_signatures([cell for _, cell in signature_cells])
    footer.signatures = blocks
    footer.printed.marks = mark_lines([cell for _, cell in signature_cells])
    footer.printed.items = [squash(item) for item in reader.raw if item != "."]
    where = {squash(cell): number for number, cell in reversed(signature_cells)}
    for text in skipped:
        diagnostics.info(
            where.get(text, 0), "line-skipped", f"footer text {text[:60]!r} was not read"
        )
    lost = next((text for text in skipped if _ARCHIVE_LIKE.match(text)), None)
    if lost is not None and footer.distribution and footer.archive is None:
        diagnostics.info(
            where.get(lost, 0),
            "archive-unreadable",
            f"{lost[:40]!r} may be the archive line (Lưu: VT, ...), past reading",
        )
    if contact:
        footer.contact = Contact(**contact)
    if appendix_from is not None:
        footer.appendices = _appendices(
            lines, appendix_from, diagnostics, footer.printed.appendices
        )
    return footer


def _mend_titles(cells: list[tuple[int, str]], diagnostics: Diagnostics) -> list[tuple[int, str]]:
    """The signature cells, a title OCR misread by a letter written as it is printed
    (``HỨ TRƯỞNG`` is ``THỨ TRƯỞNG``: :func:`mended_title`), each repair said; a mark
    line is left as it is."""
    mended: list[tuple[int, str]] = []
    for number, cell in cells:
        title = mended_title(cell) if read_authority(cell) is None else None
        if title is not None and title != known_title(cell):  # known_title's reading: kept
            diagnostics.info(number, "ocr-repaired", f"{cell!r} read as the title {title!r}")
            cell = title
        mended.append((number, cell))
    return mended


def _signs(cell: str) -> bool:
    """Whether ``cell`` is a whole signing cell run onto one line, ending on the signer's
    name (``KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn An``): a flattened row's signature."""
    if not cell[:1].isupper() or len(cell) > _MAX_SIGNING_CELL or " " not in cell:
        return False
    blocks, _ = read_signatures([cell])
    return len(blocks) == 1 and blocks[0].name is not None and blocks[0].title is not None


def _attachment(text: str, signed: bool, kinds: KindRegistry) -> bool:
    """Whether a line after the signature (or the archive line) opens something else than
    an attached instrument (:func:`opens_attached`): a title in capitals (``THÔNG BÁO
    ...``, ``DỰ THẢO``, one ending with its year), or, after the signer's name, running
    text (a receipt slip, a form)."""
    first = cells(text)
    head = first[0] if first else text
    if is_caps(head) and (
        kind_name_pattern(kinds=kinds).match(head) or DRAFT_MARK.fullmatch(fold(head))
    ):
        return True
    if signed and len(first) >= 3:
        return True  # a table's row: a signature has two columns at most
    if opens_addressees(head):
        return True  # a letter of its own opens: "Kính gửi: Quý Thành viên,"
    if _DATED_TITLE.search(head) and mostly_capitals(head) and not _names_office(head):
        return True  # "LỊCH TIẾP NHẬN HỒ SƠ NĂM 2017": a schedule's title, no signature's
    if signed and head[:1].isupper() and len(head) <= 160:
        kind = kind_name_pattern(kinds=kinds).match(head)
        if kind is not None and _NEW_TITLE.match(head[kind.end() :]):
            return True  # a title in lower case: "Thông báo về lưu trữ thông tin ..."
    if signed and _labelled_row(first):
        return True  # "Project | Hệ thống ứng dụng ...": a form's row after the signature
    return signed and len(first) == 1 and len(head) > 80 and not BULLET.match(head)


_ROW_TEXT = 60  # characters of running text in a form's row, at least
_ROW_LABEL = re.compile(r"[^\W\d_a-zà-ỹ][^\W\d_]*(?:[ \t][^\W\d_]+){0,2}")
"""A form's row label: up to three words, a capital first (``Project``, ``Mục tiêu``)."""


def _labelled_row(row: list[str]) -> bool:
    """Whether a line's two cells are a label and running text (``Project`` / ``Hệ thống
    ứng dụng phục vụ ...``): a form's row; a signature's cells are short, and a list's
    item beside it opens with its dash."""
    if len(row) != 2 or any(BULLET.match(cell) for cell in row):
        return False
    label, text = row
    words = text.split(None, 1)
    return (
        _ROW_LABEL.fullmatch(label) is not None
        and len(text) > _ROW_TEXT
        and starts_lower(words[-1])
    )


def _annex_opens(lines: list[Line], index: int, *, signed: bool) -> bool:
    """Whether an annex's title opens at ``index`` (:func:`_annex_title`): after the
    signer's name, or after the list when it is no signature line (``TỌA ĐỘ KHU VỰC MỎ
    ...,`` over ``(Phụ lục kèm theo Giấy phép ...)``, a licence whose signer's name a scan
    lost); a title in capitals there may be the signer's, above an annex with no name."""
    if not signed and is_signature_line(lines[index].text):
        return False
    return _annex_title(lines, index)


def _annex_title(lines: list[Line], index: int) -> bool:
    """Whether a line after the signer's name opens an annex that no ``PHỤ LỤC`` labels
    (``DANH SÁCH XÃ, PHƯỜNG ...`` / ``(Ban hành kèm theo Quyết định số ...)``): its title in
    capitals above the line that ties it to the instrument (that line itself opens an
    attached instrument: :func:`opens_attached`)."""
    if not is_caps(squash(lines[index].text)):
        return False
    following = (line.text for line in lines[index + 1 :] if line.text)
    return any(ties(squash(later)) for later in itertools.islice(following, _ANNEX_REACH))


def _say_missing(
    footer: Footer, reader: _ListReader, lines: list[Line], start: int, diagnostics: Diagnostics
) -> None:
    """Say that no Nơi nhận was found, rather than leave it empty unsaid: the list lost
    (its heading misread beyond repair) or never printed (a law prints none); or that its
    heading was found with nothing read under it (a scan's OCR lost the small print of
    its items and its Lưu line), which leaves the list unread, not empty."""
    if not lines or footer.distribution or footer.archive is not None:
        return
    if reader.heading_line is not None:
        diagnostics.warning(
            reader.heading_line,
            "distribution-unreadable",
            "a Nơi nhận heading with no item nor Lưu line read under it: the list is lost",
        )
        return
    where = lines[min(start, len(lines) - 1)].number
    diagnostics.info(where, "distribution-missing", "no Nơi nhận (distribution list) found")


def _say_doubtful(raw: list[str], lines: list[Line], start: int, diagnostics: Diagnostics) -> None:
    """Say that the Nơi nhận list is in doubt when many of its items read as body text
    (long, in lower case, holding a sentence's end): the lines of something else (an
    attached plan's dashed items) taken for the list.  The checker then keeps silent on
    its items rather than report each one."""
    items = [item for item in raw if item != "."]
    doubtful = sum(map(_reads_as_text, items))
    if doubtful >= _DOUBTFUL and doubtful * _DOUBTFUL_SHARE >= len(items):
        where = lines[min(start, len(lines) - 1)].number
        diagnostics.warning(
            where,
            "distribution-unreadable",
            f"{doubtful} of the {len(items)} Nơi nhận item(s) read as body text: the list"
            " is in doubt",
        )


def _reads_as_text(item: str) -> bool:
    """Whether a Nơi nhận item reads as a sentence of body text, not a recipient's name."""
    bullet = BULLET.match(item)
    bare = item[bullet.end() :] if bullet else item
    return (
        len(bare) > _MAX_LISTED
        or starts_lower(bare)
        or any(end[1].islower() and end[2].isupper() for end in _SENTENCE_END.finditer(bare))
    )


def _listed(cell: str) -> bool:
    """Whether a dashed line after the archive line is still plainly a Nơi nhận item (a
    list that prints ``Lưu`` before its last items, the Party's way): not body text, and
    ending as items end or short (``- Ban Giám đốc (để báo`` wrapped), not a heading."""
    end = cell.rstrip()[-1:]
    if _reads_as_text(cell) or end == ":":
        return False
    return end in ";.," or len(cell) <= _SHORT_ITEM


class _ListReader:
    """Reads the distribution list and the archive line cell by cell; gives back what is
    neither (the signature column, contact lines)."""

    def __init__(self, footer: Footer, diagnostics: Diagnostics) -> None:
        self.footer = footer
        self.diagnostics = diagnostics
        self.heading_line: int | None = None  # where the Nơi nhận heading was read
        self.raw: list[str] = []  # the items as printed, to join a wrapped one
        self.ends: set[str] = set()  # how the items ended so far (",", ";")
        self.file_codes: list[tuple[int, str]] = []
        self.archive_cut: str | None = None  # an archive line that may go on below
        self.closed = False  # a heading after the archive line opened another list
        self.lone_dash = False  # the line above was an item's dash alone
        self.link_cut = False  # the last item's dash stood alone: the page's links cut it
        self.line = 0  # the line of the cell being read
        self.apart = False  # a blank line above the cell

    @property
    def in_list(self) -> bool:
        """Whether the Nơi nhận heading has been read."""
        return self.heading_line is not None

    def read(self, cell: str, line: int, *, right: bool = False) -> list[str]:
        """``cell`` read into the list, or given back; a signature line ``right`` of another
        cell on its line never goes on with the item that cell holds (the item wraps below
        it: ``- Văn phòng Sở (để`` / ``TRƯỞNG ĐOÀN``)."""
        self.apart = self.line > 0 and line > self.line + 1
        self.line = line
        if self.archive_cut is not None and self._archive_goes_on(cell):
            return []
        numbered = self.in_list and self.footer.archive is None and cell[:1].isdigit()
        if numbered and (number := _ITEM_NUMBER.match(cell)):
            cell = "- " + cell[number.end() :]  # "1. Như trên;": a list numbered, not dashed
        heading = NOI_NHAN.match(cell)
        if heading is not None:
            self.heading_line = line if self.heading_line is None else self.heading_line
            cell = heading["rest"].strip()
            if not cell:
                return []
            specks = _LEADING_SPECKS.match(cell)
            marked = cell[specks.end() :] if specks else cell
            if marked != cell and read_authority(marked) is not None:
                return [marked]  # "Nơi nhận: —_ TL. ỦY BAN": the signature column, specks before
            signing = _comma_mark(marked)
            if signing is not None:
                return [signing]  # "Nơi nhận: + KT, CHỦ TỊCH": its stop read as a comma
            if not BULLET.match(cell) and not cell.endswith((";", ",")):
                return [cell]  # the signature column's first line, on the heading's line
        cell = self._label_read(self._dash_read(cell, line), line)
        lone, self.lone_dash = self.lone_dash, False
        if self.in_list and self.footer.archive is None and LONE_DASH.fullmatch(cell.strip()):
            self.lone_dash = True  # "- " / "Thủ tướng" / " Chính phủ" / ", các Phó ...;"
            return []
        if lone and not BULLET.match(cell):
            cell = f"- {cell}"
        caption = CAPTION_AFTER.search(cell) if ":" in cell[4:] else None
        if caption is not None and read_archive(cell[: caption.start() + 1]) is not None:
            self.diagnostics.info(
                line, "e-signature-removed", f"{caption.group()[1:41].strip()!r} after the archive"
            )
            cell = cell[: caption.start() + 1]  # "Lưu: VT, TH. Cơ quan: ...": the caption beside
        cell, residue = _archive_tail(cell)
        archive = read_archive(cell)
        if archive is not None:
            if self.footer.archive is None:
                if (archive[0] is None and not cell.rstrip().endswith(".")) or (
                    cell.rstrip().endswith(",") or _opened(cell)
                ):
                    self.archive_cut = cell  # "- Lưu:" / "VT, NC.", "- Lưu: VT," / "NC.",
                    # "- Lưu: VT, KTTH (" / "b).": the count left blank, split as a column;
                    # "- Lưu." ends the list: no unit below it
                self.footer.archive, drafter = archive
                self.footer.drafter = self.footer.drafter or drafter
                self.footer.printed.archive = squash(cell)
                code = archive_file_code(cell)
                if code is not None:
                    self.file_codes.append((line, code))
            self.raw.append(".")  # the list ended: nothing continues an item
            return residue
        if self.footer.archive is not None and cell.endswith(":") and not BULLET.match(cell):
            self.closed = True  # "Đính kèm:", "Tài liệu kèm theo:": a list of something else
        if BULLET.match(cell):
            if self.footer.archive is not None and (self.closed or not _listed(cell)):
                return [cell]  # after "Lưu:", a dashed line of what follows: no item
            residue = self._items(cell)
            self.link_cut = lone
            return residue
        if self._unpurposed() and is_purpose(cell):
            return self._purpose_after(cell)
        if self.in_list and not (right and is_signature_line(cell)) and self._continues(cell):
            glue = "" if cell[:1] in ",;.)" else " "  # ", tiêu cực;" after a link's line
            first, *others = JOINED_ITEMS.split(f"{self.raw[-1]}{glue}{cell}")
            item, residue = _cut_residue(first) if not others else (first, [])
            recipient = self._recipient(item)
            if recipient is not None:
                self.raw[-1] = item
                self.footer.distribution[-1] = recipient
            return residue + self._items(" ".join(others)) if others else residue
        if self.in_list and self._unmarked_item(cell):
            return self._items(cell)
        return [cell]

    def _unpurposed(self) -> bool:
        """Whether the list's last item is open to a purpose: read, with none of its own."""
        return (
            self.in_list
            and self.raw[-1:] != ["."]
            and bool(self.footer.distribution)
            and self.footer.distribution[-1].purpose is None
        )

    def _purpose_after(self, cell: str) -> list[str]:
        """The last item with ``cell``, a purpose alone in parentheses, after it: the item's,
        printed past its end (``- Thành đoàn;`` / ``(để b/c)``, in a column of its own on
        a PDF's line); never an item, nor the signature's."""
        recipient = self._recipient(f"{self.raw[-1]} {cell}")
        if recipient is None or recipient.purpose is None:
            return [cell]
        self.raw[-1] = f"{self.raw[-1]} {cell}"
        self.footer.distribution[-1] = recipient
        return []

    def _recipient(self, item: str) -> Recipient | None:
        """An item's recipient, its abbreviated purpose mended where a scan damaged it
        (``(đề p⁄h)``), said."""
        recipient = read_recipient(item)
        if recipient is None or recipient.purpose is None:
            return recipient
        purpose = mend_purpose(recipient.purpose)
        if purpose == recipient.purpose:
            return recipient
        self.diagnostics.info(
            self.line, "ocr-repaired", f"purpose {recipient.purpose!r} read as {purpose!r}"
        )
        return attrs.evolve(recipient, purpose=purpose)

    def _dash_read(self, cell: str, line: int) -> str:
        """An item whose dash a scan damaged (``__ ~BTT Ủy ban MTTQ tỉnh;``, ``._ - Các
        tổ chức``): specks OCR reads for the dash, then a capital, in the list."""
        if not self.in_list or self.footer.archive is not None or BULLET.match(cell):
            return cell
        damaged = _DAMAGED_DASH.match(cell) or _SPECK_DASH.match(cell)
        if damaged is None or not cell[damaged.end() : damaged.end() + 1].isupper():
            return cell
        rest = cell[damaged.end() :]
        item = rest.split(";", 1)[0]
        if read_archive(rest) is not None:
            pass  # "' - Lưu VP. &/ \Ø": the archive line, seal strokes after its stop
        elif (
            _STRAY_SIGN.search(item) or is_noise(item) or (item == rest and is_signature_line(item))
        ):
            return cell  # the signature column (``KT. CHÁNH VĂN PHÒNG``) or seal strokes
        self.diagnostics.info(line, "ocr-repaired", f"{damaged.group()!r} read as a list's dash")
        return "- " + cell[damaged.end() :]

    def _label_read(self, cell: str, line: int) -> str:
        """An archive line whose ``Lưu`` OCR damaged (``- Ltru: VT, ĐT.``): a word of two
        to four letters opening with an L, its colon, then ``VT``, the registry office
        every archive line names first."""
        damaged = _DAMAGED_ARCHIVE.match(cell) if self.footer.archive is None else None
        if damaged is None or fold(damaged["label"]) == fold(LABEL_WORD):
            return cell
        self.diagnostics.info(line, "ocr-repaired", f"{damaged['label']!r} read as {LABEL_WORD!r}")
        return f"{damaged['bullet'] or ''}{LABEL_WORD}{cell[damaged.end('label') :]}"

    def _archive_goes_on(self, cell: str) -> bool:
        """Whether ``cell`` is the rest of the archive line above (wrapped by a narrow
        cell after its label, a comma or a parenthesis it opened): if so, the line is read
        again whole."""
        head, self.archive_cut = self.archive_cut or "", None
        if len(cell) > 60 or is_name(cell) or read_authority(cell) is not None:
            return False
        if _names_office(cell) or known_title(cell) is not None:
            return False  # the signature column beside it: "PHÓ CHỦ TỊCH"
        merged = read_archive(f"{head} {cell}")
        if merged is None or merged[0] is None:
            return False
        self.footer.archive, drafter = merged
        self.footer.drafter = drafter or self.footer.drafter
        self.footer.printed.archive = squash(f"{head} {cell}")
        return True

    def _continues(self, cell: str) -> bool:
        """A line that goes on with the item above: after a comma, or after an item
        without final punctuation when it starts in lower case or with a parenthesis."""
        if not self.raw or not self.footer.distribution or len(self.raw[-1]) > _MAX_ITEM:
            return False
        if _speck_line(cell, apart=self.apart):
            return False  # "Kông", "\&" between the items: what a seal left, no item's end
        last = self.raw[-1].rstrip()
        if last.endswith(","):
            return not is_signature_line(cell) or starts_lower(cell)
        if _ENUMERATES.search(last) and not is_signature_line(cell):
            return True  # "- Các sở: TC; XD; CT;" / "VH,TT&DL; YT;": its units, wrapped
        if last.endswith(":"):
            return not is_signature_line(cell)  # "- VPCP: ..., các Vụ, Cục:" / "NC, KGVX;"
        open_parenthesis = last.rfind("(") > last.rfind(")")
        if last.endswith(";") or (last.endswith(".") and not open_parenthesis):
            return False
        if starts_lower(cell) or cell.startswith("(") or open_parenthesis:
            return True  # "- Công ty X (120" / "Hoàng Hoa Thám, ...);", "(số 12, TP." / "Hồ
            # Chí Minh);": a parenthesis open, whatever stray one closed before it
        # "- Các tỉnh ủy, ... trực thuộc" / "Trung ương,": the line ends the item as the
        # list's items end; before any item has ended (the first item wrapped: "- Như" /
        # "Điều 3;"), as an item of a dashed list ends
        if self.ends:
            ends = tuple(self.ends) if len(self.ends) == 1 else ()
        else:
            ends = (";", ",") if BULLET.match(self.raw[-1]) else ()
        if bool(ends) and cell.rstrip().endswith(ends) and not is_name(cell):
            return True
        # a dashed list whose items end with ";", cut mid-item at each of a page's links
        # ("- Ban" / "Chỉ đạo" / "Trung ương về phòng, chống tham" / "nhũng" / ", tiêu cực;"),
        # or an item whose dash a link left alone on its line: a line without a dash goes on
        # with the item the dash opened
        return (
            (self.ends == {";"} or self.link_cut)
            and BULLET.match(self.raw[-1]) is not None
            and len(cell) <= _LINK_PIECE
            and not is_signature_line(cell)
        )

    def _unmarked_item(self, cell: str) -> bool:
        """An item printed without its dash: after an item that ended with ``;`` (or
        before any), a line ending like an item or that names no office."""
        if self.footer.archive is not None or is_noise(cell):
            return False
        if is_name(cell) or read_authority(cell) is not None or known_title(cell) is not None:
            return False
        if cell.rstrip().endswith((";", ",")) and not read_authority(cell):
            return True
        last = self.raw[-1].rstrip() if self.raw else ";"
        # after an item that ended with ";", or that lost its end where the list's items
        # end with ";" (a page cut at the right margin)
        after_item = last.endswith(";") or (last[-1:] not in ",.:" and self.ends == {";"})
        if not after_item or not cell[:1].isupper() or len(cell) > 120:
            return False
        return not is_signature_line(cell) or not _names_office(cell)

    def _items(self, cell: str) -> list[str]:
        """One or more items (``- A, - B,`` on one line), and what stands after the last
        one on its line (the signature column OCR joined to it)."""
        pieces = [
            piece for part in JOINED_ITEMS.split(cell) for piece in _ARCHIVE_JOINED.split(part)
        ]
        residue: list[str] = []
        for number, piece in enumerate(pieces):
            if number == len(pieces) - 1:
                piece, residue = _cut_residue(piece)
            bullet = BULLET.match(piece)
            if _noise(piece[bullet.end() :] if bullet else piece):
                residue.insert(0, piece)  # "…; - Ý6/RƯỜNề`", "·� £)A I": seal strokes
                continue  # after an item or a speck taken for a bullet, never an item
            piece, signed = _archive_tail(piece)
            residue = signed + residue
            archive = read_archive(piece)
            if archive is not None:
                if self.footer.archive is None:
                    self.footer.archive, drafter = archive
                    self.footer.drafter = self.footer.drafter or drafter
                    self.footer.printed.archive = squash(piece)
                continue
            recipient = self._recipient(piece)
            if recipient is not None:
                if self.raw and self.raw[-1].rstrip()[-1:] in (",", ";"):
                    self.ends.add(self.raw[-1].rstrip()[-1])
                self.footer.distribution.append(recipient)
                self.raw.append(piece)
        return residue


_LEADING_SPECKS = re.compile(r"[\W_]+")
"""Signs before the first word of a line (a rule's end, a seal's speck read as a dash),
matched at its start: the signs inside a mark are printed (``T/M``, ``KT.``)."""
_DAMAGED_DASH = re.compile(r"[_~=«»¬^`.'](?:[ \t]*[_~=«»¬^`.'])*[ \t]*(?:[-–—][ \t]*)?")
"""What a scan leaves of an item's dash: underscores, tildes, guillemets, a dot before them."""
_SPECK_DASH = re.compile(r"[^\w\s]?[^\d\s][ \t]+[-–—+•][ \t]*")
"""A speck of a seal or a rule OCR read before an item's dash, one or two signs or a
letter and a space before it (``ị - Ngân hàng ...;``, ``: - Văn phòng ...;``)."""
_ARCHIVE_JOINED = re.compile(rf"(?<=\.)[ \t]+(?=[-–+•][ \t]*{ARCHIVE_LEAD})")
"""Where a list run onto one line meets its archive line after an item that ended with a
full stop (``... các Vụ: TH, KGVX. - Lưu: VT, TH``): the stop is the item's defect, the
archive line is still its own."""
_DAMAGED_ARCHIVE = re.compile(
    rf"(?P<bullet>[-–+•][ \t]*)?(?P<label>{DAMAGED_LABEL})[ \t]*:[ \t]*(?={CLERKS})"
)
"""An archive line's label OCR damaged (``Ltru``, ``Lim``), before its colon and ``VT``."""
_ARCHIVE_LIKE = re.compile(
    r"(?:[-–+•][ \t]*)?[^\W\d_]{2,4}[ \t]*:[ \t]*V[^\W\d_]\b"
    rf"|.{{0,16}}?(?<![^\W\d_]){DAMAGED_LABEL}[ \t]*[:;.]?[ \t]*V[^\W\d_]?(?![^\W\d_])"
)
"""What a scan may have made of the archive line the list misses: a short word, its colon,
then two capitals opening with V where ``VT`` stands (``sưu: VI. VP``); or, its colon lost
too, after specks, a word of two to four letters opening with an L, then a V alone or with
one letter (``có x lau Vi CGIĐÓN``, ``lưu VI NĐ``). Not read, said."""
_STRAY_SIGN = re.compile(r"[^\w \t,;.:()/&'\"%+–-]")
"""A sign no recipient's name holds (``°``, ``=``, ``~``, ``«``): seal strokes read by OCR."""
_ARCHIVE_TAIL = re.compile(r"[).][ \t]+(?P<tail>[^\W\d_][^()]{2,80})$")
_ITEM_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+(?=[^\W\d_])")
_MAX_LISTED = 150  # characters of a recipient's item: longer, it reads as body text
_SENTENCE_END = re.compile(r"([^\W\d_]{2})\.[ \t]+([^\W\d_])")
"""A sentence's end inside an item, a word in lower case before it and a capital after it
(``... xuất khẩu. Quản lý ...``); ``TT. Tỉnh ủy`` is an abbreviation's dot."""
_SHORT_ITEM = 40  # characters of an item wrapped before its end, at most
_DOUBTFUL = 3  # items reading as body text that put a list in doubt, at least
_DOUBTFUL_SHARE = 4  # and at least one item in this many
_MAX_ITEM = 600  # a distribution item is a line or two: longer, nothing continues it
_LINK_PIECE = 60  # the most of an item a page's link cuts onto a line of its own
_ITEM_END = re.compile(r";[ \t]+(?=\S)")
_MARK_AFTER_ITEM = re.compile(rf"[,;][ \t]+(?:{MARK_WORDS})[.,][ \t]*\w.*$")
"""A signing mark and its title OCR ran onto an item beside them (``- Như trên, KT,
CHỦ TỊCH``): the signature column's, not the item's."""
_COMMA_MARK = re.compile(rf"(?P<mark>{MARK_WORDS})[.,][ \t]*(?P<title>\w.*)")


def _comma_mark(text: str) -> str | None:
    """A signing mark and one of the titles most signers hold, its stop perhaps read by
    OCR as a comma (``KT, CHỦ TỊCH``), as printed (``KT. CHỦ TỊCH``); ``None`` if
    ``text`` is none."""
    marked = _COMMA_MARK.fullmatch(text)
    if marked is None:
        return None
    title = marked["title"].rstrip(" .,")
    if known_title(title) is None:
        return None  # "..., KT, TTPVHCC;": the unit KT (Kinh tế) in a list of units
    signing = f"{marked['mark']}. {title}"
    return signing if read_authority(signing) is not None else None


_WEB_ADDRESS = re.compile(r"://|\.(?:vn|com|net|org|gov|edu|info)(?:/|$)")
"""What ends a word that is a web address (its domain), or opens its path."""
_ENUMERATES = re.compile(r"^[-–+•].{0,80}:[^:;]{1,30};[ \t]+[^:]*;$")
"""An item that lists units after its colon, ``;`` between them (``- Các sở: TC; XD;``):
its ``;`` at the line's end may part two of them, not end the item."""
_NOISY_TAIL = re.compile(r"(?::|\)[,.]?)[ \t]+(?=\S)")
"""Where an item may end before seal noise: after its list's colon, after its purpose."""
_REAL_WORD = re.compile(r"[^\W\d_]{2,}")
_RECIPIENT_WORDS = 3  # words of a second recipient run on after an item's end


def _noise(item: str) -> bool:
    """Whether an item is seal strokes OCR read, its web addresses aside (``Đăng web, trang
    sv.abc.edu.vn``: a domain's parts are no words, yet no noise)."""
    if "." not in item:
        return is_noise(item)
    words = [word for word in item.split() if not _WEB_ADDRESS.search(word.rstrip(";,."))]
    return bool(words) and is_noise(" ".join(words))


def _speck_line(cell: str, *, apart: bool) -> bool:
    """Whether a line under an item is a speck a seal or a stain left: no letter nor
    figure, other than an item's end (``\\&``), or, set apart by a blank line, one word
    with a capital and no punctuation after it (``Kông``); a page's link cuts an item
    into such words (``- Hội đồng`` / ``Ủy`` / ``ban ...;``), on the lines right below."""
    if not any(char.isalnum() for char in cell):
        return bool(cell.strip(" \t;,.:)"))
    return apart and " " not in cell.strip() and cell[:1].isupper() and cell[-1:].isalpha()


_NAME_AFTER_COLON = re.compile(r":[ \t]+(?P<name>[^:;,.()]+)$")


def _name_after_item(item: str) -> tuple[str, list[str]] | None:
    """An item and the signer's name OCR ran onto it after the colon it read for the item's
    ``;`` (``~ Trang TTĐT Sứ: Tê Thị Bích Thuận``): a name in full, nothing after it."""
    match = _NAME_AFTER_COLON.search(item)
    if match is None:
        return None
    name = match["name"].strip()
    if not is_full_name(name):
        return None
    return item[: match.start() + 1], [name]


def _cut_residue(item: str) -> tuple[str, list[str]]:
    """An item and what OCR joined after it from the signature column (``- Như trên;
    KT. CHỦ TỊCH``): the text after the item's ``;``, unless it reads as a second item
    (``- TT Tỉnh ủy; TT HĐND tỉnh;``); without a ``;``, a known title in capitals after
    its words (``- Các phòng ở cơ sở TRƯỞNG BAN``)."""
    named = _name_after_item(item)
    if named is not None:
        return named
    marked = _MARK_AFTER_ITEM.search(item)
    if marked is not None and (signing := _comma_mark(item[marked.start() + 1 :].strip())):
        # the item's ";" kept, as printed
        return item[: marked.start() + (item[marked.start()] == ";")], [signing]
    match = _ITEM_END.search(item)
    title = title_after_item(item) if match is None else None
    if title is not None:
        return item[:title].rstrip(" \t:"), [item[title:].rstrip(" \t,.")]
    match = match or _NOISY_TAIL.search(item)
    if match is None:
        return item, []
    rest = item[match.end() :].strip()
    if match.group()[0] in ":)" and not is_noise(rest):
        return item, []  # "VPUB: CVP, PCVP": the colon heads the item's list
    if is_purpose(rest):
        return item, []  # "- Bộ Tài chính; (Báo cáo)": its purpose after its end
    if match.group() != ":" and opens_with_title(rest):
        return item[: match.start() + 1], [rest]  # "- Như trên; VỤ TRƯỞNG VỤ KHOA HỌC,"
    if _second_recipient(rest):
        return item, []  # "- Công báo; Cổng thông tin điện tử Bộ" / "Tư pháp;": wrapped
    if (
        rest.endswith((";", ","))
        and len(_REAL_WORD.findall(rest)) >= (1 if rest.endswith(";") else 2)
        and not is_noise(rest)
        and _STRAY_SIGN.search(rest) is None
        and not read_authority(rest)
    ):
        return item, []  # two items on one line, kept as printed ("TT DVSNC; TTPVHCC;")
    return item[: match.start() + 1], [rest]


def _second_recipient(rest: str) -> bool:
    """Whether what follows an item's ``;`` on its line is a second recipient under the
    same dash (the line wraps before its end), not the signature column beside the list:
    words mostly in lower case, no title, name, authority or seal noise."""
    return (
        len(_REAL_WORD.findall(rest)) >= _RECIPIENT_WORDS
        and sum(map(str.islower, rest)) >= 2 * sum(map(str.isupper, rest))
        and rest[:1].isupper()
        and not is_name(rest)
        and not is_signature_line(rest)
        and not is_noise(rest)
        and not read_authority(rest)
    )


_NAME_UNIT = re.compile(r",[ \t]*(?:[^\w\s][ \t]*)?(?P<name>[^\W\d_][^,()]+?)[ \t.]*$")
"""The last unit of an archive line, a speck of the seal perhaps before it."""


def _name_after_archive(cell: str) -> tuple[str, list[str]] | None:
    """An archive line and the signer's name a flattened page ran on after its last
    comma (``Lưu: HS, VT, ¬ Nguyễn Văn Thuấn``): a name in full, which no unit is."""
    match = _NAME_UNIT.search(cell)
    if match is None or read_archive(cell) is None:
        return None
    name = match["name"]
    if not is_full_name(name) or _names_office(name):
        return None
    return cell[: match.start()], [name]


def _archive_tail(cell: str) -> tuple[str, list[str]]:
    """An archive line and the signature joined after it on its line, by OCR (``Lưu: VT,
    NC (ab55) CHỦ TỊCH UBND TỈNH``) or a crawl that ran the footer together (``Lưu: VT,
    TCBC. GIÁM ĐỐC Nguyễn Văn Hải``): the title in capitals, then the signer's name."""
    named = _name_after_archive(cell)
    if named is not None:
        return named
    if "(" not in cell and "." not in cell:
        return cell, []
    tail = _ARCHIVE_TAIL.search(cell)
    if tail is None or read_archive(cell) is None:
        return cell, []
    words = tail["tail"].split()
    caps = next((i for i, word in enumerate(words) if not is_caps(word)), len(words))
    title, name = " ".join(words[:caps]), " ".join(words[caps:])
    if not title and is_full_name(name):
        return cell[: tail.start() + 1], [name]  # "Lưu: VT, TH. Lê Văn An": the name alone
    if not title or not _names_office(title) or (name and not is_name(name)):
        return cell, []
    return cell[: tail.start() + 1], [title, name] if name else [title]


def _opened(cell: str) -> bool:
    """Whether ``cell`` leaves a parenthesis open (``KTTH (`` before a blank copy count)."""
    return cell.count("(") > cell.count(")")


def _names_office(cell: str) -> bool:
    return names_office(fold(cell))


def _attached_line(lines: list[Line], index: int, text: str) -> tuple[str, int]:
    """The line tying an appendix to its instrument (``text``, as read at ``index``), with
    the lines it wraps onto while its parenthesis is open (a page's links cut it: ``(Ban
    hành kèm theo Thông tư số`` / ``09`` / ``/2026/TT-BXD ngày ...`` / ``của Bộ trưởng)``),
    or printed without parentheses, onto the lines that go on in lower case (``Kèm theo
    Quyết định số ... ngày ...`` / ``của Ủy ban nhân dân tỉnh``), and the index after it."""
    after = index + 1
    if "(" not in text and ")" not in text:
        return _wrapped_tie(lines, index, text)
    if "(" not in text or ")" in text:
        return text, after
    joined = text
    for later in range(index + 1, min(len(lines), index + 1 + _TIE_PIECES)):
        piece = squash(lines[later].text)
        if not piece or len(joined) + len(piece) > _MAX_TIE:
            break
        glue = "" if joined.endswith("/") or piece.startswith(("/", ")", ",")) else " "
        joined = f"{joined}{glue}{piece}"
        if ")" in piece:
            return joined, later + 1
    return text, after


def _wrapped_tie(lines: list[Line], index: int, text: str) -> tuple[str, int]:
    """A tie printed without parentheses (``text`` at ``index``) and the lines below that
    go on with it, each opening with a small letter (``của ...``); the content below an
    appendix's header opens with a capital, a figure or a label."""
    joined, after = text, index + 1
    while after < min(len(lines), index + 1 + _TIE_PIECES):
        piece = squash(lines[after].text)
        if not piece.lstrip(TIE_MARKUP)[:1].islower() or len(joined) + len(piece) > _MAX_TIE:
            break
        joined, after = f"{joined} {piece}", after + 1
    return joined, after


def _appendices(
    lines: list[Line], start: int, diagnostics: Diagnostics, printed: list[str]
) -> list[Appendix]:
    """The appendices' labels and titles; their header lines as printed (label, title, the
    line tying it to the instrument) go to ``printed``.  A ``kèm theo`` line inside an
    appendix's content (a form's own header, a wrapped sentence) is no header's."""
    found: list[Appendix] = []
    content = 0
    index = start
    while index < len(lines):
        text = squash(lines[index].text)
        header = _appendix_header(lines, index) if text and _APPENDIX.match(text) else None
        if header is not None:
            title, tie, index = header
            found.append(Appendix(label=text, title=title))
            printed.extend(line for line in (text, title, tie) if line is not None)
            continue
        if text:
            content += 1
        index += 1
    if content:
        diagnostics.info(
            lines[start].number,
            "appendix-skipped",
            f"{content} line(s) of appendix content were not read",
        )
    return found


def _appendix_header(lines: list[Line], index: int) -> tuple[str | None, str | None, int] | None:
    """The title and the tie line of the appendix labelled at ``index``, and the index after
    its header; ``None`` when the label heads a part of some content (``PHẦN`` / ``PHỤ LỤC``
    / ``1. Phụ lục các kết quả ...`` in a form).  The title is its first line; the tie is
    looked for below it over the title's other lines (a title wraps over several), up to
    the content's first numbered item."""
    following = [
        i for i in range(index + 1, min(len(lines), index + _HEADER_REACH)) if lines[i].text
    ]
    title: str | None = None
    for position, at in enumerate(following):
        text = squash(lines[at].text)
        bare = text[m.end() :] if (m := BULLET.match(text)) is not None else text
        if ATTACHED_TO.match(bare):
            tie, after = _attached_line(lines, at, bare)
            return title, tie, after
        if _APPENDIX.match(text):
            break
        if position == 0:
            if LABEL.match(text):
                return None
            if len(text) <= 300:
                title = text
        elif LABEL.match(text) or len(text) > 300:
            break  # the content begins
    after = following[0] + 1 if title is not None else index + 1
    return title, None, after
