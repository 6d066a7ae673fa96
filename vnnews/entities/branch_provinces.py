"""A body written right before the province it serves is that province's branch: "Ngân hàng
Nhà nước TP HCM", "BIDV Sài Gòn", "Viện Y dược học dân tộc TP.HCM", "cảnh sát kinh tế Kon Tum".

The guideline annotates a body with the place it belongs to as one name ("UBND tỉnh Quảng
Trị", "VKSND Đà Nẵng"), and the name rules take a place that closes a name as it is read;
bodies found whole by other rules (a national body, an acronym, a lower-case head) stopped
before it. Over the seen gold batches a province right after such a body, with one space
between and nothing else, belongs to its name five times in six (twentieth stop); the sixth
is a body that already ends with its own unit ("Trung tâm Y tế quận Tân Bình" | "TP.HCM"),
which is left as it is. The province stays an entity of its own inside the name.

>>> from .organizations import organization_entity
>>> t = "Ngân hàng Nhà nước TP HCM cho biết."
>>> found = [organization_entity(t, 0, 18, "national"), Entity("PROVINCE", 19, 25, "TP HCM", "TP HCM")]
>>> [(e.label, e.text) for e in with_branch_provinces(t, found)]
[('ORGANIZATION', 'Ngân hàng Nhà nước TP HCM'), ('PROVINCE', 'TP HCM')]
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity

_PLACE_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE", "LOCATION"})
_DELEGATES = regex.compile(r"(?i:đại biểu|ĐB) $")
"""Before the body: its delegates, whom the province elected ("Đại biểu Quốc hội tỉnh Quảng
Nam": the assembly and the constituency, not a branch)."""


def with_branch_provinces(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` (sorted by start) with every organisation followed by one space and a
    province stretched over it, unless the organisation already ends with a place, the
    province starts another organisation, or the body's delegates are named before it.

    >>> from .organizations import organization_entity
    >>> t = "Trung tâm Y tế quận 1 TP HCM họp."
    >>> found = [organization_entity(t, 0, 21, "named"), Entity("DISTRICT", 15, 21, "quận 1", "quận 1"),
    ...          Entity("PROVINCE", 22, 28, "TP HCM", "TP HCM")]
    >>> [e.text for e in with_branch_provinces(t, found)]
    ['Trung tâm Y tế quận 1', 'quận 1', 'TP HCM']
    >>> t = "Đại biểu Quốc hội TP HCM chất vấn."
    >>> found = [organization_entity(t, 9, 17, "national"), Entity("PROVINCE", 18, 24, "TP HCM", "TP HCM")]
    >>> [e.text for e in with_branch_provinces(t, found)]
    ['Quốc hội', 'TP HCM']
    """
    provinces = {e.start: e for e in entities if e.label == "PROVINCE"}
    if not provinces:
        return list(entities)
    place_ends = {e.end for e in entities if e.label in _PLACE_LABELS}
    body_starts = {e.start for e in entities if e.label == "ORGANIZATION"}
    out = []
    for e in entities:
        province = provinces.get(e.end + 1) if e.label == "ORGANIZATION" else None
        if province is None or text[e.end:e.end + 1] != " " or e.end in place_ends or province.start in body_starts \
                or _DELEGATES.search(text, max(0, e.start - 10), e.start):
            out.append(e)
            continue
        out.append(Entity("ORGANIZATION", e.start, province.end, text[e.start:province.end],
                          " ".join(text[e.start:province.end].split()), dict(e.attrs)))
    return out
