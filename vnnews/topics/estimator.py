"""TopicClassifier: a scikit-learn estimator for news topics over syllable n-grams.

TF-IDF of syllable 1–2 grams (sublinear tf, headline n-grams counted apart) feeds a
linear SVM; its margins become probabilities through a softmax whose temperature is
fitted on a held-out part of the training data, so ``predict_proba`` is calibrated.

>>> texts = ["bóng đá trận cầu", "tỷ giá chứng khoán", "bàn thắng cầu thủ", "cổ phiếu ngân hàng"] * 5
>>> labels = ["the_thao", "kinh_doanh", "the_thao", "kinh_doanh"] * 5
>>> clf = TopicClassifier(min_df=1).fit(texts, labels)
>>> clf.predict(["cầu thủ ghi bàn", "giá cổ phiếu tăng"]).tolist()
['the_thao', 'kinh_doanh']
"""

from __future__ import annotations

from functools import partial
from typing import Any, Iterable

import numpy as np
from scipy import sparse
from scipy.optimize import minimize_scalar
from scipy.special import log_softmax, softmax
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import accuracy_score, f1_score
from sklearn.preprocessing import normalize
from sklearn.utils.validation import check_is_fitted

from ..errors import InputError
from .features import TITLE_PREFIX, syllable_ngrams
from .nbsvm import linear_weights
from .scoring import as_texts, class_margins
from .sources import inlp_subspace
from .split import held_out_split


