"""The database commands as a user runs them: ingest, incidents (list, show, review, rebuild), export, db."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from testkit import assert_quiet_on_closed_pipe, run_cli_into_closed_pipe


def rasid(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasid.cli", *args], capture_output=True, text=True, timeout=300)


def test_ingest_list_review_export(tmp_path: Path, reports: Path) -> None:
    db = str(tmp_path / "inc.db")
    first = rasid("ingest", str(reports), "--db", db, "--quiet")
    assert first.returncode == 0, first.stderr
    assert "8 documents stored, 0 already there" in first.stderr
    again = rasid("ingest", str(reports), "--db", db)
    assert again.returncode == 0 and "0 documents stored, 8 already there" in again.stderr

    listed = rasid("incidents", "--db", db, "--country", "SY", "--json")
    rows = [json.loads(x) for x in listed.stdout.splitlines()]
    assert {r["place"]["name"] for r in rows} == {"Ariha", "Saraqib"}
    ariha = next(r for r in rows if r["sources"] == 2)
    assert {m["source"] for m in ariha["mentions"]} == {"شبكة شام", "Reuters"}
    assert all(m["evidence"]["text"] for m in ariha["mentions"])

    table = rasid("incidents", "--db", db, "--min-grade", "fair")
    assert "Ariha" in table.stdout and "Saraqib" not in table.stdout

    edit = rasid("incidents", "--db", db, "edit", str(ariha["id"]), "killed_min", "9", "--who", "lina",
                 "--why", "hospital list")
    assert edit.returncode == 0, edit.stderr
    bad = rasid("incidents", "--db", db, "edit", str(ariha["id"]), "killed_min", "many")
    assert bad.returncode == 2 and "killed_min needs a whole number" in bad.stderr
    nofield = rasid("incidents", "--db", db, "edit", str(ariha["id"]), "colour", "red")
    assert nofield.returncode == 2 and "cannot edit" in nofield.stderr
    missing = rasid("incidents", "--db", db, "show", "9999")
    assert missing.returncode == 2 and "no incident 9999" in missing.stderr
    assert rasid("incidents", "--db", db, "rebuild").returncode == 0
    shown = json.loads(rasid("incidents", "--db", db, "show", str(ariha["id"])).stdout)
    assert shown["killed"]["min"] == 9  # the reviewer's value survives a rebuild
    assert shown["review_log"][0]["who"] == "lina" and shown["review_log"][0]["why"] == "hospital list"

    out = tmp_path / "out.geojson"
    exp = rasid("export", "--db", db, "--format", "geojson", "-o", str(out), "--country", "SY")
    assert exp.returncode == 0, exp.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) == 3  # Ariha twice (15 and 20 Jan), Saraqib
    cur = rasid("db", "current", "--db", db)
    assert cur.returncode == 0 and "schema revision" in cur.stdout


def test_missing_database_is_a_usage_error(tmp_path: Path) -> None:
    r = rasid("incidents", "--db", str(tmp_path / "none.db"))
    assert r.returncode == 2 and "no rasid database here" in r.stderr
    r = rasid("export", "--db", str(tmp_path / "nofolder" / "x.db"), "--format", "csv", "-o", str(tmp_path / "x.csv"))
    assert r.returncode == 2 and "does not exist" in r.stderr
    r = rasid("incidents", "--db", "postgresql://nobody@127.0.0.1:1/none")
    assert r.returncode == 2 and r.stderr.startswith("rasid: ") and len(r.stderr.strip().splitlines()) == 1


def test_listings_and_exports_end_quietly_on_a_closed_pipe(tmp_path: Path, reports: Path) -> None:
    db = str(tmp_path / "inc.db")
    assert rasid("ingest", str(reports), "--db", db, "--quiet").returncode == 0
    assert rasid("token", "create", "Layla", "--db", db).returncode == 0
    for args in (("incidents", "--db", db), ("incidents", "--db", db, "--json"), ("incidents", "--db", db, "show", "1"),
                 ("token", "list", "--db", db),
                 *(("export", "--db", db, "--format", f, "-o", "-") for f in ("jsonl", "csv", "geojson", "acled"))):
        assert_quiet_on_closed_pipe(run_cli_into_closed_pipe(*args))


def test_export_to_stdout(tmp_path: Path, reports: Path) -> None:
    db = str(tmp_path / "inc.db")
    assert rasid("ingest", str(reports), "--db", db, "--quiet").returncode == 0
    out = rasid("export", "--db", db, "--format", "jsonl", "-o", "-")
    assert out.returncode == 0 and "to standard output (jsonl)" in out.stderr
    to_file = rasid("export", "--db", db, "--format", "jsonl", "-o", str(tmp_path / "x.jsonl"))
    assert to_file.returncode == 0
    assert out.stdout == (tmp_path / "x.jsonl").read_text(encoding="utf-8") and len(out.stdout.splitlines()) > 3
    assert not (tmp_path / "-").exists()
