"""LOCATION mentions: villages, streets, rivers, landmarks, countries and foreign cities.

A lower-case head noun followed by a capitalised name or a number is a place ("thôn 3",
"ấp An Phú", "sông Vu Gia - Thu Bồn", "sân bay Nội Bài"); countries, world regions and
foreign cities come from a list.

>>> text = "Ông Nguyện ở ấp 2, gần sông Bảo Định, vừa từ Trung Quốc về."
>>> [e.text for e in find_locations(text, syllables(text))]
['ấp 2', 'sông Bảo Định', 'Trung Quốc']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from . import company_words, match_words, org_head_words, phrasebooks, place_words, world_words
from .landmark_heads import LANDMARK_HEADS, NOT_A_LANDMARK_HEAD_AFTER
from .landmark_heads import CAPITALISED_LANDMARK_HEADS, CRAFTS_OF_VILLAGES, QUALIFIED_HEADS
from .persons import is_name_syllable
from .tokens import Phrasebook, Syllable, joined_by_dash, sentence_start, syllables  # noqa: F401 (doctests)

_HEADS = Phrasebook(place_words.LOCATION_HEADS + LANDMARK_HEADS)
_NOT_A_HEAD_AFTER = {**place_words.NOT_A_HEAD_AFTER, **NOT_A_LANDMARK_HEAD_AFTER}
_VERB_AFTER_PLACE = phrasebooks.VERBS_AFTER_A_BODY
_CAPITALISED_HEADS = place_words.CAPITALISED_LOCATION_HEADS | CAPITALISED_LANDMARK_HEADS
_WORLD = phrasebooks.WORLD_PLACES
_COUNTRIES = phrasebooks.COUNTRIES
_NOT_PERSON_WORDS = company_words.FOREIGN_COMPANY_WORDS | world_words.FOREIGN_EVENT_WORDS | {"world", "asia", "garden", "brand"}
_HOUSE_NUMBER = regex.compile(r"^\d+[A-Z]?(?:/\d+[A-Z]?)+$")
_PLAIN_HOUSE_NUMBER = regex.compile(r"^\d{1,4}(?:[A-Z]\d{0,2}|[a-e])?$")  # "198A1", "53c"
_YEAR = regex.compile(r"^(?:19|20)\d\d$")
_UNIT_ABBREVIATION = regex.compile(r"^(?:P|Q|TX|TP)\.")
_LEVELS = phrasebooks.LEVEL_WORDS
_BEFORE_AN_ADDRESS = frozenset({"số", "tại", "ở", "nhà", "chỉ"})  # "địa chỉ 12 Lý Thường Kiệt, ..."


def find_locations(text: str, tokens: Sequence[Syllable]) -> list[Entity]:
    """LOCATION entities of ``text``; ``attrs["kind"]`` is "named_place" (a head noun and a
    name), "street" (a street after a house number), "world" (a country, region or foreign city).

    >>> t = "Hồ Gươm ở Hà Nội, không phải Đền Hùng"
    >>> [(e.text, e.attrs["head_capitalised"]) for e in find_locations(t, syllables(t))]
    [('Hồ Gươm', True), ('Đền Hùng', True)]
    """
    found = []
    i = 0
    while i < len(tokens):
        entity, end = _named_place(text, tokens, i) or _street_after_number(text, tokens, i) \
            or _world_place(text, tokens, i) or (None, i + 1)
        if entity is not None:
            found.extend(_junction_streets(text, tokens, i, end) or [_delta(text, tokens, i, end, entity)])
        i = end
    return _dashed_known_names(text, found)


_DELTA_REGIONS = frozenset({"bắc bộ", "nam bộ", "trung bộ"})


def _delta(text: str, tokens: Sequence[Syllable], i: int, end: int, entity: Entity) -> Entity:
    """A river or a region after "đồng bằng" names a delta, the whole a place ("đồng bằng sông
    Cửu Long", "Đồng bằng sông Hồng", "đồng bằng Bắc Bộ"; the twenty-first stop).

    >>> t = "Lúa ở đồng bằng sông Hồng và đồng bằng Bắc Bộ, sông Đà"
    >>> [e.text for e in find_locations(t, syllables(t))]
    ['đồng bằng sông Hồng', 'đồng bằng Bắc Bộ', 'sông Đà']
    """
    if i < 2 or not (tokens[i].linked and tokens[i - 1].linked) or (tokens[i - 2].low, tokens[i - 1].low) != ("đồng", "bằng"):
        return entity
    if entity.attrs.get("head") != "sông" and " ".join(entity.text.lower().split()) not in _DELTA_REGIONS:
        return entity
    return location_entity(text, tokens, i - 2, end, "named_place", head="đồng bằng", head_capitalised=tokens[i - 2].cap)


_DASHED_NAMES = frozenset(name for name in world_words.COUNTRIES if " - " in name)


def _dashed_known_names(text: str, found: list[Entity]) -> list[Entity]:
    """Two places found apart that a dash joins into one known name: "châu Á - Thái Bình
    Dương" (the Phrasebook reads no dash; the twenty-first stop).

    >>> t = "Khu vực châu Á - Thái Bình Dương và châu Á"
    >>> [e.text for e in find_locations(t, syllables(t))]
    ['châu Á - Thái Bình Dương', 'châu Á']
    """
    out: list[Entity] = []
    for entity in found:
        last = out[-1] if out else None
        if last is not None and entity.start - last.end <= 3 and regex.fullmatch(r"\s*[-–]\s*", text[last.end:entity.start]) \
                and f"{' '.join(last.text.lower().split())} - {' '.join(entity.text.lower().split())}" in _DASHED_NAMES:
            out[-1] = Entity("LOCATION", last.start, entity.end, text[last.start:entity.end],
                             f"{last.name} - {entity.name}", dict(last.attrs))
            continue
        out.append(entity)
    return out


_JUNCTION_HEADS = frozenset({"ngã ba", "ngã tư", "ngã năm", "ngã sáu"})


def _junction_streets(text: str, tokens: Sequence[Syllable], i: int, end: int) -> list[Entity]:
    """The streets of a junction named by the streets that meet there, each a LOCATION of
    its own: "ngã tư Lê Duẩn - Đinh Tiên Hoàng" is Lê Duẩn and Đinh Tiên Hoàng (a junction
    with a name of its own, "ngã ba Cò Nòi", stays one place).

    >>> t = "tại ngã tư Nam Kỳ Khởi Nghĩa - Nguyễn Thị Minh Khai và ngã ba Cò Nòi"
    >>> [e.text for e in find_locations(t, syllables(t))]
    ['Nam Kỳ Khởi Nghĩa', 'Nguyễn Thị Minh Khai', 'ngã ba Cò Nòi']
    """
    head = " ".join(t.low for t in tokens[i:i + 2])
    if head not in _JUNCTION_HEADS:
        return []
    cuts = [k for k in range(i + 3, end) if not tokens[k].linked]  # a dash between two names
    bounds = list(zip([i + 2] + cuts, cuts + [end]))
    if not cuts or any(stop - start < 2 and not tokens[start].text[0].isdigit() for start, stop in bounds):
        return []  # one name, or a one-syllable part ("ngã ba Cò - Nòi" is no pair of streets)
    return [location_entity(text, tokens, start, stop, "street") for start, stop in bounds]


def _named_place(text: str, tokens: Sequence[Syllable], i: int):
    hit = _HEADS.match(tokens, i)
    if hit is None:
        return None
    size, head = hit
    capitalised = tokens[i].cap
    if capitalised and (head not in _CAPITALISED_HEADS
                        or (tokens[i].linked and i > 0 and is_name_syllable(tokens[i - 1]))):
        return None  # not a head, or inside a longer name ("Tây Hồ")
    if tokens[i].linked and i > 0 and tokens[i - 1].low in _NOT_A_HEAD_AFTER.get(head, ()):
        return None
    j = i + size
    if j >= len(tokens) or not tokens[j].linked:
        return None
    j = _after_craft(tokens, head, j)  # "làng gốm Bát Tràng"
    if capitalised and head == "hồ" and (_middle_name_at(tokens, j) or _after_honorific(tokens, i)):
        return None  # "Hồ Thị Kim Phượng", "Hồ Văn Lâm", "ông Hồ Tùng Lâm": the surname Hồ, not a lake
    if capitalised and _after_company_word(tokens, i):
        return None  # "Công ty Sông Đà": the company's name, not the river
    if head == "vùng" and (_WORLD.match(tokens, j) or not tokens[j].cap):
        return None  # "vùng Tây Nguyên": the known region alone; "vùng 2": no name
    end = _before_country(tokens, j, _place_name_end(text, tokens, j, numbered=head in place_words.NUMBERED_LOCATION_HEADS))
    end = _station_of_a_region(tokens, head, i, j, end)  # "bến xe miền Tây"
    end = _before_foreign_name(tokens, j, end)  # "Thống đốc vùng Primoriye Sergei Darkin", "xứ Wales Catherine Zeta-Jones"
    end = _before_full_name(text, tokens, j, end)  # "Ban quản lý chợ Bến Thành Nguyễn Ngọc Tuấn"
    if head == "vùng":
        if end == j + 1 and _opens_a_compound(tokens, j):
            return None  # "vùng Cố đô", "vùng Tây bắc", "vùng Bắc cực": a word, not a region's name
    known = _WORLD.match(tokens, j) if head in {"bang", "tiểu bang"} else None
    if known and j + known[0] < end:
        end = j + known[0]  # "bang California Arnold Schwarzenegger": the state ends at its name
    if end == j or (end == j + 1 and len(tokens[j].text) == 1 and tokens[j].text.isalpha()):
        return None  # no name, or a single letter ("khối A")
    if end == j + 1 and head in place_words.WHOLE_NAME_LOCATION_HEADS and end < len(tokens) \
            and tokens[end].linked and not tokens[end].cap and tokens[end].low not in _JOINING_WORDS \
            and not (_foreign_spelt(tokens[j]) and tokens[end].low not in _NAME_PARTICLES):
        return None  # "sân Công viên ...": the capital starts a word ("bang Shan và", "bang Rakhine kêu gọi": a name)
    end = _word_name_end(tokens, head, j, end)  # "Cung Văn hóa Hữu nghị"
    end = _ring_road_end(text, tokens, j, end)  # "đường Vành đai 4 - Vùng Thủ đô"
    if head in _ROAD_HEADS and (_COUNTRIES.match(tokens, j) or (0,))[0] == end - j:
        return None  # "Công ty đầu tư phát triển đường cao tốc Việt Nam": no road is named after a country
    entity = location_entity(text, tokens, i, end, "named_place", head=head, head_capitalised=capitalised)
    return entity, end


_JOINING_WORDS = frozenset({"và", "hoặc", "hay", "với", "của", "do", "thì", "là", "đã", "đang", "sẽ", "cũng"})
_NAME_PARTICLES = frozenset({"de", "du", "des", "la", "le", "del", "della", "di", "da", "do", "dos", "van", "von"})
_ROAD_HEADS = frozenset({"cao tốc", "đường cao tốc"})
_WORD_NAMED_HEADS = frozenset({"cung văn hóa", "cung thiếu nhi"})


def _after_craft(tokens: Sequence[Syllable], head: str, j: int) -> int:
    """Where a craft village's name starts after "làng" and its craft ("làng gốm Bát Tràng"),
    an airport's or a port's after "quốc tế" ("sân bay quốc tế Long Thành"), a forest's after
    its kind ("rừng đặc dụng Nam Hải Vân").

    >>> t = syllables("làng gốm Bát Tràng và làng Vạn Phúc")
    >>> _after_craft(t, "làng", 1), _after_craft(t, "làng", 6)
    (2, 6)
    """
    if head == "làng" and tokens[j].low in CRAFTS_OF_VILLAGES and j + 1 < len(tokens) and tokens[j + 1].linked \
            and tokens[j + 1].cap:
        return j + 1
    if head in QUALIFIED_HEADS and j + 2 < len(tokens) and f"{tokens[j].low} {tokens[j + 1].low}" in QUALIFIED_HEADS[head] \
            and tokens[j + 1].linked and tokens[j + 2].linked and tokens[j + 2].cap:
        return j + 2  # "sân bay quốc tế Long Thành", "rừng đặc dụng Nam Hải Vân"
    return j


_WORDS_OF_REGIONS = frozenset({"thủ đô"})  # lower case inside a region's name: "Vùng Thủ đô"


def _ring_road_end(text: str, tokens: Sequence[Syllable], j: int, end: int) -> int:
    """End of a ring road's name read from ``j``: "Vành đai" and its number, and the region
    after a dash ("đường Vành đai 4 - Vùng Thủ đô", "cao tốc Vành đai 3"); ``end`` for any
    other name.

    >>> t = syllables("đường Vành đai 4 - Vùng Thủ đô đoạn qua Hưng Yên")
    >>> _ring_road_end("đường Vành đai 4 - Vùng Thủ đô đoạn qua Hưng Yên", t, 1, 2)
    7
    """
    if not (j + 2 < len(tokens) and tokens[j].low == "vành" and tokens[j + 1].low == "đai"
            and tokens[j + 1].linked and tokens[j + 2].linked and tokens[j + 2].text.isdigit()):
        return end
    end = j + 3
    if end < len(tokens) and text[tokens[end - 1].end:tokens[end].start].strip() == "-" and tokens[end].cap:
        k = end + 1
        while k < len(tokens) and tokens[k].linked and (
                tokens[k].cap or f"{tokens[k - 1].low} {tokens[k].low}" in _WORDS_OF_REGIONS):
            k += 1
        end = k
    return end


def _foreign_spelt(token: Syllable) -> bool:
    from .foreign import looks_foreign

    return looks_foreign(token)


def _word_name_end(tokens: Sequence[Syllable], head: str, j: int, end: int) -> int:
    """End of a name that is a word of two syllables, only its first capitalised, after a
    head that names places by a word ("Cung Văn hóa Hữu nghị", "Cung Văn hóa Lao động").

    >>> t = syllables("tại Cung Văn hóa Hữu nghị và Cung Văn hóa Hà Nội")
    >>> _word_name_end(t, "cung văn hóa", 4, 5), _word_name_end(t, "cung văn hóa", 10, 12)
    (6, 12)
    """
    if head in _WORD_NAMED_HEADS and end == j + 1 and end < len(tokens) and tokens[end].linked \
            and not tokens[end].cap and tokens[end].text.isalpha() and tokens[end].low not in _JOINING_WORDS \
            and not _VERB_AFTER_PLACE.match(tokens, end):
        return end + 1
    return end


def _opens_a_compound(tokens: Sequence[Syllable], j: int) -> bool:
    """Whether the one Vietnamese-spelt capitalised syllable at ``j`` goes on in lower case
    into one word ("Cố đô", "Tây bắc"), rather than ending a name before a small word ("Vịnh và").

    >>> t = syllables("vùng Cố đô, vùng Vịnh và vùng Kashmir do")
    >>> _opens_a_compound(t, 1), _opens_a_compound(t, 4), _opens_a_compound(t, 7)
    (True, False, False)
    """
    from .foreign import looks_foreign

    after = j + 1
    return after < len(tokens) and tokens[after].linked and not tokens[after].cap \
        and tokens[after].low not in _JOINING_WORDS and not looks_foreign(tokens[j])


_REGIONS_OF_STATIONS = frozenset({"đông", "tây", "nam", "bắc", "trung"})


def _station_of_a_region(tokens: Sequence[Syllable], head: str, i: int, j: int, end: int) -> int:
    """End of a bus station named after the region its coaches serve, written in lower case
    ("bến xe miền Đông", "bến xe miền Tây"), or ``end`` as read ("các bến xe miền Bắc" are
    the stations of the north).

    >>> t = syllables("ở bến xe miền Tây và các bến xe miền Bắc")
    >>> _station_of_a_region(t, "bến xe", 1, 3, 3), _station_of_a_region(t, "bến xe", 8, 10, 10)
    (5, 10)
    """
    if head == "bến xe" and end == j and not (i > 0 and tokens[i - 1].low in {"các", "những"}) and j + 1 < len(tokens) and tokens[j].low == "miền" \
            and tokens[j + 1].linked and tokens[j + 1].cap and tokens[j + 1].low in _REGIONS_OF_STATIONS:
        return j + 2
    return end


def _before_foreign_name(tokens: Sequence[Syllable], j: int, end: int) -> int:
    """Where a region's name read from ``j`` to ``end`` stops before a foreign person's name
    of two foreign-spelt syllables written after it.

    >>> t = syllables("vùng Primoriye Sergei Darkin")
    >>> _before_foreign_name(t, 1, 4), _before_foreign_name(t, 1, 2)
    (2, 2)
    """
    from .foreign import looks_foreign

    return next((k for k in range(j + 1, end - 1) if looks_foreign(tokens[k]) and looks_foreign(tokens[k + 1])
                 and tokens[k - 1].low.rstrip(".") not in _SAINTS), end)  # "nhà thờ Saint Paul's Cathedral"


_SAINTS = frozenset({"saint", "sainte", "st", "san", "santa", "são"})


def _before_full_name(text: str, tokens: Sequence[Syllable], j: int, end: int) -> int:
    """Where a place's name read from ``j`` to ``end`` stops before a Vietnamese full name
    (a surname and two or three syllables) that ends the run, two syllables of the place's
    name or more before it, only spaces between: the holder of a post over the place ("Ban
    quản lý rừng đặc dụng Nam Hải Vân Hồ Ngọc Lượng", "Trưởng ban quản lý chợ Bến Thành
    Nguyễn Ngọc Tuấn"; the twenty-first stop).

    >>> text = "rừng Nam Hải Vân Hồ Ngọc Lượng, đường Lê Văn Sỹ, công viên Bách Thảo Hà Nội"
    >>> t = syllables(text)
    >>> _before_full_name(text, t, 1, 7), _before_full_name(text, t, 8, 11), _before_full_name(text, t, 13, 17)
    (4, 11, 17)
    """
    from .persons import is_surname

    return next((k for k in (end - 4, end - 3) if k >= j + 2 and is_surname(tokens[k]) and tokens[k - 1].name_like
                 and not is_surname(tokens[k - 1])  # "Nguyễn Văn Trỗi": no name starts at "Văn"
                 and not text[tokens[k - 1].end:tokens[k].start].strip()
                 and all(tokens[m].linked for m in range(k + 1, end))), end)


_COMPANY_WORDS = Phrasebook(["công ty", "tổng công ty", "tập đoàn", "tổng cty", "cty", "tct"]
                            + list(company_words.COMPANY_FORMS))


def _after_company_word(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether a company word ends right before ``i`` ("Công ty Sông Đà", "Công ty TNHH Chợ Lớn").

    >>> t = syllables("Công ty Sông Đà và cầu Sông Đà")
    >>> _after_company_word(t, 2), _after_company_word(t, 6)
    (True, False)
    """
    if not tokens[i].linked:
        return False
    for size in (3, 2, 1):
        k = i - size
        if k >= 0 and all(t.linked for t in tokens[k + 1:i]) and (_COMPANY_WORDS.match(tokens, k) or (0,))[0] == size:
            return True
    return False


def _before_country(tokens: Sequence[Syllable], j: int, end: int) -> int:
    """Where a place's name read from ``j`` to ``end`` stops before a country written after it:
    "Sông Đà Việt Nam" is "Sông Đà" (a country of two syllables or more never ends the name
    of a river or a bridge; one of one syllable may: "đường Tôn Đức Thắng").

    >>> t = syllables("Sông Đà Việt Nam")
    >>> _before_country(t, 1, 4)
    2
    """
    return next((k for k in range(j + 1, end) if (_COUNTRIES.match(tokens, k) or (0,))[0] >= 2), end)


_MIDDLE_NAMES = frozenset({"văn", "quốc", "hoàng", "hữu", "công", "đức", "minh", "trọng"})


def _middle_name_at(tokens: Sequence[Syllable], j: int) -> bool:
    """"Thị", or a middle name ("Văn", "Quốc", "Hoàng" ...) with a given name after it: the
    lake "Hồ Văn" has none, and lakes are seldom named with these words.

    >>> t = syllables("Hồ Quốc Dũng, Hồ Văn, Hồ Thành Công")
    >>> [_middle_name_at(t, j) for j in (1, 4, 6)]
    [True, False, False]
    """
    word = tokens[j].low
    return word == "thị" or (word in _MIDDLE_NAMES and j + 1 < len(tokens) and tokens[j + 1].linked
                             and is_name_syllable(tokens[j + 1]))


def _after_honorific(tokens: Sequence[Syllable], i: int) -> bool:
    """An honorific ends right before ``i`` ("ông", "bà", "đồng chí"): a person's name follows.

    >>> t = syllables("ông Hồ Tùng Lâm và đồng chí Hồ Nam, quanh Hồ Tây")
    >>> [_after_honorific(t, i) for i in (1, 7, 10)]
    [True, True, False]
    """
    if i == 0 or not tokens[i].linked:
        return False
    return any((hit := phrasebooks.HONORIFICS.match(tokens, k)) is not None and k + hit[0] == i
               for k in range(max(0, i - 2), i))


def _street_after_number(text: str, tokens: Sequence[Syllable], i: int):
    """A street named after its house number: "66/39 Trần Văn Kỷ" (the name only), or a
    road with its head noun ("91/1 Quốc lộ 13"). A plain number counts in an address:
    after "số", "tại", "ở" or a comma or colon, with a comma after the street ("tại 198A1
    Hoàng Văn Thụ, P.9", "Hà Nội: 96 Lò Đúc")."""
    if not tokens[i].text[0].isdigit() or i + 1 >= len(tokens):
        return None
    slashed = _HOUSE_NUMBER.match(tokens[i].text)
    if not slashed and not (_PLAIN_HOUSE_NUMBER.match(tokens[i].text) and _opens_address(text, tokens, i)):
        return None
    if not tokens[i + 1].linked and not _comma_after_house_number(text, tokens, i, slashed):
        return None
    headed = _named_place(text, tokens, i + 1)  # "91/1 Quốc lộ 13"
    if headed is not None:
        return headed
    end = _before_dashed_province(text, tokens, i + 1, _place_name_end(text, tokens, i + 1, numbered=False))
    if not tokens[i + 1].linked and not _unit_after(text, tokens, end):
        return None  # "áo số 10, Nguyễn Văn Quyến": no ward or district after it
    if end == i + 1 or (not slashed and text[tokens[end - 1].end:tokens[end - 1].end + 1] not in {",", ")"}
                        and not text[tokens[end - 1].end:].lstrip(" ").startswith(("ĐT", "\n"))
                        and not _dashed_province_at(text, tokens, end)):
        return None
    return location_entity(text, tokens, i + 1, end, "street"), end


def _before_dashed_province(text: str, tokens: Sequence[Syllable], j: int, end: int) -> int:
    """Where a street name read from ``j`` to ``end`` stops before a province written after a
    dash ("222A Lò Đúc - Hà Nội": the street is "Lò Đúc").

    >>> t = "tại 222A Lò Đúc - Hà Nội."
    >>> _before_dashed_province(t, syllables(t), 2, 6)
    4
    """
    return next((k for k in range(j + 1, end) if _dashed_province_at(text, tokens, k)), end)


def _dashed_province_at(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """A province named at ``k`` after a dash: " - Hà Nội", " – TP HCM"."""
    return 0 < k < len(tokens) and not tokens[k].linked and joined_by_dash(text, tokens, k) \
        and _province_at(tokens, k)


def _comma_after_house_number(text: str, tokens: Sequence[Syllable], i: int, slashed) -> bool:
    """"502/472, Nguyễn Đình Chiểu, P.4", "số 10, Lý Thái Tổ, thị xã Bắc Ninh": a comma
    between the house number (slashed, or after "số") and its street."""
    if text[tokens[i].end:tokens[i + 1].start] != ", ":
        return False
    return bool(slashed) or (i > 0 and tokens[i].linked and tokens[i - 1].low == "số")


def _unit_after(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """", P.4", ", Q.3", ", phường ...", ", thị xã ...", ", Hà Nội" right after a street."""
    if k >= len(tokens) or text[tokens[k - 1].end:tokens[k].start] != ", ":
        return False
    return bool(_UNIT_ABBREVIATION.match(tokens[k].text)) or _LEVELS.match(tokens, k) is not None \
        or _province_at(tokens, k)


def _province_at(tokens: Sequence[Syllable], k: int) -> bool:
    """A province or centrally-run city named at ``k`` (", Hà Nội", ", TP HCM")."""
    from .gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    for size in (3, 2, 1):
        words = tokens[k:k + size]
        if len(words) == size and all(t.cap for t in words) and all(t.linked for t in words[1:]) \
                and gazetteer.lookup(" ".join(t.text for t in words), level="province"):
            return True
    return False


def _opens_address(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """After "số", "tại", "ở", an opening bracket, or after ", " / ": " (not a decimal comma:
    "43,39 USD")."""
    before = text[tokens[i - 1].end:tokens[i].start] if i > 0 else ""
    if before.strip(" ") == "(":
        return not _YEAR.match(tokens[i].text)  # "quán BenBen (261 Trần Quang Khải, quận 1)", not "(1945 ..."
    return before.rstrip(" ") in {",", ":"} and before.endswith(" ") \
        or (not before.strip() and i > 0 and tokens[i - 1].low in _BEFORE_AN_ADDRESS)


def _place_name_end(text: str, tokens: Sequence[Syllable], j: int, numbered: bool) -> int:
    """End of "Bảo Định", "Vu Gia - Thu Bồn", "Bình Quân 2", or a number ("3", "1A")."""
    if numbered and tokens[j].text[0].isdigit():
        return j + 1
    k = j
    while k < len(tokens) and is_name_syllable(tokens[k]) and (k == j or joined_by_dash(text, tokens, k)):
        k += 1
    if k > j and k < len(tokens) and tokens[k].linked and tokens[k].text.isdigit() and len(tokens[k].text) <= 2:
        k += 1  # "khu phố Bình Quân 2"
    return k


def _world_place(text: str, tokens: Sequence[Syllable], i: int):
    if not tokens[i].cap:
        continent = tokens[i].low == "châu" and i + 1 < len(tokens) and tokens[i + 1].cap  # "châu Úc"
        if not continent:
            return None
    state = _state_form_place(text, tokens, i)
    if state is not None:
        return state
    continent = tokens[i].low == "châu" and i + 1 < len(tokens) and tokens[i + 1].cap  # "châu Úc"
    if not (tokens[i].cap or continent):
        return None
    hit = _WORLD.match(tokens, i)
    if hit is None:
        return None
    if tokens[i].linked and i > 0 and (is_name_syllable(tokens[i - 1]) and not _long_country(tokens, i, hit[0])
                                       and not _nationality_opening(text, tokens, i - 1)
                                       and not _clause_opening(text, tokens, i - 1)
                                       or tokens[i - 1].low in place_words.NOT_A_PLACE_AFTER
                                       and not (tokens[i - 1].low == "gốc" and _COUNTRIES.match(tokens, i))
                                       or _names_no_place(tokens, i)):
        return None  # the end of a longer name ("Nguyễn Văn Đức"), a language ("tiếng Anh"), a currency
        # ("đôla Mỹ"); "gốc Jordan" is one
    end = i + hit[0]
    if end < len(tokens) and tokens[end].linked and (
            is_name_syllable(tokens[end]) or tokens[end].low in place_words.NOT_A_PLACE_BEFORE) \
            and not _country_before_foreign_name(tokens, i, end) and not _country_before_full_name(tokens, i, end):
        return None  # part of a longer name ("Anh Tuấn", "Nga Sơn"), a pronoun ("Anh ấy")
    if tokens[i].low in _COMPASS and _after_body_head(tokens, i):
        return None  # "Ngân hàng Đông Á", "Vụ Tây Nam Á": a region that names a body
    if end < len(tokens) and tokens[end].linked and not tokens[end].cap \
            and tokens[end].low in _WORDS_OPENED_BY.get(hit[1], ()) \
            and not (i > 0 and tokens[i].linked and tokens[i - 1].low in _PLACE_WORDS_BEFORE):
        return None  # "Vụ Pháp chế", "Pháp lệnh", "Mỹ thuật", "Ý kiến", "Anh ngữ": a word, not the country
    if hit[1] == "nhật" and end < len(tokens) and tokens[end].linked and tokens[end].text == "hoàng":
        return None  # "của Nhật hoàng Akihito": the emperor, a post (twenty-first stop)
    if _in_a_list_of_languages(text, tokens, i):
        return None  # "tiếng Anh, Pháp và Đức"
    if hit[1] in place_words.COUNTRIES_ALSO_PRONOUNS and end < len(tokens) and tokens[end].linked \
            and not tokens[end].cap and tokens[end].low != "và" and sentence_start(text, tokens[i]):
        return None  # "Anh ở TP Long Xuyên": the pronoun
    if tokens[i].low in place_words.COUNTRIES_ALSO_PRONOUNS and end - i > 1 and tokens[i + 1].cap \
            and sentence_start(text, tokens[i]):
        return None  # "Anh Quốc cho biết": as often "anh Quốc", a person, as the country
    return location_entity(text, tokens, i, end, "world"), end


def _names_no_place(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether the lower-case words right before the country at ``i`` make it a currency
    ("đô la Mỹ", "đồng tiền Việt Nam"): :func:`.place_words.names_no_place`.

    >>> t = syllables("giá 20 đô la Mỹ, bay sang Mỹ")
    >>> _names_no_place(t, 4), _names_no_place(t, 7)
    (True, False)
    """
    before = []
    k = i
    while k > 0 and len(before) < 3 and tokens[k].linked and tokens[k - 1].text.islower():
        k -= 1
        before.append(tokens[k].low)
    return place_words.names_no_place(before[::-1])


_STATE_FORMS = Phrasebook(["cộng hòa", "cộng hoà", "vương quốc", "cộng hòa liên bang",
                           "cộng hòa nhân dân", "cộng hòa dân chủ nhân dân", "cộng hòa xã hội chủ nghĩa"])
_STATE_ABBREVIATIONS = frozenset({"CHDCND", "CHND", "CHLB", "CHXHCN", "CHDC", "CHDCNH"})


def _state_form_place(text: str, tokens: Sequence[Syllable], i: int):
    """A country with the form of its state written before it: "CHDCND Triều Tiên", "CHND
    Trung Hoa", "Cộng hòa Singapore", "Vương quốc Anh". After an abbreviated form any name
    of one or two syllables is the country; after a spelt-out one in lower case, a known
    country only.

    >>> t = "Đoàn CHDCND Triều Tiên Kim Kye-gwan và Vương quốc Anh, nước CHND Trung Hoa."
    >>> [e.text for e in find_locations(t, syllables(t))]
    ['CHDCND Triều Tiên', 'Vương quốc Anh', 'CHND Trung Hoa']
    >>> _state_form_place("ông Vương Quốc Mỹ", syllables("ông Vương Quốc Mỹ"), 1) is None
    True
    """
    abbreviated = tokens[i].text in _STATE_ABBREVIATIONS
    form = (1, tokens[i].text) if abbreviated else _STATE_FORMS.match(tokens, i) if tokens[i].cap else None
    if form is None or i + form[0] >= len(tokens) or not tokens[i + form[0]].linked \
            or any(t.cap for t in tokens[i + 1:i + form[0]]):
        return None  # "Vương Quốc Mỹ" is a person's name
    j = i + form[0]
    country = _WORLD.match(tokens, j) if tokens[j].cap else None
    if country is not None:
        end = j + country[0]
    elif abbreviated:
        end = min(_place_name_end(text, tokens, j, numbered=False), j + 2)
    else:
        return None
    return (location_entity(text, tokens, i, end, "world"), end) if end > j else None


# One-syllable country names that open common words: "Pháp chế" (legal affairs), "Mỹ thuật"
# (fine arts), "Ý kiến" (opinion), "Anh ngữ" (English), "Đức tin" (faith), "Nhật ký" (diary);
# after a word that asks for a place the country wins ("ở Mỹ quan hệ ...", "của Nhật thực hiện").
_WORDS_OPENED_BY = {
    "pháp": frozenset({"chế", "lệnh", "luật", "lý", "quy", "nhân", "định", "trị", "y", "sư", "môn", "đình"}),
    "mỹ": frozenset({"thuật", "phẩm", "nghệ", "nhân", "mãn", "quan", "học", "vị", "tục", "miều", "cảm", "lệ"}),
    "ý": frozenset({"chí", "tưởng", "kiến", "nghĩa", "thức", "định", "muốn", "đồ", "nguyện", "tứ", "niệm",
                    "thích", "tình", "vị", "chính"}),
    "anh": frozenset({"ngữ", "văn", "hùng", "dũng", "minh", "tài", "kiệt", "linh"}),
    "đức": frozenset({"tin", "tính", "độ", "hạnh", "dục", "phật"}),
    "nhật": frozenset({"ký", "kí", "báo", "thực", "trình", "dụng", "lệnh"}),
    "nga": frozenset({"hoàng"}),
    "nam cực": frozenset({"kỳ", "khổ", "nhọc"}),  # "Nam cực kỳ vui": the given name Nam, then "extremely"
    "bắc cực": frozenset({"kỳ", "khổ", "nhọc"}),
}
_PLACE_WORDS_BEFORE = frozenset({"ở", "tại", "của", "sang", "từ", "đến", "tới", "với", "thăm", "nước"})


def opens_a_word(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """Whether the one-syllable country at ``i`` opens a common word with the syllable at
    ``end`` ("Ý kiến", "Pháp chế") rather than naming the country.

    >>> t = syllables("Trung tâm nghiên cứu Ý kiến; Bộ Ngoại giao Pháp cho biết")
    >>> opens_a_word(t, 4, 5), opens_a_word(t, 10, 11)
    (True, False)
    """
    hit = _WORLD.match(tokens, i)
    return hit is not None and end < len(tokens) and tokens[end].linked and not tokens[end].cap \
        and tokens[end].low in _WORDS_OPENED_BY.get(hit[1], ())
_LIST_JOINTS = frozenset({",", "và", ", và", "、", "-", "–"})  # "tiếng Việt - Anh - Pháp": a dictionary's languages


def _in_a_list_of_languages(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """Whether the country at ``i`` goes on a list opened by a language: "tiếng Anh, Pháp,
    Đức và Nhật" names four languages.

    >>> t = syllables("cần tiếng Anh, Pháp và Trung Quốc; đến Pháp")
    >>> [_in_a_list_of_languages("cần tiếng Anh, Pháp và Trung Quốc; đến Pháp", t, k) for k in (3, 5, 8)]
    [True, True, False]
    """
    k = i
    for _ in range(8):
        if k == 0:
            return False
        gap = text[tokens[k - 1].end:tokens[k].start].strip()
        joint = k
        if not gap and tokens[k - 1].low == "và":
            joint = k - 1
            gap = text[tokens[joint - 1].end:tokens[joint].start].strip() + " và" if joint > 0 else ""
            gap = gap.strip()
        if gap not in _LIST_JOINTS or joint == 0:
            return False
        item = next((n for n in (3, 2, 1) if joint - n >= 0 and (_WORLD.match(tokens, joint - n) or (0,))[0] == n
                     and tokens[joint - n].cap), None)
        if item is None:  # "tiếng Arab, Trung Quốc": a language that is no country's name
            return joint >= 2 and tokens[joint - 1].cap and tokens[joint - 1].linked and tokens[joint - 2].low == "tiếng"
        k = joint - item
        if k > 0 and tokens[k].linked and tokens[k - 1].low == "tiếng":
            return True
    return False


_COMPASS = frozenset({"đông", "tây", "nam", "bắc"})
_BODY_HEADS = Phrasebook(org_head_words.ORG_HEADS_NAMED + company_words.COMPANY_FORMS)


def _after_body_head(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether a capitalised head of a body ("Ngân hàng", "Công ty", "Hiệp hội") ends right
    before ``i``.

    >>> t = syllables("Ngân hàng Đông Á, ngân hàng Đông Á")
    >>> _after_body_head(t, 2), _after_body_head(t, 6)
    (True, False)
    """
    return tokens[i].linked and any(
        i - n >= 0 and tokens[i - n].cap and (_BODY_HEADS.match(tokens, i - n) or (0,))[0] == n for n in (1, 2, 3))


def _long_country(tokens: Sequence[Syllable], i: int, size: int) -> bool:
    """A country of two syllables or more that ends the name of a body, not a person's:
    "Công ty cổ phần Sữa Việt Nam", "Hiệp hội Golf Việt Nam" (a capitalised head before the
    name), or one after "Tại"/"Ở" opening a sentence.

    >>> t = syllables("Công ty Sông Đà Việt Nam, đoàn Olympic Toán Việt Nam")
    >>> _long_country(t, 4, 2), _long_country(t, 9, 2)
    (True, False)
    """
    if tokens[i - 1].low in place_words.PLACE_PREPOSITIONS:
        return True  # "Tại Việt Nam, ...", "Ở Ấn Độ"
    if size < 2 or _COUNTRIES.match(tokens, i) is None or tokens[i].low in _COMPASS:
        return False  # "Ngân hàng Đông Á", "Vụ Tây Nam Á": a region names the body
    k = i - 1
    while k >= max(0, i - 6) and tokens[k + 1].linked:
        if _after_body_head(tokens, k + 1):
            return True
        if not is_name_syllable(tokens[k]):
            return False
        k -= 1
    return False


def _country_before_full_name(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """A country of two syllables or more before a Vietnamese full name, at the end of a post
    or a body: "Thứ trưởng Bộ Tư pháp Việt Nam Hoàng Thế Liên", "Chủ tịch LĐBĐ Việt Nam Mai
    Liêm Trực" (not "Bình Dương", a name of its own that a country does not start).

    >>> t = syllables("Bộ Tư pháp Việt Nam Hoàng Thế Liên, Anh Nguyễn Văn")
    >>> _country_before_full_name(t, 3, 5), _country_before_full_name(t, 8, 9)
    (True, False)
    """
    from .persons import starts_person

    return end - i >= 2 and _COUNTRIES.match(tokens, i) is not None and tokens[i].linked and i > 0 \
        and tokens[i].cap and not is_name_syllable(tokens[i - 1]) and starts_person(tokens, end) \
        and _WORLD.match(tokens, end) is None  # not "châu Á Thái Bình dương"


_NATIONALITY_CUES = place_words.PLACE_PREPOSITIONS | {"người", "gốc"}  # "người Anh Gary Glitter", "gốc Jordan Abu ..."


def _country_before_foreign_name(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """A country of two syllables or more, or one after "tại" / "ở" / "người" / "gốc", before
    a foreign-spelt name: "Nhà tài phiệt Ấn Độ Lakshmi Mittal", "Đại sứ Nga tại Iran Alexander
    Maryasov", "ca sĩ người Anh Gary Glitter".

    >>> t = syllables("tỷ phú Ấn Độ Lakshmi Mittal, Nga Sơn, tại Iran Alexander")
    >>> [_country_before_foreign_name(t, i, end) for i, end in [(2, 4), (6, 7), (9, 10)]]
    [True, False, True]
    """
    from .foreign import looks_foreign

    after_preposition = i > 0 and tokens[i - 1].low in _NATIONALITY_CUES and tokens[i - 1].text.islower()
    spelt_foreign = end - i == 1 and looks_foreign(tokens[i]) and not tokens[i].text.isupper()  # "Nhân quyền Iraq Bakhtiar Amin", not "VN Index"
    if not ((end - i >= 2 or after_preposition or spelt_foreign) and looks_foreign(tokens[end])
            and _COUNTRIES.match(tokens, i)):
        return False
    name = [t.low for t in tokens[end:end + 4] if t.linked]
    return not any(word in _NOT_PERSON_WORDS for word in name)  # "Việt Nam Airlines", "châu Á Asia World"


def _nationality_opening(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Whether the syllable at ``k`` is "Người" or "Dân" opening a sentence: the people of
    the country after it, not the first syllable of a name.

    >>> t = syllables("Người Việt Nam ở Mỹ. Ông Người Việt")
    >>> _nationality_opening("Người Việt Nam ở Mỹ. Ông Người Việt", t, 0), _nationality_opening("Người Việt Nam ở Mỹ. Ông Người Việt", t, 7)
    (True, False)
    """
    return tokens[k].low in place_words.NATIONALITY_WORDS and sentence_start(text, tokens[k])


def _clause_opening(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Whether the syllable at ``k`` is a word of :data:`.place_words.CLAUSE_OPENING_WORDS`
    opening a sentence ("Với Australia, ...", "Nhưng Matxcơva đã"), not a name's first syllable;
    not in a sentence about a match, where the country is as often a team ("Nếu Myanmar không
    vào bán kết": an organisation by the guideline, left to the team rules).

    >>> text = "Với Australia, ta đã tiến. Ông Với Australia. Nếu Lào thắng trận đấu này"
    >>> t = syllables(text)
    >>> _clause_opening(text, t, 0), _clause_opening(text, t, 6), _clause_opening(text, t, 8)
    (True, False, False)
    """
    return tokens[k].low in place_words.CLAUSE_OPENING_WORDS and sentence_start(text, tokens[k]) \
        and not _about_a_match(text, tokens[k].start)


_MATCH_WORDS = regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(
    regex.escape(w) for w in sorted(set(match_words.SPORT_WORDS + match_words.MATCH_VERBS), key=len, reverse=True))
    + r")(?![\p{L}\p{M}])")
_SENTENCE_END = regex.compile(r"[.!?]\s")


def _about_a_match(text: str, start: int) -> bool:
    """Whether the sentence opening at ``start`` (up to 300 characters) holds a word of sport
    or a match verb (:mod:`.match_words`)."""
    end = _SENTENCE_END.search(text, start, start + 300)
    return _MATCH_WORDS.search(text[start:end.start() if end else start + 300].lower()) is not None


def world_place_length(tokens: Sequence[Syllable], i: int) -> int:
    """Number of tokens of the country, region or foreign city written at ``i`` (0 if none).

    >>> world_place_length(syllables("Đại sứ Hoa Kỳ Marc Knapper"), 2)
    2
    """
    hit = _WORLD.match(tokens, i) if tokens[i].cap else None
    return hit[0] if hit else 0


def location_entity(text: str, tokens: Sequence[Syllable], i: int, end: int, kind: str, **attrs) -> Entity:
    """A LOCATION over tokens ``i`` to ``end`` (exclusive), its spaces made single in the name.

    >>> t = "ở  New York"
    >>> e = location_entity(t, syllables(t), 1, 3, "world")
    >>> e.text, e.name, e.attrs
    ('New York', 'New York', {'kind': 'world'})
    """
    start_char, end_char = tokens[i].start, tokens[end - 1].end
    surface = text[start_char:end_char]
    return Entity("LOCATION", start_char, end_char, surface, " ".join(surface.split()),
                  {"kind": kind, **attrs})
