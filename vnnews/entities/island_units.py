"""Island districts and communes: "huyện đảo Lý Sơn", "xã đảo Thổ Châu".

"đảo" heads an island's name ("đảo Lý Sơn", a LOCATION), but after "huyện" or "xã" it says
what kind of unit the name is: the scanner reads the name as that unit
(:data:`.mentions.UNIT_DESCRIPTORS`), and the island read over the same name yields to it, as
the guideline has a unit typed by its type word. When the name is no registered unit (a
misspelling, "huyện đảo Bạch Long Vỹ") the island stays (the twenty-first stop).

>>> t = "Tại huyện đảo Lý Sơn và đảo Cồn Cỏ"
>>> islands = [Entity("LOCATION", 10, 20, "đảo Lý Sơn"), Entity("LOCATION", 24, 34, "đảo Cồn Cỏ")]
>>> [e.text for e in without_islands_of_units(t, islands, [Entity("DISTRICT", 14, 20, "Lý Sơn")])]
['đảo Cồn Cỏ']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity

_UNIT_BEFORE = regex.compile(r"(?:huyện|xã|Huyện|Xã) +$")
_ISLAND = regex.compile(r"(?:đảo|Đảo) +")


def without_islands_of_units(text: str, locations: Sequence[Entity], places: Sequence[Entity]) -> list[Entity]:
    """``locations`` without the islands written after "huyện"/"xã" whose name a unit in
    ``places`` holds exactly."""
    if "đảo" not in text and "Đảo" not in text:
        return list(locations)
    unit_spans = {(p.start, p.end) for p in places}
    return [e for e in locations if not _island_of_a_unit(text, e, unit_spans)]


def _island_of_a_unit(text: str, location: Entity, unit_spans: set[tuple[int, int]]) -> bool:
    island = _ISLAND.match(text, location.start, location.end)
    return island is not None and (island.end(), location.end) in unit_spans \
        and _UNIT_BEFORE.search(text, max(0, location.start - 8), location.start) is not None
