"""The signature block: stacked authority marks (``KT. GIÁM ĐỐC``), the title, the name.

Marks are read with the grammar's :data:`~vnadmin.grammar.marks.AUTHORITY_LINE` in either
regime's spelling (``KT.`` or ``K/T``).  A title is an upper-case line, a name a line of
capitalised words (``Dương Thị Kim Thúy``); a block without a mark (``GIÁM ĐỐC``) or with
only a name (a bare signer) is still a block.  A new mark after a title or a name opens
the next block (joint documents sign side by side).
"""

from __future__ import annotations

import itertools
import re

import attrs

from vnadmin.errors import GrammarError
from vnadmin.grammar.labels import LABEL, roman_value
from vnadmin.grammar.marks import AUTHORITY_LINE, DEGREES, MARK_WORDS, parse_authority
from vnadmin.grammar.syllables import is_syllable
from vnadmin.model import Authority, SignatureBlock
from vnadmin.normalize import fold, mostly_capitals
from vnadmin.text.fuzzy import distance, fold_chars
from vnadmin.text.lines import is_caps, is_noise, squash
from vnadmin.text.vocabulary import PRINTED_TITLES, TITLE_WORDS, names_office, opens_body

__all__ = [
    "is_full_name",
    "is_name",
    "is_signature_line",
    "mark_lines",
    "mended_title",
    "opens_with_title",
    "read_authority",
    "read_signatures",
]

_SIGNED = re.compile(
    r"\(?\[?(?:đã[ \t]+ký|da[ \t]*ky|ký|ký[ \t]+tên|ký,?[ \t]+ghi[ \t]+rõ[ \t]+họ[ \t]+tên"
    r"|ký[ \t]+tên,?[ \t]+đóng[ \t]+dấu|đã[ \t]+ký[ \t]+và[ \t]+đóng[ \t]+dấu|chữ[ \t]+ký"
    r"|signed)[^)\]]{0,40}\]?\)?\.?",
    re.IGNORECASE,
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:\.)?")
_WORDS_ONLY = re.compile(r"[^\W\d_]+(?:[ \t,&-]+[^\W\d_]+)*[ \t,]*")
_OFFICE_OPENINGS = tuple(f"{word} " for word in TITLE_WORDS if word != "truong")
_SPECK = 16  # characters of seal specks before a mark line
_MAX_CELL = 200  # signature cells are short; the edge pattern is not tried on longer ones
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"\S+")
_STRAY_EDGES = re.compile(
    r"^(?:[^\w(\[]|_)+(?=[^\W_])|(?<=\w)[ \t]+(?:[^\w(\[\])]|[a-z|]){1,2}$|[ \t|_*`~]+$"
)
"""Seal strokes and OCR specks at the ends of a signature cell (``_ TL. CHỦ TỊCH``,
``TL. CỤC TRƯỞNG l``, ``KT. CHỦ TỊCH |``)."""
_DEGREE = rf"(?:{DEGREES}|LS)"  # and a lawyer's (luật sư), no degree the checker flags
_RANK = re.compile(
    rf"(?:{_DEGREE}\.[ \t]*){{0,2}}{_DEGREE}(?:\.[ \t]*|[ \t]+)"
    r"|(?:Đại|Thượng|Trung|Thiếu)[ \t]+(?:tướng|tá|úy|uý)[ \t]+"
)
"""A degree, title of honour or military rank printed before a signer's name; the dot
after the last degree is often left out (``GS.TS Nguyễn Văn An``, ``ThS Lê Thị Hà``)."""
_INNER_MARK = re.compile(rf" (?:{MARK_WORDS})\. ?(?=[^\W\d_])")
"""A mark inside a line after the first: where a crawl ran two lines of the stack together."""
_SPECK_BEFORE_MARK = re.compile(
    rf"(?P<speck>[^\n]{{1,{_SPECK}}}?[^\w \t][ \t]*)(?:{MARK_WORDS})\.[ \t]*(?=[^\W\d_])"
)
"""OCR specks of a seal before a mark line (``ˆ _i Lên, ' KT. CHÁNH VĂN PHÒNG``): a few
characters ending with a sign, then the mark and its title."""
_BARE_MARK = re.compile(rf"(?:{MARK_WORDS})\.?")
"""A mark alone on its line, its title wrapped to the next (``TL.`` / ``CỤC TRƯỞNG``)."""
_LAST_DASH = re.compile(r"[ \t]*[-–][ \t]*(?=[^-–]+$)")
"""The last dash of a line, where a signer's title printed on the name's line ends."""
_PRINTED_TITLE = {"".join(map(fold_chars, title.split())): title for title in PRINTED_TITLES}
_PRINTED_TITLE |= {
    f"p{letters[3:]}": title for letters, title in _PRINTED_TITLE.items() if letters[:3] == "pho"
}
"""Each title by its letters (``phochutich``), a deputy's by ``P.`` too (``P.Trưởng ban``)."""
_PLAIN_TITLE = re.compile(r"(?:P\.[ \t]*)?[^\W\d_]+(?:[ \t]+[^\W\d_]+)*")
_ROLE = re.compile(
    r"nguoi (?:lap|viet|lam|bao cao|de nghi|de xuat|tong hop|soan thao|ke khai)(?: [a-z]+){0,3}"
)
"""A signer's part in the paper, folded (``Người lập kế hoạch``, ``NGƯỜI LẬP BIỂU``,
``Người báo cáo``, ``Người đề nghị``): who drew it up signs under it, no office held."""
_MAX_NAME_WORDS = 4  # a name cut by a cell: Vietnamese names have 2 to 4 words, rarely 5
_SURNAME = 2  # letters of the shortest surname (Lê, Võ, Đỗ)
_LONGEST_TITLE = max(len(title.split()) for title in PRINTED_TITLES)


