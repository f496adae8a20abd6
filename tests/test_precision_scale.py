"""The sampler of ``tests/precision_scale.py`` keeps the pages that print an instrument and
only the names of the partition it is given (the texts are typed here, in the shapes the
crawl prints)."""

from __future__ import annotations

import re

import pytest

from precision_scale import TUNING, prints_an_instrument

PORTAL_RECORD = "|\n**Số hiệu:**\n|\n11554/VPCP-V.I\n|\n**Loại văn bản:**\n|\nCông văn\n"
BANNER_CUT = "|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n"
HEADLESS = "|\n**Kính gửi:**\n|\n- Các sở.\n\nBộ đề nghị ...\n\nNơi nhận:\n- Như trên;\n"
ARTICLE = "# Mẫu đơn mới nhất?\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập\n\nNơi nhận:\n"
PROSE = "|\nLuật được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam thông qua.\n"


@pytest.mark.parametrize("text", [PORTAL_RECORD, BANNER_CUT, HEADLESS])
def test_a_page_printing_an_instrument_is_kept(text: str) -> None:
    assert prints_an_instrument(text)


@pytest.mark.parametrize("text", [ARTICLE, PROSE])
def test_an_article_or_a_sentence_naming_the_state_is_not(text: str) -> None:
    assert not prints_an_instrument(text)


def test_the_default_names_are_the_tuning_partition_only() -> None:
    wanted = re.compile(TUNING)
    assert all(wanted.search(f"{first}006278d22e01669.md") for first in "89abcdef")
    assert not any(wanted.search(f"{first}006278d22e01669.md") for first in "01234567")
