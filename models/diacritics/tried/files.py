"""Read a tried model's ``.npz`` after checking it against the SHA-256 in its manifest.

>>> from vnnews.errors import ModelError
>>> try:
...     verified_arrays(Path("no-such.npz"), Path("no-such.json"), "window")
... except ModelError:
...     print("ModelError")
ModelError
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np

from vnnews.errors import ModelError


def verified_arrays(path: Path, manifest_path: Path, what: str) -> dict[str, np.ndarray]:
    """Every array of ``path`` (no pickle), or :class:`ModelError` if it is missing, altered or unreadable."""
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        data = path.read_bytes()
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot read diacritics {what} model: {exc}") from exc
    if hashlib.sha256(data).hexdigest() != manifest.get("sha256"):
        raise ModelError(f"diacritics {what} model {path.name} does not match its manifest")
    try:
        with np.load(path, allow_pickle=False) as npz:
            return {name: npz[name] for name in npz.files}
    except Exception as exc:  # zip/zlib/format errors: one clear message
        raise ModelError(f"diacritics {what} model {path.name} is unreadable: {exc}") from exc
