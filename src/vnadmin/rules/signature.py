"""Signature rules: authority marks (TM., KT., TL., TUQ., Q.; T/M, K/T ... in Party
documents), the signer's title and name (NĐ 30 Article 13, Phụ lục I mục II.7).

The model only holds known marks; these rules check what each mark needs and how they stack:
``TM. ỦY BAN NHÂN DÂN`` / ``KT. CHỦ TỊCH`` / ``PHÓ CHỦ TỊCH``.  How a mark is printed
(``T/M`` in a state document, ``KT.CHỦ TỊCH``) is read from the printed stack lines
(:attr:`Printed.signature_marks <vnadmin.model.Printed.signature_marks>`) with the marks'
grammar.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from vnadmin.grammar import format_mark
from vnadmin.grammar.marks import DEGREES, read_printed_mark
from vnadmin.model import Regime, SigningMark
from vnadmin.normalize import fold, tone_key
from vnadmin.rules.registry import Context, Finding, Rule, Severity, rule

__all__ = ["RULES", "is_collective", "is_deputy"]

_MARKS = "Phụ lục I, Phần I, mục II.7; HD 36-HD/VPTW (quyền hạn người ký)"

# A collective body (tập thể lãnh đạo) is named by its first word (Ban, Hội đồng, Đoàn, Tổ)
# or contains one of these phrases; compared accent-free, word by word.
_COLLECTIVE_FIRST = frozenset({"ban", "bch", "btv", "doan", "hoi", "tap", "to"})
_COLLECTIVE_PHRASES = tuple(
    fold(p)
    for p in (
        "ủy ban",
        "ubnd",
        "hđnd",
        "chính phủ",
        "quốc hội",
        "thường trực",
        "thường vụ",
        "chi bộ",
        "đảng bộ",
        "đảng đoàn",
        "đảng ủy",
        "tỉnh ủy",
        "thành ủy",
        "huyện ủy",
        "quận ủy",
        "thị ủy",
        "khu ủy",
        "bộ chính trị",
    )
)
# NĐ 30 mục II.7 lets the armed forces and the public bodies of education, health and science
# print an academic or military title before the signer's name; they are told by the issuer
# line or its parent, accent-free, word by word.
_TITLED_BODIES = re.compile(
    r"^(?:truong|dai hoc|hoc vien|vien(?! kiem sat)|benh vien|trung tam y te|cong an|quan khu"
    r"|quan doan|bo tu lenh|bo quoc phong|bo cong an)\b|\b(?:quan su|quan doi|bien phong)\b"
)
_DEPUTY_TITLES = ("phó", "thứ trưởng")
_DEPUTIES = tuple(map(tone_key, _DEPUTY_TITLES))
_DEPUTY_LETTERS = tuple(map(fold, _DEPUTY_TITLES))
_ACADEMIC = re.compile(
    rf"{DEGREES}\.\s*"
    r"|(?i:giáo sư|phó giáo sư|tiến sĩ|tiến sỹ|thạc sĩ|thạc sỹ)\s"
)


def _mark(context: Context, mark: SigningMark) -> str:
    """The mark as the document's regime spells it: ``KT.``, or ``K/T`` in Party documents."""
    return format_mark(mark, context.instrument.regime)


def is_collective(name: str) -> bool:
    """Whether ``name`` names a collective body (``ỦY BAN NHÂN DÂN``, ``BAN THƯỜNG VỤ``)."""
    words = fold(name).split()
    padded = f" {' '.join(words)} "
    return bool(words) and (
        words[0] in _COLLECTIVE_FIRST or any(f" {p} " in padded for p in _COLLECTIVE_PHRASES)
    )


def is_deputy(title: str, *, misread: bool = False) -> bool:
    """Whether ``title`` is a deputy's (``PHÓ GIÁM ĐỐC``, ``THỨ TRƯỞNG``); on its letters
    alone when its marks may be ``misread`` (a scan's ``THỨ TRƯƠNG``), and then also when it
    ends with a minister's deputy's title one letter of which the seal or the signature
    printed over it turned, specks before it (``%C VIHỨ TRƯỞNG``)."""
    key, deputies = (fold(title), _DEPUTY_LETTERS) if misread else (tone_key(title), _DEPUTIES)
    if any(key == d or key.startswith(d + " ") for d in deputies) or _misspelt_rest(title):
        return True
    if _ABBREVIATED_DEPUTY.match(title):
        return True
    return misread and _overprinted(key, _VICE_MINISTER)


