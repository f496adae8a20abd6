"""The seed instruments built by hand, field by field, from the documents in ``seeds/``.

They prove the model holds real documents and serve as golden inputs for every codec.
Each value was read from the seed text; where the text is silent the field stays empty.
"""

from __future__ import annotations

from vnadmin.model import (
    KINDS,
    ArchiveLine,
    Assignment,
    Body,
    Citation,
    DocumentNumber,
    Instrument,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    Recipient,
    Regime,
    Role,
    SignatureBlock,
    Task,
)

__all__ = ["SEEDS", "SEED_000"]

_CONG_VAN = KINDS.get("cong-van")

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
_NQ_XIII = Citation(
    kind=KINDS.get("nghi-quyet"),
    title="Đại hội đại biểu toàn quốc lần thứ XIII",
    issuer="Đảng",
)


def _party(number: str, kind: str, issuer: str) -> DocumentNumber:
    return DocumentNumber(
        number=number,
        kind_abbreviation=kind,
        issuer_abbreviation=issuer,
        style=NumberStyle.PARTY,
    )


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

_000_ADDRESSEE = (
    "Chánh Văn phòng, Chánh Thanh tra và Trưởng các phòng chuyên môn thuộc Sở Tài chính,"
    " tỉnh Sóc Trăng"
)

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
    addressees=[Organization(name=_000_ADDRESSEE)],
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
                assignments=[Assignment(role=Role.EXECUTE, actor=_000_ADDRESSEE)],
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
                assignments=[Assignment(role=Role.EXECUTE, actor=_000_ADDRESSEE)],
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
                assignments=[Assignment(role=Role.EXECUTE, actor=_000_ADDRESSEE)],
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
                assignments=[Assignment(role=Role.EXECUTE, actor=_000_ADDRESSEE)],
                citations=[_NQ_76],
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
                assignments=[Assignment(role=Role.EXECUTE, actor=_000_ADDRESSEE)],
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
                    Assignment(
                        role=Role.EXECUTE,
                        actor=(
                            "Chánh Văn phòng, Chánh Thanh tra và Trưởng các phòng chuyên môn"
                            " thuộc Sở"
                        ),
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

SEEDS: dict[str, Instrument] = {"000": SEED_000}
"""The seed instruments by seed number."""
