"""Foreign cities written after the lower-case head "thành phố": the head is part of the
LOCATION, as for any other place with its head noun (docs/entities_guideline.md).

"thành phố London" and "thành phố Paris" hold a city of the list; "thành phố Andijan"
holds a foreign-spelt name no list knows, which the head alone shows to be a city. A
country after the head is left alone ("các thành phố Trung Quốc": cities of a country),
and so is a head after a plural word ("các thành phố London và Paris").

>>> t = "Cảnh sát thành phố London và người dân thành phố Andijan."
>>> [e.text for e in with_city_heads(t, syllables(t), find_locations(t, syllables(t)))]
['thành phố London', 'thành phố Andijan']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import phrasebooks
from .foreign import looks_foreign
from .locations import find_locations  # noqa: F401 (doctests)
from .tokens import Syllable, syllables, token_range

_HEAD = ("thành", "phố")
_PLURAL_BEFORE = frozenset({"các", "những", "nhiều", "mọi", "hai", "ba", "vài"})
MAX_NAME = 3


def with_city_heads(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with "thành phố" joined to the foreign city after it, and foreign-spelt
    names after the head that no entity holds added as LOCATION.

    >>> t = "Tại thành phố Diwaniya, các thành phố Trung Quốc và thành phố Hà Nội"
    >>> [e.text for e in with_city_heads(t, syllables(t), find_locations(t, syllables(t)))]
    ['thành phố Diwaniya', 'Trung Quốc']
    """
    starts = [t.start for t in tokens]
    by_start = {e.start: e for e in entities}
    taken = {k for e in entities for k in token_range(starts, e.start, e.end)}
    out = list(entities)
    for k in range(len(tokens) - 2):
        if not _head_at(tokens, k):
            continue
        name = tokens[k + 2]
        known = by_start.get(name.start)
        if known is not None:
            if _is_foreign_city(known, tokens, k + 2):
                out[out.index(known)] = _with_head(text, tokens[k], known)
            continue
        end = _foreign_run_end(tokens, k + 2, taken)
        if end > k + 2:
            start_char, end_char = tokens[k].start, tokens[end - 1].end
            surface = text[start_char:end_char]
            out.append(Entity("LOCATION", start_char, end_char, surface, " ".join(surface.split()),
                              {"kind": "world", "head": "thành phố"}))
    return sorted(out, key=lambda e: (e.start, -e.end))


def _head_at(tokens: Sequence[Syllable], k: int) -> bool:
    """Lower-case "thành phố" at ``k``, directly before a capitalised word, not after a plural."""
    head = tokens[k], tokens[k + 1]
    return (head[0].low, head[1].low) == _HEAD and head[0].text.islower() and head[1].linked and tokens[k + 2].linked \
        and tokens[k + 2].cap and not (k > 0 and head[0].linked and tokens[k - 1].low in _PLURAL_BEFORE)


def _is_foreign_city(entity: Entity, tokens: Sequence[Syllable], i: int) -> bool:
    """A world place that is no country ("London", not "Trung Quốc")."""
    if entity.label != "LOCATION" or entity.attrs.get("kind") != "world":
        return False
    country = phrasebooks.COUNTRIES.match(tokens, i)
    return country is None or tokens[i + country[0] - 1].end < entity.end


def _foreign_run_end(tokens: Sequence[Syllable], i: int, taken: set[int]) -> int:
    """End of 1–3 free foreign-spelt capitalised words at ``i`` ("Andijan"), else ``i``."""
    end = i
    while end < len(tokens) and end - i < MAX_NAME and end not in taken and tokens[end].name_like \
            and looks_foreign(tokens[end]) and (end == i or tokens[end].linked):
        end += 1
    if end < len(tokens) and tokens[end].linked and tokens[end].cap:
        return i  # a longer capitalised name goes on: not sure where the city ends
    return end


def _with_head(text: str, head: Syllable, entity: Entity) -> Entity:
    surface = text[head.start:entity.end]
    return Entity("LOCATION", head.start, entity.end, surface, " ".join(surface.split()),
                  {**entity.attrs, "head": "thành phố"})
