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

from dataclasses import dataclass, field

import regex

from ..document import Entity
from ..errors import InputError
from .gazetteer import TYPE_WORDS, AdminUnit, Gazetteer, Surface, load_gazetteer, surface_matches
from ..normalize.unicode import nfc_with_map
from ._fold import fold, tone_key

LABELS = {"province": "PROVINCE", "district": "DISTRICT", "commune": "COMMUNE"}

# A type word right before a name, in folded text: "xa ", "tp.", "q.", "thanh pho ".
_TYPE_BEFORE = regex.compile(
    r"(?<![\w.])(?:(thanh pho|tinh|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s+"
    r"|(tp|t\.p|tx|tt|h|q|p|x)\.\s*|(tp|tx|tt)\s+|(q|p)\s*(?=\d)"
    r"|(tinh uy|thanh uy|huyen uy|quan uy|thi uy)\s+)$"
)
# Party committees name the kind of unit they sit in: "Huyện ủy Thái Thụy" is a district.
# They belong to the organisation, so the place's span starts at its name.
_COMMITTEES = {"tinh uy": "tinh", "thanh uy": "thanh pho", "huyen uy": "huyen", "quan uy": "quan", "thi uy": "thi xa"}
_WORD = regex.compile(r"\w+")
# A plural before a type word starts a list of names of that type: "các xã A, B và C".
_PLURAL_BEFORE = regex.compile(r"(?<!\w)(?:cac|nhung|hai|ba|bon|\d+) +$")
_LIST_JOINT = regex.compile(r" *(?:,|;|va|, *va) *")
# The written forms a full type word must have when the text carries diacritics.
_TYPE_TONE_KEYS = {
    tone_key(word)
    for word in (
        "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
        "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
    )
}
# Words before a bare name that make it part of something else: a street, a landmark, a
# person ("Nguyễn Thái Bình"), or a house number ("90 Nguyễn Du", "178/6 Điện Biên Phủ").
_NOT_A_PLACE_WORDS = (
    "đường", "phố", "ngõ", "hẻm", "ngách", "đại lộ", "quốc lộ", "tỉnh lộ", "cầu", "chợ", "ga",
    "sân bay", "bến xe", "bến", "phà", "đèo", "vịnh", "sông", "núi", "hồ", "cảng", "cửa khẩu",
    "khu công nghiệp", "khu đô thị", "khu du lịch", "khu kinh tế", "số", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Ngô", "Lý", "Đinh", "Trịnh", "Trương", "Văn", "Thị", "Hữu", "Đức", "Công", "Quốc",
)
_NOT_A_PLACE_KEYS = {tone_key(w) for w in _NOT_A_PLACE_WORDS}
_SURNAME_KEYS = {tone_key(w) for w in _NOT_A_PLACE_WORDS if w[0].isupper()} | {
    tone_key(w) for w in ("Phan", "Hồ", "Dương", "Đào", "Đoàn", "Lương", "Mạc", "Chu", "Tôn", "Cao")
}
_NOT_A_PLACE_BEFORE = regex.compile(
    r"(?:(?<![\w.])(" + "|".join(sorted({regex.escape(fold(w)) for w in _NOT_A_PLACE_WORDS}, key=len, reverse=True))
    + r")\s+|(?<![\w.])\d[\d/]*[a-z]?\s+)$"
)
# Province names that are also a person's name: taken only after a type word or as an alias.
_NEEDS_TYPE_WORD = frozenset({"Hồ Chí Minh"})

_TYPE_LEVELS = {
    "tỉnh": ("province",), "thành phố": ("province", "district"), "huyện": ("district",),
    "quận": ("district",), "thị xã": ("district",), "xã": ("commune",), "phường": ("commune",),
    "thị trấn": ("commune",), "đặc khu": ("commune",),
}
BARE_PRIOR = {"province": 1.0, "district": 0.4, "commune": 0.3}
BARE_NEEDS = {"province": 0.0, "district": 1.0, "commune": 2.0}  # context a bare name needs
PARENT_BONUS = {"district": 2.0, "province": 1.0}
CHILD_BONUS = 1.5
SIBLING_BONUS = 0.75  # "các xã Nghĩa Dũng, Nghĩa Dõng": one unambiguous item places the others
AMBIGUITY_MARGIN = 0.5


