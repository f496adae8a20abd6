"""One face for every format: the :class:`Codec` record each format module declares, and the
checks every writer shares.

A format module (:mod:`vnadmin.json`, :mod:`vnadmin.xml`, :mod:`vnadmin.edxml`,
:mod:`vnadmin.akn`, :mod:`vnadmin.text`) owns one record, ``CODEC``: its name, extension
and media type, ``dumps(instrument, *, kinds=..., **options)``, ``loads(source, *,
kinds=..., limits=...)`` (``None`` for a format vnadmin only writes), ``losses(instrument,
*, kinds=...)`` and how its content is recognised.  The command line collects the records
(``vnadmin.cli.formats.CODECS``); adding a format is adding one record.

Every writer shares one guard (:func:`writer`, :func:`guarded`): a :class:`TypeError`
naming the expected type for a wrong argument, a tree nested deeper than
:data:`~vnadmin.limits.MAX_NESTING` refused, and the refusals of the encoder (lxml,
orjson, a UTF-8 encoding) turned into an :class:`~vnadmin.errors.EncodeError` naming the
field.  A format with a reader measures its losses one way, :func:`round_trip_losses`: the
differences between ``x`` and ``loads(dumps(x))``.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

import attrs

from vnadmin._files import open_regular
from vnadmin._kinds import located
from vnadmin._walk import differences, field_values, too_deep, unwritable
from vnadmin.errors import DecodeError, EncodeError, UnregisteredKindError, XMLEncodeError
from vnadmin.limits import Limits, PackageLimits, WordLimits
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.presentation import Presentation

__all__ = [
    "UTF8",
    "XML",
    "Codec",
    "Medium",
    "Reading",
    "check_bytes",
    "check_sizes",
    "check_texts",
    "expect",
    "guarded",
    "round_trip_losses",
    "writer",
]

P = ParamSpec("P")
R = TypeVar("R")

Dumps = Callable[..., "bytes | str"]
Loads = Callable[..., Instrument]
Losses = Callable[..., tuple[str, ...]]


class Remark(Protocol):
    """A reader's remark on its reading, as the checker needs it: its code
    (:class:`vnadmin.text.TextDiagnostic` is one)."""

    @property
    def code(self) -> str: ...


@attrs.frozen(kw_only=True)
class Reading:
    """An instrument read from an input, with what its reader said about the reading
    (``line 3: warning: issuer-inferred: ...``) as notes and, for text, as ``diagnostics``,
    which tell the checker what the reader could not read; most readers say nothing."""

    instrument: Instrument
    notes: tuple[str, ...] = ()
    diagnostics: tuple[Remark, ...] = ()
    presentation: Presentation | None = None
    """What a printed document (Word, PDF) shows beyond its instrument, which the checker's
    presentation rules check; ``None`` for the other formats."""


def _frozen(options: Mapping[str, object]) -> Mapping[str, object]:
    return MappingProxyType(dict(options))


@attrs.frozen(kw_only=True)
class Codec:
    """A format, as its module declares it.

    ``dumps`` and ``loads`` are the module's own (``loads`` is ``None`` when vnadmin only
    writes the format, ``dumps`` and ``losses`` when it only reads it: PDF); both take ``kinds=`` and, for a format with ``limits`` (the class
    of its bounds, :class:`~vnadmin.xml.Limits` or :class:`~vnadmin.edxml.PackageLimits`),
    ``limits=``.  ``losses`` names the fields of an instrument the format does not give
    back.  Content is recognised by ``starts`` (what it begins with once blanks and a
    byte-order mark are skipped; empty: anything) and, for an XML format, ``root``:
    whether a root element of that namespace (``""`` for none) and local name is its own.
    ``foreign`` says why content that begins like the format's is no document of it (JSON
    without a ``"vnadmin"`` key), or ``None``.  ``reading`` is ``loads`` with the reader's
    remarks, for a format whose reader makes any; ``file_options`` are the ``dumps``
    options a file is written with; ``decode_error`` is what ``loads`` raises.
    """

    name: str
    extension: str
    media_type: str
    dumps: Dumps | None
    loads: Loads | None
    losses: Losses | None
    starts: bytes | tuple[bytes, ...] = b""
    root: Callable[[str, str], bool] | None = None
    limits: type[Limits] | type[PackageLimits] | type[WordLimits] | None = None
    decode_error: type[DecodeError] | None = None
    foreign: Callable[[bytes], str | None] | None = None
    reading: Callable[..., Reading] | None = None
    file_options: Mapping[str, object] = attrs.field(default={}, converter=_frozen)

    def read(self, source: Any, *, kinds: KindRegistry = KINDS) -> Reading:
        """The instrument of ``source`` with the reader's remarks."""
        if self.reading is not None:
            return self.reading(source, kinds=kinds)
        if self.loads is None:
            raise TypeError(f"vnadmin writes {self.name} but does not read it")
        return Reading(instrument=self.loads(source, kinds=kinds))

    def encode(self, instrument: Instrument, *, kinds: KindRegistry = KINDS) -> bytes:
        """The bytes of a file in this format: ``dumps`` with :attr:`file_options`; text is
        UTF-8 ending with a line break."""
        return _encode(instrument, self, kinds=kinds)


