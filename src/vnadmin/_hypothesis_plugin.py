"""The hypothesis plugin: ``st.from_type(vnadmin.Instrument)`` and friends draw valid values.

Hypothesis loads it through the ``hypothesis`` entry point in ``pyproject.toml`` when
vnadmin is installed; a suite that runs vnadmin from a source tree calls :func:`register`.
The import of :mod:`vnadmin.strategies` (and so of hypothesis) waits for that call.
"""

from __future__ import annotations

__all__ = ["register"]


def register() -> None:
    """Register a strategy for each model class whose constructor arguments need rules."""
    from hypothesis import strategies as st

    from vnadmin import model
    from vnadmin import strategies as vs

    types: dict[type, st.SearchStrategy[object]] = {
        model.Appendix: vs.appendices(),
        model.ArchiveLine: vs.archive_lines(),
        model.Assignment: vs.assignments(),
        model.Authority: vs.signature_blocks()
        .filter(lambda block: bool(block.authorities))
        .map(lambda block: block.authorities[-1]),
        model.Body: vs.bodies(),
        model.Citation: vs.citations(),
        model.Contact: vs.contacts(),
        model.DateDeadline: vs.deadlines(types=[model.DateDeadline]),
        model.DocumentKind: vs.document_kinds(),
        model.DocumentNumber: vs.document_numbers(),
        model.DrafterMark: vs.drafter_marks(),
        model.IncomingStamp: vs.incoming_stamps(),
        model.Instrument: vs.instruments(),
        model.Organization: vs.organizations(),
        model.Paragraph: vs.paragraphs(),
        model.PartialDate: vs.partial_dates(),
        model.PeriodDeadline: vs.deadlines(types=[model.PeriodDeadline]),
        model.Recipient: vs.recipients(),
        model.RelativeDeadline: vs.deadlines(types=[model.RelativeDeadline]),
        model.Reporting: vs.reportings(),
        model.SignatureBlock: vs.signature_blocks(),
        model.Task: vs.tasks(),
    }
    for cls, strategy in types.items():
        st.register_type_strategy(cls, strategy)
