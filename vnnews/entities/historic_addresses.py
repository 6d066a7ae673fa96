"""Districts and communes written bare before an abolished province or district.

An address goes from small to big: "(Thanh Oai, Hà Tây)", "Xuân Mai (Hà Tây)", "ở Phú Diễn,
Từ Liêm". News from before 2008 names provinces and districts the registry no longer holds
(:mod:`.historic`, :mod:`.historic_districts`), so the scanner's address chain, which links a
bare name to a parent of the registry, cannot see these. Here the parent's successors stand
for it: a bare capitalised name written right before the abolished unit (after a comma, or
with the unit in brackets) is the one district, else the one commune, of that name in the
successors (Hà Tây → Hà Nội; huyện Từ Liêm → Bắc and Nam Từ Liêm). An abolished district
needs its type word elsewhere; written bare after such a commune it is that district.

>>> from .historic import find_historic_provinces
>>> t = "Ông Sáu (Thanh Oai, Hà Tây) và anh Tùng ở Xuân Mai (Hà Tây)."
>>> [(e.label, e.text) for e in find_units_before_historic_parents(t, find_historic_provinces(t))]
[('DISTRICT', 'Thanh Oai'), ('COMMUNE', 'Xuân Mai')]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from ._fold import spelt_as, tone_key
from .gazetteer import load_gazetteer
from .historic_districts import historic_district_entity, historic_districts
from .mentions import SURNAME_KEYS
from .places import unit_entity
from .positions import EntitiesByStart

_WORD = r"\p{Lu}[\p{L}\p{M}]*"
_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(" + _WORD + r"(?: " + _WORD + r"){1,2})( *, *| *\( *)$")
_NAME_AFTER = regex.compile(r" *, *(" + _WORD + r"(?: " + _WORD + r"){1,2})(?![\p{L}\p{M}])")
_LOOK_BACK = 40
_PROVINCE_AFTER = regex.compile(r" *, *(?:(?:tỉnh|TP\.?|thành phố) *)?(" + _WORD + r"(?: " + _WORD + r"){0,2})(?![\p{L}\p{M}])")


def _before_its_province(text: str, end: int, row: dict) -> bool:
    """Whether the abolished district's own province follows ``end`` after a comma.

    >>> row = next(d for d in historic_districts() if d["name"] == "Từ Liêm")
    >>> _before_its_province("(Từ Liêm, Hà Nội)", 8, row), _before_its_province("Từ Liêm, Hà Tây", 7, row)
    (True, False)
    """
    match = _PROVINCE_AFTER.match(text, end)
    return match is not None and tone_key(match.group(1)) == tone_key(row["province"]["name"])


def find_units_before_historic_parents(text: str, places: Sequence[Entity], others: Sequence[Entity] = ()) -> list[Entity]:
    """DISTRICT and COMMUNE entities for bare names written right before an abolished
    province of ``places`` or before a bare abolished district; none over an entity of
    ``places`` or ``others``.

    >>> t = "Công ty ở Phú Diễn, Từ Liêm bốc cháy."
    >>> [(e.label, e.text, e.attrs["period"]) for e in find_units_before_historic_parents(t, [])]
    [('COMMUNE', 'Phú Diễn', 'pre2025'), ('DISTRICT', 'Từ Liêm', 'historic')]
    """
    taken = EntitiesByStart(list(places) + list(others))
    found = []
    for parent in places:
        if parent.label == "PROVINCE" and parent.attrs.get("period") == "historic":
            unit = _unit_before(text, parent, {s["code"] for s in parent.attrs["successors"]}, taken)
            if unit is not None:
                found.append(unit)
    found += _communes_before_bare_districts(text, taken)
    return sorted(found, key=lambda e: e.start)


def _unit_before(text: str, parent: Entity, provinces: set[str], taken: EntitiesByStart) -> Entity | None:
    match = _NAME_BEFORE.search(text, max(0, parent.start - _LOOK_BACK), parent.start)
    if match is None or ("(" in match.group(2) and not text.startswith(")", parent.end)):
        return None
    start, end = match.span(1)
    name = match.group(1)
    if taken.overlap(start, end) or tone_key(name.split(" ")[0]) in SURNAME_KEYS:
        return None  # "(Nguyễn Hà, Hà Tây)": a person before where they live
    gaz = load_gazetteer()
    for level in ("district", "commune"):
        units = [u for u in gaz.lookup(name, level=level, period="pre2025")
                 if gaz.province_of(u, "pre2025").code in provinces and spelt_as(name, u.name)]
        if len(units) == 1:
            return unit_entity(text, start, end, units[0], gaz)
        if units:
            return None  # two units of that name in the province: no guess
    return None


def _communes_before_bare_districts(text: str, taken: EntitiesByStart) -> list[Entity]:
    """"Phú Diễn, Từ Liêm": a commune of an abolished district's successors, then that
    district's name; both entities, the district with its ``historic`` period. An abolished
    district written bare before its own province after a comma is that district too ("xã
    Trung Văn (Từ Liêm, Hà Nội)"; the twenty-first stop)."""
    rows = {row["name"]: row for row in historic_districts() if not row["name"].isdigit()}
    if not any(name in text for name in rows):
        return []
    gaz = load_gazetteer()
    found = []
    for name, row in rows.items():
        successors = {s["code"] for s in row["successors"]}
        for at in regex.finditer(r"(?<![\p{L}\p{M}])" + regex.escape(name) + r"(?![\p{L}\p{M}])", text):
            district = None
            if _before_its_province(text, at.end(), row) and not taken.overlap(at.start(), at.end()):
                district = historic_district_entity(text, at.start(), at.end(), row, at.start())
                found.append(district)  # "(Từ Liêm, Hà Nội)", "(Tĩnh Gia, Thanh Hoá)": its own province after it
            match = _NAME_BEFORE.search(text, max(0, at.start() - _LOOK_BACK), at.start())
            if match is None or "(" in match.group(2) or taken.overlap(match.start(1), at.end()):
                continue
            start, end = match.span(1)
            communes = [u for u in gaz.lookup(match.group(1), level="commune", period="pre2025")
                        if u.parents and gaz.unit(u.parents[0]).code in successors
                        and spelt_as(match.group(1), u.name)]
            if len(communes) == 1:
                found.append(unit_entity(text, start, end, communes[0], gaz))
                if district is None:
                    found.append(historic_district_entity(text, at.start(), at.end(), row, at.start()))
    return found
