"""Scores the text reader against the development corpus (``../shared/corpus``).

The corpus holds real documents with hand-made answer keys; its README gives the key format
and the suggested scoring, which this module follows: a field is right when it equals the
key's value or one of its ``FIELD_alt`` values, after NFC, whitespace collapsing and case
folding, with a tolerant match for long strings (OCR damages diacritics here and there).

Run it as a script to print the tables, or to rewrite ``docs/accuracy.md``::

    python tests/corpus.py               # the tables on standard output
    python tests/corpus.py --write-docs  # docs/accuracy.md, with the commit measured
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from rapidfuzz.fuzz import ratio

from vnadmin import legacy
from vnadmin.errors import GrammarError
from vnadmin.grammar import format_symbol
from vnadmin.grammar.dates import date_from_match, long_date_pattern, short_date_pattern
from vnadmin.grammar.deadlines import (
    DEADLINE,
    deadline_from_match,
    format_deadline,
    format_recurrence,
    parse_deadline_cell,
)
from vnadmin.model import (
    DateDeadline,
    Instrument,
    PartialDate,
    PeriodDeadline,
    Regime,
    RelativeDeadline,
    Role,
    Task,
)
from vnadmin.normalize import fold, tone_key
from vnadmin.text import ParseResult, parse_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("VNADMIN_CORPUS", ROOT.parent / "shared" / "corpus"))
DOCS = ROOT / "docs" / "accuracy.md"

#: The fields of the header, signature and footer, in the key's order.  Their mean is the
#: "header fields" figure of the accuracy page.
HEADER_FIELDS = (
    "doc_type",
    "regime",
    "reported",
    "parent_issuer",
    "issuer",
    "number",
    "symbol",
    "number_year",
    "place",
    "date",
    "subject",
    "addressees",
    "signing_modes",
    "signer_title",
    "signer_name",
    "distribution",
    "archive",
    "incoming",
)
TASK_FIELDS = ("lead", "cooperate", "deadline")

#: A missing component is said, not silent, when a diagnostic's code starts with one of
#: these stems (``number-missing``, ``date-unreadable``, ``signature-missing``, ...).
DIAGNOSTIC_STEMS: dict[str, tuple[str, ...]] = {
    "doc_type": ("kind-",),
    "issuer": ("issuer-",),
    "parent_issuer": ("issuer-",),
    "number": ("number-",),
    "symbol": ("number-",),
    "place": ("place-", "date-"),
    "date": ("date-",),
    "subject": ("subject-",),
    "addressees": ("addressees-",),
    "signing_modes": ("signature-",),
    "signer_title": ("signature-",),
    "signer_name": ("signature-",),
    "distribution": ("distribution-",),
    "archive": ("archive-",),
}

_KEY_DATE = re.compile(
    f"{short_date_pattern('s_')}|{long_date_pattern('l_', blanks=False)}", re.IGNORECASE
)
_LONG = 24  # strings at least this long are compared with a tolerance
_TOLERANCE = 90.0  # rapidfuzz ratio (0-100) a long string must reach
_SHAPES = (  # (shape, words of SOURCES.md's source-shape column), first match wins
    ("OCR without diacritics", ("legacy ocr",)),
    ("Markdown", ("markdown", "mineru")),
    ("HTML", ("html",)),
    ("OCR", ("ocr", "tesseract")),
    ("PDF text, layout", ("-layout",)),
    ("PDF text, flattened", ("pdftotext", "pdf text layer")),
    ("Word, converted", ("antiword", "catdoc", "soffice")),
    ("Web page", ("web page",)),
)


# -- comparing values ------------------------------------------------------------------


def norm(text: str) -> str:
    """The comparison form: NFC, one space, no edge punctuation, case and tone placement
    folded (``Hoà`` equals ``Hòa``)."""
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "Đ")
    text = re.sub(r"\s+", " ", text).strip(" \t.;,:")
    return tone_key(text)


Form = Callable[[str], str]
"""How two texts are brought to the form they are compared in: :func:`norm`, or
:func:`fold` where the source lost its diacritics."""


def same_text(found: str | None, expected: str | None, form: Form = norm) -> bool:
    if found is None or expected is None:
        return found is expected
    a, b = form(found), form(expected)
    if a == b:
        return True
    return min(len(a), len(b)) >= _LONG and ratio(a, b) >= _TOLERANCE


def same_texts(found: Sequence[str], expected: Sequence[str], form: Form = norm) -> bool:
    return len(found) == len(expected) and all(
        same_text(a, b, form) for a, b in zip(found, expected, strict=True)
    )


def _mark(text: str) -> str:
    return re.sub(r"[\s./]", "", text).upper()


def _tokens(text: str) -> list[str]:
    return sorted(t.lstrip("0") or "0" for t in re.findall(r"[^\W_]+", fold(text)))


def _copies(tokens: list[str]) -> list[str]:
    """Tokens with a count of copies written alike: ``(2)`` and ``(2b)`` are two copies."""
    return sorted(re.sub(r"(?<=\d)b$", "", token) for token in tokens)


def _symbol(text: str) -> str:
    return fold(text).replace(" ", "")


# -- what the instrument says, in the key's terms ------------------------------------------


def kind_slug(instrument: Instrument) -> str | None:
    kind = instrument.kind
    return None if kind is None else fold(kind.name).replace(" ", "_")


_LEADING = (Role.LEAD, Role.EXECUTE, Role.ADVISE)
"""The roles of the actor who does a task: the key's ``lead``.  An advising actor
(``Giao X ... tham mưu UBND tỉnh``) does the task for the issuer: the key gives it as the
lead."""


def _lead(task: Task) -> str | None:
    leads = [a.actor for a in task.assignments if a.role in _LEADING]
    return ", ".join(leads) if leads else None


def _cooperate(task: Task) -> list[str]:
    return [a.actor for a in task.assignments if a.role is Role.COOPERATE]


def _label(text: str | None) -> str | None:
    if text is None:
        return None
    return fold(text).removeprefix("dieu ").strip(" .:)")


_SUBJECT_LEAD = re.compile(r"(?:V/v|V/V|v/v|V\.v|Về việc|VỀ VIỆC|về việc)[ \t]*:?[ \t]*")


def _trich_yeu(subject: str | None) -> str | None:
    """The subject as the keys give it: without its ``V/v`` or ``Về việc`` lead."""
    if subject is None:
        return None
    match = _SUBJECT_LEAD.match(subject)
    return subject[match.end() :] if match else subject


def _archive(instrument: Instrument) -> str | None:
    archive = instrument.archive
    if archive is None:
        return None
    parts = list(archive.units)
    if archive.copies is not None:
        parts.append(f"{archive.copies}b")
    if instrument.drafter is not None:
        parts.append(instrument.drafter.initials)
        if instrument.drafter.copies is not None:
            parts.append(str(instrument.drafter.copies))
    return " ".join(parts)


# -- fields --------------------------------------------------------------------------------


def _field_checks(result: ParseResult, form: Form = norm) -> dict[str, Callable[[Any], bool]]:
    """For each header field, a test of one key value (main or alternative)."""
    text_is = partial(same_text, form=form)
    texts_are = partial(same_texts, form=form)
    doc = result.instrument
    issuer = doc.issuer
    number = doc.number
    block = doc.signatures[-1] if doc.signatures else None
    regime = "state" if doc.regime in (Regime.STATE, Regime.LEGAL) else "party"
    stamp = doc.incoming

    def date(value: dict[str, int | None] | None) -> bool:
        if value is None or doc.date is None:
            return value is None and doc.date is None
        found = (doc.date.day, doc.date.month, doc.date.year)
        return found == (value["day"], value["month"], value["year"])

    def incoming(value: dict[str, Any] | None) -> bool:
        if value is None or stamp is None:
            return value is None and stamp is None
        day = stamp.date
        iso = None
        if day is not None and None not in (day.year, day.month, day.day):
            iso = f"{day.year:04d}-{day.month:02d}-{day.day:02d}"
        number_ok = value["number"] is None or str(stamp.number) == str(value["number"])
        return text_is(stamp.receiver, value["receiver"]) and number_ok and iso == value["date"]

    def archive(value: str | None) -> bool:
        found = _archive(doc)
        if value is None or found is None:
            return value is found
        return _copies(_tokens(found)) == _copies(_tokens(value))

    return {
        "doc_type": lambda v: kind_slug(doc) == v,
        "regime": lambda v: regime == v,
        "reported": lambda v: doc.is_reported == v,
        "parent_issuer": lambda v: text_is(
            issuer.parent.name if issuer and issuer.parent else None, v
        ),
        "issuer": lambda v: text_is(issuer.name if issuer else None, v),
        "number": lambda v: (number.number if number else None) == v,
        "symbol": lambda v: (
            (_symbol(format_symbol(number)) if number else None) == (_symbol(v) if v else None)
        ),
        "number_year": lambda v: (number.year if number else None) == v,
        "place": lambda v: text_is(doc.place, v),
        "date": date,
        "subject": lambda v: text_is(_trich_yeu(doc.subject), v),
        "addressees": lambda v: texts_are([o.name for o in doc.addressees], v),
        "signing_modes": lambda v: (
            ([a.mark.value for a in block.authorities] if block else []) == [_mark(m) for m in v]
        ),
        "signer_title": lambda v: text_is(block.title if block else None, v),
        "signer_name": lambda v: text_is(block.name if block else None, v),
        "distribution": lambda v: texts_are(
            [f"{r.name} ({r.purpose})" if r.purpose else r.name for r in doc.distribution], v
        ),
        "archive": archive,
        "incoming": incoming,
    }


def _values(key: dict[str, Any], name: str) -> list[Any]:
    return [key[name], *key.get(f"{name}_alt", [])]


def _missing(result: ParseResult, name: str, key: dict[str, Any], form: Form) -> bool:
    """The key has a value where the reader found nothing, and no diagnostic says so."""
    if key[name] in (None, [], False):
        return False
    stems = DIAGNOSTIC_STEMS.get(name)
    if stems is None:
        return False
    check = _field_checks(result, form)[name]
    empty: list[str] | None = (
        [] if name in ("addressees", "distribution", "signing_modes") else None
    )
    if not check(empty):
        return False  # the reader found something (right or wrong)
    return not any(d.code.startswith(stems) for d in result.diagnostics)


def _citations(result: ParseResult) -> set[tuple[str, str, int | None]]:
    """What the text cites, as the reader lists it (subject line and body)."""
    found = set()
    for citation in (site.citation for site in result.citations):
        number = citation.number
        if number is None or not number.number:
            continue
        found.add((number.number, _symbol(format_symbol(number)), number.year))
    return found


def _key_citations(entries: Iterable[dict[str, Any]]) -> set[tuple[str, str, int | None]]:
    return {(c["number"], _symbol(c["symbol"] or ""), c["year"]) for c in entries if c["number"]}


def _numbered(label: str | None) -> bool:
    """A label that numbers (``1.``, ``II.``, ``Điều 3.``, ``a)``), not a bullet (``-``)."""
    return label is not None and any(char.isalnum() for char in label)


_DIVISION = re.compile(r"(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)(?![^\W\d_])")


def _directing(tasks: Sequence[Task]) -> list[Task]:
    """The top-level items the instrument directs, as the README counts them: the articles
    of a legal text, not the parts, chapters and sections that group them (``Chương I``
    holding ``Điều 1`` ... ``Điều 5`` counts five)."""
    found: list[Task] = []
    for task in tasks:
        if task.label is not None and _DIVISION.match(task.label) and task.subtasks:
            found.extend(_directing(task.subtasks))
        else:
            found.append(task)
    return found


def _paths(
    tasks: Sequence[Task], above: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], Task]]:
    """Each task with the labels of the numbered items it stands under and its own."""
    for task in tasks:
        own = _label(task.label) if _numbered(task.label) else None
        path = (*above, own) if own else above
        yield path, task
        yield from _paths(task.subtasks, path)


def _candidates(doc: Instrument, label: str | None) -> Iterator[Task]:
    """The tasks a key task may be: a key labels each task with the nearest printed label
    (``3.`` for the dashed items under item 3), so a labelled task and everything under
    it; every task where the key gives no label.  A key may give the label with the items
    it stands under (``Điều 2.3.`` for clause 3 of Article 2, ``D.2.`` for item 2 of part
    D, ``IV.2`` for item 2 of section IV): its last parts are then the printed labels of the
    task and of the items above it."""
    body = doc.body
    for path, task in _paths((*body.tasks, *body.closing)):
        if label is None:
            yield task
        elif _label(task.label) == label or (
            len(parts := tuple(label.split("."))) > 1 and path[-len(parts) :] == parts
        ):
            yield from task.walk()


def _joined(actors: str | None) -> str | None:
    """Actors joined the one way: a key joins several leads with ``;``, the scorer with ``,``."""
    return None if actors is None else actors.replace(";", ",")


def _task_fields(task: Task, expected: dict[str, Any], form: Form) -> dict[str, bool]:
    return {
        "lead": same_text(_joined(_lead(task)), _joined(expected["lead"]), form),
        "cooperate": same_texts(_cooperate(task), expected["cooperate"], form),
        "deadline": _same_deadline(task, expected["deadline"]),
    }


# -- scoring ---------------------------------------------------------------------------------


@dataclass
class DocumentScore:
    """One document: each field right or wrong, task and citation figures."""

    name: str
    shape: str
    fields: dict[str, bool]
    silent: list[str]  # fields missed with no diagnostic
    task_count: bool | None  # None where the key says the count is meaningless
    tasks: dict[str, list[bool]] = field(default_factory=dict)
    citations: tuple[int, int, int] = (0, 0, 0)  # true positives, found, expected


def score(
    name: str, key: dict[str, Any], result: ParseResult, shape: str, form: Form = norm
) -> DocumentScore:
    checks = _field_checks(result, form)
    fields = {f: any(checks[f](v) for v in _values(key, f)) for f in HEADER_FIELDS}
    silent = [f for f in HEADER_FIELDS if not fields[f] and _missing(result, f, key, form)]
    doc = result.instrument

    counts = [c for c in _values(key, "top_level_tasks") if c is not None]
    numbered = sum(1 for task in _directing(doc.body.tasks) if _numbered(task.label))
    task_count = None if key["top_level_tasks"] is None else numbered in counts

    tasks: dict[str, list[bool]] = {f: [] for f in TASK_FIELDS}
    for expected in key["tasks"]:
        best = max(
            _candidates(doc, _label(expected["label"])),
            key=lambda t: (
                sum(_task_fields(t, expected, form).values()),
                ratio(form(_lead(t) or ""), form(expected["lead"] or "")),
            ),
            default=None,
        )
        right = _task_fields(best, expected, form) if best is not None else {}
        for f in TASK_FIELDS:
            tasks[f].append(right.get(f, False))

    found = _citations(result)
    best_citations = (0, len(found), 0)
    for entries in _values(key, "citations"):
        expected_set = _key_citations(entries)
        hits = len(found & expected_set)
        candidate = (hits, len(found), len(expected_set))
        if _f1(*candidate) >= _f1(*best_citations) or best_citations[2] == 0:
            best_citations = candidate
    return DocumentScore(name, shape, fields, silent, task_count, tasks, best_citations)


def _key_date(match: re.Match[str]) -> PartialDate | None:
    """The date a key's deadline phrase prints, or ``None`` where its digits are no date
    (``10h00-10`` read as day ``00``): a key is printed text, not a checked value."""
    try:
        return date_from_match(match, "s_" if match["s_day"] else "l_")
    except GrammarError:
        return None


def _same_deadline(task: Task, printed: str | None) -> bool:
    """A deadline is compared by value where the key's phrase has one (a date, a quarter,
    ...): ``trước ngày 20 tháng 5 năm 2026`` is ``trước ngày 20/5/2026``; of a range
    (``29/6/2026 - 09/7/2026``) the end is the deadline; a phrase printed the way a field
    or a cell prints it (``Tháng 12/2025``, ``Năm 2025 và các năm tiếp theo``) has the value
    the cell grammar gives it.  Other phrases (relative ones, a start alone such as ``Từ
    01/7/2025``, recurrences) are compared as text, one inside the other."""
    if printed is None:
        return task.deadline is None
    try:
        cell, _ = parse_deadline_cell(printed)
    except GrammarError:
        cell = None
    dates = [d for m in _KEY_DATE.finditer(printed) if (d := _key_date(m)) is not None]
    if dates and not isinstance(cell, RelativeDeadline):  # "Từ 01/7/2025": a start, no date due
        if not isinstance(task.deadline, DateDeadline):
            return False
        found, wanted = task.deadline.date, dates[-1]
        years = None in (found.year, wanted.year) or found.year == wanted.year
        return (found.day, found.month) == (wanted.day, wanted.month) and years
    period = DEADLINE.search(printed)
    if period is not None and period["relative"] is None:
        try:
            return task.deadline == deadline_from_match(period)
        except GrammarError:
            pass
    if isinstance(cell, PeriodDeadline):  # "Năm 2025 và các năm tiếp theo", "Tháng 12/2025"
        return task.deadline == cell
    said = [format_deadline(task.deadline)] if task.deadline is not None else []
    if task.recurrence is not None:
        said.append(format_recurrence(task.recurrence))
    key = fold(printed)
    return any(fold(s) in key or key in fold(s) for s in said if s)


def _f1(hits: int, found: int, expected: int) -> float:
    if found == 0 and expected == 0:
        return 1.0
    return 2 * hits / (found + expected) if found + expected else 0.0


def shapes() -> dict[str, str]:
    """Each corpus document's source shape, read from SOURCES.md."""
    table = {}
    for line in (CORPUS / "SOURCES.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) < 8 or not cells[1].startswith("docs/"):
            continue
        said = cells[6].casefold()
        name = Path(cells[1]).stem
        table[name] = next((s for s, words in _SHAPES if any(w in said for w in words)), "other")
    return table


def documents() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, text, key) of every corpus document."""
    found = []
    for path in sorted((CORPUS / "docs").glob("*.txt")):
        key = json.loads((CORPUS / "keys" / f"{path.stem}.json").read_text(encoding="utf-8"))
        found.append((path.stem, path.read_text(encoding="utf-8"), key))
    return found


def typed_in_legacy_font(text: str, encoding: str) -> str:
    """``text`` as a document typed in a legacy font shows once converted to text (a PDF
    text layer, a Word file saved as UTF-8): each letter in the bytes of ``encoding``, read
    as Windows-1252.  TCVN3 has no tone-marked capitals (``.VnTime`` types them in lower
    case); what no legacy byte holds is left as it is."""
    table: dict[str, str] = {}
    for char in set(text):
        for form in (char, char.lower()):
            try:
                table[char] = legacy.encode(form, encoding).decode("cp1252", "replace")
                break
            except ValueError:
                continue
    return "".join(table.get(char, char) for char in text)


def without_diacritics(text: str) -> str:
    """``text`` as a font or an OCR layer that lost every diacritic gives it (``Căn cứ`` ->
    ``Can cu``, ``Đ`` -> ``D``)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d").replace("Đ", "D")


