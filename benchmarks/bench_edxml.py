"""edXML write and read speed, beside vnadmin's own XML of the same instrument.

Run it directly (``python benchmarks/bench_edxml.py``) or through ``nox -s benchmarks``.  The
instruments are the codec benchmarks' directives of 10 and 1,000 tasks, sent to one receiver with
one 100 KB attachment:

- ``vnadmin.xml``: ``dumps`` and ``loads`` of the instrument alone, for reference;
- ``edxml`` with vnadmin's copy (the default): the package carries the instrument twice,
  as the edXML header and as vnadmin XML in an attachment, so it costs about one
  ``vnadmin.xml`` round trip plus the header and the base64 of the attachments;
- ``edxml`` header only (``dumps_with_report(embed=False)``): the writer also reads the
  header back to name what is lost; ``loads`` builds the instrument from the header.

Times are medians of 21 timed batches, the cases taking turns.
"""

from __future__ import annotations

import datetime
import platform
import sys
from collections.abc import Callable
from typing import Any

import timing
from instruments import directive

from vnadmin import edxml
from vnadmin import xml as vxml
from vnadmin.edxml import Attachment, Organ, TraceHeader
from vnadmin.model import Instrument


def measure(instrument: Instrument) -> tuple[dict[str, tuple[float, float]], dict[str, int]]:
    """(write, read) median seconds per call and the bytes written, for each case."""
    package = edxml.package(
        instrument,
        sender=Organ(organ_id="000.00.00.H62"),
        receivers=[Organ(organ_id="000.00.01.H62", name="Sở Nội vụ")],
        attachments=[Attachment(name="chi-thi.pdf", payload=bytes(range(256)) * 400)],
        traces=[TraceHeader(organ_id="000.00.00.H62", timestamp=datetime.datetime(2024, 3, 15, 9))],
    )
    own = vxml.dumps(instrument)
    whole = edxml.dumps_package(package, embed=True)
    header = edxml.dumps_with_report(package, embed=False).data
    cases: dict[tuple[str, str], Callable[[], Any]] = {
        ("vnadmin.xml", "write"): lambda: vxml.dumps(instrument),
        ("vnadmin.xml", "read"): lambda: vxml.loads(own),
        ("edxml, with vnadmin's copy", "write"): lambda: edxml.dumps_package(package, embed=True),
        ("edxml, with vnadmin's copy", "read"): lambda: edxml.loads(whole),
        ("edxml, header only", "write"): lambda: edxml.dumps_with_report(package, embed=False),
        ("edxml, header only", "read"): lambda: edxml.loads(header),
    }
    median = timing.medians(cases)
    names = dict.fromkeys(name for name, _ in cases)
    written = {
        "vnadmin.xml": len(own),
        "edxml, with vnadmin's copy": len(whole),
        "edxml, header only": len(header),
    }
    return {name: (median[name, "write"], median[name, "read"]) for name in names}, written


def table(title: str, times: dict[str, tuple[float, float]], written: dict[str, int]) -> str:
    lines = [f"### {title}", "", "| case | bytes | write | read |", "|---|---:|---:|---:|"]
    for name, (write, read) in times.items():
        lines.append(f"| {name} | {written[name]:,} | {timing.show(write)} | {timing.show(read)} |")
    return "\n".join(lines)


def main() -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}")
    for title, tasks in (("Directive, 10 tasks", 10), ("Large directive, 1,000 tasks", 1000)):
        print()
        print(table(title, *measure(directive(tasks))))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
