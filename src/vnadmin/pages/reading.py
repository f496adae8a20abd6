"""The logical lines a printed document's reader recovers, each with the place it comes
from, read by the text reader; and the reading Word and PDF readers return.

:func:`read_lines` hands the lines to :func:`vnadmin.text.parse_text`, so the body, the
task list, the signature and the distribution list are read by the one semantic layer
every input goes through, and turns the text reader's line numbers back into places in the
document (``table 1, row 2, cell 1, paragraph 1``; ``page 2``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from vnadmin.model import Instrument, KindRegistry
from vnadmin.pages.blocks import Block
from vnadmin.pages.lines import Line, logical_lines
from vnadmin.presentation import Presentation
from vnadmin.severity import Severity
from vnadmin.text import TextDiagnostic, parse_text

__all__ = ["PageDiagnostic", "PageReading", "read_lines", "read_page"]


@attrs.frozen(kw_only=True)
class PageDiagnostic:
    """A remark on the reading of a printed document: where (a place in the document, or
    ``document``), how bad, what; ``code`` as the text reader's codes, or a document
    reader's own (``vnadmin-copy-stale``, ``scanned``)."""

    where: str
    severity: Severity
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.severity.value}: {self.code}: {self.message}"


@attrs.frozen(kw_only=True)
class PageReading:
    """What a Word or PDF reader read: the instrument, its remarks, the presentation it
    measured (:class:`vnadmin.presentation.Presentation`, which :func:`vnadmin.check`
    checks), and the logical lines it gave the text reader."""

    instrument: Instrument
    diagnostics: tuple[PageDiagnostic, ...] = ()
    presentation: Presentation | None = None
    lines: tuple[Line, ...] = ()

    @property
    def text(self) -> str:
        """The logical lines as the text the text reader read."""
        return "\n".join(line.text for line in self.lines)


def read_lines(
    lines: Sequence[Line], *, kinds: KindRegistry, signed: bool = False
) -> tuple[Instrument, tuple[PageDiagnostic, ...]]:
    """The instrument the text reader reads in ``lines``, its remarks placed in the
    document; ``signed``: the file carries an electronic signature (see
    :func:`~vnadmin.text.parse_text`)."""
    result = parse_text("\n".join(line.text for line in lines), kinds=kinds, signed=signed)
    return result.instrument, tuple(_placed(result.diagnostics, lines))


def read_page(
    blocks: list[Block], *, kinds: KindRegistry, signed: bool = False
) -> tuple[Instrument, tuple[PageDiagnostic, ...], tuple[Line, ...]]:
    """The instrument in a page's ``blocks``: their logical lines (a task table's rows as
    markdown rows, whose columns the text reader reads) read by the text reader; the
    remarks, and the lines read."""
    lines = logical_lines(blocks)
    instrument, diagnostics = read_lines(lines, kinds=kinds, signed=signed)
    return instrument, diagnostics, tuple(lines)


def _placed(
    diagnostics: Iterable[TextDiagnostic], lines: Sequence[Line]
) -> Iterable[PageDiagnostic]:
    for diagnostic in diagnostics:
        number = diagnostic.line
        where = lines[number - 1].where if 0 < number <= len(lines) else ""
        yield PageDiagnostic(
            where=where or "document",
            severity=diagnostic.severity,
            code=diagnostic.code,
            message=diagnostic.message,
        )
