"""The public hypothesis strategies: valid, well-formed, normal-form blind, loudly validated.

Expected shapes come from NĐ 30/2020 (numbers with a leading zero below 10, ``V/v``
subjects of công văn, signing marks), HD 36 (Party numbers name their kind) and the
grammar constraints written in ``docs/strategies.md``.
"""

from __future__ import annotations

import datetime
import inspect
import os
import random
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Literal, get_args
from unittest import mock

import attrs
import pytest
from hypothesis import Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import vnadmin
from vnadmin import grammar
from vnadmin import strategies as vs
from vnadmin.model import (
    KINDS,
    Citation,
    DateDeadline,
    DocumentKind,
    DocumentNumber,
    Instrument,
    NumberStyle,
    Organization,
    PartialDate,
    PeriodDeadline,
    Regime,
    RelativeDeadline,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)
from vnadmin.normalize import nfc
from vnadmin.rules import RULES, Severity, check
from vnadmin.strategies import _vocabulary as vocab

ROOT = Path(__file__).resolve().parent.parent

STYLE_OF = {
    Regime.STATE: NumberStyle.STATE,
    Regime.PARTY: NumberStyle.PARTY,
    Regime.LEGAL: NumberStyle.LEGAL,
}
REGIME_OF = {style: regime for regime, style in STYLE_OF.items()}
# NĐ 30 Article 15: numbers from 01; the grammar reads 1 to 4 digits.
NUMBER = re.compile(r"(?:0[1-9]|[1-9][0-9]{1,3})(?:\.[1-9][0-9]{0,3})?")
"""A number of NĐ 30 (``05``, ``1234``), or a resolution's sub-number (``66.15``)."""
# Words the citation grammar splits on (Văn bản số X ngày D của I về S (khóa T)).
CITATION_WORDS = {"số", "ngày", "của", "về", "khóa", "khoá"}
LABEL_LIKE = re.compile(r"(?:\d+|[a-zđ]|[IVXLCDM]+)[.)]|Điều\s*\d|[-+*•–]")
LETTERS = "abcdđeghiklmnopqrstuvxy"  # NĐ 30 points: Vietnamese letters without f, j, w, z
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


# ------------------------------------------------------------------------------ helpers

LATEST = datetime.date(datetime.date.today().year - 1, 12, 31)
"""The last day an instrument is issued (docs/strategies.md): never after the day a test
runs, and the same all year."""


def warnings_and_errors(instrument: Instrument) -> list[str]:
    """What ``check`` says of ``instrument`` today, at the strictness of what it is (a draft
    leaves its number blank), above the level of information."""
    draft = instrument.date is not None and not instrument.date.is_complete
    found = check(instrument, strictness="draft" if draft else "final")
    return [str(d) for d in found if d.severity >= Severity.WARNING]


def fields_of(value: Any) -> tuple[attrs.Attribute[Any], ...]:
    return tuple(attrs.fields(type(value)))


def walk(value: object) -> Iterator[Any]:
    """Every attrs instance inside ``value``, ``value`` first."""
    if attrs.has(type(value)):
        yield value
        for field in fields_of(value):
            yield from walk(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from walk(item)


def texts(value: object) -> Iterator[str]:
    """Every string stored inside ``value``."""
    if isinstance(value, str):
        yield value
    elif attrs.has(type(value)):
        for field in fields_of(value):
            yield from texts(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item)


def rebuild(value: Any, form: Literal["NFC", "NFD"]) -> Any:
    """``value`` constructed anew from its strings in normal form ``form``."""
    if isinstance(value, str):
        return unicodedata.normalize(form, value)
    if isinstance(value, tuple):
        return tuple(rebuild(item, form) for item in value)
    if attrs.has(type(value)):
        return type(value)(
            **{
                field.alias or field.name: rebuild(getattr(value, field.name), form)
                for field in fields_of(value)
                if field.init
            }
        )
    return value


def assert_valid(value: object) -> None:
    """Validators pass, evolve round-trips, and text is NFC, stripped and non-blank."""
    for instance in walk(value):
        attrs.validate(instance)
        assert attrs.evolve(instance) == instance
    for text in texts(value):
        assert text
        assert text == text.strip()
        assert unicodedata.is_normalized("NFC", text)


def assert_citation_safe(text: str) -> None:
    # "của" before a kind name names an instrument, not an issuer ("... của Luật Viên chức");
    # "một số" (some) is no number
    free = re.sub(r"\bcủa (?=Luật |Nghị định |Bộ luật )|\bmột số\b", "", text)
    assert not CITATION_WORDS & set(free.casefold().split()), text
    assert not set("()\n\r") & set(text), text


def assert_well_formed_number(number: DocumentNumber) -> None:
    regime = REGIME_OF[number.style]
    assert number.number is None or NUMBER.fullmatch(number.number), number.number
    if number.style is NumberStyle.LEGAL:
        assert number.year is not None
        assert vs.MIN_YEAR <= number.year <= vs.MAX_YEAR
    else:
        assert number.year is None
    if number.kind_abbreviation is None:
        assert number.style is not NumberStyle.PARTY
        assert number.issuer_abbreviation not in KINDS.abbreviations(regime)
    else:
        assert number.kind_abbreviation in KINDS.abbreviations(regime)


def assert_marks_in_order(block: SignatureBlock) -> None:
    marks = [authority.mark for authority in block.authorities]
    if SigningMark.TM in marks:
        assert marks.index(SigningMark.TM) == 0
        assert marks.count(SigningMark.TM) == 1
    delegated = [m for m in marks if m not in (SigningMark.TM,)]  # KT., TL., TUQ., Q.
    assert len(delegated) <= 1
    if delegated:
        assert marks[-1] is delegated[0]
    for authority in block.authorities:
        if authority.mark is SigningMark.KT:
            assert block.title == f"PHÓ {authority.applies_to}"
    # the acting head (Q. GIÁM ĐỐC) signs with no title line; every other signer has one
    assert (block.title is None) is (SigningMark.Q in marks)
    assert block.name is not None


def roman_value(numeral: str) -> int:
    values = [ROMAN[letter] for letter in numeral]
    return sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))


