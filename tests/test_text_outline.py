"""The body's outline: which labels are the top-level tasks, read off small documents typed
for each rule (the layouts of converted and scanned documents: labels glued or specked,
sub-labels on the label's line, quotations of other instruments, attached drafts)."""

from __future__ import annotations

from vnadmin.model import Role, Task
from vnadmin.text import parse_text

HEAD = """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 12/KH-UBND
Hà Nam, ngày 05 tháng 3 năm 2024

KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2024

"""


def _tasks(body: str, head: str = HEAD) -> tuple[Task, ...]:
    return parse_text(head + body).instrument.body.tasks


def _labels(tasks: tuple[Task, ...]) -> list[str | None]:
    return [task.label for task in tasks]


def test_lettered_parts_over_roman_sections_over_numbers() -> None:
    document = parse_text(
        HEAD
        + """\
Căn cứ tình hình thực tế, Ủy ban nhân dân tỉnh ban hành kế hoạch gồm các nội dung:
1. Đánh giá kết quả năm trước.
2. Đề ra nhiệm vụ năm nay.

A. PHẦN CHUNG
I. MỤC ĐÍCH
1. Nâng cao chất lượng phục vụ.
II. YÊU CẦU
1. Bảo đảm đúng tiến độ.
B. NHIỆM VỤ CỤ THỂ
I. CẢI CÁCH THỂ CHẾ
1. Sở Tư pháp rà soát văn bản.
C. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai kế hoạch này.
"""
    ).instrument
    tasks = document.body.tasks
    assert _labels(tasks) == ["A.", "B.", "C."]
    assert _labels(tasks[0].subtasks) == ["I.", "II."]
    assert tasks[1].subtasks[0].subtasks[0].text == "Sở Tư pháp rà soát văn bản."
    background = " ".join(p.text for p in (*document.body.preamble, *document.body.background))
    assert "Đề ra nhiệm vụ năm nay" in background  # numbered lines before A. set the scene


def test_numbers_before_the_first_roman_section_are_background() -> None:
    document = parse_text(
        HEAD
        + """\
Năm 2023, tỉnh đạt hai kết quả:
1. Chỉ số PAR INDEX tăng 5 bậc.
2. Chỉ số SIPAS tăng 3 bậc.

I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao chất lượng phục vụ.
II. NHIỆM VỤ
1. Sở Nội vụ theo dõi việc thực hiện.
"""
    ).instrument
    assert _labels(document.body.tasks) == ["I.", "II."]
    assert "PAR INDEX" in " ".join(p.text for p in document.body.background)


def test_articles_are_the_top_level_of_a_decision() -> None:
    tasks = _tasks(
        """\
QUYẾT ĐỊNH:
Điều1:- Phê duyệt danh sách cán bộ được cử đi học.
Điều 2: a) Ủy ban nhân dân huyện có nhiệm vụ bố trí kinh phí.
b) Sở Nội vụ có trách nhiệm theo dõi.
Di~u 3.
1. Quyết định này có hiệu lực kể từ ngày ký.
2. Chánh Văn phòng, Giám đốc Sở Nội vụ chịu trách nhiệm thi hành Quyết định này./.
"""
    )
    # a scan's text layer lost the word's vowel: "Di~u 3." is still an article
    assert _labels(tasks) == ["Điều1:-", "Điều 2:", "Di~u 3."]
    assert _labels(tasks[1].subtasks) == ["a)", "b)"]
    assert tasks[2].text == "Di~u 3."  # alone above its clauses: the heading keeps its place
    assert _labels(tasks[2].subtasks) == ["1.", "2."]


def test_an_article_cited_at_a_line_start_is_no_label() -> None:
    tasks = _tasks(
        """\
1. Thực hiện đúng quy định tại khoản 2
Điều 5 Luật Cán bộ, công chức về tuyển dụng.
2. Báo cáo kết quả.
"""
    )
    assert _labels(tasks) == ["1.", "2."]
    assert tasks[0].text.endswith("về tuyển dụng.")


def test_decimal_numbering() -> None:
    tasks = _tasks(
        """\
1. Công tác tuyên truyền
1.1. Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí.
1.2. Đài Phát thanh mở chuyên mục.
2. Công tác kiểm tra
2.9. Thanh tra tỉnh kiểm tra đột xuất.
2.10. Sở Nội vụ kiểm tra định kỳ.
"""
    )
    assert _labels(tasks) == ["1.", "2."]
    assert _labels(tasks[1].subtasks) == ["2.9.", "2.10."]


