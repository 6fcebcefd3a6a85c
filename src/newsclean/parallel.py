"""An ordered, bounded parallel map over chunks: worker processes, results in input order.

Each worker process builds its chunk function once (from a picklable factory) and then turns
chunks of items into chunks of results. At most ``CHUNKS_PER_JOB`` chunks per worker are in flight,
so memory stays flat however long the input is; results come back in input order. ``jobs=1`` runs
in this process. A worker that dies (killed for memory, say) raises ``BrokenProcessPool`` instead
of leaving the map waiting forever.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

ChunkFunction = Callable[[list[Any]], list[Any]]
# Chunks in flight per worker: enough to keep every worker busy while the oldest chunk is awaited.
CHUNKS_PER_JOB = 4

# The chunk function of a worker process, built once by ``_start_worker``; set only in pool workers.
_worker_function: ChunkFunction | None = None


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter).

    >>> list(chunked(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _start_worker(factory: Callable[[], ChunkFunction]) -> None:
    global _worker_function
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: no traceback per worker
    _worker_function = factory()


def _run_chunk(chunk: list[Any]) -> list[Any]:
    assert _worker_function is not None, "worker started without its chunk function"
    return _worker_function(chunk)


def ordered_map(
    factory: Callable[[], Callable[[list[T]], list[R]]],
    items: Iterable[T],
    *,
    jobs: int,
    chunksize: int,
) -> Generator[R, None, None]:
    """Results of the chunk function built by ``factory`` over ``items``, lazily and in order."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, got {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    chunks = chunked(items, chunksize)
    if jobs == 1:
        function = factory()
        for chunk in chunks:
            yield from function(chunk)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(), initializer=_start_worker,
                               initargs=(factory,))
    pending: deque[Future[list[Any]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_run_chunk, chunk))
            if len(pending) >= jobs * CHUNKS_PER_JOB:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)
