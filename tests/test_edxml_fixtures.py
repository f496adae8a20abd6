"""vnadmin.edxml reading: hand-written packages, one per producer quirk of docs/edxml.md.

The fixtures in tests/fixtures/edxml/ were typed by hand from the guide, never produced by
vnadmin's writer; expected values below are read from the fixture text.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import attrs
import pytest
from lxml import etree

from vnadmin import edxml
from vnadmin.edxml import (
    Business,
    BusinessDocType,
    BusinessDocumentInfo,
    Organ,
    ReplacementInfo,
    ResponseFor,
    StaffInfo,
    Status,
    SteeringType,
    TraceHeader,
    UpdateReceiver,
)
from vnadmin.errors import XMLDecodeError
from vnadmin.model import (
    KINDS,
    Appendix,
    Authority,
    Contact,
    DocumentNumber,
    DrafterMark,
    NumberStyle,
    Organization,
    PartialDate,
    Recipient,
    Regime,
    SignatureBlock,
    SigningMark,
    Urgency,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "edxml"
DSIG = "http://www.w3.org/2000/09/xmldsig#"


def fixture(name: str) -> Path:
    return FIXTURES / name


def test_strict_qcvn_package() -> None:
    package = edxml.loads(fixture("qcvn-strict.edxml"))
    x = package.instrument
    assert package.sender == Organ(
        organ_id="000.00.12.H01",
        in_charge="Bộ Nội vụ",
        name="Cục Văn thư và Lưu trữ nhà nước",
        address="Số 12 Đào Tấn, Ba Đình, Hà Nội",
        email="vanthu@archives.gov.vn",
        telephone="024 3766 2620",
        fax="024 3766 2621",
        website="https://www.archives.gov.vn",
    )
    assert [r.organ_id for r in package.receivers] == ["000.00.00.H41", "000.00.00.H56"]
    assert package.receivers[0].in_charge == "Ủy ban nhân dân tỉnh Nghệ An"
    assert package.receivers[1].address is None  # <OrganAdd/> is unknown, not ""
    assert x.regime is Regime.STATE
    assert x.kind == KINDS.get("cong-van")
    assert x.issuer == Organization(
        name="Cục Văn thư và Lưu trữ nhà nước",
        organ_id="000.00.12.H01",
        parent=Organization(name="Bộ Nội vụ"),
    )
    assert x.number == DocumentNumber(number="42", issuer_abbreviation="CVD", extra_parts=("VP",))
    assert (x.place, x.date) == ("Hà Nội", PartialDate(day=5, month=3, year=2024))
    assert x.subject == "V/v hướng dẫn quản lý văn bản điện tử"
    assert [a.name for a in x.addressees] == ["Sở Nội vụ tỉnh Nghệ An", "Sở Nội vụ tỉnh Quảng Ninh"]
    assert x.signatures == (
        SignatureBlock(
            authorities=(Authority(mark=SigningMark.KT, applies_to="Cục trưởng"),),
            title="Phó Cục trưởng",
            name="Nguyễn Văn An",
        ),
    )
    assert x.distribution == (
        Recipient(name="Như trên"),
        Recipient(name="Bộ trưởng", purpose="để báo cáo"),
        Recipient(name="Lưu: VT, VP"),
    )
    assert x.urgency is Urgency.URGENT
    assert x.drafter == DrafterMark(initials="NVA", copies=5)
    assert x.appendices == (
        Appendix(label="Phụ lục I", title="Danh sách đơn vị"),
        Appendix(label="Phụ lục II"),
    )
    assert x.contact == Contact(
        address="Số 12 Đào Tấn, Ba Đình, Hà Nội",
        phone="024 3766 2620",
        fax="024 3766 2621",
        email="vanthu@archives.gov.vn",
        website="https://www.archives.gov.vn",
    )
    assert package.content is not None
    assert package.content.startswith("Hướng dẫn các Sở")
    assert package.due_date == datetime.date(2024, 4, 30)
    assert package.sphere_of_promulgation == "Toàn quốc"
    assert package.page_amount == 3
    assert package.steering_type is SteeringType.NOT_A_DIRECTIVE
    assert package.document_id == "000.00.12.H01,2024/03/05,42/CVD-VP"
    assert package.response_for == (
        ResponseFor(
            organ_id="000.00.00.H41",
            code="128/SNV-VP",
            promulgation_date=datetime.date(2024, 2, 20),
            document_id="000.00.00.H41,2024/02/20,128/SNV-VP",
        ),
    )
    assert package.traces == (
        TraceHeader(organ_id="000.00.12.H01", timestamp=datetime.datetime(2024, 3, 5, 14, 30)),
        TraceHeader(organ_id="000.00.00.G22", timestamp=datetime.datetime(2024, 3, 5, 14, 30, 7)),
    )
    assert package.business == Business(
        doc_type=BusinessDocType.NEW,
        reason="Gửi văn bản mới",
        document_id="000.00.12.H01,2024/03/05,42/CVD-VP",
        staff=(
            StaffInfo(
                department="Văn phòng Cục",
                staff="Trần Thị Bình",
                mobile="0912345678",
                email="binhtt@archives.gov.vn",
            ),
        ),
        paper="0",
    )


def test_multiple_attachments_with_cid_ids() -> None:
    package = edxml.loads(fixture("qcvn-strict.edxml"))
    assert [(a.content_id, a.name, a.content_type, a.description) for a in package.attachments] == [
        (
            "7f3c2a10-5b1e-4c8d-9a0f-2e6d4b8c1a01",
            "42-CVD-VP.pdf",
            "application/pdf",
            "Văn bản chính",
        ),
        ("7f3c2a10-5b1e-4c8d-9a0f-2e6d4b8c1a02", "phu-luc-I.pdf", "application/pdf", "Phụ lục I"),
    ]
    assert package.attachments[0].payload == "Công văn số 42/CVD-VP".encode()
    assert package.attachments[1].payload == b"%PDF-1.4 phu luc"  # base64 over three lines


def test_lost_names_what_the_header_cannot_supply() -> None:
    package = edxml.loads(fixture("qcvn-strict.edxml"))
    assert package.lost == edxml.NOT_CARRIED  # a foreign package: no vnadmin copy attached
    assert package.instrument.body.tasks == ()


def test_any_order_unprefixed_and_old_dates() -> None:
    package = edxml.loads(fixture("any-order-old-dates.edxml"))
    x = package.instrument
    assert x.regime is Regime.PARTY  # from the Party number 15-CT/TU
    assert x.number == DocumentNumber(
        number="15", kind_abbreviation="CT", issuer_abbreviation="TU", style=NumberStyle.PARTY
    )
    assert x.kind == KINDS.get("chi-thi")
    assert x.date == PartialDate(day=18, month=1, year=2023)
    assert package.due_date == datetime.date(2023, 12, 5)
    assert package.traces == (
        TraceHeader(organ_id="000.00.00.H23", timestamp=datetime.datetime(2023, 1, 18, 8, 5, 9)),
    )
    assert x.signatures[0].authorities == (
        Authority(mark=SigningMark.TM, applies_to="BAN THƯỜNG VỤ"),
    )
    assert (x.signatures[0].title, x.signatures[0].name) == ("BÍ THƯ", "Lê Văn Cường")
    assert x.urgency is Urgency.FLASH
    assert x.distribution[0] == Recipient(name="Ban Bí thư Trung ương Đảng", purpose="để báo cáo")
    assert package.sender == Organ(
        organ_id="000.00.00.H23", name="Tỉnh ủy Hải Dương", website="https://haiduong.dcs.vn"
    )
    assert x.contact == Contact(website="https://haiduong.dcs.vn")
    assert package.business == Business(paper="1")
    assert package.page_amount == 2
    assert package.attachments == ()
    assert package.signature is None


def test_organ_in_charge_and_business_spellings() -> None:
    package = edxml.loads(fixture("organ-in-charge-business.edxml"))
    assert package.sender.in_charge == "UBND TỈNH QUẢNG NGÃI"
    assert package.instrument.issuer == Organization(
        name="SỞ TÀI CHÍNH",
        organ_id="000.00.00.H54",
        parent=Organization(name="UBND TỈNH QUẢNG NGÃI"),
    )
    assert package.instrument.number == DocumentNumber(
        number="07", kind_abbreviation="KH", issuer_abbreviation="STC"
    )
    assert package.instrument.drafter is None
    assert package.promulgation_amount == 12  # no TyperNotation to hang it on
    assert package.steering_type is SteeringType.UNSPECIFIED
    assert package.business == Business(
        doc_type=BusinessDocType.REPLACE,
        reason="Thay thế Kế hoạch số 03/KH-STC do sai sót",
        document_info=(
            BusinessDocumentInfo(
                document_info="1",
                document_receiver="1",
                receivers=(UpdateReceiver(organ_id="000.00.01.H54", receiver_type="1"),),
            ),
        ),
        document_id="000.00.00.H54,2022/01/05,07/KH-STC",
        replacements=(
            ReplacementInfo(
                document_id="000.00.00.H54,2022/01/03,03/KH-STC",
                organ_ids=("000.00.01.H54", "000.00.02.H54"),
            ),
        ),
    )


def test_bare_content_ids_and_unprefixed_attachment_children() -> None:
    package = edxml.loads(fixture("bare-cid-default-ns.edxml"))
    assert [a.content_id for a in package.attachments] == [
        "b6a1c9e2-0d44-4e55-8a3b-91f0c2d7e301",
        "b6a1c9e2-0d44-4e55-8a3b-91f0c2d7e302",
        "b6a1c9e2-0d44-4e55-8a3b-91f0c2d7e303",
    ]
    zipped = package.attachments[1]
    # described only in the manifest: the reader completes it from there
    assert (zipped.content_type, zipped.description) == ("application/zip", "Bảng tổng hợp số liệu")
    assert zipped.payload == b"PK\x03\x04 bang tong hop"
    assert package.attachments[2].payload == "Danh sách đơn vị".encode()
    assert package.instrument.kind == KINDS.get("bao-cao")


def test_older_e_doc_namespace() -> None:
    package = edxml.loads(fixture("edoc-namespace.edxml"))
    x = package.instrument
    assert x.number == DocumentNumber(
        number="2345", kind_abbreviation="QĐ", issuer_abbreviation="UBND"
    )
    assert x.kind == KINDS.get("quyet-dinh")
    assert package.type_detail == "Quyết định cá biệt"
    assert x.signatures[0].authorities == (
        Authority(mark=SigningMark.TM, applies_to="ỦY BAN NHÂN DÂN"),
        Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH"),
    )
    assert x.urgency is Urgency.VERY_URGENT
    assert package.business is None
    assert x.contact == Contact(address="Số 01 Nguyễn Tất Thành, thành phố Hà Tĩnh")


def test_provincial_go_vn_format_is_refused() -> None:
    with pytest.raises(XMLDecodeError, match=r"provincial eDoc package .*not QCVN 102:2016"):
        edxml.loads(fixture("go-vn-edoc.edxml"))


def canonical_signature(path: Path) -> bytes:
    """The fixture's Signature element, canonicalised with plain lxml."""
    root = etree.parse(str(path), etree.XMLParser(remove_blank_text=True)).getroot()
    found = [
        e for e in root.iter() if isinstance(e.tag, str) and etree.QName(e).localname == "Signature"
    ]
    assert len(found) == 1
    return etree.tostring(found[0], method="c14n", exclusive=True)


