"""An archive read on Dask: the same readers, on as many workers as a cluster has.

:func:`read_text`, :func:`read_json` and :func:`read_xml` return a :class:`dask.bag.Bag` of
the instruments of many files, read where Dask runs its tasks (the workers must see the
paths); :func:`tasks_frame` turns such a bag into a :class:`dask.dataframe.DataFrame` of
every task, for analytics and for Parquet (``tasks_frame(bag).to_parquet(directory)``).
vnadmin schedules nothing itself: the caller's Dask client (a ``LocalCluster``, a
``distributed`` scheduler) runs the graph.  Install with ``pip install 'vnadmin[dask]'``.

A kind registry given as ``kinds=`` travels with the tasks (it pickles with its kinds).  A
document that cannot be read stops the computation with its own error, whole (the same
class, message and problems) and with a note naming its path.
"""

from __future__ import annotations

import datetime
import glob
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from vnadmin import _tasktable
from vnadmin import json as vjson
from vnadmin import text as vtext
from vnadmin import xml as vxml
from vnadmin._codec import Reading, expect
from vnadmin.errors import MissingExtraError
from vnadmin.model import KINDS, Instrument, KindRegistry
from vnadmin.text import ParseResult, parse_text

try:
    import dask.bag
    import dask.dataframe
    from dask.delayed import delayed
except ImportError:  # pragma: no cover - the extra is part of the test environment
    raise MissingExtraError("vnadmin.dask", "dask", "dask[dataframe,distributed]") from None

__all__ = ["read_json", "read_text", "read_xml", "tasks_frame"]

Paths = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]


