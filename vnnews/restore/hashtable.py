"""An open-addressing hash table of int64 keys for vectorised NumPy look-ups.

Built once when the model loads from the sorted keys stored in the model file. A
look-up of many keys probes one or two slots per key instead of the ~20 steps of a
binary search; the few keys still unresolved after ``PROBES`` rounds (long probe
chains) fall back to a binary search, so every call does a bounded number of passes.
``find`` returns each key's position in the sorted keys, or -1 when absent: append
the "missing" value to a value column and index it with the result.

>>> table = KeyTable(np.array([5, 17, 99], dtype=np.int64))
>>> table.find(np.array([17, 4, 99, 5], dtype=np.int64)).tolist()
[1, -1, 2, 0]
"""

from __future__ import annotations

import numpy as np

PROBES = 10
_EMPTY = -1
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


class KeyTable:
    """Slots for sorted, distinct, non-negative int64 keys, at most about half full."""

    def __init__(self, sorted_keys: np.ndarray):
        self.sorted_keys = sorted_keys
        self.bits = max(4, int(np.ceil(np.log2(max(len(sorted_keys), 1) / 0.5))))
        self.mask = (1 << self.bits) - 1
        self.slot_keys = np.full(1 << self.bits, _EMPTY, dtype=np.int64)
        self.slot_index = np.full(1 << self.bits, _EMPTY, dtype=np.int32)
        slots = self._home(sorted_keys)
        pending = np.arange(len(sorted_keys))
        while pending.size:
            wanted = slots[pending]
            free = self.slot_keys[wanted] == _EMPTY
            claimed, first = np.unique(wanted[free], return_index=True)
            winners = pending[free][first]
            self.slot_keys[claimed] = sorted_keys[winners]
            self.slot_index[claimed] = winners
            placed = np.zeros(len(sorted_keys), dtype=bool)
            placed[winners] = True
            pending = pending[~placed[pending]]
            slots[pending] = (slots[pending] + 1) & self.mask

    def _home(self, keys: np.ndarray) -> np.ndarray:
        mixed = keys.astype(np.uint64) * _GOLDEN  # wraps modulo 2**64 (Fibonacci hashing)
        return (mixed >> np.uint64(64 - self.bits)).astype(np.int64)

    def find(self, queries: np.ndarray) -> np.ndarray:
        """Position of each query in the sorted keys, -1 when absent."""
        slots = self._home(queries)
        found = np.full(len(queries), _EMPTY, dtype=np.int64)
        active = np.arange(len(queries))
        for _ in range(PROBES):
            stored = self.slot_keys[slots[active]]
            hit = stored == queries[active]
            found[active[hit]] = self.slot_index[slots[active[hit]]]
            active = active[~hit & (stored != _EMPTY)]
            if not active.size:
                return found
            slots[active] = (slots[active] + 1) & self.mask
        rest = queries[active]
        index = np.minimum(np.searchsorted(self.sorted_keys, rest), len(self.sorted_keys) - 1)
        found[active] = np.where(self.sorted_keys[index] == rest, index, _EMPTY)
        return found