def read_authority(text: str) -> Authority | None:
    """A mark line (``KT. GIÁM ĐỐC``, ``T/M BAN THƯỜNG VỤ``), or ``None``."""
    text = squash(text)
    match = AUTHORITY_LINE.fullmatch(text[:200])
    if match is None or not is_caps(match["applies_to"]):
        return None
    try:
        return parse_authority(text)
    except (GrammarError, ValueError):
        return None


def is_name(text: str) -> bool:
    """A person's name as signed: 2 to 6 capitalised words (``Nguyễn Văn An``), letters
    only, after a degree or a rank if one is printed (``TS.``, ``PGS.TS.``, ``Đại tá``)."""
    rank = _RANK.match(text)
    if rank is not None:
        text = text[rank.end() :]
    words = text.split()
    if not 2 <= len(words) <= 6 or len(text) > 60 or len(words[0]) < _SURNAME:
        return False  # no surname is one letter ("A I": specks of a seal)
    return all(
        _NAME_WORD.fullmatch(word) and word[0].isupper() and not any(map(str.isupper, word[1:]))
        for word in words
    )


def _is_title(text: str) -> bool:
    """A title line: in capitals, short, not a list entry (``;`` or ``,`` at its end) nor
    a heading (``:``), with real words (not a stroke of the seal read as ``N``)."""
    return (
        is_caps(text)
        and len(text) <= 80
        and len(text.split()) <= 12
        and not LABEL.match(text)
        and not text.endswith((":", ";", ","))
        and not is_noise(text)
    )


def known_title(text: str) -> str | None:
    """The title a signature cell ends with when it is one of the titles most signers hold
    (read on its letters), as printed, without the OCR strokes before it (two short marks
    at most: ``SA ỀN CHỦ TỊCH``, ``ZZ==CHÁNH VĂN PHÒNG``); ``None`` if it is not one or
    more stands before it."""
    spans = _title_spans(text)
    if not spans:
        return None
    folded = fold_chars(text[:120])
    for size in range(min(len(spans), _LONGEST_TITLE), 0, -1):
        letters = "".join(folded[span.start() : span.end()] for span in spans[-size:])
        if letters not in _PRINTED_TITLE:
            continue
        before = [span.group() for span in spans[:-size]]
        if not before:
            return text.strip()
        if _strokes(before):
            return _PRINTED_TITLE[letters]  # strokes dropped: the title as it is printed
        return None
    return None


