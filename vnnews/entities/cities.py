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
from . import company_words, match_words, person_words, phrasebooks, world_words
from .foreign import looks_foreign
from .locations import find_locations, location_entity  # noqa: F401 (doctests)
from .tokens import Phrasebook, Syllable, syllables, token_range

_HEAD = ("thành", "phố")
# Heads of administrative units: before a foreign-spelt name no registry holds, a unit abroad
# ("tỉnh Yala", "quận Abu Ghraib", "thị trấn Mitrovica").
_UNIT_HEADS = {"thành": (_HEAD,), "tỉnh": (("tỉnh",),), "quận": (("quận",),), "huyện": (("huyện",),),
               "thị": (("thị", "trấn"),)}
_CHINESE_PROVINCES = Phrasebook(world_words.PROVINCES_OF_CHINA)
_PLACE_PREPOSITIONS = frozenset({"ở", "tại"})
_PLACE_NOUNS = frozenset({("thủ", "đô"), ("thủ", "phủ"), ("thánh", "địa"), ("khu", "vực")})
_CUE_WORDS = _PLACE_PREPOSITIONS | {last for _, last in _PLACE_NOUNS}
_NOT_PLACE_WORDS = match_words.COMPETITION_WORDS | company_words.FOREIGN_COMPANY_WORDS | (world_words.FOREIGN_EVENT_WORDS - {
    "bridge", "park", "stadium", "arena", "street", "road", "avenue", "square"}) | {"real", "oscar", "expo"}
"""Words of competitions, bodies and events ("tại Euro 2004", "ở Real", "ở Oscar", "tại Expo
Singapore"); the place words of foreign names stay ("tại Allianz Arena")."""
_PLURAL_BEFORE = frozenset({"các", "những", "nhiều", "mọi", "hai", "ba", "vài"})
MAX_NAME = 3


