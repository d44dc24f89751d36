"""The command line as a user meets it: outputs, messages and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from testkit import assert_quiet_on_closed_pipe, check_output, run_cli, run_cli_into_closed_pipe

REPORT = "دمشق-وكالات: قتل خمسة مدنيين بينهم طفلان وأصيب ثمانية آخرون في غارة جوية على مدينة معرة النعمان بريف إدلب، بحسب مصادر محلية."


def test_extract_file_to_jsonl(tmp_path: Path, validator) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = run_cli("extract", str(f), "-o", str(out), "--published", "2019-05-02")
    assert p.returncode == 0, p.stderr.decode()
    [line] = out.read_text(encoding="utf-8").splitlines()
    doc = json.loads(line)
    check_output(doc, REPORT, validator)
    assert doc["published"] == "2019-05-02"
    inc = doc["incidents"][0]
    assert (inc["event_type"], inc["killed"]["min"], inc["injured"]["min"]) == ("airstrike", 5, 8)
    assert inc["victims"] == "civilians" and inc["claimed_by"][0]["name"] == "local sources"


def test_stdin(validator) -> None:
    p = run_cli("extract", "-", stdin=REPORT.encode("utf-8"))
    assert p.returncode == 0
    check_output(json.loads(p.stdout), REPORT, validator)


def test_batch_goes_on_and_exit_code_is_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(REPORT, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    p = run_cli("extract", str(tmp_path / "missing.txt"), str(empty), str(good))
    assert p.returncode == 1
    assert len(p.stdout.decode().splitlines()) == 1
    err = p.stderr.decode().splitlines()
    assert f"rasid: {tmp_path / 'missing.txt'}: no such file" in err
    assert f"rasid: {empty}: empty file" in err
    assert err[-1] == "rasid: 1 documents, 1 incidents, 2 failed"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run_cli("extract").returncode == 2
    p = run_cli("extract", "x.txt", "--published", "yesterday")
    assert p.returncode == 2 and b"is not a date YYYY-MM-DD" in p.stderr
    p = run_cli("extract", str(tmp_path), "--engine", "magic")
    assert p.returncode == 2 and b"unknown engine 'magic'" in p.stderr


def test_windows_1256_is_reported(tmp_path: Path) -> None:
    f = tmp_path / "legacy.txt"
    f.write_bytes((REPORT * 2).encode("cp1256"))
    p = run_cli("extract", str(f))
    assert p.returncode == 0
    assert f"rasid: {f}: decoded as cp1256".encode() in p.stderr


def test_demo_prints_table_and_writes_jsonl(tmp_path: Path, validator) -> None:
    p = run_cli("demo", "-o", "demo.jsonl", cwd=tmp_path)
    assert p.returncode == 0, p.stderr.decode()
    out = p.stdout.decode()
    assert "Mosul" in out and "UN official" in out and "Daquq" in out
    doc = json.loads((tmp_path / "demo.jsonl").read_text(encoding="utf-8"))
    assert len(doc["incidents"]) == 6


def test_eval_prints_the_contract_figures(seed_gold) -> None:
    from testkit import SEED_GOLD

    p = run_cli("eval", str(SEED_GOLD), "--json")
    assert p.returncode == 0, p.stderr.decode()
    j = json.loads(p.stdout)
    assert set(j["fields"]) == {"family", "date", "place", "perpetrator", "victims", "killed.min", "injured.min", "claimed_by"}
    assert j["precision"] == 1.0 and j["recall"] == 1.0 and j["span_violations"] == 0
    p = run_cli("eval", str(SEED_GOLD))
    assert b"incident precision 1.000" in p.stdout


def test_eval_missing_gold_is_usage_error(tmp_path: Path) -> None:
    p = run_cli("eval", str(tmp_path / "nope.jsonl"))
    assert p.returncode == 2 and b"no gold file" in p.stderr


def test_geocode_prints_one_json_line_per_query() -> None:
    p = run_cli("geocode", "بالموصل", "طرابلس", "--country", "LB")
    assert p.returncode == 0, p.stderr.decode()
    lines = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert [x["query"] for x in lines] == ["بالموصل", "طرابلس"]
    assert lines[0]["candidates"][0]["name"] == "Mosul"
    assert lines[1]["candidates"][0]["country"] == "LB"
    assert set(lines[1]["candidates"][0]) >= {"name", "admin1", "country", "lat", "lon", "precision", "gazetteer_id", "score"}
    p = run_cli("geocode", "-", stdin="Baiji\nلا شيء هنا\n".encode("utf-8"))
    out = [json.loads(x) for x in p.stdout.decode().splitlines()]
    assert out[0]["candidates"][0]["name"] == "Bayji" and out[1]["candidates"] == []
    assert run_cli("geocode", "x", "--country", "Iraq").returncode == 2


def test_every_command_is_in_the_readme() -> None:
    from testkit import ROOT

    from rasid.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    for name in sub.choices:
        assert f"rasid {name}" in readme, f"`rasid {name}` is not documented in README.md"


def test_output_folder_missing_and_absurd_size_are_usage_errors(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text(REPORT, encoding="utf-8")
    p = run_cli("extract", str(f), "-o", str(tmp_path / "nope" / "out.jsonl"))
    assert p.returncode == 2 and b"does not exist" in p.stderr
    assert run_cli("extract", str(f), "--max-bytes", "infk").returncode == 2


def test_closed_stdout_ends_quietly(tmp_path: Path) -> None:
    doc = tmp_path / "r.txt"
    doc.write_text("قتل خمسة مدنيين في غارة جوية على معرة النعمان أمس", encoding="utf-8")
    for args in (("extract", str(doc)), ("extract", "-"), ("geocode", "بالموصل", "Mosul"),
                 ("demo", "-o", str(tmp_path / "demo.jsonl"))):
        assert_quiet_on_closed_pipe(run_cli_into_closed_pipe(*args, stdin=doc.read_bytes()))
