"""Foreign surnames alone as the subject of a clause: "Barroso đã tham gia ...",
"Thời sinh viên, Barroso từng tham gia ...".

World and sport news name a foreign person by the surname alone once the full name is
known. Clubs, products and English words are written the same way ("Inter đã", "Windows
sẽ", "Festival sẽ"), so the spelling alone is not enough (about 0.6 precision on training
articles). What tells them apart is whether the corpus ever writes the word after an
honorific: "ông Blair" (0.45 of the lone uses of "Blair"), "ông Bush" (0.22), seldom "ông
Liverpool" (0.04, a share the honorific reader's mistakes make). Sportsmen written bare
("Henman", "Nadal") stay below the threshold: clubs and they cannot be told apart this way. A foreign-spelt word
(:func:`.foreign.looks_foreign`) opening a clause before an adverb and a lower-case verb is
a person when at least :data:`FOREIGN_SURNAME_SHARE` of its lone capitalised uses in VNTC
train follow an honorific (``models/person_names/foreign_surnames.json``).

>>> t = "Arafat chưa bao giờ tiết lộ. Liverpool đã thắng."
>>> [e.text for e in find_foreign_subjects(t, syllables(t), set())]
['Arafat']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from ..resources import load_once
from . import phrasebooks
from .foreign import looks_foreign
from .persons import honorific_shares, person_entity
from .role_words import ADVERBS_BEFORE_A_PERSON_VERB
from .subjects import _lower_case_after, _opens_clause  # the same clause and verb slots as given names
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

FOREIGN_SURNAME_SHARE = 0.2
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}\. $")
_ADVERBS = frozenset(ADVERBS_BEFORE_A_PERSON_VERB) | {"từng", "không", "chưa", "luôn", "thì"}


@load_once
def foreign_surname_shares() -> dict[str, float]:
    """Foreign-spelt word → share of its lone capitalised uses that follow an honorific.

    >>> foreign_surname_shares().get("Liverpool", 0.0) < FOREIGN_SURNAME_SHARE
    True
    """
    return honorific_shares("foreign_surnames.json", "words")


def find_foreign_subjects(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free foreign surnames opening a clause before an adverb and a verb.

    >>> t = "Sáng qua, Barroso từng tham gia. Windows sẽ có bản mới. Richard W. Riley đã nỗ lực."
    >>> [e.text for e in find_foreign_subjects(t, syllables(t), set())]
    ['Barroso']
    """
    shares = foreign_surname_shares()
    found = []
    for k in range(1, len(tokens) - 1):
        if tokens[k].low not in _ADVERBS or not _lower_case_after(tokens, k):
            continue
        i = k - 1
        if i in taken or not tokens[i].name_like or not looks_foreign(tokens[i]) \
                or (i > 0 and tokens[i].linked and tokens[i - 1].name_like) or _INITIAL_BEFORE.search(text, 0, tokens[i].start) \
                or not _opens_clause(text, tokens, i):
            continue  # "Richard W. Riley đã", "HLV C. Ranieri còn": the end of a longer name
        if shares.get(tokens[i].text, 0.0) >= FOREIGN_SURNAME_SHARE and phrasebooks.WORLD_PLACES.match(tokens, i) is None:
            found.append(person_entity(text, tokens, i, k, "foreign_subject"))
    return found