def test_numbers_in_parentheses_label_the_items_of_a_point() -> None:
    tasks = _tasks(
        """\
1. Về tiến độ triển khai
Các sở, ngành cần khẩn trương thực hiện các việc sau:
(1) Giao Sở Xây dựng chủ trì, phối hợp với Sở Tài chính lập danh mục dự án.
(2) Đề nghị Công an tỉnh bảo đảm an ninh trật tự.
2. Về kinh phí
Sở Tài chính bố trí kinh phí.
"""
    )
    assert _labels(tasks) == ["1.", "2."]
    first, second = tasks[0].subtasks[-2:]  # after the paragraph that opens them
    assert (first.label, second.label) == ("(1)", "(2)")
    assert [(a.role, a.actor) for a in first.assignments] == [
        (Role.LEAD, "Sở Xây dựng"),
        (Role.COOPERATE, "Sở Tài chính"),
    ]
    assert [a.actor for a in second.assignments] == ["Công an tỉnh"]


def test_labels_are_read_in_sequence() -> None:
    tasks = _tasks(
        """\
I. MỤC ĐÍCH
a) Nâng cao nhận thức.
B) Tạo chuyển biến.
C) Bảo đảm hiệu quả.
II. NỘI DUNG
1. Tuyên truyền.
"""
    )
    # "C)" after "b)" is the point c) a scan printed in capitals, not the Roman hundred
    assert _labels(tasks) == ["I.", "II."]
    assert _labels(tasks[0].subtasks) == ["a)", "B)", "C)"]


def test_scan_specks_before_a_label() -> None:
    tasks = _tasks(
        """\
1. Rà soát hồ sơ.
„ 2. Tổng hợp danh sách.
3. Báo cáo kết quả:
a) Số hồ sơ;
©) Số người.
"""
    )
    assert _labels(tasks) == ["1.", "2.", "3."]
    assert tasks[1].text == "Tổng hợp danh sách."
    assert _labels(tasks[2].subtasks) == ["a)", "c)"]


def test_section_headings_are_capitals() -> None:
    tasks = _tasks(
        """\
I. HƯỚNG DẪN GHI LÝ LỊCH
1. Ghi đầy đủ các mục.
Mục 10 (thành phần gia đình): ghi thành phần của cha mẹ.
II. HỒ SƠ
1. Lập hồ sơ.
"""
    )
    assert _labels(tasks) == ["I.", "II."]


def test_numbered_lines_of_a_quotation_are_not_tasks() -> None:
    tasks = _tasks(
        """\
- Khoản 1 Điều 12 Nghị định số 13/2019/NĐ-CP quy định:
"1. Doanh nghiệp được miễn thuế 04 năm;
2. Doanh nghiệp được giảm 50% số thuế phải nộp."
- Điều 39 Luật Khoa học và công nghệ quy định:
“Điều 39. Doanh nghiệp khoa học và công nghệ

1. Doanh nghiệp được ưu tiên thuê đất.

2. Doanh nghiệp có trách nhiệm cung cấp thông tin.”
Căn cứ các quy định trên, đề nghị Cục Thuế tỉnh hướng dẫn doanh nghiệp.
"""
    )
    assert _labels(tasks) == ["-", "-"]


def test_a_quotation_left_open_ends_where_the_list_goes_on() -> None:
    tasks = _tasks(
        """\
1. Rà soát các văn bản đã ban hành.
2. Sửa đổi khoản 1 Điều 5 như sau:
"1. Cơ quan chủ quản có trách nhiệm tổ chức thực hiện.
2. Sở Nội vụ hướng dẫn việc thực hiện.
3. Các đơn vị báo cáo kết quả trước ngày 30/6/2025.
"""
    )
    # the closing quote was lost: "3." goes on with the document's list, not the quote's
    assert _labels(tasks) == ["1.", "2.", "3."]
    assert tasks[2].text.startswith("Các đơn vị báo cáo")


def test_a_quotation_left_open_in_a_point_ends_at_the_next_point() -> None:
    tasks = _tasks(
        """\
1. Sửa đổi, bổ sung một số khoản của Điều 4 như sau:
a) Sửa đổi, bổ sung khoản 2 Điều 4 như sau:
“2. Phòng Cảnh sát giao thông đăng ký xe ô tô của tổ chức trong tỉnh;
b) Sửa đổi, bổ sung khoản 4 Điều 4 như sau:
“4. Công an cấp xã đăng ký xe mô tô của cá nhân cư trú trong xã.”
2. Bãi bỏ khoản 6 Điều 4.
"""
    )
    # the closing quote after khoản 2 is not printed: "b)" goes on with the points
    assert _labels(tasks) == ["1.", "2."]
    assert _labels(tasks[0].subtasks) == ["a)", "b)"]


