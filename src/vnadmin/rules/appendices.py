"""Appendix rules (phụ lục): several appendices are numbered in Roman numerals, in order,
and each one's header repeats the number, date and issuer of the instrument it is attached
to (``(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của ...)``), as printed
(:attr:`Printed.appendices <vnadmin.model.Printed.appendices>`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.errors import GrammarError
from vnadmin.grammar.appendices import appendix_headers, left_blank, parse_attached_to
from vnadmin.grammar.labels import roman_value, to_roman
from vnadmin.grammar.numbers import format_number, format_symbol
from vnadmin.model import DocumentKind, DocumentNumber, PartialDate, Regime
from vnadmin.rules.kinds import consolidated
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]

_LABEL = re.compile(r"phụ\s+lục\s+(?P<numeral>[IVXLC]+)\.?", re.IGNORECASE)


@rule(
    "VN-APPX-001",
    Severity.WARNING,
    regimes={Regime.STATE, Regime.LEGAL},
    source="NĐ 30/2020 Phụ lục I, Phần II, mục I.1 (phụ lục)",
    summary="Two appendices or more are numbered Phụ lục I, II, ... in order",
    needs=("body",),
)
def appendix_numbers(context: Context) -> Iterator[Finding]:
    """The instrument's own appendices: a ``PHỤ LỤC`` heading inside a form an appendix
    annexes (untied after a tied appendix, or tied to the form's own document, ``(Kèm
    theo Báo cáo số … )``) is not one of them."""
    appendices = context.instrument.appendices
    own = _own_appendices(context)
    if len(own) < 2:
        return
    wrong = []
    for position, index in enumerate(own):
        label = appendices[index].label
        match = _LABEL.fullmatch(label.strip())
        value = None if match is None else roman_value(match["numeral"].upper())
        if value != position + 1:
            wrong.append((index, position, label))
    if wrong:  # one numbering chosen for all (PHỤ LỤC 1, 2, ...): one finding, at the first
        (index, position, label), others = wrong[0], len(wrong) - 1
        also = f" (and {others} other label(s))" if others else ""
        yield Finding(
            f"appendices[{index}].label",
            f"{label!r}{also}: appendix {position + 1} of {len(own)} is labelled"
            f" Phụ lục {to_roman(position + 1)}",
        )


def _own_appendices(context: Context) -> list[int]:
    """The indices of the instrument's own appendices (see :func:`appendix_numbers`), all of
    them when their printed headers are not known one for one."""
    appendices = context.instrument.appendices
    lines = context.printed.appendices if context.instrument.printed is not None else ()
    headers = _own_headers(lines, context.instrument.kind)
    if len(headers) != len(appendices):
        return list(range(len(appendices)))
    return [index for index, (_, _, own) in enumerate(headers) if own]


def _own_headers(
    lines: tuple[str, ...], kind: DocumentKind | None
) -> list[tuple[int, int | None, bool]]:
    """Each appendix header of ``lines`` (:func:`~vnadmin.grammar.appendices.appendix_headers`)
    and whether it heads one of the instrument's own appendices: not when its tie is a form's
    template (:func:`_a_template`), nor when it prints no tie after a tied appendix (a heading
    of the form that appendix annexes, a report's ``PHỤ LỤC``)."""
    found: list[tuple[int, int | None, bool]] = []
    tied = False  # whether an appendix before is tied to the instrument
    for label, attached in appendix_headers(lines):
        if attached is None:
            own = not tied
        else:
            own = not _a_template(lines[attached], kind)
            tied = tied or own
        found.append((label, attached, own))
    return found


@rule(
    "VN-APPX-002",
    Severity.WARNING,
    regimes={Regime.STATE, Regime.LEGAL},
    source="NĐ 30/2020 Phụ lục I, Phần I, mục III.1 (phụ lục: kèm theo văn bản số ... ngày ...)",
    summary="Each appendix's header repeats the number, date and issuer of the instrument it is"
    " attached to: (Kèm theo Quyết định số ... ngày ... của ...)",
    needs=("printed", "number"),
)
def appendix_attached_to(context: Context) -> Iterator[Finding]:
    """Not in a consolidated text (``81/VBHN-BNNMT``): its appendices are those of the
    instrument it consolidates, reproduced with their own tie to it, or none."""
    instrument = context.instrument
    number = instrument.number
    if number is None or consolidated(instrument):
        return
    lines = context.printed.appendices
    for label, attached, own in _own_headers(lines, instrument.kind):
        if not own:
            continue
        if attached is None:
            yield Finding(
                f"printed.appendices[{label}]",
                f"{lines[label]!r} does not say what it is attached to (Kèm theo ...)",
            )
            continue
        if left_blank(lines[attached]):
            continue  # VN-APPX-003
        problem = _attached_problem(lines[attached], instrument.date, number)
        if problem is not None:
            yield Finding(f"printed.appendices[{attached}]", problem)


@rule(
    "VN-APPX-003",
    Severity.INFO,
    regimes={Regime.STATE, Regime.LEGAL},
    source="NĐ 30/2020 Phụ lục I, Phần I, mục III.1; Điều 15 (số, thời gian ban hành cấp khi"
    " ban hành)",
    summary="An appendix's tie leaves the instrument's number or day blank (số /QĐ-UBND,"
    " ngày tháng): to be filled in when the instrument is numbered and dated at issue",
    needs=("printed", "number"),
    final_only=True,
)
def appendix_tie_blank(context: Context) -> Iterator[Finding]:
    """The registry gives the number and date at issue; a signing system prints them on the
    first page, and a tie typed before is often left blank: a clerk fills it in, but the
    appendix is still told apart by its place, so this is information, not a warning."""
    if context.instrument.number is None:
        return
    lines = context.printed.appendices
    for _, attached, own in _own_headers(lines, context.instrument.kind):
        if own and attached is not None and left_blank(lines[attached]):
            yield Finding(
                f"printed.appendices[{attached}]",
                f"{lines[attached]!r} leaves the number or the day blank: fill in"
                f" {format_number(context.instrument.number)} and its date",
            )


def _a_template(line: str, kind: DocumentKind | None) -> bool:
    """Whether ``line`` ties a form to a document of another kind yet to be made, its number
    left blank (``(Kèm theo Báo cáo số … /BC- … ngày …)`` in a thông tư's annexed form):
    the form's own template, not the tie of one of this instrument's appendices."""
    try:
        cited = parse_attached_to(line)
    except GrammarError:
        return False
    return (
        cited.number is None
        and cited.kind is not None
        and kind is not None
        and cited.kind.code != kind.code
    )


def _attached_problem(line: str, date: PartialDate | None, number: DocumentNumber) -> str | None:
    try:
        cited = parse_attached_to(line)
    except GrammarError:
        return f"{line!r} does not name the instrument by its number and date"
    if cited.number is None:
        return f"{line!r} does not repeat the instrument's number {format_number(number)}"
    same = (
        format_symbol(cited.number) == format_symbol(number)
        if number.number is None or cited.number.number is None
        else format_number(cited.number) == format_number(number)
    )
    if not same:
        return f"{line!r} names number {format_number(cited.number)}, not {format_number(number)}"
    if date is not None and date.is_complete and cited.date != date:
        return f"{line!r} does not repeat the instrument's date ({date.to_date().isoformat()})"
    if cited.issuer is None:
        return f"{line!r} does not name the issuer (của ...)"
    return None


RULES: tuple[Rule, ...] = (appendix_numbers, appendix_attached_to, appendix_tie_blank)
