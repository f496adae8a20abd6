"""Regimes and the registry of document kinds (thể loại văn bản).

A kind is one name (``Chỉ thị``) used in one or more regimes, each with its own
abbreviation in document symbols: Quy định is ``QyĐ`` in state documents (NĐ 30
Phụ lục III) and ``QĐi`` in Party documents (HD 36).  The registry is data, so users
add kinds without touching code.
"""

from __future__ import annotations

import enum
import re
import threading
import weakref
from collections.abc import Iterable, Iterator, Mapping

import attrs

from vnadmin.errors import InvalidValueError, UnknownKindError, quoted
from vnadmin.model._fields import fail, is_a, is_text, to_text
from vnadmin.normalize import fold

__all__ = ["KINDS", "DocumentKind", "KindRegistry", "Regime"]


class Regime(enum.Enum):
    """Which rules a document follows."""

    STATE = "state"  # văn bản hành chính nhà nước, NĐ 30/2020
    PARTY = "party"  # văn bản của Đảng, HD 36-HD/VPTW
    LEGAL = "legal"  # văn bản quy phạm pháp luật, Luật Ban hành VBQPPL


ABBREVIATION = re.compile(r"[^\W_]+")
_SLUG_JUNK = re.compile(r"[^a-z0-9]+")


def slug(name: str) -> str:
    """ASCII slug of a Vietnamese name: ``Chỉ thị`` -> ``chi-thi``."""
    return _SLUG_JUNK.sub("-", fold(name)).strip("-")


def _to_abbreviations(
    value: Mapping[Regime, str | None] | Iterable[tuple[Regime, str | None]],
) -> tuple[tuple[Regime, str | None], ...]:
    pairs = value.items() if isinstance(value, Mapping) else value
    if not isinstance(pairs, Iterable) or isinstance(pairs, str):
        return value  # the validator reports it
    converted = tuple(
        (pair[0], to_text(pair[1]) if isinstance(pair[1], str) else pair[1])
        if isinstance(pair, tuple) and len(pair) == 2
        else pair
        for pair in pairs
    )
    if not all(isinstance(pair, tuple) and isinstance(pair[0], Regime) for pair in converted):
        return converted  # unsorted: the validator names the bad pair
    order = list(Regime)
    return tuple(sorted(converted, key=lambda pair: order.index(pair[0])))


@attrs.frozen(kw_only=True)
class DocumentKind:
    """A kind of document, e.g. Chỉ thị, with its symbol abbreviation in each regime.

    ``abbreviations`` maps each regime the kind is used in to its abbreviation, or to
    ``None`` where the kind has none (công văn and thư công in state documents, Luật).
    """

    name: str = attrs.field(converter=to_text, validator=is_text())
    abbreviations: tuple[tuple[Regime, str | None], ...] = attrs.field(converter=_to_abbreviations)
    code: str = attrs.field(validator=is_a(str))
    copy_form: bool = attrs.field(default=False, validator=is_a(bool))

    @code.default
    def _code_from_name(self) -> str:
        return slug(self.name)

    @code.validator
    def _check_code(self, attribute: attrs.Attribute[str], value: str) -> None:
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", value):
            fail(self, attribute, f"{quoted(value)} is not a lower-case ASCII slug")

    @abbreviations.validator
    def _check_abbreviations(
        self, attribute: attrs.Attribute[tuple[tuple[Regime, str | None], ...]], value: object
    ) -> None:
        if not isinstance(value, tuple):
            fail(self, attribute, f"expected (Regime, abbreviation) pairs, got {quoted(value)}")
        if not value:
            fail(self, attribute, "a kind is used in at least one regime")
        seen = set()
        for pair in value:
            if not (isinstance(pair, tuple) and len(pair) == 2 and isinstance(pair[0], Regime)):
                fail(self, attribute, f"{quoted(pair)} is not a (Regime, abbreviation) pair")
            regime, abbreviation = pair
            if regime in seen:
                fail(self, attribute, f"{regime.value} given twice")
            seen.add(regime)
            if abbreviation is not None and not (
                isinstance(abbreviation, str) and ABBREVIATION.fullmatch(abbreviation)
            ):
                fail(self, attribute, f"{quoted(abbreviation)} is not an abbreviation")

    @property
    def regimes(self) -> frozenset[Regime]:
        return frozenset(regime for regime, _ in self.abbreviations)

    def abbreviation(self, regime: Regime) -> str | None:
        """The symbol abbreviation in ``regime`` (``None`` if the kind has none there)."""
        for candidate, abbreviation in self.abbreviations:
            if candidate is regime:
                return abbreviation
        raise UnknownKindError(f"{self.name} is not used in {regime.value} documents")


