"""Readers, writers and registries shared across threads give each thread its own right
answer (issue 14).

Before: ``schemas.validate_xml`` shared one schema and read its error log after validating,
so under 8 threads 5,471 of 16,000 results were wrong; more than eight ``kinds=`` registries
used from several threads made ``json.loads``/``dumps`` raise a bare ``KeyError``; and
registering a kind while another thread read text with that registry made ``parse_text``
return an empty instrument.  Threads switch every microsecond here, to meet the races often.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from vnadmin import json as vjson
from vnadmin import xml
from vnadmin.errors import XMLDecodeError
from vnadmin.model import KINDS, DocumentKind, KindRegistry, Regime
from vnadmin.samples import SEEDS, seed_text
from vnadmin.schemas import validate_xml
from vnadmin.text import parse_text

THREADS = 8


@pytest.fixture(autouse=True)
def switch_often() -> Iterator[None]:
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    yield
    sys.setswitchinterval(interval)


def in_threads(work: Callable[[int], list[bool]]) -> list[bool]:
    """``work(n)`` in each of :data:`THREADS` threads at once: every thread's results."""
    with ThreadPoolExecutor(THREADS) as pool:
        return [ok for results in pool.map(work, range(THREADS)) for ok in results]


def test_validate_xml_gives_each_thread_its_own_answer() -> None:
    document = (
        "<instrument xmlns='urn:vnadmin:xml:1.0' regime='state'>"
        "<date month='{month}' year='2024'/><body>{tasks}</body></instrument>"
    )
    seed = xml.dumps(SEEDS["003"])  # a real document: its validation lasts long enough to race
    assert b'month="5"' in seed
    # no problem; a month out of range; then 2 and 3 tasks without their text
    documents = {
        document.format(month=6, tasks="").encode(): 0,
        document.format(month=13, tasks="").encode(): 1,
        document.format(month=6, tasks="<tasks>" + "<task/>" * 2 + "</tasks>").encode(): 2,
        document.format(month=6, tasks="<tasks>" + "<task/>" * 3 + "</tasks>").encode(): 3,
        seed: 0,
        seed.replace(b'month="5"', b'month="13"'): seed.count(b'month="5"'),
    }

    def problems(data: bytes) -> int:
        try:
            validate_xml(data)
        except XMLDecodeError as error:
            return len(error.problems)
        return 0

    def work(_: int) -> list[bool]:
        return [problems(data) == count for _ in range(40) for data, count in documents.items()]

    assert all(in_threads(work))  # before: about 1 in 300 wrong; 1,920 answers here


class _SlowToForget(dict[int, object]):
    """The converters kept per registry, slow to drop one: the window between finding the
    oldest and dropping it, where two threads used to find the same one, made wide."""

    def __delitem__(self, key: int) -> None:
        time.sleep(0.0005)
        super().__delitem__(key)


def test_json_reads_and_writes_with_many_registries_from_many_threads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(vjson, "_BY_REGISTRY", _SlowToForget())
    registries = [KindRegistry(KINDS) for _ in range(2 * THREADS + 1)]  # more than are kept
    instrument = SEEDS["003"]
    document = vjson.dumps(instrument)

    def work(n: int) -> list[bool]:
        found = []
        for round in range(20):
            kinds = registries[(n + round) % len(registries)]
            found.append(vjson.loads(document, kinds=kinds) == instrument)
            found.append(vjson.dumps(instrument, kinds=kinds) == document)
        return found

    assert all(in_threads(work))  # before: a bare KeyError in every thread


def registering_while(read: Callable[[KindRegistry], bool], kinds: KindRegistry) -> list[bool]:
    """``read(kinds)`` again and again in all threads but one, which registers 200 kinds no
    document names, one every 2 ms: what each read found."""
    done = threading.Event()

    def work(n: int) -> list[bool]:
        if n == 0:
            for number in range(200):
                name = f"Phiếu thử nghiệm số {number}"
                kinds.register(
                    DocumentKind(name=name, abbreviations={Regime.STATE: f"PTN{number}"})
                )
                time.sleep(0.002)
            done.set()
            return []
        found = []
        while not done.is_set():
            found.append(read(kinds))
        return found

    found = in_threads(work)
    assert len(kinds) == len(KINDS) + 200
    return found


def test_a_registry_grows_while_other_threads_look_kinds_up() -> None:
    def read(kinds: KindRegistry) -> bool:
        listed = list(kinds)
        return (
            kinds.by_abbreviation("CT", Regime.STATE) is KINDS.get("chi-thi")
            and "CT" in kinds.abbreviations(Regime.STATE)
            and len(listed) >= len(KINDS)
        )

    assert all(registering_while(read, KindRegistry(KINDS)))  # before: RuntimeError


def test_a_registry_grows_while_other_threads_read_text_with_it() -> None:
    text = seed_text("003")
    expected = parse_text(text)
    assert expected.instrument.subject is not None
    found = registering_while(
        lambda kinds: parse_text(text, kinds=kinds) == expected, KindRegistry(KINDS)
    )
    assert all(found)  # before: 15 of 381 readings differed (an empty instrument)
