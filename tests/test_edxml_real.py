"""vnadmin.edxml on real packages: the SDK reference packages of VPCP/VNPT, Bkav's samples,
packages that crossed the production axis in 2019 and 2025, a gateway's test packages.

They are read from ``<repository root>/../shared/edxml-real`` (sources in its SOURCES.md),
never copied here.  Every expected value below was typed from the package's XML, read by
hand; each test names the package and the fields it checks.
"""

from __future__ import annotations

import datetime
import io
import zipfile
from base64 import b64decode
from pathlib import Path

import pytest
from lxml import etree

from vnadmin import edxml
from vnadmin.edxml import (
    BusinessDocType,
    Organ,
    ResponseFor,
    SteeringType,
    TraceHeader,
    UpdateReceiver,
)
from vnadmin.errors import XMLDecodeError
from vnadmin.model import (
    KINDS,
    Appendix,
    Authority,
    DocumentNumber,
    DrafterMark,
    Organization,
    PartialDate,
    Recipient,
    SignatureBlock,
    SigningMark,
    Urgency,
)

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "edxml-real"
pytestmark = pytest.mark.skipif(
    not REAL.is_dir(), reason=f"the real edXML packages are not at {REAL} (../shared/edxml-real)"
)

SDK = "vpcp__JDK_1.8_SDKVXP_Example_"
AXIS_2019 = f"{SDK}xml_2019_5_852e179c-8eca-4502-ac38-0b97321f29c3.edxml__460754a"
PETROLIMEX = "vpcp__knobstick.edxml__9a7bb06"
CNNL = "vpcp__knobstick_1_.edxml__cdc3ce5"
MALFORMED = {
    # undeclared xlink: prefix on the manifest Reference, as shipped
    f"{SDK}resources_edoc.edxml__64dfd9c": 116,
    f"{SDK}resources_edoc.edxml.bak__72ffed6": 116,
    # stray text 1212 before the XML declaration
    f"{SDK}resources_edoc_new.edxml__5e8c041": 1,
}
HEADER = "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader"


def real(name: str) -> Path:
    return REAL / name


def packages() -> list[str]:
    if not REAL.is_dir():
        return []
    return sorted(p.name for p in REAL.iterdir() if p.name != "SOURCES.md")


def unread(package: edxml.EdxmlPackage) -> dict[str, str | None]:
    """Unread values by path below MessageHeader (or the whole path elsewhere)."""
    return {u.path.removeprefix(f"{HEADER}/"): u.text for u in package.unread}


def zipped_member(name: str, content_id: str) -> bytes:
    """The one member of an attachment's zip, unzipped with the standard library alone."""
    root = etree.parse(str(real(name))).getroot()
    for attachment in root.iter("{*}Attachment"):
        kids = {etree.QName(c).localname: c.text or "" for c in attachment}
        if kids.get("ContentId") == content_id:
            archive = zipfile.ZipFile(
                io.BytesIO(b64decode("".join(kids["ContentTransferEncoded"].split())))
            )
            (member,) = archive.infolist()
            return archive.read(member)
    raise AssertionError(content_id)


# --------------------------------------------------------------------------- all of them


@pytest.mark.parametrize("name", packages())
def test_every_well_formed_package_is_read(name: str) -> None:
    if name in MALFORMED:
        with pytest.raises(XMLDecodeError) as raised:
            edxml.loads(real(name))
        (problem,) = raised.value.problems
        assert problem.line == MALFORMED[name]
        assert "not well-formed XML" in problem.message
    elif "status" in name:
        assert edxml.loads_status(real(name)).sender.organ_id is not None
    else:
        package = edxml.loads(real(name))
        assert package.sender.organ_id is not None  # every one names its sender
        assert all(u.line for u in package.unread)  # every note says where


def test_thirty_two_of_thirty_five_are_well_formed() -> None:
    if not packages():
        pytest.skip("no packages")
    assert len(packages()) == 35
    assert len([n for n in packages() if n not in MALFORMED]) == 32


# --------------------------------------------------------------------------- production axis


