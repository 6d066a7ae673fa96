"""A user's topic model (``vnnews train topics -o DIR``) where the shipped one is used.

:func:`as_topic_model` turns what a user passes as ``topic_model=`` (None, a folder, a
loaded :class:`~.shipped.TopicModel` or a fitted :class:`~vnnews.topics.TopicClassifier`)
into a :class:`~.shipped.TopicModel`; :func:`load_topic_model_folder` loads a folder once
per process, under a lock, cached per path (a folder written again is read again).

>>> import tempfile
>>> from vnnews.topics import TopicClassifier, save_model
>>> clf = TopicClassifier(min_df=1, calibration_size=0).fit(["bóng đá", "cổ phiếu"] * 3, ["sport", "money"] * 3)
>>> with tempfile.TemporaryDirectory() as folder:
...     _ = save_model(clf, folder)
...     model = load_topic_model_folder(folder)
...     same = load_topic_model_folder(folder) is model
>>> same, model.classify(["bóng đá"])[0].label, model.classify(["bóng đá"])[0].government_administration
(True, 'sport', None)
"""

from __future__ import annotations

import os
import threading
import weakref
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InputError, ModelError
from .shipped import TopicModel, load_topic_model, read_topic_model
from .storage import META_FILE
from .tfidf import TfidfFeatures

_CACHE: dict[str, tuple[tuple[int, int], TopicModel]] = {}  # resolved folder -> (model.json stamp, model)
_LOCK = threading.Lock()
_CONVERTED: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # classifier -> (its coef_, TopicModel)
_WRONG_TYPE = "topic_model must be None, a folder written by 'vnnews train topics' or a loaded topic model, not "


def load_topic_model_folder(folder: str | os.PathLike) -> TopicModel:
    """The :class:`TopicModel` in ``folder``, loaded once per process and path (thread-safe).

    The cache key is the resolved path; a ``model.json`` changed since (size or modification
    time: the folder was trained again) is read again. Raises
    :class:`~vnnews.errors.ModelError` for a folder that does not exist or holds no model,
    and for changed, truncated or inconsistent model files.
    """
    path = Path(os.fspath(folder)).expanduser().resolve()
    stamp = _stamp(path, folder)
    cached = _CACHE.get(str(path))
    if cached is not None and cached[0] == stamp:
        return cached[1]
    with _LOCK:  # concurrent first calls wait for the one load
        cached = _CACHE.get(str(path))
        if cached is None or cached[0] != stamp:
            cached = (stamp, read_topic_model(path))
            _CACHE[str(path)] = cached
    return cached[1]


def check_topic_model_option(topic_model: Any) -> None:
    """Check a ``topic_model=`` option before any model loads: InputError for a value of
    the wrong type, ModelError for a folder that does not exist or has no ``model.json``
    (its files are verified when it loads).

    >>> check_topic_model_option("no/such/folder")
    Traceback (most recent call last):
    ...
    vnnews.errors.ModelError: topic model folder 'no/such/folder' does not exist
    """
    if isinstance(topic_model, (str, os.PathLike)):
        _stamp(Path(os.fspath(topic_model)).expanduser(), topic_model)
    elif not (topic_model is None or isinstance(topic_model, TopicModel) or _is_classifier(topic_model)):
        raise InputError(_WRONG_TYPE + type(topic_model).__name__)


def _is_classifier(value: Any) -> bool:
    """A fitted :class:`~vnnews.topics.TopicClassifier` (or one of the same shape)."""
    return all(hasattr(value, name) for name in ("vectorizer_", "temperature_", "coef_", "classes_"))


def _stamp(path: Path, given: Any) -> tuple[int, int]:
    if not path.is_dir():
        what = "is a file, not a folder" if path.exists() else "does not exist"
        raise ModelError(f"topic model folder {os.fspath(given)!r} {what}")
    try:
        stat = (path / META_FILE).stat()
    except FileNotFoundError:
        raise ModelError(
            f"topic model folder {os.fspath(given)!r} holds no {META_FILE}: not a folder written by "
            "'vnnews train topics -o DIR'"
        ) from None
    return stat.st_mtime_ns, stat.st_size


def as_topic_model(topic_model: Any = None) -> TopicModel:
    """The :class:`TopicModel` behind a ``topic_model=`` option: None is the shipped model.

    >>> as_topic_model() is load_topic_model()
    True
    >>> as_topic_model(3)
    Traceback (most recent call last):
    ...
    vnnews.errors.InputError: topic_model must be None, a folder written by 'vnnews train topics' or a loaded topic model, not int
    """
    if topic_model is None:
        return load_topic_model()
    if isinstance(topic_model, TopicModel):
        return topic_model
    if isinstance(topic_model, (str, os.PathLike)):
        return load_topic_model_folder(topic_model)
    if _is_classifier(topic_model):
        return _converted(topic_model)
    raise InputError(_WRONG_TYPE + type(topic_model).__name__)


def _converted(clf: Any) -> TopicModel:
    """:func:`from_classifier` of ``clf``, made once per fitted classifier (``classify(text,
    topic_model=clf)`` and ``DocumentFeatures`` ask per text) and again after a refit.

    >>> from vnnews.topics import TopicClassifier
    >>> clf = TopicClassifier(min_df=1, calibration_size=0).fit(["bóng đá", "cổ phiếu"] * 3, ["sport", "money"] * 3)
    >>> first = _converted(clf)
    >>> _converted(clf) is first, _converted(clf.fit(["a b", "c d"] * 3, ["x", "y"] * 3)) is first
    (True, False)
    """
    cached = _CONVERTED.get(clf)
    if cached is None or cached[0] is not clf.coef_:  # refitted since: new weights
        cached = (clf.coef_, from_classifier(clf))
        _CONVERTED[clf] = cached
    return cached[1]


def from_classifier(clf: Any) -> TopicModel:
    """The lean :class:`TopicModel` of a fitted :class:`~vnnews.topics.TopicClassifier`
    (the same probabilities, without scikit-learn at prediction time).

    >>> from vnnews.topics import TopicClassifier
    >>> clf = TopicClassifier(min_df=1, calibration_size=0).fit(["bóng đá", "cổ phiếu"] * 3, ["sport", "money"] * 3)
    >>> bool(np.allclose(from_classifier(clf).predict_proba(["bóng đá"]), clf.predict_proba(["bóng đá"]), atol=1e-6))
    True
    """
    vectorizer = clf.vectorizer_
    vocabulary = {str(gram): int(column) for gram, column in vectorizer.vocabulary_.items()}
    ngram_range = tuple(int(n) for n in clf.ngram_range)
    features = TfidfFeatures(vocabulary, np.asarray(vectorizer.idf_, dtype=np.float32), ngram_range, bool(clf.title))
    return TopicModel(
        features=features,
        classes=tuple(str(c) for c in clf.classes_),
        coef=np.ascontiguousarray(np.asarray(clf.coef_).T),
        intercept=np.asarray(clf.intercept_, dtype=np.float32),
        temperature=float(clf.temperature_),
        held_out_report=dict(getattr(clf, "held_out_report_", {}) or {}),
    )
