"""The shipped topic model: ``classify(text)`` and ``load_topic_model()``.

The model lives in ``models/topics/`` (plain data, see :mod:`.storage`) and loads once per
process, under a lock, on first use.

>>> topic = classify("Thủ tướng chủ trì phiên họp Chính phủ thường kỳ\\nChính phủ bàn về cải cách thủ tục hành chính.")
>>> topic.label, topic.government_administration
('chinh_tri_xa_hoi', True)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import numpy as np

from ..document import Topic
from ..errors import InputError, ModelError
from ..resources import load_once, model_file
from .estimator import TopicClassifier, as_texts
from .government import government_score, is_crime_report
from .government_detector import GovernmentDetector, load_government_detector
from .labels import display_name
from .storage import META_FILE, load_model_with_extras

MODEL_NAME = "topics"


@dataclass(frozen=True)
class TopicModel:
    """A fitted topic classifier with its government-administration head.

    >>> model = load_topic_model()
    >>> model.classify(["Đội tuyển thắng 2-0 trong trận chung kết"])[0].label
    'the_thao'
    """

    classifier: TopicClassifier
    government_coef: np.ndarray | None = None
    government_intercept: float = 0.0
    government_threshold: float = 0.5
    government_detector: GovernmentDetector | None = None

    def classify(self, texts: Iterable[str]) -> list[Topic]:
        """One :class:`~vnnews.document.Topic` per text."""
        texts = as_texts(texts)
        for text in texts:
            if not text.strip():
                raise InputError("cannot classify an empty text")
        features = self.classifier.vectorizer_.transform(texts)
        proba = _proba(self.classifier, features)
        gov = (
            government_score(features, self.government_coef, self.government_intercept)
            if self.government_coef is not None
            else None
        )
        classes = [str(c) for c in self.classifier.classes_]
        if self.government_detector is not None:
            detected = self.government_detector.detect(texts, features, [dict(zip(classes, p)) for p in proba])
            gov = np.array([score for score, _ in detected])
        topics = []
        for row, scores in enumerate(proba):
            best = int(scores.argmax())
            topics.append(
                Topic(
                    label=classes[best],
                    score=round(float(scores[best]), 6),
                    scores={label: round(float(p), 6) for label, p in zip(classes, scores)},
                    government_administration=None if gov is None else (
                        detected[row][1] if self.government_detector is not None else self._is_government(texts[row], gov[row])
                    ),
                    government_administration_score=None if gov is None else round(float(gov[row]), 6),
                    display_name=display_name(classes[best]),
                )
            )
        return topics

    def _is_government(self, text: str, score: float) -> bool:
        """Score over the threshold, and a headline/lead that is not crime or court reporting.

        The veto follows the guideline (a criminal case is not administration); chosen by
        cross-validation on the hand-labelled training articles (see the model card).
        """
        return bool(score >= self.government_threshold) and not is_crime_report(text)


def _proba(clf: TopicClassifier, features) -> np.ndarray:
    """Calibrated probabilities from already vectorised features (one vectorisation per call)."""
    from scipy.special import softmax

    from .estimator import _class_margins

    margins = features @ clf.coef_.T + clf.intercept_
    return softmax(_class_margins(np.asarray(margins), len(clf.classes_)) / clf.temperature_, axis=1)


def _load() -> TopicModel:
    folder = model_file(MODEL_NAME, META_FILE).parent
    clf, meta, extras = load_model_with_extras(folder)
    government = meta.get("government")
    if government is None or "government_coef" not in extras:
        return TopicModel(clf)
    coef = extras["government_coef"].astype(np.float32)
    if coef.shape != (clf.coef_.shape[1],):
        raise ModelError(f"topic model in {folder}: government weights do not fit the vocabulary")
    detector = load_government_detector(folder, clf.coef_.shape[1])
    try:
        return TopicModel(clf, coef, float(government["intercept"]), float(government["threshold"]), detector)
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"topic model in {folder}: bad government-administration settings: {exc!r}") from None


load_topic_model = load_once(_load)
load_topic_model.__doc__ = """The shipped :class:`TopicModel`, loaded once per process (thread-safe).

>>> load_topic_model() is load_topic_model()
True
"""


def classify(text: str) -> Topic:
    """Topic of one news article: label, probability, all probabilities, government flag.

    Raises :class:`~vnnews.errors.InputError` for a non-string or empty text.

    >>> t = classify("Giá cổ phiếu ngân hàng tăng mạnh trên sàn chứng khoán")
    >>> t.label, round(sum(t.scores.values()), 3)
    ('kinh_doanh', 1.0)
    """
    if not isinstance(text, str):
        raise InputError(f"classify expects text (str), not {type(text).__name__}")
    return load_topic_model().classify([text])[0]
