"""A customs office named by the port, border gate or airport it serves: "Chi cục Hải quan
cảng Sài Gòn khu vực 4", "Chi cục Hải quan cửa khẩu Bờ Y".

Vietnam's customs branches are named after the place they clear goods at, written after the
body in lower case ("cảng", "cửa khẩu", "sân bay") and sometimes numbered by area ("khu vực
4", "khu vực I"). The rules read the body ("Chi cục Hải quan") and the place ("cảng Sài
Gòn") apart; the name is both, the place staying a LOCATION inside it, as the guideline
nests a place in a body.

>>> from .recognizer import EntityRecognizer
>>> t = "Theo Chi cục Hải quan cảng Sài Gòn khu vực 4, hồ sơ đã đủ."
>>> [(e.label, e.text) for e in EntityRecognizer().extract(t)]
[('ORGANIZATION', 'Chi cục Hải quan cảng Sài Gòn khu vực 4'), ('LOCATION', 'cảng Sài Gòn')]
"""

from __future__ import annotations

import regex

from ..document import Entity
from .organizations import organization_entity

_CUSTOMS_END = regex.compile(r"(?i:hải quan)$")
_SERVED_PLACE = regex.compile(r"(?:cảng|cửa khẩu|sân bay) ")
_AREA = regex.compile(r" khu vực (?:\d{1,2}|[IVX]{1,4})(?![\p{L}\p{N}])")


def with_customs_branches(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` (sorted) with a customs body stretched over the port, border gate or
    airport written right after it, and its area number."""
    if "ải quan " not in text:
        return entities
    out = list(entities)
    for n, body in enumerate(entities):
        if body.label != "ORGANIZATION" or not _CUSTOMS_END.search(body.text):
            continue
        place = next((e for e in entities if e.label == "LOCATION" and e.start == body.end + 1
                      and text[body.end] == " " and _SERVED_PLACE.match(e.text)), None)
        if place is None:
            continue
        area = _AREA.match(text, place.end)
        end = area.end() if area else place.end
        out[n] = organization_entity(text, body.start, end, body.attrs.get("kind", "named"))
    return sorted(out, key=lambda e: (e.start, -e.end)) if out != entities else entities
