"""Hostile XML is refused quickly and in little memory; collections stream in bounded memory.

Each attack runs in a fresh interpreter that reports the error, the time taken and how much
its peak resident memory grew (libxml2 allocates outside Python, so tracemalloc cannot see
it).  The bounds are loose enough for a busy machine and far below what the attacks cost
when they work: billions of expanded characters, a 100 MB text, a tree 100,000 deep.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from probes import probe
from vnadmin import xml
from vnadmin.errors import XMLDecodeError
from vnadmin.model import Body, Instrument, Regime, Task

REFUSED_DTD = "a DOCTYPE declaration is refused (no DTDs, no entities)"

LAUGHS = (
    "<!DOCTYPE instrument [<!ENTITY lol0 'lol'>"
    + "".join(f"<!ENTITY lol{i} '{f'&lol{i - 1};' * 10}'>" for i in range(1, 10))
    + "]>"
)
QUADRATIC = f"<!DOCTYPE instrument [<!ENTITY a '{'A' * 50_000}'>]>"
SMALL = (
    "<instrument xmlns='urn:vnadmin:xml:1.0' regime='state'><place>{}</place><body/></instrument>"
)
UNROUTABLE = "http://10.255.255.1/evil"

ATTACKS = {
    "billion laughs": (LAUGHS + SMALL.format("&lol9;")).encode(),
    "quadratic blow-up": (QUADRATIC + SMALL.format("&a;" * 50_000)).encode(),
    "external entity (file)": (
        "<!DOCTYPE instrument [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>" + SMALL.format("&e;")
    ).encode(),
    "external entity (http)": (
        f"<!DOCTYPE instrument [<!ENTITY e SYSTEM '{UNROUTABLE}'>]>" + SMALL.format("&e;")
    ).encode(),
    "parameter entity": (
        f"<!DOCTYPE instrument [<!ENTITY % p SYSTEM '{UNROUTABLE}.dtd'> %p;]>" + SMALL.format("x")
    ).encode(),
    "external DTD": (
        f"<!DOCTYPE instrument SYSTEM '{UNROUTABLE}.dtd'>" + SMALL.format("x")
    ).encode(),
    "DOCTYPE after BOM, comment and PI": (
        "\ufeff<?xml version='1.0'?><!-- hello --><?pi x?>\n" + LAUGHS + SMALL.format("&lol9;")
    ).encode(),
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_dtd_attacks_are_refused(name: str, tmp_path: Path) -> None:
    path = tmp_path / "attack.xml"
    path.write_bytes(ATTACKS[name])
    for action in ("xml.loads(data)", "xml.loads(Path(name))", "list(xml.iter_load(Path(name)))"):
        if action.startswith("list"):  # the same attack inside a collection
            opening = b"<instruments xmlns='urn:vnadmin:xml:1.0'><instrument "
            path.write_bytes(ATTACKS[name].replace(b"<instrument ", opening) + b"</instruments>")
        setup = f"name = {str(path)!r}; data = Path(name).read_bytes()"
        result = probe(setup, action)
        assert REFUSED_DTD in result["error"], (action, result)
        assert "root:" not in result["error"]
        assert result["seconds"] < 2, (action, result)
        assert result["grown_mib"] < 20, (action, result)


def test_doctype_in_utf16_is_refused() -> None:
    """The byte scan cannot read UTF-16; libxml2's limits and the parsed DOCTYPE still stop it."""
    data = ("<?xml version='1.0' encoding='UTF-16'?>" + LAUGHS + SMALL.format("&lol9;")).encode(
        "utf-16"
    )
    result = probe(f"data = {data!r}", "xml.loads(data)")
    assert "entity expansion is refused" in result["error"] or REFUSED_DTD in result["error"]
    assert result["seconds"] < 2
    assert result["grown_mib"] < 20


def test_undeclared_entity_is_refused() -> None:
    with pytest.raises(XMLDecodeError, match="Entity 'e' not defined"):
        xml.loads(SMALL.format("&e;"))


def test_deep_tree_is_refused() -> None:
    setup = "data = b'<instrument xmlns=\"urn:vnadmin:xml:1.0\" regime=\"state\">' + b'<body>' * 100_000"
    stream = "list(xml.iter_load(b'<instruments xmlns=\"urn:vnadmin:xml:1.0\">' + data))"
    for action in ("xml.loads(data)", stream):
        result = probe(setup, action)
        assert "elements are nested" in result["error"], result
        assert result["seconds"] < 2
        assert result["grown_mib"] < 20


