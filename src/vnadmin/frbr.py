"""FRBR identifiers (IRIs) of instruments and of the instruments they cite, in one place.

Akoma Ntoso names a document at three levels, as the OASIS naming convention (AKN-NC 1.0)
and cobalt write them: the work (``/akn/vn-51/doc/quyet-dinh/2021-03-15/120-qd-ubnd``),
its Vietnamese expression (``.../vie@2021-03-15``) and the XML manifestation of that
expression (``.../vie@2021-03-15/!main.xml``).  One work has one IRI, built from:

- place: ``vn``, and for a sub-national issuer ``vn-`` and its province's code in the
  administrative divisions of 2025 (:mod:`vnadmin.localities`): ``vn-51`` is Quảng Ngãi;
- doctype: ``act`` for legal normative documents, ``doc`` for everything else;
- subtype: the kind's code (``chi-thi``), ``van-ban`` when the kind is unknown;
- actor, only where the province is not enough: the issuer's unit below the province
  (``xa-binh-son``) or a province not in the list since 2025 (``tinh-soc-trang``);
- date: as much of the date of issue as is known from the year on (``2021-11-26``,
  ``2022-01``, ``2022``); the year of a legal number (``45/2026/NĐ-CP``) when the date
  has none; :data:`UNKNOWN_YEAR` when nothing gives the year;
- number: the printed number and symbol, slugged (``33/CT-TTg`` -> ``33-ct-ttg``); a
  number left blank is ``nn-`` and the symbol (``nn-stc-vp``), no number at all ``nn``.
  A work that is not numbered or not wholly dated (a draft) adds the
  :func:`content_digest` of its text (``nn-stc-vp-4c1e0b9a7d``), so two drafts never
  share an IRI and a draft keeps its IRI as long as its text.

The expression and the manifestation are dated by a whole date: the date of issue, or
the first day of the part of it that is known (``2022-01`` -> ``2022-01-01``).

A citation names a work only when it gives a filled number and a complete date: then its
IRI is built by the same rules, its place from the issuer it names (``của Ủy ban nhân dân
tỉnh Quảng Ngãi``), or from the citing instrument when it names a local body without its
place (``của UBND tỉnh``).  Anything less would name some other work, so
:func:`citation_work` returns ``None``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import NamedTuple

import attrs

from vnadmin.grammar.citations import GENERIC_KIND_WORD
from vnadmin.grammar.numbers import format_number
from vnadmin.localities import Locality, locate
from vnadmin.model import (
    Citation,
    DocumentKind,
    DocumentNumber,
    Instrument,
    NumberStyle,
    Organization,
    PartialDate,
    Regime,
)
from vnadmin.model.kinds import slug

__all__ = [
    "COUNTRY",
    "DIGEST_LENGTH",
    "LANGUAGE",
    "NULL_DATE",
    "UNKNOWN_YEAR",
    "UNNUMBERED",
    "FrbrDate",
    "FrbrWork",
    "citation_work",
    "content_digest",
    "date_slug",
    "frbr_date",
    "instrument_work",
    "issue_date",
    "issuer_locality",
    "kind_slug",
    "number_slug",
]

COUNTRY = "vn"
LANGUAGE = "vie"
UNKNOWN_YEAR = "9999"
"""The date part of the IRI of a work whose year nothing gives: the year drafting
conventions use for "not yet dated"; its number part carries the content digest."""
NULL_DATE = "9999-01-01"
"""The ``FRBRdate`` of a work whose year is unknown (the first day of :data:`UNKNOWN_YEAR`)."""
UNNUMBERED = "nn"
"""The number part of the IRI of a work with no number: "not numbered" (AKN-NC)."""
DIGEST_LENGTH = 10
"""Hexadecimal digits of the content digest a draft's number part carries."""


@attrs.frozen(kw_only=True)
class FrbrWork:
    """The parts of a work's IRI, each already a slug; ``locality`` is a province code."""

    doctype: str
    subtype: str
    date: str
    number: str
    locality: str | None = None
    actor: str | None = None

    @property
    def place(self) -> str:
        """``vn``, or ``vn-51`` for a work of a province: the IRI's place and ``FRBRcountry``."""
        return COUNTRY if self.locality is None else f"{COUNTRY}-{self.locality}"

    @property
    def work(self) -> str:
        """``/akn/vn-51/doc/quyet-dinh/2021-03-15/120-qd-ubnd``"""
        actor = "" if self.actor is None else f"/{self.actor}"
        return f"/akn/{self.place}/{self.doctype}/{self.subtype}{actor}/{self.date}/{self.number}"

    @property
    def expression_date(self) -> str:
        """The whole date of the expression: the date, or the first day of its known part."""
        return self.date + "-01" * (2 - self.date.count("-"))

    @property
    def expression(self) -> str:
        """The Vietnamese expression: ``.../vie@2021-03-15``."""
        return f"{self.work}/{LANGUAGE}@{self.expression_date}"

    @property
    def manifestation(self) -> str:
        """The XML of the expression's main component: ``.../vie@2021-03-15/!main.xml``."""
        return f"{self.expression}/!main.xml"

    @property
    def work_component(self) -> str:
        """The work's main component, its ``FRBRthis``: ``.../120-qd-ubnd/!main``."""
        return f"{self.work}/!main"

    @property
    def expression_component(self) -> str:
        """The expression's main component: ``.../vie@2021-03-15/!main``."""
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
    """The known part of a date from the year on: ``2021-11-26``, ``2022-01``, ``2022``;
    :data:`UNKNOWN_YEAR` without a year."""
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
    whole = date_slug(date)
    name = "issued" if date.is_complete else "partial"
    return FrbrDate(whole + "-01" * (2 - whole.count("-")), name)