def scheme_of(labels: list[str]) -> str:
    """The label scheme of a sibling list, asserting the labels are in sequence."""
    count = len(labels)
    first = labels[0]
    if first == "-":
        assert labels == ["-"] * count
        return "dash"
    if first == "a)":
        assert labels == [f"{letter})" for letter in LETTERS[:count]]
        return "letter"
    if first.startswith("Điều"):
        assert labels == [f"Điều {n}." for n in range(1, count + 1)]
        return "article"
    if first == "1.":
        assert labels == [f"{n}." for n in range(1, count + 1)]
        return "arabic"
    assert all(re.fullmatch(r"[IVXLC]+\.", label) for label in labels), labels
    assert [roman_value(label[:-1]) for label in labels] == list(range(1, count + 1))
    return "roman"


def assert_task_list(tasks: tuple[Task, ...], *, max_depth: int, multiline: bool = False) -> None:
    """Labels in sequence, nested schemes differ, texts clean, depth bounded."""
    if not tasks:
        return
    labels = [task.label for task in tasks]
    assert all(label is not None for label in labels)
    scheme = scheme_of([label for label in labels if label is not None])
    for task in tasks:
        assert not LABEL_LIKE.match(task.text), task.text
        assert multiline or "\n" not in task.text
        if task.subtasks:
            assert max_depth > 1
            assert scheme_of([t.label or "" for t in task.subtasks]) != scheme
            assert_task_list(task.subtasks, max_depth=max_depth - 1, multiline=multiline)


def deadline_year(deadline: vnadmin.Deadline | None) -> int | None:
    if isinstance(deadline, DateDeadline):
        return deadline.date.year
    if isinstance(deadline, PeriodDeadline):
        return deadline.year
    return None


def depth(task: Task) -> int:
    return 1 + max((depth(child) for child in task.subtasks), default=0)


# ---------------------------------------------------------------------- every strategy

STRATEGIES: list[tuple[str, st.SearchStrategy[Any], type | tuple[type, ...]]] = [
    ("regimes", vs.regimes(), Regime),
    ("document_kinds", vs.document_kinds(), DocumentKind),
    ("document_numbers", vs.document_numbers(), DocumentNumber),
    ("partial_dates", vs.partial_dates(), PartialDate),
    ("person_names", vs.person_names(), str),
    ("vietnamese_text", vs.vietnamese_text(), str),
    ("organizations", vs.organizations(), Organization),
    ("addressees", vs.organizations(form="addressee"), Organization),
    ("recipients", vs.recipients(), vnadmin.Recipient),
    ("archive_lines", vs.archive_lines(), vnadmin.ArchiveLine),
    ("signature_blocks", vs.signature_blocks(), SignatureBlock),
    ("citations", vs.citations(), Citation),
    ("assignments", vs.assignments(), vnadmin.Assignment),
    ("deadlines", vs.deadlines(), (DateDeadline, PeriodDeadline, RelativeDeadline)),
    ("tasks", vs.tasks(), Task),
    ("task_lists", vs.task_lists(), tuple),
    ("paragraphs", vs.paragraphs(), vnadmin.Paragraph),
    ("preambles", vs.paragraphs(preamble=True), vnadmin.Paragraph),
    ("bodies", vs.bodies(), vnadmin.Body),
    ("incoming_stamps", vs.incoming_stamps(), vnadmin.IncomingStamp),
    ("reportings", vs.reportings(), vnadmin.Reporting),
    ("appendices", vs.appendices(), vnadmin.Appendix),
    ("contacts", vs.contacts(), vnadmin.Contact),
    ("drafter_marks", vs.drafter_marks(), vnadmin.DrafterMark),
    ("instruments", vs.instruments(), Instrument),
    ("printed_forms", vs.printed_forms(), vnadmin.Printed),
    ("misprints", vs.misprints(), vs.Misprint),
]


