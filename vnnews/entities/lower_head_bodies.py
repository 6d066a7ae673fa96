"""Bodies named after a lower-case head that the other rules read as a person, a place or
nothing: parties ("đảng Quốc đại", "đảng Bảo thủ Michael Howard"), universities ("trường
đại học Stanford", "các trường đại học Pittsburgh, Harvard") and hospitals ("bệnh viện Da
liễu", "bệnh viện Bạch Mai").

The guideline leaves a lower-case head out and keeps the name alone; a place that is the
whole name stays a place inside it ("đại học Toronto": ORGANIZATION and LOCATION). The name
is read by its shape, not looked up:

- a Vietnamese word of a name: a capitalised syllable and the lower-case syllables that make
  one dictionary word with it (underthesea's Viet74K: "Quốc đại", "Bảo thủ", "Da liễu");
  names written so take one to three such words ("Mặt trận Nhân dân") and a country or a
  province right after ("Nhân dân Campuchia", "Văn hóa TP HCM"), not a word of scope
  ("bệnh viện Trung ương") nor words of a field after them ("bệnh viện Đa khoa trung tâm
  Tiền Giang" goes on in lower case);
- for a university or a hospital, foreign-spelt capitalised words ("Carnegie-Mellon",
  "Cincinnati"), not a country ("đại học Anh" is a place's universities);
- for a hospital, two or three capitalised Vietnamese syllables with nothing capitalised
  after them ("Chợ Rẫy", "Bạch Mai").

A party after a plural ("các đảng Shiite") is a group, not one body; a university after a
plural opens a list, each name a body ("các trường đại học Pittsburgh, Harvard, Missouri").

>>> from .recognizer import EntityRecognizer
>>> t = "Chủ tịch đảng Quốc đại Sonia Gandhi đến bệnh viện Bạch Mai."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
[('ORGANIZATION', 'Quốc đại'), ('PERSON', 'Sonia Gandhi'), ('ORGANIZATION', 'Bạch Mai')]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

import regex

from ..document import Entity
from ..normalize import convert_tone_style
from . import org_head_words, phrasebooks
from .body_fields import field_word_length
from .body_word_ends import two_syllable_words
from .foreign import looks_foreign
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable

_HEAD = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?P<party>đảng)|(?P<school>(?:trường )?đại học)|(?P<hospital>bệnh viện)) (?=\p{Lu})")
_PLURAL = regex.compile(r"(?:(?<![\p{L}\p{M}])(?:các|những|nhiều|mấy|hai|ba)|\d)\s+(?:trường\s+)?$")
_PREPOSITIONS = frozenset({"trong", "ngoài", "tại", "ở", "từ", "đến", "với", "của", "cho", "về", "trên", "dưới"})
_AFTER_A_POST = regex.compile(r"(?i:giám đốc|trưởng|phó|bác sĩ)\s+$")
_NOT_NAMES = frozenset({"nhà"})  # "các bệnh viện Nhà nước": state-owned, no name
_COUNTRIES = phrasebooks.COUNTRIES
_SCOPES = Phrasebook(org_head_words.NAME_SCOPE_WORDS)
_WORLD_PLACES = phrasebooks.WORLD_PLACES
_VOWEL = regex.compile(r"[aeiouyAEIOUY]")
_ADMIN_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE"})
_PLACE_LABELS = _ADMIN_LABELS | {"LOCATION"}
_LIST_JOINERS = frozenset({",", "và"})


def with_lower_head_bodies(text: str, syl: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted) with the names after "đảng", "(trường) đại học" and "bệnh viện"
    written in lower case made ORGANIZATIONs, where no other organisation overlaps them.

    >>> from .recognizer import EntityRecognizer
    >>> t = "Các nhà khoa học thuộc trường đại học Stanford cho biết."
    >>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
    [('ORGANIZATION', 'Stanford')]
    """
    if "đảng " not in text and "đại học " not in text and "bệnh viện " not in text:
        return entities
    starts = [t.start for t in syl]
    provinces = {e.start: e.end for e in entities if e.label == "PROVINCE"}
    names: list[tuple[int, int]] = []
    for m in _HEAD.finditer(text):
        j = bisect_left(starts, m.end())
        if j >= len(syl) or syl[j].start != m.end() or not syl[j].linked:
            continue
        kind = m.lastgroup
        plural = _PLURAL.search(text, max(0, m.start() - 16), m.start()) is not None
        if kind == "party" and plural:
            continue  # "các đảng Shiite", "6 đảng Hồi giáo": a group of parties
        after_post = _AFTER_A_POST.search(text, max(0, m.start() - 12), m.start()) is not None
        end = _name_end(syl, j, kind, provinces, after_post)
        while end is not None:
            names.append((syl[j].start, syl[end - 1].end))
            if not (kind == "school" and plural):
                break
            j = _next_item(text, syl, end)  # "các trường đại học Pittsburgh, Harvard, Missouri"
            end = _name_end(syl, j, kind, provinces) if j is not None else None
    return _with_names(text, entities, names) if names else entities


