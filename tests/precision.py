"""The checker on real documents: what it should find in each, read from the documents.

Every document of the development corpus (``../shared/corpus/docs``) and every seed is read
with :func:`vnadmin.text.parse_text` and checked with :func:`vnadmin.rules.check` (given the
reader's result, so what the reader reported unread is not held against the document).
Each finding must be listed here, either as a **defect** the document really has, read
from the document and the article the rule cites, or as a **loss**: a finding caused by
what the reading lost (a header on shared lines, OCR damage, a text layer without the
stamped number), each with its reason.  The losses are a ceiling that only shrinks, as
the reader improves: remove an entry when it no longer occurs.

A key is ``"CODE path"``; a path ending in ``*`` stands for every path it starts.

Run it as a script for the figures (findings on correct documents: defects, losses,
false), for this tree or another one (``PYTHONPATH=../other/src``)::

    python tests/precision.py
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vnadmin.rules import Diagnostic, check
from vnadmin.samples import seed_text
from vnadmin.text import ParseResult, parse_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("VNADMIN_CORPUS", ROOT.parent / "shared" / "corpus"))
TODAY = datetime.date(2026, 12, 1)
"""After the latest document of the corpus (23 June 2026), so no date of issue is future."""


@dataclass(frozen=True)
class Expected:
    """What checking one document should give: its real defects and the reading's losses."""

    defects: Mapping[str, str] = field(default_factory=dict)
    losses: Mapping[str, str] = field(default_factory=dict)
    strictness: str = "final"
    note: str = ""
    said: Mapping[str, str] = field(default_factory=dict)
    """Defects of a missing part the reader reports itself, by its diagnostic's code
    (``signature-title-missing``): the rules keep silent on them, the reader's word is the
    report."""

    @property
    def correct(self) -> bool:
        """A correctly formatted document: no defect to find."""
        return not self.defects and not self.said


def _header(reason: str) -> dict[str, str]:
    """The four findings of a header the reader did not read (number, kind, date, place)."""
    return {
        "VN-NUM-002 number": reason,
        "VN-KIND-001 kind": reason,
        "VN-DATE-003 date": reason,
        "VN-DATE-004 place": reason,
    }


_SHARED_LINES = (
    "two-column header printed side by side ({}): the reader does not split the issuer"
    " from the banner nor the number from the date line, so it reads neither"
)
_OCR = "OCR of a scan: {}"

