"""Vietnamese vocabulary the hypothesis strategies draw from: real-looking units, people, phrases.

Plain data, no hypothesis: unit names, titles and phrases are taken from or modelled on the
seed documents and on NĐ 30 / HD 36 templates.  Text the citation grammar reads (citation
titles, issuers and subjects) avoids the words it splits on (số, ngày, của, về, khóa) and
parentheses; ``tests/test_strategies.py`` checks that.
"""

from __future__ import annotations

from typing import NamedTuple

from vnadmin.model import Regime

__all__ = [
    "ACTORS",
    "ADDRESSEES",
    "APPENDIX_TITLES",
    "ATTACHMENT_NOTES",
    "BACKGROUND_OPENINGS",
    "CITED_BY_NAME",
    "CITY",
    "CLOSING_PHRASES",
    "CODE_TITLES",
    "DRAFTING_UNITS",
    "FAMILY_NAMES",
    "GIVEN_NAMES",
    "IMPLEMENTERS",
    "ISSUERS",
    "LAW_TITLES",
    "LEGAL_TITLES",
    "MIDDLE_NAMES",
    "NEWS_SOURCES",
    "ORDINANCE_TITLES",
    "PARTY_TERMS",
    "PROPOSERS",
    "PROVINCES",
    "PURPOSES",
    "QUALIFIERS",
    "RECIPIENTS",
    "RELATIVE_DEADLINES",
    "ROUTINGS",
    "STREETS",
    "SUBJECTS",
    "TASK_OBJECTS",
    "TASK_VERBS",
    "Issuer",
]

PROVINCES = (
    "Lào Cai",
    "Tuyên Quang",
    "Hưng Yên",
    "Thanh Hóa",
    "Bắc Ninh",
    "Đắk Lắk",
    "Điện Biên",
    "Đồng Tháp",
    "Quảng Ngãi",
    "Lâm Đồng",
    "Cà Mau",
    "Gia Lai",
    "Khánh Hòa",
    "Nghệ An",
    "Quảng Trị",
)
"""Provinces (tỉnh) of the administrative divisions since 1 July 2025, so that every
generated issuer has a province code (:mod:`vnadmin.localities`); issuer templates put
them in ``{p}`` (upper case on issuer lines)."""

CITY = "Hà Nội"
"""Where central bodies sign."""


class Issuer(NamedTuple):
    """A body that issues instruments, as the strategies need it.

    ``name`` and ``parent`` are printed issuer lines (upper case) and ``mention`` is how
    other texts name the body; ``{p}`` in any of them is the province.  ``head`` signs,
    ``deputy`` signs ``KT.`` for the head, ``collective`` is what ``TM.`` names.  ``kinds``
    lists the kind codes a legal-regime issuer uses (empty: every kind of the regime).
    ``units`` are the symbol parts that may follow the issuer's: drafting units in state
    công văn (``SNV-XDCQ&CTTN``), co-issuers in joint documents (``TTLT-BTC-BNV``,
    ``BDVTW-BCSĐCP``).  ``term_numbered`` marks National Assembly bodies whose symbol
    carries the term (``QH15``); ``central`` bodies sign in Hà Nội.  An ``assembly`` (Quốc
    hội, a Hội đồng nhân dân) passes resolutions its chair signs in their own name.
    """

    regime: Regime
    name: str
    abbreviation: str
    mention: str
    head: str
    parent: str | None = None
    deputy: str | None = None
    collective: str | None = None
    kinds: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    central: bool = False
    term_numbered: bool = False
    assembly: bool = False


S, P, L = Regime.STATE, Regime.PARTY, Regime.LEGAL

