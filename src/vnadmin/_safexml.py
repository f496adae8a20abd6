"""Hardened XML parsing shared by the XML codecs: no DTD, no entities, no network, bounded.

Every document is parsed by libxml2 with DTD loading, entity substitution and network
access off, and a document that declares a DOCTYPE is refused outright.  Size is checked
before parsing; nesting depth and text length are bounded by libxml2 while parsing
(256 levels and 10 MB without ``huge_tree``) and by :class:`Limits` when the tree is read.
A collection is read as a stream, one child of the root at a time, each cleared when done.
"""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any, Protocol, Union, cast

from lxml import etree

from vnadmin._walk import unwritable
from vnadmin.errors import XMLDecodeError, XMLProblem
from vnadmin.limits import Limits

__all__ = [
    "Limits",
    "Source",
    "attribute_items",
    "attribute_names",
    "element_path",
    "iter_children",
    "line",
    "parse",
    "problem",
    "unencodable",
]


class _Readable(Protocol):
    def read(self, size: int = ..., /) -> bytes | str: ...


Source = Union[bytes, str, "os.PathLike[str]", _Readable]
"""What the loaders read: XML as bytes or str, a path, or an open file."""

_SAFE = {
    "resolve_entities": False,
    "no_network": True,
    "load_dtd": False,
    "dtd_validation": False,
    "attribute_defaults": False,
    "remove_comments": True,
    "remove_pis": True,
    "remove_blank_text": True,
    "strip_cdata": True,
    "collect_ids": False,
}

_parsers = threading.local()


def _parser(*, huge: bool, utf8: bool) -> etree.XMLParser:
    """A hardened parser, one per thread and mode (lxml parsers are not shared across threads)."""
    key = (huge, utf8)
    cache: dict[tuple[bool, bool], etree.XMLParser] = _parsers.__dict__.setdefault("cache", {})
    parser = cache.get(key)
    if parser is None:
        parser = etree.XMLParser(
            huge_tree=huge,
            encoding="utf-8" if utf8 else None,
            **_SAFE,  # type: ignore[arg-type]
        )
        cache[key] = parser
    return parser


def _fail(message: str, line: int | None = None, path: str = "") -> XMLDecodeError:
    return XMLDecodeError([XMLProblem(line, path, message)])


_REFUSED_DTD = "a DOCTYPE declaration is refused (no DTDs, no entities)"
_ROOT_START = re.compile(rb"<(?![?!])")
_DOCTYPE = b"<!DOCTYPE"


def _refuse_doctype(data: bytes) -> bool:
    """Refuse a DOCTYPE in the prolog before libxml2 reads its internal subset.

    True once ``data`` reaches the document element, so that no DOCTYPE can follow.
    """
    root = _ROOT_START.search(data)
    end = root.start() if root else len(data)
    at = data.find(_DOCTYPE, 0, end)
    if at >= 0:
        raise _fail(_REFUSED_DTD, data.count(b"\n", 0, at) + 1)
    return root is not None


class _Prolog:
    """Scans the first bytes of a stream for a DOCTYPE, until the document element starts."""

    def __init__(self) -> None:
        self._head: bytes | None = b""

    def feed(self, data: bytes) -> None:
        if self._head is not None:
            self._head += data
            if _refuse_doctype(self._head):
                self._head = None


_CHUNK = 64 * 1024


def parse(source: Source, limits: Limits) -> etree._Element:
    """Parse one document safely; :class:`XMLDecodeError` for anything unsafe or malformed.

    Bytes and text are parsed whole; a path or a file is fed to libxml2 in chunks, so a
    document over ``limits.max_bytes`` is refused before it is all read.
    """
    if isinstance(source, (bytes, bytearray)):
        return _parse_bytes(bytes(source), limits, utf8=False)
    if isinstance(source, str):
        return _parse_text(source, limits)
    if isinstance(source, os.PathLike):
        try:
            if os.stat(source).st_size > limits.max_bytes:
                raise _too_big(limits)
            with open(source, "rb") as file:
                return _parse_file(file, limits)
        except OSError as error:
            raise _fail(f"cannot read {os.fspath(source)!r}: {error.strerror}") from None
    if hasattr(source, "read"):
        return _parse_file(source, limits)
    raise TypeError(f"expected XML bytes, str, a path or a file, got {type(source).__name__}")


