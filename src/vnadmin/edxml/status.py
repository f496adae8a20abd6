"""edXML status packages: a receiver tells the sender what became of a document.

Same root and envelope as a document package; the ``MessageHeader`` holds ``From``,
``ResponseFor``, ``StaffInfo``, ``StatusCode``, ``Description`` and ``Timestamp``, and
there is no body.  One producer writes the root in lower case (``edxml``): it is read.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Callable
from typing import TypeVar

import attrs
from lxml import etree

from vnadmin._codec import expect
from vnadmin._problems import bad
from vnadmin._safexml import Source
from vnadmin.edxml._tree import (
    DEFAULT_LIMITS,
    Kids,
    PackageLimits,
    Reader,
    format_timestamp,
    open_package,
    q,
    root_element,
    sent_values,
    serialize,
    sub,
    write_organ,
    write_response_for,
    write_staff,
)
from vnadmin.edxml.model import (
    Organ,
    ResponseFor,
    StaffInfo,
    Unread,
    naive_timestamp,
    to_seconds,
)
from vnadmin.errors import quoted
from vnadmin.model._fields import TupleOf, is_a, is_text, items, to_optional_text

__all__ = ["Status", "StatusPackage", "dumps_status", "loads_status"]

T = TypeVar("T")


class Status(enum.Enum):
    """``StatusCode``: what happened to a document at its receiver (QCVN 102:2016)."""

    ARRIVED = "01"
    REFUSED = "02"
    ACCEPTED = "03"
    AWAITING_ASSIGNMENT = "04"
    IN_PROGRESS = "05"
    DONE = "06"
    REVOKE = "13"
    AGREE_REVOKE_OR_UPDATE = "15"
    REFUSE_REVOKE_OR_UPDATE = "16"

    @property
    def meaning(self) -> str:
        return _MEANINGS[self]


_MEANINGS = {
    Status.ARRIVED: "arrived",
    Status.REFUSED: "refused",
    Status.ACCEPTED: "accepted",
    Status.AWAITING_ASSIGNMENT: "arrived, awaiting assignment",
    Status.IN_PROGRESS: "assigned and in progress",
    Status.DONE: "done",
    Status.REVOKE: "revoke",
    Status.AGREE_REVOKE_OR_UPDATE: "agree to revoke or update",
    Status.REFUSE_REVOKE_OR_UPDATE: "refuse to revoke or update",
}


@attrs.frozen(kw_only=True)
class StatusPackage:
    """A status report on the document ``response_for`` names, from ``sender``.

    ``unread`` is set by the reader, as for a document package: each value it could not
    interpret and each element vnadmin has no place for, kept as sent with its line and
    path; a writer writes such a value back where the status leaves the element empty.
    """

    sender: Organ = attrs.field(validator=is_a(Organ))
    status: Status = attrs.field(validator=is_a(Status))
    timestamp: datetime.datetime = attrs.field(converter=to_seconds, validator=naive_timestamp)
    response_for: ResponseFor | None = attrs.field(
        default=None, validator=is_a(ResponseFor, optional=True)
    )
    staff: StaffInfo | None = attrs.field(default=None, validator=is_a(StaffInfo, optional=True))
    description: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True, multiline=True)
    )
    unread: tuple[Unread, ...] = attrs.field(
        default=(), converter=TupleOf[Unread], validator=items(Unread)
    )


def dumps_status(status: StatusPackage) -> bytes:
    """The status package as UTF-8 bytes, in QCVN order and namespace."""
    expect("dumps_status.status", status, StatusPackage)
    root, _, header = root_element()
    message = sub(header, "MessageHeader")
    write_organ(message, "From", status.sender, "sender")
    if status.response_for is not None:
        write_response_for(message, status.response_for, "response_for")
    if status.staff is not None:
        write_staff(message, status.staff, "staff")
    sub(message, "StatusCode", status.status.value)
    sub(message, "Description", status.description, path="description")
    sub(message, "Timestamp", format_timestamp(status.timestamp))
    _write_back(message, status.unread)
    return serialize(root)


def _write_back(message: etree._Element, unread: tuple[Unread, ...]) -> None:
    """Each unread value, as sent, into the element at its path if that is written empty
    (an ``OrganId`` that is no OrganId travels on as it came)."""
    for below, text in sent_values(unread).items():
        element = message.find("/".join(q(part) for part in below.split("/")))
        if element is not None and element.text is None and not len(element):
            element.text = text


def loads_status(source: Source, *, limits: PackageLimits = DEFAULT_LIMITS) -> StatusPackage:
    """Read a status package; ``StatusCode`` may drop its leading zero (``1`` is ``01``).

    A value that does not read, or an element vnadmin does not read, is kept in
    :attr:`StatusPackage.unread`, never dropped unsaid."""
    root = open_package(source, limits)
    reader = Reader(limits)
    found = reader.attempt(lambda: _read(reader, root))
    reader.fail_if_problems()
    assert found is not None
    reader.note_unvisited()
    return attrs.evolve(found, unread=reader.unread)


def _read(reader: Reader, root: etree._Element) -> StatusPackage:
    envelope = reader.required(root, reader.children(root), "edXMLEnvelope")
    header = reader.required(envelope, reader.children(envelope), "edXMLHeader")
    message = reader.required(header, reader.children(header), "MessageHeader")
    kids = reader.children(message)
    code_element = reader.single(kids, "StatusCode")
    if code_element is None:
        bad(message, "no StatusCode: this is a document package, read it with loads")
    sender = reader.attempt(lambda: reader.organ(reader.required(message, kids, "From")))
    response = reader.attempt(lambda: _optional(reader, kids, "ResponseFor", Reader.response_for))
    staff = reader.attempt(lambda: _optional(reader, kids, "StaffInfo", Reader.staff))
    status = reader.attempt(lambda: _status(reader, code_element))
    timestamp = reader.attempt(
        lambda: reader.timestamp(reader.required(message, kids, "Timestamp"))
    )
    description = reader.attempt(lambda: reader.child_text(kids, "Description"))
    reader.fail_if_problems()
    assert sender is not None
    assert status is not None
    if timestamp is None:
        bad(message, "the Timestamp is empty or no timestamp (yyyy/MM/dd HH:mm:ss)")
    return reader.build(
        message,
        lambda: StatusPackage(
            sender=sender,
            status=status,
            timestamp=timestamp,
            response_for=response,
            staff=staff,
            description=description,
        ),
    )


def _optional(
    reader: Reader,
    kids: Kids,
    name: str,
    read: Callable[[Reader, etree._Element], T],
) -> T | None:
    element = reader.single(kids, name)
    return None if element is None else read(reader, element)


def _status(reader: Reader, element: etree._Element) -> Status:
    code = reader.text(element)
    if code is None or not (code.isascii() and code.isdigit()):
        bad(element, f"StatusCode {quoted(code)} is not a code (01..06, 13, 15, 16)")
    try:
        return Status(code.zfill(2))
    except ValueError:
        known = ", ".join(s.value for s in Status)
        bad(element, f"StatusCode {quoted(code)} is not one of {known}")
