"""The HTTP API with FastAPI's test client, on a database filled from the dev set."""

from __future__ import annotations

from typing import Any

import pytest

from rasid.eval.score import span_violations

AUTH = "Authorization"


def _all(client, **params: Any) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    r = client.get("/api/incidents", params={"limit": 10000, **params})
    assert r.status_code == 200, r.text
    return r.json()


def test_list_counts_and_pages(client) -> None:  # type: ignore[no-untyped-def]
    everything = _all(client)
    assert everything["total"] == len(everything["incidents"]) > 100
    first = client.get("/api/incidents", params={"limit": 10, "offset": 0}).json()
    second = client.get("/api/incidents", params={"limit": 10, "offset": 10}).json()
    assert first["total"] == second["total"] == everything["total"]
    assert [i["id"] for i in first["incidents"] + second["incidents"]] == [i["id"] for i in everything["incidents"][:20]]
    assert all(not i["rejected"] for i in everything["incidents"])
    assert "mentions" not in first["incidents"][0]  # the list is light; one incident has its sources


@pytest.mark.parametrize(("params", "check"), [
    ({"country": "IQ"}, lambda i: i["place"]["country"] == "IQ"),
    ({"country": "ye"}, lambda i: i["place"]["country"] == "YE"),
    ({"type": "airstrike"}, lambda i: i["event_type"] == "airstrike"),
    ({"from": "2020-01-01", "to": "2020-12-31"}, lambda i: "2020" <= i["date"]["value"] <= "2020-12-31"),
    ({"actor": "houthi"}, lambda i: True),
    ({"bbox": "35,32,43,37.5"}, lambda i: 35 <= i["place"]["lon"] <= 43 and 32 <= i["place"]["lat"] <= 37.5),
    ({"min_grade": "fair"}, lambda i: i["grade"] in ("confirmed", "fair")),
    ({"country": "SY", "type": "airstrike", "from": "2015-01-01"},
     lambda i: i["place"]["country"] == "SY" and i["event_type"] == "airstrike"),
])
def test_filters(client, params: dict[str, str], check) -> None:  # type: ignore[no-untyped-def]
    got = _all(client, **params)
    assert got["total"] > 0, params
    assert got["total"] < _all(client)["total"]
    assert all(check(i) for i in got["incidents"]), params


def test_actor_filter_matches_any_source(client) -> None:  # type: ignore[no-untyped-def]
    got = _all(client, actor="Houthis")["incidents"]
    for i in got[:5]:
        d = client.get(f"/api/incidents/{i['id']}").json()
        named = [d["perpetrator"] or ""] + [m["perpetrator"]["name"] for m in d["mentions"] if m.get("perpetrator")]
        assert any("houthi" in n.lower() for n in named)


def test_map_view_is_the_same_incidents_lighter(client) -> None:  # type: ignore[no-untyped-def]
    full = _all(client, country="SY")
    slim = _all(client, country="SY", view="map")
    assert slim["total"] == full["total"]
    for a, b in zip(full["incidents"], slim["incidents"], strict=True):
        assert b["id"] == a["id"] and b["place"]["lat"] == a["place"]["lat"] and b["killed"] == a["killed"]
        assert b["date"]["value"] == a["date"]["value"] and set(b) < set(a)


def test_facets(client) -> None:  # type: ignore[no-untyped-def]
    f = client.get("/api/facets").json()
    assert {"IQ", "SY", "YE"} <= {c["value"] for c in f["countries"]}
    assert "airstrike" in {t["value"] for t in f["types"]}
    assert sum(g["count"] for g in f["grades"]) == _all(client)["total"]


def _multi_source(client) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    inc = next(i for i in _all(client)["incidents"] if i["sources"] >= 2)
    return client.get(f"/api/incidents/{inc['id']}").json()


def test_incident_has_mentions_sources_spans(client) -> None:  # type: ignore[no-untyped-def]
    d = _multi_source(client)
    assert len(d["mentions"]) >= 2 and d["review_log"] == []
    texts = {s["id"]: s["text"] for s in d["documents"]}
    assert set(texts) == {m["document"] for m in d["mentions"]}
    for m in d["mentions"]:
        fields = {h["field"] for h in m["highlights"]}
        assert "evidence" in fields
        for h in m["highlights"]:
            assert texts[m["document"]][h["start"]:h["end"]] == h["text"]
    for s in d["documents"]:
        assert s["dir"] == ("rtl" if s["lang"] == "ar" else "ltr")


