"""Where an issuer sits: the province codes of the administrative divisions of 2025.

A work IRI names the province of a sub-national issuer as its locality (``/akn/vn-51/...``
for Quảng Ngãi).  The code system is the national list of administrative units (mã đơn vị
hành chính, the statistics office's two-digit province codes) as reorganised on 1 July
2025: 34 provinces and centrally-run cities.  The list is read from the ``vietnam-provinces``
package, which keeps it up to date; vnadmin holds no table of its own.  The package is the
optional extra ``vnadmin[akn]``: without it :func:`provinces` raises
:class:`~vnadmin.errors.MissingExtraError` rather than name works some other way.

:func:`locate` reads an issuer's names (innermost first) and its place of issue:

- ``tỉnh X`` or ``Tỉnh ủy X`` (``thành phố X``, ``Thành ủy X`` when X is a city run by the
  centre) names the province X;
- any other local unit names the actor, slugged: a district or commune (``huyện``, ``xã``,
  ``phường``...), a city inside a province (``thành phố Quảng Ngãi``), a province that is
  not in the list since 2025 (``tỉnh Sóc Trăng``, ``tỉnh Đắk Nông``);
- when no name places a local body (a Sở, an Ủy ban or Hội đồng nhân dân, a ``Tỉnh ủy``
  without its name), a place of issue that is a province in the list does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

import attrs

from vnadmin.errors import MissingExtraError
from vnadmin.model.kinds import slug
from vnadmin.model.parties import Organization
from vnadmin.normalize import fold, tone_key

__all__ = [
    "EXTRA",
    "NATIONAL",
    "Locality",
    "Province",
    "locate",
    "province",
    "provinces",
    "seat",
    "seat_of",
]

EXTRA = "akn"
"""The optional extra that brings the list of provinces in: ``pip install 'vnadmin[akn]'``."""
_PACKAGE = "vietnam-provinces"


@attrs.frozen(kw_only=True)
class Province:
    """A province or centrally-run city: its two-digit code (``51``), its name
    (``Quảng Ngãi``, ``Hồ Chí Minh``) and whether it is a city run by the centre."""

    code: str
    name: str
    city: bool

    @property
    def key(self) -> str:
        return fold(self.name)


@functools.cache
def provinces() -> tuple[Province, ...]:
    """Every province of the list, longest name first (so ``Hà Nam`` never shadows a
    longer name that starts the same way)."""
    try:
        from vietnam_provinces import Province as Source
        from vietnam_provinces import VietNamDivisionType
    except ImportError:
        raise MissingExtraError("Naming a work's province", EXTRA, _PACKAGE) from None
    found = [
        Province(
            code=f"{int(source.code):02d}",
            name=source.name.removeprefix("Thành phố "),
            city=source.division_type is VietNamDivisionType.THANH_PHO_TRUNG_UONG,
        )
        for source in Source.iter_all()
    ]
    return tuple(sorted(found, key=lambda found: (-len(found.key), found.code)))


_LEADING = re.compile(r"^[\W_]+")
_PREFIX = re.compile(r"^(?:tinh|thanh pho|t\.?p\.?)\s+")


def province(place: str) -> Province | None:
    """The province a place name is (``Quảng Ngãi``, ``TP. Hồ Chí Minh``, ``- Hà Nội``),
    or ``None`` for any other place."""
    key = _PREFIX.sub("", _LEADING.sub("", fold(place)))
    return next((found for found in provinces() if found.key == key), None)


@attrs.frozen(kw_only=True)
class Locality:
    """Where an issuer sits: its province, the actor when the province is not enough, and
    whether its names say it is a local body at all (``Sở``, ``Ủy ban nhân dân``)."""

    province: Province | None = None
    actor: str | None = None
    local: bool = False


NATIONAL = Locality()
"""A body of the centre, or one whose names say nothing of where it sits."""

_UNIT_WORDS = {
    "tỉnh ủy": "tinh",  # a Party committee is named by its unit: Tỉnh ủy X sits in tỉnh X
    "thành ủy": "thanh pho",
    "huyện ủy": "huyen",
    "quận ủy": "quan",
    "thị ủy": "thi xa",
    "thị xã": "thi xa",
    "thị trấn": "thi tran",
    "đặc khu": "dac khu",
    "thành phố": "thanh pho",
    "tỉnh": "tinh",
    "huyện": "huyen",
    "quận": "quan",
    "phường": "phuong",
    "xã": "xa",
}
"""The words of local units, with the unit each names (folded)."""

# Matched with their tone marks (tone_key), so that quận is no quản lý or quân sự, phường no
# địa phương, tỉnh no tính; TP. is thành phố.
_UNIT = re.compile(
    r"(?<!\w)("
    + "|".join(re.escape(tone_key(word)) for word in sorted(_UNIT_WORDS, key=len, reverse=True))
    + r"|t\.?p\.?)(?!\w)"
)
_UNIT_OF = {tone_key(word): unit for word, unit in _UNIT_WORDS.items()}
_PROVINCE_UNITS = {"tinh": False, "thanh pho": True}
"""The units that can name a province, and whether the province must be a city."""
_LOCAL_BODY = re.compile(r"^so |(?<!\w)(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd)(?!\w)")
_NAME_END = re.compile(r"[,;:()\[\]/\-–—]")
_NAME_WORDS = 4


def _units(name: str) -> Iterator[tuple[str, str]]:
    """Each local unit ``name`` names, outermost first: its unit (folded: ``tinh``,
    ``huyen``, ``thanh pho``) and its name's first words, folded (``quang ngai``; ``hcm``
    after ``TP.HCM``, the dot of the unit no part of the name)."""
    keyed = tone_key(name)
    units = list(_UNIT.finditer(keyed))
    for index, match in enumerate(units):
        end = units[index + 1].start() if index + 1 < len(units) else len(keyed)
        rest = fold(_NAME_END.split(keyed[match.end() : end], maxsplit=1)[0]).lstrip(" .")
        words = rest.split()[:_NAME_WORDS]
        if words[:1] == ["hoi"] and match[1] == tone_key("xã"):
            continue  # xã hội: society, not a commune
        yield _UNIT_OF.get(match[1], "thanh pho"), " ".join(words)  # the rest spell TP.


def seat(names: Iterable[str]) -> str | None:
    """The name of the innermost local unit that the names (innermost first: issuer, then
    its parents) give, folded (``quang ngai`` for SỞ TÀI CHÍNH under ỦY BAN NHÂN DÂN TỈNH
    QUẢNG NGÃI, ``cu chi`` for ỦY BAN NHÂN DÂN HUYỆN CỦ CHI): the địa danh NĐ 30 Phụ lục I
    mục II.4.a prints.  ``None`` for a body no name places.  Needs no extra."""
    for name in names:
        named = [text for _, text in _units(name) if text]
        if named:
            return named[-1]
    return None


def seat_of(organization: Organization) -> str | None:
    """:func:`seat` of a body's names: its own, then its parents' (cơ quan chủ quản)."""
    names = []
    found: Organization | None = organization
    while found is not None:
        names.append(found.name)
        found = found.parent
    return seat(names)


def _read(name: str) -> Locality:
    """What one name says: the province it names, else the innermost other unit."""
    local = bool(_LOCAL_BODY.search(fold(name)))
    actor = None
    for unit, text in _units(name):
        local = True
        if not text:
            continue  # a bare unit (``UBND tỉnh``): local, but it names nothing
        if unit in _PROVINCE_UNITS:
            for candidate in provinces():
                if (text == candidate.key or text.startswith(candidate.key + " ")) and (
                    candidate.city or not _PROVINCE_UNITS[unit]
                ):
                    return Locality(province=candidate, actor=actor, local=True)
        if actor is None:
            actor = slug(f"{unit} {text}") or None
    return Locality(actor=actor, local=local)


def locate(names: Iterable[str], place: str | None = None) -> Locality:
    """Where the body with these names (innermost first: issuer, then its parents) sits.

    The first name that names a province gives it; the innermost other unit before it is
    the actor.  A local body that no name places takes the province its ``place`` of issue
    is, if that is one.
    """
    actor, local = None, False
    for name in names:
        found = _read(name)
        actor = actor or found.actor
        local = local or found.local
        if found.province is not None:
            return Locality(province=found.province, actor=actor, local=True)
    if actor is None and local and place is not None:
        return Locality(province=province(place), local=True)
    return Locality(actor=actor, local=local)
