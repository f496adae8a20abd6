"""Any text where a reader expects a number ends in a value or a vnadmin error that says
where (issue 14).

A 5,000-digit ``day`` used to escape the XML reader as Python's bare ``ValueError``
("Exceeds the limit (4300 digits) for integer string conversion"), which the command line
called an internal error.  Each numeric attribute and element of vnadmin XML and edXML, and
each integer property of vnadmin JSON, is fed arbitrary text here: long digit strings, signs,
white space, other scripts' digits, anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar
from xml.sax.saxutils import escape, quoteattr

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vnadmin import edxml, xml
from vnadmin import json as vjson
from vnadmin.errors import DecodeError, EdxmlDecodeError, JSONDecodeError, XMLDecodeError
from vnadmin.model import Instrument

T = TypeVar("T")

# Text XML 1.0 can carry (a control character makes the document not well-formed, which
# tests/test_hostile_bytes.py covers), biased towards what a number reader meets.
CHARACTERS = st.characters(
    codec="utf-8", exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"
)
DIGITS = st.text(alphabet="0123456789", min_size=1, max_size=6000)  # int() stops at 4,300
NUMBER_TEXT = st.one_of(
    st.text(CHARACTERS, max_size=30),
    DIGITS,
    st.tuples(
        st.sampled_from(["", " ", "\t", "+", "-", "0", "٣", "²"]),
        st.integers(min_value=0, max_value=10**30).map(str),
        st.sampled_from(["", " ", "\n", ".0", "e3", "x"]),
    ).map("".join),
)

# vnadmin XML: each numeric place, filled with {value}; the others hold valid numbers.
# Written from docs/xml.md's vocabulary (a legal number has a year; a period deadline a
# quarter then a year).
XML_DOCUMENT = """<instrument xmlns="urn:vnadmin:xml:1.0" regime="legal">
  <kind>nghi-dinh</kind>
  <legal-number><sequence>30</sequence><year>{legal_year}</year><kind-abbreviation>NĐ</kind-abbreviation><issuer-abbreviation>CP</issuer-abbreviation></legal-number>
  <date day={date_day} month={date_month} year={date_year}/>
  <body>
    <tasks>
      <task><text>Báo cáo kết quả.</text><date-deadline bound="before" day={deadline_day} month={deadline_month} year={deadline_year}/></task>
      <task><text>Tổng kết.</text><period-deadline><quarter>{quarter}</quarter><year>{period_year}</year></period-deadline></task>
    </tasks>
  </body>
  <archive copies={archive_copies}><unit>VT</unit></archive>
  <drafter copies={drafter_copies}>NVA</drafter>
  <incoming-stamp number={incoming_number}><receiver>Sở Nội vụ</receiver></incoming-stamp>
