"""HTTP API and page speed on 10,000 incidents: p50/p95 latency of filtered ``GET /api/incidents``, and the
page's first load (navigation to markers and timeline drawn) in Debian's Chromium when it is installed;
with ``--mixed``, throughput under a mixed read load against ``rasid serve --workers N``.

Incidents are synthetic rows written straight into a fresh SQLite database (no extraction), spread over
eight countries, eleven event types, ten years and four grades. The server is ``create_app`` under
uvicorn on loopback, queried over HTTP as a client would. Targets (issue 6): p95 under 50 ms, first
load under 1 s. ``python benchmarks/bench_api.py [--incidents 10000] [--requests 200] [--no-browser]``.

``--mixed [--workers 2] [--clients 16] [--seconds 20]``: the same database, with one to three source
documents and mentions for every tenth incident (what the incident panel shows), served by ``rasid serve
--workers N`` started as a subprocess (real worker processes); 16 client threads, each with one keep-alive
``http.client`` connection, send a mix of list, filter, bbox, facet, incident-detail and page requests
for 20 s and the run reports requests/s, p50, p99 and errors (target, issue 13: >= 300 requests/s at
p99 < 150 ms, 0 errors on a 2-core machine, the client included). The client is light, but it shares
the machine's cores with the server: its CPU time and the load average are printed with the figures.
Reports numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import resource
import socket
import statistics
import subprocess
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


TEXT = ("قالت مصادر محلية إن غارة جوية استهدفت سوقا شعبيا في {place} صباح يوم {day}، ما أسفر عن مقتل {k} مدنيين "
        "وإصابة آخرين بجروح، فيما اتهم ناشطون {actor} بتنفيذ الغارة. وأضافت المصادر أن فرق الدفاع المدني "
        "ما تزال تبحث عن ناجين تحت الأنقاض، وسط تحليق مكثف للطائرات في سماء المنطقة. ") * 3


def fill_sources(url: str, every: int = 10, seed: int = 12) -> list[int]:
    """One to three documents and mentions, with spans into their text, for every ``every``-th incident.

    Returns the ids of the incidents that have sources (what the detail requests ask for)."""
    from sqlalchemy import insert, select

    from rasid.store.models import Document, Mention

    engine, factory = open_db(url)
    rng = random.Random(seed)
    docs, mentions, ids = [], [], []
    with factory.begin() as s:
        incs = s.execute(select(Incident.id, Incident.event_type, Incident.date_value, Incident.place_name,
                                Incident.country, Incident.lat, Incident.lon, Incident.killed_min,
                                Incident.perpetrator).where(Incident.id % every == 0)).all()
        for inc in incs:
            ids.append(inc.id)
            for _ in range(rng.randint(1, 3)):
                doc_id = len(docs) + 1
                text = TEXT.format(place=inc.place_name, day=inc.date_value, k=inc.killed_min or 0,
                                   actor=inc.perpetrator or "مجهولين")
                docs.append({"id": doc_id, "content_hash": f"{doc_id:064d}", "source": rng.choice(["sana", "alarabiya",
                             "aljazeera", "reuters"]), "url": f"https://example.org/{doc_id}",
                             "published": date.fromisoformat(inc.date_value), "lang": "ar", "text": text})
                ev = text.index("غارة")
                pl = text.index(inc.place_name)
                data = {"event_type": inc.event_type, "evidence": {"text": text[ev:ev + 40], "start": ev, "end": ev + 40},
                        "date": {"value": inc.date_value, "precision": "day", "text": inc.date_value,
                                 "start": text.index(inc.date_value), "end": text.index(inc.date_value) + 10},
                        "place": {"text": inc.place_name, "start": pl, "end": pl + len(inc.place_name),
                                  "name": inc.place_name, "admin1": "Province", "country": inc.country, "lat": inc.lat,
                                  "lon": inc.lon, "precision": "town", "gazetteer_id": None},
                        "perpetrator": None, "claimed_by": [], "victims": "civilians",
                        "killed": {"min": inc.killed_min, "max": inc.killed_min}, "injured": None,
                        "confidence": 0.8}
                mentions.append({"document_id": doc_id, "idx": 0, "incident_id": inc.id, "event_type": inc.event_type,
                                 "family": inc.event_type, "date_value": inc.date_value, "country": inc.country,
                                 "lat": inc.lat, "lon": inc.lon, "perpetrator": inc.perpetrator, "claimed_by": [],
                                 "killed_min": inc.killed_min, "killed_max": inc.killed_min, "evidence": text[ev:ev + 40],
                                 "data": data})
        s.execute(insert(Document), docs)
        s.execute(insert(Mention), mentions)
    engine.dispose()
    return ids


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


def mixed_paths(rng: random.Random, n: int, detail_ids: list[int]) -> tuple[str, str]:
    """One request of the mixed load: (kind, path). Offsets, boxes and ids vary, so few answers repeat."""
    r = rng.random()
    if r < 0.20:  # the list, paged
        return "list", f"/api/incidents?offset={rng.randrange(0, n, 100)}"
    if r < 0.40:  # filters, now and then the page's map view of one country
        q = rng.choice(QUERIES[1:-1])
        if rng.random() < 0.15:
            return "filter", f"/api/incidents?country={rng.choice(list(COUNTRIES))}&limit=10000&view=map"
        return "filter", "/api/incidents?" + q
    if r < 0.55:  # a box around a random point of the theatres, as the map pans
        cc = rng.choice(list(COUNTRIES))
        lat, lon = COUNTRIES[cc]
        lat, lon = lat + rng.uniform(-2, 2), lon + rng.uniform(-2, 2)
        w = rng.choice([0.5, 1, 2])
        return "bbox", f"/api/incidents?bbox={lon - w:.3f},{lat - w:.3f},{lon + w:.3f},{lat + w:.3f}&view=map&limit=10000"
    if r < 0.70:
        return "facets", "/api/facets"
    if r < 0.90:
        return "detail", f"/api/incidents/{rng.choice(detail_ids)}"
    return "page", rng.choice(["/", "/api/config", "/static/app.js"])


def start_server(url: str, workers: int) -> tuple[subprocess.Popen[bytes], str]:
    """``rasid serve --workers N`` as a subprocess (PYTHONPATH: this checkout), once it answers."""
    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        port = sk.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "rasid.cli", "serve", "--db", url, "--port", str(port),
                             "--workers", str(workers)], env=env, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while True:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/api/config")
            if c.getresponse().status == 200:
                c.close()
                break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("rasid serve did not start: " + (proc.stderr.read().decode() if proc.stderr else ""))
        time.sleep(0.2)
    time.sleep(1.0)  # the other workers finish starting
    return proc, f"127.0.0.1:{port}"


def mixed(url: str, n: int, detail_ids: list[int], workers: int, clients: int, seconds: float) -> dict[str, float]:
    proc, addr = start_server(url, workers)
    host, port = addr.split(":")
    kinds = ["list", "filter", "bbox", "facets", "detail", "page"]
    lat: dict[str, list[float]] = {k: [] for k in kinds}
    errors: list[str] = []
    lock = threading.Lock()
    stop = threading.Event()
    go = threading.Barrier(clients + 1)

    def client(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        mine: dict[str, list[float]] = {k: [] for k in kinds}
        bad: list[str] = []
        go.wait()
        while not stop.is_set():
            kind, path = mixed_paths(rng, n, detail_ids)
            t0 = time.perf_counter()
            try:
                conn.request("GET", path)
                resp = conn.getresponse()
                resp.read()
                if resp.status != 200:
                    bad.append(f"{resp.status} {path}")
            except (OSError, http.client.HTTPException) as exc:
                bad.append(f"{type(exc).__name__} {path}")
                conn.close()
                conn = http.client.HTTPConnection(host, int(port), timeout=30)
            mine[kind].append(time.perf_counter() - t0)
        conn.close()
        with lock:
            for k in kinds:
                lat[k] += mine[k]
            errors.extend(bad)

    try:
        for warm in range(200):  # warm-up: every worker's connections, caches and SQLite pages
            c = http.client.HTTPConnection(host, int(port), timeout=30)
            c.request("GET", mixed_paths(random.Random(warm), n, detail_ids)[1])
            c.getresponse().read()
            c.close()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for t in threads:
            t.start()
        load0 = os.getloadavg()
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        go.wait()
        t0 = time.perf_counter()
        time.sleep(seconds)
        stop.set()
        for t in threads:
            t.join()
        wall = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        load1 = os.getloadavg()
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    every = sorted(x for k in kinds for x in lat[k])
    client_cpu = (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime)

    def pct(xs: list[float], p: float) -> float:
        return sorted(xs)[min(len(xs) - 1, int(p * len(xs)))] * 1000 if xs else float("nan")

    print(f"mixed read load: {clients} clients (threads, keep-alive http.client), {workers} worker process"
          f"{'es' if workers > 1 else ''}, {wall:.1f} s, {os.cpu_count()} cores shared by client and server")
    print(f"{'kind':<8} {'requests':>8} {'p50 ms':>7} {'p99 ms':>7}")
    for k in kinds:
        print(f"{k:<8} {len(lat[k]):>8} {pct(lat[k], 0.5):>7.1f} {pct(lat[k], 0.99):>7.1f}")
    rps = len(every) / wall
    print(f"{'all':<8} {len(every):>8} {pct(every, 0.5):>7.1f} {pct(every, 0.99):>7.1f}")
    print(f"requests/s {rps:.0f}, p50 {pct(every, 0.5):.1f} ms, p99 {pct(every, 0.99):.1f} ms, errors {len(errors)}"
          f"   target >= 300 requests/s at p99 < 150 ms, 0 errors")
    print(f"client CPU {client_cpu:.1f} s of {wall:.1f} s ({100 * client_cpu / wall:.0f}% of one core); load average "
          f"{load0[0]:.2f} before, {load1[0]:.2f} after (1 min)")
    for e in sorted(set(errors))[:10]:
        print("  error:", e)
    return {"rps": rps, "p50": pct(every, 0.5), "p99": pct(every, 0.99), "errors": len(errors)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=200, help="requests per query")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--mixed", action="store_true", help="throughput of a mixed read load on `rasid serve --workers`")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="--mixed: server processes")
    ap.add_argument("--clients", type=int, default=16, help="--mixed: concurrent clients")
    ap.add_argument("--seconds", type=float, default=20, help="--mixed: how long the load runs")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = str(Path(tmp) / "bench.db")
        t0 = time.perf_counter()
        fill(url, args.incidents)
        print(f"{args.incidents} synthetic incidents written in {time.perf_counter() - t0:.1f} s (SQLite)")
        if args.mixed:
            ids = fill_sources(url)
            print(f"{len(ids)} of them with 1-3 source documents each")
            mixed(url, args.incidents, ids, args.workers, args.clients, args.seconds)
            return
        base, server = serve(url)
        latency(base, args.requests)
        if not args.no_browser:
            first_load(base)
        server.should_exit = True  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
