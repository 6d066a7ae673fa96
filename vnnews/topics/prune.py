"""Keep only a fitted topic classifier's strongest n-grams: a smaller, faster-loading model.

Most of a linear model's n-grams carry weights near zero in every class. Dropping them
shrinks the vocabulary the model must load (its mapping is the slowest part of loading)
while the predictions stay the same on nearly every text.

>>> from vnnews.topics import TopicClassifier
>>> texts = ["bóng đá trận cầu", "tỷ giá chứng khoán", "bàn thắng cầu thủ", "cổ phiếu ngân hàng"] * 5
>>> labels = ["the_thao", "kinh_doanh", "the_thao", "kinh_doanh"] * 5
>>> clf = keep_strongest_ngrams(TopicClassifier(min_df=1, calibration_size=0).fit(texts, labels), 6)
>>> len(clf.vectorizer_.vocabulary_), clf.coef_.shape[1]
(6, 6)
>>> clf.predict(["cầu thủ ghi bàn", "giá cổ phiếu tăng"]).tolist()
['the_thao', 'kinh_doanh']
"""

from __future__ import annotations

import numpy as np
from sklearn.base import clone

from .estimator import TopicClassifier


def strongest_columns(coef: np.ndarray, keep: int) -> np.ndarray:
    """Sorted indices of the ``keep`` columns with the largest absolute weight in any row.

    >>> strongest_columns(np.array([[0.1, -3.0, 0.0], [0.2, 0.0, 1.0]]), 2).tolist()
    [1, 2]
    """
    magnitude = np.abs(np.atleast_2d(coef)).max(axis=0)
    if keep >= magnitude.size:
        return np.arange(magnitude.size)
    return np.sort(np.argsort(-magnitude, kind="stable")[:keep])


def keep_strongest_ngrams(clf: TopicClassifier, keep: int) -> TopicClassifier:
    """A copy of fitted ``clf`` restricted to its ``keep`` strongest n-grams (the rest dropped).

    TF-IDF vectors are normalised over the kept n-grams only, as for a model trained on them.
    """
    columns = strongest_columns(clf.coef_, keep)
    old = clf.vectorizer_
    by_index = sorted(old.vocabulary_, key=old.vocabulary_.get)
    vectorizer = clone(old).set_params(vocabulary={by_index[c]: i for i, c in enumerate(columns)})
    vectorizer.idf_ = old.idf_[columns]
    pruned = clone(clf)
    pruned.vectorizer_ = vectorizer
    pruned.classes_ = clf.classes_
    pruned.coef_ = np.ascontiguousarray(clf.coef_[:, columns])
    pruned.intercept_ = clf.intercept_
    pruned.temperature_ = clf.temperature_
    pruned.held_out_report_ = dict(clf.held_out_report_)
    return pruned