_ACCENTED_TITLE = {"".join(title.lower().split()): title for title in PRINTED_TITLES}
_MENDED_LETTERS = 7  # letters of a title at least, for one of them to be mended


def mended_title(text: str) -> str | None:
    """The title a signature cell in capitals prints when OCR misread one of its letters
    (``HỨ TRƯỞNG``, ``QẦN yJ.HÓ CHỦ TỊCH``), as it is printed, the strokes
    :func:`known_title` drops before it dropped too: the one title one edit from the
    cell's letters as written (accents and all), no other title being as near.  ``None``
    when ``text`` prints no title, or one whose letters :func:`known_title` reads (its
    accents misread are kept as printed: ``GIÁM ĐÓC``), or a mark stands before it."""
    spans = _title_spans(text)
    if not spans or text.isascii():
        return None
    for size in range(min(len(spans), _LONGEST_TITLE), 0, -1):
        before = [span.group() for span in spans[:-size]]
        if any(_BARE_MARK.fullmatch(word) for word in before) or not _strokes(before):
            continue  # a mark before it (``KT``) is no stroke
        if "".join(fold_chars(span.group()) for span in spans[-size:]) in _PRINTED_TITLE:
            return None  # its letters read by known_title
        written = "".join(span.group().lower() for span in spans[-size:])
        if len(written) < _MENDED_LETTERS:
            return None
        near = [
            title
            for letters, title in _ACCENTED_TITLE.items()
            if distance(written, letters, 1) <= 1
        ]
        if len(near) == 1:
            return near[0]
    return None


def _strokes(before: list[str]) -> bool:
    """Whether the words before a title are OCR's strokes: two short ones at most
    (``SA ỀN``), or noise; not more of the line."""
    short = len(before) <= 2 and all(len(word) <= 3 for word in before)
    return short or is_noise(" ".join(before))


def _title_spans(text: str) -> list[re.Match[str]]:
    """The words of a cell in capitals that may end with a title, in its first 120
    characters; none if they are more than a cell holds or mostly in small letters."""
    spans = list(_LETTER_RUN.finditer(text[:120]))
    return spans if len(spans) <= 12 and mostly_capitals(text) else []


def title_after_item(text: str) -> int | None:
    """Where a known title printed in capitals ends ``text`` after a word of a Nơi nhận
    item (in lower case at least in part): the signer's title that OCR or a flattened page
    ran onto the item beside it (``- Các phòng ở cơ sở TRƯỞNG BAN``, a speck after it: ``-
    Sở Y tế: PHÓ GIÁM ĐỐC,``); ``None`` if none does, or if an item's ``;`` follows it."""
    words = list(_WORD.finditer(text[:_MAX_CELL].rstrip(" \t,.")))
    for size in range(min(len(words) - 1, _LONGEST_TITLE), 1, -1):
        title = words[-size:]
        if not all(word.group().isupper() for word in title):
            continue
        if "".join(fold_chars(word.group()) for word in title) not in _PRINTED_TITLE:
            continue
        if any(map(str.islower, words[-size - 1].group())):
            return title[0].start()  # an item's word before it, no mark's (``KỰ/T``)
        return None
    return None


def is_signature_line(text: str) -> bool:
    """Whether a line can belong to a signature block."""
    text = squash(text)
    return bool(
        read_authority(text) is not None
        or _is_title(text)
        or known_title(text) is not None
        or is_name(text)
        or _SIGNED.fullmatch(text)
        or _dashed_signer(text) is not None
    )


