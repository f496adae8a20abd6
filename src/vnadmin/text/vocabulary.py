"""Words of Vietnamese administration the readers recognise, kept as data in one place.

Everything here is compared through :func:`vnadmin.normalize.fold` (accents, case and
spacing ignored) unless said otherwise, so ``HÒA``/``HOÀ`` and ``Ðảng``/``Đảng`` match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from vnadmin.grammar import printed
from vnadmin.grammar.archive import LABEL_WORD
from vnadmin.grammar.marks import HANDLING_MARKS
from vnadmin.model import Circulation, Secrecy, Urgency
from vnadmin.normalize import fold

__all__ = [
    "ACCENTED_PHRASES",
    "ACTOR_HEADS",
    "AMBIGUOUS_BARE",
    "BASIS_OPENING",
    "BODY_HEADS",
    "COLLECTIVE_BODIES",
    "CUT_AFTER",
    "DETERMINERS",
    "DIRECTIVE_WORDS",
    "DRAFT_MARK",
    "ENTERPRISE_BOARDS",
    "LOANWORDS",
    "MOTTO_WORDS",
    "ORGAN_WORDS",
    "PARTY_BANNER",
    "PARTY_BODY_WORDS",
    "PERSON_INITIAL",
    "PLACE_WORDS",
    "PREAMBLE",
    "PRINTED_PARTY_BANNER",
    "PRINTED_STATE_BANNER",
    "PRINTED_TITLES",
    "STATE_BANNER",
    "TITLE_WORDS",
    "VERBS",
    "VERB_PHRASES",
    "authority_organ",
    "handling_marks",
    "is_title",
    "names_authority",
    "names_office",
    "opens_body",
    "prefix_tree",
]

PRINTED_STATE_BANNER = (printed.STATE_BANNER, printed.MOTTO)
PRINTED_PARTY_BANNER = printed.PARTY_BANNER
STATE_BANNER = fold(PRINTED_STATE_BANNER[0])
PARTY_BANNER = fold(PRINTED_PARTY_BANNER)
MOTTO_WORDS = ("doc lap", "tu do", "hanh phuc")

_MARKS = {fold(printed): mark for mark, printed in HANDLING_MARKS.items()}


def handling_marks() -> dict[str, Urgency | Secrecy | Circulation]:
    """Urgency, secrecy and circulation marks by folded text (``HỎA TỐC`` -> ``hoa toc``)."""
    return dict(_MARKS)


DRAFT_MARK = re.compile(r"du thao(?: (?:lan )?(?:\d{1,2}|[ivx]{1,4}))?")
"""The mark a draft carries in its header, boxed or in a text box, folded (``DỰ THẢO``,
``Dự thảo lần 2``): no part of the issuer's name or the number's."""


BASIS_OPENING = re.compile(
    r"(?:Căn[ \t]+cứ|(?:Theo|Xét)[ \t]+đề[ \t]+nghị|Theo[ \t]+(?:ý[ \t]+kiến[ \t]+)?chỉ[ \t]+đạo)\b",
    re.IGNORECASE,
)
"""How a legal basis or a proposal opens: it runs to its ``;`` or ``.``, and it is never a
subject, which may open with ``Thực hiện`` or ``Thi hành`` (``HƯỚNG DẪN Thực hiện ...``)."""
PREAMBLE = re.compile(
    r"(?:Căn[ \t]+cứ|Thực[ \t]+hiện|Thi[ \t]+hành|Theo[ \t]+đề[ \t]+nghị|Xét[ \t]+đề[ \t]+nghị"
    r"|Theo[ \t]+(?:ý[ \t]+kiến[ \t]+)?chỉ[ \t]+đạo|Xét|Trên[ \t]+cơ[ \t]+sở|Tiếp[ \t]+theo"
    r"|Triển[ \t]+khai[ \t]+thực[ \t]+hiện)\b",
    re.IGNORECASE,
)
"""How a legal basis or preamble paragraph opens (``Căn cứ``, ``Thực hiện``, ...)."""

ENTERPRISE_BOARDS = ("hoi dong quan tri", "hoi dong thanh vien")
"""A company's boards, which enact its resolutions as a whole: printed under the title
(``NGHỊ QUYẾT`` / ``HỘI ĐỒNG QUẢN TRỊ CÔNG TY ...``), they name who enacts, no subject."""

COLLECTIVE_BODIES = (
    "uy ban nhan dan",
    "hoi dong nhan dan",
    "chinh phu",
    "quoc hoi",
    "uy ban thuong vu quoc hoi",
    "ban chap hanh",
    "ban thuong vu",
    "ban bi thu",
    "bo chinh tri",
    *ENTERPRISE_BOARDS,
)
"""Bodies that enact as a whole, printed in capitals between the subject and the basis."""

PLACE_WORDS = frozenset(["tinh", "thanh", "huyen", "quan", "xa", "phuong", "thi"])
"""Administrative unit words: an issuer line starting with one continues the line above
(``ỦY BAN NHÂN DÂN`` / ``TỈNH SÓC TRĂNG``)."""

ORGAN_WORDS = frozenset(
    [
        "uy ban",
        "nhan dan",
        "hoi dong",
        "toa an",
        "kiem sat",
        "kiem toan",
        "dai su",
        "chap hanh",
        "thuong vu",
        "thuong truc",
        "trung uong",
        "mat tran",
        "to quoc",
        "chinh phu",
        "quoc hoi",
        "cong san",
        "dang uy",
        "dai hoc",
        "hoc vien",
        "van phong",
        "thanh tra",
        "cong an",
        "quan su",
        "chi huy",
        "tai chinh",
        "noi vu",
        "tu phap",
        "giao duc",
        "dao tao",
        "y te",
        "xay dung",
        "cong thuong",
        "ngoai vu",
        "ke hoach",
        "dau tu",
        "thong tin",
        "truyen thong",
        "tai nguyen",
        "moi truong",
        "nong nghiep",
        "phat trien",
        "nong thon",
        "giao thong",
        "van tai",
        "lao dong",
        "thuong binh",
        "van hoa",
        "the thao",
        "du lich",
        "khoa hoc",
        "cong nghe",
        "dan toc",
        "ton giao",
        "ngan hang",
        "kho bac",
        "bao hiem",
        "hai quan",
        "tong cuc",
        "chi cuc",
        "trung tam",
        "benh vien",
        "cong doan",
        "thanh nien",
        "phu nu",
        "nong dan",
        "chien binh",
        "tuyen giao",
        "dan van",
        "to chuc",
        "kiem tra",
        "noi chinh",
        "quoc gia",
        "thanh pho",
        "chinh quyen",
        "dia phuong",
        "quan ly",
        "bo phan",
        "doanh nghiep",
        "cong ty",
    ]
)
"""Words of two syllables (folded) in the names of bodies: an issuer line that ends with
the first syllable of one and a line that opens with the second were one line broken
inside the word (``ỦY BAN NHÂN`` / ``DÂN``)."""

BODY_HEADS = frozenset(
    [
        "bo",
        "so",
        "ban",
        "phong",
        "cuc",
        "tong cuc",
        "chi cuc",
        "van phong",
        "trung tam",
        "benh vien",
        "truong",
        "vien",
        "hoc vien",
        "uy ban",
        "ubnd",
        "hoi dong",
        "thanh tra",
        "cong an",
        "kho bac",
        "toa an",
        "dang uy",
        "dang bo",
        "chi bo",
        "tinh uy",
        "huyen uy",
        "thanh uy",
        "quan uy",
        "cong ty",
        "lien doan",
        "cong doan",
    ]
)
"""The words (folded, one or two) a body's name opens with in an issuer block: a line
that opens with one names a body of its own, never the end of the line above."""


def opens_body(key: str) -> bool:
    """Whether folded ``key`` opens with a body's head of :data:`BODY_HEADS` (its first
    word, or its first two: ``chi cuc``, not any ``chi``)."""
    words = key.split(" ", 2)
    return words[0] in BODY_HEADS or " ".join(words[:2]) in BODY_HEADS


TITLE_WORDS = (
    "giam doc",
    "chu tich",
    "truong",
    "pho",
    "bi thu",
    "chanh",
    "tong",
    "uy vien",
    "thuong truc",
    "ke toan",
    "nguoi",
    "dai dien",
    "can bo",
    "chuyen vien",
    "thu ky",
    "thu tuong",
    "chu nhiem",
    "dai su",
    "tham phan",
    "thanh vien",
)
"""Words of the titles of office a signer holds (folded): a line in capitals without one
is not a signer's title (``UBMTTQVNTP`` in a distribution list)."""

