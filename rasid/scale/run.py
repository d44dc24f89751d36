"""Ingest with the extraction elsewhere: worker processes or a Dask cluster, one writer here."""

from __future__ import annotations

from typing import Any, Callable, Iterable

from sqlalchemy.orm import Session, sessionmaker

from rasid.extract.engine import DEFAULT_ENGINE
from rasid.model import Document, Rejection
from rasid.scale.cluster import connect, extract_on_dask
from rasid.scale.pool import DEFAULT_INFLIGHT_PER_WORKER, extract_parallel
from rasid.store.ingest import Report, Stats, _stderr, ingest_extracted, skip_known


def ingest_scaled(items: Iterable[Document | Rejection], factory: sessionmaker[Session], *, workers: int = 1,
                  dask: str | Any | None = None, max_inflight: int | None = None, engine: str = DEFAULT_ENGINE,
                  vectors: bool = True, on_progress: Callable[[Stats], None] | None = None,
                  report: Report = _stderr, on_result: Callable[[int], None] | None = None) -> Stats:
    """Like :func:`rasid.store.ingest.ingest`, with extraction (and embedding) in ``workers`` processes,
    or on the Dask cluster ``dask`` (a scheduler address or a Client). Documents already stored are
    skipped before they are sent anywhere.
    """
    st = Stats()
    todo = skip_known(items, factory, st)
    if dask is None:
        results = extract_parallel(todo, workers=workers, max_inflight=max_inflight, engine=engine, vectors=vectors)
        return ingest_extracted(results, factory, st, vectors=vectors, on_progress=on_progress, report=report)
    client = connect(dask) if isinstance(dask, str) else dask
    try:
        limit = max_inflight or 4 * DEFAULT_INFLIGHT_PER_WORKER
        results = extract_on_dask(todo, client, max_inflight=limit, engine=engine, vectors=vectors,
                                  on_result=on_result)
        return ingest_extracted(results, factory, st, vectors=vectors, on_progress=on_progress, report=report)
    finally:
        if isinstance(dask, str):
            client.close()
