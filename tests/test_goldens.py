"""The golden documents say what the seed documents say.

``tests/golden/regen.py`` writes the JSON, XML and Akoma Ntoso goldens from the seed
instruments, and the format tests compare ``dumps`` with them: that detects a change, not a
wrong value written once and kept.  Here a few fields of each seed were typed by hand from
the seed's text (``src/vnadmin/seeds/*.txt``; the line each comes from is quoted beside it),
and every golden is read for them, each in its own format's terms.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from lxml import etree

from vnadmin import akn
from vnadmin.samples import SEEDS

GOLDEN = Path(__file__).resolve().parent / "golden"
XML = {"v": "urn:vnadmin:xml:1.0"}
AKN = {"a": akn.NAMESPACE}


Day = tuple[int | None, int | None, int | None]
"""(day, month, year), a part None where the document leaves it blank."""


@attrs.frozen
class Printed:
    """What a seed prints, typed from its text; None where it prints nothing."""

    kind: str | None  # the kind's code, from the kind line or the V/v subject
    symbol: str | None  # after "Số:", the number left blank in drafts
    place: str | None
    date: Day | None  # as printed
    labels: tuple[str, ...] | None  # of the top-level tasks; None: not checked
    authority: tuple[str, str] | None  # the signing mark and whom it names
    title: str | None  # the signer's title line
    signer: str | None
    first_recipient: str | None
    archive: tuple[str, ...] | None  # the units after "Lưu"
    stamp: tuple[str | None, int, Day] | None  # ĐẾN: receiver, number, date
    source: str | None = None  # where a reported instrument was read


SEEN = {
    "000": Printed(
        kind="cong-van",  # "V/v tăng cường, đổi mới công tác dân vận ..."
        symbol="/STC-VP",  # "Số: /STC-VP"
        place="Sóc Trăng",  # "Sóc Trăng, ngày tháng 01 năm 2022"
        date=(None, 1, 2022),
        labels=("1.", "2.", "3.", "4.", "5."),
        authority=None,
        title="GIÁM ĐỐC",
        signer="Dương Thị Kim Thúy",
        first_recipient="Như trên",  # "- Như trên;"
        archive=("VP",),  # "- Lưu: VP."
        stamp=None,
    ),
    "001": Printed(
        kind="cong-van",  # "V/v tăng cường triển khai thực hiện công tác ..."
        symbol="/SNV-XDCQ&CTTN",  # "Số: /SNV-XDCQ&CTTN"
        place="Tuyên Quang",  # "Tuyên Quang, ngày tháng 6 năm 2024"
        date=(None, 6, 2024),
        labels=tuple(f"{n}." for n in range(1, 9)),
        authority=("KT", "GIÁM ĐỐC"),  # "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC"
        title="PHÓ GIÁM ĐỐC",
        signer="Vũ Ngọc Khánh",
        first_recipient="Như trên",
        archive=("VT", "XDCQ&CTTN"),  # "- Lưu: VT, XDCQ&CTTN."
        stamp=None,
    ),
    "003": Printed(
        kind="chi-thi",  # "CHỈ THỊ" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY"
        symbol=None,  # no Số: line
        place=None,  # no date line
        date=None,
        labels=tuple(f"{n}." for n in range(1, 11)),
        authority=None,  # a bare name: "Phạm Xuân Thăng"
        title=None,
        signer="Phạm Xuân Thăng",
        first_recipient="Văn phòng Trung ương Đảng",  # "- Văn phòng Trung ương Đảng, | (để báo cáo)"
        archive=("Văn phòng Tỉnh ủy",),  # "- Lưu Văn phòng Tỉnh ủy."
        stamp=("SỞ TÀI CHÍNH HẢI DƯƠNG", 4689, (21, 5, 2022)),  # "ĐẾN Số: 4689 Ngày: 21/5/2022"
    ),
    "004": Printed(
        kind=None,  # a news report of "văn bản chỉ đạo", no kind line
        symbol=None,
        place=None,
        date=None,
        labels=None,  # its tasks are sentences run together, not a printed list
        authority=None,
        title=None,
        signer=None,
        first_recipient=None,
        archive=None,
        stamp=None,
        source="Baothanhhoa.vn",  # "(Baothanhhoa.vn) - Để triển khai ..."
    ),
}


def _symbol(sequence: str | None, parts: list[str]) -> str:
    """The symbol as printed after ``Số:``: ``12/STC-VP``, ``/SNV-XDCQ&CTTN`` when blank."""
    return f"{sequence or ''}/{'-'.join(parts)}"


def _ymd(iso: str) -> Day:
    year, month, day = (int(part) for part in iso.split("-"))
    return day, month, year


def _from_json(seed: str) -> Printed:
    document: dict[str, Any] = json.loads((GOLDEN / "json" / f"{seed}.json").read_bytes())
    number, date, stamp = document.get("number"), document.get("date"), document.get("incoming")
    signature = (document.get("signatures") or [{}])[0]
    authorities = signature.get("authorities") or []
    archive = document.get("archive")
    return Printed(
        kind=document.get("kind"),
        symbol=None
        if number is None
        else _symbol(
            number.get("number"),
            [
                *filter(None, (number.get("kind_abbreviation"), number["issuer_abbreviation"])),
                *number.get("extra_parts", []),
            ],
        ),
        place=document.get("place"),
        date=None if date is None else (date.get("day"), date.get("month"), date.get("year")),
        labels=tuple(task.get("label") for task in document.get("body", {}).get("tasks", [])),
        authority=(authorities[0]["mark"], authorities[0]["applies_to"]) if authorities else None,
        title=signature.get("title"),
        signer=signature.get("name"),
        first_recipient=(document.get("distribution") or [{}])[0].get("name"),
        archive=None if archive is None else tuple(archive["units"]),
        stamp=None if stamp is None else (stamp["receiver"], stamp["number"], _ymd(stamp["date"])),
        source=(document.get("reported") or {}).get("source"),
    )


class _Tree:
    """XPath reads of one golden XML document."""

    def __init__(self, path: Path, namespaces: dict[str, str]) -> None:
        self.root: Any = etree.parse(str(path)).getroot()
        self.namespaces = namespaces

    def find(self, path: str, node: Any = None) -> Any:
        return (self.root if node is None else node).find(path, self.namespaces)

    def all(self, path: str, node: Any = None) -> list[Any]:
        return list((self.root if node is None else node).findall(path, self.namespaces))

    def text(self, path: str, node: Any = None) -> str | None:
        found = self.find(path, node)
        return None if found is None else "".join(found.itertext()).strip()


def _day(node: Any) -> Day:
    def part(name: str) -> int | None:
        value = node.get(name)
        return None if value is None else int(value)

    return part("day"), part("month"), part("year")


def _from_xml(seed: str) -> Printed:
    tree = _Tree(GOLDEN / "xml" / f"{seed}.xml", XML)
    numbers = tree.all("v:state-number") + tree.all("v:party-number") + tree.all("v:legal-number")
    number = numbers[0] if numbers else None
    date, stamp = tree.find("v:date"), tree.find("v:incoming-stamp")
    authority = tree.find("v:signatures/v:signature/v:authority")
    archive = [unit.text for unit in tree.all("v:archive/v:unit")]
    return Printed(
        kind=tree.text("v:kind"),
        symbol=None
        if number is None
        else _symbol(
            tree.text("v:sequence", number),
            [
                part.text
                for name in ("kind-abbreviation", "issuer-abbreviation", "extra-part")
                for part in tree.all(f"v:{name}", number)
            ],
        ),
        place=tree.text("v:place"),
        date=None if date is None else _day(date),
        labels=tuple(task.get("label") for task in tree.all("v:body/v:tasks/v:task")),
        authority=None if authority is None else (authority.get("mark"), authority.text),
        title=tree.text("v:signatures/v:signature/v:title"),
        signer=tree.text("v:signatures/v:signature/v:name"),
        first_recipient=tree.text("v:distribution/v:recipient"),
        archive=tuple(archive) if archive else None,
        stamp=None
        if stamp is None
        else (
            tree.text("v:receiver", stamp),
            int(stamp.get("number")),
            _day(tree.find("v:date", stamp)),
        ),
        source=tree.text("v:reported/v:source"),
    )


_DATELINE = re.compile(r"ngày\s*(\d*)\s*tháng\s*(\d*)\s*năm\s*(\d*)")
_MARK = re.compile(r"(TM|KT|TL|TUQ|Q)\. (.+)")


def _parts(day: str, month: str, year: str) -> Day:
    """``ngày  tháng 6 năm 2024`` read: a blank part is None."""
    read = [int(part) if part else None for part in (day, month, year)]
    return read[0], read[1], read[2]


def _from_akn(seed: str) -> Printed:
    tree = _Tree(GOLDEN / "akn" / f"{seed}.xml", AKN)
    dateline = tree.text(".//a:preface/a:p[@class='dateline']")
    printed = None if dateline is None else _DATELINE.search(dateline)
    mark = tree.text(".//a:blockContainer[@class='signature']/a:p[@class='authority']")
    marked = None if mark is None else _MARK.fullmatch(mark)
    archive = [p.text for p in tree.all(".//a:container[@name='archive']/a:p")]
    recipient = tree.find(".//a:container[@name='distribution']/a:p")
    received = tree.find(".//a:FRBRItem/a:FRBRdate[@name='received']")
    receiver = tree.find(".//a:FRBRItem/a:FRBRauthor")
    kind = tree.find(".//a:FRBRWork/a:FRBRsubtype").get("value")
    return Printed(
        kind=None if kind == "van-ban" else kind,  # a document of no kind is a văn bản
        symbol=tree.text(".//a:preface//a:docNumber"),
        place=tree.text(".//a:preface/a:p[@class='dateline']/a:location"),
        date=None if printed is None else _parts(*printed.groups()),
        labels=tuple(num.text for num in tree.all(".//a:mainBody/*/a:num")),
        authority=None if marked is None else (marked[1], marked[2]),
        title=tree.text(".//a:conclusions//a:signature/a:role"),
        signer=tree.text(".//a:conclusions//a:signature/a:person"),
        first_recipient=None if recipient is None else recipient.text.strip(),
        archive=tuple(archive) if archive else None,
        stamp=None
        if received is None
        else (
            tree.find(f".//a:TLCOrganization[@eId='{receiver.get('href')[1:]}']").get("showAs"),
            int(tree.find(".//a:FRBRItem/a:FRBRalias[@name='soDen']").get("value")),
            _ymd(received.get("date")),
        ),
        source=tree.text(".//a:note/a:p[@class='source']"),
    )


READERS = {"json": _from_json, "xml": _from_xml, "akn": _from_akn}


@pytest.mark.parametrize("seed", sorted(SEEN))
@pytest.mark.parametrize("form", sorted(READERS))
def test_the_golden_says_what_the_seed_prints(form: str, seed: str) -> None:
    expected, found = SEEN[seed], READERS[form](seed)
    for field in attrs.fields(Printed):
        wanted = getattr(expected, field.name)
        if field.name == "labels" and wanted is None:
            continue  # not a printed list: see SEEN
        assert getattr(found, field.name) == wanted, f"{form} golden of seed {seed}: {field.name}"


def test_every_seed_is_read_here() -> None:
    assert sorted(SEEN) == sorted(SEEDS)
