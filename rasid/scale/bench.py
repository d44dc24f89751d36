"""``rasid bench``: speed, scaling, ingest rate, merge cost and memory, printed in one run.

Parts, in the order they run (each can be left out with ``--skip``):

- memory: a JSON Lines file of ``big_mb`` MB is generated and streamed through the readers, then
  through the worker pool for a fixed time; peak resident memory of that (fresh) process and its workers;
- extract: documents/s and MB/s on one core (this process, no pool);
- scaling: the same documents through ``--workers 1`` and ``--workers N``: the factor;
- ingest: extraction, sentence vectors, storage and incremental merge into a fresh SQLite file (and
  ``--pg`` PostgreSQL), with 1 and N workers;
- merge: :func:`rasid.merge.merge.cluster` on synthetic mentions (towns of the gazetteer, dates over
  three years, four families, evidence vectors with near-copies for reports of one event), with the
  growth against n log n.

The documents are the dev set's texts when a ``dev/`` folder is found (beside the package or here),
each varied so no two are the same string; otherwise the bundled seed article, varied.
It prints numbers; it is not a test.
"""

from __future__ import annotations

import json
import math
import multiprocessing as mp
import os
import random
import resource
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources as ires
from pathlib import Path
from typing import Iterator

from rasid.model import Document

FAMILIES = ("air", "ground_fire", "explosive", "clash")


@dataclass(frozen=True)
class Settings:
    docs: int = 2000
    workers: int = 2
    ingest_docs: int = 300
    pg: str | None = None
    merge_sizes: tuple[int, ...] = (10_000, 100_000, 1_000_000)
    big_mb: int = 200
    stream_s: float = 20.0
    skip: frozenset[str] = frozenset()


def _say(line: str) -> None:
    print(line, flush=True)


def _base_texts() -> list[tuple[str, str | None]]:
    for dev in (Path(__file__).resolve().parents[2] / "dev", Path.cwd() / "dev"):
        if dev.is_dir():
            out = []
            for f in sorted(dev.glob("*.jsonl")):
                for line in f.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        d = json.loads(line)
                        out.append((d["text"], d.get("lang")))
            if out:
                return out
    seed = ires.files("rasid.examples").joinpath("seed-article.ar.txt").read_text(encoding="utf-8")
    return [(seed, "ar")]


def corpus(n: int, *, seed: int = 7) -> Iterator[Document]:
    """``n`` distinct reports, lazily: base texts with their paragraphs rotated and digits changed."""
    rng = random.Random(seed)
    base = _base_texts()
    for i in range(n):
        text, lang = base[i % len(base)]
        parts = text.split("\n")
        k = rng.randrange(len(parts))
        varied = "\n".join(parts[k:] + parts[:k]).replace("1", str(rng.randrange(1, 9)))
        yield Document(text=f"{varied}\n({i})", id=f"b{i}", lang=lang, origin=f"bench:{i}")


def _size(docs: list[Document]) -> int:
    return sum(len(d.text.encode("utf-8")) for d in docs)


# --- extraction and scaling ----------------------------------------------------------------------------

def bench_extract(s: Settings) -> None:
    from rasid.scale.pool import extract_parallel
    from rasid.scale.work import warm, work

    warm()
    docs = list(corpus(s.docs))
    size = _size(docs)
    t0 = time.perf_counter()
    for d in docs:
        work(d)
    dt = time.perf_counter() - t0
    _say(f"extract      {len(docs)} documents, mean {size / len(docs) / 1024:.2f} KB: {len(docs) / dt:.0f} "
         f"documents/s/core, {size / dt / 1e6:.3f} MB/s/core (one process)")
    if "scaling" in s.skip:
        return
    rates = {}
    for w in sorted({1, s.workers}):
        t0, c0 = time.perf_counter(), _cpu()
        n = sum(1 for _ in extract_parallel(docs, workers=w))
        dt, cpu = time.perf_counter() - t0, _cpu() - c0
        rates[w] = n / dt
        _say(f"workers {w:<3}  {rates[w]:.0f} documents/s ({rates[w] / w:.0f} per worker; {n / cpu:.0f} documents "
             f"a CPU-second, all processes)")
    if s.workers > 1:
        _say(f"scaling      x{rates[s.workers] / rates[1]:.2f} with {s.workers} workers against 1 "
             f"({len(os.sched_getaffinity(0))} cores here, load average {os.getloadavg()[0]:.1f} after: "
             "other processes' load takes cores from the workers)")


