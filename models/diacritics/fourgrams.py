"""The 4-gram level of the diacritics model and the pruning of its trigram level (used by ``build.py``).

Interpolated modified Kneser-Ney over four orders: raw counts at order 4, continuation
counts ``N1+(· v w x)`` at order 3 (raw counts for trigrams that start with ``<s>``), and
below that as :func:`kneser_ney.estimate` does. The trigram level may be pruned by
Stolcke's relative-entropy criterion; 4-grams are kept by count. 4-gram keys pack four
16-bit ids (the first below ``FIRST_LIMIT``, so a key fits 63 bits).
"""

from __future__ import annotations

import numpy as np

from counts import BITS, trigram_counts
from kneser_ney import BackoffTrigram, discounts

FIRST_LIMIT = 1 << 15
ID16 = (1 << 16) - 1


def fourgram_counts(stream: np.ndarray, start: int, end: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique 4-gram keys (four 16-bit ids, ``uint64``) and raw counts; 4-grams that
    end in ``<s>`` or run across an article's end are left out.

    >>> keys, counts = fourgram_counts(np.array([0, 0, 3, 4, 1, 0, 0, 3, 4, 1]), 0, 1)
    >>> [[(int(k) >> s) & ID16 for s in (48, 32, 16, 0)] for k in keys], counts.tolist()
    ([[0, 0, 3, 4], [0, 3, 4, 1]], [2, 2])
    """
    u, v, w, x = (stream[i : len(stream) - 3 + i].astype(np.uint64) for i in range(4))
    keep = (x != start) & (u != end) & (v != end) & (w != end)
    keys = (u[keep] << np.uint64(48)) | (v[keep] << np.uint64(32)) | (w[keep] << np.uint64(16)) | x[keep]
    return np.unique(keys, return_counts=True)


def continuation_counts(trigram_keys: np.ndarray, raw: np.ndarray, fourgram_keys: np.ndarray,
                        start: int) -> np.ndarray:
    """Order-3 counts: ``N1+(· v w x)`` over the 4-gram types, the raw count when ``v`` is ``<s>``.

    >>> tri, raw = trigram_counts(np.array([0, 0, 3, 4, 1, 0, 0, 3, 4, 1]))
    >>> four, _ = fourgram_counts(np.array([0, 0, 3, 4, 1, 0, 0, 3, 4, 1]), 0, 1)
    >>> continuation_counts(tri, raw, four, 0).tolist()
    [2, 2, 1]
    """
    v, w, x = ((fourgram_keys >> np.uint64(s)) & np.uint64(ID16) for s in (32, 16, 0))
    vwx = (v.astype(np.int64) << (2 * BITS)) | (w.astype(np.int64) << BITS) | x.astype(np.int64)
    types, n = np.unique(vwx, return_counts=True)
    where = np.searchsorted(trigram_keys, types)
    if not (trigram_keys[np.minimum(where, len(trigram_keys) - 1)] == types).all():
        raise ValueError("a 4-gram's last three tokens are no trigram of the stream")
    out = np.zeros(len(trigram_keys), dtype=np.int64)
    out[where] = n
    after_start = (trigram_keys >> (2 * BITS)) == start
    out = np.where(after_start, raw, out)
    if (out < 1).any():
        raise ValueError("a trigram without a continuation count")
    return out


def backed_off_log_p3(model: BackoffTrigram, v: np.ndarray, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The decoder's ``log p(x | v w)``: stored ``p3``, else ``b3(v w) p2(x | w)`` (bigrams are all stored)."""
    def find(keys: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        at = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
        return at, keys[at] == wanted

    at3, hit3 = find(model.trigram_keys, (v << (2 * BITS)) | (w << BITS) | x)
    at2, hit2 = find(model.bigram_keys, (w << BITS) | x)
    if not hit2.all():
        raise ValueError("a 4-gram's last two tokens are no stored bigram")
    atc, hitc = find(model.context_keys, (v << BITS) | w)
    log_b3 = np.where(hitc, model.log_b3[atc], 0.0)
    return np.where(hit3, model.log_p3[at3], log_b3 + model.log_p2[at2])


def relative_entropy(p: np.ndarray, lower: np.ndarray, context_of: np.ndarray, context_p: np.ndarray) -> np.ndarray:
    """What removing each n-gram alone would cost in relative entropy (Stolcke 1998).

    ``p``: its probability in its context; ``lower``: the back-off distribution's; the
    context's back-off weight is renormalised without it. ``context_p``: P(context).

    >>> cost = relative_entropy(np.array([0.5, 0.2]), np.array([0.1, 0.2]), np.array([0, 0]), np.array([1.0]))
    >>> bool(cost[0] > cost[1] > 0)
    True
    """
    rest = np.clip(1.0 - np.bincount(context_of, weights=p, minlength=len(context_p)), 1e-12, None)
    rest_low = np.clip(1.0 - np.bincount(context_of, weights=lower, minlength=len(context_p)), 1e-12, None)
    weight = (rest / rest_low)[context_of]
    weight_without = (rest[context_of] + p) / (rest_low[context_of] + lower)
    return context_p[context_of] * (p * (np.log(p) - np.log(weight_without * lower))
                                    + rest[context_of] * (np.log(weight) - np.log(weight_without)))


def context_probability(context_of: np.ndarray, raw: np.ndarray, tokens: int) -> np.ndarray:
    """P(context) from the raw counts of the n-grams that share it."""
    return np.bincount(context_of, weights=raw) / tokens


def trigram_entropy(model: BackoffTrigram, keys: np.ndarray, raw: np.ndarray, tokens: int) -> np.ndarray:
    """Stolcke's cost of each trigram of an unpruned ``model`` (its keys are ``keys``)."""
    bigram_of = np.searchsorted(model.bigram_keys, keys & ((1 << (2 * BITS)) - 1))
    _, context_of = np.unique(keys >> BITS, return_inverse=True)
    return relative_entropy(np.exp(model.log_p3), np.exp(model.log_p2[bigram_of]), context_of,
                            context_probability(context_of, raw, tokens))


def backoff_weights(context_of: np.ndarray, p: np.ndarray, lower: np.ndarray,
                    gamma: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each context's back-off weight renormalised over its kept n-grams, and whether it has any.

    Clipped to [γ, 1] (γ: nothing pruned): the plain ratio is unstable where the kept
    n-grams already hold nearly all the mass.

    >>> weights, has = backoff_weights(np.array([0]), np.array([0.5]), np.array([0.25]), np.array([0.2, 0.3]))
    >>> weights.round(3).tolist(), has.tolist()
    ([0.667, 1.0], [True, False])
    """
    mass = np.bincount(context_of, weights=p, minlength=len(gamma))
    mass_lower = np.bincount(context_of, weights=lower, minlength=len(gamma))
    weights = np.clip(np.clip(1.0 - mass, 1e-12, None) / np.clip(1.0 - mass_lower, 1e-12, None), gamma, 1.0)
    return weights, np.bincount(context_of, minlength=len(gamma)) > 0


def fourgram_level(model: BackoffTrigram, keys: np.ndarray, counts: np.ndarray, min_count: int,
                   threshold: float, tokens: int) -> dict:
    """The stored 4-grams with ``log p4`` and their contexts' keys with ``log b4`` (the back-off weight).

    4-grams are kept when seen ``min_count`` times or more and, with a ``threshold``, when
    removing them would cost at least that much relative entropy.
    """
    u = ((keys >> np.uint64(48)) & np.uint64(ID16)).astype(np.int64)
    context_keys, context_of = np.unique(keys >> np.uint64(16), return_inverse=True)
    per_gram, discount_values = discounts(counts)
    total = np.bincount(context_of, weights=counts)
    gamma = np.bincount(context_of, weights=per_gram) / total
    v, w, x = (((keys >> np.uint64(s)) & np.uint64(ID16)).astype(np.int64) for s in (32, 16, 0))
    lower = np.exp(backed_off_log_p3(model, v, w, x))
    p4 = (counts - per_gram) / total[context_of] + gamma[context_of] * lower
    kept = (counts >= min_count) & (u < FIRST_LIMIT)
    if threshold:
        kept &= relative_entropy(p4, lower, context_of, context_probability(context_of, counts, tokens)) >= threshold
    keys, p4, lower, context_of = keys[kept], p4[kept], lower[kept], context_of[kept]
    b4, has_kept = backoff_weights(context_of, p4, lower, gamma)
    return {"fourgram_keys": keys.astype(np.int64), "log_p4": np.log(p4),
            "context_keys": context_keys[has_kept].astype(np.int64), "log_b4": np.log(b4[has_kept]),
            "discounts": discount_values}