def _misspelt_rest(title: str) -> bool:
    """Whether ``title`` is ``THỨ TRƯỞNG`` with a mark misprinted after its first word
    (``THỨ TRỬỞNG``): ``THỨ`` against ``THỦ`` (a head) is told by its first word's tone,
    the rest by its letters."""
    head, _, rest = title.strip().partition(" ")
    first, _, wanted = _DEPUTY_TITLES[1].partition(" ")
    folded = fold(rest)
    return tone_key(head) == tone_key(first) and (
        folded == fold(wanted) or folded.startswith(fold(wanted) + " ")
    )


_ABBREVIATED_DEPUTY = re.compile(r"[ \t]*P\.[ \t]*[^\W\d_]{2}")
"""``P.`` before a head's title abbreviates PHÓ (``P.CHỦ TỊCH``, ``P. GIÁM ĐỐC``), as a
commune's or a school's clerk prints it: the signer is a deputy."""
_VICE_MINISTER = fold("thứ trưởng")


def _overprinted(key: str, title: str) -> bool:
    """Whether the folded ``key`` holds specks, then ``title`` but for one letter (a head's
    title differs from it by more: ``bo truong``, ``vu truong``, ``hieu truong``)."""
    return len(key) > len(title) and _letter_off(key[-len(title) :], title)


def _letter_off(word: str, other: str) -> bool:
    """Whether ``word`` is ``other`` or one letter of it turned (the same length)."""
    return len(word) == len(other) and sum(a != b for a, b in zip(word, other, strict=True)) <= 1


@rule(
    "VN-SIGN-001",
    Severity.WARNING,
    source=f"NĐ 30/2020 Điều 13 khoản 2, {_MARKS}",
    summary="TM. (thay mặt) is followed by a collective body (ỦY BAN NHÂN DÂN, BAN THƯỜNG VỤ)",
    needs=("signature",),
)
def on_behalf_of_collective(context: Context) -> Iterator[Finding]:
    for b, block in enumerate(context.instrument.signatures):
        for a, authority in enumerate(block.authorities):
            if authority.mark is SigningMark.TM and not is_collective(authority.applies_to):
                yield Finding(
                    f"signatures[{b}].authorities[{a}].applies_to",
                    f"{_mark(context, SigningMark.TM)} (thay mặt) signs for a collective body,"
                    f" not {authority.applies_to!r}",
                )


@rule(
    "VN-SIGN-002",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 13 khoản 1, {_MARKS}",
    summary="KT. (ký thay) is signed by a deputy: the title under it is PHÓ ... or THỨ TRƯỞNG",
    needs=("signature", "signature-title"),
)
def deputy_signs(context: Context) -> Iterator[Finding]:
    """In a print the reader found damaged, the title is judged on its letters: OCR misreads
    a tone or a vowel's hook (``THỨ TRƯƠNG``) far more often than a clerk signs wrong, and a
    title that is the end of the mark's (``KT. CHANH VAN PHONG`` / ``PH6 C`` / ``VAN PHONG``)
    or all of it with a letter misread in the block itself (``KT. GIAM D6C`` / ``GIAM
    DOC``), is the deputy's whose head it lost.  The whole title read the same twice is the
    head's (``KT. GIÁM ĐỐC`` / ``GIÁM ĐỐC``), damaged print or not."""
    doubt = context.print_in_doubt
    for b, block in enumerate(context.instrument.signatures):
        marked = [a.applies_to for a in block.authorities if a.mark is SigningMark.KT]
        if not marked:
            continue
        if doubt and block.title is not None and _cut_from(block.title, marked[0]):
            continue
        if block.title is None or not is_deputy(block.title, misread=doubt):
            shown = "no title" if block.title is None else repr(block.title)
            yield Finding(
                f"signatures[{b}].title",
                f"{_mark(context, SigningMark.KT)} (ký thay) is signed by a deputy (PHÓ ...),"
                f" but the title is {shown}",
            )


