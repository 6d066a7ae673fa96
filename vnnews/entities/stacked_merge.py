"""Merge the stacked labeller's spans with the rule entities (see :mod:`.stacked`).

The learned spans decide PERSON, OFFICIAL, ORGANIZATION and the outer LOCATIONs; admin
units (PROVINCE/DISTRICT/COMMUNE) and the LOCATIONs the rules found inside a learned
organisation stay the rules'. A learned span the rules also found with the same label keeps
the rule entity (its attrs: positions, cue, kind...); any other gets ``{"source": "stacked"}``.

>>> from vnnews.document import Entity
>>> rules = [Entity("ORGANIZATION", 0, 14, "Sở Y tế Hà Nội", "Sở Y tế Hà Nội", {"kind": "named"}),
...          Entity("PROVINCE", 8, 14, "Hà Nội", "Hà Nội", {"code": "01"})]
>>> [(e.label, e.text, e.attrs) for e in merge("Sở Y tế Hà Nội", rules, [(0, 7, "ORGANIZATION")])]
[('ORGANIZATION', 'Sở Y tế', {'source': 'stacked'}), ('PROVINCE', 'Hà Nội', {'code': '01'})]
"""

from __future__ import annotations

from typing import Sequence

from ..document import Entity
from .stacked_features import LEARNED


def merge(text: str, rules: Sequence[Entity], spans: Sequence[tuple[int, int, str]]) -> list[Entity]:
    """The rule entities with their PERSON/OFFICIAL/ORGANIZATION/LOCATION replaced by
    ``spans`` (start, end, label), sorted by (start, -end)."""
    by_span = {(e.start, e.end, e.label): e for e in rules}
    bodies = [(s, e) for s, e, label in spans if label == "ORGANIZATION"]
    kept = [e for e in rules if e.label not in LEARNED]
    kept += [e for e in rules if e.label == "LOCATION" and (e.start, e.end, "LOCATION") not in spans
             and any(s <= e.start and e.end <= t and (s, t) != (e.start, e.end) for s, t in bodies)]
    for start, end, label in spans:
        found = by_span.get((start, end, label))
        kept.append(found if found is not None else
                    Entity(label, start, end, text[start:end], text[start:end], {"source": "stacked"}))
    return sorted(kept, key=lambda e: (e.start, -e.end, e.label))
