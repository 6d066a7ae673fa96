"""Streets written after a house number: "261 Trần Quang Khải, quận 1", "222A Lò Đúc".

Vietnamese streets are named after people and places, so an address reads like a person's
name. A capitalised run right after a house number is the street (a LOCATION) when the
address is clear: the number carries a capital letter or a slash ("222A", "12/3"), or "nhà"
or "tại số" stands before it, or a comma or a dash and a unit's type word follow the name
("..., quận 1", "- phường Bến Nghé"). A bare number before a name is left alone: it may be a
count, a year or a shirt ("năm 2005 Nguyễn Văn A", "đội trưởng số 53 Đới Sỹ Bồng"), and so
is a foreign-spelt name ("2K Games").

>>> t = "quán BenBen (261 Trần Quang Khải, quận 1) và văn phòng 222A Lò Đúc - Hà Nội"
>>> [(e.label, e.text, e.attrs["kind"]) for e in find_numbered_streets(t, syllables(t), set())]
[('LOCATION', 'Trần Quang Khải', 'street'), ('LOCATION', 'Lò Đúc', 'street')]

A range of numbers and a unit written short or without a comma read the same:

>>> t = "khách sạn Palace, 56-66 Nguyễn Huệ, Q.1 và Duxton 63 Lê Lợi quận 1"
>>> [e.text for e in find_numbered_streets(t, syllables(t), set())]
['Nguyễn Huệ', 'Lê Lợi']
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from .foreign import looks_foreign
from .locations import location_entity
from .persons import MAX_NAME, name_run_end
from .tokens import Syllable, matches_at_tokens, syllables  # noqa: F401 (doctests)

_NUMBER_BEFORE_A_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}])\d[\dA-Z/]*(?:-\d[\dA-Z/]*)? +\p{Lu}")
# "56-66 Nguyễn Huệ": a range of house numbers is an address only as a bare number is
_HOUSE_NUMBER = regex.compile(r"\d{1,4}(?P<letter>[A-Z])?(?:(?P<slash>/)\d{1,4}[A-Z]?)*(?:-\d{1,4}[A-Z]?)?")
_PLACE_WORDS_BEFORE_SỐ = frozenset({"tại", "ở", "nhà", "chỉ"})  # "tại số 116", "địa chỉ số 5"
_UNIT_WORDS_AFTER = frozenset({"quận", "phường", "huyện", "thị xã", "thành phố", "tp", "q", "p", "xã", "thị trấn"})


def find_numbered_streets(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """LOCATION entities (``kind`` "street") for names on free tokens after a house number.

    >>> t = "Năm 2005 Nguyễn Văn A về quê; số 53 Đới Sỹ Bồng, 18m Theo; tại số 5 Lê Lợi rất đông"
    >>> [e.text for e in find_numbered_streets(t, syllables(t), set())]
    ['Lê Lợi']
    """
    found = []
    for _, k in matches_at_tokens(_NUMBER_BEFORE_A_CAPITAL, text, tokens):
        number = _HOUSE_NUMBER.fullmatch(tokens[k].text) if k + 1 < len(tokens) else None
        first = k + 1
        if number is None or first in taken or not tokens[first].linked or not tokens[first].name_like:
            continue
        end = name_run_end(tokens, first, MAX_NAME)
        end = next((j for j in range(first, end) if j in taken), end)
        if end - first < 1 or looks_foreign(tokens[first]):
            continue  # "2K Games", "3D Cool": a product's name
        shaped = number.group("letter") or number.group("slash")
        if shaped or _said_an_address(tokens, k) or _unit_after(text, tokens, end):
            found.append(location_entity(text, tokens, first, end, "street"))
    return found


def _said_an_address(tokens: Sequence[Syllable], k: int) -> bool:
    """"nhà 5 ...", "tại số 116 ...", "địa chỉ số 5 ...", "tại 96 Lò Đúc", "ở 18 Lý Văn Phức"
    (nineteenth pass, from blind20-23): not "đội trưởng số 53 ..." (a shirt)."""
    before = [t.low for t in tokens[max(0, k - 2):k]] if tokens[k].linked else []
    return before[-1:] in (["nhà"], ["tại"], ["ở"]) \
        or (len(before) == 2 and before[1] == "số" and before[0] in _PLACE_WORDS_BEFORE_SỐ)


def _unit_after(text: str, tokens: Sequence[Syllable], end: int) -> bool:
    """A comma or a dash, then a unit's type word ("..., quận 1", "- P.Bến Nghé")."""
    if end >= len(tokens):
        return False
    two = " ".join(t.low for t in tokens[end:end + 2])
    unit = tokens[end].low.split(".")[0] in _UNIT_WORDS_AFTER or two in _UNIT_WORDS_AFTER  # "quận 1", "Q.1"
    if text[tokens[end - 1].end:tokens[end].start].strip() in {",", "-", "–"}:
        return unit
    numbered = end + 1 < len(tokens) and tokens[end + 1].text[:1].isdigit() or tokens[end].text[-1:].isdigit()
    return unit and tokens[end].linked and numbered  # "63 Nguyễn Huệ quận 1"
