"""Regional courts and procuracies, set up on 1 July 2025 in place of the district ones.

Since the 2025 reform a people's court or procuracy below the province serves a region
named by a number and its province: "TAND khu vực 2 - TP Cần Thơ", "VKSND khu vực 3 -
Đắk Lắk", "Tòa án nhân dân khu vực 1 - Hà Nội". The whole is one ORGANIZATION; the
province after the dash is also a PROVINCE, as in any body of a place. Without a province
written after it, the body is named by its number alone ("TAND khu vực 7").

>>> t = "Chánh án TAND khu vực 2 - TP Cần Thơ và VKSND khu vực 7 cho biết"
>>> places = [Entity("PROVINCE", 26, 36, "TP Cần Thơ", "Cần Thơ")]
>>> [e.text for e in find_regional_courts(t, syllables(t), places)]
['TAND khu vực 2 - TP Cần Thơ', 'VKSND khu vực 7']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .organizations import organization_entity
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

COURT_HEADS = (
    "tand", "vksnd", "tòa án nhân dân", "toà án nhân dân", "viện kiểm sát nhân dân", "tòa án", "toà án",
    "viện kiểm sát", "vks",
)
"""Heads of the people's courts and procuracies that take a region ("khu vực") after them."""

_HEADS = Phrasebook(COURT_HEADS)
_NUMBER = regex.compile(r"^\d{1,2}$")


def find_regional_courts(text: str, tokens: Sequence[Syllable], places: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for "<court> khu vực <number>" and the province written after a
    dash; a lower-case "tòa án khu vực" with no number is no name.

    >>> t = "các tòa án khu vực sẽ xét xử; Tòa án nhân dân khu vực 1 - Hà Nội tuyên án."
    >>> [e.text for e in find_regional_courts(t, syllables(t), [Entity("PROVINCE", 58, 64, "Hà Nội", "Hà Nội")])]
    ['Tòa án nhân dân khu vực 1 - Hà Nội']
    """
    if "khu vực" not in text and "khu vuc" not in text:
        return []  # most texts: no region named at all
    place_end = {p.start: p.end for p in places if p.label == "PROVINCE"}
    found = []
    for k, token in enumerate(tokens):
        if not token.cap:
            continue
        hit = _HEADS.match(tokens, k)
        if hit is None:
            continue
        j = k + hit[0]
        if j + 2 >= len(tokens) or not all(t.linked for t in tokens[j:j + 3]) \
                or f"{tokens[j].low} {tokens[j + 1].low}" != "khu vực" or not _NUMBER.match(tokens[j + 2].text):
            continue
        end = tokens[j + 2].end
        after = j + 3
        if after < len(tokens) and text[end:tokens[after].start].strip() == "-" and "\n" not in text[end:tokens[after].start]:
            end = place_end.get(tokens[after].start, end)
        found.append(organization_entity(text, token.start, end, "regional_court"))
    return found


def with_regional_courts(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity],
                         places: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with the regional courts of :func:`find_regional_courts` in place of
    the bodies they overlap.

    >>> t = "VKSND khu vực 3 - Đắk Lắk truy tố"
    >>> [e.text for e in with_regional_courts(t, syllables(t), [], [Entity("PROVINCE", 18, 25, "Đắk Lắk", "")])]
    ['VKSND khu vực 3 - Đắk Lắk']
    """
    courts = find_regional_courts(text, tokens, places)
    if not courts:
        return list(organizations)
    kept = [o for o in organizations if not any(o.start < c.end and c.start < o.end for c in courts)]
    return sorted(kept + courts, key=lambda e: e.start)