def test_deep_tree_within_libxml2_cap_meets_max_depth() -> None:
    task = Task(text="lá")
    for _ in range(99):
        task = Task(text="cành", subtasks=[task])
    instrument = Instrument(regime=Regime.STATE, body=Body(tasks=[task]))
    data = xml.dumps(instrument, limits=xml.Limits(max_depth=104))  # 100 tasks, a text: 104
    with pytest.raises(XMLDecodeError, match=r"nested more than 64 deep \(Limits.max_depth\)"):
        xml.loads(data)


@pytest.fixture(scope="module")
def huge_text(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A document whose subject is a single 100 MB text node, written in 1 MB pieces."""
    path = tmp_path_factory.mktemp("huge") / "huge.xml"
    with path.open("wb") as file:
        file.write(b"<instrument xmlns='urn:vnadmin:xml:1.0' regime='state'><subject>")
        piece = b"x" * 2**20
        for _ in range(100):
            file.write(piece)
        file.write(b"</subject><body/></instrument>")
    return path


def test_huge_text_is_refused_by_size(huge_text: Path) -> None:
    result = probe(f"name = {str(huge_text)!r}", "xml.loads(Path(name))")
    assert "larger than 16777216 bytes (Limits.max_bytes)" in result["error"]
    assert result["seconds"] < 1
    assert result["grown_mib"] < 5


def test_huge_text_is_refused_while_reading(huge_text: Path) -> None:
    """With max_bytes raised, libxml2's text cap stops the read after about 10 MB."""
    limits = "xml.Limits(max_bytes=2**30)"
    for action in (
        f"xml.loads(Path(name), limits={limits})",
        f"xml.loads(open(name, 'rb'), limits={limits})",
    ):
        result = probe(f"name = {str(huge_text)!r}", action)
        assert "a text is longer than libxml2 allows (Limits.max_text)" in result["error"], result
        assert result["seconds"] < 3
        assert result["grown_mib"] < 64


def test_huge_text_in_memory_is_refused_by_size() -> None:
    setup = "data = b'<instrument xmlns=\"urn:vnadmin:xml:1.0\" regime=\"state\"><subject>' + b'x' * 100 * 2**20"
    result = probe(setup, "xml.loads(data)")
    assert "larger than 16777216 bytes" in result["error"]
    assert result["seconds"] < 1
    assert result["grown_mib"] < 5


# Streaming ---------------------------------------------------------------------------------


MEMBER = Instrument(
    regime=Regime.STATE,
    place="Tuyên Quang",
    subject="Về việc triển khai nhiệm vụ",
    body=Body(tasks=[Task(label=f"{n}.", text=f"Nhiệm vụ số {n} của các sở") for n in range(1, 9)]),
)


def collection_file(path: Path, count: int) -> Path:
    member = xml.dumps(MEMBER).split(b"\n", 1)[1]
    with path.open("wb") as file:
        file.write(
            b"<?xml version='1.0' encoding='UTF-8'?>\n<instruments xmlns='urn:vnadmin:xml:1.0'>\n"
        )
        for _ in range(count):
            file.write(member)
        file.write(b"</instruments>\n")
    return path


def test_streaming_memory_does_not_grow_with_the_file(tmp_path: Path) -> None:
    small = collection_file(tmp_path / "small.xml", 2_000)
    large = collection_file(tmp_path / "large.xml", 20_000)
    action = "sum(1 for item in xml.iter_load(Path(name)) if item == expected)"
    grown = {}
    for path, count in ((small, 2_000), (large, 20_000)):
        setup = f"name = {str(path)!r}; expected = xml.loads({xml.dumps(MEMBER)!r})"
        result = probe(setup, action)
        assert (result["error"], result["result"]) == ("accepted", count)
        grown[count] = result["grown_mib"]
    # Reading everything into memory would cost far more than 10 MiB for 18,000 members.
    assert large.stat().st_size > 15 * 2**20
    assert grown[20_000] < grown[2_000] + 10, grown


def test_the_probe_sees_memory_growth() -> None:
    # The memory bounds above mean something only if a real allocation shows up.
    result = probe("", "len(bytearray(100 * 2**20))")
    assert result["result"] == 100 * 2**20
    assert 90 < result["grown_mib"] < 120