def _dashed_signer(text: str) -> tuple[str, str] | None:
    """The title and the name of a signer printed on one line, a dash between them
    (``Tổ trưởng- Lê Thị Hoa``, ``TỔ TRƯỞNG - Lê Văn An``): a title of office, in
    capitals or as a form typed in sentence case prints it, then a name; ``None`` if
    ``text`` is not one."""
    dash = _LAST_DASH.search(text[:_MAX_CELL])
    if dash is None or not is_name(text[dash.end() :]):
        return None
    title = text[: dash.start()]
    office = _is_title(title) and names_office(fold(title))
    if office or known_title(title) is not None or plain_title(title):
        return title, text[dash.end() :]
    return None


def plain_title(text: str) -> bool:
    """A known title alone on its line in small letters (``Trưởng ban``, ``Phó Giám
    đốc``, ``P.Trưởng Bộ môn``), as a form typed in sentence case prints it: words only,
    nothing after them.
    A signature line only above the list (a page's link cuts ``Thủ tướng`` / ``Chính
    phủ`` in it)."""
    return (
        text[:1].isupper()
        and _PLAIN_TITLE.fullmatch(text) is not None
        and "".join(map(fold_chars, _LETTER_RUN.findall(text))) in _PRINTED_TITLE
    )


@attrs.define
class _Block:
    authorities: list[Authority] = attrs.field(factory=list)
    titles: list[str] = attrs.field(factory=list)
    name: str | None = None

    def build(self) -> SignatureBlock | None:
        title = " ".join(self.titles) or None
        if not self.authorities and title is None and self.name is None:
            return None
        return SignatureBlock(authorities=self.authorities, title=title, name=self.name)


def read_signatures(texts: list[str]) -> tuple[list[SignatureBlock], list[str]]:
    """Signature blocks from the footer's signature cells, and the cells not read."""
    blocks: list[_Block] = [_Block()]
    skipped: list[str] = []
    lines: list[str] = []
    for raw in texts:
        whole = squash(raw)
        whole = _STRAY_EDGES.sub("", whole) if len(whole) <= _MAX_CELL else whole
        whole = _without_letter_speck(whole)
        if is_caps(whole):
            whole = _INNER_SPECK.sub(" ", whole)  # "CỤC ĐỊA ` CHẤT": a seal's stroke
        speck = _SPECK_BEFORE_MARK.match(whole)
        if speck is not None and not is_caps(speck["speck"]) and read_authority(whole) is None:
            skipped.append(speck["speck"])  # "ˆ _i Lên, ' KT. CHÁNH VĂN PHÒNG": a seal's
            whole = whole[speck.end("speck") :].lstrip()  # strokes before the mark
        for text in _run_together(whole) if whole else ():
            if lines and (_name_cut(lines[-1], text) or _mark_cut(lines[-1], text)):
                lines[-1] = f"{lines[-1]} {text}"
            else:
                lines.append(text)
    for text in lines:
        _read_line(text, blocks, skipped)
    for block in blocks:
        if block.name is None and len(block.titles) >= 2 and _looks_like_name(block.titles[-1]):
            block.name = block.titles.pop()  # a name printed in capitals under the title
    last = blocks[-1]
    if len(blocks) > 1 and blocks[-2].name and not (last.name or last.authorities):
        skipped.extend(blocks.pop().titles)  # the signer's own office under the name
    built = [block.build() for block in blocks]
    return [block for block in built if block is not None], skipped


_INNER_SPECK = re.compile(r"(?<=\w)[ \t]+[`´¨°^~|*][ \t]+(?=\w)")
"""A stroke of the seal OCR read as a sign between two words of a line in capitals."""
_LETTER_SPECK = re.compile(r"[^\W\d_][ \t]+")
_FULL_NAME = 3  # words of a name printed in full


def is_full_name(text: str) -> bool:
    """Whether ``text`` is a signer's name printed in full, three words at least
    (``Tạ Ngọc Đôn``): what a speck or a flattened line leaves beside it is read apart
    from it only then, no shorter run of capitalised words being sure to be a name."""
    return len(text.split()) >= _FULL_NAME and is_name(text)


