"""Exact Viterbi decoding of a candidate lattice under the trigram model or, when the
model has a 4-gram level, third-order under the 4-gram model (:mod:`.fourgram`).

Two steps, both vectorised with NumPy (model look-ups through
:class:`vnnews.restore.hashtable.KeyTable`): first every position keeps its ``keep`` candidates that fit their bigram
neighbourhood best (best left neighbour + best right neighbour), then all trigram (and
4-gram) scores of the pruned lattice are looked up at once and the left-to-right pass only
adds, maximises and remembers the best predecessor over keep**3 (with 4-grams keep**4) arrays.
Each candidate's score also has ``log P(case | word)`` added where the case tells
something ("Hải" capitalised after a word is more likely a name than "hai").

>>> from vnnews.restore.lattice import build_lattice
>>> from vnnews.restore.model import load_model
>>> model = load_model()
>>> lattice = build_lattice("toi di hoc", model, width=8)
>>> [model.forms[i] for i in best_forms(lattice, model, keep=4)][2:5]
['tôi', 'đi', 'học']
"""

from __future__ import annotations

import numpy as np

from .fourgram import IMPOSSIBLE, fourgram_scores
from .lattice import Lattice
from .model import TrigramModel

MARGIN = 8.0  # a candidate whose neighbourhood fits this much worse (log) than the best is dropped


