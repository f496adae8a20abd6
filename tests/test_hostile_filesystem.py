"""No reader reaches the file system or the network, and no refusal tells whether a file
exists (issue 14).

A DOCTYPE used to be found by a scan of the bytes, which a comment or processing instruction
holding ``<`` before it, or UTF-16, slipped past; libxml2 then opened ``file:`` parameter
entities and PUBLIC external DTDs even with ``load_dtd=False``: a FIFO blocked the reader
forever, and ``/etc/shadow`` read "Content error in the internal subset" where a missing file
read "DOCTYPE declaration is refused".  Each attack names, in turn, a FIFO (a reader that opens
it blocks, so the run's time bound catches it), a readable file, a missing file, a directory
and an unroutable URL; every reader must refuse each the same way, within the bound.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli_support import command_env
from probes import SRC

NS = "urn:vnadmin:xml:1.0"
QCVN = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
REFUSED = "a DOCTYPE declaration is refused (no DTDs, no entities)"

# How the attack is dressed: the prolog before the document element, with {url} the target,
# and the reference in the document's text that uses an entity ({ref}).
ATTACKS = {
    "parameter entity after a comment holding <": (
        '<!-- <x --><!DOCTYPE r [<!ENTITY % p SYSTEM "{url}"> %p;]>',
        "x",
    ),
    "PUBLIC external DTD after a PI holding <": (
        '<?pi <x?><!DOCTYPE r PUBLIC "-//X//Y" "{url}">',
        "x",
    ),
    "SYSTEM external DTD": ('<!DOCTYPE r SYSTEM "{url}">', "x"),
    "external general entity": ('<!DOCTYPE r [<!ENTITY e SYSTEM "{url}">]>', "&e;"),
    "parameter entity in UTF-16": (
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE r [<!ENTITY % p SYSTEM "{url}"> %p;]>',
        "x",
    ),
}

# Each entry point: the document it is given (an instrument, a collection, an edXML package)
# and what it does with its text (``text``) or bytes (``data``).
ENTRIES = {
    "xml.loads(bytes)": ("INSTRUMENT", "xml.loads(data)"),
    "xml.loads(str)": ("INSTRUMENT", "xml.loads(text)"),
    "xml.loads(path)": ("INSTRUMENT", "xml.loads(written(data))"),
    "xml.loads(file)": ("INSTRUMENT", "xml.loads(open(written(data), 'rb'))"),
    "xml.iter_load": ("COLLECTION", "list(xml.iter_load(text))"),
    "schemas.validate_xml": ("INSTRUMENT", "validate_xml(data)"),
    "edxml.loads": ("PACKAGE", "edxml.loads(data)"),
    "edxml.loads_status": ("STATUS", "edxml.loads_status(data)"),
    "edxml.loads, the payload attached": ("INSTRUMENT", "edxml.loads(carrying(data))"),
}

_RUN = """
import base64, json, sys, tempfile
from pathlib import Path
from vnadmin import edxml, xml
from vnadmin.schemas import validate_xml
from vnadmin.errors import DecodeError

prolog, ref, utf16, targets = json.loads(sys.argv[1])
folder = Path(tempfile.mkdtemp())

def encode(text):
    return text.encode("utf-16") if utf16 else text.encode()

def written(data):
    path = folder / "attack.xml"
    path.write_bytes(data)
    return path

def carrying(data):
    return CARRIER.replace(b"PAYLOAD", base64.b64encode(data))

INSTRUMENT = "<instrument xmlns='{ns}' regime='state'><place>REF</place><body/></instrument>"
COLLECTION = "<instruments xmlns='{ns}'>" + INSTRUMENT + "</instruments>"
HEADER = "<edXML xmlns='{qcvn}'><edXMLEnvelope><edXMLHeader><MessageHeader><Subject>REF</Subject>"
PACKAGE = HEADER + "</MessageHeader></edXMLHeader></edXMLEnvelope></edXML>"
STATUS = HEADER + "<StatusCode>01</StatusCode></MessageHeader></edXMLHeader></edXMLEnvelope></edXML>"
CARRIER = PACKAGE.replace("REF", "x").replace(
    "</edXML>",
    "<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId>"
    "<AttachmentName>vnadmin.xml</AttachmentName>"
    "<ContentType>application/vnd.vnadmin+xml</ContentType>"
    "<ContentTransferEncoded>PAYLOAD</ContentTransferEncoded></Attachment>"
    "</AttachmentEncoded></edXML>",
).encode()
entries = {entries!r}
found = {{}}
for name, (document, action) in entries.items():
    for target in targets:
        text = prolog.replace("{{url}}", target) + globals()[document].replace("REF", ref)
        data = encode(text)
        print(name, target, flush=True)  # the last line printed names what hung, if any
        try:
            eval(action)
            outcome = "accepted"
        except DecodeError as error:
            outcome = "; ".join(problem.message for problem in error.problems)
        found.setdefault(name, {{}})[target] = outcome
