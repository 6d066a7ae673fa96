"""Interpolated Kneser-Ney trigram probabilities, in back-off form, from trigram counts.

Input: sorted unique trigram keys (``u<<42 | v<<21 | w``) and their counts. Output: the
log-probabilities a decoder needs, as arrays keyed like the counts:

- ``log_p1[w]``: unigram continuation probability (every token id);
- bigram keys ``v<<21 | w`` with ``log_p2`` and the back-off weight ``log_b2[v]``;
- trigram keys with ``log_p3`` (only trigrams seen ``min_count`` times or more are kept)
  and the back-off weight ``log_b3`` of their context ``u<<21 | v``, renormalised over the
  trigrams kept, so ``p(w|u v) = p3`` when stored, else ``b3(u v) * p(w|v)``.

One discount per order, ``D = n1 / (n1 + 2 n2)`` (Ney et al. 1994).
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
    discounts: tuple[float, float]


def discount(counts: np.ndarray) -> float:
    n1, n2 = np.count_nonzero(counts == 1), np.count_nonzero(counts == 2)
    return float(n1 / (n1 + 2 * n2))


def group_sums(group_ids: np.ndarray, values: np.ndarray, size: int) -> np.ndarray:
    return np.bincount(group_ids, weights=values, minlength=size)


def estimate(trigram_keys: np.ndarray, counts: np.ndarray, vocab_size: int, min_count: int) -> BackoffTrigram:
    """Kneser-Ney trigram model from unique sorted trigram keys and counts."""
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

    d2 = discount(c2)
    total2 = group_sums(v2, c2, vocab_size)
    types2 = np.bincount(v2, minlength=vocab_size).astype(np.float64)
    safe_total2 = np.maximum(total2, 1.0)
    b2 = np.where(total2 > 0, d2 * types2 / safe_total2, 1.0)
    p2 = np.maximum(c2 - d2, 0.0) / safe_total2[v2] + b2[v2] * p1[w2]

    # trigram level: raw counts
    c3 = counts.astype(np.float64)
    d3 = discount(c3)
    contexts = trigram_keys >> BITS
    context_keys, context_of_trigram = np.unique(contexts, return_inverse=True)
    total3 = np.bincount(context_of_trigram, weights=c3)
    types3 = np.bincount(context_of_trigram).astype(np.float64)
    lower = p2[bigram_of_trigram]
    p3 = (c3 - d3) / total3[context_of_trigram] + d3 * types3[context_of_trigram] / total3[context_of_trigram] * lower

    # prune, then renormalise each context's back-off weight over the trigrams kept
    kept = counts >= min_count
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
        discounts=(d2, d3),
    )
