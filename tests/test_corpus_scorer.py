"""The corpus scorer reads keys written by hand: a key's printed text is not a checked value,
so a phrase whose digits make no date, or a citation whose symbol was not printed, is scored
without raising (a held-out set's keys stopped the scorer on both)."""

from __future__ import annotations

from corpus import _key_citations, _same_deadline
from vnadmin.model import Task


def test_a_deadline_phrase_whose_digits_make_no_date_is_compared_as_text() -> None:
    task = Task(text="Họp lúc 10h00-10h30.")
    assert _same_deadline(task, "10h00-10h30") is False


def test_a_citation_keyed_without_a_symbol_is_kept_by_its_number() -> None:
    assert _key_citations([{"number": "18", "symbol": None, "year": None}]) == {("18", "", None)}
