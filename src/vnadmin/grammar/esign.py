"""Grammar of the stamp an electronic signature prints on a signed PDF's page.

The signing software prints a caption beside the signature or at the top of the page:
``Ký bởi: <signer>`` (``Người ký:``, or ``Ký bởi <signer>`` without the colon), ``Cơ quan:
<organ>``, an ``Email:`` or a bare address, and the time of signing (``Thời gian ký:``,
``Ngày ký:``, ``Giờ ký:``; ``07/02/2025 07:56:24``, ``2020-07-27T17:53:21.51+07:00``).  None
of it is the document's text: the reader drops it and says what it dropped.  The keys are
spelled once here, printed and folded (no accents, lower case: a text layer or OCR loses
accents), for every place that meets the stamp: whole lines, the right-hand cells of a
``pdftotext -layout`` page, a caption run onto the archive line.
"""

from __future__ import annotations

import re

from vnadmin.normalize import fold

__all__ = [
    "ADDRESS",
    "CAPTION",
    "CAPTION_AFTER",
    "INTERLEAVED",
    "NAMING",
    "ORGAN",
    "SIGNED_BY",
    "TIMESTAMP",
]

_TIME_KEYS = ("Thời gian ký", "Ngày ký", "Ký ngày", "Giờ ký")
_SIGNER_KEYS = ("Ký bởi", "Người ký")
_ORGAN_KEY = "Cơ quan"


def _folded(keys: tuple[str, ...]) -> str:
    return "|".join(fold(key) for key in keys)


CAPTION = re.compile(rf"(?:{_folded(_SIGNER_KEYS + _TIME_KEYS)})[ \t]*:")
"""A caption's key and colon, searched in folded text (``thoi gian ky:``, ``gio ky:``)."""
NAMING = re.compile(_folded((*_SIGNER_KEYS, _ORGAN_KEY)) + "|boi ")
"""The keys of the stamp's pieces that name the signer or its organ, in folded text: a name
a narrow column may wrap onto the next line (``bởi`` alone when its ``Ký`` went into the
signature's title, :data:`INTERLEAVED`)."""
ORGAN = re.compile(rf"[^\w]{{0,6}}{fold(_ORGAN_KEY)}[ \t]*:")
"""The ``Cơ quan:`` line, matched at its start in folded text (a seal's specks before it);
a caption only beside another one: elsewhere it opens a sentence's list."""
SIGNED_BY = re.compile(r"(?:(?:Ký|KÝ)[ \t]+)?(?:bởi|BỞI)[ \t]+(?=[^\W\d_])")
"""``Ký bởi`` opening a cell without its colon (``Ký bởi Sở Giáo dục và Đào tạo``), as
printed, or its ``bởi`` alone (:data:`INTERLEAVED`): a caption only beside another one
(``được ký bởi`` is a sentence's)."""
INTERLEAVED = re.compile(r"([^\W\d_]+)Ký([^\W\d_]+)")
"""The caption's ``Ký`` a text layer set inside the capitals of the line beside it, in the
gap between two words (``PHÓ GIÁMKýĐỐC`` for ``PHÓ GIÁM ĐỐC``): no word of Vietnamese
holds it, printed mixed-case, between two letters."""
TIMESTAMP = re.compile(
    r"\d{1,2}[./-]\d{1,2}[./-]\d{4}[ \t]+\d{1,2}:\d{2}|\d{1,2}:\d{2}:\d{2}|[+]\d{2}:\d{2}(?!\d)"
)
"""The time of signing, or the part of it a narrow cell left on its line (``+07:00``)."""
ADDRESS = re.compile(r"[\w.-]+@\)?[\w.-]+\.[a-z]{2,}|gov\.vn\b")
"""The signer's e-mail address (OCR may read a ``)`` after its ``@``), in folded text."""
CAPTION_AFTER = re.compile(
    r"[.;,][ \t]+(?:" + "|".join((_ORGAN_KEY, *_SIGNER_KEYS, *_TIME_KEYS)) + r")[ \t]*:.*$"
)
"""A caption a text layer ran onto the line beside it (``Lưu: VT, TH. Cơ quan: ...``), as
printed."""