def test_the_2019_production_package() -> None:
    """xml/2019/5/852e179c: sender, number, date, kind, subject, signer, attachments,
    traces, ResponseFor, OtherInfo."""
    package = edxml.loads(real(AXIS_2019))
    x = package.instrument
    # sender: OrganizationInCharge repeats OrganName, so no parent body
    assert package.sender.organ_id == "000.00.15.H51"
    assert package.sender.in_charge == "Văn phòng Chính phủ"
    assert x.issuer == Organization(name="Văn phòng Chính phủ", organ_id="000.00.15.H51")
    assert x.number == DocumentNumber(
        number="1223412", issuer_abbreviation="PRO", extra_parts=("TEST", "CASE1")
    )
    assert (x.place, x.date) == ("Hà Nội", PartialDate(day=17, month=1, year=2019))
    assert x.kind == KINDS.get("thong-tu")  # TypeName Thông tư (Type 1 says nothing of it)
    assert x.subject == "Văn bản liên thông chỉ đạo - 190701"
    assert package.content == "test gửi liên thông vpcp"
    # signer: Competence "Quyền 1" is no signing mark; Position and FullName read
    assert x.signatures == (SignatureBlock(title="Bộ trưởng", name="Trương Minh Tuấn"),)
    assert unread(package)["SignerInfo/Competence"] == "Quyền 1"
    assert "signatures[0].authorities" in package.lost
    assert package.due_date == datetime.date(2018, 6, 25)
    assert x.urgency is None  # Priority 0
    assert package.sphere_of_promulgation == "Lưu hành nội bộ"
    assert x.drafter == DrafterMark(initials="TVC", copies=10)
    assert (package.page_amount, package.direction) == (2, False)
    assert x.appendices == (Appendix(label="Phụ lục"),)
    assert package.response_for == ()  # <edXML:ResponseFor /> names no document
    assert unread(package)["ResponseFor"] == ""
    assert package.steering_type is SteeringType.NOT_A_DIRECTIVE
    assert x.distribution == (Recipient(name="Các bộ"),)
    assert package.traces == (
        TraceHeader(organ_id="01.02.G22", timestamp=datetime.datetime(2018, 6, 20, 16, 35, 56)),
        TraceHeader(organ_id="001.00.20.TT2", timestamp=datetime.datetime(2019, 5, 17, 18, 16, 33)),
    )
    # the PDF travels zipped as application/zip (manifest: application/pdf): unwrapped
    (attachment,) = package.attachments
    assert attachment.name == "GUIDE_INSTALL OPENVPN.SIGNED.PDF"
    assert attachment.content_id == "36b8a92e-f054-11e7-842b-005056b672fc"
    assert attachment.content_type == "application/pdf"
    assert attachment.payload == zipped_member(
        AXIS_2019, "cid:36b8a92e-f054-11e7-842b-005056b672fc"
    )
    assert len(attachment.payload) == 17
    assert package.signature is not None