def test_the_points_a_quotation_opens_stay_quoted() -> None:
    tasks = _tasks(
        """\
1. Sửa đổi, bổ sung Điều 7 như sau:
a) Sửa đổi, bổ sung khoản 1 Điều 7 như sau:
“1. Hồ sơ đề nghị gồm:
a) Đơn đề nghị của tổ chức;
b) Bản sao giấy chứng nhận đăng ký.
2. Bãi bỏ khoản 3 Điều 7.
"""
    )
    # the quoted khoản has points of its own: its "b)" is not the document's
    assert _labels(tasks) == ["1.", "2."]
    assert _labels(tasks[0].subtasks) == ["a)"]


def test_a_quotation_opening_with_a_point_keeps_its_next_point() -> None:
    tasks = _tasks(
        """\
1. Sửa đổi, bổ sung một số khoản của Điều 156 như sau:
a) Sửa đổi, bổ sung khoản 2 như sau:
“2. Điều 95 của Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2028.”;
b) Sửa đổi, bổ sung điểm b và bổ sung điểm c khoản 3 như sau:
“b) Điều 94 của Luật Kinh doanh bảo hiểm có hiệu lực đến hết năm 2027;
c) Điều 98 của Luật Kinh doanh bảo hiểm có hiệu lực đến hết năm 2030.”;
c) Bổ sung khoản 4 vào sau khoản 3 như sau:
“4. Doanh nghiệp bảo hiểm báo cáo Bộ Tài chính hằng năm.”.
"""
    )
    # the quoted points start at b): its c) is the quotation's, the next c) the list's
    assert _labels(tasks[0].subtasks) == ["a)", "b)", "c)"]
    assert tasks[0].subtasks[2].text.startswith("Bổ sung khoản 4")


def test_an_instrument_attached_after_the_signature_is_not_the_body() -> None:
    document = parse_text(
        """\
ỦY BAN NHÂN DÂN TỈNH HÀ NAM
Số: 22/TTr-UBND
Hà Nam, ngày 05 tháng 02 năm 2025

TỜ TRÌNH
Về việc giao dự toán năm 2025

Kính gửi: Hội đồng nhân dân tỉnh

Căn cứ Luật Ngân sách nhà nước ngày 25/6/2015, Ủy ban nhân dân tỉnh trình như sau:
1. Chi quản lý hành chính: 9.894 triệu đồng.
2. Chi sự nghiệp giáo dục: 612 triệu đồng.
Kính trình Hội đồng nhân dân tỉnh xem xét, quyết nghị.

(Nơi nhận: TM. ỦY BAN NHÂN DÂN
- Như trên; CHỦ TỊCH
- Lưu: VT.

HỘI ĐỒNG NHÂN DÂN TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
DỰ THẢO
NGHỊ QUYẾT
Điều 1. Giao dự toán năm 2025.
Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.
"""
    )
    tasks = document.instrument.body.tasks
    assert _labels(tasks) == ["1.", "2."]
    # what a tờ trình lists is no work for the council it is addressed to
    assert all(a.role is not Role.EXECUTE for t in tasks for a in t.assignments)
    assert "attachment-skipped" in {d.code for d in document.diagnostics}


def test_a_numbered_draft_mark_after_the_signature_opens_what_is_attached() -> None:
    # the footer knows a draft's mark as the header does: "DỰ THẢO LẦN 2" as "DỰ THẢO"
    lines = [
        "SỞ TÀI CHÍNH TỈNH NINH BÌNH",
        "Số: 41/TTr-STC",
        "Ninh Bình, ngày 12 tháng 3 năm 2025",
        "TỜ TRÌNH",
        "Về việc ban hành quy định quản lý tài sản công",
        "Kính gửi: Ủy ban nhân dân tỉnh",
        "Sở Tài chính kính trình Ủy ban nhân dân tỉnh xem xét, ban hành.",
        "Nơi nhận:",
        "- Như trên;",
        "- Lưu: VT.",
        "GIÁM ĐỐC",
        "Đinh Văn Hòa",
        "",
        "DỰ THẢO LẦN 2",
        "QUYẾT ĐỊNH",
        "Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý tài sản công.",
    ]
    document = parse_text("\n".join(lines) + "\n")
    (skipped,) = [d for d in document.diagnostics if d.code == "attachment-skipped"]
    assert skipped.line == 14  # the mark's own line, not the title's under it
    assert "line-skipped" not in {d.code for d in document.diagnostics}


def test_labels_of_any_length() -> None:
    body = "".join(f"{n}. Rà soát hồ sơ số {n}.\n" for n in range(1, 10_001))
    tasks = _tasks(body)
    assert len(tasks) == 10_000
    assert (tasks[999].label, tasks[-1].label) == ("1000.", "10000.")


