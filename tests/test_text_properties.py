"""Round trips over the public strategies: rendering an instrument and parsing the text
back keeps every field the text layout carries (:func:`vnadmin.text.text_projection`)."""

from __future__ import annotations

from typing import get_args

from hypothesis import given, settings
from hypothesis import strategies as st

from vnadmin import strategies
from vnadmin.model import Instrument
from vnadmin.text import ParseResult, parse_text, render_text, text_projection


def _sound(result: ParseResult) -> None:
    assert isinstance(result.instrument, Instrument)
    assert "internal-error" not in {d.code for d in result.diagnostics}
    for diagnostic in result.diagnostics:
        assert diagnostic.line >= 0
        assert diagnostic.message


@settings(max_examples=40)
@given(
    st.tuples(st.booleans(), st.sampled_from(get_args(strategies.Normalization))).flatmap(
        lambda options: strategies.instruments(
            drafts=None, received=options[0], reported=None, normalization=options[1]
        )
    )
)
def test_round_trip_keeps_what_the_layout_carries(instrument: Instrument) -> None:
    text = render_text(instrument)
    result = parse_text(text)
    _sound(result)
    assert text_projection(result.instrument) == text_projection(instrument)
    assert render_text(result.instrument) == text  # and the rendering is stable


@settings(max_examples=20)
@given(
    strategies.instruments(
        bodies=strategies.bodies(
            tasks=strategies.task_lists(max_size=5, max_depth=3, multiline=True)
        )
    )
)
def test_round_trip_of_deep_multi_paragraph_task_lists(instrument: Instrument) -> None:
    parsed = parse_text(render_text(instrument)).instrument
    assert text_projection(parsed) == text_projection(instrument)
