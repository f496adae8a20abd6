"""Hardened XML parsing shared by the XML codecs: no DTD, no entities, no network, bounded.

A DOCTYPE is refused by what libxml2 sees, never by a scan of the bytes: the prolog is read
first by libxml2 as a parser target that stops at a DOCTYPE (refused, before its internal
subset is read) or at the document element.  Behind it, every parser runs with DTD loading,
entity substitution and network access off, with a resolver that refuses every external
reference before anything is opened (``load_dtd=False`` alone does not stop libxml2 from
opening a ``file:`` parameter entity or a PUBLIC DTD), and the parsed tree is refused if its
document declares a DTD.  The refusal reads the same whatever the DTD names, so it tells
nothing of the file system.  Size is checked before parsing; nesting depth and text length
are bounded by libxml2 while parsing (256 levels and 10 MB without ``huge_tree``) and by
:class:`Limits` when the tree is read.  A collection is read as a stream, one child of the
root at a time, each cleared when done.
"""

from __future__ import annotations

import collections
import contextlib
import io
import os
import re
import threading
from collections.abc import Callable, Iterator
from typing import Any, BinaryIO, Protocol, Union, cast

from lxml import etree

from vnadmin._files import open_regular
from vnadmin.errors import XMLDecodeError, XMLProblem, quoted
from vnadmin.limits import Limits

__all__ = [
    "Limits",
    "Paths",
    "Source",
    "attribute_items",
    "attribute_names",
    "element_path",
    "iter_children",
    "line",
    "parse",
    "problem",
    "refuse_external",
    "root_name",
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


class _RefusedError(Exception):
    """Raised from inside libxml2 (a resolver, a parser target): the document declares a
    DTD or refers to something outside itself."""


class _Refuser(etree.Resolver):
    """Refuses every external reference (a DTD, an entity, an XInclude) before anything is
    opened: no file, URL or FIFO is touched, and the refusal is the same whether or not the
    resource exists."""

    def resolve(self, system_url: str, public_id: str, context: object = None) -> Any:
        raise _RefusedError


def refuse_external(parser: etree.XMLParser) -> None:
    """Give ``parser`` the resolver that refuses every external reference.

    lxml's ``load_dtd=False`` and ``no_network=True`` do not stop libxml2 from opening a
    ``file:`` parameter entity or a PUBLIC external DTD; this does.
    """
    parser.resolvers.add(_Refuser())


class _RootReachedError(Exception):
    """The prolog ended without a DOCTYPE: the document element starts, with this tag."""

    def __init__(self, tag: str) -> None:
        super().__init__(tag)
        self.tag = tag


class _Prolog:
    """libxml2 reading the prolog only, as a parser target, to refuse a DOCTYPE where it
    begins, before its internal subset is read.

    It stops at the document element: what follows cannot declare a DTD.  A document that
    is not well-formed before then is left to the parser proper, which says why.
    """

    def doctype(self, name: object, public_id: object, system_url: object) -> None:
        raise _RefusedError

    def start(self, tag: Any, attrib: object, nsmap: object = None) -> None:
        raise _RootReachedError(tag)

    def comment(self, text: object) -> None:
        return None

    def data(self, data: object) -> None:
        return None

    def end(self, tag: object) -> None:
        return None

    def close(self) -> None:
        return None


_parsers = threading.local()


def _parser(*, huge: bool, utf8: bool, prolog: bool = False) -> etree.XMLParser:
    """A hardened parser, one per thread and mode (lxml parsers are not shared across
    threads); with ``prolog``, the one that reads the prolog (see :class:`_Prolog`)."""
    key = (huge, utf8, prolog)
    cache: dict[tuple[bool, bool, bool], etree.XMLParser] = _parsers.__dict__.setdefault(
        "cache", {}
    )
    parser = cache.get(key)
    if parser is None:
        parser = _new_parser(huge=huge, utf8=utf8, prolog=prolog)
        cache[key] = parser
    return parser


def _new_parser(*, huge: bool, utf8: bool = False, prolog: bool = False) -> etree.XMLParser:
    parser = etree.XMLParser(
        huge_tree=huge,
        encoding="utf-8" if utf8 else None,
        target=_Prolog() if prolog else None,
        **_SAFE,  # type: ignore[arg-type]
    )
    refuse_external(parser)
    return parser


def _fail(message: str, line: int | None = None, path: str = "") -> XMLDecodeError:
    return XMLDecodeError([XMLProblem(line, path, message)])


_REFUSED_DTD = "a DOCTYPE declaration is refused (no DTDs, no entities)"


def _refused() -> XMLDecodeError:
    """The one refusal of a DTD or an external reference, whatever it names."""
    return _fail(_REFUSED_DTD)


def _check_prolog(data: bytes, *, utf8: bool) -> None:
    """:class:`_RefusedError` if libxml2 finds a DOCTYPE in ``data``'s prolog."""
    with contextlib.suppress(_RootReachedError, etree.XMLSyntaxError):
        etree.fromstring(data, _parser(huge=False, utf8=utf8, prolog=True))


class _PrologFeed:
    """:func:`_check_prolog` for a document read in chunks: each chunk is given to the prolog
    reader before the parser proper, until the document element starts."""

    def __init__(self, *, utf8: bool = False) -> None:
        self._parser: etree.XMLParser | None = _new_parser(huge=False, utf8=utf8, prolog=True)
        self.tag: str | None = None

    def feed(self, data: bytes) -> None:
        if self._parser is not None:
            try:
                self._parser.feed(data)
            except _RootReachedError as reached:
                self.tag = reached.tag
                self._parser = None
            except etree.XMLSyntaxError:
                self._parser = None


def root_name(source: bytes | BinaryIO) -> tuple[str, str]:
    """The namespace (``""`` for none) and local name of the document element, read no
    further than its start tag and as safely as :func:`parse` reads.

    :class:`XMLDecodeError` for a DOCTYPE, or a document not well-formed before its element.
    """
    parser = _new_parser(huge=False, prolog=True)
    try:
        if isinstance(source, bytes):
            etree.fromstring(source, parser)
        else:
            while chunk := source.read(_CHUNK):
                parser.feed(chunk)
            parser.close()
    except _RootReachedError as reached:
        namespace, _, name = reached.tag[1:].rpartition("}")
        return (namespace, name) if reached.tag.startswith("{") else ("", reached.tag)
    except _RefusedError:
        raise _refused() from None
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, parser.error_log) from None
    raise _fail("XML without a root element")  # pragma: no cover - libxml2 refuses first


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
            with open_regular(source) as file:
                if os.fstat(file.fileno()).st_size > limits.max_bytes:
                    raise _too_big(limits)
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
    parser = _parser(huge=limits.huge, utf8=utf8)
    try:
        _check_prolog(data, utf8=utf8)
        root = etree.fromstring(data, parser)
    except _RefusedError:
        raise _refused() from None
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, parser.error_log) from None
    return _checked(root)


