"""The presentation of a printed document: each component of the instrument found on the
page and measured.

A component is found by what it says, the instrument read telling what to look for: the
paragraph printing the issuer's name is the issuer, the one printing the number's symbol
after ``Số`` the number, the paragraphs after ``Nơi nhận`` the distribution list.  So the
measure works on any document, whoever laid it out.  What a component shows is measured
over the runs of its text (:class:`~vnadmin.presentation.Shown`); a rule under it is a
border under its paragraph or over the next, an empty paragraph bordered below, a drawn
line, or a run of underscores.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from vnadmin._walk import chain_names
from vnadmin.grammar.archive import LABEL_WORD
from vnadmin.grammar.dates import format_long_date
from vnadmin.grammar.marks import HANDLING_MARKS, format_authority
from vnadmin.grammar.numbers import format_symbol
from vnadmin.grammar.printed import ENACTING_FORMULAS
from vnadmin.model import Instrument
from vnadmin.normalize import fold
from vnadmin.pages.blocks import Block, Para, Table
from vnadmin.presentation import Column, Component, Page, Presentation, Shown
from vnadmin.text.render import CONTACT_LABELS
from vnadmin.text.vocabulary import PRINTED_PARTY_BANNER, PRINTED_STATE_BANNER

__all__ = ["measure"]

_RULE_TEXT = re.compile(r"[_\-–—=.·]{3,}")
_BULLET = ("-", "+", "•", "–")
_HEADER = frozenset(
    {
        Component.BANNER,
        Component.MOTTO,
        Component.NUMBER,
        Component.DATELINE,
        Component.KIND,
        Component.SUBJECT,
        Component.VV_SUBJECT,
        Component.ADDRESSEES,
    }
)
"""Components the body may follow."""
_FOOTER = frozenset({Component.AUTHORITY, Component.SIGNER, Component.DISTRIBUTION_HEADING})
"""Components that end the body."""


@attrs.frozen
class _Placed:
    """A paragraph, the next one in its container, and its place on the page."""

    para: Para
    following: Para | None
    column: Column | None
    in_table: bool


def measure(blocks: list[Block], pages: tuple[Page, ...], instrument: Instrument) -> Presentation:
    """What the page shows of each component of ``instrument``, and the paper."""
    placed = list(_placed(blocks))
    return Presentation(pages=pages, shown=tuple(_shown(placed, instrument)))


def _placed(
    blocks: list[Block], column: Column | None = None, in_table: bool = False
) -> Iterator[_Placed]:
    paragraphs = [b for b in blocks if isinstance(b, Para)]
    following: dict[int, Para | None] = {
        id(p): paragraphs[i + 1] if i + 1 < len(paragraphs) else None
        for i, p in enumerate(paragraphs)
    }
    for block in blocks:
        if isinstance(block, Para):
            yield _Placed(block, following[id(block)], column, in_table)
            continue
        if _is_stamp(block):
            continue  # the receiver's, not the document's
        for row in block.rows:
            for index, cell in enumerate(row):
                side = None
                if len(row) >= 2:
                    side = (
                        Column.LEFT
                        if index == 0
                        else Column.RIGHT
                        if index == len(row) - 1
                        else None
                    )
                yield from _placed(list(cell.blocks), side, True)


def _is_stamp(table: Table) -> bool:
    """A received copy's ``ĐẾN`` stamp: a table of one cell with a line opening ``ĐẾN``."""
    if len(table.rows) != 1 or len(table.rows[0]) != 1:
        return False
    paragraphs = [b for b in table.rows[0][0].blocks if isinstance(b, Para)]
    return any(fold(p.text).startswith("den ") for p in paragraphs)


_ARCHIVE_KEY = fold(LABEL_WORD)
"""The archive line's label as :func:`fold` leaves it: a Nơi nhận list goes on with it."""


def _key(text: str) -> str:
    """Text compared as a clerk reads it: no accents, case, dashes or spaces."""
    return re.sub(r"[\W_]+", "", fold(text))


def _shown(placed: list[_Placed], instrument: Instrument) -> Iterator[Shown]:
    """Each paragraph that prints a component, as the component it prints.

    The header's components are looked for until the body starts, the body's paragraphs
    are those outside tables between the header and the signature, and a list (``Kính
    gửi``, ``Nơi nhận``) goes on while its lines open with a dash or ``Lưu``."""
    wanted = _wanted(instrument)
    subject = _key(instrument.subject or "")
    banners = [p for p in placed if fold(p.para.text.strip()) == _PARTY]
    in_list: Component | None = None
    header, body = True, False
    for item in placed:
        text = item.para.text.strip()
        if not text:
            continue
        folded = fold(text)
        if in_list is not None and (text.startswith(_BULLET) or folded.startswith(_ARCHIVE_KEY)):
            component: Component | None = in_list
        else:
            component = _fixed(folded, text, item, banners)
            if component is None and header:
                component = _header_part(_key(text), folded, item, wanted, subject, instrument)
            if component is None:
                component = wanted.get(_key(text)) if not header else None
                if component not in _AFTER_BODY:
                    component = None
            if component is None and body and _key(text) in _FORMULAS:
                component = Component.KIND  # QUYẾT ĐỊNH: printed as the kind name is
            if component is None and _is_contact(folded):
                component = Component.CONTACT
            if component is None and body and not item.in_table:
                component = Component.BODY
        if component is None:
            in_list = None
            continue
        in_list = None if text.endswith(".") else _LISTS.get(component)  # its last line
        if component in _HEADER:
            body = True
        elif component in _FOOTER or component is Component.CONTACT:
            header = body = False
        if component is Component.BODY:
            header = False
        yield _measured(item, component)


