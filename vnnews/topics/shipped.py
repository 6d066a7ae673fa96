"""The shipped topic model: ``classify(text)`` and ``load_topic_model()``, without scikit-learn.

The model lives in ``models/topics/`` (plain data, see :mod:`.storage`) and loads once per
process, under a lock, on first use. Prediction uses NumPy/SciPy only (TF-IDF in
:mod:`.tfidf`, float16 weights, temperature softmax, the government head), so a worker that
only classifies never imports scikit-learn; :func:`.storage.load_model` gives the same model
as a scikit-learn :class:`~vnnews.topics.TopicClassifier` when one is wanted.

>>> topic = classify("Thủ tướng chủ trì phiên họp Chính phủ thường kỳ\\nChính phủ bàn về cải cách thủ tục hành chính.")
>>> topic.label, topic.government_administration
('chinh_tri_xa_hoi', True)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

import numpy as np
from scipy import sparse

from ..document import Topic
from ..errors import InputError, ModelError, check_text
from ..resources import load_once, model_file
from .government import government_score, is_crime_report
from .government_detector import GovernmentDetector, load_government_detector
from .labels import display_name
from .scoring import as_texts, calibrated_proba
from .storage import META_FILE, read_model_files
from .tfidf import TfidfFeatures

MODEL_NAME = "topics"


@dataclass(frozen=True)
class TopicModel:
    """A fitted linear topic model with its government-administration head.

    ``coef`` is (n_features, n_classes), kept in the stored float16.

    >>> model = load_topic_model()
    >>> model.classify(["Đội tuyển thắng 2-0 trong trận chung kết"])[0].label
    'the_thao'
    """

    features: TfidfFeatures
    classes: tuple[str, ...]
    coef: np.ndarray
    intercept: np.ndarray
    temperature: float
    government_coef: np.ndarray | None = None
    government_intercept: float = 0.0
    government_threshold: float = 0.5
    held_out_report: dict[str, Any] = field(default_factory=dict)
    government_detector: GovernmentDetector | None = None

    def predict_proba(self, texts: Iterable[Any]) -> np.ndarray:
        """Calibrated probabilities, one row per text, columns in the order of ``classes``.

        >>> load_topic_model().predict_proba(["Giá vàng tăng"]).shape
        (1, 10)
        """
        return self._proba(self.features.transform(as_texts(texts)))

    def classify(self, texts: Iterable[Any]) -> list[Topic]:
        """One :class:`~vnnews.document.Topic` per text (texts or Documents)."""
        texts = as_texts(texts)
        for text in texts:
            if not text.strip():
                raise InputError("cannot classify an empty text")
        features = self.features.transform(texts)
        proba = self._proba(features)
        gov = None
        if self.government_coef is not None:
            gov = government_score(features, self.government_coef, self.government_intercept)
        detected = None
        if self.government_detector is not None:
            detected = self.government_detector.detect(texts, features, [dict(zip(self.classes, p)) for p in proba])
            gov = np.array([score for score, _ in detected])
        topics = []
        for row, scores in enumerate(proba):
            best = int(scores.argmax())
            topics.append(
                Topic(
                    label=self.classes[best],
                    score=round(float(scores[best]), 6),
                    scores={label: round(float(p), 6) for label, p in zip(self.classes, scores)},
                    government_administration=None if gov is None else (
                        detected[row][1] if detected is not None else self._is_government(texts[row], gov[row])
                    ),
                    government_administration_score=None if gov is None else round(float(gov[row]), 6),
                    display_name=display_name(self.classes[best]),
                )
            )
        return topics

    def _proba(self, features: sparse.csr_matrix) -> np.ndarray:
        """Softmax(margins / temperature); margins = features · coef + intercept."""
        return calibrated_proba(self._margins(features) + self.intercept, len(self.classes), self.temperature)

    def _margins(self, features: sparse.csr_matrix) -> np.ndarray:
        """features · coef, reading only the weight rows of the n-grams present (no float32 copy)."""
        weights = self.coef[features.indices].astype(np.float32)
        nnz = features.indices.size
        picks = sparse.csr_matrix((features.data, np.arange(nnz), features.indptr), shape=(features.shape[0], nnz))
        return np.asarray(picks @ weights)

    def _is_government(self, text: str, score: float) -> bool:
        """Score over the threshold, and a headline/lead that is not crime or court reporting.

        The veto follows the guideline (a criminal case is not administration); chosen by
        cross-validation on the hand-labelled training articles (see the model card).
        """
        return bool(score >= self.government_threshold) and not is_crime_report(text)


def _load() -> TopicModel:
    folder = model_file(MODEL_NAME, META_FILE).parent
    meta, vocabulary, arrays = read_model_files(folder)
    try:
        coef, intercept, idf = arrays["coef"], arrays["intercept"], arrays["idf"]
        classes = tuple(str(c) for c in meta["classes"])
        params = meta["params"]
        rows_ok = coef.shape[0] == len(intercept) and coef.shape[0] in (len(classes), 1 if len(classes) == 2 else -1)
        if not rows_ok or not coef.shape[1] == len(vocabulary) == len(idf):
            raise ModelError(f"topic model in {folder}: array shapes do not fit {len(classes)} classes")
        features = TfidfFeatures(
            dict(zip(vocabulary, range(len(vocabulary)))),
            idf.astype(np.float32),
            tuple(int(n) for n in params["ngram_range"]),
            bool(params["title"]),
        )
        parts = dict(
            features=features,
            classes=classes,
            coef=np.ascontiguousarray(coef.T),
            intercept=intercept.astype(np.float32),
            temperature=float(meta["temperature"]),
            held_out_report=dict(meta.get("held_out_report") or {}),
        )
        government = meta.get("government")
        if government is not None and "government_coef" in arrays:
            gov_coef = arrays["government_coef"].astype(np.float32)
            if gov_coef.shape != (len(vocabulary),):
                raise ModelError(f"topic model in {folder}: government weights do not fit the vocabulary")
            parts.update(
                government_coef=gov_coef,
                government_intercept=float(government["intercept"]),
                government_threshold=float(government["threshold"]),
                government_detector=load_government_detector(folder, len(vocabulary), meta.get("sha256")),
            )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelError(f"topic model in {folder} is incomplete or inconsistent: {exc!r}") from None
    return TopicModel(**parts)


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
    check_text(text, who="classify")
    return load_topic_model().classify([text])[0]
