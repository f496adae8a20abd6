"""Identifier grammars: one module per identifier, each parsing and formatting it.

The text parser, the codecs, the checker and the strategies all go through these
functions, so each identifier has exactly one definition of its printed form.
"""

from vnadmin.grammar.citations import format_citation, parse_citation
from vnadmin.grammar.dates import (
    format_long_date,
    format_short_date,
    parse_date,
    parse_long_date,
    parse_short_date,
)
from vnadmin.grammar.deadlines import (
    format_deadline,
    format_recurrence,
    parse_deadline,
    parse_deadline_cell,
    parse_recurrence,
)
from vnadmin.grammar.marks import format_authority, format_mark, parse_authority, parse_mark
from vnadmin.grammar.numbers import format_number, format_symbol, parse_number
from vnadmin.grammar.recipients import format_recipient, parse_recipient

__all__ = [
    "format_authority",
    "format_citation",
    "format_deadline",
    "format_long_date",
    "format_mark",
    "format_number",
    "format_recipient",
    "format_recurrence",
    "format_short_date",
    "format_symbol",
    "parse_authority",
    "parse_citation",
    "parse_date",
    "parse_deadline",
    "parse_deadline_cell",
    "parse_long_date",
    "parse_mark",
    "parse_number",
    "parse_recipient",
    "parse_recurrence",
    "parse_short_date",
]
