"""The 4-gram level: ``log p(x | u v w)`` over the trigram model's token ids.

Tried, not shipped (see ``models/diacritics/MODEL_CARD.md``). ``fourgram.npz`` (plain
arrays, SHA-256 in ``fourgram.json``, built by ``build_fourgram.py``) stores the 4-grams seen often enough with a
one-byte log-probability, and the back-off weight of each context that has some. A
4-gram not stored scores ``log b4(u v w) + log p3(x|v w)`` (``b4`` is 1 for a context
without stored 4-grams), the trigram score being given by the caller. Keys pack four
16-bit ids, the first below ``FIRST_LIMIT`` (rarer first words are never stored).

>>> pack(np.array([1]), np.array([2]), np.array([3]), np.array([4])).tolist() == [(1 << 48) | (2 << 32) | (3 << 16) | 4]
True
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from files import verified_arrays
from vnnews.errors import ModelError
from vnnews.restore.hashtable import KeyTable
from vnnews.restore.model import ABSENT, _codebook

FORMAT = 1
FIRST_LIMIT = 1 << 15  # a 4-gram key is 63 bits: the first id has 15
_ARRAYS = {"format", "gram_keys", "gram_p4", "gram_p4_book", "context_keys", "context_b4", "context_b4_book"}


def pack(u: np.ndarray, v: np.ndarray, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The int64 key of each 4-gram of 16-bit ids (``u`` below ``FIRST_LIMIT``)."""
    return (((((u.astype(np.int64) << 16) | v) << 16) | w) << 16) | x


class FourgramModel:
    """Stored 4-grams and context back-off weights, in look-up tables."""

    def __init__(self, arrays: dict[str, np.ndarray], vocabulary: int):
        fmt, size = (int(x) for x in arrays["format"])
        keys, contexts = arrays["gram_keys"], arrays["context_keys"]
        if (fmt, size) != (FORMAT, vocabulary) or keys.shape != arrays["gram_p4"].shape \
                or contexts.shape != arrays["context_b4"].shape or keys.dtype != np.int64 \
                or not (np.diff(keys) > 0).all() or not (np.diff(contexts) > 0).all():
            raise ModelError("diacritics 4-gram model does not fit this vnnews or its trigram model")
        self.grams = KeyTable(keys, arrays["gram_p4"], missing=ABSENT, key_bits=63)
        self.contexts = KeyTable(contexts, arrays["context_b4"], missing=ABSENT, key_bits=47)
        self.log_p4 = _codebook(arrays["gram_p4_book"], np.nan)
        self.log_b4 = _codebook(arrays["context_b4_book"], 0.0)

    def scores(self, u: np.ndarray, v: np.ndarray, w: np.ndarray, x: np.ndarray,
               log_p3: np.ndarray) -> np.ndarray:
        """``log p(x|u v w)`` given the trigram scores ``log p3(x|v w)``."""
        usable = u < FIRST_LIMIT
        u = np.where(usable, u, 0)
        log_p4 = self.log_p4[self.grams.find(pack(u, v, w, x))]
        log_b4 = self.log_b4[self.contexts.find(pack(np.zeros_like(u), u, v, w))]
        log_p4[~usable], log_b4[~usable] = np.nan, 0.0
        return np.where(np.isnan(log_p4), log_b4 + log_p3, log_p4)


def read_fourgram(path: Path, manifest_path: Path, vocabulary: int) -> FourgramModel:
    """Load and verify the 4-gram file against the SHA-256 in its manifest.

    >>> try:
    ...     read_fourgram(Path("no-such.npz"), Path("no-such.json"), 10)
    ... except ModelError:
    ...     print("ModelError")
    ModelError
    """
    arrays = verified_arrays(path, manifest_path, "4-gram")
    if set(arrays) != _ARRAYS:
        raise ModelError(f"diacritics 4-gram model {path.name} has unexpected arrays")
    return FourgramModel(arrays, vocabulary)