_TITLE_WORD = re.compile(r"(?<![a-z])(?:" + "|".join(TITLE_WORDS) + r")(?![a-z])")


def names_office(key: str) -> bool:
    """Whether folded ``key`` holds a word of :data:`TITLE_WORDS` as a word (``pho`` in
    ``pho giam doc``, not in ``bo quoc phong``)."""
    return _TITLE_WORD.search(key) is not None


PRINTED_TITLES = tuple(
    f"{deputy}{title}"
    for title in (
        "CHỦ TỊCH",
        "GIÁM ĐỐC",
        "TỔNG GIÁM ĐỐC",
        "HIỆU TRƯỞNG",
        "TRƯỞNG BAN",
        "CHÁNH VĂN PHÒNG",
        "THỦ TƯỚNG",
        "BÍ THƯ",
        "CỤC TRƯỞNG",
        "VỤ TRƯỞNG",
        "VIỆN TRƯỞNG",
        "TRƯỞNG PHÒNG",
        "TỔ TRƯỞNG",
        "CHỦ NHIỆM",
        "CHÁNH THANH TRA",
        "CHÁNH ÁN",
        "TRƯỞNG ĐOÀN",
        "TRƯỞNG KHOA",
        "TRƯỞNG BỘ MÔN",
    )
    for deputy in ("", "PHÓ ")
)
PRINTED_TITLES += ("BỘ TRƯỞNG", "THỨ TRƯỞNG", "TỔNG BÍ THƯ", "THẨM PHÁN")
"""The titles most signers hold, as printed (a court's decision is signed by its judge,
``THẨM PHÁN``, a university's notice by the head of a faculty or a department): recognised on their letters when OCR damaged them (``PHO CHU TỊCH``) or
left stray strokes before them (``SA ỀN CHỦ TỊCH``)."""
_FOLDED_TITLES = frozenset(fold(title) for title in PRINTED_TITLES)
_LONGEST_TITLE = max(len(title.split()) for title in PRINTED_TITLES)