@pytest.mark.parametrize("name", ["qcvn-strict.edxml", "bare-cid-default-ns.edxml"])
def test_signature_survives_a_write_unchanged(name: str) -> None:
    package = edxml.loads(fixture(name))
    assert package.signature == canonical_signature(fixture(name))
    written = edxml.dumps_package(package)
    root = etree.fromstring(written)
    signatures = [
        e for e in root.iter() if isinstance(e.tag, str) and etree.QName(e).localname == "Signature"
    ]
    assert len(signatures) == 1
    assert etree.tostring(signatures[0], method="c14n", exclusive=True) == package.signature
    again = edxml.loads(written)
    assert again.signature == package.signature
    assert again.attachments == package.attachments
    assert again.traces == package.traces


def test_signature_namespace_is_kept() -> None:
    package = edxml.loads(fixture("qcvn-strict.edxml"))
    assert package.signature is not None
    assert etree.QName(etree.fromstring(package.signature)).namespace == DSIG


def test_a_read_package_is_written_back_whole() -> None:
    package = edxml.loads(fixture("organ-in-charge-business.edxml"))
    # the fixture's Type is 10, a producer's own code: noted, and written back as 1
    assert [(u.text, u.path.rsplit("/", 1)[1]) for u in package.unread] == [("10", "Type")]
    fixed = attrs.evolve(package, unread=())
    assert edxml.loads(edxml.dumps_package(package)) == fixed  # the header carries it all
    again = edxml.loads(edxml.dumps_package(package, embed=True))
    assert again.lost == ()  # the rewrite embeds vnadmin's copy
    assert again == attrs.evolve(fixed, lost=())


