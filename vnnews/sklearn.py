"""Features from vnnews for a user's own scikit-learn estimators.

:class:`WordAnalyzer` turns a text into words (or syllables) and plugs into
``TfidfVectorizer(analyzer=WordAnalyzer())``. :class:`DocumentFeatures` turns Documents or
texts into one sparse matrix of words, entity labels, administrative units and topic
scores, for any downstream classifier.

>>> from sklearn.feature_extraction.text import TfidfVectorizer
>>> X = TfidfVectorizer(analyzer=WordAnalyzer(backend="syllable")).fit_transform(["Hà Nội mưa", "Huế nắng"])
>>> X.shape
(2, 5)
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.utils.validation import check_is_fitted

from .document import Document
from .errors import InputError, check_text
from .topics.features import ngrams, syllables
from .topics.scoring import as_texts

ADMIN_LABELS = ("PROVINCE", "DISTRICT", "COMMUNE")


class WordAnalyzer:
    """Callable ``text -> list of words`` for ``TfidfVectorizer(analyzer=...)``.

    Words are lower-cased, their syllables joined by ``_``; tokens without a letter or
    digit (punctuation) are dropped. ``backend`` is a :mod:`vnnews.segment` backend
    ("underthesea", "pyvi") or "syllable" (no segmenter: fast). ``ngram_range`` adds word
    n-grams. Plain attributes only, so it pickles with the vectorizer.

    >>> WordAnalyzer()("Thủy điện Hòa Bình phát điện.")
    ['thủy_điện', 'hòa_bình', 'phát_điện']
    >>> WordAnalyzer(backend="syllable", ngram_range=(1, 2))("Hà Nội mưa")
    ['hà', 'nội', 'mưa', 'hà nội', 'nội mưa']
    """

    def __init__(self, backend: str = "underthesea", ngram_range: tuple[int, int] = (1, 1)):
        self.backend = backend
        self.ngram_range = ngram_range

    def __call__(self, text: str) -> list[str]:
        check_text(text, who="WordAnalyzer")
        if self.backend == "syllable":
            words = syllables(text)
        else:
            from .segment import word_tokenize

            words = [
                word.lower().replace(" ", "_")
                for word in word_tokenize(text, backend=self.backend)
                if any(char.isalnum() for char in word)
            ]
        return ngrams(words, tuple(self.ngram_range))

    def __repr__(self) -> str:
        return f"WordAnalyzer(backend={self.backend!r}, ngram_range={tuple(self.ngram_range)!r})"


class DocumentFeatures(TransformerMixin, BaseEstimator):
    """Documents (or texts) to a sparse matrix: words, entity labels, admin units, topic scores.

    A text is analysed on the fly (words by ``word_backend``, entities by
    :func:`vnnews.entities.extract_entities`, topic by :func:`vnnews.topics.classify`); a
    :class:`~vnnews.document.Document` contributes what it already holds (its tokens,
    entities and topic), falling back to analysing its text for a missing part.
    Feature names: ``word=...``, ``entity=LABEL``, ``unit=LABEL:code`` and ``topic=label``.
    ``topic_model`` scores the topics of texts with a user's model (a folder written by
    ``vnnews train topics`` or a loaded model, as for :class:`vnnews.Pipeline`); None: the
    shipped VNTC model.

    >>> features = DocumentFeatures(entities=False, admin_units=False, word_backend="syllable")
    >>> X = features.fit_transform(["Giá cổ phiếu tăng", "Đội tuyển thắng trận"])
    >>> X.shape[0], "topic=the_thao" in features.get_feature_names_out()
    (2, True)
    """

    def __init__(
        self,
        words: bool = True,
        entities: bool = True,
        admin_units: bool = True,
        topics: bool = True,
        word_backend: str = "underthesea",
        topic_model: Any = None,
    ):
        self.words = words
        self.entities = entities
        self.admin_units = admin_units
        self.topics = topics
        self.word_backend = word_backend
        self.topic_model = topic_model

    def fit(self, X: Iterable[Any], y: Any = None) -> "DocumentFeatures":
        """Learn the feature names seen in ``X``."""
        self.vectorizer_ = DictVectorizer().fit(self._dicts(X))
        return self

    def transform(self, X: Iterable[Any]):
        """Sparse matrix (n_documents, n_features) of counts and topic probabilities."""
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.transform(self._dicts(X))

    def fit_transform(self, X: Iterable[Any], y: Any = None, **fit_params: Any):
        dicts = self._dicts(X)
        self.vectorizer_ = DictVectorizer()
        return self.vectorizer_.fit_transform(dicts)

    def get_feature_names_out(self, input_features: Any = None):
        """Names of the columns, as in scikit-learn."""
        check_is_fitted(self, "vectorizer_")
        return self.vectorizer_.get_feature_names_out()

    def _dicts(self, X: Iterable[Any]) -> list[dict[str, float]]:
        if isinstance(X, (str, bytes)):
            raise InputError("expected a list of texts or Documents, not a single string")
        return [self._features(item) for item in X]

    def _features(self, item: Any) -> dict[str, float]:
        doc = item if isinstance(item, Document) else None
        (text,) = as_texts([item])
        features: Counter = Counter()
        if self.words:
            tokens = [t.text.lower().replace(" ", "_") for t in doc.tokens] if doc and doc.tokens else None
            for word in tokens or WordAnalyzer(self.word_backend)(text):
                features["word=" + word] += 1
        if self.entities or self.admin_units:
            found = doc.entities if doc and doc.entities else _entities(text)
            for entity in found:
                if self.entities:
                    features["entity=" + entity.label] += 1
                if self.admin_units and entity.label in ADMIN_LABELS:
                    features[f"unit={entity.label}:{entity.attrs.get('code') or entity.name or entity.text}"] += 1
        if self.topics:
            topic = doc.topic if doc and doc.topic else _topic(text, self.topic_model)
            for label, score in topic.scores.items():
                features["topic=" + label] = float(score)
        return dict(features)


def _entities(text: str) -> list:
    from .entities import extract_entities

    return extract_entities(text) if text.strip() else []


def _topic(text: str, topic_model: Any = None):
    from .document import Topic
    from .topics import classify

    return classify(text, topic_model=topic_model) if text.strip() else Topic("", 0.0, {})