_PROCEDURES = (
    "SỞ NỘI VỤ\nSố: 12/QĐ-SNV\nQUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n{bases}\n"
    "Theo đề nghị của Chánh Văn phòng Sở.\nQUYẾT ĐỊNH:\n"
    "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính.\n"
    "Điều 2. Chánh Văn phòng Sở chịu trách nhiệm thi hành Quyết định này./.\n"
)
"""A decision on procedures, its legal bases left to each test (typed from their shape)."""


def test_a_legal_basis_printed_without_căn_cứ_stays_among_the_bases() -> None:
    # "Căn cứ Nghị định số 63/...;" then "Nghị định số 48/...;" (the decrees amending it,
    # listed under the same basis): the bases went on after it, and all but the first
    # two were read as background (typed from the shape of decisions on procedures).
    text = _PROCEDURES.format(
        bases="Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục"
        " hành chính;\nNghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ sửa đổi, bổ sung"
        " một số điều;\nCăn cứ Thông tư số 02/2017/TT-VPCP ngày 31/10/2017 của Văn phòng Chính"
        " phủ;"
    )
    body = parse_text(text).instrument.body
    assert [p.text.split(" ngày")[0] for p in body.preamble] == [
        "Căn cứ Nghị định số 63/2010/NĐ-CP",
        "Nghị định số 48/2013/NĐ-CP",
        "Căn cứ Thông tư số 02/2017/TT-VPCP",
        "Theo đề nghị của Chánh Văn phòng Sở.",
    ]
    assert body.background == ()


def test_a_cited_instrument_opening_the_background_is_no_basis() -> None:
    # After a basis ended with "." the bases are over: what follows is background.
    text = """\
SỞ NỘI VỤ
Số: 12/KH-SNV
KẾ HOẠCH
Triển khai công tác cải cách hành chính năm 2025

Thực hiện Chỉ thị số 05/CT-UBND ngày 02/01/2025 của UBND tỉnh.
Chỉ thị số 05/CT-UBND đã đạt nhiều kết quả trong năm qua.
1. Các phòng triển khai thực hiện.
"""
    body = parse_text(text).instrument.body
    assert [p.text[:20] for p in body.preamble] == ["Thực hiện Chỉ thị số"]
    assert [p.text[:20] for p in body.background] == ["Chỉ thị số 05/CT-UBN"]


def test_a_list_of_numbers_under_one_basis_is_that_basis() -> None:
    # "Căn cứ các Nghị định của Chính phủ: số 63/...;" then a line opening with the next
    # number ("số 118/2025/NĐ-CP ...;"): the same basis, whose decrees are all cited.
    text = _PROCEDURES.format(
        bases="Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát"
        " thủ tục hành chính;\nsố 118/2025/NĐ-CP ngày 09/6/2025 về thực hiện thủ tục hành chính"
        " theo cơ chế một cửa;"
    )
    body = parse_text(text).instrument.body
    first, proposal = body.preamble
    assert first.text.endswith("theo cơ chế một cửa;")
    assert [c.number.number if c.number else None for c in first.citations] == ["63", "118"]
    assert proposal.text == "Theo đề nghị của Chánh Văn phòng Sở."


def test_a_basis_whose_subject_holds_a_semicolon_goes_on_after_it() -> None:
    # "... quy định về phân quyền, phân cấp;" / "phân định thẩm quyền ...;": the decree's
    # title holds a ';' and the line wraps after it.  The rest opened the background, and
    # every basis after it was read as background prose.
    text = _PROCEDURES.format(
        bases="\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;\n\n"
        "Căn cứ Nghị định số 124/2025/NĐ-CP ngày 11/6/2025 của Chính phủ quy định về phân cấp;"
        "\n\nphân định thẩm quyền của chính quyền địa phương trong lĩnh vực tôn giáo;\n\n"
        "Căn cứ Quyết định số 660/QĐ-BDTTG ngày 18/9/2025 của Bộ Dân tộc và Tôn giáo;\n"
    )
    body = parse_text(text).instrument.body
    assert [p.text[:30] for p in body.preamble] == [
        "Căn cứ Luật Tổ chức chính quyề",
        "Căn cứ Nghị định số 124/2025/N",
        "Căn cứ Quyết định số 660/QĐ-BD",
        "Theo đề nghị của Chánh Văn phò",
    ]
    assert body.preamble[1].text.endswith("trong lĩnh vực tôn giáo;")
    assert body.background == ()


