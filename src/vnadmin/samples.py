"""The seed documents: their texts as shipped (:func:`seed_text`) and their instruments built
by hand, field by field, from those texts (:data:`SEEDS`).

They prove the model holds real documents and serve as golden inputs for every codec.
Each value was read from the seed text; where the text is silent the field stays empty.

Conventions, the same in every seed:

- Text is kept as printed, NFC, with markdown remnants (``**``, ``*``, ``|``) removed and
  lines broken by a page break or a wrapped title joined with one space.
- Subjects keep their lead word as printed (``V/v``, ``về``).  Issuer names are as printed:
  upper case in issuer lines and titles, as in the body where the text has no issuer lines.
- A task with no actor of its own is assigned (EXECUTE) to those the lead-in names:
  the addressees of a công văn, the units a chỉ thị's lead-in paragraph lists.  Actors
  named in a task are kept as printed, lower-case article included.
- Closing items (``Giao ... chủ trì``, ``Căn cứ nội dung Công văn này, đề nghị ...``) are
  unlabelled tasks in ``Body.closing``.
- Citations are per paragraph or task, in order of appearance.  An instrument cited by
  number is a citation wherever it appears, even inside another citation's subject
  (``Chỉ thị số 05-CT/TW`` in the subject of ``Kết luận số 01-KL/TW``).  An instrument
  cited by name (a capitalised kind word, ``Luật Tiếp cận thông tin``, ``Chương trình
  tổng thể ...``) is one outside another citation's subject; its name after the kind word
  is the ``title``, and when it is named only by ``của <issuer> về <subject>`` that subject
  is the title.  Generic mentions (``các nghị quyết của Ban Chấp hành Trung ương``,
  lower-case ``quy chế dân chủ ở cơ sở``) and the instrument itself (``Chỉ thị này``) are
  not citations.  Quotation marks around a cited subject are dropped.
"""

from __future__ import annotations

from importlib import resources

from vnadmin.model import (
    KINDS,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Citation,
    DateDeadline,
    DeadlineBound,
    DocumentNumber,
    Frequency,
    IncomingStamp,
    Instrument,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    Recipient,
    Regime,
    Reporting,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
)

__all__ = ["SEEDS", "SEED_000", "SEED_001", "SEED_003", "SEED_004", "seed_names", "seed_text"]