@dataclass
class _Mention:
    start: int  # into the folded text
    end: int
    name_start: int
    types: tuple[str, ...]  # unit types named by the type word, () when bare
    surfaces: tuple[Surface, ...]
    candidates: list[AdminUnit] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)


def find_admin_units(text: str, gazetteer: Gazetteer | None = None) -> list[Entity]:
    """PROVINCE, DISTRICT and COMMUNE entities of ``text`` with registry links.

    Each entity spans the type word and name as written (``text[e.start:e.end]``), with
    attributes ``admin_type``, ``code``, ``full_name``, ``parents`` (name, code, type,
    level), ``period`` ("pre2025", "post2025", "both"), ``successors`` (for pre-reform
    units: name, code, type, province; ``split`` when a commune was divided),
    ``ambiguous`` and, when ambiguous, ranked ``candidates`` with scores. ``name_start``
    is where the name begins after the type word.

    >>> [(e.name, e.admin_type, e.period) for e in find_admin_units("xa Binh Dinh, huyen Kien Xuong")]
    [('Bình Định', 'xã', 'pre2025'), ('Kiến Xương', 'huyện', 'pre2025')]
    >>> e = find_admin_units("UBND TP.HCM họp.")[0]
    >>> e.text, e.name, e.code, e.period
    ('TP.HCM', 'Hồ Chí Minh', '79', 'post2025')
    """
    if not isinstance(text, str):
        raise InputError(f"find_admin_units expects str, got {type(text).__name__}")
    gaz = gazetteer or load_gazetteer()
    composed, char_map = nfc_with_map(text)  # all matching happens on NFC text ...
    folded = fold(composed)  # ... and its folded copy, of the same length
    mentions = _scan(composed, folded, gaz)
    _resolve(mentions, gaz)
    if char_map is None:
        span = lambda start, end: (start, end)  # noqa: E731
    else:
        span = lambda start, end: (char_map.starts[start], char_map.ends[end - 1])  # noqa: E731
    return [_entity(m, text, span, gaz) for m in mentions if m.candidates]


def _scan(text: str, folded: str, gaz: Gazetteer) -> list[_Mention]:
    """Name matches at word boundaries, longest first, with the type word before them."""
    found = []
    for last, (length, surfaces) in gaz.automaton.iter(folded):
        start, end = last + 1 - length, last + 1
        if end < len(folded) and folded[end].isalnum():
            continue
        if start > 0 and folded[start - 1].isalnum() and not folded[start].isdigit():
            continue
        found.append((start, end, surfaces))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    mentions, taken_until = [], -1
    listed: _Mention | None = None  # the last mention of a list "các xã A, B và C"
    for start, end, surfaces in found:
        if start < taken_until:
            continue
        if listed is not None and _LIST_JOINT.fullmatch(folded, listed.end, start):
            mention = _mention(text, folded, start, end, surfaces, listed.types)
        else:
            mention = _mention(text, folded, start, end, surfaces)
            listed = None
            if mention and mention is not _INSIDE_ANOTHER_NAME and mention.types and _PLURAL_BEFORE.search(
                folded, max(0, mention.start - 8), mention.start
            ):
                mention.start = mention.name_start  # "các tỉnh Hải Dương, Hải Phòng": names only
                listed = mention
        if mention is _INSIDE_ANOTHER_NAME:
            taken_until = end  # nor is "Bình Dương" a place inside "Thái Bình Dương"
        elif mention is not None:
            mentions.append(mention)
            taken_until = end
            listed = mention if listed is not None else None
    return mentions


_INSIDE_ANOTHER_NAME = _Mention(0, 0, 0, (), ())  # marker: a match that is part of a longer name


