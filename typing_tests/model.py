"""What a downstream project's ``mypy --strict`` sees of the model (run by tests/test_typing.py).

Each ``# E:`` comment is the error mypy must report on its line, each ``# N:`` the note;
a line without one must check clean.  The mistakes are those a new user makes: a string
where an organisation goes, one string where a list of strings goes, numbers for tasks.
"""

from __future__ import annotations

import datetime

from vnadmin import (
    ArchiveLine,
    Assignment,
    Authority,
    Body,
    Citation,
    DocumentNumber,
    Instrument,
    Organization,
    Paragraph,
    PartialDate,
    Recipient,
    Regime,
    Role,
    SignatureBlock,
    SigningMark,
    Task,
)

S = Regime.STATE
org = Organization(name="Sở Nội vụ")
task = Task(label="1.", text="Triển khai thực hiện.")

# Right: lists, tuples and generators of the items' class ----------------------------------
Instrument(regime=S, addressees=[org], signatures=(SignatureBlock(name="Nguyễn Văn A"),))
Body(tasks=(Task(text=t) for t in ("Một.", "Hai.")), closing=[task])
ArchiveLine(units=["VT", "TH"])
ArchiveLine(units=("VT",))
DocumentNumber(issuer_abbreviation="UBND", extra_parts=["VP"])
Task(text="Báo cáo.", attachment_notes=["có đề cương đính kèm"], subtasks=[task])

# What the attributes hold: always tuples -----------------------------------------------
reveal_type(Instrument(regime=S).addressees)  # N: Revealed type is "tuple[vnadmin.model.parties.Organization, ...]"
reveal_type(ArchiveLine(units=["VT"]).units)  # N: Revealed type is "tuple[str, ...]"
reveal_type(task.subtasks)  # N: Revealed type is "tuple[vnadmin.model.tasks.Task, ...]"

# Wrong: a value of another class in a tuple field ---------------------------------------
Instrument(regime=S, addressees=["Sở Nội vụ"])  # E: List item 0 has incompatible type "str"; expected "Organization"  [list-item]
Instrument(regime=S, distribution=["Như trên"])  # E: List item 0 has incompatible type "str"; expected "Recipient"  [list-item]
Instrument(regime=S, signatures=[org])  # E: List item 0 has incompatible type "Organization"; expected "SignatureBlock"  [list-item]
Instrument(regime=S, appendices=["Phụ lục I"])  # E: List item 0 has incompatible type "str"; expected "Appendix"  [list-item]
Task(text="Báo cáo.", subtasks=[1])  # E: List item 0 has incompatible type "int"; expected "Task"  [list-item]
Task(text="Báo cáo.", assignments=[(Role.LEAD, "Sở Nội vụ")])  # E: List item 0 has incompatible type "tuple[Role, str]"; expected "Assignment"  [list-item]
Task(text="Báo cáo.", citations=["Chỉ thị số 33/CT-TTg"])  # E: List item 0 has incompatible type "str"; expected "Citation"  [list-item]
Body(tasks=["1. Triển khai."])  # E: List item 0 has incompatible type "str"; expected "Task"  [list-item]
Body(preamble=[task])  # E: List item 0 has incompatible type "Task"; expected "Paragraph"  [list-item]
Paragraph(text="Căn cứ ...", citations=[org])  # E: List item 0 has incompatible type "Organization"; expected "Citation"  [list-item]
SignatureBlock(authorities=[SigningMark.KT])  # E: List item 0 has incompatible type "SigningMark"; expected "Authority"  [list-item]
Body(tasks=task)  # E: Argument "tasks" to "Body" has incompatible type "Task"; expected "Iterable[Task]"  [arg-type]

# Wrong: one string where strings go ----------------------------------------------------
ArchiveLine(units="VT")  # E: Argument "units" to "ArchiveLine" has incompatible type "str"; expected "Texts"  [arg-type]
DocumentNumber(issuer_abbreviation="UBND", extra_parts="VP")  # E: Argument "extra_parts" to "DocumentNumber" has incompatible type "str"; expected "Texts"  [arg-type]
Task(text="Báo cáo.", attachment_notes="có đề cương")  # E: Argument "attachment_notes" to "Task" has incompatible type "str"; expected "Texts"  [arg-type]
ArchiveLine(units=[1])  # E: List item 0 has incompatible type "int"; expected "str"  [list-item]

# Wrong: plain values where model values go ---------------------------------------------
Instrument(regime="state")  # E: Argument "regime" to "Instrument" has incompatible type "str"; expected "Regime"  [arg-type]
Instrument(regime=S, date=datetime.date(2024, 5, 1))  # E: Argument "date" to "Instrument" has incompatible type "date"; expected "PartialDate | None"  [arg-type]
Instrument(regime=S, issuer="UBND TỈNH")  # E: Argument "issuer" to "Instrument" has incompatible type "str"; expected "Organization | None"  [arg-type]
PartialDate(day="05")  # E: Argument "day" to "PartialDate" has incompatible type "str"; expected "int | None"  [arg-type]
Assignment(role="lead", actor="Sở Nội vụ")  # E: Argument "role" to "Assignment" has incompatible type "str"; expected "Role"  [arg-type]
Authority(mark="KT", applies_to="GIÁM ĐỐC")  # E: Argument "mark" to "Authority" has incompatible type "str"; expected "SigningMark"  [arg-type]
Recipient(name="Như trên", purpose=1)  # E: Argument "purpose" to "Recipient" has incompatible type "int"; expected "str | None"  [arg-type]
Citation(number="33/CT-TTg")  # E: Argument "number" to "Citation" has incompatible type "str"; expected "DocumentNumber | None"  [arg-type]
task.text = "Khác."  # E: Property "text" defined in "Task" is read-only  [misc]