def test_every_public_strategy_is_exercised() -> None:
    functions = {name for name in vs.__all__ if name[0].islower()}
    tested = {name for name, _, _ in STRATEGIES} - {"addressees", "preambles"}
    assert functions == tested


@pytest.mark.parametrize(("name", "strategy", "cls"), STRATEGIES, ids=[s[0] for s in STRATEGIES])
@given(data=st.data())
def test_strategy_yields_valid_single_line_values(
    name: str, strategy: st.SearchStrategy[Any], cls: type | tuple[type, ...], data: st.DataObject
) -> None:
    value = data.draw(strategy, label=name)
    assert isinstance(value, cls)
    assert_valid(value)
    assert all("\n" not in text for text in texts(value))


# ------------------------------------------------------------------------- instruments


@given(vs.instruments())
def test_instruments_follow_the_rules_of_their_regime(instrument: Instrument) -> None:
    regime, kind, number = instrument.regime, instrument.kind, instrument.number
    assert kind is not None
    assert kind in KINDS
    assert regime in kind.regimes
    assert not kind.copy_form
    assert number is not None
    assert number.number is not None
    assert number.style is STYLE_OF[regime]
    assert number.kind_abbreviation == kind.abbreviation(regime)
    assert_well_formed_number(number)
    assert instrument.issuer is not None
    assert instrument.issuer.abbreviation == number.issuer_abbreviation
    date = instrument.date
    assert date is not None
    assert date.is_complete
    assert date.year is not None
    assert datetime.date(vs.MIN_YEAR, 1, 1) <= date.to_date() <= LATEST
    if regime is Regime.LEGAL:
        assert number.year == date.year
    assert instrument.subject is not None
    is_state_cong_van = regime is Regime.STATE and kind.code == "cong-van"
    assert instrument.subject.startswith("V/v ") is is_state_cong_van
    assert instrument.archive is not None
    assert instrument.archive.units[0] == "VT"
    assert instrument.signatures
    for block in instrument.signatures:
        assert_marks_in_order(block)
    assert instrument.urgency is not Urgency.FLASH_TIMED  # edXML only, never printed
    for task in instrument.body.all_tasks():
        year = deadline_year(task.deadline)
        assert year is None or year > date.year  # no deadline before the issue
        if any(a.role is Role.REPORT_TO for a in task.assignments):
            assert task.deadline is not None
    assert warnings_and_errors(instrument) == []  # docs/strategies.md promises it
    assert_task_list(instrument.body.tasks, max_depth=2)
    assert len(instrument.body.tasks) <= 8
    for citation in instrument.citations():
        if citation.number is not None:
            assert_well_formed_number(citation.number)


@settings(max_examples=20)  # an option check; the default is tested in full above
@given(vs.instruments(regime=Regime.PARTY, kinds=["chi-thi", KINDS.get("ket-luan")]))
def test_instruments_keep_to_the_requested_regime_and_kinds(instrument: Instrument) -> None:
    assert instrument.regime is Regime.PARTY
    assert instrument.kind is not None
    assert instrument.kind.code in {"chi-thi", "ket-luan"}
    assert instrument.number is not None
    assert instrument.number.style is NumberStyle.PARTY


@settings(max_examples=20)  # an option check; the default is tested in full above
@given(vs.instruments(drafts=True, received=True))
def test_drafts_have_blank_numbers_and_partial_dates(instrument: Instrument) -> None:
    assert instrument.number is not None
    assert instrument.number.is_blank
    assert instrument.date is not None
    assert not instrument.date.is_complete
    assert instrument.incoming is not None
    assert_valid(instrument)


@settings(max_examples=15)
@given(vs.instruments(reported=True))
def test_reported_instruments_name_their_source(instrument: Instrument) -> None:
    assert instrument.reported is not None
    assert instrument.reported.source in vocab.NEWS_SOURCES
    assert instrument.is_reported
    assert_valid(instrument)


@given(vs.instruments())
def test_instruments_are_original_by_default(instrument: Instrument) -> None:
    assert instrument.reported is None


