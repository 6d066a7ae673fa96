"""Exact third-order Viterbi decoding of the pruned lattice under a 4-gram model (nineteenth stop).

The shipped decoder (:func:`vnnews.restore.viterbi.best_forms`) keeps ``keep`` candidates
per position by their bigram neighbourhood and finds the best path under the trigram
model; here the same pruned lattice is decoded under the 4-gram level of ``fourgram.py``:
a state is the candidates at (t-2, t-1, t), and the score of candidate ``l`` at ``t``
after ``h i j`` is ``log p4(l | h i j)`` when stored, else ``log b4(h i j) + log p(l | i j)``
(the trigram model's score). Position 2 (the first token) is scored by the trigram model
(its context, "<s> .", stands for the text before the line). Tried, not shipped unless
the nineteenth stop's rule says so (see ``MODEL_CARD.md``).
"""

from __future__ import annotations

import numpy as np

from fourgram import FIRST_LIMIT, FourgramModel, pack
from vnnews.restore.lattice import Lattice
from vnnews.restore.model import ABSENT, TrigramModel
from vnnews.restore.viterbi import IMPOSSIBLE, pair_scores, prune, trigram_scores


def fourgram_scores(ids: np.ndarray, valid: np.ndarray, tri: np.ndarray, fourgram: FourgramModel) -> np.ndarray:
    """``scores[t - 3, h, i, j, l] = log p(l at t | h, i, j)`` given ``tri`` from ``trigram_scores``.

    Only contexts (h, i, j) that have stored 4-grams are looked up in the 4-gram table.
    """
    quad_valid = (valid[:-3, :, None, None, None] & valid[1:-2, None, :, None, None]
                  & valid[2:-1, None, None, :, None] & valid[3:, None, None, None, :])
    scores = np.broadcast_to(tri[None, 1:], (ids.shape[1],) + tri[1:].shape).swapaxes(0, 1).copy()
    scores[~quad_valid] = IMPOSSIBLE
    ctx_valid = quad_valid.any(axis=4)
    t, h, i, j = np.nonzero(ctx_valid)
    u, v, w = ids[t, h], ids[t + 1, i], ids[t + 2, j]
    usable = u < FIRST_LIMIT
    t, h, i, j, u, v, w = (a[usable] for a in (t, h, i, j, u, v, w))
    codes = fourgram.contexts.find(pack(np.zeros_like(u), u, v, w))
    has = codes != ABSENT
    t, h, i, j, u, v, w = (a[has] for a in (t, h, i, j, u, v, w))
    scores[t, h, i, j, :] += fourgram.log_b4[codes[has]][:, None]
    width = ids.shape[1]
    rows = np.repeat(np.arange(len(t)), width)
    l = np.tile(np.arange(width), len(t))
    ok = quad_valid[t[rows], h[rows], i[rows], j[rows], l]
    rows, l = rows[ok], l[ok]
    x = ids[t[rows] + 3, l]
    log_p4 = fourgram.log_p4[fourgram.grams.find(pack(u[rows], v[rows], w[rows], x))]
    found = ~np.isnan(log_p4)
    scores[t[rows][found], h[rows][found], i[rows][found], j[rows][found], l[found]] = log_p4[found]
    return scores


def best_path4(first: np.ndarray, quads: np.ndarray) -> list[int]:
    """Candidate index at every position of the best path; ``first[i, j, l]`` scores position 2
    (positions 0 and 1 have one candidate), ``quads[t - 3]`` position ``t``."""
    width = first.shape[-1]
    best = np.full((width, width, width), IMPOSSIBLE, dtype=np.float32)  # over (t-2, t-1, t)
    best[0, 0, :] = first[0, 0, :]
    positions = quads.shape[0] + 3
    back = np.zeros((positions, width, width, width), dtype=np.intp)
    for t in range(3, positions):
        total = best[:, :, :, None] + quads[t - 3]
        back[t] = total.argmax(axis=0)
        best = total.max(axis=0)
    path = [0] * positions
    path[-3:] = (int(c) for c in np.unravel_index(int(best.argmax()), best.shape))
    for t in range(positions - 1, 2, -1):
        path[t - 3] = int(back[t, path[t - 2], path[t - 1], path[t]])
    return path


def best_forms4(lattice: Lattice, model: TrigramModel, keep: int, fourgram: FourgramModel) -> list[int]:
    """Token id chosen at every lattice position (``vnnews.restore.viterbi.best_forms`` with a 4-gram)."""
    ids, valid = lattice.as_arrays()
    case = model.log_case[np.asarray(lattice.cases)[:, None], ids]
    for position, (named, bonus) in lattice.bonus.items():
        case[position] += bonus * (ids[position][:, None] == named).any(axis=1)
    ids, valid, log_p2, log_b3, case = prune(ids, valid, *pair_scores(ids, valid, model), case, keep)
    tri = trigram_scores(ids, valid, log_p2, log_b3, model)
    quads = fourgram_scores(ids, valid, tri, fourgram) + case[3:, None, None, None, :]
    path = best_path4(tri[0] + case[2][None, None, :], quads)
    return [int(ids[t, c]) for t, c in enumerate(path)]
