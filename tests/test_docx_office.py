"""Word documents as offices lay them out (tests/office.py: a one-row header table, an
underscore rule, Word's automatic numbering, a signature table), read to the instrument
the plain text of the same document reads to: the seeds, read from their text."""

from __future__ import annotations

import pytest

from vnadmin import docx
from vnadmin.samples import SEEDS, seed_text
from vnadmin.text import parse_text

pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")
from office import office_document


@pytest.mark.parametrize("code", ["000", "001"])
def test_an_office_document_reads_as_its_plain_text(code: str) -> None:
    reading = docx.read(office_document(code, SEEDS[code]))
    assert reading.instrument == parse_text(seed_text(code)).instrument
    assert "vnadmin-copy" not in {d.code for d in reading.diagnostics}


def test_automatic_numbering_prints_its_labels() -> None:
    # The body's tasks are in Word's "List Number" style: their labels are not in the text
    reading = docx.read(office_document("000", SEEDS["000"]))
    assert [task.label for task in reading.instrument.body.tasks] == ["1.", "2.", "3.", "4.", "5."]
    numbered = [line.text for line in reading.lines if line.text[:2] == "1."]
    assert numbered[0].startswith("1. Triển khai thực hiện Quyết định số 23-QĐ/TW")


def test_the_cells_of_the_header_are_kept_apart() -> None:
    lines = [line.text for line in docx.read(office_document("000", SEEDS["000"])).lines]
    left = lines.index("SỞ TÀI CHÍNH")
    assert lines[left + 1 : left + 3] == ["_____________", "Số:      /STC-VP"]
    assert lines[lines.index("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") - 1] == ""  # a cell apart