@settings(max_examples=15)
@given(vs.instruments(bodies=vs.bodies(tasks=vs.task_lists(min_size=9, max_size=12))))
def test_instruments_take_bigger_bodies(instrument: Instrument) -> None:
    assert 9 <= len(instrument.body.tasks) <= 12


@settings(max_examples=40)
@given(
    st.sampled_from(get_args(vs.Normalization)).flatmap(
        lambda form: vs.instruments(drafts=None, received=None, reported=None, normalization=form)
    )
)
def test_instruments_of_every_option_check_clean(instrument: Instrument) -> None:
    assert warnings_and_errors(instrument) == []


@settings(max_examples=60)
@given(vs.misprints(instruments=vs.instruments(drafts=None, printed=False)))
def test_each_misprint_is_reported_by_the_rule_it_names(misprint: vs.Misprint) -> None:
    # The instrument without its printed forms checks clean (above): what fires is the
    # misprint, and its rule is the one that reports it.
    instrument = misprint.instrument
    assert instrument.printed is not None
    draft = instrument.date is not None and not instrument.date.is_complete
    found = check(instrument, strictness="draft" if draft else "final")
    assert misprint.code in {d.code for d in found}, (misprint.defect, [str(d) for d in found])
    assert misprint.code in RULES


# What the rules ask, typed from NĐ 30 (Phụ lục I mục II.6 and II.9.b, Phụ lục III mẫu 1.1
# to 1.3, Điều 13 khoản 2) and from consistency: the assertions restate the rule, so that a
# strategy that satisfied ``check`` by an accident of its vocabulary would still fail here.


@settings(max_examples=30)
@given(vs.instruments(regime=Regime.STATE, kinds=["quyet-dinh", "nghi-quyet"]))
def test_decisions_follow_their_template(instrument: Instrument) -> None:
    assert instrument.kind is not None
    preamble = [paragraph.text for paragraph in instrument.body.preamble]
    assert preamble  # Căn cứ ... first
    assert all(text.endswith(";") for text in preamble[:-1])
    assert preamble[-1].endswith(".")
    if instrument.kind.code == "quyet-dinh":
        assert preamble[-1].startswith("Theo đề nghị của ")
    labels = [task.label for task in instrument.body.tasks]
    assert labels == [f"Điều {n}." for n in range(1, len(labels) + 1)]
    last = instrument.body.tasks[-1].text
    assert last.endswith(f"chịu trách nhiệm thi hành {instrument.kind.name} này.")
    if instrument.kind.code == "nghi-quyet":
        block = instrument.signatures[0]
        assembly = instrument.issuer is not None and "HỘI ĐỒNG NHÂN DÂN" in instrument.issuer.name
        assert assembly or block.authorities[0].mark is SigningMark.TM


@settings(max_examples=30)
@given(vs.instruments(drafts=None, received=True))
def test_what_an_instrument_cites_and_its_stamp_come_after_it(instrument: Instrument) -> None:
    date = instrument.date
    assert date is not None
    issued = None if date.year is None else datetime.date(date.year, date.month or 1, date.day or 1)
    for citation in instrument.citations():
        if citation.date is not None:
            assert citation.date.to_date() <= (issued or LATEST)
        if citation.number is not None and citation.number.year is not None:
            assert citation.number.year <= (issued or LATEST).year
    stamp = instrument.incoming
    assert stamp is not None
    if stamp.date is not None:
        assert (issued or datetime.date.min) <= stamp.date.to_date() <= LATEST


@settings(max_examples=30)
@given(vs.instruments(regime=Regime.STATE))
def test_the_archive_line_names_the_drafting_unit(instrument: Instrument) -> None:
    assert instrument.archive is not None
    units = instrument.archive.units
    assert units[0] == "VT"
    assert len(units) >= 2
    number = instrument.number
    if number is not None and number.extra_parts:  # 12/UBND-VX: VX drafted it
        assert units[1] == number.extra_parts[0]


# ------------------------------------------------------------------- identifier parts


@given(vs.document_numbers(styles=[NumberStyle.LEGAL, NumberStyle.PARTY], blank=None))
def test_document_numbers_are_well_formed(number: DocumentNumber) -> None:
    assert number.style in (NumberStyle.LEGAL, NumberStyle.PARTY)
    assert_well_formed_number(number)


@given(vs.document_numbers(blank=True))
def test_blank_document_numbers(number: DocumentNumber) -> None:
    assert number.number is None


@given(vs.partial_dates(complete=True, min_year=2000, max_year=2001))
def test_complete_dates(date: PartialDate) -> None:
    assert date.is_complete
    assert date.year in (2000, 2001)


