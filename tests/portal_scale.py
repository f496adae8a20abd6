"""Scores the text reader on many real pages of legal portals, each page's record as its key.

A thuvienphapluat.vn page crawled to markdown opens with the portal's record of the document
(``Số hiệu``, ``Loại văn bản``, ``Nơi ban hành``, ``Người ký``, ``Ngày ban hành``), which the
reader discards (``vnadmin.text.portal``): an answer key nobody wrote for vnadmin.  This
script reads that record, parses the page as it is with ``parse_text``, and prints how often
each field agrees, how many misses no diagnostic names (silent), and the worst classes.

A vbpl.vn page saved as HTML carries no such record; its breadcrumb names the document
(``Nghị định số 249/2025/NĐ-CP Quy định ...``), which keys the kind and the number.  Its text
is what the held-out set used: BeautifulSoup's ``get_text("\\n")`` of the element marked
``data-vbpl-content-root``, whitespace-only lines dropped (``bs4`` is a test dependency).

The pages are a directory of files or a git mirror (read at ``HEAD``, never checked out);
nothing of them is written anywhere.  Which pages are read is decided by their names alone
(``--names``, a regular expression on the file name; ``--every`` and ``--limit`` for a
deterministic sample of the sorted names), before any page is opened::

    python tests/portal_scale.py /work/.mirror/tnt305+tai_lieu_noi_bo/repo
    python tests/portal_scale.py MIRROR --names '^[0-7]' --quiet   # the reserved partition
    VNADMIN_PORTAL=MIRROR python tests/portal_scale.py --show 20   # 20 failing pages, with values
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from corpus import DIAGNOSTIC_STEMS, norm
from vnadmin import KINDS
from vnadmin.grammar import format_symbol
from vnadmin.normalize import fold
from vnadmin.text import ParseResult, parse_text
from vnadmin.text.portal import portal_field

FIELDS = ("kind", "number", "symbol", "date", "issuer", "signer")
"""The fields a record keys: ``number`` is the digits, ``symbol`` the rest of Số hiệu."""
_STEMS = {
    "kind": DIAGNOSTIC_STEMS["doc_type"],
    "number": DIAGNOSTIC_STEMS["number"],
    "symbol": DIAGNOSTIC_STEMS["symbol"],
    "date": DIAGNOSTIC_STEMS["date"],
    "issuer": DIAGNOSTIC_STEMS["issuer"],
    "signer": DIAGNOSTIC_STEMS["signer_name"],
}
_DEFAULT_UNDER = {"md": "src/etl/dataset", "html": "data/raw_html"}
_TUNING = {"md": r"^[89a-f]", "html": r"[13579]\.html$"}
"""The tuning partition of each source: crawls named 8-f, vbpl pages with odd numbers.  The
rest is reserved for blind measurement: pass its pattern with ``--names``."""


# -- reading pages ----------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """A directory of pages, or a git mirror whose ``HEAD`` holds them under ``under``."""

    root: Path
    under: str
    git: bool

    def names(self, suffix: str) -> list[str]:
        if not self.git:
            folder = self.root / self.under if (self.root / self.under).is_dir() else self.root
            return sorted(p.name for p in folder.iterdir() if p.name.endswith(suffix))
        listing = subprocess.run(
            ["git", "-C", str(self.root), "ls-tree", "--name-only", f"HEAD:{self.under}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return sorted(n for n in listing.splitlines() if n.endswith(suffix))

    def read(self, names: Sequence[str]) -> Iterator[tuple[str, str | None]]:
        """Each name with its text (None where the mirror lacks the file's content), read
        as the caller goes: a sampler that stops early reads no further."""
        if not self.git:
            folder = self.root / self.under if (self.root / self.under).is_dir() else self.root
            for name in names:
                yield name, (folder / name).read_text(encoding="utf-8", errors="replace")
            return
        batch = subprocess.Popen(  # one git process, each page read as it is asked for
            ["git", "-C", str(self.root), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        )
        assert batch.stdin is not None
        assert batch.stdout is not None
        try:
            for name in names:
                batch.stdin.write(f"HEAD:{self.under}/{name}\n".encode())
                batch.stdin.flush()
                head = batch.stdout.readline().split()
                if len(head) < 3 or head[1] != b"blob":  # "<object> missing": a partial clone
                    yield name, None
                    continue
                body = batch.stdout.read(int(head[2]) + 1)[:-1]
                yield name, body.decode("utf-8", errors="replace")
        finally:
            batch.stdin.close()
            batch.wait()


def open_source(path: Path, under: str) -> Source:
    git = ((path / "HEAD").is_file() and (path / "objects").is_dir()) or (path / ".git").exists()
    return Source(path, under, git)


# -- the key -----------------------------------------------------------------------------

_RECORD = {
    "so hieu": "number",
    "loai van ban": "kind",
    "noi ban hanh": "issuer",
    "nguoi ky": "signer",
    "ngay ban hanh": "date",
}
_PLACEHOLDER = re.compile(r"(?i)^(đang cập nhật|đã biết|không có|không số|\.*|-+)$")
_NOT_KEYED_KINDS = {"van ban khac", "van ban hop nhat", "van ban wto"}
"""Portal kinds that are no document kind (a consolidation, 'other'): the kind is not keyed."""


def _clean(line: str) -> str:
    return line.strip().strip("|*_ \t").strip()


def portal_record(text: str) -> dict[str, str]:
    """The record's values by field, read from the first lines: each field name on its line
    (``**Số hiệu:**``) and its value the next line holding more than table marks."""
    lines = text.splitlines()[:200]
    record: dict[str, str] = {}
    for at, line in enumerate(lines):
        cleaned = _clean(line)
        if not cleaned or len(cleaned) > 40:
            continue
        name = fold(cleaned).rstrip(" :")
        key = _RECORD.get(name)
        if key is None or key in record:
            continue
        value = next((_clean(v) for v in lines[at + 1 : at + 5] if _clean(v)), "")
        if value and not portal_field(value)[0] and not _PLACEHOLDER.match(value):
            record[key] = value
    return record


_BANNER = re.compile(r"cong\W+hoa\W+xa\W+hoi|dang\W+cong\W+san\W+viet\W+nam")
"""The state or Party banner, folded (``CỘNG HOÀ``, ``CỘNG HÒA``, cut by a cell)."""
_ENGLISH = re.compile(r"SOCIALIST\W+REPUBLIC\W+OF\W+VIET\s*NAM", re.IGNORECASE)


def skip_reason(text: str | None, record: dict[str, str]) -> str | None:
    """Why a page is not one scorable document, or None."""
    if text is None:
        return "content absent from the mirror"
    if not record:
        return "no portal record (article or page without metadata)"
    if "number" not in record and "date" not in record:
        return "portal record empty (no number, no date)"
    banner = _BANNER.search(fold(text).replace("*", ""))
    if _ENGLISH.search(text) and not banner:
        return "English translation"
    if not banner:
        return "document body absent (news summary of the document)"
    return None


_TITLE_NUMBER = re.compile(r"(?<![\w/])\d[\w.]*/[^\s,;]*[^\W\d_][^\s,;]*")
"""The number and symbol in a page's title (``Nghị định số 249/2025/NĐ-CP Quy định ...``)."""


def title_key(title: str) -> dict[str, str]:
    """The kind (the longest kind name opening the title) and the number of a title."""
    record: dict[str, str] = {}
    folded = fold(title)
    names = sorted((kind.name for kind in KINDS), key=len, reverse=True)
    kind = next((n for n in names if re.match(rf"{re.escape(fold(n))}\b", folded)), None)
    if kind is not None:
        record["kind"] = kind
    number = _TITLE_NUMBER.search(title)
    if number is not None:
        record["number"] = number.group().rstrip(".")
    return record


def vbpl_page(html: str) -> tuple[str | None, dict[str, str]]:
    """The text of a vbpl.vn page (as the held-out set took it) and the key its breadcrumb
    gives (kind and number), or no text where the page has no marked content."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    root = soup.select_one("[data-vbpl-content-root]")
    if root is None:
        return None, {}
    text = "\n".join(line for line in root.get_text(separator="\n").splitlines() if line.strip())
    crumbs = soup.select(".ant-breadcrumb li") or soup.select("nav li")
    title = crumbs[-1].get_text(" ", strip=True) if crumbs else ""
    return text, title_key(title)


def vbpl_skip_reason(html: str | None, text: str | None, record: dict[str, str]) -> str | None:
    """Why a vbpl.vn page is not one scorable document, or None."""
    if html is None:
        return "content absent from the mirror"
    if text is None:
        return "no marked content"
    if not record:
        return "breadcrumb names no numbered document"
    if not _BANNER.search(fold(text)):
        return "document body absent (the page shows the record only)"
    return None


# -- comparing -----------------------------------------------------------------------------

_ABBREVIATIONS = (
    (re.compile(r"\bubnd\b"), "uy ban nhan dan"),
    (re.compile(r"\bhdnd\b"), "hoi dong nhan dan"),
    (re.compile(r"\btp\b\.?"), "thanh pho"),
    (re.compile(r"\bubmttq\b"), "uy ban mat tran to quoc"),
)


def _issuer_words(text: str) -> str:
    folded = " ".join(re.findall(r"[^\W_]+", fold(text)))
    for pattern, words in _ABBREVIATIONS:
        folded = pattern.sub(words, folded)
    return f" {folded} "


def same_issuer(found: ParseResult, portal: str) -> bool:
    """The portal's issuer names the banner's (either may be the shorter: ``Tỉnh Bắc Ninh``
    for ``ỦY BAN NHÂN DÂN TỈNH BẮC NINH``, ``Bộ Tài chính`` for ``BỘ TÀI CHÍNH``); of joint
    issuers (``Bộ Tài chính, Bộ Y tế``) one is enough."""
    issuer = found.instrument.issuer
    if issuer is None:
        return False
    names = [issuer.name]
    if issuer.parent is not None:
        names.append(f"{issuer.parent.name} {issuer.name}")
    for part in re.split(r"[,;]", portal):
        wanted = _issuer_words(part)
        if wanted.strip() and any(
            wanted in _issuer_words(n) or _issuer_words(n) in wanted for n in names
        ):
            return True
    return False


_LOOKALIKES = str.maketrans("АВСЕНКМОРТХасеорх", "ABCEHKMOPTXaceopx")
"""Cyrillic letters a portal's record types for Latin ones (``TT-BTС``)."""


def _symbol_key(text: str) -> str:
    return fold(text.translate(_LOOKALIKES)).replace(" ", "").replace("đ", "d")


_RANK = re.compile(
    r"^(?:(?:P?GS|TS|ThS|BS|KS|CN|LS)\.[ \t]*)+|^(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tướng|tá|úy|uý)[ \t]+"
)
"""A degree or a military rank printed before a signer's name, which the record leaves out
(the corpus keys give the name with and without it)."""


def checks(result: ParseResult, record: dict[str, str]) -> dict[str, bool]:
    """Each keyed field, right or wrong."""
    doc = result.instrument
    right: dict[str, bool] = {}
    if "kind" in record and fold(record["kind"]) not in _NOT_KEYED_KINDS:
        right["kind"] = doc.kind is not None and fold(doc.kind.name) == fold(record["kind"])
    if "number" in record:
        printed = record["number"].replace(" ", "")
        digits, _, symbol = printed.partition("/")
        party = re.match(r"^(\d+)-(.+)$", printed)  # Party numbers: 120-QĐ/TW
        if party and (not symbol.strip() or not digits.isdigit()):
            digits, symbol = party[1], party[2]
        number = doc.number
        if digits.isdigit():
            right["number"] = number is not None and (number.number or "").lstrip("0") == (
                digits.lstrip("0")
            )
        else:  # a number with letters or dots (66.9/2025/NQ-CP, 12a/...): compared whole
            right["number"] = number is not None and fold(number.number or "") == fold(digits)
        found = ""
        if number is not None:
            found = format_symbol(number)
            if number.year is not None:
                found = f"{number.year}/{found}"
        right["symbol"] = number is not None and _symbol_key(found) == _symbol_key(symbol)
    if "date" in record:
        day = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})$", record["date"])
        if day:
            wanted = (int(day[1]), int(day[2]), int(day[3]))
            date = doc.date
            right["date"] = date is not None and (date.day, date.month, date.year) == wanted
    if "issuer" in record:
        right["issuer"] = same_issuer(result, record["issuer"])
    if "signer" in record:
        names = {norm(n) for n in re.split(r"[,;]", record["signer"]) if n.strip()}
        signed = [norm(_RANK.sub("", b.name)) for b in doc.signatures if b.name]
        right["signer"] = bool(signed) and signed[-1] in names
    return right


