"""`rasid incidents rebuild` on a database of synthetic mentions: load, merge, write back.

    python benchmarks/bench_store.py [--rebuild 100000] [--db URL]

The mentions are `rasid bench`'s synthetic ones (rasid.scale.bench.synthetic: random towns of the
gazetteer, dates over three years, evidence vectors with near-copies for reports of one event), stored
straight into a fresh SQLite file (or ``--db``), then merged afresh with ``rasid.merge.merge.rebuild``.
Ingest rate, extraction speed, in-memory merge time and streaming memory are measured by `rasid bench`.
Reports numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasid.scale.bench import synthetic  # noqa: E402
from rasid.store.db import open_db  # noqa: E402


def bench_rebuild(n: int, db: str | None) -> None:
    """``rasid incidents rebuild`` on a database holding n synthetic mentions: load, merge, write back."""
    from sqlalchemy import insert

    from rasid.merge.merge import rebuild
    from rasid.store.models import Document, Mention

    rows = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        engine, factory = open_db(db or str(Path(tmp) / "rebuild.db"))
        with factory.begin() as s:
            docs = sorted({r.document_id for r in rows})
            s.execute(insert(Document), [{"id": d, "content_hash": f"{d:064d}", "text": f"report {d}"} for d in docs])
            idx: dict[int, int] = {}
            batch = []
            for r in rows:
                k = idx.get(r.document_id, 0)
                idx[r.document_id] = k + 1
                batch.append({"id": r.id, "document_id": r.document_id, "idx": k, "event_type": "airstrike",
                              "family": r.family, "date": r.date, "date_value": r.date.isoformat() if r.date else None,
                              "date_precision": "day", "date_from_published": False, "lat": r.lat, "lon": r.lon,
                              "country": r.country, "admin1": r.admin1, "place_precision": "town",
                              "victims": "unknown", "killed_min": r.killed_min, "killed_max": None, "confidence": 0.5,
                              "evidence": "...", "claimed_by": [], "embedding": r.embedding, "link": "auto",
                              "data": {"acled": {"event_type": "Explosions/Remote violence",
                                                 "sub_event_type": "Air/drone strike"}, "place": None}})
            s.execute(insert(Mention), batch)
        t0 = time.perf_counter()
        with factory.begin() as s:
            n_m, n_i = rebuild(s)
        dt = time.perf_counter() - t0
        engine.dispose()
    print(f"rebuild  {n_m:,} stored mentions -> {n_i:,} incidents (load, merge, write back) in {dt:.1f} s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rebuild", type=int, default=100000, help="stored mentions to merge afresh")
    ap.add_argument("--db", help="database URL instead of a fresh SQLite file (e.g. a PostgreSQL database)")
    args = ap.parse_args()
    bench_rebuild(args.rebuild, args.db)
    print(f"peak resident memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