@given(vs.partial_dates(complete=False))
def test_partial_dates_miss_a_part(date: PartialDate) -> None:
    assert not date.is_complete
    assert date.year is None or vs.MIN_YEAR <= date.year <= vs.MAX_YEAR


@given(vs.citations())
def test_citation_text_avoids_the_words_the_grammar_splits_on(citation: Citation) -> None:
    for text in (citation.title, citation.issuer, citation.subject):
        if text is not None:
            assert_citation_safe(text)
    if citation.term is not None:
        assert re.fullmatch(r"khóa [IVXLC]+", citation.term)
    if citation.number is not None:
        assert_well_formed_number(citation.number)
        if citation.kind is not None:
            regime = REGIME_OF[citation.number.style]
            assert citation.number.kind_abbreviation == citation.kind.abbreviation(regime)
    else:
        assert citation.kind is not None
        assert citation.title is not None


def test_citation_vocabulary_is_safe() -> None:
    vocabulary = [
        *vocab.SUBJECTS,
        *(term.removeprefix("khóa ") for term in vocab.PARTY_TERMS),
        *(title for _, titles, _ in vocab.CITED_BY_NAME for title in titles),
        *(issuer for _, _, issuer in vocab.CITED_BY_NAME if issuer is not None),
        *(i.mention.format(p=province) for i in vocab.ISSUERS for province in vocab.PROVINCES),
    ]
    for text in vocabulary:
        assert_citation_safe(text)


def test_symbol_parts_never_pose_as_kind_abbreviations() -> None:
    for issuer in vocab.ISSUERS:
        taken = KINDS.abbreviations(issuer.regime)
        assert issuer.abbreviation not in taken, issuer
        assert not taken & set(issuer.units), issuer


# ------------------------------------------------------ what the grammars print
# (parse(format(x)) == x over these strategies is tests/test_grammar_properties.py)


@given(vs.deadlines(min_year=2024, max_year=2025))
def test_deadlines_name_years_in_range(deadline: vnadmin.Deadline) -> None:
    assert deadline_year(deadline) in (None, 2024, 2025)


@given(vs.tasks())
def test_task_texts_print_what_the_task_holds(task: Task) -> None:
    for citation in task.citations:
        assert grammar.format_citation(citation) in task.text
    if task.deadline is not None:
        assert grammar.format_deadline(task.deadline) in task.text
    for assignment in task.assignments:  # the first may be capitalised
        assert assignment.actor.casefold() in task.text.casefold()


# ------------------------------------------------------------------------------- tasks


@given(vs.task_lists())
def test_task_lists_are_labelled_in_sequence(tasks: tuple[Task, ...]) -> None:
    assert 1 <= len(tasks) <= 8
    assert_task_list(tasks, max_depth=2)
    assert all(depth(task) <= 2 for task in tasks)


@settings(max_examples=10)
@given(vs.task_lists(min_size=20, max_size=30, max_depth=3, max_subtasks=2))
def test_big_task_lists(tasks: tuple[Task, ...]) -> None:
    assert 20 <= len(tasks) <= 30
    assert_task_list(tasks, max_depth=3)
    assert all(depth(task) <= 3 for task in tasks)


@given(vs.task_lists(max_depth=1))
def test_flat_task_lists(tasks: tuple[Task, ...]) -> None:
    assert all(not task.subtasks for task in tasks)


@given(vs.tasks(multiline=True))
def test_multiline_tasks_are_valid(task: Task) -> None:
    assert_valid(task)
    assert not LABEL_LIKE.match(task.text)
    assert all("\n" in t.text for t in task.walk())  # multiline=True: every task breaks a line


# ----------------------------------------------------------------------- normal forms


@given(vs.vietnamese_text(normalization="NFD"))
def test_nfd_text_is_decomposed(text: str) -> None:
    assert unicodedata.is_normalized("NFD", text)
    assert unicodedata.normalize("NFC", text) != text


@pytest.mark.parametrize("form", ["NFD", "mixed"])
@settings(max_examples=20)
@given(data=st.data())
def test_instruments_built_from_decomposed_input_store_nfc(
    form: Literal["NFD", "mixed"], data: st.DataObject
) -> None:
    seen: list[str] = []

    def recording(text: str) -> str:
        seen.append(text)
        return nfc(text)

    with mock.patch("vnadmin.model._fields.nfc", recording):
        instrument = data.draw(vs.instruments(normalization=form))
    accented = [text for text in seen if not text.isascii()]
    assert accented
    if form == "NFD":  # "mixed" may decompose no word at all
        assert all(unicodedata.is_normalized("NFD", text) for text in accented)
        assert any(not unicodedata.is_normalized("NFC", text) for text in accented)  # not QĐ
    assert_valid(instrument)
    assert rebuild(instrument, "NFC") == instrument


