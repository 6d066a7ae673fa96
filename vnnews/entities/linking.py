"""Links between entities of one text: short forms to full names, posts to places.

>>> full = Entity("PERSON", 0, 15, "Nguyễn Văn Hùng", "Nguyễn Văn Hùng")
>>> short = Entity("PERSON", 30, 34, "Hùng", "Hùng")
>>> link_short_forms([full, short])
>>> short.attrs["refers_to"]["name"]
'Nguyễn Văn Hùng'
"""

from __future__ import annotations

from collections import Counter
from typing import Sequence

from ..document import Entity

PEOPLE = ("PERSON", "OFFICIAL")
LEVELS = {"PROVINCE": "province", "DISTRICT": "district", "COMMUNE": "commune"}


def link_short_forms(entities: Sequence[Entity]) -> None:
    """Give a short name ("Hùng", "Mạnh Hùng") the full name it ends, written before it,
    as ``attrs["refers_to"]`` (name, label, start, end); the latest such name wins.

    >>> a = Entity("OFFICIAL", 0, 12, "Lê Mạnh Hùng", "Lê Mạnh Hùng")
    >>> b = Entity("PERSON", 20, 29, "Mạnh Hùng", "Mạnh Hùng")
    >>> link_short_forms([a, b]); b.attrs["refers_to"]["label"]
    'OFFICIAL'
    """
    by_ending: dict[tuple[str, ...], Entity] = {}  # the last full name ending so
    for entity in sorted(entities, key=lambda e: e.start):
        if entity.label not in PEOPLE or not entity.name:
            continue
        words = tuple(entity.name.split())
        match = by_ending.get(words)
        if match is not None:
            entity.attrs["refers_to"] = {"name": match.name, "label": match.label,
                                         "start": match.start, "end": match.end}
        elif len(words) >= 2:
            by_ending.update({words[-k:]: entity for k in range(1, len(words))})


def resolve_positions(entities: Sequence[Entity]) -> None:
    """Fill each OFFICIAL position's ``place_resolved``: the unit written in the post, or
    for a post that only says its level ("Chủ tịch UBND tỉnh") the unit of that level the
    text is about (the most mentioned, counting the parents of smaller units).

    >>> place = Entity("PROVINCE", 0, 9, "Thái Bình", "Thái Bình", {"code": "34"})
    >>> person = Entity("OFFICIAL", 10, 20, "Lê Văn Tám", "Lê Văn Tám",
    ...                 {"positions": [{"level": "province", "place_resolved": None}]})
    >>> resolve_positions([place, person]); person.positions[0]["place_resolved"]["code"]
    '34'
    """
    about = places_of_text(entities)
    for entity in entities:
        for position in entity.attrs.get("positions", []) if entity.label == "OFFICIAL" else []:
            if position.get("place_resolved") is None and position.get("level"):
                position["place_resolved"] = about.get(position["level"])


def places_of_text(entities: Sequence[Entity]) -> dict[str, dict]:
    """The unit of each level a text is about.

    >>> kx = Entity("DISTRICT", 0, 10, "Kiến Xương", "Kiến Xương", {"code": "343",
    ...     "parents": [{"name": "Thái Bình", "code": "34", "level": "province"}]})
    >>> places_of_text([kx])["province"]["name"]
    'Thái Bình'
    """
    counts: dict[str, Counter] = {level: Counter() for level in LEVELS.values()}
    names: dict[tuple[str, str], str] = {}
    for entity in entities:
        level = LEVELS.get(entity.label)
        if level is None or entity.attrs.get("ambiguous"):
            continue
        mentioned = [(level, entity.attrs.get("code"), entity.name)]
        mentioned += [(p.get("level"), p.get("code"), p.get("name")) for p in entity.attrs.get("parents", [])]
        for unit_level, code, name in mentioned:
            if unit_level in counts and code:
                counts[unit_level][code] += 1
                names.setdefault((unit_level, code), name)
    about = {}
    for level, counter in counts.items():
        if counter:
            code = counter.most_common(1)[0][0]
            about[level] = {"name": names[(level, code)], "code": code, "level": level, "how": "text"}
    return about
