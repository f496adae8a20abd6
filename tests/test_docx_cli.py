"""The command line with Word and PDF files, told by their content: ``convert --to docx``
writes Word, ``parse`` and ``convert`` read Word and PDF, ``check`` applies the
presentation rules to a Word file."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cli_support import vnadmin_run
from vnadmin import docx
from vnadmin import json as vjson
from vnadmin.samples import SEEDS

python_docx = pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
pytest.importorskip("pdfplumber", reason="the pdf extra (pdfplumber) is not installed")


def test_convert_writes_word_and_parse_reads_it_back(tmp_path: Path) -> None:
    source = tmp_path / "000.json"
    source.write_bytes(vjson.CODEC.encode(SEEDS["000"]))
    written = vnadmin_run("convert", source, "--to", "docx", "-o", tmp_path / "000.docx")
    assert written.returncode == 0, written.stderr
    assert (tmp_path / "000.docx").read_bytes() == docx.dumps(SEEDS["000"])
    named_otherwise = tmp_path / "letter.bin"  # told by its content, not its name
    named_otherwise.write_bytes((tmp_path / "000.docx").read_bytes())
    parsed = vnadmin_run("parse", named_otherwise, "--to", "json")
    assert parsed.returncode == 0, parsed.stderr
    assert vjson.loads(parsed.stdout) == SEEDS["000"]


def test_check_applies_the_presentation_rules_to_a_word_file(tmp_path: Path) -> None:
    document = python_docx.Document(io.BytesIO(docx.dumps(SEEDS["000"])))
    banner = next(
        p for cell in document.tables[0].rows[0].cells for p in cell.paragraphs
        if p.text.startswith("CỘNG HÒA")
    )  # fmt: skip
    banner.runs[0].font.size = python_docx.shared.Pt(11)
    path = tmp_path / "000.docx"
    document.save(path)
    found = vnadmin_run("check", path, "--strict", "draft")
    report = found.stdout.decode()
    assert "presentation.banner: warning VN-PRES-004: banner at table 1, row 1, cell 2" in report
    assert "11 pt; 12-13 pt required" in report


def test_parse_reads_a_pdf(tmp_path: Path) -> None:
    from pdfs import FONTS, drawn_pdf

    if FONTS is None:
        pytest.skip("no serif TrueType font with Vietnamese letters to draw a PDF with")
    path = tmp_path / "000.pdf"
    path.write_bytes(drawn_pdf(docx.dumps(SEEDS["000"])))
    parsed = vnadmin_run("parse", path, "--to", "json")
    assert parsed.returncode == 0, parsed.stderr
    assert vjson.loads(parsed.stdout) == SEEDS["000"]
