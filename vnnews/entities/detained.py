"""Persons named as the object of an arrest, a charge, a sentence or an attack.

Crime and world news name the person a verb acts on without any cue: "cơ quan điều tra đã
bắt giữ Thương", "Công an đang tạm giữ Cảnh", "TAND tuyên phạt Đường Ngọc Sơn 30 tháng tù",
"vụ ám sát Kadirgamar". These verbs take a person as their object (bodies and vessels
they act on are written with their head word, which other rules take first), so a free run
of one to four capitalised syllables right after one of them is a person when:

- it is one syllable that ends surname-led full names in the corpus (any share in
  :func:`.persons.given_name_shares`: "Cảnh", "Công" are mostly common words, but not after
  "tạm giữ") or that is spelt like a foreign name ("Kadirgamar"), or it is two to four
  syllables naming no administrative unit;
- it names no country or world place ("bắt giữ Trung Quốc" is left alone);
- punctuation, the end of the text or a word that typically follows a person
  (:data:`.person_words.PERSON_FOLLOWERS`, a number of years or months) comes next.

>>> t = "Ngày 22/1, cơ quan điều tra đã bắt giữ Thương, cùng tang vật. Công an đang tạm giữ Cảnh để điều tra."
>>> [e.text for e in find_detained_persons(t, syllables(t), set())]
['Thương', 'Cảnh']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import person_words, phrasebooks
from .foreign import looks_foreign
from .persons import MAX_NAME, given_name_shares, name_run_end, person_entity
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

VERBS_ON_A_PERSON = (
    "bắt giữ", "bắt được", "bắt khẩn cấp", "bắt tạm giam", "tạm giữ", "tạm giam", "truy nã",
    "truy bắt", "khởi tố", "truy tố", "tuyên phạt", "kết án", "áp giải", "dẫn giải",
    "ám sát", "sát hại", "bắt cóc",
)
"""Verbs whose object is a person ("tạm giữ Cảnh", "ám sát Kadirgamar")."""

_VERBS = Phrasebook(VERBS_ON_A_PERSON)
_FOLLOWERS = person_words.PERSON_FOLLOWERS | frozenset({"để", "cùng", "về", "tại", "ở", "sau", "khi", "vì", "do"})


def find_detained_persons(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free name runs right after a verb acting on a person.

    >>> t = "TAND tuyên phạt Đường Ngọc Sơn 30 tháng tù. Họ bắt giữ Trung Quốc..."
    >>> [e.text for e in find_detained_persons(t, syllables(t), set())]
    ['Đường Ngọc Sơn']
    """
    found = []
    for k in range(len(tokens) - 1):
        verb = _VERBS.match(tokens, k)
        if verb is None or not tokens[k].text.islower():
            continue
        i = k + verb[0]
        if i >= len(tokens) or i in taken or not tokens[i].linked or not tokens[i].name_like:
            continue
        end = name_run_end(tokens, i)
        end = next((j for j in range(i, end) if j in taken), end)
        if _names_a_person(tokens, i, end) and _followed_like_a_person(tokens, end):
            found.append(person_entity(text, tokens, i, end, "object"))
    return found


def _names_a_person(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    from .gazetteer import load_gazetteer

    if not 1 <= end - i <= MAX_NAME or phrasebooks.WORLD_PLACES.match(tokens, i) is not None:
        return False
    if end - i == 1:
        return tokens[i].text in given_name_shares() or looks_foreign(tokens[i])
    return not load_gazetteer().lookup(" ".join(t.text for t in tokens[i:end]))


def _followed_like_a_person(tokens: Sequence[Syllable], end: int) -> bool:
    following = tokens[end] if end < len(tokens) else None
    return following is None or not following.linked or following.text.isdigit() \
        or following.low in _FOLLOWERS
