"""Linear topic weights: a linear SVM, optionally plus an NB-weighted SVM (NB-SVM) or a ridge classifier.

The NB-SVM (Wang & Manning 2012) scales each feature by its naive-Bayes log-count ratio
``r`` for one class against the rest, fits a binary linear SVM on the scaled features and
folds the scale back into the weights (``w * r``), so it scores the same features with an
ordinary linear function. Summing its margins with the plain SVM's is therefore still one
weight matrix: prediction costs the same and the model file keeps its size.

>>> from scipy import sparse
>>> X = sparse.csr_matrix(np.array([[1.0, 0, 0.5], [0, 1.0, 0.5], [1.0, 0, 0], [0, 1.0, 0]], dtype=np.float32))
>>> classes, coef, intercept = linear_weights(X, np.array(["a", "b", "a", "b"]), C=1.0, nb_svm=True)
>>> classes.tolist(), coef.shape, bool((X @ coef.T + intercept).ravel()[0] < 0)
(['a', 'b'], (1, 3), True)
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from sklearn.linear_model import RidgeClassifier
from sklearn.svm import LinearSVC


def log_count_ratio(features: sparse.csr_matrix, positive: np.ndarray, alpha: float = 1.0) -> np.ndarray:
    """Naive-Bayes log-count ratio of each feature (presence counts, ``alpha`` smoothing).

    Positive where a feature is more frequent, relative to all features, in the positive rows.

    >>> X = sparse.csr_matrix(np.array([[1.0, 0.0], [0.0, 2.0]]))
    >>> log_count_ratio(X, np.array([True, False])).astype(float).round(3).tolist()
    [0.693, -0.693]
    """
    present = features.copy()
    present.data = np.ones_like(present.data)
    p = np.asarray(present[positive].sum(axis=0)).ravel() + alpha
    q = np.asarray(present[~positive].sum(axis=0)).ravel() + alpha
    return np.log((p / p.sum()) / (q / q.sum())).astype(np.float32)


def nb_svm_weights(features: sparse.csr_matrix, labels: np.ndarray, classes: np.ndarray, C: float) -> tuple[np.ndarray, np.ndarray]:
    """One-vs-rest NB-SVM as (coef, intercept) over the unscaled ``features``.

    Rows follow ``classes``; with two classes there is one row, for ``classes[1]`` (as
    scikit-learn's binary ``LinearSVC``).

    >>> X = sparse.csr_matrix(np.eye(3, dtype=np.float32))
    >>> coef, intercept = nb_svm_weights(X, np.array(["x", "y", "z"]), np.array(["x", "y", "z"]), C=1.0)
    >>> coef.shape, int(np.argmax(X[1] @ coef.T + intercept))
    ((3, 3), 1)
    """
    positives = classes[1:] if len(classes) == 2 else classes
    coef = np.zeros((len(positives), features.shape[1]), dtype=np.float32)
    intercept = np.zeros(len(positives), dtype=np.float32)
    for row, label in enumerate(positives):
        positive = labels == label
        ratio = log_count_ratio(features, positive)
        svm = LinearSVC(C=C).fit(features @ sparse.diags(ratio), positive.astype(int))
        coef[row] = svm.coef_.ravel() * ratio
        intercept[row] = svm.intercept_[0]
    return coef, intercept


def linear_weights(
    features: sparse.csr_matrix,
    labels: np.ndarray,
    C: float,
    nb_svm: bool = False,
    class_weight=None,
    ridge_alpha: float | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(classes, coef, intercept) of a LinearSVC, plus other linear models' when asked (margins summed).

    ``nb_svm`` adds an NB-SVM's weights, ``ridge_alpha`` a ``RidgeClassifier``'s (squared loss,
    that regularisation); ``class_weight`` goes to the LinearSVC and the ridge classifier (the
    NB-SVM part is unweighted). The sum is still one weight matrix.

    >>> X = sparse.csr_matrix(np.eye(3, dtype=np.float32))
    >>> classes, coef, _ = linear_weights(X, np.array(["x", "y", "z"]), C=1.0)
    >>> classes.tolist(), coef.shape
    (['x', 'y', 'z'], (3, 3))
    >>> linear_weights(X, np.array(["x", "y", "z"]), C=1.0, ridge_alpha=2.0)[1].shape
    (3, 3)
    """
    svm = LinearSVC(C=C, class_weight=class_weight, random_state=0).fit(features, labels)
    coef, intercept = svm.coef_.astype(np.float32), svm.intercept_.astype(np.float32)
    if nb_svm:
        nb_coef, nb_intercept = nb_svm_weights(features, labels, svm.classes_, C)
        coef, intercept = coef + nb_coef, intercept + nb_intercept
    if ridge_alpha is not None:
        ridge = RidgeClassifier(alpha=ridge_alpha, class_weight=class_weight, solver="sparse_cg").fit(features, labels)
        coef, intercept = coef + ridge.coef_.astype(np.float32), intercept + np.float32(ridge.intercept_)
    return svm.classes_, coef, intercept