def _parse_text(text: str, limits: Limits) -> etree._Element:
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as error:
        raise _fail(f"the text cannot be encoded: {error.reason}") from None
    return _parse_bytes(data, limits, utf8=True)  # the text's own declaration no longer holds


def _parse_bytes(data: bytes, limits: Limits, *, utf8: bool) -> etree._Element:
    if len(data) > limits.max_bytes:
        raise _too_big(limits)
    _refuse_doctype(data)
    parser = _parser(huge=limits.huge, utf8=utf8)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, parser.error_log) from None
    return _checked(root)


def _parse_file(file: _Readable, limits: Limits) -> etree._Element:
    first = file.read(_CHUNK)
    if isinstance(first, str):  # a text file: read it as text, within the same bound
        rest = file.read(limits.max_bytes + 1 - len(first))
        return _parse_text(first + str(rest), limits)
    parser = etree.XMLParser(huge_tree=limits.huge, **_SAFE)  # type: ignore[arg-type]
    size = 0
    prolog = _Prolog()
    data = bytes(first)
    try:
        while data:
            size += len(data)
            if size > limits.max_bytes:
                raise _too_big(limits)
            prolog.feed(data)
            parser.feed(data)
            chunk = file.read(_CHUNK)
            data = chunk.encode("utf-8") if isinstance(chunk, str) else bytes(chunk)
        root = parser.close()
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, parser.error_log) from None
    return _checked(root)


def _checked(root: etree._Element) -> etree._Element:
    if _declares_doctype(root):
        raise _fail(_REFUSED_DTD)
    return root


def _too_big(limits: Limits) -> XMLDecodeError:
    return _fail(f"larger than {limits.max_bytes} bytes (Limits.max_bytes)")


def _declares_doctype(element: etree._Element) -> bool:
    docinfo: Any = element.getroottree().docinfo  # lxml-stubs lack DocInfo.doctype
    return bool(docinfo.doctype)


def line(element: etree._Element) -> int | None:
    """The element's line in its source (lxml-stubs mistype ``sourceline``)."""
    found: Any = element.sourceline
    return cast("int | None", found)


attribute_items = cast("Callable[[etree._Element], list[tuple[str, str]]]", etree._Element.items)
"""The element's attributes as (name, value) pairs (``_Element.items``, typed: lxml-stubs
say bytes too)."""

attribute_names = cast("Callable[[etree._Element], list[str]]", etree._Element.keys)


_LIMIT_HINTS = (
    ("excessive depth", "elements are nested deeper than libxml2 allows (Limits.max_depth)"),
    ("text node too long", "a text is longer than libxml2 allows (Limits.max_text)"),
    ("buffer size limit", "a value is longer than libxml2 allows (Limits.max_text)"),
    ("amplification", "entity expansion is refused"),
)


def _syntax_error(error: etree.XMLSyntaxError, log: etree._ListErrorLog) -> XMLDecodeError:
    """libxml2's errors as problems, resource limits restated in terms of :class:`Limits`.

    ``log`` is the parser's own log: the exception's log also holds earlier parses' errors.
    A feed parser's log can be empty; then the exception's own message is used.
    """
    found = [(entry.line, entry.message) for entry in log.filter_from_errors()]
    if not found:
        found = [(error.lineno, _POSITION.sub("", error.msg))]
    return XMLDecodeError([XMLProblem(line or None, "", _restated(text)) for line, text in found])


_POSITION = re.compile(r", line \d+, column \d+$")


def _restated(message: str) -> str:
    message = message.strip()
    lowered = message.lower()
    for key, hint in _LIMIT_HINTS:
        if key in lowered:
            return hint
    if "entity" in lowered and "not defined" in lowered:
        message += " (entities other than the five predefined ones are refused)"
    return f"not well-formed XML: {message}"


class _Budget:
    """A reader that refuses to feed libxml2 more than ``limit`` bytes past ``mark``."""

    def __init__(self, raw: _Readable, limit: int) -> None:
        self._raw = raw
        self._limit = limit
        self._prolog = _Prolog()
        self.used = 0
        self.mark = 0

    def read(self, size: int = -1, /) -> bytes:
        chunk = self._raw.read(_CHUNK if size < 0 else min(size, _CHUNK))
        data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
        self.used += len(data)
        if self.used - self.mark > self._limit + _CHUNK:  # libxml2 reads ahead
            raise _TooBigError
        self._prolog.feed(data)
        return data


