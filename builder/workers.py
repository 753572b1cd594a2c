"""Worker processes: how many a run uses, and mapping work over them in input order."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

__all__ = ["default_jobs", "ordered_map"]

T = TypeVar("T")
R = TypeVar("R")


def default_jobs() -> int:
    """Both cores of a small machine; never more than the machine has."""
    return max(1, min(os.cpu_count() or 1, 2))


def ordered_map(
    fn: Callable[[T], R],
    items: Sequence[T],
    jobs: int,
    tick: Callable[[int], None] | None = None,
    *,
    serial_below: int,
    max_chunk: int,
) -> Iterator[R]:
    """``fn`` of every item, in input order, on ``jobs`` processes (in this one when there
    is one job or fewer than ``serial_below`` items: a pool costs more than it saves).
    ``tick`` is called with 1 as each result comes, for a progress bar.

    On processes, the work starts at once, not at the first result asked for: the caller can
    do other work meanwhile."""
    tick = tick or (lambda n: None)
    if jobs <= 1 or len(items) < serial_below:
        return _serial_map(fn, items, tick)
    chunk = max(1, min(max_chunk, len(items) // (jobs * 8) or 1))
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(items)))
    try:
        results = pool.map(fn, items, chunksize=chunk)
    except BaseException:
        pool.shutdown(cancel_futures=True)
        raise
    return _pooled_results(pool, results, tick)


def _serial_map(
    fn: Callable[[T], R], items: Sequence[T], tick: Callable[[int], None]
) -> Iterator[R]:
    for item in items:
        yield fn(item)
        tick(1)


def _pooled_results(
    pool: ProcessPoolExecutor, results: Iterator[R], tick: Callable[[int], None]
) -> Iterator[R]:
    with pool:
        for result in results:
            yield result
            tick(1)
