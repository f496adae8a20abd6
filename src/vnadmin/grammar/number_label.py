"""Grammar of the ``Số`` that opens a number line, as printed and as OCR misreads it.

The one place that tells a misread label (``Só:``, ``S6:``, ``86:``, ``Sá:``, ``56:``,
``1 Số:``) from a word that only opens like it (``SƠN LA``, ``SỐNG``, ``SỞ``): the layout
stage repairs the cell by it, and tells where the header ends by it.
"""

from __future__ import annotations

import re

from vnadmin.normalize import fold

__all__ = ["DAMAGED_SO", "PRINTED_SO", "SO", "far_misread", "number_label", "printed_label"]

_PRINTED = ("Số", "SỐ", "số")
PRINTED_SO = frozenset(_PRINTED)
"""``Số`` as printed, in the cases a number line sets it in."""
SO = f"(?:{'|'.join(_PRINTED)})"
"""The same as a pattern, for the grammars that read what follows the label."""
DAMAGED_SO = re.compile(r"[\W_]*[Ss][ốóỐÓ]")
"""A cell opening with ``Số`` or OCR's ``Só`` (never ``Sở``), whatever follows: a number
cell whose number OCR damaged (``—— sốJẢTB-ĐHTĐ``), never an issuer's line."""
_CLOSE = re.compile(
    r"(?:[^\W\d_][^\w\s]?[ \t]+)?[^\w]{0,3}(?P<so>S[^\W_]?(?![^\W\d_])|(?:8[6o0]|s\d)(?=[ \t]*:))[ \t]*(?P<colon>[:.])?[ \t]*"
)
"""``Số`` as printed or a letter away: ``Só``, ``S6``, and with its ``S`` read as an ``8`` or
in lower case (``86:``, ``s6:``, before a colon only); a word of its own, not the head of
a longer one (``SƠN LA``, ``SỐNG``); a seal's speck OCR read as one letter before it
(``z) Số:``)."""
_FAR = re.compile(
    r"(?:[^\w\s]{1,2}[ \t]*|\d[ \t]+)?(?P<so>S[^\s/:]{0,3}|5[^\s/:]{0,3}(?=[ \t]*:))"
    r"(?:[ \t]*(?P<colon>:)[ \t]*|[ \t]*(?=/)|(?<=S[^\w\s])[ \t]+(?=\d))"
)
"""``Số`` misread past the letters above, up to its colon or to the slash of a number whose
digits were lost: ``Sá:``, ``S? :``, ``SÑg8 /``, a speck before it (``1 Số:``), or its
colon: an ``S`` and a sign before the number's digits (``S& 5?AD /UBND``); its ``S`` read
as a ``5`` before a colon only (``56:``, not the number of ``542/SNV-VP``)."""
_SYMBOLISH = re.compile(r"/|[^\W\d_]{2,}-[^\W\d_]|[^\W\d_]-[^\W\d_]{2,}")
"""What follows ``Số`` on a number line: a slash, or a symbol's dash (``QD-DHTD``, and
``C-DHTD`` where OCR damaged the kind's letters)."""
_SLASHED_SYMBOL = re.compile(r"[^/]{0,8}/[ \t]*(?P<symbol>[^\s/]+)")
"""What follows a label misread far: a few characters (the number, as OCR left it), the
slash and a symbol in capitals; nothing less tells it from a word."""
_CELL = 60  # characters of a number cell at most: the number, the symbol, specks
_FAR_CELL = 40  # ... when the label is misread far: the number and symbol alone


def number_label(cell: str) -> re.Match[str] | None:
    """The ``Số`` that opens the number cell ``cell``, printed or misread, or ``None``: the
    match ends after its colon, its group ``so`` is the label as printed."""
    if len(cell) > _CELL:
        return None
    match = _close(cell) if any(head in cell[:4] for head in "S8s") else None
    if match is None and len(cell) <= _FAR_CELL:
        match = _FAR.match(cell)
        slashed = None if match is None else _SLASHED_SYMBOL.match(cell, match.end())
        if slashed is None or sum(map(str.isupper, slashed["symbol"])) < 2:
            return None
    return match


def far_misread(label: re.Match[str]) -> bool:
    """Whether ``label`` (from :func:`number_label`) is ``Số`` misread past a letter."""
    return label.re is _FAR


def printed_label(cell: str) -> bool:
    """Whether ``cell`` opens with ``Số`` as printed, a word of its own (not ``SỐNG``)."""
    match = _CLOSE.match(cell) if cell[:2] in PRINTED_SO else None
    return match is not None and match["so"] in PRINTED_SO


def _close(cell: str) -> re.Match[str] | None:
    match = _CLOSE.match(cell)
    if match is None:
        return None
    rest = cell[match.end() :]
    so = match["so"]
    if so in PRINTED_SO:
        return match
    if fold(so) == "so":  # "Sô: 12/...", "Sồ 5/...", not "SỔ TAY ... 2026 - 2030"
        shaped = match["colon"] is not None or rest[:1].isdigit()
        # "So: 565" / "/TB-UBND": a label and its colon hold a number cut from its symbol
        cut = match["colon"] is not None and (not rest or rest.isdigit())
        return match if cut or (shaped and ("/" in rest or "-" in rest)) else None
    if len(so) != 2 or not (so[1].isdigit() or fold(so[1]) in "oq"):
        return None
    return match if _SYMBOLISH.search(rest) else None
