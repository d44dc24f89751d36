"""``--dask tcp://SCHEDULER:8786``: extraction on a dask.distributed cluster, one writer here.

The workers extract (and embed); this process gathers results as they complete and writes each in
its own transaction with :func:`rasid.store.ingest.write`. At most ``max_inflight`` futures are out at
once, so the input is read lazily and memory stays bounded on both sides.

Why no report is lost or stored twice when a worker dies: the scheduler reruns the tasks that the
dead worker held on another worker (a task is pure: extraction of a text); a future that still
fails (after the scheduler's allowed failures) is submitted again here, up to ``retries`` times, and
then recorded as a failure; and only this process writes, idempotently by content hash, so a result
that arrives twice is stored once.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Iterator

from rasid.errors import UsageError
from rasid.extract.engine import DEFAULT_ENGINE
from rasid.model import Document, Rejection
from rasid.scale.work import Extracted, work

ENV = "RASID_DASK"


def dask_address(value: str | None) -> str | None:
    """The scheduler address from ``--dask`` or ``RASID_DASK``; None for neither."""
    return value or os.environ.get(ENV) or None


def connect(address: str) -> Any:
    """A dask.distributed Client for the scheduler at ``address``.

    Raises:
        UsageError: dask.distributed is not installed, or no scheduler answers there.
    """
    try:
        from distributed import Client
    except ImportError:
        raise UsageError("--dask needs dask.distributed: pip install 'rasid[dask]'") from None
    try:
        return Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise UsageError(f"--dask {address}: no Dask scheduler answers ({type(exc).__name__}: {exc})") from None


def extract_on_dask(items: Iterable[Document | Rejection], client: Any, *, max_inflight: int = 64,
                    engine: str = DEFAULT_ENGINE, vectors: bool = False, retries: int = 2,
                    on_result: Callable[[int], None] | None = None) -> Iterator[Extracted]:
    """What :func:`rasid.scale.work.work` returns for each item, in completion order, from the cluster.

    ``on_result(n)`` is called after the n-th result is handed back (tests use it to kill a worker).

    Raises:
        UsageError: ``max_inflight`` below 1.
    """
    from distributed import as_completed

    if max_inflight < 1:
        raise UsageError(f"--max-inflight {max_inflight}: must be 1 or more")
    source = iter(items)
    ac = as_completed(with_results=False)
    docs: dict[str, tuple[Document, int]] = {}  # future key -> its document and the tries so far
    n = 0

    def submit(doc: Document, tries: int) -> None:
        fut = client.submit(work, doc, engine=engine, vectors=vectors, pure=False, retries=1)
        docs[fut.key] = (doc, tries)
        ac.add(fut)

    def fill() -> Iterator[Extracted]:
        while ac.count() < max_inflight:
            it = next(source, None)
            if it is None:
                return
            if isinstance(it, Rejection):
                yield Extracted(it)
            else:
                submit(it, 0)

    yield from fill()
    for fut in ac:
        doc, tries = docs.pop(fut.key)
        if fut.status == "finished":
            out: Extracted | None = fut.result()
        else:
            exc = fut.exception()
            out = None
            if tries < retries:
                submit(doc, tries + 1)
            else:
                out = Extracted(Rejection(doc.origin, f"extraction failed on the cluster: {type(exc).__name__}: {exc}"))
        fut.release()
        if out is not None:
            n += 1
            yield out
            if on_result is not None:
                on_result(n)
        yield from fill()
