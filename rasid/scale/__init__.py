"""Scale: extraction in worker processes, on a Dask cluster, from feeds; and the benchmark.

- :mod:`rasid.scale.work`  what a worker does with one document (extract, embed the evidence)
- :mod:`rasid.scale.pool`  ``--workers N``: a process pool, a bounded number of documents in flight
- :mod:`rasid.scale.cluster`  ``--dask``: the same work on a dask.distributed cluster
- :mod:`rasid.scale.watch`  ``rasid watch``: RSS/Atom feeds polled and ingested
- :mod:`rasid.scale.bench`  ``rasid bench``: speed, scaling, merge cost and memory

Whatever runs the extraction, one process writes: :func:`rasid.store.ingest.write`, one
transaction per document, idempotent by content hash.
"""
