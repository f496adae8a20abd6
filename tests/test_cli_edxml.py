"""``vnadmin convert --to edxml`` as a user runs it (a subprocess): who sends to whom, the
axis checks before writing, and the trace stamped at ``SOURCE_DATE_EPOCH``."""

from __future__ import annotations

from pathlib import Path

import attrs

from cli_support import EPOCH, vnadmin_run
from vnadmin import edxml
from vnadmin import json as vjson
from vnadmin.model import DocumentNumber, PartialDate
from vnadmin.samples import SEEDS

SENDER = ("000.00.05.H60", "Sở Nội vụ tỉnh Tuyên Quang")
RECEIVER = ("000.00.00.H60", "UBND tỉnh Tuyên Quang")


def issued(folder: Path) -> Path:
    """Seed 001 (a công văn draft of Sở Nội vụ Tuyên Quang) numbered and dated, as JSON."""
    draft = SEEDS["001"]
    assert draft.number is not None
    final = attrs.evolve(
        draft,
        number=attrs.evolve(draft.number, number="412"),
        date=PartialDate(day=12, month=6, year=2024),
    )
    assert final.number == DocumentNumber(
        number="412", issuer_abbreviation="SNV", extra_parts=("XDCQ&CTTN",)
    )
    path = folder / "cv.json"
    path.write_text(vjson.dumps(final), encoding="utf-8")
    return path


def test_a_package_is_sent_from_and_to_the_organs_given(tmp_path: Path) -> None:
    source, out = issued(tmp_path), tmp_path / "cv.edxml"
    done = vnadmin_run(
        "convert", source, "--to", "edxml", "-o", out, "--sender", *SENDER, "--receiver", *RECEIVER
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"edxml: not carried as it is: " in done.stderr  # the body: no --embed
    package = edxml.loads(out)
    assert (package.sender.organ_id, package.sender.name) == SENDER
    assert [(r.organ_id, r.name) for r in package.receivers] == [RECEIVER]
    # SOURCE_DATE_EPOCH 1733011200 is 2024-12-01 00:00 UTC: 07:00 in Vietnam
    assert EPOCH == 1_733_011_200
    (trace,) = package.traces
    assert (trace.organ_id, str(trace.timestamp)) == (SENDER[0], "2024-12-01 07:00:00")
    assert edxml.check_package(package, today=trace.timestamp.date()) == []


def test_a_package_the_axis_would_refuse_is_not_written(tmp_path: Path) -> None:
    source, out = issued(tmp_path), tmp_path / "cv.edxml"
    refused = vnadmin_run("convert", source, "--to", "edxml", "-o", out)
    assert refused.returncode != 0
    stderr = refused.stderr.decode()
    assert "the axis would refuse this package (--force writes it anyway)" in stderr
    assert "VN-EDXML-010 sender.organ_id" in stderr
    assert "VN-EDXML-011 receivers" in stderr
    assert not out.exists()
    forced = vnadmin_run("convert", source, "--to", "edxml", "-o", out, "--force", "--embed")
    assert forced.returncode == 0
    assert "edxml: the axis would refuse: VN-EDXML-010 sender.organ_id" in forced.stderr.decode()
    assert edxml.loads(out).instrument == vjson.loads(source.read_bytes())  # --embed: whole


def test_the_edxml_options_are_checked(tmp_path: Path) -> None:
    source = issued(tmp_path)
    other = vnadmin_run("convert", source, "--to", "json", "--sender", *SENDER)
    assert other.returncode == 2
    assert b"are for --to edxml" in other.stderr
    bad = vnadmin_run("convert", source, "--to", "edxml", "--receiver", "no id!", "X")
    assert bad.returncode == 2
    assert b"--receiver 'no id!': Organ.organ_id" in bad.stderr