def _mention(text, folded, start, end, surfaces, listed_types=()) -> _Mention | None:
    written = text[start:end]
    capitalised = all(w[0].isupper() or w[0].isdigit() for w in _WORD.findall(written))
    if not capitalised and not any(s.case_sensitive for s in surfaces):
        return None
    written_key = None if written.isascii() else tone_key(written)
    surfaces = tuple(s for s in surfaces if surface_matches(s, written, written_key))
    if not surfaces:
        return None
    if listed_types:  # an item of a list after a plural type word: that type, no type word
        types, type_start = listed_types, start
    else:
        types, type_start = _type_word(text, folded, start)
    if written[0].isdigit() and not types:
        return None  # "Quận 1", "P.3": a number is a place only after its type word
    if not types and not surfaces[0].case_sensitive and _part_of_another_name(text, folded, start, end):
        return _INSIDE_ANOTHER_NAME
    return _Mention(type_start, end, start, types, surfaces)


def _part_of_another_name(text, folded, start, end) -> bool:
    """A bare name inside a street, a landmark or a longer name: "đường Điện Biên Phủ",
    "90 Nguyễn Du", "cầu Nhật Tân", "Thái Bình Dương", "Nguyễn Thái Bình"."""
    after = text[end : end + 2]
    if len(after) == 2 and after[0] == " " and after[1].isupper():
        return True
    if " " not in folded[start:end] and _starts_sentence(text, start):
        return True  # "Vinh danh ...": a one-syllable name capitalised only by its position
    match = _NOT_A_PLACE_BEFORE.search(folded, max(0, start - 16), start)
    if match is None:
        return False
    word = match.group(1)
    if word is None:  # a house number
        return True
    written = text[match.start(1) : match.end(1)]
    return written.isascii() or tone_key(written) in _NOT_A_PLACE_KEYS


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \u201c\"'(")
    return not before or before[-1] in ".!?:\n"


def _type_word(text, folded, start) -> tuple[tuple[str, ...], int]:
    """The unit types named right before ``start`` and where that type word begins."""
    window_start = max(0, start - 12)
    match = _TYPE_BEFORE.search(folded, window_start, start)
    if not match:
        return (), start
    word = next(g for g in match.groups() if g)
    written = text[match.start() : match.start() + len(word)]
    if not written.isascii() and tone_key(written) not in _TYPE_TONE_KEYS:
        return (), start  # "xa" written "xà"/"xa" in a text with diacritics is not "xã"
    if written.isascii() and match.group(1) and _has_diacritics(text, start):
        return (), start  # "cách xa Bình Định": the plain word "xa" in a text with diacritics
    if word in _COMMITTEES:
        return TYPE_WORDS[_COMMITTEES[word]], start
    return TYPE_WORDS[word], match.start()


def _has_diacritics(text: str, near: int) -> bool:
    window = text[max(0, near - 80) : near + 80]
    return not window.isascii()


def _resolve(mentions: list[_Mention], gaz: Gazetteer) -> None:
    """Candidates for each mention, scored with the other places named in the text."""
    for mention in mentions:
        units = list(dict.fromkeys(gaz.unit(s.unit_id) for s in mention.surfaces))
        if mention.types:
            typed = [u for u in units if u.type in mention.types] or [
                u for u in units if u.level in _levels_of(mention.types)  # "thị xã Cam Ranh", a city since 2010
            ]
            if typed:
                mention.candidates = typed
                continue
            if mention.surfaces[0].form[0].isdigit():
                continue  # "quận 9" after 2021 is no unit of the registry; "9" alone is no place
            mention.start = mention.name_start  # a type word that fits no unit is not part of it
            mention.types = ()
        mention.candidates = [u for u in units if not _needs_type_word(u, mention.surfaces)]

    # First every reading of every mention is context; then only each mention's best one
    # ("Thanh Hóa" the province, not also the city of that name, when it ranks others).
    for top_only in (False, True):
        context = _Context(mentions, gaz, top_only)
        for index, mention in enumerate(mentions):
            scored = []
            for unit in mention.candidates:
                support = context.score(unit, index)
                prior = 1.0 if mention.types else BARE_PRIOR[unit.level]
                if not mention.types and support < BARE_NEEDS[unit.level] and not _well_known(unit):
                    continue  # a bare district needs its province named, a commune its district
                scored.append((prior + support, unit))
            scored.sort(key=lambda su: (-su[0],) + _order(su[1]))  # ties: the current registry first
            mention.candidates = [u for _, u in scored]
            mention.scores = [s for s, _ in scored]


