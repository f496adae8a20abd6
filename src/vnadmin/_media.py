"""Media types by file extension, as the edXML producers write them in ``ContentType``.

One table for the edXML reader (the type of an attachment it unwraps from a zip) and the
axis rules (an attachment's type must match its name, as the gateways check).  Fixed here
rather than taken from :mod:`mimetypes`, whose answers depend on the host's files.
"""

from __future__ import annotations

__all__ = ["ZIP", "ZIP_FORMATS", "extension", "media_type"]

ZIP = "application/zip"

_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ppt": "application/vnd.ms-powerpoint",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "rtf": "application/rtf",
    "txt": "text/plain",
    "csv": "text/csv",
    "htm": "text/html",
    "html": "text/html",
    "xml": "application/xml",
    "json": "application/json",
    "zip": ZIP,
    "rar": "application/vnd.rar",
    "7z": "application/x-7z-compressed",
    "png": "image/png",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
    "tif": "image/tiff",
    "tiff": "image/tiff",
}

ZIP_FORMATS = frozenset({"zip", "docx", "xlsx", "pptx", "odt", "ods", "odp", "epub", "jar"})
"""Extensions of formats that are zip archives themselves: never unwrapped."""


def extension(name: str) -> str:
    """The lower-case extension of a file name, without the dot (``""`` when none)."""
    stem, dot, found = name.rpartition(".")
    return found.lower() if dot and stem and found.isalnum() else ""


def media_type(name: str) -> str | None:
    """The media type of a file name's extension, or None for one outside the table."""
    return _TYPES.get(extension(name))
