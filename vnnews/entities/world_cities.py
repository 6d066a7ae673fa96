"""Foreign cities of the shipped world-cities list (``models/world_places``, from GeoNames,
with its list of countries in English: "Maldives", "Benin") written where a place fits.

A city name alone proves nothing: "Tula", "Kirov", "Nice", "Honda" are also persons,
companies or English words. So a free capitalised name of the list becomes a LOCATION
only in a slot where a place fits:

- before its country in brackets or after a comma: "Pittsburgh (Mỹ)", "Oxford, Anh";
- after a word of going or being somewhere: "ở", "tại", "đến", "tới", "từ", "cách",
  "sang", "rời", "khỏi" ("cách Lagos 23 km"), or after "thành phố", "thủ đô" ("thành phố
  San Jose", the head part of the place as in :mod:`.cities`);
- in a list joined by a comma, "và", "hoặc" or a dash to a world place or a province
  another rule found ("Osaka, Kobe và Wellington", "TP HCM - Nagoya"); a foreign-spelt name
  no list holds joins such a list between a place and a city of the list ("St Petersburg,
  Krasnojarsk, Ulyanovsk");
- ending a university's name ("Đại học Oxford": the place inside the body, as the guideline
  annotates places in bodies; :func:`city_ending_university`, used by :mod:`.places_in_bodies`).

A name running on into more capitalised words ("Kirov Ballet", "Time Warner") is left
alone, and so is one that opens a sentence without a slot, one after a body's word
("truyền hình Phoenix") and a club, competition or company named like a city ("Monaco",
"Wimbledon", "Olympic").

>>> t = "Biểu tình ở St Petersburg, Kirov và Tula; ông Kirov nói."
>>> toks = syllables(t)
>>> known = [location_entity(t, toks, 3, 5, "world")]
>>> [e.text for e in with_world_cities(t, toks, known)]
['St Petersburg', 'Kirov', 'Tula']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from ..resources import load_once, model_file
from . import known_bodies, match_words, phrasebooks
from .foreign import looks_foreign
from .locations import location_entity
from .tokens import Phrasebook, Syllable, syllables, token_range

_UNIVERSITY_HEADS = (("đại", "học"), ("đh",), ("học", "viện"))
_PLACES_BEFORE_SUCH_AS = frozenset({"nơi", "phố", "điểm", "vùng", "thị"})  # "những nơi (khác) như Tula"
_CUE_WORDS = frozenset({"ở", "tại", "đến", "tới", "từ", "cách", "sang", "rời", "khỏi"})
_HEAD = ("thành", "phố")
_CUE_NOUNS = frozenset({_HEAD, ("thủ", "đô")})  # "thành phố San Jose", "thủ đô Santo Domingo"
_LIST_LINK = regex.compile(r"^\s*(?:,|-|–|\bvà\b|\bhoặc\b)\s*$")
_COUNTRY_OPEN = regex.compile(r"^\s*(?:\(|,)\s*$")
_COUNTRY_CLOSE = regex.compile(r"^\s*(?:\)|[,.;:!?]|$)")
_SCORE = regex.compile(r"(?<![\d/.,])\d{1,2} ?[-–] ?\d{1,2}(?![\d/])")
_DASH = regex.compile(r"[-–]")
MAX_ROUNDS = 8
_NOT_CITIES = frozenset(known_bodies.CLUBS_NAMED_LIKE_A_CITY) | match_words.COMPETITION_WORDS \
    | known_bodies.ONE_WORD_BODIES
"""Clubs, competitions, companies and media named like a city ("Monaco, Pháp", "tại Wimbledon",
"tại Olympic"): left to the team and body rules."""
_BODY_WORDS_BEFORE = frozenset({"hãng", "đài", "hình", "báo", "chí", "đội", "clb", "đoàn", "ty", "hiệu"})
"""Lower-case words ending a body's head: "truyền hình Phoenix (Hong Kong)", "hãng Nokia"."""


@load_once
def world_cities() -> Phrasebook:
    """The shipped lists of foreign cities and of countries in English (one name a line), as
    one phrasebook.

    >>> book = world_cities()
    >>> book.match(syllables("ở Nagoya"), 1), book.match(syllables("cho Maldives"), 1)
    ((1, 'Nagoya'), (1, 'Maldives'))
    """
    lines = [line for name in ("world_cities.txt", "world_countries.txt")
             for line in model_file("world_places", name).read_text(encoding="utf-8").splitlines()]
    return Phrasebook(line for line in lines if line)


