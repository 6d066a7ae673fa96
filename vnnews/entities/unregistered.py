"""Communes named with their type word but missing from the registry.

News names communes the registry does not hold: units merged or renamed before its
snapshot ("xã Cắm Muội"), spellings of ethnic-minority names ("xã Đắk Nên", "xã Loõng
Ruồng"), typos. Written after "xã", "phường" or "thị trấn", a capitalised name is still a
commune: :func:`find_unregistered_communes` returns it as a COMMUNE without a code
(``attrs["registered"]`` is False), placed in the district and province written right
after it when there are ("xã Cắm Muội, huyện Quế Phong").

It stays out of the way of everything else: words that make the type word part of another
word ("thị xã", "hợp tác xã", "ông xã", "phố phường"), names a registry unit, an abolished
unit or a world place already covers, and a name running on into a person's name ("xã
Nguyễn Văn A" is a commune chairman). "thị trấn" is also said of foreign towns, so after it
a name written without Vietnamese letters is left alone ("thị trấn Brighton").

>>> [(e.text, e.attrs["registered"]) for e in find_unregistered_communes("Người dân xã Cắm Muội vui mừng.", [])]
[('xã Cắm Muội', False)]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from ._fold import fold, tone_key
from .linking import LEVELS
from .mentions import SURNAME_KEYS
from .positions import EntitiesByStart

MAX_NAME_SYLLABLES = 3
_NAME_SYLLABLE = r"\p{Lu}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)?"
_TYPED_NAME = regex.compile(
    r"(?<![\p{L}\p{M}\d])(xã|phường|thị trấn|Xã|Phường|Thị trấn)[ ]+(" + _NAME_SYLLABLE + r"(?:[ ]" + _NAME_SYLLABLE + r")*)"
)
# Words before the type word that make it part of another word or expression.
_NOT_A_TYPE_WORD_AFTER = regex.compile(r"(?<![\w])(?:thi|hop tac|ong|ba|pho|lang|cap)\s*$")
_SENTENCE_END = regex.compile(r"(?:^|[.!?:\n\"“]\s*)$")
_PLACE_AFTER = regex.compile(r"[ ]*(?:,|\(|-|–)?[ ]*")


def find_unregistered_communes(text: str, places: Sequence[Entity], others: Sequence[Entity] = ()) -> list[Entity]:
    """COMMUNE entities for typed commune names of ``text`` that no entity of ``places``
    (registry and abolished units) or ``others`` (e.g. world places) overlaps.

    >>> find_unregistered_communes("thị trấn Brighton, nước Anh", [])
    []
    >>> find_unregistered_communes("Chủ tịch xã Nguyễn Văn Tòng nói", [])
    []
    """
    found = []
    taken = EntitiesByStart(list(places) + list(others))
    units = EntitiesByStart([p for p in places if p.label in ("DISTRICT", "PROVINCE") and p.attrs.get("code")])
    for match in _TYPED_NAME.finditer(text):
        type_word, start = match.group(1), match.start()
        if type_word[0].isupper() and not _SENTENCE_END.search(text, max(0, start - 3), start):
            continue  # "Trường Xã Đàn": a capitalised type word inside a name
        if _NOT_A_TYPE_WORD_AFTER.search(fold(text[max(0, start - 10):start])):
            continue
        name_end = _name_end(text, match)
        if name_end is None:
            continue
        name = text[match.start(2):name_end]
        if type_word.lower() == "thị trấn" and name.isascii():
            continue
        if taken.overlap(match.start(2), name_end):
            continue
        parent = next((p for p in units.starting_within(name_end, name_end + 4) if _PLACE_AFTER.fullmatch(text, name_end, p.start)), None)
        found.append(_entity(text, start, match.start(2), name_end, type_word.lower(), parent))
    return found + _numbered_wards(text, taken, units)


# A ward named by its number ("phường 24", "P.24"), which the registry's 2024 snapshot may no
# longer hold (Hồ Chí Minh City merged many numbered wards in 2019-2024).
_NUMBERED_WARD = regex.compile(r"(?<![\p{L}\p{M}\d.])(phường |Phường |P\. ?)(\d{1,2})(?![\p{L}\p{M}\d]|[.,]\d)")


def _numbered_wards(text: str, taken: EntitiesByStart, units: EntitiesByStart) -> list[Entity]:
    """Numbered wards no entity covers, written right before their district ("phường 24,
    quận Bình Thạnh", "P.24, Q.Bình Thạnh"): a commune without a code in that district; a
    number without a district after it is left alone ("phường 24" may be counted words).

    >>> from vnnews.entities.places import find_admin_units
    >>> t = "Nhà 82 Bùi Đình Túy, P.24, Q.Bình Thạnh; 24 phường 12 quận"
    >>> [(e.text, e.attrs["parents"][0]["name"]) for e in find_unregistered_communes(t, find_admin_units(t))]
    [('P.24', 'Bình Thạnh')]
    """
    found = []
    for match in _NUMBERED_WARD.finditer(text):
        start, end = match.start(), match.end()
        if taken.overlap(start, end):
            continue
        parent = next((p for p in units.starting_within(end, end + 4)
                       if p.label == "DISTRICT" and _PLACE_AFTER.fullmatch(text, end, p.start)), None)
        if parent is not None:
            found.append(_entity(text, start, match.start(2), end, "phường", parent))
    return found


def _name_end(text: str, match) -> int | None:
    """Where the commune's name ends: before a person's name that follows it, after at most
    :data:`MAX_NAME_SYLLABLES` syllables; None when it is no name (one letter, a longer run,
    a surname first)."""
    words = list(regex.finditer(_NAME_SYLLABLE, text, pos=match.start(2), endpos=match.end(2)))
    if tone_key(words[0].group()) in SURNAME_KEYS:
        return None  # "Chủ tịch xã Trần Văn Tòng": a person (registered communes so named are found before)
    kept = [words[0]]
    for k, word in enumerate(words[1:], start=1):
        if tone_key(word.group()) in SURNAME_KEYS and k + 1 < len(words):
            break  # "xã Tam Hải Nguyễn Đức Tục": the chairman's name follows
        kept.append(word)
    if len(kept) > MAX_NAME_SYLLABLES or (len(kept) == 1 and len(kept[0].group()) < 2):
        return None
    return kept[-1].end()


def _entity(text: str, start: int, name_start: int, end: int, admin_type: str | None, parent: Entity | None) -> Entity:
    name = text[name_start:end]
    attrs = {"admin_type": admin_type, "code": None, "full_name": f"{admin_type} {name}" if admin_type else name,
             "parents": _parents(parent), "period": None, "ambiguous": False,
             "name_start": name_start, "registered": False}
    return Entity("COMMUNE", start, end, text[start:end], name, attrs, 0.5)


def _parents(unit: Entity | None) -> list[dict]:
    """The district or province written right after the commune, with its own parents."""
    if unit is None:
        return []
    own = {"name": unit.name, "code": unit.attrs["code"], "admin_type": unit.attrs.get("admin_type"),
           "level": LEVELS[unit.label]}
    return [own] + list(unit.attrs.get("parents", []))


# An address: "trú tại X, <district>", "(X, <district>, <province>)": X is a commune even when
# the registry no longer holds it (Hà Tĩnh merged "Đức Thanh" into another commune in 2019).
_ADDRESS_NAME = regex.compile(
    r"(?:(?<![\p{L}\p{M}])(?:trú|ngụ|cư trú|thường trú|tạm trú|sinh sống) +(?:tại|ở) +|quê +(?:ở +)?|\()"
    r"(" + _NAME_SYLLABLE + r"(?:[ ]" + _NAME_SYLLABLE + r"){1,2}) *, *"
)


def find_address_communes(text: str, places: Sequence[Entity], others: Sequence[Entity] = ()) -> list[Entity]:
    """COMMUNE entities for names that an address places right before a registered district
    ("trú tại Đức Thanh, Đức Thọ, Hà Tĩnh"), where nothing else covers the name; without a
    code, ``registered`` False, placed in that district.

    >>> from vnnews.entities.places import find_admin_units
    >>> text = "Trần Văn Q. (trú tại Đức Thanh, Đức Thọ, Hà Tĩnh) đã ra đầu thú."
    >>> [(e.text, e.attrs["registered"], [p["name"] for p in e.attrs["parents"]])
    ...  for e in find_address_communes(text, find_admin_units(text))]
    [('Đức Thanh', False, ['Đức Thọ', 'Hà Tĩnh'])]
    """
    districts = {p.start: p for p in places if p.label == "DISTRICT" and p.attrs.get("code")}
    if not districts:
        return []
    taken = EntitiesByStart(list(places) + list(others))
    found = []
    for match in _ADDRESS_NAME.finditer(text):
        district = districts.get(match.end())
        start, end = match.span(1)
        if district is None or taken.overlap(start, end):
            continue
        if match.group().startswith("(") and tone_key(text[start:end].split(" ")[0]) in SURNAME_KEYS:
            continue  # "(Nguyễn Hà, Đức Thọ)": a person before where they live
        found.append(_entity(text, start, start, end, None, district))
    return found
