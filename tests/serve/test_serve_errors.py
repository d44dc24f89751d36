"""Every error the API returns has one shape: {"error": {"status", "code", "message"}}."""

from __future__ import annotations

from typing import Any

import pytest


def _assert_shape(r: Any, status: int) -> None:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert {"status", "code", "message"} <= set(err) <= {"status", "code", "message", "details"}
    assert err["status"] == status
    assert isinstance(err["code"], str) and err["code"] and " " not in err["code"]
    assert isinstance(err["message"], str) and err["message"]


CASES = [
    ("get", "/no/such/path", None, 404),
    ("get", "/static/no-such-file.js", None, 404),
    ("get", "/api/incidents/999999", None, 404),
    ("get", "/api/documents/999999", None, 404),
    ("get", "/api/incidents/abc", None, 422),
    ("get", "/api/incidents?limit=0", None, 422),
    ("get", "/api/incidents?limit=100000", None, 422),
    ("get", "/api/incidents?from=yesterday", None, 422),
    ("get", "/api/incidents?from=2020-02-01&to=2020-01-01", None, 422),
    ("get", "/api/incidents?bbox=1,2,3", None, 422),
    ("get", "/api/incidents?min_grade=excellent", None, 422),
    ("get", "/api/incidents?country=Iraq", None, 422),
    ("delete", "/api/incidents", None, 405),
]
HUGE, NEGATIVE = "99999999999999999999", "-1"
# every integer the API reads from a query or a path: a number no database column holds, a negative one, NaN
for _param in ("offset", "limit"):
    CASES += [("get", f"/api/incidents?{_param}={v}", None, 422) for v in (HUGE, "2147483648", NEGATIVE, "NaN", "1.5")]
for _path in ("/api/incidents/{}", "/api/documents/{}"):
    CASES += [("get", _path.format(v), None, 422) for v in (HUGE, "9223372036854775808", NEGATIVE, "0", "NaN")]
CASES += [("get", f"/api/incidents?bbox={b}", None, 422)
          for b in ("NaN,1,2,3", "1,2,3,nan", "1e999,1,2,3", "-inf,1,2,3", "-500,1,2,3", "1,-91,2,3", "1,2,181,3", HUGE + ",1,2,3")]
CASES += [
    ("put", "/api/extract", None, 405),
    ("post", "/api/extract", {}, 422),
    ("post", "/api/extract", {"text": ""}, 422),
    ("post", "/api/extract", {"text": "x", "published": "soon"}, 422),
    ("post", "/api/extract", {"text": "قصف " * 6000}, 413),
    ("post", "/api/documents", {"text": "x"}, 401),
    ("post", "/api/incidents/1/merge", {"other": 2}, 401),
    ("post", "/api/incidents/1/reject", {"why": "x"}, 401),
]


@pytest.mark.parametrize(("method", "path", "body", "status"), CASES)
def test_error_shape(client, method: str, path: str, body: Any, status: int) -> None:  # type: ignore[no-untyped-def]
    kwargs = {"json": body} if body is not None else {}
    _assert_shape(getattr(client, method)(path, **kwargs), status)


def test_malformed_json_body(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"})
    _assert_shape(r, 422)


def test_review_errors_with_a_token(client, token: str) -> None:  # type: ignore[no-untyped-def]
    h = {"Authorization": f"Bearer {token}"}
    for huge in (99999999999999999999, 2**31, 0, -1):
        _assert_shape(client.post(f"/api/incidents/{huge}/reject", json={"why": "x"}, headers=h), 422)
        _assert_shape(client.post("/api/incidents/1/merge", json={"other": huge}, headers=h), 422)
        _assert_shape(client.post("/api/incidents/1/split", json={"mentions": [huge]}, headers=h), 422)
    for field, value in [("killed_min", "99999999999999999999"), ("killed_max", "-3"), ("lat", "nan"),
                         ("lon", "inf"), ("lat", "91"), ("lon", "-180.5")]:
        _assert_shape(client.post("/api/incidents/1/edit", json={"field": field, "value": value}, headers=h), 400)
    assert client.get("/api/incidents/1").status_code == 200  # nothing of it was stored
    _assert_shape(client.post("/api/incidents/999999/reject", json={"why": "x"}, headers=h), 404)
    _assert_shape(client.post("/api/incidents/1/merge", json={"other": 1}, headers=h), 400)
    _assert_shape(client.post("/api/incidents/1/merge", json={"other": "one"}, headers=h), 422)


def test_unexpected_failure_keeps_the_shape(app) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/boom")
    _assert_shape(r, 500)
    assert "secret" not in r.text
