"""Every task of an archive as one table: the schema shared by :func:`vnadmin.dask.tasks_frame`
and ``vnadmin tasks --format parquet``.

One row per task (subtasks and closing items included, as ``vnadmin tasks`` lists them):
where it was read (``source``), the instrument as it is cited, the task's place, label and
text, its lead and cooperating units, its deadline as printed and the day it falls due (a
date where one can be computed), and its recurrence.  The columns are Arrow types, so a
Parquet file of them reads the same in pandas, DuckDB and Spark; pyarrow is imported only
when a table is built (``vnadmin[parquet]``).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from vnadmin.cli.tasklist import actors, describe, task_rows
from vnadmin.errors import MissingExtraError
from vnadmin.grammar import format_deadline
from vnadmin.model import Instrument, Role

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = ["COLUMNS", "Record", "arrow_stream", "frame", "parquet", "records", "schema", "table"]

COLUMNS = (
    "source",
    "instrument",
    "id",
    "parent",
    "label",
    "text",
    "lead",
    "cooperating",
    "deadline",
    "due",
    "recurrence",
)
"""The table's columns, in order; ``cooperating`` is a list of units, ``due`` a date."""

Record = tuple[Any, ...]
"""One row: the values of :data:`COLUMNS` in order."""


def records(instrument: Instrument, *, source: str | None, today: datetime.date) -> list[Record]:
    """A row per task of ``instrument``, read from ``source`` (a path, or ``None``); a
    deadline without a year falls due after the instrument's date, or after ``today``."""
    cited = describe(instrument)
    rows = []
    for row in task_rows(instrument, today=today):
        task = row.task
        named = actors(task)
        lead = named.get(Role.LEAD)
        rows.append(
            (
                source,
                cited,
                row.id,
                row.parent,
                task.label,
                task.text,
                "; ".join(lead) if lead else None,
                named.get(Role.COOPERATE, []),
                None if task.deadline is None else format_deadline(task.deadline),
                row.due,
                None if task.recurrence is None else task.recurrence.value,
            )
        )
    return rows


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise MissingExtraError("A table of tasks", "parquet", "pyarrow") from None
    return pyarrow


def schema() -> pyarrow.Schema:
    """The Arrow schema of :data:`COLUMNS`."""
    pa = _pyarrow()
    text = pa.string()
    types = dict.fromkeys(COLUMNS, text)
    types.update(cooperating=pa.list_(text), due=pa.date32())
    nullable = {"source", "parent", "label", "lead", "deadline", "due", "recurrence"}
    return pa.schema([pa.field(name, types[name], name in nullable) for name in COLUMNS])


def table(rows: Iterable[Record]) -> pyarrow.Table:
    """The rows as an Arrow table of :func:`schema`."""
    pa = _pyarrow()
    columns = list(zip(*rows, strict=True)) or [() for _ in COLUMNS]
    return pa.Table.from_arrays(
        [
            pa.array(values, type=field.type)
            for values, field in zip(columns, schema(), strict=True)
        ],
        schema=schema(),
    )


def frame(rows: Iterable[Record]) -> pandas.DataFrame:
    """The rows as a pandas DataFrame whose columns keep their Arrow types."""
    import pandas

    result: pandas.DataFrame = table(rows).to_pandas(types_mapper=pandas.ArrowDtype)
    return result


def arrow_stream(rows: Iterable[Record]) -> bytes:
    """The rows as the bytes of an Arrow IPC stream (how a worker sends them back)."""
    pa = _pyarrow()
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, schema()) as writer:
        writer.write_table(table(rows))
    data: bytes = sink.getvalue().to_pybytes()
    return data


def parquet(streams: Iterable[bytes]) -> bytes:
    """One Parquet file of the rows of every Arrow stream, in order."""
    pa = _pyarrow()
    import pyarrow.parquet

    tables = [pa.ipc.open_stream(stream).read_all() for stream in streams]
    sink = pa.BufferOutputStream()
    pyarrow.parquet.write_table(pa.concat_tables([table(()), *tables]), sink)
    data: bytes = sink.getvalue().to_pybytes()
    return data