STATUSES = {
    "01": (Status.ARRIVED, "Đã đến", datetime.datetime(2024, 3, 5, 14, 31, 2)),
    "02": (
        Status.REFUSED,
        "Từ chối tiếp nhận: sai đơn vị nhận",
        datetime.datetime(2024, 3, 5, 14, 40),
    ),
    "03": (Status.ACCEPTED, "Đã tiếp nhận", datetime.datetime(2024, 3, 5, 15, 0)),
    "04": (Status.AWAITING_ASSIGNMENT, "Chờ phân công xử lý", datetime.datetime(2024, 3, 6, 8, 0)),
    "05": (Status.IN_PROGRESS, "Đã phân công, đang xử lý", datetime.datetime(2024, 3, 6, 9, 15)),
    "06": (Status.DONE, "Đã hoàn thành", datetime.datetime(2024, 3, 20, 10, 0)),
    "13": (Status.REVOKE, "Đề nghị lấy lại văn bản", datetime.datetime(2024, 3, 7, 11, 0)),
    "15": (Status.AGREE_REVOKE_OR_UPDATE, "Đồng ý thu hồi", datetime.datetime(2024, 3, 7, 11, 30)),
    "16": (
        Status.REFUSE_REVOKE_OR_UPDATE,
        "Không đồng ý cập nhật",
        datetime.datetime(2024, 3, 7, 11, 45),
    ),
}