def is_title(text: str) -> bool:
    """Whether ``text`` is one of :data:`PRINTED_TITLES` alone, in any case (``Bộ trưởng``)."""
    return fold(text) in _FOLDED_TITLES


def authority_organ(text: str) -> str | None:
    """The body an enacting authority's line names after the signer's title (``HIỆU
    TRƯỞNG TRƯỜNG ĐẠI HỌC ...`` -> ``TRƯỜNG ĐẠI HỌC ...``), or ``None``."""
    words = text.split()
    for size in range(min(len(words) - 2, _LONGEST_TITLE), 0, -1):
        if fold(" ".join(words[:size])) in _FOLDED_TITLES:
            return " ".join(words[size:])
    return None


def names_authority(text: str) -> bool:
    """Whether a line is an enacting authority's, printed between a subject and the basis:
    a title and its body (``CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...``, ``BỘ TRƯỞNG BỘ Y TẾ``), or
    a collective body (``ỦY BAN NHÂN DÂN TỈNH ...``, ``CHÍNH PHỦ``)."""
    return fold(text).startswith(COLLECTIVE_BODIES) or authority_organ(text) is not None


MINISTRIES = (
    "BỘ QUỐC PHÒNG",
    "BỘ CÔNG AN",
    "BỘ NGOẠI GIAO",
    "BỘ NỘI VỤ",
    "BỘ TƯ PHÁP",
    "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
    "BỘ TÀI CHÍNH",
    "BỘ CÔNG THƯƠNG",
    "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
    "BỘ GIAO THÔNG VẬN TẢI",
    "BỘ XÂY DỰNG",
    "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
    "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
    "BỘ Y TẾ",
    "BỘ DÂN TỘC VÀ TÔN GIÁO",
    "ỦY BAN DÂN TỘC",
    "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM",
    "THANH TRA CHÍNH PHỦ",
    "VĂN PHÒNG CHÍNH PHỦ",
)
"""The ministries and ministerial agencies of the Government (Luật Tổ chức Chính phủ),
those of before the 2025 merger too, as their headers print them: an issuer line whose
letters are one of them, its accents misread (``BỘ Y TẺ``), is that name."""


PARTY_BODY_WORDS = (
    "tinh uy",
    "thanh uy",
    "huyen uy",
    "quan uy",
    "thi uy",
    "dang uy",
    "dang bo",
    "chi bo",
    "ban thuong vu",
    "ban chap hanh trung uong",
    "ban bi thu",
    "bo chinh tri",
    "ban can su dang",
    "dang doan",
    "ban tuyen giao",
    "ban dan van",
    "ban to chuc",
    "ban noi chinh",
    "uy ban kiem tra",
    "van phong trung uong dang",
)
"""Party bodies (folded): an issuer naming one makes the instrument a Party one."""

