"""Names of bodies whose field goes on after a dash: "Bộ Bưu chính - viễn thông", "Sở Kế
hoạch - đầu tư", "Phòng Bảo vệ an ninh văn hóa - thông tin".

News writes a body's double field with a dash, the second part in lower case; the
organisation finder stops at the dash. A name that ends in a field word of
``models/body_fields`` goes on over the dash when the words after it are field words too, in
lower case: one of them, or two joined by "và" (a longer run reaches the verb: "Sở Thương mại
- du lịch quản lý, khai thác"). A
name ending in a proper name ("Nhà hàng Trịnh - không gian ẩm thực", "Công ty Bạch Đằng -
chi nhánh TP.HCM") takes nothing: what follows is an apposition.

>>> t = "Bộ trưởng Bộ Bưu chính - viễn thông nói; Công ty Bạch Đằng - chi nhánh TP.HCM."
>>> orgs = [organization_entity(t, 10, 22, "named"), organization_entity(t, 41, 58, "named")]
>>> [e.text for e in with_dashed_fields(t, syllables(t), orgs)]
['Bộ Bưu chính - viễn thông', 'Công ty Bạch Đằng']
"""

from __future__ import annotations

import bisect
from typing import Sequence

import regex

from ..document import Entity
from .body_fields import field_words
from .organizations import organization_entity
from .tokens import Syllable, lower_key, syllables  # noqa: F401 (doctests)

_DASH = regex.compile(r" ?[-–] ?")
_JOINS = frozenset({"và"})


def with_dashed_fields(text: str, tokens: Sequence[Syllable], organizations: list[Entity]) -> list[Entity]:
    """``organizations`` with each name that ends in a field word stretched over a dash and
    the lower-case field word after it."""
    if not any(_DASH.match(text, o.end) for o in organizations):
        return organizations
    starts = [t.start for t in tokens]
    out = []
    for body in organizations:
        end = _field_end(text, tokens, starts, body) if _DASH.match(text, body.end) else None
        out.append(organization_entity(text, body.start, end, body.attrs.get("kind", "named")) if end else body)
    return out


def _field_end(text: str, tokens: Sequence[Syllable], starts: list[int], body: Entity) -> int | None:
    """Where the name goes on to after its dash, or None."""
    last = bisect.bisect_left(starts, body.end) - 1  # the body's last syllable
    if last < 1 or tokens[last].end != body.end or not _field_word(tokens[last - 1], tokens[last]):
        return None
    k = last + 1
    if k + 1 >= len(tokens) or not _DASH.fullmatch(text, body.end, tokens[k].start):
        return None
    if not _field_at(tokens, k):
        return None
    end = tokens[k + 1].end  # one field word: more runs into the verb ("- du lịch quản lý")
    if k + 4 < len(tokens) and tokens[k + 2].low in _JOINS and tokens[k + 2].linked and _field_at(tokens, k + 3):
        end = tokens[k + 4].end  # "- văn hóa và thông tin"
    return end


def _field_at(tokens: Sequence[Syllable], k: int) -> bool:
    """A field word in lower case at ``k``, its two syllables on one line."""
    return k + 1 < len(tokens) and not tokens[k].cap and not tokens[k + 1].cap and tokens[k + 1].linked \
        and _field_word(tokens[k], tokens[k + 1])


def _field_word(first: Syllable, second: Syllable) -> bool:
    """Whether two syllables make a field word, whatever their case ("Bưu chính").

    >>> t = syllables("Bưu chính văn hóa cho biết")
    >>> _field_word(t[0], t[1]), _field_word(t[2], t[3]), _field_word(t[4], t[5])
    (True, True, False)
    """
    return lower_key(f"{first.text} {second.text}") in field_words()
