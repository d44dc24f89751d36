"""HTTP API and page speed on 10,000 incidents: p50/p95 latency of filtered ``GET /api/incidents``, and the
page's first load (navigation to markers and timeline drawn) in Debian's Chromium when it is installed.

Incidents are synthetic rows written straight into a fresh SQLite database (no extraction), spread over
eight countries, eleven event types, ten years and four grades. The server is ``create_app`` under
uvicorn on loopback, queried over HTTP as a client would. Targets (issue 6): p95 under 50 ms, first
load under 1 s. ``python benchmarks/bench_api.py [--incidents 10000] [--requests 200] [--no-browser]``.
Reports numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasid.store.db import open_db  # noqa: E402
from rasid.store.models import Incident  # noqa: E402

COUNTRIES = {"IQ": (33.3, 44.4), "SY": (35.0, 38.5), "YE": (15.4, 44.2), "LY": (29.0, 17.0), "SD": (15.5, 32.5),
             "LB": (33.9, 35.8), "PS": (31.5, 34.45), "EG": (30.0, 31.2)}
TYPES = ["airstrike", "drone_strike", "shelling", "bombing", "ied_or_mine", "suicide_bombing", "armed_clash",
         "shooting", "massacre", "abduction", "other"]
ACTORS = ["US-led coalition", "Russian forces", "Syrian government forces", "ISIS", "Houthis", "Saudi-led coalition",
          "Israeli forces", "Rapid Support Forces", "Libyan National Army", None]
GRADES = ["confirmed", "fair", "contested", "weak"]
QUERIES = [
    "", "country=SY", "type=airstrike", "from=2019-01-01&to=2019-12-31", "actor=houthi", "min_grade=fair",
    "bbox=35,32,43,37.5", "country=IQ&type=shelling&from=2016-01-01&min_grade=weak",
    "country=YE&actor=saudi&from=2018-01-01&to=2020-12-31", "offset=5000",
]


def fill(url: str, n: int, seed: int = 11) -> None:
    engine, factory = open_db(url)
    rng = random.Random(seed)
    start = date(2014, 1, 1)
    with factory.begin() as s:
        rows = []
        for _ in range(n):
            cc = rng.choice(list(COUNTRIES))
            lat, lon = COUNTRIES[cc]
            d = start + timedelta(days=rng.randrange(3650))
            k = rng.choice([None, 0, 1, 2, 3, 5, 8, 12, 20, 45, 120])
            et = rng.choice(TYPES)
            rows.append(Incident(event_type=et, family=et, date=d, date_value=d.isoformat(), date_precision="day",
                                 place_name=f"Place {rng.randrange(500)}", admin1="Province", country=cc,
                                 lat=lat + rng.uniform(-2, 2), lon=lon + rng.uniform(-2, 2), place_precision="town",
                                 perpetrator=rng.choice(ACTORS), perpetrators=[], victims="civilians", killed_min=k,
                                 killed_max=k, injured_min=None, injured_max=None, killed_words=[],
                                 n_sources=rng.randint(1, 4), n_independent=1, grade=rng.choice(GRADES), overrides={}))
        s.add_all(rows)
    engine.dispose()


def serve(url: str) -> tuple[str, object]:
    import uvicorn

    from rasid.serve import create_app

    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        port = sk.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def latency(base: str, requests: int) -> None:
    import httpx

    with httpx.Client(base_url=base, timeout=30) as c:
        for q in QUERIES:  # warm-up: connection, caches, SQLite pages
            c.get("/api/incidents?" + q)
        all_ms: list[float] = []
        print(f"{'query':<58} {'total':>6} {'p50 ms':>7} {'p95 ms':>7}")
        for q in QUERIES:
            ms = []
            for _ in range(requests):
                t0 = time.perf_counter()
                r = c.get("/api/incidents?" + q)
                ms.append((time.perf_counter() - t0) * 1000)
                r.raise_for_status()
            all_ms += ms
            p95 = statistics.quantiles(ms, n=20)[-1]
            print(f"{q or '(no filter)':<58} {r.json()['total']:>6} {statistics.median(ms):>7.1f} {p95:>7.1f}")
        print(f"{'all queries (limit 100)':<58} {'':>6} {statistics.median(all_ms):>7.1f} "
              f"{statistics.quantiles(all_ms, n=20)[-1]:>7.1f}   target p95 < 50 ms")
        t0 = time.perf_counter()
        r = c.get("/api/incidents?limit=10000")
        print(f"the page's request (limit=10000, {len(r.content) // 1024} kB): {(time.perf_counter() - t0) * 1000:.0f} ms")


def first_load(base: str, runs: int = 3) -> None:
    if not Path("/usr/bin/chromium").exists():
        print("page first load: skipped (no /usr/bin/chromium)")
        return
    from playwright.sync_api import sync_playwright

    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"]
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        times = []
        for _ in range(runs):
            ctx = b.new_context(viewport={"width": 1400, "height": 900})  # a fresh cache each run: a first load
            page = ctx.new_page()
            t0 = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("body[data-ready='1']", timeout=60_000)
            times.append(time.perf_counter() - t0)
            ctx.close()
        b.close()
    print(f"page first load to markers and timeline drawn: median {statistics.median(times) * 1000:.0f} ms "
          f"(runs: {', '.join(f'{t * 1000:.0f}' for t in times)})   target < 1000 ms")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per query")
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        fill(url, args.incidents)
        print(f"{args.incidents} synthetic incidents written in {time.perf_counter() - t0:.1f} s (SQLite)")
        base, server = serve(url)
        latency(base, args.requests)
        if not args.no_browser:
            first_load(base)
        server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
