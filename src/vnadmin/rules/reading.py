"""What a reader could not read, so that no rule reports its absence as a defect.

A reader that misses a component (the text reader that finds no date line) says so with a
diagnostic; the checker then keeps silent on that component rather than adding
``VN-DATE-003`` and ``VN-DATE-004`` to the one miss.  Readers name a component by the stem
of their diagnostic codes: ``date-missing``, ``number-unreadable``, ``signature-missing``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from vnadmin.errors import InvalidValueError
from vnadmin.model import Instrument

__all__ = ["COMPONENTS", "Coded", "Read", "to_components", "unread_components", "with_shared"]

COMPONENTS = frozenset(
    {
        "kind",
        "issuer",
        "issuer-parent",
        "number",
        "place",
        "date",
        "subject",
        "addressees",
        "body",
        "body-text",
        "signature",
        "signature-title",
        "signature-name",
        "distribution",
        "archive",
        "printed",
        "banner",
        "motto",
        "star",
        "regime",
        "stamped",
    }
)
"""The components a reader can report unread, by the stems of its diagnostic codes, and
``printed``: the printed forms, unknown when ``Instrument.printed`` is ``None``; of them the
banner, the motto and a Party document's star, which a reader says it did not find.  The
parts of a component are named after it: a signature block read without its title
(``signature-title-missing``) or its name (``signature-name-missing``).  ``regime`` is
unread when the reader found no banner nor number to tell it by (``regime-assumed``,
``regime-inferred``); ``body-text`` when it repaired an OCR's misreadings, converted a
legacy encoding or found the accents lost (``body-text-unreadable``): the body is read, but
its labels' digits and stops, its punctuation and its words are not the document's.
``stamped`` names what an electronic signature stamps on the page at issue, the number's
figure and the date's day, left blank in a text layer (``number-stamped``,
``date-stamped``): the rules that would take the blank for a draft's keep silent."""

_UNREAD_ENDINGS = ("-missing", "-unreadable", "-inferred")
"""Not found, found but not readable, or not printed where it belongs and taken from
elsewhere (an issuer named by the body rather than the header)."""
_SPECIAL = {
    "body-empty": "body",
    "addressees-empty": "addressees",
    "regime-assumed": "regime",
    "issuer-from-title": "issuer",
    "issuer-from-authority": "issuer",
    "number-stamped": "stamped",
    "date-stamped": "stamped",
}
"""Codes of another shape that say a component is not there: no body text, a Kính gửi
line that names no one, a regime taken by default (no banner and no number were read), an
issuer taken from the title (``QUYẾT ĐỊNH CỦA ...``) or the authority line because the
header prints no issuer lines (as ``issuer-inferred`` takes it from the body), a number or
a day an electronic signature stamped (blank in the text, read: not a draft's blank)."""
_SHARED_LINE = {
    "date": ("place",),
    "distribution": ("archive",),
    "signature": ("signature-title", "signature-name"),
}
"""Components printed inside another: a date line not read leaves its place unread, a Nơi
nhận block not read leaves its archive line unread, a signature block not found its
signer's title and name."""


class Coded(Protocol):
    """A reader's diagnostic: only its code matters here."""

    @property
    def code(self) -> str: ...


class Read(Protocol):
    """What a reader returns: the instrument and its diagnostics
    (:class:`vnadmin.text.ParseResult` is one)."""

    @property
    def instrument(self) -> Instrument: ...

    @property
    def diagnostics(self) -> Iterable[Coded]: ...


def with_shared(components: Iterable[str]) -> frozenset[str]:
    """``components`` and those printed inside them (a date's place, a list's archive line)."""
    found = set(components)
    for component in tuple(found):
        found.update(_SHARED_LINE.get(component, ()))
    return frozenset(found)


def unread_components(diagnostics: Iterable[Coded]) -> frozenset[str]:
    """The components that ``diagnostics`` report as not found or not readable.

    ``date-missing`` names the date (and the place printed on its line), ``issuer-inferred``
    the issuer; codes of other shapes (``citation-unreadable``, ``issuer-not-capitals``)
    name none."""
    found = []
    for diagnostic in diagnostics:
        code = diagnostic.code
        if code in _SPECIAL:
            found.append(_SPECIAL[code])
            continue
        for ending in _UNREAD_ENDINGS:
            stem = code.removesuffix(ending)
            if stem != code and stem in COMPONENTS:
                found.append(stem)
    return with_shared(found)


def to_components(values: Iterable[str], path: str) -> frozenset[str]:
    """``values`` checked to be component names; an unknown one is an error naming ``path``."""
    if isinstance(values, str):
        raise InvalidValueError(path, f"expected component names, got the string {values!r}")
    found = frozenset(values)
    unknown = sorted((v for v in found if v not in COMPONENTS), key=repr)
    if unknown:
        known = ", ".join(sorted(COMPONENTS))
        raise InvalidValueError(path, f"{', '.join(map(repr, unknown))}: not a component ({known})")
    return found
