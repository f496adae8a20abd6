"""FRBR identifiers of instruments and of the instruments they cite, in one place.

Akoma Ntoso names a document at three levels: the work (``/akn/vn/doc/chi-thi/2021-11-26/
33-ct-ttg``), its Vietnamese expression (``.../vie@2021-11-26``) and the XML manifestation
of that expression (``.../vie@2021-11-26/!main.xml``).  Every part is an ASCII slug:

- doctype: ``act`` for legal normative documents, ``doc`` for everything else;
- subtype: the kind's code (``chi-thi``), ``van-ban`` when the kind is unknown;
- date: as much of the date as is known from the year on (``2021-11-26``, ``2022-01``,
  ``2022``), :data:`UNKNOWN_YEAR` when not even the year is;
- number: the printed number and symbol, slugged (``33/CT-TTg`` -> ``33-ct-ttg``,
  ``23-QĐ/TW`` -> ``23-qd-tw``); a number left blank is ``nn-`` and the symbol
  (``/STC-VP`` -> ``nn-stc-vp``), and an instrument without any is ``nn`` ("not numbered").

A citation is identified only when it gives a filled number and a complete date: then its
work URI is exactly the one its instrument builds for itself (a citation of unknown kind
is filed under ``van-ban``).  Anything less would name some other work, so
:func:`citation_work` returns ``None``.
"""

from __future__ import annotations

from typing import NamedTuple

import attrs

from vnadmin.grammar.citations import GENERIC_KIND_WORD
from vnadmin.grammar.numbers import format_number
from vnadmin.model import (
    Citation,
    DocumentKind,
    DocumentNumber,
    Instrument,
    NumberStyle,
    PartialDate,
    Regime,
)
from vnadmin.model.kinds import slug

__all__ = [
    "COUNTRY",
    "LANGUAGE",
    "NULL_DATE",
    "UNKNOWN_YEAR",
    "UNNUMBERED",
    "FrbrDate",
    "FrbrWork",
    "citation_work",
    "date_slug",
    "frbr_date",
    "instrument_work",
    "kind_slug",
    "number_slug",
]

COUNTRY = "vn"
LANGUAGE = "vie"
UNKNOWN_YEAR = "0001"
"""The date part of the URI of a work whose year is unknown (cobalt's null date's year)."""
NULL_DATE = "0001-01-01"
"""The ``FRBRdate`` of a work whose year is unknown: cobalt's placeholder for a null date."""
UNNUMBERED = "nn"
"""The number part of the URI of a work with no number: "not numbered"."""


@attrs.frozen(kw_only=True)
class FrbrWork:
    """The parts of a work's FRBR URI, each already a slug."""

    doctype: str
    subtype: str
    date: str
    number: str

    @property
    def work(self) -> str:
        """``/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg``"""
        return f"/akn/{COUNTRY}/{self.doctype}/{self.subtype}/{self.date}/{self.number}"

    @property
    def expression(self) -> str:
        """The Vietnamese expression dated as the work: ``.../vie@2021-11-26``."""
        return f"{self.work}/{LANGUAGE}@{self.date}"

    @property
    def manifestation(self) -> str:
        """The XML of the expression's main component: ``.../vie@2021-11-26/!main.xml``."""
        return f"{self.expression}/!main.xml"

    @property
    def work_component(self) -> str:
        """The work's main component, its ``FRBRthis``: ``.../33-ct-ttg/!main``."""
        return f"{self.work}/!main"

    @property
    def expression_component(self) -> str:
        """The expression's main component: ``.../vie@2021-11-26/!main``."""
        return f"{self.expression}/!main"


def kind_slug(kind: DocumentKind | None) -> str:
    """``chi-thi``; ``van-ban`` (the generic ``Văn bản``) when the kind is unknown."""
    return slug(GENERIC_KIND_WORD) if kind is None else kind.code


def number_slug(number: DocumentNumber | None) -> str:
    """``33-ct-ttg``, ``30-2020-nd-cp``; ``nn-stc-vp`` when blank, ``nn`` when absent."""
    if number is None:
        return UNNUMBERED
    printed = slug(format_number(number))
    return f"{UNNUMBERED}-{printed}" if number.is_blank else printed


def date_slug(date: PartialDate | None) -> str:
    """The known part of a date from the year on: ``2021-11-26``, ``2022-01``, ``2022``."""
    if date is None or date.year is None:
        return UNKNOWN_YEAR
    if date.month is None:
        return f"{date.year:04d}"
    if date.day is None:
        return f"{date.year:04d}-{date.month:02d}"
    return f"{date.year:04d}-{date.month:02d}-{date.day:02d}"


class FrbrDate(NamedTuple):
    """An ``FRBRdate``: an ``xsd:date`` and the name saying how much of it is real."""

    date: str
    name: str


def frbr_date(date: PartialDate | None) -> FrbrDate:
    """The date of issue as ``FRBRdate`` takes it (the strict schema wants a whole date).

    Named ``issued`` when complete; ``partial`` (a draft's ``ngày tháng 01 năm 2022``)
    with the first day of what is known (``2022-01-01``); ``unknown`` with
    :data:`NULL_DATE` when not even the year is known.
    """
    if date is None or date.year is None:
        return FrbrDate(NULL_DATE, "unknown")
    if date.is_complete:
        return FrbrDate(date_slug(date), "issued")
    month = 1 if date.month is None else date.month
    day = 1 if date.day is None or date.month is None else date.day
    return FrbrDate(f"{date.year:04d}-{month:02d}-{day:02d}", "partial")


def instrument_work(instrument: Instrument) -> FrbrWork:
    """The work an instrument is: ``act`` for the legal regime, ``doc`` otherwise."""
    return FrbrWork(
        doctype="act" if instrument.regime is Regime.LEGAL else "doc",
        subtype=kind_slug(instrument.kind),
        date=date_slug(instrument.date),
        number=number_slug(instrument.number),
    )


def citation_work(citation: Citation) -> FrbrWork | None:
    """The work a citation names, or ``None`` without a filled number and a complete date.

    A cited work is an ``act`` when its number is legal-style or its kind is used only in
    legal normative documents (the citation does not say its regime otherwise).
    """
    number, date = citation.number, citation.date
    if number is None or number.is_blank or date is None or not date.is_complete:
        return None
    kind = citation.kind
    legal = number.style is NumberStyle.LEGAL or (
        kind is not None and kind.regimes == frozenset([Regime.LEGAL])
    )
    return FrbrWork(
        doctype="act" if legal else "doc",
        subtype=kind_slug(kind),
        date=date_slug(date),
        number=number_slug(number),
    )
