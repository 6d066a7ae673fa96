"""Streets written after a house number: "261 Trần Quang Khải, quận 1", "222A Lò Đúc".

Vietnamese streets are named after people and places, so an address reads like a person's
name. A capitalised run right after a house number is the street (a LOCATION) when the
address is clear: the number carries a letter or a slash ("222A", "12/3"), or "số" / "nhà"
stands before it, or a comma or a dash and a unit's type word follow the name ("..., quận
1", "- phường Bến Nghé"). A bare number before a name is left alone: it may be a count or a
year ("năm 2005 Nguyễn Văn A").

>>> t = "quán BenBen (261 Trần Quang Khải, quận 1) và văn phòng 222A Lò Đúc - Hà Nội"
>>> [(e.label, e.text, e.attrs["kind"]) for e in find_numbered_streets(t, syllables(t), set())]
[('LOCATION', 'Trần Quang Khải', 'street'), ('LOCATION', 'Lò Đúc', 'street')]
"""

from __future__ import annotations

from typing import Collection, Sequence

import regex

from ..document import Entity
from .locations import location_entity
from .persons import MAX_NAME, name_run_end
from .tokens import Syllable, syllables  # noqa: F401 (doctests)

_HOUSE_NUMBER = regex.compile(r"\d{1,4}(?P<letter>[A-Za-z])?(?:(?P<slash>/)\d{1,4}[A-Za-z]?)*")
_WORDS_BEFORE_A_NUMBER = frozenset({"số", "nhà"})
_UNIT_WORDS_AFTER = frozenset({"quận", "phường", "huyện", "thị xã", "thành phố", "tp", "q", "p", "xã", "thị trấn"})


def find_numbered_streets(text: str, tokens: Sequence[Syllable], taken: Collection[int]) -> list[Entity]:
    """LOCATION entities (``kind`` "street") for names on free tokens after a house number.

    >>> t = "Năm 2005 Nguyễn Văn A về quê; 30 Nguyễn Văn B đã đến; nhà số 5 Lê Lợi, phường 1"
    >>> [e.text for e in find_numbered_streets(t, syllables(t), set())]
    ['Lê Lợi']
    """
    found = []
    for k in range(len(tokens) - 1):
        number = _HOUSE_NUMBER.fullmatch(tokens[k].text)
        first = k + 1
        if number is None or first in taken or not tokens[first].linked or not tokens[first].name_like:
            continue
        end = name_run_end(tokens, first, MAX_NAME)
        end = next((j for j in range(first, end) if j in taken), end)
        if end - first < 1 or end - first > MAX_NAME:
            continue
        shaped = number.group("letter") or number.group("slash")
        said = k > 0 and tokens[k - 1].low in _WORDS_BEFORE_A_NUMBER and tokens[k].linked
        if shaped or said or _unit_after(text, tokens, end):
            found.append(location_entity(text, tokens, first, end, "street"))
    return found


def _unit_after(text: str, tokens: Sequence[Syllable], end: int) -> bool:
    """A comma or a dash, then a unit's type word ("..., quận 1", "- P.Bến Nghé")."""
    if end >= len(tokens) or text[tokens[end - 1].end:tokens[end].start].strip() not in {",", "-", "–"}:
        return False
    two = " ".join(t.low for t in tokens[end:end + 2])
    return tokens[end].low.rstrip(".") in _UNIT_WORDS_AFTER or two in _UNIT_WORDS_AFTER
