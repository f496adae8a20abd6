"""pdfplumber, imported when first needed: it is the ``pdf`` extra, not a dependency."""

from __future__ import annotations

import functools
import types

from vnadmin.errors import MissingExtraError

__all__ = ["pdfplumber"]


@functools.cache
def pdfplumber() -> types.ModuleType:
    """The ``pdfplumber`` package; :class:`~vnadmin.errors.MissingExtraError` when it is not
    installed."""
    try:
        import pdfplumber as module
    except ImportError:
        raise MissingExtraError("Reading PDF documents", "pdf", "pdfplumber") from None
    return module
