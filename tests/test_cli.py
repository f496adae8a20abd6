"""The ``vnadmin`` commands on the seeds, one input at a time: in process through ``main`` and
as the installed command (a subprocess), with files, standard input and output, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from cli_support import seed_file, vnadmin_run
from vnadmin import akn, edxml
from vnadmin import json as vjson
from vnadmin import xml as vxml
from vnadmin.cli import main
from vnadmin.cli.formats import readable, writable
from vnadmin.grammar import format_deadline
from vnadmin.model import Body, Instrument, Regime, RelativeDeadline, Role, Task
from vnadmin.rules import check
from vnadmin.samples import SEEDS, seed_text
from vnadmin.text import parse_text, render_text, text_losses, text_projection

# parse -----------------------------------------------------------------------------------------


def test_parse_sample_reads_the_bundled_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--sample", "-q"]) == 0
    instrument = vjson.loads(capsys.readouterr().out)
    # Seed 001, read off its text: blank number, symbol SNV-XDCQ&CTTN, eight tasks.
    assert instrument.number is not None
    assert instrument.number.is_blank
    assert instrument.number.extra_parts == ("XDCQ&CTTN",)
    assert len(instrument.body.tasks) == 8
    assert instrument == SEEDS["001"]


def test_parse_a_file_to_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = seed_file(tmp_path, "000")
    assert main(["parse", str(source), "--to", "text"]) == 0
    captured = capsys.readouterr()
    assert "Số: /STC-VP" in captured.out
    assert "Kính gửi:" in captured.out
    assert "Dương Thị Kim Thúy" in captured.out


def test_diagnostics_go_to_standard_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--sample"]) == 0
    captured = capsys.readouterr()
    # Seed 001 has no issuer lines: the parser says it inferred the issuer.
    assert "sample: line" in captured.err
    assert "warning" in captured.err
    assert "line" not in captured.out.splitlines()[0]


def test_parse_writes_the_file_named_by_o(tmp_path: Path) -> None:
    out = tmp_path / "cv.json"
    assert main(["parse", str(seed_file(tmp_path, "003")), "-q", "-o", str(out)]) == 0
    assert vjson.loads(out.read_bytes()) == SEEDS["003"]


def test_parse_into_a_directory_keeps_the_name(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    source = seed_file(tmp_path, "004", "bao.txt")
    assert main(["parse", str(source), "-q", "-o", str(tmp_path / "out")]) == 0
    assert vjson.loads((tmp_path / "out" / "bao.json").read_bytes()) == SEEDS["004"]


def test_an_unreadable_file_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "missing.txt: cannot read" in err


def test_bytes_in_no_known_encoding_fail(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tcvn3.txt"
    source.write_bytes(seed_text("000").encode("utf-8")[:40] + b"\xff\xfe")
    assert main(["parse", str(source)]) == 1
    assert (
        "not UTF-8 text (byte 0xff at offset 40), and not Vietnamese in" in capsys.readouterr().err
    )


def test_module_entry_point_reads_standard_input() -> None:
    done = vnadmin_run("parse", "-", "-q", "--to", "json", input=seed_text("003").encode())
    assert done.returncode == 0, done.stderr
    assert vjson.loads(done.stdout) == SEEDS["003"]


def test_usage_errors_exit_2() -> None:
    unknown_format = vnadmin_run("parse", "--to", "odt")
    assert unknown_format.returncode == 2
    assert b"invalid choice: 'odt'" in unknown_format.stderr
    no_command = vnadmin_run()
    assert no_command.returncode == 2
    stdin_twice = vnadmin_run("check", "-", "-")
    assert stdin_twice.returncode == 2
    assert b"'-' (standard input) cannot be one of several inputs" in stdin_twice.stderr


# convert ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_convert_text_to_json_and_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str
) -> None:
    document = tmp_path / f"{code}.json"
    assert main(["convert", str(seed_file(tmp_path, code)), "--to", "json", "-q"]) == 0
    document.write_text(capsys.readouterr().out, encoding="utf-8")
    assert vjson.loads(document.read_bytes()) == SEEDS[code]
    # The JSON file is told from its content, whatever its name.
    renamed = document.rename(tmp_path / f"{code}.txt.bak")
    assert main(["convert", str(renamed), "--to", "text"]) == 0
    captured = capsys.readouterr()
    assert captured.out == render_text(SEEDS[code])
    # JSON is not parsed as text: no parser diagnostics; only what text does not carry
    # (seed 004's news items print with bullets, and a rendering is not a report; a
    # rendering prints the banner 001's and 003's texts lack: Instrument.printed)
    lost = ", ".join(text_losses(SEEDS[code]))
    assert captured.err == (f"{renamed}: text: not carried as it is: {lost}\n" if lost else "")
    assert any(not path.startswith("printed") for path in text_losses(SEEDS[code])) is (
        code == "004"
    )


ROUND_TRIPS = [name for name in readable() if name in writable()]


@pytest.mark.parametrize("code", sorted(SEEDS))
@pytest.mark.parametrize("fmt", ROUND_TRIPS)
def test_every_format_read_and_written_round_trips_the_seeds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, code: str
) -> None:
    source = tmp_path / "seed.json"
    source.write_text(vjson.dumps(SEEDS[code]), encoding="utf-8")
    there, back = tmp_path / "there", tmp_path / "back.json"
    # the seeds are drafts without OrganIds: the axis would refuse them, and only
    # vnadmin's copy carries the whole instrument
    lossless = ["--embed", "--force"] if fmt == "edxml" else []
    assert main(["convert", str(source), "--to", fmt, "-o", str(there), "-q", *lossless]) == 0
    assert main(["convert", str(there), "--to", "json", "-o", str(back), "-q"]) == 0
    assert capsys.readouterr() == ("", "")
    instrument = vjson.loads(back.read_bytes())
    if fmt == "text":  # text carries what text_projection keeps
        assert text_projection(instrument) == text_projection(SEEDS[code])
    else:
        assert instrument == SEEDS[code]


def test_akoma_ntoso_is_written_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out").mkdir()
    source = seed_file(tmp_path, "003")
    assert main(["parse", str(source), "--to", "akn", "-q", "-o", str(tmp_path / "out")]) == 0
    written = tmp_path / "out" / "003.akn.xml"
    assert written.read_bytes() == akn.dumps(SEEDS["003"])
    assert main(["convert", str(written), "--to", "json"]) == 1
    assert "is akn: vnadmin writes it but does not read it" in capsys.readouterr().err


def test_an_edxml_package_without_the_whole_instrument_says_what_it_lacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = edxml.dumps_with_report(SEEDS["001"])  # no embedded copy: the body is lost
    package = edxml.loads(written.data)
    assert "body*" in package.lost  # the premise: edXML alone cannot carry the task list
    source = tmp_path / "goi-tin.xml"
    source.write_bytes(written.data)
    assert main(["convert", str(source), "--to", "json"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{source}: edxml: not in the package: {field}" for field in package.lost
    ]
    assert vjson.loads(captured.out) == package.instrument


def test_convert_between_standard_streams() -> None:
    document = vjson.dumps(SEEDS["000"]).encode()
    done = vnadmin_run("convert", "-", "--to", "text", input=document)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode() == render_text(SEEDS["000"])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"vnadmin": "1.0", "regime": ', "invalid JSON (1 problem):\n  $: "),
        (b'{"regime": "state"}', 'not a vnadmin JSON document: no "vnadmin" key'),
        (b'{"vnadmin": "1.0", "regime": "state", "date": {"month": 13}}', "date.month: "),
        (b"<edoc xmlns='urn:example'/>", "XML with root <{urn:example}edoc> is no format"),
        (b"<!-- a comment never closed", "not well-formed XML"),
    ],
)
def test_convert_says_why_an_input_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, reason: str
) -> None:
    source = tmp_path / "broken"
    source.write_bytes(content)
    assert main(["convert", str(source), "--to", "text"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"vnadmin convert: {source}: ")
    assert reason in captured.err


def test_converting_to_text_notes_what_text_does_not_carry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    task = Task(label="1.", text="Tổng hợp kết quả.", deadline=RelativeDeadline(text="khi cần"))
    source = tmp_path / "one.json"
    source.write_text(vjson.dumps(Instrument(regime=Regime.STATE, body=Body(tasks=[task]))))
    assert main(["convert", str(source), "--to", "text", "-o", str(tmp_path / "one.txt")]) == 0
    assert capsys.readouterr().err == (
        f"{source}: text: not carried as it is: body.tasks[0].deadline\n"
    )
    assert main(["convert", str(source), "--to", "xml", "-o", str(tmp_path / "one.xml")]) == 0
    assert capsys.readouterr().err == ""  # XML carries everything


def test_a_failed_conversion_leaves_no_output_file(tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_bytes(b"{")
    out = tmp_path / "out.txt"
    assert main(["convert", str(source), "--to", "text", "-o", str(out)]) == 1
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [source]  # no temporary file left either


def test_an_output_that_cannot_be_written_fails_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = seed_file(tmp_path, "000")
    out = source / "000.json"  # inside a file: no such directory can be made
    assert main(["parse", str(source), "-q", "-o", str(out)]) == 1
    assert f"cannot write {out}: " in capsys.readouterr().err


def test_an_o_ending_in_a_slash_is_a_directory(tmp_path: Path) -> None:
    source = seed_file(tmp_path, "000")
    assert main(["parse", str(source), "-q", "-o", f"{tmp_path / 'out'}/"]) == 0
    assert vjson.loads((tmp_path / "out" / "000.json").read_bytes()) == SEEDS["000"]


def _collection(path: Path, *instruments: Instrument) -> Path:
    vxml.dump_collection(instruments, path)
    return path


def test_a_collection_converts_to_a_file_per_instrument(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seeds = [SEEDS[code] for code in sorted(SEEDS)]
    source = _collection(tmp_path / "seeds.xml", *seeds)
    assert main(["convert", str(source), "--to", "json", "-o", str(tmp_path / "out") + "/"]) == 0
    written = sorted((tmp_path / "out").iterdir())
    assert [path.name for path in written] == [f"seeds-000{n}.json" for n in range(1, 5)]
    assert [vjson.loads(path.read_bytes()) for path in written] == seeds
    assert capsys.readouterr().err == (
        f"{source}: a collection of 4 instruments, written as seeds-0001.json to seeds-0004.json\n"
    )


def test_a_collection_is_numbered_after_the_output_file(tmp_path: Path) -> None:
    source = _collection(tmp_path / "two.xml", SEEDS["003"], SEEDS["004"])
    assert (
        main(["convert", str(source), "--to", "akn", "-q", "-o", str(tmp_path / "x.akn.xml")]) == 0
    )
    assert sorted(p.name for p in tmp_path.glob("x-*")) == ["x-0001.akn.xml", "x-0002.akn.xml"]
    assert (tmp_path / "x-0002.akn.xml").read_bytes() == akn.dumps(SEEDS["004"])


def test_a_collection_needs_an_output_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _collection(tmp_path / "one.xml", SEEDS["000"])
    assert main(["convert", str(source), "--to", "json"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        f"vnadmin convert: {source}: a collection of instruments (<instruments>) writes a file"
        " each: give -o\n"
    )


def test_a_batch_refuses_a_collection_whose_files_would_overwrite_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _collection(folder / "coll.xml", SEEDS["000"], SEEDS["001"], SEEDS["003"])
    (folder / "coll-0002.json").write_text(vjson.dumps(SEEDS["004"]), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["convert", str(folder), "--to", "json", "-o", str(out)]) == 2
    assert (
        f"{folder / 'coll.xml'} is a collection, written as coll-0001.json, ...: it would"
        f" overwrite {out / 'coll-0002.json'}"
    ) in capsys.readouterr().err
    assert not out.exists()


def test_a_collection_after_a_long_prolog_is_still_one(tmp_path: Path) -> None:
    source = _collection(tmp_path / "c.xml", SEEDS["000"])
    declaration, rest = source.read_bytes().split(b"\n", 1)
    comment = b"<!-- " + b"x" * 100_000 + b" -->\n"  # more than any first read
    source.write_bytes(declaration + b"\n" + comment + rest)
    assert main(["convert", str(source), "--to", "json", "-q", "-o", str(tmp_path / "o.json")]) == 0
    assert vjson.loads((tmp_path / "o-0001.json").read_bytes()) == SEEDS["000"]


@pytest.mark.parametrize("command", ["check", "tasks"])
def test_other_commands_point_a_collection_to_convert(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    source = _collection(tmp_path / "c.xml", SEEDS["000"], SEEDS["001"])
    assert main([command, str(source)]) == 1
    assert capsys.readouterr().err == (
        f"vnadmin {command}: {source}: <instruments> is a collection of instruments:"
        " `vnadmin convert` splits it into a file each\n"
    )


def test_a_bad_member_stops_a_collection_where_it_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _collection(tmp_path / "c.xml", SEEDS["000"], SEEDS["001"])
    text = source.read_text(encoding="utf-8")
    # the second instrument's first date: a thirteenth month
    at = text.index('month="', text.index("<instrument ", text.index("<instrument ") + 1))
    source.write_text(text[:at] + 'month="13"' + text[at + len('month="6"') :], encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["convert", str(source), "--to", "json", "-o", str(out)]) == 1
    assert [p.name for p in sorted(tmp_path.glob("out-*"))] == ["out-0001.json"]
    err = capsys.readouterr().err
    assert f"{source}: 1 of its instruments written before this" in err
    assert "/instruments/instrument[2]/date/@month: 13 is not a month" in err


# check -----------------------------------------------------------------------------------------


def test_check_exit_codes_follow_the_severity_of_findings(tmp_path: Path) -> None:
    # Seed 001 is a draft with nothing else wrong; seed 000's archive line lacks VT (an error).
    clean = vnadmin_run("check", seed_file(tmp_path, "001"), "--strict", "draft", "-q")
    assert (clean.returncode, clean.stdout) == (0, b"")
    draft = vnadmin_run("check", seed_file(tmp_path, "000"), "--strict", "draft", "-q")
    assert draft.returncode == 1
    found = check(SEEDS["000"], strictness="draft")
    expected = [f"{tmp_path / '000.txt'}: {d}" for d in found if d.severity.value == "error"]
    assert draft.stdout.decode().splitlines() == expected
    assert any("VN-DIST-002" in line for line in expected)
    missing = vnadmin_run("check", tmp_path / "nothing.json")
    assert missing.returncode == 1


def test_check_of_a_text_reports_what_the_parser_missed_once(tmp_path: Path) -> None:
    # The text has no signature block: the parser notes signature-missing, and the checker
    # adds no VN-SIGN-006 of its own to that one miss.
    source = tmp_path / "unsigned.txt"
    source.write_text(
        "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG\n\nSố: 12/CT-UBND\nSóc Trăng, ngày 15 tháng 02 năm 2024"
        "\n\nCHỈ THỊ\nVề tăng cường công tác dân vận\n\n1. Các sở triển khai thực hiện.\n",
        encoding="utf-8",
    )
    done = vnadmin_run("check", source)
    assert "signature-missing" in done.stderr.decode()
    assert "VN-SIGN-006" not in done.stdout.decode()
    assert "VN-SIGN-006" in {d.code for d in check(parse_text(source.read_text()).instrument)}


def test_check_json_reports_every_diagnostic_of_the_library(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "003.json"
    source.write_text(vjson.dumps(SEEDS["003"]), encoding="utf-8")
    assert main(["check", str(source), "--format", "json"]) == 1  # final: blank number
    report = json.loads(capsys.readouterr().out)
    assert report["file"] == str(source)
    assert [(d["code"], d["severity"], d["path"]) for d in report["diagnostics"]] == [
        (d.code, d.severity.value, d.path) for d in check(SEEDS["003"])
    ]


def test_check_a_reported_instrument_is_clean_and_profiles_are_offered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(seed_file(tmp_path, "004")), "-q"]) == 0
    assert capsys.readouterr().out == ""
    with pytest.raises(SystemExit) as exited:
        main(["check", str(tmp_path / "004.txt"), "--profile", "nonsense"])
    assert exited.value.code == 2


# tasks -----------------------------------------------------------------------------------------


def test_tasks_csv_lists_every_task_with_actors_by_role(tmp_path: Path) -> None:
    done = vnadmin_run("tasks", seed_file(tmp_path, "003"), "--format", "csv", "-q")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    body = SEEDS["003"].body
    expected = [*body.tasks, *body.closing]  # seed 003's tasks have no subtasks
    assert [row["id"] for row in rows] == [*map(str, range(1, 11)), "c1", "c2"]
    assert [row["text"] for row in rows] == [task.text for task in expected]
    # The closing item: "Giao Ban Dân vận Tỉnh ủy chủ trì phối hợp với các cơ quan liên quan".
    assert (rows[10]["lead"], rows[10]["cooperate"]) == (
        "Ban Dân vận Tỉnh ủy",
        "các cơ quan liên quan",
    )
    # Task 10: "Hằng năm, các cơ quan nhà nước ... đơn vị sự nghiệp công lập xây dựng ...".
    assert rows[9]["execute"] == (
        "các cơ quan nhà nước và chính quyền các cấp; đơn vị sự nghiệp công lập"
    )
    assert rows[9]["recurrence"] == "định kỳ hằng năm"
    assert rows[9]["deadline"] == rows[9]["due"] == ""


def test_tasks_json_from_standard_input_gives_deadline_and_due_date() -> None:
    document = vjson.dumps(SEEDS["001"]).encode()
    done = vnadmin_run("tasks", "-", "--format", "json", input=document)
    assert done.returncode == 0, done.stderr
    listing = json.loads(done.stdout)
    assert listing["instrument"].startswith("Công văn số /SNV-XDCQ&CTTN")
    eighth = listing["tasks"][7]
    task = SEEDS["001"].body.tasks[7]
    assert task.deadline is not None
    assert eighth["deadline"] == format_deadline(task.deadline) == "trước ngày 05/12"
    # The công văn is of June 2024: "trước ngày 05/12" falls due on 4 December 2024.
    assert eighth["due"] == "2024-12-04"
    assert eighth["recurrence"] == "yearly"
    assert eighth["actors"] == {
        role.value: [a.actor for a in task.assignments if a.role is role]
        for role in (Role.EXECUTE, Role.REPORT_TO)
    }
    assert eighth["actors"]["report_to"] == ["Sở Nội vụ"]


def test_tasks_table_names_the_instrument_and_counts_the_tasks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["tasks", str(seed_file(tmp_path, "000")), "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Công văn số /STC-VP")
    assert out[-1] == "6 tasks"  # five numbered tasks and a closing item
    assert any(line.startswith("c1 ") for line in out)
    assert max(map(len, out[1:])) <= 100


def test_tasks_ics_of_an_instrument_without_tasks_fails(tmp_path: Path) -> None:
    source = tmp_path / "empty.json"
    source.write_text('{"vnadmin": "1.0", "regime": "state"}', encoding="utf-8")
    done = vnadmin_run("tasks", source, "--format", "ics")
    assert done.returncode == 1
    assert b"no tasks: an iCalendar object needs at least one" in done.stderr
    table = vnadmin_run("tasks", source)
    assert table.returncode == 0
    assert table.stdout.decode().splitlines()[-1] == "0 tasks"
