"""Interpolated Kneser-Ney trigram probabilities, in back-off form, from trigram counts.

Input: sorted unique trigram keys (``u<<42 | v<<21 | w``) and their counts. Output: the
log-probabilities a decoder needs, as arrays keyed like the counts:

- ``log_p1[w]``: unigram continuation probability (every token id);
- bigram keys ``v<<21 | w`` with ``log_p2`` and the back-off weight ``log_b2[v]``;
- trigram keys with ``log_p3`` (only trigrams seen ``min_count`` times or more are kept)
  and the back-off weight ``log_b3`` of their context ``u<<21 | v``, renormalised over the
  trigrams kept, so ``p(w|u v) = p3`` when stored, else ``b3(u v) * p(w|v)``.

Modified Kneser-Ney: three discounts per order, for n-grams seen once, twice and
more often (Chen & Goodman 1998).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from counts import BITS, MASK


@dataclass
class BackoffTrigram:
    log_p1: np.ndarray
    bigram_keys: np.ndarray
    log_p2: np.ndarray
    log_b2: np.ndarray
    trigram_keys: np.ndarray
    log_p3: np.ndarray
    context_keys: np.ndarray
    log_b3: np.ndarray
    discounts: tuple[tuple[float, float, float], tuple[float, float, float]]


def discounts(counts: np.ndarray) -> tuple[np.ndarray, tuple[float, float, float]]:
    """Modified Kneser-Ney discounts D1, D2, D3+ (Chen & Goodman 1998), one per n-gram.

    >>> per_ngram, (d1, d2, d3) = discounts(np.array([1, 1, 1, 1, 2, 2, 3, 4, 9]))
    >>> round(d1, 3), round(d2, 3), round(d3, 3), bool(per_ngram[-1] == d3)
    (0.5, 1.25, 1.0, True)
    """
    n1, n2, n3, n4 = (np.count_nonzero(counts == c) for c in (1, 2, 3, 4))
    y = n1 / (n1 + 2 * n2) if n1 + n2 else 0.5
    if n1 and n2 and n3 and n4:
        d = (1 - 2 * y * n2 / n1, 2 - 3 * y * n3 / n2, 3 - 4 * y * n4 / n3)
    else:  # too little data for three discounts: one, as in plain Kneser-Ney
        d = (y, y, y)
    return np.asarray(d)[np.minimum(counts, 3).astype(np.int64) - 1], tuple(float(x) for x in d)


def estimate(trigram_keys: np.ndarray, counts: np.ndarray, vocab_size: int, min_count: int,
             keep: np.ndarray | None = None) -> BackoffTrigram:
    """Kneser-Ney trigram model from unique sorted trigram keys and counts.

    Trigrams seen ``min_count`` times or more are kept, or those ``keep`` marks (a mask
    over the keys) when given.

    >>> from counts import trigram_counts
    >>> stream = np.array([0, 0, 3, 4, 1] * 3 + [0, 0, 3, 5, 1] * 4 + [0, 0, 4, 3, 1])
    >>> model = estimate(*trigram_counts(stream), vocab_size=6, min_count=2)
    >>> len(model.trigram_keys), bool(np.exp(model.log_p1).sum().round(6) == 1.0)
    (5, True)
    """
    vw = trigram_keys & ((1 << (2 * BITS)) - 1)

    # bigram level: continuation counts N1+(. v w); after <s> the raw counts
    bigram_keys, bigram_of_trigram, continuation = np.unique(vw, return_inverse=True, return_counts=True)
    after_start = (bigram_keys >> BITS) == 0
    raw = np.bincount(bigram_of_trigram, weights=counts, minlength=len(bigram_keys))
    c2 = np.where(after_start, raw, continuation).astype(np.float64)
    v2, w2 = bigram_keys >> BITS, bigram_keys & MASK

    # unigram: N1+(. w) over bigram types, add-one smoothed over the vocabulary
    c1 = np.bincount(w2, minlength=vocab_size).astype(np.float64)
    p1 = (c1 + 1.0) / (c1.sum() + vocab_size)

    d2, d2_values = discounts(c2)
    total2 = np.bincount(v2, weights=c2, minlength=vocab_size)
    safe_total2 = np.maximum(total2, 1.0)
    b2 = np.where(total2 > 0, np.bincount(v2, weights=d2, minlength=vocab_size) / safe_total2, 1.0)
    p2 = np.maximum(c2 - d2, 0.0) / safe_total2[v2] + b2[v2] * p1[w2]

    # trigram level: raw counts
    c3 = counts.astype(np.float64)
    d3, d3_values = discounts(c3)
    context_keys, context_of_trigram = np.unique(trigram_keys >> BITS, return_inverse=True)
    total3 = np.bincount(context_of_trigram, weights=c3)[context_of_trigram]
    gamma3 = np.bincount(context_of_trigram, weights=d3)[context_of_trigram] / total3
    lower = p2[bigram_of_trigram]
    p3 = (c3 - d3) / total3 + gamma3 * lower

    # prune, then renormalise each context's back-off weight over the trigrams kept
    kept = counts >= min_count if keep is None else keep
    kept_context = np.bincount(context_of_trigram[kept], minlength=len(context_keys)) > 0
    mass3 = np.bincount(context_of_trigram[kept], weights=p3[kept], minlength=len(context_keys))
    mass2 = np.bincount(context_of_trigram[kept], weights=lower[kept], minlength=len(context_keys))
    b3 = np.clip(1.0 - mass3, 1e-12, None) / np.clip(1.0 - mass2, 1e-12, None)

    return BackoffTrigram(
        log_p1=np.log(p1),
        bigram_keys=bigram_keys,
        log_p2=np.log(p2),
        log_b2=np.log(b2),
        trigram_keys=trigram_keys[kept],
        log_p3=np.log(p3[kept]),
        context_keys=context_keys[kept_context],
        log_b3=np.log(b3[kept_context]),
        discounts=(d2_values, d3_values),
    )