EXPECTED: dict[str, Expected] = {
    "001": Expected(
        note="công văn 507/UBND-KGVX, TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG, Lưu: VT, KGVX(bnt)",
    ),
    "002": Expected(
        note="thông báo kết luận 565/TB-UBND: I., II. with 1.-7., a)-c), dashes",
    ),
    "003": Expected(
        note="thông báo 542/TB-UBND replacing an invitation, items 1.-4.",
    ),
    "004": Expected(
        note="quyết định 04/QĐ-BCĐ138 under UBND TỈNH QUẢNG NGÃI, Điều 1.-3.",
        losses={
            "VN-NUM-001 number.number": _OCR.format("the handwritten number 04 is read '0'"),
            "VN-BODY-004 body.preamble[1].text": _OCR.format(
                "the second legal basis ends ',' in the OCR text ('... trên địa bàn tỉnh,')"
            ),
        },
    ),
    "005": Expected(
        note="chỉ thị 07/CT-UBND (2018), received copy with a CV ĐẾN stamp",
        losses={
            "VN-BODY-003 body.tasks[1].subtasks[3].label": _OCR.format(
                "the fourth point of item 2 reads 'đ)' right after 'c)'; the scan cannot be"
                " told from the text"
            ),
        },
    ),
    "006": Expected(note="thông báo 46/TB-UBND on a complaint, KT. CHỦ TỊCH"),
    "007": Expected(
        note="báo cáo 23/BC-UBND: I., II. (read 'I.') with 1.-4.; KT. CHỦ TỊCH",
        losses={
            "VN-SIGN-002 signatures[0].title": _OCR.format(
                "'PHÓ CHỦ TỊCH' is interleaved with Nơi nhận and loses 'PHÓ'"
            ),
            "VN-BODY-003 body.tasks[0].subtasks[1].label": _OCR.format(
                "the heading of item I.2 is destroyed"
            ),
        },
    ),
    "008": Expected(
        note="tờ trình 22/TTr-UBND, TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH, with an attached draft",
    ),
    "009": Expected(
        note="1999 quyết định of UBND tỉnh Cao Bằng, before NĐ 30: its articles and marks"
        " follow the older form (T/M, K/T are not read as printed forms yet)",
        said={
            "body-text-unreadable": "'Điều 2:' and 'Điều 3:' are printed with a colon (key"
            " notes), a VN-BODY-002 defect; the reader mended the OCR's misreadings (Điều 2's"
            " points read a), b), ©)), so the body rules leave its labels alone",
        },
        losses={
            "VN-DIST-001 archive": _OCR.format("'Lưu VT-NĐ' is read '_ lưu VI NĐ'"),
        },
    ),
    "010": Expected(note="nghị định 45/2026/NĐ-CP, Chương, Mục, Điều 1.-43., TM. / KT."),
    "011": Expected(
        note="nghị quyết 66.9/2025/NQ-CP of the Government (vbpl.vn page, no Nơi nhận)",
        losses={
            "VN-BANNER-005 printed.motto": "the vbpl.vn page writes the tiêu ngữ with en"
            " dashes ('Độc lập – Tự do – Hạnh phúc'), the page's own typesetting of it (info)",
            "VN-DATE-007 printed.date": "the page prints a metadata line, not the resolution's"
            " date line: 'Ngày 8 tháng 12 năm 2025', without the place and the zero",
        },
    ),
    "012": Expected(note="quyết định 49/2025/QĐ-TTg, Điều 1.-3., KT. THỦ TƯỚNG"),
    "013": Expected(note="thông tư 45/2025/TT-BYT, Điều 1.-2., KT. BỘ TRƯỞNG"),
    "014": Expected(
        note="draft quyết định of the Chủ tịch UBND tỉnh Lai Châu (blank number, day and"
        " month), checked as a draft",
        strictness="draft",
    ),
    "015": Expected(
        note="kế hoạch 70/KH-UBND of Cần Thơ, MinerU markdown of a page cut at the right",
        losses={
            "VN-DIST-002 archive.units": "the Lưu line ends with OCR noise ('VT (VDuần). 8')",
            "VN-BODY-002 body.tasks*": "truncated lines and OCR noise read as labels ('C)')",
            "VN-BODY-003 body.tasks*": "truncated lines and OCR noise read as labels ('C)',"
            " 'Z.' for 7.)",
            "VN-DIST-004 printed.distribution*": "the page is cut at the right margin: Nơi"
            " nhận items lose their ends ('- Bộ Nội v')",
        },
    ),
    "016": Expected(
        note="thông báo 561/TB-ĐHTĐ, legacy OCR layer without diacritics",
        losses={
            "VN-DIST-002 archive.units": "the legacy OCR layer reads 'VT' as 'vr'"
            " ('Luu: vr, TC-HC.')",
        },
    ),
    "017": Expected(
        note="quyết định 539/QĐ-ĐHTĐ, legacy OCR layer without diacritics",
        losses={
            "VN-BODY-003 body.tasks[1].label": "the text layer prints 'Điều 2.' as 'J)i~u 2.'",
            "VN-BODY-006 body.tasks[1]": "the text layer lost the diacritics of 'chịu trách"
            " nhiệm thi hành' ('chiu trach nhiem thi hanh')",
        },
    ),
    "018": Expected(
        note="kế hoạch 753/KH-DCT of a public university, sections 1.-7.",
        defects={
            "VN-BODY-009 body.tasks[2].subtasks[0].label": "'3.1.' and five other labels"
            " (3.2.-3.4., 5.1., 5.2.): decimal numbering of a plan without articles, one"
            " finding (info) for the document",
        },
    ),
    "019": Expected(
        note="quyết định 2458/QĐ-ĐHQGHN (certified copy), Điều 1 amends a regulation",
        losses={
            "VN-BODY-004 body.preamble[3].text": _OCR.format(
                "a blank line cuts the fourth legal basis after 'của Thủ tướng'"
            ),
            "VN-BODY-003 body.tasks[0].subtasks*": "the quoted new text of each amendment"
            " point carries its own numbering, read as items of Điều 1",
        },
    ),
    "020": Expected(
        note="quyết định 547/QĐ-ĐHCNTT with its attached regulation; the transcription has"
        " no header block",
        defects={
            "VN-BODY-004 body.preamble[2].text": "the third legal basis ends '.' ('... tại"
            " Đại học Quốc gia TPHCM.')",
            "VN-BODY-004 body.preamble[4].text": "the last one ('Xét đề nghị ...;') ends ';'",
        },
    ),
    "021": Expected(
        note="news item reporting a Party guidance (reported: no number, date or archive)",
    ),
    "022": Expected(
        note="công văn 2191/CT-CS of Cục Thuế under BỘ TÀI CHÍNH, TL. / KT.",
    ),
    "023": Expected(note="công văn 464/TTg-CĐS of the Prime Minister, received copy"),
    "024": Expected(
        note="Party hướng dẫn 21-HD/BTCTU under THÀNH UỶ HÀ NỘI; number and day were"
        " stamped on the signed PDF, blank in its text layer",
        losses={
            "VN-NUM-010 number.number": "the number and the day are stamped on the signed PDF"
            " as an image: the text layer prints 'Số' / '-HD/BTCTU' and 'Hà Nội, ngày' /"
            " 'tháng 8 năm 2025' (key notes), read as a draft's blanks",
        },
    ),
    "025": Expected(
        note="Party hướng dẫn 38-HD/BTCTW, I.-V., K/T TRƯỞNG BAN",
        losses={
            "VN-TASK-001 body.tasks[0].subtasks[1].subtasks[8].deadline": "how to fill in the"
            " form: 'Tham gia cách mạng trước 19-8-1945' is read as a deadline",
        },
    ),
    "026": Expected(
        note="Party quy định 294-QĐ/TW of the Central Committee, T/M BAN CHẤP HÀNH TRUNG"
        " ƯƠNG; items 1.-33. with 1.1.1. (Party numbering is not checked)",
        losses={
            "VN-TASK-001 body.tasks[4].subtasks[1].subtasks[2].deadline": "the historical"
            " date '30/4/1975' in the text is read as a deadline",
        },
    ),
    "027": Expected(
        note="công văn 574/UBND-KTTH, signed CHỦ TỊCH without a mark",
    ),
    "028": Expected(
        note="quyết định 86/QĐ-UBND of the Chủ tịch UBND tỉnh, Điều 1.-3., signed CHỦ TỊCH",
    ),
    "029": Expected(
        note="quyết định xử phạt 15/QĐ-XPHC, Điều 1 items 1.-6., KT. CHỦ TỊCH",
        losses={
            "VN-BODY-004 body.preamble[2].text": _OCR.format(
                "the third legal basis ends ',' in the OCR text ('... bảo vệ môi trường,')"
            ),
            "VN-SIGN-002 signatures[0].title": _OCR.format("'PHÓ CHỦ TỊCH' is read 'yJ.HÓ'"),
            "VN-BODY-003 body.tasks[2].subtasks[3].label": _OCR.format(
                "'3.' is read '„3:', so '4.' seems to follow '2.'"
            ),
        },
    ),
    "030": Expected(
        note="thông báo kết luận 660/TB-UBND, 1.-5., points a)-e) without đ), TL. CHỦ TỊCH",
    ),
    "031": Expected(
        note="kế hoạch 1146/KH-ĐHTĐ, I.-IV., HIỆU TRƯỞNG",
        losses={
            "VN-BODY-003 body.tasks[2].label": _OCR.format("'III.' is read 'II.'"),
            "VN-BODY-003 body.tasks[3].label": _OCR.format("'III.' is read 'II.'"),
        },
    ),
    "032": Expected(
        note="tờ trình 01/TTr-UBND, KT. CHỦ TỊCH / PHÓ CHỦ TỊCH; the OCR drops the handwritten"
        " day of the signed scan, which the reader says (date-stamped: e-signature captions)",
    ),
    "033": Expected(
        note="thông báo 1144/TB-ĐHTĐ, items 1.-3., HIỆU TRƯỞNG / GS.TS. Trần Công Luận",
    ),
}
"""Each corpus document by its three-digit prefix."""

