"""Incident database speed and memory: ingest rate into SQLite, merge time, memory while ingesting.

    python benchmarks/bench_store.py [--docs 2000] [--merge 10000,100000] [--db URL]

- ingest: documents built from the dev set's texts (each varied so no two are the same string, as in
  bench_extract.py), written to a JSON Lines file and ingested with ``rasid.store.ingest.ingest``
  (extraction, sentence vectors, storage, incremental merge) into a fresh SQLite file (or ``--db``);
  documents/s, and resident memory after the first and the last quarter of the run (streaming: it
  should not grow with the input);
- merge: ``rasid.merge.merge.cluster`` on synthetic mentions (random towns of the gazetteer, dates over
  three years, four families, evidence vectors with near-copies for reports of one event).
Reports numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import corpus  # noqa: E402

from rasid.geo.gazetteer import default_gazetteer  # noqa: E402
from rasid.ingest.readers import read_paths  # noqa: E402
from rasid.merge.merge import Row, cluster  # noqa: E402
from rasid.store.db import open_db  # noqa: E402
from rasid.store.ingest import Stats, ingest  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bench_ingest(n: int, db: str | None) -> None:
    docs = corpus(n)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "batch.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for i, d in enumerate(docs):
                day = date(2019, 1, 1) + timedelta(days=i % 900)
                fh.write(json.dumps({"id": d.id, "text": d.text, "lang": d.lang, "published": day.isoformat(),
                                     "source": f"outlet {i % 7}"}, ensure_ascii=False) + "\n")
        size = src.stat().st_size
        del docs
        url = db or str(Path(tmp) / "bench.db")
        engine, factory = open_db(url)
        ingest(read_paths([str(Path(ROOT / "tests/store/reports.jsonl"))]), factory, report=lambda _l: None)  # warm
        marks: dict[int, float] = {}

        def progress(st: Stats) -> None:
            if st.read in (n // 4, n):
                marks[st.read] = rss_mb()

        t0 = time.perf_counter()
        st = ingest(read_paths([str(src)]), factory, on_progress=progress, report=lambda _l: None)
        dt = time.perf_counter() - t0
        engine.dispose()
    print(f"ingest   {st.stored} documents ({size / 1e6:.1f} MB, {st.mentions} incident mentions) into "
          f"{'SQLite' if db is None else db.split(':', 1)[0]} in {dt:.1f} s: {st.stored / dt:.0f} documents/s "
          f"on one core; resident memory {marks.get(n // 4, 0):.0f} MB after a quarter, {marks.get(n, 0):.0f} MB "
          f"at the end")


def synthetic(n: int, seed: int = 11, days: int = 3 * 365) -> list[Row]:
    """Mentions: events at random towns and days, each told by 1-4 reports with near-copy vectors."""
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    towns = [p for p in default_gazetteer().places.values() if p.kind == "town"]
    fams = ["air", "ground_fire", "explosive", "clash"]
    rows: list[Row] = []
    doc = 0
    while len(rows) < n:
        town = rng.choice(towns)
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(days))
        fam = rng.choice(fams)
        base = nrng.standard_normal(512).astype(np.float32)
        for _ in range(rng.choice((1, 1, 2, 2, 3, 4))):
            v = base + 0.6 * nrng.standard_normal(512).astype(np.float32)
            v /= np.linalg.norm(v)
            doc += 1
            rows.append(Row(id=len(rows) + 1, document_id=doc, family=fam, event_type=fam, date=day,
                            date_precision="day", date_from_published=False, lat=town.lat, lon=town.lon,
                            country=town.country, admin1=town.admin1, place_precision="town", place_id=None,
                            perpetrator=None, victims="unknown", killed_min=rng.choice((None, 1, 3, 12)),
                            killed_max=None, embedding=v.astype(np.float16).tobytes()))
            if len(rows) >= n:
                break
    return rows


def bench_merge(sizes: list[int], growing: bool) -> None:
    """Merge time by size; ``growing``: the archive spans more years as it grows (about 90 mentions a
    day, as a multi-country back-fill would), else every size falls in the same three years."""
    prev = None
    print(f"merge: {'archive growing in time (~90 mentions/day)' if growing else 'all sizes within 3 years'}")
    for n in sizes:
        rows = synthetic(n, days=max(3 * 365, n // 90) if growing else 3 * 365)
        t0 = time.perf_counter()
        groups = cluster(rows)
        dt = time.perf_counter() - t0
        growth = ""
        if prev is not None:
            pn, pdt = prev
            nlogn = (n * np.log(n)) / (pn * np.log(pn))
            growth = f"; x{dt / pdt:.1f} time for x{n / pn:.0f} mentions (n log n: x{nlogn:.1f})"
        print(f"merge    {n:,} mentions -> {len(groups):,} incidents in {dt:.1f} s{growth}")
        prev = (n, dt)


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
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--merge", default="10000,100000", help="mention counts to merge, comma-separated")
    ap.add_argument("--rebuild", type=int, default=100000, help="stored mentions for `incidents rebuild` (0: skip)")
    ap.add_argument("--db", help="database URL instead of a fresh SQLite file (e.g. a PostgreSQL database)")
    args = ap.parse_args()
    if args.docs:
        bench_ingest(args.docs, args.db)
    if args.merge:
        for growing in (True, False):
            bench_merge([int(x) for x in args.merge.split(",") if x], growing)
    if args.rebuild:
        bench_rebuild(args.rebuild, args.db)
    print(f"peak resident memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
