"""Save and load a fitted TopicClassifier as plain data: JSON, UTF-8 text, NumPy ``.npz``.

Nothing in these files can run code on load (no pickle): ``model.json`` holds the labels,
parameters, temperature and the SHA-256 of the other two files; ``vocabulary.txt`` the
n-grams in feature order, one a line (a plain split and ``dict(zip(...))`` load it faster
than JSON); ``weights.npz`` the IDF weights and the coefficients (float16). A changed or
truncated file raises :class:`~vnnews.errors.ModelError`.

>>> import tempfile
>>> from vnnews.topics import TopicClassifier
>>> clf = TopicClassifier(min_df=1, calibration_size=0).fit(["a b", "c d"] * 3, ["x", "y"] * 3)
>>> with tempfile.TemporaryDirectory() as folder:
...     _ = save_model(clf, folder)
...     load_model(folder).predict(["a b"]).tolist()
['x']
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from ..errors import ModelError
from .features import syllable_ngrams

if TYPE_CHECKING:
    from .estimator import TopicClassifier

FORMAT = "vnnews-topic-model"
FORMAT_VERSION = 2
META_FILE = "model.json"
VOCABULARY_FILE = "vocabulary.txt"
VOCABULARY_FILES = {1: "vocabulary.json.gz", 2: VOCABULARY_FILE}
"""The vocabulary file of each readable format version (version 1: a gzipped JSON list)."""
WEIGHTS_FILE = "weights.npz"


def save_model(
    clf: TopicClassifier, folder: str | Path, extra_arrays: dict[str, np.ndarray] | None = None, **meta: Any
) -> Path:
    """Write ``clf`` (fitted) into ``folder``; ``meta`` adds JSON fields, ``extra_arrays`` arrays.

    Returns the path of ``model.json``. The output is deterministic for a given model.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    vocabulary = sorted(clf.vectorizer_.vocabulary_, key=clf.vectorizer_.vocabulary_.get)
    if any("\n" in gram for gram in vocabulary):
        raise ModelError("a vocabulary entry holds a line break: it cannot be stored one per line")
    vocabulary_bytes = "\n".join(vocabulary).encode("utf-8")
    arrays = {
        "coef": clf.coef_.astype(np.float16),
        "intercept": clf.intercept_.astype(np.float32),
        "idf": clf.vectorizer_.idf_.astype(np.float32),
        **(extra_arrays or {}),
    }
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    weights_bytes = buffer.getvalue()
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "classes": [str(c) for c in clf.classes_],
        "params": {"ngram_range": list(clf.ngram_range), "title": bool(clf.title), "C": clf.C, "nb_svm": bool(clf.nb_svm),
                   "title_weight": float(clf.title_weight), "class_weight": clf.class_weight,
                   "ridge_alpha": clf.ridge_alpha,
                   "remove_source_directions": int(clf.remove_source_directions), "source_C": float(clf.source_C)},
        "temperature": clf.temperature_,
        "held_out_report": clf.held_out_report_,
        **meta,
    }
    document["sha256"] = {
        VOCABULARY_FILE: _sha256(vocabulary_bytes),
        WEIGHTS_FILE: _sha256(weights_bytes),
        META_FILE: _sha256(_canonical(document)),
    }
    (folder / VOCABULARY_FILE).write_bytes(vocabulary_bytes)
    (folder / WEIGHTS_FILE).write_bytes(weights_bytes)
    path = folder / META_FILE
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return path