def test_a_law_cited_by_name_under_a_basis_stays_among_the_bases() -> None:
    # "Căn cứ Luật ...;" / "Luật sửa đổi, bổ sung ...;": the amending law listed under the
    # same basis, cited by its name (a law has no number to open with).  A sentence of
    # background naming a law does not end as a basis ends.
    text = """\
CHÍNH PHỦ
Số: 13/NQ-CP
NGHỊ QUYẾT
Về việc bảo đảm nguồn kinh phí

Căn cứ Luật Tổ chức Chính phủ ngày 18 tháng 02 năm 2025;

Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;

Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật ngày 25 tháng 6 năm 2025;

Xét đề nghị của Bộ trưởng Bộ Tài chính;

Trên cơ sở kết quả biểu quyết của các Thành viên Chính phủ.

QUYẾT NGHỊ:

Điều 1. Bảo đảm nguồn kinh phí.

Điều 2. Bộ trưởng Bộ Tài chính chịu trách nhiệm thi hành Nghị quyết này./.
"""
    body = parse_text(text).instrument.body
    assert [p.text.split(" ")[0] for p in body.preamble] == [
        "Căn",
        "Căn",
        "Luật",
        "Xét",
        "Trên",
    ]
    assert body.background == ()
    prose = text.replace("25 tháng 6 năm 2025;", "25 tháng 6 năm 2025 có hiệu lực.")
    assert [p.text[:4] for p in parse_text(prose).instrument.body.background][:1] == ["Luật"]


def test_a_label_cut_before_its_number_is_joined() -> None:
    # A crawl's narrow bold cell cuts "**Điều" / "1. Phạm vi điều chỉnh**" and "**Chương" /
    # "I**": the number alone read as a numbered item, and the articles were lost.
    text = """\
BỘ NỘI VỤ
Số: 12/2025/TT-BNV
THÔNG TƯ
Quy định về công tác văn thư

**Chương
I**

**QUY ĐỊNH CHUNG**

**Điều
1. Phạm vi điều chỉnh**

Thông tư này quy định về công tác văn thư.

**Điều
2. Đối tượng áp dụng**

1. Cơ quan nhà nước.

2. Tổ chức chính trị.

**Điều 3. Hiệu lực**

Thông tư này có hiệu lực từ ngày 01/01/2026./.
"""
    (chapter,) = parse_text(text).instrument.body.tasks
    assert (chapter.label, chapter.text) == ("Chương I", "QUY ĐỊNH CHUNG")
    assert _labels(chapter.subtasks) == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert _labels(chapter.subtasks[1].subtasks) == ["1.", "2."]


def test_a_label_stop_an_html_span_put_on_its_own_line_is_glued() -> None:
    # vbpl.vn pages print "Điều 5" / "." / "Hiệu lực thi hành", one span a line: the stop
    # was dropped as a rule line and the article lost.
    text = """\
BỘ Y TẾ
Số: 57/2025/TT-BYT
THÔNG TƯ
Quy định phân nhóm trang thiết bị y tế
Điều 4
.
Phân nhóm
Nội dung phân nhóm.
Điều 5
.
Hiệu lực thi hành
Thông tư này có hiệu lực từ ngày 01/01/2027.
"""
    tasks = parse_text(text).instrument.body.tasks
    assert _labels(tasks) == ["Điều 4.", "Điều 5."]
    assert tasks[1].text.startswith("Hiệu lực thi hành")


def test_a_numbers_stop_ocr_read_as_a_comma() -> None:
    # "1, Cục Thuế tỉnh" above "2. Ngân hàng ...": OCR read the stop as a comma; the first
    # item of the list was lost into the paragraph above.  A comma after a number that
    # nothing later continues ("1, 2 và 3 ...") is left as printed.
    tasks = _tasks(
        """\
Chủ tịch UBND tỉnh yêu cầu thực hiện một số nhiệm vụ sau:

1, Cục Thuế tỉnh

Chủ trì triển khai nộp thuế điện tử.

2. Ngân hàng Nhà nước chỉ đạo các ngân hàng thương mại phối hợp.
"""
    )
    assert _labels(tasks) == ["1.", "2."]
    assert tasks[0].text.startswith("Cục Thuế tỉnh")
    lone = _tasks("Các phòng thực hiện:\n\n1, 2 và 3 tháng đầu năm báo cáo kết quả.\n")
    assert all(task.label is None for task in lone)
    # a list of numbers wrapped at a line start, in lower case: no item
    wrapped = _tasks(
        "1. Bãi bỏ khoản\n\n9, khoản 10 Điều 3 Quyết định số 960/QĐ-TTg.\n\n10. Báo cáo kết quả.\n"
    )
    assert _labels(wrapped) == ["1.", "10."]


