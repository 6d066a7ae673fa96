"""A held-out split that is stratified by label whenever the data allow it.

scikit-learn's stratified split needs two records of every label and room for each label on
both sides; a small corpus with many labels (76 records, 10 labels, 10 % held out) made
``train_test_split`` raise. There the split is a plain random one.

>>> fit, held = held_out_split(list(range(20)), ["a", "b"] * 10, 0.2, random_state=0)
>>> len(fit), len(held)
(16, 4)
>>> fit, held = held_out_split(list(range(12)), list("abcdefabcdef"), 0.1, random_state=0)
>>> len(fit), len(held)  # six labels cannot all be in a held-out part of two: random split
(10, 2)
"""

from __future__ import annotations

import collections
import math
from typing import Any, Sequence

from sklearn.model_selection import train_test_split


def can_stratify(labels: Sequence[Any], test_size: float) -> bool:
    """Whether every label can be on both sides of a split holding out ``test_size`` (a share).

    >>> can_stratify(["a", "b"] * 5, 0.2), can_stratify(["a", "b", "b"], 0.5)
    (True, False)
    """
    counts = collections.Counter(labels)
    held = math.ceil(test_size * len(labels))  # as train_test_split counts a share
    return min(counts.values(), default=0) >= 2 and len(counts) <= min(held, len(labels) - held)


def held_out_split(items: Sequence[Any], labels: Sequence[Any], test_size: float, random_state: int | None = None):
    """``(fit_items, held_items)``: stratified by ``labels`` when :func:`can_stratify`, else random."""
    stratify = list(labels) if can_stratify(labels, test_size) else None
    return train_test_split(items, test_size=test_size, stratify=stratify, random_state=random_state)
