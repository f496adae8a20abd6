"""The model holds no character a format cannot carry, so every writer writes every
instrument (issue 14).

vnadmin JSON used to read NUL and ESC into text fields that the XML and edXML writers then
refused.  Now the model refuses the characters no format carries, naming the field: the
control characters but tab and line breaks, U+FFFE and U+FFFF (XML 1.0), and lone
surrogates (UTF-8).  Everything else, C1 controls, DEL, U+FFFD and the astral planes
included, every writer writes.
"""

from __future__ import annotations

import sys
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from vnadmin import json as vjson
from vnadmin.cli.formats import CODECS
from vnadmin.errors import InvalidValueError, JSONDecodeError
from vnadmin.model import Body, Instrument, Organization, Regime, Task
from vnadmin.model._fields import UNWRITABLE as PATTERN

UNWRITABLE = [
    *(chr(code) for code in range(0x20) if chr(code) not in "\t\n\r"),
    "\ufffe",
    "\uffff",
    "\ud800",
    "\udfff",
]
SURROGATES: tuple[Literal["Cs"]] = ("Cs",)
WRITABLE = st.characters(
    codec="utf-8", exclude_categories=SURROGATES, exclude_characters="".join(UNWRITABLE)
)


def test_the_pattern_names_what_lxml_refuses_on_every_code_point() -> None:
    """The model's pattern is written as the characters it names; lxml holds XML 1.0's
    ``Char`` production (and refuses what UTF-8 cannot encode): the two agree everywhere."""
    element = etree.Element("a")

    def refused(character: str) -> bool:
        try:
            element.text = character
        except (ValueError, UnicodeError):
            return True
        return False

    differ = [
        f"U+{code:04X}"
        for code in range(sys.maxunicode + 1)
        if refused(chr(code)) != (PATTERN.fullmatch(chr(code)) is not None)
    ]
    assert not differ
    assert PATTERN.fullmatch("\x00")
    assert not PATTERN.fullmatch("\t")


@pytest.mark.parametrize("character", UNWRITABLE, ids=lambda c: f"U+{ord(c):04X}")
def test_the_model_refuses_a_character_no_format_carries(character: str) -> None:
    with pytest.raises(InvalidValueError) as raised:
        Organization(name=f"Sở{character}Nội vụ")
    assert raised.value.path == "Organization.name"
    assert raised.value.message.startswith(f"U+{ord(character):04X} at 2 is a")
    assert raised.value.message.endswith(", which no format can carry")


# (an escaped lone surrogate the JSON parser refuses itself)
@pytest.mark.parametrize("escape", ["\\u0000", "\\u001b", "\\ufffe"])
def test_json_no_longer_reads_what_xml_cannot_write(escape: str) -> None:
    document = (
        '{"vnadmin":"1.0","regime":"state","body":{"tasks":[{"text":"Một"},{"text":"Hai'
        + escape
        + '"}]}}'
    )
    with pytest.raises(JSONDecodeError) as raised:
        vjson.loads(document)
    ((where, message),) = raised.value.problems
    assert where == "body.tasks[1].text"
    assert "no format can carry" in message


@given(
    text=st.text(WRITABLE, min_size=1).filter(lambda t: t.strip() == t and t.strip()),
    line=st.text(WRITABLE.filter(lambda c: c not in "\n\r"), min_size=1).filter(
        lambda t: t.strip() == t and t.strip()
    ),
)
def test_every_writer_writes_every_character_the_model_holds(text: str, line: str) -> None:
    instrument = Instrument(
        regime=Regime.STATE,
        subject=line,
        addressees=[Organization(name=line)],
        body=Body(tasks=[Task(label="1.", text=text)]),
    )
    for codec in CODECS:
        if codec.dumps is not None:  # PDF is read only
            assert codec.encode(instrument)


@pytest.mark.parametrize("character", ["\ufffe", "\uffff", "\udc80"], ids=["FFFE", "FFFF", "DC80"])
def test_the_text_reader_drops_a_character_the_model_refuses(character: str) -> None:
    from vnadmin.samples import seed_text
    from vnadmin.text import parse_text

    plain = parse_text(seed_text("003"))
    spoilt = parse_text(seed_text("003").replace("nhiệm vụ", f"nhiệm{character} vụ"))
    assert not any("internal-error" in str(note) for note in spoilt.diagnostics)
    assert len(spoilt.instrument.body.all_tasks()) == len(plain.instrument.body.all_tasks())
