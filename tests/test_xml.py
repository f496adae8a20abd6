"""vnadmin.xml: lossless round trips, the schema, located errors, limits and golden files.

Expected XML is written here from the vocabulary in docs/xml.md, never copied from
``dumps``; golden files were read by eye against the seed documents.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from examples import smuggled
from vnadmin import strategies as vst
from vnadmin import xml
from vnadmin._safexml import attribute_items
from vnadmin._safexml import line as xml_line
from vnadmin.errors import InvalidValueError, XMLDecodeError, XMLEncodeError
from vnadmin.model import (
    KINDS,
    Appendix,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Circulation,
    Citation,
    Contact,
    DateDeadline,
    DeadlineBound,
    DocumentKind,
    DocumentNumber,
    DrafterMark,
    Frequency,
    IncomingStamp,
    Instrument,
    KindRegistry,
    NumberStyle,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Recipient,
    Regime,
    RelativeDeadline,
    Reporting,
    Role,
    Secrecy,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)
from vnadmin.samples import SEEDS
from vnadmin.schemas import validate_xml, xml_schema

GOLDEN = Path(__file__).resolve().parent / "golden" / "xml"
NS = "urn:vnadmin:xml:1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"


def valid(data: bytes) -> bool:
    return bool(xml_schema().validate(etree.fromstring(data)))


def roundtrip(instrument: Instrument) -> bytes:
    data = xml.dumps(instrument)
    validate_xml(data)
    assert xml.loads(data) == instrument
    return data


# Every field, every variant ---------------------------------------------------------------

EVERYTHING = Instrument(
    regime=Regime.STATE,
    kind=KINDS.get("ke-hoach"),
    issuer=Organization(
        name="SỞ NỘI VỤ",
        abbreviation="SNV",
        organ_id="000.00.12.H56",
        parent=Organization(name="UBND TỈNH TUYÊN QUANG", parent=Organization(name="CHÍNH PHỦ")),
    ),
    number=DocumentNumber(
        number="05", kind_abbreviation="KH", issuer_abbreviation="SNV", extra_parts=["XDCQ&CTTN"]
    ),
    place="Tuyên Quang",
    date=PartialDate(day=5, month=1, year=2022),
    subject="Về việc triển khai\nnhiệm vụ năm 2022",
    addressees=[Organization(name="Các sở, ban, ngành"), Organization(name="UBND các huyện")],
    body=Body(
        preamble=[
            Paragraph(
                text="Căn cứ Luật Tiếp cận thông tin;",
                citations=[Citation(kind=KINDS.get("luat"), title="Tiếp cận thông tin")],
            )
        ],
        background=[Paragraph(text="Năm 2021 & trước đó: <tốt>.")],
        tasks=[
            Task(
                label="I.",
                text="Nhiệm vụ chung",
                subtasks=[
                    Task(
                        label="1.",
                        text="Sở Nội vụ chủ trì, phối hợp với các sở trước ngày 05/12",
                        assignments=[
                            Assignment(role=Role.LEAD, actor="Sở Nội vụ"),
                            Assignment(role=Role.COOPERATE, actor="các sở"),
                        ],
                        deadline=DateDeadline(
                            bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)
                        ),
                        recurrence=Frequency.YEARLY,
                        attachment_notes=["có đề cương đính kèm"],
                    ),
                    Task(
                        label="2.",
                        text="Báo cáo trong quý II/2024",
                        assignments=[Assignment(role=Role.REPORT_TO, actor="Sở Nội vụ")],
                        deadline=PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024),
                        citations=[
                            Citation(
                                kind=KINDS.get("quyet-dinh"),
                                number=DocumentNumber(
                                    number="217",
                                    kind_abbreviation="QĐ",
                                    issuer_abbreviation="TW",
                                    style=NumberStyle.PARTY,
                                ),
                                issuer="Bộ Chính trị",
                                term="khóa XI",
                            ),
                            Citation(
                                number=DocumentNumber(
                                    number="2748",
                                    issuer_abbreviation="BNV",
                                    extra_parts=["CTTN"],
                                ),
                                date=PartialDate(day=17, month=5, year=2024),
                            ),
                        ],
                    ),
                    Task(
                        text="Trong 15 ngày kể từ ngày ký",
                        deadline=RelativeDeadline(text="trong 15 ngày kể từ ngày ký"),
                    ),
                    Task(text="Cả năm", deadline=PeriodDeadline(unit=PeriodUnit.YEAR, year=2024)),
                    Task(text="Tháng 6", deadline=PeriodDeadline(unit=PeriodUnit.MONTH, index=6)),
                    Task(
                        label="-",
                        text="Nửa đầu năm",
                        deadline=PeriodDeadline(unit=PeriodUnit.HALF, index=1, year=2025),
                        recurrence=Frequency.HALF_YEARLY,
                    ),
                ],
            )
        ],
        closing=[
            Task(
                text="Giao Văn phòng tham mưu.",
                assignments=[
                    Assignment(role=Role.ADVISE, actor="Văn phòng"),
                    Assignment(role=Role.EXECUTE, actor="các phòng"),
                ],
                deadline=DateDeadline(
                    bound=DeadlineBound.NO_LATER_THAN, date=PartialDate(day=29, month=2, year=2024)
                ),
            )
        ],
    ),
    signatures=[
        SignatureBlock(
            authorities=[
                Authority(mark=SigningMark.TM, applies_to="ỦY BAN NHÂN DÂN"),
                Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH"),
            ],
            title="PHÓ CHỦ TỊCH",
            name="Nguyễn Văn A",
        ),
        SignatureBlock(authorities=[Authority(mark=SigningMark.TUQ, applies_to="GIÁM ĐỐC")]),
        SignatureBlock(name="Trần Thị B"),
    ],
    distribution=[Recipient(name="Như trên"), Recipient(name="UBND tỉnh", purpose="để b/c")],
    archive=ArchiveLine(units=["VT", "XDCQ&CTTN"], copies=2),
    urgency=Urgency.FLASH_TIMED,
    secrecy=Secrecy.TOP_SECRET,
    circulation=Circulation.RETURN_AFTER_READING,
    appendices=[Appendix(label="Phụ lục I", title="Danh mục"), Appendix(label="Phụ lục II")],
    contact=Contact(phone="0207 3822 111", website="snv.tuyenquang.gov.vn"),
    drafter=DrafterMark(initials="PL", copies=300),
    incoming=IncomingStamp(
        receiver="SỞ TÀI CHÍNH HẢI DƯƠNG",
        number=4689,
        date=PartialDate(day=21, month=5, year=2022),
        routing="Chuyển 21/5/2022",
    ),
    reported=Reporting(source="Báo Tuyên Quang", title="Tuyên Quang triển khai kế hoạch"),
)


def test_every_field_round_trips() -> None:
    roundtrip(EVERYTHING)


def test_smallest_instrument_round_trips() -> None:
    data = roundtrip(Instrument(regime=Regime.PARTY))
    root = etree.fromstring(data)
    assert root.tag == f"{{{NS}}}instrument"
    assert attributes(root) == {"regime": "party"}
    assert [child.tag for child in root] == [f"{{{NS}}}body"]


def one(root: etree._Element, path: str) -> etree._Element:
    found = root.find(path.replace("/", "/v:").join(("v:", "")), {"v": NS})
    assert found is not None, path
    return found


def attributes(element: etree._Element) -> dict[str, str]:
    return dict(attribute_items(element))


def children(element: etree._Element) -> list[tuple[str, str | None]]:
    return [(str(child.tag).rpartition("}")[2], child.text) for child in element]


def test_vocabulary_as_documented() -> None:
    """The shapes docs/xml.md promises, checked on the parsed output."""
    root = etree.fromstring(xml.dumps(EVERYTHING))
    assert root.get("urgency") == "hoa_toc_hen_gio"
    assert one(root, "kind").text == "ke-hoach"
    assert one(root, "issuer").get("organ-id") == "000.00.12.H56"
    assert one(root, "issuer/parent/parent/name").text == "CHÍNH PHỦ"
    assert children(one(root, "state-number")) == [
        ("sequence", "05"),
        ("kind-abbreviation", "KH"),
        ("issuer-abbreviation", "SNV"),
        ("extra-part", "XDCQ&CTTN"),
    ]
    assert attributes(one(root, "date")) == {"day": "5", "month": "1", "year": "2022"}
    first = one(root, "body/tasks/task/task")
    assert attributes(first) == {"label": "1.", "recurrence": "yearly"}
    deadline = one(first, "date-deadline")
    assert attributes(deadline) == {"bound": "before", "day": "5", "month": "12"}
    assert [a.get("role") for a in first.findall("v:assignment", {"v": NS})] == [
        "lead",
        "cooperate",
    ]
    period = one(root, "body/tasks/task/task[2]/period-deadline")
    assert children(period) == [("quarter", "2"), ("year", "2024")]
    one(root, "body/tasks/task/task[2]/citation/party-number")
    stamp = one(root, "incoming-stamp")
    assert stamp.get("number") == "4689"
    assert one(stamp, "receiver").text == "SỞ TÀI CHÍNH HẢI DƯƠNG"


def test_text_stays_readable() -> None:
    data = xml.dumps(EVERYTHING)
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n")
    assert "<place>Tuyên Quang</place>".encode() in data
    assert b"&#" not in data.replace(b"&#10;", b"")  # no numeric escapes of letters
    assert b"<extra-part>XDCQ&amp;CTTN</extra-part>" in data
    assert "Năm 2021 &amp; trước đó: &lt;tốt&gt;.".encode() in data


@pytest.mark.parametrize(
    "text",
    [
        "dòng một\r\ndòng hai\rba",
        "tab\tbên trong",
        "khoảng\u00a0trắng không ngắt",
        "]]> và <![CDATA[",
        "\"ngoặc\" 'đơn'",
        "😀 ngoài BMP",
        "Ðiều eth",
    ],
)
def test_awkward_text_round_trips(text: str) -> None:
    task = Task(label=text.replace("\r", "").replace("\n", " "), text=text)
    roundtrip(Instrument(regime=Regime.STATE, body=Body(tasks=[task])))


def test_control_character_cannot_be_written() -> None:
    with pytest.raises(InvalidValueError, match=r"Task.text: U\+0001 at 8 is a control character"):
        Task(text="nội dung\x01")
    task = smuggled(Task(text="nội dung"), text="nội dung\x01")  # past the model: the guard
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[Task(text="a"), task]))
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(instrument)
    assert caught.value.path == "Instrument.body.tasks[1].text"
    assert "U+0001 at 8" in str(caught.value)


def test_nesting_beyond_the_recursion_limit_cannot_be_written() -> None:
    with pytest.raises(XMLEncodeError, match=r"tasks nest more than 100 deep"):
        xml.dumps(nested(1200), limits=xml.Limits(max_depth=2048))


def test_blank_number_and_partial_date() -> None:
    draft = Instrument(
        regime=Regime.STATE,
        number=DocumentNumber(issuer_abbreviation="STC", extra_parts=["VP"]),
        date=PartialDate(month=1, year=2022),
    )
    root = etree.fromstring(roundtrip(draft))
    assert children(one(root, "state-number")) == [
        ("issuer-abbreviation", "STC"),
        ("extra-part", "VP"),
    ]
    assert attributes(one(root, "date")) == {"month": "1", "year": "2022"}


# Properties over the public strategies ------------------------------------------------


@given(
    vst.instruments(drafts=None, received=True, reported=None, normalization="mixed"),
)
def test_round_trip_and_schema(instrument: Instrument) -> None:
    roundtrip(instrument)


@given(
    vst.instruments(
        drafts=None,
        bodies=vst.bodies(tasks=vst.task_lists(max_size=4, max_depth=4, multiline=True)),
    )
)
def test_round_trip_deep_task_trees(instrument: Instrument) -> None:
    roundtrip(instrument)


_LINE_CHARS = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
)
_lines = st.text(_LINE_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)
_texts = (
    st.text(st.one_of(_LINE_CHARS, st.sampled_from("\n\r\t")), min_size=1, max_size=20)
    .map(str.strip)
    .filter(bool)
)


@given(
    st.builds(
        Task,
        label=st.none() | _lines,
        text=_texts,
        assignments=st.lists(st.builds(Assignment, role=st.sampled_from(Role), actor=_lines)),
        deadline=st.none() | vst.deadlines(),
        recurrence=st.none() | st.sampled_from(Frequency),
        attachment_notes=st.lists(_lines, max_size=2),
    ),
    _lines,
    st.sampled_from(Urgency),
)
def test_arbitrary_text_round_trips(task: Task, line: str, urgency: Urgency) -> None:
    instrument = Instrument(
        regime=Regime.LEGAL,
        place=line,
        subject=task.text,
        urgency=urgency,
        body=Body(tasks=[task], closing=[task]),
        distribution=[Recipient(name=line, purpose=line)],
        signatures=[SignatureBlock(title=line)],
        reported=Reporting(),
    )
    roundtrip(instrument)


# Reading: inputs, trees, kinds --------------------------------------------------------


def test_loads_reads_bytes_text_paths_and_files(tmp_path: Path) -> None:
    data = xml.dumps(EVERYTHING)
    path = tmp_path / "everything.xml"
    path.write_bytes(data)
    assert xml.loads(data) == EVERYTHING
    assert xml.loads(data.decode()) == EVERYTHING
    assert xml.loads(path) == EVERYTHING
    assert xml.loads(io.BytesIO(data)) == EVERYTHING
    with open(path, encoding="utf-8") as text_file:
        assert xml.loads(text_file) == EVERYTHING


def test_text_with_a_foreign_encoding_declaration() -> None:
    text = xml.dumps(EVERYTHING).decode().replace("encoding='UTF-8'", "encoding='ISO-8859-1'")
    assert xml.loads(text) == EVERYTHING


def test_other_encodings_are_read() -> None:
    element = xml.to_element(EVERYTHING)
    utf16 = etree.tostring(element, encoding="UTF-16", xml_declaration=True)
    assert xml.loads(utf16) == EVERYTHING


def test_elements_round_trip_and_comments_are_ignored() -> None:
    element = xml.to_element(EVERYTHING)
    assert xml.from_element(element) == EVERYTHING
    place = one(element, "place")
    place.addprevious(etree.Comment("a comment"))
    place.text = "Tuyên "
    place.append(etree.ProcessingInstruction("note", "x"))
    place[0].tail = "Quang"
    assert xml.from_element(element) == EVERYTHING


def test_kinds_come_from_the_registry_given() -> None:
    custom = DocumentKind(name="Lệnh điều động", abbreviations={Regime.STATE: "LĐĐ"})
    registry = KindRegistry([*KINDS, custom])
    instrument = Instrument(regime=Regime.STATE, kind=custom)
    data = xml.dumps(instrument, kinds=registry)
    assert xml.loads(data, kinds=registry) == instrument
    with pytest.raises(XMLDecodeError, match="no document kind has the code 'lenh-dieu-dong'"):
        xml.loads(data)


# Errors name the line and the element path ----------------------------------------------


def line_of(data: bytes, needle: str, occurrence: int = 1) -> int:
    text = data.decode()
    at = -1
    for _ in range(occurrence):
        at = text.index(needle, at + 1)
    return text.count("\n", 0, at) + 1


def test_bad_month_in_a_deadline() -> None:
    data = xml.dumps(EVERYTHING).replace(b'day="5" month="12"', b'day="5" month="13"')
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data)
    line = line_of(data, 'month="13"')
    path = "/instrument/body/tasks/task/task[1]/date-deadline/@month"
    problem = f"line {line}, {path}: 13 is not a month"
    assert str(caught.value) == f"invalid vnadmin XML document (1 problem):\n  {problem}"
    assert [(p.line, p.path) for p in caught.value.problems] == [(line, path)]


def test_problems_are_listed_together() -> None:
    data = (
        xml.dumps(EVERYTHING)
        .replace(b'role="lead"', b'role="boss"')
        .replace(b"<name>Nguy", b"<name> Nguy")
        .replace(b'day="21" month="5"', b'day="31" month="4"')
    )
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data)
    assert [(p.line, p.path, p.message) for p in caught.value.problems] == [
        (
            line_of(data, 'role="boss"'),
            "/instrument/body/tasks/task/task[1]/assignment[1]/@role",
            "'boss' is not one of lead, cooperate, execute, advise, report_to",
        ),
        (
            line_of(data, "<name> Nguy"),
            "/instrument/signatures/signature[1]/name",
            "' Nguyễn Văn A' has leading or trailing white space",
        ),
        (
            line_of(data, 'day="31"'),
            "/instrument/incoming-stamp/date/@day",
            "31 is past the end of 04/2022",
        ),
    ]
    assert str(caught.value).startswith("invalid vnadmin XML document (3 problems):\n  line ")


def test_repeated_values_are_read_once_and_checked_each_time() -> None:
    """Equal citations and deadlines are built once per document; a bad one is reported at
    every place it occurs."""
    task = Task(
        text="Báo cáo",
        deadline=DateDeadline(bound=DeadlineBound.ON, date=PartialDate(day=5, month=12)),
        citations=[Citation(kind=KINDS.get("luat"), title="Tiếp cận thông tin")],
    )
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task, task, task]))
    loaded = xml.loads(xml.dumps(instrument))
    assert loaded == instrument
    first, second, _ = loaded.body.tasks
    assert first.citations[0] is second.citations[0]
    assert first.deadline is second.deadline
    data = xml.dumps(instrument).replace(b'month="12"', b'month="13"')
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data)
    assert [(p.line, p.path) for p in caught.value.problems] == [
        (line_of(data, 'month="13"', n), f"/instrument/body/tasks/task[{n}]/date-deadline/@month")
        for n in (1, 2, 3)
    ]


@pytest.mark.parametrize(
    ("old", "new", "needle", "path", "message"),
    [
        (' regime="state"', "", "<instrument", "/instrument", "missing attribute 'regime'"),
        ("<body>", "<body><foo/>", "<foo/>", "/instrument/body/foo", "unexpected <foo> in <body>"),
        (
            "<body>",
            '<body><x:foo xmlns:x="urn:other"/>',
            "<x:foo",
            "/instrument/body/foo",
            "unexpected <foo> (foreign element) in <body>",
        ),
        (
            "<place>",
            "<kind>luat</kind><place>",
            "<kind>luat",
            "/instrument/kind[2]",
            "<kind> is out of order: it belongs before <state-number>",
        ),
        (
            "<reported>",
            "<reported>oops",
            "oops",
            "/instrument/reported",
            "unexpected text 'oops' in <reported>",
        ),
        (
            "<sequence>05",
            "<sequence>5a",
            "5a",
            "/instrument/state-number/sequence",
            "'5a' is not a number (ASCII digits, one inner dot: 66.15; or None if blank)",
        ),
        (
            'label="I."',
            'label="I." colour="red"',
            "colour",
            "/instrument/body/tasks/task/@colour",
            "unexpected attribute 'colour'",
        ),
        (
            "<unit>VT</unit>",
            "<unit> </unit>",
            "<unit> ",
            "/instrument/archive/unit[1]",
            "item 0: must not be blank",
        ),
        (
            "<text>Nhiệm vụ chung</text>",
            "",
            'label="I."',
            "/instrument/body/tasks/task",
            "missing <text>",
        ),
    ],
)
def test_located_errors(old: str, new: str, needle: str, path: str, message: str) -> None:
    data = xml.dumps(EVERYTHING).replace(old.encode(), new.encode(), 1)
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data)
    (found,) = caught.value.problems
    assert (found.line, found.path, found.message) == (line_of(data, needle), path, message)
    assert not valid(data)


def test_wrong_document_element() -> None:
    with pytest.raises(XMLDecodeError, match=r"expected <instrument> in urn:vnadmin:xml:1\.0"):
        xml.loads(b"<instrument/>")


def test_malformed_xml() -> None:
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(b"<instrument xmlns='urn:vnadmin:xml:1.0' regime='state'>\n<body>\n</instrument>")
    assert caught.value.problems[0].line == 3
    assert "not well-formed XML" in str(caught.value)


# Mutations: our reader and the schema both refuse them, with line numbers ------------------


def _required_children() -> dict[str, list[str]]:
    return {
        "instrument": ["body"],
        "issuer": ["name"],
        "addressee": ["name"],
        "parent": ["name"],
        "state-number": ["issuer-abbreviation"],
        "legal-number": ["year", "issuer-abbreviation"],
        "party-number": ["kind-abbreviation", "issuer-abbreviation"],
        "paragraph": ["text"],
        "task": ["text"],
        "incoming-stamp": ["receiver"],
        "archive": ["unit"],
    }


_BAD_ATTRIBUTES = {
    "regime": ["federal", ""],
    "urgency": ["KHẨN"],
    "day": ["0", "32", "05", "+5", "x"],
    "month": ["13", "0"],
    "year": ["999", "10000", "2O24"],
    "role": ["boss"],
    "bound": ["after"],
    "mark": ["T/M"],
    "number": ["0", "-1"],
    "copies": ["0", "many"],
    "organ-id": ["a..b"],
    "recurrence": ["hourly"],
    "label": [" 1.", ""],
}


def _local(element: etree._Element) -> str:
    return str(element.tag).rpartition("}")[2]


def _remove_required(draw: st.DrawFn, elements: list[etree._Element]) -> list[etree._Element]:
    required = _required_children()
    choices = [
        (element, child)
        for element in elements
        for child in element
        if _local(child) in required.get(_local(element), [])
        and sum(_local(c) == _local(child) for c in element) == 1
    ]
    parent, child = draw(st.sampled_from(choices))
    parent.remove(child)
    return [parent]


def _swap_neighbours(draw: st.DrawFn, elements: list[etree._Element]) -> list[etree._Element]:
    choices = [
        (element, index)
        for element in elements
        for index in range(len(element) - 1)
        if element[index].tag != element[index + 1].tag
    ]
    parent, index = draw(st.sampled_from(choices))
    earlier, later = parent[index], parent[index + 1]
    parent.insert(index, later)
    return [earlier, later]


def _bad_value(draw: st.DrawFn, elements: list[etree._Element]) -> list[etree._Element]:
    choices = [
        (element, str(name))
        for element in elements
        for name in element.attrib
        if name in _BAD_ATTRIBUTES
    ]
    target, name = draw(st.sampled_from(choices))
    target.set(name, draw(st.sampled_from(_BAD_ATTRIBUTES[name])))
    return [target]


def _foreign_element(draw: st.DrawFn, elements: list[etree._Element]) -> list[etree._Element]:
    parent = draw(st.sampled_from([element for element in elements if len(element)]))
    tag = draw(st.sampled_from([f"{{{NS}}}note", "{urn:other}note", "note", f"{{{NS}}}task"]))
    target = etree.Element(tag)
    parent.insert(draw(st.integers(0, len(parent))), target)
    return [target]


def _foreign_attribute(draw: st.DrawFn, elements: list[etree._Element]) -> list[etree._Element]:
    target = draw(st.sampled_from(elements))
    target.set(draw(st.sampled_from(["colour", "{urn:other}id", f"{{{XML_NS}}}lang"])), "x")
    return [target]


@st.composite
def mutations(draw: st.DrawFn) -> tuple[bytes, set[int | None]]:
    """An invalid document and the lines where the reader may place the problem: those of
    the mutated elements and their ancestors."""
    instrument = draw(vst.instruments(drafts=None, received=True))
    root = etree.fromstring(xml.dumps(instrument))
    mutate = draw(
        st.sampled_from(
            [_remove_required, _swap_neighbours, _bad_value, _foreign_element, _foreign_attribute]
        )
    )
    paths = [_position(element) for element in mutate(draw, list(root.iter()))]
    data = etree.tostring(root, encoding="UTF-8", xml_declaration=True, pretty_print=True)
    reread = etree.fromstring(data)
    lines: set[int | None] = set()
    for path in paths:
        element = reread
        for index in path:
            element = element[index]
        lines |= {xml_line(element), *(xml_line(a) for a in element.iterancestors())}
    return data, lines


def _position(element: etree._Element) -> list[int]:
    """Child indices from the root down to ``element``."""
    path = []
    parent = element.getparent()
    while parent is not None:
        path.append(parent.index(element))
        element, parent = parent, parent.getparent()
    return path[::-1]


@given(mutations())
def test_mutations_are_refused_with_lines(mutation: tuple[bytes, set[int | None]]) -> None:
    data, lines = mutation
    assert not valid(data)
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data)
    assert None not in lines
    assert all(problem.line in lines for problem in caught.value.problems), (
        caught.value.problems,
        lines,
    )


# Limits -------------------------------------------------------------------------------


def test_limits_are_checked() -> None:
    with pytest.raises(InvalidValueError, match=r"Limits\.max_depth"):
        xml.Limits(max_depth=0)
    assert xml.Limits().max_depth == 64


def test_max_text() -> None:
    data = xml.dumps(EVERYTHING)
    assert xml.loads(data, limits=xml.Limits(max_text=100)) == EVERYTHING
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data, limits=xml.Limits(max_text=20))
    too_long = "a text is longer than 20 characters (Limits.max_text)"
    found = [(p.line, p.path) for p in caught.value.problems if p.message == too_long]
    assert (line_of(data, "<subject>"), "/instrument/subject") in found
    assert (line_of(data, "<name>UBND"), "/instrument/issuer/parent/name") in found


def test_max_bytes() -> None:
    data = xml.dumps(EVERYTHING)
    with pytest.raises(XMLDecodeError, match=r"larger than 1000 bytes \(Limits.max_bytes\)"):
        xml.loads(data, limits=xml.Limits(max_bytes=1000))
    with pytest.raises(XMLDecodeError, match=r"larger than 1000 bytes"):
        xml.loads(io.BytesIO(data), limits=xml.Limits(max_bytes=1000))


def nested(levels: int) -> Instrument:
    task = Task(text="lá")
    for _ in range(levels - 1):
        task = Task(text="cành", subtasks=[task])
    return Instrument(regime=Regime.STATE, body=Body(tasks=[task]))


def test_max_depth_counts_elements() -> None:
    data = xml.dumps(nested(10))  # instrument/body/tasks, 10 tasks, then a text: depth 14
    assert xml.loads(data, limits=xml.Limits(max_depth=14)) == nested(10)
    with pytest.raises(XMLDecodeError) as caught:
        xml.loads(data, limits=xml.Limits(max_depth=13))
    (found,) = caught.value.problems
    assert found.message == "elements are nested more than 13 deep (Limits.max_depth)"
    assert found.path == "/instrument/body/tasks" + "/task" * 10 + "/text"


def test_libxml2_depth_cap_needs_huge_tree() -> None:
    """libxml2 stops at 256 levels unless huge_tree is on; past it here, MAX_NESTING refuses
    the 300 tasks (tasks nest at most 100 deep in every format, so vnadmin writes none)."""
    leaf = "<text>lá</text>".encode()
    data = xml.dumps(nested(100), limits=xml.Limits(max_depth=104)).replace(
        leaf, leaf + b"<task>" * 200 + b"</task>" * 200
    )
    with pytest.raises(XMLDecodeError, match="nested deeper than libxml2 allows"):
        xml.loads(data)
    assert xml.Limits(max_depth=1000).huge
    with pytest.raises(XMLDecodeError, match=r"tasks nest more than 100 deep"):
        xml.loads(data, limits=xml.Limits(max_depth=1000))


# The writer writes nothing its reader refuses ------------------------------------------------

DEEPEST = 60
"""Tasks nested 60 deep fit the default max_depth of 64: instrument, body, tasks, the 60
tasks, and the last one's text (docs: ``Limits.max_depth`` counts from the document element)."""


