"""Strategies for Vietnamese text: person names and running text."""

from __future__ import annotations

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from vnadmin.strategies import _vocabulary as vocab
from vnadmin.strategies._checks import _check_bounds, _check_flag, _check_normalization
from vnadmin.strategies._common import Normalization, _flag, _form, _index, _picks

_QUALIFIERS = (None, *vocab.QUALIFIERS)


def person_names(*, normalization: Normalization = "NFC") -> st.SearchStrategy[str]:
    """Vietnamese full names: family, middle and given name (``Nguyễn Văn An``)."""
    _check_normalization(normalization)
    return st.composite(_person_name)(normalization)


def _person_name(draw: st.DrawFn, normalization: Normalization) -> str:
    parts = (vocab.FAMILY_NAMES, vocab.MIDDLE_NAMES, vocab.GIVEN_NAMES)
    indexes = _picks(draw, *(len(part) for part in parts))
    name = " ".join(part[index] for part, index in zip(parts, indexes, strict=True))
    return _form(draw, name, normalization)


def _clause(draw: st.DrawFn) -> str:
    """A capitalised task clause without final punctuation (NFC), in one draw."""
    verb, what, qualifier = _picks(
        draw, len(vocab.TASK_VERBS), len(vocab.TASK_OBJECTS), len(_QUALIFIERS)
    )
    clause = f"{vocab.TASK_VERBS[verb]} {vocab.TASK_OBJECTS[what]}"
    return clause if _QUALIFIERS[qualifier] is None else f"{clause} {_QUALIFIERS[qualifier]}"


def vietnamese_text(
    *,
    min_sentences: int = 1,
    max_sentences: int | None = None,
    multiline: bool | None = False,
    normalization: Normalization = "NFC",
) -> st.SearchStrategy[str]:
    """Administrative prose: sentences of realistic task phrases, stripped and non-blank.

    ``max_sentences`` defaults to 3 (or ``min_sentences`` when that is more).  Sentences
    are separated by a line break under ``multiline=True`` (every text has two sentences
    at least), by a line break or a space under ``None``, by a space under ``False``.
    """
    high = _check_bounds(
        ("min_sentences", "max_sentences"), min_sentences, max_sentences, default=3, least=1
    )
    _check_flag("multiline", multiline)
    if multiline:
        if high < 2:
            raise InvalidArgument(f"multiline=True breaks lines between sentences: {high=} < 2")
        min_sentences = max(min_sentences, 2)
    _check_normalization(normalization)
    return _vietnamese_text(min_sentences, high, multiline, normalization)


@st.composite
def _vietnamese_text(
    draw: st.DrawFn,
    min_sentences: int,
    max_sentences: int,
    multiline: bool | None,
    normalization: Normalization,
) -> str:
    count = min_sentences + draw(_index(max_sentences - min_sentences + 1))
    return _form(draw, _sentences(draw, count, multiline), normalization)


def _sentences(draw: st.DrawFn, count: int, multiline: bool | None) -> str:
    """``count`` sentences, separated as ``multiline`` says (see :func:`vietnamese_text`)."""
    text = f"{_clause(draw)}."
    for _ in range(count - 1):
        text += f"{_separator(draw, multiline)}{_clause(draw)}."
    return text


def _separator(draw: st.DrawFn, multiline: bool | None) -> str:
    return "\n" if _flag(draw, multiline) else " "
