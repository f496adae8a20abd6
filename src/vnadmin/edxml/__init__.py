"""edXML (QCVN 102:2016/BTTTT): the packages Vietnamese document systems exchange.

``dumps(instrument, sender=..., receivers=...)`` writes the strict QCVN form;
``loads(data)`` reads every producer variant into an :class:`EdxmlPackage` (the
instrument plus what only edXML holds).  By default the whole instrument also travels as
vnadmin XML in the attachment :data:`INSTRUMENT_ATTACHMENT`, so nothing is lost;
:func:`dumps_with_report` writes without it and names what edXML cannot carry.
``dumps_status``/``loads_status`` handle status packages; :func:`check_package` runs the edXML
rules on a package.  :data:`CODEC` is edXML's record among the formats, at the level of the
instrument (:mod:`vnadmin.edxml.codec`).  See ``docs/edxml.md``.
"""

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
    TYPE_CODES,
)
from vnadmin.edxml.model import (
    Attachment,
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    DumpResult,
    EdxmlPackage,
    Organ,
    ReplacementInfo,
    ResponseFor,
    StaffInfo,
    SteeringType,
    TraceHeader,
    UpdateReceiver,
)
from vnadmin.edxml.reader import loads
from vnadmin.edxml.status import Status, StatusPackage, dumps_status, loads_status
from vnadmin.edxml.writer import LossError, dumps, dumps_package, dumps_with_report, package
from vnadmin.limits import PackageLimits

__all__ = [
    "CODEC",
    "GO_NAMESPACE",
    "INSTRUMENT_ATTACHMENT",
    "INSTRUMENT_CONTENT_TYPE",
    "NAMESPACE",
    "NOT_CARRIED",
    "OLD_NAMESPACE",
    "PRIORITIES",
    "TYPE_CODES",
    "Attachment",
    "Business",
    "BusinessDocType",
    "BusinessDocumentInfo",
    "DumpResult",
    "EdxmlDecodeError",
    "EdxmlPackage",
    "LossError",
    "Organ",
    "PackageLimits",
    "ReplacementInfo",
    "ResponseFor",
    "StaffInfo",
    "Status",
    "StatusPackage",
    "SteeringType",
    "TraceHeader",
    "UpdateReceiver",
    "check_package",
    "dumps",
    "dumps_package",
    "dumps_status",
    "dumps_with_report",
    "loads",
    "loads_status",
    "package",
]