def test_the_petrolimex_package_of_2025() -> None:
    """knobstick.edxml, Petrolimex công văn 2440/PLX-HĐQT: sender, receivers, number, date,
    kind, subject, signer, attachments (the zipped Word file), traces, business."""
    package = edxml.loads(real(PETROLIMEX))
    x = package.instrument
    assert package.sender == Organ(
        organ_id="020100107370",
        in_charge="Tập đoàn Xăng dầu Việt Nam",
        name="Tập đoàn Xăng dầu Việt Nam",
        address="Tập đoàn Xăng dầu Việt Nam",
        email="petrolimex@chinhphu.vn",
    )
    assert x.issuer == Organization(name="Tập đoàn Xăng dầu Việt Nam", organ_id="020100107370")
    assert x.addressees == (
        Organization(name="Bộ Tài chính", organ_id="G12"),
        Organization(
            name="Bộ tài chính (Mã cũ) (qd20)",
            organ_id="000.00.00.G12",
            parent=Organization(name="TLTVBQG_CDMDD_QD20"),
        ),
    )
    assert package.document_id == "020100107370,2025/10/13,2440/PLX-HĐQT"
    assert x.number == DocumentNumber(
        number="2440", issuer_abbreviation="PLX", extra_parts=("HĐQT",)
    )
    assert (x.place, x.date) == ("Hà Nội", PartialDate(day=13, month=10, year=2025))
    assert x.kind == KINDS.get("cong-van")  # TypeName Công văn; Type 71 is noted
    assert unread(package)["DocumentType/Type"] == "71"
    assert package.type_detail == "0"
    assert x.subject == "Vv xin phép cử cán bộ đi công tác nước ngoài"
    assert x.signatures == (SignatureBlock(title="Chủ tịch HĐQT", name="Phạm Văn Thanh"),)
    assert x.drafter == DrafterMark(initials="TVC")  # PromulgationAmount 0: no count
    pdf, doc = package.attachments
    assert pdf.name == "1- CV gửi BTC vv TGĐ đi công tác châu Âu (28.11-9.12)_Approved.pdf"
    assert (pdf.content_type, pdf.payload[:5]) == ("application/pdf", b"%PDF-")
    # the Word file travels as application/zip: it comes back as the Word file
    assert doc.name == "1- CV gửi BTC vv TGĐ đi công tác châu Âu (28.11-9.12).doc"
    assert doc.content_type == "application/msword"
    assert doc.payload[:8] == bytes.fromhex("d0cf11e0a1b11ae1")  # an OLE2 compound file
    assert doc.payload == zipped_member(PETROLIMEX, "cid:cbc23df4-48c1-4b34-8b1a-2a58e6aa2b41")
    assert package.traces == (
        TraceHeader(organ_id="020100107370", timestamp=datetime.datetime(2025, 10, 13, 10, 25, 18)),
        TraceHeader(timestamp=datetime.datetime(2025, 10, 13, 10, 27, 35)),
        TraceHeader(organ_id="02.29.W00", timestamp=datetime.datetime(2025, 10, 13, 10, 40, 4)),
    )
    assert package.business is not None
    assert package.business.doc_type is BusinessDocType.NEW
    assert package.business.reason == "Văn bản điện tử mới"
    assert package.business.paper == "0"
    assert [(s.staff, s.email) for s in package.business.staff] == [
        ("Nguyễn Bích Loan", "loannb@Petrolimex.com.vn")
    ]


def test_a_type_name_that_names_no_kind() -> None:
    """knobstick (1).edxml, 9087/CNNL-PCĐT: TypeName "Văn bản điện tử mới" (the business
    reason, put in TypeName) names no kind, and Type 2 does not make one up."""
    package = edxml.loads(real(CNNL))
    x = package.instrument
    assert x.kind is None
    assert "kind" in package.lost
    assert unread(package)["DocumentType/TypeName"] == "Văn bản điện tử mới"
    assert x.number == DocumentNumber(
        number="9087", issuer_abbreviation="CNNL", extra_parts=("PCĐT",)
    )
    assert x.subject == (
        "V/v góp ý dự thảo DA Luật sửa đổi, bổ sung một số điều của Luật sở hữu trí tuệ"
    )
    assert x.signatures == (SignatureBlock(name="Đỗ Chí Thanh"),)
    assert [a.name for a in package.attachments] == ["VBDi_2025_09087.pdf"]
    assert len(package.attachments[0].payload) == 1048768


# --------------------------------------------------------------------------- SDK reference


