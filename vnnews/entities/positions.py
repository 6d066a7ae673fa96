"""Entities looked up by position, in log time: long texts name thousands of them.

>>> from ..document import Entity
>>> found = EntitiesByStart([Entity("PERSON", 0, 4, "Hùng"), Entity("PERSON", 10, 14, "Lan")])
>>> found.overlap(3, 6), found.overlap(4, 10), [e.text for e in found.starting_within(5, 10)]
(True, False, ['Lan'])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Sequence

from ..document import Entity


class EntitiesByStart:
    """Entities sorted by start, with the furthest end reached so far."""

    def __init__(self, entities: Sequence[Entity]):
        self.entities = sorted(entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.entities]
        self.reach = list(accumulate((e.end for e in self.entities), max))

    def overlap(self, start: int, end: int) -> bool:
        """Whether an entity overlaps ``[start, end)``."""
        before_end = bisect_left(self.starts, end)
        return before_end > 0 and self.reach[before_end - 1] > start

    def starting_within(self, start: int, end: int) -> list[Entity]:
        """The entities starting in ``[start, end]``, in order."""
        return self.entities[bisect_left(self.starts, start):bisect_right(self.starts, end)]
