"""The domain model: frozen attrs classes only; no XML, JSON or text knowledge."""

from vnadmin._hypothesis_plugin import register_if_hypothesis_is_loaded as _register_strategies
from vnadmin.model.citations import Citation
from vnadmin.model.dates import PartialDate
from vnadmin.model.instrument import (
    Appendix,
    Body,
    Circulation,
    IncomingStamp,
    Instrument,
    Paragraph,
    Reporting,
    Secrecy,
    Urgency,
)
from vnadmin.model.kinds import KINDS, DocumentKind, KindRegistry, Regime
from vnadmin.model.numbering import DocumentNumber, NumberStyle
from vnadmin.model.parties import ArchiveLine, Contact, DrafterMark, Organization, Recipient
from vnadmin.model.printed import Printed
from vnadmin.model.signature import Authority, SignatureBlock, SigningMark
from vnadmin.model.tasks import (
    Assignment,
    DateDeadline,
    Deadline,
    DeadlineBound,
    Frequency,
    PeriodDeadline,
    PeriodUnit,
    RelativeDeadline,
    Role,
    Task,
)

__all__ = [
    "KINDS",
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
    "DocumentKind",
    "DocumentNumber",
    "DrafterMark",
    "Frequency",
    "IncomingStamp",
    "Instrument",
    "KindRegistry",
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
    "Secrecy",
    "SignatureBlock",
    "SigningMark",
    "Task",
    "Urgency",
]


_register_strategies(__name__)  # st.from_type of these types, when hypothesis is imported