def test_revocation_names_the_document_it_answers() -> None:
    """resources/edoc_revocation.edxml: business REVOKE, ResponseFor, receivers, signer."""
    package = edxml.loads(real(f"{SDK}resources_edoc_revocation.edxml__02d626c"))
    assert package.business is not None
    assert package.business.doc_type is BusinessDocType.REVOKE
    assert package.response_for == (
        ResponseFor(
            organ_id="000.00.00.H14",
            code="267/VPCP-TTĐT",
            promulgation_date=datetime.date(2018, 9, 28),
            document_id="000.00.04.G14,2012/08/06,267/VPCP-TTĐT",
        ),
    )
    assert [r.organ_id for r in package.receivers] == [
        "000.00.00.H41",
        "000.00.00.H14",
        "000.00.00.G17",
    ]
    assert package.instrument.signatures == (
        SignatureBlock(
            authorities=(Authority(mark=SigningMark.TL, applies_to="BO TRUONG"),),
            title="Cuc truong cuc ung dung cong nghe thong tin",
            name="Nguyen Thanh Phuc",
        ),
    )
    assert package.instrument.subject == "V/v kết nối, liên thông phần mềm quản lý văn bản"
    (attachment,) = package.attachments  # a .doc zipped as application/zip, unwrapped
    assert attachment.name == "1896_QD-TTg_m_294779.doc"
    assert attachment.content_type == "application/msword"


def test_update_and_replacement_business() -> None:
    """resources/edoc_update.edxml and edoc_replacement.edxml: the business blocks."""
    update = edxml.loads(real(f"{SDK}resources_edoc_update.edxml__822646b")).business
    assert update is not None
    assert update.doc_type is BusinessDocType.UPDATE
    assert [r for info in update.document_info for r in info.receivers] == [
        UpdateReceiver(organ_id="000.00.00.H41", receiver_type="0"),
        UpdateReceiver(organ_id="000.00.00.H14", receiver_type="1"),
    ]
    replacement = edxml.loads(real(f"{SDK}resources_edoc_replacement.edxml__5cf95e7")).business
    assert replacement is not None
    assert replacement.doc_type is BusinessDocType.REPLACE
    assert [i for r in replacement.replacements for i in r.organ_ids] == [
        "000.00.00.H41",
        "000.00.00.H14",
        "000.00.00.H41",
        "000.00.00.H14",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "bkav__edoc-service_src_main_resources_edoc_new.edxml__d58b89f",
        f"{SDK}resources_edoc_new.edxml.bak__b531b5e",
    ],
)
def test_a_code_number_that_is_no_number(name: str) -> None:
    """Bkav's and the SDK's edoc_new: CodeNumber 74fass22, CodeNotation VPCP-TTĐT."""
    package = edxml.loads(real(name))
    assert package.instrument.number == DocumentNumber(
        issuer_abbreviation="VPCP", extra_parts=("TTĐT",)
    )
    assert unread(package)["Code/CodeNumber"] == "74fass22"
    assert "number.number" in package.lost
    written = edxml.dumps_package(package)  # travels on as it came
    assert b"<edXML:CodeNumber>74fass22</edXML:CodeNumber>" in written


def test_bkav_dates_and_empty_appendix() -> None:
    """Bkav's edoc_new (273a442): PromulgationDate 30/10/2020, an empty Appendix, the
    parent body Tỉnh Tây Ninh of Sở Tính, two ToPlaces."""
    package = edxml.loads(real("bkav__edoc-service_src_main_resources_edoc_new.edxml__273a442"))
    x = package.instrument
    assert x.date == PartialDate(day=30, month=10, year=2020)
    assert x.appendices == ()
    assert unread(package)["OtherInfo/Appendixes/Appendix"] == ""
    assert x.issuer == Organization(
        name="Sở Tính", organ_id="000.00.11.H53", parent=Organization(name="Tỉnh Tây Ninh")
    )
    assert x.number == DocumentNumber(
        number="2491", issuer_abbreviation="STC", extra_parts=("BCTC",)
    )
    assert x.distribution == (
        Recipient(name="Cac bo va co quan ngang bo"),
        Recipient(name="Uy ban nhan dan cac tinh, TP"),
    )


# --------------------------------------------------------------------------- the gateway's


