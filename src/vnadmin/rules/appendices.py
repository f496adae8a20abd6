"""Appendix rules (phụ lục): several appendices are numbered in Roman numerals, in order,
and each one's header repeats the number, date and issuer of the instrument it is attached
to (``(Kèm theo Quyết định số 12/QĐ-UBND ngày 05/01/2024 của ...)``), as printed
(:attr:`Printed.appendices <vnadmin.model.Printed.appendices>`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.errors import GrammarError
from vnadmin.grammar.appendices import appendix_headers, parse_attached_to
from vnadmin.grammar.labels import roman_value, to_roman
from vnadmin.grammar.numbers import format_number, format_symbol
from vnadmin.model import DocumentKind, DocumentNumber, PartialDate, Regime
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
    appendices = context.instrument.appendices
    if len(appendices) < 2:
        return
    wrong = []
    for index, appendix in enumerate(appendices):
        match = _LABEL.fullmatch(appendix.label.strip())
        value = None if match is None else roman_value(match["numeral"].upper())
        if value != index + 1:
            wrong.append((index, appendix.label))
    if wrong:  # one numbering chosen for all (PHỤ LỤC 1, 2, ...): one finding, at the first
        (index, label), others = wrong[0], len(wrong) - 1
        also = f" (and {others} other label(s))" if others else ""
        yield Finding(
            f"appendices[{index}].label",
            f"{label!r}{also}: appendix {index + 1} of {len(appendices)} is labelled"
            f" Phụ lục {to_roman(index + 1)}",
        )


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
    instrument = context.instrument
    number = instrument.number
    if number is None:
        return
    lines = context.printed.appendices
    for label, attached in appendix_headers(lines):
        if attached is None:
            yield Finding(
                f"printed.appendices[{label}]",
                f"{lines[label]!r} does not say what it is attached to (Kèm theo ...)",
            )
            continue
        if _a_template(lines[attached], instrument.kind):
            continue
        problem = _attached_problem(lines[attached], instrument.date, number)
        if problem is not None:
            yield Finding(f"printed.appendices[{attached}]", problem)


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


RULES: tuple[Rule, ...] = (appendix_numbers, appendix_attached_to)