def _name_end(syl: Sequence[Syllable], j: int, kind: str, provinces: dict[int, int], after_post: bool = False) -> int | None:
    """Token index after the name starting at ``j``, or None when no name of the head's shape starts there."""
    if _SCOPES.match(syl, j) or _COUNTRIES.match(syl, j) or syl[j].low in _NOT_NAMES:
        return None  # "bệnh viện Trung ương", "bệnh viện Việt Nam", "bệnh viện Nhà nước": no name
    end = _words_end(syl, j, kind, provinces)
    if end is None and kind != "party":
        end = _foreign_end(syl, j, kind)
        if end is None and kind == "hospital" and not after_post:
            end = _capitalised_end(syl, j)  # not "Giám đốc bệnh viện Nguyễn Quốc Khánh": its director
    if end is None or (end < len(syl) and syl[end].linked and syl[end].text[0].isdigit()):
        return None  # "đại học Paris 6": the name goes on with its number
    return end


def _words_end(syl: Sequence[Syllable], j: int, kind: str, provinces: dict[int, int]) -> int | None:
    """End of a name of Vietnamese words ("Quốc đại", "Mặt trận Nhân dân Azerbaijan", "Văn hóa TP HCM")."""
    end = j
    while end < j + 6 and (end == j or (end < len(syl) and syl[end].linked)) and (n := _word_length(syl, end)):
        end += n
    if end == j or syl[end - 1].low == "giáo":
        return None  # "đảng Hồi giáo Hamas": a religion describes the party
    if end < len(syl) and syl[end].linked and not syl[end].cap and field_word_length(syl, end):
        return None  # the name goes on in lower case: "bệnh viện Đa khoa trung tâm Tiền Giang"
    if end < len(syl) and syl[end].linked and syl[end].cap:
        if (country := _COUNTRIES.match(syl, end)):
            return end + country[0]  # "Nhân dân Campuchia"
        if syl[end].start in provinces and kind != "party":
            return _token_at(syl, provinces[syl[end].start], end)  # "Văn hóa TP HCM"
        if kind != "party":
            return None  # the name goes on with words of another shape
    return end  # a party's name ends before its leader's ("đảng Bảo thủ Michael Howard")


def _foreign_end(syl: Sequence[Syllable], j: int, kind: str) -> int | None:
    """End of a foreign-spelt name of a university or a hospital ("Carnegie-Mellon"), not a
    country's ("đại học Anh") nor, for a hospital, a city's ("bệnh viện Baghdad")."""
    end = j
    while end < j + 3 and end < len(syl) and syl[end].cap and (end == j or syl[end].linked) and looks_foreign(syl[end]) \
            and _VOWEL.search(syl[end].text):  # not "CNTT", "HCM"
        end += 1
    if end == j or (end < len(syl) and syl[end].linked and syl[end].cap) \
            or (kind == "hospital" and _WORLD_PLACES.match(syl, j)):
        return None
    return end


