"""Gazetteer load time, resident memory and look-ups per second: ``python benchmarks/bench_gazetteer.py``."""

from __future__ import annotations

import csv
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    t0 = time.perf_counter()
    from rasid.geo.gazetteer import default_gazetteer, geocode

    gaz = default_gazetteer()
    load = time.perf_counter() - t0
    lines = [ln for ln in (ROOT / "tests" / "geo" / "coverage.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    queries = [r["query"] for r in csv.DictReader(lines, delimiter="\t")]
    reps = max(1, 100_000 // len(queries))
    t0 = time.perf_counter()
    for _ in range(reps):
        for q in queries:
            gaz.lookup(q)
    lookups = reps * len(queries) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for q in queries * 20:
        geocode(q)
    full = 20 * len(queries) / (time.perf_counter() - t0)
    print(f"places             {len(gaz.places)}")
    print(f"indexed names      {len(gaz.index)}")
    print(f"load               {load:.2f} s (imports included)")
    print(f"lookup()           {lookups:,.0f} /s")
    print(f"geocode()          {full:,.0f} /s (clitic and cue stripping, ranking)")
    print(f"peak RSS           {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
