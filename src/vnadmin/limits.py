"""Bounds on what the readers accept and the writers write.

:data:`MAX_NESTING` bounds the trees of every instrument in every format.  :class:`Limits`
bounds a vnadmin XML or Akoma Ntoso document, :class:`PackageLimits` an edXML package.  A
writer refuses what a reader with the same limits would refuse, so that what vnadmin writes
it can read back.  They are re-exported where they are used: ``vnadmin.xml.Limits`` and
``vnadmin.edxml.PackageLimits``.
"""

from __future__ import annotations

import attrs

from vnadmin._hypothesis_plugin import register_if_hypothesis_is_loaded as _register_strategies
from vnadmin.model._fields import in_range

__all__ = ["MAX_NESTING", "Limits", "PDFLimits", "PackageLimits", "WordLimits"]

MAX_NESTING = 100
"""How deep the trees of an instrument may nest, in every format: tasks within tasks
(a top-level task is 1 deep) and organisations within their parents (an issuer or an
addressee is 1 deep).  Every reader refuses a deeper tree with a
:class:`~vnadmin.errors.DecodeError`, and every writer refuses to write one with an
:class:`~vnadmin.errors.EncodeError`, each naming the place.  Real documents nest a few
levels; JSON, the tightest format, holds 120 (orjson stops at 255 levels of arrays and
objects, two to a task).  XML's :attr:`Limits.max_depth` bounds its elements too: with the
default 64, tasks nest up to 60 deep in vnadmin XML."""

_MiB = 2**20

# libxml2's own caps without XML_PARSE_HUGE; limits above them switch huge_tree on.
_LIBXML_MAX_DEPTH = 256
_LIBXML_MAX_TEXT = 10_000_000


@attrs.frozen(kw_only=True)
class Limits:
    """Bounds on what a parser accepts; raise them for unusually large documents.

    ``max_bytes`` bounds one document (in a collection: one member); ``max_depth`` the
    nesting of elements, counted from the document element (1); ``max_text`` the characters
    in one text or attribute value.  Values above libxml2's built-in caps (256 levels,
    10,000,000 bytes of text) turn libxml2's ``huge_tree`` mode on.
    """

    max_bytes: int = attrs.field(default=16 * _MiB, validator=in_range(1, 2**40))
    max_depth: int = attrs.field(default=64, validator=in_range(1, 2048))
    max_text: int = attrs.field(default=_MiB, validator=in_range(1, 2**31))

    @property
    def huge(self) -> bool:
        return self.max_depth > _LIBXML_MAX_DEPTH or self.max_text > _LIBXML_MAX_TEXT


def _encoded_length(size: int) -> int:
    """Characters of base64 text for ``size`` bytes."""
    return 4 * ((size + 2) // 3)


@attrs.frozen(kw_only=True)
class PackageLimits:
    """Bounds on what the edXML readers accept; raise them for unusually large packages.

    ``max_bytes`` bounds the whole package (checked on the file size or the bytes before
    parsing), ``max_depth`` the nesting of elements, ``max_text`` any one text other than
    an attachment's content, and ``max_attachment`` the decoded size of one attachment:
    a bigger one is refused on the length of its base64 text, before it is decoded.
    """

    max_bytes: int = attrs.field(default=64 * _MiB, validator=in_range(1, 2**40))
    max_depth: int = attrs.field(default=64, validator=in_range(1, 2048))
    max_text: int = attrs.field(default=_MiB, validator=in_range(1, 2**31))
    max_attachment: int = attrs.field(default=32 * _MiB, validator=in_range(1, 3 * 2**29))

    @property
    def xml(self) -> Limits:
        """The hardened parser's limits: its text bound admits one whole attachment."""
        longest = max(self.max_text, _encoded_length(self.max_attachment) + 1024)
        return Limits(max_bytes=self.max_bytes, max_depth=self.max_depth, max_text=longest)


@attrs.frozen(kw_only=True)
class WordLimits:
    """Bounds on what the Word reader accepts; raise them for unusually large documents.

    A ``.docx`` file is a zip archive of XML parts.  ``max_bytes`` bounds the file,
    ``max_parts`` the number of its members, ``max_part`` the unpacked size of one member
    and ``max_unpacked`` of all of them, ``max_ratio`` how many times a member may grow when
    unpacked (a zip bomb grows a thousand times; XML about ten).  Sizes are checked on the
    archive's directory before anything is unpacked, and unpacking stops at the declared
    size.  ``max_depth`` and ``max_text`` bound each XML part as :class:`Limits` bounds a
    vnadmin XML document.
    """

    max_bytes: int = attrs.field(default=64 * _MiB, validator=in_range(1, 2**40))
    max_parts: int = attrs.field(default=2000, validator=in_range(1, 2**20))
    max_part: int = attrs.field(default=32 * _MiB, validator=in_range(1, 2**40))
    max_unpacked: int = attrs.field(default=256 * _MiB, validator=in_range(1, 2**42))
    max_ratio: int = attrs.field(default=200, validator=in_range(1, 2**20))
    max_depth: int = attrs.field(default=128, validator=in_range(1, 2048))
    max_text: int = attrs.field(default=_MiB, validator=in_range(1, 2**31))

    @property
    def xml(self) -> Limits:
        """The hardened parser's limits for one XML part."""
        return Limits(max_bytes=self.max_part, max_depth=self.max_depth, max_text=self.max_text)


@attrs.frozen(kw_only=True)
class PDFLimits:
    """Bounds on what the PDF reader accepts: ``max_bytes`` the file, ``max_pages`` its
    pages, ``max_text`` the characters extracted from the whole document."""

    max_bytes: int = attrs.field(default=64 * _MiB, validator=in_range(1, 2**40))
    max_pages: int = attrs.field(default=500, validator=in_range(1, 2**20))
    max_text: int = attrs.field(default=4 * _MiB, validator=in_range(1, 2**31))


_register_strategies(__name__)  # st.from_type of these types, when hypothesis is imported