def score_corpus(
    parse: Callable[[str], ParseResult] = parse_text, form: Form = norm
) -> list[DocumentScore]:
    kinds = shapes()
    return [score(n, k, parse(t), kinds.get(n, "other"), form) for n, t, k in documents()]


RETYPED = {
    "typed in VNI": lambda text: typed_in_legacy_font(text, "VNI"),
    "typed in TCVN3": lambda text: typed_in_legacy_font(text, "TCVN3"),
    "without diacritics": without_diacritics,
}
"""The corpus in the other shapes a source gives the same documents in."""


def score_retyped(shape: str) -> list[DocumentScore]:
    """The corpus as ``shape`` (of :data:`RETYPED`) gives it, scored against the same keys.
    Without diacritics, values are compared folded: the reader gives the body's phrases
    their accents back, not the names and subjects the keys print with theirs."""
    retype = RETYPED[shape]
    form = fold if shape == "without diacritics" else norm
    return score_corpus(lambda text: parse_text(retype(text)), form)


def retyped_table() -> str:
    """Markdown: the headline figures of the corpus in each shape of :data:`RETYPED`."""
    every = [("as printed", figures(score_corpus()))]
    every += [(shape, figures(score_retyped(shape))) for shape in RETYPED]
    lines = [
        "| figure | " + " | ".join(name for name, _ in every) + " |",
        "|---" * (len(every) + 1) + "|",
    ]
    lines += [
        f"| {label} | " + " | ".join(show(f) for _, f in every) + " |" for label, show in _ROWS
    ]
    return "\n".join(lines)


