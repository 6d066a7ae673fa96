"""A bucketed hash table of integer keys with a small integer payload, for NumPy look-ups.

Built once when the model loads from the sorted keys stored in the model file. Keys are
non-negative and below ``2**key_bits``; a bijective mix of that range gives each key a
hash whose top bits choose its bucket of ``BUCKET`` slots and whose other bits (the
"remainder") are all a slot needs to store: bucket and remainder together give the key
back exactly, so a 48-bit key is held in 4 bytes and a 32-bit one in 2; a remainder of
more than 31 bits (a 63-bit key) is held as its low 32 bits and the rest, in 6 bytes
instead of 8. A look-up of
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

from collections.abc import Iterable

import numpy as np

BUCKET = 8
FILL = 0.5  # keys per slot on average: half-full buckets rarely overflow
CHUNK = 1 << 16  # keys placed per step while building: bounds the temporary arrays
_EMPTY = -1  # remainder of an empty slot (remainders are never negative)
_LOW32, _HIGH_SHIFT = np.uint64(0xFFFFFFFF), np.uint64(32)
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
    return next(t for t in (np.int16, np.int32, np.int64) if bits < np.iinfo(t).bits)


class KeyTable:
    """Buckets of ``BUCKET`` slots for sorted, distinct keys in ``[0, 2**key_bits)``.

    The payload keeps its own integer type (one byte codes stay one byte); ``missing``
    is what :meth:`find` returns for an absent key and must fit that type.
    """

    def __init__(self, sorted_keys: np.ndarray, payload: np.ndarray, missing: int, key_bits: int = 63):
        slices = ((sorted_keys[low : low + CHUNK], payload[low : low + CHUNK])
                  for low in range(0, len(sorted_keys), CHUNK))
        self._build(len(sorted_keys), slices, payload.dtype, missing, key_bits)

    @classmethod
    def from_slices(cls, count: int, slices: Iterable[tuple[np.ndarray, np.ndarray]], dtype: np.dtype,
                    missing: int, key_bits: int = 63) -> KeyTable:
        """The table of ``count`` keys given as consecutive (keys, payload) slices, so that
        the whole key column never needs to be in memory.

        >>> keys = np.array([5, 17, 99])
        >>> table = KeyTable.from_slices(3, [(keys[:2], keys[:2] * 10), (keys[2:], keys[2:] * 10)],
        ...                              np.dtype(np.int64), missing=0, key_bits=8)
        >>> table.find(np.array([99, 6])).tolist()
        [990, 0]
        """
        table = cls.__new__(cls)
        table._build(count, slices, dtype, missing, key_bits)
        return table

    def _build(self, count: int, slices: Iterable[tuple[np.ndarray, np.ndarray]], dtype: np.dtype,
               missing: int, key_bits: int) -> None:
        if not 2 <= key_bits <= 63:
            raise ValueError("key_bits must be between 2 and 63")
        self.key_bits = key_bits
        self.bits = min(key_bits, max(2, int(np.ceil(np.log2(max(count, 1) / (BUCKET * FILL))))))
        self.missing = np.array(missing, dtype=dtype)
        if self.missing != missing:
            raise ValueError(f"missing={missing} does not fit the payload type {dtype}")
        self._shift, self._mask = np.uint64((key_bits + 1) // 2), np.uint64((1 << key_bits) - 1)
        self._rest_bits, self._rest_mask = np.uint64(key_bits - self.bits), np.uint64((1 << (key_bits - self.bits)) - 1)
        buckets = 1 << self.bits
        rest_bits = key_bits - self.bits
        if rest_bits < 32:
            self.slot_rest, self.slot_high = np.full((buckets, BUCKET), _EMPTY, dtype=_smallest_int(rest_bits)), None
        else:  # the low 32 bits, and the high ones beside them (an empty slot's high part is _EMPTY)
            self.slot_rest = np.zeros((buckets, BUCKET), dtype=np.uint32)
            self.slot_high = np.full((buckets, BUCKET), _EMPTY, dtype=_smallest_int(rest_bits - 32))
        self.slot_payload = np.full((buckets, BUCKET), missing, dtype=dtype)
        filled = np.zeros(buckets, dtype=np.int64)  # keys seen per bucket, placed or not
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
        self.spilled_keys, self.spilled_payload = np.concatenate(spilled_keys), np.concatenate(spilled_payload)
        order = np.argsort(self.spilled_keys)
        self.spilled_keys, self.spilled_payload = self.spilled_keys[order], self.spilled_payload[order]

    def _split(self, keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Bucket and remainder of each key: top and bottom bits of a bijective mix of the key."""
        mixed = keys.astype(np.uint64)  # xor-shift and odd multiplier modulo 2**key_bits: both invertible
        mixed ^= mixed >> self._shift
        mixed *= _MIX1
        mixed &= self._mask
        mixed ^= mixed >> self._shift
        mixed *= _MIX2  # the top bits, the bucket, now depend on every bit of the key
        mixed &= self._mask
        bucket = (mixed >> self._rest_bits).astype(np.intp)
        mixed &= self._rest_mask
        return bucket, mixed

    def _parts(self, rest: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
        """Remainders as stored: (whole, None), or (low 32 bits, high bits) for wide ones."""
        if self.slot_high is None:
            return rest.astype(self.slot_rest.dtype), None
        return (rest & _LOW32).astype(np.uint32), (rest >> _HIGH_SHIFT).astype(self.slot_high.dtype)

    def find(self, queries: np.ndarray) -> np.ndarray:
        """The payload of each query key (in ``[0, 2**key_bits)``), ``missing`` when absent.

        >>> KeyTable(np.array([3, 8]), np.array([30, 80]), missing=0, key_bits=8).find(np.array([8, 9]))
        array([80,  0])
        """
        bucket, rest = self._split(queries)
        low, high = self._parts(rest)
        match = self.slot_rest.take(bucket, axis=0) == low[:, None]  # (queries, BUCKET), one true at most
        if high is not None:
            match &= self.slot_high.take(bucket, axis=0) == high[:, None]
        match = match.view(np.dtype("<u8")).reshape(-1)  # 2**(8*slot), 0 when no slot matched
        found = self.slot_payload.reshape(-1).take(bucket * BUCKET + ((match * _SLOT_OF) >> _TOP_BYTE).astype(np.intp))
        unresolved = match == 0
        found[unresolved] = self.missing  # slot 0 was read for an unmatched key: set to missing here
        unresolved &= self.overflowed[bucket]  # the key may be one that did not fit
        if unresolved.any():
            wanted = queries[unresolved].astype(np.int64)
            index = np.minimum(np.searchsorted(self.spilled_keys, wanted), len(self.spilled_keys) - 1)
            hit = self.spilled_keys[index] == wanted
            found[np.flatnonzero(unresolved)[hit]] = self.spilled_payload[index[hit]]
        return found