_REGISTERING = threading.Lock()
"""Registrations are made one at a time (any registry: they are rare)."""


class KindRegistry:
    """A growable collection of kinds, looked up by code, name or abbreviation.

    Safe to share across threads: a registration replaces the registry's indexes with new
    ones whole (copy on write), so that a lookup or an iteration under way in another
    thread reads the indexes as they were, never a dictionary changing under it.

    It pickles with its kinds, so a worker process (a process pool's, Dask's, Ray's) given
    a registry as an argument reads and writes with the same kinds as its caller.
    :data:`KINDS` unpickles as the worker's own ``KINDS``, with the kinds the caller
    registered in it added; another registry as one registry of those kinds, the same
    object for every task of the worker that receives the same kinds.
    """

    def __init__(self, kinds: Iterable[DocumentKind] = ()) -> None:
        # (by code, by folded name), replaced whole by register and never changed after
        self._indexes: tuple[dict[str, DocumentKind], dict[str, DocumentKind]] = ({}, {})
        for kind in kinds:
            self.register(kind)

    def register(self, kind: DocumentKind) -> DocumentKind:
        """Add ``kind``; a different kind with the same code or name is an error."""
        with _REGISTERING:
            by_code, by_name = self._indexes
            name = fold(kind.name)
            for index, key in ((by_code, kind.code), (by_name, name)):
                known = index.get(key)
                if known is not None and known != kind:
                    raise InvalidValueError(
                        "KindRegistry.register",
                        f"a different kind is registered as {key!r}: {known!r}",
                    )
            self._indexes = ({**by_code, kind.code: kind}, {**by_name, name: kind})
        return kind

    def __iter__(self) -> Iterator[DocumentKind]:
        return iter(self._indexes[0].values())

    def __reduce__(self) -> tuple[object, tuple[tuple[DocumentKind, ...], bool]]:
        return _unpickled, (tuple(self._indexes[0].values()), self is KINDS)

    def __len__(self) -> int:
        return len(self._indexes[0])

    def __contains__(self, kind: object) -> bool:
        if not isinstance(kind, DocumentKind):
            return False
        known = self._indexes[0].get(kind.code)
        return known is kind or known == kind  # the registered object itself, most often

    def get(self, code: str) -> DocumentKind:
        """The kind with this code (``chi-thi``); :class:`UnknownKindError` if none."""
        try:
            return self._indexes[0][code]
        except KeyError:
            raise UnknownKindError(f"no document kind has the code {quoted(code)}") from None

    def find(self, name: str) -> DocumentKind | None:
        """The kind named ``name``, ignoring case, accents and tone placement."""
        return self._indexes[1].get(fold(name))

    def by_abbreviation(self, abbreviation: str, regime: Regime) -> DocumentKind | None:
        """The kind whose abbreviation in ``regime`` is exactly ``abbreviation`` (case kept)."""
        for kind in self._indexes[0].values():
            if any(r is regime and a == abbreviation for r, a in kind.abbreviations):
                return kind
        return None

    def abbreviations(self, regime: Regime) -> frozenset[str]:
        """Every abbreviation in use in ``regime``."""
        return frozenset(
            a for kind in self for r, a in kind.abbreviations if r is regime and a is not None
        )


_RECEIVED: weakref.WeakValueDictionary[tuple[DocumentKind, ...], KindRegistry]
_RECEIVED = weakref.WeakValueDictionary()
"""The registries unpickled in this process, by their kinds, the last one held even when
no task holds it: a worker that receives one registry with each task builds what the
grammars derive from it once (see :func:`vnadmin.grammar.registry.per_registry`)."""
_LAST_RECEIVED: list[KindRegistry] = []


def _unpickled(kinds: tuple[DocumentKind, ...], default: bool) -> KindRegistry:
    """A registry of ``kinds`` as a pickle gives it back: :data:`KINDS` itself when it was
    ``KINDS`` (the kinds the sender added to it registered here too)."""
    if default:
        for kind in kinds:
            if kind not in KINDS:
                KINDS.register(kind)
        return KINDS
    known = _RECEIVED.get(kinds)
    if known is not None and tuple(known) == kinds:  # unchanged since it was received
        return known
    registry = _RECEIVED[kinds] = KindRegistry(kinds)
    _LAST_RECEIVED[:] = [registry]
    return registry


