"""An open-addressing hash table of int64 keys with an int64 payload, for NumPy look-ups.

Built once when the model loads from the sorted keys stored in the model file. Each
slot holds the key and its payload side by side, so a look-up costs about one memory
access per key instead of the ~20 of a binary search. The few keys still unresolved
after ``PROBES`` rounds (long probe chains) fall back to a binary search, so every
call makes a bounded number of passes.

>>> table = KeyTable(np.array([5, 17, 99]), payload=np.array([50, 170, 990]), missing=-1)
>>> table.find(np.array([17, 4, 99, 5])).tolist()
[170, -1, 990, 50]
"""

from __future__ import annotations

import numpy as np

PROBES = 8
_EMPTY = -1
_GOLDEN = np.uint64(0x9E3779B97F4A7C15)


class KeyTable:
    """Slots (key, payload) for sorted, distinct, non-negative keys, about half full."""

    def __init__(self, sorted_keys: np.ndarray, payload: np.ndarray, missing: int):
        self.sorted_keys = sorted_keys.astype(np.int64)
        self.payload = np.append(payload.astype(np.int64), missing)  # [-1] = missing
        self.missing = missing
        self.bits = max(4, int(np.ceil(np.log2(max(len(sorted_keys), 1) / 0.5))))
        self.mask = (1 << self.bits) - 1
        self.slots = np.full((1 << self.bits, 2), _EMPTY, dtype=np.int64)
        self.slots[:, 1] = missing
        home = self._home(self.sorted_keys)
        pending = np.arange(len(sorted_keys))
        while pending.size:
            wanted = home[pending]
            free = self.slots[wanted, 0] == _EMPTY
            claimed, first = np.unique(wanted[free], return_index=True)
            winners = pending[free][first]
            self.slots[claimed, 0] = self.sorted_keys[winners]
            self.slots[claimed, 1] = self.payload[winners]
            placed = np.zeros(len(sorted_keys), dtype=bool)
            placed[winners] = True
            pending = pending[~placed[pending]]
            home[pending] = (home[pending] + 1) & self.mask

    def _home(self, keys: np.ndarray) -> np.ndarray:
        mixed = keys.astype(np.uint64) * _GOLDEN  # wraps modulo 2**64 (Fibonacci hashing)
        return (mixed >> np.uint64(64 - self.bits)).astype(np.int64)

    def find(self, queries: np.ndarray) -> np.ndarray:
        """The payload of each query, ``missing`` when the key is absent."""
        queries = queries.astype(np.int64, copy=False)
        slot = self._home(queries)
        found = np.empty(len(queries), dtype=np.int64)
        active = np.arange(len(queries))
        for _ in range(PROBES):
            stored = self.slots.take(slot, axis=0)
            keys, payload = stored[:, 0], stored[:, 1]
            done = (keys == queries) | (keys == _EMPTY)  # an empty slot holds ``missing``
            found[active[done]] = payload[done]
            if done.all():
                return found
            going_on = ~done
            active, queries, slot = active[going_on], queries[going_on], (slot[going_on] + 1) & self.mask
        index = np.minimum(np.searchsorted(self.sorted_keys, queries), len(self.sorted_keys) - 1)
        found[active] = self.payload[np.where(self.sorted_keys[index] == queries, index, -1)]
        return found