def seed_names() -> tuple[str, ...]:
    """The shipped seed files (``000_36d1e64d9df33b96.txt`` ...), in order."""
    folder = resources.files("vnadmin") / "seeds"
    return tuple(sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt")))


def seed_text(code: str) -> str:
    """The text of the seed whose name starts with ``code`` (``"000"``), as shipped."""
    for name in seed_names():
        if name.startswith(code):
            return (resources.files("vnadmin") / "seeds" / name).read_text(encoding="utf-8")
    raise KeyError(f"no seed document {code!r}; shipped: {', '.join(seed_names())}")


_CONG_VAN = KINDS.get("cong-van")


def _party(number: str, kind: str, issuer: str, *extra: str) -> DocumentNumber:
    return DocumentNumber(
        number=number,
        kind_abbreviation=kind,
        issuer_abbreviation=issuer,
        extra_parts=extra,
        style=NumberStyle.PARTY,
    )


def _execute(*actors: str) -> tuple[Assignment, ...]:
    return tuple(Assignment(role=Role.EXECUTE, actor=actor) for actor in actors)


def _by_name(kind: str, title: str, *, issuer: str | None = None) -> Citation:
    """A citation by name: ``Luật Tiếp cận thông tin`` is ``luat`` + ``Tiếp cận thông tin``."""
    return Citation(kind=KINDS.get(kind), title=title, issuer=issuer)


# Seed 000 ------------------------------------------------------------------------------

_CV_6511 = Citation(
    kind=_CONG_VAN,
    number=DocumentNumber(number="6511", issuer_abbreviation="VP", extra_parts=("VX",)),
    date=PartialDate(day=9, month=12, year=2021),
    issuer="Văn phòng Ủy ban nhân dân tỉnh",
    subject=(
        "tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước,"
        " chính quyền các cấp trong tình hình mới"
    ),
)
_CT_33 = Citation(
    kind=KINDS.get("chi-thi"),
    number=DocumentNumber(number="33", kind_abbreviation="CT", issuer_abbreviation="TTg"),
    date=PartialDate(day=26, month=11, year=2021),
    issuer="Thủ tướng Chính phủ",
    subject=(
        "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước,"
        " chính quyền các cấp trong tình hình mới"
    ),
)
_NQ_XIII = _by_name("nghi-quyet", "Đại hội đại biểu toàn quốc lần thứ XIII", issuer="Đảng")
_QD_23 = Citation(
    kind=KINDS.get("quyet-dinh"),
    number=_party("23", "QĐ", "TW"),
    date=PartialDate(day=30, month=7, year=2021),
    issuer="Bộ Chính trị",
    subject="Quy chế công tác dân vận của hệ thống chính trị",
)
_KL_114 = Citation(
    kind=KINDS.get("ket-luan"),
    number=_party("114", "KL", "TW"),
    date=PartialDate(day=14, month=7, year=2015),
    issuer="Ban Bí thư Trung ương Đảng",
    subject="nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
)
_QC_08 = Citation(
    kind=KINDS.get("quy-che"),
    number=_party("08", "QC", "TU"),
    date=PartialDate(day=29, month=9, year=2021),
    issuer="Tỉnh ủy Sóc Trăng",
    subject="công tác dân vận của hệ thống chính trị tỉnh Sóc Trăng",
)
_KL_01 = Citation(
    kind=KINDS.get("ket-luan"),
    number=_party("01", "KL", "TW"),
    date=PartialDate(day=18, month=5, year=2021),
    issuer="Bộ Chính trị",
    subject=(
        "tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh"
        " học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"
    ),
)
_CT_05 = Citation(
    kind=KINDS.get("chi-thi"),
    number=_party("05", "CT", "TW"),
    date=PartialDate(day=15, month=5, year=2016),
    issuer="Bộ Chính trị",
    subject="đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
)
_NQ_76 = Citation(
    kind=KINDS.get("nghi-quyet"),
    number=DocumentNumber(number="76", kind_abbreviation="NQ", issuer_abbreviation="CP"),
    date=PartialDate(day=15, month=7, year=2021),
    issuer="Chính phủ",
)
_CTR_CCHC_DASH = _by_name(
    "chuong-trinh", "tổng thể cải cách hành chính nhà nước giai đoạn 2021 – 2030"
)

# One Kính gửi line naming three addressees; the qualifier printed after the last one
# ("thuộc Sở Tài chính, tỉnh Sóc Trăng") stays with it, as a list parser reads it.
_000_ADDRESSEES = (
    "Chánh Văn phòng",
    "Chánh Thanh tra",
    "Trưởng các phòng chuyên môn thuộc Sở Tài chính, tỉnh Sóc Trăng",
)
_000_EXECUTE = _execute(*_000_ADDRESSEES)

SEED_000 = Instrument(
    regime=Regime.STATE,
    kind=_CONG_VAN,
    issuer=Organization(
        name="SỞ TÀI CHÍNH",
        abbreviation="STC",
        parent=Organization(name="UBND TỈNH SÓC TRĂNG"),
    ),
    number=DocumentNumber(number=None, issuer_abbreviation="STC", extra_parts=("VP",)),
    place="Sóc Trăng",
    date=PartialDate(month=1, year=2022),
    subject=(
        "V/v tăng cường, đổi mới công tác dân vận của cơ quan hành chính nhà nước,"
        " chính quyền các cấp trong tình hình mới"
    ),
    addressees=[Organization(name=name) for name in _000_ADDRESSEES],
    body=Body(
        preamble=[
            Paragraph(
                text=(
                    "Thực hiện ý kiến chỉ đạo của đồng chí Huỳnh Thị Diễm Ngọc, Phó Chủ tịch Ủy ban"
                    " nhân dân tỉnh Sóc Trăng tại Công văn số 6511/VP-VX ngày 09/12/2021 của Văn"
                    " phòng Ủy ban nhân dân tỉnh về việc tăng cường, đổi mới công tác dân vận của"
                    " cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới;"
                ),
                citations=[_CV_6511],
            ),
            Paragraph(
                text=(
                    "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp"
                    " tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước,"
                    " chính quyền các cấp trong tình hình mới."
                ),
                citations=[_CT_33],
            ),
        ],
        background=[
            Paragraph(
                text=(
                    "Để tiếp tục thực hiện tốt công tác dân vận của cơ quan hành chính nhà nước,"
                    " chính quyền các cấp trong thời gian tới, tạo sự chuyển biến mạnh mẽ từ nhận"
                    " thức đến hành động, kịp thời thể chế hóa chủ trương của Đảng về công tác dân"
                    " vận theo Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng; các"
                    " nghị quyết của Ban Chấp hành Trung ương Đảng về công tác dân vận. Giám đốc"
                    " yêu cầu Chánh Văn phòng, Chánh Thanh tra và Trưởng các phòng chuyên môn thuộc"
                    " Sở triển khai thực hiện tốt một số nội dung sau:"
                ),
                citations=[_NQ_XIII],
            ),
        ],
        tasks=[
            Task(
                label="1.",
                text=(
                    "Triển khai thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về"
                    " Quy chế công tác dân vận của hệ thống chính trị; Kết luận số 114-KL/TW ngày"
                    " 14/7/2015 của Ban Bí thư Trung ương Đảng về nâng cao hiệu quả công tác dân"
                    " vận của cơ quan nhà nước các cấp và Quy chế số 08-QC/TU ngày 29/9/2021 của"
                    " Tỉnh ủy Sóc Trăng về công tác dân vận của hệ thống chính trị tỉnh Sóc"
                    " Trăng..."
                ),
                assignments=_000_EXECUTE,
                citations=[_QD_23, _KL_114, _QC_08],
            ),
            Task(
                label="2.",
                text=(
                    "Quán triệt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà"
                    " nước về công tác dân vận trong tình hình mới gắn với nhiệm vụ phục hồi và phát"
                    " triển kinh tế - xã hội đất nước sau đại dịch COVID-19; xác định công tác dân"
                    " vận là nhiệm vụ của cả hệ thống chính trị, trong đó xây dựng nền hành chính"
                    " nhà nước phục vụ Nhân dân, dân chủ, pháp quyền, chuyên nghiệp, hiện đại, trong"
                    " sạch, vững mạnh, công khai, minh bạch; phải gắn việc xây dựng chương trình, kế"
                    " hoạch tổ chức thực hiện công tác dân vận cơ quan, đơn vị mình với việc triển"
                    " khai nhiệm vụ chính trị; phải thực sự hiệu lực, hiệu quả, đóng góp thiết thực"
                    " vào công cuộc xây dựng, phát triển đất nước và hội nhập quốc tế."
                ),
                assignments=_000_EXECUTE,
            ),
            Task(
                label="3.",
                text=(
                    "Đẩy mạnh công tác tuyên truyền, giáo dục nhằm nâng cao nhận thức về ý nghĩa,"
                    " tầm quan trọng của công tác dân vận; về vị trí, vai trò, trách nhiệm của cơ"
                    " quan hành chính nhà nước, chính quyền các cấp và cán bộ, công chức trong thực"
                    " hiện công tác dân vận, bảo đảm công tác dân vận luôn gắn gũi với Nhân dân."
                    " Tiếp tục thực hiện tốt phong trào thi đua ”Dân vận khéo” trên các lĩnh vực"
                    " kinh tế, văn hóa, xã hội, an ninh, quốc phòng gắn với việc thực hiện Kết luận"
                    " số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số"
                    " 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư"
                    " tưởng, đạo đức, phong cách Hồ Chí Minh."
                ),
                assignments=_000_EXECUTE,
                citations=[_KL_01, _CT_05],
            ),
            Task(
                label="4.",
                text=(
                    "Triển khai có hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai"
                    " đoạn 2021 – 2030 theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ;"
                    " đổi mới căn bản hoạt động quản lý, điều hành của cơ quan hành chính nhà nước"
                    " và chính quyền các cấp theo hướng hiệu lực, hiệu quả, công khai, minh bạch,"
                    " dân chủ, thân thiện và gần dân; cụ thể hóa, thực hiện tốt phương châm “Dân"
                    " biết, dân bàn, dân làm. Dân kiểm tra, dân giám sát, dân thụ hưởng”. Thực hiện"
                    " cải cách thủ tục hành chính quyết liệt, thực chất, hiệu quả; đẩy mạnh phân"
                    " cấp phân quyền, nhất là trong giải quyết thủ tục hành chính; rà soát và sắp"
                    " xếp tinh gọn bộ máy; ưu tiên nguồn lực, thực hiện hiệu quả chuyển đổi số."
                ),
                assignments=_000_EXECUTE,
                citations=[_CTR_CCHC_DASH, _NQ_76],
            ),
            Task(
                label="5.",
                text=(
                    "Thực hiện nghiêm túc quy định về đạo đức công vụ, phát huy vai trò gương mẫu"
                    " của cán bộ, đảng viên, nhất là người đứng đầu cơ quan, đơn vị. Xây dựng và"
                    " thực hiện tốt văn hóa công sở, ý thức trách nhiệm, tinh thần phục vụ Nhân"
                    " dân; đổi mới và thực hiện phong cách làm việc “Trọng dân, gần dân, hiểu dân,"
                    " học dân và có trách nhiệm với dân”, “Nghe dân nói”, “Nói dân hiểu”, “Hướng dẫn"
                    " dân làm”, “Làm dân tin”, khắc phục bệnh thành tích, hành chính, quan liêu xa"
                    " dân. Thực hiện nghiêm túc trách nhiệm tiếp công dân, công khai đối thoại tiếp"
                    " dân tại cơ sở; tập trung giải quyết đơn thư khiếu nại, tố cáo, kiến nghị,"
                    " phản ánh của công dân; giải quyết kịp thời những bức xúc, nguyện vọng chính"
                    " đáng của người dân."
                ),
                assignments=_000_EXECUTE,
            ),
        ],
        closing=[
            Task(
                text=(
                    "Căn cứ nội dung Công văn này, đề nghị Chánh Văn phòng, Chánh Thanh tra và"
                    " Trưởng các phòng chuyên môn thuộc Sở chủ động triển khai đến công chức trực"
                    " thuộc biết và thực hiện. Giao Văn phòng tổng hợp và tham mưu báo cáo kết quả"
                    " thực hiện theo quy định./."
                ),
                assignments=[
                    *_execute(
                        "Chánh Văn phòng",
                        "Chánh Thanh tra",
                        "Trưởng các phòng chuyên môn thuộc Sở",
                    ),
                    Assignment(role=Role.ADVISE, actor="Văn phòng"),
                ],
            ),
        ],
    ),
    signatures=[SignatureBlock(title="GIÁM ĐỐC", name="Dương Thị Kim Thúy")],
    distribution=[Recipient(name="Như trên"), Recipient(name="Ban Giám đốc")],
    archive=ArchiveLine(units=["VP"]),
)
"""Seed 000: công văn of Sở Tài chính Sóc Trăng, blank number and day (a draft)."""

# Seed 001 ------------------------------------------------------------------------------

_001_ADDRESSEES = (
    "Các sở, ban, ngành",
    "Công an tỉnh",
    "Bộ Chỉ huy quân sự tỉnh",
    "Ủy ban nhân dân huyện, thành phố",
)
_001_EXECUTE = _execute(*_001_ADDRESSEES)

_VB_2748 = Citation(
    number=DocumentNumber(number="2748", issuer_abbreviation="BNV", extra_parts=("CTTN",)),
    date=PartialDate(day=17, month=5, year=2024),
    issuer="Bộ Nội vụ",
)
_VB_2206 = Citation(  # "Văn bản số ...": the kind is not named, so it stays None
    number=DocumentNumber(number="2206", issuer_abbreviation="UBND", extra_parts=("NC",)),
    date=PartialDate(day=23, month=5, year=2024),
    issuer="Ủy ban nhân dân tỉnh",
    subject="thực hiện Văn bản số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ",
)
_CT_33_001 = Citation(  # seed 001 names Chính phủ as the issuer of 33/CT-TTg
    kind=KINDS.get("chi-thi"),
    number=DocumentNumber(number="33", kind_abbreviation="CT", issuer_abbreviation="TTg"),
    date=PartialDate(day=26, month=11, year=2021),
    issuer="Chính phủ",
    subject=(
        "tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước,"
        " chính quyền các cấp trong tình hình mới"
    ),
)
_CTR_03 = Citation(  # "Chương trình phối hợp", a joint programme of two Party bodies
    kind=KINDS.get("chuong-trinh"),
    title="phối hợp",
    number=_party("03", "CTr", "BDVTW", "BCSĐCP"),
    date=PartialDate(day=15, month=12, year=2021),
    issuer="Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ",
    subject="công tác dân vận giai đoạn 2021 - 2026",
)
_KL_01_001 = Citation(
    kind=KINDS.get("ket-luan"),
    number=_party("01", "KL", "TW"),
    date=PartialDate(day=18, month=5, year=2021),
    issuer="Bộ Chính trị",
    subject=(
        "tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ chính trị “về đẩy mạnh"
        " học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”"
    ),
)
_CT_05_001 = Citation(
    kind=KINDS.get("chi-thi"),
    number=_party("05", "CT", "TW"),
    date=PartialDate(day=15, month=5, year=2016),
    issuer="Bộ chính trị",
    subject="đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
)
_CTR_CCHC = _by_name("chuong-trinh", "tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030")
_DA_CQDT = _by_name(
    "de-an",
    "đẩy mạnh cải cách hành chính xây dựng Chính quyền điện tử, hướng tới chính quyền số"
    " tỉnh Tuyên Quang giai đoạn 2021-2025, định hướng đến năm 2030",
)
_NQ_UBTVQH = Citation(
    kind=KINDS.get("nghi-quyet"),
    issuer="Ủy ban Thường vụ Quốc hội",
    subject="sắp xếp đơn vị hành chính cấp xã tỉnh Tuyên Quang giai đoạn 2023-2025",
)
_LUAT_DCCS = _by_name("luat", "Thực hiện dân chủ cơ sở")
_LUAT_TCTT_001 = _by_name("luat", "tiếp cận thông tin")
_KH_138 = Citation(
    kind=KINDS.get("ke-hoach"),
    number=DocumentNumber(number="138", kind_abbreviation="KH", issuer_abbreviation="UBND"),
    date=PartialDate(day=31, month=12, year=2019),
    subject="thực hiện Đề án văn hóa công vụ trên địa bàn tỉnh Tuyên Quang",
)
_QD_27 = Citation(
    kind=KINDS.get("quyet-dinh"),
    number=DocumentNumber(
        number="27",
        year=2008,
        kind_abbreviation="QĐ",
        issuer_abbreviation="UBND",
        style=NumberStyle.LEGAL,
    ),
    date=PartialDate(day=24, month=12, year=2008),
    issuer="UBND tỉnh",
    subject=(
        "ban hành Quy chế Văn hoá công sở tại các cơ quan hành chính Nhà nước trên địa bàn"
        " tỉnh Tuyên Quang"
    ),
)
_KH_98 = Citation(
    kind=KINDS.get("ke-hoach"),
    number=DocumentNumber(number="98", kind_abbreviation="KH", issuer_abbreviation="UBND"),
    date=PartialDate(day=8, month=8, year=2019),
    issuer="Ủy ban nhân dân tỉnh",
    subject=(
        "tổ chức thực hiện Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện"
        " văn hóa công sở” giai đoạn 2019- 2025"
    ),
)
_QD_217 = Citation(
    kind=KINDS.get("quyet-dinh"),
    number=_party("217", "QĐ", "TW"),
    issuer="Bộ Chính trị",
    term="khóa XI",
    subject=(
        "Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể"
        " chính trị - xã hội"
    ),
)
_QD_218 = Citation(
    kind=KINDS.get("quyet-dinh"),
    number=_party("218", "QĐ", "TW"),
    issuer="Bộ Chính trị",
    term="khóa XI",
    subject=(
        "Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân"
        " tham gia góp ý xây dựng Đảng, xây dựng chính quyền"
    ),
)

SEED_001 = Instrument(
    regime=Regime.STATE,
    kind=_CONG_VAN,
    # The text has no issuer lines: the symbol (SNV-...) and the preamble ("Sở Nội vụ đề
    # nghị ...") name the issuer.  Its parent line (cơ quan chủ quản) is not printed and
    # nothing in the text names it, so ``parent`` stays empty: that the issuer block is
    # missing is a defect for the checker to report, not a gap to fill from knowledge.
    issuer=Organization(name="Sở Nội vụ", abbreviation="SNV"),
    number=DocumentNumber(number=None, issuer_abbreviation="SNV", extra_parts=("XDCQ&CTTN",)),
    place="Tuyên Quang",
    date=PartialDate(month=6, year=2024),
    subject=(
        "V/v tăng cường triển khai thực hiện công tác dân vận của cơ quan hành chính nhà nước"
        " và chính quyền các cấp"
    ),
    addressees=[Organization(name=name) for name in _001_ADDRESSEES],
    body=Body(
        preamble=[
            Paragraph(
                text=(
                    "Thực hiện Văn bản số 2206/UBND-NC ngày 23/5/2024 của Ủy ban nhân dân tỉnh về"
                    " việc thực hiện Văn bản số 2748/BNV-CTTN ngày 17/5/2024 của Bộ Nội vụ, Sở Nội"
                    " vụ đề nghị các cơ quan, đơn vị, UBND huyện, thành phố triển khai thực hiện"
                    " một số nội dung công tác sau:"
                ),
                citations=[_VB_2206, _VB_2748],
            ),
        ],
        tasks=[
            Task(
                label="1.",
                text="Thường xuyên quán triệt, triển khai đến toàn thể cán bộ, công chức, viên chức và người lao động Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới; Chương trình phối hợp số 03-CTr/BDVTW-BCSĐCP ngày 15/12/2021 giữa Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ về công tác dân vận giai đoạn 2021 - 2026; xác định công tác dân vận là một trong những nhiệm vụ trọng tâm của cơ quan, đơn vị, địa phương, gắn việc thực hiện công tác dân vận với việc triển khai nhiệm vụ chính trị của từng cơ quan, đơn vị, địa phương; bảo đảm công tác dân vận trong các cơ quan hành chính nhà nước, chính quyền các cấp phải thực sự hiệu lực, hiệu quả, đóng góp thiết thực vào nhiệm vụ phát triển kinh tế - xã hội của tỉnh, xây dựng chính quyền trong sạch vững mạnh.",
                assignments=_001_EXECUTE,
                citations=[_CT_33_001, _CTR_03],
            ),
            Task(
                label="2.",
                text="Các cơ quan, đơn vị, địa phương cần tăng cường công tác dân vận trong vùng đồng bào dân tộc thiểu số, miền núi và đồng bào tôn giáo. Phát huy vai trò của người có uy tín trong đồng bào dân tộc thiểu số và lực lượng cốt cán trong tôn giáo đối với công tác dân vận. Đồng thời không ngừng nâng cao nhận thức, tinh thần trách nhiệm của đội ngũ cán bộ, công chức, viên chức trong thực hiện công tác dân vận, nhất là người đứng đầu cơ quan, đơn vị, địa phương, tạo sự chuyển biến mạnh mẽ từ nhận thức đến hành động nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp.",
                assignments=_execute("Các cơ quan, đơn vị, địa phương"),
            ),
            Task(
                label="3.",
                text="Tiếp tục thực hiện tốt phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng gắn với việc thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ chính trị “về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” để vận động, khuyến khích các tầng lớp nhân dân phát huy mọi tiềm năng, trí tuệ cống hiến cho cộng đồng và đất nước. Phát hiện bồi dưỡng, xây dựng những nhân tố mới, điển hình mới trong phong trào thi đua “Dân vận khéo”, đồng thời củng cố, xây dựng, nhân rộng các mô hình, điển hình “Dân vận khéo” và tạo được sự lan tỏa trên khắp các lĩnh vực của đời sống xã hội, nhằm vận động công chức, viên chức và người lao động thực hiện tốt nhiệm vụ được giao.",
                assignments=_001_EXECUTE,
                citations=[_KL_01_001, _CT_05_001],
            ),
            Task(
                label="4.",
                text="Tổ chức triển khai thực hiện có hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030, Đề án đẩy mạnh cải cách hành chính xây dựng Chính quyền điện tử, hướng tới chính quyền số tỉnh Tuyên Quang giai đoạn 2021-2025, định hướng đến năm 2030; thúc đẩy chuyển đổi số toàn diện. Nâng cao hiệu lực, hiệu quả quản lý nhà nước; tăng cường phân cấp, ủy quyền gắn với trách nhiệm người đứng đầu. Tiếp tục rà soát, sắp xếp tinh gọn tổ chức bộ máy, thực hiện có hiệu quả Nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã tỉnh Tuyên Quang giai đoạn 2023-2025.",
                assignments=_001_EXECUTE,
                citations=[_CTR_CCHC, _DA_CQDT, _NQ_UBTVQH],
            ),
            Task(
                label="5.",
                text="Tổ chức thực hiện tốt Luật Thực hiện dân chủ cơ sở, Luật tiếp cận thông tin, nhằm bảo đảm quyền tiếp cận thông tin của công dân; thực hiện nghiêm túc trách nhiệm tiếp công dân, công khai đối thoại tiếp dân tại cơ sở, nơi xảy ra vụ việc. Tập trung giải quyết đơn, thư khiếu nại, tố cáo, kiến nghị, phản ánh của công dân, nhất là những vụ việc phức tạp, tồn đọng, kéo dài, dư luận quan tâm; giải quyết kịp thời những bức xúc, nguyện vọng chính đáng của người dân. Mở rộng và phát huy quyền làm chủ của Nhân dân, tăng cường sự tham gia của người dân đối với các hoạt động tại cộng đồng, nhất là hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư của cộng đồng.",
                assignments=_001_EXECUTE,
                citations=[_LUAT_DCCS, _LUAT_TCTT_001],
            ),
            Task(
                label="6.",
                text="Xây dựng và thực hiện tốt văn hóa công sở, nâng cao đạo đức công vụ theo quy định tại Kế hoạch số 138/KH-UBND ngày 31/12/2019 về thực hiện Đề án văn hóa công vụ trên địa bàn tỉnh Tuyên Quang; Quyết định số 27/2008/QĐ-UBND ngày 24/12/2008 của UBND tỉnh ban hành Quy chế Văn hoá công sở tại các cơ quan hành chính Nhà nước trên địa bàn tỉnh Tuyên Quang; Kế hoạch số 98/KH-UBND ngày 08/08/2019 của Ủy ban nhân dân tỉnh về việc tổ chức thực hiện Phong trào thi đua “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở” giai đoạn 2019- 2025. Phát huy vai trò gương mẫu của người đứng đầu và cán bộ, công chức, viên chức xây dựng và thực hiện tốt văn hóa công sở, ý thức trách nhiệm, tinh thần phục vụ Nhân dân; đổi mới và thực hiện phong cách làm việc “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”, “Nghe dân nói”, “nói dân hiểu”, “hướng dẫn dân làm”, “làm dân tin”, khắc phục bệnh thành tích, hành chính, quan liêu xa dân.",
                assignments=_001_EXECUTE,
                citations=[_KH_138, _QD_27, _KH_98],
            ),
            Task(
                label="7.",
                text="Chủ động phối hợp, tạo điều kiện để Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội thực hiện tốt chức năng bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên, hội viên và Nhân dân, nhất là những vấn đề liên quan trực tiếp đến quyền, lợi ích của Nhân dân gắn với việc thực hiện Quyết định số 217-QĐ/TW của Bộ Chính trị (khóa XI) về “Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội” và Quyết định số 218-QĐ/TW của Bộ Chính trị (khóa XI) “Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền”.",
                assignments=_001_EXECUTE,
                citations=[_QD_217, _QD_218],
            ),
            Task(
                label="8.",
                text="Định kỳ hằng năm các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố tổ chức đánh giá, tổng kết việc thực hiện công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp báo cáo kết quả thực hiện gửi Sở Nội vụ (trước ngày 05/12) để tổng hợp báo cáo Bộ Nội vụ theo quy định (có đề cương đính kèm).",
                assignments=[
                    *_execute("các sở, ban, ngành", "Ủy ban nhân dân các huyện, thành phố"),
                    Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ"),
                ],
                deadline=DateDeadline(
                    bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)
                ),
                recurrence=Frequency.YEARLY,
                attachment_notes=["có đề cương đính kèm"],
            ),
        ],
        closing=[
            Task(
                text="Trong quá trình triển khai thực hiện nếu phát sinh vấn đề vướng mắc, phức tạp đề nghị các cơ quan, đơn vị; UBND các huyện, thành phố kịp thời trao đổi với Sở Nội vụ để được hướng dẫn giải quyết./.",
                assignments=_execute("các cơ quan, đơn vị", "UBND các huyện, thành phố"),
            ),
        ],
    ),
    signatures=[
        SignatureBlock(
            authorities=[Authority(mark=SigningMark.KT, applies_to="GIÁM ĐỐC")],
            title="PHÓ GIÁM ĐỐC",
            name="Vũ Ngọc Khánh",
        )
    ],
    distribution=[
        Recipient(name="Như trên"),
        Recipient(name="UBND tỉnh"),
        Recipient(name="Giám đốc, Phó GD Sở"),
    ],
    archive=ArchiveLine(units=["VT", "XDCQ&CTTN"]),
)
"""Seed 001: công văn of Sở Nội vụ Tuyên Quang with no issuer lines, blank number and day."""

