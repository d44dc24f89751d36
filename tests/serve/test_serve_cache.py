"""Facets and lists are kept in each server process until the next write to the database, by anyone.

The cache key is ``changes.n``, raised by triggers on incidents and mentions (migration 0004): a write
through the API, a write by another process (``rasid ingest``, a script) and a write handled by another
worker of ``rasid serve --workers`` all change the next answer at once.
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

AUTH = "Authorization"


def _count(facets: dict[str, Any], group: str, value: str) -> int:
    return next((c["count"] for c in facets[group] if c["value"] == value), 0)


def _first_of(client, country: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return client.get("/api/incidents", params={"country": country, "limit": 1}).json()["incidents"][0]


def test_a_write_through_the_api_changes_facets_and_lists_at_once(client, token: str) -> None:  # type: ignore[no-untyped-def]
    before = client.get("/api/facets")
    assert before.status_code == 200 and before.headers["etag"]
    assert client.get("/api/facets").content == before.content  # from the cache: the same answer
    listed = client.get("/api/incidents", params={"country": "SY"})
    inc = listed.json()["incidents"][0]
    r = client.post(f"/api/incidents/{inc['id']}/reject", json={"why": "a weekly total"}, headers={AUTH: f"Bearer {token}"})
    assert r.status_code == 200, r.text
    after = client.get("/api/facets")
    assert _count(after.json(), "countries", "SY") == _count(before.json(), "countries", "SY") - 1
    assert after.headers["etag"] != before.headers["etag"]
    relisted = client.get("/api/incidents", params={"country": "SY"})
    assert relisted.json()["total"] == listed.json()["total"] - 1
    assert inc["id"] not in [i["id"] for i in relisted.json()["incidents"]]


def test_etag_answers_304_until_the_data_changes(client, token: str) -> None:  # type: ignore[no-untyped-def]
    for path in ("/api/facets", "/api/incidents?country=IQ&view=map"):
        first = client.get(path)
        etag = first.headers["etag"]
        again = client.get(path, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
        assert client.get(path, headers={"If-None-Match": '"other"'}).status_code == 200
    inc = _first_of(client, "IQ")
    r = client.post(f"/api/incidents/{inc['id']}/edit", json={"field": "country", "value": "SY"},
                    headers={AUTH: f"Bearer {token}"})
    assert r.status_code == 200, r.text
    for path in ("/api/facets", "/api/incidents?country=IQ&view=map"):
        fresh = client.get(path, headers={"If-None-Match": first.headers["etag"] if path.endswith("map") else etag})
        assert fresh.status_code == 200  # the old ETag no longer matches


def test_a_write_by_another_process_changes_facets(client, app) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    before = client.get("/api/facets").json()
    inc = _first_of(client, "YE")
    with app.state.engine.begin() as c:  # not through the API: as a script or `rasid ingest` would
        c.execute(text("UPDATE incidents SET country = 'LY' WHERE id = :i"), {"i": inc["id"]})
    after = client.get("/api/facets").json()
    assert _count(after, "countries", "YE") == _count(before, "countries", "YE") - 1
    assert _count(after, "countries", "LY") == _count(before, "countries", "LY") + 1


def _get(url: str, headers: dict[str, str] | None = None, body: bytes | None = None) -> Any:
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(req, timeout=30) as r:  # a new connection each time: any worker may answer
        return json.loads(r.read().decode("utf-8"))


def test_a_write_in_one_worker_reaches_the_other(db_path: Path) -> None:
    from rasid.serve import tokens
    from rasid.store.db import open_db

    engine, factory = open_db(str(db_path))
    with factory.begin() as s:
        token = tokens.create(s, "Layla Reviewer")
    engine.dispose()
    with socket.socket() as sk:
        sk.bind(("127.0.0.1", 0))
        port = sk.getsockname()[1]
    proc = subprocess.Popen([sys.executable, "-m", "rasid.cli", "serve", "--db", str(db_path), "--port", str(port),
                             "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                before = _get(base + "/api/facets")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
                time.sleep(0.1)
        time.sleep(1.0)  # both workers up
        for _ in range(20):  # both workers' caches hold the facets now
            assert _get(base + "/api/facets") == before
        inc = _get(base + "/api/incidents?country=SY&limit=1")["incidents"][0]
        _get(f"{base}/api/incidents/{inc['id']}/reject", {AUTH: f"Bearer {token}"}, b'{"why": "not an event"}')
        seen = {_count(_get(base + "/api/facets"), "countries", "SY") for _ in range(20)}
        assert seen == {_count(before, "countries", "SY") - 1}
    finally:
        proc.terminate()
        proc.wait(timeout=30)
