"""Persons named through their kin: "vợ của Kurt", "luật sư của Snoop".

Only a person has a wife, a son, a girlfriend or a lawyer: one to three free capitalised
syllables after such a word and "của" are a person. A single syllable must be spelt like
a foreign name or be a given name (see :func:`.persons.given_name_shares`) followed by no
lower-case word it makes a word with when bodies have such people too ("luật sư của Hải
quân"), so "mẹ của Việt Nam" (a place, taken before), "con của Tạo hóa" and "luật sư của Hải
quân" give no person, while "bạn trai của Thảo yếu đuối" does.

>>> t = "Một người quen của William nói vợ của Kurt đã đến."
>>> [e.text for e in find_persons_by_kin(t, syllables(t), set())]
['William', 'Kurt']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from . import person_words
from .foreign import looks_foreign
from .persons import is_given_name, person_entity
from .role_words import RELATIONS_OF_A_PERSON
from .tokens import Syllable, matches_at_tokens, syllables  # noqa: F401 (doctests)

_KIN = regex.compile(r"(?<!\p{L})(?i:(" + "|".join(sorted(RELATIONS_OF_A_PERSON, key=len, reverse=True))
                     + r")) của (?=\p{Lu})")
_ALSO_OF_A_BODY = frozenset({"luật sư", "người đại diện"})  # a navy has lawyers, not a wife
MAX_NAME = 3


def find_persons_by_kin(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free names after a relation of a person and "của".

    >>> t = "Mẹ của Việt Nam anh hùng; con gái của Nguyễn Văn An"
    >>> [e.text for e in find_persons_by_kin(t, syllables(t), {2, 3})]
    ['Nguyễn Văn An']
    """
    found = []
    for match, k in matches_at_tokens(_KIN, text, tokens, at_end=True):
        end = k
        while end < len(tokens) and end - k < MAX_NAME and end not in taken and tokens[end].name_like \
                and (end == k or tokens[end].linked):
            end += 1
        if end == k or (end < len(tokens) and tokens[end].linked
                        and (tokens[end].cap or tokens[end].low in person_words.NAME_PARTICLES)):
            continue  # no name, or a longer one than a name ("Osama bin Laden")
        if end - k == 1 and not (looks_foreign(tokens[k]) or is_given_name(tokens[k])):
            continue
        if end - k == 1 and match.group(1).lower() in _ALSO_OF_A_BODY and not looks_foreign(tokens[k]) \
                and _word_goes_on(tokens, end):
            continue  # "luật sư của Hải quân Mỹ": "Hải quân" is a word, the navy
        found.append(person_entity(text, tokens, k, end, "kin"))
    return found


def _word_goes_on(tokens: Sequence[Syllable], end: int) -> bool:
    """A lower-case syllable right after a one-syllable name, which a person's name is
    seldom followed by (not a verb or a word of :data:`.person_words.PERSON_FOLLOWERS`): the
    capital begins a word of its own ("Hải quân", "Cơ sở").

    >>> toks = syllables("của Hải quân, của Hải là")
    >>> _word_goes_on(toks, 2), _word_goes_on(toks, 5)
    (True, False)
    """
    following = tokens[end] if end < len(tokens) and tokens[end].linked else None
    return following is not None and following.text.islower() and following.low not in person_words.PERSON_FOLLOWERS
