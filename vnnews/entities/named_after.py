"""Persons' names that name a street or a school are no persons.

Vietnamese streets, schools and wards are named after historical figures, so a full name
spelt like a person's often names a place or a body. Sixteenth pass, from the false PERSONs
of the seen batches (blind14–blind16: "trên đường Nguyễn Trãi, Hai Bà Trưng, Lê Văn Sỹ",
"ở tuyến Nguyễn Huệ, Lê Lợi, Hàm Nghi", "quán cà phê số 74 Hoàng Văn Thụ", "Trưởng Phòng
Đào tạo ĐH Bán công Tôn Đức Thắng"):

- a name found without a cue written right after "tuyến" (a street's route) or after "số"
  and a house number is a street: a LOCATION (lists of streets after one street word are
  read by :mod:`street_lists`, with its guards against addresses: "đường Lê Lợi, Nguyễn
  Văn Nam cho biết" names a person);
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

_ROUTE_BEFORE = regex.compile(r"(?:^|\s)(?:các |những )?(?:tuyến|số \d+[A-Za-z]?(?:/\d+[A-Za-z]?)*)\s$")
""""tuyến Nguyễn Huệ" (a route), "số 74 Hoàng Văn Thụ" (a house number): a street follows."""

_SCHOOL_BEFORE = regex.compile(
    r"(?:^|\s)(?<!(?i:môi|thị|chiến|hiện|quảng|nông|lâm|công|phi|pháp|võ|đấu|ngư|sân|kịch) )"
    r"(?:trường|Trường|ĐH|CĐ|Đại học|Cao đẳng|THPT|THCS|PTTH|PTCS|[Bb]án công|[Dd]ân lập|[Cc]huyên)\s$")
"""A word for a school (or its kind: "bán công", "dân lập", "chuyên") right before a name;
not "trường" ending another word ("môi trường", "thị trường", "chiến trường", ...)."""

_CUED = frozenset({"honorific"})


def with_names_of_streets_and_schools(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the persons that name a street made LOCATIONs (kind "street_by_route") and
    the persons or officials that name a school left out.

    >>> t = "Shop ở số 74 Hoàng Văn Thụ và sinh viên ĐH Bán công Tôn Đức Thắng."
    >>> def at(label, name, **attrs):
    ...     return Entity(label, t.index(name), t.index(name) + len(name), name, name, attrs)
    >>> hvt, tdt = at("PERSON", "Hoàng Văn Thụ", cue="surname"), at("OFFICIAL", "Tôn Đức Thắng", positions=[])
    >>> [(e.label, e.text) for e in with_names_of_streets_and_schools(t, [hvt, tdt])]
    [('LOCATION', 'Hoàng Văn Thụ')]
    """
    kept: list[Entity] = []
    for entity in sorted(entities, key=lambda e: (e.start, -e.end)):
        if entity.label in {"PERSON", "OFFICIAL"} and entity.attrs.get("cue") not in _CUED:
            before = text[max(0, entity.start - 20):entity.start]  # not the whole text before: linear on long texts
            if _SCHOOL_BEFORE.search(before):
                continue  # "ĐH Bán công Tôn Đức Thắng", "trường Lê Quý Đôn"
            if entity.label == "PERSON" and _ROUTE_BEFORE.search(before):
                entity = Entity("LOCATION", entity.start, entity.end, entity.text, entity.name, {"kind": "street_by_route"})
        kept.append(entity)
    return kept
