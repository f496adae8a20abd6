"""render_text: the canonical layout, and the hand-built seeds read back from it."""

from __future__ import annotations

import pytest

from vnadmin.model import Body, Instrument, Regime, RelativeDeadline, Task
from vnadmin.samples import SEEDS
from vnadmin.text import parse_text, render_text, text_losses, text_projection


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


@pytest.mark.parametrize(
    ("code", "printed"),
    [
        ("000", ()),
        # 001's text has no banner and 003's no banner nor star (a received copy): a
        # rendering prints them; 003 prints its first item '- Văn phòng Trung ương Đảng,
        # (để báo cáo)', a rendering '- Văn phòng Trung ương Đảng (để báo cáo),'.
        ("001", ("printed.banner", "printed.motto")),
        ("003", ("printed.banner", "printed.star", "printed.distribution[0]")),
    ],
)
def test_an_instrument_read_from_text_loses_nothing_to_text_but_its_print(
    code: str, printed: tuple[str, ...]
) -> None:
    assert text_losses(SEEDS[code]) == printed


def test_text_losses_name_what_text_does_not_carry() -> None:
    # Seed 004 is a news report: its items print with bullets they did not have, and a
    # rendering is an original, not a report.
    assert text_losses(SEEDS["004"]) == (
        *(f"body.tasks[{n}].label" for n in range(9)),
        "reported",
    )
    # A deadline the task's text does not say is lost; nothing else differs here.
    task = Task(label="1.", text="Tổng hợp kết quả.", deadline=RelativeDeadline(text="khi cần"))
    assert text_losses(Instrument(regime=Regime.STATE, body=Body(tasks=[task]))) == (
        "body.tasks[0].deadline",
    )
