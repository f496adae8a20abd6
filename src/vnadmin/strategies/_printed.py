"""Strategies for the printed forms of an instrument: right ones, and ones with a misprint.

:func:`printed_forms` draws the lines an instrument prints as its regime's layout prints
its values (:func:`vnadmin.grammar.printed.format_printed`), with the variants that are as
right (``CỘNG HOÀ`` for ``CỘNG HÒA``), so :func:`vnadmin.rules.check` finds nothing in
them.  :func:`misprints` draws instruments whose lines carry one defect a clerk looks for
(``tháng 04``, ``T/M`` in a state document, an en dash in the motto or the symbol, a Nơi
nhận item without its ``;``), each with the code of the rule that reports it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs
from hypothesis import strategies as st

from vnadmin.grammar.copies import COPY_FORMS
from vnadmin.grammar.dates import format_long_date
from vnadmin.grammar.marks import format_mark, read_printed_mark
from vnadmin.grammar.printed import MOTTO, format_printed, printed_lines
from vnadmin.model import Instrument, PartialDate, Printed, Regime, SigningMark
from vnadmin.strategies._checks import _check_normalization, _check_regime, _check_strategy
from vnadmin.strategies._common import Normalization, _flag, _form, _forms

__all__ = ["Misprint", "misprints", "printed_forms"]


@attrs.frozen(kw_only=True)
class Misprint:
    """An instrument whose printed forms carry one defect: the instrument, what the defect
    is, and the code of the rule of :data:`vnadmin.rules.RULES` that reports it."""

    instrument: Instrument
    defect: str
    code: str


def printed_forms(
    *, regime: Regime | None = None, normalization: Normalization = "NFC"
) -> st.SearchStrategy[Printed]:
    """The lines an instrument of ``regime`` prints, as its regime prints its values
    (:func:`vnadmin.grammar.printed.format_printed`), with the variants that are as right
    (``CỘNG HOÀ`` for ``CỘNG HÒA``): what ``instruments(printed=True)`` carries."""
    _check_regime(regime)
    _check_normalization(normalization)
    from vnadmin.strategies._instruments import instruments

    return instruments(regime=regime, normalization=normalization, printed=True).map(_printed_of)


def _printed_of(instrument: Instrument) -> Printed:
    assert instrument.printed is not None  # drawn with printed=True
    return instrument.printed


def _printed_forms(
    draw: st.DrawFn, instrument: Instrument, normalization: Normalization
) -> Printed:
    lines = printed_lines(instrument)
    if instrument.regime is not Regime.PARTY and _flag(draw):
        lines["banner"] = lines["banner"].replace("HÒA", "HOÀ")  # as right (NĐ 30 mục II.1)
    return Printed(**{name: _in_form(draw, value, normalization) for name, value in lines.items()})


def _in_form(draw: st.DrawFn, value: object, normalization: Normalization) -> Any:
    if isinstance(value, str):
        return _form(draw, value, normalization)
    if isinstance(value, tuple):
        return _forms(draw, value, normalization)
    return value


def misprints(
    *, instruments: st.SearchStrategy[Instrument] | None = None
) -> st.SearchStrategy[Misprint]:
    """Instruments of ``instruments`` (None: :func:`vnadmin.strategies.instruments`) whose
    printed forms carry one misprint of those that apply to them, with the code of the rule
    that reports it: a missing or misworded banner, an en dash in the motto or the symbol, ``tháng 04``,
    a signing mark of the other regime or without its space, Nơi nhận punctuation, a
    missing ``QUYẾT ĐỊNH:``, a lower-case độ mật, an appendix that does not say what it is
    attached to, an issuer named only in the body, a copy's form or number."""
    _check_strategy("instruments", instruments)
    if instruments is None:
        from vnadmin.strategies._instruments import instruments as drawn

        instruments = drawn()
    return instruments.flatmap(_misprinted_of)


def _misprinted_of(instrument: Instrument) -> st.SearchStrategy[Misprint]:
    choices = tuple(_misprints(instrument))
    return st.sampled_from(choices).map(
        lambda choice: Misprint(
            instrument=attrs.evolve(instrument, printed=choice[2]),
            defect=choice[0],
            code=choice[1],
        )
    )


_Edit = Callable[[Printed], "Printed | None"]
_ND30 = PartialDate(day=5, month=3, year=2020)
"""The day NĐ 30/2020 took effect, from which its forms of copy hold."""


def _misprints(instrument: Instrument) -> Iterator[tuple[str, str, Printed]]:
    """Each defect that applies to ``instrument``, its rule's code and the lines it gives:
    only the one drawn is built into an instrument."""
    printed = format_printed(instrument)
    for defect, code, edit in _edits(instrument):
        changed = edit(printed)
        if changed is not None and changed != printed:
            yield defect, code, changed