DIRECTIVE_WORDS = frozenset(
    ["đề nghị", "yêu cầu", "chỉ đạo", "giao", "đề xuất", "hướng dẫn", "thông báo"]
)
"""Verbs (lower case) by which an issuer directs (``Sở Nội vụ đề nghị các cơ quan ...``);
look them up with :func:`vnadmin.text.lines.word_starts` on squashed, lowered text."""

DETERMINERS = frozenset(["các", "những", "mọi", "từng", "một", "mỗi"])
"""Words before a noun that make a following verb-like word a noun (``các tổ chức``)."""

LOANWORDS = frozenset(["website", "web", "email", "internet", "fanpage", "facebook", "zalo"])
"""Words (folded) of no Vietnamese spelling that documents print as words of their own:
where a document is posted or sent (``- Website (để đăng tin);``, ``- Email các đơn
vị;``).  A line of them is no OCR noise."""

CUT_AFTER = ("với", "và", "của", "cho", "tại", "các", "về")
"""Words a sentence cannot stop on (prepositions, the plural article): a paragraph or a line
that ends on one was cut by the margin or the page, and goes on below.  Each reader adds
what its own cut ends on: ``thuộc`` inside a body's paragraphs (``đơn vị thuộc``), which a
heading may end on (``thời Pháp thuộc``); a name's head; a date's ``ngày``."""


ACTOR_HEADS = re.compile(
    r"(?:[Cc]ác|[Nn]hững|[Mm]ọi|UBND|UBMTTQ\w*|UB(?=[ \t]+[A-ZĐ])|Ủy[ \t]+ban|Uỷ[ \t]+ban|Sở|Ban|Bộ"
    r"|Phòng(?![ \t]*,?[ \t]*(?:ngừa|chống|tránh)(?![^\W\d_]))|Văn[ \t]+[Pp]hòng|Thanh[ \t]+tra"
    r"|Công[ \t]+an|Cục|Chi[ \t]+cục|Tổng[ \t]+cục|Trung[ \t]+tâm|Đài|Báo|Hội|Mặt[ \t]+trận"
    r"|MTTQ|Đoàn|Liên[ \t]+đoàn|Kho[ \t]+bạc|Ngân[ \t]+hàng|Trường(?![ \t]+hợp)|Chủ[ \t]+tịch|Giám[ \t]+đốc"
    r"|Thủ[ \t]+trưởng|Người[ \t]+đứng[ \t]+đầu|Cơ[ \t]+quan|Đơn[ \t]+vị|Tỉnh[ \t]+[ủu]ỷ?y?"
    r"|Thành[ \t]+[ủu]ỷ?y?|Huyện[ \t]+[ủu]ỷ?y?|Đảng[ \t]+[ủu]ỷ?y?|Thông[ \t]+tấn[ \t]+xã|Bộ[ \t]+Chỉ[ \t]+huy|Lãnh[ \t]+đạo|Chánh|Trưởng|Phó|Hội[ \t]+đồng"
    r"|Viện|Tòa[ \t]+án|Thường[ \t]+trực|Tỉnh[ \t]+đoàn|Huyện[ \t]+đoàn|Bí[ \t]+thư|Bệnh[ \t]+viện"
    r"|Học[ \t]+viện|Đại[ \t]+học|Quỹ|Công[ \t]+ty|Tổng[ \t]+công[ \t]+ty|Chi[ \t]+nhánh|Hợp[ \t]+tác[ \t]+xã"
    r"|Liên[ \t]+minh|Hiệp[ \t]+hội|Đảng[ \t]+đoàn|Ban[ \t]+cán[ \t]+sự|Bưu[ \t]+điện|Điện[ \t]+lực|Ủy[ \t]+viên"
    r"|Hộ[ \t]+kinh[ \t]+doanh|Hộ[ \t]+gia[ \t]+đình|Doanh[ \t]+nghiệp|Cá[ \t]+nhân|Ông|Bà|Đồng[ \t]+chí|Đ/c"
    r"|Cổng[ \t]+(?:thông[ \t]+tin|TTĐT)|Tập[ \t]+đoàn|Cảng[ \t]+vụ|Lực[ \t]+lượng|Hải[ \t]+quan"
    r"|Kiểm[ \t]+toán|Bảo[ \t]+hiểm|Nhóm|Cán[ \t]+bộ|Giảng[ \t]+viên|Thủ[ \t]+tướng"
    r"|Khoa(?![ \t]+học)|Sinh[ \t]+viên|Học[ \t]+viên|Hiệu[ \t]+trưởng|Nhà[ \t]+trường"
    r"|GVCN|CVHT|Toàn[ \t]+ngành"
    r"|Chủ[ \t]+(?:đầu[ \t]+tư|rừng|sở[ \t]+hữu)|Vụ(?![ \t]+(?:việc|án|mùa|lúa))"
    r"|Thuế(?=[ \t]+(?:tỉnh|thành[ \t]+phố|cơ[ \t]+sở|TP\b))"
    r"|Quý(?=[ \t]+(?:[Cc]ơ[ \t]+quan|[Đđ]ơn[ \t]+vị|[Nn]gân[ \t]+hàng|[Cc]ông[ \t]+ty|[Tt]rường"
    r"|[Hh]ội|[Bb]ệnh[ \t]+viện|Sở|Ban|Bộ|Cục|UBND|Ủy[ \t]+ban)(?![^\W\d_])))\b"
)
"""How a noun phrase naming a body or an office starts (a task that names its own actor);
a school's units and staff too (``Khoa``, ``Sinh viên``, ``GVCN``), whom a school's
notices set to work; the courtesy ``Quý`` before a body (``Quý đơn vị``), whom a letter
asks to act; ``UB`` for ``Ủy ban`` before a name (``UB MTTQ xã``); ``Phòng`` not before ``ngừa``, ``chống`` (a verb: ``Phòng ngừa vi phạm
...``).  Not ``Học sinh``, ``Giáo viên ...`` or ``Người ...``: laws open
their conditions and definitions with them (``Người sử dụng đất khi ...``), no task."""
PERSON_INITIAL = re.compile(r"[A-ZĐ]\.[ \t]?[A-ZĐÀ-Ỹ][^\W\d_]")
"""How a person named by an initial starts (``T.Tùng``, ``C. Mai`` for thầy, cô): a school's
staff in a list of who does a task, each a new name."""

