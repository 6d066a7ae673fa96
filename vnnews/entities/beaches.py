"""The sea or the beach of a province, a city or a foreign city: "biển Đà Nẵng", "bãi biển
Hội An", "bãi biển Sydney".

"biển" and "bãi biển" head the names of seas and beaches ("biển Hoa Đông", "Biển Lăng Cô"),
but before the name of a province, a district-level city or a foreign city they say where:
the sea of that place. The gold annotates the place alone there ("biển Đà Nẵng": PROVINCE
Đà Nẵng; "bãi biển Hội An": DISTRICT Hội An; "biển Pusan", "bãi biển Sydney": the city), so
such a location gives way to the unit the scanner read over its name, or to the city alone
(the twenty-first stop). A capitalised head keeps its name whole ("Biển Lăng Cô"), and so does
a sea named after a country ("biển Nauy").

>>> t = "Tắm biển Đà Nẵng rồi ra bãi biển Sydney và biển Hoa Đông"
>>> found = [Entity("LOCATION", 4, 16, "biển Đà Nẵng"), Entity("LOCATION", 24, 39, "bãi biển Sydney"),
...          Entity("LOCATION", 43, 56, "biển Hoa Đông")]
>>> [e.text for e in without_seas_of_places(t, found, [Entity("PROVINCE", 9, 16, "Đà Nẵng")])]
['Sydney', 'biển Hoa Đông']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .world_words import COUNTRIES, FOREIGN_CITIES

_SEA = regex.compile(r"(?:bãi )?biển +")
_UNIT_LABELS = frozenset({"PROVINCE", "DISTRICT"})
_CITIES = frozenset(FOREIGN_CITIES) - frozenset(COUNTRIES)


def without_seas_of_places(text: str, locations: Sequence[Entity], places: Sequence[Entity]) -> list[Entity]:
    """``locations`` with each sea or beach of a province, a district or a foreign city
    dropped (the unit in ``places`` stands) or cut to the city."""
    if "biển" not in text:
        return list(locations)
    units = {(p.start, p.end) for p in places if p.label in _UNIT_LABELS}
    out = []
    for location in locations:
        sea = _SEA.match(text, location.start, location.end)
        if sea is None or sea.end() >= location.end:
            out.append(location)
        elif (sea.end(), location.end) in units:
            continue  # "biển Đà Nẵng": the province stands
        elif " ".join(text[sea.end():location.end].split()).lower() in _CITIES:
            out.append(_city(text, sea.end(), location))  # "bãi biển Sydney"
        else:
            out.append(location)
    return out


def _city(text: str, start: int, location: Entity) -> Entity:
    name = text[start:location.end]
    return Entity("LOCATION", start, location.end, name, " ".join(name.split()), {"kind": "world"})
