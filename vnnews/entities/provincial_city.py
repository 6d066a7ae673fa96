"""Huế as the provincial city it was until 2025, not the province it has been since.

Huế became a centrally-run city on 1 January 2025, so the registry's pre-2025 snapshot
holds it as a province only ("Thừa Thiên Huế" is that province's alias). Before then
"Huế" was the provincial city of tỉnh Thừa Thiên Huế, and the guideline labels it so in
pre-2025 text: a DISTRICT. :func:`as_provincial_city` relabels "Huế", "TP Huế" and
"thành phố Huế" in a text that names no unit created by the 2025 reform; "Thừa Thiên Huế",
"TT - Huế" and "tỉnh Huế" stay the province. The city was split into the districts Phú Xuân and
Thuận Hóa when it became centrally-run: they are its ``successors``, and a text that names
them ("quận Phú Xuân, TP Huế") speaks of the centrally-run city.

>>> from vnnews.entities.places import find_admin_units
>>> text = "Đoàn về Huế, tỉnh Thừa Thiên Huế."
>>> [(e.label, e.text) for e in as_provincial_city(text, find_admin_units(text))]
[('DISTRICT', 'Huế'), ('PROVINCE', 'tỉnh Thừa Thiên Huế')]
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

import regex

from ..document import Entity
from ._fold import fold
from .eras import era_cue
from .gazetteer import Gazetteer, load_gazetteer
from .linking import LEVELS

CITY = "Huế"
UNTIL = 2025
SUCCESSORS = ("Phú Xuân", "Thuận Hóa")  # the districts it was split into on 1 January 2025
_CITY_TYPE_WORDS = ("", "thanh pho ", "tp ", "tp. ", "tp.", "t.p ", "t.p. ")
_PROVINCE_BEFORE = regex.compile(r"(?<!\w)(?:tt|t\.t|thua thien) *[-–.]? *$")  # "TT - Huế", "TT Huế": the province


def as_provincial_city(text: str, places: Sequence[Entity]) -> list[Entity]:
    """``places`` with each mention of the city of Huế as a DISTRICT of period "historic",
    unless the text names a unit that only exists after the 2025 reform.

    >>> from vnnews.entities.places import find_admin_units
    >>> text = "UBND thành phố Huế họp."
    >>> [(e.label, e.text, e.attrs["until"]) for e in as_provincial_city(text, find_admin_units(text))]
    [('DISTRICT', 'thành phố Huế', 2025)]
    """
    cities = [p for p in places if _names_the_city(text, p)]
    if not cities:
        return list(places)
    gaz = load_gazetteer()
    if any(_after_the_reform(p, gaz) or _successor_district(p) for p in places) or _dated_after(text, cities):
        return list(places)
    return [_city(p, gaz) if p in cities else p for p in places]


def _names_the_city(text: str, place: Entity) -> bool:
    """"Huế" written alone, or after "thành phố"/"TP": not "Thừa Thiên Huế", not "tỉnh Huế"."""
    if place.label != "PROVINCE" or place.name != CITY:
        return False
    name_start = place.attrs.get("name_start", place.start)
    type_word = fold(text[place.start:name_start])
    if _PROVINCE_BEFORE.search(fold(text[max(0, place.start - 14):place.start])):
        return False
    return fold(text[name_start:place.end]) == fold(CITY) and type_word in _CITY_TYPE_WORDS


def _dated_after(text: str, cities: Sequence[Entity]) -> bool:
    """The words around a mention of the city point after the 2025 reform (:func:`.eras.era_cue`:
    "năm 2026", "sau sáp nhập"): by then Huế was the centrally-run city.

    >>> from vnnews.entities.places import find_admin_units
    >>> text = "Festival Huế năm 2026 mở màn."
    >>> [(e.label, e.text) for e in as_provincial_city(text, find_admin_units(text))]
    [('PROVINCE', 'Huế')]
    """
    folded = fold(text)
    return any(era_cue(text, folded, c.start, c.end) == "post2025" for c in cities)


def _successor_district(place: Entity) -> bool:
    """One of the districts the city was split into ("quận Phú Xuân, TP Huế"): the text is
    from 2025, when Huế was already a centrally-run city.

    >>> from vnnews.entities.places import find_admin_units
    >>> [_successor_district(p) for p in find_admin_units("quận Thuận Hóa, TP Huế; huyện Phú Vang")]
    [True, False, False]
    """
    typed = place.attrs.get("name_start", place.start) > place.start  # "quận Phú Xuân", not the bridge "Phú Xuân"
    return typed and place.label == "DISTRICT" and place.name in SUCCESSORS and any(
        p.get("name") == CITY for p in place.attrs.get("parents", []))


def _after_the_reform(place: Entity, gaz: Gazetteer) -> bool:
    """A unit of the post-2025 registry whose name no unit of its type had before in its
    province ("phường Phú Xuân (TP Huế)": Huế had a commune, not a ward, of that name).

    >>> from vnnews.entities.places import find_admin_units
    >>> [_after_the_reform(p, load_gazetteer()) for p in find_admin_units("phường Phú Xuân (TP Huế)")]
    [True, False]
    """
    if place.attrs.get("period") != "post2025":
        return False
    level = LEVELS.get(place.label)
    if place.attrs.get("admin_type") == "đặc khu":
        return True
    province = next((p["name"] for p in place.attrs.get("parents", []) if p["level"] == "province"), None)
    return not any(province is None or (gaz.province_of(u, "pre2025").name == province
                                        and u.type == place.attrs.get("admin_type"))
                   for u in gaz.lookup(place.name, level=level, period="pre2025"))


def _city(place: Entity, gaz: Gazetteer) -> Entity:
    province = gaz.lookup(CITY, level="province")[0]
    successors = [
        unit for name in SUCCESSORS for unit in gaz.lookup(name, level="district", period="pre2025")
        if gaz.province_of(unit).id == province.id
    ]
    attrs = {
        "admin_type": "thành phố", "code": None, "full_name": f"thành phố {CITY}",
        "parents": [{"name": province.name, "code": province.code, "admin_type": province.type, "level": "province"}],
        "period": "historic", "from": None, "until": UNTIL,
        "successors": [{"name": u.name, "code": u.code, "admin_type": u.type, "level": "district",
                        "province": province.name} for u in successors],
        "split": True, "name_start": place.attrs.get("name_start", place.start), "ambiguous": False,
    }
    return replace(place, label="DISTRICT", attrs=attrs)
