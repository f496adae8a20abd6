"""Rewrite the golden documents of the seed instruments: ``python tests/golden/regen.py``.

The tests compare against these files and never write them: after running this, read the
diff by eye before committing it.  ``tests/test_goldens.py`` reads in every file a few fields
typed by hand from the seed texts, so that a wrong value cannot be written once and kept.
"""

from __future__ import annotations

from pathlib import Path

from vnadmin import akn, xml
from vnadmin import json as vjson
from vnadmin.samples import SEEDS

JSON = Path(__file__).resolve().parent / "json"
AKN = Path(__file__).resolve().parent / "akn"
XML = Path(__file__).resolve().parent / "xml"


def main() -> None:
    JSON.mkdir(exist_ok=True)
    for seed, instrument in SEEDS.items():
        path = JSON / f"{seed}.json"
        path.write_text(vjson.dumps(instrument, pretty=True) + "\n", encoding="utf-8")
        print(path)
    XML.mkdir(exist_ok=True)
    for seed, instrument in SEEDS.items():
        path = XML / f"{seed}.xml"
        path.write_bytes(xml.dumps(instrument))
        print(path)
    AKN.mkdir(exist_ok=True)
    for seed, instrument in SEEDS.items():
        path = AKN / f"{seed}.xml"
        path.write_bytes(akn.dumps(instrument))
        print(path)


if __name__ == "__main__":
    main()
