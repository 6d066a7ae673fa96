"""Training helpers of the government detector: weighting, thresholds, leak-free cross-validation."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import sparse

from vnnews.topics.government_training import (
    THRESHOLDS, best_f1_threshold, chained_stratum_weights, duplicate_groups, nested_scores, out_of_fold_topic_proba, precision_first_threshold,
    stratum_weights, weighted_report,
)


def auc(scores: np.ndarray, truth: np.ndarray) -> float:
    positives, negatives = scores[truth == 1], scores[truth == 0]
    return float((positives[:, None] > negatives[None, :]).mean() + 0.5 * (positives[:, None] == negatives[None, :]).mean())


def memorisable(n: int, seed: int) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Random labels; every row has a feature of its own, so any model that saw a row knows its label."""
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, 2, n)
    return sparse.identity(n, format="csr"), truth


def test_nested_scores_never_let_a_row_score_itself():
    features, truth = memorisable(90, seed=1)
    groups = np.arange(len(truth))

    def stack_inputs(rows, head_scores):
        return head_scores

    head, final = nested_scores([(features, 10.0)], truth, groups, stack_inputs, stack_C=1.0, folds=3)
    # a model that had seen the rows would score them perfectly (AUC 1); out of fold it is chance
    assert abs(auc(head, truth) - 0.5) < 0.2
    assert abs(auc(final, truth) - 0.5) < 0.2


def test_nested_scores_learn_a_real_signal():
    rng = np.random.default_rng(2)
    truth = rng.integers(0, 2, 90)
    dense = rng.normal(size=(90, 5)) + truth[:, None] * 1.5
    features = sparse.csr_matrix(dense)

    def stack_inputs(rows, head_scores):
        return np.column_stack([head_scores, dense[rows, 0]])

    head, final = nested_scores([(features, 1.0)], truth, np.arange(90), stack_inputs, stack_C=1.0, folds=3)
    assert auc(head, truth) > 0.9 and auc(final, truth) > 0.9
    # a learning-curve point: models fitted on 40 % of each fold's training rows still score every row
    head, final = nested_scores([(features, 1.0)], truth, np.arange(90), stack_inputs, stack_C=1.0, folds=3, train_share=0.4)
    assert (final > 0).all() and auc(final, truth) > 0.8


def test_duplicates_share_a_group_and_others_do_not():
    groups = duplicate_groups(["Tin  A\nnội dung", "Tin A nội dung", "Tin B", "Tin A nội dung."])
    assert groups[0] == groups[1] and len({groups[1], groups[2], groups[3]}) == 3


def test_out_of_fold_topics_are_worse_than_in_sample_on_memorisable_labels():
    rng = np.random.default_rng(3)
    labels = rng.choice(np.array(["a", "b", "c"]), 90)
    features = sparse.identity(90, format="csr")
    proba = out_of_fold_topic_proba(features, labels, np.arange(90), ["a", "b", "c"], temperature=1.0, folds=3)
    assert proba.shape == (90, 3) and np.allclose(proba.sum(axis=1), 1.0)
    # rows are unseen out of fold: the probabilities carry no trace of the own label
    picked = proba[np.arange(90), np.searchsorted(["a", "b", "c"], labels)]
    assert np.allclose(picked, picked[0], atol=0.2)


def test_stratum_weights_recover_the_population_figures():
    # population: stratum "hi" 100 articles (90 positive), "lo" 900 (9 positive); a detector flags all of "hi"
    sample_strata = ["hi"] * 10 + ["lo"] * 100
    truth = np.array([1] * 9 + [0] + [1] + [0] * 99)
    scores = np.array([0.9] * 10 + [0.1] * 100)
    weights = stratum_weights(sample_strata, {"hi": 100, "lo": 900})
    report = weighted_report(scores, truth, 0.5, weights)
    assert report["precision"] == 0.9 and report["recall"] == round(90 / 99, 3)
    assert weighted_report(scores, truth, 0.5)["recall"] == 0.9  # unweighted: the sample's own recall