def test_the_deepest_task_tree_that_fits_round_trips() -> None:
    assert xml.Limits().max_depth == 64
    data = roundtrip(nested(DEEPEST))
    assert data.count(b"<task>") == DEEPEST


def test_one_level_deeper_is_refused_by_the_writer() -> None:
    too_deep = nested(DEEPEST + 1)
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(too_deep)
    assert caught.value.path == "Instrument.body.tasks[0]" + ".subtasks[0]" * DEEPEST
    assert caught.value.message == (
        "nested too deeply to read back: elements would nest 65 deep, more than "
        "Limits.max_depth (64); pass limits= with a larger max_depth to the writer and to "
        "the reader"
    )
    with pytest.raises(XMLEncodeError, match=r"more than Limits\.max_depth"):
        xml.to_element(too_deep)
    raised = xml.Limits(max_depth=65)
    assert xml.loads(xml.dumps(too_deep, limits=raised), limits=raised) == too_deep


def test_the_path_names_the_task_among_its_siblings() -> None:
    deep = nested(DEEPEST).body.tasks[0]
    body = Body(
        tasks=[Task(text="một")], closing=[Task(text="hai"), Task(text="ba", subtasks=[deep])]
    )
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(Instrument(regime=Regime.STATE, body=body))
    assert caught.value.path == "Instrument.body.closing[1]" + ".subtasks[0]" * DEEPEST