def _capitalised_end(syl: Sequence[Syllable], j: int) -> int | None:
    """End of a hospital's name of two or three capitalised syllables ("Chợ Rẫy", "Bạch Mai"),
    nothing capitalised after it and its last syllable no part of a word going on in lower
    case ("Bệnh Nhiệt" | "đới", "Nhi Trung" | "ương")."""
    end = j
    while end < j + 3 and end < len(syl) and syl[end].cap and syl[end].name_like and (end == j or syl[end].linked):
        end += 1
    if end - j < 2 or _WORLD_PLACES.match(syl, j):
        return None
    if end < len(syl) and syl[end].linked:
        if syl[end].cap or _is_word(f"{syl[end - 1].low} {syl[end].low}"):
            return None
    return end


def _word_length(syl: Sequence[Syllable], k: int) -> int:
    """Length of a Vietnamese word of a name at ``k``: a capitalised syllable and one or two
    lower-case syllables that make a dictionary word with it; 0 if none."""
    if k >= len(syl) or not syl[k].cap or not syl[k].name_like:
        return 0
    for n in (3, 2):
        if k + n > len(syl) or not all(t.linked and not t.cap and t.text.isalpha() and t.low not in _PREPOSITIONS
                                       for t in syl[k + 1:k + n]):  # not "Xanh trong" (of "đảng Xanh trong danh sách")
            continue
        if _is_word(" ".join(t.low for t in syl[k:k + n])):
            return n
    return 0


def _is_word(words: str) -> bool:
    """Whether ``words`` (lower case) is a word of two or three syllables in Viet74K, in either tone style."""
    dictionary = two_syllable_words()
    return words in dictionary or convert_tone_style(words, "old") in dictionary


def _token_at(syl: Sequence[Syllable], end_offset: int, k: int) -> int | None:
    """Token index after the token ending at ``end_offset`` (from ``k`` on)."""
    while k < len(syl) and syl[k].end < end_offset:
        k += 1
    return k + 1 if k < len(syl) and syl[k].end == end_offset else None


def _next_item(text: str, syl: Sequence[Syllable], end: int) -> int | None:
    """Token index of the next name in a list ("X, Y và Z"), if a comma or "và" is all that comes between."""
    if end >= len(syl):
        return None
    gap = text[syl[end - 1].end:syl[end].start].strip()
    if gap == "," and syl[end].cap:
        return end
    if gap == "" and syl[end].low in _LIST_JOINERS and end + 1 < len(syl) and syl[end + 1].linked and syl[end + 1].cap:
        return end + 1
    return None


def _with_names(text: str, entities: list[Entity], names: list[tuple[int, int]]) -> list[Entity]:
    """``entities`` with an ORGANIZATION over each name no organisation overlaps (one inside it
    gives way: "Tự" of "đảng Tự do"); a person or a place over more than the name, an
    official (a post's holder: "Giám đốc bệnh viện Nguyễn Quốc Khánh") or an administrative
    unit that is the whole name ("bệnh viện TP HCM") keeps the name out; a person inside it
    gives way, a place inside it stays unless it is a place named by its capitalised head
    ("Chợ Rẫy" of "bệnh viện Chợ Rẫy", as inside "Bệnh viện Chợ Rẫy")."""
    found = EntitiesByStart(entities)
    drop: set[int] = set()
    added = []
    for start, end in names:
        over = found.overlapping(start, end)
        if any(e.label == "ORGANIZATION" and not (start <= e.start and e.end <= end and (e.start, e.end) != (start, end))
               for e in over):
            continue  # read already, or part of a longer body
        if any(e.start < start or e.end > end or e.label == "OFFICIAL"
               or ((e.start, e.end) == (start, end) and e.label in _ADMIN_LABELS) for e in over):
            continue
        drop.update(id(e) for e in over if e.label not in _PLACE_LABELS or e.attrs.get("head_capitalised"))
        added.append(organization_entity(text, start, end, "lower_case_head"))
    if not added:
        return entities
    return sorted([e for e in entities if id(e) not in drop] + added, key=lambda e: (e.start, -e.end))
