"""A province's delegation to the National Assembly: "đoàn đại biểu Quốc hội TP.HCM",
"Đoàn ĐBQH tỉnh Nghệ An", "đoàn đại biểu Quốc hội (ĐBQH) Hà Nội".

The delegation acts as a body in the news ("làm việc với đoàn đại biểu Quốc hội TP.HCM"),
so it is one ORGANIZATION from "đoàn" to its province, the "Quốc hội" inside it no body of
its own; the province stays a PROVINCE inside it. After "Trưởng"/"Phó trưởng" the word
"đoàn" is part of a post ("Trưởng đoàn ĐBQH tỉnh X"), which the post rules read.

>>> t = "Hôm qua, đoàn đại biểu Quốc hội TP.HCM tiếp xúc cử tri."
>>> city = Entity("PROVINCE", t.index("TP.HCM"), t.index(" tiếp"), "TP.HCM", "TP Hồ Chí Minh")
>>> assembly = organization_entity(t, t.index("Quốc"), t.index(" TP.HCM"), "known")
>>> [e.text for e in with_delegations(t, [city], [assembly])]
['đoàn đại biểu Quốc hội TP.HCM']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .organizations import organization_entity

_DELEGATION = regex.compile(r"(?<![\p{L}\p{N}])(?<!(?i:trưởng) )[Đđ]oàn (?:đại biểu Quốc hội|ĐBQH)(?: \(ĐBQH\))? ")
"""The head of a delegation and the space before its province."""


def with_delegations(text: str, places: Sequence[Entity], organizations: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with each delegation to the National Assembly followed right by a
    province of ``places`` as one ORGANIZATION, in place of the bodies inside it.

    >>> t = "Trưởng đoàn ĐBQH tỉnh Nghệ An phát biểu."
    >>> province = Entity("PROVINCE", t.index("tỉnh"), t.index(" phát"), "tỉnh Nghệ An", "Nghệ An")
    >>> with_delegations(t, [province], [])
    []
    """
    province_at = {p.start: p for p in places if p.label == "PROVINCE"}
    delegations = [organization_entity(text, m.start(), province_at[m.end()].end, "delegation")
                   for m in _DELEGATION.finditer(text) if m.end() in province_at]
    if not delegations:
        return list(organizations)
    kept = [o for o in organizations if not any(d.start <= o.start and o.end <= d.end for d in delegations)]
    return sorted(kept + delegations, key=lambda e: e.start)
