"""A kind registry travels to worker processes: one given as an argument to a function that
runs in another process (a process pool's, Dask's, Ray's) reads and writes there with the
caller's kinds.  The worker is started with ``spawn``, a fresh interpreter that inherits
nothing from this one, so only what the pickle carries can reach it."""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import vnadmin
from vnadmin import json as vjson
from vnadmin import text, xml
from vnadmin.model import KINDS, DocumentKind, Instrument, KindRegistry, Regime

ORDER = DocumentKind(name="Lệnh điều động", abbreviations={Regime.STATE: "LĐĐ"})
REGISTRY = KindRegistry([*KINDS, ORDER])
LETTER = """ỦY BAN NHÂN DÂN
TỈNH LÂM ĐỒNG
Số: 12/LĐĐ-UBND
LỆNH ĐIỀU ĐỘNG
Về việc điều động cán bộ
1. Điều động ông A đến Sở Nội vụ.
"""
"""A letter of the kind ``ORDER`` (its kind line and number typed for this test)."""


@pytest.fixture(scope="module")
def worker() -> Iterator[ProcessPoolExecutor]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        yield pool


def _read_letter(letter: str, kinds: KindRegistry) -> tuple[str | None, bytes]:
    instrument = text.parse_text(letter, kinds=kinds).instrument
    code = None if instrument.kind is None else instrument.kind.code
    return code, xml.dumps(instrument, kinds=kinds)


def _round_trip(document: str, kinds: KindRegistry) -> Instrument:
    return vjson.loads(vjson.dumps(vjson.loads(document, kinds=kinds), kinds=kinds), kinds=kinds)


def _received(kinds: KindRegistry) -> tuple[bool, int, list[str]]:
    return kinds is vnadmin.KINDS, id(kinds), [kind.code for kind in kinds]


def test_a_custom_kind_is_read_and_written_in_a_worker(worker: ProcessPoolExecutor) -> None:
    code, written = worker.submit(_read_letter, LETTER, REGISTRY).result()
    assert code == "lenh-dieu-dong"
    assert xml.loads(written, kinds=REGISTRY).kind == ORDER
    instrument = Instrument(regime=Regime.STATE, kind=ORDER, subject="Về việc điều động")
    document = vjson.dumps(instrument, kinds=REGISTRY)
    assert worker.submit(_round_trip, document, REGISTRY).result() == instrument


class _ExtendedDefault:
    """Pickles as a caller's ``KINDS`` to which ``ORDER`` was added (this process's own
    ``KINDS`` stays as it is)."""

    def __reduce__(self) -> tuple[object, tuple[tuple[DocumentKind, ...], bool]]:
        unpickled, _ = KINDS.__reduce__()
        return unpickled, ((*KINDS, ORDER), True)


def test_the_default_registry_arrives_as_the_workers_own(worker: ProcessPoolExecutor) -> None:
    default, _, codes = worker.submit(_received, KINDS).result()
    assert default
    assert codes[: len(KINDS)] == [kind.code for kind in KINDS]
    # with the kinds the caller registered in it
    extended: Any = _ExtendedDefault()
    default, _, codes = worker.submit(_received, extended).result()
    assert default
    assert "lenh-dieu-dong" in codes


def test_a_registry_arrives_as_one_object_per_worker(worker: ProcessPoolExecutor) -> None:
    custom, first, codes = worker.submit(_received, REGISTRY).result()
    assert not custom
    assert codes == [*(kind.code for kind in KINDS), "lenh-dieu-dong"]
    # the same kinds again: the same registry, so what the grammars built from it is kept
    assert worker.submit(_received, REGISTRY).result()[1] == first
    assert pickle.loads(pickle.dumps(REGISTRY)) is not REGISTRY  # a copy, not the sender's


_CALLER = """
import multiprocessing
import sys

import vnadmin
from vnadmin.cli import main

if __name__ == "__main__":
    multiprocessing.set_start_method("spawn")  # workers inherit nothing from this process
    vnadmin.KINDS.register(
        vnadmin.DocumentKind(name="Lệnh điều động", abbreviations={vnadmin.Regime.STATE: "LĐĐ"})
    )
    sys.exit(main(sys.argv[1:]))
"""


def test_the_command_lines_workers_know_the_kinds_its_caller_registered(tmp_path: Path) -> None:
    # A program that registers a kind in vnadmin.KINDS and runs the command line with two
    # worker processes: each worker reads and writes the kind.
    program = tmp_path / "caller.py"
    program.write_text(_CALLER, "utf-8")
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in (1, 2):
        ordered = Instrument(regime=Regime.STATE, kind=ORDER, subject=f"Về việc điều động {number}")
        (inputs / f"{number}.json").write_text(vjson.dumps(ordered, kinds=REGISTRY), "utf-8")
    done = subprocess.run(
        [sys.executable, str(program), "convert", "--to", "xml", "--jobs", "2", "-o",
         str(tmp_path / "out"), str(inputs)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for number in (1, 2):
        written = xml.loads((tmp_path / "out" / f"{number}.xml").read_bytes(), kinds=REGISTRY)
        assert written.kind == ORDER
