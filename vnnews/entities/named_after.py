"""Persons' names that name a street or a school are no persons.

Vietnamese streets, schools and wards are named after historical figures, so a full name
spelt like a person's often names a place or a body. Sixteenth pass, from the false PERSONs
of the seen batches (blind14–blind16: "trên đường Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ",
"ở tuyến Nguyễn Huệ, Lê Lợi, Hàm Nghi", "quán cà phê số 74 Hoàng Văn Thụ", "Trưởng Phòng
Đào tạo ĐH Bán công Tôn Đức Thắng"):

- a name found without a cue that goes on a list opened by a street ("đường Nguyễn Trãi,
  Lê Văn Sỹ"), or written right after "tuyến" (a street's route) or after "số" and a house
  number, is a street: a LOCATION;
- a name right after a word for a school ("trường", "ĐH", "Đại học", "THPT", "bán công",
  "dân lập", ...) is the school's name: it is no PERSON nor OFFICIAL.

A name with an honorific ("ông Lê Lợi") stays a person.

>>> t = "Taxi đậu ở tuyến Nguyễn Huệ, Lê Lợi, Hàm Nghi."
>>> from .recognizer import EntityRecognizer
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
[('LOCATION', 'Nguyễn Huệ'), ('LOCATION', 'Lê Lợi'), ('LOCATION', 'Hàm Nghi')]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity

STREET_HEADS = frozenset({"đường", "phố", "ngõ", "ngách", "hẻm", "đại lộ", "tuyến", "tuyến đường", "tuyến phố"})
"""Lower-case heads of a street's name; the names listed after one are streets too."""

_ROUTE_BEFORE = regex.compile(r"(?:^|\s)(?:các |những )?(?:tuyến|số \d+[A-Za-z]?(?:/\d+[A-Za-z]?)*)\s$")
""""tuyến Nguyễn Huệ" (a route), "số 74 Hoàng Văn Thụ" (a house number): a street follows."""

_SCHOOL_BEFORE = regex.compile(
    r"(?:^|\s)(?<!(?i:môi|thị|chiến|hiện|quảng|nông|lâm|công|phi|pháp|võ|đấu|ngư|sân|kịch) )"
    r"(?:trường|Trường|ĐH|CĐ|Đại học|Cao đẳng|THPT|THCS|PTTH|PTCS|[Bb]án công|[Dd]ân lập|[Cc]huyên)\s$")
"""A word for a school (or its kind: "bán công", "dân lập", "chuyên") right before a name;
not "trường" ending another word ("môi trường", "thị trường", "chiến trường", ...)."""

_LIST_GLUE = regex.compile(r"(?:,\s+\p{Lu}\w*(?:\s+\p{Lu}\w*){0,3})*(?:,\s+|\s+và\s+|,\s+và\s+)")
"""What joins two items of a list, over names found as nothing ("Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ")."""
_CUED = frozenset({"honorific"})


def with_names_of_streets_and_schools(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the persons that name a street made LOCATIONs (kind "street_in_list") and
    the persons or officials that name a school left out.

    >>> t = "Shop trên đường Nguyễn Trãi, Lê Văn Sỹ và sinh viên ĐH Bán công Tôn Đức Thắng."
    >>> def at(label, name, **attrs):
    ...     return Entity(label, t.index(name), t.index(name) + len(name), name, name, attrs)
    >>> street = at("LOCATION", "đường Nguyễn Trãi", head="đường")
    >>> sy, tdt = at("PERSON", "Lê Văn Sỹ", cue="surname"), at("OFFICIAL", "Tôn Đức Thắng", positions=[])
    >>> [(e.label, e.text) for e in with_names_of_streets_and_schools(t, [street, sy, tdt])]
    [('LOCATION', 'đường Nguyễn Trãi'), ('LOCATION', 'Lê Văn Sỹ')]
    """
    kept: list[Entity] = []
    street_before = None
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.label in {"PERSON", "OFFICIAL"} and entity.attrs.get("cue") not in _CUED:
            before = text[:entity.start]
            if _SCHOOL_BEFORE.search(before[-20:]):
                continue  # "ĐH Bán công Tôn Đức Thắng", "trường Lê Quý Đôn"
            listed = street_before is not None and _LIST_GLUE.fullmatch(text, street_before.end, entity.start) is not None
            if entity.label == "PERSON" and (listed or _ROUTE_BEFORE.search(before[-20:])):
                entity = Entity("LOCATION", entity.start, entity.end, entity.text, entity.name, {"kind": "street_in_list"})
        if entity.label == "LOCATION" and (entity.attrs.get("head", "").lower() in STREET_HEADS
                                           or entity.attrs.get("kind") == "street_in_list"):
            street_before = entity  # a street with its head, not one found by a house number alone
        elif entity.start >= (street_before.end if street_before else 0):
            street_before = None
        kept.append(entity)
    return kept
