"""Where shipped model files live, and thread-safe lazy loading of them.

Models ship in the repository's top-level ``models/`` folder, which installs as the
package ``vnnews._models``. In a source checkout without installation the same
folder is found beside the package.

>>> from vnnews.resources import models_dir
>>> models_dir().name in {"models", "_models"}
True
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Callable, TypeVar

from .errors import ModelError

T = TypeVar("T")


def models_dir() -> Path:
    """Return the folder that holds the shipped models.

    >>> models_dir().is_dir()
    True
    """
    checkout = Path(__file__).resolve().parent.parent
    if (checkout / "pyproject.toml").is_file() and (checkout / "models" / "README.md").is_file():
        return checkout / "models"  # a source checkout: its own models, not those an install maps
    try:
        from . import _models  # installed: models/ mapped to vnnews._models

        return Path(_models.__file__).parent
    except ImportError:
        raise ModelError("vnnews models folder not found; reinstall vnnews") from None


def model_file(*parts: str) -> Path:
    """Return the path of a shipped model file, or raise :class:`ModelError` if absent.

    >>> model_file("README.md").name
    'README.md'
    """
    path = models_dir().joinpath(*parts)
    if not path.exists():
        raise ModelError(f"shipped model file missing: {'/'.join(parts)}; reinstall vnnews")
    return path


def load_once(loader: Callable[[], T]) -> Callable[[], T]:
    """Wrap a zero-argument loader so it runs once, under a lock, on first call.

    Concurrent first calls from several threads wait for the one load; the result is
    only published after it is complete (no half-loaded global).

    >>> calls = []
    >>> get = load_once(lambda: calls.append(1) or "model")
    >>> get(), get(), len(calls)
    ('model', 'model', 1)
    """
    lock = threading.Lock()
    box: list = []

    @functools.wraps(loader)
    def get() -> T:
        if box:
            return box[0]
        with lock:
            if not box:
                box.append(loader())
        return box[0]

    return get


def shared_data_dir() -> Path | None:
    """The corpus folder beside the project (``../shared/data``), or None when absent.

    Looked up from the ``VNNEWS_DATA`` environment variable, then ``../shared/data``
    relative to the working directory, then relative to a source checkout. Only build
    scripts, benchmarks and slow tests use it; the library never needs it at run time.

    >>> d = shared_data_dir()
    >>> d is None or d.is_dir()
    True
    """
    import os

    candidates = []
    if os.environ.get("VNNEWS_DATA"):
        candidates.append(Path(os.environ["VNNEWS_DATA"]))
    candidates.append(Path.cwd() / ".." / "shared" / "data")
    candidates.append(Path(__file__).resolve().parent.parent.parent / "shared" / "data")
    for path in candidates:
        if path.is_dir():
            return path.resolve()
    return None