def test_a_dash_ocr_read_before_a_number_with_a_comma_for_its_stop() -> None:
    tasks = _tasks(
        """\
Giám đốc Sở yêu cầu các đơn vị thực hiện những nội dung sau:

- 1, Thực hiện nghiêm các quy định về quản lý chất thải.

2. Tăng cường tập huấn tại đơn vị.
"""
    )
    assert _labels(tasks) == ["1.", "2."]
    assert tasks[0].text.startswith("Thực hiện nghiêm")


def test_an_article_whose_word_number_and_stop_are_links_of_their_own() -> None:
    # vbpl.vn pages may print "Điều" / "3" / "." / its title, each span on its line, after
    # a long clause: the number alone is no page number, the word opens the article
    text = """\
BỘ XÂY DỰNG
Số: 21/2025/TT-BXD
THÔNG TƯ
Sửa đổi quy định về kiểm định chất lượng công trình
Điều 1. Sửa đổi Điều 4 như sau:
“1. Chủ đầu tư tổ chức kiểm định chất lượng công trình theo yêu cầu của cơ quan nhà nước.
Điều
2
. Hiệu lực thi hành
1. Thông tư này có hiệu lực từ ngày 01 tháng 3 năm 2026 và thay thế các quy định trước đây
Điều
3
.
Trách nhiệm thi hành
Các cơ quan, tổ chức có liên quan chịu trách nhiệm thi hành Thông tư này.
"""
    tasks = parse_text(text).instrument.body.tasks
    # the quotation left open in Điều 1 ends where the decree's own Điều 2 begins
    assert _labels(tasks) == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert tasks[1].text.startswith("Hiệu lực thi hành")
    assert tasks[2].text.startswith("Trách nhiệm thi hành")


def test_an_article_number_split_into_two_links_and_an_article_of_another_text() -> None:
    # "Điều 2" / "6. ..." and "Điều 1 5 . ...": one number split by a page's links, read as
    # the article after the last one; "Điều 70a" at a line start, far past the last
    # article, is the amended text's article, not this one's
    articles = "\n".join(f"Điều {n}. Nội dung điều {n}.\nSửa đổi khoản {n}." for n in range(1, 15))
    text = f"""\
BỘ GIAO THÔNG VẬN TẢI
Số: 30/2025/TT-BGTVT
THÔNG TƯ
Sửa đổi một số điều về đăng kiểm
{articles}
Điều 1 5 . Lưu giữ hồ sơ
Hồ sơ được lưu giữ 10 năm.
Điều 70a vào sau Điều 70 như sau:
Điều 1
6. Trình bày giấy chứng nhận
Nội dung ghi rõ ràng.
"""
    labels = _labels(parse_text(text).instrument.body.tasks)
    assert labels[-3:] == ["Điều 14.", "Điều 15.", "Điều 16."]
    assert len(labels) == 16


def test_a_footnote_mark_between_an_article_number_and_its_stop() -> None:
    # a consolidated text (văn bản hợp nhất) marks an amended article with its footnote
    text = """\
BỘ QUỐC PHÒNG
Số: 12/VBHN-BQP
QUYẾT ĐỊNH
Về chế độ phụ cấp
Điều 1. Phạm vi áp dụng.
Điều 2[3]. Mức phụ cấp được sửa đổi.
Điều 3. Trách nhiệm thi hành.
"""
    tasks = parse_text(text).instrument.body.tasks
    assert _labels(tasks) == ["Điều 1.", "Điều 2.", "Điều 3."]
    assert tasks[1].text.startswith("Mức phụ cấp")


def test_the_last_item_cut_in_mid_sentence_goes_on_below() -> None:
    # a bold label made the last item's first line short: the line after it is no
    # closing item but the rest of its sentence
    tasks = _tasks(
        """\
1. Ban Tuyên giáo tỉnh ủy hướng dẫn việc biên soạn bản tin.
2. Các tỉnh ủy, huyện ủy trực thuộc
Trung ương cụ thể hóa hướng dẫn này phù hợp với thực tiễn địa phương.
"""
    )
    assert _labels(tasks) == ["1.", "2."]
    assert tasks[1].text.endswith("phù hợp với thực tiễn địa phương.")
    assert [a.actor for a in tasks[1].assignments] == [
        "Các tỉnh ủy, huyện ủy trực thuộc Trung ương"
    ]


