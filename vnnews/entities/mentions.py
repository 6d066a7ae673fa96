"""Where a text names an administrative unit: registry names at word boundaries, with the
type word before them, minus the matches a reader would not take for a place.

:func:`scan_mentions` runs one Aho-Corasick pass over the folded text, keeps the longest
leftmost matches and reads what stands before each: a type word ("xã", "TP.", "Q"),
a plural starting a list ("các xã A, B"), or words that make the name part of something
else (a street, a person, a longer capitalised name). Choosing the unit is left to
:mod:`vnnews.entities.places`.

>>> from vnnews.entities.gazetteer import load_gazetteer
>>> text = "các xã Nghĩa Dũng, Nghĩa Dõng và đường Lê Lợi"
>>> [(text[m.start:m.end], m.types) for m in scan_mentions(text, fold(text), load_gazetteer())]
[('Nghĩa Dũng', ('xã',)), ('Nghĩa Dõng', ('xã',))]
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from ._fold import fold, tone_key
from .gazetteer import TYPE_WORDS, AdminUnit, Gazetteer, Surface, surface_matches
from .tokens import lower_tail_cuts
from .unit_lists import is_sibling_item, list_intros
from .unit_lists import is_sibling_district, number_item_ends

# A type word right before a name, in folded text: "xa ", "tp.", "q.", "thanh pho ".
_TYPE_BEFORE = regex.compile(
    r"(?<![\w.])(?:(thanh pho|tinh|huyen|quan|thi xa|xa|phuong|thi tran|dac khu)\s+"
    r"|(tp|t\.p|tx|tt|h|q|p|x)\.\s*|(tp|tx|tt)\s+|(q|p) ?"
    r"|(tinh uy|thanh uy|huyen uy|quan uy|thi uy)\s+)$"
)
# Party committees name the kind of unit they sit in: "Huyện ủy Thái Thụy" is a district.
# They belong to the organisation, so the place's span starts at its name.
_COMMITTEES = {"tinh uy": "tinh", "thanh uy": "thanh pho", "huyen uy": "huyen", "quan uy": "quan", "thi uy": "thi xa"}
_WORD = regex.compile(r"\w+(?:['’]\w+)*")  # "H'leo" is one word
UNIT_DESCRIPTORS = ("miền núi", "vùng cao", "vùng sâu", "biên giới", "ven biển", "đảo", "ngoại thành", "nội thành")
"""Lower-case words between a type word and its name that say what kind of unit it is ("huyện
miền núi Quỳ Châu", "huyện đảo Lý Sơn", "xã biên giới Y Tý"): the type word still types the
name, and the unit's span is the name alone, as the gold has it (the twenty-first stop; in VNTC
train "huyện đảo" precedes a name 41 times, "huyện miền núi" 23)."""
_DESCRIBED_TYPE_BEFORE = regex.compile(
    r"(?<![\w.])(tinh|huyen|quan|thi xa|xa|thi tran) +(" + "|".join(fold(w) for w in UNIT_DESCRIPTORS) + r") +$")
_DESCRIPTOR_KEYS = frozenset(tone_key(w) for w in UNIT_DESCRIPTORS)
_DESCRIPTOR_ENDS = frozenset(fold(w).split()[-1] for w in UNIT_DESCRIPTORS)
# A plural before a type word starts a list of names of that type: "các xã A, B và C".
# A number there counts units only when a list follows ("3 tỉnh Hải Dương, Hải Phòng và ..."):
# in "Đội CSGT số 3 TP Hà Nội", "khu vực 1 TP Hồ Chí Minh", "quận 10 TP HCM" it numbers
# something else and the type word stays with its name.
_PLURAL_BEFORE = regex.compile(r"(?<!\w)(?:cac|nhung|hai|ba|bon|(\d+)) +$")
_LIST_AFTER = regex.compile(r" *(?:[,;]|,? +(?:và|va)) +\p{Lu}")
_LIST_JOINT = regex.compile(r" *(?:,|;|va|, *va) *")
_COMMA = regex.compile(r" *, *")
_COMMUNE_TYPES = frozenset({"xã", "phường", "thị trấn"})
_DISTRICT_TYPES = frozenset({"quận", "huyện", "thị xã"})  # "quận 10, 11, Tân Bình" (unit_lists)
# After a singular type word, names closed by "và" share it: "xã Tân Phú, Tân Thành và Phú Hữu".
_LOCAL_TYPES = frozenset({"huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})
_CAPITALISED_NAME = r"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)*"
_NAMES_UP_TO_AND = regex.compile(r"(?: *, *" + _CAPITALISED_NAME + r")* *,? +(?:và|va) +" + _CAPITALISED_NAME)
# The written forms a full type word must have when the text carries diacritics.
_TYPE_TONE_KEYS = {
    tone_key(word)
    for word in (
        "thành phố", "tỉnh", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu",
        "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
    )
}
# Words before a bare name that make it part of something else: a street or a landmark,
# a person ("ông Vinh", "Nguyễn Thái Bình"), or a house number ("90 Nguyễn Du").
_LANDMARK_WORDS = (
    "đường", "phố", "ngõ", "hẻm", "ngách", "đại lộ", "quốc lộ", "tỉnh lộ", "cầu", "chợ", "ga",
    "sân bay", "bến xe", "bến", "phà", "đèo", "vịnh", "sông", "núi", "hồ", "cảng", "cửa khẩu",
    "khu công nghiệp", "khu đô thị", "khu du lịch", "khu kinh tế", "số", "sân", "đảo", "dốc",
    "kênh", "rạch", "thôn", "xóm", "ấp", "bản", "làng", "khu", "trạm", "vườn quốc gia", "HTX",
    "KCN", "KCX", "KKT", "CCN", "khu chế xuất", "cụm công nghiệp", "nghĩa trang", "lò thiêu",
)
_HONORIFICS = ("ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "cháu", "đồng chí", "thầy")
_NAME_PARTS = (
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Ngô", "Lý", "Đinh", "Trịnh", "Trương", "Văn", "Thị", "Hữu", "Đức", "Công", "Quốc",
)
_NOT_A_PLACE_WORDS = _LANDMARK_WORDS + _HONORIFICS + _NAME_PARTS
_NOT_A_PLACE_KEYS = {tone_key(w) for w in _NOT_A_PLACE_WORDS}
# Words that start a person's name: a commune named so ("Phan Chu Trinh") needs its type word.
SURNAME_KEYS = {tone_key(w) for w in _NAME_PARTS} | {
    tone_key(w) for w in ("Phan", "Hồ", "Dương", "Đào", "Đoàn", "Lương", "Mạc", "Chu", "Tôn", "Cao")
}
_SUGAR_KEYS = {tone_key(w) for w in ("máy", "mía")}
_NOT_A_PLACE_BEFORE = regex.compile(
    r"(?:(?<![\w.])(" + "|".join(sorted({regex.escape(fold(w)) for w in _NOT_A_PLACE_WORDS}, key=len, reverse=True))
    + r")\s+|(?<![\w.])(?!\d{1,2}h\s)\d[\d/]*[a-z]?\s+)$"  # a house number, not an hour ("11h Hà Nội")
)


@dataclass
class Mention:
    """A name found in the text: its span (type word included), the registry names it may
    be, and, once resolved, its ranked candidate units with their scores."""

    start: int  # into the NFC text (and its folded copy, of the same length)
    end: int
    name_start: int
    types: tuple[str, ...]  # unit types named by the type word, () when bare
    surfaces: tuple[Surface, ...]
    candidates: list[AdminUnit] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)


def scan_mentions(text: str, folded: str, gaz: Gazetteer) -> list[Mention]:
    """Name matches at word boundaries, longest first, with the type word before them.

    ``text`` is NFC and ``folded`` its :func:`fold` (the same length).
    """
    plain = text.isascii()  # no diacritics at all: maybe no capitals either ("xa binh dinh")
    found, glued = [], None
    for last, (length, surfaces) in gaz.automaton.iter(folded):
        start, end = last + 1 - length, last + 1
        if end < len(folded) and folded[end].isalnum():
            if not text[end].islower() or end not in (glued := lower_tail_cuts(text) if glued is None else glued):
                continue  # inside a word, unless a lower-case word is glued to the name ("Hậu Giangchết")
        if start > 0 and folded[start - 1].isalnum() and not folded[start].isdigit():
            continue
        found.append((start, end, surfaces))
    found.sort(key=lambda m: (m[0], m[0] - m[1]))
    mentions, taken_until = [], -1
    listed: Mention | None = None  # the last mention of a list "các xã A, B và C"
    list_kinds: tuple[str, ...] = ()  # the types of a list opened by an intro, kept over a typed item in it
    intros = list_intros(text, folded) if found else {}  # "các xã còn lại như A, B"
    typed_commune: Mention | None = None  # "xã Nghĩa Dũng, Nghĩa Dõng": a comma may go on
    typed_district: Mention | None = None  # "quận Hai Bà Trưng, Long Biên": likewise
    for start, end, surfaces in found:
        if start < taken_until:
            continue
        in_list = listed is not None and _LIST_JOINT.fullmatch(folded, listed.end, start)
        list_types = (list_kinds or listed.types) if in_list else intros.get(start, ())
        sibling = not list_types and typed_commune is not None and _COMMA.fullmatch(folded, typed_commune.end, start) \
            and is_sibling_item(gaz, typed_commune.surfaces, typed_commune.types, surfaces)
        if not list_types and typed_district is not None and _COMMA.fullmatch(folded, typed_district.end, start) \
                and is_sibling_district(gaz, typed_district.surfaces, typed_district.types, surfaces) \
                and (not folded[start].isdigit() or number_item_ends(text, end)):
            typed_commune, sibling = typed_district, True  # "quận 10, 11, Tân Bình"
        typed_district = None
        if sibling:
            list_types = typed_commune.types
        typed_commune = None
        if list_types:
            mention = _mention(text, folded, start, end, surfaces, list_types, gaz=gaz)
        else:
            mention = _mention(text, folded, start, end, surfaces, plain=plain, gaz=gaz)
        if mention == _INSIDE_ANOTHER_NAME:
            taken_until = _end_of_name(text, end)  # nor is "Bình Dương" a place in "Nam Thái Bình Dương"
            listed, list_kinds = None, ()
            continue
        if mention is None:
            listed = listed if in_list else None
            continue
        if in_list or (list_types and not sibling):
            listed = mention
            list_kinds = list_types
        elif list_kinds and listed is not None and _LIST_JOINT.fullmatch(folded, listed.end, mention.start) \
                and set(mention.types) & set(list_kinds):
            listed = mention  # "một số quận huyện như Bình Chánh, Quận 9, Củ Chi": a typed item goes on with the list
        else:
            listed, list_kinds = None, ()
            if mention.types and _plural_before(text, folded, mention):
                mention.start = mention.name_start  # "các tỉnh Hải Dương, Hải Phòng": names only
                listed = mention
            elif set(mention.types) & _LOCAL_TYPES and _NAMES_UP_TO_AND.match(text, end):
                listed = mention  # "xã Tân Phú, Tân Thành và Phú Hữu": one type word for all
            elif set(mention.types) <= _COMMUNE_TYPES and mention.types:
                typed_commune = mention  # "xã Nghĩa Dũng, Nghĩa Dõng" (checked item by item)
            elif set(mention.types) <= _DISTRICT_TYPES and mention.types:
                typed_district = mention  # "quận 10, 11, Tân Bình" (checked item by item)
        mentions.append(mention)
        taken_until = end
    return mentions


def _plural_before(text: str, folded: str, mention: Mention) -> bool:
    """A plural before the type word: "các", "những", or a number followed by a list.

    >>> [_plural_before(t, fold(t), Mention(t.index("T"), len(t.split(",")[0]), 0, ("province",), ()))
    ...  for t in ("ở 2 TP Hà Nội, Hải Phòng", "Đội số 3 TP Hà Nội đã", "các TP Hà Nội")]
    [True, False, True]
    """
    plural = _PLURAL_BEFORE.search(folded, max(0, mention.start - 8), mention.start)
    return plural is not None and (plural.group(1) is None or bool(_LIST_AFTER.match(text, mention.end)))


_INSIDE_ANOTHER_NAME = "inside another name"  # what _mention says of "Bình Dương" in "Thái Bình Dương"
_CAPITALISED_WORDS = regex.compile(r"(?: \p{Lu}\w*)*")


def _end_of_name(text: str, end: int) -> int:
    """Where a run of capitalised words going on at ``end`` stops."""
    return _CAPITALISED_WORDS.match(text, end).end()


def _mention(text, folded, start, end, surfaces, listed_types=(), plain=False, gaz=None) -> Mention | str | None:
    written = text[start:end]
    capitalised = all(w[0].isupper() or w[0].isdigit() for w in _WORD.findall(written))
    if not capitalised and not any(s.case_sensitive for s in surfaces):
        if not (plain and " " in written and _type_word(text, folded, start)[0] and not listed_types):
            return None  # lower case is only read as a name in plain text, after its type word
    written_key = None if written.isascii() else tone_key(written)
    surfaces = tuple(s for s in surfaces if surface_matches(s, written, written_key))
    if not surfaces:
        return None
    if surfaces[0].case_sensitive and _glued_to_an_acronym(text, start, end):
        return None  # "LG.HN.ACB", "HP.HN": a club's acronym, not Hà Nội
    if listed_types:  # an item of a list after a plural type word: that type, no type word
        if _capital_follows(text, end):
            return _INSIDE_ANOTHER_NAME  # "các xã Kim Sơn, Đông Dư": not the commune "Đông"
        types, type_start = listed_types, start
    else:
        types, type_start = _type_word(text, folded, start)
    if types and set(types) <= _COMMUNE_TYPES and " " not in written and _name_goes_on(text, end):
        return None  # "xã Quế Xuân": not the commune "Quế"; the longer name is a commune of its own
    if written[0].isdigit() and (not types or regex.match(r"[.,]\d", text[end : end + 2])):
        return None  # "Quận 1", "P.3": a number is a place only after its type word, not "5.000"
    if not types and not surfaces[0].case_sensitive and _part_of_another_name(text, folded, start, end) \
            and not (_starts_sentence(text, start) and _names_a_province(surfaces, gaz)
                     and not _capital_follows(text, end)):
        return _INSIDE_ANOTHER_NAME  # "Huế sẽ ...": a province's one-word name opens a sentence
    return Mention(type_start, end, start, types, surfaces)


_ACRONYM_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}{2,5})[.-]$")
_ACRONYM_AFTER = regex.compile(r"\.\p{Lu}{2,5}(?![\p{L}\p{M}])")  # not "-PV", a reporter's credit
_TYPE_ACRONYMS = frozenset({"TP", "TX", "TT", "CA", "HN", "HCM"})  # "TP.HCM", "HN-HCM"


def _glued_to_an_acronym(text: str, start: int, end: int) -> bool:
    """A province's capital abbreviation glued by a dot or a dash to another acronym: the
    two or three name a club or a branch ("LG.HN.ACB", "HP.HN", "VCB-HCM"), not the city;
    "TP.HCM" keeps its type word (twenty-second stop; in VNTC train "LG.HN.ACB" is written
    some 300 times, "HP.HN" 60).

    >>> [_glued_to_an_acronym(t, t.rindex("HN"), t.rindex("HN") + 2)
    ...  for t in ("LG.HN.ACB", "HP.HN", "VCB-HN", "TP.HN", "HN.Các", "HN-PV", "HCM-HN")]
    [True, True, True, False, False, False, False]
    """
    before = _ACRONYM_BEFORE.search(text, max(0, start - 6), start)
    return (before is not None and before.group(1) not in _TYPE_ACRONYMS) or _ACRONYM_AFTER.match(text, end) is not None


def _part_of_another_name(text, folded, start, end) -> bool:
    """A bare name inside a street, a landmark or a longer name: "đường Điện Biên Phủ",
    "90 Nguyễn Du", "cầu Nhật Tân", "Thái Bình Dương", "Nguyễn Thái Bình" -- not after an
    hour ("11h Hà Nội") or in "đường phố Hà Nội" (the city's streets).

    >>> [_part_of_another_name(t, fold(t), len(t) - 6, len(t)) for t in ("số 90 Hà Nội", "lúc 11h Hà Nội",
    ...                                                                  "phố Hà Nội", "đường phố Hà Nội")]
    [True, False, True, False]
    """
    if _capital_follows(text, end):
        return not _full_name_follows(text, end)  # "Công an Hà Nội Nguyễn Đức Bình": the holder after the body
    if " " not in folded[start:end] and _starts_sentence(text, start):
        return True  # "Vinh danh ...": a one-syllable name capitalised only by its position
    match = _NOT_A_PLACE_BEFORE.search(folded, max(0, start - 16), start)
    if match is None:
        return False
    word = match.group(1)
    if word is None:  # a house number, not the second number of a score after a name ("Bình Dương 4-2 Nam Định")
        return _SCORE_AFTER_A_NAME.search(text, max(0, start - 40), start) is None
    if word == "pho" and folded.endswith("duong ", 0, match.start(1)):
        return False  # "đường phố Hà Nội": the streets of the city, not a street named after it
    if word == "duong" and folded.endswith(("may ", "mia "), 0, match.start(1)) \
            and tone_key(text[match.start(1) - 4:match.start(1) - 1]) in _SUGAR_KEYS:
        return False  # "Nhà máy đường Bình Dương", "mía đường Lam Sơn": sugar, not a street
    written = text[match.start(1) : match.end(1)]
    return written.isascii() or tone_key(written) in _NOT_A_PLACE_KEYS


_SCORE_AFTER_A_NAME = regex.compile(
    r"(?<![\p{L}\p{M}])(?!(?:Ngày|Sáng|Trưa|Chiều|Tối|Đêm|Hôm|Mùng|Từ|Đến) )\p{Lu}[\p{L}\p{M}]* \d{1,2} ?[-–] ?\d{1,2} $")
_FULL_NAME_AFTER = regex.compile(r" (\p{Lu}[\p{L}\p{M}]*)(?: \p{Lu}[\p{L}\p{M}]*){1,3}(?![\p{L}\p{M}])")


def _full_name_follows(text: str, end: int) -> bool:
    """Whether a person's full name, a surname and one to three capitalised syllables, follows
    ``end``: "LĐBĐ Hà Nội Hoàng Vĩnh Giang" names the federation's head after its city, where
    "Thái Bình Dương" goes on as one name.

    >>> _full_name_follows("LĐBĐ Hà Nội Hoàng Vĩnh Giang nói", 11), _full_name_follows("Thái Bình Dương", 9)
    (True, False)
    """
    match = _FULL_NAME_AFTER.match(text, end)
    return match is not None and tone_key(match.group(1)) in SURNAME_KEYS


def _names_a_province(surfaces, gaz: Gazetteer | None) -> bool:
    """Whether a surface names a province: "Huế" at the start of a sentence is no common word
    capitalised by its position (one-syllable names of smaller units may be: "Vinh danh").

    >>> from vnnews.entities.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> _names_a_province(gaz.surfaces("Huế"), gaz), _names_a_province(gaz.surfaces("Vinh"), gaz)
    (True, False)
    """
    return gaz is not None and any(gaz.unit(s.unit_id).level == "province" for s in surfaces)


def _name_goes_on(text: str, end: int) -> bool:
    """Whether a capitalised syllable that cannot start a person's name follows ``end``:
    "xã Quế Xuân" goes on, "xã Tư Nguyễn Văn A" names the commune's chairman after it.

    >>> _name_goes_on("xã Quế Xuân", 6), _name_goes_on("xã Tư Nguyễn Văn A", 5), _name_goes_on("xã Quế, huyện", 6)
    (True, False, False)
    """
    if not _capital_follows(text, end):
        return False
    word = _WORD.match(text, end + 1)
    return word is not None and tone_key(word.group()) not in SURNAME_KEYS


def _capital_follows(text: str, end: int) -> bool:
    after = text[end : end + 2]
    return len(after) == 2 and after[0] == " " and after[1].isupper()


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \u201c\"'(")
    return not before or before[-1] in ".!?:\n"


def _type_word(text, folded, start) -> tuple[tuple[str, ...], int]:
    """The unit types named right before ``start`` and where that type word begins."""
    window_start = max(0, start - 12)
    match = _TYPE_BEFORE.search(folded, window_start, start)
    if not match:
        return _described_type_word(text, folded, start), start
    word = next(g for g in match.groups() if g)
    if match.group(4) and not folded[start].isdigit():
        return (), start  # a bare "Q"/"P" only types a number: "Q1", "P 12"
    written = text[match.start() : match.start() + len(word)]
    if not written.isascii() and tone_key(written) not in _TYPE_TONE_KEYS:
        return (), start  # "xa" written "xà"/"xa" in a text with diacritics is not "xã"
    if written.isascii() and match.group(1) and _has_diacritics(text, start):
        return (), start  # "cách xa Bình Định": the plain word "xa" in a text with diacritics
    if word in _COMMITTEES:
        return TYPE_WORDS[_COMMITTEES[word]], start
    return TYPE_WORDS[word], match.start()


def _described_type_word(text: str, folded: str, start: int) -> tuple[str, ...]:
    """The unit types of a type word written with a descriptor before the name at ``start``
    (:data:`UNIT_DESCRIPTORS`), else none.

    >>> t = "tại huyện miền núi Quỳ Châu, cách xa biên giới Lào"
    >>> _described_type_word(t, fold(t), t.index("Quỳ")), _described_type_word(t, fold(t), t.index("Lào"))
    (('huyện',), ())
    """
    if folded[max(0, start - 7):start].rstrip().rpartition(" ")[2] not in _DESCRIPTOR_ENDS:
        return ()  # most names: no descriptor's last word before them
    match = _DESCRIBED_TYPE_BEFORE.search(folded, max(0, start - 24), start)
    if not match:
        return ()
    if not text.isascii() and (tone_key(text[match.start(1):match.end(1)]) not in _TYPE_TONE_KEYS
                               or tone_key(text[match.start(2):match.end(2)]) not in _DESCRIPTOR_KEYS):
        return ()  # "cách xa biên giới": "far", no "xã"
    return TYPE_WORDS[match.group(1)]


def _has_diacritics(text: str, near: int) -> bool:
    window = text[max(0, near - 80) : near + 80]
    return not window.isascii()
