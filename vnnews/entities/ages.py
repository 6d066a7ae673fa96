"""Persons named with their age or year of birth: "Clara, 49 tuổi, cho biết ...".

News gives a person's age, or year of birth, right after the name: "Hùng, 25 tuổi,",
"Bruce (27 tuổi)", "Bền (SN 1975)", "Lan, sinh năm 1980,". Places and bodies have no age,
so one to three free capitalised syllables written right before it are a person. A single
syllable must be spelt like a foreign name or be a given name (see
:func:`.persons.given_name_shares`), so "Hiện nay, 30 tuổi ..." gives no person.

>>> t = "Clara, 49 tuổi, cho biết chồng cô, Bruce (27 tuổi), và Hùng, SN 1980, đều có mặt."
>>> [e.text for e in find_persons_by_age(t, syllables(t), set())]
['Clara', 'Bruce', 'Hùng']
"""

from __future__ import annotations

import bisect
from typing import Collection, Sequence

import regex

from ..document import Entity
from . import person_words
from .foreign import looks_foreign
from .persons import is_given_name, person_entity
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

_AGE = regex.compile(r"(?<=\p{L}(?:, | \())(?:\d{1,3} tuổi|(?:SN|sinh năm) \d{4})\b")
_NOT_NAMES = frozenset(person_words.HONORIFICS)
MAX_NAME = 3


def find_persons_by_age(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free name runs followed by an age or a year of birth.

    >>> t = "Hiện nay, 30 tuổi là tuổi lập gia đình; ông Nam, 60 tuổi."
    >>> [e.text for e in find_persons_by_age(t, syllables(t), {9})]
    []
    """
    ends = None
    found = []
    for match in _AGE.finditer(text):  # rare: the tokens are looked at only then
        ends = ends or [t.end for t in tokens]
        k = bisect.bisect_left(ends, match.start() - 2)  # the name ends before ", " or " ("
        if k >= len(tokens) or ends[k] != match.start() - 2 or k in taken or not tokens[k].name_like:
            continue
        first = k
        while first > 0 and k - first + 1 < MAX_NAME and tokens[first].linked and (first - 1) not in taken \
                and tokens[first - 1].name_like:
            first -= 1
        if first > 0 and tokens[first].linked and tokens[first - 1].cap:
            continue  # a longer capitalised run than a name
        if k == first and not _one_syllable_name(tokens[k]):
            continue
        found.append(person_entity(text, tokens, first, k + 1, "age"))
    return found


def _one_syllable_name(token: Syllable) -> bool:
    if token.low in _NOT_NAMES:
        return False
    return looks_foreign(token) or is_given_name(token)
