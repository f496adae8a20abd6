"""vnadmin: the typed model of Vietnamese administrative instruments and their task lists.

The model lives in :mod:`vnadmin.model` and is re-exported here; identifier grammars in
:mod:`vnadmin.grammar`; the regulatory checker in :mod:`vnadmin.rules` (``check`` is
re-exported); hypothesis strategies in :mod:`vnadmin.strategies`.  Each format is a
submodule with the same small face, its record ``CODEC`` (``dumps``, ``loads``, ``losses``,
``kinds=``): :mod:`vnadmin.json`, :mod:`vnadmin.xml`, :mod:`vnadmin.edxml`,
:mod:`vnadmin.akn` (written only) and :mod:`vnadmin.text` (also ``parse_text`` and
``render_text``).  ``docs/architecture.md`` lays out the layers.
"""

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnadmin.errors import (
        DecodeError,
        EdxmlDecodeError,
        EncodeError,
        GrammarError,
        InvalidValueError,
        JSONDecodeError,
        MissingExtraError,
        UnknownKindError,
        UnregisteredKindError,
        VnadminError,
        XMLDecodeError,
        XMLEncodeError,
        XMLProblem,
    )
    from vnadmin.model import (
        KINDS,
        Appendix,
        ArchiveLine,
        Assignment,
        Authority,
        Body,
        Circulation,
        Citation,
        Contact,
        DateDeadline,
        Deadline,
        DeadlineBound,
        DocumentKind,
        DocumentNumber,
        DrafterMark,
        Frequency,
        IncomingStamp,
        Instrument,
        KindRegistry,
        NumberStyle,
        Organization,
        Paragraph,
        PartialDate,
        PeriodDeadline,
        PeriodUnit,
        Printed,
        Recipient,
        Regime,
        RelativeDeadline,
        Reporting,
        Role,
        Secrecy,
        SignatureBlock,
        SigningMark,
        Task,
        Urgency,
    )
    from vnadmin.rules import RULES, Diagnostic, RuleSet, Severity, Strictness, check


__version__ = "0.1.0"

__all__ = [
    "KINDS",
    "RULES",
    "Appendix",
    "ArchiveLine",
    "Assignment",
    "Authority",
    "Body",
    "Circulation",
    "Citation",
    "Contact",
    "DateDeadline",
    "Deadline",
    "DeadlineBound",
    "DecodeError",
    "Diagnostic",
    "DocumentKind",
    "DocumentNumber",
    "DrafterMark",
    "EdxmlDecodeError",
    "EncodeError",
    "Frequency",
    "GrammarError",
    "IncomingStamp",
    "Instrument",
    "InvalidValueError",
    "JSONDecodeError",
    "KindRegistry",
    "MissingExtraError",
    "NumberStyle",
    "Organization",
    "Paragraph",
    "PartialDate",
    "PeriodDeadline",
    "PeriodUnit",
    "Printed",
    "Recipient",
    "Regime",
    "RelativeDeadline",
    "Reporting",
    "Role",
    "RuleSet",
    "Secrecy",
    "Severity",
    "SignatureBlock",
    "SigningMark",
    "Strictness",
    "Task",
    "UnknownKindError",
    "UnregisteredKindError",
    "Urgency",
    "VnadminError",
    "XMLDecodeError",
    "XMLEncodeError",
    "XMLProblem",
    "__version__",
    "check",
]

_HOMES = ("vnadmin.errors", "vnadmin.model", "vnadmin.rules")
"""Where the names of :data:`__all__` live.  They are imported when first used, so that
``import vnadmin`` (and ``vnadmin --help``) costs almost nothing."""


def __getattr__(name: str) -> Any:
    if name in __all__:
        for home in _HOMES:
            module = importlib.import_module(home)
            if hasattr(module, name):
                value = getattr(module, name)
                globals()[name] = value
                return value
    if not name.startswith("_") and importlib.util.find_spec(f"vnadmin.{name}") is not None:
        return importlib.import_module(f"vnadmin.{name}")
    raise AttributeError(f"module 'vnadmin' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
