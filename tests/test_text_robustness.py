"""``parse_text`` on hostile input: it never raises, and its time grows linearly.

The readers are written not to fail, so the tests also check that the last-resort guard
(the ``internal-error`` diagnostic) is never reached.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin.model import Instrument, PeriodDeadline, PeriodUnit
from vnadmin.text import ParseResult, parse_text

SEED_TEXTS = [
    path.read_text(encoding="utf-8")
    for path in sorted(
        (Path(__file__).resolve().parent.parent / "src" / "vnadmin" / "seeds").glob("*.txt")
    )
]
_STRUCTURE = "SốsốKính gửi Nơi nhận Lưu: ngày tháng năm 1./-a)I.Điều ()“”;:,.*|{}\t\n"


def _sound(result: ParseResult) -> None:
    assert isinstance(result.instrument, Instrument)
    assert "internal-error" not in {d.code for d in result.diagnostics}


@given(st.text())
def test_arbitrary_text(text: str) -> None:
    _sound(parse_text(text))


@given(
    st.text(
        alphabet=st.one_of(
            st.characters(codec="utf-8"),
            st.sampled_from(_STRUCTURE),
            st.sampled_from("ăâđêôơưĂÂĐÊÔƠƯÐàảãáạỳỷỹýỵ\u0300\u0301\u0303\u0309\u0323\u00a0\u200b"),
        ),
        max_size=3000,
    )
)
def test_random_unicode_with_structure_words(text: str) -> None:
    _sound(parse_text(text))


def _mutate(text: str, rnd: random.Random, steps: int) -> str:
    lines = text.splitlines()
    for _ in range(steps):
        if not lines:
            break
        index = rnd.randrange(len(lines))
        operation = rnd.randrange(6)
        if operation == 0:
            del lines[index]
        elif operation == 1:
            lines.insert(index, lines[rnd.randrange(len(lines))])
        elif operation == 2:
            rnd.shuffle(lines)
        elif operation == 3 and lines[index]:
            at = rnd.randrange(len(lines[index]))
            noise = rnd.choice(_STRUCTURE)
            lines[index] = lines[index][:at] + noise + lines[index][at + 1 :]
        elif operation == 4:
            lines[index] = lines[index][: rnd.randrange(len(lines[index]) + 1)]
        else:
            lines[index] += " " + lines[rnd.randrange(len(lines))]
    return "\n".join(lines)


@given(st.sampled_from(SEED_TEXTS), st.randoms(use_true_random=False), st.integers(1, 40))
def test_mutated_seeds(text: str, rnd: random.Random, steps: int) -> None:
    _sound(parse_text(_mutate(text, rnd, steps)))


# Linear time -------------------------------------------------------------------------------

_ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "digits and slashes": lambda size: "1/2/3/" * (size // 6),
    "Số: lines": lambda size: "Số: 12/UBND-VX\nSố: /STC-VP\nSố 15-CT/TU\n" * (size // 40),
    "deep numbering": lambda size: "".join(
        f"{'1.' * (i % 6 + 1)} a) - + I. Điều {i}. việc {i}\n" for i in range(size // 40)
    ),
    "ngày ngày ngày": lambda size: "ngày " * (size // 5),
    "của của của": lambda size: "của " * (size // 4),
    "nested citations": lambda size: "Chỉ thị số 1/CT-UBND ngày 1/1/2020 về " * (size // 40),
    # the layout stage and the footer reader
    "wrapped distribution item": lambda size: (
        "Nơi nhận:\n- Sở Nội vụ,\n" + "Sở Tài chính,\n" * (size // 14)
    ),
    "distribution items": lambda size: "Nơi nhận:\n" + "- Sở Nội vụ;\n" * (size // 14),
    "captions and page breaks": lambda size: (
        "Ký bởi: Sở Nội vụ\nThời gian ký: 01.02.2024 10:11:12 +07:00\n\f2\n" * (size // 60)
    ),
    "page numbers and blank lines": lambda size: "2\n\n\n\n3\n" * (size // 9),
    "underscores in the footer": lambda size: "Nơi nhận:\nGIÁM ĐỐC " + "_ " * (size // 2),
    "header rows": lambda size: (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 1/UBND Hà Nội,"
        " ngày 1 tháng 2 năm 2024\n" * (size // 110)
    ),
    "OCR noise lines": lambda size: "ỦY BAN NHÂN DÂN CỌNG HÓA XÃ HỘI \\ Z2 ⁄ k—\n" * (size // 45),
    # issue 14: one law cited on every line (its lines were collected in a list)
    "one law on every line": lambda size: (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n" * (size // 70)
    ),
    "numbers after số": lambda size: "; số 1/UB-TP ngày 1/1/2020" * (size // 26),
    # text that lost its diacritics, whose body phrases are restored
    "bare text": lambda size: (
        "Can cu\nV/v so 1\n1. So Tai chinh chu tri, phoi hop voi cac co quan cua tinh va "
        "tinh, truoc ngay 1/2/2025.\n" * (size // 100)
    ),
    "bare text, a run of spaces after so": lambda size: (
        "Can cu cua cac va duoc trong theo ngay tinh nhan dan " * 4 + "\nso" + " " * size + "x\n"
    ),
    # text in a legacy font, converted before reading: a .VnTimeH line of capitals, TCVN3
    "legacy font": lambda size: (
        "CéNG HßA X· HéI 1/2 ñY BAN\nSè: 1/UB ngµy 2 th¸ng 3\n" * (size // 42)
    ),
    # a long run of spaces near the top, where a Party header's star cell is looked for
    "a run of spaces": lambda size: "ĐẢNG ỦY" + " " * size + "* T.Ư\n",
    # many .VnTimeH lines of capitals, each upper-cased in the decoded text
    "legacy capital lines": lambda size: (
        ("ñY BAN\n" * 20 + "Sè: 1/UB ngµy 2 th¸ng 3 n¨m 2024\n") * (size // 173)
    ),
    # a Kính gửi line wrapped over many lines by a narrow cell
    "wrapped Kính gửi line": lambda size: (
        "Kính gửi: Các sở,\n" + "ban, ngành tỉnh,\n" * (size // 17)
    ),
    # one list of units run on, each closed by "liên quan": the entry before a unit noun was
    # read whole at each comma
    "related units run on": lambda size: (
        "Kính gửi: Các Sở Nội vụ,\n" + "cơ quan liên quan,\n" * (size // 19)
    ),
    # bare task lines each ending on "cua" (của once restored), mended into one paragraph
    "bare lines cut after cua": lambda size: "Nơi nhận:\n- " + "Can cu cua cac\n" * (size // 15),
    # a công điện's addressees each end with "." (each once checked against all before it)
    "addressees ending with a full stop": lambda size: (
        "Kính gửi:\n" + "- Sở Nội vụ.\n" * (size // 13)
    ),
    # a run of commas in a Nơi nhận item, where a purpose in parentheses was looked for
    "commas in a distribution item": lambda size: "Nơi nhận:\n- Sở" + " ," * (size // 2),
    # a capital sigma beside each kind name (the text was lowered whole at each one)
    "a sigma beside each law": lambda size: "Luật Σ " * (size // 7),
    "task table rows": lambda size: (
        "| STT | Nội dung | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n"
        + "| 1 | Ban hành kế hoạch | Sở Nội vụ | Quý II/2025 |\n" * (size // 50)
    ),
}


def _seconds(text: str, repeats: int) -> float:
    """CPU time of this process, not wall time: with the suite running on every core, a
    1 MB parse waiting for a core looked slower than a 10 KB one by more than the input."""
    times = []
    for _ in range(repeats):
        start = time.process_time()
        parse_text(text)
        times.append(time.process_time() - start)
    return statistics.median(times)


@pytest.mark.no_cover  # a tracer multiplies the parse time by four and says nothing of growth
@pytest.mark.parametrize("name", sorted(_ADVERSARIAL))
def test_parse_time_grows_linearly(name: str) -> None:
    build = _ADVERSARIAL[name]
    small, big = build(10_000), build(1_000_000)
    ratio = _seconds(big, 1) / _seconds(small, 5)
    # 100 times the text; a quadratic reader would be 10 000 times slower
    assert ratio < 100 * 8, f"{name}: 1 MB took {ratio:.0f} times as long as 10 KB"


def test_a_dotted_capital_i_in_a_field_that_says_when() -> None:
    """``HẠN CUỐİ`` (a dotted capital I, as a Turkish keyboard or an OCR prints it) matched
    the deadline pattern, but not the table of bounds: the whole page was lost."""
    result = parse_text(
        "BỘ TÀI CHÍNH\nSố: 12/BTC-VP\nHà Nội, ngày 01 tháng 02 năm 2025\n\n"
        "1. Sở Tư pháp chủ trì.\n- Thời hạn: HẠN CUỐ\u0130 NGÀY 05/03/2025\n"
    )
    _sound(result)


def test_a_dotless_i_in_a_field_name() -> None:
    """``thờı hạn`` (a dotless i) matched the field names' pattern, which ignores case, but
    was no key of the table of names once folded: the whole page was lost."""
    result = parse_text(
        "UBND TỈNH X\nSố: 1/UBND\nKẾ HOẠCH\n\n"
        "1. Lập kế hoạch, cơ quan chủ trì: Sở Tư pháp; thờ\u0131 hạn: Quý II/2025.\n"
    )
    _sound(result)
    assert result.instrument.body is not None
    # "Quý II/2025", as printed
    assert result.instrument.body.tasks[0].deadline == PeriodDeadline(
        unit=PeriodUnit.QUARTER, index=2, year=2025
    )
