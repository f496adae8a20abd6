"""The text reader on real documents: every field of every corpus key, held to a floor.

The corpus (``../shared/corpus``, real documents with hand-made answer keys) is development
data that lives beside the repository, never inside it.  Scoring is in ``tests/corpus.py``;
``docs/accuracy.md`` shows the same tables.  Each floor is the figure measured when the
reader last improved it: raise it with the reader, never lower it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from corpus import (
    CORPUS,
    HEADER_FIELDS,
    RETYPED,
    DocumentScore,
    documents,
    figures,
    score_corpus,
    score_retyped,
    tables,
)
from vnadmin.text import parse_text

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(
    not (CORPUS / "docs").is_dir(),
    reason=f"the development corpus is not at {CORPUS} (a clone outside the project)",
)

#: Documents (of 33) on which each header field is right.
FIELD_FLOORS = {
    "doc_type": 33,
    "regime": 33,
    "reported": 33,
    "parent_issuer": 33,
    "issuer": 33,
    "number": 19,
    "symbol": 33,
    "number_year": 33,
    "place": 33,
    "date": 33,
    "subject": 33,
    "addressees": 33,
    "signing_modes": 32,
    "signer_title": 33,
    "signer_name": 33,
    "distribution": 31,
    "archive": 33,
    "incoming": 33,
}
TASK_COUNT_FLOOR = 31  # documents whose top-level task count is exact (of 32 with a count)
TASK_FLOORS = {"lead": 0.865, "cooperate": 0.925, "deadline": 0.835}  # of the keys' tasks
CITATION_F1_FLOOR = 0.948
SILENT_CEILING = 0  # fields missed with no diagnostic, over the whole corpus


@pytest.fixture(scope="module")
def scores() -> list[DocumentScore]:
    found = score_corpus()
    print(tables(found))  # shown with -s, and with any failure
    return found


def test_every_document_has_a_key(scores: list[DocumentScore]) -> None:
    assert len(scores) >= 33
    assert set(FIELD_FLOORS) == set(HEADER_FIELDS)


@pytest.mark.parametrize("name", HEADER_FIELDS)
def test_header_field_floor(scores: list[DocumentScore], name: str) -> None:
    right = [s.name for s in scores if s.fields[name]]
    wrong = [s.name[:3] for s in scores if not s.fields[name]]
    assert len(right) >= FIELD_FLOORS[name], f"{name} wrong on {wrong}"


def test_task_counts(scores: list[DocumentScore]) -> None:
    exact = [s for s in scores if s.task_count]
    wrong = [s.name[:3] for s in scores if s.task_count is False]
    assert len(exact) >= TASK_COUNT_FLOOR, f"task count wrong on {wrong}"


@pytest.mark.parametrize("name", sorted(TASK_FLOORS))
def test_task_fields(scores: list[DocumentScore], name: str) -> None:
    assert figures(scores).tasks[name] >= TASK_FLOORS[name]


def test_citations(scores: list[DocumentScore]) -> None:
    assert figures(scores).citation_f1 >= CITATION_F1_FLOOR


def test_misses_are_said(scores: list[DocumentScore]) -> None:
    silent = {s.name[:3]: s.silent for s in scores if s.silent}
    assert figures(scores).silent <= SILENT_CEILING, silent


#: The corpus retyped as other sources give it: (header fields, task counts exact, citation
#: F1, silent misses).  VNI writes every letter and reads as the Unicode corpus; TCVN3 types
#: tone-marked capitals in lower case, so a title-case word (``ủy ban``) loses its capital.
RETYPED_FLOORS = {
    "typed in VNI": (0.969, 0.968, 0.948, 0),
    "typed in TCVN3": (0.956, 0.968, 0.948, 0),
    "without diacritics": (0.946, 0.968, 0.941, 0),
}


_retyped = functools.cache(score_retyped)
"""Each shape read once for the tests that hold its figures."""


@pytest.mark.parametrize("shape", sorted(RETYPED_FLOORS))
def test_the_corpus_retyped_reads_as_printed(shape: str) -> None:
    scores = _retyped(shape)
    header, task_count, f1, silent = RETYPED_FLOORS[shape]
    found = figures(scores)
    assert found.header >= header, tables(scores)
    assert found.task_count >= task_count
    assert found.citation_f1 >= f1
    assert found.silent <= silent


def test_without_diacritics_the_body_s_phrases_are_read() -> None:
    found = figures(_retyped("without diacritics")).tasks
    assert found["lead"] >= 0.761  # 0.075 before the phrases were restored
    assert found["cooperate"] >= 0.835  # 0.687
    assert found["deadline"] >= 0.746  # 0.522


def test_every_diagnostic_the_reader_gives_is_in_the_docs() -> None:
    """A user reads a diagnostic's code in ``docs/text.md``: every code the reader gives on
    the real documents, as printed and retyped in every shape, has its row there."""
    table = (ROOT / "docs" / "text.md").read_text(encoding="utf-8").split("## Diagnostics")[1]
    first_cells = [
        row.split("|")[1] for row in table.split("\n## ")[0].splitlines() if row[:1] == "|"
    ]
    documented = {code for cell in first_cells for code in re.findall(r"`([a-z-]+)`", cell)}
    texts = [text for _, text, _ in documents()]
    texts += [retype(text) for retype in RETYPED.values() for text in texts[:8]]
    given = {d.code for text in texts for d in parse_text(text).diagnostics}
    assert given - documented == set()
