"""A country's embassy or consulate written in lower case: "sứ quán Mỹ", "đại sứ quán
Nhật Bản", "tổng lãnh sự quán Pháp".

Capitalised ("Đại sứ quán Pháp") it is read in :mod:`.organizations`; news writes it in
lower case as often ("nhân viên sứ quán Mỹ cho hay"). The head and the country right after
it are one ORGANIZATION, the country a LOCATION inside it. After a plural ("các sứ quán
Mỹ và Anh") it names several bodies, not one.

>>> t = "Nhân viên sứ quán Mỹ cho hay họ chưa bình luận."
>>> us = Entity("LOCATION", t.index("Mỹ"), t.index(" cho"), "Mỹ", "Mỹ", {"kind": "world"})
>>> [e.text for e in find_lower_case_embassies(t, [us], [])]
['sứ quán Mỹ']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .organizations import organization_entity
from .positions import EntitiesByStart

_HEAD = regex.compile(r"(?<![\p{L}\p{N}])(?<!(?i:các|những|nhiều|đại|tổng) )(?:tổng lãnh sự quán|lãnh sự quán|đại sứ quán|sứ quán) ")
"""A lower-case embassy's head and the space before its country."""


def find_lower_case_embassies(text: str, world: Sequence[Entity], organizations: Sequence[Entity]) -> list[Entity]:
    """ORGANIZATION entities for a lower-case embassy head followed right by a place abroad
    of ``world``, outside ``organizations``.

    >>> t = "Các sứ quán Pháp và Anh đóng cửa."
    >>> france = Entity("LOCATION", t.index("Pháp"), t.index(" và"), "Pháp", "Pháp", {"kind": "world"})
    >>> find_lower_case_embassies(t, [france], [])
    []
    """
    country_at = {w.start: w for w in world}
    found = []
    bodies = None  # the organisations by position (log-time lookups: linear on long texts), built when first asked
    for m in _HEAD.finditer(text):
        country = country_at.get(m.end())
        if country is None:
            continue
        bodies = bodies or EntitiesByStart(organizations)
        if bodies.overlap(m.start(), country.end):
            continue
        found.append(organization_entity(text, m.start(), country.end, "lower_case_embassy"))
    return found
