"""Reading attachments: ``AttachmentEncoded`` completed from the manifest, the files
producers zip, and vnadmin's own copy of the instrument.

VNPT's ``EdXML102`` library and Bkav's SDK zip every file that is not pdf, doc, docx,
xls(x) or zip into an archive of one member and send it as ``application/zip`` under its
original name; on read they unzip it.  A gateway's builder zips files and keeps their own
type (a ``.txt`` as ``text/plain``, its one member ``<uuid>.txt``).  vnadmin unwraps both,
safely: only an archive of exactly one file, never a format that is a zip itself (docx,
xlsx...), read to at most :attr:`~vnadmin.edxml.PackageLimits.max_attachment` bytes; a
member that expands beyond that is refused as a zip bomb.  An archive that does not unzip
is kept as sent, with a note in ``EdxmlPackage.unread``.
"""

from __future__ import annotations

import base64
import binascii
import functools
import io
import struct
import uuid
import zipfile
import zlib

import attrs
from lxml import etree

from vnadmin import xml as vnadmin_xml
from vnadmin._media import ZIP, ZIP_FORMATS, extension, media_type
from vnadmin.edxml._tree import Kids, Reader, bad
from vnadmin.edxml.mapping import INSTRUMENT_CONTENT_TYPE
from vnadmin.edxml.model import Attachment
from vnadmin.errors import XMLDecodeError, quoted
from vnadmin.model import Instrument, KindRegistry

__all__ = ["read_attachments"]

_WHITE_SPACE = b" \t\r\n"
_LOCAL_HEADER = b"PK\x03\x04"
_END_RECORD = struct.Struct("<4s4H2LH")  # the zip's end of central directory record
_END_SIGNATURE = b"PK\x05\x06"
_OCTETS = "application/octet-stream"


def read_attachments(
    reader: Reader, kids: Kids, envelope_kids: Kids, kinds: KindRegistry
) -> tuple[tuple[Attachment, ...], Instrument | None]:
    """The attachments, completed from the manifest, and vnadmin's copy of the instrument."""
    references: dict[str, Kids] = {}
    body = reader.single(envelope_kids, "edXMLBody")
    manifest = None if body is None else reader.single(reader.children(body), "edXMLManifest")
    if manifest is not None:
        for reference in reader.children(manifest).take("Reference"):
            listed = reader.children(reference)
            content_id = _reference_id(reader, listed)
            if content_id is not None:
                references[content_id] = listed
    encoded = reader.single(kids, "AttachmentEncoded")
    elements = [] if encoded is None else reader.children(encoded).take("Attachment")
    found: list[Attachment] = []
    instrument = None
    for element in elements:
        attachment = reader.attempt(functools.partial(_attachment, reader, element, references))
        if attachment is None:
            continue
        if attachment.content_type != INSTRUMENT_CONTENT_TYPE:
            found.append(attachment)
        elif instrument is not None:
            reader.report(element, "vnadmin's copy of the instrument is attached twice")
        else:
            instrument = _embedded(reader, element, attachment, kinds)
    for content_id, listed in references.items():
        reader.note(
            listed.element, f"the manifest lists cid:{content_id}, which no Attachment carries"
        )
    found.extend(_gateway_attachments(reader, envelope_kids))
    return tuple(found), instrument


def _content_id(text: str) -> str:
    """``cid:<id>`` or a bare id, as the bare id (white space dropped)."""
    bare = text[4:] if text[:4].lower() == "cid:" else text
    return "".join(bare.split())


def _reference_id(reader: Reader, listed: Kids) -> str | None:
    content_id = reader.child_text(listed, "ContentId")
    if content_id is None or not _content_id(content_id):
        reader.note(listed.element, "a manifest Reference without its ContentId is left out")
        return None
    return _content_id(content_id)


def _attachment(
    reader: Reader, element: etree._Element, references: dict[str, Kids]
) -> Attachment | None:
    kids = reader.children(element)
    raw_id = reader.child_text(kids, "ContentId")
    content_id = None if raw_id is None else _content_id(raw_id)
    if not content_id:
        reader.note(element, "an Attachment without its ContentId is left out")
        return None
    listed = references.pop(content_id, None) or Kids(element)

    def field(name: str) -> str | None:
        """The attachment's own value, else the manifest's (which repeats it, or differs:
        the attachment's wins)."""
        own, manifest = reader.child_text(kids, name), reader.child_text(listed, name)
        return own or manifest

    name = field("AttachmentName")
    if name is None:
        reader.note(element, f"attachment cid:{content_id} has no AttachmentName: left out")
        return None
    payload = _payload(reader, element, reader.single(kids, "ContentTransferEncoded"), name)
    if payload is None:
        return None
    attachment = reader.build(
        element,
        lambda: Attachment(
            name=name,
            payload=payload,
            content_type=field("ContentType") or _OCTETS,
            description=field("Description"),
            content_id=content_id,
        ),
    )
    return _unwrapped(reader, element, attachment)


