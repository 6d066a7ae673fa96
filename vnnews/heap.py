"""Keeping the loaded models out of the garbage collector's full passes during a batch run.

A loaded Pipeline holds about 110,000 container objects (the gazetteer's units and
surfaces, word tables, the topic vocabulary...) that live as long as the process. Python's
cyclic collector walks all of them on every full collection although none can ever be
freed: about 75 ms each, a few times per hundred articles. :func:`frozen_heap` moves every
object that exists when it starts (the models, once loaded) to the collector's permanent
generation (:func:`gc.freeze`) for the length of a run, and back at its end, so the
process is left as it was. Results are unchanged: only the collector's work is.

>>> import gc
>>> with frozen_heap():
...     gc.get_freeze_count() > 0
True
>>> gc.get_freeze_count()
0
"""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Objects that exist now are left out of garbage collections until the block ends;
    does nothing when some are frozen already (the caller's own :func:`gc.freeze` stays theirs).

    >>> with frozen_heap():
    ...     with frozen_heap():
    ...         pass
    ...     gc.get_freeze_count() > 0
    True
    """
    if gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