def test_a_gateway_package_of_2025() -> None:
    """xml/2025/10/9e272474: Type 2 with TypeName Báo cáo, TypeDetail 1, Priority 1, two
    appendices, SteeringType 2, Direction true, a TraceHeader OrganId null."""
    package = edxml.loads(
        real(f"{SDK}xml_2025_10_9e272474-0603-48a2-b525-9cd1af689612.edxml__3244d12")
    )
    x = package.instrument
    assert x.kind == KINDS.get("bao-cao")
    assert x.number == DocumentNumber(
        number="202545", issuer_abbreviation="VPCP", extra_parts=("TTĐT",)
    )
    assert (x.place, x.date) == ("Thành phố Đà Nẵng", PartialDate(day=20, month=10, year=2025))
    assert x.urgency is Urgency.URGENT
    assert x.appendices == (Appendix(label="Phụ lục 1"), Appendix(label="Phụ lục 2"))
    assert x.signatures == (SignatureBlock(title="Chủ tịch UBND", name="Nguyễn Văn A"),)
    assert (package.type_detail, package.steering_type, package.direction) == (
        "1",
        SteeringType.DIRECTIVE,
        True,
    )
    assert package.traces == (
        TraceHeader(timestamp=datetime.datetime(2025, 10, 23, 15, 46, 18)),  # OrganId null
        TraceHeader(timestamp=datetime.datetime(2025, 10, 23, 15, 46, 19)),
    )
    assert (
        unread(package)["/edXML/edXMLEnvelope/edXMLHeader/TraceHeaderList/TraceHeader[1]/OrganId"]
        == "null"
    )


def test_a_pdf_the_gateway_zipped_under_its_own_type() -> None:
    """xml/2025/10/874e0f18: CodeNumber BINTEST123; the PDF sent as application/pdf but
    zipped (one member <uuid>.pdf) comes back as the PDF; a From without OrganName."""
    name = f"{SDK}xml_2025_10_874e0f18-90dc-45fb-989a-65401470ba84.edxml__f9e933c"
    package = edxml.loads(real(name))
    assert unread(package)["Code/CodeNumber"] == "BINTEST123"
    assert package.instrument.issuer is None  # OrganId vxp.saas.03, no OrganName
    assert package.sender.organ_id == "vxp.saas.03"
    (pdf,) = package.attachments
    assert (pdf.name, pdf.content_type) == (
        "1761211722949_TestTrucLienThong.pdf",
        "application/pdf",
    )
    assert pdf.payload.startswith(b"%PDF")
    assert pdf.payload == zipped_member(name, "cid:56fb5bcb-8229-4691-8b4f-51305171b954")


def test_the_gateways_text_files_and_its_own_attachment_form() -> None:
    """uploads/1da394ba: three .txt zipped as text/plain; 1760427207626_b.txt.edxml: the
    gateway's edXMLAttachments form (AttachmentData Yg== is "b")."""
    uploads = edxml.loads(
        real(
            f"{SDK}JDK_1.8_SDKVXP_Example_uploads_1da394ba-2117-4354-a23f-6ec3e47ba81b.edxml__b955bfc"
        )
    )
    assert [(a.name, a.content_type) for a in uploads.attachments] == [
        ("localA.txt", "text/plain"),
        ("localB.txt", "text/plain"),
        ("localC.txt", "text/plain"),
    ]
    assert all(a.payload.startswith(b"LOCA") for a in uploads.attachments)
    assert uploads.instrument.number == DocumentNumber(
        number="20251020104803", issuer_abbreviation="GW", extra_parts=("AUTO",)
    )
    own = edxml.loads(real("vpcp__1760427207626_b.txt.edxml__61d52e1"))
    assert [(a.name, a.content_type, a.payload) for a in own.attachments] == [
        ("1760427207626_b.txt", "text/plain", b"b")
    ]
    assert unread(own)["Code/CodeNumber"] == "GW-20251014073327634-773"


def test_a_truncated_zip_is_kept_as_sent() -> None:
    """test_edxml_with_content.edxml: test.txt as application/zip whose end record lacks
    its last byte: kept zipped, and noted."""
    package = edxml.loads(real("vpcp__test_edxml_with_content.edxml__fbb46ab"))
    (attachment,) = package.attachments
    assert (attachment.name, attachment.content_type) == ("test.txt", "application/zip")
    assert attachment.payload.startswith(b"PK\x03\x04")
    assert any("kept zipped" in u.message for u in package.unread)
