"""``--workers N``: extraction in N processes, results in input order, memory bounded.

At most ``max_inflight`` documents are submitted and not yet handed back, so a 1 GB JSON Lines file
or a folder of a million files costs that many documents of memory, not the input's size. Results
come back in input order (the oldest submission is awaited first), so ``rasid extract --workers 4``
writes the same file as one process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import chain
from typing import Iterable, Iterator

from rasid.errors import RasidError, UsageError
from rasid.extract.engine import DEFAULT_ENGINE
from rasid.model import Document, Rejection
from rasid.scale.work import Extracted, warm, work, work_batch

DEFAULT_INFLIGHT_PER_WORKER = 16
SMALL_INPUT = 8  # documents: up to this many are extracted in this process
BATCH = 8  # documents a task


def default_workers() -> int:
    """One worker a core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _context() -> mp.context.BaseContext:
    # fork: the workers start with the engine the parent warmed (copy-on-write), in milliseconds;
    # spawn where there is no fork.
    return mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")


def extract_parallel(items: Iterable[Document | Rejection], *, workers: int, max_inflight: int | None = None,
                     engine: str = DEFAULT_ENGINE, vectors: bool = False) -> Iterator[Extracted]:
    """What :func:`rasid.scale.work.work` returns for each item, in input order, from ``workers`` processes.

    Raises:
        UsageError: ``workers`` or ``max_inflight`` below 1.
    """
    if workers < 1:
        raise UsageError(f"--workers {workers}: must be 1 or more")
    limit = max_inflight if max_inflight is not None else workers * DEFAULT_INFLIGHT_PER_WORKER
    if limit < 1:
        raise UsageError(f"--max-inflight {limit}: must be 1 or more")
    items = iter(items)
    head: list[Document | Rejection] = []
    if workers > 1:  # a few documents are not worth starting processes for
        for it in items:  # never more read ahead than the in-flight bound allows
            head.append(it)
            if len(head) >= min(SMALL_INPUT + 1, limit):
                break
        else:
            workers = 1
    if workers == 1:
        warm(engine)
        for it in chain(head, items):
            yield work(it, engine=engine, vectors=vectors)
        return
    ctx = _context()
    if ctx.get_start_method() == "fork":
        warm(engine)
    # Documents go to the workers in small batches: one task a document cost about 12% of the CPU in
    # pickling and queueing (2 workers reached x1.7 of one); a batch stays well under the in-flight bound.
    chunk = max(1, min(BATCH, limit // (2 * workers)))
    pending: deque[tuple[Future[list[Extracted]], int]] = deque()
    inflight = 0
    batch: list[Document | Rejection] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_start, initargs=(engine,)) as pool:
        for it in chain(head, items):
            batch.append(it)  # rejections travel too, to keep their place in the order
            if len(batch) >= chunk or inflight + len(batch) >= limit:
                pending.append((pool.submit(work_batch, batch, engine=engine, vectors=vectors), len(batch)))
                inflight += len(batch)
                batch = []
            while inflight >= limit:
                fut, n = pending.popleft()
                inflight -= n
                yield from _results(fut)
        if batch:
            pending.append((pool.submit(work_batch, batch, engine=engine, vectors=vectors), len(batch)))
        while pending:
            yield from _results(pending.popleft()[0])


def _start(engine: str) -> None:
    """A worker's start: die with the parent, then load the engine."""
    _die_with_parent()
    warm(engine)


def _die_with_parent() -> None:
    # Without this, workers of a parent killed with SIGKILL wait forever on the task queue (they hold
    # its write end themselves, so they never see it close). Linux only; elsewhere a no-op.
    import ctypes
    import signal
    import sys

    if sys.platform.startswith("linux"):
        pr_set_pdeathsig = 1
        try:
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM)
        except (OSError, AttributeError):  # no prctl in this libc: the workers merely may outlive a kill -9
            pass


def _results(p: Future[list[Extracted]]) -> list[Extracted]:
    """A batch's answers.

    Raises:
        RasidError: a worker process died (killed, out of memory); what was written stays, a rerun adds the rest.
    """
    try:
        return p.result()
    except BrokenProcessPool as exc:
        raise RasidError(f"a worker process died ({exc}); documents written so far are kept, "
                         "run the same command again to add the rest") from None