SEEDS: dict[str, Expected] = {
    "000": Expected(
        note="draft công văn of Sở Tài chính Sóc Trăng: 'Số: /STC-VP', 'ngày tháng 01'",
        strictness="draft",
        defects={"VN-DIST-002 archive.units": "'Lưu: VP.' does not name VT"},
    ),
    "001": Expected(
        note="draft công văn of Sở Nội vụ Tuyên Quang whose text lost its header (the reader"
        " says issuer-inferred)",
        strictness="draft",
    ),
    "003": Expected(
        note="Party chỉ thị as received: no number line, no place-date line, a bare signer;"
        " the reader says all three (number-missing, date-missing, signature-title-missing),"
        " and the checker keeps silent on what the reader reports not found (issue 17)",
        said={"signature-title-missing": "the signer is a bare name (VN-SIGN-006 defers)"},
    ),
    "004": Expected(note="a news article reporting a provincial directive"),
}
"""Each seed by its code, as the seed texts print them (``tests/test_rules_seeds.py`` checks
the hand-built seed instruments)."""


def corpus_documents() -> Iterator[tuple[str, Path]]:
    """The corpus documents by their three-digit prefix."""
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        yield path.name[:3], path


def read(code: str, path: Path | None) -> ParseResult:
    """A corpus document (``path``) or a seed (``path`` is ``None``) as the reader reads it."""
    text = seed_text(code) if path is None else path.read_text(encoding="utf-8")
    return parse_text(text)


