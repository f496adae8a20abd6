"""How a document is printed, apart from what it says: the paper, the margins, and each
component's font, size, weight, style and position, as NĐ 30/2020 Phụ lục I (state
documents) and HD 36-HD/VPTW (Party documents) prescribe them.

The instrument model (:mod:`vnadmin.model`) knows no format; a printed page does.  Word and
PDF readers measure a :class:`Presentation` (what the page shows); the Word writer prints
what :data:`REQUIREMENTS` asks for, and the checker's presentation rules compare the two.
Lengths are in millimetres, font sizes in points.

The requirements are those of Phụ lục I, Phần I (mục I: paper, margins, font; mục II:
each component's kỹ thuật trình bày; mục III: the other components) and of HD 36's
kỹ thuật trình bày for Party documents; each names where it comes from.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from vnadmin.model import Regime
from vnadmin.model._fields import TupleOf, is_a, is_text, items, to_text

__all__ = [
    "A4",
    "FONT",
    "MARGINS",
    "REQUIREMENTS",
    "Alignment",
    "Column",
    "Component",
    "LineSpacing",
    "Margins",
    "Page",
    "Presentation",
    "Requirement",
    "Shown",
    "requirement",
    "writing_regime",
]


class Component(enum.Enum):
    """A component of the printed document (NĐ 30 Article 8, Phụ lục I; HD 36)."""

    BANNER = "banner"  # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, or ĐẢNG CỘNG SẢN VIỆT NAM
    MOTTO = "motto"  # Độc lập - Tự do - Hạnh phúc
    PARENT = "parent"  # the issuer's direct parent body (cơ quan chủ quản)
    ISSUER = "issuer"
    NUMBER = "number"  # Số: 12/UBND-VX
    DATELINE = "dateline"  # Sóc Trăng, ngày 05 tháng 01 năm 2022
    MARK = "mark"  # KHẨN, MẬT, LƯU HÀNH NỘI BỘ
    KIND = "kind"  # CHỈ THỊ
    SUBJECT = "subject"  # the subject under the kind name
    VV_SUBJECT = "vv_subject"  # a công văn's V/v subject under its number
    ADDRESSEES = "addressees"  # Kính gửi
    BODY = "body"
    AUTHORITY = "authority"  # TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
    SIGNER = "signer"  # the signer's name
    DISTRIBUTION_HEADING = "distribution_heading"  # Nơi nhận:
    DISTRIBUTION = "distribution"  # its entries and the archive line
    CONTACT = "contact"  # address, phone, e-mail, website
    APPENDIX = "appendix"  # Phụ lục I, and the appendix's title


class Alignment(enum.Enum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


class Column(enum.Enum):
    """Where a header component stands: the left or right column of the header."""

    LEFT = "left"
    RIGHT = "right"


def _mm(value: float) -> float:
    return round(float(value), 1)


@attrs.frozen(kw_only=True)
class Margins:
    """The page margins, in millimetres."""

    top: float = attrs.field(converter=_mm)
    bottom: float = attrs.field(converter=_mm)
    left: float = attrs.field(converter=_mm)
    right: float = attrs.field(converter=_mm)


@attrs.frozen(kw_only=True)
class Page:
    """The paper of one section of the document and its margins, in millimetres."""

    width: float = attrs.field(converter=_mm)
    height: float = attrs.field(converter=_mm)
    margins: Margins | None = attrs.field(default=None, validator=is_a(Margins, optional=True))

    @property
    def portrait(self) -> bool:
        return self.height >= self.width


@attrs.frozen(kw_only=True)
class LineSpacing:
    """The spacing of a paragraph's lines: a multiple of a single line (``lines``), or a
    fixed height in points (``points``, exactly or at least)."""

    lines: float | None = None
    points: float | None = None


def _to_fonts(value: object) -> tuple[str, ...]:
    return tuple(sorted({str(v) for v in value})) if not isinstance(value, str) else (value,)  # type: ignore[attr-defined]


def _to_sizes(value: object) -> tuple[float, ...]:
    return tuple(sorted({float(v) for v in value}))  # type: ignore[attr-defined]


@attrs.frozen(kw_only=True)
class Shown:
    """One component as the page shows it, measured over the runs of its text.

    ``fonts`` and ``sizes`` are the distinct values its runs have (empty when the document
    does not say, and no default applies); ``bold``, ``italic`` and ``underline`` are
    ``None`` when its runs differ; ``caps`` says the text shows in capitals (typed so, or
    by the capitals property); ``rule_below`` that a horizontal rule is drawn under it.
    ``where`` names its place (``header table, row 1, right cell``).
    """

    component: Component = attrs.field(validator=is_a(Component))
    text: str = attrs.field(converter=to_text, validator=is_text(multiline=True))
    where: str = attrs.field(converter=to_text, validator=is_text())
    fonts: tuple[str, ...] = attrs.field(default=(), converter=_to_fonts)
    sizes: tuple[float, ...] = attrs.field(default=(), converter=_to_sizes)
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    caps: bool = False
    alignment: Alignment | None = attrs.field(
        default=None, validator=is_a(Alignment, optional=True)
    )
    column: Column | None = attrs.field(default=None, validator=is_a(Column, optional=True))
    rule_below: bool = False
    spacing: LineSpacing | None = attrs.field(
        default=None, validator=is_a(LineSpacing, optional=True)
    )


@attrs.frozen(kw_only=True)
class Presentation:
    """What a printed document shows beyond its instrument: the paper of each section and
    its components as printed, in document order."""

    pages: tuple[Page, ...] = attrs.field(
        default=(), converter=TupleOf[Page], validator=items(Page)
    )
    shown: tuple[Shown, ...] = attrs.field(
        default=(), converter=TupleOf[Shown], validator=items(Shown)
    )

    def of(self, component: Component) -> tuple[Shown, ...]:
        """The printed occurrences of ``component``."""
        return tuple(s for s in self.shown if s.component is component)


# The requirements -----------------------------------------------------------------------------

A4 = (210.0, 297.0)
"""A4 paper, portrait (NĐ 30/2020 Phụ lục I, Phần I, mục I.1; HD 36-HD/VPTW)."""
FONT = "Times New Roman"
"""The font of both regimes (NĐ 30/2020 Phụ lục I, Phần I, mục I.4; HD 36-HD/VPTW)."""
MARGINS = MappingProxyType(
    {"top": (20.0, 25.0), "bottom": (20.0, 25.0), "left": (30.0, 35.0), "right": (15.0, 20.0)}
)
"""The margins of both regimes, in millimetres (NĐ 30/2020 Phụ lục I, Phần I, mục I.3;
HD 36-HD/VPTW)."""

BODY_LINES = (1.0, 1.5)
"""Line spacing of the body: single to 1.5 lines (NĐ 30/2020 Phụ lục I, Phần I, mục
II.6 điểm b)."""


@attrs.frozen(kw_only=True)
class Requirement:
    """How a component is printed in a regime: its size range in points, and whether it is
    bold, italic, underlined, in capitals (``None``: the regulation does not say), how it
    is aligned and in which header column, whether a rule is drawn under it, and the
    article that says so."""

    sizes: tuple[float, float]
    bold: bool | None = False
    italic: bool | None = False
    underline: bool | None = None
    caps: bool | None = None
    alignment: Alignment | None = None
    column: Column | None = None
    rule_below: bool = False
    source: str

    @property
    def size(self) -> float:
        """The size the writer prints: the largest allowed, clerks' usual choice, except
        where a range gives a component's smaller size."""
        return self.sizes[1]


