"""``vnadmin tasks --format parquet``: every task of an archive in one Parquet file, read back
by DuckDB (someone else's reader) and pandas."""

from __future__ import annotations

import datetime
from pathlib import Path

import duckdb
import pandas

from cli_support import EPOCH, seed_file, vnadmin_run
from vnadmin import json as vjson
from vnadmin.cli.tasklist import task_rows
from vnadmin.model import Body, DateDeadline, DeadlineBound, Instrument, PartialDate, Regime, Task
from vnadmin.samples import seed_text
from vnadmin.text import parse_text

TODAY = datetime.datetime.fromtimestamp(EPOCH, datetime.timezone.utc).date()


def test_every_task_of_an_archive_is_a_row_of_one_file(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "2024").mkdir(parents=True)
    seed_file(archive, "001")
    seed_file(archive / "2024", "003")
    # typed from the rule of vnadmin.cli.tasklist: "trước ngày 05/12/2024" is due on 4 December
    dated = Task(
        label="1.",
        text="Báo cáo kết quả.",
        deadline=DateDeadline(
            bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12, year=2024)
        ),
    )
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[dated]))
    (archive / "2024" / "dated.json").write_text(vjson.dumps(instrument), "utf-8")
    out = tmp_path / "tasks.parquet"
    done = vnadmin_run("tasks", "--format", "parquet", "-o", out, archive)
    assert done.returncode == 0, done.stderr
    expected = sum(
        len(task_rows(parse_text(seed_text(code)).instrument, today=TODAY))
        for code in ("001", "003")
    )
    found = duckdb.execute(
        "select source, count(*) from read_parquet($file) group by source order by source",
        {"file": str(out)},
    ).fetchall()
    assert sum(count for _, count in found) == expected + 1
    assert [source for source, _ in found] == [
        str(archive / "001.txt"),
        str(archive / "2024" / "003.txt"),
        str(archive / "2024" / "dated.json"),
    ]
    frame = pandas.read_parquet(out)
    row = frame[frame["source"] == str(archive / "2024" / "dated.json")].iloc[0]
    assert (row["id"], row["label"], row["due"]) == ("1", "1.", datetime.date(2024, 12, 4))


def test_parquet_needs_a_file_to_write(tmp_path: Path) -> None:
    seed = seed_file(tmp_path, "003")
    done = vnadmin_run("tasks", "--format", "parquet", seed)
    assert done.returncode == 2
    assert b"--format parquet writes one file: give -o FILE" in done.stderr
    assert not list(tmp_path.glob("*.parquet"))


def test_a_file_that_cannot_be_written_is_said_in_one_line(tmp_path: Path) -> None:
    seed = seed_file(tmp_path, "003")
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, where the output's folder should be", "utf-8")
    done = vnadmin_run("tasks", "--format", "parquet", "-o", blocked / "tasks.parquet", seed)
    assert done.returncode == 1
    # the reader's warnings on the seed (its number and date lines are blank) come first
    said = [line for line in done.stderr.decode().splitlines() if line.startswith("vnadmin tasks:")]
    assert len(said) == 1
    assert said[0].startswith(f"vnadmin tasks: cannot write {blocked / 'tasks.parquet'}: ")
    assert done.stderr.decode().splitlines()[-1] == said[0]
