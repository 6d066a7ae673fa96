"""Bodies named in a list beside other bodies: "Samsung, LG, Toshiba, JVC và Sony".

News lists companies, agencies or parties side by side ("các công ty như Samsung, LG,
Nokia, ZTE, BenQ", "(TI, AFP, BBC)"). When items of a list (joined by commas and a last "và") are already
organisations, the other items spelt like a brand are organisations too: a free run of one
to three capitalised syllables each foreign-spelt, upper case or with a capital inside
("LG", "JVC", "Comcast").

Not taken: a list of two ("Wireless-G và SpeedBooster", "Công đảng, Cook vẫn ..."), a list
where known bodies are fewer than the names that are not (one product taken for a body
must not make "Word, Excel, PowerPoint" companies), a list holding a place or a person (a
list of mixed things: "Microsoft, Bill Gates và Steve Ballmer"), a Vietnamese word (no brand
spelling), a generic acronym of a body without a name ("UBND", "BTC") or of a unit or a
currency ("USD").

>>> from ..document import Entity
>>> t = "Các hãng như Samsung, LG, Toshiba và JVC đều giảm giá."
>>> found = [Entity("ORGANIZATION", 13, 20, "Samsung"), Entity("ORGANIZATION", 26, 33, "Toshiba")]
>>> [(e.label, e.text) for e in with_listed_bodies(t, syllables(t), found)]
[('ORGANIZATION', 'Samsung'), ('ORGANIZATION', 'LG'), ('ORGANIZATION', 'Toshiba'), ('ORGANIZATION', 'JVC')]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .foreign import looks_foreign
from .organizations import organization_entity
from .tokens import Syllable, syllables, token_range  # noqa: F401 (doctests)
from .role_words import NOT_BRAND_ACRONYMS

_ROMAN = regex.compile(r"^[IVXLC]+$")
MAX_NAME = 3  # syllables of a free item
MIN_ITEMS = 3  # "Wireless-G và SpeedBooster", "Công đảng, Cook vẫn ...": two are no list
_SEPARATORS = frozenset({",", "và", ", và"})


def with_listed_bodies(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted by position) and ORGANIZATION entities for the free brand-spelt
    items of lists of bodies.

    >>> from ..document import Entity
    >>> t = "Word, Excel và PowerPoint"  # one body (wrongly) found: no list of bodies
    >>> found = [Entity("ORGANIZATION", 15, 25, "PowerPoint")]
    >>> [e.text for e in with_listed_bodies(t, syllables(t), found)]
    ['PowerPoint']
    """
    if not any(e.label == "ORGANIZATION" and _beside_a_separator(text, e) for e in entities):
        return entities
    owners = _outer_entities(tokens, entities)
    added: list[Entity] = []
    done: set[int] = set()
    for k, owner in enumerate(owners):
        if owner is None or owner.label != "ORGANIZATION" or k in done or tokens[k].start != owner.start:
            continue
        items = _list_around(text, tokens, owners, k)
        done.update(first for first, _stop, _entity in items)
        bodies = sum(e is not None and e.label == "ORGANIZATION" for _f, _s, e in items)
        free = [(first, stop) for first, stop, e in items if e is None]
        if len(items) < MIN_ITEMS or bodies + len(free) != len(items) or not free or bodies < len(free):
            continue  # too short to be a list, a list of mixed things, or mostly unknown names
        for first, stop in free:
            start, end = tokens[first].start, tokens[stop - 1].end
            added.append(organization_entity(text, start, end, "listed"))
    if not added:
        return entities
    return sorted(entities + added, key=lambda e: (e.start, -e.end))


def _beside_a_separator(text: str, entity: Entity) -> bool:
    """A cheap first look: a comma or "và" right before or after the entity."""
    return text.startswith((", ", " và "), entity.end) or text.endswith((", ", " và "), 0, entity.start)