def _found_nothing(result: ParseResult, name: str) -> bool:
    doc = result.instrument
    if name == "kind":
        return doc.kind is None
    if name in ("number", "symbol"):
        return doc.number is None
    if name == "date":
        return doc.date is None
    if name == "issuer":
        return doc.issuer is None
    return not any(b.name for b in doc.signatures)


def found_value(result: ParseResult, name: str) -> str:
    """What the reader found for a field, as one short string for a report."""
    doc = result.instrument
    if name == "kind":
        return doc.kind.name if doc.kind else "-"
    if name in ("number", "symbol"):
        n = doc.number
        return "-" if n is None else f"{n.number}/{n.year or ''}/{format_symbol(n)}"
    if name == "date":
        return str(doc.date) if doc.date else "-"
    if name == "issuer":
        i = doc.issuer
        return "-" if i is None else f"{i.parent.name + ' / ' if i.parent else ''}{i.name}"
    names = [b.name for b in doc.signatures]
    return " | ".join(n or "?" for n in names) or "-"


# -- scoring ------------------------------------------------------------------------------


@dataclass
class PageScore:
    name: str
    portal_kind: str
    right: dict[str, bool]
    silent: list[str]
    found: dict[str, str] = field(default_factory=dict)
    record: dict[str, str] = field(default_factory=dict)


