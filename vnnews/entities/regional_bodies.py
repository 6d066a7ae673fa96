"""Regional bodies of 2025: courts, procuracies and state agencies named by a region's number.

Since the 2025 reform a people's court or procuracy below the province serves a region
named by a number and its province: "TAND khu vực 2 - TP Cần Thơ", "VKSND khu vực 3 -
Đắk Lắk", "Tòa án nhân dân khu vực 1 - Hà Nội". The whole is one ORGANIZATION; the
province after the dash is also a PROVINCE, as in any body of a place. Without a province
written after it, the body is named by its number alone ("TAND khu vực 7"). The tax,
customs, treasury and social insurance offices were regrouped the same way, numbered in
Roman figures ("Chi cục Thuế khu vực II", "BHXH khu vực XII"); the tax offices below a
province are "Thuế cơ sở 3" with their province ("Thuế cơ sở 3 TP Hà Nội").

>>> t = "Chánh án TAND khu vực 2 - TP Cần Thơ và VKSND khu vực 7 cho biết"
>>> places = [Entity("PROVINCE", 26, 36, "TP Cần Thơ", "Cần Thơ")]
>>> [e.text for e in find_regional_bodies(t, syllables(t), places)]
['TAND khu vực 2 - TP Cần Thơ', 'VKSND khu vực 7']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import phrasebooks
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

REGIONAL_HEADS = (
    "tand", "vksnd", "tòa án nhân dân", "toà án nhân dân", "viện kiểm sát nhân dân", "tòa án", "toà án",
    "viện kiểm sát", "vks", "chi cục thuế", "chi cục hải quan", "hải quan", "kho bạc nhà nước", "kbnn",
    "bhxh", "bảo hiểm xã hội", "chi cục thống kê", "thống kê", "viện ksnd",
)
"""Heads of the courts, procuracies and state agencies that take a region ("khu vực") after them."""

_HEADS = Phrasebook(REGIONAL_HEADS)
_UNIT_WORDS = {"khu vực": _HEADS, "cơ sở": Phrasebook(("thuế",))}
_LEVELS = phrasebooks.LEVEL_WORDS
_NUMBER = regex.compile(r"^(?:\d{1,2}|[IVXL]{1,6})$")


def find_regional_bodies(text: str, tokens: Sequence[Syllable], places: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for "<head> khu vực <number>" ("Thuế cơ sở <number>") and the
    province written after it (after a dash for a region); a lower-case "tòa án khu vực"
    with no number is no name.

    >>> t = "các tòa án khu vực sẽ xét xử; Tòa án nhân dân khu vực 1 - Hà Nội tuyên án."
    >>> [e.text for e in find_regional_bodies(t, syllables(t), [Entity("PROVINCE", 58, 64, "Hà Nội", "Hà Nội")])]
    ['Tòa án nhân dân khu vực 1 - Hà Nội']
    >>> t = "Chi cục Thuế khu vực II và Thuế cơ sở 3 TP Hà Nội"
    >>> [e.text for e in find_regional_bodies(t, syllables(t), [Entity("PROVINCE", 40, 49, "TP Hà Nội", "Hà Nội")])]
    ['Chi cục Thuế khu vực II', 'Thuế cơ sở 3 TP Hà Nội']
    >>> t = "Chi cục Thống kê khu vực 3 và Viện KSND khu vực 2 - Hà Nội"
    >>> [e.text for e in find_regional_bodies(t, syllables(t), [Entity("PROVINCE", t.index("Hà"), len(t), "Hà Nội", "Hà Nội")])]
    ['Chi cục Thống kê khu vực 3', 'Viện KSND khu vực 2 - Hà Nội']
    """
    if "khu vực" not in text and "khu vuc" not in text and "cơ sở" not in text:
        return []  # most texts: no region named at all
    place_end = {p.start: p.end for p in places if p.label == "PROVINCE"}
    found = []
    for k, token in enumerate(tokens):
        if not token.cap or (found and token.start < found[-1].end):
            continue  # "Chi cục Thống kê khu vực 3" holds "Thống kê khu vực 3": one body
        for unit, heads in _UNIT_WORDS.items():
            hit = heads.match(tokens, k)
            j = k + hit[0] if hit else None
            if j is None or j + 2 >= len(tokens) or not all(t.linked for t in tokens[j:j + 3]) \
                    or f"{tokens[j].low} {tokens[j + 1].low}" != unit or not _NUMBER.match(tokens[j + 2].text):
                continue
            end = tokens[j + 2].end
            after = j + 3
            if after < len(tokens) and "\n" not in text[end:tokens[after].start] \
                    and text[end:tokens[after].start].strip() == ("-" if unit == "khu vực" else ""):
                level = _LEVELS.match(tokens, after) if unit == "cơ sở" else None
                named = after + level[0] if level and after + level[0] < len(tokens) else after
                end = place_end.get(tokens[after].start) or place_end.get(tokens[named].start, end)  # "Hà Nội" found without "TP"
            found.append(organization_entity(text, token.start, end, "regional"))
            break
    return found


def with_regional_bodies(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity],
                         places: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with the regional bodies of :func:`find_regional_bodies` in place of
    the bodies they overlap.

    >>> t = "VKSND khu vực 3 - Đắk Lắk truy tố"
    >>> [e.text for e in with_regional_bodies(t, syllables(t), [], [Entity("PROVINCE", 18, 25, "Đắk Lắk", "")])]
    ['VKSND khu vực 3 - Đắk Lắk']
    """
    courts = find_regional_bodies(text, tokens, places)
    if not courts:
        return list(organizations)
    held = EntitiesByStart(courts)
    kept = [o for o in organizations if not held.overlap(o.start, o.end)]
    return sorted(kept + courts, key=lambda e: e.start)
