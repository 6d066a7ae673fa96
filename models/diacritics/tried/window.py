"""The window model: how well an accented form fits the unaccented syllables around it.

The trigram model sees two accented neighbours on one side at a time; this model sees
three unaccented syllables on each side. A (form, context) pair is described by hashed
features, one per template of ``TEMPLATES`` (the form with the key of the syllable one to
the left, the form with the keys two and one to the right, ...), and scored by the sum of
their weights: a logistic regression learnt by ``models/diacritics/build_window.py``
(scikit-learn). The decoder adds the score, times a weight, to each candidate's own
score. A syllable's context is its key: the id of the likeliest form of its unaccented
spelling, so written and unwritten marks give the same context.

Tried, not shipped (see ``models/diacritics/MODEL_CARD.md``): ``build_window.py`` writes
``window.npz`` (plain arrays), its SHA-256 in ``window.json``; ``evaluate.py`` uses it.

>>> windows = np.array([[5, 6, 7, 8, 9, 10, 11]])
>>> feature_indices(windows, np.array([42]), bits=20).shape
(1, 12)
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from files import verified_arrays
from vnnews.errors import ModelError
from vnnews.restore.lattice import Lattice, key
from vnnews.restore.model import TrigramModel

FORMAT = 1
REACH = 3  # syllables seen on each side
TEMPLATES = ((), (-1,), (1,), (-2, -1), (1, 2), (-1, 1), (-2,), (2,), (-3,), (3,), (-3, -2, -1), (1, 2, 3))
_PRIME, _PRIME2 = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xD6E8FEB86659FD93)
_SHIFT = np.uint64(31)


def key_of_form(forms: list[str], candidates: dict[str, tuple[int, ...]], unknown: int) -> np.ndarray:
    """For every token id, the id that stands for its unaccented key in a context.

    A word stands for the likeliest form of its key; numbers and punctuation for
    themselves; a word that is never a candidate (not NFC) for ``unknown``.

    >>> forms = ["<s>", "</s>", "<unk>", "người", ",", "ngươi", "mo\u0300"]
    >>> key_of_form(forms, {"nguoi": (3, 5)}, unknown=2).tolist()
    [0, 1, 2, 3, 4, 3, 2]
    """
    keys = np.arange(len(forms), dtype=np.int64)
    keys[[i for i, form in enumerate(forms) if form[:1].isalpha()]] = unknown
    for ids in candidates.values():
        keys[list(ids)] = ids[0]
    return keys


def windows_of(contexts: np.ndarray, positions: np.ndarray, start: int, end: int) -> np.ndarray:
    """The context ids from ``REACH`` before to ``REACH`` after each position, shape (n, 2*REACH+1).

    Beyond the ends, ``start`` on the left and ``end`` on the right.

    >>> windows_of(np.array([7, 8, 9]), np.array([0, 2]), start=0, end=1).tolist()
    [[0, 0, 0, 7, 8, 9, 1], [0, 7, 8, 9, 1, 1, 1]]
    """
    padded = np.concatenate([np.full(REACH, start), contexts, np.full(REACH, end)]).astype(np.int64)
    return padded[positions[:, None] + np.arange(2 * REACH + 1)]


def feature_indices(windows: np.ndarray, forms: np.ndarray, bits: int) -> np.ndarray:
    """The hashed feature of every template for each (window, candidate form) row, shape (n, templates).

    Deterministic: the same window and form give the same indices in every process.

    >>> windows = np.array([[1, 2, 3, 4, 5, 6, 7], [9, 9, 9, 4, 5, 6, 7]])
    >>> index = feature_indices(windows, np.array([30, 30]), bits=16)
    >>> bool((index < 2**16).all()), (index[0] == index[1]).tolist()[:3]
    (True, [True, False, True])
    """
    forms = forms.astype(np.uint64)
    windows = windows.astype(np.uint64)
    out = np.empty((len(forms), len(TEMPLATES)), dtype=np.int64)
    for column, offsets in enumerate(TEMPLATES):
        hashed = np.full(len(forms), column + 1, dtype=np.uint64)
        for value in [windows[:, REACH + offset] for offset in offsets] + [forms]:
            hashed = (hashed ^ value) * _PRIME
            hashed ^= hashed >> _SHIFT
        out[:, column] = ((hashed * _PRIME2) >> np.uint64(64 - bits)).astype(np.int64)
    return out


class WindowModel:
    """Hashed feature weights (float16) and the context key of every token id."""

    def __init__(self, weights: np.ndarray, keys: np.ndarray):
        bits = int(np.log2(len(weights)))
        if len(weights) != 1 << bits:
            raise ModelError("diacritics window weights are not a power of two long; reinstall vnnews")
        self.weights, self.keys, self.bits = weights, keys, bits

    def scores(self, windows: np.ndarray, candidates: np.ndarray) -> np.ndarray:
        """Score of every candidate (shape (positions, width)) in its position's window.

        >>> model = WindowModel(np.ones(2**8, dtype=np.float16), np.arange(10))
        >>> model.scores(np.zeros((2, 7), dtype=np.int64), np.array([[3, 4], [5, 6]])).tolist()
        [[12.0, 12.0], [12.0, 12.0]]
        """
        rows = np.repeat(windows, candidates.shape[1], axis=0)
        index = feature_indices(rows, candidates.reshape(-1), self.bits)
        return self.weights.take(index).astype(np.float32).sum(axis=1).reshape(candidates.shape)

    def lattice_scores(self, lattice: Lattice, model: TrigramModel, ids: np.ndarray) -> np.ndarray:
        """:meth:`scores` of candidate ids ``ids`` (positions, width) of a lattice's positions."""
        contexts = np.array(lattice_contexts(lattice, model))
        return self.scores(windows_of(contexts, np.arange(len(ids)), contexts[0], contexts[-1]), ids)


def lattice_contexts(lattice: Lattice, model: TrigramModel) -> list[int]:
    """The context id of every lattice position: a word's key id (its key's likeliest form,
    ``<unk>`` if none), other tokens' own id; ``<s> .`` first and ``</s>`` last."""
    contexts = [model.start, model.id_of(".")]
    for token in lattice.tokens:
        forms = model.candidates.get(key(token.model_form)) if token.is_word else None
        contexts.append(forms[0] if forms else model.unknown if token.is_word else model.id_of(token.model_form))
    return contexts + [model.id_of("</s>")]


def read_window(path: Path, manifest_path: Path, keys: np.ndarray) -> WindowModel:
    """Load and verify the window weights against the SHA-256 in their manifest.

    ``keys`` is :func:`key_of_form` of the trigram model the weights were trained with.

    >>> try:
    ...     read_window(Path("no-such.npz"), Path("no-such.json"), np.arange(3))
    ... except ModelError:
    ...     print("ModelError")
    ModelError
    """
    arrays = verified_arrays(path, manifest_path, "window")
    try:
        fmt, templates, vocabulary = (int(x) for x in arrays["format"])
        weights = arrays["weights"]
    except (KeyError, ValueError) as exc:
        raise ModelError(f"diacritics window model {path.name} lacks its arrays: {exc}") from exc
    if (fmt, templates, vocabulary) != (FORMAT, len(TEMPLATES), len(keys)) or weights.dtype != np.float16:
        raise ModelError(f"diacritics window model {path.name} does not fit this vnnews or its trigram model")
    return WindowModel(weights, keys)
