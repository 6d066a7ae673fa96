"""Run a function over batches in worker processes, results in input order.

Workers are started with the ``spawn`` method (safe with threads and on every OS); an
initializer builds each worker's state once (one Pipeline per process). Only a few
batches are in flight at a time, so a long input is streamed, not read up front.

>>> list(ordered_map(len, [[1, 2], [3]], n_process=1))
[2, 1]
"""

from __future__ import annotations

import collections
import multiprocessing
import signal
import threading
from typing import Any, Callable, Iterable, Iterator, TypeVar

from .errors import BackendError
from .main_guard import check_main_guard

_POOL_START = threading.Lock()
"""Held while a Pool starts and its workers are told apart from the other children: two
threads starting Pools at once would otherwise each count the other's workers as their own,
and read that Pool's normal shutdown as a dead worker."""

T = TypeVar("T")
R = TypeVar("R")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most ``size`` items.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    if size < 1:
        raise ValueError("batch size must be at least 1")
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def ordered_map(
    func: Callable[[T], R],
    batches: Iterable[T],
    n_process: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    in_flight: int = 2,
) -> Iterator[R]:
    """Yield ``func(batch)`` for every batch, in order, using ``n_process`` processes.

    ``func`` and ``initializer`` must be importable module-level functions (spawn
    pickles them by name). An error raised while reading ``batches`` comes out after the
    results of the batches read before it, as with one process. With ``n_process=1`` everything runs in this process and
    ``initializer`` is not called: it sets up worker processes only.

    >>> list(ordered_map(sum, [[1, 2], [3, 4]], n_process=1))
    [3, 7]
    """
    if n_process < 1:
        raise ValueError("n_process must be at least 1")
    if n_process == 1:
        yield from map(func, batches)
        return
    check_main_guard(f"n_process={n_process}")  # spawned workers import the script first
    context = multiprocessing.get_context("spawn")
    with _POOL_START:
        before = {child.pid for child in multiprocessing.active_children()}
        pool = context.Pool(n_process, initializer=_start_worker, initargs=(initializer, *initargs))
        workers = [child for child in multiprocessing.active_children() if child.pid not in before]
    with pool:
        pending: collections.deque = collections.deque()
        batches = iter(batches)
        while True:
            try:
                batch = next(batches)
            except StopIteration:
                break
            except Exception:  # the input broke: the batches sent before it come out first
                while pending:
                    yield _result(pending.popleft(), workers)
                raise
            pending.append(pool.apply_async(func, (batch,)))
            while len(pending) >= n_process * in_flight:
                yield _result(pending.popleft(), workers)
        while pending:
            yield _result(pending.popleft(), workers)


def _result(pending: Any, workers: list[Any], poll: float = 0.5) -> Any:
    """The result of ``pending``; :class:`~vnnews.errors.BackendError` when a worker died.

    A Pool replaces a worker that the system killed (out of memory) but never returns the
    batch it held: waiting for that batch hung the run for ever.
    """
    while not pending.ready():
        pending.wait(poll)
        dead = [worker for worker in workers if worker.exitcode is not None]
        if dead and not pending.ready():
            raise BackendError(
                f"a worker process {_how_it_ended(dead[0].exitcode)}; the results finished before "
                "it came out, its batch did not"
            )
    return pending.get()


def _how_it_ended(exitcode: int) -> str:
    """Words for a dead worker's exit code.

    >>> _how_it_ended(-9)
    'was killed (signal 9: by the system, perhaps out of memory on a very long text)'
    >>> _how_it_ended(1)
    'exited with status 1'
    """
    if exitcode < 0:
        return f"was killed (signal {-exitcode}: by the system, perhaps out of memory on a very long text)"
    return f"exited with status {exitcode}"


def _start_worker(initializer: Callable[..., Any] | None, *initargs: Any) -> None:
    """Pool initializer: workers leave Ctrl-C to the parent, which stops the pool (no
    traceback per worker), then ``initializer(*initargs)``."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)
