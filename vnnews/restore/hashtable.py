"""A bucketed hash table of int64 keys with an int64 payload, for NumPy look-ups.

Built once when the model loads from the sorted keys stored in the model file. A key
lives in one bucket of ``BUCKET`` slots (key and payload side by side), so a look-up of
many keys is one gather of their buckets and a comparison: about one memory access per
key instead of the ~20 of a binary search, and a fixed number of NumPy calls. The few
keys that did not fit in their bucket are found by binary search in the sorted keys
(only queries that land in a bucket that overflowed need it).

>>> table = KeyTable(np.array([5, 17, 99]), payload=np.array([50, 170, 990]), missing=-1)
>>> table.find(np.array([17, 4, 99, 5])).tolist()
[170, -1, 990, 50]
"""

from __future__ import annotations

import numpy as np

BUCKET = 8
_EMPTY = -1
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)


class KeyTable:
    """Buckets of (key, payload) slots for sorted, distinct, non-negative keys."""

    def __init__(self, sorted_keys: np.ndarray, payload: np.ndarray, missing: int):
        self.sorted_keys = sorted_keys.astype(np.int64)
        self.payload = np.append(payload.astype(np.int64), missing)  # [-1] = missing
        self.bits = max(2, int(np.ceil(np.log2(max(len(sorted_keys), 1) / (BUCKET * 0.5)))))
        self.slots = np.full((1 << self.bits, BUCKET, 2), _EMPTY, dtype=np.int64)
        self.slots[:, :, 1] = missing
        bucket = self._bucket(self.sorted_keys)
        order = np.argsort(bucket, kind="stable")
        first = np.searchsorted(bucket[order], bucket[order])
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order)) - first
        fits = rank < BUCKET
        self.overflowed = np.zeros(1 << self.bits, dtype=bool)
        self.overflowed[bucket[~fits]] = True
        self.slots[bucket[fits], rank[fits], 0] = self.sorted_keys[fits]
        self.slots[bucket[fits], rank[fits], 1] = self.payload[:-1][fits]

    def _bucket(self, keys: np.ndarray) -> np.ndarray:
        mixed = keys.astype(np.uint64)  # SplitMix64's finaliser; products wrap modulo 2**64
        mixed = (mixed ^ (mixed >> np.uint64(30))) * _MIX1
        mixed = (mixed ^ (mixed >> np.uint64(27))) * _MIX2
        return ((mixed ^ (mixed >> np.uint64(31))) >> np.uint64(64 - self.bits)).astype(np.int64)

    def find(self, queries: np.ndarray) -> np.ndarray:
        """The payload of each query, ``missing`` when the key is absent."""
        queries = queries.astype(np.int64, copy=False)
        bucket = self._bucket(queries)
        rows = self.slots.take(bucket, axis=0)  # (queries, BUCKET, 2)
        match = rows[:, :, 0] == queries[:, None]
        found = np.where(match, rows[:, :, 1], 0).sum(axis=1)  # keys are distinct: one match at most
        unresolved = ~match.any(axis=1)
        found[unresolved] = self.payload[-1]
        unresolved &= self.overflowed[bucket]  # the key may be one that did not fit
        if unresolved.any():
            rest = queries[unresolved]
            index = np.minimum(np.searchsorted(self.sorted_keys, rest), len(self.sorted_keys) - 1)
            found[unresolved] = self.payload[np.where(self.sorted_keys[index] == rest, index, -1)]
        return found