def test_a_task_with_deep_content_is_measured_by_its_content() -> None:
    number = DocumentNumber(
        number="1", year=2020, issuer_abbreviation="QH", style=NumberStyle.LEGAL
    )
    cited = Task(text="lá", citations=[Citation(number=number)])  # citation/legal-number/sequence
    for levels, fits in ((DEEPEST - 2, True), (DEEPEST - 1, False)):
        task = cited
        for _ in range(levels - 1):
            task = Task(text="cành", subtasks=[task])
        instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task]))
        if fits:
            roundtrip(instrument)
        else:
            with pytest.raises(XMLEncodeError, match=r"nest 65 deep"):
                xml.dumps(instrument)


def chained(levels: int) -> Organization:
    organization = Organization(name="gốc")
    for _ in range(levels - 1):
        organization = Organization(name="nhánh", parent=organization)
    return organization


def test_parent_organisations_are_bounded_too() -> None:
    # instrument, issuer, 61 parents, the last one's name: 64
    roundtrip(Instrument(regime=Regime.STATE, issuer=chained(62)))
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(Instrument(regime=Regime.STATE, issuer=chained(63)))
    assert caught.value.path == "Instrument.issuer" + ".parent" * 62
    addressees = [Organization(name="một"), chained(62)]  # one level lower than the issuer
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(Instrument(regime=Regime.STATE, addressees=addressees))
    assert caught.value.path == "Instrument.addressees[1]" + ".parent" * 61