def _without_letter_speck(text: str) -> str:
    """A signer's name after a letter a seal's stroke left before it (``Z Tạ Ngọc Đôn``):
    no surname is one letter, so a letter alone before a name in full is no part of it."""
    speck = _LETTER_SPECK.match(text)
    if speck is None:
        return text
    rest = text[speck.end() :]
    return rest if is_full_name(rest) else text


def opens_with_title(text: str) -> bool:
    """Whether a line in capitals opens with one of the titles most signers hold, read on
    its letters (a space OCR put inside a word: ``VỤ TRƯỞN G``), and goes on with the
    office it heads (``VỤ TRƯỞNG VỤ KHOA HỌC,``, wrapped after its comma): the signature
    column's title line."""
    if not is_caps(text) or len(text) > _MAX_CELL or text.rstrip().endswith(";"):
        return False
    folded = "".join(_LETTER_RUN.findall(fold_chars(text)))
    return any(
        folded.startswith(letters) and len(folded) > len(letters) and " " in title
        for letters, title in _PRINTED_TITLE.items()
    )


def _mark_cut(head: str, tail: str) -> bool:
    """Whether a mark stands alone on its line and its title in capitals on the next
    (``TL.`` / ``CỤC TRƯỞNG``): one mark line, wrapped."""
    return _BARE_MARK.fullmatch(head) is not None and is_caps(tail)


def mark_lines(texts: list[str]) -> list[str]:
    """The mark lines among signature cells as printed (``KT. GIÁM ĐỐC``), a mark
    wrapped away from its title (``TL.`` / ``CỤC TRƯỞNG``) joined to it."""
    found: list[str] = []
    previous = ""
    for text in map(squash, texts):
        if _mark_cut(previous, text):
            found.append(f"{previous} {text}")
        elif read_authority(text) is not None:
            found.append(text)
        previous = text
    return found


def _name_cut(head: str, tail: str) -> bool:
    """Whether a narrow cell cut the signer's name after a word (``Phạm`` / ``Mạnh
    Cường``, ``Lê Tấn`` / ``Cận``): one part is a single word, and the two make a name of
    four words at most."""
    if (" " in head and " " in tail) or "." in head or "." in tail:
        return False  # an initial or an OCR speck (``An.``) is not a cut name
    if len(head) < _SURNAME or roman_value(tail) is not None:
        return False  # no surname is one letter: a seal's speck (``À`` / ``Trần Văn An``);
        # an annex's row number (``Lê Văn An`` / ``I``) ends no name
    joined = f"{head} {tail}"
    return (
        len(joined.split()) <= _MAX_NAME_WORDS and is_name(joined) and _RANK.match(joined) is None
    )


def _run_together(text: str) -> list[str]:
    """The lines of a signature stack a crawl ran into one (``TL. CHỦ TỊCH KT. CHÁNH VĂN
    PHÒNG``, ``TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Lê Văn An``, ``GIÁM ĐỐC Lê Văn An``): cut
    before each mark after the first, before a known title that ends a mark line after a
    body of two words or more, and before the signer's name."""
    if len(text) > _MAX_CELL:
        return [text]
    dashed = _dashed_signer(text)
    if dashed is not None:
        return list(dashed)
    glued = _glued_name(text)
    if glued:  # ``CHÁNH VĂN PHÒNGThái Hữu Phép``: the break between them lost
        head, name = text[:glued], text[glued:]
        if is_name(name) and (known_title(head) == head or _ends_with_title(head)):
            return [*_run_together(head), name]
    if ". " not in text:  # no mark: a known title with the name run on (``CHỦ TỊCH Lê An``,
        # ``TRƯỞNG BAN PHÓ THỦ TƯỚNG Lê An``: the office, then the signer's own title)
        head, name = _trailing_name(text) if " " in text else (text, "")
        if not name or not (known_title(head) == head or _ends_with_title(head)):
            return [text]
        words = head.split()
        title = _title_suffix(words)
        return [" ".join(words[:-title]), " ".join(words[-title:]), name] if title else [head, name]
    if not is_caps(text):
        head, name = _trailing_name(text)
        return [*_run_together(head), name] if name else [text]
    starts = [0, *(match.start() + 1 for match in _INNER_MARK.finditer(text))]
    pieces = [text[a:b].strip() for a, b in itertools.pairwise([*starts, len(text)])]
    found: list[str] = []
    for piece in pieces:
        authority = read_authority(piece)
        words = authority.applies_to.split() if authority is not None else []
        title = _title_suffix(words) if len(words) >= 3 else 0
        if title and piece.endswith(" ".join(words[-title:])):
            cut = len(piece) - len(" ".join(words[-title:]))
            found.extend([piece[:cut].rstrip(), piece[cut:]])
        else:
            found.append(piece)
    return found


