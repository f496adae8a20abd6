"""The seeds checked: their real defects are found, and nothing that is correct is flagged.

The expected findings are read from the seed texts in ``src/vnadmin/seeds``, not from the
checker.
"""

from __future__ import annotations

import datetime

import pytest

from vnadmin.rules import check
from vnadmin.samples import SEEDS

TODAY = datetime.date(2024, 6, 1)

EXPECTED: dict[str, dict[str, set[tuple[str, str]]]] = {
    # Công văn of Sở Tài chính Sóc Trăng: `Số: /STC-VP` (blank number) and `ngày tháng 01
    # năm 2022` (blank day), both blank: awaiting registration, checked as a draft; and
    # `Lưu: VP.` (the archive line does not name VT).
    "000": {
        "final": {
            ("VN-NUM-010", "number.number"),
            ("VN-DIST-002", "archive.units"),
        },
        "draft": {("VN-DIST-002", "archive.units")},
    },
    # Công văn of Sở Nội vụ Tuyên Quang: `Số: /SNV-XDCQ&CTTN`, `ngày tháng 6 năm 2024`;
    # `KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC` and `Lưu: VT, XDCQ&CTTN.` are right.  The text lost its
    # header: no issuer lines, so no `UBND TỈNH TUYÊN QUANG` above the Sở the body names,
    # and no Quốc hiệu nor tiêu ngữ.
    "001": {
        "final": {
            ("VN-ISS-003", "issuer.parent"),
            ("VN-NUM-010", "number.number"),  # number and day blank: awaiting registration
            ("VN-BANNER-001", "printed.banner"),
            ("VN-BANNER-001", "printed.motto"),
        },
        "draft": {
            ("VN-ISS-003", "issuer.parent"),
            ("VN-BANNER-001", "printed.banner"),
            ("VN-BANNER-001", "printed.motto"),
        },
    },
    # Party chỉ thị as received: no number line, no place or date line, and the signer is a
    # bare name (no T/M BAN THƯỜNG VỤ, no title).  `Lưu Văn phòng Tỉnh ủy` is the Party form,
    # its items end with commas as HD 36 has them; the copy prints neither `ĐẢNG CỘNG SẢN
    # VIỆT NAM` nor the star.
    "003": {
        "final": {
            ("VN-NUM-002", "number"),
            ("VN-DATE-003", "date"),
            ("VN-DATE-004", "place"),
            ("VN-SIGN-006", "signatures[0].title"),
            ("VN-BANNER-003", "printed.banner"),
            ("VN-BANNER-004", "printed.star"),
        },
        "draft": {
            ("VN-DATE-004", "place"),
            ("VN-BANNER-003", "printed.banner"),
            ("VN-BANNER-004", "printed.star"),
        },
    },
    # A news report: what it does not reproduce (number, date, archive line) is no defect.
    "004": {"final": set(), "draft": set()},
}


def test_every_seed_has_expectations() -> None:
    assert set(SEEDS) == set(EXPECTED)


@pytest.mark.parametrize("strictness", ["final", "draft"])
@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_seed_findings(seed: str, strictness: str) -> None:
    found = check(SEEDS[seed], strictness=strictness, today=TODAY)
    assert {(d.code, d.path) for d in found} == EXPECTED[seed][strictness]
    assert len(found) == len(EXPECTED[seed][strictness])  # and no finding reported twice
