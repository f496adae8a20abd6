"""Documents as public web pages post them: the site's chrome over the text, the page's title
naming the kind and subject of a body posted without its header, a source line, news items
that report a document.  Every text is typed here in the shape such pages have; expected
values are read off the text.
"""

from __future__ import annotations

import pytest

from reading import codes
from vnadmin.model import KINDS, Instrument, PartialDate
from vnadmin.text import parse_text
from vnadmin.text.lines import Line
from vnadmin.text.page import is_chrome, page_title


def _code(doc: Instrument) -> str | None:
    return doc.kind.code if doc.kind is not None else None


def _lines(text: str) -> list[Line]:
    return [Line(number, line.strip()) for number, line in enumerate(text.split("\n"), 1)]


# -- the site's chrome -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Tư | 09:15 12/05/2021",
        "Friday, 03/09/2021",
        "Thứ năm 14/01/2021",
        "Ngày 05/03/2022 00:00:00",
        "Đăng lúc: 05/03/2022 08:30:00 (GMT+7)",
        "Ngày đăng: 05/03/2022 - Lượt xem: 412",
        "Ngày cập nhật 06/03/2022",
        "Lượt xem: 1250",
        "58 views",
        "bởi quantri",
        "In bài viết",
        "Xem với cỡ chữ",
        "Tìm kiếm tin tức",
        "3 giờ trước",
        "Trang chủ Tin tức Thông báo",
    ],
)
def test_a_line_of_a_sites_chrome_is_known(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 05/3, Sở Y tế ban hành Công văn số 210 về việc phòng dịch.",
        "Trang chủ",  # alone: a menu's item that other readers already take for noise
        "Hà Nội, ngày 05 tháng 3 năm 2022",
        "05.03.2022 08:30:00",  # an e-signature's time stamp, its own reader's
        "Cập nhật danh mục thủ tục hành chính của tỉnh",
    ],
)
def test_a_documents_line_is_no_chrome(line: str) -> None:
    assert not is_chrome(line)


# -- the page's title ----------------------------------------------------------------------

NOTICE_PAGE = """\
Thứ Hai | 10:02 07/06/2021
Thông báo về việc tạm dừng tiếp công dân tháng 6 của Lãnh đạo UBND huyện

Do diễn biến của dịch bệnh, Ủy ban nhân dân huyện tạm dừng các phiên tiếp công dân tháng 6.

Ủy ban nhân dân huyện thông báo để các cơ quan, đơn vị và công dân biết.
"""


def test_a_page_title_names_the_kind_and_subject_of_a_body_posted_without_its_header() -> None:
    result = parse_text(NOTICE_PAGE)
    doc = result.instrument
    assert _code(doc) == "thong-bao"
    assert doc.subject == "tạm dừng tiếp công dân tháng 6 của Lãnh đạo UBND huyện"
    assert doc.date is None  # the posting date is the page's, not the notice's
    assert doc.place is None
    assert {"kind-from-page-title", "subject-from-page-title", "page-chrome-removed"} <= codes(
        result
    )


def test_an_invitations_title_gives_its_kind_and_what_it_invites_to() -> None:
    text = (
        "In bài viết\n"
        "Giấy mời dự Hội nghị tổng kết công tác năm 2023\n\n"
        "Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác năm 2023.\n\n"
        "1. Thời gian: 8 giờ ngày 12/01/2024.\n"
    )
    doc = parse_text(text).instrument
    assert _code(doc) == "giay-moi"
    assert doc.subject == "dự Hội nghị tổng kết công tác năm 2023"


