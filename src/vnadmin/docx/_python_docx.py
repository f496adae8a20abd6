"""python-docx, imported when first needed: it is the ``docx`` extra, not a dependency."""

from __future__ import annotations

import functools
import types

from vnadmin.errors import MissingExtraError

__all__ = ["python_docx"]


@functools.cache
def python_docx() -> types.ModuleType:
    """The ``docx`` package (python-docx) with the submodules vnadmin uses;
    :class:`~vnadmin.errors.MissingExtraError` when it is not installed."""
    try:
        import docx
        import docx.enum.text
        import docx.opc.constants
        import docx.opc.packuri
        import docx.opc.part
        import docx.oxml
        import docx.oxml.ns
        import docx.shared
    except ImportError:
        raise MissingExtraError(
            "Reading and writing Word documents", "docx", "python-docx"
        ) from None
    return docx