def _outer_entities(tokens: Sequence[Syllable], entities: Sequence[Entity]) -> list[Entity | None]:
    """For each token, the longest entity covering it (None where no entity does)."""
    owners: list[Entity | None] = [None] * len(tokens)
    starts = [t.start for t in tokens]
    for entity in sorted(entities, key=lambda e: e.end - e.start):
        for k in token_range(starts, entity.start, entity.end):
            owners[k] = entity
    return owners


def _list_around(text: str, tokens: Sequence[Syllable], owners, k: int) -> list[tuple[int, int, Entity | None]]:
    """The items (first token, stop, entity or None) of the list holding the body at ``k``;
    an item that is neither an entity nor a brand-spelt free name ends the list."""
    stop = _entity_stop(tokens, owners, k)
    items = [(k, stop, owners[k])]
    first = k
    while (item := _item_before(text, tokens, owners, first)) is not None:
        items.insert(0, item)
        first = item[0]
    while (item := _item_after(text, tokens, owners, stop)) is not None:
        items.append(item)
        stop = item[1]
    return items


def _entity_stop(tokens, owners, k: int) -> int:
    stop = k
    while stop < len(tokens) and owners[stop] is owners[k]:
        stop += 1
    return stop


def _item_after(text: str, tokens, owners, stop: int):
    """The item after the list separator that follows token ``stop - 1``, if any."""
    k = stop + 1 if stop < len(tokens) and tokens[stop].low == "và" else stop
    if k >= len(tokens) or not _separated(text, tokens[stop - 1], tokens[k]):
        return None
    owner = owners[k]
    if owner is not None:
        return (k, _entity_stop(tokens, owners, k), owner) if tokens[k].start == owner.start else None
    end = k
    while end < len(tokens) and owners[end] is None and tokens[end].cap and (end == k or tokens[end].linked):
        end += 1
    return (k, end, None) if _brand_name(tokens, k, end) else None


def _item_before(text: str, tokens, owners, first: int):
    """The item before the list separator that precedes token ``first``, if any."""
    k = first - 2 if first >= 2 and tokens[first - 1].low == "và" else first - 1
    if k < 0 or not _separated(text, tokens[k], tokens[first]):
        return None
    owner = owners[k]
    if owner is not None:
        start = k
        while start > 0 and owners[start - 1] is owner:
            start -= 1
        return (start, k + 1, owner) if tokens[k].end == owner.end else None
    start = k
    while start > 0 and owners[start - 1] is None and tokens[start - 1].cap and tokens[start].linked \
            and brand_word(tokens[start - 1]):
        start -= 1
    return (start, k + 1, None) if _brand_name(tokens, start, k + 1) else None


def _separated(text: str, left: Syllable, right: Syllable) -> bool:
    """True when only a comma, "và" or ", và" (on one line) stands between the two tokens."""
    gap = text[left.end:right.start]
    return "\n" not in gap and " ".join(gap.replace(",", " , ").split()).replace(" ,", ",") in _SEPARATORS


def _brand_name(tokens: Sequence[Syllable], first: int, stop: int) -> bool:
    """1-3 capitalised syllables, each spelt like a brand, not a longer capitalised run."""
    if not 1 <= stop - first <= MAX_NAME:
        return False
    if stop < len(tokens) and tokens[stop].linked and (tokens[stop].cap or looks_foreign(tokens[stop])):
        return False  # "News of The World": part of a longer name
    return all(brand_word(t) for t in tokens[first:stop])


def brand_word(token: Syllable) -> bool:
    """"LG", "ATTA", "EarthLink", "Comcast" (not "Hùng", "Cả", "UBND", "USD", "IX").

    >>> [brand_word(t) for t in syllables("LG EarthLink Comcast Hùng Cả UBND USD IX")]
    [True, True, True, False, False, False, False, False]
    """
    word = token.text
    if not word[0].isupper() or any(c.isdigit() for c in word) or token.low in NOT_BRAND_ACRONYMS \
            or _ROMAN.match(word):
        return False  # "khóa IX, Bộ Chính trị": a number
    return (len(word) >= 2 and word.isupper()) or looks_foreign(token) or any(c.isupper() for c in word[1:])