_ND30 = "NĐ 30/2020 Phụ lục I, Phần I"
_HD36 = "HD 36-HD/VPTW, kỹ thuật trình bày văn bản của Đảng"
_C, _J = Alignment.CENTER, Alignment.JUSTIFY
_L, _R = Column.LEFT, Column.RIGHT


def _state() -> dict[Component, Requirement]:
    return {
        Component.BANNER: Requirement(
            sizes=(12, 13), bold=True, caps=True, alignment=_C, column=_R,
            source=f"{_ND30}, mục II.1 điểm b",
        ),
        Component.MOTTO: Requirement(
            sizes=(13, 14), bold=True, caps=False, alignment=_C, column=_R, rule_below=True,
            source=f"{_ND30}, mục II.1 điểm b",
        ),
        Component.PARENT: Requirement(
            sizes=(12, 13), caps=True, alignment=_C, column=_L,
            source=f"{_ND30}, mục II.2 điểm b",
        ),
        Component.ISSUER: Requirement(
            sizes=(12, 13), bold=True, caps=True, alignment=_C, column=_L, rule_below=True,
            source=f"{_ND30}, mục II.2 điểm b",
        ),
        Component.NUMBER: Requirement(
            sizes=(13, 13), alignment=_C, column=_L, source=f"{_ND30}, mục II.3 điểm b"
        ),
        Component.DATELINE: Requirement(
            sizes=(13, 14), italic=True, alignment=_C, column=_R,
            source=f"{_ND30}, mục II.4 điểm b",
        ),
        Component.MARK: Requirement(
            sizes=(13, 14), bold=True, caps=True, source=f"{_ND30}, mục III.2 và III.3"
        ),
        Component.KIND: Requirement(
            sizes=(13, 14), bold=True, caps=True, alignment=_C,
            source=f"{_ND30}, mục II.5 điểm b",
        ),
        Component.SUBJECT: Requirement(
            sizes=(14, 14), bold=True, alignment=_C, rule_below=True,
            source=f"{_ND30}, mục II.5 điểm b",
        ),
        Component.VV_SUBJECT: Requirement(
            sizes=(12, 13), alignment=_C, column=_L, source=f"{_ND30}, mục II.5 điểm b (công văn)"
        ),
        Component.ADDRESSEES: Requirement(sizes=(14, 14), source=f"{_ND30}, mục II.9 điểm b (ô 9a)"),
        Component.BODY: Requirement(
            sizes=(13, 14), alignment=_J, source=f"{_ND30}, mục II.6 điểm b"
        ),
        Component.AUTHORITY: Requirement(
            sizes=(13, 14), bold=True, caps=True, alignment=_C,
            source=f"{_ND30}, mục II.7 điểm b",
        ),
        Component.SIGNER: Requirement(
            sizes=(13, 14), bold=True, alignment=_C, source=f"{_ND30}, mục II.7 điểm b"
        ),
        Component.DISTRIBUTION_HEADING: Requirement(
            sizes=(12, 12), bold=True, italic=True, source=f"{_ND30}, mục II.9 điểm b (ô 9b)"
        ),
        Component.DISTRIBUTION: Requirement(
            sizes=(11, 11), source=f"{_ND30}, mục II.9 điểm b (ô 9b)"
        ),
        Component.CONTACT: Requirement(sizes=(11, 12), source=f"{_ND30}, mục III.6"),
        Component.APPENDIX: Requirement(
            sizes=(14, 14), bold=True, alignment=_C, source=f"{_ND30}, mục III.1 (phụ lục)"
        ),
    }  # fmt: skip


