"""``render_text``: an instrument in the canonical text layout of NĐ 30 or HD 36.

The layout, top to bottom: the incoming stamp of a received copy; the banner and the
issuer block (state and legal documents: parent and issuer lines, then ``CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM`` / ``Độc lập - Tự do - Hạnh phúc``; Party documents: ``ĐẢNG CỘNG SẢN
VIỆT NAM``, then the issuer block and its ``*``); the number (``Số: 12/UBND-VX``, Party
``Số 15-CT/TU``); place and date; urgency, secrecy and circulation marks; the kind name in
capitals and the subject (a công văn whose subject opens with ``V/v`` has no kind line);
the addressees; the body (legal bases, background, the labelled task tree, closing items);
the distribution list and archive line; the signature blocks; contact details; appendix
headings.  Paragraphs are separated by a blank line.  Every identifier is printed by its
grammar (:mod:`vnadmin.grammar`), so :func:`~vnadmin.text.parse_text` reads it back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin._codec import UTF8, writer
from vnadmin._kinds import check_kinds
from vnadmin._walk import chain_names
from vnadmin.grammar.dates import format_date, format_long_date
from vnadmin.grammar.marks import HANDLING_MARKS, format_authority
from vnadmin.grammar.numbers import format_number
from vnadmin.grammar.recipients import format_archive
from vnadmin.grammar.subjects import is_vv_subject
from vnadmin.model import (
    KINDS,
    Instrument,
    KindRegistry,
    Regime,
    Task,
)
from vnadmin.text.semantics import split_actors
from vnadmin.text.vocabulary import PRINTED_PARTY_BANNER, PRINTED_STATE_BANNER

__all__ = ["CONTACT_LABELS", "UNLABELLED", "render_text"]

_BLANK_RUNS = re.compile(r"\n{3,}")
CONTACT_LABELS = (
    ("address", "Địa chỉ"),
    ("phone", "Điện thoại"),
    ("fax", "Fax"),
    ("email", "Email"),
    ("website", "Website"),
)
"""The contact details (NĐ 30 Phụ lục I, mục III.6) as they are printed: field, label."""


def _is_vv(subject: str | None) -> bool:
    return is_vv_subject(subject)


def _header(instrument: Instrument) -> Iterator[str]:
    stamp = instrument.incoming
    if stamp is not None:
        yield stamp.receiver
        yield f"ĐẾN Số: {stamp.number}"
        if stamp.date is not None:
            yield f"Ngày: {format_date(stamp.date)}"
        if stamp.routing is not None:
            yield f"Chuyển: {stamp.routing}"
        yield ""
    party = instrument.regime is Regime.PARTY
    if party:
        yield PRINTED_PARTY_BANNER
        yield from chain_names(instrument.issuer)
        yield "*"
    else:
        yield from chain_names(instrument.issuer)
        yield ""
        yield from PRINTED_STATE_BANNER
    yield ""
    if instrument.number is not None:
        yield ("Số " if party else "Số: ") + format_number(instrument.number)
    if instrument.date is not None:
        date = format_long_date(instrument.date)
        yield f"{instrument.place}, {date}" if instrument.place else date
    for mark in (instrument.urgency, instrument.secrecy, instrument.circulation):
        if mark is not None:
            yield HANDLING_MARKS[mark]
    yield ""
    kind, subject = instrument.kind, instrument.subject
    if kind is not None and not (kind.code == "cong-van" and _is_vv(subject)):
        yield kind.name.upper()
    if subject is not None:
        yield from subject.splitlines()
    yield ""


def _addressees(instrument: Instrument) -> Iterator[str]:
    names = [organization.name for organization in instrument.addressees]
    if not names:
        return
    if len(names) == 1 and split_actors(names[0]) == names:
        yield f"Kính gửi: {names[0]}."  # one addressee that reads as one on a line
    else:
        yield "Kính gửi:"
        for index, name in enumerate(names):
            yield f"- {name}{'.' if index == len(names) - 1 else ';'}"
    yield ""


UNLABELLED = ("-", "+", "•")
"""Bullets that print the unlabelled items of a task list, by depth (the layout has no
unlabelled list items: a paragraph without a label after the list is a closing item)."""


def _task(task: Task, depth: int | None) -> Iterator[str]:
    """Print a task; ``depth`` is ``None`` for closing items, which print unlabelled."""
    first, *rest = task.text.split("\n")
    label = task.label
    if label is None and depth is not None:
        label = UNLABELLED[min(depth, len(UNLABELLED) - 1)]
    yield f"{label} {first}" if label else first
    yield ""
    for paragraph in rest:
        yield paragraph
        yield ""
    for subtask in task.subtasks:
        yield from _task(subtask, None if depth is None else depth + 1)


def _body(instrument: Instrument) -> Iterator[str]:
    body = instrument.body
    for paragraph in (*body.preamble, *body.background):
        yield " ".join(paragraph.text.split())
        yield ""
    for task in body.tasks:
        yield from _task(task, 0)
    for task in body.closing:
        yield from _task(task, None)


def _footer(instrument: Instrument) -> Iterator[str]:
    entries = [
        f"- {r.name} ({r.purpose})" if r.purpose else f"- {r.name}" for r in instrument.distribution
    ]
    if entries or instrument.archive is not None:
        yield "Nơi nhận:"
        for index, entry in enumerate(entries):
            last = index == len(entries) - 1 and instrument.archive is None
            yield entry + ("." if last else ";")
        if instrument.archive is not None:
            yield f"- {format_archive(instrument.archive, instrument.drafter, instrument.regime)}"
        yield ""
    for block in instrument.signatures:
        for authority in block.authorities:
            yield format_authority(authority, instrument.regime)
        if block.title is not None:
            yield block.title
        yield ""
        if block.name is not None:
            yield block.name
            yield ""
    contact = instrument.contact
    if contact is not None:
        for field, label in CONTACT_LABELS:
            value = getattr(contact, field)
            if value is not None:
                yield f"{label}: {value}"
        yield ""
    for appendix in instrument.appendices:
        yield appendix.label
        if appendix.title is not None:
            yield appendix.title
        yield ""


@writer(UTF8)
def render_text(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> str:
    """The instrument as plain text in the canonical layout of its regime.

    :class:`~vnadmin.errors.UnregisteredKindError` for a kind (its own or a citation's)
    outside ``kinds``, which :func:`~vnadmin.text.parse_text` with the same ``kinds`` would
    not read back; :class:`~vnadmin.errors.EncodeError` if the task tree is nested too
    deeply to write."""
    check_kinds(instrument, kinds)
    lines = [
        *_header(instrument),
        *_addressees(instrument),
        *_body(instrument),
        *_footer(instrument),
    ]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
