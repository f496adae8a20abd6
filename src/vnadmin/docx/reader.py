"""``read`` and ``loads``: a Word document in, the instrument and its presentation out.

The package is checked before it is opened (:mod:`vnadmin.docx.package`), python-docx
opens it, and :mod:`vnadmin.pages.blocks` walks its paragraphs and tables with the
formatting they show.  The blocks become logical lines (:mod:`vnadmin.pages.lines`) that
the text reader reads, as it reads every other input; the presentation is measured on the
blocks against what was read (:mod:`vnadmin.pages.measure`).  A document vnadmin wrote
carries its copy of the instrument, which is the reading while the document's text is the
text it was written with (:mod:`vnadmin.docx.copy`).
"""

from __future__ import annotations

import io

from vnadmin._codec import expect
from vnadmin.docx._python_docx import python_docx
from vnadmin.docx.copy import find_copy
from vnadmin.docx.libreoffice import convert_legacy
from vnadmin.docx.package import DEFAULT_LIMITS, OLE2, Source, check_package, read_source
from vnadmin.docx.walk import read_blocks, read_pages
from vnadmin.errors import WordDecodeError
from vnadmin.limits import WordLimits
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.pages import PageDiagnostic, PageReading, logical_lines, measure, read_page
from vnadmin.severity import Severity

__all__ = ["loads", "read"]


def read(
    source: Source,
    *,
    kinds: KindRegistry = KINDS,
    limits: WordLimits = DEFAULT_LIMITS,
    convert: bool = False,
) -> PageReading:
    """Read a Word document (bytes, a path or a binary file) into its instrument, the
    reader's remarks, its presentation and the logical lines the text reader read.

    A legacy ``.doc`` is converted with LibreOffice when ``convert=True`` and LibreOffice
    is installed, and refused otherwise.  :class:`~vnadmin.errors.WordDecodeError` for what
    is no Word document or is unsafe to open (see :mod:`vnadmin.docx.package`); a Word
    document is never refused over what it says.
    """
    if limits is not DEFAULT_LIMITS:
        expect("limits", limits, WordLimits)
    data = read_source(source, limits)
    notes: list[PageDiagnostic] = []
    if data.startswith(OLE2) and convert:
        data = convert_legacy(data, limits)
        notes.append(
            PageDiagnostic(
                where="document",
                severity=Severity.INFO,
                code="converted",
                message="a legacy .doc file, converted to .docx with LibreOffice",
            )
        )
    check_package(data, limits)
    docx = python_docx()
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx's own refusals: a part missing, a bad type
        raise WordDecodeError([("file", f"python-docx cannot open it: {error}")]) from None
    blocks = read_blocks(document, max_text=limits.max_text)
    copy = find_copy(document, blocks, kinds, limits.xml)
    diagnostics: tuple[PageDiagnostic, ...] = ()
    if copy is not None and copy.current:
        instrument, lines = copy.instrument, tuple(logical_lines(blocks))
        notes.append(_note(Severity.INFO, "vnadmin-copy", "read from the copy vnadmin attached"))
    else:
        instrument, diagnostics, lines = read_page(blocks, kinds=kinds)
    if copy is not None and not copy.current:
        notes.append(
            _note(
                Severity.WARNING,
                "vnadmin-copy-stale",
                "the text was changed after vnadmin wrote the document: its copy of the"
                " instrument is set aside and the pages are read",
            )
        )
    return PageReading(
        instrument=instrument,
        diagnostics=(*notes, *diagnostics),
        presentation=measure(blocks, read_pages(document), instrument),
        lines=lines,
    )


def _note(severity: Severity, code: str, message: str) -> PageDiagnostic:
    return PageDiagnostic(where="document", severity=severity, code=code, message=message)


def loads(
    source: Source,
    *,
    kinds: KindRegistry = KINDS,
    limits: WordLimits = DEFAULT_LIMITS,
    convert: bool = False,
) -> Instrument:
    """The instrument of a Word document (see :func:`read`)."""
    return read(source, kinds=kinds, limits=limits, convert=convert).instrument