ISSUERS = (
    # State administrative bodies (NĐ 30).
    Issuer(
        S,
        "ỦY BAN NHÂN DÂN TỈNH {p}",
        "UBND",
        "Ủy ban nhân dân tỉnh {p}",
        "CHỦ TỊCH",
        deputy="PHÓ CHỦ TỊCH",
        collective="ỦY BAN NHÂN DÂN",
        units=("VX", "NC", "KT", "TH", "KGVX"),
    ),
    Issuer(
        S,
        "SỞ TÀI CHÍNH",
        "STC",
        "Sở Tài chính tỉnh {p}",
        "GIÁM ĐỐC",
        parent="UBND TỈNH {p}",
        deputy="PHÓ GIÁM ĐỐC",
        units=("VP", "QLNS", "TCĐT", "QLG"),
    ),
    Issuer(
        S,
        "SỞ NỘI VỤ",
        "SNV",
        "Sở Nội vụ tỉnh {p}",
        "GIÁM ĐỐC",
        parent="UBND TỈNH {p}",
        deputy="PHÓ GIÁM ĐỐC",
        units=("XDCQ&CTTN", "TCBC", "VP", "CCHC"),
    ),
    Issuer(
        S,
        "SỞ Y TẾ",
        "SYT",
        "Sở Y tế tỉnh {p}",
        "GIÁM ĐỐC",
        parent="UBND TỈNH {p}",
        deputy="PHÓ GIÁM ĐỐC",
        units=("NVY", "VP", "KHTC"),
    ),
    Issuer(
        S,
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        "SGDĐT",
        "Sở Giáo dục và Đào tạo tỉnh {p}",
        "GIÁM ĐỐC",
        parent="UBND TỈNH {p}",
        deputy="PHÓ GIÁM ĐỐC",
        units=("GDTrH", "VP", "TCCB"),
    ),
    Issuer(
        S,
        "HỘI ĐỒNG NHÂN DÂN TỈNH {p}",
        "HĐND",
        "Hội đồng nhân dân tỉnh {p}",
        "CHỦ TỊCH",
        deputy="PHÓ CHỦ TỊCH",
        collective="THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN",
        units=("VP",),
        assembly=True,
    ),
    Issuer(
        S,
        "BỘ NỘI VỤ",
        "BNV",
        "Bộ Nội vụ",
        "BỘ TRƯỞNG",
        units=("CTTN", "TCBC", "VP", "CCHC"),
        central=True,
    ),
    Issuer(
        S,
        "BỘ TÀI CHÍNH",
        "BTC",
        "Bộ Tài chính",
        "BỘ TRƯỞNG",
        units=("NSNN", "HCSN", "VP"),
        central=True,
    ),
    Issuer(
        S,
        "VĂN PHÒNG CHÍNH PHỦ",
        "VPCP",
        "Văn phòng Chính phủ",
        "CHỦ NHIỆM",
        deputy="PHÓ CHỦ NHIỆM",
        units=("V.I", "KGVX", "QHĐP"),  # its departments: Vụ I prints with a dot (VPCP-V.I)
        central=True,
    ),
    Issuer(
        S,
        "THỦ TƯỚNG CHÍNH PHỦ",
        "TTg",
        "Thủ tướng Chính phủ",
        "THỦ TƯỚNG",
        deputy="PHÓ THỦ TƯỚNG",
        units=("KGVX", "NC", "KTTH"),
        central=True,
    ),
    Issuer(
        S,
        "CHÍNH PHỦ",
        "CP",
        "Chính phủ",
        "THỦ TƯỚNG",
        deputy="PHÓ THỦ TƯỚNG",
        collective="CHÍNH PHỦ",
        units=("KGVX", "NC"),
        central=True,
    ),
    # Party bodies (HD 36).
    Issuer(
        P,
        "TỈNH ỦY {p}",
        "TU",
        "Tỉnh ủy {p}",
        "BÍ THƯ",
        parent="ĐẢNG BỘ TỈNH {p}",
        deputy="PHÓ BÍ THƯ",
        collective="BAN THƯỜNG VỤ",
    ),
    Issuer(
        P,
        "BAN DÂN VẬN",
        "BDVTU",
        "Ban Dân vận Tỉnh ủy {p}",
        "TRƯỞNG BAN",
        parent="TỈNH ỦY {p}",
        deputy="PHÓ TRƯỞNG BAN",
    ),
    Issuer(
        P,
        "BAN TUYÊN GIÁO",
        "BTGTU",
        "Ban Tuyên giáo Tỉnh ủy {p}",
        "TRƯỞNG BAN",
        parent="TỈNH ỦY {p}",
        deputy="PHÓ TRƯỞNG BAN",
    ),
    Issuer(
        P,
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "TW",
        "Ban Chấp hành Trung ương Đảng",
        "TỔNG BÍ THƯ",
        parent="ĐẢNG CỘNG SẢN VIỆT NAM",
        collective="BỘ CHÍNH TRỊ",
        central=True,
    ),
    Issuer(
        P,
        "BAN DÂN VẬN TRUNG ƯƠNG",
        "BDVTW",
        "Ban Dân vận Trung ương",
        "TRƯỞNG BAN",
        parent="ĐẢNG CỘNG SẢN VIỆT NAM",
        deputy="PHÓ TRƯỞNG BAN",
        units=("BCSĐCP",),
        central=True,
    ),
    Issuer(
        P,
        "VĂN PHÒNG TRUNG ƯƠNG ĐẢNG",
        "VPTW",
        "Văn phòng Trung ương Đảng",
        "CHÁNH VĂN PHÒNG",
        parent="ĐẢNG CỘNG SẢN VIỆT NAM",
        deputy="PHÓ CHÁNH VĂN PHÒNG",
        central=True,
    ),
    # Issuers of legal normative documents (Luật Ban hành VBQPPL).
    Issuer(
        L,
        "QUỐC HỘI",
        "QH",
        "Quốc hội",
        "CHỦ TỊCH QUỐC HỘI",
        kinds=("hien-phap", "bo-luat", "luat"),
        central=True,
        term_numbered=True,
        assembly=True,
    ),
    Issuer(
        L,
        "ỦY BAN THƯỜNG VỤ QUỐC HỘI",
        "UBTVQH",
        "Ủy ban Thường vụ Quốc hội",
        "CHỦ TỊCH",
        collective="ỦY BAN THƯỜNG VỤ QUỐC HỘI",
        kinds=("phap-lenh", "nghi-quyet"),
        central=True,
        term_numbered=True,
    ),
    Issuer(
        L,
        "CHỦ TỊCH NƯỚC",
        "CTN",
        "Chủ tịch nước",
        "CHỦ TỊCH NƯỚC",
        kinds=("lenh",),
        central=True,
    ),
    Issuer(
        L,
        "CHÍNH PHỦ",
        "CP",
        "Chính phủ",
        "THỦ TƯỚNG",
        deputy="PHÓ THỦ TƯỚNG",
        collective="CHÍNH PHỦ",
        kinds=("nghi-dinh", "nghi-quyet", "nghi-quyet-lien-tich"),
        units=("UBTWMTTQVN",),
        central=True,
    ),
    Issuer(
        L,
        "THỦ TƯỚNG CHÍNH PHỦ",
        "TTg",
        "Thủ tướng Chính phủ",
        "THỦ TƯỚNG",
        deputy="PHÓ THỦ TƯỚNG",
        kinds=("quyet-dinh",),
        central=True,
    ),
    Issuer(
        L,
        "BỘ TÀI CHÍNH",
        "BTC",
        "Bộ Tài chính",
        "BỘ TRƯỞNG",
        kinds=("thong-tu", "thong-tu-lien-tich"),
        units=("BNV", "BLĐTBXH"),
        central=True,
    ),
    Issuer(
        L,
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
        "BTTTT",
        "Bộ Thông tin và Truyền thông",
        "BỘ TRƯỞNG",
        kinds=("thong-tu", "thong-tu-lien-tich"),
        units=("BNV",),
        central=True,
    ),
    Issuer(
        L,
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
        "BGDĐT",
        "Bộ Giáo dục và Đào tạo",
        "BỘ TRƯỞNG",
        kinds=("thong-tu", "thong-tu-lien-tich"),
        units=("BTC",),
        central=True,
    ),
    Issuer(
        L,
        "HỘI ĐỒNG NHÂN DÂN TỈNH {p}",
        "HĐND",
        "Hội đồng nhân dân tỉnh {p}",
        "CHỦ TỊCH",
        deputy="PHÓ CHỦ TỊCH",
        kinds=("nghi-quyet",),
        assembly=True,
    ),
    Issuer(
        L,
        "ỦY BAN NHÂN DÂN TỈNH {p}",
        "UBND",
        "Ủy ban nhân dân tỉnh {p}",
        "CHỦ TỊCH",
        deputy="PHÓ CHỦ TỊCH",
        collective="ỦY BAN NHÂN DÂN",
        kinds=("quyet-dinh",),
    ),
)
"""Issuing bodies of the three regimes."""

