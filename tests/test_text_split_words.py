"""Words a Word page's converter split before their first letter outside Latin-1.

A Word file saved as a web page and turned into text by ``html2text`` prints a space at
the edge of each span Word opened for letters Latin-1 lacks: ``C ỘNG HÒA``, ``L ương``,
``QUY ẾT ĐỊNH``.  The texts here are typed for the tests in that shape.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin.grammar import format_number
from vnadmin.grammar.syllables import is_syllable
from vnadmin.text import parse_text
from vnadmin.text.diagnostics import Diagnostics
from vnadmin.text.lines import Line
from vnadmin.text.rejoin import rejoin_split_words

FRONT_DECISION = """\
ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG SƠN **BAN TH ƯỜNG TRỰC** |
---
|

Số: 05/QĐ-MTTQ-BTT

**C ỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Đ ộc lập - Tự do - Hạnh phúc** |
---
|

_L ương Sơn, ngày 09 tháng 02 năm 2026_

**QUY ẾT ĐỊNH**

**V ề việc thành lập Tổ giúp việc hội nghị hiệp thương nhi ệm kỳ 2026 - 2031**

**BAN TH ƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG SƠN**

Căn cứ Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13;

Xét đề nghị của bộ phận chuyên môn,

**QUY ẾT ĐỊNH:**

**Đ iều 1.** Thành lập Tổ giúp việc gồm các ông (bà) có tên sau.

**Đi ều 2.** T ổ giúp việc tự giải thể sau hội nghị.

**Đ iều 3.** Các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

**_N ơi nhận:_** \\- Như Điều 3; \\- Lưu: MTTQ. | **TM. BAN TH ƯỜNG TRỰC**
**CH Ủ TỊCH**

**Nguy ễn Th ị Hoa**
---|---
"""


def _rejoined(*texts: str) -> list[str]:
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    return [line.text for line in rejoin_split_words(lines, Diagnostics())]


def test_a_decision_whose_words_the_converter_split_is_read() -> None:
    # Before, no kind, issuer, place, date, subject nor signer was read: every fixed word
    # of the header had a space inside it.
    result = parse_text(FRONT_DECISION)
    doc = result.instrument
    assert (doc.kind and doc.kind.name) == "Quyết định"
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent and doc.issuer.parent.name) == (
        "BAN THƯỜNG TRỰC",
        "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG SƠN",
    )
    assert (doc.number and format_number(doc.number)) == "05/QĐ-MTTQ-BTT"
    assert doc.place == "Lương Sơn"
    assert doc.date is not None
    assert (doc.date.day, doc.date.month, doc.date.year) == (9, 2, 2026)
    assert doc.subject == (
        "Về việc thành lập Tổ giúp việc hội nghị hiệp thương nhiệm kỳ 2026 - 2031"
    )
    assert [(s.title, s.name) for s in doc.signatures] == [("CHỦ TỊCH", "Nguyễn Thị Hoa")]
    said = [d for d in result.diagnostics if d.code == "word-rejoined"]
    assert len(said) == 1  # once for the text, where the first join is
    assert said[0].line == 1
    assert "'TH ƯỜNG'" in said[0].message


def test_a_lone_letter_before_a_word_is_the_texts_own() -> None:
    # One or two lone letters before a word opening with a marked vowel: a label, an
    # initial; not the shape of a split text.
    text = [
        "Theo quy định tại điểm b ở trên và Phụ lục B Ủy ban đã ban hành,",
        "các xã nhóm T ưu tiên được hỗ trợ do ảnh hưởng của bão.",
    ]
    assert _rejoined(*text) == text
    diagnostics = Diagnostics()
    rejoin_split_words([Line(1, text[0])], diagnostics)
    assert not diagnostics.freeze()


def test_an_open_syllable_is_joined_only_in_a_split_text() -> None:
    # "QUY ẾT" alone could be two words by the spelling; in a text that split three words
    # after a lone onset, it is one.
    assert _rejoined("QUY ẾT ĐỊNH") == ["QUY ẾT ĐỊNH"]
    assert _rejoined("C ỘNG HÒA", "K Ế HOẠCH", "L ương Sơn", "QUY ẾT ĐỊNH") == [
        "CỘNG HÒA",
        "KẾ HOẠCH",
        "Lương Sơn",
        "QUYẾT ĐỊNH",
    ]


def test_a_word_split_twice_joins_whole() -> None:
    # A PDF's letter spacing splits a word after each span: joined whole, not "đư ợc".
    shape = ["C ỘNG HÒA", "K Ế HOẠCH", "L ương Sơn"]
    assert _rejoined(*shape, "việc đ ư ợc giao, thẩm đ ịnh")[3] == "việc được giao, thẩm định"


def test_a_split_text_keeps_what_no_split_made() -> None:
    # In a split text: words that follow an open syllable stay apart (do ảnh hưởng), a
    # join in two cases is none (t ỔNG), a join that is no syllable is none (Hà ội).
    shape = ["C ỘNG HÒA", "K Ế HOẠCH", "L ương Sơn"]
    kept = ["do ảnh hưởng của bão, cho ăn ở", "t ỔNG hợp", "Hà ội đồng"]
    assert _rejoined(*shape, *kept)[3:] == kept


def test_the_count_and_the_first_join_are_said() -> None:
    diagnostics = Diagnostics()
    lines = [Line(3, "**ok**"), Line(4, "C ỘNG HÒA, K Ế HOẠCH"), Line(9, "T ổ, T ổ và s ơ bộ")]
    rejoin_split_words(lines, diagnostics)
    (said,) = diagnostics.freeze()
    assert (said.line, said.code) == (4, "word-rejoined")
    assert said.message.startswith("5 word(s)")
    assert "'C ỘNG'" in said.message


def test_the_syllable_grammar() -> None:
    assert all(map(is_syllable, ["CỘNG", "ương", "Nguyễn"]))
    assert is_syllable("ngệp")  # the spelling's, not a word: the grammar takes it
    assert not is_syllable("Coäng")  # VNI read as Windows-1252
    assert not is_syllable("doảnhh")
    assert not is_syllable("cóảnh")  # two tone marks


_WORDS = st.sampled_from(
    ["C", "ỘNG", "L", "ương", "do", "ảnh", "T", "ổ", "QUY", "ẾT", "Hà", "Nội", "b", "ở", "."]
)


@given(st.lists(st.lists(_WORDS, max_size=8).map(" ".join), max_size=6))
def test_a_join_only_drops_spaces(texts: list[str]) -> None:
    joined = _rejoined(*texts)
    assert len(joined) == len(texts)
    for before, after in zip(texts, joined, strict=True):
        assert after.replace(" ", "") == before.replace(" ", "")
        assert after.count(" ") <= before.count(" ")