@given(vs.instruments())
def test_an_instrument_rebuilt_from_nfd_input_is_equal(instrument: Instrument) -> None:
    decomposed = [unicodedata.normalize("NFD", text) for text in texts(instrument)]
    assert decomposed != list(texts(instrument))  # the input differs...
    assert rebuild(instrument, "NFD") == instrument  # ...the instance does not


@pytest.mark.parametrize(
    ("make", "condition"),
    [
        (
            lambda form: vs.citations(normalization=form),
            lambda c: c.subject is not None and c.issuer is not None,
        ),
        (
            lambda form: vs.signature_blocks(normalization=form),
            lambda b: len(b.authorities) == 2,
        ),
    ],
    ids=["citations", "signature_blocks"],
)
def test_the_normal_form_does_not_change_what_is_drawn(
    make: Callable[[str], st.SearchStrategy[Any]], condition: Callable[[Any], bool]
) -> None:
    found = [
        find(
            make(form),
            condition,
            settings=settings(database=None, max_examples=100),
            random=random.Random(7),
        )
        for form in ("NFC", "NFD")
    ]
    assert found[0] == found[1]


@pytest.mark.parametrize("mark", list(SigningMark), ids=lambda mark: mark.value)
def test_every_signing_mark_is_drawn(mark: SigningMark) -> None:
    block = find(
        vs.signature_blocks(),
        lambda b: any(authority.mark is mark for authority in b.authorities),
        settings=settings(database=None, max_examples=2000),
    )
    assert block.authorities[-1].mark is mark or block.authorities[0].mark is SigningMark.TM


# ------------------------------------------------------------- the argument convention
# docs/strategies.md, "Arguments": keyword only; a flag is True (every value), False (none)
# or None (either, drawn for each value); an upper bound left None follows the lower one.

PUBLIC = {name: getattr(vs, name) for name in vs.__all__ if name[0].islower()}


def drawn(strategy: st.SearchStrategy[Any], count: int = 40) -> list[Any]:
    """``count`` values of ``strategy``, reproducibly and without shrinking."""
    found: list[Any] = []

    @settings(max_examples=count, database=None, derandomize=True, phases=[Phase.generate])
    @given(strategy)
    def collect(value: Any) -> None:
        found.append(value)

    collect()
    return found


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_every_argument_is_keyword_only_and_every_flag_takes_none(name: str) -> None:
    for parameter in inspect.signature(PUBLIC[name]).parameters.values():
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY, parameter
        if "bool" in str(parameter.annotation):
            assert parameter.annotation == "bool | None", parameter
            PUBLIC[name](**{parameter.name: None})  # accepted: no InvalidArgument


FLAGS: list[tuple[str, st.SearchStrategy[Any], Callable[[Any], bool]]] = [
    ("drafts", vs.instruments(drafts=None), lambda i: i.number.is_blank),
    ("received", vs.instruments(received=None), lambda i: i.incoming is not None),
    ("reported", vs.instruments(reported=None), lambda i: i.reported is not None),
    ("printed", vs.instruments(printed=None), lambda i: i.printed is not None),
    ("blank", vs.document_numbers(blank=None), lambda n: n.is_blank),
    ("complete", vs.partial_dates(complete=None), lambda d: d.is_complete),
    ("by_name", vs.citations(by_name=None), lambda c: c.number is None),
    ("copy_forms", vs.document_kinds(copy_forms=None), lambda k: k.copy_form),
    ("preamble", vs.paragraphs(preamble=None), lambda p: p.text.startswith("Căn cứ")),
    ("multiline", vs.tasks(multiline=None, max_depth=1), lambda t: "\n" in t.text),
    ("form", vs.organizations(form=None), lambda o: o.abbreviation is not None),
]


@pytest.mark.parametrize(("flag", "strategy", "holds"), FLAGS, ids=[f[0] for f in FLAGS])
def test_none_draws_either(
    flag: str, strategy: st.SearchStrategy[Any], holds: Callable[[Any], bool]
) -> None:
    outcomes = {holds(value) for value in drawn(strategy)}
    assert outcomes == {True, False}, flag


@pytest.mark.parametrize(
    ("strategy", "holds"),
    [
        (vs.document_kinds(copy_forms=True), lambda k: k.copy_form),
        (vs.paragraphs(preamble=True), lambda p: p.text.startswith("Căn cứ")),
        (vs.vietnamese_text(multiline=True), lambda t: "\n" in t),
        (vs.organizations(form="addressee"), lambda o: o.abbreviation is None),
        (vs.instruments(received=True), lambda i: i.incoming is not None),
    ],
    ids=["copy_forms", "preamble", "multiline", "form", "received"],
)
def test_true_draws_always(strategy: st.SearchStrategy[Any], holds: Callable[[Any], bool]) -> None:
    assert all(holds(value) for value in drawn(strategy, 20))