@pytest.mark.parametrize("code", sorted(STATUSES))
def test_status_package_of_each_code(code: str) -> None:
    status, description, timestamp = STATUSES[code]
    found = edxml.loads_status(fixture(f"status-{code}.edxml"))
    assert found.status is status
    assert found.status.value == code
    assert found.description == description
    assert found.timestamp == timestamp
    assert found.sender == Organ(
        organ_id="000.00.00.H41",
        in_charge="UBND TỈNH NGHỆ AN",
        name="SỞ NỘI VỤ",
        email="snv@nghean.gov.vn",
    )
    assert found.response_for == ResponseFor(
        organ_id="000.00.12.H01",
        code="42/CVD-VP",
        promulgation_date=datetime.date(2024, 3, 5),
        document_id="000.00.12.H01,2024/03/05,42/CVD-VP",
    )
    assert found.staff == StaffInfo(
        department="Văn phòng Sở",
        staff="Hoàng Thị Dung",
        mobile="0987654321",
        email="dunght@nghean.gov.vn",
    )
    assert edxml.loads_status(edxml.dumps_status(found)) == found


def test_every_status_code_has_a_fixture_and_a_meaning() -> None:
    assert {s.value for s in Status} == set(STATUSES)
    assert Status.AWAITING_ASSIGNMENT.meaning == "arrived, awaiting assignment"
    assert all(s.meaning for s in Status)


def test_status_errors_are_located() -> None:
    data = fixture("status-06.edxml").read_bytes().replace(b">06<", b">07<")
    with pytest.raises(XMLDecodeError) as raised:
        edxml.loads_status(data)
    (problem,) = raised.value.problems
    assert "StatusCode '07' is not one of 01, 02, 03, 04, 05, 06, 13, 15, 16" in problem.message
    assert problem.path.endswith("/MessageHeader/StatusCode")
    with pytest.raises(TypeError, match=r"dumps_status\.status: expected a StatusPackage, got str"):
        edxml.dumps_status("06")  # type: ignore[arg-type]


def test_lower_case_status_root_is_read() -> None:
    root = etree.parse(str(fixture("status-02.edxml"))).getroot()
    assert etree.QName(root).localname == "edxml"
    assert edxml.loads_status(fixture("status-02.edxml")).status is Status.REFUSED


def test_status_and_document_readers_refuse_each_other() -> None:
    with pytest.raises(XMLDecodeError, match=r"status package .* loads_status"):
        edxml.loads(fixture("status-01.edxml"))
    with pytest.raises(XMLDecodeError, match="document package, read it with loads"):
        edxml.loads_status(fixture("qcvn-strict.edxml"))


def test_a_status_keeps_what_it_could_not_read_and_writes_it_back() -> None:
    # An OrganId that is no OrganId and an element QCVN 102 does not define were dropped
    # without a word: a status package now keeps both, with line and path, as a document
    # package does, and the OrganId travels on as it came.
    data = (
        fixture("status-05.edxml")
        .read_bytes()
        .replace(b">000.00.12.H01</edXML:OrganId>", b">SNV-NA</edXML:OrganId>")
        .replace(b"<edXML:StatusCode>", b"<edXML:Priority>2</edXML:Priority>\n<edXML:StatusCode>")
    )
    found = edxml.loads_status(data)
    assert found.status is Status.IN_PROGRESS
    assert found.response_for is not None
    assert found.response_for.organ_id is None
    seen = {(u.path.rpartition("MessageHeader/")[2], u.text, u.line) for u in found.unread}
    assert seen == {("ResponseFor/OrganId", "SNV-NA", 17), ("Priority", "2", 28)}
    written = edxml.dumps_status(found)
    assert b"<edXML:OrganId>SNV-NA</edXML:OrganId>" in written
    assert b"Priority" not in written  # vnadmin has no place for it: said, not carried
    assert edxml.loads_status(written).unread[0].text == "SNV-NA"
