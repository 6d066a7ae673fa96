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
from .english_words import thing_in_english
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
        if end - i >= 2 or (end - i == 1 and _ARABIC_PARTICLE.match(text, tokens[i].end)):
            entity = _foreign_entity(text, tokens, i, end)
            if entity is not None:
                found.append(entity)
                while end < len(tokens) and tokens[end].start < entity.end:
                    end += 1  # past "bin Ouda" of "Khaled bin Ouda bin Mohammed al-Harby"
        i = max(end, i + 1)
    return found


_ARABIC_PARTICLE = regex.compile(r" (?:(?:al|el)-|(?:bin|ibn) )\p{Lu}\p{Ll}")
"""An Arabic name's particle and the next part of the name, right after a word ("Muqtada
al-Sadr", "Saleh al-Oufi", "Nayef bin Abdulaziz"): with it one foreign-spelt word is a full
name (:func:`.persons.join_name_particles` takes the particle and the word after it in)."""
_ARABIC_NOUNS = frozenset("""
ansar jama'at jamaat muntada asharq sharm shatt deir dar ein ain qasr souq suq burj kut marj
khor hawijat om umm eid bab bahr jebel jabal wadi tell ras bir masjid harakat hizb jaish
haram sham saudi
""".split())
"""Arabic nouns that begin names of bodies, places and feasts before "al-" ("Ansar al-Sunna",
"Sharm el-Sheikh", "Deir el-Balah", "Eid al-Fitr"), never a person's first name."""


def _after_particle(tokens: Sequence[Syllable], end: int) -> int:
    """The end of the particle and the name part after it ("al-Rubaie"; "bin" "Laden")."""
    return end + 1 if "-" in tokens[end].text else min(end + 2, len(tokens))


def _one_word_and_particle(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """One foreign-spelt word before an Arabic particle and a name, not a noun that begins
    names of places and bodies ("Ansar al-Sunna")."""
    return end - i == 1 and looks_foreign(tokens[i]) and tokens[i].low not in _ARABIC_NOUNS \
        and not _PLACES.match(tokens, i)  # "tỉnh trưởng Najaf al-Zurufi": the province


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
    if _one_word_and_particle(tokens, i, end) and _ARABIC_PARTICLE.match(text, tokens[i].end) \
            and tokens[i].name_like and not thing_before(tokens, i):
        return person_entity(text, tokens, i, _after_particle(tokens, end), "foreign")  # "Mouwafak al-Rubaie"
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
            or any(_JOINED_WORDS.match(t.text) for t in name) or thing_in_english(name):
        return None  # "Media Player", "Smart Card": a common English word before the last
    if end - i == 2 and _HYPHENATED_GIVEN_NAME.fullmatch(tokens[i + 1].text):
        return person_entity(text, tokens, i, end, "foreign", surname_first=True)  # "Lee Min-hee": "Lee" later
    return person_entity(text, tokens, i, end, "foreign")


_HYPHENATED_GIVEN_NAME = regex.compile(r"\p{Lu}\p{Ll}{1,5}-\p{Ll}{2,6}")
"""A Korean given name of two syllables joined by a hyphen ("Ji-youn", "Min-hee", "Moo-hyun")."""


def _before_hyphenated_given_name(tokens: Sequence[Syllable], i: int, end: int) -> bool:
    """A word of plain letters before a hyphenated given name that ends the run: the surname of
    a Korean name opening a sentence ("Han Ji-youn", "Lee Min-hee"), not a Vietnamese word."""
    return end - i == 2 and tokens[i].text.isascii() and bool(_HYPHENATED_GIVEN_NAME.fullmatch(tokens[i + 1].text)) \
        and looks_foreign(tokens[i + 1])


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
                not looks_foreign(tokens[i]) and sentence_start(text, tokens[i])
                and not _before_hyphenated_given_name(tokens, i, end)):
            i += 1
        else:
            return i
    return i
