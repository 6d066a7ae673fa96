"""4-gram scores of a pruned candidate lattice, for the third-order Viterbi pass.

``scores[t - 3, h, i, j, l] = log p(l at t | h at t-3, i at t-2, j at t-1)``: the stored
``log p4`` when the 4-gram is in the model, else the context's back-off weight
``log b4(h i j)`` (0 for a context without stored 4-grams) plus the trigram score
``log p(l | i j)``. Only contexts whose two pairs are stored are looked up, and only
contexts that have stored 4-grams in the 4-gram table. In the model's tables a context is
keyed by the position of its first pair in the pair table and its last id, a 4-gram by
its context's position and its last id; both start with a token id below ``FIRST_LIMIT``
(4-grams that start with a rarer token are never stored).

>>> from vnnews.restore.lattice import build_lattice
>>> from vnnews.restore.model import load_model
>>> from vnnews.restore.viterbi import pair_scores, trigram_scores
>>> model = load_model()  # the shipped model has a 4-gram level (format 2)
>>> ids, valid = build_lattice("toi di hoc", model, width=2).as_arrays()
>>> log_p2, log_b3, pair_at = pair_scores(ids, valid, model)
>>> tri = trigram_scores(ids, valid, log_p2, log_b3, pair_at, model)
>>> fourgram_scores(ids, valid, tri, pair_at, model).shape
(3, 2, 2, 2, 2)
"""

from __future__ import annotations

import numpy as np

from .model import ABSENT, FIRST_LIMIT, ID_BITS, TrigramModel

IMPOSSIBLE = np.float32(-1e30)
__all__ = ["FIRST_LIMIT", "IMPOSSIBLE", "fourgram_scores"]


def fourgram_scores(ids: np.ndarray, valid: np.ndarray, tri: np.ndarray, pair_at: np.ndarray,
                    model: TrigramModel) -> np.ndarray:
    """4-gram scores of every candidate quadruple, shape (positions - 3, width, width, width, width).

    ``tri`` holds the trigram scores (:func:`vnnews.restore.viterbi.trigram_scores`), ``IMPOSSIBLE``
    where a candidate of the triple is not valid; ``pair_at[t, j, k]`` is the position of the
    pair of candidates j at t and k at t+1 in the model's pair table, -1 when it is not stored
    (a context's two pairs are, the model checks it; contexts are keyed by their first pair).
    """
    scores = np.repeat(tri[1:, None], ids.shape[1], axis=1)
    scores[~valid[:-3]] = IMPOSSIBLE  # tri is IMPOSSIBLE already where (i, j, l) is not valid
    # a context is looked up when its three candidates are valid (position t+3 always has one)
    # and both its pairs are stored
    stored_pair = pair_at >= 0
    t, h, i, j = np.nonzero(valid[:-3, :, None, None] & valid[1:-2, None, :, None] & valid[2:-1, None, None, :]
                            & stored_pair[:-2, :, :, None] & stored_pair[1:-1, None, :, :])
    codes, where = model.fourgram_contexts.lookup((pair_at[t, h, i] << ID_BITS) | ids[t + 2, j])
    stored = np.flatnonzero(codes != ABSENT)
    if not len(stored):
        return scores
    t, h, i, j = (a[stored] for a in (t, h, i, j))
    scores[t, h, i, j, :] += model.log_b4[codes[stored]][:, None]
    rows, l = np.nonzero(valid[t + 3])  # each stored context's valid next candidates
    context = where[stored]  # a 4-gram's key: its context's position and its last id
    log_p4 = model.log_p4[model.fourgrams.find((context[rows] << ID_BITS) | ids[t[rows] + 3, l])]
    found = np.flatnonzero(~np.isnan(log_p4))
    rows, l = rows[found], l[found]
    scores[t[rows], h[rows], i[rows], j[rows], l] = log_p4[found]
    return scores