def test_a_collection_counts_depth_from_its_root() -> None:
    out = io.BytesIO()
    xml.dump_collection([nested(DEEPEST - 1)], out)
    assert list(xml.iter_load(out.getvalue())) == [nested(DEEPEST - 1)]
    with pytest.raises(XMLEncodeError, match=r"\(64\) counted from <instruments>"):
        xml.dump_collection([nested(DEEPEST)], io.BytesIO())
    raised = xml.Limits(max_depth=65)
    out = io.BytesIO()
    xml.dump_collection([nested(DEEPEST)], out, limits=raised)
    assert list(xml.iter_load(out.getvalue(), limits=raised)) == [nested(DEEPEST)]


@given(
    vst.instruments(drafts=None, bodies=vst.bodies(tasks=vst.task_lists(max_size=3, max_depth=4)))
)
def test_the_writer_refuses_exactly_what_the_reader_refuses(instrument: Instrument) -> None:
    data = xml.dumps(instrument, limits=xml.Limits(max_depth=100))
    root = etree.fromstring(data)
    depth = max(sum(1 for _ in element.iterancestors()) + 1 for element in root.iter())
    fits, short = xml.Limits(max_depth=depth), xml.Limits(max_depth=depth - 1)
    assert xml.dumps(instrument, limits=fits) == data
    assert xml.loads(data, limits=fits) == instrument
    with pytest.raises(XMLEncodeError, match=f"nest {depth} deep"):
        xml.dumps(instrument, limits=short)
    with pytest.raises(XMLDecodeError, match=f"nested more than {depth - 1} deep"):
        xml.loads(data, limits=short)


