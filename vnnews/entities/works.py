"""Names of works, products, awards and campaigns are not persons.

A capitalised name right after a lower-case word for a film, a song, a program, a brand, a
medicine, a craft or a campaign names that thing ("phim Vanilla Sky", "ca khúc It's
Raining", "phần mềm Secure Digital", "tàu Deep Impact", "chiến dịch Ranch Hand"), even when
it is spelt like a foreign person's name. An award or a scholarship named after a person is
the award ("học bổng Lê Văn Tám", "Huy chương vàng Trần Hữu Trang"). Fourteenth pass, from
the false PERSONs of the seen batches: a third of them on blind10–blind13 were such names.

A foreign-spelt run inside a phrase written in English ("Test of English for International
Communication", "Confessions on a Dance Floor") is a title or a thing's name as well.

Words after which an author or a maker is named ("nhạc Trịnh", "tranh Bùi Xuân Phái",
"thơ Nguyễn Bính") are not in the lists: there the name is the person's.

>>> t = "Anh xem phim Vanilla Sky với Tom Cruise."
>>> [e.text for e in find_persons_naming_things(t, syllables(t), [person_entity(t, syllables(t), 3, 5, "foreign")])]
['Vanilla Sky']
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from . import person_words
from .persons import person_entity  # noqa: F401 (doctests)
from .tokens import Phrasebook, Syllable, syllables, token_range

THING_WORDS = (
    "phim", "bộ phim", "ca khúc", "bài hát", "album", "vở", "vở kịch", "tiểu thuyết", "cuốn", "cuốn sách",
    "tác phẩm", "trò chơi", "game", "phần mềm", "ứng dụng", "trình duyệt", "hệ điều hành", "chip", "chipset",
    "chip set", "nhãn hiệu", "thương hiệu", "sản phẩm", "dòng sản phẩm", "chứng chỉ", "định dạng", "tàu",
    "tàu vũ trụ", "trực thăng", "máy bay", "tên lửa", "thuốc", "dược liệu", "hoạt chất", "vắc-xin", "vacxin",
    "văcxin", "chiến dịch",
    # fifteenth pass, from false PERSONs of blind9–blind15 ("hội thảo Star Digital Forum", "nhà
    # hàng La Core", "mang tên Network General"): events, venues, and what a thing is named.
    # Not "chương trình" ("chương trình Mỹ Tâm": the singer's show) nor "dự án" ("Giám đốc dự
    # án David O'Conner").
    "hội thảo", "diễn đàn", "nhà hàng", "khách sạn", "quán", "siêu thị", "chung cư", "biểu tượng",
)
"""Lower-case words for a work, a product, a craft or a campaign, whose own name follows."""

AWARD_WORDS = (
    "học bổng", "giải thưởng", "huy chương", "huy chương vàng", "huy chương bạc", "huy chương đồng",
)
"""Lower-case words for an award, named after its founder or patron more often than given to
the person its name is spelt like."""

CONTEST_WORDS = ("giải", "cúp", "mang tên")
"""Words for an award or a contest, before whose name a full name may also be the contest's
head's ("trưởng BTC giải Phạm Quang"): they rule out only names without a surname ("Giải
Mai Vàng"). So does "mang tên" (what a thing is named: "mang tên Network General"; "học bổng
mang tên Đặng Thái Sơn" keeps the pianist; fifteenth pass)."""

NOT_BEFORE_A_THING = frozenset({"lái", "thợ", "chủ"})
"""Words that make a thing word part of a trade ("lái tàu Bùi Thái Sơn": a train driver; "chủ
quán Trần Văn Hai": the owner)."""

_THINGS = Phrasebook(THING_WORDS + AWARD_WORDS)
_CONTESTS = Phrasebook(CONTEST_WORDS)
_LONGEST = max(len(words.split()) for words in THING_WORDS + AWARD_WORDS)
_NAMED_BY_A_CUE = frozenset({"honorific", "post"})


