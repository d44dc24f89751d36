"""The HTTP API on PostgreSQL (and SQLite): reads, highlights, ingest and review against a real server.

The other API tests share one SQLite database filled from the dev set; this one runs the main paths
on each database of the store tests' ``db_url`` fixture (PostgreSQL when RASID_TEST_PG is set).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location("rasid_tests_store_conftest_serve",
                                               Path(__file__).parent.parent / "store" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store)
db_url = _store.db_url

REPORTS = Path(__file__).parent.parent / "store" / "reports.jsonl"
NEW = ("حلب - قتل أربعة مدنيين وأصيب ستة آخرون، يوم 3 شباط 2020، بقصف مدفعي لقوات النظام السوري على حي "
       "الراشدين غربي مدينة حلب، بحسب ما أفاد الدفاع المدني.")


def test_api_on_each_database(db_url: str) -> None:
    from fastapi.testclient import TestClient

    from rasid.ingest.readers import read_paths
    from rasid.serve import create_app, tokens
    from rasid.store.db import open_db
    from rasid.store.ingest import ingest

    engine, factory = open_db(db_url)
    ingest(read_paths([str(REPORTS)]), factory, report=lambda _l: None)
    engine.dispose()
    app = create_app(db_url)
    with TestClient(app) as client:
        with app.state.factory.begin() as s:
            token = tokens.create(s, "Omar Analyst")
        listed = client.get("/api/incidents", params={"country": "SY", "from": "2020-01-14", "to": "2020-01-16"}).json()
        assert listed["total"] == 2 and {i["place"]["name"] for i in listed["incidents"]} == {"Ariha", "Saraqib"}
        ariha = next(i for i in listed["incidents"] if i["sources"] == 2)
        detail = client.get(f"/api/incidents/{ariha['id']}").json()
        assert detail["killed"] == {"min": 8, "max": 11} and detail["grade"] == "fair"
        doc_id = detail["mentions"][0]["document"]
        doc = client.get(f"/api/documents/{doc_id}").json()
        assert doc["highlights"] and all(doc["text"][h["start"]:h["end"]] == h["text"] for h in doc["highlights"])
        assert client.get("/api/incidents", params={"bbox": "36.5,35.7,36.7,35.9"}).json()["total"] == 2

        facets = client.get("/api/facets").json()  # kept until the next write (the change counter's triggers)
        auth = {"Authorization": f"Bearer {token}"}
        r = client.post("/api/documents", json={"text": NEW, "id": "pg-1", "published": "2020-02-03"}, headers=auth)
        assert r.status_code in (200, 201), r.text
        new_id = r.json()["incidents"][0]
        assert sum(c["count"] for c in client.get("/api/facets").json()["grades"]) == \
            sum(c["count"] for c in facets["grades"]) + 1
        assert client.get(f"/api/incidents/{new_id}").json()["place"]["name"] in ("Aleppo", "Al-Rashidin", "Rashidin", "الراشدين")
        r = client.post(f"/api/incidents/{new_id}/edit", json={"field": "killed_min", "value": "5", "why": "list"},
                        headers=auth)
        assert r.status_code == 200 and r.json()["killed"]["min"] == 5
        assert r.json()["review_log"][-1]["who"] == "Omar Analyst"
        assert client.get("/api/incidents/999999").json()["error"]["status"] == 404
