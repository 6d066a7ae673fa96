"""The 4-gram level of diacritic restoration: its scores and the third-order Viterbi pass."""

from __future__ import annotations

import itertools

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from vnnews.resources import model_file
from vnnews.restore import KEEP, WIDTH
from vnnews.restore.fourgram import fourgram_scores
from vnnews.restore.lattice import build_lattice
from vnnews.restore.model import ABSENT, load_model
from vnnews.restore.viterbi import IMPOSSIBLE, best_path4, pair_scores, prune, trigram_scores


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
    ids, valid, log_p2, log_b3, pair_at, _ = prune(ids, valid, *pair_scores(ids, valid, model), case, KEEP)
    return model, ids, valid, pair_at, trigram_scores(ids, valid, log_p2, log_b3, pair_at, model)


def test_fourgram_scores_are_the_stored_4gram_or_the_backed_off_trigram():
    model, ids, valid, pair_at, tri = _pruned("Thu tuong Chinh phu da ky quyet dinh thanh lap ban chi dao phong "
                                              "chong thien tai")
    scores = fourgram_scores(ids, valid, tri, pair_at, model)
    stored = backed_off = 0
    for t, h, i, j, l in zip(*np.nonzero(scores > IMPOSSIBLE / 2)):
        u, v, w, x = ids[t, h], ids[t + 1, i], ids[t + 2, j], ids[t + 3, l]
        context, code = (int(c[0]) for c in model.fourgram_codes(*(np.array([n]) for n in (u, v, w, x))))
        if code != ABSENT:
            stored += 1
            assert scores[t, h, i, j, l] == model.log_p4[code]
        else:
            backed_off += 1
            weight = model.log_b4[context] if context != ABSENT else 0.0
            assert np.isclose(scores[t, h, i, j, l], weight + tri[t + 1, i, j, l], atol=1e-5)
    assert stored and backed_off  # both cases were checked on this sentence


def _stored_codes(keys, codes, queries):
    """The code of each query key in the model file's sorted key column, ABSENT when not there."""
    index = np.minimum(np.searchsorted(keys, queries), len(keys) - 1)
    return np.where(keys[index] == queries, codes[index], ABSENT)


def test_decoder_scores_match_the_model_file_read_directly():
    # The decoder looks up only triples whose two pairs are stored and keys its tables by the
    # position of a pair or context: every score must still be what the file's own sorted
    # columns give (trigram keys of 21-bit ids, 4-gram and context keys of 16-bit ids).
    with np.load(model_file("diacritics", "diacritics.npz")) as npz:
        arrays = {name: npz[name] for name in ("format", "trigram_keys", "trigram_p3", "fourgram_keys", "fourgram_p4",
                                               "fourgram_context_keys", "fourgram_b4")}
    bits = int(arrays["format"][1])
    for text in ("Thu tuong Chinh phu da ky quyet dinh thanh lap ban chi dao phong chong thien tai",
                 "Nguoi dan o cac xa vung cao da duoc ho tro gao cuu doi trong dip Tet"):
        model, ids, valid, pair_at, tri = _pruned(text)
        log_p2, log_b3, _ = pair_scores(ids, valid, model)
        t, i, j, k = np.nonzero(tri > IMPOSSIBLE / 2)
        u, v, w = ids[t, i], ids[t + 1, j], ids[t + 2, k]
        codes = _stored_codes(arrays["trigram_keys"], arrays["trigram_p3"], (u << 2 * bits) | (v << bits) | w)
        log_p2, log_b3 = model.pair_scores(v, w)[0], model.pair_scores(u, v)[1]
        expected = np.where(codes != ABSENT, model.log_p3[codes], log_b3 + log_p2)
        assert (codes != ABSENT).any() and (tri[t, i, j, k] == expected).all()
        quads = fourgram_scores(ids, valid, tri, pair_at, model)
        t, h, i, j, l = np.nonzero(quads > IMPOSSIBLE / 2)
        u, v, w, x = ids[t, h], ids[t + 1, i], ids[t + 2, j], ids[t + 3, l]
        context = _stored_codes(arrays["fourgram_context_keys"], arrays["fourgram_b4"], (u << 32) | (v << 16) | w)
        code = _stored_codes(arrays["fourgram_keys"], arrays["fourgram_p4"], (u << 48) | (v << 32) | (w << 16) | x)
        expected = np.where(code != ABSENT, model.log_p4[code], model.log_b4[context] + tri[t + 1, i, j, l])
        assert (code != ABSENT).any() and (quads[t, h, i, j, l] == expected).all()


def test_invalid_quadruples_are_impossible():
    model, ids, valid, pair_at, tri = _pruned("toi di hoc, ve nha")
    scores = fourgram_scores(ids, valid, tri, pair_at, model)
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
    _, _, valid, _, _ = _pruned(" ".join(words))
    counts = valid.sum(axis=1)
    assert (counts >= 1).all()
    assert (valid == (np.arange(valid.shape[1])[None, :] < counts[:, None])).all()