def _cut_from(title: str, head: str) -> bool:
    """Whether ``title`` is the end of ``head``'s words (``VAN PHONG`` of ``CHANH VAN
    PHONG``), on their letters, each word a letter off at most (``DOC`` of ``D6C``); all of
    them only if a letter is off."""
    words, whole = fold(title).split(), fold(head).split()
    if not 0 < len(words) <= len(whole) or words == whole:
        return False
    return all(_letter_off(a, b) for a, b in zip(words, whole[-len(words) :], strict=True))


@rule(
    "VN-SIGN-003",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 13, {_MARKS}",
    summary="Marks stack in order: TM. first, KT. last (the deputy's title follows), none twice",
    needs=("signature",),
)
def mark_order(context: Context) -> Iterator[Finding]:
    for b, block in enumerate(context.instrument.signatures):
        marks = [a.mark for a in block.authorities]
        for a, mark in enumerate(marks):
            path = f"signatures[{b}].authorities[{a}]"
            if mark in marks[:a]:
                yield Finding(path, f"{_mark(context, mark)} appears twice in one block")
            elif mark is SigningMark.TM and a > 0:
                yield Finding(path, f"{_mark(context, mark)} (thay mặt) heads the stack")
            elif mark is SigningMark.KT and a < len(marks) - 1:
                yield Finding(
                    path,
                    f"{_mark(context, mark)} (ký thay) is the last mark: the deputy's title follows",
                )


@rule(
    "VN-SIGN-004",
    Severity.ERROR,
    source="NĐ 30/2020 Điều 13 khoản 3, 4",
    summary="TL. and TUQ. are not combined, and TUQ. is not passed on to a deputy (KT.)",
    needs=("signature",),
)
def delegation(context: Context) -> Iterator[Finding]:
    for b, block in enumerate(context.instrument.signatures):
        marks = [a.mark for a in block.authorities]
        if SigningMark.TUQ not in marks:
            continue
        tuq = marks.index(SigningMark.TUQ)
        path = f"signatures[{b}].authorities[{tuq}]"
        tl, kt = _mark(context, SigningMark.TL), _mark(context, SigningMark.KT)
        tuq_mark = _mark(context, SigningMark.TUQ)
        if SigningMark.TL in marks:
            yield Finding(path, f"{tl} (thừa lệnh) and {tuq_mark} (thừa ủy quyền) are not combined")
        if SigningMark.KT in marks[tuq + 1 :]:
            yield Finding(path, f"{tuq_mark} (thừa ủy quyền) is not delegated again to {kt}")


@rule(
    "VN-SIGN-005",
    Severity.WARNING,
    regimes={Regime.STATE},
    source="NĐ 30/2020 Phụ lục I, Phần I, mục II.7",
    summary="No academic title or honour (TS., ThS., PGS., GS., NGƯT ...) before the signer's name",
    needs=("signature",),
)
def academic_title(context: Context) -> Iterator[Finding]:
    issuer = context.instrument.issuer
    while issuer is not None:
        if _TITLED_BODIES.search(fold(issuer.name)):
            return
        issuer = issuer.parent
    for b, block in enumerate(context.instrument.signatures):
        found = None if block.name is None else _ACADEMIC.match(block.name)
        if found is not None:
            yield Finding(
                f"signatures[{b}].name",
                f"no academic title (học hàm, học vị) before the name: drop {found.group().strip()!r}"
                " (the armed forces, education, health and science may keep it)",
            )


