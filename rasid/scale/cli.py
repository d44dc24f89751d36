"""Command-line parts of scale: worker options for extract and ingest, ``rasid watch``, ``rasid bench``.

Kept apart from :mod:`rasid.cli` so that the main parser stays one screen; imports nothing heavy.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from rasid.errors import EXIT_OK, EXIT_SOME_FAILED, UsageError


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number of 1 or more")
    return n


def add_worker_options(p: argparse.ArgumentParser, *, dask: bool) -> None:
    from rasid.scale.pool import default_workers

    p.add_argument("--workers", type=_positive, default=default_workers(), metavar="N",
                   help="extract in N processes (default: one a core; 1: in this process; inputs of a few "
                        "documents are extracted in this process whatever N)")
    p.add_argument("--max-inflight", type=_positive, default=None, metavar="N",
                   help="documents sent to workers and not yet written, at most (default 16 a worker): "
                        "bounds memory whatever the input's size")
    if dask:
        p.add_argument("--dask", metavar="tcp://HOST:8786", default=None,
                       help="extract on this dask.distributed scheduler (default: $RASID_DASK); this process writes")


def add_scale_parsers(sub: Any, dbp: argparse.ArgumentParser) -> None:
    w = sub.add_parser("watch", parents=[dbp], help="poll RSS/Atom feeds and ingest new items")
    w.add_argument("feeds", nargs="+", metavar="FEED_URL_OR_FILE")
    w.add_argument("--every", default="10m", metavar="INTERVAL", help="time between polls: 30s, 10m, 1h (default 10m)")
    w.add_argument("--once", action="store_true", help="poll each feed once and stop")
    w.add_argument("--no-vectors", action="store_true", help="merge without sentence similarity")

    b = sub.add_parser("bench", help="measure extraction, scaling, ingest, merge and memory (prints numbers)")
    b.add_argument("--docs", type=_positive, default=2000, help="documents for the extraction runs (default 2000)")
    b.add_argument("--workers", type=_positive, default=2, metavar="N", help="largest worker count to scale to")
    b.add_argument("--ingest-docs", type=_positive, default=300, help="documents to ingest (default 300)")
    b.add_argument("--pg", metavar="URL", help="also measure ingest into this PostgreSQL database (it is written to)")
    b.add_argument("--merge-sizes", default="10000,100000,1000000", metavar="N,N,...",
                   help="synthetic mention counts for the merge timing")
    b.add_argument("--big-mb", type=_positive, default=200, help="size of the generated JSON Lines to stream (MB)")
    b.add_argument("--big-gb", type=float, default=None, help="the same in GB (the full run: --big-gb 1)")
    b.add_argument("--stream-seconds", type=float, default=20.0, metavar="S",
                   help="how long to extract from the large file while measuring memory (default 20)")
    b.add_argument("--skip", default="", metavar="PART,...",
                   help="parts to leave out: extract, scaling, ingest, merge, memory")


def cmd_watch(args: argparse.Namespace) -> int:
    from rasid.scale.watch import parse_interval, watch
    from rasid.store.db import open_db_checked

    every = parse_interval(args.every)
    _, factory = open_db_checked(args.db, create=True)

    def report(line: str) -> None:
        print(f"rasid: {line}", file=sys.stderr, flush=True)

    failed = watch(args.feeds, factory, every=every, once=args.once, vectors=not args.no_vectors, report=report)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_bench(args: argparse.Namespace) -> int:
    from rasid.scale.bench import Settings, run

    try:
        sizes = tuple(int(x) for x in args.merge_sizes.split(",") if x.strip())
    except ValueError:
        raise UsageError(f"--merge-sizes {args.merge_sizes!r}: numbers separated by commas") from None
    big = int(args.big_gb * 1024) if args.big_gb is not None else args.big_mb
    skip = frozenset(x.strip() for x in args.skip.split(",") if x.strip())
    run(Settings(docs=args.docs, workers=args.workers, ingest_docs=args.ingest_docs, pg=args.pg, merge_sizes=sizes,
                 big_mb=big, stream_s=args.stream_seconds, skip=skip))
    return EXIT_OK
