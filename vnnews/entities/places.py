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
from ._fold import fold_with_offsets, tone_key

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
# The written forms a full type word must have when the text carries diacritics.
_TYPE_TONE_KEYS = {
    tone_key(word)
    for word, _folded in [
        ("thành phố", "thanh pho"), ("tỉnh", "tinh"), ("huyện", "huyen"), ("quận", "quan"),
        ("thị xã", "thi xa"), ("xã", "xa"), ("phường", "phuong"), ("thị trấn", "thi tran"),
        ("đặc khu", "dac khu"), ("tỉnh ủy", "tinh uy"), ("thành ủy", "thanh uy"), ("huyện ủy", "huyen uy"),
        ("quận ủy", "quan uy"), ("thị ủy", "thi uy"),
    ]
}
# Province names that are also a person's name: taken only after a type word or as an alias.
_NEEDS_TYPE_WORD = frozenset({"Hồ Chí Minh"})

BARE_PRIOR = {"province": 1.0, "district": 0.6, "commune": 0.3}
PARENT_BONUS = {"district": 2.0, "province": 1.0}
CHILD_BONUS = 1.0
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
    folded, offsets = fold_with_offsets(text)
    original = (lambda i: i) if offsets is None else offsets.__getitem__
    mentions = _scan(text, folded, original, gaz)
    _resolve(mentions, gaz)
    return [_entity(m, text, original, gaz) for m in mentions if m.candidates]


def _scan(text: str, folded: str, original, gaz: Gazetteer) -> list[_Mention]:
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
    for start, end, surfaces in found:
        if start < taken_until:
            continue
        mention = _mention(text, folded, original, start, end, surfaces)
        if mention is not None:
            mentions.append(mention)
            taken_until = end
    return mentions


def _mention(text, folded, original, start, end, surfaces) -> _Mention | None:
    written = text[original(start) : original(end)]
    surfaces = tuple(s for s in surfaces if surface_matches(s, written))
    if not surfaces:
        return None
    types, type_start = _type_word(text, folded, original, start)
    if written[0].isdigit() and not types:
        return None  # "Quận 1", "P.3": a number is a place only after its type word
    capitalised = all(w[0].isupper() or w[0].isdigit() for w in written.replace("-", " ").split())
    if not capitalised and not any(s.case_sensitive for s in surfaces):
        return None
    return _Mention(type_start, end, start, types, surfaces)


def _type_word(text, folded, original, start) -> tuple[tuple[str, ...], int]:
    """The unit types named right before ``start`` and where that type word begins."""
    window_start = max(0, start - 12)
    match = _TYPE_BEFORE.search(folded, window_start, start)
    if not match:
        return (), start
    word = next(g for g in match.groups() if g)
    written = text[original(match.start()) : original(match.start() + len(word))]
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
            typed = [u for u in units if u.type in mention.types]
            if typed:
                mention.candidates = typed
                continue
            mention.start = mention.name_start  # a type word that fits no unit is not part of it
            mention.types = ()
        mention.candidates = [
            gaz.unit(s.unit_id)
            for s in mention.surfaces
            if not (s.form in _NEEDS_TYPE_WORD and gaz.unit(s.unit_id).name == s.form)
        ]

    named = _named_places(mentions)
    for mention in mentions:
        others = named - _places_of(mention)
        with_children = {p for m in mentions if m is not mention for u in m.candidates for p in u.parents}
        scored = []
        for unit in mention.candidates:
            context = _context_score(unit, others, gaz) + CHILD_BONUS * (unit.id in with_children)
            prior = 1.0 if mention.types else BARE_PRIOR[unit.level]
            if not mention.types and unit.level != "province" and context < PARENT_BONUS["province"]:
                continue  # a bare district or commune needs its parent named in the text
            scored.append((prior + context, unit))
        scored.sort(key=lambda su: (-su[0],) + _order(su[1]))  # ties: the current registry first
        mention.candidates = [u for _, u in scored]
        mention.scores = [s for s, _ in scored]


def _named_places(mentions: list[_Mention]) -> set[tuple[str, str]]:
    return set().union(*(_places_of(m) for m in mentions)) if mentions else set()


def _places_of(mention: _Mention) -> set[tuple[str, str]]:
    """(level, folded name) of every unit a mention could be."""
    return {(u.level, tone_key(u.name)) for u in mention.candidates}


def _context_score(unit: AdminUnit, named: set[tuple[str, str]], gaz: Gazetteer) -> float:
    """Bonus for each parent (or, for a pre-reform unit, successor's province) named elsewhere."""
    score = 0.0
    for parent in gaz.parents(unit):
        if (parent.level, tone_key(parent.name)) in named:
            score += PARENT_BONUS[parent.level]
    for successor in gaz.successors(unit):
        province = gaz.province_of(successor)
        if successor is not province and ("province", tone_key(province.name)) in named:
            score += PARENT_BONUS["province"] / 2
            break
    return score


def _order(unit: AdminUnit) -> tuple:
    """Tie order: bigger units, then the current registry, then the code."""
    return (("province", "district", "commune").index(unit.level), unit.period == "pre2025", unit.code)


def _same_place(a: AdminUnit, b: AdminUnit) -> bool:
    """A unit and its renewed self across the reform ("Hải Phòng" before and after)."""
    return a.level == b.level and a.name == b.name and (a.id in b.successors or b.id in a.successors)


def _entity(mention: _Mention, text: str, original, gaz: Gazetteer) -> Entity:
    best = mention.candidates[0]
    rivals = [
        s for u, s in zip(mention.candidates[1:], mention.scores[1:]) if not _same_place(u, best)
    ]
    ambiguous = bool(rivals) and mention.scores[0] - max(rivals) < AMBIGUITY_MARGIN
    start, end = original(mention.start), original(mention.end)
    attrs = {
        "admin_type": best.type,
        "code": best.code,
        "full_name": best.full_name,
        "parents": [_describe(p) for p in gaz.parents(best)],
        "period": best.period,
        "ambiguous": ambiguous,
        "name_start": original(mention.name_start),
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
