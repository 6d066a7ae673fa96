"""A bucketed hash table of integer keys with a small integer payload, for NumPy look-ups.

Built once when the model loads from the keys stored in the model file. Keys are
non-negative and below ``2**key_bits``; a bijective mix of that range gives each key a
hash whose top bits choose its bucket of ``BUCKET`` slots (any number of buckets, so a
table can be as full as its use allows) and whose other bits (the "remainder") are all a
slot needs to store: bucket and remainder together give the key back exactly, so a
48-bit key is held in 4 bytes and a 32-bit one in 2; a remainder of 16 to 23 bits is held
as its low 16 bits and the rest (3 bytes), one of more than 31 bits as its low 32 bits
and the rest (6 bytes instead of 8). A look-up of
many keys is one gather of their buckets, a comparison and a gather of the payloads:
about two memory accesses per key instead of the ~20 of a binary search, and a fixed
number of NumPy calls. The few keys that did not fit in their bucket are kept aside,
sorted, and found by binary search (only queries that land in a bucket that overflowed
need it).

>>> table = KeyTable(np.array([5, 17, 99]), payload=np.array([50, 170, 990]), missing=-1)
>>> table.find(np.array([17, 4, 99, 5])).tolist()
[170, -1, 990, 50]
"""

from __future__ import annotations

import math
from collections.abc import Iterable

import numpy as np

BUCKET = 8
FILL = 0.5  # keys per slot on average: half-full buckets rarely overflow (tables looked up less can be fuller)
CHUNK = 1 << 16  # keys placed per step while building: bounds the temporary arrays
_EMPTY = -1  # remainder of an empty slot (remainders are never negative)
_MIX1, _MIX2 = np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB)
# a bucket's match row (BUCKET booleans, at most one true) read as one little-endian 64-bit
# number is 0 or 2**(8*slot); times _SLOT_OF, its top byte is the slot
_SLOT_OF, _TOP_BYTE = np.uint64(0x0001020304050607), np.uint64(56)
assert BUCKET == 8  # one byte per slot in a 64-bit number


def _stable_order(bucket: np.ndarray) -> np.ndarray:
    """``np.argsort(bucket, kind="stable")`` for non-negative buckets, by one sort of
    (bucket, position) packed in an integer (several times faster than a stable argsort).

    >>> _stable_order(np.array([3, 1, 3, 0, 1])).tolist()
    [3, 1, 4, 0, 2]
    """
    shift = max(1, len(bucket).bit_length())
    return np.sort((bucket.astype(np.int64) << shift) | np.arange(len(bucket))) & ((1 << shift) - 1)


def _smallest_int(bits: int) -> type:
    """The smallest signed NumPy integer type holding ``bits``-bit non-negative values."""
    return next(t for t in (np.int8, np.int16, np.int32, np.int64) if bits < np.iinfo(t).bits)