def _cpu() -> float:
    """CPU seconds of this process and its ended children (pool workers are ended when a run is over)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


# --- ingest ----------------------------------------------------------------------------------------

def bench_ingest(s: Settings) -> None:
    from rasid.scale.run import ingest_scaled
    from rasid.store.db import open_db

    docs = list(corpus(s.ingest_docs, seed=11))
    targets: list[tuple[str, str | None]] = [("SQLite", None)] + ([("PostgreSQL", s.pg)] if s.pg else [])
    for name, url in targets:
        for w in sorted({1, s.workers}):
            with tempfile.TemporaryDirectory() as tmp:
                engine, factory = open_db(url or str(Path(tmp) / "bench.db"))
                if url:  # a fresh run each time: empty the PostgreSQL database first
                    _empty(engine)
                t0 = time.perf_counter()
                st = ingest_scaled(docs, factory, workers=w, report=lambda _line: None)
                dt = time.perf_counter() - t0
                engine.dispose()
            _say(f"ingest       {name}, {w} worker(s): {st.stored} documents, {st.mentions} mentions in {dt:.1f} s: "
                 f"{st.stored / dt:.0f} documents/s (extract, embed, store, merge)")


def _empty(engine: object) -> None:
    from sqlalchemy import text

    from rasid.store.models import Base

    with engine.begin() as c:  # type: ignore[attr-defined]
        names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables if t.name != "alembic_version")
        c.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


# --- merge -----------------------------------------------------------------------------------------

def synthetic(n: int, *, days: int = 3 * 365, seed: int = 11) -> list:  # list[Row]
    """Mentions of events at random towns and ``days`` days, each told by 1-4 reports with near-copy vectors.

    Vectors come from a pool (4,096 events' bases x 4 variants, about 16 MB), so a million mentions fit
    in memory: mentions compared are of one family, day and place, where a shared base is rare (1/4,096).
    """
    import numpy as np

    from rasid.geo.gazetteer import default_gazetteer
    from rasid.merge.merge import Row

    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    towns = [p for p in default_gazetteer().places.values() if p.kind == "town"]
    bases = nrng.standard_normal((4096, 512)).astype(np.float32)
    pool: list[list[bytes]] = []
    for b in bases:
        vs = b + 0.6 * nrng.standard_normal((4, 512)).astype(np.float32)
        vs /= np.linalg.norm(vs, axis=1, keepdims=True)
        pool.append([v.astype(np.float16).tobytes() for v in vs])
    rows: list[Row] = []
    doc = 0
    start = date(2021, 1, 1)
    while len(rows) < n:
        town = rng.choice(towns)
        day = start + timedelta(days=rng.randrange(days))
        fam = rng.choice(FAMILIES)
        variants = pool[rng.randrange(len(pool))]
        killed = rng.choice((None, 1, 3, 12))
        for j in range(min(rng.choice((1, 1, 2, 2, 3, 4)), n - len(rows))):
            doc += 1
            rows.append(Row(id=len(rows) + 1, document_id=doc, family=fam, event_type=fam, date=day,
                            date_precision="day", date_from_published=False, lat=town.lat, lon=town.lon,
                            country=town.country, admin1=town.admin1, place_precision="town", place_id=None,
                            perpetrator=None, victims="unknown", killed_min=killed, killed_max=killed,
                            embedding=variants[j]))
    return rows


def bench_merge(s: Settings) -> None:
    """Two series: dates over three years whatever n (density grows with n: more same-day, same-place
    pairs to compare), and the span growing with n (three years a 100,000 mentions: the density of an
    archive that grows by adding years)."""
    from rasid.merge.merge import cluster

    for label, per in (("3 years", None), ("3 years a 100k", 100_000)):
        prev: tuple[int, float] | None = None
        for n in s.merge_sizes:
            days = 3 * 365 if per is None else max(1, round(3 * 365 * n / per))
            rows = synthetic(n, days=days)
            t0 = time.perf_counter()
            groups = cluster(rows)
            dt = time.perf_counter() - t0
            note = f"{dt / n * 1e6:.1f} µs a mention"
            if prev is not None:
                pn, pdt = prev
                nlogn = n * math.log(n) / (pn * math.log(pn))
                note += f"; x{dt / pdt:.1f} the time for x{n / pn:.0f} the mentions (n log n: x{nlogn:.1f})"
            _say(f"merge        {n:,} mentions over {days:,} days ({label}) -> {len(groups):,} incidents in "
                 f"{dt:.1f} s ({note})")
            prev = (n, dt)
            del rows, groups


# --- memory ----------------------------------------------------------------------------------------

def write_big(path: Path, mb: int) -> tuple[int, int]:
    """A JSON Lines file of about ``mb`` MB of reports; returns (documents, bytes)."""
    limit = mb * 1024 * 1024
    n = size = 0
    with path.open("w", encoding="utf-8") as fh:
        for d in corpus(10**9, seed=3):
            line = json.dumps({"id": d.id, "text": d.text, "lang": d.lang}, ensure_ascii=False) + "\n"
            fh.write(line)
            n += 1
            size += len(line.encode("utf-8"))
            if size >= limit:
                break
    return n, size


def _stream_child(path: str, workers: int, seconds: float, out: mp.Queue) -> None:  # type: ignore[type-arg]
    from rasid.ingest.readers import read_paths
    from rasid.scale.pool import extract_parallel

    t0 = time.perf_counter()
    n_read = sum(1 for _ in read_paths([path]))
    read_s = time.perf_counter() - t0
    peak_read = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    n_ext = 0
    for _ in extract_parallel(read_paths([path]), workers=workers):
        n_ext += 1
        if time.perf_counter() - t0 > seconds:
            break
    out.put((n_read, read_s, peak_read, n_ext, time.perf_counter() - t0,
             resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
             resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))


def bench_memory(s: Settings) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.jsonl"
        t0 = time.perf_counter()
        n, size = write_big(path, s.big_mb)
        _say(f"memory       generated {size / 1e6:.0f} MB of JSON Lines ({n:,} documents) in "
             f"{time.perf_counter() - t0:.0f} s")
        ctx = mp.get_context("spawn")  # a fresh process: its peak is this part's alone
        q: mp.Queue = ctx.Queue()  # type: ignore[type-arg]
        p = ctx.Process(target=_stream_child, args=(str(path), s.workers, s.stream_s, q))
        p.start()
        n_read, read_s, peak_read, n_ext, ext_s, peak, peak_child = q.get()
        p.join()
    _say(f"memory       read all {n_read:,} documents in {read_s:.0f} s ({size / read_s / 1e6:.0f} MB/s): "
         f"peak resident {peak_read:.0f} MB")
    _say(f"memory       then extracted {n_ext:,} of them with {s.workers} workers for {ext_s:.0f} s: peak resident "
         f"{peak:.0f} MB (this process), {peak_child:.0f} MB (largest worker)")


def run(s: Settings) -> None:
    _say(f"rasid bench: {len(os.sched_getaffinity(0))} cores, load average {os.getloadavg()[0]:.1f}")
    if "memory" not in s.skip:
        bench_memory(s)
    if "extract" not in s.skip:
        bench_extract(s)
    if "ingest" not in s.skip:
        bench_ingest(s)
    if "merge" not in s.skip:
        bench_merge(s)
