"""Training helpers of the government-administration detector (used by models/topics/build_government.py).

Cross-validation that never lets an article help score itself: folds are grouped by
duplicate text, the topic probabilities fed to the second stage are out-of-fold, and the
second stage is scored by nested cross-validation (its first-stage inputs come from heads
that never saw the held-out fold). Hand labels over-sample unsure articles, so every figure
and threshold is computed with each row weighted back to the training distribution.
scikit-learn is imported inside the functions: the shipped detector never needs it.

>>> weighted_report(np.array([0.9, 0.8, 0.3]), np.array([1, 0, 1]), 0.5, np.array([1.0, 1.0, 2.0]))
{'threshold': 0.5, 'precision': 0.5, 'recall': 0.333, 'f1': 0.4, 'flagged': 2, 'positives': 2, 'n': 3}
"""

from __future__ import annotations

import hashlib
from typing import Callable, Sequence

import numpy as np

THRESHOLDS = np.round(np.arange(0.05, 0.96, 0.01), 2)
"""The thresholds the build chooses among."""


def duplicate_groups(texts: Sequence[str]) -> np.ndarray:
    """One group id per text; texts equal up to whitespace share a group.

    >>> duplicate_groups(["a b", "a  b", "c"]).tolist()
    [0, 0, 1]
    """
    first_seen: dict[str, int] = {}
    keys = [hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest() for text in texts]
    return np.array([first_seen.setdefault(key, len(first_seen)) for key in keys])


def stratum_weights(strata: Sequence[str | None], population: dict[str, int]) -> np.ndarray:
    """Weight per hand-labelled row: its stratum's population / its stratum's labelled rows.

    Rows without a stratum (None) were labelled in full and count once each.

    >>> stratum_weights([None, "low", "low", "high"], {"low": 100, "high": 3}).tolist()
    [1.0, 50.0, 50.0, 3.0]
    """
    labelled: dict[str, int] = {}
    for stratum in strata:
        if stratum is not None:
            labelled[stratum] = labelled.get(stratum, 0) + 1
    return np.array([1.0 if s is None else population[s] / labelled[s] for s in strata])


def chained_stratum_weights(batches: Sequence[str | None], strata: Sequence[str | None],
                            population: dict[str, int], order: Sequence[str]) -> np.ndarray:
    """Weights of hand-labelled rows from several stratified batches drawn one after another.

    Batch ``order[k]`` was sampled by stratum among the articles still unlabelled when it
    was drawn (those of ``order[k-1]`` minus its rows). With K such batches the first pool's
    total has K unbiased estimates: estimate k counts the rows of batches before k once each
    (they are labelled in full) and batch k's rows at population / sampled of their stratum.
    Their mean gives batch k's rows the weight ``(population / sampled + K - 1 - k) / K``.
    Rows outside ``order`` (labelled in full before) weigh 1; stratum names are unique across
    batches.

    >>> chained_stratum_weights([None, "3", "3", "4"], [None, "lo", "hi", "lo4"],
    ...                         {"lo": 100, "hi": 3, "lo4": 50}, ["3", "4"]).tolist()
    [1.0, 50.5, 2.0, 25.0]
    """
    rank = {batch: k for k, batch in enumerate(order)}
    single = stratum_weights([s if b in rank else None for b, s in zip(batches, strata)], population)
    K = len(order)
    return np.array([w if b not in rank else (w + K - 1 - rank[b]) / K for b, w in zip(batches, single)])


def weighted_report(scores: np.ndarray, truth: np.ndarray, threshold: float, weights: np.ndarray | None = None) -> dict:
    """Precision, recall and F1 at ``threshold``; with ``weights``, each row counts its weight."""
    w = np.ones(len(truth)) if weights is None else np.asarray(weights, dtype=float)
    flagged = scores >= threshold
    tp = float(w[flagged & (truth == 1)].sum())
    precision = tp / max(float(w[flagged].sum()), 1e-9)
    recall = tp / max(float(w[truth == 1].sum()), 1e-9)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"threshold": round(float(threshold), 2), "precision": round(precision, 3), "recall": round(recall, 3),
            "f1": round(f1, 3), "flagged": int(flagged.sum()), "positives": int(truth.sum()), "n": int(len(truth))}


def best_f1_threshold(scores: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None) -> dict:
    """The report at the threshold of :data:`THRESHOLDS` with the best F1 (ties: the higher one).

    >>> best_f1_threshold(np.array([0.9, 0.7, 0.4, 0.2]), np.array([1, 1, 0, 0]))["threshold"]
    0.7
    """
    reports = [weighted_report(scores, truth, t, weights) for t in THRESHOLDS]
    return max(reports, key=lambda r: (r["f1"], r["threshold"]))