@pytest.mark.parametrize(
    ("strategy", "low", "size"),
    [
        (vs.task_lists(min_size=12, max_depth=1), 12, len),
        (vs.vietnamese_text(min_sentences=5), 5, lambda t: t.count(".")),
        (vs.partial_dates(min_year=2031, complete=True), 2031, lambda d: d.year),
    ],
    ids=["task_lists", "vietnamese_text", "partial_dates"],
)
def test_an_upper_bound_left_out_follows_the_lower_one(
    strategy: st.SearchStrategy[Any], low: int, size: Callable[[Any], int]
) -> None:
    assert all(size(value) >= low for value in drawn(strategy, 10))


# --------------------------------------------------------------------- bad arguments


loose: Any = vs  # the calls below break the annotations on purpose


@pytest.mark.parametrize(
    "call",
    [
        lambda: loose.task_lists(min_size=3, max_size=1),
        lambda: loose.task_lists(min_size=-1),
        lambda: loose.task_lists(max_size=2.5),
        lambda: loose.task_lists(max_depth=0),
        lambda: loose.tasks(max_subtasks="3"),
        lambda: loose.tasks(multiline=1),
        lambda: loose.partial_dates(min_year=2020, max_year=2010),
        lambda: loose.partial_dates(complete="yes"),
        lambda: loose.partial_dates(min_year=99),
        lambda: loose.vietnamese_text(min_sentences=0),
        lambda: loose.vietnamese_text(min_sentences=4, max_sentences=2),
        lambda: loose.document_kinds(regime="state"),
        lambda: loose.document_numbers(styles=[]),
        lambda: loose.document_numbers(styles=["state"]),
        lambda: loose.document_numbers(blank="no"),
        lambda: loose.organizations(form="recipient"),
        lambda: loose.signature_blocks(regime=1),
        lambda: loose.citations(by_name=0),
        lambda: loose.assignments(roles="lead"),
        lambda: loose.deadlines(types=[Task]),
        lambda: loose.deadlines(types=[]),
        lambda: loose.deadlines(min_year=2030, max_year=2020),
        lambda: loose.tasks(deadlines=[]),
        lambda: loose.bodies(tasks=[]),
        lambda: loose.instruments(kinds=["no-such-kind"]),
        lambda: loose.instruments(kinds="chi-thi"),
        lambda: loose.instruments(kinds=[]),
        lambda: loose.instruments(regime=Regime.LEGAL, kinds=["chi-thi"]),
        lambda: loose.instruments(drafts="sometimes"),
        lambda: loose.instruments(received="yes"),
        lambda: loose.document_kinds(copy_forms="all"),
        lambda: loose.organizations(form="both"),
        lambda: loose.vietnamese_text(max_sentences=1, multiline=True),
        lambda: loose.task_lists(max_size=-1),
        lambda: loose.deadlines(min_year=999),
        lambda: loose.instruments(bodies=vnadmin.Body()),
        lambda: loose.person_names(normalization="NFKC"),
    ],
)
def test_bad_arguments_fail_at_once(call: Callable[[], object]) -> None:
    with pytest.raises(InvalidArgument):
        call()


# ---------------------------------------------------------------------------- plugin
# Each case runs in a fresh interpreter: which of hypothesis and vnadmin is imported first
# is the whole question, and this process imported both long ago.


def entry_point() -> str:
    """The value of vnadmin's ``hypothesis`` entry point, as pyproject.toml declares it."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject.split("[project.entry-points.hypothesis]", 1)[1].split("\n[", 1)[0]
    found = re.search(r'^vnadmin = "([^"]+)"', section, re.MULTILINE)
    assert found is not None, section
    return found[1]


HOOK = (  # what hypothesis does with the entry point, whether or not it is installed here
    "import importlib.metadata as m;"
    f"m.EntryPoint('vnadmin', {entry_point()!r}, 'hypothesis').load()();"
)
DRAWN = """
from hypothesis import Phase, given, settings, strategies as st
import vnadmin

@settings(max_examples=10, database=None, phases=[Phase.generate])  # no shrinking
@given(st.from_type(vnadmin.Instrument))
def drawn(instrument):  # hypothesis' own builds() would leave numbers out
    assert instrument.number is not None and not instrument.number.is_blank