def _glued_name(text: str) -> int:
    """Where a title in capitals meets the name a crawl ran onto it without a space
    (``PHÒNGThái``): after two capitals, a capital and a small letter; 0 if nowhere."""
    for at in range(2, len(text) - 1):
        if text[at].isupper() and text[at + 1].islower() and text[at - 2 : at].isupper():
            return at if text[at - 2 : at].isalpha() else 0
    return 0


def _trailing_name(text: str) -> tuple[str, str]:
    """A line in capitals with the signer's name run on after it (``KT. CHỦ TỊCH PHÓ CHỦ
    TỊCH Trần Văn Tùng``): the capitals and the name; ``(text, "")`` if it is not one."""
    words = text.split()
    for size in range(min(len(words) - 2, 6), 1, -1):
        head, name = " ".join(words[:-size]), " ".join(words[-size:])
        if is_name(name) and is_caps(head):
            return head, name
    return text, ""


def _title_suffix(words: list[str]) -> int:
    """How many of the last ``words`` make a known title, with two words or more before
    it and not all of them one (``KT. TỔNG GIÁM ĐỐC`` is one title); 0 if none."""
    folded = [fold_chars(word) for word in words]
    if "".join(folded) in _PRINTED_TITLE:
        return 0
    for size in range(min(len(words) - 2, _LONGEST_TITLE), 0, -1):
        if "".join(folded[-size:]) in _PRINTED_TITLE:
            return size
    return 0


def _read_line(text: str, blocks: list[_Block], skipped: list[str]) -> None:
    """One line of the signature column, into the blocks."""
    current = blocks[-1]
    authority = read_authority(text)
    if authority is not None:
        _wrapped_mark(current)
        if current.titles or current.name:
            blocks.append(_Block(authorities=[authority]))
        else:
            current.authorities.append(authority)
    elif _SIGNED.fullmatch(text):
        return
    elif is_name(text):
        if current.name is not None:
            blocks.append(_Block(name=text))
        else:
            if len(current.titles) == 1 and len(current.titles[0].split()) == 1:
                _wrapped_mark(current)  # "T/M BỘ CHÍNH" / "TRỊ" / the name: a word cut off
            current.name = text
    elif (title := _title(text, _Block() if current.name else current)) is not None:
        if current.name is not None:
            blocks.append(_Block(titles=[title]))
            return
        if current.authorities and not current.titles and _goes_on(current.authorities[-1]):
            last = current.authorities[-1]  # "KT. TRƯỞNG BAN CHÍNH SÁCH," / "THUẾ QUỐC TẾ"
            current.authorities[-1] = Authority(
                mark=last.mark, applies_to=f"{last.applies_to} {title}"
            )
            return
        if _opens_office(title):
            _wrapped_mark(current)
            if current.titles and _opens_office(" ".join(current.titles)):
                skipped.extend(current.titles)  # "TRƯỞNG BAN" / "PHÓ THỦ TƯỚNG": the body's
                current.titles = [title]  # office above the signer's own, which is the title
                return
        current.titles.append(title)
    else:
        skipped.append(text)


