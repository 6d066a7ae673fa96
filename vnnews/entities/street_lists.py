"""Streets listed after one street word: "đường Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ...".

News lists streets the way it lists communes, with the head noun written once: "trên đường
Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ...", "ở tuyến Nguyễn Huệ, Lê Lợi, Hàm Nghi", "các
phố Hàng Bạc, Hàng Đào và Hàng Ngang". Read alone, the later items look like persons
(streets bear people's names) or districts ("Hai Bà Trưng"). After a street word they are
streets (LOCATION) when the list is plainly a list: two items or more after the first, or
one joined by "và" / "hoặc", or an ellipsis closing it. A comma also starts an address
("đường Lê Lợi, Hai Bà Trưng, Hà Nội"), so a list holding a province, a typed unit or an
organisation is left alone, and so is one whose last item is an administrative unit.
Items of one syllable are left out ("đường Lê Lợi, Nam nói" names a person).

>>> text = "Xe đậu trên tuyến Nguyễn Huệ, Lê Lợi, Hàm Nghi thường bị phạt."
>>> [text[s:e] for s, e in street_list_items(text)]
['Nguyễn Huệ', 'Lê Lợi', 'Hàm Nghi']
"""

from __future__ import annotations

from typing import Callable, Sequence

import regex

from ..document import Entity
from .positions import EntitiesByStart

_HEAD = r"(?:(?:các|những) +)?(?:(?:tuyến +)?(?:đường|phố)|đại lộ|tuyến)"
_NAME = r"\p{Lu}[\p{L}\p{M}]*(?: +\p{Lu}[\p{L}\p{M}]*)+"  # two syllables or more
_LIST = regex.compile(
    r"(?<![\p{L}\p{M}])" + _HEAD + r" +(?P<first>" + _NAME + r")"
    r"(?P<rest>(?: *, *" + _NAME + r")*(?: *,? +(?:và|hoặc) +" + _NAME + r")?)"
    r"(?P<ellipsis> *(?:\.\.\.|…))?"
    r"(?![\p{L}\p{M}]| +\p{Lu})"
)
_ITEM = regex.compile(_NAME)
_JOINED = regex.compile(r"(?:và|hoặc) +$")
_ADMIN = frozenset({"PROVINCE", "DISTRICT", "COMMUNE"})


def street_list_items(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every street name of the street lists in ``text``, the first
    (after the street word) included.

    >>> street_list_items("trên đường Lê Lợi, Trần Hưng Đạo.")
    []
    >>> t = "các phố Hàng Bạc, Hàng Đào và Hàng Ngang"
    >>> [t[s:e] for s, e in street_list_items(t)]
    ['Hàng Bạc', 'Hàng Đào', 'Hàng Ngang']
    """
    return [span for items in _street_lists(text) for span in items]


def with_street_lists(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the items of street lists as LOCATION: a person or a bare district or
    commune name spanning exactly an item becomes a street; an item nothing covers is added;
    an item already inside a LOCATION ("đường Nguyễn Trãi") stays as it is.

    >>> text = "trên đường Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ... có shop"
    >>> found = [Entity("LOCATION", 5, 22, "đường Nguyễn Trãi"), Entity("DISTRICT", 24, 36, "Hai Bà Trưng"),
    ...          Entity("PERSON", 38, 47, "Lê Văn Sỹ")]
    >>> [(e.label, e.text) for e in with_street_lists(text, found)]
    [('LOCATION', 'đường Nguyễn Trãi'), ('LOCATION', 'Hai Bà Trưng'), ('LOCATION', 'Lê Văn Sỹ')]
    """
    lists = _street_lists(text)
    if not lists:
        return list(entities)
    result = as_locations_in_lists(text, entities, [(items[0][0], items[-1][1], items) for items in lists], "street",
                                   fits=_plainly_streets)
    return sorted(result, key=lambda e: (e.start, -e.end))


def as_locations_in_lists(text: str, entities: Sequence[Entity], lists: Sequence[tuple[int, int, list]], kind: str,
                          fits: Callable[[list, list[Entity]], bool]) -> list[Entity]:
    """``entities`` with the items of each list made LOCATIONs of ``kind`` (:func:`as_locations`)
    where ``fits(items, near)`` holds, ``near`` being the entities standing over the list's span.

    ``lists`` holds ``(start, end, items)`` of lists that do not overlap, in order. Each list
    reads and changes only the entities over its own span, looked up by position (a long
    text holds thousands of entities and of lists: linear, not their product). The entities
    come back in their order, those that gave way left out and the new ones last.

    >>> t = "phố Hàng Bạc, Hàng Đào"
    >>> found = as_locations_in_lists(t, [Entity("PERSON", 14, 22, "Hàng Đào")], [(4, 22, [(4, 12), (14, 22)])],
    ...                               "street", fits=lambda items, near: True)
    >>> [(e.label, e.text) for e in found]
    [('LOCATION', 'Hàng Bạc'), ('LOCATION', 'Hàng Đào')]
    """
    index = EntitiesByStart(entities)
    gone: set[int] = set()
    added: list[Entity] = []
    for start, end, items in lists:
        near = [e for e in index.overlapping(start, end) if id(e) not in gone]
        if not fits(items, near):
            continue
        before = {id(e) for e in near}
        after = as_locations(text, near, items, kind)
        gone.update(before - {id(e) for e in after})
        added += [e for e in after if id(e) not in before]
    return [e for e in entities if id(e) not in gone] + added


def as_locations(text: str, entities: Sequence[Entity], items: list[tuple[int, int]], kind: str) -> list[Entity]:
    """``entities`` with each item a LOCATION of ``kind``: what overlaps an item gives way to
    it, unless a LOCATION already holds the item whole ("đường Nguyễn Trãi").

    >>> [(e.label, e.text) for e in as_locations("cầu Lê Lợi", [Entity("PERSON", 4, 10, "Lê Lợi")], [(4, 10)], "street")]
    [('LOCATION', 'Lê Lợi')]
    """
    result = list(entities)
    for start, end in items:
        covering = [e for e in result if e.start < end and start < e.end]
        if any(e.label == "LOCATION" and e.start <= start and end <= e.end for e in covering):
            continue  # "đường Nguyễn Trãi" is found already
        result = [e for e in result if e not in covering]
        result.append(Entity("LOCATION", start, end, text[start:end], text[start:end], {"kind": kind}))
    return result


def _street_lists(text: str) -> list[list[tuple[int, int]]]:
    lists = []
    for match in _LIST.finditer(text):
        rest = [m.span() for m in _ITEM.finditer(text, match.start("rest"), match.end("rest"))]
        joined = bool(rest) and bool(_JOINED.search(text, match.start("rest"), rest[-1][0]))  # "và" is in the rest
        if len(rest) >= 2 or (rest and (joined or match.group("ellipsis"))):
            lists.append([match.span("first")] + rest)
    return lists


def _plainly_streets(items: list[tuple[int, int]], entities: Sequence[Entity]) -> bool:
    """No item holds a province, a typed unit or an organisation, the items cover no wider
    entity, and the last item is no administrative unit."""
    for index, (start, end) in enumerate(items):
        for e in entities:
            if not (e.start < end and start < e.end):
                continue
            if e.label == "ORGANIZATION" or e.label == "PROVINCE" or (e.label in _ADMIN and e.start < start):
                return False
            if index > 0 and (e.start < start or end < e.end):
                return False  # an item inside a longer name, or a name running over the item
            if index == len(items) - 1 and e.label in _ADMIN:
                return False  # "đường Lê Lợi, Hai Bà Trưng": an address, not a list
    return True
