"""Interval helpers of benchmarks/intervals.py on small synthetic cases with known answers."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, f1_score

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("intervals", ROOT / "benchmarks" / "intervals.py")
intervals = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(intervals)


def test_interval_of_a_proportion_contains_the_truth_and_excludes_far_values():
    rng = np.random.default_rng(3)
    values = (rng.random(2000) < 0.3).astype(float)  # a coin with p = 0.3; standard error about 0.01
    point, low, high = intervals.bootstrap_interval(lambda i: values[i].mean(), len(values), 500, seed=7)
    assert low < point < high
    assert low <= 0.3 <= high
    assert not low <= 0.35 <= high and not low <= 0.25 <= high
    assert 0.02 < high - low < 0.06  # about 4 standard errors wide


def test_interval_is_seeded_and_a_constant_has_no_width():
    values = np.arange(50, dtype=float)
    first = intervals.bootstrap_interval(lambda i: values[i].mean(), 50, 200, seed=1)
    again = intervals.bootstrap_interval(lambda i: values[i].mean(), 50, 200, seed=1)
    assert np.array_equal(first, again)
    ones = np.ones(30)
    point, low, high = intervals.bootstrap_interval(lambda i: ones[i].sum(), 30, 200, seed=1)
    assert point == low == high == 30


def test_vector_statistics_get_one_interval_each():
    values = np.concatenate([np.zeros(100), np.ones(100)])
    point, low, high = intervals.bootstrap_interval(lambda i: np.array([values[i].mean(), 5.0]), 200, 300, seed=2)
    assert point.tolist() == [0.5, 5.0]
    assert low[0] < 0.5 < high[0] and low[1] == high[1] == 5.0


def test_paired_difference_sees_a_small_consistent_gain_an_unpaired_reading_would_miss():
    rng = np.random.default_rng(5)
    before = (rng.random(400) < 0.5).astype(float)
    after = before.copy()
    after[np.flatnonzero(before == 0)[:12]] = 1.0  # 12 of 400 items fixed, nothing broken: +3 points
    point, low, high = intervals.paired_difference_interval(lambda i: after[i].mean(), lambda i: before[i].mean(),
                                                            400, 500, seed=4)
    assert point == pytest.approx(0.03)
    assert 0 < low <= point <= high
    _, low_a, high_a = intervals.bootstrap_interval(lambda i: after[i].mean(), 400, 500, seed=4)
    _, low_b, high_b = intervals.bootstrap_interval(lambda i: before[i].mean(), 400, 500, seed=4)
    assert low_a < high_b  # the two separate intervals overlap


def test_paired_difference_of_identical_systems_is_zero():
    scores = np.random.default_rng(0).random(100)
    point, low, high = intervals.paired_difference_interval(lambda i: scores[i].mean(), lambda i: scores[i].mean(),
                                                            100, 200, seed=0)
    assert point == low == high == 0


def test_accuracy_and_macro_f1_agree_with_scikit_learn():
    rng = np.random.default_rng(8)
    truth = rng.integers(0, 4, 300)
    predicted = np.where(rng.random(300) < 0.7, truth, rng.integers(0, 5, 300))  # class 4 never true
    accuracy, macro = intervals.accuracy_and_macro_f1(truth, predicted, 5)
    assert accuracy == pytest.approx(accuracy_score(truth, predicted))
    assert macro == pytest.approx(f1_score(truth, predicted, labels=range(5), average="macro", zero_division=0))


def test_flag_counts_give_precision_and_recall():
    truth = np.array([1, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    flags = np.array([1, 1, 1, 0, 1, 0, 0, 0, 0, 0], dtype=bool)
    precision, recall, f1 = intervals.counts_prf(intervals.flag_counts(truth, flags))[0]
    assert (precision, recall) == (0.75, 0.75) and f1 == pytest.approx(0.75)


def test_entity_counts_score_each_label_and_officials_with_persons():
    rows = [
        {"text": "a", "entities": [{"start": 0, "end": 5, "label": "OFFICIAL"}, {"start": 9, "end": 12, "label": "PROVINCE"}]},
        {"text": "b", "entities": [{"start": 2, "end": 4, "label": "ORGANIZATION"}]},
    ]
    predictions = [{(0, 5, "PERSON"), (9, 12, "PROVINCE")}, {(2, 3, "ORGANIZATION")}]
    counts = intervals.entity_counts(rows, predictions)
    labels = intervals.entity_labels()
    by_label = dict(zip(labels, counts.sum(axis=0).tolist()))
    assert by_label["OFFICIAL"] == [0, 0, 1] and by_label["PERSON"] == [0, 1, 0]
    assert by_label["PROVINCE"] == [1, 0, 0] and by_label["ORGANIZATION"] == [0, 1, 1]
    assert by_label["OFFICIAL+PERSON"] == [1, 0, 0]


def test_resamples_without_a_rare_label_are_left_out_not_counted_as_zero():
    # 200 sentences, 4 of them with one gold entity of the label, all found: F1 is 1 whenever defined
    counts = np.zeros((200, 1, 3), dtype=int)
    counts[:4, 0, 0] = 1
    assert np.isnan(intervals.counts_prf(counts[4:])).all()
    point, low, high = intervals.bootstrap_interval(lambda i: intervals.counts_prf(counts[i])[0, 2], 200, 300, seed=3)
    assert point == low == high == 1.0


def test_gold_spans_scored_against_themselves_have_f1_one_and_an_interval_of_no_width():
    rows = intervals.read_jsonl(intervals.GOLD)[:200]
    perfect = [{(e["start"], e["end"], e["label"]) for e in r["entities"]} for r in rows]
    counts = intervals.entity_counts(rows, perfect)
    assert counts[..., 1:].sum() == 0 and counts[..., 0].sum() > 0
    scored = counts.sum(axis=0)[:, 0] > 0
    point, low, high = intervals.bootstrap_interval(lambda i: intervals.counts_prf(counts[i])[:, 2], len(rows), 100)
    assert (point[scored] == 1).all() and (low[scored] == 1).all() and (high[scored] == 1).all()
