"""Import a dependency without letting it configure the user's logging.

underthesea calls ``logging.basicConfig`` when it is imported (in its CRF trainer module),
which gives the root logger a handler: the user's own ``logging.basicConfig(level=...)``
afterwards does nothing. vnnews imports underthesea on first use, so that was the first
``Pipeline`` call. :func:`import_keeping_logging` takes back what the import added to the
root logger (handlers, level); a root logger the user configured before is left alone.

>>> import logging
>>> before = list(logging.getLogger().handlers)
>>> import_keeping_logging("underthesea").__name__, logging.getLogger().handlers == before
('underthesea', True)
"""

from __future__ import annotations

import importlib
import logging
from types import ModuleType


def import_keeping_logging(name: str) -> ModuleType:
    """``importlib.import_module(name)``, with the root logger as it was before."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        return importlib.import_module(name)
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
        root.setLevel(level)
