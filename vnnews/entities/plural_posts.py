"""A plural post written before a list of names is held by each of them.

"Các giám đốc Sở Tài chính Trần Văn Minh và Nguyễn Văn An", "hai phó chủ tịch UBND tỉnh
Nguyễn Văn Sơn, Lê Thị Hoa": "các", "những" or a number before the post says it has several
holders, so every name of the list that follows (joined by a comma or "và", found without a
post of its own) is an OFFICIAL of that post, not only the first. Sixteenth pass (a known
bug of the earlier passes). Without such a word ("Bộ trưởng X và Y") the second name stays
as it was found: the post may be the first name's alone.

>>> from .recognizer import EntityRecognizer
>>> t = "Các giám đốc Sở Tài chính Trần Văn Minh và Nguyễn Văn An đã ký."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t) if e.label != "ORGANIZATION"]
[('OFFICIAL', 'Trần Văn Minh'), ('OFFICIAL', 'Nguyễn Văn An')]
"""

from __future__ import annotations

import copy
from typing import Sequence

import regex

from ..document import Entity

_PLURAL_BEFORE = regex.compile(r"(?:^|\s)(?:các|những|hai|ba|bốn|\d+)\s+$", regex.IGNORECASE)
"""A word for several right before a post ("các giám đốc", "Hai phó chủ tịch", "3 thứ trưởng")."""

_LIST_GLUE = regex.compile(r",\s+|\s+và\s+|,\s+và\s+|\s+cùng\s+")


def with_listed_holders(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` with the PERSONs listed right after an OFFICIAL of a plural post made
    OFFICIALs of that post.

    >>> t = "Hai phó chủ tịch Lê Văn Ba, Trần Thị Tư dự họp."
    >>> post = {"text": "phó chủ tịch", "start": 4, "end": 16}
    >>> ba = Entity("OFFICIAL", 17, 26, "Lê Văn Ba", "Lê Văn Ba", {"positions": [post]})
    >>> tu = Entity("PERSON", 28, 39, "Trần Thị Tư", "Trần Thị Tư", {"cue": "surname"})
    >>> [(e.label, e.text) for e in with_listed_holders(t, [ba, tu])]
    [('OFFICIAL', 'Lê Văn Ba'), ('OFFICIAL', 'Trần Thị Tư')]
    """
    ordered = sorted(entities, key=lambda e: (e.start, -e.end))
    people = [e for e in ordered if e.label in {"PERSON", "OFFICIAL"}]
    shared: dict[int, list[dict]] = {}
    for before, after in zip(people, people[1:]):
        positions = shared.get(id(before)) or _plural_post_before(text, before)
        if positions and after.label == "PERSON" and _LIST_GLUE.fullmatch(text, before.end, after.start):
            shared[id(after)] = positions
    return [_holder(e, shared[id(e)]) if id(e) in shared else e for e in ordered]


def _plural_post_before(text: str, person: Entity) -> list[dict] | None:
    """The positions of an OFFICIAL whose post is written right before the name after a
    word for several."""
    if person.label != "OFFICIAL":
        return None
    for position in person.attrs.get("positions", []):
        start, end = position.get("start"), position.get("end")
        if start is not None and end is not None and end <= person.start and not text[end:person.start].strip() \
                and _PLURAL_BEFORE.search(text, max(0, start - 12), start):
            return [position]
    return None


def _holder(person: Entity, positions: list[dict]) -> Entity:
    attrs = {k: v for k, v in person.attrs.items() if k != "cue"}
    attrs["positions"] = copy.deepcopy(positions)
    return Entity("OFFICIAL", person.start, person.end, person.text, person.name, attrs)
