"""``render_text``: an instrument in the canonical text layout of NĐ 30 or HD 36.

The lines whose print the rules check (banner, number, date line, marks, Nơi nhận,
appendix headers) are those
:func:`~vnadmin.grammar.printed.format_printed` gives the values, never
``Instrument.printed``: a rendering is canonical whatever the print it was read from.

The layout, top to bottom: the incoming stamp of a received copy; the banner and the
issuer block (state and legal documents: parent and issuer lines, then ``CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM`` / ``Độc lập - Tự do - Hạnh phúc``; Party documents: ``ĐẢNG CỘNG SẢN
VIỆT NAM``, then the issuer block and its ``*``); the number (``Số: 12/UBND-VX``, Party
``Số 15-CT/TU``); place and date; urgency, secrecy and circulation marks; the kind name in
capitals and the subject (a công văn whose subject opens with ``V/v`` has no kind line);
the addressees; the body (legal bases, background, a decision's ``QUYẾT ĐỊNH:``, the labelled
task tree, closing items);
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
from vnadmin.grammar.dates import format_date
from vnadmin.grammar.marks import format_authority
from vnadmin.grammar.printed import format_printed
from vnadmin.grammar.subjects import is_vv_subject
from vnadmin.model import (
    KINDS,
    Instrument,
    KindRegistry,
    Printed,
    Regime,
    Task,
)
from vnadmin.text.semantics import split_actors

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


def _header(instrument: Instrument, printed: Printed) -> Iterator[str]:
    stamp = instrument.incoming
    if stamp is not None:
        yield stamp.receiver
        yield f"ĐẾN Số: {stamp.number}"
        if stamp.date is not None:
            yield f"Ngày: {format_date(stamp.date)}"
        if stamp.routing is not None:
            yield f"Chuyển: {stamp.routing}"
        yield ""
    if instrument.regime is Regime.PARTY:
        yield from _present(printed.banner, *chain_names(instrument.issuer), printed.star)
    else:
        yield from chain_names(instrument.issuer)
        yield ""
        yield from _present(printed.banner, printed.motto)
    yield ""
    yield from _present(
        printed.number, printed.date, printed.urgency, printed.secrecy, printed.circulation
    )
    yield ""
    kind, subject = instrument.kind, instrument.subject
    if kind is not None and not (kind.code == "cong-van" and _is_vv(subject)):
        yield kind.name.upper()
    if subject is not None:
        yield from subject.splitlines()
    yield ""


def _present(*lines: str | None) -> Iterator[str]:
    return (line for line in lines if line is not None)


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


def _body(instrument: Instrument, printed: Printed) -> Iterator[str]:
    body = instrument.body
    for paragraph in (*body.preamble, *body.background):
        yield " ".join(paragraph.text.split())
        yield ""
    if printed.formula is not None:
        yield printed.formula
        yield ""
    for task in body.tasks:
        yield from _task(task, 0)
    for task in body.closing:
        yield from _task(task, None)


def _footer(instrument: Instrument, printed: Printed) -> Iterator[str]:
    if printed.distribution or printed.archive is not None:
        yield "Nơi nhận:"
        yield from _present(*printed.distribution, printed.archive)
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
    if printed.appendices:
        yield from printed.appendices
        yield ""


@writer(UTF8)
def render_text(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> str:
    """The instrument as plain text in the canonical layout of its regime.

    :class:`~vnadmin.errors.UnregisteredKindError` for a kind (its own or a citation's)
    outside ``kinds``, which :func:`~vnadmin.text.parse_text` with the same ``kinds`` would
    not read back; :class:`~vnadmin.errors.EncodeError` if the task tree is nested too
    deeply to write."""
    check_kinds(instrument, kinds)
    printed = format_printed(instrument)
    lines = [
        *_header(instrument, printed),
        *_addressees(instrument),
        *_body(instrument, printed),
        *_footer(instrument, printed),
    ]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"
