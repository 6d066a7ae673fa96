"""The province or district written right after a unit decides which unit it is.

"huyện Kỳ Sơn, tỉnh Hòa Bình" is not Nghệ An's Kỳ Sơn, the only district of that name the
registry holds: Hòa Bình's was merged into the city of Hòa Bình in 2019. When a unit written
with its type word is followed (after a comma, a dash or a bracket) by a bigger unit that
is none of its registry reading's parents, nor the province its territory went to in 2025,
the link is dropped rather than kept wrong: :func:`with_written_parents` returns it without
a code (``attrs["registered"]`` False, as for :mod:`.unregistered` communes), placed in the
unit written after it.

>>> from vnnews.entities.places import find_admin_units
>>> text = "Ông A ở huyện Kỳ Sơn, tỉnh Hòa Bình."
>>> e = with_written_parents(text, find_admin_units(text))[0]
>>> e.label, e.attrs["code"], e.attrs["registered"], [p["name"] for p in e.attrs["parents"]]
('DISTRICT', None, False, ['Hòa Bình'])
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from ..document import Entity
from .linking import LEVELS

_JOINT = regex.compile(r" *[,(–-] *")
_RANK = {"COMMUNE": 0, "DISTRICT": 1, "PROVINCE": 2}


def with_written_parents(text: str, places: Sequence[Entity]) -> list[Entity]:
    """``places`` (sorted by start), each typed district or commune whose registry link
    contradicts the bigger unit written right after it replaced by an unregistered unit.

    >>> from vnnews.entities.places import find_admin_units
    >>> text = "huyện Kỳ Sơn, tỉnh Nghệ An; xã Hòa Vang, TP Đà Nẵng"
    >>> [e.attrs["code"] for e in with_written_parents(text, find_admin_units(text))]
    ['417', '40', '20320', '48']
    """
    out = list(places)
    for index, (place, after) in enumerate(zip(places, places[1:])):
        if _contradicted(text, place, after):
            out[index] = _unregistered(place, after)
    return out


def _contradicted(text: str, place: Entity, after: Entity) -> bool:
    """Whether ``after`` is a bigger registry unit written right after the typed ``place``
    and none of the places ``place``'s link lies in."""
    if place.label not in ("DISTRICT", "COMMUNE") or not place.attrs.get("code") \
            or place.attrs.get("name_start", place.start) == place.start:
        return False  # a bare name before another may be an item of a list: "Vũng Tàu, Đồng Nai"
    if after.label not in _RANK or _RANK[after.label] <= _RANK[place.label] or not after.attrs.get("code") \
            or not _JOINT.fullmatch(text, place.end, after.start):
        return False
    level = LEVELS[after.label]
    written = {p["name"] for p in place.attrs.get("parents", []) if p.get("level") == level}
    if level == "province":
        written |= {s.get("province") for s in place.attrs.get("successors", [])}
    return bool(written) and after.name not in written


def _unregistered(place: Entity, parent: Entity) -> Entity:
    own = {"name": parent.name, "code": parent.attrs["code"], "admin_type": parent.attrs.get("admin_type"),
           "level": LEVELS[parent.label]}
    attrs = {"admin_type": place.attrs.get("admin_type"), "code": None, "full_name": place.attrs.get("full_name"),
             "parents": [own] + list(parent.attrs.get("parents", [])), "period": None, "ambiguous": False,
             "name_start": place.attrs.get("name_start", place.start), "registered": False}
    return replace(place, attrs=attrs, score=0.5)