def _party() -> dict[Component, Requirement]:
    return {
        Component.BANNER: Requirement(
            sizes=(15, 15), bold=True, caps=True, alignment=_C, column=_R, rule_below=True,
            source=f"{_HD36} (tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM)",
        ),
        Component.PARENT: Requirement(
            sizes=(14, 14), caps=True, alignment=_C, column=_L,
            source=f"{_HD36} (tên cơ quan cấp trên)",
        ),
        Component.ISSUER: Requirement(
            sizes=(14, 14), bold=True, caps=True, alignment=_C, column=_L,
            source=f"{_HD36} (tên cơ quan ban hành)",
        ),
        Component.NUMBER: Requirement(
            sizes=(14, 14), alignment=_C, column=_L, source=f"{_HD36} (số và ký hiệu)"
        ),
        Component.DATELINE: Requirement(
            sizes=(14, 14), italic=True, column=_R, source=f"{_HD36} (địa điểm, ngày tháng năm)"
        ),
        Component.MARK: Requirement(
            sizes=(13, 14), bold=True, caps=True, source=f"{_HD36} (dấu chỉ mức độ khẩn, mật)"
        ),
        Component.KIND: Requirement(
            sizes=(15, 16), bold=True, caps=True, alignment=_C, source=f"{_HD36} (tên loại)"
        ),
        Component.SUBJECT: Requirement(
            sizes=(14, 15), bold=True, alignment=_C, source=f"{_HD36} (trích yếu nội dung)"
        ),
        Component.VV_SUBJECT: Requirement(
            sizes=(12, 12), italic=True, alignment=_C, column=_L,
            source=f"{_HD36} (trích yếu công văn)",
        ),
        Component.ADDRESSEES: Requirement(sizes=(14, 14), source=f"{_HD36} (kính gửi)"),
        Component.BODY: Requirement(sizes=(14, 15), alignment=_J, source=f"{_HD36} (nội dung)"),
        Component.AUTHORITY: Requirement(
            sizes=(14, 14), bold=True, caps=True, alignment=_C,
            source=f"{_HD36} (thể thức đề ký, chức vụ)",
        ),
        Component.SIGNER: Requirement(
            sizes=(14, 14), bold=True, alignment=_C, source=f"{_HD36} (họ tên người ký)"
        ),
        Component.DISTRIBUTION_HEADING: Requirement(
            sizes=(14, 14), underline=True, source=f"{_HD36} (nơi nhận)"
        ),
        Component.DISTRIBUTION: Requirement(sizes=(12, 12), source=f"{_HD36} (nơi nhận)"),
        Component.CONTACT: Requirement(sizes=(11, 12), source=f"{_HD36} (địa chỉ, điện thoại)"),
        Component.APPENDIX: Requirement(
            sizes=(14, 14), bold=True, alignment=_C, source=f"{_HD36} (phụ lục)"
        ),
    }  # fmt: skip


REQUIREMENTS: Mapping[Regime, Mapping[Component, Requirement]] = MappingProxyType(
    {
        Regime.STATE: MappingProxyType(_state()),
        Regime.PARTY: MappingProxyType(_party()),
    }
)
"""What each regime asks of each component.  Legal normative documents have no table here:
the writer prints them as state documents, and the checker checks their paper, margins and
font only."""


def requirement(regime: Regime, component: Component) -> Requirement | None:
    """What ``regime`` asks of ``component``; ``None`` when it has no requirement for it."""
    table = REQUIREMENTS.get(regime)
    return None if table is None else table.get(component)


def writing_regime(regime: Regime) -> Regime:
    """The table a document of ``regime`` is printed by: legal normative documents by the
    state table."""
    return Regime.PARTY if regime is Regime.PARTY else Regime.STATE
