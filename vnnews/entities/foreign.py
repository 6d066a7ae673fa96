"""Foreign names standing alone: Western and transliterated persons, foreign companies.

World news writes foreign persons without a Vietnamese surname or an honorific ("Boris
Yeltsin", "Tony Blair") and foreign companies without a Vietnamese head word ("BMW
Group", "Air China"). What gives them away is their spelling: a syllable that cannot be
a Vietnamese syllable ("Blair": no Vietnamese syllable starts with "bl") and that carries
none of the letters only Vietnamese uses (ă, ơ, đ, ...).

A free run of two or three capitalised syllables with such a syllable is a PERSON, or an
ORGANIZATION when a company word is in it ("Group", "Airlines") or "Air" starts it; a
Vietnamese word opening the sentence or a country before the name is not part of it; a run
that starts like a place ("New", "San") or follows a place preposition ("ở", "tại") is
left to the place rules.

>>> t = "Cuộc gặp giữa Tony Blair và Vladimir Putin, với sự tài trợ của BMW Group."
>>> [(e.label, e.text) for e in find_foreign_names(t, syllables(t), set())]
[('PERSON', 'Tony Blair'), ('PERSON', 'Vladimir Putin'), ('ORGANIZATION', 'BMW Group')]
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from . import company_words, phrasebooks, place_words, world_words
from ._fold import VIETNAMESE_SYLLABLE
from .persons import person_entity
from .products import thing_before
from .tokens import Phrasebook, Syllable, sentence_start, syllables  # noqa: F401 (doctests)

_VIETNAMESE_ONLY_LETTERS = regex.compile(
    r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]", regex.IGNORECASE)
MAX_RUN = 3
_PLACES = phrasebooks.WORLD_PLACES
_NOT_FOREIGN_FIRST = frozenset({"cty", "windows", "office", "grand"})  # "Windows Sync Center": a product
_JOINED_WORDS = regex.compile(r"^(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu}")
"""Two words written as one ("SuperStar Virgo", "EasyShare One", "HyperSonic Sound": a
ship, a product, a technique), no person's name; "DeVito", "McLaren", "MacArthur" are."""
_ROMAN = regex.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$")  # "Cty Hoa Việt": công ty, abbreviated


def looks_foreign(token: Syllable) -> bool:
    """True for a syllable no Vietnamese word is spelt with ("Blair", "Václav"), not for
    "Nguyễn", "Huang" (spelt like a Vietnamese syllable) or "Đăk" (Vietnamese letters).

    >>> [looks_foreign(t) for t in syllables("Blair Václav Nguyễn Huang Đăk")]
    [True, True, False, False, False]
    """
    return len(token.text) > 1 and not _VIETNAMESE_ONLY_LETTERS.search(token.text) \
        and not VIETNAMESE_SYLLABLE.match(token.key.replace("-", ""))


def find_foreign_names(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON and ORGANIZATION entities for foreign-spelt runs on tokens not in ``taken``.

    >>> t = "Ông ấy gặp Mikhail Gorbachev ở New Orleans."
    >>> [e.text for e in find_foreign_names(t, syllables(t), set())]
    ['Mikhail Gorbachev']
    """
    found = []
    i = 0
    while i < len(tokens):
        end = _run_end(tokens, i, taken)
        if end - i >= 2:
            entity = _foreign_entity(text, tokens, i, end)
            if entity is not None:
                found.append(entity)
        i = max(end, i + 1)
    return found


def _run_end(tokens: Sequence[Syllable], i: int, taken: Collection[int]) -> int:
    """End of the free run of capitalised syllables (or acronyms) starting at ``i``."""
    k = i
    while k < len(tokens) and k not in taken and tokens[k].cap and not tokens[k].text[0].isdigit() \
            and (k == i or tokens[k].linked):
        k += 1
    return k



def _foreign_entity(text: str, tokens: Sequence[Syllable], i: int, end: int) -> Entity | None:
    i = _without_leading_words(text, tokens, i, end)
    while end > i and _VIETNAMESE_ONLY_LETTERS.search(tokens[end - 1].text):
        end -= 1  # "Aso Tân": the Vietnamese word after the name is not part of it
    if end - i < 2 or thing_before(tokens, i):
        return None  # "môtô Honda Dylan": a product
    run = tokens[i:end]
    words = [t.low for t in run]
    if not any(looks_foreign(t) for t in run):
        return None
    if words[0] in _NOT_FOREIGN_FIRST or words[-1] in world_words.FOREIGN_EVENT_WORDS:
        return None  # "Davis Cup", "Stamford Bridge"
    if words[0] == "the" and len(words) > 2:
        return None  # "The Last Samurai": a title of a work more often than a band
    if any(w in company_words.FOREIGN_COMPANY_WORDS for w in words[1:]) or words[0] in company_words.FOREIGN_COMPANY_FIRST_WORDS:
        start, stop = run[0].start, run[-1].end
        return Entity("ORGANIZATION", start, stop, text[start:stop], " ".join(text[start:stop].split()),
                      {"kind": "foreign"})
    followed_by_number = end < len(tokens) and tokens[end].linked and tokens[end].text[0].isdigit()
    after_preposition = i > 0 and tokens[i].linked and tokens[i - 1].low in place_words.PLACE_PREPOSITIONS
    name = run[:-1] if _ROMAN.match(run[-1].text) else run  # "Benedict XVI", "John Paul II"
    if len(name) > MAX_RUN or words[0] in world_words.FOREIGN_PLACE_FIRST_WORDS or followed_by_number \
            or after_preposition or not all(t.name_like and len(t.text) > 1 for t in name) \
            or any(_JOINED_WORDS.match(t.text) for t in name):
        return None
    return person_entity(text, tokens, i, end, "foreign")


def _without_leading_words(text: str, tokens: Sequence[Syllable], i: int, end: int) -> int:
    """Skip what comes before the name in a capitalised run: a word with Vietnamese letters
    ("Dải Gaza"), a Vietnamese word opening the sentence ("Nhưng Raffarin", "Theo Schulz")
    and a country or city ("Ngoại trưởng Anh
    Jack Straw", "Mỹ Richard Myers")."""
    while i < end:
        place = _PLACES.match(tokens, i)
        if place and i + place[0] < end:
            i += place[0]
        elif _VIETNAMESE_ONLY_LETTERS.search(tokens[i].text) or (
                not looks_foreign(tokens[i]) and sentence_start(text, tokens[i])):
            i += 1
        else:
            return i
    return i