# Arguments ------------------------------------------------------------------------------------


def expect(name: str, value: object, kind: type | tuple[type, ...]) -> None:
    """:class:`TypeError` unless ``value`` is a ``kind``: ``kinds: expected a KindRegistry,
    got dict``."""
    if not isinstance(value, kind):
        expected = (
            kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        )
        article = "an" if expected[0] in "AEIOU" else "a"
        raise TypeError(f"{name}: expected {article} {expected}, got {type(value).__name__}")


def read_bounded(
    source: object, max_bytes: int, fail: Callable[[str, str], Exception], limit: str
) -> bytes:
    """The bytes of ``source`` (bytes, a path or a binary file), no more than ``max_bytes``
    of them read, for the readers of binary formats (Word, PDF).  ``fail(where, message)``
    makes their error for a file that cannot be read or is too large; ``limit`` names the
    bound (``WordLimits.max_bytes``)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
    elif isinstance(source, (str, os.PathLike)):
        try:
            with open_regular(source) as file:
                data = file.read(max_bytes + 1)
        except OSError as error:
            raise fail(str(source), f"cannot be read: {error.strerror or error}") from None
    elif hasattr(source, "read"):
        data = source.read(max_bytes + 1)
        if not isinstance(data, bytes):
            raise TypeError(f"expected a binary file, got one that reads {type(data).__name__}")
    else:
        raise TypeError(f"expected bytes, a path or a binary file, got {type(source).__name__}")
    if len(data) > max_bytes:
        raise fail(
            "file",
            f"more than {limit} ({max_bytes}) bytes; pass limits= with a larger max_bytes"
            " to read it",
        )
    return data


# The writers' guard ---------------------------------------------------------------------------


@attrs.frozen
class Medium:
    """What a writer encodes to: the characters it cannot hold, its name in a message, and
    the error it raises."""

    cannot_hold: re.Pattern[str]
    name: str
    error: type[EncodeError]


XML = Medium(
    re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"), "XML 1.0", XMLEncodeError
)
"""XML 1.0: no control character other than tab and line breaks, no lone surrogate."""
UTF8 = Medium(re.compile("[\ud800-\udfff]"), "UTF-8 (a lone surrogate)", EncodeError)
"""UTF-8 text, which holds every character but a lone surrogate."""


def _refusal(
    error: Exception, instrument: Instrument, kinds: KindRegistry, medium: Medium
) -> Exception | None:
    """The error to raise instead of ``error``, which writing ``instrument`` raised; ``None``
    to let it through."""
    if isinstance(error, UnregisteredKindError):  # say which field holds the kind
        return located(error, instrument, kinds)
    if isinstance(error, EncodeError):
        return None
    if isinstance(error, RecursionError):
        return medium.error("Instrument", "nested too deeply to write")
    if isinstance(error, (ValueError, TypeError)):  # lxml's, orjson's, the codec's refusal
        found = unwritable(instrument, "Instrument", medium.cannot_hold, medium.name)
        return None if found is None else medium.error(*found)
    return None


def guarded(
    write: Callable[[], R], instrument: Instrument, kinds: KindRegistry, medium: Medium
) -> R:
    """``write()``, which writes ``instrument`` to ``medium``; what it refuses is said as an
    :class:`~vnadmin.errors.EncodeError` naming the field.  The arguments are checked by the
    caller (:func:`writer` checks a public writer's)."""
    _refuse_deep(instrument, medium)
    try:
        return write()
    except Exception as error:
        instead = _refusal(error, instrument, kinds, medium)
        if instead is None:
            raise
        raise instead from None


def _refuse_deep(instrument: Instrument, medium: Medium) -> None:
    """A tree nested deeper than every reader reads is not written, in any format."""
    deep = too_deep(instrument)
    if deep is not None:
        raise medium.error(*deep)


def writer(
    medium: Medium,
) -> Callable[[Callable[Concatenate[Instrument, P], R]], Callable[Concatenate[Instrument, P], R]]:
    """The guard of a public writer ``write(instrument, *, kinds=..., ...)``: its arguments
    checked (:class:`TypeError`), its refusals said as :func:`guarded` says them."""

    def decorate(
        write: Callable[Concatenate[Instrument, P], R],
    ) -> Callable[Concatenate[Instrument, P], R]:
        @functools.wraps(write)
        def checked(instrument: Instrument, /, *args: P.args, **options: P.kwargs) -> R:
            if not isinstance(instrument, Instrument):
                raise TypeError(f"expected an Instrument, got {type(instrument).__name__}")
            kinds = options.get("kinds", KINDS)
            if kinds is not KINDS:
                expect("kinds", kinds, KindRegistry)
            _refuse_deep(instrument, medium)
            try:
                return write(instrument, *args, **options)
            except Exception as error:
                instead = _refusal(error, instrument, kinds, medium)  # type: ignore[arg-type]
                if instead is None:
                    raise
                raise instead from None

        return checked

    return decorate


def _encode(instrument: Instrument, codec: Codec, *, kinds: KindRegistry) -> bytes:
    if codec.dumps is None:
        raise TypeError(f"vnadmin reads {codec.name} but does not write it")
    data = codec.dumps(instrument, kinds=kinds, **codec.file_options)
    if isinstance(data, bytes):
        return data
    text = data if data.endswith("\n") else data + "\n"
    return guarded(lambda: text.encode("utf-8"), instrument, kinds, UTF8)


AnyLimits = Limits | PackageLimits | WordLimits


def check_sizes(instrument: Instrument, data: bytes, limits: AnyLimits) -> None:
    """Refuse an XML document ``data``, or a text in ``instrument``, that a reader with
    ``limits`` would refuse: :class:`~vnadmin.errors.XMLEncodeError` names the field.

    A reader refuses a text or an attribute value longer than ``max_text``.  Each lies in
    ``data`` between two ``<``, in UTF-8 and escaped (at least one byte a character), so a
    document with no run of more than ``max_text`` bytes free of ``<`` holds none, and the
    instrument is not walked: only a document with such a run is, for the field to name.
    """
    if _longest_run_exceeds(data, limits.max_text):
        check_texts(instrument, limits)
    check_bytes(len(data), limits)


_RAISE_THEM = "pass limits= with a larger {} to the writer and to the reader"


def _longest_run_exceeds(data: bytes, limit: int) -> bool:
    """Whether ``data`` holds more than ``limit`` bytes in a row without a ``<``.

    Each step looks for the last ``<`` in the next ``limit + 1`` bytes and starts again
    after it, so the bytes searched add up to about ``len(data)``, in ``len(data) / limit``
    steps for a document whose texts are short: a few for the default limits.
    """
    start, end = 0, len(data)
    while end - start > limit:
        found = data.rfind(b"<", start, start + limit + 1)
        if found < 0:
            return True
        start = found + 1
    return False


def check_texts(instrument: Instrument, limits: AnyLimits) -> None:
    """Refuse a text in ``instrument`` longer than ``limits.max_text``, naming its field (a
    walk of the whole instrument: :func:`check_sizes` spares it to an XML writer)."""
    for path, value in field_values(instrument, "Instrument"):
        if isinstance(value, str) and len(value) > limits.max_text:
            raise XMLEncodeError(
                path,
                f"{len(value)} characters, more than {type(limits).__name__}.max_text "
                f"({limits.max_text}); " + _RAISE_THEM.format("max_text"),
            )


def check_bytes(size: int, limits: AnyLimits) -> None:
    """Refuse a document of ``size`` bytes, more than ``limits.max_bytes``."""
    if size > limits.max_bytes:
        raise XMLEncodeError(
            "Instrument",
            f"{size} bytes of XML, more than {type(limits).__name__}.max_bytes "
            f"({limits.max_bytes}); " + _RAISE_THEM.format("max_bytes"),
        )


# Losses ---------------------------------------------------------------------------------------


def round_trip_losses(dumps: Dumps, loads: Loads) -> Losses:
    """The ``losses`` of a format with a reader: the fields where ``loads(dumps(x))`` differs
    from ``x`` (``body.tasks[0].deadline``), each with ``kinds``."""

    def losses(instrument: Instrument, *, kinds: KindRegistry = KINDS) -> tuple[str, ...]:
        return differences(instrument, loads(dumps(instrument, kinds=kinds), kinds=kinds))

    losses.__doc__ = (
        "The fields of ``instrument`` a round trip through this format does not give back "
        "(``body.tasks[0].deadline``), both ways with ``kinds``; empty when it loses nothing."
    )
    return losses
