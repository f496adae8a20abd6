"""The checker on hundreds of real pages nobody here has read: findings per 20 documents.

The pages are thuvienphapluat.vn crawls (markdown), read from a git mirror without copying
them (``git cat-file``).  Only the pages that print an instrument are kept: a Quốc hiệu, a
Party banner or the portal's record of a document (``Số hiệu``) near their top, or a Nơi
nhận list in a crawl that lost its header; the others are the portal's articles (about
nineteen pages in twenty).  The sample is deterministic: the pages whose names match
``--names`` (a regular expression; the development partition by default), ordered by the
SHA-256 of their names, the first ``--size`` of them.  Each is read with
:func:`vnadmin.text.parse_text` and checked with :func:`vnadmin.rules.check` given the
reader's result; the figures count findings of severity ``warning`` or ``error``.

Run it by hand (it reads no data of the project and writes nothing)::

    python tests/precision_scale.py                      # the tuning partition, 300 pages
    python tests/precision_scale.py --names '^[0-7]'     # the reserved one, for the lead
    python tests/precision_scale.py --show VN-SIGN-006   # each finding of one rule
    python tests/precision_scale.py --html --size 200    # vbpl.vn pages, odd numbers

``--html`` reads the vbpl.vn pages of another mirror instead (``data/raw_html``), as the
held-out sets took them (:func:`portal_scale.vbpl_page`), in the order of their names, the
odd-numbered ones by default (the even ones are kept for blind measures).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from portal_scale import open_source, vbpl_page, vbpl_skip_reason
from precision import TODAY
from vnadmin.normalize import fold
from vnadmin.rules import Diagnostic, check
from vnadmin.severity import Severity
from vnadmin.text import ParseResult, parse_text

MIRROR = Path(os.environ.get("VNADMIN_CRAWLS", "/work/.mirror/tnt305+tai_lieu_noi_bo/repo"))
FOLDER = "src/etl/dataset"
TUNING = r"^[89a-f]"
"""The pages open to development: names starting 8-f (0-7 are kept for blind measures)."""
VBPL = Path(
    os.environ.get("VNADMIN_VBPL", "/work/.mirror/phanbasongtoan112-art+vbpl-layout-detection/repo")
)
VBPL_FOLDER = "data/raw_html"
VBPL_TUNING = r"[13579]\.html$"
"""The vbpl.vn pages open to development: odd numbers (even ones are kept for blind measures)."""
_HEAD = 6000
"""How far into a page an instrument's banner or the portal's record is looked for."""
_BANNERS = ("cong hoa xa hoi chu nghia viet nam", "dang cong san viet nam")
"""Printed in capitals; an article naming the state in a sentence does not count."""
_RECORD = ("so hieu:", "loai van ban:")
"""The portal's record of a document prints both."""


def names(mirror: Path, pattern: str) -> list[str]:
    """The page names (``8018a6f353d60a9e.md``) that match ``pattern``, nothing else kept."""
    wanted = re.compile(pattern)
    return [n for n in open_source(mirror, FOLDER).names(".md") if wanted.search(n)]


def _ordered(page_names: list[str]) -> list[str]:
    return sorted(page_names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())


def prints_an_instrument(text: str) -> bool:
    """Whether a page prints an instrument: it does not open as the portal's articles do
    (with a ``#`` title), and prints a banner in capitals or the portal's record near its
    top or, for a crawl that lost its header, a Nơi nhận list."""
    if text.lstrip().startswith("#"):
        return False  # the portal's article, whatever form or slogan it quotes
    words = text[:_HEAD].replace("*", " ").replace("|", " ").split()
    capitals = fold(" ".join(w for w in words if w.isupper()))
    flat = fold(" ".join(words))
    return (
        any(b in capitals for b in _BANNERS)
        or all(f in flat for f in _RECORD)
        or "Nơi nhận" in text
    )


@dataclass(frozen=True)
class Checked:
    """One page, read and checked: its findings of severity warning or above."""

    name: str
    result: ParseResult
    findings: tuple[Diagnostic, ...]


def sample(mirror: Path, pattern: str, size: int) -> Iterator[Checked]:
    """The first ``size`` instrument pages of the names matching ``pattern``, checked."""
    taken = 0
    for name, text in open_source(mirror, FOLDER).read(_ordered(names(mirror, pattern))):
        if taken >= size:
            return
        if text is None or not prints_an_instrument(text):
            continue
        taken += 1
        result = parse_text(text)
        found = check(result, today=TODAY)
        yield Checked(name, result, tuple(d for d in found if d.severity >= Severity.WARNING))


def vbpl_sample(mirror: Path, pattern: str, size: int) -> Iterator[Checked]:
    """The first ``size`` vbpl.vn pages (by name) matching ``pattern`` that print an
    instrument, checked."""
    wanted = re.compile(pattern)
    source = open_source(mirror, VBPL_FOLDER)
    taken = 0
    for name, html in source.read([n for n in source.names(".html") if wanted.search(n)]):
        if taken >= size:
            return
        text, record = vbpl_page(html) if html is not None else (None, {})
        if text is None or vbpl_skip_reason(html, text, record) is not None:
            continue
        taken += 1
        result = parse_text(text)
        found = check(result, today=TODAY)
        yield Checked(name, result, tuple(d for d in found if d.severity >= Severity.WARNING))


def report(checked: list[Checked], show: str | None) -> str:
    """The table: findings by rule, per 20 documents, and the documents they fall on."""
    by_rule = Counter(d.code for c in checked for d in c.findings)
    documents = Counter(code for c in checked for code in {d.code for d in c.findings})
    total = sum(by_rule.values())
    per = 20 / len(checked) if checked else 0.0
    lines = [
        f"{len(checked)} documents, {total} findings (warning or error):"
        f" {total * per:.2f} per 20 documents, on {sum(bool(c.findings) for c in checked)}"
        " documents",
        "",
        "| Rule | Findings | Per 20 documents | Documents |",
        "|---|---|---|---|",
    ]
    for code, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"| `{code}` | {count} | {count * per:.2f} | {documents[code]} |")
    if show is not None:
        lines.append("")
        for c in checked:
            for d in c.findings:
                if d.code == show:
                    lines.append(f"{c.name}: {d.path}: {d.message}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, help="the pages' git mirror")
    parser.add_argument("--names", help="a regular expression page names match")
    parser.add_argument("--html", action="store_true", help="vbpl.vn HTML pages, not crawls")
    parser.add_argument("--size", type=int, default=300, help="how many instrument pages")
    parser.add_argument("--show", metavar="CODE", help="list each finding of one rule")
    args = parser.parse_args()
    mirror = args.mirror or (VBPL if args.html else MIRROR)
    if not (mirror / "HEAD").is_file() and not (mirror / ".git").exists():
        sys.stderr.write(f"no git mirror of the pages at {mirror}\n")
        return 1
    if args.html:
        checked = vbpl_sample(mirror, args.names or VBPL_TUNING, args.size)
    else:
        checked = sample(mirror, args.names or TUNING, args.size)
    print(report(list(checked), args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