def precision_first_threshold(scores: np.ndarray, truth: np.ndarray, weights: np.ndarray | None = None,
                              target: float = 0.90) -> dict:
    """The report with the best recall at precision >= ``target`` (ties: the higher threshold).

    Without any such threshold, the report with the best precision.

    >>> precision_first_threshold(np.array([0.9, 0.7, 0.6, 0.2]), np.array([1, 1, 0, 1]))["threshold"]
    0.7
    """
    reports = [weighted_report(scores, truth, t, weights) for t in THRESHOLDS]
    good = [r for r in reports if r["precision"] >= target and r["flagged"]]
    if good:
        return max(good, key=lambda r: (r["recall"], r["threshold"]))
    return max(reports, key=lambda r: (r["precision"], r["recall"]))


def out_of_fold_topic_proba(features, labels: np.ndarray, groups: np.ndarray, classes: Sequence[str],
                            temperature: float, C: float = 1.0, folds: int = 5, class_weight: str | None = None,
                            ridge_alpha: float | None = None) -> np.ndarray:
    """Topic probabilities of every row from the topic model's linear classifier refitted without the row's fold.

    Same features, ``C``, ``class_weight``, ``ridge_alpha`` (see :func:`.nbsvm.linear_weights`) and
    softmax ``temperature`` as the shipped topic model; folds are grouped by ``groups`` (duplicates
    stay together). Rows in ``classes`` column order.
    """
    from scipy.special import softmax
    from sklearn.model_selection import GroupKFold

    from .nbsvm import linear_weights

    proba = np.zeros((len(labels), len(classes)))
    for train, held in GroupKFold(folds, shuffle=True, random_state=0).split(features, labels, groups):
        fold_classes, coef, intercept = linear_weights(features[train], labels[train], C, class_weight=class_weight,
                                                       ridge_alpha=ridge_alpha)
        if list(fold_classes) != list(classes):
            raise ValueError(f"fold classes {list(fold_classes)} differ from the model's {list(classes)}")
        proba[held] = softmax((features[held] @ coef.T + intercept) / temperature, axis=1)
    return proba


def hand_folds(truth: np.ndarray, groups: np.ndarray, folds: int = 5, seed: int = 0) -> list:
    """Stratified folds of the hand-labelled rows, duplicates in the same fold."""
    from sklearn.model_selection import StratifiedGroupKFold

    return list(StratifiedGroupKFold(folds, shuffle=True, random_state=seed).split(truth, truth, groups))


def fit_logistic(X, y: np.ndarray, C: float):
    """Balanced logistic regression (the model of both stages)."""
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(X, y)


def fit_stack(named: np.ndarray, y: np.ndarray, C: float) -> tuple:
    """(model, mean, scale): a logistic regression over standardised second-stage inputs."""
    mean, scale = named.mean(axis=0), named.std(axis=0) + 1e-6
    return fit_logistic((named - mean) / scale, y, C), mean, scale


def stack_proba(stack: tuple, named: np.ndarray) -> np.ndarray:
    """Scores of a :func:`fit_stack` result."""
    model, mean, scale = stack
    return model.predict_proba((named - mean) / scale)[:, 1]


def out_of_fold_head_scores(heads: Sequence[tuple], truth: np.ndarray, groups: np.ndarray, folds: int = 5,
                            seed: int = 0) -> np.ndarray:
    """(rows x heads) probabilities, each row scored by heads fitted without its fold.

    ``heads`` are (features of the rows, C) pairs, one logistic regression each.
    """
    scores = np.zeros((len(truth), len(heads)))
    for train, held in hand_folds(truth, groups, folds, seed):
        for j, (features, C) in enumerate(heads):
            scores[held, j] = fit_logistic(features[train], truth[train], C).predict_proba(features[held])[:, 1]
    return scores


def nested_scores(heads: Sequence[tuple], truth: np.ndarray, groups: np.ndarray,
                  stack_inputs: Callable[[np.ndarray, np.ndarray], np.ndarray],
                  stack_C: float, folds: int = 5, seed: int = 0, train_share: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    """(first head, two-stage) out-of-fold scores of the hand-labelled rows, by nested CV.

    ``heads`` are (features of the hand-labelled rows, C) pairs, the first-stage models. For
    each outer fold, the heads are fitted on the other folds and score the held one; the stack
    is fitted on inner out-of-fold head scores of the other folds. ``stack_inputs(rows,
    head_scores)`` returns the second stage's input matrix of those rows (``head_scores``:
    rows x heads). ``train_share`` < 1 fits every fold's models on that random share of its
    training rows (a learning curve); the held folds are scored in full.
    """
    first, final = np.zeros(len(truth)), np.zeros(len(truth))
    rng = np.random.default_rng(seed + 100)
    for train, held in hand_folds(truth, groups, folds, seed):
        if train_share < 1.0:
            train = np.sort(rng.choice(train, int(round(train_share * len(train))), replace=False))
        inner = out_of_fold_head_scores([(f[train], C) for f, C in heads], truth[train], groups[train], folds, seed + 1)
        outer = np.column_stack([fit_logistic(f[train], truth[train], C).predict_proba(f[held])[:, 1] for f, C in heads])
        first[held] = outer[:, 0]
        stack = fit_stack(stack_inputs(train, inner), truth[train], stack_C)
        final[held] = stack_proba(stack, stack_inputs(held, outer))
    return first, final
