"""One exception hierarchy. Every error says where the problem is: a field, a path or a line.

Every error pickles to an equal one (its message, problems, paths and lines), so an error
raised in a worker process (the CLI's, Dask's, Ray's) reaches the caller whole.  The JSON
converter's :class:`vnadmin.json.StructureError` (a cattrs exception group) belongs to the
hierarchy too; it lives in :mod:`vnadmin.json` so that importing vnadmin does not import cattrs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from vnadmin._hypothesis_plugin import register_if_hypothesis_is_loaded as _register_strategies

__all__ = [
    "MAX_KEPT",
    "MAX_LISTED",
    "DecodeError",
    "DuplicateRuleError",
    "EdxmlDecodeError",
    "EncodeError",
    "GrammarError",
    "InvalidValueError",
    "JSONDecodeError",
    "LossError",
    "PDFDecodeError",
    "RuleFailedError",
    "UnknownKindError",
    "UnknownRuleError",
    "UnregisteredKindError",
    "VnadminError",
    "WordDecodeError",
    "XMLDecodeError",
    "XMLEncodeError",
    "XMLProblem",
]


class VnadminError(Exception):
    """Base class of every error vnadmin raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        # BaseException's would call the class with ``args`` (the formatted message), which
        # is not what a subclass's __init__ takes: rebuild without it, from args and attributes.
        return _rebuild, (type(self), self.args, self.__dict__)


def _rebuild(cls: type[VnadminError], args: tuple[Any, ...], state: dict[str, Any]) -> VnadminError:
    """The error ``cls`` with ``args`` and attributes ``state``, as pickled, without __init__."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class InvalidValueError(VnadminError, ValueError):
    """A model value breaks a rule; ``path`` names the field (``DocumentNumber.number``)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def quoted(value: object, limit: int = 60) -> str:
    """``value`` as a message quotes it: its ``repr``, or for a longer string that of its
    first ``limit`` characters and its length, so that a message stays short whatever the
    input holds (``'xxxx'… (9,000,000 characters)``); another value's ``repr``, cut."""
    if not isinstance(value, str):
        return clipped(repr(value), limit)
    if len(value) <= limit:
        return repr(value)
    return f"{value[:limit]!r}… ({len(value):,} characters)"


def clipped(text: str, limit: int = 300) -> str:
    """``text`` cut to about ``limit`` characters, its start and its end kept, for what a
    message holds whole (a path, a message: both end in what matters)."""
    if len(text) <= limit:
        return text
    return f"{text[: limit // 2]} … {text[-(limit // 2) :]}"


class GrammarError(VnadminError, ValueError):
    """Text does not match an identifier grammar (a number, a date, a citation)."""

    def __init__(self, grammar: str, text: str, message: str) -> None:
        super().__init__(f"{grammar}: {quoted(text, 80)}: {clipped(message)}")
        self.grammar = grammar
        self.text = text
        self.message = message


class UnknownKindError(VnadminError, KeyError):
    """A document kind is not in the registry."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


MAX_LISTED = 10
"""The problems a :class:`DecodeError`'s message lists; it counts the rest."""
MAX_KEPT = 100
"""The problems a reader keeps in :attr:`DecodeError.problems`, in document order; past
them it counts (XML, edXML) or stops reading (JSON)."""


class DecodeError(VnadminError, ValueError):
    """A document in a wire format cannot be read; ``problems`` lists the (where, what) pairs
    found, in document order, and ``more`` counts those found beyond them (a reader keeps
    the first :data:`MAX_KEPT`).

    The message lists the first :data:`MAX_LISTED`, one per line, each cut to a few hundred
    characters, and says how many more there are (``and 31,990 more``): it stays short
    whatever the document holds.  ``stopped`` says that the reader stopped reading once it
    had found :data:`MAX_KEPT` problems, so that there may be more than it says (the JSON
    reader does).
    """

    def __init__(
        self,
        what: str,
        problems: Sequence[tuple[str, str]],
        more: int = 0,
        *,
        stopped: bool = False,
    ) -> None:
        total = len(problems) + more
        lines = "".join(
            f"\n  {clipped(where)}: {clipped(message)}" for where, message in problems[:MAX_LISTED]
        )
        if total > MAX_LISTED:
            lines += f"\n  and {total - MAX_LISTED:,} more"
        count = f"{total:,} problem{'s' if total != 1 else ''}"
        if stopped:
            count += ", the document not read to its end"
        ValueError.__init__(self, f"invalid {what} ({count}):{lines}")  # not json's (a subclass)
        self.problems = tuple(problems)
        self.more = more
        self.stopped = stopped


class JSONDecodeError(DecodeError, json.JSONDecodeError):
    """A vnadmin JSON document is malformed or invalid; each problem is named by its JSON path
    (``body.tasks[3].deadline.date.month``; ``$`` is the whole document).

    It is the standard library's :class:`json.JSONDecodeError` too, so code that catches that
    catches it.  ``doc`` and ``pos`` (with ``lineno`` and ``colno``) locate a syntax error in
    the text; for a document that is JSON but not vnadmin's, ``doc`` is empty and ``pos`` 0,
    the problems' paths saying where.  ``msg`` is the whole message.
    """

    def __init__(
        self,
        what: str,
        problems: Sequence[tuple[str, str]],
        doc: str = "",
        pos: int = 0,
        *,
        more: int = 0,
        stopped: bool = False,
    ) -> None:
        DecodeError.__init__(self, what, problems, more, stopped=stopped)
        self.msg = str(self)
        self.doc = doc
        self.pos = pos
        self.lineno = doc.count("\n", 0, pos) + 1
        self.colno = pos - doc.rfind("\n", 0, pos)


