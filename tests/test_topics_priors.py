"""Corpus prior adaptation: EM recovers priors, adjusting is Bayes' rule, the batch path keeps order."""

from __future__ import annotations

import dataclasses
import importlib.util
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnnews.errors import InputError, ModelError
from vnnews.topics import adjust_to_priors, estimate_priors, load_topic_model


def simplex(size: int, floor: float = 0.0):
    """Hypothesis strategy: a probability vector of ``size`` entries, each at least ``floor``."""
    return st.lists(st.floats(0.05, 1.0), min_size=size, max_size=size).map(
        lambda w: floor + (1 - size * floor) * np.array(w) / np.sum(w)
    )


def calibrated_sample(train_priors, corpus_priors, seed, n=20_000, separation=0.7):
    """Exactly calibrated posteriors (under ``train_priors``) of ``n`` draws from ``corpus_priors``.

    Each class emits one of k symbols, its own with probability ``separation``; the posterior of
    a symbol follows from Bayes' rule with the train priors. Returns (posteriors, true labels).
    """
    k = len(train_priors)
    rng = np.random.default_rng(seed)
    emit = np.full((k, k), (1 - separation) / (k - 1))
    np.fill_diagonal(emit, separation)
    labels = rng.choice(k, size=n, p=corpus_priors)
    other = (labels + rng.integers(1, k, size=n)) % k  # any other symbol, evenly
    symbols = np.where(rng.random(n) < separation, labels, other)
    joint = emit[:, symbols].T * train_priors
    return joint / joint.sum(axis=1, keepdims=True), labels


@settings(max_examples=25, deadline=None)
@given(st.integers(2, 5).flatmap(lambda k: st.tuples(simplex(k, 0.05), simplex(k, 0.02))), st.integers(0, 2**16))
def test_em_recovers_the_priors_of_a_shifted_corpus(priors, seed):
    train_priors, corpus_priors = priors
    posteriors, labels = calibrated_sample(train_priors, corpus_priors, seed)
    drawn = np.bincount(labels, minlength=len(train_priors)) / len(labels)
    estimated = estimate_priors(posteriors, train_priors)
    assert estimated.sum() == pytest.approx(1.0)
    assert np.abs(estimated - drawn).max() < 0.04
    # the estimate beats simply averaging the posteriors whenever the shift is large
    if np.abs(corpus_priors - train_priors).max() > 0.2:
        assert np.abs(estimated - drawn).sum() < np.abs(posteriors.mean(axis=0) - drawn).sum()


@given(st.integers(2, 6).flatmap(lambda k: st.tuples(simplex(k, 0.01), st.lists(simplex(k), min_size=1, max_size=8))),
       st.floats(0.1, 1000))
def test_adjusting_to_the_same_priors_is_the_identity(case, scale):
    priors, rows = case
    rows = np.array(rows)
    np.testing.assert_allclose(adjust_to_priors(rows, priors, priors), rows, atol=1e-12)
    # counts instead of shares mean the same priors
    np.testing.assert_allclose(adjust_to_priors(rows, priors, priors * scale), rows, atol=1e-12)


@given(st.integers(2, 6).flatmap(lambda k: st.tuples(simplex(k, 0.01), simplex(k, 0.01), st.lists(simplex(k, 0.001), min_size=1, max_size=8))))
def test_adjusting_there_and_back_gives_the_probabilities_again(case):
    first, second, rows = case
    rows = np.array(rows)
    moved = adjust_to_priors(rows, first, second)
    np.testing.assert_allclose(moved.sum(axis=1), 1.0)
    np.testing.assert_allclose(adjust_to_priors(moved, second, first), rows, atol=1e-9)


def test_adjusting_raises_the_probability_of_a_class_made_more_likely():
    moved = adjust_to_priors([[0.5, 0.3, 0.2]], [0.2, 0.4, 0.4], [0.6, 0.2, 0.2])
    assert moved[0, 0] > 0.5 and moved.sum() == pytest.approx(1.0)
    assert adjust_to_priors([[0.5, 0.5]], [0.5, 0.5], [1.0, 0.0]).tolist() == [[1.0, 0.0]]


def test_em_agrees_with_mlquantify():
    mlquantify = pytest.importorskip("mlquantify.likelihood")
    train_priors = np.array([0.5, 0.3, 0.2])
    posteriors, _ = calibrated_sample(train_priors, np.array([0.1, 0.3, 0.6]), seed=3, n=5000)
    theirs, _ = mlquantify.EMQ.EM(posteriors, train_priors, tolerance=1e-10, max_iter=10_000)
    np.testing.assert_allclose(estimate_priors(posteriors, train_priors, tol=1e-10, max_iter=10_000), theirs, atol=1e-6)