print(json.dumps(found))
"""


@pytest.fixture(scope="module")
def targets(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("targets")
    fifo = folder / "fifo"
    os.mkfifo(fifo)
    secret = folder / "secret"
    secret.write_text("root:$6$salt$hash:19000:0:99999:7:::\n")
    return [
        fifo.as_uri(),
        secret.as_uri(),
        (folder / "missing").as_uri(),
        folder.as_uri(),
        "http://10.255.255.1/evil.dtd",  # unroutable: a fetch would hang
    ]


def run_attack(prolog: str, ref: str, utf16: bool, targets: list[str]) -> dict[str, dict[str, str]]:
    script = _RUN.format(ns=NS, qcvn=QCVN, entries=ENTRIES)
    try:
        done = subprocess.run(
            [sys.executable, "-c", script, json.dumps([prolog, ref, utf16, targets])],
            capture_output=True,
            text=True,
            timeout=30,
            env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
            check=True,
        )
    except subprocess.TimeoutExpired as expired:
        out = expired.stdout.decode() if isinstance(expired.stdout, bytes) else expired.stdout
        last = (out or "").strip().splitlines()[-1:]
        pytest.fail(f"a reader hung for 30 s on {last}: it opened what the DTD names")
    found: dict[str, dict[str, str]] = json.loads(done.stdout.strip().splitlines()[-1])
    return found


@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_no_reader_opens_what_a_dtd_names(attack: str, targets: list[str]) -> None:
    prolog, ref = ATTACKS[attack]
    found = run_attack(prolog, ref, "UTF-16" in prolog, targets)
    assert set(found) == set(ENTRIES)
    for entry, outcomes in found.items():
        assert len(set(outcomes.values())) == 1, (entry, outcomes)  # the same, file or none
        (outcome,) = set(outcomes.values())
        assert REFUSED in outcome, (entry, outcome)


def test_xinclude_is_never_processed(targets: list[str]) -> None:
    """An ``xi:include`` is an element like any other: never followed, read the same
    whatever it names."""
    include = "<xi:include xmlns:xi='http://www.w3.org/2001/XInclude' href='{url}'/>"
    found = run_attack(include, "x", False, targets)  # before the document element: refused
    for entry, outcomes in found.items():
        assert len(set(outcomes.values())) == 1, (entry, outcomes)
    found = run_attack("", include, False, targets)  # inside the place (the Subject)
    for entry, outcomes in found.items():
        assert len(set(outcomes.values())) == 1, (entry, outcomes)
    (outcome,) = set(found["xml.loads(bytes)"].values())
    assert outcome == "unexpected <include> in <place>"


def test_the_resolver_alone_refuses_every_external_reference(
    targets: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Behind the prolog reader: with it switched off, the resolver still opens nothing."""
    from vnadmin import _safexml, xml
    from vnadmin.errors import XMLDecodeError

    monkeypatch.setattr(_safexml, "_check_prolog", lambda data, *, utf8: None)
    for prolog, ref in ATTACKS.values():
        if "UTF-16" in prolog or "external general" in prolog:
            continue  # an entity never expanded is never fetched: nothing to resolve
        for target in targets[1:]:  # not the FIFO: this runs in the test process
            data = (
                prolog.replace("{url}", target)
                + f"<instrument xmlns='{NS}' regime='state'><place>{ref}</place><body/></instrument>"
            )
            with pytest.raises(XMLDecodeError) as raised:
                xml.loads(data.encode())
            assert [p.message for p in raised.value.problems] == [REFUSED]


@pytest.mark.parametrize("command", [["check"], ["convert", "--to", "json"]])
def test_the_command_line_is_not_held_by_a_fifo(
    command: list[str], targets: list[str], tmp_path: Path
) -> None:
    prolog, ref = ATTACKS["parameter entity after a comment holding <"]
    path = tmp_path / "attack.xml"
    path.write_text(
        prolog.replace("{url}", targets[0])
        + f"<instrument xmlns='{NS}' regime='state'><place>{ref}</place><body/></instrument>"
    )
    try:
        done = subprocess.run(
            [sys.executable, "-m", "vnadmin", *command, str(path)],
            capture_output=True,
            env=command_env(),
            timeout=30,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"vnadmin {' '.join(command)} hung on a DTD naming a FIFO")
    assert done.returncode != 0
    assert REFUSED in done.stderr.decode()


def test_a_package_attachment_carries_its_refusal_inside() -> None:
    """A DOCTYPE-free package whose attached vnadmin copy holds the DTD: refused, located."""
    from vnadmin import edxml
    from vnadmin.errors import XMLDecodeError

    payload = (
        '<!-- <x --><!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
        f"<instrument xmlns='{NS}' regime='state'><body/></instrument>"
    ).encode()
    package = (
        f"<edXML xmlns='{QCVN}'><edXMLEnvelope><edXMLHeader><MessageHeader>"
        "<Subject>x</Subject></MessageHeader></edXMLHeader></edXMLEnvelope>"
        "<AttachmentEncoded><Attachment><ContentId>cid:1</ContentId>"
        "<AttachmentName>vnadmin.xml</AttachmentName>"
        "<ContentType>application/vnd.vnadmin+xml</ContentType>"
        f"<ContentTransferEncoded>{base64.b64encode(payload).decode()}</ContentTransferEncoded>"
        "</Attachment></AttachmentEncoded></edXML>"
    ).encode()
    with pytest.raises(XMLDecodeError) as raised:
        edxml.loads(package)
    (problem,) = raised.value.problems
    assert problem.path.endswith("/AttachmentEncoded/Attachment")
    assert problem.message == f"in vnadmin.xml (document): {REFUSED}"
