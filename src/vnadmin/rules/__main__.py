"""``python -m vnadmin.rules``: print the generated rules documentation, or ``--update FILE``."""

from __future__ import annotations

import argparse
import pathlib
import sys

from vnadmin.rules.markdown import generated, replace_generated
from vnadmin.samples import SEEDS


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m vnadmin.rules", description=__doc__)
    parser.add_argument("--update", type=pathlib.Path, help="rewrite the generated block of FILE")
    args = parser.parse_args()
    block = generated(SEEDS)
    if args.update is None:
        sys.stdout.write(block + "\n")
    else:
        args.update.write_text(replace_generated(args.update.read_text("utf-8"), block), "utf-8")
    return 0


sys.exit(main())
