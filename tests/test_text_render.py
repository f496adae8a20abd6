"""render_text: the canonical layout, and the hand-built seeds read back from it."""

from __future__ import annotations

import pytest

from vnadmin.samples import SEEDS
from vnadmin.text import parse_text, render_text, text_projection


@pytest.mark.parametrize("code", sorted(SEEDS))
def test_hand_built_seeds_round_trip(code: str) -> None:
    seed = SEEDS[code]
    parsed = parse_text(render_text(seed)).instrument
    assert text_projection(parsed) == text_projection(seed)


def test_render_prints_the_canonical_layout() -> None:
    text = render_text(SEEDS["001"])
    lines = text.splitlines()
    assert lines[2:4] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert "Số: /SNV-XDCQ&CTTN" in lines
    assert "Tuyên Quang, ngày tháng 6 năm 2024" in lines
    assert lines.index("Kính gửi:") < lines.index("Nơi nhận:") < lines.index("KT. GIÁM ĐỐC")
    assert "- Lưu: VT, XDCQ&CTTN." in lines
    party = render_text(SEEDS["003"]).splitlines()
    assert party[:4] == [
        "SỞ TÀI CHÍNH HẢI DƯƠNG",
        "ĐẾN Số: 4689",
        "Ngày: 21/5/2022",
        "Chuyển: 21/5/2022",
    ]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in party
    assert "- Lưu Văn phòng Tỉnh ủy." in party  # HD 36: no colon
