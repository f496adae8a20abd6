"""The instruments every codec benchmark runs on: a chỉ thị of 10 tasks and one of 1,000,
and the same with no value repeated between tasks.

Shared so that the JSON and XML tables describe the same documents.
"""

from __future__ import annotations

import attrs

from vnadmin.model import (
    KINDS,
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Citation,
    Contact,
    DateDeadline,
    DeadlineBound,
    DocumentNumber,
    Frequency,
    Instrument,
    Organization,
    Paragraph,
    PartialDate,
    PeriodDeadline,
    PeriodUnit,
    Recipient,
    Regime,
    RelativeDeadline,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
    Urgency,
)

__all__ = ["directive", "varied"]

_SENTENCES = (
    "Quán triệt các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về công"
    " tác dân vận trong tình hình mới gắn với nhiệm vụ phục hồi và phát triển kinh tế - xã hội",
    "Đẩy mạnh công tác tuyên truyền, giáo dục nhằm nâng cao nhận thức về ý nghĩa, tầm quan"
    " trọng của công tác dân vận; về vị trí, vai trò, trách nhiệm của cơ quan hành chính nhà nước",
    "Thực hiện nghiêm túc quy định về đạo đức công vụ, phát huy vai trò gương mẫu của cán bộ,"
    " đảng viên, nhất là người đứng đầu cơ quan, đơn vị",
)
_ACTORS = ("Sở Nội vụ", "Ban Dân vận Tỉnh ủy", "Ủy ban nhân dân các huyện, thị xã, thành phố")
_CITATION = Citation(
    kind=KINDS.get("chi-thi"),
    number=DocumentNumber(number="33", kind_abbreviation="CT", issuer_abbreviation="TTg"),
    date=PartialDate(day=26, month=11, year=2021),
    issuer="Thủ tướng Chính phủ",
)
_DEADLINES = (
    DateDeadline(bound=DeadlineBound.BEFORE, date=PartialDate(day=5, month=12)),
    PeriodDeadline(unit=PeriodUnit.QUARTER, index=2, year=2024),
    RelativeDeadline(text="trong 15 ngày kể từ ngày nhận được văn bản"),
)


def _task(index: int) -> Task:
    text = f"{_SENTENCES[index % 3]}; nội dung số {index}."
    return Task(
        label=f"{index + 1}.",
        text=text,
        subtasks=[
            Task(label=f"{letter})", text=_SENTENCES[(index + n) % 3] + ".")
            for n, letter in enumerate("ab")
        ]
        if index % 4 == 0
        else (),
        assignments=[
            Assignment(role=Role.LEAD, actor=_ACTORS[index % 3]),
            Assignment(role=Role.COOPERATE, actor=_ACTORS[(index + 1) % 3]),
        ],
        deadline=_DEADLINES[index % 3],
        recurrence=Frequency.YEARLY if index % 5 == 0 else None,
        citations=[_CITATION] if index % 3 == 0 else (),
    )


def directive(tasks: int) -> Instrument:
    """A chỉ thị of Ủy ban nhân dân tỉnh with ``tasks`` tasks."""
    return Instrument(
        regime=Regime.STATE,
        kind=KINDS.get("chi-thi"),
        issuer=Organization(name="ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG", abbreviation="UBND"),
        number=DocumentNumber(number="05", kind_abbreviation="CT", issuer_abbreviation="UBND"),
        place="Tuyên Quang",
        date=PartialDate(day=15, month=3, year=2024),
        subject="Về tăng cường công tác dân vận của cơ quan hành chính nhà nước",
        addressees=[Organization(name=actor) for actor in _ACTORS],
        body=Body(
            preamble=[Paragraph(text="Thực hiện Chỉ thị số 33/CT-TTg.", citations=[_CITATION])],
            tasks=[_task(i) for i in range(tasks)],
        ),
        signatures=[
            SignatureBlock(
                authorities=[Authority(mark=SigningMark.KT, applies_to="CHỦ TỊCH")],
                title="PHÓ CHỦ TỊCH",
                name="Nguyễn Văn Sơn",
            )
        ],
        distribution=[
            Recipient(name="Bộ Nội vụ", purpose="để báo cáo"),
            Recipient(name="Như trên"),
        ],
        archive=ArchiveLine(units=["VT", "NC"], copies=2),
        urgency=Urgency.URGENT,
        contact=Contact(phone="0207 3822 123", email="vanthu@tuyenquang.gov.vn"),
    )


def varied(tasks: int) -> Instrument:
    """:func:`directive` with no value repeated between tasks: each cites its own number and
    has its own deadline (the JSON and XML readers build a value repeated within a document once)."""
    instrument = directive(tasks)
    changed = []
    for index, task in enumerate(instrument.body.tasks):
        deadline = task.deadline
        if isinstance(deadline, DateDeadline):
            date = PartialDate(day=index % 28 + 1, month=index % 12 + 1, year=2000 + index % 30)
            deadline = attrs.evolve(deadline, date=date)
        elif isinstance(deadline, PeriodDeadline):
            deadline = attrs.evolve(deadline, index=index % 4 + 1, year=1990 + index % 40)
        elif deadline is not None:
            deadline = attrs.evolve(deadline, text=f"{deadline.text} số {index}")
        citations = [
            attrs.evolve(c, number=attrs.evolve(c.number, number=str(index + 1)))
            for c in task.citations
        ]
        changed.append(attrs.evolve(task, deadline=deadline, citations=citations))
    return attrs.evolve(instrument, body=attrs.evolve(instrument.body, tasks=changed))
