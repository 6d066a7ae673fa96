"""Topic priors of a corpus: label-shift adaptation of calibrated probabilities (NumPy only).

A classifier's calibrated probabilities carry the topic mix of its training data. When a
whole corpus is classified at once, its own mix can be estimated from those probabilities
alone (no labels) by the EM procedure of Saerens, Latinne & Decaestecker (2002), "Adjusting
the outputs of a classifier to new a priori probabilities: a simple procedure", Neural
Computation 14(1): repeat

- E step: reweigh each article's probabilities by ``new_prior / train_prior`` and renormalise
  the row (Bayes' rule with the new priors);
- M step: the new priors are the mean of the reweighed rows;

until the priors move by less than ``tol``. It converges to the maximum-likelihood priors of
the corpus under the label-shift assumption (p(text | topic) unchanged). The same procedure is
``mlquantify.likelihood.EMQ.EM`` (a maintained quantification library); it is written out here
because importing that library pulls in scikit-learn and pandas (about 1-4 s and 150 MB),
which the lean prediction path avoids. ``tests/test_topics_priors.py`` checks both agree.

>>> import numpy as np
>>> p = np.array([[0.8, 0.2]] * 40 + [[0.2, 0.8]] * 20)  # trained on a 50/50 mix
>>> estimate_priors(p, [0.5, 0.5]).round(2).tolist()
[0.78, 0.22]
"""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np

from ..errors import InputError

MIN_ARTICLES = 50
"""Fewer articles than this give priors too noisy to adapt to: ``estimate_priors`` refuses them."""


def estimate_priors(
    probabilities: Any,
    train_priors: Any,
    *,
    tol: float = 1e-6,
    max_iter: int = 1000,
    min_articles: int = MIN_ARTICLES,
) -> np.ndarray:
    """The class priors of the corpus behind ``probabilities``, re-estimated by EM.

    Args:
        probabilities: (n_articles, n_classes) calibrated class probabilities, rows summing
            to 1, computed under ``train_priors``.
        train_priors: the training data's class shares (or counts; normalised to sum 1), in
            the column order of ``probabilities``.
        tol: stop when no prior moves by more than this between two iterations.
        max_iter: at most this many EM iterations; if they do not reach ``tol``, the last
            estimate is returned with a ``RuntimeWarning``.
        min_articles: fewer rows than this raise :class:`~vnnews.errors.InputError`.

    Returns:
        The estimated priors, shape (n_classes,), summing to 1.

    >>> import numpy as np
    >>> p = np.array([[0.6, 0.4]] * 60)
    >>> estimate_priors(p, [0.6, 0.4]).round(3).tolist()  # a corpus that looks like training
    [0.6, 0.4]
    """
    posteriors, source = _checked(probabilities, train_priors)
    if len(posteriors) < min_articles:
        raise InputError(
            f"estimating topic priors needs at least {min_articles} articles, got {len(posteriors)}"
        )
    if max_iter < 1 or not tol > 0:
        raise InputError(f"max_iter must be >= 1 and tol > 0, got {max_iter} and {tol}")
    priors = source
    for _ in range(max_iter):
        updated = _reweighed(posteriors, source, priors).mean(axis=0)
        moved = float(np.abs(updated - priors).max())
        priors = updated
        if moved < tol:
            return priors
    warnings.warn(
        f"topic prior EM did not converge in {max_iter} iterations (last change {moved:.2e})",
        RuntimeWarning,
        stacklevel=2,
    )
    return priors


def adjust_to_priors(probabilities: Any, train_priors: Any, new_priors: Any) -> np.ndarray:
    """``probabilities`` computed under ``train_priors``, moved to ``new_priors`` (Bayes' rule).

    Each row is multiplied by ``new_priors / train_priors`` and renormalised; both prior
    vectors may be shares or counts (each is normalised to sum 1). A class whose new prior is 0
    gets probability 0.

    >>> adjust_to_priors([[0.5, 0.5]], [0.5, 0.5], [0.8, 0.2]).tolist()
    [[0.8, 0.2]]
    """
    posteriors, source = _checked(probabilities, train_priors)
    target = _priors(new_priors, posteriors.shape[1], "new_priors", allow_zero=True)
    return _reweighed(posteriors, source, target)


def _reweighed(posteriors: np.ndarray, source: np.ndarray, target: np.ndarray) -> np.ndarray:
    weighted = posteriors * (target / source)
    totals = weighted.sum(axis=1, keepdims=True)
    # a row whose every class got weight 0 keeps its old probabilities (it cannot be moved)
    return np.divide(weighted, totals, out=posteriors.copy(), where=totals > 0)


def _checked(probabilities: Any, train_priors: Any) -> tuple[np.ndarray, np.ndarray]:
    try:
        posteriors = np.asarray(probabilities, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"probabilities must be a numeric matrix: {exc}") from None
    if posteriors.ndim != 2 or posteriors.shape[1] < 2:
        raise InputError(f"probabilities must be (articles, classes) with 2+ classes, got shape {posteriors.shape}")
    if not np.isfinite(posteriors).all() or (posteriors < 0).any():
        raise InputError("probabilities must be finite and non-negative")
    if not np.allclose(posteriors.sum(axis=1), 1.0, atol=1e-3):
        raise InputError("each row of probabilities must sum to 1")
    return posteriors, _priors(train_priors, posteriors.shape[1], "train_priors", allow_zero=False)


def _priors(values: Any, n_classes: int, name: str, allow_zero: bool) -> np.ndarray:
    try:
        priors = np.asarray(values, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name} must be numbers: {exc}") from None
    if priors.shape != (n_classes,):
        raise InputError(f"{name} must have one value per class ({n_classes}), got shape {priors.shape}")
    positive = (priors >= 0).all() if allow_zero else (priors > 0).all()
    if not np.isfinite(priors).all() or not positive or priors.sum() <= 0:
        raise InputError(f"{name} must be finite and {'non-negative' if allow_zero else 'positive'}, not all zero")
    return priors / priors.sum()
