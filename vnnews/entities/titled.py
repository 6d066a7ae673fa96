"""Persons named like a place: a one-syllable given name that is also a country's ("bà
Nga", "ông Anh nói"), and a full name after a post that is also a city's ("Chủ tịch Hồ Chí
Minh").

Vietnamese given names include country words ("Nga", "Anh", "Đức", "Mỹ", "Hoa"). Written
alone they are mostly the country, so the place finders take them; right after a personal
honorific ("ông", "bà", "anh", "chị", ...) and with no capital after, they are a person's
name. Longer places after an honorific stay places ("trẻ em Việt Nam"), and so do those
after "em", which also means "children" ("các em Lào"). A surname and two more syllables
right after a post name its holder even where a place bears the same name; a two-syllable
one does not ("Bí thư Lâm Đồng" is the province's secretary).

>>> t = "Theo bà Nga, ông Anh đã ký với Nga."
>>> toks = syllables(t)
>>> nga, anh, russia = (location_entity(t, toks, k, k + 1, "world") for k in (2, 4, 8))
>>> [(e.text, e.attrs["honorific"]) for e in find_titled_country_names(t, toks, set(), [nga, anh, russia])]
[('Nga', 'bà'), ('Anh', 'ông')]
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from .locations import location_entity  # noqa: F401 (doctests)
from .persons import honorific_before, name_run_end, person_entity, starts_person
from .tokens import Syllable, syllables, token_range  # noqa: F401 (doctests)

PERSONAL_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "cô", "chú", "bác", "cụ"})
"""Honorifics that put a person's name after them, and nothing else."""


def find_titled_country_names(text: str, tokens: Sequence[Syllable], taken: Collection[int],
                              locations: Sequence[Entity]) -> list[Entity]:
    """PERSON entities for one-syllable world places written right after a personal
    honorific, on tokens not in ``taken``.

    >>> t = "Chị Mỹ bán hàng cho bà Hoa Kỳ."
    >>> toks = syllables(t)
    >>> [e.text for e in find_titled_country_names(t, toks, set(), [location_entity(t, toks, 6, 8, "world")])]
    []
    """
    words = [p for p in locations if p.attrs.get("kind") == "world" and " " not in p.text]
    starts = [t.start for t in tokens] if words else []
    found = []
    for place in words:
        span = token_range(starts, place.start, place.end)
        if len(span) != 1 or span.start in taken:
            continue
        k = span.start
        honorific = honorific_before(tokens, k, text)
        if honorific not in PERSONAL_HONORIFICS or (k + 1 < len(tokens) and tokens[k + 1].linked and tokens[k + 1].cap):
            continue
        found.append(person_entity(text, tokens, k, k + 1, "honorific", honorific=honorific))
    return found


def find_full_names_over_places(text: str, tokens: Sequence[Syllable], taken: Collection[int],
                                posts: Sequence, places: Sequence[Entity]) -> list[tuple[Entity, object]]:
    """(PERSON, post) pairs for full names of three syllables written right after a post
    (a :class:`.officials.Post`) whose span a place of ``places`` has too, on free tokens.

    >>> from .officials import find_posts
    >>> t = "Lăng Chủ tịch Hồ Chí Minh và Bí thư Lâm Đồng"
    >>> toks = syllables(t)
    >>> hcm, ld = Entity("PROVINCE", 14, 25, "Hồ Chí Minh"), Entity("PROVINCE", 36, 44, "Lâm Đồng")
    >>> [(p.text, post.text) for p, post in find_full_names_over_places(t, toks, set(), find_posts(t, toks, [], []), [hcm, ld])]
    [('Hồ Chí Minh', 'Chủ tịch')]
    """
    spans = {(p.start, p.end) for p in places}
    found = []
    for post in posts:
        k = post.end
        if k >= len(tokens) or not tokens[k].linked or not starts_person(tokens, k):
            continue
        end = name_run_end(tokens, k)
        if end - k == 3 and (tokens[k].start, tokens[end - 1].end) in spans and not any(j in taken for j in range(k, end)):
            found.append((person_entity(text, tokens, k, end, "post"), post))
    return found