def issue_date(instrument: Instrument) -> PartialDate | None:
    """The date of issue as far as the instrument gives it: its date, with the year of its
    legal number (``45/2026/NĐ-CP``) when the date has none."""
    date, number = instrument.date, instrument.number
    year = None if number is None else number.year
    if year is None or (date is not None and date.year is not None):
        return date
    if date is None:
        return PartialDate(year=year)
    return PartialDate(day=date.day, month=date.month, year=year)


def _chain(organization: Organization | None) -> Iterator[Organization]:
    while organization is not None:
        yield organization
        organization = organization.parent


def _symbol(number: DocumentNumber | None) -> list[str]:
    """The issuer's part of a symbol, a name of the body too (``UBND`` is a local one)."""
    return [] if number is None else [number.issuer_abbreviation]


def issuer_locality(instrument: Instrument) -> Locality:
    """Where the issuer sits: :func:`vnadmin.localities.locate` of its names (then the
    issuer's part of the symbol) and its place of issue."""
    names = [organization.name for organization in _chain(instrument.issuer)]
    return locate([*names, *_symbol(instrument.number)], instrument.place)


def _words(text: str | None) -> str:
    return "" if text is None else " ".join(text.split())


def _date_text(date: PartialDate | None) -> str:
    return "" if date is None else f"{date.day or ''}/{date.month or ''}/{date.year or ''}"


def content_digest(instrument: Instrument) -> str:
    """The first :data:`DIGEST_LENGTH` hex digits of the SHA-256 of the instrument's text.

    The text is what the document prints, each piece with its white space collapsed (a
    line wrapped elsewhere is the same text): regime, kind, the issuer's names, number,
    date, place, subject, addressees, the body's paragraphs and every task's label and
    text, and the signature blocks.  Received stamps and report notes are not the work's.
    """
    body = instrument.body
    pieces = [
        instrument.regime.value,
        kind_slug(instrument.kind),
        *(organization.name for organization in _chain(instrument.issuer)),
        "" if instrument.number is None else format_number(instrument.number),
        _date_text(instrument.date),
        _words(instrument.place),
        _words(instrument.subject),
        *(addressee.name for addressee in instrument.addressees),
        *(paragraph.text for paragraph in (*body.preamble, *body.background)),
        *(f"{task.label or ''} {task.text}" for task in body.all_tasks()),
        *(
            " ".join(
                [
                    *(f"{a.mark.value} {a.applies_to}" for a in block.authorities),
                    block.title or "",
                    block.name or "",
                ]
            )
            for block in instrument.signatures
        ),
    ]
    text = "\x1e".join(_words(piece) for piece in pieces)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DIGEST_LENGTH]


def _work(
    doctype: str,
    kind: DocumentKind | None,
    date: PartialDate | None,
    number: str,
    locality: Locality,
) -> FrbrWork:
    return FrbrWork(
        doctype=doctype,
        subtype=kind_slug(kind),
        date=date_slug(date),
        number=number,
        locality=None if locality.province is None else locality.province.code,
        actor=locality.actor,
    )


def instrument_work(instrument: Instrument) -> FrbrWork:
    """The work an instrument is: ``act`` for the legal regime, ``doc`` otherwise.

    Raises :class:`~vnadmin.errors.MissingExtraError` without the ``akn`` extra, whose
    list of provinces every IRI depends on (a central body's too: it is central because
    its names place it nowhere).
    """
    date = issue_date(instrument)
    number = number_slug(instrument.number)
    if instrument.number is None or instrument.number.is_blank or not _is_whole(date):
        number = f"{number}-{content_digest(instrument)}"
    doctype = "act" if instrument.regime is Regime.LEGAL else "doc"
    return _work(doctype, instrument.kind, date, number, issuer_locality(instrument))


def _is_whole(date: PartialDate | None) -> bool:
    return date is not None and date.is_complete


def citation_work(citation: Citation, cited_by: Instrument | None = None) -> FrbrWork | None:
    """The work a citation names, or ``None`` without a filled number and a complete date.

    A cited work is an ``act`` when its number is legal-style or its kind is used only in
    legal normative documents (the citation does not say its regime otherwise).  Its place
    is the one its issuer names; a local body named without its place (``của UBND tỉnh``,
    or a ``UBND`` symbol) is the citing instrument's, ``cited_by``.
    """
    number, date = citation.number, citation.date
    if number is None or number.is_blank or not _is_whole(date):
        return None
    kind = citation.kind
    legal = number.style is NumberStyle.LEGAL or (
        kind is not None and kind.regimes == frozenset([Regime.LEGAL])
    )
    locality = locate([*([] if citation.issuer is None else [citation.issuer]), *_symbol(number)])
    if locality.province is None and locality.actor is None and locality.local:
        locality = issuer_locality(cited_by) if cited_by is not None else locality
    return _work("act" if legal else "doc", kind, date, number_slug(number), locality)