</instrument>
"""
XML_PLACES = {  # place: (a valid value, the path a problem with it is reported at)
    "legal_year": ("2020", "/instrument/legal-number/year"),
    "date_day": ("5", "/instrument/date/@day"),
    "date_month": ("3", "/instrument/date/@month"),
    "date_year": ("2020", "/instrument/date/@year"),
    "deadline_day": ("10", "/instrument/body/tasks/task[1]/date-deadline/@day"),
    "deadline_month": ("4", "/instrument/body/tasks/task[1]/date-deadline/@month"),
    "deadline_year": ("2024", "/instrument/body/tasks/task[1]/date-deadline/@year"),
    "quarter": ("2", "/instrument/body/tasks/task[2]/period-deadline/quarter"),
    "period_year": ("2024", "/instrument/body/tasks/task[2]/period-deadline/year"),
    "archive_copies": ("2", "/instrument/archive/@copies"),
    "drafter_copies": ("10", "/instrument/drafter/@copies"),
    "incoming_number": ("15", "/instrument/incoming-stamp/@number"),
}


def outcome(read: Callable[..., T], *args: Any, **options: Any) -> T | DecodeError:
    """What ``read(*args, **options)`` returns, or the DecodeError it raises."""
    try:
        return read(*args, **options)
    except DecodeError as error:
        return error


def xml_document(place: str, value: str) -> str:
    values = {name: valid for name, (valid, _) in XML_PLACES.items()}
    values[place] = value
    return XML_DOCUMENT.format(
        **{
            name: escape(text)
            if name in ("legal_year", "quarter", "period_year")
            else quoteattr(text)
            for name, text in values.items()
        }
    )


def test_the_xml_document_reads_with_valid_numbers() -> None:
    instrument = xml.loads(xml_document("date_day", "5"))
    assert instrument.date is not None
    assert (instrument.date.day, instrument.date.month, instrument.date.year) == (5, 3, 2020)
    assert instrument.incoming is not None
    assert instrument.incoming.number == 15


@pytest.mark.parametrize("place", sorted(XML_PLACES))
@given(value=NUMBER_TEXT)
def test_any_text_in_an_xml_number_reads_or_is_placed(place: str, value: str) -> None:
    found = outcome(xml.loads, xml_document(place, value))
    if isinstance(found, DecodeError):
        assert isinstance(found, XMLDecodeError)
        (problem,) = found.problems
        assert problem.line is not None
        assert problem.path == XML_PLACES[place][1], found
        assert len(str(found)) < 500
    else:
        assert isinstance(found, Instrument)


def test_a_5000_digit_number_is_too_large() -> None:
    with pytest.raises(XMLDecodeError) as raised:
        xml.loads(xml_document("date_day", "1" * 5000))
    (problem,) = raised.value.problems
    assert problem.message == f"{'1' * 60!r}… (5,000 characters) is too large a number"


# edXML: each numeric element of a document package (and the StatusCode of a status one).
EDXML_PACKAGE = """<edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope>
<edXMLHeader>
<MessageHeader>
<From><OrganId>000.00.00.H41</OrganId><OrganName>SỞ NỘI VỤ</OrganName></From>
<Code><CodeNumber>{code_number}</CodeNumber><CodeNotation>SNV-VP</CodeNotation></Code>
<DocumentType><Type>{type}</Type><TypeName>Công văn</TypeName></DocumentType>
<Subject>V/v báo cáo</Subject>
<SteeringType>{steering_type}</SteeringType>
<OtherInfo><Priority>{priority}</Priority><PromulgationAmount>{promulgation_amount}</PromulgationAmount><PageAmount>{page_amount}</PageAmount><TyperNotation>NVA</TyperNotation></OtherInfo>
{status}
</MessageHeader>
<TraceHeaderList><Bussiness><BussinessDocType>{business_doc_type}</BussinessDocType></Bussiness></TraceHeaderList>
</edXMLHeader></edXMLEnvelope></edXML>
"""
EDXML_PLACES = {
    "code_number": "12",
    "type": "1",
    "steering_type": "1",
    "priority": "0",
    "promulgation_amount": "10",
    "page_amount": "2",
    "business_doc_type": "0",
}


def edxml_package(place: str, value: str, *, status: bool = False) -> str:
    values = dict(
        EDXML_PLACES,
        status="<StatusCode>{status_code}</StatusCode><Timestamp>2024/01/02 08:00:00</Timestamp>"
        if status
        else "",
    )
    if place in values:
        values[place] = escape(value)
    package = EDXML_PACKAGE.format(**values)
    return package.replace("{status_code}", escape(value) if place == "status_code" else "01")


def test_the_edxml_package_reads_with_valid_numbers() -> None:
    package = edxml.loads(edxml_package("priority", "0"))
    assert package.page_amount == 2
    assert package.unread == ()
    assert edxml.loads_status(edxml_package("status_code", "1", status=True)).status.value == "01"


@pytest.mark.parametrize("place", sorted(EDXML_PLACES))
@given(value=NUMBER_TEXT)
def test_any_text_in_an_edxml_number_reads_or_is_noted(place: str, value: str) -> None:
    """A header value that does not read is kept as sent, with where it was."""
    package = edxml.loads(edxml_package(place, value))  # a bad value never refuses it
    for note in package.unread:
        assert note.line is not None
        assert note.path.startswith("/edXML/edXMLEnvelope/edXMLHeader/")
        assert len(note.message) < 300


@given(value=NUMBER_TEXT)
def test_any_text_in_a_status_code_reads_or_is_placed(value: str) -> None:
    found = outcome(edxml.loads_status, edxml_package("status_code", value, status=True))
    if isinstance(found, DecodeError):
        assert isinstance(found, EdxmlDecodeError)
        (problem,) = found.problems
        assert problem.line is not None
        assert problem.path == "/edXML/edXMLEnvelope/edXMLHeader/MessageHeader/StatusCode"
        assert len(str(found)) < 500
    else:
        assert isinstance(found, edxml.StatusPackage)


# vnadmin JSON: an integer property given any JSON number, read by orjson and by the
# standard library alike.
JSON_NUMBERS = st.one_of(
    st.tuples(st.sampled_from(["", "-"]), DIGITS.filter(lambda d: d == "0" or d[0] != "0")).map(
        "".join
    ),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["1e400", "-0", "0.5", "1E2", "12345678901234567890123"]),
)
JSON_PLACES = {
    "date.day": '{"vnadmin":"1.0","regime":"state","date":{"day":N}}',
    "date.year": '{"vnadmin":"1.0","regime":"state","date":{"month":3,"year":N}}',
    "archive.copies": '{"vnadmin":"1.0","regime":"state","archive":{"units":["VT"],"copies":N}}',
    "incoming.number": '{"vnadmin":"1.0","regime":"state","incoming":{"receiver":"Sở","number":N}}',
}


@pytest.mark.parametrize("place", sorted(JSON_PLACES))
@pytest.mark.parametrize("reader", ["orjson", "stdlib"])
@given(number=JSON_NUMBERS)
def test_any_number_in_json_reads_or_is_placed(place: str, reader: str, number: str) -> None:
    document = JSON_PLACES[place].replace("N", number)
    loads = vjson._orjson_loads if reader == "orjson" else vjson._stdlib_loads
    try:
        data = loads(document)
    except ValueError:  # what vjson.loads turns into a JSONDecodeError at "$"
        with pytest.raises(JSONDecodeError):
            vjson.loads(document)
        return
    found = outcome(vjson.from_dict, data)
    if isinstance(found, DecodeError):
        assert isinstance(found, JSONDecodeError)
        assert [where for where, _ in found.problems] == [place], found
        assert len(str(found)) < 500
    else:
        assert isinstance(found, Instrument)
