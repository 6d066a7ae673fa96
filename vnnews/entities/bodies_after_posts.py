"""A one-word body after the post of a person just named: "Li Shufu, Chủ tịch Geely, thừa
nhận", "ông Trần Cao Trượng, Giám đốc Cobovina, cho rằng".

A post right after a person's name and a comma is that person's (an apposition), so the
word after the post is not its holder but the body the post belongs to. The rules read a
capitalised word after a post as the holder ("Chủ tịch Blatter cho biết") or leave a
company's name they do not know; here the word becomes an ORGANIZATION when it is spelt
like no Vietnamese syllable and has a lower-case letter ("Vicofa", "Livedoor", "McDonald";
not an acronym like "UBND", a generic head like "Cty" nor an English common noun like
"Gallery"), and the apposition closes right
after it (a comma, a colon, a bracket or the sentence's end: "Essien, chủ tịch Aulas nói"
stays a person).

>>> from .recognizer import EntityRecognizer
>>> t = "Takafumi Horie, chủ tịch Livedoor, bị bắt hôm qua."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
[('OFFICIAL', 'Takafumi Horie'), ('ORGANIZATION', 'Livedoor')]
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

import regex

from ..document import Entity
from ..segment.sentences import ABBREVIATIONS
from . import company_words
from .foreign import looks_foreign
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Syllable

_POST_AND_NAME = regex.compile(
    r", (?:(?:[Tt]ổng|[Pp]hó) )?(?:[Gg]iám đốc(?: điều hành)?|[Cc]hủ tịch|[Tt]ổng thư ký|[Pp]hát ngôn viên|CEO) "
    r"(?P<name>\p{Lu}[\p{L}\p{N}\-&'’]*)(?=\s*[,:;()]|\.?\s*$|\.?[ \t]*\n|\.\s+\p{Lu})")
"""The post and the word after it, closed by a comma, a colon, a bracket or the sentence's
end: the text's, a line's, or a full stop before a capital (in an article)."""
_PERSONS = frozenset({"PERSON", "OFFICIAL"})
_GENERIC = company_words.FOREIGN_COMPANY_WORDS | company_words.COMMON_FOREIGN_NOUNS \
    | {"gallery", "museum", "studio", "insurance", "cty"}
"""English words that head or describe a body but name none ("Giám đốc Gallery", "Insurance")."""


def with_bodies_after_posts(text: str, syl: Sequence[Syllable], entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted) with the one-word body after a post in apposition to a person
    named right before it made an ORGANIZATION (its reading as a person given up).

    >>> from .recognizer import EntityRecognizer
    >>> t = "Ông Nguyễn Kim Phong, Chủ tịch Vitas, cho biết giá đã tăng."
    >>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
    [('OFFICIAL', 'Nguyễn Kim Phong'), ('ORGANIZATION', 'Vitas')]
    """
    if ", " not in text:
        return entities
    found = EntitiesByStart(entities)
    person_ends = {e.end for e in entities if e.label in _PERSONS}
    starts = [t.start for t in syl]
    drop: set[int] = set()
    added = []
    for m in _POST_AND_NAME.finditer(text):
        start, end = m.span("name")
        if m.start() not in person_ends or not _foreign_word(syl, starts, start, end) or m.group("name") in ABBREVIATIONS:
            continue
        over = found.overlapping(start, end)
        if any(e.label not in _PERSONS or e.start < start or e.end > end for e in over):
            continue  # read already as a body or a place, or part of a longer name
        drop.update(id(e) for e in over)
        added.append(organization_entity(text, start, end, "after_post"))
    if not added:
        return entities
    return sorted([e for e in entities if id(e) not in drop] + added, key=lambda e: (e.start, -e.end))


def _foreign_word(syl: Sequence[Syllable], starts: list[int], start: int, end: int) -> bool:
    """One syllable token over ``[start, end)`` spelt like no Vietnamese syllable, with a lower-case letter."""
    k = bisect_left(starts, start)
    return k < len(syl) and syl[k].start == start and syl[k].end == end and looks_foreign(syl[k]) \
        and any(c.islower() for c in syl[k].text) and syl[k].low not in _GENERIC
