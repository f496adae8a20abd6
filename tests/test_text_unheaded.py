"""Bodies posted without their header: what kind the body itself shows."""

from __future__ import annotations

import pytest

from vnadmin.text import parse_text
from vnadmin.text.semantics import split_actors


def _kind_and_codes(text: str) -> tuple[str | None, set[str]]:
    result = parse_text(text)
    kind = result.instrument.kind
    return (kind.code if kind is not None else None), {d.code for d in result.diagnostics}


def test_a_body_posted_from_its_kinh_gui_is_a_cong_van() -> None:
    page = (
        "Kính gửi: Hiệu trưởng các trường Trung học cơ sở.\n"
        "Căn cứ công văn số 210/SGDĐT-GDTrH ngày 02 tháng 3 năm 2022 của Sở Giáo dục và Đào tạo;\n"
        "Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường tổ chức hội thi như sau:\n"
        "1. Thời gian: từ ngày 10/3/2022 đến ngày 25/3/2022.\n"
        "2. Đối tượng: học sinh lớp 8 và lớp 9.\n"
        "Đề nghị các đơn vị triển khai thực hiện./.\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind == "cong-van"
    assert "kind-from-form" in codes


def test_an_issuer_giving_notice_in_its_body_makes_it_a_thong_bao() -> None:
    page = (
        "Căn cứ công văn số 18/PGDĐT ngày 03/3/2021 của Phòng Giáo dục và Đào tạo;\n"
        "Nay trường Tiểu học Bình An thông báo đến phụ huynh học sinh lịch nghỉ như sau:\n"
        "1. Học sinh nghỉ học từ ngày 05/3/2021.\n"
        "2. Giáo viên trực tại trường theo lịch phân công.\n"
        "Trân trọng kính chào!\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind == "thong-bao"
    assert "kind-from-body" in codes


def test_what_the_issuer_announces_after_nay_makes_a_thong_bao() -> None:
    # The notice turns from its cause to what is announced, naming no one it goes to.
    page = (
        "Theo Thông báo số 45/TB-CN ngày 28 tháng 3 năm 2023 của Công ty Cấp nước Bình Minh"
        " về việc sửa chữa đường ống. Nay UBND xã Phú An thông báo thời gian và địa điểm tạm"
        " ngừng cấp nước trên địa bàn xã như sau:\n"
        "1. Thời gian: từ 08h00 đến 16h00 ngày 03/4/2023.\n"
        "2. Khu vực: thôn Đông và thôn Tây.\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind == "thong-bao"
    assert "kind-from-body" in codes


def test_nay_with_a_notice_to_know_makes_no_thong_bao() -> None:
    # ``thông báo để ... biết`` closes letters of any kind: it names no notice.
    page = (
        "Kế hoạch sửa chữa đường ống đã được phê duyệt. Nay UBND xã Phú An thông báo để các"
        " hộ dân biết.\n"
    )
    kind, _ = _kind_and_codes(page)
    assert kind is None


def test_a_task_to_pass_a_notice_on_makes_no_thong_bao() -> None:
    # The schools are asked to notify: the issuer itself gives no notice.
    page = (
        "Phòng Giáo dục và Đào tạo hướng dẫn việc nghỉ học như sau:\n"
        "Đề nghị Hiệu trưởng các trường thông báo đến phụ huynh học sinh lịch nghỉ.\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind is None
    assert "kind-from-body" not in codes


def test_a_title_above_the_kinh_gui_keeps_the_letter_unnamed() -> None:
    # A heading the registry does not know stands above the addressees: no công văn.
    page = (
        "PHIẾU ĐỀ XUẤT MUA SẮM THIẾT BỊ\n"
        "Kính gửi: Ban Giám hiệu nhà trường.\n"
        "Tổ chuyên môn đề xuất mua sắm một số thiết bị dạy học như sau:\n"
        "1. Máy chiếu: 02 chiếc.\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind is None
    assert "kind-from-form" not in codes


def test_a_licence_whose_kind_line_was_lost_is_read_from_its_symbol() -> None:
    # OCR lost the licence's kind line: its symbol still names it (GP).
    page = (
        "BỘ CÔNG THƯƠNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 57/GP-BCT\nHà Nội, ngày 9 tháng 5 năm 2019\n"
        "BỘ TRƯỞNG BỘ CÔNG THƯƠNG\n"
        "Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;\n"
        "Cho phép Công ty cổ phần Đá Xanh khai thác đá vôi tại xã Phú Lâm.\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind == "giay-phep"
    assert "kind-from-symbol" in codes


def test_a_licence_names_its_kind_on_its_kind_line() -> None:
    page = (
        "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 120/GP-BTNMT\nHà Nội, ngày 2 tháng 3 năm 2020\n"
        "GIẤY PHÉP KHAI THÁC KHOÁNG SẢN\n"
        "BỘ TRƯỞNG BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n"
        "Căn cứ Luật Khoáng sản ngày 17 tháng 11 năm 2010;\n"
        "Cho phép Công ty trách nhiệm hữu hạn Cát Vàng khai thác cát tại sông Lô.\n"
    )
    kind, codes = _kind_and_codes(page)
    assert kind == "giay-phep"
    assert "kind-from-symbol" not in codes


def test_a_licence_named_as_a_paper_someone_holds_is_no_citation() -> None:
    page = (
        "Kính gửi: Các trung tâm sát hạch lái xe.\n"
        "Sở Giao thông vận tải đề nghị các trung tâm rút ngắn thời gian cấp Giấy phép lái xe"
        " cho người dự sát hạch theo Thông tư số 12/2017/TT-BGTVT.\n"
    )
    result = parse_text(page)
    held = [
        citation
        for task in result.instrument.body.all_tasks()
        for citation in task.citations
        if citation.kind is not None and citation.kind.code == "giay-phep"
    ]
    assert held == []
    codes = [d.message for d in result.diagnostics if d.code == "citation-by-name"]
    assert not any("Giấy phép" in message for message in codes)


def test_a_kinh_gui_line_cut_after_a_comma_goes_on_below() -> None:
    page = (
        "UBND HUYỆN AN PHÚ\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 88/PGDĐT\n"
        "V/v nghỉ học phòng, chống bão\n"
        "Kính gửi: Hiệu trưởng các trường Mầm non, Tiểu học,\n"
        "        THCS trên địa bàn huyện An Phú.\n"
        "\n"
        "Phòng Giáo dục và Đào tạo đề nghị các trường cho học sinh nghỉ học ngày 10/9/2024.\n"
    )
    names = [o.name for o in parse_text(page).instrument.addressees]
    assert names == ["Hiệu trưởng các trường Mầm non, Tiểu học, THCS trên địa bàn huyện An Phú"]


def test_thi_alone_lists_the_towns_among_the_districts() -> None:
    # ``thị`` for thị xã in an older list of the province's districts, towns and cities
    assert split_actors("UBND huyện, thị, thành phố") == ["UBND huyện, thị, thành phố"]
    assert split_actors("UBND các huyện, thị, thành phố; Sở Xây dựng") == [
        "UBND các huyện, thị, thành phố",
        "Sở Xây dựng",
    ]


def test_a_signer_title_glued_to_the_name_is_cut_apart() -> None:
    # A crawl lost the line break between the signer's title and name.
    page = (
        "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG THÁP\nSố: 41/UBND-VX\nV/v treo cờ Tổ quốc\n"
        "Kính gửi: UBND các huyện, thành phố.\n"
        "Ủy ban nhân dân tỉnh yêu cầu UBND các huyện, thành phố tổ chức treo cờ.\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n"
        "TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNGTrần Minh Lộc\n"
    )
    signatures = parse_text(page).instrument.signatures
    assert len(signatures) == 1
    assert signatures[0].title == "CHÁNH VĂN PHÒNG"
    assert signatures[0].name == "Trần Minh Lộc"


def test_a_ministry_whose_accents_ocr_misread_is_written_as_it_prints_its_name() -> None:
    page = (
        "BỘ Y TẺ\nCỤC QUẢN LÝ DƯỢC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSố: 77/QLD-ĐK\nHà Nội, ngày 4 tháng 5 năm 2021\n"
        "V/v đăng ký thuốc\nKính gửi: Các cơ sở đăng ký thuốc.\n"
        "Cục Quản lý Dược đề nghị các cơ sở bổ sung hồ sơ.\n"
    )
    result = parse_text(page)
    issuer = result.instrument.issuer
    assert issuer is not None
    assert issuer.parent is not None
    assert issuer.parent.name == "BỘ Y TẾ"
    assert any(d.code == "issuer-repaired" and "BỘ Y TẺ" in d.message for d in result.diagnostics)


@pytest.mark.parametrize(
    "printed",
    [
        "BO TAI CHINH",  # typed without accents
        "BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH",  # HOÁ: its tone placed otherwise than HÓA
    ],
)
def test_a_ministry_typed_without_accents_or_with_tones_placed_otherwise_is_kept(
    printed: str,
) -> None:
    page = (
        f"{printed}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 5/BTC-VP\nHà Nội, ngày 4 tháng 5 năm 2021\nV/v họp giao ban\n"
        "Kính gửi: Các đơn vị thuộc Bộ.\nBộ đề nghị các đơn vị dự họp.\n"
    )
    result = parse_text(page)
    issuer = result.instrument.issuer
    assert issuer is not None
    assert issuer.name == printed
    assert "issuer-repaired" not in {d.code for d in result.diagnostics}