def _payload(
    reader: Reader, element: etree._Element, encoded: etree._Element | None, name: str
) -> bytes | None:
    """The decoded content, refused on the length of its base64 text when too big; text
    that is not base64 is noted and the attachment left out."""
    if encoded is None:
        reader.note(element, f"attachment {quoted(name)} has no content: left out")
        return None
    text = encoded.text or ""
    limit = reader.limits.max_attachment
    characters = len(text) - sum(text.count(space) for space in " \t\r\n")
    if characters > 4 * ((limit + 2) // 3):
        bad(
            encoded,
            f"attachment {quoted(name)} holds about {characters * 3 // 4} bytes, more than "
            f"{limit} (PackageLimits.max_attachment); it was not decoded",
        )
    try:
        return base64.b64decode(text.encode("ascii").translate(None, _WHITE_SPACE), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        reader.note(encoded, f"attachment {quoted(name)}: the content is not base64: left out")
        return None


def _unwrapped(reader: Reader, element: etree._Element, attachment: Attachment) -> Attachment:
    """The file a producer zipped, in place of its one-member archive (see the module)."""
    payload, name = attachment.payload, attachment.name
    suffix = extension(name)
    if not payload.startswith(_LOCAL_HEADER) or suffix in ZIP_FORMATS:
        return attachment
    declared = attachment.content_type.lower() == ZIP
    members = _member_count(payload)
    if members != 1:
        if declared:
            held = (
                "has no readable end record (truncated?)"
                if members is None
                else f"holds {members} files, not one"
            )
            reader.note(element, f"attachment {quoted(name)}: the zip {held}: kept zipped")
        return attachment
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as archive:
            (member,) = archive.infolist()
            if member.is_dir() or not (declared or extension(member.filename) == suffix):
                return attachment
            content = _bounded(reader, element, archive, member, name)
    except (zipfile.BadZipFile, RuntimeError, NotImplementedError, zlib.error, EOFError) as error:
        reader.note(element, f"attachment {quoted(name)} did not unzip ({error}): kept zipped")
        return attachment
    content_type = (media_type(name) or _OCTETS) if declared else attachment.content_type
    return attrs.evolve(attachment, payload=content, content_type=content_type)


def _member_count(payload: bytes) -> int | None:
    """The number of files the archive's end record declares (None without one), read
    before :mod:`zipfile` lists them: a list of a million members is never built."""
    at = payload.rfind(_END_SIGNATURE, max(0, len(payload) - 65_557))
    if at < 0 or at + _END_RECORD.size > len(payload):
        return None
    total: int = _END_RECORD.unpack_from(payload, at)[4]
    return None if total == 0xFFFF else total  # 0xFFFF: a zip64 archive, not a wrapper


def _bounded(
    reader: Reader,
    element: etree._Element,
    archive: zipfile.ZipFile,
    member: zipfile.ZipInfo,
    name: str,
) -> bytes:
    """The member's content, read to the attachment bound and no further."""
    limit = reader.limits.max_attachment
    content = b""
    if member.file_size <= limit:
        with archive.open(member) as stream:
            content = stream.read(limit + 1)
    if member.file_size > limit or len(content) > limit:
        bad(
            element,
            f"attachment {quoted(name)} unzips to more than {limit} bytes "
            "(PackageLimits.max_attachment): refused as a zip bomb",
        )
    return content


def _gateway_attachments(reader: Reader, envelope_kids: Kids) -> list[Attachment]:
    """A gateway's own form, ``edXMLEnvelope/edXMLAttachments/Attachment`` with
    ``AttachmentName``, ``AttachmentType``, ``AttachmentSize`` and base64 ``AttachmentData``;
    its content ids, which it has none of, follow from the name and position."""
    holder = reader.single(envelope_kids, "edXMLAttachments")
    if holder is None:
        return []
    found = []
    for index, element in enumerate(reader.children(holder).take("Attachment")):
        kids = reader.children(element)
        name = reader.child_text(kids, "AttachmentName")
        kids.take("AttachmentType")  # TXT, PDF: the name's extension says as much
        kids.take("AttachmentSize")
        if name is None:
            reader.note(element, "an attachment without its AttachmentName is left out")
            continue
        payload = _payload(reader, element, reader.single(kids, "AttachmentData"), name)
        if payload is None:
            continue
        content_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:vnadmin:edxml:{index}:{name}"))
        found.append(
            reader.build(
                element,
                lambda name=name, payload=payload, content_id=content_id: Attachment(  # type: ignore[misc]
                    name=name,
                    payload=payload,
                    content_type=media_type(name) or _OCTETS,
                    content_id=content_id,
                ),
            )
        )
    return found


def _embedded(
    reader: Reader, element: etree._Element, attachment: Attachment, kinds: KindRegistry
) -> Instrument | None:
    """vnadmin's copy of the instrument; its problems are located inside the attachment."""
    try:
        return vnadmin_xml.loads(attachment.payload, kinds=kinds)
    except XMLDecodeError as error:
        for found in error.problems:
            reader.report(element, f"in {attachment.name} ({found.where}): {found.message}")
        reader.more += error.more
        return None