# Seed 003 ------------------------------------------------------------------------------

# The lead-in names who carries out the tasks; a chỉ thị has no Kính gửi line.
_003_EXECUTE = _execute(
    "các cấp ủy đảng",
    "chính quyền",
    "Mặt trận Tổ quốc",
    "các tổ chức chính trị - xã hội",
    "thủ trưởng các sở, ban, ngành trong tỉnh",
)
_QC_TIEP_XUC = _by_name(
    "quy-che",
    "tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân",
)

SEED_003 = Instrument(
    regime=Regime.PARTY,
    kind=KINDS.get("chi-thi"),
    # As received: the issuer block, number, place and date of the original are not in
    # the text; the issuer is named by the title line "CỦA BAN THƯỜNG VỤ TỈNH ỦY".
    issuer=Organization(name="BAN THƯỜNG VỤ TỈNH ỦY"),
    subject=(
        "về tiếp tục đổi mới, tăng cường công tác dân vận của cơ quan nhà nước và chính quyền"
        " các cấp trong tình hình mới"
    ),
    body=Body(
        background=[
            Paragraph(
                text="Trong những năm qua, các cấp ủy, chính quyền đã tổ chức quán triệt, triển khai thực hiện có hiệu quả các văn bản, chủ trương của Trung ương, của tỉnh có liên quan đến công tác dân vận chính quyền. Công tác phối hợp giữa cấp ủy, chính quyền với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong tuyên truyền, vận động nhân dân tham gia thực hiện các nhiệm vụ phát triển kinh tế - xã hội ngày càng đi vào thực chất, đem lại hiệu quả rõ nét; đã huy động được sức mạnh tổng hợp của người dân ngay từ cơ sở để thực hiện thắng lợi các nhiệm vụ chính trị quan trọng của tỉnh như: hoàn thành các chỉ tiêu phát triển kinh tế - xã hội; hoàn thành mục tiêu xây dựng nông thôn mới; nâng cấp đô thị; xử lý, giải quyết đơn thư, khiếu nại tố cáo của nhân dân... Việc thực hiện quy chế dân chủ ở cơ sở; Quy chế tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân được tổ chức thực hiện khá nghiêm túc, hiệu quả.",
                citations=[_QC_TIEP_XUC],
            ),
            Paragraph(
                text="Tuy nhiên, việc thực hiện công tác dân vận của cơ quan nhà nước các cấp trong tỉnh còn những mặt hạn chế như: Nhận thức của một số cán bộ, công chức, viên chức về công tác dân vận có lúc chưa đầy đủ; việc tổ chức thực hiện công tác dân vận ở một số cơ quan nhà nước và chính quyền các cấp chưa được nghiêm túc, chất lượng chưa cao, hiệu quả chưa rõ nét. Công tác cải cách hành chính, nhất là cải cách thủ tục hành chính còn chuyển biến chậm. Chỉ số cải cách hành chính và chỉ số năng lực cạnh tranh cấp tỉnh tuy đã được cải thiện nhưng vẫn còn ở mức khá. Việc tổ chức thực hiện Quy chế tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền các cấp với nhân dân có nơi còn hình thức; việc giải quyết đơn thư, khiếu nại tố cáo ở cơ sở và một số địa phương cấp huyện còn tình trạng đùn đẩy, né tránh và để kéo dài; việc phối hợp giữa chính quyền với Mặt trận Tổ quốc và các tổ chức chính trị - xã hội trong thực hiện một số nhiệm vụ chưa chặt chẽ, chưa cụ thể, hiệu quả chưa cao. Vai trò gương mẫu của người đứng đầu và cán bộ, công chức ở một số cơ quan quản lý nhà nước, chính quyền các cấp chưa được đề cao; việc thực hiện kỷ cương, kỷ luật và đạo đức công vụ của một bộ phận cán bộ, công chức chưa được tốt, còn những thiếu, tiêu cực làm ảnh hưởng tới hình ảnh người cán bộ, công chức, đảng viên.",
                citations=[_QC_TIEP_XUC],
            ),
            Paragraph(
                text="Để tiếp tục đổi mới, tăng cường công tác dân vận của cơ quan nhà nước và chính quyền các cấp trong tình hình mới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền, Mặt trận Tổ quốc, các tổ chức chính trị - xã hội, thủ trưởng các sở, ban, ngành trong tỉnh triển khai thực hiện tốt một số nội dung sau:",
            ),
        ],
        tasks=[
            Task(
                label="1.",
                text="Xác định rõ công tác dân vận của cơ quan nhà nước và chính quyền các cấp là nhiệm vụ quan trọng, thường xuyên và lâu dài của cả hệ thống chính trị, gắn công tác dân vận với nhiệm vụ chuyên môn của từng cơ quan, đơn vị, địa phương cơ sở để thực hiện tốt các nội dung của công tác dân vận theo tinh thần nghị quyết đại hội đảng các cấp.",
                assignments=_003_EXECUTE,
            ),
            Task(
                label="2.",
                text="Tiếp tục quán triệt và thực hiện tốt các chủ trương, đường lối, các văn bản lãnh đạo, chỉ đạo của Đảng, Nhà nước, của Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác dân vận của cơ quan nhà nước và chính quyền các cấp cho đội ngũ cán bộ, công chức, viên chức và nhân dân, tạo sự đồng thuận trong thực hiện tốt các nhiệm vụ chính trị ở từng cơ quan, đơn vị, địa phương và cơ sở.",
                assignments=_003_EXECUTE,
            ),
            Task(
                label="3.",
                text="Tổ chức triển khai, thực hiện tốt Quy chế công tác dân vận của hệ thống chính trị và tiếp tục đổi mới công tác dân vận của cơ quan nhà nước và chính quyền các cấp một cách mạnh mẽ theo hướng tạo niềm tin cho người dân và doanh nghiệp để phát huy sức mạnh tổng hợp của toàn xã hội, của từng doanh nghiệp và mỗi người dân nhằm thực hiện mục tiêu khát vọng phát triển của tỉnh thành tỉnh công nghiệp hiện đại, sớm trở thành thành phố trực thuộc Trung ương.",
                assignments=_003_EXECUTE,
                citations=[_by_name("quy-che", "công tác dân vận của hệ thống chính trị")],
            ),
            Task(
                label="4.",
                text="Tăng cường cải cách hành chính, trọng tâm là cải cách thủ tục hành chính, ứng dụng chuyển đổi số vào công tác dân vận của cơ quan nhà nước và chính quyền các cấp nhằm nâng cao chất lượng hoạt động; cải thiện mạnh mẽ môi trường đầu tư kinh doanh và nâng cao năng lực cạnh tranh cấp tỉnh. Nghiêm túc tiếp thu ý kiến phê bình, góp ý của nhân dân về công tác quản lý, điều hành, thái độ, phong cách phục vụ của cán bộ, công chức, viên chức trong giải quyết các thủ tục hành chính, hướng đến từng bước nâng cao chỉ số hài lòng của người dân, tổ chức và doanh nghiệp đối với sự phục vụ của cơ quan nhà nước các cấp.",
                assignments=_003_EXECUTE,
            ),
            Task(
                label="5.",
                text="Tăng cường công tác tiếp dân; tổ chức tiếp xúc, đối thoại của người đứng đầu cấp ủy đảng, chính quyền với nhân dân. Tập trung rà soát, chỉ đạo giải quyết kịp thời, đúng pháp luật đối với các ý kiến, kiến nghị, phản ánh, khiếu nại, tố cáo của tổ chức, công dân gắn với công tác tuyên truyền, vận động, thuyết phục, tập trung vào những lĩnh vực có tính nhạy cảm, có nhiều phản ánh, kiến nghị, không để phát sinh các vụ việc phức tạp, nổi cộm, khiếu kiện đông người.",
                assignments=_003_EXECUTE,
            ),
            Task(
                label="6.",
                text="Thực hiện nghiêm Quy chế dân chủ ở cơ sở theo phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng” trong triển khai các dự án đầu tư, công tác bồi thường, giải phóng mặt bằng các dự án phát triển kinh tế - xã hội trên địa bàn tỉnh. Thực hiện nghiêm túc việc lấy ý kiến cộng đồng, phản biện khoa học, phản biện xã hội, giám sát của Mặt trận Tổ quốc, các tổ chức chính trị - xã hội và nhân dân đối với các chương trình, dự án liên quan trực tiếp đến quyền và lợi ích hợp pháp, chính đáng của nhân dân để tạo sự đồng thuận của người dân trong thực hiện các chương trình, dự án phát triển kinh tế - xã hội.",
                assignments=_003_EXECUTE,
                citations=[_by_name("quy-che", "dân chủ ở cơ sở")],
            ),
            Task(
                label="7.",
                text="Nâng cao vai trò, trách nhiệm gương mẫu của người đứng đầu cấp ủy đảng, chính quyền, các cơ quan quản lý nhà nước các cấp trong công tác dân vận của cơ quan nhà nước và chính quyền các cấp. Chú trọng công tác bồi dưỡng nâng cao đạo đức công vụ, trách nhiệm kỷ cương, kỷ luật, ý thức phục vụ nhân dân, xây dựng hình ảnh mẫu mực của cán bộ, công chức nhà nước của tỉnh Hải Dương trong thời kỳ mới.",
                assignments=_003_EXECUTE,
            ),
            Task(
                label="8.",
                text="Tăng cường công tác kiểm tra, giám sát việc quán triệt, triển khai thực hiện các văn bản lãnh đạo, chỉ đạo của Đảng, Nhà nước, của Tỉnh ủy, Ủy ban nhân dân tỉnh về công tác dân vận của cơ quan nhà nước và chính quyền các cấp. Định kỳ sơ kết, tổng kết để đánh giá, rút kinh nghiệm và có biện pháp chỉ đạo hiệu quả.",
                assignments=_003_EXECUTE,
            ),
            Task(
                label="9.",
                text="Các cơ quan truyền thông tăng cường công tác tuyên truyền, nâng cao chất lượng các chuyên trang, chuyên đề, các tin, bài, trao đổi kinh nghiệm để xây dựng và nhân rộng mô hình, điển hình về “Dân vận khéo” trong các lĩnh vực.",
                assignments=_execute("Các cơ quan truyền thông"),
            ),
            Task(
                label="10.",
                text="Hằng năm, các cơ quan nhà nước và chính quyền các cấp, đơn vị sự nghiệp công lập xây dựng chương trình, kế hoạch về công tác dân vận; đánh giá, phân loại công tác dân vận của cơ quan nhà nước và chính quyền các cấp theo Quy định của Ủy ban nhân dân tỉnh về “Tiêu chí, thang điểm và phương pháp đánh giá công tác dân vận của các cơ quan hành chính nhà nước, chính quyền các cấp tỉnh Hải Dương”, đây là một trong những tiêu chí để xét thi đua, khen thưởng cuối năm đối với các cơ quan, đơn vị, địa phương.",
                assignments=_execute(
                    "các cơ quan nhà nước và chính quyền các cấp", "đơn vị sự nghiệp công lập"
                ),
                recurrence=Frequency.YEARLY,
                citations=[
                    Citation(
                        kind=KINDS.get("quy-dinh"),
                        issuer="Ủy ban nhân dân tỉnh",
                        subject=(
                            "Tiêu chí, thang điểm và phương pháp đánh giá công tác dân vận của các"
                            " cơ quan hành chính nhà nước, chính quyền các cấp tỉnh Hải Dương"
                        ),
                    )
                ],
            ),
        ],
        closing=[
            Task(
                text="Giao Ban Dân vận Tỉnh ủy chủ trì phối hợp với các cơ quan liên quan tham mưu Ban Thường vụ Tỉnh ủy tổ chức kiểm tra, giám sát và sơ kết, tổng kết việc thực hiện Chỉ thị này.",
                assignments=[
                    Assignment(role=Role.LEAD, actor="Ban Dân vận Tỉnh ủy"),
                    Assignment(role=Role.COOPERATE, actor="các cơ quan liên quan"),
                ],
            ),
            Task(text="Chỉ thị này phổ biến đến Chi bộ."),
        ],
    ),
    signatures=[SignatureBlock(name="Phạm Xuân Thăng")],
    distribution=[
        Recipient(name="Văn phòng Trung ương Đảng", purpose="để báo cáo"),
        Recipient(name="Ban Dân vận Trung ương"),
        Recipient(name="Ban Thường vụ Tỉnh ủy"),
        Recipient(name="Các ban, BCS đảng, đảng đoàn"),
        Recipient(name="Các sở, ngành, MTTQ, các tổ chức chính trị - xã hội tỉnh"),
        Recipient(name="Các huyện ủy, thành ủy, thị ủy, đảng ủy trực thuộc TU"),
    ],
    archive=ArchiveLine(units=["Văn phòng Tỉnh ủy"]),
    incoming=IncomingStamp(
        receiver="SỞ TÀI CHÍNH HẢI DƯƠNG",
        number=4689,
        date=PartialDate(day=21, month=5, year=2022),
        routing="21/5/2022",
    ),
)
"""Seed 003: Party chỉ thị of the Ban Thường vụ Tỉnh ủy, as received by Sở Tài chính Hải Dương."""