def found(result: ParseResult, expected: Expected) -> list[Diagnostic]:
    return check(result, strictness=expected.strictness, today=TODAY)


def key(diagnostic: Diagnostic) -> str:
    return f"{diagnostic.code} {diagnostic.path}"


def matches(diagnostic: Diagnostic, entry: str) -> bool:
    """Whether ``diagnostic`` is the finding ``entry`` names (a trailing ``*`` is a prefix)."""
    name = key(diagnostic)
    return name.startswith(entry[:-1]) if entry.endswith("*") else name == entry


def listed(diagnostic: Diagnostic, entries: Mapping[str, str]) -> bool:
    """Whether ``diagnostic`` is one of ``entries``."""
    return any(matches(diagnostic, entry) for entry in entries)


@dataclass
class Tally:
    """Findings on correct documents, sorted: defects (none, by definition), losses, false."""

    documents: int = 0
    defects: int = 0
    losses: int = 0
    false: list[str] = field(default_factory=list)

    def add(self, name: str, diagnostics: list[Diagnostic], expected: Expected) -> None:
        self.documents += 1
        for diagnostic in diagnostics:
            if listed(diagnostic, expected.defects):
                self.defects += 1
            elif listed(diagnostic, expected.losses):
                self.losses += 1
            else:
                self.false.append(f"{name}: {diagnostic}")


def tally(*, errors_only: bool = False) -> Tally:
    """The findings on the correct documents of the corpus and the seeds."""
    result = Tally()
    sources: list[tuple[str, Path | None, Expected]] = [
        (code, path, EXPECTED[code]) for code, path in corpus_documents()
    ]
    sources += [(f"seed {code}", None, SEEDS[code]) for code in sorted(SEEDS)]
    for name, path, expected in sources:
        if not expected.correct:
            continue
        diagnostics = found(read(name.removeprefix("seed "), path), expected)
        if errors_only:
            diagnostics = [d for d in diagnostics if d.severity.value != "info"]
        result.add(name, diagnostics, expected)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.parse_args()
    if not (CORPUS / "docs").is_dir():
        sys.stderr.write(f"the development corpus is not at {CORPUS}\n")
        return 1
    figures = tally()
    print(
        f"{figures.documents} correct documents: {figures.defects} defects,"
        f" {figures.losses} reading losses, {len(figures.false)} false findings"
    )
    for line in figures.false:
        print(f"  false: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
