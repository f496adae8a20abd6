"""Word documents (``.docx``): read them, write them in the NĐ 30 / HD 36 layout, check
how they are printed.

``dumps(instrument)`` writes a ``.docx`` as Phụ lục I of NĐ 30/2020 lays a document out (HD
36-HD/VPTW for Party documents), with vnadmin's copy of the instrument attached so that
``loads(dumps(x)) == x``.  ``read(source)`` reads any Word document (bytes, a path or a
binary file) into a :class:`PageReading`: the instrument, read from the header table cell
by cell and from the body by the text reader; the reader's remarks; and the
:class:`Presentation` it measured (paper, margins, each component's font, size, weight
and position), which :func:`vnadmin.check` checks against Phụ lục I.  ``loads`` is its
instrument.  Hostile files (zip bombs, huge or deeply nested parts, external
relationships) are refused with a :class:`~vnadmin.errors.WordDecodeError`; a legacy
``.doc`` is converted with LibreOffice when asked (``convert=True``) and present.
python-docx is the ``docx`` extra: ``pip install 'vnadmin[docx]'``.  See ``docs/docx.md``.
"""

from vnadmin.docx.codec import CODEC, MEDIA_TYPE, losses
from vnadmin.docx.reader import loads, read
from vnadmin.docx.writer import dumps
from vnadmin.errors import WordDecodeError
from vnadmin.limits import WordLimits
from vnadmin.pages import Line, PageDiagnostic, PageReading
from vnadmin.presentation import Presentation

__all__ = [
    "CODEC",
    "MEDIA_TYPE",
    "Line",
    "PageDiagnostic",
    "PageReading",
    "Presentation",
    "WordDecodeError",
    "WordLimits",
    "dumps",
    "loads",
    "losses",
    "read",
]
