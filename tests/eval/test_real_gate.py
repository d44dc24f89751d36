"""Quality gate on real published text (issue 11): real-dev and the frozen real-test never fall below
the floors pinned in eval_baseline.json. Their gold points at ../shared/corpora by id and sha256 and
holds no article text; without that folder (a user's fresh clone) the test skips and says so."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from testkit import ROOT

from rasid.eval.corpus import CorpusMissing, resolve
from rasid.eval.gold import iter_gold_files, read_gold
from rasid.eval.score import Scores, score_document
from rasid.pipeline import extract_text

FLOORS = json.loads((Path(__file__).with_name("eval_baseline.json")).read_text(encoding="utf-8"))["real"]


@pytest.mark.parametrize("split", ["dev", "test"])
def test_real_text_meets_the_floors(split: str) -> None:
    s = Scores()
    try:
        docs = [resolve(d) for f in iter_gold_files([str(ROOT / "real" / split)]) for _, d in read_gold(f)]
    except CorpusMissing as exc:
        pytest.skip(f"real-text gold needs the corpora: {exc}")
    for d in docs:
        score_document(s, d, extract_text(d["text"], published=d.get("published"), doc_id=d["id"], lang=d["lang"]))
    got, floor = s.to_json(), FLOORS[split]
    below = [f"{k} {got[k]} < {floor[k]}" for k in ("precision", "recall", "f1", "negatives_clean") if got[k] < floor[k]]
    below += [f"{k} {got['fields'][k]} < {v}" for k, v in floor["fields"].items() if got["fields"][k] < v]
    assert got["span_violations"] == 0
    assert not below, f"real-{split} regression: " + "; ".join(below)


def test_eval_without_the_corpora_skips_and_says_so(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {**os.environ, "RASID_CORPORA": str(tmp_path / "absent")}
    r = subprocess.run([sys.executable, "-m", "rasid.cli", "eval", str(ROOT / "real" / "dev")], capture_output=True,
                       text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    n = sum(1 for f in iter_gold_files([str(ROOT / "real" / "dev")]) for _ in read_gold(f))
    assert f"skipped {n} gold documents whose texts live in ../shared/corpora" in r.stderr
    assert "documents 0" in r.stdout


def test_reference_gold_with_a_changed_text_is_a_problem(tmp_path: Path) -> None:
    from rasid.eval.gold import check_files

    line = next(ln for ln in (ROOT / "real" / "dev" / "en1.jsonl").read_text(encoding="utf-8").splitlines() if ln)
    doc = json.loads(line)
    try:
        resolve(doc)
    except CorpusMissing:
        pytest.skip("needs ../shared/corpora")
    doc["sha256"] = "0" * 64
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    n, problems = check_files([str(bad)])
    assert n == 1 and ["sha256 differs" in p.message for p in problems] == [True]