class KeyTable:
    """Buckets of ``BUCKET`` slots for sorted, distinct keys in ``[0, 2**key_bits)``.

    The payload keeps its own integer type (one byte codes stay one byte); ``missing``
    is what :meth:`find` returns for an absent key and must fit that type.
    """

    def __init__(self, sorted_keys: np.ndarray, payload: np.ndarray, missing: int, key_bits: int = 63,
                 fill: float = FILL):
        slices = ((sorted_keys[low : low + CHUNK], payload[low : low + CHUNK])
                  for low in range(0, len(sorted_keys), CHUNK))
        self._build(len(sorted_keys), slices, payload.dtype, missing, key_bits, fill)

    @classmethod
    def from_slices(cls, count: int, slices: Iterable[tuple[np.ndarray, np.ndarray]], dtype: np.dtype,
                    missing: int, key_bits: int = 63, fill: float = FILL) -> KeyTable:
        """The table of ``count`` keys given as consecutive (keys, payload) slices, so that
        the whole key column never needs to be in memory.

        >>> keys = np.array([5, 17, 99])
        >>> table = KeyTable.from_slices(3, [(keys[:2], keys[:2] * 10), (keys[2:], keys[2:] * 10)],
        ...                              np.dtype(np.int64), missing=0, key_bits=8)
        >>> table.find(np.array([99, 6])).tolist()
        [990, 0]
        """
        table = cls.__new__(cls)
        table._build(count, slices, dtype, missing, key_bits, fill)
        return table

    def _build(self, count: int, slices: Iterable[tuple[np.ndarray, np.ndarray]], dtype: np.dtype,
               missing: int, key_bits: int, fill: float) -> None:
        if not 2 <= key_bits <= 63 or not 0 < fill <= BUCKET:
            raise ValueError("key_bits must be between 2 and 63, fill above 0")
        self.key_bits = key_bits
        # any number of buckets (not only powers of two): 2**(bits-1) < buckets <= 2**bits
        self.buckets = min(1 << key_bits, max(2, math.ceil(count / (BUCKET * fill))))
        self.bits = (self.buckets - 1).bit_length()
        self.missing = np.array(missing, dtype=dtype)
        if self.missing != missing:
            raise ValueError(f"missing={missing} does not fit the payload type {dtype}")
        # the top `bits` bits of a mixed key, scaled to [0, buckets), give its bucket: each bucket
        # takes one or two consecutive top values, so the remainder keeps the lowest top bit
        self.rest_bits = key_bits - self.bits + 1
        self._shift, self._mask = np.uint64((key_bits + 1) // 2), np.uint64((1 << key_bits) - 1)
        self._top_shift, self._top_bits = np.uint64(key_bits - self.bits), np.uint64(self.bits)
        self._scale, self._rest_mask = np.uint64(self.buckets), np.uint64((1 << self.rest_bits) - 1)
        low_bits = 16 if 16 <= self.rest_bits < 24 else 32 if self.rest_bits >= 32 else 0
        if not low_bits:
            self.slot_rest, self.slot_high = np.full((self.buckets, BUCKET), _EMPTY,
                                                     dtype=_smallest_int(self.rest_bits)), None
        else:  # the low bits, and the high ones beside them (an empty slot's high part is _EMPTY)
            self.slot_rest = np.zeros((self.buckets, BUCKET), dtype=np.uint16 if low_bits == 16 else np.uint32)
            self.slot_high = np.full((self.buckets, BUCKET), _EMPTY, dtype=_smallest_int(self.rest_bits - low_bits))
        self._low_bits, self._low_mask = np.uint64(low_bits), np.uint64((1 << low_bits) - 1)
        self.slot_payload = np.full((self.buckets, BUCKET), missing, dtype=dtype)
        filled = np.zeros(self.buckets, dtype=np.int64)  # keys seen per bucket, placed or not
        spilled_keys, spilled_payload = [np.zeros(0, dtype=np.int64)], [np.zeros(0, dtype=dtype)]
        for keys, values in slices:
            bucket, rest = self._split(keys)
            order = _stable_order(bucket)
            bucket, rest, keys, values = bucket[order], rest[order], keys[order], values[order]
            run_starts = np.flatnonzero(np.diff(bucket, prepend=-1))
            run_lengths = np.diff(run_starts, append=len(bucket))
            rank = np.arange(len(bucket)) - np.repeat(run_starts, run_lengths) + filled[bucket]
            filled[bucket[run_starts]] += run_lengths
            fits = rank < BUCKET
            low, high = self._parts(rest[fits])
            self.slot_rest[bucket[fits], rank[fits]] = low
            if high is not None:
                self.slot_high[bucket[fits], rank[fits]] = high
            self.slot_payload[bucket[fits], rank[fits]] = values[fits]
            spilled_keys.append(keys[~fits].astype(np.int64))
            spilled_payload.append(values[~fits])
        self.overflowed = filled > BUCKET
        spilled_keys, spilled_payload = np.concatenate(spilled_keys), np.concatenate(spilled_payload)
        order = np.argsort(spilled_keys)
        self.spilled_keys, self.spilled_payload = spilled_keys[order], spilled_payload[order]

    def _split(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Bucket and remainder of each key: top and bottom bits of a bijective mix of the key."""
        mixed = keys.astype(np.uint64)  # xor-shift and odd multiplier modulo 2**key_bits: both invertible
        mixed ^= mixed >> self._shift
        mixed *= _MIX1
        mixed &= self._mask
        mixed ^= mixed >> self._shift
        mixed *= _MIX2  # the top bits, the bucket, now depend on every bit of the key
        mixed &= self._mask
        bucket = (((mixed >> self._top_shift) * self._scale) >> self._top_bits).astype(np.intp)
        mixed &= self._rest_mask
        return bucket, mixed

    def _parts(self, rest: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """Remainders as stored: (whole, None), or (low 16 or 32 bits, high bits) for wide ones."""
        if self.slot_high is None:
            return rest.astype(self.slot_rest.dtype), None
        return (rest & self._low_mask).astype(self.slot_rest.dtype), (rest >> self._low_bits).astype(self.slot_high.dtype)

    def _slots(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Flat slot of each query's match (slot 0 of its bucket when none), the queries
        matched in no slot, and their bucket's overflow flag (the key may be a spilled one)."""
        bucket, rest = self._split(queries)
        low, high = self._parts(rest)
        match = self.slot_rest.take(bucket, axis=0) == low[:, None]  # (queries, BUCKET), one true at most
        if high is not None:
            match &= self.slot_high.take(bucket, axis=0) == high[:, None]
        match = match.view(np.dtype("<u8")).reshape(-1)  # 2**(8*slot), 0 when no slot matched
        unmatched = match == 0
        return bucket * BUCKET + ((match * _SLOT_OF) >> _TOP_BYTE).astype(np.intp), unmatched, self.overflowed[bucket]

    def _spilled(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Index into the spilled keys of each query and whether it is there."""
        wanted = queries.astype(np.int64)
        index = np.minimum(np.searchsorted(self.spilled_keys, wanted), len(self.spilled_keys) - 1)
        return index, self.spilled_keys[index] == wanted

    def find(self, queries: np.ndarray) -> np.ndarray:
        """The payload of each query key (in ``[0, 2**key_bits)``), ``missing`` when absent.

        >>> KeyTable(np.array([3, 8]), np.array([30, 80]), missing=0, key_bits=8).find(np.array([8, 9]))
        array([80,  0])
        """
        flat, unresolved, overflowed = self._slots(queries)
        found = self.slot_payload.reshape(-1).take(flat)
        found[unresolved] = self.missing  # slot 0 was read for an unmatched key: set to missing here
        unresolved &= overflowed
        if unresolved.any():
            index, hit = self._spilled(queries[unresolved])
            found[np.flatnonzero(unresolved)[hit]] = self.spilled_payload[index[hit]]
        return found

    @property
    def positions(self) -> int:
        """How many positions :meth:`lookup` can give: one per slot, then one per spilled key."""
        return self.slot_payload.size + len(self.spilled_keys)

    def lookup(self, queries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """:meth:`find`, and a number below :attr:`positions` that names each stored query
        key (-1 when absent): its slot, or after the slots its place among the spilled keys.
        Two keys never share one.

        >>> table = KeyTable(np.array([3, 8]), np.array([30, 80]), missing=0, key_bits=8)
        >>> found, where = table.lookup(np.array([8, 9, 3]))
        >>> found.tolist(), int(where[1]), bool(where[0] != where[2])
        ([80, 0, 30], -1, True)
        """
        flat, unresolved, overflowed = self._slots(queries)
        found = self.slot_payload.reshape(-1).take(flat)
        found[unresolved] = self.missing
        flat[unresolved] = -1
        unresolved &= overflowed
        if unresolved.any():
            index, hit = self._spilled(queries[unresolved])
            spilled = np.flatnonzero(unresolved)[hit]
            found[spilled] = self.spilled_payload[index[hit]]
            flat[spilled] = self.slot_payload.size + index[hit]
        return found, flat
