"""Persons named by their given name alone as the subject of a clause: "Thọ đã cùng ...",
"Tòng đang làm chủ ...", "Ngoài ra, Tòng còn làm giả ...", "Đan Trường cũng chịu ...".

Crime and entertainment news names people by their given name once the full name is
known. A free run of one or two capitalised syllables that opens a clause (the sentence, or
the words after a comma) and is followed by an adverb ("đã", "đang", "còn", ...) and a
lower-case verb is a person when its syllables are given names by the corpus
(:func:`.persons.given_name_shares`: their mean share at least the one a lone given name
needs). Countries and seasons spelt like given names ("Nga đã", "Xuân đã về"), pronouns
("Anh đã"), "Như", the year ("Năm mới đến") and a copula after the adverb ("Quế còn là")
are left out.

>>> t = "Thọ đã cùng Hải dùng mã tấu. Ngoài ra, Tòng còn làm giả con dấu."
>>> [e.text for e in find_named_subjects(t, syllables(t), set())]
['Thọ', 'Tòng']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import person_words, phrasebooks, place_words
from .persons import GIVEN_NAME_SHARE, given_name_shares, never_a_name, person_entity
from .role_words import ADVERBS_BEFORE_A_PERSON_VERB
from .tokens import Syllable, sentence_start, syllables  # noqa: F401 (doctests)

_ADVERBS = frozenset(ADVERBS_BEFORE_A_PERSON_VERB)
_NOT_SUBJECT_NAMES = frozenset(person_words.HONORIFICS) | person_words.SEASONS | {"như", "năm"}  # "Năm mới đến"
_NOT_PERSON_VERBS = frozenset({"là", "như"})  # "Quế còn là gia vị", "Sáng cũng như đêm"
_CLAUSE_WORDS = frozenset({"nhưng", "song", "hiện", "nay", "rồi", "vậy", "còn", "tuy", "dù", "mà", "thế"})
"""Conjunctions and adverbs opening a clause, also found as given names ("Nhưng cũng có ...",
"Hiện đã có ...", "Song Sinh cũng thích ...", the star sign)."""
MAX_NAME = 2


def find_named_subjects(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free given names opening a clause before an adverb and a verb.

    >>> t = "Nga đã phản đối. Xuân đã về. Hôm qua, Minh Quân vẫn tập luyện."
    >>> [e.text for e in find_named_subjects(t, syllables(t), set())]
    ['Minh Quân']
    """
    found = []
    shares = given_name_shares()
    for k in range(1, len(tokens) - 1):
        if tokens[k].low not in _ADVERBS or not _lower_case_after(tokens, k):
            continue
        start = k
        while start > 0 and k - start < MAX_NAME and (start - 1) not in taken and tokens[start - 1].name_like \
                and (start == k or tokens[start].linked):
            start -= 1
        if start == k or not _opens_clause(text, tokens, start) or _not_a_name(tokens, start, k):
            continue
        if sum(shares.get(t.text, 0.0) for t in tokens[start:k]) < GIVEN_NAME_SHARE * (k - start):
            continue
        found.append(person_entity(text, tokens, start, k, "subject"))
    return found


def _lower_case_after(tokens: Sequence[Syllable], k: int) -> bool:
    """The adverb at ``k`` is linked to a name before it and a lower-case verb after, not a
    copula or a comparison, which things take as often as persons."""
    return tokens[k].linked and tokens[k].text.islower() and tokens[k + 1].linked and tokens[k + 1].text.islower() \
        and tokens[k + 1].low not in _NOT_PERSON_VERBS


def _opens_clause(text: str, tokens: Sequence[Syllable], start: int) -> bool:
    if not tokens[start].linked or sentence_start(text, tokens[start]):
        return True
    return text[tokens[start - 1].end:tokens[start].start] == ", "


def _not_a_name(tokens: Sequence[Syllable], start: int, end: int) -> bool:
    """A pronoun, a season, "Như" or a letter alone, a clause word first ("Nhưng", "Song
    Sinh"), a word no name holds ("Thanh Niên", "Khi Thảo"), a pair no name is ("Việt Minh",
    see :func:`.persons.never_a_name`) or a country ("Nga", "Tuyển Pháp")."""
    if end - start == 1 and (tokens[start].low in _NOT_SUBJECT_NAMES or len(tokens[start].text) == 1):
        return True
    shares = given_name_shares()
    if tokens[start].low in _CLAUSE_WORDS or any(shares.get(t.text, 0.0) == 0.0 for t in tokens[start:end]):
        return True
    if end - start == 2 and never_a_name(tokens, start):
        return True  # "Việt Minh đã giành chính quyền": a pair never written after an honorific
    if phrasebooks.WORLD_PLACES.match(tokens, start) is not None:
        return True
    return any(tokens[k].low not in place_words.COUNTRIES_ALSO_PRONOUNS and phrasebooks.WORLD_PLACES.match(tokens, k)
               for k in range(start + 1, end))  # "Tuyển Pháp", not "Tuấn Anh"
