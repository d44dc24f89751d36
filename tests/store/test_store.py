"""The incident database on SQLite and PostgreSQL: ingest, merge, review, query, export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rasid.ingest.readers import read_paths
from rasid.store.db import open_db
from rasid.store.ingest import ingest
from rasid.store.models import Document, Failure, Incident, Mention, ReviewLog
from rasid.store.query import Filters, find


def _ingest(url: str, *paths: Path | str):  # type: ignore[no-untyped-def]
    engine, factory = open_db(url)
    st = ingest(read_paths([str(p) for p in paths]), factory, report=lambda _l: None)
    return engine, factory, st


def _groups(factory) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    with factory() as s:
        out = set()
        for inc in s.scalars(select(Incident)):
            out.add(frozenset(f"{m.document.ext_id}#{m.idx}" for m in inc.mentions))
        return out


def _by_doc(factory, ext_id: str) -> Incident:  # type: ignore[no-untyped-def]
    with factory() as s:
        m = s.scalar(select(Mention).join(Document).where(Document.ext_id == ext_id))
        assert m is not None and m.incident is not None
        inc = m.incident
        _ = [x.document for x in inc.mentions]
        return inc


def test_ingest_is_idempotent(db_url: str, reports: Path) -> None:
    engine, factory, st = _ingest(db_url, reports)
    assert (st.stored, st.duplicates, st.failed) == (8, 0, 0)
    assert st.mentions == 8
    _, _, again = _ingest(db_url, reports)
    assert (again.stored, again.duplicates) == (0, 8)
    with factory() as s:
        assert s.scalar(select(func.count(Document.id))) == 8
        assert s.scalar(select(func.count(Mention.id))) == 8
        assert s.scalar(select(func.count(Mention.id)).where(Mention.incident_id.is_(None))) == 0
    engine.dispose()


def test_reports_of_one_event_merge_across_languages(db_url: str, reports: Path) -> None:
    engine, factory, _ = _ingest(db_url, reports)
    groups = _groups(factory)
    # Ariha, 15 January 2020: an Arabic and an English report of one strike
    assert frozenset({"m-ar-1#0", "m-en-1#0"}) in groups
    # the same town five days later, and a town 18 km away the same day, stay apart
    assert frozenset({"m-ar-2#0"}) in groups
    assert frozenset({"m-ar-3#0"}) in groups
    assert len(groups) == 5
    ariha = _by_doc(factory, "m-ar-1")
    assert (ariha.killed_min, ariha.killed_max) == (8, 11)  # min of mins, max of maxes
    assert ariha.date_value == "2020-01-15" and ariha.place_name == "Ariha" and ariha.country == "SY"
    assert (ariha.n_sources, ariha.n_independent, ariha.grade) == (2, 2, "fair")
    assert ariha.perpetrator == "Russian forces" and not ariha.contested
    assert sorted(w["min"] for w in ariha.killed_words) == [8, 11]
    engine.dispose()


def test_grades_contested_and_confirmed(db_url: str, reports: Path) -> None:
    engine, factory, _ = _ingest(db_url, reports)
    taiz = _by_doc(factory, "y-ar-1")
    assert {f"{m.document.ext_id}" for m in taiz.mentions} == {"y-ar-1", "y-ar-2"}
    assert taiz.contested and taiz.grade == "contested"
    assert set(taiz.perpetrators) == {"Houthis", "Saudi-led coalition"}
    assert (taiz.killed_min, taiz.killed_max, taiz.injured_min, taiz.injured_max) == (5, 7, 9, 10)
    mosul = _by_doc(factory, "q-en-1")
    assert {m.document.ext_id for m in mosul.mentions} == {"q-en-1", "q-ar-1"}
    assert mosul.grade == "confirmed"  # the coalition itself says its aircraft struck
    assert mosul.place_precision in ("neighbourhood", "town") and mosul.admin1 == "Nineveh"
    engine.dispose()


def test_merging_does_not_depend_on_order(tmp_path: Path, reports: Path) -> None:
    lines = reports.read_text(encoding="utf-8").splitlines()
    fwd, rev = tmp_path / "fwd.jsonl", tmp_path / "rev.jsonl"
    fwd.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rev.write_text("\n".join(reversed(lines)) + "\n", encoding="utf-8")
    _, f1, _ = _ingest(str(tmp_path / "a.db"), fwd)
    _, f2, _ = _ingest(str(tmp_path / "b.db"), rev)
    assert _groups(f1) == _groups(f2)


def test_bad_documents_are_recorded_and_the_batch_goes_on(db_url: str, reports: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "قتل مدنيان في قصف على بلدة كفرنبل"}\n{not json\n', encoding="utf-8")
    engine, factory, st = _ingest(db_url, reports, bad, tmp_path / "missing.txt")
    assert st.stored == 9 and st.failed == 2
    with factory() as s:
        reasons = [f.reason for f in s.scalars(select(Failure))]
        origins = [f.origin for f in s.scalars(select(Failure))]
    assert any("JSON" in r or "json" in r for r in reasons)
    assert any(o.endswith("bad.jsonl:2") for o in origins)
    assert any(o.endswith("missing.txt") for o in origins)
    engine.dispose()


def test_review_actions_persist_and_survive_rebuild(db_url: str, reports: Path, tmp_path: Path) -> None:
    from rasid.merge.merge import rebuild
    from rasid.store import review

    engine, factory, _ = _ingest(db_url, reports)
    ariha_id = _by_doc(factory, "m-ar-1").id
    later_id = _by_doc(factory, "m-ar-2").id
    with factory.begin() as s:
        en_mention = s.scalar(select(Mention.id).join(Document).where(Document.ext_id == "m-en-1"))
        assert en_mention is not None
        new = review.split(s, ariha_id, [en_mention], who="analyst", why="different market")
        new_id = new.id
        review.edit(s, later_id, "killed_min", "4", who="analyst", why="hospital list")
        review.reject(s, _by_doc(factory, "m-ar-3").id, who="analyst", why="duplicate of a 2019 report")
    with factory.begin() as s:
        rebuild(s)  # automatic merging must respect the split, the edit and the rejection
    assert frozenset({"m-ar-1#0"}) in _groups(factory) and frozenset({"m-en-1#0"}) in _groups(factory)
    assert _by_doc(factory, "m-ar-2").killed_min == 4
    assert _by_doc(factory, "m-ar-3").rejected
    with factory.begin() as s:
        merged = review.merge(s, ariha_id, new_id, who="analyst", why="same market after all")
        assert {m.document.ext_id for m in merged.mentions} == {"m-ar-1", "m-en-1"}
    with factory() as s:
        log = [(r.who, r.action, r.why) for r in s.scalars(select(ReviewLog).order_by(ReviewLog.id))]
        assert [a for _, a, _ in log] == ["split", "edit", "reject", "merge"]
        assert all(w == "analyst" and why for w, _, why in log)
        assert not find(s, Filters(country="SY", date_from=None)) == []
        assert all(not i.rejected for i in find(s, Filters()))
    engine.dispose()


def test_filters(db_url: str, reports: Path) -> None:
    from datetime import date

    engine, factory, _ = _ingest(db_url, reports)
    with factory() as s:
        assert {i.country for i in find(s, Filters(country="ye"))} == {"YE"}
        jan = find(s, Filters(date_from=date(2020, 1, 14), date_to=date(2020, 1, 16)))
        assert {i.place_name for i in jan} == {"Ariha", "Saraqib"}
        assert {i.country for i in find(s, Filters(actor="coalition"))} == {"YE", "IQ"}
        assert len(find(s, Filters(bbox=(36.5, 35.7, 36.7, 35.9)))) == 2  # Ariha's two incidents
        assert {i.grade for i in find(s, Filters(min_grade="fair"))} <= {"confirmed", "fair"}
        # the quarter of Taiz that the gazetteer lacks: named as the reports write it, located in Taiz
        shelled = find(s, Filters(event_type="shelling"))[0]
        assert (shelled.place_name, shelled.admin1, shelled.lat) == ("الجحملية", "Taiz", None)
    engine.dispose()


def test_exports(db_url: str, reports: Path, tmp_path: Path) -> None:
    from rasid.export.export import export

    engine, factory, _ = _ingest(db_url, reports)
    with factory() as s:
        n = export(s, "jsonl", str(tmp_path / "i.jsonl"))
        assert n == 5
        rows = [json.loads(x) for x in (tmp_path / "i.jsonl").read_text(encoding="utf-8").splitlines()]
        assert all(r["mentions"] and all("evidence" in m for m in r["mentions"]) for r in rows)
        export(s, "geojson", str(tmp_path / "i.geojson"))
        gj = json.loads((tmp_path / "i.geojson").read_text(encoding="utf-8"))
        # a map format: the quarter of Taiz that the gazetteer lacks has no point, so it is left out
        assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 4
        lon, lat = gj["features"][0]["geometry"]["coordinates"]
        assert 30 < lon < 50 and 10 < lat < 40
        export(s, "csv", str(tmp_path / "i.csv"))
        with (tmp_path / "i.csv").open(encoding="utf-8", newline="") as fh:
            assert len(list(csv.DictReader(fh))) == 5
        export(s, "acled", str(tmp_path / "a.csv"))
        with (tmp_path / "a.csv").open(encoding="utf-8", newline="") as fh:
            acled = {r["location"]: r for r in csv.DictReader(fh)}
    # ACLED codes "dozens" as 12 and takes the most conservative source: 12, not the 137 of the other report
    mosul = next(r for loc, r in acled.items() if "Maw" in loc or "Mosul" in loc)
    assert mosul["fatalities"] == "12" and mosul["country"] == "Iraq" and mosul["iso"] == "368"
    assert mosul["event_type"] == "Explosions/Remote violence" and mosul["sub_event_type"] == "Air/drone strike"
    assert mosul["civilian_targeting"] == "Civilian targeting" and mosul["geo_precision"] == "1"
    taiz = next(r for r in acled.values() if r["admin1"] == "Taiz")
    assert (taiz["location"], taiz["latitude"]) == ("الجحملية", "")
    assert taiz["fatalities"] == "5" and taiz["actor1"] in ("Houthis", "Saudi-led coalition")
    assert not (tmp_path / "a.csv.part").exists()
    engine.dispose()


def test_unknown_export_format_and_missing_folder(tmp_path: Path, reports: Path) -> None:
    from rasid.errors import UsageError
    from rasid.export.export import export

    engine, factory, _ = _ingest(str(tmp_path / "r.db"), reports)
    with factory() as s, pytest.raises(UsageError, match="format"):
        export(s, "xlsx", str(tmp_path / "x"))
    with factory() as s, pytest.raises(UsageError, match="folder"):
        export(s, "csv", str(tmp_path / "nope" / "x.csv"))
    engine.dispose()