def _edits(instrument: Instrument) -> Iterator[tuple[str, str, _Edit]]:
    party = instrument.regime is Regime.PARTY
    if party:
        yield "no ĐẢNG CỘNG SẢN VIỆT NAM", "VN-BANNER-003", lambda p: _set(p, banner=None)
        yield "no star under the issuer", "VN-BANNER-004", lambda p: _set(p, star=None)
    else:
        yield "no Quốc hiệu", "VN-BANNER-001", lambda p: _set(p, banner=None)
        yield "no tiêu ngữ", "VN-BANNER-001", lambda p: _set(p, motto=None)
        yield (
            "en dashes in the tiêu ngữ",
            "VN-BANNER-005",
            lambda p: _set(p, motto=MOTTO.replace("-", "–")),
        )
        yield (
            "hyphens without spaces in the tiêu ngữ",
            "VN-BANNER-002",
            lambda p: _set(p, motto=MOTTO.replace(" - ", "-")),
        )
        yield (
            "the Quốc hiệu in lower case",
            "VN-BANNER-002",
            lambda p: _set(p, banner=None if p.banner is None else p.banner.title()),
        )
        yield "a copy printed SAO Y BẢN CHÍNH", "VN-COPY-001", _copy(instrument, "SAO Y BẢN CHÍNH")
        yield "a copy without its number", "VN-COPY-002", _copy(instrument, "SAO Y", number=False)
        yield "an appendix not tied to the instrument", "VN-APPX-002", _no_attached
        yield "an en dash in the symbol", "VN-NUM-009", _en_dash_symbol
        yield "tháng 04 in the date line", "VN-DATE-007", _zero(instrument)
        yield "ngày 5 in the date line", "VN-DATE-007", _no_zero(instrument)
        yield "a Nơi nhận item without its punctuation", "VN-DIST-004", _unpunctuated
        yield "Nơi nhận's last line without its full stop", "VN-DIST-004", _unended
    if instrument.body.tasks:  # the formula stands before the articles
        yield "no QUYẾT ĐỊNH: before the articles", "VN-BODY-007", _unformulated
        yield "the enacting formula in lower case", "VN-BODY-007", _lower_formula
    yield "a signing mark of the other regime", "VN-SIGN-008", _other_regime(instrument)
    yield "no space after the signing mark", "VN-SIGN-009", _glued
    yield "a handling mark in lower case", "VN-MARK-002", _lower_mark


def _set(printed: Printed, **changes: Any) -> Printed:
    return attrs.evolve(printed, **changes)


def _copy(instrument: Instrument, form: str, *, number: bool = True) -> _Edit:
    """A copy's block below the instrument: its form, number, place and date, signer; made
    under NĐ 30 (on 5 March 2020 or, for a later original, on the day it was issued)."""
    place = instrument.place or "Hà Nội"
    issued = instrument.date
    copied = _ND30
    if issued is not None and issued.is_complete and issued.to_date() > _ND30.to_date():
        copied = issued
    date = format_long_date(copied)
    lines = [
        form,
        *([f"Số: 05/{COPY_FORMS['SAO Y']}-VP"] if number else []),
        f"{place}, {date}",
        "CHÁNH VĂN PHÒNG",
    ]
    return lambda p: attrs.evolve(p, copy=tuple(lines))


def _no_attached(printed: Printed) -> Printed | None:
    lines = tuple(line for line in printed.appendices if not line.startswith("(Kèm theo"))
    return attrs.evolve(printed, appendices=lines) if printed.appendices else None


def _zero(instrument: Instrument) -> _Edit:
    date = instrument.date

    def edit(printed: Printed) -> Printed | None:
        if printed.date is None or date is None or date.month is None:
            return None
        if not 3 <= date.month <= 9:
            return None
        month = f"tháng {date.month} "
        return _set(printed, date=printed.date.replace(month, f"tháng 0{date.month} "))

    return edit


def _no_zero(instrument: Instrument) -> _Edit:
    date = instrument.date

    def edit(printed: Printed) -> Printed | None:
        if printed.date is None or date is None or date.day is None or date.day > 9:
            return None
        return _set(printed, date=printed.date.replace(f"ngày 0{date.day} ", f"ngày {date.day} "))

    return edit


def _other_regime(instrument: Instrument) -> _Edit:
    other = Regime.STATE if instrument.regime is Regime.PARTY else Regime.PARTY

    def edit(printed: Printed) -> Printed | None:
        for index, line in enumerate(printed.signature_marks):
            found = read_printed_mark(line)
            if found is None or found.mark is SigningMark.Q:  # Q. is spelt alike in both
                continue
            misprinted = format_mark(found.mark, other) + line[len(found.spelling) :]
            marks = (
                *printed.signature_marks[:index],
                misprinted,
                *printed.signature_marks[index + 1 :],
            )
            return attrs.evolve(printed, signature_marks=marks)
        return None

    return edit


def _glued(printed: Printed) -> Printed | None:
    for index, line in enumerate(printed.signature_marks):
        found = read_printed_mark(line)
        if found is not None and found.spelling.endswith("."):
            glued = found.spelling + line[len(found.spelling) :].lstrip()
            marks = (*printed.signature_marks[:index], glued, *printed.signature_marks[index + 1 :])
            return attrs.evolve(printed, signature_marks=marks)
    return None


def _unpunctuated(printed: Printed) -> Printed | None:
    items = printed.distribution
    if not items or (len(items) == 1 and printed.archive is None):
        return None
    return attrs.evolve(printed, distribution=(items[0].rstrip(";,"), *items[1:]))


def _unended(printed: Printed) -> Printed | None:
    if printed.archive is not None:
        return _set(printed, archive=printed.archive.rstrip("."))
    if printed.distribution:
        *items, last = printed.distribution
        return attrs.evolve(printed, distribution=(*items, last.rstrip(".")))
    return None


_SYMBOL_HYPHEN = re.compile(r"(?<=[^\W_])-(?=[^\W_])")


def _en_dash_symbol(printed: Printed) -> Printed | None:
    number = printed.number
    if number is None or _SYMBOL_HYPHEN.search(number) is None:
        return None
    return _set(printed, number=_SYMBOL_HYPHEN.sub("–", number, count=1))


def _unformulated(printed: Printed) -> Printed | None:
    return None if printed.formula is None else _set(printed, formula=None)


def _lower_formula(printed: Printed) -> Printed | None:
    return None if printed.formula is None else _set(printed, formula=printed.formula.title())


def _lower_mark(printed: Printed) -> Printed | None:
    for field in ("urgency", "secrecy", "circulation"):
        line = getattr(printed, field)
        if line is not None:
            return _set(printed, **{field: line.capitalize()})
    return None