def read_model_files(folder: str | Path) -> tuple[dict[str, Any], list[str], dict[str, np.ndarray]]:
    """Read and verify the three files: (metadata, vocabulary, arrays). Raises ModelError."""
    folder = Path(folder)
    try:
        meta = json.loads((folder / META_FILE).read_text(encoding="utf-8"))
        if not isinstance(meta, dict) or meta.get("format") != FORMAT:
            raise ModelError(f"{folder / META_FILE} is not a vnnews topic model")
        vocabulary_file = VOCABULARY_FILES.get(meta.get("format_version"))
        if vocabulary_file is None:
            raise ModelError(f"topic model format {meta.get('format_version')!r} is not readable by this vnnews")
        vocabulary_bytes = (folder / vocabulary_file).read_bytes()
        weights_bytes = (folder / WEIGHTS_FILE).read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(f"topic model file missing: {exc.filename}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ModelError(f"topic model metadata {folder / META_FILE} is not valid JSON: {exc}") from None
    expected = meta.pop("sha256", None) or {}
    checked = ((META_FILE, _canonical(meta)), (vocabulary_file, vocabulary_bytes), (WEIGHTS_FILE, weights_bytes))
    for name, data in checked:
        if expected.get(name) != _sha256(data):
            raise ModelError(f"topic model file {folder / name} does not match its checksum: changed or corrupt")
    try:
        vocabulary = _vocabulary(vocabulary_bytes, vocabulary_file)
        with np.load(io.BytesIO(weights_bytes), allow_pickle=False) as npz:
            arrays = {name: npz[name] for name in npz.files}
    except (OSError, EOFError, ValueError) as exc:
        raise ModelError(f"topic model in {folder} cannot be read: {exc}") from None
    return meta, vocabulary, arrays


def load_model(folder: str | Path) -> TopicClassifier:
    """A fitted :class:`TopicClassifier` from files written by :func:`save_model`."""
    return load_model_with_extras(folder)[0]


def load_model_with_extras(folder: str | Path) -> tuple[TopicClassifier, dict[str, Any], dict[str, np.ndarray]]:
    """(classifier, metadata, extra arrays) from files written by :func:`save_model`.

    Imports scikit-learn (the classifier is its estimator); the shipped model's prediction
    path reads the same files with :func:`read_model_files` alone.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    from .estimator import TopicClassifier

    meta, vocabulary, arrays = read_model_files(folder)
    try:
        classes = np.asarray(meta["classes"])
        coef, intercept, idf = arrays["coef"], arrays["intercept"], arrays["idf"]
        params = meta["params"]
        ngram_range = tuple(int(n) for n in params["ngram_range"])
        shapes_ok = coef.shape[1] == len(vocabulary) == len(idf) and coef.shape[0] == len(intercept)
        if not shapes_ok or coef.shape[0] not in (len(classes), 1 if len(classes) == 2 else -1):
            raise ModelError(f"topic model in {folder}: array shapes do not fit {len(classes)} classes")
        clf = TopicClassifier(
            ngram_range=ngram_range,
            title=bool(params["title"]),
            C=float(params.get("C", 1.0)),
            nb_svm=bool(params.get("nb_svm", False)),
            title_weight=float(params.get("title_weight", 1.0)),
            class_weight=params.get("class_weight"),
            ridge_alpha=params.get("ridge_alpha"),
            remove_source_directions=int(params.get("remove_source_directions", 0)),
            source_C=float(params.get("source_C", 0.1)),
        )
        vectorizer = TfidfVectorizer(
            analyzer=partial(syllable_ngrams, ngram_range=ngram_range, title=clf.title),
            vocabulary=dict(zip(vocabulary, range(len(vocabulary)))),
            sublinear_tf=True,
            dtype=np.float32,
        )
        vectorizer.idf_ = idf
        clf.vectorizer_ = vectorizer
        clf.classes_ = classes
        clf.coef_ = coef.astype(np.float32)
        clf.intercept_ = intercept.astype(np.float32)
        clf.temperature_ = float(meta["temperature"])
        clf.held_out_report_ = dict(meta.get("held_out_report") or {})
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise ModelError(f"topic model in {folder} is incomplete or inconsistent: {exc!r}") from None
    extras = {name: array for name, array in arrays.items() if name not in ("coef", "intercept", "idf")}
    return clf, meta, extras


def _vocabulary(data: bytes, name: str) -> list[str]:
    """The n-grams of a vocabulary file: one a line, or (format 1) a gzipped JSON list."""
    if name.endswith(".json.gz"):
        return json.loads(gzip.decompress(data))
    return data.decode("utf-8").split("\n") if data else []


def _canonical(meta: dict[str, Any]) -> bytes:
    """The metadata's bytes for its checksum: sorted keys, fixed separators."""
    return json.dumps(meta, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
