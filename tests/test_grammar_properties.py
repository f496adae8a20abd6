"""Every identifier grammar round-trips over the public strategies: parse(format(x)) == x."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vnadmin import Citation, Deadline, DocumentNumber, Frequency, PartialDate, Regime, SigningMark
from vnadmin.grammar import (
    format_authority,
    format_citation,
    format_deadline,
    format_long_date,
    format_mark,
    format_number,
    format_recurrence,
    format_short_date,
    parse_authority,
    parse_citation,
    parse_date,
    parse_deadline,
    parse_long_date,
    parse_mark,
    parse_number,
    parse_recurrence,
)
from vnadmin.model import SignatureBlock
from vnadmin.strategies import (
    citations,
    deadlines,
    document_numbers,
    partial_dates,
    regimes,
    signature_blocks,
)


@given(document_numbers())
def test_numbers_round_trip(number: DocumentNumber) -> None:
    assert parse_number(format_number(number)) == number


@given(partial_dates())
def test_long_dates_round_trip(date: PartialDate) -> None:
    assert parse_long_date(format_long_date(date)) == date
    assert parse_date(format_long_date(date)) == date


@given(partial_dates().filter(lambda d: d.day is not None and d.month is not None))
def test_short_dates_round_trip(date: PartialDate) -> None:
    assert parse_date(format_short_date(date)) == date


@given(citations())
def test_citations_round_trip(citation: Citation) -> None:
    assert parse_citation(format_citation(citation)) == citation


@given(deadlines())
def test_deadlines_round_trip(deadline: Deadline) -> None:
    assert parse_deadline(format_deadline(deadline)) == deadline


@given(st.sampled_from(Frequency))
def test_recurrences_round_trip(frequency: Frequency) -> None:
    assert parse_recurrence(format_recurrence(frequency)) is frequency


@given(st.sampled_from(SigningMark), regimes())
def test_marks_round_trip(mark: SigningMark, regime: Regime) -> None:
    assert parse_mark(format_mark(mark, regime)) is mark


@given(regimes().flatmap(lambda r: st.tuples(st.just(r), signature_blocks(regime=r))))
def test_authority_lines_round_trip(drawn: tuple[Regime, SignatureBlock]) -> None:
    regime, block = drawn
    for authority in block.authorities:
        assert parse_authority(format_authority(authority, regime)) == authority
