"""PDF documents: the text layer read back into an instrument.

``read(source)`` (bytes, a path or a binary file) rebuilds the page from the glyphs'
positions (the header's two columns, the signature beside ``Nơi nhận``, ruled tables,
paragraphs; page numbers, running headers and footnotes left out) and reads it with the
text reader, as the Word reader does; ``loads`` is its instrument.  A scan without a text
layer is refused as such: vnadmin does no OCR.  vnadmin does not write PDF (render a
Word document from :func:`vnadmin.docx.dumps` instead).  pdfplumber is the ``pdf``
extra: ``pip install 'vnadmin[pdf]'``.  See ``docs/docx.md``.
"""

from vnadmin.errors import PDFDecodeError
from vnadmin.limits import PDFLimits
from vnadmin.pages import PageReading
from vnadmin.pdf.codec import CODEC
from vnadmin.pdf.reader import loads, read

__all__ = ["CODEC", "PDFDecodeError", "PDFLimits", "PageReading", "loads", "read"]