def with_city_heads(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with "thành phố" joined to the foreign city after it, and foreign-spelt
    names after that head or a unit's ("tỉnh", "quận", "huyện", "thị trấn") that no entity
    holds added as LOCATION.

    >>> t = "Tại thành phố Diwaniya, các thành phố Trung Quốc và thành phố Hà Nội, ở tỉnh Yala"
    >>> [e.text for e in with_city_heads(t, syllables(t), find_locations(t, syllables(t)))]
    ['thành phố Diwaniya', 'Trung Quốc', 'tỉnh Yala']

    A foreign name another rule took for a person by its spelling alone is the unit's:

    >>> from .foreign import find_foreign_names
    >>> t = "Vụ nổ ở quận Abu Ghraib."
    >>> [(e.label, e.text) for e in with_city_heads(t, syllables(t), find_foreign_names(t, syllables(t), set()))]
    [('LOCATION', 'quận Abu Ghraib')]
    """
    heads = [(k, head) for k in range(len(tokens) - 1) for head in _UNIT_HEADS.get(tokens[k].low, ())
             if _head_at(tokens, k, head)]
    if not heads:
        return entities
    starts = [t.start for t in tokens]
    by_start = {e.start: e for e in entities}
    taken = {k for e in entities for k in token_range(starts, e.start, e.end)}
    out = list(entities)
    for k, head in heads:
        name = tokens[k + len(head)]
        known = by_start.get(name.start)
        province = _province_of_china(tokens, k + 1, known) if head[0] == "tỉnh" else 0
        if province:
            if known is not None:
                out.remove(known)
            out.append(location_entity(text, tokens, k, k + 1 + province, "world", head="tỉnh"))
            continue
        if known is not None:
            if head == _HEAD and _is_foreign_city(known, tokens, k + 2) or _foreign_name_of_a_unit(known):
                out[out.index(known)] = _with_head(text, tokens[k], known, " ".join(head))
            continue
        end = _foreign_run_end(tokens, k + len(head), taken)
        if end > k + len(head):
            out.append(location_entity(text, tokens, k, end, "world", head=" ".join(head)))
    return sorted(out, key=lambda e: (e.start, -e.end))


def with_places_after_prepositions(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with free foreign-spelt names after "ở" or "tại", or after a noun only a
    place follows ("thủ đô", "thủ phủ", "thánh địa", "khu vực"), added as LOCATION ("ở
    Tennessee", "tại Korasuv", "thủ đô Amman"): nothing else found them a person or a body,
    here or elsewhere in the text ("Thủ môn Liverpool ... ở Liverpool" may be the club).

    >>> t = "Hàng được đưa tới một cơ sở ở Tennessee để thẩm định."
    >>> [e.text for e in with_places_after_prepositions(t, syllables(t), [])]
    ['Tennessee']
    """
    cues = [k for k in range(len(tokens) - 1) if tokens[k].low in _CUE_WORDS
            and (tokens[k].low in _PLACE_PREPOSITIONS or _place_noun_ends(tokens, k)) and tokens[k].text.islower() and tokens[k + 1].linked and tokens[k + 1].cap
            and not (k > 0 and tokens[k - 1].low == "việc")]  # "làm việc tại": a body
    if not cues:
        return entities
    starts = [t.start for t in tokens]
    taken = {k for e in entities for k in token_range(starts, e.start, e.end)}
    bodies = {e.text for e in entities if e.label == "ORGANIZATION"}
    out = list(entities)
    for k in cues:
        end = _foreign_run_end(tokens, k + 1, taken)
        if end > k + 1 and not _event_or_body(text, tokens, k + 1, end) \
                and text[tokens[k + 1].start:tokens[end - 1].end] not in bodies:  # "ở Liverpool", the club
            out.append(location_entity(text, tokens, k + 1, end, "world"))
    return sorted(out, key=lambda e: (e.start, -e.end))


def _place_noun_ends(tokens: Sequence[Syllable], k: int) -> bool:
    """Whether a noun that only a place follows ends at ``k``: "thủ đô Amman", "thủ phủ
    Pristina", "thánh địa Najaf", "khu vực Kaliningrad".

    >>> t = syllables("ở thủ đô Amman và khu vực Ballarat")
    >>> [_place_noun_ends(t, k) for k in (2, 6)]
    [True, True]
    """
    return k > 0 and (tokens[k - 1].low, tokens[k].low) in _PLACE_NOUNS and tokens[k].linked


def _province_of_china(tokens: Sequence[Syllable], i: int, known: Entity | None) -> int:
    """Syllables of a province of China at ``i`` that nothing else read, or read only as a
    place of the same span ("Hồ Bắc" as a lake), with no capitalised word after; else 0.

    >>> t = syllables("tỉnh Quảng Đông, tỉnh Hắc Long Giang và tỉnh Quảng Nam")
    >>> [_province_of_china(t, k, None) for k in (1, 4, 9)]
    [2, 3, 0]
    """
    hit = _CHINESE_PROVINCES.match(tokens, i)
    if hit is None or not all(t.cap for t in tokens[i:i + hit[0]]):
        return 0
    end = i + hit[0]
    if end < len(tokens) and tokens[end].linked and tokens[end].cap:
        return 0  # a longer name
    if known is not None and not (known.label == "LOCATION" and known.end == tokens[end - 1].end):
        return 0
    return hit[0]


def _head_at(tokens: Sequence[Syllable], k: int, head: tuple[str, ...] = _HEAD) -> bool:
    """Lower-case ``head`` ("thành phố", "tỉnh", ...) at ``k``, directly before a capitalised
    word, not after a plural.

    >>> t = syllables("tỉnh Yala và các tỉnh Aceh")
    >>> _head_at(t, 0, ("tỉnh",)), _head_at(t, 4, ("tỉnh",))
    (True, False)
    """
    after = k + len(head)
    words = tokens[k:after]
    return after < len(tokens) and tuple(t.low for t in words) == head and all(t.text.islower() for t in words) \
        and all(t.linked for t in tokens[k + 1:after + 1]) and tokens[after].cap \
        and not (k > 0 and words[0].linked and tokens[k - 1].low in _PLURAL_BEFORE)


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


def _event_or_body(text: str, tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """A competition or a body ("tại Euro 2004", "ở Champions League", "tại Procter Gamble
    Co"), or a name going on in the text ("Gophatdat.com", "Sotheby's", "Stade de France")."""
    words = {part for t in tokens[i:end + 1] if t.linked or t is tokens[i] for part in t.low.split("-")}
    if words & _NOT_PLACE_WORDS or any(c in t.text for t in tokens[i:end] for c in "'’&"):
        return True
    after = text[tokens[end - 1].end:tokens[end - 1].end + 2]
    if after[:1] in {"'", "’"} or (after[:1] == "." and (after[1:2].isalnum() or len(tokens[end - 1].text) <= 2)):
        return True  # "Sotheby's", "St James' Park", "Gophatdat.com", "St. John's"
    return end < len(tokens) and tokens[end].linked and (
        tokens[end].text[:1].isdigit() or tokens[end].low in person_words.NAME_PARTICLES)  # "Euro 2004", "Stade de France"


def _foreign_name_of_a_unit(entity: Entity) -> bool:
    """A foreign name taken for a person only by its spelling, right after a unit's head:
    "quận Abu Ghraib", "thành phố Khan Younis" are places (a person after a head has a post
    or an honorific as cue, not its spelling alone)."""
    return entity.label == "PERSON" and entity.attrs.get("cue") == "foreign"


def _with_head(text: str, head: Syllable, entity: Entity, head_words: str = "thành phố") -> Entity:
    surface = text[head.start:entity.end]
    attrs = {**entity.attrs, "head": head_words, "kind": "world"}
    attrs.pop("cue", None)
    return Entity("LOCATION", head.start, entity.end, surface, " ".join(surface.split()), attrs)