def test_document_text_and_highlights(client) -> None:  # type: ignore[no-untyped-def]
    d = _multi_source(client)
    doc = client.get(f"/api/documents/{d['mentions'][0]['document']}").json()
    assert doc["highlights"] and doc["mentions"]
    assert {"evidence", "place"} <= {h["field"] for h in doc["highlights"]}
    for h in doc["highlights"]:
        assert doc["text"][h["start"]:h["end"]] == h["text"]
        assert h["incident"] == d["id"] or h["incident"] is not None


@pytest.mark.parametrize("path", ["/api/incidents/999999", "/api/documents/999999"])
def test_missing_is_404(client, path: str) -> None:  # type: ignore[no-untyped-def]
    r = client.get(path)
    assert r.status_code == 404 and "999999" in r.json()["error"]["message"]


@pytest.mark.parametrize(("text", "lang"), [
    ("قتل خمسة مدنيين في غارة جوية على مدينة أريحا جنوبي إدلب يوم الجمعة 17 كانون الثاني 2020.", "ar"),
    ("Five civilians were killed in an airstrike on the town of Ariha in Idlib province on Friday.", "en"),
])
def test_extract_returns_contract_json(client, validator, text: str, lang: str) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/api/extract", json={"text": text, "published": "2020-01-18"})
    assert r.status_code == 200, r.text
    out = r.json()
    hl = out.pop("highlights")
    assert not list(validator.iter_errors(out)) and span_violations(text, out) == []
    assert out["lang"] == lang and out["incidents"][0]["event_type"] == "airstrike"
    assert all(text[h["start"]:h["end"]] == h["text"] for h in hl)
    assert {"evidence", "place"} <= {h["field"] for h in hl}


