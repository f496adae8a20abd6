"""The instrument: a whole document with every component of NĐ 30 Article 8 and HD 36."""

from __future__ import annotations

import enum

import attrs

from vnadmin.model._construct import checked
from vnadmin.model._fields import (
    TupleOf,
    in_range,
    is_a,
    is_text,
    items,
    to_optional_text,
    to_text,
)
from vnadmin.model.citations import Citation
from vnadmin.model.dates import PartialDate
from vnadmin.model.kinds import DocumentKind, Regime
from vnadmin.model.numbering import DocumentNumber
from vnadmin.model.parties import ArchiveLine, Contact, DrafterMark, Organization, Recipient
from vnadmin.model.printed import Printed
from vnadmin.model.signature import SignatureBlock
from vnadmin.model.tasks import Task

__all__ = [
    "Appendix",
    "Body",
    "Circulation",
    "IncomingStamp",
    "Instrument",
    "Paragraph",
    "Reporting",
    "Secrecy",
    "Urgency",
]


class Urgency(enum.Enum):
    """Độ khẩn (NĐ 30 Article 8; edXML Priority 1-4)."""

    URGENT = "khan"  # KHẨN
    VERY_URGENT = "thuong_khan"  # THƯỢNG KHẨN
    FLASH = "hoa_toc"  # HỎA TỐC
    FLASH_TIMED = "hoa_toc_hen_gio"  # HỎA TỐC HẸN GIỜ (edXML only)


class Secrecy(enum.Enum):
    """Độ mật."""

    CONFIDENTIAL = "mat"  # MẬT
    SECRET = "toi_mat"  # TỐI MẬT
    TOP_SECRET = "tuyet_mat"  # TUYỆT MẬT


class Circulation(enum.Enum):
    """Chỉ dẫn về phạm vi lưu hành."""

    INTERNAL = "luu_hanh_noi_bo"  # LƯU HÀNH NỘI BỘ
    RETURN_AFTER_READING = "xem_xong_tra_lai"  # XEM XONG TRẢ LẠI


@checked
@attrs.frozen(kw_only=True)
class Paragraph:
    """A paragraph outside the task list, with the instruments it cites."""

    text: str = attrs.field(converter=to_text, validator=is_text(multiline=True))
    citations: tuple[Citation, ...] = attrs.field(
        default=(), converter=TupleOf[Citation], validator=items(Citation)
    )


@checked
@attrs.frozen(kw_only=True)
class Body:
    """Nội dung: legal bases and preamble (``Căn cứ``, ``Thực hiện``), background paragraphs,
    the task list, and closing items (``Giao ... chủ trì``, which are unlabelled tasks)."""

    preamble: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=TupleOf[Paragraph], validator=items(Paragraph)
    )
    background: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=TupleOf[Paragraph], validator=items(Paragraph)
    )
    tasks: tuple[Task, ...] = attrs.field(
        default=(), converter=TupleOf[Task], validator=items(Task)
    )
    closing: tuple[Task, ...] = attrs.field(
        default=(), converter=TupleOf[Task], validator=items(Task)
    )

    def all_tasks(self) -> tuple[Task, ...]:
        """Every task, closing items included, depth first."""
        return tuple(t for top in (*self.tasks, *self.closing) for t in top.walk())

    def citations(self) -> tuple[Citation, ...]:
        """Each citation once, in order of first appearance."""
        found: dict[Citation, None] = {}
        for paragraph in (*self.preamble, *self.background):
            found.update(dict.fromkeys(paragraph.citations))
        for task in self.all_tasks():
            found.update(dict.fromkeys(task.citations))
        return tuple(found)


@checked
@attrs.frozen(kw_only=True)
class Appendix:
    """Phụ lục: a label (``Phụ lục I``) and an optional title."""

    label: str = attrs.field(converter=to_text, validator=is_text())
    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )


@checked
@attrs.frozen(kw_only=True)
class IncomingStamp:
    """The ``ĐẾN`` stamp a receiver puts on its copy (NĐ 30 Articles 20-24)."""

    receiver: str = attrs.field(converter=to_text, validator=is_text())
    number: int = attrs.field(validator=in_range(1, 10_000_000, what="an arrival number"))
    date: PartialDate | None = attrs.field(default=None, validator=is_a(PartialDate, optional=True))
    routing: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )


@checked
@attrs.frozen(kw_only=True)
class Reporting:
    """Where a reported (not original) instrument was read: a news article, a portal."""

    source: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    title: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )


@checked
@attrs.frozen(kw_only=True)
class Instrument:
    """A Vietnamese administrative instrument (văn bản).

    Only ``regime`` is required: drafts, received copies and reported instruments all miss
    components, and the checker, not the model, says which absences are defects.  What the
    model refuses is a value that cannot be read at all; a kind or a number style that does
    not fit the regime is a defect the checker reports.  ``reported`` is set when the text is
    a report of the instrument (a news article) rather than the instrument itself.
    ``printed`` keeps the lines as the document prints them, for the rules that check what
    only the print shows; ``None`` when nothing is known of the print.
    """

    regime: Regime = attrs.field(validator=is_a(Regime))
    kind: DocumentKind | None = attrs.field(
        default=None, validator=is_a(DocumentKind, optional=True)
    )
    issuer: Organization | None = attrs.field(
        default=None, validator=is_a(Organization, optional=True)
    )
    number: DocumentNumber | None = attrs.field(
        default=None, validator=is_a(DocumentNumber, optional=True)
    )
    place: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True)
    )
    date: PartialDate | None = attrs.field(default=None, validator=is_a(PartialDate, optional=True))
    subject: str | None = attrs.field(
        default=None, converter=to_optional_text, validator=is_text(optional=True, multiline=True)
    )
    addressees: tuple[Organization, ...] = attrs.field(
        default=(), converter=TupleOf[Organization], validator=items(Organization)
    )
    body: Body = attrs.field(factory=Body, validator=is_a(Body))
    signatures: tuple[SignatureBlock, ...] = attrs.field(
        default=(), converter=TupleOf[SignatureBlock], validator=items(SignatureBlock)
    )
    distribution: tuple[Recipient, ...] = attrs.field(
        default=(), converter=TupleOf[Recipient], validator=items(Recipient)
    )
    archive: ArchiveLine | None = attrs.field(
        default=None, validator=is_a(ArchiveLine, optional=True)
    )
    urgency: Urgency | None = attrs.field(default=None, validator=is_a(Urgency, optional=True))
    secrecy: Secrecy | None = attrs.field(default=None, validator=is_a(Secrecy, optional=True))
    circulation: Circulation | None = attrs.field(
        default=None, validator=is_a(Circulation, optional=True)
    )
    appendices: tuple[Appendix, ...] = attrs.field(
        default=(), converter=TupleOf[Appendix], validator=items(Appendix)
    )
    contact: Contact | None = attrs.field(default=None, validator=is_a(Contact, optional=True))
    drafter: DrafterMark | None = attrs.field(
        default=None, validator=is_a(DrafterMark, optional=True)
    )
    incoming: IncomingStamp | None = attrs.field(
        default=None, validator=is_a(IncomingStamp, optional=True)
    )
    reported: Reporting | None = attrs.field(default=None, validator=is_a(Reporting, optional=True))
    printed: Printed | None = attrs.field(default=None, validator=is_a(Printed, optional=True))

    @property
    def is_reported(self) -> bool:
        return self.reported is not None

    def citations(self) -> tuple[Citation, ...]:
        """Each citation the body makes, once, in order of first appearance."""
        return self.body.citations()
