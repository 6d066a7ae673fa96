"""Players named by one foreign word in sports news: "Kaka", "Crespo", "Ballack".

Sports reports name foreign players by their surname or nickname alone, with no honorific
and no post. In a sentence about a match (see :class:`.teams.MatchSentences`), a lone
capitalised word spelt like no Vietnamese syllable is a PERSON when nothing else holds it
and it is not a known club, body or place, a competition word ("Cup", "Liga") or a name
written with a number ("Euro 2004"), nor the name of a ground ("sân Bernabeu"). Such a word
after "áo" ("khoác áo Brondby") or in brackets after a player's name ("Miki Ryota (Fukuoka)")
is the player's club, an ORGANIZATION.

>>> t = "Crespo ghi bàn sau đường chuyền của Kaka, còn Totti bị thẻ đỏ ở Champions League."
>>> [e.text for e in find_players(t, syllables(t), set())]
['Crespo', 'Kaka', 'Totti']
"""

from __future__ import annotations

from typing import Collection, Sequence

from ..document import Entity
from . import body_words, company_words, known_bodies, match_words, person_words, phrasebooks, world_words
from .foreign import looks_foreign
from .persons import person_entity
from .teams import MatchSentences
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

_NOT_PLAYERS = world_words.FOREIGN_EVENT_WORDS | match_words.COMPETITION_WORDS | body_words.ORG_ACRONYMS \
    | known_bodies.ONE_WORD_BODIES | frozenset(known_bodies.CLUBS_NAMED_LIKE_A_CITY)
_WORLD = phrasebooks.WORLD_PLACES
_ENGLISH_LINKS = frozenset({"on", "and", "of", "the", "for", "in", "to", "with"})


def find_players(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """PERSON entities for lone foreign-spelt words on tokens not in ``taken``, in
    sentences about a match.

    >>> t = "Ballack đã trở lại sân Bernabeu ở Euro 2004."
    >>> [e.text for e in find_players(t, syllables(t), set())]
    []
    """
    matches = None
    found = []
    for k, token in enumerate(tokens):
        if not token.name_like or k in taken or not _lone_foreign_word(text, tokens, k):
            continue
        if matches is None:
            matches = MatchSentences(text, tokens)
        if not matches.about_a_match(token.start):
            continue
        if _club_of_a_player(text, tokens, k):
            found.append(Entity("ORGANIZATION", token.start, token.end, token.text, token.text, {"kind": "club"}))
        elif not _an_opponent(tokens, k):
            found.append(person_entity(text, tokens, k, k + 1, "player"))
    return found


def _an_opponent(tokens: Sequence[Syllable], k: int) -> bool:
    """The word is the side a team hosts or meets ("tiếp Sociedad", "trận gặp Strasbourg"): a
    team, not a player (twenty-first stop; in VNTC train, 9 of 10 words after "tiếp" and all
    but one after "trận gặp" read as players were teams). "đi tiếp" is going through a round.

    >>> toks = syllables("Barcelona tiếp Sociedad, trận gặp Ancona, Federer gặp Ferrero")
    >>> [_an_opponent(toks, k) for k in (2, 5, 8)]
    [True, True, False]
    """
    if k == 0 or not tokens[k].linked:
        return False
    before = tokens[k - 1]
    if before.text == "tiếp":
        return not (k > 1 and tokens[k - 1].linked and tokens[k - 2].low == "đi")
    return before.text == "gặp" and k > 1 and tokens[k - 1].linked and tokens[k - 2].low == "trận"


def _club_of_a_player(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """"khoác áo Brondby", "màu áo Parma", "Miki Ryota (Fukuoka)": the word names a club."""
    token = tokens[k]
    if token.linked and k > 0 and tokens[k - 1].low == "áo":
        return True
    return k > 0 and text[tokens[k - 1].end:token.start].strip() == "(" and tokens[k - 1].cap \
        and text[token.end:token.end + 1] == ")"


def _lone_foreign_word(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    token = tokens[k]
    if not token.name_like or len(token.text) < 3 or "-" in token.text or token.low in _NOT_PLAYERS \
            or not looks_foreign(token):
        return False  # not "V-League", "T-Mobile"
    before = tokens[k - 1] if k > 0 and token.linked else None
    after = tokens[k + 1] if k + 1 < len(tokens) and tokens[k + 1].linked else None
    if before is not None and (before.cap or before.low in match_words.GROUND_HEADS or before.low in company_words.PRODUCT_NOUNS
                               or before.text[0].isdigit() and not before.text.isdigit()):
        return False  # part of a longer name ("10-Zinedine Zidane"), a ground ("sân Bernabeu"), a brand
    if after is not None and (after.cap or after.text[0].isdigit() or after.low in person_words.NAME_PARTICLES):
        return False  # "Euro 2004", a longer name ("Ivan de la Pena")
    if before is not None and (before.low in person_words.NAME_PARTICLES or before.low in _ENGLISH_LINKS) \
            or after is not None and after.low in _ENGLISH_LINKS:
        return False  # "Council on Hotel, Restaurant and ...", "Days of Thunder": English words
    return _WORLD.match(tokens, k) is None
