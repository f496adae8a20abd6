"""The ``vnadmin`` command on the bundled seeds, in process and as an installed command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from vnadmin import json as vjson
from vnadmin.cli import main
from vnadmin.samples import SEEDS, seed_text


def test_parse_without_a_file_reads_the_bundled_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "-q"]) == 0
    instrument = vjson.loads(capsys.readouterr().out)
    # Seed 001, read off its text: blank number, symbol SNV-XDCQ&CTTN, eight tasks.
    assert instrument.number is not None
    assert instrument.number.is_blank
    assert instrument.number.extra_parts == ("XDCQ&CTTN",)
    assert len(instrument.body.tasks) == 8
    assert instrument == SEEDS["001"]


def test_parse_a_file_to_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cv.txt"
    source.write_text(seed_text("000"), encoding="utf-8")
    assert main(["parse", str(source), "--to", "text"]) == 0
    captured = capsys.readouterr()
    assert "Số: /STC-VP" in captured.out
    assert "Kính gửi:" in captured.out
    assert "Dương Thị Kim Thúy" in captured.out


def test_diagnostics_go_to_standard_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse"]) == 0
    captured = capsys.readouterr()
    # Seed 001 has no issuer lines: the parser says it inferred the issuer.
    assert "sample: line" in captured.err
    assert "warning" in captured.err


def test_unreadable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_module_entry_point_reads_standard_input() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "vnadmin", "parse", "-", "-q", "--to", "json"],
        input=seed_text("003"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert vjson.loads(done.stdout) == SEEDS["003"]
