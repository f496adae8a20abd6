"""edXML (QCVN 102:2016/BTTTT): the packages Vietnamese document systems exchange.

``dumps(instrument, sender=..., receivers=...)`` writes the strict QCVN form the national
axis accepts; ``loads(data)`` reads every producer variant into an :class:`EdxmlPackage`
(the instrument plus what only edXML holds), keeping what it cannot interpret in
``unread``.  :func:`dumps_with_report` and :func:`losses` name what the header cannot
carry; ``embed=True`` adds the whole instrument as vnadmin XML in the attachment
:data:`INSTRUMENT_ATTACHMENT`, for vnadmin-to-vnadmin exchange.
``dumps_status``/``loads_status`` handle status packages; :func:`check_package` applies the
axis checks to a package.  :data:`CODEC` is edXML's record among the formats, at the level
of the instrument (:mod:`vnadmin.edxml.codec`).  See ``docs/edxml.md``.
"""

import warnings

from vnadmin._hypothesis_plugin import register_if_hypothesis_is_loaded as _register_strategies
from vnadmin.edxml._tree import (
    GO_NAMESPACE,
    NAMESPACE,
    OLD_NAMESPACE,
    EdxmlDecodeError,
)
from vnadmin.edxml.check import check_package
from vnadmin.edxml.codec import CODEC
from vnadmin.edxml.loss import NOT_CARRIED
from vnadmin.edxml.mapping import (
    INSTRUMENT_ATTACHMENT,
    INSTRUMENT_CONTENT_TYPE,
    PRIORITIES,
)
from vnadmin.edxml.mapping import TYPE_CODES as _TYPE_CODES
from vnadmin.edxml.model import (
    Attachment,
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    ContentReading,
    Disagreement,
    DumpResult,
    EdxmlPackage,
    Organ,
    ReplacementInfo,
    ResponseFor,
    SignatureStatus,
    StaffInfo,
    SteeringType,
    TraceHeader,
    Unread,
    UpdateReceiver,
    Verification,
)
from vnadmin.edxml.reader import loads
from vnadmin.edxml.signing import DSIG, sign, verify
from vnadmin.edxml.status import Status, StatusPackage, dumps_status, loads_status
from vnadmin.edxml.writer import (
    LossError,
    dumps,
    dumps_package,
    dumps_with_report,
    losses,
    package,
)
from vnadmin.limits import PackageLimits

__all__ = [
    "CODEC",
    "DSIG",
    "GO_NAMESPACE",
    "INSTRUMENT_ATTACHMENT",
    "INSTRUMENT_CONTENT_TYPE",
    "NAMESPACE",
    "NOT_CARRIED",
    "OLD_NAMESPACE",
    "PRIORITIES",
    "Attachment",
    "Business",
    "BusinessDocType",
    "BusinessDocumentInfo",
    "ContentReading",
    "Disagreement",
    "DumpResult",
    "EdxmlDecodeError",
    "EdxmlPackage",
    "LossError",
    "Organ",
    "PackageLimits",
    "ReplacementInfo",
    "ResponseFor",
    "SignatureStatus",
    "StaffInfo",
    "Status",
    "StatusPackage",
    "SteeringType",
    "TraceHeader",
    "Unread",
    "UpdateReceiver",
    "Verification",
    "check_package",
    "dumps",
    "dumps_package",
    "dumps_status",
    "dumps_with_report",
    "loads",
    "loads_status",
    "losses",
    "package",
    "sign",
    "verify",
]


def __getattr__(name: str) -> dict[str, int]:
    if name == "TYPE_CODES":
        warnings.warn(
            "vnadmin.edxml.TYPE_CODES is deprecated: DocumentType/Type is 1 (administrative) "
            "or 2 (legal normative), and the kind travels in TypeName only",
            DeprecationWarning,
            stacklevel=2,
        )
        return _TYPE_CODES
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_register_strategies(__name__)  # st.from_type of these types, when hypothesis is imported