# -- figures and tables ------------------------------------------------------------------------


@dataclass
class Figures:
    """The headline figures of a set of documents."""

    fields: dict[str, float]
    header: float
    task_count: float
    tasks: dict[str, float]
    citation_f1: float
    silent: int
    documents: int


def figures(scores: Sequence[DocumentScore]) -> Figures:
    n = len(scores)
    per_field = {f: sum(s.fields[f] for s in scores) / n for f in HEADER_FIELDS}
    counted = [s.task_count for s in scores if s.task_count is not None]
    tasks = {}
    for f in TASK_FIELDS:
        marks = [m for s in scores for m in s.tasks[f]]
        tasks[f] = sum(marks) / len(marks) if marks else 1.0
    hits = sum(s.citations[0] for s in scores)
    found = sum(s.citations[1] for s in scores)
    expected = sum(s.citations[2] for s in scores)
    return Figures(
        fields=per_field,
        header=sum(per_field.values()) / len(per_field),
        task_count=sum(counted) / len(counted) if counted else 1.0,
        tasks=tasks,
        citation_f1=_f1(hits, found, expected),
        silent=sum(len(s.silent) for s in scores),
        documents=n,
    )


def _pct(value: float) -> str:
    return f"{100 * value:.0f}%"


_ROWS: list[tuple[str, Callable[[Figures], str]]] = [
    ("header fields", lambda f: _pct(f.header)),
    ("task count exact", lambda f: _pct(f.task_count)),
    ("task lead", lambda f: _pct(f.tasks["lead"])),
    ("task cooperating units", lambda f: _pct(f.tasks["cooperate"])),
    ("task deadline", lambda f: _pct(f.tasks["deadline"])),
    ("citation F1", lambda f: f"{f.citation_f1:.2f}"),
    ("misses without a diagnostic", lambda f: str(f.silent)),
]
"""The headline figures, as the tables show them."""


