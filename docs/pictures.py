"""Draw the pictures of docs/docx.md: seeds 000 (a state công văn) and 003 (a Party chỉ
thị), written by vnadmin.docx, turned into PDF by LibreOffice in headless mode and their
first page into PNG by pypdfium2 (which pdfplumber brings).

Run from the repository root, with the docx and pdf extras and LibreOffice installed
(``apt-get install libreoffice-writer-nogui fonts-liberation`` on Debian)::

    python docs/pictures.py

LibreOffice draws Times New Roman with Liberation Serif, its metric twin, when Times New
Roman itself is not installed.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2

from vnadmin import docx
from vnadmin.docx.libreoffice import convert
from vnadmin.samples import SEEDS

HERE = Path(__file__).resolve().parent / "_static"


def main() -> None:
    for code in ("000", "003"):
        pdf = pypdfium2.PdfDocument(convert(docx.dumps(SEEDS[code]), "docx", "pdf"))
        picture = pdf[0].render(scale=1.2).to_pil()
        picture.save(HERE / f"docx-{code}.png", optimize=True)
        print(f"docs/_static/docx-{code}.png: {picture.width} × {picture.height}")


if __name__ == "__main__":
    main()