def with_world_cities(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` with the free names of the world-cities list that stand in a place's slot
    added as LOCATION.

    >>> t = "Tiến sĩ làm việc ở Viện Magee, Pittsburgh (Mỹ) và cách Lagos 23 km."
    >>> [e.text for e in with_world_cities(t, syllables(t), [])]
    ['Pittsburgh', 'Lagos']
    """
    book = world_cities()
    starts = [t.start for t in tokens]
    taken = {k for e in entities for k in token_range(starts, e.start, e.end)}
    candidates = [(k, size) for k in range(len(tokens)) if k not in taken and tokens[k].cap
                  and (size := _free_match(book, tokens, k, taken))]
    if not candidates:
        return entities
    places = _PlaceEdges(e for e in entities
                         if e.label == "PROVINCE" or (e.label == "LOCATION" and e.attrs.get("kind") == "world"))
    found: list[Entity] = []
    pending = list(candidates)
    bridges = _bridges(tokens, taken, candidates)
    listed = {k for k, _ in candidates}
    for _ in range(MAX_ROUNDS):  # a list is read item by item from its known place
        added = [(k, size) for k, size in pending
                 if _in_slot(text, tokens, k, size) or _listed_with(text, tokens[k], tokens[k + size - 1], places)]
        added += [(k, 1) for k in bridges if _bridges_list(text, tokens, k, places, listed)]
        if not added:
            break
        new = [_city_entity(text, tokens, k, size) for k, size in added]
        found += new
        places.add(new)
        added_set = set(added)
        pending = [c for c in pending if c not in added_set]
        bridges = [k for k in bridges if (k, 1) not in added_set]
    return sorted(entities + found, key=lambda e: (e.start, -e.end)) if found else entities


def _city_entity(text: str, tokens: Sequence[Syllable], k: int, size: int) -> Entity:
    """The LOCATION of a city at ``k``; a lower-case "thành phố" before it is part of it, as
    the guideline has it for foreign cities ("thành phố San Jose")."""
    if k > 1 and tokens[k].linked and tokens[k - 1].linked and (tokens[k - 2].low, tokens[k - 1].low) == _HEAD \
            and tokens[k - 2].text.islower() and tokens[k - 1].text.islower():
        return location_entity(text, tokens, k - 2, k + size, "world", head="thành phố", source="world_cities")
    return location_entity(text, tokens, k, k + size, "world", source="world_cities")


def _bridges(tokens: Sequence[Syllable], taken: set[int], candidates: list[tuple[int, int]]) -> list[int]:
    """Free one-word foreign-spelt names no list holds ("Krasnojarsk"), standing alone: places
    only between places of a list (before a country alone they are as often a university, a
    newspaper or a player: "Harvard (Mỹ)", "Newsru (Nga)")."""
    listed = {k for k, _ in candidates}
    return [k for k, t in enumerate(tokens) if k not in taken and k not in listed and t.name_like and looks_foreign(t)
            and t.low not in _NOT_CITIES and not _after_body_word(tokens, k)
            and not (k + 1 < len(tokens) and tokens[k + 1].linked and tokens[k + 1].cap)
            and not (k > 0 and t.linked and tokens[k - 1].cap)]


def _after_body_word(tokens: Sequence[Syllable], k: int) -> bool:
    return k > 0 and tokens[k].linked and tokens[k - 1].low in _BODY_WORDS_BEFORE and tokens[k - 1].text.islower()


class _PlaceEdges:
    """Where the places found so far start and end: the list rules ask only "does a place
    end (or start) within a few characters of here?", which sets answer in constant time
    however many places a long text holds.

    >>> edges = _PlaceEdges([Entity("LOCATION", 0, 5, "Osaka")])
    >>> edges.add([Entity("LOCATION", 7, 11, "Kobe")])
    >>> sorted(edges.starts), sorted(edges.ends)
    ([0, 7], [5, 11])
    """

    def __init__(self, places=()):
        self.starts: set[int] = set()
        self.ends: set[int] = set()
        self.add(places)

    def add(self, places) -> None:
        for place in places:
            self.starts.add(place.start)
            self.ends.add(place.end)

    def ending_within(self, low: int, high: int) -> list[int]:
        """The ends in ``low..high`` (both included), in order."""
        return [end for end in range(max(low, 0), high + 1) if end in self.ends]

    def starting_within(self, low: int, high: int) -> list[int]:
        """The starts in ``low..high`` (both included), in order."""
        return [start for start in range(max(low, 0), high + 1) if start in self.starts]


def _bridges_list(text: str, tokens: Sequence[Syllable], k: int, places: _PlaceEdges, listed: set[int]) -> bool:
    """A name no list holds between two items of a list of places: a place found before it
    and a city of the list after it, each joined by a comma ("St Petersburg, Krasnojarsk,
    Ulyanovsk"); ``listed`` holds the first tokens of the list's cities written in the text."""
    token = tokens[k]
    before = any(text[end:token.start].strip() == "," for end in places.ending_within(token.start - 3, token.start))
    if not before or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return text[token.end:after.start].strip() == "," and (k + 1 in listed or after.start in places.starts)


def _free_match(book: Phrasebook, tokens: Sequence[Syllable], k: int, taken: set[int]) -> int:
    """Size of the list's city written at ``k`` on free, capitalised tokens that no further
    capitalised word continues ("Time Warner"), else 0."""
    hit = book.match(tokens, k)
    if hit is None or hit[1].lower() in _NOT_CITIES:
        return 0
    if _after_body_word(tokens, k):
        return 0
    end = k + hit[0]
    if any(j in taken or not tokens[j].cap for j in range(k, end)):
        return 0
    if end < len(tokens) and tokens[end].linked and tokens[end].cap:
        return 0
    if k > 0 and tokens[k].linked and tokens[k - 1].cap and k - 1 not in taken:
        return 0  # "Ông Kirov" opening a sentence, "Đại học Oxford" left to the bodies
    return hit[0]


def city_ending_university(tokens: Sequence[Syllable], body: range) -> int | None:
    """Where a city of the list starts that ends the name of a university ``body`` (tokens),
    only lower-case words between the head and the city ("Đại học Oxford", "Đại học danh
    tiếng Padua"; not "Đại học East China Normal"), else None.

    >>> t = syllables("Đại học Oxford và Đại học East China Normal")
    >>> city_ending_university(t, range(0, 3)), city_ending_university(t, range(4, 9))
    (2, None)
    """
    words = tuple(t.low for t in tokens[body.start:body.start + 2])
    head = next((h for h in _UNIVERSITY_HEADS if words[:len(h)] == h), None)
    if head is None:
        return None
    book = world_cities()
    for k in range(body.start + len(head), body.stop):
        if tokens[k].cap:
            hit = book.match(tokens, k)
            return k if hit and k + hit[0] == body.stop else None
    return None


def _in_slot(text: str, tokens: Sequence[Syllable], k: int, size: int) -> bool:
    """After a word of place ("cách Lagos", "những nơi như Tula") or before its country
    ("Pittsburgh (Mỹ)")."""
    before = tokens[k - 1] if k > 0 else None
    if before is not None and tokens[k].linked and before.text.islower() and (
            before.low in _CUE_WORDS or (before.low == "như" and _places_before(tokens, k - 1))
            or (k > 1 and before.linked and (tokens[k - 2].low, before.low) in _CUE_NOUNS)):
        return True
    return _before_country(text, tokens, k + size)


def _before_country(text: str, tokens: Sequence[Syllable], end: int) -> bool:
    """A country in brackets or after a comma at ``end``, closing there: "(Mỹ)", ", Anh."."""
    if end >= len(tokens) or not _COUNTRY_OPEN.match(text[tokens[end - 1].end:tokens[end].start]):
        return False
    country = phrasebooks.COUNTRIES.match(tokens, end)
    if country is None or not tokens[end].cap:
        return False
    after = tokens[end + country[0] - 1].end
    return bool(_COUNTRY_CLOSE.match(text[after:after + 2]))


def _places_before(tokens: Sequence[Syllable], k: int) -> bool:
    """A word of places before "như" at ``k``: "những nơi như", "các thành phố khác như"."""
    j = k - 2 if k >= 2 and tokens[k - 1].low == "khác" else k - 1
    return j >= 0 and tokens[j].low in _PLACES_BEFORE_SUCH_AS and tokens[j].text.islower()


def _listed_with(text: str, first: Syllable, last: Syllable, places: _PlaceEdges) -> bool:
    """Joined by a comma, "và", "hoặc" or a dash to a world place just before or after; a
    dash before a score joins two teams ("Việt Nam - Maldives 4-0"), no places.

    >>> t = "Việt Nam - Maldives 4-0"
    >>> _listed_with(t, syllables(t)[3], syllables(t)[3], _PlaceEdges([Entity("LOCATION", 0, 8, "Việt Nam")]))
    False
    """
    fixture = _SCORE.search(text, last.end, last.end + 30) is not None
    return any(_joins(text[end:first.start], fixture) for end in places.ending_within(first.start - 6, first.start)) \
        or any(_joins(text[last.end:start], fixture) for start in places.starting_within(last.end, last.end + 6))


def _joins(between: str, fixture: bool) -> bool:
    return bool(_LIST_LINK.match(between)) and not (fixture and _DASH.search(between))
