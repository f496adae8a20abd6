"""One regex for a set of literal words, factored as a trie: ``th(?:ông(?: tư| báo)|ư)``.

A flat alternation ``thông tư|thông báo|thư`` is tried word after word at every place a
search looks; factored by common prefixes, each character of the text meets only the few
branches that can follow what came before, so a search over many words costs about as
much as over a few.  Longer words are preferred, as in a longest-first flat alternation:
the same text matches, at the same place, with the same length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]

_Trie = dict[str, "_Trie"]


def alternation(words: Iterable[str]) -> str:
    """A regex (no groups that capture) matching exactly ``words``, the longest first."""
    trie: _Trie = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here
    return _branches(trie)


def _branches(node: _Trie) -> str:
    arms = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not arms:
        return ""
    body = arms[0] if len(arms) == 1 else f"(?:{'|'.join(arms)})"
    return f"(?:{body})?" if "" in node else body
