"""PERSON mentions: Vietnamese name structure, honorifics and bylines.

A Vietnamese full name is a surname from a short list followed by one to three
capitalised syllables ("Nguyễn Mạnh Hùng", "Vàng A Sử"). After an honorific or a
profession ("ông Hùng", "luật sư Trần Đình Triển", "chị H.") one to four capitalised
syllables are a name whatever the surname. A line holding nothing but a short name at the
end of an article is its byline ("Thu Thủy").

>>> text = "Ông Nguyễn Tấn Sanh gặp chị Dung."
>>> [(e.text, e.attrs["cue"]) for e in find_persons(text, syllables(text), set())]
[('Nguyễn Tấn Sanh', 'honorific'), ('Dung', 'honorific')]
"""

from __future__ import annotations

import bisect
from typing import Collection, Sequence

import regex

from ..document import Entity
from ..errors import ModelError
from ..resources import load_once, model_file
from . import company_words, org_head_words, person_words, phrasebooks, place_words, post_words, world_words
from .role_words import ADVERBS_BEFORE_A_PERSON_VERB, CAPITALISED_TITLES, VERBS_OF_A_PERSON
from .positions import EntitiesByStart
from .tokens import Phrasebook, Syllable, fold, lower_key, sentence_start, syllables  # noqa: F401 (doctests)

_HONORIFICS = phrasebooks.HONORIFICS
_LONGEST_HONORIFIC = max(len(h.split()) for h in person_words.HONORIFICS)
_POSTS = phrasebooks.POSTS
MAX_NAME = 4
GIVEN_NAME_SHARE = 0.075
"""A capitalised syllable alone inside a sentence is a person when at least this share of
its lone uses in the training corpus follow an honorific (models/person_names): above the
highest share of a direction, ethnonym or country word ("Thái" 0.071, "Nam" 0.048)."""


@load_once
def given_name_shares() -> dict[str, float]:
    """Syllable → share of its lone capitalised uses that follow an honorific.

    >>> given_name_shares()["Tuấn"] > GIVEN_NAME_SHARE > given_name_shares()["Nam"]
    True
    """
    return honorific_shares("given_names.json", "syllables")


def honorific_shares(file_name: str, key: str) -> dict[str, float]:
    """Word → ``after_honorific / alone`` from the table ``key`` of a person_names model file
    (also read by :mod:`.foreign_subjects`).

    >>> honorific_shares("given_names.json", "syllables")["Tuấn"] > 0.2
    True
    """
    import json

    path = model_file("person_names", file_name)
    try:
        table = json.loads(path.read_text(encoding="utf-8"))[key]
        return {word: row["after_honorific"] / row["alone"] for word, row in table.items()}
    except (ValueError, KeyError, TypeError, ZeroDivisionError) as exc:
        raise ModelError(f"person_names/{file_name} is unreadable: {exc}") from exc


PAIR_SHARE = 0.1
"""Two capitalised syllables alone inside a sentence are a person when at least this share of
their uses in the training corpus follow an honorific (models/person_names/given_pairs.json):
above the pairs that name places and papers ("Bình Định" 0.036, "Tuổi Trẻ" 0.048, "Thanh
Niên" 0.080), below two-syllable given names ("Lan Anh" 0.21, "Quang Huy" 0.47)."""
MIN_PAIR_USES = 5
"""A pair's share is trusted once it is written this often; a rarer pair is judged by its
syllables (:func:`is_given_name`)."""
NEVER_A_NAME_USES = 20
"""A pair written this often and never after an honorific is no person's name ("Việt Minh"
0 of 70); a rarer one may be a name the corpus happens to write bare ("Phương Thảo" 0 of 6)."""


