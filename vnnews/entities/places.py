"""Find provinces, districts and communes in a text and link them to the registry.

:func:`find_admin_units` matches every registry name at once (Aho-Corasick over the
folded text), keeps the mentions a reader would take for a place, and resolves each to a
unit of the registry before or after the 1 July 2025 reform:

- a type word decides the kind of unit ("xã Bình Định" is a commune, "tỉnh Bình Định"
  the former province); abbreviations count (TP., TX., Q., P., H., TT.);
- without a type word only provinces, and districts or communes whose parent is named
  in the same text, are taken, and only when written with capitals ("Tân Tiến" the
  commune, not "tân tiến" the adjective);
- other places named in the text rank the candidates (Kiến Xương or Thái Bình nearby →
  the commune in Kiến Xương); a mention that stays ambiguous says so and keeps its
  ranked candidates.

>>> text = "Công an xã Bình Định, huyện Kiến Xương đã vào cuộc."
>>> [(e.label, text[e.start:e.end], e.code, e.period, e.ambiguous) for e in find_admin_units(text)]
[('COMMUNE', 'xã Bình Định', '13186', 'pre2025', False), ('DISTRICT', 'huyện Kiến Xương', '343', 'pre2025', False)]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from typing import Callable

import regex

from ..document import Entity
from ..errors import check_text
from ..normalize.unicode import nfc_with_map
from ._fold import fold, tone_key
from .eras import era_cue, written_era
from .gazetteer import AdminUnit, Gazetteer, Surface, load_gazetteer
from .landmark_heads import LANDMARK_HEADS
from .mentions import SURNAME_KEYS, Mention, scan_mentions
from .place_words import LOCATION_HEADS
from .residence import after_residence_word

LABELS = {"province": "PROVINCE", "district": "DISTRICT", "commune": "COMMUNE"}
# Province names that are also a person's name: taken only after a type word or as an alias.
_NEEDS_TYPE_WORD = frozenset({"Hồ Chí Minh"})

_TYPE_LEVELS = {
    "tỉnh": ("province",), "thành phố": ("province", "district"), "huyện": ("district",),
    "quận": ("district",), "thị xã": ("district",), "xã": ("commune",), "phường": ("commune",),
    "thị trấn": ("commune",), "đặc khu": ("commune",),
}
# Scores: a typed mention starts at 1, a bare one at its level's prior; other mentions of
# the text add support (parents, a child, a sibling, the same unit typed, the same registry).
BARE_PRIOR = {"province": 1.0, "district": 0.4, "commune": 0.3}
BARE_NEEDS = {"province": 0.0, "district": 1.0, "commune": 2.0}  # context a bare name needs
PARENT_BONUS = {"district": 2.0, "province": 1.0}
CHILD_BONUS = 1.5
SIBLING_BONUS = 0.75  # "các xã Nghĩa Dũng, Nghĩa Dõng": one unambiguous item places the others
SAME_NAME_BONUS = 1.5  # the unit a type word named elsewhere in the text
ERA_BONUS = 0.25  # districts named → the pre-reform registry; a new commune named → the new one
ERA_CUE_BONUS = 1.0  # "tỉnh Lâm Đồng mới", "(cũ)", "sau sáp nhập", "từ 1/7/2025" (:mod:`.eras`)
WRITTEN_ERA_BONUS = 2.0  # more for "cũ" / "(mới)" right after the name: "tỉnh Tây Ninh cũ" over context
AMBIGUITY_MARGIN = 0.5
NEAR = 120  # characters: how close a bare commune's district must be named
CHAIN_PENALTY = 1.5
RETYPED_PENALTY = 0.6  # a commune or district of another type than the one written ("xã" for a thị trấn)
_RETYPABLE = (frozenset({"xã", "phường", "thị trấn"}), frozenset({"huyện", "thị xã", "quận"}))
MIN_SCORE = 0.1  # penalties never make a score zero or negative
LEVEL_RANK = {"commune": 0, "district": 1, "province": 2}
_CHAIN_JOINT = regex.compile(r" *[,(;–-] *")  # "xã A, huyện B (tỉnh C)"
_ROUTE_DASH = regex.compile(r" ?[–-] ?")  # "đoạn Hà Tĩnh - Thường Tín": a route from one place to the next
_AT_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:ở|tại|Ở|Tại|o|tai) $")  # "ở Cái Bè": a place
# The head of a body every district has, right before a bare name: "Công an Thạch Hà", "Điện
# lực Hóc Môn", "Hạt kiểm lâm Hàm Thuận Nam" are the district's (read like "ở Cái Bè").
_DISTRICT_BODY_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:Công an|Điện lực|UBND|HĐND|Huyện ủy|Huyện uỷ|Quận ủy|Quận uỷ|Thị ủy|Thị uỷ|TAND|VKSND"
    r"|Viện KSND|Kho bạc|Bưu điện|Chi cục Thuế|Trung tâm Y tế|Bệnh viện Đa khoa|Hạt kiểm lâm|kiểm lâm) $")
# A place with its head noun, then a bracket: the name in it says where the place is
# ("núi Cối (Tuy Lai)", "dốc Dũ Dĩ (Mỹ Sơn)").
_PLACE_THEN_BRACKET = regex.compile(
    r"(?<![\p{L}\p{M}])(?i:" + "|".join(regex.escape(h) for h in sorted(LOCATION_HEADS + LANDMARK_HEADS + ("dốc",), key=len, reverse=True))
    + r") (?:\p{Lu}[\p{L}\p{M}]*|\d+)(?: (?:\p{Lu}[\p{L}\p{M}]*|\d+))* *\( *$"
)


def find_admin_units(text: str, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """PROVINCE, DISTRICT and COMMUNE entities of ``text`` with registry links.

    Each entity spans the type word and name as written (``text[e.start:e.end]``), with
    attributes ``admin_type``, ``code``, ``full_name``, ``parents`` (name, code, type,
    level), ``period`` ("pre2025", "post2025", "both"), ``successors`` (for pre-reform
    units: name, code, type, province; ``split`` when a commune was divided),
    ``ambiguous`` and, when ambiguous, ranked ``candidates`` with their shares of the total
    score. ``name_start`` is where the name begins after the type word. ``Entity.score`` is
    the best reading's score against its best rival's (0.5 on a tie, 1.0 with no rival).

    >>> [(e.name, e.admin_type, e.period) for e in find_admin_units("xa Binh Dinh, huyen Kien Xuong")]
    [('Bình Định', 'xã', 'pre2025'), ('Kiến Xương', 'huyện', 'pre2025')]
    >>> e = find_admin_units("UBND TP.HCM họp.")[0]
    >>> e.text, e.name, e.code, e.period
    ('TP.HCM', 'Hồ Chí Minh', '79', 'post2025')
    """
    check_text(text, who="find_admin_units")
    gaz = gazetteer or load_gazetteer()
    composed, char_map = nfc_with_map(text)  # all matching happens on NFC text ...
    folded = fold(composed)  # ... and its folded copy, of the same length
    mentions = scan_mentions(composed, folded, gaz)
    _resolve(mentions, composed, folded, gaz)
    if char_map is None:
        span = lambda start, end: (start, end)  # noqa: E731
    else:
        span = lambda start, end: (char_map.starts[start], char_map.ends[end - 1])  # noqa: E731
    return [_entity(m, text, span, gaz) for m in mentions if m.candidates]


def _resolve(mentions: list[Mention], text: str, folded: str, gaz: Gazetteer) -> None:
    """Candidates for each mention, scored with the other places named in ``text`` (NFC;
    ``folded`` is its :func:`fold`)."""
    for mention in mentions:
        mention.candidates = _readings(mention, gaz)
    follows = [  # written right after the previous mention: "An Nhơn, Bình Định"
        i > 0 and bool(_CHAIN_JOINT.fullmatch(folded, mentions[i - 1].end, m.start)) for i, m in enumerate(mentions)
    ]
    # First every reading of every mention is context; then only each mention's best one
    # ("Thanh Hóa" the province, not also the city of that name, when it ranks others).
    only_communes = [bool(m.candidates) and all(u.level == "commune" for u in m.candidates) for m in mentions]
    residence = [  # "trú tại Khương Trung": a name that can only be a commune, and no commune after it
        not m.types and only_communes[i] and after_residence_word(text, folded, m.start, m.end)
        and not (i + 1 < len(mentions) and follows[i + 1] and only_communes[i + 1])  # "trú ở Hà Huy Tập, Yên Viên"
        for i, m in enumerate(mentions)
    ]
    chained = _address_chain(mentions, follows, gaz)
    located = [not m.types and _locates_a_place(text, m.start) for m in mentions]
    after_at = [not m.types and bool(_AT_BEFORE.search(text, max(0, m.start - 5), m.start)
                                     or _DISTRICT_BODY_BEFORE.search(text, max(0, m.start - 20), m.start)
                                     or (i > 0 and mentions[i - 1].candidates
                                         and _ROUTE_DASH.fullmatch(text, mentions[i - 1].end, m.start)))
                for i, m in enumerate(mentions)]
    cues = [_era_cue(m, text, folded) for m in mentions]
    written = [c is not None and written_era(text, folded, m.end) == c for c, m in zip(cues, mentions)]
    exact_levels = [_levels_without_exact_type(m) for m in mentions]
    for top_only in (False, True):
        context = _Context(mentions, gaz, top_only)
        for index, mention in enumerate(mentions):
            scored = []
            for unit in mention.candidates:
                support = context.score(unit, index)
                if follows[index] and _smaller(unit, mentions[index - 1]):
                    support -= CHAIN_PENALTY  # "An Nhơn, Bình Định": an address goes from small to big
                if mention.types or unit.id in chained[index] or (located[index] and unit.level != "province") \
                        or (after_at[index] and _only_district_of_its_name(unit, gaz)
                            and "post2025" not in (cues[index], context.era_elsewhere(index))) \
                        or _bare_name_stands(unit, support, context, index, residence[index]) \
                        or _city_now_a_ward(unit, mention, cues[index]):
                    prior = (1.0 if _exact(unit, mention, exact_levels[index])
                             else 1.0 - RETYPED_PENALTY) if mention.types else BARE_PRIOR[unit.level]
                    if cues[index] is not None and unit.period == cues[index]:
                        prior += ERA_CUE_BONUS  # the words around the name say which side of the reform
                        prior += WRITTEN_ERA_BONUS if written[index] else 0.0
                    scored.append((max(MIN_SCORE, prior + support), unit))
            scored.sort(key=lambda su: (-su[0],) + _order(su[1]))  # ties: the current registry first
            if top_only and scored and _exact(scored[0][1], mention, exact_levels[index]):
                scored = [su for su in scored if _exact(su[1], mention, exact_levels[index])]  # no retyped rival
            mention.candidates = [u for _, u in scored]
            mention.scores = [s for s, _ in scored]


def _address_chain(mentions: list[Mention], follows: list[bool], gaz: Gazetteer) -> list[set[int]]:
    """Per mention, the ids of the units an address shows it to be: a name written right
    before its own parent ("ở Phan Chu Trinh, Hoàn Kiếm", "(Yên Viên, Gia Lâm)", "xã Tân
    Minh, Hàm Tân") is that unit, and the parent is a place too, with or without
    type words. A bare name that can be a province or a city is left to the other rules
    ("Hà Nam, Ninh Bình" is a list), and a bare name followed by a province is not taken
    for a new commune right under it ("Củ Chi (TP HCM)" is the district, in old news). A bare unit that needs its type word
    (:func:`_needs_type_word`) becomes a reading again when its parent follows.

    >>> from vnnews.entities.mentions import scan_mentions
    >>> gaz, t = load_gazetteer(), "ở Phan Chu Trinh, Hoàn Kiếm"
    >>> ms = scan_mentions(t, fold(t), gaz)
    >>> for m in ms: m.candidates = _readings(m, gaz)
    >>> [sorted(gaz.unit(i).name for i in ids) for ids in _address_chain(ms, [False, True], gaz)]
    [['Phan Chu Trinh'], ['Hoàn Kiếm']]
    """
    chained: list[set[int]] = [set() for _ in mentions]
    for i in range(1, len(mentions)):
        small, big = mentions[i - 1], mentions[i]
        if not follows[i] or not big.candidates:
            continue
        small_units = small.candidates if small.types else _all_readings(small, gaz)
        if not small.types and any(_well_known(u) for u in small_units):
            continue
        big_ids = {u.id for u in big.candidates}
        for unit in small_units:
            if unit.level != "province" and unit.parents and unit.parents[0] in big_ids \
                    and (small.types or LEVEL_RANK[gaz.unit(unit.parents[0]).level] == LEVEL_RANK[unit.level] + 1):
                chained[i - 1].add(unit.id)
                chained[i].add(unit.parents[0])
        if not small.types:
            small.candidates += [u for u in small_units if u.id in chained[i - 1] and u not in small.candidates]
    return chained


def _only_district_of_its_name(unit: AdminUnit, gaz: Gazetteer) -> bool:
    """A district whose name no other district or province bears, of two syllables or more
    and not opening like a person's name: after "ở" / "tại" it is that district ("ở Cái
    Bè", "tại Nhà Bè"), in text from before the reform (districts were abolished in 2025).

    >>> gaz = load_gazetteer()
    >>> [_only_district_of_its_name(gaz.lookup(n, level="district")[0], gaz) for n in ("Cái Bè", "Châu Thành")]
    [True, False]
    """
    if unit.level != "district" or " " not in unit.name or tone_key(unit.name.split(" ")[0]) in SURNAME_KEYS:
        return False
    return len([u for u in gaz.lookup(unit.name) if u.level != "commune"]) == 1


def _locates_a_place(text: str, start: int) -> bool:
    """Whether the name at ``start`` is in brackets right after a place written with its head
    noun: "núi Cối (Tuy Lai)", "dốc Dũ Dĩ (Mỹ Sơn)" name the commune or district it lies in.

    >>> t = "tại núi Cối (Tuy Lai), chùa Cao (Hồng Sơn); Nguyễn Văn A (Hồng Sơn)"
    >>> [_locates_a_place(t, k) for k in (13, 33, t.rindex("Hồng"))]
    [True, True, False]
    """
    return bool(_PLACE_THEN_BRACKET.search(text, max(0, start - 40), start))


def _all_readings(mention: Mention, gaz: Gazetteer) -> list[AdminUnit]:
    """Every unit a mention's surfaces spell, whatever its type word, once each, in order."""
    return list(dict.fromkeys(gaz.unit(s.unit_id) for s in mention.surfaces))


def _era_cue(mention: Mention, text: str, folded: str) -> str | None:
    """What the words around a mention say of the reform (:func:`.eras.era_cue`), read only
    when its readings lie on both sides of it.

    >>> from vnnews.entities.mentions import scan_mentions
    >>> t = "tỉnh Gia Lai (cũ)"
    >>> [m] = scan_mentions(t, fold(t), load_gazetteer()); m.candidates = _readings(m, load_gazetteer())
    >>> _era_cue(m, t, fold(t))
    'pre2025'
    """
    periods = {u.period for u in mention.candidates}
    if not {"pre2025", "post2025"} <= periods:
        return None
    return era_cue(text, folded, mention.start, mention.end)


def _readings(mention: Mention, gaz: Gazetteer) -> list[AdminUnit]:
    """The units a mention may be: those of its type word's type (or level), else any."""
    units = _all_readings(mention, gaz)
    if mention.types:
        typed = [u for u in units if u.type in mention.types] or [
            u for u in units if u.level in _levels_of(mention.types)  # "thị xã Cam Ranh", a city since 2010
        ]
        if typed:
            return typed + _retyped_readings(units, mention.types)
        if mention.surfaces[0].form[0].isdigit():
            return []  # "quận 9" after 2021 is no unit of the registry; "9" alone is no place
        mention.start = mention.name_start  # a type word that fits no unit is not part of it
        mention.types = ()
    return [u for u in units if not _needs_type_word(u, mention.surfaces)]


def _retyped_readings(units: list[AdminUnit], types: tuple[str, ...]) -> list[AdminUnit]:
    """Units of the same level as a commune or district type word but of another type:
    "xã Tân Minh" in 2006 news is the town (thị trấn) it became in 2020, "huyện Đông Triều"
    the later thị xã. They rank after the units of the type written unless places named
    around them say otherwise (:data:`RETYPED_PENALTY`).

    >>> gaz = load_gazetteer()
    >>> units = [gaz.unit(s.unit_id) for s in gaz.surfaces("Tân Minh")]
    >>> sorted({u.type for u in _retyped_readings(units, ("xã",))})
    ['thị trấn']
    """
    group = next((g for g in _RETYPABLE if set(types) <= g), None)
    if group is None:
        return []
    return [u for u in units if u.type in group and u.type not in types]


def _exact(unit: AdminUnit, mention: Mention, levels_without_exact_type: set[str]) -> bool:
    """Whether a reading of a typed mention has the type written, or is at a level where none has."""
    return unit.type in mention.types or unit.level in levels_without_exact_type


def _levels_without_exact_type(mention: Mention) -> set[str]:
    """Levels at which no reading has the type written: there, the level decides alone
    ("thị xã Cam Ranh" is the city), and no reading is penalised for its type."""
    if not mention.types:
        return set()
    exact = {u.level for u in mention.candidates if u.type in mention.types}
    return {u.level for u in mention.candidates} - exact


def _bare_name_stands(unit: AdminUnit, support: float, context: "_Context", index: int,
                      residence: bool = False) -> bool:
    """A name without a type word is a province or a city, a district whose province is
    named, or a commune whose district is named close by (or typed elsewhere); after
    "trú tại" and the like (``residence``), a commune whose district or province is named
    anywhere in the text."""
    if _well_known(unit) or context.typed_elsewhere(unit, index):
        return True  # "Bình Định:" over an article about "xã Bình Định" is that commune
    if residence and unit.level == "commune" and support >= PARENT_BONUS["province"] \
            and (unit.period != "post2025" or context.era_elsewhere(index) == "post2025"):
        return True  # "(SN 1988, trú tại Khương Trung)" in an article about Hà Nội; not a new ward in old news
    if support < BARE_NEEDS[unit.level]:
        return False
    return unit.level != "commune" or context.parent_near(unit, index) or context.typed_elsewhere(unit, index)


def _city_now_a_ward(unit: AdminUnit, mention: Mention, cue: str | None) -> bool:
    """A city that became a ward of the same name on 1 July 2025 ("Hội An", "Bà Rịa"), named
    without a type word where the words around it speak of the time after the reform (not a
    city named like its province: "Sóc Trăng" bare is the province).

    >>> [(e.label, e.attrs["period"]) for e in find_admin_units("Năm 2026, du khách về Hội An tăng mạnh.")]
    [('COMMUNE', 'post2025')]
    """
    return cue == "post2025" and not mention.types and unit.level == "commune" and unit.period == "post2025" \
        and any(other.level == "district" and other.type in {"thành phố", "thị xã"} and other.name == unit.name
                for other in mention.candidates) \
        and not any(other.level == "province" for other in mention.candidates)  # "Sóc Trăng" names its province


class _Context:
    """What the other mentions of a text say about one mention's candidates.

    Counts of mentions per place, so that "named elsewhere" is a count minus the mention's
    own share: linear in the number of mentions, whatever the text repeats.
    """

    def __init__(self, mentions: list[Mention], gaz: Gazetteer, top_only: bool = False):
        self.gaz = gaz
        readings = [m.candidates[:1] if top_only else m.candidates for m in mentions]
        self.places = [{(u.level, tone_key(u.name)) for u in units} for units in readings]
        self.parents = [{p for u in units for p in u.parents} for units in readings]
        self.districts = [
            {p.id for p in gaz.parents(m.candidates[0]) if p.level == "district"} if len(m.candidates) == 1 else set()
            for m in mentions
        ]
        self.named = Counter(key for places in self.places for key in places)
        self.children = Counter(p for parents in self.parents for p in parents)  # units with a child named
        self.siblings = Counter(d for districts in self.districts for d in districts)  # districts surely named
        self.starts = [m.start for m in mentions]
        # keyed by name, not unit: repeating an ambiguous "xã Bình Định" must not make one of
        # its same-named communes look certain
        self.typed = [
            {(u.level, tone_key(u.name)) for u in units} if m.types else set() for m, units in zip(mentions, readings)
        ]
        self.typed_count = Counter(i for ids in self.typed for i in ids)
        self.eras = [_era(units) for units in readings]
        self.era_votes = Counter(self.eras)

    def typed_elsewhere(self, unit: AdminUnit, index: int) -> bool:
        """Whether another mention names this unit with its type word: "Bình Định:" in a
        headline over an article about "xã Bình Định" is that commune."""
        key = (unit.level, tone_key(unit.name))
        return self.typed_count[key] > (key in self.typed[index])

    def parent_near(self, unit: AdminUnit, index: int) -> bool:
        """Whether the unit's nearest parent is named within :data:`NEAR` characters
        ("Gia Kiệm, Thống Nhất"): a given name like "Hồng Hải" is not, most of the time."""
        parent = self.gaz.unit(unit.parents[0])
        key = (parent.level, tone_key(parent.name))
        here = self.starts[index]  # mentions are in text order: look in the window only
        window = range(bisect_left(self.starts, here - NEAR), bisect_right(self.starts, here + NEAR))
        return any(key in self.places[j] for j in window if j != index)

    def score(self, unit: AdminUnit, index: int) -> float:
        """Parents named elsewhere, a child named elsewhere, an unambiguous sibling."""

        def named_elsewhere(key: tuple[str, str]) -> bool:
            return self.named[key] > (key in self.places[index])

        support = _context_score(unit, named_elsewhere, self.gaz)
        if self.children[unit.id] > (unit.id in self.parents[index]):
            support += CHILD_BONUS
        if any(self.siblings[p] > (p in self.districts[index]) for p in unit.parents):
            support += SIBLING_BONUS
        if self.typed_elsewhere(unit, index):
            support += SAME_NAME_BONUS
        if unit.period != "both" and self.era_elsewhere(index) == unit.period:
            support += ERA_BONUS
        return support

    def era_elsewhere(self, index: int) -> str | None:
        """The registry the other mentions of the text belong to, when they lean one way."""
        own = self.eras[index]
        old = self.era_votes["pre2025"] - (own == "pre2025")
        new = self.era_votes["post2025"] - (own == "post2025")
        return "pre2025" if old > new else "post2025" if new > old else None


def _smaller(unit: AdminUnit, previous: Mention) -> bool:
    """Whether ``unit`` sits below the best reading of the mention written just before it."""
    return bool(previous.candidates) and LEVEL_RANK[unit.level] < LEVEL_RANK[previous.candidates[0].level]


def _era(units: list[AdminUnit]) -> str | None:
    """"pre2025" or "post2025" when every reading of a mention is from that registry only."""
    periods = {u.period for u in units}
    return periods.pop() if len(periods) == 1 and "both" not in periods else None


def _levels_of(types: tuple[str, ...]) -> set[str]:
    """The levels units of these types sit at ("thành phố" is a province or a district)."""
    return {level for t in types for level in _TYPE_LEVELS[t]}


def _needs_type_word(unit: AdminUnit, surfaces: tuple[Surface, ...]) -> bool:
    """Names that read as a person's, a street's or a common word without their type word:
    the city "Hồ Chí Minh" (not its aliases), communes named after people ("Phan Chu
    Trinh"), one-syllable commune names ("Tư")."""
    if unit.name in _NEEDS_TYPE_WORD:
        return any(s.form == unit.name for s in surfaces)
    if unit.level != "commune":
        return False
    if " " not in unit.name:
        return True  # "Tư vấn": a one-syllable commune name is a common word too
    return tone_key(unit.name.split(" ")[0]) in SURNAME_KEYS


def _context_score(unit: AdminUnit, named: Callable[[tuple[str, str]], bool], gaz: Gazetteer) -> float:
    """Bonus for each parent (or, for a pre-reform unit, successor's province other than its
    own) named elsewhere."""
    score = 0.0
    for parent in gaz.parents(unit):
        if parent.name == unit.name:
            continue  # "Lào Cai" names the province, not the city of Lào Cai in it
        if named((parent.level, tone_key(parent.name))):
            score += PARENT_BONUS[parent.level]
    own_province = gaz.province_of(unit).name if unit.level == "commune" else None
    for successor in gaz.successors(unit) if unit.level == "commune" else ():
        province = gaz.province_of(successor)
        if province.name == own_province:
            continue  # "phường Cửa Nam, TP Hà Nội": its own province, counted above; no lean to the old unit
        if successor is not province and named(("province", tone_key(province.name))):
            score += PARENT_BONUS["province"] / 2
            break
    return score


def _well_known(unit: AdminUnit) -> bool:
    """Provinces and the cities below them ("Đà Lạt", "Vũng Tàu") are named without a type
    word; a one-syllable city ("Vinh", also a given name) needs its province named too."""
    return unit.level == "province" or (unit.level == "district" and unit.type == "thành phố" and " " in unit.name)


def _order(unit: AdminUnit) -> tuple:
    """Tie order: bigger units, then the current registry, then the code."""
    return (("province", "district", "commune").index(unit.level), unit.period == "pre2025", unit.code)


def _same_place(a: AdminUnit, b: AdminUnit) -> bool:
    """A unit and its renewed self across the reform ("Hải Phòng" before and after)."""
    return a.level == b.level and a.name == b.name and (a.id in b.successors or b.id in a.successors)


def _entity(mention: Mention, text: str, span, gaz: Gazetteer) -> Entity:
    best = mention.candidates[0]
    rivals = [
        s for u, s in zip(mention.candidates[1:], mention.scores[1:]) if not _same_place(u, best)
    ]
    ambiguous = bool(rivals) and mention.scores[0] - max(rivals) < AMBIGUITY_MARGIN
    start, end = span(mention.start, mention.end)
    attrs = {
        "admin_type": best.type,
        "code": best.code,
        "full_name": best.full_name,
        "parents": [_describe(p) for p in gaz.parents(best)],
        "period": best.period,
        "ambiguous": ambiguous,
        "name_start": span(mention.name_start, mention.end)[0],
    }
    if best.successors:
        attrs["successors"] = [_describe(s, gaz) for s in gaz.successors(best)]
        attrs["split"] = best.split
    if ambiguous:
        total = sum(mention.scores)
        attrs["candidates"] = [
            dict(_describe(u, gaz), period=u.period, score=round(s / total, 3))
            for u, s in zip(mention.candidates, mention.scores)
        ]
    # Confidence: the best reading against the best rival (0.5 on a tie, 1.0 without rival).
    score = mention.scores[0] / (mention.scores[0] + max(rivals, default=0.0))
    return Entity(LABELS[best.level], start, end, text[start:end], best.name, attrs, round(score, 3))


def unit_entity(text: str, start: int, end: int, unit: AdminUnit, gaz: Gazetteer, score: float = 1.0) -> Entity:
    """An entity for ``unit`` written bare at ``text[start:end]``, found by a rule outside
    the scanner (an address: "Thanh Oai, Hà Tây"), with the attributes :func:`find_admin_units`
    gives an unambiguous unit.

    >>> gaz = load_gazetteer()
    >>> unit = next(u for u in gaz.lookup("Thanh Oai", level="district", period="pre2025"))
    >>> e = unit_entity("ở Thanh Oai", 2, 11, unit, gaz)
    >>> e.label, e.text, e.attrs["code"], e.attrs["parents"][0]["name"]
    ('DISTRICT', 'Thanh Oai', '278', 'Hà Nội')
    """
    attrs = {"admin_type": unit.type, "code": unit.code, "full_name": unit.full_name,
             "parents": [_describe(p) for p in gaz.parents(unit)], "period": unit.period, "ambiguous": False,
             "name_start": start}
    if unit.successors:
        attrs["successors"] = [_describe(s, gaz) for s in gaz.successors(unit)]
        attrs["split"] = unit.split
    return Entity(LABELS[unit.level], start, end, text[start:end], unit.name, attrs, score)


def _describe(unit: AdminUnit, gaz: Gazetteer | None = None) -> dict:
    """A unit as JSON-ready attributes; with ``gaz``, also the province it lies in (itself
    for a province; the new province for a unit that outlived the reform)."""
    info = {"name": unit.name, "code": unit.code, "admin_type": unit.type, "level": unit.level}
    if gaz is not None:
        info["province"] = gaz.province_of(unit, "post2025" if unit.period != "pre2025" else "pre2025").name
    return info