_VERB_PHRASES = """
cần|phải|có trách nhiệm|chủ động|chủ trì|phối hợp|tham mưu|tổ chức|xây dựng|tăng cường|triển khai
|thực hiện|quán triệt|đẩy mạnh|nâng cao|tiếp tục|rà soát|kiểm tra|hướng dẫn|theo dõi|báo cáo
|tổng hợp|chỉ đạo|đôn đốc|ban hành|đề xuất|khẩn trương|kịp thời|nghiêm túc|thường xuyên|tập trung
|bảo đảm|đảm bảo|căn cứ|trao đổi|gửi|xem xét|giải quyết|tuyên truyền|phổ biến|quản lý|cập nhật
|chuẩn bị|bố trí|thông báo|công khai|xử lý|duy trì|phát huy|tạo điều kiện|hoàn thành
|hoàn thiện|đánh giá|sơ kết|tổng kết|thống kê|nghiên cứu|vận động|tham gia|nắm|tích cực
|quan tâm|chịu trách nhiệm|thẩm định|phê duyệt|cung cấp|đăng ký|chấn chỉnh|nhân rộng|khắc phục
|bồi dưỡng|đào tạo|tiếp nhận|để|nhằm|được|sớm|chuyển|phân công|bổ sung|điều chỉnh|lựa chọn
|tiến hành|thành lập|ủng hộ|hỗ trợ|giám sát|thanh tra|lấy ý kiến|rút kinh nghiệm|ứng dụng
|có nhiệm vụ|lãnh đạo|cụ thể hóa|cụ thể hoá|tiếp thu|phát hành|sắp xếp|dự trù|dự kiến|nộp
|phôi hợp|phối hơp|bị|định hướng|lồng ghép|niêm yết|công bố|trực tiếp|quyết định|làm việc|lập danh|lập kế hoạch
|lập hồ sơ|lập dự toán|lập dự trù|lập dự án|lập báo cáo|lập phương án|lập đề án|làm|xác định
|bàn giao|tập hợp|thu thập|biên soạn|khảo sát|đã
|ủy quyền|uỷ quyền|có văn bản|cho ý kiến|muốn|sẽ|kết thúc|chia sẻ|cân đối|thống nhất
|đưa|thể chế hóa|thể chế hoá|ký hợp đồng|ra quyết định|đăng|họp|treo|trân trọng|kê khai|vui lòng|đều
"""