def test_an_article_label_printed_without_its_stop_keeps_its_text() -> None:
    # A resolution on vbpl.vn prints each article's label alone, with no stop, and its text
    # on the next line (typed in that shape): the label is not run into the text.
    text = """\
ỦY BAN THƯỜNG VỤ QUỐC HỘI
Số: 80/2025/UBTVQH15
NGHỊ QUYẾT
Ban hành Quy chế làm việc mẫu
QUYẾT NGHỊ:
Điều 1
Ban hành kèm theo Nghị quyết này Quy chế làm việc mẫu.
Điều 2
Các Ủy ban của Quốc hội ban hành Quy chế làm việc phù hợp.
Điều 3
1. Nghị quyết này có hiệu lực thi hành từ ngày ký ban hành.
2. Các cơ quan có liên quan chịu trách nhiệm thi hành Nghị quyết này.
"""
    body = parse_text(text).instrument.body
    assert _labels(body.tasks) == ["Điều 1", "Điều 2", "Điều 3"]
    assert body.tasks[0].text == "Ban hành kèm theo Nghị quyết này Quy chế làm việc mẫu."
    assert body.background == ()


def test_a_plan_issued_with_a_decision_gives_its_tasks_as_closing_tasks() -> None:
    head = HEAD.replace("12/KH-UBND", "40/QĐ-UBND").replace("KẾ HOẠCH", "QUYẾT ĐỊNH")
    document = parse_text(
        head
        + """\
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành.

Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- Như Điều 3;                              CHỦ TỊCH
- Lưu: VT.
                                           Nguyễn Văn An

ỦY BAN NHÂN DÂN TỈNH HÀ NAM
KẾ HOẠCH
Cải cách hành chính năm 2024
(Ban hành kèm theo Quyết định số 40/QĐ-UBND ngày 05/3/2024
của Ủy ban nhân dân tỉnh)
I. NHIỆM VỤ
1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp rà soát thủ tục, hoàn thành trước ngày 30/6/2024.
2. Sở Tài chính bố trí kinh phí.
"""
    )
    body = document.instrument.body
    assert _labels(body.tasks) == ["Điều 1.", "Điều 2.", "Điều 3."]  # the count is its own
    (section,) = body.closing
    first, second = section.subtasks
    assert [(a.role, a.actor) for a in first.assignments] == [
        (Role.LEAD, "Sở Nội vụ"),
        (Role.COOPERATE, "Sở Tư pháp"),
    ]
    assert first.deadline is not None
    assert [a.actor for a in second.assignments] == ["Sở Tài chính"]
    assert "attached-tasks" in {d.code for d in document.diagnostics}


def test_a_catalogue_issued_with_a_decision_gives_no_tasks() -> None:
    head = HEAD.replace("12/KH-UBND", "41/QĐ-UBND").replace("KẾ HOẠCH", "QUYẾT ĐỊNH")
    document = parse_text(
        head
        + """\
Điều 1. Ban hành kèm theo Quyết định này Danh mục hàng hóa nhập khẩu.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- Như Điều 2;                              CHỦ TỊCH
- Lưu: VT.
                                           Nguyễn Văn An

DANH MỤC
Hàng hóa nhập khẩu
(Kèm theo Quyết định số 41/QĐ-UBND ngày 05/3/2024)
1. Máy kéo nông nghiệp, áp dụng từ ngày 01/5/2024.
2. Phân bón hữu cơ.
"""
    )
    assert document.instrument.body.closing == ()  # a list of goods gives no work
    assert "attached-tasks" not in {d.code for d in document.diagnostics}


def test_a_division_first_met_past_its_first_number_is_not_the_top() -> None:
    # "Phần I" was printed in lower case, so not read as a division; "Phần II" after the
    # plan's Roman sections holds only an equipment list and must not swallow them.
    tasks = _tasks(
        """\
Phần I. kế hoạch hoạt động của phòng khám
I. MỤC ĐÍCH
Nâng cao chất lượng khám chữa bệnh.
II. NHIỆM VỤ
1. Duy trì giao ban chuyên môn hằng ngày.
2. Cử nhân viên đi học tập, đào tạo.
III. PHÂN CÔNG
1. Bác sỹ Trần Văn An phụ trách phòng khám nội.
Phần II DỰ TRÙ TRANG THIẾT BỊ
1. Máy đo huyết áp: 02 cái.
"""
    )
    assert _labels(tasks) == ["I.", "II.", "III."]
    assert _labels(tasks[1].subtasks) == ["1.", "2."]


def test_a_report_quoting_the_chapters_of_a_draft_keeps_its_own_sections() -> None:
    tasks = _tasks(
        """\
I. CĂN CỨ THẨM ĐỊNH
Luật Ban hành văn bản quy phạm pháp luật năm 2025.
II. PHẠM VI ĐIỀU CHỈNH
Phù hợp với thẩm quyền ban hành.
III. DỰ THẢO QUY ĐỊNH
Dự thảo gồm các chương sau:
Chương II
CƠ CẤU TỔ CHỨC
Chương III
CHẾ ĐỘ LÀM VIỆC
IV. KẾT LUẬN
Đề nghị cơ quan soạn thảo hoàn chỉnh dự thảo.
"""
    )
    assert _labels(tasks) == ["I.", "II.", "III.", "IV."]


