"""A person named once in an article, written again by one word of the name.

News writes a person in full once ("ông Peter Hallström", "Huang Yong, 45 tuổi") or with a
clear cue ("cháu gái tên Kim") and then by one word alone, anywhere in the article (before
the full name too): "Hallström đã rời thành phố", "Huang không còn hào hứng", "Lập bảo Kim
lên xe". :func:`.persons.find_related_persons`
takes the last word of a full name after the name; this pass reads the whole text once
every other entity is known and takes, on syllables no entity holds and standing alone (no
capitalised word joined to them), the word of a single-word person found elsewhere, the
last word of a full name (before the name too) and the first word of a full name spelt
without diacritics (surname-first East-Asian and foreign names: "Huang Yong" → "Huang"),
unless it is a Vietnamese family name, a word that begins names of things
(:data:`.persons.NOT_FIRST_NAMES`) or the first word of two different names, and unless the
name was read as a person only for being spelt like a foreign one (cue "foreign": "Xeon
Dual Core", "Gmail Drive") and not as a Korean name ("Sim Eung-jin" → "Sim": ``surname_first``).

A word the text (or the list of countries and foreign cities) gives a place or a body is no
person's ("Aceh", "Delphi"); a Vietnamese syllable that begins a word with the syllable
after it is not a name there ("Trung tá", "Học sinh"), nor is a word after a word for a
thing, a disease, a language or a people ("thuốc Depakine", "bệnh Alzheimer", "tiếng Hoa",
"người Kurd") or after a name particle ("van Gogh"). A word the text writes right before a
number ("Pentium 4", "Athlon 64"; not a scorer's minute "Kesley 15'") names a product, and
a conjunction opening a clause ("Nhưng") is no name.

>>> from ..document import Entity
>>> t = "Bà Trương Thị Kim đến. Sau đó, Kim nói. Ngày mai Kim sẽ về."
>>> found = [Entity("PERSON", 3, 17, "Trương Thị Kim", attrs={"cue": "honorific"})]
>>> [e.text for e in with_repeated_persons(t, syllables(t), found)]
['Trương Thị Kim', 'Kim', 'Kim']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from . import person_words, world_words
from .body_word_ends import two_syllable_words
from .foreign import looks_foreign
from .persons import NOT_FIRST_NAMES, person_entity
from .speakers import CLAUSE_WORDS
from .works import names_a_contest, names_a_thing
from .tokens import Phrasebook, Syllable, syllables, token_range  # noqa: F401 (doctests)

_PERSON_LABELS = frozenset({"PERSON", "OFFICIAL"})
KIND_WORDS = frozenset({"bệnh", "hội chứng", "virus", "sâu", "chiếc", "máy tính", "viên nang", "dòng", "hiệu ứng",
                        "tiếng", "người", "dân tộc", "cử tri", "dự án", "miền", "phía", "phương", "giống",
                        "nhạc kịch"})
"""Lower-case words before which a capitalised word names a thing, a disease, a language, a
people or a region rather than a person ("bệnh Alzheimer", "tiếng Hoa", "người Kurd", "miền
Trung"), besides :data:`.works.THING_WORDS`."""
_ONE_WORD_PLACES = frozenset(w for w in world_words.COUNTRIES + world_words.FOREIGN_CITIES if " " not in w)
_WEAK_CUES = frozenset({"speech", "short_form", "source"})
"""Cues of a one-word person too weak to be repeated: a foreign-spelt word before a speech
verb or quoted as a source is as often a company or a program ("Proton cho biết", "Theo
Proton,"); a short form is repeated by :func:`.persons.find_related_persons` already."""
BODY_SLOTS = Phrasebook(("đội", "đội bóng", "đội đua", "hãng", "hãng xe", "nhóm nhạc", "ban nhạc", "mạng",
                         "máy chủ", "thành viên của", "gia nhập", "gia nhập vào", "sáng lập"))
"""Lower-case words right before which a capitalised word names a team, a company, a band or a
network ("đội Williams", "ban nhạc Krypteria", "mạng Hamachi"): one such use anywhere in the
article keeps the word from being repeated as a person (twenty-first stop)."""


def with_repeated_persons(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted by position) and a PERSON for every use, on free tokens, of one
    word of a person among them written alone.

    >>> from ..document import Entity
    >>> t = "Ngày mai, Smith sẽ tới. Ông John Smith là bộ trưởng."
    >>> found = [Entity("PERSON", 27, 37, "John Smith", attrs={"cue": "honorific"})]
    >>> [e.text for e in with_repeated_persons(t, syllables(t), found)]
    ['Smith', 'John Smith']
    """
    starts = [t.start for t in tokens]
    names = _names(tokens, starts, entities)
    uses: dict[str, list[int]] = {}
    for i, token in enumerate(tokens):
        if token.cap and token.text in names:
            uses.setdefault(token.text, []).append(i)
    ends = {e.end for e in entities if e.label in _PERSON_LABELS and " " in e.text}
    uses = {name: found for name, found in uses.items()
            if tokens[found[0]].low not in _ONE_WORD_PLACES
            and not any(_before_a_number(text, tokens, k) or _in_brackets_after(text, tokens, k, ends)
                        or _names_a_body(text, tokens, k) for k in found)}
    if not uses:
        return entities
    covered: set[int] = set()
    for e in entities:
        covered.update(token_range(starts, e.start, e.end))
    added = [person_entity(text, tokens, i, i + 1, "repeated") for found in uses.values() for i in found
             if i not in covered and _alone(tokens, i) and not _begins_word(tokens, i) and not _kind_before(tokens, i)
             and not _label_or_nickname(text, tokens, i, covered) and not _after_possessive(text, tokens, i)]
    return sorted(entities + added, key=lambda e: (e.start, -e.end)) if added else entities


def _names(tokens: Sequence[Syllable], starts: Sequence[int], entities: Sequence[Entity]) -> dict[str, str]:
    """The words that stand for a person of ``entities`` alone, each with the cue and the
    text of the person it comes from (to read why a word was taken)."""
    names: dict[str, str] = {}
    first_words: dict[str, dict[str, str]] = {}
    not_names: set[str] = set()
    for entity in entities:
        if entity.label not in _PERSON_LABELS:
            not_names.update(entity.text.split())
            continue
        positions = token_range(starts, entity.start, entity.end)
        span = tokens[positions.start:positions.stop]
        if not span or not all(t.name_like for t in span):
            continue
        cue = entity.attrs.get("cue", "?")
        if len(span) == 1:
            if cue not in _WEAK_CUES:
                names.setdefault(span[0].text, f"{cue}:{entity.text}")
            continue
        names.setdefault(span[-1].text, f"{cue}:{entity.text}")
        if all(t.key == t.low for t in span) and span[0].low not in person_words.SURNAMES \
                and span[0].low not in NOT_FIRST_NAMES and (cue != "foreign" or entity.attrs.get("surname_first")):
            first_words.setdefault(span[0].text, {})[entity.text] = f"first:{cue}:{entity.text}"
    names.update((word, next(iter(full.values()))) for word, full in first_words.items() if len(full) == 1)
    return {name: cue for name, cue in names.items()
            if len(name) >= 2 and not name.isupper() and name not in not_names and name.lower() not in CLAUSE_WORDS}


def _before_a_number(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Token ``k`` is written right before a number, as products are ("Pentium 4"), not
    before a minute ("Kesley 15'").

    >>> t = "Pentium 4 và Kesley 15'"
    >>> [_before_a_number(t, syllables(t), k) for k in (0, 3)]
    [True, False]
    """
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return after is not None and after.linked and after.text[:1].isdigit() \
        and text[after.end:after.end + 1] not in ("'", "’")


def _names_a_body(text: str, tokens: Sequence[Syllable], k: int) -> bool:
    """Token ``k`` names a team, a company, a band or a network (after a word of
    :data:`BODY_SLOTS`), or a version of a program ("Mydoom.F", "Bagle.AX": a dot and a
    capital or a digit glued after it).

    >>> t = "đội Williams, Mydoom.F và ông Williams"
    >>> toks = syllables(t)
    >>> [(toks[k].text, _names_a_body(t, toks, k)) for k in (1, 2, 6)]
    [('Williams', True), ('Mydoom', True), ('Williams', False)]
    """
    token = tokens[k]
    if text[token.end:token.end + 1] == "." and text[token.end + 1:token.end + 2].isalnum() \
            and not text[token.end + 1:token.end + 2].islower():
        return True
    if k == 0 or not token.linked:
        return False
    for size in (1, 2, 3):
        start = k - size
        if start >= 0 and all(t.linked for t in tokens[start + 1:k]):
            hit = BODY_SLOTS.match(tokens, start)
            if hit is not None and hit[0] == size:
                return True
    return False


def _in_brackets_after(text: str, tokens: Sequence[Syllable], k: int, ends: Collection[int]) -> bool:
    """Token ``k`` stands alone in brackets right after a person's full name (ending at one of
    ``ends``): a club, a team or a party ("Andrea Caracciolo (Brescia)").

    >>> t = "Andrea Caracciolo (Brescia) ghi bàn."
    >>> _in_brackets_after(t, syllables(t), 2, {17})
    True
    """
    token = tokens[k]
    return k > 0 and text[token.end:token.end + 1] == ")" and tokens[k - 1].end in ends \
        and text[tokens[k - 1].end:token.start].strip() == "("


def _alone(tokens: Sequence[Syllable], i: int) -> bool:
    """Token ``i`` is not joined to a capitalised syllable before or after it."""
    before = i > 0 and tokens[i].linked and tokens[i - 1].cap
    after = i + 1 < len(tokens) and tokens[i + 1].linked and tokens[i + 1].cap
    return not before and not after


def _after_possessive(text: str, tokens: Sequence[Syllable], i: int) -> bool:
    """Token ``i`` comes after a capitalised word and an English possessive mark: part of the
    name of a place or a thing ("St James' Park", "Muathu's Curry"), no one's name.

    >>> t = "St James' Park và Park"
    >>> [_after_possessive(t, syllables(t), i) for i in (2, 4)]
    [True, False]
    """
    if i == 0 or not tokens[i - 1].cap:
        return False
    between = text[tokens[i - 1].end:tokens[i].start]
    return between.rstrip() in ("'", "’") or (tokens[i - 1].text.endswith(("'s", "’s")) and between == " ")


def _kind_before(tokens: Sequence[Syllable], i: int) -> bool:
    """A word for a kind of thing or a name particle right before token ``i`` ("bệnh
    Alzheimer", "van Gogh").

    >>> toks = syllables("bệnh Alzheimer, người Kurd, van Gogh, của Kim")
    >>> [_kind_before(toks, i) for i in (1, 3, 5, 7)]
    [True, True, True, False]
    """
    if i == 0 or not tokens[i].linked:
        return False
    one = tokens[i - 1].low
    two = f"{tokens[i - 2].low} {one}" if i >= 2 and tokens[i - 1].linked else ""
    return one in KIND_WORDS or two in KIND_WORDS or one in person_words.NAME_PARTICLES \
        or names_a_thing(tokens, i) or names_a_contest(tokens, i)


_LABEL = regex.compile(r"\s*:\s*\d")


def _label_or_nickname(text: str, tokens: Sequence[Syllable], i: int, covered: Collection[int]) -> bool:
    """Token ``i`` labels a number ("Tel: 08.820.9349") or is a nickname in quotes right after
    a name ("Hùng "Pêđê"").

    >>> t = 'Tel: 0908 và Hùng "Pêđê" và "Kim"'
    >>> toks = syllables(t)
    >>> [_label_or_nickname(t, toks, i, {3}) for i in (0, 4, 6)]
    [True, True, False]
    """
    token = tokens[i]
    if _LABEL.match(text, token.end):
        return True
    quoted = text[token.start - 1:token.start] in ('"', "“") and text[token.end:token.end + 1] in ('"', "”")
    return quoted and i > 0 and i - 1 in covered and text[tokens[i - 1].end:token.start].strip() in ('"', "“")


def _begins_word(tokens: Sequence[Syllable], i: int) -> bool:
    """A Vietnamese syllable that makes a word with the lower-case one after it ("Trung tá")."""
    if i + 1 >= len(tokens) or not tokens[i + 1].linked or looks_foreign(tokens[i]):
        return False
    words = two_syllable_words()
    pair = f"{tokens[i].low} {tokens[i + 1].low}"
    three = f"{pair} {tokens[i + 2].low}" if i + 2 < len(tokens) and tokens[i + 2].linked else ""
    return pair in words or three in words