def tables(scores: Sequence[DocumentScore]) -> str:
    """Markdown: the figures per shape, the fields per shape, and every miss per document."""
    groups: dict[str, list[DocumentScore]] = {}
    for s in scores:
        groups.setdefault(s.shape, []).append(s)
    columns = [("all", list(scores)), *sorted(groups.items())]
    heads = [f"{name} ({len(group)})" for name, group in columns]
    every = [figures(group) for _, group in columns]

    lines = ["| figure | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    lines += [f"| {label} | " + " | ".join(show(f) for f in every) + " |" for label, show in _ROWS]
    lines += ["", "| field | " + " | ".join(heads) + " |", "|---" * (len(heads) + 1) + "|"]
    lines += [
        f"| {name} | " + " | ".join(_pct(f.fields[name]) for f in every) + " |"
        for name in HEADER_FIELDS
    ]
    lines += [
        "",
        "| document | shape | fields missed | silent | tasks | citations |",
        "|---" * 6 + "|",
    ]
    for s in scores:
        missed = ", ".join(f for f, ok in s.fields.items() if not ok) or "-"
        count = {None: "-", True: "ok", False: "wrong"}[s.task_count]
        hits, found, expected = s.citations
        silent = ", ".join(s.silent) or "-"
        lines.append(
            f"| {s.name[:3]} | {s.shape} | {missed} | {silent} | {count} | {hits}/{found}/{expected} |"
        )
    return "\n".join(lines)


def _commit() -> str:
    try:
        out = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        )
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "src"], cwd=ROOT, capture_output=True, text=True
        )
    except OSError:
        return "unknown"
    return out.stdout.strip() + (" (with uncommitted changes)" if dirty.stdout.strip() else "")


