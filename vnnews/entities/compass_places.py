"""Foreign places after a compass word: "ở bắc Gaza", "phía Bắc Israel", "đông bắc Marốc",
"miền Bắc Thái Lan"; and foreign regions named by one: "Bắc Ireland", "Nam Australia".

A compass word (bắc, nam, đông, tây, and "đông bắc", "Tây Nam" ...) before a country or a
foreign city is either a direction inside it or part of a region's name. The guideline and
the gold read a direction as no part of the place ("phía nam Iraq", "miền nam Thái Lan":
the country alone) and a capitalised compass word opening a foreign region's name as part
of it ("Bắc Ireland", "Tây Australia", "Nam Ossetia"). The other rules missed both when the
capitalised compass word ran into the name ("phía Bắc Israel" read as no place, "Nam
Australia" as a person, "miền Bắc Thái Lan" as the old province "Bắc Thái" and a person
"Lan") or when the city stood in no other slot ("ở bắc Gaza").

- A direction: a lower-case compass word after a word of place ("ở", "tại", "phía",
  "miền", "vùng" ...) or a comma, or a capitalised one after "phía", "miền", "vùng",
  "mạn", "hướng", "khu vực": the country or list city after it is a LOCATION alone.
- A region: a capitalised compass word after no other capitalised word and not after those
  words of direction, before a foreign-spelt country or city ("Ireland", not "Anh": "Nam
  Anh" is as often a given name): the whole is a LOCATION.

A known name starting at the compass word wins ("Bắc Triều Tiên", "Đông Nam Á", "Nam Trung
Bộ"); a place inside a body's name is left to the body rules (an overlapping ORGANIZATION or
OFFICIAL leaves the text as it is), and entities lying wholly inside the new place (the
person "Nam Australia", the province "Bắc Thái") give way to it.

>>> from .recognizer import EntityRecognizer
>>> t = "Lửa từ phía Bắc Israel và ở bắc Gaza; ngân hàng ở Bắc Ireland."
>>> [e.text for e in EntityRecognizer().extract(t) if e.label == "LOCATION"]
['Israel', 'Gaza', 'Bắc Ireland']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import phrasebooks
from .foreign import looks_foreign
from .locations import location_entity
from .positions import EntitiesByStart
from .tokens import Syllable
from .world_cities import world_cities

COMPASS = frozenset({"bắc", "nam", "đông", "tây"})
_SECOND = frozenset({"bắc", "nam"})  # "đông bắc", "Tây Nam"
DIRECTION_HEADS = frozenset({"phía", "miền", "vùng", "mạn", "hướng", "vực"})  # "khu vực"
"""Lower-case words after which a compass word, even capitalised, is a direction."""
PLACE_WORDS = DIRECTION_HEADS | {"ở", "tại", "đến", "tới", "từ", "vào", "sang", "về", "khắp", "của",
                                 "thuộc", "gần"}
"""Lower-case words after which a lower-case compass word is a direction ("ở bắc Gaza")."""
_KEEP = frozenset({"ORGANIZATION", "OFFICIAL"})


def with_compass_places(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with the places after a compass word (or a region named by one) added.

    >>> from .tokens import syllables
    >>> t = "Máy bay bay trên tỉnh Nador, đông bắc Marốc và Nam Australia."
    >>> [e.text for e in with_compass_places(t, syllables(t), [])]
    ['Marốc', 'Nam Australia']
    """
    found = [hit for k, t in enumerate(tokens) if t.low in COMPASS and (hit := _place_at(text, tokens, k))]
    if not found:
        return entities
    held = EntitiesByStart(entities)
    added, dropped = [], set()
    for place, first in found:
        if not held.overlap(place.start, place.end):
            added.append(place)
            continue
        near = held.overlapping(place.start, place.end)
        if any(e.label in _KEEP or e.start < first or e.end > place.end for e in near) \
                or any((e.start, e.end, e.label) == (place.start, place.end, "LOCATION") for e in near):
            continue  # inside a body or a holder's name, or already found
        dropped.update(id(e) for e in near)
        added.append(place)
    if not added:
        return entities
    kept = [e for e in entities if id(e) not in dropped]
    return sorted(kept + added, key=lambda e: (e.start, -e.end))


def _place_at(text: str, tokens: Sequence[Syllable], k: int) -> tuple[Entity, int] | None:
    """The place after (or named by) the compass word at ``k``, and where the text starts
    that entities lying wholly inside give way to it ("Bắc Thái" in "miền Bắc Thái Lan")."""
    token = tokens[k]
    if phrasebooks.WORLD_PLACES.match(tokens, k) is not None:
        return None  # "Bắc Triều Tiên", "Đông Nam Á", "Nam Phi": a known name of its own
    if k > 0 and token.linked and tokens[k - 1].low in COMPASS:
        return None  # the second word of "đông bắc"
    p = k + 1
    if p < len(tokens) and tokens[p].linked and tokens[p].low in _SECOND and tokens[p].cap == token.cap:
        p += 1  # "đông bắc Marốc", "Tây Nam Nigeria"
    if p >= len(tokens) or not tokens[p].linked or not tokens[p].cap:
        return None
    size = _place_size(tokens, p)
    if not size:
        return None
    before = tokens[k - 1].low if k > 0 and token.linked and tokens[k - 1].text.islower() else None
    after_name = k > 0 and token.linked and tokens[k - 1].cap
    if not token.cap:
        if before in PLACE_WORDS or (k > 0 and not token.linked and text[tokens[k - 1].end:token.start].strip() == ","):
            return location_entity(text, tokens, p, p + size, "world", source="compass"), token.start
        return None
    if before in DIRECTION_HEADS:
        return location_entity(text, tokens, p, p + size, "world", source="compass"), token.start
    if after_name or not all(looks_foreign(tokens[j]) for j in range(p, p + size)):
        return None  # "Nguyễn Nam Australia"?; "Nam Anh", "Đông Anh": a name, a district
    return location_entity(text, tokens, k, p + size, "world", source="compass"), token.start


def _place_size(tokens: Sequence[Syllable], p: int) -> int:
    """Tokens of the country or foreign city written at ``p`` that no capitalised word
    continues, else 0."""
    hit = phrasebooks.WORLD_PLACES.match(tokens, p) or world_cities().match(tokens, p)
    if hit is None:
        return 0
    end = p + hit[0]
    if end < len(tokens) and tokens[end].linked and tokens[end].cap:
        return 0  # "Nam Baghdad" inside a longer name
    return hit[0]
