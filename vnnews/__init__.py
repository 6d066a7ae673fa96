"""vnnews — Vietnamese news analysis.

Normalise diacritics, split sentences and words, extract public-affairs entities linked
to the administrative registry, and classify topics. The public API is below; names are
imported lazily so ``import vnnews`` stays fast.

>>> import vnnews
>>> vnnews.__version__ == vnnews._version.__version__
True
"""

from __future__ import annotations

import importlib
from typing import Any

from . import _version
from ._version import __version__
from .errors import (
    BackendError,
    EncodingError,
    InputError,
    MissingDependencyError,
    ModelError,
    VnnewsError,
)

# public name -> module that defines it (imported on first use)
_LAZY = {
    "Document": "vnnews.document",
    "Sentence": "vnnews.document",
    "Token": "vnnews.document",
    "Entity": "vnnews.document",
    "Topic": "vnnews.document",
    "json_schema": "vnnews.document",
    "normalize": "vnnews.normalize",
    "remove_diacritics": "vnnews.normalize",
    "detect_encoding": "vnnews.normalize",
    "restore_diacritics": "vnnews.restore",
    "sent_tokenize": "vnnews.segment",
    "word_tokenize": "vnnews.segment",
    "Segmenter": "vnnews.segment",
    "extract_entities": "vnnews.entities",
    "classify": "vnnews.topics",
    "Pipeline": "vnnews.pipeline",
    "load": "vnnews.pipeline",
}

__all__ = sorted(
    list(_LAZY)
    + [
        "__version__",
        "VnnewsError",
        "InputError",
        "EncodingError",
        "ModelError",
        "MissingDependencyError",
        "BackendError",
    ]
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnnews' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
