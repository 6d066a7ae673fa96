"""Features that do not carry the newspaper: remove what identifies an article's source.

VNTC's topics are spread very unevenly over its newspapers, so a topic classifier can learn
"this paper's style -> this topic". Three ways to take the source out of TF-IDF features,
each fitted on training rows with a source label per article (the test rows need none):

- :class:`SourceSubspace` / :func:`inlp_subspace`: iterative null-space projection (INLP,
  Ravfogel et al. 2020): fit a linear source classifier, project the features onto the null
  space of its weight vectors, refit on the projected features, repeat; the union of the
  removed directions is kept as an orthonormal basis on the columns it touches, so the
  projection ``x - (x Q) Q^T`` only changes those columns and the features stay sparse
  elsewhere.
- :func:`source_marker_scores`: the n-grams most associated with the source *within* a topic
  (chi-squared of n-gram vs source among one topic's rows, summed over topics), to drop.
- :func:`source_balanced_weights`: sample weights giving every source the same weight
  within a topic.

>>> labels = np.array(["a", "a", "a", "b", "b", "b"])
>>> sources = np.array(["X", "X", "Y", "X", "Y", "Y"])
>>> source_balanced_weights(labels, sources).round(2).tolist()
[0.75, 0.75, 1.5, 1.5, 0.75, 0.75]
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..errors import InputError


@dataclass(frozen=True)
class SourceSubspace:
    """Directions to remove: an orthonormal ``basis`` (len(columns) x r) on feature ``columns``.

    ``columns`` are the features the directions touch (sorted); every other feature is
    unchanged by the projection.

    >>> space = SourceSubspace.spanning(np.array([[1.0, 1.0, 0.0]]))
    >>> space.columns.tolist(), space.rank
    ([0, 1], 1)
    >>> space.project(sparse.csr_matrix(np.array([[1.0, 0.0, 2.0]]))).toarray().round(2).tolist()
    [[0.5, -0.5, 2.0]]
    """

    columns: np.ndarray
    basis: np.ndarray

    @classmethod
    def spanning(cls, directions: np.ndarray, tolerance: float = 1e-6) -> "SourceSubspace":
        """The subspace spanned by the rows of ``directions`` (r x n_features, dense)."""
        directions = np.asarray(directions, dtype=np.float64)
        columns = np.flatnonzero(np.any(directions != 0, axis=0))
        if len(columns) == 0:
            return cls(columns, np.zeros((0, 0), dtype=np.float32))
        q, r = np.linalg.qr(directions[:, columns].T)
        keep = np.abs(np.diag(r)) > tolerance * max(1.0, np.abs(np.diag(r)).max())
        return cls(columns, q[:, keep].astype(np.float32))

    @property
    def rank(self) -> int:
        """Number of directions removed."""
        return self.basis.shape[1]

    def project(self, features) -> sparse.csr_matrix:
        """``features - (features Q) Q^T``: rows without any component along the directions."""
        features = sparse.csr_matrix(features, dtype=np.float32)
        if self.rank == 0:
            return features
        touched = features[:, self.columns]
        block = touched.toarray() - (touched @ self.basis) @ self.basis.T
        placed = sparse.csr_matrix(block) @ _selector(self.columns, features.shape[1])
        untouched = features @ sparse.diags(np.isin(np.arange(features.shape[1]), self.columns, invert=True).astype(np.float32))
        result = (untouched + placed).tocsr()
        result.eliminate_zeros()
        return result

    def project_weights(self, coef: np.ndarray) -> np.ndarray:
        """Weight rows with the directions removed: ``w - (w Q) Q^T`` (same scores as on projected rows)."""
        coef = np.array(coef, dtype=np.float32)
        if self.rank:
            part = coef[:, self.columns]
            coef[:, self.columns] = part - (part @ self.basis) @ self.basis.T
        return coef


def _selector(columns: np.ndarray, width: int) -> sparse.csr_matrix:
    """A len(columns) x width 0/1 matrix putting block column i at feature ``columns[i]``."""
    ones = np.ones(len(columns), dtype=np.float32)
    return sparse.csr_matrix((ones, (np.arange(len(columns)), columns)), shape=(len(columns), width))


def inlp_subspace(features, sources, iterations: int, C: float = 0.1) -> SourceSubspace:
    """Iterative null-space projection: the source directions found in ``iterations`` rounds.

    Each round fits an L1-regularised linear SVM (one-vs-rest, balanced) predicting the
    source from the features projected so far; its weight vectors join the removed
    directions. L1 keeps each round's directions on few n-grams, so the projection stays
    cheap. Raises :class:`~vnnews.errors.InputError` with fewer than two sources.

    >>> X = sparse.csr_matrix(np.array([[1, 0, 1], [1, 0, 0], [0, 1, 1], [0, 1, 0]] * 3, dtype=np.float32))
    >>> space = inlp_subspace(X, np.array(["p", "p", "q", "q"] * 3), iterations=1, C=1.0)
    >>> space.rank >= 1, bool(np.abs(space.project(X)[:, space.columns] @ space.basis).max() < 1e-5)
    (True, True)
    """
    from sklearn.svm import LinearSVC

    sources = np.asarray(sources)
    if len(np.unique(sources)) < 2:
        raise InputError("removing source directions needs at least two distinct sources")
    directions: list[np.ndarray] = []
    current = sparse.csr_matrix(features, dtype=np.float32)
    space = SourceSubspace.spanning(np.zeros((1, current.shape[1])))
    for _ in range(iterations):
        model = LinearSVC(penalty="l1", dual=False, C=C, class_weight="balanced", random_state=0)
        directions.append(model.fit(current, sources).coef_)
        space = SourceSubspace.spanning(np.vstack(directions))
        current = space.project(features)
    return space


def source_marker_scores(features, labels, sources) -> np.ndarray:
    """Per feature: chi-squared of feature vs source among each topic's rows, summed over topics.

    Topics seen in a single source add nothing. High scores mark n-grams that tell the
    newspapers apart within a topic (bylines, house style), not the topic itself.

    >>> X = sparse.csr_matrix(np.array([[1, 1], [1, 0], [0, 1], [0, 0]], dtype=np.float32))
    >>> scores = source_marker_scores(X, np.array(["a"] * 4), np.array(["p", "p", "q", "q"]))
    >>> bool(scores[0] > scores[1])
    True
    """
    from sklearn.feature_selection import chi2

    labels, sources = np.asarray(labels), np.asarray(sources)
    features = sparse.csr_matrix(features)
    scores = np.zeros(features.shape[1])
    for topic in np.unique(labels):
        rows = np.flatnonzero(labels == topic)
        if len(np.unique(sources[rows])) > 1:
            with np.errstate(divide="ignore", invalid="ignore"):
                statistic = chi2(features[rows], sources[rows])[0]
            scores += np.nan_to_num(statistic)
    return scores


def source_balanced_weights(labels, sources) -> np.ndarray:
    """Sample weights: within each topic every source weighs the same, the topic its row count."""
    labels, sources = np.asarray(labels), np.asarray(sources)
    if len(labels) != len(sources):
        raise InputError(f"{len(labels)} labels but {len(sources)} sources")
    weights = np.empty(len(labels))
    for topic in np.unique(labels):
        in_topic = labels == topic
        present, counts = np.unique(sources[in_topic], return_counts=True)
        for source, count in zip(present, counts):
            weights[in_topic & (sources == source)] = in_topic.sum() / (len(present) * count)
    return weights