@load_once
def given_pairs() -> dict[str, tuple[int, int]]:
    """Pair of syllables → (uses, uses after an honorific), where a use is the two
    capitalised syllables standing alone inside a sentence, not surname-led.

    >>> given_pairs()["Việt Minh"]
    (70, 0)
    """
    import json

    path = model_file("person_names", "given_pairs.json")
    try:
        table = json.loads(path.read_text(encoding="utf-8"))["pairs"]
        return {pair: (int(alone), int(after)) for pair, (alone, after) in table.items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError(f"person_names/given_pairs.json is unreadable: {exc}") from exc


def pair_share(tokens: Sequence[Syllable], i: int) -> float | None:
    """The share of the uses of tokens ``i`` and ``i + 1`` as a pair (see :func:`given_pairs`)
    that follow an honorific; None when the pair is written less than :data:`MIN_PAIR_USES`
    times.

    >>> toks = syllables("Việt Minh và Lan Anh")
    >>> pair_share(toks, 0) < PAIR_SHARE <= pair_share(toks, 3)
    True
    """
    alone, after = given_pairs().get(f"{tokens[i].text} {tokens[i + 1].text}", (0, 0))
    return after / alone if alone >= MIN_PAIR_USES else None


def never_a_name(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether tokens ``i`` and ``i + 1`` are a pair written at least :data:`NEVER_A_NAME_USES`
    times and never after an honorific.

    >>> toks = syllables("Việt Minh và Phương Thảo")
    >>> never_a_name(toks, 0), never_a_name(toks, 3)
    (True, False)
    """
    alone, after = given_pairs().get(f"{tokens[i].text} {tokens[i + 1].text}", (0, 0))
    return alone >= NEVER_A_NAME_USES and after == 0


def is_given_name(token: Syllable) -> bool:
    """Whether ``token`` alone is written as a given name often enough to stand for a person
    (its share in :func:`given_name_shares` at least :data:`GIVEN_NAME_SHARE`).

    >>> [is_given_name(t) for t in syllables("Tuấn Nam")]
    [True, False]
    """
    return given_name_shares().get(token.text, 0.0) >= GIVEN_NAME_SHARE


def is_name_syllable(token: Syllable) -> bool:
    """A capitalised syllable a name can hold: "Hùng", "A", "Willem-Alexander" (not "UBND").

    >>> [is_name_syllable(t) for t in syllables("Hùng UBND A hùng")]
    [True, False, True, False]
    """
    return token.name_like


def is_surname(token: Syllable) -> bool:
    """True for a capitalised family name (without diacritics too, in text typed without them).

    >>> [is_surname(t) for t in syllables("Nguyễn Mạnh")], is_surname(syllables("Nguyen Van")[0])
    ([True, False], True)
    """
    return is_name_syllable(token) and (token.low in person_words.SURNAMES or (
        token.plain and token.key in _FOLDED_SURNAMES))


_FOLDED_SURNAMES = frozenset(fold(name) for name in person_words.SURNAMES)


def name_run_end(tokens: Sequence[Syllable], i: int, limit: int = MAX_NAME + 1) -> int:
    """End of the run of linked name syllables starting at ``i`` (at most ``limit`` long).

    >>> name_run_end(syllables("Nguyễn Văn A nói"), 0), name_run_end(syllables("Lê Văn Hai Công ty"), 0)
    (3, 3)
    """
    k = i
    while k < len(tokens) and k - i < limit and is_name_syllable(tokens[k]) and (k == i or tokens[k].linked):
        if k > i and _body_head_at(tokens, k):
            break  # "Lê Văn Hai Công ty": the name stops before the head of a body
        k += 1
    return k


_NAME_STOPPERS = Phrasebook(tuple(head for head in org_head_words.ORG_HEADS_NAMED if " " in head)
                            + person_words.CLAUSE_OPENERS)


def _body_head_at(tokens: Sequence[Syllable], k: int) -> bool:
    """Whether a body's head of two words or more ("Công ty", "Ngân hàng") or a clause
    opener ("Hôm nay", see :data:`.person_words.CLAUSE_OPENERS`), written with a capital and
    then in lower case, starts at token ``k`` (fourteenth pass, a known bug: "từ Hà Nội Công
    ty" gave the PERSON "Hà Nội Công").

    >>> toks = syllables("Hà Nội Công ty Ngân Hà Hôm nay")
    >>> _body_head_at(toks, 2), _body_head_at(toks, 4), _body_head_at(toks, 6)
    (True, False, True)
    """
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return following is not None and following.linked and not following.cap \
        and _NAME_STOPPERS.match(tokens, k) is not None


def starts_person(tokens: Sequence[Syllable], i: int) -> bool:
    """True when a full name (surname + 1–3 syllables, nothing capitalised after) starts at ``i``.

    >>> toks = syllables("Huyện ủy Thái Thụy Đặng Trọng Thăng dự")
    >>> starts_person(toks, 4), starts_person(toks, 2)
    (True, False)
    """
    if not is_surname(tokens[i]) and not _opens_highland_name(tokens, i):
        return False
    end = name_run_end(tokens, i)
    return 2 <= end - i <= MAX_NAME and not (end < len(tokens) and tokens[end].linked and tokens[end].cap
                                             and not _body_head_at(tokens, end))


def _opens_highland_name(tokens: Sequence[Syllable], i: int) -> bool:
    """A name of the Central Highlands peoples opening at ``i`` (:data:`.person_words.HIGHLAND_NAME_OPENERS`,
    the women's "H'"): "Y Thông Niê", "H'Hen Niê", "Rơ Chăm Long"; a lone "Y" needs two
    more name syllables ("ngành Y Dược" is medicine).

    >>> t = syllables("Y Thông Niê và H'Hen Niê học Y Dược")
    >>> _opens_highland_name(t, 0), _opens_highland_name(t, 4), _opens_highland_name(t, 7)
    (True, True, False)
    """
    token = tokens[i]
    if not is_name_syllable(token):
        return False
    if _HIGHLAND_WOMAN.match(token.text):
        return True
    if token.low not in person_words.HIGHLAND_NAME_OPENERS:
        return False
    return token.low != "y" or name_run_end(tokens, i) - i >= 3


_HIGHLAND_WOMAN = regex.compile(r"^H['’]\p{Lu}")


def honorific_before(tokens: Sequence[Syllable], i: int, text: str | None = None) -> str | None:
    """The honorific written right before token ``i`` ("ông", "luật sư"), if any. A
    capitalised one counts only where a sentence starts (checked when ``text`` is given),
    else it is part of a place name ("tại Bà Rịa", "Quy Nhơn, Bà Nà"), unless it is a royal
    or a professional title ("của Thái tử Charles", "theo Tiến sĩ Malloch").

    >>> honorific_before(syllables("theo luật sư Kính"), 3)
    'luật sư'
    >>> honorific_before(syllables("do nhà thiết kế Sỹ Hoàng"), 4)
    'nhà thiết kế'
    >>> t = "Quy Nhơn, Bà Nà"
    >>> honorific_before(syllables(t), 3, t) is None
    True
    """
    for size in range(_LONGEST_HONORIFIC, 0, -1):  # "nhà thiết kế Sỹ Hoàng": three words (fourteenth pass)
        start = i - size
        if start < 0 or not all(t.linked for t in tokens[start + 1:i + 1]):
            continue
        hit = _HONORIFICS.match(tokens[start:i], 0)
        if hit and _ambiguous_without_diacritics(tokens[start], hit):
            continue  # "co Ha Noi": "có Hà Nội", no "cô"
        if hit and start > 0 and tokens[start].linked and tokens[start - 1].low in _POST_RANK_WORDS:
            continue  # "Tổng đội trưởng Tổng đội ...": a longer post, no cue
        capital_inside = tokens[start].cap and not _abbreviation(tokens[start]) and (
            tokens[start].linked if text is None else not sentence_start(text, tokens[start]))
        if hit and hit[0] == size and (not capital_inside or hit[1] in person_words.CAPITALISED_HONORIFICS
                                       or hit[1] in CAPITALISED_TITLES):
            return hit[1]  # "Thái tử Charles", "Tiến sĩ Malloch": titles written with a capital
    return None


_POST_RANK_WORDS = frozenset({"tổng", "phó"})
_UNAMBIGUOUS_FOLDED_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "em"})


def _ambiguous_without_diacritics(token: Syllable, hit: tuple[int, str]) -> bool:
    """Whether the honorific ``hit`` is one word read only through its letters without
    diacritics, and those letters spell a common word as well: "co" is "có" more often than
    "cô", "chau" "Châu (Á)", "bac" "bắc" (north), "chu" "chủ", "thay" "thay"; "ong", "ba",
    "anh", "chi" and "em" stay honorifics: on the seen gold sentences stripped of their
    diacritics "ba" and "chi" before a name are "bà" and "chị" 25 times out of 29
    (fourteenth pass, from "co Bac Ninh" read as a PERSON).

    >>> [_ambiguous_without_diacritics(t, (1, h)) for t, h in zip(syllables("co ong cô"), ("cô", "ông", "cô"))]
    [True, False, False]
    """
    return hit[0] == 1 and token.low != lower_key(hit[1]) and hit[1] not in _UNAMBIGUOUS_FOLDED_HONORIFICS


_PLURALS = frozenset({"các", "những", "mấy"})
_PERSONAL_HONORIFICS = frozenset({"ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ"})  # "các ông Lim, Bưởng"


def _plural_before(tokens: Sequence[Syllable], k: int) -> bool:
    """Whether a plural word ("các", "những") is written right before token ``k``
    (fourteenth pass, from "các vận động viên Kendo").

    >>> _plural_before(syllables("các vận động viên Kendo"), 1)
    True
    """
    return 0 < k < len(tokens) and tokens[k].linked and tokens[k - 1].low in _PLURALS


def _list_goes_on(text: str, tokens: Sequence[Syllable], end: int) -> bool:
    """Whether a comma and another capitalised name follow token ``end - 1``: after a plural
    honorific, the first item of a list of names ("các bị cáo Hà, Quang, Thường"), not a
    kind of people (sixteenth pass).

    >>> t = "các bị cáo Hà, Quang và các vận động viên Kendo, Judo"
    >>> _list_goes_on(t, syllables(t), 4), _list_goes_on(t, syllables(t), 11)
    (True, False)
    """
    return end < len(tokens) and text[tokens[end - 1].end:tokens[end].start] == ", " and tokens[end].name_like \
        and is_given_name(tokens[end - 1]) and is_given_name(tokens[end])


def _abbreviation(token: Syllable) -> bool:
    """An upper-case abbreviation ("HLV", "NSƯT"): an honorific anywhere, never a place."""
    return len(token.text) > 1 and token.text.isupper()


def person_entity(text: str, tokens: Sequence[Syllable], i: int, end: int, cue: str, **attrs) -> Entity:
    """A PERSON entity over tokens ``i``..``end`` (an initial keeps its dot: "H.").

    >>> t = "Chị H. nói"
    >>> person_entity(t, syllables(t), 1, 2, "honorific").text
    'H.'
    """
    start_char, end_char = tokens[i].start, tokens[end - 1].end
    if len(tokens[end - 1].text) == 1 and text[end_char:end_char + 1] == ".":
        end_char += 1
    surface = text[start_char:end_char]
    return Entity("PERSON", start_char, end_char, surface, " ".join(surface.split()),
                  {"cue": cue, **attrs})


def find_persons(text: str, tokens: Sequence[Syllable], taken: Collection[int],
                 cue_starts: Collection[int] = ()) -> list[Entity]:
    """PERSON entities on tokens not in ``taken`` (indices of tokens other entities hold):
    names after an honorific or at a token of ``cue_starts`` (right after a post),
    surname-led full names, bylines, and given names alone inside a sentence.

    >>> t = "Hà Nội: bà Lan và Trần Văn Tâm.\\nThu Thủy"
    >>> [e.text for e in find_persons(t, syllables(t), {0, 1})]
    ['Lan', 'Trần Văn Tâm', 'Thu Thủy']
    """
    found = []
    i = 0
    while i < len(tokens):
        end, entity = _person_at(text, tokens, i, taken, cue_starts)
        if entity is not None:
            found.append(entity)
        i = end
    return found


def _person_at(text: str, tokens: Sequence[Syllable], i: int, taken: Collection[int],
               cue_starts: Collection[int]):
    if i in taken or not is_name_syllable(tokens[i]):
        return i + 1, None
    post = _POSTS.match(tokens, i)
    opening = post or _HONORIFICS.match(tokens, i)  # "Ông Ngô Hòa", "Tổng Bí thư"
    if opening and not post and _ambiguous_without_diacritics(tokens[i], opening):
        opening = None  # "Vo Ngoc Tai": "Võ", a surname, no "vợ"
    if opening and i + opening[0] < len(tokens) and tokens[i + opening[0]].linked \
            and (post or not (i > 0 and tokens[i].linked and _HONORIFICS.match(tokens, i - 1))):
        return i + opening[0], None  # but "ông Anh Tuấn": after an honorific, "Anh" is a name
    end = _free_end(tokens, i, name_run_end(tokens, i), taken)
    if i in cue_starts and tokens[i].linked and _named_after_post(tokens, i, end):
        return end, person_entity(text, tokens, i, min(end, i + MAX_NAME), "post")
    honorific = honorific_before(tokens, i, text)
    if honorific and end == i + 1 and honorific not in _PERSONAL_HONORIFICS \
            and _plural_before(tokens, i - len(honorific.split())) and not _list_goes_on(text, tokens, end):
        return end, None  # "các vận động viên Kendo": a kind of people, no one's name
    if honorific:
        return end, person_entity(text, tokens, i, min(end, i + MAX_NAME), "honorific", honorific=honorific)
    if i > 0 and tokens[i].linked and tokens[i - 1].low in place_words.PLACE_PREPOSITIONS:
        return end, None  # "trú tại Bạch Mai": an address, not a person
    after_level = i > 0 and tokens[i].linked and tokens[i - 1].low in place_words.LEVEL_LAST_WORDS
    if after_level and end == i + 2:
        return end, None  # "huyện Đào Viên", "phường Lê Lợi": a unit named like a person
    for start in range(i, end - 1):
        if starts_person(tokens, start) and name_run_end(tokens, start) <= end:
            if _names_a_province(tokens, start, name_run_end(tokens, start)):
                return end, None  # "từ Hà Nội Công ty": the place finders left the province alone
            return end, person_entity(text, tokens, start, name_run_end(tokens, start), "surname")
    if _is_byline(text, tokens, i, end):
        return end, person_entity(text, tokens, i, end, "byline")
    if end == i + 1 and _given_name_alone(text, tokens, i):
        return end, person_entity(text, tokens, i, end, "given_name")
    if end == i + 2 and _given_name_pair(text, tokens, i):
        return end, person_entity(text, tokens, i, end, "given_names")
    return end, None


def _given_name_alone(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """A given name standing for a person inside a sentence ("..., Tòng đã bị bắt")."""
    if len(tokens[i].text) < 2 or not is_given_name(tokens[i]):
        return False
    if sentence_start(text, tokens[i]):
        return False
    if i > 0 and tokens[i].linked and tokens[i - 1].low in person_words.SEASON_WORDS_BEFORE and tokens[i].low in person_words.SEASONS:
        return False  # "vụ Xuân", "mùa Thu": a season
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is None or not following.linked or following.low in person_words.PERSON_FOLLOWERS


def _given_name_pair(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """Two given names without a surname inside a sentence ("Hữu Thắng đối chất với ...",
    "ca khúc của Hồng Nhung"): the pair is a given name by its own share (see
    :func:`pair_share`: "Lan Anh", though "Anh" alone is mostly the country) or both its
    syllables are (see :func:`given_name_shares`), a verb, a function word or punctuation follows, and the pair names no administrative
    unit of any period ("Thanh Xuân", "Hải Hậu" written without their type word)."""
    shares = given_name_shares()
    if sentence_start(text, tokens[i]) or not tokens[i + 1].linked \
            or (i > 0 and tokens[i].linked and tokens[i - 1].low in person_words.NOT_A_NAME_AFTER):
        return False
    if (pair_share(tokens, i) or 0.0) < PAIR_SHARE \
            and min(shares.get(tokens[i].text, 0.0), shares.get(tokens[i + 1].text, 0.0)) < GIVEN_NAME_SHARE:
        return False
    following = tokens[i + 2] if i + 2 < len(tokens) else None
    if not (following is None or not following.linked or following.low in person_words.PERSON_FOLLOWERS):
        return False
    return not _names_a_unit(tokens, i, i + 2)


def _names_a_unit(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """True when tokens ``i``..``end`` spell an administrative unit's name, of any level or period."""
    from .gazetteer import load_gazetteer

    return bool(load_gazetteer().lookup(" ".join(t.text for t in tokens[i:end])))


def _names_a_province(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """True when tokens ``i``..``end`` are two syllables spelling a province's name ("Hà
    Nội", "Hà Nam"), which a surname alone does not make a person's (fourteenth pass).

    >>> toks = syllables("Hà Nội và Hà Văn Nam")
    >>> _names_a_province(toks, 0, 2), _names_a_province(toks, 3, 6)
    (True, False)
    """
    from .gazetteer import load_gazetteer

    return end - i == 2 and bool(load_gazetteer().lookup(" ".join(t.text for t in tokens[i:end]), level="province"))


def _named_after_post(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """After a post, a full name ("Chủ tịch Nguyễn Văn A") or, unless the post ends with a
    level word ("thị trấn Đông Dương" names a place), any name of two syllables or more
    ("Đại sứ Marc Knapper"); one syllable is a word of the body ("Trưởng phòng Hành chính")
    unless it is spelt like no Vietnamese word and names no country ("Tổng thống Bush")."""
    if starts_person(tokens, i):
        return True
    if end - i == 1:
        return _foreign_surname_alone(tokens, i) or _given_name_then_verb(tokens, i)
    return end - i >= 2 and tokens[i - 1].low not in place_words.LEVEL_LAST_WORDS


_VERBS_OF_A_HOLDER = Phrasebook(person_words.SPEECH_VERBS + VERBS_OF_A_PERSON + ("cam kết", "nhắc nhở", "chỉ đạo", "ký"))
_ADVERBS_OF_A_HOLDER = frozenset(ADVERBS_BEFORE_A_PERSON_VERB)


def _given_name_then_verb(tokens: Sequence[Syllable], i: int) -> bool:
    """A Vietnamese given name alone after a post, a verb of a person (or an adverb) after
    it ("Bộ trưởng Hiển cam kết", "thiếu tá Hải đã"; thirteenth pass, from a blind11 miss);
    not a word of a body's name ("Phó tư lệnh Quân khu 9", "Chủ tịch Phong trào ...").

    >>> toks = syllables("Bộ trưởng Hiển cam kết")
    >>> _given_name_then_verb(toks, 2)
    True
    """
    if not (i + 1 < len(tokens) and tokens[i + 1].linked and is_given_name(tokens[i])):
        return False
    return tokens[i + 1].low in _ADVERBS_OF_A_HOLDER or _VERBS_OF_A_HOLDER.match(tokens, i + 1) is not None


def _foreign_surname_alone(tokens: Sequence[Syllable], i: int) -> bool:
    """A foreign-spelt name of one word after a post ("Tổng thống Bush", "Thủ tướng
    Koizumi"): not a country ("Israel"), not a place after a level word ("tỉnh Diyala"),
    not a company after a company post ("Giám đốc Sinhanco", "Giám đốc điều hành Stelor")
    nor a city after a city's post ("cảnh sát trưởng Nalchik", fourteenth pass), and not the first word of a longer name ("Noli de Castro", "Elizabeth II").

    >>> toks = syllables("Tổng thống Bush và Thủ tướng Israel, Giám đốc Gimex, cảnh sát trưởng Nalchik")
    >>> [_foreign_surname_alone(toks, k) for k in (2, 6, 9, 13)]
    [True, False, False, False]
    """
    from .foreign import looks_foreign  # foreign.py builds on this module

    following = tokens[i + 1] if i + 1 < len(tokens) and tokens[i + 1].linked else None
    post_end = " ".join(t.low for t in tokens[max(0, i - 4):i]).removesuffix(" điều hành")  # "Giám đốc điều hành Stelor"
    return looks_foreign(tokens[i]) and not phrasebooks.WORLD_PLACES.match(tokens, i) \
        and tokens[i - 1].low not in place_words.LEVEL_LAST_WORDS \
        and not any(post_end.endswith(post) for post in post_words.POSTS_OF_A_COMPANY + post_words.POSTS_OF_A_CITY) \
        and not (following and (following.cap or following.low in person_words.NAME_PARTICLES))


def _free_end(tokens: Sequence[Syllable], i: int, end: int, taken: Collection[int]) -> int:
    for k in range(i, end):
        if k in taken:
            return k
    return end


def _is_byline(text: str, tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """A line holding only 2–4 name syllables (the byline under an article)."""
    if not 2 <= end - i <= MAX_NAME:
        return False
    line_start = text.rfind("\n", 0, tokens[i].start) + 1
    line_end = text.find("\n", tokens[end - 1].end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:tokens[i].start].strip() and not text[tokens[end - 1].end:line_end].strip() \
        and line_start > 0


def find_related_persons(text: str, tokens: Sequence[Syllable], taken: Collection[int],
                         people: Sequence[Entity]) -> list[Entity]:
    """More persons on free tokens, from the persons already found: the given name of a
    full name written earlier ("Trương Thị Trúc ... Trúc"), a name joined to a person
    by "và" ("Trúc và Hải", "Mark Smith (49 tuổi) và Steven Freeman"), and the other
    items of a comma list holding a person ("Mạnh Dũng, Văn Thành, Quý Sửu").

    >>> t = "Bà Trương Thị Trúc (22 tuổi) và Hải bị thương; Trúc đã khai."
    >>> toks = syllables(t)
    >>> full = find_persons(t, toks, set())
    >>> [(e.text, e.attrs["cue"]) for e in find_related_persons(t, toks, {1, 2, 3}, full)]
    [('Hải', 'coordination'), ('Trúc', 'short_form')]
    """
    starts = [t.start for t in tokens]
    ends = {bisect.bisect_left(starts, p.end) for p in people}
    person_starts = {bisect.bisect_left(starts, p.start) for p in people}
    given = _short_forms(tokens, starts, people)
    found = []
    for i, token in enumerate(tokens):
        if i in taken or not is_name_syllable(token) or (found and i < _last_token(found[-1], starts)) \
                or _POSTS.match(tokens, i) or _title_of_two_words(tokens, i):  # "Cheney và Ngoại trưởng Powell"
            continue
        end = name_run_end(tokens, i)
        if any(k in taken for k in range(i, end)):
            continue
        if _after_a_person_and(text, tokens, i, ends):
            found.append(person_entity(text, tokens, i, end, "coordination"))
        elif _list_item_beside_person(text, tokens, i, end, ends, person_starts):
            found.append(person_entity(text, tokens, i, end, "list"))
        elif end == i + 1 and given.get(token.text, len(text)) < token.start \
                and not (end < len(tokens) and tokens[end].linked and tokens[end].low in person_words.NAME_PARTICLES):
            found.append(person_entity(text, tokens, i, end, "short_form"))
        else:
            continue
        ends.add(end)  # "Trúc và Hải": the next name may join this one
    return found


def _title_of_two_words(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether an honorific or a title of two words or more starts at token ``i`` ("Công
    nương Camilla", "Hoàng thân Philip"): no name, though capitalised (fourteenth pass).

    >>> _title_of_two_words(syllables("Philip và Công nương Camilla"), 2)
    True
    """
    hit = _HONORIFICS.match(tokens, i)
    return hit is not None and hit[0] >= 2


def _short_forms(tokens: Sequence[Syllable], starts: Sequence[int], people: Sequence[Entity]) -> dict[str, int]:
    """Name → where it is first written, for the short forms of full names: the last word
    ("Tony Blair" → "Blair", "Trương Thị Trúc" → "Trúc", not "ông Quá Chăm"), and for a
    foreign-spelt name written without diacritics also the first ("Lindsay Davenport" →
    "Lindsay"), unless two names of the text start with it ("Internet Phone", "Internet
    Explorer") or it is a common noun or the first word of a place or a company.

    >>> t = "Bà Lindsay Davenport thắng. Lindsay nói."
    >>> sorted(_short_forms(syllables(t), [k.start for k in syllables(t)], find_persons(t, syllables(t), set())))
    ['Davenport', 'Lindsay']
    """
    from .foreign import looks_foreign  # foreign builds its persons with this module

    given: dict[str, int] = {}
    first_names: dict[str, dict[str, int]] = {}
    for person in sorted(people, key=lambda e: e.start):
        words = person.text.split()
        if len(words) < 2:
            continue
        surname_first = words[0].lower() in person_words.SURNAMES
        span = () if surname_first else tokens[bisect.bisect_left(starts, person.start):bisect.bisect_left(starts, person.end)]
        first_foreign = bool(span) and looks_foreign(span[0]) \
            and all(t.key == t.low for t in span)  # not "Sawaco Võ Dũng" (a post's body, then a name)
        if surname_first or person.attrs.get("cue") == "foreign" or first_foreign:
            given.setdefault(words[-1], person.start)
        if first_foreign and words[0].lower() not in NOT_FIRST_NAMES:
            first_names.setdefault(words[0], {}).setdefault(person.name, person.start)
    for word, full_names in first_names.items():
        if len(full_names) == 1:  # not "Internet Phone", "Internet Explorer": no one person
            given.setdefault(word, min(full_names.values()))
    return given


NOT_FIRST_NAMES = company_words.COMMON_FOREIGN_NOUNS | company_words.FOREIGN_COMPANY_FIRST_WORDS | world_words.FOREIGN_PLACE_FIRST_WORDS


def _list_item_beside_person(text: str, tokens: Sequence[Syllable], i: int, end: int,
                             ends: Collection[int], person_starts: Collection[int]) -> bool:
    """Tokens ``i``..``end`` are a whole item of a comma list right after a person ("…,
    Quang Thanh, …", the last item may go on with a verb: "…, Quốc Anh đã"), or, when two
    syllables or more ending in a given name, right before one ("Mạnh Dũng, Văn Thành").
    One syllable must be a given name (see :func:`given_name_shares`)."""
    if end - i > MAX_NAME - 1 or _POSTS.match(tokens, i) or _HONORIFICS.match(tokens, i):
        return False  # "…, Tổng Thư ký của Đảng"
    given = is_given_name(tokens[end - 1])
    if end - i == 1 and not given:
        return False
    if i in ends and _comma_between(text, tokens, i - 1, i):
        item = not _continues_after(text, tokens, end) or tokens[end].low in person_words.PERSON_FOLLOWERS
    else:
        opens = sentence_start(text, tokens[i]) or (i > 0 and tokens[i - 1].low in place_words.PLACE_PREPOSITIONS)
        item = end - i >= 2 and given and not opens and end in person_starts \
            and _comma_between(text, tokens, end - 1, end)
    return item and not (end - i >= 2 and _names_a_unit(tokens, i, end))  # "…, Khâm Thiên, …"


def _comma_between(text: str, tokens: Sequence[Syllable], k: int, j: int) -> bool:
    return k >= 0 and j < len(tokens) and text[tokens[k].end:tokens[j].start].strip() == ","


def _continues_after(text: str, tokens: Sequence[Syllable], end: int) -> bool:
    """The words after a list item go on the same phrase (a lower-case word, not "và")."""
    if end >= len(tokens):
        return False
    gap = text[tokens[end - 1].end:tokens[end].start].strip()
    return not gap and tokens[end].low != "và"


def _last_token(entity: Entity, starts: list[int]) -> int:
    return bisect.bisect_left(starts, entity.end)


def _after_a_person_and(text: str, tokens: Sequence[Syllable], i: int, ends: Collection[int]) -> bool:
    """Token ``i`` follows "và" that follows a person (with a bracketed aside between)."""
    if i < 1 or tokens[i - 1].low != "và" or not tokens[i].linked:
        return False
    k = i - 1
    before = tokens[k].start
    while before and text[before - 1].isspace():  # the text before, right-stripped, without copying it
        before -= 1
    if text[before - 1:before] == ")":
        opening = text.rfind("(", 0, before)
        k = bisect.bisect_left(tokens, opening, key=lambda t: t.start) if opening >= 0 else k
    return k in ends


_INITIAL_THEN_NAME = regex.compile(r"\p{Lu}\. (\p{Lu}[\p{L}'\-]+)")


def join_middle_initials(text: str, entities: list[Entity]) -> list[Entity]:
    """A person's name that stops at a middle initial goes on with the foreign-spelt word
    after it ("George W." + "Bush" -> "George W. Bush"; not "Lê Văn A. Sau đó ..."); an
    entity held by that word is dropped.

    >>> t = "Tổng thống George W. Bush phát biểu."
    >>> g, b = t.index("George"), t.index("Bush")
    >>> found = [Entity("OFFICIAL", g, g + 9, "George W.", "George W."), Entity("PERSON", b, b + 4, "Bush", "Bush")]
    >>> [e.text for e in join_middle_initials(t, found)]
    ['George W. Bush']
    """
    from .foreign import looks_foreign  # foreign.py builds on this module

    dropped: set[int] = set()
    index = None  # the entities by start, built at the first initial (starts never change here)
    for entity in entities:
        if entity.label not in {"PERSON", "OFFICIAL"} or id(entity) in dropped or " " not in entity.text:
            continue
        match = _INITIAL_THEN_NAME.match(text, entity.end - 2)
        if match is None or not looks_foreign(syllables(match.group(1))[0]):
            continue
        end = match.end(1)
        index = index or EntitiesByStart(entities)
        dropped.update(id(e) for e in index.starting_within(entity.end, end - 1) if e is not entity)  # held by the word
        entity.end = end
        entity.text = text[entity.start:end]
        entity.name = " ".join(entity.text.split())
    return [e for e in entities if id(e) not in dropped]


_PARTICLE_THEN_NAME = regex.compile(
    r" (?:(?:bin|ibn|al|de|del|da|di|du|van|von|le|la) \p{Lu}[\p{L}'’\-]*|(?:al|el)-\p{Lu}[\p{L}'’\-]*)")


def join_name_particles(text: str, entities: list[Entity]) -> list[Entity]:
    """A foreign-spelt person's name that stops before a lower-case particle goes on over it
    and the capitalised word after it ("Abu Musab" + "al-Zarqawi", "Mohammed" + "bin
    Salman"); an entity held by that word is dropped.

    >>> t = "Nhóm do Abu Musab al-Zarqawi chỉ huy"
    >>> s = t.index("Abu")
    >>> [e.text for e in join_name_particles(t, [Entity("PERSON", s, s + 9, "Abu Musab", "Abu Musab")])]
    ['Abu Musab al-Zarqawi']
    """
    from .foreign import looks_foreign  # foreign.py builds on this module

    dropped: set[int] = set()
    found = None  # the entities by start, built at the first name that goes on (a long text names thousands)
    for entity in entities:
        if entity.label not in {"PERSON", "OFFICIAL"} or id(entity) in dropped:
            continue
        match = _PARTICLE_THEN_NAME.match(text, entity.end)
        if match is None or not looks_foreign(syllables(entity.text)[-1]):
            continue
        while (more := _PARTICLE_THEN_NAME.match(text, match.end())) is not None:
            match = more  # "Abu Abdullah al-Hassan bin Mahmoud"
        end = match.end()
        if found is None:
            found = EntitiesByStart(entities)
        dropped.update(id(e) for e in found.starting_within(entity.end, end - 1) if e is not entity)
        entity.end = end
        entity.text = text[entity.start:end]
        entity.name = " ".join(entity.text.split())
    return [e for e in entities if id(e) not in dropped]


_WORD_THEN_END = regex.compile(r" (\p{Lu}+)(?![\p{L}\p{N}\-])")


def join_regnal_numbers(text: str, entities: list[Entity]) -> list[Entity]:
    """A foreign-spelt person's name goes on over the regnal number right after it ("Giáo
    hoàng John Paul" + "II", "Nữ hoàng Elizabeth" + "II"); not over a lone "I", nor after a
    Vietnamese name (thirteenth pass, from a blind12 miss).

    >>> t = "Giáo hoàng John Paul II ngã xuống"
    >>> s = t.index("John")
    >>> [e.text for e in join_regnal_numbers(t, [Entity("OFFICIAL", s, s + 9, "John Paul", "John Paul")])]
    ['John Paul II']
    >>> t = "ông Nguyễn Văn Tám II"
    >>> [e.text for e in join_regnal_numbers(t, [Entity("PERSON", 4, 16, "Nguyễn Văn Tám", "Nguyễn Văn Tám")])]
    ['Nguyễn Văn Tám']
    """
    from .foreign import _ROMAN, looks_foreign  # foreign.py builds on this module

    for entity in entities:
        if entity.label not in {"PERSON", "OFFICIAL"}:
            continue
        match = _WORD_THEN_END.match(text, entity.end)
        if match is None or not _ROMAN.match(match.group(1)) or not looks_foreign(syllables(entity.text)[-1]):
            continue
        entity.end = match.end(1)
        entity.text = text[entity.start:entity.end]
        entity.name = " ".join(entity.text.split())
    return entities
