"""A body's acronym in brackets between its name and its place: "Trung tâm giao dịch chứng
khoán (TTGDCK) Hà Nội", "Sở Giao thông vận tải (GTVT) TP HCM".

News defines the short form right after the head and the field, before the place the body
serves; the whole phrase, brackets included, is one organisation, and so is every later
"TTGDCK Hà Nội" (the acronym and a place right after it) in the same text. The acronym is
then no body of its own.

>>> from .organizations import organization_entity
>>> t = "Trung tâm giao dịch chứng khoán (TTGDCK) Hà Nội mở phiên; TTGDCK Hà Nội cho biết."
>>> orgs = [organization_entity(t, 0, 31, "named"), organization_entity(t, 33, 39, "alias")]
>>> places = [Entity("PROVINCE", 41, 47, "Hà Nội", "Hà Nội"), Entity("PROVINCE", 65, 71, "Hà Nội", "Hà Nội")]
>>> [e.text for e in with_acronyms_before_places(t, orgs, places)]
['Trung tâm giao dịch chứng khoán (TTGDCK) Hà Nội', 'TTGDCK Hà Nội']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .positions import EntitiesByStart

_BRACKETED_ACRONYM = regex.compile(r" ?\((\p{Lu}[\p{Lu}&]{1,8})\) ")
_UNIT_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE"})


def with_acronyms_before_places(text: str, organizations: Sequence[Entity], places: Sequence[Entity]) -> list[Entity]:
    """``organizations`` with each name followed by "(ACRONYM) <administrative unit>"
    stretched over both, the bracketed acronym dropped as a body of its own, and the later
    uses of that acronym right before a unit added.

    >>> from .organizations import organization_entity
    >>> t = "Sở Giao thông (GT) và Cục Thuế (CT) cho biết"
    >>> [e.text for e in with_acronyms_before_places(t, [organization_entity(t, 0, 13, "named")], [])]
    ['Sở Giao thông']
    """
    unit_at = {p.start: p for p in places if p.label in _UNIT_LABELS}
    out: list[Entity] = []
    stretched: list[tuple[int, int]] = []
    acronyms: set[str] = set()
    for org in organizations:
        bracket = _BRACKETED_ACRONYM.match(text, org.end)
        unit = unit_at.get(bracket.end()) if bracket else None
        if unit is None:
            out.append(org)
            continue
        out.append(_body(text, org.start, unit.end, org.attrs.get("kind", "named")))
        stretched.append((org.start, unit.end))
        acronyms.add(bracket.group(1))
    if not stretched:
        return out
    out = [o for o in out if not any(s <= o.start and o.end <= e and (o.start, o.end) != (s, e) for s, e in stretched)]
    return out + _later_uses(text, acronyms, unit_at, out)


def _later_uses(text: str, acronyms: set[str], unit_at: dict[int, Entity], found: Sequence[Entity]) -> list[Entity]:
    """"TTGDCK Hà Nội": a defined acronym right before an administrative unit, outside the
    bodies already ``found``."""
    uses = []
    bodies = EntitiesByStart(found)  # log-time lookups: linear on long texts
    for acronym in sorted(acronyms):
        for use in regex.finditer(rf"(?<!\w){regex.escape(acronym)} ", text):
            unit = unit_at.get(use.end())
            if unit is not None and not bodies.overlap(use.start(), unit.end):
                uses.append(_body(text, use.start(), unit.end, "acronym"))
    return uses


def _body(text: str, start: int, end: int, kind: str) -> Entity:
    return Entity("ORGANIZATION", start, end, text[start:end], " ".join(text[start:end].split()), {"kind": kind})
