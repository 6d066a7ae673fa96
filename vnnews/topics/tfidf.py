"""TF-IDF vectors of syllable n-grams over a fixed vocabulary, with NumPy/SciPy only.

The shipped topic model runs through this instead of scikit-learn's ``TfidfVectorizer``
(``import sklearn`` costs about 1 s and 170 MB per process). It computes what the fitted
vectoriser of :class:`~vnnews.topics.TopicClassifier` computes: raw counts of the n-grams
in the vocabulary (others ignored), sublinear tf (``1 + log(count)``), times the IDF
weights, each row scaled to unit L2 norm, all in float32.

>>> features = TfidfFeatures({"bóng": 0, "đá": 1}, np.array([1.0, 2.0], dtype=np.float32), (1, 1), title=False)
>>> features.transform(["Bóng đá, bóng!"]).toarray().astype(float).round(3).tolist()  # (1 + log 2) * 1, 1 * 2
[[0.646, 0.763]]
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from .features import syllable_ngrams


@dataclass(frozen=True)
class TfidfFeatures:
    """A fixed n-gram vocabulary (n-gram -> column) with its IDF weights.

    Args:
        vocabulary: n-gram -> column index, columns 0..len-1.
        idf: one IDF weight per column.
        ngram_range: syllable n-gram sizes, inclusive (see :func:`~.features.syllable_ngrams`).
        title: whether the first line's n-grams also count as ``t:`` headline features.
    """

    vocabulary: dict[str, int]
    idf: np.ndarray
    ngram_range: tuple[int, int] = (1, 2)
    title: bool = True

    def counts(self, texts: list[str]) -> sparse.csr_matrix:
        """Raw counts of the vocabulary's n-grams, one row per text (float32, sorted indices).

        >>> TfidfFeatures({"a": 0, "b": 1}, np.ones(2), (1, 1), False).counts(["b a b c"]).toarray().tolist()
        [[1.0, 2.0]]
        """
        columns: list[int] = []
        values: list[int] = []
        indptr = [0]
        lookup = self.vocabulary.get
        for text in texts:
            counter = Counter(lookup(gram) for gram in syllable_ngrams(text, self.ngram_range, self.title))
            counter.pop(None, None)
            for column in sorted(counter):
                columns.append(column)
                values.append(counter[column])
            indptr.append(len(columns))
        arrays = (np.asarray(values, dtype=np.float32), np.asarray(columns, dtype=np.int32), np.asarray(indptr))
        return sparse.csr_matrix(arrays, shape=(len(texts), len(self.vocabulary)))

    def transform(self, texts: list[str]) -> sparse.csr_matrix:
        """TF-IDF rows: ``(1 + log count) * idf``, each row scaled to unit L2 norm (float32).

        >>> TfidfFeatures({"a": 0}, np.ones(1), (1, 1), False).transform(["x y"]).nnz
        0
        """
        matrix = self.counts(texts)
        data = matrix.data
        np.log(data, out=data)
        data += 1.0
        data *= self.idf[matrix.indices].astype(np.float32, copy=False)
        rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        norms = np.sqrt(np.bincount(rows, weights=data.astype(np.float64) ** 2, minlength=matrix.shape[0]))
        data /= norms[rows]
        return matrix