class _Context:
    """What the other mentions of a text say about one mention's candidates."""

    def __init__(self, mentions: list[_Mention], gaz: Gazetteer, top_only: bool = False):
        self.gaz = gaz
        readings = [m.candidates[:1] if top_only else m.candidates for m in mentions]
        self.places = [{(u.level, tone_key(u.name)) for u in units} for units in readings]
        self.named = set().union(*self.places)
        self.children_in: dict[int, set[int]] = {}  # unit id -> mentions that may be a child of it
        self.siblings_in: dict[int, set[int]] = {}  # district id -> mentions surely inside it
        for index, (mention, units) in enumerate(zip(mentions, readings)):
            for unit in units:
                for parent in unit.parents:
                    self.children_in.setdefault(parent, set()).add(index)
            if len(mention.candidates) == 1:
                for parent in self.gaz.parents(mention.candidates[0]):
                    if parent.level == "district":
                        self.siblings_in.setdefault(parent.id, set()).add(index)

    def score(self, unit: AdminUnit, index: int) -> float:
        """Parents named elsewhere, a child named elsewhere, an unambiguous sibling."""
        others = self.named - self.places[index]
        support = _context_score(unit, others, self.gaz)
        if self.children_in.get(unit.id, set()) - {index}:
            support += CHILD_BONUS
        if any(self.siblings_in.get(p, set()) - {index} for p in unit.parents):
            support += SIBLING_BONUS
        return support


def _levels_of(types: tuple[str, ...]) -> set[str]:
    """The levels units of these types sit at ("thành phố" is a province or a district)."""
    return {level for t in types for level in _TYPE_LEVELS[t]}


def _needs_type_word(unit: AdminUnit, surfaces: tuple[Surface, ...]) -> bool:
    """Names that read as a person's or a street's without their type word: the city
    "Hồ Chí Minh" (not its aliases), communes named after people ("Phan Chu Trinh")."""
    if unit.name in _NEEDS_TYPE_WORD:
        return any(s.form == unit.name for s in surfaces)
    first = unit.name.split(" ")[0]
    return unit.level == "commune" and " " in unit.name and tone_key(first) in _SURNAME_KEYS


def _context_score(unit: AdminUnit, named: set[tuple[str, str]], gaz: Gazetteer) -> float:
    """Bonus for each parent (or, for a pre-reform unit, successor's province) named elsewhere."""
    score = 0.0
    for parent in gaz.parents(unit):
        if parent.name == unit.name:
            continue  # "Lào Cai" names the province, not the city of Lào Cai in it
        if (parent.level, tone_key(parent.name)) in named:
            score += PARENT_BONUS[parent.level]
    for successor in gaz.successors(unit) if unit.level == "commune" else ():
        province = gaz.province_of(successor)
        if successor is not province and ("province", tone_key(province.name)) in named:
            score += PARENT_BONUS["province"] / 2
            break
    return score


def _well_known(unit: AdminUnit) -> bool:
    """Provinces and the cities below them ("Đà Lạt", "Vũng Tàu") are named without a type word."""
    return unit.level == "province" or (unit.level == "district" and unit.type == "thành phố")


def _order(unit: AdminUnit) -> tuple:
    """Tie order: bigger units, then the current registry, then the code."""
    return (("province", "district", "commune").index(unit.level), unit.period == "pre2025", unit.code)


def _same_place(a: AdminUnit, b: AdminUnit) -> bool:
    """A unit and its renewed self across the reform ("Hải Phòng" before and after)."""
    return a.level == b.level and a.name == b.name and (a.id in b.successors or b.id in a.successors)


def _entity(mention: _Mention, text: str, span, gaz: Gazetteer) -> Entity:
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
    same = sum(s for u, s in zip(mention.candidates, mention.scores) if u is best or _same_place(u, best))
    score = same / sum(mention.scores)
    return Entity(LABELS[best.level], start, end, text[start:end], best.name, attrs, round(score, 3))


def _describe(unit: AdminUnit, gaz: Gazetteer | None = None) -> dict:
    info = {"name": unit.name, "code": unit.code, "admin_type": unit.type, "level": unit.level}
    if gaz is not None and unit.level != "province":
        info["province"] = gaz.province_of(unit, "post2025" if unit.period != "pre2025" else "pre2025").name
    return info
