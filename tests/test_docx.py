"""Word documents written by vnadmin: the round trip, what the pages alone carry, and the
copy vnadmin attaches.

Every document here is written by ``vnadmin.docx.dumps`` and read by ``vnadmin.docx.read``
from its bytes, as a user meets them.  The pages alone (``embed=False``) must read as the
plain text of the same instrument reads: the Word reader hands its lines to the text
reader, so a Word document loses exactly what text loses.
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings

import vnadmin as vn
from vnadmin import docx, text
from vnadmin import strategies as vs
from vnadmin.errors import MissingExtraError, WordDecodeError
from vnadmin.model import Body, Instrument, Organization, Regime, RelativeDeadline, Task
from vnadmin.samples import SEEDS

python_docx = pytest.importorskip("docx", reason="the docx extra (python-docx) is not installed")

SRC = Path(__file__).resolve().parent.parent / "src"


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_every_seed_comes_back_from_word(code: str) -> None:
    seed = SEEDS[code]
    reading = docx.read(docx.dumps(seed))
    assert reading.instrument == seed
    assert docx.losses(seed) == ()
    assert [d.code for d in reading.diagnostics] == ["vnadmin-copy"]
    # and its pages read as its text does, once what Phụ lục I prints in capitals is
    pages = docx.read(docx.dumps(seed, embed=False))
    assert pages.instrument == text.loads(text.dumps(_in_capitals(seed)))
    assert "vnadmin-copy" not in {d.code for d in pages.diagnostics}


def _capitals(organization: Organization | None) -> Organization | None:
    if organization is None:
        return None
    return attrs.evolve(
        organization, name=organization.name.upper(), parent=_capitals(organization.parent)
    )


def _in_capitals(instrument: Instrument) -> Instrument:
    """``instrument`` as its Word page prints it: the issuer block in capitals (seeds 001 and
    004 name their issuer as the body does, ``Sở Nội vụ``)."""
    return attrs.evolve(instrument, issuer=_capitals(instrument.issuer))


@settings(max_examples=15)  # two writings and readings of each: kept lean
@given(vs.instruments(drafts=None, received=True, reported=None))
def test_a_generated_instrument_comes_back_and_its_pages_read_as_its_text(
    instrument: Instrument,
) -> None:
    data = docx.dumps(instrument)
    reading = docx.read(data)
    assert reading.instrument == instrument
    assert [d for d in vn.check(reading) if d.code.startswith("VN-PRES")] == []
    pages = docx.read(docx.dumps(instrument, embed=False)).instrument
    assert pages == text.loads(text.dumps(instrument))


def test_the_pages_alone_lose_what_text_loses() -> None:
    # A deadline its task's text does not say is printed nowhere, and an unlabelled item
    # prints with a bullet: the copy carries both, the pages neither.
    task = Task(text="Tổng hợp kết quả.", deadline=RelativeDeadline(text="khi cần"))
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task]))
    assert docx.losses(instrument) == ()
    assert docx.losses(instrument, embed=False) == text.losses(instrument)
    assert text.losses(instrument) == ("body.tasks[0].label", "body.tasks[0].deadline")


def test_a_document_edited_after_writing_is_read_from_its_pages() -> None:
    document = python_docx.Document(io.BytesIO(docx.dumps(SEEDS["000"])))
    for paragraph in document.paragraphs:
        if paragraph.text.startswith("1. "):
            paragraph.runs[0].text = "1. Tổ chức quán triệt Công văn này đến toàn thể công chức."
    buffer = io.BytesIO()
    document.save(buffer)
    reading = docx.read(buffer.getvalue())
    codes = [d.code for d in reading.diagnostics]
    assert "vnadmin-copy-stale" in codes
    assert reading.instrument.body.tasks[0].text == (
        "Tổ chức quán triệt Công văn này đến toàn thể công chức."
    )
    assert reading.instrument.issuer == text.loads(text.dumps(SEEDS["000"])).issuer


def test_the_same_instrument_makes_the_same_bytes() -> None:
    assert docx.dumps(SEEDS["003"]) == docx.dumps(SEEDS["003"])


def test_reading_takes_bytes_a_path_or_a_binary_file(tmp_path: Path) -> None:
    data = docx.dumps(SEEDS["000"])
    path = tmp_path / "000.docx"
    path.write_bytes(data)
    with path.open("rb") as file:
        from_file = docx.loads(file)
    assert docx.loads(data) == docx.loads(path) == docx.loads(str(path)) == from_file
    with pytest.raises(TypeError, match="expected bytes, a path or a binary file, got int"):
        docx.loads(5)


def test_what_is_no_word_document_is_refused_saying_what_it_is() -> None:
    with pytest.raises(WordDecodeError, match=r"a \.docx is a zip archive"):
        docx.loads(b"Hello")
    with pytest.raises(WordDecodeError, match=r"legacy Word 97-2003 \.doc"):
        docx.loads(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
    archive = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(archive, "w") as made:
        made.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(WordDecodeError, match=r"without word/document\.xml"):
        docx.loads(archive.getvalue())


def test_without_python_docx_the_extra_is_named() -> None:
    # A fresh interpreter where python-docx cannot be imported, as on an install
    # without the extra: importing vnadmin.docx works, writing says what to install.
    code = (
        "import sys; sys.modules['docx'] = None\n"
        "import vnadmin.docx\n"
        "from vnadmin.samples import SEEDS\n"
        "try:\n"
        "    vnadmin.docx.dumps(SEEDS['000'])\n"
        "except Exception as error:\n"
        "    print(type(error).__name__, error)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
    )
    assert done.stdout.strip() == (
        "MissingExtraError Reading and writing Word documents needs the python-docx package:"
        " install it with pip install 'vnadmin[docx]'"
    )
    assert issubclass(MissingExtraError, ImportError)