def score_page(name: str, text: str, record: dict[str, str]) -> PageScore:
    result = parse_text(text)
    right = checks(result, record)
    codes = [d.code for d in result.diagnostics]
    silent = [
        f
        for f, ok in right.items()
        if not ok and _found_nothing(result, f) and not any(c.startswith(_STEMS[f]) for c in codes)
    ]
    found = {f: found_value(result, f) for f, ok in right.items() if not ok}
    return PageScore(name, record.get("kind", "?"), right, silent, found, record)


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f}%" if total else "    -"


def report(scores: Sequence[PageScore], skipped: Counter[str], sample: str) -> str:
    out = [sample, ""]
    out.append(f"scored {len(scores)} pages; skipped {sum(skipped.values())}:")
    out.extend(f"  {count:6d}  {reason}" for reason, count in skipped.most_common())
    out += [
        "",
        "missed: the reader found nothing (said by a diagnostic unless silent); wrong: it"
        " found another value",
        f"{'field':<8} {'right':>6} {'keyed':>6} {'agree':>7} {'missed':>7} {'silent':>7}"
        f" {'wrong':>6}",
    ]
    right_all = keyed_all = 0
    for f in FIELDS:
        keyed = [s for s in scores if f in s.right]
        right = sum(s.right[f] for s in keyed)
        missed = sum(not s.right[f] and s.found[f] == "-" for s in keyed)
        silent = sum(f in s.silent for s in keyed)
        right_all += right
        keyed_all += len(keyed)
        out.append(
            f"{f:<8} {right:6d} {len(keyed):6d} {_pct(right, len(keyed)):>7} {missed:7d}"
            f" {silent:7d} {len(keyed) - right - missed:6d}"
        )
    out.append(f"{'all':<8} {right_all:6d} {keyed_all:6d} {_pct(right_all, keyed_all):>7}")
    whole = sum(all(s.right.values()) for s in scores)
    out.append(f"pages with every keyed field right: {whole}/{len(scores)}")
    out += ["", "worst classes (portal kind x field, misses):"]
    misses: Counter[tuple[str, str]] = Counter()
    per_kind: Counter[str] = Counter(s.portal_kind for s in scores)
    for s in scores:
        for f, ok in s.right.items():
            if not ok:
                misses[(s.portal_kind, f)] += 1
    for (kind, f), count in misses.most_common(12):
        out.append(f"  {count:4d}/{per_kind[kind]:<4d} {kind} / {f}")
    return "\n".join(out)