# Seed 004 ------------------------------------------------------------------------------

_004_ADDRESSEES = (
    "các sở, ban, ngành, đoàn thể cấp tỉnh",
    "UBND các huyện, thị xã, thành phố trong tỉnh",
)
_004_EXECUTE = _execute(*_004_ADDRESSEES)

SEED_004 = Instrument(
    regime=Regime.STATE,
    # The article calls it only "văn bản chỉ đạo": a công văn in all likelihood, but the
    # text does not say so, and an unknown kind is None (as "Văn bản số ..." citations).
    kind=None,
    issuer=Organization(name="UBND tỉnh Thanh Hóa"),
    addressees=[Organization(name=name) for name in _004_ADDRESSEES],
    # Only what the article reports the directive as requiring; its lead paragraph (the
    # purpose, told twice), the photo caption and the page furniture are the reporter's.
    body=Body(
        tasks=[
            Task(
                text="Theo đó, UBND tỉnh yêu cầu các sở ban, ngành, đoàn thể cấp tỉnh, UBND các huyện, thị xã, thành phố tổ chức quán triệt trong cán bộ, đảng viên và Nhân dân về đường lối, chủ trương, nghị quyết, chỉ thị của Đảng về công tác dân vận trong tình hình mới gắn với nhiệm vụ phát triển kinh tế - xã hội; xác định rõ công tác dân vận chính quyền là một trong những nhiệm vụ trọng tâm trong công tác dân vận của hệ thống chính trị; gắn việc xây dựng chương trình, kế hoạch tổ chức thực hiện công tác dân vận tại cơ quan đơn vị với việc triển khai nhiệm vụ chính trị; công tác dân vận trong các cơ quan hành chính nhà nước, chính quyền các cấp phải thực sự hiệu lực, hiệu quả, đóng góp thiết thực vào công cuộc xây dựng, phát triển đất nước và hội nhập quốc tế.",
                assignments=_execute(
                    "các sở ban, ngành, đoàn thể cấp tỉnh", "UBND các huyện, thị xã, thành phố"
                ),
            ),
            Task(
                text="Tăng cường các hoạt động tuyên truyền, giáo dục nhằm nâng cao nhận thức về ý nghĩa, tầm quan trọng của công tác dân vận; về vị trí, vai trò, trách nhiệm của cơ quan hành chính nhà nước, chính quyền các cấp và cán bộ, công chức, viên chức trong thực hiện công tác dân vận, bảo đảm công tác dân vận luôn gần gũi với Nhân dân. Cần đặc biệt quan tâm tuyên truyền, vận động người dân ở vùng sâu, vùng xa, vùng đặc biệt khó khăn, vùng đồng bào dân tộc thiểu số, vùng tôn giáo; chú trọng đổi mới nội dung và hình thức tuyên truyền, vận động Nhân dân sao cho dễ hiểu, dễ nhớ, dễ thực hiện.",
                assignments=_004_EXECUTE,
            ),
            Task(
                text="Đẩy mạnh phong trào thi đua “Dân vận khéo” trong cải cách hành chính, cải thiện môi trường đầu tư kinh doanh. Tổ chức triển khai có hiệu quả Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 theo Nghị quyết số 76/NQ-CP ngày 15-7-2021 của Chính phủ; đổi mới căn bản hoạt động quản lý, điều hành của cơ quan hành chính nhà nước và chính quyền các cấp theo hướng hiệu lực, hiệu quả, công khai, minh bạch, dân chủ, thân thiện và gần dân; thực hiện cải cách thủ tục hành chính quyết liệt, thực chất, hiệu quả; đẩy mạnh phân cấp phân quyền, nhất là trong giải quyết thủ tục hành chính; hoàn thành việc rà soát và sắp xếp tinh gọn bộ máy; ưu tiên nguồn lực, thực hiện hiệu quả chuyển đổi số.",
                assignments=_004_EXECUTE,
                citations=[_CTR_CCHC, _NQ_76],
            ),
            Task(
                text="Tập trung hoàn thiện thể chế của nền hành chính nhà nước theo hướng phát huy dân chủ, công khai, minh bạch, bảo đảm sự tham gia giám sát và quyền làm chủ của Nhân dân; cụ thể hóa, thực hiện tốt phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”. Nâng cao hiệu quả công tác tiếp công dân, giải quyết đơn thư, khiếu nại của người dân và doanh nghiệp. Tổ chức thực hiện tốt Luật Tiếp cận thông tin, Luật Tiếp công dân nhằm bảo đảm quyền tiếp cận thông tin của công dân. Tập trung giải quyết đơn thư khiếu nại, tố cáo, kiến nghị, phản ánh của người dân và doanh nghiệp; giải quyết dứt điểm nhất là những vụ việc phức tạp, tồn đọng, kéo dài, dư luận quan tâm.",
                assignments=_004_EXECUTE,
                citations=[
                    _by_name("luat", "Tiếp cận thông tin"),
                    _by_name("luat", "Tiếp công dân"),
                ],
            ),
            Task(
                text="Thường xuyên tiếp xúc, đối thoại trực tiếp với Nhân dân, kịp thời giải quyết những bức xúc, nguyện vọng chính đáng của người dân. Tuyên truyền, vận động toàn dân đoàn kết xây dựng đời sống văn hóa ở cơ sở; phát huy văn hóa truyền thống tốt đẹp của dân tộc, xóa bỏ những tập tục lạc hậu, xây dựng cộng đồng dân cư đoàn kết, đồng thuận, tương trợ giúp đỡ lẫn nhau cùng phát triển, tiến bộ; giữ vững an ninh chính trị, trật tự an toàn xã hội, bảo vệ môi trường; đẩy mạnh các phong trào văn hóa, văn nghệ, thể dục thể thao…",
                assignments=_004_EXECUTE,
            ),
            Task(
                text="Thực hiện tốt việc lấy ý kiến của Nhân dân tham gia xây dựng và thực hiện các chủ trương, chính sách phát triển kinh tế - xã hội ở địa phương. Các cấp ủy Đảng, chính quyền xây dựng chủ trương, chính sách đúng đắn, hợp lòng dân; nắm bắt tâm tư, nguyện vọng, tình hình Nhân dân để có biện pháp giải quyết kịp thời những vấn đề bức thiết, chính đáng của Nhân dân, đảm bảo hài hòa các lợi ích của nhà nước, tập thể và Nhân dân, tạo sự đồng thuận cao trong Nhân dân, phát huy sức mạnh đại đoàn kết toàn dân tộc tham gia các phong trào thi đua yêu nước, góp phần thực hiện thắng lợi các nhiệm vụ phát triển kinh tế - xã hội, an ninh - quốc phòng, xây dựng Đảng, hệ thống chính trị vững mạnh.",
                assignments=_004_EXECUTE,
            ),
            Task(
                text="Tăng cường kỷ luật, kỷ cương hành chính, nâng cao ý thức trách nhiệm của cán bộ, công chức, viên chức. Hoàn thiện và thực hiện nghiêm túc quy định về đạo đức công vụ, phát huy vai trò gương mẫu của cán bộ, đảng viên, người đứng đầu, cán bộ, công chức, viên chức, lực lượng vũ trang. Xây dựng và thực hiện tốt văn hóa công sở, ý thức trách nhiệm, tinh thần phục vụ Nhân dân; đổi mới và thực hiện phong cách làm việc “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”, “Nghe dân nói”, “nói dân hiểu”, “hướng dẫn dân làm”, “làm dân tin”, khắc phục bệnh thành tích, hành chính, quan liêu xa dân.",
                assignments=_004_EXECUTE,
            ),
            Task(
                text="Tăng cường công tác kiểm tra, thanh tra công vụ, xử lý nghiêm những cán bộ, công chức, viên chức có hành vi cửa quyền, gây phiền hà cho Nhân dân, xâm phạm quyền và lợi ích chính đáng của Nhân dân.",
                assignments=_004_EXECUTE,
            ),
            Task(
                text="Phối hợp với Ban Dân vận cấp ủy cùng cấp tiếp tục xây dựng, nhân rộng, phát huy hiệu quả mô hình “Chính quyền thân thiện, vì Nhân dân phục vụ” ở xã, phường, thị trấn trên địa bàn tỉnh. Chủ động phối hợp, tạo điều kiện để MTTQ Việt Nam và các tổ chức chính trị - xã hội tham gia giám sát, phản biện xã hội; tăng cường đổi mới nội dung, phương thức hoạt động, vận động đoàn viên, hội viên tham gia cùng với các cấp, các ngành và Nhân dân trong quá trình triển khai thực hiện phong trào thi đua.",
                assignments=[
                    *_004_EXECUTE,
                    Assignment(role=Role.COOPERATE, actor="Ban Dân vận cấp ủy cùng cấp"),
                ],
            ),
        ],
    ),
    reported=Reporting(
        source="Baothanhhoa.vn",
        title="Triển khai thực hiện chủ đề “Năm đẩy mạnh phong trào thi đua Dân vận khéo”",
    ),
)
"""Seed 004: a Báo Thanh Hóa article reporting a directive of UBND tỉnh Thanh Hóa."""

SEEDS: dict[str, Instrument] = {
    "000": SEED_000,
    "001": SEED_001,
    "003": SEED_003,
    "004": SEED_004,
}
"""The seed instruments by seed number."""
