"""What the command line reads (:mod:`vnadmin.cli.inputs`), run as a user runs it: inputs
bounded before they are read (attacks measured in a fresh process, with a time and memory
bound), content told apart whatever the file is called, legacy encodings converted, and
whatever is not an instrument refused with the reason: exit status 1, and failed in a
batch."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from cli_support import command_env, seed_file, vnadmin_run
from vnadmin import json as vjson
from vnadmin import legacy
from vnadmin.samples import SEEDS, seed_text
from vnadmin.text import parse_text

_MEASURE = """
import resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, timeout=60)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
sys.stdout.write(f"{done.returncode} {seconds:.2f} {peak:.0f}\\n")
sys.stderr.write(done.stderr.decode())
"""


def _measured(*args: str | Path, cwd: Path) -> tuple[int, float, float, str]:
    """``vnadmin ARGS`` run from a fresh process that measures it alone: exit status,
    seconds, peak memory (MiB, the largest of its processes), standard error."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, sys.executable, "-m", "vnadmin", *map(str, args)],
        capture_output=True,
        cwd=cwd,
        env=command_env(),
        timeout=120,
        check=True,
    )
    status, seconds, peak = done.stdout.split()
    return int(status), float(seconds), float(peak), done.stderr.decode()


# Bounded before reading ------------------------------------------------------------------------


@pytest.mark.parametrize("command", [["convert", "--to", "json"], ["check"], ["tasks"]])
def test_a_fifo_is_refused_not_waited_on(tmp_path: Path, command: list[str]) -> None:
    os.mkfifo(tmp_path / "fifo")  # nobody ever writes to it: reading would block forever
    status, seconds, peak, err = _measured(*command, "fifo", cwd=tmp_path)
    assert status == 1
    assert "fifo: a FIFO (named pipe), not a regular file: not read" in err
    assert seconds < 30
    assert peak < 200


def test_a_symlink_to_dev_zero_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    status, seconds, peak, err = _measured("check", "zero.txt", cwd=tmp_path)
    assert status == 1
    assert "zero.txt: a character device, not a regular file: not read" in err
    assert (seconds < 30, peak < 200) == (True, True)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    with (tmp_path / "huge.txt").open("wb") as file:  # 1.5 GB, sparse: no disk used
        file.truncate(1_500_000_000)
    status, seconds, peak, err = _measured("convert", "huge.txt", "--to", "json", cwd=tmp_path)
    assert status == 1
    assert "huge.txt: 1.4 GiB: over the limit of 64.0 MiB (--max-size raises it)" in err
    assert seconds < 30
    assert peak < 200  # reading it whole took 4.1 GB


def test_max_size_bounds_files_and_standard_input(tmp_path: Path) -> None:
    text = seed_text("001").encode()
    source = seed_file(tmp_path, "001")
    small = vnadmin_run("parse", source, "--max-size", "1K")
    assert small.returncode == 1
    assert b"over the limit of 1.0 KiB" in small.stderr
    assert vnadmin_run("parse", source, "--max-size", "64K", "-q").returncode == 0
    piped = vnadmin_run("parse", "-", "--max-size", "1k", input=text)
    assert piped.returncode == 2
    assert b"standard input: more than 1.0 KiB: over the limit" in piped.stderr
    wrong = vnadmin_run("parse", source, "--max-size", "lots")
    assert wrong.returncode == 2
    assert b"'lots' is not a size (as 200K, 64M or 1G)" in wrong.stderr


# Told apart by content -------------------------------------------------------------------------


def _docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def _zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    return out.getvalue()