@pytest.mark.parametrize("urgency", ["Khẩn ", "THƯỢNG KHẨN ", "hỏa tốc ", ""])
def test_a_title_that_names_the_notice_by_its_date_gives_its_date_and_no_subject(
    urgency: str,
) -> None:
    text = (
        f"Thông báo {urgency}ngày 09/11/2022\n\n"
        "Kính gửi:\n\n"
        "Hiệu trưởng các trường trong huyện\n"
        "Do mưa lớn kéo dài, Phòng GD&ĐT yêu cầu các trường cho học sinh nghỉ học.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert _code(doc) == "thong-bao"
    assert doc.date == PartialDate(day=9, month=11, year=2022)
    assert doc.subject is None
    assert "date-from-page-title" in codes(result)


def test_a_body_announcing_its_notice_in_the_title_names_the_kind() -> None:
    text = (
        "Huyện Đông Sơn thông báo lịch tiếp công dân tháng 3 năm 2023\n\n"
        "Ngày 01/03/2023 00:00:00\n\n"
        "Thường trực HĐND huyện thông báo lịch tiếp công dân định kỳ tháng 3 năm 2023.\n"
    )
    doc = parse_text(text).instrument
    assert _code(doc) == "thong-bao"
    assert doc.subject == "lịch tiếp công dân tháng 3 năm 2023"
    assert doc.date is None


def test_a_quoted_vv_title_over_the_banner_names_a_kind_the_header_does_not() -> None:
    text = (
        "Thông báo “V/v phòng chống rét đậm cho gia súc”\n\n"
        "12/01/2016 - 08:40\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Lào Cai, ngày 12 tháng 01 năm 2016\n\n"
        "Kính gửi: UBND các huyện, thành phố.\n\n"
        "Để phòng chống rét cho gia súc, UBND tỉnh yêu cầu các huyện thực hiện che chắn chuồng"
        " trại.\n"
    )
    doc = parse_text(text).instrument
    assert _code(doc) == "thong-bao"
    assert doc.subject == "phòng chống rét đậm cho gia súc"
    assert doc.date == PartialDate(day=12, month=1, year=2016)
    assert doc.place == "Lào Cai"


def test_a_relative_posting_time_does_not_run_on_into_a_title_in_capitals() -> None:
    text = (
        "THÔNG BÁO TỔ CHỨC NGÀY HỘI ĐỌC SÁCH TRÊN ĐỊA BÀN XÃ\n"
        "5 giờ trước\n"
        "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam;\n"
        "Ủy ban nhân dân xã tổ chức Ngày hội đọc sách.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject == "TỔ CHỨC NGÀY HỘI ĐỌC SÁCH TRÊN ĐỊA BÀN XÃ"


@pytest.mark.parametrize(
    "text",
    [
        # a question-and-answer page asks about a document
        "Hợp đồng mua bán nhà có cần công chứng không?\nHợp đồng mua bán nhà ở phải công chứng.\n",
        "Hướng dẫn cách nộp hồ sơ trực tuyến?\nNgười dân nộp hồ sơ qua cổng dịch vụ công.\n",
        # an article under its title: a heading follows, not the text
        "Hướng dẫn chi tiết cách đăng ký tạm trú\n\nNội dung chính\n\nNgười dân đăng ký.\n",
        # an instrument named by its number is the page's topic
        "Kết luận 12-KL/TW về công tác cán bộ\n\nBộ Chính trị đã kết luận như sau.\n",
        # a sentence, not a title
        "Thông báo này thay thế thông báo trước.\nCác đơn vị thực hiện.\n",
        # no kind the registry knows
        "Lịch công tác tuần của lãnh đạo\n\nThứ Hai: họp giao ban.\n",
    ],
)
def test_no_page_title_where_none_stands(text: str) -> None:
    assert page_title(_lines(text), KINDS) is None


def test_a_numbered_page_title_gives_the_subject_after_the_number_and_its_vv() -> None:
    text = (
        "Công văn số 217/PGDĐT V/v tổ chức hội thi giáo viên dạy giỏi cấp huyện\n\n"
        "Kính gửi: Hiệu trưởng các trường tiểu học trong huyện\n\n"
        "Phòng GD&ĐT hướng dẫn các trường tổ chức hội thi như sau:\n\n"
        "1. Các trường đăng ký danh sách giáo viên trước ngày 15/10/2022.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject == "tổ chức hội thi giáo viên dạy giỏi cấp huyện"
    assert _code(doc) == "cong-van"
    title = page_title(_lines("Thông báo số: 12/TB-UBND\n\nUBND xã thông báo lịch họp.\n"), KINDS)
    assert title is not None
    assert title.subject is None


def test_a_title_below_the_first_lines_of_the_page_is_no_page_title() -> None:
    text = "".join(f"Mục {n} của trình đơn\n" for n in range(7)) + NOTICE_PAGE
    assert page_title(_lines(text), KINDS) is None


def test_a_numbered_documents_own_header_outranks_the_page_title() -> None:
    text = (
        "Thông báo nghỉ học ngày 10/10/2022\n\n"
        "ỦY BAN NHÂN DÂN HUYỆN A          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 310/PGDĐT          Huyện A, ngày 09 tháng 10 năm 2022\n"
        "V/v cho học sinh nghỉ học\n\n"
        "Kính gửi: Hiệu trưởng các trường.\n\n"
        "Phòng Giáo dục và Đào tạo đề nghị các trường cho học sinh nghỉ học.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert _code(doc) == "cong-van"
    assert doc.subject == "V/v cho học sinh nghỉ học"
    assert "kind-from-page-title" not in codes(result)


# -- news items that report a document -----------------------------------------------------


def test_a_site_name_over_an_article_is_no_header_and_a_party_issuer_makes_it_party() -> None:
    text = (
        "Sở Tư pháp tỉnh\n"
        "Thứ sáu 15/11/2019\n"
        "Hướng dẫn học tập chuyên đề năm 2019\n\n"
        "Ngày 04/11, Đảng ủy Sở Tư pháp ban hành Công văn số 215 về việc hướng dẫn học tập"
        " chuyên đề năm 2019.\n\n"
        "Theo đó, Đảng ủy Sở yêu cầu các chi bộ trực thuộc tổ chức học tập chuyên đề.\n"
    )
    result = parse_text(text)
    doc = result.instrument
    assert doc.is_reported
    assert doc.reported is not None
    assert doc.reported.title == "Hướng dẫn học tập chuyên đề năm 2019"
    assert doc.regime.value == "party"
    assert doc.issuer is not None
    assert doc.issuer.name == "Đảng ủy Sở Tư pháp"
    assert _code(doc) == "cong-van"
    assert doc.date == PartialDate(day=4, month=11, year=None)
    assert doc.subject == "hướng dẫn học tập chuyên đề năm 2019"
    assert doc.number is None  # "số 215" has no symbol: said, not kept
    assert "number-unsymbolled" in codes(result)


def test_a_reported_instruments_subject_follows_its_number_after_a_comma_or_directly() -> None:
    lead = "Ban Dân vận Tỉnh ủy vừa ban hành Công văn số 88-CV/BDVTU, về việc vận động quần chúng."
    doc = parse_text(f"{lead}\n\nTheo đó, Ban đề nghị các huyện ủy triển khai.\n").instrument
    assert doc.subject == "vận động quần chúng"
    text = (
        "Ngày 02/5/2023, Ban Nội chính Tỉnh ủy ban hành Thông báo số 12 mời dự phiên tiếp dân"
        " tháng 5.\n\nTheo đó, đề nghị các cơ quan cử đại diện tham dự.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject == "mời dự phiên tiếp dân tháng 5"
    assert doc.date == PartialDate(day=2, month=5, year=2023)


def test_a_reported_subject_after_addressees_listed_in_prose_is_read_past_their_semicolons() -> (
    None
):
    text = (
        "Ngày 12/3/2022, Chủ tịch UBND huyện ban hành Công văn 91/UBND-VX đề nghị Phòng Y tế;"
        " các xã, thị trấn về việc tăng cường phòng, chống dịch sốt xuất huyết\n\n"
        "Theo đó, UBND huyện yêu cầu các xã tổ chức phun hóa chất diệt muỗi.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject == "tăng cường phòng, chống dịch sốt xuất huyết"


def test_the_reporters_clause_after_the_number_is_no_subject() -> None:
    text = (
        "Ngày 14/10/2025, Cục Thuế ban hành Công văn 512/CT-CS năm 2025, trong đó có hướng dẫn"
        " kê khai.\n\nTheo đó, đề nghị các chi cục thuế triển khai.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject is None
    assert doc.date == PartialDate(day=14, month=10, year=2025)  # the lead's own day


def test_the_body_signed_for_is_the_issuer_and_the_opening_clause_gives_the_day() -> None:
    text = (
        "Sáng nay ngày 03/4/2020, thay mặt Ban Thường vụ Tỉnh ủy, Phó Bí thư Tỉnh ủy Lê Văn"
        " Bình đã ký công văn gửi các huyện ủy, thành ủy về việc hoãn hội nghị sơ kết.\n\n"
        "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy hoãn hội nghị sơ kết.\n"
    )
    doc = parse_text(text).instrument
    assert doc.issuer is not None
    assert doc.issuer.name == "Ban Thường vụ Tỉnh ủy"
    assert doc.regime.value == "party"
    assert doc.date == PartialDate(day=3, month=4, year=2020)
    assert doc.subject == "hoãn hội nghị sơ kết"


def test_a_cited_instruments_day_in_the_lead_is_not_the_reported_ones() -> None:
    text = (
        "Thực hiện Thông báo số 31/TB-VPCP ngày 25/2/2021 về phòng chống dịch, Chủ tịch UBND"
        " huyện vừa có công văn yêu cầu các xã nâng cao cảnh giác.\n\n"
        "Các xã tăng cường kiểm tra.\n"
    )
    doc = parse_text(text).instrument
    assert doc.is_reported
    assert doc.date is None


def test_a_generic_documents_subject_is_what_it_does_when_it_says_enough() -> None:
    doc = parse_text(
        "Thường trực HĐND huyện vừa có văn bản triệu tập kỳ họp bất thường về đất đai.\n\n"
        "Các đại biểu chuẩn bị ý kiến.\n"
    ).instrument
    assert doc.subject == "triệu tập kỳ họp bất thường về đất đai"
    result = parse_text(
        "UBND tỉnh vừa có văn bản chỉ đạo gửi các sở, ngành.\n\nCác sở triển khai ngay.\n"
    )
    assert result.instrument.subject is None
    assert result.instrument.kind is None
    assert {"kind-missing", "subject-missing"} <= codes(result)  # said, not silent


# -- a page's source line ------------------------------------------------------------------

SOURCED_PAGE = """\
Thông báo về việc lịch tiếp công dân tháng 9 của Lãnh đạo UBND huyện

Thực hiện Luật Tiếp công dân, UBND huyện thông báo lịch tiếp công dân tháng 9 năm 2022.

Văn phòng HĐND và UBND huyện chuẩn bị địa điểm tiếp công dân.

(Nguồn: Thông báo số 145/TB-UBND ngày 29/8/2022)
"""


def test_a_source_line_names_what_the_page_posts_and_is_no_citation_of_it() -> None:
    result = parse_text(SOURCED_PAGE)
    doc = result.instrument
    assert doc.is_reported
    assert doc.reported is not None
    assert doc.reported.source == "Thông báo số 145/TB-UBND ngày 29/8/2022"
    assert doc.number is not None
    assert (doc.number.number, doc.number.issuer_abbreviation) == ("145", "UBND")
    assert doc.date == PartialDate(day=29, month=8, year=2022)
    assert _code(doc) == "thong-bao"
    assert doc.subject == "lịch tiếp công dân tháng 9 của Lãnh đạo UBND huyện"
    # its own number is no citation: what the body cites is all there is
    assert [site.citation.title for site in result.citations] == ["Tiếp công dân"]
    assert "posted-source" in codes(result)
    # the source line's number and date are no header row: the body above it is read
    assert "header-noise-removed" not in codes(result)
    paragraphs = [p.text for p in (*doc.body.preamble, *doc.body.background)]
    assert paragraphs[-1] == "Văn phòng HĐND và UBND huyện chuẩn bị địa điểm tiếp công dân."
    kind_said = [d.line for d in result.diagnostics if d.code == "kind-from-symbol"]
    assert kind_said == [7]  # the symbol is the source line's


def test_a_source_line_under_a_documents_own_header_is_not_read_as_its_number() -> None:
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "THÔNG BÁO\nVề lịch tiếp công dân\n\n"
        "UBND xã thông báo lịch tiếp công dân.\n\n"
        "(Nguồn: Thông báo số 145/TB-UBND ngày 29/8/2022)\n"
    )
    result = parse_text(text)
    assert result.instrument.number is None
    assert "posted-source" not in codes(result)


def test_a_subject_naming_its_day_on_a_line_set_apart_and_an_urgency_mark_end_the_header() -> None:
    text = (
        "ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
        "TỈNH AN PHÚ                        Độc lập - Tự do - Hạnh phúc\n\n"
        "SỞ Y TẾ\n\n"
        "Số : 812 /SYT – NV                 An Phú, ngày 02 tháng 3 năm 2020\n\n"
        "Về tạm hoãn khám sức khỏe định kỳ\n\n"
        "Ngày 03/3/2020\n\n"
        "   HỎA TỐC\n\n"
        "Kính gửi : Giám đốc các bệnh viện tuyến huyện.\n\n"
        "Sở Y tế đề nghị Giám đốc các bệnh viện tạm hoãn khám sức khỏe định kỳ.\n"
    )
    doc = parse_text(text).instrument
    assert doc.subject == "Về tạm hoãn khám sức khỏe định kỳ Ngày 03/3/2020"
    assert [org.name for org in doc.addressees] == ["Giám đốc các bệnh viện tuyến huyện"]
    assert doc.date == PartialDate(day=2, month=3, year=2020)
    assert _code(doc) == "cong-van"


def test_a_source_line_names_the_kind_before_the_form_of_a_letter() -> None:
    # Its symbol names no kind, its body opens with Kính gửi: the source line's "Thông báo"
    # names it, no công văn read from the form (the header's rules come first, the form last).
    text = (
        "Kính gửi: Các hộ kinh doanh trên địa bàn xã.\n\n"
        "Ủy ban nhân dân xã đề nghị các hộ kinh doanh đăng ký lại trước ngày 30/6/2021.\n\n"
        "(Nguồn: Thông báo số 12/UBND ngày 08/6/2021)\n"
    )
    result = parse_text(text)
    assert _code(result.instrument) == "thong-bao"
    assert "kind-from-form" not in codes(result)
    said = [d.line for d in result.diagnostics if d.code == "kind-from-source"]
    assert said == [5]  # the source line's
    # without the source line, the same body is a letter by its form
    unsourced = parse_text(text.rsplit("(Nguồn", 1)[0])
    assert _code(unsourced.instrument) == "cong-van"
    assert "kind-from-form" in codes(unsourced)


def test_a_reported_instruments_numbered_items_keep_their_labels_and_actors() -> None:
    text = (
        "Ngày 12/3/2024, Ủy ban nhân dân huyện Bắc Nam ban hành Công văn số 88/UBND-VX về"
        " việc phòng chống dịch.\n\n"
        "Theo đó, Ủy ban nhân dân huyện yêu cầu:\n\n"
        "1. Phòng Y tế huyện theo dõi tình hình dịch bệnh.\n\n"
        "2. Ủy ban nhân dân các xã tuyên truyền cho người dân:\n\n"
        "a) Về các biện pháp phòng dịch.\n\n"
        "b) Về việc tiêm chủng.\n\n"
        "3. Trung tâm Y tế huyện báo cáo kết quả.\n"
    )
    tasks = parse_text(text).instrument.body.tasks
    numbered = [task for task in tasks if task.label is not None]
    assert [(task.label, [a.actor for a in task.assignments]) for task in numbered] == [
        ("1.", ["Phòng Y tế huyện"]),
        ("2.", ["Ủy ban nhân dân các xã"]),
        ("3.", ["Trung tâm Y tế huyện"]),
    ]
    assert [point.label for point in numbered[1].subtasks] == ["a)", "b)"]


def test_a_name_alone_closing_a_headerless_page_is_its_byline_not_a_signer() -> None:
    text = (
        "V/v tăng cường phòng, chống bão số 3\n\n"
        "Ủy ban nhân dân huyện yêu cầu các xã, thị trấn chủ động phương án sơ tán dân.\n\n"
        "Trần Văn Bình\n"
    )
    result = parse_text(text)
    assert result.instrument.signatures == ()
    assert "byline-skipped" in codes(result)


def test_a_quantity_or_a_names_initial_opens_no_retold_item() -> None:
    text = (
        "Ngày 12/3/2024, Ủy ban nhân dân huyện Bắc Nam ban hành Công văn số 88/UBND-VX về"
        " việc phòng chống dịch.\n\n"
        "Theo đó, Ủy ban nhân dân huyện yêu cầu các xã tăng cường tuyên truyền.\n\n"
        "1.500 hộ dân được phát tờ rơi hướng dẫn phòng dịch.\n\n"
        "C. Ronaldo Nguyễn, cán bộ y tế xã, đi kiểm tra từng hộ.\n"
    )
    tasks = parse_text(text).instrument.body.tasks
    assert [(task.label, task.text[:5], len(task.subtasks)) for task in tasks[1:]] == [
        (None, "1.500", 0),
        (None, "C. Ro", 0),
    ]


def test_a_tasks_ve_viec_past_a_semicolon_is_no_reported_subject() -> None:
    text = (
        "Ngày 12/3/2022, Chủ tịch UBND huyện ban hành Công văn 91/UBND-VX đề nghị các xã rà"
        " soát hộ nghèo; báo cáo kết quả về việc hỗ trợ hộ nghèo\n\n"
        "Theo đó, UBND huyện yêu cầu các xã tổ chức phun hóa chất diệt muỗi.\n"
    )
    assert parse_text(text).instrument.subject != "hỗ trợ hộ nghèo"