@rule(
    "VN-SIGN-006",
    Severity.WARNING,
    source="NĐ 30/2020 Điều 8 khoản 2 điểm g; HD 36-HD/VPTW (quyền hạn, chức vụ, họ tên)",
    summary="A final document is signed: a signature block with the signer's title (or the"
    " Q. line of an acting head) and name",
    final_only=True,
    reports=False,
    needs=("signature",),
)
def incomplete_signature(context: Context) -> Iterator[Finding]:
    blocks = context.instrument.signatures
    if not blocks:
        yield Finding("signatures", "the signature block (chức vụ, họ tên người ký) is missing")
    for b, block in enumerate(blocks):
        acting = bool(block.authorities) and block.authorities[-1].mark is SigningMark.Q
        if block.title is None and not acting:  # Q. GIÁM ĐỐC is the acting head's title
            yield Finding(
                f"signatures[{b}].title",
                "the signer's title (chức vụ) is missing",
                needs={"signature-title"},
            )
        if block.name is None:
            yield Finding(
                f"signatures[{b}].name",
                "the signer's name (họ tên) is missing",
                needs={"signature-name"},
            )


_ASSEMBLIES = tuple(fold(name) for name in ("Quốc hội", "Hội đồng nhân dân", "HĐND"))
"""Elected assemblies: their chairs sign resolutions in their own name (CHỦ TỊCH QUỐC HỘI)."""


@rule(
    "VN-SIGN-007",
    Severity.WARNING,
    source=f"NĐ 30/2020 Điều 13 khoản 2, {_MARKS}; NĐ 30/2020 Phụ lục III, mẫu 1.1",
    summary="A nghị quyết, the act of a collective body, is signed TM. (T/M) that body"
    " (not a Quốc hội or HĐND resolution, which its chair signs)",
    needs=("signature", "kind"),
)
def resolution_on_behalf(context: Context) -> Iterator[Finding]:
    instrument = context.instrument
    kind, issuer = instrument.kind, instrument.issuer
    if kind is None or kind.code != "nghi-quyet" or not instrument.signatures:
        return
    name = f" {fold(issuer.name)} " if issuer is not None else ""
    if any(f" {p} " in name for p in _ASSEMBLIES) and " thuong vu " not in name:
        return
    for b, block in enumerate(instrument.signatures):
        if not any(a.mark is SigningMark.TM for a in block.authorities):
            yield Finding(  # a block read without its title lost the mark line above it
                f"signatures[{b}].authorities",
                f"a nghị quyết is signed {_mark(context, SigningMark.TM)} (thay mặt) the body"
                " that resolved it",
                needs={"signature-title"},
            )


@rule(
    "VN-SIGN-008",
    Severity.ERROR,
    source=f"NĐ 30/2020 Điều 13, {_MARKS}",
    summary="Signing marks are printed in the regime's form: TM., KT., TL., TUQ. in state"
    " and legal documents, T/M, K/T, T/L, T/U.Q in Party ones",
    needs=("printed", "signature"),
)
def mark_spelling(context: Context) -> Iterator[Finding]:
    for index, line in enumerate(context.printed.signature_marks):
        found = read_printed_mark(line)
        if found is None:
            continue
        wanted = _mark(context, found.mark)
        if found.spelling != wanted:
            regime = "a Party" if context.instrument.regime is Regime.PARTY else "a state"
            yield Finding(
                f"printed.signature_marks[{index}]",
                f"{regime} document prints the mark {wanted}, not {found.spelling} ({line!r})",
            )


@rule(
    "VN-SIGN-009",
    Severity.WARNING,
    source=f"NĐ 30/2020 {_MARKS}",
    summary="A space follows a signing mark: KT. CHỦ TỊCH, not KT.CHỦ TỊCH",
    needs=("printed", "signature"),
)
def mark_spacing(context: Context) -> Iterator[Finding]:
    for index, line in enumerate(context.printed.signature_marks):
        found = read_printed_mark(line)
        if found is not None and not found.gap:  # more spaces: the layout's, not the print's
            wanted = _mark(context, found.mark)
            yield Finding(
                f"printed.signature_marks[{index}]",
                f"no space after the mark {wanted} ({line!r})",
            )


RULES: tuple[Rule, ...] = (
    on_behalf_of_collective,
    deputy_signs,
    mark_order,
    delegation,
    academic_title,
    incomplete_signature,
    resolution_on_behalf,
    mark_spelling,
    mark_spacing,
)