def test_chained_batches_estimate_the_population_without_bias():
    # 1,000 unlabelled articles, two strata; batch "a" samples 20 + 20 of them, then batch "b"
    # samples 20 + 20 of the rest (its own strata); the weighted positive count must average
    # the population's (it is counted twice, once per batch, if the batches are simply added)
    rng = np.random.default_rng(4)
    truth = (rng.random(1000) < np.where(np.arange(1000) < 100, 0.8, 0.05)).astype(int)
    stratum = np.where(np.arange(1000) < 100, "hi", "lo")
    estimates = []
    for _ in range(300):
        a = np.concatenate([rng.choice(100, 20, replace=False), 100 + rng.choice(900, 20, replace=False)])
        rest = np.setdiff1d(np.arange(1000), a)
        b = np.concatenate([rng.choice(rest[rest < 100], 20, replace=False), rng.choice(rest[rest >= 100], 20, replace=False)])
        rows = np.concatenate([a, b])
        population = {"a_hi": 100, "a_lo": 900, "b_hi": 80, "b_lo": 880}
        names = [("a_" if k < 40 else "b_") + stratum[r] for k, r in enumerate(rows)]
        weights = chained_stratum_weights(["a"] * 40 + ["b"] * 40, names, population, ["a", "b"])
        assert round(weights.sum()) == 1000
        estimates.append(float((weights * truth[rows]).sum()))
    assert abs(np.mean(estimates) - truth.sum()) < 0.03 * truth.sum()


def test_one_chained_batch_weighs_like_its_strata():
    strata = [None, "hi", "lo", "lo"]
    chained = chained_stratum_weights([None, "3", "3", "3"], strata, {"hi": 10, "lo": 40}, ["3"])
    assert chained.tolist() == stratum_weights(strata, {"hi": 10, "lo": 40}).tolist()


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 1)), min_size=2, max_size=40))
def test_chosen_thresholds_are_the_best_of_their_criterion(rows):
    scores = np.array([s for s, _ in rows])
    truth = np.array([t for _, t in rows])
    best = best_f1_threshold(scores, truth)
    assert all(weighted_report(scores, truth, t)["f1"] <= best["f1"] for t in THRESHOLDS)
    first = precision_first_threshold(scores, truth)
    if first["precision"] >= 0.9:
        assert first["recall"] >= max(
            (r["recall"] for t in THRESHOLDS
             if (r := weighted_report(scores, truth, t))["precision"] >= 0.9 and r["flagged"]), default=0)


def test_hand_label_batches_match_their_recorded_strata():
    import json
    from collections import Counter
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "models" / "topics"
    rows = [json.loads(line) for line in (folder / "gov_admin_train_labels.jsonl").open(encoding="utf-8")]
    design = json.loads((folder / "gov_admin_train_strata.json").read_text(encoding="utf-8"))
    assert len({row["id"] for row in rows}) == len(rows)
    for batch in design["order"]:
        labelled = Counter(row["stratum"] for row in rows if row.get("batch") == batch)
        assert labelled == Counter(design["batches"][batch]["sampled"])
        assert all(labelled[name] <= size for name, size in design["batches"][batch]["population"].items())


def test_out_of_fold_topics_use_the_topic_models_ridge_part():
    rng = np.random.default_rng(4)
    labels = rng.choice(np.array(["a", "b", "c"]), 60)
    features = sparse.csr_matrix(rng.random((60, 8)) + np.eye(3)[np.searchsorted(["a", "b", "c"], labels)].repeat(3, axis=1)[:, :8])
    plain = out_of_fold_topic_proba(features, labels, np.arange(60), ["a", "b", "c"], temperature=1.0, folds=3)
    summed = out_of_fold_topic_proba(features, labels, np.arange(60), ["a", "b", "c"], temperature=1.0, folds=3, ridge_alpha=1.0)
    assert np.allclose(summed.sum(axis=1), 1.0) and not np.allclose(plain, summed)
    # the ridge part adds evidence for the informative columns: the own label gets more probability
    own = np.searchsorted(["a", "b", "c"], labels)
    assert summed[np.arange(60), own].mean() > plain[np.arange(60), own].mean()


def test_judged_again_rows_carry_the_majority_of_their_opinions():
    import json
    from pathlib import Path

    folder = Path(__file__).resolve().parents[1] / "models" / "topics"
    rows = [json.loads(line) for line in (folder / "gov_admin_train_labels.jsonl").open(encoding="utf-8")]
    for row in rows:
        opinions = [row[key] for key in ("government_administration", "second", "third") if key in row]
        assert all(o in (0, 1) for o in opinions)
        assert ("third" in row) == (len(opinions) > 1 and opinions[0] != opinions[1])
        if len(opinions) > 1:
            assert row["consensus"] == int(sum(opinions) * 2 > len(opinions))
        else:
            assert "consensus" not in row
