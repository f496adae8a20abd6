"""A text that lost every diacritic (:mod:`vnadmin.text.accents`): the body's phrases the
readers need are given their accents back, nothing else is, and the reader says so."""

from __future__ import annotations

from vnadmin.model import DateDeadline, DeadlineBound, PartialDate, Role
from vnadmin.samples import seed_names, seed_text
from vnadmin.text import parse_text
from vnadmin.text.accents import restore_accents, unaccented
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line

# A công văn as a PDF text layer that lost its diacritics gives it (typed for this test).
BARE = """UY BAN NHAN DAN
TINH AN GIANG
So: 125/UBND-KT
V/v trien khai thuc hien ke hoach chuyen doi so nam 2025
CONG HOA XA HOI CHU NGHIA VIET NAM
Doc lap - Tu do - Hanh phuc
An Giang, ngay 12 thang 3 nam 2025
Kinh gui: Cac so, ban, nganh tinh.
Can cu Ke hoach so 45/KH-UBND ngay 10/01/2025 cua Uy ban nhan dan tinh ve chuyen doi so,
Uy ban nhan dan tinh yeu cau cac co quan, don vi thuc hien cac noi dung sau:
1. So Thong tin va Truyen thong chu tri, phoi hop voi So Tai chinh va cac co quan lien quan
trien khai cac nhiem vu cua Ke hoach; hoan thanh truoc ngay 30/6/2025.
2. Cac so, ban, nganh tinh bao cao ket qua thuc hien ve So Thong tin va Truyen thong dinh ky
hang quy.
Noi nhan:
- Nhu tren;
- Luu: VT, KT.
KT. CHU TICH
PHO CHU TICH
Nguyen Van A
"""


def test_a_bare_text_is_read_for_its_tasks_and_the_restoration_is_said() -> None:
    result = parse_text(BARE)
    (said,) = [d for d in result.diagnostics if d.code == "accents-missing"]
    assert said.line == 9  # the first line of the body
    doc = result.instrument
    first, second = doc.body.tasks
    assert [(a.role, a.actor) for a in first.assignments] == [
        (Role.LEAD, "Sở Thong tin và Truyen thong"),
        (Role.COOPERATE, "Sở Tai chinh"),
        (Role.COOPERATE, "các cơ quan liên quan"),
    ]
    assert first.deadline == DateDeadline(
        bound=DeadlineBound.BEFORE, date=PartialDate(day=30, month=6, year=2025)
    )
    assert second.recurrence is not None
    assert [c.number.number for c in doc.body.preamble[0].citations if c.number] == ["45"]
    # The header stays as printed: its fixed words are read folded.
    assert doc.subject == "V/v trien khai thuc hien ke hoach chuyen doi so nam 2025"
    assert doc.issuer is not None
    assert doc.issuer.name == "UY BAN NHAN DAN TINH AN GIANG"


def test_a_bare_subject_ends_where_the_legal_basis_under_it_opens() -> None:
    # "Can cu" under a subject in capitals: the basis, not the subject's third line
    text = (
        "CHINH PHU\nSo: 45/2026/ND-CP\nHa Noi, ngay 2 thang 2 nam 2026\nNGHI DINH\n"
        "QUY DINH QUAN LY DAU TU UNG DUNG CONG NGHE THONG TIN SU DUNG\n"
        "NGUON VON NGAN SACH NHA NUOC\n"
        "Can cu Luat To chuc Chinh phu so\n63/2025/QH15;\n"
        "Can cu Luat Dau thau so 22/2023/QH15;\n"
        "Nghi dinh nay co hieu luc tu ngay ky.\n"
        # a bare text is known by the words bare Vietnamese is full of
        + "Cac co quan va don vi theo doi, thuc hien trong pham vi cua minh.\n"
        * 4
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.subject is not None
    assert doc.subject.endswith("SU DUNG NGUON VON NGAN SACH NHA NUOC")  # not "Can cu ..."
    cited = [(c.kind and c.kind.name, c.number and c.number.number) for c in doc.citations()]
    # "so" at the end of a line is "số" when the next line opens with the number, and the
    # instrument's "Nghi dinh nay" is no citation
    assert cited == [("Luật", "63"), ("Luật", "22")]


def test_restored_phrases_keep_the_case_and_spacing_they_were_printed_in() -> None:
    lines = [Line(1, "CHU TRI:  Phoi hop  voi SO TAI CHINH; tru so UBND; so 12"), Line(2, "")]
    diagnostics = Diagnostics()
    (first, blank) = restore_accents(lines, diagnostics)
    assert first == Line(1, "CHỦ TRÌ:  Phối hợp  với SO TAI CHINH; tru so UBND; số 12")
    # a context word at the end of a line is read by the next line's start, unless that
    # opens a list item
    cut = [Line(3, "Luat Du lieu so"), Line(4, "60/2024/QH15; tru so"), Line(5, "2. Giao")]
    assert [line.text for line in restore_accents(cut, Diagnostics())] == [
        "Luật Du lieu số",
        "60/2024/QH15; tru so",
        "2. Giao",
    ]
    assert blank == Line(2, "")
    (said,) = diagnostics.freeze()
    assert said.code == "accents-missing"
    assert "4 phrase(s)" in said.message


def test_words_with_several_bare_readings_stay_bare() -> None:
    # nhung: những or nhưng; can: cần, căn or cán; thu truong: Thủ or Thứ trưởng
    line = Line(1, "nhung can thu truong ve")
    (kept,) = restore_accents([line], Diagnostics())
    assert kept == line


def test_only_a_text_without_accents_is_restored() -> None:
    assert unaccented(BARE)
    for name in seed_names():
        assert not unaccented(seed_text(name))
    assert not unaccented("The committee asked the ministry to report by 30 June. " * 50)
    assert not unaccented("")
    accented = parse_text(seed_text(seed_names()[0]))
    assert "accents-missing" not in {d.code for d in accented.diagnostics}
