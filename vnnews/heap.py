"""Keeping the loaded models out of the garbage collector's full passes during a batch run.

A loaded Pipeline holds about 110,000 container objects (the gazetteer's units and
surfaces, word tables, the topic vocabulary...) that live as long as the process. Python's
cyclic collector walks all of them on every full collection although none can ever be
freed: about 75 ms each, a few times per hundred articles. :func:`frozen_heap` moves every
object that exists when it starts (the models, once loaded) to the collector's permanent
generation (:func:`gc.freeze`) for the length of a run, and back at its end, so the
process is left as it was. Results are unchanged: only the collector's work is.

>>> import gc
>>> before = gc.get_freeze_count()
>>> with frozen_heap():
...     gc.get_freeze_count() >= before
True
>>> gc.get_freeze_count() == before
True
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

_LOCK = threading.Lock()
_RUNS = [0]  # batch runs inside frozen_heap() now (threads of one process share the collector)
_OWNED = [0]  # the freeze count this module's gc.freeze() left (a later freeze by anyone else raises it)


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Objects that exist now are left out of garbage collections until the block ends.

    Nested or concurrent blocks (two threads running batches) share one freeze, undone when
    the last of them ends. A freeze that is not this module's is never undone: when objects
    are frozen already at the start (the caller's own :func:`gc.freeze`, a server that froze
    before forking), or when more were frozen during the block, the heap is left as it is.

    >>> with frozen_heap():
    ...     with frozen_heap():
    ...         pass
    ...     gc.get_freeze_count() > 0
    True
    """
    with _LOCK:
        _RUNS[0] += 1
        if _RUNS[0] == 1 and not gc.get_freeze_count():
            gc.freeze()
            _OWNED[0] = gc.get_freeze_count()
    try:
        yield
    finally:
        with _LOCK:
            _RUNS[0] -= 1
            if _RUNS[0] == 0:
                if _OWNED[0] and gc.get_freeze_count() <= _OWNED[0]:  # frozen objects that die leave the count
                    gc.unfreeze()
                _OWNED[0] = 0