DRAFTING_UNITS = ("VP", "TH", "TCCB", "KHTC", "XDCQ&CTTN", "HCTH", "NV", "KT")
"""Abbreviations of drafting units named on archive lines after ``VT``."""

FAMILY_NAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
)
MIDDLE_NAMES = (
    "Văn",
    "Thị",
    "Hữu",
    "Đức",
    "Minh",
    "Ngọc",
    "Thanh",
    "Quốc",
    "Xuân",
    "Kim",
    "Thị Kim",
)
GIVEN_NAMES = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hà",
    "Hải",
    "Hùng",
    "Khánh",
    "Lan",
    "Linh",
    "Mai",
    "Nam",
    "Ngọc",
    "Phương",
    "Quang",
    "Sơn",
    "Thăng",
    "Thúy",
    "Trang",
    "Tuấn",
    "Việt",
    "Yến",
)

TASK_VERBS = (
    "Tăng cường",
    "Đẩy mạnh",
    "Tổ chức triển khai",
    "Tiếp tục thực hiện",
    "Nâng cao chất lượng",
    "Rà soát, hoàn thiện",
    "Kiểm tra, giám sát việc thực hiện",
    "Quán triệt và thực hiện nghiêm",
    "Xây dựng và thực hiện tốt",
    "Chỉ đạo thực hiện có hiệu quả",
    "Tổng kết, đánh giá",
    "Phổ biến, tuyên truyền",
)
"""Sentence openings of task texts (capitalised verb phrases)."""

