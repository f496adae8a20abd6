"""Reading instruments from plain text and writing them back in the canonical layout."""

from vnadmin.text.diagnostics import Severity, TextDiagnostic
from vnadmin.text.parse import CitationSite, ParseResult, parse_text

__all__ = ["CitationSite", "ParseResult", "Severity", "TextDiagnostic", "parse_text"]
