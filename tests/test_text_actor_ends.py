"""Where an actor's name ends: a capitalised verb after a unit's name (its heading run on
into its first line), ``thì`` closing the clause that sets the scene, and the verb-like
words a name or a compound verb holds.  Each text is typed for its rule."""

from __future__ import annotations

import pytest

from vnadmin.text.semantics import read_meaning


def _read(text: str) -> list[tuple[str, str]]:
    return [(a.role.value, a.actor) for a in read_meaning(text, ()).assignments]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thanh tra Sở Đưa nội dung kiểm tra vào kế hoạch năm 2026.", "Thanh tra Sở"),
        ("Văn phòng Sở Chủ động bố trí kinh phí cho hội nghị.", "Văn phòng Sở"),
        ("Phòng Kinh tế - Hạ tầng Rà soát các công trình trên địa bàn.", "Phòng Kinh tế - Hạ tầng"),
    ],
)
def test_a_capitalised_verb_after_a_unit_s_name_ends_it(text: str, actor: str) -> None:
    assert _read(text) == [("execute", actor)]


def test_a_capitalised_tham_mưu_after_a_unit_s_name_ends_it() -> None:
    text = "Phòng Nội vụ Tham mưu Ủy ban nhân dân huyện ban hành kế hoạch."
    assert ("execute", "Phòng Nội vụ") in _read(text)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Thanh tra Sở Xây dựng kiểm tra các công trình.", "Thanh tra Sở Xây dựng"),
        ("Ban Tham mưu báo cáo kết quả hằng tháng.", "Ban Tham mưu"),
        ("Phòng Tổng hợp theo dõi việc thực hiện.", "Phòng Tổng hợp"),
        ("Văn phòng Đăng ký đất đai cập nhật hồ sơ.", "Văn phòng Đăng ký đất đai"),
        (
            "Ban Quản lý dự án Đầu tư Xây dựng huyện lập hồ sơ.",
            "Ban Quản lý dự án Đầu tư Xây dựng huyện",
        ),
        ("Cục Tác chiến Bộ Tổng Tham mưu hướng dẫn diễn tập.", "Cục Tác chiến Bộ Tổng Tham mưu"),
        (
            "Phó Tư lệnh kiêm Tham mưu trưởng Quân khu chỉ đạo diễn tập.",
            "Phó Tư lệnh kiêm Tham mưu trưởng Quân khu",
        ),
        ("Trường Đại học Cần Thơ tổ chức hội thảo.", "Trường Đại học Cần Thơ"),
    ],
)
def test_a_name_holding_a_capitalised_verb_is_kept_whole(text: str, actor: str) -> None:
    assert _read(text) == [("execute", actor)]


def test_thì_ends_the_scene_and_names_no_actor_after_it() -> None:
    text = (
        "Kể từ năm học 2026 - 2027 thì việc bổ nhiệm Hiệu trưởng, Phó Hiệu trưởng, Tổ trưởng"
        " chuyên môn thực hiện theo Thông tư này."
    )
    assert _read(text) == []


def test_an_actor_right_after_thì_acts() -> None:
    text = "Trường hợp hồ sơ chưa đầy đủ thì Sở Tư pháp hướng dẫn bổ sung."
    assert _read(text) == [("execute", "Sở Tư pháp")]


def test_the_head_of_an_organisation_is_one_name() -> None:
    text = "Sau khi có kết quả, người đứng đầu tổ chức hành nghề bố trí người thực hiện."
    assert _read(text) == [("execute", "người đứng đầu tổ chức hành nghề")]


def test_ký_hợp_đồng_ends_an_actor() -> None:
    text = "Căn cứ kết quả xét tuyển, người đứng đầu đơn vị sự nghiệp ký hợp đồng với người trúng tuyển."
    assert _read(text) == [("execute", "người đứng đầu đơn vị sự nghiệp")]


def test_truyền_đưa_is_one_verb_of_a_name() -> None:
    text = "Các doanh nghiệp truyền đưa tín hiệu truyền hình chịu trách nhiệm bảo đảm an toàn."
    assert _read(text) == [("execute", "Các doanh nghiệp truyền đưa tín hiệu truyền hình")]


def test_tổ_chức_after_của_is_a_noun() -> None:
    text = "Căn cứ danh sách, người đứng đầu của tổ chức thành viên đăng ký danh sách đại biểu."
    assert _read(text) == [("execute", "người đứng đầu của tổ chức thành viên")]


def test_an_actor_a_condition_names_before_thì_acts_in_nothing() -> None:
    text = (
        "Kể từ ngày Nghị định này có hiệu lực, các đơn vị đã nộp hồ sơ mà chưa được trả kết"
        " quả thì không phải nộp lại hồ sơ."
    )
    assert _read(text) == []


def test_giao_thông_before_báo_cáo_ends_no_name() -> None:
    text = "Kết thúc đợt kiểm tra, Phòng Cảnh sát giao thông báo cáo Giám đốc Công an tỉnh."
    assert ("execute", "Phòng Cảnh sát giao thông") in _read(text)


def test_a_scene_after_thì_ends_at_its_comma() -> None:
    text = (
        "Trường hợp phải điều chỉnh kế hoạch thì trên cơ sở đề xuất của các sở, Ủy ban nhân"
        " dân tỉnh xem xét, quyết định."
    )
    assert _read(text) == [("execute", "Ủy ban nhân dân tỉnh")]


def test_a_verb_after_a_bare_head_in_a_list_is_a_name_s_word() -> None:
    text = "Yêu cầu: Hội Nông dân tỉnh, Hội Làm vườn tỉnh thực hiện kiểm kê tài sản."
    assert ("execute", "Hội Làm vườn tỉnh") in _read(text)


def test_đăng_ký_after_quốc_phòng_is_a_verb() -> None:
    text = "Bộ Quốc phòng đăng ký, chỉ định tổ chức chứng nhận trong lĩnh vực quân sự."
    assert _read(text) == [("execute", "Bộ Quốc phòng")]


def test_văn_phòng_đăng_ký_is_a_name() -> None:
    text = "Văn phòng đăng ký đất đai cập nhật biến động vào hồ sơ địa chính."
    assert _read(text) == [("execute", "Văn phòng đăng ký đất đai")]


def test_an_actor_after_the_semicolon_that_ends_a_thì_clause_acts() -> None:
    text = (
        "Trường hợp chưa có nhà ở thì được hỗ trợ tiền thuê nhà; căn cứ tình hình thực tế,"
        " Giám đốc Sở Xây dựng xem xét, quyết định mức hỗ trợ."
    )
    assert _read(text) == [("execute", "Giám đốc Sở Xây dựng")]