def names_a_thing(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether a word for a work, a product or an award is written right before token ``i``
    (on the same line, no mark between).

    >>> toks = syllables("Học bổng Lê Văn Tám và ông Lê Văn Tám, lái tàu Bùi Thái Sơn")
    >>> names_a_thing(toks, 2), names_a_thing(toks, 8), names_a_thing(toks, 13)
    (True, False, False)
    """
    if i == 0 or not tokens[i].linked:
        return False
    for size in range(_LONGEST, 0, -1):
        start = i - size
        if start >= 0 and all(t.linked for t in tokens[start + 1:i]):
            hit = _THINGS.match(tokens, start)
            if hit is not None and hit[0] == size:
                return not (start > 0 and tokens[start].linked and tokens[start - 1].low in NOT_BEFORE_A_THING)
    return False


def names_a_contest(tokens: Sequence[Syllable], i: int) -> bool:
    """Whether "giải", "cúp" or "mang tên" is written right before token ``i``.

    >>> toks = syllables("Giải Mai Vàng")
    >>> names_a_contest(toks, 1), names_a_contest(toks, 2)
    (True, False)
    >>> names_a_contest(syllables("mang tên Network General"), 2)
    True
    """
    if i == 0 or not tokens[i].linked:
        return False
    for size in (1, 2):
        hit = _CONTESTS.match(tokens, i - size) if i - size >= 0 and all(t.linked for t in tokens[i - size + 1:i]) else None
        if hit is not None and hit[0] == size:
            return True
    return False


ENGLISH_FUNCTION_WORDS = frozenset({"the", "of", "for", "and", "a", "an", "on", "at", "by", "with", "from"})
"""English words that join the words of a title or a name of a thing, never a person's name
written in a Vietnamese sentence ("Test of English for International Communication")."""


def inside_english_phrase(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """Whether tokens ``i``..``end`` go on a phrase written in English: an English function
    word right before them ("Confessions on a Dance Floor", "The Adoration of the Christ
    Child"), or a lower-case English word right after them ("Capitalizze First letter of
    sentences").

    >>> toks = syllables("Test of English for International Communication, Tony Blair nói")
    >>> inside_english_phrase(toks, 4, 6), inside_english_phrase(toks, 6, 8)
    (True, False)
    """
    from .foreign import looks_foreign  # foreign.py builds on the persons module

    before = tokens[i - 1] if i > 0 and tokens[i].linked else None
    after = tokens[end] if end < len(tokens) and tokens[end].linked else None
    return (before is not None and before.text in ENGLISH_FUNCTION_WORDS) or (
        after is not None and after.text.islower() and after.text not in person_words.NAME_PARTICLES
        and (after.text in ENGLISH_FUNCTION_WORDS or looks_foreign(after)))  # not "Abdul Aziz al Saud"


def find_persons_naming_things(text: str, tokens: Sequence[Syllable], people: Sequence[Entity]) -> list[Entity]:
    """The PERSONs of ``people`` found without an honorific or a post that name a thing (see
    :func:`names_a_thing`), and foreign-spelt ones inside an English phrase (see
    :func:`inside_english_phrase`).

    >>> t = "Ca sĩ của năm thuộc về Rain với ca khúc It's Raining."
    >>> toks = syllables(t)
    >>> song = person_entity(t, toks, 10, 12, "foreign")
    >>> [e.text for e in find_persons_naming_things(t, toks, [song])]
    ["It's Raining"]
    """
    starts = [t.start for t in tokens]
    found = []
    for person in people:
        if person.label != "PERSON" or person.attrs.get("cue") in _NAMED_BY_A_CUE:
            continue
        span = token_range(starts, person.start, person.end)
        if names_a_thing(tokens, span.start) or (person.attrs.get("cue") != "surname" and names_a_contest(tokens, span.start)) \
                or (person.attrs.get("cue") == "foreign" and inside_english_phrase(tokens, span.start, span.stop)):
            found.append(person)
    return found