def test_em_warns_when_it_runs_out_of_iterations():
    posteriors, _ = calibrated_sample(np.array([0.5, 0.5]), np.array([0.9, 0.1]), seed=0, n=500)
    with pytest.warns(RuntimeWarning, match="did not converge"):
        estimate_priors(posteriors, [0.5, 0.5], max_iter=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        estimate_priors(posteriors, [0.5, 0.5])


GOOD = np.full((60, 3), 1 / 3)


@pytest.mark.parametrize(
    "call",
    [
        lambda: estimate_priors(GOOD[:49], [1, 1, 1]),  # too few articles
        lambda: estimate_priors(GOOD, [1, 1]),  # one prior short
        lambda: estimate_priors(GOOD, [1, 0, 1]),  # a train prior of 0
        lambda: estimate_priors(GOOD, [1, -1, 1]),
        lambda: estimate_priors(GOOD * 2, [1, 1, 1]),  # rows do not sum to 1
        lambda: estimate_priors(np.where(np.eye(60, 3) > 0, np.nan, GOOD), [1, 1, 1]),
        lambda: estimate_priors(GOOD[:, 0], [1, 1, 1]),  # one dimension
        lambda: estimate_priors([["a", "b"]] * 60, [1, 1]),
        lambda: estimate_priors(GOOD, [1, 1, 1], max_iter=0),
        lambda: adjust_to_priors(GOOD, [1, 1, 1], [0, 0, 0]),
        lambda: adjust_to_priors(GOOD, [1, 1, 1], [1, 1]),
    ],
)
def test_bad_input_raises_input_error(call):
    with pytest.raises(InputError):
        call()


SPORT = "Đội tuyển Việt Nam thắng Malaysia 2-0, tiền đạo lập cú đúp ở chung kết"
MONEY = "Giá cổ phiếu ngân hàng tăng mạnh, chỉ số VN-Index vượt mốc 1.200 điểm"
HEALTH = "Bệnh viện quá tải vì dịch sốt xuất huyết, bác sĩ khuyến cáo diệt muỗi"
CORPUS = [SPORT] * 30 + [MONEY] * 20 + [HEALTH] * 10


def test_the_batch_path_keeps_order_and_length():
    model = load_topic_model()
    order = np.random.default_rng(0).permutation(len(CORPUS))
    shuffled = [CORPUS[i] for i in order]
    adapted = model.predict_proba_corpus(CORPUS)
    assert adapted.shape == (len(CORPUS), len(model.classes))
    np.testing.assert_allclose(model.predict_proba_corpus(shuffled), adapted[order], atol=1e-9)
    expected = adjust_to_priors(model.predict_proba(CORPUS), model.train_priors,
                                estimate_priors(model.predict_proba(CORPUS), model.train_priors))
    np.testing.assert_allclose(adapted, expected, atol=1e-12)
    np.testing.assert_allclose(model.predict_proba_corpus(CORPUS, adapt_priors=False), model.predict_proba(CORPUS))
    topics = model.classify(shuffled, adapt_priors=True)
    assert [t.label for t in topics] == [model.classes[i] for i in adapted[order].argmax(axis=1)]
    assert [t.score for t in topics] == pytest.approx(adapted[order].max(axis=1), abs=1e-6)


def test_the_corpus_mix_moves_the_scores_towards_it():
    model = load_topic_model()
    mix = model.estimate_corpus_priors(CORPUS)
    assert sum(mix.values()) == pytest.approx(1.0, abs=1e-5)
    assert mix["the_thao"] > mix["kinh_doanh"] > mix["suc_khoe"] > mix["vi_tinh"]
    plain, adapted = model.predict_proba(CORPUS), model.predict_proba_corpus(CORPUS)
    sport = model.classes.index("the_thao")
    assert adapted[:30, sport].mean() > plain[:30, sport].mean()
    # one article's result does not change by default
    assert model.classify([SPORT])[0] == model.classify([SPORT], adapt_priors=False)[0]


def test_the_batch_path_refuses_bad_input():
    model = load_topic_model()
    with pytest.raises(InputError, match="at least 50"):
        model.predict_proba_corpus(CORPUS[:10])
    with pytest.raises(InputError):
        model.classify(CORPUS[:49], adapt_priors=True)
    with pytest.raises(InputError):
        model.predict_proba_corpus(CORPUS[:59] + [42])
    with pytest.raises(ModelError, match="training class shares"):
        dataclasses.replace(model, train_priors=None).predict_proba_corpus(CORPUS)


def test_the_shipped_model_records_the_training_mix():
    priors = dict(zip(load_topic_model().classes, load_topic_model().train_priors))
    assert sum(priors.values()) == pytest.approx(1.0)
    assert priors["doi_song"] == pytest.approx(3159 / 33759)  # 9.4 % of train_full


SCRIPT = Path(__file__).resolve().parents[1] / "models" / "topics" / "prior_experiments.py"


def test_the_experiment_subsample_has_the_mix_asked_for():
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        spec = importlib.util.spec_from_file_location("prior_experiments", SCRIPT)
        experiments = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(experiments)
    finally:
        sys.path.remove(str(SCRIPT.parent))
    labels = np.array(["a"] * 50 + ["b"] * 30 + ["c"] * 20)
    rows = np.arange(100)
    picked = experiments.subsample(rows, labels, ["a", "b", "c"], np.array([0.2, 0.3, 0.5]))
    assert len(set(picked)) == len(picked) == 40
    assert [int((labels[picked] == c).sum()) for c in "abc"] == [8, 12, 20]
