"""The ``vnadmin`` command on the bundled samples."""

from __future__ import annotations

import pytest

from vnadmin.cli import main


def test_sample_prints_the_seed_outline(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sample", "000"]) == 0
    out = capsys.readouterr().out
    # Values read off seed 000's text.
    assert "SỞ TÀI CHÍNH (UBND TỈNH SÓC TRĂNG)" in out
    assert "(blank) / STC" in out
    assert "tasks:       5" in out
    assert "GIÁM ĐỐC / Dương Thị Kim Thúy" in out


def test_unknown_sample_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["sample", "999"])
    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