class XMLProblem(tuple[str, str]):
    """One problem in an XML document: a (where, message) pair, as every DecodeError lists
    them, ``where`` being ``line 42, /instrument/body/tasks/task[3]/@label``.  ``line`` (None
    when unknown) and ``path`` (empty when none applies) are kept apart too."""

    line: int | None
    path: str

    def __new__(cls, line: int | None, path: str, message: str) -> XMLProblem:
        where = ", ".join(part for part in (f"line {line}" if line else "", path) if part)
        problem = super().__new__(cls, (where or "document", message))
        problem.line = line
        problem.path = path
        return problem

    def __getnewargs__(self) -> tuple[int | None, str, str]:
        return (self.line, self.path, self.message)

    @property
    def where(self) -> str:
        return self[0]

    @property
    def message(self) -> str:
        return self[1]

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"

    def __repr__(self) -> str:
        return f"XMLProblem(line={self.line!r}, path={self.path!r}, message={self.message!r})"


class XMLDecodeError(DecodeError):
    """A vnadmin XML document is unsafe, malformed or invalid; each problem names its line and
    element path (``line 42, /instrument/body/tasks/task[3]/date-deadline/@month``)."""

    problems: tuple[XMLProblem, ...]

    def __init__(self, problems: Sequence[XMLProblem], more: int = 0) -> None:
        super().__init__("vnadmin XML document", problems, more)


class EncodeError(VnadminError, ValueError):
    """An instrument a writer cannot write (a control character in XML, a tree nested
    beyond Python's recursion limit); ``path`` names the field."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class XMLEncodeError(EncodeError):
    """A model value XML cannot hold (a control character), or a tree nested deeper than
    readers accept (:class:`~vnadmin.xml.Limits`); ``path`` names the field."""


class UnregisteredKindError(EncodeError, UnknownKindError):
    """A writer met a kind outside its ``kinds=`` registry, so its readers would not know it.

    ``path`` names the field (``Instrument.body.tasks[2].citations[0].kind``), ``code``
    the kind; ``registry`` says which registry lacked it (``vnadmin.KINDS`` by default).
    """

    def __init__(self, path: str, name: str, code: str, registry: str = "vnadmin.KINDS") -> None:
        super().__init__(
            path,
            f"the kind {name!r} ({code}) is not in {registry}: register it there, or pass "
            "kinds= a registry that holds it (to the writer and to every reader)",
        )
        self.code = code
        self.registry = registry


class EdxmlDecodeError(XMLDecodeError):
    """An edXML package is unsafe, malformed or not edXML; each problem names its line and
    element path (``line 12, /edXML/edXMLEnvelope/edXMLHeader/MessageHeader/Code``)."""

    def __init__(self, problems: Sequence[XMLProblem], more: int = 0) -> None:
        DecodeError.__init__(self, "edXML package", problems, more)


class WordDecodeError(DecodeError):
    """A Word document cannot be read: not a .docx package, a legacy .doc without a converter,
    or unsafe (a zip bomb, a part too large or nested too deeply, an external relationship
    that would be fetched); each problem names its part (``word/document.xml``)."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__("Word document", problems)


class PDFDecodeError(DecodeError):
    """A PDF document cannot be read: not a PDF, too large, encrypted, or a scan without a
    text layer; each problem names its page or the file."""

    def __init__(self, problems: Sequence[tuple[str, str]]) -> None:
        super().__init__("PDF document", problems)


class LossError(VnadminError, ValueError):
    """A package written without vnadmin's copy of the instrument would lose ``lost``."""

    def __init__(self, lost: tuple[str, ...]) -> None:
        super().__init__(
            f"edXML cannot carry {', '.join(lost)}: write with embed=True, or accept the loss "
            "with dumps_with_report(..., embed=False)"
        )
        self.lost = lost


class UnknownRuleError(VnadminError, KeyError):
    """No rule in the set has this code."""

    def __str__(self) -> str:  # KeyError would quote the whole message
        return str(self.args[0])


class DuplicateRuleError(VnadminError, ValueError):
    """Two rules in one set share a code."""


class RuleFailedError(VnadminError):
    """A rule's check function raised: the message names the rule and the instrument part."""


class MissingExtraError(VnadminError, ImportError):
    """A feature needs an optional extra that is not installed: ``pip install vnadmin[extra]``.

    ``extra`` names the extra, ``package`` the distribution it brings in.
    """

    def __init__(self, feature: str, extra: str, package: str) -> None:
        super().__init__(
            f"{feature} needs the {package} package: install it with pip install 'vnadmin[{extra}]'"
        )
        self.extra = extra
        self.package = package


_register_strategies(__name__)  # st.from_type of these types, when hypothesis is imported