def prefix_tree(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, the longest one at a place first, with shared
    prefixes factored out: the regex engine reads each place once, where an alternation
    of the words would try each word there in turn."""
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


VERB_PHRASES = tuple(_VERB_PHRASES.replace("\n", "").split("|"))
VERBS = re.compile(prefix_tree(VERB_PHRASES) + r"(?![^\W\d_])")
"""What an actor is asked to do, by its first words, in lower case: search it in squashed,
lowered text and check the word boundary before a match.  An actor phrase ends before one
of them (``Các cơ quan truyền thông`` | ``tăng cường ...``); after a determiner (``các
tổ chức``) the same words are nouns, which the readers check."""


ACCENTED_PHRASES = (
    # the header's and the footer's fixed words
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Độc lập",
    "Tự do",
    "Hạnh phúc",
    "Đảng Cộng sản Việt Nam",
    "Kính gửi",
    "Nơi nhận",
    "Về việc",
    LABEL_WORD,
    "Đã ký",
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "nhân dân",
    # a legal basis and a preamble
    "Căn cứ",
    "Xét đề nghị",
    "Thực hiện",
    "Thi hành",
    "Trên cơ sở",
    "Tiếp theo",
    "ý kiến",
    "chỉ đạo",
    "đề nghị",
    "yêu cầu",
    "quy định",
    "sửa đổi",
    "bổ sung",
    "bãi bỏ",
    "ban hành",
    # actors
    "Văn phòng",
    "Công an",
    "Chi cục",
    "Tổng cục",
    "Trung tâm",
    "Mặt trận",
    "Liên đoàn",
    "Kho bạc",
    "Ngân hàng",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Giám đốc",
    "Người đứng đầu",
    "cơ quan",
    "đơn vị",
    "địa phương",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Đảng ủy",
    "Bộ Chỉ huy",
    "Lãnh đạo",
    "Hội đồng",
    "Tòa án",
    "Thường trực",
    "Tỉnh đoàn",
    "Bí thư",
    "Bệnh viện",
    "Học viện",
    "Đại học",
    "Công ty",
    "Tổng công ty",
    "Chi nhánh",
    "Hợp tác xã",
    "Liên minh",
    "Đảng đoàn",
    "Ban cán sự",
    "Bưu điện",
    "Điện lực",
    "Ủy viên",
    "Hộ kinh doanh",
    "Hộ gia đình",
    "Doanh nghiệp",
    "Cá nhân",
    "Cổng thông tin",
    "sở, ban, ngành",
    "ban, ngành",
    "ngành",
    "huyện",
    "thị xã",
    "thành phố",
    "các",
    "của",
    "và",
    "với",
    "từng",
    "một",
    # what a task asks, of whom, by when
    "chủ trì",
    "phối hợp",
    "nhiệm vụ",
    "trách nhiệm",
    "kế hoạch",
    "trước",
    "đến",
    "từ ngày",
    "kể từ",
    "hằng năm",
    "hằng tháng",
    "hằng quý",
    "hằng tuần",
    "định kỳ",
    "thời hạn",
    "thời gian",
    "trong tháng",
    "hoặc",
    "đột xuất",
    "liên quan",
    "có liên quan",
    "Ủy ban",
    "Thủ trưởng các",
    "Thủ trưởng cơ quan",
    "cơ quan ngang bộ",
    "Mặt trận Tổ quốc Việt Nam",
    "Việt Nam",
    "Quân sự",
    "Đoàn Thanh niên",
    "cấp ủy",
    "trực thuộc",
    "UBND tỉnh",
    "HĐND tỉnh",
    "cấp tỉnh",
    "cấp huyện",
    "cấp xã",
    "trong tỉnh",
    "toàn tỉnh",
    "trên địa bàn",
    "sở, ngành",
    "trong năm",
    "chậm nhất",
    "không quá",
    "ngày làm việc",
)
"""Phrases the readers look for, printed with their accents: a text that lost every
accent has them given back (:mod:`vnadmin.text.accents`), when their bare form has one
reading (see :data:`AMBIGUOUS_BARE`)."""

AMBIGUOUS_BARE = frozenset(
    [
        "can",
        "de",
        "nam",
        "bi",
        "chuyen",
        "som",
        "nham",
        "ban",
        "tai",
        "nhung",
        "moi",
        "thu truong",
        "phai",
        "ve",
        "dua",
        "dang",
        "hop",
    ]
)
"""Bare words with several readings in administrative text (``can``: cần, căn, cán;
``nhung``: những, nhưng; ``ve``: về, vệ; ``thu truong``: Thủ trưởng, Thứ trưởng; ``dua``:
đưa, đua as in ``Thi đua``; ``dang``: đăng, Đảng, đang; ``hop``: họp, hợp): never
restored."""
