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
from pathlib import Path
from typing import Any, Iterable

import numpy as np
from scipy import sparse

from ..document import Topic
from ..errors import InputError, ModelError, check_text
from ..resources import load_once, model_file
from .government import government_score, is_crime_report
from .government_detector import GovernmentDetector, load_government_detector
from .labels import display_name
from .priors import adjust_to_priors, estimate_priors
from .scoring import as_texts, calibrated_proba
from .storage import META_FILE, read_model_files
from .tfidf import TfidfFeatures

MODEL_NAME = "topics"


@dataclass(frozen=True, eq=False, repr=False)
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
    train_priors: np.ndarray | None = None
    """Class shares of the training data, in the order of ``classes`` (for prior adaptation)."""

    def __repr__(self) -> str:
        """Short: the arrays are large (``print(Pipeline(topic_model=model))`` shows it).

        >>> load_topic_model()
        TopicModel(10 classes, ... n-grams, government head)
        """
        head = "government head" if self.government_coef is not None else "no government head"
        return f"TopicModel({len(self.classes)} classes, {len(self.features.vocabulary):,} n-grams, {head})"

    def predict_proba(self, texts: Iterable[Any]) -> np.ndarray:
        """Calibrated probabilities, one row per text, columns in the order of ``classes``.

        >>> load_topic_model().predict_proba(["Giá vàng tăng"]).shape
        (1, 10)
        """
        return self._proba(self.features.transform(as_texts(texts)))

    def predict_proba_corpus(self, texts: Iterable[Any], adapt_priors: bool = True) -> np.ndarray:
        """Probabilities of a whole corpus, adapted to the corpus's own topic mix.

        The mix is estimated from the corpus's unlabelled texts by :func:`.priors.estimate_priors`
        (at least 50 texts, else :class:`~vnnews.errors.InputError`); ``adapt_priors=False``
        gives :meth:`predict_proba`. One row per text, in order.

        >>> texts = ["Đội tuyển thắng 2-0 trong trận chung kết"] * 40 + ["Giá vàng tăng mạnh"] * 20
        >>> load_topic_model().predict_proba_corpus(texts).shape
        (60, 10)
        """
        proba = self.predict_proba(texts)
        return self._adapted(proba)[0] if adapt_priors else proba

    def estimate_corpus_priors(self, texts: Iterable[Any]) -> dict[str, float]:
        """The topic mix of a corpus (at least 50 texts), estimated without labels.

        >>> mix = load_topic_model().estimate_corpus_priors(["Đội tuyển thắng 2-0 trong trận chung kết"] * 50)
        >>> max(mix, key=mix.get), mix["the_thao"] > 0.9
        ('the_thao', True)
        """
        return dict(zip(self.classes, self._adapted(self.predict_proba(texts))[1].round(6).tolist()))

    def _adapted(self, proba: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(probabilities moved to the estimated corpus priors, those priors)."""
        if self.train_priors is None:
            raise ModelError("this topic model records no training class shares: it cannot adapt to a corpus")
        priors = estimate_priors(proba, self.train_priors)
        return adjust_to_priors(proba, self.train_priors, priors), priors

    def classify(self, texts: Iterable[Any], adapt_priors: bool = False) -> list[Topic]:
        """One :class:`~vnnews.document.Topic` per text (texts or Documents).

        ``adapt_priors=True`` treats the texts as one corpus (50 or more): topic scores are
        moved to the corpus's estimated topic mix (:meth:`predict_proba_corpus`); the
        government detector still reads the per-article probabilities it was trained on.
        """
        texts = as_texts(texts)
        for text in texts:
            if not text.strip():
                raise InputError("cannot classify an empty text")
        features = self.features.transform(texts)
        proba = self._proba(features)
        topic_proba = self._adapted(proba)[0] if adapt_priors else proba
        gov = None
        if self.government_coef is not None:
            gov = government_score(features, self.government_coef, self.government_intercept)
        detected = None
        if self.government_detector is not None:
            detected = self.government_detector.detect(texts, features, [dict(zip(self.classes, p)) for p in proba])
            gov = np.array([score for score, _ in detected])
        topics = []
        for row, scores in enumerate(topic_proba):
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


def read_topic_model(folder: str | Path) -> TopicModel:
    """A :class:`TopicModel` from a folder written by :func:`.storage.save_model` (the shipped
    one or a user's ``vnnews train topics -o DIR``); not cached, see :func:`load_topic_model`.
    Raises :class:`~vnnews.errors.ModelError` for missing, changed or inconsistent files.

    >>> read_topic_model("no/such/folder")
    Traceback (most recent call last):
    ...
    vnnews.errors.ModelError: topic model file missing: no/such/folder/model.json
    """
    folder = Path(folder)
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
            train_priors=_train_priors(meta.get("train_class_counts"), classes),
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


def _train_priors(counts: dict[str, int] | None, classes: tuple[str, ...]) -> np.ndarray | None:
    """Class shares from ``model.json``'s ``train_class_counts`` (absent in older files: None)."""
    if counts is None:
        return None
    shares = np.array([float(counts[label]) for label in classes])
    if not (shares > 0).all():
        raise ValueError("train_class_counts must be positive")
    return shares / shares.sum()


_shipped_model = load_once(lambda: read_topic_model(model_file(MODEL_NAME, META_FILE).parent))


def load_topic_model(folder: str | Path | None = None) -> TopicModel:
    """The shipped :class:`TopicModel`, or with ``folder`` a user's model from that folder
    (``vnnews train topics -o DIR``); each loaded once per process (thread-safe) and cached
    per path (:func:`.user_models.load_topic_model_folder`).

    >>> load_topic_model() is load_topic_model()
    True
    """
    if folder is None:
        return _shipped_model()
    from .user_models import load_topic_model_folder

    return load_topic_model_folder(folder)


def classify(text: str, topic_model: Any = None) -> Topic:
    """Topic of one news article: label, probability, all probabilities, government flag.

    ``topic_model``: None (the shipped model), a folder written by ``vnnews train topics``
    or a loaded model (:func:`load_topic_model`, :func:`.storage.load_model`); a user's
    model without a government head gives ``government_administration=None`` (not scored).
    The text is read as the Pipeline's topic step reads it (:func:`.reading.topic_text`:
    site furniture left out, normalised, diacritics restored when missing), so the result is
    the topic of ``vnnews.load()(text)``.
    Raises :class:`~vnnews.errors.InputError` for a non-string or empty text,
    :class:`~vnnews.errors.ModelError` for a folder that holds no usable model.

    >>> t = classify("Giá cổ phiếu ngân hàng tăng mạnh trên sàn chứng khoán")
    >>> t.label, round(sum(t.scores.values()), 3)
    ('kinh_doanh', 1.0)
    """
    check_text(text, who="classify")
    from .reading import topic_text
    from .user_models import as_topic_model

    model = as_topic_model(topic_model)  # a bad folder fails before any text is read
    return model.classify([topic_text(text)])[0]