def test_extract_is_size_limited(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/api/extract", json={"text": "قصف " * 6000})  # 30 kB > the fixture's 20 kB
    assert r.status_code == 413 and r.json()["error"]["code"] == "too_large"
    r = client.post("/api/extract", content=b'{"text": "' + b"a" * 200_000 + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413  # refused from Content-Length, before the body is parsed


NEW_REPORT = ("الموصل - قتل سبعة مدنيين وأصيب عشرة آخرون في انفجار عبوة ناسفة في سوق حي الزهور شرقي الموصل "
              "يوم الثلاثاء 4 نيسان 2017، بحسب مصادر أمنية.")


def test_ingest_needs_a_token(client) -> None:  # type: ignore[no-untyped-def]
    r = client.post("/api/documents", json={"text": NEW_REPORT})
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    r = client.post("/api/documents", json={"text": NEW_REPORT}, headers={AUTH: "Bearer rsd_not-a-token"})
    assert r.status_code == 401 and "unknown" in r.json()["error"]["message"]


def test_ingest_one_document(client, token: str) -> None:  # type: ignore[no-untyped-def]
    before = _all(client)["total"]
    r = client.post("/api/documents", json={"text": NEW_REPORT, "id": "api-1", "published": "2017-04-05",
                                            "source": "test"}, headers={AUTH: f"Bearer {token}"})
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["duplicate"] is False and len(body["incidents"]) == 1
    assert _all(client)["total"] == before + 1
    inc = client.get(f"/api/incidents/{body['incidents'][0]}").json()
    assert inc["event_type"] == "ied_or_mine" and inc["place"]["country"] == "IQ"
    again = client.post("/api/documents", json={"text": NEW_REPORT}, headers={"X-Rasid-Token": token})
    assert again.status_code == 200 and again.json() == {**body, "duplicate": True}


def test_whoami_names_the_token(client, token: str) -> None:  # type: ignore[no-untyped-def]
    assert client.get("/api/whoami", headers={AUTH: f"Bearer {token}"}).json() == {"name": "Layla Reviewer"}
    assert client.get("/api/whoami").status_code == 401


def _review(client, token: str, incident_id: int, action: str, **body: Any):  # type: ignore[no-untyped-def]
    return client.post(f"/api/incidents/{incident_id}/{action}", json=body, headers={AUTH: f"Bearer {token}"})


def test_review_actions_persist_with_the_tokens_name(client, app, db_path, token: str) -> None:  # type: ignore[no-untyped-def]
    ids = [i["id"] for i in _all(client, country="IQ")["incidents"]]
    a, b, c = ids[:3]
    assert client.post(f"/api/incidents/{a}/merge", json={"other": b}).status_code == 401
    r = _review(client, token, a, "merge", other=b, why="same strike", who="somebody else")
    assert r.status_code == 200, r.text
    merged = r.json()
    assert merged["review_log"][-1]["who"] == "Layla Reviewer" and merged["review_log"][-1]["why"] == "same strike"
    assert client.get(f"/api/incidents/{b}").status_code == 404
    moved = merged["mentions"][-1]["id"]
    r = _review(client, token, a, "split", mentions=[moved], why="not the same")
    assert r.status_code == 200 and r.json()["new_incident"]
    r = _review(client, token, c, "edit", field="killed_min", value="12", why="hospital figure")
    assert r.status_code == 200 and r.json()["killed"]["min"] == 12
    r = _review(client, token, c, "reject", why="a campaign total, not one event")
    assert r.status_code == 200 and r.json()["rejected"] is True
    assert c not in [i["id"] for i in _all(client)["incidents"]]
    assert c in [i["id"] for i in _all(client, rejected="true")["incidents"]]

    from fastapi.testclient import TestClient

    from rasid.serve import create_app

    with TestClient(create_app(str(db_path))) as fresh:  # a new process would read the same
        log = fresh.get(f"/api/incidents/{c}").json()["review_log"]
        assert [(e["action"], e["who"]) for e in log] == [("edit", "Layla Reviewer"), ("reject", "Layla Reviewer")]
        assert [e["action"] for e in fresh.get(f"/api/incidents/{a}").json()["review_log"]] == ["merge", "split"]


@pytest.mark.parametrize(("action", "body", "status"), [
    ("merge", {"other": 999999}, 404),
    ("split", {"mentions": [999999]}, 400),
    ("edit", {"field": "colour", "value": "red"}, 400),
    ("edit", {"field": "killed_min", "value": "many"}, 400),
    ("reject", {"why": ""}, 422),
    ("reject", {}, 422),
])
def test_review_mistakes(client, token: str, action: str, body: dict[str, Any], status: int) -> None:  # type: ignore[no-untyped-def]
    inc = _all(client)["incidents"][0]["id"]
    r = _review(client, token, inc, action, **body)
    assert r.status_code == status, r.text
    assert r.json()["error"]["status"] == status


def test_private_reads_need_a_token(db_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    from rasid.serve import create_app, tokens
    from rasid.serve.settings import read_open_from_env

    app = create_app(str(db_path), read_open=False)
    with app.state.factory.begin() as s:
        tok = tokens.create(s, "reader")
    with TestClient(app) as c:
        assert c.get("/api/incidents").status_code == 401
        assert c.post("/api/extract", json={"text": NEW_REPORT}).status_code == 401
        assert c.get("/api/incidents", headers={AUTH: f"Bearer {tok}"}).status_code == 200
        assert c.get("/").status_code == 200  # the page itself loads, and asks for the token
        assert c.get("/api/config").json()["read_open"] is False
    monkeypatch.setenv("RASID_READ_TOKEN_REQUIRED", "1")
    assert read_open_from_env(True) is False
    monkeypatch.setenv("RASID_READ_TOKEN_REQUIRED", "0")
    assert read_open_from_env(True) is True


def test_tokens_are_stored_hashed(app, token: str) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from rasid.serve.tokens import revoke, token_hash
    from rasid.store.models import Token

    with app.state.factory.begin() as s:
        rows = list(s.scalars(select(Token)))
        assert [(r.name, r.token_hash) for r in rows] == [("Layla Reviewer", token_hash(token))]
        assert token not in repr([vars(r) for r in rows])
        assert revoke(s, "Layla Reviewer") == 1


def test_openapi_and_page(client) -> None:  # type: ignore[no-untyped-def]
    spec = client.get("/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/documents/{document_id}", "/api/extract",
            "/api/documents", "/api/incidents/{incident_id}/merge"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200
    page = client.get("/")
    assert page.status_code == 200 and "text/html" in page.headers["content-type"]
    for asset in ("app.js", "app.css", "borders.geojson", "vendor/leaflet.js", "vendor/leaflet.markercluster.js"):
        assert client.get(f"/static/{asset}").status_code == 200, asset
