"""Topic classification of Vietnamese news and government-administration detection.

``classify`` and ``load_topic_model`` run the shipped model with NumPy/SciPy only;
scikit-learn is imported only when ``TopicClassifier``, ``load_model`` or ``save_model``
is used.

>>> from vnnews.topics import LABELS
>>> len(LABELS)
10
"""

from __future__ import annotations

import importlib
from typing import Any

from .labels import LABELS, display_name, label_id
from .priors import adjust_to_priors, estimate_priors
from .shipped import TopicModel, classify, load_topic_model

# names whose modules import scikit-learn: imported on first use
_LAZY = {"TopicClassifier": ".estimator", "load_model": ".storage", "save_model": ".storage"}

__all__ = ["TopicClassifier", "TopicModel", "LABELS", "classify", "display_name", "label_id", "load_model", "load_topic_model", "save_model"]
__all__ += ["adjust_to_priors", "estimate_priors"]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnnews.topics' has no attribute {name!r}")
    return getattr(importlib.import_module(module, __name__), name)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
