"""eIds of an Akoma Ntoso document, as the OASIS naming convention (AKN-NC 1.0, section 5)
and Laws.Africa's tools write them.

An eId is the eIds of the containing elements and the element's own part, joined by
``__``: ``chp_I__art_3__para_1__point_a``, ``preamble__cits_1__cit_2__p_1``.  The part
is the element's short name and its number:

- a numbered element (part, chapter, section, article, paragraph, point) by its ``num``:
  the structural word dropped (``Điều 3.`` -> ``3``), leading and trailing punctuation
  and white space removed, inner punctuation a hyphen (``1.2.`` -> ``1-2``), in ASCII
  (``đ`` -> ``dd``, so ``d)`` and ``đ)`` stay apart); without a num, or with a bullet,
  ``nn`` and its count (``para_nn_1``);
- anything else by its position among its kind under the same prefix (``hcontainer_1``,
  ``p_2``);
- a part met twice gets ``_2``, ``_3``... (``para_1``, ``para_1_2``) so every eId is unique.

``preface``, ``preamble``, ``intro`` and ``conclusions`` carry no eId: their name prefixes
their content (``preface__p_1``).  ``meta`` is left alone, and so are the elements that
are parts of another (``num``, ``heading``, ``content``, ``eol``, ``span``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from lxml import etree

__all__ = ["EID", "assign_eids", "clean_num"]

_ALIASES = {
    "article": "art",
    "chapter": "chp",
    "section": "sec",
    "paragraph": "para",
    "citation": "cit",
    "citations": "cits",
    "recital": "rec",
    "recitals": "recs",
}
_NUMBERED = frozenset(["part", "chapter", "section", "article", "paragraph", "point"])
_PREFIXES = frozenset(["preface", "preamble", "intro", "conclusions"])
_EXEMPT = frozenset(["akomaNtoso", "act", "doc", "body", "mainBody", "meta"]) | frozenset(
    ["num", "heading", "content", "eol", "span"]
)
_WORD = re.compile(r"^(?:điều|chương|phần|mục|khoản|điểm)(?=[\s\d])", re.IGNORECASE)
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_INNER = re.compile(r"[\W_]+")

_PART = r"(?:preface|preamble|intro|conclusions|[a-z][A-Za-z]*_(?:nn_\d+|[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:_\d+)?))"
EID = re.compile(rf"{_PART}(?:__{_PART})*")
"""The eIds :func:`assign_eids` writes (a ``fullmatch`` of the grammar above)."""


def _ascii(text: str) -> str:
    text = text.replace("đ", "dd").replace("Đ", "DD")
    bare = unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9-]+", "", bare)


def clean_num(num: str) -> str:
    """The number part of a ``num``: ``Điều 3a.`` -> ``3a``, ``1.2.`` -> ``1-2``, ``đ)`` ->
    ``dd``; ``''`` for a bullet or an empty num."""
    text = _EDGES.sub("", _WORD.sub("", num.strip()))
    return _ascii(_INNER.sub("-", "".join(text.split()))).strip("-")


class _Ids:
    def __init__(self) -> None:
        self.positions: Counter[tuple[str, str]] = Counter()
        self.used: Counter[str] = Counter()

    def unique(self, eid: str, unnumbered: bool) -> str:
        self.used[eid] += 1
        count = self.used[eid]
        if count == 1 and not unnumbered:
            return eid
        return self.unique(f"{eid}_{count}", unnumbered=False)

    def eid(self, element: etree._Element, tag: str, prefix: str) -> str:
        base = f"{prefix}__" if prefix else ""
        base += _ALIASES.get(tag, tag)
        if tag in _NUMBERED:
            num = element.find(f"{{{etree.QName(element).namespace}}}num")
            number = "" if num is None else clean_num(num.text or "")
            if not number:
                return self.unique(f"{base}_nn", unnumbered=True)
            return self.unique(f"{base}_{number}", unnumbered=False)
        self.positions[(prefix, tag)] += 1
        return self.unique(f"{base}_{self.positions[(prefix, tag)]}", unnumbered=False)

    def assign(self, element: etree._Element, prefix: str) -> None:
        tag = etree.QName(element).localname
        if tag == "meta":
            return
        if tag in _PREFIXES:
            prefix = f"{prefix}__{tag}" if prefix else tag
        elif tag not in _EXEMPT:
            prefix = self.eid(element, tag, prefix)
            element.set("eId", prefix)
        for child in element:
            self.assign(child, prefix)


def assign_eids(document: etree._Element) -> None:
    """Give every element of ``document`` outside ``meta`` the eId AKN-NC names it by."""
    _Ids().assign(document, "")
