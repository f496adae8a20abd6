"""The seed documents: their texts as shipped (:func:`seed_text`) and their instruments read
by hand, field by field, from those texts (:data:`SEEDS`), shipped beside each text as
vnadmin JSON (``seeds/000_....json``) and loaded when first asked for.

They prove the model holds real documents and serve as golden inputs for every codec.
Each value was read from the seed text; where the text is silent the field stays empty.
``tests/test_seeds.py`` holds each instrument to values typed from its text, and
``tests/test_text_seeds.py`` the text reader to both.

Conventions, the same in every seed:

- Text is kept as printed, NFC, with markdown remnants (``**``, ``*``, ``|``) removed and
  lines broken by a page break or a wrapped title joined with one space.
- Subjects keep their lead word as printed (``V/v``, ``về``).  Issuer names are as printed:
  upper case in issuer lines and titles, as in the body where the text has no issuer lines.
- A task with no actor of its own is assigned (EXECUTE) to those the lead-in names:
  the addressees of a công văn, the units a chỉ thị's lead-in paragraph lists.  Actors
  named in a task are kept as printed, lower-case article included.
- Closing items (``Giao ... chủ trì``, ``Căn cứ nội dung Công văn này, đề nghị ...``) are
  unlabelled tasks in ``Body.closing``.
- Citations are per paragraph or task, in order of appearance.  An instrument cited by
  number is a citation wherever it appears, even inside another citation's subject
  (``Chỉ thị số 05-CT/TW`` in the subject of ``Kết luận số 01-KL/TW``).  An instrument
  cited by name (a capitalised kind word, ``Luật Tiếp cận thông tin``, ``Chương trình
  tổng thể ...``) is one outside another citation's subject; its name after the kind word
  is the ``title``, and when it is named only by ``của <issuer> về <subject>`` that subject
  is the title.  Generic mentions (``các nghị quyết của Ban Chấp hành Trung ương``,
  lower-case ``quy chế dân chủ ở cơ sở``) and the instrument itself (``Chỉ thị này``) are
  not citations.  Quotation marks around a cited subject are dropped.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from importlib import resources

from vnadmin.model import Instrument

__all__ = ["SEEDS", "SEED_000", "SEED_001", "SEED_003", "SEED_004", "seed_names", "seed_text"]


def seed_names() -> tuple[str, ...]:
    """The shipped seed files (``000_36d1e64d9df33b96.txt`` ...), in order."""
    folder = resources.files("vnadmin") / "seeds"
    return tuple(sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".txt")))


def _shipped(code: str, extension: str) -> str:
    for name in seed_names():
        if name.startswith(code):
            path = resources.files("vnadmin") / "seeds" / name.replace(".txt", extension)
            return path.read_text(encoding="utf-8")
    raise KeyError(f"no seed document {code!r}; shipped: {', '.join(seed_names())}")


def seed_text(code: str) -> str:
    """The text of the seed whose name starts with ``code`` (``"000"``), as shipped."""
    return _shipped(code, ".txt")


@functools.cache
def _instrument(code: str) -> Instrument:
    from vnadmin import json as vjson  # its converters are built only when a seed is read

    return vjson.loads(_shipped(code, ".json"))


class _Seeds(Mapping[str, Instrument]):
    """The seed instruments by seed number, each read from its JSON when first asked for."""

    def __getitem__(self, code: str) -> Instrument:
        if code not in self._codes():
            raise KeyError(code)
        return _instrument(code)

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes())

    def __len__(self) -> int:
        return len(self._codes())

    @staticmethod
    @functools.cache
    def _codes() -> tuple[str, ...]:
        return tuple(name[:3] for name in seed_names())

    def __repr__(self) -> str:
        return f"SEEDS({', '.join(self)})"


SEEDS: Mapping[str, Instrument] = _Seeds()
"""The seed instruments by seed number (``"000"``, ``"001"``, ``"003"``, ``"004"``)."""

SEED_000: Instrument
"""Seed 000: công văn of Sở Tài chính Sóc Trăng, blank number and day (a draft)."""
SEED_001: Instrument
"""Seed 001: công văn of Sở Nội vụ Tuyên Quang with no issuer lines, blank number and day."""
SEED_003: Instrument
"""Seed 003: Party chỉ thị of the Ban Thường vụ Tỉnh ủy, as received by Sở Tài chính Hải Dương."""
SEED_004: Instrument
"""Seed 004: a Báo Thanh Hóa article reporting a directive of UBND tỉnh Thanh Hóa."""


def __getattr__(name: str) -> Instrument:
    if name.startswith("SEED_") and name[5:] in SEEDS:
        return SEEDS[name[5:]]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