def pair_scores(ids: np.ndarray, valid: np.ndarray,
                model: TrigramModel) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``log p(k at t | j at t-1)``, the back-off weight of (j, k) and the position of the pair
    (j, k) in the model's pair table (-1 when not stored), shape (t-1, j, k).

    >>> from vnnews.restore.lattice import build_lattice
    >>> from vnnews.restore.model import load_model
    >>> model = load_model()
    >>> ids, valid = build_lattice("toi di", model, width=4).as_arrays()
    >>> [a.shape for a in pair_scores(ids, valid, model)]
    [(4, 4, 4), (4, 4, 4), (4, 4, 4)]
    """
    pair_valid = valid[:-1, :, None] & valid[1:, None, :]
    t, j, k = np.nonzero(pair_valid)
    log_p2 = np.full(pair_valid.shape, IMPOSSIBLE, dtype=np.float32)
    log_b3 = np.zeros(pair_valid.shape, dtype=np.float32)
    pair_at = np.full(pair_valid.shape, -1, dtype=np.int64)
    log_p2[t, j, k], log_b3[t, j, k], pair_at[t, j, k] = model.pair_lookup(ids[t, j], ids[t + 1, k])
    return log_p2, log_b3, pair_at


def prune(ids: np.ndarray, valid: np.ndarray, log_p2: np.ndarray, log_b3: np.ndarray, pair_at: np.ndarray,
          case: np.ndarray, keep: int) -> tuple[np.ndarray, ...]:
    """Keep at every position the ``keep`` candidates with the best bigram neighbourhood
    (best left neighbour + best right neighbour + case); the other arrays are cut to match.

    >>> from vnnews.restore.lattice import build_lattice
    >>> from vnnews.restore.model import load_model
    >>> model = load_model()
    >>> ids, valid = build_lattice("toi di hoc", model, width=8).as_arrays()
    >>> case = np.zeros(ids.shape, dtype=np.float32)
    >>> kept = prune(ids, valid, *pair_scores(ids, valid, model), case, keep=2)
    >>> kept[0].shape, model.forms[kept[0][2, 0]]
    ((6, 2), 'tôi')
    """
    if ids.shape[1] <= keep:
        return ids, valid, log_p2, log_b3, pair_at, case
    fit = case.copy()
    fit[1:] += log_p2.max(axis=1)
    fit[:-1] += log_p2.max(axis=2)
    fit[~valid] = IMPOSSIBLE
    order = np.argsort(-fit, axis=1, kind="stable")[:, :keep]
    rows = np.arange(len(ids))[:, None]  # with order: each position's kept candidates
    pairs = (rows[:-1, :, None], order[:-1, :, None], order[1:, None, :])
    kept_fit = fit[rows, order]
    close = kept_fit >= kept_fit[:, :1] - MARGIN
    return (ids[rows, order], valid[rows, order] & close, log_p2[pairs], log_b3[pairs], pair_at[pairs],
            case[rows, order])


def trigram_scores(ids: np.ndarray, valid: np.ndarray, log_p2: np.ndarray, log_b3: np.ndarray,
                   pair_at: np.ndarray, model: TrigramModel) -> np.ndarray:
    """``scores[t - 2, i, j, k] = log p(cand k at t | cand i at t-2, cand j at t-1)``.

    Only triples whose two pairs are stored are looked up (the model guarantees that
    every stored trigram's pairs are stored); the others back off.

    >>> from vnnews.restore.lattice import build_lattice
    >>> from vnnews.restore.model import load_model
    >>> model = load_model()
    >>> ids, valid = build_lattice("toi di", model, width=2).as_arrays()
    >>> trigram_scores(ids, valid, *pair_scores(ids, valid, model), model).shape
    (3, 2, 2, 2)
    """
    tri_valid = valid[:-2, :, None, None] & valid[1:-1, None, :, None] & valid[2:, None, None, :]
    scores = np.where(tri_valid, log_b3[:-1, :, :, None] + log_p2[1:, None, :, :], IMPOSSIBLE)
    known = pair_at >= 0
    t, i, j, k = np.nonzero(tri_valid & known[:-1, :, :, None] & known[1:, None, :, :])
    log_p3 = model.stored_trigrams_at(pair_at[t, i, j], ids[t + 2, k])
    stored = np.flatnonzero(~np.isnan(log_p3))
    scores[t[stored], i[stored], j[stored], k[stored]] = log_p3[stored]
    return scores


def best_path(scores: np.ndarray) -> list[int]:
    """Candidate index at every position of the highest-scoring path (positions 0, 1 are fixed).

    >>> scores = np.full((2, 2, 2, 2), IMPOSSIBLE, dtype=np.float32)
    >>> scores[0, 0, 0, :] = [-2.0, -1.0]  # position 2: candidate 1 is likelier
    >>> scores[1, 0, 1, 0] = scores[1, 1, 1, 0] = 0.0  # position 3 has one candidate
    >>> best_path(scores)
    [0, 0, 1, 0]
    """
    positions, width = scores.shape[0] + 2, scores.shape[1]
    best = np.full((width, width), IMPOSSIBLE, dtype=np.float32)  # over (t-1, t)
    best[0, 0] = 0.0
    back = np.zeros((positions, width, width), dtype=np.intp)
    for t in range(2, positions):
        total = best[:, :, None] + scores[t - 2]
        back[t] = total.argmax(axis=0)
        best = total.max(axis=0)
    last, now = np.unravel_index(int(best.argmax()), best.shape)
    path = [0] * positions
    path[-2], path[-1] = int(last), int(now)
    for t in range(positions - 1, 1, -1):
        path[t - 2] = int(back[t, path[t - 1], path[t]])
    return path


def best_path4(first: np.ndarray, quads: np.ndarray, counts: np.ndarray | None = None) -> list[int]:
    """Candidate index at every position of the highest-scoring path under a 4-gram model.

    ``first[0, 0, l]`` scores position 2 (positions 0 and 1 have one candidate), ``quads[t - 3]``
    position ``t``; a state is the candidates at (t-2, t-1, t). ``counts[t]``, when given, says
    that only the first ``counts[t]`` candidates of position ``t`` are valid (the others score
    ``IMPOSSIBLE``): the pass then runs over those alone, and a position left behind with one
    candidate costs one addition (same path: a valid path always beats an impossible one, and
    among equal scores the first candidate wins either way).

    >>> first = np.full((2, 2, 2), IMPOSSIBLE, dtype=np.float32)
    >>> first[0, 0, :] = [-1.0, -2.0]  # position 2 alone would take candidate 0 ...
    >>> quads = np.full((1, 2, 2, 2, 2), IMPOSSIBLE, dtype=np.float32)
    >>> quads[0, 0, 0, :, 0] = [-5.0, 0.0]  # ... but position 3 wants candidate 1 before it
    >>> best_path4(first, quads), best_path4(first, quads, counts=np.array([1, 1, 2, 1]))
    ([0, 0, 1, 0], [0, 0, 1, 0])
    """
    positions = quads.shape[0] + 3
    n = [first.shape[-1]] * positions if counts is None else counts.tolist()
    best = first[: n[0], : n[1], : n[2]]  # over (t-2, t-1, t)
    back: list[np.ndarray | None] = [None] * positions  # None: the one candidate, 0
    for t in range(3, positions):
        quad = quads[t - 3, : n[t - 3], : n[t - 2], : n[t - 1], : n[t]]
        if n[t - 3] == 1:
            best = best[0, :, :, None] + quad[0]
        else:
            total = best[:, :, :, None] + quad
            back[t] = total.argmax(axis=0)
            best = total.max(axis=0)
    path = [0] * positions
    path[-3:] = (int(c) for c in np.unravel_index(int(best.argmax()), best.shape))
    for t in range(positions - 1, 2, -1):
        step = back[t]
        path[t - 3] = 0 if step is None else int(step[path[t - 2], path[t - 1], path[t]])
    return path


def best_forms(lattice: Lattice, model: TrigramModel, keep: int) -> list[int]:
    """Token id chosen at every lattice position (third-order pass when the model has 4-grams).

    >>> from vnnews.restore.lattice import build_lattice
    >>> from vnnews.restore.model import load_model
    >>> model = load_model()
    >>> [model.forms[i] for i in best_forms(build_lattice("Ha Noi", model, 16), model, keep=4)]
    ['<s>', '.', 'hà', 'nội', '</s>']
    """
    ids, valid = lattice.as_arrays()
    case = model.log_case[np.asarray(lattice.cases)[:, None], ids]
    for position, (named, bonus) in lattice.bonus.items():
        case[position] += bonus * (ids[position][:, None] == named).any(axis=1)
    ids, valid, log_p2, log_b3, pair_at, case = prune(ids, valid, *pair_scores(ids, valid, model), case, keep)
    scores = trigram_scores(ids, valid, log_p2, log_b3, pair_at, model)
    if model.fourgrams is None:
        path = best_path(scores + case[2:, None, None, :])
    else:
        first = np.full(scores.shape[1:], IMPOSSIBLE, dtype=np.float32)
        first[0, 0] = scores[0, 0, 0] + case[2]
        quads = fourgram_scores(ids, valid, scores, pair_at, model) + case[3:, None, None, None, :]
        path = best_path4(first, quads, valid.sum(axis=1))  # valid candidates come first (prune)
    return [int(ids[t, c]) for t, c in enumerate(path)]
