"""A company named once with its head noun, later by its name alone.

News introduces a company as "Công ty Gemadept", "Tập đoàn Keppel Land" or "hãng Tesco"
and then writes "Gemadept", "Keppel Land", "Tesco". The capitalised run that ends such an
organisation (after its head noun and company form) is its name; every other use of that
name on free syllables, not inside a longer capitalised name, is the same ORGANIZATION.

A short name the text defines in brackets after a body ("Tổng công ty cấp nước Sài Gòn
(Sawaco)") is such a name too, whatever the body's head ("Theo Sawaco, ..." is the company).

A name is only taken when it is distinctive: two or three syllables that are not a
person's full name, or one syllable spelt like a brand ("Gemadept", "Sawaco", "SJC" —
foreign-looking, upper case, or with a capital inside), so "Công ty Minh" does not turn
every "Minh" into a company.

>>> t = "Công ty Gemadept vừa tăng vốn. Gemadept cho biết sẽ mở cảng mới."
>>> from .organizations import find_organizations
>>> bodies = find_organizations(t, syllables(t), [])
>>> [e.text for e in find_repeated_bodies(t, syllables(t), set(), bodies)]
['Gemadept']
"""

from __future__ import annotations

import bisect
from typing import Collection, Sequence

from ..document import Entity
from . import company_words, person_words, phrasebooks
from .foreign import looks_foreign
from .persons import starts_person
from .tokens import Phrasebook, Syllable, syllables  # noqa: F401 (doctests)

_COMPANY_HEADS = Phrasebook(company_words.COMPANY_HEADS)
_FORMS = phrasebooks.COMPANY_FORMS
_WORLD = phrasebooks.WORLD_PLACES
MAX_NAME = 3


def find_repeated_bodies(text: str, tokens: Sequence[Syllable], taken: Collection[int],
                         organizations: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for later (or earlier) uses of a company's name alone, on
    tokens not in ``taken``.

    >>> t = "Tập đoàn Keppel Land là chủ đầu tư; Keppel Land cho biết."
    >>> from .organizations import find_organizations
    >>> bodies = find_organizations(t, syllables(t), [])
    >>> [e.text for e in find_repeated_bodies(t, syllables(t), set(), bodies)]
    ['Keppel Land']
    """
    starts = [t.start for t in tokens]
    names, held = set(), set()
    body_length = 0  # syllables of the organisation before, which an alias shortens
    for org in organizations:
        first, stop = bisect.bisect_left(starts, org.start), bisect.bisect_left(starts, org.end)
        held.update(range(first, stop))
        kind = org.attrs.get("kind")
        if kind == "alias":  # not "Thẻ đi lại doanh nhân APEC (ABTC)": a card named after one word
            name = _alias_name(tokens[first]) if body_length > 1 else None
        else:
            name = _company_name(tokens, first, stop, kind)
        body_length = stop - first
        if name is not None:
            names.add(name)
    if not names:
        return []
    return [_repeat(text, tokens, k, end) for k, end in _uses(tokens, names, set(taken) | held)]


def with_repeated_names(text: str, tokens: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted by position) and the other uses, on free tokens, of the names that
    only their role showed to be a body (:mod:`.appositions`, :mod:`.roles`, :mod:`.lists`):
    "Delphi, một công ty ... Delphi sẽ phục hồi". A name the text also gives a person
    ("Fielmann" the founder and his shops) is left alone.

    >>> from ..document import Entity
    >>> t = "Delphi, một công ty phụ tùng, phá sản. Nay Delphi sẽ phục hồi."
    >>> found = [Entity("ORGANIZATION", 0, 6, "Delphi", attrs={"kind": "described"})]
    >>> [(e.label, e.text) for e in with_repeated_names(t, syllables(t), found)]
    [('ORGANIZATION', 'Delphi'), ('ORGANIZATION', 'Delphi')]
    """
    names = {tuple(e.text.split()) for e in entities if e.attrs.get("kind") in _KINDS_BY_ROLE}
    if not names:
        return entities
    names -= {tuple(e.text.split()) for e in entities if e.label in {"PERSON", "OFFICIAL"}}
    starts = [t.start for t in tokens]
    covered = set()
    for e in entities:
        covered.update(range(bisect.bisect_left(starts, e.start), bisect.bisect_left(starts, e.end)))
    added = [_repeat(text, tokens, k, end) for k, end in _uses(tokens, names, covered)]
    return sorted(entities + added, key=lambda e: (e.start, -e.end)) if added else entities


_KINDS_BY_ROLE = frozenset({"described", "role", "owner", "listed"})


def _uses(tokens: Sequence[Syllable], names: Collection[tuple[str, ...]], blocked: Collection[int]):
    """(first, stop) of each use of one of ``names`` starting on a token not in ``blocked``,
    not inside a longer capitalised name."""
    for k, token in enumerate(tokens):
        if k in blocked or not token.cap or (k > 0 and token.linked and tokens[k - 1].cap
                                             and tokens[k - 1].low not in person_words.NOT_NAME_TAILS):
            continue
        for size in range(MAX_NAME, 0, -1):
            end = k + size
            if end > len(tokens) or any(j in blocked for j in range(k, end)) \
                    or not all(tokens[j].linked for j in range(k + 1, end)):
                continue
            words = tuple(t.text for t in tokens[k:end])
            if words in names and not (end < len(tokens) and tokens[end].linked and tokens[end].cap):
                yield k, end
                break


def _repeat(text: str, tokens: Sequence[Syllable], k: int, end: int) -> Entity:
    start, stop = tokens[k].start, tokens[end - 1].end
    return Entity("ORGANIZATION", start, stop, text[start:stop], " ".join(t.text for t in tokens[k:end]),
                  {"kind": "repeat"})


def _company_name(tokens: Sequence[Syllable], first: int, stop: int, kind: str | None) -> tuple[str, ...] | None:
    """The distinctive capitalised name that ends the company at tokens ``first``..``stop``."""
    if first >= stop:
        return None
    headed = _COMPANY_HEADS.match(tokens, first) is not None
    if not headed and kind != "after_lower_head":  # "hãng Tesco" -> "Tesco"
        return None
    start = stop
    while start > first and tokens[start - 1].cap and (start == stop or tokens[start].linked):
        start -= 1
    while start < stop and (form := _FORMS.match(tokens, start)):
        start += form[0]  # "Công ty TNHH Sinhanco" -> "Sinhanco"
    run = tokens[start:stop]
    if not run or (headed and start == first) or len(run) > MAX_NAME or _WORLD.match(tokens, start):
        return None
    if len(run) == 1 and not _brand_like(run[0]):
        return None
    if len(run) > 1 and starts_person(tokens, start):
        return None
    return tuple(t.text for t in run)


def _alias_name(token: Syllable) -> tuple[str, ...] | None:
    """The short name a text gives a body in brackets ("Tổng công ty cấp nước Sài Gòn (Sawaco)"),
    when spelt like a brand.

    >>> _alias_name(syllables("Sawaco")[0]), _alias_name(syllables("Minh")[0])
    (('Sawaco',), None)
    """
    return (token.text,) if _brand_like(token) else None


def _brand_like(token: Syllable) -> bool:
    word = token.text
    return len(word) >= 3 and (looks_foreign(token) or word.isupper() or any(c.isupper() for c in word[1:]))