def details(scores: Sequence[PageScore], limit: int) -> str:
    out = []
    for s in [s for s in scores if not all(s.right.values())][:limit]:
        wrong = [f for f, ok in s.right.items() if not ok]
        out.append(
            f"{s.name}: "
            + "; ".join(
                f"{f} {s.record.get('number' if f == 'symbol' else f, '')!r} found {s.found[f]!r}"
                + (" SILENT" if f in s.silent else "")
                for f in wrong
            )
        )
    return "\n".join(out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", default=os.environ.get("VNADMIN_PORTAL"))
    parser.add_argument("--html", action="store_true", help="vbpl.vn HTML pages, not crawls")
    parser.add_argument("--under", help="the pages' folder inside a mirror")
    parser.add_argument("--names", help="regular expression the file names must match")
    parser.add_argument("--every", type=int, default=1, help="every k-th name (sorted)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many names")
    parser.add_argument("--show", type=int, default=0, help="print this many failing pages")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    if not args.source:
        print("give the pages' directory or mirror (or set VNADMIN_PORTAL)", file=sys.stderr)
        return 2
    shape = "html" if args.html else "md"
    source = open_source(Path(args.source), args.under or _DEFAULT_UNDER[shape])
    pattern = re.compile(args.names or _TUNING[shape])
    names = [n for n in source.names(f".{shape}") if pattern.search(n)]
    names = names[:: max(1, args.every)]
    if args.limit:
        names = names[: args.limit]
    sample = (
        f"source {args.source} ({'git HEAD' if source.git else 'directory'}), names "
        f"/{pattern.pattern}/, every {args.every}"
        f"{f', at most {args.limit}' if args.limit else ''}: {len(names)} pages"
    )
    scores: list[PageScore] = []
    skipped: Counter[str] = Counter()
    started = time.perf_counter()
    for name, text in source.read(names):
        if shape == "html":
            page, record = vbpl_page(text) if text is not None else (None, {})
            reason = vbpl_skip_reason(text, page, record)
        else:
            record = portal_record(text) if text is not None else {}
            reason, page = skip_reason(text, record), text
        if reason is not None or page is None:
            skipped[reason or "unreadable"] += 1
            continue
        scores.append(score_page(name, page, record))
        if not args.quiet and len(scores) % 50 == 0:
            print(f"{len(scores)} scored", file=sys.stderr)
    elapsed = time.perf_counter() - started
    print(report(scores, skipped, sample))
    print(f"\n{elapsed:.0f} s")
    if args.show:
        print("\n" + details(scores, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
