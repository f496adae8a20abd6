"""docs/rules.md shows what the registry holds: its generated block is regenerated and compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnadmin.rules import RULES
from vnadmin.rules.markdown import BEGIN, END, generated, replace_generated, rules_table
from vnadmin.samples import SEEDS

DOC = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_committed_rules_doc_is_generated() -> None:
    text = DOC.read_text(encoding="utf-8")
    block = text[text.index(BEGIN) : text.index(END) + len(END)]
    assert block == generated(SEEDS), "run: python -m vnadmin.rules --update docs/rules.md"


def test_table_has_a_row_per_rule() -> None:
    rows = rules_table().splitlines()[2:]
    assert len(rows) == len(RULES)
    for row, rule in zip(rows, RULES, strict=True):
        assert row.startswith(f"| `{rule.code}` | {rule.severity.value} |")
        assert rule.source in row


def test_replace_generated_keeps_the_prose() -> None:
    document = f"# Title\n\nprose\n\n{BEGIN}\nold\n{END}\n\nmore prose\n"
    assert replace_generated(document, "NEW") == "# Title\n\nprose\n\nNEW\n\nmore prose\n"


def test_replace_generated_needs_markers() -> None:
    with pytest.raises(ValueError, match="markers"):
        replace_generated("# Title\n", "NEW")