def read_text(
    paths: Paths,
    *,
    kinds: KindRegistry = KINDS,
    results: bool = False,
    include_path: bool = False,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """The instruments :func:`~vnadmin.text.parse_text` reads in UTF-8 text files, or with
    ``results`` each whole :class:`~vnadmin.text.ParseResult` (its diagnostics and citation
    sites too).  ``paths`` is a directory (its ``*.txt`` files, recursively), a glob pattern
    or a list of files; ``include_path`` makes each item a ``(item, path)`` pair, as
    :func:`dask.bag.read_text` does.  The files are cut into ``npartitions`` tasks; by
    default pieces of at most 256 files, and at least 16 pieces for a small archive."""
    read = _Read("results" if results else "text", kinds, None)
    return _bag(paths, ".txt", read, include_path, npartitions)


def read_json(
    paths: Paths,
    *,
    kinds: KindRegistry = KINDS,
    include_path: bool = False,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """The instruments of vnadmin JSON documents (:func:`vnadmin.json.loads`); ``paths`` as
    for :func:`read_text` (``*.json`` files in a directory)."""
    return _bag(paths, ".json", _Read("json", kinds, None), include_path, npartitions)


def read_xml(
    paths: Paths,
    *,
    kinds: KindRegistry = KINDS,
    limits: vxml.Limits | None = None,
    include_path: bool = False,
    npartitions: int | None = None,
) -> dask.bag.Bag:
    """The instruments of vnadmin XML documents (:func:`vnadmin.xml.loads`), every member of
    a collection (``<instruments>``, streamed by :func:`vnadmin.xml.iter_load`) too; ``paths``
    as for :func:`read_text` (``*.xml`` files in a directory)."""
    if limits is not None:
        expect("limits", limits, vxml.Limits)
    return _bag(paths, ".xml", _Read("xml", kinds, limits), include_path, npartitions)


def tasks_frame(
    bag: dask.bag.Bag, *, today: datetime.date | None = None
) -> dask.dataframe.DataFrame:
    """Every task of the instruments in ``bag`` as a dataframe, one row per task.

    ``bag`` holds instruments, :class:`~vnadmin.text.ParseResult` s or readings, alone or
    as ``(item, path)`` pairs (``include_path=True``); the path fills ``source``.  The
    columns (Arrow types): ``source``, ``instrument`` (as it is cited), ``id`` (``2.1``:
    the first subtask of the second task; ``c1``: the first closing item), ``parent``,
    ``label``, ``text``, ``lead``, ``cooperating`` (a list of units), ``deadline`` (as
    printed), ``due`` (the last day it allows, a date, where one can be computed: a
    deadline without a year counts from the instrument's date, or from ``today``, which is
    the caller's date unless given) and ``recurrence``.
    """
    if not isinstance(bag, dask.bag.Bag):
        raise TypeError(f"bag: expected a dask.bag.Bag, got {type(bag).__name__}")
    day = datetime.date.today() if today is None else today
    partitions: list[Any] = bag.to_delayed()  # type: ignore[no-untyped-call]
    parts = [delayed(_frame)(part, day) for part in partitions]
    frame: dask.dataframe.DataFrame = dask.dataframe.from_delayed(
        parts, meta=_tasktable.frame([]), verify_meta=False
    )
    return frame


# In the workers -------------------------------------------------------------------------------


class _Read:
    """What a worker does with one path: read the file, decode it, note the path on a
    failure.  A small picklable object, so the registry and limits travel with it."""

    def __init__(self, form: str, kinds: KindRegistry, limits: vxml.Limits | None) -> None:
        expect("kinds", kinds, KindRegistry)
        self.form = form
        self.kinds = kinds
        self.limits = limits

    def __call__(self, path: str) -> list[Any]:
        try:
            data = Path(path).read_bytes()
            if self.form == "xml":
                return self._xml(data)
            if self.form == "json":
                return [vjson.loads(data, kinds=self.kinds)]
            if self.form == "results":
                return [parse_text(_decoded(data), kinds=self.kinds)]
            return [vtext.loads(data, kinds=self.kinds)]
        except Exception as error:  # noted, as add_note does (Python 3.11), and raised whole
            error.__notes__ = [*getattr(error, "__notes__", []), f"while reading {path}"]  # type: ignore[attr-defined]
            raise

    def _xml(self, data: bytes) -> list[Instrument]:
        from vnadmin.cli.formats import is_collection

        limits = vxml.Limits() if self.limits is None else self.limits
        if is_collection(data):
            return list(vxml.iter_load(data, kinds=self.kinds, limits=limits))
        return [vxml.loads(data, kinds=self.kinds, limits=limits)]


def _decoded(data: bytes) -> str:
    """The text of UTF-8 ``data``; what is not UTF-8 is refused as :func:`vnadmin.text.loads`
    refuses it (a :class:`~vnadmin.errors.DecodeError` naming the byte)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        vtext.loads(data)  # raises the text codec's own error
        raise


def _each(path: str, read: _Read, include_path: bool) -> list[Any]:
    items = read(path)
    return [(item, path) for item in items] if include_path else items


def _bag(
    paths: Paths, suffix: str, read: _Read, include_path: bool, npartitions: int | None
) -> dask.bag.Bag:
    found = _expand(paths, suffix)
    count = npartitions or _partitions(len(found))
    sequence: dask.bag.Bag = dask.bag.from_sequence(found, npartitions=count)  # type: ignore[no-untyped-call]
    bag: dask.bag.Bag = sequence.map(_each, read, include_path).flatten()  # type: ignore[no-untyped-call]
    return bag


PARTITION_MOST = 256
"""Documents in a partition, at most, unless ``npartitions`` is given: each partition is one
task, and a task costs the scheduler about a millisecond whatever it holds."""
PARTITIONS_LEAST = 16
"""Partitions a small archive is cut into, at least (one document each when it has fewer),
so that up to as many workers share it."""


def _partitions(documents: int) -> int:
    size = min(PARTITION_MOST, max(1, -(-documents // PARTITIONS_LEAST)))
    return max(1, -(-documents // size))


def _expand(paths: Paths, suffix: str) -> list[str]:
    """The files named by ``paths``: a directory's files with ``suffix`` (recursively, hidden
    ones left out, sorted), a glob pattern's matches (sorted), or the files listed."""
    if isinstance(paths, (str, os.PathLike)):
        path = Path(paths)
        if path.is_dir():
            return sorted(
                str(found)
                for found in path.rglob(f"*{suffix}")
                if found.is_file()
                and not any(part.startswith(".") for part in found.relative_to(path).parts)
            )
        if glob.has_magic(str(paths)):
            return sorted(glob.glob(str(paths), recursive=True))
        return [str(path)]
    return [os.fspath(path) for path in paths]


def _frame(items: Sequence[Any], today: datetime.date) -> Any:
    rows: list[_tasktable.Record] = []
    for item in items:
        source = None
        if isinstance(item, tuple):
            item, source = item
        instrument = item if isinstance(item, Instrument) else _instrument(item)
        rows += _tasktable.records(instrument, source=source, today=today)
    return _tasktable.frame(rows)


def _instrument(item: Any) -> Instrument:
    if isinstance(item, (ParseResult, Reading)):
        return item.instrument
    raise TypeError(
        f"tasks_frame: expected instruments, parse results or readings, got {type(item).__name__}"
    )
