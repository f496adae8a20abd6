"""vnadmin.localities: the province codes of the 2025 divisions, and where an issuer sits.

Expected codes are the statistics office's province codes as the list of 1 July 2025
prints them (Hà Nội 01, Cao Bằng 04, Huế 46, Quảng Ngãi 51, Lâm Đồng 68, Hồ Chí Minh 79,
Cần Thơ 92); expected localities of corpus documents are read from the hand-made keys'
issuer lines, never from the output under test.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from corpus import CORPUS
from vnadmin.localities import locate, province, provinces
from vnadmin.strategies import _vocabulary as vocab


def test_the_list_is_the_34_provinces_of_2025() -> None:
    codes = {found.name: found.code for found in provinces()}
    assert len(codes) == 34
    named = ("Hà Nội", "Cao Bằng", "Huế", "Quảng Ngãi", "Lâm Đồng", "Hồ Chí Minh", "Cần Thơ")
    assert {name: codes[name] for name in named} == {
        "Hà Nội": "01",
        "Cao Bằng": "04",
        "Huế": "46",
        "Quảng Ngãi": "51",
        "Lâm Đồng": "68",
        "Hồ Chí Minh": "79",
        "Cần Thơ": "92",
    }
    assert "Sóc Trăng" not in codes  # merged into Cần Thơ on 1 July 2025


@pytest.mark.parametrize(
    ("place", "code"),
    [
        ("Quảng Ngãi", "51"),
        ("TP. Hồ Chí Minh", "79"),
        ("Thành phố Huế", "46"),
        ("- Hà Nội", "01"),  # as the reader read a two-column dateline
        ("tỉnh Khánh Hoà", "56"),  # the other tone placement
        ("Sóc Trăng", None),
        ("Bình Sơn", None),
    ],
)
def test_places_are_provinces_of_the_list(place: str, code: str | None) -> None:
    found = province(place)
    assert (None if found is None else found.code) == code


@pytest.mark.parametrize("name", vocab.PROVINCES)
def test_every_province_of_the_strategies_has_a_code(name: str) -> None:
    assert province(name) is not None
    assert locate([f"ỦY BAN NHÂN DÂN TỈNH {name.upper()}"]).province == province(name)


@pytest.mark.parametrize(
    ("names", "place", "code", "actor"),
    [
        (["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"], None, "51", None),
        (["SỞ TÀI CHÍNH", "UBND TỈNH QUẢNG NGÃI"], None, "51", None),
        (["BAN TỔ CHỨC", "THÀNH UỶ HÀ NỘI"], None, "01", None),
        (["Tỉnh ủy Quảng Ngãi"], None, "51", None),
        (["UBND XÃ BÌNH SƠN", "UBND TỈNH QUẢNG NGÃI"], None, "51", "xa-binh-son"),
        (["UBND THÀNH PHỐ QUẢNG NGÃI"], None, None, "thanh-pho-quang-ngai"),  # a city of a tỉnh
        (["SỞ TÀI CHÍNH", "UBND TỈNH SÓC TRĂNG"], None, None, "tinh-soc-trang"),  # merged 2025
        (["Ban Tuyên giáo Tỉnh ủy Đắk Nông"], None, None, "tinh-dak-nong"),
        (["Sở Nội vụ"], "Tuyên Quang", "08", None),  # a local body placed by its dateline
        (["CHÍNH PHỦ"], "Hà Nội", None, None),  # central bodies sign in Hà Nội
        (["ĐẠI HỌC QUỐC GIA HÀ NỘI"], "Hà Nội", None, None),
        (["Cơ quan thường trực"], None, None, None),  # cơ quan is no quận
        (["BỘ CHỈ HUY QUÂN SỰ TỈNH QUẢNG NGÃI"], None, "51", None),  # quân sự is no quận
        (["BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP TỈNH QUẢNG NGÃI"], None, "51", None),
        (["TỔNG CỤC HẢI QUAN"], "Hà Nội", None, None),
        (["UBND QUẬN 1", "UBND THÀNH PHỐ HỒ CHÍ MINH"], None, "79", "quan-1"),
    ],
)
def test_where_an_issuer_sits(
    names: list[str], place: str | None, code: str | None, actor: str | None
) -> None:
    found = locate(names, place)
    assert (None if found.province is None else found.province.code, found.actor) == (code, actor)


def _keys() -> list[dict[str, object]]:
    return [json.loads(path.read_text("utf-8")) for path in sorted(CORPUS.glob("keys/*.json"))]


@pytest.mark.skipif(
    not (CORPUS / "keys").is_dir(), reason=f"the development corpus is not at {CORPUS}"
)
def test_corpus_issuers_and_places() -> None:
    # The keys' issuer lines (and the file names): 13 documents of Quảng Ngãi's People's
    # Committee and its steering committee (001-008, 027-030, 032), one of Cao Bằng's,
    # one of Hà Nội's Party committee, one of the former Đắk Nông; the others are central
    # bodies, universities, and two keys with no issuer line (014, 015).
    expected: dict[tuple[str | None, str | None], int] = {}
    for key in _keys():
        names = [str(key[field]) for field in ("issuer", "parent_issuer") if key[field]]
        place = key["place"]
        if isinstance(place, str):
            assert province(place) is not None, place  # every printed place is a province
        found = locate(names, place if isinstance(place, str) else None)
        where = (None if found.province is None else found.province.code, found.actor)
        expected[where] = expected.get(where, 0) + 1
    assert expected == {
        ("51", None): 13,
        ("04", None): 1,
        ("01", None): 1,
        ("79", None): 1,  # Trường Đại học Công thương Thành phố Hồ Chí Minh
        (None, "tinh-dak-nong"): 1,
        (None, None): 16,
    }


def test_without_the_extra_vnadmin_refuses_to_name_a_work() -> None:
    # A fresh interpreter in which vietnam-provinces cannot be imported: the export says
    # which extra to install instead of writing IRIs without provinces.
    script = textwrap.dedent(
        """
        import sys
        sys.modules["vietnam_provinces"] = None
        from vnadmin import akn, MissingExtraError
        from vnadmin.samples import SEEDS
        try:
            akn.dumps(SEEDS["001"])
        except MissingExtraError as error:
            print(error.extra, error.package, str(error))
        else:
            print("written")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    extra, package, message = result.stdout.strip().split(" ", 2)
    assert (extra, package) == ("akn", "vietnam-provinces")
    assert "pip install 'vnadmin[akn]'" in message