REFUSED = {
    "empty.txt": (b"", "empty input: nothing to read"),
    "blank.txt": (b" \n\t\n", "empty input: nothing to read"),
    # Word and PDF are read by their formats, whose refusals say why on the lines after
    # these (tests/test_docx.py, tests/test_pdf.py): a part not well-formed, a PDF without
    # its /Root, a .doc refused or not converted
    "report.docx": (_docx(), "invalid Word document (1 problem):"),
    "scan.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "invalid PDF document (1 problem):"),
    "old.doc": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100),
        "invalid Word document (1 problem):",
    ),
    "letter.rtf": (b"{\\rtf1\\ansi Hello}", "an RTF document: vnadmin reads"),
    "archive.zip": (_zip(), "a ZIP archive: vnadmin reads"),
    "image.png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text"),
    "calendar.ics": (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nEND:VCALENDAR\r\n",
        "an iCalendar file (vnadmin tasks writes them), not an instrument",
    ),
    "README.md": (
        b"# vnadmin\n\nA library for Python.\n\n- parse\n- convert\n",
        "no instrument found: no issuer, kind, number, date, subject, addressee or signature",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_what_is_not_an_instrument_is_refused_with_the_reason(tmp_path: Path, name: str) -> None:
    content, reason = REFUSED[name]
    (tmp_path / name).write_bytes(content)
    done = vnadmin_run("parse", name, "-o", "out.json", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().startswith(f"vnadmin parse: {name}: {reason}")
    assert not (tmp_path / "out.json").exists()


def test_a_batch_counts_what_is_not_an_instrument_as_failed(tmp_path: Path) -> None:
    """``convert`` refuses what ``parse`` refuses, for the same reasons."""
    (tmp_path / "in").mkdir()
    for name, (content, _) in REFUSED.items():
        (tmp_path / "in" / name).write_bytes(content)
    seed_file(tmp_path / "in", "001")
    done = vnadmin_run("convert", "in", "--to", "json", "-o", "out", "-q", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[0] == (
        f"vnadmin convert: {len(REFUSED) + 1} inputs: 1 done, {len(REFUSED)} failed"
    )
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["001.json"]
    for name, (_, reason) in REFUSED.items():
        assert f"  in/{name}: {reason}" in done.stderr.decode(), name


def _read(tmp_path: Path, content: bytes, *options: str) -> tuple[int, object, str]:
    (tmp_path / "input").write_bytes(content)
    done = vnadmin_run("parse", "input", *options, cwd=tmp_path)
    instrument = vjson.loads(done.stdout) if done.returncode == 0 else None
    return done.returncode, instrument, done.stderr.decode()


def test_utf16_with_a_byte_order_mark_is_decoded(tmp_path: Path) -> None:
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
        status, instrument, _ = _read(tmp_path, bom + seed_text("001").encode(encoding), "-q")
        assert (status, instrument) == (0, SEEDS["001"]), encoding


def _holdable(text: str, encoding: str) -> str:
    """``text`` as a document in ``encoding`` is typed: TCVN3 in its lowercase font (it has
    no tone-marked capitals), without the characters the encoding cannot hold (VISCII
    gives Windows-1252's curly quotes to letters)."""
    text = text.lower() if encoding == "TCVN3" else text
    kept = []
    for char in text:
        try:
            legacy.encode(char, encoding)
        except ValueError:
            continue
        kept.append(char)
    return "".join(kept)


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_legacy_bytes_are_converted_with_a_warning_naming_the_encoding(
    tmp_path: Path, encoding: str
) -> None:
    # TCVN3 has no tone-marked capitals: its documents are typed in the lowercase font.
    text = _holdable(seed_text("001"), encoding)
    unicode_reading = parse_text(text).instrument  # the same text, in Unicode
    status, instrument, err = _read(tmp_path, legacy.encode(text, encoding))
    assert status == 0, err
    assert instrument == unicode_reading
    said = f"the text is in {encoding}; converted to Unicode"
    assert f"input: text: warning: legacy-encoding: {said}" in err


@pytest.mark.parametrize("encoding", ["VNI", "TCVN3", "VISCII"])
def test_legacy_text_saved_as_utf8_is_converted_with_a_warning(
    tmp_path: Path, encoding: str
) -> None:
    text = _holdable(seed_text("001"), encoding)
    unicode_reading = parse_text(text).instrument  # the same text, in Unicode
    # What a converter made of it: the legacy bytes read as Windows-1252 (Latin-1 for
    # VISCII's capitals in 0x80-0x9F), saved as UTF-8.
    codec = "latin-1" if encoding == "VISCII" else "cp1252"
    mojibake = legacy.encode(text, encoding).decode(codec, errors="replace").encode()
    status, instrument, err = _read(tmp_path, mojibake)
    assert status == 0, err
    assert instrument == unicode_reading
    assert f"the text is {encoding} read as another encoding and saved as UTF-8" in err


def test_parse_and_convert_read_an_html_page_the_same_way(tmp_path: Path) -> None:
    body = seed_text("001").replace("\n", "<br>\n")
    page = f"<!DOCTYPE html>\n<html><body><p>\n{body}\n</p></body></html>\n"
    (tmp_path / "page.html").write_text(page, "utf-8")
    parsed = vnadmin_run("parse", "page.html", "-q", cwd=tmp_path)
    converted = vnadmin_run("convert", "page.html", "--to", "json", "-q", cwd=tmp_path)
    assert (parsed.returncode, converted.returncode) == (0, 0), converted.stderr
    assert parsed.stdout == converted.stdout
    assert vjson.loads(parsed.stdout).kind == SEEDS["001"].kind


def test_parse_reads_structured_formats_as_convert_does(tmp_path: Path) -> None:
    (tmp_path / "cv.json").write_text(vjson.dumps(SEEDS["001"]), "utf-8")
    parsed = vnadmin_run("parse", "cv.json", "--to", "xml", cwd=tmp_path)
    converted = vnadmin_run("convert", "cv.json", "--to", "xml", cwd=tmp_path)
    assert (parsed.returncode, parsed.stdout) == (0, converted.stdout)


def test_check_json_reports_an_input_that_failed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    done = vnadmin_run("check", "empty.txt", "--format", "json", cwd=tmp_path)
    assert done.returncode == 1
    assert json.loads(done.stdout) == {
        "file": "empty.txt",
        "diagnostics": [],
        "failed": "empty input: nothing to read",
    }
