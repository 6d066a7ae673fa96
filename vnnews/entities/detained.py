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

The same verbs, or "xác định" / "bắt", after "bị" or "được" make the given name opening the
clause before them the person they act on ("Trí được xác định là ...", "Sau đó, Tòng bị bắt
giữ"): :func:`find_passive_subjects`, for given names by the corpus share a lone given name
needs (:func:`.persons.is_given_name`).

>>> t = "Ngày 22/1, cơ quan điều tra đã bắt giữ Thương, cùng tang vật. Công an đang tạm giữ Cảnh để điều tra."
>>> [e.text for e in find_detained_persons(t, syllables(t), set())]
['Thương', 'Cảnh']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import person_words, phrasebooks
from .foreign import looks_foreign
from .persons import MAX_NAME, given_name_shares, is_given_name, name_run_end, person_entity
from .subjects import _opens_clause  # a clause opens: the sentence, a line or ", "
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

VERBS_ON_A_PERSON = (
    "bắt giữ", "bắt được", "bắt khẩn cấp", "bắt tạm giam", "tạm giữ", "tạm giam", "truy nã",
    "truy bắt", "khởi tố", "truy tố", "tuyên phạt", "kết án", "áp giải", "dẫn giải",
    "ám sát", "sát hại", "bắt cóc",
)
"""Verbs whose object is a person ("tạm giữ Cảnh", "ám sát Kadirgamar")."""

_VERBS = Phrasebook(VERBS_ON_A_PERSON)
_PASSIVE_VERBS = Phrasebook(VERBS_ON_A_PERSON + ("xác định", "bắt"))
_NOT_AN_ARREST = frozenset({"đầu", "tay", "buộc", "kịp", "nhịp", "gặp", "chước", "nguồn", "mắt", "sóng", "chuyện"})  # "bắt đầu"
_PLACES_OF_CUSTODY = frozenset({"trại", "nhà", "buồng", "phòng", "khu"})  # "trại tạm giam Thừa Phủ": a place
_FOLLOWERS = person_words.PERSON_FOLLOWERS | frozenset({"để", "cùng", "về", "tại", "ở", "sau", "khi", "vì", "do"})


def find_detained_persons(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free name runs right after a verb acting on a person.

    >>> t = "TAND tuyên phạt Đường Ngọc Sơn 30 tháng tù. Họ bắt giữ Trung Quốc... Về trại tạm giam Thừa Phủ."
    >>> [e.text for e in find_detained_persons(t, syllables(t), set())]
    ['Đường Ngọc Sơn']
    """
    found = []
    for k in range(len(tokens) - 1):
        verb = _VERBS.match(tokens, k)
        if verb is None or not tokens[k].text.islower() or (k > 0 and tokens[k - 1].low in _PLACES_OF_CUSTODY):
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


def find_passive_subjects(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for a free given name opening a clause before "bị" or "được" and a
    verb acting on a person; "Chuẩn bị bắt đầu" (a word, then "bắt đầu") gives nothing.

    >>> t = "Trí được xác định là kẻ cầm đầu. Sau đó, Tòng bị bắt giữ. Chuẩn bị bắt đầu."
    >>> [e.text for e in find_passive_subjects(t, syllables(t), set())]
    ['Trí', 'Tòng']
    """
    found = []
    for i in range(len(tokens) - 2):
        if i in taken or not _opens_clause(text, tokens, i) or not is_given_name(tokens[i]):
            continue
        if tokens[i + 1].low not in ("bị", "được") or not tokens[i + 1].linked or not tokens[i + 2].linked:
            continue
        verb = _PASSIVE_VERBS.match(tokens, i + 2)
        after = i + 2 + verb[0] if verb else len(tokens)
        if verb and not (after < len(tokens) and tokens[after].linked and tokens[after].low in _NOT_AN_ARREST):
            found.append(person_entity(text, tokens, i, i + 1, "passive"))
    return found