TASK_OBJECTS = (
    "công tác dân vận của cơ quan hành chính nhà nước",
    "cải cách thủ tục hành chính",
    "công tác tiếp công dân, giải quyết khiếu nại, tố cáo",
    "văn hóa công sở",
    "chuyển đổi số trong hoạt động của cơ quan nhà nước",
    "kỷ luật, kỷ cương hành chính",
    "quy chế dân chủ ở cơ sở",
    "phong trào thi đua “Dân vận khéo”",
    "công tác phòng, chống tham nhũng, tiêu cực",
    "đạo đức công vụ của cán bộ, công chức, viên chức",
    "các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước",
    "mô hình “Chính quyền thân thiện, vì Nhân dân phục vụ”",
)
"""What task texts are about."""

QUALIFIERS = (
    "trên địa bàn tỉnh",
    "trong toàn ngành",
    "nhằm nâng cao hiệu lực, hiệu quả quản lý nhà nước",
    "gắn với nhiệm vụ chính trị của cơ quan, đơn vị",
    "bảo đảm thiết thực, hiệu quả",
    "tạo sự đồng thuận trong Nhân dân",
    "theo đúng quy định",
)
"""Optional endings of task sentences."""

BACKGROUND_OPENINGS = (
    "Trong những năm qua",
    "Thời gian qua",
    "Tuy nhiên",
    "Để tiếp tục thực hiện tốt nhiệm vụ trong thời gian tới",
)
"""Openings of background paragraphs (followed by a comma and a task-like clause)."""

CLOSING_PHRASES = (
    "tổ chức kiểm tra, giám sát việc thực hiện văn bản này",
    "tổng hợp, báo cáo kết quả thực hiện theo quy định",
    "theo dõi, đôn đốc việc triển khai thực hiện",
)
"""Closing assignments (``Giao ... chủ trì ...``) end with one of these."""

ACTORS = (
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Y tế",
    "Sở Thông tin và Truyền thông",
    "Ban Dân vận Tỉnh ủy",
    "Văn phòng",
    "Văn phòng Ủy ban nhân dân tỉnh",
    "Công an tỉnh",
    "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
    "Ủy ban nhân dân các huyện, thành phố",
    "các sở, ban, ngành",
    "các cơ quan, đơn vị liên quan",
)
"""Actors of assignments: who leads, cooperates, advises, receives reports."""

PROPOSERS = (
    "Giám đốc Sở Nội vụ",
    "Giám đốc Sở Tài chính",
    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    "Bộ trưởng Bộ Nội vụ",
    "Trưởng phòng Tổ chức cán bộ",
)
"""Who proposes a decision: ``Theo đề nghị của Giám đốc Sở Nội vụ.`` (NĐ 30 Phụ lục III,
mẫu 1.1 to 1.3)."""

IMPLEMENTERS = (
    "Chánh Văn phòng Ủy ban nhân dân tỉnh",
    "Giám đốc Sở Nội vụ",
    "Giám đốc Sở Tài chính",
    "Thủ trưởng các sở, ban, ngành tỉnh",
    "Chủ tịch Ủy ban nhân dân các huyện, thành phố",
    "Thủ trưởng các cơ quan, đơn vị liên quan",
)
"""Who a decision's last article charges with carrying it out (``... chịu trách nhiệm thi
hành Quyết định này``)."""

ADDRESSEES = (
    "Các sở, ban, ngành",
    "Công an tỉnh",
    "Bộ Chỉ huy quân sự tỉnh",
    "Ủy ban nhân dân huyện, thành phố",
    "Ủy ban nhân dân tỉnh {p}",
    "Sở Tài chính",
    "Ban Dân vận Tỉnh ủy",
    "Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
    "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
    "Chánh Văn phòng, Chánh Thanh tra và Trưởng các phòng chuyên môn thuộc Sở",
)
"""Addressees (Kính gửi)."""

