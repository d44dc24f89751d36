"""Hardening: the per-client limit on POST /api/extract (429 in the error shape) and the page's CSP."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPORT = "قتل ثلاثة مدنيين في غارة جوية على مدينة أريحا"


def _client(db_path: Path, *, host: str = "203.0.113.7", **kwargs: Any) -> Any:
    from fastapi.testclient import TestClient

    from rasid.serve import create_app

    return TestClient(create_app(str(db_path), **kwargs), client=(host, 40000))


def test_extract_is_limited_per_client(db_path: Path) -> None:
    app_kwargs = {"extract_per_minute": 3}
    with _client(db_path, **app_kwargs) as c:
        assert [c.post("/api/extract", json={"text": REPORT}).status_code for _ in range(3)] == [200, 200, 200]
        r = c.post("/api/extract", json={"text": REPORT})
        assert r.status_code == 429
        err = r.json()["error"]
        assert (err["status"], err["code"]) == (429, "too_many_requests")
        assert "at most 3 a minute" in err["message"]
        assert r.headers["Retry-After"] == "20"  # one call back every 60/3 s
        assert c.post("/api/extract", json={}).status_code == 429  # counted before the body is looked at
        assert c.get("/api/incidents?limit=1").status_code == 200  # reads are not limited
        assert c.get("/api/config").json()["extract_per_minute"] == 3
        other = type(c)(c.app, client=("198.51.100.9", 40000))
        assert other.post("/api/extract", json={"text": REPORT}).status_code == 200  # another client is not


def test_limit_zero_means_none(db_path: Path) -> None:
    with _client(db_path, extract_per_minute=0) as c:
        assert {c.post("/api/extract", json={"text": "x"}).status_code for _ in range(40)} == {200}


def test_default_limit_is_30_a_minute(db_path: Path) -> None:
    with _client(db_path) as c:
        codes = [c.post("/api/extract", json={"text": "x"}).status_code for _ in range(31)]
    assert codes == [200] * 30 + [429]


def test_bucket_refills_at_the_rate() -> None:
    from rasid.serve.ratelimit import RateLimiter

    now = [1000.0]
    lim = RateLimiter(6, clock=lambda: now[0])  # one every 10 s, bursts of 6
    assert [lim.acquire("a") for _ in range(6)] == [0.0] * 6
    assert lim.acquire("a") == pytest.approx(10.0)
    now[0] += 5
    assert lim.acquire("a") == pytest.approx(5.0)
    now[0] += 5
    assert lim.acquire("a") == 0.0 and lim.acquire("a") > 0
    now[0] += 3600  # an hour idle refills to the burst, not beyond
    assert [lim.acquire("a") == 0.0 for _ in range(7)] == [True] * 6 + [False]
    assert lim.acquire("b") == 0.0
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_many_clients_keep_memory_bounded() -> None:
    from rasid.serve.ratelimit import RateLimiter

    now = [0.0]
    lim = RateLimiter(2, clock=lambda: now[0], max_clients=100)
    for i in range(1000):
        now[0] += 0.01
        lim.acquire(f"10.0.{i // 256}.{i % 256}")
    assert len(lim._buckets) <= 101


def test_limit_from_option_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasid.errors import UsageError
    from rasid.serve.settings import DEFAULT_EXTRACT_PER_MINUTE, extract_per_minute_from_env

    monkeypatch.delenv("RASID_EXTRACT_LIMIT", raising=False)
    assert extract_per_minute_from_env(None) == DEFAULT_EXTRACT_PER_MINUTE == 30
    monkeypatch.setenv("RASID_EXTRACT_LIMIT", "5")
    assert extract_per_minute_from_env(None) == 5
    assert extract_per_minute_from_env(0) == 0  # the option wins
    monkeypatch.setenv("RASID_EXTRACT_LIMIT", "lots")
    with pytest.raises(UsageError, match="RASID_EXTRACT_LIMIT"):
        extract_per_minute_from_env(None)
    with pytest.raises(UsageError):
        extract_per_minute_from_env(-1)


@pytest.mark.parametrize(("args", "env", "message"), [
    (["--extract-limit", "-2"], {}, "rasid: the extract limit must be 0 (no limit) or more, not -2\n"),
    ([], {"RASID_EXTRACT_LIMIT": "1.5"}, "rasid: RASID_EXTRACT_LIMIT='1.5' is not a whole number (calls a minute; 0: no limit)\n"),
])
def test_serve_refuses_a_bad_limit(tmp_path: Path, args: list[str], env: dict[str, str], message: str) -> None:
    import os

    p = subprocess.run([sys.executable, "-m", "rasid.cli", "serve", "--db", str(tmp_path / "x.db"), *args],
                       capture_output=True, text=True, timeout=120, env={**os.environ, **env})
    assert (p.returncode, p.stderr) == (2, message)


def test_page_has_a_content_security_policy(client: Any) -> None:
    for path in ("/", "/static/app.js"):
        csp = client.get(path).headers["Content-Security-Policy"]
        directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
        assert directives["script-src"] == "'self'"  # no 'unsafe-inline', no 'unsafe-eval'
        assert directives["default-src"] == "'none'" and directives["object-src"] == "'none'"
        assert "unsafe" not in csp
    assert "Content-Security-Policy" not in client.get("/docs").headers  # Swagger UI needs inline script
    assert "Content-Security-Policy" not in client.get("/api/facets").headers


@pytest.mark.parametrize(("tile_url", "img"), [
    (None, "'self' data:"),
    ("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "'self' data: https://tile.openstreetmap.org"),
    ("https://{s}.tile.example.org:8080/{z}/{x}/{y}.png", "'self' data: https://*.tile.example.org:8080"),
    ("https://{a-c}.tiles.example/{z}/{x}/{y}.png", "'self' data: https:"),
])
def test_tile_server_is_allowed_for_images(tile_url: str | None, img: str) -> None:
    from rasid.serve.app import content_security_policy

    assert f"img-src {img};" in content_security_policy(tile_url)
