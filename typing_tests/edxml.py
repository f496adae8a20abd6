"""What a downstream ``mypy --strict`` sees of the edXML classes (see typing_tests/model.py)."""

from __future__ import annotations

from vnadmin import Instrument, Regime
from vnadmin.edxml import Attachment, EdxmlPackage, Organ

instrument = Instrument(regime=Regime.STATE)
sender = Organ(organ_id="000.00.00.H41", name="UBND tỉnh Sóc Trăng")

EdxmlPackage(instrument=instrument, sender=sender, receivers=[sender], lost=["subject"])
reveal_type(EdxmlPackage(instrument=instrument, sender=sender).receivers)  # N: Revealed type is "tuple[vnadmin.edxml.model.Organ, ...]"

EdxmlPackage(instrument=instrument, sender=sender, receivers=["000.00.00.H41"])  # E: List item 0 has incompatible type "str"; expected "Organ"  [list-item]
EdxmlPackage(instrument=instrument, sender=sender, attachments=[b"%PDF"])  # E: List item 0 has incompatible type "bytes"; expected "Attachment"  [list-item]
EdxmlPackage(instrument=instrument, sender=sender, lost="subject")  # E: Argument "lost" to "EdxmlPackage" has incompatible type "str"; expected "Texts"  [arg-type]
Attachment(name="cv.pdf", payload="%PDF")  # E: Argument "payload" to "Attachment" has incompatible type "str"; expected "bytes"  [arg-type]
