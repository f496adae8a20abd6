"""The hypothesis plugin: ``st.from_type(vnadmin.Instrument)`` and friends draw valid values.

A type's strategy is registered when both hypothesis and the module that defines the type
are imported, whichever comes second: the ``hypothesis`` entry point
(``_vnadmin_hypothesis``, outside this package so that ``import hypothesis`` imports no
vnadmin) registers the types of the modules already imported, and each of those modules
(:mod:`vnadmin.errors`, :mod:`vnadmin.limits`, :mod:`vnadmin.model`, :mod:`vnadmin.rules`,
:mod:`vnadmin.edxml`) calls :func:`register_if_hypothesis_is_loaded` as it ends its import,
and registers only its own types: another's may be half imported then.  No test can ask for
a type before its module is imported, so nothing is imported for hypothesis' sake.  A source
tree without the entry point installed calls :func:`register`.

Nothing here imports hypothesis until a registration, nor :mod:`vnadmin.strategies` until
``st.from_type`` first asks for a type: hypothesis runs its entry points when it is first
imported, which may be while :mod:`vnadmin.strategies` itself is being imported, and the
modules register their types while they are being imported.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "register",
    "register_edxml",
    "register_errors",
    "register_if_hypothesis_is_loaded",
    "register_limits",
    "register_loaded",
    "register_model",
    "register_rules",
]


_Resolver = Callable[[type], "SearchStrategy[Any]"]
"""What hypothesis calls with a type when ``st.from_type`` first meets it: registering a
function rather than a strategy keeps :mod:`vnadmin.strategies` unimported until then
(hypothesis materialises a registered strategy, deferred or not, to see it is not empty)."""


def _lazily(
    name: str,
    then: Callable[[SearchStrategy[Any]], SearchStrategy[Any]] | None = None,
    **options: Any,
) -> _Resolver:
    """``vnadmin.strategies.<name>(**options)``, passed through ``then``, made when asked for."""

    def resolve(_: type) -> SearchStrategy[Any]:
        strategy = getattr(importlib.import_module("vnadmin.strategies"), name)(**options)
        return strategy if then is None else then(strategy)

    return resolve


def _register(types: dict[type, SearchStrategy[Any] | _Resolver]) -> None:
    from hypothesis import strategies as st

    for cls, strategy in types.items():
        st.register_type_strategy(cls, strategy)


def register_model() -> None:
    """The model classes whose constructor arguments need rules."""
    from vnadmin import model

    lazily = _lazily
    _register(
        {
            model.Appendix: lazily("appendices"),
            model.ArchiveLine: lazily("archive_lines"),
            model.Assignment: lazily("assignments"),
            model.Authority: lazily(
                "signature_blocks",
                lambda blocks: blocks.filter(lambda block: bool(block.authorities)).map(
                    lambda block: block.authorities[-1]
                ),
            ),
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
            model.Printed: lazily("printed_forms"),
            model.Recipient: lazily("recipients"),
            model.RelativeDeadline: lazily("deadlines", types=[model.RelativeDeadline]),
            model.Reporting: lazily("reportings"),
            model.SignatureBlock: lazily("signature_blocks"),
            model.Task: lazily("tasks"),
        }
    )


def register_limits() -> None:
    """The bounds of the readers and writers (their own registrar: :mod:`vnadmin.limits`
    imports part of :mod:`vnadmin.model`, so the model registers while it is half made)."""
    from hypothesis import strategies as st

    from vnadmin import limits

    _register(
        {
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
            limits.WordLimits: st.builds(
                limits.WordLimits,
                max_bytes=st.integers(1, 2**40),
                max_parts=st.integers(1, 2**20),
                max_part=st.integers(1, 2**40),
                max_unpacked=st.integers(1, 2**42),
                max_ratio=st.integers(1, 2**20),
                max_depth=st.integers(1, 2048),
                max_text=st.integers(1, 2**31),
            ),
            limits.PDFLimits: st.builds(
                limits.PDFLimits,
                max_bytes=st.integers(1, 2**40),
                max_pages=st.integers(1, 2**20),
                max_text=st.integers(1, 2**31),
            ),
        }
    )


def register_errors() -> None:
    """The problems the XML readers report."""
    from hypothesis import strategies as st

    from vnadmin import errors

    _register(
        {
            errors.XMLProblem: st.builds(
                errors.XMLProblem,
                st.none() | st.integers(1, 10**6),
                st.sampled_from(
                    ["", "/instrument/subject", "/instrument/body/tasks/task[3]/@label"]
                ),
                st.sampled_from(["unexpected element", "not a date: '31/02/2024'"]),
            ),
        }
    )


def register_rules() -> None:
    """A ``Rule`` is one of :data:`vnadmin.rules.RULES`; a ``RuleSet`` is ``RULES`` with
    some rules disabled; a ``Finding`` rests on components (:data:`vnadmin.rules.COMPONENTS`)."""
    from hypothesis import strategies as st

    from vnadmin import rules

    codes = [rule.code for rule in rules.RULES]
    _register(
        {
            rules.Rule: st.sampled_from(tuple(rules.RULES)),
            rules.Finding: st.builds(
                rules.Finding,
                st.text(),
                st.text(),
                needs=st.frozensets(st.sampled_from(sorted(rules.COMPONENTS))),
            ),
            rules.RuleSet: st.lists(st.sampled_from(codes), max_size=8).map(
                lambda disabled: rules.RULES.disable(*disabled)
            ),
        }
    )


def register_edxml() -> None:
    """edXML packages are drawn from instruments (``vnadmin.edxml.package``), and the
    sender, trace and business records from those packages."""
    from vnadmin import edxml

    def packages(field: Callable[[edxml.EdxmlPackage], Any] | None = None) -> _Resolver:
        def then(instruments: SearchStrategy[Any]) -> SearchStrategy[Any]:
            drawn = instruments.map(edxml.package)
            return drawn if field is None else drawn.map(field)

        return _lazily("instruments", then)

    _register(
        {
            edxml.EdxmlPackage: packages(),
            edxml.Organ: packages(lambda package: package.sender),
            edxml.TraceHeader: packages(lambda package: package.traces[0]),
            edxml.Business: packages(lambda package: package.business),
        }
    )


_REGISTRARS: dict[str, Callable[[], None]] = {
    "vnadmin.errors": register_errors,
    "vnadmin.limits": register_limits,
    "vnadmin.model": register_model,
    "vnadmin.rules": register_rules,
    "vnadmin.edxml": register_edxml,
}
"""The module whose import registers each group of types."""


def register() -> None:
    """Register every type strategy of vnadmin, importing the modules of the types (for a
    source tree without the entry point installed)."""
    for module, registrar in _REGISTRARS.items():
        importlib.import_module(module)
        registrar()


def register_loaded() -> None:
    """Register the types of the modules imported so far (the entry point's work)."""
    for module, registrar in _REGISTRARS.items():
        if module in sys.modules:
            registrar()


def register_if_hypothesis_is_loaded(module: str) -> None:
    """Register the types of ``module`` (its ``__name__``, as it ends its import) if
    hypothesis is imported already, and plugins are not turned off with
    ``HYPOTHESIS_NO_PLUGINS`` (which turns hypothesis' entry points off)."""
    if "hypothesis.strategies" in sys.modules and not os.environ.get("HYPOTHESIS_NO_PLUGINS"):
        _REGISTRARS[module]()