# Collections --------------------------------------------------------------------------


@given(st.lists(vst.instruments(drafts=None), max_size=4))
def test_collection_round_trip(instruments: list[Instrument]) -> None:
    out = io.BytesIO()
    xml.dump_collection(iter(instruments), out)
    validate_xml(out.getvalue())
    assert list(xml.iter_load(out.getvalue())) == instruments


def test_collection_to_a_path(tmp_path: Path) -> None:
    path = tmp_path / "all.xml"
    seeds = list(SEEDS.values())
    xml.dump_collection(seeds, path)
    validate_xml(path)
    assert list(xml.iter_load(path)) == seeds
    assert list(xml.iter_load(path.read_text("utf-8"))) == seeds


def collection(*members: bytes, after: bytes = b"") -> bytes:
    """An <instruments> file of ``members`` (documents from dumps), ``after`` the last."""
    body = b"".join(member.split(b"\n", 1)[1] for member in members)
    head = f"<?xml version='1.0'?>\n<instruments xmlns='{NS}'>\n".encode()
    return head + body + after + b"</instruments>\n"


def test_dumps_writes_no_text_longer_than_the_reader_takes() -> None:
    limits = xml.Limits(max_text=40)
    fits = Instrument(regime=Regime.STATE, body=Body(tasks=[Task(label="1.", text="x" * 40)]))
    assert xml.loads(xml.dumps(fits, limits=limits), limits=limits) == fits
    longer = Instrument(regime=Regime.STATE, body=Body(tasks=[Task(label="1.", text="x" * 41)]))
    with pytest.raises(XMLDecodeError, match=r"longer than 40 characters \(Limits.max_text\)"):
        xml.loads(xml.dumps(longer, limits=xml.Limits(max_text=41)), limits=limits)
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(longer, limits=limits)
    assert caught.value.path == "Instrument.body.tasks[0].text"
    assert caught.value.message.startswith("41 characters, more than Limits.max_text (40); ")


