"""vnadmin.dask on a real cluster: a LocalCluster of two worker processes (one for the whole
module), which receive every function, registry and error by pickle as a remote cluster's
would.  The inputs are the seed documents and small files written here."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from distributed import Client, LocalCluster

from cli_support import command_env, seed_file, vnadmin_run
from vnadmin import dask as vd
from vnadmin import json as vjson
from vnadmin import xml
from vnadmin.cli.tasklist import task_rows
from vnadmin.errors import JSONDecodeError
from vnadmin.model import (
    KINDS,
    Assignment,
    Body,
    DateDeadline,
    DeadlineBound,
    DocumentKind,
    Instrument,
    KindRegistry,
    PartialDate,
    Regime,
    Role,
    Task,
)
from vnadmin.samples import SEEDS, seed_text
from vnadmin.text import parse_text

SEED_TEXTS = sorted((Path(vd.__file__).parent / "seeds").glob("*.txt"))
ORDER = DocumentKind(name="Lệnh điều động", abbreviations={Regime.STATE: "LĐĐ"})
REGISTRY = KindRegistry([*KINDS, ORDER])
TODAY = datetime.date(2024, 4, 1)


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def test_text_files_are_read_on_the_workers(client: Client) -> None:
    read = vd.read_text([str(path) for path in SEED_TEXTS], include_path=True, npartitions=2)
    assert len(client.scheduler_info()["workers"]) == 2
    local = [(parse_text(path.read_text("utf-8")).instrument, str(path)) for path in SEED_TEXTS]
    assert read.compute() == local
    results = vd.read_text(str(SEED_TEXTS[0].parent), results=True).compute()
    assert [result.diagnostics for result in results] == [
        parse_text(path.read_text("utf-8")).diagnostics for path in SEED_TEXTS
    ]


def test_json_and_xml_files_are_read_on_the_workers(client: Client, tmp_path: Path) -> None:
    seeds = list(SEEDS.values())
    for name, instrument in SEEDS.items():
        (tmp_path / f"{name}.json").write_text(vjson.dumps(instrument), "utf-8")
        (tmp_path / f"{name}.xml").write_bytes(xml.dumps(instrument))
    xml.dump_collection(seeds[:2], tmp_path / "collection.xml")
    assert vd.read_json(tmp_path).compute() == seeds
    # sorted by name: 000 ... 004, then the collection's two members
    assert vd.read_xml(str(tmp_path / "*.xml")).compute() == [*seeds, *seeds[:2]]


def test_a_failing_document_stops_the_run_with_its_error_whole(
    client: Client, tmp_path: Path
) -> None:
    # A task's deadline without its month: the problem lies in an array (cattrs' own
    # IterableValidationError inside vnadmin's), which Dask's exception pickler (tblib)
    # could not rebuild.
    good, bad = tmp_path / "a.json", tmp_path / "b.json"
    good.write_text(vjson.dumps(SEEDS["003"]), "utf-8")
    bad.write_text(
        '{"vnadmin": "1.0", "regime": "state", "body": {"tasks": [{"text": "Báo cáo.",'
        ' "deadline": {"type": "date", "bound": "on", "date": {"day": 5}}}]}}',
        "utf-8",
    )
    with pytest.raises(JSONDecodeError) as caught:
        vd.read_json(tmp_path).compute()
    with pytest.raises(JSONDecodeError) as here:
        vjson.loads(bad.read_bytes())
    assert caught.value.problems == here.value.problems
    assert [path for path, _ in caught.value.problems] == ["body.tasks[0].deadline.date"]
    assert f"while reading {bad}" in getattr(caught.value, "__notes__", [])


def test_a_custom_kind_registry_reaches_the_workers(client: Client, tmp_path: Path) -> None:
    ordered = Instrument(regime=Regime.STATE, kind=ORDER, subject="Về việc điều động")
    (tmp_path / "order.json").write_text(vjson.dumps(ordered, kinds=REGISTRY), "utf-8")
    (tmp_path / "order.txt").write_text(
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 12/LĐĐ-UBND\nLỆNH ĐIỀU ĐỘNG\n", "utf-8"
    )
    assert vd.read_json(tmp_path, kinds=REGISTRY).compute() == [ordered]
    (read,) = vd.read_text(tmp_path, kinds=REGISTRY).compute()
    assert read.kind == ORDER
    with pytest.raises(JSONDecodeError, match="lenh-dieu-dong"):  # KINDS does not know it
        vd.read_json(tmp_path).compute()


def test_every_task_is_a_row_of_the_frame(client: Client, tmp_path: Path) -> None:
    frame = vd.tasks_frame(vd.read_text(SEED_TEXTS[0].parent, include_path=True), today=TODAY)
    rows = frame.compute()
    expected = sum(len(task_rows(seed, today=TODAY)) for seed in SEEDS.values())
    assert len(rows) == expected
    assert list(rows["source"].unique()) == [str(path) for path in SEED_TEXTS]


def test_the_frame_has_dates_and_units_and_its_parquet_reads_in_duckdb(
    client: Client, tmp_path: Path
) -> None:
    # typed from the rule in vnadmin.cli.tasklist: "trước ngày 05/12/2024" is due on 4 December
    task = Task(
        label="1.",
        text="Báo cáo kết quả.",
        assignments=[
            Assignment(role=Role.LEAD, actor="Sở Nội vụ"),
            Assignment(role=Role.COOPERATE, actor="Sở Tài chính"),
            Assignment(role=Role.COOPERATE, actor="Công an tỉnh"),
        ],
        deadline=DateDeadline(
            bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12, year=2024)
        ),
    )
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task, Task(text="Thực hiện.")]))
    (tmp_path / "one.json").write_text(vjson.dumps(instrument), "utf-8")
    frame = vd.tasks_frame(vd.read_json(tmp_path), today=TODAY)
    rows = frame.compute()
    assert rows["due"].tolist()[0] == datetime.date(2024, 12, 4)
    assert rows["cooperating"].tolist()[0] == ["Sở Tài chính", "Công an tỉnh"]
    frame.to_parquet(tmp_path / "tasks")
    found = duckdb.execute(
        "select id, lead, due, unnest(cooperating) as unit "
        "from read_parquet($files) order by id, unit",
        {"files": f"{tmp_path / 'tasks'}/*.parquet"},
    ).fetchall()
    assert found == [
        ("1", "Sở Nội vụ", datetime.date(2024, 12, 4), "Công an tỉnh"),
        ("1", "Sở Nội vụ", datetime.date(2024, 12, 4), "Sở Tài chính"),
    ]


def test_tasks_frame_says_what_it_takes() -> None:
    with pytest.raises(TypeError, match=r"bag: expected a dask\.bag\.Bag, got list"):
        vd.tasks_frame([SEEDS["003"]])  # type: ignore[arg-type]


def test_convert_runs_its_jobs_on_the_scheduler_it_is_given(client: Client, tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    seed_file(inputs, "003")
    seed_file(inputs, "004")
    (inputs / "bad.json").write_text('{"vnadmin": "1.0", "regime": "state", "subject": 5}')
    address = str(client.scheduler_info()["address"])
    done = vnadmin_run(
        "convert", "--engine", "dask", "--scheduler", address, "--to", "json",
        "-o", tmp_path / "out", inputs,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # one input failed
    said = done.stderr.decode()
    assert "3 inputs: 2 done, 1 failed" in said
    assert f"{inputs / 'bad.json'}: invalid vnadmin JSON document" in said
    for code in ("003", "004"):
        written = vjson.loads((tmp_path / "out" / f"{code}.json").read_bytes())
        assert written == parse_text(seed_text(code)).instrument
    soon = command_env(DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s")  # dask's own setting
    unreachable = vnadmin_run(
        "convert", "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9", "--to", "json",
        "-o", tmp_path / "none", inputs, env=soon,
    )  # fmt: skip
    assert unreachable.returncode == 2
    assert b"cannot reach the Dask scheduler at tcp://127.0.0.1:9" in unreachable.stderr