class TopicClassifier(ClassifierMixin, BaseEstimator):
    """Linear topic classifier over syllable n-grams with calibrated probabilities.

    Args:
        ngram_range: syllable n-gram sizes, inclusive.
        title: also count the first line's n-grams as headline features.
        title_weight: scale of the headline features' IDF (1 = as body n-grams).
        min_df: drop n-grams seen in fewer documents (prunes the vocabulary).
        max_features: keep at most this many n-grams (most frequent), or None.
        C: inverse regularisation of the linear SVM.
        nb_svm: add an NB-weighted SVM's margins to the SVM's (see :mod:`.nbsvm`); the sum
            is still one weight matrix.
        class_weight: the linear SVM's ``class_weight`` (``"balanced"``: every topic weighs
            the same in the loss, whatever its share of the training data).
        ridge_alpha: when set, add a ``RidgeClassifier``'s margins (squared loss, this
            regularisation, the same ``class_weight``) to the SVM's; still one weight matrix.
        remove_source_directions: rounds of iterative null-space projection (INLP) removing
            the directions a linear classifier uses to tell the articles' sources (newspapers)
            apart; 0 = off. Needs ``fit(X, y, sources=...)``, one source per article (in a
            ``Pipeline``: ``fit(X, y, clf__sources=...)``; ``GridSearchCV`` splits it with the
            rows). The projection is folded into ``coef_``, so prediction needs no sources and
            costs the same.
        source_C: inverse regularisation of the L1 source classifier of each round (smaller:
            fewer n-grams per direction; on a small corpus a larger value finds any).
        calibration_size: share of the training data held out to fit the softmax
            temperature and to measure ``held_out_report_``; 0 skips both (temperature 1).
        random_state: seed of the held-out split.

    Fitted attributes: ``classes_``, ``vectorizer_``, ``coef_``, ``intercept_``,
    ``temperature_``, ``held_out_report_`` (accuracy, macro-F1, ECE, Brier, size), and with
    ``remove_source_directions`` the removed ``source_subspace_``
    (:class:`~vnnews.topics.sources.SourceSubspace`).

    >>> clf = TopicClassifier(min_df=1, calibration_size=0).fit(["a b", "c d"] * 3, ["x", "y"] * 3)
    >>> clf.predict_proba(["a b"]).shape
    (1, 2)
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (1, 2),
        title: bool = True,
        title_weight: float = 1.0,
        min_df: int | float = 2,
        max_features: int | None = None,
        C: float = 1.0,
        nb_svm: bool = False,
        class_weight: str | dict | None = None,
        ridge_alpha: float | None = None,
        remove_source_directions: int = 0,
        source_C: float = 0.1,
        calibration_size: float = 0.1,
        random_state: int = 0,
    ):
        self.ngram_range = ngram_range
        self.title = title
        self.title_weight = title_weight
        self.min_df = min_df
        self.max_features = max_features
        self.C = C
        self.nb_svm = nb_svm
        self.class_weight = class_weight
        self.ridge_alpha = ridge_alpha
        self.remove_source_directions = remove_source_directions
        self.source_C = source_C
        self.calibration_size = calibration_size
        self.random_state = random_state

    def fit(self, X: Iterable[Any], y: Iterable[Any], sources: Iterable[Any] | None = None) -> "TopicClassifier":
        """Fit on texts (or Documents) ``X`` with labels ``y``; returns self.

        ``sources`` (one per text, e.g. the newspaper) is used only with
        ``remove_source_directions``.
        """
        texts = as_texts(X)
        labels = np.asarray(list(y))
        if len(labels) != len(texts):
            raise InputError(f"{len(texts)} texts but {len(labels)} labels")
        if len(np.unique(labels)) < 2:
            raise InputError("need at least two distinct labels to train a classifier")
        self.vectorizer_ = TfidfVectorizer(
            analyzer=partial(syllable_ngrams, ngram_range=tuple(self.ngram_range), title=self.title),
            min_df=self.min_df,
            max_features=self.max_features,
            sublinear_tf=True,
            dtype=np.float32,
        )
        features = self.vectorizer_.fit_transform(texts)
        if self.title_weight != 1.0:
            features = self._weigh_headline(features)
        if self.remove_source_directions:
            features = self._remove_sources(features, sources, len(labels))
        self.temperature_ = 1.0
        self.held_out_report_: dict[str, float] = {}
        if self.calibration_size:
            self._calibrate(features, labels)
        self.classes_, self.coef_, self.intercept_ = linear_weights(
            features, labels, self.C, self.nb_svm, self.class_weight, self.ridge_alpha
        )
        if self.remove_source_directions:
            self.coef_ = self.source_subspace_.project_weights(self.coef_)
        return self

    def _remove_sources(self, features, sources, n_texts: int):
        """Fit ``source_subspace_`` (INLP on the sources) and return the projected rows."""
        if sources is None:
            raise InputError("remove_source_directions needs one source per text: fit(X, y, sources=...)")
        sources = np.asarray(list(sources))
        if len(sources) != n_texts:
            raise InputError(f"{n_texts} texts but {len(sources)} sources")
        self.source_subspace_ = inlp_subspace(features, sources, self.remove_source_directions, C=self.source_C)
        return self.source_subspace_.project(features)

    def _weigh_headline(self, features):
        """Scale the headline (``t:``) n-grams' IDF by ``title_weight``; the re-normalised rows.

        Folded into ``vectorizer_.idf_``, so transforming new texts applies the same weight.
        """
        vocabulary = self.vectorizer_.vocabulary_
        headline = np.zeros(len(vocabulary), dtype=bool)
        headline[[column for gram, column in vocabulary.items() if gram.startswith(TITLE_PREFIX)]] = True
        weights = np.where(headline, self.title_weight, 1.0).astype(np.float32)
        self.vectorizer_.idf_ = self.vectorizer_.idf_ * weights
        return normalize(features @ sparse.diags(weights)).astype(np.float32)

    def _calibrate(self, features, labels: np.ndarray) -> None:
        """Fit on part of the data, then fit the temperature and report on the rest."""
        fit_idx, held_idx = held_out_split(
            np.arange(len(labels)), labels, self.calibration_size, random_state=self.random_state
        )
        classes, coef, intercept = linear_weights(
            features[fit_idx], labels[fit_idx], self.C, self.nb_svm, self.class_weight, self.ridge_alpha
        )
        margins = class_margins(features[held_idx] @ coef.T + intercept, len(classes))
        truth = np.searchsorted(classes, labels[held_idx])
        known = np.isin(labels[held_idx], classes)
        self.temperature_ = fit_temperature(margins[known], truth[known])
        proba = softmax(margins / self.temperature_, axis=1)
        predicted = classes[proba.argmax(axis=1)]
        self.held_out_report_ = {
            "size": int(len(held_idx)),
            "accuracy": float(accuracy_score(labels[held_idx], predicted)),
            "macro_f1": float(f1_score(labels[held_idx], predicted, average="macro")),
            **calibration_report(proba[known], truth[known]),
        }

    def decision_function(self, X: Iterable[Any]) -> np.ndarray:
        """Linear margins: shape (n,) for two classes, (n, n_classes) otherwise."""
        check_is_fitted(self, "coef_")
        scores = self.vectorizer_.transform(as_texts(X)) @ self.coef_.T.astype(np.float32) + self.intercept_
        return scores.ravel() if scores.shape[1] == 1 else scores

    def predict_proba(self, X: Iterable[Any]) -> np.ndarray:
        """Calibrated class probabilities, columns in the order of ``classes_``."""
        check_is_fitted(self, "coef_")
        margins = class_margins(self.decision_function(X), len(self.classes_))
        return softmax(margins / self.temperature_, axis=1)

    def predict(self, X: Iterable[Any]) -> np.ndarray:
        """The most probable label of each text."""
        best = self.predict_proba(X).argmax(axis=1)
        return self.classes_[best]


def fit_temperature(margins: np.ndarray, truth: np.ndarray) -> float:
    """The softmax temperature minimising the negative log-likelihood of ``truth``.

    >>> m = np.array([[2.0, 0.0], [0.0, 2.0], [2.0, 0.0], [0.0, 2.0]])
    >>> fit_temperature(m, np.array([0, 1, 0, 0])) > 1.0
    True
    """
    if len(truth) == 0:
        return 1.0

    def nll(log_t: float) -> float:
        logp = log_softmax(margins / np.exp(log_t), axis=1)
        return -float(logp[np.arange(len(truth)), truth].mean())

    return float(np.exp(minimize_scalar(nll, bounds=(-5, 5), method="bounded").x))


def calibration_report(proba: np.ndarray, truth: np.ndarray, bins: int = 15) -> dict[str, float]:
    """Expected calibration error (top label, equal-width bins), Brier score and log loss.

    >>> calibration_report(np.array([[0.9, 0.1], [0.2, 0.8]]), np.array([0, 1]))["ece"] < 0.2
    True
    """
    if len(truth) == 0:
        return {}
    confidence = proba.max(axis=1)
    correct = (proba.argmax(axis=1) == truth).astype(float)
    which = np.minimum((confidence * bins).astype(int), bins - 1)
    ece = sum(
        abs(correct[which == b].mean() - confidence[which == b].mean()) * (which == b).mean()
        for b in range(bins)
        if (which == b).any()
    )
    onehot = np.zeros_like(proba)
    onehot[np.arange(len(truth)), truth] = 1.0
    picked = np.clip(proba[np.arange(len(truth)), truth], 1e-12, 1.0)
    return {
        "ece": float(ece),
        "brier": float(((proba - onehot) ** 2).sum(axis=1).mean()),
        "log_loss": float(-np.log(picked).mean()),
    }
