"""Foreign persons written with the initial of their first name glued on: "G.Glitter",
"A.Yersin", "R.Sikorski", "A.Duffy Newberry".

Vietnamese papers shorten a foreign first name to its initial and a dot with no space.
One capital letter, a dot and a word spelt like no Vietnamese syllable is a person's name
(the foreign-spelt words right after it belong to it). A Vietnamese syllable after the dot
is left alone: "P.Bến Nghé", "Q.Tân Bình" and "H.Củ Chi" are a ward, a district and a rural
district; so is a photo credit ("Ảnh G.Images", mostly an agency).

>>> t = "Luật sư bào chữa cho G.Glitter; A.Duffy Newberry ở P.Bến Nghé."
>>> [e.text for e in find_initialled_names(t, syllables(t), set())]
['G.Glitter', 'A.Duffy Newberry']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from .foreign import looks_foreign
from .persons import MAX_NAME, person_entity
from .tokens import Syllable, syllables

_INITIALLED = regex.compile(r"\p{Lu}\.(\p{Lu}\p{Ll}[\p{L}'\-]*)")
_DOT_THEN_LETTER = regex.compile(r"\.\p{L}")
_ANY_INITIALLED = regex.compile(r"\p{Lu}\.\p{Lu}\p{Ll}")


def find_initialled_names(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free initialled foreign names.

    >>> t = "Thủ tướng T.Blair gặp ông ở Q.Tân Bình - Ảnh G.Images"
    >>> [e.text for e in find_initialled_names(t, syllables(t), {2})]
    []
    """
    if not _ANY_INITIALLED.search(text):
        return []  # rare: the tokens are looked at only then
    found = []
    k = 0
    while k < len(tokens):
        match = _INITIALLED.fullmatch(tokens[k].text)
        if k in taken or match is None or not looks_foreign(syllables(match.group(1))[0]) \
                or (k > 0 and tokens[k - 1].low == "ảnh") or _DOT_THEN_LETTER.match(text, tokens[k].end):
            k += 1  # "Ảnh G.Images": a photo agency; "P.Ji.Sung": a longer abbreviated name
            continue
        end = k + 1
        while end < len(tokens) and end - k < MAX_NAME and end not in taken and tokens[end].linked \
                and tokens[end].name_like and looks_foreign(tokens[end]):
            end += 1
        found.append(person_entity(text, tokens, k, end, "initial"))
        k = end
    return found
