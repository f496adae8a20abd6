"""Presentation rules: how a printed document looks, as NĐ 30/2020 Phụ lục I (state
documents) and HD 36-HD/VPTW (Party documents) ask it to: the paper, the margins, the font,
and each component's size, weight, style, capitals, position and the rules drawn under the
banner, the issuer and the subject, and the spacing of the body's lines.

They run on what a Word or PDF reader measured (:attr:`vnadmin.docx.PageReading.presentation`):
``check(vnadmin.docx.read(data))``.  On an instrument alone they say nothing.  Each finding
names the component, its place in the document and the article its requirement comes from
(:data:`vnadmin.presentation.REQUIREMENTS`).  Legal normative documents are checked for
their paper, margins and font only: this table is not theirs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import attrs

from vnadmin.model import Regime
from vnadmin.presentation import (
    A4,
    BODY_LINES,
    FONT,
    MARGINS,
    Component,
    Presentation,
    Requirement,
    Shown,
    requirement,
)
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["PAGE_ONLY", "RULES", "PresentationContext", "presentation_of"]

_ND30 = "NĐ 30/2020 Phụ lục I, Phần I"
_HD36 = "HD 36-HD/VPTW"
_COMPONENTS = f"{_ND30}, mục II và III (each component); {_HD36} (Party documents)"
_PRINTED = (Regime.STATE, Regime.PARTY)
_PAPER_TOLERANCE = 1.0  # millimetres: what a printer driver's rounding makes of A4
_MARGIN_TOLERANCE = 0.5


@attrs.frozen(kw_only=True)
class PresentationContext(Context):
    """A printed document as the checker sees it: the instrument and the presentation its
    reader measured."""

    presentation: Presentation


def _presentation(context: Context) -> Presentation | None:
    return context.presentation if isinstance(context, PresentationContext) else None


def _name(component: Component) -> str:
    return component.value.replace("_", " ")


def _grouped(
    context: Context, fault: Callable[[Shown, Requirement], str | None]
) -> Iterator[Finding]:
    """One finding per component whose printed occurrences break its requirement: the first
    place it happens, and how many."""
    presentation = _presentation(context)
    if presentation is None:
        return
    faults: dict[Component, list[tuple[Shown, str]]] = {}
    for shown in presentation.shown:
        need = requirement(context.instrument.regime, shown.component)
        if need is None:
            continue
        said = fault(shown, need)
        if said is not None:
            faults.setdefault(shown.component, []).append((shown, said))
    for component, found in faults.items():
        shown, said = found[0]
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        need = requirement(context.instrument.regime, component)
        assert need is not None
        yield Finding(
            f"presentation.{component.value}",
            f"{_name(component)} at {shown.where}{more}: {said} ({need.source})",
        )


@rule(
    "VN-PRES-001",
    Severity.ERROR,
    source=f"{_ND30}, mục I.1 và I.2 (khổ giấy A4, theo chiều dài); {_HD36}",
    summary="the paper is A4, the first page upright",
)
def paper(context: Context) -> Iterator[Finding]:
    presentation = _presentation(context)
    if presentation is None:
        return
    for index, page in enumerate(presentation.pages, 1):
        size = sorted((page.width, page.height))
        if any(abs(have - want) > _PAPER_TOLERANCE for have, want in zip(size, A4, strict=True)):
            yield Finding(
                f"presentation.pages[{index - 1}]",
                f"section {index} is {page.width:g} × {page.height:g} mm, not A4 (210 × 297 mm)",
            )
        elif index == 1 and not page.portrait:
            yield Finding(
                "presentation.pages[0]",
                "the first section is landscape: a document is printed upright (only tables"
                " may turn the page)",
            )


@rule(
    "VN-PRES-002",
    Severity.WARNING,
    source=f"{_ND30}, mục I.3 (định lề trang); {_HD36}",
    summary="margins: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm",
)
def margins(context: Context) -> Iterator[Finding]:
    presentation = _presentation(context)
    if presentation is None:
        return
    for index, page in enumerate(presentation.pages):
        if page.margins is None:
            continue
        for side, (low, high) in MARGINS.items():
            have = getattr(page.margins, side)
            if not low - _MARGIN_TOLERANCE <= have <= high + _MARGIN_TOLERANCE:
                yield Finding(
                    f"presentation.pages[{index}].margins.{side}",
                    f"the {side} margin is {have:g} mm; {low:g}-{high:g} mm required",
                )


@rule(
    "VN-PRES-003",
    Severity.ERROR,
    source=f"{_ND30}, mục I.4 (phông chữ Times New Roman); {_HD36}",
    summary="the text is in Times New Roman",
)
def font(context: Context) -> Iterator[Finding]:
    presentation = _presentation(context)
    if presentation is None:
        return
    wrong: dict[Component, tuple[Shown, set[str], int]] = {}
    for shown in presentation.shown:
        others = {name for name in shown.fonts if name.casefold() != FONT.casefold()}
        if others:
            first, names, count = wrong.get(shown.component, (shown, set(), 0))
            wrong[shown.component] = (first, names | others, count + 1)
    for component, (shown, names, count) in wrong.items():
        more = f" (and {count - 1} more)" if count > 1 else ""
        yield Finding(
            f"presentation.{component.value}",
            f"{_name(component)} at {shown.where}{more} is in {', '.join(sorted(names))},"
            f" not {FONT}",
        )


def _sizes(shown: Shown, need: Requirement) -> str | None:
    low, high = need.sizes
    outside = [size for size in shown.sizes if not low <= size <= high]
    if not outside:
        return None
    wanted = f"{low:g} pt" if low == high else f"{low:g}-{high:g} pt"
    return f"{', '.join(f'{size:g}' for size in outside)} pt; {wanted} required"


@rule(
    "VN-PRES-004",
    Severity.WARNING,
    source=_COMPONENTS,
    summary="each component is printed in its size",
    regimes=_PRINTED,
)
def size(context: Context) -> Iterator[Finding]:
    yield from _grouped(context, _sizes)


def _style(name: str, have: bool | None, want: bool | None) -> str | None:
    if want is None or have is want:
        return None
    if have is None:
        return f"partly {name}; {'all' if want else 'none of it'} {name} required"
    return f"{name}; not {name} required" if have else f"not {name}; {name} required"


@rule(
    "VN-PRES-005",
    Severity.WARNING,
    source=_COMPONENTS,
    summary="bold where required (banner, issuer, kind, subject, signature), not elsewhere",
    regimes=_PRINTED,
)
def bold(context: Context) -> Iterator[Finding]:
    yield from _grouped(context, lambda shown, need: _style("bold", shown.bold, need.bold))


@rule(
    "VN-PRES-006",
    Severity.WARNING,
    source=_COMPONENTS,
    summary="italic and underlined where required (the date, Nơi nhận), upright elsewhere",
    regimes=_PRINTED,
)
def style(context: Context) -> Iterator[Finding]:
    def fault(shown: Shown, need: Requirement) -> str | None:
        return _style("italic", shown.italic, need.italic) or _style(
            "underlined", shown.underline, need.underline
        )

    yield from _grouped(context, fault)


@rule(
    "VN-PRES-007",
    Severity.WARNING,
    source=_COMPONENTS,
    summary="capitals where required (banner, issuer, kind, signing marks and titles)",
    regimes=_PRINTED,
)
def capitals(context: Context) -> Iterator[Finding]:
    def fault(shown: Shown, need: Requirement) -> str | None:
        if need.caps is None or shown.caps is need.caps:
            return None
        return (
            "not in capitals; capitals required"
            if need.caps
            else "in capitals; lower case required"
        )

    yield from _grouped(context, fault)


@rule(
    "VN-PRES-008",
    Severity.WARNING,
    source=f"{_ND30}, mục II.1, II.2 và II.5 điểm b (đường kẻ ngang, nét liền); {_HD36}",
    summary="a rule under the banner's motto (Party: the banner), the issuer and the subject",
    regimes=_PRINTED,
)
def rules_below(context: Context) -> Iterator[Finding]:
    def fault(shown: Shown, need: Requirement) -> str | None:
        if need.rule_below and not shown.rule_below:
            return "no horizontal rule under it"
        return None

    yield from _grouped(context, fault)


@rule(
    "VN-PRES-009",
    Severity.WARNING,
    source=f"{_ND30}, mục II.6 điểm b (khoảng cách giữa các dòng); {_HD36}",
    summary="the body's lines are spaced single to 1.5 lines",
    regimes=_PRINTED,
)
def line_spacing(context: Context) -> Iterator[Finding]:
    def fault(shown: Shown, need: Requirement) -> str | None:
        spacing = shown.spacing
        if shown.component is not Component.BODY or spacing is None:
            return None
        low, high = BODY_LINES
        if spacing.lines is not None and not low <= spacing.lines <= high:
            return f"lines spaced {spacing.lines:g}; {low:g} to {high:g} lines required"
        text_size = max(shown.sizes, default=need.size)
        single = text_size * 1.15  # a single line of Times New Roman
        if spacing.points is not None and not text_size <= spacing.points <= single * high:
            return (
                f"lines {spacing.points:g} pt apart; {text_size:g} to {single * high:.1f} pt"
                " (single to 1.5 lines) required"
            )
        return None

    yield from _grouped(context, fault)


@rule(
    "VN-PRES-010",
    Severity.WARNING,
    source=f"{_ND30}, mục II và IV (vị trí trình bày); {_HD36}",
    summary="each component where it belongs: its header column, centred or justified",
    regimes=_PRINTED,
)
def position(context: Context) -> Iterator[Finding]:
    def fault(shown: Shown, need: Requirement) -> str | None:
        if need.column is not None and shown.column is not None and shown.column is not need.column:
            return f"in the {shown.column.value} column of the header; the {need.column.value} one required"
        have = shown.alignment  # None: not known (a PDF line that fills neither way)
        if need.alignment is not None and have is not None and have is not need.alignment:
            return f"aligned {have.value}; {need.alignment.value} required"
        return None

    yield from _grouped(context, fault)


RULES: tuple[Rule, ...] = (
    paper,
    margins,
    font,
    size,
    bold,
    style,
    capitals,
    rules_below,
    line_spacing,
    position,
)

PAGE_ONLY = frozenset(r.code for r in RULES)
"""The rules that read what only a printed document holds: silent on an instrument alone."""


def presentation_of(read: object) -> Presentation | None:
    """The presentation a reader's result carries (a Word or PDF reading), if any."""
    found = getattr(read, "presentation", None)
    return found if isinstance(found, Presentation) else None
