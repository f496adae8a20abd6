"""Copy rules (bản sao): the form of a copy and what identifies it, as its block prints them
(:attr:`Printed.copy <vnadmin.model.Printed.copy>`), read with :mod:`vnadmin.grammar.copies`.

A copy names its form in the decree's words (``SAO Y``, ``SAO LỤC``, ``TRÍCH SAO``; the
``SAO Y BẢN CHÍNH`` of the rules before NĐ 30 is no longer one).  A paper copy carries its
own number, whose symbol opens with the form's abbreviation (``05/SY-UBND``), its place and
date, and its signer; an electronic copy the copying body and the time it was signed.
"""

from __future__ import annotations

from collections.abc import Iterator

from vnadmin.grammar.copies import COPY_FORMS, read_copy
from vnadmin.model import Regime
from vnadmin.normalize import tone_key
from vnadmin.rules.registry import Context, Finding, Rule, Severity, before_nd30, rule

__all__ = ["RULES"]

_SOURCE = "NĐ 30/2020 Điều 25, Phụ lục I, Phần II (thể thức bản sao), Phụ lục III (SY, SL, TrS)"
_FORMS = {tone_key(form): form for form in COPY_FORMS}
_STATE = {Regime.STATE, Regime.LEGAL}


@rule(
    "VN-COPY-001",
    Severity.ERROR,
    regimes=_STATE,
    source=_SOURCE,
    summary="A copy names its form in capitals: SAO Y, SAO LỤC or TRÍCH SAO",
    needs=("printed",),
)
def copy_form(context: Context) -> Iterator[Finding]:
    lines = context.printed.copy
    if not lines:
        return
    block = read_copy(lines)
    form = block.form
    if form is None:
        yield Finding("printed.copy", "the copy does not name its form (SAO Y, SAO LỤC, TRÍCH SAO)")
    elif before_nd30(block.date):
        return  # copied under the rules before it: SAO Y BẢN CHÍNH was a form then
    elif tone_key(form) not in _FORMS or form != form.upper():
        wanted = _FORMS.get(tone_key(form), "SAO Y, SAO LỤC or TRÍCH SAO")
        yield Finding("printed.copy", f"the form of the copy is printed {wanted}, not {form!r}")


@rule(
    "VN-COPY-002",
    Severity.ERROR,
    regimes=_STATE,
    source=_SOURCE,
    summary="A paper copy prints its number (05/SY-UBND: the form's abbreviation), place and"
    " date and signer; an electronic one the copying body and its time of signing",
    needs=("printed",),
)
def copy_identity(context: Context) -> Iterator[Finding]:
    lines = context.printed.copy
    if not lines:
        return
    block = read_copy(lines)
    if block.signed_at is not None:  # an electronic copy
        if not block.others:
            yield Finding("printed.copy", "the copy names the body that made it")
        return
    abbreviation = (
        None if block.form is None else COPY_FORMS.get(_FORMS.get(tone_key(block.form), ""))
    )
    if block.number is None:
        yield Finding("printed.copy", "the copy has its own number (Số: 05/SY-UBND)")
    elif abbreviation is not None and block.number.kind_abbreviation != abbreviation:
        yield Finding(
            "printed.copy",
            f"the number of a {block.form} copy carries {abbreviation}"
            f" ({block.number.kind_abbreviation or 'none'} is printed)",
        )
    if block.date is None:
        yield Finding("printed.copy", "the copy prints its place and date of copying")
    if not block.others:
        yield Finding("printed.copy", "the copy is signed: the signer's title and name")


RULES: tuple[Rule, ...] = (copy_form, copy_identity)