def test_a_division_that_opens_the_outline_is_still_the_top() -> None:
    tasks = _tasks(
        """\
Căn cứ tình hình thực tế, ban hành kế hoạch sau:
1. Đánh giá kết quả năm trước.
Phần I
KẾT QUẢ THỰC HIỆN
I. CÔNG TÁC CHỈ ĐẠO
Phần II
NHIỆM VỤ NĂM 2024
I. CẢI CÁCH THỂ CHẾ
"""
    )
    assert _labels(tasks) == ["Phần I", "Phần II"]


def test_bullets_before_a_later_division_leave_it_the_top() -> None:
    # only dashes before "Phần II": no outline of the document's own that it would cut into
    tasks = _tasks(
        """\
Bài thi gồm ba phần:
- Phần thứ nhất gồm các câu hỏi trắc nghiệm;
- Phần thứ hai gồm các câu hỏi tự luận.
Phần II
CÁCH TÍNH ĐIỂM
1. Mỗi câu trả lời đúng được 0,25 điểm.
Phần III
TỔ CHỨC THỰC HIỆN
1. Các trường tổ chức thi theo lịch.
"""
    )
    assert _labels(tasks) == ["Phần II", "Phần III"]


def test_a_misnumbered_roman_section_heading_is_still_a_section() -> None:
    # "V." printed where "III." was meant: a capital heading after it says it is a section;
    # the same numeral before lower-case text, or one far ahead, is no section
    tasks = _tasks(
        """\
I. MỤC TIÊU
1. Giảm tỷ lệ sinh con thứ ba.
II. NHIỆM VỤ
1. Tăng cường truyền thông dân số.
V. Dân số trung bình năm 2024 là 374.125 người.
IX. GHI CHÚ CỦA BẢNG
V. TỔ CHỨC THỰC HIỆN
1. Phòng Y tế chủ trì triển khai kế hoạch.
2. Trung tâm Y tế thành phố phối hợp thực hiện.
"""
    )
    assert _labels(tasks) == ["I.", "II.", "V."]
    assert _labels(tasks[2].subtasks) == ["1.", "2."]


def test_lettered_parts_go_on_after_roman_sections_under_them() -> None:
    tasks = _tasks(
        """\
A. MỤC ĐÍCH, YÊU CẦU
Bảo đảm đúng tiến độ.
B. NHIỆM VỤ
I. CÔNG TÁC TUYÊN TRUYỀN
II. CÔNG TÁC KIỂM TRA
C. TỔ CHỨC THỰC HIỆN
D. KINH PHÍ
"""
    )
    # "C." and "D." after "II." are the parts going on, not the Roman hundred and five hundred
    assert _labels(tasks) == ["A.", "B.", "C.", "D."]


def test_a_section_s_roman_numeral_ocr_misread_is_the_next_section() -> None:
    result = parse_text(
        HEAD
        + """\
I. Mục đích:
- Nâng cao chất lượng phục vụ.
H. Đối tượng:
- Các phòng chuyên môn.
IH. Nội dung:
1. Rà soát thủ tục.
2. Công khai kết quả.
IV. Tổ chức thực hiện:
- Văn phòng theo dõi.
"""
    )
    assert _labels(result.instrument.body.tasks) == ["I.", "II.", "III.", "IV."]
    said = [d.message for d in result.diagnostics if d.code == "ocr-repaired"]
    assert said == ["'H.' read as 'II.' after 'I.'", "'IH.' read as 'III.' after 'II.'"]


def test_eleven_under_a_section_is_no_misread_section() -> None:
    body = "I. Nhiệm vụ:\n" + "".join(f"{n}. Nội dung {n}.\n" for n in range(1, 12))
    (section,) = _tasks(body)
    assert [task.label for task in section.subtasks][-1] == "11."


def test_a_point_one_ocr_read_as_a_roman_one_under_its_section() -> None:
    result = parse_text(
        HEAD
        + """\
I. MỤC ĐÍCH, YÊU CẦU
I. Mục đích:
- Nâng cao nhận thức.
2. Yêu cầu:
- Thiết thực, hiệu quả.
II. TỔ CHỨC THỰC HIỆN
- Văn phòng theo dõi.
"""
    )
    tasks = result.instrument.body.tasks
    assert _labels(tasks) == ["I.", "II."]
    assert _labels(tasks[0].subtasks) == ["1.", "2."]
    said = [d.message for d in result.diagnostics if d.code == "ocr-repaired"]
    assert said == ["'I.' read as '1.' before '2.'"]