def _parse_file(file: _Readable, limits: Limits) -> etree._Element:
    first = file.read(_CHUNK)
    if isinstance(first, str):  # a text file: read it as text, within the same bound
        rest = file.read(limits.max_bytes + 1 - len(first))
        return _parse_text(first + str(rest), limits)
    parser = _new_parser(huge=limits.huge)
    size = 0
    prolog = _PrologFeed()
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
    except _RefusedError:
        raise _refused() from None
    except etree.XMLSyntaxError as error:
        raise _syntax_error(error, parser.error_log) from None
    return _checked(root)


def _checked(root: etree._Element) -> etree._Element:
    """The parsed tree, unless its document declares a DTD after all."""
    if _declares_doctype(root):
        raise _refused()
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

    def __init__(self, raw: _Readable, limit: int, *, utf8: bool) -> None:
        self._raw = raw
        self._limit = limit
        self._prolog = _PrologFeed(utf8=utf8)
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
            raw = open_regular(source)  # closed in the finally below
        except OSError as error:
            raise _fail(f"cannot read {os.fspath(source)!r}: {error.strerror}") from None
    else:
        raw = source
    utf8 = isinstance(source, str)  # text: its own declaration no longer holds
    budget = _Budget(raw, limits.max_bytes, utf8=utf8)
    events = etree.iterparse(
        budget,
        events=("start", "end"),
        huge_tree=limits.huge,
        encoding="utf-8" if utf8 else None,
        **_SAFE,
    )
    events.resolvers.add(_Refuser())
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
    except _RefusedError:
        raise _refused() from None
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
        raise _refused()
    if root.tag != tag:
        raise _fail(f"expected <{_local(tag)}>, found <{_local(root.tag)}>", line(root), "/")


def _check_blank(root: etree._Element) -> None:
    """The collection root holds only its members: no text, no attributes."""
    if root.attrib:
        name = next(iter(root.attrib))
        raise _fail(f"unexpected attribute {quoted(name)}", line(root), element_path(root))
    _check_blank_text(root.text, root)
    for member in root:
        _check_blank_text(member.tail, member)


def _check_blank_text(text: str | None, where: etree._Element) -> None:
    if text is not None and text.strip(" \t\r\n"):
        raise _fail(f"unexpected text {quoted(text.strip())}", line(where), element_path(where))


def _local(tag: object) -> str:
    text = str(tag)
    return text.rpartition("}")[2]


class Paths:
    """Element paths in one tree, ``/instrument/body/tasks/task[3]``: local names, XPath-style
    positions among namesakes.

    Each parent's children are numbered once, when a path first goes through it, so that
    paths cost time linear in the tree however many are asked for (a reader that reported
    the 32,000 tasks of one list used to count the namesakes again for each).  The numbered
    elements are kept, so lxml hands back the same objects for them.
    """

    def __init__(self) -> None:
        self._steps: dict[etree._Element, str] = {}

    def __call__(self, element: etree._Element) -> str:
        steps = []
        node, parent = element, element.getparent()
        while parent is not None:
            step = self._steps.get(node)
            if step is None:
                self._number(parent)
                step = self._steps[node]
            steps.append(step)
            node, parent = parent, parent.getparent()
        steps.append(_local(node.tag))
        return "/" + "/".join(reversed(steps))

    def _number(self, parent: etree._Element) -> None:
        totals = collections.Counter(child.tag for child in parent)
        seen: collections.Counter[object] = collections.Counter()
        for child in parent:
            name = _local(child.tag)
            if totals[child.tag] > 1:
                seen[child.tag] += 1
                name += f"[{seen[child.tag]}]"
            self._steps[child] = name


def element_path(element: etree._Element) -> str:
    """The path of one element (see :class:`Paths`, for many paths in one tree)."""
    return Paths()(element)


def problem(
    element: etree._Element,
    message: str,
    attribute: str | None = None,
    paths: Callable[[etree._Element], str] = element_path,
) -> XMLProblem:
    """A problem located at ``element`` (or one of its attributes); ``paths`` names it."""
    path = paths(element)
    if attribute is not None:
        path += f"/@{attribute}"
    return XMLProblem(line(element), path, message)
