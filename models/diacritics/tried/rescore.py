"""A second pass with the 4-gram level over the path the trigram Viterbi chose.

Every position that kept two candidates or more is looked at again with its neighbours
fixed as chosen: each of its candidates is scored by the four 4-gram terms it takes part
in (itself after the three tokens before it, and each of the next three tokens after
their three) plus its own case score, and the best one is taken. All positions are
looked at at once, ``PASSES`` times, so a change can move its neighbours in the next pass.

Tried, not shipped (see ``models/diacritics/MODEL_CARD.md``); used by ``evaluate.py``.
With ``bonus`` and ``gate``, a position whose best two candidates are less than ``gate``
apart also adds the window model's ``bonus``.
"""

from __future__ import annotations

import numpy as np

from fourgram import FourgramModel
from vnnews.restore.model import TrigramModel

ORDER = 4
PASSES = 1


def local_scores(sequence: np.ndarray, ids: np.ndarray, valid: np.ndarray, unary: np.ndarray,
                 rows: np.ndarray, model: TrigramModel, fourgram: FourgramModel) -> np.ndarray:
    """Score of each candidate of the positions ``rows`` with the rest of ``sequence`` fixed, shape (rows, width)."""
    reach = ORDER - 1
    padded = np.concatenate([np.full(reach, sequence[0]), sequence, np.full(reach, sequence[-1])])
    windows = padded[rows[:, None] + np.arange(2 * reach + 1)]  # (rows, 7): t-3 .. t+3
    windows = np.repeat(windows[:, None, :], ids.shape[1], axis=1)
    windows[:, :, reach] = ids[rows]
    term = np.arange(ORDER)
    inside = rows[:, None] + term < len(sequence)  # (rows, terms): the scored token exists
    grams = windows[:, :, term[:, None] + np.arange(ORDER)]  # (rows, width, terms, 4): u v w x
    r, k, j = np.nonzero(valid[rows][:, :, None] & inside[:, None, :])
    u, v, w, x = (grams[r, k, j, i] for i in range(ORDER))
    log_p2, _ = model.pair_scores(w, x)
    _, log_b3 = model.pair_scores(v, w)
    log_p4 = fourgram.scores(u, v, w, x, model.trigram_scores(v, w, x, log_p2, log_b3))
    scores = np.zeros(ids[rows].shape, dtype=np.float32)
    np.add.at(scores, (r, k), log_p4)
    scores += unary[rows]
    scores[~valid[rows]] = -np.inf
    return scores


def rescore(ids: np.ndarray, valid: np.ndarray, unary: np.ndarray, path: list[int], model: TrigramModel,
            fourgram: FourgramModel, bonus: np.ndarray | None = None, gate: float = 0.0) -> list[int]:
    """The token id at every position after the 4-gram passes over the Viterbi ``path``.

    ``ids``/``valid``/``unary`` are the pruned candidates, their mask and their own scores.
    """
    sequence = ids[np.arange(len(ids)), path]
    rows = np.flatnonzero(valid.sum(axis=1) >= 2)
    for _ in range(PASSES if len(rows) else 0):
        local = local_scores(sequence, ids, valid, unary, rows, model, fourgram)
        if bonus is not None:
            top_two = np.sort(local, axis=1)[:, -2:]
            close = (top_two[:, 1] - top_two[:, 0] < gate)[:, None]
            local = np.where(close, local + bonus[rows], local)
        best = local.argmax(axis=1)
        sequence = sequence.copy()
        sequence[rows] = ids[rows, best]
    return [int(i) for i in sequence]
