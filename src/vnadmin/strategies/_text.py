"""Strategies for Vietnamese text: person names and running text."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_flag, _check_int, _check_normalization
from vnadmin.strategies._common import Normalization, _form, _maybe, _pick


def person_names(*, normalization: Normalization = "NFC") -> st.SearchStrategy[str]:
    """Vietnamese full names: family, middle and given name (``Nguyễn Văn An``)."""
    _check_normalization(normalization)
    return _person_names(normalization)


@st.composite
def _person_names(draw: st.DrawFn, normalization: Normalization) -> str:
    name = " ".join(
        _pick(draw, part) for part in (vocab.FAMILY_NAMES, vocab.MIDDLE_NAMES, vocab.GIVEN_NAMES)
    )
    return _form(draw, name, normalization)


def _clause(draw: st.DrawFn) -> str:
    """A capitalised task clause without final punctuation (NFC)."""
    clause = f"{_pick(draw, vocab.TASK_VERBS)} {_pick(draw, vocab.TASK_OBJECTS)}"
    qualifier = _maybe(draw, vocab.QUALIFIERS)
    return clause if qualifier is None else f"{clause} {qualifier}"


def vietnamese_text(
    *,
    min_sentences: int = 1,
    max_sentences: int = 3,
    multiline: bool = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[str]:
    """Administrative prose: sentences of realistic task phrases, stripped and non-blank.

    With ``multiline`` sentences may be separated by a line break instead of a space.
    """
    _check_int("min_sentences", min_sentences, 1)
    _check_int("max_sentences", max_sentences, 1)
    if min_sentences > max_sentences:
        raise InvalidArgument(
            f"min_sentences={min_sentences} is greater than max_sentences={max_sentences}"
        )
    _check_flag("multiline", multiline)
    _check_normalization(normalization)
    return _vietnamese_text(min_sentences, max_sentences, multiline, normalization)


@st.composite
def _vietnamese_text(
    draw: st.DrawFn,
    min_sentences: int,
    max_sentences: int,
    multiline: bool,
    normalization: Normalization,
) -> str:
    return _form(draw, _sentences(draw, min_sentences, max_sentences, multiline), normalization)


def _sentences(draw: st.DrawFn, low: int, high: int, multiline: bool) -> str:
    count = len(draw(st.lists(st.none(), min_size=low, max_size=high)))
    text = f"{_clause(draw)}."
    for _ in range(count - 1):
        separator = "\n" if multiline and draw(st.booleans()) else " "
        text += f"{separator}{_clause(draw)}."
    return text
