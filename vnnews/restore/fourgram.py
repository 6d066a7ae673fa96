"""4-gram scores of a pruned candidate lattice, for the third-order Viterbi pass.

``scores[t - 3, h, i, j, l] = log p(l at t | h at t-3, i at t-2, j at t-1)``: the stored
``log p4`` when the 4-gram is in the model, else the context's back-off weight
``log b4(h i j)`` (0 for a context without stored 4-grams) plus the trigram score
``log p(l | i j)``. Only contexts that have stored 4-grams are looked up in the 4-gram
table. 4-gram keys hold four 16-bit ids, the first below ``FIRST_LIMIT`` (4-grams that
start with a rarer token are never stored).

>>> from vnnews.restore.lattice import build_lattice
>>> from vnnews.restore.model import load_model
>>> from vnnews.restore.viterbi import pair_scores, trigram_scores
>>> model = load_model()  # the shipped model is a trigram (format 1): run with a 4-gram one
>>> ids, valid = build_lattice("toi di hoc", model, width=2).as_arrays()
>>> tri = trigram_scores(ids, valid, *pair_scores(ids, valid, model), model)
>>> fourgram_scores(ids, valid, tri, model).shape  # doctest: +SKIP
(3, 2, 2, 2, 2)
"""

from __future__ import annotations

import numpy as np

from .model import ABSENT, ID_BITS, TrigramModel

IMPOSSIBLE = np.float32(-1e30)
FIRST_LIMIT = 1 << (ID_BITS - 1)


def pack(*ids: np.ndarray) -> np.ndarray:
    """The key of id tuples, ``ID_BITS`` bits per id, the first id highest.

    >>> int(pack(np.array([1]), np.array([2]), np.array([3]))[0]) == (1 << 32) | (2 << 16) | 3
    True
    """
    key = np.zeros(len(ids[0]), dtype=np.int64)
    for part in ids:
        key = (key << ID_BITS) | part
    return key


def fourgram_scores(ids: np.ndarray, valid: np.ndarray, tri: np.ndarray, model: TrigramModel) -> np.ndarray:
    """4-gram scores of every candidate quadruple, shape (positions - 3, width, width, width, width).

    ``tri`` holds the trigram scores (:func:`vnnews.restore.viterbi.trigram_scores`), ``IMPOSSIBLE``
    where a candidate of the triple is not valid.
    """
    scores = np.repeat(tri[1:, None], ids.shape[1], axis=1)
    scores[~valid[:-3]] = IMPOSSIBLE  # tri is IMPOSSIBLE already where (i, j, l) is not valid
    # a context is looked up when its three candidates are valid (position t+3 always has one)
    t, h, i, j = np.nonzero(valid[:-3, :, None, None] & valid[1:-2, None, :, None] & valid[2:-1, None, None, :])
    u, v, w = ids[t, h], ids[t + 1, i], ids[t + 2, j]
    usable = np.flatnonzero(u < FIRST_LIMIT)
    codes = model.fourgram_contexts.find(pack(u[usable], v[usable], w[usable]))
    known = codes != ABSENT
    stored = usable[known]
    if not len(stored):
        return scores
    t, h, i, j, u, v, w = (a[stored] for a in (t, h, i, j, u, v, w))
    scores[t, h, i, j, :] += model.log_b4[codes[known]][:, None]
    rows, l = np.nonzero(valid[t + 3])  # each stored context's valid next candidates
    log_p4 = model.log_p4[model.fourgrams.find(pack(u[rows], v[rows], w[rows], ids[t[rows] + 3, l]))]
    found = np.flatnonzero(~np.isnan(log_p4))
    rows, l = rows[found], l[found]
    scores[t[rows], h[rows], i[rows], j[rows], l] = log_p4[found]
    return scores
