"""From linear margins to calibrated probabilities, and input checks: NumPy/SciPy only.

Shared by the scikit-learn estimator (training, users' models) and the lean shipped model,
so both turn margins into probabilities the same way.

>>> calibrated_proba(np.array([[2.0, 0.0]]), n_classes=2, temperature=1.0).round(3).tolist()
[[0.881, 0.119]]
"""

from __future__ import annotations

from typing import Any, Iterable

import numpy as np
from scipy.special import softmax

from ..errors import InputError


def as_texts(X: Iterable[Any], first: int = 0) -> list[str]:
    """Texts from an iterable of str or :class:`vnnews.document.Document`; an item that is
    neither is an InputError naming its position (counted from ``first``).

    >>> as_texts(["a", "b"])
    ['a', 'b']
    """
    if isinstance(X, (str, bytes)):
        raise InputError("expected a list of texts, not a single string")
    if not isinstance(X, Iterable):
        raise InputError(f"expected a list of texts, not {type(X).__name__}")
    texts = []
    for number, item in enumerate(X, first):
        text = getattr(item, "text", item)
        if not isinstance(text, str):
            hint = "; a missing text? drop it or fill it (df['text'].fillna(''))" if _missing(item) else ""
            raise InputError(f"expected texts (str) or Documents, not {type(item).__name__} (item {number}){hint}")
        texts.append(text)
    return texts


def _missing(item: Any) -> bool:
    """Whether ``item`` stands for a missing value: None, NaN, pandas' NA or NaT; never an
    exception (``pd.NA != pd.NA`` is NA, whose truth is an error; an array's is ambiguous).

    >>> import numpy as np, pandas as pd
    >>> [_missing(x) for x in (None, float("nan"), pd.NA, pd.NaT, np.array([1, 2]), 3)]
    [True, True, True, True, False, False]
    """
    try:
        return item is None or bool(item != item)
    except Exception:  # noqa: BLE001 (any object's comparison): pd.NA, an array
        return type(item).__name__ == "NAType"


def class_margins(decision: np.ndarray, n_classes: int) -> np.ndarray:
    """(n, n_classes) margins; a binary SVM's single margin d becomes (-d/2, d/2).

    >>> class_margins(np.array([2.0]), 2).tolist()
    [[-1.0, 1.0]]
    """
    decision = np.asarray(decision, dtype=np.float64)
    if n_classes == 2 and decision.ndim == 1:
        return np.column_stack([-decision / 2, decision / 2])
    if n_classes == 2 and decision.shape[1] == 1:
        return np.column_stack([-decision[:, 0] / 2, decision[:, 0] / 2])
    return decision


def calibrated_proba(decision: np.ndarray, n_classes: int, temperature: float) -> np.ndarray:
    """Softmax of the class margins divided by ``temperature`` (one row per text).

    >>> calibrated_proba(np.array([[1.0, 1.0, 1.0]]), 3, 0.5).round(3).tolist()
    [[0.333, 0.333, 0.333]]
    """
    return softmax(class_margins(decision, n_classes) / temperature, axis=1)
