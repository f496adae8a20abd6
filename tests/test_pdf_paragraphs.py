"""Where a PDF's lines become paragraphs: a wrap is told from a new paragraph by the lines'
positions, as the glyphs give them (drawn here glyph by glyph, no PDF file needed).  Word
and LibreOffice wrap a numbered item's text under its text (a hanging indent) or at the left
edge; a new paragraph starts at the first-line indent."""

from __future__ import annotations

from vnadmin.pages.blocks import Para
from vnadmin.pdf.layout import Char, PageText, page_blocks

SIZE = 13.0
RIGHT = 552.0


def _line(text: str, x0: float, top: float, x1: float = RIGHT) -> list[Char]:
    step = (x1 - x0) / len(text)
    return [
        Char(ch, x0 + i * step, x0 + (i + 1) * step, top, top + SIZE, "Times", False, False, SIZE)
        for i, ch in enumerate(text)
    ]


def _paragraphs(*lines: tuple[str, float, float]) -> list[str]:
    """The paragraphs of a second page whose lines are (text, start, end), 18 pt apart."""
    chars = [c for n, (t, x0, x1) in enumerate(lines) for c in _line(t, x0, 300 + 18 * n, x1)]
    first = PageText(number=1, width=595.0, height=842.0, chars=())  # where a header is sought
    page = PageText(number=2, width=595.0, height=842.0, chars=tuple(chars))
    blocks, _ = page_blocks([first, page])
    assert all(isinstance(b, Para) for b in blocks)  # no table, no header columns
    return [b.text for b in blocks if isinstance(b, Para)]


def test_a_sentence_that_ends_at_a_wrap_under_a_hanging_label_goes_on() -> None:
    found = _paragraphs(
        ("4. Tổ chức thực hiện có hiệu quả chương trình cải cách hành chính", 85, RIGHT),
        ("giai đoạn 2021-2025 và thúc đẩy chuyển đổi số toàn diện của tỉnh.", 103, RIGHT),
        ("Nâng cao hiệu lực quản lý nhà nước, phát huy vai trò của các tổ chức", 103, RIGHT),
        ("chính trị - xã hội ở cơ sở.", 103, 300),
        ("5. Tăng cường công tác kiểm tra.", 85, 300),
    )
    assert len(found) == 2
    assert found[0].endswith(
        "toàn diện của tỉnh. Nâng cao hiệu lực quản lý nhà nước, phát"
        " huy vai trò của các tổ chức chính trị - xã hội ở cơ sở."
    )


def test_a_dash_that_a_wrap_puts_first_on_a_line_is_no_new_item() -> None:
    found = _paragraphs(
        ("1. Phối hợp với Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị", 85, RIGHT),
        ("ở địa phương, tạo điều kiện cho các tổ chức chính trị", 103, RIGHT),
        ("- xã hội tham gia giám sát và phản biện xã hội.", 103, 400),
    )
    assert found == [
        "1. Phối hợp với Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị ở địa phương,"
        " tạo điều kiện cho các tổ chức chính trị - xã hội tham gia giám sát và phản biện"
        " xã hội."
    ]


def test_an_item_after_a_line_that_ends_its_clause_is_a_new_item() -> None:
    found = _paragraphs(
        ("1. Giao các cơ quan, đơn vị sau đây thực hiện nhiệm vụ được giao:", 85, RIGHT),
        ("trong phạm vi chức năng, nhiệm vụ của mình theo kế hoạch này:", 103, RIGHT),
        ("- Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan;", 103, 450),
    )
    assert len(found) == 2
    assert found[1].startswith("- Sở Nội vụ")


def test_a_paragraph_at_the_label_s_own_indent_after_a_sentence_is_new() -> None:
    found = _paragraphs(
        ("c) Chi bộ xét, ra nghị quyết đề nghị cấp ủy cơ sở xét, quyết định.", 113, 530),
        ("Đối với đảng viên của chi bộ trực thuộc cấp ủy cấp trên trực tiếp", 112, RIGHT),
        ("thì chi bộ xét, đề nghị ban thường vụ cấp ủy cấp trên.", 84, 400),
    )
    assert len(found) == 2
    assert found[1].startswith("Đối với đảng viên")


