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

import bisect
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


COURT_CHAMBERS = ("phúc thẩm", "hình sự", "dân sự", "kinh tế", "hành chính", "lao động")
"""Chambers of the Supreme People's Court written before it with a capital "Tòa": "Tòa phúc
thẩm TAND tối cao" (its appellate court) is one body, not a chamber and the court."""

_CHAMBERS = Phrasebook(COURT_CHAMBERS)
_SUPREME_COURTS = Phrasebook(("tand tối cao", "tòa án nhân dân tối cao"))


def with_court_chambers(text: str, tokens: Sequence[Syllable], organizations: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with "Tòa <chamber>" joined to the Supreme Court written right after
    it ("Tòa phúc thẩm TAND tối cao", "Tòa Phúc thẩm Tòa án nhân dân tối cao"); a chamber of
    another court is left as it is.

    >>> t = "Tòa phúc thẩm TAND tối cao tại TP HCM bác đơn; tòa dân sự TAND Hà Nội thụ lý."
    >>> found = [organization_entity(t, 14, 26, "named"), organization_entity(t, t.index("TAND H"), t.index(" thụ"), "named")]
    >>> [e.text for e in with_court_chambers(t, syllables(t), found)]
    ['Tòa phúc thẩm TAND tối cao', 'TAND Hà Nội']
    """
    if "ối cao" not in text:
        return list(organizations)
    starts = [t.start for t in tokens]
    out = []
    for org in organizations:
        k = bisect.bisect_left(starts, org.start)
        first = k - 3  # "Tòa" and a two-syllable chamber right before the court
        if first < 0 or k >= len(tokens) or starts[k] != org.start or tokens[first].text not in {"Tòa", "Toà"} \
                or not all(t.linked for t in tokens[first + 1:k + 1]):
            out.append(org)
            continue
        chamber, court = _CHAMBERS.match(tokens, first + 1), _SUPREME_COURTS.match(tokens, k)
        if chamber is None or chamber[0] != 2 or court is None or tokens[k + court[0] - 1].end != org.end:
            out.append(org)
            continue
        out.append(organization_entity(text, tokens[first].start, org.end, "court_chamber"))
    return out
