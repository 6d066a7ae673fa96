"""Places written inside the name of an event, which the guideline does not annotate.

Events, festivals and contests are no entities, and a place is annotated inside an
ORGANIZATION only: "Festival hoa Đà Lạt 2005", "Hội sách giáo dục TP HCM", "Hoa hậu Việt
Nam 2004" name an event, not the city or the country. An event name here is a capitalised
event word, at most a few lower-case words (no preposition: "Lễ hội ở Huế" is held in
Huế), then a capitalised name:

- a festival, fair or show word ("Festival", "Liên hoan", "Hội chợ", "Hội sách", "Lễ hội",
  "Hội thi", "Hội diễn", "Tuần lễ") names an event with whatever name follows;
- a contest or title word ("Hoa hậu", "Siêu mẫu", "Người đẹp", "Cuộc thi", "Giải") only
  when the year of the event follows the name ("Siêu mẫu Việt Nam 2004"): without it, "Người
  đẹp xứ Wales" is a woman from Wales.

>>> text = "Festival hoa Đà Lạt 2005 khai mạc; Lễ hội ở Huế."
>>> [text[s:e] for s, e in event_name_spans(text)]
['Festival hoa Đà Lạt 2005']
"""

from __future__ import annotations

from typing import Sequence

import regex

from ..document import Entity
from .positions import EntitiesByStart

_FESTIVALS = ("Festival", "Liên hoan", "Hội chợ", "Hội sách", "Lễ hội", "Hội thi", "Hội diễn", "Tuần lễ")
_CONTESTS = ("Hoa hậu", "Siêu mẫu", "Người đẹp", "Hoa khôi", "Cuộc thi", "Giải")
_NOT_IN_A_NAME = ("tại", "ở", "của", "do", "cho", "với", "từ", "đến", "và", "năm", "trên", "vào", "khi", "là")
_LOWER = r"(?! (?:" + "|".join(_NOT_IN_A_NAME) + r")(?!\w)) \p{Ll}[\p{L}\p{M}]*"
_NAME = r"\p{Lu}[\p{L}\p{M}]*(?:(?: |-)\p{Lu}[\p{L}\p{M}]*)*"
_YEAR = r" (?:19|20)\d\d(?!\w)"
_EVENT = regex.compile(
    r"(?<![\p{L}\p{M}])(?:"
    r"(?:" + "|".join(_FESTIVALS) + r")(?:" + _LOWER + r"){0,3} " + _NAME + r"(?:" + _YEAR + r")?"
    r"|(?:" + "|".join(_CONTESTS) + r")(?:" + _LOWER + r"){0,3} " + _NAME + _YEAR
    + r")"
)
PLACE_LABELS = frozenset({"PROVINCE", "DISTRICT", "COMMUNE", "LOCATION"})
_READ = PLACE_LABELS | {"ORGANIZATION"}


def event_name_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the event names in ``text``.

    >>> [m for m in event_name_spans("Hoa hậu Việt Nam 2004 và Người đẹp xứ Wales")]
    [(0, 21)]
    """
    return [m.span() for m in _EVENT.finditer(text)]


def without_places_in_events(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """``entities`` less the places that lie inside an event's name (and inside no
    organisation, where the guideline keeps them), and less the "organisations" that are a
    festival's name ("Hội sách ..." is a book fair, no association).

    >>> text = "Lễ bế mạc Hội sách giáo dục TP HCM chiều nay ở TP HCM."
    >>> found = [Entity("ORGANIZATION", 10, 34, "Hội sách giáo dục TP HCM"),
    ...          Entity("PROVINCE", 28, 34, "TP HCM"), Entity("PROVINCE", 47, 53, "TP HCM")]
    >>> [(e.label, e.start) for e in without_places_in_events(text, found)]
    [('PROVINCE', 47)]
    """
    events = event_name_spans(text) if any(e.label in _READ for e in entities) else []
    if not events:
        return list(entities)
    festivals = {start for start, _ in events if text.startswith(_FESTIVALS, start)}
    kept = [e for e in entities if not (e.label == "ORGANIZATION" and e.start in festivals)]
    bodies = EntitiesByStart([e for e in kept if e.label == "ORGANIZATION"])  # log-time lookups: linear on long texts
    events_index = EntitiesByStart.of_spans(events)
    return [e for e in kept if e.label not in PLACE_LABELS or not _inside(e, events_index) or _inside(e, bodies)]


def _inside(entity: Entity, spans: EntitiesByStart) -> bool:
    return spans.holds_from_before(entity.start, entity.end)