def test_a_space_drawn_inside_a_letter_parts_no_words() -> None:
    # another run of text (a blank of the column beside) draws a space over the 'Ộ'
    letters = _line("CỘNG HÒA XÃ HỘI", 260, 300, 400)
    over = Char(" ", letters[1].x0 + 3, letters[1].x1 - 1, 299, 313, "Times", False, False, 14)
    between = letters[4]  # the space after 'CỘNG' stays
    assert between.text == " "
    page = PageText(number=2, width=595.0, height=842.0, chars=(*letters, over))
    first = PageText(number=1, width=595.0, height=842.0, chars=())
    blocks, _ = page_blocks([first, page])
    assert [b.text for b in blocks if isinstance(b, Para)] == ["CỘNG HÒA XÃ HỘI"]


def test_a_centred_subject_goes_on_over_a_line_that_opens_with_a_name() -> None:
    found = _paragraphs(
        ("QUYẾT ĐỊNH", 260, 335),
        ("Về việc cho phép hợp nhất Hội Luật gia tỉnh An Giang (cũ),", 130, 507),
        ("Hội Luật gia tỉnh Kiên Giang (cũ) thành Hội Luật gia tỉnh An Giang", 110, 527),
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG", 170, 467),
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025 và", 113, RIGHT),
        ("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức chính quyền địa phương", 85, RIGHT),
        ("ngày 25 tháng 6 năm 2025, Luật Luật sư ngày 29 tháng 6 năm 2006, Luật sửa", 85, RIGHT),
        ("đổi, bổ sung một số điều của Luật Luật sư ngày 20 tháng 11 năm 2012 và", 85, RIGHT),
        ("Nghị định số 126/2024/NĐ-CP ngày 08 tháng 10 năm 2024 của Chính phủ;", 85, 420),
    )
    assert found[:3] == [
        "QUYẾT ĐỊNH",  # a title in capitals ends where its subject starts
        "Về việc cho phép hợp nhất Hội Luật gia tỉnh An Giang (cũ),\n"
        "Hội Luật gia tỉnh Kiên Giang (cũ) thành Hội Luật gia tỉnh An Giang",
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH AN GIANG",  # the enacting authority, in capitals
    ]


def test_a_glyph_too_small_to_read_is_no_part_of_its_line() -> None:
    # a one-point letter a signing tool leaves under the signer's name, a little left of it
    name = _line("Nguyễn Đức Vũ", 388, 300, 480)
    anchor = Char("ơ", 387.7, 388.2, 310.3, 311.3, "Times", False, False, 1.0)
    page = PageText(number=2, width=595.0, height=842.0, chars=(anchor, *name))
    first = PageText(number=1, width=595.0, height=842.0, chars=())
    blocks, remarks = page_blocks([first, page])
    assert [b.text for b in blocks if isinstance(b, Para)] == ["Nguyễn Đức Vũ"]
    assert remarks == ["tiny-glyphs-removed: 1 glyph(s) set under 2 points left out"]


def test_spaces_that_spread_a_line_are_one_space_and_a_wide_gap_is_kept() -> None:
    # 4.3 pt a glyph: two spaces are 8.6 pt, under two letters; twelve are a gap
    chars = _line("Độc  lập  -  Tự  do  -  Hạnh phúc" + " " * 12 + "Số: 12", 200, 300, 398)
    page = PageText(number=2, width=595.0, height=842.0, chars=tuple(chars))
    first = PageText(number=1, width=595.0, height=842.0, chars=())
    blocks, _ = page_blocks([first, page])
    (found,) = [b.text for b in blocks if isinstance(b, Para)]
    assert found.startswith("Độc lập - Tự do - Hạnh phúc  ")
    assert found.endswith("  Số: 12")