def _goes_on(authority: Authority) -> bool:
    """Whether a mark line stops where its office's name cannot end (a comma, ``&``)."""
    return authority.applies_to.rstrip().endswith((",", "&", "-"))


def _wrapped_mark(block: _Block) -> None:
    """Lines read as the block's title that name no office (``TỈNH``, ``DÂN TỈNH``, ``SỞ
    TÀI CHÍNH``) or end the office the mark names (``TL. CỤC`` / ``TRƯỞNG``) before a mark
    or an office (``KT. TRƯỞNG THUẾ`` / ``TỈNH`` / ``PHÓ TRƯỞNG THUẾ TỈNH``): the mark line
    above them, wrapped by a narrow cell, goes on in them."""
    if not block.authorities or not block.titles or block.name is not None:
        return
    tail = " ".join(block.titles)
    key = fold(tail)
    last = block.authorities[-1]
    joined = f"{last.applies_to} {tail}"
    whole_title = "".join(map(fold_chars, joined.split())) in _PRINTED_TITLE  # CỤC / TRƯỞNG
    if not whole_title and (len(block.titles) > 2 or names_office(key)):
        return
    block.authorities[-1] = Authority(mark=last.mark, applies_to=joined)
    block.titles.clear()


def _title(text: str, block: _Block) -> str | None:
    """``text`` as a title line of ``block``: a known title (OCR strokes before it dropped,
    diacritics restored), or a line in capitals that names an office (the first title
    line) or goes on with the title above it in words only (a wrapped title, a name in
    capitals)."""
    known = known_title(text)
    if known is not None:
        return known
    if plain_title(text) or _ROLE.fullmatch(fold(text)):
        return text
    if not _is_title(text):
        return text if _ends_with_title(text) or opens_with_title(text) else None
    if block.titles or block.authorities:
        if block.titles and " ".join(block.titles) in PRINTED_TITLES and not _spelled(text):
            return None  # "GIÁM ĐỐC" / "HH": a title in full, letters of a seal after it
        return text if _WORDS_ONLY.fullmatch(text) else None
    key = fold(text)
    return text if names_office(key) else None


def _spelled(text: str) -> bool:
    """Whether a line holds a word of two letters or more spelled as a Vietnamese
    syllable: the office a title goes on with does (``SỞ Y TẾ``), letters a seal's
    strokes leave beside an item do not (``HH``)."""
    return any(len(word) >= 2 and is_syllable(word) for word in _LETTER_RUN.findall(text))


def _ends_with_title(text: str) -> bool:
    """A line mostly in capitals that ends with a known title (``QẦN yJ.HÓ CHỦ TỊCH``):
    the title as OCR read it, kept as it stands."""
    if not mostly_capitals(text):
        return False
    spans = _LETTER_RUN.findall(fold_chars(text[:120]))
    return any(
        "".join(spans[-size:]) in _PRINTED_TITLE
        for size in range(1, min(len(spans), _LONGEST_TITLE) + 1)
    )


def _opens_office(title: str) -> bool:
    """A title line that names an office by itself (``PHÓ THỦ TƯỚNG``), not the second
    line of a wrapped title (``PHỤ TRÁCH``, ``TỈNH QUẢNG NGÃI``)."""
    key = fold(title)
    return (" " in key and key.startswith(_OFFICE_OPENINGS)) or "".join(
        map(fold_chars, title.split())
    ) in _PRINTED_TITLE


def _looks_like_name(text: str) -> bool:
    key = fold(text)
    words = text.split()
    return (
        2 <= len(words) <= 5
        and all(_NAME_WORD.fullmatch(word) for word in words)
        and not names_office(key)
        and not opens_body(key)  # "SỞ XÂY DỰNG" under the signer's office: no name
    )
