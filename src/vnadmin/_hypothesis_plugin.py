"""The hypothesis plugin: ``st.from_type(vnadmin.Instrument)`` and friends draw valid values.

The strategies are registered as soon as both hypothesis and vnadmin are imported, whichever
comes second: the ``hypothesis`` entry point (``_vnadmin_hypothesis``, outside this package so
that ``import hypothesis`` does not import vnadmin) registers them when vnadmin is imported
first, and :func:`register_if_hypothesis_is_loaded`, called by ``import vnadmin``, when
hypothesis is.  A source tree without the entry point installed calls :func:`register`.

Nothing here imports hypothesis until a registration, nor :mod:`vnadmin.strategies` until the
first draw: hypothesis runs its entry points when it is first imported, which may be while
:mod:`vnadmin.strategies` itself is being imported.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = ["register", "register_if_hypothesis_is_loaded"]


def register_if_hypothesis_is_loaded() -> None:
    """Register the strategies if hypothesis is imported already (and plugins are not
    turned off with ``HYPOTHESIS_NO_PLUGINS``, as hypothesis' own entry points are not)."""
    if "hypothesis.strategies" in sys.modules and not os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        register()


def register() -> None:
    """Register a strategy for each model class whose constructor arguments need rules."""
    from hypothesis import strategies as st

    from vnadmin import model

    def lazily(name: str, **options: Any) -> SearchStrategy[Any]:
        """``vnadmin.strategies.<name>(**options)``, made when first drawn from."""
        module = "vnadmin.strategies"
        return st.deferred(lambda: getattr(importlib.import_module(module), name)(**options))

    types: dict[type, SearchStrategy[object]] = {
        model.Appendix: lazily("appendices"),
        model.ArchiveLine: lazily("archive_lines"),
        model.Assignment: lazily("assignments"),
        model.Authority: lazily("signature_blocks")
        .filter(lambda block: bool(block.authorities))
        .map(lambda block: block.authorities[-1]),
        model.Body: lazily("bodies"),
        model.Citation: lazily("citations"),
        model.Contact: lazily("contacts"),
        model.DateDeadline: lazily("deadlines", types=[model.DateDeadline]),
        model.DocumentKind: lazily("document_kinds"),
        model.DocumentNumber: lazily("document_numbers"),
        model.DrafterMark: lazily("drafter_marks"),
        model.IncomingStamp: lazily("incoming_stamps"),
        model.Instrument: lazily("instruments"),
        model.Organization: lazily("organizations"),
        model.Paragraph: lazily("paragraphs"),
        model.PartialDate: lazily("partial_dates"),
        model.PeriodDeadline: lazily("deadlines", types=[model.PeriodDeadline]),
        model.Recipient: lazily("recipients"),
        model.RelativeDeadline: lazily("deadlines", types=[model.RelativeDeadline]),
        model.Reporting: lazily("reportings"),
        model.SignatureBlock: lazily("signature_blocks"),
        model.Task: lazily("tasks"),
    }
    for cls, strategy in types.items():
        st.register_type_strategy(cls, strategy)
