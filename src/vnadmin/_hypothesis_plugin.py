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

__all__ = ["register", "register_edxml", "register_if_hypothesis_is_loaded"]


def register_if_hypothesis_is_loaded(edxml: bool = False) -> None:
    """Register the strategies (of :func:`register`, or with ``edxml`` those of
    :func:`register_edxml`) if hypothesis is imported already, and plugins are not turned
    off with ``HYPOTHESIS_NO_PLUGINS`` (which turns hypothesis' entry points off)."""
    if "hypothesis.strategies" in sys.modules and not os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        (register_edxml if edxml else register)()


def _lazily(name: str, **options: Any) -> SearchStrategy[Any]:
    """``vnadmin.strategies.<name>(**options)``, made when first drawn from."""
    from hypothesis import strategies as st

    module = "vnadmin.strategies"
    return st.deferred(lambda: getattr(importlib.import_module(module), name)(**options))


def register() -> None:
    """Register a strategy for each public class whose constructor arguments need rules:
    the model, the rule sets, the XML limits and, once :mod:`vnadmin.edxml` is imported
    (it is slow to import, and it registers its own then), edXML packages."""
    from hypothesis import strategies as st

    from vnadmin import errors, limits, model, rules

    lazily = _lazily

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
        rules.Rule: st.sampled_from(tuple(rules.RULES)),
        rules.RuleSet: st.lists(
            st.sampled_from([rule.code for rule in rules.RULES]), max_size=8
        ).map(lambda codes: rules.RULES.disable(*codes)),
        limits.Limits: st.builds(
            limits.Limits,
            max_bytes=st.integers(1, 2**40),
            max_depth=st.integers(1, 2048),
            max_text=st.integers(1, 2**31),
        ),
        limits.PackageLimits: st.builds(
            limits.PackageLimits,
            max_bytes=st.integers(1, 2**40),
            max_depth=st.integers(1, 2048),
            max_text=st.integers(1, 2**31),
            max_attachment=st.integers(1, 3 * 2**29),
        ),
        errors.XMLProblem: st.builds(
            errors.XMLProblem,
            st.none() | st.integers(1, 10**6),
            st.sampled_from(["", "/instrument/subject", "/instrument/body/tasks/task[3]/@label"]),
            st.sampled_from(["unexpected element", "not a date: '31/02/2024'"]),
        ),
    }
    for cls, strategy in types.items():
        st.register_type_strategy(cls, strategy)
    if "vnadmin.edxml" in sys.modules:
        register_edxml()


def register_edxml() -> None:
    """edXML packages are drawn from instruments (``vnadmin.edxml.package``), and the
    sender, trace and business records from those packages."""
    from hypothesis import strategies as st

    from vnadmin import edxml

    packages = _lazily("instruments").map(edxml.package)
    types: dict[type, SearchStrategy[object]] = {
        edxml.EdxmlPackage: packages,
        edxml.Organ: packages.map(lambda package: package.sender),
        edxml.TraceHeader: packages.map(lambda package: package.traces[0]),
        edxml.Business: packages.map(lambda package: package.business),
    }
    for cls, strategy in types.items():
        st.register_type_strategy(cls, strategy)