def test_a_collection_member_is_measured_as_a_document_is() -> None:
    limits = xml.Limits(max_text=40)
    long = Instrument(regime=Regime.STATE, body=Body(tasks=[Task(label="1.", text="x" * 41)]))
    out = io.BytesIO()
    with pytest.raises(XMLEncodeError) as caught:
        xml.dump_collection([Instrument(regime=Regime.STATE), long], out, limits=limits)
    assert caught.value.path == "Instrument.body.tasks[0].text"
    raised = xml.Limits(max_text=41)
    out = io.BytesIO()
    xml.dump_collection([long], out, limits=raised)
    assert list(xml.iter_load(out.getvalue(), limits=raised)) == [long]


def test_dumps_writes_no_document_larger_than_the_reader_takes() -> None:
    instrument = Instrument(regime=Regime.STATE, place="Hà Nội")
    size = len(xml.dumps(instrument))
    assert (
        xml.loads(
            xml.dumps(instrument, limits=xml.Limits(max_bytes=size)),
            limits=xml.Limits(max_bytes=size),
        )
        == instrument
    )
    with pytest.raises(XMLDecodeError, match=r"Limits.max_bytes"):
        xml.loads(xml.dumps(instrument), limits=xml.Limits(max_bytes=size - 1))
    with pytest.raises(XMLEncodeError) as caught:
        xml.dumps(instrument, limits=xml.Limits(max_bytes=size - 1))
    assert (caught.value.path, caught.value.message.split(";")[0]) == (
        "Instrument",
        f"{size} bytes of XML, more than Limits.max_bytes ({size - 1})",
    )


