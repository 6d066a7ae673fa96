"""Seats of power named by their building: "Nhà Trắng", "Điện Kremlin", "Kremlin", "Vatican".

News names a government by the place it sits in ("người đứng đầu Nhà Trắng", "ông chủ
Kremlin", "Vatican phản bác"). The guideline annotates landmarks as LOCATION, and the gold
batches do so every time they name these (Nhà Trắng 4 times, Kremlin 3, Vatican 2), while
the body lists took "Nhà Trắng" and "Điện Kremlin" for organisations and no rule read a bare
"Kremlin" or "Vatican" (or read it as a person by its spelling). Here the building is a
LOCATION: a body read with one of these names exactly, or a person read as a bare name,
becomes the place, and a bare "Kremlin" or "Vatican" inside no other entity is
added, with its lower-case head ("tòa thánh Vatican"; "Tòa Thánh Vatican", read as something
else, is left as it is).

>>> from .recognizer import EntityRecognizer
>>> t = "Người đứng đầu Nhà Trắng và ông chủ Kremlin gặp nhau; Vatican phản bác."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
[('LOCATION', 'Nhà Trắng'), ('LOCATION', 'Kremlin'), ('LOCATION', 'Vatican')]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .positions import EntitiesByStart

BUILDINGS = ("Nhà Trắng", "Điện Kremlin")
"""Seats of power that the body lists also hold (as bodies without a head word)."""
BARE_NAMES = ("Kremlin", "Vatican")
"""One-word seats of power no other rule reads."""
_BARE = regex.compile(r"(?<![\p{L}\p{M}\d-])(?:(?:tòa|toà|điện) (?:thánh )?)?(?:" + "|".join(BARE_NAMES)
                      + r")(?![\p{L}\p{M}\d-])")  # "tòa thánh Vatican", "điện Kremlin": with the lower-case head


def with_seats_of_power(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the seats of power as LOCATIONs.

    >>> t = "Điện Kremlin ra tuyên bố."
    >>> [(e.label, e.text) for e in with_seats_of_power(t, [Entity("ORGANIZATION", 0, 12, "Điện Kremlin")])]
    [('LOCATION', 'Điện Kremlin')]
    """
    out = [_as_place(e) if e.label == "ORGANIZATION" and " ".join(e.text.split()) in BUILDINGS
           or e.label == "PERSON" and e.text in BARE_NAMES else e for e in entities]  # "ông chủ Kremlin bác bỏ": no person
    if not any(name in text for name in BARE_NAMES):
        return out
    held = EntitiesByStart(out)
    added = [Entity("LOCATION", m.start(), m.end(), m.group(), m.group(), {"kind": "landmark"})
             for m in _BARE.finditer(text) if not held.overlap(m.start(), m.end())]
    return sorted(out + added, key=lambda e: (e.start, -e.end)) if added else out


def _as_place(entity: Entity) -> Entity:
    return Entity("LOCATION", entity.start, entity.end, entity.text, entity.name, {"kind": "landmark"}, entity.score)
