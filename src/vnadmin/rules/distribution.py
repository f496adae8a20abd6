"""Distribution rules: a state document's Nơi nhận ends with ``Lưu: VT, <unit>``: the registry
office, then the unit that drafted it (the copy count after them is optional); each item
ends with ``;`` and the last line with ``.``, as printed
(:attr:`Printed.distribution <vnadmin.model.Printed.distribution>`).  The archive rules are
the state's form (a Party document keeps ``Lưu Văn phòng ...``, ``Lưu HC-TĐKT``): they keep
silent where the reader only assumed the regime (a crawl without banner nor number)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.grammar.archive import names_clerks
from vnadmin.model import Regime
from vnadmin.normalize import fold
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES"]

_SOURCE = "NĐ 30/2020 Phụ lục I, Phần I, mục II.9.b"


_VT_MISREAD = frozenset({"vi", "vl", "v1", "vf", "v7", "vr"})
"""``VT`` as a scan's OCR reads it: the T as a stroke or a letter of its shape."""


@rule(
    "VN-DIST-001",
    Severity.ERROR,
    regimes={Regime.STATE},
    source=_SOURCE,
    summary="The distribution list (Nơi nhận) ends with an archive line (Lưu: VT, ...)",
    reports=False,
    needs=("archive", "regime"),
)
def archive_line(context: Context) -> Iterator[Finding]:
    if context.instrument.archive is None:
        yield Finding("archive", "the distribution list (Nơi nhận) ends with 'Lưu: VT, ...'")


@rule(
    "VN-DIST-002",
    Severity.ERROR,
    regimes={Regime.STATE},
    source=_SOURCE,
    summary="The archive line names the registry office VT (Lưu: VT, XDCQ&CTTN)",
    needs=("archive", "regime"),
)
def archive_names_clerks(context: Context) -> Iterator[Finding]:
    """In a print the reader found damaged, a first unit OCR read for VT (``VI``, ``Vl``)
    is VT."""
    archive = context.instrument.archive
    if archive is None or any(names_clerks(unit) for unit in archive.units):
        return
    if not (context.print_in_doubt and archive.units and fold(archive.units[0]) in _VT_MISREAD):
        yield Finding(
            "archive.units",
            "the archive line (Lưu) names the registry office VT (văn thư);"
            f" it names only {', '.join(archive.units)}",
        )


@rule(
    "VN-DIST-003",
    Severity.INFO,
    regimes={Regime.STATE},
    source=_SOURCE,
    summary="The archive line names the drafting unit after VT (Lưu: VT, TCCB)",
    needs=("archive", "regime"),
)
def archive_names_drafter(context: Context) -> Iterator[Finding]:
    """Worth knowing, not a warning: an issuer that drafts without a unit of its own (a
    district's Phòng, a commune, a small Ủy ban's office) prints ``Lưu: VT.``, the unit
    being the issuer itself, and documents keyed correct on their page images do so; a
    clerk is told the decree's full form, not warned."""
    archive = context.instrument.archive
    if archive is not None and all(names_clerks(unit) for unit in archive.units):
        yield Finding(
            "archive.units",
            "the archive line (Lưu) names, after VT, the unit that drafted the document"
            " (đơn vị soạn thảo)",
        )


@rule(
    "VN-DIST-004",
    Severity.WARNING,
    regimes={Regime.STATE, Regime.LEGAL},
    source=_SOURCE,
    summary="Each Nơi nhận item ends with ; (not with nothing) and the last line, the archive"
    " line, with .",
    needs=("printed", "distribution"),
)
def item_punctuation(context: Context) -> Iterator[Finding]:
    lines = context.printed
    items = lines.distribution
    for index, item in enumerate(items):
        last = index == len(items) - 1 and lines.archive is None
        following = items[index + 1] if index + 1 < len(items) else ""
        end = item.rstrip()[-1:]
        if not last and (end in _ITEM_ENDS or ";" in item):
            continue  # "- Như trên; D 4": what a text layer ran on after the ";" is not the print
        if _UNIT.match(item) and _MINISTRY.match(following):
            continue  # "- Cục Kiểm tra văn bản ..." / "- Bộ Tư pháp;": one item, its ministry
        if _goes_on(following):
            continue  # "Thủ tướng" / ", các Phó Thủ tướng Chính phủ;": its rest, cut by a link
        wanted = "." if last else ";"
        if end != wanted:
            what = "the last line" if last else "an item"
            yield Finding(
                f"printed.distribution[{index}]",
                f"{what} of Nơi nhận ends with {_said(end)}, not {wanted}: {item!r}",
            )
    archive = lines.archive
    if archive is not None and not _ENDED.search(archive):
        end = archive.rstrip()[-1:]
        yield Finding(
            "printed.archive",
            f"the last line of Nơi nhận ends with {_said(end)}, not .: {archive!r}",
        )


def _goes_on(line: str) -> bool:
    """Whether a line of the list goes on with the item above (a comma, a closing
    parenthesis or a small letter first, no dash): a wrap the page cut (a link, a narrow
    cell), so the item above has no end of its own."""
    first = line.lstrip(" \t")[:1]
    return first in (",", ";", ")") or first.islower()


def _said(end: str) -> str:
    return repr(end) if end else "nothing"


_UNIT = re.compile(r"[-–+•*\s]*(?:Cục|Tổng cục|Vụ|Viện|Thanh tra|Văn phòng)\s")
_MINISTRY = re.compile(r"[-–+•*\s]*Bộ\s[^;]*;")
"""A unit's item whose ministry follows after a dash, the wrap put on a line of its own:
``- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính`` / ``- Bộ Tư pháp;`` is one
item, ``Cục ... - Bộ Tư pháp;``."""
_ITEM_ENDS = (";", ",", ":")
"""How an item may end: ``;``, a group's heading ``:`` (``- Thường trực HĐND tỉnh:``), and the
comma of a group wrapped over lines or of the Party's style, which a clerk lets be; what is
reported is an item without an end mark."""
_ENDED = re.compile(r"\.[ \t]*$|[^\W_)]\.[ \t]+\S|\)\.")
"""An archive line that ends with its full stop, before what a text layer ran on after it
(``- Lưu: VT, NC(Vi55). S. SỬ``: the seal's text)."""


RULES: tuple[Rule, ...] = (
    archive_line,
    archive_names_clerks,
    archive_names_drafter,
    item_punctuation,
)
