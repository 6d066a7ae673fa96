"""Companies described by an apposition: "Parmalat, tập đoàn thực phẩm lớn nhất Italia, ...".

News names an unknown company once and says at once what it is: a foreign-spelt or
upper-case name followed by a comma (and "một") or by "là" (and "một"), then "hãng", "tập
đoàn", "công ty" or "ngân hàng" with a lower-case description ("NEC, hãng phát triển siêu
máy tính", "Landec, một hãng tại Menlo Park", "Alienware là hãng sản xuất máy tính"; not
"nhà sản xuất", a film's producer as often as a maker). Such a name is an ORGANIZATION,
also where a rule took it for a foreign person before.

Not taken: a name after "Theo" ("Theo Calvin, công ty thiếu vốn": a new clause), a
Vietnamese name ("Cao Thái Sơn, công ty lỗ ..."), a head followed by a name of its own
("Sam Fell, hãng Aardman": a list) or by a verb, a place.

>>> t = "Vụ phá sản của Parmalat, tập đoàn thực phẩm lớn nhất Italia, gây chấn động."
>>> [(e.label, e.text) for e in find_described_companies(t, syllables(t), [])]
[('ORGANIZATION', 'Parmalat')]
"""

from __future__ import annotations

import bisect
from typing import Sequence

import regex

from ..document import Entity
from . import company_words, person_words, phrasebooks
from .foreign import looks_foreign
from .organizations import organization_entity
from .positions import EntitiesByStart
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

_APPOSITION = regex.compile(r"(?:, (?:một )?| là (?:một )?)(?:hãng|tập đoàn|công ty|ngân hàng) (\p{Ll}+)")
_VERBS = phrasebooks.VERBS_AFTER_A_BODY
_CONJUNCTIONS = frozenset({"và", "hoặc", "hay", "cùng"})  # "nhiều ISP, ngân hàng và ...": a list
MAX_NAME = 3  # syllables


def find_described_companies(text: str, tokens: Sequence[Syllable], entities: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for names described as a company right after them; ``entities``
    are those found so far: a PERSON without a cue is replaced, any other overlap wins.

    >>> t = "Ông Nam làm cho VMC, công ty lắp ráp xe BMW tại Việt Nam."
    >>> [e.text for e in find_described_companies(t, syllables(t), [])]
    ['VMC']
    """
    found = []
    ends = None
    index = None  # the entities by position, built at the first match (most texts have none)
    for match in _APPOSITION.finditer(text):  # rare: the tokens are looked at only then
        ends = ends or [t.end for t in tokens]
        k = bisect.bisect_left(ends, match.start())
        if k >= len(tokens) or ends[k] != match.start() or not _describes(tokens, k, match):
            continue
        first = _name_start(tokens, k)
        if first is None:
            continue
        start, end = tokens[first].start, tokens[k].end
        index = index or EntitiesByStart(entities)
        if any(_blocks(e, start, end) for e in index.overlapping(start, end)):
            continue
        found.append(organization_entity(text, start, end, "described"))
    return found


def _describes(tokens: Sequence[Syllable], k: int, match) -> bool:
    """True when the description after token ``k`` (", hãng/tập đoàn/công ty <lower-case
    word>") starts with no verb or function word."""
    j = bisect.bisect_left([t.start for t in tokens[k:k + 6]], match.start(1)) + k
    return j < len(tokens) and match.group(1) not in person_words.NOT_NAME_TAILS and match.group(1) not in _CONJUNCTIONS \
        and not _VERBS.match(tokens, j)


def _name_start(tokens: Sequence[Syllable], k: int) -> int | None:
    """First token of the name ending at ``k``: 1-3 capitalised syllables, each foreign-spelt or
    upper case, not after "Theo"."""
    first = k
    while first > 0 and k - first + 1 < MAX_NAME and tokens[first].linked and tokens[first - 1].cap \
            and _brand_word(tokens[first - 1]):
        first -= 1
    if not all(tokens[j].cap and _brand_word(tokens[j]) for j in range(first, k + 1)) \
            or tokens[first].low in company_words.FOREIGN_COMPANY_WORDS:
        return None  # "Condor Advisers, Inc, một công ty": the company form of a longer name
    if first > 0 and tokens[first].linked and (tokens[first - 1].low == "theo" or looks_foreign(tokens[first - 1])):
        return None  # "Theo Calvin, công ty ...", "comScore Networks, công ty ..." (a name cut)
    return first


def _brand_word(token: Syllable) -> bool:
    word = token.text
    return looks_foreign(token) or (len(word) >= 2 and word.isupper() and word.isalpha())


def _blocks(entity: Entity, start: int, end: int) -> bool:
    """An entity found before keeps its span, except a person named without a cue."""
    if entity.end <= start or end <= entity.start:
        return False
    replaceable = entity.label == "PERSON" and entity.attrs.get("cue") not in {"honorific", "post"} \
        and entity.start >= start and entity.end <= end
    return not replaceable
