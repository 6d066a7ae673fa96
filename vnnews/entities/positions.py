"""Entities looked up by position, in log time: long texts name thousands of them.

>>> from ..document import Entity
>>> found = EntitiesByStart([Entity("PERSON", 0, 4, "Hùng"), Entity("PERSON", 10, 14, "Lan")])
>>> found.overlap(3, 6), found.overlap(4, 10), [e.text for e in found.starting_within(5, 10)]
(True, False, ['Lan'])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Iterable, NamedTuple, Sequence

from ..document import Entity


class Span(NamedTuple):
    """A bare ``(start, end)``: what :class:`EntitiesByStart` needs of an entity."""

    start: int
    end: int


class EntitiesByStart:
    """Entities sorted by start, with the furthest end reached so far.

    >>> EntitiesByStart.of_spans([(10, 14), (0, 4)]).holds(11, 12)
    True
    """

    @classmethod
    def of_spans(cls, spans: Iterable[tuple[int, int]]) -> "EntitiesByStart":
        """The index of bare ``(start, end)`` pairs."""
        return cls([Span(start, end) for start, end in spans])

    def __init__(self, entities: Sequence[Entity]):
        self.entities = sorted(entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        self.reach = list(accumulate((e.end for e in self.entities), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether an entity overlaps ``[start, end)``."""
        before_end = bisect_left(self.starts, end)
        return before_end > 0 and self.reach[before_end - 1] > start

    def straddles(self, point: int) -> bool:
        """Whether an entity starts before ``point`` and ends after it.

        >>> EntitiesByStart([Entity("LOCATION", 0, 4, "thôn")]).straddles(2), EntitiesByStart([]).straddles(2)
        (True, False)
        """
        return self.overlap(point, point)

    def sticks_out(self, start: int, end: int) -> bool:
        """Whether an entity overlapping ``[start, end)`` starts before it or ends after it
        (one it does not hold whole).

        >>> found = EntitiesByStart([Entity("LOCATION", 0, 14, "thôn Tân Tiến")])
        >>> found.sticks_out(5, 14), found.sticks_out(0, 14), found.sticks_out(0, 20)
        (True, False, False)
        """
        return self.straddles(start) or self.straddles(end)

    def holds(self, start: int, end: int) -> bool:
        """Whether an entity overlapping ``[start, end)`` holds all of it.

        >>> found = EntitiesByStart([Entity("ORGANIZATION", 0, 17, "Bệnh viện Chợ Rẫy")])
        >>> found.holds(10, 17), found.holds(10, 18), found.holds(17, 17)
        (True, False, False)
        """
        if start >= end:  # an empty span overlaps only what straddles it
            return self.straddles(start)
        stop = bisect_right(self.starts, start)
        return stop > 0 and self.reach[stop - 1] >= end

    def overlapping(self, start: int, end: int) -> list[Entity]:
        """The entities overlapping ``[start, end)``, latest start first: read back from the
        last entity starting before ``end`` until none before can reach past ``start``.

        >>> found = EntitiesByStart([Entity("PERSON", 0, 4, "Hùng"), Entity("PERSON", 10, 14, "Lan")])
        >>> [e.text for e in found.overlapping(2, 12)], found.overlapping(4, 10)
        (['Lan', 'Hùng'], [])
        """
        found = []
        for k in range(bisect_left(self.starts, end) - 1, -1, -1):
            if self.reach[k] <= start:
                break
            if self.entities[k].end > start:
                found.append(self.entities[k])
        return found

    def holds_from_before(self, start: int, end: int) -> bool:
        """Whether an entity starts before ``start`` and ends at or after ``end``.

        >>> found = EntitiesByStart([Entity("EVENT", 0, 20, "Festival hoa Đà Lạt")])
        >>> found.holds_from_before(13, 19), found.holds_from_before(0, 19)
        (True, False)
        """
        stop = bisect_left(self.starts, start)
        return stop > 0 and self.reach[stop - 1] >= end

    def holding(self, start: int, end: int) -> list[Entity]:
        """The entities that hold ``[start, end)`` whole, nearest start first: read back from
        the last entity starting at or before ``start`` until none before can reach ``end``.

        >>> found = EntitiesByStart([Entity("ORGANIZATION", 0, 17, "Bệnh viện Chợ Rẫy"),
        ...                          Entity("LOCATION", 10, 17, "Chợ Rẫy")])
        >>> [e.text for e in found.holding(10, 17)], found.holding(9, 18)
        (['Chợ Rẫy', 'Bệnh viện Chợ Rẫy'], [])
        """
        found = []
        for k in range(bisect_right(self.starts, start) - 1, -1, -1):
            if self.reach[k] < end:
                break
            if self.entities[k].end >= end:
                found.append(self.entities[k])
        return found

    def starting_within(self, start: int, end: int) -> list[Entity]:
        """The entities starting in ``[start, end]``, in order."""
        return self.entities[bisect_left(self.starts, start):bisect_right(self.starts, end)]