@pytest.mark.parametrize("followed", [False, True], ids=["last", "followed"])
def test_collection_errors_name_the_member(followed: bool) -> None:
    # The stream forgets the members read; the path must still count them, and a member
    # already followed by the next one in memory must not be counted twice.
    good = xml.dumps(Instrument(regime=Regime.STATE))
    bad = xml.dumps(Instrument(regime=Regime.PARTY)).replace(b"party", b"guild")
    data = collection(good, bad, *([good] * followed))
    loaded = xml.iter_load(data)
    assert next(loaded) == Instrument(regime=Regime.STATE)
    with pytest.raises(XMLDecodeError) as caught:
        next(loaded)
    (found,) = caught.value.problems
    assert (found.line, found.path) == (
        line_of(data, "guild"),
        "/instruments/instrument[2]/@regime",
    )


def test_a_bad_first_member_followed_by_others_is_named_once() -> None:
    bad = xml.dumps(Instrument(regime=Regime.PARTY)).replace(b"party", b"guild")
    good = xml.dumps(Instrument(regime=Regime.STATE))
    with pytest.raises(XMLDecodeError) as caught:
        next(xml.iter_load(collection(bad, good)))
    assert [p.path for p in caught.value.problems] == ["/instruments/instrument[1]/@regime"]