class _TooBigError(Exception):
    """Raised inside the reader; the stream turns it into an XMLDecodeError."""


def iter_children(source: Source, limits: Limits, root_tag: str) -> Iterator[etree._Element]:
    """Each child of the ``root_tag`` document element, complete, then cleared.

    The document is read incrementally: ``limits.max_bytes`` applies to each child (and to
    what precedes the first) give or take 64 KiB that libxml2 reads ahead, and
    ``limits.max_depth`` to the whole document, counted from the root.  Elements already
    yielded are removed, so memory stays bounded by one child.
    """
    if isinstance(source, (bytes, bytearray)):
        raw: _Readable = io.BytesIO(source)
    elif isinstance(source, str):
        raw = io.BytesIO(source.encode("utf-8"))
    elif isinstance(source, os.PathLike):
        try:
            raw = open(source, "rb")  # noqa: SIM115 - closed in the finally below
        except OSError as error:
            raise _fail(f"cannot read {os.fspath(source)!r}: {error.strerror}") from None
    else:
        raw = source
    budget = _Budget(raw, limits.max_bytes)
    events = etree.iterparse(
        budget,
        events=("start", "end"),
        huge_tree=limits.huge,
        **_SAFE,
    )
    depth = 0
    try:
        for event, element in events:
            if event == "start":
                depth += 1
                if depth == 1:
                    _check_root(element, root_tag)
                elif depth > limits.max_depth:
                    raise _fail(
                        f"elements are nested more than {limits.max_depth} deep (Limits.max_depth)",
                        line(element),
                        element_path(element),
                    )
                continue
            depth -= 1
            if depth == 1:
                # The previous member and its tail are complete: check the tail, drop it.
                previous = element.getprevious()
                while previous is not None:
                    _check_blank_text(previous.tail, previous)
                    del element.getparent()[0]
                    previous = element.getprevious()
                yield element
                budget.mark = budget.used
                element.clear(keep_tail=True)
            elif depth == 0:
                _check_blank(element)
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, events.error_log) from None
    except _TooBigError:
        raise _fail(
            f"a member of the collection is larger than {limits.max_bytes} bytes (Limits.max_bytes)"
        ) from None
    finally:
        if raw is not source:
            close = getattr(raw, "close", None)
            if close is not None:
                close()


def _check_root(root: etree._Element, tag: str) -> None:
    if _declares_doctype(root):
        raise _fail(_REFUSED_DTD)
    if root.tag != tag:
        raise _fail(f"expected <{_local(tag)}>, found <{_local(root.tag)}>", line(root), "/")


def _check_blank(root: etree._Element) -> None:
    """The collection root holds only its members: no text, no attributes."""
    if root.attrib:
        name = next(iter(root.attrib))
        raise _fail(f"unexpected attribute {name!r}", line(root), element_path(root))
    _check_blank_text(root.text, root)
    for member in root:
        _check_blank_text(member.tail, member)


def _check_blank_text(text: str | None, where: etree._Element) -> None:
    if text is not None and text.strip(" \t\r\n"):
        raise _fail(f"unexpected text {text.strip()[:40]!r}", line(where), element_path(where))


def _local(tag: object) -> str:
    text = str(tag)
    return text.rpartition("}")[2]


def element_path(element: etree._Element) -> str:
    """``/instrument/body/tasks/task[3]``: local names, XPath-style positions among namesakes."""
    steps = []
    node: etree._Element | None = element
    while node is not None:
        parent = node.getparent()
        name = _local(node.tag)
        if parent is not None:
            namesakes = [sibling for sibling in parent if sibling.tag == node.tag]
            if len(namesakes) > 1:
                name += f"[{namesakes.index(node) + 1}]"
        steps.append(name)
        node = parent
    return "/" + "/".join(reversed(steps))


def problem(element: etree._Element, message: str, attribute: str | None = None) -> XMLProblem:
    """A problem located at ``element`` (or one of its attributes)."""
    path = element_path(element)
    if attribute is not None:
        path += f"/@{attribute}"
    return XMLProblem(line(element), path, message)


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""A character XML 1.0 cannot hold: a control character other than tab and line breaks."""


def unencodable(value: object, path: str) -> tuple[str, str] | None:
    """The first string in an attrs tree that XML 1.0 cannot hold, as (field path, message)."""
    return unwritable(value, path, _NOT_XML, "XML 1.0")