drawn()
"""


def fresh(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "PYTHONPATH": str(ROOT / "src"), **env}
    return subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_entry_point_lies_outside_the_package() -> None:
    module, _, function = entry_point().partition(":")
    assert module == "_vnadmin_hypothesis"  # importing it imports no vnadmin
    assert function
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"src/_vnadmin_hypothesis.py"' in pyproject  # and the wheel ships it


def test_importing_hypothesis_loads_no_vnadmin() -> None:
    code = (
        f"import sys, hypothesis; {HOOK}"
        "found = [m for m in sys.modules if m.split('.')[0] == 'vnadmin'];"
        "sys.exit(repr(found) if found else 0)"
    )
    result = fresh(code)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "first",
    [
        "import hypothesis; import vnadmin",  # vnadmin registers when it is imported
        f"import vnadmin.model; import hypothesis; {HOOK}",  # the entry point registers
        "from vnadmin.strategies import instruments",  # the README's first line
    ],
    ids=["hypothesis-first", "vnadmin-first", "strategies-first"],
)
def test_from_type_works_whatever_is_imported_first(first: str) -> None:
    result = fresh(f"{first}\n{DRAWN}")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "module",
    ["limits", "errors", "json", "xml", "edxml", "akn", "text", "schemas", "docx", "pdf"],
)
def test_a_module_imported_after_hypothesis_imports_whole(module: str) -> None:
    # A downstream conftest.py that registers a hypothesis profile imports hypothesis before
    # pytest collects the test files, and a test file starting `from vnadmin.json import
    # loads` then crashed: vnadmin.limits, half imported, made the model register the
    # limits' types (AttributeError: partially initialized module).
    code = (
        f"import hypothesis; import vnadmin.{module}\n"
        "from hypothesis import strategies as st\n"
        "from vnadmin.limits import Limits\n"
        "assert isinstance(st.from_type(Limits).example(), Limits)"
    )
    result = fresh(code)
    assert result.returncode == 0, result.stderr


def test_registration_imports_no_strategy_until_one_is_asked_for() -> None:
    code = (
        "import sys, hypothesis, vnadmin.model, vnadmin.rules, vnadmin.edxml;"
        "sys.exit('vnadmin.strategies' in sys.modules)"
    )
    result = fresh(code)
    assert result.returncode == 0, result.stderr


def test_no_plugins_means_no_registration() -> None:
    result = fresh(f"import hypothesis; import vnadmin\n{DRAWN}", HYPOTHESIS_NO_PLUGINS="1")
    assert "AssertionError" in result.stderr  # hypothesis' builds() drew a blank number


def test_from_type_draws_registered_strategies() -> None:
    from vnadmin._hypothesis_plugin import register

    register()  # idempotent; this process imported hypothesis and vnadmin long ago

    @settings(max_examples=10)
    @given(
        st.from_type(Instrument),
        st.from_type(DocumentNumber),
        st.from_type(vnadmin.Deadline),  # type: ignore[arg-type]
        st.from_type(vnadmin.Authority),
    )
    def check(
        instrument: Instrument,
        number: DocumentNumber,
        deadline: object,
        authority: vnadmin.Authority,
    ) -> None:
        assert isinstance(instrument, Instrument)
        assert_valid(instrument)
        assert_well_formed_number(number)
        assert isinstance(deadline, (DateDeadline, PeriodDeadline, RelativeDeadline))
        assert isinstance(authority, vnadmin.Authority)

    check()


def public_classes() -> list[type]:
    """The classes of vnadmin's public namespaces, exceptions and protocols left out, and the
    edXML records the plugin draws (the others are listed in docs/strategies.md)."""
    import vnadmin.edxml
    import vnadmin.limits
    import vnadmin.rules

    found: dict[str, type] = {}
    for module in (vnadmin, vnadmin.rules, vnadmin.limits):
        for name in module.__all__:
            value = getattr(module, name)
            if (
                inspect.isclass(value)
                and not issubclass(value, BaseException)
                and not getattr(value, "_is_protocol", False)
            ):
                found.setdefault(f"{value.__module__}.{value.__qualname__}", value)
    edxml = vnadmin.edxml
    for cls in (edxml.EdxmlPackage, edxml.Organ, edxml.TraceHeader, edxml.Business):
        found[cls.__qualname__] = cls
    return [found[name] for name in sorted(found)]


@pytest.mark.parametrize("cls", public_classes(), ids=lambda cls: cls.__qualname__)
def test_from_type_draws_every_public_class(cls: type) -> None:
    from vnadmin._hypothesis_plugin import register, register_edxml

    register()
    register_edxml()
    assert all(isinstance(value, cls) for value in drawn(st.from_type(cls), 5))


def test_importing_vnadmin_does_not_import_hypothesis() -> None:
    code = (
        "import sys, vnadmin, vnadmin.model, vnadmin.edxml, vnadmin._hypothesis_plugin;"
        "sys.exit('hypothesis' in sys.modules)"
    )
    assert fresh(code).returncode == 0