S, P, L = Regime.STATE, Regime.PARTY, Regime.LEGAL


def _kind(name: str, copy_form: bool = False, **by_regime: str | None) -> DocumentKind:
    regimes = {"state": S, "party": P, "legal": L}
    return DocumentKind(
        name=name,
        abbreviations={regimes[key]: value for key, value in by_regime.items()},
        copy_form=copy_form,
    )


KINDS = KindRegistry(
    [
        # NĐ 30/2020 Article 7 and Phụ lục III (29 kinds); HD 36-HD/VPTW for the Party
        # column; Luật Ban hành VBQPPL 2015 Article 4 for the legal column.
        _kind("Nghị quyết", state="NQ", party="NQ", legal="NQ"),
        _kind("Quyết định", state="QĐ", party="QĐ", legal="QĐ"),
        _kind("Chỉ thị", state="CT", party="CT"),
        _kind("Quy chế", state="QC", party="QC"),
        _kind("Quy định", state="QyĐ", party="QĐi"),
        _kind("Thông cáo", state="TC"),
        _kind("Thông báo", state="TB", party="TB"),
        _kind("Hướng dẫn", state="HD", party="HD"),
        _kind("Chương trình", state="CTr", party="CTr"),
        _kind("Kế hoạch", state="KH", party="KH"),
        _kind("Phương án", state="PA"),
        _kind("Đề án", state="ĐA", party="ĐA"),
        _kind("Dự án", state="DA"),
        _kind("Báo cáo", state="BC", party="BC"),
        _kind("Biên bản", state="BB", party="BB"),
        _kind("Tờ trình", state="TTr", party="TTr"),
        _kind("Hợp đồng", state="HĐ"),
        _kind("Công văn", state=None, party="CV"),
        _kind("Công điện", state="CĐ"),
        _kind("Bản ghi nhớ", state="BGN"),
        _kind("Bản thỏa thuận", state="BTT"),
        _kind("Giấy ủy quyền", state="GUQ"),
        _kind("Giấy mời", state="GM"),
        _kind("Giấy giới thiệu", state="GGT"),
        _kind("Giấy nghỉ phép", state="GNP"),
        _kind("Phiếu gửi", state="PG"),
        _kind("Phiếu chuyển", state="PC"),
        _kind("Phiếu báo", state="PB"),
        _kind("Thư công", state=None),
        # A consolidated text (Pháp lệnh 01/2012/UBTVQH13 on consolidating legal normative
        # documents): numbered <n>/VBHN-<issuer>, no year; it is no new normative document.
        _kind("Văn bản hợp nhất", state="VBHN"),
        # A licence: no kind of NĐ 30's list but one that sector laws name (Luật Khoáng sản:
        # giấy phép khai thác khoáng sản; Luật Báo chí: giấy phép hoạt động báo chí),
        # numbered <n>/GP-<issuer> by the ministries that grant it.
        _kind("Giấy phép", state="GP"),
        # Letters printed under a name of their own, outside Phụ lục III's list, each kept
        # as the kind its title names (not folded into the listed kind it is a form of):
        # a Thư mời is a Giấy mời in a letter's form, numbered <n>/TM-<issuer> as printed;
        # a Thư ngỏ (open letter) is a Thư công addressed to the public, with no symbol.
        _kind("Thư mời", state="TM"),
        _kind("Thư ngỏ", state=None),
        # Copy forms (hình thức bản sao), NĐ 30 Phụ lục III.
        _kind("Bản sao y", copy_form=True, state="SY"),
        _kind("Bản trích sao", copy_form=True, state="TrS"),
        _kind("Bản sao lục", copy_form=True, state="SL"),
        # Party-only kinds (HD 36).
        _kind("Kết luận", party="KL"),
        _kind("Thông tri", party="TT"),
        # Legal normative documents.
        _kind("Hiến pháp", legal=None),
        _kind("Bộ luật", legal=None),
        _kind("Luật", legal=None),
        _kind("Pháp lệnh", legal=None),
        _kind("Lệnh", legal="L"),
        _kind("Nghị định", legal="NĐ"),
        _kind("Thông tư", legal="TT"),
        _kind("Thông tư liên tịch", legal="TTLT"),
        _kind("Nghị quyết liên tịch", legal="NQLT"),
    ]
)
"""The default registry: every kind of NĐ 30, HD 36 and the legal normative kinds,
consolidated texts and licences."""
