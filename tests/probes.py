"""Run an action in a fresh interpreter: its outcome, its time and its peak-memory growth.

Growth is read from ``VmHWM`` in ``/proc/self/status``, the peak of this process image.
``ru_maxrss`` would not do: Linux carries it over fork and exec, so the child would start
at the pytest process's own peak and hide any growth below it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

SRC = Path(__file__).resolve().parent.parent / "src"

_PROBE = """
import datetime, json, time
from pathlib import Path
from vnadmin import edxml, xml
from vnadmin import json as vjson
from vnadmin.errors import DecodeError


def peak_mib():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


# Warm up both codecs so first-use work is not counted as growth.
xml.loads(xml.dumps(xml.loads(
    b"<instrument xmlns='urn:vnadmin:xml:1.0' regime='state'><body/></instrument>")))
edxml.loads_status(edxml.dumps_status(edxml.StatusPackage(
    sender=edxml.Organ(), status=edxml.Status.DONE, timestamp=datetime.datetime(2024, 1, 1))))
{setup}
before = peak_mib()
start = time.perf_counter()
try:
    result = {action}
    outcome = "accepted"
except DecodeError as error:
    result = None
    outcome = str(error)
seconds = time.perf_counter() - start
count = result if isinstance(result, int) else None
print(json.dumps({{
    "error": outcome, "result": count, "seconds": seconds, "grown_mib": peak_mib() - before
}}))
"""


def probe(setup: str, action: str, timeout: float = 120) -> dict[str, Any]:
    """Run the expression ``action`` after the statements ``setup`` in a fresh interpreter:
    ``error`` (the DecodeError message, or ``accepted``), ``result`` (when an int),
    ``seconds`` and ``grown_mib``; the run is killed after ``timeout`` seconds."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(setup=setup, action=action)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"},
        check=True,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result
