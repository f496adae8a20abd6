"""Reading instruments from plain text and writing them back in the canonical layout.

:func:`parse_text` reads any text (it never raises) into a :class:`ParseResult`: the
instrument, :class:`TextDiagnostic` remarks with line numbers, and each citation with the
lines that cite it.  :func:`render_text` writes an instrument in the NĐ 30 / HD 36 layout;
:func:`text_projection` says which fields a round trip through text keeps, and
:func:`text_losses` which fields of one instrument it would not give back.  As every
format, text has ``dumps``, ``loads``, ``losses`` and its record ``CODEC``
(:mod:`vnadmin.text.codec`).
"""

from vnadmin.text.codec import CODEC, dumps, loads, losses
from vnadmin.text.diagnostics import Severity, TextDiagnostic
from vnadmin.text.parse import CitationSite, ParseResult, parse_text
from vnadmin.text.projection import text_losses, text_projection
from vnadmin.text.render import render_text

__all__ = [
    "CODEC",
    "CitationSite",
    "ParseResult",
    "Severity",
    "TextDiagnostic",
    "dumps",
    "loads",
    "losses",
    "parse_text",
    "render_text",
    "text_losses",
    "text_projection",
]