_DOC_HEAD = """\
# Accuracy of the text reader on real documents

`parse_text` measured on the development corpus (`../shared/corpus/`: {n} real documents
with hand-made answer keys, see its README), scored as the corpus README suggests: a field
is right when it equals the key's value or one of its alternatives (what a reader can
reasonably get from a damaged text), after NFC, whitespace collapsing and case folding;
strings of {long} characters or more may differ by a rapidfuzz ratio of {tol:.0f}. Citations
count by number, symbol and year (F1 over all documents). The task count is the number of
numbered top-level tasks (the key counts numbered items: a letter whose content is
unnumbered or only dashed counts 0; the articles of a legal text, not the parts, chapters
and sections that group them). Task fields are scored on the tasks each key lists, each compared
with the best fitting task printed under its label (the key gives the nearest label, so the
dashed items under `3.` are labelled `3.`, and `Điều 2.3.` is clause `3.` of `Điều 2`; leads
the key joins with `;` count as joined with `,`); deadlines are compared by value where the key's
phrase has one (`trước ngày 20 tháng 5 năm 2026` is `trước ngày 20/5/2026`; the end of a
range). "Misses without a diagnostic" counts fields the key fills, the reader left empty
and no diagnostic named (`number-...`, `date-...`, ...).

Measured at commit {commit} by `python tests/corpus.py --write-docs`;
`tests/test_corpus.py` holds each figure to a floor.

The same reader is also measured on hundreds of real pages of two legal portals, each keyed
by the portal's own record: see [Accuracy on many real pages](accuracy-scale.md).

"""


_RETYPED_HEAD = """

## The same documents in other source shapes

A PDF set in a legacy font gives its text as the font's bytes read as Windows-1252
(`Céng hoµ x· héi`); a font or an old OCR layer may drop every diacritic. The corpus is
retyped into each shape (`tests/corpus.py`: `typed_in_legacy_font`, `without_diacritics`)
and scored against the same keys; without diacritics values are compared folded, since the
reader gives the body's phrases their accents back but not names and subjects.
`tests/test_corpus.py` holds these figures to floors too.

"""


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write-docs", action="store_true", help="rewrite docs/accuracy.md")
    args = parser.parse_args(argv)
    if not (CORPUS / "docs").is_dir():
        print(f"no corpus at {CORPUS} (set VNADMIN_CORPUS)", file=sys.stderr)
        return 2
    scores = score_corpus()
    text = tables(scores)
    if args.write_docs:
        head = _DOC_HEAD.format(n=len(scores), long=_LONG, tol=_TOLERANCE, commit=f"`{_commit()}`")
        DOCS.write_text(head + text + _RETYPED_HEAD + retyped_table() + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