RECIPIENTS = (
    "UBND tỉnh",
    "Thường trực Tỉnh ủy",
    "Ban Giám đốc",
    "Giám đốc, Phó GĐ Sở",
    "Văn phòng Trung ương Đảng",
    "Ban Dân vận Trung ương",
    "Bộ Nội vụ",
    "Các sở, ngành, MTTQ, các tổ chức chính trị - xã hội tỉnh",
    "Cổng thông tin điện tử tỉnh",
    "Các huyện ủy, thành ủy, đảng ủy trực thuộc",
)
"""Entries of distribution lists (Nơi nhận), besides ``Như trên``."""

PURPOSES = ("để báo cáo", "để b/c", "để thực hiện", "để biết", "để chỉ đạo", "để phối hợp")
"""Purposes of distribution entries, printed in parentheses."""

SUBJECTS = (
    "tăng cường công tác dân vận trong tình hình mới",
    "đẩy mạnh cải cách thủ tục hành chính",
    "tiếp tục đổi mới công tác dân vận chính quyền",
    "thực hiện Đề án văn hóa công vụ trên địa bàn tỉnh",
    "tổ chức phong trào thi đua Dân vận khéo giai đoạn 2021 - 2025",
    "nâng cao chất lượng tiếp công dân",
    "ban hành Quy chế làm việc",
    "tăng cường kỷ luật, kỷ cương hành chính",
    "xây dựng chính quyền điện tử năm 2024",
    "phòng, chống thiên tai và tìm kiếm cứu nạn",
    "quy định chi tiết thi hành Luật Tổ chức chính quyền địa phương",
)
"""Subjects (trích yếu), lower case, safe inside citations."""

LAW_TITLES = (
    "Tiếp cận thông tin",
    "Thực hiện dân chủ ở cơ sở",
    "Tổ chức chính quyền địa phương",
    "Cán bộ, công chức",
    "Ban hành văn bản quy phạm pháp luật",
    "Tiếp công dân",
    "Phòng, chống tham nhũng",
    "sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật Viên chức",
)
"""Names of laws and ordinances, as cited after the kind name (``Luật Tiếp cận thông tin``)."""

CODE_TITLES = ("Lao động", "Dân sự", "Hình sự")
ORDINANCE_TITLES = ("Ưu đãi người có công với cách mạng", "Chi phí tố tụng")

LEGAL_TITLES = {
    "hien-phap": ("Nước Cộng hòa xã hội chủ nghĩa Việt Nam",),
    "bo-luat": CODE_TITLES,
    "luat": LAW_TITLES,
    "phap-lenh": ORDINANCE_TITLES,
}
"""Subjects of legal instruments that are known by name rather than by number, by kind code."""

CITED_BY_NAME = (
    ("luat", LAW_TITLES, None),
    ("bo-luat", CODE_TITLES, "Quốc hội"),
    ("phap-lenh", ORDINANCE_TITLES, None),
    ("nghi-quyet", ("Đại hội đại biểu toàn quốc lần thứ XIII",), "Đảng"),
    ("hien-phap", ("năm 2013",), None),
)
"""Instruments cited by name: kind code, titles, the issuer named after them (or None)."""

PARTY_TERMS = ("khóa IX", "khóa X", "khóa XI", "khóa XII", "khóa XIII")
"""Party terms cited after a Party instrument: ``(khóa XI)``."""

RELATIVE_DEADLINES = (
    "trong 15 ngày kể từ ngày nhận được văn bản này",
    "trong thời hạn 30 ngày làm việc",
    "sau 10 ngày kể từ ngày kết thúc đợt kiểm tra",
    "trong vòng 2 tháng kể từ ngày ban hành",
)
"""Deadlines stated relative to an event, in the forms the deadline grammar reads."""

ATTACHMENT_NOTES = ("có đề cương đính kèm", "có phụ lục kèm theo", "có mẫu biểu kèm theo")

APPENDIX_TITLES = (
    "Đề cương báo cáo",
    "Danh mục nhiệm vụ",
    "Biểu tổng hợp kết quả thực hiện",
    "Mẫu báo cáo",
)

ROUTINGS = ("Phòng Tổng hợp", "Văn phòng", "Phòng Quản lý ngân sách", "Ban Giám đốc")
"""Routing lines of incoming stamps (Chuyển)."""

NEWS_SOURCES = (
    "Baothanhhoa.vn",
    "Báo Nhân Dân",
    "Cổng thông tin điện tử Chính phủ",
    "Báo Tuyên Quang điện tử",
)
"""Publications that report instruments (seed 004 is from Baothanhhoa.vn)."""

STREETS = ("Trần Hưng Đạo", "Lê Lợi", "Hùng Vương", "Nguyễn Huệ", "Lý Thường Kiệt")
"""Streets of contact addresses."""
