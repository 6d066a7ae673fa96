"""The 4-gram level of diacritic restoration: its scores and the third-order Viterbi pass."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from vnnews.restore import KEEP, WIDTH
from vnnews.restore.fourgram import FIRST_LIMIT, fourgram_scores, pack
from vnnews.restore.lattice import build_lattice
from vnnews.restore.model import ABSENT, load_model
from vnnews.restore.viterbi import IMPOSSIBLE, best_path4, pair_scores, prune, trigram_scores

from restore_fourgram_marker import needs_fourgram_model

scores_strategy = st.floats(min_value=-20, max_value=0, width=32)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 3), st.integers(1, 4), st.data())
def test_best_path4_finds_the_highest_scoring_path(width, tokens, data):
    """Against a brute force over every path (positions 0 and 1 fixed to candidate 0)."""
    first = np.full((width,) * 3, IMPOSSIBLE, dtype=np.float32)
    first[0, 0] = data.draw(arrays(np.float32, width, elements=scores_strategy))
    quads = data.draw(arrays(np.float32, (tokens - 1, width, width, width, width), elements=scores_strategy))
    path = best_path4(first, quads)

    def total(choice):
        full = (0, 0) + choice
        return first[0, 0, full[2]] + sum(quads[t - 3][full[t - 3 : t + 1]] for t in range(3, len(full)))

    best = max(total(choice) for choice in itertools.product(range(width), repeat=tokens))
    assert path[:2] == [0, 0] and len(path) == tokens + 2
    assert np.isclose(total(tuple(path[2:])), best, rtol=0, atol=1e-3)


def _pruned(text):
    model = load_model()
    ids, valid = build_lattice(text, model, WIDTH).as_arrays()
    case = np.zeros(ids.shape, dtype=np.float32)
    ids, valid, log_p2, log_b3, _ = prune(ids, valid, *pair_scores(ids, valid, model), case, KEEP)
    return model, ids, valid, trigram_scores(ids, valid, log_p2, log_b3, model)


@needs_fourgram_model
def test_fourgram_scores_are_the_stored_4gram_or_the_backed_off_trigram():
    model, ids, valid, tri = _pruned("Thu tuong Chinh phu da ky quyet dinh thanh lap ban chi dao phong chong thien tai")
    scores = fourgram_scores(ids, valid, tri, model)
    stored = backed_off = 0
    for t, h, i, j, l in zip(*np.nonzero(scores > IMPOSSIBLE / 2)):
        u, v, w, x = ids[t, h], ids[t + 1, i], ids[t + 2, j], ids[t + 3, l]
        code = model.fourgrams.find(pack(*(np.array([n]) for n in (u, v, w, x))))[0] if u < FIRST_LIMIT else ABSENT
        if code != ABSENT:
            stored += 1
            assert scores[t, h, i, j, l] == model.log_p4[code]
        else:
            backed_off += 1
            context = model.fourgram_contexts.find(pack(*(np.array([n]) for n in (u, v, w))))[0]
            weight = model.log_b4[context] if context != ABSENT and u < FIRST_LIMIT else 0.0
            assert np.isclose(scores[t, h, i, j, l], weight + tri[t + 1, i, j, l], atol=1e-5)
    assert stored and backed_off  # both cases were checked on this sentence


@needs_fourgram_model
def test_invalid_quadruples_are_impossible():
    model, ids, valid, tri = _pruned("toi di hoc, ve nha")
    scores = fourgram_scores(ids, valid, tri, model)
    quad_valid = (valid[:-3, :, None, None, None] & valid[1:-2, None, :, None, None]
                  & valid[2:-1, None, None, :, None] & valid[3:, None, None, None, :])
    assert (scores[~quad_valid] <= IMPOSSIBLE / 2).all() and (scores[quad_valid] > IMPOSSIBLE / 2).all()


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 4), st.integers(1, 6), st.data())
def test_best_path4_over_the_valid_candidates_alone_is_the_same_path(width, tokens, data):
    """``counts`` (valid candidates first, the rest IMPOSSIBLE) gives the dense pass's path,
    ties included: scores are drawn from a few values so equal totals are common."""
    counts = np.array([1, 1] + data.draw(st.lists(st.integers(1, width), min_size=tokens, max_size=tokens)))
    valid = np.arange(width)[None, :] < counts[:, None]
    few = st.sampled_from([-2.0, -1.0, -0.5, 0.0])
    first = np.full((width,) * 3, IMPOSSIBLE, dtype=np.float32)
    first[0, 0] = np.where(valid[2], data.draw(arrays(np.float32, width, elements=few)), IMPOSSIBLE)
    quads = data.draw(arrays(np.float32, (tokens - 1, width, width, width, width), elements=few))
    quad_valid = (valid[:-3, :, None, None, None] & valid[1:-2, None, :, None, None]
                  & valid[2:-1, None, None, :, None] & valid[3:, None, None, None, :])
    quads[~quad_valid] = IMPOSSIBLE
    assert best_path4(first, quads, counts) == best_path4(first, quads)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(["toi", "di", "hoc", "ve", "nha", "ma", "la", "co", "2020", ",", "Ha", "Noi"]),
                min_size=1, max_size=12))
def test_pruned_valid_candidates_come_first(words):
    """The decoder's compact pass relies on it: at every position the valid candidates are a prefix."""
    _, _, valid, _ = _pruned(" ".join(words))
    counts = valid.sum(axis=1)
    assert (counts >= 1).all()
    assert (valid == (np.arange(valid.shape[1])[None, :] < counts[:, None])).all()
