"""What the reader's tests ask of a :class:`vnadmin.text.ParseResult`, written once."""

from __future__ import annotations

from vnadmin.grammar import format_number
from vnadmin.model import Instrument
from vnadmin.text import ParseResult


def codes(result: ParseResult) -> set[str]:
    """The codes of the diagnostics the reader gave."""
    return {d.code for d in result.diagnostics}


def said(result: ParseResult, code: str) -> list[str]:
    """The messages of the diagnostics of ``code``, in the order given."""
    return [d.message for d in result.diagnostics if d.code == code]


def header(result: ParseResult) -> tuple[object, ...]:
    """The header as read: issuer, its parent, number, place, date, kind name, subject."""
    doc = result.instrument
    return (
        doc.issuer.name if doc.issuer else None,
        doc.issuer.parent.name if doc.issuer and doc.issuer.parent else None,
        format_number(doc.number) if doc.number else None,
        doc.place,
        doc.date,
        doc.kind.name if doc.kind else None,
        doc.subject,
    )


def issuer_names(doc: Instrument) -> list[str]:
    """The issuer's name, then its parents' names, nearest first."""
    found, body = [], doc.issuer
    while body is not None:
        found.append(body.name)
        body = body.parent
    return found
