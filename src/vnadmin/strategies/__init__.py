"""Hypothesis strategies for vnadmin's model, for vnadmin's tests and for downstream suites.

Every strategy yields valid model instances built from realistic Vietnamese text (unit
names, people, task sentences).  By default they are also *well-formed*: what
:mod:`vnadmin.grammar` prints they read back (numbers, dates, citations, deadlines,
signing marks), and an instrument follows the rules of its regime, so that
:func:`vnadmin.rules.check` finds nothing to warn about on the day a test runs (dates of
issue end on 31 December of last year).  Task and preamble texts print their deadlines,
recurrences and citations through the grammars.

The arguments follow hypothesis' own convention: keyword only, checked at once
(``InvalidArgument``), and ``None`` means "drawn": a flag (``drafts``, ``received``,
``multiline`` ...) is True for every value, False for none, None for either; a choice
(``regime``, ``kinds``) None draws from all; a part (``bodies``, ``tasks``) None is
vnadmin's own; an upper bound None follows the lower one.  ``docs/strategies.md`` lists
them.

Text-producing strategies take ``normalization``: ``"NFD"`` builds each instance from
decomposed text and ``"mixed"`` from text whose words are decomposed at random.  The model
stores NFC, so such an instance equals the one built from NFC input; the normal form does
not change what is drawn, so for the same choices ``instruments(normalization="NFD")``
yields the instance ``instruments()`` yields.

This module imports hypothesis, which is an optional dependency (the ``strategies`` extra);
``import vnadmin`` never imports it.

The strategies are laid out by the kind of value they draw, as hypothesis lays out its own:
kinds, dates, text, numbers, parties, citations, deadlines, tasks, bodies, the other
components, and instruments; ``_vocabulary`` holds the realistic words they draw from and
``_common`` the helpers that keep drawing cheap.  A strategy module builds values with
plain functions taking ``draw`` (``_task``, ``_citation``), which the public strategy wraps
with ``st.composite``: a new part of the model is a new such function and its strategy.
"""

from vnadmin.strategies._bodies import bodies, paragraphs
from vnadmin.strategies._citations import citations
from vnadmin.strategies._common import MAX_YEAR, MIN_YEAR, Normalization
from vnadmin.strategies._components import (
    appendices,
    contacts,
    drafter_marks,
    incoming_stamps,
    reportings,
)
from vnadmin.strategies._dates import partial_dates
from vnadmin.strategies._deadlines import deadlines
from vnadmin.strategies._instruments import instruments
from vnadmin.strategies._kinds import document_kinds, regimes
from vnadmin.strategies._numbers import document_numbers
from vnadmin.strategies._parties import archive_lines, organizations, recipients, signature_blocks
from vnadmin.strategies._printed import Misprint, misprints, printed_forms
from vnadmin.strategies._tasks import assignments, task_lists, tasks
from vnadmin.strategies._text import person_names, vietnamese_text

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Misprint",
    "Normalization",
    "appendices",
    "archive_lines",
    "assignments",
    "bodies",
    "citations",
    "contacts",
    "deadlines",
    "document_kinds",
    "document_numbers",
    "drafter_marks",
    "incoming_stamps",
    "instruments",
    "misprints",
    "organizations",
    "paragraphs",
    "partial_dates",
    "person_names",
    "printed_forms",
    "recipients",
    "regimes",
    "reportings",
    "signature_blocks",
    "task_lists",
    "tasks",
    "vietnamese_text",
]
