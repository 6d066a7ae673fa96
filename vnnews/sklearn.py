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

import dataclasses
import sys
import unicodedata
from collections import Counter
from typing import Any, Iterable

from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction import DictVectorizer
from sklearn.utils.validation import check_is_fitted

from .document import Document
from .errors import InputError, check_text
from .normalize import convert_tone_style, normalize
from .topics.features import ngrams, syllables
from .topics.scoring import as_texts

ADMIN_LABELS = ("PROVINCE", "DISTRICT", "COMMUNE")
_FIELDS = {"words": ("normalized", "tokens"), "entities": ("entities",), "topic": ("topic",)}  # Document fields per part


class WordAnalyzer:
    """Callable ``text -> list of words`` for ``TfidfVectorizer(analyzer=...)``.

    The text is normalised first (:func:`vnnews.normalize`: NFC, look-alike letters, legacy
    fonts, the "new" tone style), so every spelling of a word is one feature. Words are
    lower-cased, their syllables joined by ``_``; tokens without a letter or digit
    (punctuation) are dropped. ``backend`` is a :mod:`vnnews.segment` backend
    ("underthesea", "pyvi") or "syllable" (no segmenter: fast). ``ngram_range`` adds word
    n-grams. Plain attributes only, so it pickles with the vectorizer.

    >>> WordAnalyzer()("Thủy điện Hòa Bình phát điện.")
    ['thuỷ_điện', 'hoà_bình', 'phát_điện']
    >>> WordAnalyzer(backend="syllable", ngram_range=(1, 2))("Hà Nội mưa")
    ['hà', 'nội', 'mưa', 'hà nội', 'nội mưa']
    """

    def __init__(self, backend: str = "underthesea", ngram_range: tuple[int, int] = (1, 1)):
        self.backend = backend
        self.ngram_range = ngram_range

    def __call__(self, text: str) -> list[str]:
        check_text(text, who="WordAnalyzer")
        return self.words_of_normalized(normalize(text))

    def words_of_normalized(self, text: str) -> list[str]:
        """The analyzer's words of a text already normalised (a Pipeline's ``doc.normalized``)."""
        if self.backend == "syllable":
            words = syllables(text)
        else:
            from .segment import word_tokenize

            words = word_forms(word_tokenize(text, backend=self.backend))
        return ngrams(words, _ngram_range(self.ngram_range))

    def __repr__(self) -> str:
        return f"WordAnalyzer(backend={self.backend!r}, ngram_range={self.ngram_range!r})"


def _ngram_range(value: Any) -> tuple[int, int]:
    """``value`` as (low, high) with 1 <= low <= high, as scikit-learn's vectorizers require;
    InputError otherwise ((2, 1) gave no words, 3 a TypeError, (0, 2) the unigrams of (1, 2)).

    >>> _ngram_range([1, 2])
    (1, 2)
    """
    ok = isinstance(value, (tuple, list)) and len(value) == 2 and all(
        isinstance(n, int) and not isinstance(n, bool) for n in value)
    if not ok or not 1 <= value[0] <= value[1]:
        raise InputError(f"ngram_range must be a pair (low, high) of integers with 1 <= low <= high, not {value!r}")
    return tuple(value)


class DocumentFeatures(TransformerMixin, BaseEstimator):
    """Documents (or texts) to a sparse matrix: words, entity labels, admin units, topic scores.

    A text is analysed as ``vnnews.load()(text)`` would analyse it (site furniture left out,
    normalised, diacritics restored when missing; words by ``word_backend``), so a text and
    its Document give the same row; a :class:`~vnnews.document.Document` contributes what it
    already holds (its tokens, entities and topic), its text is analysed for a missing part.
    Words are the forms the Pipeline read (:func:`word_forms`), punctuation left out.
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
        if not isinstance(X, Iterable):
            raise InputError(f"expected a list of texts or Documents, not {type(X).__name__}")
        readers: dict = {}  # a Pipeline per set of missing parts, made when first needed
        return [self._features(item, readers, number) for number, item in enumerate(X)]

    def _features(self, item: Any, readers: dict, number: int = 0) -> dict[str, float]:
        doc = item if isinstance(item, Document) else None
        (text,) = as_texts([item], first=number)
        syllable = self.word_backend == "syllable"
        wants = {
            "words": self.words and not (doc and (doc.tokens or (syllable and doc.normalized is not None))),
            "entities": (self.entities or self.admin_units) and not (doc and doc.entities),
            "topic": self.topics and not (doc and doc.topic),
        }
        if any(wants.values()):  # what the Document lacks, read as vnnews.load()(text) reads it
            parts = tuple(part for part, wanted in wants.items() if wanted)
            if parts not in readers:
                readers[parts] = self._reader(parts)
            read = readers[parts](text)
            fields = [field for part in parts for field in _FIELDS[part]]
            doc = dataclasses.replace(doc or read, **{field: getattr(read, field) for field in fields})
        features: Counter = Counter()
        if self.words:  # the words the Pipeline read (restored, look-alikes fixed)
            if syllable:
                words = WordAnalyzer("syllable").words_of_normalized(doc.normalized or "")
            else:
                words = word_forms(t.norm or t.text for t in doc.tokens)
            for word in words:
                features["word=" + word] += 1
        if self.entities or self.admin_units:
            for entity in doc.entities:
                if self.entities:
                    features["entity=" + entity.label] += 1
                if self.admin_units and entity.label in ADMIN_LABELS:
                    features[f"unit={entity.label}:{entity.attrs.get('code') or entity.name or entity.text}"] += 1
        if self.topics and doc.topic:
            for label, score in doc.topic.scores.items():
                features["topic=" + label] = float(score)
        return dict(features)

    def _reader(self, parts: tuple[str, ...]):
        """A Pipeline with the steps of ``parts`` (a Document without entities does not have
        its words and topic analysed again)."""
        from .pipeline import Pipeline

        syllable = self.word_backend == "syllable"
        return Pipeline(
            words="words" in parts and not syllable,
            backend="underthesea" if syllable else self.word_backend,
            entities="entities" in parts,
            topic="topic" in parts,
            topic_model=self.topic_model,
            max_length=sys.maxsize,
        )


def word_forms(words: Iterable[str]) -> list[str]:
    """Feature forms of segmented words: lower case, NFC, "new" tone style, syllables joined
    by ``_``; punctuation (no letter or digit) dropped.

    >>> word_forms(["Thủy điện", "Hòa Bình", ".", "95%"])
    ['thuỷ_điện', 'hoà_bình', '95%']
    """
    return [
        convert_tone_style(unicodedata.normalize("NFC", word).lower(), "new").replace(" ", "_")
        for word in words
        if any(char.isalnum() for char in word)
    ]
