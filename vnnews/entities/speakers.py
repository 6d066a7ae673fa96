"""Persons named by what they do in the sentence: a name right before a speech verb, or
quoted as the source ("Theo Schoomaker, ...").

News quotes people by name alone: "Allyson nói", "…, Kurtz nhận xét", "Phương Thảo cho
biết", and names them by what only a person does: "Diana qua đời", "Quốc Tuấn dưỡng
thương". One to three capitalised syllables (not held by another entity) written right
before a speech verb or such a verb, or before an adverb and the verb ("Bền đã khai"), are
a person; a single syllable only when it is spelt like a foreign
name, or a given name (see :func:`.persons.given_name_shares`) not opening the sentence,
so that "Bộ cho biết" stays a body.

>>> t = "Theo Kurtz, Minh Châu cho biết vụ việc đã rõ, Tuấn nói thêm."
>>> [e.text for e in find_speakers(t, syllables(t), set())]
['Minh Châu', 'Tuấn', 'Kurtz']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import person_words, place_words
from .foreign import looks_foreign
from .role_words import ADVERBS_BEFORE_A_PERSON_VERB, RELATIONS_OF_A_PERSON, VERBS_OF_A_PERSON
from .persons import is_given_name, person_entity
from .tokens import Phrasebook, Syllable, sentence_start, syllables  # noqa: F401 (doctests)

_VERBS = Phrasebook(person_words.SPEECH_VERBS + VERBS_OF_A_PERSON)
_ADVERBS = frozenset(ADVERBS_BEFORE_A_PERSON_VERB)
_NOT_NAMES = frozenset(person_words.HONORIFICS)  # "Em nói": a pronoun
MAX_NAME = 3


def find_speakers(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for free name runs followed by a speech verb.

    >>> t = "Bộ cho biết: Yunesi khẳng định"
    >>> [e.text for e in find_speakers(t, syllables(t), set())]
    ['Yunesi']
    """
    found = []
    for verb, token in enumerate(tokens):
        if verb == 0 or not token.linked or not _VERBS.match(tokens, verb):
            continue
        k = verb
        while k > 1 and tokens[k - 1].low in _ADVERBS and tokens[k - 1].linked and tokens[k - 1].text.islower():
            k -= 1  # "Bền đã khai", "Kurtz cũng cho biết"
        start = k
        while start > 0 and k - start < MAX_NAME and (start - 1) not in taken \
                and tokens[start - 1].name_like and (start == k or tokens[start].linked):
            start -= 1
        if start == k or (start > 0 and tokens[start].linked and (_has_capital(tokens[start - 1])
                                                                  or tokens[start - 1].low in person_words.NAME_PARTICLES)):
            continue  # no name, or a longer name ("10-Zinedine Zidane", "Osama bin Laden")
        start = _past_clause_word(tokens, start, k)  # "Nhưng Sienna cũng thừa nhận"
        if k - start == 1 and not _one_syllable_name(text, tokens[start], adverb=k < verb):
            continue
        if start > 0 and tokens[start].linked and tokens[start - 1].low in place_words.PLACE_PREPOSITIONS:
            continue  # "một chủ cây xăng ở Vĩnh Hưng cho biết": the speaker lives there
        if _owner_of_the_speaker(tokens, start) and not all(is_given_name(t) for t in tokens[start:k]):
            continue  # "Phát ngôn viên của Hewlett-Packard cho biết": its spokesman speaks (fourteenth pass)
        found.append(person_entity(text, tokens, start, k, "speech"))
    return found + _sources(text, tokens, taken)


CLAUSE_WORDS = frozenset({"nhưng", "còn", "chính", "và", "rồi", "tuy", "vậy", "thế", "mà", "dù", "cả", "riêng"})
"""Conjunctions and focus words that open a clause with a capital before a name: "Nhưng
Sienna cũng thừa nhận", "Chính Jennifer kể lại" (nineteenth pass, from blind20 and blind23)."""


def _past_clause_word(tokens: Sequence[Syllable], start: int, end: int) -> int:
    """``start + 1`` when the name run ``start:end`` opens a clause with a conjunction or a
    focus word and a foreign-spelt name or a surname follows it; else ``start``. A given name
    after the word stays joined to it ("Chính Hữu nói": the poet).

    >>> t = syllables("Nhưng Sienna cũng nói. Chính Hữu nói. Còn Nguyễn Văn An nói.")
    >>> [t[_past_clause_word(t, s, e)].text for s, e in ((0, 2), (4, 6), (7, 11))]
    ['Sienna', 'Chính', 'Nguyễn']
    """
    if end - start < 2 or tokens[start].low not in CLAUSE_WORDS or tokens[start].linked:
        return start
    after = tokens[start + 1]
    return start + 1 if looks_foreign(after) or after.low in person_words.SURNAMES else start


_PEOPLE_OF_A_PERSON = Phrasebook(RELATIONS_OF_A_PERSON + ("fan", "người hâm mộ", "bạn", "bạn bè"))


def _owner_of_the_speaker(tokens: Sequence[Syllable], start: int) -> bool:
    """Whether the name at token ``start`` follows "của" and the one it belongs to speaks
    ("Phát ngôn viên của Hewlett-Packard cho biết"), not a person's relation or fan ("fan
    của Song Seung Hun tuyên bố": the name is a person's, though no speaker).

    >>> toks = syllables("Phát ngôn viên của Hewlett-Packard và fan của Song Seung Hun")
    >>> _owner_of_the_speaker(toks, 4), _owner_of_the_speaker(toks, 8)
    (True, False)
    """
    if start < 2 or not tokens[start].linked or tokens[start - 1].low != "của":
        return False
    for k in range(max(0, start - 4), start - 1):
        hit = _PEOPLE_OF_A_PERSON.match(tokens, k)
        if hit and k + hit[0] == start - 1:
            return False  # "fan của ...", "vợ của ..."
    return True


def _has_capital(token: Syllable) -> bool:
    return any(c.isupper() for c in token.text)


def _sources(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """"Theo Schoomaker, ...": a name between "Theo" and a comma is the source quoted.

    >>> t = "Theo Schoomaker, lục quân đã sẵn sàng; theo Hà Nội, ..."
    >>> [e.text for e in _sources(t, syllables(t), taken={8, 9})]  # a place holds "Hà Nội"
    ['Schoomaker']
    """
    found = []
    for k, token in enumerate(tokens[:-1]):
        if token.low != "theo" or not tokens[k + 1].linked:
            continue
        end = k + 1
        while end < len(tokens) and end - k <= MAX_NAME and end not in taken and tokens[end].name_like \
                and (end == k + 1 or tokens[end].linked):
            end += 1
        if end == k + 1 or text[tokens[end - 1].end:tokens[end - 1].end + 1] != ",":
            continue
        if end - k == 2 and not looks_foreign(tokens[k + 1]):
            continue  # "Theo Hùng," may be a place or a body as often as a person
        found.append(person_entity(text, tokens, k + 1, end, "source"))
    return found


def _one_syllable_name(text: str, token: Syllable, adverb: bool = False) -> bool:
    """A foreign-spelt word, or a given name not opening the sentence ("Cần nói" is a verb)
    unless an adverb stands between it and the verb ("Bền đã khai", not "Như đã nói")."""
    if looks_foreign(token):
        return True
    return token.low not in _NOT_NAMES and (adverb and token.low != "như" or not sentence_start(text, token)) \
        and is_given_name(token)