_FORMULAS = frozenset(_key(formula) for formula in ENACTING_FORMULAS.values())
"""A decision's enacting formula, centred, bold, in capitals (mục II.6) as its kind name."""
_PARTY = fold(PRINTED_PARTY_BANNER)
_STATE = fold(PRINTED_STATE_BANNER[0])
_MOTTO = _key(PRINTED_STATE_BANNER[1])
_AFTER_BODY = frozenset({Component.AUTHORITY, Component.SIGNER, Component.APPENDIX})
_LISTS = {
    Component.ADDRESSEES: Component.ADDRESSEES,
    Component.DISTRIBUTION_HEADING: Component.DISTRIBUTION,
    Component.DISTRIBUTION: Component.DISTRIBUTION,
}


def _fixed(folded: str, text: str, item: _Placed, banners: list[_Placed]) -> Component | None:
    """The components printed in fixed words: the banner and motto, ``Kính gửi``, ``Nơi
    nhận``.  Of two lines printing the Party's name, the rightmost is the banner and the
    other a central Party body's parent line."""
    if folded.startswith(_STATE):
        return Component.BANNER
    if folded == _PARTY:
        return Component.BANNER if banners and item is banners[-1] else Component.PARENT
    if _key(text) == _MOTTO:
        return Component.MOTTO
    if folded.startswith(("kinh gui", "dong kinh gui")):
        return Component.ADDRESSEES
    if folded.startswith("noi nhan"):
        return Component.DISTRIBUTION_HEADING
    return None


def _header_part(
    key: str,
    folded: str,
    item: _Placed,
    wanted: dict[str, Component],
    subject: str,
    instrument: Instrument,
) -> Component | None:
    """A header component: one the instrument names, the number line, the subject."""
    if key in wanted:
        return wanted[key]
    if folded.startswith("so") and _numbered(key, instrument):
        return Component.NUMBER
    if _part_of(key, subject):
        return Component.VV_SUBJECT if item.column is Column.LEFT else Component.SUBJECT
    return None


def _wanted(instrument: Instrument) -> dict[str, Component]:
    """The text of each component the instrument prints in a paragraph of its own."""
    wanted: dict[str, Component] = {}
    names = chain_names(instrument.issuer)
    for index, name in enumerate(names):
        wanted[_key(name)] = Component.ISSUER if index == len(names) - 1 else Component.PARENT
    if instrument.kind is not None:
        wanted[_key(instrument.kind.name)] = Component.KIND
    if instrument.date is not None:
        date = format_long_date(instrument.date)
        wanted[_key(f"{instrument.place}, {date}" if instrument.place else date)] = (
            Component.DATELINE
        )
    for mark in (instrument.urgency, instrument.secrecy, instrument.circulation):
        if mark is not None:
            wanted[_key(HANDLING_MARKS[mark])] = Component.MARK
    for block in instrument.signatures:
        for authority in block.authorities:
            wanted[_key(format_authority(authority, instrument.regime))] = Component.AUTHORITY
        if block.title is not None:
            wanted.setdefault(_key(block.title), Component.AUTHORITY)
        if block.name is not None:
            wanted.setdefault(_key(block.name), Component.SIGNER)
    for appendix in instrument.appendices:
        wanted.setdefault(_key(appendix.label), Component.APPENDIX)
        if appendix.title is not None:
            wanted.setdefault(_key(appendix.title), Component.APPENDIX)
    wanted.pop("", None)
    return wanted


def _part_of(key: str, subject: str) -> bool:
    """A paragraph that prints the subject, or a line of it when it is printed over
    several paragraphs."""
    return bool(subject) and key in subject and (key == subject or len(key) >= 12)


def _numbered(key: str, instrument: Instrument) -> bool:
    number = instrument.number
    return number is not None and _key(format_symbol(number)) in key


def _is_contact(folded: str) -> bool:
    return any(folded.startswith(fold(label) + ":") for _, label in CONTACT_LABELS)


def _same(values: list[bool]) -> bool | None:
    if all(values):
        return True
    if not any(values):
        return False
    return None


def _measured(item: _Placed, component: Component) -> Shown:
    para = item.para
    runs = [run for run in para.runs if run.text.strip()]
    letters = [char for char in para.text if char.isalpha()]
    return Shown(
        component=component,
        text=" ".join(para.text.split())[:120].strip(),
        where=para.where,
        fonts=[run.font for run in runs if run.font is not None],
        sizes=[run.size for run in runs if run.size is not None],
        bold=_same([run.bold for run in runs]),
        italic=_same([run.italic for run in runs]),
        underline=_same([run.underline for run in runs]),
        caps=bool(letters) and all(char.isupper() for char in letters),
        alignment=para.alignment,
        column=item.column,
        rule_below=_ruled(item),
        spacing=para.spacing,
    )


def _ruled(item: _Placed) -> bool:
    """A horizontal rule under the paragraph: its bottom border or a line it draws, the
    next paragraph's top border, or a next paragraph that is only a rule."""
    para, following = item.para, item.following
    if para.border_below or para.line_shape:
        return True
    if following is None:
        return False
    if following.border_above or following.line_shape:
        return True
    text = following.text.strip()
    return (not text and following.border_below) or bool(_RULE_TEXT.fullmatch(text))