SMALL = xml.dumps(Instrument(regime=Regime.STATE))


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (SMALL, "expected <instruments>, found <instrument>"),
        (collection(SMALL, after=b"stray"), "unexpected text 'stray'"),
        (collection(SMALL, SMALL.replace(b"<body", b"x<body")), "unexpected text 'x'"),
        (collection(SMALL).replace(b"'>", b"' n='1'>", 1), "unexpected attribute 'n'"),
        (collection(SMALL)[:-20], "not well-formed XML"),
    ],
)
def test_collection_shape(data: bytes, message: str) -> None:
    with pytest.raises(XMLDecodeError, match=re.escape(message)):
        list(xml.iter_load(data))


def test_collection_member_size_is_bounded() -> None:
    big = xml.dumps(
        Instrument(regime=Regime.STATE, body=Body(tasks=[EVERYTHING.body.tasks[0]] * 100))
    )
    assert len(big) > 200_000
    data = collection(SMALL, big, SMALL)
    with pytest.raises(XMLDecodeError, match=r"a member of the collection is larger"):
        list(xml.iter_load(data, limits=xml.Limits(max_bytes=100_000)))
    assert len(list(xml.iter_load(data, limits=xml.Limits(max_bytes=len(big))))) == 3


def test_collection_depth_is_bounded() -> None:
    data = collection(xml.dumps(nested(10)))
    assert len(list(xml.iter_load(data, limits=xml.Limits(max_depth=15)))) == 1
    with pytest.raises(XMLDecodeError, match="nested more than 14 deep"):
        list(xml.iter_load(data, limits=xml.Limits(max_depth=14)))


# Golden files: one per seed, read by eye --------------------------------------------------


def canonical(data: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    return str(etree.canonicalize(etree.fromstring(data, parser).getroottree()))


@pytest.mark.parametrize("seed", sorted(SEEDS))
def test_golden(seed: str) -> None:
    golden = (GOLDEN / f"{seed}.xml").read_bytes()  # written by tests/golden/regen.py
    assert canonical(xml.dumps(SEEDS[seed])) == canonical(golden)
    assert xml.loads(golden) == SEEDS[seed]
    validate_xml(golden)


def test_docs_example_shows_what_dumps_writes() -> None:
    page = (Path(__file__).resolve().parent.parent / "docs" / "xml.md").read_text("utf-8")
    code = re.search(r"^```python\n(.*?)^```", page, re.MULTILINE | re.DOTALL)
    shown = re.search(r"^```xml\n(.*?)^```", page, re.MULTILINE | re.DOTALL)
    assert code is not None
    assert shown is not None
    namespace: dict[str, object] = {}
    exec(code.group(1), namespace)
    instrument = namespace["instrument"]
    assert isinstance(instrument, Instrument)
    assert xml.dumps(instrument) == shown.group(1).encode()


# The vocabulary, written once ---------------------------------------------------------------------

_XS = "{http://www.w3.org/2001/XMLSchema}"


def _schema_contents() -> set[frozenset[str]]:
    """The child element names of each complex type of ``schemas/vnadmin.xsd``."""
    schema = etree.parse(str(Path(__file__).resolve().parent.parent / "schemas" / "vnadmin.xsd"))
    groups = {group.get("name"): group for group in schema.iter(f"{_XS}group") if group.get("name")}

    def names(particle: etree._Element) -> set[str]:
        found = set()
        for element in particle.iter(f"{_XS}element", f"{_XS}group"):
            if element is particle:
                continue
            if next(element.iterancestors(f"{_XS}complexType", f"{_XS}group")) is not particle:
                continue  # the content of a nested type
            if element.tag == f"{_XS}group":
                found |= names(groups[element.get("ref", "").partition(":")[2]])
            else:
                found.add(element.get("name", ""))
        return found

    return {frozenset(names(complex_type)) for complex_type in schema.iter(f"{_XS}complexType")}


def test_the_schema_says_what_the_vocabulary_says() -> None:
    # Every content model the reader checks is a complex type of the schema, and every
    # complex type of the schema is a content model, the collection aside (it is read as a
    # stream of <instrument>); so the XSD cannot drift from the names the codec uses.
    from vnadmin.xml._vocabulary import CONTENTS, local

    vocabulary = {
        frozenset(local(tag) for slot in content.slots for tag in slot.tags) for content in CONTENTS
    }
    assert vocabulary == _schema_contents() - {frozenset({"instrument"})}
