"""Finding cited instruments in real text: numbers broken by wraps and scans, lists of
numbers after one kind name, misread kind names, titles naming other instruments.  Each
text is typed for its rule; the expected numbers are read off it."""

from __future__ import annotations

import pytest

from vnadmin.grammar import format_citation, format_number
from vnadmin.model import KINDS, Citation
from vnadmin.text import parse_text
from vnadmin.text.citations import find_citations


def _numbers(text: str) -> list[str]:
    return [
        format_number(found.citation.number)
        for found in find_citations(text, KINDS)
        if found.citation.number is not None
    ]


def _cited(text: str) -> list[Citation]:
    return [found.citation for found in find_citations(text, KINDS)]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a hard wrap inside the symbol left a space after its dash or slash
        ("theo Kế hoạch số 186/KH- UBND ngày 17/9/2024 của UBND tỉnh.", ["186/KH-UBND"]),
        ("tại Tờ trình số 7603/TTr- HĐTĐ ngày 30/12/2024.", ["7603/TTr-HĐTĐ"]),
        ("Căn cứ Biên bản số 26/ QH-NĐ-UB ngày 03/11/1998;", ["26/QH-NĐ-UB"]),
        # số as scans print it
        ("Căn cứ Công văn sỐ 1016/UBND-KGVX ngày 29/8/2025;", ["1016/UBND-KGVX"]),
        ("Nghị định sô 115/2021/NĐ-CP ngày 16/12/2021;", ["115/2021/NĐ-CP"]),
        # ... and with its vowel lost, an s alone before a number with its symbol
        ("thực hiện Nghj quyf3t s 29-NQ/TW ngày 04/11/2013", ["29-NQ/TW"]),
        ("Thông báo s 496-TB/TU ngày 17/8/2023 về Kết luận", ["496-TB/TU"]),
        # digits read as letters, a dash read as an en dash
        ("bãi bỏ Quyết định số l5/2023/QĐ-UBND ngày 01/02/2023.", ["15/2023/QĐ-UBND"]),
        ("thay thế Hướng dẫn số 08 –HD/BTCTU ngày 16/8/2017.", ["08-HD/BTCTU"]),
        # Party numbers with or without spaces around the dash
        (
            "Thực hiện Quy định số 120-QĐ/TW và Hướng dẫn số 38 - HD/BTCTW.",
            ["120-QĐ/TW", "38-HD/BTCTW"],
        ),
        # the kind name a scan misread: the same letters, or one letter off
        ("theo Thông tự số 03/2021/TT-BTC của Bộ Tài chính.", ["03/2021/TT-BTC"]),
        ("Can cu Quyit dinh so 129/QD-HDSK ngay 24/11/2022;", ["129/QD-HDSK"]),
        # "pháp luật" is law in general: the number is the named law's
        (
            "Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;",
            ["64/2025/QH15"],
        ),
        # a resolution's sub-number, a department after a dot; a run-on sentence is not
        # read into the symbol
        (
            "theo Nghị quyết số 12.4/2024/NQ-CP và Công văn số 315/VPCP-V.II.",
            ["12.4/2024/NQ-CP", "315/VPCP-V.II"],
        ),
        ("thực hiện Nghị định số 45/2021/NĐ-CP.Các sở triển khai.", ["45/2021/NĐ-CP"]),
    ],
)
def test_numbers_as_real_text_prints_them(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


def test_the_numbers_of_a_list_share_its_kind() -> None:
    cited = _cited(
        "Thực hiện Công văn số 4643/UBND-KGVX ngày 28/8/2024; số 4975/UBND-KGVX ngày"
        " 17/9/2024 và số 6138/UBND-KGVX ngày 13/11/2024 của UBND tỉnh; các Văn bản: số"
        " 423/TTg-CĐS, số 432/TTg-CĐS ngày 23/4/2026."
    )
    assert [(format_citation(c).split(" số ")[0], format_number(c.number)) for c in cited] == [  # type: ignore[arg-type]
        ("Công văn", "4643/UBND-KGVX"),
        ("Công văn", "4975/UBND-KGVX"),
        ("Công văn", "6138/UBND-KGVX"),
        ("Văn bản", "423/TTg-CĐS"),
        ("Văn bản", "432/TTg-CĐS"),
    ]


def test_a_number_without_a_kind_name_is_a_document_its_symbol_may_name() -> None:
    cited = _cited("Lô đất thuộc Mặt bằng số 26/QH-NĐ-UB; theo Thông tư số 02/2017/TT-VPCP.")
    assert [c.kind.name if c.kind else None for c in cited] == [None, "Thông tư"]
    cited = _cited("theo đề xuất số 15/2020/TT-BNV của Bộ Nội vụ")
    assert [c.kind.name if c.kind else None for c in cited] == ["Thông tư"]


def test_a_citation_whose_tail_does_not_read_keeps_its_number() -> None:
    result = parse_text(
        "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/20210 của Chính phủ về kiểm soát"
        " thủ tục hành chính;\n"
    )
    assert [format_number(c.number) for c in result.instrument.citations()] == [  # type: ignore[arg-type]
        "63/2010/NĐ-CP"
    ]
    assert "citation-partly-read" in {d.code for d in result.diagnostics}


def test_the_tail_of_a_citation() -> None:
    # the parenthesis it is printed in, a verb opening its subject
    assert [format_citation(c) for c in _cited("(Công văn số 85/VP-TTHC ngày 08/01/2025).")] == [
        "Công văn số 85/VP-TTHC ngày 08/01/2025"
    ]
    assert _cited("theo Nghị định số 30/2020/NĐ-CP quy định về công tác văn thư.")[0].subject == (
        "công tác văn thư"
    )
    decision = _cited("theo Quyết định số 1648/QĐ-UBND ngày 30/11/2022 ban hành Kế hoạch rà soát.")
    assert decision[0].subject == "ban hành Kế hoạch rà soát"


def test_a_title_naming_the_laws_it_amends_is_one_citation() -> None:
    cited = _cited(
        "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức;"
    )
    assert [c.title for c in cited] == [
        "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức"
    ]


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Quyết định này có hiệu lực kể từ ngày ký. Nghị quyết này được thông qua.", []),
        ("Các Bộ, ngành chịu trách nhiệm thi hành Nghị quyết này;", []),
        # the instruments the document's own name is said beside are still cited
        (
            "Nghị định này quy định chi tiết một số điều của Luật Đầu tư công.",
            ["Luật Đầu tư công"],
        ),
        ("Ban hành kèm theo Nghị định này Quy chế quản lý.", ["Quy chế quản lý"]),
        ("Thông tư này thay thế Thông tư số 15/2020/TT-BNV.", ["Thông tư số 15/2020/TT-BNV"]),
    ],
)
def test_the_document_itself_is_not_cited(text: str, cited: list[str]) -> None:
    # issue 20: the document's own name (Nghị quyết này, Nghị định này) is no citation
    assert [format_citation(c) for c in _cited(text)] == cited


def test_a_name_ends_where_the_next_clause_opens_with_its_verb() -> None:
    # the date after "trình ... trước" is a deadline, not the law's date
    (law,) = _cited(
        "sửa đổi Danh mục tại Phụ lục IV của Luật Đầu tư 2025, trình Chính phủ trước ngày"
        " 20 tháng 6 năm 2026."
    )
    assert law.kind is not None
    assert law.kind.name == "Luật"
    assert law.title == "Đầu tư 2025"
    assert law.date is None


@pytest.mark.parametrize("bound", ["kể từ ngày", "từ ngày", "đến hết ngày", "trước ngày"])
def test_a_date_of_time_after_a_kinds_name_is_not_the_cited_date(bound: str) -> None:
    # "... các văn bản hướng dẫn Luật kể từ ngày 01 tháng 01 năm 2026": when the rules apply,
    # not a Luật dated 2026 (VN-DATE-005 read it as cited after the document).
    cited = _cited(f"thực hiện theo các văn bản hướng dẫn Luật {bound} 01 tháng 01 năm 2026.")
    assert all(c.date is None for c in cited)
    dated = _cited("theo Luật Đất đai ngày 18 tháng 01 năm 2024.")
    assert [c.date and c.date.year for c in dated] == [2024]
